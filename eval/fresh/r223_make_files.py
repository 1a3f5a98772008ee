#!/usr/bin/env python3
"""r223 - testdokument om projektet LOTS (Lokala Ombud för Tjänster i Sörmland).

Skriver SEX dokument i OUT_DIR som uppdaterar varandra över tid:
  1. LOTS_Projektplan_v1.0_2026-02-16.pdf        projektplan (vridna kolumnrubriker i X-matris, spärrade rubriker)
  2. Protokoll_styrgrupp_LOTS_2026-05-20.docx    styrgruppsprotokoll (trafikljusstatus enbart som cellfärg,
                                                  rsid-fragmenterade körningar med proofErr/bokmärken)
  3. Transkription_avstamning_Vingaker_2026-08-27.txt  automatisk taltranskribering med självrättelser
  4. Protokollsutdrag_RUN_2026-09-17_p45.pdf     nämndbeslut med rättelseblad sist (kastade siffror)
  5. 2026-11-16-lots-nytt-november.md            Docusaurus-MDX: fakta i export const + JSX-props
  6. Sv_LOTS_slutkonferens_2027-03-18.eml        format=flowed-mejl med citerat äldre mejl

Deterministiskt: ingen klocka, ingen slump, fasta metadata och fasta zip-tider.
Användning: python r223_make_files.py OUT_DIR
"""
import os
import sys
import zipfile

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from reportlab.lib import colors

W, H = A4


# ---------------------------------------------------------------------------
# Gemensamt PDF-stöd
# ---------------------------------------------------------------------------
def new_canvas(path, title, author, subject):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("Microsoft Word för Microsoft 365")
    c.setProducer("Microsoft Word för Microsoft 365")
    return c


def para(c, text, x, y, width, font="Helvetica", size=10, leading=13.5):
    lines = simpleSplit(text, font, size, width)
    c.setFont(font, size)
    for ln in lines:
        c.drawString(x, y, ln)
        y -= leading
    return y


def spaced(c, text, x, y, font="Helvetica-Bold", size=12, cs=3.2):
    """Spärrad text (letter-spacing via Tc), som i äldre svensk typografi."""
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(cs)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)


