"""Build six realistic Swedish statistics exports for round 62.

Usage: python make_files.py OUT_DIR
Regions: Jönköpings, Gävleborgs and Västernorrlands län.
"""
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

rng = np.random.default_rng(62)

# (code, name, population 2024 approx)
COUNTIES = {
    ("06", "Jönköpings län"): [
        ("0604", "Aneby", 6900), ("0617", "Gnosjö", 9650), ("0642", "Mullsjö", 7300),
        ("0643", "Habo", 12750), ("0662", "Gislaved", 29800), ("0665", "Vaggeryd", 14300),
        ("0680", "Jönköping", 145100), ("0682", "Nässjö", 31700), ("0683", "Värnamo", 34900),
        ("0684", "Sävsjö", 11600), ("0685", "Vetlanda", 27800), ("0686", "Eksjö", 17700),
        ("0687", "Tranås", 19300),
    ],
    ("21", "Gävleborgs län"): [
        ("2101", "Ockelbo", 5750), ("2104", "Hofors", 9300), ("2121", "Ovanåker", 11400),
        ("2132", "Nordanstig", 9400), ("2161", "Ljusdal", 19000), ("2180", "Gävle", 104400),
        ("2181", "Sandviken", 40100), ("2182", "Söderhamn", 25300), ("2183", "Bollnäs", 26500),
        ("2184", "Hudiksvall", 37600),
    ],
    ("22", "Västernorrlands län"): [
        ("2260", "Ånge", 9000), ("2262", "Timrå", 18000), ("2280", "Härnösand", 24600),
        ("2281", "Sundsvall", 99800), ("2282", "Kramfors", 17600), ("2283", "Sollefteå", 19000),
        ("2284", "Örnsköldsvik", 56100),
    ],
}
MUNIS = [(c, n, p, cc, cn) for (cc, cn), ms in COUNTIES.items() for (c, n, p) in ms]
BIG = {"Jönköping", "Gävle", "Sundsvall", "Örnsköldsvik", "Värnamo", "Sandviken", "Habo"}

AGES = ["0-4 år", "5-9 år", "10-14 år", "15-19 år", "20-24 år", "25-29 år", "30-34 år",
        "35-39 år", "40-44 år", "45-49 år", "50-54 år", "55-59 år", "60-64 år", "65-69 år",
        "70-74 år", "75-79 år", "80-84 år", "85+ år"]
BASE_SHAPE = np.array([5.3, 5.8, 6.0, 5.9, 5.6, 6.0, 6.2, 6.3, 6.2, 6.1, 6.4, 6.6, 6.1,
                       5.8, 5.7, 5.0, 3.3, 2.7])


def age_shape(name):
    s = BASE_SHAPE.copy()
    if name in BIG:
        s[4:9] *= 1.18
        s[13:] *= 0.85
    else:
        s[4:9] *= 0.85
        s[13:] *= 1.2
    s = s * rng.uniform(0.93, 1.07, size=len(s))
    return s / s.sum()


