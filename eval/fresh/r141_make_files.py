"""Round r141 (statistics) – writes six invented but realistic Swedish statistics files.

Usage: python3 r141_make_files.py OUT_DIR

Files and layout traits
1. region_vastmanland_kompetensbarometer_2025_s7.pdf
   A report page ("Kompetensbarometer Västmanland 2025", page 7, running header, page number)
   with body text holding distractor figures from 2023, a drawn horizontal BAR CHART
   (Diagram 3, share with recruitment difficulties per industry, data labels "73,5 %" and
   "(n=98)" beside each bar), and Tabell 3 per municipality with a two-row spanned header:
   Antal svarande | Har försökt rekrytera: Antal, Andel (%) | Upplevt svårigheter¹: Andel (%).
   The difficulty share is ONLY given as a percentage whose base is the "försökt rekrytera"
   count (footnote ¹), so counts must be computed. Decimal commas, a "Västmanlands län" total row.
2. scb_uvas_20_24_vastmanland_2022_2024.xlsx
   Unga 20–24 år som varken arbetar eller studerar (UVAS). Sheets "Andel (%)", "Antal",
   "Om statistiken". Table starts in column B on row 4 (title + source lines above, column A
   empty), year merged over Kvinnor/Män/Totalt (two header rows), region code column, a
   "Riket" row first, "Västmanlands län" followed by its ten municipalities indented with
   spaces, then three other counties as county rows only (no municipalities). Footnote rows
   under the table. Frozen panes.
3. vux_vasteras_valideringsregister_utdrag_2025.csv
   A case-system register extract: Windows-1252, semicolon, CRLF, three title/metadata lines
   (unit, extraction date, filter), one row per validation case with ISO dates (Inkom,
   Start, Avslutad), blank Avslutad for ongoing cases, Resultat values "Fullständigt
   kompetensbevis" / "Delvis kompetensbevis" / "Avbruten" / "Pågår", free-text Anm. with
   commas, rows sorted by case number (not by date), a closing "Antal ärenden i urvalet: N" line.
4. af_inskrivna_arbetslosa_utbildningsniva_kalmar_lan_okt2025.csv
   Arbetsförmedlingen, comma-separated, UTF-8 WITHOUT BOM, decimal POINTS, all text quoted,
   two title lines, municipality code + name, education levels as columns, Totalt, share
   with förgymnasial education (%), signed change vs Oct 2024 ("+37" / "-12"), "x" masking
   under 5 in "Uppgift saknas" (still counted in Totalt), a "Kalmar län" and a "Riket" row,
   key/footnotes below.
5. fk_pagaende_sjukfall_diagnos_sektor_jonkopings_lan.xlsx
   Försäkringskassan, pivot-like crosstab: diagnosis group rows (ICD-10 code in column A,
   label in B) × sector columns (Privat, Kommun, Region, Stat, Summa) under merged "Kvinnor"
   and "Män" plus a "Totalt" column merged over both header rows; header on rows 5–6 under
   a title, a "varav F43 …" row indented under the psychiatric group (NOT part of the sum),
   a bold "Samtliga diagnoser" totals row; one sheet per month ("Dec 2024", "Jun 2025") and a
   "Definitioner" sheet.
6. skolverket_komvux_yrkesomraden_gavleborg_2022_2024.csv
   Skolverket, UTF-8 WITH BOM, semicolon, decimal commas, two title lines, long-ish layout
   Kommun;Yrkesområde;2022;2023;2024;Andel kvinnor 2024 (%), eight occupational areas incl.
   a "Samtliga yrkesområden" row per municipality, "x" = masked (1–4, still counted in the
   totals), ".." = not reported (one municipality lacks 2022), "–" = zero, a
   "Gävleborgs län" block last, footnotes at the end.
"""
import csv, io, os, random, sys, datetime as dt

# ---------------------------------------------------------------- file names
F1 = "region_vastmanland_kompetensbarometer_2025_s7.pdf"
F2 = "scb_uvas_20_24_vastmanland_2022_2024.xlsx"
F3 = "vux_vasteras_valideringsregister_utdrag_2025.csv"
F4 = "af_inskrivna_arbetslosa_utbildningsniva_kalmar_lan_okt2025.csv"
F5 = "fk_pagaende_sjukfall_diagnos_sektor_jonkopings_lan.xlsx"
F6 = "skolverket_komvux_yrkesomraden_gavleborg_2022_2024.csv"


