#!/usr/bin/env python
"""Round 88: write six realistic Swedish public-sector files into OUT_DIR.

Usage: python r88_make_files.py OUT_DIR
"""
import random
import sys
from pathlib import Path

import pandas as pd
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

SEED = 88
rng = random.Random(SEED)

styles = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=styles["Normal"], fontName="Helvetica", fontSize=10.5,
                      leading=14, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, spaceAfter=2)
H1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName="Helvetica-Bold", fontSize=17,
                    spaceAfter=10)
H2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName="Helvetica-Bold", fontSize=13,
                    spaceBefore=10, spaceAfter=6)
H3 = ParagraphStyle("h3", parent=styles["Heading3"], fontName="Helvetica-Bold", fontSize=11,
                    spaceBefore=6, spaceAfter=3)
TITLE = ParagraphStyle("title", parent=H1, fontSize=22, leading=28, alignment=TA_CENTER)
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)


def kr(n):
    return f"{n:,}".replace(",", " ")


# --------------------------------------------------------------------------------------------
# 1. Protokoll, Regionala utvecklingsnämnden (Region Norrbotten)
# --------------------------------------------------------------------------------------------
def protokoll(out: Path):
    path = out / "Protokoll_RUN_2025-11-13.pdf"

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.3 * cm, "Justerandes signatur: ________      "
                          "Utdragsbestyrkande: ________")
        canvas.drawRightString(A4[0] - 2 * cm, 1.3 * cm, f"Sida {doc.page}")
        canvas.drawString(2 * cm, A4[1] - 1.3 * cm, "REGION NORRBOTTEN")
        canvas.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm,
                               "PROTOKOLL  Regionala utvecklingsnämnden  2025-11-13")
        canvas.restoreState()

    s = []
    s.append(Paragraph("Protokoll", H1))
    s.append(Paragraph("Regionala utvecklingsnämnden", H2))
    head = [
        ["Sammanträdesdatum", "2025-11-13"],
        ["Plats och tid", "Regionhuset, Robertsviksgatan 7, Luleå, sammanträdesrum Kallax,\n"
                          "kl. 09.00–15.40 (ajournering kl. 12.00–13.00)"],
        ["Beslutande ledamöter", "Anna-Karin Lindström (S), ordförande\n"
                                 "Per Holmgren (M), 1:e vice ordförande\n"
                                 "Maria Nilsson (S)\nJonas Eriksson (C)\nLena Burman (V)\n"
                                 "Tomas Wikström (SD)\nIngrid Pettersson (KD)\n"
                                 "Mikael Stenberg (S), tjänstgörande ersättare för Göran Fors (S)\n"
                                 "Erik Sandberg (L)"],
        ["Övriga närvarande", "Karin Öberg, regional utvecklingsdirektör\n"
                              "Fredrik Lundqvist, nämndsekreterare\n"
                              "Sofia Marklund, handläggare, § 48–49 och § 55\n"
                              "Anders Kero, ekonomichef, § 47"],
        ["Utses att justera", "Jonas Eriksson (C)"],
        ["Justeringens plats och tid", "Regionhuset, Luleå, 2025-11-20"],
        ["Paragrafer", "§ 45–56"],
    ]
    t = Table([[Paragraph(f"<b>{a}</b>", BODY), Paragraph(b.replace("\n", "<br/>"), BODY)]
               for a, b in head], colWidths=[5 * cm, 11 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
    s.append(t)
    s.append(Spacer(1, 12))

    def item(num, title, dnr, beskr, beslut, extra=None):
        s.append(Paragraph(f"§ {num} {title}", H2))
        if dnr:
            s.append(Paragraph(f"Dnr {dnr}", SMALL))
        if beskr:
            s.append(Paragraph("Ärendebeskrivning", H3))
            for p in beskr:
                s.append(Paragraph(p, BODY))
        if extra:
            for head_, paras in extra:
                s.append(Paragraph(head_, H3))
                for p in paras:
                    s.append(Paragraph(p, BODY))
        s.append(Paragraph("Beslut", H3))
        for p in beslut:
            s.append(Paragraph(p, BODY))

    item(45, "Val av justerare", None, None,
         ["Regionala utvecklingsnämnden beslutar att utse Jonas Eriksson (C) att tillsammans "
          "med ordföranden justera dagens protokoll. Justering sker på Regionhuset i Luleå "
          "torsdagen den 20 november 2025."])
    item(46, "Godkännande av dagordning", None, None,
         ["Dagordningen godkänns med tillägget att informationsärendet om Interreg Aurora "
          "behandlas som § 55."])
    item(47, "Ekonomisk uppföljning efter oktober 2025", "RUN 2025/051",
         ["Förvaltningen har upprättat ekonomisk uppföljning efter oktober månad. Nämndens "
          "budgetram för 2025 uppgår till 412,6 miljoner kronor. Prognosen för helåret visar ett "
          "underskott på 3,2 miljoner kronor jämfört med budget. Underskottet beror främst på "
          "ökade kostnader för den upphandlade länstrafiken (indexuppräkning av avtal) och på att "
          "statliga medel för regionala tillväxtåtgärder (anslag 1:1) har betalats ut senare än "
          "beräknat.",
          "Ekonomichef Anders Kero föredrar ärendet. Förvaltningen bedömer att underskottet "
          "delvis kan minskas genom återhållsamhet med nya åtaganden under november och december."],
         ["Regionala utvecklingsnämnden beslutar att",
          "1. godkänna den ekonomiska uppföljningen efter oktober 2025,",
          "2. uppdra åt regional utvecklingsdirektör att senast den 31 januari 2026 redovisa "
          "åtgärder för en budget i balans för 2026."])
    item(48, "Regionalt projektstöd – Digital kompetens i Tornedalen", "RUN 2025/412",
         ["Haparanda kommun ansöker om regionalt projektstöd för projektet Digital kompetens i "
          "Tornedalen. Projektet ska under perioden 2026-01-01–2027-12-31 ge 300 anställda i "
          "små företag och i kommunal verksamhet i Haparanda, Övertorneå och Pajala grundläggande "
          "och fördjupad digital kompetens. Projektets totala budget är 3 700 000 kronor, varav "
          "sökt belopp från regionen är 1 850 000 kronor (50 procent). Övrig finansiering kommer "
          "från de tre kommunerna.",
          "Handläggare Sofia Marklund föredrar ärendet. Förvaltningen bedömer att projektet ligger "
          "väl i linje med den regionala utvecklingsstrategin Norrbotten 2030 och tillstyrker "
          "ansökan."],
         ["Regionala utvecklingsnämnden beslutar att",
          "1. bevilja Haparanda kommun regionalt projektstöd med högst 1 850 000 kronor för "
          "projektet Digital kompetens i Tornedalen under perioden 2026-01-01–2027-12-31,",
          "2. stödet villkoras av att slutrapport lämnas senast den 29 februari 2028."])
    item(49, "Bredbandsstöd – Byanät i Arjeplog, etapp 2", "RUN 2025/377",
         ["Arjeplogs Byanät ekonomisk förening ansöker om 2 400 000 kronor i regionalt "
          "bredbandsstöd för utbyggnad av fiber till 142 hushåll och 18 företag i byarna "
          "Laisvall, Slagnäs och Mellanström. Ansökan har kompletterats i oktober men yttrande "
          "från Arjeplogs kommun om kommunens medfinansiering saknas fortfarande."],
         ["Regionala utvecklingsnämnden beslutar att bordlägga ärendet till nämndens "
          "sammanträde den 11 december 2025."],
         extra=[("Yrkanden", ["Per Holmgren (M) yrkar att ärendet bordläggs till nästa "
                              "sammanträde eftersom kommunens yttrande om medfinansiering "
                              "saknas. Ordföranden finner att nämnden bifaller yrkandet om "
                              "bordläggning."])])
    item(50, "Riktlinjer för regionalt företagsstöd 2026", "RUN 2025/298",
         ["Förvaltningen har tagit fram förslag till riktlinjer för regionalt företagsstöd 2026. "
          "Förslaget innebär att stödnivån är högst 35 procent av stödberättigande kostnader för "
          "små företag och högst 25 procent för medelstora företag. Den totala ramen för 2026 "
          "föreslås till 18 miljoner kronor. Prioriterade branscher är besöksnäring, "
          "livsmedelsförädling och cirkulär ekonomi. Stöd under 100 000 kronor beslutas på "
          "delegation av regional utvecklingsdirektör."],
         ["Regionala utvecklingsnämnden beslutar att fastställa riktlinjer för regionalt "
          "företagsstöd 2026 i enlighet med förvaltningens förslag.",
          "<b>Reservation</b>",
          "Lena Burman (V) reserverar sig mot beslutet till förmån för eget yrkande och lämnar "
          "en skriftlig reservation, bilaga 1. I reservationen anförs att mikroföretag i "
          "inlandskommunerna har svårast att få extern finansiering och att stödnivån för "
          "mikroföretag med färre än 10 anställda därför borde ha höjts till 45 procent."],
         extra=[("Yrkanden",
                 ["Ordföranden Anna-Karin Lindström (S) yrkar bifall till förvaltningens "
                  "förslag.",
                  "Lena Burman (V) yrkar att stödnivån för mikroföretag med färre än 10 "
                  "anställda höjs till 45 procent.",
                  "Propositionsordning: Ordföranden ställer förvaltningens förslag mot Lena "
                  "Burmans yrkande och finner att nämnden beslutar enligt förvaltningens "
                  "förslag."])])
    item(51, "Yttrande över remiss – Nationell plan för transportinfrastruktur 2026–2037",
         "RUN 2025/355",
         ["Regeringen har remitterat Trafikverkets förslag till nationell plan för "
          "transportinfrastruktur 2026–2037. Förvaltningen har tagit fram förslag till yttrande "
          "där regionen särskilt betonar vikten av att Norrbotniabanan på sträckan "
          "Skellefteå–Luleå finansieras fullt ut under planperioden och att malmbanans kapacitet "
          "förstärks."],
         ["Regionala utvecklingsnämnden beslutar att avge yttrande enligt bilaga 2.",
          "Tomas Wikström (SD) deltar inte i beslutet."])
    item(52, "Medfinansiering – Arctic Hydrogen Skills (Interreg Aurora)", "RUN 2025/401",
         ["Luleå tekniska universitet ansöker om regional medfinansiering för projektet Arctic "
          "Hydrogen Skills inom programmet Interreg Aurora. Projektet ska ta fram utbildningar "
          "för vätgas- och elektrifieringsindustrin tillsammans med partner i Finland och Norge. "
          "Projektets totala budget är 14,2 miljoner kronor."],
         ["Regionala utvecklingsnämnden beslutar att medfinansiera projektet Arctic Hydrogen "
          "Skills med 640 000 kronor fördelat på åren 2026–2028, under förutsättning att "
          "projektet beviljas medel från Interreg Aurora."])
    item(53, "Sammanträdesplan 2026", "RUN 2025/420",
         ["Förvaltningen har tagit fram förslag till sammanträdesplan för 2026."],
         ["Regionala utvecklingsnämnden beslutar att sammanträda följande datum 2026: "
          "12 februari, 26 mars, 7 maj, 11 juni, 17 september, 22 oktober och 3 december. "
          "Sammanträdena börjar kl. 09.00 i Regionhuset, Luleå."])
    n_del = 14
    cats = ["företagsstöd under 100 000 kr", "projektstöd under 300 000 kr",
            "förlängning av projekttid", "yttranden"]
    fordel = [rng.randint(1, 6) for _ in cats]
    fordel[-1] = n_del - sum(fordel[:-1]) if n_del - sum(fordel[:-1]) > 0 else 1
    item(54, "Redovisning av delegationsbeslut", None,
         [f"Redovisning av {n_del} delegationsbeslut fattade under perioden 2025-09-01–"
          "2025-10-31: " + ", ".join(f"{c} ({n})" for c, n in zip(cats, fordel)) + "."],
         ["Redovisningen läggs till handlingarna."])
    item(55, "Information – Interreg Aurora", None,
         ["Handläggare Sofia Marklund informerar om att programmet Interreg Aurora öppnar nästa "
          "utlysning den 2 februari 2026 och att regionen erbjuder en projektverkstad för "
          "blivande sökande."],
         ["Informationen noteras."])
    item(56, "Meddelanden", None,
         ["Inkomna skrivelser från Tillväxtverket och Sveriges Kommuner och Regioner (SKR) "
          "redovisas."],
         ["Meddelandena läggs till handlingarna."])

    s.append(Spacer(1, 14))
    s.append(Paragraph("Justering", H2))
    sig = [["Sekreterare", "Fredrik Lundqvist"],
           ["Ordförande", "Anna-Karin Lindström"],
           ["Justerare", "Jonas Eriksson"]]
    t = Table([[a, "..................................", b] for a, b in sig],
              colWidths=[3.5 * cm, 6 * cm, 6 * cm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 12)]))
    s.append(t)
    s.append(Spacer(1, 10))
    s.append(Paragraph("Anslag/bevis", H3))
    s.append(Paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag på "
                       "regionens digitala anslagstavla. Datum då anslaget sätts upp: 2025-11-21. "
                       "Datum då anslaget tas ned: 2025-12-13. Förvaringsplats för protokollet: "
                       "Regionhuset, Luleå.", BODY))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                            title="Protokoll Regionala utvecklingsnämnden 2025-11-13",
                            author="Region Norrbotten")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)
    return path


