#!/usr/bin/env python3
"""Round r227 – Jönköpings län – test documents for the made-up project KLIV.

Usage:  python r227_make_files.py OUT_DIR

Deterministic: no clock, no randomness, fixed metadata (reportlab invariant mode,
hand-built DOCX packages with fixed zip timestamps).

Story (oldest -> newest), each document updates the ones before it:
 1. 2026-11-12  KLIV_projektplan_v1.0.pdf              plan (PDF, letter-spaced headings,
                                                        vertical margin text, amounts in tkr)
 2. 2027-01-20  Protokoll_styrgrupp_KLIV_2027-01-20.docx minutes: Sävsjö joins, kick-off
                                                        moved (facts in hyperlink texts)
 3. 2027-02-03  Inbjudan_kickoff_KLIV.pdf              designed flyer (calendar badge, boxes)
 4. 2027-04-14  Protokoll_styrgrupp_KLIV_2027-04-14.docx decisions: check amount, deadline,
                                                        budget, target (fragmented Word runs)
 5. 2027-09-08  trello_kort_KLIV_forlangning_projektledning.md  Trello card export, activity
                                                        newest first
 6. 2027-10-11  bevakning_KLIV_webbsida_2027-10-11.txt  web change-detection alert (diff lines)
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

if len(sys.argv) != 2:
    sys.exit("usage: r227_make_files.py OUT_DIR")
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

W, H = A4


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def fixed_canvas(path, title, author, subject):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("Microsoft Word för Microsoft 365")
    c.setProducer("Microsoft Word för Microsoft 365")
    return c


# ---------------------------------------------------------------------------
# 1. Projektplan (PDF) – letter-spaced headings, vertical margin text, tkr table
# ---------------------------------------------------------------------------
def spaced(c, x, y, text, font, size, space, color=colors.black):
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(space)
    t.setFillColor(color)
    t.textOut(text)
    c.drawText(t)


def margin_text(c, page, total):
    c.saveState()
    c.translate(28, 120)
    c.rotate(90)
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.HexColor("#7a7a7a"))
    c.drawString(0, 0, "Dnr RJL 2026/1418  ·  Projektplan KLIV  ·  version 1.0  ·  "
                       "2026-11-12  ·  sida %d (%d)" % (page, total))
    c.restoreState()


def body(c, x, y, text, width=W - 150, font="Helvetica", size=10.5, lead=14.5):
    c.setFont(font, size)
    c.setFillColor(colors.black)
    for line in wrap(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y - 5


def heading(c, x, y, num, text):
    c.setFont("Helvetica-Bold", 11)
    c.setFillColor(colors.HexColor("#004b87"))
    c.drawString(x, y, num)
    spaced(c, x + 22, y, text, "Helvetica-Bold", 11, 3.2, colors.HexColor("#004b87"))
    return y - 20


def make_plan(path):
    c = fixed_canvas(path, "Projektplan KLIV v1.0", "Jonas Berg",
                     "Projektplan för KLIV, Region Jönköpings län")
    X = 75
    # ---- page 1
    margin_text(c, 1, 2)
    c.setFillColor(colors.HexColor("#004b87"))
    c.rect(0, H - 18, W, 18, stroke=0, fill=1)
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(X, H - 40, "Region Jönköpings län  ·  Avdelningen för regional utveckling")
    spaced(c, X, H - 95, "PROJEKTPLAN", "Helvetica", 13, 7, colors.HexColor("#555555"))
    spaced(c, X, H - 140, "KLIV", "Helvetica-Bold", 40, 14, colors.HexColor("#004b87"))
    c.setFont("Helvetica-Oblique", 11)
    c.setFillColor(colors.black)
    c.drawString(X, H - 165, "Kompetenslyft för industrins små och medelstora företag i GGVV")
    c.setFont("Helvetica", 9)
    c.drawString(X, H - 182, "Version 1.0  ·  12 november 2026  ·  Ansvarig: Jonas Berg, projektledare")
    c.setStrokeColor(colors.HexColor("#004b87"))
    c.line(X, H - 195, W - 75, H - 195)

    y = H - 225
    y = heading(c, X, y, "1", "BAKGRUND")
    y = body(c, X, y,
             "Industriföretagen i Gnosjöregionen har svårt att hitta och behålla rätt kompetens. "
             "Många företag är små och saknar en egen HR-funktion, och omställningen mot mer "
             "automatiserad och fossilfri produktion ställer nya krav på de anställda.")
    y = body(c, X, y,
             "KLIV – Kompetens och Lärande i Industrins Värdekedjor – är ett samverkansprojekt "
             "mellan Region Jönköpings län och kommunerna Gislaved, Gnosjö, Vaggeryd och Värnamo "
             "(GGVV). Projektet riktar sig till SMF – små och medelstora företag, dvs. företag med "
             "färre än 250 anställda – inom tillverkningsindustrin och dess underleverantörer.")
    y = heading(c, X, y - 4, "2", "SYFTE OCH MÅL")
    y = body(c, X, y,
             "Syftet är att öka företagens förmåga att planera och genomföra kompetensutveckling. "
             "Målet är att minst 120 företag och 600 anställda deltar under projektperioden "
             "1 februari 2027 – 31 december 2028.")
    y = heading(c, X, y - 4, "3", "KOMPETENSCHECK")
    y = body(c, X, y,
             "Deltagande företag kan söka en kompetenscheck på upp till 40 000 kr per företag. "
             "Företaget står själv för 50 % av kostnaden. Checken kan användas till utbildning, "
             "validering och kompetenskartläggning hos godkända utbildningsanordnare. Checkarna "
             "söks i två ansökningsomgångar, se avsnitt 6.")
    y = heading(c, X, y - 4, "4", "ORGANISATION")
    y = body(c, X, y,
             "Projektägare är Region Jönköpings län, avdelningen för regional utveckling. "
             "Styrgruppens ordförande är Anna Lindqvist, regional utvecklingsdirektör. I styrgruppen "
             "ingår därutöver en representant per deltagande kommun. Projektledare är Jonas Berg, "
             "som också är styrgruppens sekreterare.")
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(X, 40, "Projektplan KLIV  ·  v1.0")
    c.drawRightString(W - 75, 40, "1")
    c.showPage()

    # ---- page 2
    margin_text(c, 2, 2)
    c.setFillColor(colors.HexColor("#004b87"))
    c.rect(0, H - 18, W, 18, stroke=0, fill=1)
    y = H - 70
    y = heading(c, X, y, "5", "BUDGET")
    y = body(c, X, y,
             "Projektet finansieras av Europeiska socialfonden (ESF+) via Svenska ESF-rådet, "
             "Region Jönköpings län, de deltagande kommunerna och företagens egeninsats. "
             "Alla belopp i tabellen anges i tkr.")
    rows = [("Finansiär", "2027", "2028", "Totalt"),
            ("ESF+ (Svenska ESF-rådet)", "3 195", "3 195", "6 390"),
            ("Region Jönköpings län", "1 065", "1 065", "2 130"),
            ("Kommunerna (GGVV)", "710", "710", "1 420"),
            ("Företagens egeninsats", "2 130", "2 130", "4 260"),
            ("Summa", "7 100", "7 100", "14 200")]
    colx = [X, X + 230, X + 310, X + 390]
    for i, row in enumerate(rows):
        yy = y - i * 18
        if i == 0 or i == len(rows) - 1:
            c.setFont("Helvetica-Bold", 10)
        else:
            c.setFont("Helvetica", 10)
        c.setFillColor(colors.black)
        c.drawString(colx[0], yy, row[0])
        for j in (1, 2, 3):
            c.drawRightString(colx[j] + 50, yy, row[j])
        c.setStrokeColor(colors.HexColor("#999999"))
        c.line(X, yy - 5, X + 440, yy - 5)
    y = y - len(rows) * 18 - 25

    y = heading(c, X, y, "6", "TIDPLAN")
    tp = [("Aktivitet", "När", "Var / kommentar"),
          ("Projektstart", "1 februari 2027", ""),
          ("Kick-off för företag", "16 mars 2027", "Gnosjöhallen, Gnosjö"),
          ("Ansökningsomgång 1", "april 2027", "kompetenscheck"),
          ("Ansökningsomgång 2", "hösten 2027", "kompetenscheck"),
          ("Slutkonferens", "november 2028", "Jönköping"),
          ("Projektslut", "31 december 2028", "")]
    colx = [X, X + 170, X + 290]
    for i, row in enumerate(tp):
        yy = y - i * 18
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
        for j in range(3):
            c.drawString(colx[j], yy, row[j])
        c.setStrokeColor(colors.HexColor("#999999"))
        c.line(X, yy - 5, X + 440, yy - 5)
    y = y - len(tp) * 18 - 25
    y = heading(c, X, y, "7", "UPPFÖLJNING")
    y = body(c, X, y,
             "Styrgruppen sammanträder fyra gånger per år. Ändringar av budget, mål och tidplan "
             "beslutas av styrgruppen och redovisas till Svenska ESF-rådet. Denna plan gäller tills "
             "styrgruppen beslutar annat.")
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(X, 40, "Projektplan KLIV  ·  v1.0")
    c.drawRightString(W - 75, 40, "2")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# DOCX helpers (hand-built package, fixed zip timestamps)
# ---------------------------------------------------------------------------
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="Standardstycketeckensnitt"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="character" w:styleId="Hyperlnk"><w:name w:val="Hyperlink"/><w:basedOn w:val="Standardstycketeckensnitt"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="Normaltabell"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="Tabellrutnt"><w:name w:val="Table Grid"/><w:basedOn w:val="Normaltabell"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>""" % NS

SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings %s><w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="1304"/><w:characterSpacingControl w:val="doNotCompress"/>%s<w:themeFontLang w:val="sv-SE"/></w:settings>"""

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%d</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>%d</TotalTime><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>Region Jönköpings län</Company><AppVersion>16.0000</AppVersion></Properties>"""


def write_docx(path, body_xml, hyperlinks, title, author, modby, rev, created, modified,
               rsids="", total_time=12, zip_date=(2027, 1, 1, 8, 0, 0)):
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    for rid, url in hyperlinks:
        rels.append('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="%s" TargetMode="External"/>'
                    % (rid, escape(url, {'"': "&quot;"})))
    rels.append("</Relationships>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>') % (NS, body_xml)
    parts = [
        ("[Content_Types].xml", CT),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", CORE % (escape(title), escape(author), escape(modby), rev, created, modified)),
        ("docProps/app.xml", APP % total_time),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", "\n".join(rels)),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS % (NS, rsids)),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=zip_date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))


def t(text):
    return '<w:t xml:space="preserve">%s</w:t>' % escape(text)


def run(text, bold=False, italic=False, extra=""):
    rpr = ""
    if bold or italic or extra:
        rpr = "<w:rPr>%s%s%s</w:rPr>" % ("<w:b/>" if bold else "", "<w:i/>" if italic else "", extra)
    return "<w:r>%s%s</w:r>" % (rpr, t(text))


def para(inner, style=None, extra_ppr=""):
    ppr = ""
    if style or extra_ppr:
        ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "", extra_ppr)
    return "<w:p>%s%s</w:p>" % (ppr, inner)


# ---------------------------------------------------------------------------
# 2. Minutes 2027-01-20 (DOCX) – decisive facts live in hyperlink display texts
# ---------------------------------------------------------------------------
def make_minutes1(path):
    links = []

    def hl(text, url):
        rid = "rId%d" % (10 + len(links))
        links.append((rid, url))
        return ('<w:hyperlink r:id="%s" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlnk"/>'
                '</w:rPr>%s</w:r></w:hyperlink>') % (rid, t(text))

    def cell(inner, width):
        return ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (width, inner))

    B = []
    B.append(para(run("Protokoll – styrgruppen för KLIV"), "Rubrik"))
    B.append(para(run("Möte nr 1/2027", bold=True)))
    B.append(para(run("Datum: onsdag 20 januari 2027, kl. 13.00–15.00")))
    B.append(para(run("Plats: Regionens hus, Jönköping, rum Vättern samt ") +
                  hl("Teams", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_KLIV-styrgrupp-1-2027")))
    B.append(para(run("Närvarande", bold=True)))
    people = [("Anna Lindqvist", "anna.lindqvist@rjl.se", "Region Jönköpings län, ordförande"),
              ("Erik Sandberg", "erik.sandberg@varnamo.se", "Värnamo kommun"),
              ("Sofia Nyström", "sofia.nystrom@gislaved.se", "Gislaveds kommun"),
              ("Peter Holm", "peter.holm@gnosjo.se", "Gnosjö kommun"),
              ("Karin Åberg", "karin.aberg@vaggeryd.se", "Vaggeryds kommun"),
              ("Maria Ek", "maria.ek@savsjo.se", "Sävsjö kommun, adjungerad till och med § 3"),
              ("Jonas Berg", "jonas.berg@rjl.se", "Projektledare, sekreterare")]
    rows = []
    for name, mail, org in people:
        rows.append("<w:tr>%s%s</w:tr>" % (cell(para(hl(name, "mailto:" + mail)), 3300),
                                          cell(para(run(org)), 5700)))
    B.append('<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutnt"/><w:tblW w:w="9000" w:type="dxa"/>'
             '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="3300"/>'
             '<w:gridCol w:w="5700"/></w:tblGrid>%s</w:tbl>' % "".join(rows))

    B.append(para(run("§ 1 Mötets öppnande"), "Rubrik1"))
    B.append(para(run("Ordföranden Anna Lindqvist hälsade välkommen och förklarade mötet öppnat. "
                      "Dagordningen godkändes.")))
    B.append(para(run("§ 2 Val av justerare"), "Rubrik1"))
    B.append(para(run("Erik Sandberg valdes att jämte ordföranden justera protokollet.")))

    B.append(para(run("§ 3 Ny deltagande kommun"), "Rubrik1"))
    B.append(para(run("Sävsjö kommun har i ") +
                  hl("kommunstyrelsens beslut 2026-12-14, § 212",
                     "https://www.savsjo.se/kommun-och-politik/protokoll/ks-2026-12-14#p212") +
                  run(" ansökt om att delta i KLIV och åtar sig en egen medfinansiering.")))
    B.append(para(run("Beslut: ", bold=True) +
                  run("Styrgruppen välkomnar ") +
                  hl("Sävsjö kommun", "https://www.savsjo.se/naringsliv") +
                  run(" som femte deltagande kommun. Maria Ek ingår i styrgruppen från och med "
                      "denna paragraf. Deltagande kommuner från och med 20 januari 2027 är ") +
                  hl("Gislaved", "https://www.gislaved.se/naringsliv") + run(", ") +
                  hl("Gnosjö", "https://www.gnosjo.se/naringsliv") + run(", ") +
                  hl("Vaggeryd", "https://www.vaggeryd.se/naringsliv") + run(", ") +
                  hl("Värnamo", "https://www.varnamo.se/naringsliv") + run(" och ") +
                  hl("Sävsjö", "https://www.savsjo.se/naringsliv") + run(".")))

    B.append(para(run("§ 4 Kick-off för företag"), "Rubrik1"))
    B.append(para(run("Projektledaren meddelade att konferensdelen i Gnosjöhallen är dubbelbokad den "
                      "16 mars. Med Sävsjö som ny partner är det dessutom en fördel med en mer central "
                      "ort och en större lokal.")))
    B.append(para(run("Beslut: ", bold=True) +
                  run("Kick-off flyttas till ") +
                  hl("23 mars 2027 kl. 09.00–12.00",
                     "https://outlook.office365.com/owa/calendar/KLIV-kickoff/bookings/s/2027-03-23") +
                  run(" på ") +
                  hl("Campus Värnamo, Hörsalen", "https://maps.google.com/?q=Campus+V%C3%A4rnamo") +
                  run(". Inbjudan skickas ut senast 5 februari.")))

    B.append(para(run("§ 5 Övriga frågor"), "Rubrik1"))
    B.append(para(run("Inga övriga frågor.")))
    B.append(para(run("§ 6 Nästa möte"), "Rubrik1"))
    B.append(para(run("Nästa möte hålls ") +
                  hl("14 april 2027", "https://outlook.office365.com/owa/calendar/KLIV-styrgrupp/2027-04-14") +
                  run(" i Värnamo.")))
    B.append(para(""))
    B.append(para(run("Vid protokollet: Jonas Berg")))
    B.append(para(run("Justeras: Anna Lindqvist, ordförande  /  Erik Sandberg, justerare")))

    write_docx(path, "".join(B), links, "Protokoll styrgruppen KLIV 2027-01-20", "Jonas Berg",
               "Jonas Berg", 4, "2027-01-20T15:20:00Z", "2027-01-22T09:41:00Z",
               total_time=38, zip_date=(2027, 1, 22, 9, 41, 0))


# ---------------------------------------------------------------------------
# 3. Invitation flyer (PDF) – calendar badge in pieces, three boxes, QR
# ---------------------------------------------------------------------------
def make_flyer(path):
    c = fixed_canvas(path, "Inbjudan kick-off KLIV", "Region Jönköpings län",
                     "Inbjudan till kick-off")
    navy = colors.HexColor("#123a63")
    orange = colors.HexColor("#f28c28")
    c.setFillColor(navy)
    c.rect(0, H - 300, W, 300, stroke=0, fill=1)
    # badge (drawn in design order: year, month, day, weekday)
    bx, by = W - 140, H - 150
    c.setFillColor(orange)
    c.circle(bx, by, 85, stroke=0, fill=1)
    c.saveState()
    c.translate(bx - 60, by - 30)
    c.rotate(90)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(0, 0, "2027")
    c.restoreState()
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 22)
    c.drawCentredString(bx + 5, by - 50, "MARS")
    c.setFont("Helvetica-Bold", 72)
    c.drawCentredString(bx + 5, by - 20, "23")
    c.setFont("Helvetica", 12)
    c.drawCentredString(bx + 5, by + 45, "TISDAG")
    # title
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 44)
    c.drawString(50, H - 110, "Kick-off!")
    c.setFont("Helvetica-Bold", 20)
    c.drawString(50, H - 145, "KLIV – kompetenslyft")
    c.drawString(50, H - 170, "för industrin")
    c.setFont("Helvetica", 12)
    c.drawString(50, H - 200, "Gislaved · Gnosjö · Sävsjö · Vaggeryd · Värnamo")
    c.setFont("Helvetica-Oblique", 11)
    c.drawString(50, H - 260, "Ett projekt inom Region Jönköpings län, medfinansierat av Europeiska unionen")
    # three boxes
    boxes = [("VAD?", ["Startskottet för KLIV", "och kompetenscheckarna", "för SMF i regionen"]),
             ("NÄR?", ["Tisdag 23 mars 2027", "kl. 09.00–12.00", "Fika från 08.30"]),
             ("VAR?", ["Campus Värnamo", "Hörsalen", "Parkering finns"])]
    bw, gap, top = 150, 22, H - 330
    for i, (head, lines) in enumerate(boxes):
        x = 50 + i * (bw + gap)
        c.setFillColor(colors.HexColor("#e9eef4"))
        c.roundRect(x, top - 110, bw, 110, 10, stroke=0, fill=1)
        c.setFillColor(orange)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(x + 12, top - 28, head)
        c.setFillColor(navy)
        c.setFont("Helvetica", 10.5)
        for k, ln in enumerate(lines):
            c.drawString(x + 12, top - 52 - k * 16, ln)
    # program
    y = top - 150
    c.setFillColor(navy)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, "Program")
    prog = [("08.30", "Fika och registrering"),
            ("09.00", "Välkommen – Anna Lindqvist, ordförande i styrgruppen"),
            ("09.20", "Så fungerar kompetenschecken – Jonas Berg, projektledare"),
            ("10.15", "Tre företag berättar om sina kompetensbehov"),
            ("11.15", "Frågor, mingel och rådgivning vid borden"),
            ("12.00", "Avslutning")]
    c.setFont("Helvetica", 10.5)
    for k, (tm, what) in enumerate(prog):
        c.setFillColor(orange)
        c.drawString(50, y - 22 - k * 17, tm)
        c.setFillColor(colors.black)
        c.drawString(95, y - 22 - k * 17, what)
    y = y - 22 - len(prog) * 17 - 18
    c.setFillColor(colors.black)
    for line in wrap("Första ansökningsomgången för kompetenscheck (upp till 40 000 kr per företag) "
                     "öppnar 1 april och stänger 30 april 2027. På kick-offen får du veta hur du söker.",
                     "Helvetica", 10.5, W - 230):
        c.drawString(50, y, line)
        y -= 15
    # QR + RSVP
    try:
        from reportlab.graphics.barcode.qr import QrCodeWidget
        from reportlab.graphics.shapes import Drawing
        from reportlab.graphics import renderPDF
        qw = QrCodeWidget("https://www.rjl.se/kliv/anmalan-kickoff")
        b = qw.getBounds()
        d = Drawing(90, 90, transform=[90.0 / (b[2] - b[0]), 0, 0, 90.0 / (b[3] - b[1]), 0, 0])
        d.add(qw)
        renderPDF.draw(d, c, W - 150, 60)
    except Exception:
        pass
    c.setFillColor(navy)
    c.rect(0, 0, W, 50, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, 28, "Anmäl dig senast 9 mars 2027 – skanna QR-koden eller mejla kliv@rjl.se")
    c.setFont("Helvetica", 8)
    c.drawString(50, 14, "Kostnadsfritt för deltagande företag. Max två personer per företag.")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 4. Minutes 2027-04-14 (DOCX) – text fragmented into many runs, proofErr,
