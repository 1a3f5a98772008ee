"""Build a small knowledge base for a regional development unit (round 63).

Usage: python make_files.py OUT_DIR
Writes six files: a strategy follow-up PDF, project-support guidelines DOCX, an e-mail thread TXT,
partnership meeting notes MD, a co-financing decision PDF and an indicator export XLSX.
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

COUNTIES = ["Uppsala län", "Örebro län", "Jämtlands län"]
YEARS = list(range(2019, 2026))

# indicator: (unit, {county: base 2019}, {county: yearly trend}, decimals, goal 2030 for Örebro)
INDICATORS = {
    "Förvärvsfrekvens 20–64 år": ("procent", {"Uppsala län": 80.6, "Örebro län": 78.1, "Jämtlands län": 81.3},
                                   {"Uppsala län": 0.25, "Örebro län": 0.18, "Jämtlands län": 0.12}, 1, 82.0),
    "Andel med eftergymnasial utbildning 25–64 år": ("procent", {"Uppsala län": 51.8, "Örebro län": 38.2, "Jämtlands län": 36.4},
                                                      {"Uppsala län": 0.55, "Örebro län": 0.62, "Jämtlands län": 0.48}, 1, 45.0),
    "Nyföretagande per 1 000 invånare": ("antal", {"Uppsala län": 9.4, "Örebro län": 8.1, "Jämtlands län": 10.9},
                                          {"Uppsala län": 0.10, "Örebro län": 0.20, "Jämtlands län": 0.05}, 1, 10.0),
    "Växthusgasutsläpp": ("tusen ton koldioxidekvivalenter", {"Uppsala län": 2890, "Örebro län": 2410, "Jämtlands län": 1160},
                          {"Uppsala län": -55, "Örebro län": -50, "Jämtlands län": -20}, 0, 1500),
    "Andel hushåll med bredband minst 1 Gbit/s": ("procent", {"Uppsala län": 80.2, "Örebro län": 71.5, "Jämtlands län": 64.8},
                                                   {"Uppsala län": 2.1, "Örebro län": 3.3, "Jämtlands län": 2.9}, 1, 98.0),
    "Andel unga 20–24 år som varken arbetar eller studerar": ("procent", {"Uppsala län": 6.9, "Örebro län": 8.9, "Jämtlands län": 7.6},
                                                               {"Uppsala län": -0.05, "Örebro län": -0.03, "Jämtlands län": -0.08}, 1, 6.0),
}


def make_indicator_frame(rng):
    rows = []
    for ind, (unit, base, trend, dec, _goal) in INDICATORS.items():
        for county in COUNTIES:
            vals = []
            for i, _y in enumerate(YEARS):
                noise = rng.normal(0, abs(trend[county]) * 0.6 + (5 if dec == 0 else 0.08))
                v = base[county] + trend[county] * i + (noise if i > 0 else 0)
                vals.append(round(v, dec) if dec else int(round(v)))
            rows.append({"Län": county, "Indikator": ind, "Enhet": unit, **{str(y): v for y, v in zip(YEARS, vals)}})
    return pd.DataFrame(rows)


def sv(x, dec=1):
    """Swedish number formatting: decimal comma, space as thousands separator."""
    if dec == 0:
        return f"{int(round(x)):,}".replace(",", " ")
    return f"{x:,.{dec}f}".replace(",", " ").replace(".", ",")


def status_for(base, outcome, goal):
    progress = (outcome - base) / (goal - base)
    return "På väg" if progress >= 6 / 11 * 0.75 else "Ej på väg"


# --------------------------------------------------------------------------------------------
# 1. Strategy follow-up PDF
# --------------------------------------------------------------------------------------------
def strategy_pdf(path, ind_df, budget):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=11, leading=16,
                          alignment=TA_LEFT, spaceAfter=8)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16, spaceBefore=10, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=13, spaceBefore=8, spaceAfter=6)
    h3 = ParagraphStyle("h3", parent=ss["Heading3"], fontName="Helvetica-BoldOblique", fontSize=11, spaceBefore=6, spaceAfter=4)
    quote = ParagraphStyle("quote", parent=body, fontName="Helvetica-Oblique", leftIndent=1.4 * cm, rightIndent=1.4 * cm,
                           textColor=colors.HexColor("#333366"), fontSize=11, leading=15, spaceBefore=6, spaceAfter=10)
    title = ParagraphStyle("title", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=22, leading=28)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(2 * cm, A4[1] - 1.3 * cm, "Region Örebro län  |  Regional utvecklingsstrategi – uppföljning 2025")
        canvas.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
        canvas.drawString(2 * cm, 1.2 * cm, "Regionala utvecklingsnämnden, dnr RUN 2025/0388")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()

    P = lambda t, s=body: Paragraph(t, s)  # noqa: E731

    def bullets(items):
        return ListFlowable([ListItem(P(t), leftIndent=14, value="circle") for t in items], bulletType="bullet",
                            start="•", leftIndent=14, bulletFontSize=9)

    story = []
    story += [Spacer(1, 3 * cm), P("Regional utvecklingsstrategi – uppföljning 2025", title), Spacer(1, 0.6 * cm),
              P("Årlig uppföljning av Örebro läns regionala utvecklingsstrategi (RUS) 2021–2030, med jämförelser "
                "med Uppsala län och Jämtlands län.", body), Spacer(1, 0.4 * cm),
              P("Fastställd av regionala utvecklingsnämnden den 9 december 2025. Rapporten har tagits fram av "
                "enheten för regional analys och uppföljning.", body), Spacer(1, 6 * cm),
              P("Kontaktperson: Johan Nyström, analytiker, johan.nystrom@regionorebrolan.se", small), PageBreak(),
              P("Innehåll", h1)]
    for line in ["1 Inledning", "2 Strategins prioriteringar", "2.1 Kompetensförsörjning",
                 "2.2 Hållbar tillväxt och innovation", "2.3 Tillgänglighet och infrastruktur",
                 "2.4 Attraktiva livsmiljöer och social hållbarhet", "3 Uppföljning av indikatorer",
                 "3.1 Indikatortabell", "3.1.1 Kommentarer till utfallet", "3.2 Jämförelse med andra län",
                 "4 Genomförande och samverkan", "4.1 Styrning", "4.2 Finansiering",
                 "4.3 Samverkan med andra regioner", "4.4 Exempel på projekt", "4.5 Risker",
                 "5 Slutsatser och fortsatt arbete", "6 English summary"]:
        story.append(P(("&nbsp;&nbsp;&nbsp;&nbsp;" * line.split()[0].count(".")) + line))
    story.append(PageBreak())

    story += [P("1 Inledning", h1),
              P("Den regionala utvecklingsstrategin (RUS) antogs av regionfullmäktige i juni 2021 och gäller till och med "
                "2030. Strategin är länets gemensamma färdplan för hållbar regional utveckling och ska vägleda "
                "regionen, länets tolv kommuner, Länsstyrelsen, akademin, näringslivet och det civila samhället. "
                "Denna rapport är den fjärde årliga uppföljningen och beskriver hur länet utvecklas i förhållande till "
                "strategins mål, vilka insatser som har genomförts under 2025 och vilka utmaningar som kvarstår."),
              P("Uppföljningen bygger på sex indikatorer som valdes ut när strategin antogs. Indikatorerna hämtas från "
                "SCB, Tillväxtverket, Naturvårdsverket och Post- och telestyrelsen (PTS). För att sätta länets "
                "utveckling i ett sammanhang jämförs utfallet med Uppsala län och Jämtlands län, två län som "
                "regionen samarbetar med inom ramen för den interregionala kompetensplattformen. Utgångsläget för "
                "samtliga indikatorer är år 2019, det sista året före pandemin."),
              P("Rapporten är disponerad så att avsnitt 2 beskriver strategins prioriteringar, avsnitt 3 redovisar "
                "indikatorerna, avsnitt 4 beskriver genomförandet och finansieringen, och avsnitt 5 sammanfattar "
                "slutsatserna. En kort sammanfattning på engelska finns i avsnitt 6."),
              P("Några förkortningar används genomgående. RUS står för regional utvecklingsstrategi. KAA står för det "
                "kommunala aktivitetsansvaret, det vill säga kommunernas ansvar att hålla sig informerade om och "
                "erbjuda insatser till ungdomar under 20 år som inte studerar på gymnasiet. ERUF står för Europeiska "
                "regionala utvecklingsfonden och ESF+ för Europeiska socialfonden+. Med <i>smart specialisering</i> "
                "avses att regionen prioriterar ett fåtal styrkeområden där länet har särskilda förutsättningar att "
                "konkurrera internationellt."),
              P("2 Strategins prioriteringar", h1),
              P("Strategin har fyra prioriterade områden. Prioriteringarna gäller under hela strategiperioden och "
                "ligger till grund för regionens projektstöd och för fördelningen av de regionala "
                "utvecklingsmedlen:"),
              bullets(["Kompetensförsörjning och livslångt lärande",
                       "Hållbar tillväxt och innovation",
                       "Tillgänglighet och infrastruktur",
                       "Attraktiva livsmiljöer och social hållbarhet"]),
              Spacer(1, 6),
              P("2.1 Kompetensförsörjning", h2),
              P("Kompetensförsörjningen är länets största utmaning. Arbetsgivarna i länet har svårt att rekrytera inom "
                "vård och omsorg, teknik, byggsektorn och utbildning, samtidigt som förvärvsfrekvensen bland utrikes "
                "födda kvinnor fortfarande är låg. Under 2025 har regionen tillsammans med Arbetsförmedlingen och "
                "kommunerna startat tre branschråd och byggt ut den regionala yrkesvuxenutbildningen."),
              P("Det kommunala aktivitetsansvaret har stärkts genom en gemensam uppföljningsmodell för länets "
                "kommuner. Målet är att ingen ung person ska bli kvar utan sysselsättning längre än tre månader."),
              P("Följande insatser har prioriterats inom området under året:"),
              bullets(["Validering av yrkeskunskaper i samarbete med branschråden",
                       "Utbyggd regional yrkesvux med 420 nya platser",
                       "Kompetenslyft Bergslagen – ett projekt för omställning i industrin",
                       "Gemensam uppföljningsmodell för KAA"]),
              P("2.2 Hållbar tillväxt och innovation", h2),
              P("Länets innovationsarbete utgår från strategin för smart specialisering med tre styrkeområden: "
                "avancerad tillverkning, hållbara material och samhällsnära digitalisering. Under 2025 har "
                "innovationscheckar beviljats till 64 små och medelstora företag. Nyföretagandet har ökat sedan 2019 "
                "men ligger fortfarande under nivån i Jämtlands län."),
              P("Den gröna omställningen är en del av området. Utsläppen av växthusgaser har minskat, men inte i den "
                "takt som krävs för att nå målet 2030. Den största minskningen har skett inom industrin medan "
                "utsläppen från transporter i stort sett är oförändrade."),
              P("2.3 Tillgänglighet och infrastruktur", h2),
              P("Tillgänglighet handlar om både fysisk och digital infrastruktur. Regionen driver på för ett utbyggt "
                "dubbelspår på Mälarbanan och för att Bergslagsbanan ska rustas upp så att restiden mellan Örebro och "
                "Falun kan kortas till under två timmar. Arbetet sker i dialog med Trafikverket inom ramen för den "
                "nationella planen för transportinfrastruktur 2026–2037."),
              P("Bredbandsutbyggnaden går fortare än väntat. Andelen hushåll med tillgång till bredband om minst 1 "
                "Gbit/s har ökat kraftigt, särskilt på landsbygden där de kommunala stadsnäten och byanäten har fått "
                "stöd. Den fortsatta utbyggnaden till de sista hushållen bedöms dock bli dyr och kräver statligt stöd, "
                "vilket är ett av skälen till att regionen i sitt remissvar till PTS har föreslagit att stödet till "
                "landsbygden ska förlängas till och med 2029 och att kommuner med glesbygd ska prioriteras i "
                "fördelningen av de statliga medlen."),
              P("Kollektivtrafiken har återhämtat sig efter pandemin och antalet resor med länstrafiken var 2025 i "
                "nivå med 2019. Regionen har infört ett nytt biljettsystem och utökat turtätheten på de stråk som "
                "pekas ut i trafikförsörjningsprogrammet."),
              P("2.4 Attraktiva livsmiljöer och social hållbarhet", h2),
              P("Länets attraktionskraft avgörs av tillgången till bostäder, service, kultur och natur. Flera av länets "
                "mindre kommuner har en åldrande befolkning och minskande skatteunderlag, samtidigt som Örebro tätort "
                "växer snabbt. Regionen stödjer därför arbetet med lokala utvecklingsplaner och servicepunkter på "
                "landsbygden. Under 2025 har tolv servicepunkter fått stöd, och kulturverksamheten har nått fler "
                "barn och unga än före pandemin."),
              P("Social hållbarhet handlar också om att minska skillnaderna i hälsa och livsvillkor mellan olika "
                "grupper och delar av länet. Skillnaden i medellivslängd mellan kommunen med högst och kommunen med "
                "lägst medellivslängd är drygt fyra år. Regionen har i samarbete med kommunerna och civilsamhället "
                "tagit fram en gemensam plan för det förebyggande arbetet med barn och unga, som ska följas upp "
                "årligen av folkhälsoenheten."),
              P("Inom området har regionen prioriterat följande under 2025:"),
              bullets(["Servicepunkter och lokala utvecklingsplaner på landsbygden",
                       "Kultur för barn och unga i hela länet",
                       "Gemensam plan för förebyggande arbete med barn och unga"]),
              ]

    story += [PageBreak(), P("3 Uppföljning av indikatorer", h1),
              P("I detta avsnitt redovisas de sex indikatorerna för Örebro län. Tabellen visar utgångsläget 2019, målet "
                "för 2030, utfallet 2025 och en bedömning av om länet är på väg mot målet. Bedömningen <i>På väg</i> "
                "innebär att utvecklingen sedan 2019 motsvarar minst tre fjärdedelar av den takt som krävs för att nå "
                "målet 2030; annars anges <i>Ej på väg</i>."),
              P("3.1 Indikatortabell", h2)]
    ore = ind_df[ind_df["Län"] == "Örebro län"].set_index("Indikator")
    rows = [["Indikator", "Utgångsläge", "Mål 2030", "Utfall 2025", "Status"]]
    statuses = {}
    for ind, (unit, _b, _t, dec, goal) in INDICATORS.items():
        base, outcome = ore.loc[ind, "2019"], ore.loc[ind, "2025"]
        st = status_for(base, outcome, goal)
        statuses[ind] = st
        label = ind + (" (tusen ton)" if dec == 0 else " (%)" if unit == "procent" else "")
        rows.append([Paragraph(label, small), sv(base, dec), sv(goal, dec), sv(outcome, dec), st])
    t = Table(rows, colWidths=[7 * cm, 2.3 * cm, 2.1 * cm, 2.3 * cm, 2.3 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("ALIGN", (1, 1), (3, -1), "RIGHT")]))
    story += [t, P("Tabell 1. Indikatorer för Örebro län. Källa: SCB, Tillväxtverket, Naturvårdsverket och PTS.", small),
              P("3.1.1 Kommentarer till utfallet", h3),
              P("Tre av sex indikatorer bedöms vara på väg mot målet. Förvärvsfrekvensen har ökat något men inte "
                "tillräckligt. Andelen med eftergymnasial utbildning ökar stadigt, vilket delvis förklaras av att "
                "Örebro universitet har utökat antalet utbildningsplatser. Växthusgasutsläppen minskar men i för låg "
                "takt."),
              P("Andelen unga som varken arbetar eller studerar är i stort sett oförändrad sedan 2019, vilket är "
                "oroande. Arbetet inom det kommunala aktivitetsansvaret behöver därför utvecklas vidare."),
              Paragraph("&ldquo;Vi har kommit en bra bit på vägen när det gäller bredband och utbildning, men vi får "
                        "inte blunda för att alltför många unga står utanför både arbete och studier. Det är där "
                        "de kommande årens insatser måste göra skillnad.&rdquo;<br/>"
                        "&mdash; Eva Sandberg, ordförande i regionala utvecklingsnämnden", quote),
              P("3.2 Jämförelse med andra län", h2),
              P("Jämfört med Uppsala län har Örebro län en lägre andel med eftergymnasial utbildning och lägre "
                "förvärvsfrekvens, medan skillnaden i nyföretagande har minskat. Jämtlands län har högst "
                "nyföretagande av de tre länen men lägst andel hushåll med snabbt bredband. De fullständiga "
                "tidsserierna för alla tre län finns i statistikbilagan (RUS_indikatorer_lan.xlsx)."),
              P("Jämförelsen ska tolkas med försiktighet. Länen skiljer sig åt i befolkningsstruktur och "
                "näringslivets sammansättning, och för växthusgasutsläppen påverkas nivån starkt av enskilda "
                "stora industrianläggningar."),
              ]

    story += [PageBreak(), P("4 Genomförande och samverkan", h1),
              P("4.1 Styrning", h2),
              P("Genomförandet av strategin leds av en styrgrupp med företrädare för regionen, kommunerna, "
                "Länsstyrelsen och Örebro universitet. Styrgruppen leds av regionalutvecklingsdirektör Karin Ekholm "
                "och sammanträder fyra gånger per år. Det löpande arbetet samordnas av enheten för regional analys "
                "och uppföljning."),
              P("Vid styrgruppens möte den 14 oktober 2025 beslutades att en ny handlingsplan för "
                "kompetensförsörjning ska tas fram och vara klar senast i juni 2026. Styrgruppen beslutade också att "
                "en halvtidsutvärdering av strategin ska genomföras av en extern utvärderare och vara klar den 30 "
                "september 2026. Utvärderingen ska särskilt belysa indikatorerna som bedöms som <i>Ej på väg</i>."),
              P("Partnerskapet, där länets tolv kommuner ingår, träffas två gånger per år och är det forum där "
                "kommunerna kan påverka prioriteringarna och följa arbetet."),
              P("4.2 Finansiering", h2),
              P("Totalt beviljades 47 projekt stöd ur de regionala utvecklingsmedlen under 2025 med sammanlagt "
                "38,6 miljoner kronor. Därtill kommer medfinansiering till projekt inom ERUF och ESF+. Tabellen "
                "nedan visar budget och utfall per insatsområde för regionens egna utvecklingsmedel."),
              ]
    brows = [["Insatsområde", "Budget 2025 (tkr)", "Utfall 2025 (tkr)"]]
    for _, r in budget.iterrows():
        brows.append([r["Insatsområde"], sv(r["Budget"], 0), sv(r["Utfall"], 0)])
    brows.append(["Summa", sv(budget["Budget"].sum(), 0), sv(budget["Utfall"].sum(), 0)])
    bt = Table(brows, colWidths=[8 * cm, 3.5 * cm, 3.5 * cm])
    bt.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    story += [bt, P("Tabell 2. Budget och utfall för regionala utvecklingsmedel 2025, tusental kronor.", small),
              P("Avvikelsen mot budget förklaras främst av att två större infrastrukturprojekt har skjutits upp till "
                "2026 i väntan på Trafikverkets beslut. Outnyttjade medel inom tillgänglighet förs över till nästa år."),
              P("4.3 Samverkan med andra regioner", h2),
              P("Region Örebro län samarbetar med Region Uppsala och Region Jämtland Härjedalen i en interregional "
                "kompetensplattform. Plattformen ska utbyta erfarenheter om validering och branschråd och genomför "
                "under våren 2026 en gemensam workshop i Östersund. Samarbetet finansieras gemensamt av de tre "
                "regionerna."),
              P("5 Slutsatser och fortsatt arbete", h1),
              P("Uppföljningen visar att länet utvecklas i rätt riktning inom utbildning, bredband och nyföretagande, "
                "men att utvecklingen är för långsam när det gäller sysselsättning, unga som står utanför och "
                "klimatomställningen. Regionen föreslår därför följande inriktning för 2026:"),
              bullets(["En ny handlingsplan för kompetensförsörjning med fokus på unga och utrikes födda kvinnor",
                       "Ökad andel av utvecklingsmedlen till klimatomställning inom transporter",
                       "Fortsatt stöd till bredband på landsbygden",
                       "En extern halvtidsutvärdering av strategin"]),
              P("Nästa uppföljning publiceras i december 2026 och kommer då att kunna ta hänsyn till "
                "halvtidsutvärderingens resultat."),
              PageBreak(), P("6 English summary", h1),
              P("This report is the fourth annual follow-up of the Regional Development Strategy (RUS) 2021–2030 for "
                "Örebro County. Three of the six indicators are on track to reach their 2030 targets: the share of "
                "adults with post-secondary education, new business start-ups and access to broadband of at least "
                "1 Gbit/s. Employment, young people not in employment or education, and greenhouse gas emissions are "
                "not on track. Emissions have decreased since 2019, but far too slowly to reach the target of 1,500 "
                "thousand tonnes in 2030."),
              P("In 2025, 47 projects received a total of SEK 38.6 million from the regional development funds. "
                "The steering group has decided to produce a new action plan for skills supply by June 2026 and to "
                "commission an external mid-term evaluation, due on 30 September 2026."),
              ]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm,
                            bottomMargin=2 * cm, title="Regional utvecklingsstrategi – uppföljning 2025",
                            author="Region Örebro län")
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)
    return statuses


# --------------------------------------------------------------------------------------------
# 2. Guidelines DOCX
# --------------------------------------------------------------------------------------------
SUPPORT_LEVELS = [("Förstudie", "70 %", "300 000 kr"),
                  ("Genomförandeprojekt", "50 %", "3 000 000 kr"),
                  ("Investeringsstöd till företag", "30 %", "1 500 000 kr"),
                  ("Innovationscheck", "50 %", "100 000 kr")]


def guidelines_docx(path):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Riktlinjer för regionalt projektstöd", 0)
    d.add_paragraph("Region Örebro län, regionala utvecklingsnämnden. Gäller från och med den 1 januari 2026. "
                    "Dnr RUN 2025/0301.")
    d.add_heading("1 Syfte", 1)
    d.add_paragraph("Riktlinjerna beskriver hur regionala utvecklingsnämnden fördelar regionala utvecklingsmedel "
                    "(anslag 1:1) och regionens egna projektmedel. Stödet ska bidra till att genomföra den regionala "
                    "utvecklingsstrategin (RUS) och dess fyra prioriteringar.")
    d.add_heading("2 Vem kan söka", 1)
    d.add_paragraph("Kommuner, kommunala bolag, lärosäten, myndigheter, ideella organisationer och företag med "
                    "verksamhet i Örebro län kan söka stöd. Privatpersoner kan inte söka.")
    d.add_heading("3 Regler för stöd", 1)
    rules = [
        "3.1 Stöd lämnas endast till projekt som bidrar till minst en av prioriteringarna i RUS.",
        "3.2 Ett projekt får inte påbörjas innan ansökan har kommit in till regionen. Kostnader som uppstått före "
        "ansökningsdagen är inte stödberättigande.",
        "3.3 Projekttiden får vara högst 36 månader. Förstudier får pågå i högst 12 månader.",
        "3.4 Regionens stöd får inte överstiga den högsta stödnivån i avsnitt 5. Resterande del ska finansieras med "
        "offentlig eller privat medfinansiering.",
        "3.5 Ideella organisationer får räkna ideellt arbete som medfinansiering med 300 kronor per timme.",
        "3.6 Stödet betalas ut i efterhand mot redovisade och betalda kostnader. Förskott kan lämnas med högst 20 "
        "procent av beviljat belopp.",
        "3.7 En slutrapport ska lämnas senast tre månader efter projektets slutdatum. Sista utbetalningen görs först "
        "när slutrapporten har godkänts.",
        "3.8 Stöd till företag lämnas enligt reglerna om stöd av mindre betydelse (de minimis).",
    ]
    for r in rules:
        d.add_paragraph(r)
    d.add_heading("4 Bedömningskriterier", 1)
    d.add_paragraph("Ansökningarna bedöms utifrån följande kriterier:")
    for c in ["Projektets bidrag till RUS och till minst en av dess prioriteringar",
              "Förankring hos berörda kommuner och andra aktörer",
              "Tydliga och mätbara mål samt en realistisk budget",
              "Hur resultaten tas tillvara efter projekttiden",
              "Projektets effekter på jämställdhet, integration och miljö"]:
        d.add_paragraph(c, style="List Bullet")
    d.add_heading("5 Stödnivåer", 1)
    d.add_paragraph("Tabellen visar högsta stödnivå (andel av projektets stödberättigande kostnader) och högsta "
                    "belopp per stödform.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Stödform", "Högsta stödnivå", "Max belopp"]):
        c.text = h
    for row in SUPPORT_LEVELS:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_heading("6 Ansökan och tidsfrister", 1)
    d.add_paragraph("Ansökan görs i Tillväxtverkets e-tjänst Min ansökan. Ansökningar om förstudier och "
                    "innovationscheckar tas emot löpande, medan ansökningar om genomförandeprojekt och "
                    "investeringsstöd ska ha kommit in senast den 15 mars respektive den 15 september för att "
                    "behandlas vid nämndens beslutsmöte i maj respektive november. Beslut om förstudier fattas på "
                    "delegation inom sex veckor.")
    d.add_heading("7 Ordlista", 1)
    for term, expl in [
        ("Medfinansiering", "pengar eller arbetstid från andra parter än regionen som tillsammans med regionens "
                            "stöd finansierar projektet."),
        ("De minimis", "stöd av mindre betydelse enligt EU:s regler. Ett företag får ta emot högst 300 000 euro i "
                       "sådant stöd under en period av tre år."),
        ("Stödberättigande kostnader", "kostnader som är nödvändiga för projektet, har uppstått under "
                                       "projekttiden och kan styrkas med underlag."),
    ]:
        p = d.add_paragraph()
        p.add_run(term + ": ").bold = True
        p.add_run(expl)
    d.core_properties.title = "Riktlinjer för regionalt projektstöd"
    d.save(str(path))


# --------------------------------------------------------------------------------------------
# 3. E-mail thread TXT
# --------------------------------------------------------------------------------------------
EMAIL = """Från: Lina Berg <lina.berg@regionjh.se>
Skickat: den 9 december 2025 14:12
Till: Johan Nyström <johan.nystrom@regionorebrolan.se>; Mikael Sjöberg <mikael.sjoberg@regionuppsala.se>
Ämne: SV: SV: SV: Workshop kompetensplattformen i Östersund

