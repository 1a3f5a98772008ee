"""r134 test documents - run as: python r134_make_files.py OUT_DIR

Writes six invented (but plausible) Swedish documents for a test round of the
regional-development / Arbetsförmedlingen question-answering assistant.
Only stdlib, reportlab and python-docx are used.

1. r134_rsp_lagesrapport_jamtland_2026.pdf  (PDF, reportlab canvas, 6 pages)
   Region Jämtland Härjedalen, "Regionalt serviceprogram 2026-2029 -
   Lägesrapport 2026" (commercial service in rural areas). Layout traits:
   title page without page number, front matter numbered with ROMAN
   numerals (ii foreword signed by the director, iii contents with dot
   leaders and page numbers), body numbered from 1 in arabic; a running
   header whose right half shows the CURRENT CHAPTER (like a Word STYLEREF
   field), so it changes from page to page; three-level numbered headings
   (3.1.1); hyphenated line ends; a ruled support table with symbol
   footnote marks (*, **, †) explained in notes directly under the table
   and a "Summa" row; an indicator table; a numbered list of proposals.

2. r134_kallelse_avn_trollhattan_2026-12-10.pdf  (PDF, reportlab canvas, 2 pages)
   Trollhättans stad, KALLELSE with föredragningslista (agenda, NOT minutes)
   for Arbetsmarknads- och vuxenutbildningsnämnden 10 December 2026.
   Layout traits: letterhead on page 1 only with a right-hand box
   (KALLELSE / Datum / Sida 1 (2)), a label-value block (Tid, Plats,
   Gruppmöten, Förhinder), an unruled agenda laid out as four columns
   (Nr | Ärende with indented "Föredragande:" and bold "Förslag till beslut:"
   lines | Dnr | Tid) with thin rules between items, continuing on page 2
   under a small running header; closed-doors note for one item; signature
   lines for chair and secretary at the end. No justerare is named.

3. r134_jobbspar_bussforare_halland.docx  (DOCX, python-docx)
   Överenskommelse om Jobbspår bussförare Halland 2027 between
   Arbetsförmedlingen, Halmstads kommun, Region Halland/Hallandstrafiken
   and Västkustbuss AB. Layout traits: THREE SECTIONS - portrait, a
   LANDSCAPE section (Bilaga 1) and portrait again (Bilaga 2) - each with
   its own Word header (unlinked), footer with PAGE / NUMPAGES fields;
   goals as Word auto-numbered "List Number" paragraphs (the digits are
   not in the text); a key-value party table; a cost table; in the
   landscape week-by-week table one cell merged ACROSS two columns and
   one "Ansvarig" cell merged DOWN over two rows, plus a Summa row.

4. r134_platsrapport_amu_vasternorrland.txt  (TXT, UTF-8)
   Arbetsförmedlingen system report "AMU-PL-07", places on labour-market
   training courses in Västernorrlands län. Layout traits: fixed-width
   mainframe-style print file, FORM FEED characters between three pages,
   page header with "SIDA n AV 3" and the column headings repeated on
   every page, rows grouped by ort with "SUMMA ORT" lines, a supplier name
   truncated by the column width, status codes
   (PÅG/PLA/AVB) explained in a legend on the last page, a cancelled course
   with an asterisk note that is excluded from the sums, "TOTALT LÄN" line
   and "*** SLUT PÅ RAPPORT ***".

5. r134_projektlogg_vatgas_norrbotten.md  (Markdown)
   Region Norrbotten project wiki page "Projektlogg - Vätgaskompetens
   Norrbotten (VKN)", FRO/JTF-financed. Layout traits: REVERSE
   CHRONOLOGICAL log (newest entry first) where figures and dates change
   between entries (a course start is moved, the project manager changes,
   registrations grow), a key-value head with trailing-two-space line
   breaks, an indicator table with alignment colons and an ESCAPED PIPE
   "\\|" inside cells, GitHub task lists "- [x]/- [ ]", Markdown footnotes
   [^1] defined at the bottom, initials in entry headings.

6. r134_relocation_skelleftea_sv_en.pdf  (PDF, reportlab canvas, 2 pages)
   Skellefteå kommun / Region Västerbotten information sheet on the
   relocation and partner service 2027. Layout traits: BILINGUAL PARALLEL
   COLUMNS - Swedish in the left column, English in the right column,
   block by block with aligned block tops (text extraction interleaves the
   two languages line by line), a vertical divider, bilingual headings
   "Kostnad / Cost", bullet lists in both languages, a fee table spanning
   the full width with two-language header cells, footer with a version
   note and page "1/2".
"""

import os
import sys

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NB = "\u00a0"  # non-breaking space: keeps figures together, drawn as a space
VOWELS = set("aeiouyåäöéAEIOUYÅÄÖÉ")


# ---------------------------------------------------------------------------
# small PDF flow engine (canvas based, own wrapping with hyphenation)
# ---------------------------------------------------------------------------

def sw(s, font, size):
    return stringWidth(s.replace(NB, " "), font, size)


def hyph_split(word, font, size, avail):
    """Split a long plain word so that prefix + '-' fits in avail."""
    core = word.rstrip(".,;:)")
    if len(core) < 9 or NB in word or any(ch.isdigit() for ch in word):
        return None
    if not core.replace("-", "").isalpha() or "-" in core:
        return None
    best = None
    for i in range(4, len(core) - 3):
        a, b = core[i - 1], core[i]
        nxt = core[i + 1]
        ok = (a not in VOWELS and b not in VOWELS and nxt in VOWELS) or \
             (a in VOWELS and b not in VOWELS and nxt in VOWELS)
        if ok and sw(word[:i] + "-", font, size) <= avail:
            best = i
    if best is None:
        return None
    return word[:best], word[best:]


def wrap(text, font, size, width, hyph=True):
    out = []
    for part in text.split("\n"):
        words = [w for w in part.split(" ") if w != ""]
        cur = ""
        for w in words:
            trial = w if not cur else cur + " " + w
            if sw(trial, font, size) <= width:
                cur = trial
                continue
            if hyph and cur:
                sp = hyph_split(w, font, size, width - sw(cur + " ", font, size))
                if sp:
                    out.append(cur + " " + sp[0] + "-")
                    cur = sp[1]
                    continue
            if cur:
                out.append(cur)
            cur = w
        out.append(cur)
    return out