#    bookmarks, rsids, lastRenderedPageBreak (as Word really saves it)
# ---------------------------------------------------------------------------
RSIDS = ["00A1F3C2", "0047B9E1", "00D2164A", "005E8F70", "0061C2D9"]
PATTERN = [5, 11, 3, 8, 2, 14, 6, 1, 9, 4, 12, 7]
BM_COUNTER = [1000]  # unique bookmark ids across the document (deterministic)


def frag(text, start=0, bold_all=False):
    """Split text into Word-like runs (deterministic pattern), cutting digit groups too."""
    cuts = set()
    pos, k = 0, start
    while pos < len(text):
        pos += PATTERN[k % len(PATTERN)]
        k += 1
        if pos < len(text):
            cuts.add(pos)
    for i in range(1, len(text)):  # always split right after the first digit of a digit group
        if text[i - 1].isdigit() and (i < 2 or not text[i - 2].isdigit()):
            cuts.add(i)
    cuts = sorted(cuts)
    pieces, prev = [], 0
    for ct in cuts + [len(text)]:
        pieces.append(text[prev:ct])
        prev = ct
    out = []
    bm = 0
    for n, pc in enumerate(pieces):
        if not pc:
            continue
        rsid = RSIDS[(start + n) % len(RSIDS)]
        rpr = "<w:b/>" if bold_all else ""
        if n % 7 == 3:
            rpr += '<w:lang w:val="en-US"/>'
        if n % 5 == 2:
            out.append('<w:proofErr w:type="spellStart"/>')
        if n % 6 == 4:
            BM_COUNTER[0] += 1
            bm_id = BM_COUNTER[0]
            out.append('<w:bookmarkStart w:id="%d" w:name="_Hlk%09d"/>' % (bm_id, 134070000 + bm_id))
            bm = bm_id
        out.append('<w:r w:rsidR="%s"%s>%s%s</w:r>' % (
            rsid, ' w:rsidRPr="%s"' % RSIDS[(n + 2) % len(RSIDS)] if n % 3 == 0 else "",
            "<w:rPr>%s</w:rPr>" % rpr if rpr else "", t(pc)))
        if n % 5 == 2:
            out.append('<w:proofErr w:type="spellEnd"/>')
        if bm and n % 6 == 5:
            out.append('<w:bookmarkEnd w:id="%d"/>' % bm)
            bm = 0
    if bm:
        out.append('<w:bookmarkEnd w:id="%d"/>' % bm)
    return "".join(out)


