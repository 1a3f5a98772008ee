#!/usr/bin/env python3
"""r160: six interlocking documents about the redundancy notice (varsel) at the
fictional foundry Bolmen Cast AB in Ljungby, Kronobergs län, 2027.

1. handlingsplan_omstallning_ljungby_remissversion.pdf  - proposal (remissversion),
   margin headings in a left column, running header, "Sida N (M)", justified
   hyphenated text, superscript footnotes at the page bottom, ruled tables, a box.
2. yttrande_ljungby_kommun_handlingsplan.docx - the municipality's consultation
   response: letterhead table in the header, numbered list, summary table,
   real Word comments (one holds a distractor amount), PAGE field in footer.
3. transkription_styrgrupp_omstallning_2027-03-11.txt - Teams auto-transcript
   ("Name   m:ss" blocks), numbers spoken as words, mis-heard words, corrections.
4. folder_till_dig_som_fatt_uppsagningsbesked.pdf - tri-fold leaflet, two
   landscape pages with three panels each, outside page in print order 5-6-1.
5. anteckningar_omstallning_ljungby.md - Obsidian-style personal notes: YAML
   front matter, callouts, [[wiki links]], tasks with date emojis, dated log.
6. lagesrapport_1_omstallning_ljungby.pdf - form-like status report: field
   block, ☒/☐ check boxes, decided-changes box, preliminary vs final figures,
   status table with coloured traffic-light cells, "Sida N av M".

Usage: python r160_make_files.py [OUT_DIR]
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "./out"
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------- fonts
FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"]


def _find(name):
    for d in FONT_DIRS:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    return None


HAVE_DEJAVU = False
if _find("DejaVuSans.ttf") and _find("DejaVuSans-Bold.ttf") and _find("DejaVuSerif.ttf"):
    pdfmetrics.registerFont(TTFont("Sans", _find("DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("Sans-Bold", _find("DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("Serif", _find("DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("Serif-Bold", _find("DejaVuSerif-Bold.ttf")
                                   or _find("DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("Serif-Italic", _find("DejaVuSerif-Italic.ttf")
                                   or _find("DejaVuSerif.ttf")))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans",
                       boldItalic="Sans-Bold")
    HAVE_DEJAVU = True
    SANS, SANSB, SERIF, SERIFB, SERIFI = "Sans", "Sans-Bold", "Serif", "Serif-Bold", "Serif-Italic"
else:  # fallback: built-in fonts (no check-box glyphs)
    SANS, SANSB, SERIF, SERIFB, SERIFI = ("Helvetica", "Helvetica-Bold", "Times-Roman",
                                          "Times-Bold", "Times-Italic")

BOX_ON = "☒" if HAVE_DEJAVU else "[X]"
BOX_OFF = "☐" if HAVE_DEJAVU else "[ ]"
SUP1 = "¹"
SUP2 = "²"


def nb(s):
    """Glue words together so the line breaker never splits them (rendered as normal spaces)."""
    return s.replace(" ", "\u00a0")


SHY = "\u00ad"


# ---------------------------------------------------------------- line breaking
def _clean(s):
    return s.replace(SHY, "").replace("\u00a0", " ")


def _w(s, font, size):
    return stringWidth(_clean(s), font, size)


def break_lines(text, font, size, width):
    """Greedy line breaking with soft-hyphen hyphenation. Returns list of word lists."""
    words = [w for w in text.split(" ") if w != ""]
    lines, cur = [], []
    i = 0
    while i < len(words):
        word = words[i]
        trial = cur + [word]
        if _w(" ".join(trial), font, size) <= width:
            cur = trial
            i += 1
            continue
        if SHY in word:
            parts = word.split(SHY)
            best = None
            for k in range(len(parts) - 1, 0, -1):
                pre = "".join(parts[:k]) + "-"
                if _w(" ".join(cur + [pre]), font, size) <= width:
                    best = k
                    break
            if best:
                lines.append(cur + ["".join(parts[:best]) + "-"])
                cur = []
                words[i] = SHY.join(parts[best:])
                continue
        if cur:
            lines.append(cur)
            cur = []
        else:  # single over-long word
            lines.append([word])
            i += 1
    if cur:
        lines.append(cur)
    return [[_clean(x) for x in ln] for ln in lines]


def draw_line(c, words, x, y, width, font, size, justify):
    c.setFont(font, size)
    if not justify or len(words) == 1:
        c.drawString(x, y, " ".join(words))
        return
    total = sum(stringWidth(w, font, size) for w in words)
    gap = (width - total) / (len(words) - 1)
    if gap > 2.6 * stringWidth(" ", font, size):  # too loose: set ragged instead
        c.drawString(x, y, " ".join(words))
        return
    # justify with the PDF word-spacing operator (Tw), as word processors do
    line = " ".join(words)
    extra = (width - stringWidth(line, font, size)) / line.count(" ")
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setWordSpace(extra)
    t.textOut(line)
    t.setWordSpace(0)  # Tw persists in the text state: reset it
    c.drawText(t)


# ====================================================================
# 1. Handlingsplan – remissversion (margin headings, footnotes)
# ====================================================================
HP_FILE = "handlingsplan_omstallning_ljungby_remissversion.pdf"
PW, PH = A4
LM = 20 * mm
RM = 20 * mm
MARG_W = 36 * mm
BODY_X = LM + MARG_W + 6 * mm
BODY_W = PW - RM - BODY_X
TOP = PH - 28 * mm
BOTTOM = 24 * mm
BODY_FONT, BODY_SIZE, LEAD = SERIF, 9.6, 13.4


class MarginDoc:
    def __init__(self, path, total_pages):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Handlingsplan för omställning – Ljungby (remissversion)")
        self.c.setAuthor("Region Kronoberg, Regional utveckling")
        self.total = total_pages
        self.page = 1
        self.footnotes = []
        self.y = TOP
        self._header()

    # running header / footer
    def _header(self):
        c = self.c
        c.setFont(SANS, 7.5)
        c.setFillColor(colors.HexColor("#00553f"))
        c.drawString(LM, PH - 15 * mm, "REGION KRONOBERG")
        c.setFillColor(colors.black)
        c.drawRightString(PW - RM, PH - 15 * mm,
                          "Handlingsplan för omställning – Ljungby  |  REMISSVERSION 2027-02-05")
        c.setStrokeColor(colors.HexColor("#00553f"))
        c.setLineWidth(0.6)
        c.line(LM, PH - 17 * mm, PW - RM, PH - 17 * mm)

    def _footer(self):
        c = self.c
        # footnotes
        if self.footnotes:
            fy = BOTTOM + 2 * mm
            blocks = []
            for fn in self.footnotes:
                blocks.append(break_lines(fn, SERIF, 7.6, BODY_W - 4 * mm))
            h = sum(len(b) for b in blocks) * 9.6
            top = fy + h + 3 * mm
            c.setLineWidth(0.4)
            c.setStrokeColor(colors.black)
            c.line(BODY_X, top, BODY_X + 45 * mm, top)
            yy = top - 9.6
            for b in blocks:
                for ln in b:
                    draw_line(c, ln, BODY_X, yy, BODY_W, SERIF, 7.6, False)
                    yy -= 9.6
        c.setFont(SANS, 7.5)
        c.setStrokeColor(colors.HexColor("#00553f"))
        c.line(LM, 15 * mm, PW - RM, 15 * mm)
        c.drawString(LM, 10.5 * mm, "Dnr RK 2027-0114")
        c.drawCentredString(PW / 2, 10.5 * mm, "Regional utveckling")
        c.drawRightString(PW - RM, 10.5 * mm, f"Sida {self.page} ({self.total})")

    def fn_height(self, extra=()):
        fns = list(self.footnotes) + list(extra)
        if not fns:
            return 0
        n = sum(len(break_lines(f, SERIF, 7.6, BODY_W - 4 * mm)) for f in fns)
        return n * 9.6 + 8 * mm

    def bottom_limit(self, extra=()):
        return BOTTOM + self.fn_height(extra)

    def new_page(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self.footnotes = []
        self.y = TOP
        self._header()

    def space(self, h):
        self.y -= h

    def ensure(self, h, extra=()):
        if self.y - h < self.bottom_limit(extra):
            self.new_page()

    def title_block(self, title, sub):
        c = self.c
        lines = break_lines(title, SANSB, 17, PW - LM - RM)
        for ln in lines:
            c.setFont(SANSB, 17)
            c.drawString(LM, self.y, " ".join(ln))
            self.y -= 21
        self.y -= 2
        c.setFont(SANS, 10)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(LM, self.y, sub)
        c.setFillColor(colors.black)
        self.y -= 18

    def box(self, heading, text):
        c = self.c
        w = PW - LM - RM
        lines = break_lines(text, SANS, 8.8, w - 10 * mm)
        h = len(lines) * 12 + 24
        c.setFillColor(colors.HexColor("#e6f0ec"))
        c.setStrokeColor(colors.HexColor("#00553f"))
        c.rect(LM, self.y - h, w, h, fill=1, stroke=1)
        c.setFillColor(colors.black)
        c.setFont(SANSB, 9.5)
        c.drawString(LM + 5 * mm, self.y - 14, heading)
        yy = self.y - 28
        for i, ln in enumerate(lines):
            draw_line(c, ln, LM + 5 * mm, yy, w - 10 * mm, SANS, 8.8, i < len(lines) - 1)
            yy -= 12
        self.y -= h + 14

    def section(self, text):
        self.ensure(40)
        self.y -= 6
        self.c.setFont(SANSB, 12)
        self.c.drawString(BODY_X, self.y, text)
        self.y -= 18

    def para(self, text, margin=None, footnotes=()):
        lines = break_lines(text, BODY_FONT, BODY_SIZE, BODY_W)
        mlines = break_lines(margin, SANSB, 8, MARG_W) if margin else []
        need = (len(lines) if footnotes else min(2, len(lines))) * LEAD
        self.ensure(need, footnotes)
        self.footnotes.extend(footnotes)
        # margin heading
        my = self.y
        start_page = self.page
        for ln in mlines:
            self.c.setFont(SANSB, 8)
            self.c.setFillColor(colors.HexColor("#00553f"))
            self.c.drawString(LM, my, " ".join(ln))
            self.c.setFillColor(colors.black)
            my -= 10.5
        for i, ln in enumerate(lines):
            if self.y < self.bottom_limit():
                self.new_page()
            draw_line(self.c, ln, BODY_X, self.y, BODY_W, BODY_FONT, BODY_SIZE,
                      i < len(lines) - 1)
            self.y -= LEAD
        if self.page == start_page:
            self.y = min(self.y, my) - 5
        else:
            self.y -= 5

    def table(self, caption, header, rows, widths, sum_row=None, align_right=()):
        c = self.c
        fs = 8.4
        all_rows = [header] + rows + ([sum_row] if sum_row else [])
        wrapped = []
        for r in all_rows:
            cells = [break_lines(cell, SANS, fs, widths[j] - 4) for j, cell in enumerate(r)]
            wrapped.append(cells)
        heights = [max(len(cl) for cl in cells) * 10.5 + 6 for cells in wrapped]
        total_h = sum(heights) + 16
        self.ensure(total_h)
        c.setFont(SANSB, 8.6)
        c.drawString(BODY_X, self.y, caption)
        self.y -= 8
        x0 = BODY_X
        tw = sum(widths)
        for ri, cells in enumerate(wrapped):
            h = heights[ri]
            if ri == 0:
                c.setFillColor(colors.HexColor("#d9e6e0"))
                c.rect(x0, self.y - h, tw, h, fill=1, stroke=0)
                c.setFillColor(colors.black)
            is_bold = ri == 0 or (sum_row and ri == len(wrapped) - 1)
            font = SANSB if is_bold else SANS
            xx = x0
            for j, cl in enumerate(cells):
                yy = self.y - 10
                for ln in cl:
                    s = " ".join(ln)
                    c.setFont(font, fs)
                    if j in align_right and ri > 0:
                        c.drawRightString(xx + widths[j] - 3, yy, s)
                    else:
                        c.drawString(xx + 2, yy, s)
                    yy -= 10.5
                xx += widths[j]
            c.setLineWidth(0.8 if ri in (0, len(wrapped) - 1) else 0.3)
            c.setStrokeColor(colors.black)
            if ri == 0:
                c.line(x0, self.y, x0 + tw, self.y)
            self.y -= h
            c.setLineWidth(0.8 if (ri == 0 or ri == len(wrapped) - 1 or
                                   (sum_row and ri == len(wrapped) - 2)) else 0.3)
            c.line(x0, self.y, x0 + tw, self.y)
        self.y -= 14

    def save(self):
        self._footer()
        self.c.save()


def build_handlingsplan(path, total):
    d = MarginDoc(path, total)
    d.title_block("Handlingsplan för omställning efter varslet vid Bolmen Cast AB i Ljungby",
                  "Förslag – remissversion 2027-02-05  ·  Regional utveckling, Region Kronoberg")
    d.box("Om remissen",
          "Region Kronoberg skickar förslaget till handlingsplan på remiss till berörda kommuner, "
          "Arbetsförmedlingen, arbetsmarknadens parter och omställningsorganisationerna. "
          f"Synpunkter ska ha kommit in {nb('senast den 5 mars 2027')}. Svaren skickas till "
          f"region@kronoberg.se med diarienummer {nb('RK 2027-0114')} i ämnesraden. Frågor om "
          f"remissen besvaras av projektledare Annika Strand, telefon {nb('0470-58 31 46')}. "
          "Observera att belopp och tider i förslaget kan komma att ändras efter remissen.")

    d.section("1  Bakgrund")
    d.para("Den 12 januari 2027 lämnade Bolmen Cast AB ett varsel om uppsägning till "
           f"Arbetsförmedlingen. Varslet omfattar {nb('248 av företagets 311 anställda')} vid "
           "gjuteriet i Ljungby och är det största i Kronobergs län sedan 2009. Produktionen av "
           "motor\u00adkomponenter flyttas till koncernens anläggning i Polen.",
           margin="Varslet")
    d.para("Uppsägningarna genomförs i två steg. För 140 personer är sista anställningsdag "
           f"{nb('den 31 maj 2027')} och för återstående 108 personer {nb('den 30 september 2027')}. "
           f"Av de varslade bor 171 i Ljungby kommun, 31 i Markaryds kommun, 19 i Hallands län "
           f"och övriga i andra kommuner i Kronobergs län.{SUP1}",
           margin="Två steg", footnotes=[f"{SUP1} Uppgifter från Bolmen Cast AB per den 25 januari "
                                         "2027. Fördelningen kan komma att ändras."])
    d.para("De varslade har i huvudsak erfarenhet av gjutning, maskin\u00adbearbetning, svetsning "
           "och underhåll. Medelåldern är 47 år. Efterfrågan på CNC-operatörer, svetsare och "
           "underhålls\u00adtekniker är fortsatt god i Småland och i Halland, medan efterfrågan "
           "på personal utan yrkes\u00adkompetens inom industrin är svag. En stor del av de "
           "varslade saknar formell dokumentation av sin yrkes\u00adkompetens.",
           margin="Kompetens och efterfrågan")

    d.section("2  Mål och målgrupp")
    d.para(f"Målet är att {nb('minst 65 procent')} av de varslade ska ha arbete eller vara i "
           f"studier inom tolv månader från sista anställningsdag.{SUP2} Målet följs upp för "
           "hela gruppen.",
           margin="Övergripande mål",
           footnotes=[f"{SUP2} Med arbete avses anställning om {nb('minst 50 procent av heltid')} "
                      f"{nb('under minst sex månader')}. Med studier avses studier på minst "
                      "halvtid som leder till en examen, ett yrkesbevis eller ett certifikat."])
    d.para("Målgruppen är de 248 varslade. Anställda hos underleverantörer som förlorar uppdrag "
           "till följd av nedläggningen kan delta i insatserna I1, I2 och I4 i mån av plats.",
           margin="Målgrupp")
    d.para("Utfallet följs upp i lägesrapporter till styrgruppen och till regionala "
           "utvecklings\u00adnämnden. Den första lägesrapporten avser perioden fram till den "
           "31 augusti 2027.", margin="Uppföljning")

    d.section("3  Insatser")
    d.para("Handlingsplanen omfattar fem insatser. Insatserna bygger på erfarenheter från "
           "tidigare omställnings\u00adarbete i länet och på de behov som de fackliga "
           "organisationerna och företaget har beskrivit. Budgeten avser 2027–2028.",
           margin="Fem insatser")
    d.table("Tabell 1. Föreslagna insatser och budget 2027–2028",
            ["Insats", "Ansvarig", "Budget, kr"],
            [["I1 Validering inom svetsning och gjuteri", "Ljungby lärcentrum", "1 150 000"],
             ["I2 Kort yrkesutbildning till CNC-operatör", "Arbetsförmedlingen", "1 800 000"],
             ["I3 Stöd till att starta eget företag", "Region Kronoberg och Almi", "600 000"],
             ["I4 Matchningsdagar och rekryteringsträffar", "Arbetsförmedlingen och Ljungby kommun",
              "350 000"],
             ["I5 Drop-in på Omställningscenter Ljungby", "Ljungby kommun", "450 000"]],
            [BODY_W * 0.47, BODY_W * 0.33, BODY_W * 0.20],
            sum_row=["Summa", "", "4 350 000"], align_right=(2,))
    d.para("Ett gemensamt omställnings\u00adcenter föreslås på Arbetsförmedlingens kontor på "
           "Storgatan i Ljungby. Där ska de varslade kunna träffa Arbetsförmedlingen, kommunens "
           "vägledare och omställnings\u00adorganisationerna utan att boka tid. Centret föreslås "
           f"vara öppet {nb('vardagar 9.00–12.00')} under perioden april–december 2027.",
           margin="Omställnings\u00adcenter")
    d.para("Arbetsförmedlingen upphandlar en arbetsmarknads\u00adutbildning till CNC-operatör om "
           "cirka 16 veckor. Två kursomgångar med 16 platser vardera planeras, den första med "
           "start i maj 2027.", margin="CNC-utbildning")
    d.para("Validering sker mot branschens krav och leder till yrkesbevis eller certifikat. "
           "Ljungby lärcentrum samordnar valideringen tillsammans med vuxen\u00adutbildningen.",
           margin="Validering")

    d.section("4  Finansiering")
    d.table("Tabell 2. Föreslagen finansiering",
            ["Finansiär", "Belopp, kr"],
            [["Region Kronoberg (regionala utvecklingsmedel)", "1 900 000"],
             ["Arbetsförmedlingen (inom ordinarie anslag)", "1 800 000"],
             ["Ljungby kommun", "500 000"],
             ["Markaryds kommun", "150 000"]],
            [BODY_W * 0.72, BODY_W * 0.28], sum_row=["Summa", "4 350 000"], align_right=(1,))
    d.para("Arbetsförmedlingens del avser upphandlad arbetsmarknads\u00adutbildning och "
           "finansieras inom myndighetens ordinarie anslag. Kommunernas med\u00adfinansiering kan "
           "lämnas som kontanta medel eller som arbetstid.", margin="Med\u00adfinansiering")

    d.section("5  Organisation och beslut")
    d.para("Arbetet leds av en styrgrupp med företrädare för Region Kronoberg, "
           "Arbetsförmedlingen, Ljungby kommun, Markaryds kommun, IF Metall och "
           "Trygghetsfonden TSL. Regional utvecklingsdirektör Per-Olof Nilsson är "
           "styrgruppens ordförande. Styrgruppen sammanträder en gång i månaden.",
           margin="Styrgrupp")
    d.para("Projektledare är Annika Strand, Region Kronoberg. Arbetsförmedlingens "
           "kontaktperson är Anders Strandberg, sektionschef vid Arbetsförmedlingen "
           "Växjö–Ljungby.", margin="Projektledning")
    d.para("Efter remissen ska handlingsplanen fastställas av regionala "
           "utvecklings\u00adnämnden. Beslut planeras till nämndens sammanträde i april 2027.",
           margin="Beslut")

    d.section("6  Remissinstanser")
    d.para("Förslaget skickas till Ljungby kommun, Markaryds kommun, Hylte kommun, "
           "Arbetsförmedlingen, IF Metall, Unionen, Trygghetsfonden TSL, TRR, Almi "
           "Företagspartner Kronoberg, Företagarna Ljungby och Bolmen Cast AB. Även andra som "
           "berörs av varslet är välkomna att lämna synpunkter.", margin="Sändlista")
    d.para("Remissvaren sammanställs av projektledaren och behandlas av styrgruppen i mars "
           "2027 innan ärendet går vidare till nämnden.", margin="Hantering av svaren")
    d.save()
    return d.page


def make_handlingsplan():
    path = os.path.join(OUT, HP_FILE)
    n = build_handlingsplan(path, 99)
    build_handlingsplan(path, n)


# ====================================================================
# 2. Yttrande (DOCX) from Ljungby kommun with Word comments
# ====================================================================
DOCX_FILE = "yttrande_ljungby_kommun_handlingsplan.docx"


def make_docx():
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    doc = Document()
    doc.core_properties.title = "Yttrande över handlingsplan för omställning"
    doc.core_properties.author = "Jenny Ekwall"
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.5)

    # header: letterhead as a borderless table
    hdr = sec.header
    ht = hdr.add_table(rows=2, cols=2, width=Cm(16))
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    c00 = ht.cell(0, 0).paragraphs[0]
    r = c00.add_run("LJUNGBY KOMMUN")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    ht.cell(1, 0).paragraphs[0].add_run("Kommunstyrelsen").font.size = Pt(9)
    p = ht.cell(0, 1).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rr = p.add_run("YTTRANDE")
    rr.bold = True
    rr.font.size = Pt(10)
    p = ht.cell(1, 1).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("2027-03-02\tDnr KS 2027/0087").font.size = Pt(9)
    if hdr.paragraphs and not hdr.paragraphs[0].text:
        pass

    # footer with PAGE field
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Ljungby kommun · Olofsgatan 9 · 341 83 Ljungby · Sida ")
    fr.font.size = Pt(8)

    def field(par, instr):
        run = par.add_run()
        run.font.size = Pt(8)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        s = OxmlElement("w:fldChar")
        s.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t")
        t.text = "1"
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        run._r.append(b)
        run._r.append(it)
        run._r.append(s)
        run._r.append(t)
        run._r.append(e)

    field(fp, " PAGE ")

    # addressee block
    for line in ["Region Kronoberg", "Regional utveckling", "region@kronoberg.se",
                 "Er referens: RK 2027-0114"]:
        pp = doc.add_paragraph(line)
        pp.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()

    doc.add_heading("Yttrande över förslag till handlingsplan för omställning efter "
                    "varslet vid Bolmen Cast AB", level=1)
    doc.add_paragraph(
        "Ljungby kommun har getts möjlighet att lämna synpunkter på Region Kronobergs förslag "
        "till handlingsplan för omställning (remissversion 2027-02-05). Kommunen välkomnar att "
        "regionen tar ett samlat grepp om omställningen och ställer sig i huvudsak bakom "
        "förslaget. Kommunen har följande synpunkter.")

    doc.add_heading("Kommunens synpunkter", level=2)

    def numbered(lead, text):
        pp = doc.add_paragraph(style="List Number")
        rl = pp.add_run(lead + " ")
        rl.bold = True
        return pp, pp.add_run(text)

    numbered("Målnivå.",
             "Kommunen anser att målet bör höjas från 65 till 70 procent av de varslade i arbete "
             "eller studier inom tolv månader. Efterfrågan på industriell kompetens i Ljungby "
             "och Värnamo är god.")
    pp, _ = numbered("Medfinansiering.", "Förslaget anger att Ljungby kommun bidrar med "
                     "500 000 kr. Kommunen kan bidra med ")
    r_amount = pp.add_run("400 000 kr")
    pp.add_run(", varav 250 000 kr under 2027 och 150 000 kr under 2028. Bidraget lämnas som "
               "kontanta medel och betalas ut mot rekvisition från Region Kronoberg.")
    doc.add_comment(r_amount, text="Kan vi gå upp till 450 000 om Markaryd inte höjer sin del? "
                    "Stäm av med KSAU innan utskick. /TB", author="Tomas Berg (ekonomi)",
                    initials="TB")
    pp, _ = numbered("Omställningscentrets placering.",
                     "Kommunen föreslår att omställningscentret placeras på Ljungby lärcentrum i "
                     "stället för på Arbetsförmedlingens kontor på Storgatan. Lärcentrum har "
                     "lokaler för vägledning och validering. Kommunen föreslår också att centret "
                     "håller öppet ")
    r_kvall = pp.add_run("minst en kväll i veckan")
    pp.add_run(" så att de som arbetar kvar under uppsägningstiden kan komma dit.")
    doc.add_comment(r_kvall, text="Lärcentrum kan ta torsdagar till kl. 19. Skriva in exakt tid "
                    "eller vänta till styrgruppen?", author="Jenny Ekwall", initials="JE")
    numbered("Språkstöd.",
             "Enligt företaget har 38 av de varslade ett annat modersmål än svenska. Kommunen "
             "erbjuder yrkesinriktad sfi och svenska för yrkesverksamma inom vuxenutbildningen och "
             "vill att detta skrivs in under insats I1.")
    numbered("Referensgrupp.",
             "Kommunen föreslår att Företagarna Ljungby och Ljungby Industriförening ingår i en "
             "referensgrupp till styrgruppen, så att det lokala näringslivets rekryteringsbehov "
             "fångas upp tidigt.")

    doc.add_heading("Sammanfattning av kommunens förslag", level=2)
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    hdrs = ["Avsnitt i förslaget", "Remissversionen", "Ljungby kommuns synpunkt"]
    for i, h in enumerate(hdrs):
        cell = tbl.rows[0].cells[i]
        cell.paragraphs[0].add_run(h).bold = True
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "D9E2F3")
        cell._tc.get_or_add_tcPr().append(shd)
    rows = [
        ("2 Mål och målgrupp", "65 procent", "Höjs till 70 procent"),
        ("3 Insatser, I5", "AF:s kontor, Storgatan", "Ljungby lärcentrum, öppet en kväll i veckan"),
        ("3 Insatser, I1", "Inget språkstöd", "Yrkesinriktad sfi skrivs in"),
        ("4 Finansiering", "Ljungby kommun 500 000 kr", "Ljungby kommun 400 000 kr"),
        ("5 Organisation", "Ingen referensgrupp", "Referensgrupp med lokalt näringsliv"),
    ]
    for row in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    doc.add_heading("Beslut", level=2)
    doc.add_paragraph("Kommunstyrelsens arbetsutskott har beslutat om yttrandet den 2 mars 2027, "
                      "§ 52.")
    doc.add_paragraph("För Ljungby kommun")
    sig = doc.add_table(rows=2, cols=2)
    sig.cell(0, 0).text = "Carina Bengtsson"
    sig.cell(1, 0).text = "Kommunstyrelsens ordförande"
    sig.cell(0, 1).text = "Magnus Lindqvist"
    sig.cell(1, 1).text = "Kommundirektör"
    doc.add_paragraph()
    hp = doc.add_paragraph()
    hr = hp.add_run("Handläggare: Jenny Ekwall, näringslivschef, 0372-78 91 20, "
                    "jenny.ekwall@ljungby.se")
    hr.italic = True
    hr.font.size = Pt(9)
    doc.add_paragraph("Kopia: Markaryds kommun, Arbetsförmedlingen Växjö–Ljungby").runs[0].font.size = Pt(9)
    doc.save(os.path.join(OUT, DOCX_FILE))


# ====================================================================
# 3. Teams transcript (TXT)
# ====================================================================
TXT_FILE = "transkription_styrgrupp_omstallning_2027-03-11.txt"

TRANSCRIPT = [
    ("Per-Olof Nilsson", "0:07",
     "Ja men god morgon allihopa. Jag ser att vi är, ja, sju stycken inne nu. Roger, du är med "
     "från IF Metall?"),
    ("Roger Karlsson", "0:15",
     "Ja, jag är med. Jag sitter i bilen så jag har kameran av."),
    ("Per-Olof Nilsson", "0:19",
     "Bra. Då kör vi. Punkt ett är egentligen genomgången av remissvaren och sen ska vi landa i "
     "vad vi föreslår nämnden. Jag tänkte att Annika drar det."),
    ("Annika Strand", "0:40",
     "Ja. Tack. Vi har fått in sju remissvar totalt. Det är Ljungby kommun, Markaryds kommun, "
     "Hylte kommun, IF Metall, Trygghetsfonden TSL, Almi och Företagarna Ljungby. Alla är i "
     "huvudsak positiva. De stora frågorna är egentligen tre: målnivån, Ljungbys medfinansiering "
     "och var omställningscentret ska ligga."),
    ("Per-Olof Nilsson", "1:22", "Mm. Ta målnivån först."),
    ("Annika Strand", "1:25",
     "Ljungby vill höja till sjuttio procent. IF Metall skriver att sextiofem är rimligt men att "
     "man vill att vi följer upp kvinnor och män separat."),
    ("Jenny Ekwall", "1:41",
     "Ja, och vårt resonemang är ju att efterfrågan är god, både i Jungby och Värnamo, så vi "
     "tycker att man kan vara lite mer ambitiös."),
    ("Anders Strandberg", "2:03",
     "Jag förstår tanken, men jag vill ändå flagga. Medelåldern är fyrtiosju år och vi ser att "
     "ganska många saknar gymnasieutbildning. Vi på Arbetsförmedlingen tycker att sextiofem är "
     "ett realistiskt mål. Hellre att vi når det."),
    ("Per-Olof Nilsson", "2:30",
     "Okej. Mitt förslag är att vi behåller sextiofem procent men tar in IF Metalls synpunkt, "
     "alltså att utfallet redovisas uppdelat på kvinnor och män. Kan alla leva med det? Jenny?"),
    ("Jenny Ekwall", "2:44",
     "Ja, vi kan leva med det. Men skriv gärna i ärendet att Ljungby hade velat se sjuttio."),
    ("Per-Olof Nilsson", "2:52", "Absolut. Nästa, pengarna."),
    ("Annika Strand", "2:56",
     "Ljungby kan gå in med fyrahundratusen i stället för femhundra. Då saknas hundratusen. Mitt "
     "förslag är att vi minskar I3, starta eget, från sexhundra till femhundratusen. Almi skriver "
     "ändå i sitt svar att de tror att intresset blir lägre än vi har räknat med."),
    ("Per-Olof Nilsson", "3:20", "Och då landar totalen på... fyra miljoner etthundrafemtio?"),
    ("Annika Strand", "3:25",
     "Nej, fyra miljoner tvåhundrafemtio. Fyra komma tre fem minus hundratusen."),
    ("Per-Olof Nilsson", "3:31", "Ja just det, fyra tvåhundrafemtio. Bra."),
    ("Sofia Mahmoud", "3:36",
     "Från Markaryds sida ligger vi kvar på hundrafemtiotusen. Det är vad vi har fått igenom."),
    ("Per-Olof Nilsson", "3:44", "Tack Sofia. Annika, du tar kontakten med Almi om det?"),
    ("Annika Strand", "3:48",
     "Ja, jag pratar med Almi och stämmer av att de kan genomföra I3 på femhundratusen. Jag "
     "återkommer till er senast fredag nästa vecka, alltså den nittonde mars."),
    ("Per-Olof Nilsson", "4:02", "Perfekt. Omställningscentret då."),
    ("Anders Strandberg", "4:06",
     "Vi har inga problem med att det ligger på lärcentrum. Vi bemannar där i stället. Det är "
     "kanske till och med bättre, folk ska inte behöva känna att de går till Arbetsförmedlingen "
     "bara för att få information."),
    ("Jenny Ekwall", "4:24",
     "Lärcentrum kan ha drop-in tisdagar och torsdagar, och på torsdagar till sju på kvällen. Då "
     "hinner de som fortfarande jobbar skift komma dit."),
    ("Roger Karlsson", "4:39",
     "Det är jättebra. Många av våra medlemmar jobbar ju kvar till sista september."),
    ("Maria Öhman", "4:47",
     "Från TSL:s sida kan vi sitta där på torsdagarna. Och en påminnelse: det är bara arbetarna "
     "som går via oss. Tjänstemännen, det är ett tiotal, de har TRR."),
    ("Per-Olof Nilsson", "5:04", "Bra att du säger det. Och när kan centret öppna?"),
    ("Jenny Ekwall", "5:09",
     "Om nämnden beslutar i april så siktar vi på veckan efter påsk, eh nej, veckan efter nämnden "
     "menar jag. Jag återkommer med exakt datum."),
    ("Per-Olof Nilsson", "5:21", "Bra. Sen se en se utbildningen, Anders?"),
    ("Anders Strandberg", "5:25",
     "Ja, upphandlingen ska vara klar i slutet av mars. Vi räknar med kursstart den sjuttonde maj, "
     "sexton platser. Det kan bli en vecka senare beroende på leverantören, jag återkommer om det "
     "ändras."),
    ("Per-Olof Nilsson", "5:44",
     "Då sammanfattar jag. Vi föreslår nämnden: mål sextiofem procent med redovisning per kön, "
     "total budget fyra miljoner tvåhundrafemtiotusen, I3 sänks till femhundratusen, Ljungby "
     "fyrahundratusen, centret på lärcentrum, och Företagarna och Industriföreningen in i en "
     "referensgrupp. Annika skriver ihop ärendet till nämnden den sjätte april."),
    ("Annika Strand", "6:19",
     "Den åttonde. Nämnden har sammanträde torsdag den åttonde april."),
    ("Per-Olof Nilsson", "6:25",
     "Den åttonde april, förlåt. Och nästa styrgrupp blir... den trettonde april?"),
    ("Annika Strand", "6:31",
     "Vi sa femtonde. Torsdag den femtonde april klockan nio, alltså efter nämnden."),
    ("Per-Olof Nilsson", "6:38", "Femtonde april klockan nio. Tack allihop, då avslutar vi där."),
]


def make_txt():
    lines = ["Styrgrupp omställning Ljungby – månadsmöte",
             "Transkription",
             "11 mars 2027, 09:01:47",
             "",
             "Per-Olof Nilsson startade transkriberingen",
             ""]
    for who, t, text in TRANSCRIPT:
        lines.append(f"{who}   {t}")
        lines.append(text)
        lines.append("")
    lines.append("Per-Olof Nilsson stoppade transkriberingen")
    lines.append("")
    with open(os.path.join(OUT, TXT_FILE), "w", encoding="utf-8-sig", newline="\r\n") as f:
        f.write("\n".join(lines))


# ====================================================================
# 4. Tri-fold leaflet (PDF, landscape, panels in print order)
# ====================================================================
LEAF_FILE = "folder_till_dig_som_fatt_uppsagningsbesked.pdf"
GREEN = colors.HexColor("#00553f")
LIGHT = colors.HexColor("#e6f0ec")


def _panel_text(c, x, y, w, items):
    """items: list of (kind, text). Returns final y."""
    for kind, text in items:
        if kind == "h":
            c.setFillColor(GREEN)
            for ln in break_lines(text, SANSB, 12.5, w):
                c.setFont(SANSB, 12.5)
                c.drawString(x, y, " ".join(ln))
                y -= 15
            c.setFillColor(colors.black)
            y -= 3
        elif kind == "big":
            for ln in break_lines(text, SANSB, 10.5, w):
                c.setFont(SANSB, 10.5)
                c.drawString(x, y, " ".join(ln))
                y -= 13.5
            y -= 2
        elif kind == "p":
            for ln in break_lines(text, SANS, 9, w):
                c.setFont(SANS, 9)
                c.drawString(x, y, " ".join(ln))
                y -= 12
            y -= 5
        elif kind == "b":  # bullet
            lines = break_lines(text, SANS, 9, w - 10)
            c.setFillColor(GREEN)
            c.circle(x + 3, y + 3, 1.8, fill=1, stroke=0)
            c.setFillColor(colors.black)
            for ln in lines:
                c.setFont(SANS, 9)
                c.drawString(x + 10, y, " ".join(ln))
                y -= 12
            y -= 2
        elif kind == "gap":
            y -= float(text)
    return y


def make_leaflet():
    path = os.path.join(OUT, LEAF_FILE)
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle("Omställning Ljungby 2027 – folder")
    c.setAuthor("Region Kronoberg")
    pw = W / 3
    pad = 9 * mm

    def fold_marks():
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.3)
        for k in (1, 2):
            c.line(pw * k, H - 5 * mm, pw * k, H)
            c.line(pw * k, 0, pw * k, 5 * mm)

    # ---- outside sheet: panel 5 (inner flap) | panel 6 (back) | panel 1 (cover)
    # panel 5
    x = 0 + pad
    _panel_text(c, x, H - 20 * mm, pw - 2 * pad, [
        ("h", "Skriv in dig hos Arbetsförmedlingen"),
        ("p", "Skriv in dig senast din första dag utan arbete – gärna redan under "
              "uppsägningstiden. Det gör du på arbetsformedlingen.se eller med hjälp av personalen "
              "på omställningscentret."),
        ("big", "Ta med dig:"),
        ("b", "legitimation"),
        ("b", "ditt uppsägningsbesked"),
        ("b", "betyg, intyg och certifikat du har, till exempel svetscertifikat eller truckkort"),
        ("gap", "6"),
        ("h", "Din omställnings\u00adorganisation"),
        ("p", "Är du arbetare vänder du dig till Trygghetsfonden TSL. Är du tjänsteman vänder du "
              "dig till TRR. Kontakta dem så snart du har fått ditt uppsägningsbesked – stödet "
              "gäller även under uppsägningstiden."),
    ])
    # panel 6 (back, contacts)
    x = pw + pad
    c.setFillColor(LIGHT)
    c.rect(pw, 0, pw, H, fill=1, stroke=0)
    c.setFillColor(colors.black)
    _panel_text(c, x, H - 20 * mm, pw - 2 * pad, [
        ("h", "Kontakt"),
        ("big", "Omställningscenter Ljungby"),
        ("p", "Telefon " + nb("0372-78 95 00")),
        ("big", "Annika Strand"),
        ("p", "Projektledare, Region Kronoberg. Telefon " + nb("0470-58 31 46")),
        ("big", "Anders Strandberg"),
        ("p", "Sektionschef, Arbetsförmedlingen Växjö–Ljungby. Telefon " + nb("010-486 12 70")),
        ("big", "Jenny Ekwall"),
        ("p", "Näringslivschef, Ljungby kommun. Telefon " + nb("0372-78 91 20")),
    ])
    c.setFont(SANS, 7)
    c.drawString(x, 16 * mm, "Folder framtagen av Region Kronoberg i april 2027.")
    c.drawString(x, 12.5 * mm, "Uppgifterna gäller från den 20 april 2027.")
    # panel 1 (cover)
    c.setFillColor(GREEN)
    c.rect(2 * pw, 0, pw, H, fill=1, stroke=0)
    c.setFillColor(colors.white)
    x = 2 * pw + pad
    c.setFont(SANSB, 11)
    c.drawString(x, H - 24 * mm, "OMSTÄLLNING LJUNGBY 2027")
    y = H - 60 * mm
    for ln in break_lines("Till dig som har fått besked om uppsägning från Bolmen Cast AB",
                          SANSB, 19, pw - 2 * pad):
        c.setFont(SANSB, 19)
        c.drawString(x, y, " ".join(ln))
        y -= 24
    y -= 8
    for ln in break_lines("Information om stöd, utbildning och var du hittar oss",
                          SANS, 11, pw - 2 * pad):
        c.setFont(SANS, 11)
        c.drawString(x, y, " ".join(ln))
        y -= 14
    c.setFont(SANS, 7.5)
    yy = 22 * mm
    for s in ["Region Kronoberg · Arbetsförmedlingen", "Ljungby kommun · Markaryds kommun"]:
        c.drawString(x, yy, s)
        yy -= 10
    c.setFillColor(colors.black)
    fold_marks()
    c.showPage()

    # ---- inside sheet: panel 2 | panel 3 | panel 4
    x = pad
    _panel_text(c, x, H - 20 * mm, pw - 2 * pad, [
        ("h", "Det här kan du få hjälp med"),
        ("b", "Vägledning om jobb och studier"),
        ("b", "Validering av det du redan kan – svetsning, gjutning och truck"),
        ("b", "Kort yrkesutbildning till CNC-operatör"),
        ("b", "Rådgivning om att starta eget företag, tillsammans med Almi"),
        ("b", "Matchningsdagar med arbetsgivare i Småland och Halland"),
        ("b", "Stöd från din omställningsorganisation"),
        ("gap", "6"),
        ("p", "Insatserna ingår i Region Kronobergs handlingsplan för omställning, som "
              "regionala utvecklingsnämnden fastställde i april 2027. Du som arbetar hos en "
              "underleverantör till Bolmen Cast AB kan också vara välkommen i mån av plats."),
    ])
    # panel 3
    x = pw + pad
    c.setFillColor(LIGHT)
    c.roundRect(pw + 5 * mm, H - 118 * mm, pw - 10 * mm, 100 * mm, 4 * mm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    _panel_text(c, x, H - 26 * mm, pw - 2 * pad, [
        ("h", "Omställningscenter Ljungby"),
        ("big", "Ljungby lärcentrum, Kyrkogatan 14"),
        ("p", "Öppnar tisdag den 20 april 2027."),
        ("big", "Drop-in utan tidsbokning:"),
        ("p", "Tisdagar 10.00–15.00"),
        ("p", "Torsdagar 13.00–19.00"),
        ("p", "Stängt vecka 29–31."),
    ])
    _panel_text(c, x, H - 128 * mm, pw - 2 * pad, [
        ("p", "På centret träffar du Arbetsförmedlingen, kommunens studie- och yrkesvägledare och "
              "Trygghetsfonden TSL. Du behöver inte boka tid. Vill du hellre boka ett samtal "
              "ringer du " + nb("0372-78 95 00") + "."),
    ])
    # panel 4
    x = 2 * pw + pad
    _panel_text(c, x, H - 20 * mm, pw - 2 * pad, [
        ("h", "CNC-operatör – 16 veckor"),
        ("big", "Kursstart: 24 maj 2027"),
        ("p", "Anmäl intresse senast 7 maj 2027 till din arbetsförmedlare. Utbildningen har "
              "16 platser. En andra kursomgång startar i oktober 2027."),
        ("gap", "4"),
        ("h", "Validering – svets"),
        ("p", "Bedömning enligt branschens krav görs på Ljungby lärcentrum. Boka tid på " + nb("0372-78 95 00") + "."),
        ("gap", "4"),
        ("h", "Matchningsdag"),
        ("p", "26 maj 2027 kl. 10–15 på Ljungby Arena. Ta med ditt CV – arbetsgivare från hela "
              "länet och från Halland är inbjudna."),
    ])
    fold_marks()
    c.showPage()
    c.save()


# ====================================================================
# 5. Obsidian notes (MD)
# ====================================================================
MD_FILE = "anteckningar_omstallning_ljungby.md"
MD_TEXT = """---
title: Omställning Ljungby – Bolmen Cast
tags: [varsel, omställning, ljungby, kronoberg]
skapad: 2027-02-08
uppdaterad: 2027-06-16
ägare: Linnea Hjort
aliases: [Bolmen, Bolmen Cast]
---

