"""r140 test documents - run as: python3 r140_make_files.py OUT_DIR

Writes six invented (but plausible) Swedish documents for a DOCUMENTS test
round of the regional-development / Arbetsförmedlingen assistant. They all
circle one invented case - the redundancy notice (varsel) at "Nordlamell AB"
in Älmhult, Kronobergs län, and the reskilling project "Kompetensbron
Kronoberg" - so that later documents update figures in earlier ones.
Only stdlib, reportlab and python-docx are used. All names, figures, case
numbers, e-mail addresses (.example) and decisions are invented.

1. r140_omstallningsrapport_nordlamell_almhult.pdf  (PDF, reportlab, 5 pages)
   Analysis report, Region Kronoberg + Arbetsförmedlingen, 14 oktober 2026.
   Layout traits: serif body (Liberation Serif), MIRRORED running headers
   (even pages: short report title flush LEFT, page number bottom LEFT;
   odd pages: current chapter flush RIGHT, page number bottom RIGHT; page 1
   without header); a shaded framed "Sammanfattning för beslutsfattare" box
   on page 1; numbered chapters with "Med X avses" definitions; PAGE-BOTTOM
   FOOTNOTES with superscript markers under a short rule; a table with a
   two-row header where "Varslade" spans Kvinnor/Män/Totalt and a bold sum
   row; findings "Iakttagelse 1-5"; one page in TWO COLUMNS with a ruled
   pull-quote; a recommendations table R1-R6 (Ansvarig, När); justified
   text with soft-hyphen hyphenation at line ends.

2. r140_minnesanteckningar_partnerskapet_2026-11-19.docx  (DOCX)
   Notes from Regionala partnerskapet Kronoberg, 19 November 2026.
   Layout traits: NO Word heading styles - the title and every agenda item
   heading ("1. Mötets öppnande ...") are bold Normal paragraphs; the
   attendance list is ONE paragraph with soft line breaks (w:br) and TAB
   characters against a tab stop; inline bold "Beslut:" runs; a bulleted
   discussion list; an action table (Åtgärd | Ansvarig | Klart senast |
   Status with ☐); no header/footer.

3. r140_projektplan_kompetensbron_kronoberg.pdf  (PDF, reportlab, 4 pages)
   Project plan v1.0 (12 november 2026). Layout traits: a coloured header
   BAND on every page (project name | "Projektplan version 1.0"), footer
   "Region Kronoberg | Dnr ... | Sida N av M"; key-facts table; goals and
   indicators table; a GANTT time plan as a table - "2027"/"2028"/"2029"
   merged over quarter columns K1-K4, shaded cells without text, Start/Slut
   columns and a milestone row with "M1".."M5" in cells; a milestone list;
   an ORGANISATION CHART drawn as boxes and connecting lines; a budget
   table kostnadsslag x year in kr with a total row and a financing table
   with an "(ansökt)" source.

4. r140_handlaggarstod_storre_varsel.docx  (DOCX)
   Arbetsförmedlingen guidance for handläggare on larger redundancy
   notices, version 1.2 (2026-10-20). Layout traits: REAL Word styles
   (Title, Heading 1, Heading 2, List Bullet), a Word TOC FIELD whose
   cached entries (with page numbers) sit between fldChar begin/separate/
   end; "Med X avses" definitions; steps "Steg 1-7" as Heading 2 with body
   text; EXCEPTIONS as shaded one-cell callout tables headed "UNDANTAG";
   a decision table (Situation | Gör så här | Ansvarig); an acronym list;
   a change log table that revises a figure quoted in document 1; a Word
   header with version text.

5. r140_mejltrad_kompetensbron_startdag.txt  (TXT, UTF-8)
   A Gmail-style printed e-mail thread, NEWEST FIRST, with nested quote
   levels ">", ">>", ">>>", ">>>>", "Den ... skrev ...:" / "On ... wrote:"
   attribution lines, two messages in ENGLISH (Finnish owner's HR director),
   signatures, a "Skickat från min iPhone" line and a legal disclaimer;
   updates the varsel (340 -> 285), the budget, the start date and the
   participant target.

6. r140_nyhetsbrev_regional_utveckling_dec2026.md  (Markdown)
   Newsletter no. 9, December 2026, exported from a newsletter tool.
   Layout traits: HTML comment at top, "Visa i webbläsare | Avregistrera"
   REFERENCE-STYLE links ([text][id] with definitions at the bottom), image
   lines with alt text, an "I detta nummer" list of anchor links, explicit
   <a id="..."></a> anchors, articles separated by "* * *", an embedded
   press release with a quote, a "Siffran" blockquote, a key-facts list for
   a call for proposals and a bold-date calendar list.
"""
import os
import re
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, Flowable,
                                KeepTogether, FrameBreak)

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