# --------------------------------------------------------------------------------------------
# 2. Projektansökan (DOCX, Östergötland)
# --------------------------------------------------------------------------------------------
BUDGET = [
    ("Personal", 1_240_000, 1_310_000, 980_000),
    ("Externa tjänster", 450_000, 620_000, 300_000),
    ("Resor och logi", 80_000, 95_000, 60_000),
    ("Lokaler", 120_000, 120_000, 90_000),
    ("Utrustning", 350_000, 150_000, 0),
    ("Indirekta kostnader (15 % av personal)", 186_000, 196_500, 147_000),
]


def ansokan(out: Path):
    path = out / "Ansokan_ElektrifieringsLyftet_Ostergotland.docx"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph("Region Östergötland – Ansökan om projektmedel ur det regionala "
                        "utvecklingsanslaget (1:1)")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("ElektrifieringsLyftet Östergötland", level=0)
    info = [
        ("Projektnamn", "ElektrifieringsLyftet Östergötland"),
        ("Sökande organisation", "Norrköpings kommun, Arbetsmarknads- och "
                                 "utbildningsförvaltningen"),
        ("Organisationsnummer", "212000-0746"),
        ("Projektledare / kontaktperson", "Sara Lindqvist, tfn 011-15 62 40, "
                                          "sara.lindqvist@norrkoping.se"),
        ("Firmatecknare", "Henrik Jansson, förvaltningschef"),
        ("Projektperiod", "2026-03-01 – 2028-12-31"),
        ("Sökt belopp från Region Östergötland", "2 597 800 kr"),
        ("Total budget", "6 494 500 kr"),
        ("Datum för ansökan", "2025-10-28"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in info:
        r = t.add_row().cells
        r[0].text = a
        r[1].text = b
        r[0].paragraphs[0].runs[0].bold = True

    d.add_heading("1. Bakgrund", level=1)
    d.add_paragraph(
        "Tillverkningsindustrin i Östergötland står inför en snabb omställning till elektrifierade "
        "produkter och processer. Enligt Region Östergötlands kompetensbehovsanalys från 2025 "
        "behöver cirka 2 300 anställda i länets små och medelstora tillverkningsföretag "
        "kompletterande kompetens inom elkraft, batterisystem och automation fram till 2030. "
        "Samtidigt är elektriker, automationstekniker och underhållstekniker bristyrken i "
        "Arbetsförmedlingens prognos för länet.")
    d.add_paragraph(
        "Små och medelstora företag saknar ofta resurser att kartlägga sina kompetensbehov och "
        "att frigöra personal för utbildning. Projektet bygger vidare på erfarenheterna från "
        "förstudien Elektrifiering i Östergötland (2024), där 31 företag intervjuades. "
        "Projektet bidrar till målen i den regionala utvecklingsstrategin Östergötland 2040 om "
        "en stark kompetensförsörjning och en konkurrenskraftig industri.")
    d.add_heading("2. Syfte och mål", level=1)
    d.add_paragraph(
        "Projektets syfte är att stärka kompetensförsörjningen i Östergötlands "
        "tillverkningsindustri inför elektrifieringen, genom att koppla ihop företagens behov med "
        "validering och kortare yrkesutbildningar.")
    d.add_paragraph("Projektets mål till och med 2028-12-31 är att:")
    for m in ["180 anställda i små och medelstora företag har genomgått validering och/eller "
              "kompetenshöjande utbildning inom elektrifiering,",
              "40 arbetssökande har fått anställning inom målbranscherna,",
              "25 företag har tagit fram en kompetensutvecklingsplan,",
              "minst 40 procent av deltagarna är kvinnor."]:
        d.add_paragraph(m, style="List Number")
    d.add_heading("3. Målgrupp", level=1)
    d.add_paragraph(
        "Projektets primära målgrupp är anställda i små och medelstora tillverkningsföretag "
        "(10–249 anställda) i Norrköping, Linköping och Motala. En sekundär målgrupp är "
        "arbetssökande med teknisk bakgrund som är inskrivna hos Arbetsförmedlingen, bland annat "
        "utrikes födda med teknisk utbildning från hemlandet.")
    d.add_heading("4. Aktiviteter", level=1)
    acts = [
        ("AP1 Kartläggning (mars–augusti 2026)",
         "Kompetenskartläggning hos 40 företag med stöd av Teknikföretagen Östergötland."),
        ("AP2 Validering (september 2026–juni 2027)",
         "Validering mot branschens yrkeskrav genomförs tillsammans med Teknikcollege "
         "Östergötland."),
        ("AP3 Utbildningsinsatser (2027–2028)",
         "Korta moduler inom elsäkerhet, batterisystem och automation inom regional yrkesvux."),
        ("AP4 Matchning (2027–2028)",
         "Matchning av arbetssökande till företagen i samverkan med Arbetsförmedlingen."),
        ("AP5 Spridning och lärande (hela perioden)",
         "Löpande lärande, extern utvärdering och en slutkonferens i november 2028."),
    ]
    for h, txt in acts:
        p = d.add_paragraph()
        p.add_run(h + ". ").bold = True
        p.add_run(txt)
    d.add_heading("5. Organisation", level=1)
    d.add_paragraph(
        "Projektägare är Norrköpings kommun. Projektledare är Sara Lindqvist (100 procent). I "
        "projektgruppen ingår även en valideringssamordnare (75 procent) och en "
        "företagskoordinator (50 procent). Projektet leds av en styrgrupp med representanter för "
        "Norrköpings, Linköpings och Motala kommuner, Teknikföretagen Östergötland, IF Metall "
        "Östergötland och Arbetsförmedlingen. Styrgruppens ordförande är Henrik Jansson. "
        "Styrgruppen sammanträder fyra gånger per år. En referensgrupp med sex företag ger "
        "återkoppling på aktiviteterna.")
    d.add_heading("6. Budget", level=1)
    d.add_paragraph("Tabell 1. Kostnadsbudget per år (kronor)")
    bt = d.add_table(rows=1, cols=5)
    bt.style = "Table Grid"
    hdr = ["Kostnadsslag", "2026", "2027", "2028", "Totalt"]
    for i, h in enumerate(hdr):
        bt.rows[0].cells[i].text = h
    sums = [0, 0, 0]
    for name, a, b, c in BUDGET:
        r = bt.add_row().cells
        r[0].text = name
        for i, v in enumerate((a, b, c)):
            r[i + 1].text = kr(v)
            sums[i] += v
        r[4].text = kr(a + b + c)
    r = bt.add_row().cells
    r[0].text = "Summa kostnader"
    for i, v in enumerate(sums):
        r[i + 1].text = kr(v)
    r[4].text = kr(sum(sums))
    assert sum(sums) == 6_494_500
    d.add_paragraph("")
    d.add_paragraph("Tabell 2. Finansiering")
    ft = d.add_table(rows=1, cols=3)
    ft.style = "Table Grid"
    for i, h in enumerate(["Finansiär", "Belopp (kr)", "Andel"]):
        ft.rows[0].cells[i].text = h
    for a, b, c in [("Region Östergötland (sökt)", 2_597_800, "40 %"),
                    ("Norrköpings kommun", 1_948_350, "30 %"),
                    ("Linköpings kommun", 974_175, "15 %"),
                    ("Motala kommun", 974_175, "15 %"),
                    ("Summa finansiering", 6_494_500, "100 %")]:
        r = ft.add_row().cells
        r[0].text, r[1].text, r[2].text = a, kr(b), c
    d.add_paragraph("")
    d.add_paragraph("Norrköping 2025-10-28")
    d.add_paragraph("Henrik Jansson, förvaltningschef, firmatecknare")
    d.save(path)
    return path


# --------------------------------------------------------------------------------------------
# 3. FAQ (Markdown, Region Stockholm)
# --------------------------------------------------------------------------------------------
FAQ = """# Vanliga frågor om kompetensförsörjningsstödet

*Region Stockholm, Tillväxt- och regionplaneförvaltningen. Senast uppdaterad 2025-12-01.*

Kompetensförsörjningsstödet (KFS) är Region Stockholms stöd till projekt som stärker
kompetensförsörjningen i Stockholms län. Här har vi samlat de frågor vi oftast får.

## 1. Vad är kompetensförsörjningsstödet?

KFS är ett projektstöd för insatser som gör det lättare för arbetsgivare i Stockholms län att
hitta rätt kompetens och för individer att ställa om. Under 2026 finns totalt 15 miljoner kronor
att fördela.

## 2. Vem kan söka?

Kommuner, kommunalförbund, ideella föreningar, universitet och högskolor samt företag med högst
49 anställda kan söka. Privatpersoner och statliga myndigheter kan inte söka stödet.

## 3. Hur mycket kan vi söka?

Ni kan söka minst 100 000 kronor och högst 750 000 kronor per projekt. Stödet får täcka högst
50 procent av projektets stödberättigande kostnader; resten ska finansieras av er själva eller av
andra medfinansiärer.

## 4. När kan vi söka?

Det finns två ansökningsomgångar under 2026:

- vårens omgång: 1 mars – 15 april 2026
- höstens omgång: 1 september – 15 oktober 2026

Ansökan ska ha kommit in senast kl. 23.59 sista ansökningsdagen via e-tjänsten.

## 5. Vilka kostnader är stödberättigande?

Kostnader för personal, externa tjänster, resor och material som behövs för att genomföra
projektet. Investeringar i byggnader och mark är inte stödberättigande, och inte heller moms för
den som kan dra av momsen.

## 6. Hur bedöms ansökningarna?

Ansökningarna bedöms utifrån fem kriterier:

1. koppling till den regionala utvecklingsplanen RUFS 2050 (Regional utvecklingsplan för
   Stockholmsregionen),
2. samverkan mellan minst två organisationer,
3. tydliga och mätbara mål,
4. hur projektet arbetar med jämställdhet och tillgänglighet,
5. en plan för hur resultaten tas tillvara efter projektslut.

## 7. När får vi besked?

Beslut fattas inom 8 veckor efter sista ansökningsdag i respektive omgång.

## 8. Hur betalas stödet ut?

Stödet betalas ut i efterskott mot rekvisition, högst en gång per kvartal. Om det finns
särskilda skäl kan upp till 25 procent av det beviljade beloppet betalas ut i förskott.

## 9. Vad gäller för rapportering?

Ni lämnar en lägesrapport var sjätte månad och en slutrapport senast 3 månader efter
projektslut. Den sista utbetalningen (minst 10 procent av stödet) görs först när slutrapporten
har godkänts.

## 10. Vem kan jag kontakta?

Kontakta handläggare Elin Sjöberg, Tillväxt- och regionplaneförvaltningen,
e-post elin.sjoberg@regionstockholm.se, telefon 08-123 400 56. Telefontid tisdagar och
torsdagar kl. 9–11.
"""


def faq(out: Path):
    path = out / "FAQ_kompetensforsorjningsstodet.md"
    path.write_text(FAQ, encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------
# 4. Utvärderingsrapport (PDF, Östergötland)
# --------------------------------------------------------------------------------------------
RESULTS = [
    ("Arbetsplatsförlagt lärande", 142, 48),
    ("Språkstöd i arbetslivet", 96, 31),
    ("Jobbcoachning", 210, 42),
    ("Validering av yrkeskunskaper", 58, 57),
    ("Starta eget-stöd", 24, 25),
]


def utvardering(out: Path):
    path = out / "Slututvardering_Jobbsteget_Ostergotland.pdf"

    def footer(canvas, doc):
        if doc.page == 1:
            return
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.3 * cm, "Nordanå Analys AB – Slututvärdering Jobbsteget "
                          "Östergötland")
        canvas.drawRightString(A4[0] - 2 * cm, 1.3 * cm, str(doc.page))
        canvas.restoreState()

    def footnotes(lines):
        out_ = [Spacer(1, 10), HRFlowable(width="35%", thickness=0.5, color=colors.black,
                                          hAlign="LEFT")]
        for n, txt in lines:
            out_.append(Paragraph(f"<super>{n}</super> {txt}", SMALL))
        return out_

    s = []
    s.append(Spacer(1, 4 * cm))
    s.append(Paragraph("Slututvärdering av projektet Jobbsteget Östergötland 2023–2025", TITLE))
    s.append(Spacer(1, 1 * cm))
    s.append(Paragraph("Extern utvärdering på uppdrag av Linköpings kommun och "
                       "Region Östergötland", CENTER))
    s.append(Spacer(1, 3 * cm))
    s.append(Paragraph("Helena Åkesson, fil. dr", CENTER))
    s.append(Paragraph("Nordanå Analys AB, Linköping", CENTER))
    s.append(Spacer(1, 1 * cm))
    s.append(Paragraph("Oktober 2025", CENTER))
    s.append(Paragraph("Rapport 2025:14", CENTER))
    s.append(PageBreak())

    s.append(Paragraph("Sammanfattning", H1))
    s.append(Paragraph(
        "Jobbsteget Östergötland har drivits av Linköpings kommun i samverkan med Norrköpings och "
        "Motala kommuner och Arbetsförmedlingen under perioden januari 2023–juni 2025. Projektet "
        "har finansierats av Europeiska socialfonden (ESF+) och Region Östergötland med en "
        "total budget på 24,6 miljoner kronor. Målgruppen har varit arbetssökande som stått "
        "långt från arbetsmarknaden, främst utrikes födda och personer som varit inskrivna "
        "hos Arbetsförmedlingen i mer än tolv månader.", BODY))
    s.append(Paragraph(
        "Projektet har nått 530 deltagare, vilket överträffar målet på 500. Sex månader efter "
        "avslutad insats var 42 procent av deltagarna i arbete<super>1</super>, att jämföra med "
        "34 procent i en matchad jämförelsegrupp<super>2</super>. Projektmålet om 40 procent i "
        "arbete har därmed uppnåtts. Andelen kvinnor bland deltagarna var 46 procent.", BODY))
    s.append(Paragraph(
        "Bäst resultat hade validering av yrkeskunskaper, där 57 procent var i arbete efter sex "
        "månader. Svagast resultat hade starta eget-stödet (25 procent). Kvinnor var i arbete i "
        "lägre grad än män (39 jämfört med 45 procent). Kostnaden per deltagare uppgick till "
        "cirka 46 400 kronor<super>3</super>.", BODY))
    s.append(Paragraph(
        "Utvärderingens viktigaste rekommendation är att valideringsinsatsen permanentas i "
        "kommunernas ordinarie verksamhet och att starta eget-stödet omformas eller avvecklas.",
        BODY))
    s.extend(footnotes([
        (1, "Med ”i arbete” avses osubventionerad eller subventionerad anställning om minst 50 "
            "procent av heltid, enligt Arbetsförmedlingens registerdata sex månader efter "
            "avslutad insats."),
        (2, "Jämförelsegruppen (1 060 personer) har matchats på ålder, kön, utbildningsnivå, "
            "födelseregion och inskrivningstid hos Arbetsförmedlingen (propensity score "
            "matching)."),
        (3, "Total faktisk kostnad 24 610 000 kronor dividerat med 530 deltagare."),
    ]))
    s.append(PageBreak())

    s.append(Paragraph("1. Inledning och uppdrag", H1))
    s.append(Paragraph(
        "Nordanå Analys AB fick i december 2022 i uppdrag av Linköpings kommun att genomföra en "
        "lärande utvärdering av Jobbsteget Östergötland. Uppdraget omfattade en "
        "halvtidsutvärdering (rapporterad i mars 2024) och denna slututvärdering. Utvärderingen "
        "ska besvara tre frågor: i vilken utsträckning projektet har nått sina mål, vilka "
        "insatser som har bidragit mest till att deltagarna fått arbete, och hur resultaten kan "
        "tas tillvara efter projektslut.", BODY))
    s.append(Paragraph(
        "Projektet bestod av fem insatser: arbetsplatsförlagt lärande, språkstöd i arbetslivet, "
        "jobbcoachning, validering av yrkeskunskaper och starta eget-stöd. Deltagarna kunde "
        "delta i mer än en insats men redovisas i resultattabellen under den insats som var "
        "deras huvudsakliga.", BODY))
    s.append(Paragraph("2. Metod", H1))
    s.append(Paragraph(
        "Utvärderingen bygger på fyra datakällor. För det första har vi analyserat "
        "Arbetsförmedlingens registerdata för samtliga 530 deltagare sex månader efter avslutad "
        "insats. För det andra har vi genomfört 38 semistrukturerade intervjuer: 22 med "
        "deltagare, 9 med projektpersonal och 7 med arbetsgivare. För det tredje har en "
        "webbenkät skickats till alla deltagare med giltig e-postadress; 312 personer svarade, "
        "vilket ger en svarsfrekvens på 59 procent<super>4</super>. För det fjärde har vi gått "
        "igenom projektets lägesrapporter, styrgruppsprotokoll och ekonomiska redovisningar.",
        BODY))
    s.append(Paragraph(
        "För att bedöma projektets effekt har deltagarnas utfall jämförts med en matchad "
        "jämförelsegrupp om 1 060 personer som var inskrivna hos Arbetsförmedlingen i samma "
        "kommuner under samma period men som inte deltog i projektet. Jämförelsen ska tolkas med "
        "försiktighet eftersom urvalet till projektet inte var slumpmässigt.", BODY))
    s.extend(footnotes([
        (4, "Enkäten skickades till 529 deltagare. Bortfallet var störst bland deltagare i "
            "språkstöd i arbetslivet."),
    ]))
    s.append(PageBreak())

    s.append(Paragraph("3. Resultat", H1))
    s.append(Paragraph(
        "Tabell 1 visar antal deltagare och andelen som var i arbete sex månader efter avslutad "
        "insats, per insats.", BODY))
    rows = [["Insats", "Deltagare", "Andel i arbete efter 6 mån"]]
    for name, n, pct in RESULTS:
        rows.append([name, str(n), f"{pct} %"])
    tot = sum(n for _, n, _ in RESULTS)
    wavg = round(sum(n * p for _, n, p in RESULTS) / tot)
    rows.append(["Totalt", str(tot), f"{wavg} %"])
    assert tot == 530 and wavg == 42
    t = Table(rows, colWidths=[7 * cm, 3 * cm, 5.5 * cm])
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]))
    s.append(Paragraph("<b>Tabell 1. Deltagare och andel i arbete efter 6 månader per insats</b>",
                       BODY))
    s.append(t)
    s.append(Paragraph("Källa: Arbetsförmedlingens registerdata, bearbetning Nordanå Analys AB.",
                       SMALL))
    s.append(Spacer(1, 8))
    s.append(Paragraph("3.1 Skillnader mellan insatserna", H2))
    s.append(Paragraph(
        "Validering av yrkeskunskaper gav det bästa resultatet: 57 procent av de 58 deltagarna "
        "var i arbete efter sex månader. Intervjuerna visar att arbetsgivarna uppskattade att få "
        "ett dokumenterat underlag om deltagarnas kunskaper. Arbetsplatsförlagt lärande (48 "
        "procent) fungerade också väl, särskilt inom vård och omsorg samt lager och logistik.",
        BODY))
    s.append(Paragraph(
        "Språkstöd i arbetslivet hade ett lägre utfall (31 procent), men deltagarna i denna "
        "insats hade i genomsnitt längst inskrivningstid. Starta eget-stödet hade det svagaste "
        "resultatet: endast 6 av 24 deltagare hade startat ett företag eller fått anställning "
        "efter sex månader<super>5</super>.", BODY))
    s.append(Paragraph("3.2 Jämställdhet och tillgänglighet", H2))
    s.append(Paragraph(
        "Av deltagarna var 46 procent kvinnor. Kvinnor var i arbete i lägre grad än män efter sex "
        "månader, 39 procent jämfört med 45 procent. Skillnaden förklaras delvis av att kvinnor "
        "oftare deltog i språkstöd och mer sällan i arbetsplatsförlagt lärande inom industri och "
        "logistik.", BODY))
    s.extend(footnotes([
        (5, "Företagsstart räknas här som att deltagaren registrerat F-skatt och har "
            "näringsverksamhet som huvudsaklig sysselsättning."),
    ]))
    s.append(PageBreak())

    s.append(Paragraph("3.3 Samverkan och organisation", H2))
    s.append(Paragraph(
        "Samverkan mellan kommunerna och Arbetsförmedlingen beskrivs i intervjuerna som god, men "
        "försvårades under 2023 av Arbetsförmedlingens omorganisation. Arbetsgivarkontakterna "
        "byggdes i hög grad upp av enskilda jobbcoacher, vilket gör dem sårbara när personal "
        "slutar. Styrgruppen sammanträdde 11 gånger under projektperioden.", BODY))
    s.append(Paragraph("3.4 Kostnader", H2))
    s.append(Paragraph(
        "Projektets faktiska kostnader uppgick till 24,61 miljoner kronor, vilket motsvarar 100 "
        "procent av budget. Personalkostnader utgjorde 71 procent av kostnaderna. Kostnaden per "
        "deltagare var cirka 46 400 kronor, vilket är i nivå med jämförbara ESF-projekt i "
        "Sverige.", BODY))
    s.append(Paragraph("4. Slutsatser", H1))
    s.append(Paragraph(
        "Jobbsteget Östergötland har nått sina kvantitativa mål och deltagarna har i högre grad "
        "kommit i arbete än jämförelsegruppen. Skillnaden på 8 procentenheter tyder på en "
        "positiv effekt, även om den ska tolkas med försiktighet. Projektets styrka har varit "
        "nära arbetsgivarkontakter och validering; svagheten har varit att insatserna för de "
        "deltagare som står längst från arbetsmarknaden inte har gett tillräckliga resultat.",
        BODY))
    s.append(PageBreak())

    s.append(Paragraph("5. Rekommendationer", H1))
    s.append(Paragraph("Utvärderingen lämnar följande rekommendationer:", BODY))
    recs = [
        "Permanenta valideringsinsatsen i Linköpings, Norrköpings och Motala kommuners "
        "ordinarie arbetsmarknadsverksamhet från och med 2026.",
        "Koppla språkstöd i arbetslivet närmare till arbetsplatsförlagt lärande, så att "
        "språkträningen sker på arbetsplatsen.",
        "Omforma starta eget-stödet till en kortare vägledningsinsats eller avveckla det.",
        "Inför en gemensam uppföljning med Arbetsförmedlingen även 12 månader efter avslutad "
        "insats.",
        "Rikta insatser till kvinnor inom arbetsplatsförlagt lärande i industri och logistik för "
        "att minska skillnaden i utfall mellan kvinnor och män.",
        "Avsätt minst en halv tjänst per kommun för arbetsgivarkontakter, så att kontakterna inte "
        "är beroende av enskilda medarbetare.",
    ]
    for i, r in enumerate(recs, 1):
        s.append(Paragraph(f"{i}. {r}", BODY))
    s.append(Spacer(1, 12))
    s.append(Paragraph("Referenser", H2))
    for ref in ["Arbetsförmedlingen (2025). Arbetsmarknadsutsikterna för Östergötlands län.",
                "Nordanå Analys AB (2024). Halvtidsutvärdering av Jobbsteget Östergötland. "
                "Rapport 2024:03.",
                "Svenska ESF-rådet (2023). Vägledning för utvärdering av ESF+-projekt."]:
        s.append(Paragraph(ref, SMALL))

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.3 * cm, bottomMargin=2.3 * cm,
                            title="Slututvärdering Jobbsteget Östergötland 2023–2025",
                            author="Helena Åkesson, Nordanå Analys AB")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)
    return path