# Omställning Ljungby – Bolmen Cast

> [!info] Snabbfakta
> - Varsel: 248 pers, lämnat 2027-01-12
> - Sista anst.dag: 140 pers 31/5, 108 pers 30/9
> - Region: [[Annika Strand]] (projektledare), AF: [[Anders Strandberg]] (min chef)
> - Teams-mapp: *Omställning Ljungby / 03 Uppföljning*

> [!warning] Obs
> Anders S (AF) och Annika S (Region) blandas ihop hela tiden i mejlen. Kolla alltid vem som ska ha vad innan du skickar.

## Lokal rutin för varslade (vår sektion)

1. Inskrivning – helst innan sista anställningsdag.
2. Första planeringssamtal inom 10 arbetsdagar från inskrivning.
3. Kartlägg yrkeserfarenhet → erbjud validering (I1) eller CNC (I2).
4. Märk ärendet med koden **VARSEL-BOLMEN** i handläggningssystemet så att vi kan följa upp gruppen.
5. Boende i Halland (Hylte/Halmstad): skrivs in hos oss men kan få möten i Halmstad – kontakt [[Mattias Eklund]] på AF Halmstad.

Rutinen gäller tills vidare, beslutad på sektionsmöte 2027-02-15 (se [[Sektionsmöte 2027-02-15]]).