# ---------------------------------------------------------------- fonts
LIB = "/usr/share/fonts/truetype/liberation/"
try:
    pdfmetrics.registerFont(TTFont("Serif", LIB + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("Serif-Bold", LIB + "LiberationSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("Serif-Italic", LIB + "LiberationSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("Serif-BoldItalic", LIB + "LiberationSerif-BoldItalic.ttf"))
    pdfmetrics.registerFont(TTFont("Sans", LIB + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("Sans-Bold", LIB + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("Sans-Italic", LIB + "LiberationSans-Italic.ttf"))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                       boldItalic="Serif-BoldItalic")
    registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic",
                       boldItalic="Sans-Bold")
    SERIF, SERIF_B, SERIF_I, SANS, SANS_B, SANS_I = ("Serif", "Serif-Bold", "Serif-Italic",
                                                     "Sans", "Sans-Bold", "Sans-Italic")
except Exception:  # fall back to the base-14 fonts
    SERIF, SERIF_B, SERIF_I = "Times-Roman", "Times-Bold", "Times-Italic"
    SANS, SANS_B, SANS_I = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

# ---------------------------------------------------------------- helpers
VOW = "aeiouyåäöéü"
ONSETS = {"pr", "tr", "kr", "br", "dr", "gr", "fr", "pl", "kl", "bl", "fl", "gl", "sk", "st",
          "sp", "sl", "sm", "sn", "sv", "kv"}


def _hyph_word(w):
    """Crude Swedish hyphenation: soft hyphen before consonant+vowel."""
    if len(w) < 11 or not w.islower():
        return w
    out, last = [], 0
    for i in range(3, len(w) - 3):
        if w[i] not in VOW and w[i + 1] in VOW and any(c in VOW for c in w[last:i]) \
                and i - last >= 3:
            j = i - 1 if (w[i - 1:i + 1] in ONSETS and i - 1 - last >= 3) else i
            out.append(w[last:j])
            last = j
    out.append(w[last:])
    return "\xad".join(out)


def hy(text):
    """Insert soft hyphens in long lower-case words outside markup tags."""
    parts = re.split(r"(<[^>]+>)", text)
    return "".join(p if p.startswith("<") else
                   re.sub(r"[A-Za-zÅÄÖåäöéü]+", lambda m: _hyph_word(m.group(0)), p)
                   for p in parts)


def S(name, **kw):
    base = dict(fontName=SERIF, fontSize=10.5, leading=14)
    base.update(kw)
    return ParagraphStyle(name, **base)


def make_numbered_canvas(draw_fn):
    """Canvas class that knows the total page count when drawing decorations."""

    class NumberedCanvas(rl_canvas.Canvas):
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
                draw_fn(self, self._pageNumber, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    return NumberedCanvas


# ======================================================================
# 1. Omställningsrapport (mirrored headers, footnotes, two-column page)
# ======================================================================
class Mark(Flowable):
    """Zero-size flowable: records a chapter title or footnote for the page it lands on."""

    def __init__(self, doc_state, kind, value):
        Flowable.__init__(self)
        self.st, self.kind, self.value = doc_state, kind, value
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        page = self.canv.getPageNumber()
        if self.kind == "chapter":
            self.st["chapter"] = self.value
        else:
            self.st["notes"].setdefault(page, []).append(self.value)


def make_report(path):
    st = {"chapter": "", "notes": {}}
    W, H = A4
    LM, RM, TOP, BOT = 2.4 * cm, 2.4 * cm, 2.6 * cm, 3.6 * cm
    body = S("rbody", alignment=TA_JUSTIFY, spaceAfter=6, embeddedHyphenation=1,
             hyphenationLang="sv_SE")
    bodyc = S("rbodyc", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=5,
              embeddedHyphenation=1, hyphenationLang="sv_SE")
    h1 = S("rh1", fontName=SANS_B, fontSize=14, leading=18, spaceBefore=10, spaceAfter=6,
           textColor=colors.HexColor("#1f4e5f"))
    h2 = S("rh2", fontName=SANS_B, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3)
    title = S("rtitle", fontName=SANS_B, fontSize=20, leading=25, spaceAfter=6,
              textColor=colors.HexColor("#1f4e5f"))
    subt = S("rsub", fontName=SERIF_I, fontSize=13, leading=17, spaceAfter=10)
    meta = S("rmeta", fontName=SANS, fontSize=8.5, leading=11, spaceAfter=14,
             textColor=colors.HexColor("#444444"))
    boxh = S("rboxh", fontName=SANS_B, fontSize=11, leading=14, spaceAfter=4)
    boxb = S("rboxb", fontName=SERIF, fontSize=10, leading=13, leftIndent=12, bulletIndent=2,
             spaceAfter=3)
    cell = S("rcell", fontName=SANS, fontSize=8.5, leading=10.5)
    cellb = S("rcellb", fontName=SANS_B, fontSize=8.5, leading=10.5)
    cap = S("rcap", fontName=SANS_B, fontSize=9, leading=12, spaceBefore=6, spaceAfter=3)
    src = S("rsrc", fontName=SANS_I, fontSize=8, leading=10, spaceAfter=8)
    quote = S("rquote", fontName=SERIF_I, fontSize=13, leading=17, alignment=TA_LEFT,
              textColor=colors.HexColor("#1f4e5f"))
    qsrc = S("rqsrc", fontName=SANS, fontSize=8.5, leading=11)

    def sup(n):
        return '<super><font size="7">%d</font></super>' % n

    def chapter(text):
        return [Mark(st, "chapter", text), Paragraph(text, h1)]

    def note(n, text):
        return Mark(st, "note", (n, text))

    def page_end(c, doc):
        page = c.getPageNumber()
        c.saveState()
        c.setFont(SANS, 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        if page > 1:
            if page % 2 == 0:
                c.drawString(LM, H - 1.6 * cm, "Omställningsrapport: Varslet vid Nordlamell AB")
            else:
                c.drawRightString(W - RM, H - 1.6 * cm, st["chapter"])
            c.setStrokeColor(colors.HexColor("#999999"))
            c.setLineWidth(0.4)
            c.line(LM, H - 1.75 * cm, W - RM, H - 1.75 * cm)
        c.setFont(SANS_B, 9)
        if page % 2 == 0:
            c.drawString(LM, 1.4 * cm, str(page))
        else:
            c.drawRightString(W - RM, 1.4 * cm, str(page))
        notes = st["notes"].get(page, [])
        if notes:
            y = BOT - 0.35 * cm
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 4.5 * cm, y)
            y -= 0.1 * cm
            fs = S("fn", fontName=SERIF, fontSize=8, leading=9.6)
            for n, text in notes:
                p = Paragraph('<super><font size="6">%d</font></super> %s' % (n, text), fs)
                w, h_ = p.wrap(W - LM - RM, 100)
                p.drawOn(c, LM, y - h_)
                y -= h_ + 1
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TOP,
                          bottomMargin=BOT, title="Omställningsrapport: Varslet vid Nordlamell AB i Älmhult",
                          author="Region Kronoberg")
    fw = W - LM - RM
    one = Frame(LM, BOT, fw, H - TOP - BOT, id="one")
    gap = 0.8 * cm
    cw = (fw - gap) / 2
    headh = 1.6 * cm
    top2 = Frame(LM, H - TOP - headh, fw, headh, id="top2")
    left = Frame(LM, BOT, cw, H - TOP - BOT - headh, id="left")
    right = Frame(LM + cw + gap, BOT, cw, H - TOP - BOT - headh, id="right")
    doc.addPageTemplates([PageTemplate(id="one", frames=[one], onPageEnd=page_end),
                          PageTemplate(id="two", frames=[top2, left, right], onPageEnd=page_end)])

    s = []
    s.append(Paragraph("Omställningsrapport: Varslet vid Nordlamell AB i Älmhult", title))
    s.append(Paragraph("Konsekvenser för arbetsmarknaden i södra Kronoberg och förslag till insatser", subt))
    s.append(Paragraph("Region Kronoberg, Regional utveckling – enheten för kompetensförsörjning, i samverkan "
                       "med Arbetsförmedlingen Kronoberg<br/>Dnr RK 2026/1143 &nbsp;|&nbsp; 14 oktober 2026 "
                       "&nbsp;|&nbsp; Författare: Sanna Wikström och Erik Holmqvist (Region Kronoberg), "
                       "Jonas Pettersson (Arbetsförmedlingen)", meta))
    summ = [Paragraph("Sammanfattning för beslutsfattare", boxh)]
    for t in [
        "Nordlamell AB i Älmhult lämnade den 9 september 2026 ett varsel om uppsägning av 340 av "
        "företagets 520 anställda. Uppsägningarna väntas verkställas i två omgångar, i januari och i april 2027.",
        "71 procent av de varslade saknar eftergymnasial utbildning och 38 procent är 55 år eller äldre.",
        "Vi bedömer att minst 200 av de varslade kommer att behöva stöd utöver det som "
        "omställningsorganisationerna erbjuder.",
        "Efterfrågan på industriell kompetens i regionen är fortsatt god: cirka 140 lediga jobb inom industri, "
        "underhåll och logistik väntas under de kommande tolv månaderna.",
        "Rapporten rekommenderar ett samordnat omställningsprojekt, med arbetsnamnet Kompetensbron Kronoberg, "
        "med start senast i februari 2027 (se kapitel 4).",
    ]:
        summ.append(Paragraph(hy(t), boxb, bulletText="•"))
    box = Table([[summ]], colWidths=[fw])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6eff1")),
                             ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f4e5f")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s.append(box)
    s.append(Spacer(1, 10))

    s += chapter("1 Bakgrund och uppdrag")
    s.append(note(1, "Varsel ska enligt lagen lämnas när minst fem arbetstagare berörs av driftsinskränkningen. "
                     "Nordlamell AB:s varsel kom in till Arbetsförmedlingen den 9 september 2026."))
    s.append(Paragraph(hy(
        "Nordlamell AB tillverkar möbelkomponenter i lamellträ och har sedan 1987 haft sin produktion i Älmhult. "
        "Företaget ägs sedan 2019 av den finska koncernen Lamello Group Oy. Den 9 september 2026 lämnade företaget "
        "ett varsel" + sup(1) + " till Arbetsförmedlingen om att 340 tjänster ska avvecklas, främst till följd av "
        "att monteringen av två produktlinjer flyttas till koncernens fabrik i Polen."), body))
    s.append(Paragraph(hy(
        "Regiondirektören gav den 16 september 2026 enheten för kompetensförsörjning i uppdrag att, tillsammans "
        "med Arbetsförmedlingen Kronoberg, beskriva varslets konsekvenser och föreslå insatser. Rapporten är "
        "underlag för Regionala partnerskapet och för regionala utvecklingsnämnden."), body))
    s.append(Paragraph("1.1 Definitioner", h2))
    for t in [
        "<b>Varsel.</b> Med varsel avses i rapporten arbetsgivarens skriftliga besked till Arbetsförmedlingen "
        "om driftsinskränkning enligt 2 § lagen (1974:13) om vissa anställningsfrämjande åtgärder.",
        "<b>Omställningsorganisation.</b> Med omställningsorganisation avses en organisation som enligt "
        "kollektivavtal ger stöd till uppsagda, i detta fall främst Trygghetsfonden TSL (för arbetare) och "
        "Trygghetsrådet TRR (för tjänstemän).",
        "<b>Kompetensväxling.</b> Med kompetensväxling avses att en person med stöd av validering och kortare "
        "utbildning byter till ett yrke där hens befintliga kunskaper kan tillgodoräknas.",
        "<b>Tidiga insatser.</b> Med tidiga insatser avses insatser som startar under uppsägningstiden, det vill "
        "säga innan den anställde har skrivit in sig som arbetssökande.",
    ]:
        s.append(Paragraph(t, body))

    s += chapter("2 Metod och underlag")
    s.append(note(2, "Personalförteckning per den 30 september 2026. Uppgifter om utbildningsnivå har lämnats "
                     "frivilligt av de anställda; bortfallet var 6 procent."))
    s.append(Paragraph(hy(
        "Underlaget består av arbetsgivarens personalförteckning" + sup(2) + ", intervjuer med 14 nyckelpersoner, "
        "Arbetsförmedlingens statistik över lediga platser samt en enkät till 62 arbetsgivare i Älmhult, Ljungby "
        "och Markaryd. Av dem besvarade 41 arbetsgivare enkäten, vilket ger en svarsfrekvens på 66 procent. "
        "Intervjuerna genomfördes mellan den 21 september och den 2 oktober 2026."), body))

    s += chapter("3 Iakttagelser")
    s.append(Paragraph("Tabell 1. Varslade vid Nordlamell AB efter yrkesgrupp och kön, antal", cap))
    rows = [
        ["Yrkesgrupp", "Varslade", "", "", "Varav 55 år\noch äldre", "Utan efter-\ngymnasial\nutbildning, %"],
        ["", "Kvinnor", "Män", "Totalt", "", ""],
        ["Maskinoperatörer", "38", "96", "134", "49", "84"],
        ["Montörer och lagerarbetare", "31", "52", "83", "34", "88"],
        ["Underhållstekniker", "2", "27", "29", "11", "55"],
        ["Truckförare och logistik", "6", "22", "28", "9", "79"],
        ["Administration och ekonomi", "21", "9", "30", "14", "23"],
        ["Arbetsledare och ingenjörer", "7", "29", "36", "12", "31"],
        ["Samtliga", "105", "235", "340", "129", "71"],
    ]
    t1 = Table(rows, colWidths=[5.0 * cm, 1.8 * cm, 1.6 * cm, 1.7 * cm, 2.1 * cm, 2.6 * cm], repeatRows=2)
    t1.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS, 8.5), ("FONT", (0, 0), (-1, 1), SANS_B, 8.5),
        ("FONT", (0, -1), (-1, -1), SANS_B, 8.5),
        ("SPAN", (1, 0), (3, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (5, 1)),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("ALIGN", (1, 0), (3, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, 1), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (1, 0), (3, 0), 0.4, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#e6eff1")),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    s.append(t1)
    s.append(Paragraph("Källa: Nordlamell AB, personalförteckning 30 september 2026; Region Kronobergs bearbetning.", src))
    s.append(Paragraph("Iakttagelse 1 – Låg formell utbildningsnivå", h2))
    s.append(Paragraph(hy(
        "71 procent av de varslade saknar eftergymnasial utbildning och 19 procent saknar fullständig "
        "gymnasieutbildning. Många har däremot lång erfarenhet av maskinell bearbetning och kvalitetsarbete, "
        "kunskaper som sällan är dokumenterade i form av betyg eller certifikat."), body))
    s.append(Paragraph("Iakttagelse 2 – Hög andel äldre", h2))
    s.append(Paragraph(hy(
        "129 personer, motsvarande 38 procent, är 55 år eller äldre. Erfarenheten från tidigare varsel i länet är "
        "att denna grupp löper störst risk för långa tider utan arbete."), body))
    s.append(Paragraph("Iakttagelse 3 – Pendling från grannkommunerna", h2))
    s.append(Paragraph(hy(
        "76 av de varslade (22 procent) bor i Ljungby eller Markaryds kommun och 24 (7 procent) i Osby kommun "
        "i Skåne län. Kollektivtrafiken mellan Markaryd och Älmhult har få avgångar före klockan 06.00, vilket "
        "begränsar möjligheten att delta i utbildning på annan ort."), body))
    s.append(Paragraph("Iakttagelse 4 – Behov av språkstöd", h2))
    s.append(Paragraph(hy(
        "Omkring 30 av de varslade (9 procent) har ett annat modersmål än svenska och bedöms behöva yrkessvenska "
        "för att kunna gå vidare till utbildning."), body))
    s.append(Paragraph("Iakttagelse 5 – Efterfrågan i regionen", h2))
    s.append(note(3, "Uppgiften bygger på 41 svarande arbetsgivare och ska ses som en indikation, inte som en prognos."))
    s.append(Paragraph(hy(
        "Arbetsgivarenkäten visar att cirka 140 lediga jobb inom industri, underhåll och logistik väntas under de "
        "kommande tolv månaderna, varav omkring 45 för underhållstekniker och CNC-operatörer" + sup(3) + "."), body))
    s.append(Paragraph(hy(
        "Sammantaget bedömer vi att minst 200 av de varslade kommer att behöva stöd utöver det som TSL och TRR "
        "erbjuder. Bedömningen grundar sig på den låga formella utbildningsnivån, den höga andelen äldre och "
        "behovet av språkstöd."), body))

    # ---- two-column page
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())
    s += chapter("Fördjupning: Arbetsmarknaden i södra Kronoberg")
    s.append(FrameBreak())
    s.append(Paragraph(hy(
        "Älmhult har en stor andel sysselsatta inom tillverkning, handel och logistik. Arbetslösheten i "
        "kommunen var 6,8 procent i augusti 2026, jämfört med 7,4 procent i länet som helhet. I Markaryd var "
        "den 9,1 procent och i Ljungby 6,2 procent."), bodyc))
    s.append(Paragraph(hy(
        "Industrin i södra Kronoberg har under flera år haft svårt att rekrytera underhållstekniker, "
        "CNC-operatörer och elektriker. Samtidigt har efterfrågan på personal för enklare montering minskat i "
        "takt med automatiseringen. Det innebär att många av de varslade har erfarenhet som efterfrågas, men "
        "inte alltid i de yrken där bristen är störst."), bodyc))
    qt = Table([[[Paragraph("»Vi har jobben – men inte alltid i de yrken där de varslade har sin erfarenhet.«", quote),
                  Spacer(1, 4), Paragraph("Karin Sundell, ordförande i Företagarna Älmhult", qsrc)]]],
               colWidths=[cw])
    qt.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.5, colors.HexColor("#1f4e5f")),
                            ("LINEBELOW", (0, -1), (-1, -1), 1.5, colors.HexColor("#1f4e5f")),
                            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(Spacer(1, 4))
    s.append(qt)
    s.append(Spacer(1, 8))
    s.append(Paragraph("Erfarenheter från tidigare varsel", h2))
    s.append(Paragraph(hy(
        "När Lagan Metall AB i Ljungby varslade 120 anställda 2021 hade 64 procent nytt arbete ett år efter "
        "uppsägningen. Av dem som var 55 år eller äldre hade bara 41 procent ett nytt arbete efter ett år. De "
        "som tidigt fick sin kompetens validerad kom i arbete snabbare än övriga."), bodyc))
    s.append(note(4, "Handläggarstöd vid större varsel, Arbetsförmedlingen Kronoberg, version 1.1 (2025-11-10)."))
    s.append(Paragraph(hy(
        "Enligt Arbetsförmedlingens nuvarande rutin" + sup(4) + " ska arbetsgivaren kontaktas inom tio "
        "arbetsdagar efter att varslet kommit in, och ett informationsmöte ska hållas på arbetsplatsen. "
        "Omställningsorganisationerna TSL och TRR erbjuder stöd från uppsägningsdagen, men deras stöd förutsätter "
        "att den anställde omfattas av kollektivavtal."), bodyc))
    s.append(Paragraph("Kommunernas roll", h2))
    s.append(Paragraph(hy(
        "Kommunerna ansvarar för vuxenutbildningen och kan erbjuda yrkesvux, yrkessvenska och validering inom "
        "ramen för Komvux. Älmhults kommun har anmält intresse för att bli projektets värdkommun och kan erbjuda "
        "lokaler i anslutning till Komvux Älmhult. Ljungby och Markaryd har framfört att deltagare från deras "
        "kommuner behöver kunna träffa projektet på hemorten."), bodyc))
    s.append(Paragraph(hy(
        "En förutsättning för att insatserna ska få effekt är att de startar medan de varslade fortfarande är "
        "anställda. Då kan validering och studieplanering göras under uppsägningstiden, så att den enskilde kan "
        "börja en utbildning direkt när anställningen upphör."), bodyc))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    s += chapter("4 Rekommendationer")
    s.append(Paragraph(hy(
        "Utifrån iakttagelserna lämnar vi sex rekommendationer. Rekommendationerna riktar sig till Region "
        "Kronoberg, Arbetsförmedlingen och kommunerna i södra Kronoberg."), body))
    rec = [["Nr", "Rekommendation", "Ansvarig", "När"],
           ["R1", "Starta ett samordnat omställningsprojekt (arbetsnamn Kompetensbron Kronoberg) med Region "
                  "Kronoberg som projektägare.", "Region Kronoberg", "Start senast februari 2027"],
           ["R2", "Erbjud validering av yrkeskompetens för maskinoperatörer och montörer innan uppsägningstiden "
                  "löper ut.", "Arbetsförmedlingen, Komvux Älmhult", "Från mars 2027"],
           ["R3", "Inför ett tillfälligt pendlingsstöd eller anpassade turer för deltagare från Markaryd och "
                  "Ljungby.", "Region Kronoberg (Länstrafiken Kronoberg)", "Beslut under våren 2027"],
           ["R4", "Ge yrkessvenska parallellt med yrkesutbildning för dem som behöver språkstöd.",
            "Älmhults kommun", "Från april 2027"],
           ["R5", "Håll ett gemensamt informationsmöte på arbetsplatsen med Arbetsförmedlingen, TSL och TRR.",
            "Arbetsförmedlingen", "Senast 15 november 2026"],
           ["R6", "Följ upp varslet kvartalsvis i Regionala kompetensplattformen.", "Region Kronoberg",
            "Första gången i mars 2027"]]
    rec_p = [[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(rec)]
    t2 = Table(rec_p, colWidths=[1.0 * cm, 8.0 * cm, 3.8 * cm, 3.4 * cm], repeatRows=1)
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6eff1")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t2)
    s.append(Spacer(1, 8))
    s.append(Paragraph(hy(
        "Rekommendation R1 är en förutsättning för flera av de övriga. Ett gemensamt projekt gör det möjligt att "
        "samla validering, vägledning och utbildning på ett ställe och att samordna insatserna med "
        "omställningsorganisationernas stöd."), body))

    s += chapter("5 Nästa steg")
    for t in [
        "Rapporten presenteras för Regionala partnerskapet den 19 november 2026.",
        "Enheten för kompetensförsörjning tar fram ett förslag till projektplan för Kompetensbron Kronoberg. "
        "Förslaget ska vara klart senast den 15 november 2026.",
        "Beslut om regional medfinansiering fattas av regionala utvecklingsnämnden, preliminärt den 3 december 2026.",
        "Arbetsförmedlingen redovisar antalet inskrivna varslade till partnerskapet vid varje möte.",
    ]:
        s.append(Paragraph(hy(t), boxb, bulletText="–"))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Kontaktperson: Sanna Wikström, utvecklingsstrateg, Region Kronoberg, "
                       "sanna.wikstrom@kronoberg.example", meta))
    doc.build(s)


