#!/usr/bin/env python3
"""Round r142 – six invented Swedish work documents (Region Sörmland / Arbetsförmedlingen Sörmland).

Run:  python3 r142_make_files.py OUT_DIR

Files written to OUT_DIR and their layout traits:

1. r142_verksamhetsplan_2027_kompetensforsorjning_region_sormland.pdf  (PDF, 5 pages)
   Annual operations plan with budget for Region Sörmland's unit for skills supply.
   Title block on page 1 (no cover page); running header from page 2 (unit name left,
   "Verksamhetsplan 2027" right, rule); footer "Region Sörmland · Dnr RS 2026/1187" left and
   "Sida N av M" right on every page; justified serif text with soft-hyphen hyphenation
   (words broken at line ends); numbered headings 1–5 with 1.1-style sub-headings;
   "Med X avses" definitions; a shaded, framed TEXT BOX "Nytt för 2027"; goals as a numbered
   list (Mål 1–4); indicator table (baseline 2025 / target 2027); activity table with
   full-width shaded goal rows inside the table; budget table in tkr (Utfall 2025,
   Budget 2026, Budget 2027) with Summa/Resultat rows; page-bottom footnotes (superscript
   markers, one marker inside a table cell).

2. r142_tjansteskrivelse_medfinansiering_omstallningslyft_oxelosund.docx  (DOCX, ~3 pages)
   Official memo (tjänsteskrivelse) to the regional development committee. The letterhead is a
   3×3 TABLE INSIDE THE WORD HEADER (date, diarienummer and handläggare live only there,
   page box "N (M)" built from PAGE / NUMPAGES fields); footer with the postal address; "Förslag till beslut" as a Word auto-numbered list
   (numbers not in the text); sections Sammanfattning, Bakgrund, Ärendet, Skäl för förslaget,
   Konsekvenser with sub-headings, a financing table (financiers × 2027–2029 + Totalt),
   Beslutsunderlag, "Beslutet skickas till" and a signature block.

3. r142_minnesanteckningar_teammote_af_nykoping_2026-11-03.txt  (TXT, UTF-8)
   Minutes of an internal Arbetsförmedlingen team meeting: key–value head (Datum, Tid, Plats,
   Närvarande, Frånvarande, Antecknare), numbered agenda items with "BESLUT:" lines, sub-bullets
   with "–", and an ASCII GRID TABLE (+----+ borders) of action points whose cells wrap over
   two text lines; "Nästa möte" line at the end.

4. r142_fragor_och_svar_introduktionsjobb_arbetsgivare.docx  (DOCX, ~3 pages)
   Employer FAQ about the support measure "introduktionsjobb": Word core title, a shaded
   single-cell "Snabbfakta" table, Heading 2 themes with questions as Heading 3, bullet lists,
   a worked-example calculation table, a real w:hyperlink, a local-contacts table and a
   "Ändrat i denna version" section; footer text.

5. r142_regional_analys_arbetsmarknaden_sormland_hosten_2026.pdf  (PDF, 4–5 pages)
   Regional labour-market analysis report (Rapport 2026:7). Page 1 has a narrower text frame
   and an absolutely drawn "Om rapporten" FACT BOX in the right margin; running header from
   page 2 and centred page numbers; numbered sections; figures written in running text;
   a horizontal BAR CHART (reportlab graphics, value labels) and a grouped column chart
   (quarters 2025/2026), each with caption "Diagram N.", "Källa:" line and an accessibility
   "Diagrambeskrivning" paragraph; a key-figure table; page-bottom footnotes; hyphenation.

6. r142_process_rekryteringstraff_checklista.md  (Markdown)
   Process description and checklist for recruitment meetings: metadata table, definitions,
   process overview as a code-block flow with relative deadlines (T–30 … T+30), steps as
   "### Steg N" headings with GitHub task lists "- [ ]", an OBS blockquote, a RACI table
   (R/A/C/I) and a change log.
"""
import os
import re
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, NextPageTemplate,
                                ListFlowable, ListItem, CondPageBreak)
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend

import docx
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------
FONT_DIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu"]


def _reg(name, files):
    for d in FONT_DIRS:
        for f in files:
            p = os.path.join(d, f)
            if os.path.exists(p):
                pdfmetrics.registerFont(TTFont(name, p))
                return True
    return False


HAVE_TTF = all([
    _reg("Serif", ["LiberationSerif-Regular.ttf", "DejaVuSerif.ttf"]),
    _reg("Serif-Bold", ["LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf"]),
    _reg("Serif-Italic", ["LiberationSerif-Italic.ttf", "DejaVuSerif-Italic.ttf"]),
    _reg("Sans", ["LiberationSans-Regular.ttf", "DejaVuSans.ttf"]),
    _reg("Sans-Bold", ["LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf"]),
    _reg("Sans-Italic", ["LiberationSans-Italic.ttf", "DejaVuSans-Oblique.ttf"]),
])
if HAVE_TTF:
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                       boldItalic="Serif-Bold")
    registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic",
                       boldItalic="Sans-Bold")
    SERIF, SERIF_B, SERIF_I = "Serif", "Serif-Bold", "Serif-Italic"
    SANS, SANS_B, SANS_I = "Sans", "Sans-Bold", "Sans-Italic"
else:  # fallback – standard fonts
    SERIF, SERIF_B, SERIF_I = "Times-Roman", "Times-Bold", "Times-Italic"
    SANS, SANS_B, SANS_I = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

# --------------------------------------------------------------------------------------------
# Helpers: soft-hyphen hyphenation, numbered canvas, footnotes
# --------------------------------------------------------------------------------------------
VOWELS = set("aeiouyåäöéAEIOUYÅÄÖÉ")
NO_HYPH = set()  # words that must never be broken (names etc.)


def _shy_word(w):
    if len(w) < 11 or w in NO_HYPH or w[0].isupper() and len(w) < 14:
        return w
    out = w[:4]
    for j in range(4, len(w) - 3):
        c = w[j]
        if c not in VOWELS and w[j - 1] in VOWELS and w[j + 1] in VOWELS:
            out += "\u00ad"
        out += c
    return out + w[len(w) - 3:]


def shy(text):
    """Insert soft hyphens into long words of the plain-text parts (not inside <tags>)."""
    parts = re.split(r"(<[^>]+>|&[a-z]+;)", text)
    res = []
    for p in parts:
        if p.startswith("<") or p.startswith("&"):
            res.append(p)
        else:
            res.append(re.sub(r"[A-Za-zÅÄÖåäöé]+", lambda m: _shy_word(m.group(0)), p))
    return "".join(res)


class NumberedCanvas(rl_canvas.Canvas):
    """Canvas that knows the total page count ("Sida N av M")."""
    footer_cb = None

    def __init__(self, *a, **kw):
        rl_canvas.Canvas.__init__(self, *a, **kw)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            if self.footer_cb:
                self.footer_cb(self, total)
            rl_canvas.Canvas.showPage(self)
        rl_canvas.Canvas.save(self)


def numbered_canvas(cb):
    return type("NC", (NumberedCanvas,), {"footer_cb": staticmethod(cb)})


class FootnoteAnchor(Flowable):
    """Zero-size flowable that registers a footnote for the page on which it is drawn."""

    def __init__(self, store, mark, text):
        Flowable.__init__(self)
        self.store, self.mark, self.text = store, mark, text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.store.setdefault(self.canv.getPageNumber(), []).append((self.mark, self.text))


def draw_footnotes(canv, store, x, y_top, width, font, size=7.5):
    notes = store.get(canv.getPageNumber(), [])
    if not notes:
        return
    canv.saveState()
    canv.setLineWidth(0.5)
    canv.line(x, y_top, x + 4 * cm, y_top)
    st = ParagraphStyle("fn", fontName=font, fontSize=size, leading=size + 2)
    y = y_top - 3
    for mark, text in notes:
        p = Paragraph(f"<super>{mark}</super> {text}", st)
        w, h = p.wrap(width, 200)
        p.drawOn(canv, x, y - h)
        y -= h + 1
    canv.restoreState()


def tbl(data, widths, style_cmds, repeat=1):
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle(style_cmds))
    return t


