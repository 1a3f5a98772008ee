"""Skapar en liten kunskapsbank (sex filer) för en regional utvecklingsenhet.

Användning: python make_files.py OUT_DIR
"""
import os
import sys

import numpy as np
import pandas as pd
from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

rng = np.random.default_rng(47)
SHY = "\xad"  # mjukt bindestreck: ord kan avstavas vid radslut

# ---------------------------------------------------------------- kommuner
# (kod, namn, befolkning 16-64 år ungefär)
KOMMUNER = {
    "06 Jönköpings län": [
        ("0604", "Aneby", 3800), ("0617", "Gnosjö", 5900), ("0642", "Mullsjö", 4400),
        ("0643", "Habo", 7200), ("0662", "Gislaved", 18000), ("0665", "Vaggeryd", 8400),
        ("0680", "Jönköping", 90000), ("0682", "Nässjö", 18500), ("0683", "Värnamo", 21000),
        ("0684", "Sävsjö", 6800), ("0685", "Vetlanda", 16500), ("0686", "Eksjö", 10000),
        ("0687", "Tranås", 11500),
    ],
    "13 Hallands län": [
        ("1315", "Hylte", 6200), ("1380", "Halmstad", 64000), ("1381", "Laholm", 15000),
        ("1382", "Falkenberg", 28000), ("1383", "Varberg", 41000), ("1384", "Kungsbacka", 51000),
    ],
    "21 Gävleborgs län": [
        ("2101", "Ockelbo", 3300), ("2104", "Hofors", 5700), ("2121", "Ovanåker", 6800),
        ("2132", "Nordanstig", 5400), ("2161", "Ljusdal", 11500), ("2180", "Gävle", 64000),
        ("2181", "Sandviken", 23000), ("2182", "Söderhamn", 14500), ("2183", "Bollnäs", 15500),
        ("2184", "Hudiksvall", 21000),
    ],
}
LANSNIVA_SPT = {"06 Jönköpings län": 10.2, "13 Hallands län": 9.1, "21 Gävleborgs län": 11.6}
AR = [2021, 2022, 2023, 2024]
TREND = {2021: 1.04, 2022: 0.95, 2023: 0.99, 2024: 1.03}


def fmt_int(x):
    return f"{int(x):,}".replace(",", " ")


