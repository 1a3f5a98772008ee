"""r132 test documents - run as: python r132_make_files.py OUT_DIR

Writes six invented (but plausible) Swedish documents for a test round of the
regional-development / Arbetsförmedlingen question-answering assistant.

1. r132_varselplan_sormland_remiss.pdf  (PDF, reportlab canvas, 2 pages)
   Region Sörmland, remissversion of a regional action plan for large
   redundancy notices (varsel). Layout traits: line numbers in the left
   margin on every text line (continuous through the document), a light
   grey diagonal "UTKAST" watermark behind the text, running header
   "REMISSVERSION 2026-11-03 · Dnr RS-2026/1184", footer "Sida N av M",
   numbered sections "1 Inledning" ..., automatic hyphenated line ends,
   raised superscript endnote markers collected under "Slutnoter" at the end
   (not at page bottom), a ruled four-column table of activation levels,
   a bullet list of roles and an indicator table.

2. r132_samordningsforbund_malarkusten_vp2027.pdf  (PDF, platypus, 4 pages)
   Samordningsförbundet Mälarkusten (FINSAM), Verksamhetsplan med budget
   2027 och plan 2028-2029. Layout traits: title page (no header) with a dotted contents list,
   running header (org name left, document name right) and "Sida N (M)"
   top right, a LANDSCAPE page in the middle with a wide six-column
   intervention table with multi-line cells, back to portrait for a
   three-year budget table in tkr with negative results written "−500",
   a member-contribution table with a footnote mark and a note below it.

3. r132_kompetensplattform_vo_2026-11-18.pdf  (PDF, platypus, 2 pages)
   Region Västmanland, minnesanteckningar from the regional skills platform's
   working group for health and social care. Layout traits: the whole
   minutes are a TABLE used as layout (Nr | Punkt | Information och
   diskussion | Åtgärd / ansvarig / klart) spanning a page break with the
   header row repeated, several paragraphs inside cells, a key-value head
   box (datum, plats, närvarande as a comma list, frånvarande), running
   header and footer "Sid N (M)".

4. r132_rutin_rekryteringstraffar_boras.docx  (DOCX, python-docx)
   Arbetsförmedlingen Borås and Borås Stad, joint routine for recruitment
   events. Layout traits: different first-page Word header (letterhead with
   Dnr) and a running header on later pages, footer with PAGE / NUMPAGES
   fields, manually numbered headings "3.1 ..." in Heading styles, a
   responsibility table with a merged "Ansvar" header cell spanning two
   columns, a timeline table, a landscape section at the end with a
   checklist table using ☐, and a revision-history table.

5. r132_skrivelse_ljusdal_ocr.txt  (TXT)
   OCR text of a scanned letter from Ljusdals kommun and local business
   organisations to Arbetsförmedlingen about local presence. Layout traits:
   OCR noise (rn/m and 1/l confusions, stray "|" and "~"), a received-stamp
   block at the top, hyphenated line ends kept from the scan, a form-feed
   page break with "-2-" page marker and a repeated letter footer, numbered
   demands, signatures, and a handwritten note OCR'd at the bottom with an
   internal reply date that differs from the date asked for in the letter.

6. r132_vindkraftslyftet_projektsida.md  (Markdown)
   Notion/Obsidian-style project wiki page for a wind-turbine-technician
   training project in Jämtland Härjedalen. Layout traits: YAML front
   matter, GitHub/Obsidian callouts "> [!NOTE]" / "> [!WARNING]", an HTML
   <table> with rowspan groups for the financing, a mermaid gantt block,
   a decision-log table where a later row moves the start date, task list
   "- [ ]" / "- [x]" with @-mentions, Markdown footnotes [^1] and relative
   links.
"""

import os
import sys
from io import BytesIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, SimpleDocTemplate, PageTemplate, Frame,
                                Paragraph, Spacer, Table, LongTable, TableStyle,
                                NextPageTemplate, PageBreak, KeepTogether)

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


# ---------------------------------------------------------------------------
# 1. Varselplan Sörmland - line-numbered remiss draft (canvas engine)
# ---------------------------------------------------------------------------

VOWELS = set("aeiouyåäöéAEIOUYÅÄÖÉ")


def _tok_width(tok, font, size):
    """Width of a token; '^n' suffix is a superscript endnote marker."""
    if "^" in tok:
        base, sup = tok.split("^", 1)
        return stringWidth(base, font, size) + stringWidth(sup, font, size * 0.65)
    return stringWidth(tok, font, size)


def _hyphenate(word, avail, font, size):
    """Split a long alphabetic word so that 'head-' fits in avail."""
    core = word.rstrip(".,;:)")
    if len(core) < 10 or not core.replace("-", "").isalpha() or "^" in word:
        return None
    for i in range(len(core) - 4, 3, -1):
        # break before a consonant that is followed by a vowel (syllable start)
        if core[i] not in VOWELS and i + 1 < len(core) and core[i + 1] in VOWELS \
                and core[i - 1] not in "-":
            head = core[:i] + "-"
            if stringWidth(head, font, size) <= avail:
                return head, word[i:]
    return None


def wrap_hyph(text, width, font, size, hyphenate=True):
    words = text.split()
    lines, cur = [], []
    space = stringWidth(" ", font, size)
    curw = 0.0
    i = 0
    while i < len(words):
        w = words[i]
        ww = _tok_width(w, font, size)
        add = ww if not cur else curw + space + ww
        if add <= width:
            cur.append(w)
            curw = add
            i += 1
            continue
        if hyphenate and cur:
            avail = width - curw - space
            sp = _hyphenate(w, avail, font, size)
            if sp:
                cur.append(sp[0])
                lines.append(cur)
                cur, curw = [], 0.0
                words[i] = sp[1]
                continue
        if cur:
            lines.append(cur)
            cur, curw = [], 0.0
        else:  # single word too long
            lines.append([w])
            i += 1
    if cur:
        lines.append(cur)
    return [" ".join(l) for l in lines]


def draw_tokens(c, x, y, line, font, size):
    for tok in line.split(" "):
        if "^" in tok:
            base, sup = tok.split("^", 1)
            c.setFont(font, size)
            c.drawString(x, y, base)
            x += stringWidth(base, font, size)
            c.setFont(font, size * 0.65)
            c.drawString(x, y + size * 0.38, sup)
            x += stringWidth(sup, font, size * 0.65)
        else:
            c.setFont(font, size)
            c.drawString(x, y, tok)
            x += stringWidth(tok, font, size)
        x += stringWidth(" ", font, size)