# ============================================================================================
# 1. Verksamhetsplan 2027 (PDF)
# ============================================================================================
def make_verksamhetsplan(path):
    fn_store = {}
    W, H = A4
    LM, RM, TM, BM = 2.4 * cm, 2.2 * cm, 2.4 * cm, 3.6 * cm
    body_w = W - LM - RM

    def on_page(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        if n > 1:
            canv.setFont(SANS, 8)
            canv.setFillColor(colors.HexColor("#3a4a5a"))
            canv.drawString(LM, H - 1.45 * cm,
                            "Enheten för kompetensförsörjning och arbetsmarknad")
            canv.drawRightString(W - RM, H - 1.45 * cm, "Verksamhetsplan 2027")
            canv.setStrokeColor(colors.HexColor("#7a8a9a"))
            canv.setLineWidth(0.6)
            canv.line(LM, H - 1.6 * cm, W - RM, H - 1.6 * cm)
        canv.restoreState()

    def on_page_end(canv, doc):
        draw_footnotes(canv, fn_store, LM, BM - 0.35 * cm, body_w, SERIF)

    def footer(canv, total):
        canv.saveState()
        canv.setFont(SANS, 8)
        canv.setStrokeColor(colors.HexColor("#7a8a9a"))
        canv.setLineWidth(0.4)
        canv.line(LM, 1.55 * cm, W - RM, 1.55 * cm)
        canv.drawString(LM, 1.1 * cm, "Region Sörmland · Dnr RS 2026/1187")
        canv.drawRightString(W - RM, 1.1 * cm, f"Sida {canv.getPageNumber()} av {total}")
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="Verksamhetsplan med budget 2027",
                          author="Region Sörmland, Regional utveckling",
                          subject="Enheten för kompetensförsörjning och arbetsmarknad")
    frame = Frame(LM, BM, body_w, H - TM - BM, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page,
                                       onPageEnd=on_page_end)])

    body = ParagraphStyle("body", fontName=SERIF, fontSize=10.5, leading=14, alignment=TA_JUSTIFY,
                          spaceAfter=6, embeddedHyphenation=1, hyphenationLang="sv_SE",
                          uriWasteReduce=0.3)
    h1 = ParagraphStyle("h1", fontName=SANS_B, fontSize=13.5, leading=17, spaceBefore=12,
                        spaceAfter=6, textColor=colors.HexColor("#1f3a5a"), keepWithNext=1)
    h2 = ParagraphStyle("h2", fontName=SANS_B, fontSize=11, leading=14, spaceBefore=8,
                        spaceAfter=4, textColor=colors.HexColor("#1f3a5a"), keepWithNext=1)
    small = ParagraphStyle("small", fontName=SANS, fontSize=8.5, leading=11)
    cell = ParagraphStyle("cell", fontName=SANS, fontSize=8.8, leading=11)
    cellb = ParagraphStyle("cellb", parent=cell, fontName=SANS_B)
    cellr = ParagraphStyle("cellr", parent=cell, alignment=TA_RIGHT)
    cellrb = ParagraphStyle("cellrb", parent=cellr, fontName=SANS_B)
    cap = ParagraphStyle("cap", fontName=SANS_B, fontSize=9, leading=12, spaceBefore=6,
                         spaceAfter=3, keepWithNext=1)
    title = ParagraphStyle("title", fontName=SANS_B, fontSize=21, leading=25,
                           textColor=colors.HexColor("#1f3a5a"), spaceAfter=4)
    sub = ParagraphStyle("sub", fontName=SANS, fontSize=12.5, leading=16, spaceAfter=12,
                         textColor=colors.HexColor("#3a4a5a"))

    def P(t, st=body):
        return Paragraph(shy(t), st)

    s = []
    # ---- title block (page 1)
    meta = tbl([
        [Paragraph("REGION SÖRMLAND", ParagraphStyle("rs", fontName=SANS_B, fontSize=10,
                                                      textColor=colors.white)),
         Paragraph("Regional utveckling", ParagraphStyle("ru", fontName=SANS, fontSize=9,
                                                         textColor=colors.white, alignment=TA_RIGHT))]
    ], [body_w / 2, body_w / 2], [("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1f3a5a")),
                                  ("TOPPADDING", (0, 0), (-1, -1), 6),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 6)], repeat=0)
    s += [meta, Spacer(1, 14),
          Paragraph("Verksamhetsplan med budget 2027", title),
          Paragraph("Enheten för kompetensförsörjning och arbetsmarknad", sub)]
    facts = tbl([
        [Paragraph("Fastställd", cellb), Paragraph("Regionala utvecklingsnämnden 19 november 2026, § 143", cell)],
        [Paragraph("Diarienummer", cellb), Paragraph("RS 2026/1187", cell)],
        [Paragraph("Dokumentägare", cellb), Paragraph("Helena Rask, enhetschef", cell)],
        [Paragraph("Giltighet", cellb), Paragraph("1 januari–31 december 2027", cell)],
    ], [3.4 * cm, body_w - 3.4 * cm], [
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b0bcc8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP")], repeat=0)
    s += [facts, Spacer(1, 8)]

    s.append(Paragraph("1 Inledning och uppdrag", h1))
    s.append(P(
        "Enheten för kompetensförsörjning och arbetsmarknad ingår i avdelningen för regional "
        "utveckling och arbetar på uppdrag av regionala utvecklingsnämnden. Enheten ska bidra "
        "till att länets arbetsgivare kan rekrytera den kompetens de behöver och till att fler "
        "sörmlänningar kommer i arbete. Uppdraget utgår från den regionala utvecklingsstrategin "
        "Sörmlandsstrategin 2040 och från regeringens årliga villkorsbeslut om regionalt "
        "tillväxtarbete. Enheten har 14 medarbetare, motsvarande 12,5 årsarbetare."))
    s.append(P(
        "Verksamhetsplanen beskriver enhetens mål, aktiviteter och budget för 2027. Den följs "
        "upp i delårsrapporten och i årsrapporten, se avsnitt 5. Planen har tagits fram av "
        "enhetens medarbetare under hösten 2026 och stämts av med Arbetsförmedlingen, "
        "Sörmlands kommuner och länets branschråd."))

    box_title = ParagraphStyle("bt", fontName=SANS_B, fontSize=10, leading=13,
                               textColor=colors.HexColor("#1f3a5a"))
    box_txt = ParagraphStyle("bx", fontName=SANS, fontSize=9, leading=12, leftIndent=10,
                             bulletIndent=0)
    box = Table([[[Paragraph("Nytt för 2027", box_title), Spacer(1, 3),
                   Paragraph("Enheten tar över samordningen av det regionala "
                             "kompetensrådet från den 1 januari 2027.", box_txt, bulletText="•"),
                   Paragraph("En ny tjänst som analytiker med inriktning på validering "
                             "(1,0 årsarbetare) inrättas från den 1 mars 2027.", box_txt,
                             bulletText="•"),
                   Paragraph("Enheten medfinansierar projektet Omställningslyft Oxelösund, "
                             "under förutsättning att nämnden fattar beslut om det.", box_txt,
                             bulletText="•"),
                   Paragraph("Budgeten för resor och konferenser sänks till 130 tkr.", box_txt,
                             bulletText="•")]]],
                colWidths=[body_w - 3 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.0, colors.HexColor("#1f3a5a")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8eef4")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (-1, -1), 7),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    box.hAlign = "CENTER"
    s += [Spacer(1, 4), box, Spacer(1, 8)]

    s.append(Paragraph("1.1 Begrepp", h2))
    s.append(P(
        "<b>Med kompetensförsörjning avses</b> de insatser som arbetsgivare, utbildningsanordnare "
        "och offentliga aktörer gör för att säkerställa att det finns personer med rätt kompetens "
        "för arbetsmarknadens behov, i dag och på sikt."))
    s.append(P(
        "<b>Med validering avses</b> en strukturerad bedömning, värdering, dokumentation och "
        "erkännande av kunskaper och kompetens som en person har, oavsett hur de förvärvats."))
    s.append(Paragraph(
        shy("<b>Med lokal kompetensplattform avses</b> en överenskommelse mellan en kommun, "
            "Arbetsförmedlingen och regionen om gemensam planering av utbildning och "
            "matchning i kommunen.") + "<super>1</super>", body))
    s.append(FootnoteAnchor(fn_store, "1",
                            "Överenskommelserna följer den mall som regionala kompetensrådet "
                            "antog den 12 maj 2025. Mallen revideras under 2027."))
    s.append(P(
        "<b>Med branschråd avses</b> ett återkommande forum där arbetsgivare, fack och "
        "utbildningsanordnare inom en bransch gemensamt bedömer kompetensbehoven."))

    s.append(Paragraph("2 Mål för 2027", h1))
    s.append(P(
        "Nämnden har fastställt fyra mål för enheten. Målen gäller för 2027 och följs upp med "
        "de indikatorer som redovisas i tabell 1."))
    goals = [
        "<b>Mål 1.</b> Fler sörmlänningar ska få sin kompetens validerad.",
        "<b>Mål 2.</b> Matchningen inom vård och omsorg, industri och transport ska förbättras.",
        "<b>Mål 3.</b> Alla nio kommuner i länet ska ha en aktiv lokal kompetensplattform.",
        "<b>Mål 4.</b> Kvinnor och män ska ta del av yrkesutbildning inom industrin på lika villkor.",
    ]
    s.append(ListFlowable([ListItem(Paragraph(g, body), leftIndent=18) for g in goals],
                          bulletType="1", bulletFontName=SERIF, bulletFontSize=10.5,
                          leftIndent=18))
    s.append(Paragraph("Tabell 1. Indikatorer, utgångsläge och målvärden", cap))
    ind = [
        [Paragraph("Mål", cellb), Paragraph("Indikator", cellb),
         Paragraph("Utgångsläge 2025", cellrb), Paragraph("Målvärde 2027", cellrb)],
        [Paragraph("1", cell), Paragraph("Antal genomförda valideringar i länet", cell),
         Paragraph("610", cellr), Paragraph("900", cellr)],
        [Paragraph("2", cell), Paragraph("Andel arbetsgivare som uppger rekryteringsproblem i "
                                         "arbetsgivarundersökningen", cell),
         Paragraph("64 %", cellr), Paragraph("55 %", cellr)],
        [Paragraph("3", cell), Paragraph("Antal kommuner med lokal överenskommelse om "
                                         "kompetensplattform", cell),
         Paragraph("6", cellr), Paragraph("9", cellr)],
        [Paragraph("4", cell), Paragraph("Andel kvinnor bland deltagarna i regional yrkesvux "
                                         "inom industri", cell),
         Paragraph("18 %", cellr), Paragraph("25 %", cellr)],
    ]
    s.append(tbl(ind, [1.2 * cm, body_w - 7.2 * cm, 3 * cm, 3 * cm], [
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(Paragraph("Källa: Region Sörmland, Valideringscentrum Sörmland och "
                       "Arbetsgivarundersökning Sörmland 2025.", small))

    s.append(Paragraph("3 Aktiviteter 2027", h1))
    s.append(P(
        "Tabell 2 visar de aktiviteter som enheten genomför för att nå målen. Varje aktivitet har "
        "en ansvarig medarbetare och ett datum då den senast ska vara genomförd. Ändringar i "
        "aktiviteterna beslutas av enhetschefen och redovisas för nämnden i delårsrapporten."))
    s.append(Paragraph("Tabell 2. Aktiviteter, ansvar och tidpunkter", cap))
    act = [[Paragraph("Nr", cellb), Paragraph("Aktivitet", cellb), Paragraph("Ansvarig", cellb),
            Paragraph("Klart senast", cellb)]]
    rows_style = []
    groups = [
        ("Mål 1 – Validering", [
            ("1.1", "Upphandla valideringsstöd för industrins yrken via Valideringscentrum Sörmland",
             "Jonas Lindqvist", "31 mars 2027"),
            ("1.2", "Informationskampanjen ”Visa vad du kan” i alla nio kommuner",
             "Sara Öberg", "30 september 2027")]),
        ("Mål 2 – Matchning", [
            ("2.1", "Genomföra Arbetsgivarundersökning Sörmland 2027", "Ali Hassan", "15 juni 2027"),
            ("2.2", "Leda branschrådet för vård och omsorg (fyra möten)", "Helena Rask",
             "1 december 2027")]),
        ("Mål 3 – Lokala kompetensplattformar", [
            ("3.1", "Teckna överenskommelser med Gnesta, Trosa och Vingåker", "Maria Nyström",
             "30 juni 2027"),
            ("3.2", "Gemensam plattformsdag med Arbetsförmedlingen", "Maria Nyström",
             "14 oktober 2027")]),
        ("Mål 4 – Jämställd yrkesutbildning", [
            ("4.1", "Kartlägga hinder för kvinnor att söka industriutbildning", "Ali Hassan",
             "31 maj 2027"),
            ("4.2", "Mentorprogrammet ”Hon bygger Sörmland”, andra omgången", "Sara Öberg",
             "30 november 2027")]),
    ]
    for gname, items in groups:
        r = len(act)
        act.append([Paragraph(gname, cellb), "", "", ""])
        rows_style += [("SPAN", (0, r), (-1, r)),
                       ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#dfe6ee"))]
        for nr, a, who, when in items:
            act.append([Paragraph(nr, cell), Paragraph(a, cell), Paragraph(who, cell),
                        Paragraph(when, cell)])
    s.append(tbl(act, [1.1 * cm, body_w - 7.6 * cm, 3.3 * cm, 3.2 * cm], [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a9aaa")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3a5a")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP")] + rows_style))
    s.append(Spacer(1, 6))
    s.append(P(
        "Arbetsgivarundersökningen genomförs vartannat år. Resultatet från undersökningen 2027 "
        "blir det första mätvärdet för mål 2 och jämförs med utgångsläget från 2025. "
        "Branschrådet för vård och omsorg lämnar sin rapport till nämnden senast den "
        "1 december 2027."))

    s.append(Paragraph("4 Budget 2027", h1))
    s.append(P(
        "Enhetens budget för 2027 omsluter 14 550 tkr och är i balans. Regionbidraget från "
        "nämnden ökar med 450 tkr jämfört med 2026, främst för den nya analytikertjänsten. "
        "Det statliga bidraget för det regionala kompetensförsörjningsarbetet minskar till "
        "2 000 tkr. Kostnaderna för köpta tjänster minskar eftersom analysen av länets "
        "kompetensbehov från och med 2027 görs inom enheten."))
    s.append(Paragraph("Tabell 3. Intäkter och kostnader, tkr", cap))
    budget = [
        ("Intäkter", None, None, None, "grp"),
        ("Regionbidrag från regionala utvecklingsnämnden", "9 850", "10 200", "10 650", ""),
        ("Statligt bidrag, regionalt kompetensförsörjningsarbete²", "2 400", "2 400", "2 000", ""),
        ("Projektintäkter ESF+", "1 120", "1 480", "1 900", ""),
        ("Summa intäkter", "13 370", "14 080", "14 550", "sum"),
        ("Kostnader", None, None, None, "grp"),
        ("Personal", "9 240", "9 820", "10 560", ""),
        ("Köpta tjänster (validering, analys)", "1 910", "2 150", "1 640", ""),
        ("Medfinansiering av projekt³", "800", "800", "1 200", ""),
        ("Lokaler och IT", "960", "990", "1 020", ""),
        ("Övrigt (resor, konferenser)", "420", "320", "130", ""),
        ("Summa kostnader", "13 330", "14 080", "14 550", "sum"),
        ("Resultat", "40", "0", "0", "sum"),
    ]
    bd = [[Paragraph("Post", cellb), Paragraph("Utfall 2025", cellrb),
           Paragraph("Budget 2026", cellrb), Paragraph("Budget 2027", cellrb)]]
    bst = []
    for lab, a, b, c, kind in budget:
        r = len(bd)
        if kind == "grp":
            bd.append([Paragraph(lab, cellb), "", "", ""])
            bst.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eef2f6")))
        else:
            lab_html = lab.replace("²", "<super>2</super>").replace("³", "<super>3</super>")
            stl, str_ = (cellb, cellrb) if kind == "sum" else (cell, cellr)
            bd.append([Paragraph(lab_html, stl), Paragraph(a, str_), Paragraph(b, str_),
                       Paragraph(c, str_)])
            if kind == "sum":
                bst.append(("LINEABOVE", (0, r), (-1, r), 0.6, colors.black))
    s.append(tbl(bd, [body_w - 7.8 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm], [
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP")] + bst))
    s.append(FootnoteAnchor(fn_store, "2",
                            "Statsbidraget för regionalt kompetensförsörjningsarbete är beslutat "
                            "till och med 2027. Nivån för 2028 och senare år är inte känd när "
                            "planen fastställs."))
    s.append(FootnoteAnchor(fn_store, "3",
                            "Av beloppet 2027 avser 1 000 tkr projektet Omställningslyft "
                            "Oxelösund (tjänsteskrivelse RS 2026/1342) och 200 tkr mentor"
                            "programmet Hon bygger Sörmland."))
    s.append(Spacer(1, 8))
    s.append(P(
        "Budgeten för 2028 och 2029 behandlas i regionens flerårsplan och ingår inte i denna "
        "verksamhetsplan. Om Svenska ESF-rådet inte beviljar projektet Omställningslyft "
        "Oxelösund används medlen för medfinansiering i stället till valideringsinsatser "
        "enligt mål 1."))

    s.append(Paragraph("5 Uppföljning och rapportering", h1))
    s.append(P(
        "Enheten följer upp verksamheten tre gånger per år. Uppföljningen redovisas enligt "
        "följande tidplan:"))
    follow = [
        "Tertialuppföljning per den 30 april lämnas till avdelningschefen senast den 20 maj 2027.",
        "Delårsrapport per den 31 augusti lämnas till nämnden den 22 september 2027.",
        "Årsrapport för 2027 lämnas till nämnden senast den 16 februari 2028.",
    ]
    s.append(ListFlowable([ListItem(P(f), leftIndent=18) for f in follow], bulletType="1",
                          bulletFontName=SERIF, bulletFontSize=10.5, leftIndent=18))
    s.append(Paragraph("5.1 Risker", h2))
    s.append(P(
        "Den största risken för 2027 är att personalomsättningen ökar när den nya analytiker"
        "tjänsten ska rekryteras samtidigt som enheten tar över kompetensrådet. En annan risk är "
        "att ESF-rådets beslut om Omställningslyft Oxelösund dröjer, vilket skulle försena "
        "aktiviteterna för mål 2. Enhetschefen redovisar riskerna löpande i ledningsgruppen."))
    s.append(Paragraph("5.2 Medarbetare och arbetsmiljö", h2))
    s.append(P(
        "Enhetens medarbetarenkät 2026 visade ett hållbart medarbetarengagemang (HME) på 81. "
        "Målet för 2027 är att behålla nivån. Varje medarbetare har ett utvecklingssamtal under "
        "första kvartalet och en uppföljning under hösten."))
    doc.build(s, canvasmaker=numbered_canvas(footer))


# ============================================================================================
# DOCX helpers
# ============================================================================================
def add_field(paragraph, instr):
    """Insert a Word field (PAGE, NUMPAGES …) with a cached result."""
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); run._r.append(b)
    run2 = paragraph.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    run2._r.append(it)
    run3 = paragraph.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); run3._r.append(s)
    paragraph.add_run("1")
    run5 = paragraph.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run5._r.append(e)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_borders(table, sz=4, color="808080"):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def add_hyperlink(paragraph, url, text):
    part = paragraph.part
    r_id = part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r"); rPr = OxmlElement("w:rPr")
    c = OxmlElement("w:color"); c.set(qn("w:val"), "0563C1"); rPr.append(c)
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rPr.append(u)
    r.append(rPr)
    t = OxmlElement("w:t"); t.text = text; t.set(qn("xml:space"), "preserve"); r.append(t)
    h.append(r)
    paragraph._p.append(h)


def cell_text(cell, text, bold=False, size=None, align=None):
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


# ============================================================================================
# 2. Tjänsteskrivelse (DOCX)
# ============================================================================================
def make_tjansteskrivelse(path):
    d = Document()
    d.core_properties.title = "Medfinansiering av projektet Omställningslyft Oxelösund 2027–2029"
    d.core_properties.author = "Maria Nyström"
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(4.2); sec.header_distance = Cm(1.0)

    # ---- letterhead table inside the header
    hdr = sec.header
    hdr.paragraphs[0].text = ""
    ht = hdr.add_table(rows=3, cols=3, width=Cm(16))
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(ht.cell(0, 0), "REGION SÖRMLAND", bold=True, size=13)
    cell_text(ht.cell(0, 1), "TJÄNSTESKRIVELSE", bold=True, size=11)
    pg = cell_text(ht.cell(0, 2), "", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_field(pg, "PAGE"); pg.add_run(" ("); add_field(pg, "NUMPAGES"); pg.add_run(")")
    for r in pg.runs:
        r.font.size = Pt(9)
    cell_text(ht.cell(1, 0), "Regional utveckling", size=9)
    cell_text(ht.cell(1, 1), "Datum: 2026-10-28", size=9)
    cell_text(ht.cell(1, 2), "Diarienummer: RS 2026/1342", size=9)
    cell_text(ht.cell(2, 0), "Enheten för kompetensförsörjning och arbetsmarknad", size=8)
    cell_text(ht.cell(2, 1), "Handläggare: Maria Nyström, utvecklingsstrateg", size=9)
    cell_text(ht.cell(2, 2), "Regionala utvecklingsnämnden", size=9)
    # the page box "N (M)" in the header is made of PAGE / NUMPAGES fields
    ftr = sec.footer.paragraphs[0]
    ftr.text = ("Region Sörmland · Regional utveckling · 611 88 Nyköping · "
                "Besöksadress: Repslagaregatan 19 · regionsormland.se")
    for r in ftr.runs:
        r.font.size = Pt(8)

    d.add_heading("Medfinansiering av projektet Omställningslyft Oxelösund 2027–2029", level=1)

    d.add_heading("Förslag till beslut", level=2)
    for t in [
        "Regionala utvecklingsnämnden beslutar att medfinansiera projektet Omställningslyft "
        "Oxelösund med högst 2 700 000 kronor under perioden 1 februari 2027–31 januari 2030.",
        "Medfinansieringen för 2027, 1 000 000 kronor, belastar enheten för kompetensförsörjning "
        "och arbetsmarknads budget för medfinansiering av projekt. Medfinansieringen för 2028 och "
        "2029 beaktas i arbetet med nämndens budget för respektive år.",
        "Medfinansieringen gäller under förutsättning att Svenska ESF-rådet beviljar projektet "
        "senast den 31 mars 2027.",
        "Regiondirektören får i uppdrag att teckna avtal om medfinansiering med Oxelösunds kommun.",
    ]:
        d.add_paragraph(t, style="List Number")

    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Oxelösunds kommun söker medel från Europeiska socialfonden (ESF+) för projektet "
        "Omställningslyft Oxelösund. Projektet ska ge personer som berörs av omställningen i "
        "stålindustrin och hos dess underleverantörer möjlighet att validera sin kompetens och "
        "utbilda sig till bristyrken i länet. Projektets totala budget är 14 200 000 kronor. "
        "Förvaltningen föreslår att Region Sörmland medfinansierar projektet med högst "
        "2 700 000 kronor fördelat på tre år.")

    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Stålverket i Oxelösund ställer om till fossilfri ståltillverkning. Masugnarna ersätts "
        "med en ljusbågsugn, vilket minskar behovet av arbetskraft. Under januari–oktober 2026 "
        "varslades 640 personer om uppsägning i Oxelösunds kommun, enligt Arbetsförmedlingen. "
        "Många av de berörda har lång erfarenhet men saknar formell utbildning som andra "
        "arbetsgivare efterfrågar.")
    d.add_paragraph(
        "Samtidigt har arbetsgivare i länet svårt att rekrytera. I Arbetsgivarundersökning "
        "Sörmland 2025 uppgav 64 procent av arbetsgivarna att de hade haft problem att "
        "rekrytera under det senaste året. Bristen är störst inom vård och omsorg, transport "
        "och industrins underhållsyrken.")

    d.add_heading("Ärendet", level=2)
    d.add_paragraph(
        "Projektet Omställningslyft Oxelösund drivs av Oxelösunds kommun i samverkan med "
        "Nyköpings kommun, Arbetsförmedlingen och Region Sörmland. Projektet pågår från den "
        "1 februari 2027 till den 31 januari 2030. Ansökan lämnades till Svenska ESF-rådet den "
        "15 oktober 2026 och beslut väntas i mars 2027.")
    d.add_paragraph("Projektet har följande mål:")
    for t in [
        "350 deltagare ska delta i projektet, varav minst 40 procent kvinnor.",
        "Minst 200 deltagare ska få en kompetens validerad mot en branschstandard.",
        "60 procent av deltagarna ska vara i arbete eller studier 90 dagar efter avslutat deltagande.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Projektet finansieras enligt tabellen nedan (kronor).")
    fin = [
        ("Finansiär", "2027", "2028", "2029", "Totalt"),
        ("Europeiska socialfonden (ESF+)", "2 600 000", "2 600 000", "1 900 000", "7 100 000"),
        ("Region Sörmland", "1 000 000", "1 000 000", "700 000", "2 700 000"),
        ("Oxelösunds kommun", "700 000", "700 000", "600 000", "2 000 000"),
        ("Nyköpings kommun", "400 000", "400 000", "400 000", "1 200 000"),
        ("Arbetsförmedlingen (personal)", "400 000", "400 000", "400 000", "1 200 000"),
        ("Summa", "5 100 000", "5 100 000", "4 000 000", "14 200 000"),
    ]
    t = d.add_table(rows=len(fin), cols=5)
    set_borders(t)
    for i, row in enumerate(fin):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, v, bold=(i == 0 or i == len(fin) - 1), size=9.5,
                      align=WD_ALIGN_PARAGRAPH.RIGHT if j else None)
            if i == 0:
                shade(c, "D9E2EC")
    d.add_paragraph(
        "Arbetsförmedlingens del utgörs av arbetstid för två handläggare på vardera 50 procent "
        "och redovisas som offentlig medfinansiering i annat än pengar.")

    d.add_heading("Skäl för förslaget", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att projektet ligger i linje med Sörmlandsstrategin 2040 och med "
        "enhetens mål om validering och matchning. Utan en gemensam insats riskerar många av "
        "de varslade att bli långtidsarbetslösa, samtidigt som länets arbetsgivare inte hittar "
        "personal. Regionens medfinansiering är en förutsättning för att ESF-rådet ska kunna "
        "bevilja projektet, eftersom utlysningen kräver minst 50 procent offentlig "
        "medfinansiering.")

    d.add_heading("Konsekvenser", level=2)
    d.add_heading("Ekonomiska konsekvenser", level=3)
    d.add_paragraph(
        "Kostnaden för 2027 ryms inom enhetens budget för medfinansiering av projekt, som "
        "uppgår till 1 200 tkr i verksamhetsplanen för 2027. Kostnaderna för 2028 och 2029, "
        "1 000 000 respektive 700 000 kronor, behöver beaktas i kommande budgetarbete. Om ESF-"
        "rådet avslår ansökan uppstår inga kostnader för regionen.")
    d.add_heading("Konsekvenser för jämställdhet", level=3)
    d.add_paragraph(
        "De varslade är till största delen män. Projektet har därför som mål att minst "
        "40 procent av deltagarna ska vara kvinnor, bland annat genom att rikta sig till "
        "anställda hos underleverantörer inom service och lokalvård.")
    d.add_heading("Barnrättsperspektivet", level=3)
    d.add_paragraph(
        "Förslaget bedöms inte påverka barn direkt. Indirekt kan barn påverkas positivt om "
        "föräldrar undviker långvarig arbetslöshet.")
    d.add_heading("Miljö och klimat", level=3)
    d.add_paragraph(
        "Projektet stöder omställningen till fossilfri ståltillverkning och bedöms inte ha "
        "några negativa miljökonsekvenser.")

    d.add_heading("Beslutsunderlag", level=2)
    for t in ["Denna tjänsteskrivelse, daterad 2026-10-28",
              "Projektansökan Omställningslyft Oxelösund, inlämnad 2026-10-15",
              "Verksamhetsplan med budget 2027, dnr RS 2026/1187"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Beslutet skickas till", level=2)
    d.add_paragraph("Oxelösunds kommun\nArbetsförmedlingen, Nyköping\nEkonomienheten, Region Sörmland")

    d.add_paragraph()
    sig = d.add_table(rows=2, cols=2)
    cell_text(sig.cell(0, 0), "Anna Berglund", bold=True)
    cell_text(sig.cell(1, 0), "Regional utvecklingsdirektör")
    cell_text(sig.cell(0, 1), "Maria Nyström", bold=True)
    cell_text(sig.cell(1, 1), "Utvecklingsstrateg")
    d.save(path)


# ============================================================================================
# 3. Minnesanteckningar teammöte (TXT)
# ============================================================================================
def ascii_grid(headers, rows, widths):
    """Grid table; each cell is a list of lines (wrapped cells)."""
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    out = [sep]

    def emit(cells):
        n = max(len(c) for c in cells)
        for i in range(n):
            out.append("| " + " | ".join((c[i] if i < len(c) else "").ljust(w)
                                         for c, w in zip(cells, widths)) + " |")
    emit([[h] for h in headers]); out.append(hsep)
    for r in rows:
        emit(r); out.append(sep)
    return "\n".join(out)


def make_minutes(path):
    actions = ascii_grid(
        ["Nr", "Åtgärd", "Ansvarig", "Klart"],
        [
            [["1"], ["Handlägga inkomna ansökningar om", "introduktionsjobb (tis + tors)"],
             ["Amira Saleh,", "Per Gustafsson"], ["30 nov 2026"]],
            [["2"], ["Kontakta Maria Nyström, Region", "Sörmland, om AF:s roll i projektet"],
             ["Lena Ek"], ["10 nov 2026"]],
            [["3"], ["Publicera annons för rekryterings-", "träffen i Platsbanken"],
             ["Amira Saleh"], ["18 nov 2026"]],
            [["4"], ["Boka lokal och fika för träffen", "(högst 5 000 kr)"],
             ["Jesper Holm"], ["20 nov 2026"]],
            [["5"], ["Ta fram förslag på fördelning av", "ärenden inför APT"],
             ["Lena Ek"], ["1 dec 2026"]],
            [["6"], ["Skicka kallelser till utvalda", "arbetssökande"],
             ["Amira Saleh"], ["2 dec 2026"]],
        ],
        [2, 34, 15, 11])

    text = f"""ARBETSFÖRMEDLINGEN
Team Arbetsgivarsamverkan Nyköping–Oxelösund–Trosa

MINNESANTECKNINGAR – TEAMMÖTE
==============================

Datum:        tisdag 3 november 2026
Tid:          09.00–10.30
Plats:        rum Stjärnholm, Nyköpingskontoret, samt Teams
Ordförande:   Lena Ek, teamledare
Antecknare:   Jesper Holm
Närvarande:   Lena Ek, Amira Saleh, Per Gustafsson, Jesper Holm, Nadia Karlsson,
              Olof Berg (Oxelösund, via Teams)
Frånvarande:  Sofia Lind (föräldraledig)


1. Föregående minnesanteckningar
   Anteckningarna från den 20 oktober godkändes utan ändringar.

2. Läget för introduktionsjobb
   – Sedan den 1 september har teamet fattat 23 beslut om introduktionsjobb: 11 i Nyköping,
     9 i Oxelösund och 3 i Trosa.
   – Det finns 14 ansökningar som ännu inte är beslutade. Handläggningstiden är i median
     13 arbetsdagar, vilket är längre än målet på 10 arbetsdagar.
   – Per påpekade att många ansökningar kommer in ofullständiga, oftast saknas uppgift om
     kollektivavtal eller handledare.
   BESLUT: Amira Saleh och Per Gustafsson avsätter tisdagar och torsdagar till och med
   den 30 november för att arbeta ikapp ansökningarna. Övriga i teamet tar deras
   arbetsgivarbesök under den perioden.

3. Omställningslyft Oxelösund
   – Region Sörmland har skrivit en tjänsteskrivelse om medfinansiering som behandlas av
     regionala utvecklingsnämnden den 19 november.
   – Arbetsförmedlingens insats i projektet är planerad till två handläggare på 50 procent
     vardera. Vilka personer det blir är inte bestämt; det avgörs av sektionschefen.
   – Olof berättade att frågorna från de varslade i Oxelösund främst gäller validering och
     möjligheten att studera med bibehållen ersättning.
   BESLUT: Lena Ek kontaktar Maria Nyström på Region Sörmland för att klargöra
   Arbetsförmedlingens roll innan nämndens sammanträde.

4. Rekryteringsträff logistik i Nyköping den 9 december
   – Sex arbetsgivare har anmält intresse, tillsammans omkring 40 lediga tjänster som
     lagerarbetare, truckförare och terminalarbetare.
   – Träffen hålls i Nyköpings bibliotek, hörsalen, kl. 13.00–16.00.
   – Enligt processen för rekryteringsträffar ska annonsen publiceras senast T–21, det vill
     säga den 18 november.
   BESLUT: Sista anmälningsdag för arbetssökande är den 25 november. Urvalet görs
   den 26–27 november av Amira Saleh och Nadia Karlsson.

5. Arbetsmiljö
   – Flera i teamet upplever hög arbetsbelastning sedan introduktionsjobben infördes.
   – Lena tar upp frågan på nästa APT och tar fram ett förslag på ny fördelning av ärenden.

6. Övrigt
   – Julfika onsdag 16 december kl. 15.00 i fikarummet.
   – Nadia går en utbildning i validering den 12–13 november och är inte på plats då.


ÅTGÄRDSPUNKTER
--------------
{actions}


Nästa möte: tisdag 17 november 2026 kl. 09.00, rum Stjärnholm och Teams.

/Jesper Holm
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ============================================================================================
# 4. FAQ introduktionsjobb för arbetsgivare (DOCX)
# ============================================================================================
def make_faq(path):
    d = Document()
    d.core_properties.title = "Introduktionsjobb – frågor och svar för arbetsgivare"
    d.core_properties.author = "Arbetsförmedlingen Sörmland"
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    fp = sec.footer.paragraphs[0]
    fp.text = "Arbetsförmedlingen · Fakta för arbetsgivare · Version 3, 1 oktober 2026"
    fp.runs[0].font.size = Pt(8)

    d.add_heading("Introduktionsjobb – frågor och svar för arbetsgivare", level=1)
    d.add_paragraph(
        "Här har vi samlat de vanligaste frågorna från arbetsgivare om introduktionsjobb. "
        "Svaren gäller för anställningar som påbörjas från och med den 1 oktober 2026.")

    box = d.add_table(rows=1, cols=1)
    c = box.cell(0, 0); shade(c, "E2EFDA"); set_borders(box, sz=8, color="548235")
    cell_text(c, "Snabbfakta", bold=True, size=11)
    for line in ["Stöd: 80 procent av lönekostnaden, högst 20 000 kronor per månad",
                 "Stödtid: högst 12 månader, kan förlängas med 12 månader",
                 "Ansökan: innan anställningen börjar, via Arbetsförmedlingens e-tjänst",
                 "Utbetalning: månadsvis i efterskott efter rekvisition"]:
        p = c.add_paragraph("▪ " + line)
        p.runs[0].font.size = Pt(9.5)
    d.add_paragraph()

    def q(text):
        d.add_heading(text, level=3)

    def a(text):
        return d.add_paragraph(text)

    def bullets(items):
        for t in items:
            d.add_paragraph(t, style="List Bullet")

    d.add_heading("Om stödet", level=2)
    q("Vad är ett introduktionsjobb?")
    a("Ett introduktionsjobb är en anställning där arbetsgivaren får ekonomiskt stöd från "
      "Arbetsförmedlingen för att anställa en person som har varit utan arbete länge eller "
      "som är ny i Sverige. Syftet är att personen ska få arbetslivserfarenhet och en väg "
      "in på arbetsmarknaden. Sedan den 1 oktober 2026 ersätter introduktionsjobb "
      "nystartsjobb och etableringsjobb vid nya beslut. Beslut om nystartsjobb som redan "
      "har fattats gäller till och med beslutets slutdatum.")
    q("Hur mycket stöd kan vi få?")
    a("Stödet är 80 procent av lönekostnaden. Stödet beräknas på en lönekostnad på högst "
      "25 000 kronor per månad, vilket innebär att stödet kan bli högst 20 000 kronor per "
      "månad för en heltidsanställning. Med lönekostnad avses bruttolön och lagstadgade "
      "arbetsgivaravgifter. Vid deltid minskas beloppen i förhållande till arbetstiden.")
    d.add_paragraph("Exempel på beräkning vid heltid:")
    ex = [("Månadslön", "23 000 kr"),
          ("Arbetsgivaravgifter 31,42 %", "7 227 kr"),
          ("Lönekostnad", "30 227 kr"),
          ("Stödgrundande lönekostnad (tak)", "25 000 kr"),
          ("Stöd per månad (80 procent av 25 000 kr)", "20 000 kr")]
    t = d.add_table(rows=len(ex), cols=2); set_borders(t)
    for i, (k, v) in enumerate(ex):
        cell_text(t.cell(i, 0), k, bold=(i == len(ex) - 1))
        cell_text(t.cell(i, 1), v, bold=(i == len(ex) - 1), align=WD_ALIGN_PARAGRAPH.RIGHT)
    q("Hur länge får vi stödet?")
    a("Stödet lämnas i högst 12 månader. Det kan förlängas med ytterligare högst 12 månader "
      "om den anställda kombinerar arbetet med studier i svenska för invandrare (sfi) eller "
      "annan utbildning som Arbetsförmedlingen har godkänt. Under förlängningen är stödet "
      "50 procent av lönekostnaden, högst 12 500 kronor per månad.")

    d.add_heading("Vem kan anställas?", level=2)
    q("Vilka personer kan anställas med introduktionsjobb?")
    a("Personen ska ha fyllt 20 år och uppfylla ett av följande villkor:")
    bullets(["ha varit inskriven som arbetslös hos Arbetsförmedlingen under minst 12 av de "
             "senaste 15 månaderna, eller",
             "vara nyanländ och ha fått uppehållstillstånd under de senaste 36 månaderna."])
    a("Arbetsförmedlingen prövar i varje ärende att personen uppfyller villkoren. Stöd lämnas "
      "inte för en person som redan är anställd hos arbetsgivaren eller som har varit anställd "
      "där under de senaste 12 månaderna.")
    q("Kan introduktionsjobb kombineras med andra stöd?")
    a("Nej, inte för samma person och samma tid. Introduktionsjobb kan inte kombineras med "
      "lönebidrag, nystartsjobb eller stöd för yrkesintroduktion. Däremot kan den anställda "
      "delta i utbildning på arbetstid, till exempel sfi, om arbetsgivaren och "
      "Arbetsförmedlingen har kommit överens om det.")

    d.add_heading("Krav på arbetsgivaren", level=2)
    q("Vilka krav ställs på oss som arbetsgivare?")
    bullets(["Lön och andra anställningsvillkor ska följa kollektivavtal eller vara likvärdiga "
             "med villkoren i ett kollektivavtal i branschen.",
             "Anställningen ska omfatta minst 50 procent av heltid.",
             "Ni får inte ha skulder för skatter eller avgifter hos Kronofogden.",
             "Ni får inte ha sagt upp personal på grund av arbetsbrist i samma verksamhet under "
             "de senaste nio månaderna.",
             "Ni ska utse en handledare som har tid att introducera och stödja den anställda."])

    d.add_heading("Ansökan och beslut", level=2)
    q("Hur ansöker vi?")
    p = a("Ni ansöker i e-tjänsten Ansök om stöd på ")
    add_hyperlink(p, "https://arbetsformedlingen.se/for-arbetsgivare", "arbetsformedlingen.se")
    p.add_run(". Ansökan ska komma in innan anställningen börjar. Stöd kan inte beviljas "
              "retroaktivt för tid innan Arbetsförmedlingen har fått ansökan.")
    q("Hur lång tid tar det att få beslut?")
    a("Arbetsförmedlingen har som mål att fatta beslut inom 10 arbetsdagar från att ansökan är "
      "komplett. Ofullständiga ansökningar tar längre tid. De vanligaste bristerna är att "
      "uppgift om kollektivavtal eller om handledare saknas.")

    d.add_heading("Utbetalning", level=2)
    q("Hur och när betalas stödet ut?")
    a("Stödet betalas ut i efterskott. Ni rekvirerar stödet varje månad i e-tjänsten Rekvirera "
      "stöd. Rekvisitionen ska ha kommit in till Arbetsförmedlingen senast tre månader efter "
      "utgången av den månad som stödet avser. Kommer den in senare förlorar ni rätten till "
      "stöd för den månaden.")
    q("Vad händer om anställningen upphör i förtid?")
    a("Ni ska meddela Arbetsförmedlingen inom 14 dagar om anställningen upphör eller om "
      "arbetstiden ändras. Stöd som har betalats ut felaktigt eller med för högt belopp "
      "kräver Arbetsförmedlingen tillbaka.")

    d.add_heading("Kontakt", level=2)
    a("Har ni frågor om ett pågående ärende kontaktar ni i första hand er handläggare. Lokala "
      "kontaktpersoner för arbetsgivare i Sörmland:")
    kon = [("Område", "Kontaktperson", "Team"),
           ("Nyköping, Oxelösund, Trosa", "Lena Ek", "Arbetsgivarsamverkan Nyköping–Oxelösund–Trosa"),
           ("Eskilstuna, Strängnäs, Gnesta", "Johan Berg", "Arbetsgivarsamverkan Eskilstuna"),
           ("Katrineholm, Flen, Vingåker", "Susanne Ahl", "Arbetsgivarsamverkan Katrineholm")]
    t = d.add_table(rows=len(kon), cols=3); set_borders(t)
    for i, row in enumerate(kon):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=9.5)
            if i == 0:
                shade(t.cell(i, j), "E2EFDA")

    d.add_heading("Ändrat i denna version", level=2)
    bullets(["Version 3 (1 oktober 2026): Introduktionsjobb ersätter nystartsjobb och "
             "etableringsjobb vid nya beslut. Taket för lönekostnaden höjs från 23 000 till "
             "25 000 kronor.",
             "Version 2 (1 mars 2026): Frågan om förlängning med studier har lagts till."])
    d.save(path)


# ============================================================================================
# 5. Regional analys (PDF)
# ============================================================================================
def make_analysis(path):
    fn_store = {}
    W, H = A4
    LM, RM, TM, BM = 2.2 * cm, 2.2 * cm, 2.3 * cm, 3.4 * cm
    full_w = W - LM - RM
    side_w = 5.0 * cm
    gap = 0.7 * cm
    narrow_w = full_w - side_w - gap

    body = ParagraphStyle("b", fontName=SANS, fontSize=9.8, leading=13.6, alignment=TA_JUSTIFY,
                          spaceAfter=6, embeddedHyphenation=1, hyphenationLang="sv_SE",
                          uriWasteReduce=0.3)
    h1 = ParagraphStyle("h1", fontName=SANS_B, fontSize=13, leading=16, spaceBefore=10,
                        spaceAfter=5, textColor=colors.HexColor("#7a1f3d"), keepWithNext=1)
    cap = ParagraphStyle("cap", fontName=SANS_B, fontSize=9, leading=12, spaceBefore=6,
                         spaceAfter=2, keepWithNext=1)
    src = ParagraphStyle("src", fontName=SANS_I, fontSize=8, leading=10, spaceAfter=4)
    desc = ParagraphStyle("desc", fontName=SANS, fontSize=8.6, leading=11.5, spaceAfter=8,
                          leftIndent=8, borderPadding=(4, 4, 4, 6), borderWidth=0,
                          backColor=colors.HexColor("#f4eef0"))
    bul = ParagraphStyle("bul", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3)
    cell = ParagraphStyle("c", fontName=SANS, fontSize=8.8, leading=11)
    cellr = ParagraphStyle("cr", parent=cell, alignment=TA_RIGHT)
    cellb = ParagraphStyle("cb", parent=cell, fontName=SANS_B)
    cellrb = ParagraphStyle("crb", parent=cellr, fontName=SANS_B)

    def P(t, st=body):
        return Paragraph(shy(t), st)

    def first_page(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#7a1f3d"))
        canv.rect(0, H - 1.2 * cm, W, 1.2 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(SANS_B, 9)
        canv.drawString(LM, H - 0.78 * cm, "REGION SÖRMLAND  |  ARBETSFÖRMEDLINGEN")
        canv.drawRightString(W - RM, H - 0.78 * cm, "Rapport 2026:7")
        # fact box in the right margin column, drawn absolutely
        x = W - RM - side_w
        ytop = H - TM - 4.2 * cm
        bt = ParagraphStyle("bt", fontName=SANS_B, fontSize=9.5, leading=12,
                            textColor=colors.HexColor("#7a1f3d"))
        bx = ParagraphStyle("bx", fontName=SANS, fontSize=8.2, leading=10.6, spaceAfter=3)
        parts = [Paragraph("Om rapporten", bt),
                 Paragraph("<b>Publicerad:</b> 20 november 2026", bx),
                 Paragraph("<b>Författare:</b> Ali Hassan, Region Sörmland, och Therese Lund, "
                           "Arbetsförmedlingen", bx),
                 Paragraph("<b>Data:</b> Arbetsförmedlingens statistik till och med "
                           "oktober 2026 samt SCB.", bx),
                 Paragraph("<b>Geografi:</b> Sörmlands län och dess nio kommuner.", bx),
                 Paragraph("<b>Nästa rapport:</b> maj 2027", bx)]
        hs = [p.wrap(side_w - 0.6 * cm, 500)[1] for p in parts]
        total_h = sum(hs) + 3 * len(parts) + 0.5 * cm
        canv.setFillColor(colors.HexColor("#f4eef0"))
        canv.setStrokeColor(colors.HexColor("#7a1f3d"))
        canv.setLineWidth(0.8)
        canv.rect(x, ytop - total_h, side_w, total_h, stroke=1, fill=1)
        y = ytop - 0.25 * cm
        for p, h in zip(parts, hs):
            p.drawOn(canv, x + 0.3 * cm, y - h)
            y -= h + 3
        canv.restoreState()

    def later_page(canv, doc):
        canv.saveState()
        canv.setFont(SANS, 8)
        canv.setFillColor(colors.HexColor("#7a1f3d"))
        canv.drawString(LM, H - 1.4 * cm, "Arbetsmarknaden i Sörmland hösten 2026")
        canv.drawRightString(W - RM, H - 1.4 * cm, "Regional analys · Rapport 2026:7")
        canv.setStrokeColor(colors.HexColor("#7a1f3d"))
        canv.line(LM, H - 1.55 * cm, W - RM, H - 1.55 * cm)
        canv.restoreState()

    def page_end(canv, doc):
        draw_footnotes(canv, fn_store, LM, BM - 0.3 * cm, full_w, SANS, size=7.3)
        canv.saveState()
        canv.setFont(SANS, 8.5)
        canv.drawCentredString(W / 2, 1.2 * cm, str(canv.getPageNumber()))
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="Arbetsmarknaden i Sörmland hösten 2026",
                          author="Region Sörmland och Arbetsförmedlingen")
    f1 = Frame(LM, BM, narrow_w, H - TM - BM, id="f1", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    f2 = Frame(LM, BM, full_w, H - TM - BM, id="f2", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[f1], onPage=first_page, onPageEnd=page_end),
        PageTemplate(id="later", frames=[f2], onPage=later_page, onPageEnd=page_end)])

    s = [NextPageTemplate("later")]
    s.append(Paragraph("Arbetsmarknaden i Sörmland hösten 2026",
                       ParagraphStyle("t", fontName=SANS_B, fontSize=20, leading=24,
                                      textColor=colors.HexColor("#7a1f3d"))))
    s.append(Paragraph("Regional analys av arbetslöshet, efterfrågan och kompetensbehov",
                       ParagraphStyle("st", fontName=SANS, fontSize=11.5, leading=15,
                                      spaceBefore=4, spaceAfter=14)))
    s.append(Paragraph("Sammanfattning", h1))
    for b in [
        "I oktober 2026 var 15 840 personer inskrivna som arbetslösa i Sörmlands län. Det "
        "motsvarar 10,4 procent av arbetskraften, en minskning från 10,9 procent ett år tidigare.",
        "Skillnaderna mellan kommunerna är stora, från 4,1 procent i Trosa till 13,6 procent i "
        "Eskilstuna.",
        "Efterfrågan på arbetskraft ökar. Under januari–september 2026 anmäldes 21 350 lediga "
        "platser, 6 procent fler än samma period 2025.",
        "Varslen har ökat kraftigt, särskilt i Oxelösund där omställningen i stålindustrin "
        "påverkar många anställda.",
        "Nästan hälften av de inskrivna arbetslösa har varit utan arbete i mer än tolv månader. "
        "Det tyder på att matchningsproblemen består trots att efterfrågan ökar.",
    ]:
        s.append(Paragraph(shy(b), bul, bulletText="•"))

    s.append(Paragraph("1 Inledning", h1))
    s.append(P(
        "Region Sörmland och Arbetsförmedlingen tar två gånger per år fram en gemensam analys "
        "av arbetsmarknaden i länet. Analysen ska ge ett underlag för planering av utbildning, "
        "matchning och regionala utvecklingsinsatser. Denna rapport beskriver läget hösten "
        "2026 och gör en bedömning av utvecklingen under 2027. Den bygger på Arbetsförmedlingens "
        "verksamhetsstatistik, SCB:s registerbaserade arbetsmarknadsstatistik och Arbetsgivar"
        "undersökning Sörmland 2025."))

    s.append(Paragraph("2 Arbetslösheten", h1))
    s.append(Paragraph(shy(
        "I slutet av oktober 2026 var 15 840 personer inskrivna som arbetslösa i länet") +
        "<super>1</super>" + shy(
        ", vilket motsvarar 10,4 procent av den registerbaserade arbetskraften i åldern 16–64 år. "
        "Ett år tidigare var 16 410 personer inskrivna som arbetslösa, eller 10,9 procent. "
        "Arbetslösheten har alltså minskat något, men den är fortfarande betydligt högre än i "
        "riket som helhet, där andelen var 6,9 procent i oktober 2026."), body))
    s.append(FootnoteAnchor(fn_store, "1",
                            "Med inskrivna arbetslösa avses öppet arbetslösa och sökande i "
                            "program med aktivitetsstöd enligt Arbetsförmedlingens definition."))
    s.append(P(
        "Av de inskrivna arbetslösa var 7 620 personer långtidsarbetslösa, det vill säga de hade "
        "varit utan arbete i mer än tolv månader. Det är 48 procent av samtliga inskrivna "
        "arbetslösa. Bland unga i åldern 18–24 år var 2 030 personer inskrivna som arbetslösa, "
        "vilket motsvarar 11,8 procent. Utrikes födda utgjorde 64 procent av de inskrivna "
        "arbetslösa."))
    s.append(P(
        "Arbetslösheten är högst i Eskilstuna, 13,6 procent, följt av Flen med 12,4 procent och "
        "Katrineholm med 11,2 procent. Lägst är den i Trosa, 4,1 procent, och Gnesta, "
        "5,8 procent. Fördelningen per kommun visas i diagram 1."))

    # ---- Diagram 1: horizontal bars
    munis = [("Eskilstuna", 13.6), ("Flen", 12.4), ("Katrineholm", 11.2), ("Sörmlands län", 10.4),
             ("Vingåker", 10.1), ("Oxelösund", 9.7), ("Nyköping", 8.3), ("Riket", 6.9),
             ("Strängnäs", 6.5), ("Gnesta", 5.8), ("Trosa", 4.1)]
    dw, dh = full_w, 8.2 * cm
    dr = Drawing(dw, dh)
    bc = HorizontalBarChart()
    bc.x, bc.y, bc.width, bc.height = 3.0 * cm, 0.8 * cm, dw - 4.2 * cm, dh - 1.2 * cm
    data = [v for _, v in reversed(munis)]
    bc.data = [data]
    bc.categoryAxis.categoryNames = [n for n, _ in reversed(munis)]
    bc.categoryAxis.labels.fontName = SANS
    bc.categoryAxis.labels.fontSize = 7.5
    bc.categoryAxis.labels.dx = -4
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 16, 2
    bc.valueAxis.labels.fontName = SANS
    bc.valueAxis.labels.fontSize = 7
    bc.valueAxis.visibleGrid = 1
    bc.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    bc.bars[0].fillColor = colors.HexColor("#7a1f3d")
    bc.bars.strokeColor = None
    for i, (n, _) in enumerate(reversed(munis)):
        if n in ("Sörmlands län", "Riket"):
            bc.bars[(0, i)].fillColor = colors.HexColor("#c9a0ae")
    bc.barLabelFormat = lambda v: f"{v:.1f}".replace(".", ",")
    bc.barLabels.fontName = SANS
    bc.barLabels.fontSize = 7
    bc.barLabels.nudge = 9
    dr.add(bc)
    s.append(Paragraph("Diagram 1. Inskrivna arbetslösa 16–64 år per kommun, oktober 2026, "
                       "procent av arbetskraften", cap))
    s.append(dr)
    s.append(Paragraph("Källa: Arbetsförmedlingen, bearbetning Region Sörmland.", src))
    s.append(Paragraph(shy(
        "<b>Diagrambeskrivning:</b> Liggande stapeldiagram med en stapel per kommun samt för "
        "länet och riket, sorterat från högst till lägst andel. Eskilstuna har den längsta "
        "stapeln med 13,6 procent och Trosa den kortaste med 4,1 procent. Sex av länets nio "
        "kommuner ligger över rikets nivå på 6,9 procent; Strängnäs, Gnesta och Trosa ligger "
        "under den."), desc))

    s.append(Paragraph("3 Efterfrågan på arbetskraft", h1))
    s.append(P(
        "Under de tre första kvartalen 2026 anmäldes 21 350 lediga platser till "
        "Arbetsförmedlingen i Sörmland. Det är 6 procent fler än under samma period 2025, då "
        "20 140 platser anmäldes. Ökningen var störst under andra kvartalet. Flest platser "
        "anmäldes inom vård och omsorg, 5 120, följt av transport och magasinering, 2 870, och "
        "tillverkning, 2 410. Logistiketableringarna i Eskilstuna och kring Nyköping bidrar "
        "till att efterfrågan inom transport ökar."))
    q25 = [6480, 7390, 6270, 5910]
    q26 = [6920, 7860, 6570, None]
    dr2 = Drawing(full_w, 6.6 * cm)
    vc = VerticalBarChart()
    vc.x, vc.y, vc.width, vc.height = 1.6 * cm, 0.9 * cm, full_w - 5.4 * cm, 5.2 * cm
    vc.data = [q25, [v if v else 0 for v in q26]]
    vc.categoryAxis.categoryNames = ["Kvartal 1", "Kvartal 2", "Kvartal 3", "Kvartal 4"]
    vc.categoryAxis.labels.fontName = SANS
    vc.categoryAxis.labels.fontSize = 7.5
    vc.valueAxis.valueMin, vc.valueAxis.valueMax, vc.valueAxis.valueStep = 0, 9000, 1000
    vc.valueAxis.labels.fontName = SANS
    vc.valueAxis.labels.fontSize = 7
    vc.valueAxis.labelTextFormat = lambda v: f"{int(v):,}".replace(",", " ")
    vc.bars[0].fillColor = colors.HexColor("#c9a0ae")
    vc.bars[1].fillColor = colors.HexColor("#7a1f3d")
    vc.bars.strokeColor = None
    vc.barLabelFormat = lambda v: (f"{int(v):,}".replace(",", " ") if v else "")
    vc.barLabels.fontName = SANS
    vc.barLabels.fontSize = 6.5
    vc.barLabels.nudge = 6
    dr2.add(vc)
    lg = Legend()
    lg.x, lg.y = full_w - 3.2 * cm, 4.6 * cm
    lg.fontName = SANS; lg.fontSize = 8
    lg.colorNamePairs = [(colors.HexColor("#c9a0ae"), "2025"), (colors.HexColor("#7a1f3d"), "2026")]
    dr2.add(lg)
    s.append(KeepTogether([
        Paragraph("Diagram 2. Nyanmälda lediga platser per kvartal i Sörmlands län, 2025 och 2026",
                  cap), dr2,
        Paragraph("Källa: Arbetsförmedlingen. Uppgift för kvartal 4 2026 saknas ännu.", src)]))
    s.append(Paragraph(shy(
        "<b>Diagrambeskrivning:</b> Stapeldiagram med två staplar per kvartal, en för 2025 och en "
        "för 2026. För vart och ett av de tre första kvartalen är stapeln för 2026 högre än för "
        "2025. Högst är andra kvartalet 2026 med 7 860 nyanmälda platser. För fjärde kvartalet "
        "finns endast 2025 års värde, 5 910 platser."), desc))
    s.append(Paragraph(shy(
        "Varslen om uppsägning har ökat kraftigt. Under januari–oktober 2026 varslades 1 380 "
        "personer i länet, jämfört med 910 under samma period 2025. Av de varslade under 2026 "
        "fanns 640 i Oxelösunds kommun, där stålindustrins omställning påverkar både stålverket "
        "och dess underleverantörer.") + "<super>2</super>", body))
    s.append(FootnoteAnchor(fn_store, "2",
                            "Ett varsel innebär inte att samtliga berörda sägs upp. Erfarenhets"
                            "mässigt leder ungefär hälften av de varslade tjänsterna till uppsägning."))

    s.append(Paragraph("Tabell 1. Nyckeltal för Sörmlands län, oktober 2025 och oktober 2026", cap))
    kt = [["Nyckeltal", "Okt 2025", "Okt 2026"],
          ["Inskrivna arbetslösa, antal", "16 410", "15 840"],
          ["Inskrivna arbetslösa, procent", "10,9", "10,4"],
          ["Långtidsarbetslösa (>12 mån), antal", "7 480", "7 620"],
          ["Unga 18–24 år, procent", "12,6", "11,8"],
          ["Varslade personer, januari–oktober", "910", "1 380"]]
    kd = [[Paragraph(r[0], cellb if i == 0 else cell)] +
          [Paragraph(v, cellrb if i == 0 else cellr) for v in r[1:]] for i, r in enumerate(kt)]
    s.append(tbl(kd, [full_w - 6 * cm, 3 * cm, 3 * cm], [
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f2f4")])]))
    s.append(Paragraph("Källa: Arbetsförmedlingen.", src))

    s.append(Paragraph("4 Kompetensbehov", h1))
    s.append(P(
        "I Arbetsgivarundersökning Sörmland 2025 uppgav 64 procent av arbetsgivarna att de hade "
        "haft problem att rekrytera under det senaste året. Nästa undersökning genomförs våren "
        "2027. De yrken där bristen bedöms vara störst i länet är:"))
    for y in ["undersköterskor och sjuksköterskor", "lastbilsförare och truckförare",
              "CNC-operatörer och underhållstekniker", "förskollärare", "elektriker"]:
        s.append(Paragraph(y, bul, bulletText="–"))
    s.append(P(
        "Samtidigt saknar många av de inskrivna arbetslösa en fullständig gymnasieutbildning. "
        "Det gäller särskilt bland långtidsarbetslösa och utrikes födda. Validering och "
        "kortare yrkesutbildningar inom regional yrkesvux är därför centrala insatser för att "
        "minska glappet mellan efterfrågan och utbud."))

    s.append(Paragraph("5 Utsikter för 2027", h1))
    s.append(Paragraph(shy(
        "Arbetsförmedlingen bedömer att arbetslösheten i Sörmland fortsätter att minska "
        "långsamt och når 10,0 procent i slutet av 2027") + "<super>3</super>" + shy(
        ". Efterfrågan väntas öka mest inom vård och omsorg samt transport. Varslen i Oxelösund "
        "innebär en risk för att arbetslösheten i den kommunen stiger under 2027, om inte de "
        "berörda snabbt får stöd till omställning. Insatser som projektet Omställningslyft "
        "Oxelösund kan minska den risken."), body))
    s.append(FootnoteAnchor(fn_store, "3",
                            "Prognosen bygger på Arbetsförmedlingens nationella prognos från "
                            "oktober 2026 och en regional bedömning av utvecklingen i länet."))
    doc.build(s)


# ============================================================================================
# 6. Processbeskrivning och checklista rekryteringsträff (Markdown)
# ============================================================================================
def make_process(path):
    text = """# Rekryteringsträff – processbeskrivning och checklista

| Uppgift | Värde |
|---|---|
| Dokumenttyp | Rutin |
| Gäller för | Arbetsförmedlingen, sektion Arbetsgivare Sörmland |
| Processägare | Karin Wallin, sektionschef Arbetsgivare Sörmland |
| Version | 2.1 |
| Gäller från | 2026-10-01 |
| Ersätter | Version 2.0 från 2025-03-01 |

## 1. Syfte och omfattning

Rutinen beskriver hur en rekryteringsträff planeras, genomförs och följs upp, så att
arbetsgivare och arbetssökande får samma kvalitet oavsett vilket kontor i Sörmland som
ordnar träffen. Rutinen gäller för alla rekryteringsträffar som Arbetsförmedlingen ordnar
i länet, både fysiska och digitala.

## 2. Begrepp

- **Rekryteringsträff** – ett tillfälle där en eller flera arbetsgivare träffar
  arbetssökande som Arbetsförmedlingen har förmatchat mot arbetsgivarnas lediga jobb.
- **Förmatchning** – Arbetsförmedlingens urval av arbetssökande vars kompetens motsvarar
  arbetsgivarens krav.
- **T** – dagen då rekryteringsträffen hålls. T–21 betyder 21 kalenderdagar före träffen.
- **Arbetsdagar** – måndag–fredag utom helgdagar. Anges uttryckligen där det gäller;
  annars avses kalenderdagar.

## 3. Förutsättningar

En rekryteringsträff får ordnas när följande är uppfyllt:

1. Minst två arbetsgivare deltar, eller en arbetsgivare med minst tio lediga tjänster.
2. Antalet inbjudna arbetssökande är minst 15 och högst 60.
3. Lokalen är tillgänglig för personer med funktionsnedsättning.
4. Kostnaden för lokal och fika är högst 5 000 kronor per träff. Teamledaren beslutar om
   kostnaden.

## 4. Processen i översikt

```
Behovsanalys  ->  Annons  ->  Förmatchning  ->  Kallelse  ->  Påminnelse  ->  Träff  ->  Återkoppling  ->  Uppföljning
   T–30          T–21         T–14             T–7          T–2            T        T+5 arbetsdagar     T+30
```

## 5. Steg för steg

### Steg 1 – Behovsanalys (senast T–30)

- [ ] Boka ett behovsmöte med varje arbetsgivare.
- [ ] Dokumentera yrken, antal tjänster, krav och önskat startdatum i ärendet.
- [ ] Bestäm datum, tid och plats för träffen.
- [ ] Kontrollera att förutsättningarna i avsnitt 3 är uppfyllda.

### Steg 2 – Annonsering (senast T–21)

- [ ] Publicera en annons om träffen i Platsbanken.
- [ ] Märk annonsen med ordet "Rekryteringsträff" i rubriken.
- [ ] Sprid annonsen till kommunernas arbetsmarknadsenheter och till rustande insatser.

### Steg 3 – Förmatchning och urval (T–14)

- [ ] Stäng anmälan för arbetssökande.
- [ ] Gör urvalet tillsammans med minst en kollega. Urvalet ska vara klart senast T–10.
- [ ] Skicka listan med utvalda till arbetsgivarna för kännedom.

> **OBS!** Urvalet får bara bygga på de krav som arbetsgivaren har angett i behovsanalysen.
> Uppgifter om kön, ålder, etnisk tillhörighet eller funktionsnedsättning får aldrig
> användas vid urvalet.

### Steg 4 – Kallelse (T–7) och påminnelse (T–2)

- [ ] Skicka kallelse med tid, plats, vägbeskrivning och vad den sökande ska ta med.
- [ ] Skicka en påminnelse via sms två dagar före träffen.
- [ ] Meddela arbetsgivarna antalet bekräftade deltagare.

### Steg 5 – Genomförande (T)

- [ ] Var på plats minst en timme före start.
- [ ] Registrera närvaro på deltagarlistan.
- [ ] Se till att varje arbetsgivare får presentera sig i högst tio minuter innan
      samtalen börjar.

### Steg 6 – Återkoppling (senast T+5 arbetsdagar)

- [ ] Hämta arbetsgivarnas besked om vilka sökande som går vidare.
- [ ] Ge alla deltagare återkoppling senast fem arbetsdagar efter träffen, även de som inte
      går vidare.

### Steg 7 – Uppföljning (T+30)

- [ ] Följ upp hur många deltagare som har fått anställning.
- [ ] Registrera resultatet i ärendehanteringssystemet med aktivitetskoden RT-SÖRM.
- [ ] Skicka en kort utvärdering till arbetsgivarna.

Målet är att minst 25 procent av deltagarna ska ha fått en anställning inom 30 dagar
efter träffen.

## 6. Ansvarsfördelning (RACI)

R = utför, A = ansvarar för resultatet, C = rådfrågas, I = informeras

| Aktivitet | Handläggare | Teamledare | Sektionschef | Arbetsgivare |
|---|---|---|---|---|
| Behovsanalys | R | A | I | C |
| Beslut om kostnad för lokal och fika | C | A, R | I | – |
| Annonsering | R | A | – | C |
| Förmatchning och urval | R | A | – | I |
| Kallelse och påminnelse | R | A | – | I |
| Genomförande | R | A | – | R |
| Återkoppling till deltagare | R | A | – | C |
| Uppföljning och registrering | R | A | I | C |
| Revidering av rutinen | C | C | A, R | – |

## 7. Vanliga fel

- Annonsen publiceras för sent, vilket ger för få sökande.
- Återkoppling ges bara till dem som går vidare.
- Resultatet registreras inte med aktivitetskoden, vilket gör att träffen inte syns i
  uppföljningen.

## Ändringslogg

| Version | Datum | Ändring |
|---|---|---|
| 2.1 | 2026-10-01 | Återkoppling senast T+5 arbetsdagar (tidigare T+10). Ny aktivitetskod RT-SÖRM. |
| 2.0 | 2025-03-01 | RACI-tabell införd. Kostnadstaket höjt från 3 000 till 5 000 kronor. |
| 1.0 | 2023-09-15 | Första versionen. |
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ============================================================================================
def main():
    if len(sys.argv) != 2:
        print("usage: python3 r142_make_files.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    jobs = [
        ("r142_verksamhetsplan_2027_kompetensforsorjning_region_sormland.pdf", make_verksamhetsplan),
        ("r142_tjansteskrivelse_medfinansiering_omstallningslyft_oxelosund.docx", make_tjansteskrivelse),
        ("r142_minnesanteckningar_teammote_af_nykoping_2026-11-03.txt", make_minutes),
        ("r142_fragor_och_svar_introduktionsjobb_arbetsgivare.docx", make_faq),
        ("r142_regional_analys_arbetsmarknaden_sormland_hosten_2026.pdf", make_analysis),
        ("r142_process_rekryteringstraff_checklista.md", make_process),
    ]
    for name, fn in jobs:
        p = os.path.join(out, name)
        fn(p)
        print("wrote", p)


if __name__ == "__main__":
    main()