def fmt_dec(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")


# ================================================================ 5a. CSV
def make_sjukfall_csv(out):
    rows = []  # (region, kön, mått, {år: värde or None})
    riket_pop = 6_400_000

    def region_block(name, popk, popm, base):
        spt = {}
        cnt = {}
        for ar in AR:
            k = base * 1.33 * TREND[ar] * rng.normal(1, 0.035)
            m = base * 0.70 * TREND[ar] * rng.normal(1, 0.05)
            spt[("kvinnor", ar)] = round(k, 1)
            spt[("män", ar)] = round(m, 1)
            spt[("totalt", ar)] = round((k * popk + m * popm) / (popk + popm), 1)
            ck = int(round(popk * k / 365 * rng.normal(1.0, 0.03)))
            cm_ = int(round(popm * m / 365 * rng.normal(1.0, 0.03)))
            cnt[("kvinnor", ar)] = ck
            cnt[("män", ar)] = cm_
            cnt[("totalt", ar)] = ck + cm_
        return spt, cnt

    # Riket
    spt, cnt = region_block("00 Riket", riket_pop * 0.49, riket_pop * 0.51, 9.6)
    blocks = [("00 Riket", spt, cnt)]
    for lan, komm in KOMMUNER.items():
        kblocks = []
        lan_cnt = {}
        w_spt = {}
        popsum = 0
        for kod, namn, pop in komm:
            popk, popm = pop * 0.485, pop * 0.515
            base = LANSNIVA_SPT[lan] * rng.normal(1, 0.09)
            s, c = region_block(f"{kod} {namn}", popk, popm, base)
            kblocks.append((f"{kod} {namn}", s, c))
            popsum += pop
            for key, v in c.items():
                lan_cnt[key] = lan_cnt.get(key, 0) + v
            for key, v in s.items():
                w_spt[key] = w_spt.get(key, 0) + v * pop
        lan_spt = {key: round(v / popsum, 1) for key, v in w_spt.items()}
        blocks.append((lan, lan_spt, lan_cnt))
        blocks.extend(kblocks)

    # sekretess / saknas: några celler undertrycks
    suppressed = {("2101 Ockelbo", "män", "cnt", 2021), ("2101 Ockelbo", "totalt", "cnt", 2021),
                  ("0604 Aneby", "män", "spt", 2022), ("0642 Mullsjö", "kvinnor", "cnt", 2022),
                  ("0642 Mullsjö", "totalt", "cnt", 2022)}

    lines = ['"Pågående sjukfall och sjukpenningtal efter region, kön, tabellinnehåll och år"', '""',
             '"region";"kön";"tabellinnehåll";"2021";"2022";"2023";"2024"']
    for reg, s, c in blocks:
        for kon in ["kvinnor", "män", "totalt"]:
            for mattkey, matt in [("cnt", "Pågående sjukfall, antal"), ("spt", "Sjukpenningtal, dagar")]:
                vals = []
                for ar in AR:
                    if (reg, kon, mattkey, ar) in suppressed:
                        vals.append("..")
                    elif mattkey == "cnt":
                        vals.append(str(c[(kon, ar)]))
                    else:
                        vals.append(fmt_dec(s[(kon, ar)]))
                lines.append(f'"{reg}";"{kon}";"{matt}";' + ";".join(vals))
    lines += ['""', '"Källa: Försäkringskassan, bearbetning Region Gävleborg."',
              '"Pågående sjukfall avser december respektive år, personer 16-64 år."',
              '"Symbolen .. betyder att uppgift saknas eller är för osäker för att redovisas."']
    with open(os.path.join(out, "Sjukfall_kommun_kon_2021-2024.csv"), "w", encoding="latin-1", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ================================================================ 5b. XLSX register
def make_register_xlsx(out):
    n = 186
    lan_names = ["Jönköpings län", "Hallands län", "Gävleborgs län"]
    lan_keys = ["06 Jönköpings län", "13 Hallands län", "21 Gävleborgs län"]
    lan_idx = rng.choice(3, size=n, p=[0.45, 0.33, 0.22])
    insatser = ["Svetsutbildning", "CNC-programmering", "Automation och PLC", "Truckkort och logistik",
                "Ledarskap för produktionsledare", "Lean produktion"]
    utb = ["Förgymnasial", "Gymnasial", "Eftergymnasial < 3 år", "Eftergymnasial >= 3 år", "Uppgift saknas"]
    timmar_bas = {"Svetsutbildning": 120, "CNC-programmering": 96, "Automation och PLC": 80,
                  "Truckkort och logistik": 24, "Ledarskap för produktionsledare": 40, "Lean produktion": 16}
    recs = []
    for i in range(n):
        li = lan_idx[i]
        komm = KOMMUNER[lan_keys[li]]
        pops = np.array([p for _, _, p in komm], dtype=float)
        kk = komm[rng.choice(len(komm), p=pops / pops.sum())]
        kon = "Kvinna" if rng.random() < 0.31 else "Man"
        alder = int(np.clip(rng.normal(41, 11), 19, 66))
        ins = insatser[rng.choice(6, p=[0.2, 0.17, 0.18, 0.2, 0.1, 0.15])]
        start = pd.Timestamp("2024-02-01") + pd.Timedelta(days=int(rng.integers(0, 330)))
        status = rng.choice(["Avslutad", "Pågående", "Avbrott"], p=[0.55, 0.33, 0.12])
        frac = 1.0 if status == "Avslutad" else (rng.uniform(0.3, 0.9) if status == "Pågående" else rng.uniform(0.1, 0.5))
        tim = round(timmar_bas[ins] * frac * 2) / 2  # halvtimmar
        recs.append({
            "Deltagar-ID": f"KLI-{1001 + i}",
            "Län": lan_names[li],
            "Kommun": kk[1],
            "Kön": kon,
            "Ålder": alder,
            "Utbildningsnivå": utb[rng.choice(5, p=[0.12, 0.52, 0.17, 0.11, 0.08])],
            "Startdatum": start.date(),
            "Insats": ins,
            "Timmar": tim,
            "Status": status,
        })
    df = pd.DataFrame(recs).sort_values("Startdatum").reset_index(drop=True)
    path = os.path.join(out, "Deltagare_Kompetenslyft_uttag_2025-01-31.xlsx")
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        df.to_excel(xw, sheet_name="Deltagare", index=False, startrow=3)
        ws = xw.sheets["Deltagare"]
        ws["A1"] = "Kompetenslyft Industri – deltagarregister, uttag 2025-01-31"
        ws["A2"] = "Källa: projektets uppföljningssystem. Personnummer borttagna. Timmar = genomförda utbildningstimmar."
        for col, w in zip("ABCDEFGHIJ", [12, 16, 13, 8, 7, 22, 12, 30, 8, 10]):
            ws.column_dimensions[col].width = w
        info = pd.DataFrame({
            "Kolumn": ["Deltagar-ID", "Län", "Kommun", "Kön", "Ålder", "Utbildningsnivå", "Startdatum",
                       "Insats", "Timmar", "Status"],
            "Beskrivning": ["Löpnummer i projektet", "Deltagarens hemlän", "Deltagarens hemkommun",
                            "Juridiskt kön", "Ålder vid start", "Högsta avslutade utbildning (SUN)",
                            "Datum för första utbildningstillfälle", "Utbildningsinsats",
                            "Genomförda utbildningstimmar t.o.m. uttagsdatum",
                            "Avslutad = fullföljt, Pågående = ej klar, Avbrott = avbrutit insatsen"],
        })
        info.to_excel(xw, sheet_name="Förklaringar", index=False)


# ================================================================ PDF-hjälp
ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14.5,
                      alignment=TA_JUSTIFY, embeddedHyphenation=1, uriWasteReduce=0.3, spaceAfter=7)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, spaceBefore=6, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, spaceBefore=8, spaceAfter=6)
