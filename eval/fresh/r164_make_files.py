#!/usr/bin/env python3
"""r164_make_files.py OUT_DIR

Writes six synthetic but realistic Swedish documents about one theme --
the regional business-support scheme "Kompetenscheck Sörmland 2026"
(Region Sörmland, handled by Almi Företagspartner Mälardalen) -- into OUT_DIR:

  kompetenscheck_villkor_2026_v1-0.pdf        terms v1.0, two columns, hyphenation, footnotes
  RUN_protokoll_2026-05-20.docx               committee minutes, § items in a two-column table
  uppfoljning_kompetenscheck_T2_2026.pdf      follow-up report with tiles, tables, chart, errata box
  mejl_omgang2_driftstopp.txt                 Outlook-printed e-mail thread with inline answers
  rutin_handlaggning_kompetenscheck.md        internal routine with mermaid flow, tables, task list
  overenskommelse_almi_handlaggning_2026.docx agreement with numbered clauses and a RACI annex

All people, e-mail addresses and figures are invented.  Nothing is written
outside OUT_DIR.  Fixed seed; output is deterministic.
"""
import io
import os
import random
import sys

random.seed(164)

from reportlab import rl_config
rl_config.invariant = 1  # byte-identical PDFs on every run

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame,
                                FrameBreak, KeepTogether, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.charts.barcharts import HorizontalBarChart

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

# --------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------

def _register_family(alias, folder, files):
    paths = [os.path.join(folder, f) for f in files]
    if not all(os.path.exists(p) for p in paths):
        return False
    names = [alias, alias + "-Bold", alias + "-Italic", alias + "-BoldItalic"]
    for n, p in zip(names, paths):
        pdfmetrics.registerFont(TTFont(n, p))
    pdfmetrics.registerFontFamily(alias, normal=names[0], bold=names[1],
                                  italic=names[2], boldItalic=names[3])
    return True


