#!/usr/bin/env python3
"""r184: six documents about the fictional regional initiative 'Jobbsteget Örebro län'.

usage: python r184_make_files.py OUT_DIR

  1. Jobbsteget_projektplan_v1.0_faststalld_2025-12-04.docx
       hand-written OOXML; the participant path and the organisation live only in two
       SmartArt graphics (word/diagrams/dataN.xml + the drawingN.xml cache) which
       python-docx never sees; 'Projektfakta' as dot-leader tab lines; budget table.
  2. Styrgrupp_Jobbsteget_2026-02-12_bildspel_alla_animeringssteg.pdf
       16:9 slide deck exported 'with every animation build': the same slide repeats
       page after page with more items; a proposal box (35 000 kr) exits and is replaced
       (30 000 kr) only in the last build; decision slide builds item by item.
  3. Larbussen_informationsblad_var_2026_tryckoriginal.pdf
       InDesign-like leaflet with two optional-content layers: a hidden layer
       'Utkast ht 2025' (OFF) holds the old start date, old stops, old phone at the same
       positions as the visible text; a schematic map with numbered pins and a legend.
  4. gitlab-issue-57-larbussen-tisdagsstopp.md
       GitLab issue exported to Markdown: metadata, labels ~"…", milestone %"…",
       stale description (5 maj, 9.00–15.00), task list, system notes (re-assignment,
       due date changed), comments that move the start to 12 maj and the times to
       9.30–15.30, a resolved thread in <details>, emoji shortcodes.
  5. JS-02_ansokan_arbetsgivarcheck_Norabygdens_Plat_ifylld.pdf
       flat application form (template text still says 25 000 kr) filled in with
       Acrobat 'Fyll i och signera': every answer is a FreeText annotation with an
       appearance stream, ticks as ZapfDingbats FreeText, an Ink signature, an
       'INKOM' stamp annotation and a sticky note – none of it in the page content.
  6. SIE4_projekt4711_Jobbsteget_2026-01--2026-07.txt
       SIE type 4 export from the finance system in code page 437 ('#FORMAT PC8'),
       CRLF, #DIM/#OBJEKT/#KONTO, #VER blocks with #TRANS rows and object lists, a
       wrong payment at the old rate reversed and re-booked, a part-month leasing.
"""
import io
import math
import os
import sys
import zipfile

from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import HexColor, white, black
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONT_DIR + "DejaVuSansCondensed.ttf"))

ZIP_DATE = (2026, 1, 1, 0, 0, 0)

FN_PLAN = "Jobbsteget_projektplan_v1.0_faststalld_2025-12-04.docx"
FN_SLIDES = "Styrgrupp_Jobbsteget_2026-02-12_bildspel_alla_animeringssteg.pdf"
FN_LEAFLET = "Larbussen_informationsblad_var_2026_tryckoriginal.pdf"
FN_ISSUE = "gitlab-issue-57-larbussen-tisdagsstopp.md"
FN_FORM = "JS-02_ansokan_arbetsgivarcheck_Norabygdens_Plat_ifylld.pdf"
FN_SIE = "SIE4_projekt4711_Jobbsteget_2026-01--2026-07.txt"


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)


# ---------------------------------------------------------------------------
# 1. DOCX project plan with SmartArt
# ---------------------------------------------------------------------------
W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" mc:Ignorable="w14"')


def run(text, b=False, i=False, sz=None, color=None):
    rpr = ""
    if b:
        rpr += "<w:b/>"
    if i:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if sz:
        rpr += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{xesc(text)}</w:t></w:r>'


def para(content, style=None, jc=None, spacing_after=None, tabs=None, keep_next=False):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += "<w:keepNext/>"
    if tabs:
        ppr += "<w:tabs>" + "".join(f'<w:tab w:val="{v}" w:leader="{l}" w:pos="{p}"/>' for v, l, p in tabs) + "</w:tabs>"
    if spacing_after is not None:
        ppr += f'<w:spacing w:after="{spacing_after}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    if not content.startswith("<w:"):
        content = run(content) if content else ""
    return f"<w:p>{ppr}{content}</w:p>"


def tab_line(label, value):
    return para(run(label) + "<w:r><w:tab/></w:r>" + run(value),
                tabs=[("left", "dot", 3969)], spacing_after=40)


def table(rows, widths, header=True, bold_last=False):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutnt"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
           f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for ri, row in enumerate(rows):
        out.append("<w:tr>")
        for ci, cell in enumerate(row):
            bold = (header and ri == 0) or (bold_last and ri == len(rows) - 1)
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E7E5"/>' if header and ri == 0 else ""
            jc = "right" if ci > 0 and any(ch.isdigit() for ch in cell) else None
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/>{shade}</w:tcPr>'
                       + para(run(cell, b=bold), jc=jc, spacing_after=0) + "</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def smartart_inline(rid_base, docpr_id, name, descr, cx, cy):
    dm, lo, qs, cs = (f"rId{rid_base + k}" for k in range(4))
    return (f'<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{docpr_id}" name="{xesc(name)}" descr="{xesc(descr)}"/>'
            '<wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
            f'<dgm:relIds r:dm="{dm}" r:lo="{lo}" r:qs="{qs}" r:cs="{cs}"/>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def guid(n, k):
    return "{%08X-%04X-4%03X-9%03X-%012X}" % (0x5A1E0000 + n * 256 + k, n * 17 + k, k, n, 0x7A3C00000000 + n * 4096 + k)


def dgm_text_xml(lines):
    ps = []
    for ln in lines:
        ps.append(f'<a:p><a:r><a:rPr lang="sv-SE" dirty="0"/><a:t>{xesc(ln)}</a:t></a:r></a:p>')
    return f"<dgm:t><a:bodyPr/><a:lstStyle/>{''.join(ps)}</dgm:t>"


def smartart_parts(n, layout_id, tree, drawing_rid):
    """tree: list of (text_lines, [child (text_lines, [...])]).  Returns data, drawing xml."""
    pts, cxns = [], []
    doc_id = guid(n, 0)
    counter = [1]

    def new_id():
        counter[0] += 1
        return guid(n, counter[0])

    pts.append(f'<dgm:pt modelId="{doc_id}" type="doc"><dgm:prSet loTypeId="{layout_id}" '
               'loCatId="process" qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1" '
               'qsCatId="simple" csTypeId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2" '
               'csCatId="accent1" phldr="0"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p>'
               '<a:endParaRPr lang="sv-SE"/></a:p></dgm:t></dgm:pt>')
    flat = []

    def add(parent, items):
        for order, (lines, kids) in enumerate(items):
            nid, par, sib = new_id(), new_id(), new_id()
            pts.append(f'<dgm:pt modelId="{nid}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/>{dgm_text_xml(lines)}</dgm:pt>')
            cid = new_id()
            pts.append(f'<dgm:pt modelId="{par}" type="parTrans" cxnId="{cid}"><dgm:prSet/><dgm:spPr/>'
                       '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="sv-SE"/></a:p></dgm:t></dgm:pt>')
            pts.append(f'<dgm:pt modelId="{sib}" type="sibTrans" cxnId="{cid}"><dgm:prSet/><dgm:spPr/>'
                       '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="sv-SE"/></a:p></dgm:t></dgm:pt>')
            cxns.append(f'<dgm:cxn modelId="{cid}" srcId="{parent}" destId="{nid}" srcOrd="{order}" destOrd="0" '
                        f'parTransId="{par}" sibTransId="{sib}"/>')
            flat.append(lines)
            add(nid, kids)

    add(doc_id, tree)
    data = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<dgm:ptLst>{"".join(pts)}</dgm:ptLst><dgm:cxnLst>{"".join(cxns)}</dgm:cxnLst>'
            '<dgm:bg/><dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
            '<dsp:dataModelExt xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" '
            f'relId="{drawing_rid}" minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/>'
            '</a:ext></dgm:extLst></dgm:dataModel>')
    return data, flat


