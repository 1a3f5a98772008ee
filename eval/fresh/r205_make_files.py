#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""r205 – testdokument för Hallands län: projektet "Lanthandelslyftet Halland".

Användning:  python r205_make_files.py OUT_DIR

Skapar sex dokument som uppdaterar varandra över tid (feb–nov 2027):
  1. Projektplan_Lanthandelslyftet_Halland_v1.0.pdf        (2027-02-08)
  2. Protokoll_styrgrupp_2027-03-18.docx                     (2027-03-18)
  3. lanthandelsnatverket-digest-vol2-nr5.txt                (2027-05-20)
  4. RUN_protokollsutdrag_2027-06-16_p87.pdf                 (2027-06-16)
  5. nyhetsbrev-3-september-2027.md                          (2027-09-15)
  6. Reviderad_projektplan_v2.0_2027-11-30.docx              (2027-11-30)

Helt deterministiskt: ingen klocka, ingen slump, fasta metadata och
fasta tidsstämplar i zip-arkiven.
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak)


INVARIANT_DATE = b"D:20000101000000+00'00'"


def fix_pdf_dates(path, created, modified):
    """Byt reportlabs invarianta datum (år 2000) mot fasta, realistiska datum.
    Samma längd, så xref-tabellens offset förblir giltiga."""
    with open(path, "rb") as f:
        data = f.read()
    for new in (created, modified):
        new = new.encode("ascii")
        assert len(new) == len(INVARIANT_DATE)
        data = data.replace(INVARIANT_DATE, new, 1)
    with open(path, "wb") as f:
        f.write(data)

# ---------------------------------------------------------------------------
# 1. Projektplan v1.0 (PDF) – löpande sidhuvud/sidfot + avstavning i
#    marginaljusterad text (även över sidbrytning)
# ---------------------------------------------------------------------------

D1_BLOCKS = [
    ("title", "Projektplan: Lanthandelslyftet Halland 2027–2028"),
    ("sub", "Version 1.0 – fastställd av styrgruppen 2027-02-08"),
    ("h", "1. Bakgrund"),
    ("p", "Lanthandeln är för många invånare på Hallands lands|bygd den enda "
          "fysiska servicen inom rimligt avstånd. Enligt Region Hallands "
          "service|analys 2026 har antalet daglig|varu|butiker på landsbygden i "
          "länet minskat med elva sedan 2018, och de kvar|varande butikerna har "
          "ofta svårt att finansiera de investeringar som krävs för att kunna "
          "erbjuda paket|utlämning, apoteks|ombud och kontant|uttag. Samtidigt "
          "ökar efter|frågan på just dessa tjänster när bank|kontor, post|kontor "
          "och apotek koncentreras till tätorterna längs E6 och i Halmstad."),
    ("p", "Lanthandelslyftet Halland är ett samverkans|projekt mellan Region "
          "Halland och kommunerna Hylte, Laholm, Fal|kenberg och Varberg, med "
          "med|finansiering från Tillväxt|verket. Projektet bygger vidare på "
          "erfarenheterna från de kommunala service|planerna och på den "
          "regionala utvecklings|strategins mål om en livskraftig landsbygd "
          "med god tillgång till kommersiell och offentlig service."),
    ("p", "Under förstudien 2026 intervjuades 23 butiks|ägare i de fyra "
          "kommunerna. De vanligaste hindren var kostnaden för kyl- och "
          "frys|möbler som krävs för apoteks|ombud, otydliga avtal med "
          "paket|operatörer och brist på tid för att utveckla nya tjänster vid "
          "sidan av den dagliga driften. Flera butiker uppgav också att de "
          "saknar kunskap om vilka offentliga stöd som finns och hur man "
          "söker dem."),
    ("p", "Projektet avgränsas till daglig|varu|butiker utanför tätorter med "
          "fler än 3 000 invånare. Butiker i Halmstads kommun omfattas inte i "
          "denna projekt|period, eftersom kommunen driver ett eget service|projekt "
          "med stöd från landsbygds|programmet. Stöd kan inte heller ges till "
          "drivmedels|stationer utan daglig|varu|sortiment eller till "
          "säsongs|öppna butiker som håller stängt mer än fyra månader per år."),
    ("h", "2. Syfte och mål"),
    ("p", "Syftet är att stärka lanthandlar som lokala service|punkter (LSP) så "
          "att de kan erbjuda fler grund|tjänster till invånare, företag och "
          "besökare i Hallands lands|bygder."),
    ("p", "En LSP, lokal service|punkt, är i projektet en daglig|varu|butik på "
          "landsbygden som erbjuder minst tre av följande fem grund|tjänster: "
          "paket|utlämning, apoteks|ombud, kontant|uttag, betal|service och "
          "turist|information."),
    ("p", "Projektmål: 12 butiker ska ha fått investerings|stöd och rådgivning "
          "senast vid projektets slut."),
    ("p", "Effektmål: minst 80 procent av de butiker som får stöd ska "
          "fortfarande vara i drift tre år efter projekt|tidens slut, och antalet "
          "grund|tjänster i de stödda butikerna ska i genomsnitt ha ökat med "
          "minst en jämfört med ansöknings|tillfället."),
    ("h", "3. Genomförande"),
    ("p", "Stödet lämnas som investerings|stöd på högst 120 000 kr per butik och "
          "täcker högst 50 procent av den stöd|berättigande kostnaden. "
          "Ansöknings|omgång 1 öppnar den 15 april 2027 och stänger den 31 maj "
          "2027. Ansökan görs via Region Hallands e-tjänst. En andra "
          "ansöknings|omgång planeras till våren 2028."),
    ("p", "Varje butik som beviljas stöd erbjuds dessutom fyra timmars "
          "rådgivning i tjänste|utveckling, skyltning och digitala kassa|system "
          "genom en upphandlad rådgivare. Rådgivningen finansieras inom "
          "projektet och belastar inte butikens egen|insats."),
    ("h", "4. Organisation"),
    ("p", "Projektägare är Region Halland, avdelningen Regional utveckling. "
          "Projektledare är Elin Sandgren. Styrgruppen består av en "
          "representant per deltagande kommun och leds av Tomas Rydberg, "
          "avdelnings|chef Regional utveckling. Styrgruppen sammanträder minst "
          "fyra gånger per år och fattar beslut om tidplan, stöd|nivåer och "
          "fördelning av stöd mellan butikerna."),
    ("h", "5. Tidplan"),
    ("p", "Projektperiod: 1 mars 2027 – 30 november 2028. Slutrapport lämnas i "
          "samband med projektets avslut den 30 november 2028. En "
          "slut|konferens för butiker, kommuner och finansiärer hålls i "
          "Falkenberg hösten 2028."),
    ("h", "6. Budget"),
    ("budget", [("Region Halland, regionala projektmedel", "2 400 000 kr"),
                ("Kommunerna (4 × 300 000 kr)", "1 200 000 kr"),
                ("Tillväxtverket", "1 200 000 kr"),
                ("Summa", "4 800 000 kr")]),
    ("p", "I budgeten ingår extern utvärdering med 250 000 kr. Butikernas "
          "egen|insats redovisas vid sidan av projekt|budgeten."),
    ("h", "7. Risker"),
    ("p", "Den största risken är att butiker som får stöd ändå tvingas stänga "
          "under projekt|tiden. Risken hanteras genom att rådgivningen även "
          "omfattar ekonomisk uppföljning och genom att stödet betalas ut i "
          "efter|skott mot kvitto. En annan risk är att e-tjänsten för "
          "ansökningar inte blir klar i tid; i så fall kan ansöknings|omgången "
          "behöva flyttas."),
    ("h", "8. Kommunikation"),
    ("p", "Projektet kommunicerar via Region Hallands webb|plats, ett "
          "nyhets|brev fyra gånger per år och e-post|listan Lanthandelsnätverket. "
          "Kommunernas närings|livs|funktioner sprider information till "
          "butikerna lokalt."),
]

