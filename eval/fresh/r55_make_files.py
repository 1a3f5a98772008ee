"""Build a small knowledge base the way a regional development unit's folder looks.

Usage: python make_files.py OUT_DIR
Writes six files: two PDFs, two DOCX, one TXT and one CSV export.
"""
import sys
from pathlib import Path

import numpy as np

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, Flowable,
                                KeepTogether)
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend

import docx
from docx.shared import Pt

RNG = np.random.default_rng(55)

KOMMUNER = {
    "Blekinge län": [("1080", "Karlskrona"), ("1081", "Ronneby"), ("1082", "Karlshamn"),
                     ("1083", "Sölvesborg"), ("1060", "Olofström")],
    "Kronobergs län": [("0780", "Växjö"), ("0781", "Ljungby"), ("0765", "Älmhult"),
                       ("0764", "Alvesta"), ("0767", "Markaryd"), ("0763", "Tingsryd"),
                       ("0761", "Lessebo"), ("0760", "Uppvidinge")],
    "Gotlands län": [("0980", "Gotland")],
}
LANSKOD = {"Blekinge län": "10", "Kronobergs län": "07", "Gotlands län": "09"}
# rough population 20-64 used as weights for county values
POP = {"Karlskrona": 37000, "Ronneby": 15500, "Karlshamn": 18000, "Sölvesborg": 9400,
       "Olofström": 7000, "Växjö": 57000, "Ljungby": 15800, "Älmhult": 9500, "Alvesta": 11300,
       "Markaryd": 5600, "Tingsryd": 6200, "Lessebo": 4500, "Uppvidinge": 5100,
       "Gotland": 33000}


def sv(x, d=1):
    """Swedish number: decimal comma, space as thousands separator."""
    s = f"{x:,.{d}f}".replace(",", " ").replace(".", ",")
    return s


def wmean(vals, names):
    w = np.array([POP[n] for n in names], float)
    return float(np.round((np.array(vals) * w).sum() / w.sum(), 1))


# ---------------------------------------------------------------- data
YEARS_T1 = [2022, 2023, 2024]
frekvens = {}  # kommun -> {year: value}
for lan, ks in KOMMUNER.items():
    for _, k in ks:
        base = RNG.uniform(72.0, 83.5)
        v22 = round(base, 1)
        v23 = round(v22 + RNG.normal(0.4, 0.6), 1)
        v24 = round(v23 + RNG.normal(0.2, 0.7), 1)
        frekvens[k] = {2022: v22, 2023: v23, 2024: v24}
lan_frekvens = {}
for lan, ks in KOMMUNER.items():
    names = [k for _, k in ks]
    lan_frekvens[lan] = {y: wmean([frekvens[k][y] for k in names], names) for y in YEARS_T1}
riket_frekvens = {2022: 79.9, 2023: 80.3, 2024: 80.1}

INSATS = ["Kompetensförsörjning", "Näringsliv och innovation", "Tillgänglighet",
          "Hållbar omställning"]
medel = {}  # lan -> {insats: tkr}
for lan in KOMMUNER:
    scale = {"Blekinge län": 1.0, "Kronobergs län": 1.25, "Gotlands län": 0.7}[lan]
    medel[lan] = {i: int(round(RNG.uniform(2500, 6500) * scale / 10) * 10) for i in INSATS}

NYSTART_YEARS = [2020, 2021, 2022, 2023, 2024]
nystart = {}
for lan in KOMMUNER:
    base = {"Blekinge län": 1450, "Kronobergs län": 2050, "Gotlands län": 720}[lan]
    nystart[lan] = [int(base * (1 + RNG.normal(0.0, 0.06))) for _ in NYSTART_YEARS]

EXP_YEARS = [2021, 2022, 2023, 2024]
arbl = {}  # region label -> sex -> list
def arbl_series(level):
    out = {}
    k = round(level + RNG.normal(-0.4, 0.4), 1)
    m = round(level + RNG.normal(0.3, 0.4), 1)
    for sex, start in (("kvinnor", k), ("män", m)):
        vals = [start]
        for _ in EXP_YEARS[1:]:
            vals.append(round(max(2.0, vals[-1] + RNG.normal(-0.2, 0.5)), 1))
        out[sex] = vals
    out["totalt"] = [round((a + b) / 2 + RNG.normal(0, 0.05), 1)
                     for a, b in zip(out["kvinnor"], out["män"])]
    return out


arbl["00 Riket"] = arbl_series(7.2)
for lan, ks in KOMMUNER.items():
    arbl[f"{LANSKOD[lan]} {lan}"] = arbl_series({"Blekinge län": 8.4, "Kronobergs län": 7.6,
                                                   "Gotlands län": 5.9}[lan])
    for code, k in ks:
        if lan == "Gotlands län":
            arbl[f"{code} {k}"] = arbl[f"{LANSKOD[lan]} {lan}"]
        else:
            arbl[f"{code} {k}"] = arbl_series(RNG.uniform(4.5, 11.5))


# ---------------------------------------------------------------- PDF helpers
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=10)
CAPTION = ParagraphStyle("caption", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                         spaceBefore=8, spaceAfter=4)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=10,
                    spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=10,
                    spaceAfter=5)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=26, leading=32,
                       spaceAfter=16)
SUB = ParagraphStyle("sub", fontName="Helvetica", fontSize=14, leading=18, spaceAfter=10)
FRAME_W = A4[0] - 5 * cm


AUTO_HYPH = {
    "förvärvsfrekvensen": "förvärvs|frekvensen", "sysselsättningen": "syssel|sättningen",
    "projektredovisningar": "projekt|redovisningar", "åldersstruktur": "ålders|struktur",
    "kollektivtrafiken": "kollektiv|trafiken", "växthusgaser": "växthus|gaser",
    "verksamheter": "verksam|heter", "genomförbarhet": "genomför|barhet",
    "arbetskraft": "arbets|kraft", "utbildningar": "utbild|ningar",
    "tjänsteperson": "tjänste|person", "underleverantörer": "under|leverantörer",
    "bredbandskartläggningen": "bredbands|kartläggningen", "prioriteringar": "priori|teringar",
    "uppföljningarna": "uppfölj|ningarna", "medfinansiering": "med|finansiering",
    "stödberättigande": "stöd|berättigande", "verifikationer": "verifika|tioner",
    "förutsättningarna": "förutsätt|ningarna", "utsläppen": "ut|släppen",
    "nyföretagandet": "ny|företagandet", "befolkningen": "befolk|ningen",
    "innovationer": "innova|tioner", "Analysgruppen": "Analys|gruppen",
    "analysgruppen": "analys|gruppen", "sammanträde": "samman|träde",
}


