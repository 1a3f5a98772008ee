#!/usr/bin/env python
"""r176 – six invented documents about 'Kompetensväxeln Kronoberg', a skills and
business-support project of Region Kronoberg (Alvesta, Lessebo, Ljungby, Markaryd,
Tingsryd, Uppvidinge, Växjö, Älmhult), 2026. The documents update each other.

Usage: python r176_make_files.py OUT_DIR

Files (byte-deterministic):
  Kompetensvaxeln_projektplan_v1.2_med_markeringar.pdf
        project plan printed from Word with 'Visa markeringar': inserted text underlined in
        colour inline, deleted text only in balloons in a right-hand markup pane joined by
        dotted leader lines, comment and formatting balloons, change bars in the margin
        (balloon text shares lines with the body text when extracted)
  RUN_2026-04-23_protokollsutdrag_par58.docx
        committee minutes extract (OOXML written by hand): different first-page / odd / even
        headers, a 'Justerandes sign' table in the footer, decision alternatives ticked with
        Wingdings w:sym boxes (no text), a budget table whose =SUM(ABOVE) field holds a
        stale cached result, a reservation and a protocol note
  mejl_kickoff_flyttas_2026-05-12.txt
        raw Outlook .eml source saved as text: transport headers, RFC 2047 subject,
        multipart/mixed > multipart/alternative with an 8bit text/plain part and a
        quoted-printable HTML part, an Almi message forwarded inline, the old invitation as
        a quoted-printable message/rfc822 attachment and a base64 .ics attachment
  kompetensvaxeln_kompetenscheck_index.md
        Hugo website source page: TOML-less YAML front matter with lastmod, shortcodes
        (notice, tabs, faq, contact, button), a Go-template comment and an HTML comment with
        old rules, a stale tab under an update notice, a footnote, a testimonial decoy
  Kompetensvaxeln_delrapport_1_2026-10-16.pdf
        interim report: thumb-index tabs with rotated chapter names on the right edge, a
        course table using 'd:o' ditto marks, two tables side by side (the right one sorted
        by value so rows do not align), a diagonal split header cell, a RACI matrix, a QR
        code, table notes, figures later corrected
  Rattelseblad_2_Kompetensvaxeln_delrapport_1_2026-11-09.pdf
        errata sheet 2 replacing errata sheet 1: 'Står'/'Ska stå' table with the old values
        drawn struck through, a withdrawn correction in a box, a rotated red stamp, no-break
        spaces in amounts, a corrected table as an appendix on page 2
"""
import base64
import datetime
import io
import os
import quopri
import sys
import zipfile

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

FONT_DIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu"]


def _reg(name, fname):
    for d in FONT_DIRS:
        p = os.path.join(d, fname)
        if os.path.exists(p):
            pdfmetrics.registerFont(TTFont(name, p))
            return
    raise SystemExit("font not found: " + fname)


_reg("Arial", "LiberationSans-Regular.ttf")
_reg("Arial-B", "LiberationSans-Bold.ttf")
_reg("Arial-I", "LiberationSans-Italic.ttf")
_reg("Serif", "LiberationSerif-Regular.ttf")
_reg("Serif-B", "LiberationSerif-Bold.ttf")
_reg("Serif-I", "LiberationSerif-Italic.ttf")
_reg("DV", "DejaVuSans.ttf")
_reg("DV-B", "DejaVuSans-Bold.ttf")
_reg("DVC", "DejaVuSansCondensed.ttf")
_reg("DVC-B", "DejaVuSansCondensed-Bold.ttf")
pdfmetrics.registerFontFamily("Arial", normal="Arial", bold="Arial-B", italic="Arial-I",
                              boldItalic="Arial-B")
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I",
                              boldItalic="Serif-B")
pdfmetrics.registerFontFamily("DVC", normal="DVC", bold="DVC-B", italic="DVC", boldItalic="DVC-B")

NBSP = "\u00a0"
sw = pdfmetrics.stringWidth


def st(name, **kw):
    base = dict(fontName="Arial", fontSize=10, leading=13)
    base.update(kw)
    return ParagraphStyle(name, **base)


# ===========================================================================
# 1. Projektplan v1.2 printed from Word with markup balloons
# ===========================================================================
# A paragraph is a list of runs:
#   ("t", text) normal  ("b", text) bold  ("i", text) inserted (tracked insertion)
#   ("d", text) deletion anchor -> balloon "Borttaget: text"
#   ("c", tag, text) comment anchor -> balloon "Kommenterad [tag]: text"
#   ("f", text) formatting change -> balloon "Formaterat: text"

INS_COL = colors.HexColor("#1F4E9E")
DEL_COL = colors.HexColor("#B3261E")
COM_COL = colors.HexColor("#A0338D")
FMT_COL = colors.HexColor("#707070")


class MarkupPrinter:
    W, H = A4
    BX = 64          # body left
    BW = 318         # body width
    TOP = 778
    BOTTOM = 78
    PANE_X = 404     # markup pane left
    PANE_W = 160

    def __init__(self):
        self.pages = []      # list of dicts: ops (callables), balloons, bars
        self._new_page()

    def _new_page(self):
        self.page = {"ops": [], "balloons": [], "bars": []}
        self.pages.append(self.page)
        self.y = self.TOP

    def _need(self, h):
        if self.y - h < self.BOTTOM:
            self._new_page()

    # -- tokenising and line breaking ----------------------------------------
    @staticmethod
    def _tokens(runs):
        toks = []   # (kind, text) with text incl. trailing space, or anchors
        for r in runs:
            k = r[0]
            if k in ("t", "b", "i"):
                parts = r[1].split(" ")
                for j, p in enumerate(parts):
                    txt = p + (" " if j < len(parts) - 1 else "")
                    if txt:
                        toks.append((k, txt))
            else:
                toks.append(("anchor", r))
        return toks

    @staticmethod
    def _font(kind, size, bold_all=False):
        if kind == "b" or bold_all:
            return "Arial-B"
        return "Arial"

    def _lines(self, runs, width, size, bold_all=False):
        toks = self._tokens(runs)
        lines, cur, cw = [], [], 0.0
        for t in toks:
            if t[0] == "anchor":
                cur.append(t)
                continue
            wd = sw(t[1].rstrip(" "), self._font(t[0], size, bold_all), size)
            if cw + wd > width and any(x[0] != "anchor" for x in cur):
                lines.append(cur)
                cur, cw = [], 0.0
            cur.append(t)
            cw += sw(t[1], self._font(t[0], size, bold_all), size)
        if cur:
            lines.append(cur)
        return lines

    def _draw_line(self, toks, x0, y, size, bold_all=False):
        """Record ops for one line; groups consecutive tokens of one kind into one string."""
        page = self.page
        x = x0
        groups = []
        for t in toks:
            if t[0] == "anchor":
                groups.append(t)
            elif groups and groups[-1][0] == t[0]:
                groups[-1] = (t[0], groups[-1][1] + t[1])
            else:
                groups.append(t)
        changed = False
        for g in groups:
            if g[0] == "anchor":
                r = g[1]
                if r[0] == "d":
                    page["balloons"].append((x, y, "d", "Borttaget: ", r[1]))
                    changed = True
                    # Word shows a small caret-like mark where text was deleted
                    page["ops"].append(("caret", x, y))
                elif r[0] == "c":
                    page["balloons"].append((x, y, "c", "Kommenterad [%s]: " % r[1], r[2]))
                    page["ops"].append(("cmark", x, y, size))
                elif r[0] == "f":
                    page["balloons"].append((x, y, "f", "Formaterat: ", r[1]))
                continue
            kind, txt = g
            font = self._font(kind, size, bold_all)
            page["ops"].append(("text", x, y, txt, font, size, kind))
            if kind == "i":
                changed = True
            x += sw(txt, font, size)
        if changed:
            page["bars"].append((y, size))

    # -- blocks ---------------------------------------------------------------
    def heading(self, text, size=12.5, before=10, after=4, runs_extra=None):
        runs = [("b", text)] + (runs_extra or [])
        lines = self._lines(runs, self.BW, size, bold_all=True)
        self._need(before + size * 1.25 * len(lines) + 30)
        self.y -= before
        for ln in lines:
            self.y -= size * 1.2
            self._draw_line(ln, self.BX, self.y, size, bold_all=True)
        self.y -= after

    def para(self, runs, size=9.2, leading=12.4, indent=0, bullet=None, after=5):
        lines = self._lines(runs, self.BW - indent, size)
        for i, ln in enumerate(lines):
            self._need(leading + 2)
            self.y -= leading
            if bullet and i == 0:
                self.page["ops"].append(("text", self.BX + indent - 9, self.y, bullet, "Arial", size, "t"))
            self._draw_line(ln, self.BX + indent, self.y, size)
        self.y -= after

    def table(self, widths, rows, size=8.4, leading=10.6, head_rows=1):
        pad = 3
        # measure every row
        laid = []
        for r in rows:
            cells = []
            for ci, cell in enumerate(r):
                cells.append(self._lines(cell, widths[ci] - 2 * pad, size,
                                         bold_all=False))
            nl = max(len(c) for c in cells)
            laid.append((cells, nl * leading + 2 * pad + 1))
        total = sum(h for _, h in laid)
        self._need(min(total, 220) + 8)
        self.y -= 4
        for ri, (cells, hgt) in enumerate(laid):
            self._need(hgt + 2)
            top = self.y
            x = self.BX
            if ri < head_rows:
                self.page["ops"].append(("rect", self.BX, top - hgt, sum(widths), hgt, "#E7E6E6"))
            for ci, lines in enumerate(cells):
                self.page["ops"].append(("box", x, top - hgt, widths[ci], hgt))
                yy = top - pad
                for ln in lines:
                    yy -= leading
                    self._draw_line(ln, x + pad, yy + 2, size, bold_all=(ri < head_rows))
                x += widths[ci]
            self.y = top - hgt
        self.y -= 8

    def space(self, h):
        self.y -= h

    # -- rendering ------------------------------------------------------------
    def render(self, path, header_l, header_r, footer_l):
        c = rl_canvas.Canvas(path, pagesize=A4, pageCompression=1)
        c.setTitle("Projektplan Kompetensväxeln Kronoberg v1.2")
        c.setAuthor("Lina Fransson")
        c.setSubject("Utskrift med markeringar")
        c.setCreator("Microsoft® Word för Microsoft 365")
        n = len(self.pages)
        for pi, pg in enumerate(self.pages, 1):
            # header / footer of the (scaled) Word page
            c.setFont("Arial", 7.5)
            c.setFillColor(colors.HexColor("#595959"))
            c.drawString(self.BX, 806, header_l)
            c.drawRightString(self.BX + self.BW, 806, header_r)
            c.setStrokeColor(colors.HexColor("#A6A6A6"))
            c.setLineWidth(0.4)
            c.line(self.BX, 801, self.BX + self.BW, 801)
            c.line(self.BX, 52, self.BX + self.BW, 52)
            c.drawString(self.BX, 42, footer_l)
            c.drawRightString(self.BX + self.BW, 42, "Sida %d av %d" % (pi, n))
            # body
            for op in pg["ops"]:
                if op[0] == "text":
                    _, x, y, txt, font, size, kind = op
                    c.setFont(font, size)
                    c.setFillColor(INS_COL if kind == "i" else colors.black)
                    c.drawString(x, y, txt)
                    if kind == "i":
                        c.setStrokeColor(INS_COL)
                        c.setLineWidth(0.5)
                        c.line(x, y - 1.4, x + sw(txt.rstrip(" "), font, size), y - 1.4)
                elif op[0] == "rect":
                    _, x, y, w_, h_, col = op
                    c.setFillColor(colors.HexColor(col))
                    c.rect(x, y, w_, h_, stroke=0, fill=1)
                elif op[0] == "box":
                    _, x, y, w_, h_ = op
                    c.setStrokeColor(colors.black)
                    c.setLineWidth(0.5)
                    c.rect(x, y, w_, h_, stroke=1, fill=0)
                elif op[0] == "caret":
                    _, x, y = op
                    c.setStrokeColor(DEL_COL)
                    c.setLineWidth(0.6)
                    c.line(x - 1.5, y - 2, x, y + 1)
                    c.line(x, y + 1, x + 1.5, y - 2)
                elif op[0] == "cmark":
                    _, x, y, size = op
                    c.setStrokeColor(COM_COL)
                    c.setLineWidth(0.8)
                    c.line(x, y - 2, x, y + size * 0.8)
            # change bars in the left margin
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.9)
            for (y, size) in pg["bars"]:
                c.line(self.BX - 14, y - 2.5, self.BX - 14, y + size * 0.85)
            # balloons in the markup pane
            last_bottom = self.TOP + 10
            bstyle_lead = 8.6
            for (ax, ay, kind, label, text) in pg["balloons"]:
                col = {"d": DEL_COL, "c": COM_COL, "f": FMT_COL}[kind]
                runs = [("b", label), ("t", text)]
                lines = self._lines(runs, self.PANE_W - 10, 7.2)
                bh = len(lines) * bstyle_lead + 6
                top = min(ay + 11.6, last_bottom - 4)
                bottom = top - bh
                last_bottom = bottom
                c.setStrokeColor(col)
                c.setFillColor(colors.HexColor("#FBFBFB"))
                c.setLineWidth(0.6)
                c.roundRect(self.PANE_X, bottom, self.PANE_W, bh, 3, stroke=1, fill=1)
                # dotted leader from the anchor to the balloon
                c.setDash(1, 1.5)
                c.line(ax, ay - 2, self.BX + self.BW + 6, ay - 2)
                c.line(self.BX + self.BW + 6, ay - 2, self.PANE_X, top - 5)
                c.setDash()
                yy = top - 3
                for ln in lines:
                    yy -= bstyle_lead
                    x = self.PANE_X + 5
                    for t in ln:
                        if t[0] == "anchor":
                            continue
                        f = "Arial-B" if t[0] == "b" else "Arial"
                        c.setFont(f, 7.2)
                        c.setFillColor(colors.black)
                        c.drawString(x, yy, t[1])
                        x += sw(t[1], f, 7.2)
            c.showPage()
        c.save()


