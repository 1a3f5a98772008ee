#!/usr/bin/env python
"""r172 – Säsongsbryggan (Jämtland Härjedalen / Trøndelag), six documents.

Usage:  python r172_make_files.py OUT_DIR

Deterministic: PDFs are written with reportlab's invariant mode, the DOCX zip is
rewritten with fixed timestamps, TXT/MD are plain text.

Files (newest last):
  1. Forstudie_Sasongsbryggan_rapport_2025-7.pdf          2025-06-16  pre-study report
  2. Sesongbrua_Interreg_sammanfattning_SV-NO.pdf          2025-10-30  bilingual application summary
  3. Verksamhetsplan_2026_Sasongsbryggan.docx              2026-01-20  operational plan
  4. styrgrupp_sasongsbryggan_2026-03-12.md                2026-03-12  HackMD meeting notes
  5. sasongsbryggan_gruppkalender_export.txt               2026-04-14  iCalendar export
  6. Beslut_andring_Sasongsbryggan_RJH-2025-1187.pdf       2026-05-20  change decision
"""
import io
import os
import re
import sys
import zipfile

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak,
                                KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

W, H = A4
SHY = "\u00ad"


# ---------------------------------------------------------------- helpers
def nb(text):
    """Non-breaking spaces inside digit groups ("1 440 000") so that amounts are
    never split over two lines."""
    return re.sub(r"(?<=\d) (?=\d{3}\b)", "\u00a0", text)


def hy(text, pairs):
    """Insert soft hyphens (rendered as line-end hyphens by reportlab's
    embeddedHyphenation) at the marked points of known compound stems."""
    text = nb(text)
    for p in pairs:
        plain = p.replace("|", "")
        marked = p.replace("|", SHY)
        text = text.replace(plain, marked)
        cap = plain[0].upper() + plain[1:]
        text = text.replace(cap, marked[0].upper() + marked[1:])
    return text


SV_HY = [
    "säsongs|anställ", "besöks|näringen", "kompetens|försörjning",
    "arbets|givar", "arbets|marknad", "fjäll|kommunerna", "fjäll|anläggningar",
    "mellan|säsong", "sommar|arbets", "vinter|arbets", "genom|förande",
    "inter|vju", "skid|anläggning", "restaurang|företag", "samverkans|part",
    "utvecklings|direktör", "sysselsätt|ning", "marknads|föring", "gräns|över",
    "kombinations|möjlig", "behörig|heter", "livsmedels|hygien", "motorsågs|körkort",
    "riks|gränsen", "region|gemensam", "destinations|bolag", "bemannings|pool",
    "arbetsgivar|ansvaret", "huvud|partner", "styr|grupp", "projekt|period",
    "medfinan|siering", "över|representerade",
]
NO_HY = [
    "sesong|ansatte", "sesong|arbeid", "arbeids|giver", "kompetanse|behov",
    "helårs|syssel", "mellom|sesong", "grense|over", "hoved|partner",
    "styrings|gruppe", "samarbeids|part", "nærings|middel", "over|representert",
    "prosjekt|periode", "fylkes|kommune", "erfar|inger",
]


class FootnoteAnchor(Flowable):
    """Zero-size flowable: registers a footnote for the page it is drawn on."""

    def __init__(self, store, text):
        super().__init__()
        self.store = store
        self.text = text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        self.store.setdefault(self.canv.getPageNumber(), []).append(self.text)


def draw_footnotes(canv, notes, x, y_top, width, font="Times-Roman", size=7.5):
    if not notes:
        return
    canv.saveState()
    canv.setLineWidth(0.5)
    canv.line(x, y_top, x + 45 * mm, y_top)
    st = ParagraphStyle("fn", fontName=font, fontSize=size, leading=size + 2)
    y = y_top - 3
    for n in notes:
        p = Paragraph(n, st)
        _, h = p.wrap(width, 200)
        p.drawOn(canv, x, y - h)
        y -= h + 1.5
    canv.restoreState()