def wrap(text, width=FRAME_W - 22, font="Helvetica", size=10):
    """Wrap text myself so that words marked with '|' can be hyphenated at line ends.

    '^1' is a footnote marker, rendered as superscript.
    """
    def w(s):
        return stringWidth(s.replace("|", "").replace("^", ""), font, size)

    import re
    for plain, marked in AUTO_HYPH.items():
        text = re.sub(r"(?<![|\w])" + plain + r"(?![\w|])", marked, text)
    def auto(word):
        tail = ""
        while word and word[-1] in ".,;:)":
            tail, word = word[-1] + tail, word[:-1]
        if "|" in word or len(word) < 11 or not word.isalpha():
            return word + tail
        vow = "aeiouyåäöé"
        out, last = word[0], 0
        for i in range(1, len(word)):
            if (3 <= i <= len(word) - 4 and i - last >= 3 and word[i - 1].lower() not in vow
                    and word[i].lower() not in vow and word[i + 1].lower() in vow):
                out += "|"
                last = i
            out += word[i]
        return out + tail

    text = " ".join(auto(wd) for wd in text.split())
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word) if cur else word
        if w(trial) <= width:
            cur = trial
            continue
        if "|" in word:
            parts = word.split("|")
            done = False
            for cut in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:cut]) + "-"
                t2 = (cur + " " + head) if cur else head
                if w(t2) <= width:
                    lines.append(t2)
                    cur = "|".join(parts[cut:])
                    done = True
                    break
            if done:
                continue
        lines.append(cur)
        cur = word
    if cur:
        lines.append(cur)
    out = []
    for ln in lines:
        ln = ln.replace("|", "")
        import re
        ln = re.sub(r"\^(\d)", r"<super>\1</super>", ln)
        out.append(ln)
    return "<br/>".join(out)


def P(text, style=BODY):
    return Paragraph(wrap(text), style)


class Footnote(Flowable):
    """Zero-size flowable: registers a footnote on the page where it is drawn."""

    def __init__(self, store, text):
        super().__init__()
        self.store, self.text = store, text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.store.setdefault(self.canv.getPageNumber(), []).append(self.text)


def table(data, col_widths, head_rows=1, bold_rows=()):
    t = Table(data, colWidths=col_widths, repeatRows=head_rows)
    st = [("FONT", (0, 0), (-1, -1), "Helvetica", 9),
          ("FONT", (0, 0), (-1, head_rows - 1), "Helvetica-Bold", 9),
          ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
          ("ALIGN", (1, head_rows), (-1, -1), "RIGHT"),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("BACKGROUND", (0, 0), (-1, head_rows - 1), colors.HexColor("#dde6f0"))]
    for r in bold_rows:
        st.append(("FONT", (0, r), (-1, r), "Helvetica-Bold", 9))
    t.setStyle(TableStyle(st))
    return t


def build_pdf(path, story_fn, short_title, title_page=True):
    """Two passes: the first counts pages for 'Sida N av M'."""
    total = None
    for _ in range(2):
        notes = {}
        doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm,
                              rightMargin=2.5 * cm, topMargin=2.5 * cm, bottomMargin=3.2 * cm,
                              title=short_title, author="Sydostrådet, analysgruppen")

        def deco(canv, d, notes=notes):
            canv.saveState()
            canv.setFont("Helvetica", 8.5)
            canv.drawString(2.5 * cm, A4[1] - 1.5 * cm, short_title)
            canv.drawRightString(A4[0] - 2.5 * cm, A4[1] - 1.5 * cm, "Sydostrådet")
            canv.line(2.5 * cm, A4[1] - 1.65 * cm, A4[0] - 2.5 * cm, A4[1] - 1.65 * cm)
            n = canv.getPageNumber()
            canv.drawCentredString(A4[0] / 2, 1.2 * cm, f"Sida {n} av {total or 99}")
            canv.restoreState()

        def end(canv, d, notes=notes):
            n = canv.getPageNumber()
            if n in notes:
                canv.saveState()
                y = 3.0 * cm
                canv.line(2.5 * cm, y + 0.15 * cm, 7.5 * cm, y + 0.15 * cm)
                canv.setFont("Helvetica", 7.5)
                for t in notes[n]:
                    y -= 0.38 * cm
                    canv.drawString(2.5 * cm, y, t)
                canv.restoreState()

        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
        templates = [PageTemplate(id="body", frames=[frame], onPage=deco, onPageEnd=end)]
        if title_page:
            templates.insert(0, PageTemplate(id="title", frames=[frame]))
        doc.addPageTemplates(templates)
        story = story_fn(notes)
        doc.build(story)
        total = doc.page
    return total


