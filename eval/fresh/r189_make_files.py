#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""r189 – 'Matbruket Nordost' (delat produktionskök för småskaliga
livsmedelsproducenter i nordöstra Skåne). Writes six documents that update
each other into OUT_DIR.  Deterministic: fixed dates, invariant PDFs, fixed
zip timestamps.

Usage: python r189_make_files.py OUT_DIR
"""
import io
import os
import re
import struct
import sys
import zipfile
from xml.sax.saxutils import escape as xesc

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.lib import colors
from reportlab.pdfgen import canvas

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, BooleanObject, DictionaryObject,
                           NameObject, NumberObject, TextStringObject)

import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

FIXED_ZIP_DATE = (2027, 1, 1, 0, 0, 0)

F1 = "Forstudie_Matbruket_Nordost_slutrapport_2026-11-20.pdf"
F2 = "RUN_2027-02-25_protokollsutdrag_Matbruket_Nordost.docx"
F3 = "Andringsansokan_Matbruket_Nordost_2027-05-10.docx"
F4 = "matbruket_nordost_planering.org.txt"
F5 = "Inbjudan_invigning_Matbruket_A5_tryck.pdf"
F6 = "matbruket-nordost-for-producenter.md"


def write_zip(path, parts):
    """parts: list of (name, bytes|str) in order. Fixed timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    data = buf.getvalue()
    if path is None:
        return data
    with open(path, "wb") as f:
        f.write(data)
    return data


