"""r136 test documents - run as: python r136_make_files.py OUT_DIR

Writes six invented (but plausible) Swedish documents for a test round of the
regional-development / Arbetsförmedlingen question-answering assistant.
Only stdlib, reportlab and python-docx are used.

1. r136_arsredovisning_sf_norra_bohuslan_2025.pdf  (PDF, reportlab platypus, ~5 pages)
   Samordningsförbundet Norra Bohuslän, "Årsredovisning 2025" (Finsam annual
   accounts). Layout traits: coloured title band on page 1 only, running
   header (association | document) from page 2, footer with org.nr and
   "Sida N av M"; numbered headings (1, 1.1 ...); justified body text with
   soft-hyphen hyphenation; bullet list of the year's events; a
   five-year key-figure table with years as columns (2025 ... 2021) and a
   footnote mark inside a cell; an activities table with a Summa row;
   FINANCIAL STATEMENTS (resultaträkning, balansräkning) with a "Not" column
   referring to NOTES on a later page (Not 1-6, some as small tables);
   page-bottom footnotes (superscript marks 1-3, text drawn at the foot of the
   page where the mark appears); a two-column signature block.

2. r136_kompetensbrevet_kronoberg_nr3_2026.pdf  (PDF, reportlab platypus, 4 pages)
   Newsletter "Kompetensbrevet nr 3, november 2026" (Region Kronoberg and
   Arbetsförmedlingen). Layout traits: masthead band on page 1, page 1 split
   into a wide article column and a narrow shaded SIDEBAR (contents with page
   numbers, a big "Siffran" key figure, a Kalendarium); the lead article
   JUMPS: "» Forts. på sidan 3" on page 1 and "(forts. från sidan 1)" on
   page 3, where its budget and goals are; pages 2-4 in two justified,
   hyphenated columns; a grey photo placeholder with caption; a "Kort om"
   notice block; a narrow-column course table (Utbildning | Ort | Start);
   a column with a signed op-ed; a boxed colophon; footer
   "Kompetensbrevet nr 3 · november 2026 · sida N".

3. r136_remissvar_utkast_nykoping_sou_2026_38.docx  (DOCX, python-docx + raw XML)
   Nyköpings kommun, DRAFT consultation response on an (invented)
   SOU 2026:38 about young people outside work and studies. Layout traits:
   TRACKED CHANGES (w:ins / w:del by two authors, not accepted - e.g. the
   position on section 9.1, the cost estimate and the KS meeting date are
   changed), Word COMMENTS (one unresolved question), trackRevisions on in
   settings, Word header "UTKAST 3 ..." and a footer with a PAGE field,
   a key-value table (Dnr, Ert dnr, Handläggare), Heading 1/2 styles.

4. r136_leader_ansokan_tranemo_verkstad.docx  (DOCX, python-docx + raw XML)
   A filled-in FORM: "Ansökan om stöd - Leader Sjuhärad" for the project
   "Tranemo Verkstad". Layout traits: the whole form is a table with
   numbered field labels (1.1, 1.2 ...) in a grey left column; the answers
   are Word CONTENT CONTROLS (inline w:sdt in the paragraph, block-level
   w:sdt for the description); CHECKBOX content controls (w14:checkbox with
   ☒/☐); NESTED TABLES inside form cells (indicators, budget per year,
   financing); an empty placeholder control ("Klicka eller tryck här för
   att ange text.") for the LAG decision, which is therefore NOT in the
   document.

5. r136_protokollsutdrag_ockelbo_ks_2026-11-24.txt  (TXT, Windows-1252, CRLF)
   "Utdrag ur sammanträdesprotokoll", Ockelbo kommun, Kommunstyrelsen
   2026-11-24, § 143 (local agreement with Arbetsförmedlingen 2027-2028,
   with motions, a vote order, numbered decisions and a reservation) and
   § 144 (introduktionsjobb in elderly care). Layout traits: old-system
   export in cp1252 with CRLF line ends, a space-aligned two-column letterhead
   repeated with "Sida 7 (15)" / "Sida 8 (15)" markers from the original
   protocol, hard-wrapped lines at ~72 characters, "Justerandes signatur"
   and "Utdragsbestyrkande" lines, "Expedieras" lists, a notice-board line.

6. r136_metodstod_stegforflyttning_vagen_vidare.md  (Markdown)
   Method guide for measuring "stegförflyttning" in the (invented) ESF+
   project "Vägen vidare" (Värnamo, Gislaved, Gnosjö). Layout traits:
   Markdown-Extra DEFINITION LISTS ("Term" / ": definition"), GFM
   FOOTNOTES ([^1] ... [^3]), a linked table of contents with anchors,
   a table with <br> line breaks and an escaped pipe (\\|) inside cells,
   a nested numbered/bulleted list, reference-style links, an HTML comment,
   a results table with target vs outcome.
"""
import io
import os
import re
import sys
import zipfile

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame,
                                FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
_FONTS_DONE = False


def register_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    for name, fn in [("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                     ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Sans", "DejaVuSans.ttf"),
                     ("Sans-B", "DejaVuSans-Bold.ttf"), ("Sans-I", "DejaVuSans-Oblique.ttf"),
                     ("SansC", "DejaVuSansCondensed.ttf"), ("SansC-B", "DejaVuSansCondensed-Bold.ttf")]:
        path = os.path.join(FONT_DIR, fn)
        if os.path.exists(path):
            pdfmetrics.registerFont(TTFont(name, path))
        else:
            sys.exit("missing font %s (install fonts-dejavu-core)" % path)
    from reportlab.lib.fonts import addMapping
    addMapping("Serif", 0, 0, "Serif"); addMapping("Serif", 1, 0, "Serif-B")
    addMapping("Serif", 0, 1, "Serif-I"); addMapping("Serif", 1, 1, "Serif-B")
    addMapping("Sans", 0, 0, "Sans"); addMapping("Sans", 1, 0, "Sans-B")
    addMapping("Sans", 0, 1, "Sans-I"); addMapping("Sans", 1, 1, "Sans-B")
    _FONTS_DONE = True


# --------------------------------------------------------------------------
# crude Swedish hyphenation with soft hyphens (only long lower-case words)
VOW = set("aeiouyåäöéAEIOUYÅÄÖÉ")


def _hyph_word(w):
    if len(w) < 11 or not w.isalpha() or w[0].isupper():
        return w
    out, last = [], 0
    for i in range(3, len(w) - 3):
        if w[i] not in VOW and w[i + 1] in VOW and i - last >= 3:
            out.append(w[last:i])
            last = i
    out.append(w[last:])
    return "\xad".join(out)


def hy(text):
    parts = re.split(r"(<[^>]+>)", text)
    res = []
    for p in parts:
        if p.startswith("<"):
            res.append(p)
        else:
            res.append(re.sub(r"[A-Za-zÅÄÖåäöéü]+", lambda m: _hyph_word(m.group(0)), p))
    return "".join(res)


# --------------------------------------------------------------------------
# footnotes drawn at the bottom of the page where their anchor lands
class FootnoteAnchor(Flowable):
    def __init__(self, registry, mark, text):
        super().__init__()
        self.registry, self.mark, self.text = registry, mark, text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        self.registry.setdefault(self.canv.getPageNumber(), []).append((self.mark, self.text))


def build_twice(path, make_doc, make_story):
    """Build once to count pages, then again with the total known."""
    buf = io.BytesIO()
    doc = make_doc(buf, total=0)
    doc.build(make_story())
    total = doc.page
    doc = make_doc(path, total=total)
    doc.build(make_story())
    return total


