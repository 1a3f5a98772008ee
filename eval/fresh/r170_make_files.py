#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""r170 – testdokument, Fyrbodal: PKF (regionalt kompetenscentrum för
processindustrin) och piloten Rusta och matcha Fyrbodal.

Användning:  python r170_make_files.py OUT_DIR

Skriver sex dokument (fiktivt innehåll):
  1. fyrbodal_forstudie_kompetenscentrum_processindustri_2025.pdf  (2025-10-15)
  2. overenskommelse_styrgrupp_PKF_rusta_matcha_2026-01-22.docx     (2026-01-22)
  3. protokollsutdrag_direktionen_2026-03-12_par28.txt              (2026-03-12)
  4. lagesbild_rusta_och_matcha_fyrbodal.md                         (2026-10-05)
  5. delarsrapport_jan-aug_2026_PKF_pilot.docx                      (2026-10-08)
  6. poster_halvtidsutvardering_hogskolan_vast_2026-11.pdf          (2026-11-19)
"""
import os
import re
import sys
import zipfile
import shutil
import tempfile

# ---------------------------------------------------------------- reportlab
from reportlab.lib.pagesizes import A4, A3, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, Flowable,
                                NextPageTemplate, PageBreak, FrameBreak,
                                KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase.pdfdoc import PDFName

# ---------------------------------------------------------------- python-docx
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls


# =============================================================== typsnitt
def _register_fonts():
    cand = {
        "Serif": ["/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                  "/usr/share/fonts/TTF/DejaVuSerif.ttf"],
        "Serif-Bold": ["/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
                       "/usr/share/fonts/TTF/DejaVuSerif-Bold.ttf"],
        "Serif-Italic": ["/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
                         "/usr/share/fonts/TTF/DejaVuSerif-Italic.ttf"],
        "Sans": ["/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                 "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
        "Sans-Bold": ["/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
                      "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
    }
    fallback = {"Serif": "Times-Roman", "Serif-Bold": "Times-Bold",
                "Serif-Italic": "Times-Italic", "Sans": "Helvetica",
                "Sans-Bold": "Helvetica-Bold"}
    names = {}
    for key, paths in cand.items():
        for p in paths:
            if os.path.exists(p):
                try:
                    pdfmetrics.registerFont(TTFont("r170" + key, p))
                    names[key] = "r170" + key
                    break
                except Exception:
                    pass
        names.setdefault(key, fallback[key])
    try:
        from reportlab.lib.fonts import addMapping
        addMapping(names["Serif"], 0, 0, names["Serif"])
        addMapping(names["Serif"], 1, 0, names["Serif-Bold"])
        addMapping(names["Serif"], 0, 1, names["Serif-Italic"])
        addMapping(names["Serif"], 1, 1, names["Serif-Bold"])
        addMapping(names["Sans"], 0, 0, names["Sans"])
        addMapping(names["Sans"], 1, 0, names["Sans-Bold"])
        addMapping(names["Sans"], 0, 1, names["Sans"])
        addMapping(names["Sans"], 1, 1, names["Sans-Bold"])
    except Exception:
        pass
    return names


F = _register_fonts()

# =============================================================== avstavning
# Enkel svensk avstavning: mjuka bindestreck (U+00AD) efter kända förleder
# i sammansättningar. reportlab bryter där vid behov och ritar "-".
_PREFIXES = [
    "kompetens", "process", "industri", "rekryterings", "arbets", "marknads",
    "utbildnings", "samverkans", "pensions", "underhålls", "automations",
    "laboratorie", "förbunds", "kommunal", "vuxen", "pendlings", "verksamhets",
    "delregion", "branschorganisation", "deltagar", "arbetsgivar", "fastighets",
    "medlems", "styrgrupps", "finansierings", "utvärderings", "utbildning",
    "anställ", "organisation", "myndighet", "yrkes", "ombygg", "inskrivnings",
    "följe", "gemensam", "jämför", "regional", "förvärvs", "nedlägg",
    "sysselsätt", "representant", "ålders", "kemisk", "genom",
]


def hy(text):
    def fix(m):
        w = m.group(0)
        if len(w) < 11:
            return w
        low = w.lower()
        out = w
        for p in sorted(_PREFIXES, key=len, reverse=True):
            i = low.find(p)
            if i >= 0:
                cut = i + len(p)
                if 4 <= cut <= len(w) - 4 and "\xad" not in out:
                    out = w[:cut] + "\xad" + w[cut:]
                    break
        return out
    # hårt mellanslag i tusental (6 400) så att talen inte bryts över rader
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u00a0", text)
    # rör inte taggar
    parts = re.split(r"(<[^>]+>)", text)
    return "".join(p if p.startswith("<") else re.sub(r"[A-Za-zÅÄÖåäöéÉ]+", fix, p)
                   for p in parts)


# =============================================================== stilar PDF
def S(name, **kw):
    base = dict(fontName=F["Serif"], fontSize=9.6, leading=12.6,
                alignment=TA_JUSTIFY, embeddedHyphenation=1,
                uriWasteReduce=0.3, spaceAfter=5)
    base.update(kw)
    return ParagraphStyle(name, **base)


ST_BODY = S("body")
ST_BODY_L = S("bodyl", alignment=TA_LEFT)
ST_H1 = S("h1", fontName=F["Sans-Bold"], fontSize=13, leading=16,
          alignment=TA_LEFT, spaceBefore=8, spaceAfter=5,
          textColor=colors.HexColor("#0B4F6C"))
ST_H2 = S("h2", fontName=F["Sans-Bold"], fontSize=10.5, leading=13,
          alignment=TA_LEFT, spaceBefore=6, spaceAfter=3,
          textColor=colors.HexColor("#0B4F6C"))
ST_CELL = S("cell", fontName=F["Sans"], fontSize=8.6, leading=10.4,
            alignment=TA_LEFT, spaceAfter=0)
ST_CELL_R = S("cellr", fontName=F["Sans"], fontSize=8.6, leading=10.4,
              alignment=TA_RIGHT, spaceAfter=0)
ST_CELL_B = S("cellb", fontName=F["Sans-Bold"], fontSize=8.6, leading=10.4,
              alignment=TA_LEFT, spaceAfter=0)
ST_CAP = S("cap", fontName=F["Sans-Bold"], fontSize=8.8, leading=11,
           alignment=TA_LEFT, spaceAfter=3)
ST_NOTE = S("note", fontName=F["Sans"], fontSize=7.6, leading=9.4,
            alignment=TA_LEFT, spaceAfter=2, textColor=colors.HexColor("#333333"))
ST_FN = S("fn", fontName=F["Serif"], fontSize=7.4, leading=9,
          alignment=TA_LEFT, spaceAfter=1)


def P(text, st=ST_BODY):
    return Paragraph(hy(text), st)


def sup(n):
    return '<super><font size="6.5">%s</font></super>' % n


# =============================================================== hjälp-flowables
class FootnoteMark(Flowable):
    """Osynlig flowable: registrerar en fotnot på den sida där den ritas."""

    def __init__(self, store, num, text):
        Flowable.__init__(self)
        self.store, self.num, self.text = store, num, text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        self.store.setdefault(self.canv.getPageNumber(), []).append((self.num, self.text))


class Bookmark(Flowable):
    def __init__(self, key, title, level=0):
        Flowable.__init__(self)
        self.key, self.title, self.level = key, title, level

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)


class StickyNote(Flowable):
    """PDF-kommentar (textannotation) – syns som en gul lapp i läsaren,
    texten finns inte i sidans innehållsström."""

    def __init__(self, text, dx=0):
        Flowable.__init__(self)
        self.text, self.dx = text, dx

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        self.canv.textAnnotation(self.text, Rect=(self.dx, -4, self.dx + 16, 12),
                                 relative=1, Name=PDFName("Comment"))


def H1(text, key):
    return [Bookmark(key, text, 0), Paragraph(text, ST_H1)]


def H2(text, key):
    return [Bookmark(key, text, 1), Paragraph(text, ST_H2)]


# =============================================================== 1. FÖRSTUDIE (PDF)
def make_forstudie(path):
    fnstore = {}
    W, Hh = A4
    LM, RM, TM, BM = 20 * mm, 20 * mm, 24 * mm, 34 * mm
    GAP = 7 * mm
    colw = (W - LM - RM - GAP) / 2
    TOTAL = 4

    def draw_footnotes(canv, doc):
        notes = fnstore.get(canv.getPageNumber(), [])
        if not notes:
            return
        y = BM - 4 * mm
        canv.saveState()
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.5)
        canv.line(LM, y, LM + 45 * mm, y)
        y -= 2 * mm
        for num, text in notes:
            p = Paragraph("%s %s" % (sup(num), text), ST_FN)
            w, h = p.wrap(W - LM - RM, 40 * mm)
            y -= h
            p.drawOn(canv, LM, y)
            y -= 1.2 * mm
        canv.restoreState()

    def header_footer(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFont(F["Sans"], 7.8)
        canv.setFillColor(colors.HexColor("#0B4F6C"))
        canv.drawString(LM, Hh - 13 * mm,
                        "Förstudie: regionalt kompetenscentrum för processindustrin i Fyrbodal")
        canv.drawRightString(W - RM, Hh - 13 * mm, "Rapport 2025:7")
        canv.setStrokeColor(colors.HexColor("#0B4F6C"))
        canv.setLineWidth(0.6)
        canv.line(LM, Hh - 15 * mm, W - RM, Hh - 15 * mm)
        canv.setFillColor(colors.black)
        canv.drawString(LM, 11 * mm, "Fyrbodals kommunalförbund · Dnr FYR 2025/118")
        canv.drawRightString(W - RM, 11 * mm, "s. %d/%d" % (n, TOTAL))
        canv.restoreState()

    def cover(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#0B4F6C"))
        canv.rect(0, Hh - 118 * mm, W, 118 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#F2A541"))
        canv.rect(0, Hh - 121 * mm, W, 3 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(F["Sans"], 11)
        canv.drawString(LM, Hh - 30 * mm, "FYRBODALS KOMMUNALFÖRBUND   ·   RAPPORT 2025:7")
        canv.setFont(F["Sans-Bold"], 30)
        canv.drawString(LM, Hh - 55 * mm, "Förstudie")
        canv.setFont(F["Sans-Bold"], 17)
        canv.drawString(LM, Hh - 68 * mm, "Ett regionalt kompetenscentrum för")
        canv.drawString(LM, Hh - 76 * mm, "processindustrin i Fyrbodal")
        canv.setFont(F["Sans"], 10.5)
        canv.drawString(LM, Hh - 92 * mm, "Underlag till förbundsdirektionen · oktober 2025")
        canv.drawString(LM, Hh - 99 * mm, "Dnr FYR 2025/118 · Fastställd för remiss 2025-10-15")
        canv.setFillColor(colors.black)
        canv.setFont(F["Sans"], 8)
        canv.drawString(LM, 14 * mm, "Fyrbodals kommunalförbund, Box 305, 451 18 Uddevalla (fiktiv testadress)")
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM,
                          topMargin=TM, bottomMargin=BM,
                          title="Förstudie – regionalt kompetenscentrum för processindustrin i Fyrbodal",
                          author="Fyrbodals kommunalförbund", subject="Rapport 2025:7")
    f_cover = Frame(LM, 30 * mm, W - LM - RM, Hh - 130 * mm - 30 * mm, id="cov")
    f_l = Frame(LM, BM, colw, Hh - TM - BM, id="L")
    f_r = Frame(LM + colw + GAP, BM, colw, Hh - TM - BM, id="R")
    f_full = Frame(LM, BM, W - LM - RM, Hh - TM - BM, id="full")
    doc.addPageTemplates([
        PageTemplate("cover", [f_cover], onPage=cover),
        PageTemplate("twocol", [f_l, f_r], onPage=header_footer, onPageEnd=draw_footnotes),
        PageTemplate("full", [f_full], onPage=header_footer, onPageEnd=draw_footnotes),
    ])

    st_box = S("box", fontName=F["Sans"], fontSize=10, leading=13.5, alignment=TA_LEFT)
    box_items = [
        "Processindustrin i Fyrbodal behöver rekrytera omkring 1 150 personer 2026–2030.",
        "Förstudien föreslår ett kompetenscentrum med huvudnod på Innovatum i Trollhättan och en satellit i Lysekil.",
        "Föreslagen driftstart är den 17 augusti 2026 med 120 utbildningsplatser per år.",
        "Centret kopplas till Arbetsförmedlingens pilot med rusta och matcha.",
    ]
    box = Table([[Paragraph("<b>I korthet</b>", st_box)]] +
                [[Paragraph("• " + t, st_box)] for t in box_items],
                colWidths=[W - LM - RM - 20 * mm])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#0B4F6C")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF5F8")),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
    ]))

    story = [Spacer(1, 20 * mm), box, NextPageTemplate("twocol"), PageBreak()]

    # ---------- sida 2 (två spalter)
    story += H1("1 Bakgrund och uppdrag", "s1")
    story.append(P(
        "Direktionen för Fyrbodals kommunalförbund gav i mars 2025 kansliet i uppdrag att "
        "utreda förutsättningarna för ett gemensamt kompetenscentrum för processindustrin i "
        "delregionen. Bakgrunden är att flera av de största industriarbetsgivarna i Lysekil, "
        "Vänersborg, Trollhättan och Uddevalla under de senaste åren har vittnat om svårigheter "
        "att rekrytera processoperatörer och underhållspersonal, samtidigt som arbetslösheten i "
        "delar av Dalsland och norra Bohuslän ligger över länets genomsnitt."))
    story.append(P(
        "Förstudien har genomförts mellan april och september 2025. Den bygger på en enkät till "
        "företag i branschen" + sup(1) + ", tolv intervjuer med arbetsgivare och fackliga "
        "företrädare samt dialogmöten med kommunernas arbetsmarknadsenheter och "
        "vuxenutbildningar. Bland de intervjuade arbetsgivarna finns Gullmarsverken AB i "
        "Lysekil, Vargö Legering AB i Vänersborg och Nordkem Uddevalla AB."))
    story.append(FootnoteMark(fnstore, 1,
        "Enkäten skickades i september 2025 till 57 företag med minst tio anställda inom "
        "processindustrin i Fyrbodal, och 41 svarade (svarsfrekvens 72 procent)."))
    story += H2("1.1 Processindustrin i Fyrbodal", "s11")
    story.append(P(
        "Processindustrin sysselsatte 2024 omkring 6 400 personer i Fyrbodals 14 kommuner, "
        "vilket motsvarar drygt 5 procent av den förvärvsarbetande dagbefolkningen. År 2019 var "
        "antalet 6 950. Nedgången förklaras främst av nedläggningen av ett pappersbruk i "
        "Vänersborg 2021. Åldersstrukturen är ansträngd: 28 procent av de anställda är 55 år "
        "eller äldre, och pensionsavgångarna väntas bli som störst 2027–2029."))
    story.append(P(
        "Branschens egen prognos visar att processindustrin i hela landet behöver rekrytera "
        "omkring 48 000 personer fram till 2030" + sup(2) + ". Motsvarande behov i Fyrbodal "
        "redovisas i avsnitt 2."))
    story.append(FootnoteMark(fnstore, 2,
        "Avser hela Sveriges processindustri enligt branschorganisationernas gemensamma prognos "
        "2024 och är inte direkt jämförbar med förstudiens siffror för Fyrbodal."))
    story.append(FrameBreak())
    story += H1("2 Rekryteringsbehov 2026–2030", "s2")
    story.append(P(
        "Tabell 1 på nästa sida visar det samlade rekryteringsbehovet per kommun och yrkesgrupp "
        "för perioden 2026–2030 enligt enkäten och intervjuerna. Behovet är totalt cirka 1 150 "
        "personer, varav drygt hälften är processoperatörer. Behovet av underhållstekniker är "
        "störst i Trollhättan, medan Lysekil har det största behovet av processoperatörer."))
    story.append(P(
        "Laboratorieyrkena står för en liten andel av behovet men är enligt arbetsgivarna "
        "svårast att rekrytera till, eftersom det i dag saknas utbildning i delregionen. "
        "Flera arbetsgivare i Dalsland uppger att de i stället lånar in laboratoriepersonal "
        "från Göteborgsregionen."))
    story.append(P(
        "Arbetsgivarna betonar också att behovet inte bara gäller nyrekrytering. Omkring en "
        "tredjedel av de svarande företagen vill kunna skicka redan anställda till kortare "
        "kurser i automation och elsäkerhet, särskilt inför de stora ombyggnader av "
        "styrsystemen som planeras vid flera anläggningar efter 2027."))
    story.append(P(
        "I intervjuerna framhålls slutligen att de kommunala vuxenutbildningarna i dag "
        "erbjuder få platser med inriktning mot processteknik. Den närmaste utbildningen "
        "med egen processimulator ligger utanför delregionen, och resorna dit är långa "
        "för deltagare från Dalsland och norra Bohuslän."))
    story.append(NextPageTemplate("full"))
    story.append(PageBreak())

    # ---------- sida 3 (hel bredd): värmekartetabell
    story.append(Paragraph(
        "Tabell 1. Rekryteringsbehov 2026–2030 per kommun och yrkesgrupp, antal personer",
        ST_CAP))
    rows = [
        ("Lysekil", 145, 60, 25, 20),
        ("Trollhättan", 110, 75, 40, 15),
        ("Uddevalla", 95, 55, 30, 10),
        ("Vänersborg", 130, 50, 20, 15),
        ("Åmål", 40, 20, 10, 5),
        ("Bengtsfors", 35, 15, 5, 0),
        ("Övriga åtta kommuner", 50, 40, 20, 15),
    ]
    head = [Paragraph(h, ST_CELL_B) for h in
            ["Kommun", "Process-\noperatörer".replace("\n", "<br/>"),
             "Underhålls-<br/>tekniker (mek/el)", "Automation", "Laboratorie", "Summa"]]
    data = [head]
    tot = [0, 0, 0, 0]
    for r in rows:
        s = sum(r[1:])
        for i in range(4):
            tot[i] += r[1 + i]
        data.append([r[0]] + [str(v) if v else "–" for v in r[1:]] + [str(s)])
    data.append(["Fyrbodal totalt"] + ["{:,}".format(v).replace(",", " ") for v in tot] +
                ["{:,}".format(sum(tot)).replace(",", " ")])
    assert sum(tot) == 1150
    t = Table(data, colWidths=[52 * mm, 26 * mm, 32 * mm, 24 * mm, 24 * mm, 22 * mm],
              hAlign="LEFT")
    ts = [
        ("FONT", (0, 1), (-1, -1), F["Sans"], 9),
        ("FONT", (0, -1), (-1, -1), F["Sans-Bold"], 9),
        ("FONT", (-1, 1), (-1, -1), F["Sans-Bold"], 9),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor("#0B4F6C")),
        ("LINEABOVE", (0, -1), (-1, -1), 1, colors.HexColor("#0B4F6C")),
        ("GRID", (1, 1), (-2, -2), 1.2, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for ri, r in enumerate(rows, start=1):
        for ci, v in enumerate(r[1:], start=1):
            lvl = min(v / 150.0, 1.0)
            c = colors.Color(1 - 0.75 * lvl, 1 - 0.45 * lvl, 1 - 0.25 * lvl)
            ts.append(("BACKGROUND", (ci, ri), (ci, ri), c))
            if lvl > 0.6:
                ts.append(("TEXTCOLOR", (ci, ri), (ci, ri), colors.white))
    t.setStyle(TableStyle(ts))
    story.append(t)
    story.append(StickyNote(
        "Åmål uppgav 95 processoperatörer i telefonintervjun i augusti – stäm av mot enkäten "
        "innan tryck! /LH", dx=175 * mm))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(
        "Färgskala: mörkare fält = större behov. Övriga åtta kommuner: Dals-Ed, Färgelanda, "
        "Mellerud, Munkedal, Orust, Sotenäs, Strömstad och Tanum. Källa: förstudiens enkät "
        "och intervjuer, september 2025.", ST_NOTE))
    story.append(Spacer(1, 4 * mm))
    story += H1("3 Förslag: PKF", "s3")
    story.append(P(
        "Förstudien föreslår att delregionen bygger upp PKF som ett gemensamt kompetenscentrum "
        "med huvudnod på Innovatum" + sup(3) + " i Trollhättan och en satellit i Lysekil. "
        "Trollhättan föreslås som huvudnod eftersom där finns befintliga labbmiljöer, närhet "
        "till Högskolan Väst och det bästa pendlingsläget för deltagare från både Dalsland och "
        "Bohuslän. Satelliten i Lysekil motiveras av det stora behovet av processoperatörer "
        "vid industrierna kring Brofjorden."))
    story.append(FootnoteMark(fnstore, 3,
        "Innovatum Science Park i Trollhättan, där centret skulle hyra en ombyggd labbhall "
        "om cirka 900 kvadratmeter."))
    story.append(P(
        "PKF ska erbjuda fyra utbildningsspår: processoperatör, underhållstekniker, "
        "automationstekniker och laboratorieassistent. Utbildningarna ges inom regional "
        "yrkesvux och som AUB, och ska kunna kombineras med svenska för yrkesändamål. "
        "Truckförare och lagerlogistik ingår inte, eftersom sådana utbildningar redan finns "
        "i alla tre delregionerna."))
    story.append(P(
        "Förslaget är att centret startar verksamheten den 17 augusti 2026 med 120 "
        "utbildningsplatser per år, varav 24 i Lysekil."))
    story.append(NextPageTemplate("twocol"))
    story.append(PageBreak())

    # ---------- sida 4 (två spalter)
    story += H2("3.1 Ekonomi och finansiering", "s31")
    story.append(P(
        "Kostnaden för PKF beräknas till 9,6 mnkr för 2026 och 12,4 mnkr för 2027, då "
        "verksamheten är i full drift. Förslaget till finansiering för 2026 framgår av "
        "tabell 2."))
    fin = [["Finansiär 2026", "mnkr"],
           ["Västra Götalandsregionen", "4,0"],
           ["Kommunerna (efter invånarantal)", "3,2"],
           ["Företagen i branschen", "1,4"],
           ["Fyrbodals kommunalförbund", "1,0"],
           ["Summa", "9,6"]]
    t2 = Table([[Paragraph(a, ST_CELL if i not in (0, 5) else ST_CELL_B),
                 Paragraph(b, ST_CELL_R)] for i, (a, b) in enumerate(fin)],
               colWidths=[colw - 20 * mm, 18 * mm])
    t2.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEF5F8")),
    ]))
    story.append(Paragraph("Tabell 2. Föreslagen finansiering av PKF 2026", ST_CAP))
    story.append(t2)
    story.append(Spacer(1, 2 * mm))
    story.append(P(
        "Företagens bidrag fördelas efter antal anställda enligt en modell som tas fram "
        "under 2026. Enskilda företags andelar redovisas därför inte i förstudien."))
    story += H1("4 Koppling till rusta och matcha", "s4")
    story.append(P(
        "Arbetsförmedlingen planerar en nationell pilot där rusta och matcha, det vill säga "
        "stöd från en fristående leverantör som rustar arbetssökande och matchar dem mot "
        "arbete eller utbildning, kombineras med regionala kompetenscentrum. Fyrbodal har "
        "anmält intresse att bli ett av fyra pilotområden. Nationellt är målet 2 000 "
        "deltagare under pilotperioden, och för Fyrbodal föreslås ett mål på 300 deltagare."))
    story += H1("5 Fortsatt arbete", "s5")
    story.append(P(
        "Förstudien föreslår att en styrgrupp med representanter för kommunalförbundet, "
        "Arbetsförmedlingen, Västra Götalandsregionen, berörda kommuner och näringslivet "
        "inrättas i början av 2026, och att Högskolan Väst ges i uppdrag att följa och "
        "utvärdera arbetet."))
    story.append(FrameBreak())
    story += H1("Ordlista", "ord")
    gl = [
        ("AUB", "arbetsmarknadsutbildning som Arbetsförmedlingen upphandlar"),
        ("Innovatum", "science park i Trollhättan med företag, labbmiljöer och utbildning"),
        ("PKF", "Processindustrins kompetenscentrum Fyrbodal, arbetsnamn för det centrum som förstudien föreslår"),
        ("Regional yrkesvux", "yrkesinriktad vuxenutbildning som flera kommuner planerar och erbjuder gemensamt"),
        ("Rusta och matcha", "Arbetsförmedlingens tjänst där en upphandlad leverantör stöttar arbetssökande mot arbete eller studier"),
        ("Satellit", "mindre utbildningsort som hör till huvudnoden och delar dess lärare och utrustning"),
    ]
    for term, d in gl:
        story.append(Paragraph("<b>%s</b> – %s" % (term, hy(d)), ST_BODY_L))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(
        "<i>Rapporten har tagits fram av Fyrbodals kommunalförbund, avdelning Kompetens, "
        "med stöd av en referensgrupp med företrädare för medlemskommunerna.</i>", ST_BODY_L))

    doc.build(story)


# =============================================================== DOCX-hjälp
def docx_page_field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def docx_footnote_ref(paragraph, fid):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    paragraph._p.append(r)


def docx_shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def docx_add_footnotes(path, notes):
    """Lägger in riktiga Word-fotnoter (word/footnotes.xml) i en sparad docx."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<w:footnotes %s>' % W,
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in notes:
        text = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        parts.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (fid, text))
    parts.append('</w:footnotes>')
    foot_xml = "\n".join(parts)

    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                s = data.decode("utf-8")
                if "footnotes+xml" not in s:
                    s = s.replace("</Types>",
                                  '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
                data = s.encode("utf-8")
            elif item.filename == "word/_rels/document.xml.rels":
                s = data.decode("utf-8")
                s = s.replace("</Relationships>",
                              '<Relationship Id="rIdFn170" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
                data = s.encode("utf-8")
            elif item.filename == "word/settings.xml":
                s = data.decode("utf-8")
                if "<w:footnotePr>" not in s:
                    s = re.sub(r"(<w:settings[^>]*>)",
                               r'\1<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>',
                               s, count=1)
                data = s.encode("utf-8")
            elif item.filename == "word/footnotes.xml":
                continue
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", foot_xml)
    shutil.move(tmp, path)


def docx_base(title_prop):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for s in d.sections:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.3)
        s.top_margin = Cm(2.2)
        s.bottom_margin = Cm(2.0)
    d.core_properties.title = title_prop
    d.core_properties.author = "Fyrbodals kommunalförbund"
    return d


def set_cols(section, num, space_twips=567):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        # cols ska stå före docGrid om sådan finns
        grid = sectPr.find(qn("w:docGrid"))
        if grid is not None:
            grid.addprevious(cols)
        else:
            sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))


