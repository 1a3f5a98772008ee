"""r130_make_files.py - writes six Swedish work documents for QA testing.

Usage:  python r130_make_files.py OUT_DIR

Files and layout traits
-----------------------
1. r130_uppfoljningsrapport_kti_2025.pdf  (reportlab, 3 pages)
   Region Västernorrland: follow-up report 2025 for a skills centre
   ("Kompetenscentrum Trä och Industri", Sollefteå). Title block on page 1
   (no running header there), running header from page 2 (short title left,
   Dnr right, rule below), footer with the adoption note left and a centred
   page number "- N -". Numbered sections and sub-sections (2.1, 3.2, 6.2),
   justified text with hyphenated line ends (soft hyphens), page-bottom
   footnotes whose markers sit in a table cell and in body text, an
   indicator table (target / outcome 2025 / outcome 2024), a cost table that
   runs over a page break with a repeated header row and a sum row, a
   financing table, a lettered decision list a)-d).
2. r130_handlaggarrutin_lonebidrag.pdf  (reportlab, 2 pages)
   Arbetsförmedlingen, local routine for wage subsidy (lönebidrag för
   anställning). Full-width title frame on page 1, then two columns on
   every page; steps "Steg 1" ... "Steg 6" as shaded heading bars, a narrow
   level table inside a column, framed "Observera" boxes, a contact box,
   a revision table; running header (organisation | routine name) and
   footer "Rutin ... version 2.1 | sida N".
3. r130_budgetinstruktion_2027.pdf  (reportlab, 2 pages)
   Region Västernorrland, regional development administration: budget
   instruction 2027 with plan 2028-2029. "Hanging heading" layout: each
   section is a two-cell row with the number and heading (and a grey
   "NYTT 2027" margin note) in a narrow left column and the text on the
   right; a full-width timetable table (activity / date / responsible),
   a boxed formula line, a numbered list of what to hand in; letterhead
   text top right on page 1, footer "Budgetinstruktion 2027 | Sida N".
4. r130_riktlinjer_representation_gavor.docx  (python-docx)
   Region Västernorrland: guidelines for hospitality and gifts. Word header
   (organisation) and footer (adopted date + Dnr + PAGE field), Title and
   Heading 1 styles, "Med X avses" definitions, bullet lists, a numbered
   list for accounting/approval, an amount-limit table (Table Grid) with a
   shaded header row.
5. r130_checklista_direktupphandling.txt  (plain text)
   Checklist for purchases below the direct-award threshold. Title framed
   with "=" lines, "DEL 1 ..." headings underlined with "-", checkbox lines
   "[ ] 1.1 ...", a space-aligned amount-level table, a "Vanliga missar"
   list and contact lines.
6. r130_dua_overenskommelse_kramfors.md  (Markdown)
   Local collaboration agreement between Kramfors kommun and
   Arbetsförmedlingen (DUA model) 2026-2027. Italic subtitle, key-value
   pipe table, "## N" headings with "### 4.1" sub-headings, a goals table
   (baseline / target), numbered commitment lists, an activities table,
   a signature section.
"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether,
                                NextPageTemplate, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

PAGE_W, PAGE_H = A4
rl_config.invariant = 1  # no timestamps / random ids in the PDFs

SH = "\xad"  # soft hyphen: reportlab may break the word here and print "-"

# compound words that may be split at a line end in the report (adds SH)
_SPLITS = ["verksamhets|år", "uppdrags|beskrivningen", "utbildnings|omgångar",
           "Arbets|förmedlingens", "Arbets|förmedlingen", "informations|träffar",
           "verkstads|lokaler", "personal|avdelning", "anvisningar|na",
           "kompetens|försörjning", "rekryterande", "indikatorer",
           "verksamhets|planen", "kommunikations|insatser", "nyhets|brev",
           "mål|grupper", "deltagar|na", "öppet|tider", "index|uppräkning",
           "utvecklings|nämnden", "årsarbets|krafter", "sam|arbete",
           "kostnads|slag", "finansier|ingen", "upphandling|en", "industri|företag"]


def hyph(text):
    for w in _SPLITS:
        if "|" in w:
            text = text.replace(w.replace("|", ""), w.replace("|", SH))
    return text


def pstyle(name, **kw):
    if "parent" in kw:  # inherit everything not given explicitly
        return ParagraphStyle(name, **kw)
    base = dict(fontName="Times-Roman", fontSize=10.5, leading=13.5,
                spaceAfter=5, alignment=TA_JUSTIFY, embeddedHyphenation=1,
                hyphenationLang="", uriWasteReduce=0)
    base.update(kw)
    return ParagraphStyle(name, **base)


# ---------------------------------------------------------------------------
# 1. Follow-up report for a skills centre
# ---------------------------------------------------------------------------

class FootnoteMark(Flowable):
    """Zero-size flowable: registers a footnote on the page where it lands."""

    def __init__(self, doc, text):
        super().__init__()
        self.doc_ref = doc
        self.text = text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        page = self.canv.getPageNumber()
        self.doc_ref.footnotes.setdefault(page, []).append(self.text)


def make_kti_report(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2.3 * cm,
                          rightMargin=2.3 * cm, topMargin=2.4 * cm,
                          bottomMargin=3.6 * cm,
                          title="Uppföljningsrapport 2025 – Kompetenscentrum Trä och Industri",
                          author="Region Västernorrland")
    doc.footnotes = {}
    fw = PAGE_W - doc.leftMargin - doc.rightMargin
    fh = PAGE_H - doc.topMargin - doc.bottomMargin
    frame = Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="main",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    fn_style = pstyle("fn", fontSize=8, leading=10, alignment=TA_LEFT,
                      spaceAfter=1)

    def draw_common(canv, d, header):
        canv.saveState()
        if header:
            canv.setFont("Helvetica", 8)
            canv.drawString(d.leftMargin, PAGE_H - 1.5 * cm,
                            "Kompetenscentrum Trä och Industri – Uppföljningsrapport 2025")
            canv.drawRightString(PAGE_W - d.rightMargin, PAGE_H - 1.5 * cm,
                                 "Dnr RUN 2026/0142")
            canv.setLineWidth(0.5)
            canv.line(d.leftMargin, PAGE_H - 1.65 * cm,
                      PAGE_W - d.rightMargin, PAGE_H - 1.65 * cm)
        canv.setFont("Helvetica", 8)
        canv.drawString(d.leftMargin, 1.2 * cm,
                        "Fastställd av styrgruppen 12 februari 2026")
        canv.drawCentredString(PAGE_W / 2, 1.2 * cm,
                               "- %d -" % canv.getPageNumber())
        canv.restoreState()

    def draw_footnotes(canv, d):
        notes = d.footnotes.get(canv.getPageNumber(), [])
        if not notes:
            return
        canv.saveState()
        y_top = d.bottomMargin - 0.35 * cm
        canv.setLineWidth(0.4)
        canv.line(d.leftMargin, y_top, d.leftMargin + 5 * cm, y_top)
        y = y_top - 0.1 * cm
        for t in notes:
            p = Paragraph(t, fn_style)
            _, h = p.wrap(fw, 5 * cm)
            p.drawOn(canv, d.leftMargin, y - h)
            y -= h + 2
        canv.restoreState()

    doc.addPageTemplates([
        PageTemplate(id="first", frames=[frame],
                     onPage=lambda c, d: draw_common(c, d, False),
                     onPageEnd=draw_footnotes),
        PageTemplate(id="later", frames=[frame],
                     onPage=lambda c, d: draw_common(c, d, True),
                     onPageEnd=draw_footnotes),
    ])

    body = pstyle("body")
    h1 = pstyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=16,
                spaceBefore=10, spaceAfter=5, alignment=TA_LEFT)
    h2 = pstyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14,
                spaceBefore=6, spaceAfter=3, alignment=TA_LEFT)
    title = pstyle("title", fontName="Helvetica-Bold", fontSize=22,
                   leading=27, alignment=TA_LEFT, spaceAfter=4)
    sub = pstyle("sub", fontName="Helvetica", fontSize=13, leading=17,
                 alignment=TA_LEFT, spaceAfter=10)
    meta = pstyle("meta", fontName="Helvetica", fontSize=9, leading=12,
                  alignment=TA_LEFT, spaceAfter=1)
    cell = pstyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5,
                  alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0)
    cellr = pstyle("cellr", parent=cell, alignment=2)
    cellb = pstyle("cellb", fontName="Helvetica-Bold", fontSize=8.5,
                   leading=10.5, alignment=TA_LEFT, spaceAfter=0)
    cellbr = pstyle("cellbr", parent=cellb, alignment=2)
    caption = pstyle("cap", fontName="Helvetica-Oblique", fontSize=9,
                     leading=11, alignment=TA_LEFT, spaceBefore=4,
                     spaceAfter=3)

    S = []
    S.append(NextPageTemplate("later"))
    S.append(Paragraph("REGION VÄSTERNORRLAND · Regional utveckling", meta))
    S.append(Spacer(1, 0.6 * cm))
    S.append(Paragraph("Uppföljningsrapport 2025", title))
    S.append(Paragraph("Kompetenscentrum Trä och Industri (KTI), Sollefteå",
                       sub))
    for line in ["Dnr RUN 2026/0142 · Diarieförd 16 februari 2026",
                 "Rapportförfattare: Maria Sundqvist, verksamhetsledare, och "
                 "Erik Holmgren, analytiker",
                 "Mottagare: regionala utvecklingsnämnden, Sollefteå kommun, "
                 "Kramfors kommun"]:
        S.append(Paragraph(line, meta))
    S.append(Spacer(1, 0.5 * cm))

    S.append(Paragraph("1 Sammanfattning", h1))
    S.append(Paragraph(
        "Kompetenscentrum Trä och Industri (KTI) har under 2025 genomfört "
        "sitt tredje hela verksamhetsår. Centret har nått tre av de sex mål "
        "som anges i uppdrags" + SH + "beskrivningen. Antalet deltagare som "
        "påbörjade en utbildning ökade med 37 procent jämfört med 2024, och "
        "andelen deltagare som var i arbete 90 dagar efter avslutad "
        "utbildning uppgick till 73 procent. Målen för antalet genomförda "
        "utbildningar, för andelen kvinnor och för antalet deltagare som "
        "anvisats av Arbets" + SH + "förmedlingen nåddes däremot inte. "
        "Kostnaderna överskred budgeten med 45 620 kronor, främst på grund "
        "av högre priser vid köp av svets" + SH + "utbildning.", body))
    S.append(Paragraph(
        "Rapporten avslutas med fyra rekommendationer och med de beslut som "
        "styrgruppen fattade när rapporten fastställdes (avsnitt 6.2).",
        body))

    S.append(Paragraph("2 Bakgrund och uppdrag", h1))
    S.append(Paragraph("2.1 Uppdraget", h2))
    S.append(Paragraph(
        "KTI inrättades i september 2022 på uppdrag av regionala "
        "utvecklings" + SH + "nämnden i samverkan med Sollefteå och Kramfors "
        "kommuner. Uppdraget är att matcha företagens kompetens" + SH +
        "behov inom trä- och verkstads" + SH + "industrin med korta, "
        "yrkesinriktade utbildningar, att genomföra behovs" + SH + "analyser "
        "hos företag och att vara en gemensam ingång för företag, kommuner "
        "och Arbetsförmedlingen i frågor om kompetens" + SH + "försörjning. "
        "Den nuvarande uppdragsperioden löper till och med den 31 december "
        "2027.", body))
    S.append(Paragraph("2.2 Organisation och styrning", h2))
    S.append(Paragraph(
        "Verksamheten leds av en verksamhetsledare och omfattar 3,5 "
        "årsarbets" + SH + "krafter. En styrgrupp med företrädare för "
        "regionen, de två kommunerna, Arbetsförmedlingen och företags" + SH +
        "nätverket Industrigruppen Mitt sammanträder fyra gånger per år. "
        "Ordförande i styrgruppen är Anders Pålsson, Region "
        "Västernorrland. Styrgruppen fastställer verksamhetsplan och "
        "budget och beslutar om nya utbildnings" + SH + "områden.", body))

    S.append(Paragraph("3 Verksamhet under 2025", h1))
    S.append(Paragraph("3.1 Utbildningar", h2))
    S.append(Paragraph(
        "Under året genomfördes 19 utbildnings" + SH + "omgångar inom sju "
        "områden: CNC-operatör grund, svetsning (MIG/MAG och TIG), truck- "
        "och traversutbildning, träteknik för sågverk och hyvleri, "
        "underhållsteknik, industriell automation (PLC) samt svenska för "
        "yrkeslivet med inriktning mot industri. Den största utbildningen "
        "var CNC-operatör grund med 64 deltagare i fyra omgångar. "
        "Svetsutbildningen hade svårt att fylla platserna under hösten, och "
        "två av tre planerade omgångar fick slås samman. Utbildningarna "
        "genomförs i huvudsak i KTI:s verkstads" + SH + "lokaler på "
        "Hallstaberget i Sollefteå, medan truckutbildningen sker hos "
        "företag i Kramfors.", body))
    S.append(Paragraph("3.2 Företagsbesök och behovsanalyser", h2))
    S.append(Paragraph(
        "Centret genomförde 104 företagsbesök under 2025, varav 41 ledde "
        "till en dokumenterad behovsanalys. Besöken riktades framför allt "
        "till små och medelstora företag med färre än 50 anställda, som "
        "sällan har egen personal" + SH + "avdelning. Behovs" + SH +
        "analyserna visar att efterfrågan på underhålls" + SH + "tekniker "
        "och automations" + SH + "tekniker väntas öka under de kommande tre "
        "åren, medan behovet av ren maskinoperatörs" + SH + "kompetens är "
        "stabilt. Flera företag efterfrågar kortare moduler som kan "
        "kombineras med arbete.", body))
    S.append(Paragraph("3.3 Samverkan med Arbetsförmedlingen", h2))
    S.append(Paragraph(
        "Arbetsförmedlingen i Sollefteå och Kramfors anvisade 58 deltagare "
        "under året, jämfört med 41 året innan. Anvisningarna gällde "
        "framför allt truck- och traversutbildningen och CNC-operatör "
        "grund. Under våren infördes gemensamma informations" + SH +
        "träffar varannan vecka, där arbetssökande kan träffa lärare och "
        "företag på plats i verkstaden. Samverkan försvårades under hösten "
        "av att Arbetsförmedlingens lokala kontor i Kramfors hade begränsade "
        "öppettider, vilket minskade antalet anvisningar från Kramfors.",
        body))

    S.append(Paragraph("3.4 Kommunikation", h2))
    S.append(Paragraph(
        "Under 2025 lanserades en ny webbplats med kurskalender och "
        "intresseanmälan, och centret gav ut fyra nyhetsbrev till företag i "
        "de två kommunerna. Kommunikationsinsatserna riktades särskilt till "
        "kvinnor och till personer med utländsk bakgrund, bland annat genom "
        "filmade porträtt av tidigare deltagare. Antalet intresseanmälningar "
        "via webbplatsen uppgick till 412, jämfört med 268 året innan. "
        "Kostnaderna för kommunikation blev lägre än budgeterat eftersom en "
        "planerad annonskampanj sköts upp till 2026.", body))

    S.append(Paragraph("4 Resultat mot mål", h1))
    S.append(Paragraph(
        "Tabell 1 redovisar utfallet för de sex indikatorer som styrgruppen "
        "fastställde i verksamhetsplanen för 2025, jämfört med utfallet för "
        "2024.", body))
    S.append(Paragraph("Tabell 1. Indikatorer, mål och utfall", caption))
    t1 = [
        ["Indikator", "Mål 2025", "Utfall 2025", "Utfall 2024"],
        ["Antal deltagare som påbörjat utbildning", "260", "271", "198"],
        [Paragraph("Antal deltagare som genomfört utbildning<super>1</super>",
                   cell), "220", "214", "161"],
        ["Andel kvinnor bland deltagarna", "30 %", "27 %", "24 %"],
        ["Antal företagsbesök", "90", "104", "76"],
        [Paragraph("Andel deltagare i arbete 90 dagar efter avslutad "
                   "utbildning<super>2</super>", cell), "70 %", "73 %",
         "66 %"],
        ["Antal deltagare anvisade av Arbetsförmedlingen", "60", "58", "41"],
    ]
    tbl = Table(t1, colWidths=[8.6 * cm, 2.3 * cm, 2.5 * cm, 2.5 * cm])
    tbl.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1),
         [colors.white, colors.HexColor("#EEF2F5")]),
    ]))
    S.append(tbl)
    S.append(FootnoteMark(doc,
        "<super>1</super> Med genomförd utbildning avses att deltagaren har "
        "närvarat minst 80 procent av lektionstiden och fått godkänt på "
        "slutmomentet."))
    S.append(Spacer(1, 6))
    S.append(Paragraph(
        "Andelen deltagare i arbete 90 dagar efter avslutad utbildning "
        "ökade från 66 till 73 procent<super>2</super>. Ökningen förklaras "
        "främst av att fler utbildningar har tagits fram tillsammans med "
        "rekryterande företag. Andelen kvinnor ökade men ligger fortfarande "
        "under målet; kvinnorna återfinns framför allt i automations- och "
        "underhålls" + SH + "utbildningarna. Att målet för genomförda "
        "utbildningar inte nåddes beror till stor del på avhopp från "
        "svetsutbildningen under hösten.", body))
    S.append(FootnoteMark(doc,
        "<super>2</super> Avser deltagare som avslutade utbildning 1 januari–"
        "30 september 2025. Uppföljningen bygger på enkät till deltagarna "
        "och uppgifter från arbetsgivarna."))

    S.append(Paragraph("5 Ekonomi", h1))
    S.append(Paragraph(
        "Verksamhetens kostnader uppgick till 8 595 620 kronor, vilket är "
        "45 620 kronor mer än budgeterat. Överskridandet för utbildnings" +
        SH + "köp beror på att priset för svetsutbildning höjdes med 18 "
        "procent vid den förnyade upphandlingen i maj 2025. Lokalkostnaden "
        "blev högre än budgeterat eftersom hyresvärden debiterade en "
        "retroaktiv indexuppräkning. Underskottet täcks av det överskott "
        "som fördes över från 2024. Tabell 2 visar kostnaderna per "
        "kostnadsslag och tabell 3 finansieringen.", body))
    S.append(Paragraph("Tabell 2. Kostnader per kostnadsslag 2025 (kronor)",
                       caption))
    t2 = [
        ["Kostnadsslag", "Budget 2025", "Utfall 2025", "Avvikelse"],
        ["Personal (3,5 årsarbetskrafter)", "2 840 000", "2 792 310",
         "47 690"],
        ["Utbildningsköp från anordnare", "3 200 000", "3 356 900",
         "-156 900"],
        ["Lokalhyra", "1 150 000", "1 186 400", "-36 400"],
        ["Utrustning och maskinhyra", "620 000", "548 750", "71 250"],
        ["Resor och företagsbesök", "180 000", "203 460", "-23 460"],
        ["Kommunikation och marknadsföring", "150 000", "97 800", "52 200"],
        ["Administration och overhead", "410 000", "410 000", "0"],
        ["Summa kostnader", "8 550 000", "8 595 620", "-45 620"],
    ]
    tbl2 = Table(t2, colWidths=[7.4 * cm, 2.8 * cm, 2.8 * cm, 2.9 * cm],
                 repeatRows=1, rowHeights=[0.62 * cm] * len(t2))
    tbl2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2EA")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F8C99")),
        ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black),
    ]))
    S.append(tbl2)
    S.append(Paragraph("Tabell 3. Finansiering 2025 (kronor)", caption))
    t3 = [
        ["Finansiär", "Belopp", "Andel"],
        ["Region Västernorrland, regionala utvecklingsmedel", "3 000 000",
         "35 %"],
        ["Europeiska socialfonden (ESF+)", "2 950 000", "35 %"],
        ["Sollefteå kommun", "1 200 000", "14 %"],
        ["Kramfors kommun", "800 000", "9 %"],
        ["Deltagande företag (kursavgifter)", "600 000", "7 %"],
        ["Summa finansiering", "8 550 000", "100 %"],
    ]
    tbl3 = Table(t3, colWidths=[9.5 * cm, 3.2 * cm, 3.2 * cm])
    tbl3.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
    ]))
    S.append(tbl3)

    S.append(Paragraph("6 Slutsatser och fortsatt arbete", h1))
    S.append(Paragraph("6.1 Rekommendationer", h2))
    recs = [
        "Utveckla kortare utbildningsmoduler om 40–80 timmar inom "
        "underhåll och automation som kan kombineras med anställning.",
        "Ta fram riktade insatser för att nå fler kvinnor, bland annat "
        "genom öppna verkstadsdagar och samarbete med vuxenutbildningen.",
        "Fördjupa samverkan med Arbetsförmedlingen i Kramfors så att "
        "antalet anvisningar åter ökar under 2026.",
        "Se över formen för svetsutbildningen, eftersom kostnaden per "
        "genomförd deltagare är mer än dubbelt så hög som för övriga "
        "utbildningar.",
    ]
    for i, r in enumerate(recs, 1):
        S.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, r),
                           pstyle("rec%d" % i, leftIndent=14,
                                  firstLineIndent=-14, spaceAfter=3)))
    S.append(Paragraph("6.2 Styrgruppens beslut", h2))
    S.append(Paragraph(
        "Styrgruppen behandlade rapporten vid sitt möte den 12 februari "
        "2026 och beslutade", body))
    decs = [
        ("a)", "att fastställa uppföljningsrapporten för 2025,"),
        ("b)", "att svetsutbildningen från och med hösten 2026 ska "
               "genomföras i samarbete med Kramfors yrkesvux i stället för "
               "genom egen upphandling, med högst två omgångar per år,"),
        ("c)", "att ge verksamhetsledaren i uppdrag att ta fram en "
               "handlingsplan för att öka andelen kvinnor, som ska redovisas "
               "vid styrgruppens möte den 14 maj 2026, samt"),
        ("d)", "att bordlägga frågan om Härnösands kommun som ny "
               "finansierande part till nästa möte."),
    ]
    for lab, txt in decs:
        S.append(Paragraph("%s&nbsp;&nbsp;%s" % (lab, txt),
                           pstyle("dec" + lab, leftIndent=18,
                                  firstLineIndent=-18, spaceAfter=3)))
    S.append(Spacer(1, 8))
    S.append(Paragraph(
        "Vid protokollet: Erik Holmgren. Justerat: Anders Pålsson, "
        "ordförande.", pstyle("sig", fontName="Times-Italic")))
    # allow line-end hyphenation in more compound words of the body text
    S = [Paragraph(hyph(f.text), f.style)
         if isinstance(f, Paragraph) and f.style is body else f for f in S]
    doc.build(S)


# ---------------------------------------------------------------------------
# 2. Wage-subsidy routine, two columns
# ---------------------------------------------------------------------------

def make_lonebidrag(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm,
                          rightMargin=1.8 * cm, topMargin=2.2 * cm,
                          bottomMargin=2.0 * cm,
                          title="Handläggarrutin: Lönebidrag för anställning",
                          author="Arbetsförmedlingen")
    gap = 0.8 * cm
    fw = PAGE_W - doc.leftMargin - doc.rightMargin
    cw = (fw - gap) / 2
    fh = PAGE_H - doc.topMargin - doc.bottomMargin
    title_h = 5.2 * cm
    first = [
        Frame(doc.leftMargin, PAGE_H - doc.topMargin - title_h, fw, title_h,
              id="title", leftPadding=0, rightPadding=0, topPadding=0,
              bottomPadding=0),
        Frame(doc.leftMargin, doc.bottomMargin, cw, fh - title_h, id="c1",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh - title_h,
              id="c2", leftPadding=0, rightPadding=0, topPadding=0,
              bottomPadding=0),
    ]
    later = [
        Frame(doc.leftMargin, doc.bottomMargin, cw, fh, id="l1",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh, id="l2",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
    ]

    def deco(canv, d):
        canv.saveState()
        canv.setFont("Helvetica-Bold", 8)
        canv.drawString(d.leftMargin, PAGE_H - 1.3 * cm, "Arbetsförmedlingen")
        canv.setFont("Helvetica", 8)
        canv.drawRightString(PAGE_W - d.rightMargin, PAGE_H - 1.3 * cm,
                             "Handläggarrutin – Lönebidrag för anställning")
        canv.setStrokeColor(colors.HexColor("#1F4E79"))
        canv.setLineWidth(1)
        canv.line(d.leftMargin, PAGE_H - 1.45 * cm, PAGE_W - d.rightMargin,
                  PAGE_H - 1.45 * cm)
        # column rule
        if canv.getPageNumber() > 1:
            x = d.leftMargin + cw + gap / 2
            canv.setStrokeColor(colors.HexColor("#BBBBBB"))
            canv.setLineWidth(0.4)
            canv.line(x, d.bottomMargin, x, PAGE_H - d.topMargin)
        canv.setFont("Helvetica", 7.5)
        canv.drawString(d.leftMargin, 1.1 * cm,
                        "Rutin AF MO Norr 2026:04 | version 2.1 | "
                        "gäller från 1 mars 2026")
        canv.drawRightString(PAGE_W - d.rightMargin, 1.1 * cm,
                             "sida %d" % canv.getPageNumber())
        canv.restoreState()

    doc.addPageTemplates([
        PageTemplate(id="first", frames=first, onPage=deco),
        PageTemplate(id="later", frames=later, onPage=deco),
    ])

    body = pstyle("b2", fontName="Helvetica", fontSize=9, leading=11.6,
                  spaceAfter=4)
    bullet = pstyle("bl2", parent=body, leftIndent=10, firstLineIndent=-8,
                    spaceAfter=2, alignment=TA_LEFT)
    h1 = pstyle("h12", fontName="Helvetica-Bold", fontSize=11, leading=14,
                spaceBefore=6, spaceAfter=3, alignment=TA_LEFT,
                textColor=colors.HexColor("#1F4E79"))
    stepst = pstyle("st2", fontName="Helvetica-Bold", fontSize=9.5,
                    leading=12, alignment=TA_LEFT, textColor=colors.white,
                    spaceAfter=0)
    boxst = pstyle("bx2", fontName="Helvetica", fontSize=8.6, leading=11,
                   alignment=TA_LEFT, spaceAfter=0)
    cell = pstyle("c2", fontName="Helvetica", fontSize=7.8, leading=9.5,
                  alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0)
    cellb = pstyle("cb2", parent=cell, fontName="Helvetica-Bold")

    def step(n, text):
        t = Table([[Paragraph("Steg %d – %s" % (n, text), stepst)]],
                  colWidths=[cw])
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1F4E79")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        t.keepWithNext = 1  # never leave a step bar alone at a column end
        sp = Spacer(1, 4)
        sp.keepWithNext = 1
        return [Spacer(1, 5), t, sp]

    def box(head, text, bg="#FFF4D6", border="#C9A227"):
        t = Table([[Paragraph("<b>%s</b><br/>%s" % (head, text), boxst)]],
                  colWidths=[cw])
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
            ("BOX", (0, 0), (-1, -1), 1, colors.HexColor(border)),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        return [Spacer(1, 4), t, Spacer(1, 6)]

    S = []
    S.append(Paragraph("Handläggarrutin: Lönebidrag för anställning",
                       pstyle("t2", fontName="Helvetica-Bold", fontSize=18,
                              leading=22, alignment=TA_LEFT, spaceAfter=4)))
    S.append(Paragraph(
        "Lokal tillämpning för Arbetsförmedlingens kontor i Sollefteå, "
        "Kramfors och Härnösand",
        pstyle("s2", fontName="Helvetica", fontSize=11, leading=14,
               alignment=TA_LEFT, spaceAfter=8)))
    meta = [
        ["Version", "2.1 (ersätter version 2.0 från 15 augusti 2025)"],
        ["Gäller från", "1 mars 2026"],
        ["Rutinägare", "Amira Haddad, processledare arbetsgivarstöd"],
        ["Fastställd av", "Sektionschef Mattias Berglöf"],
    ]
    mt = Table(meta, colWidths=[3.2 * cm, 10 * cm])
    mt.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 8.5),
        ("FONT", (1, 0), (1, -1), "Helvetica", 8.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    S.append(mt)
    S.append(NextPageTemplate("later"))
    from reportlab.platypus import FrameBreak
    S.append(FrameBreak())

    S.append(Paragraph("1 Syfte och omfattning", h1))
    S.append(Paragraph(
        "Rutinen beskriver hur handläggare utreder, beslutar och följer upp "
        "lönebidrag för anställning enligt förordningen (2017:462) om "
        "särskilda insatser för personer med funktions" + SH + "nedsättning "
        "som medför nedsatt arbetsförmåga. Den kompletterar det nationella "
        "handläggar" + SH + "stödet och beskriver lokala arbetssätt, "
        "ansvars" + SH + "fördelning och tidsgränser.", body))
    S.append(Paragraph(
        "Skyddat arbete hos offentlig arbetsgivare (OSA) och anställning hos "
        "Samhall omfattas inte av denna rutin och hanteras i separata "
        "rutiner.", body))

    S.append(Paragraph("2 Förutsättningar", h1))
    S.append(Paragraph("Lönebidrag kan beviljas när samtliga villkor är "
                       "uppfyllda:", body))
    for b in [
        "den arbetssökande är inskriven på Arbetsförmedlingen och har en "
        "dokumenterad funktionsnedsättning som medför nedsatt arbetsförmåga,",
        "lön och andra anställningsvillkor följer kollektivavtal eller är "
        "likvärdiga med villkoren i ett kollektivavtal i branschen,",
        "arbetsgivaren har ansvarsförsäkring och tecknar "
        "tjänstepensionsförsäkring enligt avtal,",
        "arbetsgivaren har inga skulder för skatter eller avgifter hos "
        "Kronofogden (se steg 2).",
    ]:
        S.append(Paragraph("•&nbsp;" + b, bullet))

    S.append(Paragraph("3 Arbetsgång", h1))
    S.extend(step(1, "Utred arbetsförmågan"))
    S.append(Paragraph(
        "Säkerställ att funktionsnedsättningen är styrkt genom läkarintyg, "
        "psykologutlåtande eller annat medicinskt underlag som inte är "
        "äldre än två år. Vid behov begärs en arbetsförmåge" + SH +
        "utredning av SIUS-konsulent eller arbetspsykolog. Bedömningen "
        "dokumenteras i ärendet under rubriken Arbetsförmåga.", body))
    S.extend(step(2, "Kontrollera arbetsgivaren"))
    S.append(Paragraph(
        "Kontrollera arbetsgivaren i Skatteverkets och Kronofogdens "
        "register innan stödet beviljas. Kontrollera också att "
        "arbetsgivaren har F-skatt eller är registrerad som arbetsgivare.",
        body))
    S.append(Paragraph(
        "Om arbetsgivaren har skulder hos Kronofogden ska ansökan avslås. "
        "Arbetsgivaren informeras skriftligt om skälet och om möjligheten "
        "att ansöka på nytt när skulden är reglerad.", body))
    S.extend(step(3, "Bestäm stödets nivå"))
    S.append(Paragraph(
        "Stödet beräknas som en andel av lönekostnaden. Den lönekostnad som "
        "högst får ligga till grund för stödet är 22&nbsp;000 kronor per månad "
        "(takbelopp från 1 januari 2026). Lönekostnad över takbeloppet "
        "betalas helt av arbetsgivaren. Nivån bestäms utifrån hur mycket "
        "arbetsförmågan är nedsatt i det aktuella arbetet.", body))
    lv = [
        [Paragraph("Bedömd nedsättning av arbetsförmågan", cellb),
         Paragraph("Stöd, andel av lönekostnaden", cellb),
         Paragraph("Högsta stöd per månad", cellb)],
        ["Högst 30 procent", "30 %", "6 600 kr"],
        ["31–50 procent", "50 %", "11 000 kr"],
        ["51–70 procent", "70 %", "15 400 kr"],
        ["Mer än 70 procent", "80 %", "17 600 kr"],
    ]
    lt = Table(lv, colWidths=[cw * 0.44, cw * 0.28, cw * 0.28])
    lt.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), "Helvetica", 7.8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899AA")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    S.append(lt)
    S.append(Spacer(1, 6))
    S.extend(step(4, "Fatta beslut"))
    S.append(Paragraph(
        "Beslut om lönebidrag fattas av handläggare med delegation enligt "
        "Arbetsförmedlingens beslutsordning. Beslutet ska fattas innan "
        "anställningen börjar; stöd lämnas inte retroaktivt.", body))
    S.append(Paragraph(
        "Ett beslut gäller för högst 12 månader i taget. Det kan förlängas "
        "efter en ny bedömning av arbetsförmågan, som görs senast en månad "
        "innan beslutsperioden löper ut.", body))
    S.extend(box("Observera",
        "Lönebidrag lämnas inte för en person och period där arbetsgivaren "
        "samtidigt får nystartsjobb eller något annat anställningsstöd för "
        "samma person. Kontrollera alltid pågående stöd i ärendesystemet "
        "innan beslut."))
    S.extend(step(5, "Följ upp anställningen"))
    S.append(Paragraph(
        "Den första uppföljningen görs senast tre månader efter att "
        "anställningen har börjat, på arbetsplatsen eller digitalt. "
        "Därefter följs anställningen upp minst en gång per år och inför "
        "varje förlängning. Uppföljningen ska omfatta arbetsuppgifter, "
        "anpassningar, behov av hjälpmedel och om nivån på stödet fortfarande "
        "är rätt.", body))
    S.extend(step(6, "Utbetalning"))
    S.append(Paragraph(
        "Arbetsgivaren rekvirerar stödet månadsvis i efterhand via "
        "e-tjänsten Rekvirera stöd. Rekvisitionen ska ha kommit in "
        "inom fyra månader efter utgången av den månad som "
        "rekvisitionen avser. Kommer den in senare betalas inget stöd ut "
        "för den månaden.", body))
    S.append(Paragraph(
        "Handläggaren ansvarar för att arbetsgivaren får information om "
        "tidsgränsen i samband med beslutet.", body))
    S.extend(box("Kontakt",
        "Frågor om rutinen: Amira Haddad, processledare arbetsgivarstöd. "
        "Frågor om utbetalningar: enheten Ersättningar, funktions" + SH +
        "brevlådan för arbetsgivarstöd.", bg="#E8F1E4", border="#5B8C4A"))
    S.append(Paragraph("4 Revisionshistorik", h1))
    rv = [
        [Paragraph("Version", cellb), Paragraph("Datum", cellb),
         Paragraph("Ändring", cellb)],
        ["2.0", Paragraph("15 augusti 2025", cell),
         Paragraph("Ny struktur med steg 1–6.", cell)],
        ["2.1", Paragraph("1 mars 2026", cell),
         Paragraph("Takbeloppet höjt enligt steg 3; nytt krav på första "
                   "uppföljning inom tre månader.", cell)],
    ]
    rt = Table(rv, colWidths=[cw * 0.16, cw * 0.30, cw * 0.54])
    rt.setStyle(TableStyle([
        ("FONT", (0, 1), (0, -1), "Helvetica", 7.8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#999999")),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]))
    S.append(rt)
    doc.build(S)


# ---------------------------------------------------------------------------
# 3. Budget instruction with hanging headings
# ---------------------------------------------------------------------------

def make_budget(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2.0 * cm,
                          rightMargin=2.0 * cm, topMargin=2.3 * cm,
                          bottomMargin=2.2 * cm,
                          title="Budgetinstruktion 2027 med plan för 2028–2029",
                          author="Region Västernorrland")
    fw = PAGE_W - doc.leftMargin - doc.rightMargin
    fh = PAGE_H - doc.topMargin - doc.bottomMargin
    frame = Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="m",
                  leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)

    def deco(canv, d):
        canv.saveState()
        if canv.getPageNumber() == 1:
            canv.setFont("Helvetica-Bold", 10)
            canv.drawRightString(PAGE_W - d.rightMargin, PAGE_H - 1.3 * cm,
                                 "REGION VÄSTERNORRLAND")
            canv.setFont("Helvetica", 8)
            canv.drawRightString(PAGE_W - d.rightMargin, PAGE_H - 1.7 * cm,
                                 "Regional utvecklingsförvaltning")
        canv.setFont("Helvetica", 8)
        canv.setStrokeColor(colors.HexColor("#666666"))
        canv.line(d.leftMargin, 1.55 * cm, PAGE_W - d.rightMargin, 1.55 * cm)
        canv.drawString(d.leftMargin, 1.1 * cm,
                        "Budgetinstruktion 2027 | Sida %d"
                        % canv.getPageNumber())
        canv.drawRightString(PAGE_W - d.rightMargin, 1.1 * cm,
                             "Dnr RUN 2026/0087")
        canv.restoreState()

    doc.addPageTemplates([PageTemplate(id="p", frames=[frame],
                                       onPage=deco)])

    body = pstyle("b3", fontName="Times-Roman", fontSize=10.5, leading=13.5,
                  spaceAfter=5)
    head = pstyle("hh3", fontName="Helvetica-Bold", fontSize=10, leading=12.5,
                  alignment=TA_LEFT, spaceAfter=4)
    note = pstyle("nt3", fontName="Helvetica-Oblique", fontSize=7.8,
                  leading=9.6, alignment=TA_LEFT,
                  textColor=colors.HexColor("#555555"), spaceAfter=0)
    cell = pstyle("c3", fontName="Helvetica", fontSize=8.8, leading=11,
                  alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0)
    cellb = pstyle("cb3", parent=cell, fontName="Helvetica-Bold")
    lw = 4.0 * cm
    rw = fw - lw

    def section(num, heading, paras, notetext=None):
        left = [Paragraph("%s %s" % (num, heading), head)]
        if notetext:
            left.append(Spacer(1, 4))
            nt = Table([[Paragraph(notetext, note)]], colWidths=[lw - 0.5 * cm])
            nt.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEEEEE")),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]))
            left.append(nt)
        right = [p if not isinstance(p, str) else Paragraph(p, body)
                 for p in paras]
        t = Table([[left, right]], colWidths=[lw, rw])
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), 8),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("LINEABOVE", (0, 0), (-1, 0), 0.4, colors.HexColor("#AAAAAA")),
        ]))
        return t

    S = []
    S.append(Spacer(1, 0.4 * cm))
    S.append(Paragraph("Budgetinstruktion 2027 med plan för 2028–2029",
                       pstyle("t3", fontName="Helvetica-Bold", fontSize=18,
                              leading=22, alignment=TA_LEFT, spaceAfter=6)))
    S.append(Paragraph(
        "Beslutad av förvaltningschef Karin Olofsson den 2 mars 2026. "
        "Gäller för samtliga enheter inom regional utvecklingsförvaltning.",
        pstyle("m3", fontName="Helvetica", fontSize=9, leading=12,
               alignment=TA_LEFT, spaceAfter=10)))

    S.append(section("1", "Inledning", [
        "Instruktionen beskriver hur enheterna ska ta fram budgetunderlag "
        "för 2027 och plan för 2028–2029. Den gäller för enheten för "
        "näringsliv och innovation, enheten för kompetens" + SH +
        "försörjning, enheten för kultur och bildning samt enheten för "
        "infrastruktur och kollektivtrafik.",
        "Budgetarbetet utgår från regionplanen 2027–2029, som "
        "regionfullmäktige väntas fastställa i juni 2026. Om fullmäktiges "
        "beslut innebär andra ramar än de som anges här gäller fullmäktiges "
        "beslut, och ekonomienheten meddelar justerade ramar.",
    ]))

    S.append(section("2", "Tidplan", [
        "Tidplanen nedan är bindande. Underlag som kommer in efter angivet "
        "datum hanteras i mån av tid och kan leda till att enheten "
        "tilldelas oförändrad ram.",
    ]))
    tp = [
        [Paragraph("Aktivitet", cellb), Paragraph("Datum", cellb),
         Paragraph("Ansvarig", cellb)],
        ["Budgetinstruktionen skickas ut", "2 mars 2026", "Ekonomienheten"],
        ["Enheternas budgetunderlag lämnas till controller", "14 april 2026",
         "Enhetschef"],
        ["Budgetdialoger med förvaltningsledningen",
         "20–24 april 2026 (vecka 17)", "Förvaltningschef"],
        ["Regionfullmäktige fastställer regionplan med ramar",
         "17 juni 2026", "Regionfullmäktige"],
        ["Uppräkningstal för planåren meddelas", "28 augusti 2026",
         "Ekonomienheten"],
        ["Detaljbudget per enhet lämnas", "2 oktober 2026", "Enhetschef"],
        ["Nämnden fastställer detaljbudget", "10 december 2026",
         "Regionala utvecklingsnämnden"],
    ]
    tp = [tp[0]] + [[a, b, Paragraph(c, cell)] for a, b, c in tp[1:]]
    tpt = Table(tp, colWidths=[7.4 * cm, 4.6 * cm, fw - 12.0 * cm],
                repeatRows=1)
    tpt.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3E3E3")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
    ]))
    S.append(Spacer(1, 4))
    S.append(tpt)
    S.append(Spacer(1, 8))

    formula = Table([[Paragraph(
        "<b>Ram 2027</b> = ram 2026 × (1 + uppräkning enligt 3.2) – "
        "effektiviseringskrav enligt 3.3", pstyle(
            "f3", fontName="Helvetica", fontSize=9.5, leading=12,
            alignment=TA_CENTER, spaceAfter=0))]], colWidths=[rw - 1 * cm])
    formula.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    S.append(section("3.1", "Ramar", [
        "Varje enhet tilldelas en nettokostnadsram. Ramen för 2027 utgår "
        "från enhetens ram för 2026, räknas upp enligt avsnitt 3.2 och "
        "minskas med effektiviseringskravet i avsnitt 3.3:",
        formula, Spacer(1, 6),
        "Tillfälliga tillskott som beviljats för 2026 ingår inte i "
        "grunden för 2027 års ram.",
    ]))
    S.append(section("3.2", "Uppräkning av kostnader", [
        "Lönekostnader räknas upp med 3,2 procent från den 1 april 2027. "
        "Personalomkostnadspålägget (PO) är 45,9 procent av lönesumman. "
        "Övriga kostnader räknas upp med 1,8 procent. Lokalhyror räknas "
        "upp enligt gällande hyresavtal.",
        "Uppräkningstal för planåren 2028–2029 är ännu inte fastställda. "
        "De meddelas av ekonomienheten den 28 augusti 2026 i samband med "
        "delårsrapporten.",
    ], notetext="NYTT 2027: PO-pålägget har höjts från 44,6 procent."))
    S.append(section("3.3", "Effektiviseringskrav", [
        "För 2027 gäller ett effektiviseringskrav på 1,0 procent av "
        "enhetens nettokostnad. Enheten ska i sitt underlag beskriva hur "
        "kravet ska uppnås, till exempel genom ändrade arbetssätt, "
        "samordnade inköp eller minskade lokalytor. Effektiviseringar får "
        "inte genomföras genom att avgifter till externa parter höjs.",
    ], notetext="NYTT 2027: Kravet sänks från 1,5 procent 2026."))
    S.append(section("4", "Investeringar", [
        "Med investering avses anskaffning av en tillgång med ett "
        "anskaffningsvärde på minst ett halvt prisbasbelopp och en "
        "ekonomisk livslängd på minst tre år. Anskaffningar som inte "
        "uppfyller båda villkoren redovisas som driftkostnad inom enhetens "
        "ram.",
        "Investeringsbehov för 2027–2029 anges i bilaga 2 med belopp, år "
        "och motivering. Enskilda investeringar över 5 miljoner kronor "
        "beslutas särskilt av regionstyrelsen och ska anmälas till "
        "ekonomienheten redan i april.",
    ]))
    S.append(section("5", "Projekt med extern finansiering", [
        "Projekt som finansieras med externa medel, till exempel ERUF, ESF+ "
        "eller medel från Tillväxtverket, budgeteras brutto med både "
        "intäkter och kostnader. Regionens egen medfinansiering ska rymmas "
        "inom enhetens ram. Ansökningar som kräver egen medfinansiering "
        "efter 2027 får lämnas in först efter samråd med controller.",
    ]))
    lst = pstyle("l3", parent=body, leftIndent=14, firstLineIndent=-14,
                 spaceAfter=2)
    items = [
        "Verksamhetsbudget enligt mallen i bilaga 1.",
        "Investeringsbehov enligt bilaga 2.",
        "Beskrivning av hur effektiviseringskravet uppnås (högst en "
        "A4-sida).",
        "Bemanningsplan i årsarbetskrafter för 2027–2029.",
        "Kort riskanalys: vilka konsekvenser uppstår om ramen inte räcker?",
    ]
    S.append(section("6", "Underlag att lämna", [
        "Budgetunderlaget ska innehålla:"] +
        [Paragraph("%d.&nbsp;&nbsp;%s" % (i, t), lst)
         for i, t in enumerate(items, 1)] + [
        Spacer(1, 4),
        "Underlaget skickas till controller Johan Lind, som också svarar "
        "på frågor om instruktionen (anknytning 4417).",
    ]))
    doc.build(S)


# ---------------------------------------------------------------------------
# 4. DOCX: guidelines for hospitality and gifts
# ---------------------------------------------------------------------------

def make_docx(path):
    import datetime
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    cp = d.core_properties
    cp.title = "Riktlinjer för representation och gåvor"
    cp.author = "Region Västernorrland, ekonomienheten"
    cp.created = datetime.datetime(2025, 11, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 11, 20, 9, 0, 0)
    cp.last_modified_by = "Lars-Olof Berg"
    cp.revision = 3

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västernorrland · Regional utveckling\tRiktlinje"
    fp = sec.footer.paragraphs[0]
    fp.text = ("Riktlinjer för representation och gåvor · Fastställd "
               "20 november 2025 · Dnr RS 2025/0388 · Sida ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    fp._p.append(fld)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_heading("Riktlinjer för representation och gåvor", level=0)
    p = d.add_paragraph()
    p.add_run("Gäller för: ").bold = True
    p.add_run("samtliga medarbetare och förtroendevalda inom regional "
              "utveckling.")
    p = d.add_paragraph()
    p.add_run("Gäller från: ").bold = True
    p.add_run("1 januari 2026. Ersätter riktlinjerna från 2021.")
    p = d.add_paragraph()
    p.add_run("Ansvarig: ").bold = True
    p.add_run("ekonomichef Lars-Olof Berg.")

    d.add_heading("1 Syfte", level=1)
    d.add_paragraph(
        "Riktlinjerna ska ge stöd för när och hur regionen kan bjuda på mat, "
        "dryck och aktiviteter, och för hur medarbetare ska agera när de "
        "erbjuds gåvor. Regionens verksamhet finansieras med skattemedel. "
        "All representation ska därför kunna försvaras inför allmänheten "
        "och ha ett tydligt samband med verksamheten.")

    d.add_heading("2 Definitioner", level=1)
    d.add_paragraph(
        "Med extern representation avses värdskap där regionen bjuder "
        "företrädare för andra organisationer, företag eller myndigheter, "
        "till exempel vid besök, förhandlingar eller invigningar.")
    d.add_paragraph(
        "Med intern representation avses aktiviteter för den egna "
        "personalen, till exempel personalfester, avtackningar och interna "
        "konferenser.")
    d.add_paragraph(
        "Med gåva avses varje förmån i form av varor, tjänster, rabatter, "
        "resor eller biljetter som lämnas utan motprestation.")

    d.add_heading("3 Grundprinciper", level=1)
    for b in [
        "Representationen ska ha ett direkt samband med regionens "
        "verksamhet.",
        "Representationen ska vara måttfull och kostnadsmedveten.",
        "Antalet deltagare från regionen ska begränsas till dem som behövs "
        "för syftet.",
        "Representation får inte ske i form av rena nöjesaktiviteter, "
        "exempelvis spa- eller golfaktiviteter.",
        "Alkohol ska serveras restriktivt och alkoholfritt alternativ ska "
        "alltid erbjudas.",
    ]:
        d.add_paragraph(b, style="List Bullet")

    d.add_heading("4 Beloppsgränser", level=1)
    d.add_paragraph(
        "Följande belopp är de högsta som får användas. Beloppen avser "
        "kostnad per deltagare exklusive moms.")
    rows = [
        ("Typ av representation", "Högsta belopp per person", "Kommentar"),
        ("Extern representation, lunch", "350 kronor", "–"),
        ("Extern representation, middag", "650 kronor",
         "Inklusive dryck"),
        ("Extern representation, kaffe och enklare förtäring",
         "90 kronor", "–"),
        ("Intern representation, personalfest", "550 kronor",
         "Högst två tillfällen per år och enhet; inklusive lokal"),
        ("Intern representation, arbetsmöte med förtäring", "90 kronor",
         "Endast vid möten som pågår minst en halv dag"),
        ("Studiebesök från andra organisationer", "350 kronor",
         "Samma nivå som extern lunch"),
    ]
    tb = d.add_table(rows=len(rows), cols=3)
    tb.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = tb.cell(i, j)
            c.text = val
            for run in c.paragraphs[0].runs:
                run.font.size = Pt(9.5)
                if i == 0:
                    run.bold = True
            if i == 0:
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), "D9E2F3")
                c._tc.get_or_add_tcPr().append(shd)

    d.add_heading("5 Alkohol", level=1)
    d.add_paragraph(
        "Vid intern representation serveras inte alkohol, med undantag för "
        "personalfest där vin eller öl får serveras till måltiden. Vid "
        "extern representation får högst två glas vin eller starköl per "
        "person serveras till middag. Sprit serveras aldrig på regionens "
        "bekostnad.")

    d.add_heading("6 Gåvor till medarbetare", level=1)
    d.add_paragraph("Regionen ger gåvor till medarbetare vid följande "
                    "tillfällen:")
    for b in [
        "Vid 25 års anställning i regionen: minnesgåva till ett värde av "
        "högst 8 000 kronor inklusive moms.",
        "Vid 50-årsdag: blommor eller gåva till ett värde av högst 800 "
        "kronor inklusive moms.",
        "Vid avgång med pension: gåva till ett värde av högst 2 000 kronor "
        "inklusive moms.",
        "Julgåva beslutas centralt av regiondirektören för hela regionen. "
        "Enheterna ger inga egna julgåvor.",
    ]:
        d.add_paragraph(b, style="List Bullet")

    d.add_heading("7 Gåvor och erbjudanden från externa", level=1)
    d.add_paragraph(
        "Som anställd i en region har du ett särskilt ansvar att inte låta "
        "dig påverkas, eller ens ge sken av att kunna påverkas, i din "
        "tjänsteutövning.")
    d.add_paragraph(
        "Gåvor från leverantörer eller andra som har eller kan komma att få "
        "en affärsrelation med regionen ska alltid avböjas, oavsett värde. "
        "Gåvor från andra externa parter, till exempel en föreläsare eller "
        "en samverkanspart, får tas emot endast om värdet är ringa, högst "
        "300 kronor.")
    d.add_paragraph(
        "Erbjudanden om resor, konferenser eller evenemang som betalas av "
        "en extern part ska alltid godkännas i förväg av närmaste chef. Är "
        "du osäker: tacka nej och kontakta din chef.")

    d.add_heading("8 Redovisning och attest", level=1)
    d.add_paragraph("Så här redovisar du en representationskostnad:")
    for b in [
        "Ange syftet med representationen.",
        "Ange samtliga deltagares namn och vilken organisation de "
        "företräder.",
        "Bifoga kvitto eller faktura.",
        "Kontera på konto 7610 för extern representation eller konto 7620 "
        "för intern representation.",
        "Skicka underlaget för attest. Attest görs av den chef som har "
        "budgetansvar. Om attestanten själv har deltagit i "
        "representationen attesteras kostnaden av dennes närmast "
        "överordnade chef.",
    ]:
        d.add_paragraph(b, style="List Number")

    d.add_heading("9 Ansvar och uppföljning", level=1)
    d.add_paragraph(
        "Varje chef ansvarar för att riktlinjerna är kända och följs inom "
        "den egna enheten. Ekonomienheten följer upp representations" +
        "kostnaderna två gånger per år och rapporterar avvikelser till "
        "förvaltningsledningen. Frågor om riktlinjerna besvaras av "
        "ekonomichef Lars-Olof Berg.")
    d.save(path)


# ---------------------------------------------------------------------------
# 5. TXT: checklist for direct awards
# ---------------------------------------------------------------------------

TXT = """\
==========================================================================
CHECKLISTA FÖR DIREKTUPPHANDLING
Regional utveckling – inköp under direktupphandlingsgränsen
==========================================================================
Upprättad av: upphandlingsfunktionen, Petra Nordin (upphandlare)
Version: 12 januari 2026
Gäller för: alla som beställer varor och tjänster inom förvaltningen