def make_varselplan(path):
    W, H = A4
    LEFT, RIGHT = 78, W - 62
    TOP, BOTTOM = H - 78, 72
    BODYW = RIGHT - LEFT

    blocks = [
        ("title", "Regional handlingsplan vid större varsel i Sörmland 2027–2029"),
        ("sub", "Remissversion – beslutad för utskick av regionala utvecklingsnämnden "
                "2026-10-28, § 96"),
        ("space", 6),
        ("h", "1 Inledning"),
        ("p", "Handlingsplanen beskriver hur Region Sörmland, länets nio kommuner, "
              "Arbetsförmedlingen och övriga aktörer samordnar sig när ett större varsel om "
              "uppsägning läggs i länet. Syftet är att de som berörs snabbt ska få stöd att gå "
              "vidare till nytt arbete eller utbildning och att kompetensen ska stanna i "
              "regionen. Planen ersätter den tidigare samverkansrutinen från 2019.^1"),
        ("p", "Planen omfattar inte varsel inom offentlig sektor, som hanteras av respektive "
              "arbetsgivare inom ramen för befintliga kollektivavtal, men aktörerna kan på "
              "begäran bistå även i sådana fall."),
        ("h", "2 Bakgrund"),
        ("p", "Under 2025 varslades 2 840 personer om uppsägning i Södermanlands län, vilket är "
              "den högsta nivån sedan 2009. Av dessa fanns 1 120 i Eskilstuna kommun, främst inom "
              "tillverkning och logistik. Ett fåtal arbetsgivare stod för en stor del av varslen: "
              "de tre största varslen omfattade tillsammans 910 personer.^2"),
        ("p", "Erfarenheterna från 2025 visar att samordningen mellan aktörerna fungerade väl på "
              "kommunnivå men att det saknades en tydlig regional ingång för arbetsgivare och en "
              "gemensam lägesbild. Flera underleverantörer fick information om nedskärningarna "
              "först när de egna orderna minskade."),
        ("h", "3 Aktiveringsnivåer"),
        ("p", "Planen aktiveras i tre nivåer beroende på varslets storlek och den lokala "
              "påverkan. Bedömningen görs av den regionala varselsamordnaren i dialog med "
              "Arbetsförmedlingen och berörd kommun."),
        ("tcap", "Tabell 1. Aktiveringsnivåer"),
        ("table", [
            ["Nivå", "Kriterium", "Vad som händer", "Sammankallas inom"],
            ["1 Bevakning", "Varsel som omfattar minst 50 personer i en och samma kommun",
             "Lägesbild delas i det regionala varselnätverket", "–"],
            ["2 Lokal samordning", "Varsel om minst 150 personer, eller varsel som motsvarar "
             "minst 2 procent av de förvärvsarbetande i kommunen",
             "Lokal varselgrupp sammankallas av kommunen", "5 arbetsdagar"],
            ["3 Regional samordning", "Varsel om sammanlagt minst 400 personer i länet inom "
             "tre månader, eller när flera kommuner berörs av samma varsel",
             "Regional varselgrupp under ledning av regiondirektören", "2 arbetsdagar"],
        ], [88, 160, 146, 77]),
        ("p", "Nivån kan höjas om varslet slår mot en bransch där det redan råder hög "
              "arbetslöshet, även om tröskelvärdet inte nås.^3 Tiden för sammankallande räknas "
              "från den dag varslet blev känt för varselsamordnaren."),
        ("h", "4 Roller och ansvar"),
        ("bullet", "Region Sörmland utser en regional varselsamordnare vid avdelningen för "
                   "regional utveckling, håller samman lägesbilden och förvaltar "
                   "omställningsreserven."),
        ("bullet", "Kommunerna leder den lokala varselgruppen och ansvarar för kontakterna med "
                   "den kommunala vuxenutbildningen och näringslivsfunktionen."),
        ("bullet", "Arbetsförmedlingen erbjuder informationsmöten för de varslade, normalt på "
                   "arbetsplatsen, och rapporterar varannan vecka inflödet av inskrivna från den "
                   "berörda arbetsplatsen till varselgruppen."),
        ("bullet", "Omställningsorganisationerna, till exempel TRR och TSL, ansvarar för "
                   "omställningsstöd till anställda som omfattas av kollektivavtal om "
                   "omställning.^4"),
        ("bullet", "Almi Företagspartner Mälardalen och Länsstyrelsen i Södermanlands län bidrar "
                   "med stöd till underleverantörer respektive analyser av effekterna på "
                   "landsbygden."),
        ("h", "5 Omställningsreserv"),
        ("p", "Region Sörmland avsätter 3,5 miljoner kronor per år under 2027–2029 till en "
              "omställningsreserv. Medlen kan sökas av kommuner, lärosäten och ideella "
              "organisationer för insatser som kompletterar Arbetsförmedlingens och "
              "omställningsorganisationernas ordinarie stöd, till exempel korta "
              "yrkesutbildningar eller validering."),
        ("p", "Ett och samma projekt kan beviljas högst 600 000 kronor och kräver "
              "medfinansiering på minst 30 procent av projektets totala kostnad. Beslut fattas "
              "av regionala utvecklingsdirektören på delegation och ska fattas inom 15 "
              "arbetsdagar från att en komplett ansökan har kommit in. Medel som inte har "
              "förbrukats vid årets slut förs inte över till nästa år."),
        ("tcap", "Tabell 2. Indikatorer för uppföljning"),
        ("table", [
            ["Indikator", "Målvärde", "Källa"],
            ["Andel varslade i arbete eller studier sex månader efter uppsägning",
             "minst 65 procent", "Arbetsförmedlingen, SCB"],
            ["Tid från känt varsel till första möte i varselgruppen (nivå 2–3)",
             "inom angiven tid i 90 procent av fallen", "Varselloggen"],
            ["Andel beviljade medel ur omställningsreserven som avser validering",
             "minst 20 procent", "Region Sörmland"],
        ], [230, 130, 111]),
        ("h", "6 Remiss och fortsatt arbete"),
        ("p", "Remissinstanserna ombeds särskilt att yttra sig över a) nivåernas tröskelvärden, "
              "b) om omställningsreserven ska kunna sökas direkt av företag och c) hur "
              "kommunernas kostnader för de lokala varselgrupperna ska hanteras."),
        ("p", "Svar lämnas senast den 22 januari 2027 via Region Sörmlands e-tjänst för "
              "remissvar. Ange diarienummer RS-2026/1184. Efter remissen planeras "
              "handlingsplanen att beslutas av regionfullmäktige i april 2027 och att gälla från "
              "den 1 maj 2027."),
        ("h", "Slutnoter"),
        ("note", "1 Rutin för samverkan vid varsel, Region Sörmland, dnr RS-2019/0412. Rutinen "
                 "upphävs när denna plan har beslutats."),
        ("note", "2 Uppgifterna bygger på Arbetsförmedlingens statistik över inkomna varsel, uttag "
                 "2026-01-12. Ett varsel kan avse uppsägningar som sedan inte genomförs."),
        ("note", "3 Bedömningen dokumenteras i varselloggen och meddelas ledamöterna i den "
                 "regionala varselgruppen."),
        ("note", "4 Enligt lagen (1974:13) om vissa anställningsfrämjande åtgärder ska en "
                 "arbetsgivare varsla Arbetsförmedlingen när minst fem arbetstagare berörs. "
                 "Varseltiden är två månader när högst 25 arbetstagare berörs, fyra månader vid "
                 "26–100 arbetstagare och sex månader när fler än 100 berörs."),
    ]

    # ---- layout into pages of ops --------------------------------------
    pages = [[]]
    y = TOP
    lineno = [0]

    def newpage():
        nonlocal y
        pages.append([])
        y = TOP

    def textline(txt, font, size, lead, x=LEFT, numbered=True):
        nonlocal y
        if y - lead < BOTTOM:
            newpage()
        y -= lead
        yy = y
        if numbered:
            lineno[0] += 1
            n = lineno[0]
            pages[-1].append(lambda c, n=n, yy=yy: (c.setFont("Helvetica", 7),
                                                  c.setFillColor(colors.grey),
                                                  c.drawRightString(LEFT - 16, yy, str(n)),
                                                  c.setFillColor(colors.black)))
        pages[-1].append(lambda c, t=txt, f=font, s=size, x=x, yy=yy: draw_tokens(c, x, yy, t, f, s))

    for b in blocks:
        kind = b[0]
        if kind == "title":
            for ln in wrap_hyph(b[1], BODYW, "Helvetica-Bold", 16, hyphenate=False):
                textline(ln, "Helvetica-Bold", 16, 21)
        elif kind == "sub":
            for ln in wrap_hyph(b[1], BODYW, "Helvetica-Oblique", 10, hyphenate=False):
                textline(ln, "Helvetica-Oblique", 10, 14)
        elif kind == "space":
            y -= b[1]
        elif kind == "h":
            if y - 50 < BOTTOM:
                newpage()
            y -= 8
            textline(b[1], "Helvetica-Bold", 12, 17)
            y -= 2
        elif kind == "p":
            for ln in wrap_hyph(b[1], BODYW, "Times-Roman", 11):
                textline(ln, "Times-Roman", 11, 14.5)
            y -= 6
        elif kind == "bullet":
            lines = wrap_hyph(b[1], BODYW - 14, "Times-Roman", 11)
            for k, ln in enumerate(lines):
                if k == 0:
                    pages_len = len(pages)
                    textline(ln, "Times-Roman", 11, 14.5, x=LEFT + 14)
                    yy = y
                    pages[-1].append(lambda c, yy=yy: (c.setFont("Times-Roman", 11),
                                                       c.drawString(LEFT + 3, yy, "–")))
                else:
                    textline(ln, "Times-Roman", 11, 14.5, x=LEFT + 14)
            y -= 3
        elif kind == "note":
            num, rest = b[1].split(" ", 1)
            lines = wrap_hyph(rest, BODYW - 14, "Times-Roman", 9.5)
            for k, ln in enumerate(lines):
                textline(ln, "Times-Roman", 9.5, 12.5, x=LEFT + 14)
                if k == 0:
                    yy = y
                    pages[-1].append(lambda c, yy=yy, num=num: (c.setFont("Times-Roman", 7),
                                                                c.drawString(LEFT + 2, yy + 4, num)))
            y -= 4
        elif kind == "tcap":
            if y - 90 < BOTTOM:
                newpage()
            y -= 4
            textline(b[1], "Helvetica-Bold", 9.5, 13, numbered=False)
            y -= 3
        elif kind == "table":
            rows, widths = b[1], b[2]
            fs, lead, pad = 8.8, 11, 4
            wrapped = []
            for r_i, row in enumerate(rows):
                font = "Helvetica-Bold" if r_i == 0 else "Helvetica"
                cells = [wrap_hyph(cell, widths[k] - 2 * pad, font, fs, hyphenate=False)
                         for k, cell in enumerate(row)]
                h = max(len(cl) for cl in cells) * lead + 2 * pad
                wrapped.append((font, cells, h))
            total_h = sum(h for _, _, h in wrapped)
            if y - total_h < BOTTOM:
                newpage()
            ytop = y
            for font, cells, h in wrapped:
                yrow = ytop
                def draw_row(c, yrow=yrow, cells=cells, h=h, font=font, widths=widths):
                    x = LEFT
                    if font == "Helvetica-Bold":
                        c.setFillColor(colors.HexColor("#E4E8EE"))
                        c.rect(LEFT, yrow - h, sum(widths), h, stroke=0, fill=1)
                        c.setFillColor(colors.black)
                    c.setLineWidth(0.5)
                    c.line(LEFT, yrow - h, LEFT + sum(widths), yrow - h)
                    c.line(LEFT, yrow, LEFT + sum(widths), yrow)
                    for k, cl in enumerate(cells):
                        for j, ln in enumerate(cl):
                            c.setFont(font, fs)
                            c.drawString(x + pad, yrow - pad - (j + 1) * lead + 2.5, ln)
                        c.line(x, yrow, x, yrow - h)
                        x += widths[k]
                    c.line(x, yrow, x, yrow - h)
                pages[-1].append(draw_row)
                ytop -= h
            y = ytop - 8

    total = len(pages)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Regional handlingsplan vid större varsel - remissversion")
    c.setAuthor("Region Sörmland")
    for pno, ops in enumerate(pages, 1):
        # watermark first (behind text)
        c.saveState()
        c.setFillColor(colors.Color(0.85, 0.85, 0.85))
        c.setFont("Helvetica-Bold", 90)
        c.translate(W / 2, H / 2)
        c.rotate(45)
        c.drawCentredString(0, 0, "UTKAST")
        c.restoreState()
        # header
        c.setFont("Helvetica", 8)
        c.drawString(LEFT, H - 45, "REMISSVERSION 2026-11-03 · Dnr RS-2026/1184")
        c.drawRightString(RIGHT, H - 45, "Region Sörmland")
        c.setLineWidth(0.4)
        c.line(LEFT, H - 50, RIGHT, H - 50)
        for op in ops:
            op(c)
        c.setFont("Helvetica", 8)
        c.line(LEFT, 52, RIGHT, 52)
        c.drawString(LEFT, 40, "Regional handlingsplan vid större varsel – remissversion")
        c.drawRightString(RIGHT, 40, f"Sida {pno} av {total}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# helpers for platypus docs with "N (M)" page numbers (two-pass)
# ---------------------------------------------------------------------------

def two_pass_build(build_fn, path):
    """build_fn(target, total_pages) -> number of pages produced."""
    n = build_fn(BytesIO(), 99)
    build_fn(path, n)


# ---------------------------------------------------------------------------
# 2. Samordningsförbundet Mälarkusten - verksamhetsplan with landscape page
# ---------------------------------------------------------------------------

def make_samordningsforbund(path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10,
                          leading=13.5, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=14,
                        spaceBefore=6, spaceAfter=8, textColor=colors.HexColor("#1F4E5F"))
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11,
                        spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    bullet = ParagraphStyle("bu", parent=body, leftIndent=14, bulletIndent=3)

    def build(target, total):
        counter = {"n": 0}

        def deco(c, doc):
            counter["n"] += 1
            w, h = c._pagesize
            c.saveState()
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.HexColor("#1F4E5F"))
            c.drawString(20 * mm, h - 14 * mm, "Samordningsförbundet Mälarkusten")
            c.setFillColor(colors.black)
            c.drawString(w / 2 - 30 * mm, h - 14 * mm, "Verksamhetsplan med budget 2027")
            c.drawRightString(w - 20 * mm, h - 14 * mm, f"Sida {doc.page} ({total})")
            c.setLineWidth(0.3)
            c.line(20 * mm, h - 16 * mm, w - 20 * mm, h - 16 * mm)
            c.setFont("Helvetica", 7)
            c.drawString(20 * mm, 10 * mm, "Dnr SFM 2026/31 · Antagen av styrelsen 2026-11-20, § 47")
            c.restoreState()

        def first(c, doc):
            counter["n"] += 1
            w, h = c._pagesize
            c.saveState()
            c.setFillColor(colors.HexColor("#1F4E5F"))
            c.rect(0, h - 60 * mm, w, 60 * mm, stroke=0, fill=1)
            c.restoreState()

        doc = BaseDocTemplate(target, pagesize=A4, title="Verksamhetsplan med budget 2027",
                              author="Samordningsförbundet Mälarkusten",
                              leftMargin=20 * mm, rightMargin=20 * mm,
                              topMargin=22 * mm, bottomMargin=18 * mm)
        pw, ph = A4
        fr_p = Frame(20 * mm, 18 * mm, pw - 40 * mm, ph - 40 * mm, id="p")
        lw, lh = landscape(A4)
        fr_l = Frame(20 * mm, 18 * mm, lw - 40 * mm, lh - 40 * mm, id="l")
        fr_t = Frame(20 * mm, 18 * mm, pw - 40 * mm, ph - 90 * mm, id="t")
        doc.addPageTemplates([
            PageTemplate(id="title", frames=[fr_t], onPage=first, pagesize=A4),
            PageTemplate(id="portrait", frames=[fr_p], onPage=deco, pagesize=A4),
            PageTemplate(id="land", frames=[fr_l], onPage=deco, pagesize=landscape(A4)),
        ])

        st = []
        tit = ParagraphStyle("t", parent=h1, fontSize=24, leading=30, textColor=colors.black)
        st.append(Paragraph("Verksamhetsplan med budget 2027", tit))
        st.append(Paragraph("samt plan för 2028–2029", ParagraphStyle("t2", parent=body, fontSize=14, leading=18)))
        st.append(Spacer(1, 8 * mm))
        st.append(Paragraph("Samordningsförbundet Mälarkusten – finansiell samordning mellan "
                            "Arbetsförmedlingen, Försäkringskassan, Region Uppsala, Enköpings kommun, "
                            "Håbo kommun och Heby kommun.", body))
        st.append(Paragraph("Antagen av styrelsen 2026-11-20, § 47", body))
        st.append(Spacer(1, 10 * mm))
        st.append(Paragraph("<b>Innehåll</b>", body))
        for ln in ["1. Om förbundet .......................................... 2",
                   "2. Mål och prioriteringar 2027 ...................... 2",
                   "3. Insatser 2027 ............................................ 3",
                   "4. Budget 2027 och plan 2028–2029 ............... 4",
                   "5. Uppföljning och rapportering ....................... 4"]:
            st.append(Paragraph(ln, ParagraphStyle("toc", parent=body, fontName="Courier", fontSize=9.5)))
        st.append(NextPageTemplate("portrait"))
        st.append(PageBreak())

        st.append(Paragraph("1. Om förbundet", h1))
        st.append(Paragraph(
            "Samordningsförbundet Mälarkusten bildades 2011 med stöd av lagen (2003:1210) om "
            "finansiell samordning av rehabiliteringsinsatser. Förbundets uppgift är att finansiera "
            "insatser som medlemmarna genomför gemensamt för personer som behöver samordnat stöd "
            "för att uppnå eller förbättra sin förmåga att förvärvsarbeta.", body))
        st.append(Paragraph(
            "Staten, genom Arbetsförmedlingen och Försäkringskassan, står för hälften av "
            "förbundets medel. Region Uppsala står för en fjärdedel och de tre kommunerna för "
            "en fjärdedel tillsammans. Förbundet har ett kansli med 1,6 årsarbetare: en "
            "förbundschef på heltid och en processledare på 60 procent. Kansliet är placerat i "
            "Enköping.", body))
        st.append(Paragraph("2. Mål och prioriteringar 2027", h1))
        st.append(Paragraph("Styrelsen har fastställt följande mål för 2027:", body))
        for t in [
            "<b>Mål 1.</b> Minst 35 procent av deltagarna som avslutar en individinriktad insats "
            "ska gå vidare till arbete eller studier.",
            "<b>Mål 2.</b> Minst 70 procent av deltagarna ska vid avslut uppge att de upplever "
            "ökad delaktighet och bättre förmåga att planera sin vardag.",
            "<b>Mål 3.</b> Fördelningen mellan kvinnor och män bland deltagarna ska motsvara "
            "målgruppens sammansättning med högst 10 procentenheters avvikelse.",
            "<b>Mål 4.</b> Minst två strukturövergripande aktiviteter per år ska genomföras för "
            "personal hos medlemmarna."]:
            st.append(Paragraph(t, bullet, bulletText="•"))
        st.append(Paragraph("Prioriterade målgrupper 2027", h2))
        st.append(Paragraph(
            "Under 2027 prioriteras unga vuxna som varken arbetar eller studerar, personer med "
            "psykisk ohälsa som står långt från arbetsmarknaden samt utrikes födda kvinnor med "
            "kort utbildning. Nya insatser ska kunna visa hur de blir en del av medlemmarnas "
            "ordinarie verksamhet när förbundets finansiering upphör.", body))
        st.append(NextPageTemplate("land"))
        st.append(PageBreak())

        st.append(Paragraph("3. Insatser 2027", h1))
        st.append(Paragraph("Tabell 3. Beviljade och planerade insatser 2027", h2))
        hdr = ["Insats", "Målgrupp", "Huvudman / utförare", "Period",
               "Deltagare 2027 (mål)", "Budget 2027, kr"]
        rows = [
            ["Steget Vidare", "Personer 20–64 år med ekonomiskt bistånd och långvarig ohälsa",
             "Enköpings kommun, arbetsmarknadsenheten", "2025-01-01 – 2027-12-31", "60", "2 350 000"],
            ["Unga Mälarkusten", "Unga 16–29 år som varken arbetar eller studerar, med misstänkt "
             "eller diagnostiserad NPF", "Håbo kommun i samverkan med Heby kommun",
             "2026-08-01 – 2028-07-31", "45", "1 900 000"],
            ["IPS – individanpassat stöd till arbete", "Personer 18–64 år i kontakt med "
             "specialistpsykiatrin", "Region Uppsala, vuxenpsykiatrin Enköping",
             "2027-01-01 – 2029-12-31", "40", "1 600 000"],
            ["Språk och hälsa*", "Utrikes födda kvinnor med kort utbildning och lång tid utan arbete",
             "Heby kommun", "2027-03-01 – 2028-02-29", "30", "850 000"],
            ["Samverkansdagar och kompetensutveckling (strukturinsats)", "Personal hos medlemmarna",
             "Förbundets kansli", "löpande", "–", "250 000"],
            ["Summa insatser", "", "", "", "175", "6 950 000"],
        ]
        data = [[Paragraph(h, cellb) for h in hdr]]
        for r in rows:
            st_ = cellb if r[0] == "Summa insatser" else cell
            data.append([Paragraph(x, st_) for x in r])
        t = Table(data, colWidths=[45 * mm, 70 * mm, 55 * mm, 38 * mm, 23 * mm, 26 * mm],
                  repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E6EA")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (4, 1), (5, -1), "RIGHT"),
            ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black),
        ]))
        st.append(t)
        st.append(Spacer(1, 4 * mm))
        st.append(Paragraph(
            "* Insatsen Språk och hälsa beviljas under förutsättning att Heby kommun har anställt en "
            "projektledare senast 2027-02-01. Om villkoret inte uppfylls återgår medlen till "
            "förbundets outnyttjade medel.", small))
        st.append(Paragraph(
            "En extern utvärdering av IPS-insatsen upphandlas under 2027 och finansieras med "
            "150 000 kr inom insatsens budget.", small))
        st.append(NextPageTemplate("portrait"))
        st.append(PageBreak())

        st.append(Paragraph("4. Budget 2027 och plan 2028–2029", h1))
        st.append(Paragraph(
            "Förbundets eget kapital beräknas uppgå till 2 150 tkr vid ingången av 2027. Styrelsen "
            "har beslutat att det egna kapitalet långsiktigt ska ligga på högst 20 procent av årets "
            "medlemsavgifter, vilket för 2027 motsvarar 1 520 tkr. Budgeten för 2027 innehåller "
            "därför ett planerat underskott på 500 tkr.", body))
        st.append(Paragraph("Tabell 4. Budget och plan, tkr", h2))
        bud = [
            ["", "Budget 2027", "Plan 2028", "Plan 2029"],
            ["Medlemsavgifter", "7 600", "7 600", "7 600"],
            ["Summa intäkter", "7 600", "7 600", "7 600"],
            ["Individinriktade insatser", "6 700", "6 200", "5 600"],
            ["Strukturinsatser", "250", "300", "300"],
            ["Kansli och styrelse", "1 150", "1 180", "1 210"],
            ["Summa kostnader", "8 100", "7 680", "7 110"],
            ["Årets resultat", "−500", "−80", "490"],
            ["Eget kapital vid årets slut", "1 650", "1 570", "2 060"],
        ]
        tb = Table(bud, colWidths=[70 * mm, 30 * mm, 30 * mm, 30 * mm])
        tb.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
            ("FONT", (0, 2), (-1, 2), "Helvetica-Bold", 9),
            ("FONT", (0, 6), (-1, 7), "Helvetica-Bold", 9),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 2), (-1, 2), 0.4, colors.grey),
            ("LINEABOVE", (0, 6), (-1, 6), 0.4, colors.grey),
            ("LINEBELOW", (0, 7), (-1, 7), 0.8, colors.black),
        ]))
        st.append(tb)
        st.append(Spacer(1, 5 * mm))
        st.append(Paragraph("Tabell 5. Medlemsavgifter 2027 per medlem, tkr", h2))
        mem = [
            ["Medlem", "Andel", "Avgift 2027"],
            ["Staten (Arbetsförmedlingen och Försäkringskassan)", "50 %", "3 800"],
            ["Region Uppsala", "25 %", "1 900"],
            ["Enköpings kommun¹", "", "1 076"],
            ["Håbo kommun¹", "", "504"],
            ["Heby kommun¹", "", "320"],
            ["Kommunerna sammantaget", "25 %", "1 900"],
            ["Summa", "100 %", "7 600"],
        ]
        tm = Table(mem, colWidths=[95 * mm, 25 * mm, 30 * mm])
        tm.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ("TEXTCOLOR", (0, 3), (0, 5), colors.HexColor("#333333")),
            ("LEFTPADDING", (0, 3), (0, 5), 14),
        ]))
        st.append(tm)
        st.append(Paragraph("¹ Kommunernas andel fördelas efter folkmängd den 1 november 2025.", small))
        st.append(Paragraph("5. Uppföljning och rapportering", h1))
        st.append(Paragraph(
            "Samtliga individinriktade insatser registrerar deltagare i SUS, det nationella "
            "uppföljningssystemet för finansiell samordning. Insatserna rapporterar till kansliet "
            "tertialvis, senast den 15 maj, den 15 september och den 15 januari.", body))
        st.append(Paragraph(
            "Delårsrapport per den 31 augusti 2027 lämnas till medlemmarna senast den 15 oktober "
            "2027. Styrelsen ska fastställa årsredovisningen för 2027 senast den 28 februari 2028. "
            "Medlemssamråd hålls två gånger per år, i mars och i september.", body))
        doc.build(st)
        return counter["n"]

    two_pass_build(build, path)