def make_population(out):
    """File 1: SCB folkmängd efter ålder och kön, XLSX with two header rows."""
    rows = []  # (region label, age, m23, k23, m24, k24)
    county_acc = {}
    for code, name, pop24, cc, cn in MUNIS:
        shape = age_shape(name)
        growth = rng.normal(0.002, 0.006) + (0.008 if name in BIG else -0.003)
        pop23 = pop24 / (1 + growth)
        for i, age in enumerate(AGES):
            fshare = 0.49 if i < 13 else (0.52 if i < 16 else (0.57 if i < 17 else 0.64))
            t24 = pop24 * shape[i]
            t23 = pop23 * shape[i] * rng.uniform(0.97, 1.03)
            k24 = int(round(t24 * fshare * rng.uniform(0.97, 1.03)))
            m24 = int(round(t24)) - k24
            k23 = int(round(t23 * fshare * rng.uniform(0.97, 1.03)))
            m23 = int(round(t23)) - k23
            rows.append((f"{code} {name}", age, m23, k23, m24, k24))
            acc = county_acc.setdefault((cc, cn), np.zeros((len(AGES), 4), dtype=int))
            acc[i] += [m23, k23, m24, k24]
    # Riket
    riket_rows = []
    shape = BASE_SHAPE / BASE_SHAPE.sum()
    for i, age in enumerate(AGES):
        t24 = 10_551_700 * shape[i]
        t23 = 10_540_900 * shape[i] * rng.uniform(0.99, 1.01)
        fshare = 0.49 if i < 13 else (0.52 if i < 16 else (0.56 if i < 17 else 0.63))
        k24 = int(round(t24 * fshare)); m24 = int(round(t24)) - k24
        k23 = int(round(t23 * fshare)); m23 = int(round(t23)) - k23
        riket_rows.append(("00 Riket", age, m23, k23, m24, k24))
    county_rows = []
    for (cc, cn), acc in county_acc.items():
        for i, age in enumerate(AGES):
            county_rows.append((f"{cc} {cn}", age, *acc[i].tolist()))
    # order: Riket, then each county followed by its municipalities
    ordered = list(riket_rows)
    for (cc, cn), ms in COUNTIES.items():
        ordered += [r for r in county_rows if r[0] == f"{cc} {cn}"]
        for code, name, _ in ms:
            ordered += [r for r in rows if r[0] == f"{code} {name}"]

    wb = Workbook()
    ws = wb.active
    ws.title = "Folkmängd"
    ws["A1"] = "Folkmängd efter region, ålder och kön. År 2023 - 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["", "", "2023", "", "", "2024", "", ""])
    ws.merge_cells("C3:E3")
    ws.merge_cells("F3:H3")
    ws["C3"].alignment = Alignment(horizontal="center")
    ws["F3"].alignment = Alignment(horizontal="center")
    ws.append(["region", "ålder", "män", "kvinnor", "totalt", "män", "kvinnor", "totalt"])
    prev = None
    for reg, age, m23, k23, m24, k24 in ordered:
        label = reg if reg != prev else ""  # PxWeb style: region only on first row
        prev = reg
        ws.append([label, age, m23, k23, m23 + k23, m24, k24, m24 + k24])
    ws.append([])
    ws.append(["Källa: SCB, Befolkningsstatistik. Folkmängden avser förhållandet den 31 december respektive år."])
    ws.append(["Uttaget 2025-03-14 från Statistikdatabasen, tabell BE0101N1."])
    ws.column_dimensions["A"].width = 26
    wb.save(out / "BE0101_folkmangd_alder_kon_2023_2024.xlsx")