def make_plan(path):
    m = MarkupPrinter()
    T = lambda s: ("t", s)
    B = lambda s: ("b", s)
    I = lambda s: ("i", s)
    D = lambda s: ("d", s)
    C = lambda tag, s: ("c", tag, s)
    F = lambda s: ("f", s)

    m.para([B("Region Kronoberg"), T(" · Regional utveckling")], size=8.5, after=0)
    m.para([T("Dnr RK 2025/01873 · Version 1.2 · "), I("2026-02-16"), D("2026-01-22")],
           size=8.5, after=2)
    m.heading("Projektplan: Kompetensväxeln Kronoberg", size=16, before=8, after=2)
    m.para([T("Kompetensutveckling för anställda, kompetenscheckar för företag och "
              "branschspår för arbetssökande i Kronobergs län 2026–2028")], size=9.6, after=6)

    m.heading("1 Bakgrund", runs_extra=[F("Rubrik 1, Blanksteg Före: 12 pt")])
    m.para([T("Industrin i Kronobergs län sysselsätter omkring 23 000 personer och domineras av "
              "små och medelstora företag inom trä, glas, möbler och verkstad. Under 2025 varslades "
              "1 140 personer i länet, de flesta i Lessebo, Tingsryd och Uppvidinge. Samtidigt har "
              "många företag svårt att rekrytera operatörer, svetsare och underhållstekniker.")])
    m.para([T("Kompetensväxeln ska hjälpa företagen att ställa om genom korta kurser för "
              "anställda, stöd till företagens egen kompetensplanering och nya vägar in i "
              "industrin för arbetssökande. Projektet bygger på erfarenheterna från "
              "förstudien Industrikraft Kronoberg (2024), där 64 företag intervjuades.")])

    m.heading("2 Syfte och mål")
    m.para([T("Syftet är att stärka industriföretagens omställningsförmåga och att fler "
              "arbetssökande i länet får arbete i industrin. Projektets mål framgår av tabell 1.")])
    m.para([B("Tabell 1. Mål per insats")], size=8.6, after=0)
    m.table([96, 82, 140], [
        [[T("Insats")], [T("Mål (antal)")], [T("Kommentar")]],
        [[T("Växelkurser")], [I("600"), D("500"), T(" anställda")],
         [T("Minst 40 procent ska vara kvinnor eller utrikes födda.")]],
        [[T("Kompetenscheck")], [T("150 företag")], [T("Företag med 1–249 anställda.")]],
        [[T("Branschspår")],
         [T("120 arbetssökande"), C("LF1", "Stämmer 120 med AF:s bedömning? Kolla med "
                                     "Jonas Lindahl på AF Växjö innan styrgruppen.")],
         [T("I samverkan med Arbetsförmedlingen.")]],
    ])

    m.heading("3 Insatser")
    m.heading("3.1 Växelkurser", size=10.5, before=4, after=2)
    m.para([T("Med växelkurs avses en kort yrkesinriktad kurs om "), I("16–40 timmar"),
            D("20–60 timmar"), T(" som genomförs på eller nära arbetsplatsen, helt eller delvis "
                                  "på arbetstid. Kurserna upphandlas av Region Kronoberg och ges "
                                  "inom automation, svetsning, truck, digital produktion och "
                                  "svenska på arbetsplatsen.")])
    m.heading("3.2 Kompetenscheck", size=10.5, before=4, after=2)
    m.para([T("Företag med säte i de deltagande kommunerna kan få en kompetenscheck på högst "),
            I("40 000 kronor"), D("50 000 kronor"),
            T(" för att köpa kompetensanalys eller utbildning. Checken täcker 75 procent av "
              "kostnaden. Almi Företagspartner Kronoberg handlägger ansökningarna och betalar "
              "ut checkarna; Region Kronoberg fattar beslut om ramen.")])
    m.heading("3.3 Branschspår", size=10.5, before=4, after=2)
    m.para([T("Branschspåren är 16 veckor långa, varav 6 veckor praktik, och tas fram "
              "tillsammans med Arbetsförmedlingen och arbetsgivarna. Deltagarna anvisas av "
              "Arbetsförmedlingen och behåller sin ersättning under spåret."),
            C("UH2", "Lägg till att spåren ska kunna valideras mot branschens krav.")])

    m.heading("4 Kommuner och organisation")
    m.para([T("Projektet omfattar "), I("sex"), D("fem"),
            T(" kommuner: Alvesta, Lessebo, Ljungby, Tingsryd, Uppvidinge och Växjö."),
            C("AN3", "Markaryd och Älmhult har anmält intresse. Tas upp i regionala "
                     "utvecklingsnämnden i april.")])
    m.para([T("Projektägare är Region Kronoberg. Projektledare är "), I("Lina Fransson"),
            D("Anders Nyström (tf.)"),
            T(", Regional utveckling. Styrgruppen leds av Ulrika Hjort, regional "
              "utvecklingsdirektör, och har en representant för varje kommun samt för Almi, "
              "Arbetsförmedlingen och Linnéuniversitetet.")])
    m.para([T("Kommunernas medfinansiering fördelas efter antalet invånare 16–64 år i "
              "respektive kommun. Fördelningen redovisas i en särskild bilaga.")])

    m.heading("5 Tidplan")
    m.para([T("Projektperioden är 1 april 2026 – "), I("31 december 2028"), D("31 augusti 2028"),
            T(". Slutrapport lämnas senast två månader efter projektets slut.")])
    m.para([T("Kick-off för partner och företag hålls den 20 maj 2026 i Växjö. Delrapport 1 "
              "lämnas till styrgruppen i oktober 2026 och delrapport 2 i oktober 2027.")])
    m.para([B("Tabell 2. Milstolpar")], size=8.6, after=0)
    m.table([110, 208], [
        [[T("Tidpunkt")], [T("Milstolpe")]],
        [[T("April 2026")], [T("Projektstart, rekrytering av projektpersonal")]],
        [[T("20 maj 2026")], [T("Kick-off för partner och företag")]],
        [[T("Augusti 2026")], [T("Första växelkurserna startar, ansökningsomgång 2 för "
                                 "kompetenscheck")]],
        [[T("Oktober 2026")], [T("Delrapport 1")]],
        [[T("Oktober 2027")], [T("Delrapport 2")]],
        [[I("December 2028"), D("Augusti 2028")], [T("Projektet avslutas")]],
    ])

    m.heading("6 Budget och finansiering")
    m.para([T("Budgeten omfattar hela projektperioden. Projektet finansieras till 50 procent "
              "av Europeiska socialfonden (ESF+) och i övrigt av Region Kronoberg, kommunerna, "
              "företagens egeninsats och Arbetsförmedlingen.")])
    m.para([B("Tabell 3. Budget per kostnadsslag (kronor)")], size=8.6, after=0)
    m.table([180, 138], [
        [[T("Kostnadsslag")], [T("Belopp")]],
        [[T("Personal")], [T("5 700 000")]],
        [[T("Externa tjänster")], [T("1 250 000")]],
        [[T("Kompetenscheckar (75 %)")], [I("3 000 000"), D("2 500 000")]],
        [[T("Deltagar- och resekostnader")], [I("1 345 000"), D("1 095 000")]],
        [[T("Indirekta kostnader (15 % av personal)")], [T("855 000")]],
        [[B("Summa")], [I("12 150 000"), D("11 400 000"), F("Teckensnitt: Fet")]],
    ])
    m.para([T("Ändringarna i version 1.2 gäller främst kompetenscheckarna och fler deltagare "
              "i växelkurserna."),
            C("LF4", "Budgeten för alternativet med alla åtta kommuner tas fram till "
                     "nämndens sammanträde.")])

    m.render(path, "Kompetensväxeln Kronoberg – projektplan",
             "Version 1.2 · 2026-02-16", "Dnr RK 2025/01873")