Direktupphandling är den enklaste formen av upphandling och får användas
när kontraktets värde understiger direktupphandlingsgränsen. För regionen
är gränsen 700 000 kronor under 2026. Även en direktupphandling ska göras
affärsmässigt, och leverantörer ska behandlas lika.

Bocka av punkterna i tur och ordning och spara checklistan i ärendet.


DEL 1 – INNAN DU KÖPER
----------------------
[ ] 1.1  Kontrollera i avtalsdatabasen om det finns ett ramavtal för varan
         eller tjänsten. Finns det ett ramavtal ska du avropa från det.
         Det är inte tillåtet att direktupphandla vid sidan av ett
         gällande ramavtal.
[ ] 1.2  Beräkna kontraktets värde exklusive moms för hela avtalstiden,
         inklusive förlängningsoptioner.
[ ] 1.3  Räkna samman med andra köp av samma slag som förvaltningen gjort
         under räkenskapsåret. Det är förbjudet att dela upp ett köp för
         att komma under gränsen.
[ ] 1.4  Kontrollera att det finns budget och att du har rätt att beställa
         enligt delegationsordningen.
[ ] 1.5  Beskriv behovet skriftligt: vad ska köpas, när ska det levereras
         och vilka krav är viktigast.


DEL 2 – KRAV PER BELOPPSNIVÅ
----------------------------
Beräknat värde (exkl. moms)  Förfrågan              Dokumentation
---------------------------  ---------------------  ------------------------
Under 100 000 kr             minst 1 leverantör     kvitto eller faktura
100 000 – 349 999 kr         minst 3 leverantörer   mall D1 i ärendet
350 000 – 700 000 kr         annons i verktyget     mall D2 + diarieföring
Över 700 000 kr              ej direktupphandling   kontakta upphandlaren