# ---------------------------------------------------------------------------
# 1. Förstudie – tagged ("tillgänglighetsanpassad") PDF. The survey chart is
#    drawn as bare bars; the per-municipality figures exist only in the
#    /Alt text of the /Figure structure element (screen-reader text).
# ---------------------------------------------------------------------------
class TaggedDoc:
    LEFT = 25 * mm
    RIGHT = A4[0] - 25 * mm
    TOP = A4[1] - 30 * mm
    BOTTOM = 25 * mm

    def __init__(self, path, title):
        self.path = path
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("Hässleholms kommun, Näringslivsenheten")
        self.c.setSubject("Förstudie Matbruket Nordost")
        self.c.setCreator("Microsoft® Word för Microsoft 365")
        self.page = 0
        self.mcid = 0
        self.y = self.TOP
        self.tree = []          # list of struct nodes (children of /Document)
        self.title = title
        self.npages_total = 3
        self._page_furniture()

    # -- marked content helpers ------------------------------------------
    def _bdc(self, tag):
        m = self.mcid
        self.c._code.append("/%s <</MCID %d>> BDC" % (tag, m))
        self.mcid += 1
        return (self.page, m)

    def _emc(self):
        self.c._code.append("EMC")

    def _artifact(self, subtype):
        self.c._code.append("/Artifact <</Type /Pagination /Subtype /%s>> BDC" % subtype)

    def _page_furniture(self):
        c = self.c
        self._artifact("Header")
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#4d4d4d"))
        c.drawString(self.LEFT, A4[1] - 15 * mm, "Hässleholms kommun")
        c.drawRightString(self.RIGHT, A4[1] - 15 * mm, "Förstudie Matbruket Nordost – slutrapport 2026-11-20")
        c.setStrokeColor(colors.HexColor("#2e6b3a"))
        c.setLineWidth(0.8)
        c.line(self.LEFT, A4[1] - 17 * mm, self.RIGHT, A4[1] - 17 * mm)
        self._emc()
        self._artifact("Footer")
        c.setFont("Helvetica", 8)
        c.drawCentredString(A4[0] / 2, 12 * mm, "Sida %d av %d" % (self.page + 1, self.npages_total))
        self._emc()
        c.setFillColor(colors.black)

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.mcid = 0
        self.y = self.TOP
        self._page_furniture()

    def need(self, h):
        if self.y - h < self.BOTTOM:
            self.new_page()

    # -- content ------------------------------------------------------------
    def text_block(self, tag, text, font="Helvetica", size=10, leading=13.5,
                   space_after=6, indent=0, color=None):
        lines = simpleSplit(text, font, size, self.RIGHT - self.LEFT - indent)
        self.need(leading * min(len(lines), 3))
        node = {"S": tag, "mc": []}
        i = 0
        while i < len(lines):
            if self.y - leading < self.BOTTOM:
                self.new_page()
            node["mc"].append(self._bdc(tag))
            c = self.c
            c.setFont(font, size)
            if color:
                c.setFillColor(colors.HexColor(color))
            while i < len(lines) and self.y - leading >= self.BOTTOM:
                self.y -= leading
                c.drawString(self.LEFT + indent, self.y + 3, lines[i])
                i += 1
            c.setFillColor(colors.black)
            self._emc()
        self.y -= space_after
        self.tree.append(node)
        return node

    def h1(self, t):
        self.text_block("H1", t, "Helvetica-Bold", 22, 26, 4, color="#2e6b3a")

    def h2(self, t):
        self.y -= 6
        self.need(60)
        self.text_block("H2", t, "Helvetica-Bold", 13, 17, 4, color="#2e6b3a")

    def h3(self, t):
        self.need(40)
        self.text_block("H3", t, "Helvetica-Bold", 10.5, 14, 2)

    def p(self, t, **kw):
        self.text_block("P", t, **kw)

    def bullets(self, items):
        node = {"S": "L", "kids": []}
        for it in items:
            lines = simpleSplit(it, "Helvetica", 10, self.RIGHT - self.LEFT - 12)
            self.need(13.5 * len(lines))
            li = {"S": "LI", "kids": []}
            lbl = self._bdc("Lbl")
            self.c.setFont("Helvetica", 10)
            self.c.drawString(self.LEFT + 2, self.y - 13.5 + 3, "–")
            self._emc()
            body = self._bdc("LBody")
            for ln in lines:
                self.y -= 13.5
                self.c.drawString(self.LEFT + 12, self.y + 3, ln)
            self._emc()
            li["kids"].append({"S": "Lbl", "mc": [lbl]})
            li["kids"].append({"S": "LBody", "mc": [body]})
            node["kids"].append(li)
        self.y -= 6
        self.tree.append(node)

    def table(self, caption, header, rows, widths, bold_last=True):
        rowh = 15
        self.need(rowh * (len(rows) + 2) + 20)
        self.text_block("Caption", caption, "Helvetica-Bold", 9.5, 13, 2)
        node = {"S": "Table", "kids": []}
        c = self.c
        x0 = self.LEFT
        allrows = [header] + rows
        for ri, row in enumerate(allrows):
            tr = {"S": "TR", "kids": []}
            top = self.y
            if ri == 0:
                self._artifact("Background")
                c.setFillColor(colors.HexColor("#dfeadf"))
                c.rect(x0, top - rowh, sum(widths), rowh, stroke=0, fill=1)
                c.setFillColor(colors.black)
                self._emc()
            x = x0
            for ci, cell in enumerate(row):
                tag = "TH" if ri == 0 else "TD"
                mc = self._bdc(tag)
                bold = ri == 0 or (bold_last and ri == len(allrows) - 1)
                c.setFont("Helvetica-Bold" if bold else "Helvetica", 9.5)
                if ci == 0:
                    c.drawString(x + 4, top - rowh + 4.5, cell)
                else:
                    c.drawRightString(x + widths[ci] - 4, top - rowh + 4.5, cell)
                self._emc()
                tr["kids"].append({"S": tag, "mc": [mc]})
                x += widths[ci]
            self._artifact("Layout")
            c.setStrokeColor(colors.HexColor("#9bb59f"))
            c.setLineWidth(0.5)
            c.line(x0, top - rowh, x0 + sum(widths), top - rowh)
            self._emc()
            self.y -= rowh
            node["kids"].append(tr)
        self.y -= 10
        self.tree.append(node)

    def bar_figure(self, alt, labels, values, height=150):
        """Bars only – no value labels. Values exist only in /Alt."""
        self.need(height + 40)
        c = self.c
        mc = self._bdc("Figure")
        x0 = self.LEFT + 30
        y0 = self.y - height
        w = 300
        maxv = 20.0
        # gridlines and y-axis ticks
        c.setStrokeColor(colors.HexColor("#c8c8c8"))
        c.setLineWidth(0.4)
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        for t in (0, 5, 10, 15, 20):
            yy = y0 + 20 + (height - 30) * t / maxv
            c.line(x0, yy, x0 + w, yy)
            c.drawRightString(x0 - 4, yy - 2.5, str(t))
        bw = w / len(values)
        for i, (lab, v) in enumerate(zip(labels, values)):
            bx = x0 + i * bw + bw * 0.2
            bh = (height - 30) * v / maxv
            c.setFillColor(colors.HexColor("#3f8f50"))
            c.rect(bx, y0 + 20, bw * 0.6, bh, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#333333"))
            c.drawCentredString(bx + bw * 0.3, y0 + 8, lab)
        c.setFillColor(colors.black)
        self._emc()
        self.y = y0 - 4
        self.tree.append({"S": "Figure", "mc": [mc], "Alt": alt})

    def save(self):
        self.c.showPage()
        self.c.save()


def make_forstudie(path):
    tmp = path + ".tmp"
    d = TaggedDoc(tmp, "Förstudie Matbruket Nordost – slutrapport")
    d.h1("Matbruket Nordost")
    d.p("Förstudie om ett delat produktionskök och utvecklingsstöd för småskaliga "
        "livsmedelsproducenter i nordöstra Skåne", font="Helvetica-Oblique", size=12.5, leading=16)
    d.p("Slutrapport 2026-11-20 · Dnr RS 2026/04417", size=9.5, color="#4d4d4d")
    d.p("Förstudien har genomförts av Hässleholms kommun i samverkan med Kristianstads, "
        "Östra Göinge, Osby och Bromölla kommuner och med stöd av regionala utvecklingsmedel "
        "från Region Skåne.")
    d.h2("Sammanfattning")
    d.p("Nordöstra Skåne har många små livsmedelsföretag – gårdsmejerier, charkuterier, "
        "bagerier, musterier och förädlare av frukt, bär och grönsaker. Många av dem saknar "
        "tillgång till en godkänd livsmedelslokal med kapacitet att växa. Förstudien föreslår "
        "att kommunerna tillsammans med Region Skåne inrättar Matbruket Nordost: ett delat "
        "produktionskök där producenter hyr tid, ett utvecklingsprogram (Matlyftet) och en "
        "pilot för samlastning av kylda varor.")
    d.p("Förstudiens förslag i korthet:")
    d.bullets([
        "Lokalisering i Tyringe (Hässleholms kommun), i det före detta mejeriet på Järnvägsgatan 12.",
        "Öppning för producenter den 16 augusti 2027.",
        "Total budget 11 200 000 kronor för projektperioden 2027-03-01–2029-12-31, varav "
        "5 600 000 kronor söks ur Europeiska regionala utvecklingsfonden (ERUF).",
        "Målet är 24 anslutna producenter vid utgången av 2028.",
    ])
    d.h2("1 Bakgrund")
    d.p("Livsmedelsindustrin och de gröna näringarna är viktiga för sysselsättningen i "
        "nordöstra Skåne. Samtidigt visar kommunernas näringslivskontakter att de minsta "
        "företagen har svårt att ta steget från gårdsförsäljning till försäljning i butik och "
        "till offentliga kök. Ett vanligt hinder är att egen godkänd lokal kräver investeringar "
        "som inte står i proportion till företagets omsättning.")
    d.p("Förstudien har finansierats med regionala utvecklingsmedel och genomförts mellan maj "
        "och november 2026. Arbetet har letts av en arbetsgrupp med en representant per kommun.")
    d.h2("2 Enkät och intervjuer")
    d.p("Under augusti–oktober 2026 skickades en webbenkät till 214 livsmedelsföretag i de fem "
        "kommunerna. 87 företag svarade (svarsfrekvens 41 procent). Av de svarande angav 52 att "
        "de vill hyra tid i ett delat produktionskök inom tre år. Fördelningen per kommun "
        "framgår av figur 1.")
    d.bar_figure(
        "Stapeldiagram. Antal producenter som vill hyra tid i ett delat produktionskök, per "
        "kommun: Kristianstad 19, Hässleholm 14, Östra Göinge 9, Osby 6, Bromölla 4. "
        "Totalt 52 av 87 svarande.",
        ["Kristianstad", "Hässleholm", "Ö Göinge", "Osby", "Bromölla"],
        [19, 14, 9, 6, 4])
    d.p("Figur 1. Intresserade producenter per kommun (n = 52). Källa: förstudiens enkät hösten 2026.",
        font="Helvetica-Oblique", size=8.5, leading=11)
    d.p("Därutöver intervjuades 18 producenter. Det största hindret som nämndes var kostnaden "
        "för egen godkänd lokal, följt av transporter till kunder och brist på tid för "
        "affärsutveckling. Flera producenter efterfrågade hjälp med märkning, prissättning och "
        "offentlig upphandling.")
    d.h2("3 Definitioner")
    d.p("Med småskalig livsmedelsproducent avses i förstudien ett företag med färre än 10 "
        "anställda och en årsomsättning under 15 miljoner kronor.")
    d.p("Med ansluten producent avses en producent som har tecknat nyttjandeavtal med Matbruket "
        "Nordost och genomgått introduktion i lokalens egenkontrollprogram.")
    d.h2("4 Förslag till genomförande")
    d.h3("4.1 Lokal")
    d.p("Förstudien föreslår det före detta mejeriet på Järnvägsgatan 12 i Tyringe. Lokalen har "
        "rätt rumsindelning och lastkaj men behöver kompletteras med kylrum och "
        "förpackningsrum. Anpassningen bedöms kosta 2 100 000 kronor. Hyran för producenterna "
        "föreslås till 250 kr per timme exklusive moms.")
    d.h3("4.2 Matlyftet")
    d.p("Ett utvecklingsprogram om åtta träffar under ett år: affärsutveckling, prissättning, "
        "märkning, HACCP och försäljning till offentliga kök.")
    d.h3("4.3 Samlastning")
    d.p("En kylbil leasas under projekttiden (beräknad kostnad 520 000 kronor) för samlastning "
        "av producenternas leveranser till butiker och storkök i Kristianstad och Hässleholm.")
    d.h3("4.4 Organisation")
    d.p("Projektägare: Hässleholms kommun. Föreslagen projektledare: Annika Lövgren, "
        "näringslivsutvecklare. En styrgrupp med en representant per kommun och en från "
        "Region Skåne.")
    d.table("Tabell 1. Budget (kronor)", ["Kostnadsslag", "Belopp"], [
        ["Personal", "4 100 000"],
        ["Lokalanpassning", "2 100 000"],
        ["Utrustning", "2 900 000"],
        ["Extern kompetens (Matlyftet)", "1 300 000"],
        ["Samlastning (leasing kylbil)", "520 000"],
        ["Övrigt", "280 000"],
        ["Summa", "11 200 000"],
    ], [220, 100])
    d.table("Tabell 2. Finansiering (kronor)", ["Finansiär", "Belopp"], [
        ["ERUF (Tillväxtverket)", "5 600 000"],
        ["Region Skåne", "4 200 000"],
        ["Kommunerna (fem kommuner)", "1 400 000"],
        ["Summa", "11 200 000"],
    ], [220, 100])
    d.save()
    npages = d.page + 1
    assert npages == d.npages_total, npages

    # --- post-process: structure tree with /Alt, MarkInfo, Lang ------------
    r = PdfReader(tmp)
    w = PdfWriter(clone_from=r)
    add = w._add_object
    pages = w.pages
    str_root = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    str_root_ref = add(str_root)
    doc_elem = DictionaryObject({NameObject("/Type"): NameObject("/StructElem"),
                                 NameObject("/S"): NameObject("/Document"),
                                 NameObject("/P"): str_root_ref,
                                 NameObject("/T"): TextStringObject("Förstudie Matbruket Nordost")})
    doc_ref = add(doc_elem)
    ptree = {i: {} for i in range(len(pages))}

    def build(node, parent_ref):
        el = DictionaryObject({NameObject("/Type"): NameObject("/StructElem"),
                               NameObject("/S"): NameObject("/" + node["S"]),
                               NameObject("/P"): parent_ref})
        ref = add(el)
        if "mc" in node:
            kids = ArrayObject()
            pg0 = node["mc"][0][0]
            el[NameObject("/Pg")] = pages[pg0].indirect_reference
            for (pg, m) in node["mc"]:
                if pg == pg0:
                    kids.append(NumberObject(m))
                else:
                    kids.append(DictionaryObject({
                        NameObject("/Type"): NameObject("/MCR"),
                        NameObject("/Pg"): pages[pg].indirect_reference,
                        NameObject("/MCID"): NumberObject(m)}))
                ptree[pg][m] = ref
            el[NameObject("/K")] = kids[0] if len(kids) == 1 else kids
        else:
            el[NameObject("/K")] = ArrayObject([build(k, ref) for k in node["kids"]])
        if node.get("Alt"):
            el[NameObject("/Alt")] = TextStringObject(node["Alt"])
        return ref

    doc_elem[NameObject("/K")] = ArrayObject([build(n, doc_ref) for n in d.tree])
    nums = ArrayObject()
    for i in range(len(pages)):
        pages[i][NameObject("/StructParents")] = NumberObject(i)
        pages[i][NameObject("/Tabs")] = NameObject("/S")
        refs = [ptree[i][k] for k in sorted(ptree[i])]
        assert sorted(ptree[i]) == list(range(len(refs)))
        nums.append(NumberObject(i))
        nums.append(add(ArrayObject(refs)))
    pt_ref = add(DictionaryObject({NameObject("/Nums"): nums}))
    str_root[NameObject("/K")] = doc_ref
    str_root[NameObject("/ParentTree")] = pt_ref
    str_root[NameObject("/ParentTreeNextKey")] = NumberObject(len(pages))
    root = w._root_object
    root[NameObject("/StructTreeRoot")] = str_root_ref
    root[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    root[NameObject("/Lang")] = TextStringObject("sv-SE")
    root[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)})
    w.add_metadata({
        "/Title": "Förstudie Matbruket Nordost – slutrapport",
        "/Author": "Hässleholms kommun, Näringslivsenheten",
        "/Subject": "Förstudie Matbruket Nordost",
        "/Creator": "Microsoft® Word för Microsoft 365",
        "/Producer": "Microsoft® Word för Microsoft 365",
        "/CreationDate": "D:20261120101500+01'00'",
        "/ModDate": "D:20261120101500+01'00'",
    })
    with open(path, "wb") as f:
        w.write(f)
    os.remove(tmp)