def dc(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")


def sv(n):
    return f"{n:,}".replace(",", "\u00a0")


def r1(x):
    # round half up to one decimal
    return float(int(x * 10 + 0.5 + 1e-9)) / 10


# ---------------------------------------------------------------- data 1
VM_MUNI = ["Arboga", "Fagersta", "Hallstahammar", "Kungsör", "Köping", "Norberg",
           "Sala", "Skinnskatteberg", "Surahammar", "Västerås"]
VM_CODE = {"Arboga": "1984", "Fagersta": "1982", "Hallstahammar": "1961", "Kungsör": "1960",
           "Köping": "1983", "Norberg": "1962", "Sala": "1981", "Skinnskatteberg": "1904",
           "Surahammar": "1907", "Västerås": "1980"}


def data_f1():
    # municipality: (svarande, försökt rekrytera, med svårigheter [hidden count])
    rows = {"Arboga": (84, 47, 29), "Fagersta": (72, 41, 27), "Hallstahammar": (96, 52, 30),
            "Kungsör": (48, 26, 15), "Köping": (110, 60, 33), "Norberg": (35, 18, 12),
            "Sala": (121, 63, 38), "Skinnskatteberg": (29, 14, 9), "Surahammar": (54, 29, 16),
            "Västerås": (612, 371, 232)}
    tot = tuple(sum(v[i] for v in rows.values()) for i in range(3))
    bransch = [("Byggverksamhet", 98, 72), ("Vård och omsorg (privat)", 62, 44),
               ("Tillverkning", 140, 95), ("Transport och magasinering", 58, 37),
               ("Hotell och restaurang", 53, 33), ("Handel", 120, 62),
               ("Företagstjänster", 130, 70), ("Information och kommunikation", 60, 28)]
    assert sum(b[1] for b in bransch) == tot[1] and sum(b[2] for b in bransch) == tot[2]
    return rows, tot, bransch


# ---------------------------------------------------------------- data 2
OTHER_COUNTIES = [("18", "Örebro län"), ("03", "Uppsala län"), ("20", "Dalarnas län")]
YEARS2 = [2022, 2023, 2024]


def data_f2():
    rnd = random.Random(1412)
    basepop = {"Arboga": 640, "Fagersta": 650, "Hallstahammar": 780, "Kungsör": 400,
               "Köping": 1350, "Norberg": 230, "Sala": 1050, "Skinnskatteberg": 190,
               "Surahammar": 480, "Västerås": 9400}
    baserate = {"Arboga": 9.5, "Fagersta": 11.8, "Hallstahammar": 9.0, "Kungsör": 8.2,
                "Köping": 10.4, "Norberg": 12.6, "Sala": 7.6, "Skinnskatteberg": 10.9,
                "Surahammar": 10.1, "Västerås": 7.9}
    out = {}   # name -> {year: {"K":(cnt,pop), "M":(cnt,pop)}}
    for m in VM_MUNI:
        out[m] = {}
        for i, y in enumerate(YEARS2):
            d = {}
            for s, f in (("K", 0.47), ("M", 0.53)):
                pop = int(basepop[m] * f * (1 + 0.01 * i) + rnd.randint(-12, 12))
                rate = baserate[m] * (0.86 if s == "K" else 1.12) + rnd.uniform(-0.9, 0.9) - 0.25 * i
                d[s] = (max(3, round(pop * rate / 100)), pop)
            out[m][y] = d
    # Sala vs Riket – make 2024 totals land where intended
    out["Sala"][2024] = {"K": (34, 502), "M": (45, 571)}
    lan = {}
    for y in YEARS2:
        lan[y] = {s: (sum(out[m][y][s][0] for m in VM_MUNI), sum(out[m][y][s][1] for m in VM_MUNI))
                  for s in ("K", "M")}
    riket = {2022: {"K": (19870, 305410), "M": (25140, 331260)},
             2023: {"K": (19220, 303880), "M": (24390, 330120)},
             2024: {"K": (19550, 301950), "M": (25310, 328470)}}
    other = {"18": {2022: {"K": (925, 13020), "M": (1180, 14410)},
                    2023: {"K": (896, 12960), "M": (1142, 14380)},
                    2024: {"K": (918, 12890), "M": (1175, 14300)}},
             "03": {2022: {"K": (1010, 22480), "M": (1321, 23150)},
                    2023: {"K": (987, 22710), "M": (1290, 23390)},
                    2024: {"K": (1003, 22950), "M": (1318, 23620)}},
             "20": {2022: {"K": (701, 9460), "M": (912, 10640)},
                    2023: {"K": (688, 9390), "M": (899, 10590)},
                    2024: {"K": (705, 9320), "M": (931, 10510)}}}
    return out, lan, riket, other


def f2_vals(d):
    """d = {"K":(cnt,pop),"M":(cnt,pop)} -> counts and shares K, M, T"""
    ck, pk = d["K"]; cm, pm = d["M"]
    return {"K": (ck, r1(100 * ck / pk)), "M": (cm, r1(100 * cm / pm)),
            "T": (ck + cm, r1(100 * (ck + cm) / (pk + pm)))}


# ---------------------------------------------------------------- data 3
BRANSCHER3 = ["Vård och omsorg", "Barn och fritid", "Industri", "Bygg och anläggning",
              "Restaurang och livsmedel", "Transport och lager"]


def data_f3():
    rnd = random.Random(14103)
    kommuner = ["Västerås"] * 6 + ["Hallstahammar"] * 2 + ["Surahammar"] * 1
    forms = ["Branschvalidering", "Branschvalidering", "Kartläggning + validering", "Yrkesbedömning"]
    anm = ["", "", "", "Tolk, arabiska", "Remiss från AF, Rusta och matcha", "Kompletterande praktik, 3 v",
           "", "Tolk, tigrinja", "Hänvisad från SFI", "Flyttat, ny kontakt", ""]
    rows = []
    start_date = dt.date(2024, 9, 2)
    for i in range(58):
        inkom = start_date + dt.timedelta(days=int(i * 6.2) + rnd.randint(0, 4))
        st = inkom + dt.timedelta(days=rnd.randint(10, 35))
        dur = rnd.randint(30, 140)
        slut = st + dt.timedelta(days=dur)
        r = rnd.random()
        if slut > dt.date(2025, 10, 31):
            res, slut = "Pågår", None
        elif r < 0.55:
            res = "Fullständigt kompetensbevis"
        elif r < 0.82:
            res = "Delvis kompetensbevis"
        else:
            res = "Avbruten"
        rows.append({"inkom": inkom, "start": st, "slut": slut, "res": res,
                     "kom": rnd.choice(kommuner), "bransch": rnd.choice(BRANSCHER3),
                     "form": rnd.choice(forms), "anm": rnd.choice(anm)})
    # boundary cases, fixed
    fixed = [
        (dt.date(2025, 4, 22), dt.date(2025, 5, 12), dt.date(2025, 6, 30), "Fullständigt kompetensbevis", "Västerås", "Industri"),
        (dt.date(2025, 4, 28), dt.date(2025, 5, 19), dt.date(2025, 7, 1), "Delvis kompetensbevis", "Västerås", "Vård och omsorg"),
        (dt.date(2024, 10, 3), dt.date(2024, 10, 21), dt.date(2024, 12, 20), "Fullständigt kompetensbevis", "Hallstahammar", "Industri"),
        (dt.date(2024, 11, 14), dt.date(2024, 12, 2), dt.date(2025, 1, 2), "Delvis kompetensbevis", "Surahammar", "Industri"),
        (dt.date(2025, 1, 8), dt.date(2025, 2, 3), dt.date(2025, 6, 12), "Avbruten", "Surahammar", "Industri"),
        (dt.date(2025, 9, 1), dt.date(2025, 9, 22), None, "Pågår", "Surahammar", "Industri"),
    ]
    for inkom, st, slut, res, kom, br in fixed:
        rows.append({"inkom": inkom, "start": st, "slut": slut, "res": res, "kom": kom,
                     "bransch": br, "form": "Branschvalidering", "anm": ""})
    # case numbers: by inkom order but the file is sorted by case number, which follows
    # registration in the system (not strictly inkom)
    rows.sort(key=lambda r: (r["inkom"], r["kom"]))
    seq = {}
    for r in rows:
        y = r["inkom"].year
        seq[y] = seq.get(y, 0) + 1
        r["nr"] = f"VAL-{y}-{seq[y]:03d}"
    return rows


# ---------------------------------------------------------------- data 4
KALMAR = [("0834", "Torsås"), ("0840", "Mörbylånga"), ("0860", "Hultsfred"), ("0821", "Högsby"),
          ("0880", "Kalmar"), ("0881", "Nybro"), ("0882", "Oskarshamn"), ("0883", "Västervik"),
          ("0884", "Vimmerby"), ("0885", "Borgholm"), ("0861", "Mönsterås"), ("0862", "Emmaboda")]


def data_f4():
    # code: (förgymnasial, gymnasial, eftergymnasial, uppgift saknas, change vs okt 2024)
    d = {"0834": (61, 88, 27, 3, -6), "0840": (97, 171, 88, 6, +11), "0860": (212, 241, 66, 9, +18),
         "0821": (98, 84, 19, 2, -3), "0880": (874, 1105, 702, 41, +64), "0881": (388, 402, 118, 12, +29),
         "0882": (402, 530, 196, 14, -17), "0883": (436, 577, 221, 15, +37),
         "0884": (167, 214, 71, 4, +5), "0885": (58, 112, 47, 3, -2), "0861": (178, 226, 69, 7, +9),
         "0862": (129, 148, 42, 4, -1)}
    riket = (104812, 131540, 82377, 5104, +14233)
    return d, riket


# ---------------------------------------------------------------- data 5
DIAG = [("F00–F99", "Psykiska sjukdomar och syndrom samt beteendestörningar"),
        ("F43", "varav reaktion på svår stress (inkl. utmattningssyndrom)"),
        ("M00–M99", "Sjukdomar i muskuloskeletala systemet och bindväven"),
        ("C00–D48", "Tumörer"),
        ("S00–T98", "Skador och förgiftningar"),
        ("I00–I99", "Cirkulationsorganens sjukdomar"),
        ("G00–G99", "Sjukdomar i nervsystemet"),
        ("Övr", "Övriga diagnoser och uppgift saknas")]
SECT = ["Privat", "Kommun", "Region", "Stat"]


def data_f5():
    """month -> diag code -> {"K":[4 sectors], "M":[4 sectors]}"""
    base = {"F00–F99": ([1480, 1325, 610, 118], [905, 262, 141, 71]),
            "F43": ([836, 772, 352, 70], [431, 128, 66, 38]),
            "M00–M99": ([512, 388, 162, 21], [401, 66, 28, 12]),
            "C00–D48": ([171, 132, 64, 12], [98, 18, 9, 5]),
            "S00–T98": ([158, 96, 38, 7], [219, 31, 11, 6]),
            "I00–I99": ([58, 37, 16, 3], [92, 12, 5, 4]),
            "G00–G99": ([121, 88, 41, 8], [71, 17, 8, 4]),
            "Övr": ([386, 271, 119, 22], [332, 58, 27, 13])}
    dec = {k: {"K": list(v[0]), "M": list(v[1])} for k, v in base.items()}
    jun = {}
    adj = {"F00–F99": (1.06, 1.04), "F43": (1.09, 1.07), "M00–M99": (0.97, 0.98),
           "C00–D48": (1.02, 1.01), "S00–T98": (0.95, 1.03), "I00–I99": (1.0, 0.96),
           "G00–G99": (1.04, 1.02), "Övr": (0.99, 1.0)}
    for k, v in base.items():
        jun[k] = {"K": [round(x * adj[k][0]) for x in v[0]], "M": [round(x * adj[k][1]) for x in v[1]]}
    return {"Dec 2024": dec, "Jun 2025": jun}


def f5_total(month_d):
    tot = {"K": [0] * 4, "M": [0] * 4}
    for k, v in month_d.items():
        if k == "F43":
            continue
        for s in "KM":
            for i in range(4):
                tot[s][i] += v[s][i]
    return tot


# ---------------------------------------------------------------- data 6
GAV = ["Ockelbo", "Hofors", "Ovanåker", "Nordanstig", "Ljusdal", "Gävle", "Sandviken",
       "Söderhamn", "Bollnäs", "Hudiksvall"]
YO = ["Vård och omsorg", "Barn och fritid", "Bygg och anläggning", "Fordon och transport",
      "Industriteknik", "Restaurang och livsmedel", "Handel och administration"]


def data_f6():
    """kommun -> yrkesområde -> {year: total or None(..)} plus women 2024"""
    rnd = random.Random(1416)
    size = {"Ockelbo": 0.25, "Hofors": 0.35, "Ovanåker": 0.45, "Nordanstig": 0.35, "Ljusdal": 0.7,
            "Gävle": 4.2, "Sandviken": 1.6, "Söderhamn": 1.0, "Bollnäs": 1.05, "Hudiksvall": 1.5}
    base = {"Vård och omsorg": 95, "Barn och fritid": 30, "Bygg och anläggning": 22,
            "Fordon och transport": 28, "Industriteknik": 20, "Restaurang och livsmedel": 14,
            "Handel och administration": 17}
    wshare = {"Vård och omsorg": 0.82, "Barn och fritid": 0.76, "Bygg och anläggning": 0.09,
              "Fordon och transport": 0.17, "Industriteknik": 0.13, "Restaurang och livsmedel": 0.58,
              "Handel och administration": 0.66}
    out = {}
    for k in GAV:
        out[k] = {}
        for yo in YO:
            vals = {}
            for i, y in enumerate((2022, 2023, 2024)):
                v = round(base[yo] * size[k] * (0.9 + 0.07 * i) * rnd.uniform(0.75, 1.25))
                vals[y] = v
            w = round(vals[2024] * min(0.97, max(0.0, wshare[yo] + rnd.uniform(-0.08, 0.08))))
            out[k][yo] = {"v": vals, "w": w}
    # a few hand-set cells
    out["Ockelbo"]["Industriteknik"] = {"v": {2022: None, 2023: 0, 2024: 3}, "w": 0}
    out["Ockelbo"]["Restaurang och livsmedel"] = {"v": {2022: None, 2023: 2, 2024: 0}, "w": 0}
    out["Nordanstig"]["Bygg och anläggning"]["v"][2024] = 4
    out["Nordanstig"]["Bygg och anläggning"]["w"] = 0
    for yo in YO:
        out["Ockelbo"][yo]["v"][2022] = None       # Ockelbo not reported 2022
    out["Hudiksvall"]["Vård och omsorg"] = {"v": {2022: 131, 2023: 148, 2024: 162}, "w": 137}
    out["Hudiksvall"]["Bygg och anläggning"]["w"] = 4
    out["Sandviken"]["Bygg och anläggning"]["w"] += 1
    out["Hofors"]["Barn och fritid"]["v"][2024] = 0
    out["Hofors"]["Barn och fritid"]["w"] = 0
    return out


def f6_county(out):
    cty = {}
    for yo in YO:
        vals = {}
        for y in (2022, 2023, 2024):
            vals[y] = sum(out[k][yo]["v"][y] or 0 for k in GAV)
        cty[yo] = {"v": vals, "w": sum(out[k][yo]["w"] for k in GAV)}
    return cty


# ================================================================= writers
def write_f1(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.graphics.charts.barcharts import HorizontalBarChart

    rows, tot, bransch = data_f1()
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=13)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, spaceAfter=4)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9, spaceBefore=6)
    fn = ParagraphStyle("fn", parent=body, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333"))

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, 285 * mm, "Kompetensbarometer Västmanland 2025")
        c.drawRightString(190 * mm, 285 * mm, "Region Västmanland | Regional utveckling")
        c.line(20 * mm, 283.5 * mm, 190 * mm, 283.5 * mm)
        c.drawCentredString(105 * mm, 12 * mm, "7")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm,
                            title="Kompetensbarometer Västmanland 2025", author="Region Västmanland")
    st = []
    st.append(Paragraph("3.2 Rekryteringsförsök och rekryteringssvårigheter", h2))
    tr_pct = dc(100 * tot[1] / tot[0])
    sv_pct = dc(100 * tot[2] / tot[1])
    st.append(Paragraph(
        f"Av de {sv(tot[0])} företag som besvarade enkäten hösten 2025 hade {sv(tot[1])}, eller {tr_pct} procent, "
        "försökt rekrytera personal under de senaste tolv månaderna. Bland dem som försökt rekrytera uppgav "
        f"{sv_pct} procent att de upplevt svårigheter att hitta personer med rätt kompetens. I 2023 års "
        "barometer var motsvarande andelar 54 respektive 66 procent, så andelen med svårigheter har minskat "
        "något samtidigt som fler företag har försökt rekrytera.", body))
    st.append(Spacer(1, 4))
    st.append(Paragraph(
        "Svårigheterna är störst inom byggverksamhet och privat vård och omsorg, där omkring sju av tio "
        "rekryterande företag uppger problem (diagram 3). Lägst andel finns inom information och "
        "kommunikation. Skillnaderna mellan kommunerna redovisas i tabell 3; för de minsta kommunerna "
        "bygger uppgifterna på få svar och ska tolkas med försiktighet.", body))
    st.append(Paragraph("Diagram 3. Andel företag med rekryteringssvårigheter per bransch, Västmanlands län 2025, "
                        "procent av de företag som försökt rekrytera", cap))
    # chart
    dw = Drawing(170 * mm, 78 * mm)
    ch = HorizontalBarChart()
    ch.x = 62 * mm; ch.y = 4 * mm; ch.width = 82 * mm; ch.height = 70 * mm
    data = [100 * b[2] / b[1] for b in bransch][::-1]
    ch.data = [data]
    ch.bars[0].fillColor = colors.HexColor("#2f6b8a")
    ch.valueAxis.valueMin = 0; ch.valueAxis.valueMax = 80; ch.valueAxis.valueStep = 20
    ch.valueAxis.labels.fontName = "Helvetica"; ch.valueAxis.labels.fontSize = 7
    ch.categoryAxis.categoryNames = [""] * len(data)
    ch.categoryAxis.labels.fontSize = 1
    ch.barSpacing = 2
    dw.add(ch)
    n = len(data)
    step = ch.height / n
    for i, b in enumerate(bransch[::-1]):
        yy = ch.y + step * i + step / 2 - 3
        dw.add(String(ch.x - 3, yy, f"{b[0]} (n={b[1]})", fontName="Helvetica", fontSize=7.5, textAnchor="end"))
        val = 100 * b[2] / b[1]
        dw.add(String(ch.x + ch.width * val / 80 + 3, yy, f"{dc(val)} %", fontName="Helvetica", fontSize=7.5))
    st.append(dw)
    st.append(Paragraph("Källa: Region Västmanland, Kompetensbarometer 2025 (webbenkät sept–okt 2025).", fn))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Tabell 3. Företag som försökt rekrytera och upplevt rekryteringssvårigheter, per kommun, 2025", cap))
    hdr1 = ["Kommun", "Antal\nsvarande", "Har försökt rekrytera", "", "Upplevt svårig-\nheter¹, andel (%)"]
    hdr2 = ["", "", "Antal", "Andel (%)", "Andel (%)"]
    tdata = [hdr1, hdr2]
    for m in VM_MUNI:
        s, t, d = rows[m]
        tdata.append([m, sv(s), sv(t), dc(100 * t / s), dc(100 * d / t)])
    tdata.append(["Västmanlands län", sv(tot[0]), sv(tot[1]), dc(100 * tot[1] / tot[0]), dc(100 * tot[2] / tot[1])])
    tb = Table(tdata, colWidths=[45 * mm, 24 * mm, 24 * mm, 24 * mm, 28 * mm])
    tb.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 8.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("SPAN", (2, 0), (3, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (4, 0), (4, 1)),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("ALIGN", (2, 0), (3, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, 1), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (2, 0), (3, 0), 0.4, colors.grey),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#e8eef2")),
    ]))
    st.append(tb)
    st.append(Spacer(1, 3))
    st.append(Paragraph("¹ Andel av de företag som försökt rekrytera (inte av samtliga svarande). "
                        "Antal företag med svårigheter redovisas inte per kommun.", fn))
    st.append(Paragraph("Anm. Urvalet omfattar företag med minst en anställd. Svarsfrekvens 41 procent.", fn))
    doc.build(st, onFirstPage=deco, onLaterPages=deco)