# ==========================================================================
# 1. Annual report, Samordningsförbundet Norra Bohuslän
# ==========================================================================
def make_arsredovisning(out):
    register_fonts()
    path = os.path.join(out, "r136_arsredovisning_sf_norra_bohuslan_2025.pdf")
    W, H = A4
    LM, RM, TM, BM = 25 * mm, 22 * mm, 24 * mm, 40 * mm
    notes = {}
    GREEN = colors.HexColor("#1f5f5b")

    body = ParagraphStyle("b", fontName="Serif", fontSize=9.6, leading=13.2, alignment=TA_JUSTIFY,
                          embeddedHyphenation=1, hyphenationLang="sv_SE", spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName="Sans-B", fontSize=13.5, leading=17, textColor=GREEN,
                        spaceBefore=10, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="Sans-B", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3)
    bul = ParagraphStyle("bul", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2)
    cap = ParagraphStyle("cap", fontName="Sans-B", fontSize=8.6, leading=11, spaceBefore=4, spaceAfter=3)
    small = ParagraphStyle("sm", fontName="Sans", fontSize=7.6, leading=9.5, textColor=colors.HexColor("#333333"))
    cell = ParagraphStyle("c", fontName="Sans", fontSize=8.2, leading=10)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Sans-B")

    def P(t, st=body):
        return Paragraph(hy(t) if st in (body, bul) else t, st)

    def fn(mark, text):
        return FootnoteAnchor(notes, mark, text)

    def on_first(c, doc):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, H - 62 * mm, W, 62 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans-B", 11)
        c.drawString(LM, H - 18 * mm, "SAMORDNINGSFÖRBUNDET NORRA BOHUSLÄN")
        c.setFont("Sans", 8.5)
        c.drawString(LM, H - 23.5 * mm, "Lysekil · Munkedal · Sotenäs · Strömstad · Tanum · Västra Götalandsregionen · "
                                        "Försäkringskassan · Arbetsförmedlingen")
        c.setFont("Sans-B", 26)
        c.drawString(LM, H - 41 * mm, "Årsredovisning 2025")
        c.setFont("Sans", 9.5)
        c.drawString(LM, H - 50 * mm, "Fastställd av styrelsen 2026-02-27, § 9  ·  Dnr SFNB 2026/004")
        c.restoreState()
        on_end(c, doc)

    def on_later(c, doc):
        c.saveState()
        c.setFont("Sans", 7.8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(LM, H - 14 * mm, "Samordningsförbundet Norra Bohuslän")
        c.drawRightString(W - RM, H - 14 * mm, "Årsredovisning 2025")
        c.setStrokeColor(GREEN); c.setLineWidth(0.6)
        c.line(LM, H - 15.8 * mm, W - RM, H - 15.8 * mm)
        c.restoreState()
        on_end(c, doc)

    def on_end(c, doc):
        pass

    def page_end(c, doc):
        c.saveState()
        pn = c.getPageNumber()
        lst = sorted(notes.get(pn, []))
        if lst:
            paras = []
            for mark, text in lst:
                p = Paragraph("<super>%s</super> %s" % (mark, text), small)
                w, h = p.wrap(W - LM - RM, 30 * mm)
                paras.append((p, h))
            y = 17 * mm + sum(h + 1.5 for _, h in paras)
            c.setLineWidth(0.4); c.setStrokeColor(colors.black)
            c.line(LM, y + 2 * mm, LM + 45 * mm, y + 2 * mm)
            for p, h in paras:
                p.drawOn(c, LM, y - h)
                y -= h + 1.5
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.line(LM, 14 * mm, W - RM, 14 * mm)
        c.drawString(LM, 10 * mm, "Org.nr 222000-3187  ·  Box 118, 452 22 Strömstad")
        c.drawRightString(W - RM, 10 * mm, "Sida %d av %d" % (pn, doc._r136_total or pn))
        c.restoreState()

    def make_doc(target, total):
        d = BaseDocTemplate(target, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                            bottomMargin=BM, title="Årsredovisning 2025 - Samordningsförbundet Norra Bohuslän",
                            author="Annika Strandberg")
        d._r136_total = total
        f1 = Frame(LM, BM, W - LM - RM, H - 70 * mm - BM, id="f1")
        f2 = Frame(LM, BM, W - LM - RM, H - TM - BM, id="f2")
        d.addPageTemplates([PageTemplate("first", [f1], onPage=on_first, onPageEnd=page_end),
                            PageTemplate("later", [f2], onPage=on_later, onPageEnd=page_end)])
        return d

    def tbl(data, widths, num_cols_from=1, bold_rows=(), head_rows=1, extra=()):
        rows = []
        for r, row in enumerate(data):
            new = []
            for ci, v in enumerate(row):
                st = cellb if (r < head_rows or r in bold_rows) else cell
                if ci >= num_cols_from:
                    st = ParagraphStyle("n%d%d" % (r, ci), parent=st, alignment=TA_RIGHT)
                new.append(Paragraph(str(v), st))
            rows.append(new)
        t = Table(rows, colWidths=widths, repeatRows=head_rows)
        style = [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                 ("LINEBELOW", (0, head_rows - 1), (-1, head_rows - 1), 0.6, colors.black),
                 ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                 ("BACKGROUND", (0, 0), (-1, head_rows - 1), colors.HexColor("#e3eeed"))]
        for br in bold_rows:
            style.append(("LINEABOVE", (0, br), (-1, br), 0.5, colors.black))
        style.extend(extra)
        t.setStyle(TableStyle(style))
        return t

    def story():
        notes.clear()
        s = [NextPageTemplate("later")]
        s.append(Paragraph("Innehåll", h2))
        for line in ["1 Förvaltningsberättelse", "2 Resultaträkning", "3 Balansräkning", "4 Noter",
                     "5 Underskrifter"]:
            s.append(Paragraph(line, ParagraphStyle("toc", parent=cell, fontSize=9, leading=12, leftIndent=6)))
        s.append(Spacer(1, 4 * mm))
        s.append(Paragraph("1 Förvaltningsberättelse", h1))
        s.append(Paragraph("1.1 Uppdrag och organisation", h2))
        s.append(P("Samordningsförbundet Norra Bohuslän bildades 2009 med stöd av lagen (2003:1210) om finansiell "
                   "samordning av rehabiliteringsinsatser. Förbundets uppdrag är att finansiera och stödja "
                   "samverkan mellan medlemmarna så att personer i arbetsför ålder som behöver samordnade "
                   "rehabiliteringsinsatser når eller närmar sig egen försörjning. Medlemmar är Försäkringskassan, "
                   "Arbetsförmedlingen, Västra Götalandsregionen samt kommunerna Lysekil, Munkedal, Sotenäs, "
                   "Strömstad och Tanum."))
        s.append(P("Styrelsen består av åtta ledamöter, en från varje medlem, och har under 2025 haft sex "
                   "sammanträden. Ordförande är Mats Hedlund (Strömstads kommun) och vice ordförande Lena "
                   "Granath (Västra Götalandsregionen). Förbundets kansli består av förbundschef Annika "
                   "Strandberg (1,0 årsarbetare) och en samordnare på halvtid, totalt 1,5 årsarbetare. "
                   "Lysekils kommun sköter ekonomiadministrationen enligt avtal."))
        s.append(Paragraph("1.2 Viktiga händelser under året", h2))
        for t in ["En ny förbundsordning antogs av samtliga medlemmar och gäller från 2025-07-01.",
                  "Styrelsen beslutade 2025-05-16 att förlänga insatsen Kraftsamling Tanum till och med 2026-12-31.",
                  "Förbundet medfinansierade ESF+-projektet Jobbnav Bohuslän med 870 tkr under året.",
                  "Styrelsen beslutade 2025-11-14 att använda 1 000 tkr av det egna kapitalet under 2026 "
                  "för att minska överskottet i enlighet med rekommendationen från Nationella rådet.",
                  "En extern utvärdering av Hälsoteamet Sotenäs genomfördes under hösten; "
                  "slutrapporten lämnades 2025-12-05."]:
            s.append(Paragraph(hy(t), bul, bulletText="•"))
        s.append(Paragraph("1.3 Fem år i sammandrag", h2))
        s.append(Paragraph("Tabell 1. Nyckeltal 2021–2025 (tkr om inte annat anges)", cap))
        s.append(fn("3", "Resultatet 2023 belastades av en engångskostnad på 350 tkr för den "
                         "gemensamma utvärderingen av förbundets samtliga insatser."))
        s.append(tbl([["Nyckeltal", "2025", "2024", "2023", "2022", "2021"],
                      ["Medlemsavgifter", "9 600", "9 200", "9 000", "8 800", "8 400"],
                      ["Årets resultat", "−168", "−4", "−96<super>3</super>", "487", "312"],
                      ["Eget kapital 31 december", "2 962", "3 130", "3 134", "3 230", "2 743"],
                      ["Antal deltagare<super>2</super>", "412", "389", "371", "344", "301"],
                      ["Andel till arbete eller studier, %", "31", "33", "30", "29", "27"],
                      ["Antal finansierade insatser", "6", "6", "5", "5", "4"]],
                     [62 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm]))
        s.append(Spacer(1, 3 * mm))
        s.append(Paragraph("1.4 Insatser och deltagare", h2))
        s.append(P("Under 2025 finansierade förbundet sex individinriktade insatser. Totalt deltog 412 personer"
                   "<super>2</super>, varav 58 procent kvinnor, vilket är 23 fler än 2024. Andelen som gick "
                   "vidare till arbete eller studier efter avslutad insats minskade till 31 procent (33 procent "
                   "2024). Minskningen förklaras främst av att Unga In Norr under året tog emot fler deltagare "
                   "med lång tid utanför arbetsmarknaden."))
        s.append(fn("2", "Deltagare som har deltagit i en individinriktad insats under året. En person som "
                         "deltagit i två insatser räknas i båda. Strukturinriktade insatser ingår inte."))
        s.append(Paragraph("Tabell 2. Insatser, deltagare och kostnader 2025", cap))
        s.append(tbl([["Insats", "Huvudman", "Deltagare", "varav kvinnor", "Kostnad, tkr"],
                      ["Steg för steg", "Lysekils kommun", "96", "57", "1 820"],
                      ["Kraftsamling Tanum", "Tanums kommun", "74", "41", "1 460"],
                      ["Unga In Norr", "Strömstads kommun", "61", "29", "1 240"],
                      ["Hälsoteamet Sotenäs", "Sotenäs kommun", "88", "60", "1 610"],
                      ["Arbetsrehab Munkedal", "Munkedals kommun", "52", "30", "1 106"],
                      ["Jobbnav Bohuslän (ESF+)", "Lysekils kommun (projektägare)", "41", "22", "870"],
                      ["Summa", "", "412", "239", "8 106"]],
                     [44 * mm, 48 * mm, 22 * mm, 24 * mm, 24 * mm], num_cols_from=2, bold_rows=(7,)))
        s.append(Spacer(1, 3 * mm))
        s.append(Paragraph("1.5 Ekonomiskt resultat och eget kapital", h2))
        s.append(P("Årets resultat blev −168 tkr, att jämföra med ett budgeterat underskott på 300 tkr. "
                   "Avvikelsen beror främst på att Arbetsrehab Munkedal startade två månader senare än planerat."))
        s.append(P("Det egna kapitalet uppgick vid årets slut till 2 962 tkr, vilket motsvarar 31 procent av "
                   "medlemsavgifterna. Enligt Nationella rådets rekommendation<super>1</super> bör det egna "
                   "kapitalet inte överstiga 20 procent av medlemsavgifterna, för förbundet motsvarande "
                   "1 920 tkr. Styrelsen har därför beslutat att under 2026 budgetera med ett underskott."))
        s.append(fn("1", "Nationella rådet för finansiell samordning, vägledning om eget kapital i "
                         "samordningsförbund (reviderad 2022)."))
        s.append(Paragraph("1.6 Förväntad utveckling", h2))
        s.append(P("Budget 2026 fastställdes av styrelsen 2025-11-14 med medlemsavgifter på 9 900 tkr och ett "
                   "planerat underskott på 1 000 tkr. Styrelsen prioriterar 2026 insatser för unga vuxna "
                   "med aktivitetsersättning och en gemensam kartläggningsmodell för medlemmarnas "
                   "handläggare. Kraftsamling Tanum avslutas enligt plan 2026-12-31."))

        s.append(PageBreak())
        s.append(Paragraph("2 Resultaträkning", h1))
        s.append(Paragraph("Belopp i tkr", small))
        s.append(Spacer(1, 2 * mm))
        s.append(tbl([["", "Not", "2025", "2024"],
                      ["Verksamhetens intäkter", "2", "9 912", "9 488"],
                      ["Kostnader för insatser", "3", "−8 106", "−7 640"],
                      ["Personalkostnader", "4", "−1 318", "−1 262"],
                      ["Övriga verksamhetskostnader", "5", "−694", "−611"],
                      ["Verksamhetens resultat", "", "−206", "−25"],
                      ["Finansiella intäkter", "", "38", "21"],
                      ["Årets resultat", "", "−168", "−4"]],
                     [80 * mm, 14 * mm, 28 * mm, 28 * mm], bold_rows=(5, 7)))
        s.append(Spacer(1, 6 * mm))
        s.append(Paragraph("3 Balansräkning", h1))
        s.append(Paragraph("Belopp i tkr, per den 31 december", small))
        s.append(Spacer(1, 2 * mm))
        s.append(tbl([["", "Not", "2025", "2024"],
                      ["<b>TILLGÅNGAR</b>", "", "", ""],
                      ["Kortfristiga fordringar", "", "386", "301"],
                      ["Kassa och bank", "", "3 904", "3 745"],
                      ["Summa tillgångar", "", "4 290", "4 046"],
                      ["<b>EGET KAPITAL OCH SKULDER</b>", "", "", ""],
                      ["Eget kapital vid årets början", "", "3 130", "3 134"],
                      ["Årets resultat", "", "−168", "−4"],
                      ["Summa eget kapital", "", "2 962", "3 130"],
                      ["Kortfristiga skulder", "6", "1 328", "916"],
                      ["Summa eget kapital och skulder", "", "4 290", "4 046"]],
                     [80 * mm, 14 * mm, 28 * mm, 28 * mm], bold_rows=(4, 8, 10)))

        s.append(PageBreak())
        s.append(Paragraph("4 Noter", h1))
        s.append(Paragraph("Not 1 Redovisningsprinciper", h2))
        s.append(P("Årsredovisningen är upprättad enligt lagen (2018:597) om kommunal bokföring och "
                   "redovisning samt rekommendationer från Rådet för kommunal redovisning i tillämpliga delar. "
                   "Belopp anges i tusentals kronor (tkr). Kostnader för insatser redovisas det år insatsen "
                   "genomförts, även om fakturan inkommit efter årsskiftet."))
        s.append(Paragraph("Not 2 Verksamhetens intäkter", h2))
        s.append(tbl([["Medlem", "Andel", "2025", "2024"],
                      ["Staten (via Försäkringskassan)", "50 %", "4 800", "4 600"],
                      ["Västra Götalandsregionen", "25 %", "2 400", "2 300"],
                      ["Lysekils kommun", "", "577", "553"],
                      ["Munkedals kommun", "", "418", "401"],
                      ["Sotenäs kommun", "", "358", "343"],
                      ["Strömstads kommun", "", "529", "507"],
                      ["Tanums kommun", "", "518", "496"],
                      ["Summa medlemsavgifter", "", "9 600", "9 200"],
                      ["Ersättning från Jobbnav Bohuslän för nedlagd tid", "", "312", "288"],
                      ["Summa verksamhetens intäkter", "", "9 912", "9 488"]],
                     [84 * mm, 18 * mm, 24 * mm, 24 * mm], bold_rows=(8, 10)))
        s.append(Spacer(1, 2 * mm))
        s.append(P("Kommunernas sammanlagda andel är 25 procent och fördelas mellan kommunerna efter "
                   "folkmängden den 1 november två år före budgetåret."))
        s.append(Paragraph("Not 3 Kostnader för insatser", h2))
        s.append(P("Kostnaderna per insats framgår av tabell 2 i avsnitt 1.4. I beloppet för Jobbnav Bohuslän "
                   "ingår förbundets medfinansiering av projektet med 870 tkr."))
        s.append(Paragraph("Not 4 Personalkostnader", h2))
        s.append(tbl([["", "2025", "2024"],
                      ["Löner", "902", "861"],
                      ["Sociala avgifter", "320", "305"],
                      ["Styrelsearvoden inkl. sociala avgifter", "96", "96"],
                      ["Summa", "1 318", "1 262"]],
                     [98 * mm, 26 * mm, 26 * mm], bold_rows=(4,)))
        s.append(Paragraph("Not 5 Övriga verksamhetskostnader", h2))
        s.append(tbl([["", "2025", "2024"],
                      ["Revision", "118", "112"],
                      ["Lokalhyra", "96", "94"],
                      ["IT och system", "74", "70"],
                      ["Extern utvärdering", "240", "180"],
                      ["Kompetensutveckling och nätverk", "166", "155"],
                      ["Summa", "694", "611"]],
                     [98 * mm, 26 * mm, 26 * mm], bold_rows=(6,)))
        s.append(Paragraph("Not 6 Kortfristiga skulder", h2))
        s.append(tbl([["", "2025", "2024"],
                      ["Leverantörsskulder", "1 012", "640"],
                      ["Upplupna kostnader", "316", "276"],
                      ["Summa", "1 328", "916"]],
                     [98 * mm, 26 * mm, 26 * mm], bold_rows=(3,)))

        s.append(CondPageBreak(95 * mm))
        s.append(Paragraph("5 Underskrifter", h1))
        s.append(P("Strömstad den 27 februari 2026"))
        s.append(Spacer(1, 5 * mm))
        names = [("Mats Hedlund", "ordförande, Strömstads kommun"),
                 ("Lena Granath", "vice ordförande, Västra Götalandsregionen"),
                 ("Per Arvidsson", "Lysekils kommun"), ("Ahmed Rashid", "Munkedals kommun"),
                 ("Jenny Kjellberg", "Sotenäs kommun"), ("Birgitta Olausson", "Tanums kommun"),
                 ("Camilla Stenmark", "Försäkringskassan"), ("Tomas Lind", "Arbetsförmedlingen")]
        rows = []
        for i in range(0, len(names), 2):
            row = []
            for n, r in names[i:i + 2]:
                row.append(Paragraph("_______________________<br/>%s<br/><font size=7.5>%s</font>" % (n, r), cell))
            rows.append(row)
        t = Table(rows, colWidths=[75 * mm, 75 * mm])
        t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 9)]))
        s.append(t)
        s.append(Spacer(1, 5 * mm))
        s.append(Paragraph("_______________________<br/>Annika Strandberg<br/><font size=7.5>förbundschef</font>", cell))
        s.append(Spacer(1, 6 * mm))
        s.append(P("Vår revisionsberättelse har lämnats 2026-03-20. Revisorerna tillstyrker att styrelsen "
                   "beviljas ansvarsfrihet för verksamhetsåret 2025."))
        return s

    build_twice(path, make_doc, story)
    return path