# ---------------------------------------------------------------------------
# DOCX helpers (hand-written OOXML)
# ---------------------------------------------------------------------------
W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'mc:Ignorable="w14"')

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidhuvud"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidfot"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="Standardstycketeckensnitt"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="character" w:styleId="Platshllartext"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="Normaltabell"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="Tabellrutnt"><w:name w:val="Table Grid"/><w:basedOn w:val="Normaltabell"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:defaultTabStop w:val="1304"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="sv-SE"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>"""


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
    out = "<w:r>"
    if rpr:
        out += "<w:rPr>%s</w:rPr>" % rpr
    parts = text.split("\t")
    for k, part in enumerate(parts):
        if k:
            out += "<w:tab/>"
        if part:
            out += '<w:t xml:space="preserve">%s</w:t>' % xesc(part)
    return out + "</w:r>"


def para(content, style=None, jc=None, after=None, before=None, keep=False):
    """content: str (plain run) or list of raw run xml strings."""
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if keep:
        ppr += "<w:keepNext/>"
    if after is not None or before is not None:
        ppr += '<w:spacing %s%s/>' % ('w:before="%d" ' % before if before is not None else "",
                                      'w:after="%d"' % after if after is not None else "")
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    if isinstance(content, str):
        content = [run(content)] if content else []
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", "".join(content))


def table(rows, widths, header=True, borders=True, shade="D9E2F3", bold_last=False,
          right_cols=()):
    tblpr = '<w:tblPr><w:tblStyle w:val="%s"/><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>' % (
        "Tabellrutnt" if borders else "Normaltabell", sum(widths))
    grid = "<w:tblGrid>%s</w:tblGrid>" % "".join('<w:gridCol w:w="%d"/>' % x for x in widths)
    out = "<w:tbl>" + tblpr + grid
    for ri, row in enumerate(rows):
        out += "<w:tr>"
        if ri == 0 and header:
            out = out[:-6] + "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
        for ci, cell in enumerate(row):
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % widths[ci]
            if ri == 0 and header and shade:
                tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
            bold = (ri == 0 and header) or (bold_last and ri == len(rows) - 1)
            jc = "right" if (ci in right_cols and not (ri == 0 and header)) else None
            if isinstance(cell, str) and not cell.startswith("<w:"):
                cont = para([run(cell, b=bold)] if cell else [], after=0, jc=jc)
            else:
                cont = cell  # raw paragraph xml
            out += "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, cont)
        out += "</w:tr>"
    return out + "</w:tbl>"


def core_xml(title, creator, modified_by, created, modified, extra=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>%s'
            '<cp:revision>4</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (xesc(title), xesc(creator), xesc(modified_by), extra, created, modified))


APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>%s</Template><TotalTime>42</TotalTime><Pages>%d</Pages>'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
           '<Company>%s</Company><AppVersion>16.0000</AppVersion></Properties>')

REL_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
REL_APP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
REL_CUSTOMPROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
R_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def rels(items):
    s = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
    for rid, typ, target in items:
        s += '<Relationship Id="%s" Type="%s" Target="%s"/>' % (rid, typ, target)
    return s + "</Relationships>"


# ---------------------------------------------------------------------------
# 2. RUN protokollsutdrag – DOCX from a SharePoint document library whose
#    quick parts (content controls) are data-bound to the SharePoint
#    properties in customXml/item1.xml. The library columns were updated after
#    the meeting (property demotion), so customXml holds the decided values
#    while document.xml still caches the pre-meeting draft values.
# ---------------------------------------------------------------------------
SP_NS = "b1f4a6d2-7c3e-4e59-9a0b-5d8e2c61f7a4"
STORE_ID = "{6E3A1C52-0B9D-4F1E-8A77-2D4C9B0E5F13}"
PREFIX_MAP = ("xmlns:ns0='http://schemas.microsoft.com/office/2006/metadata/properties' "
              "xmlns:ns1='http://www.w3.org/2001/XMLSchema-instance' "
              "xmlns:ns2='http://schemas.microsoft.com/office/infopath/2007/PartnerControls' "
              "xmlns:ns3='%s' " % SP_NS)


def sdt_inline(alias, tag, sid, xpath, cached, kind="text", b=False, date_fmt=None, full_date=None):
    pr = ('<w:sdtPr><w:rPr>%s</w:rPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
          '<w:lock w:val="sdtLocked"/>'
          '<w:dataBinding w:prefixMappings="%s" w:xpath="%s" w:storeItemID="%s"/>'
          % ("<w:b/>" if b else "", xesc(alias), tag, sid, PREFIX_MAP, xpath, STORE_ID))
    if kind == "date":
        pr += ('<w:date w:fullDate="%s"><w:dateFormat w:val="%s"/><w:lid w:val="sv-SE"/>'
               '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
               % (full_date, date_fmt))
    else:
        pr += "<w:text/>"
    pr += "</w:sdtPr>"
    return "<w:sdt>%s<w:sdtContent>%s</w:sdtContent></w:sdt>" % (pr, run(cached, b=b))


def xp(field, sub=""):
    return "/ns0:properties[1]/documentManagement[1]/ns3:%s[1]%s" % (field, sub)


def make_protokoll(path):
    bb = lambda sid: sdt_inline("Beviljat belopp", "BeviljatBelopp", sid, xp("BeviljatBelopp"), "4 200 000")
    tb = lambda sid, b=False: sdt_inline("Total budget", "TotalBudget", sid, xp("TotalBudget"), "12 070 000", b=b)
    body = []
    body.append(para([run("Regionala utvecklingsnämnden", b=True, sz=26)], after=0))
    body.append(para([run("PROTOKOLLSUTDRAG", sz=20, color="595959")], after=200))
    body.append(table([
        [para([run("Sammanträdesdatum", b=True)], after=0), para("2027-02-25", after=0)],
        [para([run("Paragraf", b=True)], after=0), para("§ 17", after=0)],
        [para([run("Diarienummer", b=True)], after=0), para("RS 2026/04417", after=0)],
        [para([run("Protokollets status", b=True)], after=0),
         para([sdt_inline("Protokollsstatus", "Protokollsstatus", -1402127381, xp("Protokollsstatus"),
                          "Ej justerat")], after=0)],
    ], [2600, 6400], header=False, borders=False))
    body.append(para("", after=120))
    body.append(para("§ 17 Matbruket Nordost – beslut om regional medfinansiering", style="Rubrik1"))
    body.append(para("Ärendebeskrivning", style="Rubrik2"))
    body.append(para([run("Hässleholms kommun ansöker om regional medfinansiering för projektet Matbruket "
                          "Nordost, ett delat produktionskök med utvecklingsstöd för småskaliga "
                          "livsmedelsproducenter i nordöstra Skåne. Projektet bygger på den förstudie som "
                          "slutrapporterades 2026-11-20. Projektet genomförs i samverkan med Kristianstads, "
                          "Östra Göinge, Osby och Bromölla kommuner. Produktionsköket förläggs till det före "
                          "detta mejeriet på Järnvägsgatan 12 i Tyringe."),
                      ]))
    body.append(para([run("Projektets totala budget uppgår till "), tb(-1402127382),
                      run(" kronor för perioden "),
                      sdt_inline("Projektstart", "Projektstart", -1402127383, xp("Projektstart"),
                                 "2027-03-01", kind="date", date_fmt="yyyy-MM-dd",
                                 full_date="2027-03-01T00:00:00Z"),
                      run("–2029-12-31. Hässleholms kommun har parallellt ansökt om 6 175 000 kronor ur "
                          "Europeiska regionala utvecklingsfonden (ERUF) hos Tillväxtverket inom "
                          "regionalfondsprogrammet för Skåne-Blekinge 2021–2027.")]))
    body.append(para([run("Regional utveckling föreslår i tjänsteskrivelse 2027-02-04 att nämnden beviljar "
                          "4 200 000 kronor.")]))
    body.append(para("Yrkanden", style="Rubrik2"))
    body.append(para([run("Anna Persson (S) yrkar, med instämmande av Lars-Göran Nilsson (M), att "
                          "medfinansieringen ska täcka även de ökade kostnaderna för lokalanpassning "
                          "enligt projektägarens reviderade kalkyl av 2027-02-19.")]))
    body.append(para([run("Ordföranden ställer proposition på förvaltningens förslag mot Anna Perssons "
                          "yrkande och finner att nämnden bifaller yrkandet.")]))
    body.append(para("Beslut", style="Rubrik2"))
    body.append(para([run("Regionala utvecklingsnämnden beslutar")]))
    body.append(para([run("att", b=True), run("\tbevilja Hässleholms kommun "), bb(-1402127384),
                      run(" kronor i regional medfinansiering till projektet Matbruket Nordost "
                          "(RS 2026/04417),")]))
    body.append(para([run("att", b=True), run("\tbeslutet gäller under förutsättning att Tillväxtverket "
                                              "beviljar medel ur ERUF till projektet, samt")]))
    body.append(para([run("att", b=True), run("\tuppdra åt förvaltningen att följa projektet och "
                                              "återrapportera till nämnden i samband med delårsrapporten "
                                              "2028.")]))
    body.append(para("Finansiering", style="Rubrik2"))
    body.append(table([
        ["Finansiär", "Kronor"],
        ["ERUF (sökt hos Tillväxtverket)", "6 175 000"],
        [para([run("Region Skåne (detta beslut)")], after=0),
         para([bb(-1402127385)], after=0, jc="right")],
        ["Hässleholms kommun", "600 000"],
        ["Kristianstads kommun", "500 000"],
        ["Östra Göinge kommun", "300 000"],
        ["Osby kommun", "175 000"],
        ["Bromölla kommun", "120 000"],
        [para([run("Summa", b=True)], after=0),
         para([tb(-1402127386, b=True)], after=0, jc="right")],
    ], [6200, 2800], right_cols=(1,)))
    body.append(para("", after=60))
    body.append(para([run("Beslutet skickas till: ", b=True),
                      run("Hässleholms kommun, Tillväxtverket, Regional utveckling (ekonomi)")]))
    body.append(para([run("Handläggare: ", b=True),
                      sdt_inline("Handläggare", "Handlaggare", -1402127387,
                                 xp("Handlaggare", "/ns0:UserInfo[1]/ns0:DisplayName[1]"),
                                 "Lena Friberg"),
                      run(", Regional utveckling, Region Skåne")]))
    body.append(para("", after=240))
    body.append(table([
        ["Justerandes signatur", "Utdragsbestyrkande"],
        ["", ""],
    ], [4500, 4500], header=True, shade=None))

    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId10"/>'
            '<w:footerReference w:type="default" r:id="rId11"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1418" w:bottom="1418" '
            'w:left="1418" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>'
           % (W_NS, "".join(body), sect))
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>' % W_NS +
              table([[para([run("Region Skåne", b=True, sz=28, color="00675A")], after=0),
                      para([run("PROTOKOLL", sz=16)], after=0, jc="right")],
                     [para([run("Regionala utvecklingsnämnden", sz=16)], after=0),
                      para([run("Sida 1 (1)", sz=16)], after=0, jc="right")]],
                    [5000, 4000], header=False, borders=False) +
              para("", after=0) + "</w:hdr>")
    footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>' % W_NS +
              para([run("Region Skåne · 291 89 Kristianstad · Tel 044-309 30 00 · Org.nr 232100-0255 (exempel)",
                        sz=14, color="595959")], jc="center", after=0) + "</w:ftr>")
    item1 = ('<?xml version="1.0"?>\n<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xmlns:pc="http://schemas.microsoft.com/office/infopath/2007/PartnerControls">'
             '<documentManagement>'
             '<Protokollsstatus xmlns="{ns}">Justerat 2027-03-04</Protokollsstatus>'
             '<BeviljatBelopp xmlns="{ns}">4 480 000</BeviljatBelopp>'
             '<TotalBudget xmlns="{ns}">12 350 000</TotalBudget>'
             '<Projektstart xmlns="{ns}">2027-04-01T00:00:00Z</Projektstart>'
             '<Handlaggare xmlns="{ns}"><UserInfo><DisplayName>Johan Abrahamsson</DisplayName>'
             '<AccountId>37</AccountId><AccountType/></UserInfo></Handlaggare>'
             '<Diarienummer xmlns="{ns}">RS 2026/04417</Diarienummer>'
             '<Nämnd xmlns="{ns}">Regionala utvecklingsnämnden</Nämnd>'
             '<TaxCatchAll xmlns="{ns}"/>'
             '</documentManagement></p:properties>').format(ns=SP_NS)
    item_props1 = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
                   '<ds:datastoreItem ds:itemID="%s" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
                   '<ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.microsoft.com/office/2006/metadata/properties"/>'
                   '<ds:schemaRef ds:uri="http://schemas.microsoft.com/office/infopath/2007/PartnerControls"/>'
                   '<ds:schemaRef ds:uri="%s"/></ds:schemaRefs></ds:datastoreItem>' % (STORE_ID, SP_NS))
    item2 = ('<?xml version="1.0" encoding="utf-8"?><?mso-contentType?>'
             '<FormTemplates xmlns="http://schemas.microsoft.com/sharepoint/v3/contenttype/forms">'
             '<Display>DocumentLibraryForm</Display><Edit>DocumentLibraryForm</Edit><New>DocumentLibraryForm</New>'
             '</FormTemplates>')
    item_props2 = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
                   '<ds:datastoreItem ds:itemID="{9C1B7E20-44A1-4D3F-B6C2-70E1A5D3C8B9}" '
                   'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
                   '<ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.microsoft.com/sharepoint/v3/contenttype/forms"/>'
                   '</ds:schemaRefs></ds:datastoreItem>')
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ContentTypeId">'
              '<vt:lpwstr>0x0101008F1D6B1A7C2E4B4A9D3E5F60718293A400C4B2D6E8F0A1B2C3D4E5F60718293A4B</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="MediaServiceImageTags">'
              '<vt:lpwstr></vt:lpwstr></property></Properties>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
          '<Override PartName="/customXml/itemProps2.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
          '</Types>')
    parts = [
        ("[Content_Types].xml", ct),
        ("_rels/.rels", rels([("rId1", REL_DOC, "word/document.xml"),
                              ("rId2", REL_CORE, "docProps/core.xml"),
                              ("rId3", REL_APP, "docProps/app.xml"),
                              ("rId4", REL_CUSTOMPROPS, "docProps/custom.xml")])),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", rels([
            ("rId1", R_BASE + "customXml", "../customXml/item1.xml"),
            ("rId2", R_BASE + "customXml", "../customXml/item2.xml"),
            ("rId3", R_BASE + "styles", "styles.xml"),
            ("rId4", R_BASE + "settings", "settings.xml"),
            ("rId10", R_BASE + "header", "header1.xml"),
            ("rId11", R_BASE + "footer", "footer1.xml")])),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("word/header1.xml", header),
        ("word/footer1.xml", footer),
        ("customXml/item1.xml", item1),
        ("customXml/itemProps1.xml", item_props1),
        ("customXml/_rels/item1.xml.rels", rels([("rId1", R_BASE + "customXmlProps", "itemProps1.xml")])),
        ("customXml/item2.xml", item2),
        ("customXml/itemProps2.xml", item_props2),
        ("customXml/_rels/item2.xml.rels", rels([("rId1", R_BASE + "customXmlProps", "itemProps2.xml")])),
        ("docProps/core.xml", core_xml("Protokollsutdrag RUN 2027-02-25 § 17 Matbruket Nordost",
                                       "Lena Friberg", "SharePoint-tjänstkonto",
                                       "2027-02-19T08:12:00Z", "2027-03-04T13:40:00Z")),
        ("docProps/app.xml", APP_XML % ("Protokollsutdrag RS.dotx", 1, "Region Skåne")),
        ("docProps/custom.xml", custom),
    ]
    write_zip(path, parts)


# ---------------------------------------------------------------------------
# 3. Ändringsansökan – DOCX whose revised budget is an embedded Excel
#    worksheet (OLE object, ProgID Excel.Sheet.12). The page only shows an EMF
#    preview picture; the figures live in word/embeddings/*.xlsx.
# ---------------------------------------------------------------------------
COSTS = [  # (kostnadsslag, beslut 2027-02-25, reviderad)
    ("Personal", 4450000, 4620000),
    ("Lokalanpassning", 2350000, 2650000),
    ("Utrustning", 2950000, 3050000),
    ("Extern kompetens (Matlyftet)", 1350000, 1380000),
    ("Samlastning (leasing kylbil)", 520000, 520000),
    ("Övrigt", 730000, 690000),
]
FIN = [
    ("ERUF (sökt, 50 %)", 6175000, 6455000),
    ("Region Skåne (RUN 2027-02-25 § 17)", 4480000, 4480000),
    ("Hässleholms kommun", 600000, 600000),
    ("Kristianstads kommun", 500000, 500000),
    ("Östra Göinge kommun", 300000, 580000),
    ("Osby kommun", 175000, 175000),
    ("Bromölla kommun", 120000, 120000),
]
assert sum(c[1] for c in COSTS) == 12350000 and sum(c[2] for c in COSTS) == 12910000
assert sum(c[1] for c in FIN) == 12350000 and sum(c[2] for c in FIN) == 12910000


def fmt(n):
    s = "{:,}".format(n).replace(",", " ")
    return s


def make_budget_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget rev 2027-05"
    wb.properties.creator = "Annika Lövgren"
    wb.properties.lastModifiedBy = "Annika Lövgren"
    import datetime as _dt
    wb.properties.created = _dt.datetime(2027, 5, 6, 9, 0, 0)
    wb.properties.modified = _dt.datetime(2027, 5, 10, 14, 20, 0)
    bold = Font(bold=True)
    ws["A1"] = "Matbruket Nordost – reviderad budget och finansiering (kronor)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Bilaga till ändringsansökan 2027-05-10. Jämförelse med budget enligt RUN-beslut 2027-02-25."
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Kostnadsslag", "Budget enligt beslut 2027-02-25", "Reviderad budget", "Förändring"]
    fill = PatternFill("solid", fgColor="DDEBF7")
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=j + 1, value=h)
        c.font = bold
        c.fill = fill
        c.alignment = Alignment(wrap_text=True)
    cache = {}
    r = 5
    for name, a, b in COSTS:
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=a)
        ws.cell(row=r, column=3, value=b)
        ws.cell(row=r, column=4, value="=C%d-B%d" % (r, r))
        cache["C%d-B%d" % (r, r)] = b - a
        r += 1
    ws.cell(row=r, column=1, value="Summa kostnader").font = bold
    ws.cell(row=r, column=2, value="=SUM(B5:B%d)" % (r - 1)).font = bold
    ws.cell(row=r, column=3, value="=SUM(C5:C%d)" % (r - 1)).font = bold
    ws.cell(row=r, column=4, value="=C%d-B%d" % (r, r)).font = bold
    cache["SUM(B5:B%d)" % (r - 1)] = 12350000
    cache["SUM(C5:C%d)" % (r - 1)] = 12910000
    cache["C%d-B%d" % (r, r)] = 560000
    r += 2
    fr0 = r
    for j, h in enumerate(["Finansiering", "Enligt beslut 2027-02-25", "Reviderad", "Förändring"]):
        c = ws.cell(row=r, column=j + 1, value=h)
        c.font = bold
        c.fill = fill
    r += 1
    f1 = r
    for name, a, b in FIN:
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=a)
        ws.cell(row=r, column=3, value=b)
        ws.cell(row=r, column=4, value="=C%d-B%d" % (r, r))
        cache["C%d-B%d" % (r, r)] = b - a
        r += 1
    ws.cell(row=r, column=1, value="Summa finansiering").font = bold
    ws.cell(row=r, column=2, value="=SUM(B%d:B%d)" % (f1, r - 1)).font = bold
    ws.cell(row=r, column=3, value="=SUM(C%d:C%d)" % (f1, r - 1)).font = bold
    ws.cell(row=r, column=4, value="=C%d-B%d" % (r, r)).font = bold
    cache["SUM(B%d:B%d)" % (f1, r - 1)] = 12350000
    cache["SUM(C%d:C%d)" % (f1, r - 1)] = 12910000
    cache["C%d-B%d" % (r, r)] = 560000
    r += 2
    ws.cell(row=r, column=1, value="Ökningen av ERUF motsvarar 50 procent av kostnadsökningen. "
                                   "Östra Göinge kommuns höjning beslutad av kommunstyrelsen 2027-04-27.").font = Font(italic=True, size=9)
    for row in ws.iter_rows(min_row=5, max_row=r - 2, min_col=2, max_col=4):
        for c in row:
            c.number_format = "#,##0;-#,##0"
    ws.column_dimensions["A"].width = 36
    for col in "BCD":
        ws.column_dimensions[col].width = 18
    buf = io.BytesIO()
    wb.save(buf)
    # re-zip with fixed timestamps and cached formula results
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    parts = []
    for name in zin.namelist():
        data = zin.read(name)
        if name == "xl/worksheets/sheet1.xml":
            s = data.decode("utf-8")

            def fix(m):
                f = m.group(1)
                return "<f>%s</f><v>%d</v>" % (f, cache[f])
            s = re.sub(r"<f>([^<]+)</f><v\s*/?>(?:</v>)?", fix, s)
            data = s.encode("utf-8")
        if name == "docProps/core.xml":
            s = data.decode("utf-8")
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                       r"\g<1>2027-05-10T14:20:00Z\g<2>", s)
            data = s.encode("utf-8")
        parts.append((name, data))
    return write_zip(None, parts)


# --- EMF preview picture ---------------------------------------------------
def _rec(rtype, payload):
    size = 8 + len(payload)
    assert size % 4 == 0
    return struct.pack("<II", rtype, size) + payload


def make_emf(rows, colw, rowh=22, font_h=14):
    """A minimal EMF with lines and EXTTEXTOUTW records (Word OLE preview)."""
    W = sum(colw) + 2
    H = rowh * len(rows) + 2
    recs = []
    # font
    face = "Calibri".encode("utf-16-le").ljust(64, b"\0")
    for ih, weight in ((1, 400), (2, 700)):
        logfont = struct.pack("<iiiiiBBBBBBBB", -font_h, 0, 0, 0, weight, 0, 0, 0, 0, 0, 0, 0, 0) + face
        recs.append(_rec(82, struct.pack("<I", ih) + logfont))
    recs.append(_rec(18, struct.pack("<I", 1)))           # SETBKMODE transparent
    recs.append(_rec(24, struct.pack("<I", 0x000000)))    # SETTEXTCOLOR
    # grid lines
    y = 1
    for i in range(len(rows) + 1):
        recs.append(_rec(27, struct.pack("<ii", 1, y)))
        recs.append(_rec(54, struct.pack("<ii", W - 1, y)))
        y += rowh
    x = 1
    for cw in colw + [0]:
        recs.append(_rec(27, struct.pack("<ii", x, 1)))
        recs.append(_rec(54, struct.pack("<ii", x, H - 1)))
        x += cw
    cur_font = None
    for ri, row in enumerate(rows):
        x = 1
        for ci, txt in enumerate(row):
            want = 2 if (ri == 0 or txt.startswith("Summa") or (row[0].startswith("Summa"))) else 1
            if want != cur_font:
                recs.append(_rec(37, struct.pack("<I", want)))
                cur_font = want
            if txt:
                n = len(txt)
                s = txt.encode("utf-16-le")
                pad = (4 - len(s) % 4) % 4
                cw = int(font_h * 0.52)
                tw = cw * n
                tx = x + 4 if ci == 0 else x + colw[ci] - 4 - tw
                ty = 1 + ri * rowh + (rowh - font_h) // 2
                off_str = 8 + 68
                off_dx = off_str + len(s) + pad
                payload = struct.pack("<iiii", tx, ty, tx + tw, ty + font_h)
                payload += struct.pack("<Iff", 1, 0.0, 0.0)
                payload += struct.pack("<iiIIIiiiiI", tx, ty, n, off_str, 0, 0, 0, -1, -1, off_dx)
                payload += s + b"\0" * pad + struct.pack("<%dI" % n, *([cw] * n))
                recs.append(_rec(84, payload))
            x += colw[ci]
    eof = _rec(14, struct.pack("<III", 0, 16, 20))
    body = b"".join(recs) + eof
    nrec = len(recs) + 2
    # header: device 1000x1000 px == 254x254 mm  (100 dpi)
    frame = (0, 0, int(W * 25.4), int(H * 25.4))
    hdr_payload = struct.pack("<iiii", 0, 0, W, H) + struct.pack("<iiii", *frame)
    hdr_payload += struct.pack("<IIIIHHIIIiiii", 0x464D4520, 0x10000, 0, nrec, 3, 0, 0, 0, 0,
                               1000, 1000, 254, 254)
    hdr = _rec(1, hdr_payload)
    total = len(hdr) + len(body)
    hdr = hdr[:48] + struct.pack("<I", total) + hdr[52:]
    return hdr + body


def make_andringsansokan(path):
    xlsx = make_budget_xlsx()
    emf_rows = [["Kostnadsslag", "Beslut 2027-02-25", "Reviderad", "Förändring"]]
    for n, a, b in COSTS:
        emf_rows.append([n, fmt(a), fmt(b), fmt(b - a)])
    emf_rows.append(["Summa kostnader", fmt(12350000), fmt(12910000), fmt(560000)])
    emf_rows.append(["", "", "", ""])
    emf_rows.append(["Finansiering", "Beslut 2027-02-25", "Reviderad", "Förändring"])
    for n, a, b in FIN:
        emf_rows.append([n, fmt(a), fmt(b), fmt(b - a)])
    emf_rows.append(["Summa finansiering", fmt(12350000), fmt(12910000), fmt(560000)])
    emf = make_emf(emf_rows, [260, 130, 110, 100])

    chk = lambda on: "☒" if on else "☐"
    body = []
    body.append(para([run("Hässleholms kommun", b=True, sz=24, color="1F4E79")], after=0))
    body.append(para([run("Näringslivsenheten", sz=18, color="595959")], after=240))
    body.append(para("Ansökan om ändring av beviljat projekt", style="Rubrik1"))
    body.append(para([run("Till: Tillväxtverket (ärende-ID 20365512) och Region Skåne, Regional utveckling "
                          "(RS 2026/04417)", i=True)]))
    body.append(table([
        ["Projektnamn", "Matbruket Nordost"],
        ["Projektägare", "Hässleholms kommun, org.nr 212000-0000 (exempel)"],
        ["Kontaktperson", "Annika Lövgren, projektledare, 0451-26 83 12"],
        ["Projektperiod", "2027-04-01–2029-12-31"],
        ["Datum för ansökan", "2027-05-10"],
    ], [2800, 6200], header=False))
    body.append(para("1. Ändringar som ansökan avser", style="Rubrik2"))
    body.append(para([run("%s Tidsplan    %s Budget och finansiering    %s Genomförande/plats    "
                          "%s Projektägare    %s Samverkansparter" % (chk(1), chk(1), chk(1), chk(0), chk(0)),
                          font="Segoe UI Symbol")]))
    body.append(para("2. Beskrivning av ändringarna", style="Rubrik2"))
    body.append(para([run("2.1 Lokalisering", b=True)], after=60, keep=True))
    body.append(para([run("Matbruket Nordost flyttas från det före detta mejeriet på Järnvägsgatan 12 i Tyringe "
                          "(Hässleholms kommun) till en före detta charkuterilokal på Sockerbruksvägen 4 i Broby "
                          "(Östra Göinge kommun).")]))
    body.append(para([run("Skäl: Miljöförvaltningens förbesiktning 2027-03-18 visade att lokalen i Tyringe kräver "
                          "en ny fettavskiljare och ny ventilation med separata luftflöden för rena och orena "
                          "zoner. Fastighetsägaren har avböjt att bekosta åtgärderna, och kostnaden skulle bli "
                          "oskäligt hög för projektet. Fastigheten i Broby ägs av Östra Göinge kommun, som "
                          "står för ombyggnaden av ventilationen. Lokalen har tidigare varit registrerad som "
                          "livsmedelsanläggning. Projektet bekostar kök, kylrum och fettavskiljare.")]))
    body.append(para([run("2.2 Tidsplan", b=True)], after=60, keep=True))
    body.append(para([run("Öppningen för producenter senareläggs från den 16 augusti 2027 till den 6 september "
                          "2027. Projektets slutdatum 2029-12-31 är oförändrat.")]))
    body.append(para([run("2.3 Budget och finansiering", b=True)], after=60, keep=True))
    body.append(para([run("Flytten innebär högre kostnader för lokalanpassning och utrustning. Östra Göinge "
                          "kommun har beslutat att höja sin medfinansiering. Den reviderade budgeten och "
                          "finansieringen framgår av den inbäddade kalkylen nedan (dubbelklicka på tabellen "
                          "för att öppna den i Excel). Jämförelsekolumnen visar budgeten enligt Region Skånes "
                          "beslut 2027-02-25.")]))
    obj = ('<w:r><w:object w:dxaOrig="9020" w:dyaOrig="5280">'
           '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
           'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/>'
           '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
           '<o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
           '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:451pt;height:264pt" o:ole="">'
           '<v:imagedata r:id="rId20" o:title=""/></v:shape>'
           '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" '
           'DrawAspect="Content" ObjectID="_1780654321" r:id="rId21">'
           '<o:FieldCodes>\\s</o:FieldCodes></o:OLEObject></w:object></w:r>')
    body.append(para([obj], jc="center", after=60))
    body.append(para([run("Bilden ovan är en förhandsvisning av kalkylen Budget rev 2027-05.", i=True, sz=16,
                          color="595959")], jc="center"))
    body.append(para([run("2.4 Konsekvenser för mål och indikatorer", b=True)], after=60, keep=True))
    body.append(para([run("Målet om 24 anslutna producenter vid utgången av 2028 påverkas inte. Matlyftet och "
                          "samlastningspiloten genomförs enligt den ursprungliga projektplanen.")]))
    body.append(para("3. Underskrift", style="Rubrik2"))
    body.append(para([run("Hässleholm 2027-05-10")]))
    body.append(table([
        ["Projektledare", "Behörig firmatecknare"],
        ["Annika Lövgren", "Ulf Danielsson, kommundirektör"],
    ], [4500, 4500], header=True, shade=None))
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId11"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" '
            'w:left="1418" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>'
           % (W_NS, "".join(body), sect))
    footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>' % W_NS +
              para([run("Ändringsansökan Matbruket Nordost · 2027-05-10 · Sida ", sz=16),
                    '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
                    '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                    '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
                    + run("1", sz=16) +
                    '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'],
                   jc="center", after=0) + "</w:ftr>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="emf" ContentType="image/x-emf"/>'
          '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    parts = [
        ("[Content_Types].xml", ct),
        ("_rels/.rels", rels([("rId1", REL_DOC, "word/document.xml"),
                              ("rId2", REL_CORE, "docProps/core.xml"),
                              ("rId3", REL_APP, "docProps/app.xml")])),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", rels([
            ("rId3", R_BASE + "styles", "styles.xml"),
            ("rId4", R_BASE + "settings", "settings.xml"),
            ("rId11", R_BASE + "footer", "footer1.xml"),
            ("rId20", R_BASE + "image", "media/image1.emf"),
            ("rId21", R_BASE + "package", "embeddings/Microsoft_Excel_Worksheet.xlsx")])),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("word/footer1.xml", footer),
        ("word/media/image1.emf", emf),
        ("word/embeddings/Microsoft_Excel_Worksheet.xlsx", xlsx),
        ("docProps/core.xml", core_xml("Ändringsansökan Matbruket Nordost", "Annika Lövgren",
                                       "Annika Lövgren", "2027-05-06T07:30:00Z", "2027-05-10T13:25:00Z")),
        ("docProps/app.xml", APP_XML % ("Normal.dotm", 2, "Hässleholms kommun")),
    ]
    write_zip(path, parts)


# ---------------------------------------------------------------------------
# 4. Org-mode planning file (Emacs) saved as .txt
# ---------------------------------------------------------------------------
ORG = r"""#+TITLE: Matbruket Nordost – planering och beslutslogg
#+AUTHOR: Sofia Nyqvist
#+EMAIL: sofia.nyqvist@matbruketnordost.se
#+LANGUAGE: sv
#+STARTUP: overview indent
#+TODO: TODO PÅGÅR VÄNTAR | KLAR STRUKEN
#+FILETAGS: :matbruket:
#+OPTIONS: toc:nil ^:{}
# Senast ändrad: [2027-08-16 mån 16:42]