def setup_fonts():
    lib = "/usr/share/fonts/truetype/liberation"
    dv = "/usr/share/fonts/truetype/dejavu"
    sans = serif = None
    if _register_family("Sans", lib, ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                      "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"]):
        sans = "Sans"
    elif _register_family("Sans", dv, ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                                       "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"]):
        sans = "Sans"
    if _register_family("Serif", lib, ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                       "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"]):
        serif = "Serif"
    elif _register_family("Serif", dv, ["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                                        "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"]):
        serif = "Serif"
    if sans is None:
        sans_f = ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    else:
        sans_f = ("Sans", "Sans-Bold", "Sans-Italic")
    if serif is None:
        serif_f = ("Times-Roman", "Times-Bold", "Times-Italic")
    else:
        serif_f = ("Serif", "Serif-Bold", "Serif-Italic")
    return sans_f, serif_f


SANS, SERIF = setup_fonts()

# --------------------------------------------------------------------------
# A crude Swedish hyphenator (compound heads + consonant-before-vowel rule)
# --------------------------------------------------------------------------
VOWELS = set("aeiouyåäöéAEIOUYÅÄÖÉ")
HEADS = ["sörmlands", "över", "kompetens", "utbildnings", "ansöknings", "utvecklings", "regionala",
         "stöd", "företags", "närings", "arbets", "slut", "personuppgifts",
         "handläggnings", "prioriterings", "omställnings", "lönekostnad",
         "utbildning", "mervärdes", "sammanträdes", "utbetalnings", "deltagar"]
NO_SPLIT = {"ch", "ck", "sk", "ng", "sj", "tj", "kj", "ph", "th", "st"}


ONSETS = ("str", "spr", "skr", "spl", "kl", "pl", "bl", "fl", "gl", "kr", "pr", "br", "fr",
          "gr", "tr", "dr", "sk", "st", "sp", "sl", "sm", "sn", "sv")


def hyphen_points(word):
    lw = word.lower()
    pts = set()
    heads = set()
    for h in HEADS:
        if lw.startswith(h) and len(lw) - len(h) >= 3:
            heads.add(len(h))
    for i in range(3, len(word) - 2):
        c, nxt, prev = lw[i], lw[i + 1], lw[i - 1]
        if not (c.isalpha() and prev.isalpha()) or c in VOWELS:
            continue
        if nxt in VOWELS:
            # single consonant before a vowel starts the next syllable,
            # unless it closes a consonant onset (k-l, s-t-r ...)
            if lw[i - 1:i + 1] in NO_SPLIT or any(lw[i - len(o) + 1:i + 1] == o for o in ONSETS if len(o) <= i):
                continue
            pts.add(i)
        elif prev in VOWELS or prev not in "s":
            # an onset cluster followed by a vowel may start the syllable
            for o in ONSETS:
                if lw.startswith(o, i) and i + len(o) < len(lw) and lw[i + len(o)] in VOWELS \
                        and prev not in VOWELS and len(o) >= 2 and len(lw) - i >= 3:
                    pts.add(i)
    pts = {p for p in pts if p - 1 not in heads and p + 1 not in heads} | heads
    return sorted(pts, reverse=True)


def sv_hyphenator(word):
    for i in hyphen_points(word):
        yield word[:i], word[i:]


# --------------------------------------------------------------------------
# Shared PDF helpers
# --------------------------------------------------------------------------

class FNote(Flowable):
    """Zero-size flowable that registers a footnote for the page it lands on."""

    def __init__(self, store, num, text):
        super().__init__()
        self.store, self.num, self.text = store, num, text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.store.setdefault(self.canv.getPageNumber(), []).append((self.num, self.text))


def draw_footnotes(canv, store, x, y_top, width, size=7.2):
    notes = store.get(canv.getPageNumber(), [])
    if not notes:
        return
    st = ParagraphStyle("fn", fontName=SERIF[0], fontSize=size, leading=size * 1.22,
                        leftIndent=7, firstLineIndent=-7)
    canv.saveState()
    canv.setLineWidth(0.5)
    canv.line(x, y_top, x + 45 * mm, y_top)
    y = y_top - 3
    for num, text in notes:
        p = Paragraph("<super>%s</super> %s" % (num, text), st)
        w, h = p.wrap(width, 200)
        p.drawOn(canv, x, y - h)
        y -= h + 1.5
    canv.restoreState()


def two_pass_build(build_fn, path):
    """build_fn(target, total_pages) -> number of pages"""
    n = build_fn(io.BytesIO(), 99)
    build_fn(path, n)


# --------------------------------------------------------------------------
# 1. Villkor v1.0 (PDF, two columns)
# --------------------------------------------------------------------------
GREEN = colors.HexColor("#1f5f4a")
LIGHTGREEN = colors.HexColor("#e6f0ea")


def make_villkor(path):
    W, H = A4
    L, R = 20 * mm, 20 * mm
    gut = 7 * mm
    colw = (W - L - R - gut) / 2
    top_later = H - 27 * mm
    bottom = 17 * mm + 26 * mm      # footer + footnote zone
    title_h = 74 * mm
    top_first = H - 38 * mm

    body = ParagraphStyle("b", fontName=SERIF[0], fontSize=9.6, leading=12.3,
                          alignment=TA_JUSTIFY, spaceAfter=4.2,
                          hyphenationLang=sv_hyphenator, embeddedHyphenation=1,
                          uriWasteReduce=0, hyphenationMinWordLength=7)
    bullet = ParagraphStyle("bl", parent=body, leftIndent=10, firstLineIndent=0,
                            bulletIndent=1, spaceAfter=1.8)
    h1 = ParagraphStyle("h1", fontName=SANS[1], fontSize=11.2, leading=14,
                        textColor=GREEN, spaceBefore=7, spaceAfter=3.5, keepWithNext=1)
    h2 = ParagraphStyle("h2", fontName=SANS[1], fontSize=9.6, leading=12,
                        spaceBefore=4, spaceAfter=2, keepWithNext=1)
    cap = ParagraphStyle("cap", fontName=SANS[1], fontSize=8, leading=10, spaceBefore=3, spaceAfter=2)
    cell = ParagraphStyle("c", fontName=SANS[0], fontSize=7.8, leading=9.4)
    cellb = ParagraphStyle("cb", parent=cell, fontName=SANS[1])
    small = ParagraphStyle("s", fontName=SANS[0], fontSize=7.6, leading=9.4)

    def build(target, total):
        notes = {}
        fn_counter = [0]

        def P(text, st=body):
            return Paragraph(text, st)

        def fn(text):
            fn_counter[0] += 1
            n = fn_counter[0]
            return "<super>%d</super>" % n, FNote(notes, n, text)

        def header_footer(canv, doc, first):
            canv.saveState()
            pg = canv.getPageNumber()
            if first:
                # logo
                canv.setFillColor(GREEN)
                canv.circle(L + 5 * mm, H - 19 * mm, 5 * mm, stroke=0, fill=1)
                canv.setFillColor(colors.white)
                canv.setFont(SANS[1], 9)
                canv.drawCentredString(L + 5 * mm, H - 20.2 * mm, "RS")
                canv.setFillColor(GREEN)
                canv.setFont(SANS[1], 13)
                canv.drawString(L + 12 * mm, H - 18 * mm, "REGION SÖRMLAND")
                canv.setFont(SANS[0], 8)
                canv.setFillColor(colors.black)
                canv.drawString(L + 12 * mm, H - 22 * mm, "Avdelningen för regional utveckling")
                info = ["VILLKOR OCH ANVISNINGAR", "Version 1.0",
                        "Dnr RS-RU 2025/1187",
                        "Beslutad av regionala utvecklingsnämnden",
                        "2025-12-10, § 118",
                        "Gäller från 2026-01-15"]
                y = H - 14 * mm
                for i, t in enumerate(info):
                    canv.setFont(SANS[1] if i == 0 else SANS[0], 8 if i == 0 else 7.6)
                    canv.drawRightString(W - R, y, t)
                    y -= 3.6 * mm
                canv.setStrokeColor(GREEN)
                canv.setLineWidth(1.2)
                canv.line(L, H - 36 * mm, W - R, H - 36 * mm)
            else:
                canv.setFont(SANS[0], 7.6)
                canv.drawString(L, H - 15 * mm, "Kompetenscheck Sörmland 2026 – Villkor och anvisningar")
                canv.drawRightString(W - R, H - 15 * mm, "Version 1.0 · Dnr RS-RU 2025/1187")
                canv.setStrokeColor(GREEN)
                canv.setLineWidth(0.6)
                canv.line(L, H - 17 * mm, W - R, H - 17 * mm)
            # footer
            canv.setStrokeColor(colors.grey)
            canv.setLineWidth(0.4)
            canv.line(L, 14 * mm, W - R, 14 * mm)
            canv.setFont(SANS[0], 7.4)
            canv.setFillColor(colors.black)
            canv.drawString(L, 10 * mm, "Region Sörmland · Regional utveckling · regionsormland.se/kompetenscheck")
            canv.drawRightString(W - R, 10 * mm, "%d (%d)" % (pg, total))
            draw_footnotes(canv, notes, L, bottom - 4 * mm, W - L - R)
            canv.restoreState()

        doc = BaseDocTemplate(target, pagesize=A4, leftMargin=L, rightMargin=R,
                              topMargin=20 * mm, bottomMargin=bottom,
                              title="Kompetenscheck Sörmland 2026 – Villkor och anvisningar",
                              author="Region Sörmland", subject="Version 1.0")
        f_title = Frame(L, top_first - title_h, W - L - R, title_h, id="title",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        f1l = Frame(L, bottom, colw, top_first - title_h - bottom - 3 * mm, id="l1",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        f1r = Frame(L + colw + gut, bottom, colw, top_first - title_h - bottom - 3 * mm, id="r1",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fl = Frame(L, bottom, colw, top_later - bottom, id="l",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fr = Frame(L + colw + gut, bottom, colw, top_later - bottom, id="r",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([
            PageTemplate("first", [f_title, f1l, f1r], onPageEnd=lambda c, d: header_footer(c, d, True)),
            PageTemplate("later", [fl, fr], onPageEnd=lambda c, d: header_footer(c, d, False)),
        ])

        s = []
        s.append(NextPageTemplate("later"))
        s.append(Paragraph("Kompetenscheck Sörmland 2026",
                           ParagraphStyle("t", fontName=SANS[1], fontSize=22, leading=26, textColor=GREEN)))
        s.append(Paragraph("Villkor och anvisningar för företag som söker stöd till kompetensutveckling för sina anställda",
                           ParagraphStyle("st", fontName=SANS[0], fontSize=12, leading=15, spaceBefore=3, spaceAfter=8)))
        ingress = [
            Paragraph("<b>Kort om stödet</b>", ParagraphStyle("ib", fontName=SANS[1], fontSize=9.5, leading=12)),
            Paragraph("Kompetenscheck Sörmland är ett regionalt stöd som gör det lättare för små och medelstora "
                      "företag att köpa kompetensutveckling till sina anställda. Checken täcker en del av kostnaden "
                      "för utbildning som köps från en extern utbildningsanordnare. Ansökningarna tas emot och bereds "
                      "av Almi Företagspartner Mälardalen på uppdrag av Region Sörmland, som fattar beslut om stöd.",
                      ParagraphStyle("ii", fontName=SANS[0], fontSize=9.2, leading=12)),
            Paragraph("Läs villkoren noga innan du ansöker. Frågor besvaras av Almi Företagspartner Mälardalen, se avsnitt 8.",
                      ParagraphStyle("ii2", fontName=SANS[2], fontSize=8.6, leading=11, spaceBefore=3)),
        ]
        box = Table([[ingress]], colWidths=[W - L - R])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHTGREEN),
                                 ("LINEBEFORE", (0, 0), (0, -1), 3, GREEN),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                 ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        s.append(box)
        s.append(Spacer(1, 5))
        s.append(Paragraph("Innehåll: 1 Bakgrund och syfte · 2 Vem kan söka · 3 Stödnivåer och belopp · "
                           "4 Kostnader · 5 Ansökan, bedömning och beslut · 6 Genomförande, redovisning och "
                           "utbetalning · 7 Personuppgifter och allmänna handlingar · 8 Kontakt", small))
        s.append(FrameBreak())

        # 1
        s.append(P("1 Bakgrund och syfte", h1))
        s.append(P("Tillgången till rätt kompetens är en av de viktigaste förutsättningarna för att företagen i "
                   "Sörmland ska kunna växa och ställa om. I Företagsbarometern 2025 uppgav 61 procent av de "
                   "tillfrågade företagen i länet att de under det senaste året haft svårt att rekrytera personal "
                   "med rätt kompetens. Samtidigt saknar många mindre företag egen personalavdelning och "
                   "ekonomiskt utrymme för att planera och köpa utbildning till sina anställda."))
        m, f = fn("Bristyrken enligt Arbetsförmedlingens yrkesbarometer för Södermanlands län, hösten 2025, där "
                  "rekryteringsläget bedöms som ”brist” eller ”stor brist”.")
        s.append(P("Kompetenscheck Sörmland inrättades av regionala utvecklingsnämnden den 10 december 2025 som en del "
                   "av genomförandet av den regionala utvecklingsstrategin Sörmlandsstrategin 2030 och regionens "
                   "handlingsplan för kompetensförsörjning. Checken ska göra det enklare för små och medelstora "
                   "företag att höja kompetensen hos befintlig personal, särskilt inom yrken där det råder brist "
                   "på arbetskraft%s." % m))
        s.append(f)
        s.append(P("Målet är att minst 150 företag ska ha beviljats en check och att minst 600 anställda ska ha "
                   "deltagit i utbildning under 2026. Stödet finansieras med regionala utvecklingsmedel."))

        # 2
        s.append(P("2 Vem kan söka", h1))
        s.append(P("2.1 Grundkrav", h2))
        s.append(P("För att kunna beviljas en kompetenscheck ska företaget"))
        m2, f2 = fn("Antal anställda räknas som årsverken enligt kommissionens rekommendation 2003/361/EG om "
                    "definitionen av mikroföretag samt små och medelstora företag. Ägare som är verksamma i "
                    "företaget räknas som anställda.")
        for t in ["ha F-skattsedel och vara registrerat hos Bolagsverket eller Skatteverket,",
                  "bedriva verksamhet från ett driftställe i Södermanlands län,",
                  "ha högst 249 anställda%s och en årsomsättning om högst 50 miljoner euro," % m2,
                  "inte vara ett företag i ekonomiska svårigheter och inte ha obetalda skulder för skatter eller "
                  "avgifter hos Kronofogden,",
                  "ha slutredovisat tidigare beviljade checkar, om sådana finns."]:
            s.append(Paragraph(t, bullet, bulletText="–"))
        s.append(f2)
        s.append(P("2.2 Vem kan inte söka", h2))
        s.append(P("Företag inom primärproduktion av jordbruksprodukter samt inom fiske- och vattenbrukssektorn kan "
                   "inte beviljas stöd. Detsamma gäller offentligt ägda bolag, ideella föreningar, stiftelser och "
                   "trossamfund. Utbildningsföretag kan inte söka check för utbildning som de själva säljer."))
        s.append(P("2.3 Stöd av mindre betydelse", h2))
        m3, f3 = fn("Kommissionens förordning (EU) 2023/2831 om stöd av mindre betydelse. Ett företag får ta emot "
                    "högst 300 000 euro i sådant stöd under en period av tre år. Vid omräkning till kronor använder "
                    "Region Sörmland kursen 11,20 kronor per euro under 2026.")
        s.append(P("Kompetenscheck lämnas som stöd av mindre betydelse, så kallat de minimis-stöd%s. Den sökande ska i "
                   "ansökan intyga hur mycket sådant stöd företaget har tagit emot under de senaste tre åren. Region "
                   "Sörmland kontrollerar uppgifterna i registret över statligt stöd innan beslut fattas." % m3))
        s.append(f3)

        # 3
        s.append(P("3 Stödnivåer och belopp", h1))
        s.append(P("Checken täcker en andel av de stödberättigande kostnaderna. Andelen och det högsta beloppet beror "
                   "på företagets storlek enligt tabell 1. Storleken bestäms av antalet anställda vid "
                   "ansökningstillfället."))
        t1 = [[P("Företagets storlek", cellb), P("Anställda", cellb), P("Stödandel", cellb), P("Högsta belopp per check", cellb)],
              [P("Mikroföretag", cell), P("0–9", cell), P("60 %", cell), P("75 000 kr", cell)],
              [P("Småföretag", cell), P("10–49", cell), P("50 %", cell), P("100 000 kr", cell)],
              [P("Medelstora företag", cell), P("50–249", cell), P("40 %", cell), P("100 000 kr", cell)]]
        tab1 = Table(t1, colWidths=[colw * 0.33, colw * 0.19, colw * 0.19, colw * 0.29])
        tab1.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, GREEN),
                                  ("LINEBELOW", (0, 0), (-1, 0), 0.5, GREEN),
                                  ("LINEBELOW", (0, -1), (-1, -1), 0.8, GREEN),
                                  ("BACKGROUND", (0, 0), (-1, 0), LIGHTGREEN),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                  ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
        s.append(KeepTogether([P("Tabell 1. Stödandel och högsta belopp per check", cap), tab1,
                               P("Lägsta stödberättigande kostnad är 20 000 kr exklusive mervärdesskatt.",
                                 ParagraphStyle("tn", parent=small, spaceBefore=2, spaceAfter=6))]))
        s.append(P("Ett företag kan beviljas högst en check per kalenderår. En check kan omfatta flera anställda och "
                   "flera utbildningar, förutsatt att samtliga anges i ansökan. Checken betalas ut i efterskott och "
                   "blir aldrig högre än det beviljade beloppet, även om kostnaderna blir högre än beräknat."))

        # 4
        s.append(P("4 Kostnader", h1))
        s.append(P("4.1 Stödberättigande kostnader", h2))
        m4, f4 = fn("Med extern utbildningsanordnare avses en fysisk eller juridisk person som inte ingår i samma "
                    "koncern som det sökande företaget och som inte har något ägarintresse i det.")
        s.append(P("Stöd lämnas för utbildning som köps från en extern utbildningsanordnare%s och som syftar till att "
                   "höja de anställdas yrkeskunnande. Utbildningen kan ges på plats, på distans eller som en "
                   "kombination. Exempel på kostnader som kan och inte kan ingå finns i tabell 2." % m4))
        s.append(f4)
        ok = ["Kursavgifter och deltagaravgifter",
              "Kurslitteratur och kursmaterial",
              "Avgifter för prov, certifiering och validering",
              "Resor och logi i samband med utbildningen, högst 10 procent av de stödberättigande kostnaderna",
              "Mervärdesskatt, om företaget inte har rätt till avdrag"]
        nok = ["Lönekostnader för deltagare under utbildningstiden",
               "Kostnader för interna utbildare och egen personal",
               "Utbildning som krävs enligt lag för att bedriva verksamheten",
               "Programvara, licenser och utrustning",
               "Konferenser, mässor och studieresor",
               "Utbildning som har påbörjats före ansökningsdatum"]
        rows = [[P("Kan ingå", cellb), P("Kan inte ingå", cellb)]]
        for i in range(max(len(ok), len(nok))):
            rows.append([P(ok[i], cell) if i < len(ok) else "", P(nok[i], cell) if i < len(nok) else ""])
        tab2 = Table(rows, colWidths=[colw / 2, colw / 2])
        tab2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                  ("BACKGROUND", (0, 0), (-1, 0), LIGHTGREEN),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                  ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
        s.append(P("4.2 Kostnader som inte ingår", h2))
        s.append(KeepTogether([P("Tabell 2. Exempel på kostnader som kan respektive inte kan ingå", cap), tab2, Spacer(1, 5)]))
        s.append(P("Utbildning som har påbörjats före ansökningsdatum är inte stödberättigande. Kostnader får uppstå "
                   "tidigast dagen efter att ansökan har kommit in. Ett företag som startar utbildningen innan beslut "
                   "har fattats gör det på egen risk."))
        ex_st = ParagraphStyle("ex", fontName=SANS[0], fontSize=8.3, leading=10.6, spaceAfter=3,
                               hyphenationLang=sv_hyphenator, embeddedHyphenation=1, uriWasteReduce=0)
        ex = [Paragraph("<b>RÄKNEEXEMPEL</b>", ParagraphStyle("exh", fontName=SANS[1], fontSize=8.6,
                                                             leading=11, textColor=GREEN, spaceAfter=3)),
              Paragraph("<b>Exempel 1.</b> Ett småföretag i Katrineholm med 14 anställda köper en svetsutbildning "
                        "för sex anställda. Kursavgiften är 132 000 kr exklusive moms. Stödandelen 50 procent ger en "
                        "check på 66 000 kr. Företaget betalar själv resterande 66 000 kr.", ex_st),
              Paragraph("<b>Exempel 2.</b> Ett mikroföretag i Trosa med fyra anställda köper en utbildning i "
                        "digital marknadsföring och e-handel för 160 000 kr. Sextio procent av kostnaden är "
                        "96 000 kr, men checken blir 75 000 kr eftersom det är det högsta beloppet för "
                        "mikroföretag.", ex_st)]
        exbox = Table([[ex]], colWidths=[colw])
        exbox.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, GREEN),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f8f5")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                   ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        s.append(Spacer(1, 3))
        s.append(exbox)
        s.append(Spacer(1, 4))

        # 5
        s.append(P("5 Ansökan, bedömning och beslut", h1))
        s.append(P("5.1 Ansökningsomgångar", h2))
        s.append(P("Ansökan görs i regionens e-tjänst Mina ärenden. Under 2026 tar e-tjänsten emot ansökningar under "
                   "två ansökningsomgångar:"))
        for t in ["Omgång 1: 2 februari – 31 mars 2026", "Omgång 2: 17 augusti – 15 september 2026"]:
            s.append(Paragraph(t, bullet, bulletText="–"))
        s.append(P("Ansökningar som kommer in utanför omgångarna behandlas inte. En ansökan som är ofullständig när "
                   "omgången stänger kan kompletteras på begäran av handläggaren."))
        s.append(P("5.2 Bedömning och prioritering", h2))
        s.append(P("Almi Företagspartner Mälardalen bereder ansökningarna på uppdrag av Region Sörmland. Om det "
                   "sammanlagda sökta beloppet i en omgång överstiger den tillgängliga ramen prioriteras ansökningarna "
                   "i följande turordning:"))
        for i, t in enumerate(["utbildning inom yrken som bedöms som bristyrken i länet,",
                               "företag med driftställe i Flen, Gnesta, Oxelösund eller Vingåker,",
                               "företag som inte tidigare har beviljats en kompetenscheck."], 1):
            s.append(Paragraph(t, bullet, bulletText="%d." % i))
        s.append(P("Inom varje prioriteringsgrupp fördelas medlen i den ordning ansökningarna har blivit kompletta."))
        s.append(P("5.3 Beslut", h2))
        s.append(P("Beslut fattas av Region Sörmland och meddelas skriftligen inom sex veckor från att "
                   "ansökningsomgången har stängt. Ramen för 2026 är 6,0 mnkr. Det finns ingen rätt till stöd även om "
                   "villkoren är uppfyllda. Beslutet går inte att överklaga, men den sökande kan begära att beslutet "
                   "omprövas om det bygger på felaktiga uppgifter."))

        # 6
        s.append(P("6 Genomförande, redovisning och utbetalning", h1))
        s.append(P("6.1 Genomförande", h2))
        s.append(P("Utbildningen ska vara genomförd senast den 28 februari 2027. Väsentliga ändringar, till exempel "
                   "byte av utbildning eller utbildningsanordnare, ska godkännas av Almi innan de genomförs."))
        s.append(P("6.2 Slutredovisning", h2))
        s.append(P("Slutredovisningen lämnas i Mina ärenden inom två månader efter att utbildningen har avslutats, "
                   "dock senast den 30 april 2027. Till slutredovisningen ska bifogas"))
        for t in ["fakturor från utbildningsanordnaren,",
                  "betalningsbevis, till exempel kontoutdrag,",
                  "intyg om genomförd utbildning eller en deltagarförteckning med deltagarnas kön och befattning,",
                  "en kort beskrivning av vad utbildningen har gett företaget."]:
            s.append(Paragraph(t, bullet, bulletText="–"))
        s.append(P("6.3 Utbetalning", h2))
        s.append(P("Checken betalas ut i efterskott när slutredovisningen har godkänts. Förskott lämnas inte. "
                   "Utbetalning görs till företagets bankgiro eller plusgiro. Om de faktiska kostnaderna blir lägre "
                   "än i ansökan minskas checken i motsvarande mån."))
        s.append(P("6.4 Återbetalning", h2))
        s.append(P("Region Sörmland kan besluta att en utbetald check helt eller delvis ska betalas tillbaka om "
                   "företaget har lämnat felaktiga uppgifter, om utbildningen inte har genomförts enligt ansökan "
                   "eller om villkoren i övrigt inte har följts."))

        # 7, 8
        s.append(P("7 Personuppgifter och allmänna handlingar", h1))
        s.append(P("Ansökningar som kommer in till Region Sörmland blir allmänna handlingar. Uppgifter om företagens "
                   "affärs- och driftförhållanden kan omfattas av sekretess enligt offentlighets- och sekretesslagen "
                   "(2009:400). Personuppgifter behandlas enligt dataskyddsförordningen. Mer information finns på "
                   "regionsormland.se/personuppgifter."))
        s.append(P("8 Kontakt", h1))
        s.append(P("Frågor om villkor och ansökan: Almi Företagspartner Mälardalen, handläggare för "
                   "Kompetenscheck Sörmland, e-post kompetenscheck@almi-malardalen.example.se."))
        s.append(P("Ansvarig vid Region Sörmland: Lina Berggren, projektledare, avdelningen för regional utveckling, "
                   "e-post lina.berggren@regionsormland.example.se."))
        doc.build(s)
        return doc.page

    two_pass_build(build, path)


# --------------------------------------------------------------------------
# 2. Follow-up report T2 (PDF, single column, tiles, tables, chart)
# --------------------------------------------------------------------------
BLUE = colors.HexColor("#23415f")
PALE = colors.HexColor("#eef2f6")


def make_report(path):
    W, H = A4
    L = R = 22 * mm
    bottom = 18 * mm + 20 * mm
    body = ParagraphStyle("rb", fontName=SANS[0], fontSize=9.7, leading=13.2, alignment=TA_JUSTIFY,
                          spaceAfter=5, hyphenationLang=sv_hyphenator, embeddedHyphenation=1,
                          uriWasteReduce=0, hyphenationMinWordLength=8)
    h1 = ParagraphStyle("rh1", fontName=SANS[1], fontSize=12.5, leading=16, textColor=BLUE,
                        spaceBefore=9, spaceAfter=4, keepWithNext=1)
    cap = ParagraphStyle("rc", fontName=SANS[1], fontSize=8.4, leading=10.5, spaceBefore=4, spaceAfter=3)
    cell = ParagraphStyle("rcl", fontName=SANS[0], fontSize=8.4, leading=10.2)
    cellr = ParagraphStyle("rcr", parent=cell, alignment=TA_RIGHT)
    cellb = ParagraphStyle("rcb", parent=cell, fontName=SANS[1])
    cellbr = ParagraphStyle("rcbr", parent=cellb, alignment=TA_RIGHT)
    src = ParagraphStyle("src", fontName=SANS[2], fontSize=7.6, leading=9.5, spaceAfter=6)
    bullet = ParagraphStyle("rbl", parent=body, leftIndent=11, bulletIndent=2, spaceAfter=2)

    def build(target, total):
        notes = {}

        def on_page(canv, doc):
            canv.saveState()
            pg = canv.getPageNumber()
            if pg == 1:
                canv.setFillColor(BLUE)
                canv.rect(0, H - 52 * mm, W, 52 * mm, stroke=0, fill=1)
                canv.setFillColor(colors.white)
                canv.setFont(SANS[0], 9)
                canv.drawString(L, H - 14 * mm, "REGION SÖRMLAND · REGIONAL UTVECKLING")
                canv.setFont(SANS[1], 22)
                canv.drawString(L, H - 28 * mm, "Kompetenscheck Sörmland")
                canv.setFont(SANS[0], 13)
                canv.drawString(L, H - 36 * mm, "Uppföljning tertial 2 2026 (1 januari–31 augusti)")
                canv.setFont(SANS[0], 8.5)
                canv.drawString(L, H - 44 * mm, "Rapport till regionala utvecklingsnämnden 2026-10-14 · Dnr RS-RU 2025/1187-38")
            else:
                canv.setFont(SANS[0], 7.8)
                canv.setFillColor(BLUE)
                canv.drawString(L, H - 14 * mm, "Uppföljning Kompetenscheck Sörmland – tertial 2 2026")
                canv.setFillColor(colors.HexColor("#a32020"))
                canv.drawRightString(W - R, H - 14 * mm, "Rättad version 2026-10-06")
                canv.setStrokeColor(BLUE)
                canv.setLineWidth(0.5)
                canv.line(L, H - 16 * mm, W - R, H - 16 * mm)
            canv.setFillColor(colors.black)
            canv.setFont(SANS[0], 7.8)
            canv.drawString(L, 11 * mm, "Region Sörmland")
            canv.drawRightString(W - R, 11 * mm, "Sida %d av %d" % (pg, total))
            draw_footnotes(canv, notes, L, bottom - 3 * mm, W - L - R)
            canv.restoreState()

        doc = BaseDocTemplate(target, pagesize=A4, leftMargin=L, rightMargin=R, topMargin=22 * mm,
                              bottomMargin=bottom, title="Uppföljning Kompetenscheck Sörmland tertial 2 2026",
                              author="Region Sörmland")
        f1 = Frame(L, bottom, W - L - R, H - 58 * mm - bottom, id="f1", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        f2 = Frame(L, bottom, W - L - R, H - 22 * mm - bottom, id="f2", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("p1", [f1], onPageEnd=on_page),
                              PageTemplate("pn", [f2], onPageEnd=on_page)])
        P = lambda t, st=body: Paragraph(t, st)
        s = [NextPageTemplate("pn")]

        corr = Table([[Paragraph("<b>RÄTTAD VERSION 2026-10-06.</b> I den version som skickades ut den 30 september "
                                 "2026 angavs fel belopp för Strängnäs i tabell 2 (912 tkr). Rätt belopp är 921 tkr. "
                                 "Summaraden var korrekt och övriga uppgifter är oförändrade.",
                                 ParagraphStyle("corr", fontName=SANS[0], fontSize=8.4, leading=10.8,
                                                textColor=colors.HexColor("#7a1010")))]],
                     colWidths=[W - L - R])
        corr.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#a32020")),
                                  ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbeeee")),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        s += [corr, Spacer(1, 8)]
        s.append(P("Sammanfattning", h1))
        big = ParagraphStyle("big", fontName=SANS[1], fontSize=18, leading=21, textColor=BLUE, alignment=TA_CENTER)
        lab = ParagraphStyle("lab", fontName=SANS[0], fontSize=7.8, leading=9.6, alignment=TA_CENTER)
        tiles = [("161", "inkomna ansökningar, omgång 1 och 2"),
                 ("74", "beviljade checkar i omgång 1"),
                 ("4 620 tkr", "beviljat belopp i omgång 1"),
                 ("29 dagar", "median handläggningstid till beslut")]
        tw = (W - L - R) / 4
        tt = Table([[[Paragraph(a, big), Spacer(1, 2), Paragraph(b, lab)] for a, b in tiles]],
                   colWidths=[tw] * 4)
        tt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE),
                                ("LINEAFTER", (0, 0), (2, 0), 2, colors.white),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        s += [tt, Spacer(1, 8)]
        for t in ["Efterfrågan är större än ramen: i omgång 1 söktes 7,9 mnkr mot en dåvarande ram på 6,0 mnkr.",
                  "Ramen för 2026 har utökats i två steg och uppgår nu till 9,5 mnkr, se avsnitt 2.",
                  "58 procent av de beviljade checkarna har gått till mikroföretag.",
                  "Industri och teknik är det största utbildningsområdet, följt av digitalisering och IT."]:
            s.append(Paragraph(t, bullet, bulletText="•"))

        s.append(P("1 Inledning", h1))
        s.append(P("Denna rapport följer upp Kompetenscheck Sörmland för perioden 1 januari–31 augusti 2026 "
                   "(tertial 2). Rapporten omfattar ansökningsomgång 1, som var öppen 2 februari–31 mars 2026, samt "
                   "läget i omgång 2 vid periodens slut. Uppgifterna är hämtade ur e-tjänsten Mina ärenden och ur "
                   "Almi Företagspartner Mälardalens månadsrapporter. Beloppen avser beviljade belopp om inget "
                   "annat anges."))

        s.append(P("2 Budgetram", h1))
        s.append(P("Regionala utvecklingsnämnden fastställde vid inrättandet en ram om 6,0 mnkr för 2026. Den 20 maj "
                   "2026 (§ 62) beslutade nämnden att utöka ramen med 2,5 mnkr till 8,5 mnkr och att höja det högsta "
                   "beloppet per check för små och medelstora företag till 150 000 kr från och med omgång 2. "
                   "Därefter beslutade regionstyrelsen den 8 september 2026 (RS § 141) att tillföra ytterligare "
                   "1,0 mnkr ur anslaget för omställningsinsatser med anledning av varslen inom "
                   "tillverkningsindustrin i länet. Ramen för 2026 uppgår därmed till 9,5 mnkr."))
        rows = [("Ursprunglig ram", "6 000", "RUN 2025-12-10 § 118"),
                ("Utökning", "2 500", "RUN 2026-05-20 § 62"),
                ("Tillskott ur omställningsmedel", "1 000", "RS 2026-09-08 § 141"),
                ("Total ram 2026", "9 500", ""),
                ("Beviljat i omgång 1", "4 620", "74 checkar"),
                ("Återstår för omgång 2", "4 880", ""),
                ("Utbetalt t.o.m. 31 augusti 2026", "1 312", "22 slutredovisade checkar")]
        data = [[P("Post", cellb), P("tkr", cellbr), P("Beslut / kommentar", cellb)]]
        for a, b, c in rows:
            bold = a.startswith("Total")
            data.append([P(a, cellb if bold else cell), P(b, cellbr if bold else cellr), P(c, cell)])
        tb = Table(data, colWidths=[70 * mm, 25 * mm, 71 * mm])
        tb.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, BLUE), ("LINEBELOW", (0, 0), (-1, 0), 0.5, BLUE),
                                ("LINEABOVE", (0, 4), (-1, 4), 0.5, BLUE), ("LINEBELOW", (0, 4), (-1, 4), 0.5, BLUE),
                                ("LINEBELOW", (0, -1), (-1, -1), 0.8, BLUE),
                                ("BACKGROUND", (0, 4), (-1, 4), PALE),
                                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        s.append(KeepTogether([P("Tabell 1. Budgetram och utfall 2026, tkr", cap), tb,
                               P("Källa: Region Sörmland, ekonomisystemet och Mina ärenden.", src)]))

        s.append(P("3 Omgång 1 – ansökningar och beslut", h1))
        s.append(P("I omgång 1 kom 118 ansökningar in med ett sammanlagt sökt belopp om 7 912 tkr. Av dessa beviljades "
                   "74, 39 fick avslag och 5 drogs tillbaka av de sökande. Det vanligaste skälet till avslag var att "
                   "utbildningen redan hade påbörjats när ansökan kom in (14 ansökningar), följt av att utbildningen "
                   "skulle genomföras av egen personal (9 ansökningar) och att företaget saknade driftställe i länet "
                   "(6 ansökningar)."))
        s.append(P("Medianhandläggningstiden från att omgången stängde till beslut var 29 dagar. Den längsta "
                   "handläggningstiden var 41 dagar, vilket innebär att samtliga beslut fattades inom de sex veckor "
                   "som anges i villkoren. Den genomsnittliga checken uppgick till 62 400 kr. 43 av de 74 beviljade "
                   "checkarna (58 procent) gick till mikroföretag, 26 till småföretag och 5 till medelstora företag."))
        s.append(P("Eskilstuna och Nyköping står tillsammans för nästan hälften av det beviljade beloppet. Från "
                   "prioriteringskommunerna Flen, Gnesta, Oxelösund och Vingåker kom sammanlagt 20 ansökningar, "
                   "varav 13 beviljades."))
        kom = [("Eskilstuna", 31, 19, 1164), ("Flen", 6, 4, 238), ("Gnesta", 5, 3, 177),
               ("Katrineholm", 17, 11, 702), ("Nyköping", 24, 15, 968), ("Oxelösund", 4, 3, 214),
               ("Strängnäs", 19, 12, 921), ("Trosa", 7, 4, 142), ("Vingåker", 5, 3, 94)]
        tot = sum(k[3] for k in kom)
        assert tot == 4620
        fmt = lambda v: "{:,}".format(v).replace(",", " ")
        pct = lambda v: ("%.1f" % (100.0 * v / tot)).replace(".", ",")
        data = [[P("Kommun", cellb), P("Ansökningar", cellbr), P("Beviljade checkar", cellbr),
                 P("Beviljat belopp, tkr", cellbr), P("Andel av beviljat belopp, %", cellbr)]]
        for name, a, b, c in kom:
            nm = name + ("<super>1</super>" if name == "Strängnäs" else "")
            data.append([P(nm, cell), P(str(a), cellr), P(str(b), cellr), P(fmt(c), cellr), P(pct(c), cellr)])
        data.append([P("Summa", cellb), P(str(sum(k[1] for k in kom)), cellbr), P(str(sum(k[2] for k in kom)), cellbr),
                     P(fmt(tot), cellbr), P("100,0", cellbr)])
        tk = Table(data, colWidths=[40 * mm, 26 * mm, 30 * mm, 34 * mm, 36 * mm], repeatRows=1)
        tk.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, BLUE), ("LINEBELOW", (0, 0), (-1, 0), 0.5, BLUE),
                                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, PALE]),
                                ("LINEABOVE", (0, -1), (-1, -1), 0.5, BLUE), ("LINEBELOW", (0, -1), (-1, -1), 0.8, BLUE),
                                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        s.append(P("Tabell 2. Ansökningar och beviljade checkar per kommun, omgång 1", cap))
        s.append(tk)
        s.append(FNote(notes, 1, "Varav en check om 98 tkr som beviljades efter omprövning den 2 juli 2026."))
        s.append(P("Källa: Mina ärenden, uttag 2026-09-04. Kommun avser företagets driftställe.", src))

        s.append(P("4 Utbildningsområden", h1))
        cats = [("Övrigt", 5), ("Vård och omsorg", 6), ("Bygg och anläggning", 7),
                ("Ledarskap och organisation", 11), ("Digitalisering och IT", 17), ("Industri och teknik", 28)]
        d = Drawing(W - L - R, 62 * mm)
        bc = HorizontalBarChart()
        bc.x, bc.y, bc.width, bc.height = 48 * mm, 6 * mm, 100 * mm, 52 * mm
        bc.data = [[v for _, v in cats]]
        bc.categoryAxis.categoryNames = [c for c, _ in cats]
        bc.categoryAxis.labels.fontName = SANS[0]
        bc.categoryAxis.labels.fontSize = 8
        bc.categoryAxis.labels.dx = -3
        bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 30, 5
        bc.valueAxis.labels.fontName = SANS[0]
        bc.valueAxis.labels.fontSize = 7.5
        bc.bars[0].fillColor = BLUE
        bc.barLabelFormat = "%d"
        bc.barLabels.nudge = 7
        bc.barLabels.fontName = SANS[1]
        bc.barLabels.fontSize = 8
        d.add(bc)
        s.append(KeepTogether([P("Figur 1. Beviljade checkar per utbildningsområde, omgång 1 (antal)", cap), d,
                               P("Källa: Mina ärenden. Området anges av den sökande och stäms av av Almi.", src)]))
        s.append(P("Industri och teknik är det största området med 28 checkar, främst svetsning, CNC-bearbetning och "
                   "truckutbildning. Inom digitalisering och IT (17 checkar) dominerar utbildningar i affärssystem "
                   "och cybersäkerhet. Vård och omsorg omfattar i huvudsak privata utförare av hemtjänst."))

        s.append(P("5 Deltagare", h1))
        s.append(P("De 74 beviljade checkarna omfattar enligt ansökningarna sammanlagt 486 deltagare, i genomsnitt "
                   "6,6 deltagare per check. Uppgifter om deltagarnas kön, ålder och utbildningsnivå samlas in vid "
                   "slutredovisningen och redovisas därför först i helårsrapporten för 2026, i enlighet med "
                   "protokollsanteckningen vid nämndens sammanträde den 20 maj 2026."))

        s.append(P("6 Omgång 2", h1))
        s.append(P("Omgång 2 öppnade den 17 augusti 2026. Vid periodens utgång den 31 augusti hade 43 ansökningar "
                   "kommit in med ett sammanlagt sökt belopp om 3 206 tkr. I omgång 2 gäller det höjda högsta "
                   "beloppet för små och medelstora företag. Ett digitalt informationsmöte för företag hölls den "
                   "25 augusti med 64 deltagare. Resultatet av omgång 2 redovisas i helårsrapporten."))

        s.append(P("7 Fortsatt arbete", h1))
        s.append(P("Den externa utvärdering som nämnden beställde den 20 maj 2026 genomförs av Nordkompass Analys AB. "
                   "En delrapport lämnas i december 2026 och slutrapporten redovisas för nämnden senast den "
                   "24 februari 2027. Frågan om en fortsättning av Kompetenscheck Sörmland efter 2026 hanteras i "
                   "nämndens verksamhetsplan och budget för 2027."))
        s.append(Spacer(1, 6))
        s.append(P("Kontaktpersoner: Lina Berggren, projektledare, och Petter Holm, enhetschef Näringsliv och "
                   "kompetens, avdelningen för regional utveckling.", src))
        doc.build(s)
        return doc.page

    two_pass_build(build, path)


