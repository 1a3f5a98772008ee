#!/usr/bin/env python3
"""r193 – 'Vattenlyftet Gotland' (Region Gotland, ERUF Småland och öarna).

Writes six documents into OUT_DIR that update each other over time:

1. Projektplan_Vattenlyftet_Gotland_v1.0.pdf
   A Google Docs *pageless* document downloaded as PDF: ONE very tall page
   (612 x ~6000 pt), no headers/footers/page numbers, smart chips (person chip
   with an avatar initial drawn as text, date chips, coloured dropdown chips with
   a vector caret), a checklist whose ticked items are drawn boxes + a drawn
   strike-through line (the 'done' state is not in the text), and a reference to
   the document tab "Budget" which Google Docs does not include in a PDF download.
2. Protokoll_styrgrupp_Vattenlyftet_2027-11-23.docx
   A Word-2003-template protocol saved in compatibility mode whose person names,
   dates, places and measures are wrapped in legacy smart tags
   (w:smartTag PersonName/date/place/City/metricconverter) – python-docx's
   paragraph and cell text silently drops everything inside them.
3. Affisch_radgivningsdagar_var_2028.docx
   A flyer in compatibility mode whose body still has the old dates, while the
   later change is only in a legacy VML WordArt banner (v:textpath string="…",
   i.e. text in an attribute, no w:t) and a VML callout text box.
4. A-40.1-101_Demoanlaggning_Hemse_rev_C.pdf
   An A3 landscape CAD plot (architect's plan drawing) – scattered room labels,
   mm dimension strings (rotated), grid bubbles, revision clouds and delta
   triangles, notes block, a revision table (A/B/C, old values only there) above a
   title block whose DATUM is the first issue date.
5. Protokollsutdrag_RSAU_2028-02-28_par34.txt
   A records-system export that is really RTF saved with a .txt name: \\'e5-style
   escapes, \\~ no-break spaces inside amounts, \\'96 dashes, an RTF table,
   a \\listtext numbered decision list, a PAGE field and a hidden-text (\\v) group
   still holding the pre-meeting draft (opposite decision).
6. forum-vattenlyftet-fragor-och-svar-318.md
   A Discourse topic fetched from /raw/318: 'user | date UTC | #n' post headers,
   '-------------------------' separators, [quote=…] BBCode, [poll], [details],
   upload:// images, @mentions, and a reference-style link whose *title* holds the
   registration deadline (renderers show it only as a tooltip).

Deterministic: fixed dates, reportlab invariant mode, fixed zip timestamps.
Usage: python r193_make_files.py OUT_DIR
"""
import io
import os
import re
import sys
import zipfile

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import docx
from docx.oxml import parse_xml
from docx.shared import Pt, Cm
import datetime as dt

# ----------------------------------------------------------------------------
# fonts
# ----------------------------------------------------------------------------
_LIB = "/usr/share/fonts/truetype/liberation/"
try:
    pdfmetrics.registerFont(TTFont("Arial", _LIB + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("Arial-Bold", _LIB + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("Arial-Italic", _LIB + "LiberationSans-Italic.ttf"))
    F_REG, F_BOLD, F_IT = "Arial", "Arial-Bold", "Arial-Italic"
except Exception:  # pragma: no cover - fallback without TTFs
    F_REG, F_BOLD, F_IT = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

BULLET = "\u25cf" if F_REG == "Arial" else "-"


# ============================================================================
# 1. Google Docs pageless PDF – Projektplan v1.0
# ============================================================================
class Pageless:
    """Collects drawing ops with y measured from the top, then replays them on
    a single page as tall as the content (Google Docs pageless download)."""

    W = 612.0
    LM = 72.0
    RM = 72.0

    def __init__(self):
        self.ops = []
        self.y = 64.0

    @property
    def tw(self):
        return self.W - self.LM - self.RM

    def op(self, fn):
        self.ops.append(fn)

    def space(self, h):
        self.y += h

    # --- text helpers --------------------------------------------------
    def wrap(self, text, font, size, width):
        words = text.split(" ")
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w).strip() if cur else w
            if pdfmetrics.stringWidth(t, font, size) <= width:
                cur = t
            else:
                if cur:
                    lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, font=None, size=11, color=black, lead=None, indent=0.0,
             before=0.0, after=8.0):
        font = font or F_REG
        lead = lead or size * 1.38
        self.y += before
        for line in self.wrap(text, font, size, self.tw - indent):
            y = self.y + size
            x = self.LM + indent

            def f(c, H, line=line, x=x, y=y, font=font, size=size, color=color):
                c.setFillColor(color)
                c.setFont(font, size)
                c.drawString(x, H - y, line)
            self.op(f)
            self.y += lead
        self.y += after

    def heading(self, text, level):
        size = {0: 26, 1: 20, 2: 16, 3: 14}[level]
        col = black if level < 3 else HexColor("#434343")
        before = {0: 0, 1: 18, 2: 14, 3: 12}[level]
        self.para(text, F_REG, size, col, lead=size * 1.2, before=before, after=6)

    def bullets(self, items, size=11):
        for it in items:
            lines = self.wrap(it, F_REG, size, self.tw - 36)
            first = True
            for line in lines:
                y = self.y + size

                def f(c, H, line=line, y=y, first=first):
                    c.setFillColor(black)
                    if first:
                        c.setFont(F_REG, 7)
                        c.drawString(self.LM + 18, H - y + 1.5, BULLET)
                    c.setFont(F_REG, size)
                    c.drawString(self.LM + 36, H - y, line)
                self.op(f)
                self.y += size * 1.38
                first = False
        self.y += 6

    # --- smart chips -----------------------------------------------------
    def chip_line(self, segs, size=11, after=8):
        """segs: list of ('t', text) | ('person', name) | ('date', text) |
        ('dd', text, hexcolour)"""
        y = self.y + size
        x0 = self.LM
        items = []
        x = x0
        for s in segs:
            kind = s[0]
            if kind == "t":
                w = pdfmetrics.stringWidth(s[1], F_REG, size)
                items.append((kind, x, s, w))
                x += w
            elif kind == "person":
                w = 16 + pdfmetrics.stringWidth(s[1], F_REG, size) + 8
                items.append((kind, x, s, w))
                x += w + 3
            elif kind == "date":
                w = 16 + pdfmetrics.stringWidth(s[1], F_REG, size) + 8
                items.append((kind, x, s, w))
                x += w + 3
            elif kind == "dd":
                w = pdfmetrics.stringWidth(s[1], F_REG, size - 1) + 22
                items.append((kind, x, s, w))
                x += w + 3

        def f(c, H, items=items, y=y, size=size):
            for kind, x, s, w in items:
                if kind == "t":
                    c.setFillColor(black)
                    c.setFont(F_REG, size)
                    c.drawString(x, H - y, s[1])
                elif kind == "person":
                    c.setFillColor(HexColor("#e8eaed"))
                    c.roundRect(x, H - y - 4, w, size + 6, (size + 6) / 2, stroke=0, fill=1)
                    c.setFillColor(HexColor("#7b1fa2"))
                    c.circle(x + 8.5, H - y + size / 2 - 1.5, 6.5, stroke=0, fill=1)
                    c.setFillColor(white)
                    c.setFont(F_REG, 8)
                    c.drawCentredString(x + 8.5, H - y + 1.2, s[1][0])
                    c.setFillColor(HexColor("#202124"))
                    c.setFont(F_REG, size)
                    c.drawString(x + 18, H - y, s[1])
                elif kind == "date":
                    c.setFillColor(HexColor("#e8eaed"))
                    c.roundRect(x, H - y - 4, w, size + 6, (size + 6) / 2, stroke=0, fill=1)
                    # calendar icon (vector only)
                    c.setStrokeColor(HexColor("#5f6368"))
                    c.setLineWidth(0.8)
                    c.rect(x + 5, H - y - 1, 8, 8, stroke=1, fill=0)
                    c.line(x + 5, H - y + 5, x + 13, H - y + 5)
                    c.setFillColor(HexColor("#202124"))
                    c.setFont(F_REG, size)
                    c.drawString(x + 17, H - y, s[1])
                elif kind == "dd":
                    c.setFillColor(HexColor(s[2]))
                    c.roundRect(x, H - y - 4, w, size + 6, 4, stroke=0, fill=1)
                    c.setFillColor(HexColor("#202124"))
                    c.setFont(F_REG, size - 1)
                    c.drawString(x + 7, H - y, s[1])
                    # caret drawn as a path, not a glyph
                    tx = x + w - 11
                    p = c.beginPath()
                    p.moveTo(tx, H - y + 6)
                    p.lineTo(tx + 6, H - y + 6)
                    p.lineTo(tx + 3, H - y + 2)
                    p.close()
                    c.drawPath(p, stroke=0, fill=1)
        self.op(f)
        self.y += size * 1.38 + 4 + after

    def checklist(self, rows, size=11):
        """rows: (checked, text, date_chip or None, dropdown or None)"""
        for checked, text, date, dd in rows:
            y = self.y + size
            tw = pdfmetrics.stringWidth(text, F_REG, size)
            x_after = self.LM + 22 + tw + 8

            def f(c, H, checked=checked, text=text, y=y, tw=tw):
                c.setStrokeColor(HexColor("#5f6368"))
                c.setLineWidth(1)
                if checked:
                    c.setFillColor(HexColor("#1a73e8"))
                    c.rect(self.LM + 2, H - y - 1, 10, 10, stroke=0, fill=1)
                    c.setStrokeColor(white)
                    c.setLineWidth(1.6)
                    p = c.beginPath()
                    p.moveTo(self.LM + 4, H - y + 4)
                    p.lineTo(self.LM + 6.5, H - y + 1.5)
                    p.lineTo(self.LM + 10.5, H - y + 7)
                    c.drawPath(p, stroke=1, fill=0)
                    c.setFillColor(HexColor("#80868b"))
                else:
                    c.rect(self.LM + 2, H - y - 1, 10, 10, stroke=1, fill=0)
                    c.setFillColor(black)
                c.setFont(F_REG, size)
                c.drawString(self.LM + 22, H - y, text)
                if checked:  # Google Docs strikes through ticked items (drawn line)
                    c.setStrokeColor(HexColor("#80868b"))
                    c.setLineWidth(0.8)
                    c.line(self.LM + 22, H - y + 3.6, self.LM + 22 + tw, H - y + 3.6)
            self.op(f)
            # chips after the text on the same line
            save_y = self.y
            segs = []
            if date:
                segs.append(("date", date))
            if dd:
                segs.append(("dd", dd[0], dd[1]))
            if segs:
                sub = Pageless()
                sub.LM = x_after
                sub.y = save_y
                sub.chip_line(segs, size=size, after=0)
                self.ops.extend(sub.ops)
            self.y = save_y + size * 1.38 + 8
        self.y += 6

    def table(self, rows, widths, size=10.5, header=True, bold_last=False):
        pad = 5
        for ri, row in enumerate(rows):
            cells = []
            hmax = 0
            for ci, txt in enumerate(row):
                font = F_BOLD if (header and ri == 0) or (bold_last and ri == len(rows) - 1) else F_REG
                lines = self.wrap(txt, font, size, widths[ci] - 2 * pad)
                cells.append((lines, font))
                hmax = max(hmax, len(lines) * size * 1.3 + 2 * pad)
            y0 = self.y

            def f(c, H, cells=cells, y0=y0, hmax=hmax, ri=ri):
                x = self.LM
                for ci, (lines, font) in enumerate(cells):
                    w = widths[ci]
                    if header and ri == 0:
                        c.setFillColor(HexColor("#f3f3f3"))
                        c.rect(x, H - y0 - hmax, w, hmax, stroke=0, fill=1)
                    c.setStrokeColor(black)
                    c.setLineWidth(0.75)
                    c.rect(x, H - y0 - hmax, w, hmax, stroke=1, fill=0)
                    c.setFillColor(black)
                    c.setFont(font, size)
                    yy = y0 + pad + size
                    for ln in lines:
                        c.drawString(x + pad, H - yy, ln)
                        yy += size * 1.3
                    x += w
            self.op(f)
            self.y += hmax
        self.y += 12

    def save(self, path, title, author):
        H = round(self.y + 72)
        c = canvas.Canvas(path, pagesize=(self.W, H), invariant=1)
        c.setTitle(title)
        c.setAuthor(author)
        c.setCreator("Google Docs")
        try:
            c._doc.info.producer = "Skia/PDF m126 Google Docs Renderer"
        except Exception:
            pass
        for fn in self.ops:
            fn(c, H)
        c.showPage()
        c.save()
        return H