# ---------------------------------------------------------------------------
# 3. Kompetensplattform Västmanland - minutes written as a table
# ---------------------------------------------------------------------------

def make_kompetensplattform(path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9,
                          leading=11.5, spaceAfter=3)
    bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
    title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=15, leading=19,
                           spaceAfter=4)

    def P(txt, st=body):
        return Paragraph(txt, st)

    def build(target, total):
        counter = {"n": 0}

        def deco(c, doc):
            counter["n"] += 1
            w, h = A4
            c.saveState()
            c.setFont("Helvetica-Bold", 8)
            c.drawString(18 * mm, h - 12 * mm, "REGION VÄSTMANLAND")
            c.setFont("Helvetica", 8)
            c.drawRightString(w - 18 * mm, h - 12 * mm,
                              "Regional kompetensplattform · Arbetsgrupp vård och omsorg")
            c.setFont("Helvetica", 7.5)
            c.drawString(18 * mm, 10 * mm, "Minnesanteckningar 2026-11-18")
            c.drawRightString(w - 18 * mm, 10 * mm, f"Sid {doc.page} ({total})")
            c.restoreState()

        doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                topMargin=20 * mm, bottomMargin=18 * mm,
                                title="Minnesanteckningar arbetsgrupp vård och omsorg 2026-11-18",
                                author="Region Västmanland")
        st = [P("Minnesanteckningar – möte 4/2026", title),
              P("Regional kompetensplattform Västmanland, arbetsgrupp vård och omsorg", body),
              Spacer(1, 3 * mm)]
        head = [
            [P("Datum och tid", bold), P("2026-11-18 kl. 13.00–15.30")],
            [P("Plats", bold), P("Digitalt via Teams")],
            [P("Närvarande", bold), P(
                "Helena Grahn, Region Västmanland (ordförande), Johan Ek, Region Västmanland "
                "(antecknare), Lena Åberg, Västerås stad, Pia Sundström, Arbetsförmedlingen, "
                "Karin Holm, Vård- och omsorgscollege Västmanland, Ali Hassan, Köpings kommun, "
                "Maria Lindqvist, Sala kommun, Erik Nord, Surahammars kommun, Anna Berg, Kommunal "
                "Västmanland")],
            [P("Förhinder", bold), P("Fagersta kommun, Hallstahammars kommun")],
        ]
        th = Table(head, colWidths=[32 * mm, 142 * mm])
        th.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF1F4")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.grey),
        ]))
        st += [th, Spacer(1, 5 * mm)]

        rows = [
            ("1", "Mötets öppnande och föregående anteckningar",
             ["Ordförande Helena Grahn öppnade mötet och hälsade Anna Berg från Kommunal "
              "välkommen som ny ledamot.",
              "Anteckningarna från mötet 2026-09-16 lades till handlingarna utan kommentarer."],
             "–"),
            ("2", "Lägesbild undersköterskor",
             ["Johan Ek redovisade regionens prognos: länets arbetsgivare behöver rekrytera cirka "
              "1 350 undersköterskor fram till 2030, varav drygt hälften som ersättning för "
              "pensionsavgångar.",
              "Kommunerna uppgav att vakansgraden i hemtjänsten är högst i Sala och Fagersta. "
              "Köpings kommun har sedan i våras ett rekryteringsstopp för vikarier utan "
              "utbildning, vilket har minskat andelen timanställda."],
             "Ta fram underlag per kommun till nästa möte. Ansvarig: Johan Ek. Klart: 2027-01-31"),
            ("3", "Yrkesvux och språkstöd",
             ["Vuxenutbildningen i Västerås rapporterade att 212 personer antogs till vård- och "
              "omsorgsutbildningen inom yrkesvux under 2026, varav 64 i kombination med sfi eller "
              "svenska som andraspråk.",
              "Avbrotten är fler i de kombinerade spåren, 19 procent jämfört med 11 procent i de "
              "övriga. Gruppen diskuterade språkombud på arbetsplatserna som ett sätt att minska "
              "avbrotten under den arbetsplatsförlagda delen.",
              "Överenskommet: gruppen ställer sig bakom att en gemensam ansökan om medel för "
              "språkombud förbereds under våren 2027."],
             "Kartlägga behovet av språkombud på arbetsplatserna. Ansvarig: Lena Åberg, Västerås "
             "stad. Klart: 2027-02-15"),
            ("4", "Arbetsförmedlingen informerar",
             ["Pia Sundström informerade om att 38 deltagare har påbörjat arbetsmarknadsutbildningen "
              "Undersköterska, vård och omsorg under hösten 2026, fördelade på Västerås och Köping. "
              "Nästa upphandlade kursstart är planerad till vecka 10 2027.",
              "Arbetsförmedlingen betonade att arbetsgivarna behöver erbjuda fler platser för "
              "arbetsplatsförlagt lärande (APL). I dag saknas platser för ungefär 15 deltagare i "
              "vårens kursomgång."],
             "Kommunerna återkommer med APL-platser till Pia Sundström. Ansvarig: respektive "
             "kommun. Klart: 2026-12-18"),
            ("5", "Vård- och omsorgscollege",
             ["Karin Holm meddelade att Vård- och omsorgscollege Västmanland ska omcertifieras i "
              "mars 2027. Självvärderingen ska vara inskickad senast 2027-01-29 och alla "
              "huvudmän behöver bidra med uppgifter om antal APL-handledare."],
             "Samordna självvärderingen. Ansvarig: Karin Holm. Klart: 2027-01-29"),
            ("6", "Övriga frågor",
             ["Erik Nord, Surahammars kommun, lyfte frågan om en gemensam introduktion för "
              "timvikarier i länet. Punkten tas upp som egen punkt på nästa möte.",
              "Frågan om regional validering av baskompetens inom äldreomsorgen bordlades i "
              "väntan på Socialstyrelsens nya vägledning."],
             "–"),
            ("7", "Nästa möte",
             ["2027-02-24 kl. 09.00–11.30 i Regionhuset, Västerås, lokal Anundshög. Förhinder "
              "anmäls till Johan Ek."],
             "–"),
        ]
        data = [[P("Nr", bold), P("Punkt", bold), P("Information och diskussion", bold),
                 P("Åtgärd / ansvarig / klart", bold)]]
        for nr, pkt, paras, atg in rows:
            data.append([P(nr), P(pkt, bold), [P(x) for x in paras], P(atg)])
        t = LongTable(data, colWidths=[9 * mm, 33 * mm, 88 * mm, 44 * mm], repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8A949E")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D5DEE6")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        st.append(t)
        st.append(Spacer(1, 6 * mm))
        st.append(P("Vid anteckningarna: Johan Ek"))
        st.append(P("Anteckningarna skickas till gruppens ledamöter och publiceras i "
                    "kompetensplattformens samarbetsyta."))
        doc.build(st, onFirstPage=deco, onLaterPages=deco)
        return counter["n"]

    two_pass_build(build, path)


