#!/usr/bin/env python
"""Round 77: build a small Swedish regional-development knowledge base (six files).

Usage: r77_make_files.py OUT_DIR
"""
import datetime as dt
import os
import random
import sys

import pandas as pd
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, ListFlowable,
                                ListItem, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)
from reportlab.lib.utils import simpleSplit

SEED = 77
random.seed(SEED)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))

W, H = A4


# ---------------------------------------------------------------------------
# 1. Strategy follow-up PDF (Region Halland), manual canvas layout with flow
# ---------------------------------------------------------------------------
STRAT_TITLE = "Uppföljning av regional utvecklingsstrategi 2025"
STRAT_DNR = "RS 2025-00412"

STRAT_CONTENT = [
    ("h1", "1", "Inledning"),
    ("p", "Regionstyrelsen fastställde den regionala utvecklingsstrategin Halland – bästa "
          "livsplatsen 2020–2030 i juni 2020. Strategin pekar ut tre prioriterade områden: "
          "innovation och företagande, kompetensförsörjning samt hållbar samhällsplanering och "
          "infrastruktur. Enligt strategins uppföljningsplan ska en lägesrapport tas fram vart "
          "femte år. Denna rapport är den första samlade uppföljningen och bygger på statistik "
          "från SCB, Tillväxtanalys och Region Hallands egna underlag samt på dialoger med "
          "kommunerna Halmstad, Falkenberg, Varberg, Kungsbacka, Laholm och Hylte under våren 2025."),
    ("p", "Uppföljningen har genomförts av enheten för regional utveckling med stöd av "
          "analysenheten. Bedömningen av varje indikator görs i tre steg: Uppnås (målet nås "
          "sannolikt 2030), På väg (utvecklingen går åt rätt håll men takten behöver öka) och "
          "Otillräcklig utveckling (utvecklingen står still eller går åt fel håll)."),
    ("h1", "2", "Sammanfattning av läget"),
    ("p", "Halland fortsätter att växa. Befolkningen uppgick till 342 180 invånare vid årsskiftet "
          "2024/2025, en ökning med 4,6 procent sedan 2019. Sysselsättningen är hög i nationell "
          "jämförelse, men regionen har fortsatt låga investeringar i forskning och utveckling "
          "och en utbildningsnivå som ligger under riksgenomsnittet. Av strategins sex "
          "huvudindikatorer bedöms en som Uppnås, två som På väg och tre som Otillräcklig utveckling."),
    ("p", "Den sammantagna bedömningen är att strategin fortfarande är relevant, men att "
          "genomförandet behöver koncentreras till färre och större satsningar, särskilt inom "
          "kompetensförsörjning och forskning och innovation."),
    ("h1", "3", "Prioriterade områden"),
    ("h2", "3.1", "Innovation och företagande"),
    ("p", "Antalet nystartade företag har ökat sedan 2019 och uppgick 2025 till 10,9 per 1 000 "
          "invånare. Ökningen är störst i Kungsbacka och Varberg. Innovationsstödet via "
          "Hallands innovationsslussar har nått 214 företag sedan 2021, varav 38 procent leds av "
          "kvinnor. Samtidigt ligger investeringarna i forskning och utveckling kvar på en låg "
          "nivå, 1,3 procent av BRP, vilket är långt ifrån målet på 2,0 procent."),
    ("h2", "3.2", "Kompetensförsörjning"),
    ("p", "Bristen på arbetskraft med rätt kompetens är den största utmaningen för hallänska "
          "arbetsgivare. Vård och omsorg, tekniska yrken och pedagogiska yrken har störst "
          "rekryteringsbehov."),
    ("p", "Andelen av befolkningen 25–64 år med eftergymnasial utbildning har ökat från 41,2 "
          "till 43,0 procent, men takten är för låg för att nå målet om 46 procent år 2030. "
          "Skillnaden mellan kommunerna är stor: i Kungsbacka har 52 procent eftergymnasial "
          "utbildning, i Hylte 24 procent. Validering av reell kompetens har byggts ut och "
          "omfattade 312 personer under 2024, främst inom vård och omsorg samt industri."),
    ("p", "För att möta behoven inom vården har regionen tagit ett större samlat grepp. "
          "Regionstyrelsen beslutade den 12 juni 2025 att avsätta 14,5 miljoner kronor under "
          "perioden 2025–2027 till ett gemensamt regionalt kompetenscentrum för vård och omsorg, "
          "som ska drivas tillsammans med kommunerna och ligga i Falkenberg med start hösten "
          "2026, där undersköterskor, vårdbiträden och sjuksköterskor ska kunna vidareutbilda sig "
          "på arbetstid. Centret ska även samordna praktikplatser för yrkesvux."),
    ("box", "Fakta: Kompetensförsörjning i Halland 2025", [
        "• 1 840 personer studerade på regional yrkesvux (2024).",
        "• 27 procent av de sysselsatta i vård och omsorg går i pension före 2035.",
        "• Andelen unga (16–24 år) som varken arbetar eller studerar: 5,2 procent.",
        "• Kompetensplattform Halland: samverkan mellan regionen och kommunerna sedan 2022.",
        "• Ansvarig på regionen: Sara Lindahl, strateg kompetensförsörjning.",
    ]),
    ("h2", "3.3", "Hållbar samhällsplanering och infrastruktur"),
    ("p", "Utbyggnaden av Västkustbanan är klar och restiden Halmstad–Göteborg har kortats till "
          "62 minuter. Utsläppen av växthusgaser har minskat från 5,6 till 4,7 ton "
          "koldioxidekvivalenter per invånare, men minskningen behöver mer än fördubblas för att "
          "nå målet på 3,0 ton år 2030. Bredbandsutbyggnaden är i princip genomförd: 96 procent "
          "av befolkningen har tillgång till 1 Gbit/s."),
    ("h1", "4", "Indikatorer och måluppfyllelse"),
    ("p", "Tabell 1 visar strategins sex huvudindikatorer. Utgångsläget avser 2019 om inget "
          "annat anges. Utfall 2025 avser senast tillgängliga uppgift."),
    ("table", None),
    ("p", "Källa: SCB, Tillväxtanalys, PTS bredbandskartläggning och Region Halland. "
          "Bedömningen har gjorts av analysenheten i september 2025."),
    ("pagebreak",),
    ("h1", "5", "Slutsatser och fortsatt arbete"),
    ("p", "Uppföljningen visar att Halland har goda förutsättningar men att tre av sex "
          "huvudindikatorer utvecklas för långsamt. Störst är gapet för investeringar i forskning "
          "och utveckling, där utfallet behöver öka med 0,7 procentenheter på fem år. Dialogerna "
          "med kommunerna visar också att insatserna upplevs som splittrade och att små kommuner "
          "som Hylte och Laholm har svårt att delta i regionala projekt."),
    ("p", "Regionstyrelsen föreslås prioritera tre åtgärder under perioden 2026–2028: (1) en "
          "gemensam satsning med Högskolan i Halmstad för att öka företagens investeringar i "
          "forskning och utveckling, (2) det regionala kompetenscentret för vård och omsorg samt "
          "(3) en regional klimatfärdplan med mål för transporter och industri. Nästa "
          "lägesrapport ska lämnas till regionstyrelsen senast den 30 november 2028."),
    ("p", "Regional utveckling ska under 2026 ta fram en ny handlingsplan för genomförandet "
          "med tydliga ansvarsfördelningar och en årlig redovisning av indikatorerna till "
          "regionstyrelsens sammanträde i maj. Kommunernas deltagande ska underlättas genom ett "
          "särskilt processtöd på 1,2 miljoner kronor per år till de fyra minsta kommunerna."),
    ("h1", "6", "Underlag och metod"),
    ("p", "Statistiken har hämtats från SCB:s registerbaserade arbetsmarknadsstatistik (RAMS), "
          "SCB:s utbildningsregister, Tillväxtanalys företagsstatistik, PTS bredbandskartläggning "
          "och den nationella emissionsdatabasen. Utfallen avser 2024 eller 2025 beroende på "
          "senast tillgängliga uppgift. Sex dialogmöten hölls med kommunerna mellan februari och "
          "april 2025 med sammanlagt 94 deltagare."),
    ("p", "Kontaktperson för uppföljningen är Johan Wernersson, analytiker, enheten för regional "
          "utveckling, johan.wernersson@regionhalland.example."),
]