class Flow:
    def __init__(self, pagesize=A4, left=62, right=62, top=78, bottom=72):
        self.W, self.H = pagesize
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.width = self.W - left - right
        self.pages = [[]]
        self.meta = [{}]
        self.y = self.H - top
        self.current_chapter = ""
        self.chapter_pages = []

    # -- page handling
    def newpage(self):
        self.pages.append([])
        self.meta.append({"carry": self.current_chapter})
        self.y = self.H - self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def op(self, fn):
        self.pages[-1].append(fn)

    def draw(self, x, y, s, font="Helvetica", size=10):
        s = s.replace(NB, " ")
        self.op(lambda c, x=x, y=y, s=s, f=font, z=size: (c.setFont(f, z), c.drawString(x, y, s)))

    def hline(self, x1, x2, y, w=0.5, gray=0.0):
        self.op(lambda c, x1=x1, x2=x2, y=y, w=w, g=gray: (
            c.setLineWidth(w), c.setStrokeGray(g), c.line(x1, y, x2, y), c.setStrokeGray(0)))

    # -- flowables
    def space(self, h):
        self.y -= h

    def para(self, text, font="Helvetica", size=10, leading=13.5, indent=0,
             after=6, hyph=True, bold_prefix=None, x=None, width=None):
        x0 = (self.left if x is None else x) + indent
        wdt = (self.width if width is None else width) - indent
        lines = wrap(text, font, size, wdt, hyph)
        for i, ln in enumerate(lines):
            self.need(leading)
            self.y -= leading
            if i == 0 and bold_prefix and ln.startswith(bold_prefix):
                self.draw(x0, self.y, bold_prefix, "Helvetica-Bold", size)
                rest = ln[len(bold_prefix):]
                self.draw(x0 + sw(bold_prefix, "Helvetica-Bold", size), self.y, rest, font, size)
            else:
                self.draw(x0, self.y, ln, font, size)
        self.y -= after

    def heading(self, text, level=1):
        size = {1: 15, 2: 12, 3: 10.5}[level]
        self.need(size * 4)
        self.y -= 8 if level == 1 else 5
        if level == 1:
            self.current_chapter = text
            self.chapter_pages.append((text, len(self.pages)))
            self.meta[-1].setdefault("first", text)
        self.para(text, "Helvetica-Bold", size, size * 1.35, after=4, hyph=False)

    def bullets(self, items, numbered=False, size=10, indent=14):
        for i, it in enumerate(items, 1):
            mark = f"{i}." if numbered else "\u2022"
            lines = wrap(it, "Helvetica", size, self.width - indent - 12)
            for j, ln in enumerate(lines):
                self.need(13.5)
                self.y -= 13.5
                if j == 0:
                    self.draw(self.left + indent, self.y, mark, "Helvetica", size)
                self.draw(self.left + indent + 14, self.y, ln, "Helvetica", size)
            self.y -= 2
        self.y -= 5

    def table(self, colw, rows, header_rows=1, size=8.8, bold_rows=(), align=None,
              grid=True, leading=11.2, pad=3.5, shade_header=True):
        align = align or ["L"] * len(colw)
        x0 = self.left

        def row_layout(r, bold):
            font = "Helvetica-Bold" if bold else "Helvetica"
            cells = [wrap(str(t), font, size, w - 2 * pad, hyph=False) for t, w in zip(r, colw)]
            h = max(len(c) for c in cells) * leading + 2 * pad
            return cells, h, font

        def draw_row(r, bold, shade):
            cells, h, font = row_layout(r, bold)
            top = self.y
            if shade:
                self.op(lambda c, x=x0, y=top - h, w=sum(colw), hh=h: (
                    c.setFillGray(0.88), c.rect(x, y, w, hh, stroke=0, fill=1), c.setFillGray(0)))
            x = x0
            for lines, w, al in zip(cells, colw, align):
                yy = top - pad - size
                for ln in lines:
                    if al == "R":
                        self.draw(x + w - pad - sw(ln, font, size), yy, ln, font, size)
                    else:
                        self.draw(x + pad, yy, ln, font, size)
                    yy -= leading
                x += w
            if grid:
                self.op(lambda c, top=top, h=h: self._grid(c, x0, top, colw, h))
            self.y -= h

        header = rows[:header_rows]
        for i, r in enumerate(rows):
            is_head = i < header_rows
            _, h, _ = row_layout(r, is_head or i in bold_rows)
            if self.y - h < self.bottom:
                self.newpage()
                if not is_head:
                    for hr in header:
                        draw_row(hr, True, shade_header)
            draw_row(r, is_head or i in bold_rows, is_head and shade_header)
        self.y -= 6

    @staticmethod
    def _grid(c, x0, top, colw, h):
        c.setLineWidth(0.5)
        c.rect(x0, top - h, sum(colw), h, stroke=1, fill=0)
        x = x0
        for w in colw[:-1]:
            x += w
            c.line(x, top, x, top - h)

    def render_into(self, c, decorate, page_offset=0, total=None):
        total = total or len(self.pages)
        for i, ops in enumerate(self.pages):
            c.setPageSize((self.W, self.H))
            m = self.meta[i]
            decorate(c, i + 1, total, m.get("first") or m.get("carry", ""))
            for fn in ops:
                fn(c)
            c.showPage()


def roman(n):
    return {1: "i", 2: "ii", 3: "iii", 4: "iv"}[n]


# ---------------------------------------------------------------------------
# 1. Regionalt serviceprogram - Jämtland Härjedalen
# ---------------------------------------------------------------------------

