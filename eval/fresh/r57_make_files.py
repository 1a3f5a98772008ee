"""Skriver en liten kunskapsbank för en regional utvecklingsenhet (runda 57).

Användning: python make_files.py OUT_DIR
Regioner: Västmanlands, Uppsala och Jämtlands län.
"""
import os
import sys

import numpy as np
from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

rng = np.random.default_rng(57)

# ---------------------------------------------------------------------------
# Kommuner (kod, namn, ungefärlig befolkning 20–64 år, ungefärlig andel eftergymnasialt)
KOMMUNER = {
    ("19", "Västmanlands län"): [
        ("1984", "Arboga", 7400, 30), ("1982", "Fagersta", 7200, 27),
        ("1961", "Hallstahammar", 8900, 28), ("1960", "Kungsör", 4700, 27),
        ("1983", "Köping", 14300, 29), ("1962", "Norberg", 3000, 25),
        ("1981", "Sala", 12100, 31), ("1904", "Skinnskatteberg", 2200, 24),
        ("1907", "Surahammar", 5400, 26), ("1980", "Västerås", 90500, 44),
    ],
    ("03", "Uppsala län"): [
        ("0381", "Enköping", 25400, 35), ("0331", "Heby", 7400, 27),
        ("0305", "Håbo", 12700, 38), ("0330", "Knivsta", 11400, 52),
        ("0360", "Tierp", 11300, 27), ("0380", "Uppsala", 140000, 58),
        ("0319", "Älvkarleby", 5100, 25), ("0382", "Östhammar", 11800, 29),
    ],
    ("23", "Jämtlands län"): [
        ("2326", "Berg", 3400, 28), ("2305", "Bräcke", 3100, 24),
        ("2361", "Härjedalen", 5200, 26), ("2309", "Krokom", 8300, 36),
        ("2303", "Ragunda", 2600, 25), ("2313", "Strömsund", 5700, 25),
        ("2321", "Åre", 7000, 41), ("2380", "Östersund", 36500, 47),
    ],
}
AR = [2022, 2023, 2024]


def bygg_statistik():
    """Befolkning 20–64 år och förvärvsarbetande per kommun, kön och år (2024 = tabell 1)."""
    rows = []   # (lanskod, lan, kod, kommun, kon, ar, befolkning, forvarvsarbetande)
    tab1 = []   # (lan, kommun, befolkning 2024, andel eftergymnasial)
    for (lkod, lan), kommuner in KOMMUNER.items():
        for kod, namn, pop, eg in kommuner:
            pop24 = int(round(pop * rng.uniform(0.97, 1.03)))
            andel_eg = round(float(eg + rng.normal(0, 1.2)), 1)
            tab1.append((lan, namn, pop24, andel_eg))
            man_share = rng.uniform(0.505, 0.525)
            base_f = {"män": rng.uniform(0.78, 0.88), "kvinnor": rng.uniform(0.75, 0.86)}
            growth = rng.uniform(-0.012, 0.02)
            for i, ar in enumerate(AR):
                pop_y = pop24 * (1 - growth * (2 - i))
                for kon in ("män", "kvinnor"):
                    p = int(round(pop_y * (man_share if kon == "män" else 1 - man_share)))
                    f = base_f[kon] + (i - 2) * rng.uniform(-0.004, 0.006)
                    rows.append((lkod, lan, kod, namn, kon, ar, p, int(round(p * f))))
    return rows, tab1


STAT_ROWS, TABELL1 = bygg_statistik()

# Riket (avrundade nivåer)
RIKET = {2022: {"män": (2_940_000, 2_426_000), "kvinnor": (2_810_000, 2_237_000)},
         2023: {"män": (2_957_000, 2_437_000), "kvinnor": (2_824_000, 2_246_000)},
         2024: {"män": (2_968_000, 2_431_000), "kvinnor": (2_833_000, 2_243_000)}}