# ==========================================================================
# 2. Newsletter, Kompetensbrevet nr 3 2026 (Region Kronoberg)
# ==========================================================================
def make_nyhetsbrev(out):
    register_fonts()
    path = os.path.join(out, "r136_kompetensbrevet_kronoberg_nr3_2026.pdf")
    W, H = A4
    M = 16 * mm
    BLUE = colors.HexColor("#0b4f8a")
    SIDE = colors.HexColor("#eef3f8")
    gap = 7 * mm
    top_first = H - 58 * mm
    BM = 18 * mm

    body = ParagraphStyle("b", fontName="Serif", fontSize=9.2, leading=12.4, alignment=TA_JUSTIFY,
                          embeddedHyphenation=1, hyphenationLang="sv_SE", spaceAfter=4)
    ingr = ParagraphStyle("i", parent=body, fontName="Serif-B", fontSize=9.8, leading=13)
    head = ParagraphStyle("h", fontName="Sans-B", fontSize=17, leading=20, textColor=BLUE, spaceAfter=5)
    headS = ParagraphStyle("hs", parent=head, fontSize=13.5, leading=16.5, spaceBefore=6)
    kicker = ParagraphStyle("k", fontName="Sans-B", fontSize=7.5, leading=9, textColor=colors.HexColor("#b23a48"),
                            spaceAfter=2)
    by = ParagraphStyle("by", fontName="Sans-I", fontSize=7.8, leading=10, textColor=colors.HexColor("#555555"),
                        spaceAfter=4)
    jump = ParagraphStyle("j", fontName="Sans-B", fontSize=8.5, leading=11, textColor=BLUE, alignment=TA_RIGHT)
    sideh = ParagraphStyle("sh", fontName="Sans-B", fontSize=9.5, leading=12, textColor=BLUE, spaceBefore=4,
                           spaceAfter=3)
    side = ParagraphStyle("s", fontName="Sans", fontSize=8, leading=10.4, spaceAfter=1)
    sideb = ParagraphStyle("sb", parent=side, fontName="Sans-B")
    big = ParagraphStyle("big", fontName="Sans-B", fontSize=30, leading=34, textColor=BLUE)
    capst = ParagraphStyle("cap", fontName="Sans-I", fontSize=7.5, leading=9.5, spaceAfter=6)
    cell = ParagraphStyle("c", fontName="Sans", fontSize=7.6, leading=9.4)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Sans-B")
    quote = ParagraphStyle("q", parent=body, fontName="Serif-I")

    def B(t, st=body):
        return Paragraph(hy(t), st)

    def masthead(c, doc):
        c.saveState()
        c.setFillColor(BLUE)
        c.rect(0, H - 44 * mm, W, 44 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans-B", 34)
        c.drawString(M, H - 25 * mm, "Kompetensbrevet")
        c.setFont("Sans", 9.5)
        c.drawString(M, H - 33 * mm, "Nyhetsbrev om kompetensförsörjning från Region Kronoberg och Arbetsförmedlingen")
        c.setFont("Sans-B", 10)
        c.drawRightString(W - M, H - 15 * mm, "Nr 3 · November 2026")
        c.restoreState()
        # sidebar background
        c.saveState()
        c.setFillColor(SIDE)
        x = M + (W - 2 * M) * 0.66 + gap / 2
        c.rect(x - 2 * mm, BM - 2 * mm, W - M - x + 2 * mm, top_first - BM + 4 * mm, stroke=0, fill=1)
        c.restoreState()
        footer(c, doc)

    def inner(c, doc):
        c.saveState()
        c.setFont("Sans-B", 8)
        c.setFillColor(BLUE)
        c.drawString(M, H - 11 * mm, "KOMPETENSBREVET")
        c.setFont("Sans", 8)
        c.drawRightString(W - M, H - 11 * mm, "Region Kronoberg · Arbetsförmedlingen")
        c.setStrokeColor(BLUE); c.setLineWidth(1.2)
        c.line(M, H - 13 * mm, W - M, H - 13 * mm)
        c.setStrokeColor(colors.HexColor("#bbbbbb")); c.setLineWidth(0.4)
        xm = W / 2
        c.line(xm, BM, xm, H - 18 * mm)
        c.restoreState()
        footer(c, doc)

    def footer(c, doc):
        c.saveState()
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(W / 2, 9 * mm, "Kompetensbrevet nr 3 · november 2026 · sida %d" % c.getPageNumber())
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=18 * mm, bottomMargin=BM,
                          title="Kompetensbrevet nr 3 2026", author="Region Kronoberg")
    mainw = (W - 2 * M) * 0.66 - gap / 2
    sidew = (W - 2 * M) * 0.34 - gap / 2
    fmain = Frame(M, BM, mainw, top_first - BM, id="main", leftPadding=0, rightPadding=0)
    fside = Frame(M + mainw + gap, BM, sidew, top_first - BM, id="side", leftPadding=2, rightPadding=2)
    colw = (W - 2 * M - gap) / 2
    ftop = H - 18 * mm
    fl = Frame(M, BM, colw, ftop - BM, id="l", leftPadding=0, rightPadding=0)
    fr = Frame(M + colw + gap, BM, colw, ftop - BM, id="r", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("first", [fmain, fside], onPage=masthead),
                          PageTemplate("inner", [fl, fr], onPage=inner)])

    s = [NextPageTemplate("inner")]
    # ---- page 1, main column: lead article (part 1)
    s.append(Paragraph("INDUSTRI OCH KOMPETENS", kicker))
    s.append(Paragraph("Ny kompetensplattform ska hjälpa industrin i Alvesta och Ljungby", head))
    s.append(Paragraph("Text: Sofia Wennberg", by))
    s.append(B("Region Kronoberg, Arbetsförmedlingen och kommunerna Alvesta och Ljungby startar en gemensam "
               "kompetensplattform för tillverkningsindustrin. Plattformen öppnar den 1 februari 2027 och ska "
               "under tre år nå minst 150 anställda och arbetssökande.", ingr))
    s.append(B("Bakgrunden är att industriföretagen i västra Kronoberg under lång tid har haft svårt att "
               "rekrytera. Under 2026 anmälde företagen i de två kommunerna sammanlagt 240 lediga tjänster "
               "inom tillverkning till Arbetsförmedlingen, och ungefär var tredje tjänst bedömdes som svår "
               "att tillsätta. Samtidigt finns det arbetssökande med erfarenhet från industrin som saknar "
               "formell utbildning eller behörigheter."))
    s.append(B("– Vi har företag som tackar nej till order för att de inte hittar svetsare och CNC-operatörer. "
               "Det är inte hållbart, säger Tobias Lindgren, näringslivschef i Ljungby kommun.", quote))
    s.append(B("Plattformen ska samla det som i dag är utspritt: korta branschnära utbildningar, validering av "
               "yrkeskunskaper, handledarutbildning för företagen och matchning mot lediga jobb. Teknikcollege "
               "Kronoberg ansvarar för utbildningsdelen, medan Arbetsförmedlingen står för matchning och "
               "rekrytering av arbetssökande."))
    s.append(B("Arbetet har förberetts sedan våren 2026 i en arbetsgrupp med representanter för ett tjugotal "
               "företag. Företagen har särskilt efterfrågat kortare utbildningar som kan läsas på deltid "
               "vid sidan av arbetet, och möjlighet att låta erfarna medarbetare validera sina kunskaper "
               "mot branschens krav."))
    s.append(B("– Vi vill att det ska vara lika enkelt för ett litet verkstadsföretag med tio anställda som för "
               "en stor koncern att använda plattformen, säger Emma Sjöstrand, som blir projektledare.", quote))
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph("» Forts. på sidan 3", jump))
    s.append(FrameBreak())
    # ---- page 1, sidebar
    s.append(Paragraph("I detta nummer", sideh))
    for t, p in [("Ny kompetensplattform för industrin", "1, 3"), ("Etableringsjobb i Kronoberg", "2"),
                 ("Kort om", "2"), ("Yrkesvux våren 2027", "3"), ("Krönika: Kompetens är en lagsport", "4")]:
        s.append(Table([[Paragraph(t, side), Paragraph(p, ParagraphStyle("pr", parent=side, alignment=TA_RIGHT))]],
                       colWidths=[sidew - 16 * mm, 12 * mm],
                       style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b9c9da"))]))
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("SIFFRAN", sideh))
    s.append(Paragraph("6,1 %", big))
    s.append(Paragraph("Så stor andel av den registrerade arbetskraften i Kronobergs län var inskrivna som "
                       "arbetslösa hos Arbetsförmedlingen i oktober 2026. Ett år tidigare var andelen 6,5 procent.",
                       side))
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("Kalendarium", sideh))
    for d, t1, t2 in [("9 december 2026", "Kompetensforum Kronoberg", "Växjö Konserthus, kl. 9.00–15.30"),
                      ("18 december 2026", "Rapport: Kompetensbehov i", "Kronoberg 2026–2030 publiceras"),
                      ("21 januari 2027", "Arbetsgivarfrukost om", "etableringsjobb, Markaryds Folkets hus"),
                      ("4 februari 2027", "Webbinarium: Så söker du", "till yrkesvux (Teams), kl. 12.00")]:
        s.append(Paragraph(d, sideb))
        s.append(Paragraph(t1, side))
        s.append(Paragraph(t2, ParagraphStyle("s2", parent=side, spaceAfter=5)))
    s.append(Paragraph("Anmälan till Kompetensforum senast 2 december via regionens webbplats.", side))

    # ---- page 2: etableringsjobb + kort om
    s.append(PageBreak())
    s.append(Paragraph("ARBETSGIVARE", kicker))
    s.append(Paragraph("Etableringsjobb: 37 anställda hittills i Kronoberg", headS))
    s.append(Paragraph("Text: Sofia Wennberg", by))
    s.append(B("Sedan etableringsjobben infördes har 37 personer i Kronobergs län fått en anställning med "
               "etableringsjobb, varav 22 i Växjö kommun. Flest anställningar finns inom lager och logistik "
               "(11), vård och omsorg (9) samt hotell och restaurang (7).", ingr))
    s.append(B("Etableringsjobb riktar sig till nyanlända och långtidsarbetslösa som behöver en väg in på "
               "arbetsmarknaden. Arbetsgivaren betalar lön enligt avtalet, och staten ersätter en del av "
               "lönekostnaden under anställningstiden, som kan vara högst två år."))
    s.append(Table([[Paragraph("[Bild]", ParagraphStyle("ph", parent=cell, alignment=TA_CENTER,
                                                         textColor=colors.HexColor("#777777")))]],
                   colWidths=[colw], rowHeights=[34 * mm],
                   style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#d9d9d9")),
                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s.append(Paragraph("Leila Haddad, arbetsgivarsamordnare på Arbetsförmedlingen i Växjö. "
                       "Foto: Region Kronoberg", capst))
    s.append(B("– Många arbetsgivare tror att det är krångligt, men det mesta sköter vi tillsammans med "
               "arbetsgivaren. Det viktigaste är att det finns en handledare på arbetsplatsen, säger Leila "
               "Haddad, arbetsgivarsamordnare på Arbetsförmedlingen i Växjö.", quote))
    s.append(B("Hon berättar att intresset har ökat under hösten, särskilt bland mindre företag inom lager och "
               "handel. Arbetsförmedlingen har därför bjudit in till en arbetsgivarfrukost i Markaryd i januari."))
    s.append(B("Ljungby Lagerservice AB har anställt tre personer med etableringsjobb sedan i våras."))
    s.append(B("– För oss har det varit ett sätt att hitta folk som vill stanna. Två av tre har redan gått "
               "utbildning till truckförare, säger Lina Persson, vd för Ljungby Lagerservice.", quote))
    s.append(B("Arbetsförmedlingen har som mål att antalet etableringsjobb i länet ska fördubblas under 2027. "
               "Arbetsgivare som vill veta mer kan kontakta Arbetsförmedlingens arbetsgivarlinje eller sin "
               "lokala kontaktperson."))
    s.append(FrameBreak())
    s.append(Paragraph("Kort om", headS))
    for h, t in [("Ny kontaktperson i Uppvidinge",
                  "Från den 1 januari 2027 är Johan Berglund Arbetsförmedlingens kontaktperson för Uppvidinge "
                  "kommun. Han ersätter Annelie Roos, som går i pension efter 31 år på myndigheten."),
                 ("Gemensamt jobbspår för barnskötare",
                  "Tingsryds och Lessebo kommuner har tecknat ett gemensamt jobbspår för barnskötare tillsammans "
                  "med Arbetsförmedlingen. Jobbspåret har 12 platser och startar i mars 2027."),
                 ("Ny rapport om kompetensbehov",
                  "Region Kronobergs rapport Kompetensbehov i Kronoberg 2026–2030 publiceras den 18 december "
                  "2026. Rapporten bygger på intervjuer med 140 arbetsgivare och på regionens "
                  "prognosmodell för arbetsmarknaden."),
                 ("Validering inom vård och omsorg",
                  "Under hösten har 46 undersköterskor i länet fått sina kunskaper validerade mot de nya "
                  "kraven för skyddad yrkestitel. Valideringen görs av Vård- och omsorgscollege Kronoberg."),
                 ("Sommarjobb 2027",
                  "Kommunernas ansökningsperiod för feriepraktik 2027 öppnar den 1 februari. Region Kronoberg "
                  "erbjuder i år 60 sommarjobb för gymnasieungdomar inom vård, kultur och kollektivtrafik.")]:
        s.append(Paragraph(h, ParagraphStyle("kh", fontName="Sans-B", fontSize=9, leading=11.5, spaceBefore=5,
                                              spaceAfter=1)))
        s.append(B(t))

    # ---- page 3: yrkesvux + continuation of lead article
    s.append(PageBreak())
    s.append(Paragraph("UTBILDNING", kicker))
    s.append(Paragraph("14 nya yrkesvux-utbildningar till våren", headS))
    s.append(B("Yrkesvux Kronoberg, kommunernas gemensamma samverkan för yrkesinriktad vuxenutbildning, startar "
               "14 nya utbildningar under vårterminen 2027. Utbildningarna är kostnadsfria och ger rätt till "
               "studiemedel från CSN.", ingr))
    s.append(B("Sista ansökningsdag är den 14 december 2026. Ansökan görs via den egna kommunens "
               "vuxenutbildning, även om utbildningen ges i en annan kommun i länet."))
    rows = [["Utbildning", "Ort", "Start"]]
    for u, o, st in [("Undersköterska, kvällstid", "Växjö", "v. 3"), ("Lastbilsförare CE", "Ljungby", "v. 3"),
                     ("CNC-operatör", "Alvesta", "v. 4"), ("Elektriker, grund", "Växjö", "v. 3"),
                     ("Barnskötare", "Tingsryd", "v. 5"), ("Svetsare", "Älmhult", "v. 4"),
                     ("Kock och restaurangbiträde", "Växjö", "v. 6"), ("Lager och truck", "Alvesta", "v. 3"),
                     ("Fastighetsskötare", "Markaryd", "v. 8"), ("Personlig assistent", "Lessebo", "v. 4"),
                     ("Träarbetare", "Uppvidinge", "v. 10"), ("Bussförare D", "Växjö", "v. 5"),
                     ("Automationstekniker", "Ljungby", "v. 6"), ("Vårdbiträde med svenska", "Växjö", "v. 4")]:
        rows.append([u, o, st])
    t = Table([[Paragraph(v, cellb if i == 0 else cell) for v in r] for i, r in enumerate(rows)],
              colWidths=[colw * 0.55, colw * 0.28, colw * 0.17], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe6f1")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fb4ca")),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    s.append(t)
    s.append(Spacer(1, 2 * mm))
    s.append(B("Antalet platser per utbildning fastställs i januari när ansökningarna har sammanställts. "
               "Vid fler sökande än platser prioriteras sökande som saknar gymnasieutbildning."))
    s.append(FrameBreak())
    s.append(Paragraph("Kompetensplattformen", headS))
    s.append(Paragraph("(forts. från sidan 1)", by))
    s.append(B("Plattformen drivs som ett treårigt projekt 2027–2029 med en total budget på 3,4 miljoner kronor. "
               "Region Kronoberg står för 1,6 miljoner kronor från anslaget för regional tillväxt, medan "
               "Alvesta och Ljungby kommuner bidrar med 0,9 miljoner kronor vardera. Arbetsförmedlingen "
               "bidrar med personal motsvarande en halvtidstjänst men går inte in med pengar."))
    s.append(B("Emma Sjöstrand anställs av Region Kronoberg som projektledare från den 1 februari 2027. "
               "En styrgrupp med företrädare för de fyra parterna och två företag leds av Peter Hallberg, "
               "ordförande i regionala utvecklingsnämnden."))
    s.append(Paragraph("Mål för plattformen 2027–2029", ParagraphStyle("mh", fontName="Sans-B", fontSize=9,
                                                                          leading=11.5, spaceBefore=4,
                                                                          spaceAfter=2)))
    gt = Table([[Paragraph(a, cellb if i == 0 else cell), Paragraph(b, cellb if i == 0 else cell)]
                for i, (a, b) in enumerate([("Mål", "Antal"),
                                            ("Anställda och arbetssökande i kompetensutveckling", "150"),
                                            ("Personer med validerad yrkeskompetens", "40"),
                                            ("Anslutna företag", "minst 20")])],
               colWidths=[colw * 0.75, colw * 0.25])
    gt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fb4ca")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe6f1"))]))
    s.append(gt)
    s.append(Spacer(1, 2 * mm))
    s.append(B("Företag som vill ansluta sig kan redan nu anmäla intresse till Teknikcollege Kronoberg. "
               "Den första utbildningsomgången, en kurs i grundläggande svetsning, startar i Ljungby i mars 2027."))

    # ---- page 4: krönika + colophon
    s.append(PageBreak())
    s.append(Paragraph("KRÖNIKA", kicker))
    s.append(Paragraph("Kompetensförsörjning är en lagsport", headS))
    s.append(Paragraph("Peter Hallberg (C), ordförande i regionala utvecklingsnämnden, Region Kronoberg", by))
    for t in ["När jag träffar företagare i länet är frågan om kompetens alltid den första som kommer upp. "
              "Det gäller verkstadsföretaget i Alvesta lika mycket som hemtjänsten i Lessebo. Vi har ett läge där "
              "arbetslösheten fortfarande är högre än vi vill samtidigt som arbetsgivare inte hittar rätt folk.",
              "Ingen aktör kan lösa det ensam. Regionen har ansvar för att samordna och ta fram kunskap, kommunerna "
              "ansvarar för vuxenutbildningen och Arbetsförmedlingen för matchningen. Det är först när vi "
              "planerar tillsammans som utbildningarna hamnar där jobben finns.",
              "Därför är jag glad över den nya kompetensplattformen för industrin, och över att kommunerna i "
              "länet nu planerar yrkesvux gemensamt. Nästa steg är att göra samma sak inom vård och omsorg, där "
              "behoven är minst lika stora de kommande tio åren.",
              "Kompetensförsörjning är en lagsport. Vi vinner bara om alla spelar åt samma håll."]:
        s.append(B(t))
    s.append(FrameBreak())
    s.append(Paragraph("LÄGET I LÄNET", kicker))
    s.append(Paragraph("Arbetslösheten i kommunerna", ParagraphStyle("lh", parent=headS, fontSize=11.5,
                                                                     leading=14, spaceBefore=0)))
    s.append(B("Inskrivna arbetslösa som andel av den registrerade arbetskraften, 16–64 år, enligt "
               "Arbetsförmedlingens månadsstatistik."))
    ut = [["Kommun", "Okt 2026", "Okt 2025"],
          ["Alvesta", "6,4 %", "6,9 %"], ["Lessebo", "9,8 %", "10,3 %"], ["Ljungby", "5,2 %", "5,6 %"],
          ["Markaryd", "7,1 %", "7,4 %"], ["Tingsryd", "5,9 %", "6,2 %"], ["Uppvidinge", "7,7 %", "8,0 %"],
          ["Växjö", "5,9 %", "6,3 %"], ["Älmhult", "4,8 %", "5,1 %"], ["Kronobergs län", "6,1 %", "6,5 %"]]
    rst = ParagraphStyle("rr", parent=cell, alignment=TA_RIGHT)
    rstb = ParagraphStyle("rrb", parent=cellb, alignment=TA_RIGHT)
    ut_t = Table([[Paragraph(v, (cellb if (i in (0, len(ut) - 1)) else cell) if j == 0 else
                             (rstb if (i in (0, len(ut) - 1)) else rst)) for j, v in enumerate(r)]
                  for i, r in enumerate(ut)], colWidths=[colw * 0.5, colw * 0.25, colw * 0.25])
    ut_t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe6f1")),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fb4ca")),
                              ("LINEABOVE", (0, -1), (-1, -1), 0.8, BLUE),
                              ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    s.append(ut_t)
    s.append(Paragraph("Källa: Arbetsförmedlingen, bearbetning Region Kronoberg.", capst))
    s.append(Spacer(1, 4 * mm))
    col = [Paragraph("Om Kompetensbrevet", sideh),
           Paragraph("Kompetensbrevet ges ut fyra gånger per år av Region Kronoberg i samarbete med "
                     "Arbetsförmedlingen.", side),
           Spacer(1, 2 * mm),
           Paragraph("Ansvarig utgivare:", sideb), Paragraph("Karin Melander, Region Kronoberg", side),
           Paragraph("Redaktör:", sideb), Paragraph("Sofia Wennberg", side),
           Paragraph("Nästa nummer:", sideb), Paragraph("4 mars 2027", side),
           Paragraph("Prenumeration och tips:", sideb), Paragraph("kompetensbrevet@kronoberg.example", side)]
    box = Table([[c] for c in col], colWidths=[colw - 4 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, BLUE), ("BACKGROUND", (0, 0), (-1, -1), SIDE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 1),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    s.append(box)
    doc.build(s)
    return path


# ==========================================================================
# 3. DOCX with tracked changes and comments (Nyköping remissvar draft)
# ==========================================================================
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev_id = [100]


def _run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def add_tracked_paragraph(doc, parts, style=None):
    """parts: list of ('t', text) | ('ins', text, author, date) | ('del', text, author, date)"""
    p = doc.add_paragraph(style=style)
    runs_by_index = {}
    for i, part in enumerate(parts):
        kind, text = part[0], part[1]
        if kind == "t":
            runs_by_index[i] = p.add_run(text)
        else:
            _rev_id[0] += 1
            w = OxmlElement("w:ins" if kind == "ins" else "w:del")
            w.set(qn("w:id"), str(_rev_id[0]))
            w.set(qn("w:author"), part[2])
            w.set(qn("w:date"), part[3])
            w.append(_run_el(text, deleted=(kind == "del")))
            p._p.append(w)
    return p, runs_by_index


def docx_page_field(paragraph):
    r = paragraph.add_run()
    for tag, attr in [("w:fldChar", "begin"), (None, None), ("w:fldChar", "separate"), ("t", "1"),
                      ("w:fldChar", "end")]:
        if tag == "w:fldChar":
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), attr); r._r.append(e)
        elif tag is None:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = " PAGE "; r._r.append(e)
        else:
            e = OxmlElement("w:t"); e.text = attr; r._r.append(e)