def make_rsp(path):
    f = Flow()
    f.heading("1 Sammanfattning")
    f.para("Regionalt serviceprogram (RSP) 2026\u20132029 är Region Jämtland Härjedalens "
           "verktyg för att invånare och företag i hela länet ska ha tillgång till "
           "kommersiell och offentlig service på rimligt avstånd. Den här lägesrapporten "
           "beskriver det första genomförandeåret och redovisar beviljade stöd, utvecklingen "
           "av servicepunkter och utfallet för programmets indikatorer.")
    f.para("Under 2026 beviljades 32 stödärenden till ett sammanlagt belopp av "
           f"6{NB}592{NB}000 kronor. Tre nya servicepunkter öppnade, och antalet "
           "dagligvarubutiker i länet minskade med två. Tillgängligheten till "
           "dagligvaror är fortsatt hög men har försämrats marginellt i de västra "
           "fjällkommunerna, där två butiker lade ned under våren.")
    f.heading("2 Bakgrund och uppdrag")
    f.para("Regionen har enligt förordningen (2000:284) om stöd till kommersiell service "
           "ansvar för att ta fram och genomföra ett regionalt serviceprogram i samverkan "
           "med länets kommuner, Länsstyrelsen och Tillväxtverket. Programmet beslutades av "
           "regionala utvecklingsnämnden den 9 december 2025 (§ 188).")
    f.heading("2.1 Programmets mål", 2)
    f.para("Programmet har tre övergripande mål: (1) att bibehålla ett finmaskigt nät av "
           "dagligvarubutiker och drivmedelsstationer, (2) att utveckla servicepunkter "
           "där flera tjänster samlas på ett ställe och (3) att stärka kommunernas "
           "arbete med lokala serviceplaner. Målvärdena för 2029 redovisas i kapitel 4.")
    f.heading("2.2 Finansiering", 2)
    f.para("Den samlade budgeten för 2026 var 7,1 miljoner kronor, varav 5,0 miljoner "
           "kronor från Tillväxtverket (anslaget 1:1 Regionala utvecklingsåtgärder) och "
           "2,1 miljoner kronor i regional medfinansiering. Outnyttjade medel får enligt "
           "beslut från Tillväxtverket föras över till 2027 med högst 15 procent av "
           "årets tilldelning.")
    f.newpage()
    f.heading("3 Genomförda insatser 2026")
    f.heading("3.1 Servicepunkter", 2)
    f.heading("3.1.1 Nya servicepunkter", 3)
    f.para("En servicepunkt är en plats, oftast i en dagligvarubutik eller en bygdegård, "
           "där invånare kan få hjälp med exempelvis paketutlämning, apoteksombud, "
           "kontanthantering och digital samhällsinformation. Under året öppnade tre nya "
           "servicepunkter:")
    f.bullets(["Storlien (Åre kommun), i samarbete med byaföreningen, öppnad i mars",
               "Rätan (Bergs kommun), i den lokala ICA-butiken, öppnad i maj",
               "Gäddede (Strömsunds kommun), i kommunens medborgarkontor, öppnad i oktober"])
    f.para("Därmed fanns vid årets slut 14 servicepunkter i länet, jämfört med 11 vid "
           "utgången av 2025.")
    f.heading("3.1.2 Avvecklade servicepunkter", 3)
    f.para("Ingen servicepunkt avvecklades under 2026. Servicepunkten i Kälarne (Bräcke "
           "kommun) höll dock stängt 1 juni\u201315 augusti 2026 på grund av "
           "personalbrist i värdbutiken, och öppettiderna har därefter begränsats till "
           "tre dagar i veckan.")
    f.heading("3.2 Stöd till kommersiell service", 2)
    f.para("Tabell 1 visar beviljade stöd under 2026 fördelade på stödform. Beloppen avser "
           "beslut fattade under kalenderåret; utbetalningar sker mot rekvisition och kan "
           "därför släpa efter.")
    f.para("Tabell 1. Beviljade stöd 2026 per stödform (kronor)", "Helvetica-Bold", 9.5, after=2)
    f.table([190, 70, 100, 111], [
        ["Stödform", "Antal ärenden", "Beviljat belopp", "Varav utbetalt"],
        ["Investeringsstöd till dagligvarubutiker", "9", f"2{NB}340{NB}000", f"1{NB}610{NB}000"],
        ["Driftstöd till dagligvarubutiker*", "14", f"3{NB}150{NB}000", f"3{NB}150{NB}000"],
        ["Hemsändningsbidrag**", "6", f"412{NB}000", f"287{NB}500"],
        ["Särskilt driftstöd drivmedel\u2020", "3", f"690{NB}000", "0"],
        ["Summa", "32", f"6{NB}592{NB}000", f"5{NB}047{NB}500"],
    ], bold_rows=(5,), align=["L", "R", "R", "R"])
    for note in [f"* Driftstöd får lämnas med högst 400{NB}000 kronor per butik och år.",
                 "** Bidraget avser 50 procent av kommunens kostnad för hemsändning av dagligvaror.",
                 "\u2020 Beslutade i december 2026; utbetalning sker under 2027."]:
        f.para(note, "Helvetica-Oblique", 8, 10, after=0, hyph=False)
    f.space(8)
    f.para("Investeringsstöden har främst gått till kyl- och frysutrustning samt "
           "energieffektiviseringar. Efterfrågan på investeringsstöd översteg "
           "tillgängliga medel, och fyra ansökningar fick avslag av budgetskäl.")
    f.heading("3.3 Lokala serviceplaner", 2)
    f.para("Sju av länets åtta kommuner har en antagen lokal serviceplan. Ragunda kommun "
           "beräknas anta sin plan under första halvåret 2027. Regionen har under året "
           "anordnat två nätverksträffar för kommunernas servicehandläggare.")
    f.newpage()
    f.heading("4 Uppföljning av indikatorer")
    f.para("Tabell 2 redovisar programmets indikatorer. Utgångsläget avser den 31 december "
           "2025 och utfallet den 31 december 2026. Uppgifterna om tillgänglighet bygger "
           "på Tillväxtverkets analysverktyg Pipos Serviceanalys.")
    f.para("Tabell 2. Indikatorer för RSP 2026\u20132029", "Helvetica-Bold", 9.5, after=2)
    f.table([215, 85, 85, 86], [
        ["Indikator", "Utgångsläge 2025", "Utfall 2026", "Mål 2029"],
        ["Antal dagligvarubutiker i länet", "71", "69", "minst 70"],
        ["Andel invånare med högst 15 minuters bilresa till dagligvarubutik",
         "96,2 %", "96,0 %", "97 %"],
        ["Antal servicepunkter", "11", "14", "18"],
        ["Antal drivmedelsstationer på landsbygden", "38", "37", "38"],
        ["Antal kommuner med antagen lokal serviceplan", "6", "7", "8"],
    ], align=["L", "R", "R", "R"])
    f.para("Indikatorn för dagligvarubutiker ligger under målvärdet. Nedläggningarna har "
           "skett i orter där det finns en annan butik inom 20 kilometer, varför "
           "tillgänglighetsmåttet endast påverkats marginellt.")
    f.heading("5 Lärdomar och fortsatt arbete")
    f.para("Av årets erfarenheter drar regionen följande slutsatser och förslag inför 2027:")
    f.bullets([
        "Ansökningsomgången för investeringsstöd bör öppna 1 februari 2027 och stänga "
        "31 mars 2027, så att besked kan lämnas före sommarsäsongen.",
        "Hemsändningsbidraget bör marknadsföras bättre; endast tre av åtta kommuner "
        "har sökt bidraget.",
        "Servicepunkterna bör följas upp med en enkel besöksräkning från och med "
        "andra kvartalet 2027.",
        "Samverkan med Länsstyrelsen om beredskapsperspektivet (drivmedel och "
        "kontanter vid kris) fördjupas.",
    ], numbered=True)
    f.para("Nästa lägesrapport lämnas till regionala utvecklingsnämnden i november 2027.")

    body_total = len(f.pages)
    toc = [(t, p) for t, p in f.chapter_pages]

    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Regionalt serviceprogram 2026-2029 - Lägesrapport 2026")
    c.setAuthor("Region Jämtland Härjedalen")
    W, H = A4
    # title page (i, number not shown)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(62, H - 80, "REGION JÄMTLAND HÄRJEDALEN")
    c.setFont("Helvetica", 9)
    c.drawString(62, H - 94, "Regional utveckling")
    c.setFont("Helvetica-Bold", 24)
    c.drawString(62, H - 300, "Regionalt serviceprogram")
    c.drawString(62, H - 330, "2026\u20132029")
    c.setFont("Helvetica", 16)
    c.drawString(62, H - 362, "Lägesrapport 2026")
    c.setFont("Helvetica", 10)
    c.drawString(62, H - 420, "Dnr RJH 2026/1452")
    c.drawString(62, H - 434, "Datum: 2026-11-20")
    c.drawString(62, H - 448, "Ärendet behandlas i regionala utvecklingsnämnden 2026-12-08")
    c.showPage()
    # ii foreword
    c.setFont("Helvetica-Bold", 15)
    c.drawString(62, H - 90, "Förord")
    ff = Flow()
    ff.y = H - 110
    ff.para("Tillgång till en livsmedelsbutik, ett paketombud eller en bensinmack är för "
            "många av länets invånare avgörande för möjligheten att bo och driva företag "
            "på landsbygden. Det första året med det nya serviceprogrammet visar att de "
            "gemensamma insatserna gör skillnad, men också att marginalerna är små.")
    ff.para("Jag vill tacka kommunernas servicehandläggare, byaföreningarna och alla "
            "handlare som bidragit med underlag till rapporten.")
    ff.para("Östersund i november 2026", after=18)
    ff.para("Karin Edfeldt", "Helvetica-Bold", after=0)
    ff.para("Regional utvecklingsdirektör")
    for fn in ff.pages[0]:
        fn(c)
    c.setFont("Helvetica", 9)
    c.drawCentredString(W / 2, 40, roman(2))
    c.showPage()
    # iii contents
    c.setFont("Helvetica-Bold", 15)
    c.drawString(62, H - 90, "Innehåll")
    y = H - 120
    c.setFont("Helvetica", 10.5)
    dots = "." * 120
    for title, p in [("Förord", "ii")] + [(t, str(p)) for t, p in toc]:
        c.drawString(62, y, title)
        tw = stringWidth(title, "Helvetica", 10.5) + 66
        pw = stringWidth(p, "Helvetica", 10.5)
        d = dots
        while stringWidth(d, "Helvetica", 10.5) > (W - 62 - pw - 4) - tw:
            d = d[:-1]
        c.drawString(tw, y, d)
        c.drawRightString(W - 62, y, p)
        y -= 20
    c.setFont("Helvetica", 9)
    c.drawCentredString(W / 2, 40, roman(3))
    c.showPage()

    def deco(cv, n, total, chapter):
        cv.setFont("Helvetica", 8)
        cv.drawString(62, H - 45, "Regionalt serviceprogram \u2013 Lägesrapport 2026")
        cv.drawRightString(W - 62, H - 45, chapter)
        cv.setLineWidth(0.4)
        cv.line(62, H - 50, W - 62, H - 50)
        cv.line(62, 55, W - 62, 55)
        cv.drawString(62, 42, "Region Jämtland Härjedalen")
        cv.drawCentredString(W / 2, 42, str(n))
        cv.drawRightString(W - 62, 42, "Dnr RJH 2026/1452")

    f.render_into(c, deco, total=body_total)
    c.save()


# ---------------------------------------------------------------------------
# 2. Kallelse AVN Trollhättan
# ---------------------------------------------------------------------------