# ---------------------------------------------------------------- 1. report PDF
def report_story(notes):
    s = []
    s.append(Spacer(1, 5 * cm))
    s.append(Paragraph("Regional utvecklingsstrategi – uppföljning 2025", TITLE))
    s.append(Paragraph("Blekinge, Kronoberg och Gotland", SUB))
    s.append(Paragraph("Gemensam uppföljning av de regionala utvecklingsstrategierna", SUB))
    s.append(Spacer(1, 5 * cm))
    s.append(Paragraph("Sydostrådet – analysgruppen<br/>Februari 2026<br/>Diarienummer SOR 2026/14",
                       BODY))
    s.append(NextPageTemplate("body"))
    s.append(PageBreak())

    # Innehåll
    s.append(Paragraph("Innehåll", H1))
    toc = [("Sammanfattning", 3), ("1 Inledning", 4), ("2 Prioriterade områden", 4),
           ("2.1 Kompetensförsörjning", 4), ("2.2 Näringsliv och innovation", 4),
           ("2.3 Tillgänglighet och digital infrastruktur", 5), ("2.4 Hållbar omställning", 5),
           ("3 Uppföljning per kommun", 7), ("4 Finansiering av insatser", 9),
           ("5 Slutsatser och fortsatt arbete", 10), ("Bilaga 1 Källor och definitioner", 10)]
    for t, p in toc:
        dots = "." * (90 - len(t) * 1)
        s.append(Paragraph(f"{t} {dots} {p}", BODY))
    s.append(PageBreak())

    b, k, g = "Blekinge län", "Kronobergs län", "Gotlands län"
    lf = lan_frekvens
    tot_medel = sum(sum(v.values()) for v in medel.values())
    tot_ny24 = sum(v[-1] for v in nystart.values())
    all_k = [kk for ks in KOMMUNER.values() for _, kk in ks]
    best = max(all_k, key=lambda x: frekvens[x][2024])
    worst = min(all_k, key=lambda x: frekvens[x][2024])

    s.append(Paragraph("Sammanfattning", H1))
    s.append(P(
        "Den här rapporten följer upp de regionala utvecklings|strategierna i Blekinge, "
        "Kronoberg och Gotland för 2025. Uppföljningen görs gemensamt inom Sydostrådet och "
        "bygger på officiell statistik, projektredovisningar och en enkät till kommunerna."))
    s.append(P(
        f"Förvärvsfrekvensen bland 20–64-åringar var {sv(lf[b][2024])} procent i Blekinge län, "
        f"{sv(lf[k][2024])} procent i Kronobergs län och {sv(lf[g][2024])} procent i Gotlands län "
        f"år 2024, jämfört med {sv(riket_frekvens[2024])} procent i riket. Högst förvärvs|frekvens "
        f"bland kommunerna hade {best} med {sv(frekvens[best][2024])} procent och lägst hade "
        f"{worst} med {sv(frekvens[worst][2024])} procent."))
    s.append(P(
        f"Under 2024 startades totalt {sv(tot_ny24, 0)} nya företag i de tre länen. Andelen "
        "hushåll med tillgång till bredband om minst 1 Gbit/s ökade till 84,2 procent, från "
        "81,6 procent året innan. Under 2025 beviljades 37 projekt regionala utvecklings|medel "
        f"om sammanlagt {sv(tot_medel / 1000, 1)} miljoner kronor."))
    s.append(P(
        "Den samlade bedömningen är att utvecklingen går åt rätt håll inom kompetens|försörjning "
        "och digital infrastruktur, medan omställningen av transporterna går långsammare än "
        "målen kräver. Rapporten föreslår tre fortsatta prioriteringar: validering av "
        "yrkeskompetens, fler testbäddar för små företag och laddinfrastruktur på landsbygden."))
    s.append(PageBreak())

    s.append(Paragraph("1 Inledning", H1))
    s.append(P(
        "Sydostrådet är ett samverkansorgan för Region Blekinge, Region Kronoberg och Region "
        "Gotland. Varje år följer analysgruppen upp hur regionerna når de mål som satts i "
        "respektive regional utvecklings|strategi (RUS). Uppföljningen för 2025 är den tredje i "
        "sitt slag och har tagits fram under hösten 2025 och vintern 2026.^1"))
    s.append(Footnote(notes, "1 Tidigare uppföljningar publicerades i mars 2024 och mars 2025 och finns på Sydostrådets webbplats."))
    s.append(P(
        "Rapporten är disponerad efter de fyra prioriterade områdena i strategierna. Varje "
        "område redovisas med indikatorer, en kort analys och exempel på insatser. Kapitel 3 "
        "redovisar förvärvsfrekvensen per kommun och kapitel 4 hur de regionala utvecklings|medlen "
        "har fördelats."))
    s.append(Paragraph("2 Prioriterade områden", H1))
    s.append(Paragraph("2.1 Kompetensförsörjning", H2))
    s.append(P(
        "Kompetens|försörjningen är den fråga som flest företag i regionerna lyfter som hinder "
        "för tillväxt. I Blekinge län ökade förvärvsfrekvensen från "
        f"{sv(lf[b][2023])} procent 2023 till {sv(lf[b][2024])} procent 2024. I Kronobergs län var "
        f"förändringen från {sv(lf[k][2023])} till {sv(lf[k][2024])} procent och på Gotland från "
        f"{sv(lf[g][2023])} till {sv(lf[g][2024])} procent.^2"))
    s.append(Footnote(notes, "2 Förvärvsfrekvens: andel förvärvsarbetande av befolkningen 20–64 år enligt SCB:s registerbaserade arbetsmarknadsstatistik (BAS)."))
    s.append(P(
        f"Bland kommunerna i Blekinge hade Karlskrona {sv(frekvens['Karlskrona'][2024])} procent "
        f"och Olofström {sv(frekvens['Olofström'][2024])} procent. I Kronoberg låg Växjö på "
        f"{sv(frekvens['Växjö'][2024])} procent medan Lessebo låg på "
        f"{sv(frekvens['Lessebo'][2024])} procent. Skillnaderna mellan kommunerna förklaras till "
        "stor del av åldersstruktur och andelen utrikes födda som nyligen har kommit till Sverige."))
    s.append(P(
        "Det gemensamma projektet Kompetenslyft Sydost leds av Sara Nyberg på Region Kronoberg. "
        "Projektet har en budget på 9,6 miljoner kronor för 2025–2027 och riktar sig till "
        "anställda i tillverknings|industrin som behöver validering eller kortare utbildningar. "
        "Under 2025 deltog 412 personer, varav 158 kvinnor. Projektets första delrapport ska "
        "lämnas till Sydostrådet den 30 april 2026."))
    s.append(P(
        "Yrkeshögskole|utbildningarna i de tre länen hade 2 340 studerande hösten 2025, en ökning "
        "med 6 procent jämfört med året innan. Efterfrågan är störst inom vård, "
        "byggteknik och automation. Antalet platser inom regional yrkesvux ökade med 210."))
    s.append(Paragraph("2.2 Näringsliv och innovation", H2))
    s.append(P(
        "Nyföretagandet var fortsatt högt under 2024. Figur 1 visar antalet nystartade företag per "
        "år 2020–2024 i de tre länen. Kronobergs län står för drygt hälften av nyföretagandet, "
        f"med {sv(nystart[k][-1], 0)} nya företag 2024. I Blekinge län startades "
        f"{sv(nystart[b][-1], 0)} företag och på Gotland {sv(nystart[g][-1], 0)}."))

    d = Drawing(FRAME_W, 210)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 40, 40, FRAME_W - 150, 150
    bc.data = [nystart[b], nystart[k], nystart[g]]
    bc.categoryAxis.categoryNames = [str(y) for y in NYSTART_YEARS]
    bc.valueAxis.valueMin = 0
    bc.valueAxis.valueMax = 2500
    bc.valueAxis.valueStep = 500
    cols = [colors.HexColor("#1f4e79"), colors.HexColor("#7fa7d1"), colors.HexColor("#c9a227")]
    for i, c in enumerate(cols):
        bc.bars[i].fillColor = c
    d.add(bc)
    lg = Legend()
    lg.x, lg.y = FRAME_W - 100, 170
    lg.fontSize = 8
    lg.colorNamePairs = list(zip(cols, ["Blekinge", "Kronoberg", "Gotland"]))
    d.add(lg)
    d.add(String(0, 200, "Antal", fontSize=8))
    s.append(KeepTogether([d, Paragraph(
        "Figur 1. Nystartade företag per år i Blekinge, Kronoberg och Gotland 2020–2024, antal. "
        "Källa: Tillväxtanalys.", SMALL)]))
    s.append(Spacer(1, 8))
    s.append(P(
        "Satsningen på testbäddar fortsatte. Testbädden för trä|byggande i Växjö togs i bruk i "
        "maj 2025 och har hittills använts av 23 företag. På Gotland har en testbädd för "
        "livsmedels|förädling startats i samarbete med Uppsala universitet Campus Gotland. "
        "Innovations|stödet Innovationscheck Sydost beviljades till 64 små företag under 2025, "
        "med ett genomsnittligt stöd på 98 000 kronor."))
    s.append(P(
        "Exporten från länen har utvecklats svagare än i riket. Analysgruppen bedömer att "
        "efterfrågan från Tyskland och Polen har minskat, vilket drabbat underleverantörer inom "
        "verkstads|industrin i Olofström, Älmhult och Markaryd särskilt hårt."))
    s.append(Paragraph("2.3 Tillgänglighet och digital infrastruktur", H2))
    s.append(P(
        "Andelen hushåll med tillgång till bredband om minst 1 Gbit/s var 84,2 procent i de tre "
        "länen 2025. Högst andel hade Blekinge län med 88,9 procent och lägst Gotlands län med "
        "71,5 procent.^3 Utbyggnaden på landsbygden har gått snabbare än väntat tack vare "
        "statligt bredbands|stöd."))
    s.append(Footnote(notes, "3 Källa: Post- och telestyrelsen (PTS), bredbandskartläggningen oktober 2025. Avser hushåll med fiber i eller i nära anslutning till fastigheten."))
    s.append(P(
        "Kollektivtrafiken har återhämtat sig efter pandemin. Resandet med regional "
        "busstrafik ökade med 4,8 procent i Kronoberg och 3,1 procent i Blekinge. "
        "Restiden med tåg mellan Karlskrona och Växjö är i dag 1 timme och 38 minuter; målet i "
        "strategierna är att den ska understiga 1 timme och 30 minuter till 2030."))
    s.append(P(
        "Gotlands tillgänglighet är beroende av färje|trafiken. Under 2025 reste 1,92 miljoner "
        "passagerare med färjorna till och från Gotland, vilket är i nivå med 2024. Frågan om "
        "framtidens färjetrafik efter 2027 utreds av Trafikverket."))
    s.append(Paragraph("2.4 Hållbar omställning", H2))
    s.append(P(
        "De territoriella utsläppen av växthusgaser minskade med 3,4 procent mellan 2022 och "
        "2023 i de tre länen sammantaget. Transporterna står för 38 procent av utsläppen och "
        "minskningen där var bara 1,2 procent. Cementindustrin i Slite på Gotland är den enskilt "
        "största utsläpps|källan i området."))
    s.append(P(
        "Antalet publika laddpunkter för elbilar ökade från 1 120 till 1 486 under 2025. "
        "Utbyggnaden har dock främst skett i tätorterna, och i flera mindre kommuner saknas "
        "snabbladdning längs de större vägarna. Rapporten föreslår därför en särskild satsning "
        "på laddinfra|struktur på landsbygden."))
    s.append(P(
        "Andelen förnybar el i regionernas egna verksamheter var 96 procent. Region Gotland har "
        "som mål att vara klimatneutral 2040, medan Region Blekinge och Region Kronoberg har "
        "målåret 2045."))
    s.append(PageBreak())

    s.append(Paragraph("3 Uppföljning per kommun", H1))
    s.append(P(
        "Tabell 1 redovisar förvärvsfrekvensen för befolkningen 20–64 år i samtliga kommuner i "
        "de tre länen 2022–2024, tillsammans med länen och riket. Förvärvs|frekvensen ökade i "
        f"{sum(1 for x in all_k if frekvens[x][2024] > frekvens[x][2023])} av 14 kommuner mellan "
        "2023 och 2024."))
    s.append(P(
        f"Störst ökning mellan 2023 och 2024 hade "
        f"{max(all_k, key=lambda x: frekvens[x][2024] - frekvens[x][2023])}, medan "
        f"{min(all_k, key=lambda x: frekvens[x][2024] - frekvens[x][2023])} hade den största "
        "minskningen. Kommunerna i västra Kronoberg har generellt högre förvärvs|frekvens än "
        "kommunerna i den östra delen av länet, vilket hänger samman med industrins och "
        "handelns behov av arbetskraft kring Älmhult och Ljungby."))
    s.append(P(
        "Gotland är både kommun och län och redovisas därför en gång. Uppgifterna för 2024 är "
        "preliminära och kan komma att revideras när SCB publicerar slutliga siffror under "
        "hösten 2026.^4"))
    s.append(Footnote(notes, "4 SCB publicerar slutlig BAS-statistik för 2024 i november 2026. Revideringar är normalt mindre än 0,2 procentenheter."))
    s.append(P(
        "Läsanvisning: kommunerna redovisas länsvis och efter storlek. Länsvärdena är beräknade "
        "av SCB och är inte ett enkelt medelvärde av kommunerna. En jämförelse med riket görs "
        "på sista raden. För kommuner med färre än 5 000 invånare i åldern 20–64 år ska "
        "förändringar mellan enskilda år tolkas med försiktighet, eftersom slumpmässiga "
        "variationer i sysselsättningen får större genomslag i små befolkningar. Detta gäller "
        "framför allt Lessebo. Värdena för 2022 har reviderats sedan förra årets uppföljning."))
    s.append(Spacer(1, 4 * cm))
    s.append(Paragraph("Tabell 1. Förvärvsfrekvens 20–64 år efter kommun och län, procent, "
                       "2022–2024", CAPTION))
    rows = [["Kommun / län", "2022", "2023", "2024", "Förändring 2023–2024, procentenheter"]]
    bold = []
    for lan, ks in KOMMUNER.items():
        for _, kk in ks:
            if lan == "Gotlands län":
                continue
            f = frekvens[kk]
            rows.append([kk, sv(f[2022]), sv(f[2023]), sv(f[2024]), sv(f[2024] - f[2023])])
        f = lan_frekvens[lan]
        label = lan if lan != "Gotlands län" else "Gotlands län (Gotland)"
        rows.append([label, sv(f[2022]), sv(f[2023]), sv(f[2024]), sv(f[2024] - f[2023])])
        bold.append(len(rows) - 1)
    f = riket_frekvens
    rows.append(["Riket", sv(f[2022]), sv(f[2023]), sv(f[2024]), sv(f[2024] - f[2023])])
    bold.append(len(rows) - 1)
    cw = [4.6 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 5.3 * cm]
    t1 = table([[Paragraph(f"<b>{c}</b>", SMALL) for c in rows[0]]] + rows[1:], cw,
               bold_rows=bold)
    s.append(t1)
    s.append(Paragraph("Källa: SCB, registerbaserad arbetsmarknadsstatistik (BAS). "
                       "Uppgifterna för 2024 är preliminära.", SMALL))
    s.append(PageBreak())

    s.append(Paragraph("4 Finansiering av insatser", H1))
    s.append(P(
        "Under 2025 beviljades 37 projekt regionala utvecklings|medel. Tabell 2 visar hur "
        "medlen fördelades mellan länen och de fyra insatsområdena. Kronobergs län fick den "
        "största andelen, vilket förklaras av att två stora projekt inom näringsliv och "
        "innovation startade under året."))
    s.append(Paragraph("Tabell 2. Beviljade regionala utvecklingsmedel 2025 efter län och "
                       "insatsområde, tusen kronor", CAPTION))
    hdr = ["Insatsområde", "Blekinge län", "Kronobergs län", "Gotlands län", "Totalt"]
    rows2 = [hdr]
    for i in INSATS:
        vals = [medel[l][i] for l in KOMMUNER]
        rows2.append([i] + [sv(v, 0) for v in vals] + [sv(sum(vals), 0)])
    lan_tot = [sum(medel[l].values()) for l in KOMMUNER]
    rows2.append(["Totalt"] + [sv(v, 0) for v in lan_tot] + [sv(sum(lan_tot), 0)])
    s.append(table(rows2, [4.8 * cm, 2.6 * cm, 2.8 * cm, 2.6 * cm, 2.4 * cm],
                   bold_rows=[len(rows2) - 1]))
    s.append(Paragraph("Källa: Sydostrådets projektregister, utdrag 2026-01-15.", SMALL))
    s.append(Spacer(1, 8))
    s.append(P(
        "Medfinansieringen från kommuner, lärosäten och näringsliv uppgick till 31,4 miljoner "
        "kronor. Varje krona i regionala utvecklings|medel växlades därmed upp med i genomsnitt "
        "0,65 kronor från andra finansiärer. Från och med 2026 gäller nya riktlinjer för "
        "medfinansiering, som arbetsutskottet beslutade om i november 2025."))
    s.append(P(
        "Det största enskilda projektet är Kompetenslyft Sydost. Därefter följer Smart "
        "industri Kronoberg och Gotlands livsmedels|lyft. Projektens resultat följs upp två "
        "gånger per år i projekt|registret."))
    s.append(PageBreak())

    s.append(Paragraph("5 Slutsatser och fortsatt arbete", H1))
    s.append(P(
        "Analysgruppen gör bedömningen att två av de fyra prioriterade områdena utvecklas i "
        "linje med målen: kompetens|försörjning och digital infrastruktur. Inom näringsliv och "
        "innovation är bilden blandad, och inom hållbar omställning går utvecklingen för "
        "långsamt."))
    s.append(P(
        "För 2026 föreslås tre prioriteringar. Den första är att bygga ut valideringen av "
        "yrkeskompetens i samarbete med branscherna. Den andra är att etablera fler testbäddar "
        "där små företag kan pröva nya produkter. Den tredje är en gemensam plan för "
        "laddinfra|struktur på landsbygden, som ska tas fram tillsammans med Trafikverket och "
        "kommunerna senast den 1 oktober 2026."))
    s.append(P(
        "Uppföljningen för 2026 planeras att publiceras i februari 2027. Analysgruppen "
        "kommer då också att redovisa indikatorer för social hållbarhet, som har saknats i de "
        "tidigare uppföljningarna. Ansvarig för uppföljningen är analyschef Johan Bergström."))
    s.append(Paragraph("Bilaga 1 Källor och definitioner", H2))
    s.append(P(
        "Förvärvsfrekvensen hämtas från SCB:s registerbaserade arbetsmarknads|statistik och "
        "avser befolkningen 20–64 år i november respektive år. Nystartade företag hämtas från "
        "Tillväxtanalys och avser nystartade företag enligt myndighetens definition, där "
        "ägarbyten och ombildningar inte räknas. Bredbands|uppgifterna kommer från Post- och "
        "telestyrelsens årliga kartläggning och avser oktober respektive år."))
    s.append(P(
        "Uppgifterna om utsläpp av växthusgaser kommer från den nationella emissions|databasen "
        "och redovisas med knappt två års eftersläpning. Uppgifterna om beviljade medel och "
        "projekt kommer från Sydostrådets eget projekt|register. Enkäten till kommunerna "
        "genomfördes i oktober 2025 och besvarades av 13 av 14 kommuner; Markaryds kommun "
        "lämnade inget svar."))
    s.append(P(
        "Med regionala utvecklingsmedel avses i rapporten de statliga anslag för regionalt "
        "tillväxtarbete som regionerna förfogar över, tillsammans med regionernas egna medel för "
        "regional utveckling. Belopp redovisas i löpande priser."))
    s.append(P(
        "Rapporten har tagits fram av analysgruppen vid Sydostrådet: Johan Bergström, Linnea "
        "Ek och Oskar Danielsson. Synpunkter kan lämnas till analysgruppen@sydostradet.se."))
    return s