# --------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------

def add_field(paragraph, instr, cached="1", size=None):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = cached
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)
    if size:
        run.font.size = size
    return run


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:%s" % edge)
        spec = kw.get(edge, {"val": "nil"})
        for k, v in spec.items():
            el.set(qn("w:%s" % k), str(v))
        borders.append(el)
    tcPr.append(borders)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:%s" % edge); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def para(container, text="", bold=False, italic=False, size=None, align=None, space_after=None,
         style=None, space_before=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = size
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = space_after
    if space_before is not None:
        p.paragraph_format.space_before = space_before
    return p


def base_doc(font="Calibri", size=10.5):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for sec in d.sections:
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.2)
    return d


# --------------------------------------------------------------------------
# 3. Minutes RUN 2026-05-20 (DOCX)
# --------------------------------------------------------------------------

def make_minutes(path):
    d = base_doc("Arial", 10)
    sec = d.sections[0]
    sec.different_first_page_header_footer = False
    hdr = sec.header
    ht = hdr.add_table(rows=2, cols=3, width=Cm(16.4))
    no_borders(ht)
    vals = [("REGION SÖRMLAND", "PROTOKOLL", ""), ("Regionala utvecklingsnämnden", "Sammanträdesdatum 2026-05-20", "")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            c = ht.cell(i, j)
            p = c.paragraphs[0]
            if i == 0 and j == 2:
                r = p.add_run("Sida "); r.font.size = Pt(8.5)
                add_field(p, "PAGE", "1", Pt(8.5))
                r = p.add_run(" ("); r.font.size = Pt(8.5)
                add_field(p, "NUMPAGES", "5", Pt(8.5))
                r = p.add_run(")"); r.font.size = Pt(8.5)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                r = p.add_run(v); r.font.size = Pt(8.5); r.bold = (i == 0 and j == 0) or (j == 1 and i == 0)
    hdr.paragraphs[0].text = ""
    ftr = sec.footer
    ft = ftr.add_table(rows=1, cols=2, width=Cm(16.4))
    no_borders(ft)
    for j, v in enumerate(["Justerandes signatur", "Utdragsbestyrkande"]):
        c = ft.cell(0, j)
        r = c.paragraphs[0].add_run(v); r.font.size = Pt(7.5)
        set_cell_border(c, top={"val": "single", "sz": 4, "color": "808080"},
                        left={"val": "single", "sz": 4, "color": "808080"},
                        bottom={"val": "single", "sz": 4, "color": "808080"},
                        right={"val": "single", "sz": 4, "color": "808080"})
        c.add_paragraph("")

    para(d, "Regionala utvecklingsnämnden", bold=True, size=Pt(15), space_after=Pt(2))
    para(d, "Protokoll från sammanträde 2026-05-20", size=Pt(11), space_after=Pt(10))
    info = [("Plats och tid", "Regionhuset, Nyköping, sammanträdesrum Nyckelön, kl. 09.00–12.15\n(ajournering kl. 10.30–10.45)"),
            ("Beslutande", "Anna-Karin Wester (S), ordförande\nMikael Forsberg (M), 1:e vice ordförande\n"
                           "Helena Ståhl (C), 2:e vice ordförande\nTomas Ahlgren (S)\nFatima Haddad (S)\n"
                           "Gunnar Wiik (M)\nJonas Lindkvist (SD)\nBirgitta Nord (V)\nOskar Falk (KD)\n"
                           "Rebecka Strand (L)\nPer-Olof Sandin (S), tjänstgörande ersättare för Lotta Berglund (MP)"),
            ("Ej tjänstgörande ersättare", "Elin Västberg (M)\nAhmed Yusuf (S)"),
            ("Övriga deltagare", "Maria Ekdahl, regional utvecklingsdirektör\nPetter Holm, enhetschef Näringsliv och "
                                 "kompetens, § 62\nLina Berggren, projektledare, § 62\nKristoffer Alm, controller, "
                                 "§ 60\nAnneli Sjöstrand, nämndsekreterare"),
            ("Utses att justera", "Helena Ståhl (C)"),
            ("Justeringens plats och tid", "Regionhuset, Nyköping, 2026-05-27"),
            ("Paragrafer", "§§ 58–66")]
    it = d.add_table(rows=0, cols=2)
    no_borders(it)
    for k, v in info:
        row = it.add_row().cells
        row[0].width, row[1].width = Cm(4.6), Cm(11.8)
        r = row[0].paragraphs[0].add_run(k); r.bold = True; r.font.size = Pt(9.5)
        lines = v.split("\n")
        p = row[1].paragraphs[0]
        for i, ln in enumerate(lines):
            rr = p.add_run(ln); rr.font.size = Pt(9.5)
            if i < len(lines) - 1:
                rr.add_break()
        row[1].paragraphs[0].paragraph_format.space_after = Pt(5)
    para(d, "")
    sig = d.add_table(rows=3, cols=2)
    no_borders(sig)
    for i, (k, v) in enumerate([("Sekreterare", "Anneli Sjöstrand"), ("Ordförande", "Anna-Karin Wester"),
                                ("Justerande", "Helena Ståhl")]):
        sig.cell(i, 0).paragraphs[0].add_run(k).bold = True
        p = sig.cell(i, 1).paragraphs[0]
        p.add_run("……………………………………………")
        p.add_run().add_break()
        p.add_run(v)
    para(d, "")
    para(d, "Protokollet är justerat. Justeringen har tillkännagivits på regionens digitala anslagstavla "
            "2026-05-28.", italic=True, size=Pt(8.5))
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    items = []
    items.append(("§ 58", "Val av justerare", None,
                  [("p", "Helena Ståhl (C) utses att jämte ordföranden justera dagens protokoll.")]))
    items.append(("§ 59", "Godkännande av dagordning", None,
                  [("p", "Dagordningen godkänns med tillägget att ärendet om yttrande över regional transportplan "
                         "behandlas före delegationsbesluten.")]))
    items.append(("§ 60", "Ekonomisk uppföljning per april 2026", "Dnr RS-RU 2026/0211",
                  [("h", "Ärendebeskrivning"),
                   ("p", "Controller Kristoffer Alm redovisar den ekonomiska uppföljningen per den 30 april 2026. "
                         "Nämnden prognostiserar ett överskott om 3,4 mnkr för helåret, främst till följd av att "
                         "flera projekt med regional medfinansiering har startat senare än planerat."),
                   ("h", "Beslut"),
                   ("p", "Regionala utvecklingsnämnden godkänner den ekonomiska uppföljningen per april 2026.")]))
    items.append(("§ 61", "Medfinansiering av ESF+-projektet Vägen in Sörmland", "Dnr RS-RU 2026/0154",
                  [("h", "Ärendebeskrivning"),
                   ("p", "Samordningsförbundet i Sörmland har beviljats stöd från Europeiska socialfonden+ för "
                         "projektet Vägen in Sörmland, som riktar sig till unga vuxna som varken arbetar eller studerar. "
                         "Projektet pågår 2026-09-01–2028-08-31."),
                   ("h", "Beslut"),
                   ("p", "Regionala utvecklingsnämnden beviljar kontant medfinansiering om 1 450 000 kr till projektet "
                         "för perioden 2026–2028, fördelat med 350 000 kr för 2026, 600 000 kr för 2027 och "
                         "500 000 kr för 2028.")]))
    items.append(("§ 62", "Kompetenscheck Sörmland – utökad ram och ändrade villkor", "Dnr RS-RU 2025/1187",
                  [("h", "Ärendebeskrivning"),
                   ("p", "Regionala utvecklingsnämnden beslutade den 10 december 2025, § 118, att inrätta "
                         "Kompetenscheck Sörmland med en ram om 6,0 mnkr för 2026. I den första ansökningsomgången, som "
                         "stängde den 31 mars 2026, kom 118 ansökningar in med ett sammanlagt sökt belopp om 7,9 mnkr. "
                         "Hittills har 74 ansökningar beviljats med sammanlagt 4,62 mnkr."),
                   ("p", "Förvaltningen bedömer att efterfrågan i den andra omgången blir minst lika stor. Flera företag "
                         "med 10–49 anställda har framfört att det nuvarande taket begränsar möjligheten att köpa längre "
                         "yrkesutbildningar, till exempel inom svetsning och automation, där en utbildning för en "
                         "arbetsgrupp ofta kostar 250 000–400 000 kr."),
                   ("p", "Förvaltningen föreslår därför att ramen utökas och att det högsta beloppet per check höjs för "
                         "små och medelstora företag. Utökningen ryms inom nämndens prognostiserade överskott, se § 60."),
                   ("h", "Beslutsunderlag"),
                   ("b", "Tjänsteskrivelse 2026-05-04, Petter Holm och Lina Berggren"),
                   ("b", "Sammanställning av ansökningsomgång 1, 2026-04-30"),
                   ("h", "Yrkanden"),
                   ("p", "Ordföranden Anna-Karin Wester (S) yrkar bifall till förvaltningens förslag. Mikael Forsberg (M) "
                         "och Helena Ståhl (C) instämmer i ordförandens yrkande."),
                   ("p", "Jonas Lindkvist (SD) yrkar att ramen inte ska utökas och att nämndens överskott i stället "
                         "ska återföras till regionstyrelsen."),
                   ("h", "Propositionsordning"),
                   ("p", "Ordföranden ställer proposition på förvaltningens förslag mot Jonas Lindkvists yrkande och "
                         "finner att nämnden beslutar enligt förvaltningens förslag."),
                   ("h", "Beslut"),
                   ("p", "Regionala utvecklingsnämnden beslutar"),
                   ("n", "att utöka ramen för Kompetenscheck Sörmland 2026 med 2,5 mnkr till 8,5 mnkr, "
                         "finansierat inom nämndens budget för 2026,"),
                   ("n", "att höja det högsta beloppet per check för småföretag och medelstora företag från "
                         "100 000 kr till 150 000 kr; ändringen gäller ansökningar som kommer in i ansökningsomgång 2 "
                         "och senare, och för mikroföretag gäller oförändrat högst 75 000 kr,"),
                   ("n", "att uppdra åt förvaltningen att revidera villkoren för Kompetenscheck Sörmland i enlighet "
                         "med punkt 2 (version 1.1), samt"),
                   ("n", "att uppdra åt förvaltningen att låta genomföra en extern utvärdering av Kompetenscheck "
                         "Sörmland som ska redovisas för nämnden senast den 24 februari 2027."),
                   ("h", "Reservation"),
                   ("p", "Jonas Lindkvist (SD) reserverar sig mot beslutet till förmån för eget yrkande."),
                   ("h", "Protokollsanteckning"),
                   ("p", "Birgitta Nord (V) låter anteckna följande: ”Vänsterpartiet vill att uppföljningen redovisar "
                         "deltagarna uppdelat på kön och att utvärderingen belyser om stödet når kvinnodominerade "
                         "branscher.”"),
                   ("h", "Beslutet skickas till"),
                   ("p", "Almi Företagspartner Mälardalen AB\nRegional utvecklingsdirektör\nEkonomiservice, Region Sörmland\nAkten")]))
    items.append(("§ 63", "Yttrande över remiss av länsplan för regional transportinfrastruktur 2026–2037",
                  "Dnr RS-RU 2026/0098",
                  [("h", "Beslut"),
                   ("p", "Regionala utvecklingsnämnden överlämnar förvaltningens förslag till yttrande som sitt eget "
                         "till regionstyrelsen. Yttrandet ska vara regionstyrelsen till handa senast den 12 juni 2026.")]))
    items.append(("§ 64", "Anmälan av delegationsbeslut", None,
                  [("p", "Följande delegationsbeslut anmäls:"),
                   ("b", "Beslut om kompetenscheckar i ansökningsomgång 1, 74 beviljade och 39 avslag, fattade av "
                         "enhetschefen för Näringsliv och kompetens under perioden 2026-04-21–2026-05-08 "
                         "(delegationsordningen punkt 4.7)"),
                   ("b", "Beslut om projektmedel till Gnesta kommun för förstudie om lokalt företagscentrum, 180 000 kr, "
                         "fattat av regional utvecklingsdirektör 2026-04-14"),
                   ("h", "Beslut"),
                   ("p", "Regionala utvecklingsnämnden lägger anmälan av delegationsbesluten till handlingarna.")]))
    items.append(("§ 65", "Meddelanden", None,
                  [("b", "Tillväxtverket: beslut om regionalt tilldelningsbeslut för företagsstöd 2026"),
                   ("b", "Arbetsförmedlingen: information om varsel i Södermanlands län, april 2026"),
                   ("h", "Beslut"),
                   ("p", "Meddelandena läggs till handlingarna.")]))
    items.append(("§ 66", "Kurser och konferenser", None,
                  [("p", "Ordföranden informerar om Reglabs konferens om kompetensförsörjning den 1 oktober 2026 i "
                         "Stockholm. Ledamöter som vill delta anmäler detta till nämndsekreteraren senast den "
                         "15 augusti 2026."),
                   ("h", "Beslut"),
                   ("p", "Informationen noteras.")]))

    t = d.add_table(rows=0, cols=2)
    no_borders(t)
    for num, title, dnr, content in items:
        row = t.add_row().cells
        row[0].width, row[1].width = Cm(2.0), Cm(14.4)
        r = row[0].paragraphs[0].add_run(num); r.bold = True; r.font.size = Pt(11)
        p = row[1].paragraphs[0]
        r = p.add_run(title); r.bold = True; r.font.size = Pt(11)
        p.paragraph_format.space_after = Pt(2)
        if dnr:
            pp = row[1].add_paragraph()
            rr = pp.add_run(dnr); rr.font.size = Pt(8.5); rr.italic = True
        n = 0
        for kind, txt in content:
            if kind == "h":
                pp = row[1].add_paragraph()
                pp.paragraph_format.space_before = Pt(6)
                pp.paragraph_format.space_after = Pt(1)
                rr = pp.add_run(txt); rr.bold = True; rr.font.size = Pt(9.5)
            elif kind == "p":
                pp = row[1].add_paragraph()
                lines = txt.split("\n")
                for i, ln in enumerate(lines):
                    rr = pp.add_run(ln)
                    if i < len(lines) - 1:
                        rr.add_break()
                pp.paragraph_format.space_after = Pt(4)
            elif kind == "b":
                pp = row[1].add_paragraph()
                pp.add_run("–\t" + txt)
                pp.paragraph_format.left_indent = Cm(0.6)
                pp.paragraph_format.first_line_indent = Cm(-0.6)
                pp.paragraph_format.space_after = Pt(1)
            elif kind == "n":
                n += 1
                pp = row[1].add_paragraph()
                pp.add_run("%d.\t" % n + txt)
                pp.paragraph_format.left_indent = Cm(0.7)
                pp.paragraph_format.first_line_indent = Cm(-0.7)
                pp.paragraph_format.space_after = Pt(2)
        row[1].add_paragraph()
    cp = d.core_properties
    cp.title = "Protokoll regionala utvecklingsnämnden 2026-05-20"
    cp.author = "Anneli Sjöstrand"
    d.save(path)


# --------------------------------------------------------------------------
# 4. Agreement Region Sörmland – Almi (DOCX)
# --------------------------------------------------------------------------

def make_agreement(path):
    d = base_doc("Calibri", 10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Överenskommelse – handläggning av Kompetenscheck Sörmland 2026\tDnr RS-RU 2025/1187-9"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida "); r.font.size = Pt(8)
    add_field(fp, "PAGE", "1", Pt(8))
    r = fp.add_run(" av "); r.font.size = Pt(8)
    add_field(fp, "NUMPAGES", "4", Pt(8))

    for lvl, sz in ((1, 12.5), (2, 11)):
        hs = d.styles["Heading %d" % lvl]
        hs.font.size = Pt(sz)
        hs.font.name = "Calibri"
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    para(d, "ÖVERENSKOMMELSE", bold=True, size=Pt(18), space_after=Pt(0))
    para(d, "om handläggning av Kompetenscheck Sörmland 2026", size=Pt(13), space_after=Pt(14))

    d.add_heading("1 Parter", level=1)
    pt = d.add_table(rows=3, cols=2)
    pt.style = "Table Grid"
    for j, v in enumerate(["Beställare", "Utförare"]):
        c = pt.cell(0, j); c.paragraphs[0].add_run(v).bold = True; shade(c, "DCE6F0")
    pt.cell(1, 0).paragraphs[0].add_run("Region Sörmland (nedan kallad Regionen)\nAvdelningen för regional utveckling\nNyköping")
    pt.cell(1, 1).paragraphs[0].add_run("Almi Företagspartner Mälardalen AB (nedan kallad Almi)\nEskilstuna")
    pt.cell(2, 0).paragraphs[0].add_run("Kontaktperson: Lina Berggren, projektledare")
    pt.cell(2, 1).paragraphs[0].add_run("Kontaktperson: Johan Nyqvist, affärsutvecklare")

    d.add_heading("2 Bakgrund och syfte", level=1)
    para(d, "Regionala utvecklingsnämnden beslutade den 10 december 2025, § 118, att inrätta Kompetenscheck Sörmland, "
            "ett stöd till små och medelstora företag för köp av kompetensutveckling till anställda. Syftet med denna "
            "överenskommelse är att reglera Almis uppdrag att informera om stödet och bereda ansökningar samt "
            "parternas ansvar i övrigt.")

    d.add_heading("3 Avtalstid", level=1)
    para(d, "Överenskommelsen gäller från och med den 15 januari 2026 till och med den 30 juni 2027. Avtalstiden "
            "omfattar granskning av slutredovisningar för checkar som beviljats under 2026.")

    d.add_heading("4 Almis åtaganden", level=1)
    for num, txt in [
        ("4.1", "Almi ska informera företag i Södermanlands län om Kompetenscheck Sörmland, bland annat genom "
                "informationsmöten och via kommunernas näringslivsfunktioner."),
        ("4.2", "Almi ska ta emot, registrera och bereda inkomna ansökningar samt lämna ett motiverat beslutsförslag "
                "till Regionen senast 15 arbetsdagar efter att en ansökan är komplett."),
        ("4.3", "Almi ska granska slutredovisningar och lämna förslag till Regionen om utbetalning eller återkrav."),
        ("4.4", "Almi ska senast den 10:e i varje månad lämna en rapport till Regionen avseende föregående månad. "
                "Rapporten ska minst innehålla antal inkomna, beredda och slutredovisade ärenden, sökt och "
                "föreslaget belopp samt fördelning per kommun."),
        ("4.5", "Almi ska utan dröjsmål informera Regionen om omständigheter som kan påverka genomförandet, "
                "till exempel driftstörningar i e-tjänsten eller misstänkta oegentligheter.")]:
        p = para(d, "")
        p.add_run(num + "\t").bold = True
        p.add_run(txt)
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)

    d.add_heading("5 Regionens åtaganden", level=1)
    for num, txt in [
        ("5.1", "Regionen fattar beslut om kompetenscheckar enligt regionala utvecklingsnämndens delegationsordning."),
        ("5.2", "Regionen ansvarar för utbetalning av beviljade checkar via Ekonomiservice, Region Sörmland, sedan "
                "slutredovisningen har godkänts."),
        ("5.3", "Regionen ansvarar för e-tjänsten Mina ärenden, för kommunikation om stödet på regionens webbplats "
                "och för rapportering till regionala utvecklingsnämnden."),
        ("5.4", "Ansvarsfördelningen i detalj framgår av bilaga 1.")]:
        p = para(d, "")
        p.add_run(num + "\t").bold = True
        p.add_run(txt)
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)

    d.add_heading("6 Ersättning", level=1)
    para(d, "Regionen ersätter Almi enligt tabellen nedan. Med handlagt ärende avses en ansökan som är komplett och "
            "för vilken Almi har lämnat beslutsförslag. Kompletteringar av en ansökan ersätts inte separat.")
    et = d.add_table(rows=1, cols=3)
    et.style = "Table Grid"
    for j, v in enumerate(["Ersättningsslag", "Belopp (exkl. moms)", "Fakturering"]):
        c = et.rows[0].cells[j]; c.paragraphs[0].add_run(v).bold = True; shade(c, "DCE6F0")
    for row in [("Rörlig ersättning per handlagt ärende", "2 900 kr", "Kvartalsvis i efterskott"),
                ("Fast ersättning för informationsinsatser 2026", "60 000 kr", "Två lika delar, juni och december 2026"),
                ("Takbelopp för hela avtalsperioden", "480 000 kr", "–")]:
        cells = et.add_row().cells
        for j, v in enumerate(row):
            cells[j].paragraphs[0].add_run(v)
    para(d, "")
    para(d, "Den sammanlagda ersättningen får inte överstiga takbeloppet. Om takbeloppet riskerar att överskridas ska "
            "Almi meddela Regionen skriftligen innan ytterligare ärenden handläggs.")

    d.add_heading("7 Personuppgifter och sekretess", level=1)
    para(d, "Almi är personuppgiftsbiträde åt Regionen vid behandling av personuppgifter inom uppdraget. Parterna har "
            "tecknat ett särskilt personuppgiftsbiträdesavtal, bilaga 2. Almi ska iaktta tystnadsplikt om "
            "uppgifter om enskilda företags affärs- och driftförhållanden.")
    d.add_heading("8 Ändringar och tillägg", level=1)
    para(d, "Ändringar och tillägg till överenskommelsen ska göras skriftligen och undertecknas av båda parter. "
            "Ändringar av villkoren för stödet som beslutas av regionala utvecklingsnämnden gäller utan att "
            "överenskommelsen behöver ändras.")
    d.add_heading("9 Underskrifter", level=1)
    para(d, "Denna överenskommelse har upprättats i två likalydande exemplar, av vilka parterna tagit var sitt.")
    st = d.add_table(rows=4, cols=2)
    no_borders(st)
    for j, (place, name, title) in enumerate([("Nyköping 2026-01-12", "Maria Ekdahl", "Regional utvecklingsdirektör, Region Sörmland"),
                                              ("Eskilstuna 2026-01-12", "Karin Åström", "Vd, Almi Företagspartner Mälardalen AB")]):
        st.cell(0, j).paragraphs[0].add_run(place)
        st.cell(1, j).paragraphs[0].add_run("\n……………………………………")
        st.cell(2, j).paragraphs[0].add_run(name)
        st.cell(3, j).paragraphs[0].add_run(title).italic = True

    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Bilaga 1 Ansvarsfördelning", level=1)
    para(d, "R = utför, A = ytterst ansvarig, C = konsulteras, I = informeras", italic=True, size=Pt(9))
    heads = ["Aktivitet", "Almi", "Handläggare, Regionen", "Enhetschef Näringsliv och kompetens",
             "Ekonomiservice, Regionen"]
    raci = [("Information till företag", "R", "A", "I", "–"),
            ("Mottagande och registrering av ansökan", "R", "A", "–", "–"),
            ("Bedömning och beslutsförslag", "R", "C", "A", "–"),
            ("Beslut om check", "I", "C", "A/R", "I"),
            ("Granskning av slutredovisning", "R", "A", "I", "–"),
            ("Utbetalning av check", "I", "C", "A", "R"),
            ("Beslut om återkrav", "C", "R", "A", "I"),
            ("Månadsrapport", "R", "A", "I", "–"),
            ("Rapport till regionala utvecklingsnämnden", "C", "R", "A", "C")]
    rt = d.add_table(rows=1, cols=5)
    rt.style = "Table Grid"
    for j, v in enumerate(heads):
        c = rt.rows[0].cells[j]; r = c.paragraphs[0].add_run(v); r.bold = True; r.font.size = Pt(9); shade(c, "DCE6F0")
    for row in raci:
        cells = rt.add_row().cells
        for j, v in enumerate(row):
            r = cells[j].paragraphs[0].add_run(v); r.font.size = Pt(9)
            if j > 0:
                cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "")
    para(d, "Beslut om check fattas av enhetschefen eller av regional utvecklingsdirektör beroende på belopp, "
            "enligt delegationsordningen.", size=Pt(9))
    d.add_heading("Bilaga 2 Personuppgiftsbiträdesavtal", level=1)
    para(d, "Bilagan redovisas i separat handling, Dnr RS-RU 2025/1187-10.", italic=True)
    cp = d.core_properties
    cp.title = "Överenskommelse Almi – Kompetenscheck Sörmland 2026"
    cp.author = "Lina Berggren"
    d.save(path)