# =============================================================== 2. ÖVERENSKOMMELSE (DOCX)
def make_overenskommelse(path):
    d = docx_base("Överenskommelse styrgrupp PKF och Rusta och matcha Fyrbodal")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Fyrbodals kommunalförbund\tÖverenskommelse\tDnr FYR 2026/014"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ")
    docx_page_field(fp, "PAGE")
    fp.add_run(" av ")
    docx_page_field(fp, "NUMPAGES")

    d.add_heading("Överenskommelse om styrning av PKF och piloten Rusta och matcha Fyrbodal", 0)
    p = d.add_paragraph()
    p.add_run("Parter: ").bold = True
    p.add_run("Fyrbodals kommunalförbund, Arbetsförmedlingen och Västra Götalandsregionen. "
              "Undertecknad i Uddevalla 2026-01-22.")

    d.add_heading("1. Bakgrund", 1)
    d.add_paragraph(
        "Direktionen för Fyrbodals kommunalförbund beslutade den 20 november 2025 (§ 97) att gå "
        "vidare med förstudiens förslag om ett regionalt kompetenscentrum för processindustrin, "
        "PKF. Arbetsförmedlingen har samtidigt utsett Fyrbodal till ett av fyra pilotområden i "
        "den nationella piloten där rusta och matcha kombineras med regionala kompetenscentrum. "
        "Denna överenskommelse reglerar hur parterna gemensamt styr PKF och piloten.")

    d.add_heading("2. Pilotens omfattning", 1)
    for t in ["Pilotperiod: 2026-04-01 – 2027-12-31.",
              "Deltagarmål: 300 deltagare som påbörjar insatsen under pilotperioden.",
              "Målgrupp: arbetssökande inskrivna hos Arbetsförmedlingen i Fyrbodals 14 kommuner "
              "som kan ta del av utbildning inom något av PKF:s fyra spår.",
              "Projektledare för piloten: Jonas Berglund, Fyrbodals kommunalförbund."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Piloten organiseras i tre delregioner – Bohuslän, Dalsland och Trestad. I varje "
        "delregion inrättas en lokal samverkansgrupp (LSG) med representanter för kommunernas "
        "arbetsmarknadsenheter, Arbetsförmedlingens lokala kontor och minst en arbetsgivare från "
        "processindustrin. En LSG träffas varje månad och ansvarar för att deltagare och "
        "arbetsgivare matchas lokalt.")

    d.add_heading("3. Styrgruppens uppdrag", 1)
    d.add_paragraph("Styrgruppen leder arbetet med PKF och piloten på uppdrag av parterna. "
                    "Styrgruppen ska")
    for t in ["fastställa årlig verksamhetsplan och budget för PKF,",
              "följa upp pilotens deltagarflöden varje kvartal,",
              "besluta om ändringar av deltagarmål och tidplan inom ramen för denna överenskommelse,",
              "godkänna utvärderingsplanen och ta emot utvärderarens rapporter,",
              "lösa frågor som de lokala samverkansgrupperna inte kan lösa på egen hand,",
              "rapportera till direktionen två gånger per år."]:
        d.add_paragraph(t, style="List Number")

    d.add_heading("4. Styrgruppens sammansättning", 1)
    p = d.add_paragraph("Styrgruppen har nio ledamöter med var sin personlig ersättare. "
                        "Högskolan Väst är adjungerad utan rösträtt. Styrgruppen sammanträder "
                        "minst fyra gånger per år.")
    docx_footnote_ref(p, 1)
    members = [
        ("Ordförande", "Fyrbodals kommunalförbund", "Anna-Karin Lindqvist, förbundsdirektör",
         ("Magnus Ek", "avdelningschef Kompetens")),
        ("Vice ordförande", "Arbetsförmedlingen", "Henrik Sjöberg, sektionschef Fyrbodal",
         ("Lena Falk", "verksamhetsutvecklare")),
        ("Ledamot", "Västra Götalandsregionen", "Maria Johansson, regionutvecklare",
         ("Peter Ahl", "analytiker")),
        ("Ledamot", "Trollhättans stad", "Ola Dahlgren, arbetsmarknadschef",
         ("Sofia Ring", "enhetschef")),
        ("Ledamot", "Uddevalla kommun", "Camilla Berg, vuxenutbildningschef",
         ("Johan Lund", "rektor")),
        ("Ledamot", "Vänersborgs kommun", "Tomas Wik, näringslivschef",
         ("Eva Holm", "näringslivsutvecklare")),
        ("Ledamot", "Lysekils kommun", "Annika Strömberg, förvaltningschef",
         ("Rasmus Hed", "arbetsmarknadssamordnare")),
        ("Ledamot", "Åmåls kommun (för Dalsland)", "Karl Persson, arbetsmarknadschef",
         ("Ida Nord", "utvecklingsledare, Bengtsfors")),
        ("Ledamot", "Näringslivet (IKEM Väst)", "Fredrik Alm, platschef Gullmarsverken AB",
         ("Helena Sand", "HR-chef, Vargö Legering AB")),
        ("Adjungerad", "Högskolan Väst", "Linnea Öberg, docent, utvärderare", None),
    ]
    tb = d.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for i, h in enumerate(["Roll", "Organisation", "Ledamot", "Personlig ersättare"]):
        c = tb.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        docx_shade(c, "D9E7EF")
    for roll, org, led, ers in members:
        cells = tb.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = roll, org, led
        if ers is None:
            cells[3].text = "–"
        else:
            cells[3].text = ""
            inner = cells[3].add_table(rows=2, cols=2)
            inner.style = "Table Grid"
            inner.cell(0, 0).text = "Namn"
            inner.cell(0, 1).text = "Funktion"
            inner.cell(1, 0).text = ers[0]
            inner.cell(1, 1).text = ers[1]
    d.add_paragraph(
        "Föredragande i styrgruppen är projektledaren för piloten och verksamhetschefen för PKF, "
        "som rekryteras under våren 2026.")

    d.add_heading("5. Ekonomi", 1)
    p = d.add_paragraph(
        "Pilotens samordning finansieras med totalt 2,2 mnkr för 2026–2027 enligt tabellen nedan. "
        "Arbetsförmedlingens kostnader för leverantörer inom rusta och matcha ingår inte.")
    docx_footnote_ref(p, 2)
    eco = [("Finansiär", "2026 (tkr)", "2027 (tkr)", "Totalt (tkr)"),
           ("Arbetsförmedlingen", "500", "500", "1 000"),
           ("Fyrbodals kommunalförbund", "350", "350", "700"),
           ("Västra Götalandsregionen", "250", "250", "500"),
           ("Summa", "1 100", "1 100", "2 200")]
    tb2 = d.add_table(rows=0, cols=4)
    tb2.style = "Table Grid"
    for i, row in enumerate(eco):
        cells = tb2.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = ""
            run = cells[j].paragraphs[0].add_run(v)
            run.bold = (i == 0 or i == len(eco) - 1)
            if j > 0:
                cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if i == 0:
            for c in cells:
                docx_shade(c, "D9E7EF")
    d.add_paragraph()

    d.add_heading("6. Utvärdering", 1)
    d.add_paragraph(
        "Högskolan Väst följer piloten genom följeforskning. En halvtidsrapport lämnas senast "
        "2026-11-30 och en slutrapport senast 2027-12-15. Utvärderingen kostar 400 tkr per år "
        "och finansieras av Västra Götalandsregionen.")

    d.add_heading("7. Beslut och giltighet", 1)
    p = d.add_paragraph()
    p.add_run("Beslut: ").bold = True
    p.add_run("Parterna är överens om att styrgruppen inrättas från och med 2026-02-01 och att "
              "överenskommelsen gäller till och med 2028-06-30. Ändringar av deltagarmål och "
              "tidplan beslutas av styrgruppen; ändringar av budgeten för PKF beslutas av "
              "direktionen.")
    d.add_paragraph("Överenskommelsen har upprättats i tre likalydande exemplar.")
    sig = d.add_table(rows=3, cols=3)
    names = [("Fyrbodals kommunalförbund", "Anna-Karin Lindqvist", "förbundsdirektör"),
             ("Arbetsförmedlingen", "Henrik Sjöberg", "sektionschef"),
             ("Västra Götalandsregionen", "Maria Johansson", "regionutvecklare")]
    for j, (org, n, f) in enumerate(names):
        sig.cell(0, j).text = org
        sig.cell(1, j).text = "\n\n______________________"
        sig.cell(2, j).text = "%s, %s" % (n, f)
    d.save(path)
    docx_add_footnotes(path, [
        (1, "Styrgruppen är beslutför när minst fem ledamöter är närvarande, varav minst en "
            "ledamot från Arbetsförmedlingen."),
        (2, "Ledamöternas arvoden och resekostnader betalas av den part som ledamoten företräder."),
    ])