def make_kallelse(path):
    f = Flow(top=210, bottom=80, left=56, right=50)
    W, H = A4
    L = 56
    f.y = H - 150
    for lab, val in [
        ("Tid", "Torsdagen den 10 december 2026 kl. 08.30\u201312.00"),
        ("Plats", "Stadshuset, sammanträdesrum Nohab, Gärdhemsvägen 9, Trollhättan"),
        ("Gruppmöten", "Socialdemokraterna och Vänsterpartiet kl. 07.45 i rum Spinn; "
                       "övriga partier kl. 07.45 i rum Saab"),
        ("Förhinder", "Ledamot som har förhinder meddelar detta senast tisdag 8 december "
                      "till nämndsekreterare Linnea Okafor, 0520-49 71 32, så att ersättare "
                      "kan kallas in."),
        ("Handlingar", "Handlingarna publiceras i Netpublicator från och med 2026-12-03."),
    ]:
        lines = wrap(val, "Helvetica", 9.5, 400, hyph=False)
        f.y -= 13
        f.draw(L, f.y, lab, "Helvetica-Bold", 9.5)
        for i, ln in enumerate(lines):
            if i:
                f.y -= 12.5
            f.draw(L + 90, f.y, ln, "Helvetica", 9.5)
        f.y -= 4
    f.y -= 14
    f.draw(L, f.y, "Föredragningslista", "Helvetica-Bold", 13)
    f.y -= 18
    cols = [(L, "Nr"), (L + 28, "Ärende"), (L + 350, "Dnr"), (L + 432, "Tid")]
    for x, t in cols:
        f.draw(x, f.y, t, "Helvetica-Bold", 9)
    f.y -= 5
    f.hline(L, W - 50, f.y, 0.8)

    items = [
        ("1", "Val av justerare samt tid för justering",
         None,
         "Förslag till beslut: Protokollet justeras tisdagen den 15 december 2026 kl. 14.00 "
         "i stadshuset. Nämnden utser en justerare vid sammanträdet.",
         "", "08.30"),
        ("2", "Godkännande av föredragningslistan", None, None, "", ""),
        ("3", "Information: Arbetsmarknadsläget i Trollhättan",
         "Föredragande: Erik Sandin, sektionschef, Arbetsförmedlingen Trollhättan",
         None, "", "08.40\u201309.10"),
        ("4", "Ekonomisk uppföljning per oktober 2026",
         "Föredragande: Annelie Brandt, controller. Prognosen för helåret visar ett "
         f"underskott på 1,8{NB}mnkr mot budget, främst till följd av ökade kostnader "
         "för ekonomiskt bistånd.",
         "Förslag till beslut: Nämnden godkänner uppföljningen och uppdrar åt "
         "förvaltningen att redovisa åtgärder för en budget i balans vid "
         "sammanträdet den 28 januari 2027.",
         "AVN 2026/288", "09.10\u201309.30"),
        ("5", "Internbudget 2027",
         "Föredragande: Annelie Brandt, controller. Kommunfullmäktige beslutade "
         f"2026-11-23 om en nettoram för nämnden på 214,6{NB}mnkr för 2027.",
         "Förslag till beslut: Nämnden fastställer internbudget 2027 enligt bilaga 1.",
         "AVN 2026/301", "09.30\u201310.00"),
        ("6", "Lokal överenskommelse med Arbetsförmedlingen 2027\u20132028 (DUA)",
         "Föredragande: Jonas Hedberg, förvaltningschef",
         "Förslag till beslut: Nämnden godkänner överenskommelsen och föreslår "
         "kommunstyrelsen att underteckna den.",
         "AVN 2026/311", "10.00\u201310.20"),
        ("", "Paus", None, None, "", "10.20\u201310.35"),
        ("7", "Kommunala visstidsanställningar med lönestöd 2027",
         "Föredragande: Jonas Hedberg, förvaltningschef. Förvaltningen föreslår att "
         "antalet platser minskas från 60 till 45 inom given budgetram.",
         "Förslag till beslut: Nämnden beslutar om 45 platser för 2027.",
         "AVN 2026/274", "10.35\u201311.00"),
        ("8", "Yttrande över remiss: Regional kompetensförsörjningsplan för "
              "Västra Götaland 2027\u20132030",
         "Remissvar ska lämnas till Västra Götalandsregionen senast 2026-12-20.",
         "Förslag till beslut: Nämnden antar förvaltningens förslag till yttrande "
         "som sitt eget.",
         "AVN 2026/295", "11.00\u201311.20"),
        ("9", "Individärende enligt SoL \u2013 behandlas inom stängda dörrar",
         "Handlingar delas ut vid sammanträdet (sekretess enligt 26 kap. 1 § OSL).",
         None, "AVN 2026/S-41", "11.20\u201311.35"),
        ("10", "Anmälan av delegationsbeslut oktober\u2013november 2026", None, None,
         "AVN 2026/6", ""),
        ("11", "Meddelanden", None, None, "AVN 2026/5", ""),
        ("12", "Sammanträdesplan 2027",
         "Förvaltningen föreslår sammanträden 28 januari, 11 mars, 22 april, 3 juni, "
         "9 september, 21 oktober och 2 december 2027, samtliga med start kl. 08.30.",
         "Förslag till beslut: Nämnden fastställer sammanträdesplanen för 2027.",
         "AVN 2026/309", "11.35\u201311.50"),
    ]

    def item_height(title, sub, prop):
        n = len(wrap(title, "Helvetica-Bold", 9.5, 310))
        if sub:
            n += len(wrap(sub, "Helvetica", 9, 300))
        if prop:
            n += len(wrap(prop, "Helvetica", 9, 300))
        return n * 12.5 + 12

    for nr, title, sub, prop, dnr, tid in items:
        h = item_height(title, sub, prop)
        if f.y - h < f.bottom:
            f.newpage()
            f.y = H - 95
            for x, t in cols:
                f.draw(x, f.y, t, "Helvetica-Bold", 9)
            f.y -= 5
            f.hline(L, W - 50, f.y, 0.8)
        f.y -= 14
        top = f.y
        f.draw(L, top, nr, "Helvetica-Bold", 9.5)
        f.draw(L + 350, top, dnr, "Helvetica", 9)
        f.draw(L + 432, top, tid, "Helvetica", 9)
        for i, ln in enumerate(wrap(title, "Helvetica-Bold", 9.5, 310)):
            if i:
                f.y -= 12.5
            f.draw(L + 28, f.y, ln, "Helvetica-Bold", 9.5)
        for txt, bold in ((sub, None), (prop, "Förslag till beslut:")):
            if not txt:
                continue
            for i, ln in enumerate(wrap(txt, "Helvetica", 9, 300)):
                f.y -= 12.5
                if i == 0 and bold and ln.startswith(bold):
                    f.draw(L + 38, f.y, bold, "Helvetica-Bold", 9)
                    f.draw(L + 38 + sw(bold + " ", "Helvetica-Bold", 9), f.y,
                           ln[len(bold) + 1:], "Helvetica", 9)
                else:
                    f.draw(L + 38, f.y, ln, "Helvetica", 9)
        f.y -= 7
        f.hline(L, W - 50, f.y, 0.3, 0.55)

    f.y -= 30
    f.draw(L, f.y, "Välkomna!", "Helvetica", 10)
    f.y -= 44
    f.hline(L, L + 170, f.y, 0.4)
    f.hline(L + 250, L + 420, f.y, 0.4)
    f.y -= 12
    f.draw(L, f.y, "Maria Lindqvist (S), ordförande", "Helvetica", 9)
    f.draw(L + 250, f.y, "Linnea Okafor, nämndsekreterare", "Helvetica", 9)

    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Kallelse Arbetsmarknads- och vuxenutbildningsnämnden 2026-12-10")

    def deco(cv, n, total, _):
        if n == 1:
            cv.setFont("Helvetica-Bold", 16)
            cv.drawString(L, H - 62, "TROLLHÄTTANS STAD")
            cv.setFont("Helvetica", 9.5)
            cv.drawString(L, H - 77, "Arbetsmarknads- och vuxenutbildningsnämnden")
            cv.setLineWidth(0.6)
            cv.rect(W - 210, H - 112, 160, 62, stroke=1, fill=0)
            cv.setFont("Helvetica-Bold", 12)
            cv.drawString(W - 200, H - 68, "KALLELSE")
            cv.setFont("Helvetica", 9)
            cv.drawString(W - 200, H - 84, "Datum: 2026-11-30")
            cv.drawString(W - 200, H - 97, f"Sida {n} ({total})")
            cv.setFont("Helvetica", 9)
            cv.drawString(L, H - 128, "Ledamöter och ersättare kallas till sammanträde "
                                      "med arbetsmarknads- och vuxenutbildningsnämnden.")
        else:
            cv.setFont("Helvetica", 8)
            cv.drawString(L, H - 50, "Trollhättans stad \u2013 Kallelse AVN 2026-12-10")
            cv.drawRightString(W - 50, H - 50, f"Sida {n} ({total})")
            cv.setLineWidth(0.4)
            cv.line(L, H - 55, W - 50, H - 55)
        cv.setFont("Helvetica", 7.5)
        cv.line(L, 58, W - 50, 58)
        cv.drawString(L, 46, "Trollhättans stad \u00b7 Arbetsmarknads- och vuxenutbildningsförvaltningen "
                             "\u00b7 461 83 Trollhättan \u00b7 Växel 0520-49 50 00")

    f.render_into(c, deco)
    c.save()