def fmt_dec(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


def make_kolada(out):
    """File 2: Kolada eftergymnasial utbildning, semicolon CSV with decimal commas."""
    base = {"Jönköping": 47.5, "Habo": 44.0, "Gnosjö": 24.5, "Gislaved": 27.0, "Vaggeryd": 29.5,
            "Gävle": 44.5, "Sundsvall": 45.5, "Härnösand": 43.0, "Hudiksvall": 36.0,
            "Örnsköldsvik": 39.0, "Sandviken": 34.0, "Eksjö": 37.5, "Värnamo": 34.5}
    # deterministic bases for municipalities not listed
    others = {}
    for code, name, pop, cc, cn in MUNIS:
        if name not in base:
            others[name] = round(float(rng.uniform(26.0, 36.0)), 1)
    rows = []
    for k, year in enumerate((2022, 2023, 2024)):
        munirows = []
        for code, name, pop, cc, cn in MUNIS:
            b = base.get(name, others.get(name)) + 0.6 * k + rng.normal(0, 0.25)
            gap = rng.uniform(11, 16)
            kv = b + gap / 2
            man = b - gap / 2
            munirows.append((code, name, year, round(b, 1), round(kv, 1), round(man, 1), cc, pop))
        rows += munirows
        for (cc, cn), ms in COUNTIES.items():
            sub = [r for r in munirows if r[6] == cc]
            w = np.array([r[7] for r in sub], dtype=float)
            t = float(np.average([r[3] for r in sub], weights=w)) + rng.normal(0, 0.1)
            kv = float(np.average([r[4] for r in sub], weights=w))
            man = float(np.average([r[5] for r in sub], weights=w))
            rows.append((f"00{cc}", cn, year,
                         round(t, 1), round(kv, 1), round(man, 1), cc, 0))
        rows.append(("0000", "Riket", year, round(45.1 + 0.6 * k, 1), round(51.9 + 0.6 * k, 1),
                     round(38.4 + 0.6 * k, 1), "", 0))
        rows.append(("", "Alla kommuner (ovägt medel)", year, round(36.2 + 0.5 * k, 1),
                     round(43.0 + 0.5 * k, 1), round(29.7 + 0.5 * k, 1), "", 0))
    with open(out / "kolada_N01982_eftergymnasial_utbildning.csv", "w", encoding="utf-8-sig") as f:
        f.write("Kommun-ID;Kommun;År;Andel invånare med eftergymnasial utbildning, % - Totalt;"
                "Andel invånare med eftergymnasial utbildning, % - Kvinnor;"
                "Andel invånare med eftergymnasial utbildning, % - Män\n")
        for code, name, year, t, kv, man, _, _ in rows:
            f.write(f"{code};{name};{year};{fmt_dec(t)};{fmt_dec(kv)};{fmt_dec(man)}\n")


SNI = ["C Tillverkning", "F Byggverksamhet",
       "G Handel; reparation av motorfordon och motorcyklar", "H Transport och magasinering",
       "I Hotell- och restaurangverksamhet", "J Informations- och kommunikationsverksamhet",
       "M Verksamhet inom juridik, ekonomi, vetenskap och teknik",
       "N Uthyrning, fastighetsservice, resetjänster och andra stödtjänster",
       "Q Vård och omsorg; sociala tjänster", "Övriga branscher"]
MONTHS = [f"2025-{m:02d}" for m in range(1, 11)]


def make_varsel(out):
    """File 3: Arbetsförmedlingen varsel per bransch och månad 2025, county blocks."""
    scale = {"Jönköpings län": 1.3, "Gävleborgs län": 1.0, "Västernorrlands län": 0.7}
    lam = np.array([38, 12, 14, 9, 4, 5, 6, 8, 3, 7], dtype=float)
    wb = Workbook()
    ws = wb.active
    ws.title = "Varsel 2025"
    ws["A1"] = "Varsel om uppsägning, antal berörda personer, efter bransch (SNI 2007) och månad 2025"
    ws["A1"].font = Font(bold=True)
    ws.append(["Källa: Arbetsförmedlingen. Uppgifter t.o.m. oktober 2025."])
    ws.append([])
    ws.append(["Bransch"] + MONTHS + ["Totalt jan-okt"])
    for (cc, cn), _ in COUNTIES.items():
        ws.append([cn])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
        block = []
        for j, b in enumerate(SNI):
            vals = []
            for m in MONTHS:
                v = rng.poisson(lam[j] * scale[cn])
                if rng.random() < 0.06 and j == 0:
                    v += int(rng.integers(80, 260))  # a big single notice
                if rng.random() < 0.25:
                    v = 0
                vals.append(int(v))
            block.append(vals)
            ws.append([b] + vals + [sum(vals)])
        tot = np.array(block).sum(axis=0).tolist()
        ws.append(["Summa"] + tot + [sum(tot)])
        ws.append([])
    ws.column_dimensions["A"].width = 62
    wb.save(out / "varsel_bransch_manad_2025.xlsx")


HH = ["ensamstående utan barn", "ensamstående med barn 0-19 år", "sammanboende utan barn",
      "sammanboende med barn 0-19 år", "övriga hushåll", "samtliga hushåll"]
HH_BASE = [248_000, 371_000, 548_000, 781_000, 640_000, 452_000]


def fmt_sp(v):
    return f"{v:,}".replace(",", " ")


def make_income(out):
    """File 4: SCB disponibel inkomst per hushåll, median, kr. Tab, Latin-1."""
    lines = ["Disponibel inkomst per hushåll, medianvärde i kr, efter region och hushållstyp. År 2022 - 2023",
             "", "region\thushållstyp\t2022\t2023"]
    def block(label, level):
        for h, b in zip(HH, HH_BASE):
            v22 = int(round(b * level * rng.uniform(0.96, 1.04), -2))
            v23 = int(round(v22 * rng.uniform(1.02, 1.06), -2))
            s22, s23 = fmt_sp(v22), fmt_sp(v23)
            if label.endswith("Aneby") and h == "övriga hushåll":
                s22 = ".."
            lines.append(f"{label}\t{h}\t{s22}\t{s23}")
    block("00 Riket", 1.0)
    for (cc, cn), ms in COUNTIES.items():
        block(f"{cc} {cn}", 0.95 if cc == "06" else 0.92)
        for code, name, _ in ms:
            level = 1.02 if name in ("Habo", "Jönköping", "Vaggeryd") else rng.uniform(0.86, 0.97)
            block(f"{code} {name}", level)
    lines += ["", "Fotnot: Disponibel inkomst = summan av alla skattepliktiga och skattefria inkomster minus skatt och övriga negativa transfereringar.",
              "Hushållstyp enligt Registerbaserad hushållsstatistik. '..' = uppgift saknas eller för osäker för att redovisas.",
              "Källa: SCB, Inkomster och skatter (HE0110)."]
    with open(out / "HE0110_disponibel_inkomst_hushallstyp_2022_2023.csv", "w", encoding="latin-1") as f:
        f.write("\n".join(lines) + "\n")


def make_pdf(out):
    """File 5: PDF report with a table continuing over a page break."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    styles = getSampleStyleSheet()
    # Tabell 2 data
    t2 = []
    for code, name, pop, cc, cn in MUNIS:
        ak = pop * 0.5 * rng.uniform(0.93, 1.03)
        rate = rng.uniform(4.8, 8.0) if cc == "06" else rng.uniform(6.2, 10.5)
        if name in ("Habo", "Gnosjö"):
            rate = rng.uniform(3.4, 4.4)
        n = int(round(ak * rate / 100))
        chg = round(float(rng.normal(0.4, 0.5)), 1)
        lt = round(float(rng.uniform(28, 48)), 1)
        t2.append((name, cn, n, round(rate, 1), chg, lt))
    t1 = []
    for (cc, cn), ms in COUNTIES.items():
        sub = [r for r in t2 if r[1] == cn]
        n = sum(r[2] for r in sub)
        ak = sum(r[2] / (r[3] / 100) for r in sub)
        t1.append((cn, n, round(100 * n / ak, 1), round(float(rng.uniform(8, 12)), 1),
                   round(float(np.mean([r[5] for r in sub])), 1)))
    t1.append(("Riket", 368_420, 6.9, 9.4, 37.8))

    def fmt(v):
        if isinstance(v, float):
            return f"{v:.1f}".replace(".", ",").replace("-", "−") if v < 0 else f"{v:.1f}".replace(".", ",")
        if isinstance(v, int):
            return fmt_sp(v)
        return v

    ts = TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.7, colors.black),
                     ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                     ("TOPPADDING", (0, 0), (-1, -1), 2)])
    story = []
    P = lambda t, s="BodyText": story.append(Paragraph(t, styles[s]))
    P("Regional arbetsmarknadsöversikt – hösten 2025", "Title")
    P("Jönköpings, Gävleborgs och Västernorrlands län. Underlag till regionala utvecklingsnämnderna, november 2025.", "Italic")
    P("Sammanfattning", "Heading2")
    jk, gv, yn = t1[0], t1[1], t1[2]
    P(f"I september 2025 var {fmt(gv[1])} personer inskrivna som arbetslösa i Gävleborgs län, vilket motsvarar "
      f"{fmt(gv[2])} procent av den registrerade arbetskraften. I Jönköpings län var andelen {fmt(jk[2])} procent "
      f"och i Västernorrlands län {fmt(yn[2])} procent, att jämföra med 6,9 procent i riket.")
    hi = max(t2, key=lambda r: r[3]); lo = min(t2, key=lambda r: r[3])
    P(f"Den högsta arbetslösheten bland de redovisade kommunerna fanns i {hi[0]} ({fmt(hi[3])} procent) och den "
      f"lägsta i {lo[0]} ({fmt(lo[3])} procent). Varslen under årets tre första kvartal har främst berört "
      f"tillverkningsindustrin, där fordonsunderleverantörer i Gnosjöregionen och stålindustrin i Sandviken och Hofors "
      f"har dragit ned. Antalet lediga platser har minskat med omkring 9 procent jämfört med hösten 2024.")
    P("Tabell 1. Inskrivna arbetslösa per län, september 2025", "Heading4")
    story.append(Table([["Län", "Inskrivna arbetslösa", "Andel av arbetskraften, %", "varav 18–24 år, %",
                         "Långtidsarbetslösa, %"]] + [[fmt(x) for x in r] for r in t1], style=ts, hAlign="LEFT"))
    story.append(Spacer(1, 10))
    P("Arbetslösheten har ökat något i samtliga tre län under det senaste året. Ökningen är störst bland "
      "utrikes födda och bland personer med högst förgymnasial utbildning. Långtidsarbetslösheten ligger kvar på "
      "en hög nivå, och i flera mindre kommuner har mer än vart tredje inskriven arbetslös varit utan arbete i "
      "mer än tolv månader.")
    P("Tabell 2. Inskrivna arbetslösa per kommun, september 2025", "Heading4")
    hdr = ["Kommun", "Län", "Inskrivna arbetslösa", "Andel, %", "Förändring sedan sep 2024, procentenheter",
           "Långtidsarbetslösa, %"]
    hdr = [Paragraph(h, styles["BodyText"]) if len(h) > 25 else h for h in hdr]
    first = 14
    story.append(Table([hdr] + [[fmt(x) for x in r] for r in t2[:first]], style=ts, hAlign="LEFT",
                       colWidths=[70, 95, 70, 45, 110, 75]))
    story.append(PageBreak())
    P("Tabell 2 (forts.). Inskrivna arbetslösa per kommun, september 2025", "Heading4")
    story.append(Table([hdr] + [[fmt(x) for x in r] for r in t2[first:]], style=ts, hAlign="LEFT",
                       colWidths=[70, 95, 70, 45, 110, 75]))
    story.append(Paragraph("Källa: Arbetsförmedlingen, månadsstatistik. Andel av den registrerade arbetskraften 16–64 år.",
                           styles["Italic"]))
    story.append(Spacer(1, 10))
    P("Lediga platser", "Heading2")
    t3_areas = ["Hälso- och sjukvård", "Pedagogiskt arbete", "Tekniskt arbete", "Byggverksamhet",
                "Transport", "Hotell, restaurang, storhushåll", "Data/IT", "Naturbruk"]
    t3 = []
    for a in t3_areas:
        row = [a]
        for cn in ("Jönköpings län", "Gävleborgs län", "Västernorrlands län"):
            if (a == "Data/IT" and cn == "Västernorrlands län") or (a == "Naturbruk" and cn != "Gävleborgs län"):
                row.append("–")
            else:
                row.append(fmt_sp(int(rng.integers(40, 900))))
        t3.append(row)
    P("Tabell 3. Nyanmälda lediga platser efter yrkesområde, juli–september 2025", "Heading4")
    story.append(Table([["Yrkesområde", "Jönköpings län", "Gävleborgs län", "Västernorrlands län"]] + t3,
                       style=ts, hAlign="LEFT"))
    P("– = uppgift saknas eller är för osäker för att redovisas.", "Italic")
    P(f"Efterfrågan är fortsatt störst inom hälso- och sjukvård, där {t3[0][1]} platser anmäldes i Jönköpings län "
      f"under tredje kvartalet. Inom byggverksamhet anmäldes {t3[3][2]} platser i Gävleborgs län.")
    P("Utsikter", "Heading2")
    for _ in range(3):
        P("Arbetsförmedlingen bedömer att arbetslösheten når sin topp under vintern 2025/26 och därefter "
          "sjunker långsamt när hushållens konsumtion återhämtar sig. Industrin i regionerna är exportberoende och "
          "påverkas av efterfrågan i Tyskland och Norden. Offentlig sektor förväntas hålla tillbaka rekryteringar "
          "till följd av ansträngda kommunala budgetar, medan behovet av personal inom vård och omsorg består. "
          "Matchningen mellan arbetssökandes kompetens och arbetsgivarnas krav är fortsatt den största utmaningen, "
          "och arbetsmarknadsutbildningar inom vård, bygg och transport prioriteras under 2026.")
    P(f"I Sundsvall var {fmt([r for r in t2 if r[0]=='Sundsvall'][0][2])} personer inskrivna som arbetslösa i september, "
      f"och i Jönköping {fmt([r for r in t2 if r[0]=='Jönköping'][0][2])}.")
    doc = SimpleDocTemplate(str(out / "regional_arbetsmarknadsoversikt_hosten_2025.pdf"), pagesize=A4,
                            title="Regional arbetsmarknadsöversikt – hösten 2025")
    doc.build(story)
    return t1, t2, t3


AREAS = ["Vård och omsorg", "Bygg och anläggning", "Transport och logistik", "Industri och teknik",
         "Data och IT", "Hotell och restaurang", "Kontor och ekonomi", "Lokalvård och fastighetsservice"]
PROV = ["Lernia Utbildning AB", "AcadeMedia Eductus AB", "Hermods AB", "Folkuniversitetet",
        "Komvux-konsortiet Norr", "YrkesAkademin AB", "Företagsuniversitetet AB"]


def make_register(out):
    """File 6: record-level register of arbetsmarknadsutbildningar."""
    weights = np.array([p for _, _, p, _, _ in MUNIS], dtype=float) ** 0.7
    weights /= weights.sum()
    fem = {"Vård och omsorg": 0.78, "Bygg och anläggning": 0.08, "Transport och logistik": 0.18,
           "Industri och teknik": 0.15, "Data och IT": 0.3, "Hotell och restaurang": 0.55,
           "Kontor och ekonomi": 0.7, "Lokalvård och fastighetsservice": 0.6}
    cost_per = {"Vård och omsorg": 52000, "Bygg och anläggning": 78000, "Transport och logistik": 64000,
                "Industri och teknik": 71000, "Data och IT": 58000, "Hotell och restaurang": 39000,
                "Kontor och ekonomi": 36000, "Lokalvård och fastighetsservice": 28000}
    recs = []
    n = 340
    for i in range(n):
        m = MUNIS[rng.choice(len(MUNIS), p=weights)]
        area = AREAS[rng.integers(len(AREAS))]
        start = date(2024, 1, 8) + timedelta(days=int(rng.integers(0, 700)))
        end = start + timedelta(weeks=int(rng.integers(6, 40)))
        deltag = int(rng.integers(4, 25))
        kv = int(rng.binomial(deltag, fem[area]))
        cost = int(round(deltag * cost_per[area] * rng.uniform(0.8, 1.2), -2))
        recs.append({"utbildnings_id": f"AMU-{start.year}-{i + 1:04d}", "startdatum": start.isoformat(),
                     "slutdatum": end.isoformat(), "kommun": m[1], "län": m[4],
                     "utbildningsområde": area, "anordnare": PROV[rng.integers(len(PROV))],
                     "antal_deltagare": deltag, "varav_kvinnor": kv, "kostnad_kr": cost})
    df = pd.DataFrame(recs).sort_values("startdatum").reset_index(drop=True)
    df.to_csv(out / "arbetsmarknadsutbildningar_register_2024_2025.csv", sep=";", index=False,
              encoding="utf-8")


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    make_population(out)
    make_kolada(out)
    make_varsel(out)
    make_income(out)
    make_pdf(out)
    make_register(out)


if __name__ == "__main__":
    main()