CAP = ParagraphStyle("cap", parent=BODY, fontName="Helvetica-Oblique", fontSize=9.5, alignment=0)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, alignment=0)
TITLE = ParagraphStyle("title", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=24, leading=30,
                       alignment=TA_CENTER)
SUB = ParagraphStyle("sub", parent=BODY, fontSize=13, leading=18, alignment=TA_CENTER)


def P(text, st=BODY):
    return Paragraph(text, st)


def footer_factory(text):
    def _draw(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8.5)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, A4[1] - 1.3 * cm, text.split(" – sida")[0])
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{text} – sida {doc.page}")
        canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
        canv.restoreState()
    return _draw


def h(word):
    """Lägg in mjuka bindestreck i långa sammansättningar (för avstavning)."""
    return word.replace("|", SHY)


# ================================================================ 1. Rapport-PDF
def make_report_pdf(out):
    # Tabell 2: inskrivna arbetslösa december 2023 och 2024, Gävleborg
    basrate = {"Ockelbo": 6.8, "Hofors": 11.3, "Ovanåker": 5.4, "Nordanstig": 7.6, "Ljusdal": 8.3,
               "Gävle": 9.0, "Sandviken": 9.7, "Söderhamn": 10.6, "Bollnäs": 8.8, "Hudiksvall": 7.1}
    tab = []
    for kod, namn, pop in KOMMUNER["21 Gävleborgs län"]:
        lf = pop * 0.80 * rng.normal(1, 0.02)
        r23 = basrate[namn] * rng.normal(1, 0.04)
        r24 = r23 * rng.normal(1.06, 0.04)
        a23 = int(round(lf * r23 / 100))
        a24 = int(round(lf * r24 / 100))
        tab.append((namn, a23, a24, round(a24 / lf * 100, 1), lf))
    lan23 = sum(t[1] for t in tab)
    lan24 = sum(t[2] for t in tab)
    lan_lf = sum(t[4] for t in tab)
    data = [["Kommun", "Dec 2023\nantal", "Dec 2024\nantal", "Andel dec 2024\n(procent)"]]
    for namn, a23, a24, andel, _ in tab:
        data.append([namn, fmt_int(a23), fmt_int(a24), fmt_dec(andel)])
    data.append(["Gävleborgs län", fmt_int(lan23), fmt_int(lan24), fmt_dec(lan24 / lan_lf * 100)])
    data.append(["Riket", "352 418", "378 906", "7,3"])

    hudik = [t for t in tab if t[0] == "Hudiksvall"][0]
    footer = footer_factory("Region Gävleborg – Arbetsmarknadsrapport 2025")
    doc = SimpleDocTemplate(os.path.join(out, "Arbetsmarknadsrapport_2025_Region_Gavleborg.pdf"), pagesize=A4,
                            leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                            title="Arbetsmarknadsrapport 2025", author="Karin Öberg")
    s = []
    # --- titelsida
    s += [Spacer(1, 4 * cm), P("Arbetsmarknadsrapport 2025", TITLE), Spacer(1, 0.5 * cm),
          P("Arbetslöshet, långtidsarbetslöshet och insatser i Gävleborgs län", SUB), Spacer(1, 3 * cm),
          P("Författare: Karin Öberg, analytiker", SUB),
          P("Region Gävleborg, Enheten för analys och uppföljning, Regional utveckling", SUB),
          P("Datum: 12 mars 2025", SUB), Spacer(1, 3 * cm),
          P("Rapportserie Regional utveckling 2025:2. Diarienummer RS 2025/114.", SUB), PageBreak()]
    # --- 1 Inledning, 2 Sammanfattning
    s += [P("1 Inledning", H1),
          P(f"Denna rapport beskriver läget på arbets{SHY}marknaden i Gävleborgs län vid utgången av 2024. "
            f"Rapporten bygger på Arbets{SHY}förmedlingens statistik över inskrivna arbetslösa, på registerdata "
            f"från SCB och på uppgifter som kommunernas arbets{SHY}marknads{SHY}enheter har lämnat till regionen. "
            f"Syftet är att ge kommunerna, regionens nämnder och våra samverkans{SHY}parter ett gemensamt "
            f"kunskaps{SHY}underlag inför planeringen av insatser under 2025 och 2026."),
          P(f"Rapporten är den fjärde i en årlig serie. Jämfört med tidigare år har vi lagt större vikt vid "
            f"långtids{SHY}arbetslösheten, som har ökat i flera av länets kommuner, och vid de insatser som "
            f"finns för att bryta den. Kapitel 3 redovisar de definitioner som används, kapitel 4 och 5 "
            f"beskriver utvecklingen och kapitel 7 sammanfattar de insatser som pågår."),
          P("2 Sammanfattning", H1),
          P(f"Arbetslösheten i Gävleborgs län steg under 2024. I december 2024 var {fmt_int(lan24)} personer "
            f"inskrivna som arbetslösa i länet, jämfört med {fmt_int(lan23)} ett år tidigare. Andelen av den "
            f"register{SHY}baserade arbets{SHY}kraften uppgick till {fmt_dec(lan24 / lan_lf * 100)} procent, "
            f"vilket är högre än i riket (7,3 procent)."),
          P(f"Långtids{SHY}arbetslösheten är fortsatt den största utmaningen. Nästan varannan inskriven "
            f"arbetslös i länet, 49,3 procent, hade varit utan arbete i tolv månader eller mer. Högst andel "
            f"långtids{SHY}arbetslösa finns i Hofors och Söderhamn. Bland unga 18–24 år minskade däremot "
            f"arbetslösheten något, från 11,9 till 11,2 procent."),
          P(f"Regionen bedömer att efterfrågan på arbetskraft inom vård och omsorg, tillverknings{SHY}industri "
            f"och transport kommer att vara fortsatt hög. Matchnings{SHY}problemen är därför i första hand en "
            f"fråga om kompetens, och insatser för utbildning och validering bör prioriteras."),
          PageBreak()]
    # --- 3 Definitioner
    s += [P("3 Definitioner och källor", H1),
          P(f"Med inskrivna arbetslösa avses i denna rapport personer 16–64 år som är öppet arbetslösa eller "
            f"deltar i program med aktivitets{SHY}stöd hos Arbetsförmedlingen. Andelen beräknas i förhållande "
            f"till den register{SHY}baserade arbetskraften, det vill säga summan av förvärvsarbetande och "
            f"inskrivna arbetslösa i samma åldersgrupp."),
          P(f"Med långtidsarbetslös avses en person som har varit inskriven som arbetslös hos Arbets{SHY}förmedlingen "
            f"i minst tolv månader utan avbrott. Kortare avbrott för arbete eller studier, som understiger 30 "
            f"kalenderdagar, bryter inte inskrivnings{SHY}tiden."),
          P(f"Med unga avses personer 18–24 år. Med utrikes födda avses personer som är folkbokförda i Sverige "
            f"men födda i ett annat land."),
          P(f"Flera av de insatser som beskrivs i rapporten har förkortningar. YA (yrkesintroduktions{SHY}anställning) "
            f"är en anställning som kombinerar arbete med handledning och utbildning och som riktar sig till "
            f"unga och till personer som saknar erfarenhet av yrket. KROM (kundval Rusta och matcha) är "
            f"Arbets{SHY}förmedlingens tjänst där fristående leverantörer ger stöd för att komma närmare "
            f"arbetsmarknaden. AUB står för arbetsmarknads{SHY}utbildning."),
          P("Källor", H2),
          P(f"Statistiken kommer från Arbetsförmedlingens månads{SHY}statistik (december 2023 och december 2024), "
            f"SCB:s registerbaserade arbets{SHY}marknads{SHY}statistik (RAMS/BAS) och regionens egen enkät till "
            f"kommunerna, som besvarades av samtliga tio kommuner i januari 2025."),
          PageBreak()]
    # --- 4 Kommunerna + Tabell 2
    t = Table(data, colWidths=[4.8 * cm, 2.9 * cm, 2.9 * cm, 3.6 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -2), (-1, -2), 0.5, colors.black), ("FONTNAME", (0, -2), (-1, -1), "Helvetica-Bold"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8f1")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    top = max(tab, key=lambda x: x[3])
    s += [P("4 Arbetslösheten i länets kommuner", H1),
          P(f"Arbetslösheten skiljer sig mycket åt mellan länets kommuner. Tabell 2 visar antalet inskrivna "
            f"arbetslösa i december 2023 och december 2024 samt andelen av den register{SHY}baserade "
            f"arbetskraften i december 2024. Högst andel hade {top[0]} med {fmt_dec(top[3])} procent. "
            f"De lägsta nivåerna finns i de mindre kommunerna i länets västra och norra delar, där "
            f"tillverknings{SHY}industrin har klarat konjunktur{SHY}nedgången relativt väl."),
          Spacer(1, 0.3 * cm),
          P("Tabell 2. Inskrivna arbetslösa 16–64 år per kommun i Gävleborgs län, december 2023 och 2024, "
            "antal samt andel av den registerbaserade arbetskraften (procent)", CAP),
          t,
          P("Källa: Arbetsförmedlingen och SCB, bearbetning Region Gävleborg.", SMALL),
          Spacer(1, 0.3 * cm),
          P(f"Ökningen mellan åren var störst i Gävle och Sandviken i absoluta tal, vilket främst förklaras "
            f"av varsel inom handel, bygg och tillverkning under våren 2024. I flera mindre kommuner var "
            f"förändringen liten. Det ska noteras att små kommuner har få inskrivna, vilket gör att "
            f"procent{SHY}uttrycken kan variera kraftigt mellan enskilda månader."),
          PageBreak()]
    # --- 5 Långtidsarbetslöshet
    s += [P("5 Långtidsarbetslöshet", H1),
          P(f"Antalet långtidsarbetslösa har ökat i länet under de senaste två åren. I december 2024 var "
            f"49,3 procent av de inskrivna arbetslösa i länet långtids{SHY}arbetslösa enligt definitionen i "
            f"kapitel 3. Motsvarande andel i riket var 44,8 procent."),
          P(f"I Hudiksvall var 612 personer inskrivna som långtids{SHY}arbetslösa i december 2024, vilket är "
            f"{'drygt' if 612 > hudik[2] / 2 else 'knappt'} hälften av kommunens samtliga inskrivna arbetslösa ({fmt_int(hudik[2])} personer). I Gävle var "
            f"motsvarande antal 2 874 personer och i Sandviken 1 106 personer. I Ockelbo var 88 personer "
            f"långtidsarbetslösa."),
          P(f"Långtids{SHY}arbetslösheten är starkt kopplad till utbildningsnivå. Av de långtidsarbetslösa i "
            f"länet saknade 38 procent fullständig gymnasie{SHY}utbildning, och 57 procent var födda utanför "
            f"Europa. Andelen med funktions{SHY}nedsättning som medför nedsatt arbetsförmåga var 27 procent."),
          P(f"Risken att bli långtidsarbetslös ökar med tiden i arbetslöshet. Enligt Arbetsförmedlingens "
            f"uppföljning gick 31 procent av dem som varit inskrivna i mer än två år till arbete eller studier "
            f"under 2024, jämfört med 58 procent av dem som varit inskrivna kortare tid än sex månader. "
            f"Insatser tidigt i inskrivnings{SHY}tiden är därför avgörande."),
          PageBreak()]
    # --- 6 Unga och utrikes födda
    s += [P("6 Unga och utrikes födda", H1),
          P(f"Arbetslösheten bland unga 18–24 år i länet minskade från 11,9 procent i december 2023 till "
            f"11,2 procent i december 2024. I antal räknat var 1 942 unga inskrivna som arbetslösa i december "
            f"2024. Minskningen förklaras delvis av att fler unga har påbörjat yrkes{SHY}utbildning inom "
            f"kommunernas vuxen{SHY}utbildning."),
          P(f"Bland utrikes födda var arbetslösheten 24,6 procent, jämfört med 4,9 procent bland inrikes födda. "
            f"Skillnaden är större än i riket. Kvinnor födda utanför Europa har den svagaste ställningen på "
            f"arbetsmarknaden, och här är behovet av språk{SHY}stöd kombinerat med yrkes{SHY}utbildning stort."),
          P(f"Under 2024 påbörjade 214 personer en YA i länet, varav 131 i kommunal verksamhet och 83 i "
            f"privat sektor. Regionen själv hade 26 YA-anställda, främst som under{SHY}sköterskor och "
            f"vårdbiträden."),
          PageBreak()]
    # --- 7 Insatser och åtgärder (punktlista)
    bullets = [
        "Rusta och matcha – stöd från fristående leverantörer för att komma närmare arbetsmarknaden",
        f"Arbetsmarknads{SHY}utbildning inom vård, industri och transport",
        "YA-anställningar i kommunerna och i regionen",
        "Validering av yrkeskunskaper för utrikes födda, främst inom vård och omsorg",
        "Lokala jobbspår i samverkan mellan kommun och Arbetsförmedlingen",
    ]
    s += [P("7 Insatser och åtgärder", H1),
          P(f"Kommunerna, regionen och Arbetsförmedlingen har under 2024 gemensamt prioriterat följande "
            f"insatser för att minska långtids{SHY}arbetslösheten:"),
          ListFlowable([ListItem(P(b), leftIndent=14) for b in bullets], bulletType="bullet", start="•",
                       leftIndent=14),
          Spacer(1, 0.3 * cm),
          P(f"Insatserna har finansierats av Arbetsförmedlingen, kommunerna och regionen samt genom ESF+-"
            f"projekt. Uppföljningen visar att deltagare i lokala jobbspår i högre grad går till arbete än "
            f"deltagare i andra insatser, men att urvalet av deltagare skiljer sig åt. Regionen kommer därför "
            f"att göra en fördjupad utvärdering under 2025."),
          PageBreak()]
    # --- 8 Slutsatser
    s += [P("8 Slutsatser och fortsatt arbete", H1),
          P(f"Läget på arbetsmarknaden i Gävleborg försämrades under 2024, och långtids{SHY}arbetslösheten är "
            f"fortsatt hög. Samtidigt finns en stor efterfrågan på arbetskraft inom flera yrken. Regionen "
            f"föreslår att kommunerna och Arbetsförmedlingen fördjupar samarbetet kring jobbspår och "
            f"validering, och att kompetens{SHY}försörjnings{SHY}frågorna lyfts i styrgruppen för regional "
            f"kompetensförsörjning."),
          P(f"Nästa arbetsmarknadsrapport publiceras i mars 2026. Frågor om rapporten besvaras av Karin Öberg, "
            f"enheten för analys och uppföljning."),
          ]
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


# ================================================================ 4. Projekt-PDF
def make_project_pdf(out):
    budget = [  # tkr
        ("ESF+ (Europeiska socialfonden+)", 2400, 2650, 2250),
        ("Region Jönköpings län", 1100, 1150, 950),
        ("Region Halland", 800, 850, 750),
        ("Region Gävleborg", 500, 550, 450),
        ("Kommunal medfinansiering", 600, 620, 480),
    ]
    data = [["Finansiär", "2024", "2025", "2026", "Totalt"]]
    for name, a, b, c in budget:
        data.append([name, fmt_int(a), fmt_int(b), fmt_int(c), fmt_int(a + b + c)])
    tot = [sum(r[i] for r in budget) for i in (1, 2, 3)]
    data.append(["Summa", fmt_int(tot[0]), fmt_int(tot[1]), fmt_int(tot[2]), fmt_int(sum(tot))])
    footer = footer_factory("Projektbeskrivning Kompetenslyft Industri")
    doc = SimpleDocTemplate(os.path.join(out, "Projektbeskrivning_Kompetenslyft_Industri.pdf"), pagesize=A4,
                            leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                            title="Kompetenslyft Industri", author="Linnea Forsberg")
    t = Table(data, colWidths=[6.2 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm, 2.3 * cm])
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
    ]))
    s = [P("Projektbeskrivning: Kompetenslyft Industri 2024–2026", TITLE), Spacer(1, 0.4 * cm),
         P("Projektägare: Region Jönköpings län. Projektledare: Linnea Forsberg. Version 1.3, 20 november 2023.",
           SUB), Spacer(1, 0.6 * cm),
         P("1 Bakgrund och syfte", H1),
         P(f"Tillverknings{SHY}industrin i Jönköpings län, Hallands län och Gävleborgs län står inför ett stort "
           f"omställnings{SHY}behov. Automatisering, elektrifiering och krav på minskad klimat{SHY}påverkan gör att "
           f"företagen behöver ny kompetens, samtidigt som många anställda saknar formell utbildning för de "
           f"uppgifter de utför. Kompetenslyft Industri ska ge anställda och arbetssökande kort, arbetsplats{SHY}nära "
           f"kompetens{SHY}utveckling inom svetsning, CNC, automation, logistik, lean och ledarskap."),
         P("Syftet är att stärka små och medelstora industriföretags konkurrenskraft genom att höja "
           "kompetensen hos deras medarbetare och att bredda rekryteringsbasen till industrin."),
         P("2 Projektperiod och organisation", H1),
         P("Projektet pågår från 1 januari 2024 till 31 december 2026. Region Jönköpings län är projektägare och "
           "ansvarar för ekonomi och rapportering till Svenska ESF-rådet. En styrgrupp med representanter för "
           "de tre regionerna och Arbetsförmedlingen följer projektet."),
         P("Samverkanspartner", H2),
         P("Partner i projektet är Region Halland, Region Gävleborg, Jönköping University, IUC Sverige "
           "(Industriellt utvecklingscentrum), Teknikcollege Jönköpings län och Almi Företagspartner."),
         P("3 Mål", H1),
         P(f"Projektet har följande mål för hela projekt{SHY}perioden: minst 450 deltagare ska påbörja en "
           f"utbildningsinsats, minst 70 procent av deltagarna ska fullfölja sin insats, och minst 120 företag "
           f"ska ha medverkat. Minst 35 procent av deltagarna ska vara kvinnor. Sex månader efter avslutad "
           f"insats ska minst 60 procent av de deltagare som var arbetssökande vid start ha arbete eller studera."),
         PageBreak(),
         P("4 Budget", H1),
         P(f"Projektets totala budget uppgår till {fmt_dec(sum(tot) / 1000)} miljoner kronor för perioden "
           f"2024–2026. Den största delen finansieras av Europeiska socialfonden+ (ESF+), och resten av de tre "
           f"regionerna och deltagande kommuner. Kommunernas medfinansiering utgörs främst av personal{SHY}tid."),
         Spacer(1, 0.2 * cm),
         P("Tabell 1. Budget per finansiär och år, tusen kronor (tkr)", CAP),
         t, Spacer(1, 0.4 * cm),
         P("5 Uppföljning", H1),
         P("Deltagarna registreras i projektets uppföljningssystem. Ett uttag ur registret görs varje kvartal och "
           "redovisas för styrgruppen. Projektet utvärderas av en extern utvärderare, med en delrapport i juni "
           "2025 och en slutrapport i december 2026."),
         ]
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


