"""r128_make_files.py - writes six Swedish work documents for QA testing.

Usage:  python r128_make_files.py OUT_DIR

Files and layout traits
-----------------------
1. r128_rutin_hot_och_vald_ostersund.pdf  (reportlab, 3 pages)
   Arbetsförmedlingen Östersund/Sveg: routine for threats and violence.
   Running header (title + version) and footer "Sida N av M", numbered
   sections with sub-sections "3.2", justified text with hyphenated line
   ends (soft hyphens), real page-bottom footnotes (three), a framed
   "VID AKUT FARA" box with numbered steps, a contact table.
2. r128_lokalforsorjningsplan_mitt_2027_2030.pdf  (reportlab, 3 pages)
   Arbetsförmedlingen Marknadsområde Mitt: premises plan 2027-2030.
   Page 1: title block, two justified columns with hyphenated line ends,
   and a full-width frame at the bottom where the premises table starts;
   the table continues on page 2 (repeated header row, sum row), followed
   by two columns with numbered sections 4.1-4.5 and a narrow savings
   table; running header from page 2, centred footer "- N -".
3. r128_andringsansokan_kompetenslyft_fjallvarlden.pdf  (reportlab, 2 pages)
   Region Jämtland Härjedalen: change request to ESF-rådet for an ESF+
   project. Form layout: boxed key-value grid, "[X]/[ ]" check list of
   change types, a shaded summary box, a before/after budget table with a
   change column (signed +/- amounts), an unchanged financing table with
   rules only, an activity re-schedule table, signature lines, running
   header with addressee and footer with case number and "sida N".
4. r128_riktlinje_hybridarbete.docx  (python-docx)
   Region Jämtland Härjedalen, Regional utveckling: guideline for hybrid
   work. Word header (organisation + Dnr) and footer (adopted/valid dates
   + PAGE field), Heading 1/2 styles, bullet and numbered lists, an
   equipment table (Table Grid) and a short key-value table.
5. r128_bokslutsinstruktion_2026.txt  (plain text)
   Regional utveckling: year-end closing instruction 2026. Underlined
   headings, numbered paragraphs "1.", "2.", a space-aligned deadline
   table, "Med X avses" definitions, contact lines.
6. r128_skrivregler_klarsprak.md  (Markdown)
   Regional utveckling: writing style guide. Bold subtitle and version
   line (no YAML), a blockquote, "## N." headings, ordered and unordered
   lists with bold/italic examples, a "Undvik | Skriv hellre" pipe table,
   a fenced right/wrong example block.
"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak,
                                KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

PAGE_W, PAGE_H = A4
rl_config.invariant = 1  # no timestamps / random ids in the PDFs


def soft(text):
    """'~' in source text marks a permitted hyphenation point (soft hyphen)."""
    return text.replace("~", "\xad")


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- styles
def make_styles(base="Times-Roman", bold="Times-Bold", size=10.5):
    s = {}
    s["body"] = ParagraphStyle("body", fontName=base, fontSize=size,
                               leading=size * 1.32, alignment=TA_JUSTIFY,
                               spaceAfter=5, embeddedHyphenation=1,
                               hyphenationLang="sv_SE")
    s["bodyleft"] = ParagraphStyle("bodyleft", parent=s["body"], alignment=TA_LEFT)
    s["h1"] = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13,
                             leading=16, spaceBefore=9, spaceAfter=5,
                             keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5,
                             leading=13, spaceBefore=6, spaceAfter=3,
                             keepWithNext=1)
    s["title"] = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=19,
                                leading=23, spaceAfter=6)
    s["sub"] = ParagraphStyle("sub", fontName="Helvetica", fontSize=11.5,
                              leading=15, spaceAfter=4, textColor=colors.HexColor("#333333"))
    s["small"] = ParagraphStyle("small", fontName="Helvetica", fontSize=8.5,
                                leading=10.5)
    s["smallb"] = ParagraphStyle("smallb", parent=s["small"], fontName="Helvetica-Bold")
    s["cell"] = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.6,
                               leading=10.6)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName="Helvetica-Bold")
    s["cellr"] = ParagraphStyle("cellr", parent=s["cell"], alignment=TA_RIGHT)
    s["cellrb"] = ParagraphStyle("cellrb", parent=s["cellr"], fontName="Helvetica-Bold")
    s["box"] = ParagraphStyle("box", fontName="Helvetica", fontSize=10,
                              leading=13.5, spaceAfter=2)
    s["boxh"] = ParagraphStyle("boxh", fontName="Helvetica-Bold", fontSize=12,
                               leading=15, spaceAfter=4, textColor=colors.HexColor("#8B0000"))
    s["fn"] = ParagraphStyle("fn", fontName="Times-Roman", fontSize=8,
                             leading=9.6)
    return s


def P(text, style):
    return Paragraph(soft(text), style)


# ------------------------------------------------------- numbered canvas
def numbered_canvas_factory(draw_fn):
    """Canvas that knows the total page count when drawing header/footer."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            rl_canvas.Canvas.__init__(self, *args, **kwargs)
            self._saved_page_states = []

        def showPage(self):
            self._saved_page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_page_states)
            for state in self._saved_page_states:
                self.__dict__.update(state)
                draw_fn(self, self._pageNumber, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    return NumberedCanvas


# ------------------------------------------------------------ footnotes
class FootnoteAnchor(Flowable):
    """Zero-size flowable: registers a footnote for the page it lands on."""

    def __init__(self, store, num, text):
        Flowable.__init__(self)
        self.store, self.num, self.text = store, num, text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.store.setdefault(self.canv.getPageNumber(), []).append((self.num, self.text))


# =====================================================================
# 1. Rutin vid hot och våld (PDF)
# =====================================================================
def make_hot_och_vald(path):
    st = make_styles()
    footnotes = {}
    left, right, top, bottom = 2.3 * cm, 2.3 * cm, 2.6 * cm, 3.6 * cm

    def draw_hf(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(left, PAGE_H - 1.5 * cm, "Arbetsförmedlingen  |  Lokalkontor Östersund och servicepunkt Sveg")
        c.drawRightString(PAGE_W - right, PAGE_H - 1.5 * cm, "Rutin vid hot och våld, version 3.0")
        c.setStrokeColor(colors.HexColor("#999999"))
        c.line(left, PAGE_H - 1.7 * cm, PAGE_W - right, PAGE_H - 1.7 * cm)
        c.line(left, 1.45 * cm, PAGE_W - right, 1.45 * cm)
        c.drawString(left, 1.0 * cm, "Fastställd 2026-02-09 av sektionschef Maria Grahn. Ersätter version 2.2 från 2024-03-18.")
        c.drawRightString(PAGE_W - right, 1.0 * cm, "Sida %d av %d" % (page, total))
        c.restoreState()

    def on_page_end(c, doc):
        notes = footnotes.get(c.getPageNumber(), [])
        if not notes:
            return
        width = PAGE_W - left - right
        paras = [Paragraph("<super>%d</super> %s" % (n, t), st["fn"]) for n, t in notes]
        heights = [p.wrap(width, 200)[1] for p in paras]
        y = 1.7 * cm + sum(heights) + 2 * len(paras)
        c.saveState()
        c.setLineWidth(0.5)
        c.line(left, y + 4, left + 5 * cm, y + 4)
        for p, h in zip(paras, heights):
            y -= h + 2
            p.drawOn(c, left, y)
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=left, rightMargin=right,
                          topMargin=top, bottomMargin=bottom,
                          title="Rutin vid hot och våld", author="Arbetsförmedlingen Östersund")
    frame = Frame(left, bottom, PAGE_W - left - right, PAGE_H - top - bottom, id="main",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="main", frames=[frame], onPageEnd=on_page_end)])

    b, h1, h2 = st["body"], st["h1"], st["h2"]
    fn = lambda n, t: FootnoteAnchor(footnotes, n, t)
    story = [
        P("Rutin vid hot och våld", st["title"]),
        P("Lokalkontor Östersund (Prästgatan 51) och servicepunkt Sveg", st["sub"]),
        Spacer(1, 6),
        P("1 Syfte och omfattning", h1),
        P("Rutinen beskriver hur vi förebygger, hanterar och följer upp hot och våld i mötet med "
          "arbetssökande, arbetsgivare och andra besökare. Den gäller alla medarbetare, konsulter, "
          "praktikanter och inhyrd personal som arbetar vid lokal~kontoret i Östersund eller vid "
          "servicepunkten i Sveg, oavsett om mötet sker i våra lokaler, vid ett arbets~givar~besök "
          "eller digitalt. Rutinen kompletterar myndighetens övergripande säkerhets~instruktion"
          "<super>1</super> och ska läsas tillsammans med den lokala utrymnings~planen.", b),
        fn(1, "Arbetsförmedlingens säkerhetsinstruktion, dnr Af-2024/0031877, senast reviderad 2025-11-03."),
        P("Det är arbetsgivaren som har ansvaret för arbets~miljön. I det dagliga arbetet är det "
          "sektions~chefen som ansvarar för att rutinen är känd, att riskbedömningar görs och att "
          "händelser följs upp. Varje medarbetare ansvarar för att känna till rutinen och för att "
          "rapportera händelser och risker.", b),
        P("2 Definitioner", h1),
        P("2.1 Hot", h2),
        P("Med hot avses ett uttryck – i ord, skrift, gester eller via digitala kanaler – för en "
          "avsikt att skada en person, dennes närstående, egendom eller verksamheten. Även hot som "
          "framförs på skämt eller i affekt ska hanteras enligt denna rutin.", b),
        P("2.2 Våld", h2),
        P("Med våld avses fysiskt angrepp mot en person, till exempel knuffar, slag, sparkar, att "
          "hålla fast någon eller att kasta föremål mot någon.", b),
        P("2.3 Incident och tillbud", h2),
        P("En händelse där någon har hotats eller skadats är en incident. En händelse där ingen "
          "skadades men där det fanns risk för skada räknas som tillbud och ska rapporteras på samma "
          "sätt som en incident. Hellre en rapport för mycket än en för lite – tillbuds~rapporterna "
          "är vårt viktigaste underlag för att förebygga nästa händelse.", b),
        P("3 Förebyggande arbete", h1),
        P("3.1 Riskbedömning", h2),
        P("Sektionschefen ansvarar för att en riskbedömning av hot och våld görs minst en gång per år, "
          "senast den 30 april, samt vid ombyggnad, ändrade öppettider eller efter en allvarlig "
          "händelse<super>2</super>. Riskbedömningen görs tillsammans med skydds~ombudet och "
          "dokumenteras i kontorets handlingsplan för arbetsmiljö.", b),
        fn(2, "Se Arbetsmiljöverkets föreskrifter och allmänna råd AFS 2023:2 om planering och organisering "
              "av arbetsmiljöarbete samt myndighetens handbok för systematiskt arbetsmiljöarbete."),
        P("3.2 Möten och bokade besök", h2),
        P("Möten med arbetssökande där det finns en känd risk ska bokas i mötesrum 4 eller 5, som har "
          "två utgångar och fast larmknapp. Möblera så att du själv sitter närmast dörren. "
          "Ensamarbete med besökare efter kl. 16.00 är inte tillåtet. Hembesök och möten på annan "
          "plats genomförs alltid av två medarbetare om risk~bedömningen visar på förhöjd risk.", b),
        P("3.3 Utbildning och övning", h2),
        P("Nyanställda ska genomgå webb~utbildningen Hot och våld i mötet inom fyra veckor från "
          "anställningsstart. Alla medarbetare deltar i en praktisk övning i larm och utrymning två "
          "gånger per år, i mars och i oktober. Övningen planeras av säkerhets~samordnaren.", b),
        P("3.4 Överfallslarm", h2),
        P("Överfallslarmet testas första måndagen varje månad av receptions~ansvarig. Resultatet förs "
          "in i larmloggen vid receptionen. Fel anmäls till fastighetsvärden Storsjö Fastigheter AB, "
          "som har avtal med larm~centralen. I Sveg testar sektionschefen larmet vid sitt månatliga "
          "besök på servicepunkten.", b),
        Spacer(1, 4),
    ]

    box_rows = [
        [Paragraph("VID AKUT FARA", st["boxh"])],
        [Paragraph("1. Sätt dig själv och andra i säkerhet.", st["box"])],
        [Paragraph("2. Larma – tryck på överfallslarmet eller ring 112.", st["box"])],
        [Paragraph("3. Varna kollegor i Teams-kanalen Larm Östersund eller ropa \"kod röd\".", st["box"])],
        [Paragraph("4. Lämna inte den säkra platsen förrän polis eller väktare säger att faran är över.", st["box"])],
        [Paragraph("5. Kontakta din närmaste chef så snart som möjligt.", st["box"])],
    ]
    box = Table(box_rows, colWidths=[PAGE_W - left - right - 2 * cm])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 2, colors.HexColor("#8B0000")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF1F0")),
        ("LEFTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, 0), 8),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    ]))

    story += [
        P("4 Vid hot eller våld", h1),
        P("När en situation blir hotfull gäller ordningen i rutan nedan. Din egen säkerhet går alltid "
          "före uppdraget – du behöver aldrig slutföra ett möte med en person som hotar dig.", b),
        Spacer(1, 4),
        KeepTogether([box]),
        Spacer(1, 8),
        P("4.1 Efter händelsen – det första dygnet", h2),
        P("Närmaste chef kontaktar den drabbade samma dag, erbjuder samtal och ser till att ingen går "
          "hem ensam efter en allvarlig händelse. Vid behov ordnar chefen taxi hem. "
          "Företagshälsovården, Hälsopartner Mitt, kan kontaktas direkt på telefon 063-14 22 90.", b),
        P("4.2 Rapportering", h2),
        P("Alla händelser – även tillbud – ska rapporteras i IA-systemet senast inom 24 timmar. "
          "Den som var med om händelsen gör rapporten; om hen inte kan göra det gör en kollega eller "
          "chefen det. Allvarliga händelser, där någon har skadats, hotats till livet eller där "
          "polis har tillkallats, ska chefen dessutom anmäla till Arbetsmiljö~verket utan "
          "dröjsmål<super>3</super>.", b),
        fn(3, "Enligt 3 kap. 3 a § arbetsmiljölagen (1977:1160). Anmälan görs via Arbetsmiljöverkets "
              "e-tjänst och kopia skickas till skyddsombudet."),
        P("4.3 Polisanmälan", h2),
        P("Beslut om polisanmälan fattas av sektionschefen. Medarbetaren ska inte behöva göra "
          "anmälan i eget namn; anmälan görs av myndigheten med kontorets adress som kontaktuppgift. "
          "Vid chefens frånvaro övertar ställföreträdande sektionschef ansvaret och, om även denne "
          "är frånvarande, säkerhetssamordnaren för Marknadsområde Mitt.", b),
        P("5 Uppföljning", h1),
        P("5.1 Samtal och stöd", h2),
        P("Chefen håller ett uppföljnings~samtal med den drabbade inom en vecka. Medarbetaren har rätt "
          "till upp till fem samtal hos företags~hälsovården utan egen kostnad. Behöver medarbetaren "
          "byta arbetsuppgifter eller arbetsplats under en period beslutar chefen om det.", b),
        P("5.2 Utredning och åtgärder", h2),
        P("Händelsen utreds av chefen tillsammans med skyddsombudet inom tio arbetsdagar. Utredningen "
          "ska besvara vad som hände, varför det hände och vad vi gör för att det inte ska hända igen. "
          "Beslutade åtgärder förs in i kontorets handlingsplan för arbetsmiljö.", b),
        P("5.3 Ändrad servicekanal", h2),
        P("Om en arbetssökande har hotat eller utövat våld kan beslut fattas om att fortsatt service "
          "ges via telefon eller digitala möten under högst sex månader. Beslutet fattas av "
          "sektionschefen efter samråd med säkerhetssamordnaren och dokumenteras i ärendet.", b),
        P("6 Kontaktuppgifter", h1),
    ]
    contacts = [
        ["Roll", "Namn", "Telefon"],
        ["Sektionschef", "Maria Grahn", "010-486 71 02"],
        ["Ställföreträdande sektionschef", "Jonas Lidström", "010-486 71 15"],
        ["Säkerhetssamordnare, Marknadsområde Mitt", "Leyla Mansour", "010-486 90 44"],
        ["Skyddsombud, lokalkontor Östersund", "Peter Öberg", "010-486 71 38"],
        ["Receptionsansvarig, Östersund", "Anna-Karin Strand", "010-486 71 00"],
        ["Företagshälsovård, Hälsopartner Mitt", "Bokning", "063-14 22 90"],
    ]
    t = Table([[Paragraph(c, st["cellb"] if i == 0 else st["cell"]) for c in row]
               for i, row in enumerate(contacts)],
              colWidths=[7.4 * cm, 4.2 * cm, 3.6 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [t, Spacer(1, 6),
              P("Rutinen ses över årligen i samband med riskbedömningen. Nästa översyn ska vara klar "
                "senast den 30 april 2027.", b)]
    doc.build(story, canvasmaker=numbered_canvas_factory(draw_hf))


# =====================================================================
# 2. Lokalförsörjningsplan (PDF, two columns + table over page break)
# =====================================================================
OFFICES = [
    # ort, yta m2, årshyra kr, avtal t.o.m., beläggning, planerad åtgärd
    ("Östersund, Prästgatan 51", 2140, 4280000, "2029-03-31", "58 %", "Minska med ett plan (cirka 520 m²) när avtalet löper ut"),
    ("Sveg, servicepunkt", 160, 198000, "2027-06-30", "35 %", "Samlokalisering med kommunens medborgarkontor"),
    ("Strömsund", 410, 545000, "2027-12-31", "41 %", "Omförhandling pågår"),
    ("Åre, servicepunkt", 90, 126000, "2028-09-30", "47 %", "Oförändrat"),
    ("Krokom", 280, 352000, "2027-06-30", "31 %", "Avvecklas, uppsagt till avtalets slut"),
    ("Svenstavik, servicepunkt", 70, 84000, "2027-12-31", "29 %", "Avvecklas, ersätts av mobil mötesplats"),
    ("Sundsvall, Storgatan 22", 2960, 6150000, "2030-12-31", "66 %", "Oförändrat"),
    ("Härnösand", 840, 1090000, "2028-03-31", "52 %", "Minskad yta vid omförhandling"),
    ("Kramfors", 520, 610000, "2027-09-30", "44 %", "Flytt till mindre lokal"),
    ("Sollefteå", 610, 702000, "2028-12-31", "39 %", "Utreds under 2027"),
    ("Örnsköldsvik", 1350, 2380000, "2029-06-30", "61 %", "Oförändrat"),
    ("Ånge", 240, 264000, "2027-03-31", "33 %", "Servicepunkt i kommunhuset"),
    ("Timrå", 300, 372000, "2028-06-30", "50 %", "Oförändrat"),
]


def sek(n):
    s = "{:,}".format(n).replace(",", " ")
    return s


def make_lokalplan(path):
    st = make_styles(size=9.6)
    b, h1, h2 = st["body"], st["h1"], st["h2"]
    h1 = ParagraphStyle("h1s", parent=h1, fontSize=11.5, leading=14)
    m = 2.0 * cm
    gap = 0.7 * cm
    cw = (PAGE_W - 2 * m - gap) / 2
    content_top = PAGE_H - 2.2 * cm
    content_bot = 1.8 * cm
    title_h = 3.3 * cm

    def hf(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.8)
        c.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1:
            c.drawString(m, PAGE_H - 1.3 * cm, "Lokalförsörjningsplan 2027–2030")
            c.drawRightString(PAGE_W - m, PAGE_H - 1.3 * cm, "Arbetsförmedlingen, Marknadsområde Mitt")
            c.line(m, PAGE_H - 1.45 * cm, PAGE_W - m, PAGE_H - 1.45 * cm)
        c.setFont("Helvetica", 9)
        c.drawCentredString(PAGE_W / 2, 1.0 * cm, "– %d –" % doc.page)
        c.restoreState()

    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    full_w = PAGE_W - 2 * m
    # page 1: title block, two text columns, full-width frame at the bottom
    # where table 1 starts (it continues on page 2)
    p1_split = 6.9 * cm
    first = PageTemplate(id="first", onPage=hf, frames=[
        Frame(m, content_top - title_h, full_w, title_h, id="title", **pad),
        Frame(m, p1_split, cw, content_top - title_h - p1_split - 0.2 * cm, id="c1", **pad),
        Frame(m + cw + gap, p1_split, cw, content_top - title_h - p1_split - 0.2 * cm, id="c2", **pad),
        Frame(m, content_bot, full_w, p1_split - content_bot - 0.3 * cm, id="tab1", **pad),
    ])
    # page 2: full-width frame on top (rest of table 1), two columns below
    p2_split = 17.2 * cm
    mixed = PageTemplate(id="mixed", onPage=hf, frames=[
        Frame(m, p2_split, full_w, content_top - p2_split, id="tab2", **pad),
        Frame(m, content_bot, cw, p2_split - content_bot - 0.4 * cm, id="m1", **pad),
        Frame(m + cw + gap, content_bot, cw, p2_split - content_bot - 0.4 * cm, id="m2", **pad),
    ])
    two = PageTemplate(id="two", onPage=hf, frames=[
        Frame(m, content_bot, cw, content_top - content_bot, id="t1", **pad),
        Frame(m + cw + gap, content_bot, cw, content_top - content_bot, id="t2", **pad),
    ])
    doc = BaseDocTemplate(path, pagesize=A4, title="Lokalförsörjningsplan 2027–2030",
                          author="Arbetsförmedlingen Marknadsområde Mitt")
    doc.addPageTemplates([first, mixed, two])

    story = [
        P("Lokalförsörjningsplan 2027–2030", st["title"]),
        P("Arbetsförmedlingen, Marknadsområde Mitt – Jämtlands län och Västernorrlands län", st["sub"]),
        P("Beslutad av marknadsområdeschef Henrik Sjöberg den 14 oktober 2026. Dnr Af-2026/0487712. "
          "Planen ersätter lokalförsörjningsplanen för 2024–2026.", st["small"]),
        FrameBreak(),
        NextPageTemplate("mixed"),
        P("1 Inledning", h1),
        P("Lokalförsörjningsplanen beskriver hur marknads~området ska försörja sig med ändamåls~enliga "
          "lokaler under perioden 2027–2030. Planen bygger på myndighetens lokal~strategi, på "
          "mätningar av hur lokalerna faktiskt används och på de avtal som löper ut under perioden. "
          "Den ska ge chefer och medarbetare en samlad bild av vilka förändringar som är beslutade "
          "och vilka som fortfarande utreds.", b),
        P("Arbetsförmedlingens närvaro i Jämtland och Västernorrland har förändrats kraftigt sedan "
          "2020. En allt större del av mötena med arbets~sökande sker digitalt eller i samverkan med "
          "kommunerna, samtidigt som behovet av fysisk service kvarstår för personer som inte kan "
          "använda våra digitala tjänster. Lokalerna måste därför bli färre och mindre men också "
          "mer flexibla.", b),
        P("2 Utgångspunkter", h1),
        P("2.1 Mål för lokalytan", h2),
        P("Myndighetens mål är att den totala lokalytan i marknads~området ska minska med 15 procent "
          "till utgången av 2030 jämfört med 2025. Besparingen ska inte ske på bekostnad av "
          "tillgängligheten för arbetssökande i glesbygd.", b),
        P("2.2 Arbetsplatsnorm", h2),
        P("Nya och omförhandlade lokaler planeras som aktivitets~baserade kontor. Riktvärdet är "
          "12 kvadratmeter per arbetsplats, inklusive andel av mötesrum, pentry och förråd. "
          "Antalet arbetsplatser dimensioneras efter 0,7 arbetsplatser per anställd.", b),
        P("2.3 Beläggningsmätning", h2),
        P("Under veckorna 10–12 och 40–42 år 2026 mättes beläggningen med sensorer och manuella "
          "räkningar. Med beläggning avses andelen arbetsplatser som används vid kontorets mest "
          "belastade tidpunkt en normal vecka. Kontor där beläggningen understiger 60 procent ska "
          "utredas för minskad yta när hyresavtalet löper ut.", b),
        P("2.4 Samlokalisering", h2),
        P("Där det är möjligt ska Arbetsförmedlingen dela lokaler med kommuner, Försäkrings~kassan "
          "eller statliga service~kontor. Samlokalisering ger lägre kostnad och ökar möjligheten för "
          "arbetssökande att få hjälp på ett och samma ställe.", b),
        P("3 Nuläge", h1),
        P("Marknadsområdet hyr i dag lokaler på tretton orter. Den totala ytan är 9 970 kvadratmeter "
          "och den samlade årshyran, inklusive värme och fastighets~el, uppgår till 17 153 000 kronor. "
          "Kostnaderna är ojämnt fördelade: de tre största kontoren – Sundsvall, Östersund och "
          "Örnsköldsvik – står för drygt tre fjärdedelar av hyran.", b),
        P("Beläggningen är genomgående låg. Endast Sundsvall och Örnsköldsvik når upp till "
          "60 procent, och på de minsta orterna används i genomsnitt var tredje arbetsplats. "
          "Tabell 1 visar samtliga hyresavtal med yta, hyra, slutdatum och planerad åtgärd. "
          "Uppgifterna avser förhållandena den 1 oktober 2026.", b),
        FrameBreak(),
        P("Tabell 1. Hyresavtal i Marknadsområde Mitt per den 1 oktober 2026", st["smallb"]),
        Spacer(1, 4),
    ]
    head = ["Ort och lokal", "Yta, m²", "Årshyra, kr", "Avtalet löper t.o.m.", "Beläggning", "Planerad åtgärd"]
    rows = [[Paragraph(h, st["cellb"]) for h in head]]
    for o in OFFICES:
        rows.append([Paragraph(o[0], st["cell"]), Paragraph(sek(o[1]), st["cellr"]),
                     Paragraph(sek(o[2]), st["cellr"]), Paragraph(o[3], st["cell"]),
                     Paragraph(o[4], st["cellr"]), Paragraph(o[5], st["cell"])])
    tot_area = sum(o[1] for o in OFFICES)
    tot_rent = sum(o[2] for o in OFFICES)
    assert tot_area == 9970 and tot_rent == 17153000
    rows.append([Paragraph("Summa", st["cellb"]), Paragraph(sek(tot_area), st["cellrb"]),
                 Paragraph(sek(tot_rent), st["cellrb"]), "", "", ""])
    tw = PAGE_W - 2 * m
    t = Table(rows, colWidths=[3.9 * cm, 1.6 * cm, 2.2 * cm, 2.6 * cm, 2.1 * cm, tw - 12.4 * cm],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2EC")),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#EEEEEE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story += [t, Spacer(1, 4),
              P("Beläggning: högsta uppmätta andel använda arbetsplatser under mätveckorna 2026. "
                "Årshyran avser 2026 års nivå inklusive indexuppräkning.", st["small"]),
              NextPageTemplate("two"),
              FrameBreak(),
              P("4 Prioriterade åtgärder 2027–2030", h1),
              P("4.1 Sveg – samlokalisering med Härjedalens kommun", h2),
              P("Från den 1 juli 2027 flyttar servicepunkten i Sveg in i Härjedalens kommuns "
                "medborgarkontor på Förrådsgatan 2. Arbetsförmedlingen hyr då två arbetsplatser och ett "
                "samtalsrum i andrahand för en beräknad kostnad av 68 000 kronor per år. Öppettiderna "
                "samordnas med kommunens och blir tisdag–torsdag kl. 9–15.", b),
              P("4.2 Östersund – ett plan mindre", h2),
              P("Hyresavtalet för Prästgatan 51 löper ut den 31 mars 2029. Inför omförhandlingen ska "
                "kontoret minska med ett plan, cirka 520 kvadratmeter. Projektering av det nya "
                "aktivitetsbaserade kontoret sker under 2028. Besparingen beräknas till 1 040 000 "
                "kronor per år.", b),
              P("4.3 Strömsund – omförhandling", h2),
              P("Omförhandling med hyresvärden pågår. Målet är att minska ytan till cirka 250 "
                "kvadratmeter och att dela entré och väntrum med kommunens vuxenutbildning. Ny årshyra "
                "är ännu inte fastställd; ett förslag från hyresvärden väntas under första kvartalet "
                "2027. Strömsund ingår därför inte i besparingsberäkningen i tabell 2.", b),
              P("4.4 Kramfors och Ånge – mindre lokaler", h2),
              P("Kramfors flyttar till en lokal på cirka 300 kvadratmeter senast den 30 september 2027. "
                "I Ånge ersätts kontoret av en servicepunkt i kommunhuset när avtalet löper ut den "
                "31 mars 2027.", b),
              P("4.5 Krokom och Svenstavik – avveckling", h2),
              P("Kontoret i Krokom avvecklas den 30 juni 2027 och personalen utgår därefter från "
                "Östersund. Servicepunkten i Svenstavik avvecklas vid årsskiftet 2027/2028 och ersätts "
                "av en mobil mötesplats en dag i månaden i samverkan med Bergs kommun.", b),
              P("5 Ekonomi och uppföljning", h1),
              P("Tabell 2 sammanfattar de beräknade besparingarna. Sammantaget minskar lokalytan med "
                "cirka 1 650 kvadratmeter, vilket motsvarar omkring 17 procent, och lokalkostnaderna "
                "minskar med cirka 2,3 miljoner kronor per år från och med 2030.", b),
              ]
    sav = [("Östersund, ett plan mindre", "2029", 1040000),
           ("Krokom, avveckling", "2027", 352000),
           ("Kramfors, mindre lokal", "2027", 260000),
           ("Härnösand, minskad yta", "2028", 250000),
           ("Ånge, servicepunkt i kommunhuset", "2027", 200000),
           ("Sveg, samlokalisering", "2027", 130000),
           ("Svenstavik, mobil mötesplats i stället för lokal", "2028", 64000)]
    total_sav = sum(x[2] for x in sav)
    assert total_sav == 2296000
    srows = [[Paragraph(x, st["cellb"]) for x in ("Åtgärd", "Från år", "Besparing, kr per år")]]
    srows += [[Paragraph(a, st["cell"]), Paragraph(y, st["cell"]), Paragraph(sek(v), st["cellr"])] for a, y, v in sav]
    srows.append([Paragraph("Summa", st["cellb"]), "", Paragraph(sek(total_sav), st["cellrb"])])
    t2 = Table(srows, colWidths=[4.5 * cm, 1.3 * cm, cw - 5.8 * cm])
    t2.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
    ]))
    story += [P("Tabell 2. Beräknad årlig besparing per åtgärd", st["smallb"]), Spacer(1, 3), t2,
              Spacer(1, 8),
              P("5.1 Osäkerheter", h2),
              P("Beräkningen bygger på 2026 års hyresnivå. Index~uppräkningen för 2027 och senare år är "
                "inte känd, och flytt~kostnader, ny möblering och återställning av lokaler ingår inte. "
                "Engångs~kostnaderna för flyttarna i Kramfors och Sveg bedöms sammanlagt till cirka "
                "450 000 kronor och belastar 2027 års budget.", b),
              P("5.2 Uppföljning", h2),
              P("Planen följs upp årligen i november av marknadsområdets ledningsgrupp. Lokalstrateg "
                "Camilla Westin ansvarar för uppföljningen och för att planen revideras när nya "
                "beslut fattas. Frågor om enskilda kontor ställs i första hand till respektive "
                "sektionschef.", b),
              P("6 Samverkan och arbetsmiljö", h1),
              P("Planen har samverkats med arbetstagar~organisationerna i marknadsområdets "
                "samverkansgrupp den 7 oktober 2026. Varje förändring på ett enskilt kontor ska "
                "riskbedömas ur arbetsmiljö~synpunkt innan den genomförs, och skyddsombudet ska delta "
                "i planeringen av nya lokaler. Medarbetare som berörs av en flytt eller avveckling "
                "informeras av sin sektionschef senast sex månader före förändringen.", b),
              P("Vid samlokalisering med kommuner ska ett skriftligt avtal reglera ansvar för "
                "reception, larm, städning och informations~säkerhet. Mallen för sådana avtal finns "
                "hos lokalstrategen.", b)]
    doc.build(story)