# ---------------------------------------------------------------------------
# 1. Projektplan (PDF) – februari 2026
# ---------------------------------------------------------------------------
def make_plan(out):
    path = os.path.join(out, "LOTS_Projektplan_v1.0_2026-02-16.pdf")
    c = new_canvas(path, "Projektplan LOTS v1.0", "Maja Lindqvist",
                   "Projektplan LOTS 2026-2027")
    L = 62
    TW = W - 2 * L

    def frame(pn):
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(L, H - 36, "Region Sörmland  |  Regional utveckling")
        c.drawRightString(W - L, H - 36, "Dnr RS 2026/0183")
        c.line(L, H - 40, W - L, H - 40)
        c.line(L, 50, W - L, 50)
        c.drawString(L, 38, "Projektplan LOTS, version 1.0, 2026-02-16")
        c.drawRightString(W - L, 38, "Sida %d av 3" % pn)
        c.setFillColor(colors.black)

    # --- sida 1
    frame(1)
    y = H - 95
    spaced(c, "PROJEKTPLAN", L, y, size=20, cs=6)
    y -= 30
    c.setFont("Helvetica-Bold", 15)
    c.drawString(L, y, "LOTS – Lokala Ombud för Tjänster i Sörmland")
    y -= 20
    c.setFont("Helvetica", 10)
    c.drawString(L, y, "Version 1.0  ·  Fastställd av styrgruppen 2026-02-16  ·  Projektägare: Region Sörmland")
    y -= 34
    spaced(c, "1. BAKGRUND", L, y)
    y -= 18
    y = para(c, "Förkortningen LOTS står för Lokala Ombud för Tjänster i Sörmland. På landsbygden i "
             "Sörmland har flera orter under de senaste åren förlorat bankkontor, apoteksombud och "
             "kommunala servicekontor. Projektet ska pröva en modell där lokala ombud – ofta i en "
             "befintlig butik, ett bibliotek eller en föreningslokal – hjälper invånare med digitala "
             "myndighetstjänster, paketutlämning och enklare kommunal service.", L, y, TW)
    y -= 12
    spaced(c, "2. MÅL", L, y)
    y -= 18
    y = para(c, "Målet är att 12 servicepunkter ska vara i drift senast i juni 2027. Den första "
             "servicepunkten (pilot) öppnar den 1 september 2026 i Vingåkers bibliotek. "
             "Projektet pågår från den 1 april 2026 till och med den 31 december 2027.", L, y, TW)
    y -= 12
    spaced(c, "3. ORGANISATION", L, y)
    y -= 18
    y = para(c, "Projektledare är Maja Lindqvist, Region Sörmland. Styrgruppen leds av Karin Sjöberg, "
             "avdelningschef för regional utveckling, och består i övrigt av en representant för "
             "varje deltagande kommun: Flen, Gnesta, Katrineholm och Vingåker. Styrgruppen sammanträder "
             "fyra gånger per år. Ett uppstartsmöte hålls den 15 april 2026 i Flen.", L, y, TW)
    c.showPage()

    # --- sida 2: aktivitetsmatris med vridna kolumnrubriker
    frame(2)
    y = H - 95
    spaced(c, "4. AKTIVITETER OCH DELTAGANDE KOMMUNER", L, y)
    y -= 18
    y = para(c, "Matrisen visar vilka kommuner som deltar i respektive delaktivitet (X = deltar).",
             L, y, TW)
    y -= 10
    kommuner = ["Flen", "Gnesta", "Katrineholm", "Vingåker"]
    akt = [
        ("A1", "Kartläggning av servicebehov", "XXXX"),
        ("A2", "Utbildning av lokala ombud", "XXXX"),
        ("A3", "Digitala kiosker för myndighetstjänster", "X.XX"),
        ("A4", "Hemleverans av apoteksvaror", ".X.X"),
    ]
    col0 = L
    col1 = L + 240
    cw = 38
    head_h = 78
    top = y
    # rubrikrad
    c.setLineWidth(0.6)
    c.rect(col0, top - head_h, 240 + cw * len(kommuner), head_h)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(col0 + 4, top - head_h + 6, "Delaktivitet")
    for i, k in enumerate(kommuner):
        x = col1 + i * cw
        c.line(x, top, x, top - head_h)
        c.saveState()
        c.translate(x + cw / 2 + 3, top - head_h + 5)
        c.rotate(90)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(0, 0, k)
        c.restoreState()
    ry = top - head_h
    rh = 20
    for code, name, marks in akt:
        c.rect(col0, ry - rh, 240 + cw * len(kommuner), rh)
        c.setFont("Helvetica", 9)
        c.drawString(col0 + 4, ry - 14, "%s  %s" % (code, name))
        for i, m in enumerate(marks):
            x = col1 + i * cw
            c.line(x, ry, x, ry - rh)
            if m == "X":
                c.setFont("Helvetica-Bold", 10)
                c.drawCentredString(x + cw / 2, ry - 14, "X")
        ry -= rh
    y = ry - 26
    y = para(c, "A4 genomförs tillsammans med ett lokalt apoteksombud och förutsätter att avtal kan "
             "tecknas under 2026. Övriga delaktiviteter beskrivs närmare i bilaga 1 (ej bifogad här).",
             L, y, TW)
    y -= 14
    spaced(c, "5. TIDPLAN", L, y)
    y -= 18
    for row in [("1 april 2026", "Projektstart"),
                ("15 april 2026", "Uppstartsmöte i Flen"),
                ("1 september 2026", "Pilotpunkten i Vingåkers bibliotek öppnar"),
                ("juni 2027", "12 servicepunkter i drift"),
                ("hösten 2027", "Slutkonferens (datum meddelas senare)"),
                ("31 december 2027", "Projektslut")]:
        c.setFont("Helvetica", 10)
        c.drawString(L + 4, y, row[0])
        c.drawString(L + 130, y, row[1])
        y -= 15
    c.showPage()

    # --- sida 3: budget
    frame(3)
    y = H - 95
    spaced(c, "6. BUDGET OCH FINANSIERING", L, y)
    y -= 22
    rows = [("Finansiär", "Belopp (kr)"),
            ("Region Sörmland", "1 900 000"),
            ("Deltagande kommuner (4 × 275 000 kr)", "1 100 000"),
            ("Länsstyrelsen Södermanland, regionalt serviceprogram", "800 000"),
            ("Summa", "3 800 000")]
    for i, (a, b) in enumerate(rows):
        f = "Helvetica-Bold" if i in (0, len(rows) - 1) else "Helvetica"
        c.setFont(f, 10)
        c.drawString(L + 4, y, a)
        c.drawRightString(L + 400, y, b)
        c.line(L, y - 5, L + 404, y - 5)
        y -= 19
    y -= 14
    spaced(c, "7. UTVÄRDERING", L, y)
    y -= 18
    y = para(c, "Projektet följs av en extern utvärderare, Tallbo Analys AB, som lämnar en "
             "halvtidsrapport och en slutrapport. Kostnaden för utvärderingen, 250 000 kr, ingår i "
             "budgeten ovan.", L, y, TW)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Gemensamt DOCX-stöd (handbyggd OOXML, fasta zip-tider)