Hej båda,

Nu är det bestämt: workshopen blir torsdagen den 12 mars 2026 i Östersund, på Mittuniversitetets campus
(sal Q221). Vi håller på kl. 9.30–15.30 och lunch ingår. Februaridatumet gick inte eftersom lokalen var
upptagen av vintersportveckan.

Tack Mikael för erbjudandet om lokalkostnaden – det gör att vi klarar budgeten. Jag skickar en inbjudan
till branschråden före jul.

Vänliga hälsningar
Lina Berg
Utvecklingsstrateg, Region Jämtland Härjedalen
063-14 75 00

> Från: Mikael Sjöberg <mikael.sjoberg@regionuppsala.se>
> Skickat: den 5 december 2025 10:47
> Till: Lina Berg; Johan Nyström
> Ämne: SV: SV: Workshop kompetensplattformen i Östersund
>
> Hej!
>
> Region Uppsala kan stå för 40 000 kronor av lokalkostnaden, så länge vi får ta med fyra personer från
> våra branschråd. Resten av kostnaderna delar vi lika som tidigare.
>
> Mvh
> Mikael Sjöberg
> Regional utvecklare, Region Uppsala
>
>> Från: Johan Nyström <johan.nystrom@regionorebrolan.se>
>> Skickat: den 2 december 2025 16:05
>> Till: Lina Berg; Mikael Sjöberg
>> Ämne: SV: Workshop kompetensplattformen i Östersund
>>
>> Hej Lina,
>>
>> Den 19 februari passar oss bra. Totalt räknar vi med en kostnad på cirka 95 000 kronor för lokal,
>> lunch och resor. Från Örebro kommer vi att vara sex personer.
>>
>> /Johan
>> Johan Nyström, analytiker
>> Region Örebro län
>>
>>> Från: Lina Berg <lina.berg@regionjh.se>
>>> Skickat: den 28 november 2025 09:20
>>> Till: Johan Nyström; Mikael Sjöberg
>>> Ämne: Workshop kompetensplattformen i Östersund
>>>
>>> Hej,
>>>
>>> Som vi pratade om på partnerskapsmötet vill vi bjuda in till en gemensam workshop om validering och
>>> branschråd. Jag föreslår torsdag den 19 februari 2026 i Östersund. Passar det?
>>>
>>> Hälsningar
>>> Lina
"""


# --------------------------------------------------------------------------------------------
# 4. Meeting notes MD
# --------------------------------------------------------------------------------------------
NOTES = """# Minnesanteckningar – Partnerskapsmöte RUS