INDICATORS = [
    ["Indikator", "Utgångsläge", "Mål 2030", "Utfall 2025", "Bedömning"],
    ["Sysselsättningsgrad 20–64 år (%)", "80,1", "82,0", "81,4", "På väg"],
    ["Andel 25–64 år med eftergymnasial utbildning (%)", "41,2", "46,0", "43,0",
     "Otillräcklig utveckling"],
    ["Investeringar i FoU, andel av BRP (%)", "1,1", "2,0", "1,3", "Otillräcklig utveckling"],
    ["Nystartade företag per 1 000 invånare", "9,8", "12,0", "10,9", "På väg"],
    ["Växthusgasutsläpp, ton CO2e per invånare", "5,6", "3,0", "4,7", "Otillräcklig utveckling"],
    ["Tillgång till bredband 1 Gbit/s (% av befolkningen)", "88", "98", "96", "Uppnås"],
]

ENGLISH_SUMMARY = [
    "This report is the first five-year follow-up of Halland's regional development strategy "
    "2020–2030, 'Halland – the best place to live'. It was prepared by the Regional Development "
    "Unit of Region Halland and adopted by the Regional Executive Board on 26 November 2025.",
    "Halland continues to grow: the population reached 342,180 at the turn of 2024/2025. "
    "Employment remains high, but investment in research and development (1.3 per cent of GRP "
    "against a target of 2.0 per cent) and the share of adults with post-secondary education "
    "(43.0 per cent against a target of 46 per cent) are lagging. Greenhouse gas emissions have "
    "fallen to 4.7 tonnes per inhabitant, but the reduction must more than double to reach the "
    "2030 target of 3.0 tonnes.",
    "Of the six headline indicators, one is assessed as achieved (broadband), two as on track "
    "(employment rate and new businesses) and three as insufficient progress (education level, "
    "R&D investment and emissions).",
    "The report recommends three priorities for 2026–2028: a joint initiative with Halmstad "
    "University to raise business R&D, a regional competence centre for health and social care, "
    "and a regional climate roadmap. "
    "The next follow-up is due by 30 November 2028.",
]

ML, MR, MT, MB = 25 * mm, 25 * mm, 30 * mm, 25 * mm
TEXT_W = W - ML - MR


def _header_footer(c, page, total):
    c.setFont("DV", 8)
    c.setFillColor(colors.HexColor("#444444"))
    if page > 1:
        c.drawString(ML, H - 15 * mm, "Region Halland")
        c.drawRightString(W - MR, H - 15 * mm, STRAT_TITLE)
        c.setStrokeColor(colors.HexColor("#0b5e8a"))
        c.setLineWidth(0.6)
        c.line(ML, H - 17 * mm, W - MR, H - 17 * mm)
    c.drawString(ML, 12 * mm, f"Dnr {STRAT_DNR}")
    c.drawCentredString(W / 2, 12 * mm, f"Sida {page} av {total}")
    c.setFillColor(colors.black)


def _layout_content():
    """Flow STRAT_CONTENT over pages. Returns list of pages, each a list of draw ops, and a
    dict heading -> page index (0-based among content pages)."""
    pages = [[]]
    y = H - MT
    heading_pages = {}

    def newpage():
        nonlocal y
        pages.append([])
        y = H - MT

    for item in STRAT_CONTENT:
        kind = item[0]
        if kind in ("h1", "h2"):
            size = 14 if kind == "h1" else 11.5
            need = size + 10 + 3 * 14  # keep with next lines
            if y - need < MB:
                newpage()
            y -= 8 if kind == "h1" else 4
            pages[-1].append(("text", "DVB", size, ML, y - size, f"{item[1]} {item[2]}"))
            heading_pages[f"{item[1]} {item[2]}"] = len(pages) - 1
            y -= size + 8
        elif kind == "pagebreak":
            newpage()
        elif kind == "p":
            lines = simpleSplit(item[1], "DVS", 10, TEXT_W)
            for ln in lines:
                if y - 14 < MB:
                    newpage()
                pages[-1].append(("text", "DVS", 10, ML, y - 10, ln))
                y -= 14
            y -= 6
        elif kind == "box":
            title, lines = item[1], item[2]
            wrapped = []
            for ln in lines:
                wrapped += simpleSplit(ln, "DV", 9, TEXT_W - 20)
            bh = 22 + 13 * len(wrapped) + 8
            if y - bh < MB:
                newpage()
            pages[-1].append(("box", ML, y - bh, TEXT_W, bh))
            pages[-1].append(("text", "DVB", 10, ML + 10, y - 16, title))
            yy = y - 32
            for ln in wrapped:
                pages[-1].append(("text", "DV", 9, ML + 10, yy, ln))
                yy -= 13
            y -= bh + 12
        elif kind == "table":
            colw = [TEXT_W * f for f in (0.36, 0.14, 0.12, 0.13, 0.25)]
            rows = []
            for r in INDICATORS:
                cells = [simpleSplit(t, "DVB" if r is INDICATORS[0] else "DV", 8.5, cw - 6)
                         for t, cw in zip(r, colw)]
                rows.append((cells, max(len(cl) for cl in cells) * 11 + 6))
            th = sum(h for _, h in rows) + 18
            if y - th < MB:
                newpage()
            pages[-1].append(("text", "DVB", 9, ML, y - 10,
                              "Tabell 1. Huvudindikatorer – utgångsläge, mål och utfall"))
            y -= 18
            for i, (cells, rh) in enumerate(rows):
                pages[-1].append(("rect", ML, y - rh, TEXT_W, rh, i == 0))
                x = ML
                for cl, cw in zip(cells, colw):
                    yy = y - 12
                    for ln in cl:
                        pages[-1].append(("text", "DVB" if i == 0 else "DV", 8.5, x + 3, yy, ln))
                        yy -= 11
                    pages[-1].append(("vline", x, y, y - rh))
                    x += cw
                pages[-1].append(("vline", x, y, y - rh))
                y -= rh
            y -= 10
    return pages, heading_pages