# --------------------------------------------------------------------------
# 5. E-mail thread (TXT, Outlook print, newest first, inline answers)
# --------------------------------------------------------------------------
MAIL = """\
Från:	Holm Petter <petter.holm@regionsormland.example.se>
Skickat:	den 10 september 2026 08:14
Till:	Berggren Lina <lina.berggren@regionsormland.example.se>; Nyqvist Johan <johan.nyqvist@almi-malardalen.example.se>
Kopia:	Malmgren Sara <sara.malmgren@regionsormland.example.se>
Ämne:	SV: SV: SV: Frågor inför omgång 2 - driftstopp i Mina ärenden

Hej,

Jag har stämt av med Maria E i morse. Vi förlänger omgång 2, men inte så
långt som Johan föreslår:

  Ny sista ansökningsdag: tisdag 29 september 2026 kl. 23.59
  (i stället för 15 september)

Skälet är driftstoppet 7-8 september. Jag fattar beslutet på delegation,
Lina registrerar det i ärendet (RS-RU 2025/1187-31).

Sara - kan du uppdatera webben idag och mejla alla som har ett påbörjat
utkast i Mina ärenden? Johan - meddela era rådgivare.

Med vänlig hälsning
Petter Holm
Enhetschef Näringsliv och kompetens
Region Sörmland | Avdelningen för regional utveckling
Tfn 0155-24 60 12

________________________________
Från:	Berggren Lina <lina.berggren@regionsormland.example.se>
Skickat:	den 9 september 2026 16:40
Till:	Holm Petter <petter.holm@regionsormland.example.se>
Kopia:	Nyqvist Johan <johan.nyqvist@almi-malardalen.example.se>
Ämne:	SV: SV: Frågor inför omgång 2 - driftstopp i Mina ärenden

Hej Petter,

Stämmer med vad IT säger: Mina ärenden låg nere från måndag 7/9 kl. 06.00
till tisdag 8/9 ca kl. 14.00 (IT-ärende INC0048812). Jag ser inga hinder
mot en förlängning. Tänk bara på att villkoren säger beslut inom sex veckor
från att omgången stängt. Förlänger vi till 29/9 ska besluten alltså vara
klara senast 10 november.

Tre veckor som Johan föreslår blir för långt tycker jag, då krockar det
med bokslutsarbetet och Almis ärendetopp i oktober.

/Lina

________________________________
Från:	Nyqvist Johan <johan.nyqvist@almi-malardalen.example.se>
Skickat:	den 9 september 2026 11:02
Till:	Berggren Lina <lina.berggren@regionsormland.example.se>
Kopia:	Holm Petter <petter.holm@regionsormland.example.se>
Ämne:	SV: SV: Frågor inför omgång 2 - driftstopp i Mina ärenden

Hej Lina (och Petter),

Hänger på den gamla tråden. Vi har nu fått samtal och mejl från ungefär
40 företag som inte kunnat skicka in eller spara sina ansökningar under
driftstoppet i måndags och i går. Flera av dem är små verkstadsföretag som
hade planerat att söka precis sista veckan.

Mitt förslag: förläng omgång 2 med tre veckor, till tisdag 6 oktober.

Hälsningar
Johan Nyqvist
Affärsutvecklare | Almi Företagspartner Mälardalen AB
Kungsgatan 5, Eskilstuna | 010-456 72 31

Detta e-postmeddelande och eventuella bilagor kan innehålla konfidentiell
information och är endast avsett för adressaten.

________________________________
Från:	Berggren Lina <lina.berggren@regionsormland.example.se>
Skickat:	den 20 augusti 2026 09:27
Till:	Nyqvist Johan <johan.nyqvist@almi-malardalen.example.se>
Kopia:	Holm Petter <petter.holm@regionsormland.example.se>; Malmgren Sara <sara.malmgren@regionsormland.example.se>
Ämne:	SV: Frågor inför omgång 2

Hej Johan!

Svarar inline nedan, mina svar är markerade [LB].

/Lina

-----Ursprungligt meddelande-----
Från: Nyqvist Johan
Skickat: den 19 augusti 2026 15:48
Till: Berggren Lina
Ämne: Frågor inför omgång 2

Hej Lina,

Några frågor från våra rådgivare nu när omgång 2 har öppnat:

> 1. Enskild firma utan anställda - kan de söka? Villkoren säger "högst 249
> anställda" men inget om minsta antal.

[LB] Ja. En enskild firma utan anställda kan söka och räknas som mikroföretag.
[LB] Ägaren räknas som en anställd om hen är verksam i företaget, se fotnot 2
[LB] i villkoren. Stödandel och tak blir alltså som för övriga mikroföretag.

> 2. Gäller det nya taket även för företag som fick avslag i omgång 1 och
> söker igen nu?

[LB] Ja, alla ansökningar som kommer in i omgång 2 prövas mot de nya beloppen
[LB] enligt nämndens beslut i maj. Mikroföretagen har kvar sitt tak.

> 3. Blir det något webbinarium för företagen innan omgången stänger?

[LB] Ja, tisdag 25 augusti kl. 09.00-10.00 på Teams. Sara skickar inbjudan
[LB] via näringslivsfunktionerna i kommunerna i morgon.

> 4. Får vi ersättning per komplettering? Vissa ärenden kräver tre-fyra
> kompletteringar.

[LB] Nej, ersättningen utgår per handlagt ärende enligt överenskommelsen,
[LB] oavsett hur många kompletteringar som behövs.

> 5. Villkorsversion 1.1 - när kommer den?

[LB] Den ligger ute på webben sedan 1 juli. Enda ändringen är de nya
[LB] maxbeloppen, resten är oförändrat.

Tack!
Johan
"""