Vid värden från 100 000 kronor ska du skicka en skriftlig förfrågan till
minst tre leverantörer. E-post går bra, men alla ska få samma information
vid samma tidpunkt. Från 350 000 kronor annonseras förfrågan i
upphandlingsverktyget så att alla intresserade leverantörer kan lämna
anbud.


DEL 3 – FÖRFRÅGAN OCH UTVÄRDERING
---------------------------------
[ ] 3.1  Skicka samma förfrågan till alla leverantörer samtidigt.
[ ] 3.2  Ge rimlig svarstid: minst 10 dagar vid annonsering, annars minst
         5 arbetsdagar.
[ ] 3.3  Ange i förfrågan hur anbuden ska utvärderas: lägsta pris eller
         bästa förhållande mellan pris och kvalitet.
[ ] 3.4  Kontrollera den leverantör du tänker anlita: F-skatt och att den
         inte har skulder hos Kronofogden.
[ ] 3.5  Välj leverantör enbart utifrån det som angetts i förfrågan.


DEL 4 – AVTAL OCH DOKUMENTATION
-------------------------------
[ ] 4.1  Gör en skriftlig beställning eller ett avtal med pris,
         leveranstid och betalningsvillkor (30 dagar netto).
[ ] 4.2  Dokumentera skälen för valet av leverantör. Dokumentationsplikt
         gäller för alla köp över 100 000 kronor.
