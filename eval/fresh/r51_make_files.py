"""Build a small knowledge base the way a regional development unit's folder looks (round 51).

Usage: python make_files.py OUT_DIR

Writes six files:
  Regional_utvecklingsstrategi_uppfoljning_2025.pdf   (report, ~10 pages, reportlab)
  Protokoll_regionala_utvecklingsnamnden_2025-10-23.pdf (minutes, reportlab)
  Introduktion_nya_medarbetare.docx                   (onboarding guide, python-docx)
  anteckningar arbetsgrupp RUS feb.txt                (colleague's meeting notes)
  Prioriteringar 2026.docx                            (short doc with a budget table)
  Forvarvsfrekvens_20-64_kommun_kon_2020-2024.csv     (SCB-style PxWeb export, Latin-1, ';')
"""
import os
import re
import sys

import numpy as np
import pandas as pd

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.platypus.tableofcontents import TableOfContents

import docx
from docx.shared import Pt

RNG = np.random.default_rng(51)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
try:
    pdfmetrics.registerFont(TTFont("Serif", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("Serif-Bold", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("Sans", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("Sans-Bold", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
    BODY, BODYB, HEAD, HEADR = "Serif", "Serif-Bold", "Sans-Bold", "Sans"
except Exception:  # fall back to the standard fonts
    BODY, BODYB, HEAD, HEADR = "Times-Roman", "Times-Bold", "Helvetica-Bold", "Helvetica"

# ---------------------------------------------------------------------------------------------
# Regions and municipalities (real codes)
# ---------------------------------------------------------------------------------------------
LAN = {
    "17": "Värmlands län",
    "04": "Södermanlands län",
    "25": "Norrbottens län",
}
KOMMUNER = {
    "17": [("1715", "Kil", 12.2), ("1730", "Eda", 8.5), ("1737", "Torsby", 11.6),
           ("1760", "Storfors", 4.0), ("1761", "Hammarö", 17.0), ("1762", "Munkfors", 3.6),
           ("1763", "Forshaga", 11.5), ("1764", "Grums", 9.0), ("1765", "Årjäng", 10.0),
           ("1766", "Sunne", 13.2), ("1780", "Karlstad", 96.0), ("1781", "Kristinehamn", 24.3),
           ("1782", "Filipstad", 10.4), ("1783", "Hagfors", 11.6), ("1784", "Arvika", 26.0),
           ("1785", "Säffle", 15.4)],
    "04": [("0428", "Vingåker", 9.0), ("0461", "Gnesta", 11.3), ("0480", "Nyköping", 58.5),
           ("0481", "Oxelösund", 12.1), ("0482", "Flen", 16.2), ("0483", "Katrineholm", 35.0),
           ("0484", "Eskilstuna", 107.0), ("0486", "Strängnäs", 38.0), ("0488", "Trosa", 13.4)],
    "25": [("2505", "Arvidsjaur", 6.0), ("2506", "Arjeplog", 2.7), ("2510", "Jokkmokk", 4.9),
           ("2513", "Överkalix", 3.2), ("2514", "Kalix", 15.5), ("2518", "Övertorneå", 4.3),
           ("2521", "Pajala", 6.0), ("2523", "Gällivare", 17.5), ("2560", "Älvsbyn", 8.0),
           ("2580", "Luleå", 80.0), ("2581", "Piteå", 42.5), ("2582", "Boden", 28.5),
           ("2583", "Haparanda", 9.6), ("2584", "Kiruna", 22.5)],
}

ORG = "Region Värmland, Avdelningen för regional utveckling"
TITLE = "Regional utvecklingsstrategi – uppföljning 2025"
ANSVARIG = "Karin Lindqvist, utvecklingsstrateg"
DATUM = "2025-11-14"
DNR = "RUN 2025-0412"


def sv(x, dec=0):
    """Swedish number formatting: space as thousands separator, decimal comma."""
    s = f"{x:,.{dec}f}".replace(",", " ").replace(".", ",")
    return s


# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------
def make_nystartade():
    rows = []
    for lan_code, kommuner in KOMMUNER.items():
        rate = {"17": 7.6, "04": 8.4, "25": 7.1}[lan_code]
        for code, name, pop in kommuner:
            base = pop * rate * RNG.uniform(0.8, 1.2)
            y23 = int(round(base))
            y24 = int(round(base * RNG.uniform(0.88, 1.16)))
            rows.append({"Kommun": name, "Län": LAN[lan_code].replace(" län", ""),
                         "2023": y23, "2024": y24})
    df = pd.DataFrame(rows)
    return df


def make_forvarv():
    """Förvärvsfrekvens 20-64 år per region, kön, år (procent, one decimal)."""
    years = [2020, 2021, 2022, 2023, 2024]
    trend = np.array([-1.1, -0.6, 0.2, 0.4, 0.3])
    regions = [("00", "Riket", 78.6, 82.3)]
    lan_level = {"17": (77.4, 80.9), "04": (75.9, 79.6), "25": (80.3, 84.1)}
    for lan_code in ["17", "04", "25"]:
        regions.append((lan_code, LAN[lan_code], *lan_level[lan_code]))
        for code, name, pop in KOMMUNER[lan_code]:
            k0, m0 = lan_level[lan_code]
            dk = RNG.normal(0, 2.6)
            dm = dk * 0.6 + RNG.normal(0, 1.6)
            regions.append((code, name, k0 + dk, m0 + dm))
    rows = []
    for code, name, k, m in regions:
        small = name in ("Storfors", "Munkfors", "Arjeplog", "Överkalix")
        for kon, base in (("kvinnor", k), ("män", m)):
            vals = [round(base + t + RNG.normal(0, 0.35), 1) for t in trend]
            rows.append({"region": f"{code} {name}", "kön": kon,
                         **{str(y): v for y, v in zip(years, vals)}})
        kv = rows[-2]
        mv = rows[-1]
        tot = {str(y): round((kv[str(y)] + mv[str(y)]) / 2 + RNG.normal(0, 0.1), 1)
               for y in years}
        rows.append({"region": f"{code} {name}", "kön": "totalt", **tot})
        if small:  # suppressed values in the first year for the smallest municipalities
            for r in rows[-3:]:
                r["2020"] = None
    df = pd.DataFrame(rows)
    return df


# ---------------------------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------------------------
COMPOUND_PARTS = ["kompetens", "utvecklings", "förvärvs", "närings", "industri", "besöks",
                  "upplevelse", "rekryterings", "tillverknings", "verksamhets", "utbildnings",
                  "arbetsmarknads", "arbets", "bredbands", "innovations", "transport", "yrkes",
                  "gymnasie", "försörjning", "strategi", "förnyelse", "omställning",
                  "medfinansiering", "regional", "region", "projekt", "emissions", "kollektiv"]


def hyphen_points(word):
    """Plausible Swedish break points: compound boundaries, else before the consonant
    that starts a syllable (V C* | C V)."""
    vowels = "aeiouyåäöéAEIOUYÅÄÖ"
    low = word.lower()
    pts = set()
    for part in COMPOUND_PARTS:
        start = 0
        while True:
            j = low.find(part, start)
            if j < 0:
                break
            for p in (j, j + len(part)):
                if 3 <= p <= len(word) - 3:
                    pts.add(p)
            start = j + 1
    for i in range(3, len(word) - 3):
        if word[i] not in vowels and word[i + 1] in vowels and \
                any(c in vowels for c in word[:i]):
            pts.add(i)
    return sorted(pts)


def wrap_hyphenated(text, font, size, width):
    """Break text into lines the way a word processor with hyphenation would."""
    # keep Swedish numbers with thousands separators ("283 196") together
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u00a0", text)
    words = text.split()
    lines, cur = [], ""
    sw = lambda s: pdfmetrics.stringWidth(s.replace("\u00a0", " "), font, size)
    for w in words:
        cand = (cur + " " + w) if cur else w
        if sw(cand) <= width:
            cur = cand
            continue
        placed = False
        core = w.rstrip(".,;:)")
        if len(core) >= 9 and core.isalpha() and not core.isupper():
            for p in sorted(hyphen_points(core), reverse=True):
                head = (cur + " " + w[:p] + "-") if cur else w[:p] + "-"
                if sw(head) <= width:
                    lines.append(head)
                    cur = w[p:]
                    placed = True
                    break
        if not placed:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return [l.replace("\u00a0", " ") for l in lines]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")



def body_para(text, style, width):
    lines = wrap_hyphenated(text, style.fontName, style.fontSize, width - 14)
    return Paragraph("<br/>".join(esc(l) for l in lines), style)


# ---------------------------------------------------------------------------------------------
# 1. The strategy follow-up report
# ---------------------------------------------------------------------------------------------
class ReportDoc(BaseDocTemplate):
    def __init__(self, path, **kw):
        super().__init__(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                         topMargin=2.3 * cm, bottomMargin=2.5 * cm, title=TITLE,
                         author="Karin Lindqvist", subject="Uppföljning av RUS",
                         creator="Region Värmland", **kw)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=self._footer)])

    def _footer(self, canv, doc):
        canv.saveState()
        canv.setFont(HEADR, 8)
        canv.setStrokeColor(colors.grey)
        canv.line(2.5 * cm, 1.7 * cm, A4[0] - 2.5 * cm, 1.7 * cm)
        canv.drawString(2.5 * cm, 1.3 * cm, f"Region Värmland  |  {TITLE}  |  Dnr {DNR}")
        canv.drawRightString(A4[0] - 2.5 * cm, 1.3 * cm, f"Sida {doc.page}")
        canv.restoreState()

    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph) and hasattr(flowable, "_toc_level"):
            self.notify("TOCEntry", (flowable._toc_level, flowable.getPlainText(), self.page))


def build_report(path, nyst, forv):
    W = A4[0] - 5 * cm
    st_body = ParagraphStyle("body", fontName=BODY, fontSize=10, leading=14.5, spaceAfter=7)
    st_h1 = ParagraphStyle("h1", fontName=HEAD, fontSize=15, leading=19, spaceBefore=14,
                           spaceAfter=8, textColor=colors.HexColor("#1f3b5c"))
    st_h2 = ParagraphStyle("h2", fontName=HEAD, fontSize=11.5, leading=15, spaceBefore=10,
                           spaceAfter=5, textColor=colors.HexColor("#1f3b5c"))
    st_cap = ParagraphStyle("cap", fontName=BODYB, fontSize=9.5, leading=12, spaceBefore=6,
                            spaceAfter=4)
    st_src = ParagraphStyle("src", fontName=BODY, fontSize=8, leading=10, spaceBefore=3,
                            spaceAfter=8, textColor=colors.HexColor("#444444"))
    st_list = ParagraphStyle("li", parent=st_body, leftIndent=18, bulletIndent=4,
                             spaceAfter=3)
    st_cell = ParagraphStyle("cell", fontName=BODY, fontSize=8.5, leading=10.5)

    story = []

    def P(t):
        story.append(body_para(t, st_body, W))

    def H1(t):
        p = Paragraph(esc(t), st_h1)
        p._toc_level = 0
        story.append(p)

    def H2(t):
        p = Paragraph(esc(t), st_h2)
        p._toc_level = 1
        story.append(p)

    # ---- title page
    story.append(Spacer(1, 3.5 * cm))
    story.append(Paragraph(esc(TITLE), ParagraphStyle(
        "t", fontName=HEAD, fontSize=24, leading=30, alignment=TA_CENTER,
        textColor=colors.HexColor("#1f3b5c"))))
    story.append(Spacer(1, 0.6 * cm))
    story.append(Paragraph("Värmlandsstrategin 2021–2030 i jämförelse med Södermanlands och "
                           "Norrbottens län", ParagraphStyle(
                               "st", fontName=HEADR, fontSize=13, leading=17,
                               alignment=TA_CENTER)))
    story.append(Spacer(1, 5 * cm))
    meta = ParagraphStyle("m", fontName=HEADR, fontSize=10.5, leading=16, alignment=TA_CENTER)
    for line in [ORG, f"Ansvarig: {ANSVARIG}", f"Datum: {DATUM}", f"Diarienummer: {DNR}",
                 "Fastställd av regionala utvecklingsnämnden 2025-10-23, § 60"]:
        story.append(Paragraph(esc(line), meta))
    story.append(PageBreak())

    # ---- table of contents
    story.append(Paragraph("Innehåll", st_h1))
    toc = TableOfContents()
    toc.levelStyles = [
        ParagraphStyle("toc0", fontName=HEADR, fontSize=10.5, leading=15, leftIndent=10,
                       firstLineIndent=-10),
        ParagraphStyle("toc1", fontName=HEADR, fontSize=9.5, leading=13, leftIndent=28,
                       firstLineIndent=-10),
    ]
    story.append(toc)
    story.append(PageBreak())

    # ---- figures used in the text (computed from the tables we write)
    tot23, tot24 = int(nyst["2023"].sum()), int(nyst["2024"].sum())
    pct_tot = round((tot24 - tot23) / tot23 * 100, 1)
    fv = forv.set_index(["region", "kön"])
    vfr = fv.loc[("17 Värmlands län", "totalt"), "2024"]
    vfr_k = fv.loc[("17 Värmlands län", "kvinnor"), "2024"]
    vfr_m = fv.loc[("17 Värmlands län", "män"), "2024"]
    rik = fv.loc[("00 Riket", "totalt"), "2024"]
    nfr = fv.loc[("25 Norrbottens län", "totalt"), "2024"]
    sfr = fv.loc[("04 Södermanlands län", "totalt"), "2024"]

    budget2025 = pd.DataFrame({
        "Insatsområde": ["Kompetensförsörjning", "Innovation och företagande",
                         "Tillgänglighet och infrastruktur", "Klimat och energi",
                         "Analys och uppföljning"],
        "Budget 2025": [38.5, 52.0, 27.3, 19.8, 4.6],
        "Utfall jan–sep": [27.1, 35.8, 22.4, 11.9, 3.2],
    })

    # ---- 1 Sammanfattning
    H1("1 Sammanfattning")
    P("Den här rapporten följer upp genomförandet av Värmlands regionala utvecklingsstrategi "
      "(RUS) under 2025. Uppföljningen jämför Värmland med två län som har liknande "
      "utmaningar och styrkor: Södermanlands län, som delar Värmlands närhet till "
      "Mälardalens arbetsmarknad, och Norrbottens län, där den gröna industriomställningen "
      "har kommit längst. Jämförelsen ger ett sammanhang åt Värmlands utveckling och gör det "
      "lättare att se vad som beror på konjunkturen och vad som beror på regionens egna "
      "insatser.")
    P(f"Sammantaget går utvecklingen i rätt riktning inom de flesta insatsområden. "
      f"Förvärvsfrekvensen bland invånare 20–64 år i Värmland var {sv(vfr, 1)} procent 2024, "
      f"att jämföra med {sv(rik, 1)} procent i riket. Antalet nystartade företag ökade i "
      f"de tre jämförda länen sammantaget med {sv(pct_tot, 1)} procent mellan 2023 och 2024. "
      f"Samtidigt kvarstår stora skillnader mellan kommunerna, och bristen på utbildad "
      f"arbetskraft inom vård, teknik och industri är fortfarande den största "
      f"begränsningen för tillväxten i länet.")
    P("Regionala utvecklingsnämnden föreslås därför prioritera kompetensförsörjning och "
      "innovationsstöd även under 2026, och fördjupa samverkan med Norrbotten och "
      "Södermanland inom ramen för arbetet med smart specialisering.")

    # ---- 2 Inledning
    H1("2 Inledning")
    H2("2.1 Syfte och avgränsning")
    P("Regionala utvecklingsnämnden har i uppdrag att årligen följa upp den regionala "
      "utvecklingsstrategin. Uppföljningen ska visa hur länet utvecklas i förhållande till "
      "strategins mål, hur de regionala utvecklingsmedlen har använts och vilka slutsatser "
      "som kan dras inför nästa års verksamhetsplanering. Rapporten bygger på offentlig "
      "statistik från SCB och Tillväxtanalys, på projektredovisningar och på intervjuer med "
      "representanter för kommuner, näringsliv och akademi.")
    P("Uppföljningen avser perioden januari–september 2025 när det gäller ekonomiskt utfall. "
      "För statistiken används det senaste tillgängliga året, vilket i de flesta fall är "
      "2024. Uppgifter för Södermanlands och Norrbottens län har hämtats från samma källor "
      "för att jämförelsen ska bli rättvisande.")
    H2("2.2 Begrepp")
    P("Med kompetensförsörjning menas i denna uppföljning arbetsgivarnas möjligheter att "
      "rekrytera, utveckla och behålla medarbetare med den kompetens som verksamheten behöver, "
      "samt individens möjligheter att utbilda sig och ställa om under hela yrkeslivet. "
      "Begreppet omfattar alltså både utbildningssystemet, arbetsmarknadens matchning och "
      "arbetsgivarnas eget kompetensutvecklingsarbete.")
    P("Arbetet med smart specialisering (S3) innebär att regionen koncentrerar forsknings- och "
      "innovationsresurser till ett fåtal styrkeområden där Värmland har särskilda "
      "förutsättningar att konkurrera internationellt. Strategin för smart specialisering är "
      "ett villkor för att regionen ska kunna ta del av Europeiska regionala "
      "utvecklingsfonden (Eruf). Värmlands styrkeområden är skogsbaserad bioekonomi, "
      "digitalisering av tjänster, avancerad tillverkning samt besöksnäring och "
      "upplevelseindustri.")
    P("Med förvärvsfrekvens avses andelen förvärvsarbetande av befolkningen i åldern 20–64 år. "
      "Ett nystartat företag är ett företag som registrerats under året och som inte är en "
      "ombildning eller ett ägarbyte av ett befintligt företag.")

    # ---- 3 Utgångsläge
    H1("3 Utgångsläge")
    H2("3.1 Befolkning")
    befolkning = pd.DataFrame({
        "Län": ["Värmlands län", "Södermanlands län", "Norrbottens län"],
        "2023": [282885, 301564, 249693],
        "2024": [283196, 302252, 248480],
    })
    v_change = 283196 - 282885
    P(f"Värmlands befolkning uppgick till {sv(283196)} invånare vid utgången av 2024, en "
      f"ökning med {v_change} personer jämfört med året innan. Ökningen förklaras helt av "
      f"inflyttning från utlandet; födelsenettot var negativt för femtonde året i rad. "
      f"Södermanland växte snabbare, med {sv(302252 - 301564)} invånare, medan Norrbottens "
      f"befolkning minskade med {sv(249693 - 248480)} personer trots de stora "
      f"industrisatsningarna i länets norra del.")
    story.append(Paragraph("Tabell 1. Folkmängd 31 december 2023 och 2024 per län", st_cap))
    t1 = [["Län", "2023", "2024", "Förändring"]]
    for _, r in befolkning.iterrows():
        t1.append([r["Län"], sv(r["2023"]), sv(r["2024"]), sv(r["2024"] - r["2023"])])
    story.append(_table(t1, [6 * cm, 3 * cm, 3 * cm, 3 * cm]))
    story.append(Paragraph("Källa: SCB, befolkningsstatistik.", st_src))
    P("Befolkningens åldersstruktur är en av de viktigaste förklaringarna till länets "
      "kompetensförsörjningsutmaningar. Andelen invånare som är 65 år eller äldre är högre i "
      "Värmland än i riket, och de kommande tio åren går fler personer i pension än det "
      "kommer in unga på arbetsmarknaden. Särskilt stor är obalansen i de mindre "
      "kommunerna i norra och västra Värmland.")
    H2("3.2 Arbetsmarknad")
    P(f"Förvärvsfrekvensen i Värmland var {sv(vfr, 1)} procent 2024. För kvinnor var den "
      f"{sv(vfr_k, 1)} procent och för män {sv(vfr_m, 1)} procent. Norrbotten hade den "
      f"högsta förvärvsfrekvensen av de tre länen, {sv(nfr, 1)} procent, medan Södermanland "
      f"låg lägst med {sv(sfr, 1)} procent. Skillnaden mellan länen förklaras till stor del "
      f"av näringslivets sammansättning och av andelen utrikes födda som ännu inte har "
      f"etablerat sig på arbetsmarknaden.")
    P("Arbetsgivarna i länet rapporterar fortsatt rekryteringssvårigheter. I Region "
      "Värmlands företagsbarometer hösten 2025 uppgav 41 procent av företagen att de hade "
      "försökt rekrytera under det senaste halvåret, och av dessa upplevde 63 procent att det "
      "var svårt att hitta personer med rätt kompetens. Bristen är störst inom "
      "tillverkningsindustrin, byggsektorn och hälso- och sjukvården.")

    # ---- 4 Prioriteringar
    H1("4 Prioriteringar för 2025–2027")
    P("Regionala utvecklingsnämnden har utifrån strategin och föregående års uppföljning "
      "beslutat om följande prioriteringar för perioden 2025–2027. Prioriteringarna styr "
      "fördelningen av de regionala utvecklingsmedlen och regionens medfinansiering av "
      "EU-projekt.")
    prios = [
        "Säkra kompetensförsörjningen i hela länet, med särskilt fokus på vård, teknik och "
        "industri.",
        "Stärka innovationskraften i näringslivet genom smart specialisering och stöd till "
        "små och medelstora företag.",
        "Förbättra tillgängligheten, både digitalt genom bredbandsutbyggnad och fysiskt "
        "genom bättre tåg- och vägförbindelser.",
        "Ställa om till en fossilfri energiförsörjning och ta tillvara möjligheterna i "
        "vätgas och bioenergi.",
        "Utveckla samverkan med Norrbottens och Södermanlands län kring gemensamma "
        "styrkeområden.",
    ]
    for i, p in enumerate(prios, 1):
        story.append(Paragraph(esc(p), st_list, bulletText=f"{i}."))
    story.append(Spacer(1, 6))
    P("Prioriteringarna är inte rangordnade sinsemellan. De ska ses som ett sammanhållet "
      "paket där insatser inom ett område ofta förutsätter framsteg inom ett annat, till "
      "exempel när bättre digital infrastruktur gör det möjligt för företag på landsbygden "
      "att rekrytera på distans.")

    # ---- 5 Uppföljning per insatsområde
    H1("5 Uppföljning per insatsområde")
    H2("5.1 Kompetensförsörjning")
    P("Under året har regionen tillsammans med länets kommuner och Karlstads universitet "
      "byggt upp en gemensam kompetensplattform. Plattformen samlar prognoser om "
      "arbetskraftsbehov, kartläggningar av utbildningsutbud och dialog med arbetsgivare. "
      "Under 2025 har 14 branschråd varit aktiva och 1 280 personer har deltagit i "
      "korta yrkesinriktade utbildningar som finansierats med regionala medel.")
    P("Antalet studerande vid yrkeshögskoleutbildningar i länet ökade från 1 946 till 2 117 "
      "mellan 2024 och 2025. Samtidigt minskade antalet sökande till gymnasieskolans "
      "industritekniska program, vilket riskerar att försvåra den långsiktiga "
      "kompetensförsörjningen i tillverkningsindustrin.")
    H2("5.2 Innovation och företagande")
    P(f"Nyföretagandet är en viktig indikator på näringslivets förnyelseförmåga. Totalt "
      f"startades {sv(tot24)} nya företag i de tre länen 2024, vilket är {sv(pct_tot, 1)} "
      f"procent fler än året innan ({sv(tot23)} företag 2023). Tabell 3 visar utvecklingen "
      f"per kommun. Ökningen var störst i de större kommunerna, medan flera av de minsta "
      f"kommunerna i inlandet hade färre nystartade företag än året innan.")
    P("Regionens innovationscheckar har under året beviljats till 86 företag, med ett "
      "genomsnittligt belopp på 98 000 kronor. Uppföljningen visar att företag som har fått "
      "en check oftare anställer och oftare söker vidare finansiering från Vinnova och "
      "Tillväxtverket.")
    story.append(Paragraph("Tabell 3. Nystartade företag per kommun 2023 och 2024, antal och "
                           "förändring i procent", st_cap))
    t3 = [["Kommun", "Län", "2023", "2024", "Förändring, %"]]
    for _, r in nyst.iterrows():
        ch = (r["2024"] - r["2023"]) / r["2023"] * 100
        t3.append([r["Kommun"], r["Län"], sv(r["2023"]), sv(r["2024"]), sv(ch, 1)])
    t3.append(["Totalt", "", sv(tot23), sv(tot24), sv(pct_tot, 1)])
    story.append(_table(t3, [4.2 * cm, 3.8 * cm, 2.4 * cm, 2.4 * cm, 3 * cm], total=True,
                        repeat=True, small=True))
    story.append(Paragraph("Källa: Tillväxtanalys, nystartade företag; egen bearbetning.",
                           st_src))
    H2("5.3 Tillgänglighet och infrastruktur")
    P("Andelen hushåll i Värmland med tillgång till bredband om minst 1 Gbit/s uppgick till "
      "94,3 procent i oktober 2024, jämfört med 96,1 procent i Södermanland och 91,7 procent "
      "i Norrbotten. Utbyggnaden på landsbygden går långsammare än i tätorterna, och i tre "
      "av länets kommuner saknar fortfarande mer än var tionde fastighet utanför tätort "
      "tillgång till snabbt bredband.")
    P("Restiden med tåg mellan Karlstad och Oslo har inte förbättrats under året, och "
      "arbetet med att få in Värmlandsbanan i den nationella planen för transportinfra"
      "strukturen fortsätter. Nämnden har i sitt yttrande över Trafikverkets förslag lyft "
      "fram dubbelspår mellan Kil och Karlstad som den viktigaste åtgärden för länet.")
    H2("5.4 Klimat och energi")
    P("Värmland har under året tagit viktiga steg i omställningen till fossilfri energi. "
      "Projektet Vätgasdalen Värmland, som samlar industriföretag, energibolag och "
      "Karlstads universitet, har tagit fram en färdplan för produktion av grön vätgas i "
      "Kristinehamn och Karlstad. Projektet har beviljats regional medfinansiering och "
      "samverkar med motsvarande satsningar i Norrbotten.")
    P("Utsläppen av växthusgaser från länets industri minskade med 6,8 procent mellan 2022 "
      "och 2023 enligt den senaste nationella emissionsstatistiken. Transportsektorn står "
      "fortfarande för den största delen av länets territoriella utsläpp.")

    H2("5.5 Samverkan med Norrbotten och Södermanland")
    P("Under 2025 har Region Värmland inlett ett strukturerat samarbete med Region Norrbotten "
      "och Region Sörmland kring smart specialisering. Samarbetet utgår från att de tre "
      "länen har gemensamma styrkeområden inom skogsbaserad bioekonomi, energiomställning "
      "och avancerad tillverkning, men också liknande utmaningar med kompetensförsörjning "
      "och långa avstånd till större arbetsmarknader. En gemensam workshop genomfördes i "
      "Luleå i mars med deltagare från alla tre regionerna.")
    P("Samverkan har hittills resulterat i två gemensamma ansökningar till Interreg-"
      "programmen och ett nätverk för de regionala analysenheterna, som utbyter metoder "
      "för uppföljning av indikatorer. Nätverket har bland annat enats om att följa "
      "nyföretagandet per 1 000 invånare i stället för antalet patentansökningar, som är "
      "för få i de tre länen för att ge en stabil bild av utvecklingen.")
    P("Erfarenheterna från Norrbotten visar att stora industrietableringar ställer mycket "
      "höga krav på samordning mellan kommuner, region och statliga myndigheter när det "
      "gäller bostäder, utbildning och infrastruktur. Värmland kan dra lärdom av detta inför "
      "de planerade satsningarna på grön vätgas. Södermanland har å sin sida kommit långt i "
      "att koppla samman yrkeshögskoleutbildningar med arbetsgivarnas behov, vilket är "
      "ett område där Värmland har mycket att hämta.")
    H2("5.6 Indikatorer och måluppfyllelse")
    P("Strategin följs upp med 18 indikatorer. Av dessa har 11 utvecklats i önskad riktning "
      "sedan föregående uppföljning, 4 är oförändrade och 3 har utvecklats i fel riktning. "
      "De indikatorer som har försämrats gäller sökande till gymnasieskolans yrkesprogram, "
      "andelen unga som varken arbetar eller studerar i de mindre kommunerna samt restiden "
      "med kollektivtrafik till regionens centralort.")
    P("Flera indikatorer bygger på statistik som publiceras med ett till två års "
      "eftersläpning. Det gör det svårt att koppla förändringar till enskilda insatser, och "
      "uppföljningen bör därför läsas som en bild av länets utveckling snarare än som en "
      "utvärdering av regionens arbete. En fördjupad utvärdering av kompetensplattformen "
      "planeras till 2026.")

    # ---- 6 Ekonomi
    H1("6 Ekonomi")
    P("De regionala utvecklingsmedlen för 2025 uppgår till totalt "
      f"{sv(budget2025['Budget 2025'].sum(), 1)} miljoner kronor. Tabell 2 visar "
      "fördelningen per insatsområde och utfallet till och med september. Förbrukningen "
      "ligger något under plan, främst beroende på att flera EU-projekt har startat senare "
      "än beräknat.")
    cap2 = Paragraph("Tabell 2. Budget och utfall för regionala utvecklingsmedel 2025 "
                     "per insatsområde, miljoner kronor", st_cap)
    t2 = [["Insatsområde", "Budget 2025", "Utfall jan–sep"]]
    for _, r in budget2025.iterrows():
        t2.append([r["Insatsområde"], sv(r["Budget 2025"], 1), sv(r["Utfall jan–sep"], 1)])
    t2.append(["Totalt", sv(budget2025["Budget 2025"].sum(), 1),
               sv(budget2025["Utfall jan–sep"].sum(), 1)])
    story.append(KeepTogether([cap2, _table(t2, [7.5 * cm, 3.5 * cm, 3.5 * cm], total=True)]))
    story.append(Paragraph("Källa: Region Värmland, ekonomisystemet Raindance.", st_src))

    # ---- 7 Slutsatser
    H1("7 Slutsatser och fortsatt arbete")
    P("Uppföljningen visar att strategins inriktning fortfarande är relevant, men att "
      "takten i genomförandet behöver öka inom kompetensförsörjning och tillgänglighet. "
      "Nämnden föreslås ge förvaltningen i uppdrag att ta fram en handlingsplan för "
      "kompetensförsörjning i de mindre kommunerna, att fördjupa samarbetet med Norrbotten "
      "och Södermanland inom smart specialisering, och att utveckla indikatorerna för "
      "uppföljning så att de bättre fångar regionens egna insatser.")
    P("Nästa uppföljning presenteras för nämnden i oktober 2026. Synpunkter på rapporten "
      "lämnas till ansvarig utvecklingsstrateg.")

    doc = ReportDoc(path)
    doc.multiBuild(story)
    return {"tot23": tot23, "tot24": tot24, "budget2025": budget2025}


def _table(data, widths, total=False, repeat=False, small=False):
    fs = 8.5 if small else 9
    t = Table(data, colWidths=widths, repeatRows=1 if repeat else 0)
    style = [
        ("FONT", (0, 0), (-1, 0), HEAD, fs),
        ("FONT", (0, 1), (-1, -1), BODY, fs),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 0), (0, -1), "LEFT"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if small:
        style.append(("ALIGN", (1, 0), (1, -1), "LEFT"))
    if total:
        style += [("FONT", (0, -1), (-1, -1), HEAD, fs),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black)]
    t.setStyle(TableStyle(style))
    return t