# =============================================================== 3. PROTOKOLLSUTDRAG (TXT)
PROTOKOLL = """\
FYRBODALS KOMMUNALFÖRBUND                          PROTOKOLLSUTDRAG
Direktionen                                        Sammanträdesdatum
                                                   2026-03-12
----------------------------------------------------------------------

§ 28    Reviderad tidplan och budget för PKF samt ny ordförande
        i styrgruppen
        Dnr FYR 2026/031

Ärendebeskrivning

Direktionen beslutade 2025-11-20 § 97 att gå vidare med förstudiens
förslag om ett regionalt kompetenscentrum för processindustrin (PKF)
med driftstart 2026-08-17. Styrgruppen har vid sitt möte 2026-02-26
föreslagit att tidplanen och budgeten för 2026 revideras.

Huvudnoden ska inrymmas i en ombyggd labbhall på Innovatum i Troll-
hättan. Bygglovet för ombyggnaden av labbhallen på Innovatum har
överklagats till mark- och miljö-
domstolen, och fastighetsägaren bedömer att lokalerna kan vara
färdiga tidigast i mitten av december 2026. Det går därför inte att
starta utbildningarna i Trollhättan i augusti som planerat.
Satelliten i Lysekil använder befintliga lokaler hos Campus Lysekil
och påverkas inte av förseningen.

Eftersom huvudnoden öppnar först 2027 minskar kostnaderna för 2026.
Kansliet har beräknat den reviderade budgeten för 2026 till 6,1 mnkr.
Budgeten för 2027 på 12,4 mnkr påverkas inte.

Förbundsdirektör Anna-Karin Lindqvist lämnar sin anställning den
31 mars 2026. Enligt överenskommelsen från 2026-01-22 är förbunds-
direktören ordförande i styrgruppen. I väntan på att en ny förbunds-
direktör rekryteras föreslås avdelningschef Magnus Ek, som i dag är
ersättare, bli ordförande.

Yrkanden

Bo Axelsson (Färgelanda) yrkar att driftstarten i stället flyttas
till 2026-10-05 och att huvudnoden under hösten använder tillfälliga
lokaler. Ordföranden ställer förslagen mot varandra och finner att
direktionen beslutar enligt styrgruppens förslag.

Direktionens beslut

1. Driftstarten för PKF:s huvudnod i Trollhättan flyttas från
   2026-08-17 till 2027-01-11.

2. Satelliten i Lysekil startar som planerat 2026-08-17 med
   24 utbildningsplatser.

3. Budgeten för PKF 2026 sänks från 9,6 mnkr till 6,1 mnkr.
   Budgeten för 2027 ligger fast på 12,4 mnkr.

4. Magnus Ek utses till ordförande i styrgruppen från och med
   2026-04-01 till dess att en ny förbundsdirektör har tillträtt.

5. Paragrafen förklaras omedelbart justerad.

Beslutsunderlag
- Tjänsteskrivelse 2026-03-02
- Styrgruppens protokoll 2026-02-26 § 6

Expedieras till
Styrgruppen för PKF, Arbetsförmedlingen, Västra Götalandsregionen,
medlemskommunerna

----------------------------------------------------------------------
Justerandes signatur           Utdragsbestyrkande

Lena Wessman (Tanum)           Rätt utdraget betygar:
Per-Olof Ström (Strömstad)     Karin Strand, förbundssekreterare
                               Uddevalla 2026-03-13
----------------------------------------------------------------------
"""