**Datum:** 2025-11-20, kl. 13.00–16.00
**Plats:** Region Örebro län, Eklundavägen 1, Örebro (samt digitalt)
**Ordförande:** Karin Ekholm
**Antecknare:** Sara Holm

## Närvarande

- Karin Ekholm, regionalutvecklingsdirektör, Region Örebro län
- Johan Nyström, analytiker, Region Örebro län
- Sara Holm, strateg kompetensförsörjning, Region Örebro län
- Ahmed Karimi, näringslivschef, Lindesbergs kommun
- Maria Lund, kommundirektör, Kumla kommun
- Per Ottosson, Länsstyrelsen i Örebro län
- Lina Berg, Region Jämtland Härjedalen (digitalt)

## 1. Inledning

Karin Ekholm hälsade välkommen. Dagordningen godkändes. Minnesanteckningarna från mötet den 22 maj 2025 lades
till handlingarna.

## 2. Lägesrapport om uppföljningen av RUS

Johan Nyström presenterade utkastet till uppföljningsrapporten 2025. Tre av sex indikatorer är på väg mot målet.
Förvärvsfrekvensen, andelen unga som varken arbetar eller studerar och växthusgasutsläppen är inte på väg.
Kommunerna efterfrågade uppgifter på kommunnivå, vilket inte finns i nuvarande statistikbilaga.