# ---------------------------------------------------------------------------
# 4. DOCX - rutin för rekryteringsträffar (Borås)
# ---------------------------------------------------------------------------

def _add_field(paragraph, instr):
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    r._r.append(t)
    r._r.append(f3)


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def make_rutin_docx(path):
    d = Document()
    d.core_properties.title = "Rutin för gemensamma rekryteringsträffar"
    d.core_properties.author = "Arbetsförmedlingen Borås"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    fh = sec.first_page_header
    p = fh.paragraphs[0]
    r = p.add_run("Arbetsförmedlingen  |  Borås Stad, Arbetslivsförvaltningen")
    r.bold = True
    r.font.size = Pt(10)
    p2 = fh.add_paragraph()
    r = p2.add_run("RUTIN\tDnr Af-2026/0078213\tVersion 1.2")
    r.font.size = Pt(9)
    hdr = sec.header.paragraphs[0]
    r = hdr.add_run("Rutin för gemensamma rekryteringsträffar – version 1.2 – 2026-09-01")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    for ft in (sec.footer, sec.first_page_footer):
        fp = ft.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.add_run("Sida ")
        _add_field(fp, "PAGE")
        fp.add_run(" av ")
        _add_field(fp, "NUMPAGES")

    d.add_heading("Rutin för gemensamma rekryteringsträffar", level=0)
    p = d.add_paragraph()
    p.add_run("Gäller för: ").bold = True
    p.add_run("Arbetsförmedlingen, lokalt kontor Borås, och Borås Stad, Arbetslivsförvaltningen\n")
    p.add_run("Fastställd: ").bold = True
    p.add_run("2026-09-01 av sektionschef Marie Lund (Arbetsförmedlingen) och avdelningschef "
              "Tomas Engdahl (Arbetslivsförvaltningen)\n")
    p.add_run("Giltig till: ").bold = True
    p.add_run("2027-08-31 eller tills vidare efter revidering")

    d.add_heading("1 Syfte och omfattning", level=1)
    d.add_paragraph(
        "Rutinen beskriver hur Arbetsförmedlingen och Borås Stad planerar, genomför och följer upp "
        "gemensamma rekryteringsträffar. En rekryteringsträff är ett tillfälle där en eller flera "
        "arbetsgivare träffar ett urval av arbetssökande som matchats mot arbetsgivarens lediga "
        "tjänster. Rutinen gäller träffar i Borås, Mark, Svenljunga och Tranemo när Borås Stad är "
        "medarrangör.")

    d.add_heading("2 Begrepp", level=1)
    for term, defn in [
        ("Ansvarig handläggare", "den handläggare på Arbetsförmedlingen som har huvudansvaret för "
                                 "träffen och kontakten med arbetsgivaren."),
        ("Jobbcoach", "medarbetare på Arbetslivsförvaltningen som förbereder deltagare som har "
                      "insatser hos kommunen."),
        ("Träffloggen", "den gemensamma Excel-filen där varje träff och dess utfall registreras."),
    ]:
        p = d.add_paragraph(style="List Bullet")
        p.add_run(term + " – ").bold = True
        p.add_run(defn)

    d.add_heading("3 Förutsättningar", level=1)
    d.add_heading("3.1 Krav på arbetsgivaren", level=2)
    d.add_paragraph(
        "Arbetsgivaren ska ha minst tre lediga tjänster med tillträde inom tre månader. "
        "Tjänsterna ska ha kollektivavtalsenliga eller motsvarande villkor och arbetsgivaren ska "
        "vara kontrollerad enligt Arbetsförmedlingens ordinarie arbetsgivarkontroll innan "
        "inbjudan skickas.")
    d.add_heading("3.2 Antal deltagare", level=2)
    d.add_paragraph(
        "Högst 25 arbetssökande bjuds in per träff. Vid fler än 12 anmälda deltagare ska två "
        "handläggare från Arbetsförmedlingen eller en handläggare och en jobbcoach närvara under "
        "hela träffen.")
    d.add_heading("3.3 Lokal", level=2)
    d.add_paragraph(
        "I första hand används Arbetsmarknadstorget, Österlånggatan 5 i Borås, som bokas via "
        "Arbetslivsförvaltningens reception. Träffen kan också hållas hos arbetsgivaren om "
        "lokalen är tillgänglig för personer med funktionsnedsättning.")

    d.add_heading("4 Arbetsgång", level=1)
    d.add_heading("4.1 Planering", level=2)
    d.add_paragraph(
        "Ansvarig handläggare gör en behovsanalys tillsammans med arbetsgivaren senast sex veckor "
        "före träffen. Då bestäms kravprofil, upplägg och om arbetsprov ska ingå.")
    d.add_heading("4.2 Urval och inbjudan", level=2)
    d.add_paragraph(
        "Urvalet görs gemensamt av handläggare och jobbcoach. Inbjudan skickas till de utvalda "
        "senast tio arbetsdagar före träffen, via Mina sidor eller brev. Behövs tolk ska den "
        "bokas senast fem arbetsdagar före träffen.")
    d.add_heading("4.3 Genomförande", level=2)
    d.add_paragraph(
        "Träffen inleds med en presentation av arbetsgivaren och tjänsterna, följd av korta "
        "enskilda samtal. Handläggaren noterar vilka deltagare arbetsgivaren vill gå vidare med.")
    d.add_heading("4.4 Uppföljning", level=2)
    d.add_paragraph(
        "30 och 90 dagar efter träffen följer ansvarig handläggare upp med arbetsgivaren vilka "
        "deltagare som har anställts och med vilken anställningsform. Utfallet registreras i "
        "Träffloggen. Jobbcoachen följer upp de deltagare som inte gick vidare.")

    d.add_heading("5 Ansvarsfördelning", level=1)
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 0).text = "Moment"
    t.cell(0, 1).merge(t.cell(0, 2))
    t.cell(0, 1).text = "Ansvar"
    t.cell(1, 1).text = "Arbetsförmedlingen"
    t.cell(1, 2).text = "Borås Stad"
    for rr in [
        ("Arbetsgivarkontakt och behovsanalys", "Ansvarig handläggare", "–"),
        ("Urval av deltagare", "Handläggare", "Jobbcoach (deltagare med kommunala insatser)"),
        ("Lokal och förtäring", "–", "Arbetslivsförvaltningen"),
        ("Tolkbokning", "Handläggare", "Jobbcoach för egna deltagare"),
        ("Uppföljning efter 30 och 90 dagar", "Ansvarig handläggare", "Jobbcoach"),
    ]:
        cells = t.add_row().cells
        for k, v in enumerate(rr):
            cells[k].text = v
    for cc in (t.cell(0, 0), t.cell(0, 1), t.cell(1, 1), t.cell(1, 2)):
        _shade(cc, "D9E2F3")
        for pp in cc.paragraphs:
            for rn in pp.runs:
                rn.bold = True

    d.add_heading("6 Kostnader", level=1)
    d.add_paragraph(
        "Förtäring får kosta högst 75 kronor per deltagare och betalas av Borås Stad inom ramen "
        "för budgeten för arbetsmarknadsinsatser. Ingen lokalhyra tas ut när Arbetsmarknadstorget "
        "används. Kostnader för tolk betalas av den part som bokat tolken.")

    d.add_heading("7 Tidslinje", level=1)
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for k, v in enumerate(["När", "Aktivitet", "Ansvarig"]):
        t2.rows[0].cells[k].text = v
        _shade(t2.rows[0].cells[k], "D9E2F3")
    for rr in [
        ("6 veckor före", "Behovsanalys med arbetsgivaren, lokal bokas", "Handläggare"),
        ("4 veckor före", "Urval av deltagare", "Handläggare och jobbcoach"),
        ("10 arbetsdagar före", "Inbjudan skickas", "Handläggare"),
        ("5 arbetsdagar före", "Tolk bokas vid behov, förtäring beställs", "Handläggare / jobbcoach"),
        ("Träffdagen", "Genomförande", "Båda"),
        ("30 och 90 dagar efter", "Uppföljning, registrering i Träffloggen", "Ansvarig handläggare"),
    ]:
        cells = t2.add_row().cells
        for k, v in enumerate(rr):
            cells[k].text = v

    # landscape section with checklist
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = s2.page_height, s2.page_width
    d.add_heading("Bilaga 1 – Checklista inför rekryteringsträff", level=1)
    t3 = d.add_table(rows=1, cols=4)
    t3.style = "Table Grid"
    for k, v in enumerate(["Klart", "Kontrollpunkt", "Ansvarig", "Kommentar"]):
        t3.rows[0].cells[k].text = v
        _shade(t3.rows[0].cells[k], "E2EFD9")
    for rr in [
        ("☐", "Arbetsgivaren har minst tre lediga tjänster med tillträde inom tre månader", "Handläggare", ""),
        ("☐", "Arbetsgivarkontroll genomförd", "Handläggare", ""),
        ("☐", "Lokal bokad och tillgänglighet kontrollerad", "Handläggare", ""),
        ("☐", "Högst 25 inbjudna, två ansvariga på plats om fler än 12 anmälda", "Handläggare", ""),
        ("☐", "Tolk bokad (senast 5 arbetsdagar före)", "Handläggare / jobbcoach", ""),
        ("☐", "Förtäring beställd (högst 75 kr per deltagare)", "Jobbcoach", ""),
        ("☐", "Träffen registrerad i Träffloggen", "Handläggare", ""),
    ]:
        cells = t3.add_row().cells
        for k, v in enumerate(rr):
            cells[k].text = v

    d.add_heading("Revisionshistorik", level=2)
    t4 = d.add_table(rows=1, cols=4)
    t4.style = "Table Grid"
    for k, v in enumerate(["Version", "Datum", "Ändring", "Beslutad av"]):
        t4.rows[0].cells[k].text = v
    for rr in [
        ("1.0", "2025-02-10", "Ny rutin", "Marie Lund, Tomas Engdahl"),
        ("1.1", "2025-10-01", "Uppföljning efter 90 dagar tillagd", "Marie Lund"),
        ("1.2", "2026-09-01", "Högsta antal inbjudna höjt från 20 till 25; krav på tolkbokning "
                              "senast fem arbetsdagar före; Tranemo tillagt", "Marie Lund, Tomas Engdahl"),
    ]:
        cells = t4.add_row().cells
        for k, v in enumerate(rr):
            cells[k].text = v
    d.save(path)