def make_protokoll(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(PROTOKOLL)


# =============================================================== 4. LÄGESBILD (MD)
MUNIS = [
    ("Bohuslän", [("Lysekil", 20, 17, 3, 9, 3, 2), ("Munkedal", 7, 6, 1, 3, 1, 0),
                  ("Orust", 5, 4, 0, 2, 1, 0), ("Sotenäs", 4, 4, 1, 2, 0, 1),
                  ("Strömstad", 6, 5, 1, 2, 1, 0), ("Tanum", 5, 4, 0, 2, 1, 0)]),
    ("Dalsland", [("Bengtsfors", 8, 7, 2, 3, 1, 0), ("Dals-Ed", 3, 3, 0, 1, 0, 0),
                  ("Färgelanda", 4, 3, 1, 1, 0, 1), ("Mellerud", 6, 5, 1, 2, 1, 0),
                  ("Åmål", 11, 9, 3, 4, 1, 1)]),
    ("Trestad", [("Trollhättan", 31, 27, 4, 14, 6, 2), ("Uddevalla", 27, 24, 3, 12, 4, 2),
                 ("Vänersborg", 22, 19, 2, 9, 3, 1)]),
]


def make_lagesbild(path):
    L = []
    L.append("# Rusta och matcha Fyrbodal – lägesbild")
    L.append("")
    L.append('<div class="confluence-information-macro confluence-information-macro-note">')
    L.append("<p><strong>Sidan uppdateras löpande.</strong> Senast ändrad 2026-10-05 av Sara "
             "Nilsson. Siffrorna i tabellen avser läget <strong>2026-09-30</strong>.</p>")
    L.append("</div>")
    L.append("")
    L.append("**Utrymme:** Kompetens / PKF & pilot  ·  **Sidägare:** projektledaren för piloten  ·  "
             "**Etiketter:** `rusta-och-matcha` `pkf` `lagesbild`")
    L.append("")
    L.append("## Om piloten")
    L.append("")
    L.append("Piloten är Fyrbodals del av Arbetsförmedlingens nationella pilot där rusta och "
             "matcha kombineras med regionala kompetenscentrum. Deltagarna anvisas av "
             "Arbetsförmedlingen, får stöd av en leverantör och kan gå vidare till något av "
             "PKF:s fyra utbildningsspår. Styrgruppen leds av Magnus Ek. Varje delregion har "
             "en LSG som träffas månadsvis.")
    L.append("")
    L.append("## Deltagarflöde per kommun")
    L.append("")
    L.append("Ackumulerat från pilotstarten 2026-04-01 till och med 2026-09-30. *Avslutat* = "
             "deltagaren har fullföljt insatsen; avbrott räknas inte som avslutat.")
    L.append("")
    L.append('<table class="confluenceTable">')
    L.append("<thead>")
    L.append('<tr><th rowspan="2">Delregion</th><th rowspan="2">Kommun</th>'
             '<th colspan="2">Deltagare</th><th rowspan="2">Avbrott</th>'
             '<th colspan="3">Avslutat</th></tr>')
    L.append("<tr><th>Anvisade</th><th>Påbörjat</th><th>Totalt</th><th>varav arbete</th>"
             "<th>varav studier</th></tr>")
    L.append("</thead>")
    L.append("<tbody>")
    grand = [0] * 6
    for reg, rows in MUNIS:
        sub = [0] * 6
        for i, r in enumerate(rows):
            vals = r[1:]
            assert vals[2] + vals[3] <= vals[1] and vals[4] + vals[5] <= vals[3]
            for k in range(6):
                sub[k] += vals[k]
            first = '<td rowspan="%d">%s</td>' % (len(rows), reg) if i == 0 else ""
            L.append("<tr>%s<td>%s</td>%s</tr>" % (
                first, r[0], "".join("<td>%d</td>" % v for v in vals)))
        for k in range(6):
            grand[k] += sub[k]
        L.append('<tr class="summa"><td colspan="2"><strong>Summa %s</strong></td>%s</tr>' % (
            reg, "".join("<td><strong>%d</strong></td>" % v for v in sub)))
    L.append('<tr class="total"><td colspan="2"><strong>Totalt Fyrbodal</strong></td>%s</tr>' % (
        "".join("<td><strong>%d</strong></td>" % v for v in grand)))
    L.append("</tbody>")
    L.append("</table>")
    assert grand == [159, 137, 22, 66, 23, 10], grand
    L.append("")
    L.append("<details>")
    L.append("<summary>Arkiv: läget 2026-06-30 (ersatt)</summary>")
    L.append("")
    L.append("| Kommun | Påbörjat | Avbrott | Avslutat |")
    L.append("|---|---:|---:|---:|")
    for k, a, b, c in [("Lysekil", 8, 1, 2), ("Åmål", 4, 1, 0), ("Bengtsfors", 3, 0, 1),
                       ("Trollhättan", 13, 2, 4), ("Uddevalla", 11, 1, 3),
                       ("Vänersborg", 9, 1, 2), ("Övriga kommuner", 19, 2, 3),
                       ("**Totalt**", "**67**", "**8**", "**15**")]:
        L.append("| %s | %s | %s | %s |" % (k, a, b, c))
    L.append("")
    L.append("</details>")
    L.append("")
    L.append("## Lokala samverkansgrupper")
    L.append("")
    L.append("- **LSG Bohuslän** – sammankallande Rasmus Hed, Lysekils kommun")
    L.append("- **LSG Dalsland** – sammankallande Ida Nord, Bengtsfors kommun")
    L.append("- **LSG Trestad** – sammankallande Sofia Ring, Trollhättans stad")
    L.append("")
    L.append("Nästa styrgruppsmöte: 2026-11-26 (Teams).")
    L.append("")
    L.append("## Ändringslogg")
    L.append("")
    L.append("| Datum | Ändring | Beslut |")
    L.append("|---|---|---|")
    L.append("| 2026-09-30 | Slutrapporten från Högskolan Väst lämnas 2028-09-30 i stället för "
             "2027-12-15, eftersom pilotperioden har förlängts. Halvtidsrapporten ligger kvar "
             "till 2026-11-30. | Styrgruppen 2026-09-15 § 15 |")
    L.append("| 2026-09-15 | Deltagarmålet sänks från 300 till 240 deltagare. Skäl: "
             "Arbetsförmedlingen anvisar färre deltagare än planerat. | Styrgruppen "
             "2026-09-15 § 14 |")
    L.append("| 2026-09-01 | Sara Nilsson är ny projektledare för piloten och ersätter Jonas "
             "Berglund, som har gått över till en tjänst på Västra Götalandsregionen. | "
             "Förbundsdirektören, delegationsbeslut |")
    L.append("| 2026-06-10 | Pilotperioden förlängs till 2028-06-30 (tidigare 2027-12-31). | "
             "Styrgruppen 2026-06-10 § 9 |")
    L.append("| 2026-04-01 | Magnus Ek ordförande i styrgruppen. | Direktionen 2026-03-12 § 28 |")
    L.append("| 2026-04-01 | Sidan skapad. | – |")
    L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


# =============================================================== 5. DELÅRSRAPPORT (DOCX)
def make_delarsrapport(path):
    d = docx_base("Delårsrapport jan–aug 2026 PKF och pilot")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Delårsrapport januari–augusti 2026 · PKF och Rusta och matcha Fyrbodal"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Fyrbodals kommunalförbund · ")
    docx_page_field(fp, "PAGE")

    d.add_heading("Delårsrapport januari–augusti 2026", 0)
    p = d.add_paragraph()
    r = p.add_run("PKF och Rusta och matcha Fyrbodal · Rapporteras till direktionen 2026-10-22 · "
                  "Dnr FYR 2026/088 · Upprättad 2026-10-08")
    r.italic = True
    d.add_heading("1 Sammanfattning", 1)
    d.add_paragraph(
        "Satelliten i Lysekil har startat enligt plan, medan huvudnoden i Trollhättan öppnar "
        "först i januari 2027. Piloten med rusta och matcha har haft ett jämnt inflöde av "
        "deltagare men färre anvisningar än planerat. Den samlade prognosen för helåret visar "
        "ett överskott mot den reviderade budgeten.")

    # Faktaruta som VML-textruta (texten ligger i w:txbxContent, inte i vanliga stycken)
    box_xml = (
        '<w:r %s>'
        '<w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Faktaruta1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:440pt;height:88pt" fillcolor="#E8F1EA" strokecolor="#2E6B3F" strokeweight="1pt">'
        '<v:textbox inset="8pt,6pt,8pt,6pt"><w:txbxContent>'
        '<w:p><w:r><w:rPr><w:b/><w:color w:val="2E6B3F"/></w:rPr><w:t>FAKTARUTA – Satelliten i Lysekil</w:t></w:r></w:p>'
        '<w:p><w:r><w:t xml:space="preserve">Vid kursstarten den 17 augusti 2026 var 22 av satellitens 24 platser tillsatta. '
        'Två platser hålls öppna för deltagare från rusta och matcha som anvisas under hösten.</w:t></w:r></w:p>'
        '<w:p><w:r><w:t xml:space="preserve">Utbildningsspår i Lysekil hösten 2026: processoperatör och underhållstekniker.</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    ) % ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:v="urn:schemas-microsoft-com:vml" '
         'xmlns:o="urn:schemas-microsoft-com:office:office"')
    bp = d.add_paragraph()
    bp._p.append(parse_xml(box_xml))

    # ---- sektion i två spalter
    s2 = d.add_section(WD_SECTION.CONTINUOUS)
    set_cols(s2, 2)
    d.add_heading("2 Verksamhet", 1)
    d.add_heading("2.1 PKF", 2)
    d.add_paragraph(
        "Verksamhetschef för PKF är Elin Carlsson, som tillträdde den 4 maj 2026. Satelliten i "
        "Lysekil startade enligt plan den 17 augusti 2026 i Campus Lysekils lokaler. Huvudnoden "
        "på Innovatum i Trollhättan öppnar den 11 januari 2027 enligt direktionens beslut i mars. "
        "Förhandlingar pågår med fastighetsägaren om ersättning för förseningen.")
    d.add_paragraph(
        "Under våren har fyra lärare rekryterats, varav två med bakgrund som processoperatörer. "
        "En processimulator har köpts in gemensamt med Vänersborgs kommun och placeras tills "
        "vidare i Lysekil.")
    d.add_heading("2.2 Piloten Rusta och matcha", 2)
    d.add_paragraph(
        "Till och med den 31 augusti hade 128 deltagare påbörjat insatsen i Fyrbodal. Inflödet "
        "är störst i Trestad, medan Dalsland har haft svårt att nå ut till målgruppen. "
        "Nationellt har Arbetsförmedlingen anvisat 1 430 deltagare till pilotens fyra områden.")
    d.add_paragraph(
        "De lokala samverkansgrupperna har träffats varje månad sedan april. I Dalsland har "
        "gruppen dessutom haft extra möten med arbetsgivare i Åmål och Bengtsfors.")
    d.add_heading("2.3 Uppföljning och utvärdering", 2)
    d.add_paragraph(
        "Högskolan Väst har genomfört den första intervjuomgången med deltagare och "
        "arbetsgivare. Resultaten redovisas i halvtidsutvärderingen i november.")

    # ---- tillbaka till en spalt för ekonomin
    s3 = d.add_section(WD_SECTION.CONTINUOUS)
    set_cols(s3, 1)
    d.add_heading("3 Ekonomi", 1)
    d.add_paragraph(
        "Tabell 1 visar budget, utfall och prognos för 2026. Den ursprungliga budgeten för PKF "
        "sänktes av direktionen i mars i samband med att huvudnodens start flyttades.")
    cap = d.add_paragraph()
    cap.add_run("Tabell 1. Budget, utfall och prognos 2026, tkr").bold = True
    eco = [
        ("Verksamhet", "Budget 2026 urspr.", "Budget 2026 rev.", "Utfall jan–aug",
         "Prognos helår", "Avvikelse mot rev. budget"),
        ("PKF (inkl. satellit Lysekil)", "9 600", "6 100", "3 020", "5 480", "620"),
        ("Pilotens samordning", "1 100", "1 100", "790", "1 240", "−140"),
        ("Utvärdering (Högskolan Väst)", "400", "400", "150", "400", "0"),
        ("Summa", "11 100", "7 600", "3 960", "7 120", "480"),
    ]
    tb = d.add_table(rows=0, cols=6)
    tb.style = "Table Grid"
    for i, row in enumerate(eco):
        cells = tb.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = ""
            run = cells[j].paragraphs[0].add_run(v)
            run.font.size = Pt(9)
            run.bold = (i == 0 or i == len(eco) - 1)
            if j > 0:
                cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i == 0:
                docx_shade(cells[j], "DDEBDD")
    d.add_paragraph()
    d.add_paragraph(
        "Pilotens samordning beräknas överskrida budgeten med 140 tkr. Det beror främst på att "
        "de lokala samverkansgrupperna har haft fler möten än planerat och på ökade kostnader "
        "för tolk vid inskrivningssamtal. Underskottet föreslås täckas av överskottet inom PKF, "
        "som uppstår eftersom lärarlöner för huvudnoden inte betalas ut förrän i december.")
    cap = d.add_paragraph()
    cap.add_run("Tabell 2. Finansiering av PKF 2026, tkr").bold = True
    fin = [("Finansiär", "Beslutat 2026", "Inbetalt t.o.m. augusti"),
           ("Västra Götalandsregionen", "2 700", "2 700"),
           ("Medlemskommunerna", "2 000", "1 000"),
           ("Företagen i branschen", "900", "450"),
           ("Fyrbodals kommunalförbund", "500", "500"),
           ("Summa", "6 100", "4 650")]
    tb2 = d.add_table(rows=0, cols=3)
    tb2.style = "Table Grid"
    for i, row in enumerate(fin):
        cells = tb2.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = ""
            run = cells[j].paragraphs[0].add_run(v)
            run.font.size = Pt(9)
            run.bold = (i == 0 or i == len(fin) - 1)
            if j > 0:
                cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i == 0:
                docx_shade(cells[j], "DDEBDD")
    d.add_paragraph()
    d.add_heading("4 Risker inför 2027", 1)
    for t in ["Fler förseningar i ombyggnaden av labbhallen på Innovatum.",
              "Fortsatt låga anvisningar från Arbetsförmedlingen till piloten.",
              "Svårt att rekrytera lärare i automation till huvudnoden."]:
        d.add_paragraph(t, style="List Bullet")
    d.save(path)