def fpara(text, style=None, start=0, lead=None):
    inner = ""
    if lead:
        inner += '<w:r w:rsidR="00A1F3C2"><w:rPr><w:b/></w:rPr>%s</w:r>' % t(lead)
        inner += '<w:r w:rsidR="00A1F3C2"><w:tab/></w:r>'
    inner += frag(text, start)
    ppr = '<w:pPr>%s<w:rPr><w:lang w:val="sv-SE"/></w:rPr></w:pPr>' % (
        '<w:pStyle w:val="%s"/>' % style if style else "")
    return '<w:p w:rsidR="%s" w:rsidRDefault="00D2164A">%s%s</w:p>' % (
        RSIDS[start % len(RSIDS)], ppr, inner)


def make_minutes2(path):
    P = []
    s = [0]

    def add(text, style=None, lead=None):
        P.append(fpara(text, style, s[0], lead))
        s[0] += 1

    add("Protokoll – styrgruppen för KLIV", "Rubrik")
    add("Möte nr 2/2027. Datum: onsdag 14 april 2027, kl. 09.30–11.45. Plats: Campus Värnamo, rum 2.")
    add("Närvarande: Anna Lindqvist (ordförande), Erik Sandberg, Sofia Nyström, Peter Holm, "
        "Karin Åberg, Maria Ek, Jonas Berg (sekreterare). Frånvarande: inga.")
    add("§ 7 Mötets öppnande och justering", "Rubrik1")
    add("Ordföranden öppnade mötet. Maria Ek, Sävsjö kommun, valdes att justera protokollet.")
    add("§ 8 Lägesrapport", "Rubrik1")
    add("Kick-offen den 23 mars samlade 87 deltagare från 52 företag. Hittills har 23 ansökningar "
        "om kompetenscheck kommit in i omgång 1. Flera företag har framfört att checken är för liten "
        "för längre utbildningar och att ansökningstiden är för kort.")
    add("§ 9 Kompetenscheckens storlek", "Rubrik1")
    add("Styrgruppen beslutar att höja kompetenschecken från 40 000 kr till 50 000 kr per företag. "
        "Företagets egen insats är fortsatt 50 procent av kostnaden. Beslutet gäller även ansökningar "
        "som redan kommit in i omgång 1.", lead="Beslut:")
    add("§ 10 Ansökningsomgång 1", "Rubrik1")
    add("Sista ansökningsdag för omgång 1 flyttas från 30 april 2027 till 14 maj 2027. "
        "Projektledaren uppdaterar webbsidan.", lead="Beslut:")
    add("§ 11 Budget", "Rubrik1")
    add("Region Jönköpings läns medfinansiering höjs från 2 130 000 kr till 2 480 000 kr för att "
        "täcka Sävsjö kommuns deltagande och de höjda checkarna. Total projektbudget blir därmed "
        "14 550 000 kr. Ändringen anmäls till Svenska ESF-rådet.", lead="Beslut:")
    add("§ 12 Projektets mål", "Rubrik1")
    add("Målet för antal deltagande företag höjs från 120 till 150. Målet för antal deltagande "
        "anställda, 600, ligger fast.", lead="Beslut:")
    add("§ 13 Nästa möte", "Rubrik1")
    add("Nästa möte hålls tisdag 7 september 2027 i Gislaved.")
    add("Vid protokollet: Jonas Berg. Justeras: Anna Lindqvist, ordförande, och Maria Ek, justerare.")
    # a lastRenderedPageBreak inside the last paragraph, as Word writes it
    P[-1] = P[-1].replace("</w:rPr></w:pPr>",
                          "</w:rPr></w:pPr><w:r><w:lastRenderedPageBreak/></w:r>", 1)
    rsids = "<w:rsids>%s</w:rsids>" % "".join('<w:rsid w:val="%s"/>' % r for r in RSIDS)
    write_docx(path, "".join(P), [], "Protokoll styrgruppen KLIV 2027-04-14", "Jonas Berg",
               "Anna Lindqvist", 9, "2027-04-14T12:02:00Z", "2027-04-16T07:55:00Z",
               rsids=rsids, total_time=71, zip_date=(2027, 4, 16, 7, 55, 0))