def _draw_ops(c, ops):
    for op in ops:
        if op[0] == "text":
            _, font, size, x, y, t = op
            c.setFont(font, size)
            c.drawString(x, y, t)
        elif op[0] == "box":
            _, x, y, w, h = op
            c.setFillColor(colors.HexColor("#e6f0f6"))
            c.setStrokeColor(colors.HexColor("#0b5e8a"))
            c.rect(x, y, w, h, fill=1, stroke=1)
            c.setFillColor(colors.black)
        elif op[0] == "rect":
            _, x, y, w, h, head = op
            c.setStrokeColor(colors.HexColor("#777777"))
            c.setLineWidth(0.5)
            if head:
                c.setFillColor(colors.HexColor("#d9e6ee"))
                c.rect(x, y, w, h, fill=1, stroke=1)
                c.setFillColor(colors.black)
            else:
                c.rect(x, y, w, h, fill=0, stroke=1)
        elif op[0] == "vline":
            _, x, y1, y2 = op
            c.line(x, y1, x, y2)


def make_strategy_pdf(path):
    content_pages, heading_pages = _layout_content()
    first_content = 3  # page 1 title, page 2 table of contents + förord
    total = 2 + len(content_pages) + 1
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Halland – bästa livsplatsen. " + STRAT_TITLE)
    c.setAuthor("Region Halland, enheten för regional utveckling")

    # page 1: title page
    c.setFillColor(colors.HexColor("#0b5e8a"))
    c.rect(0, H - 95 * mm, W, 95 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("DVB", 13)
    c.drawString(ML, H - 30 * mm, "REGION HALLAND")
    c.setFont("DVB", 26)
    c.drawString(ML, H - 55 * mm, "Halland – bästa livsplatsen")
    c.setFont("DV", 15)
    c.drawString(ML, H - 67 * mm, "Regional utvecklingsstrategi 2020–2030")
    c.setFillColor(colors.black)
    c.setFont("DVB", 18)
    c.drawString(ML, H - 125 * mm, "Uppföljning och lägesrapport 2025")
    c.setFont("DV", 11)
    y = H - 140 * mm
    for ln in ["Fastställd av regionstyrelsen 2025-11-26, § 201",
               f"Diarienummer: {STRAT_DNR}",
               "Framtagen av: Enheten för regional utveckling, Region Halland",
               "Kontakt: Johan Wernersson, analytiker"]:
        c.drawString(ML, y, ln)
        y -= 16
    _header_footer(c, 1, total)
    c.showPage()

    # page 2: Innehåll + förord
    c.setFont("DVB", 16)
    c.drawString(ML, H - MT - 10, "Innehåll")
    y = H - MT - 40
    toc = [("Förord", 2)] + [(k, first_content + v) for k, v in heading_pages.items()] + [
        ("English summary", total)]
    for name, pg in toc:
        indent = 14 if name[:3].count(".") == 1 and name[0].isdigit() and name[1] == "." else 0
        c.setFont("DV", 10.5)
        c.drawString(ML + indent, y, name)
        dots_start = ML + indent + pdfmetrics.stringWidth(name, "DV", 10.5) + 4
        c.setFont("DV", 10.5)
        x = dots_start
        while x < W - MR - 20:
            c.drawString(x, y, ".")
            x += 4
        c.drawRightString(W - MR, y, str(pg))
        y -= 18
    y -= 20
    c.setFont("DVB", 14)
    c.drawString(ML, y, "Förord")
    y -= 20
    forord = ("Fem år har gått sedan Halland fick en ny regional utvecklingsstrategi. Den här "
              "rapporten visar var vi står i dag och vad som behöver göras för att nå målen till "
              "2030. Jag vill tacka kommunerna, Högskolan i Halmstad och alla de företag och "
              "organisationer som har bidragit med underlag och synpunkter.")
    for ln in simpleSplit(forord, "DVS", 10, TEXT_W):
        c.setFont("DVS", 10)
        c.drawString(ML, y, ln)
        y -= 14
    y -= 10
    c.setFont("DVI", 10)
    c.drawString(ML, y, "Halmstad i november 2025")
    c.drawString(ML, y - 14, "Mikael Strandberg, regionutvecklingsdirektör")
    _header_footer(c, 2, total)
    c.showPage()

    for i, ops in enumerate(content_pages):
        _draw_ops(c, ops)
        _header_footer(c, first_content + i, total)
        c.showPage()

    # last page: English summary
    c.setFont("DVB", 14)
    c.drawString(ML, H - MT - 10, "English summary")
    y = H - MT - 36
    for para in ENGLISH_SUMMARY:
        for ln in simpleSplit(para, "DVS", 10, TEXT_W):
            c.setFont("DVS", 10)
            c.drawString(ML, y, ln)
            y -= 14
        y -= 8
    _header_footer(c, total, total)
    c.showPage()
    c.save()
    return total, heading_pages, content_pages


# ---------------------------------------------------------------------------
# 2. Board minutes DOCX (Region Skåne)
# ---------------------------------------------------------------------------
def make_minutes_docx(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Region Skåne\tPROTOKOLL\t2025-10-16"
    ftr = d.sections[0].footer.paragraphs[0]
    ftr.text = "Justerandes signatur: ________    Utdragsbestyrkande: ________"

    p = d.add_paragraph()
    r = p.add_run("Protokoll, regionala utvecklingsnämnden")
    r.bold = True
    r.font.size = Pt(18)

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Sammanträdesdatum", "Torsdagen den 16 oktober 2025"),
                 ("Tid", "Kl. 09.00–12.20, ajournering kl. 10.30–10.45"),
                 ("Plats", "Regionhuset, J A Hedlunds väg 4, Kristianstad, sammanträdesrum Hovdala"),
                 ("Diarienummer", "RUN 2025-0031")]:
        row = t.add_row().cells
        row[0].text = a
        row[1].text = b

    d.add_heading("Närvarande ledamöter", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Namn"
    t.rows[0].cells[1].text = "Parti"
    t.rows[0].cells[2].text = "Roll"
    members = [
        ("Annika Lindqvist", "M", "Ordförande"),
        ("Jonas Berglund", "S", "Vice ordförande"),
        ("Petra Håkansson", "SD", "Andre vice ordförande"),
        ("Mats Ekdahl", "KD", "Ledamot, justerare"),
        ("Sofia Nyberg", "L", "Ledamot"),
        ("Emir Hadžić", "S", "Ledamot"),
        ("Karin Sjöberg", "C", "Ledamot"),
        ("Lars Olofsson", "MP", "Ledamot"),
        ("Birgitta Holm", "M", "Ledamot"),
        ("Ida Persson", "V", "Tjänstgörande ersättare för Maria Lundgren (V)"),
        ("Rikard Mårtensson", "SD", "Tjänstgörande ersättare för Oskar Friberg (SD)"),
    ]
    for m in members:
        cells = t.add_row().cells
        for i, v in enumerate(m):
            cells[i].text = v

    d.add_heading("Frånvarande ledamöter", level=2)
    d.add_paragraph("Maria Lundgren (V), Oskar Friberg (SD)")
    d.add_heading("Övriga närvarande", level=2)
    d.add_paragraph("Helena Strand, nämndsekreterare (sekreterare)\n"
                    "Thomas Wikén, regional utvecklingsdirektör\n"
                    "Linda Sjöstedt, enhetschef Näringsliv och innovation, § 114–116\n"
                    "Hampus Ahl, controller, § 114")
    d.add_heading("Justering", level=2)
    d.add_paragraph("Justerare: Mats Ekdahl (KD)\n"
                    "Justeringens plats och tid: Regionhuset Kristianstad, onsdagen den 22 oktober 2025\n"
                    "Paragrafer: § 112–119")
    sig = d.add_paragraph()
    sig.add_run("Sekreterare ____________________  Helena Strand\n\n"
                "Ordförande ____________________  Annika Lindqvist\n\n"
                "Justerare ____________________  Mats Ekdahl")

    def para(num, title, dnr, body, beslut, extra=None):
        d.add_heading(f"§ {num} {title}", level=2)
        if dnr:
            d.add_paragraph(f"Dnr {dnr}").italic = True
        if body:
            d.add_paragraph("Sammanfattning").runs[0].bold = True
            d.add_paragraph(body)
        pb = d.add_paragraph()
        pb.add_run("Beslut").bold = True
        for b in beslut:
            d.add_paragraph(b, style="List Number" if len(beslut) > 1 else None)
        if extra:
            for head, text in extra:
                pe = d.add_paragraph()
                pe.add_run(head).bold = True
                d.add_paragraph(text)

    para(112, "Val av justerare och tid för justering", None, None,
         ["Regionala utvecklingsnämnden beslutar att utse Mats Ekdahl (KD) att jämte ordföranden "
          "justera dagens protokoll. Justering sker onsdagen den 22 oktober 2025."])
    para(113, "Godkännande av dagordning", None, None,
         ["Dagordningen godkänns med tillägget att ärendet om yttrande över länstransportplanen "
          "utgår och behandlas vid nästa sammanträde."])
    para(114, "Delårsrapport per augusti 2025", "RUN 2025-0208",
         "Nämndens delårsrapport visar ett resultat på 6,1 miljoner kronor till och med augusti. "
         "Helårsprognosen är ett överskott på 3,2 miljoner kronor, främst beroende på att "
         "utbetalningar inom projektmedel har förskjutits till 2026.",
         ["Regionala utvecklingsnämnden godkänner delårsrapporten per augusti 2025 och "
          "överlämnar den till regionstyrelsen."])
    para(115, "Medfinansiering av projektet Grön vätgas Skåne Nordost", "RUN 2025-0177",
         "Krinova Incubator & Science Park har ansökt om regional medfinansiering för projektet "
         "Grön vätgas Skåne Nordost. Projektet ska under 2026–2028 bygga upp en samverkansarena "
         "för produktion och användning av vätgas inom tunga transporter i nordöstra Skåne. "
         "Projektets totala budget är 16,2 miljoner kronor, varav Europeiska regionala "
         "utvecklingsfonden finansierar 9,7 miljoner kronor.",
         ["Regionala utvecklingsnämnden beviljar Krinova Incubator & Science Park "
          "4 800 000 kronor i medfinansiering för projektet Grön vätgas Skåne Nordost under "
          "perioden 2026-01-01–2028-12-31.",
          "Medlen finansieras inom ramen för nämndens anslag för regionala projektmedel.",
          "Beslutet gäller under förutsättning att projektet beviljas stöd från Europeiska "
          "regionala utvecklingsfonden senast den 31 mars 2026.",
          "Slutrapport ska lämnas till nämnden senast den 31 mars 2029."],
         [("Yrkanden", "Ordföranden yrkar bifall till förvaltningens förslag. Lars Olofsson (MP) "
                       "yrkar bifall till förslaget. Ordföranden finner att nämnden bifaller "
                       "förvaltningens förslag.")])
    para(116, "Revidering av riktlinjer för regionala projektmedel", "RUN 2025-0154",
         "Förvaltningen föreslår reviderade riktlinjer för regionala projektmedel. De viktigaste "
         "ändringarna är att taket för stöd till enskilda projekt höjs från 2 till 3 miljoner "
         "kronor, att kravet på medfinansiering sänks från 50 till 40 procent för ideella "
         "organisationer och att ansökningar ska lämnas digitalt.",
         ["Regionala utvecklingsnämnden fastställer reviderade riktlinjer för regionala "
          "projektmedel enligt bilaga 116:1.",
          "Riktlinjerna gäller från och med den 1 januari 2026."],
         [("Yrkanden", "Ordföranden yrkar bifall till förvaltningens förslag. Sofia Nyberg (L) "
                       "yrkar att taket för stöd till enskilda projekt ska ligga kvar på "
                       "2 miljoner kronor. Ordföranden ställer förslagen mot varandra och finner "
                       "att nämnden bifaller förvaltningens förslag."),
          ("Reservation", "Sofia Nyberg (L) reserverar sig mot beslutet till förmån för eget "
                          "yrkande, med motiveringen att ett högre tak riskerar att tränga undan "
                          "mindre aktörer och landsbygdsprojekt.")])
    para(117, "Uppdrag om handlingsplan för kompetensförsörjning 2026–2028", "RUN 2025-0221",
         "Arbetsmarknaden i Skåne har stora matchningsproblem, särskilt inom vård, bygg och "
         "industri. Ordföranden föreslår att förvaltningen får i uppdrag att ta fram en regional "
         "handlingsplan för kompetensförsörjning i samverkan med Arbetsförmedlingen, kommunerna "
         "och lärosätena.",
         ["Regionala utvecklingsnämnden uppdrar åt förvaltningen att ta fram en regional "
          "handlingsplan för kompetensförsörjning 2026–2028.",
          "Handlingsplanen ska redovisas för nämnden senast den 31 mars 2026.",
          "Arbetet ska finansieras inom befintlig budget, högst 750 000 kronor."])
    para(118, "Anmälan av delegationsbeslut", "RUN 2025-0012",
         "Förteckning över delegationsbeslut fattade under perioden 2025-08-15–2025-09-30 "
         "redovisas, totalt 23 beslut om projektmedel under 500 000 kronor.",
         ["Regionala utvecklingsnämnden lägger redovisningen av delegationsbeslut till handlingarna."])
    para(119, "Informationsärenden", None,
         "Thomas Wikén informerar om arbetet med den nya regionala utvecklingsstrategin för "
         "Skåne och om den kommande utlysningen av innovationsmedel som öppnar i januari 2026.",
         ["Regionala utvecklingsnämnden tackar för informationen."])

    d.add_heading("Nästa sammanträde", level=2)
    d.add_paragraph("Nästa sammanträde äger rum torsdagen den 20 november 2025 kl. 09.00 i "
                    "Dockan, Stora Varvsgatan 11, Malmö.")
    d.add_paragraph("Vid protokollet\nHelena Strand, nämndsekreterare")
    d.save(path)


# ---------------------------------------------------------------------------
# 3. Onboarding guide (Markdown, Region Stockholm)
# ---------------------------------------------------------------------------
ONBOARDING = """# Välkommen till enheten för regional utveckling

*Introduktionsguide för nyanställda – Tillväxt- och regionplaneförvaltningen (TRF), Region Stockholm.
Senast uppdaterad 2025-09-01 av Anneli Strömberg, administrativ samordnare.*

Den här guiden hjälper dig under dina första veckor. Din chef och din introduktionsfadder går
igenom den med dig första dagen. Har du frågor som inte besvaras här – fråga din fadder!

## Vem kontaktar jag?

| Område | Kontaktperson | E-post |
|---|---|---|
| IT-support, datorer och behörigheter | Servicedesk TRF (Jonas Wahlberg, teamledare) | servicedesk.trf@regionstockholm.example |
| Lön, anställningsavtal och semester | Maria Eklöf, HR-partner | maria.eklof@regionstockholm.example |
| Tjänsteresor och bokning | Anneli Strömberg, administrativ samordnare | anneli.stromberg@regionstockholm.example |
| Diarieföring och allmänna handlingar | Fredrik Nilsson, registrator | registrator.trf@regionstockholm.example |
| Projektmedel och budget | Sara Holm, controller | sara.holm@regionstockholm.example |
| Kommunikation, webb och press | Linnea Björk, kommunikatör | linnea.bjork@regionstockholm.example |
| Passerkort, lokaler och säkerhet | Patrik Öberg, säkerhetssamordnare | patrik.oberg@regionstockholm.example |

Akuta IT-problem utanför kontorstid: ring Servicedesk på 08-123 500 00 (dygnet runt).

## System vi använder

- **DHS** – Diarie- och handläggningssystemet. Här registreras alla ärenden och allmänna
  handlingar. Du får behörighet efter att du gått DHS-grundkursen (2 timmar, digital).
- **RAPP** – Regionala analysplattformen, vår databas för statistik om länets kommuner.
- **Heroma** – självservice för lön, tidrapportering, ledighetsansökan och utlägg.
- **Raindance (RD)** – ekonomisystemet där fakturor attesteras. Endast för dig med attesträtt.
- **NYPS** – Tillväxtverkets system för ansökningar och uppföljning av EU-projekt (ERUF).
- **Insidan** – intranätet med styrdokument, mallar och nyheter.
- **Teams** och Outlook för möten, chatt och e-post.

## Checklista för första veckan

1. Hämta passerkort och dator hos receptionen, plan 4, på din första dag (ta med legitimation).
2. Logga in på Insidan och Heroma och kontrollera att dina bank- och kontaktuppgifter stämmer.
3. Genomför den digitala utbildningen *Informationssäkerhet i Region Stockholm* senast inom fem arbetsdagar.
4. Boka DHS-grundkursen via Insidan.
5. Gå igenom enhetens verksamhetsplan 2025 med din chef.
6. Träffa din introduktionsfadder för lunch – enheten bjuder (kvittot lämnas till Anneli).
7. Delta i enhetens veckomöte, tisdagar kl. 9.30 i rum Mälaren.

## Tjänsteresor och utlägg

- **Tåg är förstahandsval** för resor inom Sverige. Flyg är tillåtet endast om resan med tåg tar
  mer än fem timmar enkel väg, och ska godkännas av chef i förväg.
- Alla resor bokas via resebyrån (Region Stockholms upphandlade resebyrå) genom Anneli Strömberg
  eller själv i bokningsverktyget på Insidan.
- **Hotell:** högst 1 500 kronor per natt inklusive moms. I Göteborg och Malmö gäller högst
  1 800 kronor per natt. Frukost ska ingå.
- **Traktamente** betalas enligt Skatteverkets normalbelopp vid övernattning minst 50 km från
  tjänstestället: 300 kronor per hel dag och 150 kronor per halv dag (2025).
- **Egen bil** i tjänsten ersätts med 30 kronor per mil, men endast om kollektivtrafik inte är
  rimlig. Parkering och trängselskatt ersätts mot kvitto.
- **Taxi** får användas när kollektivtrafik saknas eller efter kl. 22.00.
- **Utlägg** redovisas i Heroma med inskannat kvitto senast två månader efter utlägget. Utlägg
  över 2 000 kronor ska godkännas av chef i förväg.
- **Representation:** högst 300 kronor per person exklusive moms för lunch och 600 kronor för
  middag. Syfte och deltagare ska alltid anges.

## Arbetstider och flex

Ordinarie arbetstid är 40 timmar per vecka med flextid mellan kl. 07.00 och 18.00. Kärntid är
kl. 9.30–15.00. Du kan arbeta hemifrån upp till två dagar per vecka efter överenskommelse med chef.
"""


# ---------------------------------------------------------------------------
# 4. Tjänsteskrivelse (TXT, Region Halland)
# ---------------------------------------------------------------------------
MEMO = """REGION HALLAND                                         TJÄNSTESKRIVELSE
Regional utveckling                                    Datum: 2025-09-29
                                                       Diarienummer: RS 2025-00587

Till: Regionstyrelsen

Medfinansiering av laddinfrastruktur för tunga transporter längs E6 i Halland 2026–2027

ÄRENDET I KORTHET
Regional utveckling föreslår att regionstyrelsen beviljar 2 400 000 kronor i regional
medfinansiering till projektet "Laddstråk E6 Halland". Projektet ska etablera fyra publika
laddstationer för ellastbilar vid Kungsbacka, Varberg, Falkenberg och Halmstad under
2026–2027. Projektet drivs av Energikontor Halland i samverkan med de fyra kommunerna och
tre åkerier. Medlen finansieras ur regionstyrelsens anslag för regional utveckling 2026.

BAKGRUND
E6 genom Halland är en av Sveriges mest trafikerade godsleder med omkring 9 000 tunga fordon
per dygn. Enligt Hallands klimatfärdplan ska utsläppen från transporter minska med 70 procent
till 2030 jämfört med 2010. I dag finns ingen publik snabbladdning anpassad för tunga fordon
längs sträckan mellan Göteborg och Helsingborg.

Energikontor Halland ansökte den 14 augusti 2025 om medfinansiering. Projektets totala
budget är 11,8 miljoner kronor. Klimatklivet (Naturvårdsverket) har beviljat 6,2 miljoner
kronor, kommunerna bidrar med sammanlagt 1,6 miljoner kronor och åkerierna med 1,6 miljoner
kronor i form av arbetstid och mark.

BEDÖMNING
Regional utveckling bedömer att projektet ligger väl i linje med den regionala
utvecklingsstrategin och klimatfärdplanen. Laddstationerna gör det möjligt för regionala
åkerier att ställa om till eldrift och stärker Hallands attraktivitet för logistiketableringar.
Risken i projektet bedöms som medelhög, främst på grund av osäkerhet om
elnätsanslutningarna i Falkenberg. Förvaltningen föreslår därför att utbetalning sker i två
delar: 1 200 000 kronor vid projektstart och 1 200 000 kronor när minst två stationer är i
drift, dock senast den 30 juni 2027.

Jämställdhet och barnrättsperspektiv: ärendet bedöms inte ha några direkta konsekvenser.

FÖRSLAG TILL BESLUT
Regionstyrelsen beslutar att
1. bevilja Energikontor Halland 2 400 000 kronor i medfinansiering för projektet
   "Laddstråk E6 Halland" under perioden 2026-01-01–2027-12-31,
2. medlen finansieras ur regionstyrelsens anslag för regional utveckling 2026,
3. uppdra åt regiondirektören att teckna avtal med Energikontor Halland, samt
4. projektet ska slutredovisas till regionstyrelsen senast den 31 mars 2028.

REGION HALLAND
Regional utveckling


Mikael Strandberg                        Elin Carlsson
Regionutvecklingsdirektör                Handläggare, klimat och energi
                                         elin.carlsson@regionhalland.example
                                         035-13 48 62

Beslutet skickas till: Energikontor Halland, Kungsbacka kommun, Varbergs kommun,
Falkenbergs kommun, Halmstads kommun, Ekonomistaben.
"""


# ---------------------------------------------------------------------------
# 5. Call for proposals PDF (Region Skåne), platypus, two columns on page 2
# ---------------------------------------------------------------------------
def make_call_pdf(path):
    ss = {
        "title": ParagraphStyle("title", fontName="DVB", fontSize=20, leading=25, spaceAfter=6,
                                textColor=colors.HexColor("#7a1e3a")),
        "sub": ParagraphStyle("sub", fontName="DV", fontSize=12, leading=16, spaceAfter=12),
        "h": ParagraphStyle("h", fontName="DVB", fontSize=12, leading=15, spaceBefore=8,
                            spaceAfter=4, textColor=colors.HexColor("#7a1e3a")),
        "b": ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=13, spaceAfter=5),
        "bs": ParagraphStyle("bs", fontName="DVS", fontSize=9, leading=12, spaceAfter=4),
    }

    def hf(c, doc):
        c.saveState()
        c.setFont("DV", 8)
        c.drawString(20 * mm, H - 12 * mm, "Region Skåne · Regional utveckling")
        c.drawRightString(W - 20 * mm, H - 12 * mm, "Utlysning Innovationsmedel Skåne 2026")
        c.drawCentredString(W / 2, 10 * mm, f"{doc.page}")
        c.drawString(20 * mm, 10 * mm, "Dnr RUN 2025-0240")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=20 * mm, bottomMargin=18 * mm,
                          title="Utlysning – Innovationsmedel Skåne 2026",
                          author="Region Skåne")
    fw = W - 40 * mm
    fh = H - 38 * mm
    one = Frame(20 * mm, 18 * mm, fw, fh, id="one")
    gap = 8 * mm
    cw = (fw - gap) / 2
    left = Frame(20 * mm, 18 * mm, cw, fh, id="left")
    right = Frame(20 * mm + cw + gap, 18 * mm, cw, fh, id="right")
    doc.addPageTemplates([PageTemplate(id="One", frames=[one], onPage=hf),
                          PageTemplate(id="Two", frames=[left, right], onPage=hf)])

    s = []
    s.append(Paragraph("Utlysning: Innovationsmedel Skåne 2026", ss["title"]))
    s.append(Paragraph("Regionala utvecklingsfonden för hållbar omställning och innovation – "
                       "projekt som stärker Skånes innovationsförmåga", ss["sub"]))
    s.append(Paragraph(
        "Region Skåne utlyser 18 miljoner kronor ur den regionala utvecklingsfonden till projekt "
        "som bidrar till Skånes smarta specialiseringsstrategi och till en hållbar omställning av "
        "näringslivet. Utlysningen riktar sig till organisationer som vill utveckla nya "
        "samverkansformer, testbäddar och stödstrukturer för företag inom Skånes fem "
        "styrkeområden: hälsa och life science, smarta material, smarta hållbara städer, "
        "digitalisering och livsmedel.", ss["b"]))
    box = Table([[Paragraph("<b>I korthet</b>", ss["b"])],
                 [Paragraph("Utlysningen öppnar: 12 januari 2026", ss["b"])],
                 [Paragraph("Sista ansökningsdag: 16 mars 2026 kl. 23.59", ss["b"])],
                 [Paragraph("Beslut: regionala utvecklingsnämnden den 21 maj 2026", ss["b"])],
                 [Paragraph("Total ram: 18 miljoner kronor", ss["b"])]],
                colWidths=[fw])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6e9ee")),
                             ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#7a1e3a"))]))
    s.append(Spacer(1, 6))
    s.append(box)
    s.append(Paragraph("Bakgrund", ss["h"]))
    s.append(Paragraph(
        "Skåne har en stark forskningsbas men omsättningen av forskning till nya produkter och "
        "tjänster är lägre än i jämförbara regioner i Europa. Regionala utvecklingsnämnden "
        "beslutade den 16 oktober 2025 att avsätta medel för en ny utlysning riktad mot "
        "innovation och hållbar omställning. Utlysningen är en del av genomförandet av den "
        "regionala utvecklingsstrategin Det öppna Skåne 2030.", ss["b"]))
    s.append(Paragraph(
        "Projekten ska bidra till minst ett av utlysningens tre mål: fler företag som investerar i "
        "forskning och innovation, fler testbäddar och demonstrationsmiljöer som är öppna för "
        "små och medelstora företag, samt minskad klimatpåverkan från skånsk industri.", ss["b"]))
    s.append(NextPageTemplate("Two"))
    s.append(PageBreak())

    # Page 2: two columns
    s.append(Paragraph("Vem kan söka?", ss["h"]))
    s.append(Paragraph(
        "Stödet kan sökas av kommuner, regionala och kommunala bolag, universitet och högskolor, "
        "forskningsinstitut, ideella föreningar samt företagsfrämjande organisationer som "
        "inkubatorer och science parks. Sökande ska bedriva verksamhet i Skåne och projektet ska "
        "genomföras i Skåne.", ss["bs"]))
    s.append(Paragraph(
        "Enskilda företag kan inte söka stöd ur utlysningen men kan delta som samverkanspart i "
        "ett projekt. Stöd till enskilda företags ordinarie verksamhet beviljas inte.", ss["bs"]))
    s.append(Paragraph("Hur mycket kan man söka?", ss["h"]))
    s.append(Paragraph(
        "Stöd beviljas med lägst 300 000 kronor och högst 1 500 000 kronor per projekt. Region "
        "Skåne finansierar högst 50 procent av projektets totala stödberättigande kostnader. "
        "Resterande del, minst 50 procent, ska utgöras av medfinansiering från sökanden eller "
        "andra parter. Medfinansiering kan vara kontant eller i form av arbetstid. Annan "
        "offentlig medfinansiering från exempelvis kommuner eller Vinnova är tillåten. "
        "Projekttiden får vara högst 24 månader.", ss["bs"]))
    s.append(Paragraph("Vilka kostnader kan ingå?", ss["h"]))
    s.append(Paragraph(
        "Stödberättigande kostnader är personalkostnader för projektets personal, externa "
        "tjänster som konsulter och analyser, resor inom projektet samt kostnader för "
        "spridningsaktiviteter som seminarier och konferenser. Kostnader för investeringar i "
        "utrustning, till exempel mätinstrument eller demonstrationsanläggningar, får ingå men "
        "får sammanlagt uppgå till högst 15 procent av projektets totala budget och ska vara "
        "nödvändiga för att genomföra projektet. Kostnader som har uppstått innan ansökan kommit "
        "in till Region Skåne är inte stödberättigande. Moms är stödberättigande endast om den "
        "inte kan återsökas.", ss["bs"]))
    s.append(Paragraph("Bedömningskriterier", ss["h"]))
    s.append(Paragraph(
        "Ansökningar som uppfyller de formella kraven bedöms av en bedömargrupp med "
        "representanter från Region Skåne, Lunds universitet och Business Sweden. Följande "
        "kriterier ligger till grund för bedömningen:", ss["bs"]))
    crit = [
        "Koppling till Skånes smarta specialiseringsstrategi och utlysningens mål.",
        "Nyhetsvärde och innovationshöjd jämfört med befintliga insatser i regionen.",
        "Samverkan – projektet ska ha minst två samverkande organisationer, varav gärna minst "
        "en från näringslivet.",
        "Bidrag till hållbar utveckling: miljömässig, social och ekonomisk hållbarhet.",
        "Genomförbarhet: realistisk tidplan, budget och projektorganisation.",
        "Långsiktighet – hur resultaten tas om hand efter projekttiden.",
        "Jämställdhet, tillgänglighet och inkludering i projektets genomförande.",
    ]
    s.append(ListFlowable([ListItem(Paragraph(t, ss["bs"]), value=i + 1)
                           for i, t in enumerate(crit)],
                          bulletType="1", bulletFontName="DV", bulletFontSize=9, leftIndent=14))
    s.append(Paragraph(
        "Varje kriterium poängsätts 1–5. Ansökningar som får lägre än 3 poäng på kriterium 1 "
        "eller 5 går inte vidare.", ss["bs"]))
    s.append(Paragraph("Redovisning", ss["h"]))
    s.append(Paragraph(
        "Projekt som beviljas stöd ska lämna en lägesrapport var sjätte månad och en slutrapport "
        "senast två månader efter projekttidens slut. Region Skåne kan återkräva stöd som inte "
        "har använts enligt beslutet.", ss["bs"]))
    s.append(NextPageTemplate("One"))
    s.append(PageBreak())

    # Page 3
    s.append(Paragraph("Tidplan", ss["h"]))
    tp = Table([["Aktivitet", "Datum"],
                ["Utlysningen öppnar", "12 januari 2026"],
                ["Digitalt informationsmöte (Teams)", "20 januari 2026 kl. 10.00–11.30"],
                ["Sista dag för ansökan", "16 mars 2026 kl. 23.59"],
                ["Beslut i regionala utvecklingsnämnden", "21 maj 2026"],
                ["Besked till sökande", "senast 29 maj 2026"],
                ["Tidigaste projektstart", "1 juni 2026"]],
               colWidths=[fw * 0.6, fw * 0.4])
    tp.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"),
                            ("FONTNAME", (0, 0), (-1, 0), "DVB"),
                            ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f6e9ee"))]))
    s.append(tp)
    s.append(Paragraph("Så ansöker du", ss["h"]))
    s.append(Paragraph(
        "Ansökan görs i Region Skånes e-tjänst för projektmedel. Till ansökan ska bifogas en "
        "projektbudget enligt Region Skånes mall, intyg om medfinansiering från samtliga "
        "medfinansiärer samt, för föreningar, senaste årsredovisning och stadgar. Ofullständiga "
        "ansökningar kompletteras en gång; kompletteringen ska ha kommit in inom tio "
        "arbetsdagar.", ss["b"]))
    s.append(Paragraph("Kontakt", ss["h"]))
    s.append(Paragraph(
        "Frågor om utlysningen och projektets innehåll: Johan Malmberg, handläggare, "
        "johan.malmberg@skane.example, telefon 044-309 45 12.", ss["b"]))
    s.append(Paragraph(
        "Frågor om budget, medfinansiering och redovisning: Amira Saleh, ekonom, "
        "amira.saleh@skane.example, telefon 040-675 31 08.", ss["b"]))
    s.append(Paragraph(
        "Beslut om stöd fattas av regionala utvecklingsnämnden och kan inte överklagas.", ss["b"]))
    doc.build(s)