def smartart_drawing(shapes):
    """shapes: list of (x, y, w, h, geom, [lines]) in EMU."""
    sps = []
    for k, (x, y, w, h, geom, lines) in enumerate(shapes):
        paras = []
        for j, ln in enumerate(lines):
            if j == 0:
                paras.append('<a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="sv-SE" sz="1100" b="1" kern="1200"/>'
                             f'<a:t>{xesc(ln)}</a:t></a:r></a:p>')
            else:
                paras.append('<a:p><a:pPr marL="57150" lvl="1" indent="-57150" algn="l"><a:buChar char="•"/></a:pPr>'
                             f'<a:r><a:rPr lang="sv-SE" sz="900" kern="1200"/><a:t>{xesc(ln)}</a:t></a:r></a:p>')
        sps.append(f'<dsp:sp modelId="{guid(90, k)}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr>'
                   f'<dsp:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
                   f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="accent1"/></a:solidFill>'
                   '</dsp:spPr><dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef>'
                   '<a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0">'
                   '<a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef>'
                   '</dsp:style><dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" lIns="45720" '
                   'tIns="45720" rIns="45720" bIns="45720" numCol="1" spcCol="1270" anchor="ctr" anchorCtr="0">'
                   f'<a:noAutofit/></a:bodyPr><a:lstStyle/>{"".join(paras)}</dsp:txBody>'
                   f'<dsp:txXfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></dsp:txXfrm></dsp:sp>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<dsp:drawing xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
            'xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            f'<dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>'
            f'{"".join(sps)}</dsp:spTree></dsp:drawing>')


def smartart_layout(uid, title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<dgm:layoutDef xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
            f'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" uniqueId="{uid}">'
            f'<dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="{title}" pri="1000"/></dgm:catLst>'
            '<dgm:layoutNode name="diagram"><dgm:varLst><dgm:dir/><dgm:resizeHandles val="exact"/></dgm:varLst>'
            '<dgm:alg type="lin"/><dgm:shape xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:blip="">'
            '<dgm:adjLst/></dgm:shape><dgm:presOf/><dgm:forEach name="Name0" axis="ch" ptType="node">'
            '<dgm:layoutNode name="node"><dgm:alg type="tx"/><dgm:shape type="rect" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:blip=""><dgm:adjLst/></dgm:shape>'
            '<dgm:presOf axis="desOrSelf" ptType="node"/></dgm:layoutNode></dgm:forEach></dgm:layoutNode></dgm:layoutDef>')


QUICKSTYLE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<dgm:styleDef xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
              'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              'uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/>'
              '<dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst><dgm:scene3d><a:camera prst="orthographicFront"/>'
              '<a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:styleLbl name="node0"><dgm:scene3d>'
              '<a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/>'
              '<dgm:txPr/><dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1">'
              '<a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/>'
              '</a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl>'
              '</dgm:styleDef>')
COLORS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<dgm:colorsDef xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/>'
          '<dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst><dgm:styleLbl name="node0">'
          '<dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/></dgm:fillClrLst><dgm:linClrLst meth="repeat">'
          '<a:schemeClr val="lt1"/></dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat">'
          '<a:schemeClr val="lt1"/></dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>')