# ---------------------------------------------------------------------------
# 5. Trello card exported to Markdown – activity newest first
# ---------------------------------------------------------------------------
TRELLO_MD = """_Exporterad med Card Export for Trello 2.4 · 2027-09-08 11:02_

# Förlängning, projektledning och omgång 2

**Tavla:** KLIV – projektledning  
**Lista:** Pågår  
**Etiketter:** `Styrgrupp` `ESF-rådet` `Webb`  
**Medlemmar:** @annalindqvist @jonasberg @leilahaddad  
**Förfallodatum:** 2027-09-07  
**Kort-URL:** https://trello.com/c/K7vQ2mLx/41-forlangning-projektledning-och-omgang-2

## Beskrivning

Projektet slutar enligt planen 31 december 2028, men ESF-rådet kräver att slutrapporten
lämnas inom samma period, så vi behöver söka förlängning. Jonas går på föräldraledighet i
augusti 2027 – en tf. projektledare behövs. Omgång 2 för kompetenscheckar ska planeras.

## Checklista: Att göra (4/6)

- [x] Skicka ändringsansökan om förlängning till Svenska ESF-rådet
- [x] Utse tf. projektledare under Jonas föräldraledighet
- [x] Stänga omgång 1 och sammanställa ansökningarna
- [x] Bestämma datum för omgång 2
- [ ] Boka lokal för slutkonferensen
- [ ] Uppdatera webbsidan

## Bilagor

- `Andringsansokan_KLIV_2027-05.pdf` (bifogad av Jonas Berg 2027-05-17)
- `Beslut_ESF-radet_andring_KLIV.pdf` (bifogad av Anna Lindqvist 2027-08-30)

## Aktivitet (nyast först)

**Leila Haddad** kommenterade · 2027-09-08 10:47
> Från styrgruppen i går (7/9): slutkonferensen planeras preliminärt till 5 oktober 2028 i
> Jönköping. Omgång 2 oförändrad. Jag bokar lokal när datumet är spikat.

**Leila Haddad** flyttade kortet från *Att göra* till *Pågår* · 2027-09-01 08:15

**Anna Lindqvist** kommenterade · 2027-08-30 16:02
> Beslut från Svenska ESF-rådet i dag: förlängningen beviljas, men bara till **31 mars 2029**
> (inte 30 juni 2029 som vi sökte). Ny projektperiod är alltså 1 februari 2027 – 31 mars 2029.
> Beslutet ligger som bilaga.

**Leila Haddad** gick med i kortet · 2027-08-09 08:02

**Jonas Berg** kommenterade · 2027-06-21 09:40
> Ändring: Leila Haddad börjar som tf. projektledare redan 9 augusti 2027 (inte 16 augusti),
> så att vi hinner ha en veckas överlämning innan jag går på föräldraledighet.

**Jonas Berg** kommenterade · 2027-06-17 14:25
> Omgång 2 öppnar 1 september 2027 och stänger 15 oktober 2027. Samma villkor som i omgång 1
> (checken upp till 50 000 kr).

**Jonas Berg** kommenterade · 2027-06-02 11:10 (redigerad)
> Anna har godkänt: Leila Haddad, utvecklingsledare på regional utveckling, blir tf.
> projektledare från 16 augusti 2027 under min föräldraledighet (till och med juni 2028).

**Jonas Berg** kommenterade · 2027-05-20 15:33
> Omgång 1 stängde 14 maj: 41 ansökningar kom in. Bedömningen ska vara klar i juni.

**Jonas Berg** kommenterade · 2027-05-17 10:05
> Ändringsansökan om förlängning till 30 juni 2029 skickad till Svenska ESF-rådet (bilaga).

**Jonas Berg** lade till kortet i *Att göra* · 2027-05-17 09:58
"""