# --------------------------------------------------------------------------------------------
# 5. E-posttråd (TXT, Stockholm)
# --------------------------------------------------------------------------------------------
MAIL = """Från: Karin Alm <karin.alm@regionstockholm.se>
Skickat: den 14 januari 2026 16:42
Till: Styrgruppen Kompetenssamverkan Stockholm <styrgrupp.kss@regionstockholm.se>
Kopia: Emma Lund <emma.lund@regionstockholm.se>
Ämne: VB: SV: Flytt av styrgruppsmöte Kompetenssamverkan Stockholm 28 januari

Hej alla,

Tack för snabba svar! Jag vidarebefordrar hela tråden nedan så att alla, även Emma som är ny
hos oss, har bakgrunden.

Nu är det bestämt: styrgruppsmötet flyttas till tisdag den 10 februari 2026 kl. 13.00–15.30.
Eftersom Arbetsförmedlingens lokaler i Solna byggs om under februari håller vi mötet i
Regionens hus, Hantverkargatan 45, sal Norrström (plan 3). Fika serveras från kl. 12.45.

Dagordning och underlag skickas ut senast den 3 februari. Anmäl eventuellt förhinder till mig
senast samma dag.

Vänliga hälsningar
Karin Alm
Processledare, Kompetenssamverkan Stockholm
Tillväxt- och regionplaneförvaltningen, Region Stockholm
Tfn 08-123 455 10

-----Ursprungligt meddelande-----
Från: Johan Berg <johan.berg@arbetsformedlingen.se>
Skickat: den 13 januari 2026 09:15
Till: Karin Alm <karin.alm@regionstockholm.se>
Kopia: Styrgruppen Kompetenssamverkan Stockholm <styrgrupp.kss@regionstockholm.se>
Ämne: SV: Flytt av styrgruppsmöte Kompetenssamverkan Stockholm 28 januari

Hej Karin,

Torsdag 5 februari fungerar tyvärr inte för oss på Arbetsförmedlingen eftersom vi har
ledningsdag hela dagen. Jag föreslår i stället tisdag 10 februari på eftermiddagen, kl.
13.00–15.30, eller torsdag 12 februari på förmiddagen. Vi kan gärna vara hos oss på
Arbetsförmedlingen, Kolonnvägen 20 i Solna.

Mvh
Johan Berg
Sektionschef, Arbetsförmedlingen Stockholm Nord

-----Ursprungligt meddelande-----
Från: Karin Alm <karin.alm@regionstockholm.se>
Skickat: den 12 januari 2026 11:03
Till: Styrgruppen Kompetenssamverkan Stockholm <styrgrupp.kss@regionstockholm.se>
Ämne: Flytt av styrgruppsmöte Kompetenssamverkan Stockholm 28 januari

Hej,

Vårt styrgruppsmöte onsdag den 28 januari krockar tyvärr med regionstyrelsens extra
sammanträde om budgeten, och flera av er har anmält förhinder. Jag föreslår att vi flyttar
mötet till torsdag den 5 februari kl. 09.00–11.30 på Tillväxt- och regionplaneförvaltningen,
Norra Stationsgatan 69, rum Saltsjön.

Återkom gärna senast tisdag 13 januari om det fungerar.

Hälsningar
Karin Alm
Processledare, Kompetenssamverkan Stockholm
"""