def make_projektplan(out):
    d = Pageless()
    d.heading("Projektplan – Vattenlyftet Gotland", 0)
    d.para("Vattensmarta företag på en ö med vattenbrist", F_REG, 15, HexColor("#666666"), after=10)
    d.chip_line([("t", "Version 1.0  ·  Senast ändrad "), ("date", "14 juni 2027"),
                 ("t", "  ·  Ägare "), ("person", "Karin Ahlgren")])
    d.chip_line([("t", "Status: "), ("dd", "Inskickad till Tillväxtverket", "#c6dbe1"),
                 ("t", "  Diarienummer: RS 2027/512")], after=14)

    d.heading("1. Sammanfattning", 1)
    d.para("Vattenlyftet Gotland är ett projekt som ska hjälpa små företag på Gotland att minska "
           "sin förbrukning av färskvatten. Gotland har under flera somrar haft bevattningsförbud och "
           "begränsningar i den kommunala vattenförsörjningen, och vattenbristen är i dag en tillväxtfråga "
           "för besöksnäringen, livsmedelsföretagen och lantbruket. Projektet kombinerar ekonomiskt stöd "
           "(vattencheckar), rådgivning på plats ute på ön, en demonstrationsanläggning för regnvatten och "
           "gråvatten samt en årlig mötesplats, Vattendagen.")
    d.para("Projektet söker stöd från Europeiska regionala utvecklingsfonden inom "
           "Regionalfondsprogram för Småland och öarna 2021–2027. Projektägare är Region Gotland, "
           "regionstyrelseförvaltningen, Regional utveckling. Partner är LRF Gotland, Företagarna Gotland "
           "och Uppsala universitet Campus Gotland.")

    d.heading("2. Bakgrund", 1)
    d.para("Grundvattenmagasinen på Gotland är små och fylls på under vinterhalvåret. När "
           "besöksnäringen har sin högsäsong i juli och augusti är grundvattennivåerna som lägst. "
           "Regionen bygger ut sin kapacitet för avsaltning, men den största och snabbaste effekten "
           "nås om förbrukningen minskar. Företagen efterfrågar både kunskap och stöd för investeringar, "
           "men få har råd att investera på egen hand.")

    d.heading("3. Syfte och mål", 1)
    d.para("Syftet är att fler företag på Gotland ska genomföra vattensmarta åtgärder och därmed "
           "bli mindre sårbara för vattenbrist.")
    d.table([["Indikator", "Mål till projektslut"],
             ["Företag som fått rådgivning", "150"],
             ["Beviljade vattencheckar", "60"],
             ["Minskad förbrukning av färskvatten hos deltagande företag", "15 %"],
             ["Deltagare på Vattendagen (per år)", "200"]], [330, 138])

    d.heading("4. Målgrupp och definitioner", 1)
    d.para("Projektets målgrupp är företag inom besöksnäring, livsmedelsförädling, handel och "
           "lantbruk. I denna projektplan används följande begrepp:")
    d.bullets([
        "Med företag avses ett företag med högst 49 anställda och säte eller driftställe på Gotland. "
        "Ideella föreningar som bedriver näringsverksamhet räknas som företag.",
        "Med vattensmart åtgärd avses en investering eller en varaktigt ändrad arbetsrutin som minskar "
        "företagets uttag av färskvatten från kommunalt nät eller egen brunn, till exempel "
        "regnvattenuppsamling, återanvändning av gråvatten, droppbevattning eller snålspolande utrustning.",
        "Med vattencheck avses ett ekonomiskt stöd till en vattensmart åtgärd enligt avsnitt 5.1.",
    ])

    d.heading("5. Aktiviteter", 1)
    d.heading("5.1 Vattencheck", 2)
    d.para("Företag kan söka en vattencheck som täcker 50 procent av de stödberättigande kostnaderna, "
           "dock högst 60 000 kronor per företag. Ansökan tas emot löpande från projektstart så länge "
           "medel finns. Stödet lämnas som stöd av mindre betydelse (de minimis). Ansökan görs i "
           "regionens e-tjänst.")
    d.heading("5.2 Rådgivning", 2)
    d.para("En vattenrådgivare (rekryteras hösten 2027) besöker företag och håller rådgivningsdagar "
           "på landsbygden, fyra per halvår. Första omgången planeras till Hemse, Slite, Klintehamn "
           "och Fårösund.")
    d.heading("5.3 Demonstrationsanläggning", 2)
    d.para("I Roma, på fastigheten Roma Lindes 1:14, byggs en demonstrationsanläggning med ett "
           "regnvattenmagasin om 300 m³, gråvattenrening och en besöksplattform för 40 besökare. "
           "Anläggningen ska stå klar i juni 2028. Anläggningen byggs och ägs av Teknikförvaltningen "
           "och ligger utanför projektets budget; projektet står för visningar, skyltning och "
           "utbildningsmaterial.")
    d.heading("5.4 Vattendagen", 2)
    d.para("En heldagskonferens i Visby varje vår med föreläsningar, leverantörsmässa och "
           "erfarenhetsutbyte. Första Vattendagen hålls i mars 2028.")

    d.heading("6. Organisation", 1)
    d.chip_line([("t", "Projektledare: "), ("person", "Karin Ahlgren"), ("t", "  0498-20 41 88")])
    d.para("Styrgrupp: Annelie Stenberg (ordförande, Region Gotland), Mats Engqvist (LRF Gotland), "
           "Petra Wahlberg (Företagarna Gotland), Johan Kraft (Uppsala universitet Campus Gotland) och "
           "Henrik Sundin (Teknikförvaltningen).")
    d.para("Styrgruppen följer projektet och beslutar om prioriteringar inom projektplanen. "
           "Stödvillkor för vattencheckar (stödandel, tak och ansökningsförfarande) beslutas av "
           "regionstyrelsen eller dess arbetsutskott enligt regionstyrelsens delegationsordning.")

    d.heading("7. Tidplan", 1)
    d.checklist([
        (True, "Ansökan till Tillväxtverket lämnas in", "31 maj 2027", ("Klar", "#d4edbc")),
        (False, "Projektstart", "1 september 2027", ("Ej påbörjad", "#e6e6e6")),
        (False, "Vattenrådgivare på plats", "1 november 2027", ("Ej påbörjad", "#e6e6e6")),
        (False, "Första rådgivningsdagarna", "1 februari 2028", ("Ej påbörjad", "#e6e6e6")),
        (False, "Demonstrationsanläggningen klar", "30 juni 2028", ("Ej påbörjad", "#e6e6e6")),
        (False, "Projektslut", "31 december 2029", None),
    ])

    d.heading("8. Budget och finansiering", 1)
    d.para("Projektperiod: 1 september 2027–31 december 2029.")
    d.table([["Finansiär", "Belopp, kr", "Andel"],
             ["Europeiska regionala utvecklingsfonden (ERUF)", "4 700 000", "50 %"],
             ["Region Gotland, regionala utvecklingsmedel", "3 200 000", "34 %"],
             ["Partnernas egen arbetstid (LRF Gotland, Företagarna Gotland, Campus Gotland)", "1 500 000", "16 %"],
             ["Summa", "9 400 000", "100 %"]], [288, 100, 80], bold_last=True)
    d.para("Budgeten per kostnadsslag och år finns i fliken ”Budget” i detta dokument. "
           "Mötesanteckningar från beredningsgruppen finns i fliken ”Anteckningar”.",
           F_IT, 11, HexColor("#434343"))

    d.heading("9. Risker", 1)
    d.table([["Risk", "Sannolikhet", "Åtgärd"],
             ["Markägaren i Roma drar sig ur", "Låg", "Alternativ placering på regionens mark undersöks"],
             ["Få ansökningar om vattencheck", "Medel", "Riktad information via LRF och Företagarna"],
             ["Sen rekrytering av vattenrådgivare", "Medel", "Partnerna bemannar de första rådgivningsdagarna"]],
            [190, 80, 198])
    d.save(os.path.join(out, "Projektplan_Vattenlyftet_Gotland_v1.0.pdf"),
           "Projektplan Vattenlyftet Gotland v1.0", "Karin Ahlgren")