# ---------------------------------------------------------------------------
# 6. Web-page change-detection alert saved as text – diff lines look like bullets
# ---------------------------------------------------------------------------
ALERT_TXT = """Från: Webbevakning <noreply@bevakning.rjl.se>
Till: regional.utveckling@rjl.se
Datum: mån 11 okt 2027 06:04
Ämne: [Bevakning] Ändring upptäckt: KLIV – Sök kompetenscheck

ÄNDRING UPPTÄCKT
================

Bevakad sida:     KLIV – Sök kompetenscheck
Adress:           https://www.rjl.se/kliv/kompetenscheck
Föregående koll:  2027-10-04 06:00
Denna koll:       2027-10-11 06:00
Ändrade rader:    3 borttagna, 4 tillagda

Så läser du ändringarna: rader som börjar med "-" har tagits bort från sidan,
rader som börjar med "+" har lagts till. Rader utan tecken är oförändrade
och visas som sammanhang.

--- KLIV – Sök kompetenscheck (2027-10-04 06:00)
+++ KLIV – Sök kompetenscheck (2027-10-11 06:00)
@@ -14,12 +14,13 @@
  Sök kompetenscheck – omgång 2

  Företag med färre än 250 anställda i de deltagande kommunerna kan söka
  en kompetenscheck för utbildning, validering eller kompetenskartläggning.

- Omgång 2: 1 september – 15 oktober 2027
+ Omgång 2: 1 september – 29 oktober 2027 (förlängd på grund av många
+ frågor från företag)
  Ansökan görs i e-tjänsten. Beslut lämnas inom sex veckor.

@@ -41,9 +42,10 @@
  Aktuellt

- Slutkonferens: 5 oktober 2028 i Jönköping (preliminärt)
+ Slutkonferens: 12 oktober 2028 på Elmia, Jönköping
+ Rättelse 6 oktober 2027: I nyhetsbrev nr 3 angavs fel datum för
+ slutkonferensen. Rätt datum är 12 oktober 2028, inte 5 oktober 2028.
- Nyhetsbrev nr 3 (september 2027)
  Frågor? Kontakta projektet på kliv@rjl.se.

------------------------------------------------------------
Visa hela sidan:   https://www.rjl.se/kliv/kompetenscheck
Historik:          https://bevakning.rjl.se/watch/kliv-kompetenscheck/history
Pausa bevakningen: https://bevakning.rjl.se/watch/kliv-kompetenscheck/pause
Du får detta meddelande eftersom du bevakar sidan. Svara inte på mejlet.
"""


def main():
    make_plan(os.path.join(OUT, "KLIV_projektplan_v1.0.pdf"))
    make_minutes1(os.path.join(OUT, "Protokoll_styrgrupp_KLIV_2027-01-20.docx"))
    make_flyer(os.path.join(OUT, "Inbjudan_kickoff_KLIV.pdf"))
    make_minutes2(os.path.join(OUT, "Protokoll_styrgrupp_KLIV_2027-04-14.docx"))
    with open(os.path.join(OUT, "trello_kort_KLIV_forlangning_projektledning.md"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(TRELLO_MD)
    with open(os.path.join(OUT, "bevakning_KLIV_webbsida_2027-10-11.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(ALERT_TXT)
    for name in sorted(os.listdir(OUT)):
        print(name, os.path.getsize(os.path.join(OUT, name)))


if __name__ == "__main__":
    main()