# ---------------------------------------------------------------- 4. policy PDF
def policy_story(notes):
    s = []
    s.append(Spacer(1, 6 * cm))
    s.append(Paragraph("Riktlinjer för medfinansiering av regionala utvecklingsprojekt", TITLE))
    s.append(Paragraph("Sydostrådet – Region Blekinge, Region Kronoberg och Region Gotland", SUB))
    s.append(Spacer(1, 4 * cm))
    s.append(Paragraph("Fastställda 2025-11-20<br/>Giltiga 2026-01-01 – 2028-12-31<br/>"
                       "Dokumentansvarig: Sydostrådets kansli", BODY))
    s.append(NextPageTemplate("body"))
    s.append(PageBreak())
    s.append(Paragraph("Riktlinjer för medfinansiering av regionala utvecklingsprojekt", H1))
    s.append(Paragraph("Beslutade av Sydostrådets arbetsutskott 2025-11-20, § 16. Gäller från "
                       "och med 2026-01-01. Dnr SOR 2025/88.", SMALL))
    s.append(Spacer(1, 8))
    s.append(Paragraph("1 Syfte", H2))
    s.append(P(
        "Riktlinjerna anger hur Sydostrådet medfinansierar projekt som bidrar till de regionala "
        "utvecklings|strategierna i Blekinge, Kronoberg och Gotland. De ska ge sökande "
        "förutsägbarhet och säkerställa att medlen används där de gör störst nytta."))
    s.append(P(
        "Riktlinjerna ersätter de tidigare riktlinjerna från 2021. Ansökningar som har kommit in "
        "före den 1 januari 2026 bedöms enligt de tidigare riktlinjerna."))
    s.append(Paragraph("2 Definitioner", H2))
    defs = [
        "Med medfinansiering avses ekonomiskt stöd från Sydostrådet till ett projekt som även "
        "finansieras av andra parter.",
        "Med projektägare avses den juridiska person som ansöker om medel, ansvarar för "
        "genomförandet och redovisar projektet.",
        "Med offentlig medfinansiering avses bidrag från kommuner, regioner, statliga myndigheter "
        "och universitet eller högskolor.",
        "Med stödberättigande kostnader avses kostnader som är direkt nödvändiga för projektet, "
        "har uppstått under projekt|perioden och kan styrkas med verifikationer.",
        "Med förstudie avses ett kortare projekt på högst tolv månader som utreder "
        "förutsättningarna för ett större genomförande|projekt.",
    ]
    for d in defs:
        s.append(P(d))
    s.append(Paragraph("3 Regler för medfinansiering", H2))
    rules = [
        "3.1 Sydostrådet medfinansierar högst 50 procent av ett projekts stödberättigande "
        "kostnader. För förstudier får andelen vara högst 70 procent.",
        "3.2 Ansökan ska lämnas senast den 15 mars eller den 15 september. Beslut fattas inom "
        "tio veckor efter sista ansökningsdag.",
        "3.3 Projekt med en total budget över 2 miljoner kronor bereds av den regionala "
        "medfinansierings|gruppen (RMG) innan arbetsutskottet fattar beslut. RMG består av en "
        "tjänsteperson från varje region och en representant för kommunerna.",
        "3.4 Projektägaren ska vara en offentlig aktör, en ideell förening eller ett "
        "universitet. Enskilda företag kan inte vara projektägare men kan delta i projekt.",
        "3.5 Medfinansiering beviljas för högst tre år. Förlängning kan beviljas en gång, med "
        "högst tolv månader.",
        "3.6 Projektägaren ska lämna en lägesrapport varje halvår och en slutrapport senast "
        "tre månader efter projekt|periodens slut.",
        "3.7 Medel som inte har använts ska återbetalas. Sydostrådet kan kräva återbetalning "
        "om projektet inte genomförs enligt beslutet.",
    ]
    for r in rules:
        s.append(P(r))
    s.append(Paragraph("4 Bedömning av ansökningar", H2))
    s.append(P(
        "Ansökningar bedöms utifrån hur väl de bidrar till strategiernas prioriterade områden, "
        "projektets genomförbarhet, samverkan mellan minst två av länen och hur resultaten ska "
        "leva vidare efter projekt|tiden. Projekt som omfattar alla tre länen prioriteras."))
    s.append(P(
        "Vid bedömningen väger RMG även in jämställdhet, tillgänglighet och miljö. Ett projekt "
        "som saknar en plan för jämställdhets|integrering kan inte beviljas medel."))
    s.append(Paragraph("5 Ansökans innehåll", H2))
    s.append(P(
        "En ansökan ska innehålla en projektplan, en budget per år och kostnadsslag, uppgifter "
        "om övriga finansiärer, intyg om medfinansiering från samtliga offentliga parter och en "
        "beskrivning av hur projektet ska följas upp. Ansökan lämnas i Sydostrådets e-tjänst."))
    s.append(P(
        "Av projektplanen ska framgå vilka mål i de regionala utvecklings|strategierna som "
        "projektet bidrar till, vilka målgrupper som nås och vilka aktiviteter som planeras. "
        "Budgeten ska redovisa personal|kostnader, externa tjänster, resor och övriga kostnader "
        "var för sig. Indirekta kostnader får schablonberäknas till högst 15 procent av de "
        "direkta personalkostnaderna."))
    s.append(P(
        "Ofullständiga ansökningar kompletteras i dialog med handläggaren. En ansökan som inte "
        "har kompletterats inom fyra veckor avskrivs."))
    s.append(Paragraph("6 Utbetalning och redovisning", H2))
    s.append(P(
        "Medel betalas ut i efterskott mot redovisade och betalda kostnader. Ett förskott på "
        "högst 20 procent av beviljat belopp kan betalas ut om projektägaren är en ideell "
        "förening. Utbetalning begärs högst fyra gånger per år."))
    s.append(P(
        "Projektägaren ska spara underlag för redovisade kostnader i minst tio år efter "
        "projektets slut. Sydostrådet har rätt att granska projektets räkenskaper och kan "
        "anlita en extern revisor för granskningen. Kostnader för revision av projekt med en "
        "budget över 5 miljoner kronor är stöd|berättigande."))
    s.append(P(
        "Slutrapporten ska beskriva uppnådda resultat i förhållande till projektets mål, hur "
        "medlen har använts och hur resultaten ska tas tillvara efter projekttiden. Mallar för "
        "läges- och slutrapporter finns på Sydostrådets webbplats."))
    s.append(Paragraph("7 Uppföljning och revidering", H2))
    s.append(P(
        "Kansliet följer upp riktlinjerna årligen och redovisar utfallet till arbetsutskottet i "
        "samband med uppföljningen av de regionala utvecklings|strategierna. Riktlinjerna ska "
        "revideras senast 2028."))
    s.append(P(
        "Frågor om riktlinjerna besvaras av Sydostrådets kansli, handläggare Emma Sjöberg."))
    return s