# ---------------------------------------------------------------------------
ZT = (2026, 5, 22, 9, 14, 0)


def zwrite(z, name, data):
    zi = zipfile.ZipInfo(name, date_time=ZT)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def R(text, rsid="00A41C2E", b=False, extra=""):
    rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if b else "", extra) if (b or extra) else ""
    return '<w:r w:rsidR="%s">%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rsid, rpr, esc(text))


def P(inner, style=None, rsid="00A41C2E"):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    return '<w:p w:rsidR="%s" w:rsidRDefault="%s">%s%s</w:p>' % (rsid, rsid, ppr, inner)


def PT(text, style=None, b=False):
    return P(R(text, b=b), style)


def cell(inner_paras, width, fill=None):
    shd = '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill if fill else ""
    return ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
            % (width, shd, inner_paras or "<w:p/>"))


def table(rows, widths):
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    b = ('<w:tblBorders>' + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="808080"/>' % e
                                    for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
         + '</w:tblBorders>')
    out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s</w:tblPr><w:tblGrid>%s</w:tblGrid>'
           % (sum(widths), b, grid)]
    for r in rows:
        out.append("<w:tr>%s</w:tr>" % "".join(r))
    out.append("</w:tbl>")
    return "".join(out)


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
</w:styles>""" % NS

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCRELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""


def core(title, creator, created, modified):
    return ("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>7</cp:revision>
<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>
</cp:coreProperties>""" % (esc(title), esc(creator), esc(creator), created, modified))


APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>"""


# ---------------------------------------------------------------------------
# 2. Styrgruppsprotokoll (DOCX) – maj 2026
# ---------------------------------------------------------------------------
def make_minutes(out):
    path = os.path.join(out, "Protokoll_styrgrupp_LOTS_2026-05-20.docx")
    b = []
    b.append(P(R("Region Sörmland – Regional utveckling", extra='<w:color w:val="595959"/>')))
    b.append(PT("Protokoll – styrgruppsmöte LOTS", "Rubrik1"))
    b.append(PT("Datum: onsdag 20 maj 2026, kl. 13.00–15.30"))
    b.append(PT("Plats: Regionens hus, Nyköping, sal Nyköpingsån, samt via Teams"))
    b.append(P(R("Närvarande: Karin Sjöberg (ordförande, Region Sörmland), Per ") +
               '<w:proofErr w:type="spellStart"/>' + R("Ek", rsid="00C7D210") +
               R("ström", rsid="00F01B9A") + '<w:proofErr w:type="spellEnd"/>' +
               R(" (Flens kommun), Lena Holm (Gnesta kommun), Ahmed Saleh (Katrineholms kommun), "
                 "Jonas Berg (Vingåkers kommun), Maja Lindqvist (projektledare, sekreterare). "
                 "Adjungerad: Eva Rask (Oxelösunds kommun).")))
    b.append(PT("§ 1  Mötets öppnande och dagordning", "Rubrik2"))
    b.append(PT("Ordföranden öppnade mötet. Dagordningen godkändes."))
    b.append(PT("§ 2  Föregående protokoll", "Rubrik2"))
    b.append(PT("Protokollet från uppstartsmötet 2026-04-15 lades till handlingarna."))
    b.append(PT("§ 3  Ny deltagande kommun", "Rubrik2"))
    b.append(P(R("Oxe") + '<w:proofErr w:type="spellStart"/>' +
               R("lösunds", rsid="00D93E41") + '<w:proofErr w:type="spellEnd"/>' +
               R(" kommun har ansökt om att delta i LOTS. Kommunen vill delta i delaktiviteterna "
                 "A1 (kartläggning) och A3 (digitala kiosker), men inte i A2 och A4, och bidrar med "
                 "275 000 kr under projekttiden.")))
    b.append(P(R("Beslut: ", b=True) + R("Styrgruppen tillstyrker att Oxe") +
               '<w:bookmarkStart w:id="0" w:name="_Hlk135544021"/>' + R("lösund", rsid="00B2E7F5") +
               '<w:bookmarkEnd w:id="0"/>' +
               R(" blir femte deltagande kommun och att frågan om ändrad finansiering lyfts till "
                 "regionala utvecklingsnämnden.")))
    b.append(PT("§ 4  Tidplan för pilotpunkten i Vingåker", "Rubrik2"))
    b.append(PT("Vingåkers bibliotek ska renoveras under sensommaren. Lokalen kan därför inte tas i "
                "bruk den 1 september som planerat."))
    b.append(P(R("Beslut: ", b=True) + R("Öppningen av pilotpunkten flyttas till den ") +
               '<w:bookmarkStart w:id="1" w:name="_Hlk135544388"/>' +
               R("5", rsid="00E4A0D7") + '<w:proofErr w:type="gramStart"/>' +
               R(" okt", rsid="00E4A0D7") + R("ober", rsid="0061C2B3") +
               '<w:proofErr w:type="gramEnd"/>' + '<w:bookmarkEnd w:id="1"/>' +
               R(" 2026", rsid="00AE11F0") +
               R(". Projektledaren undersöker om servicepunkten tillfälligt kan placeras i annan lokal.")))
    b.append(PT("§ 5  Val av vice ordförande", "Rubrik2"))
    b.append(P(R("Beslut: ", b=True) + R("Styrgruppen utser Per ") +
               '<w:proofErr w:type="spellStart"/>' + R("Ek", rsid="00C7D210") +
               '<w:bookmarkStart w:id="2" w:name="vice_ordf"/>' + R("ström", rsid="00F01B9A") +
               '<w:bookmarkEnd w:id="2"/>' + '<w:proofErr w:type="spellEnd"/>' +
               R(", Flens kommun, till vice ordförande i styrgruppen.")))
    b.append(PT("§ 6  Lägesrapport delaktiviteter", "Rubrik2"))
    b.append(PT("Projektledaren redovisade status per delaktivitet enligt tabellen nedan."))
    widths = [3000, 1100, 4900]
    hdr = [cell(PT("Delaktivitet", b=True), widths[0]),
           cell(PT("Status", b=True), widths[1]),
           cell(PT("Kommentar", b=True), widths[2])]
    GREEN, YELLOW, RED = "00B050", "FFC000", "FF0000"
    rows = [hdr,
            [cell(PT("A1 Kartläggning av servicebehov"), widths[0]), cell("", widths[1], GREEN),
             cell(PT("Enkät och intervjuer genomförda i fyra kommuner; Oxelösund tillkommer."), widths[2])],
            [cell(PT("A2 Utbildning av lokala ombud"), widths[0]), cell("", widths[1], YELLOW),
             cell(PT("Utbildningsmaterial klart. Rekrytering av ombud pågår i två kommuner."), widths[2])],
            [cell(PT("A3 Digitala kiosker"), widths[0]), cell("", widths[1], RED),
             cell(PT("Upphandlingen av digitala kiosker har överklagats till förvaltningsrätten. "
                     "Ny tidplan redovisas vid nästa möte."), widths[2])],
            [cell(PT("A4 Hemleverans av apoteksvaror"), widths[0]), cell("", widths[1], YELLOW),
             cell(PT("Dialog med apoteksombud i Gnesta och Vingåker pågår."), widths[2])]]
    b.append(table(rows, widths))
    b.append(P(R("Färgkod: grön = enligt plan, gul = risk för försening, röd = försenad.",
                 extra='<w:i/><w:sz w:val="18"/>')))
    b.append(PT("§ 7  Nästa möte", "Rubrik2"))
    b.append(PT("Nästa styrgruppsmöte hålls onsdag 9 september 2026 i Katrineholm."))
    b.append(PT("§ 8  Mötets avslutande", "Rubrik2"))
    b.append(PT("Ordföranden tackade och avslutade mötet."))
    b.append(PT(""))
    b.append(PT("Vid protokollet: Maja Lindqvist          Justeras: Karin Sjöberg"))
    body = "".join(b) + ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                         '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
                         'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '</w:body></w:document>' % (NS, body))
    with zipfile.ZipFile(path, "w") as z:
        zwrite(z, "[Content_Types].xml", CT)
        zwrite(z, "_rels/.rels", RELS)
        zwrite(z, "word/document.xml", doc)
        zwrite(z, "word/_rels/document.xml.rels", DOCRELS)
        zwrite(z, "word/styles.xml", STYLES)
        zwrite(z, "docProps/core.xml", core("Protokoll styrgrupp LOTS 2026-05-20", "Maja Lindqvist",
                                            "2026-05-20T15:42:00Z", "2026-05-22T09:14:00Z"))
        zwrite(z, "docProps/app.xml", APP)


# ---------------------------------------------------------------------------
# 3. Automatisk transkribering (TXT) – augusti 2026
# ---------------------------------------------------------------------------
def make_transcript(out):
    path = os.path.join(out, "Transkription_avstamning_Vingaker_2026-08-27.txt")
    t = """Avstämning LOTS pilot Vingåker
