#!/usr/bin/env python3
"""r156 – six documents from Region Jämtland Härjedalen / Arbetsförmedlingen Jämtland,
project "Helårsjobb Jämtland Härjedalen" (kombinationsanställningar för säsongsanställda).

    /work/main/.venv/bin/python r156_make_files.py      -> out/

1. Kallelse_styrgrupp_Helarsjobb_2027-02-10.pdf   AGENDA half of an agenda/minutes pair
2. Protokoll_styrgrupp_Helarsjobb_2027-02-10.docx MINUTES that change the agenda's facts,
                                                  Word ENDNOTES + DrawingML text box
3. Forstudie_Helarsjobb_JH_slutrapport_2026.pdf   report with TOC (dot leaders), PDF outline
                                                  (bookmarks) and page labels i, ii, 1, 2 …
4. Mejl_SV_Matchningsdag_Are_nytt_datum.pdf       Outlook-printed e-mail thread, newest first,
                                                  Norwegian plain-text reply with "> " quoting
5. Riktlinjer_kombinationscheck_v1.2.txt          Word "Spara som oformaterad text" export
6. Projekttavla_Helarsjobb.md                     Obsidian Kanban board (lanes, @{dates}, archive)
"""
import io
import os
import textwrap

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")

FONTS = {
    "Sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "Sans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "Sans-I": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "Sans-BI": "/usr/share/fonts/truetype/liberation/LiberationSans-BoldItalic.ttf",
    "Serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "Serif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "Serif-I": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "Serif-BI": "/usr/share/fonts/truetype/liberation/LiberationSerif-BoldItalic.ttf",
}
for n, p in FONTS.items():
    pdfmetrics.registerFont(TTFont(n, p))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I",
                              boldItalic="Sans-BI")
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I",
                              boldItalic="Serif-BI")

REGION_GREEN = colors.HexColor("#00594F")
LIGHT = colors.HexColor("#E6F0EE")


def fixed_pdf(doc):
    """Deterministic output: fixed creation date and ID."""
    doc.invariant = 1