# ---------------------------------------------------------------------------
# 3. DOCX Jobbspår bussförare Halland
# ---------------------------------------------------------------------------

def _field(par, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def _set_header(section, text, footer=True):
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = text
    for r in hp.runs:
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    if footer:
        section.footer.is_linked_to_previous = False
        fp = section.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = fp.add_run("Sida ")
        run.font.size = Pt(8.5)
        _field(fp, "PAGE")
        fp.add_run(" av ").font.size = Pt(8.5)
        _field(fp, "NUMPAGES")


def _shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _table(doc, rows, widths=None, header=True, bold_last=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = v
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9.5)
                    if (header and i == 0) or (bold_last and i == len(rows) - 1):
                        run.bold = True
            if header and i == 0:
                _shade(cell)
            if widths:
                cell.width = widths[j]
    return t


def make_jobbspar(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.core_properties.title = "Överenskommelse Jobbspår bussförare Halland 2027"
    doc.core_properties.author = "Arbetsförmedlingen Halmstad"
    s1 = doc.sections[0]
    s1.left_margin = s1.right_margin = Cm(2.3)
    _set_header(s1, "Överenskommelse Jobbspår bussförare Halland\tVersion 1.2\t2026-11-25")

    doc.add_heading("Överenskommelse om Jobbspår bussförare \u2013 Halland 2027", 0)
    doc.add_paragraph("Denna överenskommelse reglerar samverkan mellan parterna nedan om ett "
                      "jobbspår där arbetssökande utbildas till bussförare med "
                      "anställningsmöjlighet hos Västkustbuss AB.")
    doc.add_heading("Parter", 1)
    _table(doc, [
        ["Part", "Företrädd av"],
        ["Arbetsförmedlingen, lokalt kontor Halmstad", "Sektionschef Petra Ljungberg"],
        ["Halmstads kommun, Kompetenscentrum vuxenutbildning", "Rektor Amir Haddad"],
        ["Region Halland, Hallandstrafiken", "Trafikdirektör Gunilla Svärd"],
        ["Västkustbuss AB", "Regionchef Halland Mats Ekholm"],
    ], widths=[Cm(8.5), Cm(7.5)])
    doc.add_heading("Bakgrund", 1)
    doc.add_paragraph("Bussoperatörerna i Halland bedömer att cirka 140 nya bussförare behöver "
                      "rekryteras fram till 2029, bland annat på grund av pensionsavgångar och "
                      "utökad regiontrafik. Samtidigt finns många inskrivna arbetssökande i "
                      "Halmstad med B-körkort som saknar yrkesutbildning.")
    doc.add_heading("Syfte och mål", 1)
    doc.add_paragraph("Jobbspåret ska leda till varaktig anställning. Parterna har enats om "
                      "följande mål för 2027:")
    for g in ["24 deltagare påbörjar utbildningen under 2027, fördelade på två grupper om 12.",
              "Minst 80 procent av dem som fullföljer utbildningen har en anställning som "
              "bussförare 90 dagar efter avslutad utbildning.",
              "Minst 40 procent av deltagarna är kvinnor."]:
        doc.add_paragraph(g, style="List Number")
    doc.add_heading("Målgrupp och förkunskapskrav", 1)
    doc.add_paragraph("För att kunna anvisas till jobbspåret ska den sökande")
    for b in ["vara inskriven som arbetssökande hos Arbetsförmedlingen,",
              "ha fyllt 21 år vid kursstart,",
              "ha ett giltigt körkort med behörighet B (körkortstillstånd för tung "
              "behörighet söks under vecka 1),",
              "ha kunskaper i svenska motsvarande lägst sfi kurs D, samt",
              "ha ett godkänt läkarintyg för högre behörighet; kostnaden betalas av "
              "Arbetsförmedlingen."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("Arbetsförmedlingen ansvarar för att bedöma lämplighet och anvisa "
                      "deltagare. Västkustbuss AB deltar i urvalsintervjuerna.")
    doc.add_heading("Upplägg och tider", 1)
    doc.add_paragraph("Utbildningen omfattar 20 veckor på heltid och består av körkortsutbildning "
                      "för behörighet D, yrkeskompetensbevis (YKB) grundutbildning, praktik och "
                      "linjeupplärning. Veckoupplägget framgår av bilaga 1.")
    p = doc.add_paragraph()
    p.add_run("Grupp 1: ").bold = True
    p.add_run("kursstart 15 februari 2027, avslut 2 juli 2027.")
    p = doc.add_paragraph()
    p.add_run("Grupp 2: ").bold = True
    p.add_run("kursstart 23 augusti 2027, avslut 14 januari 2028.")
    doc.add_heading("Parternas åtaganden", 1)
    doc.add_heading("Arbetsförmedlingen", 2)
    for b in ["anvisar deltagare och beslutar om aktivitetsstöd,",
              "upphandlar och finansierar körkortsutbildningen som arbetsmarknadsutbildning,",
              "följer upp deltagarna var fjärde vecka."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Halmstads kommun", 2)
    for b in ["genomför introduktion och YKB grundutbildning inom yrkesvux,",
              "erbjuder studie- och yrkesvägledning samt språkstöd under hela utbildningen."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Västkustbuss AB", 2)
    for b in ["tar emot deltagare på praktik under vecka 15\u201318 med utsedd handledare,",
              "erbjuder anställning med minst 75 procents sysselsättningsgrad till deltagare "
              "som blir godkända, under förutsättning av fortsatt trafikavtal."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Region Halland, Hallandstrafiken", 2)
    doc.add_paragraph("bidrar med information om trafikplanering och framtida "
                      "rekryteringsbehov samt deltar i styrgruppen.", style="List Bullet")
    doc.add_heading("Kostnader", 1)
    _table(doc, [
        ["Post", "Ansvarig part", "Uppskattad kostnad"],
        ["Körkortsutbildning D inkl. förarprov", "Arbetsförmedlingen (upphandlad AMU)",
         "62 000 kr per deltagare"],
        ["YKB grundutbildning 140 timmar", "Halmstads kommun (yrkesvux)", "38 000 kr per deltagare"],
        ["Läkarintyg för högre behörighet", "Arbetsförmedlingen", "ca 1 500 kr per deltagare"],
        ["Handledare under praktik", "Västkustbuss AB", "Egen kostnad, ingen ersättning"],
    ], widths=[Cm(6), Cm(6), Cm(4.5)])
    doc.add_heading("Uppföljning och styrgrupp", 1)
    doc.add_paragraph("En styrgrupp med en representant per part sammanträder fyra gånger per år. "
                      "Första mötet hålls 20 januari 2027. Arbetsförmedlingen är "
                      "sammankallande.")
    doc.add_heading("Giltighetstid", 1)
    doc.add_paragraph("Överenskommelsen gäller från och med 2027-01-01 till och med 2027-12-31 "
                      "och kan förlängas genom skriftligt beslut i styrgruppen. Grupp 2 "
                      "fullföljs även om överenskommelsen inte förlängs.")

    # --- section 2: landscape, Bilaga 1
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = s1.page_height, s1.page_width
    s2.left_margin = s2.right_margin = Cm(2)
    _set_header(s2, "Bilaga 1 \u2013 Utbildningsupplägg vecka för vecka\tJobbspår bussförare Halland")
    doc.add_heading("Bilaga 1. Utbildningsupplägg vecka för vecka", 1)
    rows = [
        ["Vecka", "Moment", "Innehåll", "Ansvarig", "Plats", "Timmar"],
        ["1\u20132", "Introduktion", "Yrkesintroduktion, studieteknik, svenska med "
         "yrkesinriktning, ansökan om körkortstillstånd", "Halmstads kommun",
         "Kompetenscentrum, Halmstad", "70"],
        ["3\u20138", "Körkortsutbildning D", "Teori, körlektioner och manöverkörning",
         "Arbetsförmedlingen (AMU-leverantör)", "Trafikskola, Halmstad", "210"],
        ["9", "Förarprov", "Kunskapsprov och körprov för behörighet D hos Trafikverket, "
         "förarprovskontoret i Halmstad", "", "Trafikverket, Halmstad", "35"],
        ["10\u201314", "YKB grundutbildning", "140 timmar enligt Transportstyrelsens "
         "föreskrifter, avslutas med prov", "Halmstads kommun", "Kompetenscentrum, Halmstad", "140"],
        ["15\u201318", "Praktik hos Västkustbuss AB \u2013 linjekörning med handledare", "",
         "Västkustbuss AB", "Bussdepån, Halmstad", "160"],
        ["19\u201320", "Linjeupplärning och anställning", "Linjekännedom, biljett- och "
         "betalsystem, introduktion som anställd", "Västkustbuss AB", "Bussdepån, Halmstad", "70"],
        ["Summa", "", "", "", "", "685"],
    ]
    t = _table(doc, rows, widths=[Cm(2), Cm(4.5), Cm(8.5), Cm(4.5), Cm(4.5), Cm(1.8)],
               bold_last=True)
    # merge the "Ansvarig" cell of weeks 3-8 down over week 9
    a = t.cell(2, 3)
    b = t.cell(3, 3)
    b.text = ""
    merged_a = a.merge(b)
    for p in merged_a.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    # merge Moment + Innehåll for the internship row
    m = t.cell(5, 1)
    n = t.cell(5, 2)
    merged = m.merge(n)
    for p in merged.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    doc.add_paragraph("Uppkörning för behörighet D bokas av trafikskolan. Deltagare som inte "
                      "blir godkända vid första förarprovet får ett nytt provtillfälle inom "
                      "tre veckor; YKB-utbildningen påbörjas ändå enligt plan.")

    # --- section 3: portrait, Bilaga 2
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = s1.page_width, s1.page_height
    s3.left_margin = s3.right_margin = Cm(2.3)
    _set_header(s3, "Överenskommelse Jobbspår bussförare Halland\tBilaga 2\t2026-11-25")
    doc.add_heading("Bilaga 2. Kontaktpersoner", 1)
    _table(doc, [
        ["Part", "Namn", "Roll", "Telefon"],
        ["Arbetsförmedlingen", "Sara Lindgren", "Arbetsförmedlare, samordnare", "010-486 12 40"],
        ["Halmstads kommun", "Johan Åkesson", "Yrkesvux-samordnare", "035-13 72 05"],
        ["Hallandstrafiken", "Elin Borg", "Trafikplanerare", "035-17 33 60"],
        ["Västkustbuss AB", "Niklas Persson", "Rekryteringsansvarig", "035-22 91 14"],
    ])
    doc.save(path)


# ---------------------------------------------------------------------------
# 4. TXT fixed-width report with form feeds
# ---------------------------------------------------------------------------

def make_platsrapport(path):
    W = 118
    colhead = ("KURSKOD   UTBILDNING                     LEVERANTÖR              START       "
               "SLUT        PLATSER BELAGDA LEDIGA ST")

    def row(code, name, lev, start, slut, pl, be, le, stt):
        lev = lev[:23]  # the print program truncates long supplier names
        return (f"{code:<10}{name:<31}{lev:<24}{start:<12}{slut:<12}"
                f"{pl:>7} {be:>7} {le:>6} {stt}")

    def head(n, total=3):
        left = "ARBETSFÖRMEDLINGEN"
        mid = "RAPPORT AMU-PL-07"
        right = f"SIDA {n} AV {total}"
        l1 = left + " " * ((W - len(mid)) // 2 - len(left)) + mid
        l1 = l1 + " " * (W - len(l1) - len(right)) + right
        return [l1,
                "PLATSLÄGE ARBETSMARKNADSUTBILDNING  -  VÄSTERNORRLANDS LÄN (22)",
                "AVSER: 2026-11-30        KÖRD: 2026-12-01 06:14        ANV: SYSBATCH     "
                "URVAL: STATUS PÅG,PLA,AVB",
                "=" * W,
                colhead,
                "-" * W]

    def ort(name):
        return ["", f"ORT: {name.upper()}", ""]

    def summa(name, pl, be, le):
        label = f"SUMMA {name.upper()}"
        return [f"{'':<10}{label:<31}{'':<24}{'':<12}{'':<12}{pl:>7} {be:>7} {le:>6}",
                "-" * W]

    p1 = head(1)
    p1 += ort("Sundsvall")
    p1 += [row("AMU-4411", "Svetsare MIG/MAG", "Lernia AB", "2026-09-07", "2027-02-26", 12, 11, 1, "PÅG"),
           row("AMU-4418", "CNC-operatör", "Lernia AB", "2026-10-05", "2027-03-19", 10, 7, 3, "PÅG"),
           row("AMU-4425", "Vårdbiträde äldreomsorg", "Hermods AB", "2027-01-11", "2027-05-28", 16, 9, 7, "PLA"),
           row("AMU-4429", "Lokalvårdare", "AcadeMedia Eductus", "2026-11-02", "2027-01-29", 12, 12, 0, "PÅG")]
    p1 += summa("Sundsvall", 50, 39, 11)
    p1 += ort("Härnösand")
    p1 += [row("AMU-4540", "Kundtjänst och administration", "Hermods AB", "2026-08-24", "2026-12-18", 14, 13, 1, "PÅG")]
    p1 += summa("Härnösand", 14, 13, 1)
    p1 += ["", "FORTS. NÄSTA SIDA"]

    p2 = head(2)
    p2 += ort("Örnsköldsvik")
    p2 += [row("AMU-4533", "Lastbilsförare CE", "Körskolan Höga Kusten AB", "2026-10-12", "2027-03-05", 8, 5, 3, "PÅG"),
           row("AMU-4535", "Industrielektriker", "Lernia AB", "2027-01-18", "2027-06-25", 10, 4, 6, "PLA")]
    p2 += summa("Örnsköldsvik", 18, 9, 9)
    p2 += ort("Sollefteå")
    p2 += [row("AMU-4570", "Skogsmaskinförare", "Skogsskolan Norr AB", "2026-08-31", "2027-04-30", 8, 8, 0, "PÅG")]
    p2 += summa("Sollefteå", 8, 8, 0)
    p2 += ort("Kramfors")
    p2 += [row("AMU-4577", "Kock storhushåll *", "Hermods AB", "2026-11-16", "2027-04-09", 10, 0, 0, "AVB")]
    p2 += summa("Kramfors", 0, 0, 0)
    p2 += ["* AMU-4577 AVBRUTEN 2026-11-06 FÖRE KURSSTART. ORSAK: FÖR FÅ ANVISADE DELTAGARE (3 AV 10).",
           "  AVBRUTNA KURSER INGÅR INTE I SUMMORNA.",
           "", "FORTS. NÄSTA SIDA"]

    p3 = head(3)
    p3 += ort("Timrå")
    p3 += [row("AMU-4561", "Elinstallatör", "Lernia AB", "2026-09-14", "2027-06-11", 12, 10, 2, "PÅG"),
           row("AMU-4563", "Truckförare A+B", "Lernia AB", "2026-12-07", "2026-12-18", 8, 6, 2, "PLA")]
    p3 += summa("Timrå", 20, 16, 4)
    p3 += ["=" * W,
           f"{'':<10}{'TOTALT LÄN':<31}{'':<24}{'':<12}{'':<12}{110:>7} {85:>7} {25:>6}",
           "=" * W,
           "",
           "TECKENFÖRKLARING STATUS (ST):",
           "  PÅG = PÅGÅENDE   PLA = PLANERAD, EJ STARTAD   AVB = AVBRUTEN",
           "",
           "ANM: LEDIGA = PLATSER - BELAGDA. BELAGDA AVSER ANVISADE DELTAGARE MED BESLUT PER AVSER-DATUM.",
           "     UPPGIFTERNA ÄR PRELIMINÄRA OCH KAN ÄNDRAS VID EFTERREGISTRERING.",
           "     KONTAKT: UPPHANDLINGSSAMORDNARE AMU REGION MITT, FUNKTIONSBREVLÅDA AMU-MITT.",
           "",
           "*** SLUT PÅ RAPPORT ***"]
    text = "\n\f".join("\n".join(p) for p in (p1, p2, p3)) + "\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


# ---------------------------------------------------------------------------
# 5. Markdown project log
# ---------------------------------------------------------------------------

MD = """# Projektlogg – Vätgaskompetens Norrbotten (VKN)

> Intern arbetsyta för projektgruppen. **Senaste inlägg överst.** Officiella
> lägesrapporter skickas kvartalsvis till Tillväxtverket och ligger i W3D3.

**Projektägare:** Region Norrbotten, avdelningen för regional utveckling  
**Finansiering:** Fonden för en rättvis omställning (FRO), ärende 20398877  
**Projektperiod:** 2026-03-01 – 2028-12-31  
**Total budget:** 14 260 000 kr, varav stöd från FRO 8 556 000 kr  
**Samverkansparter:** Luleå tekniska universitet, Bodens kommun, Luleå kommun, Arbetsförmedlingen Norrbotten  
**Projektledare:** se senaste inlägg

## Mål och läge

| Indikator | Mål 2028 | Läge 2026-11-28 |
|:---------------------------------------------|---------:|----------------:|
| Deltagare grundkurs vätgasteknik (anmälda[^1]) | 180 | 44 |
| Företag i nätverket | 40 | 23 |
| Lärare och handledare som fortbildats | 25 | 9 |
| Kurser i katalogen \\| varav digitala | 6 \\| 2 | 3 \\| 1 |

---

## 2026-11-28 – Veckoavstämning (JNP)

- Grundkursen i vätgasteknik (40 timmar, digital med två labbdagar): **44 anmälda**, varav 39 har påbörjat.
- **Ändrat:** Kursstarten för fördjupningskursen *Säker hantering av vätgas*, omgång 2, flyttas från 18 januari till **1 februari 2027**. Skäl: ombyggnaden av labbet på LTU blir inte klar i tid.
- Styrgruppen beslutade 2026-11-25 att omfördela 350 000 kr från budgetposten utrustning till personal (lärarlöner) 2027. Ändringsbegäran krävs[^2].
- Nätverket har nu 23 företag efter att två underleverantörer i Boden anslutit.

Att göra:

- [x] Skicka ändringsbegäran till Tillväxtverket (skickad 2026-11-26)
- [ ] Boka lokal i Boden för informationsträff 14 januari 2027 – @Elin
- [ ] Uppdatera kurssidan med det nya startdatumet – @JNP
- [ ] Ta fram underlag för nästa lägesrapport, deadline 2027-01-15

## 2026-10-31 – Månadsavstämning (SW)

- Sista avstämningen för Sanna Wikström som projektledare. **Johan Nilsson Pirttijärvi (JNP)** tar över som projektledare från och med 1 november 2026. Sanna går över till Region Norrbottens näringslivsenhet men finns kvar i styrgruppen.
- Grundkursen: 38 anmälda.
- Fördjupningskursen omgång 1 avslutad med 11 deltagare, samtliga godkända på det praktiska provet.
- Omgång 2 av fördjupningskursen planeras starta 18 januari 2027.
- Studiebesök vid en pilotanläggning för fossilfri stålproduktion i Luleå 2026-10-14, 26 deltagare.

## 2026-09-30 – Månadsavstämning (SW)

- Grundkursen: 31 anmälda.
- Nätverksträff i Boden 2026-09-17, 17 företag deltog. Nätverket har 21 anslutna företag.
- Fem lärare från gymnasiets el- och energiprogram i Luleå och Boden har gått fortbildningen (totalt 9 sedan start).

## 2026-08-28 – Månadsavstämning (SW)

- Grundkursen öppnade för anmälan 2026-08-15 med löpande antagning.
- Fördjupningskursen omgång 1 startade 2026-08-24 med 12 deltagare, varav en avbröt.
- Arbetsförmedlingen har godkänt grundkursen som en aktivitet för inskrivna arbetssökande inom programmet Förberedande insatser.

## 2026-06-12 – Uppstartsmöte (SW)

- Projektet startat formellt. Projektledare: Sanna Wikström (SW).
- Beslut: styrgruppen sammanträder sex gånger per år.

---

[^1]: Anmälda = personer som skickat in en anmälan. Antagna redovisas först när behörigheten kontrollerats, vilket görs kvartalsvis.
[^2]: Omfördelningar över 10 procent av en budgetpost kräver godkännande från Tillväxtverket.
"""


def make_md(path):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(MD)


# ---------------------------------------------------------------------------
# 6. Bilingual parallel PDF (Skellefteå relocation)
# ---------------------------------------------------------------------------

def make_relocation(path):
    W, H = A4
    L, R = 50, 50
    gap = 22
    colw = (W - L - R - gap) / 2
    xs, xe = L, L + colw + gap
    f = Flow(left=L, right=R, top=80, bottom=70)
    f.y = H - 150

    def block(sv, en, font="Helvetica", size=9.5, lead=12.8, after=8, bullets=False):
        def lines_of(items):
            out = []
            for it in items:
                ls = wrap(it, font, size, colw - (12 if bullets else 0))
                for j, ln in enumerate(ls):
                    out.append(("\u2022 " if bullets and j == 0 else ("  " if bullets else "")) + ln)
            return out
        a = lines_of(sv if isinstance(sv, list) else [sv])
        b = lines_of(en if isinstance(en, list) else [en])
        h = max(len(a), len(b)) * lead
        if f.y - h < f.bottom:
            f.newpage()
            f.y = H - 80
        top = f.y
        for k, ln in enumerate(a):
            f.draw(xs + (0 if not bullets or ln.startswith("\u2022") else 3), top - (k + 1) * lead, ln, font, size)
        for k, ln in enumerate(b):
            f.draw(xe + (0 if not bullets or ln.startswith("\u2022") else 3), top - (k + 1) * lead, ln, font, size)
        f.y = top - h - after
        f.op(lambda c, y1=top + 2, y2=f.y + after - 2: (
            c.setLineWidth(0.3), c.setStrokeGray(0.6), c.line(L + colw + gap / 2, y1, L + colw + gap / 2, y2),
            c.setStrokeGray(0)))

    def head(sv, en):
        block(sv, en, "Helvetica-Bold", 11, 14, 3)

    head("Om tjänsten", "About the service")
    block("Skellefteå kommun erbjuder tillsammans med Region Västerbotten en relocationtjänst "
          "för dig som flyttar till Skellefteå för att arbeta, och för din familj. Målet är att "
          "du och de du flyttar med snabbt ska komma till rätta och vilja stanna.",
          "Skellefteå Municipality, together with Region Västerbotten, offers a relocation "
          "service for you who move to Skellefteå to work, and for your family. The aim is "
          "that you and the people moving with you settle in quickly and want to stay.")
    head("Vem kan använda tjänsten?", "Who can use the service?")
    block("Tjänsten riktar sig till anställda hos en ansluten arbetsgivare som har flyttat till "
          "Skellefteå kommun under de senaste 18 månaderna, samt till deras medflyttande "
          "partner och barn.",
          "The service is for employees of an affiliated employer who have moved to "
          "Skellefteå Municipality within the last 18 months, and for their accompanying "
          "partner and children.")
    head("Vad ingår?", "What is included?")
    block(["Välkomstsamtal inom 5 arbetsdagar efter anmälan",
           "Hjälp med folkbokföring, personnummer, id-kort och bank",
           "Stöd vid ansökan om förskole- och skolplats",
           "Förmedling av tillfälligt boende i upp till 3 månader via det kommunala "
           "bostadsbolaget",
           "Välkomstträffar för nyinflyttade en gång per månad"],
          ["Welcome call within 5 working days of registration",
           "Help with population registration, personal identity number, ID card and bank",
           "Support when applying for preschool and school places",
           "Temporary housing for up to 3 months through the municipal housing company",
           "Meet-ups for newcomers once a month"], bullets=True)
    head("Partnerprogrammet", "The partner programme")
    block("Medflyttande partner som söker arbete kan delta i partnerprogrammet. Programmet "
          "pågår i 10 veckor och innehåller individuell coachning, CV-granskning på svenska "
          "och engelska, en mentor från ett lokalt företag och nätverksträffar. Programmet "
          "startar fyra gånger per år: februari, april, september och november.",
          "Accompanying partners looking for work can join the partner programme. It runs "
          "for 10 weeks and includes individual coaching, CV review in Swedish and English, "
          "a mentor from a local company and networking events. The programme starts four "
          "times a year: February, April, September and November.")
    block("Nästa start: 2027-02-08. Sista anmälningsdag: 2027-01-25. Deltagare som vill ha "
          "stöd i sitt arbetssökande bör också skriva in sig hos Arbetsförmedlingen.",
          "Next start: 2027-02-08. Registration deadline: 2027-01-25. Participants who want "
          "support in their job search should also register with Arbetsförmedlingen (the "
          "Swedish Public Employment Service).", "Helvetica-Oblique")
    head("Svenska från dag ett", "Swedish from day one")
    block("Kvällskursen Svenska från dag ett pågår i 8 veckor, två kvällar i veckan, och "
          "kostar 1 200 kr. Den som är folkbokförd i kommunen kan också läsa sfi "
          "kostnadsfritt via vuxenutbildningen.",
          "The evening course Swedish from day one runs for 8 weeks, two evenings a week, "
          "and costs SEK 1,200. Anyone registered as resident in the municipality can also "
          "study Swedish for immigrants (sfi) free of charge through adult education.")
    head("Kostnad", "Cost")
    block("Tjänsten är kostnadsfri för den anställde och familjen. Arbetsgivare ansluter sig "
          "genom ett årsavtal enligt tabellen nedan.",
          "The service is free of charge for the employee and their family. Employers "
          "join through an annual agreement, see the table below.")
    f.table([ (W - L - R) * 0.5, (W - L - R) * 0.25, (W - L - R) * 0.25], [
        ["Arbetsgivare / Employer", "Årsavgift / Annual fee", "Anmärkning / Note"],
        ["Företag med högst 49 anställda / Companies with max. 49 employees", "6 000 kr", "\u2013"],
        ["Företag med 50 anställda eller fler / Companies with 50+ employees", "15 000 kr",
         "Inkl. 2 platser i partnerprogrammet"],
        ["Offentliga arbetsgivare i Västerbottens län / Public employers in the county",
         "0 kr", "Finansieras via samverkansavtal"],
    ], align=["L", "R", "L"])
    f.space(6)
    head("Detta ingår inte", "Not included")
    block("Relocationtjänsten ger inte juridisk rådgivning om uppehålls- eller "
          "arbetstillstånd. Sådana frågor hänvisas till Migrationsverket eller till "
          "arbetsgivarens egen rådgivare.",
          "The relocation service does not give legal advice on residence or work permits. "
          "Such questions are referred to the Swedish Migration Agency or to the employer's "
          "own adviser.")
    head("Kontakt", "Contact")
    block("Relocation Skellefteå, Trädgårdsgatan 7, Skellefteå. Telefon 0910-45 12 80, "
          "vardagar kl. 9\u201315. E-post: relocation@skelleftea-valkommen.se",
          "Relocation Skellefteå, Trädgårdsgatan 7, Skellefteå. Phone +46 910 45 12 80, "
          "weekdays 9 am\u20133 pm. E-mail: relocation@skelleftea-valkommen.se")

    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Välkommen till Skellefteå - Relocation- och partnerservice 2027")

    def deco(cv, n, total, _):
        if n == 1:
            cv.setFont("Helvetica-Bold", 18)
            cv.drawString(L, H - 62, "Välkommen till Skellefteå!")
            cv.drawString(xe, H - 62, "Welcome to Skellefteå!")
            cv.setFont("Helvetica", 10)
            cv.drawString(L, H - 82, "Relocation- och partnerservice 2027")
            cv.drawString(xe, H - 82, "Relocation and partner service 2027")
            cv.drawString(L, H - 96, "Information till arbetsgivare och nyinflyttade")
            cv.drawString(xe, H - 96, "Information for employers and newcomers")
            cv.setLineWidth(1)
            cv.line(L, H - 110, W - R, H - 110)
            cv.setFont("Helvetica", 8)
            cv.drawString(L, H - 124, "Skellefteå kommun \u00b7 Region Västerbotten")
        cv.setFont("Helvetica", 7.5)
        cv.setLineWidth(0.4)
        cv.line(L, 52, W - R, 52)
        cv.drawString(L, 40, "Version 2027-1, fastställd 2026-11-15 / Version 2027-1, adopted 15 Nov 2026")
        cv.drawRightString(W - R, 40, f"{n}/{total}")

    f.render_into(c, deco)
    c.save()


# ---------------------------------------------------------------------------

def main():
    if len(sys.argv) != 2:
        print(__doc__.splitlines()[0])
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_rsp(os.path.join(out, "r134_rsp_lagesrapport_jamtland_2026.pdf"))
    make_kallelse(os.path.join(out, "r134_kallelse_avn_trollhattan_2026-12-10.pdf"))
    make_jobbspar(os.path.join(out, "r134_jobbspar_bussforare_halland.docx"))
    make_platsrapport(os.path.join(out, "r134_platsrapport_amu_vasternorrland.txt"))
    make_md(os.path.join(out, "r134_projektlogg_vatgas_norrbotten.md"))
    make_relocation(os.path.join(out, "r134_relocation_skelleftea_sv_en.pdf"))
    for name in sorted(os.listdir(out)):
        if name.startswith("r134_"):
            print(name, os.path.getsize(os.path.join(out, name)))


if __name__ == "__main__":
    main()