# --------------------------------------------------------------------------
# 6. Routine (Markdown)
# --------------------------------------------------------------------------
ROUTINE = """\
# Rutin: Handläggning av Kompetenscheck Sörmland

> **Intern rutin** för avdelningen för regional utveckling och Almi Företagspartner Mälardalen.
> Version 1.2 · fastställd 2026-07-01 · rutinägare: Petter Holm, enhetschef Näringsliv och kompetens
> Gäller tillsammans med *Villkor och anvisningar* (version 1.1) och överenskommelsen med Almi (Dnr RS-RU 2025/1187-9).

## 1. Syfte och omfattning

Rutinen beskriver hur en ansökan om kompetenscheck hanteras från det att den kommer in i
e-tjänsten **Mina ärenden** till dess att checken är utbetald och ärendet avslutat. Rutinen
gäller både Regionens handläggare och Almis affärsutvecklare.

## 2. Roller

| Roll | Vem | Uppgift i korthet |
|---|---|---|
| Handläggare (Almi) | Johan Nyqvist m.fl. | Registrerar, begär komplettering, bereder beslutsförslag, granskar slutredovisning |
| Projektledare (Regionen) | Lina Berggren | Kvalitetssäkrar beslutsförslag, registrerar beslut, följer upp ramen |
| Beslutsfattare | Se avsnitt 6 | Fattar beslut enligt delegationsordningen |
| Ekonomiservice (Regionen) | Ekonomiservice, Region Sörmland | Betalar ut godkända checkar |
| Rutinägare | Petter Holm | Ansvarar för att rutinen är aktuell |

## 3. Processen i korthet

```mermaid
flowchart TD
    A[Ansökan i Mina ärenden] --> B{Komplett?}
    B -- Nej --> C[Begär komplettering<br/>sökanden har 10 arbetsdagar]
    C --> B
    B -- Ja --> D[Almi bereder beslutsförslag]
    D --> E{Belopp över 100 000 kr?}
    E -- Nej --> F[Beslut: enhetschef]
    E -- Ja --> G[Beslut: regional utvecklingsdirektör]
    F --> H[Beslutsbrev skickas]
    G --> H
    H --> I[Utbildning genomförs]
    I --> J[Slutredovisning granskas av Almi]
    J --> K[Utbetalning via Ekonomiservice]
```

## 4. Steg för steg

1. **Registrering.** Almi kontrollerar att ansökan kommit in under en öppen ansökningsomgång och
   skickar en bekräftelse till den sökande.
2. **Kontroll av behörighet.** F-skatt, driftställe i länet, antal anställda och tidigare
   de minimis-stöd kontrolleras. Stöd av mindre betydelse kontrolleras i registret över statligt stöd.
3. **Komplettering.** Om ansökan är ofullständig begärs komplettering via Mina ärenden.
   Svarar den sökande inte inom fristen avslutas ärendet utan beslut.
4. **Beredning.** Almi bedömer ansökan mot villkoren och prioriteringsordningen och lägger in
   ett motiverat beslutsförslag i ärendet.
5. **Kvalitetssäkring.** Projektledaren går igenom beslutsförslaget, särskilt belopp och stödandel.
6. **Beslut.** Beslut fattas enligt avsnitt 6 och skickas till den sökande via Mina ärenden.
7. **Slutredovisning.** Almi granskar slutredovisningen enligt checklistan i avsnitt 8.
8. **Utbetalning och avslut.** Projektledaren attesterar och Ekonomiservice betalar ut.
   Ärendet avslutas när utbetalningen är bokförd.

## 5. Tidsgränser

| Moment | Tidsgräns | Källa |
|---|---|---|
| Bekräftelse till sökande | inom 2 arbetsdagar från att ansökan kommit in | intern målsättning |
| Sökandens svar på begäran om komplettering | 10 arbetsdagar | denna rutin |
| Almis beslutsförslag | inom 15 arbetsdagar från komplett ansökan | överenskommelsen p. 4.2 |
| Beslut till sökande | inom sex veckor från att omgången stängt | villkoren avsnitt 5.3 |
| Utbetalning | inom 30 dagar från godkänd slutredovisning | intern målsättning |

## 6. Delegation

Beslut fattas enligt regionala utvecklingsnämndens delegationsordning.

| Ärende | Beslutsfattare | Delegationspunkt |
|---|---|---|
| Beviljande av check om högst 100 000 kr | Enhetschef Näringsliv och kompetens | 4.7 |
| Beviljande av check över 100 000 kr | Regional utvecklingsdirektör | 4.8 |
| Avslag på ansökan | Enhetschef Näringsliv och kompetens | 4.7 |
| Omprövning av eget beslut | Den som fattat det ursprungliga beslutet | 4.7 / 4.8 |
| Återkrav över 50 000 kr | Regional utvecklingsdirektör | 4.9 |

> **Obs!** Delegationsgränsen 100 000 kr infördes i version 1.2 när det högsta beloppet för små och
> medelstora företag höjdes. Tidigare fattade enhetschefen samtliga beslut om check.

## 7. Definitioner

**Komplett ansökan**
: En ansökan där samtliga obligatoriska uppgifter och bilagor finns, inklusive offert från
  utbildningsanordnaren och de minimis-intyg.

**Handlagt ärende**
: En komplett ansökan för vilken Almi har lämnat beslutsförslag. Ligger till grund för Almis
  ersättning.

**Avslutad utbildning**
: Dagen för sista utbildningstillfälle enligt intyg eller faktura. Från denna dag räknas fristen
  för slutredovisning.

**Jäv**
: Handläggare eller beslutsfattare som har personlig eller ekonomisk koppling till sökande
  företag eller utbildningsanordnare får inte delta i handläggningen.

## 8. Checklista – granskning av slutredovisning

- [ ] Faktura från utbildningsanordnaren som specificerar utbildning och deltagare
- [ ] Betalningsbevis (kontoutdrag eller motsvarande)
- [ ] Intyg om genomförd utbildning eller deltagarförteckning med kön och befattning
- [ ] Kostnader för resor och logi är högst 10 procent av de stödberättigande kostnaderna
- [ ] Utbildningen har inte påbörjats före ansökningsdatum
- [ ] Belopp att betala ut är räknat på faktiska kostnader och högst det beviljade beloppet

<details>
<summary>Vanliga fel i ansökningar (klicka för att visa)</summary>

- Offerten avser en utbildning som redan har startat.
- Utbildningen genomförs av företagets egen personal eller av ett koncernbolag.
- Den sökande har räknat in lönekostnader för deltagarna.
- Antal anställda anges som personer i stället för årsverken.

</details>

## Ändringslogg

| Version | Datum | Ändring |
|---|---|---|
| 1.2 | 2026-07-01 | Nytt högsta belopp för små och medelstora företag enligt RUN 2026-05-20 § 62; ny delegationsgräns (avsnitt 6) |
| 1.1 | 2026-03-02 | Frist för komplettering ändrad från 5 till 10 arbetsdagar; checklista för slutredovisning tillagd |
| 1.0 | 2026-01-15 | Första version |
"""


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_villkor(os.path.join(out, "kompetenscheck_villkor_2026_v1-0.pdf"))
    make_report(os.path.join(out, "uppfoljning_kompetenscheck_T2_2026.pdf"))
    make_minutes(os.path.join(out, "RUN_protokoll_2026-05-20.docx"))
    make_agreement(os.path.join(out, "overenskommelse_almi_handlaggning_2026.docx"))
    with open(os.path.join(out, "mejl_omgang2_driftstopp.txt"), "w", encoding="utf-8", newline="\r\n") as fh:
        fh.write(MAIL)
    with open(os.path.join(out, "rutin_handlaggning_kompetenscheck.md"), "w", encoding="utf-8") as fh:
        fh.write(ROUTINE)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