def make_remissvar(out):
    path = os.path.join(out, "r136_remissvar_utkast_nykoping_sou_2026_38.docx")
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    doc.core_properties.title = "Yttrande SOU 2026:38 - utkast 3"
    doc.core_properties.author = "Petra Sjöberg"
    hp = sec.header.paragraphs[0]
    hp.text = "Nyköpings kommun\tUTKAST 3 · 2026-11-27 · Ej beslutat"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ").font.size = Pt(8.5)
    docx_page_field(fp)
    # trackRevisions in settings
    settings = doc.settings.element
    tr = OxmlElement("w:trackRevisions"); settings.insert(0, tr)

    PS, ON = "Petra Sjöberg", "Ola Nyström"
    d1, d2, d3 = "2026-11-25T09:14:00Z", "2026-11-26T13:40:00Z", "2026-11-27T08:05:00Z"

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Kommunstyrelsen", "Yttrande"), ("Dnr", "KS 2026/0614"),
                                ("Ert dnr", "A2026/01122"),
                                ("Handläggare", "Petra Sjöberg, arbetsmarknadschef, Kommunledningsförvaltningen")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_paragraph("Arbetsmarknadsdepartementet\n103 33 Stockholm")
    doc.add_heading("Yttrande över betänkandet Ett sammanhållet stöd för unga utanför arbete och studier "
                    "(SOU 2026:38)", level=1)

    doc.add_heading("1. Sammanfattning", level=2)
    p, runs = add_tracked_paragraph(doc, [
        ("t", "Nyköpings kommun välkomnar utredningens ambition att samla stödet till unga som varken arbetar "
              "eller studerar. Kommunen tillstyrker förslaget om ett nationellt register för det kommunala "
              "aktivitetsansvaret (avsnitt 8.2) men "),
        ("del", "ställer sig tveksam till", PS, d1),
        ("ins", "avstyrker", PS, d1),
        ("t", " förslaget att flytta ansvaret för unga 16–19 år till Arbetsförmedlingen (avsnitt 9.1). "
              "Kommunen anser också att den föreslagna statliga ersättningen är för låg (avsnitt 11.3)."),
    ])

    doc.add_heading("2. Unga utanför arbete och studier i Nyköping", level=2)
    p, runs = add_tracked_paragraph(doc, [
        ("t", "Hösten 2026 omfattades "),
        ("t", "212 ungdomar"),
        ("t", " i Nyköping av det kommunala aktivitetsansvaret (KAA). Av dem hade 64 inte haft någon "
              "dokumenterad åtgärd under de senaste sex månaderna. Ungefär en tredjedel av ungdomarna är "
              "samtidigt inskrivna hos Arbetsförmedlingen, vilket visar att de två ansvaren redan i dag "
              "överlappar varandra."),
    ])
    doc.add_comment(runs[1], text="Siffran kommer från UVK:s uppföljning 2026-10-15. Kontrollera mot "
                                  "Skolverkets statistik innan KS.", author=PS, initials="PS")
    add_tracked_paragraph(doc, [
        ("t", "Kommunens arbete med KAA bedrivs av Ungdomsvägledningscentrum (UVK) med 3,5 årsarbetare. "
              "UVK samarbetar med Arbetsförmedlingen i Nyköping genom en lokal överenskommelse som "),
        ("del", "förnyades 2025", ON, d2),
        ("ins", "gäller till och med 2027-12-31", ON, d2),
        ("t", "."),
    ])

    doc.add_heading("3. Synpunkter på utredningens förslag", level=2)
    doc.add_heading("3.1 Avsnitt 8.2 – Nationellt register för aktivitetsansvaret", level=3)
    add_tracked_paragraph(doc, [
        ("t", "Kommunen tillstyrker förslaget. Ett nationellt register skulle göra det lättare att följa "
              "ungdomar som flyttar mellan kommuner. Kommunen vill dock understryka att registret måste "
              "kunna användas utan dubbelregistrering i kommunernas egna system. Införandet bör "),
        ("del", "senareläggas till den 1 januari 2029", PS, d1),
        ("ins", "kunna ske den 1 juli 2028 som utredningen föreslår, under förutsättning att "
                "specifikationen finns klar ett år i förväg", PS, d1),
        ("t", "."),
    ])
    doc.add_heading("3.2 Avsnitt 9.1 – Ansvaret för unga 16–19 år", level=3)
    p, runs = add_tracked_paragraph(doc, [
        ("t", "Kommunen "),
        ("del", "ställer sig tveksam till", PS, d1),
        ("ins", "avstyrker", PS, d1),
        ("t", " förslaget att ansvaret för unga 16–19 år som inte fullföljt gymnasieskolan ska flyttas "
              "från kommunerna till Arbetsförmedlingen. "),
        ("t", "Skälen är följande:"),
    ])
    for txt in ["De flesta ungdomarna i målgruppen behöver i första hand komma tillbaka till utbildning, "
                "vilket kommunen har bättre förutsättningar att stödja.",
                "Arbetsförmedlingen har begränsad lokal närvaro, och risken är stor att de yngsta hamnar "
                "mellan stolarna under en övergångsperiod.",
                "Förslaget bryter sambandet med skolans uppföljning av elever som avbryter sina studier."]:
        doc.add_paragraph(txt, style="List Bullet")
    doc.add_heading("3.3 Avsnitt 11.3 – Statlig ersättning till kommunerna", level=3)
    add_tracked_paragraph(doc, [
        ("t", "Utredningen föreslår en schablonersättning på 4 500 kronor per ungdom och år. Kommunen bedömer "
              "att ersättningen inte täcker kostnaderna för det utökade uppföljningsansvaret och föreslår att "
              "den i stället beräknas utifrån faktiska kostnader "),
        ("ins", "och räknas upp årligen", ON, d2),
        ("t", "."),
    ])

    doc.add_heading("4. Ekonomiska konsekvenser för kommunen", level=2)
    p, runs = add_tracked_paragraph(doc, [
        ("t", "Förvaltningen beräknar att förslagen i sin helhet skulle medföra ökade kostnader för kommunen "
              "med "),
        ("del", "1,2 miljoner kronor", ON, d2),
        ("ins", "1,45 miljoner kronor per år", ON, d2),
        ("t", ", främst för personal motsvarande "),
        ("del", "två", ON, d2),
        ("ins", "2,5", ON, d2),
        ("t", " årsarbetare vid UVK och för anpassning av verksamhetssystemet. "),
        ("t", "Med den föreslagna schablonersättningen skulle kommunen få ungefär 950 000 kronor per år."),
    ])
    doc.add_comment(runs[0], text="Uppdaterat enligt ny lönekalkyl från HR 2026-11-25. Inkl. PO-pålägg. /ON",
                    author=ON, initials="ON")

    doc.add_heading("5. Fortsatt hantering (stryks före beslut)", level=2)
    p, runs = add_tracked_paragraph(doc, [
        ("t", "Ärendet behandlas i kommunstyrelsens arbetsutskott den 19 januari 2027 och i kommunstyrelsen "
              "den "),
        ("del", "26 januari 2027", PS, d3),
        ("ins", "2 februari 2027", PS, d3),
        ("t", ". Yttrandet ska ha kommit in till Arbetsmarknadsdepartementet senast den 20 februari 2027. "),
        ("t", "Samråd har skett med Gymnasie- och vuxenutbildningsnämnden."),
    ])
    doc.add_comment(runs[4], text="Ska vi nämna samordningsförbundet i Sörmland här också? /PS",
                    author=PS, initials="PS")

    doc.add_paragraph()
    doc.add_paragraph("För Nyköpings kommun")
    doc.add_paragraph("Maria Hedström\t\t\tLars Öberg\nKommunstyrelsens ordförande\t\tKommundirektör")
    doc.save(path)
    return path