def make_plan_docx(path):
    EMU = 914400  # per inch
    process = [
        (["Kartläggning", "3 veckor", "AF och kommunens jobbcenter", "Individuell plan"], []),
        (["Språkpraktik", "8 veckor", "3 dagar/vecka på arbetsplats", "2 dagar/vecka yrkessvenska"], []),
        (["Matchning", "Arbetsgivarkontakt", "Arbetsgivarcheck vid anställning"], []),
        (["Uppföljning", "6 månader efter anställning", "Stöd till deltagare och handledare"], []),
    ]
    org = [
        (["Styrgrupp", "Ordförande: Karin Åhlén, Region Örebro län"], [
            (["Projektledare", "Peter Sund"], [
                (["Delprojekt Lärbussen", "Amir Haddad"], []),
                (["Arbetsgivarkontakt", "Lina Forsberg"], []),
                (["AF-samordnare", "Maria Nyström, Arbetsförmedlingen"], []),
            ]),
        ]),
    ]
    data1, flat1 = smartart_parts(1, "urn:microsoft.com/office/officeart/2005/8/layout/hChevron3", process, "rId14")
    data2, flat2 = smartart_parts(2, "urn:microsoft.com/office/officeart/2005/8/layout/orgChart1", org, "rId19")
    w, h = int(1.45 * EMU), int(1.35 * EMU)
    draw1 = smartart_drawing([(int(k * 1.5 * EMU), 0, w, h, "chevron" if k else "homePlate", lines)
                              for k, (lines, _) in enumerate(process)])
    draw2 = smartart_drawing([
        (int(2.0 * EMU), 0, int(2.1 * EMU), int(0.65 * EMU), "roundRect", flat2[0]),
        (int(2.0 * EMU), int(0.95 * EMU), int(2.1 * EMU), int(0.55 * EMU), "rect", flat2[1]),
        (int(0.1 * EMU), int(1.85 * EMU), int(1.9 * EMU), int(0.55 * EMU), "rect", flat2[2]),
        (int(2.1 * EMU), int(1.85 * EMU), int(1.9 * EMU), int(0.55 * EMU), "rect", flat2[3]),
        (int(4.1 * EMU), int(1.85 * EMU), int(1.9 * EMU), int(0.55 * EMU), "rect", flat2[4]),
    ])

    body = []
    body.append(para(run("Jobbsteget Örebro län", b=True, sz=44, color="1F5C57"), spacing_after=60))
    body.append(para(run("Projektplan 2026–2028", sz=32, color="1F5C57"), spacing_after=240))
    body.append(para(run("Version 1.0 – fastställd av styrgruppen 2025-12-04", i=True), spacing_after=240))
    body.append(para(run("Projektfakta", b=True), style="Rubrik2"))
    for lab, val in [("Projektägare", "Region Örebro län, Regional utveckling"),
                     ("Samverkansparter", "Arbetsförmedlingen och länets tolv kommuner"),
                     ("Projektperiod", "2026-01-01 – 2028-06-30"),
                     ("Finansiering", "ESF+ (Europeiska socialfonden+), Region Örebro län, kommunerna"),
                     ("Diarienummer", "25RS4471"),
                     ("Plan upprättad av", "Projektkansliet")]:
        body.append(tab_line(lab, val))

    body.append(para("1 Bakgrund", style="Rubrik1"))
    body.append(para("I Örebro län står många personer långt från arbetsmarknaden samtidigt som arbetsgivare inom "
                     "industri, vård och omsorg, bygg och transport har svårt att rekrytera. Särskilt i de norra "
                     "kommunerna (Hällefors, Ljusnarsberg, Nora och Lindesberg) och i Laxå och Degerfors är avstånden "
                     "till vuxenutbildning och vägledning långa. Jobbsteget ska korta vägen till arbete genom att "
                     "kombinera praktik, yrkessvenska och ett riktat stöd till arbetsgivare som anställer."))
    body.append(para("2 Syfte och mål", style="Rubrik1"))
    body.append(para("Syftet är att fler kvinnor och män som är inskrivna hos Arbetsförmedlingen sedan mer än tolv "
                     "månader ska få ett arbete eller börja studera. Projektets mål till 2028-06-30:"))
    for t in ["420 deltagare har skrivits in, varav minst hälften kvinnor.",
              "40 procent av deltagarna har arbete eller studerar 90 dagar efter avslut.",
              "Minst 60 arbetsgivare har tagit emot en deltagare för språkpraktik."]:
        body.append(para("–\u00a0" + t, spacing_after=40))
    body.append(para("3 Målgrupp och kommuner", style="Rubrik1"))
    body.append(para("Deltagare kan komma från alla tolv kommuner i länet: Örebro, Karlskoga, Kumla, Lindesberg, "
                     "Hallsberg, Askersund, Degerfors, Nora, Laxå, Lekeberg, Hällefors och Ljusnarsberg. Anvisning sker "
                     "via Arbetsförmedlingen eller kommunens arbetsmarknadsenhet."))
    body.append(para("4 Deltagarens väg genom Jobbsteget", style="Rubrik1"))
    body.append(para("Alla deltagare följer samma grundflöde, men tiden i varje steg anpassas efter individens behov. "
                     "Stegen och deras längd framgår av figur 1. Den som redan har tillräcklig svenska kan gå direkt "
                     "från kartläggning till matchning."))
    body.append(para(smartart_inline(10, 1, "Diagram 1", "SmartArt-grafik: processpil i fyra steg",
                                     int(6.0 * EMU), int(1.4 * EMU)), jc="center", keep_next=True))
    body.append(para(run("Figur 1. Deltagarens väg genom Jobbsteget", i=True, sz=18), style="Beskrivning"))
    body.append(para("5 Arbetsgivarcheck", style="Rubrik1"))
    body.append(para("En arbetsgivare som anställer en deltagare kan få en arbetsgivarcheck på 25 000 kr per "
                     "anställning. Anställningen ska omfatta minst 75 procent av heltid och vara minst sex månader. "
                     "Under projekttiden kan högst 40 checkar betalas ut. Checken betalas ut när anställningen har "
                     "börjat och arbetsgivaren har skickat in den första lönespecifikationen. Ansökan görs på "
                     "blankett JS-02."))
    body.append(para("6 Lärbussen", style="Rubrik1"))
    body.append(para("Lärbussen är ett mobilt lärcentrum med åtta studieplatser, wifi och en studie- och "
                     "yrkesvägledare ombord. Bussen leasas under 36 månader; den beräknade leasingkostnaden är "
                     "45 000 kr per månad. Bussen ska besöka fem kommuner en dag i veckan vardera: Hällefors, "
                     "Laxå, Ljusnarsberg, Lekeberg och Degerfors. Första turdag är planerad till 2 mars 2026. "
                     "Veckoschema och hållplatser fastställs i ett informationsblad inför starten."))
    body.append(para("7 Organisation", style="Rubrik1"))
    body.append(para("Projektet leds av en styrgrupp med representanter för Region Örebro län, Arbetsförmedlingen "
                     "och tre kommuner (Lindesberg, Hallsberg och Karlskoga). Projektkansliet finns på Region Örebro "
                     "län. Organisationen framgår av figur 2."))
    body.append(para(smartart_inline(15, 2, "Diagram 2", "SmartArt-grafik: organisationsschema",
                                     int(6.0 * EMU), int(2.5 * EMU)), jc="center", keep_next=True))
    body.append(para(run("Figur 2. Projektorganisation", i=True, sz=18), style="Beskrivning"))
    body.append(para("Styrgruppen sammanträder fyra gånger per år. Mötesdagar 2026: 12 februari, 23 april, "
                     "10 september och 26 november."))
    body.append(para("8 Budget och finansiering", style="Rubrik1"))
    body.append(para("Tabell 1. Budget 2026–2028 (kr)", style="Beskrivning"))
    body.append(table([["Kostnadspost", "Budget 2026–2028"],
                       ["Personal (projektledning, vägledare, arbetsgivarkontakt)", "6 450 000"],
                       ["Lärbussen (leasing, drift, förare)", "2 880 000"],
                       ["Arbetsgivarcheckar", "1 000 000"],
                       ["Språkpraktik och yrkessvenska", "2 300 000"],
                       ["Övrigt (resor, lokaler, information)", "1 570 000"],
                       ["Summa", "14 200 000"]], [6200, 2600], bold_last=True))
    body.append(para("", spacing_after=120))
    body.append(para("Tabell 2. Finansiering (kr)", style="Beskrivning"))
    body.append(table([["Finansiär", "Belopp", "Andel"],
                       ["ESF+", "7 100 000", "50 %"],
                       ["Region Örebro län", "5 000 000", "35 %"],
                       ["Kommunerna (gemensamt)", "2 100 000", "15 %"],
                       ["Summa", "14 200 000", "100 %"]], [4600, 2400, 1800], bold_last=True))
    body.append(para("9 Uppföljning", style="Rubrik1"))
    body.append(para("Projektledaren lämnar en lägesrapport till varje styrgruppsmöte. Ekonomisk uppföljning sker "
                     "via projektnummer 4711 i regionens ekonomisystem."))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" r:id="rId9"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" '
            'w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>'
                + "".join(body) + sect + "</w:body></w:document>")

    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
              '<w:sz w:val="22"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
              '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>'
              '<w:rPr><w:b/><w:color w:val="1F5C57"/><w:sz w:val="30"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>'
              '<w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Beskrivning"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:i/><w:color w:val="44546A"/><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="Tabellrutnt"><w:name w:val="Table Grid"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Sidhuvud"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Sidfot"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
              '</w:styles>')
    hdr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:hdr {W_NS}>' + para(run("Jobbsteget Örebro län – Projektplan\tVersion 1.0\tDnr 25RS4471", sz=16, color="595959"),
                                     style="Sidhuvud", tabs=[("center", "none", 4536), ("right", "none", 9070)]) + "</w:hdr>")

    def fld(instr, cached):
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r><w:t>{cached}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    ftr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:ftr {W_NS}>' + para(run("Sida ") + fld("PAGE", "1") + run(" av ") + fld("NUMPAGES", "4"),
                                     style="Sidfot", jc="right") + "</w:ftr>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
    D = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    for n, base in ((1, 10), (2, 15)):
        rels += (f'<Relationship Id="rId{base}" Type="{D}diagramData" Target="diagrams/data{n}.xml"/>'
                 f'<Relationship Id="rId{base + 1}" Type="{D}diagramLayout" Target="diagrams/layout{n}.xml"/>'
                 f'<Relationship Id="rId{base + 2}" Type="{D}diagramQuickStyle" Target="diagrams/quickStyle{n}.xml"/>'
                 f'<Relationship Id="rId{base + 3}" Type="{D}diagramColors" Target="diagrams/colors{n}.xml"/>')
    rels += ('<Relationship Id="rId14" Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" Target="diagrams/drawing1.xml"/>'
             '<Relationship Id="rId19" Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" Target="diagrams/drawing2.xml"/>'
             '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
    for n in (1, 2):
        ct += (f'<Override PartName="/word/diagrams/data{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"/>'
               f'<Override PartName="/word/diagrams/layout{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml"/>'
               f'<Override PartName="/word/diagrams/quickStyle{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml"/>'
               f'<Override PartName="/word/diagrams/colors{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml"/>'
               f'<Override PartName="/word/diagrams/drawing{n}.xml" ContentType="application/vnd.ms-office.drawingml.diagramDrawing+xml"/>')
    ct += "</Types>"
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                 '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Projektplan Jobbsteget Örebro län</dc:title><dc:creator>Peter Sund</dc:creator>'
            '<cp:lastModifiedBy>Peter Sund</cp:lastModifiedBy><cp:revision>14</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-10-02T08:11:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-12-05T09:40:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><Pages>4</Pages><Company>Region Örebro län</Company></Properties>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:defaultTabStop w:val="1304"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '</w:settings>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels), ("docProps/core.xml", core),
             ("docProps/app.xml", app), ("word/document.xml", document), ("word/styles.xml", styles),
             ("word/settings.xml", settings), ("word/header1.xml", hdr), ("word/footer1.xml", ftr),
             ("word/_rels/document.xml.rels", rels),
             ("word/diagrams/data1.xml", data1), ("word/diagrams/drawing1.xml", draw1),
             ("word/diagrams/layout1.xml", smartart_layout("urn:microsoft.com/office/officeart/2005/8/layout/hChevron3", "process")),
             ("word/diagrams/quickStyle1.xml", QUICKSTYLE), ("word/diagrams/colors1.xml", COLORS),
             ("word/diagrams/data2.xml", data2), ("word/diagrams/drawing2.xml", draw2),
             ("word/diagrams/layout2.xml", smartart_layout("urn:microsoft.com/office/officeart/2005/8/layout/orgChart1", "hierarchy")),
             ("word/diagrams/quickStyle2.xml", QUICKSTYLE), ("word/diagrams/colors2.xml", COLORS)]
    write_zip(path, parts)


# ---------------------------------------------------------------------------
# 2. Slide deck exported with every animation build as its own page
# ---------------------------------------------------------------------------
TEAL = HexColor("#1F5C57")
ORANGE = HexColor("#D9822B")
GREEN = HexColor("#3C8D5A")
GREY = HexColor("#6B6B6B")


