#!/usr/bin/env python
"""Generate six realistic Swedish statistics files for round 78.
Usage: r78_make_files.py OUT_DIR
"""
import sys, os
import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(78)

COUNTIES = {
    "05": ("Östergötlands län", [
        ("0509", "Ödeshög", 5300), ("0512", "Ydre", 3800), ("0513", "Kinda", 9900),
        ("0560", "Boxholm", 5500), ("0561", "Åtvidaberg", 11500), ("0562", "Finspång", 21900),
        ("0563", "Valdemarsvik", 7700), ("0580", "Linköping", 166000), ("0581", "Norrköping", 145000),
        ("0582", "Söderköping", 14800), ("0583", "Motala", 43800), ("0584", "Vadstena", 7400),
        ("0586", "Mjölby", 28000)]),
    "06": ("Jönköpings län", [
        ("0604", "Aneby", 7000), ("0617", "Gnosjö", 9500), ("0642", "Mullsjö", 7300),
        ("0643", "Habo", 12700), ("0662", "Gislaved", 29700), ("0665", "Vaggeryd", 14300),
        ("0680", "Jönköping", 144000), ("0682", "Nässjö", 31700), ("0683", "Värnamo", 34800),
        ("0684", "Sävsjö", 11300), ("0685", "Vetlanda", 27700), ("0686", "Eksjö", 17800),
        ("0687", "Tranås", 19300)]),
    "24": ("Västerbottens län", [
        ("2401", "Nordmaling", 7100), ("2403", "Bjurholm", 2400), ("2404", "Vindeln", 5400),
        ("2409", "Robertsfors", 6700), ("2417", "Norsjö", 3900), ("2418", "Malå", 3000),
        ("2421", "Storuman", 5800), ("2422", "Sorsele", 2400), ("2425", "Dorotea", 2500),
        ("2460", "Vännäs", 8900), ("2462", "Vilhelmina", 6600), ("2463", "Åsele", 2700),
        ("2480", "Umeå", 133000), ("2481", "Lycksele", 12200), ("2482", "Skellefteå", 76000)]),
}
MUNIS = [(c, n, p, lk) for lk, (ln, ms) in COUNTIES.items() for (c, n, p) in ms]
COUNTY_OF = {n: COUNTIES[lk][0] for (c, n, p, lk) in MUNIS}

# ---------------------------------------------------------------- 1. SCB
def scb():
    comps = ["Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade",
             "Invandrade", "Utvandrade", "Folkökning"]
    cols = {}
    for lk, (ln, ms) in COUNTIES.items():
        block = {}
        for (c, n, p) in ms:
            pop = int(p * rng.uniform(0.985, 1.015))
            fodda = int(pop * rng.uniform(0.0085, 0.0115))
            doda = int(pop * rng.uniform(0.0080, 0.0135))
            infl = int(pop * rng.uniform(0.035, 0.065))
            utfl = int(infl * rng.uniform(0.88, 1.10))
            inv = int(pop * rng.uniform(0.006, 0.015))
            utv = int(inv * rng.uniform(0.35, 0.70))
            okn = fodda - doda + infl - utfl + inv - utv
            block[f"{c} {n}"] = [pop, fodda, doda, infl, utfl, inv, utv, okn]
        cols.update(block)
        tot = np.sum(np.array(list(block.values())), axis=0).tolist()
        cols[f"{lk} {ln}"] = tot
    wb = Workbook(); ws = wb.active; ws.title = "Tabell"
    ws["A1"] = "Folkmängd och befolkningsförändringar efter region och förändring. År 2024"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Antal personer. Östergötlands, Jönköpings och Västerbottens län med kommuner"
    hdr = ["Förändring"] + list(cols.keys())
    ws.append([]); ws.append(hdr)
    for i, comp in enumerate(comps):
        ws.append([comp] + [cols[k][i] for k in cols])
    ws.append([])
    ws.append(["Källa: SCB, Befolkningsstatistik. Folkökning = födda − döda + inflyttade − utflyttade + invandrade − utvandrade."])
    ws.append(["Anm. Länssummorna är summan av kommunerna; flyttningar mellan kommuner inom samma län ingår i in- och utflyttade."])
    wb.save(os.path.join(OUT, "scb_befolkningsforandringar_2024.xlsx"))
    return cols