# ============================================================================
# DOCX helpers (hand-built OOXML fragments)
# ============================================================================
NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
ST_URI = "urn:schemas-microsoft-com:office:smarttags"
MONTHS = {"januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
          "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def run(text, b=False, i=False, sz=None, color=None, font=None):
    rpr = ""
    if font:
        rpr += '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (font, font, font)
    if b:
        rpr += "<w:b/>"
    if i:
        rpr += "<w:i/>"
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    if sz:
        rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz)
    rpr = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    parts = text.split("\t")
    inner = ""
    for k, p in enumerate(parts):
        if k:
            inner += "<w:tab/>"
        if p:
            inner += '<w:t xml:space="preserve">%s</w:t>' % esc(p)
    return "<w:r>%s%s</w:r>" % (rpr, inner)


def smart(element, text, attrs=None, outer=None, **kw):
    """Legacy Word smart tag around one run."""
    pr = ""
    if attrs:
        pr = "<w:smartTagPr>%s</w:smartTagPr>" % "".join(
            '<w:attr w:name="%s" w:val="%s"/>' % (k, esc(v)) for k, v in attrs.items())
    x = '<w:smartTag w:uri="%s" w:element="%s">%s%s</w:smartTag>' % (ST_URI, element, pr, run(text, **kw))
    if outer:
        x = '<w:smartTag w:uri="%s" w:element="%s">%s</w:smartTag>' % (ST_URI, outer, x)
    return x


def person(name, **kw):
    return smart("PersonName", name, {"ProductID": name}, **kw)


def date(text, **kw):
    m = re.match(r"(\d{1,2}) (\w+) (\d{4})", text)
    attrs = {"Year": m.group(3), "Month": str(MONTHS[m.group(2)]), "Day": m.group(1)} if m else None
    return smart("date", text, attrs, **kw)


def place(name, **kw):
    return smart("City", name, None, outer="place", **kw)


def measure(text, **kw):
    return smart("metricconverter", text, {"ProductID": text.replace("³", "3")}, **kw)


def para(content, style=None, jc=None, spacing_after=None, keep=False):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if keep:
        ppr += "<w:keepNext/>"
    if spacing_after is not None:
        ppr += '<w:spacing w:after="%d"/>' % spacing_after
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    ppr = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
    if isinstance(content, str) and not content.startswith("<"):
        content = run(content)
    elif isinstance(content, (list, tuple)):
        content = "".join(c if c.startswith("<") else run(c) for c in content)
    return "<w:p %s>%s%s</w:p>" % (NSDECL, ppr, content)


def table(rows, widths, header=True, shade="D9D9D9"):
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    xml = ('<w:tbl %s><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblBorders>'
           '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '</w:tblBorders><w:tblLook w:val="01E0"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
           % (NSDECL, sum(widths), grid))
    for ri, row in enumerate(rows):
        xml += "<w:tr>"
        for ci, cell in enumerate(row):
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % widths[ci]
            if header and ri == 0:
                tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
            if isinstance(cell, str) and not cell.startswith("<"):
                cell = run(cell, b=(header and ri == 0))
            elif isinstance(cell, (list, tuple)):
                cell = "".join(c if c.startswith("<") else run(c) for c in cell)
            xml += '<w:tc><w:tcPr>%s</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>%s</w:p></w:tc>' % (tcpr, cell)
        xml += "</w:tr>"
    xml += "</w:tbl>"
    return xml


def body_append(doc, xml):
    el = parse_xml(xml)
    body = doc.element.body
    body.insert(len(body) - 1, el)  # before sectPr


ZIP_DATE = (2028, 2, 14, 9, 12, 0)


def finalize_docx(tmp_bytes, path, compat_mode, app_version, template, company, smart_types=(),
                  zip_date=ZIP_DATE):
    zin = zipfile.ZipFile(io.BytesIO(tmp_bytes))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name in zin.namelist():
        data = zin.read(name)
        if name in ("docProps/thumbnail.jpeg", "word/stylesWithEffects.xml"):
            continue
        if name == "[Content_Types].xml":
            s = data.decode("utf-8")
            s = re.sub(r'<Override PartName="/word/stylesWithEffects.xml"[^>]*/>', "", s)
            s = re.sub(r'<Default Extension="jpeg"[^>]*/>', "", s)
            data = s.encode("utf-8")
        if name == "_rels/.rels":
            s = data.decode("utf-8")
            s = re.sub(r'<Relationship [^>]*thumbnail[^>]*/>', "", s)
            data = s.encode("utf-8")
        if name == "word/_rels/document.xml.rels":
            s = data.decode("utf-8")
            s = re.sub(r'<Relationship [^>]*stylesWithEffects[^>]*/>', "", s)
            data = s.encode("utf-8")
        if name == "word/settings.xml":
            s = data.decode("utf-8")
            s = re.sub(r"<w:compat>.*?</w:compat>",
                       '<w:compat><w:breakWrappedTables/><w:snapToGridInCell/><w:wrapTextWithPunct/>'
                       '<w:useAsianBreakRules/><w:dontGrowAutofit/>'
                       '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="%d"/>'
                       '</w:compat>' % compat_mode, s, flags=re.S)
            s = s.replace('<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>',
                          '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>')
            s = s.replace('<w:themeFontLang w:val="en-US" w:eastAsia="ja-JP"/>', '<w:themeFontLang w:val="sv-SE"/>')
            if smart_types:
                st = "".join('<w:smartTagType w:namespaceuri="%s" w:name="%s"/>' % (ST_URI, t) for t in smart_types)
                s = s.replace("<w:shapeDefaults>", st + "<w:shapeDefaults>")
            data = s.encode("utf-8")
        if name == "docProps/app.xml":
            s = data.decode("utf-8")
            s = s.replace("<Template>Normal.dotm</Template>", "<Template>%s</Template>" % template)
            s = s.replace("<Application>Microsoft Macintosh Word</Application>",
                          "<Application>Microsoft Office Word</Application>")
            s = s.replace("<AppVersion>14.0000</AppVersion>", "<AppVersion>%s</AppVersion>" % app_version)
            s = s.replace("<Company/>", "<Company>%s</Company>" % company)
            data = s.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=zip_date)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())


def base_doc(font="Times New Roman", size=12):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find("{%s}rFonts" % NS_W)
    if rf is not None:
        for a in ("ascii", "hAnsi", "cs"):
            rf.set("{%s}%s" % (NS_W, a), font)
    sec = d.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return d