def make_slides_pdf(path):
    Wd, Ht = 960, 540
    c = canvas.Canvas(path, pagesize=(Wd, Ht), invariant=1)
    c.setTitle("Styrgrupp Jobbsteget 2026-02-12")
    c.setAuthor("Peter Sund")
    c.setCreator("Microsoft® PowerPoint® för Microsoft 365 (PPspliT)")

    def frame(num, title):
        c.setFillColor(white)
        c.rect(0, 0, Wd, Ht, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.rect(0, Ht - 8, Wd, 8, stroke=0, fill=1)
        c.setFont("DVB", 28)
        c.drawString(48, Ht - 70, title)
        c.setStrokeColor(TEAL)
        c.setLineWidth(1.5)
        c.line(48, Ht - 84, 400, Ht - 84)
        c.setFont("DV", 9)
        c.setFillColor(GREY)
        c.drawString(48, 20, "Styrgrupp Jobbsteget Örebro län · 2026-02-12")
        c.drawRightString(Wd - 48, 20, str(num))
        c.setFillColor(black)

    def bullets(items, x=60, y=Ht - 130, size=18, lead=34):
        for it in items:
            c.setFont("DV", size)
            c.drawString(x, y, "•")
            c.drawString(x + 22, y, it)
            y -= lead
        return y

    def box(x, y, w, h, color, title, lines, size=16):
        c.setFillColor(color)
        c.roundRect(x, y, w, h, 10, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("DVB", 17)
        c.drawString(x + 18, y + h - 32, title)
        c.setFont("DV", size)
        yy = y + h - 64
        for ln in lines:
            c.drawString(x + 18, yy, ln)
            yy -= size + 10
        c.setFillColor(black)

    # 1 title
    c.setFillColor(TEAL)
    c.rect(0, 0, Wd, Ht, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DVB", 40)
    c.drawString(70, 300, "Jobbsteget Örebro län")
    c.setFont("DV", 24)
    c.drawString(70, 258, "Styrgruppsmöte 12 februari 2026")
    c.setFont("DV", 14)
    c.drawString(70, 200, "Peter Sund, projektledare · Regionens hus, sal Kilsbergen")
    c.drawString(70, 178, "Region Örebro län · Arbetsförmedlingen · Lindesberg · Hallsberg · Karlskoga")
    c.showPage()
    # 2 agenda
    frame(2, "Dagordning")
    bullets(["Lägesbild januari–februari", "Lärbussen – försenad leverans", "Arbetsgivarchecken",
             "Projektledning från april", "Beslut", "Nästa möte"])
    c.showPage()
    # 3 status
    frame(3, "Lägesbild (per 10 februari)")
    bullets(["37 deltagare inskrivna, varav 21 kvinnor",
             "Kartläggning pågår i 9 av 12 kommuner",
             "6 arbetsgivare har anmält intresse för språkpraktik",
             "Rekrytering av vägledare till Lärbussen klar (start 1 mars)"])
    c.showPage()
    # 4 Lärbussen – three builds
    b4 = ["Planerad första turdag enligt projektplanen: 2 mars 2026",
          "Bussgruppen Mitt AB levererar fordonet vecka 11 i stället för vecka 8 (ombyggnad av studieplatser)",
          "Förslag: första turdag måndag 16 mars 2026 – veckoschemat i övrigt oförändrat"]
    for k in range(1, 4):
        frame(4, "Lärbussen – försenad leverans")
        y = Ht - 130
        for j, t in enumerate(b4[:k]):
            c.setFont("DV", 17)
            c.drawString(60, y, "•")
            c.drawString(82, y, t)
            y -= 40
        c.showPage()
    # 5 Arbetsgivarchecken – three builds, proposal box exits in build 3
    for k in range(1, 4):
        frame(5, "Arbetsgivarchecken")
        box(60, 200, 380, 210, TEAL, "Nuläge (projektplan v1.0)",
            ["25 000 kr per anställning", "högst 40 checkar", "ram 1 000 000 kr"])
        if k == 2:
            box(500, 170, 400, 240, ORANGE, "Kansliets förslag",
                ["35 000 kr per anställning", "högst 29 checkar", "ram 1 015 000 kr",
                 "Arbetsgivare i norra länet: 25 000 kr", "täcker inte handledningen"], size=15)
        if k == 3:
            box(500, 170, 400, 240, GREEN, "Justerat förslag efter dialog",
                ["30 000 kr per anställning", "gäller anställningar fr.o.m. 1 mars 2026", "högst 34 checkar",
                 "ram 1 020 000 kr (+20 000 kr", "från posten Övrigt)"], size=15)
        c.setFont("DVI", 12)
        c.setFillColor(GREY)
        c.drawString(60, 150, "Källa: projektkansliet, dialog med AF och kommunerna 2–6 februari")
        c.setFillColor(black)
        c.showPage()
    # 6 Projektledning – two builds
    b6 = ["Peter Sund går över till Region Örebro läns enhet för kompetensförsörjning den 1 april",
          "Förslag: Lina Forsberg (i dag arbetsgivarkontakt i projektet) blir projektledare från 1 april 2026",
          ]
    for k in range(1, 3):
        frame(6, "Projektledning från april")
        y = Ht - 130
        for t in b6[:k]:
            c.setFont("DV", 17)
            c.drawString(60, y, "•")
            c.drawString(82, y, t)
            y -= 40
        c.showPage()
    # 7 Beslut – four builds
    dec = [("1.", "Lärbussens första turdag flyttas till 16 mars 2026."),
           ("2.", "Arbetsgivarchecken höjs till 30 000 kr per anställning för anställningar som börjar"),
           ("", "fr.o.m. 1 mars 2026. Högst 34 checkar; ramen 1 020 000 kr ryms i budgeten."),
           ("3.", "Lina Forsberg utses till projektledare från 1 april 2026."),
           ("4.", "Lägesrapport om Lärbussens tisdagsstopp (få bokningar i Laxå) till nästa möte.")]
    builds = [1, 3, 4, 5]
    for n in builds:
        frame(7, "Beslut")
        y = Ht - 130
        for num, t in dec[:n]:
            c.setFont("DVB", 17)
            c.drawString(60, y, num)
            c.setFont("DV", 17)
            c.drawString(90, y, t)
            y -= 36
        c.showPage()
    # 8 next meeting
    frame(8, "Nästa möte")
    bullets(["Torsdag 23 april 2026 kl. 13.00–15.30", "Regionens hus, sal Kilsbergen (Teams-länk skickas ut)",
             "Anmäl förhinder till projektkansliet senast 16 april"])
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 3. Leaflet with hidden optional-content layer and a schematic map
# ---------------------------------------------------------------------------
TOWNS = {  # lat, lon
    "Hällefors": (59.78, 14.52), "Kopparberg": (59.875, 15.00), "Nora": (59.52, 15.04),
    "Lindesberg": (59.59, 15.23), "Örebro": (59.27, 15.21), "Fjugesta": (59.175, 14.87),
    "Karlskoga": (59.33, 14.52), "Degerfors": (59.24, 14.43), "Laxå": (58.99, 14.62),
    "Askersund": (58.88, 14.90), "Hallsberg": (59.07, 15.11), "Kumla": (59.13, 15.14),
}
OUTLINE = [(14.45, 60.10), (14.85, 60.20), (15.25, 60.05), (15.45, 59.85), (15.65, 59.55), (15.55, 59.35),
           (15.60, 59.15), (15.45, 58.95), (15.15, 58.80), (14.85, 58.72), (14.65, 58.85), (14.45, 59.00),
           (14.30, 59.20), (14.35, 59.45), (14.30, 59.75), (14.45, 60.10)]


def make_leaflet_pdf(path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    Wd, Ht = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Lärbussen – informationsblad våren 2026")
    c.setAuthor("Region Örebro län, Kommunikation")
    c.setCreator("Adobe InDesign 20.4 (Windows)")

    def layer(tag):
        c._code.append(f"/OC /{tag} BDC")

    def end_layer():
        c._code.append("EMC")

    def proj(lat, lon, x0=52, y0=372):
        ky = 170.0
        kx = ky * math.cos(math.radians(59.4))
        return x0 + (lon - 14.25) * kx, y0 + (lat - 58.68) * ky

    def pin(x, y, num, color):
        c.setFillColor(color)
        c.circle(x, y, 7, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("DVB", 8)
        c.drawCentredString(x, y - 2.8, str(num))
        c.setFillColor(black)

    old_rows = [("Måndag", "Hällefors", "Folkets hus, parkeringen", "9.00–15.00"),
                ("Tisdag", "Hallsberg", "Resecentrum", "9.00–15.00"),
                ("Onsdag", "Fjugesta (Lekeberg)", "Torget", "10.00–14.00"),
                ("Torsdag", "Nora", "Prästgatan vid Rådhuset", "9.30–15.00"),
                ("Fredag", "Degerfors", "Stora torget", "9.00–14.00")]
    new_rows = [("Måndag", "Hällefors", "Folkets hus, parkeringen", "9.00–15.00"),
                ("Tisdag", "Laxå", "Resecentrum", "9.00–15.00"),
                ("Onsdag", "Kopparberg (Ljusnarsberg)", "Bergslagsgatan vid biblioteket", "9.30–15.30"),
                ("Torsdag", "Fjugesta (Lekeberg)", "Torget", "9.30–15.00"),
                ("Fredag", "Degerfors", "Stora torget", "9.00–14.00")]

    def schedule(rows, y_top):
        xs = [48, 118, 268, 450]
        c.setFont("DVB", 10)
        for x, hd in zip(xs, ["Dag", "Ort", "Hållplats", "Tid"]):
            c.drawString(x, y_top, hd)
        y = y_top - 18
        c.setFont("DV", 10)
        for row in rows:
            for x, v in zip(xs, row):
                c.drawString(x, y, v)
            y -= 17

    def legend(items, x, y):
        c.setFont("DVB", 10)
        c.drawString(x, y, "Hållplatser")
        y -= 18
        for num, town, day in items:
            pin(x + 7, y + 3, num, TEAL)
            c.setFont("DV", 10)
            c.drawString(x + 20, y, f"{town} – {day}")
            y -= 17

    # ---- page 1 -----------------------------------------------------------
    c.setFillColor(TEAL)
    c.rect(0, Ht - 120, Wd, 120, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DVB", 34)
    c.drawString(48, Ht - 62, "Lärbussen")
    c.setFont("DV", 15)
    c.drawString(48, Ht - 88, "Lärcentrum på hjul – vägledning, studier och jobbsök nära dig")
    c.setFont("DV", 10)
    c.drawString(48, Ht - 108, "Våren 2026 · Jobbsteget Örebro län · Region Örebro län och Arbetsförmedlingen")
    c.setFillColor(black)

    # hidden layer: the autumn-2025 draft kept in the file (layer switched OFF)
    layer("MC0")
    c.setFont("DVB", 13)
    c.drawString(48, Ht - 150, "Första turdag: måndag 2 mars 2026")
    for name in ("Hallsberg", "Nora"):
        x, y = proj(*TOWNS[name])
        pin(x, y, {"Hallsberg": 2, "Nora": 4}[name], ORANGE)
    legend([(1, "Hällefors", "måndag"), (2, "Hallsberg", "tisdag"), (3, "Fjugesta", "onsdag"),
            (4, "Nora", "torsdag"), (5, "Degerfors", "fredag")], 300, 610)
    schedule(old_rows, 318)
    c.setFont("DVB", 12)
    c.drawString(64, 170, "Boka tid: 019-602 48 00")
    c.setFont("DV", 10)
    c.drawString(64, 152, "Frågor: Peter Sund, projektledare")
    end_layer()

    # visible layer: the printed spring-2026 text
    layer("MC1")
    c.setFont("DVB", 13)
    c.setFillColor(ORANGE)
    c.drawString(48, Ht - 150, "Första turdag: måndag 16 mars 2026")
    c.setFillColor(black)
    c.setFont("DV", 10.5)
    intro = ["Lärbussen är ett mobilt lärcentrum med åtta studieplatser, wifi och en studie- och",
             "yrkesvägledare ombord. Här kan du få hjälp att hitta en utbildning, skriva CV, plugga",
             "yrkessvenska eller boka ett samtal om praktik. Bussen kommer till din ort en dag i veckan."]
    y = Ht - 172
    for ln in intro:
        c.drawString(48, y, ln)
        y -= 14
    end_layer()

    # map (base artwork, on no layer)
    c.setStrokeColor(GREY)
    c.setFillColor(HexColor("#EEF3F2"))
    pth = c.beginPath()
    for k, (lon, lat) in enumerate(OUTLINE):
        x, y = proj(lat, lon)
        (pth.moveTo if k == 0 else pth.lineTo)(x, y)
    pth.close()
    c.drawPath(pth, stroke=1, fill=1)
    for name, (lat, lon) in TOWNS.items():
        x, y = proj(lat, lon)
        if name == "Örebro":
            c.setFillColor(ORANGE)
            c.setFont("DVB", 10)
            c.drawCentredString(x, y - 3.5, "★")
            c.setFillColor(black)
            c.setFont("DV", 7)
            c.drawString(x + 6, y - 2, "Örebro")
        else:
            c.setFillColor(GREY)
            c.circle(x, y, 1.6, stroke=0, fill=1)
            c.setFont("DV", 6.5)
            c.drawString(x + 4, y + 3, name)
            c.setFillColor(black)
    c.setFont("DVI", 7)
    c.setFillColor(GREY)
    c.drawString(52, 376, "Schematisk karta, ej skalenlig")
    c.setFillColor(black)

    layer("MC1")
    for num, name in [(1, "Hällefors"), (2, "Laxå"), (3, "Kopparberg"), (4, "Fjugesta"), (5, "Degerfors")]:
        x, y = proj(*TOWNS[name])
        pin(x, y, num, TEAL)
    legend([(1, "Hällefors", "måndag"), (2, "Laxå", "tisdag"), (3, "Kopparberg", "onsdag"),
            (4, "Fjugesta", "torsdag"), (5, "Degerfors", "fredag")], 300, 610)
    c.setFont("DV", 9)
    c.drawString(300, 500, "★ Projektkontoret, Region Örebro län, Örebro")
    c.drawString(300, 486, "Bussen står vid hållplatsen hela turdagen, se tider nedan.")
    schedule(new_rows, 318)
    c.setFont("DVI", 9)
    c.drawString(48, 216, "Inga turer 3 april, 6 april, 1 maj och 14 maj (helgdagar). Sista turdag före sommaruppehållet: 12 juni.")
    c.setStrokeColor(TEAL)
    c.setLineWidth(1.2)
    c.roundRect(48, 130, 330, 70, 8, stroke=1, fill=0)
    c.setFont("DVB", 12)
    c.drawString(64, 170, "Boka tid: 019-602 48 10")
    c.setFont("DV", 10)
    c.drawString(64, 152, "eller jobbsteget@regionorebrolan.se · drop-in går också bra")
    end_layer()
    c.setFont("DV", 7)
    c.setFillColor(GREY)
    c.drawString(48, 40, "Jobbsteget medfinansieras av Europeiska unionen (ESF+). Tryck: Bergslagens Tryckeri 2026-03. Art.nr RÖL-JS-0326")
    c.setFillColor(black)
    c.showPage()

    # ---- page 2 -----------------------------------------------------------
    c.setFillColor(TEAL)
    c.rect(0, Ht - 40, Wd, 40, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DVB", 14)
    c.drawString(48, Ht - 27, "Lärbussen · våren 2026")
    c.setFillColor(black)
    layer("MC0")
    c.setFont("DV", 10)
    c.drawString(48, 250, "Projektledare: Peter Sund, 019-602 48 02")
    end_layer()
    layer("MC1")
    y = Ht - 80
    c.setFont("DVB", 16)
    c.drawString(48, y, "Det här kan du göra på Lärbussen")
    y -= 24
    c.setFont("DV", 11)
    for t in ["Få studie- och yrkesvägledning", "Skriva CV och personligt brev", "Plugga yrkessvenska med lärare på plats",
              "Låna dator och hörlurar för distansstudier", "Boka samtal om språkpraktik i Jobbsteget",
              "Få hjälp att söka till Komvux, yrkesvux och folkhögskola"]:
        c.drawString(60, y, "• " + t)
        y -= 17
    y -= 14
    c.setFont("DVB", 16)
    c.drawString(48, y, "Så bokar du")
    y -= 24
    c.setFont("DV", 11)
    for k, t in enumerate(["Ring eller mejla och säg vilken ort du vill besöka.",
                           "Du får en tid på 45 minuter med vägledaren.",
                           "Ta med legitimation och, om du har, betyg och intyg.",
                           "Kan du inte komma? Avboka senast dagen före."], 1):
        c.drawString(60, y, f"{k}. {t}")
        y -= 17
    c.setStrokeColor(GREY)
    c.rect(420, 420, 110, 110, stroke=1, fill=0)
    c.setFont("DV", 7)
    c.drawCentredString(475, 470, "[QR-kod]")
    c.drawCentredString(475, 408, "Skanna för bokningssidan")
    c.setFont("DVB", 11)
    c.drawString(48, 300, "Kontakt")
    c.setFont("DV", 10)
    c.drawString(48, 284, "Amir Haddad, delprojektledare Lärbussen")
    c.drawString(48, 270, "019-602 48 17 · amir.haddad@regionorebrolan.se")
    end_layer()
    c.setFont("DV", 7)
    c.setFillColor(GREY)
    c.drawString(48, 40, "Jobbsteget Örebro län · Region Örebro län · Arbetsförmedlingen · länets tolv kommuner")
    c.setFillColor(black)
    c.showPage()
    c.save()

    buf.seek(0)
    w = PdfWriter(clone_from=PdfReader(buf))
    ocg_new = w._add_object(DictionaryObject({NameObject("/Type"): NameObject("/OCG"),
                                              NameObject("/Name"): TextStringObject("Text vt 2026")}))
    ocg_old = w._add_object(DictionaryObject({NameObject("/Type"): NameObject("/OCG"),
                                              NameObject("/Name"): TextStringObject("Utkast ht 2025 (dold)")}))
    for page in w.pages:
        res = page[NameObject("/Resources")].get_object()
        res[NameObject("/Properties")] = DictionaryObject({NameObject("/MC0"): ocg_old, NameObject("/MC1"): ocg_new})
    w._root_object[NameObject("/OCProperties")] = DictionaryObject({
        NameObject("/OCGs"): ArrayObject([ocg_new, ocg_old]),
        NameObject("/D"): DictionaryObject({
            NameObject("/Name"): TextStringObject("Lärbussen vt26 tryckoriginal"),
            NameObject("/Order"): ArrayObject([ocg_new, ocg_old]),
            NameObject("/ON"): ArrayObject([ocg_new]),
            NameObject("/OFF"): ArrayObject([ocg_old]),
        }),
    })
    with open(path, "wb") as fh:
        w.write(fh)


# ---------------------------------------------------------------------------
# 4. GitLab issue exported to Markdown
# ---------------------------------------------------------------------------
ISSUE_MD = """<!-- Exporterad med gitlab-issue-export 2.3.1 från https://gitlab.regionorebrolan.se den 2026-05-12 10:15 -->
# Lärbussen: flytta tisdagsstoppet från Laxå till Askersund (#57)

| Fält | Värde |
|---|---|
| Projekt | `regional-utveckling/jobbsteget/larbussen` |
| Status | **Stängd** (stängd av @lina.forsberg 2026-05-12 10:02) |
| Skapad av | Amir Haddad (@amir.haddad) · 2026-03-26 14:37 |
| Tilldelad | Lina Forsberg (@lina.forsberg) |
| Etiketter | ~"Lärbussen" ~"Kommun::Askersund" ~"Status::Klar" |
| Milstolpe | %"Vår 2026" |
| Förfallodatum | 2026-05-08 |
| Vikt | 3 |
| Relaterade | #49 Bokningssidan: nytt fält för ort · !12 Uppdatera hallplatser.yml |

---

## Beskrivning

*Senast redigerad av Amir Haddad 2026-03-30 08:05*

### Bakgrund
Tisdagsstoppet i Laxå (Resecentrum) har haft få bokningar sedan starten 16 mars – i snitt 2,1 bokade samtal per tur. Askersunds kommun har erbjudit en uppställningsplats med el vid Hamnplan (vid gästhamnen) och vill gärna ha bussen.

### Förslag
- Tisdagar: **Askersund, Hamnplan**, 9.00–15.00 från och med **5 maj**
- Laxå: deltagare i Laxå hänvisas till Askersund (ca 25 min med buss 704) eller till digital vägledning via lärcentrum Laxå
- Övriga dagar oförändrade (må Hällefors, on Kopparberg, to Fjugesta, fr Degerfors)

### Att göra
- [x] Stämma av el och uppställning med Askersunds kommun
- [x] Ta upp i styrgruppen 23 april
- [x] Uppdatera bokningssidan och `hallplatser.yml` (!12)
- [x] Lapp i bussen + nyhet på webben (informationsbladet trycks **inte** om)
- [ ] ~~Ny trycksak~~

---

## Aktivitet

**Amir Haddad** @amir.haddad · 2026-03-26 14:37
> _skapade ärendet och tilldelade @peter.sund_

**Amir Haddad** @amir.haddad · 2026-03-26 14:38
> _lade till etiketterna ~"Lärbussen" ~"Status::Förslag"_

**Peter Sund** @peter.sund · 2026-03-27 09:12

Bra förslag. Jag går över till kompetensförsörjningsenheten på onsdag (1/4) så @lina.forsberg får ta den här vidare. Tar vi det på styrgruppen 23/4 behöver vi inte ett eget beslut av mig innan.

:thumbsup: 2

**Amir Haddad** @amir.haddad · 2026-03-30 08:05
> _ändrade beskrivningen_ ([jämför ändringar](#note_1207))

**Lina Forsberg** @lina.forsberg · 2026-04-01 08:20
> _tilldelade @lina.forsberg och tog bort tilldelningen av @peter.sund_

**Lina Forsberg** @lina.forsberg · 2026-04-01 08:21
> _satte förfallodatum till 2026-04-30_

<details>
<summary>Tråd: Hallsberg i stället? (löst av Lina Forsberg 2026-04-02)</summary>

**Karin Åhlén** @karin.ahlen · 2026-04-01 16:44

Har vi tittat på Hallsberg i stället för Askersund? Det var ju med i första utkastet av bladet.

**Amir Haddad** @amir.haddad · 2026-04-02 07:58

Hallsberg har redan ett fast lärcentrum vid resecentrum, så det blir dubbelt. Askersund saknar helt vägledning på plats.

**Lina Forsberg** @lina.forsberg · 2026-04-02 08:30

Håller med. Askersund går vidare till styrgruppen.

</details>

**Lina Forsberg** @lina.forsberg · 2026-04-24 11:05

Styrgruppen godkände flytten i går (SG 2026-04-23 § 6), men **inte från 5 maj**: Askersund blir inte klara med elstolpen vid Hamnplan förrän vecka 19. Första tisdagen i Askersund blir därför **12 maj 2026**. Tisdag 5 maj står bussen kvar i Laxå en sista gång.

/label ~"Status::Beslutad"

**Lina Forsberg** @lina.forsberg · 2026-04-24 11:06
> _lade till etiketten ~"Status::Beslutad" och tog bort ~"Status::Förslag"_

**Lina Forsberg** @lina.forsberg · 2026-04-24 11:06
> _ändrade förfallodatum till 2026-05-08 från 2026-04-30_

**Elin Strand** @elin.strand · 2026-05-06 15:48

Bokningssidan är uppdaterad och går live måndag kväll 11/5. OBS att tiderna i Askersund inte blir 9.00–15.00 som i beskrivningen: torghandeln har parkeringen till kl. 9.15, så tisdagarna vid Hamnplan blir **9.30–15.30**. Har stämt av med Amir.

:white_check_mark: 3

**Elin Strand** @elin.strand · 2026-05-06 15:49
> _markerade uppgiften **Uppdatera bokningssidan och `hallplatser.yml` (!12)** som slutförd_

**Amir Haddad** @amir.haddad · 2026-05-07 10:12

:+1: Lappen sitter uppe i bussen. Laxå-besökarna från 5 maj har fått sms om flytten.

**Lina Forsberg** @lina.forsberg · 2026-05-12 10:02
> _lade till etiketten ~"Status::Klar" och tog bort ~"Status::Beslutad"_

**Lina Forsberg** @lina.forsberg · 2026-05-12 10:02
> _stängde ärendet_
"""


# ---------------------------------------------------------------------------
# 5. Application form filled in with 'Fill & Sign' annotations
# ---------------------------------------------------------------------------
def make_form_pdf(path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, BooleanObject, DecodedStreamObject, DictionaryObject, FloatObject,
                               NameObject, NumberObject, TextStringObject)
    Wd, Ht = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("JS-02 Ansökan om arbetsgivarcheck")
    c.setAuthor("Region Örebro län")
    c.setCreator("Microsoft® Word för Microsoft 365")
    c.setProducer("Microsoft® Word för Microsoft 365; ändrad med Adobe Acrobat Reader (64-bit) 25.1")

    fields = {}  # key -> (x, y) baseline of the value area

    c.setFont("DVB", 11)
    c.setFillColor(TEAL)
    c.drawString(48, Ht - 50, "Region Örebro län")
    c.setFillColor(black)
    c.setFont("DV", 8)
    c.drawRightString(Wd - 48, Ht - 50, "Blankett JS-02 · version 2025-11")
    c.setFont("DVB", 16)
    c.drawString(48, Ht - 84, "Ansökan om arbetsgivarcheck – Jobbsteget Örebro län")
    c.setFont("DV", 9)
    for k, ln in enumerate(["Arbetsgivarchecken är 25 000 kr per anställning av en deltagare i Jobbsteget. Checken betalas ut",
                            "när anställningen har börjat och den första lönespecifikationen har skickats in. Fyll i blanketten",
                            "digitalt eller för hand och skicka den till Jobbsteget, Region Örebro län, 701 16 Örebro."]):
        c.drawString(48, Ht - 104 - 12 * k, ln)

    def section(y, title):
        c.setFillColor(HexColor("#D9E7E5"))
        c.rect(48, y, Wd - 96, 18, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("DVB", 10)
        c.drawString(54, y + 5, title)

    def box(key, x, y, w, label, h=30):
        c.setStrokeColor(GREY)
        c.setLineWidth(0.6)
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setFont("DV", 7)
        c.setFillColor(GREY)
        c.drawString(x + 3, y + h - 8, label)
        c.setFillColor(black)
        fields[key] = (x + 4, y + 5, w - 8)

    def tick(key, x, y, label):
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.rect(x, y, 9, 9, stroke=1, fill=0)
        c.setFont("DV", 9)
        c.drawString(x + 13, y + 1, label)
        fields[key] = (x, y)

    L, R = 48, Wd - 48
    y = Ht - 162
    section(y, "1. Arbetsgivare")
    y -= 34
    box("foretag", L, y, 330, "Företagets/organisationens namn")
    box("orgnr", L + 334, y, R - L - 334, "Organisationsnummer")
    y -= 34
    box("adress", L, y, 330, "Postadress")
    box("kommun", L + 334, y, R - L - 334, "Kommun där arbetet utförs")
    y -= 34
    box("kontakt", L, y, 200, "Kontaktperson")
    box("telefon", L + 204, y, 126, "Telefon")
    box("epost", L + 334, y, R - L - 334, "E-post")
    y -= 30
    section(y, "2. Anställningen")
    y -= 34
    box("deltagar_id", L, y, 130, "Deltagar-ID i Jobbsteget")
    box("yrke", L + 134, y, R - L - 134, "Befattning/yrke")
    y -= 22
    c.setFont("DV", 8)
    c.drawString(L, y + 3, "Anställningsform:")
    tick("tillsvidare", L + 90, y + 2, "Tillsvidare")
    tick("visstid", L + 180, y + 2, "Visstid minst 6 månader")
    tick("prov", L + 330, y + 2, "Provanställning")
    y -= 36
    box("grad", L, y, 130, "Sysselsättningsgrad (%)")
    box("start", L + 134, y, 160, "Anställningen börjar (datum)")
    box("lon", L + 298, y, R - L - 298, "Månadslön före skatt (kr)")
    y -= 22
    c.setFont("DV", 8)
    c.drawString(L, y + 3, "Kollektivavtal:")
    tick("ka_ja", L + 90, y + 2, "Ja")
    tick("ka_nej", L + 130, y + 2, "Nej")
    y -= 30
    section(y, "3. Sökt belopp")
    y -= 34
    box("belopp", L, y, 200, "Belopp (kr)")
    c.setFont("DVI", 7.5)
    c.setFillColor(GREY)
    c.drawString(L + 210, y + 18, "Ange checkbeloppet enligt gällande villkor (se sidan 2).")
    c.drawString(L + 210, y + 8, "Exempel: 25 000")
    c.setFillColor(black)
    y -= 30
    section(y, "4. Underskrift")
    y -= 44
    box("datum", L, y, 120, "Datum", h=40)
    box("sign", L + 124, y, 220, "Namnteckning", h=40)
    box("fortydl", L + 348, y, R - L - 348, "Namnförtydligande", h=40)
    y -= 26
    c.setFont("DV", 7.5)
    c.drawString(L, y, "Region Örebro län behandlar personuppgifterna i ansökan enligt dataskyddsförordningen (GDPR), se regionorebrolan.se/dataskydd.")
    c.setFont("DV", 7)
    c.setFillColor(GREY)
    c.drawString(L, 30, "JS-02 v. 2025-11 · Jobbsteget Örebro län · Sida 1 av 2")
    c.setFillColor(black)
    c.showPage()
    # page 2: terms printed on the template (old level)
    c.setFont("DVB", 13)
    c.drawString(48, Ht - 60, "Villkor för arbetsgivarcheck (version 2025-11)")
    c.setFont("DV", 10)
    yy = Ht - 86
    for ln in ["1. Checken är 25 000 kr per anställning och betalas ut en gång.",
               "2. Anställningen ska omfatta minst 75 procent av heltid och vara minst sex månader.",
               "3. Deltagaren ska vara inskriven i Jobbsteget när anställningen börjar.",
               "4. Under projekttiden kan högst 40 checkar betalas ut (först till kvarn).",
               "5. Checken betalas ut när anställningen har börjat och den första lönespecifikationen",
               "    har kommit in. Utbetalning sker till arbetsgivarens bankgiro.",
               "6. Checken kan krävas tillbaka om anställningen upphör under de första tre månaderna",
               "    av skäl som beror på arbetsgivaren."]:
        c.drawString(48, yy, ln)
        yy -= 16
    c.setFont("DV", 7)
    c.setFillColor(GREY)
    c.drawString(48, 30, "JS-02 v. 2025-11 · Jobbsteget Örebro län · Sida 2 av 2")
    c.showPage()
    c.save()

    buf.seek(0)
    w = PdfWriter(clone_from=PdfReader(buf))
    helv = w._add_object(DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                           NameObject("/Subtype"): NameObject("/Type1"),
                                           NameObject("/BaseFont"): NameObject("/Helvetica"),
                                           NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))
    zadb = w._add_object(DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                           NameObject("/Subtype"): NameObject("/Type1"),
                                           NameObject("/BaseFont"): NameObject("/ZapfDingbats")}))

    def pdfstr(s):
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    def apstream(bbox, ops, fonts):
        st = DecodedStreamObject()
        st.set_data(ops)
        st.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                   NameObject("/BBox"): ArrayObject([FloatObject(v) for v in bbox]),
                   NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject(fonts)})})
        return w._add_object(st)

    annots = {0: [], 1: []}
    stamp_time = {"t": 0}

    def mtime():
        stamp_time["t"] += 17
        s = stamp_time["t"]
        return TextStringObject("D:20260506%02d%02d%02d+02'00'" % (14, 3 + s // 60, s % 60))

    def freetext(key, text, size=10.0, page=0):
        x, y, wmax = fields[key]
        wdt = max(20.0, 0.52 * size * len(text) + 6)
        rect = [x, y - 2, x + wdt, y + size + 2]
        ops = b"/Tx BMC q BT /Helv %.1f Tf 0 0 0 rg 1 3 Td (" % size + pdfstr(text) + b") Tj ET Q EMC"
        ap = apstream([0, 0, wdt, size + 4], ops, {NameObject("/Helv"): helv})
        a = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
            NameObject("/Contents"): TextStringObject(text),
            NameObject("/DA"): TextStringObject("/Helv %.1f Tf 0 g" % size),
            NameObject("/IT"): NameObject("/FreeTextTypeWriter"),
            NameObject("/F"): NumberObject(4), NameObject("/M"): mtime(),
            NameObject("/NM"): TextStringObject("fillsign-%s" % key),
            NameObject("/Border"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)]),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): ap}),
        })
        annots[page].append(w._add_object(a))

    def checkmark(key):
        x, y = fields[key]
        rect = [x - 1, y - 1, x + 11, y + 11]
        ap = apstream([0, 0, 12, 12], b"q BT /ZaDb 11 Tf 0 0 0 rg 1 2 Td (4) Tj ET Q", {NameObject("/ZaDb"): zadb})
        a = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
            NameObject("/Contents"): TextStringObject(""),
            NameObject("/DA"): TextStringObject("/ZaDb 11 Tf 0 g"),
            NameObject("/IT"): NameObject("/FreeTextTypeWriter"),
            NameObject("/F"): NumberObject(4), NameObject("/M"): mtime(),
            NameObject("/NM"): TextStringObject("fillsign-check-%s" % key),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): ap}),
        })
        annots[0].append(w._add_object(a))

    freetext("foretag", "Norabygdens Plåt & Vent AB")
    freetext("orgnr", "556912-4408")
    freetext("adress", "Järnvägsgatan 14, 713 30 Nora")
    freetext("kommun", "Nora")
    freetext("kontakt", "Jessica Ekdahl, VD")
    freetext("telefon", "0587-31 22 40")
    freetext("epost", "jessica@norabygdensplat.se", size=9)
    freetext("deltagar_id", "JS-0311")
    freetext("yrke", "Plåtslagare, ventilation (med handledare Tomas Ek)")
    checkmark("tillsvidare")
    freetext("grad", "100")
    freetext("start", "1 juni 2026")
    checkmark("ka_ja")
    freetext("belopp", "30 000 (nya nivån)")
    freetext("datum", "2026-05-06")
    freetext("fortydl", "Jessica Ekdahl")

    # ink signature
    sx, sy, _ = fields["sign"]
    pts = []
    for k in range(60):
        t = k / 59.0
        pts.append((sx + 10 + 150 * t, sy + 10 + 9 * math.sin(t * 13.0) * (1 - 0.5 * t) + 4 * math.cos(t * 29.0)))
    minx, miny = min(p[0] for p in pts) - 2, min(p[1] for p in pts) - 2
    maxx, maxy = max(p[0] for p in pts) + 2, max(p[1] for p in pts) + 2
    ops = b"q 0 0 0.55 RG 1.1 w 1 J 1 j " + b" ".join(
        (b"%.2f %.2f %s" % (px - minx, py - miny, b"m" if k == 0 else b"l")) for k, (px, py) in enumerate(pts)) + b" S Q"
    ap = apstream([0, 0, maxx - minx, maxy - miny], ops, {})
    ink = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Ink"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (minx, miny, maxx, maxy)]),
        NameObject("/InkList"): ArrayObject([ArrayObject([FloatObject(round(v, 2)) for p in pts for v in p])]),
        NameObject("/C"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(0.55)]),
        NameObject("/BS"): DictionaryObject({NameObject("/W"): FloatObject(1.1)}),
        NameObject("/F"): NumberObject(4), NameObject("/M"): mtime(),
        NameObject("/NM"): TextStringObject("fillsign-signature"),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): ap}),
    })
    annots[0].append(w._add_object(ink))

    # received stamp by the region (Stamp annotation with its own appearance)
    st_ops = (b"q 0.75 0.1 0.1 RG 1.5 w 2 2 146 44 re S BT /Helv 11 Tf 0.75 0.1 0.1 rg 12 30 Td (INKOM) Tj ET "
              b"BT /Helv 8 Tf 0.75 0.1 0.1 rg 12 18 Td (" + pdfstr("2026-05-07 · Region Örebro län") + b") Tj ET "
              b"BT /Helv 8 Tf 0.75 0.1 0.1 rg 12 8 Td (Dnr 26RS1187) Tj ET Q")
    st_ap = apstream([0, 0, 150, 48], st_ops, {NameObject("/Helv"): helv})
    stamp = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Stamp"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (Wd - 210, Ht - 150, Wd - 60, Ht - 102)]),
        NameObject("/Name"): NameObject("/Received"),
        NameObject("/Contents"): TextStringObject("INKOM 2026-05-07 Region Örebro län, Dnr 26RS1187"),
        NameObject("/T"): TextStringObject("Registrator RÖL"),
        NameObject("/F"): NumberObject(4), NameObject("/M"): TextStringObject("D:20260507083100+02'00'"),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): st_ap}),
    })
    annots[0].append(w._add_object(stamp))
    # sticky note by the case officer
    note = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (Wd - 70, Ht - 330, Wd - 50, Ht - 310)]),
        NameObject("/Contents"): TextStringObject("Komplett. Lönespec för juni inväntas innan utbetalning. "
                                                  "Belopp enligt SG-beslut 2026-02-12 (30 000 kr). /LF"),
        NameObject("/T"): TextStringObject("Lina Forsberg"),
        NameObject("/Name"): NameObject("/Comment"), NameObject("/Open"): BooleanObject(False),
        NameObject("/F"): NumberObject(28), NameObject("/M"): TextStringObject("D:20260508101500+02'00'"),
        NameObject("/C"): ArrayObject([FloatObject(1), FloatObject(0.85), FloatObject(0.2)]),
    })
    annots[0].append(w._add_object(note))

    for pno, lst in annots.items():
        if lst:
            w.pages[pno][NameObject("/Annots")] = ArrayObject(lst)
    with open(path, "wb") as fh:
        w.write(fh)