# =====================================================================
# 3. Ändringsansökan ESF+ (PDF, form layout)
# =====================================================================
def make_andringsansokan(path):
    st = make_styles(base="Helvetica", bold="Helvetica-Bold", size=9.8)
    b = ParagraphStyle("fb", parent=st["body"], alignment=TA_LEFT)
    h1 = ParagraphStyle("fh1", parent=st["h1"], fontSize=12, leading=15,
                        textColor=colors.HexColor("#003865"))
    m = 2.2 * cm

    def hf(c, doc):
        c.saveState()
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(colors.HexColor("#003865"))
        c.drawString(m, PAGE_H - 1.4 * cm, "REGION JÄMTLAND HÄRJEDALEN")
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawRightString(PAGE_W - m, PAGE_H - 1.4 * cm, "Till Svenska ESF-rådet, enheten för ESF+ programområde A")
        c.line(m, 1.5 * cm, PAGE_W - m, 1.5 * cm)
        c.drawString(m, 1.05 * cm, "Ärende 2024/00318  |  Ändringsansökan nr 2  |  Inlämnad 2026-11-20")
        c.drawRightString(PAGE_W - m, 1.05 * cm, "sida %d" % doc.page)
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="Ändringsansökan Kompetenslyft Fjällvärlden",
                          author="Region Jämtland Härjedalen")
    doc.addPageTemplates([PageTemplate(id="p", onPage=hf, frames=[
        Frame(m, 2.0 * cm, PAGE_W - 2 * m, PAGE_H - 4.0 * cm, id="f")])])
    W = PAGE_W - 2 * m - 12

    def kv_grid(pairs):
        rows = []
        for i in range(0, len(pairs), 2):
            row = []
            for k, v in pairs[i:i + 2]:
                row.append([Paragraph(k, ParagraphStyle("k", parent=st["small"], textColor=colors.HexColor("#555555"))),
                            Paragraph(v, st["cellb"])])
            if len(row) == 1:
                row.append("")
            rows.append(row)
        t = Table(rows, colWidths=[W / 2, W / 2])
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#003865")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return t

    story = [
        P("Ansökan om ändring av beviljat projekt", st["title"]),
        P("Europeiska socialfonden+ (ESF+), programområde A – Kompetensförsörjning", st["sub"]),
        Spacer(1, 6),
        kv_grid([
            ("Projektnamn", "Kompetenslyft Fjällvärlden"),
            ("Ärendenummer", "2024/00318"),
            ("Stödmottagare", "Region Jämtland Härjedalen, Regional utveckling"),
            ("Organisationsnummer", "232100-0214"),
            ("Projektledare / kontaktperson", "Sara Nordin, 063-14 75 20, sara.nordin@regionjh.se"),
            ("Beviljad projektperiod", "2025-01-01 – 2027-02-28"),
            ("Begärd ny projektperiod", "2025-01-01 – 2027-08-31"),
            ("Tidigare ändringar", "Ändringsansökan nr 1 (byte av projektledare), godkänd 2025-06-12"),
        ]),
        Spacer(1, 10),
        P("1. Vilka ändringar ansöker ni om?", h1),
    ]
    checks = [("X", "Förlängd projektperiod"),
              ("X", "Ändrad budget – omfördelning mellan kostnadsslag"),
              (" ", "Ökat stöd från ESF+"),
              (" ", "Ändrade mål eller indikatorer"),
              (" ", "Ny eller utträdande samverkanspart"),
              ("X", "Ändrad tidplan för aktiviteter")]
    for mark, label in checks:
        story.append(Paragraph("[%s]  %s" % (mark, label), ParagraphStyle("chk", parent=b, leftIndent=10, spaceAfter=1)))
    story.append(Spacer(1, 8))

    summ = Table([[Paragraph(
        "<b>Sammanfattning.</b> Projektet ansöker om att förlänga projektperioden med sex månader, till "
        "och med den 31 augusti 2027, samt om att omfördela 491 500 kronor från externa tjänster och "
        "resor till personal, indirekta kostnader och lokaler. Den totala budgeten, 7 640 000 kronor, "
        "och stödet från ESF+ är oförändrade.", ParagraphStyle("sb", parent=b, fontSize=10, leading=13.5))]],
        colWidths=[W])
    summ.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E8F0F8")),
                              ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#003865")),
                              ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                              ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story += [summ, Spacer(1, 6),
              P("2. Motivering", h1),
              P("<b>2.1 Försenad rekrytering av deltagare i Härjedalen.</b> Vintersäsongen 2025/26 blev "
                "längre än beräknat och många anställda inom besöksnäringen kunde inte delta i "
                "utbildningsinsatserna under december–april. Per den 31 oktober 2026 har 112 av 180 "
                "planerade deltagare påbörjat en insats. Med förlängningen kan två utbildningsomgångar "
                "läggas under lågsäsongen våren och sommaren 2027.", b),
              P("<b>2.2 Överprövad upphandling.</b> Upphandlingen av utbildning i digital "
                "bokningshantering överprövades av en anbudsgivare och avgjordes först i juni 2026 "
                "av förvaltningsrätten i Härnösand. Omgång 2 och 3 av utbildningen har därför "
                "förskjutits med fem till sex månader.", b),
              P("<b>2.3 Egen branschcoach i stället för köpt coachning.</b> Sedan den 1 september 2026 "
                "har projektet anställt en branschcoach på 75 procent i stället för att köpa "
                "coachning från extern leverantör. Det förklarar att personalkostnaderna ökar och att "
                "kostnaderna för externa tjänster minskar. Erfarenheten hittills är att egen personal "
                "ger bättre kontinuitet för både deltagare och arbetsgivare.", b),
              P("Målet om 180 deltagare, varav minst 40 procent kvinnor, ligger fast. Projektet bedömer "
                "att målet nås med den förlängda projektperioden.", b),
              P("3. Budget före och efter ändring", h1)]
    bud = [("Personal", 3900000, 4310000),
           ("Indirekta kostnader (15 % av personal)", 585000, 646500),
           ("Externa tjänster", 2450000, 1980000),
           ("Resor och logi", 420000, 398500),
           ("Lokaler och utrustning", 285000, 305000)]
    assert sum(x[1] for x in bud) == sum(x[2] for x in bud) == 7640000

    def diff(a, bb):
        d = bb - a
        return ("+" if d > 0 else "-" if d < 0 else "") + sek(abs(d))
    rows = [[Paragraph(x, st["cellb"]) for x in ("Kostnadsslag", "Beviljad budget, kr", "Ny budget, kr", "Förändring, kr")]]
    rows += [[Paragraph(k, st["cell"]), Paragraph(sek(a), st["cellr"]), Paragraph(sek(n), st["cellr"]),
              Paragraph(diff(a, n), st["cellr"])] for k, a, n in bud]
    rows.append([Paragraph("Totalt", st["cellb"]), Paragraph(sek(7640000), st["cellrb"]),
                 Paragraph(sek(7640000), st["cellrb"]), Paragraph("0", st["cellrb"])])
    t = Table(rows, colWidths=[6.6 * cm, 3.3 * cm, 3.3 * cm, W - 13.2 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#003865")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CFDDEB")),
                           ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#EEEEEE"))]))
    story += [t, Spacer(1, 8),
              P("Finansieringen är oförändrad:", b)]
    fin = [("Stöd från ESF+ (60 procent)", 4584000),
           ("Region Jämtland Härjedalen, kontant medfinansiering", 1836000),
           ("Härjedalens, Bergs och Åre kommuner, kontant medfinansiering", 1220000)]
    assert sum(x[1] for x in fin) == 7640000
    frows = [[Paragraph(k, st["cell"]), Paragraph(sek(v), st["cellr"])] for k, v in fin]
    frows.append([Paragraph("Summa finansiering", st["cellb"]), Paragraph(sek(7640000), st["cellrb"])])
    ft = Table(frows, colWidths=[10.5 * cm, 3.3 * cm])
    ft.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.grey),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    story += [ft, Spacer(1, 6),
              P("4. Ändrad tidplan för aktiviteter", h1)]
    act = [("Aktivitet", "Beviljad tidplan", "Ny tidplan"),
           ("Utbildning i digital bokningshantering, omgång 2", "oktober–november 2026", "mars–april 2027"),
           ("Utbildning i digital bokningshantering, omgång 3", "januari–februari 2027", "maj–juni 2027"),
           ("Branschvalidering kök och servering", "november 2026", "april 2027"),
           ("Extern slututvärdering", "januari 2027", "juni 2027"),
           ("Slutrapport till ESF-rådet", "senast 2027-04-30", "senast 2027-10-31")]
    arows = [[Paragraph(c, st["cellb"] if i == 0 else st["cell"]) for c in r] for i, r in enumerate(act)]
    at = Table(arows, colWidths=[8.0 * cm, 3.9 * cm, W - 11.9 * cm], repeatRows=1)
    at.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#003865")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CFDDEB"))]))
    story += [at, Spacer(1, 8),
              P("5. Övrigt", h1),
              P("Projektets styrgrupp ställde sig bakom ändringsansökan vid sitt möte den 6 november "
                "2026. Vi ber om besked senast den 15 januari 2027 så att avtalet med "
                "utbildningsleverantören kan förlängas i tid. Frågor om ansökan besvaras av "
                "projektledaren.", b),
              Spacer(1, 18),
              KeepTogether([
                  P("Underskrift av firmatecknare", st["smallb"]),
                  Spacer(1, 22),
                  Table([["________________________________", "________________________________"],
                         ["Magnus Hedlund", "Östersund 2026-11-20"],
                         ["Regional utvecklingsdirektör", "Ort och datum"]],
                        colWidths=[W / 2, W / 2],
                        style=TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 0)]))])]
    doc.build(story)