# ======================================================================
# 3. Projektplan (header band, Gantt table, org chart)
# ======================================================================
class OrgChart(Flowable):
    def __init__(self, width):
        Flowable.__init__(self)
        self.width, self.height = width, 6.2 * cm

    def wrap(self, aw, ah):
        return self.width, self.height

    def _box(self, c, x, y, w, h, lines, fill="#dbe9d8"):
        c.setFillColor(colors.HexColor(fill))
        c.setStrokeColor(colors.HexColor("#3c6e47"))
        c.roundRect(x, y, w, h, 4, stroke=1, fill=1)
        c.setFillColor(colors.black)
        yy = y + h / 2 + (len(lines) - 1) * 5 - 3
        for i, ln in enumerate(lines):
            c.setFont(SANS_B if i == 0 else SANS, 8.5 if i == 0 else 7.5)
            c.drawCentredString(x + w / 2, yy, ln)
            yy -= 10

    def draw(self):
        c = self.canv
        W = self.width
        bw, bh = 5.6 * cm, 1.2 * cm
        cx = W / 2 - bw / 2
        ys = [4.9 * cm, 3.3 * cm, 1.7 * cm, 0.1 * cm]
        self._box(c, cx, ys[0], bw, bh, ["Regionala utvecklingsnämnden", "beslutar om medfinansiering"], "#eeeeee")
        self._box(c, cx, ys[1], bw, bh, ["Styrgrupp", "ordförande: Maria Ekstrand"])
        self._box(c, cx, ys[2], bw, bh, ["Projektledare", "Sanna Wikström, Region Kronoberg"])
        self._box(c, cx, ys[3], bw, bh, ["Kompetensvägledare (2)", "placerade i Älmhult"])
        c.setStrokeColor(colors.HexColor("#3c6e47"))
        for a, b in [(0, 1), (1, 2), (2, 3)]:
            c.line(W / 2, ys[b] + bh, W / 2, ys[a])
        self._box(c, W - 5.0 * cm, ys[1], 4.6 * cm, bh, ["Referensgrupp", "TSL, TRR, Komvux, Företagarna"], "#fff4d6")
        c.setDash(3, 2)
        c.line(cx + bw, ys[1] + bh / 2, W - 5.0 * cm, ys[1] + bh / 2)
        c.setDash()
        self._box(c, 0.2 * cm, ys[2], 4.6 * cm, bh, ["Extern följeutvärderare", "upphandlas senast 30 april 2027"],
                  "#fff4d6")
        c.setDash(3, 2)
        c.line(4.8 * cm, ys[2] + bh / 2, cx, ys[2] + bh / 2)
        c.setDash()