27 augusti 2026, 09:02
Transkribering skapad automatiskt. Den kan innehålla fel.

Maja Lindqvist   0:04
Ja men hej allihop då kör vi, det är bara en kort avstämning om piloten i Vingåker. Eva från Ok sölund kan inte vara med idag.

Jonas Berg   0:19
Hej. Ja, jag har lite tråkiga nyheter faktiskt. Vi pratade ju om att flytta in i med borgar huset istället för biblioteket, det står fast, biblioteket blir inte klart förrän efter jul.

Maja Lindqvist   0:38
Okej.

Jonas Berg   0:40
Men problemet är att fiberanslutningen till medborgarhuset inte blir klar till den 5 oktober. Operatören säger vecka 41 tidigast. Så vi kan inte öppna den femte, kioskerna behöver ju fast uppkoppling.

Maja Lindqvist   1:02
Mm. Så vi skjuter på det igen då. Jag föreslår att vi öppnar den 12 oktober nej förlåt den 13:e oktober, det är en tisdag och då har vi ju öppet på tisdagar ändå.

Jonas Berg   1:18
13:e funkar för oss.

Maja Lindqvist   1:21
Bra, då säger vi det. Tisdagen den 13 oktober. Jag skriver det i nyhetsbrevet. Sen ombuden. Vi har två ombud klara i Vingåker nu, de går utbildningen i september.

Jonas Berg   1:37
Och ersättningen, vad var det vi landade i?

Maja Lindqvist   1:41
Ersättningen till ombuden är 4000 eh nej vänta 4500 kronor per månad och servicepunkt, det var det vi sa på ombudsträffen i juni, 4500.

Jonas Berg   1:55
Okej 4500, då vet jag. Och det betalas från projektet hela projekttiden?

Maja Lindqvist   2:01
Ja, till och med december 2027 i alla fall, sen får kommunerna ta över.

Jonas Berg   2:09
Toppen. Då har jag inget mer.