# =================================================================== 1. PDF
def make_forstudie(path):
    notes = {}
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14,
                          alignment=TA_JUSTIFY, embeddedHyphenation=1,
                          hyphenationLang="", uriWasteReduce=0.3, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18,
                        spaceBefore=4, spaceAfter=8, textColor=colors.HexColor("#1f3d5a"))
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14,
                        spaceBefore=6, spaceAfter=4)
    cap = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9, leading=11,
                         spaceBefore=6, spaceAfter=4)
    small = ParagraphStyle("s", fontName="Helvetica", fontSize=8, leading=10)
    gl = ParagraphStyle("gl", parent=body, leftIndent=14 * mm, firstLineIndent=-14 * mm,
                        alignment=TA_LEFT)
    idx = ParagraphStyle("idx", fontName="Times-Roman", fontSize=9.5, leading=12.5,
                         leftIndent=8, firstLineIndent=-8)
    idxh = ParagraphStyle("idxh", fontName="Helvetica-Bold", fontSize=10, leading=14,
                          spaceBefore=5)

    def P(t, st=body):
        return Paragraph(hy(t, SV_HY), st)

    chapters = {2: "1 Bakgrund", 3: "2 Säsongsarbetsmarknaden", 4: "3 Förslag",
                5: "4 Begrepp och fortsatt arbete", 6: "Sakregister"}
    LM, RM, TOP, BOT = 24 * mm, 24 * mm, 26 * mm, 34 * mm

    def header_footer(canv, doc):
        n = canv.getPageNumber()
        if n == 1:
            return
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(LM, H - 15 * mm, "Säsongsbryggan – förstudie · Rapport 2025:7")
        canv.drawRightString(W - RM, H - 15 * mm, chapters.get(n, ""))
        canv.setLineWidth(0.4)
        canv.line(LM, H - 17 * mm, W - RM, H - 17 * mm)
        canv.setFont("Helvetica-Bold", 9)
        if n % 2 == 0:
            canv.drawString(LM, 12 * mm, str(n))
            canv.setFont("Helvetica", 7.5)
            canv.drawRightString(W - RM, 12 * mm, "Region Jämtland Härjedalen · Regional utveckling")
        else:
            canv.drawRightString(W - RM, 12 * mm, str(n))
            canv.setFont("Helvetica", 7.5)
            canv.drawString(LM, 12 * mm, "Region Jämtland Härjedalen · Regional utveckling")
        canv.restoreState()

    def page_end(canv, doc):
        n = canv.getPageNumber()
        draw_footnotes(canv, notes.get(n), LM, BOT - 4 * mm, W - LM - RM)
        if n == 2:
            # The summary box is drawn LAST in the content stream although it
            # sits at the top of the page (as when a layout tool places a
            # floating box after the text it was anchored to).
            x, y, w, h = LM, H - TOP - 52 * mm, W - LM - RM, 50 * mm
            canv.saveState()
            canv.setFillColor(colors.HexColor("#e8eef4"))
            canv.setStrokeColor(colors.HexColor("#1f3d5a"))
            canv.rect(x, y, w, h, fill=1, stroke=1)
            canv.restoreState()
            st = ParagraphStyle("sum", fontName="Helvetica", fontSize=9.5, leading=13)
            sth = ParagraphStyle("sumh", fontName="Helvetica-Bold", fontSize=11, leading=14)
            ph = Paragraph("Sammanfattning", sth)
            ph.wrap(w - 10 * mm, 20)
            ph.drawOn(canv, x + 5 * mm, y + h - 9 * mm)
            ps = Paragraph(
                "Förstudien visar att säsongsanställda i fjällkommunerna ofta saknar arbete "
                "under vår och höst och att många då lämnar länet. Förstudien föreslår ett "
                "treårigt genomförandeprojekt, Säsongsbryggan, med start 2026-01-01, en budget "
                "på 6,4 miljoner kronor och ett mål om 150 deltagare och 40 tvåsäsongsavtal. "
                "Härjedalens kommun föreslås som projektägare. En kommunal bemanningspool "
                "har prövats men avfärdas. Förstudien rekommenderar att finansiering söks "
                "från Interreg Sverige–Norge tillsammans med partner i Trøndelag.", st)
            _, hh = ps.wrap(w - 10 * mm, h)
            ps.drawOn(canv, x + 5 * mm, y + h - 11 * mm - hh)

    fr_full = Frame(LM, BOT, W - LM - RM, H - TOP - BOT, id="f", showBoundary=0)
    fr_p2 = Frame(LM, BOT, W - LM - RM, H - TOP - BOT - 56 * mm, id="f2")
    colw = (W - LM - RM - 8 * mm) / 2
    fr_i1 = Frame(LM, H - TOP - 14 * mm - 120 * mm, colw, 120 * mm, id="i1")
    fr_i2 = Frame(LM + colw + 8 * mm, H - TOP - 14 * mm - 120 * mm, colw, 120 * mm, id="i2")
    fr_ih = Frame(LM, H - TOP - 14 * mm, W - LM - RM, 14 * mm, id="ih")
    fr_cover = Frame(LM, BOT, W - LM - RM, H - 40 * mm - BOT, id="c")

    def cover_page(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1f3d5a"))
        canv.rect(0, H - 60 * mm, W, 60 * mm, fill=1, stroke=0)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 12)
        canv.drawString(LM, H - 22 * mm, "Region Jämtland Härjedalen")
        canv.setFont("Helvetica", 10)
        canv.drawString(LM, H - 28 * mm, "Regional utveckling · Enheten för kompetensförsörjning")
        canv.drawRightString(W - RM, H - 22 * mm, "Rapport 2025:7")
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="Säsongsbryggan – förstudie",
                          author="Region Jämtland Härjedalen", invariant=1)
    doc.addPageTemplates([
        PageTemplate("cover", [fr_cover], onPage=cover_page),
        PageTemplate("p2", [fr_p2], onPage=header_footer, onPageEnd=page_end),
        PageTemplate("body", [fr_full], onPage=header_footer, onPageEnd=page_end),
        PageTemplate("index", [fr_ih, fr_i1, fr_i2], onPage=header_footer, onPageEnd=page_end),
    ])

    s = []
    # ---- page 1, cover
    s.append(Spacer(1, 40 * mm))
    s.append(Paragraph("Säsongsbryggan – från säsong till helår",
                       ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=26, leading=31)))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Slutrapport från förstudien om kombinerade säsongsanställningar i "
                       "fjällkommunerna Åre, Härjedalen och Berg",
                       ParagraphStyle("st", fontName="Helvetica", fontSize=14, leading=19)))
    s.append(Spacer(1, 30 * mm))
    cst = ParagraphStyle("cst", fontName="Helvetica", fontSize=10.5, leading=15)
    for t in ["Förstudieledare: Jonas Hedlund, Regional utveckling",
              "Referensgrupp: Arbetsförmedlingen, Härjedalens kommun, Åre kommun, Bergs kommun "
              "och destinationsbolagen i Åre, Vemdalen och Funäsfjällen",
              "Dnr RJH 2024/1432",
              "Östersund 2025-06-16"]:
        s.append(Paragraph(t, cst))
    s.append(NextPageTemplate("p2"))
    s.append(PageBreak())

    # ---- page 2
    s.append(P("1 Bakgrund", h1))
    s.append(P(
        "Besöksnäringen är en av de största arbetsgivarna i Jämtlands län. I Åre, Härjedalens "
        "och Bergs kommuner är efterfrågan på arbetskraft starkt säsongsberoende: under "
        "vintersäsongen anställs flera tusen personer i skidanläggningar, hotell och "
        "restauranger, medan behovet sjunker kraftigt under mellansäsongerna. Sommarsäsongen "
        "växer men är kortare och sysselsätter färre."))
    s.append(P(
        "Region Jämtland Härjedalen gav i oktober 2024 enheten för kompetensförsörjning i "
        "uppdrag att genomföra en förstudie om hur säsongsanställningar kan kombineras till "
        "arbete året runt.<super>*</super> Förstudien har genomförts mellan november 2024 och "
        "maj 2025 med Jonas Hedlund som förstudieledare. En referensgrupp med företrädare för "
        "Arbetsförmedlingen, kommunerna och destinationsbolagen har följt arbetet."))
    s.append(FootnoteAnchor(notes, "<super>*</super> Uppdraget gavs genom beslut av regional "
                            "utvecklingsdirektör 2024-10-08 (dnr RJH 2024/1432)."))
    s.append(P(
        "Förstudien har omfattat en enkät till arbetsgivare, 31 intervjuer med "
        "säsongsanställda samt en genomgång av statistik från Arbetsförmedlingen och SCB. "
        "Enkäten skickades till 212 arbetsgivare, varav 87 svarade (41 procent).<super>†</super>"))
    s.append(FootnoteAnchor(notes, "<super>†</super> Svarsfrekvensen var lägst bland "
                            "restaurangföretag (29 procent) och högst bland skidanläggningar "
                            "(68 procent)."))
    s.append(P("1.1 Syfte", h2))
    s.append(P(
        "Syftet med förstudien har varit att beskriva säsongsarbetsmarknaden i fjällkommunerna, "
        "pröva olika modeller för kombinerade anställningar och lämna förslag till ett "
        "genomförandeprojekt som kan starta 2026."))
    s.append(NextPageTemplate("body"))
    s.append(PageBreak())

    # ---- page 3
    s.append(P("2 Säsongsarbetsmarknaden i fjällkommunerna", h1))
    s.append(P(
        "Vintern 2023/24 arbetade drygt 2 000 säsongsanställda i Härjedalens fjällanläggningar. "
        "Säsongen därpå ökade antalet något, se tabell 1. Andelen säsongsanställda som hade "
        "arbete både vinter och sommar var endast 18 procent, och många lämnar länet under "
        "mellansäsongerna."))
    s.append(Paragraph("Tabell 1. Säsongsanställda per kommun, vinter 2024/25 och sommar "
                       "2024<super>*</super>", cap))
    s.append(FootnoteAnchor(notes, "<super>*</super> Med säsongsanställd avses här en person med "
                            "tidsbegränsad anställning om högst fem månader inom perioden "
                            "december–april (vinter) respektive juni–september (sommar)."))
    th = ParagraphStyle("th", fontName="Helvetica-Bold", fontSize=8.5, leading=10,
                        alignment=TA_CENTER)
    data = [
        ["Kommun", Paragraph("Vinter 2024/25", th), "", Paragraph("Sommar 2024<super>†</super>", th), ""],
        ["", "Antal", "därav under 25 år", "Antal", "därav under 25 år"],
        ["Åre", "4 310", "1 690", "1 540", "520"],
        ["Härjedalen", "2 160", "740", "1 020", "310"],
        ["Berg", "620", "190", "410", "120"],
        ["Krokom", "240", "70", "300", "80"],
        ["Östersund", "380", "110", "890", "260"],
        ["Totalt", "7 710", "2 800", "4 160", "1 290"],
    ]
    t = Table(data, colWidths=[34 * mm, 26 * mm, 30 * mm, 26 * mm, 30 * mm])
    t.setStyle(TableStyle([
        ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)),
        ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 8.5),
        ("FONT", (0, 2), (-1, -1), "Helvetica", 9),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#dde6ee")),
    ]))
    s.append(t)
    s.append(Paragraph("Källa: Arbetsförmedlingen, SCB och förstudiens arbetsgivarenkät.", small))
    s.append(FootnoteAnchor(notes, "<super>†</super> Sommaren 2024 är den senaste hela "
                            "sommarsäsongen när rapporten skrivs."))
    s.append(Spacer(1, 4 * mm))
    s.append(P(
        "Intervjuerna visar att det främsta hindret för att kombinera säsonger är att vinter- "
        "och sommararbetsgivarna inte känner till varandras behov, följt av brist på boende "
        "under mellansäsongerna. Flera intervjupersoner pekar också på att de saknar "
        "behörigheter som sommararbetsgivarna efterfrågar, till exempel motorsågskörkort och "
        "livsmedelshygien."))
    s.append(P("2.1 Gränsen mot Trøndelag", h2))
    s.append(P(
        "I Trøndelag finns ett motsvarande mönster, men med en starkare sommarsäsong kring Røros "
        "och Oppdal. Förstudien bedömer att ett samarbete över riksgränsen kan ge fler "
        "kombinationsmöjligheter och föreslår att finansiering söks från Interreg Sverige–Norge."))
    s.append(PageBreak())

    # ---- page 4
    s.append(P("3 Förslag till genomförandeprojekt", h1))
    s.append(P("Förstudien har prövat två modeller för att kombinera säsongerna."))
    s.append(P("3.1 Alternativ A – tvåsäsongsavtal (rekommenderas)", h2))
    s.append(P(
        "I alternativ A tecknar en vinterarbetsgivare och en sommararbetsgivare ett "
        "tvåsäsongsavtal om att dela på samma medarbetare. Projektet matchar arbetsgivare, "
        "erbjuder utbildning under mellansäsongen och hjälper till med boende. Anställningen "
        "ligger hos respektive arbetsgivare."))
    s.append(P("3.2 Alternativ B – kommunal bemanningspool (avfärdas)", h2))
    s.append(P(
        "I alternativ B skulle kommunerna gemensamt anställa säsongsarbetare i en "
        "bemanningspool och hyra ut dem till företagen. Alternativ B avfärdades eftersom "
        "kostnaden beräknades till 9,2 miljoner kronor för tre år och kommunerna inte bedömdes "
        "kunna bära arbetsgivaransvaret. I enkäten föredrog dessutom 71 procent av "
        "arbetsgivarna att anställa direkt."))
    s.append(P("3.3 Föreslagen budget och mål", h2))
    s.append(P(
        "Förstudien föreslår att projektet pågår 2026-01-01–2028-12-31 med Härjedalens kommun "
        "som projektägare. Den föreslagna budgeten framgår av tabell 2. Målen föreslås vara 150 "
        "deltagare och 40 tvåsäsongsavtal under projekttiden.<super>*</super>"))
    s.append(FootnoteAnchor(notes, "<super>*</super> Målen är satta utan norskt deltagande och "
                            "bör ses över om ett Interreg-projekt blir aktuellt."))
    s.append(Paragraph("Tabell 2. Föreslagen budget 2026–2028 (kronor)", cap))
    bd = [["Kostnadsslag", "Belopp"],
          ["Personal", "3 900 000"],
          ["Utbildningsinsatser", "1 200 000"],
          ["Resor och boende", "700 000"],
          ["Mässor och arbetsgivarträffar", "350 000"],
          ["Kommunikation", "250 000"],
          ["Summa", "6 400 000"]]
    t2 = Table(bd, colWidths=[70 * mm, 35 * mm])
    t2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
    ]))
    s.append(t2)
    s.append(Spacer(1, 4 * mm))
    s.append(P(
        "En projektledare på heltid bör rekryteras till projektägaren. Förstudien bedömer att "
        "Arbetsförmedlingen bör delta med en arbetsförmedlare på halvtid utan kostnad för "
        "projektet."))
    s.append(PageBreak())

    # ---- page 5
    s.append(P("4 Begrepp och förkortningar", h1))
    for term, d in [
        ("DMO", "destinationsbolag (Destination Management Organisation), bolag som samordnar "
                "marknadsföring och utveckling av en turistdestination."),
        ("Mellansäsong", "perioderna april–juni och september–november då efterfrågan på "
                          "arbetskraft i besöksnäringen är låg."),
        ("SCB", "Statistiska centralbyrån."),
        ("TBA", "tidsbegränsad anställning."),
        ("TSA", "tvåsäsongsavtal. Skriftlig överenskommelse mellan en vinterarbetsgivare och en "
                "sommararbetsgivare om att dela på samma medarbetare under ett helt år."),
    ]:
        s.append(Paragraph("<b>%s</b>\u00a0\u00a0– %s" % (term, d), gl))
    s.append(P("5 Fortsatt arbete", h1))
    s.append(P(
        "Region Jämtland Härjedalen och Härjedalens kommun bör före 2025-10-31 ta ställning till "
        "en ansökan till Interreg Sverige–Norge. Förstudieledaren Jonas Hedlund lämnar uppdraget "
        "när förstudien avslutas den 30 juni 2025. Referensgruppen föreslås bli kärnan i en "
        "framtida styrgrupp."))
    s.append(NextPageTemplate("index"))
    s.append(PageBreak())

    # ---- page 6, index in two columns
    s.append(Paragraph("Sakregister", h1))
    s.append(FrameBreak())
    groups = [
        ("A", ["Alternativ A (tvåsäsongsavtal) 4", "Alternativ B (bemanningspool) 4",
               "Arbetsförmedlingen 1, 2, 4"]),
        ("B", ["Berg 3", "boende 3, 4", "budget 2, 4"]),
        ("D", ["DMO 5"]),
        ("E", ["enkät 2, 3, 4"]),
        ("H", ["Hedlund, Jonas 1, 2, 5", "Härjedalen 3, 4"]),
        ("I", ["Interreg Sverige–Norge 2, 3, 5"]),
        ("K", ["Krokom 3"]),
        ("M", ["mellansäsong 3, 4, 5", "motorsågskörkort 3"]),
        ("R", ["referensgrupp 1, 2, 5", "Røros 3"]),
        ("S", ["SCB 2, 5", "svarsfrekvens 2"]),
        ("T", ["TBA 5", "tvåsäsongsavtal (TSA) 2, 4, 5", "Trøndelag 2, 3"]),
        ("Å", ["Åre 3"]),
        ("Ö", ["Östersund 3"]),
    ]
    for letter, entries in groups:
        s.append(Paragraph(letter, idxh))
        for e in entries:
            s.append(Paragraph(e, idx))
    doc.build(s)