## Kontakter

| Namn | Roll | Telefon |
|---|---|---|
| Anders Strandberg | sektionschef AF Växjö–Ljungby | 010-486 12 70 |
| Annika Strand | projektledare Region Kronoberg | 0470-58 31 46 |
| Maria Öhman | omställningsrådgivare Trygghetsfonden TSL | 08-402 07 55 |
| Mattias Eklund | arbetsförmedlare AF Halmstad | 010-486 33 08 |
| Jenny Ekwall | näringslivschef Ljungby kommun | 0372-78 91 20 |

## Logg

### 2027-02-08
- Internt startmöte. Anders gick igenom remissversionen av handlingsplanen.
- [x] Läsa handlingsplanen (remissversion 2027-02-05) ✅ 2027-02-10

### 2027-03-12
- Styrgruppen igår: målet 65 % ligger kvar enl. Anders, centret flyttar till lärcentrum. CNC-start prel. 17 maj.
- [ ] Boka bemanning lärcentrum tis + tors 📅 2027-04-16

### 2027-04-21
- Centret öppnade igår. 23 besök första dagen (!)
- CNC-starten flyttad till 24 maj (leverantören). Intresseanmälan senast 7 maj.
- [x] Uppdatera mallbrev med nya datum ✅ 2027-04-22