# ==========================================================================
# 4. DOCX form with content controls (Leader application)
# ==========================================================================
_sdt_id = [5000]


def _sdt_pr(alias, placeholder=False):
    _sdt_id[0] += 1
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), re.sub(r"\W+", "_", alias.lower())); pr.append(tg)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(_sdt_id[0])); pr.append(i)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    return pr


def add_inline_sdt(paragraph, alias, value, placeholder=False):
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdt_pr(alias, placeholder))
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if placeholder:
        rpr = OxmlElement("w:rPr"); col = OxmlElement("w:color"); col.set(qn("w:val"), "808080")
        rpr.append(col); r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = value; r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def add_checkbox(paragraph, label, checked):
    sdt = OxmlElement("w:sdt")
    pr = _sdt_pr("Kryssruta " + label)
    cb = parse_xml('<w14:checkbox xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
                   '<w14:checked w14:val="%d"/>'
                   '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                   '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>' % (1 if checked else 0))
    pr.append(cb)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr"); rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "MS Gothic"); rf.set(qn("w:hAnsi"), "MS Gothic"); rf.set(qn("w:eastAsia"), "MS Gothic")
    rpr.append(rf); r.append(rpr)
    t = OxmlElement("w:t"); t.text = "☒" if checked else "☐"; r.append(t)
    content.append(r); sdt.append(content)
    paragraph._p.append(sdt)
    paragraph.add_run(" " + label)


def shade(cell, fill="E7E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill); tcPr.append(shd)


def make_leader_form(out):
    path = os.path.join(out, "r136_leader_ansokan_tranemo_verkstad.docx")
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.core_properties.title = "Ansökan om stöd - Leader Sjuhärad"
    doc.core_properties.author = "Leader Sjuhärad"
    hp = sec.header.paragraphs[0]
    hp.text = "Leader Sjuhärad · Blankett A1 · Ansökan om projektstöd · version 2026:2"
    hp.runs[0].font.size = Pt(8)

    h = doc.add_paragraph()
    rr = h.add_run("Ansökan om stöd – Lokalt ledd utveckling genom Leader"); rr.bold = True; rr.font.size = Pt(15)
    doc.add_paragraph("Leader Sjuhärad, programperiod 2023–2027. Fyll i alla fält. Grå text är instruktioner. "
                      "Ansökan skickas till Leaderkontoret, som bereder den inför beslut i LAG (lokala "
                      "aktionsgruppen).").runs[0].font.size = Pt(9)

    form = doc.add_table(rows=0, cols=2)
    form.style = "Table Grid"
    widths = (Cm(5.2), Cm(11.8))

    def section(title):
        row = form.add_row()
        c = row.cells[0].merge(row.cells[1])
        c.text = ""
        r = c.paragraphs[0].add_run(title); r.bold = True; r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "2F5496")
        return c

    def field(label, value=None, hint=None, placeholder=False):
        row = form.add_row()
        row.cells[0].width, row.cells[1].width = widths
        row.cells[0].text = label
        shade(row.cells[0])
        p = row.cells[1].paragraphs[0]
        if hint:
            rh = p.add_run(hint + " "); rh.font.size = Pt(8); rh.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            p = row.cells[1].add_paragraph()
        if value is not None:
            add_inline_sdt(p, label, value, placeholder=placeholder)
        return row.cells[1]

    section("1 Sökande")
    field("1.1 Organisationens namn", "Föreningen Tranemo Verkstad")
    field("1.2 Organisationsnummer", "802531-4470")
    c = field("1.3 Organisationsform")
    p = c.paragraphs[0]
    for lab, chk in [("Ideell förening", True), ("Ekonomisk förening", False), ("Aktiebolag", False),
                     ("Kommun/region", False)]:
        add_checkbox(p, lab, chk); p.add_run("   ")
    field("1.4 Postadress", "Storgatan 12, 514 30 Tranemo")
    field("1.5 Kontaktperson", "Hanna Åkesson, projektansvarig")
    field("1.6 Telefon / e-post", "0325-61 04 22 / hanna.akesson@tranemoverkstad.example")

    section("2 Projektet")
    field("2.1 Projektnamn", "Tranemo Verkstad – mötesplats för unga entreprenörer")
    field("2.2 Projektperiod", "2027-03-01 – 2028-12-31", hint="Ange start- och slutdatum (ÅÅÅÅ-MM-DD).")
    field("2.3 Genomförandeort", "Tranemo kommun (Tranemo, Limmared och Länghem)")
    c = field("2.4 Insatsområde", hint="Välj ett insatsområde enligt den lokala utvecklingsstrategin.")
    p = c.paragraphs[-1]
    for lab, chk in [("Attraktiva livsmiljöer", False), ("Hållbart företagande och arbetstillfällen", True),
                     ("Kompetens och samverkan", False)]:
        add_checkbox(p, lab, chk)
        p = c.add_paragraph()
    c._tc.remove(c.paragraphs[-1]._p)

    section("3 Projektbeskrivning")
    row = form.add_row()
    c = row.cells[0].merge(row.cells[1])
    c.text = ""
    rh = c.paragraphs[0].add_run("3.1–3.4 Beskriv bakgrund, syfte, målgrupp och aktiviteter (högst en sida).")
    rh.font.size = Pt(8); rh.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    # block-level content control holding several paragraphs
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdt_pr("3 Projektbeskrivning"))
    content = OxmlElement("w:sdtContent")
    texts = [("Bakgrund och behov. ", "I Tranemo kommun finns få mötesplatser för unga vuxna som vill starta "
              "företag. Andelen unga 18–30 år som driver eget företag är lägre än i länet, och många flyttar "
              "från kommunen efter gymnasiet. Den tidigare verkstadslokalen vid stationen står tom sedan 2024."),
             ("Syfte och mål. ", "Projektet ska skapa en fysisk och digital mötesplats, Tranemo Verkstad, där unga "
              "vuxna får stöd att utveckla affärsidéer, testa produkter i en gemensam verkstad och möta lokala "
              "företagare. Målet är att minst 8 nya företag startas och att 5 nya arbetstillfällen skapas "
              "under projektperioden."),
             ("Målgrupp. ", "Unga vuxna 18–30 år i Tranemo kommun, med särskilt fokus på unga kvinnor och på "
              "unga som är inskrivna hos Arbetsförmedlingen."),
             ("Aktiviteter. ", "Öppen verkstad två kvällar i veckan; idéverkstäder i samarbete med "
              "Nyföretagarcentrum Sjuhärad; mentorprogram med lokala företagare; sommarföretagande för "
              "gymnasieelever; två större evenemang per år.")]
    for lead, txt in texts:
        p = OxmlElement("w:p")
        p.append(_run_el(lead, bold=True))
        p.append(_run_el(txt))
        content.append(p)
    sdt.append(content)
    c._tc.append(sdt)
    c._tc.append(OxmlElement("w:p"))

    section("4 Indikatorer")
    row = form.add_row()
    c = row.cells[0].merge(row.cells[1])
    c.text = "Ange projektets mål för de indikatorer som är relevanta."
    nt = c.add_table(rows=1, cols=2)
    nt.style = "Table Grid"
    nt.rows[0].cells[0].text = "Indikator"; nt.rows[0].cells[1].text = "Mål"
    for a, b in [("Antal nya företag", "8"), ("Antal nya arbetstillfällen", "5"),
                 ("Antal deltagare i kompetenshöjande aktiviteter", "60 (varav minst 30 kvinnor)"),
                 ("Antal nya mötesplatser", "1")]:
        r = nt.add_row().cells
        r[0].text = a
        add_inline_sdt(r[1].paragraphs[0], a, b)
    c.add_paragraph()

    section("5 Budget och finansiering")
    row = form.add_row()
    c = row.cells[0].merge(row.cells[1])
    c.text = "5.1 Kostnader per år (kronor)"
    bt = c.add_table(rows=1, cols=4)
    bt.style = "Table Grid"
    for i, v in enumerate(["Kostnadsslag", "2027", "2028", "Summa"]):
        bt.rows[0].cells[i].text = v
    for vals in [("Personal (projektledare 75 %)", "395 000", "470 000", "865 000"),
                 ("Lokalhyra", "84 000", "96 000", "180 000"),
                 ("Köpta tjänster (coachning, workshops)", "110 000", "120 000", "230 000"),
                 ("Ideell tid (380 timmar à 250 kr)", "45 000", "50 000", "95 000"),
                 ("Marknadsföring och evenemang", "55 000", "50 000", "105 000"),
                 ("Summa kostnader", "689 000", "786 000", "1 475 000")]:
        r = bt.add_row().cells
        r[0].text = vals[0]
        for i in range(1, 4):
            add_inline_sdt(r[i].paragraphs[0], "%s %s" % (vals[0], ["", "2027", "2028", "Summa"][i]), vals[i])
    c.add_paragraph("5.2 Finansiering (kronor)")
    ft = c.add_table(rows=1, cols=2)
    ft.style = "Table Grid"
    ft.rows[0].cells[0].text = "Finansiär"; ft.rows[0].cells[1].text = "Belopp"
    for a, b in [("Sökt stöd från Leader Sjuhärad", "1 180 000"),
                 ("Offentlig medfinansiering, Tranemo kommun", "200 000"),
                 ("Privat medfinansiering, ideell tid", "95 000"),
                 ("Summa finansiering", "1 475 000")]:
        r = ft.add_row().cells
        r[0].text = a
        add_inline_sdt(r[1].paragraphs[0], a, b)
    c.add_paragraph("Stödnivån blir 80 procent av de totala kostnaderna.")

    section("6 Underskrift")
    field("6.1 Ort och datum", "Tranemo 2026-11-28")
    field("6.2 Firmatecknare", "Jonas Fredriksson, ordförande, Föreningen Tranemo Verkstad")

    section("7 Ifylls av Leaderkontoret")
    field("7.1 Ankomstdatum", "2026-11-30")
    field("7.2 Diarienummer", "LS-2026-0087")
    field("7.3 Handläggare", "Malin Carlsson, verksamhetsledare")
    field("7.4 Behandlas av LAG vid sammanträde", "2027-02-10 (preliminärt)")
    field("7.5 LAG:s beslut", "Klicka eller tryck här för att ange text.", placeholder=True)
    field("7.6 Beviljat belopp", "Klicka eller tryck här för att ange text.", placeholder=True)
    doc.add_paragraph()
    doc.add_paragraph("Personuppgifterna i ansökan behandlas enligt Leader Sjuhärads integritetspolicy. "
                      "Ofullständiga ansökningar kan inte behandlas av LAG.").runs[0].font.size = Pt(8)
    doc.save(path)
    return path