# ============================================================================
# 2. Steering-group protocol DOCX with legacy smart tags
# ============================================================================
def make_styrgrupp(out):
    d = base_doc()
    cp = d.core_properties
    cp.author = "Sofia Lindberg"
    cp.last_modified_by = "Sofia Lindberg"
    cp.title = "Protokoll styrgrupp"
    cp.created = dt.datetime(2027, 11, 24, 8, 30, 0)
    cp.modified = dt.datetime(2027, 11, 29, 15, 2, 0)
    cp.revision = 7
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "REGION GOTLAND\tStyrgruppen för Vattenlyftet Gotland\tPROTOKOLL"
    fp = sec.footer.paragraphs[0]
    fp.text = "Regionstyrelseförvaltningen, Regional utveckling  •  Visborgsallén 19, 621 81 Visby  •  Dnr RS 2027/512"

    A = lambda x: body_append(d, x)
    A(para(run("PROTOKOLL", b=True, sz=32), spacing_after=60))
    A(para(run("Styrgruppen för Vattenlyftet Gotland", b=True, sz=26), spacing_after=200))
    A(table([
        ["Sammanträdesdatum", [date("23 november 2027")]],
        ["Tid", "kl. 13.00–15.30"],
        ["Plats", ["Regionhuset, sal Hoburgen, ", place("Visby")]],
        ["Sekreterare", [person("Sofia Lindberg")]],
        ["Justerare", [person("Petra Wahlberg")]],
    ], [2600, 6400], header=False))
    A(para("", spacing_after=120))
    A(para(run("Närvarande", b=True), keep=True))
    A(table([
        ["Namn", "Organisation", "Roll"],
        [[person("Annelie Stenberg")], "Region Gotland, regionstyrelseförvaltningen", "Ordförande"],
        [[person("Mats Engqvist")], "LRF Gotland", "Ledamot"],
        [[person("Petra Wahlberg")], "Företagarna Gotland", "Ledamot"],
        [[person("Johan Kraft")], "Uppsala universitet Campus Gotland", "Ledamot"],
        [[person("Henrik Sundin")], "Region Gotland, Teknikförvaltningen", "Ledamot"],
        [[person("Karin Ahlgren")], "Regional utveckling", "Projektledare, föredragande"],
        [[person("Mattias Enqvist")], "Regional utveckling", "Adjungerad, § 4"],
        [[person("Sofia Lindberg")], "Regional utveckling", "Sekreterare"],
    ], [3000, 3900, 2100]))
    A(para("", spacing_after=120))

    def par(n, title):
        A(para(run("§ %d  %s" % (n, title), b=True, sz=24), keep=True, spacing_after=80))

    par(1, "Mötets öppnande")
    A(para("Ordföranden öppnade mötet och hälsade särskilt projektets blivande projektledare välkommen."))
    par(2, "Val av justerare")
    A(para(["Till att jämte ordföranden justera protokollet valdes ", person("Petra Wahlberg"), "."]))

    par(3, "Tillväxtverkets beslut om stöd")
    A(para(["Tillväxtverket beslutade den ", date("19 oktober 2027"),
            " att bevilja projektet stöd från Europeiska regionala utvecklingsfonden (ERUF). "
            "Tillväxtverket har inte godkänt den sökta kostnaden för extern kommunikationsbyrå och har "
            "därför minskat de stödberättigande utgifterna. Region Gotlands medfinansiering minskar i "
            "motsvarande mån."]))
    A(para(["Projektperiod enligt beslutet: ", date("1 november 2027"), "–", date("31 oktober 2029"), "."]))
    A(para("Stödberättigande utgifter: 8 650 000 kronor. ERUF-stöd: 4 325 000 kronor (50 procent)."))
    A(table([
        ["Finansiär", "Enligt ansökan, kr", "Enligt beslut, kr"],
        ["ERUF", "4 700 000", "4 325 000"],
        ["Region Gotland, regionala utvecklingsmedel", "3 200 000", "2 825 000"],
        ["Partnernas egen arbetstid", "1 500 000", "1 500 000"],
        [run("Summa", b=True), run("9 400 000", b=True), run("8 650 000", b=True)],
    ], [4400, 2300, 2300]))
    A(para(run("Beslut", b=True), keep=True))
    A(para("Styrgruppen lägger informationen till handlingarna. Projektplanen ska revideras så att den "
           "stämmer med Tillväxtverkets beslut."))

    par(4, "Byte av projektledare")
    A(para([person("Karin Ahlgren"), " lämnar projektet den ", date("31 december 2027"),
            " för en tjänst som regional energisamordnare. ", person("Mattias Enqvist"),
            ", näringslivsutvecklare vid Regional utveckling, tar över som projektledare från den ",
            date("10 januari 2028"), ". ", person("Karin Ahlgren"), " är kontaktperson fram till dess."]))
    A(para(run("Beslut", b=True), keep=True))
    A(para(["Styrgruppen noterar att ", person("Mattias Enqvist"), " är projektledare från den ",
            date("10 januari 2028"), "."]))

    par(5, "Demonstrationsanläggningen")
    A(para(["Markägaren i ", place("Roma"), " har dragit tillbaka sitt erbjudande om arrende av fastigheten "
            "Roma Lindes 1:14. Teknikförvaltningen föreslår i stället regionens mark i ", place("Hemse"),
            ", fastigheten Hemse Alvena 1:34. För att rymmas på tomten föreslås regnvattenmagasinet minskas från ",
            measure("300 m³"), " till ", measure("220 m³"),
            ". Anläggningen beräknas stå klar i september 2028."]))
    A(para(run("Beslut", b=True), keep=True))
    A(para(["Styrgruppen ställer sig bakom placeringen i ", place("Hemse"),
            " och ger Teknikförvaltningen i uppdrag att beställa en reviderad ritning."]))

    par(6, "Vattencheckens tak")
    A(para("Projektledaren redovisade att flera företag inom besöksnäringen har offerter på "
           "regnvattenmagasin om 150 000–200 000 kronor, vilket gör att taket upplevs som lågt."))
    A(para(run("Beslut", b=True), keep=True))
    A(para(["Styrgruppen beslutar att höja taket för vattencheck från 60 000 kronor till 75 000 kronor "
            "per företag från den ", date("1 januari 2028"), ". Stödandelen är oförändrad, 50 procent."]))

    par(7, "Förslag om vattencheck för fritidshusägare")
    A(para([person("Henrik Sundin"), " hade anmält ett förslag om att även privatpersoner med fritidshus "
            "skulle kunna söka vattencheck. Efter diskussion om regionalfondens regler för stöd till "
            "privatpersoner drogs förslaget tillbaka av förslagsställaren. Ärendet utgår."]))

    par(8, "Vattenrådgivare, rådgivningsdagar och Vattendagen")
    A(para([person("Jonna Lind"), " har anställts som vattenrådgivare från den ", date("1 december 2027"),
            ". Rådgivningsdagarna våren 2028 hålls enligt följande, samtliga kl. 13–16:"]))
    A(table([
        ["Ort", "Datum", "Plats"],
        [[place("Hemse")], [run("tisdag "), date("8 februari 2028")], "Hemse bibliotek"],
        [[place("Slite")], [run("tisdag "), date("22 februari 2028")], "Slite bibliotek"],
        [[place("Klintehamn")], [run("tisdag "), date("7 mars 2028")], "Klintehamns bygdegård"],
        [[place("Fårösund")], [run("tisdag "), date("21 mars 2028")], "Fårösunds bibliotek"],
    ], [2500, 3300, 3200]))
    A(para(["Vattendagen 2028 hålls onsdag ", date("15 mars 2028"), " på Wisby Strand i ", place("Visby"), "."]))
    A(para(run("Beslut", b=True), keep=True))
    A(para("Styrgruppen godkänner planeringen."))

    par(9, "Nästa möte")
    A(para(["Tisdag ", date("15 februari 2028"), " kl. 13.00 i Regionhuset."]))

    A(para("", spacing_after=240))
    A(para("Vid protokollet"))
    A(para("", spacing_after=240))
    A(para([person("Sofia Lindberg")]))
    A(para("", spacing_after=120))
    A(para("Justeras"))
    A(para("", spacing_after=240))
    A(para([person("Annelie Stenberg"), "\t\t", person("Petra Wahlberg")]))
    A(para(["Protokollet justerat ", date("29 november 2027"), "."]))

    buf = io.BytesIO()
    d.save(buf)
    finalize_docx(buf.getvalue(), os.path.join(out, "Protokoll_styrgrupp_Vattenlyftet_2027-11-23.docx"),
                  compat_mode=11, app_version="12.0000", template="RG Protokoll 2003.dot",
                  company="Region Gotland",
                  smart_types=("City", "date", "metricconverter", "PersonName", "place"),
                  zip_date=(2027, 11, 29, 15, 2, 0))


# ============================================================================
# 3. Flyer DOCX with VML WordArt banner + VML callout text box
# ============================================================================
WORDART_TYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
    '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/>'
    '<v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/>'
    '<v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>')