# =================================================================== 2. PDF
def make_interreg(path, pages=None):
    """Built twice: the first pass (into memory) counts the pages for the
    bilingual 'Sida N av M / Side N av M' footer."""
    if pages is None:
        pages = {"seen": 0, "total": 0}
        make_interreg(io.BytesIO(), pages)
        pages["total"] = pages["seen"]
        return make_interreg(path, pages)
    notes = {}
    LM, RM, TOP, BOT = 18 * mm, 18 * mm, 28 * mm, 30 * mm
    base = dict(fontName="Helvetica", fontSize=9, leading=12, alignment=TA_JUSTIFY,
                embeddedHyphenation=1, hyphenationLang="", uriWasteReduce=0.3)
    sv = ParagraphStyle("sv", **base)
    no = ParagraphStyle("no", **dict(base, fontName="Helvetica-Oblique"))
    hsv = ParagraphStyle("hsv", fontName="Helvetica-Bold", fontSize=10, leading=13)
    hno = ParagraphStyle("hno", fontName="Helvetica-BoldOblique", fontSize=10, leading=13)
    itm_sv = ParagraphStyle("isv", parent=sv, leftIndent=9 * mm, firstLineIndent=-9 * mm,
                            alignment=TA_LEFT)
    itm_no = ParagraphStyle("ino", parent=no, leftIndent=9 * mm, firstLineIndent=-9 * mm,
                            alignment=TA_LEFT)

    def hf(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#00594f"))
        canv.rect(LM, H - 19 * mm, W - LM - RM, 0.8 * mm, fill=1, stroke=0)
        canv.setFillColor(colors.black)
        canv.setFont("Helvetica-Bold", 8)
        canv.drawString(LM, H - 15 * mm, "Interreg Sverige–Norge 2021–2027")
        canv.setFont("Helvetica", 8)
        canv.drawRightString(W - RM, H - 15 * mm,
                             "Säsongsbryggan | Sesongbrua · Projektsammanfattning | Prosjektsammendrag")
        canv.setFont("Helvetica", 7.5)
        canv.drawString(LM, 12 * mm, "Ärendenummer / Saksnummer: SN-2025-0147 · Inlämnad / Innlevert 2025-10-30")
        n = canv.getPageNumber()
        pages["seen"] = max(pages["seen"], n)
        canv.drawRightString(W - RM, 12 * mm, "Sida %d av %d / Side %d av %d"
                             % (n, pages["total"], n, pages["total"]))
        canv.restoreState()

    def pe(canv, doc):
        draw_footnotes(canv, notes.get(canv.getPageNumber()), LM, BOT - 3 * mm,
                       W - LM - RM, font="Helvetica", size=7)

    doc = BaseDocTemplate(path, pagesize=A4, invariant=1,
                          title="Säsongsbryggan / Sesongbrua – projektsammanfattning",
                          author="Härjedalens kommun")
    doc.addPageTemplates([PageTemplate("p", [Frame(LM, BOT, W - LM - RM, H - TOP - BOT)],
                                       onPage=hf, onPageEnd=pe)])
    s = []
    s.append(Paragraph("Säsongsbryggan – Sesongbrua",
                       ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=20, leading=24)))
    s.append(Paragraph("Projektsammanfattning / Prosjektsammendrag",
                       ParagraphStyle("T2", fontName="Helvetica", fontSize=12, leading=16)))
    s.append(Spacer(1, 3 * mm))
    meta = [["Program / Program", "Interreg Sverige–Norge 2021–2027"],
            ["Insatsområde / Innsatsområde", "Arbetsmarknad och kompetens / Arbeidsmarked og kompetanse"],
            ["Huvudpartner / Hovedpartner", "Härjedalens kommun (SE) · Trøndelag fylkeskommune (NO)"],
            ["Inlämnad / Innlevert", "2025-10-30"]]
    mt = Table(meta, colWidths=[52 * mm, W - LM - RM - 52 * mm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold", 8.5),
                            ("FONT", (1, 0), (1, -1), "Helvetica", 8.5),
                            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef5f3")),
                            ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#00594f"))]))
    s.append(mt)
    s.append(Spacer(1, 5 * mm))

    def S(t):
        return Paragraph(hy(t, SV_HY), sv)

    def N(t):
        return Paragraph(hy(t, NO_HY), no)

    rows = [[Paragraph("Svenska", hsv), Paragraph("Norsk (bokmål)", hno)]]
    secs = [
        ("1 Sammanfattning", "1 Sammendrag",
         ["Säsongsbryggan ska göra det möjligt för säsongsanställda i fjällområdena på båda "
          "sidor om gränsen att få arbete hela året genom att kombinera en vinter- och en "
          "sommaranställning. Projektet bygger på förstudien Säsongsbryggan (Region Jämtland "
          "Härjedalen, rapport 2025:7) och på erfarenheter från Røros och Meråker."],
         ["Sesongbrua skal gjøre det mulig for sesongansatte i fjellområdene på begge sider av "
          "grensen å få arbeid hele året ved å kombinere en vinter- og en sommeransettelse. "
          "Prosjektet bygger på forstudien Säsongsbryggan (Region Jämtland Härjedalen, rapport "
          "2025:7) og på erfaringer fra Røros og Meråker."]),
        ("2 Projektperiod", "2 Prosjektperiode",
         ["Projektet genomförs från 2026-02-01 till 2028-12-31."],
         ["Prosjektet gjennomføres fra 1. februar 2026 til 31. desember 2028."]),
        ("3 Partner", "3 Partnere",
         ["Svensk huvudpartner är Härjedalens kommun. Övriga svenska partner är Åre kommun, "
          "Bergs kommun och Region Jämtland Härjedalen. Arbetsförmedlingen deltar som "
          "samverkanspart utan egen budget. Norsk huvudpartner är Trøndelag fylkeskommune, med "
          "Røros kommune, Meråker kommune och NAV Trøndelag som partner."],
         ["Svensk hovedpartner er Härjedalens kommun. Øvrige svenske partnere er Åre kommun, "
          "Bergs kommun og Region Jämtland Härjedalen. Arbetsförmedlingen deltar som "
          "samarbeidspart uten eget budsjett. Norsk hovedpartner er Trøndelag fylkeskommune, "
          "med Røros kommune, Meråker kommune og NAV Trøndelag som partnere."]),
        ("4 Projektledning", "4 Prosjektledelse",
         ["Projektledare på svensk sida är Elin Backström, Härjedalens kommun. Projektledare på "
          "norsk sida är Ingrid Aune, Trøndelag fylkeskommune. En gemensam styrgrupp med sex "
          "ledamöter, tre från varje land, leds växelvis av de två huvudpartnerna. Varje land "
          "har dessutom en nationell styrgrupp."],
         ["Prosjektleder på svensk side er Elin Backström, Härjedalens kommun. Prosjektleder på "
          "norsk side er Ingrid Aune, Trøndelag fylkeskommune. En felles styringsgruppe med seks "
          "medlemmer, tre fra hvert land, ledes vekselvis av de to hovedpartnerne. Hvert land "
          "har i tillegg en nasjonal styringsgruppe."]),
        ("5 Mål", "5 Mål",
         ["Projektet ska nå 180 deltagare, varav 100 på svensk och 80 på norsk sida, och bidra "
          "till att 45 tvåsäsongsavtal tecknas. Minst 30 procent av deltagarna ska ha uppnått "
          "helårssysselsättning (HÅS) tolv månader efter att de skrivits in. Med "
          "helårssysselsättning avses att deltagaren haft anställning minst 10 av 12 månader."],
         ["Prosjektet skal nå 180 deltakere, hvorav 100 på svensk og 80 på norsk side, og bidra "
          "til at det inngås 45 tosesongsavtaler. Minst 30 prosent av deltakerne skal ha oppnådd "
          "helårssysselsetting (HÅS) tolv måneder etter at de ble skrevet inn. Med "
          "helårssysselsetting menes at deltakeren har hatt ansettelse i minst 10 av 12 måneder."]),
    ]
    ap_sv = [("AP1", "Kartläggning och matchning – inventering av arbetsgivarnas säsongsbehov och "
                     "matchning av deltagare mellan vinter- och sommararbetsgivare."),
             ("AP2", "Bryggutbildning – korta utbildningar under mellansäsongen, till exempel "
                     "motorsågskörkort, livsmedelshygien och guideutbildning."),
             ("AP3", "Gränsöverskridande rörlighet – stöd till boende och pendling mellan "
                     "Härjedalen och Røros samt mellan Åre och Meråker."),
             ("AP4", "Kommunikation och spridning – mässor, arbetsgivarträffar och en gemensam "
                     "digital plattform.")]
    ap_no = [("AP1", "Kartlegging og matching – kartlegging av arbeidsgivernes sesongbehov og "
                     "matching av deltakere mellom vinter- og sommerarbeidsgivere."),
             ("AP2", "Bro-opplæring – korte kurs i mellomsesongen, for eksempel motorsagkurs, "
                     "næringsmiddelhygiene og guideutdanning."),
             ("AP3", "Grenseoverskridende mobilitet – støtte til bolig og pendling mellom "
                     "Härjedalen og Røros og mellom Åre og Meråker."),
             ("AP4", "Kommunikasjon og spredning – messer, arbeidsgivermøter og en felles "
                     "digital plattform.")]
    for hs, hn, psv, pno in secs:
        rows.append([Paragraph(hs, hsv), Paragraph(hn, hno)])
        rows.append([[S(x) for x in psv], [N(x) for x in pno]])
    rows.append([Paragraph("6 Arbetspaket", hsv), Paragraph("6 Arbeidspakker", hno)])
    rows.append([[S("Projektet är indelat i fyra arbetspaket (AP):")] +
                 [Paragraph("<b>%s</b>\u00a0\u00a0%s" % (a, hy(b, SV_HY)), itm_sv) for a, b in ap_sv],
                 [N("Prosjektet er delt inn i fire arbeidspakker (AP):")] +
                 [Paragraph("<b>%s</b>\u00a0\u00a0%s" % (a, hy(b, NO_HY)), itm_no) for a, b in ap_no]])
    rows.append([Paragraph("7 Budget", hsv), Paragraph("7 Budsjett", hno)])
    rows.append([[S("Den svenska sidans budget uppgår till 7 200 000 kronor och den norska sidans "
                    "budget till 5 100 000 norska kronor (NOK).<super>1</super> ERUF står för "
                    "Europeiska regionala utvecklingsfonden. Fördelningen framgår av tabellen "
                    "nedan.")],
                 [N("Budsjettet på svensk side er 7 200 000 svenske kroner (SEK), og budsjettet "
                    "på norsk side er 5 100 000 kroner.<super>1</super> EFRU står for Det "
                    "europeiske fondet for regional utvikling. Fordelingen går fram av tabellen "
                    "nedenfor.")]])
    bt = Table(rows, colWidths=[(W - LM - RM) / 2] * 2, repeatRows=1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
             ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.HexColor("#888888")),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#00594f")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef5f3"))]
    for i in range(1, len(rows), 2):
        style.append(("TOPPADDING", (0, i), (-1, i), 7))
    bt.setStyle(TableStyle(style))
    s.append(bt)
    s.append(FootnoteAnchor(notes, "<super>1</super> Planeringskurs enligt programmets anvisning: "
                            "1 NOK = 0,95 SEK. Den norska budgeten motsvarar därmed 4 845 000 "
                            "kronor. / Planleggingskurs etter programmets veiledning: "
                            "1 NOK = 0,95 SEK."))
    s.append(Spacer(1, 3 * mm))
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
    fin = [[Paragraph("Finansiär / Finansiør", cellb), Paragraph("Svensk sida (SEK)", cellb),
            Paragraph("Norsk side (NOK)", cellb)],
           [Paragraph("EU-medel (ERUF) / EU-midler (EFRU)", cell), "4 320 000", "–"],
           [Paragraph("Statliga IR-medel / Statlige IR-midler", cell), "–", "2 550 000"],
           [Paragraph("Region Jämtland Härjedalen", cell), "1 440 000", "–"],
           [Paragraph("Trøndelag fylkeskommune", cell), "–", "1 530 000"],
           [Paragraph("Åre, Härjedalens och Bergs kommuner (kommunal medfinansiering)", cell),
            "1 440 000", "–"],
           [Paragraph("Røros og Meråker kommune, NAV Trøndelag", cell), "–", "1 020 000"],
           [Paragraph("Totalt / Totalt", cellb), "7 200 000", "5 100 000"]]
    ft = Table(fin, colWidths=[95 * mm, 38 * mm, 38 * mm])
    ft.setStyle(TableStyle([
        ("FONT", (1, 1), (-1, -1), "Helvetica", 8.5),
        ("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef5f3"))]))
    s.append(KeepTogether([ft]))
    s.append(Spacer(1, 5 * mm))
    rows2 = [[Paragraph("8 Horisontella principer", hsv), Paragraph("8 Horisontale prinsipper", hno)],
             [S("Projektet ska särskilt nå kvinnor och unga under 25 år, som är "
                "överrepresenterade bland dem som lämnar regionen efter vintersäsongen. Samiska "
                "näringar i Bergs och Härjedalens kommuner ska bjudas in till AP1."),
              N("Prosjektet skal særlig nå kvinner og unge under 25 år, som er overrepresentert "
                "blant dem som forlater regionen etter vintersesongen. Samiske næringer i Bergs "
                "og Härjedalens kommuner skal inviteres til AP1.")]]
    t3 = Table(rows2, colWidths=[(W - LM - RM) / 2] * 2)
    t3.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.HexColor("#888888"))]))
    s.append(t3)
    doc.build(s)