[ ] 4.3  Meddela de leverantörer som inte fick uppdraget.
[ ] 4.4  Spara förfrågan, anbud och beslut i ärendet enligt
         dokumenthanteringsplanen.


VANLIGA MISSAR
--------------
 - Man glömmer förlängningsoptionerna när värdet räknas ut.
 - Flera små beställningar av samma tjänst under året blir tillsammans
   över gränsen.
 - Förfrågan skickas bara till den leverantör man brukar anlita.
 - Skälen för valet av leverantör dokumenteras inte.


KONTAKT
-------
Frågor om direktupphandling: Petra Nordin, upphandlare, anknytning 4452.
Frågor om ramavtal och avtalsdatabasen: inköpssamordnare Omar Saleh,
anknytning 4460.
"""


# ---------------------------------------------------------------------------
# 6. Markdown: DUA agreement
# ---------------------------------------------------------------------------

MD = """\
# Lokal överenskommelse om samverkan för unga och nyanlända – Kramfors 2026–2027

*Överenskommelse mellan Kramfors kommun och Arbetsförmedlingen enligt DUA-modellen (Delegationen för unga och nyanlända till arbete)*

| Uppgift | Innehåll |
|---|---|
| Parter | Kramfors kommun och Arbetsförmedlingen |
| Giltighetstid | 1 januari 2026 – 31 december 2027 |
| Kontaktperson kommunen | Sofia Lindqvist, arbetsmarknadschef |
| Kontaktperson Arbetsförmedlingen | Mattias Berglöf, sektionschef |
| Diarienummer | KS 2025/611 (kommunen), Af-2025/0098123 (Arbetsförmedlingen) |