def mejl(out: Path):
    path = out / "Mejltrad_flytt_styrgruppsmote.txt"
    path.write_text(MAIL, encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------
# 6. Evenemangskalender (CSV)
# --------------------------------------------------------------------------------------------
EVENTS = [
    ("2026-01-21", "Frukostseminarium: Kompetensförsörjning i besöksnäringen",
     "Kulturens hus, Luleå", "Region Norrbotten", "2026-01-14"),
    ("2026-02-04", "Informationsmöte om kompetensförsörjningsstödet (KFS), vårens omgång",
     "Regionens hus, Hantverkargatan 45, Stockholm", "Region Stockholm", "2026-01-28"),
    ("2026-02-10", "Interreg Aurora – projektverkstad", "Digitalt (Teams)",
     "Region Norrbotten", "2026-02-06"),
    ("2026-02-18", "Östgötadagen för kompetensförsörjning",
     "Louis De Geer konsert & kongress, Norrköping", "Region Östergötland", "2026-02-04"),
    ("2026-03-10", "Workshop: Så skriver du en bra projektansökan", "Regionhuset, Linköping",
     "Region Östergötland", "2026-03-02"),
    ("2026-03-18", "Nätverksträff validering", "Motala kommun, Stadshuset", "Motala kommun",
     "2026-03-11"),
    ("2026-03-25", "Regionala utvecklingsdagarna", "Kiruna stadshus", "Region Norrbotten",
     "2026-03-06"),
    ("2026-04-08", "Webbinarium: Jämställdhetsintegrering i projekt", "Digitalt (Zoom)",
     "Tillväxtverket", "2026-04-06"),
    ("2026-05-06", "Kompetensforum Stockholm", "Stockholm Waterfront Congress Centre",
     "Region Stockholm", "2026-04-15"),
    ("2026-05-20", "Lärande exempel: Jobbsteget Östergötland",
     "Linköping Konsert & Kongress", "Linköpings kommun", "2026-05-06"),
    ("2026-06-03", "Sommarmöte för regionala utvecklingsdirektörer", "Haparanda Stadshotell",
     "Sveriges Kommuner och Regioner (SKR)", "2026-05-15"),
    ("2026-08-26", "Inlandskonferensen 2026", "Arvidsjaur, Hotell Laponia", "Region Norrbotten",
     "2026-08-12"),
    ("2026-09-09", "Informationsmöte om kompetensförsörjningsstödet (KFS), höstens omgång",
     "Digitalt (Teams)", "Region Stockholm", "2026-09-07"),
    ("2026-09-23", "Automationsdagen", "Norrköping, Industrilandskapet",
     "Teknikföretagen Östergötland", "2026-09-10"),
    ("2026-10-14", "Kompetensgala Norrbotten", "Kulturens hus, Luleå", "Region Norrbotten",
     "Ingen anmälan"),
]


def kalender(out: Path):
    path = out / "Evenemangskalender_2026.csv"
    df = pd.DataFrame(EVENTS, columns=["Datum", "Evenemang", "Plats", "Arrangör",
                                       "Anmälan senast"])
    df.to_csv(path, sep=";", index=False, encoding="utf-8")
    return path


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for f in (protokoll, ansokan, faq, utvardering, mejl, kalender):
        print(f(out))


if __name__ == "__main__":
    main()
