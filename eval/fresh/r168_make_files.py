#!/usr/bin/env python3
"""r168 – test round "Gröna jobb Gävleborg" (Region Gävleborg).

Usage:  python r168_make_files.py OUT_DIR

Writes six documents into OUT_DIR:
  1. GJG_projektplan_v1.0_2026-02-16.pdf          (reportlab platypus)
  2. Matchningskatalog_nr1_april2026.pdf           (reportlab canvas, card grid)
  3. Andringsanmalan_nr1_GJG_2026-06-10.docx       (python-docx, form tables)
  4. GJG-REG_deltagarsammanstallning_2026-09-30.txt (fixed-width printout, form feeds)
  5. beslutslogg_och_risker_GJG.md                 (Markdown log, strikethrough)
  6. Bilaga2_kommunernas_ataganden_2026-03-02.docx (python-docx, landscape section,
                                                   vertically merged cells)
All organisations' employers, persons and figures are fictitious test data.
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, Flowable, KeepTogether,
                                PageBreak)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def register_fonts():
    pairs = {
        "Serif": "DejaVuSerif.ttf",
        "Serif-Bold": "DejaVuSerif-Bold.ttf",
        "Serif-Italic": "DejaVuSerif-Italic.ttf",
        "Sans": "DejaVuSans.ttf",
        "Sans-Bold": "DejaVuSans-Bold.ttf",
        "Sans-Oblique": "DejaVuSans-Oblique.ttf",
        "SansCond": "DejaVuSansCondensed.ttf",
        "SansCond-Bold": "DejaVuSansCondensed-Bold.ttf",
    }
    for name, fn in pairs.items():
        path = os.path.join(FONT_DIR, fn)
        if not os.path.exists(path):
            # fall back to reportlab's bundled Vera fonts
            import reportlab
            vdir = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
            path = os.path.join(vdir, "VeraBd.ttf" if "Bold" in name else "Vera.ttf")
        pdfmetrics.registerFont(TTFont(name, path))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("Serif", normal="Serif", bold="Serif-Bold",
                       italic="Serif-Italic", boldItalic="Serif-Bold")
    registerFontFamily("Sans", normal="Sans", bold="Sans-Bold",
                       italic="Sans-Oblique", boldItalic="Sans-Bold")


def shy(text):
    """'~' marks a soft-hyphen break point in long Swedish compounds."""
    return text.replace("~", "\u00ad")


GREEN = colors.HexColor("#1f5f3f")
LIGHTGREEN = colors.HexColor("#e3efe6")
GREY = colors.HexColor("#555555")


# ---------------------------------------------------------------------------
# 1. Projektplan v1.0 (PDF, platypus): margin paragraph numbers, running header
#    from page 2, "Sida N av M", justified hyphenated serif text, page-bottom
#    footnotes, a boxed logic-model flow, tables.
# ---------------------------------------------------------------------------

class NumberedCanvas(rl_canvas.Canvas):
    """Canvas that writes 'Sida N av M' after all pages are known."""
    footer_left = ""

    def __init__(self, *a, **kw):
        rl_canvas.Canvas.__init__(self, *a, **kw)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._draw_footer(n)
            rl_canvas.Canvas.showPage(self)
        rl_canvas.Canvas.save(self)

    def _draw_footer(self, total):
        w, h = self._pagesize
        self.saveState()
        self.setStrokeColor(GREEN)
        self.setLineWidth(0.6)
        self.line(20 * mm, 15 * mm, w - 20 * mm, 15 * mm)
        self.setFont("Sans", 8)
        self.setFillColor(GREY)
        self.drawString(20 * mm, 10.5 * mm, self.footer_left)
        self.drawRightString(w - 20 * mm, 10.5 * mm,
                             "Sida %d av %d" % (self._pageNumber, total))
        self.restoreState()


class PlanCanvas(NumberedCanvas):
    footer_left = "Region Gävleborg · Gröna jobb Gävleborg · Projektplan version 1.0"


class FootnoteMark(Flowable):
    """Zero-size flowable: registers a footnote for the page it lands on."""
    registry = {}

    def __init__(self, num, text):
        Flowable.__init__(self)
        self.num, self.text = num, text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        page = self.canv.getPageNumber()
        FootnoteMark.registry.setdefault(page, []).append((self.num, self.text))


FN_STYLE = None


def plan_page_end(canv, doc):
    page = canv.getPageNumber()
    notes = FootnoteMark.registry.get(page, [])
    if not notes:
        return
    y = 19 * mm
    paras = []
    for num, text in notes:
        p = Paragraph("<super>%s</super> %s" % (num, shy(text)), FN_STYLE)
        w, h = p.wrap(A4[0] - 40 * mm, 40 * mm)
        paras.append((p, h))
    total_h = sum(h for _, h in paras) + 2 * mm * len(paras)
    top = y + total_h + 3 * mm
    canv.saveState()
    canv.setLineWidth(0.5)
    canv.line(20 * mm, top, 70 * mm, top)
    canv.restoreState()
    cur = top - 2 * mm
    for p, h in paras:
        cur -= h
        p.drawOn(canv, 20 * mm, cur)
        cur -= 2 * mm


def plan_header(canv, doc):
    page = canv.getPageNumber()
    if page == 1:
        return
    w, h = A4
    canv.saveState()
    canv.setFont("Sans", 8)
    canv.setFillColor(GREY)
    canv.drawString(20 * mm, h - 13 * mm, "Gröna jobb Gävleborg · Projektplan v1.0 · 2026-02-16")
    canv.drawRightString(w - 20 * mm, h - 13 * mm, "Dnr RG 2026/0417")
    canv.setStrokeColor(GREEN)
    canv.line(20 * mm, h - 15 * mm, w - 20 * mm, h - 15 * mm)
    canv.restoreState()


class LogicModel(Flowable):
    """Four boxes with arrows: Resurser -> Aktiviteter -> Resultat -> Effekter."""

    boxes = [
        ("Resurser", ["Tre MUR-team med nio medarbetare",
                      "Kommunal vuxenutbildning i tio kommuner",
                      "Industrinätverket Gävleborg",
                      "ESF+-stöd och regional medfinansiering"]),
        ("Aktiviteter", ["Kartläggning och vägledning",
                         "Validering av yrkeskunskaper",
                         "Korta yrkesutbildningar",
                         "Praktik och provanställning"]),
        ("Resultat", ["Deltagare med dokumenterade kunskaper",
                      "Matchningskatalog två gånger per år",
                      "Anställningar hos gröna industriarbetsgivare"]),
        ("Effekter", ["Minskad långtidsarbetslöshet",
                      "Tryggad kompetensförsörjning i industrin",
                      "Snabbare grön omställning i Gävleborg"]),
    ]

    def __init__(self):
        Flowable.__init__(self)
        self.h = 58 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        gap = 7 * mm
        n = len(self.boxes)
        bw = (self.aw - gap * (n - 1)) / n
        st = ParagraphStyle("lm", fontName="SansCond", fontSize=7.6, leading=9.4)
        for i, (title, items) in enumerate(self.boxes):
            x = i * (bw + gap)
            c.setStrokeColor(GREEN)
            c.setFillColor(colors.white)
            c.roundRect(x, 0, bw, self.h, 2.5 * mm, stroke=1, fill=1)
            c.setFillColor(GREEN)
            c.roundRect(x, self.h - 8 * mm, bw, 8 * mm, 2.5 * mm, stroke=0, fill=1)
            c.rect(x, self.h - 8 * mm, bw, 4 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Sans-Bold", 8.5)
            c.drawCentredString(x + bw / 2, self.h - 5.6 * mm, title)
            y = self.h - 11 * mm
            for it in items:
                p = Paragraph("• " + it, st)
                w, h = p.wrap(bw - 4 * mm, 30 * mm)
                y -= h
                p.drawOn(c, x + 2 * mm, y)
                y -= 1.6 * mm
            if i < n - 1:
                ax = x + bw + 1 * mm
                ay = self.h / 2
                c.setStrokeColor(GREEN)
                c.setFillColor(GREEN)
                c.setLineWidth(1.2)
                c.line(ax, ay, ax + gap - 3 * mm, ay)
                p = c.beginPath()
                p.moveTo(ax + gap - 2 * mm, ay)
                p.lineTo(ax + gap - 4 * mm, ay + 1.5 * mm)
                p.lineTo(ax + gap - 4 * mm, ay - 1.5 * mm)
                p.close()
                c.drawPath(p, stroke=0, fill=1)


def make_projektplan(path):
    global FN_STYLE
    FootnoteMark.registry = {}
    body = ParagraphStyle("body", fontName="Serif", fontSize=9.6, leading=13.2,
                          alignment=TA_JUSTIFY, leftIndent=15 * mm, bulletIndent=0,
                          bulletFontName="Sans-Bold", bulletFontSize=8.5,
                          spaceAfter=5, embeddedHyphenation=1,
                          hyphenationMinWordLength=6, uriWasteReduce=0.3)
    item = ParagraphStyle("item", parent=body, leftIndent=24 * mm,
                          bulletIndent=18 * mm, bulletFontName="Serif",
                          bulletFontSize=9.6, spaceAfter=2, alignment=TA_LEFT)
    h1 = ParagraphStyle("h1", fontName="Sans-Bold", fontSize=12.5, leading=16,
                        textColor=GREEN, spaceBefore=10, spaceAfter=6,
                        leftIndent=15 * mm, bulletIndent=0, bulletFontName="Sans-Bold",
                        bulletFontSize=12.5)
    small = ParagraphStyle("small", fontName="Sans", fontSize=8, leading=10)
    cell = ParagraphStyle("cell", fontName="Sans", fontSize=8.2, leading=10.2)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Sans-Bold")
    FN_STYLE = ParagraphStyle("fn", fontName="Serif", fontSize=7.6, leading=9.4,
                              alignment=TA_LEFT)

    def P(num, text):
        return Paragraph(shy(text), body, bulletText=num)

    def H(num, text):
        return Paragraph(text, h1, bulletText=num)

    def I(bullet, text):
        return Paragraph(shy(text), item, bulletText=bullet)

    story = []
    # --- title page block ---
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph("REGION GÄVLEBORG", ParagraphStyle(
        "org", fontName="Sans-Bold", fontSize=10, textColor=GREEN, spaceAfter=18)))
    story.append(Paragraph("Gröna jobb Gävleborg", ParagraphStyle(
        "t", fontName="Sans-Bold", fontSize=24, leading=29, spaceAfter=6)))
    story.append(Paragraph("Projektplan för matchning av arbetssökande till gröna "
                           "industrijobb 2026–2028", ParagraphStyle(
                               "st", fontName="Sans", fontSize=13, leading=17,
                               textColor=GREY, spaceAfter=14)))
    info = [
        ["Version", "1.0"],
        ["Datum", "2026-02-16"],
        ["Diarienummer", "RG 2026/0417"],
        ["Status", "Fastställd av styrgruppen 2026-02-23"],
        ["Projektägare", "Region Gävleborg, regionala utvecklingsnämnden"],
        ["Ansvarig för dokumentet", "Maria Lindqvist, projektledare"],
    ]
    t = Table([[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in info],
              colWidths=[45 * mm, 110 * mm])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (0, -1), LIGHTGREEN),
        ("BOX", (0, 0), (-1, -1), 0.6, GREEN),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9bbfa8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(t)
    story.append(Spacer(1, 8 * mm))

    story.append(H("1", "Bakgrund"))
    story.append(P("1.1", "Gävleborgs industri står inför en omfattande grön om~ställning. "
                   "Stål~verk, pappers~bruk och nya företag inom batteri~material, vätgas och "
                   "industriellt trä~byggande investerar i ny teknik och behöver ny personal. "
                   "Enligt regionens kartläggning från november 2025 behöver arbets~givarna i "
                   "länets industri rekrytera omkring 2 300 personer under perioden 2026–2030, "
                   "varav ungefär hälften till yrken som i dag räknas som brist~yrken. På nationell "
                   "nivå har behovet i de gröna industri~satsningarna uppskattats till cirka "
                   "45 000 personer fram till 2030.<super>1</super>"))
    story.append(FootnoteMark(1, "Region Gävleborg, Kartläggning av kompetensbehov i industrin, "
                                 "november 2025. Den nationella uppskattningen kommer från en "
                                 "myndighetsgemensam rapport och är inte nedbruten på län."))
    story.append(P("1.2", "Samtidigt är arbetslösheten hög. I december 2025 var 9,1 procent av "
                   "den register~baserade arbets~kraften 16–64 år i Gävleborg inskrivna som "
                   "arbetslösa hos Arbetsförmedlingen, jämfört med 6,8 procent i riket. Drygt "
                   "5 400 personer i länet hade varit utan arbete i mer än tolv månader. Många "
                   "av dem har erfarenhet från industrin men saknar de certifikat och "
                   "behörigheter som arbets~givarna efterfrågar."))
    story.append(P("1.3", "Projektet bygger på förstudien Grön kompetens i Gästrikland "
                   "(2024–2025). Förstudien visade att arbetsgivare och arbetssökande sällan "
                   "möts, att valideringen tar för lång tid och att utbildnings~anordnarna inte "
                   "får veta vilka platser som faktiskt finns. Gröna jobb Gävleborg ska därför "
                   "samla matchning, vägledning, validering och kortare utbildningar i ett och "
                   "samma arbetssätt."))

    story.append(H("2", "Syfte, mål och definitioner"))
    story.append(P("2.1", "Syftet med projektet är att fler lång~tids~arbetslösa i Gävleborg "
                   "ska få en anställning i den gröna industrin och att industrins "
                   "kompetens~försörjning ska tryggas i alla tio kommuner."))
    story.append(P("2.2", "Projektets mål för hela projektperioden är följande:"))
    story.append(I("–", "600 deltagare ska skrivas in i projektet.<super>2</super>"))
    story.append(FootnoteMark(2, "Deltagare som avbryter inom 14 kalenderdagar från "
                                 "inskrivningen räknas inte in i deltagarmålet."))
    story.append(I("–", "240 deltagare, det vill säga 40 procent, ska vara i arbete efter "
                   "avslutat deltagande.<super>3</super>"))
    story.append(FootnoteMark(3, "Andelen i arbete mäts 90 dagar efter avslutat deltagande, "
                                 "genom uppföljning i Arbetsförmedlingens register och "
                                 "telefonkontakt med deltagaren."))
    story.append(I("–", "150 deltagare ska ha fått sina yrkeskunskaper validerade."))
    story.append(Spacer(1, 3))
    story.append(P("2.3", "Matchningen sköts av tre del~regionala Matchningsteam för utbildning "
                   "och rekrytering (MUR). Ett MUR består av en arbets~förmedlare, en studie- och "
                   "yrkes~vägledare från kommunen och en företags~kontakt från regionen. "
                   "Teamen träffar arbets~givarna, tar emot anvisade deltagare och följer "
                   "varje deltagare från kartläggning till anställning."))
    story.append(P("2.4", "Med grönt industrijobb avses i projektet en anställning hos en "
                   "arbetsgivare vars verksamhet bidrar till minskade utsläpp, ökad "
                   "återvinning eller förnybar energi, eller en anställning i en befintlig "
                   "industri som ställer om sin produktion."))

    story.append(H("3", "Målgrupp"))
    story.append(P("3.1", "Målgruppen är arbetssökande 20–64 år som är inskrivna vid "
                   "Arbetsförmedlingen och har varit utan arbete i minst sex månader. Särskilt "
                   "prioriteras personer som är utrikes födda, personer som saknar fullständig "
                   "gymnasie~utbildning och personer över 55 år."))
    story.append(P("3.2", "Deltagarna anvisas av Arbetsförmedlingen eller remitteras av "
                   "kommunernas arbets~marknads~enheter efter samråd med Arbetsförmedlingen."))

    story.append(H("4", "Prioriterade yrkesområden"))
    story.append(P("4.1", "Utifrån arbetsgivarnas rekryterings~behov prioriterar projektet "
                   "följande fem yrkes~områden:"))
    for i, y in enumerate(["Svetsare och plåtslagare",
                           "Industrielektriker och automationstekniker",
                           "Processoperatörer inom stål, massa och batterimaterial",
                           "Underhållsmekaniker",
                           "Montörer inom industriellt träbyggande"], 1):
        story.append(I("%d." % i, y))
    story.append(Spacer(1, 3))
    story.append(P("4.2", "Yrkesförare och lager~arbetare ingår inte bland de prioriterade "
                   "områdena, eftersom de redan omfattas av andra regionala insatser."))

    story.append(H("5", "Arbetssätt och förändringsteori"))
    story.append(P("5.1", "Figur 1 visar projektets förändrings~teori: hur resurserna omsätts "
                   "i aktiviteter som ger resultat på kort sikt och effekter på lång sikt."))
    story.append(KeepTogether([Spacer(1, 2), LogicModel(), Spacer(1, 3),
                               Paragraph("Figur 1. Förändringsteori för Gröna jobb Gävleborg.",
                                         ParagraphStyle("cap", parent=small,
                                                        fontName="Sans-Oblique",
                                                        spaceAfter=8))]))
    story.append(P("5.2", "Länet delas in i tre del~regioner med var sitt MUR: MUR Gästrikland "
                   "(Gävle, Sandviken, Hofors och Ockelbo) med kontor i Gävle, MUR Södra "
                   "Hälsingland (Bollnäs, Söderhamn och Ovanåker) med kontor i Söderhamn samt "
                   "MUR Norra Hälsingland (Hudiksvall, Ljusdal och Nordanstig) med kontor i "
                   "Hudiksvall."))
    story.append(P("5.3", "Två gånger per år ger MUR ut en matchnings~katalog med lediga "
                   "platser hos de deltagande arbets~givarna. Den första katalogen ska "
                   "publiceras i april 2026."))

    story.append(H("6", "Organisation och ansvar"))
    story.append(P("6.1", "Projektet leds av en styrgrupp med representanter för Region "
                   "Gävleborg, Arbetsförmedlingen, kommunerna och arbets~givarna. Roller "
                   "och namn framgår av tabell 1."))
    roles = [
        ["Roll", "Namn", "Organisation"],
        ["Projektägare", "Regionala utvecklingsnämnden", "Region Gävleborg"],
        ["Ordförande i styrgruppen", "Per Ekström, regional utvecklingsdirektör", "Region Gävleborg"],
        ["Projektledare", "Maria Lindqvist", "Region Gävleborg"],
        ["Projektkoordinator", "Emma Nordin", "Region Gävleborg"],
        ["Kontaktperson", "Lena Ragnarsson, sektionschef", "Arbetsförmedlingen"],
        ["Arbetsgivarnas representant", "Björn Hedlund", "Industrinätverket Gävleborg"],
        ["Kommunernas representant", "Ulrika Palm, arbetsmarknadschef", "Sandvikens kommun"],
    ]
    t = Table([[Paragraph(c, cellb if r == 0 else cell) for c in row]
               for r, row in enumerate(roles)],
              colWidths=[45 * mm, 62 * mm, 48 * mm], hAlign="RIGHT", repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), LIGHTGREEN),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREEN),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(Paragraph("Tabell 1. Roller i projektet", ParagraphStyle(
        "tc", parent=small, fontName="Sans-Bold", leftIndent=15 * mm, spaceAfter=3)))
    story.append(t)
    story.append(Spacer(1, 6))

    story.append(H("7", "Tidplan och budget"))
    story.append(P("7.1", "Projektperioden är 2026-03-01 – 2028-08-31. Viktiga hållpunkter "
                   "framgår av tabell 2. Slutrapporten lämnas till Svenska ESF-rådet senast "
                   "två månader efter projektperiodens slut."))
    ms = [
        ["Hållpunkt", "Datum"],
        ["Projektstart", "2026-03-01"],
        ["Kick-off med arbetsgivare, Gävle", "2026-04-15"],
        ["Matchningskatalog nr 1", "april 2026"],
        ["Första svetsgruppen startar i Hofors", "2026-08-24"],
        ["Halvtidsutvärdering klar", "2027-06-30"],
        ["Projektperiodens slut", "2028-08-31"],
        ["Slutrapport till Svenska ESF-rådet", "2028-10-31"],
    ]
    t = Table([[Paragraph(c, cellb if r == 0 else cell) for c in row]
               for r, row in enumerate(ms)], colWidths=[100 * mm, 55 * mm],
              hAlign="RIGHT")
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), LIGHTGREEN),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREEN),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
    ]))
    story.append(Paragraph("Tabell 2. Hållpunkter", ParagraphStyle(
        "tc2", parent=small, fontName="Sans-Bold", leftIndent=15 * mm, spaceAfter=3)))
    story.append(t)
    story.append(Spacer(1, 6))
    story.append(P("7.2", "Projektet finansieras av Europeiska socialfonden+ (ESF+) via "
                   "Svenska ESF-rådet, Region Gävleborg, de tio kommunerna och "
                   "Arbetsförmedlingen. Projektets totala budget uppgår till 18 400 tkr, "
                   "varav ESF+-stöd 9 200 tkr (50 procent). Fördelningen per år framgår av "
                   "tabell 3."))
    bud = [
        ["Finansiär (tkr)", "2026", "2027", "2028", "Totalt"],
        ["ESF+ (Svenska ESF-rådet)", "3 100", "3 700", "2 400", "9 200"],
        ["Region Gävleborg", "1 400", "1 700", "1 100", "4 200"],
        ["Kommunerna (tio)", "1 000", "1 200", "800", "3 000"],
        ["Arbetsförmedlingen, personal<super>4</super>", "700", "800", "500", "2 000"],
        ["Summa", "6 200", "7 400", "4 800", "18 400"],
    ]
    numst = ParagraphStyle("num", parent=cell, alignment=2)
    numstb = ParagraphStyle("numb", parent=cellb, alignment=2)
    rows = []
    for r, row in enumerate(bud):
        bold = r == 0 or r == len(bud) - 1
        rows.append([Paragraph(row[0], cellb if bold else cell)] +
                    [Paragraph(v, numstb if bold else numst) for v in row[1:]])
    t = Table(rows, colWidths=[63 * mm, 23 * mm, 23 * mm, 23 * mm, 23 * mm], hAlign="RIGHT")
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), LIGHTGREEN),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREEN),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, GREEN),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#bbbbbb")),
    ]))
    story.append(KeepTogether([Paragraph("Tabell 3. Finansiering per år", ParagraphStyle(
        "tc3", parent=small, fontName="Sans-Bold", leftIndent=15 * mm, spaceAfter=3)), t]))
    story.append(FootnoteMark(4, "Arbetsförmedlingens medfinansiering utgörs av arbetstid "
                                 "motsvarande 2,5 årsarbetskrafter i de tre MUR och betalas "
                                 "inte ut kontant."))
    story.append(Spacer(1, 6))
    story.append(P("7.3", "Projektet redovisar kostnader och resultat till Svenska ESF-rådet "
                   "varje kvartal. Styrgruppen följer upp budget och mål vid varje möte."))

    doc = BaseDocTemplate(path, pagesize=A4, title="Gröna jobb Gävleborg – Projektplan v1.0",
                          author="Region Gävleborg", leftMargin=20 * mm,
                          rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=40 * mm)
    frame = Frame(20 * mm, 40 * mm, A4[0] - 40 * mm, A4[1] - 60 * mm, id="f",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=plan_header,
                                       onPageEnd=plan_page_end)])
    doc.build(story, canvasmaker=PlanCanvas)


# ---------------------------------------------------------------------------
# 2. Matchningskatalog nr 1 (PDF, canvas): title band, 2-column grid of boxed
#    employer cards, a card footnote at the page bottom, summary table.
# ---------------------------------------------------------------------------

CARDS = [
    dict(emp="Gävle Bioraffinaderi AB", kom="Gävle", yrke="Processoperatör, bioraffinaderi",
         antal="18 platser", start="löpande från 2026-06-01",
         krav="Gymnasieexamen eller motsvarande. Beredskap för skiftarbete.",
         utb="8 veckors processteknik via vuxenutbildningen i Gävle",
         kontakt="MUR Gästrikland"),
    dict(emp="Norrsundet Vätgas AB", kom="Gävle", yrke="Industrielektriker",
         antal="9 platser", start="2026-09-01",
         krav="Elteknisk utbildning eller motsvarande erfarenhet. B-körkort.",
         utb="Validering av elkompetens före anställning",
         kontakt="MUR Gästrikland"),
    dict(emp="Sandbacka Verktyg AB", kom="Sandviken", yrke="CNC-operatör och underhållsmekaniker",
         antal="25 platser", start="2026-10-05",
         krav="Teknisk grundutbildning. Goda kunskaper i svenska.",
         utb="CNC-kurs 12 veckor i Sandviken",
         kontakt="MUR Gästrikland"),
    dict(emp="Järnbäraren Stål AB", kom="Hofors", yrke="Svetsare (MIG/MAG)",
         antal="14 platser", start="svetsutbildning 2026-08-24, 16 veckor",
         krav="Godkänt svetsprov efter utbildningen. Truckkort är meriterande.",
         utb="Svetsutbildning i Hofors",
         kontakt="MUR Gästrikland"),
    dict(emp="Hälsinge Batteri AB", kom="Söderhamn", yrke="Processoperatör, batterimaterial",
         antal="42 platser", fn="1", start="två omgångar, 2026-11-02 och 2027-03-01",
         krav="Gymnasieexamen. Skiftarbete och arbete i renrum.",
         utb="6 veckors introduktion hos arbetsgivaren",
         kontakt="MUR Södra Hälsingland"),
    dict(emp="Ljusnan Kabel AB", kom="Bollnäs", yrke="Kabelmontör",
         antal="16 platser", start="2026-09-14",
         krav="B-körkort. God fysik, arbete på höjd förekommer.",
         utb="Branschutbildning 5 veckor",
         kontakt="MUR Södra Hälsingland"),
    dict(emp="Voxna Kraft & Värme AB", kom="Ovanåker", yrke="Drifttekniker, fjärrvärme",
         antal="6 platser", start="2026-10-01",
         krav="Teknisk utbildning, erfarenhet av processdrift är meriterande.",
         utb="Praktik 4 veckor i Edsbyn",
         kontakt="MUR Södra Hälsingland"),
    dict(emp="Dellenbygdens Trähus AB", kom="Hudiksvall", yrke="Montör, industriellt träbyggande",
         antal="20 platser", start="2027-01-18",
         krav="Intresse för hantverk. B-körkort är meriterande.",
         utb="Kurs i industriellt träbyggande 10 veckor",
         kontakt="MUR Norra Hälsingland"),
    dict(emp="Ljusdals Pellets AB", kom="Ljusdal", yrke="Processoperatör, pelletsproduktion",
         antal="8 platser", start="2026-08-31",
         krav="Truckkort eller vilja att ta truckkort.",
         utb="Truckutbildning och arbetsplatsintroduktion",
         kontakt="MUR Norra Hälsingland"),
    dict(emp="Gnarp Solpark AB", kom="Nordanstig", yrke="Montör, solcellsparker",
         antal="12 platser", start="2027-04-12 (säsong april–oktober)",
         krav="B-körkort. Arbete utomhus.",
         utb="Elsäkerhet och arbete på väg",
         kontakt="MUR Norra Hälsingland"),
]


def draw_card(c, x, ytop, w, h, d):
    c.saveState()
    c.setStrokeColor(GREEN)
    c.setLineWidth(0.9)
    c.setFillColor(colors.white)
    c.roundRect(x, ytop - h, w, h, 3 * mm, stroke=1, fill=1)
    # header strip
    c.setFillColor(GREEN)
    c.roundRect(x, ytop - 12 * mm, w, 12 * mm, 3 * mm, stroke=0, fill=1)
    c.rect(x, ytop - 12 * mm, w, 5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-Bold", 10.5)
    c.drawString(x + 4 * mm, ytop - 7.8 * mm, d["emp"])
    # municipality tag
    c.setFillColor(LIGHTGREEN)
    c.roundRect(x + 4 * mm, ytop - 19 * mm, 30 * mm, 5 * mm, 1.5 * mm, stroke=0, fill=1)
    c.setFillColor(GREEN)
    c.setFont("Sans-Bold", 7.5)
    c.drawString(x + 6 * mm, ytop - 17.4 * mm, d["kom"].upper())
    # antal platser on the right
    c.setFont("Sans-Bold", 12)
    c.setFillColor(colors.HexColor("#b34700"))
    aw = c.stringWidth(d["antal"], "Sans-Bold", 12)
    ax = x + w - 5 * mm - aw - (2 * mm if d.get("fn") else 0)
    c.drawString(ax, ytop - 18 * mm, d["antal"])
    if d.get("fn"):
        c.setFont("Sans-Bold", 7)
        c.drawString(ax + aw + 0.5 * mm, ytop - 15.5 * mm, d["fn"])
    # body lines
    y = ytop - 26 * mm
    c.setFillColor(colors.black)
    for label, key in [("Yrke", "yrke"), ("Start", "start"), ("Krav", "krav"),
                       ("Förberedande insats", "utb"), ("Kontakt", "kontakt")]:
        c.setFont("Sans-Bold", 8)
        c.drawString(x + 4 * mm, y, label + ":")
        lw = c.stringWidth(label + ": ", "Sans-Bold", 8)
        lines = simpleSplit(d[key], "Sans", 8, w - 8 * mm - lw)
        c.setFont("Sans", 8)
        for j, ln in enumerate(lines):
            c.drawString(x + 4 * mm + lw, y, ln)
            y -= 3.9 * mm
        y -= 1.2 * mm
    c.restoreState()


def katalog_frame(c, page, total):
    w, h = A4
    c.saveState()
    if page > 1:
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawString(18 * mm, h - 12 * mm, "Matchningskatalog nr 1 – april 2026")
        c.drawRightString(w - 18 * mm, h - 12 * mm, "Gröna jobb Gävleborg")
        c.setStrokeColor(GREEN)
        c.line(18 * mm, h - 14 * mm, w - 18 * mm, h - 14 * mm)
    c.setFont("Sans", 7.5)
    c.setFillColor(GREY)
    c.drawString(18 * mm, 9 * mm, "Utgiven av MUR i Gröna jobb Gävleborg · Publicerad 2026-04-08")
    c.drawRightString(w - 18 * mm, 9 * mm, "%d/%d" % (page, total))
    c.restoreState()


def make_katalog(path):
    w, h = A4
    c = rl_canvas.Canvas(path, pagesize=A4)
    c.setTitle("Matchningskatalog nr 1 – Gröna jobb Gävleborg")
    c.setAuthor("MUR, Gröna jobb Gävleborg")
    total = 3
    cw = (w - 36 * mm - 8 * mm) / 2
    ch = 72 * mm
    # ---- page 1: band + intro + 4 cards ----
    c.setFillColor(GREEN)
    c.rect(0, h - 52 * mm, w, 52 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-Bold", 9)
    c.drawString(18 * mm, h - 14 * mm, "GRÖNA JOBB GÄVLEBORG")
    c.setFont("Sans-Bold", 26)
    c.drawString(18 * mm, h - 28 * mm, "Matchningskatalog")
    c.setFont("Sans", 13)
    c.drawString(18 * mm, h - 37 * mm, "Nr 1 · april 2026 · 170 platser hos tio arbetsgivare")
    c.setFont("Sans", 8.5)
    c.drawString(18 * mm, h - 45 * mm,
                 "Platserna är reserverade för deltagare i projektet till och med 2026-06-30.")
    intro = ("Katalogen tas fram av MUR tillsammans med arbetsgivarna. Varje kort visar yrke, "
             "antal platser, planerad start, krav och den förberedande insats som erbjuds. "
             "Efter 2026-06-30 annonseras kvarvarande platser även i Platsbanken. Ockelbo har "
             "inga egna platser i denna omgång; deltagare från Ockelbo matchas mot arbetsgivare "
             "i Gävle och Sandviken.")
    st = ParagraphStyle("ki", fontName="Serif", fontSize=9, leading=12, alignment=TA_JUSTIFY)
    p = Paragraph(intro, st)
    pw, ph = p.wrap(w - 36 * mm, 40 * mm)
    p.drawOn(c, 18 * mm, h - 58 * mm - ph)
    ytop = h - 62 * mm - ph
    for i, d in enumerate(CARDS[:4]):
        col, row = i % 2, i // 2
        draw_card(c, 18 * mm + col * (cw + 8 * mm), ytop - row * (ch + 6 * mm), cw, ch, d)
    katalog_frame(c, 1, total)
    c.showPage()
    # ---- page 2: 6 cards + footnote ----
    ytop = h - 20 * mm
    ch2 = 68 * mm
    for i, d in enumerate(CARDS[4:]):
        col, row = i % 2, i // 2
        draw_card(c, 18 * mm + col * (cw + 8 * mm), ytop - row * (ch2 + 5 * mm), cw, ch2, d)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.line(18 * mm, 22 * mm, 60 * mm, 22 * mm)
    c.setFont("Sans", 7.5)
    c.setFillColor(colors.black)
    c.drawString(18 * mm, 18 * mm, "1  Varav 12 platser är villkorade av att bolagets "
                 "miljötillstånd vinner laga kraft. Beslut väntas hösten 2026.")
    katalog_frame(c, 2, total)
    c.showPage()
    # ---- page 3: summary table + how-to box ----
    c.setFillColor(GREEN)
    c.setFont("Sans-Bold", 14)
    c.drawString(18 * mm, h - 28 * mm, "Platser per kommun")
    cell = ParagraphStyle("kc", fontName="Sans", fontSize=9, leading=11.5)
    cellb = ParagraphStyle("kcb", parent=cell, fontName="Sans-Bold")
    num = ParagraphStyle("kn", parent=cell, alignment=2)
    numb = ParagraphStyle("knb", parent=cellb, alignment=2)
    rows = [["Kommun", "MUR", "Arbetsgivare", "Platser"],
            ["Gävle", "Gästrikland", "2", "27"],
            ["Sandviken", "Gästrikland", "1", "25"],
            ["Hofors", "Gästrikland", "1", "14"],
            ["Ockelbo", "Gästrikland", "–", "–"],
            ["Bollnäs", "Södra Hälsingland", "1", "16"],
            ["Söderhamn", "Södra Hälsingland", "1", "42"],
            ["Ovanåker", "Södra Hälsingland", "1", "6"],
            ["Hudiksvall", "Norra Hälsingland", "1", "20"],
            ["Ljusdal", "Norra Hälsingland", "1", "8"],
            ["Nordanstig", "Norra Hälsingland", "1", "12"],
            ["Summa", "", "10", "170"]]
    data = []
    for r, row in enumerate(rows):
        b = r == 0 or r == len(rows) - 1
        data.append([Paragraph(row[0], cellb if b else cell), Paragraph(row[1], cellb if b else cell),
                     Paragraph(row[2], numb if b else num), Paragraph(row[3], numb if b else num)])
    t = Table(data, colWidths=[40 * mm, 50 * mm, 30 * mm, 25 * mm])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), LIGHTGREEN),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREEN),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, GREEN),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f4f8f5")]),
    ]))
    tw, th = t.wrap(w, h)
    t.drawOn(c, 18 * mm, h - 34 * mm - th)
    y = h - 44 * mm - th
    bh = 62 * mm
    c.setStrokeColor(GREEN)
    c.setFillColor(colors.HexColor("#f4f8f5"))
    c.roundRect(18 * mm, y - bh, w - 36 * mm, bh, 3 * mm, stroke=1, fill=1)
    c.setFillColor(GREEN)
    c.setFont("Sans-Bold", 11)
    c.drawString(24 * mm, y - 9 * mm, "Så anmäler du en deltagare")
    steps = ["Handläggaren på Arbetsförmedlingen eller i kommunen stämmer av intresset med "
             "deltagaren.",
             "Anmälan skickas till MUR i deltagarens delregion via projektets e-postlåda.",
             "MUR bokar ett kartläggningssamtal inom tio arbetsdagar.",
             "Efter kartläggningen föreslår MUR en plats eller en förberedande insats.",
             "Arbetsgivaren intervjuar deltagaren och besked lämnas inom två veckor."]
    sst = ParagraphStyle("ss", fontName="Sans", fontSize=8.8, leading=11.5, leftIndent=6 * mm,
                         bulletIndent=0)
    yy = y - 14 * mm
    for i, s in enumerate(steps, 1):
        p = Paragraph(s, sst, bulletText="%d." % i)
        pw, ph = p.wrap(w - 48 * mm, 30 * mm)
        yy -= ph
        p.drawOn(c, 24 * mm, yy)
        yy -= 2 * mm
    c.setFont("Sans", 8.5)
    c.setFillColor(colors.black)
    c.drawString(18 * mm, y - bh - 10 * mm,
                 "Nästa katalog (nr 2) planeras till oktober 2026.")
    katalog_frame(c, 3, total)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 3 + 6. DOCX helpers
# ---------------------------------------------------------------------------

def docx_helpers():
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def add_field(paragraph, instr):
        run = paragraph.add_run()
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        run._r.append(b)
        run2 = paragraph.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        run2._r.append(it)
        run3 = paragraph.add_run()
        s = OxmlElement("w:fldChar")
        s.set(qn("w:fldCharType"), "separate")
        run3._r.append(s)
        run4 = paragraph.add_run("1")
        run5 = paragraph.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        run5._r.append(e)

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)

    return shade, add_field, repeat_header


def make_andringsanmalan(path):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    shade, add_field, repeat_header = docx_helpers()

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    # header: letterhead line with Dnr
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Gävleborg\tÄndringsanmälan nr 1\tDnr RG 2026/0417-14")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x1F, 0x5F, 0x3F)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ").font.size = Pt(8.5)
    add_field(fp, "PAGE")
    fp.add_run(" av ").font.size = Pt(8.5)
    add_field(fp, "NUMPAGES")

    doc.add_heading("Ändringsanmälan – Gröna jobb Gävleborg", level=1)
    p = doc.add_paragraph("Anmälan om ändring i beviljat projekt till Svenska ESF-rådet. "
                          "Blanketten fylls i av projektägaren.")
    p.runs[0].italic = True

    doc.add_heading("A. Uppgifter om projektet", level=2)
    info = [("Projektnamn", "Gröna jobb Gävleborg"),
            ("Ärendenummer hos Svenska ESF-rådet", "2025/00734"),
            ("Projektägare", "Region Gävleborg"),
            ("Datum för anmälan", "2026-06-10"),
            ("Kontaktperson för ändringen", "Johan Sved, utvecklingsstrateg, tf. projektledare"),
            ("E-post", "gronajobb@regiongavleborg.example")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in info:
        row = t.add_row().cells
        row[0].text, row[1].text = a, b
        shade(row[0], "E3EFE6")
        row[0].paragraphs[0].runs[0].bold = True
    for row in t.rows:
        row.cells[0].width = Mm(62)
        row.cells[1].width = Mm(104)

    doc.add_heading("B. Typ av ändring", level=2)
    doc.add_paragraph("Markera de ändringar som anmälan avser.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    boxes = [("☒ Budget och finansiering", "☐ Samverkanspartner"),
             ("☒ Projektperiod", "☐ Aktiviteter"),
             ("☒ Mål och indikatorer", "☒ Projektledning och kontaktperson")]
    for i, (a, b) in enumerate(boxes):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[1].text = b

    doc.add_heading("C. Ändrade uppgifter", level=2)
    rows = [("Uppgift", "Tidigare uppgift", "Ny uppgift"),
            ("Total budget", "18 400 tkr", "17 650 tkr"),
            ("ESF+-stöd", "9 200 tkr", "9 200 tkr (oförändrat)"),
            ("Arbetsförmedlingens medfinansiering (personal)", "2 000 tkr", "1 250 tkr"),
            ("Projektperiod", "2026-03-01 – 2028-08-31", "2026-03-01 – 2028-12-31"),
            ("Antal deltagare (mål)", "600 deltagare", "520 deltagare"),
            ("Deltagare i arbete efter avslutat deltagande (mål)", "240", "240 (oförändrat)"),
            ("Projektledare", "Maria Lindqvist", "Johan Sved (tf. från 2026-06-15)")]
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for i, rr in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(rr):
            cells[j].text = v
            if i == 0:
                cells[j].paragraphs[0].runs[0].bold = True
                shade(cells[j], "1F5F3F")
                cells[j].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            elif j == 0:
                shade(cells[j], "E3EFE6")
    repeat_header(t.rows[0])
    doc.add_paragraph("Övriga finansiärers andelar (Region Gävleborg 4 200 tkr och "
                      "kommunerna 3 000 tkr) är oförändrade.")

    doc.add_heading("D. Motivering", level=2)
    reasons = [
        "Arbetsförmedlingen har efter sänkt förvaltningsanslag för 2026 omprioriterat sin "
        "personal i länet. Två av myndighetens handläggare i MUR går tillbaka till det "
        "ordinarie matchningsuppdraget, och medfinansieringen i form av personal minskar "
        "därför med 750 tkr.",
        "Med färre handläggare i MUR kommer färre deltagare att anvisas. Deltagarmålet sänks "
        "därför från 600 till 520 deltagare. Målet för antal deltagare i arbete ligger kvar, "
        "eftersom arbetsgivarnas efterfrågan är oförändrad.",
        "Projektperioden förlängs till 2028-12-31 så att den sista svetsgruppen hinner "
        "avsluta sin utbildning. Förlängningen sker utan utökad budget.",
        "Projektledaren Maria Lindqvist är föräldraledig från 2026-06-15. Johan Sved är "
        "tillförordnad projektledare till dess att en ordinarie projektledare har "
        "rekryterats.",
    ]
    for s in reasons:
        doc.add_paragraph(s, style="List Number")

    doc.add_heading("E. Beslut hos projektägaren", level=2)
    p = doc.add_paragraph()
    p.add_run("Beslut: ").bold = True
    p.add_run("Regionala utvecklingsnämnden beslutade 2026-06-09, § 87, att godkänna "
              "ändringsanmälan nr 1 och att lämna den till Svenska ESF-rådet.")
    doc.add_paragraph("Ändringarna gäller från och med den dag Svenska ESF-rådet godkänner "
                      "anmälan. Tills dess gäller projektplanen version 1.0.")

    doc.add_heading("F. Underskrift", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    sig = [("Ort och datum", "Gävle 2026-06-10"),
           ("Namn", "Per Ekström"),
           ("Befattning", "Regional utvecklingsdirektör, firmatecknare")]
    for i, (a, b) in enumerate(sig):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[1].text = b
        shade(t.rows[i].cells[0], "E3EFE6")
    doc.core_properties.title = "Ändringsanmälan nr 1 – Gröna jobb Gävleborg"
    doc.core_properties.author = "Region Gävleborg"
    doc.save(path)


def make_bilaga2(path):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    shade, add_field, repeat_header = docx_helpers()

    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Gröna jobb Gävleborg · Bilaga 2 till projektplan v1.0 · Dnr RG 2026/0417-6")
    hr.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ")
    add_field(fp, "PAGE")

    doc.add_heading("Bilaga 2. Kommunernas åtaganden och kontaktpersoner", level=1)
    doc.add_paragraph("Version 2026-03-02. Bilagan kompletterar projektplanen för Gröna jobb "
                      "Gävleborg och beskriver vad var och en av länets tio kommuner åtar sig "
                      "under projektperioden.")
    doc.add_heading("1. Gemensamma åtaganden för alla kommuner", level=2)
    for s in ["Utse en kontaktperson med mandat att fatta beslut om kommunens insatser i "
              "projektet.",
              "Bemanna MUR med studie- och yrkesvägledning enligt tabellen i avsnitt 3.",
              "Registrera deltagare och insatser i GJG-REG senast den femte vardagen varje månad.",
              "Erbjuda kommunal vuxenutbildning inom de prioriterade yrkesområdena.",
              "Delta i styrgruppens uppföljningsmöten, fyra gånger per år."]:
        doc.add_paragraph(s, style="List Number")

    doc.add_heading("2. Kommunal medfinansiering", level=2)
    doc.add_paragraph("Kommunernas samlade medfinansiering är 3 000 tkr för hela "
                      "projektperioden och fördelas efter folkmängd den 31 december 2024.")
    fin = [("Kommun", "tkr"), ("Gävle", "1 080"), ("Sandviken", "420"), ("Hudiksvall", "400"),
           ("Bollnäs", "270"), ("Söderhamn", "260"), ("Ljusdal", "190"), ("Ovanåker", "120"),
           ("Nordanstig", "100"), ("Hofors", "90"), ("Ockelbo", "70"), ("Summa", "3 000")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Light List Accent 6" if "Light List Accent 6" in [s.name for s in doc.styles] \
        else "Table Grid"
    for i, (a, b) in enumerate(fin):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = a, b
        cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if i in (0, len(fin) - 1):
            for cc in cells:
                cc.paragraphs[0].runs[0].bold = True

    # --- landscape section with vertically merged municipality cells ---
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Mm(297), Mm(210)
    new.left_margin = new.right_margin = Mm(18)
    doc.add_heading("3. Kommunvisa åtaganden", level=2)
    doc.add_paragraph("Tabellen anger varje kommuns åtaganden, ansvarig kontaktperson och "
                      "när åtagandet ska vara genomfört.")
    data = [
        ("Gävle", [("Lokal för MUR Gästrikland, Norra Kungsgatan 5", "Mikael Forsberg", "2026-04-01"),
                   ("Studie- och yrkesvägledare 1,0 årsarbetskraft i MUR Gästrikland",
                    "Mikael Forsberg", "2026-04-01"),
                   ("10 praktikplatser inom kommunens tekniska förvaltning", "Sofia Lund",
                    "2026-06-30")]),
        ("Sandviken", [("CNC-utbildning i två omgångar via vuxenutbildningen", "Annika Berg",
                        "2026-10-05"),
                       ("Studie- och yrkesvägledare 0,5 årsarbetskraft i MUR Gästrikland",
                        "Annika Berg", "2026-04-01")]),
        ("Hofors", [("Verkstadslokal för svetsutbildningen, inklusive ventilation och "
                     "utrustning", "Tomas Ekholm", "2026-08-01")]),
        ("Ockelbo", [("Studie- och yrkesvägledare 0,2 årsarbetskraft i MUR Gästrikland",
                      "Linnea Strand", "2026-04-01")]),
        ("Bollnäs", [("6 praktikplatser inom kommunens fastighetsdrift", "Peter Åkerlund",
                      "2026-09-01"),
                     ("Studie- och yrkesvägledare 0,4 årsarbetskraft i MUR Södra Hälsingland",
                      "Peter Åkerlund", "2026-04-01")]),
        ("Söderhamn", [("Lokal för MUR Södra Hälsingland, Köpmantorget 2", "Anders Wikström",
                        "2026-04-01"),
                       ("Yrkesinriktad svenskundervisning för deltagare i projektet",
                        "Anders Wikström", "2026-08-17")]),
        ("Ovanåker", [("Studie- och yrkesvägledare 0,3 årsarbetskraft i MUR Södra Hälsingland",
                       "Jenny Mattsson", "2026-04-01")]),
        ("Hudiksvall", [("Lokal för MUR Norra Hälsingland, Storgatan 30", "Ola Sundin",
                         "2026-04-01"),
                        ("Kurs i industriellt träbyggande, 10 veckor", "Ola Sundin",
                         "2027-01-15")]),
        ("Ljusdal", [("Studie- och yrkesvägledning två dagar i veckan på Ljusdals lärcentrum",
                      "Malin Jonsson", "2026-05-01"),
                     ("4 praktikplatser inom kommunens fastighetsdrift", "Erik Nyberg",
                      "2026-09-01")]),
        ("Nordanstig", [("Studie- och yrkesvägledare 0,2 årsarbetskraft i MUR Norra Hälsingland",
                         "Hanna Bergkvist", "2026-04-01")]),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Kommun", "Åtagande", "Kontaktperson", "Klart senast"]
    for j, v in enumerate(hdr):
        c = t.rows[0].cells[j]
        c.text = v
        c.paragraphs[0].runs[0].bold = True
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "1F5F3F")
    repeat_header(t.rows[0])
    for kom, items in data:
        first = None
        for k, (what, who, when) in enumerate(items):
            cells = t.add_row().cells
            if k == 0:
                cells[0].text = kom
                cells[0].paragraphs[0].runs[0].bold = True
                shade(cells[0], "E3EFE6")
                first = cells[0]
            cells[1].text, cells[2].text, cells[3].text = what, who, when
        if len(items) > 1:
            last = t.rows[len(t.rows) - 1].cells[0]
            merged = first.merge(last)
            merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    widths = [Mm(32), Mm(130), Mm(55), Mm(40)]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]

    # --- back to portrait ---
    last = doc.add_section(WD_SECTION.NEW_PAGE)
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = Mm(210), Mm(297)
    last.left_margin = last.right_margin = Mm(22)
    doc.add_heading("4. Ändringar i bilagan", level=2)
    doc.add_paragraph("Ändringar av kontaktpersoner och datum anmäls till projektkoordinatorn "
                      "Emma Nordin och förs in i projektets beslutslogg. Bilagan uppdateras "
                      "inte löpande; vid avvikelse gäller beslutsloggen.")
    doc.core_properties.title = "Bilaga 2 – Kommunernas åtaganden"
    doc.core_properties.author = "Region Gävleborg"
    doc.save(path)


# ---------------------------------------------------------------------------
# 4. Fixed-width system printout (TXT) with form feeds and repeated headers
# ---------------------------------------------------------------------------

def make_printout(path):
    W = 98
    cols = ("KOMMUN", "INSKR", "PÅGÅR", "AVSL", "AVSL", "AVBROTT", "|", "INSKR", "AVSL")
    cols2 = ("", "TOTALT", "", "ARBETE", "STUDIER", "", "|", "", "ARBETE")

    def fmt(c):
        return ("%-22s%8s%8s%8s%9s%9s   %1s %8s%8s" % c).rstrip()

    def header(page, total, region):
        lines = [
            "GJG-REG  ÄRENDESYSTEM GRÖNA JOBB GÄVLEBORG          VERSION 2.3".ljust(W - 14)
            + ("SIDA %d AV %d" % (page, total)).rjust(14),
            "RAPPORT: DELTAGARSAMMANSTÄLLNING PER KOMMUN (ACKUMULERAT FRÅN PROJEKTSTART)",
            "REDOVISNINGSPERIOD T.O.M. 2026-09-30      UTSKRIVEN 2026-10-06 08:14   AV: ENORDIN",
            "MÅLVÄRDE DELTAGARE (SYSTEMINST.): 600",
            "=" * W,
            "DELREGION: " + region,
            "",
            "%-22s%42s   | %16s" % ("", "PERIOD T.O.M. 2026-09-30", "FÖREG. 2026-06-30"),
            fmt(cols),
            fmt(cols2),
            "-" * W,
        ]
        return lines

    def row(name, a, b, c_, d, e, f, g):
        return fmt((name, a, b, c_, d, e, "|", f, g))

    p1 = header(1, 2, "GÄSTRIKLAND (MUR GÄSTRIKLAND)")
    p1 += [row("GÄVLE", 112, 71, 22, 9, 10, 58, 8),
           row("SANDVIKEN", 64, 41, 15, 4, 4, 33, 5),
           row("HOFORS", 21, 15, 3, 1, 2, 11, 1),
           row("NORDANSTIG/OCKELBO *", 17, 12, 2, 1, 2, 9, 0),
           "-" * W,
           row("SUMMA DELREGION", 214, 139, 42, 15, 18, 111, 14),
           "",
           "* SE FÖRKLARINGAR SIDA 2.",
           "", "", ""]
    p2 = header(2, 2, "HÄLSINGLAND (MUR SÖDRA OCH NORRA HÄLSINGLAND)")
    p2 += [row("BOLLNÄS", 29, 20, 5, 2, 2, 15, 2),
           row("SÖDERHAMN", 38, 24, 9, 2, 3, 20, 4),
           row("OVANÅKER", 13, 10, 1, 1, 1, 6, 0),
           row("HUDIKSVALL", 41, 28, 7, 3, 3, 22, 3),
           row("LJUSDAL", 19, 14, 2, 1, 2, 10, 1),
           "-" * W,
           row("SUMMA DELREGION", 140, 96, 24, 9, 11, 73, 10),
           "=" * W,
           row("TOTALT GJG", 354, 235, 66, 24, 29, 184, 24),
           "=" * W,
           "",
           "FÖRKLARINGAR",
           "------------",
           "INSKR TOTALT  Antal deltagare som skrivits in sedan projektstart (2026-03-01).",
           "PÅGÅR         Deltagare som är inskrivna och inte har avslutats.",
           "AVSL ARBETE   Avslutad till anställning om minst tre månader och minst 50 procent",
           "              av heltid. Timanställning och behovsanställning räknas inte som",
           "              AVSL ARBETE; deltagaren står då kvar som PÅGÅR.",
           "AVSL STUDIER  Avslutad till reguljära studier om minst en termin.",
           "AVBROTT       Avslutad av annat skäl, t.ex. sjukdom, flytt eller eget önskemål.",
           "FÖREG.        Motsvarande ackumulerade värden vid förra utskriften (2026-06-30).",
           "",
           "*  Nordanstig och Ockelbo redovisas sammantaget på grund av få deltagare",
           "   (risk att enskilda personer kan identifieras). Uppgifterna kan inte",
           "   delas upp per kommun i denna rapport. Nordanstig tillhör MUR Norra",
           "   Hälsingland men redovisas under Gästrikland tillsammans med Ockelbo.",
           "",
           "OBS: Målvärdet i systemet har inte uppdaterats efter ändringsanmälan nr 1.",
           "",
           "*** SLUT PÅ RAPPORT ***"]
    text = "\n".join(p1) + "\n\f" + "\n".join(p2) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 5. Markdown decision log + risk register
# ---------------------------------------------------------------------------

MD = """# Gröna jobb Gävleborg – beslutslogg och risklista