# ===========================================================================
# 2. RUN protokollsutdrag § 58 (DOCX written by hand)
# ===========================================================================
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def w_run(text, b=False, i=False, sz=None, font=None):
    rpr = ""
    if font:
        rpr += '<w:rFonts w:ascii="%s" w:hAnsi="%s"/>' % (font, font)
    if b:
        rpr += "<w:b/>"
    if i:
        rpr += "<w:i/>"
    if sz:
        rpr += '<w:sz w:val="%d"/>' % (sz * 2)
    out = []
    parts = text.split("\t")
    for k, p in enumerate(parts):
        if k:
            out.append("<w:tab/>")
        if p:
            out.append('<w:t xml:space="preserve">%s</w:t>' % _esc(p))
    return "<w:r>%s%s</w:r>" % ("<w:rPr>%s</w:rPr>" % rpr if rpr else "", "".join(out))


def w_sym(char):
    return ('<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/><w:sz w:val="24"/>'
            '</w:rPr><w:sym w:font="Wingdings" w:char="%s"/></w:r>' % char)


def w_field(instr, cached, b=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if b else ""
    return ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
            % (rpr, rpr, _esc(instr), rpr, rpr, _esc(cached), rpr))


def w_p(runs_xml, style=None, jc=None, tabs=None, ind=None, spacing=None, keep=False):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if keep:
        ppr += "<w:keepNext/>"
    if tabs:
        ppr += "<w:tabs>%s</w:tabs>" % "".join(
            '<w:tab w:val="%s" w:leader="%s" w:pos="%d"/>' % t for t in tabs)
    if spacing:
        ppr += '<w:spacing w:before="%d" w:after="%d"/>' % spacing
    if ind:
        ppr += '<w:ind w:left="%d" w:hanging="%d"/>' % ind
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", runs_xml)


def w_tbl(widths, rows, borders=True, head=True, shade_last=False):
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    bd = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:color="808080"/>'
          '<w:left w:val="single" w:sz="4" w:color="808080"/>'
          '<w:bottom w:val="single" w:sz="4" w:color="808080"/>'
          '<w:right w:val="single" w:sz="4" w:color="808080"/>'
          '<w:insideH w:val="single" w:sz="4" w:color="808080"/>'
          '<w:insideV w:val="single" w:sz="4" w:color="808080"/></w:tblBorders>') if borders else \
        ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
         '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')
    out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s'
           '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/>'
           '<w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>%s</w:tblGrid>'
           % (sum(widths), bd, grid)]
    for ri, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if (head and ri == 0) else ""
        out.append("<w:tr>%s" % trpr)
        for ci, cell in enumerate(row):
            shade = ""
            if (head and ri == 0) or (shade_last and ri == len(rows) - 1):
                shade = '<w:shd w:val="clear" w:color="auto" w:fill="E2E8EE"/>'
            paras = cell if isinstance(cell, list) else [cell]
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                       % (widths[ci], shade, "".join(paras)))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def cellp(text, b=False, jc=None, extra=""):
    return w_p(extra + w_run(text, b=b), jc=jc, spacing=(20, 20))


def docx_header(kind):
    if kind == "first":
        body = (w_p(w_run("REGION KRONOBERG", b=True, sz=13) + w_run("\tPROTOKOLLSUTDRAG", b=True, sz=11),
                    tabs=[("right", "none", 9070)])
                + w_p(w_run("Regionala utvecklingsnämnden", sz=10)
                      + w_run("\tSammanträdesdatum", sz=9), tabs=[("right", "none", 9070)])
                + w_p(w_run("\t2026-04-23", sz=9), tabs=[("right", "none", 9070)]))
    elif kind == "default":
        body = w_p(w_run("Regionala utvecklingsnämnden · Protokollsutdrag 2026-04-23\tSida ", sz=8)
                   + w_field("PAGE", "3") + w_run(" (", sz=8) + w_field("NUMPAGES", "3")
                   + w_run(")", sz=8), tabs=[("right", "none", 9070)])
    else:  # even
        body = w_p(w_run("Sida ", sz=8) + w_field("PAGE", "2") + w_run(" (", sz=8)
                   + w_field("NUMPAGES", "3") + w_run(")\tREGION KRONOBERG", sz=8),
                   tabs=[("right", "none", 9070)])
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:hdr xmlns:w="%s" xmlns:r="%s">%s</w:hdr>' % (W_NS, R_NS, body))


def docx_footer():
    tbl = w_tbl([2600, 2600, 3870], [
        [cellp("Justerandes sign", b=False), cellp(""), cellp("Utdragsbestyrkande")],
        [cellp(" "), cellp(" "), cellp(" ")],
    ], head=False)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:ftr xmlns:w="%s" xmlns:r="%s">%s%s</w:ftr>'
            % (W_NS, R_NS, tbl, w_p(w_run("Region Kronoberg · Box 1200 · 351 12 Växjö", sz=7),
                                     jc="center")))