# ================================================================ 2. DOCX
def make_meeting_docx(out):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("Minnesanteckningar – Styrgruppen för regional kompetensförsörjning", level=1)
    d.add_paragraph("Datum: 18 februari 2025, kl. 09.30–12.00")
    d.add_paragraph("Plats: Regionens hus, Gävle, samt via Teams")
    d.add_heading("Närvarande", level=2)
    for p in ["Anna Bergström, Region Gävleborg (ordförande)", "Johan Lindqvist, Region Halland",
              "Sara Nyström, Region Jönköpings län", "Mehmet Aydin, Arbetsförmedlingen",
              "Karin Öberg, Region Gävleborg (sekreterare)"]:
        d.add_paragraph(p, style="List Bullet")
    d.add_paragraph("Förhinder: Lars Holm, Hudiksvalls kommun")
    d.add_heading("§ 1 Mötets öppnande", level=2)
    d.add_paragraph("Ordföranden hälsade välkommen och förklarade mötet öppnat. Dagordningen godkändes.")
    d.add_heading("§ 2 Föregående minnesanteckningar", level=2)
    d.add_paragraph("Minnesanteckningarna från mötet den 3 december 2024 lades till handlingarna.")
    d.add_heading("§ 3 Förstudie om validering", level=2)
    d.add_paragraph("Sara Nyström redogjorde för behovet av validering inom vård och omsorg. Många utrikes födda "
                    "har erfarenhet från yrket men saknar svensk dokumentation. Styrgruppen diskuterade om en "
                    "gemensam förstudie för de tre regionerna kan ge bättre underlag för ansökan om ESF+-medel.")
    d.add_paragraph("Beslut: Styrgruppen beslutar att avsätta 1,2 miljoner kronor till en gemensam förstudie om "
                    "validering inom vård och omsorg.")
    d.add_heading("§ 4 Regionalt kompetensforum 2025", level=2)
    d.add_paragraph("Frågan om värdkommun för höstens kompetensforum diskuterades. Hudiksvalls kommun har anmält "
                    "intresse.")
    d.add_paragraph("Beslut: Hudiksvall blir värdkommun för det regionala kompetensforumet hösten 2025.")
    d.add_heading("§ 5 Arbetsmarknadsrapport 2025", level=2)
    d.add_paragraph("Karin Öberg presenterade utkastet till Arbetsmarknadsrapport 2025 för Gävleborg. "
                    "Styrgruppen lämnade synpunkter på avsnittet om långtidsarbetslöshet.")
    d.add_paragraph("Beslut: Rapporten fastställs med de ändringar som framfördes på mötet och publiceras i mars.")
    d.add_heading("§ 6 Övriga frågor", level=2)
    d.add_paragraph("Mehmet Aydin informerade om Arbetsförmedlingens nya upphandling av Rusta och matcha. "
                    "Inga beslut fattades.")
    d.add_heading("Åtgärdslista", level=2)
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Åtgärd", "Ansvarig", "Klart senast"
    for a, b, c in [("Ta fram projektplan för förstudien om validering", "Sara Nyström", "31 mars 2025"),
                    ("Sammanställa lägesbild över kompetensbehov i industrin", "Johan Lindqvist", "15 april 2025"),
                    ("Boka lokal och skicka inbjudan till kompetensforum", "Lars Holm", "30 maj 2025"),
                    ("Skicka ut minnesanteckningar till styrgruppen", "Karin Öberg", "25 februari 2025")]:
        r = tbl.add_row().cells
        r[0].text, r[1].text, r[2].text = a, b, c
    d.add_heading("Nästa möte", level=2)
    d.add_paragraph("Nästa möte: 22 april 2025 kl. 13.00–15.30, Campus Värnamo (Jönköpings län), även via Teams.")
    d.add_paragraph("Vid anteckningarna: Karin Öberg. Justeras: Anna Bergström.")
    d.save(os.path.join(out, "Minnesanteckningar_styrgrupp_2025-02-18.docx"))


