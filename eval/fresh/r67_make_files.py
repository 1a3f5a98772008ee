"""Write a small knowledge base for a regional development unit (round 67).

Usage: python make_files.py OUT_DIR
"""
import os
import sys

import numpy as np
import pandas as pd
from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

RNG = np.random.default_rng(67)

FONT_DIR = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("Lib", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Lib-B", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf")))

SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontName="Lib", fontSize=10.5, leading=14,
                      spaceAfter=6)
H1 = ParagraphStyle("h1", parent=SS["Heading1"], fontName="Lib-B", fontSize=17, leading=21,
                    spaceAfter=10)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontName="Lib-B", fontSize=13, leading=16,
                    spaceBefore=8, spaceAfter=6)
H3 = ParagraphStyle("h3", parent=SS["Heading3"], fontName="Lib-B", fontSize=11, leading=14,
                    spaceBefore=6, spaceAfter=4)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=11)


def sv(n, dec=0):
    """Swedish number format: space thousands, comma decimals."""
    s = f"{n:,.{dec}f}".replace(",", " ").replace(".", ",")
    return s


def footer(text):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Lib", 8.5)
        canvas.drawString(2 * cm, 1.2 * cm, text)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()
    return draw


def ruled(data, widths, header_rows=1, total_last=False):
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    style = [
        ("FONT", (0, 0), (-1, -1), "Lib", 9.5),
        ("FONT", (0, 0), (-1, header_rows - 1), "Lib-B", 9.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("ALIGN", (1, header_rows), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#dde6ee")),
    ]
    if total_last:
        style.append(("FONT", (0, -1), (-1, -1), "Lib-B", 9.5))
    t.setStyle(TableStyle(style))
    return t


# ---------------------------------------------------------------------------
# 1. Remissvar RUS Kalmar län (PDF, 6 pages)
# ---------------------------------------------------------------------------
KALMAR_POP = {  # approximate 2024 levels, noise added below
    "Borgholm": 10900, "Emmaboda": 9300, "Hultsfred": 13900, "Högsby": 5800,
    "Kalmar": 71800, "Mönsterås": 13300, "Mörbylånga": 15700, "Nybro": 19900,
    "Oskarshamn": 27000, "Torsås": 7100, "Vimmerby": 15400, "Västervik": 36500,
}


def kalmar_table():
    rows = []
    for k, p in KALMAR_POP.items():
        p24 = int(round(p * (1 + RNG.normal(0, 0.01))))
        p20 = int(round(p24 / (1 + RNG.normal(0.012, 0.02))))
        emp = round(float(RNG.uniform(76.0, 84.5)), 1)
        rows.append((k, p20, p24, emp))
    return rows


def remissvar(path):
    rows = kalmar_table()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2.2 * cm,
                            title="Remissvar: Regional utvecklingsstrategi för Kalmar län 2027–2040",
                            author="Västerviks kommun, kommunstyrelsen")
    s = []
    s.append(Paragraph("Västerviks kommun<br/>Kommunstyrelsen", BODY))
    s.append(Paragraph("Datum: 2026-02-16<br/>Diarienummer: KS 2025/0412<br/>"
                       "Er referens: RS 2025/1187", BODY))
    s.append(Paragraph("Till: Region Kalmar län, regionstyrelsen<br/>"
                       "registrator@regionkalmar.se", BODY))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Remissvar: Regional utvecklingsstrategi för Kalmar län 2027–2040", H1))
    s.append(Paragraph(
        "Västerviks kommun har av Region Kalmar län beretts möjlighet att yttra sig över förslaget "
        "till ny regional utvecklingsstrategi (RUS) för Kalmar län 2027–2040. Remisstiden löpte "
        "till den 28 februari 2026. Kommunen lämnar nedan sina synpunkter och sin ställning till "
        "förslaget avsnitt för avsnitt, i samma numrering som i remissversionen. Där kommunen inte "
        "tar ställning till ett avsnitt anges att kommunen inte har några synpunkter.", BODY))
    s.append(Paragraph("Sammanfattning", H2))
    s.append(Paragraph(
        "Västerviks kommun ställer sig i huvudsak bakom förslaget och delar visionen om ett "
        "hållbart, attraktivt och öppet Kalmar län. Kommunen tillstyrker förslagen om en "
        "länsgemensam kompetensplattform, om bredbandsutbyggnad, om Tjustbanan och om målet för "
        "förnybar energi. Kommunen avstyrker däremot förslaget att koncentrera de regionala "
        "tillväxtmedlen till de tre största kommunerna (avsnitt 4.2), förslaget att ersätta "
        "landsbygdslinjer med anropsstyrd trafik (avsnitt 5.2) och förslaget om uppföljning "
        "endast vart fjärde år (avsnitt 7.2).", BODY))
    s.append(Paragraph("1 Inledning", H2))
    s.append(Paragraph("1.1 Förslagets syfte och process: Västerviks kommun har inga synpunkter.",
                       BODY))
    s.append(Paragraph(
        "Kommunen noterar att dialogen med kommunerna under framtagandet har varit god och att "
        "kommunens tjänstepersoner deltagit i fyra regionala workshoppar under 2025.", BODY))
    s.append(Paragraph("2 Vision och övergripande mål", H2))
    s.append(Paragraph(
        "2.1 Förslaget om visionen ”Kalmar län – hållbart, attraktivt och öppet 2040”: "
        "Västerviks kommun tillstyrker.", BODY))
    s.append(Paragraph(
        "Visionen är tydlig och kan användas i kommunens egen översiktsplanering. Kommunen "
        "föreslår att de övergripande målen kompletteras med ett mål för bostadsförsörjning.",
        BODY))
    s.append(Paragraph("3 Utgångspunkter och analys", H2))
    s.append(Paragraph(
        "3.1 Förslagets beskrivning av befolkningsutvecklingen: Västerviks kommun tillstyrker "
        "med en kommentar. Analysen bör redovisa utvecklingen per kommun och inte bara för länet "
        "som helhet. Kommunen bifogar därför en sammanställning över befolkning och "
        "sysselsättningsgrad i länets kommuner (bilaga 1).", BODY))
    s.append(Paragraph(
        "3.2 Förslagets analys av näringslivets struktur: Västerviks kommun har inga synpunkter.",
        BODY))
    s.append(PageBreak())

    s.append(Paragraph("4 Prioriterade utvecklingsområden", H2))
    s.append(Paragraph("4.1 Förslaget om en länsgemensam kompetensplattform", H3))
    s.append(Paragraph(
        "Västerviks kommun tillstyrker. En gemensam kompetensplattform där kommunerna, "
        "Linnéuniversitetet och arbetsförmedlingen samverkar behövs för att möta "
        "rekryteringsbehoven i industrin och i välfärden. Kommunen är beredd att bidra med en "
        "halvtidstjänst till plattformens kansli från och med 2027.", BODY))
    s.append(Paragraph(
        "4.2 Förslaget om att koncentrera regionala tillväxtmedel till de tre största kommunerna",
        H3))
    s.append(Paragraph(
        "Västerviks kommun avstyrker. Förslaget innebär att minst 70 procent av de regionala "
        "tillväxtmedlen ska gå till insatser i Kalmar, Västervik och Oskarshamn. Även om "
        "Västervik gynnas av förslaget bedömer kommunen att det riskerar att försvaga länets "
        "mindre kommuner och bryter mot principen om hela länets utveckling. Kommunen anser att "
        "medlen i stället ska fördelas efter behov och projektkvalitet.", BODY))
    s.append(Paragraph(
        "4.3 Förslaget om en regional bredbandsstrategi med 98 procent täckning 2030", H3))
    s.append(Paragraph(
        "Västerviks kommun tillstyrker. Kommunen vill dock påpeka att kostnaden för de sista "
        "hushållen i skärgården är mycket hög och att statligt stöd kommer att behövas. I dag "
        "har 91 procent av hushållen i Västerviks kommun tillgång till minst 1 Gbit/s.", BODY))
    s.append(Paragraph("4.4 Förslaget om en gemensam varumärkesplattform för besöksnäringen",
                       H3))
    s.append(Paragraph("Västerviks kommun har inga synpunkter.", BODY))
    s.append(Paragraph("4.5 Förslaget om ett regionalt bostadsförsörjningsprogram", H3))
    s.append(Paragraph(
        "Västerviks kommun tillstyrker. Kommunen ser ett stort behov av hyresrätter i "
        "kustområdet och välkomnar ett regionalt program med gemensamma underlag.", BODY))
    s.append(PageBreak())

    s.append(Paragraph("5 Infrastruktur och kommunikationer", H2))
    s.append(Paragraph("5.1 Förslaget om att prioritera upprustning av Tjustbanan", H3))
    s.append(Paragraph(
        "Västerviks kommun tillstyrker. Tjustbanan mellan Västervik och Linköping är avgörande "
        "för arbetspendling och för näringslivets godstransporter. Kommunen vill att "
        "upprustningen tidigareläggs så att restiden Västervik–Linköping kan kortas till under "
        "90 minuter före 2032.", BODY))
    s.append(Paragraph(
        "5.2 Förslaget om att ersätta landsbygdslinjer med anropsstyrd trafik", H3))
    s.append(Paragraph(
        "Västerviks kommun avstyrker. Anropsstyrd trafik kan vara ett komplement men inte "
        "ersätta linjelagd trafik för skolelever och arbetspendlare i kommunens norra delar. "
        "Kommunen föreslår att förslaget utreds vidare tillsammans med Kalmar länstrafik.", BODY))
    s.append(Paragraph("5.3 Förslaget om en regional laddinfrastrukturplan", H3))
    s.append(Paragraph("Västerviks kommun har inga synpunkter.", BODY))
    s.append(Paragraph(
        "Kommunen konstaterar att en egen laddinfrastrukturplan antogs av kommunfullmäktige i "
        "juni 2025 och att den regionala planen bör samordnas med kommunernas planer.", BODY))
    s.append(PageBreak())

    s.append(Paragraph("6 Klimat och energi", H2))
    s.append(Paragraph(
        "6.1 Förslaget om att 80 procent av länets energianvändning ska vara förnybar 2040", H3))
    s.append(Paragraph(
        "Västerviks kommun tillstyrker. Kommunen bedömer målet som ambitiöst men nåbart och "
        "pekar på att fjärrvärmen i Västervik redan i dag är helt förnybar.", BODY))
    s.append(Paragraph("6.2 Förslaget om havsbaserad vindkraft i Kalmarsund", H3))
    s.append(Paragraph("Västerviks kommun har inga synpunkter.", BODY))
    s.append(Paragraph("7 Genomförande och uppföljning", H2))
    s.append(Paragraph(
        "7.1 Förslaget om ett regionalt utvecklingsråd med representation från alla kommuner",
        H3))
    s.append(Paragraph(
        "Västerviks kommun tillstyrker. Kommunen förutsätter att varje kommun får en egen plats "
        "i rådet och att rådet sammanträder minst fyra gånger per år.", BODY))
    s.append(Paragraph("7.2 Förslaget om uppföljning av strategin vart fjärde år", H3))
    s.append(Paragraph(
        "Västerviks kommun avstyrker. Uppföljning vart fjärde år är för sällan för att "
        "strategin ska kunna styra. Kommunen föreslår en årlig indikatoruppföljning och en "
        "fördjupad uppföljning vartannat år.", BODY))
    s.append(PageBreak())

    s.append(Paragraph("Övriga synpunkter", H2))
    s.append(Paragraph(
        "Kommunen vill understryka vikten av att strategin också beaktar skärgårdens särskilda "
        "förutsättningar, bland annat säsongsvariationer i befolkning och service. Kommunen ser "
        "fram emot fortsatt samverkan i genomförandet av strategin.", BODY))
    s.append(Paragraph(
        "Beslut i detta ärende har fattats av kommunstyrelsen den 9 februari 2026, § 27.", BODY))
    s.append(Spacer(1, 18))
    s.append(Paragraph("För Västerviks kommun", BODY))
    s.append(Spacer(1, 24))
    sig = Table([["Annika Ström", "Mattias Berglund"],
                 ["Kommunstyrelsens ordförande", "Kommundirektör"]],
                colWidths=[8 * cm, 8 * cm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Lib", 10.5)]))
    s.append(sig)
    s.append(Spacer(1, 24))
    s.append(Paragraph(
        "Handläggare: Jonas Lindqvist, utvecklingsstrateg, kommunledningskontoret, "
        "tfn 0490-25 40 12, jonas.lindqvist@vastervik.se", BODY))
    s.append(Paragraph("Kopia till: Kommunfullmäktiges presidium, Kalmar länstrafik", BODY))
    s.append(PageBreak())

    s.append(Paragraph("Bilaga 1. Befolkning och sysselsättning i Kalmar läns kommuner", H2))
    s.append(Paragraph(
        "Tabell 1. Folkmängd 31 december 2020 och 2024 samt förvärvsfrekvens 20–64 år 2024, "
        "per kommun.", BODY))
    data = [["Kommun", "Folkmängd 2020", "Folkmängd 2024", "Förvärvsfrekvens 2024, %"]]
    for k, p20, p24, emp in rows:
        data.append([k, sv(p20), sv(p24), sv(emp, 1)])
    tot20 = sum(r[1] for r in rows)
    tot24 = sum(r[2] for r in rows)
    emp_l = round(sum(r[3] * r[2] for r in rows) / tot24, 1)
    data.append(["Kalmar län", sv(tot20), sv(tot24), sv(emp_l, 1)])
    s.append(ruled(data, [4.5 * cm, 3.5 * cm, 3.5 * cm, 4.5 * cm], total_last=True))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Källa: SCB, befolkningsstatistik och RAMS/BAS. Bearbetning: Västerviks "
                       "kommun.", SMALL))
    doc.build(s, onFirstPage=footer("Västerviks kommun – Remissvar RUS Kalmar län 2027–2040, "
                                    "dnr KS 2025/0412"),
              onLaterPages=footer("Västerviks kommun – Remissvar RUS Kalmar län 2027–2040, "
                                  "dnr KS 2025/0412"))


# ---------------------------------------------------------------------------
# 4. Project application (PDF), Norrbotten
# ---------------------------------------------------------------------------
def project_budget():
    items = ["Personal", "Externa tjänster", "Resor och logi", "Lokaler och utrustning",
             "Indirekta kostnader"]
    base = {"Personal": 1_900_000, "Externa tjänster": 900_000, "Resor och logi": 250_000,
            "Lokaler och utrustning": 300_000, "Indirekta kostnader": 0}
    years = ["2026", "2027", "2028"]
    tab = {}
    for it in items:
        tab[it] = []
        for y in years:
            if it == "Indirekta kostnader":
                tab[it].append(None)
            else:
                v = base[it] * float(RNG.uniform(0.8, 1.3))
                tab[it].append(int(round(v, -3)))
    for i in range(3):
        tab["Indirekta kostnader"][i] = int(round(0.15 * tab["Personal"][i], -3))
    return items, years, tab


def ansokan(path):
    items, years, tab = project_budget()
    year_tot = [sum(tab[it][i] for it in items) for i in range(3)]
    total = sum(year_tot)
    eruf = int(round(total * 0.50))
    region = int(round(total * 0.20))
    kommun = int(round(total * 0.15))
    egen = total - eruf - region - kommun

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2.2 * cm,
                            title="Ansökan om regionala projektmedel – Gröna kompetenslyft "
                                  "Norrbotten",
                            author="Kompetenscentrum Norr ekonomisk förening")
    s = []
    s.append(Paragraph("Region Norrbotten – Ansökan om regionala projektmedel", H1))
    s.append(Paragraph("Blankett RU-12, version 2025. Exporterad från e-tjänsten 2025-10-03.",
                       SMALL))
    s.append(Spacer(1, 6))
    s.append(Paragraph("1. Uppgifter om projektet", H2))
    kv = [
        ["Projektnamn", "Gröna kompetenslyft Norrbotten"],
        ["Projektägare", "Kompetenscentrum Norr ekonomisk förening"],
        ["Organisationsnummer", "769612-3456"],
        ["Projektledare", "Elin Marklund"],
        ["Kontaktuppgifter", "elin.marklund@kompetensnorr.se, 0920-45 67 89"],
        ["Projektperiod", "2026-03-01 – 2028-12-31"],
        ["Total budget", f"{sv(total)} kr"],
        ["Sökt belopp från Region Norrbotten", f"{sv(region)} kr"],
        ["Insatsområde", "Kompetensförsörjning"],
        ["Geografiskt område", "Norrbottens län: Luleå, Boden, Piteå, Kiruna och Gällivare"],
        ["Diarienummer (ifylls av Region Norrbotten)", "RN 2025/2291"],
    ]
    KB = ParagraphStyle("kvb", parent=BODY, fontName="Lib-B", fontSize=10, spaceAfter=0)
    KV = ParagraphStyle("kvv", parent=BODY, fontSize=10, spaceAfter=0)
    kv = [[Paragraph(k, KB), Paragraph(v, KV)] for k, v in kv]
    t = Table(kv, colWidths=[6.5 * cm, 10 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Lib-B", 10),
                           ("FONT", (1, 0), (1, -1), "Lib", 10),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Paragraph("2. Bakgrund", H2))
    s.append(Paragraph(
        "De gröna industrietableringarna i Norrbotten – fossilfritt stål, batterier och "
        "vätgas – väntas skapa omkring 10 000 nya jobb i länet fram till 2035. Samtidigt har "
        "många små och medelstora underleverantörer svårt att ställa om sin kompetens och att "
        "rekrytera. Kartläggningar från Region Norrbotten visar att fyra av tio företag i "
        "tillverkningsindustrin saknar en plan för kompetensutveckling. Projektet bygger vidare "
        "på förstudien Kompetens för omställning som genomfördes 2024–2025.", BODY))
    s.append(Paragraph("3. Mål", H2))
    s.append(Paragraph(
        "Projektets övergripande mål är att stärka omställningsförmågan hos små och medelstora "
        "företag i Norrbotten. Mätbara mål vid projektets slut: 600 deltagare har genomgått "
        "minst en utbildningsinsats, 120 företag har tagit fram en kompetensplan och minst 40 "
        "procent av deltagarna är kvinnor.", BODY))
    s.append(Paragraph("4. Målgrupp", H2))
    s.append(Paragraph(
        "Projektets målgrupp är anställda och chefer i små och medelstora företag inom "
        "tillverkning, bygg och industriella tjänster i Norrbottens län, samt arbetssökande med "
        "utländsk bakgrund som har yrkeserfarenhet inom teknik. Indirekt målgrupp är "
        "kommunernas vuxenutbildning.", BODY))
    s.append(Paragraph("5. Aktiviteter", H2))
    s.append(Paragraph(
        "A1 Kompetenskartläggning i 120 företag (2026). A2 Korta branschutbildningar i "
        "elektrifiering, automation och hållbar produktion (2026–2028). A3 Mentorprogram för "
        "nyanlända tekniker (2027–2028). A4 Nätverk för HR-ansvariga i underleverantörsföretag. "
        "A5 Extern utvärdering och spridning av resultat (2028).", BODY))
    s.append(PageBreak())
    s.append(Paragraph("6. Budget per år", H2))
    data = [["Kostnadsslag", "2026", "2027", "2028", "Totalt"]]
    for it in items:
        data.append([it] + [sv(v) for v in tab[it]] + [sv(sum(tab[it]))])
    data.append(["Summa"] + [sv(v) for v in year_tot] + [sv(total)])
    s.append(Paragraph("Tabell 6.1 Kostnader per år, kronor", BODY))
    s.append(ruled(data, [5 * cm, 2.8 * cm, 2.8 * cm, 2.8 * cm, 3 * cm], total_last=True))
    s.append(Paragraph("7. Finansiering", H2))
    fin = [["Finansiär", "Belopp, kr", "Andel, %"],
           ["Europeiska regionala utvecklingsfonden (ERUF)", sv(eruf), "50,0"],
           ["Region Norrbotten", sv(region), "20,0"],
           ["Kommunerna (Luleå, Boden, Piteå, Kiruna, Gällivare)", sv(kommun), "15,0"],
           ["Projektägarens egen insats", sv(egen), sv(100 * egen / total, 1)],
           ["Summa", sv(total), "100,0"]]
    s.append(ruled(fin, [9 * cm, 3.5 * cm, 3 * cm], total_last=True))
    s.append(Paragraph("8. Underskrift", H2))
    s.append(Paragraph("Firmatecknare: Hans Lindgren, verksamhetschef, Kompetenscentrum Norr. "
                       "Luleå 2025-10-03.", BODY))
    foot = "Ansökan Gröna kompetenslyft Norrbotten – RN 2025/2291"
    doc.build(s, onFirstPage=footer(foot), onLaterPages=footer(foot))
    return total, region


# ---------------------------------------------------------------------------
# 2. Protokoll (DOCX), Region Norrbotten
# ---------------------------------------------------------------------------
def protokoll(path, grant, total):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.core_properties.title = "Protokoll regionala utvecklingsnämnden 2025-11-12"
    d.core_properties.author = "Region Norrbotten"
    d.add_heading("Protokoll regionala utvecklingsnämnden 2025-11-12", level=0)
    d.add_paragraph("Region Norrbotten\nRegionala utvecklingsnämnden\nSammanträdesdatum: "
                    "2025-11-12")
    d.add_paragraph("Plats och tid: Regionhuset, Kungsgatan 13, Luleå, kl. 09.00–15.30")
    d.add_paragraph("Beslutande: Maria Lindberg (S), ordförande; Erik Nilsson (M), vice "
                    "ordförande; Ann-Sofie Wikström (V); Tomas Kero (C); Per-Erik Lundmark (SD); "
                    "Lena Sundqvist (S); Jonas Rova (KD)")
    d.add_paragraph("Övriga närvarande: Karin Alatalo, regional utvecklingsdirektör; "
                    "Sara Öberg, nämndsekreterare")
    d.add_paragraph("Justerare: Erik Nilsson (M)\nJusteringens plats och tid: Regionhuset, "
                    "Luleå, 2025-11-19")
    d.add_paragraph("Paragrafer: §§ 101–112")

    def para(no, title, bakgrund, beslut, extra=None):
        d.add_heading(f"§ {no} {title}", level=1)
        d.add_paragraph("Bakgrund: " + bakgrund)
        d.add_paragraph("Beslut:")
        for b in beslut:
            d.add_paragraph(b, style="List Bullet")
        if extra:
            d.add_paragraph(extra)

    para(101, "Val av justerare",
         "Ordföranden föreslår att Erik Nilsson (M) utses att jämte ordföranden justera dagens "
         "protokoll.",
         ["Regionala utvecklingsnämnden utser Erik Nilsson (M) att justera protokollet."])
    para(102, "Godkännande av föredragningslista",
         "Föredragningslistan har skickats ut den 5 november 2025. Ordföranden föreslår att "
         "ärendet om sammanträdesplan 2026 läggs till.",
         ["Föredragningslistan godkänns med tillägg av ärendet sammanträdesplan 2026."])
    para(103, "Ekonomisk uppföljning per oktober 2025",
         "Nämndens prognos för helåret 2025 visar ett överskott på 3,4 miljoner kronor, främst "
         "till följd av att två projekt har startat senare än planerat.",
         ["Regionala utvecklingsnämnden godkänner den ekonomiska uppföljningen per oktober "
          "2025."])
    para(104, "Medfinansiering av projektet Gröna kompetenslyft Norrbotten",
         "Kompetenscentrum Norr ekonomisk förening har ansökt om regional medfinansiering för "
         f"projektet Gröna kompetenslyft Norrbotten (dnr RN 2025/2291). Projektets totala budget "
         f"är {sv(total)} kronor och projektet pågår 2026-03-01–2028-12-31.",
         [f"Regionala utvecklingsnämnden beviljar {sv(grant)} kronor i medfinansiering ur "
          "anslaget för regionala tillväxtåtgärder (1:1) till projektet Gröna kompetenslyft "
          "Norrbotten.",
          "Beslutet gäller under förutsättning att projektet beviljas medel från Europeiska "
          "regionala utvecklingsfonden."])
    para(105, "Yttrande över länsplan för regional transportinfrastruktur 2026–2037",
         "Förvaltningen har tagit fram ett förslag till yttrande över länsplanen. Förslaget "
         "prioriterar Norrbotniabanan och bärighet på det finmaskiga vägnätet.",
         ["Regionala utvecklingsnämnden godkänner förvaltningens förslag till yttrande och "
          "överlämnar det till regionstyrelsen."])
    para(106, "Regionalt serviceprogram 2026–2029",
         "Programmet beskriver hur kommersiell service på landsbygden ska stödjas. Budgeten för "
         "programperioden är 28 miljoner kronor.",
         ["Regionala utvecklingsnämnden antar Regionalt serviceprogram 2026–2029."])
    para(107, "Besöksnäringsstrategi för Norrbotten",
         "Ett förslag till strategi har remitterats till kommunerna. Flera kommuner har begärt "
         "mer tid.",
         ["Ärendet återremitteras till förvaltningen för komplettering med kommunernas "
          "synpunkter. Ärendet ska åter till nämnden senast i april 2026."])
    para(108, "Avveckling av stödet till lokala utvecklingsgrupper",
         "Förvaltningen föreslår att det särskilda stödet till lokala utvecklingsgrupper, "
         "1,2 miljoner kronor per år, avvecklas från och med 2026 och att verksamheten i "
         "stället ryms inom serviceprogrammet.",
         ["Regionala utvecklingsnämnden beslutar att avveckla stödet till lokala "
          "utvecklingsgrupper från och med den 1 januari 2026."],
         "Reservation: Ann-Sofie Wikström (V) reserverar sig mot beslutet till förmån för eget "
         "yrkande om att stödet ska finnas kvar under 2026. Tomas Kero (C) instämmer i "
         "yrkandet men reserverar sig inte.")
    para(109, "Anmälan av delegationsbeslut",
         "Förteckning över delegationsbeslut fattade under perioden 1 september–31 oktober 2025 "
         "har delgetts nämnden, sammanlagt 46 beslut.",
         ["Anmälan av delegationsbeslut läggs till handlingarna."])
    para(110, "Sammanträdesplan 2026",
         "Förslag till sammanträdesdagar för nämnden under 2026.",
         ["Regionala utvecklingsnämnden fastställer sammanträdesdagar 2026 till 11 februari, "
          "15 april, 10 juni, 16 september och 11 november."],
         "Reservation: Per-Erik Lundmark (SD) reserverar sig mot beslutet med hänvisning till "
         "att sammanträdet i juni bör flyttas till maj.")
    para(111, "Informationsärenden",
         "Regional utvecklingsdirektör Karin Alatalo informerar om arbetet med den nya "
         "regionala utvecklingsstrategin och om Tillväxtverkets nya utlysning.",
         ["Informationen noteras."])
    para(112, "Sammanträdets avslutande",
         "Ordföranden tackar ledamöterna och förklarar sammanträdet avslutat kl. 15.30.",
         ["Sammanträdet förklaras avslutat."])
    d.add_paragraph("")
    d.add_paragraph("Vid protokollet\nSara Öberg, nämndsekreterare")
    d.add_paragraph("Ordförande\nMaria Lindberg (S)")
    d.add_paragraph("Justerare\nErik Nilsson (M)")
    d.add_paragraph("Anslaget på Region Norrbottens digitala anslagstavla 2025-11-20.")
    d.save(path)


# ---------------------------------------------------------------------------
# 3. Onboarding wiki (Markdown)
# ---------------------------------------------------------------------------
WIKI = """# Välkommen till enheten för regional utveckling – introduktion för nya medarbetare

Senast uppdaterad: 2025-12-01 av Linnea Håkansson

Den här sidan samlar det du behöver under dina första veckor på enheten för regional
utveckling i Region Sörmland. Läs den gärna tillsammans med din introduktionsansvarige.

## System och vad de används till

| System | Används till | Behörighet beställs av |
|---|---|---|
| Platina | Diarium, ärendehantering och arkiv | Registraturen |
| Raindance | Ekonomi: fakturor, attest och uppföljning av projekt | Ekonomienheten |
| Heroma | Tidrapportering, frånvaro, semester och lönespecifikation | Närmaste chef |
| Resia | Bokning av tåg, flyg och hotell | Administratören |
| Stratsys | Verksamhetsplan och uppföljning av mål | Planeringsstrategen |
| NYPS 2020 | Tillväxtverkets system för ansökan och uppföljning av EU-projekt | Projekthandläggare |
| Teams och SharePoint | Möten, chatt och enhetens gemensamma dokument | IT-servicedesk |

## Förkortningar

- RUS – regional utvecklingsstrategi (i Sörmland kallad Sörmlandsstrategin)
- RUN – regionala utvecklingsnämnden
- ERUF – Europeiska regionala utvecklingsfonden
- ESF+ – Europeiska socialfonden plus
- TVV – Tillväxtverket
- LTP – länstransportplan (länsplan för regional transportinfrastruktur)
- S3 – strategi för smart specialisering
- SKR – Sveriges Kommuner och Regioner
- KLS – kompetensplattform för lärande i Sörmland
- dnr – diarienummer

## Vem frågar jag om vad?

- Heroma, lön och semester: Petra Nyström, HR-konsult, petra.nystrom@regionsormland.se
- Diarieföring och allmänna handlingar: Registraturen, Johan Eklund, tfn 016-10 41 00
- Resor, Resia och reseräkningar: Linnea Håkansson, administratör
- EU-projekt och NYPS 2020: Omar Haddad, projekthandläggare
- Statistik och analys (SCB-data, Kolada): Maja Petersson, analytiker
- Dator, inloggning och behörigheter: IT-servicedesk, tfn 016-10 50 50 (vardagar 07.30–16.30)

## Rutiner

### Tidrapportering
Tidrapporten i Heroma ska vara klar och skickad till chefen för attest senast den 5:e i
varje månad för föregående månad. Flextid över 40 timmar ska stämmas av med chefen.
Sjukfrånvaro anmäls till chefen före kl. 09.00 första dagen.

### Resor
Tåg är förstahandsval för resor under 500 km. Flyg kräver chefens godkännande i förväg.
Reseräkningen lämnas i Heroma senast 30 dagar efter resan; kvitton fotograferas och bifogas.
Hotell bokas via Resia inom ramavtalet, högst 1 400 kronor per natt utanför Stockholm.

### Möten och arbetsplatsträffar
Enhetsmöte hålls varje tisdag kl. 09.00–10.00 i Nyköping, sal Kungsgården. APT hålls första
torsdagen i månaden.

## Länkar

- Intranätet: https://intra.regionsormland.se
- Sörmlandsstrategin 2040: https://regionsormland.se/sormlandsstrategin
- Tillväxtverket, NYPS 2020: https://tillvaxtverket.se/nyps
- Kolada: https://www.kolada.se
"""


# ---------------------------------------------------------------------------
# 5. Newsletter (TXT), Södermanland
# ---------------------------------------------------------------------------
NEWS = """Nyhetsbrev december 2025
Regional utveckling – Region Sörmland

Hej! Här kommer årets sista nyhetsbrev från enheten för regional utveckling med nyheter och
datum att boka in under vintern. God jul och gott nytt år!


1. Regionala utvecklingsdagen 2026 i Eskilstuna

Regionala utvecklingsdagen hålls den 4 februari 2026 på Munktellarenan i Eskilstuna. Temat
är "Sörmland i omställning" med fokus på kompetensförsörjning och den gröna industrin.
Anmälan görs senast den 20 januari 2026. Dagen är kostnadsfri.
Kontaktperson: Helena Sjöberg, processledare, helena.sjoberg@regionsormland.se


2. 37 företag fick innovationscheckar 2025 – ny utlysning i januari

Under 2025 fick 37 sörmländska företag innovationscheckar till ett sammanlagt värde av
4,2 miljoner kronor. Flest checkar gick till företag i Eskilstuna och Strängnäs. En ny
utlysning öppnar den 12 januari 2026 och sista ansökningsdag är den 27 februari 2026.
Kontaktperson: Omar Haddad, projekthandläggare, omar.haddad@regionsormland.se


3. Workshop om kompetensförsörjning i vård och omsorg

Kompetensplattformen i Sörmland bjuder in kommunernas HR-chefer och vuxenutbildningar till
en workshop den 22 januari 2026 i Nyköping. Vi presenterar nya prognoser för behovet av
undersköterskor fram till 2035.
Kontaktperson: Karin Wallin, kompetensstrateg, karin.wallin@regionsormland.se


4. Förslag till nytt trafikförsörjningsprogram på remiss

Förslaget till regionalt trafikförsörjningsprogram 2026–2030 är ute på remiss. Remisstiden
pågår till den 13 mars 2026. Ett digitalt informationsmöte hålls den 28 januari 2026.
Kontaktperson: Peter Lund, trafikstrateg, peter.lund@regionsormland.se


5. Uppföljning av Sörmlandsstrategin

Årets uppföljningsrapport för Sörmlandsstrategin är publicerad. Rapporten visar att
förvärvsfrekvensen bland utrikes födda i länet ökade med 2,1 procentenheter mellan 2022
och 2024. Rapporten presenteras på nämndens sammanträde den 18 februari 2026.
Kontaktperson: Maja Petersson, analytiker, maja.petersson@regionsormland.se


6. Helgbemanning

Enheten har begränsad bemanning mellan den 22 december 2025 och den 6 januari 2026.
Brådskande ärenden hänvisas till registraturen.

Nästa nyhetsbrev kommer i februari 2026.
Redaktör: Linnea Håkansson
"""


# ---------------------------------------------------------------------------
# 6. Budget export (XLSX)
# ---------------------------------------------------------------------------
def budget_xlsx(path):
    areas = {
        "Kompetensförsörjning": 42000, "Innovation och företagande": 38000,
        "Infrastruktur och kommunikationer": 51000, "Attraktionskraft och kultur": 17000,
        "Klimat och energi": 24000, "Landsbygdsutveckling": 21000,
        "Internationellt samarbete": 6500,
    }
    rows = []
    for a, b in areas.items():
        v24 = int(round(b * float(RNG.uniform(0.9, 1.1)), -2))
        v25 = int(round(v24 * float(RNG.uniform(0.95, 1.12)), -2))
        v26 = int(round(v25 * float(RNG.uniform(0.93, 1.15)), -2))
        rows.append([a, v24, v25, v26])
    df = pd.DataFrame(rows, columns=["Insatsområde", "2024", "2025", "2026"])
    tot = ["Totalt"] + [int(df[c].sum()) for c in ["2024", "2025", "2026"]]
    df.loc[len(df)] = tot
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        title = pd.DataFrame([["Regional utvecklingsbudget per insatsområde 2024–2026, tkr"],
                              ["Källa: Region Kalmar län, regionala utvecklingsnämndens "
                               "budget. Uttag 2025-12-10."]])
        title.to_excel(xw, sheet_name="Budget", index=False, header=False, startrow=0)
        df.to_excel(xw, sheet_name="Budget", index=False, startrow=3)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    remissvar(os.path.join(out, "Remissvar_RUS_Kalmar_lan_2027-2040.pdf"))
    total, region = ansokan(os.path.join(out, "Ansokan_Grona_kompetenslyft_Norrbotten.pdf"))
    protokoll(os.path.join(out, "Protokoll_regionala_utvecklingsnamnden_2025-11-12.docx"),
              region, total)
    with open(os.path.join(out, "Introduktion_nya_medarbetare.md"), "w", encoding="utf-8") as f:
        f.write(WIKI)
    with open(os.path.join(out, "Nyhetsbrev_december_2025.txt"), "w", encoding="utf-8") as f:
        f.write(NEWS)
    budget_xlsx(os.path.join(out, "Budget_insatsomraden_2024-2026.xlsx"))
    print("wrote", sorted(os.listdir(out)))


if __name__ == "__main__":
    main()