def make_policy(path):
    build_pdf(path, policy_story, "Riktlinjer för medfinansiering", title_page=True)


# ---------------------------------------------------------------- 2. DOCX verksamhetsplan
def make_vp(path):
    d = docx.Document()
    d.core_properties.title = "Verksamhetsplan 2026"
    d.core_properties.author = "Maria Lindqvist"
    d.add_heading("Verksamhetsplan 2026", 0)
    d.add_paragraph("Sydostrådets kansli – enheten för regional utveckling")
    d.add_paragraph("Fastställd av Sydostrådet 2025-12-11")
    d.add_heading("Inledning", 1)
    d.add_paragraph(
        "Verksamhetsplanen beskriver vad kansliet ska göra under 2026 för att genomföra de "
        "regionala utvecklingsstrategierna i Blekinge, Kronoberg och Gotland. Planen bygger på "
        "uppföljningen för 2025 och på de prioriteringar som Sydostrådet beslutade om i "
        "december 2025. Enhetschef är Maria Lindqvist.")
    d.add_heading("Mål för 2026", 1)
    goals = [
        ("Mål 1 Fler i arbete", "Förvärvsfrekvensen bland utrikes födda kvinnor ska öka. "
         "Insatserna samordnas med Arbetsförmedlingen och kommunernas vuxenutbildning. "
         "Ansvarig: Sara Nyberg."),
        ("Mål 2 Fler växande företag", "Fler små företag ska få stöd att utveckla nya produkter "
         "och tjänster, bland annat genom testbäddar och Innovationscheck Sydost. "
         "Ansvarig: Ahmed Karimi."),
        ("Mål 3 Digital tillgänglighet i hela området", "Andelen hushåll med bredband om minst "
         "1 Gbit/s ska öka, med särskilt fokus på Gotlands landsbygd. Ansvarig: Lars Öhman."),
        ("Mål 4 Fossilfria transporter", "Antalet publika laddpunkter ska öka och en gemensam "
         "plan för laddinfrastruktur på landsbygden ska tas fram. Ansvarig: Helena Strand."),
    ]
    for h, t in goals:
        d.add_heading(h, 2)
        d.add_paragraph(t)
    d.add_heading("Indikatorer", 1)
    d.add_paragraph("Tabellen visar indikatorerna för målen, med utgångsvärde och målvärde.")
    ind = [
        ("Förvärvsfrekvens utrikes födda kvinnor 20–64 år, procent", "61,8", "64,0", "Sara Nyberg"),
        ("Nystartade företag per 1 000 invånare", "8,9", "9,5", "Ahmed Karimi"),
        ("Företag som fått innovationscheck, antal", "64", "80", "Ahmed Karimi"),
        ("Hushåll med bredband minst 1 Gbit/s, procent", "84,2", "88,0", "Lars Öhman"),
        ("Publika laddpunkter, antal", "1 486", "1 900", "Helena Strand"),
        ("Deltagare i Kompetenslyft Sydost, antal", "412", "650", "Sara Nyberg"),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Indikator", "Utgångsvärde", "Målvärde 2026", "Ansvarig"]):
        c.text = txt
    for r in ind:
        cells = t.add_row().cells
        for c, txt in zip(cells, r):
            c.text = txt
    d.add_paragraph("Utgångsvärdet avser senast tillgängliga uppgift, i regel 2024 eller 2025.")
    d.add_heading("Milstolpar", 1)
    for m in [
        "Kompetenslyft Sydost lämnar sin första delrapport den 30 april 2026.",
        "En delårsrapport för verksamhetsplanen lämnas till Sydostrådet senast den 15 juni 2026.",
        "Planen för laddinfrastruktur på landsbygden ska vara klar senast den 1 oktober 2026.",
        "Uppföljningen av de regionala utvecklingsstrategierna för 2026 publiceras i februari 2027.",
    ]:
        d.add_paragraph(m, style="List Bullet")
    d.add_heading("Budget", 1)
    d.add_paragraph(
        "Kansliets totala budget för 2026 uppgår till 18,4 miljoner kronor, vilket är 950 000 "
        "kronor mer än 2025. Av budgeten avser 6,2 miljoner kronor projektmedel som fördelas "
        "enligt riktlinjerna för medfinansiering. Ökningen finansieras av regionerna i "
        "proportion till folkmängden.")
    d.add_paragraph("Tabell: Kansliets budget 2025 och 2026, tusen kronor")
    budget = [("Personal", 8900, 9350), ("Projektmedel", 5800, 6200),
              ("Analys och uppföljning", 1200, 1450), ("Konsulttjänster", 900, 700),
              ("Resor och konferenser", 400, 450), ("Övrigt", 250, 250)]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Budgetpost", "Budget 2025", "Budget 2026"]):
        c.text = txt
    for name, a, b in budget:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = name, sv(a, 0), sv(b, 0)
    cells = t.add_row().cells
    cells[0].text = "Summa"
    cells[1].text = sv(sum(x[1] for x in budget), 0)
    cells[2].text = sv(sum(x[2] for x in budget), 0)
    d.add_heading("Organisation och ansvar", 1)
    d.add_paragraph(
        "Kansliet har elva medarbetare. Enhetschef Maria Lindqvist ansvarar för planen som helhet. "
        "Analyschef Johan Bergström ansvarar för uppföljning och statistik. Emma Sjöberg är "
        "sekreterare i arbetsutskottet och handlägger ärenden om medfinansiering.")
    d.save(str(path))


# ---------------------------------------------------------------- 3. DOCX protokoll
def make_minutes(path):
    d = docx.Document()
    d.core_properties.title = "Protokoll arbetsutskottet 2025-11-20"
    p = d.add_paragraph()
    r = p.add_run("PROTOKOLL")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Sydostrådets arbetsutskott")
    d.add_paragraph("Sammanträdesdatum: 2025-11-20, kl. 09.00–11.45")
    d.add_paragraph("Plats: Regionens hus, Växjö, samt digitalt")
    d.add_paragraph("")
    d.add_paragraph("Beslutande: Karin Holm (S), Region Kronoberg, ordförande; Lars-Erik "
                    "Svensson (M), Region Blekinge, vice ordförande; Peter Ahlgren (C), Region "
                    "Gotland")
    d.add_paragraph("Övriga närvarande: Maria Lindqvist, enhetschef; Johan Bergström, "
                    "analyschef; Ahmed Karimi, näringslivsstrateg; Emma Sjöberg, sekreterare")
    d.add_paragraph("Justerare: Peter Ahlgren")
    d.add_paragraph("Justeringens tid och plats: 2025-11-27, digital justering")
    secs = [
        ("§ 12 Val av justerare",
         ["Arbetsutskottet beslutar att utse Peter Ahlgren att jämte ordföranden justera "
          "dagens protokoll."]),
        ("§ 13 Godkännande av dagordning",
         ["Dagordningen godkänns med tillägg av en informationspunkt om färjetrafiken under "
          "övriga frågor."]),
        ("§ 14 Uppföljning av de regionala utvecklingsstrategierna 2025",
         ["Analyschef Johan Bergström föredrar utkastet till uppföljning för 2025. "
          "Förvärvsfrekvensen har ökat i alla tre länen, men omställningen av transporterna går "
          "långsamt.",
          "Beslut: Arbetsutskottet beslutar att godkänna utkastet och överlämna det till "
          "Sydostrådet för fastställelse. Slutlig rapport ska publiceras senast den 28 februari "
          "2026."]),
        ("§ 15 Medfinansiering av projektet Kompetenslyft Sydost, etapp 2",
         ["Region Kronoberg har ansökt om medfinansiering av etapp 2 av Kompetenslyft Sydost. "
          "Den totala budgeten för etapp 2 är 3,1 miljoner kronor. RMG har berett ärendet och "
          "tillstyrker ansökan.",
          "Beslut: Arbetsutskottet beslutar att bevilja 1 250 000 kronor i medfinansiering för "
          "perioden 2026-01-01–2027-12-31, under förutsättning att Arbetsförmedlingen deltar "
          "som samverkanspart."]),
        ("§ 16 Revidering av riktlinjer för medfinansiering",
         ["Kansliet har tagit fram ett förslag till reviderade riktlinjer. Den största "
          "förändringen är att förstudier kan medfinansieras med upp till 70 procent.",
          "Beslut: Arbetsutskottet beslutar att anta de reviderade riktlinjerna för "
          "medfinansiering av regionala utvecklingsprojekt att gälla från och med den 1 januari "
          "2026."]),
        ("§ 17 Återrapport från workshop om smart specialisering",
         ["Näringslivsstrateg Ahmed Karimi redogör för workshopen den 8 oktober 2025 i "
          "Karlshamn. Tre styrkeområden lyftes fram: trä och byggande, livsmedel samt "
          "avancerad tillverkning.",
          "Beslut: Arbetsutskottet beslutar att uppdra åt kansliet att ta fram ett förslag till "
          "reviderad strategi för smart specialisering. Ahmed Karimi ska återrapportera till "
          "arbetsutskottet senast den 27 februari 2026."]),
        ("§ 18 Övriga frågor och nästa sammanträde",
         ["Peter Ahlgren informerar om Trafikverkets utredning om färjetrafiken till Gotland "
          "efter 2027. Arbetsutskottet noterar informationen.",
          "Nästa sammanträde hålls den 22 januari 2026 i Karlskrona."]),
    ]
    for h, paras in secs:
        p = d.add_paragraph()
        r = p.add_run(h)
        r.bold = True
        for t in paras:
            d.add_paragraph(t)
    d.add_paragraph("")
    d.add_paragraph("Vid protokollet: Emma Sjöberg, sekreterare")
    d.add_paragraph("Ordförande: Karin Holm          Justerare: Peter Ahlgren")
    d.save(str(path))


# ---------------------------------------------------------------- 5. workshop TXT
WORKSHOP = """Workshop smart specialisering Sydost
8 oktober 2025, Karlshamn (Väggaparken, konferenslokalen)

Deltagare: Ahmed Karimi (Sydostrådet), Linnea Ek (Sydostrådet), Jonas Wikström (Linnéuniversitetet), Anna Pettersson (Blekinge Tekniska Högskola), Mikael Strömberg (Almi Företagspartner Syd), Sofia Lund (Region Gotland), Erik Nilsson (Träcentrum Nässjö), Karin Falk (Länsstyrelsen i Blekinge län)

Syfte: samla idéer inför revideringen av strategin för smart specialisering

- Tre styrkeområden återkommer: trä och byggande, livsmedel, avancerad tillverkning
- Digitalisering ses som ett tvärgående område snarare än ett eget styrkeområde
- Jonas: Linnéuniversitetet kan ta fram en kartläggning av forskningsmiljöer kopplade till trä
• Förslag om gemensam testbädd för livsmedelsförädling Gotland–Blekinge, Sofia tar kontakt med Campus Gotland
• Almi saknar riskkapital för bolag i tidig fas, Mikael tar fram underlag till nästa möte
- Behov av kompetens inom automation i Olofström och Älmhult (koppling till Kompetenslyft Sydost)
- Anna föreslår en sommarskola för studenter i företag, BTH kan vara värd 2026
• Idé: årlig innovationsdag i Växjö, kanske ihop med Almi
- Ahmed sammanställer anteckningarna och återrapporterar till arbetsutskottet
• Linnea tar fram indikatorer för styrkeområdena till uppföljningen 2026
- Nästa workshop preliminärt i mars 2026 på Gotland (Visby)

Uppföljning:
- Ahmed Karimi: sammanställning och återrapport till AU
- Jonas Wikström: kartläggning av forskningsmiljöer, klar till 31 januari 2026
- Sofia Lund: kontakt med Campus Gotland om testbädd
- Mikael Strömberg: underlag om riskkapital
- Linnea Ek: indikatorer till uppföljningen
"""


# ---------------------------------------------------------------- 6. CSV export
def make_export(path):
    lines = ['"Öppet arbetslösa och sökande i program, andel (%) av registerbaserad '
             'arbetskraft 16-64 år efter region, kön och år"', '""',
             '"region";"kön";' + ";".join(f'"{y}"' for y in EXP_YEARS)]
    order = ["00 Riket"]
    for lan, ks in KOMMUNER.items():
        order.append(f"{LANSKOD[lan]} {lan}")
        for code, k in ks:
            if lan != "Gotlands län":
                order.append(f"{code} {k}")
    order.append("0980 Gotland")
    for reg in order:
        for sex in ("kvinnor", "män", "totalt"):
            vals = arbl[reg][sex]
            cells = [sv(v) for v in vals]
            if reg == "0760 Uppvidinge" and sex == "kvinnor":
                cells[0] = ".."
            lines.append(f'"{reg}";"{sex}";' + ";".join(cells))
    lines += ['""', '"Källa: Arbetsförmedlingen och SCB. Årsmedelvärden."',
              '".. = uppgift saknas eller för osäker för att redovisas"']
    Path(path).write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    n = build_pdf(out / "RUS_uppfoljning_2025.pdf", report_story, "RUS-uppföljning 2025")
    print("report pages", n)
    make_policy(out / "Riktlinjer_medfinansiering_2026.pdf")
    make_vp(out / "Verksamhetsplan_2026.docx")
    make_minutes(out / "Protokoll_AU_2025-11-20.docx")
    (out / "workshop_smart_specialisering_2025-10-08.txt").write_text(WORKSHOP, encoding="utf-8")
    make_export(out / "arbetsloshet_16-64_kommun_2021-2024.csv")


if __name__ == "__main__":
    main()