## 1 Bakgrund

Kramfors kommun och Arbetsförmedlingen har samverkat enligt DUA-modellen sedan 2017. Den här överenskommelsen ersätter överenskommelsen för 2024–2025. Arbetslösheten bland unga 18–24 år i kommunen har minskat de senaste åren, men många unga saknar fullständig gymnasieutbildning, och etableringen av nyanlända kvinnor går fortfarande långsamt. Parterna vill därför samla sina insatser kring tydliga målgrupper och gemensamma mål.

## 2 Målgrupper

Överenskommelsen omfattar:

- unga 20–24 år utan fullständig gymnasieutbildning som är inskrivna hos Arbetsförmedlingen,
- unga 16–19 år som omfattas av det kommunala aktivitetsansvaret (KAA),
- nyanlända kvinnor och män som deltar i eller nyligen har lämnat etableringsprogrammet,
- kvinnor med kort utbildning som står långt från arbetsmarknaden.

## 3 Gemensamma mål

| Mål | Utgångsläge december 2025 | Målvärde december 2027 |
|---|---|---|
| Andel unga 18–24 år som varit inskrivna längre än 90 dagar | 4,1 % | 3,0 % |
| Antal deltagare i gemensamma insatser per år | 140 | 180 |
| Andel nyanlända kvinnor i arbete eller studier ett år efter etableringsprogrammet | 31 % | 40 % |