Maja Lindqvist   2:12
Tack då hörs vi, hej.
"""
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(t)


# ---------------------------------------------------------------------------
# 4. Protokollsutdrag regionala utvecklingsnämnden (PDF) – september 2026
# ---------------------------------------------------------------------------
def make_decision(out):
    path = os.path.join(out, "Protokollsutdrag_RUN_2026-09-17_p45.pdf")
    c = new_canvas(path, "Protokollsutdrag RUN 2026-09-17 § 45", "Nämndsekretariatet",
                   "LOTS – utökad medfinansiering och ny deltagande kommun")
    L = 70
    TW = W - 2 * L

    def head(pn, label="PROTOKOLLSUTDRAG"):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(L, H - 60, "Region Sörmland")
        c.setFont("Helvetica", 9)
        c.drawString(L, H - 73, "Regionala utvecklingsnämnden")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - L, H - 60, label)
        c.setFont("Helvetica", 9)
        c.drawRightString(W - L, H - 73, "Sammanträdesdatum 2026-09-17")
        c.drawRightString(W - L, H - 85, "Sida %d(3)" % pn)
        c.line(L, H - 92, W - L, H - 92)
        c.setFont("Helvetica", 7.5)
        c.drawString(L, 40, "Justerandes signatur: ______    ______")
        c.drawRightString(W - L, 40, "Utdragsbestyrkande: ______")

    head(1)
    y = H - 130
    c.setFont("Helvetica-Bold", 12)
    c.drawString(L, y, "§ 45")
    c.drawString(L + 60, y, "Dnr RS 2026/0183")
    y -= 20
    c.drawString(L, y, "Projekt LOTS – utökad medfinansiering och ny deltagande kommun")
    y -= 26
    c.setFont("Helvetica-Bold", 10)
    c.drawString(L, y, "Regionala utvecklingsnämndens beslut")
    y -= 16
    items = [
        "1. Oxelösunds kommun godkänns som deltagare i projektet LOTS. Projektet omfattar därmed "
        "kommunerna Flen, Gnesta, Katrineholm, Oxelösund och Vingåker.",
        "2. Region Sörmlands medfinansiering av projektet höjs från 1 900 000 kronor till "
        "2 510 000 kronor. Projektets totala budget uppgår därmed till 4 685 000 kronor.",
        "3. Målet för antalet servicepunkter justeras från 12 till 10 servicepunkter.",
        "4. Paragrafen förklaras omedelbart justerad.",
    ]
    for it in items:
        y = para(c, it, L + 10, y, TW - 10)
        y -= 6
    y -= 10
    c.setFont("Helvetica-Bold", 10)
    c.drawString(L, y, "Sammanfattning av ärendet")
    y -= 16
    y = para(c, "Styrgruppen för LOTS tillstyrkte den 20 maj 2026 att Oxelösunds kommun ansluter "
             "som femte kommun. Oxelösund medfinansierar med 275 000 kronor. Efter den förnyade "
             "upphandlingen av digitala kiosker har kostnaden per kiosk ökat från 85 000 kronor till "
             "140 000 kronor. För att rymma de högre kioskkostnaderna föreslås att antalet "
             "servicepunkter minskas och att regionens medfinansiering höjs med 250 000 kronor.",
             L, y, TW)
    c.showPage()

    head(2)
    y = H - 130
    c.setFont("Helvetica-Bold", 10)
    c.drawString(L, y, "Finansiering efter beslut (kronor)")
    y -= 20
    rows = [("Finansiär", "Tidigare", "Efter beslut"),
            ("Region Sörmland", "1 900 000", "2 510 000"),
            ("Deltagande kommuner", "1 100 000", "1 375 000"),
            ("Länsstyrelsen Södermanland", "800 000", "800 000"),
            ("Totalt", "3 800 000", "4 685 000")]
    for i, (a, b2, c2) in enumerate(rows):
        c.setFont("Helvetica-Bold" if i in (0, 4) else "Helvetica", 10)
        c.drawString(L + 4, y, a)
        c.drawRightString(L + 300, y, b2)
        c.drawRightString(L + 420, y, c2)
        c.line(L, y - 5, L + 424, y - 5)
        y -= 19
    y -= 20
    c.setFont("Helvetica-Bold", 10)
    c.drawString(L, y, "Beslutsunderlag")
    y -= 16
    y = para(c, "Tjänsteskrivelse 2026-08-31, Regional utveckling, med förslag om höjd "
             "medfinansiering med 250 000 kronor till totalt 2 150 000 kronor. "
             "Protokoll från styrgruppen för LOTS 2026-05-20.", L, y, TW)
    y -= 16
    c.setFont("Helvetica-Bold", 10)
    c.drawString(L, y, "Expedieras till")
    y -= 16
    y = para(c, "Projektledare Maja Lindqvist; Flens, Gnesta, Katrineholms, Oxelösunds och "
             "Vingåkers kommuner; Länsstyrelsen Södermanland; Ekonomienheten.", L, y, TW)
    y -= 24
    c.setFont("Helvetica", 9)
    c.drawString(L, y, "Vid protokollet: Sara Nyberg, nämndsekreterare")
    c.drawString(L, y - 14, "Justerat 2026-09-17: Gunnar Alm (ordförande), Lisa Öberg (justerare)")
    c.showPage()

    head(3, "RÄTTELSE")
    y = H - 130
    c.setFont("Helvetica-Bold", 12)
    c.drawString(L, y, "Rättelse av skrivfel i § 45, 2026-09-17")
    y -= 22
    y = para(c, "Med stöd av 36 § förvaltningslagen (2017:900) rättas följande uppenbara skrivfel i "
             "protokollet från regionala utvecklingsnämndens sammanträde 2026-09-17, § 45.",
             L, y, TW)
    y -= 8
    y = para(c, "I beslutspunkt 2 och i tabellen Finansiering efter beslut har Region Sörmlands "
             "medfinansiering av misstag angetts till 2 510 000 kronor. Rätt belopp, i enlighet med "
             "beslutsunderlaget, är 2 150 000 kronor. Projektets totala budget uppgår därmed till "
             "4 325 000 kronor och inte till 4 685 000 kronor.", L, y, TW)
    y -= 8
    y = para(c, "Rättelsen påverkar inte övriga beslutspunkter.", L, y, TW)
    y -= 24
    c.setFont("Helvetica", 9)
    c.drawString(L, y, "Nyköping 2026-09-24")
    c.drawString(L, y - 14, "Sara Nyberg, nämndsekreterare")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 5. Nyhetsbrev som Docusaurus-MDX (MD) – november 2026
# ---------------------------------------------------------------------------
def make_newsletter(out):
    path = os.path.join(out, "2026-11-16-lots-nytt-november.md")
    t = """---