INSATSER = [
    (1, "Validering inom vård och omsorg", "Region Västmanland", "jan 2026–dec 2027", 2400,
     "Insatsen bygger upp en gemensam modell för validering av undersköterskor och "
     "vårdbiträden, så att erfarna medarbetare kan få sin kompetens erkänd och gå vidare "
     "till titelskyddad undersköterska."),
    (2, "Regional yrkesvuxsamverkan", "Region Uppsala", "jan 2026–dec 2028", 3150,
     "Kommunerna i de tre länen samordnar planeringen av regional yrkesvux, så att "
     "utbudet av yrkesutbildningar för vuxna motsvarar arbetsgivarnas behov."),
    (3, "Kompetenslyft för besöksnäringen", "Region Jämtland Härjedalen", "aug 2026–jun 2028", 1850,
     "Korta utbildningar för säsongsanställda inom besöksnäringen i fjällkommunerna, "
     "med särskilt fokus på Åre och Härjedalen."),
    (4, "Matchning för utrikes födda kvinnor", "Arbetsförmedlingen", "mar 2026–dec 2027", 2700,
     "Insatsen kombinerar SFI, praktik och handledning och riktar sig till utrikes födda "
     "kvinnor som står långt från arbetsmarknaden, med start i Västerås och Enköping."),
    (5, "Kompetensplattform för industrin i Bergslagen", "VKL", "jan 2027–dec 2028", 1200,
     "En plattform där industriföretag i Fagersta, Norberg och Skinnskatteberg tillsammans "
     "med kommunerna planerar kompetensutveckling och lärlingsplatser."),
    (6, "Analys och uppföljning", "Region Uppsala", "jan 2026–dec 2028", 950,
     "Gemensam uppföljning av planens indikatorer och en årlig lägesbild för de tre länen."),
    (7, "Lärcentra i glesbygd", "Strömsunds kommun", "feb 2026–dec 2028", 1600,
     "Lärcentra i Strömsund, Ragunda och Bräcke utvecklas så att vuxna kan studera på "
     "distans nära hemorten."),
]

FORKORTNINGAR = [
    ("AF", "Arbetsförmedlingen"),
    ("ESF+", "Europeiska socialfonden+"),
    ("RKS", "Regional kompetenssamverkan"),
    ("RUS", "Regional utvecklingsstrategi"),
    ("SFI", "Svenska för invandrare"),
    ("tkr", "tusen kronor"),
    ("VKL", "Västmanlands kommuner och landsting"),
    ("VO", "Vård och omsorg"),
    ("YH", "Yrkeshögskolan"),
]


def fmt(n):
    """Svenskt tusentalsformat med hårt mellanslag."""
    return f"{n:,}".replace(",", "\u00a0")


def fmt1(x):
    return f"{x:.1f}".replace(".", ",")