TEXTBOX_TYPE = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def make_affisch(out):
    d = base_doc(font="Arial", size=12)
    cp = d.core_properties
    cp.author = "Jonna Lind"
    cp.last_modified_by = "Jonna Lind"
    cp.title = "Affisch rådgivningsdagar"
    cp.created = dt.datetime(2028, 1, 17, 10, 5, 0)
    cp.modified = dt.datetime(2028, 2, 14, 16, 41, 0)
    cp.revision = 4
    A = lambda x: body_append(d, x)

    wordart = (
        '<w:r><w:pict>%s'
        '<v:shape id="WordArt 3" o:spid="_x0000_s1028" type="#_x0000_t136" '
        'style="position:absolute;margin-left:18pt;margin-top:232pt;width:430pt;height:40pt;rotation:-5;'
        'z-index:251661312;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" '
        'fillcolor="#c00000" strokecolor="#7f0000" strokeweight=".5pt">'
        '<v:shadow on="t" color="#868686" opacity=".5" offset="3pt,3pt"/>'
        '<v:textpath style="font-family:&quot;Arial Black&quot;;font-size:28pt;v-text-kern:t" trim="t" '
        'fitpath="t" string="SLITE FLYTTAS TILL TISDAG 29 FEBRUARI!"/>'
        '<w10:wrap anchorx="margin"/></v:shape></w:pict></w:r>' % WORDART_TYPE)
    callout = (
        '<w:r><w:pict>%s'
        '<v:shape id="Text Box 4" o:spid="_x0000_s1029" type="#_x0000_t202" '
        'style="position:absolute;margin-left:262pt;margin-top:300pt;width:190pt;height:118pt;z-index:251662336;'
        'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" '
        'fillcolor="#ffff99" strokecolor="#c00000" strokeweight="1.5pt">'
        '<v:textbox><w:txbxContent>'
        '<w:p><w:r><w:rPr><w:b/><w:color w:val="C00000"/></w:rPr><w:t>OBS! Ändrat datum i Slite</w:t></w:r></w:p>'
        '<w:p><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">Rådgivningsdagen i Slite tisdag 22 februari är inställd eftersom biblioteket renoveras. </w:t></w:r>'
        '<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">Ny dag: tisdag 29 februari 2028 kl. 13–16 på Slite hamnkontor, Hamnplan 2.</w:t></w:r></w:p>'
        '<w:p><w:r><w:rPr><w:i/><w:sz w:val="18"/></w:rPr><w:t>/Jonna 14/2</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></w:r>' % TEXTBOX_TYPE)

    A(para([run("REGION GOTLAND  |  VATTENLYFTET GOTLAND", b=True, sz=18, color="1F6E8C"), wordart, callout],
           spacing_after=240))
    A(para(run("Vattensmart företag?", b=True, sz=56, color="1F6E8C"), spacing_after=0))
    A(para(run("Träffa vattenrådgivaren!", b=True, sz=40, color="2E9CCA"), spacing_after=240))
    A(para("Driver du företag på Gotland och vill minska er vattenförbrukning? Kom till en rådgivningsdag "
           "och prata regnvatten, gråvatten, bevattning och snålspolande utrustning med projektets "
           "vattenrådgivare. Ingen föranmälan – ta gärna med er senaste vattenräkning.", spacing_after=200))
    A(para(run("Rådgivningsdagar våren 2028", b=True, sz=28), keep=True))
    A(table([
        ["Ort", "Dag", "Tid", "Plats"],
        ["Hemse", "tisdag 8 februari", "13–16", "Hemse bibliotek"],
        ["Slite", "tisdag 22 februari", "13–16", "Slite bibliotek"],
        ["Klintehamn", "tisdag 7 mars", "13–16", "Klintehamns bygdegård"],
        ["Fårösund", "tisdag 21 mars", "13–16", "Fårösunds bibliotek"],
    ], [1900, 2500, 1200, 3400], shade="BDD7EE"))
    A(para("", spacing_after=160))
    A(para(run("Vattendagen 2028", b=True, sz=28), keep=True))
    A(para("Onsdag 15 mars 2028 kl. 9.00–16.00 på Wisby Strand Congress & Event, Visby. "
           "Föreläsningar, leverantörsmässa och visning av ritningarna till demonstrationsanläggningen.",
           spacing_after=160))
    A(para(run("Vattencheck", b=True, sz=28), keep=True))
    A(para("Företag med högst 49 anställda kan få en vattencheck för halva kostnaden för en vattensmart "
           "åtgärd. Läs mer och ansök på gotland.se/vattenlyftet.", spacing_after=200))
    A(para(run("Frågor? Kontakta vattenrådgivare Jonna Lind, 0498-20 45 60, jonna.lind@gotland.se", b=True)))
    A(para(run("Projektet delfinansieras av Europeiska unionen (Europeiska regionala utvecklingsfonden).", i=True, sz=18)))

    buf = io.BytesIO()
    d.save(buf)
    finalize_docx(buf.getvalue(), os.path.join(out, "Affisch_radgivningsdagar_var_2028.docx"),
                  compat_mode=12, app_version="12.0000", template="Affisch A4 RG.dotx",
                  company="Region Gotland", zip_date=(2028, 2, 14, 16, 41, 0))