# ---------------------------------------------------------------------------
# 5. TXT - OCR of a scanned letter from Ljusdal
# ---------------------------------------------------------------------------

LJUSDAL_TXT = """\
                                             ARBETSFÖRMEDLINGEN
                                             INKOM   2026 -10- 21
                                             Dnr Af-2026/0041872
                                             Handl: ...........

 LJUSDALS KOMMUN          |                     Ljusdal den 14 oktober 2026
 Kommunstyrelsen

                                             Arbetsförmedlingen
                                             Att: Generaldirektören
                                             113 99 Stockholm


 Skrivelse angående Arbetsförrnedlingens lokala närvaro i Ljusdals kommun

 Ljusdals kommun, Företagarna Ljusdal och Ljusdals Näringslivsråd vänder sig
 gemensamt till Arbetsförmedlingen med anledning av den bristande tillgången
 till persona1 service för arbetssökande och arbetsgivare i kommunen.

 Sedan Arbetsförmedlingens kontor i Ljusdal stängde i mars 2024 hänvisas
 kommunens invånare till digitala tjänster eller till kontoret i Bollnäs.
 Närmaste kontor med personlig service ligger cirka 6 mil bort. Med kollek-
 tivtrafik tar en resa tur och retur normalt mer än fyra timmar, vilket i
 praktiken gör ett besök till en heldag för den som saknar bil.

 I september 2026 var 1 045 personer inskrivna som arbetslösa i kommunen,
 vilket motsvarar 10,8 procent av den registerbaserade arbetskraften. Mot-
 svarande andel för riket var 6,9 procent. Andelen som varit inskrivna
 längre än två år har ökat, och många av dem har behov av stöd som är
 svårt att ge enbart digitalt, till exempel på grund av begränsade kun-
 skaper i svenska eller bristande digital vana.
 ~
 Även arbetsgivarna märker av avståndet. I en enkät till 112 lokala
 arbetsgivare i augusti 2026 svarade 71 procent att de saknar en fast
 kontakt på Arbetsförmedlingen, och flera företag inom vård, trä-
 industri och besöksnäring uppger att de avstått från att anmäla lediga
 platser.

 ----------------------------------------------------------------------------
 Ljusdals kommun | Kommunstyrelsen | 827 80 Ljusdal | www.ljusdal.se
\f
                                  -2-

 Mot denna bakgrund begär vi

   1.  att Arbetsförmedlingen återinför personlig service i Ljusdal minst
       två dagar i veckan från och med den 1 mars 2027,

   2.  att en namngiven arbetsgivarkontakt utses för företagen i kommunen,

   3.  att Arbetsförmedlingen deltar i kommunens lokala jobbspår inom vård
       och industri under 2027, samt

   4.  att myndigheten utreder en samlokalisering med kommunens medborgar-
       kontor.

 Kommunen kan utan kostnad upplåta två arbetsrum och ett mötesrum i
 Kommunhuset under 2027 för att underlätta en återetablering. Kommunen
 står även för bredband och reception under kontorstid.

 Vi ber om ett skriftligt svar senast den 30 november 2026 och föreslår
 ett möte i Ljusdal under december rnånad.

 Med vänlig hälsning


 Marie Nordin                 Tomas Berglund             Sara Lindh
 Kommunstyre1sens             Ordförande                 Ordförande
 ordförande                   Företagarna Ljusdal        Ljusdals
 Ljusdals kommun                                         Näringslivsråd


 Kopia: Arbetsförmedlingen, marknadsområde Region Mitt; Region Gävleborg;
 Länsstyrelsen Gävleborg

 ----------------------------------------------------------------------------
 Ljusdals kommun | Kommunstyrelsen | 827 80 Ljusdal | www.ljusdal.se

 [handskrivet:]  Besvaras av MO-chef Region Mitt. Utkast till svar
                 klart 27/11 - J.S.     |
"""