def make_plan(path):
    W, H = A4
    LM = RM = 2.0 * cm
    fw = W - LM - RM
    body = S("pbody", fontName=SANS, fontSize=9.5, leading=13, spaceAfter=5)
    h1 = S("ph1", fontName=SANS_B, fontSize=13, leading=16, spaceBefore=10, spaceAfter=5,
           textColor=colors.HexColor("#3c6e47"))
    title = S("ptitle", fontName=SANS_B, fontSize=18, leading=22, spaceAfter=4)
    meta = S("pmeta", fontName=SANS_I, fontSize=9, leading=12, spaceAfter=10)
    cell = S("pcell", fontName=SANS, fontSize=8.5, leading=10.5)
    cellb = S("pcellb", fontName=SANS_B, fontSize=8.5, leading=10.5)
    bul = S("pbul", fontName=SANS, fontSize=9.5, leading=13, leftIndent=14, bulletIndent=3, spaceAfter=2)

    def deco(c, page, total):
        c.saveState()
        c.setFillColor(colors.HexColor("#3c6e47"))
        c.rect(0, H - 1.5 * cm, W, 1.5 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(SANS_B, 11)
        c.drawString(LM, H - 0.95 * cm, "Kompetensbron Kronoberg")
        c.setFont(SANS, 9)
        c.drawRightString(W - RM, H - 0.95 * cm, "Projektplan version 1.0")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont(SANS, 8)
        c.drawString(LM, 1.2 * cm, "Region Kronoberg | Dnr RK 2026/1143-4")
        c.drawRightString(W - RM, 1.2 * cm, "Sida %d av %d" % (page, total))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=2.3 * cm,
                          bottomMargin=2.0 * cm, title="Projektplan Kompetensbron Kronoberg",
                          author="Region Kronoberg")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(LM, 2.0 * cm, fw, H - 4.3 * cm, id="f")])])
    s = []
    s.append(Paragraph("Projektplan – Kompetensbron Kronoberg", title))
    s.append(Paragraph("Fastställd av projektägaren den 12 november 2026. Projektplanen bygger på "
                       "rekommendation R1 i Omställningsrapport: Varslet vid Nordlamell AB i Älmhult (Dnr RK 2026/1143).",
                       meta))
    s.append(Paragraph("1. Projektet i korthet", h1))
    kf = [["Projektägare", "Region Kronoberg, Regional utveckling"],
          ["Projektledare", "Sanna Wikström, utvecklingsstrateg"],
          ["Projektperiod", "2027-02-01 – 2029-01-31"],
          ["Geografiskt område", "Älmhults, Ljungby och Markaryds kommuner"],
          ["Målgrupp", "Personer som varslats eller sagts upp från Nordlamell AB samt från underleverantörer i länet"],
          ["Samverkansparter", "Arbetsförmedlingen, Älmhults kommun, Ljungby kommun, Markaryds kommun, Nordlamell AB"],
          ["Total budget", "4 850 000 kr"],
          ["Antal deltagare (mål)", "180"]]
    t = Table([[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in kf], colWidths=[4.2 * cm, fw - 4.2 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#dbe9d8")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb59f")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Paragraph("2. Bakgrund och syfte", h1))
    s.append(Paragraph(
        "Nordlamell AB i Älmhult varslade den 9 september 2026 340 av 520 anställda. Omställningsrapporten från "
        "oktober 2026 visar att en stor del av de varslade saknar eftergymnasial utbildning och att många är 55 år "
        "eller äldre. Samtidigt finns en efterfrågan på industriell kompetens i regionen.", body))
    s.append(Paragraph(
        "<b>Syfte:</b> Kompetensbron ska korta tiden mellan uppsägning och nytt arbete genom tidig kartläggning, "
        "validering och korta yrkesinriktade utbildningar, i nära samverkan med arbetsgivarna i regionen.", body))
    s.append(Paragraph("3. Mål och indikatorer", h1))
    goals = [["Mål", "Indikator", "Målvärde"],
             ["Fler i arbete", "Andel deltagare i arbete eller studier 90 dagar efter avslut", "60 %"],
             ["Jämställt deltagande", "Andel kvinnor bland deltagarna", "minst 35 %"],
             ["Erkänd kompetens", "Antal validerade delkompetenser", "120"],
             ["Arbetsgivarsamverkan", "Antal arbetsgivare i matchningsnätverket", "25"],
             ["Räckvidd", "Antal deltagare under projektperioden", "180"]]
    t = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(goals)],
              colWidths=[4.2 * cm, 9.8 * cm, fw - 14 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe9d8")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb59f"))]))
    s.append(t)
    s.append(PageBreak())

    s.append(Paragraph("4. Aktiviteter och tidsplan", h1))
    s.append(Paragraph("Tidsplanen visas per kvartal (K1–K4). Skuggade rutor anger när aktiviteten pågår.", body))
    acts = [("1. Rekrytering och uppstart", "feb 2027", "mar 2027", [0]),
            ("2. Kartläggning och kompetensinventering", "mar 2027", "jun 2027", [0, 1]),
            ("3. Validering (industri, underhåll, logistik)", "apr 2027", "mar 2028", [1, 2, 3, 4]),
            ("4. Korta yrkesutbildningar", "maj 2027", "okt 2028", [1, 2, 3, 4, 5, 6, 7]),
            ("5. Yrkessvenska", "apr 2027", "dec 2027", [1, 2, 3]),
            ("6. Matchning och arbetsgivarnätverk", "sep 2027", "dec 2028", [2, 3, 4, 5, 6, 7]),
            ("7. Extern följeutvärdering", "jun 2027", "jan 2029", [1, 2, 3, 4, 5, 6, 7, 8]),
            ("8. Avslut och spridning", "nov 2028", "jan 2029", [7, 8])]
    hdr1 = ["Aktivitet", "Start", "Slut", "2027", "", "", "", "2028", "", "", "", "2029"]
    hdr2 = ["", "", "", "K1", "K2", "K3", "K4", "K1", "K2", "K3", "K4", "K1"]
    data = [hdr1, hdr2]
    for name, a, b, qs in acts:
        data.append([Paragraph(name, cell), a, b] + [""] * 9)
    data.append([Paragraph("<b>Milstolpar</b>", cell), "", "", "", "M1", "M2", "", "M3", "", "", "M4", "M5"])
    qw = (fw - 6.2 * cm - 2 * 1.6 * cm) / 9
    g = Table(data, colWidths=[6.2 * cm, 1.6 * cm, 1.6 * cm] + [qw] * 9)
    sty = [("FONT", (0, 0), (-1, -1), SANS, 8), ("FONT", (0, 0), (-1, 1), SANS_B, 8),
           ("SPAN", (3, 0), (6, 0)), ("SPAN", (7, 0), (10, 0)), ("SPAN", (0, 0), (0, 1)),
           ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
           ("ALIGN", (3, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
           ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9bb59f")),
           ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#dbe9d8")),
           ("FONT", (3, -1), (-1, -1), SANS_B, 7.5)]
    for r, (_, _, _, qs) in enumerate(acts, start=2):
        for q in qs:
            sty.append(("BACKGROUND", (3 + q, r), (3 + q, r), colors.HexColor("#3c6e47")))
    g.setStyle(TableStyle(sty))
    s.append(g)
    s.append(Spacer(1, 10))
    s.append(Paragraph("<b>Milstolpar</b>", body))
    for m in ["M1 – Projektpersonal på plats: 1 april 2027",
              "M2 – 100 deltagare inskrivna: 30 september 2027",
              "M3 – Halvtidsrapport från följeutvärderaren: 15 mars 2028",
              "M4 – Slutkonferens i Älmhult: 22 november 2028",
              "M5 – Slutrapport till finansiärerna: 15 januari 2029"]:
        s.append(Paragraph(m, bul, bulletText="•"))
    s.append(Paragraph(
        "Kartläggningen ska i möjligaste mån göras under uppsägningstiden, så att validering och utbildning kan "
        "starta direkt när anställningen upphör. Korta yrkesutbildningar avser bland annat truckkort, svetsning, "
        "underhållsteknik och CNC-programmering och köps in från Komvux och privata utbildningsanordnare.", body))
    s.append(Paragraph("5. Organisation", h1))
    s.append(OrgChart(fw))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Styrgruppen består av Maria Ekstrand (ordförande), enhetschef kompetensförsörjning, Region Kronoberg; "
        "Jonas Pettersson, sektionschef, Arbetsförmedlingen Älmhult–Ljungby; Linnea Håkansson, arbetsmarknadschef, "
        "Älmhults kommun; Ahmed Karimi, näringslivschef, Ljungby kommun; Eva Strand, chef för "
        "arbetsmarknadsenheten, Markaryds kommun; samt Petra Nyqvist, HR-chef, Nordlamell AB.", body))
    s.append(Paragraph(
        "Styrgruppen sammanträder sex gånger per år. Projektledaren rapporterar till styrgruppen och ansvarar för "
        "budget, tidsplan och rapportering till finansiärerna.", body))
    s.append(PageBreak())

    s.append(Paragraph("6. Budget", h1))
    s.append(Paragraph("Tabell 6.1 Kostnadsbudget per år, kr", cellb))
    bud = [["Kostnadsslag", "2027", "2028", "2029", "Totalt"],
           ["Personal (projektledare 100 %, två kompetensvägledare)", "1 540 000", "1 580 000", "130 000", "3 250 000"],
           ["Utbildningsinsatser och validering", "620 000", "480 000", "0", "1 100 000"],
           ["Resor och lokaler", "110 000", "100 000", "10 000", "220 000"],
           ["Extern utvärdering", "60 000", "120 000", "100 000", "280 000"],
           ["Summa", "2 330 000", "2 280 000", "240 000", "4 850 000"]]
    t = Table([[Paragraph(r[0], cellb if i in (0, len(bud) - 1) else cell)] + r[1:] for i, r in enumerate(bud)],
              colWidths=[7.6 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm, fw - 14.5 * cm])
    t.setStyle(TableStyle([("FONT", (1, 0), (-1, -1), SANS, 8.5), ("FONT", (1, 0), (-1, 0), SANS_B, 8.5),
                           ("FONT", (1, -1), (-1, -1), SANS_B, 8.5),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f0f5ef")])]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Arbetsförmedlingens insatser i form av handläggartid ingår inte i budgeten. Arbetsförmedlingen avsätter "
        "motsvarande två och en halv årsarbetskrafter under projektperioden.", body))
    s.append(Paragraph("Tabell 6.2 Finansiering, kr", cellb))
    fin = [["Finansiär", "Belopp", "Kommentar"],
           ["Region Kronoberg (regionala utvecklingsmedel)", "1 200 000", "Beslut i regionala utvecklingsnämnden"],
           ["Älmhults kommun", "900 000", "Värdkommun"],
           ["Ljungby kommun", "450 000", ""],
           ["Markaryds kommun", "300 000", ""],
           ["Nordlamell AB", "400 000", "Kontant insats"],
           ["Europeiska socialfonden+ (ansökt)", "1 600 000", "Ansökan lämnad 30 oktober 2026"],
           ["Summa", "4 850 000", ""]]
    t = Table([[Paragraph(r[0], cellb if i in (0, len(fin) - 1) else cell), r[1], Paragraph(r[2], cell)]
               for i, r in enumerate(fin)], colWidths=[7.6 * cm, 2.6 * cm, fw - 10.2 * cm])
    t.setStyle(TableStyle([("FONT", (1, 0), (1, -1), SANS, 8.5), ("FONT", (1, 0), (1, 0), SANS_B, 8.5),
                           ("FONT", (1, -1), (1, -1), SANS_B, 8.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Om ESF+-ansökan inte beviljas ska projektet skalas ned enligt en reservplan som styrgruppen beslutar om. "
        "Kommunernas medfinansiering fördelas lika mellan åren 2027 och 2028.", body))
    s.append(Paragraph("7. Risker och uppföljning", h1))
    for r in ["Risk: deltagarna hinner få nytt arbete eller flytta innan projektet startar. Åtgärd: kartläggning "
              "redan under uppsägningstiden.",
              "Risk: få deltagare från Markaryd på grund av långa resor. Åtgärd: pendlingsstöd enligt "
              "rekommendation R3.",
              "Risk: utbildningsplatser saknas. Åtgärd: tidig dialog med Komvux och upphandling av korta kurser.",
              "Uppföljning: projektledaren lämnar en lägesrapport till styrgruppen inför varje möte. En extern "
              "följeutvärdering upphandlas senast 30 april 2027."]:
        s.append(Paragraph(r, bul, bulletText="•"))
    s.append(Spacer(1, 16))
    s.append(Paragraph("Fastställd av: Maria Ekstrand, enhetschef, för projektägaren Region Kronoberg, 2026-11-12", meta))
    doc.build(s, canvasmaker=make_numbered_canvas(deco))


# ======================================================================
# 2. Minnesanteckningar (DOCX, bold paragraphs as headings)
# ======================================================================
def _base_doc(font="Calibri", size=11):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.3)
    return d


def bold_para(d, text, size=12, space_before=10):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(3)
    return p


def make_notes(path):
    d = _base_doc()
    d.core_properties.title = "Minnesanteckningar Regionala partnerskapet 2026-11-19"
    d.core_properties.author = "Erik Holmqvist"
    bold_para(d, "Minnesanteckningar", size=18, space_before=0)
    bold_para(d, "Regionala partnerskapet Kronoberg", size=13, space_before=0)
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
    for i, (k, v) in enumerate([("Datum:", "19 november 2026, kl. 09.30–12.15"),
                                ("Plats:", "Regionhuset, Växjö, sal Kronoberg"),
                                ("Antecknare:", "Erik Holmqvist, Region Kronoberg")]):
        rk = p.add_run(k)
        rk.bold = True
        p.add_run("\t" + v)
        if i < 2:
            p.add_run().add_break(WD_BREAK.LINE)
    p = d.add_paragraph()
    r = p.add_run("Närvarande")
    r.bold = True
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(6.5))
    people = [("Åsa Lindgren (C), ordförande", "Regionala utvecklingsnämnden"),
              ("Magnus Berg (S), vice ordförande", "Regionala utvecklingsnämnden"),
              ("Maria Ekstrand", "Region Kronoberg, kompetensförsörjning"),
              ("Sanna Wikström (p. 3)", "Region Kronoberg, kompetensförsörjning"),
              ("Erik Holmqvist", "Region Kronoberg, analys"),
              ("Jonas Pettersson", "Arbetsförmedlingen Älmhult–Ljungby"),
              ("Linnea Håkansson", "Älmhults kommun"),
              ("Ahmed Karimi", "Ljungby kommun"),
              ("Eva Strand", "Markaryds kommun"),
              ("Henrik Ålund", "Länsstyrelsen i Kronobergs län"),
              ("Karin Sundell", "Företagarna Älmhult"),
              ("Lars Nyström", "LO-distriktet Södra Götaland"),
              ("Cecilia Mårtensson", "Linnéuniversitetet")]
    for i, (n, o) in enumerate(people):
        p.add_run(n + "\t" + o)
        if i < len(people) - 1:
            p.add_run().add_break(WD_BREAK.LINE)
    p = d.add_paragraph()
    r = p.add_run("Förhinder: ")
    r.bold = True
    p.add_run("Petra Nyqvist, Nordlamell AB")

    def item(title, paras):
        bold_para(d, title, size=11.5)
        for x in paras:
            if isinstance(x, tuple) and x[0] == "beslut":
                q = d.add_paragraph()
                rr = q.add_run("Beslut: ")
                rr.bold = True
                q.add_run(x[1])
            elif isinstance(x, tuple) and x[0] == "bullets":
                for b in x[1]:
                    d.add_paragraph(b, style="List Bullet")
            else:
                d.add_paragraph(x)

    item("1. Mötets öppnande och dagordning",
         ["Ordföranden Åsa Lindgren hälsade välkommen. Dagordningen godkändes med ett tillägg under punkt 6 "
          "(sommarjobb för unga i Ljungby)."])
    item("2. Lägesbild: varslet vid Nordlamell AB",
         ["Jonas Pettersson redogjorde för läget. Ett gemensamt informationsmöte hölls på arbetsplatsen den 4 "
          "november 2026 tillsammans med TSL och TRR. Hittills har 118 av de varslade skrivit in sig hos "
          "Arbetsförmedlingen. Den första uppsägningsomgången verkställs den 29 januari 2027.",
          "Petra Nyqvist hade meddelat att Nordlamell förhandlar om en ny order som kan minska varslet. "
          "Besked väntas i slutet av november."])
    item("3. Kompetensbron Kronoberg – presentation av projektplanen",
         ["Sanna Wikström presenterade projektplanen (version 1.0, fastställd den 12 november 2026). "
          "Budgeten är 4 850 000 kr och projektet ska nå 180 deltagare under perioden februari 2027 – januari 2029.",
          ("bullets", ["Eva Strand framförde att deltagare från Markaryd behöver kunna träffa projektet på hemorten.",
                       "Lars Nyström betonade att valideringen måste starta under uppsägningstiden.",
                       "Cecilia Mårtensson erbjöd Linnéuniversitetets stöd i upphandlingen av följeutvärderingen.",
                       "Flera ledamöter efterfrågade en reservplan om ESF+-ansökan inte beviljas."]),
          ("beslut", "Partnerskapet ställer sig bakom projektplanen. Projektet ska ha sitt kontor i Älmhult och "
                     "vara på plats i Markaryd en dag i veckan."),
          ("beslut", "Partnerskapet rekommenderar regionala utvecklingsnämnden att höja den regionala "
                     "medfinansieringen från 1 200 000 kr till 1 500 000 kr, för att täcka närvaron i Markaryd.")])
    item("4. Uppföljning av den regionala utvecklingsstrategin (RUS) 2026",
         ["Erik Holmqvist redovisade den årliga indikatoruppföljningen. Av strategins 12 indikatorer utvecklas 7 i "
          "önskad riktning, 3 är oförändrade och 2 utvecklas negativt: andelen unga 16–24 år som varken arbetar "
          "eller studerar samt antalet nystartade företag per 1 000 invånare.",
          "Den fullständiga uppföljningsrapporten publiceras i februari 2027."])
    item("5. Branschråd trä och möbel",
         ["Karin Sundell och Cecilia Mårtensson informerade om att ett branschråd för trä- och möbelindustrin "
          "startas inom Regionala kompetensplattformen. Första mötet hålls den 21 januari 2027 i Älmhult."])
    item("6. Övriga frågor",
         ["Ahmed Karimi informerade om att Ljungby kommun utökar antalet sommarjobb för unga till 260 platser "
          "2027, jämfört med 220 platser 2026."])
    item("7. Nästa möte",
         ["Nästa möte med Regionala partnerskapet hålls torsdag den 11 februari 2027 kl. 09.30–12.00 i Ljungby, "
          "kommunhuset, Olofsgatan 9."])
    bold_para(d, "Åtgärdslista", size=11.5)
    acts = [("Åtgärd", "Ansvarig", "Klart senast", "Status"),
            ("Skicka partnerskapets rekommendation om medfinansiering till regionala utvecklingsnämnden",
             "Maria Ekstrand", "24 november 2026", "☐"),
            ("Ta fram plan för projektets närvaro i Markaryd", "Sanna Wikström, Eva Strand", "15 januari 2027", "☐"),
            ("Återkoppla besked om ändrat varsel från Nordlamell", "Jonas Pettersson", "1 december 2026", "☐"),
            ("Bjuda in till branschråd trä och möbel", "Karin Sundell", "10 december 2026", "☐"),
            ("Publicera RUS-uppföljningen 2026", "Erik Holmqvist", "28 februari 2027", "☐")]
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(acts):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
    for row in t.rows:
        for c, w in zip(row.cells, [Cm(7.6), Cm(3.8), Cm(3.0), Cm(1.4)]):
            c.width = w
    d.add_paragraph()
    d.add_paragraph("Vid anteckningarna: Erik Holmqvist")
    d.save(path)


# ======================================================================
# 4. Handläggarstöd (DOCX, heading styles, TOC field, callouts)
# ======================================================================
def _fld(run_parent, kind):
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), kind)
    r = OxmlElement("w:r")
    r.append(fc)
    run_parent.append(r)