# ---------------------------------------------------------------------------
# 6. Events XLSX
# ---------------------------------------------------------------------------
EVENTS = [
    ("2025-11-04", "Kompetensplattform Halland – styrgruppsmöte", "Regionens hus, Halmstad",
     "Sara Lindahl", "Kommunernas kompetensförsörjningsstrateger"),
    ("2025-11-06", "Nätverksträff besöksnäring Skåne", "Kulturhuset Ystad", "Emma Kjellberg",
     "Destinationsbolag och kommuner"),
    ("2025-11-12", "Frukostseminarium: Vätgas i tunga transporter", "Krinova, Kristianstad",
     "Linda Sjöstedt", "Företag och kommuner"),
    ("2025-11-18", "Introduktionsdag för nyanställda", "Tillväxt- och regionplaneförvaltningen, Stockholm",
     "Anneli Strömberg", "Nyanställda"),
    ("2025-11-20", "Sammanträde regionala utvecklingsnämnden", "Dockan, Malmö", "Helena Strand",
     "Nämndens ledamöter"),
    ("2025-11-26", "Regionstyrelsen – beslut om lägesrapport RUS", "Regionens hus, Halmstad",
     "Johan Wernersson", "Regionstyrelsen"),
    ("2025-12-02", "Workshop länsplan för regional transportinfrastruktur", "Digitalt (Teams)",
     "Oskar Lindberg", "Kommunernas trafikplanerare"),
    ("2025-12-09", "Analysnätverket Stockholm–Mälardalen", "Tekniska nämndhuset, Stockholm",
     "Karim Haddad", "Regionala analytiker"),
    ("2025-12-11", "Energikontor Halland – uppstartsmöte Laddstråk E6", "Varbergs stadshus",
     "Elin Carlsson", "Projektparter"),
    ("2026-01-13", "Dialogmöte kommunchefer Halland", "Hotel Tylösand, Halmstad", "Mikael Strandberg",
     "Kommunchefer"),
    ("2026-01-20", "Informationsmöte om utlysningen Innovationsmedel Skåne 2026", "Digitalt (Teams)",
     "Johan Malmberg", "Potentiella sökande"),
    ("2026-01-27", "Seminarium: Yrkesvux och validering", "Campus Varberg", "Sara Lindahl",
     "Studie- och yrkesvägledare"),
    ("2026-02-05", "Regionalt forum för smart specialisering", "Medicon Village, Lund",
     "Linda Sjöstedt", "Lärosäten, företag och klusterorganisationer"),
    ("2026-02-10", "Utbildning i DHS för nya handläggare", "Tillväxt- och regionplaneförvaltningen, Stockholm",
     "Fredrik Nilsson", "Nyanställda handläggare"),
    ("2026-02-19", "Klimatfärdplan Halland – referensgrupp", "Högskolan i Halmstad", "Elin Carlsson",
     "Näringsliv och kommuner"),
    ("2026-03-03", "Workshop: Så skriver du en stark ansökan", "Region Skåne, Kristianstad",
     "Johan Malmberg", "Potentiella sökande"),
    ("2026-03-12", "Landsbygdsriksdag regional förträff", "Hylte kommunhus", "Maja Engström",
     "Landsbygdsaktörer"),
    ("2026-03-24", "Presentation av handlingsplan för kompetensförsörjning", "Dockan, Malmö",
     "Thomas Wikén", "Regionala utvecklingsnämnden"),
    ("2026-04-14", "Stockholmsregionens tillväxtdag", "Stockholm Waterfront Congress Centre",
     "Linnea Björk", "Allmänhet, näringsliv och kommuner"),
    ("2026-05-21", "Sammanträde regionala utvecklingsnämnden – beslut om innovationsmedel",
     "Regionhuset, Kristianstad", "Helena Strand", "Nämndens ledamöter"),
]