**Senast uppdaterad:** 2026-11-20
**Loggen förs av:** Emma Nordin, projektkoordinator, Region Gävleborg

> [!NOTE]
> Loggen är en sammanställning och ersätter inte protokollen. Vid avvikelse gäller
> protokollet. ~~Överstruken text~~ gäller inte längre men ligger kvar för spårbarhetens skull.

## Kontaktuppgifter (aktuella)

| Roll | Namn | Gäller från |
|---|---|---|
| Projektledare | ~~Maria Lindqvist~~ ~~Johan Sved (tf.)~~ Sara Höglund | 2026-10-01 |
| Projektkoordinator | Emma Nordin | 2026-03-01 |
| Kontaktperson Arbetsförmedlingen | Lena Ragnarsson | 2026-03-01 |
| Kontaktperson Söderhamns kommun | ~~Anders Wikström~~ Karin Olofsson | 2026-09-01 |
| Kontaktperson Hofors kommun | Tomas Ekholm | 2026-03-01 |

## Beslutslogg

| ID | Datum | Beslut | Beslutsfattare | Påverkar |
|---|---|---|---|---|
| B-01 | 2026-02-23 | Projektplan version 1.0 fastställs. | Styrgruppen | – |
| B-02 | 2026-04-08 | Matchningskatalog nr 1 publiceras. | MUR | – |
| B-03 | 2026-06-09 | Ändringsanmälan nr 1 godkänns och skickas till Svenska ESF-rådet (budget, deltagarmål, projektperiod och tf. projektledare). | Regionala utvecklingsnämnden, § 87 | Projektplan v1.0 |
| B-04 | 2026-07-02 | Svenska ESF-rådet godkänner ändringsanmälan nr 1 utan ändringar. | Svenska ESF-rådet | B-03 |
| B-05 | 2026-08-14 | Svetsutbildningen i Hofors flyttas från ~~2026-08-24~~ till **2026-09-21**, eftersom ventilationen i verkstadslokalen inte godkändes vid besiktningen. | Styrgruppen (per capsulam) | Katalog nr 1, projektplan tabell 2 |
| B-06 | 2026-08-28 | Söderhamns kommun byter kontaktperson: Karin Olofsson ersätter Anders Wikström från 2026-09-01. | Söderhamns kommun | Bilaga 2 |
| B-07 | 2026-09-18 | Sara Höglund anställs som ordinarie projektledare från 2026-10-01. Johan Sved återgår till sin tjänst som utvecklingsstrateg. | Regional utvecklingsdirektör | B-03 |
| B-08 | 2026-10-22 | Valideringsmålet höjs från ~~150~~ till 180 deltagare, eftersom valideringen inom svets och el gått snabbare än planerat. | Styrgruppen | Projektplan 2.2 |
| B-09 | 2026-11-12 | Matchningskatalog nr 2 skjuts från ~~oktober 2026~~ till mars 2027. | Styrgruppen | Katalog nr 1 |