def write_f2(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    out, lan, riket, other = data_f2()
    wb = Workbook()
    thin = Side(style="thin", color="999999")
    fill = PatternFill("solid", fgColor="DDE7F0")

    def sheet(ws, kind):
        ws.column_dimensions["A"].width = 2
        ws.column_dimensions["B"].width = 7
        ws.column_dimensions["C"].width = 22
        ttl = ("Unga 20–24 år som varken arbetar eller studerar (UVAS), andel (%) av befolkningen 20–24 år"
               if kind == "p" else
               "Unga 20–24 år som varken arbetar eller studerar (UVAS), antal personer")
        ws["B1"] = ttl; ws["B1"].font = Font(bold=True, size=12)
        ws["B2"] = "Källa: SCB, registerbaserad aktivitetsstatistik (bearbetning Region Västmanland). Avser aktivitet under året, folkbokförda 31 december."
        ws["B2"].font = Font(italic=True, size=9)
        ws["B4"] = "Kod"; ws["C4"] = "Region"
        ws.merge_cells("B4:B5"); ws.merge_cells("C4:C5")
        col = 4
        for y in YEARS2:
            ws.cell(4, col, y)
            ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 2)
            for j, s in enumerate(("Kvinnor", "Män", "Totalt")):
                ws.cell(5, col + j, s)
                ws.column_dimensions[ws.cell(5, col + j).column_letter].width = 9
            col += 3
        for r in (4, 5):
            for c in range(2, col):
                cell = ws.cell(r, c)
                cell.font = Font(bold=True); cell.fill = fill
                cell.alignment = Alignment(horizontal="center" if c > 3 else "left")
                cell.border = Border(bottom=thin, top=thin)
        idx = 0 if kind == "n" else 1
        fmt = "# ##0" if kind == "n" else "0.0"
        regions = [("00", "Riket", riket, True), ("19", "Västmanlands län", lan, True)]
        regions += [(VM_CODE[m], "   " + m, out[m], False) for m in VM_MUNI]
        regions += [(c, n, other[c], True) for c, n in OTHER_COUNTIES]
        r = 6
        for code, name, d, bold in regions:
            ws.cell(r, 2, code); ws.cell(r, 3, name)
            if bold:
                ws.cell(r, 3).font = Font(bold=True)
            col = 4
            for y in YEARS2:
                v = f2_vals(d[y])
                for s in ("K", "M", "T"):
                    c = ws.cell(r, col, v[s][idx]); c.number_format = fmt
                    if bold:
                        c.font = Font(bold=True)
                    col += 1
            r += 1
        r += 1
        ws.cell(r, 2, "Anm. UVAS = personer som under året varken förvärvsarbetat, studerat, varit arbetssökande med aktivitetsstöd eller haft annan känd aktivitet.").font = Font(size=9)
        ws.cell(r + 1, 2, "Länsraden för Västmanland är summan av länets tio kommuner. För övriga län redovisas endast länsnivå.").font = Font(size=9)
        ws.freeze_panes = "D6"

    ws1 = wb.active; ws1.title = "Andel (%)"; sheet(ws1, "p")
    ws2 = wb.create_sheet("Antal"); sheet(ws2, "n")
    ws3 = wb.create_sheet("Om statistiken")
    txt = ["Om statistiken",
           "",
           "Statistiken bygger på SCB:s registerbaserade aktivitetsstatistik (RAKS).",
           "Gruppen UVAS omfattar unga som inte haft någon av aktiviteterna förvärvsarbete, studier med studiemedel,",
           "studier på gymnasial eller eftergymnasial nivå, arbetsmarknadspolitiska program med aktivitetsstöd m.fl.",
           "Andelen beräknas som antal UVAS dividerat med befolkningen 20–24 år i respektive grupp.",
           "Uppgifter för 2024 är de senast publicerade (maj 2026).",
           "Kontakt: Analysenheten, Region Västmanland"]
    for i, t in enumerate(txt, 1):
        ws3.cell(i, 1, t)
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.column_dimensions["A"].width = 110
    wb.save(path)