slug: lots-nytt-november-2026
title: "LOTS-nytt november 2026"
authors: [maja]
tags: [lots, nyhetsbrev, vingaker]
date: 2026-11-16
---

import Faktaruta from '@site/src/components/Faktaruta';
import Rattelse from '@site/src/components/Rattelse';
import Datum from '@site/src/components/Datum';

export const oppningsdatum = '13 oktober 2026';
export const oppettider = 'tisdagar och torsdagar kl. 10–15';
export const tfProjektledare = 'Omar Haddad';
export const antalPunkter = 10;

Nu är den första servicepunkten i LOTS öppen! Här är höstens nyheter från projektet.

<!-- truncate -->

## Vingåker först ut

Den {oppningsdatum} klipptes bandet till LOTS första servicepunkt. Ett fyrtiotal besökare kom redan
första dagen, de flesta för att få hjälp med BankID och paket. Fram till juni 2027 ska
totalt {antalPunkter} servicepunkter öppna i de deltagande kommunerna.

<Faktaruta
  rubrik="Servicepunkt Vingåker"
  plats="Medborgarhuset, Storgatan 8, Vingåker"
  oppet={oppettider}
  telefon="0151-193 40"
/>

<Rattelse nummer="LOTS-nytt oktober 2026" fel="måndagar och onsdagar" ratt={oppettider} />

## Ny projektledare under föräldraledighet

Maja Lindqvist är föräldraledig till och med 31 augusti 2027. Från den 1 december 2026 är
{tfProjektledare} tillförordnad projektledare. {tfProjektledare} kommer närmast från
Katrineholms kommuns näringslivsenhet.

## Intresse från fler kommuner

Trosa kommun har hört av sig och vill veta mer om modellen. Något beslut om deltagande
är inte fattat.

## Spara datumet

Slutkonferensen för LOTS blir <Datum preliminart>7 oktober 2027</Datum> i Katrineholm.
Mer information kommer under våren.

{/* TODO: lägg in länk till anmälan när formuläret finns */}
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(t)