### 2027-05-27
- Matchningsdag igår på Ljungby Arena. ca 22 arbetsgivare anmälda, några till kom på dagen. Ca 130 besökare? (Annika räknar)
- [ ] Skicka lista på intresserade till [[Maria Öhman]] (TSL) 📅 2027-06-02

### 2027-06-14
- Inskrivna hos oss: 187 av 248 (prel., ur systemet i dag, ej avstämt mot TSL).
- Av de 140 som slutade 31/5 har ~30 fått jobb enl. TSL.
- [ ] Underlag till lägesrapport 1 till Annika 📅 2027-09-06

%% privat: fråga Anders om semesterväxling v. 30 %%
"""


def make_md():
    with open(os.path.join(OUT, MD_FILE), "w", encoding="utf-8") as f:
        f.write(MD_TEXT)


# ====================================================================
# 6. Lägesrapport 1 (form-like PDF, platypus)
# ====================================================================
LR_FILE = "lagesrapport_1_omstallning_ljungby.pdf"


def make_lagesrapport():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    KeepTogether)

    path = os.path.join(OUT, LR_FILE)
    base = ParagraphStyle("b", fontName=SANS, fontSize=9, leading=12.2)
    small = ParagraphStyle("s", parent=base, fontSize=8, leading=10.4)
    lab = ParagraphStyle("l", parent=base, fontSize=7, leading=9,
                         textColor=colors.HexColor("#555555"))
    h1 = ParagraphStyle("h1", parent=base, fontName=SANSB, fontSize=15, leading=19,
                        textColor=GREEN, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=base, fontName=SANSB, fontSize=10.5, leading=14,
                        spaceBefore=10, spaceAfter=4, textColor=GREEN)
    cellb = ParagraphStyle("cb", parent=small, fontName=SANSB)

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *a, **k):
            canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont(SANS, 7.5)
                self.setStrokeColor(GREEN)
                self.line(18 * mm, 14 * mm, PW - 18 * mm, 14 * mm)
                self.drawString(18 * mm, 10 * mm, "Lägesrapport 1 · Omställning Ljungby · 2027-09-20")
                self.drawRightString(PW - 18 * mm, 10 * mm, f"Sida {self._pageNumber} av {n}")
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)

    def on_page(c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, PH - 14 * mm, PW, 14 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(SANSB, 10)
        c.drawString(18 * mm, PH - 9 * mm, "REGION KRONOBERG")
        c.setFont(SANS, 8.5)
        c.drawRightString(PW - 18 * mm, PH - 9 * mm, "Lägesrapport · Omställning Ljungby")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm,
                            title="Lägesrapport 1 – Omställning Ljungby",
                            author="Annika Strand, Region Kronoberg")
    story = []
    story.append(Paragraph("Lägesrapport 1 – Omställning efter varslet vid Bolmen Cast AB", h1))

    def fld(label, value):
        return [Paragraph(label, lab), Paragraph(value, base)]

    fw = (PW - 36 * mm) / 2
    ft = Table([
        [fld("Rapport", "Lägesrapport 1"), fld("Datum", "2027-09-20")],
        [fld("Rapportperiod", "2027-04-08 – 2027-08-31"), fld("Diarienummer", "RK 2027-0114")],
        [fld("Rapportör", "Annika Strand, projektledare"),
         fld("Mottagare", "Styrgruppen och regionala utvecklingsnämnden")],
    ], colWidths=[fw, fw])
    ft.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(ft)
    story.append(Spacer(1, 8))

    story.append(Paragraph("1. Sammanfattande status", h2))
    story.append(Paragraph(
        f"{BOX_ON} Arbetet går i huvudsak enligt plan &nbsp;&nbsp;&nbsp; {BOX_OFF} Betydande "
        f"avvikelser &nbsp;&nbsp;&nbsp; {BOX_OFF} Behov av beslut om ändring", base))
    story.append(Spacer(1, 4))
    story.append(Paragraph(
        "Insatserna har kommit igång enligt plan. Omställningscentret öppnade den 20 april 2027 "
        "och den första kursomgången i CNC-utbildningen startade den 24 maj 2027. Intresset för "
        "stöd till att starta eget företag är lägre än beräknat.", base))

    story.append(Paragraph("2. Beslutade förutsättningar", h2))
    box_items = [
        Paragraph("Regionala utvecklingsnämnden fastställde handlingsplanen den 8 april 2027, "
                  "§ 41. Nämnden gjorde följande ändringar jämfört med remissversionen "
                  "2027-02-05:", base),
        Spacer(1, 3),
        Paragraph("• Insats I3 Stöd till att starta eget företag minskas från 600 000 kr till "
                  "500 000 kr.", base),
        Paragraph("• Ljungby kommuns medfinansiering blir 400 000 kr (remissversionen: "
                  "500 000 kr).", base),
        Paragraph("• Omställningscentret placeras på Ljungby lärcentrum i stället för på "
                  "Arbetsförmedlingens kontor.", base),
        Paragraph("• Målet om 65 procent ligger fast, men utfallet ska redovisas uppdelat på "
                  "kvinnor och män.", base),
        Paragraph("• En referensgrupp med Företagarna Ljungby och Ljungby Industriförening "
                  "inrättas.", base),
        Spacer(1, 4),
        Paragraph("<b>Beslutad total budget: 4 250 000 kr</b> (remissversionen: 4 350 000 kr). "
                  "Finansiering: Region Kronoberg 1 900 000 kr, Arbetsförmedlingen 1 800 000 kr, "
                  "Ljungby kommun 400 000 kr och Markaryds kommun 150 000 kr.", base),
    ]
    bt = Table([[box_items]], colWidths=[PW - 36 * mm])
    bt.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, GREEN),
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    story.append(bt)

    story.append(Paragraph("3. Deltagare", h2))
    dt = Table([
        [Paragraph("Mått", cellb), Paragraph("30 juni 2027 (slutligt)", cellb),
         Paragraph("31 augusti 2027 (preliminärt)", cellb)],
        ["Inskrivna hos Arbetsförmedlingen", "191", "203"],
        ["I arbete", "38", "71"],
        ["I studier, inkl. CNC-utbildning", "22", "29"],
        ["Startat eget företag", "2", "4"],
        ["Varslade totalt", "248", "248"],
    ], colWidths=[70 * mm, 45 * mm, 50 * mm])
    dt.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), SANS, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e6e0")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story.append(dt)
    story.append(Spacer(1, 5))
    story.append(Paragraph(
        "Per den 30 juni 2027 hade 38 personer arbete enligt slutligt avstämda uppgifter. Per den "
        "31 augusti hade preliminärt 71 personer fått arbete och 29 påbörjat studier. Siffrorna "
        "för augusti är preliminära eftersom de ännu inte har stämts av mot Trygghetsfonden TSL "
        "och TRR. Uppdelning på kvinnor och män redovisas från och med lägesrapport 2.", base))
    story.append(Paragraph(
        "Matchningsdagen den 26 maj 2027 på Ljungby Arena samlade 24 arbetsgivare och omkring "
        "140 besökare.", base))

    story.append(Paragraph("4. Status per insats", h2))
    head = [Paragraph(s, cellb) for s in
            ["Insats", "Beslutad budget, kr", "Förbrukat t.o.m. 2027-08-31, kr", "Status",
             "Kommentar"]]
    rows = [
        ["I1 Validering", "1 150 000", "286 000", "Grön",
         "31 personer har påbörjat validering, 12 har fått yrkesbevis eller certifikat."],
        ["I2 CNC-utbildning", "1 800 000", "612 400", "Grön",
         "Första kursomgången startade 24 maj 2027 med 14 deltagare. Andra omgången startar "
         "4 oktober 2027."],
        ["I3 Starta eget", "500 000", "74 000", "Gul",
         "6 rådgivningar. Färre intresserade än väntat, Almi ser över upplägget."],
        ["I4 Matchningsdagar", "350 000", "121 000", "Grön",
         "Nästa matchningsdag 14 oktober 2027."],
        ["I5 Omställningscenter", "450 000", "219 000", "Grön",
         "412 besök t.o.m. 31 augusti. Torsdagskvällarna är mest besökta."],
        ["Summa", "4 250 000", "1 312 400", "", ""],
    ]
    data = [head]
    for r in rows:
        data.append([Paragraph(r[0], small), r[1], r[2], r[3], Paragraph(r[4], small)])
    st = Table(data, colWidths=[32 * mm, 24 * mm, 30 * mm, 15 * mm, PW - 36 * mm - 101 * mm],
               repeatRows=1)
    style = [
        ("FONT", (1, 1), (3, -1), SANS, 8),
        ("FONT", (0, -1), (-1, -1), SANSB, 8),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e6e0")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (1, 1), (2, -1), "RIGHT"),
        ("ALIGN", (3, 1), (3, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for i, r in enumerate(rows, start=1):
        if r[3] == "Grön":
            style.append(("BACKGROUND", (3, i), (3, i), colors.HexColor("#9fd8a8")))
        elif r[3] == "Gul":
            style.append(("BACKGROUND", (3, i), (3, i), colors.HexColor("#ffe17a")))
    st.setStyle(TableStyle(style))
    story.append(st)

    story.append(Paragraph("5. Risker och åtgärder", h2))
    story.append(Paragraph(
        "Den andra uppsägningsomgången den 30 september 2027 sammanfaller med en svagare "
        "rekrytering inom industrin under hösten. Arbetsförmedlingen och Ljungby kommun "
        "planerar därför en extra rekryteringsträff med arbetsgivare i Halland under november. "
        "Insats I3 följs upp särskilt; om intresset inte ökar kan styrgruppen föreslå att "
        "medel flyttas till insats I1.", base))
    story.append(Paragraph("6. Kommande rapportering", h2))
    story.append(Paragraph(
        "Lägesrapport 2 lämnas senast den 15 december 2027 och omfattar även slutliga siffror "
        "per den 31 augusti 2027.", base))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Annika Strand<br/>Projektledare, Region Kronoberg", base))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    make_handlingsplan()
    make_docx()
    make_txt()
    make_leaflet()
    make_md()
    make_lagesrapport()
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))