# ---------------------------------------------------------------------------
# 6. Markdown - project wiki page
# ---------------------------------------------------------------------------

VIND_MD = """\
---
title: "Vindkraftslyftet – projektsida"
status: Pågående
ägare: Region Jämtland Härjedalen, Regional utveckling
projektledare: Jonas Ölund
uppdaterad: 2026-11-27
taggar: [kompetensförsörjning, vindkraft, yrkesutbildning, Strömsund, Bräcke]
---

# Vindkraftslyftet – utbildning av vindkraftstekniker i Jämtland Härjedalen

> [!NOTE]
> Sidan är projektgruppens arbetsyta och uppdateras löpande. Fastställda beslut finns i
> [beslutsloggen](#beslutslogg). Projektplanen finns som [PDF](./Projektplan%20v2.pdf).

## Kort om projektet

| | |
|---|---|
| **Projektperiod** | 2026-06-01 – 2028-12-31 |
| **Projektägare** | Region Jämtland Härjedalen |
| **Medverkande kommuner** | Strömsunds kommun, Bräcke kommun |
| **Praktikföretag** | Fjällvind Drift AB, Nordvind Service AB, Storsjö Energiteknik AB |
| **Kontakt** | Jonas Ölund, projektledare |

Projektet ska utbilda vindkraftstekniker för drift och underhåll av de vindkraftsparker som
byggts i norra och östra Jämtland. Arbetsgivarna uppger att de i dag rekryterar en stor del av
sina tekniker från andra län och från Tyskland och Danmark, och att personalomsättningen är hög
när teknikerna veckopendlar.

## Utbildningen

* 40 veckor, varav 12 veckor praktik hos ett av praktikföretagen.
* Teoridelarna ges på distans med fysiska träffar i Strömsund var tredje vecka.
* I utbildningen ingår GWO Basic Safety Training[^1] samt behörighet för arbete i höjd och
  elsäkerhet (ESA Vattenfall).
* Antagning hösten 2026: 58 sökande, 16 antagna och 6 på reservlista.
* Inskrivna hos Arbetsförmedlingen kan delta med bibehållet aktivitetsstöd om utbildningen
  ingår i deras handlingsplan. Kontaktperson på Arbetsförmedlingen Östersund: Lina Persson.

Ingångslönen för nyutbildade tekniker ligger enligt arbetsgivarna på 33 000–36 000 kronor per
månad[^2].

## Finansiering

<table>
  <thead>
    <tr><th>Typ</th><th>Finansiär</th><th>Belopp (kr)</th></tr>
  </thead>
  <tbody>
    <tr><td rowspan="3">Offentlig</td><td>Region Jämtland Härjedalen (regionala utvecklingsmedel)</td><td>2 100 000</td></tr>
    <tr><td>Strömsunds kommun</td><td>600 000</td></tr>
    <tr><td>Bräcke kommun</td><td>400 000</td></tr>
    <tr><td rowspan="2">Privat</td><td>Praktikföretagen, in natura (handledning)</td><td>1 100 000</td></tr>
    <tr><td>Praktikföretagen, kontant</td><td>900 000</td></tr>
    <tr><td colspan="2"><b>Summa</b></td><td><b>5 100 000</b></td></tr>
  </tbody>
</table>

## Tidplan

```mermaid
gantt
    title Vindkraftslyftet
    dateFormat  YYYY-MM-DD
    section Förberedelse
    Upphandling GWO-utbildning   :done,    a1, 2026-06-15, 2026-11-30
    Antagning                    :done,    a2, 2026-09-01, 2026-11-25
    section Utbildning
    Utbildningsomgång 1          :active,  b1, 2027-01-18, 40w
    Praktik omgång 1             :         b2, 2027-08-16, 12w
    section Avslut
    Utvärdering och slutrapport  :         c1, 2028-09-01, 2028-12-31
```

## Beslutslogg

| Datum | Beslut | Fattat av |
|---|---|---|
| 2026-06-12 | Projektplan v1 fastställd. Utbildningsstart 2026-10-05 med 12 platser. | Styrgrupp |
| 2026-09-02 | Upphandlingen av GWO-moduler avbröts efter överprövning; ny upphandling startas. | Styrgrupp |
| 2026-10-07 | Utbildningsstarten flyttas från 2026-10-05 till 2027-01-18 eftersom upphandlingen av GWO-utbildningen har försenats. | Styrgrupp |
| 2026-11-18 | Antalet platser utökas från 12 till 16 sedan Fjällvind Drift AB åtagit sig fyra extra praktikplatser. | Styrgrupp |

## Att göra

- [x] Teckna praktikavtal med de tre praktikföretagen
- [x] Skicka antagningsbesked
- [ ] Boka boende i Strömsund för de fysiska träffarna – @Jonas senast 2026-12-15
- [ ] Beställa skyddsutrustning till 16 deltagare – @Maja
- [ ] Skicka lägesrapport till Region Jämtland Härjedalen senast 2027-01-31 – @Jonas

## Risker

> [!WARNING]
> Enligt villkor 4 i stödbeslutet kan regionen kräva tillbaka en del av stödet om färre än
> 12 deltagare fullföljer utbildningen. Avhopp ska därför rapporteras till projektledaren
> samma vecka.

| Risk | Sannolikhet | Konsekvens | Åtgärd |
|---|---|---|---|
| Avhopp under teoridelen | Medel | Hög | Mentor från praktikföretaget från vecka 1 |
| Brist på boende vid praktik | Hög | Medel | Förhandsbokning via kommunerna |
| Ny försening av GWO-leverantör | Låg | Hög | Option på reservleverantör i avtalet |

[^1]: GWO = Global Wind Organisation, branschens standard för säkerhetsutbildning.
[^2]: Uppgiften kommer från samtal med praktikföretagen i oktober 2026 och är inte kontrollerad mot lönestatistik.
"""


def main():
    if len(sys.argv) != 2:
        print("usage: python r132_make_files.py OUT_DIR")
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_varselplan(os.path.join(out, "r132_varselplan_sormland_remiss.pdf"))
    make_samordningsforbund(os.path.join(out, "r132_samordningsforbund_malarkusten_vp2027.pdf"))
    make_kompetensplattform(os.path.join(out, "r132_kompetensplattform_vo_2026-11-18.pdf"))
    make_rutin_docx(os.path.join(out, "r132_rutin_rekryteringstraffar_boras.docx"))
    with open(os.path.join(out, "r132_skrivelse_ljusdal_ocr.txt"), "w", encoding="utf-8") as f:
        f.write(LJUSDAL_TXT)
    with open(os.path.join(out, "r132_vindkraftslyftet_projektsida.md"), "w", encoding="utf-8") as f:
        f.write(VIND_MD)
    for fn in sorted(os.listdir(out)):
        if fn.startswith("r132_"):
            print(fn, os.path.getsize(os.path.join(out, fn)))


if __name__ == "__main__":
    main()