# =====================================================================
# 4. Riktlinje för hybridarbete (DOCX)
# =====================================================================
def make_hybrid_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    d = Document()
    d.core_properties.title = "Riktlinje för hybridarbete"
    d.core_properties.author = "Region Jämtland Härjedalen, Regional utveckling"
    import datetime
    d.core_properties.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 1, 20, 9, 0, 0)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.text = "Region Jämtland Härjedalen | Regional utveckling\tRiktlinje\tDnr RS/1482/2025"
    fp = sec.footer.paragraphs[0]
    fp.text = ("Fastställd av regional utvecklingsdirektör 2026-01-20. Gäller 2026-02-01 – 2027-01-31.  Sida ")
    run = fp.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT

    d.add_heading("Riktlinje för hybridarbete", level=0)
    d.add_paragraph("Gäller för medarbetare och chefer inom Regional utveckling, Region Jämtland Härjedalen.")

    kv = d.add_table(rows=0, cols=2)
    kv.style = "Table Grid"
    for k, v in [("Beslutad av", "Magnus Hedlund, regional utvecklingsdirektör"),
                 ("Beslutsdatum", "2026-01-20"),
                 ("Giltighetstid", "2026-02-01 – 2027-01-31"),
                 ("Dokumentansvarig", "Elin Backman, HR-partner"),
                 ("Samverkad", "Samverkansgruppen för Regional utveckling 2026-01-13")]:
        r = kv.add_row().cells
        r[0].text, r[1].text = k, v
        r[0].paragraphs[0].runs[0].bold = True

    d.add_heading("1 Syfte", level=1)
    d.add_paragraph(
        "Riktlinjen ska skapa tydliga och likvärdiga förutsättningar för att kombinera arbete på "
        "kontoret med arbete på distans. Hybridarbete är en möjlighet, inte en rättighet, och ska "
        "alltid utgå från verksamhetens behov, uppdraget i den regionala utvecklingsstrategin och "
        "en god arbetsmiljö.")

    d.add_heading("2 Omfattning", level=1)
    d.add_paragraph(
        "Riktlinjen gäller tillsvidare- och visstidsanställda med tjänster där arbetsuppgifterna "
        "kan utföras på distans. Den gäller inte under provanställning, de första tre månaderna av "
        "en anställning, eller för funktioner med schemalagd bemanning i receptionen och "
        "nämndadministrationen.")

    d.add_heading("3 Grundprinciper", level=1)
    for txt in [
        "Medarbetare kan arbeta på distans upp till två dagar per vecka, räknat som ett genomsnitt "
        "över en fyraveckorsperiod.",
        "Tisdag är gemensam kontorsdag för hela avdelningen. Avdelningsmöten och enhetsmöten "
        "läggs på tisdagar.",
        "Arbetstiden är densamma oavsett var arbetet utförs. Medarbetaren ska vara nåbar på "
        "telefon och i Teams mellan kl. 9.00 och 15.00.",
        "Möten med externa parter, till exempel kommuner och företag, genomförs i första hand "
        "på plats eller hos parten.",
        "Chefen kan med kort varsel kalla in en medarbetare till kontoret när verksamheten kräver det.",
    ]:
        d.add_paragraph(txt, style="List Bullet")

    d.add_heading("4 Så gör du en överenskommelse om hybridarbete", level=1)
    d.add_paragraph("Hybridarbete förutsätter en skriftlig överenskommelse mellan medarbetaren och chefen.")
    for txt in [
        "Fyll i blanketten Överenskommelse om hybridarbete i Medarbetarportalen.",
        "Boka ett samtal med din chef. Samtalet kan hållas i samband med medarbetarsamtalet.",
        "Chefen godkänner eller avslår inom två veckor. Ett avslag ska motiveras skriftligt.",
        "Den godkända överenskommelsen sparas i personalakten av HR-administrationen.",
    ]:
        d.add_paragraph(txt, style="List Number")
    d.add_paragraph(
        "En överenskommelse gäller i högst tolv månader. Den kan sägas upp av både medarbetaren och "
        "chefen med en månads varsel.")

    d.add_heading("5 Arbetsmiljö och utrustning", level=1)
    d.add_paragraph(
        "Arbetsgivaren har arbetsmiljöansvar även när arbetet utförs hemma. Medarbetaren ansvarar för "
        "att arbetsplatsen i hemmet är lämplig och ska gå igenom checklistan Min arbetsplats hemma "
        "tillsammans med chefen. Vilken utrustning som ingår framgår av tabellen.")
    eq = [("Utrustning", "Vad gäller", "Så beställer du", "Kostnad"),
          ("Bärbar dator med dockningsstation", "Alla medarbetare", "IT-servicedesk", "Betalas av enheten"),
          ("Extra bildskärm och tangentbord för hemmet", "Vid minst en distansdag per vecka",
           "Chefen beställer i Beställningsportalen", "Betalas av enheten"),
          ("Kontorsstol för hemmet", "Efter ergonomisk bedömning av företagshälsovården",
           "Chefen beställer efter bedömningen", "Enheten betalar högst 4 500 kronor"),
          ("Höj- och sänkbart skrivbord för hemmet", "Ingår inte", "–", "–"),
          ("Internetuppkoppling och el", "Ingår inte", "–", "Betalas av medarbetaren"),
          ("Mobiltelefon", "Alla medarbetare", "IT-servicedesk", "Betalas av enheten")]
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(eq):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
    d.add_paragraph(
        "Utrustning som bekostats av enheten ska lämnas tillbaka när överenskommelsen upphör "
        "eller anställningen avslutas.")

    d.add_heading("6 Informationssäkerhet", level=1)
    for txt in [
        "Arbeta alltid uppkopplad via regionens VPN-tjänst.",
        "Sekretessbelagda uppgifter, till exempel uppgifter om enskilda företags ekonomi i "
        "stödärenden, får inte hanteras på allmän plats eller i offentliga nätverk.",
        "Skriv inte ut handlingar hemma. Utskrifter görs på kontoret.",
        "Lås datorn när du lämnar den, även hemma.",
    ]:
        d.add_paragraph(txt, style="List Bullet")

    d.add_heading("7 Arbete från annan ort eller från utlandet", level=1)
    d.add_heading("7.1 Annan ort i Sverige", level=2)
    d.add_paragraph(
        "Distansarbete från exempelvis ett fritidshus i Sverige är tillåtet inom ramen för "
        "överenskommelsen. Resor mellan bostaden och kontoret betraktas som privata och ersätts inte.")
    d.add_heading("7.2 Utlandet", level=2)
    d.add_paragraph(
        "Arbete från utlandet kräver godkännande av HR-chefen i förväg och får omfatta högst "
        "20 arbetsdagar per kalenderår. Arbete får bara ske inom EU/EES, och medarbetaren ska själv "
        "kontrollera att försäkringsskyddet gäller. Ansökan görs senast fyra veckor före resan.")

    d.add_heading("8 Uppföljning", level=1)
    d.add_paragraph(
        "Riktlinjen utvärderas under hösten 2026. Utvärderingen genomförs av HR-partner Elin Backman "
        "tillsammans med skyddsombuden och bygger på en enkät till alla medarbetare och på "
        "uppgifter om sjukfrånvaro. Beslut om eventuella ändringar fattas av regional "
        "utvecklingsdirektör inför att riktlinjen löper ut den 31 januari 2027.")
    d.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite a zip container with fixed member timestamps (byte-stable DOCX)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# =====================================================================