def make_run_docx(path):
    P_ = []
    add = P_.append
    add(w_p(w_run("§ 58", b=True, sz=13), spacing=(120, 60)))
    add(w_p(w_run("Kompetensväxeln Kronoberg – medfinansiering och utökning till samtliga "
                  "kommuner", b=True, sz=12), spacing=(0, 60)))
    add(w_p(w_run("Dnr RK 2025/01873"), spacing=(0, 200)))
    add(w_p(w_run("Beslut", b=True), spacing=(120, 60), keep=True))
    add(w_p(w_run("Regionala utvecklingsnämnden beslutar")))
    atts = [
        "att välja alternativ B i tabellen Beslutsalternativ nedan, vilket innebär att projektet "
        "omfattar samtliga åtta kommuner i länet,",
        "att projektets totala budget fastställs till 12 600 000 kronor för perioden "
        "1 april 2026–31 december 2028,",
        "att Region Kronobergs medfinansiering uppgår till högst 2 450 000 kronor under "
        "2026–2028, fördelat per år enligt bilaga 1,",
        "att taket för kompetenscheck är 40 000 kronor per företag tills vidare, samt",
        "att uppdra åt regiondirektören att underteckna ansökan om ändring till Svenska "
        "ESF-rådet.",
    ]
    for a in atts:
        add(w_p(w_run(a), ind=(567, 0), spacing=(0, 80)))
    add(w_p(w_run("Reservation", b=True), spacing=(160, 60), keep=True))
    add(w_p(w_run("Gunnar Ek (KD) reserverar sig mot beslutet till förmån för eget yrkande om "
                  "alternativ A, med motiveringen att utökningen till Markaryd och Älmhult bör "
                  "prövas först efter delrapporten hösten 2026, när det finns resultat att utgå "
                  "från.")))
    add(w_p(w_run("Sammanfattning av ärendet", b=True), spacing=(160, 60), keep=True))
    add(w_p(w_run("Nämnden beslutade den 11 december 2025 (§ 141) att Region Kronoberg ska vara "
                  "projektägare för Kompetensväxeln Kronoberg och söka medel ur Europeiska "
                  "socialfonden (ESF+). Projektplanen i version 1.2 (2026-02-16) omfattar sex "
                  "kommuner och en total budget på 12 150 000 kronor. Svenska ESF-rådet beviljade "
                  "projektet den 3 mars 2026 med projektstart 1 april 2026.")))
    add(w_p(w_run("Markaryds kommun och Älmhults kommun har därefter begärt att få delta. "
                  "Förvaltningen har tagit fram tre alternativ. I alternativ B ansluter de två "
                  "kommunerna från den 1 augusti 2026, vilket ökar budgeten med 450 000 kronor. "
                  "Ökningen avser främst fler kompetenscheckar och personal för samordning i "
                  "västra länsdelen.")))
    add(w_p(w_run("Beslutsalternativ", b=True), spacing=(160, 60), keep=True))
    add(w_tbl([700, 1300, 4770, 2300], [
        [cellp("Val", b=True), cellp("Alternativ", b=True), cellp("Innebörd", b=True),
         cellp("Total budget", b=True)],
        [w_p(w_sym("F0A8"), jc="center"), cellp("A"),
         cellp("Sex kommuner (Alvesta, Lessebo, Ljungby, Tingsryd, Uppvidinge och Växjö) "
               "enligt projektplan version 1.2."), cellp("12 150 000 kr", jc="right")],
        [w_p(w_sym("F0FE"), jc="center"), cellp("B"),
         cellp("Samtliga åtta kommuner. Markaryd och Älmhult ansluter från den 1 augusti 2026."),
         cellp("12 600 000 kr", jc="right")],
        [w_p(w_sym("F0A8"), jc="center"), cellp("C"),
         cellp("Ärendet bordläggs till sammanträdet den 11 juni 2026."), cellp("–", jc="right")],
    ]))
    add(w_p(w_run("Budget enligt alternativ B (kronor)", b=True), spacing=(200, 60), keep=True))
    add(w_tbl([5870, 3200], [
        [cellp("Kostnadsslag", b=True), cellp("Belopp", b=True, jc="right")],
        [cellp("Personal"), cellp("5 900 000", jc="right")],
        [cellp("Externa tjänster"), cellp("1 250 000", jc="right")],
        [cellp("Kompetenscheckar (75 %)"), cellp("3 200 000", jc="right")],
        [cellp("Deltagar- och resekostnader"), cellp("1 365 000", jc="right")],
        [cellp("Indirekta kostnader (15 % av personal)"), cellp("885 000", jc="right")],
        [cellp("Summa", b=True),
         w_p(w_field('=SUM(ABOVE) \\# "# ##0"', "12 150 000", b=True), jc="right",
             spacing=(20, 20))],
    ], shade_last=True))
    add(w_p(w_run("Finansiering enligt alternativ B (kronor)", b=True), spacing=(200, 60), keep=True))
    add(w_tbl([5870, 3200], [
        [cellp("Finansiär", b=True), cellp("Belopp", b=True, jc="right")],
        [cellp("Europeiska socialfonden (ESF+), 50 %"), cellp("6 300 000", jc="right")],
        [cellp("Region Kronoberg"), cellp("2 450 000", jc="right")],
        [cellp("Kommunerna, sammanlagt (fördelning per kommun enligt bilaga 2)"),
         cellp("1 650 000", jc="right")],
        [cellp("Företagens egeninsats (25 % av kompetenscheckarna)"), cellp("1 000 000", jc="right")],
        [cellp("Arbetsförmedlingen, bidrag i annat än pengar"), cellp("1 200 000", jc="right")],
        [cellp("Summa", b=True),
         w_p(w_field('=SUM(ABOVE) \\# "# ##0"', "12 600 000", b=True), jc="right",
             spacing=(20, 20))],
    ], shade_last=True))
    add('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    add(w_p(w_run("Yrkanden", b=True), spacing=(0, 60), keep=True))
    add(w_p(w_run("Anna-Karin Lövgren (C) yrkar bifall till förvaltningens förslag, alternativ B. "
                  "Gunnar Ek (KD) yrkar bifall till alternativ A. Ingrid Svensson (S) yrkar "
                  "bifall till Anna-Karin Lövgrens yrkande.")))
    add(w_p(w_run("Propositionsordning", b=True), spacing=(160, 60), keep=True))
    add(w_p(w_run("Ordföranden ställer proposition på de två förslagen och finner att nämnden "
                  "beslutar enligt Anna-Karin Lövgrens yrkande.")))
    add(w_p(w_run("Protokollsanteckning", b=True), spacing=(160, 60), keep=True))
    add(w_p(w_run("Maria Thörn (V) lämnar följande anteckning till protokollet: ”Vi vill att "
                  "kommande delrapporter redovisar könsfördelningen för varje insats, inte bara "
                  "för branschspåren.”")))
    add(w_p(w_run("Beslutsunderlag", b=True), spacing=(160, 60), keep=True))
    for s in ["Tjänsteskrivelse 2026-04-07", "Projektplan Kompetensväxeln Kronoberg, version 1.2, "
              "2026-02-16", "Bilaga 1 Region Kronobergs medfinansiering per år",
              "Bilaga 2 Kommunal medfinansiering per kommun"]:
        add(w_p(w_run("–\t" + s), tabs=[("left", "none", 284)], ind=(284, 284)))
    add(w_p(w_run("Beslutet skickas till", b=True), spacing=(160, 60), keep=True))
    for s in ["Svenska ESF-rådet", "Kommunerna i Kronobergs län", "Almi Företagspartner Kronoberg",
              "Arbetsförmedlingen, Marknadsområde Syd", "Projektledare Lina Fransson"]:
        add(w_p(w_run("–\t" + s), tabs=[("left", "none", 284)], ind=(284, 284)))
    add(w_p(w_run("Justerat 2026-04-28. Justeringen har tillkännagetts på regionens digitala "
                  "anslagstavla 2026-04-29."), spacing=(240, 60)))
    add(w_p(w_run("Rätt utdraget intygar"), spacing=(240, 0)))
    add(w_p(w_run("Lisa Wendel, nämndsekreterare"), spacing=(360, 0)))

    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/>'
            '<w:headerReference w:type="first" r:id="rIdH2"/>'
            '<w:headerReference w:type="even" r:id="rIdH3"/>'
            '<w:footerReference w:type="default" r:id="rIdF1"/>'
            '<w:footerReference w:type="first" r:id="rIdF1"/>'
            '<w:footerReference w:type="even" r:id="rIdF1"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1985" w:right="1418" w:bottom="1985" w:left="1418" w:header="567" '
            'w:footer="454" w:gutter="0"/><w:titlePg/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s%s</w:body></w:document>'
                % (W_NS, R_NS, "".join(P_), sect))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<w:styles xmlns:w="%s"><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Garamond" w:hAnsi="Garamond" w:cs="Times New Roman"/>'
              '<w:sz w:val="24"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/>'
              '</w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '</w:style></w:styles>' % W_NS)
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:settings xmlns:w="%s"><w:defaultTabStop w:val="1304"/><w:evenAndOddHeaders/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
                '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/'
                'office/word" w:val="15"/></w:compat></w:settings>' % W_NS)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/header3.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    HT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rIdS" Type="%sstyles" Target="styles.xml"/>'
             '<Relationship Id="rIdT" Type="%ssettings" Target="settings.xml"/>'
             '<Relationship Id="rIdH1" Type="%sheader" Target="header1.xml"/>'
             '<Relationship Id="rIdH2" Type="%sheader" Target="header2.xml"/>'
             '<Relationship Id="rIdH3" Type="%sheader" Target="header3.xml"/>'
             '<Relationship Id="rIdF1" Type="%sfooter" Target="footer1.xml"/>'
             '</Relationships>' % ((HT,) * 6))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Protokollsutdrag RUN 2026-04-23 § 58</dc:title><dc:creator>Lisa Wendel</dc:creator>'
            '<cp:lastModifiedBy>Lisa Wendel</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-04-24T08:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-04-28T13:40:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><Pages>3</Pages></Properties>')
    parts = [
        ("[Content_Types].xml", ct), ("_rels/.rels", rels),
        ("word/document.xml", document), ("word/_rels/document.xml.rels", drels),
        ("word/styles.xml", styles), ("word/settings.xml", settings),
        ("word/header1.xml", docx_header("default")), ("word/header2.xml", docx_header("first")),
        ("word/header3.xml", docx_header("even")), ("word/footer1.xml", docx_footer()),
        ("docProps/core.xml", core), ("docProps/app.xml", app),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 28, 13, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


# ===========================================================================
# 3. Raw .eml source saved as text
# ===========================================================================
def _qp(text):
    raw = quopri.encodestring(text.encode("utf-8"), quotetabs=False)
    return raw.decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")


def _b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def make_eml(path):
    plain = """Hej alla kommunkontakter!

Kick-offen för Kompetensväxeln Kronoberg flyttas. Ny tid är tisdag 2 juni 2026, kl. 8.30–12.00 (inte onsdag 20 maj som i inbjudan). Vi byter också lokal: vi ses i konferenslokalen Perrongen på Alvesta resecentrum, mitt i länet och nära tåget.

Varför? Den 20 maj krockar med Länsstyrelsens regionala omställningsdag, och flera av er har sagt att ni inte kan komma då.

Anmälan senast 26 maj via länken i kalenderinbjudan (bifogad). Lunch serveras från kl. 12.00 för den som vill stanna.

Nedan vidarebefordrar jag Almis information om kompetenschecken. Observera att taket fortfarande är 40 000 kronor per företag – styrgruppen tar upp frågan om ett högre tak för Lessebo, Tingsryd och Uppvidinge på mötet i juni.

Hälsningar
Lina

Lina Fransson
Projektledare, Kompetensväxeln Kronoberg
Region Kronoberg | Regional utveckling
Telefon 0470-58 31 46
lina.fransson@kronoberg.example

________________________________
Från: Johan Ek <johan.ek@almi.example>
Skickat: den 11 maj 2026 16:52
Till: Lina Fransson <lina.fransson@kronoberg.example>
Ämne: Kompetenscheck - omgång 2

Hej Lina!

Här kommer texten till kommunerna om kompetenschecken:

* Ansökningsomgång 1 stänger 31 maj 2026.
* Ansökningsomgång 2 öppnar 17 augusti och stänger 25 september 2026.
* Checken täcker 75 procent av kostnaden, högst 40 000 kronor per företag.
* Ansökan görs i Almis e-tjänst. Beslut inom fyra veckor.

Frågor från företag kan skickas till kompetenscheck@almi.example, så fördelar vi dem inom teamet.

Vänliga hälsningar
Johan Ek
Affärsutvecklare
Almi Företagspartner Kronoberg
"""
    html = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            "</head>\n<body dir=\"ltr\">\n<div class=\"elementToProof\" style=\"font-family: Aptos, "
            "Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; "
            "color: rgb(0, 0, 0);\">Hej alla kommunkontakter!</div>\n<div class=\"elementToProof\"><br></div>\n"
            "<div class=\"elementToProof\">Kick-offen för Kompetensväxeln Kronoberg flyttas. Ny tid är "
            "<b>tisdag 2 juni 2026, kl. 8.30–12.00</b> (inte onsdag 20 maj som i inbjudan). Vi byter "
            "också lokal: vi ses i konferenslokalen <b>Perrongen på Alvesta resecentrum</b>, mitt i "
            "länet och nära tåget.</div>\n<div class=\"elementToProof\"><br></div>\n<div "
            "class=\"elementToProof\">Varför? Den 20 maj krockar med Länsstyrelsens regionala "
            "omställningsdag, och flera av er har sagt att ni inte kan komma då.</div>\n<div "
            "class=\"elementToProof\"><br></div>\n<div class=\"elementToProof\">Anmälan senast 26 maj "
            "via länken i kalenderinbjudan (bifogad). Lunch serveras från kl. 12.00 för den som vill "
            "stanna.</div>\n<div id=\"Signature\"><p>Lina Fransson<br>Projektledare, Kompetensväxeln "
            "Kronoberg<br>Region Kronoberg | Regional utveckling<br>Telefon 0470-58 31 46</p></div>\n"
            "<div id=\"appendonsend\"></div>\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n"
            "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:"
            "11pt\" color=\"#000000\"><b>Från:</b> Johan Ek &lt;johan.ek@almi.example&gt;<br><b>Skickat:"
            "</b> den 11 maj 2026 16:52<br><b>Till:</b> Lina Fransson<br><b>Ämne:</b> Kompetenscheck "
            "- omgång 2</font></div>\n<div><ul><li>Ansökningsomgång 1 stänger 31 maj 2026.</li><li>"
            "Ansökningsomgång 2 öppnar 17 augusti och stänger 25 september 2026.</li><li>Checken täcker "
            "75 procent av kostnaden, högst 40 000 kronor per företag.</li></ul></div>\n</body>\n</html>\n")
    old_invite = """Hej!

Välkommen till kick-off för Kompetensväxeln Kronoberg onsdag 20 maj 2026 kl. 9.00–12.00 i Växjö. Lokal meddelas senare.

Vi presenterar projektets tre insatser: växelkurser, kompetenscheck och branschspår. Ta gärna med en kollega från näringslivsenheten.

Hälsningar
Lina Fransson, Region Kronoberg
"""
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
           "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E008"
           "00000000KVK0602\r\nSEQUENCE:1\r\nSUMMARY:Kick-off Kompetensväxeln Kronoberg\r\n"
           "DTSTART;TZID=W. Europe Standard Time:20260602T083000\r\n"
           "DTEND;TZID=W. Europe Standard Time:20260602T120000\r\n"
           "LOCATION:Perrongen\\, Alvesta resecentrum\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    B1 = "_004_GV3P280MB0417A1C2E9D3B4F5A6B7C8D9GV3P280MB0417SWEP_"
    B2 = "_000_GV3P280MB0417A1C2E9D3B4F5A6B7C8D9GV3P280MB0417SWEP_"
    hdr = (
        "Received: from GV3P280MB0417.SWEP280.PROD.OUTLOOK.COM (2603:10a6:150:1d2::9)\r\n"
        " by GV3P280MB0290.SWEP280.PROD.OUTLOOK.COM with HTTPS; Tue, 12 May 2026\r\n"
        " 12:07:35 +0000\r\n"
        "Received: from GV3P280MB0417.SWEP280.PROD.OUTLOOK.COM\r\n"
        " ([fe80::5c3a:91ff:fe2e:7d10]) by GV3P280MB0417.SWEP280.PROD.OUTLOOK.COM\r\n"
        " ([fe80::5c3a:91ff:fe2e:7d10%%5]) with mapi id 15.20.8722.021; Tue, 12 May 2026\r\n"
        " 12:07:33 +0000\r\n"
        "Authentication-Results: dkim=none (message not signed)\r\n"
        " header.d=none;dmarc=none action=none header.from=kronoberg.example;\r\n"
        "From: Lina Fransson <lina.fransson@kronoberg.example>\r\n"
        "To: KVK kommunkontakter <kvk-kommunkontakter@kronoberg.example>\r\n"
        "CC: Ulrika Hjort <ulrika.hjort@kronoberg.example>, Johan Ek\r\n"
        " <johan.ek@almi.example>\r\n"
        "Subject: =?utf-8?Q?VB:_Kick-off_Kompetensv=C3=A4xeln_flyttas_till_2_juni?=\r\n"
        "Thread-Topic: =?utf-8?Q?Kick-off_Kompetensv=C3=A4xeln_flyttas_till_2_juni?=\r\n"
        "Thread-Index: AQHbw4k2n1XcPq9e0U2J7m1Yx3tC5A==\r\n"
        "Date: Tue, 12 May 2026 12:07:33 +0000\r\n"
        "Message-ID: <GV3P280MB0417A1C2E9D3B4F5A6B7C8D9@GV3P280MB0417.SWEP280.PROD.OUTLOOK.COM>\r\n"
        "References: <GV3P280MB0290F00D1234@GV3P280MB0290.SWEP280.PROD.OUTLOOK.COM>\r\n"
        "Accept-Language: sv-SE, en-US\r\n"
        "Content-Language: sv-SE\r\n"
        "X-MS-Has-Attach: yes\r\n"
        "X-MS-TNEF-Correlator:\r\n"
        "X-MS-Exchange-Organization-SCL: -1\r\n"
        "X-MS-Exchange-Organization-AuthSource: GV3P280MB0417.SWEP280.PROD.OUTLOOK.COM\r\n"
        "X-MS-Exchange-Organization-AuthAs: Internal\r\n"
        "x-ms-publictraffictype: Email\r\n"
        "Content-Type: multipart/mixed;\r\n"
        "\tboundary=\"%s\"\r\n"
        "MIME-Version: 1.0\r\n\r\n" % B1)
    body = (
        "--%s\r\n"
        "Content-Type: multipart/alternative;\r\n\tboundary=\"%s\"\r\n\r\n"
        "--%s\r\n"
        "Content-Type: text/plain; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n"
        "--%s\r\n"
        "Content-Type: text/html; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n"
        "--%s--\r\n\r\n"
        % (B1, B2, B2, plain.replace("\n", "\r\n"), B2, _qp(html), B2))
    att1 = (
        "--%s\r\n"
        "Content-Type: message/rfc822\r\n"
        "Content-Disposition: attachment;\r\n"
        "\tcreation-date=\"Tue, 12 May 2026 12:07:31 GMT\";\r\n"
        "\tmodification-date=\"Tue, 12 May 2026 12:07:31 GMT\"\r\n\r\n"
        "From: Lina Fransson <lina.fransson@kronoberg.example>\r\n"
        "To: KVK kommunkontakter <kvk-kommunkontakter@kronoberg.example>\r\n"
        "Subject: =?utf-8?Q?Inbjudan:_Kick-off_Kompetensv=C3=A4xeln_20_maj?=\r\n"
        "Date: Wed, 22 Apr 2026 07:41:10 +0000\r\n"
        "Content-Type: text/plain; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "MIME-Version: 1.0\r\n\r\n%s\r\n\r\n" % (B1, _qp(old_invite)))
    att2 = (
        "--%s\r\n"
        "Content-Type: text/calendar; charset=\"utf-8\"; method=REQUEST;\r\n"
        "\tname=\"kick-off_2026-06-02.ics\"\r\n"
        "Content-Description: kick-off_2026-06-02.ics\r\n"
        "Content-Disposition: attachment; filename=\"kick-off_2026-06-02.ics\"; size=%d\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n%s\r\n\r\n"
        "--%s--\r\n" % (B1, len(ics.encode("utf-8")), _b64(ics.encode("utf-8")), B1))
    with open(path, "wb") as f:
        f.write((hdr + body + att1 + att2).encode("utf-8"))


# ===========================================================================
# 4. Hugo page source (Markdown with shortcodes)
# ===========================================================================
HUGO = """---
title: "Kompetenscheck – för företag i Kronobergs län"
linkTitle: "Kompetenscheck"
date: 2026-04-29T09:00:00+02:00
lastmod: 2026-09-22T15:41:07+02:00
draft: false
slug: "kompetenscheck"
aliases:
  - /kompetensvaxeln/check/
  - /naringsliv/kompetenscheck-2026/
weight: 20
tags: ["kompetensväxeln", "företag", "kompetensutveckling"]
contact: "almi-kvk-check"
summary: "Små och medelstora industriföretag i Kronoberg kan få en kompetenscheck för att köpa kompetensanalys eller utbildning."
params:
  project: "Kompetensväxeln Kronoberg"
  dnr: "RK 2025/01873"
---

{{< lead >}}
Kompetenschecken är en del av projektet **Kompetensväxeln Kronoberg**. Den hjälper ert företag att
ta reda på vilken kompetens ni behöver framöver – och att köpa utbildning för att få den.
{{< /lead >}}

{{< notice info "Uppdaterat 22 september 2026" >}}
Ansökningsomgång 2 är **förlängd till och med 9 oktober 2026**. Ansökningar som kommer in
senast det datumet får besked före jul.
{{< /notice >}}

## Vad är en kompetenscheck?

En kompetenscheck är ett bidrag som företaget använder för att köpa en kompetensanalys, en
utbildningsplan eller en kortare utbildning för de anställda. Ni väljer själva leverantör, men
leverantören får inte vara ett bolag i samma koncern som ert företag.

<!-- 2026-04-29 (webbred/PS): Checken täcker halva kostnaden, högst 50 000 kr per företag.
     ÄNDRAT efter nämndbeslut 23/4 och styrgruppen 9/6 – se tabellen nedan. Ta bort kommentaren när Lina godkänt. -->

## Hur mycket kan vi få?

| Företagets säte | Checken täcker | Högst per företag |
|---|---|---|
| Alvesta, Ljungby, Markaryd, Växjö eller Älmhult | 75 % av kostnaden | 40 000 kr |
| Lessebo, Tingsryd eller Uppvidinge[^1] | 90 % av kostnaden | 60 000 kr |

Resten av kostnaden betalar företaget självt. Ert eget arbete räknas inte som egeninsats.

{{/* Gammal text, behålls till omgång 3:
Checken är på högst 40 000 kr för alla företag oavsett kommun. */}}

## Vem kan söka?

Företag med **1–249 anställda** och säte i någon av länets åtta kommuner. Företaget ska vara
verksamt inom tillverkning, trä, glas eller teknisk service.

{{< faq "Kan en enskild firma söka?" >}}
Ja, om firman har **minst en anställd utöver ägaren**. En enskild firma där bara ägaren arbetar
kan inte få en kompetenscheck, men ägaren kan gå en växelkurs om det finns plats.
{{< /faq >}}

{{< faq "Kan vi söka flera gånger?" >}}
Ett företag kan få en check per ansökningsomgång, och högst två checkar under hela projekttiden.
{{< /faq >}}

{{< faq "Måste utbildningen vara klar innan checken betalas ut?" >}}
Ja. Almi betalar ut checken när ni har skickat in faktura och ett kort intyg om att insatsen är
genomförd, senast 60 dagar efter att den avslutats.
{{< /faq >}}

## Ansökningsomgångar

{{< tabs "omgangar" >}}
{{< tab "Omgång 1 (stängd)" >}}
Omgång 1 var öppen 4 maj–31 maj 2026. 29 företag beviljades check.
{{< /tab >}}
{{< tab "Omgång 2" >}}
Omgång 2 öppnar 17 augusti och stänger 25 september 2026.
{{< /tab >}}
{{< tab "Omgång 3" >}}
Omgång 3 planeras till februari–mars 2027. Datum kommer senare.
{{< /tab >}}
{{< /tabs >}}

## Så ansöker ni

1. Läs villkoren för Kompetensväxeln ({{< ref "/kompetensvaxeln/villkor" >}}).
2. Fyll i ansökan i Almis e-tjänst. Bifoga en offert från leverantören.
3. Almi fattar beslut inom fyra veckor.

{{< button href="https://almi.example/kronoberg/kompetenscheck" style="primary" >}}{{ i18n "apply_now" }}{{< /button >}}

## Röster från företagen

> ”Checken gjorde att vi äntligen fick en plan för vilka svetscertifikat vi behöver de närmaste
> tre åren.” – **Mikael Sundström**, vd, Tingsryds Plåt & Smide AB

## Kontakt

Frågor om ansökan och utbetalning besvaras av Almi Företagspartner Kronoberg:

{{< contact id="almi-kvk-check" show="name,title,phone,email" >}}

Frågor om projektet Kompetensväxeln i stort: se {{< ref "/kompetensvaxeln/kontakt" >}}.

[^1]: Omställningskommuner enligt styrgruppens beslut den 9 juni 2026. Det högre taket gäller ansökningar från och med omgång 2.
"""


def make_hugo(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HUGO)


# ===========================================================================
# 5. Delrapport 1 (PDF, A4, thumb-index tabs, d:o table, side-by-side tables)
# ===========================================================================
GREEN = colors.HexColor("#2E6B4F")
LGREEN = colors.HexColor("#DCEBE2")
TAB_COLS = ["#2E6B4F", "#3F7F62", "#519275", "#63A688", "#76B99B", "#8ACBAE"]
CHAPTERS = ["1 Sammanfattning", "2 Växelkurser", "3 Kompetenscheck", "4 Branschspår",
            "5 Ekonomi", "6 Nästa steg"]
DR_ACTIVE = {1: 0, 2: 1, 3: 3, 4: 4}


def dr_page(canv, doc):
    w, h = A4
    pn = canv.getPageNumber()
    canv.saveState()
    # running header (not on page 1)
    if pn > 1:
        canv.setFont("Arial", 7.8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(20 * mm, h - 13 * mm, "Kompetensväxeln Kronoberg · Delrapport 1")
        canv.drawRightString(w - 32 * mm, h - 13 * mm, "Oktober 2026")
        canv.setStrokeColor(GREEN)
        canv.setLineWidth(0.6)
        canv.line(20 * mm, h - 15 * mm, w - 32 * mm, h - 15 * mm)
    # footer
    canv.setFont("Arial", 7.5)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(20 * mm, 12 * mm, "Region Kronoberg · Regional utveckling · Dnr RK 2025/01873")
    canv.setFont("Arial-B", 9)
    canv.drawRightString(w - 32 * mm, 12 * mm, str(pn))
    # thumb-index tabs on the right edge, chapter names rotated
    tab_h = 27 * mm
    y0 = h - 40 * mm
    for i, name in enumerate(CHAPTERS):
        yt = y0 - i * (tab_h + 1.5 * mm)
        active = (DR_ACTIVE.get(pn) == i)
        x = w - (13 * mm if active else 9 * mm)
        canv.setFillColor(colors.HexColor(TAB_COLS[i]) if active else colors.HexColor("#C9D8CF"))
        canv.roundRect(x, yt - tab_h, w - x + 4 * mm, tab_h, 2 * mm, stroke=0, fill=1)
        canv.saveState()
        canv.translate(x + 4.6 * mm, yt - 2.5 * mm)
        canv.rotate(-90)
        canv.setFillColor(colors.white if active else colors.HexColor("#4A5A50"))
        canv.setFont("Arial-B" if active else "Arial", 7)
        canv.drawString(0, 0, name)
        canv.restoreState()
    canv.restoreState()


class DiagTable(Flowable):
    """A Table whose top-left cell is split by a diagonal line."""

    def __init__(self, tbl, w0, h0):
        Flowable.__init__(self)
        self.tbl, self.w0, self.h0 = tbl, w0, h0

    def wrap(self, aw, ah):
        self.width, self.height = self.tbl.wrap(aw, ah)
        return self.width, self.height

    def draw(self):
        self.tbl.drawOn(self.canv, 0, 0)
        c = self.canv
        c.setStrokeColor(colors.HexColor("#444444"))
        c.setLineWidth(0.5)
        c.line(0, self.height, self.w0, self.height - self.h0)


class QR(Flowable):
    def __init__(self, value, size):
        Flowable.__init__(self)
        self.value, self.size = value, size

    def wrap(self, aw, ah):
        return self.size, self.size

    def draw(self):
        wdg = QrCodeWidget(self.value)
        b = wdg.getBounds()
        bw, bh = b[2] - b[0], b[3] - b[1]
        d = Drawing(self.size, self.size, transform=[self.size / bw, 0, 0, self.size / bh, 0, 0])
        d.add(wdg)
        renderPDF.draw(d, self.canv, 0, 0)


def _grid(extra=None, head_bg=LGREEN):
    cmds = [("FONT", (0, 0), (-1, -1), "Arial", 8.2),
            ("FONT", (0, 0), (-1, 0), "Arial-B", 8.2),
            ("BACKGROUND", (0, 0), (-1, 0), head_bg),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, GREEN),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, GREEN),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, GREEN),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    return TableStyle(cmds + (extra or []))