# ---------------------------------------------------------------------------------------------
# 2. Minutes
# ---------------------------------------------------------------------------------------------
def build_minutes(path):
    W = A4[0] - 5 * cm
    st = ParagraphStyle("b", fontName=BODY, fontSize=10, leading=14, spaceAfter=6)
    st_b = ParagraphStyle("bb", parent=st, fontName=BODYB, spaceAfter=2)
    st_par = ParagraphStyle("par", fontName=HEAD, fontSize=11.5, leading=15, spaceBefore=12,
                            spaceAfter=4)
    st_small = ParagraphStyle("s", fontName=HEADR, fontSize=9, leading=12)

    def header(canv, doc):
        canv.saveState()
        canv.setFont(HEAD, 9)
        canv.drawString(2.5 * cm, A4[1] - 1.5 * cm, "REGION VÄRMLAND")
        canv.setFont(HEADR, 9)
        canv.drawRightString(A4[0] - 2.5 * cm, A4[1] - 1.5 * cm,
                             "PROTOKOLL  Regionala utvecklingsnämnden  2025-10-23")
        canv.setFont(HEADR, 8)
        canv.drawString(2.5 * cm, 1.3 * cm, "Justerandes signatur: ______        "
                                            "Utdragsbestyrkande: ______")
        canv.drawRightString(A4[0] - 2.5 * cm, 1.3 * cm, f"{doc.page}")
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                          topMargin=2.5 * cm, bottomMargin=2.3 * cm,
                          title="Protokoll regionala utvecklingsnämnden 2025-10-23",
                          author="Maria Holm", creator="Region Värmland")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(doc.leftMargin, doc.bottomMargin,
                                                             doc.width, doc.height)],
                                       onPage=header)])
    s = []
    s.append(Paragraph("PROTOKOLL", ParagraphStyle("t", fontName=HEAD, fontSize=18, leading=22,
                                                   spaceAfter=4)))
    s.append(Paragraph("Regionala utvecklingsnämnden", ParagraphStyle(
        "t2", fontName=HEADR, fontSize=13, leading=17, spaceAfter=10)))
    info = [
        ["Sammanträdesdatum", "2025-10-23"],
        ["Plats och tid", "Regionens hus, sammanträdesrum Klarälven, Karlstad, kl. 09.00–11.45"],
        ["Beslutande", "Anders Berglund (S), ordförande\nLena Sjöberg (M), 1:e vice ordförande\n"
                       "Mikael Forsman (C)\nEva Thorsell (S)\nJohan Rask (SD)\n"
                       "Amira Haddad (V)\nPer-Olof Nilsson (KD), tjänstgörande ersättare för "
                       "Birgitta Lund (KD)"],
        ["Övriga närvarande", "Tomas Wiklund, regional utvecklingsdirektör\nKarin Lindqvist, "
                              "utvecklingsstrateg, § 60\nPeter Olausson, controller, § 63\n"
                              "Maria Holm, nämndsekreterare"],
        ["Utses att justera", "Lena Sjöberg (M)"],
        ["Justeringens plats och tid", "Regionens hus, 2025-10-28"],
        ["Paragrafer", "§§ 58–65"],
    ]
    rows = [[Paragraph(esc(a), st_small),
             Paragraph(esc(b).replace("\n", "<br/>"), st_small)] for a, b in info]
    t = Table(rows, colWidths=[4.5 * cm, W - 4.5 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s.append(t)
    s.append(Spacer(1, 10))
    sig = [["Sekreterare", "Maria Holm"], ["Ordförande", "Anders Berglund"],
           ["Justerande", "Lena Sjöberg"]]
    t = Table([[Paragraph(a, st_small), Paragraph("……………………………… " + b, st_small)]
               for a, b in sig], colWidths=[4.5 * cm, W - 4.5 * cm])
    s.append(t)

    items = [
        ("§ 58 Val av justerare", None,
         ["Ordföranden föreslår att Lena Sjöberg (M) utses att jämte ordföranden justera "
          "dagens protokoll."],
         "Regionala utvecklingsnämnden beslutar att utse Lena Sjöberg (M) att justera "
         "protokollet."),
        ("§ 59 Godkännande av dagordning", None,
         ["Ordföranden meddelar att ärendet om remissvar på länsplan för regional "
          "transportinfrastruktur har utgått ur dagordningen och tas upp vid nämndens möte i "
          "december."],
         "Nämnden godkänner dagordningen med ovanstående ändring."),
        ("§ 60 Uppföljning av regional utvecklingsstrategi 2025", "RUN 2025-0412",
         ["Utvecklingsstrateg Karin Lindqvist föredrar årets uppföljning av den regionala "
          "utvecklingsstrategin, som för första gången jämför Värmland med Södermanlands och "
          "Norrbottens län. Uppföljningen visar en positiv utveckling av nyföretagandet men "
          "fortsatta problem med kompetensförsörjningen i länets mindre kommuner.",
          "Johan Rask (SD) yrkar att uppföljningen kompletteras med en analys av "
          "kollektivtrafikens betydelse för arbetspendlingen. Ordföranden ställer yrkandet "
          "mot förvaltningens förslag och finner att nämnden avslår yrkandet."],
         "Regionala utvecklingsnämnden godkänner uppföljningen av den regionala "
         "utvecklingsstrategin 2025 och överlämnar den till regionstyrelsen för kännedom. "
         "Förvaltningen får i uppdrag att ta fram en handlingsplan för kompetensförsörjning "
         "i de mindre kommunerna till nämndens sammanträde i mars 2026."),
        ("§ 61 Regional medfinansiering av projektet Vätgasdalen Värmland", "RUN 2025-0388",
         ["Projektet Vätgasdalen Värmland drivs av Karlstads universitet tillsammans med "
          "industriföretag och energibolag i Kristinehamn och Karlstad. Projektet har "
          "ansökt om regional medfinansiering för perioden 2026–2027. Total projektbudget är "
          "7 400 000 kronor, varav Europeiska regionala utvecklingsfonden (Eruf) står för "
          "50 procent."],
         "Regionala utvecklingsnämnden beviljar projektet Vätgasdalen Värmland regional "
         "medfinansiering med högst 1 850 000 kronor för perioden 2026–2027, under "
         "förutsättning att Tillväxtverket beviljar EU-medel. Beslutet är fattat med stöd av "
         "förordningen (2003:596) om bidrag till projektverksamhet inom den regionala "
         "tillväxtpolitiken."),
        ("§ 62 Yttrande över Trafikverkets förslag till nationell plan 2026–2037",
         "RUN 2025-0351",
         ["Trafikverket har remitterat förslaget till nationell plan för transportsystemet. "
          "Förvaltningen har tagit fram ett förslag till yttrande där dubbelspår på "
          "Värmlandsbanan mellan Kil och Karlstad lyfts fram som länets viktigaste "
          "åtgärd, följt av bärighetsåtgärder på väg 62 mot Torsby."],
         "Nämnden antar förvaltningens förslag till yttrande som sitt eget och överlämnar det "
         "till Trafikverket. Mikael Forsman (C) deltar inte i beslutet."),
        ("§ 63 Budget 2026 för regionala utvecklingsnämnden", "RUN 2025-0402",
         ["Controller Peter Olausson redogör för förslaget till budget. Ramen från "
          "regionfullmäktige är oförändrad jämfört med 2025, men kostnaderna för "
          "medfinansiering av EU-projekt väntas öka under programperiodens andra halva."],
         "Regionala utvecklingsnämnden fastställer budget för 2026 om 212,4 miljoner kronor "
         "enligt förvaltningens förslag, varav 142,2 miljoner kronor avser regionala "
         "utvecklingsmedel."),
        ("§ 64 Anmälan av delegationsbeslut", None,
         ["Förteckning över delegationsbeslut fattade under perioden 2025-09-01 – 2025-10-10 "
          "redovisas. Under perioden har 23 beslut om projektstöd under 200 000 kronor "
          "fattats på delegation."],
         "Nämnden lägger redovisningen till handlingarna."),
        ("§ 65 Övriga frågor", None,
         ["Amira Haddad (V) frågar om regionens arbete med sommarjobb för ungdomar 2026. "
          "Tomas Wiklund svarar att frågan kommer att redovisas vid nämndens sammanträde i "
          "december."],
         "Nämnden noterar informationen."),
    ]
    for head, dnr, texts, beslut in items:
        block = [Paragraph(esc(head), st_par)]
        if dnr:
            block.append(Paragraph(f"Dnr {dnr}", st_small))
            block.append(Spacer(1, 4))
        for tx in texts:
            block.append(body_para(tx, st, W))
        block.append(Paragraph("Beslut", st_b))
        block.append(body_para(beslut, st, W))
        s.append(KeepTogether(block))
    doc.build(s)


# ---------------------------------------------------------------------------------------------
# 3. Onboarding guide (DOCX)
# ---------------------------------------------------------------------------------------------
def build_onboarding(path):
    d = docx.Document()
    d.core_properties.title = "Introduktion för nya medarbetare"
    d.core_properties.author = "Helena Strand"
    d.add_heading("Välkommen till Avdelningen för regional utveckling", level=0)
    d.add_paragraph("Introduktion för nya medarbetare – Region Värmland. Version 2025-09-01. "
                    "Ansvarig för dokumentet: Helena Strand, avdelningschef.")
    d.add_paragraph("Den här guiden hjälper dig under dina första veckor. Läs den gärna innan "
                    "första arbetsdagen och ta med frågor till introduktionssamtalet med din "
                    "chef. Guiden uppdateras varje höst – hittar du något som är fel, säg till.")

    d.add_heading("Viktiga kontakter", level=1)
    for c in [
        "Helena Strand, avdelningschef – introduktionssamtal, arbetsuppgifter, ledighet: "
        "054-701 10 12",
        "Jonas Ek, HR-partner – anställningsavtal, lön, friskvård och pension: 054-701 10 45",
        "Servicedesk IT – dator, mobil, konto, lösenord, e-post och behörigheter: "
        "054-701 10 00 (vardagar 7.30–16.30)",
        "Sara Nyberg, registrator – diarieföring, allmänna handlingar och Platina: "
        "054-701 10 33",
        "Peter Olausson, controller – budget, fakturor och attest i Raindance: 054-701 10 58",
        "Linnea Bergström, kommunikatör – webb, intranät, pressfrågor och grafisk profil: "
        "054-701 10 71",
        "Fredrik Ahl, fastighetsvärd – passerkort, nycklar och arbetsplats: 054-701 10 90",
    ]:
        d.add_paragraph(c, style="List Bullet")

    d.add_heading("System du behöver tillgång till", level=1)
    d.add_paragraph("Din chef beställer behörigheter innan du börjar. Saknas något efter "
                    "första dagen kontaktar du Servicedesk IT.")
    for c in [
        "Heroma – tidrapportering, frånvaro, reseräkningar och lönespecifikation",
        "Platina – diarium och ärendehantering (kräver utbildning, boka via registrator)",
        "Raindance – ekonomisystem för fakturor, attest och uppföljning",
        "Teams och Outlook – möten, chatt och e-post",
        "Lärplattformen Värmlandsakademin – obligatoriska webbutbildningar",
        "BCD Travel – bokning av tåg, flyg och hotell",
    ]:
        d.add_paragraph(c, style="List Bullet")

    d.add_heading("Rutiner", level=1)
    d.add_heading("Tidrapportering", level=2)
    for c in [
        "Vi har flextid med ramtid 06.30–19.00 och kärntid 09.00–15.00.",
        "Flex och avvikelser registreras i Heroma senast den tredje vardagen i påföljande "
        "månad. Chefen attesterar därefter.",
        "Sjukdom anmäls till chefen före kl. 09.00 samma dag och registreras i Heroma.",
        "Semester ansöks i Heroma senast den 31 mars för sommarperioden.",
    ]:
        d.add_paragraph(c, style="List Bullet")
    d.add_heading("Resor", level=2)
    for c in [
        "Tjänsteresor bokas via BCD Travel. Tåg väljs framför flyg för resor kortare än "
        "50 mil.",
        "Egen bil i tjänsten kräver chefens godkännande i förväg.",
        "Reseräkning lämnas i Heroma inom 30 dagar efter resan, med kvitton inskannade.",
        "Resor till Norrbotten och Södermanland inom S3-samverkan bokas på projektkoden 4711.",
    ]:
        d.add_paragraph(c, style="List Bullet")

    d.add_heading("Checklista för första veckan", level=1)
    for c in [
        "Hämta passerkort och nycklar hos Fredrik Ahl i receptionen plan 1.",
        "Logga in, byt lösenord och aktivera tvåstegsverifiering med Servicedesk IT.",
        "Genomför webbutbildningarna i informationssäkerhet och GDPR i Värmlandsakademin.",
        "Boka introduktionssamtal med din chef.",
        "Kontrollera att du har behörighet till Heroma, Platina och Raindance.",
        "Läs Värmlandsstrategin och den senaste uppföljningen av den.",
        "Delta i avdelningsmötet tisdag kl. 09.00 och presentera dig.",
    ]:
        d.add_paragraph(c, style="List Number")

    d.add_heading("Bra att veta", level=1)
    d.add_paragraph("Fika är gemensamt i personalrummet plan 3 klockan 09.30 och 14.30. "
                    "Friskvårdsbidrag och friskvårdstimme beskrivs på intranätet under "
                    "Personal – frågor besvaras av HR-partner.")
    d.save(path)


# ---------------------------------------------------------------------------------------------
# 4. Meeting notes (TXT)
# ---------------------------------------------------------------------------------------------
NOTES = """RUS-uppföljn 2025 – arbetsgr. anteckn (KL)
=============================================

3/2  kl 13-14.30, rum Fryken + Teams
närv: KL, TW, MH, SN (Teams). JE förhindr.

1) indikatorer
 - SCB-siffror 2024 kommer v.12 -> KL stämmer av m SCB ang förvärvsfrekv per kommun
 - patentansökn. funkar dåligt som indikator, för få fall i länet
   BESLUT: ersätts av nystartade ftg per 1000 inv fr.o.m. uppf 2025
 - bredband: PTS-kartl. okt -24 används, TW har kontakt

2) workshop m Norrbotten o Sörmland (S3-samverkan)
 - flyttas fr 12/3 till 26/3 pga krock m regionfullm.
 - plats Luleå, Region Norrbottens lokaler
   BESLUT: max 30 pers, 10 per län

3) budget
 - HS vill ha underlag om kompetensplattf. innan påsk
 - ev omfördelning 400 tkr fr bredband till kompetensplattf – ej beslut, tas upp 17/2

ATT GÖRA
 - KL: utkast kap 3 (utgångsläge) till 28/2
 - TW: boka lokal Luleå + fika, klart 14/2
 - MH: kallelse workshop ut senast 14/2
 - SN: diarieför uppdraget (blev RUN 2025-0412)

nästa: 17/2 13.15

---------------------------------------------

17/2  kl 13.15-14, Teams
närv: KL, TW, HS, MH

 - omfördeln 400 tkr bredband -> kompetensplattf: BESLUT ja, HS godkände
 - workshop 26/3 Luleå: 24 anmälda hittills (Sörmland bara 4!)
 - KL: kap 3 försenat, nytt datum 7/3
 - TW: lokal bokad, Kulturens hus sal 2

ATT GÖRA
 - MH: påminnelse workshop till Sörmland 3/3
 - HS: info till nämnden i april
 - KL+TW: program workshop klart 10/3

nästa: 10/3 kl 9
"""


# ---------------------------------------------------------------------------------------------
# 5. Prioriteringar 2026 (DOCX with a table)
# ---------------------------------------------------------------------------------------------
PRIO_2026 = pd.DataFrame({
    "Insats": ["Kompetensplattform Värmland",
               "Innovationscheckar till små och medelstora företag",
               "Bredbandsutbyggnad på landsbygden",
               "Vätgasdalen Värmland (medfinansiering)",
               "Kompetenslyft för besöksnäringen",
               "Analys och uppföljning av RUS",
               "S3-samverkan med Norrbotten och Södermanland",
               "Handlingsplan kompetensförsörjning i mindre kommuner"],
    "Ansvarig": ["Karin Lindqvist", "Tomas Wiklund", "Peter Olausson", "Tomas Wiklund",
                 "Linnea Bergström", "Karin Lindqvist", "Helena Strand", "Tomas Wiklund"],
    "Budget tkr": [4600, 6500, 3400, 925, 1150, 780, 1400, 650],
})


def build_prio(path):
    d = docx.Document()
    d.core_properties.title = "Prioriteringar 2026"
    d.core_properties.author = "Helena Strand"
    d.add_heading("Prioriteringar 2026", level=0)
    d.add_paragraph("Avdelningen för regional utveckling. Underlag till verksamhetsplan 2026, "
                    "beslutat på ledningsgruppen 2025-11-20.")
    d.add_paragraph("Nedan listas avdelningens prioriterade insatser för 2026 med ansvarig "
                    "person och budget i tusental kronor. Budgeten ryms inom de regionala "
                    "utvecklingsmedlen. Kompetensplattformen har förstärkts med 400 tkr som "
                    "omfördelats från bredbandsutbyggnaden.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Insats", "Ansvarig", "Budget (tkr)"
    for _, r in PRIO_2026.iterrows():
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = r["Insats"], r["Ansvarig"], sv(r["Budget tkr"])
    c = t.add_row().cells
    c[0].text, c[1].text, c[2].text = "Summa", "", sv(PRIO_2026["Budget tkr"].sum())
    for cell in c:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
    d.add_paragraph("")
    d.add_paragraph("Uppföljning sker i samband med delårsrapporten per augusti 2026. "
                    "Frågor om budgeten besvaras av controller Peter Olausson.")
    d.save(path)


# ---------------------------------------------------------------------------------------------
# 6. SCB-style export (Latin-1, semicolons, title row, decimal commas, '..')
# ---------------------------------------------------------------------------------------------
def write_export(path, forv):
    years = ["2020", "2021", "2022", "2023", "2024"]
    lines = ['"Förvärvsfrekvens för befolkningen 20-64 år efter region, kön och år. Procent"',
             "",
             ";".join(['"region"', '"kön"'] + [f'"{y}"' for y in years])]
    for _, r in forv.iterrows():
        vals = []
        for y in years:
            v = r[y]
            vals.append("..") if (v is None or pd.isna(v)) else vals.append(sv(v, 1))
        lines.append(";".join([f'"{r["region"]}"', f'"{r["kön"]}"'] + vals))
    lines += ["", '"Källa: SCB, Befolkningens arbetsmarknadsstatus (BAS)."',
              '".. = uppgift saknas eller för osäker för att redovisas."',
              '"Uppgifterna avser förhållandena i november respektive år."']
    with open(path, "w", encoding="latin-1", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    nyst = make_nystartade()
    forv = make_forvarv()
    build_report(os.path.join(out, "Regional_utvecklingsstrategi_uppfoljning_2025.pdf"),
                 nyst, forv)
    build_minutes(os.path.join(out, "Protokoll_regionala_utvecklingsnamnden_2025-10-23.pdf"))
    build_onboarding(os.path.join(out, "Introduktion_nya_medarbetare.docx"))
    with open(os.path.join(out, "anteckningar arbetsgrupp RUS feb.txt"), "w",
              encoding="utf-8") as f:
        f.write(NOTES)
    build_prio(os.path.join(out, "Prioriteringar 2026.docx"))
    write_export(os.path.join(out, "Forvarvsfrekvens_20-64_kommun_kon_2020-2024.csv"), forv)
    print("wrote", sorted(os.listdir(out)))


if __name__ == "__main__":
    main()