def write_f3(path):
    rows = data_f3()
    buf = io.StringIO()
    buf.write("Utdrag ur ärendesystemet Alva – Valideringsärenden, Vuxenutbildningen Västerås (samverkan Västerås, Hallstahammar, Surahammar)\r\n")
    buf.write("Uttagsdatum: 2025-11-03 08:14;Urval: Inkom 2024-09-01 – 2025-10-31\r\n")
    buf.write("Sortering: Ärendenr stigande\r\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Ärendenr", "Hemkommun", "Inkom", "Start validering", "Avslutad", "Branschområde",
                "Valideringsform", "Resultat", "Anm."])
    for r in sorted(rows, key=lambda r: r["nr"]):
        w.writerow([r["nr"], r["kom"], r["inkom"].isoformat(), r["start"].isoformat(),
                    r["slut"].isoformat() if r["slut"] else "", r["bransch"], r["form"], r["res"], r["anm"]])
    buf.write(f"Antal ärenden i urvalet: {len(rows)}\r\n")
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())


def write_f4(path):
    d, riket = data_f4()
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    w.writerow(["Inskrivna arbetslösa 16-64 år efter utbildningsnivå, Kalmar län, oktober 2025"])
    w.writerow(["Källa: Arbetsförmedlingen, månadsstatistik (uttag 2025-11-12)"])
    w.writerow([])
    w.writerow(["Kommunkod", "Kommun", "Förgymnasial utbildning", "Gymnasial utbildning",
                "Eftergymnasial utbildning", "Uppgift saknas", "Totalt", "Andel förgymnasial (%)",
                "Förändring totalt sedan okt 2024"])

    def row(code, name, v):
        fg, g, e, us, ch = v
        tot = fg + g + e + us
        usv = "x" if us < 5 else us
        chs = f"+{ch}" if ch > 0 else (str(ch) if ch < 0 else "0")
        w.writerow([code, name, fg, g, e, usv, tot, round(100 * fg / tot, 1), chs])
    for code, name in KALMAR:
        row(code, name, d[code])
    lan = tuple(sum(d[c][i] for c, _ in KALMAR) for i in range(5))
    row("08", "Kalmar län", lan)
    row("00", "Riket", riket)
    w.writerow([])
    w.writerow(["x = färre än 5 personer, uppgiften redovisas inte men ingår i Totalt."])
    w.writerow(["Andel förgymnasial = förgymnasial utbildning i procent av samtliga inskrivna arbetslösa."])
    w.writerow(["Förändring = antal inskrivna arbetslösa oktober 2025 minus oktober 2024."])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def write_f5(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    data = data_f5()
    wb = Workbook()
    first = True
    thin = Side(style="thin", color="808080")
    fill = PatternFill("solid", fgColor="E6F0E6")
    for month, md in data.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = month
        mlong = {"Dec 2024": "december 2024", "Jun 2025": "juni 2025"}[month]
        ws["A1"] = f"Pågående sjukfall med sjukpenning efter diagnosgrupp, sektor och kön, Jönköpings län, {mlong}"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Antal pågående sjukfall vid månadens slut. Sektor avser arbetsgivarens sektor vid sjukfallets start."
        ws["A3"] = "Källa: Försäkringskassan, MiDAS (uttag 2025-08-20)"
        ws["A3"].font = Font(italic=True, size=9)
        ws["A5"] = "Diagnoskod"; ws["B5"] = "Diagnosgrupp"
        ws.merge_cells("A5:A6"); ws.merge_cells("B5:B6")
        ws["C5"] = "Kvinnor"; ws.merge_cells("C5:G5")
        ws["H5"] = "Män"; ws.merge_cells("H5:L5")
        ws["M5"] = "Totalt"; ws.merge_cells("M5:M6")
        for j, s in enumerate(SECT + ["Summa"]):
            ws.cell(6, 3 + j, s); ws.cell(6, 8 + j, s)
        for r in (5, 6):
            for c in range(1, 14):
                cell = ws.cell(r, c); cell.font = Font(bold=True); cell.fill = fill
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.border = Border(top=thin, bottom=thin)
        r = 7
        tot = f5_total(md)
        for code, label in DIAG + [("", "Samtliga diagnoser")]:
            v = tot if label == "Samtliga diagnoser" else md[code]
            ws.cell(r, 1, code)
            ws.cell(r, 2, ("    " + label) if code == "F43" else label)
            vals = v["K"] + [sum(v["K"])] + v["M"] + [sum(v["M"])] + [sum(v["K"]) + sum(v["M"])]
            for j, x in enumerate(vals):
                c = ws.cell(r, 3 + j, x); c.number_format = "# ##0"
            if code == "F43":
                for c in range(1, 14):
                    ws.cell(r, c).font = Font(italic=True)
            if label == "Samtliga diagnoser":
                for c in range(1, 14):
                    ws.cell(r, c).font = Font(bold=True)
                    ws.cell(r, c).border = Border(top=thin, bottom=thin)
            r += 1
        ws.cell(r + 1, 1, "Raden \"varav F43\" ingår i F00–F99 och ska inte adderas till summan.").font = Font(size=9)
        ws.column_dimensions["A"].width = 11
        ws.column_dimensions["B"].width = 52
        for c in "CDEFGHIJKLM":
            ws.column_dimensions[c].width = 9
        ws.freeze_panes = "C7"
    ws = wb.create_sheet("Definitioner")
    lines = ["Definitioner",
             "Pågående sjukfall: sjukfall med sjukpenning som pågår den sista dagen i månaden.",
             "Diagnos: den diagnos som gäller vid mättillfället, grupperad enligt ICD-10-SE.",
             "Sektor: Privat = privat sektor inkl. ideell; Kommun = kommunal sektor; Region = regional sektor; Stat = statlig sektor.",
             "Sjukfall där sektor saknas (t.ex. arbetslösa) redovisas inte i denna tabell.",
             "Tabellen redovisar inte ålder, sjukfallens längd eller omfattning (hel/deltid)."]
    for i, t in enumerate(lines, 1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 120
    wb.save(path)


def write_f6(path):
    out = data_f6()
    cty = f6_county(out)
    buf = io.StringIO()
    buf.write("Kursdeltagare i kommunal vuxenutbildning, yrkesinriktade kurser på gymnasial nivå, efter kommun och yrkesområde, Gävleborgs län 2022–2024\n")
    buf.write("Skolverket, officiell statistik om vuxenutbildningen. Hemkommun = deltagarens folkbokföringskommun.\n")
    buf.write("\n")
    buf.write("Kommun;Yrkesområde;2022;2023;2024;Andel kvinnor 2024 (%)\n")

    def fmt(v):
        if v is None:
            return ".."
        if v == 0:
            return "–"
        if v < 5:
            return "x"
        return str(v)

    def block(name, d):
        lines = []
        for yo in YO:
            v = d[yo]["v"]; wmn = d[yo]["w"]
            share = "x" if (v[2024] or 0) < 5 and v[2024] != 0 else ("–" if v[2024] == 0 else dc(100 * wmn / v[2024]))
            lines.append([name, yo, fmt(v[2022]), fmt(v[2023]), fmt(v[2024]), share])
        tv = {y: (None if all(d[yo]["v"][y] is None for yo in YO) else sum(d[yo]["v"][y] or 0 for yo in YO))
              for y in (2022, 2023, 2024)}
        tw = sum(d[yo]["w"] for yo in YO)
        lines.append([name, "Samtliga yrkesområden", fmt(tv[2022]), fmt(tv[2023]), fmt(tv[2024]),
                      dc(100 * tw / tv[2024])])
        return lines
    for k in GAV:
        for ln in block(k, out[k]):
            buf.write(";".join(ln) + "\n")
    for ln in block("Gävleborgs län", cty):
        buf.write(";".join(ln) + "\n")
    buf.write("\n")
    buf.write("Teckenförklaring: x = uppgift skyddad av sekretesskäl (1–4 deltagare), ingår i summor; .. = uppgift saknas; – = noll\n")
    buf.write("Ockelbo kommun rapporterade inte kursdeltagare per yrkesområde 2022; länets värden för 2022 omfattar därför nio kommuner.\n")
    buf.write("Kursdeltagare räknas en gång per yrkesområde och år; Samtliga yrkesområden är summan av yrkesområdena.\n")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


def main(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    write_f1(os.path.join(out_dir, F1))
    write_f2(os.path.join(out_dir, F2))
    write_f3(os.path.join(out_dir, F3))
    write_f4(os.path.join(out_dir, F4))
    write_f5(os.path.join(out_dir, F5))
    write_f6(os.path.join(out_dir, F6))
    for fn in sorted(os.listdir(out_dir)):
        print(fn, os.path.getsize(os.path.join(out_dir, fn)))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 r141_make_files.py OUT_DIR")
    main(sys.argv[1])