# ============================================================================
# 4. CAD plot PDF – A3 landscape plan drawing, rev C
# ============================================================================
def make_ritning(out):
    W, H = 1190.55, 841.89
    path = os.path.join(out, "A-40.1-101_Demoanlaggning_Hemse_rev_C.pdf")
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("A-40.1-101 rev C")
    c.setAuthor("SJ")
    c.setCreator("AutoCAD 2026 - English 2026 (25.1s (LMS Tech))")
    try:
        c._doc.info.producer = "pdfplot16.hdi 16.1.73.0"
    except Exception:
        pass
    mm = 72 / 25.4
    FN = "Helvetica"
    FNB = "Helvetica-Bold"

    def T(x, y, s, size=7, font=FN, angle=0, color=black):
        c.setFillColor(color)
        c.setFont(font, size)
        if angle:
            c.saveState()
            c.translate(x, y)
            c.rotate(angle)
            c.drawString(0, 0, s)
            c.restoreState()
        else:
            c.drawString(x, y, s)

    # sheet frame
    c.setStrokeColor(black)
    c.setLineWidth(0.7)
    c.rect(10 * mm, 10 * mm, W - 20 * mm, H - 20 * mm)
    c.setLineWidth(0.25)
    c.rect(20 * mm, 10 * mm, W - 30 * mm, H - 20 * mm)

    s = 10 * mm  # 1 m at 1:100 → 10 mm
    ox, oy = 60 * mm, 150 * mm
    # grid lines and bubbles
    c.setDash([6, 2, 1, 2])
    c.setStrokeColor(HexColor("#888888"))
    xs = [0, 4.85, 10.15, 18.0]
    ys = [0, 3.2, 9.6]
    for i, gx in enumerate(xs):
        c.line(ox + gx * s, oy - 12 * mm, ox + gx * s, oy + 9.6 * s + 12 * mm)
    for j, gy in enumerate(ys):
        c.line(ox - 12 * mm, oy + gy * s, ox + 18 * s + 12 * mm, oy + gy * s)
    c.setDash()
    c.setStrokeColor(black)
    for i, gx in enumerate(xs):
        c.circle(ox + gx * s, oy + 9.6 * s + 17 * mm, 4 * mm)
        T(ox + gx * s - 2.2, oy + 9.6 * s + 15.8 * mm, str(i + 1), 8)
    for j, gy in enumerate(ys):
        c.circle(ox - 17 * mm, oy + gy * s, 4 * mm)
        T(ox - 17 * mm - 2.6, oy + gy * s - 2.6, "ABC"[j], 8)

    # walls
    c.setLineWidth(2.2)
    c.rect(ox, oy, 10.15 * s, 9.6 * s)
    c.setLineWidth(1.2)
    c.line(ox + 4.85 * s, oy, ox + 4.85 * s, oy + 9.6 * s)
    c.line(ox, oy + 3.2 * s, ox + 4.85 * s, oy + 3.2 * s)
    # deck (besöksplattform) outside east
    c.setLineWidth(0.6)
    c.setDash(3, 2)
    c.rect(ox + 10.15 * s, oy + 3.2 * s, 7.85 * s, 4.84 * s)
    c.setDash()
    for k in range(1, 16):
        c.setLineWidth(0.15)
        c.line(ox + 10.15 * s + k * 0.49 * s, oy + 3.2 * s, ox + 10.15 * s + k * 0.49 * s, oy + 8.04 * s)
    # underground tank (dashed)
    c.setLineWidth(0.8)
    c.setDash(8, 3)
    c.rect(ox + 10.5 * s, oy - 6.6 * s, 5.5 * s, 5.0 * s)
    c.setDash()
    # door and window marks
    c.setLineWidth(0.5)
    c.arc(ox + 6.0 * s, oy - 1.0 * s, ox + 8.0 * s, oy + 1.0 * s, 0, 90)

    # dimension strings (mm) – rotated and horizontal
    c.setLineWidth(0.3)
    y_dim = oy + 9.6 * s + 7 * mm
    c.line(ox, y_dim, ox + 18 * s, y_dim)
    for gx in xs:
        c.line(ox + gx * s - 2, y_dim - 2, ox + gx * s + 2, y_dim + 2)
    T(ox + 2.1 * s, y_dim + 2, "4 850", 7)
    T(ox + 7.2 * s, y_dim + 2, "5 300", 7)
    T(ox + 13.8 * s, y_dim + 2, "7 850", 7)
    y2 = oy + 9.6 * s + 12 * mm
    c.line(ox, y2, ox + 18 * s, y2)
    T(ox + 8.6 * s, y2 + 2, "18 000", 7)
    x_dim = ox - 8 * mm
    c.line(x_dim, oy, x_dim, oy + 9.6 * s)
    T(x_dim - 2, oy + 1.2 * s, "3 200", 7, angle=90)
    T(x_dim - 2, oy + 5.8 * s, "6 400", 7, angle=90)
    T(x_dim - 7 * mm, oy + 4.3 * s, "9 600", 7, angle=90)
    T(ox + 18 * s + 5 * mm, oy + 5.2 * s, "4 840", 7, angle=90)

    # room labels
    T(ox + 1.0 * s, oy + 1.6 * s, "FILTERHUS", 8, FNB)
    T(ox + 1.0 * s, oy + 1.6 * s - 10, "9,8 m²", 7)
    T(ox + 1.0 * s, oy + 6.4 * s, "TEKNIKRUM", 8, FNB)
    T(ox + 1.0 * s, oy + 6.4 * s - 10, "14,2 m²", 7)
    T(ox + 5.8 * s, oy + 5.0 * s, "UTSTÄLLNING / ENTRÉ", 8, FNB)
    T(ox + 5.8 * s, oy + 5.0 * s - 10, "22,5 m²", 7)
    T(ox + 11.6 * s, oy + 6.0 * s, "BESÖKSPLATTFORM (TRÄDÄCK)", 8, FNB)
    T(ox + 11.6 * s, oy + 6.0 * s - 10, "38,0 m²", 7)
    T(ox + 11.6 * s, oy + 6.0 * s - 20, "MAX 25 PERS", 7)
    T(ox + 10.9 * s, oy - 3.4 * s, "REGNVATTENMAGASIN UNDER MARK", 8, FNB)
    T(ox + 10.9 * s, oy - 3.4 * s - 10, "V = 180 m³", 8)
    T(ox + 10.9 * s, oy - 3.4 * s - 20, "DJUP 5,2 m", 7)
    T(ox + 6.3 * s, oy - 1.6 * s, "ENTRÉ FRÅN ALVENAVÄGEN", 6)

    # revision clouds + delta triangles
    def cloud(x0, y0, x1, y1, r=7):
        c.setStrokeColor(HexColor("#d00000"))
        c.setLineWidth(0.6)
        x = x0
        while x < x1:
            c.arc(x, y1 - r, x + 2 * r, y1 + r, 0, 180)
            c.arc(x, y0 - r, x + 2 * r, y0 + r, 180, 180)
            x += 2 * r
        yy = y0
        while yy < y1:
            c.arc(x0 - r, yy, x0 + r, yy + 2 * r, 90, 180)
            c.arc(x1 - r, yy, x1 + r, yy + 2 * r, 270, 180)
            yy += 2 * r
        c.setStrokeColor(black)

    def delta(x, y, letter):
        c.setStrokeColor(HexColor("#d00000"))
        c.setLineWidth(0.8)
        p = c.beginPath()
        p.moveTo(x, y)
        p.lineTo(x + 14, y)
        p.lineTo(x + 7, y + 12)
        p.close()
        c.drawPath(p, stroke=1, fill=0)
        T(x + 4.3, y + 2.2, letter, 7, FNB, color=HexColor("#d00000"))
        c.setStrokeColor(black)

    cloud(ox + 10.7 * s, oy - 4.6 * s, ox + 15.7 * s, oy - 2.7 * s, 4)
    delta(ox + 16.1 * s, oy - 2.6 * s, "C")
    cloud(ox + 11.3 * s, oy + 3.7 * s, ox + 16.3 * s, oy + 6.7 * s, 4)
    delta(ox + 16.6 * s, oy + 6.8 * s, "C")

    # north arrow
    nx, ny = W - 60 * mm, H - 45 * mm
    p = c.beginPath()
    p.moveTo(nx, ny)
    p.lineTo(nx + 5 * mm, ny - 15 * mm)
    p.lineTo(nx, ny - 11 * mm)
    p.lineTo(nx - 5 * mm, ny - 15 * mm)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
    T(nx - 3, ny + 3 * mm, "N", 12, FNB)

    # scale bar
    sx, sy = 40 * mm, 30 * mm
    for k in range(5):
        c.setFillColor(black if k % 2 == 0 else white)
        c.rect(sx + k * s, sy, s, 2 * mm, stroke=1, fill=1)
    c.setFillColor(black)
    T(sx, sy - 4 * mm, "0", 6)
    T(sx + 5 * s - 4, sy - 4 * mm, "5 m", 6)
    T(sx, sy + 4 * mm, "SKALSTOCK 1:100", 6)

    T(40 * mm, 62 * mm, "PLAN 1:100", 12, FNB)
    T(40 * mm, 56 * mm, "Demonstrationsanläggning för regnvatten och gråvatten", 9)

    # notes block (top right)
    nx0, ny0 = W - 155 * mm, H - 75 * mm
    T(nx0, ny0, "ANMÄRKNINGAR", 8, FNB)
    notes = [
        "1. Alla mått i mm om ej annat anges. Nivåer i RH 2000.",
        "2. Besöksplattformen dimensioneras för högst 25 personer samtidigt.",
        "3. Magasinets volym 180 m³ enligt geoteknisk PM 2028-01-24 (berg på 5,6 m djup).",
        "4. Tillgänglig entré och angöring från Alvenavägen.",
        "5. Gråvattenrening med markbädd, se VA-ritning V-50.1-201.",
        "6. Ritningen får inte skalas. Kontrollera mått på plats.",
    ]
    for k, ln in enumerate(notes):
        T(nx0, ny0 - 11 * (k + 1), ln, 7)

    # revision table above title block (A bottom, C top)
    tx0, ty0 = W - 200 * mm, 58 * mm
    tw_ = 190 * mm
    rows = [
        ("A", "2027-09-30", "Förslagshandling.", "SJ"),
        ("B", "2027-12-15", "Ny placering: Hemse Alvena 1:34 (tidigare Roma Lindes 1:14). Magasinets volym ändrad från 300 till 220 m³.", "ED"),
        ("C", "2028-02-11", "Magasinets volym ändrad från 220 till 180 m³. Besöksplattform för högst 25 personer (tidigare 40). Bygghandling.", "ED"),
    ]
    rh = 9 * mm
    c.setLineWidth(0.4)
    for k, (r_, dte, txt, sg) in enumerate(rows):
        y = ty0 + k * rh
        c.rect(tx0, y, tw_, rh)
        c.line(tx0 + 9 * mm, y, tx0 + 9 * mm, y + rh)
        c.line(tx0 + 30 * mm, y, tx0 + 30 * mm, y + rh)
        c.line(tx0 + tw_ - 12 * mm, y, tx0 + tw_ - 12 * mm, y + rh)
        T(tx0 + 3 * mm, y + 3.5 * mm, r_, 7, FNB)
        T(tx0 + 11 * mm, y + 3.5 * mm, dte, 7)
        words = txt.split(" ")
        l1, l2 = "", ""
        for w in words:
            if pdfmetrics.stringWidth((l1 + " " + w).strip(), FN, 6.5) < 143 * mm and not l2:
                l1 = (l1 + " " + w).strip()
            else:
                l2 = (l2 + " " + w).strip()
        T(tx0 + 32 * mm, y + 5.3 * mm, l1, 6.5)
        if l2:
            T(tx0 + 32 * mm, y + 1.8 * mm, l2, 6.5)
        T(tx0 + tw_ - 9 * mm, y + 3.5 * mm, sg, 7)
    y = ty0 + 3 * rh
    c.rect(tx0, y, tw_, 5 * mm)
    T(tx0 + 2 * mm, y + 1.5 * mm, "REV", 5.5)
    T(tx0 + 11 * mm, y + 1.5 * mm, "DATUM", 5.5)
    T(tx0 + 32 * mm, y + 1.5 * mm, "ÄNDRINGEN AVSER", 5.5)
    T(tx0 + tw_ - 10 * mm, y + 1.5 * mm, "SIGN", 5.5)

    # title block
    bx0, by0 = tx0, 12 * mm
    bw, bh = tw_, 44 * mm
    c.setLineWidth(0.8)
    c.rect(bx0, by0, bw, bh)
    c.setLineWidth(0.3)

    def field(x, y, w, h, label, value, vsize=8, vfont=FN):
        c.rect(x, y, w, h)
        T(x + 1.5 * mm, y + h - 3 * mm, label, 5)
        T(x + 1.5 * mm, y + 2.2 * mm, value, vsize, vfont)

    field(bx0, by0 + 34 * mm, 95 * mm, 10 * mm, "BESTÄLLARE", "Region Gotland, Teknikförvaltningen")
    field(bx0 + 95 * mm, by0 + 34 * mm, 95 * mm, 10 * mm, "PROJEKT", "Vattenlyftet Gotland – demonstrationsanläggning")
    field(bx0, by0 + 24 * mm, 95 * mm, 10 * mm, "FASTIGHET", "Hemse Alvena 1:34")
    field(bx0 + 95 * mm, by0 + 24 * mm, 95 * mm, 10 * mm, "ADRESS", "Alvenavägen 6, 623 50 Hemse")
    field(bx0, by0 + 14 * mm, 60 * mm, 10 * mm, "UPPDRAGSANSVARIG", "Erik Dahl")
    field(bx0 + 60 * mm, by0 + 14 * mm, 35 * mm, 10 * mm, "RITAD AV", "SJ")
    field(bx0 + 95 * mm, by0 + 14 * mm, 35 * mm, 10 * mm, "GRANSKAD", "ED")
    field(bx0 + 130 * mm, by0 + 14 * mm, 60 * mm, 10 * mm, "HANDLING", "BYGGHANDLING", 10, FNB)
    field(bx0, by0, 60 * mm, 14 * mm, "ARKITEKT", "KALKSTENEN ARKITEKTER AB, VISBY", 7, FNB)
    field(bx0 + 60 * mm, by0, 25 * mm, 14 * mm, "SKALA", "1:100 (A3)")
    field(bx0 + 85 * mm, by0, 25 * mm, 14 * mm, "DATUM", "2027-09-30")
    field(bx0 + 110 * mm, by0, 55 * mm, 14 * mm, "RITNINGSNUMMER", "A-40.1-101", 12, FNB)
    field(bx0 + 165 * mm, by0, 25 * mm, 14 * mm, "REV", "C", 14, FNB)
    T(bx0 + 111.5 * mm, by0 + 7.8 * mm, "PLAN", 6)
    delta(bx0 + 78 * mm, by0 + 26 * mm, "B")
    c.showPage()
    c.save()