D1_FONT, D1_BOLD = "Helvetica", "Helvetica-Bold"
D1_SIZE, D1_LEAD = 11.5, 15
D1_LEFT, D1_WIDTH = 34 * mm, A4[0] - 68 * mm
D1_TOP, D1_BOTTOM = A4[1] - 34 * mm, 26 * mm


def _d1_layout_para(text, font, size, width):
    """Girig radbrytning med avstavning vid markerade punkter (|)."""
    lines, cur = [], []
    words = text.split()
    i = 0
    while i < len(words):
        w = words[i]
        disp = w.replace("|", "")
        trial = " ".join(cur + [disp])
        if stringWidth(trial, font, size) <= width:
            cur.append(disp)
            i += 1
            continue
        parts = w.split("|")
        placed = False
        for k in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:k]) + "-"
            if stringWidth(" ".join(cur + [head]), font, size) <= width:
                cur.append(head)
                lines.append(cur)
                cur = []
                words[i] = "|".join(parts[k:])
                placed = True
                break
        if not placed:
            if not cur:
                cur.append(disp)
                i += 1
            lines.append(cur)
            cur = []
    if cur:
        lines.append(cur)
    out = []
    for n, ws in enumerate(lines):
        out.append((" ".join(ws), n < len(lines) - 1))
    return out


def _d1_items():
    items = []  # (kind, payload, height)
    for kind, val in D1_BLOCKS:
        if kind == "title":
            items.append(("title", val, 26))
        elif kind == "sub":
            items.append(("sub", val, 24))
        elif kind == "h":
            items.append(("h", val, 22))
        elif kind == "p":
            for txt, just in _d1_layout_para(val, D1_FONT, D1_SIZE, D1_WIDTH):
                items.append(("line", (txt, just), D1_LEAD))
            items.append(("gap", None, 6))
        elif kind == "budget":
            for lab, amt in val:
                items.append(("budget", (lab, amt), D1_LEAD))
            items.append(("gap", None, 6))
    return items


def _d1_paginate(items):
    pages, cur, y = [], [], D1_TOP
    for idx, it in enumerate(items):
        kind, _, h = it
        need = h
        if kind == "h":  # håll rubrik ihop med två rader
            need = h + 2 * D1_LEAD
        if y - need < D1_BOTTOM and cur:
            pages.append(cur)
            cur, y = [], D1_TOP
            if kind == "gap":
                continue
        cur.append(it)
        y -= h
    if cur:
        pages.append(cur)
    return pages