Per 2026-10-31 hade 371 deltagare skrivits in sedan projektstart (månadsrapport oktober).

## Risklista

Riskvärdet är sannolikhet × konsekvens.[^1]

| Nr | Risk | Sannolikhet (1–5) | Konsekvens (1–5) | Riskvärde | Åtgärd | Ägare |
|---|---|---|---|---|---|---|
| R1 | Brist på behöriga yrkeslärare i svets | 4 | 4 | 16 | Samarbete med Sandvikens vuxenutbildning om delad lärare | Sara Höglund |
| R2 | Arbetsgivarnas rekryteringar skjuts upp (tillstånd, konjunktur) | 3 | 5 | 15 | Tät dialog via Industrinätverket Gävleborg | Björn Hedlund |
| R3 | Låg anvisningstakt från Arbetsförmedlingen | 4 | 5 | 20 | Månatlig avstämning av anvisningar per MUR | Lena Ragnarsson |
| R4 | Deltagare saknar B-körkort | 3 | 3 | 9 | Samordning med kommunernas körkortsstöd | MUR |
| R5 | Otillräckliga kunskaper i svenska för säkerhetsutbildningar | 3 | 4 | 12 | Yrkesinriktad svenskundervisning i Söderhamn och Gävle | Emma Nordin |

[^1]: Risker med riskvärde 15 eller högre rapporteras till styrgruppen varje månad. Övriga risker följs upp kvartalsvis.