# ============================================================================
# 5. RTF (saved as .txt) – protocol extract RS AU § 34
# ============================================================================
def rtf_esc(s):
    outp = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            outp.append("\\\\")
        elif ch == "{":
            outp.append("\\{")
        elif ch == "}":
            outp.append("\\}")
        elif ch == "\u00a0":
            outp.append("\\~")
        elif ch == "\t":
            outp.append("\\tab ")
        elif o < 128:
            outp.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                outp.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                v = o if o < 32768 else o - 65536
                outp.append("\\u%d?" % v)
    return "".join(outp)


def make_rtf(out):
    NB = "\u00a0"
    L = []
    a = L.append
    a(r"{\rtf1\ansi\ansicpg1252\uc1\deff0\deflang1053\deflangfe1053")
    a(r"{\fonttbl{\f0\froman\fcharset0\fprq2 Times New Roman;}{\f1\fswiss\fcharset0\fprq2 Arial;}{\f2\fnil\fcharset2\fprq2 Symbol;}}")
    a(r"{\colortbl;\red0\green0\blue0;\red31\green110\blue140;\red128\green128\blue128;}")
    a(r"{\stylesheet{\ql \li0\ri0\widctlpar\f0\fs22\lang1053 \snext0 Normal;}{\s1\ql \keepn\f1\fs28\b\lang1053 \sbasedon0 \snext0 heading 1;}{\s2\ql \keepn\f1\fs22\b\lang1053 \sbasedon0 \snext0 heading 2;}}")
    a(r"{\*\listtable{\list\listtemplateid1053001\listsimple{\listlevel\levelnfc0\levelnfcn0\leveljc0\leveljcn0\levelfollow0\levelstartat1\levelspace0\levelindent0{\leveltext\'02\'00.;}{\levelnumbers\'01;}\fi-360\li360\jclisttab\tx360 }{\listname ;}\listid1001}}")
    a(r"{\*\listoverridetable{\listoverride\listid1001\listoverridecount0\ls1}}")
    a(r"{\info{\title " + rtf_esc("Protokollsutdrag RS AU 2028-02-28 § 34") + r"}{\subject Vattenlyftet Gotland}"
      r"{\author Karolina Sand}{\operator Karolina Sand}{\company Region Gotland}"
      r"{\creatim\yr2028\mo2\dy21\hr9\min14}{\revtim\yr2028\mo3\dy2\hr11\min3}{\version4}{\nofpages2}}")
    a(r"{\*\generator Ärendesystem dokumentexport 6.4;}".replace("Ä", "\\'c4"))
    a(r"\paperw11906\paperh16838\margl1701\margr1418\margt1418\margb1134\gutter0\deftab1304\widowctrl\ftnbj\aenddoc\formshade\viewkind1\viewscale100")
    a(r"\sectd\sbknone\linex0\headery709\footery709\colsx708\endnhere\sectlinegrid360")
    a(r"{\header\pard\plain\ql\tx4536\tx9072\f1\fs16 " + rtf_esc("REGION GOTLAND\tPROTOKOLLSUTDRAG\tSida ") +
      r"{\field{\*\fldinst {\f1\fs16 PAGE }}{\fldrslt {\f1\fs16 1}}}" + rtf_esc(" (2)") + r"\par"
      r"\pard\plain\ql\tx4536\tx9072\f1\fs16 " + rtf_esc("Regionstyrelsens arbetsutskott\tSammanträdesdatum\t") + r"\par"
      r"\pard\plain\ql\tx4536\tx9072\f1\fs16 \tab 2028-02-28\par}")
    a(r"{\footer\pard\plain\ql\f1\fs14\cf3 " + rtf_esc("Justerandes signatur\t\tUtdragsbestyrkande") + r"\par}")

    def P(text, style="", fs=22, b=False, after=120):
        bb = r"\b " if b else ""
        a(r"\pard\plain\ql\widctlpar\sa%d%s\f0\fs%d\lang1053 %s%s\par" % (after, style, fs, bb, rtf_esc(text)))

    def H(text, lvl=1):
        if lvl == 1:
            a(r"\pard\plain\s1\ql\keepn\sb240\sa120\f1\fs28\b\lang1053 %s\par" % rtf_esc(text))
        else:
            a(r"\pard\plain\s2\ql\keepn\sb200\sa80\f1\fs22\b\lang1053 %s\par" % rtf_esc(text))

    H("§ 34\tVattenlyftet Gotland – upphävande av styrgruppens beslut om vattencheckens tak")
    P("RS 2027/512", fs=20)
    # hidden text (\v) from the draft decision – not printed, still in the file
    a(r"{\pard\plain\ql\f0\fs22\v " + rtf_esc("Utkast 2028-02-21 (tas bort före utskick): Arbetsutskottet godkänner "
                                          "styrgruppens beslut om höjt tak för vattencheck till 75" + NB + "000 kronor.") + r"\par}")
    H("Arbetsutskottets beslut", 2)
    items = [
        "Styrgruppens för Vattenlyftet Gotland beslut 2027-11-23 § 6 om höjt tak för vattencheck upphävs.",
        "Taket för vattencheck är 60" + NB + "000 kronor per företag. Stödandelen är 50 procent av de stödberättigande kostnaderna.",
        "Ansökan om vattencheck tas under 2028 emot i två omgångar: 1 mars–14 april 2028 och 1 september–13 oktober 2028.",
        "Redan fattade beslut om vattencheck påverkas inte.",
    ]
    for k, it in enumerate(items, 1):
        a(r"{\listtext\pard\plain\f0\fs22 %d.\tab}\pard\plain\ql\fi-360\li360\widctlpar\sa80\jclisttab\tx360\ls1\f0\fs22\lang1053 %s\par"
          % (k, rtf_esc(it)))
    H("Reservation", 2)
    P("Lena Westin (C) reserverar sig mot beslutet till förmån för eget yrkande.")
    H("Sammanfattning", 2)
    P("Styrgruppen för projektet Vattenlyftet Gotland beslutade den 23 november 2027 (§ 6) att höja taket "
      "för vattencheck från 60" + NB + "000 kronor till 75" + NB + "000 kronor per företag från den 1 januari 2028. "
      "Enligt projektplanen (avsnitt 6) och regionstyrelsens delegationsordning är det regionstyrelsen eller "
      "dess arbetsutskott som beslutar om stödvillkor för vattencheckar. Styrgruppen har därför saknat "
      "mandat att ändra taket.")
    P("Regionstyrelseförvaltningen föreslår att styrgruppens beslut upphävs och att taket ska vara "
      "60" + NB + "000 kronor i enlighet med ansökan till Tillväxtverket. Förvaltningen föreslår vidare att "
      "ansökningar tas emot i två omgångar per år i stället för löpande, så att ansökningarna kan "
      "prioriteras mot varandra när medlen inte räcker till alla.")
    H("Ärendets behandling under sammanträdet", 2)
    P("Projektledaren Mattias Enqvist föredrar ärendet.")
    P("Lena Westin (C) yrkar att taket ska vara 75" + NB + "000 kronor i enlighet med styrgruppens beslut.")
    P("Ordföranden ställer proposition på förvaltningens förslag och Lena Westins yrkande och finner att "
      "arbetsutskottet beslutar enligt förvaltningens förslag.")
    H("Beslutsunderlag", 2)
    P("Tjänsteskrivelse 2028-02-14, Regional utveckling", after=40)
    P("Protokoll, styrgruppen för Vattenlyftet Gotland, 2027-11-23", after=40)
    P("Projektplan Vattenlyftet Gotland, version 1.0")
    H("Skickas till", 2)
    P("Regional utveckling", after=40)
    P("Projektledaren för Vattenlyftet Gotland", after=40)
    P("Teknikförvaltningen", after=40)
    P("Styrgruppen för Vattenlyftet Gotland")
    a(r"\page")
    H("Närvarande vid sammanträdet 2028-02-28", 2)

    def row(c1, c2, bold=False):
        bb = r"\b " if bold else ""
        a(r"\trowd\trgaph70\trleft-70\trbrdrt\brdrs\brdrw10\trbrdrl\brdrs\brdrw10\trbrdrb\brdrs\brdrw10\trbrdrr\brdrs\brdrw10"
          r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10\cellx2900"
          r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10\cellx8900")
        a(r"\pard\plain\intbl\ql\f0\fs20 %s%s\cell\pard\plain\intbl\ql\f0\fs20 %s\cell\row" % (bb, rtf_esc(c1), rtf_esc(c2)))

    row("Funktion", "Namn", bold=True)
    row("Ordförande", "Helena Bergman (S)")
    row("Ledamöter", "Mikael Ohlsson (M), Lena Westin (C), Tomas Hedin (V)")
    row("Tjänstepersoner", "Mattias Enqvist, projektledare (§ 34); Karolina Sand, sekreterare")
    row("Justerare", "Mikael Ohlsson")
    a(r"\pard\plain\ql\sa120\f0\fs22\par")
    P("Justeringen har tillkännagivits genom anslag 2028-03-02.")
    P("Rätt utdraget betygar", after=360)
    P("Karolina Sand, sekreterare")
    a("}")
    data = ("\r\n".join(L) + "\r\n").encode("ascii")
    with open(os.path.join(out, "Protokollsutdrag_RSAU_2028-02-28_par34.txt"), "wb") as f:
        f.write(data)


# ============================================================================
# 6. Discourse /raw/318 topic export as Markdown
# ============================================================================
def make_forum(out):
    SEP = "\n\n-------------------------\n\n"
    posts = []

    def post(user, ts, n, body):
        posts.append("%s | %s UTC | #%d\n\n%s" % (user, ts, n, body.strip("\n")))

    post("jonna.lind", "2028-02-01 08:14:09", 1, """
Hej och välkomna till tråden om **Vattenlyftet Gotland**! :droplet:

Här kan ni som driver företag på Gotland ställa frågor om vattencheckar, rådgivningsdagar och Vattendagen. Jag är projektets vattenrådgivare och svarar så fort jag kan, och projektledaren @mattias.enqvist hänger också med här.

**Rådgivningsdagar våren 2028** (alla tisdagar kl. 13–16, ingen föranmälan):

| Ort | Datum | Plats |
|---|---|---|
| Hemse | 8 februari | Hemse bibliotek |
| Slite | 22 februari | Slite bibliotek |
| Klintehamn | 7 mars | Klintehamns bygdegård |
| Fårösund | 21 mars | Fårösunds bibliotek |

![rådgivningsbilen utanför Hemse bibliotek|690x460](upload://q7YxV0f3kLm2Rz1wTn8aPe4bHcU.jpeg)

[details="Kontakt"]
Jonna Lind, vattenrådgivare
0498-20 45 60 · jonna.lind@gotland.se
[/details]
""")
    post("gardsbutiken_i_nar", "2028-02-01 12:40:55", 2, """
Hej! Vi har en gårdsbutik med café i När och funderar på att samla regnvatten från ladugårdstaket till bevattning av grönsaksodlingen. Hur mycket kan man få i vattencheck?
""")
    post("jonna.lind", "2028-02-01 14:02:31", 3, """
[quote="gardsbutiken_i_nar, post:2, topic:318"]
Hur mycket kan man få i vattencheck?
[/quote]

Vattenchecken täcker halva kostnaden för åtgärden. Styrgruppen beslutade i november att höja taket, så från 1 januari kan man få **högst 75 000 kr** per företag. Regnvatten till bevattning är precis en sån åtgärd vi vill stötta! :+1:

Ansök i e-tjänsten: https://www.gotland.se/vattenlyftet
""")
    post("bosse_pa_faro", "2028-02-02 07:15:03", 4, """
Gäller vattencheckarna även oss som har fritidshus? Vi har en egen brunn som sinar varje augusti.
""")
    post("mattias.enqvist", "2028-02-02 09:31:47", 5, """
@bosse_pa_faro Nej, vattencheckarna är bara till för företag med högst 49 anställda som har säte eller driftställe på Gotland. Det fanns ett förslag om att öppna för fritidshusägare, men det drogs tillbaka i styrgruppen i november eftersom regionalfondens regler inte medger stöd till privatpersoner. Regionens VA-avdelning har råd om enskilda brunnar på gotland.se.

Mattias Enqvist
projektledare Vattenlyftet Gotland, Region Gotland
0498-20 43 17 · mattias.enqvist@gotland.se
""")
    post("jonna.lind", "2028-02-09 15:20:11", 6, """
Tack alla som kom till Hemse i går! Till hösten vill vi lägga rådgivningsdagarna på tider som passar er bättre:

[poll type=regular results=always public=true chartType=bar]
# Vilken tid passar bäst för höstens rådgivningsdagar?
* Förmiddag kl. 9–12
* Eftermiddag kl. 13–16
* Kväll kl. 17–19
[/poll]
""")
    post("mattias.enqvist", "2028-02-29 08:05:40", 7, """
**Viktigt – ändrat besked om taket för vattencheck**

[quote="jonna.lind, post:3, topic:318"]
så från 1 januari kan man få **högst 75 000 kr** per företag
[/quote]

Det här gäller inte längre. Regionstyrelsens arbetsutskott upphävde i går (28 februari, § 34) styrgruppens beslut om höjt tak, eftersom det är regionstyrelsen som beslutar om stödvillkoren. Taket är alltså **60 000 kr per företag**, och checken täcker fortfarande 50 procent av kostnaden. Ansökningar tas från och med nu emot i omgångar – första omgången öppnar 1 mars. Har du redan fått ett beslut gäller det.

Mattias Enqvist
projektledare Vattenlyftet Gotland
0498-20 43 17
""")
    post("hotell_ostercentrum", "2028-03-03 10:12:09", 8, """
Vattendagen 15 mars på Wisby Strand – finns det parkering där eller ska man ta bussen?
""")
    post("jonna.lind", "2028-03-03 13:47:26", 9, """
[quote="hotell_ostercentrum, post:8, topic:318"]
Vattendagen 15 mars på Wisby Strand
[/quote]

Vattendagen är flyttad! Den hålls **onsdag 19 april 2028 kl. 9.30–15.30 på Campus Gotland** (Uppsala universitet), Cramérgatan 3 i Visby. Vi ville kunna visa bygghandlingen för demoanläggningen i Hemse, och Wisby Strand var dessutom fullbokat i mars. Dagen är kostnadsfri och lunch ingår. Närmaste parkering är vid Söderport, men det är bara tio minuters promenad från busstationen.

[Anmäl dig här][anmalan] – skriv gärna om du behöver specialkost.

[anmalan]: https://www.gotland.se/vattenlyftet/vattendagen-anmalan "Sista anmälningsdag 5 april 2028"
""")
    post("faro_camping", "2028-03-06 18:55:02", 10, """
Blir det någon rådgivningsdag i Fårösund fortfarande den 21 mars? Det krockar med vår säsongsstart.
""")
    post("jonna.lind", "2028-03-07 07:30:44", 11, """
@faro_camping Fårösund flyttas till **tisdag 28 mars** kl. 13–16, samma plats (Fårösunds bibliotek). Välkomna!

Jonna Lind
vattenrådgivare, Vattenlyftet Gotland
Nytt direktnummer från 1 mars: 0498-20 45 66
""")
    post("mattias.enqvist", "2028-03-14 16:02:10", 12, """
Uppdatering om demoanläggningen i Hemse: bygglovet är beviljat och ritningen är nu bygghandling (rev C). Invigningen planeras till september 2028 – vi återkommer med datum här i tråden. :construction:
""")
    text = SEP.join(posts) + "\n"
    with open(os.path.join(out, "forum-vattenlyftet-fragor-och-svar-318.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    if len(sys.argv) != 2:
        print("usage: r193_make_files.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_projektplan(out)
    make_styrgrupp(out)
    make_affisch(out)
    make_ritning(out)
    make_rtf(out)
    make_forum(out)
    for n in sorted(os.listdir(out)):
        print(n, os.path.getsize(os.path.join(out, n)))


if __name__ == "__main__":
    main()