* Projektfakta
:PROPERTIES:
:Projektägare: Hässleholms kommun
:Projektledare: Sofia Nyqvist (från 2027-06-14)
:Tidigare_projektledare: Annika Lövgren (t.o.m. 2027-06-11)
:Projektperiod: 2027-04-01--2029-12-31
:Dnr_Region_Skåne: RS 2026/04417
:Tillväxtverket_ärende: 20365512
:Lokal: Sockerbruksvägen 4, Broby
:END:

Överlämning från Annika 2027-06-11, se [[file:overlamning_2027-06-11.docx][överlämningsdokumentet]].
Beslutet från RUN finns i [[file:RUN_2027-02-25_protokollsutdrag_Matbruket_Nordost.docx][protokollsutdraget]].

* Beslutslogg
#+NAME: beslutslogg
| Datum      | Forum                        | Beslut                                                        |
|------------+------------------------------+---------------------------------------------------------------|
| 2027-02-25 | Regionala utvecklingsnämnden | Regional medfinansiering beviljad, § 17                       |
| 2027-06-21 | Tillväxtverket               | Ändringsansökan (flytt till Broby, reviderad budget) godkänd  |
| 2027-06-30 | Styrgruppen                  | Osby utträder; kylbil stryks; Matlyftet görs om               |
| 2027-07-05 | Projektledaren (delegation)  | Invigningen flyttas en vecka, se [[*Invigning][Invigning]] |