# ---------------------------------------------------------------------------
def skriv_handlingsplan(path):
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica",
                          fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName="Helvetica-Bold",
                        fontSize=16, leading=20, spaceAfter=10)
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName="Helvetica-Bold",
                        fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=4)
    caption = ParagraphStyle("cap", parent=body, fontName="Helvetica-Oblique", fontSize=9)
    title = ParagraphStyle("title", parent=h1, fontSize=24, leading=30)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)

    W, H = A4
    M = 2 * cm
    gap = 0.8 * cm
    one = Frame(M, M, W - 2 * M, H - 2 * M - 0.6 * cm, id="one")
    colw = (W - 2 * M - gap) / 2
    left = Frame(M, M, colw, H - 2 * M - 0.6 * cm, id="left")
    right = Frame(M + colw + gap, M, colw, H - 2 * M - 0.6 * cm, id="right")

    def header_footer(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        if doc.page > 1:
            c.drawString(M, H - 1.3 * cm,
                         "Regional handlingsplan för kompetensförsörjning 2026–2028")
        c.drawRightString(W - M, 1.2 * cm, f"Sida {doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="Regional handlingsplan för kompetensförsörjning 2026–2028",
                          author="Region Västmanland", subject="Kompetensförsörjning")
    doc.addPageTemplates([
        PageTemplate(id="one", frames=[one], onPage=header_footer),
        PageTemplate(id="two", frames=[left, right], onPage=header_footer),
    ])

    s = []
    # --- Sida 1: titelsida
    s += [Spacer(1, 5 * cm),
          Paragraph("Regional handlingsplan för kompetensförsörjning 2026–2028", title),
          Spacer(1, 0.6 * cm),
          Paragraph("Västmanlands, Uppsala och Jämtlands län", h2),
          Spacer(1, 0.4 * cm),
          Paragraph("Region Västmanland i samverkan med Region Uppsala och Region Jämtland "
                    "Härjedalen", body),
          Paragraph("Beslutad av styrgruppen 2025-12-04. Dnr RV 2025/1187.", body),
          PageBreak()]

    # --- Sida 2: sammanfattning (en spalt)
    tot_budget = sum(i[4] for i in INSATSER)
    s += [Paragraph("Sammanfattning", h1),
          Paragraph("Arbetsgivare i alla tre länen har svårt att hitta personal med rätt "
                    "kompetens, samtidigt som många vuxna saknar en gymnasieutbildning eller "
                    "har kompetens som inte är formellt erkänd. Handlingsplanen beskriver hur "
                    "regionerna, kommunerna och Arbetsförmedlingen tillsammans ska arbeta med "
                    "kompetensförsörjning under perioden 2026–2028 inom ramen för RKS.", body),
          Paragraph("Planen har tre prioriterade områden:", body),
          Paragraph("1. Validering och erkännande av kompetens.", body),
          Paragraph("2. Vuxnas lärande i hela regionen.", body),
          Paragraph("3. Matchning och inkludering på arbetsmarknaden.", body),
          Paragraph(f"Inom områdena genomförs sju insatser. Insatserna och deras budget "
                    f"sammanfattas i tabell 2. Planen är förankrad i respektive läns RUS.", body),
          Paragraph("Organisation", h2),
          Paragraph("Projektägare är Region Västmanland. Projektledare för handlingsplanen är "
                    "Karin Lindqvist, Region Västmanland. Styrgruppen leds av Anders Holm, "
                    "regional utvecklingsdirektör vid Region Uppsala, och består i övrigt av "
                    "företrädare för Region Jämtland Härjedalen, VKL, Arbetsförmedlingen och "
                    "två kommuner per län.", body),
          NextPageTemplate("two"), PageBreak()]

    # --- Sidor 3–4: Bakgrund (två spalter)
    t1 = {k: (lan, p, a) for lan, k, p, a in TABELL1}
    vas, upp, ost = t1["Västerås"], t1["Uppsala"], t1["Östersund"]
    s += [Paragraph("1. Bakgrund", h1),
          Paragraph("Befolkningen i arbetsför ålder växer i de större städerna men minskar i "
                    "flera mindre kommuner. Det gör att kompetensbehoven ser olika ut i olika "
                    "delar av de tre länen.", body),
          Paragraph("1.1 Befolkning och utbildningsnivå", h2),
          Paragraph(f"I Västerås bor {fmt(vas[1])} personer i åldern 20–64 år, och "
                    f"{fmt1(vas[2])} procent av dem har en eftergymnasial utbildning. "
                    f"Motsvarande andel i Uppsala kommun är {fmt1(upp[2])} procent, medan den "
                    f"i Östersund är {fmt1(ost[2])} procent. I flera av de mindre kommunerna, "
                    f"till exempel Skinnskatteberg ({fmt1(t1['Skinnskatteberg'][2])} procent) och "
                    f"Bräcke ({fmt1(t1['Bräcke'][2])} procent), har var fjärde eller färre en "
                    f"eftergymnasial utbildning.", body),
          Paragraph("Utbildningsnivån per kommun redovisas i tabell 1 i bilagan. Skillnaderna "
                    "mellan kommunerna påverkar vilka insatser som behövs: i kommuner med låg "
                    "utbildningsnivå behövs framför allt vägar till gymnasial yrkesutbildning, "
                    "medan storstadskommunerna har större behov av omställning och "
                    "vidareutbildning.", body),
          Paragraph("1.2 Arbetsgivarnas rekryteringsbehov", h2),
          Paragraph("I Region Jämtland Härjedalens arbetsgivarenkät 2025 uppgav 64 procent av "
                    "arbetsgivarna att de under det senaste året haft svårt att rekrytera. "
                    "Bristen var störst inom vård och omsorg, besöksnäringen och tekniska yrken. "
                    "I Västmanlands län uppgav 41 procent av industriföretagen att bristen på "
                    "svetsare och CNC-operatörer begränsar produktionen.", body),
          Paragraph("Inom VO beräknas de tre länen behöva rekrytera omkring 9 800 undersköterskor "
                    "fram till 2030, främst för att ersätta personal som går i pension.", body),
          Paragraph("1.3 Vuxnas lärande", h2),
          Paragraph("Regional yrkesvux är i dag det viktigaste verktyget för att ställa om vuxna "
                    "till bristyrken. Under 2025 fanns omkring 3 460 yrkesvuxplatser i de tre "
                    "länen. Lärcentra finns i 14 av länens 26 kommuner, men i glesbygden är "
                    "avstånden långa och utbudet på distans begränsat.", body),
          Paragraph("1.4 Validering", h2),
          Paragraph("Validering gör det möjligt att tillgodoräkna kunskaper som någon redan har. "
                    "Under 2025 deltog 1 284 personer i valideringsinsatser i de tre länen, de "
                    "flesta inom vård och omsorg samt industri. Målet är att antalet ska "
                    "fördubblas till 2028.", body),
          Paragraph("1.5 Matchning och inkludering", h2),
          Paragraph("Utrikes födda kvinnor har lägre förvärvsfrekvens än andra grupper. Att korta "
                    "vägen från SFI till arbete är därför en av planens viktigaste frågor. "
                    "Arbetsförmedlingen, kommunernas vuxenutbildning och arbetsgivarna behöver "
                    "samverka kring praktik, språkstöd och handledning på arbetsplatsen.", body),
          NextPageTemplate("two"), PageBreak()]

    # --- Sidor 5–6: Insatser (två spalter)
    s += [Paragraph("2. Insatser 2026–2028", h1),
          Paragraph("Nedan beskrivs planens sju insatser. För varje insats anges ansvarig "
                    "organisation, tidplan och budget. Budgeten anges i tusen kronor (tkr) och "
                    "avser hela perioden.", body)]
    for nr, namn, ansv, tid, bud, text in INSATSER:
        s += [Paragraph(f"Insats {nr} {namn}", h2),
              Paragraph(text, body),
              Paragraph(f"Ansvarig: {ansv}. Tidplan: {tid}. Budget: {fmt(bud)} tkr.", body)]
    s += [Paragraph("Insatserna finansieras av regionerna, kommunerna och Arbetsförmedlingen. "
                    "En gemensam ansökan till ESF+ kan komplettera finansieringen.", body),
          NextPageTemplate("one"), PageBreak()]

    # --- Sida 7: Tabell 2 (en spalt)
    data = [["Insats", "Ansvarig", "Tidplan", "Budget (tkr)"]]
    for nr, namn, ansv, tid, bud, _ in INSATSER:
        data.append([Paragraph(f"{nr}. {namn}", cell), ansv, tid, fmt(bud)])
    data.append(["Summa", "", "", fmt(tot_budget)])
    tbl = Table(data, colWidths=[6.2 * cm, 4.6 * cm, 3.6 * cm, 2.4 * cm], repeatRows=1)
    tbl.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("ALIGN", (3, 0), (3, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    s += [Paragraph("3. Sammanställning av insatser och budget", h1),
          Paragraph("Tabell 2. Insatser i handlingsplanen 2026–2028: ansvarig organisation, "
                    "tidplan och budget (tkr)", caption),
          tbl, Spacer(1, 0.5 * cm),
          Paragraph("Budgeten är preliminär och beslutas årligen av respektive huvudman.", body),
          PageBreak()]

    # --- Sida 8: Uppföljning (en spalt)
    s += [Paragraph("4. Styrning och uppföljning", h1),
          Paragraph("Styrgruppen sammanträder fyra gånger per år och beslutar om prioriteringar "
                    "mellan insatserna. Projektledaren rapporterar till styrgruppen inför varje "
                    "möte.", body),
          Paragraph("Delmål", h2),
          Paragraph("Delmål 1: En regional valideringsmodell för vård och omsorg ska vara "
                    "beslutad senast den 30 september 2026.", body),
          Paragraph("Delmål 2: En halvtidsutvärdering av planen presenteras för styrgruppen "
                    "den 15 juni 2027.", body),
          Paragraph("Delmål 3: Slutrapport lämnas senast den 31 december 2028.", body),
          Paragraph("Indikatorer", h2),
          Paragraph("Uppföljningen bygger på förvärvsfrekvens 20–64 år per kommun och kön, antal "
                    "deltagare i validering, antal yrkesvuxplatser och andelen arbetsgivare som "
                    "har svårt att rekrytera.", body),
          PageBreak()]

    # --- Sida 9: bilaga tabell 1 (en spalt)
    data = [["Län", "Kommun", "Befolkning 20–64 år", "Andel eftergymnasial utbildning (%)"]]
    for lan, k, p, a in TABELL1:
        data.append([lan, k, fmt(p), fmt1(a)])
    tbl1 = Table(data, colWidths=[4 * cm, 3.6 * cm, 3.6 * cm, 5.6 * cm], repeatRows=1)
    tbl1.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("ALIGN", (2, 0), (3, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
    ]))
    s += [Paragraph("Bilaga. Befolkning och utbildningsnivå per kommun", h1),
          Paragraph("Tabell 1. Befolkning 20–64 år och andel med eftergymnasial utbildning per "
                    "kommun 2024", caption),
          tbl1, Spacer(1, 0.3 * cm),
          Paragraph("Källa: SCB, befolkningsstatistik och utbildningsregistret.", caption),
          PageBreak()]

    # --- Sida 10: Förkortningar
    s += [Paragraph("Förkortningar", h1)]
    for a, b in FORKORTNINGAR:
        s.append(Paragraph(f"<b>{a}</b> – {b}", body))
    doc.build(s)


# ---------------------------------------------------------------------------
def skriv_anteckningar(path):
    txt = """# Minnesanteckningar – nätverksträff kompetensförsörjning

Datum: 2025-11-13
Plats: Region Uppsala, Storgatan 27, Uppsala (samt digitalt)
Närvarande: Karin Lindqvist (Region Västmanland, ordförande), Johan Berglund (Region Uppsala),
Erik Sundqvist (Region Jämtland Härjedalen), Maria Eklund (VKL), Sofia Nordin (Arbetsförmedlingen),
Petra Holmgren (Strömsunds kommun)
Antecknare: Johan Berglund

## 1. Inledning och föregående anteckningar

Karin Lindqvist hälsade välkommen. Anteckningarna från träffen den 18 september lades till
handlingarna utan kommentarer.

## 2. Lägesrapport validering (Insats 1)

Maria Eklund redogjorde för arbetet med den gemensamma valideringsmodellen inom vård och omsorg.
Fem kommuner i Västmanland har anmält intresse för att delta i piloten. Det saknas fortfarande en
bild av hur stort behovet är hos de privata utförarna.

ÅTGÄRD: Kartlägga valideringsbehovet hos privata vård- och omsorgsgivare i Västmanland (ansvarig: Maria Eklund, klart: 2026-02-27)

## 3. Yrkesvux och lärcentra

Johan Berglund visade att antalet yrkesvuxplatser ökat i Uppsala län men minskat i Jämtland.
Petra Holmgren berättade om lärcentrumet i Strömsund, där 112 vuxna studerade på distans under
hösten.

ÅTGÄRD: Sammanställa statistik över yrkesvuxplatser per kommun 2023–2025 (ansvarig: Johan Berglund, klart: 2026-01-30)
ÅTGÄRD: Bjuda in lärcentrumen i Ragunda och Bräcke till nästa träff (ansvarig: Petra Holmgren, klart: 2026-02-15)

## 4. Besöksnäringens kompetensbehov

Erik Sundqvist beskrev att besöksnäringen i Åre och Härjedalen har svårt att behålla
säsongsanställda mellan vintersäsongerna. Nätverket diskuterade om korta utbildningar under
sommaren kan göra det lättare att erbjuda åretruntanställning.

ÅTGÄRD: Ta fram ett förslag på utbildningspaket för säsongsanställda (ansvarig: Erik Sundqvist, klart: 2026-03-31)

## 5. Ekonomi och ESF+-ansökan

Sofia Nordin presenterade utlysningen från ESF+. Nätverket beslutade att lämna in en gemensam
ansökan för insats 2 och insats 4 med Region Uppsala som sökande organisation. Ansökan ska vara
inlämnad senast 2026-04-15.

ÅTGÄRD: Skriva utkast till ESF+-ansökan (ansvarig: Sofia Nordin, klart: 2026-03-01)

## 6. Övrigt och nästa träff

Nästa nätverksträff hålls den 12 mars 2026 i Östersund, med möjlighet att delta digitalt.
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def skriv_remissvar(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.core_properties.title = "Remissvar – Regional handlingsplan för kompetensförsörjning 2026–2028"
    d.core_properties.author = "Sala kommun"
    d.add_paragraph("Sala kommun\nKommunstyrelsen\nDnr KS 2025/412")
    d.add_paragraph("Region Västmanland\nRegional utveckling\n721 89 Västerås")
    d.add_heading("Remissvar – Regional handlingsplan för kompetensförsörjning 2026–2028 "
                  "(dnr RV 2025/1187)", level=1)
    d.add_paragraph("Sala kommun har beretts möjlighet att lämna synpunkter på förslaget till "
                    "regional handlingsplan för kompetensförsörjning 2026–2028. Kommunen lämnar "
                    "följande yttrande.")
    punkter = [
        "Sala kommun tillstyrker förslaget till handlingsplan i sin helhet, med de synpunkter "
        "som framgår nedan.",
        "Sala kommun tillstyrker Insats 1 om validering inom vård och omsorg och anmäler intresse "
        "för att delta i piloten under 2026.",
        "Sala kommun tillstyrker Insats 2 om regional yrkesvuxsamverkan men föreslår att "
        "planeringen görs för två år i taget i stället för ett, så att kommunerna kan planera "
        "lokaler och lärare.",
        "Sala kommun avstyrker förslaget att kommunerna ska medfinansiera Insats 5 med två kronor "
        "per invånare. Insatsen gynnar främst industrin i norra Västmanland och bör finansieras "
        "av regionen och de berörda kommunerna.",
        "Sala kommun avstyrker att uppföljningen endast görs på länsnivå. Kommunen anser att "
        "indikatorerna ska redovisas per kommun och kön.",
        "Sala kommun ser positivt på att lärcentra i glesbygd lyfts fram och vill att Sala "
        "lärcentrum ingår i erfarenhetsutbytet inom Insats 7.",
    ]
    for p in punkter:
        d.add_paragraph(p, style="List Number")
    d.add_paragraph("Ärendet har beretts av Anna Wikström, utvecklingsstrateg.")
    d.add_paragraph("För Sala kommun")
    d.add_paragraph("")
    d.add_paragraph("Lena Strand\nKommunstyrelsens ordförande")
    d.add_paragraph("Sala den 22 oktober 2025")
    d.save(path)


def skriv_mejl(path):
    m1 = """Från: Karin Lindqvist <karin.lindqvist@regionvastmanland.se>
Skickat: den 3 november 2025 09:14
Till: Anders Holm <anders.holm@regionuppsala.se>; Erik Sundqvist <erik.sundqvist@regionjh.se>
Ämne: Kick-off för handlingsplanen

Hej!

Jag föreslår att vi håller kick-offen för den regionala handlingsplanen tisdagen den 27 januari
2026 i Västerås. Vi räknar med ungefär 120 deltagare från kommuner, regioner och arbetsgivare.
Säg till om datumet inte fungerar.

Hälsningar
Karin"""
    m2 = """Från: Anders Holm <anders.holm@regionuppsala.se>
Skickat: den 4 november 2025 16:02
Till: Karin Lindqvist; Erik Sundqvist
Ämne: SV: Kick-off för handlingsplanen

Hej Karin,

Den 27 januari krockar tyvärr med regionstyrelsens sammanträde i Region Uppsala. Går tisdagen den
10 februari bra i stället? Annars kan vi köra helt digitalt.

/Anders

""" + "\n".join("> " + l if l else ">" for l in m1.splitlines())
    m3 = """Från: Karin Lindqvist <karin.lindqvist@regionvastmanland.se>
Skickat: den 6 november 2025 08:47
Till: Anders Holm; Erik Sundqvist
Ämne: SV: SV: Kick-off för handlingsplanen

Hej båda,

Tack för svaren. Erik har meddelat per telefon att den 10 februari fungerar för Jämtland.
Beslut: kick-offen hålls tisdagen den 10 februari 2026 kl. 9.30–15.00 på Västerås konserthus,
med digital anslutning för deltagare från Jämtland. Sista dag för anmälan är den 23 januari 2026.
Jag skickar ut inbjudan nästa vecka.

Hälsningar
Karin

""" + "\n".join("> " + l if l else ">" for l in m2.splitlines())
    with open(path, "w", encoding="utf-8") as f:
        f.write(m3 + "\n")


def skriv_faktablad(path, lansdata):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Faktablad kompetensförsörjning 2025")
    c.setAuthor("Region Uppsala, analysenheten")
    c.setFont("Helvetica-Bold", 18)
    c.drawString(2 * cm, H - 2.5 * cm, "Faktablad: Kompetensförsörjning i tre län 2025")
    c.setFont("Helvetica", 10)
    c.drawString(2 * cm, H - 3.2 * cm,
                 "Västmanlands, Uppsala och Jämtlands län – nyckeltal till handlingsplanen 2026–2028")
    pop = sum(p for _, _, p, _ in TABELL1)
    left = [
        ("Befolkning 20–64 år, tre län (2024)", fmt(pop)),
        ("Förvärvsfrekvens 20–64 år, Västmanlands län¹", fmt1(lansdata["Västmanlands län"]) + " %"),
        ("Förvärvsfrekvens 20–64 år, Uppsala län¹", fmt1(lansdata["Uppsala län"]) + " %"),
        ("Förvärvsfrekvens 20–64 år, Jämtlands län¹", fmt1(lansdata["Jämtlands län"]) + " %"),
    ]
    right = [
        ("Arbetslöshet 16–64 år, Jämtlands län²", "5,9 %"),
        ("Deltagare i validering 2025", "1\u00a0284"),
        ("Yrkesvuxplatser 2025", "3\u00a0460"),
        ("Lärcentra (antal kommuner)", "14 av 26"),
    ]
    y0 = H - 5 * cm
    for col, items in ((2 * cm, left), (11 * cm, right)):
        y = y0
        for lab, val in items:
            c.setFont("Helvetica", 9)
            c.drawString(col, y, lab)
            c.setFont("Helvetica-Bold", 14)
            c.drawString(col, y - 0.6 * cm, val)
            y -= 1.8 * cm
    c.setFont("Helvetica", 10)
    txt = c.beginText(2 * cm, y0 - 8 * cm)
    for line in [
        "Nyckeltalen följs upp årligen inom handlingsplanens insats 6, Analys och uppföljning.",
        "Frågor om faktabladet besvaras av analysenheten vid Region Uppsala.",
    ]:
        txt.textLine(line)
    c.drawText(txt)
    c.setFont("Helvetica", 7.5)
    c.drawString(2 * cm, 2.4 * cm, "¹ Andel förvärvsarbetande av befolkningen 20–64 år, november 2024. "
                 "Källa: SCB, registerbaserad arbetsmarknadsstatistik (BAS).")
    c.drawString(2 * cm, 2.0 * cm, "² Öppet arbetslösa och sökande i program med aktivitetsstöd, "
                 "andel av den registerbaserade arbetskraften, oktober 2025. Källa: Arbetsförmedlingen.")
    c.save()


def skriv_export(path):
    """PX-Web-liknande export, semikolon, Latin-1, år och tabellinnehåll i kolumnerna."""
    import collections
    agg = collections.OrderedDict()
    lan_rows = collections.defaultdict(lambda: [0, 0])
    for lkod, lan, kod, namn, kon, ar, p, fa in STAT_ROWS:
        agg.setdefault((f"{kod} {namn}", kon), {})[ar] = (p, fa)
        for k in (kon, "totalt"):
            lan_rows[(f"{lkod} {lan}", k, ar)][0] += p
            lan_rows[(f"{lkod} {lan}", k, ar)][1] += fa
        agg.setdefault((f"{kod} {namn}", "totalt"), {}).setdefault(ar, (0, 0))
        t = agg[(f"{kod} {namn}", "totalt")][ar]
        agg[(f"{kod} {namn}", "totalt")][ar] = (t[0] + p, t[1] + fa)
    out = collections.OrderedDict()
    out[("00 Riket", "män")] = {a: RIKET[a]["män"] for a in AR}
    out[("00 Riket", "kvinnor")] = {a: RIKET[a]["kvinnor"] for a in AR}
    out[("00 Riket", "totalt")] = {a: (RIKET[a]["män"][0] + RIKET[a]["kvinnor"][0],
                                       RIKET[a]["män"][1] + RIKET[a]["kvinnor"][1]) for a in AR}
    lansdata = {}
    for (lkod, lan), kommuner in KOMMUNER.items():
        for kon in ("män", "kvinnor", "totalt"):
            out[(f"{lkod} {lan}", kon)] = {a: tuple(lan_rows[(f"{lkod} {lan}", kon, a)]) for a in AR}
        p, fa = lan_rows[(f"{lkod} {lan}", "totalt", 2024)]
        lansdata[lan] = round(100 * fa / p, 1)
        for kod, namn, _, _ in kommuner:
            for kon in ("män", "kvinnor", "totalt"):
                out[(f"{kod} {namn}", kon)] = agg[(f"{kod} {namn}", kon)]
    lines = ['"Förvärvsarbetande och förvärvsfrekvens 20-64 år (nattbefolkning) efter region, kön, '
             'tabellinnehåll och år"', ""]
    head = ['"region"', '"kön"']
    head += [f'"Förvärvsarbetande 20-64 år, antal {a}"' for a in AR]
    head += [f'"Förvärvsfrekvens 20-64 år, procent {a}"' for a in AR]
    lines.append(";".join(head))
    for (reg, kon), d in out.items():
        vals = [str(d[a][1]) for a in AR]
        vals += [fmt1(round(100 * d[a][1] / d[a][0], 1)) for a in AR]
        lines.append(";".join([f'"{reg}"', f'"{kon}"'] + vals))
    lines += ["", '"Källa: SCB, registerbaserad arbetsmarknadsstatistik (BAS). Uttaget 2025-11-20."']
    with open(path, "w", encoding="latin-1", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")
    return lansdata


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    lansdata = skriv_export(os.path.join(out, "BAS_forvarvsarbetande_20-64_kommun_kon_2022-2024.csv"))
    skriv_handlingsplan(os.path.join(out, "Regional handlingsplan kompetensförsörjning 2026-2028.pdf"))
    skriv_anteckningar(os.path.join(out, "2025-11-13 Minnesanteckningar nätverksträff kompetensförsörjning.md"))
    skriv_remissvar(os.path.join(out, "Remissvar Sala kommun handlingsplan kompetensförsörjning.docx"))
    skriv_mejl(os.path.join(out, "Mejltråd kick-off handlingsplan.txt"))
    skriv_faktablad(os.path.join(out, "Faktablad kompetensförsörjning 2025.pdf"), lansdata)
    print("skrev", sorted(os.listdir(out)))


if __name__ == "__main__":
    main()