## 3. Kompetensförsörjning

Sara Holm berättade om arbetet med den nya handlingsplanen för kompetensförsörjning som styrgruppen beslutade
om i oktober. Kommunerna vill att planen särskilt tar upp vård och omsorg och unga inom KAA.

**Beslut:** Partnerskapet ställer sig bakom att handlingsplanen tas fram och att kommunerna bjuds in till två
dialogmöten under våren 2026.

## 4. Ansökningsomgång våren 2026

Per Ottosson påminde om att ansökningar om genomförandeprojekt ska ha kommit in senast den 15 mars 2026.
Lindesbergs kommun har fått besked om medfinansiering till Kompetenslyft Bergslagen.

## 5. Bredbandsmålet

Ahmed Karimi framförde att målet om 98 procent av hushållen med 1 Gbit/s år 2030 är svårt att nå i
glesbygden. Kommunerna ombads skicka in synpunkter.

## 6. Övrigt

Nästa partnerskapsmöte hålls den 21 maj 2026.

## Åtgärdslista

- [ ] Ta fram underlag för handlingsplan för kompetensförsörjning – Ansvarig: Sara Holm, Klart: 2026-02-15
- [x] Skicka ut indikatorrapporten till kommunerna – Ansvarig: Johan Nyström, Klart: 2025-11-30
- [ ] Boka lokal för workshop i Östersund – Ansvarig: Lina Berg, Klart: 2026-01-20
- [ ] Sammanställa kommunernas synpunkter på bredbandsmålet – Ansvarig: Ahmed Karimi, Klart: 2026-03-01
- [ ] Bjuda in kommunerna till dialogmöten om handlingsplanen – Ansvarig: Maria Lund, Klart: 2026-01-31
"""


# --------------------------------------------------------------------------------------------
# 5. Decision letter PDF
# --------------------------------------------------------------------------------------------
def decision_pdf(path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=7)
    h = ParagraphStyle("h", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16, spaceAfter=10)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, spaceBefore=6)
    P = lambda t, s=body: Paragraph(t, s)  # noqa: E731

    def letterhead(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(2 * cm, A4[1] - 1.6 * cm, "Region Örebro län")
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(A4[0] - 2 * cm, A4[1] - 1.6 * cm, "BESLUT")
        canvas.drawRightString(A4[0] - 2 * cm, A4[1] - 2.0 * cm, "Diarienummer: RUN 2025/0412")
        canvas.drawString(2 * cm, 1.2 * cm, "Region Örebro län, Box 1613, 701 16 Örebro  |  Växel 019-602 10 00")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{doc.page} (2)")
        canvas.restoreState()

    meta = Table([["Beslutsdatum:", "2025-10-28"], ["Diarienummer:", "RUN 2025/0412"],
                  ["Sökande:", "Lindesbergs kommun (org.nr 212000-1983)"],
                  ["Projekt:", "Kompetenslyft Bergslagen"],
                  ["Projektperiod:", "2026-01-01 – 2027-12-31"]], colWidths=[3.5 * cm, 11 * cm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold", 10), ("FONT", (1, 0), (1, -1), "Helvetica", 10)]))
    story = [Spacer(1, 1.2 * cm), P("Beslut om medfinansiering", h), meta, Spacer(1, 8),
             P("Beslut", h2),
             P("Region Örebro län beviljar Lindesbergs kommun medfinansiering med högst <b>1 250 000 kronor</b> "
               "till projektet Kompetenslyft Bergslagen. Kommunen ansökte om 1 800 000 kronor. Stödet motsvarar högst "
               "50 procent av projektets stödberättigande kostnader, som enligt den godkända budgeten uppgår till "
               "2 500 000 kronor. Medlen belastar anslaget för regionala utvecklingsmedel 2026–2027."),
             P("Motivering", h2),
             P("Projektet ska ge omställningsstöd och validering till anställda i industrin i norra Örebro län och "
               "bidrar därmed till prioriteringen Kompetensförsörjning och livslångt lärande i den regionala "
               "utvecklingsstrategin. Ansökan uppfyller kraven i Riktlinjer för regionalt projektstöd. Det "
               "sökta beloppet har sänkts eftersom kostnaderna för extern processledning inte bedöms som "
               "stödberättigande."),
             P("Villkor för stödet", h2),
             ListFlowable([ListItem(P(t)) for t in [
                 "Projektet ska genomföras i enlighet med ansökan och den godkända budgeten.",
                 "Lindesbergs kommun ska själv medfinansiera projektet med minst 1 250 000 kronor.",
                 "En lägesrapport ska lämnas senast den 31 januari 2027.",
                 "Slutrapport och slutredovisning ska lämnas senast den 31 mars 2028.",
                 "Region Örebro län ska anges som finansiär i all information om projektet.",
             ]], bulletType="1", bulletFormat="%s.", leftIndent=18),
             P("Upplysningar", h2),
             P("Stödet betalas ut i efterhand mot redovisade kostnader. Förskott kan lämnas med högst 20 procent av "
               "beviljat belopp. Om villkoren inte följs kan stödet helt eller delvis återkrävas."),
             P("Beslutet kan inte överklagas enligt förvaltningslagen, men kan prövas genom laglighetsprövning "
               "enligt 13 kap. kommunallagen."),
             Spacer(1, 0.8 * cm),
             P("Beslut i detta ärende har fattats av regionalutvecklingsdirektör Karin Ekholm på delegation från "
               "regionala utvecklingsnämnden. Föredragande har varit analytiker Johan Nyström."),
             Spacer(1, 0.6 * cm),
             P("Karin Ekholm<br/>Regionalutvecklingsdirektör"),
             Spacer(1, 0.4 * cm),
             P("Kopia: Lindesbergs kommun, Ahmed Karimi; Region Örebro län, ekonomienheten"),
             ]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.6 * cm,
                      bottomMargin=2 * cm, title="Beslut om medfinansiering").build(
        story, onFirstPage=letterhead, onLaterPages=letterhead)


# --------------------------------------------------------------------------------------------
# 6. XLSX export
# --------------------------------------------------------------------------------------------
def indicator_xlsx(path, df):
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        df.to_excel(xw, sheet_name="Indikatorer", index=False, startrow=2)
        ws = xw.sheets["Indikatorer"]
        ws["A1"] = "RUS-indikatorer per län 2019–2025. Källa: SCB, Tillväxtverket, Naturvårdsverket, PTS; bearbetning Region Örebro län"
        last = len(df) + 4
        ws.cell(row=last + 1, column=1, value="Anm. Växthusgasutsläpp avser tusen ton koldioxidekvivalenter. 2025 års värden är preliminära.")


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(63)
    df = make_indicator_frame(rng)
    budget = pd.DataFrame({
        "Insatsområde": ["Kompetensförsörjning och livslångt lärande", "Hållbar tillväxt och innovation",
                         "Tillgänglighet och infrastruktur", "Attraktiva livsmiljöer och social hållbarhet",
                         "Samverkan, analys och uppföljning"],
        "Budget": [int(round(x, -2)) for x in rng.uniform(4000, 14000, 5)],
    })
    budget["Utfall"] = [int(round(b * f, -1)) for b, f in zip(budget["Budget"], rng.uniform(0.72, 1.04, 5))]
    statuses = strategy_pdf(out / "Regional_utvecklingsstrategi_uppfoljning_2025.pdf", df, budget)
    guidelines_docx(out / "Riktlinjer_regionalt_projektstod.docx")
    (out / "Mejltrad_workshop_Ostersund.txt").write_text(EMAIL, encoding="utf-8")
    (out / "Partnerskapsmote_2025-11-20.md").write_text(NOTES, encoding="utf-8")
    decision_pdf(out / "Beslut_om_medfinansiering_RUN-2025-0412.pdf")
    indicator_xlsx(out / "RUS_indikatorer_lan.xlsx", df)
    for k, v in statuses.items():
        print(f"{k}: {v}")


if __name__ == "__main__":
    main()