# ---------------------------------------------------------------------------
# 1. Kallelse (agenda) PDF
# ---------------------------------------------------------------------------
def make_kallelse(path):
    st = {
        "n": ParagraphStyle("n", fontName="Sans", fontSize=10, leading=13),
        "s": ParagraphStyle("s", fontName="Sans", fontSize=9, leading=11.5),
        "si": ParagraphStyle("si", fontName="Sans-I", fontSize=9, leading=11.5,
                             textColor=colors.HexColor("#333333")),
        "h": ParagraphStyle("h", fontName="Sans-B", fontSize=15, leading=19, spaceAfter=2),
        "h2": ParagraphStyle("h2", fontName="Sans-B", fontSize=11, leading=14, spaceBefore=10,
                             spaceAfter=4),
        "th": ParagraphStyle("th", fontName="Sans-B", fontSize=9, leading=11,
                             textColor=colors.white),
    }

    def page(canv, doc):
        canv.saveState()
        w, h = A4
        # logo: three stylised mountain tops + name
        canv.setFillColor(REGION_GREEN)
        x0, y0 = 20 * mm, h - 27 * mm
        p = canv.beginPath()
        p.moveTo(x0, y0)
        p.lineTo(x0 + 6 * mm, y0 + 9 * mm)
        p.lineTo(x0 + 9 * mm, y0 + 5 * mm)
        p.lineTo(x0 + 12 * mm, y0 + 10 * mm)
        p.lineTo(x0 + 19 * mm, y0)
        p.close()
        canv.drawPath(p, fill=1, stroke=0)
        canv.setFont("Sans-B", 11)
        canv.drawString(x0 + 22 * mm, y0 + 5 * mm, "Region Jämtland Härjedalen")
        canv.setFont("Sans", 8.5)
        canv.drawString(x0 + 22 * mm, y0 + 1 * mm, "Regional utveckling – enheten för kompetensförsörjning")
        # reference block top right
        rx = w - 72 * mm
        canv.setFont("Sans-B", 12)
        canv.drawString(rx, h - 18 * mm, "KALLELSE")
        canv.setFont("Sans", 8.5)
        rows = [("Datum", "2027-01-27"), ("Dnr", "RUN/2026-0871"),
                ("Sida", "%d (2)" % doc.page)]
        for i, (k, v) in enumerate(rows):
            canv.drawString(rx, h - 24 * mm - i * 4.2 * mm, k)
            canv.drawString(rx + 16 * mm, h - 24 * mm - i * 4.2 * mm, v)
        canv.setStrokeColor(REGION_GREEN)
        canv.setLineWidth(1.2)
        canv.line(20 * mm, h - 40 * mm, w - 20 * mm, h - 40 * mm)
        # footer with postal address
        canv.setFont("Sans", 7.5)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(20 * mm, 12 * mm, "Region Jämtland Härjedalen  |  Box 654, 831 27 Östersund  |  "
                        "Besök: Kyrkgatan 12  |  Vx 063-14 75 00  |  region@regionjh.se")
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=46 * mm, bottomMargin=22 * mm,
                            title="Kallelse styrgrupp Helårsjobb 2027-02-10",
                            author="Emma Strand", subject="Kallelse och föredragningslista")
    fixed_pdf(doc)
    S = []
    S.append(Paragraph("Styrgruppen för Helårsjobb Jämtland Härjedalen", st["h"]))
    S.append(Paragraph("Kallelse till styrgruppsmöte", st["n"]))
    S.append(Spacer(1, 6))
    meta = [
        ["Tid", "Onsdagen den 10 februari 2027 kl. 09.00–12.00 (kaffe från kl. 08.45)"],
        ["Plats", "Regionens hus, Kyrkgatan 12, Östersund, sammanträdesrum Storsjön"],
        ["Till", "Styrgruppens ledamöter (se sidan 2)"],
        ["Kopia", "Projektgruppen, Helårsjobb Jämtland Härjedalen"],
    ]
    t = Table([[Paragraph("<b>%s</b>" % a, st["n"]), Paragraph(b, st["n"])] for a, b in meta],
              colWidths=[25 * mm, 145 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    S.append(t)
    S.append(Paragraph("Föredragningslista", st["h2"]))

    def cell(title, proposal=None):
        parts = [Paragraph(title, st["s"])]
        if proposal:
            parts.append(Paragraph("Förslag till beslut: " + proposal, st["si"]))
        return parts

    items = [
        ("1", "09.00", cell("Mötets öppnande"), "Per-Erik Hemmingsson", ""),
        ("2", "09.05", cell("Val av justerare"), "Per-Erik Hemmingsson", "B"),
        ("3", "09.05", cell("Fastställande av dagordning"), "Per-Erik Hemmingsson", "B"),
        ("4", "09.10", cell("Föregående protokoll (2027-01-13), bilaga 4"), "Per-Erik Hemmingsson", "I"),
        ("5", "09.15", cell("Lägesrapport januari 2027: avsiktsförklaringar, påbörjade "
                            "kombinationsanställningar och rekrytering av matchningskoordinator, bilaga 5"),
         "Sara Olofsson", "I"),
        ("6", "09.45", cell("Budget för kompetenshöjande insatser 2027, bilaga 6",
                            "Styrgruppen avsätter 450 000 kr för kompetenshöjande insatser (korta "
                            "utbildningar, certifikat och körkort) under 2027."),
         "Sara Olofsson", "B"),
        ("", "10.15", cell("<i>Paus</i>"), "", ""),
        ("7", "10.30", cell("Extern utvärderare för genomförandeprojektet, bilaga 7",
                            "Projektledaren får i uppdrag att upphandla extern utvärdering för "
                            "2027–2029 inom en ram om högst 600 000 kr. Upphandlingsunderlaget ska "
                            "vara klart senast 2027-03-15."),
         "Sara Olofsson", "B"),
        ("8", "11.00", cell("Matchningsdag i Åre torsdagen den 18 mars 2027, Hotell Fjällsippan"),
         "Sara Olofsson", "I"),
        ("9", "11.15", cell("Kommunikationsplan, utkast v0.2, bilaga 9"), "Hanna Wikström", "D"),
        ("10", "11.45", cell("Nästa möte",
                             "Nästa möte hålls onsdagen 2027-04-07 kl. 13.00–16.00 i Regionens hus, "
                             "Östersund."),
         "Per-Erik Hemmingsson", "B"),
        ("11", "11.55", cell("Övriga frågor och mötets avslutande"), "Per-Erik Hemmingsson", ""),
    ]
    head = [Paragraph(x, st["th"]) for x in ("Nr", "Tid", "Ärende", "Föredragande", "Typ")]
    data = [head] + [[Paragraph(a, st["s"]), Paragraph(b, st["s"]), c, Paragraph(d, st["s"]),
                      Paragraph(e, st["s"])] for a, b, c, d, e in items]
    t = Table(data, colWidths=[10 * mm, 14 * mm, 102 * mm, 34 * mm, 10 * mm], repeatRows=1)
    ts = [("BACKGROUND", (0, 0), (-1, 0), REGION_GREEN),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#9DB9B4")),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    ts.append(("BACKGROUND", (0, 7), (-1, 7), LIGHT))
    t.setStyle(TableStyle(ts))
    S.append(t)
    S.append(Spacer(1, 4))
    S.append(Paragraph("Typ: B = beslutsärende, I = informationsärende, D = diskussionsärende. "
                       "Bilagorna finns i projektets Teams-yta under Styrgrupp/2027-02-10.", st["si"]))
    S.append(Spacer(1, 8))
    S.append(Paragraph("<b>Förhinder</b>", st["n"]))
    S.append(Paragraph("Kan du inte delta ska du anmäla förhinder senast onsdagen den 3 februari till "
                       "styrgruppens sekreterare Emma Strand, emma.strand@regionjh.se, tfn 063-14 76 52. "
                       "Meddela samtidigt om en ersättare kommer i ditt ställe. Ersättare har rätt att "
                       "delta i beslut endast om ordinarie ledamot har anmält förhinder.", st["n"]))
    S.append(PageBreak())
    S.append(Paragraph("Ledamöter i styrgruppen", st["h2"]))
    mem = [
        ("Per-Erik Hemmingsson", "Region Jämtland Härjedalen, enhetschef kompetensförsörjning", "Ordförande"),
        ("Lena Grahn", "Arbetsförmedlingen Jämtland, sektionschef", "Vice ordförande"),
        ("Mattias Ljungqvist", "Åre kommun, arbetsmarknadsenheten", "Ledamot"),
        ("Lena Granberg", "Härjedalens kommun, näringslivschef", "Ledamot"),
        ("Annika Bäckström", "Bergs kommun, arbetsmarknad och integration", "Ledamot"),
        ("Jonas Mårtensson", "Åredalens företagarförening", "Ledamot"),
        ("Sara Olofsson", "Region Jämtland Härjedalen, projektledare", "Adjungerad"),
        ("Emma Strand", "Region Jämtland Härjedalen, handläggare", "Sekreterare"),
    ]
    data = [[Paragraph(x, st["th"]) for x in ("Namn", "Organisation och funktion", "Roll")]]
    data += [[Paragraph(a, st["s"]), Paragraph(b, st["s"]), Paragraph(c, st["s"])] for a, b, c in mem]
    t = Table(data, colWidths=[42 * mm, 98 * mm, 30 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), REGION_GREEN),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#9DB9B4")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(t)
    S.append(Paragraph("Bilagor", st["h2"]))
    for b in ["Bilaga 4 – Protokoll från styrgruppens möte 2027-01-13",
              "Bilaga 5 – Lägesrapport januari 2027",
              "Bilaga 6 – Underlag: kompetenshöjande insatser 2027 (behovsinventering)",
              "Bilaga 7 – Utkast till upphandlingsunderlag, extern utvärdering",
              "Bilaga 9 – Kommunikationsplan, utkast v0.2"]:
        S.append(Paragraph("– " + b, st["n"]))
    S.append(Spacer(1, 16))
    S.append(Paragraph("Välkomna!", st["n"]))
    S.append(Spacer(1, 10))
    sig = Table([[Paragraph("Per-Erik Hemmingsson<br/>Ordförande", st["n"]),
                  Paragraph("Emma Strand<br/>Sekreterare", st["n"])]], colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    S.append(sig)
    doc.build(S, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------------------
# 2. Protokoll (minutes) DOCX with endnotes and a DrawingML text box
# ---------------------------------------------------------------------------
def make_protokoll(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    cp = d.core_properties
    cp.title = "Protokoll styrgrupp Helårsjobb 2027-02-10"
    cp.author = "Emma Strand"
    cp.last_modified_by = "Emma Strand"
    import datetime as _dt
    cp.created = _dt.datetime(2027, 2, 11, 8, 30)
    cp.modified = _dt.datetime(2027, 2, 16, 10, 5)
    cp.revision = 4
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    # --- header with PAGE / NUMPAGES fields
    hp = sec.header.paragraphs[0]
    hp.text = ""

    def fld(par, instr):
        r = par.add_run()
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
        r2 = par.add_run()
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
        r2._r.append(it)
        r3 = par.add_run()
        s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
        par.add_run("1")
        r5 = par.add_run()
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)

    run = hp.add_run("Region Jämtland Härjedalen\tPROTOKOLL\tSida ")
    run.font.size = Pt(9)
    fld(hp, "PAGE")
    hp.add_run(" (")
    fld(hp, "NUMPAGES")
    hp.add_run(")")
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Styrgruppen Helårsjobb Jämtland Härjedalen\tSammanträdesdatum 2027-02-10\tDnr RUN/2026-0871")
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Justerandes signatur: ________     Utdragsbestyrkande: ________")
    r.font.size = Pt(8)

    title = d.add_paragraph()
    r = title.add_run("Styrgruppen för Helårsjobb Jämtland Härjedalen")
    r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x00, 0x59, 0x4F)
    d.add_paragraph("Protokoll från styrgruppsmöte")

    tbl = d.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    rows = [
        ("Plats och tid", ["Digitalt via Microsoft Teams, kl. 09.30–11.45"]),
        ("Beslutande", ["Per-Erik Hemmingsson, Region Jämtland Härjedalen, ordförande",
                        "Lena Grahn, Arbetsförmedlingen Jämtland, vice ordförande",
                        "Mattias Ljungqvist, Åre kommun",
                        "Lena Granberg, Härjedalens kommun",
                        "Jonas Mårtensson, Åredalens företagarförening"]),
        ("Frånvarande", ["Annika Bäckström, Bergs kommun"]),
        ("Övriga närvarande", ["Sara Olofsson, projektledare",
                               "Ahmed Yusuf, matchningskoordinator, §§ 7–11",
                               "Hanna Wikström, kommunikatör, § 14"]),
        ("Sekreterare", ["Emma Strand"]),
        ("Justerare", ["Mattias Ljungqvist"]),
        ("Paragrafer", ["§§ 7–16"]),
    ]
    for k, vals in rows:
        c = tbl.add_row().cells
        c[0].text = ""
        c[0].paragraphs[0].add_run(k).bold = True
        c[1].text = vals[0]
        for v in vals[1:]:
            c[1].add_paragraph(v)
    for row in tbl.rows:
        row.cells[0].width = Cm(4.2)
        row.cells[1].width = Cm(12.2)

    # --- anchor paragraph for the floating text box (JUSTERING), right margin
    anchor_p = d.add_paragraph()
    A = "http://schemas.openxmlformats.org/drawingml/2006/main"

    def tb_par(text, bold=False, size=18):
        b = "<w:b/>" if bold else ""
        return ('<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr>%s<w:sz w:val="%d"/>'
                '</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (b, size, text))

    tb_lines = [("JUSTERING", True), ("Protokollet justerat digitalt 2027-02-16", False),
                ("Ordförande: Per-Erik Hemmingsson", False),
                ("Justerare: Mattias Ljungqvist", False),
                ("Anslaget på projektets Teams-yta 2027-02-17", False)]
    content = "".join(tb_par(t, b) for t, b in tb_lines)
    cx, cy = 2340000, 1150000
    NSD = " ".join('xmlns:%s="%s"' % kv for kv in [
        ("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
        ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
        ("v", "urn:schemas-microsoft-com:vml"),
        ("o", "urn:schemas-microsoft-com:office:office"),
        ("w10", "urn:schemas-microsoft-com:office:word")])
    xml = (
        '<w:r %s>'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>91440</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="2" name="Textruta 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="%s"><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="00594F"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Textruta 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:7.2pt;width:184.25pt;height:90.55pt;'
        'z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:text" fillcolor="#f2f2f2" strokecolor="#00594f">'
        '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        % (NSD, cx, cy, A, cx, cy, content, content))
    anchor_p._p.append(parse_xml(xml))

    endnotes = {}

    def heading(txt):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(txt)
        r.bold = True
        r.font.size = Pt(12)
        return p

    def para(txt, bold_lead=None, note=None):
        p = d.add_paragraph()
        if bold_lead:
            p.add_run(bold_lead).bold = True
        p.add_run(txt)
        if note:
            nid = len(endnotes) + 1
            endnotes[nid] = note
            rr = parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                           '<w:endnoteReference w:id="%d"/></w:r>' % (nsdecls("w"), nid))
            p._p.append(rr)
        return p

    def bullet(txt):
        p = d.add_paragraph(style="List Bullet")
        p.add_run(txt)

    heading("§ 7  Mötets öppnande")
    para("Ordförande Per-Erik Hemmingsson hälsade välkommen och förklarade mötet öppnat. På grund av "
         "snöovädret och att E14 var avstängd mellan Östersund och Åre hölls mötet digitalt i stället "
         "för i Regionens hus som angavs i kallelsen. Mötet började därför kl. 09.30.")
    heading("§ 8  Val av justerare")
    para("Styrgruppen utser Mattias Ljungqvist att jämte ordföranden justera dagens protokoll.")
    heading("§ 9  Fastställande av dagordning")
    para("Dagordningen fastställs med följande ändringar:")
    bullet("Punkt 7 i kallelsen, Extern utvärderare för genomförandeprojektet, utgår och tas upp på "
           "nästa möte eftersom underlaget inte är färdigt.")
    bullet("En ny punkt om Krokoms kommuns deltagande läggs till, se § 15.")
    heading("§ 10  Föregående protokoll")
    para("Protokollet från mötet 2027-01-13 läggs till handlingarna.")
    heading("§ 11  Lägesrapport")
    para("Projektledare Sara Olofsson redovisade läget: 31 arbetsgivare har undertecknat "
         "avsiktsförklaringar, varav 9 inom vård och omsorg. 14 kombinationsanställningar har påbörjats; "
         "målet för helåret 2027 är 40. Matchningskoordinatorn Ahmed Yusuf anställdes 2027-02-01 och har "
         "sin arbetsplats på Åre kommuns arbetsmarknadsenhet i Järpen.")
    para("Styrgruppen noterar informationen.", "Beslut: ")
    heading("§ 12  Budget för kompetenshöjande insatser 2027")
    para("I förstudiens preliminära budget beräknades 450 000 kr för kompetenshöjande insatser 2027, och "
         "kallelsen innehöll förslag om det beloppet. Lena Grahn informerade om att Arbetsförmedlingen "
         "kan erbjuda truckutbildning och grundläggande livsmedelshygien som arbetsmarknadsutbildning för "
         "inskrivna deltagare. Projektets behov av egna medel blir därmed mindre.",
         "Ärendebeskrivning: ")
    para("Styrgruppen beslutar att avsätta 380 000 kr för kompetenshöjande insatser under 2027.",
         "Beslut: ",
         note="Av beloppet får högst 80 000 kr användas till körkortsutbildning (behörighet B) för "
              "deltagare som är folkbokförda i Härjedalens kommun, där kollektivtrafik till "
              "motsäsongsarbetsplatserna saknas. Deltagare i övriga kommuner kan inte få körkort "
              "betalt med dessa medel.")
    para("Projektledaren ansvarar för att redovisa hur medlen har använts vid styrgruppens möte i oktober 2027.")
    heading("§ 13  Matchningsdag i Åre")
    para("Sara Olofsson informerade om att matchningsdagen har flyttats från den 18 mars till tisdagen den "
         "23 mars 2027 och att den hålls i Åre Kulturhus i stället för på Hotell Fjällsippan.")
    para("Styrgruppen noterar informationen.", "Beslut: ")
    heading("§ 14  Kommunikationsplan")
    para("Kommunikatör Hanna Wikström presenterade utkastet v0.2. Styrgruppen diskuterade särskilt hur "
         "säsongsanställda med annat modersmål än svenska ska nås och hur arbetsgivare inom vård och "
         "omsorg ska engageras.")
    para("Hanna Wikström tar fram en reviderad kommunikationsplan till nästa möte.", "Uppdrag: ")
    heading("§ 15  Krokoms kommuns deltagande")
    para("Krokoms kommun har anmält intresse för att delta i projektet.")
    para("Krokoms kommun adjungeras till styrgruppen från och med nästa möte. Frågan om Krokoms kommun "
         "ska bli part i projektet och bidra med medfinansiering avgörs vid mötet 2027-04-14.", "Beslut: ")
    heading("§ 16  Nästa möte")
    para("Nästa möte hålls onsdagen 2027-04-14 kl. 13.00–16.00 i Funäsdalen, Härjedalens kommun. "
         "Lokal meddelas senare.", "Beslut: ",
         note="I kallelsen föreslogs 2027-04-07. Datumet ändrades eftersom regionala "
              "utvecklingsnämnden sammanträder den dagen.")
    para("Ordföranden tackade för visat intresse och avslutade mötet kl. 11.45.")
    d.add_paragraph()
    sig = d.add_table(rows=2, cols=3)
    for i, (n, roll) in enumerate([("Emma Strand", "Sekreterare"),
                                   ("Per-Erik Hemmingsson", "Ordförande"),
                                   ("Mattias Ljungqvist", "Justerare")]):
        sig.rows[0].cells[i].text = "........................................"
        sig.rows[1].cells[i].text = "%s\n%s" % (n, roll)

    # ---- endnotes part
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = ['<w:endnotes xmlns:w="%s">' % W,
             '<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:endnote>',
             '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
             '</w:endnote>']
    for nid, txt in endnotes.items():
        parts.append('<w:endnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>'
                     '<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r>'
                     '</w:p></w:endnote>' % (nid, txt))
    parts.append("</w:endnotes>")
    blob = "".join(parts).encode("utf-8")
    en_part = Part(PackURI("/word/endnotes.xml"),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
                   b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + blob,
                   d.part.package)
    d.part.relate_to(en_part, RT.ENDNOTES)
    # settings: endnotePr (lower roman is Word's default for endnotes) + Swedish separators
    settings = d.settings.element
    enpr = parse_xml('<w:endnotePr %s><w:numFmt w:val="lowerRoman"/><w:endnote w:id="-1"/>'
                     '<w:endnote w:id="0"/></w:endnotePr>' % nsdecls("w"))
    compat = settings.find(qn("w:compat"))
    compat.addprevious(enpr)
    settings.find(qn("w:decimalSymbol")).set(qn("w:val"), ",")
    settings.find(qn("w:listSeparator")).set(qn("w:val"), ";")
    d.save(path)


# ---------------------------------------------------------------------------
# 3. Förstudie PDF with TOC, outline and page labels
# ---------------------------------------------------------------------------
class ReportDoc(BaseDocTemplate):
    FRONT = 2  # cover + TOC page, printed numbering starts on PDF page 3

    def __init__(self, filename, **kw):
        super().__init__(filename, **kw)
        self._bm = 0

    def afterFlowable(self, f):
        lvl = getattr(f, "toc_level", None)
        if lvl is None:
            return
        text = f.getPlainText()
        key = getattr(f, "bm_key", None)
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=lvl, closed=(lvl > 0))
        self.notify("TOCEntry", (lvl, text, self.page - self.FRONT, key))


def make_forstudie(path):
    W, H = A4
    st = {
        "body": ParagraphStyle("body", fontName="Serif", fontSize=11, leading=15, spaceAfter=7),
        "li": ParagraphStyle("li", fontName="Serif", fontSize=11, leading=15, spaceAfter=4, bulletFontName="Serif",
                             leftIndent=16, bulletIndent=2),
        "h1": ParagraphStyle("h1", fontName="Sans-B", fontSize=15, leading=19, spaceBefore=6,
                             spaceAfter=8, textColor=REGION_GREEN),
        "h2": ParagraphStyle("h2", fontName="Sans-B", fontSize=11.5, leading=15, spaceBefore=8,
                             spaceAfter=4),
        "cap": ParagraphStyle("cap", fontName="Sans-B", fontSize=9.5, leading=12, spaceBefore=6,
                              spaceAfter=3),
        "src": ParagraphStyle("src", fontName="Sans-I", fontSize=8.5, leading=11, spaceAfter=8),
        "td": ParagraphStyle("td", fontName="Sans", fontSize=9.5, leading=12),
        "tdr": ParagraphStyle("tdr", fontName="Sans", fontSize=9.5, leading=12, alignment=TA_RIGHT),
        "tdb": ParagraphStyle("tdb", fontName="Sans-B", fontSize=9.5, leading=12),
        "tdbr": ParagraphStyle("tdbr", fontName="Sans-B", fontSize=9.5, leading=12, alignment=TA_RIGHT),
        "dt": ParagraphStyle("dt", fontName="Serif-B", fontSize=11, leading=15, spaceBefore=4),
        "dd": ParagraphStyle("dd", fontName="Serif", fontSize=11, leading=15, leftIndent=18,
                             spaceAfter=5),
    }
    counter = [0]

    def Hd(text, lvl):
        p = Paragraph(text, st["h1" if lvl == 0 else "h2"])
        p.toc_level = lvl
        counter[0] += 1
        p.bm_key = "sec%02d" % counter[0]
        return p

    def P(t):
        return Paragraph(t, st["body"])

    def LI(t, b="•"):
        return Paragraph(t, st["li"], bulletText=b)

    def cover(canv, doc):
        canv.saveState()
        canv.addPageLabel(0, style="ROMAN_LOWER")
        canv.addPageLabel(ReportDoc.FRONT, style="ARABIC", start=1)
        canv.setFillColor(REGION_GREEN)
        canv.rect(0, H - 95 * mm, W, 95 * mm, fill=1, stroke=0)
        canv.setFillColor(colors.white)
        canv.setFont("Sans-B", 26)
        canv.drawString(22 * mm, H - 50 * mm, "Helårsjobb Jämtland Härjedalen")
        canv.setFont("Sans", 15)
        canv.drawString(22 * mm, H - 62 * mm, "Förstudie om kombinationsanställningar för")
        canv.drawString(22 * mm, H - 70 * mm, "säsongsanställda i besöksnäringen")
        canv.setFont("Sans-B", 13)
        canv.drawString(22 * mm, H - 85 * mm, "SLUTRAPPORT")
        canv.setFillColor(colors.black)
        canv.setFont("Sans", 10.5)
        y = H - 120 * mm
        for line in ["Region Jämtland Härjedalen, Regional utveckling",
                     "i samverkan med Arbetsförmedlingen Jämtland samt Åre, Bergs och Härjedalens kommuner",
                     "",
                     "Dnr RUN/2025-1290",
                     "Datum: 2026-11-20",
                     "Författare: Sara Olofsson och Elin Berglund"]:
            canv.drawString(22 * mm, y, line)
            y -= 6 * mm
        canv.setFont("Sans-I", 8.5)
        canv.drawString(22 * mm, 20 * mm, "Förstudien har finansierats med regionala utvecklingsmedel "
                        "(anslag 1:1) och pågick 2026-02-01–2026-11-30.")
        canv.restoreState()

    def front(canv, doc):
        canv.saveState()
        canv.setFont("Sans", 9)
        canv.drawCentredString(W / 2, 14 * mm, "ii")
        canv.restoreState()

    def body(canv, doc):
        canv.saveState()
        canv.setFont("Sans", 8.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(22 * mm, H - 14 * mm, "Förstudie Helårsjobb Jämtland Härjedalen – Slutrapport")
        canv.drawRightString(W - 22 * mm, H - 14 * mm, "Region Jämtland Härjedalen")
        canv.setStrokeColor(REGION_GREEN)
        canv.setLineWidth(0.6)
        canv.line(22 * mm, H - 16 * mm, W - 22 * mm, H - 16 * mm)
        canv.setFillColor(colors.black)
        canv.setFont("Sans", 9)
        canv.drawCentredString(W / 2, 14 * mm, str(doc.page - ReportDoc.FRONT))
        canv.restoreState()

    doc = ReportDoc(path, pagesize=A4, title="Förstudie Helårsjobb Jämtland Härjedalen – Slutrapport",
                    author="Sara Olofsson; Elin Berglund", subject="Förstudie, kombinationsanställningar",
                    pageMode="UseOutlines")
    fixed_pdf(doc)
    fr = Frame(22 * mm, 22 * mm, W - 44 * mm, H - 44 * mm, id="f")
    doc.addPageTemplates([PageTemplate("cover", [fr], onPage=cover),
                          PageTemplate("front", [fr], onPage=front),
                          PageTemplate("body", [fr], onPage=body)])
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [
        ParagraphStyle("t0", fontName="Sans-B", fontSize=10.5, leading=15, leftIndent=0,
                       firstLineIndent=0, spaceBefore=4),
        ParagraphStyle("t1", fontName="Sans", fontSize=10, leading=13.5, leftIndent=14,
                       firstLineIndent=0),
    ]
    S = [NextPageTemplate("front"), PageBreak()]
    S.append(Paragraph("Innehåll", st["h1"]))
    S.append(toc)
    S.append(NextPageTemplate("body"))
    S.append(PageBreak())

    # Sammanfattning
    S.append(Hd("Sammanfattning", 0))
    S.append(P("Besöksnäringen i västra Jämtland och Härjedalen är beroende av säsongsanställd personal. "
               "Många säsongsanställda vill bo kvar i regionen, men saknar arbete under motsäsongen. "
               "Samtidigt har arbetsgivare inom bland annat vård och omsorg, skogsbruk och bygg svårt att "
               "rekrytera under sommar och höst. Förstudien har undersökt om kombinationsanställningar kan "
               "ge fler säsongsanställda sysselsättning hela året."))
    S.append(P("Resultaten visar att intresset är stort bland de säsongsanställda och att arbetsgivarna har "
               "behov som i tid passar väl ihop med vintersäsongen. De största hindren är bostäder, "
               "transporter och brist på samordning mellan arbetsgivarna. Förstudien föreslår ett "
               "genomförandeprojekt 2027–2029 med en total budget på 14,6 miljoner kronor, se avsnitt 6."))

    S.append(Hd("1 Bakgrund", 0))
    S.append(P("Vintersäsongen i fjällen pågår i regel från december till april. Efter säsongen lämnar en stor "
               "del av personalen regionen, och arbetsgivarna måste rekrytera på nytt varje höst. Region "
               "Jämtland Härjedalen har i den regionala utvecklingsstrategin pekat ut helårsboende och "
               "kompetensförsörjning som prioriterade områden."))
    S.append(P("Regionala utvecklingsnämnden beslutade i januari 2026 att finansiera en förstudie om "
               "kombinationsanställningar. Förstudien har genomförts av Region Jämtland Härjedalen i "
               "samverkan med Arbetsförmedlingen Jämtland och de deltagande kommunerna."))

    S.append(Hd("2 Syfte och avgränsning", 0))
    S.append(P("Syftet med förstudien är att ta reda på om och hur säsongsanställda i besöksnäringen kan "
               "erbjudas sysselsättning under hela året genom att anställningar hos olika arbetsgivare "
               "kombineras. Förstudien ska också lämna förslag till ett genomförandeprojekt."))
    S.append(P("Förstudien omfattar Åre, Bergs och Härjedalens kommuner, där besöksnäringen har störst andel "
               "säsongsanställda. Sommarsäsongens säsongsanställda har inte undersökts särskilt."))

    S.append(Hd("3 Metod", 0))
    S.append(Hd("3.1 Enkät till säsongsanställda", 1))
    S.append(P("En webbenkät skickades i mars 2026 via arbetsgivarna till 1 210 säsongsanställda. "
               "412 personer svarade, vilket ger en svarsfrekvens på 34 procent. Enkäten fanns på svenska "
               "och engelska."))
    S.append(Hd("3.2 Intervjuer och uppgifter från arbetsgivare", 1))
    S.append(P("Under april–juni 2026 intervjuades 26 arbetsgivare som har behov av personal under "
               "motsäsongen. Dessutom lämnade 38 arbetsgivare inom besöksnäringen uppgifter om antalet "
               "säsongsanställda de två senaste vintersäsongerna."))

    S.append(Hd("4 Resultat", 0))
    S.append(Hd("4.1 Säsongsanställda i besöksnäringen", 1))
    S.append(P("Antalet säsongsanställda ökade mellan de två senaste vintersäsongerna i Åre och Härjedalens "
               "kommuner men minskade något i Bergs kommun, se tabell 1."))
    S.append(Paragraph("Tabell 1. Säsongsanställda i besöksnäringen per kommun, vintersäsong "
                       "(december–april), antal personer", st["cap"]))
    rows = [("Kommun", "2024/25", "2025/26", "Förändring"),
            ("Åre", "2 640", "2 810", "+6 %"),
            ("Härjedalen", "1 180", "1 230", "+4 %"),
            ("Berg", "310", "295", "−5 %"),
            ("Totalt", "4 130", "4 335", "+5 %")]
    data = []
    for i, r in enumerate(rows):
        bold = i in (0, len(rows) - 1)
        data.append([Paragraph(r[0], st["tdb" if bold else "td"])] +
                    [Paragraph(x, st["tdbr" if bold else "tdr"]) for x in r[1:]])
    t = Table(data, colWidths=[50 * mm, 30 * mm, 30 * mm, 30 * mm])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]))
    S.append(t)
    S.append(Paragraph("Källa: Uppgifter från 38 arbetsgivare i besöksnäringen. Uppgifterna för 2025/26 "
                       "är preliminära.", st["src"]))
    S.append(Hd("4.2 De säsongsanställdas önskemål", 1))
    S.append(P("Av de 412 som svarade på enkäten uppgav 58 procent att de vill arbeta i regionen hela året om "
               "de kan få arbete under motsäsongen. I en mindre pilotenkät vintern 2024/25 (96 svar) var "
               "motsvarande andel 49 procent. 23 procent av de svarande hade någon gång haft en "
               "kombinationsanställning."))
    S.append(P("De vanligaste skälen att lämna regionen efter säsongen var brist på arbete (71 procent av dem "
               "som planerade att flytta), brist på bostad (44 procent) och långa avstånd till service."))
    S.append(Hd("4.3 Arbetsgivarnas behov under motsäsongen", 1))
    S.append(P("De intervjuade arbetsgivarna uppskattade att de tillsammans behöver omkring 300 personer "
               "under perioden maj–november. Behovet är störst inom vård och omsorg samt sommarturism."))
    S.append(Paragraph("Tabell 2. Intervjuade arbetsgivare och uppskattat personalbehov maj–november 2026",
                       st["cap"]))
    rows = [("Bransch", "Intervjuade arbetsgivare", "Uppskattat behov, personer"),
            ("Vård och omsorg", "6", "85"),
            ("Sommarturism och friluftsliv", "4", "70"),
            ("Skogsbruk och plantering", "4", "60"),
            ("Bygg och anläggning", "5", "45"),
            ("Livsmedel och handel", "7", "40"),
            ("Totalt", "26", "300")]
    data = []
    for i, r in enumerate(rows):
        bold = i in (0, len(rows) - 1)
        data.append([Paragraph(r[0], st["tdb" if bold else "td"])] +
                    [Paragraph(x, st["tdbr" if bold else "tdr"]) for x in r[1:]])
    t = Table(data, colWidths=[62 * mm, 42 * mm, 46 * mm])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    S.append(t)
    S.append(Spacer(1, 8))
    S.append(Hd("4.4 Hinder", 1))
    S.append(P("Förstudien har identifierat fyra huvudsakliga hinder:"))
    for x in ["<b>Bostäder.</b> Många säsongsanställda bor i personalbostäder som bara kan hyras under "
              "vintersäsongen.",
              "<b>Transporter.</b> Motsäsongsarbetsplatserna ligger ofta långt från orterna i fjällen, och "
              "kollektivtrafiken är gles, särskilt i Härjedalen.",
              "<b>Samordning.</b> Arbetsgivarna saknar ett gemensamt sätt att planera anställningar som ska "
              "följa på varandra.",
              "<b>Körkort och certifikat.</b> Flera motsäsongsjobb kräver B-körkort, truckkort eller "
              "utbildning i livsmedelshygien."]:
        S.append(LI(x))

    S.append(Hd("5 Begrepp", 0))
    S.append(P("I rapporten och i det föreslagna genomförandeprojektet används följande begrepp."))
    defs = [
        ("Säsongsanställning", "Tidsbegränsad anställning som gäller under en viss säsong, till exempel "
                               "vintersäsongen i fjällen."),
        ("Motsäsong", "Den del av året då den säsongsanställdes ordinarie arbetsgivare har låg eller ingen "
                      "verksamhet. För den som arbetar vintersäsong är motsäsongen normalt maj–november."),
        ("Kombinationsanställning", "Två eller flera anställningar hos olika arbetsgivare som följer på "
                                    "varandra och tillsammans ger arbete under större delen av året."),
        ("Helårssysselsättning", "En person har helårssysselsättning när hen har anställning under minst "
                                 "tio av årets tolv månader och den sammanlagda sysselsättningsgraden under "
                                 "dessa månader är minst 75 procent."),
    ]
    for a, b in defs:
        S.append(Paragraph(a, st["dt"]))
        S.append(Paragraph(b, st["dd"]))

    S.append(Hd("6 Förslag till genomförandeprojekt", 0))
    S.append(Hd("6.1 Mål och målgrupp", 1))
    S.append(P("Målgruppen är personer som har en säsongsanställning i besöksnäringen i Åre, Bergs eller "
               "Härjedalens kommuner, samt arbetsgivare som har behov av personal under motsäsongen."))
    S.append(P("Förstudien föreslår att projektet ska ha följande mål, som ska vara uppnådda senast "
               "2029-12-31:"))
    S.append(LI("minst 150 personer har fått en kombinationsanställning,", "1."))
    S.append(LI("minst 90 av dem har helårssysselsättning enligt definitionen i avsnitt 5,", "2."))
    S.append(LI("minst 60 arbetsgivare har tecknat avsiktsförklaring med projektet.", "3."))
    S.append(Hd("6.2 Organisation", 1))
    S.append(P("Region Jämtland Härjedalen föreslås vara projektägare. En styrgrupp med företrädare för "
               "regionen, Arbetsförmedlingen, de tre kommunerna och näringslivet leder projektet. Projektet "
               "bemannas med en projektledare på heltid och två matchningskoordinatorer."))
    S.append(Hd("6.3 Preliminär budget", 1))
    S.append(P("Den totala kostnaden för genomförandeprojektet beräknas till 14,6 miljoner kronor för de tre "
               "åren. Budgeten är preliminär och ska fastställas av styrgruppen varje år."))
    S.append(Paragraph("Tabell 3. Preliminär budget för genomförandeprojektet 2027–2029, tkr", st["cap"]))
    rows = [("Kostnadsslag", "2027", "2028", "2029", "Totalt"),
            ("Personal (projektledare, två matchningskoordinatorer)", "2 650", "3 400", "3 300", "9 350"),
            ("Kompetenshöjande insatser", "450", "700", "600", "1 750"),
            ("Kombinationscheckar till arbetsgivare", "600", "750", "750", "2 100"),
            ("Extern utvärdering", "200", "200", "200", "600"),
            ("Resor, lokaler och övrigt", "300", "250", "250", "800"),
            ("Summa", "4 200", "5 300", "5 100", "14 600")]
    data = []
    for i, r in enumerate(rows):
        bold = i in (0, len(rows) - 1)
        data.append([Paragraph(r[0], st["tdb" if bold else "td"])] +
                    [Paragraph(x, st["tdbr" if bold else "tdr"]) for x in r[1:]])
    t = Table(data, colWidths=[70 * mm, 19 * mm, 19 * mm, 19 * mm, 21 * mm])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    S.append(t)
    S.append(Paragraph("Finansiering: regionala utvecklingsmedel 60 procent, kommunerna 25 procent och "
                       "Arbetsförmedlingen 15 procent i form av arbetstid.", st["src"]))

    S.append(Hd("7 Rekommendationer", 0))
    for i, x in enumerate([
            "Starta ett genomförandeprojekt 2027–2029 enligt avsnitt 6.",
            "Inför en ekonomisk kombinationscheck till arbetsgivare som anställer säsongsanställda "
            "under motsäsongen.",
            "Låt Arbetsförmedlingen ansvara för förmatchning av inskrivna kandidater inför "
            "matchningsdagar.",
            "Utred tillsammans med kommunerna hur personalbostäder kan hyras ut även under motsäsongen.",
            "Upphandla en extern utvärdering som följer projektet under hela projekttiden.",
            "Följ upp antalet personer med helårssysselsättning varje år."], 1):
        S.append(LI(x, "%d." % i))

    S.append(PageBreak())
    S.append(Hd("Bilaga 1 Enkätfrågor i urval", 0))
    for x in ["Vilken kommun arbetar du i under vintersäsongen?",
              "Hur många vintersäsonger har du arbetat i regionen?",
              "Skulle du vilja bo och arbeta i regionen hela året?",
              "Vilken typ av arbete skulle du kunna tänka dig under motsäsongen?",
              "Har du B-körkort?"]:
        S.append(LI(x))
    doc.multiBuild(S)


# ---------------------------------------------------------------------------
# 4. Outlook-printed e-mail thread PDF
# ---------------------------------------------------------------------------
def make_mejl(path):
    st = {
        "body": ParagraphStyle("b", fontName="Sans", fontSize=10.5, leading=13.5, spaceAfter=0),
        "hdr": ParagraphStyle("h", fontName="Sans", fontSize=10.5, leading=13.5),
        "me": ParagraphStyle("me", fontName="Sans-B", fontSize=13, leading=16),
        "warn": ParagraphStyle("w", fontName="Sans", fontSize=9, leading=11.5,
                               textColor=colors.HexColor("#7A3E00")),
        "link": ParagraphStyle("l", fontName="Sans", fontSize=10.5, leading=13.5,
                               textColor=colors.HexColor("#0563C1")),
    }

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def block(lines):
        """Plain lines -> paragraphs; an empty line gives vertical space."""
        out = []
        for ln in lines:
            if ln == "":
                out.append(Spacer(1, 7))
            elif ln.startswith("http"):
                out.append(Paragraph(esc(ln), st["link"]))
            else:
                out.append(Paragraph(esc(ln).replace("  ", "&nbsp; "), st["body"]))
        return out

    def header_table(rows, first=False):
        data = [[Paragraph("<b>%s</b>" % k, st["hdr"]), Paragraph(esc(v), st["hdr"])] for k, v in rows]
        t = Table(data, colWidths=[32 * mm, 138 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return t

    def quoted_header(rows):
        # Outlook's HTML reply header: bold labels inline, preceded by a thin rule
        out = [Spacer(1, 6), Table([[""]], colWidths=[170 * mm], rowHeights=[1],
                                   style=[("LINEABOVE", (0, 0), (-1, 0), 0.8,
                                           colors.HexColor("#E1E1E1"))])]
        for k, v in rows:
            out.append(Paragraph("<b>%s</b> %s" % (k, esc(v)), st["hdr"]))
        out.append(Spacer(1, 8))
        return out

    sara_sig = ["Vänliga hälsningar",
                "Sara Olofsson",
                "Projektledare Helårsjobb Jämtland Härjedalen",
                "Regional utveckling, Region Jämtland Härjedalen",
                "Tfn 063-14 77 20 | sara.olofsson@regionjh.se",
                "www.regionjh.se"]

    m4 = ["Hej alla!",
          "",
          "Nu är det bestämt: matchningsdagen i Åre blir tisdag den 23 mars 2027 kl. 10.00–15.00. "
          "Hotell Fjällsippan kunde inte ta emot oss den dagen, så vi är i stället i Åre Kulturhus, "
          "Stora salen (ingång från Parkvägen).",
          "",
          "Det här gäller nu:",
          "•  Sista dag för arbetsgivare att anmäla sig är fredag den 12 mars.",
          "•  Det är kostnadsfritt att delta, och lunch ingår för högst två personer per arbetsgivare.",
          "•  Arbetsförmedlingen skickar kandidatlistor till anmälda arbetsgivare senast onsdag den 17 mars "
          "(se Lenas mejl nedan).",
          "•  Varje arbetsgivare får ett bord med eluttag. Egna roll-ups får tas med.",
          "",
          "Kristin – det finns el vid alla bord, och ni kan ställa i ordning kvällen före mellan kl. 16 och 18.",
          "",
          "Anmälningslänken i det första mejlet gäller fortfarande. Hittills har 27 arbetsgivare anmält sig.",
          "",
          "Programmet bifogas. Sprid gärna inbjudan till fler arbetsgivare som behöver personal under "
          "motsäsongen!",
          ""] + sara_sig

    m3 = ["Hei Sara,",
          "",
          "Takk for invitasjonen! Tirsdag 23. mars passer fint for oss også. Vi kommer med to personer fra "
          "Meråker Fjellstue.",
          "",
          "Vi har 12 stillinger for sommersesongen (juni–august), hovedsakelig kokk, servitør og renhold, og "
          "vi vil gjerne møte folk som jobber vintersesongen i Åre. Vi kan skaffe bolig til dem som trenger "
          "det.",
          "",
          "Et spørsmål: er det strøm ved standene? Vi tar med en skjerm.",
          "",
          "Med vennlig hilsen",
          "Kristin Aune",
          "Daglig leder, Meråker Fjellstue AS",
          "+47 74 81 23 40"]

    m2 = ["Hej Sara!",
          "",
          "Tyvärr krockar torsdag den 18 mars med Arbetsförmedlingens utbildningsdag för hela "
          "marknadsområdet, så vi kan inte vara med då. Jag har också hört att Hotell Fjällsippan är "
          "fullbokat den veckan på grund av en konferens.",
          "",
          "Förslag: tisdag den 23 mars, samma tider.",
          "",
          "Blir det den 23 mars tar vi med fyra arbetsförmedlare. Vi gör en förmatchning av inskrivna "
          "kandidater och skickar kandidatlistor till de anmälda arbetsgivarna senast onsdag den 17 mars.",
          "",
          "Hälsningar",
          "Lena Grahn",
          "Sektionschef, Arbetsförmedlingen Jämtland",
          "Tfn 010-487 53 10"]

    m1 = ["Hej!",
          "",
          "Välkommen till en matchningsdag för arbetsgivare som behöver personal under motsäsongen eller "
          "vill erbjuda kombinationsanställningar tillsammans med en annan arbetsgivare. Du träffar "
          "säsongsanställda som vill bo och arbeta i regionen hela året.",
          "",
          "När: torsdag den 18 mars 2027 kl. 10.00–15.00",
          "Var: Hotell Fjällsippan, Åre",
          "Anmälan: senast fredag den 5 mars via länken nedan",
          "",
          "https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.regionjh.se%2Fhelarsjobb%2F"
          "anmalan-matchningsdag&data=05%7C02%7Csara.olofsson%40regionjh.se%7C5d1e0c2b9a7f4e61%7C0%7C0%7C"
          "638741&sdata=Xq7%2BfT0k%3D&reserved=0",
          "",
          "Information in English: The matching day brings together employers and seasonal workers who "
          "want to stay in the region all year round. Participation is free of charge. Please register "
          "by 5 March.",
          ""] + sara_sig

    def thunderbird_quote(lines, width=74):
        out = []
        for ln in lines:
            if ln == "":
                out.append(">")
                continue
            for w in textwrap.wrap(ln, width - 2, break_long_words=True, break_on_hyphens=False):
                out.append("> " + w)
        return out

    m2_header_for_quote = ["Från: Sara Olofsson <sara.olofsson@regionjh.se>",
                           "Skickat: den 3 februari 2027 11:05",
                           "Till: Sara Olofsson <sara.olofsson@regionjh.se>",
                           "Kopia: Lena Grahn <lena.grahn@arbetsformedlingen.se>",
                           "Ämne: Inbjudan: Matchningsdag i Åre 18 mars – helårsjobb och "
                           "kombinationsanställningar"]
    quoted_m3 = (["Den 04.02.2027 16:30, skrev Lena Grahn:"] +
                 thunderbird_quote(m2 + [""] + m2_header_for_quote + [""] + m1))

    S = []
    S.append(Paragraph("Olofsson Sara", st["me"]))
    S.append(Table([[""]], colWidths=[170 * mm], rowHeights=[2],
                   style=[("LINEABOVE", (0, 0), (-1, 0), 2.5, colors.black)]))
    S.append(Spacer(1, 6))
    S.append(header_table([
        ("Från:", "Sara Olofsson"),
        ("Skickat:", "den 8 februari 2027 14:12"),
        ("Till:", "Kristin Aune; Lena Grahn"),
        ("Kopia:", "Mattias Ljungqvist; Emma Strand; Ahmed Yusuf"),
        ("Ämne:", "SV: Re: SV: Matchningsdag i Åre – nytt datum?"),
        ("Bifogade filer:", "Program_matchningsdag_Are_2027-03-23.pdf"),
    ], first=True))
    S.append(Spacer(1, 10))
    S += block(m4)
    S += quoted_header([("Från:", "Kristin Aune <kristin.aune@merakerfjellstue.no>"),
                        ("Skickat:", "den 5 februari 2027 09:47"),
                        ("Till:", "Sara Olofsson <sara.olofsson@regionjh.se>"),
                        ("Kopia:", "Lena Grahn <lena.grahn@arbetsformedlingen.se>"),
                        ("Ämne:", "Re: SV: Matchningsdag i Åre – nytt datum?")])
    warn = Table([[Paragraph("<b>[EXTERN AVSÄNDARE]</b> Det här mejlet kommer från en avsändare utanför "
                             "Region Jämtland Härjedalen. Klicka inte på länkar och öppna inte bilagor om "
                             "du inte känner igen avsändaren.", st["warn"])]], colWidths=[170 * mm])
    warn.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF4CE")),
                              ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#C8A600"))]))
    S.append(warn)
    S.append(Spacer(1, 8))
    S += block(m3)
    S.append(Spacer(1, 7))
    S += block(quoted_m3)
    S.append(Spacer(1, 12))
    S.append(Paragraph("Denna e-post kan innehålla information som omfattas av sekretess. Har du fått "
                       "meddelandet av misstag ber vi dig radera det och meddela avsändaren.",
                       ParagraphStyle("disc", fontName="Sans-I", fontSize=8, leading=10,
                                      textColor=colors.HexColor("#666666"))))

    def page(canv, doc):
        canv.saveState()
        canv.setFont("Sans", 8)
        canv.drawCentredString(A4[0] / 2, 10 * mm, str(doc.page))
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm,
                            title="SV: Re: SV: Matchningsdag i Åre – nytt datum?", author="Olofsson Sara",
                            creator="Microsoft® Outlook® för Microsoft 365")
    fixed_pdf(doc)
    doc.build(S, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------------------
# 5. Word "Spara som > Oformaterad text" export (UTF-8 with BOM, CRLF)
# ---------------------------------------------------------------------------
def make_riktlinjer(path):
    B = "\uf0b7\t"  # Symbol-font bullet as Word writes it to plain text
    L = [
        "Riktlinjer för kombinationscheck",
        "Helårsjobb Jämtland Härjedalen",
        "",
        "Version 1.2",
        "Fastställd av styrgruppen 2026-12-09",
        "Dnr RUN/2026-0871",
        "",
        "1. Syfte",
        "Kombinationschecken ska göra det lättare för arbetsgivare att anställa personer som arbetar "
        "säsong i besöksnäringen under den del av året när de annars saknar arbete, motsäsongen[1]. Målet "
        "är att fler ska kunna bo och arbeta i Jämtland Härjedalen hela året.",
        "",
        "2. Vem kan få checken?",
        "Checken kan sökas av en arbetsgivare som",
        B + "har verksamhet i Jämtlands län,",
        B + "anställer en person som under samma tolvmånadersperiod har eller har haft en "
            "säsongsanställning hos en annan arbetsgivare i besöksnäringen, och",
        B + "har tecknat avsiktsförklaring med projektet Helårsjobb Jämtland Härjedalen.",
        "Checken söks alltid av arbetsgivaren. Den anställda kan inte söka checken själv. Kommuner och "
        "Region Jämtland Härjedalen kan också få checken när de är arbetsgivare.",
        "",
        "3. Belopp och villkor",
        "Kombinationschecken är 15 000 kr per kombinationsanställning och betalas till den arbetsgivare som "
        "anställer under motsäsongen. En arbetsgivare kan få högst fem checkar per kalenderår.",
        "Följande villkor gäller:",
        "1.\tAnställningen under motsäsongen ska omfatta minst fyra månader och minst 50 procent av heltid.",
        "2.\tDen anställda får inte ha varit anställd hos samma arbetsgivare under de senaste tolv månaderna.",
        "3.\tLön och övriga villkor ska följa kollektivavtal eller motsvarande.",
        "4.\tChecken får inte kombineras med lönestöd från Arbetsförmedlingen för samma anställning.[2]",
        "Riktlinjerna gäller för kombinationsanställningar som påbörjas från och med 2027-01-01 till och "
        "med 2027-12-31. Styrgruppen beslutar hösten 2027 om checken ska finnas kvar efter 2027.",
        "",
        "4. Så ansöker du",
        "1.\tKontakta projektets matchningskoordinator och stäm av att anställningen uppfyller villkoren.",
        "2.\tFyll i ansökan i Region Jämtland Härjedalens e-tjänst Ansök om kombinationscheck.",
        "3.\tBifoga anställningsavtalet och ett intyg från säsongsarbetsgivaren.",
        "4.\tSkicka in ansökan senast 30 dagar efter att anställningen har påbörjats.",
        "5.\tLämna en redovisning när anställningen har pågått i fyra månader. Blanketten finns i e-tjänsten.",
        "",
        "5. Utbetalning",
        "Checken betalas ut i efterskott när redovisningen har godkänts, normalt inom sex veckor. Om "
        "anställningen upphör innan fyra månader har gått betalas ingen check ut.",
        "",
        "6. Kontakt",
        "Roll\tNamn\tTelefon\tE-post",
        "Projektledare\tSara Olofsson\t063-14 77 20\tsara.olofsson@regionjh.se",
        "Matchningskoordinator\tAhmed Yusuf\t063-14 77 31\tahmed.yusuf@regionjh.se",
        "Ekonomi och utbetalning\tMarie Sundqvist\t063-14 75 08\tmarie.sundqvist@regionjh.se",
        "",
        "Versionshistorik",
        "Version\tDatum\tÄndring",
        "1.0\t2026-10-14\tFörsta versionen. Checken 10 000 kr. Ansökan senast 14 dagar efter "
        "anställningens början.",
        "1.1\t2026-11-11\tKommuner och regionen får söka checken när de är arbetsgivare.",
        "1.2\t2026-12-09\tBeloppet höjt från 10 000 kr till 15 000 kr. Ansökningstiden förlängd från 14 "
        "till 30 dagar.",
        "",
        "________________________________",
        "[1] Med motsäsong avses här perioden maj–november för den som arbetar vintersäsong i fjällen och "
        "perioden september–maj för den som arbetar sommarsäsong.",
        "[2] Kontakta Arbetsförmedlingen om du är osäker på vilket stöd som redan har beviljats för "
        "anställningen.",
        "",
    ]
    with open(path, "wb") as f:
        f.write("\r\n".join(L).encode("utf-8-sig"))


# ---------------------------------------------------------------------------
# 6. Obsidian Kanban board (Markdown)
# ---------------------------------------------------------------------------
def make_kanban(path):
    md = """---

kanban-plugin: basic

---

## Idéer

- [ ] Studiebesök i Trysil om helårsanställningar i fjällen #omvärld
- [ ] Poddavsnitt med en kombinationsanställd? #kommunikation [[Hanna Wikström]]


## Att göra

- [ ] Inventera lediga bostäder för säsongspersonal i Funäsdalen @{2027-03-05} [[Lena Granberg]] #boende
- [ ] Skicka kandidatlistor till anmälda arbetsgivare (matchningsdagen 23/3) @{2027-03-17} [[Lena Grahn]] #matchningsdag
- [ ] Affischer och annons i ÖP och LT om matchningsdagen @{2027-03-01} [[Hanna Wikström]] #matchningsdag
- [ ] Nytt underlag extern utvärdering till styrgruppen 14/4<br>(punkten utgick 10/2) @{2027-03-31} [[Sara Olofsson]] #styrgrupp
- [ ] Bjuda in Krokoms kommun till styrgruppen 14/4 @{2027-03-19} [[Per-Erik Hemmingsson]] #styrgrupp


## Pågår

- [ ] Reviderad kommunikationsplan till styrgruppen @{2027-04-14} [[Hanna Wikström]] #styrgrupp
- [ ] Avsiktsförklaringar vård och omsorg i Bergs kommun<br>3 klara, mål 8 @{2027-04-30} [[Ahmed Yusuf]]
- [ ] Program matchningsdagen – bordsplacering @{2027-03-15} [[Sara Olofsson]] #matchningsdag


## Väntar på svar

- [ ] Offert körkortsutbildning (B) för 6 deltagare i Härjedalen – Trafikskolan i Sveg har lovat svar @{2027-02-26} [[Sara Olofsson]] #kompetens
- [ ] Besked från Destination Funäsfjällen om de ställer ut på matchningsdagen @{2027-02-19} [[Ahmed Yusuf]] #matchningsdag


## Klart

**Complete**
- [x] Rekrytera matchningskoordinator [[Ahmed Yusuf]] – anställd fr.o.m. 2027-02-01 @{2027-01-22}
- [x] Boka Åre Kulturhus, Stora salen 23/3 @{2027-02-08} [[Sara Olofsson]] #matchningsdag
- [x] Riktlinjer kombinationscheck v1.2 fastställda @{2026-12-09} [[Sara Olofsson]]


***

## Archive

- [x] Boka Hotell Fjällsippan 18/3 @{2027-02-03} [[Sara Olofsson]] #matchningsdag
- [x] Kallelse styrgruppen 10/2, Regionens hus @{2027-01-27} [[Emma Strand]] #styrgrupp
- [x] Offert körkort från Trafikskolan i Östersund (för dyr) @{2027-01-15} [[Sara Olofsson]]

%% kanban:settings
```
{"kanban-plugin":"basic","date-format":"YYYY-MM-DD","show-checkboxes":true,"lane-width":300,"archive-with-date":false,"new-card-insertion-method":"append"}
```
%%
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


FILES = {
    "Kallelse_styrgrupp_Helarsjobb_2027-02-10.pdf": make_kallelse,
    "Protokoll_styrgrupp_Helarsjobb_2027-02-10.docx": make_protokoll,
    "Forstudie_Helarsjobb_JH_slutrapport_2026.pdf": make_forstudie,
    "Mejl_SV_Matchningsdag_Are_nytt_datum.pdf": make_mejl,
    "Riktlinjer_kombinationscheck_v1.2.txt": make_riktlinjer,
    "Projekttavla_Helarsjobb.md": make_kanban,
}


def main(out=OUT):
    os.makedirs(out, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(out, name))
        print("wrote", name)


if __name__ == "__main__":
    import sys
    main(sys.argv[1] if len(sys.argv) > 1 else OUT)