# ---------------------------------------------------------------- 2. Kolada
def kolada(scbcols):
    rows = []
    for (c, n, p, lk) in MUNIS:
        inv = scbcols[f"{c} {n}"][0]
        small = p < 8000
        a80 = round(rng.uniform(5.0, 8.8) if small else rng.uniform(4.2, 6.8), 1)
        skatt = round(rng.uniform(21.0, 23.6), 2)
        beh = round(rng.uniform(74.0, 92.0), 1)
        kost = int(rng.uniform(9800, 13600))
        r = {"Kommun": n, "Kommun-id": c, "N00905 Invånare totalt, antal": inv,
             "N00920 Andel invånare 80 år och äldre, andel (%)": a80,
             "N00901 Skattesats till kommun, (%)": skatt,
             "N15428 Elever i åk. 9 som är behöriga till ett yrkesprogram, hemkommun, andel (%)": beh}
        rows.append(r)
    df = pd.DataFrame(rows)
    # empty cells: suppressed small numbers
    for n in ["Sorsele", "Bjurholm", "Ydre", "Dorotea"]:
        df.loc[df.Kommun == n, "N15428 Elever i åk. 9 som är behöriga till ett yrkesprogram, hemkommun, andel (%)"] = np.nan
    df.loc[df.Kommun == "Åsele", "N00920 Andel invånare 80 år och äldre, andel (%)"] = np.nan
    num = df.columns[2:]
    riket = {"Kommun": "Riket", "Kommun-id": "0000", num[0]: 10587710, num[1]: 5.6,
             num[2]: 21.37, num[3]: 85.6}
    medel = {"Kommun": "Alla kommuner (ovägt medel)", "Kommun-id": "", num[0]: 36481,
             num[1]: 6.5, num[2]: 22.02, num[3]: 84.1}
    df = pd.concat([df, pd.DataFrame([riket, medel])], ignore_index=True)
    df.to_csv(os.path.join(OUT, "kolada_kommuner_2024.csv"), sep=";", decimal=",",
              index=False, encoding="utf-8")
    return df

# ---------------------------------------------------------------- 3. Arbetsförmedlingen
ALL_LAN = [("Stockholms län", 2300), ("Uppsala län", 260), ("Södermanlands län", 230),
           ("Östergötlands län", 420), ("Jönköpings län", 380), ("Kronobergs län", 190),
           ("Kalmar län", 200), ("Gotlands län", 30), ("Blekinge län", 130),
           ("Skåne län", 1150), ("Hallands län", 250), ("Västra Götalands län", 1900),
           ("Värmlands län", 210), ("Örebro län", 260), ("Västmanlands län", 240),
           ("Dalarnas län", 220), ("Gävleborgs län", 230), ("Västernorrlands län", 160),
           ("Jämtlands län", 70), ("Västerbottens län", 260), ("Norrbottens län", 150)]

def varsel():
    months = [f"{y}-{m:02d}" for y in (2024, 2025) for m in range(1, 13)
              if not (y == 2025 and m > 10)]
    data = {}
    for ln, base in ALL_LAN:
        vals = []
        for mo in months:
            season = 1.35 if mo.endswith(("-01", "-10", "-11")) else (0.6 if mo.endswith("-07") else 1.0)
            yr = 1.0 if mo.startswith("2024") else 0.88
            vals.append(int(base * season * yr * rng.uniform(0.55, 1.6)))
        data[ln] = vals
    df = pd.DataFrame(data, index=months)
    df["Riket"] = df.sum(axis=1)
    out_rows = []
    for y in ("2024", "2025"):
        sub = df[df.index.str.startswith(y)]
        for mo, r in sub.iterrows():
            out_rows.append((mo, r.tolist()))
        out_rows.append((f"Totalt {y}", sub.sum().tolist()))
    wb = Workbook(); ws = wb.active; ws.title = "Varsel per län"
    ws["A1"] = "Antal personer berörda av varsel om uppsägning per län och månad, 2024-01 – 2025-10"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Källa: Arbetsförmedlingen. Uppgifterna för 2025 avser januari–oktober."
    ws.append([])
    ws.append(["Månad"] + list(df.columns))
    k = 0
    for lab, vals in out_rows:
        row = [lab]
        for v in vals:
            v = int(v)
            k += 1
            # thousands separators stored as text in some cells
            if v >= 1000 and (k % 3 == 0 or lab.startswith("Totalt")):
                row.append(f"{v:,}".replace(",", "\u00a0"))
            elif v >= 1000 and k % 5 == 0:
                row.append(f"{v:,}".replace(",", " "))
            else:
                row.append(v)
        ws.append(row)
    ws.append([])
    ws.append(["Varsel avser antal personer som berörs av varsel om uppsägning. Preliminära uppgifter för de senaste månaderna."])
    wb.save(os.path.join(OUT, "af_varsel_per_lan_2024_2025.xlsx"))
    return df