# ==========================================================================
# 5. TXT, Windows-1252, CRLF: protokollsutdrag Ockelbo
# ==========================================================================
PROTOKOLL = """\
OCKELBO KOMMUN                             SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                            Sammanträdesdatum
                                           2026-11-24
                                           Sida 7 (15)

                    UTDRAG UR SAMMANTRÄDESPROTOKOLL

§ 143                                      Dnr KS 2026/000318

Lokal överenskommelse om samverkan med Arbetsförmedlingen 2027–2028

Ärendebeskrivning
Ockelbo kommun och Arbetsförmedlingen har sedan 2024 en lokal
överenskommelse (LÖK) om samverkan för personer som står långt från
arbetsmarknaden. Nuvarande överenskommelse löper ut den 31 december
2026. Ett förslag till ny överenskommelse för 2027–2028 har tagits fram
av arbetsmarknadsenheten och Arbetsförmedlingen Gävleborg.

Den nya överenskommelsen omfattar två målgrupper: ungdomar 16–24 år
och personer som har varit utan arbete i mer än två år. Kommunen
erbjuder 35 platser i arbetsmarknadsinsatsen Steget och 12
praktikplatser i kommunal verksamhet. Arbetsförmedlingen avsätter en
handläggare på 50 procent som har sin arbetsplats i kommunhuset två
dagar i veckan. Målet är att minst 40 procent av deltagarna ska gå
vidare till arbete eller studier inom 90 dagar efter avslutad insats.

Kostnaden för kommunens åtaganden beräknas till 2,1 miljoner kronor
för 2027, främst för handledare och lokaler.

Beslutsunderlag
- Tjänsteskrivelse från arbetsmarknadschefen 2026-11-03
- Förslag till lokal överenskommelse 2027–2028
- Kommunstyrelsens arbetsutskott 2026-11-10, § 98

Yrkanden
Ordföranden Karin Nordin (S) yrkar bifall till arbetsutskottets
förslag.

Bengt Wiklund (M) yrkar att punkt 2 ändras så att 1,6 miljoner
kronor avsätts för 2027.

Propositionsordning
Ordföranden ställer proposition på arbetsutskottets förslag mot Bengt
Wiklunds ändringsyrkande och finner att kommunstyrelsen beslutar
enligt arbetsutskottets förslag.

Kommunstyrelsens beslut
1. Kommunstyrelsen godkänner lokal överenskommelse med
   Arbetsförmedlingen för perioden 1 januari 2027–31 december 2028.
2. 2,1 miljoner kronor avsätts för 2027 inom arbetsmarknadsenhetens
   budgetram.
3. Kommundirektören får i uppdrag att underteckna överenskommelsen.
4. En uppföljning av överenskommelsen ska redovisas för
   kommunstyrelsen senast den 30 september 2027.

Reservation
Bengt Wiklund (M) reserverar sig mot beslutet i punkt 2 till förmån
för eget yrkande.

Expedieras
Arbetsförmedlingen Gävleborg
Arbetsmarknadsenheten
Ekonomienheten

Justerandes signatur       Utdragsbestyrkande
____________________       ____________________
                           Maria Olofsson, nämndsekreterare


OCKELBO KOMMUN                             SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                            Sammanträdesdatum
                                           2026-11-24
                                           Sida 8 (15)

§ 144                                      Dnr KS 2026/000341

Introduktionsjobb inom vård och omsorg 2027

Ärendebeskrivning
Socialförvaltningen har svårt att rekrytera personal till äldreomsorgen,
samtidigt som många arbetssökande i kommunen saknar
gymnasieutbildning. Arbetsförmedlingen kan bevilja lönestöd för
introduktionsjobb till personer som är långtidsarbetslösa eller
nyanlända. Förvaltningen föreslår att kommunen inrättar 8
introduktionsjobb inom äldreomsorgen under 2027. Anställningarna
avses vara på 12 månader och kombineras med studier i svenska och
vård- och omsorgsutbildning på halvtid.

Kommunens nettokostnad efter lönestöd beräknas till 640 000 kronor för
2027, inklusive kostnad för handledarutbildning.

Beslutsunderlag
- Tjänsteskrivelse från socialchefen 2026-11-02
- Kommunstyrelsens arbetsutskott 2026-11-10, § 101

Kommunstyrelsens beslut
1. Socialnämnden får i uppdrag att under 2027 inrätta
   8 introduktionsjobb inom äldreomsorgen.
2. Kommunens nettokostnad, beräknad till 640 000 kronor, ska rymmas
   inom socialnämndens budgetram 2027.
3. Uppföljning ska ske i samband med delårsrapporten per den
   31 augusti 2027.

Beslutet är enhälligt.

Expedieras
Socialnämnden
Arbetsförmedlingen Gävleborg
HR-enheten

Justerandes signatur       Utdragsbestyrkande
____________________       ____________________
                           Maria Olofsson, nämndsekreterare

Protokollet justerat 2026-11-27. Tillkännagivande om justering anslaget
på kommunens digitala anslagstavla 2026-11-30--2026-12-22.
"""