def make_delrapport(path):
    w, h = A4
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=32 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm,
                          title="Delrapport 1 – Kompetensväxeln Kronoberg",
                          author="Region Kronoberg", subject="Rapportperiod 2026-04-01–2026-09-30",
                          creator="Adobe InDesign 20.4 (Windows)")
    fr = Frame(20 * mm, 20 * mm, w - 52 * mm, h - 40 * mm, id="f", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=dr_page)])
    body = st("b", fontName="Serif", fontSize=10.4, leading=14, spaceAfter=6, alignment=TA_LEFT)
    h1 = st("h1", fontName="Arial-B", fontSize=13.5, leading=17, textColor=GREEN, spaceBefore=8,
            spaceAfter=5)
    cap = st("cap", fontName="Arial-B", fontSize=8.4, leading=10.5, spaceBefore=4, spaceAfter=3)
    note = st("note", fontName="Arial", fontSize=7.4, leading=9.2, spaceBefore=2, spaceAfter=8)
    cell = st("cell", fontName="Arial", fontSize=8.2, leading=9.8)
    cellb = st("cellb", fontName="Arial-B", fontSize=8.2, leading=9.8)
    bul = st("bul", fontName="Serif", fontSize=10.4, leading=14, leftIndent=12, bulletIndent=2,
             spaceAfter=2)
    c = lambda t: Paragraph(t, cell)
    cb = lambda t: Paragraph(t, cellb)
    S = []
    S.append(Paragraph("DELRAPPORT 1 · OKTOBER 2026", st("k", fontName="Arial-B", fontSize=8.6,
                                                            textColor=GREEN, leading=11)))
    S.append(Paragraph("Kompetensväxeln Kronoberg – läget efter första halvåret",
                       st("t", fontName="Arial-B", fontSize=19, leading=23, spaceBefore=3,
                          spaceAfter=4)))
    S.append(Paragraph("Rapportperiod 1 april–30 september 2026 · Region Kronoberg, Regional "
                       "utveckling · Rapporten är beslutad av styrgruppen den 16 oktober 2026",
                       st("m", fontSize=8.4, leading=11, textColor=colors.HexColor("#555555"),
                          spaceAfter=10)))
    S.append(Paragraph("1 Sammanfattning", h1))
    S.append(Paragraph(
        "Kompetensväxeln startade den 1 april 2026 och omfattar sedan den 1 augusti samtliga åtta "
        "kommuner i länet, efter beslut i regionala utvecklingsnämnden den 23 april 2026. Till och "
        "med den 30 september 2026 har 214 anställda deltagit i växelkurser, 46 företag har "
        "beviljats kompetenscheck och 37 arbetssökande har påbörjat ett branschspår.", body))
    S.append(Paragraph(
        "Projektledaren Lina Fransson är föräldraledig från den 1 oktober 2026. Mikael Sundberg, "
        "Regional utveckling, är tillförordnad projektledare till och med den 31 mars 2027. "
        "Frågor om deltagare, kurser och utbetalningar skickas till honom "
        "(mikael.sundberg@kronoberg.example).", body))
    S.append(Paragraph(
        "Efterfrågan på växelkurser är större än väntat i Växjö och Ljungby, medan det har varit "
        "svårt att fylla kurser i de mindre kommunerna. Branschspåren har fått färre deltagare än "
        "planerat och målet har därför sänkts (avsnitt 4). Ekonomin följer i stort sett budgeten.",
        body))
    S.append(Paragraph("Tabell 1. Mål och utfall till och med 30 september 2026", cap))
    t1 = Table([
        [c("Insats"), c("Mål för projektperioden"), c("Utfall"), c("Andel av målet")],
        [c("Växelkurser"), c("600 anställda"), c("214"), c("36 %")],
        [c("Kompetenscheck"), c("150 företag"), c("46"), c("31 %")],
        [c("Branschspår"), c("90 deltagare¹"), c("37"), c("41 %")],
    ], colWidths=[38 * mm, 50 * mm, 26 * mm, 30 * mm])
    t1.setStyle(_grid([("FONT", (0, 0), (-1, 0), "Arial-B", 8.2)]))
    t1.hAlign = "LEFT"
    S.append(t1)
    S.append(Paragraph("¹ Sänkt från 120 deltagare genom styrgruppens beslut den 15 september "
                       "2026, se avsnitt 4.", note))
    qr_tbl = Table([[QR("https://kronoberg.example/kompetensvaxeln", 19 * mm),
                     Paragraph("<b>Läs mer och följ projektet</b><br/>Kurskalender, villkor för "
                               "kompetenscheck och kontaktuppgifter finns på projektets webbsida. "
                               "Skanna koden med mobilen.", cell)]],
                   colWidths=[23 * mm, 80 * mm])
    qr_tbl.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, GREEN),
                                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3F8F5")),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    qr_tbl.hAlign = "LEFT"
    S.append(Spacer(1, 6))
    S.append(qr_tbl)

    # ---- page 2 -------------------------------------------------------------
    from reportlab.platypus import PageBreak
    S.append(PageBreak())
    S.append(Paragraph("2 Växelkurser", h1))
    S.append(Paragraph(
        "Under våren genomfördes elva växelkurser, främst i Växjö och Ljungby. Höstens kurser "
        "framgår av tabell 2. Kurserna har 10–20 platser och anordnas av de leverantörer som "
        "Region Kronoberg upphandlade i april 2026.", body))
    S.append(Paragraph("Tabell 2. Växelkurser hösten 2026", cap))
    rows = [
        ["Kurs", "Ort", "Anordnare", "Start", "Platser", "Anmälda", "Status"],
        ["Automation grund", "Växjö", "Sunnerbo Teknikutbildning AB", "2026-09-14", "12", "11", "Pågår"],
        ["Automation grund", "Ljungby", "d:o", "d:o", "12", "9", "Pågår"],
        ["Svets MIG/MAG steg 1", "Markaryd", "Lagadalens Svetsskola AB", "2026-09-21", "12", "4", "Inställd²"],
        ["Svets MIG/MAG steg 1", "Älmhult", "d:o", "2026-10-05", "12", "12", "Pågår"],
        ["Truck A+B", "Tingsryd", "Södra Smålands Maskinförarskola", "2026-09-07", "10", "10", "Avslutad"],
        ["Truck A+B", "Lessebo", "d:o", "d:o", "10", "8", "Avslutad"],
        ["Digital produktion", "Växjö", "Linnéuniversitetet, uppdragsutbildning", "2026-09-28", "20", "17", "Pågår"],
        ["Svenska på arbetsplatsen", "Åseda (Uppvidinge)", "Uppvidinge lärcentrum", "löpande", "15", "13", "Pågår"],
        ["Svenska på arbetsplatsen", "Alvesta", "d:o", "d:o", "15", "11", "Pågår"],
    ]
    t2 = Table([[c(x) for x in r] for r in rows],
               colWidths=[28 * mm, 20 * mm, 43 * mm, 17.5 * mm, 12 * mm, 15 * mm, 15.5 * mm],
               repeatRows=1)
    t2.setStyle(_grid([("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F7F5")])]))
    t2.hAlign = "LEFT"
    S.append(t2)
    S.append(Paragraph("² Inställd på grund av för få anmälda (4 av 12 platser). De anmälda "
                       "erbjöds plats i kursen i Älmhult som startade den 5 oktober.", note))
    S.append(Paragraph("Deltagare och kompetenscheckar per kommun", st("h2", fontName="Arial-B",
                                                                        fontSize=10.5, leading=13,
                                                                        spaceBefore=6, spaceAfter=4)))
    S.append(Paragraph(
        "Tabell 3 visar hur många anställda från respektive kommun som deltagit i växelkurser sedan "
        "starten, vår och höst sammantaget. Tabell 4 visar beviljade kompetenscheckar i omgång 1 "
        "och de checkar i omgång 2 som hade beviljats den 30 september, sorterat efter antal.", body))
    left = Table([[c("<b>Kommun</b>"), c("<b>Deltagare</b>")]] + [
        [c(k), c(v)] for k, v in [("Alvesta", "24"), ("Lessebo", "19"), ("Ljungby", "38"),
                                  ("Markaryd", "9"), ("Tingsryd", "22"), ("Uppvidinge", "17"),
                                  ("Växjö", "96"), ("Älmhult", "16")]] +
        [[cb("Summa"), cb("214")]], colWidths=[34 * mm, 26 * mm])
    left.setStyle(_grid())
    right = Table([[c("<b>Kommun</b>"), c("<b>Checkar</b>")]] + [
        [c(k), c(v)] for k, v in [("Växjö", "11"), ("Ljungby", "7"), ("Uppvidinge", "7"),
                                  ("Tingsryd", "6"), ("Alvesta", "5"), ("Lessebo", "5"),
                                  ("Älmhult", "3"), ("Markaryd", "2")]] +
        [[cb("Summa"), cb("46")]], colWidths=[34 * mm, 26 * mm])
    right.setStyle(_grid())
    outer = Table([[Paragraph("Tabell 3. Deltagare i växelkurser per kommun", cap),
                    Paragraph("Tabell 4. Beviljade kompetenscheckar per kommun", cap)],
                   [left, right]], colWidths=[72 * mm, 72 * mm])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    outer.hAlign = "LEFT"
    S.append(outer)

    # ---- page 3 -------------------------------------------------------------
    S.append(PageBreak())
    S.append(Paragraph("3 Kompetenscheck", h1))
    S.append(Paragraph(
        "I ansökningsomgång 1 (maj 2026) beviljades 29 företag en kompetenscheck. Omgång 2 har "
        "stängt och 31 ansökningar behandlas av Almi; 17 av dem var beviljade den 30 september. "
        "Sedan styrgruppens möte i juni gäller ett högre tak och en högre andel för företag i "
        "Lessebo, Tingsryd och Uppvidinge. Vanligast är kompetensanalys följd av kurser i svetsning "
        "och automation.", body))
    S.append(Paragraph("4 Branschspår", h1))
    S.append(Paragraph(
        "Styrgruppen beslutade den 15 september 2026 att sänka målet för branschspåren från 120 "
        "till 90 deltagare. Skälet är att Arbetsförmedlingen anvisar färre deltagare än beräknat "
        "sedan myndighetens nya upphandlade tjänster startade i våras, och att två planerade spår "
        "inom lager saknar praktikplatser i Markaryd.", body))
    S.append(Paragraph(
        "Hittills har 37 arbetssökande påbörjat ett branschspår, varav 41 procent kvinnor. "
        "Tolv har avslutat praktiken. Hur många som har fått arbete följs upp 90 dagar efter "
        "avslutat spår, första gången i mars 2027. Könsfördelningen i växelkurserna redovisas "
        "först i delrapport 2, eftersom kursanordnarna inte rapporterade kön för vårens kurser.",
        body))
    S.append(Paragraph("Tabell 5. Påbörjade branschspår per kommun och spår", cap))
    hdr = [[Paragraph("<para align=right>Spår</para>", cell), Paragraph("Kommun", cell)],
           c("Industrioperatör"), c("Lager och logistik"), c("CNC-operatör"), c("Summa")]
    data5 = [("Alvesta", 3, 2, 0), ("Lessebo", 2, 0, 1), ("Ljungby", 4, 3, 1), ("Markaryd", 0, 1, 0),
             ("Tingsryd", 2, 1, 0), ("Uppvidinge", 2, 0, 0), ("Växjö", 5, 4, 3), ("Älmhult", 1, 2, 0)]
    rows5 = [hdr] + [[c(k), c(str(a)), c(str(b)), c(str(d)), c(str(a + b + d))] for k, a, b, d in data5]
    rows5.append([cb("Summa"), cb("19"), cb("13"), cb("5"), cb("37")])
    t5 = Table(rows5, colWidths=[30 * mm, 28 * mm, 28 * mm, 24 * mm, 18 * mm],
               rowHeights=[26] + [13.5] * (len(rows5) - 1))
    t5.setStyle(_grid([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9DB5A6")),
                       ("BACKGROUND", (0, 0), (0, 0), colors.white)]))
    dt = DiagTable(t5, 30 * mm, 26)
    dt.hAlign = "LEFT"
    S.append(dt)
    S.append(Spacer(1, 8))
    S.append(Paragraph("Tabell 6. Ansvarsfördelning (RACI)", cap))
    roles = ["Region Kronoberg", "Almi", "Arbets\u00adförmedlingen", "Kommunerna", "Kurs\u00adanordnare"]
    raci = [
        ("Behovsinventering i företag", "A", "C", "–", "R", "I"),
        ("Upphandling av växelkurser", "A/R", "–", "–", "C", "I"),
        ("Genomförande av växelkurser", "A", "–", "–", "I", "R"),
        ("Beslut om kompetenscheck", "A", "R", "–", "I", "–"),
        ("Anvisning till branschspår", "I", "–", "A/R", "C", "–"),
        ("Praktikplatser i branschspår", "A", "C", "C", "R", "–"),
        ("Uppföljning och rapportering till ESF-rådet", "A/R", "C", "C", "C", "C"),
    ]
    rows6 = [[c("Aktivitet")] + [c(r) for r in roles]] + [[c(r[0])] + [c(x) for x in r[1:]] for r in raci]
    t6 = Table(rows6, colWidths=[46 * mm, 21 * mm, 14 * mm, 22 * mm, 20 * mm, 19 * mm])
    t6.setStyle(_grid([("ALIGN", (1, 1), (-1, -1), "CENTER"),
                       ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9DB5A6"))]))
    t6.hAlign = "LEFT"
    S.append(t6)
    S.append(Paragraph("R = utför, A = ansvarar och beslutar, C = konsulteras, I = informeras.", note))

    # ---- page 4 -------------------------------------------------------------
    S.append(PageBreak())
    S.append(Paragraph("5 Ekonomi", h1))
    S.append(Paragraph(
        "Upparbetade kostnader till och med den 30 september 2026 uppgår till 3 870 000 kronor, "
        "vilket motsvarar 31 procent av den totala budgeten på 12 600 000 kronor. Prognosen för "
        "helåret 2026 är 5,1 miljoner kronor. Den första utbetalningen från ESF-rådet, "
        "1 420 000 kronor, kom den 2 oktober 2026.", body))
    S.append(Paragraph("Tabell 7. Budget och utfall per kostnadsslag (kronor)", cap))
    rows7 = [["Kostnadsslag", "Budget 2026–2028", "Utfall t.o.m. 30/9 2026", "Andel"],
             ["Personal", "5 900 000", "1 870 000", "32 %"],
             ["Externa tjänster", "1 250 000", "420 000", "34 %"],
             ["Kompetenscheckar", "3 200 000", "760 000", "24 %"],
             ["Deltagar- och resekostnader", "1 365 000", "450 000", "33 %"],
             ["Indirekta kostnader", "885 000", "280 000", "32 %"]]
    t7 = Table([[c(x) for x in r] for r in rows7] + [[cb("Summa"), cb("12 600 000"), cb("3 870 000"),
                                                      cb("31 %")]],
               colWidths=[52 * mm, 32 * mm, 38 * mm, 18 * mm])
    t7.setStyle(_grid([("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    t7.hAlign = "LEFT"
    S.append(t7)
    S.append(Spacer(1, 6))
    S.append(Paragraph("6 Nästa steg", h1))
    for b in ["Ansökningsomgång 3 för kompetenscheck planeras till februari–mars 2027.",
              "Ett branschspår för CNC-operatörer startar i Älmhult den 18 januari 2027.",
              "Kursutbudet i Markaryd och Tingsryd ses över tillsammans med kommunerna under "
              "november.",
              "Delrapport 2 lämnas till styrgruppen i oktober 2027."]:
        S.append(Paragraph(b, bul, bulletText="•"))
    S.append(Spacer(1, 10))
    S.append(Paragraph("<b>Kontakt:</b> Mikael Sundberg, tf. projektledare, telefon 0470-58 31 52. "
                       "Lina Fransson återkommer som projektledare i april 2027.", body))
    doc.build(S)


# ===========================================================================
# 6. Rättelseblad 2 (PDF)
# ===========================================================================
RED = colors.HexColor("#C0262D")


def rb_page(canv, doc):
    w, h = A4
    pn = canv.getPageNumber()
    canv.saveState()
    # letterhead
    canv.setFillColor(colors.HexColor("#1D4D3A"))
    canv.setFont("Arial-B", 12)
    canv.drawString(22 * mm, h - 20 * mm, "REGION KRONOBERG")
    canv.setFont("Arial", 8)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawString(22 * mm, h - 24.5 * mm, "Regional utveckling · Kompetensväxeln Kronoberg")
    canv.drawRightString(w - 22 * mm, h - 20 * mm, "Datum 2026-11-09")
    canv.drawRightString(w - 22 * mm, h - 24.5 * mm, "Dnr RK 2025/01873")
    canv.setStrokeColor(colors.HexColor("#1D4D3A"))
    canv.setLineWidth(0.8)
    canv.line(22 * mm, h - 28 * mm, w - 22 * mm, h - 28 * mm)
    # rotated stamp in the upper right margin, page 1 only
    if pn == 1:
        canv.saveState()
        canv.translate(w - 52 * mm, h - 46 * mm)
        canv.rotate(14)
        canv.setStrokeColor(RED)
        canv.setFillColor(RED)
        canv.setLineWidth(1.6)
        canv.roundRect(-2 * mm, -3 * mm, 40 * mm, 11 * mm, 2 * mm, stroke=1, fill=0)
        canv.setFont("Arial-B", 14)
        canv.drawString(1.5 * mm, 0, "RÄTTELSE")
        canv.restoreState()
    canv.setFont("Arial", 7.4)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(22 * mm, 13 * mm, "Region Kronoberg · Box 1200 · 351 12 Växjö · kronoberg.example")
    canv.drawRightString(w - 22 * mm, 13 * mm, "Sida %d (2)" % pn)
    canv.restoreState()


def make_rattelse(path):
    w, h = A4
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=34 * mm, bottomMargin=22 * mm,
                          title="Rättelseblad 2 – Delrapport 1 Kompetensväxeln Kronoberg",
                          author="Mikael Sundberg", creator="Microsoft® Word för Microsoft 365")
    fr = Frame(22 * mm, 22 * mm, w - 44 * mm, h - 56 * mm, id="f", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=rb_page)])
    body = st("b", fontName="Serif", fontSize=10.8, leading=14.5, spaceAfter=7)
    cell = st("c", fontName="Arial", fontSize=8.4, leading=10.4)
    cellb = st("cb", fontName="Arial-B", fontSize=8.4, leading=10.4)
    c = lambda t: Paragraph(t, cell)
    cs = lambda t: Paragraph("<strike>%s</strike>" % t, cell)
    S = []
    S.append(Paragraph("Rättelseblad 2", st("t", fontName="Arial-B", fontSize=20, leading=24,
                                              spaceAfter=2)))
    S.append(Paragraph("till Delrapport 1, Kompetensväxeln Kronoberg (16 oktober 2026)",
                       st("s", fontName="Arial", fontSize=11.5, leading=15, spaceAfter=10)))
    box = Table([[Paragraph("<b>Detta rättelseblad ersätter rättelseblad 1 av den 2 november "
                            "2026.</b> Rättelseblad 1 innehöll ett fel (se nedan) och ska inte "
                            "längre användas.", st("bx", fontName="Arial", fontSize=9.4,
                                                   leading=12.5))]],
                colWidths=[w - 44 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, RED),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FCEDEE")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    S.append(box)
    S.append(Spacer(1, 8))
    S.append(Paragraph(
        "I delrapport 1 har några uppgifter blivit fel. Summaraderna i tabell 3 och tabell 7 "
        "skrevs in för hand och stämde inte med raderna ovanför, och två rader i tabell 4 hade "
        "förväxlats. Rättelserna nedan påverkar inte rapportens bedömningar.", body))
    S.append(Paragraph("Rättelser", st("h", fontName="Arial-B", fontSize=11.5, leading=14,
                                       spaceBefore=4, spaceAfter=4)))
    N = NBSP
    rows = [[Paragraph("<b>Nr</b>", cell), Paragraph("<b>Sida</b>", cell),
             Paragraph("<b>Ställe i rapporten</b>", cell), Paragraph("<b>Står</b>", cell),
             Paragraph("<b>Ska stå</b>", cell)],
            [c("1"), c("1–2"), c("Sammanfattningen, tabell 1 (utfall växelkurser) och tabell 3 "
                                 "(summaraden)"),
             cs("214 deltagare (36 % av målet)"), c("241 deltagare (40 % av målet)")],
            [c("2"), c("2"), c("Tabell 4, raden Lessebo"), cs("5"), c("8")],
            [c("3"), c("2"), c("Tabell 4, raden Uppvidinge"), cs("7"), c("4")],
            [c("4"), c("4"), c("Avsnitt 5, första stycket, och tabell 7, summaraden för utfall"),
             cs("3%s870%s000 kronor (31 procent av budgeten)" % (N, N)),
             c("3%s780%s000 kronor (30 procent av budgeten)" % (N, N))]]
    t = Table(rows, colWidths=[9 * mm, 12 * mm, 58 * mm, 44 * mm, 43 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEEA")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TEXTCOLOR", (3, 1), (3, -1), colors.HexColor("#666666"))]))
    S.append(t)
    S.append(Paragraph("Summan i tabell 4 (46 checkar) är oförändrad eftersom raderna 2 och 3 tar "
                       "ut varandra.", st("n", fontName="Arial", fontSize=7.8, leading=10,
                                          spaceBefore=3, spaceAfter=10)))
    wbox = Table([[Paragraph("<b>Återkallad rättelse</b>", cellb)],
                  [Paragraph("Rättelseblad 1 angav under nr 3 att Ljungby skulle ha 83 deltagare i "
                             "tabell 3. Den rättelsen var felaktig och återkallas. Rapportens "
                             "ursprungliga uppgift, 38 deltagare i Ljungby, är korrekt.",
                             st("wb", fontName="Arial", fontSize=9.4, leading=12.5))]],
                 colWidths=[w - 44 * mm])
    wbox.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1D4D3A")),
                              ("LINEBEFORE", (0, 0), (0, -1), 4, colors.HexColor("#1D4D3A")),
                              ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    S.append(wbox)
    S.append(Spacer(1, 10))
    S.append(Paragraph(
        "Den digitala versionen av delrapporten på kronoberg.example har rättats den 9 november "
        "2026. Tryckta exemplar har inte rättats. En korrigerad tabell 3 finns på sidan 2.", body))
    S.append(Spacer(1, 8))
    S.append(Paragraph("Växjö den 9 november 2026", body))
    S.append(Spacer(1, 14))
    S.append(Paragraph("Mikael Sundberg<br/>tf. projektledare, Kompetensväxeln Kronoberg", body))
    from reportlab.platypus import PageBreak
    S.append(PageBreak())
    S.append(Paragraph("Bilaga. Tabell 3 i rättat skick", st("h", fontName="Arial-B", fontSize=11.5,
                                                              leading=14, spaceAfter=6)))
    S.append(Paragraph("Tabell 3. Deltagare i växelkurser per kommun, 1 april–30 september 2026",
                       st("cap", fontName="Arial-B", fontSize=8.6, leading=11, spaceAfter=3)))
    rows3 = [[c("<b>Kommun</b>"), c("<b>Deltagare</b>")]] + [
        [c(k), c(v)] for k, v in [("Alvesta", "24"), ("Lessebo", "19"), ("Ljungby", "38"),
                                  ("Markaryd", "9"), ("Tingsryd", "22"), ("Uppvidinge", "17"),
                                  ("Växjö", "96"), ("Älmhult", "16")]] + [[c("<b>Summa</b>"),
                                                                          c("<b>241</b>")]]
    t3 = Table(rows3, colWidths=[40 * mm, 28 * mm])
    t3.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                            ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    t3.hAlign = "LEFT"
    S.append(t3)
    S.append(Spacer(1, 16))
    sl = Table([[Paragraph("<b>Sändlista</b><br/>Styrgruppen för Kompetensväxeln<br/>Regionala "
                           "utvecklingsnämnden (för kännedom)<br/>Svenska ESF-rådet, handläggare "
                           "Elin Carlsson<br/>Kommunkontakterna i länets åtta kommuner", cell)]],
               colWidths=[90 * mm])
    sl.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                            ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    sl.hAlign = "LEFT"
    S.append(sl)
    doc.build(S)


# ===========================================================================
FILES = [
    ("Kompetensvaxeln_projektplan_v1.2_med_markeringar.pdf", make_plan),
    ("RUN_2026-04-23_protokollsutdrag_par58.docx", make_run_docx),
    ("mejl_kickoff_flyttas_2026-05-12.txt", make_eml),
    ("kompetensvaxeln_kompetenscheck_index.md", make_hugo),
    ("Kompetensvaxeln_delrapport_1_2026-10-16.pdf", make_delrapport),
    ("Rattelseblad_2_Kompetensvaxeln_delrapport_1_2026-11-09.pdf", make_rattelse),
]


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, fn in FILES:
        fn(os.path.join(out, name))
        print(name)


if __name__ == "__main__":
    main()