def make_d1(path):
    pages = _d1_paginate(_d1_items())
    total = len(pages)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Projektplan Lanthandelslyftet Halland v1.0")
    c.setAuthor("Elin Sandgren, Region Halland")
    c.setSubject("Projektplan 2027–2028, Dnr RUN 2027-0142")
    c.setCreator("Microsoft Word för Microsoft 365")
    c.setKeywords("Lanthandelslyftet, LSP, landsbygd, service")
    c.setProducer("Microsoft® Word för Microsoft 365")
    for pno, page in enumerate(pages, start=1):
        # löpande sidhuvud (ritas först i innehållsströmmen)
        c.setFont(D1_FONT, 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(D1_LEFT, A4[1] - 18 * mm,
                     "Lanthandelslyftet Halland – Projektplan")
        c.drawRightString(D1_LEFT + D1_WIDTH, A4[1] - 18 * mm,
                          "Version 1.0 · 2027-02-08")
        c.setStrokeColor(colors.HexColor("#999999"))
        c.line(D1_LEFT, A4[1] - 19.5 * mm, D1_LEFT + D1_WIDTH, A4[1] - 19.5 * mm)
        c.setFillColor(colors.black)
        y = D1_TOP
        for kind, val, h in page:
            if kind == "title":
                c.setFont(D1_BOLD, 17)
                c.drawString(D1_LEFT, y - 17, val)
            elif kind == "sub":
                c.setFont("Helvetica-Oblique", 10)
                c.drawString(D1_LEFT, y - 12, val)
            elif kind == "h":
                c.setFont(D1_BOLD, 12)
                c.drawString(D1_LEFT, y - 16, val)
            elif kind == "line":
                txt, just = val
                t = c.beginText(D1_LEFT, y - D1_SIZE)
                t.setFont(D1_FONT, D1_SIZE)
                spaces = txt.count(" ")
                if just and spaces:
                    extra = (D1_WIDTH - stringWidth(txt, D1_FONT, D1_SIZE)) / spaces
                    t.setWordSpace(extra)
                t.textOut(txt)
                c.drawText(t)
            elif kind == "budget":
                lab, amt = val
                bold = lab == "Summa"
                c.setFont(D1_BOLD if bold else D1_FONT, D1_SIZE)
                c.drawString(D1_LEFT + 10, y - D1_SIZE, lab)
                c.drawRightString(D1_LEFT + D1_WIDTH - 60, y - D1_SIZE, amt)
            y -= h
        # löpande sidfot (ritas sist)
        c.setFont(D1_FONT, 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.line(D1_LEFT, 19 * mm, D1_LEFT + D1_WIDTH, 19 * mm)
        c.drawString(D1_LEFT, 15 * mm,
                     "Region Halland · Regional utveckling · Dnr RUN 2027-0142")
        c.drawRightString(D1_LEFT + D1_WIDTH, 15 * mm, f"Sida {pno} av {total}")
        c.setFillColor(colors.black)
        c.showPage()
    c.save()
    fix_pdf_dates(path, "D:20270208101500+01'00'", "D:20270208103200+01'00'")


# ---------------------------------------------------------------------------
# Gemensamt för DOCX: handbyggd WordprocessingML, fasta zip-tidsstämplar
# ---------------------------------------------------------------------------

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'mc:Ignorable="w14 w15"')
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

STYLES_XML = XML_HEAD + f'''<w:styles {W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="200"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''

SECT_PR = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
           'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')


def _t(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def w_runs(segs):
    """segs: str | ('b', text) | ('i', text) | ('fn', id) | ('cs', id) |
    ('ce', id) – ce ger även kommentarreferens."""
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(f'<w:r>{_t(s)}</w:r>')
        elif s[0] == "b":
            out.append(f'<w:r><w:rPr><w:b/></w:rPr>{_t(s[1])}</w:r>')
        elif s[0] == "i":
            out.append(f'<w:r><w:rPr><w:i/></w:rPr>{_t(s[1])}</w:r>')
        elif s[0] == "fn":
            out.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                       f'<w:footnoteReference w:id="{s[1]}"/></w:r>')
        elif s[0] == "cs":
            out.append(f'<w:commentRangeStart w:id="{s[1]}"/>')
        elif s[0] == "ce":
            out.append(f'<w:commentRangeEnd w:id="{s[1]}"/>'
                       '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                       f'<w:commentReference w:id="{s[1]}"/></w:r>')
    return "".join(out)


def w_p(segs, style=None, jc=None):
    if isinstance(segs, str):
        segs = [segs]
    ppr = ""
    if style or jc:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{w_runs(segs)}</w:p>"


def w_table(rows, widths, header=True):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for r, row in enumerate(rows):
        tcs = []
        for cidx, cell in enumerate(row):
            segs = cell if isinstance(cell, list) else [cell]
            if header and r == 0:
                segs = [("b", s) if isinstance(s, str) else s for s in segs]
            tcs.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[cidx]}" w:type="dxa"/></w:tcPr>'
                       f'{w_p(segs)}</w:tc>')
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if header and r == 0 else ""
        trs.append(f"<w:tr>{trpr}{''.join(tcs)}</w:tr>")
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')


def write_docx(path, body_xml, core, extra_parts, extra_rels, extra_ct, zdate,
               settings_extra=""):
    document = (XML_HEAD + f'<w:document {W_NS}><w:body>{body_xml}{SECT_PR}'
                '</w:body></w:document>')
    settings = (XML_HEAD + f'<w:settings {W_NS}><w:zoom w:percent="100"/>'
                f'{settings_extra}<w:defaultTabStop w:val="1304"/>'
                '<w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '</w:settings>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          + extra_ct +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    doc_rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
                + extra_rels + '</Relationships>')
    core_xml = (XML_HEAD + '<cp:coreProperties '
                'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{escape(core["title"])}</dc:title>'
                f'<dc:creator>{escape(core["creator"])}</dc:creator>'
                f'<cp:lastModifiedBy>{escape(core["modified_by"])}</cp:lastModifiedBy>'
                f'<cp:revision>{core["revision"]}</cp:revision>'
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{core["created"]}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{core["modified"]}</dcterms:modified>'
                '</cp:coreProperties>')
    app_xml = (XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               '<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application>'
               f'<Company>Region Halland</Company><AppVersion>16.0000</AppVersion></Properties>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels),
             ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
             ("word/styles.xml", STYLES_XML), ("word/settings.xml", settings)]
    parts += extra_parts
    parts += [("docProps/core.xml", core_xml), ("docProps/app.xml", app_xml)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=zdate)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))


# ---------------------------------------------------------------------------
# 2. Styrgruppsprotokoll 2027-03-18 (DOCX) – besluten står i fotnoter
# ---------------------------------------------------------------------------

D2_FOOTNOTES = {
    1: "Tidigare beslutad tidplan i projektplanen version 1.0 (15 april–31 maj "
       "2027) upphör att gälla.",
    2: "Kungsbacka kommuns medfinansiering är 300 000 kr, samma belopp som "
       "övriga deltagande kommuner. Kommunstyrelsen i Kungsbacka väntas fatta "
       "beslut den 12 april 2027.",
    3: "Förslaget innebär att maxbeloppet höjs från 120 000 kr till 150 000 kr "
       "per butik och att målet för antalet butiker som får stöd i omgång 1 "
       "sätts till 10 (projektplanen: 12 butiker), så att ramen för "
       "investeringsstöd hålls.",
    4: "Mötet hålls även via Teams; länk skickas ut av projektledaren.",
}


def make_d2(path):
    b = []
    b.append(w_p("Protokoll – styrgruppen för Lanthandelslyftet Halland", "Title"))
    b.append(w_p([("b", "Datum: "), "torsdag 18 mars 2027, kl. 13.00–15.30"]))
    b.append(w_p([("b", "Plats: "), "Regionens hus, Halmstad, sammanträdesrum Nissan"]))
    b.append(w_p([("b", "Närvarande: "),
                  "Tomas Rydberg, Region Halland (ordförande); Karin Åberg, Hylte "
                  "kommun; Ola Persson, Laholms kommun; Sofia Nilsson, Falkenbergs "
                  "kommun; Anders Holm, Varbergs kommun; Elin Sandgren, "
                  "projektledare (sekreterare)"]))
    b.append(w_p([("b", "Adjungerad: "), "Lena Strand, Kungsbacka kommun (§ 5)"]))
    b.append(w_p("Dnr RUN 2027-0142"))

    b.append(w_p("§ 1 Mötets öppnande", "Heading1"))
    b.append(w_p("Ordföranden hälsade välkommen och öppnade mötet. Dagordningen godkändes."))
    b.append(w_p("§ 2 Val av justerare", "Heading1"))
    b.append(w_p("Karin Åberg valdes att jämte ordföranden justera protokollet."))
    b.append(w_p("§ 3 Lägesrapport", "Heading1"))
    b.append(w_p("Projektledaren redogjorde för läget. Rådgivningen är upphandlad, "
                 "informationsbroschyren är tryckt och dialogmöten med butiksägare "
                 "har hållits i Kinnared, Våxtorp och Kungsäter. Styrgruppen lade "
                 "lägesrapporten till handlingarna."))
    b.append(w_p("§ 4 Ny tidplan för ansökningsomgång 1", "Heading1"))
    b.append(w_p("Region Hallands e-tjänst för ansökningar kan enligt IT-avdelningen "
                 "inte driftsättas före den 26 april 2027, eftersom integrationen mot "
                 "diariet inte är klar. Projektplanens datum för ansökningsomgång 1 "
                 "kan därför inte hållas."))
    b.append(w_p([("b", "Beslut: "),
                  "Styrgruppen beslutar att ansökningsomgång 1 öppnar den 6 maj 2027 "
                  "och stänger den 7 juni 2027.", ("fn", 1)]))
    b.append(w_p("§ 5 Kungsbacka kommun ansluter", "Heading1"))
    b.append(w_p("Kungsbacka kommun har anmält intresse av att delta i projektet med "
                 "butiker i de östra kommundelarna. Lena Strand presenterade "
                 "kommunens underlag."))
    b.append(w_p([("b", "Beslut: "),
                  "Styrgruppen beslutar att välkomna Kungsbacka kommun som femte "
                  "deltagande kommun, under förutsättning av kommunstyrelsens beslut "
                  "om medfinansiering.", ("fn", 2),
                  " Lena Strand ingår i styrgruppen från och med nästa möte."]))
    b.append(w_p("§ 6 Stödnivå per butik", "Heading1"))
    b.append(w_p("Flera butiker har vid dialogmötena påpekat att kostnaden för kyl- "
                 "och frysmöbler som krävs för apoteksombud överstiger nuvarande "
                 "maxbelopp. Projektledaren har tagit fram ett förslag som håller "
                 "projektets ram."))
    b.append(w_p([("b", "Beslut: "),
                  "Styrgruppen beslutar att ändra maxbeloppet per butik och målet för "
                  "antalet butiker i enlighet med projektledarens förslag.", ("fn", 3),
                  " Stödandelen, högst 50 procent av den stödberättigande kostnaden, "
                  "är oförändrad."]))
    b.append(w_p("§ 7 Nästa möte", "Heading1"))
    b.append(w_p(["Nästa möte hålls torsdag 10 juni 2027 kl. 13.00 i Hylte "
                  "kommunhus, Hyltebruk.", ("fn", 4)]))
    b.append(w_p("§ 8 Mötets avslutande", "Heading1"))
    b.append(w_p("Ordföranden tackade för visat intresse och avslutade mötet."))
    b.append(w_p(""))
    b.append(w_p("Vid protokollet: Elin Sandgren"))
    b.append(w_p("Justeras: Tomas Rydberg, ordförande          Karin Åberg, justerare"))

    fn_parts = [('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing '
                 'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/>'
                 '</w:r></w:p></w:footnote>'),
                ('<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
                 '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r>'
                 '<w:continuationSeparator/></w:r></w:p></w:footnote>')]
    for fid in sorted(D2_FOOTNOTES):
        fn_parts.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r>{_t(" " + D2_FOOTNOTES[fid])}</w:r></w:p></w:footnote>')
    footnotes = XML_HEAD + f'<w:footnotes {W_NS}>' + "".join(fn_parts) + '</w:footnotes>'
    write_docx(
        path, "".join(b),
        core=dict(title="Protokoll styrgruppen Lanthandelslyftet 2027-03-18",
                  creator="Elin Sandgren", modified_by="Tomas Rydberg", revision=4,
                  created="2027-03-18T15:42:00Z", modified="2027-03-22T08:15:00Z"),
        extra_parts=[("word/footnotes.xml", footnotes)],
        extra_rels='<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>',
        extra_ct='<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>',
        zdate=(2027, 3, 22, 9, 15, 0),
        settings_extra='<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')


# ---------------------------------------------------------------------------
# 3. Mailman-digest (TXT) – citerade äldre meddelanden, gammal ämnesrad
# ---------------------------------------------------------------------------

D3_TEXT = """\
Send Lanthandelsnatverket mailing list submissions to
	lanthandelsnatverket@lists.regionhalland.example

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.regionhalland.example/mailman/listinfo/lanthandelsnatverket
or, via email, send a message with subject or body 'help' to
	lanthandelsnatverket-request@lists.regionhalland.example

You can reach the person managing the list at
	lanthandelsnatverket-owner@lists.regionhalland.example

When replying, please edit your Subject line so it is more specific
than "Re: Contents of Lanthandelsnatverket digest..."


Today's Topics:

   1. Ans=?utf-8?q?=C3=B6?=kan =?utf-8?q?=C3=B6?=ppen - sista dag 7 juni
      (Elin Sandgren)
   2. Re: Ansökan öppen - sista dag 7 juni (Karin Johansson)
   3. Digitalt informationsmöte tisdag 25 maj (Elin Sandgren)
   4. Re: Ansökan öppen - sista dag 7 juni (Elin Sandgren)


----------------------------------------------------------------------

Message: 1
Date: Thu, 6 May 2027 08:02:11 +0200
From: Elin Sandgren <elin.sandgren@regionhalland.example>
To: lanthandelsnatverket@lists.regionhalland.example
Subject: [Lanthandel] Ansökan öppen - sista dag 7 juni
Message-ID: <20270506080211.4417@regionhalland.example>
Content-Type: text/plain; charset="utf-8"

Hej alla i Lanthandelsnätverket!

Nu är ansökningsomgång 1 i Lanthandelslyftet Halland öppen. Sista dag
att söka är måndag 7 juni 2027. Ansökan görs i Region Hallands
e-tjänst, länk finns på projektets webbsida.

Ni som var med på dialogmötena i våras: tänk på att ta med offerter på
de investeringar ni söker för, t.ex. kyl- och frysmöbler, paketskåp
eller uttagsautomat.

Vänliga hälsningar
Elin Sandgren
Projektledare, Lanthandelslyftet Halland
Region Halland, Regional utveckling


------------------------------

Message: 2
Date: Fri, 7 May 2027 21:47:30 +0200
From: Karin Johansson <kinnareds.lanthandel@mail.example>
To: lanthandelsnatverket@lists.regionhalland.example
Subject: Re: [Lanthandel] Ansökan öppen - sista dag 7 juni
Message-ID: <CAK4d9e0f1.9981@mail.example>
In-Reply-To: <20270506080211.4417@regionhalland.example>
Content-Type: text/plain; charset="utf-8"

Hej Elin

Räknas begagnade kylmöbler? Vi har hittat en bra frysdisk från en butik
i Gislaved som lägger ner. Och måste allt vara betalt innan vi söker?

Mvh Karin, Kinnareds Lanthandel

> Den 6 maj 2027 08:02 skrev Elin Sandgren:
> Nu är ansökningsomgång 1 i Lanthandelslyftet Halland öppen. Sista dag
> att söka är måndag 7 juni 2027. Ansökan görs i Region Hallands
> e-tjänst, länk finns på projektets webbsida.


------------------------------

Message: 3
Date: Mon, 10 May 2027 13:15:02 +0200
From: Elin Sandgren <elin.sandgren@regionhalland.example>
To: lanthandelsnatverket@lists.regionhalland.example
Subject: [Lanthandel] Digitalt informationsmöte tisdag 25 maj
Message-ID: <20270510131502.5120@regionhalland.example>
Content-Type: text/plain; charset="utf-8"

Hej!

Välkomna till ett digitalt informationsmöte om ansökan tisdag 25 maj
kl. 18.30-19.30 i Teams. Vi går igenom e-tjänsten steg för steg och
svarar på frågor. Ingen föranmälan, länken skickas ut samma dag.

/Elin


------------------------------

Message: 4
Date: Wed, 19 May 2027 16:20:45 +0200
From: Elin Sandgren <elin.sandgren@regionhalland.example>
To: lanthandelsnatverket@lists.regionhalland.example
Subject: Re: [Lanthandel] Ansökan öppen - sista dag 7 juni
Message-ID: <20270519162045.6031@regionhalland.example>
In-Reply-To: <CAK4d9e0f1.9981@mail.example>
Content-Type: text/plain; charset="utf-8"

Hej Karin och alla andra,

Först en RÄTTELSE till mitt mejl den 6 maj: sista ansökningsdag i
omgång 1 är förlängd till måndag 14 juni 2027. Anledningen är att
e-tjänsten låg nere 12-14 maj och att flera butiker inte kunde logga
in. Förlängningen är beslutad av styrgruppens ordförande Tomas
Rydberg. Ämnesraden i den här tråden säger fortfarande 7 juni - bortse
från den. Ansökningar som redan skickats in behöver inte kompletteras.
Hittills har sju ansökningar kommit in.

Karin: begagnade kylmöbler räknas om ni har ett kvitto och en
besiktning från kyltekniker. Stödet betalas ut i efterskott, så ni
behöver inte ha betalat något när ni söker.

/Elin

> Den 7 maj 2027 21:47 skrev Karin Johansson:
> Räknas begagnade kylmöbler? Vi har hittat en bra frysdisk från en butik
> i Gislaved som lägger ner. Och måste allt vara betalt innan vi söker?
>
>> Den 6 maj 2027 08:02 skrev Elin Sandgren:
>> Nu är ansökningsomgång 1 i Lanthandelslyftet Halland öppen. Sista dag
>> att söka är måndag 7 juni 2027. Ansökan görs i Region Hallands
>> e-tjänst, länk finns på projektets webbsida.


------------------------------

Subject: Digest Footer

_______________________________________________
Lanthandelsnatverket mailing list
lanthandelsnatverket@lists.regionhalland.example
https://lists.regionhalland.example/mailman/listinfo/lanthandelsnatverket


------------------------------

End of Lanthandelsnatverket Digest, Vol 2, Issue 5
**************************************************
"""


def make_d3(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(D3_TEXT)


# ---------------------------------------------------------------------------
# 4. Protokollsutdrag RUN 2027-06-16 § 87 (PDF) – finansieringstabell med
#    radbrutna celler (gammalt/nytt belopp i smala kolumner)
# ---------------------------------------------------------------------------

def make_d4(path):
    st_n = ParagraphStyle("n", fontName="Times-Roman", fontSize=11, leading=14.5,
                          spaceAfter=7)
    st_h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15,
                          spaceBefore=8, spaceAfter=5)
    st_big = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=14, leading=18,
                            spaceAfter=4)
    st_li = ParagraphStyle("li", parent=st_n, leftIndent=18, firstLineIndent=-14,
                           spaceAfter=3)
    st_c = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
    st_cb = ParagraphStyle("cb", parent=st_c, fontName="Helvetica-Bold")

    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica-Bold", 10)
        c.drawString(25 * mm, A4[1] - 15 * mm, "Region Halland")
        c.setFont("Helvetica", 8.5)
        c.drawString(25 * mm, A4[1] - 19.5 * mm, "Regionala utvecklingsnämnden")
        c.drawRightString(A4[0] - 25 * mm, A4[1] - 15 * mm, "PROTOKOLLSUTDRAG")
        c.drawRightString(A4[0] - 25 * mm, A4[1] - 19.5 * mm,
                          "Sammanträdesdatum 2027-06-16")
        c.line(25 * mm, A4[1] - 21.5 * mm, A4[0] - 25 * mm, A4[1] - 21.5 * mm)
        c.drawString(25 * mm, 14 * mm, "Justerandes signatur: ______   ______")
        c.drawCentredString(A4[0] / 2, 14 * mm, "Utdragsbestyrkande: ______")
        c.drawRightString(A4[0] - 25 * mm, 14 * mm, f"{doc.page} (2)")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=30 * mm, bottomMargin=25 * mm,
                            title="Protokollsutdrag RUN 2027-06-16 § 87",
                            author="Regionala utvecklingsnämnden, Region Halland",
                            subject="Finansiering av projektet Lanthandelslyftet Halland",
                            creator="Platina ärendehantering – PDF-export",
                            producer="Platina PDF Renderer 6.4",
                            invariant=1)
    s = []
    s.append(Paragraph("§ 87 Finansiering av projektet Lanthandelslyftet Halland", st_big))
    s.append(Paragraph("Diarienummer RUN 2027-0142", st_n))
    s.append(Paragraph("Beslut", st_h))
    s.append(Paragraph("Regionala utvecklingsnämnden beslutar att", st_n))
    for n, t in enumerate([
        "bevilja projektet Lanthandelslyftet Halland medfinansiering om "
        "2 150 000 kr ur anslaget för regionala projektmedel,",
        "fastställa projekttiden till 1 mars 2027–31 december 2028,",
        "utbetalning sker halvårsvis i efterskott mot lägesrapport och "
        "ekonomisk redovisning,",
        "paragrafen förklaras omedelbart justerad."], start=1):
        s.append(Paragraph(f"{n}.&nbsp;&nbsp;{escape(t)}", st_li))
    s.append(Paragraph("Sammanfattning av ärendet", st_h))
    s.append(Paragraph(
        "Region Halland, avdelningen Regional utveckling, har ansökt om 2 400 000 kr "
        "i regionala projektmedel för projektet Lanthandelslyftet Halland enligt "
        "projektplan version 1.0 daterad 2027-02-08. Projektet ska stärka "
        "lanthandlar som lokala servicepunkter (LSP) genom investeringsstöd och "
        "rådgivning.", st_n))
    s.append(Paragraph(
        "Efter styrgruppens beslut 2027-03-18 deltar fem kommuner i projektet. "
        "Kommunernas medfinansiering uppgår till 1 500 000 kr, 300 000 kr från var "
        "och en av kommunerna Hylte, Laholm, Falkenberg, Varberg och Kungsbacka. "
        "Tillväxtverket medfinansierar projektet med 1 200 000 kr. Projektets totala "
        "budget blir därmed 4 850 000 kr (ansökan: 4 800 000 kr), se bilaga 1.", st_n))
    s.append(Paragraph("Skäl för beslutet", st_h))
    s.append(Paragraph(
        "Nämnden bedömer att projektet ligger väl i linje med den regionala "
        "utvecklingsstrategin och det regionala serviceprogrammet. Nämnden "
        "beviljar 2 150 000 kr i stället för ansökta 2 400 000 kr. Skillnaden, "
        "250 000 kr, avser extern utvärdering, som i stället ska upphandlas och "
        "finansieras samlat inom Region Hallands gemensamma utvärdering av "
        "regionala serviceinsatser 2027–2029. Projekttiden förlängs med en månad, "
        "till 31 december 2028, så att slutkonferens och slutredovisning av "
        "investeringarna ryms inom projekttiden.", st_n))
    s.append(Paragraph("Beslutet skickas till", st_h))
    s.append(Paragraph("Projektägaren (Regional utveckling), Tillväxtverket, Hylte "
                       "kommun, Laholms kommun, Falkenbergs kommun, Varbergs kommun, "
                       "Kungsbacka kommun, Ekonomiavdelningen.", st_n))
    s.append(Paragraph("Rätt utdraget intygar: Malin Ek, nämndsekreterare", st_n))
    s.append(PageBreak())
    s.append(Paragraph("Bilaga 1 till § 87 – Finansieringsplan", st_big))
    s.append(Paragraph("Belopp i kronor för hela projekttiden.", st_n))

    def P(t, bold=False):
        return Paragraph(escape(t), st_cb if bold else st_c)

    rows = [
        [P("Finansiär", True), P("Enligt ansökan 2027-02-08", True),
         P("Enligt beslut 2027-06-16", True), P("Kommentar", True)],
        [P("Region Halland, regionala projektmedel"), P("2 400 000 kr"),
         P("2 150 000 kr"),
         P("Extern utvärdering (250 000 kr) lyfts ur projektet, se Skäl för beslutet")],
        [P("Kommunerna"), P("1 200 000 kr (4 kommuner)"),
         P("1 500 000 kr (5 kommuner)"),
         P("Kungsbacka kommun tillkommer enligt styrgruppens beslut 2027-03-18 § 5 "
           "och KS-beslut 2027-04-12")],
        [P("Tillväxtverket"), P("1 200 000 kr"), P("1 200 000 kr"),
         P("Oförändrat, Tillväxtverkets beslut 2027-05-28")],
        [P("Summa", True), P("4 800 000 kr", True), P("4 850 000 kr", True), P("")],
    ]
    t = Table(rows, colWidths=[42 * mm, 22 * mm, 22 * mm, 74 * mm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(Paragraph("Utbetalning sker mot lägesrapport per den 30 juni och den 31 "
                       "december varje år.", st_n))
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)
    fix_pdf_dates(path, "D:20270617083000+02'00'", "D:20270617083000+02'00'")


# ---------------------------------------------------------------------------
# 5. Nyhetsbrev nr 3 (MD) – CMS-export: YAML, HTML-kommentarer,
#    genomstruken text, <details>, referenslänkar
# ---------------------------------------------------------------------------

D5_TEXT = """\
---
title: "Nyhetsbrev nr 3 – Lanthandelslyftet Halland"
date: 2027-09-15
author: "Elin Sandgren"
slug: nyhetsbrev-3-september-2027
categories: [landsbygd, service, lanthandelslyftet]
draft: false
---

<!-- Exporterad från Region Hallands webbpublicering (sidmall: nyhetsbrev-v2) 2027-09-15 09:41. Redigera inte manuellt, ändringar skrivs över vid nästa export. -->

# Nyhetsbrev nr 3 – september 2027

![Karin Johansson framför de nya frysdiskarna i Kinnared][bild1]

## Tio butiker har fått stöd

Efter första ansökningsomgången har **10 butiker** beviljats investeringsstöd ur
Lanthandelslyftet. Styrgruppen fattade beslut den 23 juni. Pengarna går bland
annat till frysdiskar för apoteksombud, paketskåp och nya kassasystem.

| Kommun     | Butik                  | Ort        |
|------------|------------------------|------------|
| Hylte      | Kinnareds Lanthandel   | Kinnared   |
| Hylte      | Torups Handelsbod      | Torup      |
| Laholm     | Våxtorps Handel        | Våxtorp    |
| Laholm     | Hishults Livs          | Hishult    |
| Falkenberg | Älvsereds Affär        | Älvsered   |
| Falkenberg | Fegens Lanthandel      | Fegen      |
| Varberg    | Rolfstorps Handel      | Rolfstorp  |
| Varberg    | Kungsäters Livs        | Kungsäter  |
| Kungsbacka | Fjärås Bygdebutik      | Fjärås     |
| Kungsbacka | Förlanda Lanthandel    | Förlanda   |

> **Rättelse:** I nyhetsbrev nr 2 (juni 2027) stod det att Halmstad ingår i
> projektet. Det stämmer inte. Lanthandelslyftet omfattar ~~sex~~ fem kommuner:
> Hylte, Laholm, Falkenberg, Varberg och Kungsbacka. ~~Halmstads kommun deltar
> från och med omgång 2.~~

## Omgång 2 öppnar i februari

<!-- OBS red.: preliminärt datum enligt Elin är 15 januari 2028. Ändra inte förrän styrgruppen har bekräftat! -->
Nästa ansökningsomgång öppnar **1 februari 2028**. Då kan upp till sex butiker
få stöd. [Läs mer om hur du ansöker][ansokan].

<details>
<summary>Vad är en LSP?</summary>

LSP står för **lokal servicepunkt**: en lanthandel som erbjuder minst tre av
fem grundtjänster – paketutlämning, apoteksombud, kontantuttag, betalservice och
turistinformation.

</details>

<details>
<summary>Vem kan söka?</summary>

Dagligvarubutiker på landsbygden i de deltagande kommunerna. Butiker som fick
stöd i omgång 1 kan inte söka igen.

</details>

## Spara datumet: slutkonferens 19 oktober 2028

Projektets slutkonferens hålls på Falkenbergs stadsbibliotek. Program och
anmälan kommer i nyhetsbrev nr 5.

<!-- bildtext saknas, fotograf: Region Halland/J. Berg -->

---

*Lanthandelslyftet Halland drivs av Region Halland tillsammans med
kommunerna och Tillväxtverket. Frågor: [Elin Sandgren][kontakt].*

[bild1]: https://www.regionhalland.example/bilder/lanthandel/kinnared-2027.jpg "Foto: Region Halland"
[ansokan]: https://www.regionhalland.example/lanthandelslyftet/ansok
[kontakt]: mailto:elin.sandgren@regionhalland.example
"""


def make_d5(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(D5_TEXT)


# ---------------------------------------------------------------------------
# 6. Reviderad projektplan v2.0 (DOCX) – kommentarstrådar med inaktuella
#    förslag förankrade i brödtexten
# ---------------------------------------------------------------------------

D6_COMMENTS = [
    # id, author, initials, date, text, parent
    (0, "Elin Sandgren", "ES", "2027-11-26T14:05:00Z",
     "I nyhetsbrev nr 3 skrev vi 1 februari 2028. Ska vi gå ut med en rättelse?", None),
    (1, "Jonas Wiberg", "JW", "2027-11-29T08:31:00Z",
     "Ja, rättelse i nyhetsbrev nr 4. 14 februari gäller enligt styrgruppen 23/11.", 0),
    (2, "Anders Holm", "AH", "2027-11-26T16:48:00Z",
     "Kan vi höja till 175 000 kr per butik i omgång 2? Priserna på kylmöbler har "
     "stigit sedan i våras.", None),
    (3, "Tomas Rydberg", "TR", "2027-11-29T10:02:00Z",
     "Tas upp på styrgruppsmötet i februari 2028. Inget beslut nu.", 2),
    (4, "Sofia Nilsson", "SN", "2027-11-27T09:12:00Z",
     "Vi hade preliminärbokat stadsbiblioteket i Falkenberg 19/10 – jag avbokar.", None),
    (5, "Jonas Wiberg", "JW", "2027-11-29T11:20:00Z",
     "Förslag: start kl. 09.30, avslut 15.00? Måste stämmas av med Campus.", None),
]


def make_d6(path):
    b = []
    b.append(w_p("Lanthandelslyftet Halland – reviderad projektplan", "Title"))
    b.append(w_p([("b", "Version 2.0 · 2027-11-30 · Dnr RUN 2027-0142")]))
    b.append(w_p([("i", "Ersätter projektplan version 1.0 daterad 2027-02-08.")]))

    b.append(w_p("1. Varför en reviderad plan", "Heading1"))
    b.append(w_p("Projektplanen version 1.0 har ändrats genom styrgruppens beslut "
                 "2027-03-18 och 2027-11-23 samt genom Regionala "
                 "utvecklingsnämndens beslut 2027-06-16 § 87. Denna version samlar "
                 "ändringarna. Där inget annat anges gäller version 1.0."))

    b.append(w_p("2. Organisation", "Heading1"))
    b.append(w_p("Projektägare är Region Halland, avdelningen Regional utveckling. "
                 "Elin Sandgren är föräldraledig från december 2027. Jonas Wiberg är "
                 "tillförordnad projektledare från och med 1 december 2027 och är "
                 "kontaktperson för butiker och kommuner under den tiden."))
    b.append(w_p("Styrgruppen leds av Tomas Rydberg. Kungsbacka kommun representeras "
                 "av Lena Strand sedan juni 2027."))

    b.append(w_p("3. Mål", "Heading1"))
    b.append(w_p("I omgång 1 har 10 butiker beviljats stöd. Målet för hela projektet "
                 "höjs från 12 till 16 butiker, genom att upp till 6 butiker kan "
                 "beviljas stöd i omgång 2. Effektmålen i version 1.0 gäller "
                 "oförändrade."))

    b.append(w_p("4. Ansökningsomgång 2", "Heading1"))
    b.append(w_p(["Styrgruppen beslutade 2027-11-23 att ansökningsomgång 2 öppnar den ",
                  ("cs", 0), ("cs", 1), "14 februari 2028", ("ce", 0), ("ce", 1),
                  " och stänger den 31 mars 2028. Beslut om stöd fattas av "
                  "styrgruppen senast 30 april 2028."]))
    b.append(w_p([("cs", 2), ("cs", 3),
                  "Stödnivåer enligt styrgruppens beslut 2027-03-18 § 6 gäller "
                  "oförändrade i omgång 2.", ("ce", 2), ("ce", 3),
                  " Butiker som fick stöd i omgång 1 kan inte söka igen."]))

    b.append(w_p("5. Slutkonferens och slutrapport", "Heading1"))
    b.append(w_p(["Slutkonferensen flyttas till den 26 oktober 2028 och hålls på ",
                  ("cs", 4), "Campus Varberg", ("ce", 4),
                  ", som rymmer fler deltagare och ligger nära Varbergs station. "
                  "Slutrapporten ska lämnas till Tillväxtverket senast 31 januari 2029."]))

    b.append(w_p("6. Reviderad tidplan", "Heading1"))
    rows = [
        ["Aktivitet", "Datum", "Ansvarig"],
        ["Ansökningsomgång 2 öppnar", "14 februari 2028", "Projektledaren"],
        ["Ansökningsomgång 2 stänger", "31 mars 2028", "Projektledaren"],
        ["Beslut om stöd, omgång 2", "senast 30 april 2028", "Styrgruppen"],
        [[("cs", 5), "Slutkonferens", ("ce", 5)], "26 oktober 2028, Campus Varberg",
         "Projektledaren"],
        ["Slutrapport till Tillväxtverket", "senast 31 januari 2029", "Projektägaren"],
    ]
    b.append(w_table(rows, [3600, 3200, 2272]))
    b.append(w_p(""))
    b.append(w_p("7. Budget", "Heading1"))
    b.append(w_p("Budgeten följer Regionala utvecklingsnämndens beslut 2027-06-16 § 87 "
                 "och är oförändrad."))

    # kommentarer
    cparts, cext = [], []
    for cid, author, ini, date, text, parent in D6_COMMENTS:
        pid = f"3C5A{cid:04X}"
        cparts.append(
            f'<w:comment w:id="{cid}" w:author="{escape(author)}" w:date="{date}" '
            f'w:initials="{ini}"><w:p w14:paraId="{pid}" w14:textId="77777777">'
            '<w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            f'<w:r>{_t(text)}</w:r></w:p></w:comment>')
        if parent is None:
            cext.append(f'<w15:commentEx w15:paraId="{pid}" w15:done="0"/>')
        else:
            cext.append(f'<w15:commentEx w15:paraId="{pid}" '
                        f'w15:paraIdParent="3C5A{parent:04X}" w15:done="0"/>')
    comments = XML_HEAD + f'<w:comments {W_NS}>' + "".join(cparts) + '</w:comments>'
    comments_ext = (XML_HEAD + f'<w15:commentsEx {W_NS}>' + "".join(cext)
                    + '</w15:commentsEx>')
    write_docx(
        path, "".join(b),
        core=dict(title="Reviderad projektplan Lanthandelslyftet Halland v2.0",
                  creator="Elin Sandgren", modified_by="Jonas Wiberg", revision=17,
                  created="2027-11-15T09:00:00Z", modified="2027-11-30T15:27:00Z"),
        extra_parts=[("word/comments.xml", comments),
                     ("word/commentsExtended.xml", comments_ext)],
        extra_rels=('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
                    '<Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>'),
        extra_ct=('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
                  '<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/>'),
        zdate=(2027, 11, 30, 15, 27, 0))


FILES = [
    ("Projektplan_Lanthandelslyftet_Halland_v1.0.pdf", make_d1),
    ("Protokoll_styrgrupp_2027-03-18.docx", make_d2),
    ("lanthandelsnatverket-digest-vol2-nr5.txt", make_d3),
    ("RUN_protokollsutdrag_2027-06-16_p87.pdf", make_d4),
    ("nyhetsbrev-3-september-2027.md", make_d5),
    ("Reviderad_projektplan_v2.0_2027-11-30.docx", make_d6),
]


def main():
    if len(sys.argv) != 2:
        sys.exit("användning: r205_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, fn in FILES:
        fn(os.path.join(out, name))
        print(os.path.join(out, name))


if __name__ == "__main__":
    main()