# =============================================================== 6. POSTER (PDF)
def make_poster(path):
    W, Hh = landscape(A3)
    c = rl_canvas.Canvas(path, pagesize=(W, Hh))
    c.setTitle("Halvtidsutvärdering Rusta och matcha Fyrbodal – poster")
    c.setAuthor("Linnea Öberg, Amir Haddad, Högskolan Väst")
    M = 16 * mm
    green = colors.HexColor("#1F5E4A")
    orange = colors.HexColor("#E07A1F")

    # banderoll
    c.setFillColor(green)
    c.rect(0, Hh - 62 * mm, W, 62 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(F["Sans-Bold"], 30)
    c.drawString(M, Hh - 24 * mm, "Rusta och matcha möter kompetenscentrum")
    c.setFont(F["Sans"], 19)
    c.drawString(M, Hh - 36 * mm, "Halvtidsutvärdering av piloten i Fyrbodal, april–oktober 2026")
    c.setFont(F["Sans"], 12)
    c.drawString(M, Hh - 49 * mm,
                 "Linnea Öberg och Amir Haddad, Högskolan Väst, Institutionen för ekonomi och IT")
    c.drawString(M, Hh - 56 * mm, "Processindustridagen, Innovatum, Trollhättan, 19 november 2026")
    c.setFillColor(orange)
    c.circle(W - 40 * mm, Hh - 31 * mm, 20 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(F["Sans-Bold"], 13)
    c.drawCentredString(W - 40 * mm, Hh - 29 * mm, "HALVTID")
    c.setFont(F["Sans"], 10)
    c.drawCentredString(W - 40 * mm, Hh - 35 * mm, "preliminärt")

    ncol = 3
    gap = 10 * mm
    colw = (W - 2 * M - (ncol - 1) * gap) / ncol
    top = Hh - 72 * mm
    bottom = 24 * mm
    st = S("pbody", fontName=F["Serif"], fontSize=13, leading=17.2)
    st_li = S("pli", fontName=F["Serif"], fontSize=13, leading=17.2, alignment=TA_LEFT,
              leftIndent=14, bulletIndent=0)

    def box(x, ytop, w, title, paras, fill="#F4F8F6"):
        inner = []
        hgt = 0
        for pp in paras:
            pw, ph = pp.wrap(w - 10 * mm, 500 * mm)
            inner.append((pp, ph))
            hgt += ph + 2.4 * mm
        head = 11 * mm
        total = head + hgt + 4 * mm
        c.setFillColor(colors.HexColor(fill))
        c.setStrokeColor(green)
        c.setLineWidth(1.2)
        c.roundRect(x, ytop - total, w, total, 4 * mm, stroke=1, fill=1)
        c.setFillColor(green)
        c.roundRect(x, ytop - head, w, head, 4 * mm, stroke=0, fill=1)
        c.rect(x, ytop - head, w, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(F["Sans-Bold"], 15)
        c.drawString(x + 5 * mm, ytop - 7.8 * mm, title)
        y = ytop - head - 3 * mm
        for pp, ph in inner:
            y -= ph
            pp.drawOn(c, x + 5 * mm, y)
            y -= 2.4 * mm
        return ytop - total - 7 * mm

    def PP(t, s=st):
        return Paragraph(hy(t), s)

    # kolumn 1
    x1 = M
    y = box(x1, top, colw, "Bakgrund", [
        PP("Processindustrin i Fyrbodal behöver rekrytera omkring 1 150 personer fram till "
           "2030. Fyrbodal är ett av fyra pilotområden där Arbetsförmedlingens tjänst rusta och "
           "matcha kombineras med ett regionalt kompetenscentrum, PKF. Deltagarna får stöd av "
           "en leverantör och kan gå vidare till utbildning i Lysekil eller, från januari 2027, "
           "i Trollhättan."),
        PP("Deltagarmålet är sedan september 240 personer under hela pilotperioden, som "
           "pågår till 2028-06-30."),
    ])
    y = box(x1, y, colw, "Metod", [
        PP("Följeforskning april–oktober 2026: 24 intervjuer med deltagare, 9 med arbetsgivare "
           "och 6 med personal på Arbetsförmedlingen och PKF, en enkät till samtliga 151 "
           "deltagare som påbörjat insatsen (svarsfrekvens 58 procent) samt registerdata till "
           "och med den 31 oktober 2026."),
    ])

    # kolumn 2: nyckeltal + resultat
    x2 = M + colw + gap
    c.setFillColor(colors.HexColor("#FFFFFF"))
    circles = [("151", "har påbörjat"), ("46 %", "till arbete eller studier*"),
               ("17 %", "avbrott")]
    r = 19 * mm
    cy = top - r - 2 * mm
    for i, (big, small) in enumerate(circles):
        cx = x2 + r + 2 * mm + i * (colw - 2 * r - 4 * mm) / 2
        c.setFillColor(orange if i == 1 else green)
        c.circle(cx, cy, r, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(F["Sans-Bold"], 22)
        c.drawCentredString(cx, cy + 1 * mm, big)
        c.setFont(F["Sans"], 8.6)
        c.drawCentredString(cx, cy - 6 * mm, small)
    y = cy - r - 8 * mm
    y = box(x2, y, colw, "Resultat", [
        PP("Av de 79 deltagare som hade avslutat insatsen den 31 oktober hade 25 fått ett "
           "arbete. Ytterligare 11 hade börjat studera, de flesta inom regional yrkesvux. "
           "Andelen som gått vidare till arbete eller studier är därmed 46 procent."),
        PP("I pilotens övriga tre områden var motsvarande andel 38 procent. Skillnaden "
           "förklaras enligt arbetsgivarna av att PKF kan erbjuda korta utbildningar nära "
           "arbetsplatserna."),
    ])
    y = box(x2, y, colw, "Varför avbryter deltagare?", [
        PP("25 av 151 deltagare har avbrutit insatsen. De vanligaste skälen är ohälsa (9), "
           "att svenskkunskaperna inte räckte för utbildningsspåret (7) och flytt från "
           "regionen (4). Övriga skäl gäller 5 deltagare."),
    ], fill="#FDF1E6")

    # kolumn 3
    x3 = M + 2 * (colw + gap)
    y = box(x3, top, colw, "Rekommendationer", [
        Paragraph(hy("Erbjud svenska för yrkesändamål redan under rustningsfasen."), st_li,
                  bulletText="1."),
        Paragraph(hy("Låt arbetsgivarna medverka i urvalet till utbildningsspåren."), st_li,
                  bulletText="2."),
        Paragraph(hy("Samordna skjutsar och resebidrag för deltagare i Dalsland."), st_li,
                  bulletText="3."),
        Paragraph(hy("Följ upp deltagarna sex månader efter avslutad insats."), st_li,
                  bulletText="4."),
    ])
    y = box(x3, y, colw, "Nästa steg", [
        PP("Halvtidsrapporten lämnas till styrgruppen senast 2026-11-30. En andra "
           "intervjuomgång görs hösten 2027. Slutrapporten lämnas 2028-09-30."),
        PP("Kontakt: linnea.oberg@hv.example"),
    ])
    # fotnot längst ned
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.line(M, 19 * mm, M + 60 * mm, 19 * mm)
    fn = Paragraph(
        "* Andel av dem som avslutat insatsen. Jämförelsen med pilotens övriga tre områden "
        "avser Norrbotten, Östergötland och Skåne och bygger på Arbetsförmedlingens "
        "registerdata. Alla uppgifter är preliminära och avser perioden 2026-04-01–2026-10-31.",
        S("pfn", fontName=F["Sans"], fontSize=8.4, leading=10.4, alignment=TA_LEFT))
    fw, fh = fn.wrap(W - 2 * M, 20 * mm)
    fn.drawOn(c, M, 17 * mm - fh)
    c.showPage()
    c.save()


# =============================================================== main
FILES = {
    "forstudie": "fyrbodal_forstudie_kompetenscentrum_processindustri_2025.pdf",
    "overens": "overenskommelse_styrgrupp_PKF_rusta_matcha_2026-01-22.docx",
    "protokoll": "protokollsutdrag_direktionen_2026-03-12_par28.txt",
    "lagesbild": "lagesbild_rusta_och_matcha_fyrbodal.md",
    "delars": "delarsrapport_jan-aug_2026_PKF_pilot.docx",
    "poster": "poster_halvtidsutvardering_hogskolan_vast_2026-11.pdf",
}


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_forstudie(os.path.join(out, FILES["forstudie"]))
    make_overenskommelse(os.path.join(out, FILES["overens"]))
    make_protokoll(os.path.join(out, FILES["protokoll"]))
    make_lagesbild(os.path.join(out, FILES["lagesbild"]))
    make_delarsrapport(os.path.join(out, FILES["delars"]))
    make_poster(os.path.join(out, FILES["poster"]))
    for k in FILES.values():
        print(os.path.join(out, k))


if __name__ == "__main__":
    main()