* Styrgruppsmöte 2027-06-30                                       :styrgrupp:
** Beslut
1. Osby kommun utträder ur projektet fr.o.m. 2027-07-01. Hässleholms kommun
   tar över Osbys andel av medfinansieringen (175 000 kr).[fn:1]
2. Leasing av kylbil stryks, se [[*Leasing av kylbil för samlastning]].
3. Matlyftet görs om till sex träffar och två studiebesök.
** Kommunernas medfinansiering efter beslutet
| Kommun       | Medfinansiering (kr) | Kommentar                 |
|--------------+----------------------+---------------------------|
| Hässleholm   |              775 000 | inkl. Osbys andel 175 000 |
| Kristianstad |              500 000 |                           |
| Östra Göinge |              580 000 | höjt i ändringsansökan    |
| Osby         |                    0 | utträtt 2027-07-01        |
| Bromölla     |              120 000 |                           |
|--------------+----------------------+---------------------------|
| Summa        |            1 975 000 |                           |
#+TBLFM: @>$2=vsum(@I..@II)

* Att göra [2/5]
** KLAR Ändringsansökan till Tillväxtverket
CLOSED: [2027-06-22 tis 11:05]
:LOGBOOK:
- State "KLAR"       from "VÄNTAR"     [2027-06-22 tis 11:05] \\
  Beslut från Tillväxtverket 2027-06-21, diariefört.