# ---------------------------------------------------------------- 4. Försäkringskassan
def fk():
    rows = []
    for lk, (ln, ms) in COUNTIES.items():
        for (c, n, p) in ms:
            r = [n, ln]
            for y in (2023, 2024):
                k = round(rng.uniform(9.0, 15.5) - (0.4 if y == 2024 else 0) , 1)
                m = round(k * rng.uniform(0.55, 0.72), 1)
                t = round(0.49 * k + 0.51 * m, 1)
                r += [k, m, t]
            rows.append(r)
    df = pd.DataFrame(rows, columns=["Kommun", "Län", "K23", "M23", "T23", "K24", "M24", "T24"])
    wb = Workbook(); ws = wb.active; ws.title = "Sjukpenningtal"
    ws["A1"] = "Sjukpenningtal, dagar per försäkrad 16–64 år, per kommun och kön. December respektive år"
    ws["A1"].font = Font(bold=True)
    ws.append(["Kommun", "Län", "2023", None, None, "2024", None, None])
    ws.append([None, None, "Kvinnor", "Män", "Totalt", "Kvinnor", "Män", "Totalt"])
    ws.merge_cells("C2:E2"); ws.merge_cells("F2:H2")
    ws.merge_cells("A2:A3"); ws.merge_cells("B2:B3")
    for cell in ("C2", "F2"):
        ws[cell].alignment = Alignment(horizontal="center")
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Källa: Försäkringskassan. Sjukpenningtalet är antal utbetalda dagar med sjukpenning och rehabiliteringspenning per registrerad försäkrad 16–64 år under en tolvmånadersperiod."])
    wb.save(os.path.join(OUT, "fk_sjukpenningtal_kommun_2023_2024.xlsx"))
    return df

# ---------------------------------------------------------------- 5. PDF
PDF_TABLE = [
    ("Förvärvsfrekvens 20–64 år (%)", 79.8, 82.1, 82.9, 80.3),
    ("Andel med eftergymnasial utbildning 25–64 år (%)", 44.6, 46.9, 37.8, 45.9),
    ("Medianinkomst 20–64 år (tkr)", 372.4, 368.9, 376.1, 381.5),
    ("Arbetslöshet 16–65 år, okt 2025 (%)", 8.1, 5.2, 6.4, 7.0),
    ("Nystartade företag per 1 000 invånare", 8.4, 7.1, 8.9, 10.6),
    ("Andel invånare 65 år och äldre (%)", 21.0, 20.4, 22.0, 20.5),
]

def pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = "Helvetica"
    for p in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]:
        if os.path.exists(p):
            pdfmetrics.registerFont(TTFont("DejaVu", p)); font = "DejaVu"
    ss = getSampleStyleSheet()
    for s in ss.byName.values():
        s.fontName = font
    doc = SimpleDocTemplate(os.path.join(OUT, "regional_utvecklingsstatistik_2025.pdf"), pagesize=A4,
                            title="Regional utvecklingsstatistik 2025")
    st = []
    st.append(Paragraph("Regional utvecklingsstatistik – Östergötland, Västerbotten och Jönköping 2025", ss["Title"]))
    st.append(Paragraph("1. Inledning", ss["Heading2"]))
    st.append(Paragraph(
        "Denna rapport sammanställer centrala indikatorer för regional utveckling i tre län: "
        "Östergötlands län, Västerbottens län och Jönköpings län. Rapporten har tagits fram av "
        "enheten för regional utveckling som underlag för länsgemensamma prioriteringar under 2026. "
        "Uppgifterna avser i huvudsak år 2024 om inget annat anges.", ss["BodyText"]))
    st.append(Spacer(1, 8))
    st.append(Paragraph(
        "Befolkningen i de tre länen uppgick vid utgången av 2024 till drygt 1,2 miljoner invånare. "
        "Västerbottens län hade den starkaste relativa befolkningsutvecklingen, främst driven av "
        "inflyttning till Umeå och Skellefteå, där etableringen av batteriindustrin fortsatt att "
        "påverka arbetsmarknaden. I Skellefteå har antalet sysselsatta ökat med cirka 4 200 personer "
        "sedan 2019.", ss["BodyText"]))
    st.append(Spacer(1, 8))
    st.append(Paragraph(
        "Jönköpings län kännetecknas av en hög förvärvsfrekvens och en stark tillverkningsindustri, "
        "särskilt i Gnosjöregionen. Samtidigt är andelen med eftergymnasial utbildning lägre än i "
        "riket, vilket länsstyrelsen pekar ut som en utmaning för kompetensförsörjningen.",
        ss["BodyText"]))
    st.append(PageBreak())
    st.append(Paragraph("2. Nyckeltal per län", ss["Heading2"]))
    st.append(Paragraph("Tabell 1. Utvalda indikatorer för regional utveckling, per län och riket", ss["BodyText"]))
    st.append(Spacer(1, 6))
    def f(x):
        return f"{x:.1f}".replace(".", ",")
    data = [["Indikator", "Östergötland", "Västerbotten", "Jönköping", "Riket"]]
    for r in PDF_TABLE:
        data.append([r[0]] + [f(x) for x in r[1:]])
    t = Table(data, colWidths=[200, 70, 70, 65, 55])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    st.append(t)
    st.append(Spacer(1, 6))
    st.append(Paragraph("Källa: SCB, Arbetsförmedlingen och Tillväxtanalys. Arbetslöshet avser inskrivna "
                        "arbetslösa i procent av registerbaserad arbetskraft, oktober 2025. Övriga uppgifter avser 2024.",
                        ss["BodyText"]))
    st.append(Spacer(1, 10))
    st.append(Paragraph(
        "Arbetslösheten är lägst i Västerbottens län och högst i Östergötlands län, där Norrköping "
        "har en av de högsta nivåerna bland landets större kommuner. Medianinkomsten ligger i alla "
        "tre länen under riksgenomsnittet.", ss["BodyText"]))
    st.append(PageBreak())
    st.append(Paragraph("3. Slutsatser och fortsatt arbete", ss["Heading2"]))
    st.append(Paragraph(
        "Under 2025 har antalet varsel om uppsägning minskat jämfört med 2024 i samtliga tre län. "
        "Regionen bedömer att omkring 1 800 personer per år behöver rekryteras till vård och omsorg "
        "i Östergötland fram till 2030.", ss["BodyText"]))
    st.append(Spacer(1, 8))
    st.append(Paragraph(
        "Det regionala utvecklingsprogrammet föreslår tre insatsområden: kompetensförsörjning, "
        "tillgänglighet och näringslivets omställning. Budgeten för regionala projektmedel 2026 "
        "uppgår till 64 miljoner kronor, varav 22 miljoner kronor avsätts för kompetensinsatser.",
        ss["BodyText"]))
    doc.build(st)

# ---------------------------------------------------------------- 6. Register
def register():
    n = 60
    munis = [(nm, COUNTY_OF[nm]) for (_, nm, p, _) in MUNIS]
    weights = np.array([p for (_, _, p, _) in MUNIS], float) ** 0.6
    weights /= weights.sum()
    idx = rng.choice(len(munis), size=n, p=weights)
    start = np.datetime64("2024-01-08")
    days = np.sort(rng.integers(0, 640, size=n))
    rows = []
    for i in range(n):
        nm, ln = munis[idx[i]]
        rows.append({
            "Beslutsdatum": str(start + np.timedelta64(int(days[i]), "D")),
            "Kommun": nm, "Län": ln,
            "Arbetsgivarsektor": rng.choice(["Privat", "Offentlig", "Ideell"], p=[0.5, 0.3, 0.2]),
            "Kön": rng.choice(["Kvinna", "Man"]),
            "Stöd per månad (kr)": int(round(rng.uniform(6000, 22000), -2)),
            "Antal månader": int(rng.choice([3, 6, 6, 12, 12, 12, 24])),
            "Status": rng.choice(["Beviljat", "Beviljat", "Beviljat", "Avslag", "Avslutat", "Under handläggning"]),
        })
    df = pd.DataFrame(rows)
    df.to_csv(os.path.join(OUT, "lonebidrag_beslut_register.csv"), sep=";", index=False, encoding="latin-1")
    return df

if __name__ == "__main__":
    s = scb(); kolada(s); varsel(); fk(); pdf(); register()
    print("wrote", sorted(os.listdir(OUT)))