# =================================================================== 3. DOCX
def make_docx(path):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    d = Document()
    cp = d.core_properties
    cp.title = "Verksamhetsplan 2026 – Säsongsbryggan"
    cp.author = "Elin Backström"
    cp.last_modified_by = "Elin Backström"
    import datetime
    cp.created = datetime.datetime(2026, 1, 14, 9, 12, 0)
    cp.modified = datetime.datetime(2026, 1, 21, 8, 3, 0)
    cp.revision = 7

    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    bm_id = [100]

    def add_segments(par, segments):
        """segments: list of str or ('b', text) / ('shy',) / ('nbh',) / ('bm',) / ('pe',)
        Mimics real Word run fragmentation: text split across runs, bookmarks and
        proofErr marks inside words, optional (soft) hyphens and no-break hyphens."""
        p = par._p
        for seg in segments:
            if isinstance(seg, str):
                r = OxmlElement("w:r")
                t = OxmlElement("w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = seg
                r.append(t)
                p.append(r)
            elif seg[0] == "b":
                r = OxmlElement("w:r")
                rpr = OxmlElement("w:rPr")
                rpr.append(OxmlElement("w:b"))
                r.append(rpr)
                t = OxmlElement("w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = seg[1]
                r.append(t)
                p.append(r)
            elif seg[0] == "shy":
                r = OxmlElement("w:r")
                r.append(OxmlElement("w:softHyphen"))
                p.append(r)
            elif seg[0] == "nbh":
                r = OxmlElement("w:r")
                r.append(OxmlElement("w:noBreakHyphen"))
                p.append(r)
            elif seg[0] == "bm":
                bs = OxmlElement("w:bookmarkStart")
                bs.set(qn("w:id"), str(bm_id[0]))
                bs.set(qn("w:name"), "_Hlk%d" % (190000000 + bm_id[0] * 7919))
                be = OxmlElement("w:bookmarkEnd")
                be.set(qn("w:id"), str(bm_id[0]))
                bm_id[0] += 1
                p.append(bs)
                p.append(be)
            elif seg[0] == "pe":
                e = OxmlElement("w:proofErr")
                e.set(qn("w:type"), seg[1])
                p.append(e)
        return par

    def para(segments, style=None):
        par = d.add_paragraph(style=style)
        return add_segments(par, segments)

    def date(y, m, dd):
        return [y, ("nbh",), m, ("nbh",), dd]

    # header with no-break hyphens in the date
    hdr = d.sections[0].header.paragraphs[0]
    add_segments(hdr, ["Säsongsbryggan · Verksamhetsplan 2026 · Fastställd "] + date("2026", "01", "20")
                 + ["\tHärjedalens kommun, Arbetsmarknadsenheten"])
    ftr = d.sections[0].footer.paragraphs[0]
    add_segments(ftr, ["Projektet Säsongsbryggan delfinansieras av Interreg Sverige", ("nbh",),
                       "Norge och Region Jämtland Härjedalen. Dnr HK 2025/388"])

    d.add_heading("Verksamhetsplan 2026 för Säsongsbryggan", level=0)
    para(["Fastställd av den svenska styrgruppen ", *date("2026", "01", "20"),
          ". Gäller för den svenska delen av Interreg", ("nbh",), "projektet Säsongsbryggan "
          "(norska: Sesongbrua). Projektägare är Härjedalens kommun."])

    d.add_heading("1 Utgångspunkter", level=1)
    para(["Säsongsbryggan startade ", *date("2026", "02", "01"),
          " och pågår enligt Interreg", ("nbh",), "beslutet till och med ", *date("2028", "12", "31"),
          ". Projektet ska hjälpa säsongs", ("shy",), "anställda i Åre, Härjedalen och Berg att "
          "kombinera en vinter", ("nbh",), " och en sommaranställning till arbete året runt. "
          "Verksamhets", ("shy",), "planen beskriver mål, aktiviteter och budget för det första "
          "projektåret och bygger på förstudien (rapport 2025:7) och Interreg", ("nbh",),
          "ansökan från oktober 2025."])
    para(["Planen följs upp vid varje styrgrupps", ("shy",), "möte. Ändringar av mål eller "
          "budget beslutas av styrgruppen och dokumenteras i protokollet."])

    # ---- section 2: two newspaper columns
    d.add_section(WD_SECTION.CONTINUOUS)
    d.add_heading("2 Mål för 2026", level=1)
    para(["Under 2026 ska projektet på svensk sida nå följande mål:"])
    for segs in [
        ["60 deltagare, varav minst 25 kvinnor"],
        ["15 ", ("bm",), "tvåsäsongs", ("pe", "spellStart"), ("shy",), "avtal",
         ("pe", "spellEnd"), " (TSA)"],
        ["2 bryggutbildningar med sammanlagt minst 24 platser"],
        ["1 säsongs", ("shy",), "bytesmässa i Funäsdalen"],
        ["minst 40 anslutna arbetsgivare, varav hälften sommar", ("shy",), "arbetsgivare"],
    ]:
        para(segs, style="List Bullet")
    para(["Målet om helårs", ("shy",), "sysselsättning (HÅS) följs upp först 2027, tolv "
          "månader efter att de första deltagarna skrevs in."])

    d.add_heading("3 Begrepp", level=1)
    para([("b", "Bryggperiod. "), "Med bryggperiod avses de veckor mellan vinter", ("nbh",),
          " och sommar", ("shy",), "säsongen, normalt ", ("bm",), "vecka 17–24, samt mellan "
          "sommar", ("nbh",), " och vinter", ("shy",), "säsongen, normalt vecka 36–47, då "
          "deltagaren inte har någon anställning och i stället erbjuds bryggutbildning, praktik "
          "eller annan insats inom projektet."])
    para([("b", "Deltagare. "), "Med deltagare avses en person som skrivits in i projektet "
          "efter ett ", ("pe", "spellStart"), "matchnings", ("shy",), "samtal",
          ("pe", "spellEnd"), " och som har ett pågående eller planerat säsongsarbete i Åre, "
          "Härjedalens eller Bergs kommun."])
    para([("b", "Ansluten arbetsgivare. "), "Med ansluten arbetsgivare avses ett företag som "
          "lämnat sitt säsongsbehov till projektet och utsett en kontaktperson."])
    # column break
    pcb = d.add_paragraph()
    r = OxmlElement("w:r")
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "column")
    r.append(br)
    pcb._p.append(r)
    d.add_heading("4 Arbetssätt", level=1)
    for segs in [
        ["Kartläggning: varje deltagare får ett ", ("pe", "spellStart"), "matchningssamtal",
         ("pe", "spellEnd"), " inom två veckor efter anmälan."],
        ["Matchning: projektet föreslår en sommar", ("shy",), "arbetsgivare senast sex veckor "
         "före vintersäsongens slut."],
        ["Bryggutbildning: utbildningarna förläggs till bryggperioderna och är kostnadsfria för "
         "deltagarna."],
        ["Boende: projektet förmedlar kontakt med kommunala bostadsbolag och arbetsgivarnas "
         "personalboenden."],
    ]:
        para(segs, style="List Number")
    para(["Öppet hus hålls varje tisdag i Åre under vintersäsongen. Arbetsförmedlingen deltar "
          "med en arbets", ("shy",), "förmedlare på halvtid."])

    # ---- section 3: back to one column
    d.add_section(WD_SECTION.CONTINUOUS)
    d.add_heading("5 Aktiviteter 2026", level=1)
    acts = [
        ("VINTER", [("Öppet hus för säsongsanställda", "feb–apr, tisdagar", "Tomas Nordin", "Åre"),
                    ("Arbetsgivarträffar", "mars", "Elin Backström", "Åre, Vemdalen"),
                    ("Säsongsbytesmässan", "9 april", "Lovisa Strand", "Funäsdalen")]),
        ("BRYGGPERIOD (vår)", [("Motorsågskörkort A och B", "v. 19", "Hanna Mickelsson", "Sveg"),
                          ("Livsmedelshygien, grundkurs", "v. 21", "Hanna Mickelsson", "Vemdalen")]),
        ("SOMMAR", [("Sommarmatchning med Røros", "juni–aug", "Elin Backström", "Funäsdalen/Røros"),
                    ("Studieresa till Trøndelag", "juni", "Elin Backström", "Trondheim, Røros")]),
        ("BRYGGPERIOD (höst)", [("Arbetsgivarfrukost", "september", "Lovisa Strand", "Sveg"),
                          ("Liftskötarutbildning", "v. 44–45", "Tomas Nordin", "Åre")]),
    ]
    nrows = 1 + sum(len(a[1]) for a in acts)
    tbl = d.add_table(rows=nrows, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdrs = ["Period", "Aktivitet", "Tid", "Ansvarig", "Plats"]
    for i, h in enumerate(hdrs):
        c = tbl.cell(0, i)
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    ri = 1
    for label, items in acts:
        first = ri
        for a in items:
            for j, v in enumerate(a):
                tbl.cell(ri, j + 1).text = v
            ri += 1
        merged = tbl.cell(first, 0).merge(tbl.cell(ri - 1, 0))
        merged.text = label
        tcPr = merged._tc.get_or_add_tcPr()
        td = OxmlElement("w:textDirection")
        td.set(qn("w:val"), "btLr")
        tcPr.append(td)
        va = OxmlElement("w:vAlign")
        va.set(qn("w:val"), "center")
        tcPr.append(va)
    for row in tbl.rows:
        row.cells[0].width = Cm(1.3)

    d.add_heading("6 Budget 2026", level=1)
    para(["Budgeten avser den svenska delen av projektet och är en del av Interreg", ("nbh",),
          "budgeten på 7\u00a0200\u00a0000 kronor för hela projekttiden."])
    bud = [("Kostnadsslag", "Budget 2026, kronor"),
           ("Personal (projektledare 100 %, kommunikatör 25 %)", "1\u00a0410\u00a0000"),
           ("Bryggutbildningar", "480\u00a0000"),
           ("Resor och boende", "260\u00a0000"),
           ("Säsongsbytesmässan", "120\u00a0000"),
           ("Kommunikation och spridning", "80\u00a0000"),
           ("Totalt", "2\u00a0350\u00a0000")]
    bt = d.add_table(rows=len(bud), cols=2)
    bt.style = "Light List Accent 1"
    for i, (a, b) in enumerate(bud):
        bt.cell(i, 0).text = a
        bt.cell(i, 1).text = b
        bt.cell(i, 1).paragraphs[0].alignment = 2
        if i in (0, len(bud) - 1):
            for c in (bt.cell(i, 0), bt.cell(i, 1)):
                for rr in c.paragraphs[0].runs:
                    rr.bold = True
    para(["Arbetsförmedlingens medverkan ingår inte i budgeten."])

    d.add_heading("7 Kontaktpersoner", level=1)
    contacts = [
        [("b", "Elin Backström"), ", projektledare, Härjedalens kommun, ", "0680", ("nbh",),
         "169\u00a042"],
        [("b", "Tomas Nordin"), ", arbets", ("shy",), "förmedlare, Arbetsförmedlingen Östersund, ",
         "010", ("nbh",), "486\u00a073\u00a005"],
        [("b", "Hanna Mickelsson"), ", utbildnings", ("shy",), "samordnare, Härjedalens kommun, ",
         "0680", ("nbh",), "163\u00a020"],
        [("b", "Lovisa Strand"), ", kommunikatör, Härjedalens kommun, ", "0680", ("nbh",),
         "169\u00a051"],
        [("b", "Ingrid Aune"), ", prosjektleder, Trøndelag fylkeskommune, +47\u00a0", "74\u00a017\u00a040\u00a012"],
    ]
    for segs in contacts:
        para(segs, style="List Bullet")

    d.add_heading("8 Uppföljning", level=1)
    para(["Projektledaren lämnar en lägesrapport till styrgruppen inför varje möte. Nästa "
          "revidering av verksamhetsplanen görs inför 2027."])

    # Word newspaper columns for the middle section. (python-docx's add_section()
    # returns the body-level sentinel sectPr, so look the sections up in order.)
    assert len(d.sections) == 3
    for i, s_ in enumerate(d.sections):
        c = s_._sectPr.find(qn("w:cols"))
        if c is None:
            c = OxmlElement("w:cols")
            s_._sectPr.append(c)
        c.set(qn("w:num"), "2" if i == 1 else "1")
        c.set(qn("w:space"), "567")
        if i == 1:
            c.set(qn("w:sep"), "1")
        s_.page_width, s_.page_height = Cm(21.0), Cm(29.7)
        s_.left_margin = s_.right_margin = Cm(2.3)

    buf = io.BytesIO()
    d.save(buf)
    # deterministic zip: fixed timestamps and order
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 21, 8, 3, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# =================================================================== 4. MD
HACKMD = """---
title: Styrgrupp Säsongsbryggan 2026-03-12
tags: säsongsbryggan, styrgrupp, interreg
description: Minnesanteckningar, svenska styrgruppen
---

# Styrgrupp Säsongsbryggan – 12 mars 2026

[TOC]

:::info
**Tid:** torsdag 2026-03-12 kl. 09.00–11.30
**Plats:** Kommunhuset i Sveg, rum Ljusnan + Teams
**Ordförande:** Mats Ekholm, arbetsmarknadschef Härjedalens kommun
**Anteckningar:** Lovisa Strand [name=Lovisa Strand]
**Status:** ==Justerade av Mats Ekholm 2026-03-16==
:::

## Närvarande

| Namn | Organisation | Roll |
|---|---|---|
| Mats Ekholm | Härjedalens kommun | ordförande |
| Lena Viklund | Region Jämtland Härjedalen | ledamot |
| Tomas Nordin | Arbetsförmedlingen | ledamot |
| Sofia Rydén | Åre kommun | ledamot |
| Per Jonsson | Bergs kommun | ledamot |
| Elin Backström | Härjedalens kommun | projektledare, adjungerad |
| Niklas Öhman | Härjedalens kommun | arbetsmarknadssekreterare, adjungerad |
| Lovisa Strand | Härjedalens kommun | kommunikatör, sekreterare |

Ingrid Aune (Trøndelag fylkeskommune) deltog via Teams under punkt 3.

## 1. Läget i projektet
[name=Elin Backström]

- 23 deltagare inskrivna per 2026-03-10 (varav 9 kvinnor och 7 under 25 år)
- 4 tvåsäsongsavtal tecknade, samtliga i Härjedalen
- 31 anslutna arbetsgivare, varav 11 sommararbetsgivare
- Upparbetat t.o.m. februari: 412 600 kronor

:::success
Öppet hus i Åre har haft i snitt 6 besökare per tisdag. ++Fler kvinnor än väntat har hittat dit via Instagram.++
:::

## 2. Projektledning under föräldraledighet

:::warning
Elin Backström är föräldraledig 2026-04-01 – 2026-12-31.
:::

**Beslut:** Niklas Öhman är tillförordnad projektledare 2026-04-01 – 2026-12-31. Han går ner till 20 % i sin ordinarie tjänst under perioden.

## 3. Säsongsbytesmässan

Mässan var planerad till ~~torsdag 9 april~~ i Funäsdalen, men flera anläggningar har högsäsong veckan efter påsk och kan inte avvara personal. Ingrid Aune meddelade att Røros kommune vill ställa ut.

**Beslut:** Säsongsbytesmässan flyttas till ++torsdag 23 april 2026++. Lovisa Strand bokar ny lokal och skickar ut ny inbjudan.

## 4. Mål för 2026

Inflödet av deltagare är högre än planerat, se punkt 1.

**Beslut:** ==Målet för 2026 höjs från 60 till 70 deltagare.== Målet för tvåsäsongsavtal (15) ligger kvar.

## 5. Krokoms kommun som partner

Krokoms kommun har frågat om att gå in som partner med fokus på sommarturismen i Hotagenområdet. Att lägga till en partner kräver en ändringsansökan hos Interreg Sverige–Norge.

**Beslut:** Styrgruppen avslår Krokoms kommuns förfrågan om att delta som partner under 2026. Frågan kan tas upp igen inför 2027.

## 6. Förslag om minibuss

Per Jonsson föreslog att projektet köper en minibuss för personaltransporter mellan Vemdalen, Klövsjö och Sveg (cirka 650 000 kronor).

**Beslut:** Förslaget avslås. Niklas Öhman utreder i stället ett resebidrag inom AP3 till nästa möte.

## 7. Ändringsansökan till regionen

Projektet behöver mer medel för att kunna följa deltagarna under ytterligare en vintersäsong. Förslag till ändringsansökan till Region Jämtland Härjedalen:

1. utökad regional medfinansiering med 250 000 kronor och förlängning till 2029-06-30
2. 300 000 kronor för en marknadsföringskampanj i Trøndelag

**Beslut:** Härjedalens kommun lämnar in ändringsansökan senast 2026-04-15. [name=Lena Viklund] påpekade att marknadsföring riktad mot turister sannolikt inte är stödberättigande.

## Att göra

- [ ] Niklas Öhman: underlag om resebidrag inom AP3 – till 2026-05-07
- [ ] Lovisa Strand: ny inbjudan till Säsongsbytesmässan – senast 2026-03-20
- [x] Elin Backström: överlämning till Niklas – klar 2026-03-31
- [ ] Mats Ekholm: skicka ändringsansökan till Region Jämtland Härjedalen

## Nästa möte

Torsdag 2026-05-07 kl. 09.00–11.00 på Teams.

{%hackmd @harjedalen-am/mall-styrgrupp %}

> [name=Lovisa Strand] [time=Thu, Mar 12, 2026 2:14 PM] [color=#2e7d32] Första version. Punkt 4 kompletterad efter justering.
"""


# =================================================================== 5. TXT (iCalendar)
def ics_fold(line):
    """RFC 5545 folding: lines longer than 75 octets are split and continued
    with CRLF + one space (may split words)."""
    b = line.encode("utf-8")
    out = []
    first = True
    while b:
        lim = 75 if first else 74
        if len(b) <= lim:
            out.append(b)
            break
        cut = lim
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    return b"\r\n ".join(out).decode("utf-8")


def make_ics(path):
    ev = []

    def E(props):
        ev.append(props)

    tz = "TZID=Europe/Stockholm"
    org = "ORGANIZER;CN=Niklas Öhman:mailto:niklas.ohman@herjedalen.example.se"
    E([("UID", "sb-2026-0312-styrgrupp@herjedalen.example.se"),
       ("DTSTAMP", "20260414T071502Z"), ("SEQUENCE", "0"), ("STATUS", "CONFIRMED"),
       ("DTSTART;" + tz, "20260312T090000"), ("DTEND;" + tz, "20260312T113000"),
       ("SUMMARY", "Styrgrupp Säsongsbryggan"),
       ("LOCATION", "Kommunhuset i Sveg\\, rum Ljusnan / Teams"),
       ("DESCRIPTION", "Svenska styrgruppen. Dagordning: läget i projektet\\, "
                       "projektledning under föräldraledighet\\, Säsongsbytesmässan\\, mål för "
                       "2026\\, Krokom\\, minibuss\\, ändringsansökan.")])
    E([("UID", "sb-2026-frukost-sveg@herjedalen.example.se"),
       ("DTSTAMP", "20260414T071502Z"), ("SEQUENCE", "2"), ("STATUS", "CANCELLED"),
       ("DTSTART;" + tz, "20260326T073000"), ("DTEND;" + tz, "20260326T090000"),
       ("SUMMARY", "INSTÄLLD: Arbetsgivarfrukost Sveg"),
       ("LOCATION", "Sveg\\, Hotell Härjedalen (konferensrummet)"),
       ("DESCRIPTION", "Frukosten är inställd på grund av för få anmälda (4 st).\\nNy "
                       "arbetsgivarfrukost i Sveg planeras i september enligt "
                       "verksamhetsplanen.\\nFrågor: Lovisa Strand\\, 0680-169 51.")])
    E([("UID", "sb-2026-sasongsbytesmassan@herjedalen.example.se"),
       ("DTSTAMP", "20260414T071502Z"), ("LAST-MODIFIED", "20260318T101144Z"),
       ("SEQUENCE", "3"), ("STATUS", "CONFIRMED"),
       ("DTSTART;" + tz, "20260423T100000"), ("DTEND;" + tz, "20260423T150000"),
       ("SUMMARY", "Säsongsbytesmässan 2026 (NYTT DATUM)"),
       ("LOCATION", "Funäsdalens bygdegård\\, Rörosvägen 30\\, 840 95 Funäsdalen"),
       ("DESCRIPTION", "OBS! Nytt datum. Mässan är flyttad från 9 april enligt styrgruppens "
                       "beslut 12 mars.\\n\\nTorsdag 23 april kl. 10.00–15.00 i Funäsdalens "
                       "bygdegård. Vinter- och sommararbetsgivare från Härjedalen\\, Åre\\, Berg och "
                       "Røros möter säsongsanställda som vill jobba året runt.\\n\\nUtställare "
                       "anmäler sig senast 16 april till lovisa.strand@herjedalen.example.se. "
                       "Besökare behöver inte anmäla sig.")],)
    E([("UID", "sb-2026-oppethus-are@herjedalen.example.se"),
       ("DTSTAMP", "20260414T071502Z"), ("SEQUENCE", "1"), ("STATUS", "CONFIRMED"),
       ("DTSTART;" + tz, "20260203T130000"), ("DTEND;" + tz, "20260203T160000"),
       ("RRULE", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260616T220000Z"),
       ("EXDATE;" + tz, "20260407T130000"),
       ("SUMMARY", "Öppet hus Säsongsbryggan – Åre"),
       ("LOCATION", "Åre bibliotek\\, grupprummet"),
       ("DESCRIPTION", "Drop-in för säsongsanställda som vill ha jobb även i sommar. Tomas "
                       "Nordin (Arbetsförmedlingen) och projektledaren finns på plats.\\nÖppet hus "
                       "varje tisdag kl. 13–16 t.o.m. 16 juni.\\nEj 7 april (påskveckan).")])
    E([("UID", "sb-2026-motorsag-sveg@herjedalen.example.se"),
       ("DTSTAMP", "20260414T071502Z"), ("SEQUENCE", "0"), ("STATUS", "TENTATIVE"),
       ("DTSTART;VALUE=DATE", "20260504"), ("DTEND;VALUE=DATE", "20260509"),
       ("SUMMARY", "Bryggutbildning: Motorsågskörkort A och B"),
       ("LOCATION", "Sveg\\, Naturbruksområdet"),
       ("DESCRIPTION", "12 platser. Preliminärt – kursanordnaren bekräftar senast 20 april. "
                       "Ansvarig: Hanna Mickelsson.")])
    E([("UID", "sb-2026-0507-styrgrupp@herjedalen.example.se"),
       ("DTSTAMP", "20260414T071502Z"), ("SEQUENCE", "0"), ("STATUS", "CONFIRMED"),
       ("DTSTART;" + tz, "20260507T090000"), ("DTEND;" + tz, "20260507T110000"),
       ("SUMMARY", "Styrgrupp Säsongsbryggan"),
       ("LOCATION", "Microsoft Teams-möte"),
       ("DESCRIPTION", "Bland annat: resebidrag inom AP3 (Niklas)\\, läget för "
                       "ändringsansökan till regionen.")])
    E([("UID", "sb-2026-studieresa-trondelag@herjedalen.example.se"),
       ("DTSTAMP", "20260414T071502Z"), ("SEQUENCE", "0"), ("STATUS", "CONFIRMED"),
       ("DTSTART;VALUE=DATE", "20260602"), ("DTEND;VALUE=DATE", "20260604"),
       ("SUMMARY", "Studieresa Trondheim och Røros"),
       ("LOCATION", "Trondheim / Røros"),
       ("DESCRIPTION", "Tvådagars studieresa med den gemensamma styrgruppen. Värd: Ingrid Aune\\, "
                       "Trøndelag fylkeskommune. Buss från Sveg kl. 06.30.")])

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0",
             "PRODID:-//Härjedalens kommun//Gruppkalender Exchange-export 2.3//SV",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             "X-WR-CALNAME:Säsongsbryggan – gemensam kalender",
             "X-WR-TIMEZONE:Europe/Stockholm",
             "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
             "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
             "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
             "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
             "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
             "END:VTIMEZONE"]
    for props in ev:
        lines.append("BEGIN:VEVENT")
        for k, v in props:
            lines.append(ics_fold("%s:%s" % (k, v)))
        lines.append(org)
        lines.append(ics_fold("ATTENDEE;CN=Lovisa Strand;ROLE=REQ-PARTICIPANT:mailto:"
                              "lovisa.strand@herjedalen.example.se"))
        if props[0][1].startswith("sb-2026-oppethus") or props[0][1].startswith("sb-2026-sasongs"):
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Påminnelse",
                      "TRIGGER:-PT30M", "END:VALARM"]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# =================================================================== 6. PDF decision
def make_beslut(path):
    LM, RM = 28 * mm, 22 * mm
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5,
                          spaceAfter=6, alignment=TA_LEFT)
    h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14,
                       spaceBefore=6, spaceAfter=4)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13.5, leading=17,
                           spaceAfter=8)
    num = ParagraphStyle("n", parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm)
    DNR = "RJH 2025/1187"

    def Paragraph(t, st):  # local wrapper: keep digit groups together
        return _Paragraph(nb(t), st)

    def common(canv, n):
        canv.saveState()
        # vertical form code along the left edge
        canv.setFont("Helvetica", 6.5)
        canv.setFillColor(colors.HexColor("#666666"))
        canv.translate(10 * mm, 60 * mm)
        canv.rotate(90)
        canv.drawString(0, 0, "RJH-B12 Beslut regionala projektmedel (v. 2024-03) · "
                              "Skrivs ut och arkiveras i diariet")
        canv.restoreState()
        canv.saveState()
        canv.setFont("Helvetica", 7)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.line(LM, 20 * mm, W - RM, 20 * mm)
        canv.drawString(LM, 16 * mm, "Region Jämtland Härjedalen · Regional utveckling · "
                                     "Postadress: 831 80 Östersund · Besöksadress: Kyrkgatan 12")
        canv.drawString(LM, 12.5 * mm, "Telefon 063-14 75 00 · regional.utveckling@rjh.example.se")
        canv.restoreState()
        canv.saveState()
        canv.setFont("Helvetica", 8.5)
        canv.drawRightString(W - RM, H - 18 * mm, "Sida %d (2)" % n)
        canv.restoreState()

    def p1(canv, doc):
        common(canv, 1)
        canv.saveState()
        canv.setFont("Helvetica-Bold", 15)
        canv.setFillColor(colors.HexColor("#0b4f6c"))
        canv.drawString(LM, H - 22 * mm, "Region Jämtland Härjedalen")
        canv.setFont("Helvetica", 9)
        canv.setFillColor(colors.black)
        canv.drawString(LM, H - 27 * mm, "Regional utveckling")
        x = W - RM - 62 * mm
        canv.setFont("Helvetica-Bold", 12)
        canv.drawString(x, H - 30 * mm, "BESLUT")
        canv.setFont("Helvetica", 9)
        for i, (k, v) in enumerate([("Datum", "2026-05-20"), ("Dnr", DNR),
                                    ("Handläggare", "Petter Lindahl")]):
            canv.drawString(x, H - (36 + 4.5 * i) * mm, k)
            canv.drawString(x + 22 * mm, H - (36 + 4.5 * i) * mm, v)
        y = H - 56 * mm
        for ln in ["Härjedalens kommun", "Arbetsmarknadsenheten", "Att. Niklas Öhman",
                   "Box 301", "842 23 Sveg"]:
            canv.drawString(x, y, ln)
            y -= 4.3 * mm
        canv.restoreState()

    notes_p2 = {}

    def p2(canv, doc):
        common(canv, 2)
        canv.saveState()
        canv.setFont("Helvetica", 8.5)
        canv.drawString(LM, H - 18 * mm, "Region Jämtland Härjedalen · Beslut %s" % DNR)
        canv.restoreState()

    def p2_end(canv, doc):
        # cut-off reply slip at the foot of page 2
        canv.saveState()
        y0 = 78 * mm
        canv.setDash(3, 2)
        canv.setLineWidth(0.6)
        canv.line(LM - 6 * mm, y0, W - RM, y0)
        canv.setDash()
        canv.setFont("Helvetica", 6.5)
        canv.drawString(LM - 6 * mm, y0 + 1.2 * mm, "Klipp här")
        canv.setFont("Helvetica-Bold", 9.5)
        canv.drawString(LM, y0 - 8 * mm, "MOTTAGNINGSKVITTO – återsänds till Region Jämtland "
                                         "Härjedalen senast 2026-06-10")
        canv.setFont("Helvetica", 8.5)
        lines = ["Dnr %s · Projekt Säsongsbryggan" % DNR,
                 "Härjedalens kommun har tagit del av beslutet och accepterar villkoren.",
                 "", "Ort och datum: ______________________________",
                 "", "Underskrift (firmatecknare): ______________________________",
                 "", "Namnförtydligande: ______________________________"]
        y = y0 - 14 * mm
        for ln in lines:
            canv.drawString(LM, y, ln)
            y -= 4.6 * mm
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, invariant=1,
                          title="Beslut om ändring – Säsongsbryggan", author="Petter Lindahl")
    doc.addPageTemplates([
        PageTemplate("first", [Frame(LM, 26 * mm, W - LM - RM, H - 26 * mm - 84 * mm)], onPage=p1),
        PageTemplate("second", [Frame(LM, 84 * mm, W - LM - RM, H - 84 * mm - 26 * mm)],
                     onPage=p2, onPageEnd=p2_end),
    ])
    s = []
    s.append(Paragraph("Beslut om ändring av regional medfinansiering till projektet "
                       "Säsongsbryggan", title))
    s.append(Paragraph("Ärendet", h))
    s.append(Paragraph(
        "Härjedalens kommun ansökte 2026-04-14 om ändring av projektet Säsongsbryggan (Interreg "
        "Sverige–Norge, svensk del). Ansökan avser utökad regional medfinansiering med 250 000 "
        "kronor, 300 000 kronor för en marknadsföringskampanj i Trøndelag, byte av projektledare "
        "samt förlängd projektperiod. Region Jämtland Härjedalen beviljade 2025-12-18 regional "
        "medfinansiering med 1 440 000 kronor till projektet.", body))
    s.append(Paragraph("Beslut", h))
    s.append(Paragraph("Region Jämtland Härjedalen beslutar att", body))
    items = [
        "bevilja ytterligare 250 000 kronor i regional medfinansiering för perioden "
        "2026-06-01–2029-06-30. Det totala beviljade stödet från Region Jämtland Härjedalen "
        "uppgår därmed till 1 690 000 kronor (en miljon sexhundranittiotusen kronor),",
        "förlänga projektperioden till och med 2029-06-30 (tidigare 2028-12-31),",
        "godkänna att Karolina Sandberg är projektledare från och med 2026-06-01,",
        "avslå ansökan om 300 000 kronor för en marknadsföringskampanj i Trøndelag,",
        "som villkor för beslutet ange att minst 120 deltagare ska ha deltagit på svensk sida "
        "vid projektets slut (tidigare 100).",
    ]
    for i, it in enumerate(items, 1):
        s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, it), num))
    s.append(Paragraph("Projektets budget för den svenska delen uppgår efter ändringen till "
                       "7 450 000 kronor.", body))
    s.append(Paragraph("Motivering", h))
    s.append(Paragraph(
        "Förlängningen ger projektet möjlighet att följa deltagarna under ytterligare en "
        "vintersäsong. Interreg Sverige–Norges förvaltande myndighet godkände motsvarande "
        "förlängning 2026-05-06.", body))
    s.append(NextPageTemplate("second"))
    s.append(PageBreak())
    s.append(Paragraph(
        "Elin Backström har lämnat sin anställning i Härjedalens kommun. Niklas Öhman har varit "
        "tillförordnad projektledare sedan 2026-04-01 och återgår till sin tjänst som "
        "arbetsmarknadssekreterare när Karolina Sandberg tillträder. Marknadsföringskampanjen "
        "bedöms inte som stödberättigande eftersom den i huvudsak riktar sig till turister och "
        "inte till arbetssökande.", body))
    s.append(Paragraph("Villkor", h))
    s.append(Paragraph(
        "Villkoren i beslutet från 2025-12-18 gäller i övrigt. Lägesrapport ska lämnas senast "
        "2026-09-30 och slutrapport senast 2029-08-31. Utbetalning sker i efterskott mot "
        "rekvisition, högst två gånger per år.", body))
    s.append(Paragraph("Beslutande", h))
    s.append(Paragraph(
        "Beslutet har fattats av regional utvecklingsdirektör Annika Strömgren efter föredragning "
        "av handläggare Petter Lindahl.", body))
    sig = Table([["Annika Strömgren", "Petter Lindahl"],
                 ["Regional utvecklingsdirektör", "Handläggare"]],
                colWidths=[75 * mm, 75 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Oblique", 10),
                             ("FONT", (0, 1), (-1, 1), "Helvetica", 8.5),
                             ("LINEABOVE", (0, 0), (0, 0), 0.5, colors.black),
                             ("LINEABOVE", (1, 0), (1, 0), 0.5, colors.black),
                             ("TOPPADDING", (0, 0), (-1, 0), 3)]))
    s.append(Spacer(1, 8 * mm))
    s.append(sig)
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("Kopia till: Interreg Sverige–Norge, förvaltande myndighet; Ingrid Aune, "
                       "Trøndelag fylkeskommune.",
                       ParagraphStyle("k", parent=body, fontSize=8.5, leading=11)))
    doc.build(s)


# =================================================================== main
FILES = [
    ("Forstudie_Sasongsbryggan_rapport_2025-7.pdf", make_forstudie),
    ("Sesongbrua_Interreg_sammanfattning_SV-NO.pdf", make_interreg),
    ("Verksamhetsplan_2026_Sasongsbryggan.docx", make_docx),
    ("styrgrupp_sasongsbryggan_2026-03-12.md", None),
    ("sasongsbryggan_gruppkalender_export.txt", make_ics),
    ("Beslut_andring_Sasongsbryggan_RJH-2025-1187.pdf", make_beslut),
]


def main(out):
    os.makedirs(out, exist_ok=True)
    for name, fn in FILES:
        p = os.path.join(out, name)
        if fn is None:
            with open(p, "w", encoding="utf-8", newline="\n") as f:
                f.write(HACKMD)
        else:
            fn(p)
        print("wrote", p)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python r172_make_files.py OUT_DIR")
    main(sys.argv[1])