## 4 Parternas åtaganden

### 4.1 Kramfors kommun åtar sig att

1. ansvara för det kommunala aktivitetsansvaret och löpande informera Arbetsförmedlingen om unga som fyllt 20 år och saknar sysselsättning,
2. erbjuda studie- och yrkesvägledning inom vuxenutbildningen inom tre veckor från att en deltagare anmälts,
3. tillhandahålla praktikplatser inom kommunens verksamheter, minst 25 platser per år,
4. vara arbetsgivare för den gemensamma samordnaren (se avsnitt 6).

### 4.2 Arbetsförmedlingen åtar sig att

1. utse en kontaktperson per målgrupp och delta med minst två handläggare i den gemensamma ungdomsmottagningen,
2. anvisa deltagare till de gemensamma insatserna i avsnitt 5 när det är förenligt med Arbetsförmedlingens regelverk,
3. bidra med arbetsmarknadsstatistik inför varje möte i den lokala styrgruppen,
4. ordna arbetsgivarträffar tillsammans med kommunens näringslivsenhet.

## 5 Gemensamma insatser

| Insats | Ansvarig part | Omfattning |
|---|---|---|
| Jobbspåret Kramfors – praktik och studier för unga | Kommunen (arbetsmarknadsenheten) | 40 platser per år |
| Svenska och yrkesintroduktion för nyanlända kvinnor | Kommunen (vuxenutbildningen) | 2 grupper per år |
| Gemensam ungdomsmottagning på Arbetsmarknadstorget | Båda parter | Öppen tisdagar och torsdagar |
| Arbetsgivarträffar | Arbetsförmedlingen | 4 träffar per år |