## Nästa steg

1. Styrgruppsmöte 2026-12-10
   - Halvårsrapport till Svenska ESF-rådet
   - Beslut om fördelning av platser i katalog nr 2
2. Andra svetsgruppen i Hofors planeras till våren 2027
   - [ ] Boka lärare (R1)
   - [x] Ventilationen godkänd vid ny besiktning 2026-09-10
3. Uppdatera målvärdet i GJG-REG till 520 deltagare *(ej gjort per 2026-11-20)*
"""


def make_md(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(MD)


FILES = {
    "projektplan": "GJG_projektplan_v1.0_2026-02-16.pdf",
    "katalog": "Matchningskatalog_nr1_april2026.pdf",
    "andring": "Andringsanmalan_nr1_GJG_2026-06-10.docx",
    "utskrift": "GJG-REG_deltagarsammanstallning_2026-09-30.txt",
    "logg": "beslutslogg_och_risker_GJG.md",
    "bilaga2": "Bilaga2_kommunernas_ataganden_2026-03-02.docx",
}


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    register_fonts()
    make_projektplan(os.path.join(out, FILES["projektplan"]))
    make_katalog(os.path.join(out, FILES["katalog"]))
    make_andringsanmalan(os.path.join(out, FILES["andring"]))
    make_printout(os.path.join(out, FILES["utskrift"]))
    make_md(os.path.join(out, FILES["logg"]))
    make_bilaga2(os.path.join(out, FILES["bilaga2"]))
    for k, v in FILES.items():
        print(os.path.join(out, v))


if __name__ == "__main__":
    main()