# ================================================================ 3. PM (markdown)
def make_pm(out):
    txt = """# PM: Arbetsmarknadsprognos 2026 för Halland och Jönköpings län

**Datum:** 14 november 2025
**Författare:** Erik Sandberg, Analysenheten, Region Jönköpings län
**Mottagare:** Regionala utvecklingsnämnden i Region Jönköpings län, kopia till Region Halland

## Bakgrund

Regionerna i Halland och Jönköpings län gör varje höst en gemensam bedömning av arbetsmarknaden
inför kommande år. Bedömningen bygger på Arbetsförmedlingens prognoser, Konjunkturinstitutets
bedömning av konjunkturen och regionernas egna företagsintervjuer (61 intervjuer hösten 2025).

## Läget 2025

Arbetslösheten (inskrivna arbetslösa 16–64 år som andel av den registerbaserade arbetskraften) var
i genomsnitt 6,4 procent i Hallands län och 7,1 procent i Jönköpings län under årets första tre kvartal.
Industrin i Jönköpings län har haft en svagare orderingång, medan byggsektorn i Halland har
återhämtat sig något. Varslen har minskat sedan våren.

## Prognos för 2026

Vi bedömer att arbetsmarknaden förbättras nästa år (2026). Arbetslösheten väntas sjunka till
**6,0 procent i Hallands län** och **6,7 procent i Jönköpings län** i genomsnitt 2026. Antalet
sysselsatta väntas öka med cirka 1 900 personer i Halland och 1 500 personer i Jönköpings län.

Långtidsarbetslösheten väntas däremot ligga kvar på en hög nivå, eftersom förbättringen i första
hand kommer personer med kort tid i arbetslöshet till del.

## Osäkerheter

- Den internationella handelspolitiken och tullar kan slå mot exportindustrin i Jönköpings län.
- Räntenivån påverkar byggandet i Halland.
- Statliga neddragningar av arbetsmarknadspolitiska program kan öka långtidsarbetslösheten.

## Rekommendationer

1. Fortsätt satsningen på Kompetenslyft Industri och utöka antalet platser inom automation.
2. Prioritera insatser för personer som varit arbetslösa i mer än två år.
3. Följ upp prognosen i april 2026.
"""
    with open(os.path.join(out, "PM_arbetsmarknadsprognos_2026.md"), "w", encoding="utf-8") as f:
        f.write(txt)


def main():
    if len(sys.argv) != 2:
        sys.exit("Användning: python make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    # ordningen är fast så att slumptalen blir desamma varje körning
    make_sjukfall_csv(out)
    make_register_xlsx(out)
    make_report_pdf(out)
    make_project_pdf(out)
    make_meeting_docx(out)
    make_pm(out)
    print("Skrev:", *sorted(os.listdir(out)), sep="\n  ")


if __name__ == "__main__":
    main()