def make_events_xlsx(path):
    rows = [{"Datum": dt.date.fromisoformat(d), "Aktivitet": a, "Plats": p, "Ansvarig": r,
             "Målgrupp": m} for d, a, p, r, m in EVENTS]
    df = pd.DataFrame(rows)
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        df.to_excel(xw, sheet_name="Kalendarium", index=False)
        ws = xw.sheets["Kalendarium"]
        for col, width in zip("ABCDE", (12, 62, 44, 20, 44)):
            ws.column_dimensions[col].width = width
        for cell in ws["A"][1:]:
            cell.number_format = "yyyy-mm-dd"


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    total, hp, _ = make_strategy_pdf(os.path.join(out, "RUS_Halland_uppfoljning_2025.pdf"))
    print("strategy pages", total, hp)
    make_minutes_docx(os.path.join(out, "Protokoll_RUN_2025-10-16.docx"))
    with open(os.path.join(out, "Introduktionsguide_regional_utveckling.md"), "w", encoding="utf-8") as f:
        f.write(ONBOARDING)
    with open(os.path.join(out, "Tjansteskrivelse_RS_2025-00587_Laddstrak_E6.txt"), "w",
              encoding="utf-8") as f:
        f.write(MEMO)
    make_call_pdf(os.path.join(out, "Utlysning_Innovationsmedel_Skane_2026.pdf"))
    make_events_xlsx(os.path.join(out, "Kalendarium_2025-2026.xlsx"))


if __name__ == "__main__":
    main()