# ---------------------------------------------------------------------------
# 6. SIE 4 export in code page 437
# ---------------------------------------------------------------------------
def make_sie(path):
    P = '{6 "4711"}'

    def obj(kommun=None):
        return '{6 "4711" 20 "%s"}' % kommun if kommun else P

    lines = [
        "#FLAGGA 0",
        '#PROGRAM "Raindance Ekonomi" "2024.2"',
        "#FORMAT PC8",
        "#GEN 20260805 LIFO01",
        "#SIETYP 4",
        '#PROSA "Utdrag projekt 4711 Jobbsteget Örebro län, perioden 2026-01-01 - 2026-07-31. '
        'Endast kostnadsverifikationer med projektkod 4711. Löner bokförs via lönesystemet och ingår inte."',
        '#FNAMN "Region Örebro län"',
        "#RAR 0 20260101 20261231",
        "#KPTYP EUBAS97",
        "#VALUTA SEK",
        '#DIM 1 "Ansvar"',
        '#DIM 6 "Projekt"',
        '#DIM 20 "Kommun"',
        '#OBJEKT 6 "4711" "Jobbsteget Örebro län"',
    ]
    for code, name in [("1814", "Lekeberg"), ("1860", "Laxå"), ("1861", "Hallsberg"), ("1862", "Degerfors"),
                       ("1863", "Hällefors"), ("1864", "Ljusnarsberg"), ("1880", "Örebro"), ("1881", "Kumla"),
                       ("1882", "Askersund"), ("1883", "Karlskoga"), ("1884", "Nora"), ("1885", "Lindesberg")]:
        lines.append(f'#OBJEKT 20 "{code}" "{name}"')
    accts = [("2440", "Leverantörsskulder"), ("2890", "Övriga kortfristiga skulder"),
             ("4590", "Lämnade bidrag till företag"), ("5010", "Lokalhyra"),
             ("5612", "Drivmedel och el för fordon"), ("5630", "Leasing av bussar och lastbilar"),
             ("6550", "Konsultarvoden, utbildning"), ("6990", "Övriga externa kostnader")]
    for a, n in accts:
        lines.append(f'#KONTO {a} "{n}"')
    for a, n in accts:
        lines.append(f"#KTYP {a} {'S' if a.startswith('2') else 'K'}")
    lines.append("")

    vers = [
        ("A", 61, "20260129", "Yrkessvenska vt 2026 del 1, Kumla folkhögskola fakt 2026-0114",
         [("6550", obj(), "86400.00"), ("2440", "{}", "-86400.00")]),
        ("A", 97, "20260227", "Informationsblad Lärbussen, Bergslagens Tryckeri fakt 50871",
         [("6990", obj(), "14250.00"), ("2440", "{}", "-14250.00")]),
        ("A", 118, "20260331", "Leasing Lärbussen 16-31 mars, Bussgruppen Mitt AB fakt 88213",
         [("5630", obj(), "20075.48"), ("2440", "{}", "-20075.48")]),
        ("A", 131, "20260410", "Arbetsgivarcheck Hallsbergs Åkeri AB, JS-0102, anst. fr.o.m. 2026-02-16 (nivå före 1/3)",
         [("4590", obj("1861"), "25000.00"), ("2890", "{}", "-25000.00")]),
        ("A", 164, "20260430", "Leasing Lärbussen april, Bussgruppen Mitt AB fakt 88377",
         [("5630", obj(), "38900.00"), ("2440", "{}", "-38900.00")]),
        ("A", 176, "20260508", "Lokalhyra lärcentrum Hällefors apr-jun, Hällefors Bostäder",
         [("5010", obj("1863"), "9600.00"), ("2440", "{}", "-9600.00")]),
        ("A", 209, "20260529", "Leasing Lärbussen maj, Bussgruppen Mitt AB fakt 88541",
         [("5630", obj(), "38900.00"), ("2440", "{}", "-38900.00")]),
        ("A", 214, "20260529", "Laddel Hamnplan Askersund maj, Askersunds kommun",
         [("5612", obj("1882"), "1850.00"), ("2440", "{}", "-1850.00")]),
        ("A", 244, "20260612", "Arbetsgivarcheck Bergslagens Omsorg AB, Lindesberg, JS-0207",
         [("4590", obj("1885"), "30000.00"), ("2890", "{}", "-30000.00")]),
        ("A", 257, "20260630", "Leasing Lärbussen juni, Bussgruppen Mitt AB fakt 88702",
         [("5630", obj(), "38900.00"), ("2440", "{}", "-38900.00")]),
        ("A", 271, "20260703", "Arbetsgivarcheck Norabygdens Plåt & Vent AB, Nora, JS-0311",
         [("4590", obj("1884"), "25000.00"), ("2890", "{}", "-25000.00")]),
        ("A", 272, "20260706", "Rättelse av A 271 - fel belopp (gammal nivå 25 000)",
         [("4590", obj("1884"), "-25000.00"), ("2890", "{}", "25000.00")]),
        ("A", 273, "20260706", "Arbetsgivarcheck Norabygdens Plåt & Vent AB, Nora, JS-0311 (rätt belopp)",
         [("4590", obj("1884"), "30000.00"), ("2890", "{}", "-30000.00")]),
        ("A", 301, "20260731", "Leasing Lärbussen juli, Bussgruppen Mitt AB fakt 88869",
         [("5630", obj(), "38900.00"), ("2440", "{}", "-38900.00")]),
    ]
    for ser, nr, date, text, trans in vers:
        lines.append(f'#VER {ser} {nr} {date} "{text}" {date}')
        lines.append("{")
        for acct, ob, amt in trans:
            lines.append(f"   #TRANS {acct} {ob} {amt}")
        lines.append("}")
    data = "\r\n".join(lines) + "\r\n"
    with open(path, "wb") as fh:
        fh.write(data.encode("cp437"))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python r184_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_plan_docx(os.path.join(out, FN_PLAN))
    make_slides_pdf(os.path.join(out, FN_SLIDES))
    make_leaflet_pdf(os.path.join(out, FN_LEAFLET))
    with open(os.path.join(out, FN_ISSUE), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(ISSUE_MD)
    make_form_pdf(os.path.join(out, FN_FORM))
    make_sie(os.path.join(out, FN_SIE))


if __name__ == "__main__":
    main()