- State "VÄNTAR"     from "TODO"       [2027-05-10 mån 15:30] \\
  Skickad av Annika.
:END:
** STRUKEN Leasing av kylbil för samlastning
CLOSED: [2027-06-30 ons 14:10]
:LOGBOOK:
- State "STRUKEN"    from "TODO"       [2027-06-30 ons 14:10] \\
  Styrgruppen 2027-06-30: avslag på leasing. Medlen förs om inom
  budgeten till samlastning via befintliga transportörer. Totalbudgeten
  påverkas inte.
:END:
** PÅGÅR [#A] Ombyggnad Broby (kök, kylrum, förpackningsrum)
DEADLINE: <2027-09-03 fre>
:LOGBOOK:
- New deadline from "<2027-08-20 fre>" on [2027-07-05 mån 09:12] \\
  Kylrummet levereras v. 34 i stället för v. 31 (besked från leverantören).
CLOCK: [2027-08-16 mån 08:30]--[2027-08-16 mån 10:00] =>  1:30
CLOCK: [2027-08-09 mån 13:00]--[2027-08-09 mån 14:15] =>  1:15
:END:
- [X] Anmälan om ändrad användning inlämnad
- [X] Fettavskiljare installerad
- [ ] Kylrum monterat
- [ ] Slutbesiktning och registrering hos miljöförvaltningen
** TODO Invigning
SCHEDULED: <2027-09-13 mån 13:00-16:00>
:LOGBOOK:
- Rescheduled from "<2027-09-06 mån 13:00-16:00>" on [2027-07-05 mån 09:20] \\
  Följer av kylrumsförseningen. Styrgruppen informerad per mejl.
:END:
Inbjudan: Hanna Sjöberg (kommunikatör). Korr 3 till tryck v. 33.
** TODO Matlyftet – upphandla coacher
DEADLINE: <2027-09-30 tor>
** TODO Nyttjandeavtal och bokningsregler klara
DEADLINE: <2027-09-10 fre>

* Arkiv                                                             :ARCHIVE:
** TODO Invigning (gammal plan)
SCHEDULED: <2027-08-16 mån>
:PROPERTIES:
:ARCHIVE_TIME: 2027-06-14 mån 10:02
:ARCHIVE_FILE: ~/org/matbruket.org
:ARCHIVE_OLPATH: Att göra
:ARCHIVE_TODO: TODO
:END:
Enligt förstudien: öppning 16 augusti i Tyringe, Järnvägsgatan 12.

* COMMENT Utkast mejl till styrgruppen (skickas ej)
Hej! Förslag: vi behåller invigningen 6 september och öppnar utan kylrum
första veckan. /Sofia

#+BEGIN_COMMENT
Gamla kontaktuppgifter (förstudien): Annika Lövgren, 0451-26 83 12,
annika.lovgren@matbruketnordost.se
#+END_COMMENT

* Fotnoter
[fn:1] Enligt bilaga 2 till samverkansavtalet. Osbys redan inbetalda
45 000 kr för 2027 återbetalas inte.
"""


# ---------------------------------------------------------------------------
# 5. Invitation, A5, exported "for print" with bleed and slug: MediaBox covers
#    the pasteboard; CropBox/TrimBox are the A5 page. The slug (outside the
#    crop box, invisible in viewers) still holds the korr-2 texts.
# ---------------------------------------------------------------------------
def make_inbjudan(path):
    trim_w, trim_h = 148 * mm, 210 * mm
    bleed = 3 * mm
    side, top, bottom = 14 * mm, 14 * mm, 30 * mm
    MW, MH = trim_w + 2 * side, trim_h + top + bottom
    ox, oy = side, bottom            # trim origin
    c = canvas.Canvas(path, pagesize=(MW, MH), invariant=1)
    c.setTitle("Inbjudan invigning Matbruket Nordost")
    c.setAuthor("Hanna Sjöberg")
    c.setCreator("Adobe InDesign 19.4 (Windows)")
    c.setProducer("Adobe PDF Library 17.0")
    c.setSubject("Matbruket_inbjudan_A5_korr3.indd")
    c.setCropBox((ox, oy, ox + trim_w, oy + trim_h))
    c.setTrimBox((ox, oy, ox + trim_w, oy + trim_h))
    c.setBleedBox((ox - bleed, oy - bleed, ox + trim_w + bleed, oy + trim_h + bleed))

    green = colors.HexColor("#2e6b3a")
    cream = colors.HexColor("#f6f1e4")
    # background with bleed
    c.setFillColor(cream)
    c.rect(ox - bleed, oy - bleed, trim_w + 2 * bleed, trim_h + 2 * bleed, stroke=0, fill=1)
    # top band with bleed
    c.setFillColor(green)
    c.rect(ox - bleed, oy + trim_h - 52 * mm, trim_w + 2 * bleed, 52 * mm + bleed, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 10)
    c.drawString(ox + 12 * mm, oy + trim_h - 16 * mm, "INBJUDAN")
    c.setFont("Helvetica-Bold", 25)
    c.drawString(ox + 12 * mm, oy + trim_h - 28 * mm, "Matbruket Nordost")
    c.setFont("Helvetica", 11)
    c.drawString(ox + 12 * mm, oy + trim_h - 36 * mm, "Delat produktionskök för småskaliga")
    c.drawString(ox + 12 * mm, oy + trim_h - 41 * mm, "livsmedelsproducenter i nordöstra Skåne")
    # date badge
    bx, by = ox + trim_w - 27 * mm, oy + trim_h - 50 * mm
    c.setFillColor(colors.HexColor("#e0a526"))
    c.circle(bx, by, 15 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#1f1f1f"))
    c.setFont("Helvetica-Bold", 26)
    c.drawCentredString(bx, by - 1 * mm, "13")
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(bx, by - 7 * mm, "SEPT")
    # body
    x = ox + 12 * mm
    y = oy + trim_h - 66 * mm
    c.setFillColor(colors.HexColor("#1f1f1f"))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(x, y, "Välkommen till invigningen!")
    y -= 8 * mm
    c.setFont("Helvetica", 9.5)
    for ln in simpleSplit("Nu öppnar Matbruket Nordost – det delade produktionsköket för småskaliga "
                          "livsmedelsproducenter i nordöstra Skåne. Kom och se lokalerna, träffa "
                          "producenterna och smaka på det som redan tillverkas här.",
                          "Helvetica", 9.5, trim_w - 24 * mm - 6 * mm):
        c.drawString(x, y, ln)
        y -= 4.6 * mm
    y -= 3 * mm
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x, y, "När:")
    c.setFont("Helvetica", 10)
    c.drawString(x + 13 * mm, y, "måndag 13 september 2027 kl. 13.00–16.00")
    y -= 5.5 * mm
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x, y, "Var:")
    c.setFont("Helvetica", 10)
    c.drawString(x + 13 * mm, y, "Matbruket Nordost, Sockerbruksvägen 4, Broby")
    y -= 9 * mm
    c.setFont("Helvetica-Bold", 10.5)
    c.setFillColor(green)
    c.drawString(x, y, "Program")
    c.setFillColor(colors.HexColor("#1f1f1f"))
    y -= 5.5 * mm
    prog = [("13.00", "Välkommen – kommunstyrelsens ordförande i Östra Göinge"),
            ("13.20", "Så fungerar Matbruket – Sofia Nyqvist, projektledare"),
            ("13.45", "Visning av produktionskök, bageri och kylrum i grupper"),
            ("14.30", "Smakprov och mingel med producenterna"),
            ("15.30", "Matlyftet – information om höstens program"),
            ("16.00", "Avslutning")]
    c.setFont("Helvetica", 9.5)
    for t, txt in prog:
        c.drawString(x, y, t)
        c.drawString(x + 13 * mm, y, txt)
        y -= 4.8 * mm
    y -= 4 * mm
    c.setStrokeColor(green)
    c.setLineWidth(0.6)
    c.line(x, y + 2 * mm, ox + trim_w - 12 * mm, y + 2 * mm)
    y -= 3 * mm
    c.setFont("Helvetica", 9)
    for ln in simpleSplit("Anmälan (OSA) senast onsdag 1 september till Hanna Sjöberg, "
                          "hanna.sjoberg@matbruketnordost.se, 0451-26 83 55. Ange eventuell specialkost.",
                          "Helvetica", 9, trim_w - 24 * mm):
        c.drawString(x, y, ln)
        y -= 4.4 * mm
    y -= 1.5 * mm
    for ln in simpleSplit("Buss: Gemensam buss avgår från Kristianstad C kl. 12.15 och tillbaka kl. 16.15. "
                          "Anmäl behov av plats i bussen i samband med OSA.",
                          "Helvetica", 9, trim_w - 24 * mm):
        c.drawString(x, y, ln)
        y -= 4.4 * mm
    # footer band
    c.setFillColor(green)
    c.rect(ox - bleed, oy - bleed, trim_w + 2 * bleed, 17 * mm + bleed, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 7)
    c.drawCentredString(ox + trim_w / 2, oy + 10 * mm,
                        "Hässleholms kommun · Östra Göinge kommun · Kristianstads kommun · Bromölla kommun · Region Skåne")
    c.setFont("Helvetica-Bold", 7)
    c.drawCentredString(ox + trim_w / 2, oy + 5 * mm, "Medfinansieras av Europeiska unionen")

    # ---- printer's marks and slug (outside CropBox) ----
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.25)
    L = 6 * mm
    off = bleed + 1 * mm
    for (cx, cy) in ((ox, oy), (ox + trim_w, oy), (ox, oy + trim_h), (ox + trim_w, oy + trim_h)):
        sx = -1 if cx == ox else 1
        sy = -1 if cy == oy else 1
        c.line(cx + sx * off, cy, cx + sx * (off + L), cy)
        c.line(cx, cy + sy * off, cx, cy + sy * (off + L))
    # registration marks
    for (rx, ry) in ((ox + trim_w / 2, oy + trim_h + 8 * mm), (ox + trim_w / 2, oy - 8 * mm)):
        c.circle(rx, ry, 2 * mm, stroke=1, fill=0)
        c.line(rx - 3 * mm, ry, rx + 3 * mm, ry)
        c.line(rx, ry - 3 * mm, rx, ry + 3 * mm)
    # colour bar
    cx0 = ox + trim_w - 48 * mm
    for i, col in enumerate(((1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0), (0, 0, 0, 1), (0, 0, 0, 0.5))):
        c.setFillColor(colors.CMYKColor(*col))
        c.rect(cx0 + i * 6 * mm, oy + trim_h + 5 * mm, 5 * mm, 4 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 6.5)
    c.drawString(ox, oy - 12 * mm, "Matbruket_inbjudan_A5_korr3.indd   1   2027-08-20   09:41:17")
    c.drawString(ox, oy - 16 * mm, "KORRLOGG  Kund: Hässleholms kommun / Matbruket Nordost  Ordernr 27-1184  Upplaga 400 ex  4+0  150 g silk")
    c.drawString(ox, oy - 19.5 * mm, "Korr 2 (2027-07-01): Invigning måndag 6 september 2027 kl. 13.00–16.00 · OSA senast fredag 27 augusti")
    c.drawString(ox, oy - 23 * mm, "till Hanna Sjöberg · Buss från Hässleholm C kl. 12.20 · Logga Osby kommun med i sidfoten")
    c.drawString(ox, oy - 26.5 * mm, "Korr 3 (2027-08-20): ändringar enligt mejl från beställaren (SN).   Godkänt för tryck: ____________")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 6. MyST Markdown page (Jupyter Book / Sphinx). Key values only in the
#    front-matter substitutions; % comment lines hold old values.
# ---------------------------------------------------------------------------
MYST = """---
title: Matbruket Nordost – information till producenter
short_title: För producenter
date: 2027-09-27
authors:
  - name: Sofia Nyqvist
    affiliations: Hässleholms kommun
myst:
  substitutions:
    adress: "Sockerbruksvägen 4, 289 31 Broby"
    timpris_kok: "295 kr"
    timpris_bageri: "240 kr"
    fria_timmar: "20 timmar"
    omsattningsgrans: "20 miljoner kronor"
    traffar: "sex träffar och två studiebesök"
    sista_anmalan: "15 oktober 2027"
    projektledare: "Sofia Nyqvist"
    pl_telefon: "0451-26 83 40"
---

(producenter)=
# Matbruket Nordost – för producenter

% Sidan ersätter "Information inför öppningen" (juni 2027). Senast granskad 2027-09-27 /SN

:::{admonition} Nytt från 27 september
:class: tip
Matbruket Nordost har öppnat. Bokningssystemet är öppet för anslutna producenter,
se {ref}`bokning`.
:::

Matbruket Nordost är ett delat produktionskök för småskaliga livsmedelsproducenter
i nordöstra Skåne. Köket ligger på {{ adress }} och drivs som ett projekt med
Hässleholms kommun som projektägare, i samverkan med Kristianstads, Östra Göinge
och Bromölla kommuner och med stöd av Region Skåne och Europeiska regionala
utvecklingsfonden ({abbr}`ERUF (Europeiska regionala utvecklingsfonden)`).

(definition)=
## Vem kan hyra?

Med *småskalig livsmedelsproducent* avses ett företag med färre än 10 anställda
och en årsomsättning under {{ omsattningsgrans }}. Företaget ska vara registrerat
som livsmedelsföretagare hos sin hemkommun innan första bokningen.

% Gammal formulering (förstudien 2026): "färre än 10 anställda och en årsomsättning
% under 15 miljoner kronor". Ändra inte tillbaka – se versionsnoten nedan.

```{versionchanged} 2027-09-20
Omsättningsgränsen i definitionen har höjts efter beslut i styrgruppen 2027-09-15.
Äldre utskrifter av den här sidan gäller inte.
```

(bokning)=
## Priser och bokning

```{list-table} Timpriser 2027 (exklusive moms)
:header-rows: 1
:widths: 50 25 25
:name: tab-priser

* - Lokal
  - Pris per timme
  - Minsta bokning
* - Produktionskök (varmkök)
  - {{ timpris_kok }}
  - 2 timmar
* - Bageri- och konditorirum
  - {{ timpris_bageri }}
  - 2 timmar
* - Förpackningsrum med vakuumpackare
  - ingår vid bokning av kök
  - –
```

De första {{ fria_timmar }} under 2027 är kostnadsfria för anslutna producenter.
Bokning görs i bokningssystemet senast 48 timmar i förväg. Avbokning senare än
24 timmar före bokad tid debiteras fullt ut.

Köket har ett gemensamt egenkontrollprogram enligt
{abbr}`HACCP (Hazard Analysis and Critical Control Points)`. Varje producent går en
introduktion innan första bokningen.

% Förstudien föreslog 250 kr per timme. Nytt pris beslutat av styrgruppen 2027-06-30.

## Matlyftet

Matlyftet är projektets utvecklingsprogram för producenter och omfattar
{{ traffar }}: affärsutveckling, prissättning, märkning, egenkontroll och
försäljning till offentliga kök. Programmet är kostnadsfritt för anslutna producenter.

* Sista dag att anmäla sig: {{ sista_anmalan }}
* Antal platser: 16
* Datum för träffarna meddelas deltagarna efter anmälningstidens slut.

% Tidigare: åtta träffar under ett år (förstudien). Ändrat av styrgruppen 2027-06-30.

## Samlastning

Förstudiens förslag om en egen leasad kylbil genomförs inte. Projektet utreder i
stället samlastning via befintliga transportörer under hösten 2027.

````{dropdown} Måste jag vara ansluten för att hyra?
Ja. Anslutningen sker genom att du tecknar nyttjandeavtal och går introduktionen
i egenkontrollprogrammet. Se {ref}`definition` för vilka företag som kan anslutas.
````

````{dropdown} Kan jag sälja direkt från Matbruket?
Nej, lokalen är en produktionslokal. Försäljning sker genom dina egna kanaler.
````

## Kontakt

```{list-table}
:header-rows: 1
:widths: 40 60

* - Fråga
  - Kontakt
* - Bokning, avtal och Matlyftet
  - {{ projektledare }}, projektledare, {{ pl_telefon }}
* - Fakturor
  - Sofia Nygren, ekonom, Östra Göinge kommun
```
"""


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_forstudie(os.path.join(out, F1))
    make_protokoll(os.path.join(out, F2))
    make_andringsansokan(os.path.join(out, F3))
    with open(os.path.join(out, F4), "w", encoding="utf-8", newline="\n") as f:
        f.write(ORG)
    make_inbjudan(os.path.join(out, F5))
    with open(os.path.join(out, F6), "w", encoding="utf-8", newline="\n") as f:
        f.write(MYST)
    for fn in (F1, F2, F3, F4, F5, F6):
        print(fn, os.path.getsize(os.path.join(out, fn)))


if __name__ == "__main__":
    main()