def make_protokoll(out):
    path = os.path.join(out, "r136_protokollsutdrag_ockelbo_ks_2026-11-24.txt")
    text = PROTOKOLL.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(text.encode("cp1252"))
    return path


# ==========================================================================
# 6. Markdown method guide
# ==========================================================================
METODSTOD = """\
# Metodstöd: Mätning av stegförflyttning i Vägen vidare

**ESF+-projektet Vägen vidare** · Projektägare: Värnamo kommun · Samverkansparter: Gislaveds kommun,
Gnosjö kommun och Arbetsförmedlingen · Diarienummer hos ESF-rådet: 2025/00318 · Version 1.3, 2026-11-12

<!-- Intern anteckning: avsnitt 5 ska uppdateras efter styrgruppsmötet i januari. -->

## Innehåll

1. [Varför mäter vi?](#1-varför-mäter-vi)
2. [Begrepp](#2-begrepp)
3. [Indikatorns sex dimensioner](#3-indikatorns-sex-dimensioner)
4. [Mätpunkter och ansvar](#4-mätpunkter-och-ansvar)
5. [Mål och utfall](#5-mål-och-utfall)
6. [Rapportering](#6-rapportering)

## 1. Varför mäter vi?

Många deltagare i Vägen vidare står så långt från arbetsmarknaden att ett arbete eller studier inte är
ett realistiskt resultat under projekttiden. För att kunna visa vad insatserna ändå åstadkommer mäter
projektet deltagarnas *stegförflyttning* med självskattningsverktyget [Indikatorn][ind].[^1]
Mätningen används också i samtalen med deltagaren och ska aldrig bli en ren administrativ uppgift.

## 2. Begrepp

Deltagare
: En person som har skrivit under ett deltagaravtal och lämnat de uppgifter som ESF-rådet kräver.

Mätpunkt
: Ett tillfälle då deltagaren skattar sig själv i Indikatorn tillsammans med sin coach.

Stegförflyttning
: En deltagare har gjort en stegförflyttning när skattningen har höjts med minst ett steg i minst två av de sex dimensionerna mellan den första och den sista mätpunkten.

Avslut
: Deltagaren har lämnat projektet, antingen planerat eller i förtid. Deltagare som avbryter utan
  slutmätning räknas som avslutade utan stegförflyttning.

Coach
: Den person i projektet som har huvudansvaret för deltagaren och genomför mätningarna.

## 3. Indikatorns sex dimensioner

Varje dimension skattas på en skala från 1 (stora svårigheter) till 5 (inga svårigheter).

| Dimension | Exempel på frågor | Skala |
|---|---|---|
| Hälsa | Hur ser din ork ut en vanlig vecka?<br>Hur sover du? | 1–5 |
| Social situation | Har du någon att prata med när det är jobbigt? | 1–5 |
| Motivation | Hur viktigt är det för dig att börja arbeta eller studera? | 1–5 |
| Arbetsförmåga | Hur många timmar per dag orkar du vara aktiv?<br>Kan du ta instruktioner? | 1–5 \\| ej bedömd |
| Kunskaper | Vilken utbildning har du?<br>Hur bra är din svenska? | 1–5 |
| Vardagsstruktur | Kommer du i tid till aktiviteter?<br>Klarar du dina ärenden själv? | 1–5 |

## 4. Mätpunkter och ansvar

1. **Första mätningen** görs inom 10 arbetsdagar från inskrivningen.
   - Coachen går igenom frågorna muntligt om deltagaren önskar det.
   - Resultatet förs in i deltagarregistret samma vecka.
2. **Uppföljande mätning** görs efter tre månader och därefter var tredje månad.
3. **Slutmätning** görs senast vid avslut.
   - Om deltagaren avbryter i förtid görs slutmätningen om möjligt per telefon.
   - Kan slutmätning inte göras antecknas orsaken i registret.

| Roll | Namn | Ansvar |
|---|---|---|
| Projektledare | Daniel Marković, Värnamo kommun | Sammanställer utfall till styrgruppen |
| Mätansvarig | Karin Johansson, Gislaveds kommun | Utbildar coacher, kontrollerar registret varje månad |
| Kontaktperson Arbetsförmedlingen | Sami Yilmaz, Arbetsförmedlingen Värnamo | Stämmer av deltagare som är inskrivna hos AF |

## 5. Mål och utfall

Utfall till och med 2026-10-31.[^2]

| Mått | Projektmål | Utfall |
|---|---|---|
| Inskrivna deltagare | 180 | 132 |
| Avslutade deltagare | – | 71 |
| Andel avslutade med stegförflyttning | 60 % | 65 % (46 av 71) |
| Andel avslutade till arbete eller studier | 25 % | 23 % (16 av 71) |

Av de 71 deltagare som hittills har avslutats har 46 av 71 gjort en stegförflyttning, vilket motsvarar
65 procent och ligger över projektmålet. Andelen som har gått till arbete eller studier ligger något
under målet. Flest stegförflyttningar syns i dimensionerna Vardagsstruktur och Motivation.

## 6. Rapportering

Utfallet rapporteras till Svenska ESF-rådet kvartalsvis, senast den 15:e i månaden efter kvartalets
slut.[^3] Mätansvarig tar fram underlaget senast fem arbetsdagar före sista rapporteringsdag.
Styrgruppen får en sammanställning vid varje möte.

[ind]: https://indikatorn.example.se/om-verktyget "Om Indikatorn"

[^1]: Indikatorn används med tillstånd från rättighetsinnehavaren. Projektet använder en förkortad
    version med sex av verktygets dimensioner.
[^2]: Uppgifterna är hämtade ur projektets deltagarregister 2026-11-04.
[^3]: Enligt ESF-rådets anvisningar för lägesrapportering inom programområde B.
"""


def make_metodstod(out):
    path = os.path.join(out, "r136_metodstod_stegforflyttning_vagen_vidare.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(METODSTOD)
    return path


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in (make_arsredovisning, make_nyhetsbrev, make_remissvar, make_leader_form, make_protokoll,
               make_metodstod):
        print("wrote", fn(out))


if __name__ == "__main__":
    main()