def _instr(run_parent, text):
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = text
    r.append(it)
    run_parent.append(r)


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def make_guide(path):
    d = _base_doc("Arial", 10.5)
    d.core_properties.title = "Handläggarstöd: Arbete vid större varsel"
    d.core_properties.author = "Helena Borg"
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Arbetsförmedlingen Kronoberg\tHandläggarstöd\tVersion 1.2 – 2026-10-20"
    fp = sec.footer.paragraphs[0]
    fp.text = "Internt arbetsmaterial. Gäller från 1 november 2026. Ägare: varselsamordnaren."
    d.add_paragraph("Handläggarstöd: Arbete vid större varsel", style="Title")
    p = d.add_paragraph()
    p.add_run("Version 1.2, fastställd 2026-10-20. Gäller från 1 november 2026 och ersätter version 1.1 "
              "(2025-11-10). Ägare: Helena Borg, varselsamordnare.").italic = True

    # --- TOC field with cached entries
    toc = [("1 Syfte och omfattning", 1), ("2 Begrepp och förkortningar", 1), ("3 Roller och ansvar", 1),
           ("4 Arbetsgång steg för steg", 2), ("5 Beslutstabell", 3), ("6 Samverkan med kommuner och region", 4),
           ("7 Kontakter", 4), ("8 Ändringslogg", 4)]
    d.add_paragraph("Innehåll").runs[0].bold = True
    for i, (txt, pg) in enumerate(toc):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
        if i == 0:
            _fld(p._p, "begin")
            _instr(p._p, ' TOC \\o "1-1" \\h \\z \\u ')
            _fld(p._p, "separate")
        p.add_run("%s\t%d" % (txt, pg))
        if i == len(toc) - 1:
            _fld(p._p, "end")

    d.add_heading("1 Syfte och omfattning", level=1)
    d.add_paragraph(
        "Stödet beskriver hur Arbetsförmedlingen i Kronobergs län arbetar när en arbetsgivare lämnar ett större "
        "varsel. Syftet är att de varslade ska få stöd så tidigt som möjligt och att Arbetsförmedlingens insatser "
        "samordnas med omställningsorganisationernas och kommunernas insatser.")
    d.add_paragraph("Stödet gäller för handläggare, arbetsgivarkontakter och varselsamordnare i länet.")

    d.add_heading("2 Begrepp och förkortningar", level=1)
    for b, t in [
        ("Större varsel. ", "Med större varsel avses i detta stöd ett varsel som omfattar minst 50 anställda på "
                            "samma arbetsställe, eller minst 25 anställda om arbetsstället ligger i en kommun med "
                            "färre än 20 000 invånare."),
        ("Varselsamordnare. ", "Med varselsamordnare avses den medarbetare som har det samlade ansvaret för "
                               "Arbetsförmedlingens arbete med ett visst varsel i länet."),
        ("Omställningsorganisation. ", "Med omställningsorganisation avses en organisation som enligt "
                                       "kollektivavtal ger stöd till uppsagda, till exempel TSL, TRR eller OF."),
        ("Tidiga insatser. ", "Med tidiga insatser avses stöd som ges under uppsägningstiden, innan den anställdes "
                              "sista anställningsdag.")]:
        p = d.add_paragraph()
        p.add_run(b).bold = True
        p.add_run(t)
    d.add_paragraph("Förkortningar:")
    for a in ["TSL – Trygghetsfonden TSL (arbetare i privat sektor)",
              "TRR – Trygghetsrådet TRR (tjänstemän i privat sektor)",
              "OF – Omställningsfonden (anställda i kommuner och regioner)",
              "RUS – regional utvecklingsstrategi"]:
        d.add_paragraph(a, style="List Bullet")

    d.add_heading("3 Roller och ansvar", level=1)
    for a in ["Varselsamordnaren registrerar varslet, leder samrådet med arbetsgivaren och "
              "omställningsorganisationerna och rapporterar läget.",
              "Arbetsgivarkontakten tar den första kontakten med arbetsgivaren och planerar informationsmötet.",
              "Handläggaren skriver in de varslade, gör kartläggning och planering och följer upp den enskilde."]:
        d.add_paragraph(a, style="List Bullet")

    def callout(text):
        t = d.add_table(rows=1, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = t.rows[0].cells[0]
        _shade(c, "FCEBD2")
        c.paragraphs[0].add_run("UNDANTAG").bold = True
        c.add_paragraph(text)
        d.add_paragraph()

    d.add_heading("4 Arbetsgång steg för steg", level=1)
    steps = [
        ("Steg 1 – Registrera varslet",
         "Varselsamordnaren registrerar varslet i varselregistret senast 2 arbetsdagar efter att det kommit in.", None),
        ("Steg 2 – Kontakta arbetsgivaren",
         "Arbetsgivarkontakten kontaktar arbetsgivaren inom 5 arbetsdagar efter att varslet kommit in. Vid "
         "kontakten bokas ett samråd och ett preliminärt datum för informationsmöte.", None),
        ("Steg 3 – Samråd med omställningsorganisationen",
         "Varselsamordnaren kallar arbetsgivaren och berörda omställningsorganisationer till samråd inom 10 "
         "arbetsdagar. Vid samrådet bestäms vem som gör vad, så att insatser inte dubbleras.", None),
        ("Steg 4 – Informationsmöte på arbetsplatsen",
         "Informationsmötet hålls på arbetsplatsen senast 30 dagar före första uppsägningsdag. Arbetsförmedlingen "
         "informerar om inskrivning, ersättning och tidiga insatser.",
         "Om varslet omfattar färre än 20 personer får informationsmötet hållas digitalt."),
        ("Steg 5 – Inskrivning",
         "Den varslade kan skriva in sig som arbetssökande redan under uppsägningstiden. Handläggaren registrerar "
         "att personen är varslad och från vilken arbetsgivare.",
         "Bemanningsanställda som varslas hanteras av det kontor där bemanningsföretaget har sitt driftställe, "
         "inte av kontoret där kunduppdraget utförs."),
        ("Steg 6 – Kartläggning och planering",
         "Handläggaren gör en kartläggning och upprättar en planering inom 14 dagar efter inskrivningen.",
         "Om den varslade får stöd från en omställningsorganisation (TSL, TRR eller OF) gör Arbetsförmedlingen "
         "ingen egen kartläggning under uppsägningstiden. Personer som saknar fullständig gymnasieutbildning eller "
         "behöver yrkessvenska erbjuds ändå kartläggning direkt. Personer under 25 år lämnas efter inskrivningen "
         "över till ungdomsteamet."),
        ("Steg 7 – Uppföljning och rapportering",
         "Varselsamordnaren rapporterar läget till sektionschefen den 5:e varje månad och till Regionala "
         "kompetensplattformen en gång per kvartal. Rapporten ska innehålla antal inskrivna varslade, antal i "
         "insats och antal som fått arbete.", None)]
    for h, t, exc in steps:
        d.add_heading(h, level=2)
        d.add_paragraph(t)
        if exc:
            callout(exc)

    d.add_heading("5 Beslutstabell", level=1)
    rows = [("Situation", "Gör så här", "Ansvarig"),
            ("Varslet omfattar färre än 50 anställda i en kommun med fler än 20 000 invånare",
             "Hantera som ordinarie varsel, inget samråd krävs", "Arbetsgivarkontakt"),
            ("Arbetsgivaren saknar kollektivavtal", "Erbjud kartläggning direkt under uppsägningstiden",
             "Handläggare"),
            ("Varslet dras tillbaka eller minskas", "Uppdatera varselregistret inom 2 arbetsdagar och informera "
                                                     "samverkansparterna", "Varselsamordnare"),
            ("Fler än 100 varslade i samma kommun", "Föreslå ett gemensamt projekt med kommun och region",
             "Sektionschef")]
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
                _shade(c, "D9E2F3")

    d.add_heading("6 Samverkan med kommuner och region", level=1)
    d.add_paragraph(
        "Vid större varsel samverkar Arbetsförmedlingen med berörda kommuner och med Region Kronoberg. I "
        "Kronoberg deltar Arbetsförmedlingen i projektet Kompetensbron Kronoberg, som riktar sig till de "
        "varslade vid Nordlamell AB i Älmhult. Arbetsförmedlingen bidrar med handläggartid men inte med "
        "kontant medfinansiering.")
    d.add_heading("7 Kontakter", level=1)
    for a in ["Helena Borg, varselsamordnare, helena.borg@arbetsformedlingen.example",
              "Jonas Pettersson, sektionschef Älmhult–Ljungby, jonas.pettersson@arbetsformedlingen.example"]:
        d.add_paragraph(a, style="List Bullet")
    d.add_heading("8 Ändringslogg", level=1)
    log = [("Version", "Datum", "Ändring"),
           ("1.0", "2025-03-01", "Första versionen."),
           ("1.1", "2025-11-10", "Nytt undantag för bemanningsanställda."),
           ("1.2", "2026-10-20", "Tiden för första kontakt med arbetsgivaren ändrad från 10 till 5 arbetsdagar. "
                                 "Gränsen för digitalt informationsmöte höjd från 10 till 20 personer.")]
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(log):
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
    d.save(path)


# ======================================================================
# 5. E-mail thread (TXT)
# ======================================================================
MAIL = """\
Gmail - SV: Kompetensbron – ny startdag och ändrad medfinansiering            2026-12-04 09:03

Sanna Wikström <sanna.wikstrom@kronoberg.example>

SV: Kompetensbron – ny startdag och ändrad medfinansiering
5 meddelanden
------------------------------------------------------------------------------

Från: Sanna Wikström <sanna.wikstrom@kronoberg.example>
Till: styrgrupp-kompetensbron@lists.kronoberg.example
Kopia: Maria Ekstrand <maria.ekstrand@kronoberg.example>
Datum: fre 4 dec. 2026 kl 08:12
Ämne: SV: Kompetensbron – ny startdag och ändrad medfinansiering

Hej alla,

Här kommer en sammanfattning av vad som hänt sedan förra veckan, så att
alla har samma bild inför jul:

1. Regionala utvecklingsnämnden beslutade i går, den 3 december, att
   bevilja 1 500 000 kr i regional medfinansiering (i stället för
   1 200 000 kr som står i projektplanen v1.0).
2. Nordlamell bidrar med 300 000 kr i stället för 400 000 kr (se
   Mikkos mejl längre ned).
3. Ny total budget blir därmed 5 050 000 kr.
4. Projektstarten flyttas från 1 februari till 1 mars 2027.
   Slutdatum 31 januari 2029 ligger kvar.
5. Den interimistiska styrgruppen beslutade den 2 december att sänka
   målet från 180 till 150 deltagare, eftersom varslet har minskat.

Nästa steg: kommunerna behöver underteckna avsiktsförklaringen senast
den 18 december 2026. Första ordinarie styrgruppsmöte blir den
10 mars 2027 i Älmhult. Jag skickar en reviderad projektplan (v1.1)
före den 18 december.

Vänliga hälsningar
Sanna

--
Sanna Wikström
Utvecklingsstrateg, Kompetensförsörjning
Region Kronoberg | Regional utveckling
Tfn 0470-58 30 41

Den ons 2 dec. 2026 kl 16:40 skrev Linnea Håkansson <linnea.hakansson@almhult.example>:

> Hej Sanna,
>
> Kommunstyrelsens arbetsutskott i Älmhult ställde sig i dag bakom
> medfinansieringen på 900 000 kr, fördelat med 450 000 kr per år
> 2027 och 2028. Formellt beslut i kommunstyrelsen tas den 15 december.
>
> Kan vi ta frågan om lokal i Markaryd på första styrgruppsmötet?
>
> /Linnea
>
> Skickat från min iPhone
>
> Den lör 28 nov. 2026 kl 10:05 skrev Sanna Wikström <sanna.wikstrom@kronoberg.example>:
>
>> Thank you, Mikko – this is very helpful. I will inform the steering
>> group and the municipalities. Could you confirm in writing that the
>> contribution of SEK 300 000 can be paid in two instalments, in
>> April 2027 and January 2028?
>>
>> Best regards,
>> Sanna
>>
>> On Fri, 27 Nov 2026 at 14:22, Mikko Laine <mikko.laine@lamello.example> wrote:
>>
>>> Dear Sanna,
>>>
>>> I am pleased to inform you that Nordlamell has signed a new
>>> three-year supply contract. As a result, the redundancy notice in
>>> Älmhult will be reduced from 340 to 285 positions. The union
>>> negotiations were concluded yesterday.
>>>
>>> Given the lower number of affected employees, our contribution to
>>> Kompetensbron will be SEK 300 000 instead of SEK 400 000. We remain
>>> committed to the project, and Petra Nyqvist will continue as our
>>> representative in the steering group.
>>>
>>> Kind regards,
>>> Mikko Laine
>>> HR Director, Lamello Group Oy
>>> Lahti, Finland
>>>
>>> This e-mail may contain confidential information. If you are not the
>>> intended recipient, please notify the sender and delete this e-mail.
>>>
>>> Den tors 26 nov. 2026 kl 09:31 skrev Sanna Wikström <sanna.wikstrom@kronoberg.example>:
>>>
>>>> Hej Petra och Mikko (English below),
>>>>
>>>> Vi behöver flytta projektstarten för Kompetensbron från 1 februari
>>>> till 1 mars 2027, eftersom rekryteringen av de två
>>>> kompetensvägledarna har dragit ut på tiden. Kartläggningen av de
>>>> varslade kan ändå börja i februari med hjälp av Arbetsförmedlingen.
>>>> Kan ni bekräfta att Nordlamells bidrag på 400 000 kr ligger fast?
>>>>
>>>> --
>>>> Dear Mikko, we need to move the project start to 1 March 2027
>>>> because the recruitment of two career counsellors has been delayed.
>>>> Could you please confirm Nordlamell's contribution of SEK 400 000?
>>>>
>>>> Med vänlig hälsning / Best regards
>>>> Sanna Wikström
>>>> Region Kronoberg

------------------------------------------------------------------------------
Detta e-postmeddelande kan innehålla uppgifter som omfattas av
offentlighetsprincipen. Region Kronoberg behandlar personuppgifter
enligt dataskyddsförordningen.
"""


# ======================================================================
# 6. Newsletter (Markdown)
# ======================================================================
NEWS = """\
<!-- Exporterad från nyhetsbrevsverktyget 2026-12-04 10:02. Mall: RK_nyhetsbrev_v3 -->
[Visa i webbläsare][web] | [Avregistrera][unsub]

![Region Kronoberg – logotyp](https://www.kronoberg.example/bilder/rk-logo.png)

# Regional utveckling – nyhetsbrev nr 9, december 2026

*Till dig som arbetar med regional utveckling, kompetensförsörjning och arbetsmarknad i Kronobergs län. Utgivare: Maria Ekstrand, enheten för kompetensförsörjning.*

**I detta nummer:**

- [Klart för Kompetensbron Kronoberg](#kompetensbron)
- [Pressmeddelande: 2,1 miljoner kronor till service på landsbygden](#pressmeddelande)
- [Siffran](#siffran)
- [Utlysning: Regionala projektmedel 2027](#utlysning)
- [Kalendarium](#kalendarium)
- [Nytt ansikte på enheten](#nytt-ansikte)

* * *

<a id="kompetensbron"></a>
## Klart för Kompetensbron Kronoberg

![Foto: Produktionshall i Älmhult. Fotograf: Jonna Ek](https://www.kronoberg.example/bilder/almhult-hall.jpg)

Regionala utvecklingsnämnden beslutade den 3 december att bevilja 1,5 miljoner kronor till omställningsprojektet
Kompetensbron Kronoberg. Projektet ska hjälpa dem som varslats vid Nordlamell AB i Älmhult att validera sin
kompetens, utbilda sig och hitta nya jobb i regionen.

Projektet startar den 1 mars 2027, en månad senare än planerat, och pågår till och med januari 2029.
Målet är nu att nå 150 deltagare, i stället för de 180 som angavs i projektplanen, eftersom varslet
har minskats till 285 personer sedan företaget fått en ny order.

> – Det här är ett bra exempel på hur kommuner, region och Arbetsförmedlingen kan agera snabbt tillsammans.
> Nu gäller det att valideringen kommer i gång medan de anställda fortfarande är kvar på jobbet, säger
> Åsa Lindgren (C), ordförande i regionala utvecklingsnämnden.

Läs mer i [omställningsrapporten][rapport] eller kontakta projektledaren Sanna Wikström.

* * *

<a id="pressmeddelande"></a>
## Pressmeddelande: 2,1 miljoner kronor till service på landsbygden

*Pressmeddelande, 1 december 2026*

**Region Kronoberg fördelar 2 100 000 kronor i stöd till kommersiell service på landsbygden 2027. Stödet går till
12 lanthandlar och servicepunkter i Tingsryd, Uppvidinge, Lessebo, Markaryd och Ljungby.**

Stödet kan användas till hemsändning av varor, ombudstjänster och investeringar i kyl och frys. Det största
enskilda stödet, 310 000 kronor, går till Kvarnabo Livs i Uppvidinge kommun, som ska bli en av länets
första servicepunkter med uttag av kontanter och utlämning av läkemedel.

> – En lanthandel är ofta den sista samlingsplatsen i en by. Med stödet kan butikerna hålla öppet och
> samtidigt erbjuda fler tjänster, säger Magnus Berg (S), vice ordförande i regionala utvecklingsnämnden.

**Kontakt för media:** Pressjouren Region Kronoberg, tfn 0470-58 30 00

* * *

<a id="siffran"></a>
## Siffran

> ### 1 846
> nystartade företag i Kronobergs län januari–oktober 2026 – 4 procent fler än samma period 2025.

* * *

<a id="utlysning"></a>
## Utlysning: Regionala projektmedel 2027

Nu kan du söka regionala projektmedel för 2027. Utlysningen i korthet:

- **Sista ansökningsdag:** 15 februari 2027
- **Högsta belopp:** 500 000 kr per projekt och år (2026 var gränsen 400 000 kr)
- **Medfinansiering:** minst 50 procent från andra källor
- **Vem kan söka:** kommuner, regionens egna verksamheter, universitet och högskolor samt ideella föreningar. Företag kan inte söka.
- **Prioriterade områden 2027:** kompetensförsörjning, omställning i industrin och landsbygdsutveckling
- **Beslut:** i regionala utvecklingsnämnden den 20 maj 2027

Ansökan görs i e-tjänsten. Läs [anvisningarna][anvisning] innan du ansöker.

* * *

<a id="kalendarium"></a>
## Kalendarium

**21 januari 2027** – Branschråd trä och möbel, första mötet, Älmhult
**11 februari 2027** – Regionala partnerskapet, Ljungby kommunhus
**15 februari 2027** – Sista dag att söka regionala projektmedel
**1 mars 2027** – Kompetensbron Kronoberg startar i Älmhult

* * *

<a id="nytt-ansikte"></a>
## Nytt ansikte på enheten

Fatima Osman börjar som analytiker på enheten för kompetensförsörjning den 11 januari 2027. Fatima kommer
närmast från Arbetsförmedlingens analysavdelning och ska bland annat ansvara för den kvartalsvisa
uppföljningen av varsel i Regionala kompetensplattformen.

* * *

*Du får det här nyhetsbrevet eftersom du är med i Region Kronobergs nätverk för regional utveckling.
[Avregistrera dig här][unsub].*

[web]: https://nyhetsbrev.kronoberg.example/view/2026-09
[unsub]: https://nyhetsbrev.kronoberg.example/unsubscribe
[rapport]: https://www.kronoberg.example/omstallningsrapport-nordlamell.pdf
[anvisning]: https://www.kronoberg.example/projektmedel-2027
"""


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_report(os.path.join(out, "r140_omstallningsrapport_nordlamell_almhult.pdf"))
    make_notes(os.path.join(out, "r140_minnesanteckningar_partnerskapet_2026-11-19.docx"))
    make_plan(os.path.join(out, "r140_projektplan_kompetensbron_kronoberg.pdf"))
    make_guide(os.path.join(out, "r140_handlaggarstod_storre_varsel.docx"))
    with open(os.path.join(out, "r140_mejltrad_kompetensbron_startdag.txt"), "w", encoding="utf-8") as f:
        f.write(MAIL)
    with open(os.path.join(out, "r140_nyhetsbrev_regional_utveckling_dec2026.md"), "w", encoding="utf-8") as f:
        f.write(NEWS)
    for n in sorted(os.listdir(out)):
        if n.startswith("r140_"):
            print(n, os.path.getsize(os.path.join(out, n)))


if __name__ == "__main__":
    main()