# 5. Bokslutsinstruktion (TXT)
# =====================================================================
def make_bokslut_txt(path):
    rows = [
        ("Inventering av stöldbegärlig utrustning", "11 december 2026", "Enhetschef"),
        ("Sista dag att skapa kundfakturor för 2026", "18 december 2026", "Handläggare/ekonomiassistent"),
        ("Leverantörsfakturor för 2026 attesterade", "8 januari 2027 kl. 12.00", "Attestant"),
        ("Periodiseringar över 25 000 kr rapporterade", "13 januari 2027", "Projektledare/handläggare"),
        ("Avstämning av EU-projekt", "15 januari 2027", "Projektekonom"),
        ("Preliminärt bokslut klart", "22 januari 2027", "Controller"),
        ("Text till verksamhetsberättelsen", "29 januari 2027", "Enhetschef"),
        ("Regionala utvecklingsnämnden behandlar bokslutet", "18 februari 2027", "Nämndsekreterare"),
    ]
    w1, w2 = 50, 26
    tab = ["%-*s%-*s%s" % (w1, "AKTIVITET", w2, "SENAST", "ANSVARIG"),
           "%s%s%s" % ("-" * (w1 - 2) + "  ", "-" * (w2 - 2) + "  ", "-" * 28)]
    tab += ["%-*s%-*s%s" % (w1, a, w2, s, r) for a, s, r in rows]

    def head(t):
        return t + "\n" + "-" * len(t)

    text = "\n".join([
        "BOKSLUTSINSTRUKTION 2026",
        "Regional utveckling, Region Jämtland Härjedalen",
        "Version 1.1, 2026-11-24. Ansvarig: controller Fredrik Ahlström",
        "",
        "Denna instruktion gäller alla enheter inom Regional utveckling inför bokslutet",
        "för räkenskapsåret 2026. Läs igenom den i god tid – de flesta datum är fasta",
        "eftersom regionens årsredovisning har en tidplan som inte går att flytta.",
        "Ändring i version 1.1: sista dag för kundfakturor är flyttad från 17 till",
        "18 december 2026.",
        "",
        head("1. Tidplan"),
        "",
        *tab,
        "",
        "Fakturor som kommer in efter sista attestdag bokförs på 2027 och belastar",
        "nästa års budget, om inte controllern beslutar om manuell periodisering.",
        "",
        head("2. Definitioner"),
        "",
        "Med periodisering avses att en intäkt eller kostnad bokförs på det år den",
        "hör till, oavsett när betalningen sker.",
        "",
        "Med upplupen kostnad avses en kostnad som hör till 2026 men där fakturan",
        "kommer först 2027, till exempel en konsult som arbetat i december.",
        "",
        "Med förutbetald kostnad avses en kostnad som betalats 2026 men som hör till",
        "2027, till exempel en konferensavgift för en konferens i mars 2027.",
        "",
        "Med upplupen intäkt avses en intäkt som hör till 2026 men som ännu inte har",
        "fakturerats eller betalats ut, till exempel EU-stöd för kostnader som",
        "redovisats i en ansökan om utbetalning efter årsskiftet.",
        "",
        head("3. Regler för periodisering"),
        "",
        "3.1 Beloppsgränsen för periodisering är 25 000 kronor per post. Poster under",
        "    gränsen periodiseras inte.",
        "3.2 Periodiseringar rapporteras i blanketten Periodiseringsunderlag 2026 på",
        "    ekonomisidan i intranätet. Bifoga avtal, order eller annat underlag.",
        "3.3 Bidrag som Regional utveckling har betalat ut till ett projekt, men där",
        "    projektets slutrapport saknas vid årsskiftet, bokförs som förutbetald",
        "    kostnad. Projektekonomen sköter detta utifrån listan i bidragssystemet.",
        "3.4 Semesterlöneskuld och övertidsskuld beräknas centralt av lönecentrum.",
        "    Enheterna behöver inte göra något.",
        "",
        head("4. EU-projekt"),
        "",
        "För projekt med stöd från ESF+, Europeiska regionala utvecklingsfonden eller",
        "Interreg ska projektledaren stämma av bokförda kostnader mot projektbudgeten",
        "tillsammans med projektekonomen Malin Jonsson senast 15 januari 2027. Vid",
        "avstämningen ska personalkostnader och indirekta kostnader kontrolleras mot",
        "tidrapporterna. Upplupna intäkter bokas först när avstämningen är klar.",
        "",
        head("5. Verksamhetsberättelse"),
        "",
        "Varje enhetschef lämnar högst två sidor text till verksamhetsberättelsen",
        "senast 29 januari 2027. Använd mallen Verksamhetsberättelse 2026. Texten",
        "ska beskriva måluppfyllelse, viktiga händelser och avvikelser mot budget",
        "större än 10 procent.",
        "",
        head("6. Kontakt"),
        "",
        "Frågor om tidplan och periodiseringar: controller Fredrik Ahlström,",
        "  063-14 76 08",
        "Frågor om EU-projekt: projektekonom Malin Jonsson, 063-14 76 31",
        "Frågor om fakturor och attest: ekonomiservice, 063-14 70 00",
        "",
    ])
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# =====================================================================
# 6. Skrivregler (Markdown)
# =====================================================================
def make_skrivregler_md(path):
    text = """# Skrivregler för Regional utveckling

**Klarspråk och enhetlig stil i våra texter**
Version 2.0 · fastställd 2026-05-12 · ansvarig: kommunikatör Johanna Persson

> Vi skriver för att bli förstådda. Myndighetsspråk ska enligt språklagen vara
> vårdat, enkelt och begripligt – det gäller även våra beslut och rapporter.

## 1. Grundregler

1. Börja med det viktigaste. Läsaren ska förstå vad texten handlar om efter första stycket.
2. Skriv till en mottagare. Tilltala läsaren med "du" i brev, e-post och webbtexter.
3. Använd aktiva verb och skriv ut vem som gör vad: "Nämnden beslutar" i stället för "Beslut fattas".
4. Håll meningarna korta, i genomsnitt högst 20 ord.
5. Använd mellanrubriker ungefär var tredje eller fjärde stycke i längre texter.

## 2. Datum, klockslag och siffror

- Skriv datum som **15 mars 2027** i löptext och som **2027-03-15** i tabeller och diarieuppgifter.
- Skriv inte veckodagen med stor bokstav: *tisdag 15 mars*.
- Klockslag skrivs med punkt: **kl. 13.30**. Skriv aldrig 13:30.
- Tal med fler än fyra siffror delas med mellanslag i grupper om tre: 450 000 kronor.
- Skriv ut *kronor* i löptext; förkortningen *kr* används bara i tabeller.
- Skriv *procent* i löptext och *%* i tabeller.
- Skriv ut talen ett till tolv med bokstäver i löptext, utom när de står tillsammans med en måttenhet.

```
Rätt:  Mötet börjar kl. 9.00 den 3 februari 2027 och stödet är 450 000 kronor.
Fel:   Mötet börjar 09:00 den 3/2 -27 och stödet är 450.000:-
```

## 3. Ordval

Välj vardagliga ord före myndighetsord. Tabellen visar ord vi ofta ser i remisser och beslut.

| Undvik | Skriv hellre |
|---|---|
| erhålla | få |
| tillhandahålla | ge, erbjuda |
| i syfte att | för att |
| inneha | ha |
| workshop | arbetsmöte eller seminarium |
| stakeholders, intressenter | aktörer, berörda parter |
| sökande (om personer inskrivna på Arbetsförmedlingen) | arbetssökande |
| invandrare (i statistik) | utrikes födda |
| handikappade | personer med funktionsnedsättning |
| AF | Arbetsförmedlingen |

## 4. Förkortningar

- Skriv ut förkortningen första gången den används, med förkortningen inom parentes: *den regionala utvecklingsstrategin (RUS)*.
- Vedertagna förkortningar som *t.ex.*, *bl.a.* och *s.k.* skrivs med punkter utan mellanslag. Undvik dem gärna helt i webbtexter.
- Skriv *ESF+* och *ERUF* utan punkter.
- Förkorta aldrig myndighetsnamn i text som går till allmänheten.

## 5. Tillgänglighet

- Alla bilder och diagram ska ha en alternativtext som beskriver innehållet.
- Länktexten ska beskriva målet. Skriv aldrig "klicka här" eller "läs mer här".
- Använd rubrikformat i Word i stället för fet stil när du gör rubriker, annars kan skärmläsare inte navigera i dokumentet.
- Publicera inte inskannade PDF-filer på webben.

## 6. Könsneutralt språk

Använd *hen* när kön är okänt eller ovidkommande, eller skriv om till plural. Skriv *ordförande* och *sjuksköterska* – inte *ordförandinna* eller *manlig sjuksköterska*.

## 7. Granskning före publicering

1. Texter som publiceras på webben granskas av en kommunikatör före publicering.
2. Beslutsunderlag till regionala utvecklingsnämnden granskas av nämndsekreteraren.
3. Pressmeddelanden godkänns av avdelningschefen eller, i dennes frånvaro, av kommunikationschefen.

Frågor om skrivreglerna: Johanna Persson, kommunikatör, johanna.persson@regionjh.se
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit("usage: python r128_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    jobs = [
        ("r128_rutin_hot_och_vald_ostersund.pdf", make_hot_och_vald),
        ("r128_lokalforsorjningsplan_mitt_2027_2030.pdf", make_lokalplan),
        ("r128_andringsansokan_kompetenslyft_fjallvarlden.pdf", make_andringsansokan),
        ("r128_riktlinje_hybridarbete.docx", make_hybrid_docx),
        ("r128_bokslutsinstruktion_2026.txt", make_bokslut_txt),
        ("r128_skrivregler_klarsprak.md", make_skrivregler_md),
    ]
    for name, fn in jobs:
        p = os.path.join(out, name)
        fn(p)
        print("wrote", p)


if __name__ == "__main__":
    main()