## 6 Gemensam samordnare

Parterna finansierar gemensamt en samordnare på heltid. Samordnaren anställs av Kramfors kommun och placeras vid arbetsmarknadsenheten. Kostnaden för tjänsten beräknas till 620 000 kronor per år och delas lika mellan parterna. Kommunen fakturerar Arbetsförmedlingen halvårsvis i efterhand.

## 7 Styrning och uppföljning

- En **lokal styrgrupp** med kommunens arbetsmarknadschef, rektor för vuxenutbildningen och Arbetsförmedlingens sektionschef träffas fyra gånger per år.
- En **operativ samverkansgrupp** med handläggare och samordnare träffas en gång i månaden.
- Parterna gör en gemensam uppföljning av målen i februari varje år. Uppföljningen redovisas för kommunstyrelsens arbetsutskott.

## 8 Ekonomi

Utöver kostnaden för samordnaren i avsnitt 6 bär varje part sina egna kostnader. Överenskommelsen innebär ingen överföring av medel utöver detta.

## 9 Giltighetstid och uppsägning

Överenskommelsen gäller från 1 januari 2026 till och med 31 december 2027. Den kan sägas upp av vardera parten med sex månaders uppsägningstid. Frågan om förlängning tas upp senast vid styrgruppens möte i september 2027.

## 10 Underskrifter

Kramfors den 15 december 2025

| För Kramfors kommun | För Arbetsförmedlingen |
|---|---|
| Hanna Wiklund, kommundirektör | Mattias Berglöf, sektionschef |
"""


def main():
    if len(sys.argv) != 2:
        print("usage: python r130_make_files.py OUT_DIR")
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_kti_report(os.path.join(out, "r130_uppfoljningsrapport_kti_2025.pdf"))
    make_lonebidrag(os.path.join(out, "r130_handlaggarrutin_lonebidrag.pdf"))
    make_budget(os.path.join(out, "r130_budgetinstruktion_2027.pdf"))
    make_docx(os.path.join(out, "r130_riktlinjer_representation_gavor.docx"))
    with open(os.path.join(out, "r130_checklista_direktupphandling.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(TXT)
    with open(os.path.join(out, "r130_dua_overenskommelse_kramfors.md"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(MD)
    for name in sorted(os.listdir(out)):
        print(name, os.path.getsize(os.path.join(out, name)))


if __name__ == "__main__":
    main()