# ---------------------------------------------------------------------------
# 6. E-post med format=flowed (EML) – mars 2027
# ---------------------------------------------------------------------------
def flow(text, width=72, quote=""):
    """Bryt stycken enligt RFC 3676 (format=flowed, DelSp=no): mjuk radbrytning = rad som slutar
    med mellanslag. Rader som börjar med ' ', '>' eller 'From ' space-stuffas."""
    out = []
    for par in text.split("\n"):
        if par == "":
            out.append(quote.rstrip() if quote else "")
            continue
        lines = []
        segs = par.split("\x01")  # \x01 = tvingad mjuk radbrytning (som klienten valde)
        for si, seg in enumerate(segs):
            cur = ""
            for w in seg.split(" "):
                if w == "":
                    continue
                cand = (cur + " " + w) if cur else w
                if len(quote) + len(cand) + 1 > width and cur:
                    lines.append(cur + " ")
                    cur = w
                else:
                    cur = cand
            lines.append(cur + (" " if si < len(segs) - 1 else ""))
        for ln in lines:
            if not quote and (ln.startswith(" ") or ln.startswith(">") or ln.startswith("From ")):
                ln = " " + ln
            out.append(quote + ln)
    return out


def make_eml(out):
    path = os.path.join(out, "Sv_LOTS_slutkonferens_2027-03-18.eml")
    body = (
        "Hej styrgruppen!\n"
        "\n"
        "Som vi kom fram till på styrgruppsmötet den 10 mars flyttar vi slutkonferensen. Den blir i "
        "stället torsdag 23\x01september 2027 i Regionens hus i Nyköping, stora hörsalen. Skälet är att "
        "7 oktober krockar med regionfullmäktige. Vi räknar med\x01"
        ">80 deltagare, så boka gärna in dagen redan nu i era kalendrar och sprid den vidare till "
        "kommunernas servicehandläggare och ombud.\n"
        "\n"
        "Sista dag att anmäla sig blir den 1 september 2027 (formuläret läggs ut på projektets webbsida "
        "i april). Program och tider skickas ut i augusti.\n"
        "\n"
        "En sak till om förlängningen: styrgruppen beslutade den 10 mars att ansöka om förlängning av "
        "projektet till den 30 juni 2028. Ansökan behandlas av regionala utvecklingsnämnden i maj. "
        "Tills beslut finns gäller slutdatum 31 december 2027 och vi planerar utifrån det.\n"
        "\n"
        "Hälsningar\n"
        "Omar\n"
    )
    sig = ["-- ", "Omar Haddad", "tf. projektledare LOTS, Region Sörmland",
           "omar.haddad@regionsormland.example"]
    quoted_intro = "Den 2027-02-22 kl. 10:31, skrev Omar Haddad:"
    quoted = (
        "Hej alla,\n"
        "\n"
        "här kommer en påminnelse om slutkonferensen torsdag 7 oktober 2027 på Stadshotellet i "
        "Katrineholm. Sista anmälningsdag är 15 september 2027.\n"
        "\n"
        "/Omar"
    )
    lines = flow(body) + sig + ["", quoted_intro] + flow(quoted, quote="> ")
    headers = [
        "Return-Path: <omar.haddad@regionsormland.example>",
        "Message-ID: <4f1c2a7e-9b31-4d2e-8c55-lots0318@regionsormland.example>",
        "Date: Thu, 18 Mar 2027 14:07:33 +0100",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: sv-SE",
        "From: Omar Haddad <omar.haddad@regionsormland.example>",
        "To: lots-styrgrupp@regionsormland.example",
        "Subject: =?UTF-8?Q?Sv=3A_LOTS_slutkonferens_=E2=80=93_nytt_datum_och_f?=",
        " =?UTF-8?Q?=C3=B6rl=C3=A4ngning?=",
        "In-Reply-To: <9d02b6c1-22aa-4e0b-b7f3-lots0222@regionsormland.example>",
        "References: <9d02b6c1-22aa-4e0b-b7f3-lots0222@regionsormland.example>",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
    ]
    data = "\r\n".join(headers) + "\r\n\r\n" + "\r\n".join(lines) + "\r\n"
    with open(path, "wb") as f:
        f.write(data.encode("utf-8"))


def main():
    if len(sys.argv) != 2:
        print("Användning: python r223_make_files.py OUT_DIR")
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_plan(out)
    make_minutes(out)
    make_transcript(out)
    make_decision(out)
    make_newsletter(out)
    make_eml(out)
    for n in sorted(os.listdir(out)):
        print(n)


if __name__ == "__main__":
    main()
