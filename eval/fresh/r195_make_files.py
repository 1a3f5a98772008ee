#!/usr/bin/env python3
"""r195 – 'ÅterBygg Västmanland' (regionalt återbruksnav för byggmaterial,
Köpings kommun med Arboga, Kungsör, Sala, Fagersta och Västerås, regionala
utvecklingsmedel från Region Västmanland).

Writes SIX documents into OUT_DIR that update each other:

1. AterBygg_Projektbeskrivning_v1.0_huvuddokument.docx   (2027-04-20)
   Word MASTER DOCUMENT: chapters 4 (budget/medfinansiering per kommun) and
   5 (organisation/styrgrupp) are collapsed sub-documents (w:subDoc -> external
   relationship), so their text is not in the file, while the cached TOC field
   still lists their headings and page numbers. Old values.
2. Andringsansokan_RV2027-0412_Kopings_kommun.pdf          (2027-11-15)
   Dynamic XFA form (LiveCycle): the only page-content text is the
   "Vänta... / Please wait..." message; every answer is in the compressed XFA
   'datasets' stream (raw canonical values 12960000, 2030-12-31), captions in
   the 'template' stream.
3. Beslut_andring_AterBygg_RV2027-0412_signerat.docx       (2027-12-06)
   Delegation decision with an Office signature line (VML o:signatureline)
   and a package XML signature (_xmlsignatures/sig1.xml): the decision maker's
   name/title and the signing time exist only there.
4. AterBygg_tidplan_rev3_Gantt_med_uppfoljning.pdf         (2028-01-21)
   MS Project 'Gantt med uppföljning' print: current Start/Slut beside
   Baslinjestart/Baslinjeslut, an INACTIVE (struck-through) task, NA
   baselines, milestones, legend box.
5. Styrgrupp_AterBygg_2028-02-16_Copilot-anteckningar.md    (2028-02-16)
   Teams/Copilot recap: AI summary + tasks that contradict the transcript
   below it (opening 15 maj -> 12 juni, next meeting 19 -> 26 april).
6. Diarieutdrag_RV2027-0412_FGS.txt                         (2028-04-11)
   FGS Ärendehantering (e-arkiv) XML export saved as .txt, pure ASCII with
   numeric character references for å/ä/ö, CRLF, a makulerad handling,
   EgnaElement with canonical decimals, handläggare re-assigned.

Deterministic: fixed timestamps, no randomness.
Usage: python r195_make_files.py OUT_DIR
"""
import datetime as dt
import hashlib
import base64
import os
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape as _esc


def esc(s):
    return _esc(s, {'"': "&quot;"})


ZIP_TIME = (2027, 12, 6, 15, 21, 0)


def write_zip(path, parts, when=ZIP_TIME):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def tiny_png(w=24, h=12):
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# common OOXML bits
# ---------------------------------------------------------------------------
NS_DOC = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="25"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Innehll1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Innehll2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs><w:spacing w:after="60"/><w:ind w:left="220"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Liststycke"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidhuvud"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlnk"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="Tabellrutnt"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"""


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
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para(content, style=None, jc=None, extra_ppr=""):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    ppr += extra_ppr
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    if isinstance(content, str):
        content = run(content) if content else ""
    else:
        content = "".join(content)
    return f"<w:p>{ppr}{content}</w:p>"


def table(rows, widths, header=True, bold_last=False):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutnt"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for ri, r in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if (header and ri == 0) else ""
        cells = []
        for ci, (txt, w) in enumerate(zip(r, widths)):
            bold = (header and ri == 0) or (bold_last and ri == len(rows) - 1)
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if (header and ri == 0) else ""
            jc = "right" if (ci > 0 and any(ch.isdigit() for ch in txt) and ri > 0) else None
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{shade}</w:tcPr>'
                         + para([run(txt, b=bold, sz=20)], jc=jc, extra_ppr='<w:spacing w:after="0"/>') + "</w:tc>")
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


SECT_A4 = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>')


def core_xml(title, creator, lastby, created, modified, rev):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{esc(title)}</dc:title><dc:creator>{esc(creator)}</dc:creator><cp:lastModifiedBy>{esc(lastby)}</cp:lastModifiedBy><cp:revision>{rev}</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>"""


APP_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>{tpl}</Template><TotalTime>{tt}</TotalTime><Pages>{pages}</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>{company}</Company><AppVersion>16.0000</AppVersion></Properties>"""


# ---------------------------------------------------------------------------
# 1. Master document with collapsed sub-documents
# ---------------------------------------------------------------------------
def make_master(path):
    toc = [
        ("Innehll1", "Sammanfattning", "1", "_Toc193840011"),
        ("Innehll1", "1 Bakgrund", "2", "_Toc193840012"),
        ("Innehll1", "2 Syfte och mål", "3", "_Toc193840013"),
        ("Innehll2", "2.1 Projektmål", "3", "_Toc193840014"),
        ("Innehll2", "2.2 Definitioner", "4", "_Toc193840015"),
        ("Innehll1", "3 Aktiviteter", "5", "_Toc193840016"),
        ("Innehll2", "3.1 Regionalt återbrukslager", "5", "_Toc193840017"),
        ("Innehll2", "3.2 Utbildning av återbruksinventerare", "6", "_Toc193840018"),
        ("Innehll2", "3.3 Digital marknadsplats", "6", "_Toc193840019"),
        ("Innehll2", "3.4 Pilotprojekt", "7", "_Toc193840020"),
        ("Innehll1", "4 Budget och finansiering", "8", "_Toc193840021"),
        ("Innehll2", "4.1 Kostnadsbudget per år och kostnadsslag", "8", "_Toc193840022"),
        ("Innehll2", "4.2 Medfinansiering per kommun", "9", "_Toc193840023"),
        ("Innehll1", "5 Organisation", "10", "_Toc193840024"),
        ("Innehll2", "5.1 Styrgrupp", "10", "_Toc193840025"),
        ("Innehll2", "5.2 Projektgrupp och kontaktuppgifter", "11", "_Toc193840026"),
        ("Innehll1", "6 Tidplan", "12", "_Toc193840027"),
        ("Innehll1", "7 Uppföljning, utvärdering och spridning", "13", "_Toc193840028"),
    ]
    b = []
    b.append(table([["Köpings kommun", "PROJEKTBESKRIVNING"],
                    ["Samhällsbyggnadsförvaltningen", "2027-04-20"],
                    ["Version 1.0", "Bilaga 1 till ansökan"]], [5600, 3462], header=False))
    b.append(para(""))
    b.append(para("ÅterBygg Västmanland – regionalt återbruksnav för byggmaterial", style="Rubrik"))
    b.append(para([run("Projektbeskrivning (huvuddokument) till ansökan om regionala utvecklingsmedel hos Region Västmanland", i=True)]))
    b.append(para([run("Innehåll", b=True, sz=28)]))
    # cached TOC field
    for k, (st, txt, pg, anc) in enumerate(toc):
        pre = ""
        post = ""
        if k == 0:
            pre = ('<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
                   '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                   '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        if k == len(toc) - 1:
            post = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        hl = (f'<w:hyperlink w:anchor="{anc}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlnk"/></w:rPr>'
              f'<w:t xml:space="preserve">{esc(txt)}</w:t></w:r><w:r><w:tab/></w:r>'
              f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF {anc} \\h </w:instrText></w:r>'
              f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{pg}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>')
        b.append(f'<w:p><w:pPr><w:pStyle w:val="{st}"/></w:pPr>{pre}{hl}{post}</w:p>')
    b.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def h(txt, lvl, anc, bid):
        st = "Rubrik1" if lvl == 1 else "Rubrik2"
        return (f'<w:p><w:pPr><w:pStyle w:val="{st}"/></w:pPr><w:bookmarkStart w:id="{bid}" w:name="{anc}"/>'
                f'{run(txt)}<w:bookmarkEnd w:id="{bid}"/></w:p>')

    b.append(h("Sammanfattning", 1, "_Toc193840011", 1))
    b.append(para("ÅterBygg Västmanland ska bygga upp ett regionalt återbruksnav för byggmaterial i Västmanland: "
                  "ett gemensamt återbrukslager, en utbildning för återbruksinventerare, en digital marknadsplats "
                  "och två pilotprojekt där kommunerna prövar återbruk i egna byggprojekt."))
    b.append(table([["Uppgift", "Enligt ansökan"],
                    ["Projektägare", "Köpings kommun, samhällsbyggnadsförvaltningen"],
                    ["Samverkansparter", "Arboga kommun, Kungsörs kommun, Sala kommun, Fagersta kommun, Västerås stad"],
                    ["Projektperiod", "2027-09-01 – 2030-06-30"],
                    ["Total budget", "14 200 000 kronor"],
                    ["Sökta regionala utvecklingsmedel", "7 100 000 kronor (50 procent)"],
                    ["Projektledare", "Helena Brandt, Köpings kommun, 0221-250 84"]], [3200, 5862]))
    b.append(h("1 Bakgrund", 1, "_Toc193840012", 2))
    b.append(para("Bygg- och rivningssektorn står för ungefär en tredjedel av avfallet i Sverige. Stora mängder "
                  "byggdelar som fortfarande fungerar – dörrar, innerväggar, ventilationsdon, takplattor, "
                  "sanitetsporslin och armaturer – skickas i dag till förbränning eller materialåtervinning. "
                  "Kommunerna i Västmanland är tillsammans en av länets största byggherrar men saknar i dag "
                  "gemensamma rutiner, lagerplats och kompetens för att ta till vara material från egna "
                  "rivningar och ombyggnader."))
    b.append(para("Projektet bygger vidare på förstudien Cirkulärt byggande i Västmanland (2026), där sex kommuner "
                  "pekade ut brist på mellanlagring och brist på inventerare som de största hindren."))
    b.append(h("2 Syfte och mål", 1, "_Toc193840013", 3))
    b.append(para("Syftet är att göra återbruk av byggmaterial till ett självklart förstahandsval i kommunernas "
                  "egna bygg- och rivningsprojekt och att skapa en regional marknad för begagnade byggprodukter."))
    b.append(h("2.1 Projektmål", 2, "_Toc193840014", 4))
    b.append(para("Vid projektets slut ska"))
    for t in ["minst 400 ton byggmaterial ha återbrukats via återbrukslagret under projekttiden,",
              "36 återbruksinventerare ha genomgått utbildningen,",
              "25 företag i länet ha anslutit sig som köpare eller lämnare av material,",
              "samtliga sex kommuner ha infört krav på återbruksinventering i egna rivnings- och ombyggnadsprojekt "
              "över 500 kvadratmeter bruttoarea."]:
        b.append(para([run("–\u00a0" + t)], style="Liststycke"))
    b.append(h("2.2 Definitioner", 2, "_Toc193840015", 5))
    b.append(para("Med återbruk avses i projektet att en byggprodukt eller ett material används igen för samma eller "
                  "liknande ändamål utan att först ha genomgått materialåtervinning."))
    b.append(para("Med återbruksinventering avses en systematisk genomgång av byggdelar och material i en byggnad "
                  "före rivning eller ombyggnad, i syfte att bedöma vad som kan demonteras och återbrukas, i vilken "
                  "mängd och i vilket skick."))
    b.append(para("Med återbruksnav avses den samlade funktionen lager, marknadsplats och rådgivning som projektet "
                  "bygger upp och som kommunerna avser att driva vidare efter projekttiden."))
    b.append(h("3 Aktiviteter", 1, "_Toc193840016", 6))
    b.append(h("3.1 Regionalt återbrukslager", 2, "_Toc193840017", 7))
    b.append(para("Ett gemensamt återbrukslager om cirka 1 200 kvadratmeter inrättas i Norsa industriområde i "
                  "Köping, nära E18 och E20. Lagret tar emot material från kommunernas egna projekt och från "
                  "privata byggherrar och säljer det vidare till företag och privatpersoner. Lagret beräknas "
                  "öppna den 1 mars 2028."))
    b.append(h("3.2 Utbildning av återbruksinventerare", 2, "_Toc193840018", 8))
    b.append(para("Tillsammans med en extern utbildningsanordnare genomförs tre utbildningsomgångar med tolv "
                  "deltagare i varje omgång. Målgruppen är kommunernas byggprojektledare och fastighetsförvaltare "
                  "samt anställda hos rivningsentreprenörer. Den första omgången startar i november 2027."))
    b.append(h("3.3 Digital marknadsplats", 2, "_Toc193840019", 9))
    b.append(para("Projektet upphandlar en egen digital marknadsplats, arbetsnamn Byggbytet, där lagrets material "
                  "och material som finns kvar i byggnader före rivning kan annonseras. Upphandlingen beräknas "
                  "vara klar under första kvartalet 2028."))
    b.append(h("3.4 Pilotprojekt", 2, "_Toc193840020", 10))
    b.append(para("Två pilotprojekt genomförs där återbruk prövas fullt ut i kommunala byggprojekt:"))
    b.append(para([run("–\u00a0Ekebyskolan i Sala – ombyggnad av matsal och två klassrumsflyglar (2028–2029)")], style="Liststycke"))
    b.append(para([run("–\u00a0kv. Smedjan i Fagersta – rivning av ett kontorshus från 1968 (2029)")], style="Liststycke"))
    # --- sub-documents (collapsed) chapters 4 and 5 ---
    cont = '<w:type w:val="continuous"/>'
    b.append(f'<w:p><w:pPr><w:sectPr>{cont}{SECT_A4}</w:sectPr></w:pPr></w:p>')
    b.append('<w:p><w:subDoc r:id="rId20"/></w:p>')
    b.append(f'<w:p><w:pPr><w:sectPr>{cont}{SECT_A4}</w:sectPr></w:pPr></w:p>')
    b.append('<w:p><w:subDoc r:id="rId21"/></w:p>')
    b.append(f'<w:p><w:pPr><w:sectPr>{cont}{SECT_A4}</w:sectPr></w:pPr></w:p>')
    b.append(h("6 Tidplan", 1, "_Toc193840027", 11))
    b.append(para("En detaljerad tidplan tas fram i MS Project när projektet startar. Huvudsakliga hållpunkter:"))
    b.append(table([["Hållpunkt", "Datum"],
                    ["Projektstart", "2027-09-01"],
                    ["Första utbildningsomgången startar", "2027-11-15"],
                    ["Återbrukslagret öppnar (Norsa, Köping)", "2028-03-01"],
                    ["Byggbytet i drift", "2028-04-03"],
                    ["Projektslut", "2030-06-30"],
                    ["Slutrapport till Region Västmanland", "2030-08-30"]], [6000, 3062]))
    b.append(h("7 Uppföljning, utvärdering och spridning", 1, "_Toc193840028", 12))
    b.append(para("Lägesrapport lämnas till Region Västmanland varje år senast den 31 mars. Slutrapport lämnas "
                  "senast två månader efter projektslut. En extern följeforskare upphandlas för lärande utvärdering. "
                  "Resultaten sprids via kommunernas webbplatser, Byggdialog Västmanland och en slutkonferens."))
    b.append(f'<w:sectPr>{SECT_A4}<w:titlePg/></w:sectPr>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS_DOC}><w:body>{"".join(b)}</w:body></w:document>'

    rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId20" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument" Target="file:///K:\\Projekt\\%C3%85terBygg\\Ans%C3%B6kan%202027\\Kap%204%20Budget%20och%20finansiering.docx" TargetMode="External"/><Relationship Id="rId21" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument" Target="file:///K:\\Projekt\\%C3%85terBygg\\Ans%C3%B6kan%202027\\Kap%205%20Organisation.docx" TargetMode="External"/></Relationships>"""
    settings = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:view w:val="outline"/><w:zoom w:percent="100"/><w:defaultTabStop w:val="1304"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="sv-SE"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>"""
    ct = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""
    pkg_rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""
    write_zip(path, [
        ("[Content_Types].xml", ct), ("_rels/.rels", pkg_rels),
        ("word/document.xml", doc), ("word/_rels/document.xml.rels", rels),
        ("word/styles.xml", STYLES), ("word/settings.xml", settings),
        ("docProps/core.xml", core_xml("Projektbeskrivning ÅterBygg Västmanland v1.0", "Helena Brandt", "Helena Brandt",
                                       "2027-03-02T08:11:00Z", "2027-04-20T14:52:00Z", 31)),
        ("docProps/app.xml", APP_XML.format(tpl="Normal.dotm", tt=1312, pages=13, company="Köpings kommun")),
    ], when=(2027, 4, 20, 16, 52, 0))


# ---------------------------------------------------------------------------
# 2. Dynamic XFA form PDF (raw PDF writer)
# ---------------------------------------------------------------------------
def pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def write_raw_pdf(path, objects, root=1, info=None):
    """objects: dict num -> bytes (object body, may include stream)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for n in sorted(objects):
        offs[n] = len(out)
        out += f"{n} 0 obj\n".encode() + objects[n] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += f"xref\n0 {size}\n".encode()
    out += b"0000000000 65535 f \n"
    for n in range(1, size):
        if n in offs:
            out += f"{offs[n]:010d} 00000 n \n".encode()
        else:
            out += b"0000000000 65535 f \n"
    idh = hashlib.md5(bytes(out)).hexdigest().upper()
    tr = f"trailer\n<< /Size {size} /Root {root} 0 R".encode()
    if info:
        tr += f" /Info {info} 0 R".encode()
    tr += f" /ID [<{idh}> <{idh}>] >>\nstartxref\n{xref}\n%%EOF\n".encode()
    out += tr
    with open(path, "wb") as f:
        f.write(bytes(out))


def stream_obj(data, extra=b""):
    comp = zlib.compress(data, 9)
    return (b"<< /Length " + str(len(comp)).encode() + b" /Filter /FlateDecode " + extra + b">>\nstream\n"
            + comp + b"\nendstream")


XFA_TEMPLATE = """<template xmlns="http://www.xfa.org/schema/xfa-template/2.8/">
<?formServer defaultPDFRenderFormat acrobat9.1dynamic?>
<subform name="form1" layout="tb" locale="sv_SE" restoreState="auto">
<pageSet><pageArea name="Sida" id="Page1"><contentArea x="15mm" y="15mm" w="180mm" h="262mm"/><medium stock="a4" short="210mm" long="297mm"/>
<draw name="Sidfot" y="282mm" x="15mm" w="180mm" h="6mm"><value><text>Region Västmanland, 721 89 Västerås. Blankett RV-RUM 14, version 2025-1</text></value><font typeface="Arial" size="7pt"/></draw>
</pageArea></pageSet>
<subform name="Sida1" layout="tb" w="180mm">
<draw name="Logotyp" w="60mm" h="12mm"><value><text>Region Västmanland</text></value><font typeface="Arial" size="16pt" weight="bold"/></draw>
<draw name="Rubrik" w="180mm" h="10mm"><value><text>Ansökan om ändring av beviljat projekt – regionala utvecklingsmedel</text></value><font typeface="Arial" size="13pt" weight="bold"/></draw>
<draw name="Instruktion" w="180mm" h="16mm"><value><exData contentType="text/html"><body xmlns="http://www.w3.org/1999/xhtml"><p>Använd blanketten när projektet vill ändra projektledare, budget, projektperiod, aktiviteter eller plats för genomförande. Ändringar får inte genomföras innan Region Västmanland har fattat beslut. Belopp anges i hela kronor utan mellanslag, till exempel 9000000 om budgeten ändras från 10 000 000 till 9 000 000 kronor.</p></body></exData></value><font typeface="Arial" size="8pt"/></draw>
<subform name="Projekt" layout="tb" w="180mm">
<field name="Diarienummer" w="60mm" h="9mm"><ui><textEdit/></ui><caption placement="top"><value><text>Region Västmanlands diarienummer</text></value></caption></field>
<field name="Projektnamn" w="120mm" h="9mm"><ui><textEdit/></ui><caption placement="top"><value><text>Projektets namn</text></value></caption></field>
<field name="Stodmottagare" w="120mm" h="9mm"><ui><textEdit/></ui><caption placement="top"><value><text>Stödmottagare</text></value></caption></field>
</subform>
<subform name="AndringAvser" layout="lr-tb" w="180mm">
<draw name="AndringRubrik" w="180mm" h="6mm"><value><text>Ändringen avser (kryssa i)</text></value><font typeface="Arial" size="9pt" weight="bold"/></draw>
<field name="Projektledare" w="36mm" h="6mm"><ui><checkButton shape="square"/></ui><caption placement="right"><value><text>Projektledare</text></value></caption><items><integer>1</integer><integer>0</integer></items></field>
<field name="Budget" w="36mm" h="6mm"><ui><checkButton shape="square"/></ui><caption placement="right"><value><text>Budget</text></value></caption><items><integer>1</integer><integer>0</integer></items></field>
<field name="Projektperiod" w="36mm" h="6mm"><ui><checkButton shape="square"/></ui><caption placement="right"><value><text>Projektperiod</text></value></caption><items><integer>1</integer><integer>0</integer></items></field>
<field name="Aktiviteter" w="36mm" h="6mm"><ui><checkButton shape="square"/></ui><caption placement="right"><value><text>Aktiviteter</text></value></caption><items><integer>1</integer><integer>0</integer></items></field>
<field name="Plats" w="36mm" h="6mm"><ui><checkButton shape="square"/></ui><caption placement="right"><value><text>Plats för genomförande</text></value></caption><items><integer>1</integer><integer>0</integer></items></field>
<field name="Mal" w="36mm" h="6mm"><ui><checkButton shape="square"/></ui><caption placement="right"><value><text>Projektets mål</text></value></caption><items><integer>1</integer><integer>0</integer></items></field>
</subform>
<subform name="Projektledning" layout="tb" w="180mm" presence="visible">
<field name="NuvarandeProjektledare" w="90mm" h="9mm"><ui><textEdit/></ui><caption placement="top"><value><text>Nuvarande projektledare</text></value></caption></field>
<field name="NyProjektledare" w="90mm" h="9mm"><ui><textEdit/></ui><caption placement="top"><value><text>Ny projektledare</text></value></caption></field>
<field name="NyProjektledareFrom" w="40mm" h="9mm"><ui><dateTimeEdit/></ui><format><picture>date{YYYY-MM-DD}</picture></format><caption placement="top"><value><text>Från och med</text></value></caption></field>
</subform>
<subform name="Ekonomi" layout="tb" w="180mm">
<field name="NuvarandeTotalbudget" w="60mm" h="9mm"><ui><numericEdit/></ui><format><picture>num{zz zzz zz9}</picture></format><caption placement="top"><value><text>Beviljad total budget (kr)</text></value></caption></field>
<field name="NyTotalbudget" w="60mm" h="9mm"><ui><numericEdit/></ui><format><picture>num{zz zzz zz9}</picture></format><caption placement="top"><value><text>Ny total budget (kr)</text></value></caption></field>
<field name="NuvarandeRegionbidrag" w="60mm" h="9mm"><ui><numericEdit/></ui><format><picture>num{zz zzz zz9}</picture></format><caption placement="top"><value><text>Beviljat stöd från Region Västmanland (kr)</text></value></caption></field>
<field name="NyttRegionbidrag" w="60mm" h="9mm"><ui><numericEdit/></ui><format><picture>num{zz zzz zz9}</picture></format><caption placement="top"><value><text>Sökt stöd efter ändring (kr)</text></value></caption></field>
<field name="Minskning" w="60mm" h="9mm" access="readOnly"><ui><numericEdit/></ui><format><picture>num{zz zzz zz9}</picture></format><caption placement="top"><value><text>Förändring av total budget (kr, beräknas)</text></value></caption><calculate><script contentType="application/x-javascript">NuvarandeTotalbudget.rawValue - NyTotalbudget.rawValue</script></calculate></field>
</subform>
<subform name="Period" layout="tb" w="180mm">
<field name="NuvarandeSlutdatum" w="40mm" h="9mm"><ui><dateTimeEdit/></ui><format><picture>date{D MMMM YYYY}</picture></format><caption placement="top"><value><text>Beviljat slutdatum</text></value></caption></field>
<field name="BegartSlutdatum" w="40mm" h="9mm"><ui><dateTimeEdit/></ui><format><picture>date{D MMMM YYYY}</picture></format><caption placement="top"><value><text>Begärt nytt slutdatum</text></value></caption></field>
</subform>
<subform name="NyLokal" layout="lr-tb" w="180mm">
<field name="Adress" w="80mm" h="9mm"><ui><textEdit/></ui><caption placement="top"><value><text>Ny plats/lokal – gatuadress</text></value></caption></field>
<field name="Postnr" w="25mm" h="9mm"><ui><textEdit/></ui><caption placement="top"><value><text>Postnummer</text></value></caption></field>
<field name="Ort" w="50mm" h="9mm"><ui><textEdit/></ui><caption placement="top"><value><text>Ort</text></value></caption></field>
<field name="Yta" w="25mm" h="9mm"><ui><numericEdit/></ui><caption placement="top"><value><text>Yta (kvm)</text></value></caption></field>
</subform>
<subform name="Inventerare" layout="lr-tb" w="180mm">
<field name="Omgangar" w="40mm" h="9mm"><ui><numericEdit/></ui><caption placement="top"><value><text>Antal utbildningsomgångar</text></value></caption></field>
<field name="PlatserPerOmgang" w="40mm" h="9mm"><ui><numericEdit/></ui><caption placement="top"><value><text>Platser per omgång</text></value></caption></field>
</subform>
<field name="Motivering" w="180mm" h="60mm"><ui><textEdit multiLine="1"/></ui><caption placement="top"><value><text>Beskriv ändringen och motivera varför den behövs</text></value></caption></field>
<subform name="Kontakt" layout="lr-tb" w="180mm">
<field name="Namn" w="60mm" h="9mm"><ui><textEdit/></ui><caption placement="top"><value><text>Kontaktperson för ärendet</text></value></caption></field>
<field name="Telefon" w="40mm" h="9mm"><ui><textEdit/></ui><caption placement="top"><value><text>Telefon</text></value></caption></field>
<field name="Epost" w="80mm" h="9mm"><ui><textEdit/></ui><caption placement="top"><value><text>E-post</text></value></caption></field>
</subform>
<subform name="Underskrift" layout="lr-tb" w="180mm">
<field name="Namn" w="60mm" h="9mm"><ui><textEdit/></ui><caption placement="top"><value><text>Behörig företrädare (namnförtydligande)</text></value></caption></field>
<field name="Roll" w="60mm" h="9mm"><ui><textEdit/></ui><caption placement="top"><value><text>Befattning</text></value></caption></field>
<field name="Datum" w="40mm" h="9mm"><ui><dateTimeEdit/></ui><format><picture>date{YYYY-MM-DD}</picture></format><caption placement="top"><value><text>Datum</text></value></caption></field>
</subform>
<field name="SkickaKnapp" w="40mm" h="10mm"><ui><button/></ui><caption><value><text>Skicka till Region Västmanland</text></value></caption><event activity="click"><submit format="xdp" target="https://etjanst.regionvastmanland.example/rum/andring" textEncoding="UTF-8"/></event></field>
</subform>
</subform>
</template>"""

XFA_MOTIVERING = (
    "Projektet avstår från att upphandla en egen digital marknadsplats (Byggbytet). I stället ansluter "
    "projektet till Materialtorget Mälardalen, som redan används av flera kommuner i Mälardalen. Kostnaden "
    "för externa tjänster minskar därmed med 1 240 000 kronor och projektets totala budget sjunker i "
    "motsvarande mån.\n"
    "Återbrukslagret flyttas från Norsa industriområde i Köping till Arboga kommuns hall på Verkstadsgatan 14 "
    "i Arboga, som är större (1 650 kvm), har lastkaj och kan tillträdas utan ombyggnad av taket. "
    "Lagret kan därför inte öppna den 1 mars 2028 som planerat.\n"
    "Helena Brandt har fått tjänsten som förvaltningschef för kultur- och fritidsförvaltningen i Köping och "
    "lämnar projektet. Jonas Öberg, i dag miljöstrateg i Köpings kommun, tar över som projektledare.\n"
    "Inventerarutbildningen genomförs i fyra omgångar om tio deltagare i stället för tre omgångar om tolv, "
    "eftersom utbildningsanordnaren inte kan ta emot fler än tio deltagare per grupp vid de praktiska "
    "momenten. Den första omgången skjuts till februari 2028.\n"
    "Förseningen av lagret gör att vi behöver förlänga projektperioden till och med den 31 december 2030. "
    "Projektets mål påverkas inte."
)

XFA_DATA = [
    ("Projekt", [("Diarienummer", "RV 2027-0412"), ("Projektnamn", "ÅterBygg Västmanland"),
                 ("Stodmottagare", "Köpings kommun")]),
    ("AndringAvser", [("Projektledare", "1"), ("Budget", "1"), ("Projektperiod", "1"), ("Aktiviteter", "1"),
                      ("Plats", "1"), ("Mal", "0")]),
    ("Projektledning", [("NuvarandeProjektledare", "Helena Brandt"), ("NyProjektledare", "Jonas Öberg"),
                        ("NyProjektledareFrom", "2028-01-10")]),
    ("Ekonomi", [("NuvarandeTotalbudget", "14200000"), ("NyTotalbudget", "12960000"),
                 ("NuvarandeRegionbidrag", "7100000"), ("NyttRegionbidrag", "6480000"), ("Minskning", "1240000")]),
    ("Period", [("NuvarandeSlutdatum", "2030-06-30"), ("BegartSlutdatum", "2030-12-31")]),
    ("NyLokal", [("Adress", "Verkstadsgatan 14"), ("Postnr", "732 30"), ("Ort", "Arboga"), ("Yta", "1650")]),
    ("Inventerare", [("Omgangar", "4"), ("PlatserPerOmgang", "10")]),
    (None, [("Motivering", XFA_MOTIVERING)]),
    ("Kontakt", [("Namn", "Jonas Öberg"), ("Telefon", "0221-251 37"), ("Epost", "jonas.oberg@koping.example")]),
    ("Underskrift", [("Namn", "Malin Ek"), ("Roll", "Samhällsbyggnadschef"), ("Datum", "2027-11-15")]),
    (None, [("SkickaKnapp", "")]),
]


def make_xfa(path):
    data = ['<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/">\n<xfa:data>\n<form1>\n<Sida1>']
    for grp, fields in XFA_DATA:
        if grp:
            data.append(f"<{grp}>")
        for k, v in fields:
            if k == "Motivering":
                v = esc(v).replace("\n", "&#xD;")
                data.append(f"<{k}>{v}</{k}>")
            elif v == "":
                data.append(f"<{k}/>")
            else:
                data.append(f"<{k}>{esc(v)}</{k}>")
        if grp:
            data.append(f"</{grp}>")
    data.append("</Sida1>\n</form1>\n</xfa:data>\n</xfa:datasets>")
    datasets = "\n".join(data).encode("utf-8")
    preamble = ('<?xml version="1.0" encoding="UTF-8"?>\n<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/" '
                'timeStamp="2027-11-15T09:35:12Z" uuid="4f1c2a7e-8d0b-4b6e-9a51-2c7d3e9f0b14">').encode()
    config = ('<config xmlns="http://www.xfa.org/schema/xci/2.8/"><agent name="designer"><destination>pdf</destination>'
              '<pdf><fontInfo/></pdf></agent><present><pdf><version>1.7</version><adobeExtensionLevel>8</adobeExtensionLevel>'
              '<renderPolicy>client</renderPolicy><scriptModel>XFA</scriptModel><interactive>1</interactive></pdf>'
              '<xdp><packets>*</packets></xdp><destination>pdf</destination><script><runScripts>server</runScripts></script>'
              '</present><acrobat><acrobat7><dynamicRender>required</dynamicRender></acrobat7><validate>preSubmit</validate>'
              '</acrobat></config>').encode()
    localeset = ('<localeSet xmlns="http://www.xfa.org/schema/xfa-locale-set/2.7/"><locale name="sv_SE" desc="Svenska (Sverige)">'
                 '<calendarSymbols name="gregorian"><monthNames><month>januari</month><month>februari</month><month>mars</month>'
                 '<month>april</month><month>maj</month><month>juni</month><month>juli</month><month>augusti</month>'
                 '<month>september</month><month>oktober</month><month>november</month><month>december</month></monthNames>'
                 '</calendarSymbols><numberSymbols><numberSymbol name="decimal">,</numberSymbol>'
                 '<numberSymbol name="grouping">\u00a0</numberSymbol></numberSymbols></locale></localeSet>').encode("utf-8")
    postamble = b"</xdp:xdp>"
    wait = [
        (16, "Vänta..."),
        (10, ""),
        (10, "Om det här meddelandet inte ersätts av rätt innehåll i dokumentet kan det hända att din"),
        (10, "PDF-visare inte kan visa den här typen av dokument."),
        (10, ""),
        (10, "Du kan uppgradera till den senaste versionen av Adobe Reader för Windows®, Mac eller Linux®"),
        (10, "genom att besöka  http://www.adobe.com/go/reader_download."),
        (10, ""),
        (10, "Mer information om hur du använder Adobe Reader finns på http://www.adobe.com/go/acrreader."),
        (10, ""),
        (16, "Please wait..."),
        (10, ""),
        (10, "If this message is not eventually replaced by the proper contents of the document, your PDF"),
        (10, "viewer may not be able to display this type of document."),
        (10, ""),
        (10, "You can upgrade to the latest version of Adobe Reader for Windows®, Mac, or Linux® by"),
        (10, "visiting  http://www.adobe.com/go/reader_download."),
        (10, ""),
        (10, "For more assistance with Adobe Reader visit  http://www.adobe.com/go/acrreader."),
        (10, ""),
        (8, "Windows is either a registered trademark or a trademark of Microsoft Corporation in the United States"),
        (8, "and/or other countries. Mac is a trademark of Apple Inc., registered in the United States and other"),
        (8, "countries. Linux is the registered trademark of Linus Torvalds in the U.S. and other countries."),
    ]
    cs = bytearray(b"BT\n")
    y = 780
    for sz, line in wait:
        y -= sz + 6
        cs += f"/F1 {sz} Tf 1 0 0 1 20 {y} Tm ".encode() + pdf_str(line) + b" Tj\n"
    cs += b"ET\n"
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R /AcroForm 6 0 R /NeedsRendering true /Lang (sv-SE) "
           b"/Extensions << /ADBE << /BaseVersion /1.7 /ExtensionLevel 8 >> >> >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        5: stream_obj(bytes(cs)),
        6: b"<< /Fields [] /XFA [(preamble) 7 0 R (config) 8 0 R (template) 9 0 R (localeSet) 10 0 R "
           b"(datasets) 11 0 R (postamble) 12 0 R] >>",
        7: stream_obj(preamble),
        8: stream_obj(config),
        9: stream_obj(XFA_TEMPLATE.encode("utf-8")),
        10: stream_obj(localeset),
        11: stream_obj(datasets),
        12: stream_obj(postamble),
        13: (b"<< /Title " + pdf_str("Ansökan om ändring av beviljat projekt – regionala utvecklingsmedel")
             + b" /Creator (Adobe LiveCycle Designer ES 9.0) /Producer (Adobe XML Form Module Library) "
               b"/CreationDate (D:20250114091500+01'00') /ModDate (D:20271115103512+01'00') >>"),
    }
    write_raw_pdf(path, objs, root=1, info=13)


# ---------------------------------------------------------------------------
# 3. Signed delegation decision DOCX
# ---------------------------------------------------------------------------
def b64(seed, n):
    out = b""
    k = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}-{k}".encode()).digest()
        k += 1
    return base64.b64encode(out[:n]).decode()


def make_decision(path):
    b = []
    b.append(para([run("Köpings kommun", b=True)], extra_ppr='<w:spacing w:after="0"/>'))
    b.append(para("Samhällsbyggnadsförvaltningen", extra_ppr='<w:spacing w:after="0"/>'))
    b.append(para("Att: Jonas Öberg", extra_ppr='<w:spacing w:after="0"/>'))
    b.append(para("731 85 Köping"))
    b.append(para(""))
    b.append(para("Beslut om ändring av beviljade regionala utvecklingsmedel för projektet ÅterBygg Västmanland", style="Rubrik1"))
    b.append(para([run("Stödmottagare: ", b=True), run("Köpings kommun")], extra_ppr='<w:spacing w:after="0"/>'))
    b.append(para([run("Ursprungligt beslut: ", b=True), run("Regionala utvecklingsnämnden 2027-06-14, § 64")], extra_ppr='<w:spacing w:after="0"/>'))
    b.append(para([run("Ansökan om ändring inkom: ", b=True), run("2027-11-15")], extra_ppr='<w:spacing w:after="0"/>'))
    b.append(para([run("Beslutsdatum: ", b=True), run("enligt elektronisk underskrift")]))
    b.append(para("Beslut", style="Rubrik2"))
    b.append(para("Region Västmanland beslutar att"))
    for t in [
        "godkänna byte av projektledare från Helena Brandt till Jonas Öberg från och med den 10 januari 2028,",
        "godkänna att projektets totala budget minskas till 12 960 000 kronor och att Region Västmanlands stöd "
        "uppgår till högst 6 480 000 kronor, dock högst 50 procent av projektets faktiska stödberättigande kostnader,",
        "godkänna ändrad aktivitet 3.3 (anslutning till Materialtorget Mälardalen i stället för upphandling av en "
        "egen digital marknadsplats) och ändrad aktivitet 3.2 (fyra utbildningsomgångar om tio deltagare),",
        "delvis bevilja förlängning av projektperioden, som ska pågå till och med den 31 oktober 2030; ansökan om "
        "förlängning till och med den 31 december 2030 avslås i övrigt,",
        "slutrapport och slutlig ansökan om utbetalning ska ha kommit in till Region Västmanland senast den "
        "31 december 2030,",
        "i övrigt gäller villkoren i det ursprungliga beslutet.",
    ]:
        b.append(para([run("–\u00a0" + t)], style="Liststycke"))
    b.append(para("Beskrivning av ärendet", style="Rubrik2"))
    b.append(para("Köpings kommun beviljades den 14 juni 2027 högst 7 100 000 kronor i regionala utvecklingsmedel "
                  "för projektet ÅterBygg Västmanland under projektperioden 2027-09-01 – 2030-06-30. Den 15 november "
                  "2027 ansökte kommunen om att byta projektledare, minska budgeten, ändra två aktiviteter, flytta "
                  "återbrukslagret och förlänga projektperioden till och med den 31 december 2030."))
    b.append(para("Skäl för beslutet", style="Rubrik2"))
    b.append(para("Bytet av projektledare och de ändrade aktiviteterna bedöms inte påverka projektets möjlighet att nå "
                  "sina mål. Budgeten minskar med den kostnad som var avsatt för upphandlingen av en egen "
                  "marknadsplats."))
    b.append(para("Region Västmanlands ram för regionala utvecklingsmedel medger inga utbetalningar för projekt i "
                  "den nuvarande programperioden efter den 31 december 2030. För att slutrapporten ska hinna "
                  "granskas och slututbetalning göras före det datumet kan projektperioden förlängas längst till "
                  "och med den 31 oktober 2030."))
    b.append(para("Att återbrukslagret flyttas från Norsa industriområde i Köping till Arboga kräver inget beslut "
                  "från Region Västmanland. Regionen noterar ändringen."))
    b.append(para("Kostnadsbudget", style="Rubrik2"))
    b.append(table([["Kostnadsslag", "Beviljad budget 2027-06-14, kr", "Ny budget, kr"],
                    ["Personal", "6 300 000", "6 300 000"],
                    ["Externa tjänster", "3 450 000", "2 210 000"],
                    ["Lokaler", "1 800 000", "1 800 000"],
                    ["Investeringar", "1 900 000", "1 900 000"],
                    ["Övriga kostnader", "750 000", "750 000"],
                    ["Summa kostnader", "14 200 000", "12 960 000"]], [3600, 2731, 2731], bold_last=True))
    b.append(para(""))
    b.append(para("Finansiering", style="Rubrik2"))
    b.append(table([["Finansiär", "Beviljad budget 2027-06-14, kr", "Ny budget, kr"],
                    ["Region Västmanland, regionala utvecklingsmedel", "7 100 000", "6 480 000"],
                    ["Kommunal medfinansiering, kontant", "4 970 000", "4 536 000"],
                    ["Offentligt bidrag i annat än pengar (kommunernas personal)", "2 130 000", "1 944 000"],
                    ["Summa finansiering", "14 200 000", "12 960 000"]], [3600, 2731, 2731], bold_last=True))
    b.append(para(""))
    b.append(para("Beslutet har fattats av enhetschefen för Regional tillväxt med stöd av regionala "
                  "utvecklingsnämndens delegationsordning, punkt 3.4. I ärendets slutliga handläggning har även "
                  "handläggare Pär Nyström deltagit. Beslutet är elektroniskt underskrivet och saknar därför "
                  "namnteckning på papper."))
    # signature line (VML) – name/title only in attributes
    b.append(
        '<w:p><w:r><w:pict>'
        '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
        'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:formulas>'
        '<v:f eqn="if lineDrawn pixelLineWidth 0"/><v:f eqn="sum @0 1 0"/><v:f eqn="sum 0 0 @1"/>'
        '<v:f eqn="prod @2 1 2"/><v:f eqn="prod @3 21600 pixelWidth"/><v:f eqn="prod @3 21600 pixelHeight"/>'
        '<v:f eqn="sum @0 0 1"/><v:f eqn="prod @6 1 2"/><v:f eqn="prod @7 21600 pixelWidth"/>'
        '<v:f eqn="sum @8 21600 0"/><v:f eqn="prod @7 21600 pixelHeight"/><v:f eqn="sum @10 21600 0"/></v:formulas>'
        '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" aspectratio="t"/>'
        '</v:shapetype>'
        '<v:shape id="_x0000_i1025" type="#_x0000_t75" alt="Microsoft Office-signaturrad..." style="width:192pt;height:96pt">'
        '<v:imagedata r:id="rId8" o:title=""/>'
        '<o:lock v:ext="edit" ungrouping="t" rotation="t" cropping="t" verticies="t" text="t" grouping="t"/>'
        '<o:signatureline v:ext="edit" id="{8B3F2C61-4E0A-4D7B-9C15-7A2E6D0F3B94}" '
        'provid="{00000000-0000-0000-0000-000000000000}" o:suggestedsigner="Annika Wester" '
        'o:suggestedsigner2="Enhetschef, Regional tillväxt" '
        'o:suggestedsigneremail="annika.wester@regionvastmanland.example" allowcomments="t" issignatureline="t"/>'
        '</v:shape></w:pict></w:r></w:p>')
    b.append(para("Hur man överklagar", style="Rubrik2"))
    b.append(para("Beslut om regionala utvecklingsmedel kan inte överklagas enligt 13 § förordningen (2003:596) om "
                  "bidrag för projektverksamhet inom den regionala tillväxtpolitiken. Ett beslut kan dock "
                  "omprövas om det har tillkommit nya omständigheter."))
    b.append(para([run("Handläggare: ", b=True), run("Pär Nyström, Regional tillväxt, 021-17 45 12")], extra_ppr='<w:spacing w:after="0"/>'))
    b.append(para([run("Kopia: ", b=True), run("Arboga kommun, Kungsörs kommun, Sala kommun, Fagersta kommun, Västerås stad")]))
    b.append('<w:sectPr><w:headerReference w:type="default" r:id="rId9"/>' + SECT_A4 + '</w:sectPr>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS_DOC}><w:body>{"".join(b)}</w:body></w:document>'
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS_DOC}>'
              + table([["Region Västmanland", "BESLUT"], ["Regional utveckling", "Diarienummer RV 2027-0412"],
                       ["Enheten för regional tillväxt", "Datum: enligt elektronisk underskrift"]], [5200, 3862], header=False)
              + '<w:p><w:pPr><w:pStyle w:val="Sidhuvud"/></w:pPr></w:p></w:hdr>')
    rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"""
    settings = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:documentProtection w:edit="readOnly" w:enforcement="0"/><w:defaultTabStop w:val="1304"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="sv-SE"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>"""
    custom = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="_MarkAsFinal"><vt:bool>true</vt:bool></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Diarienummer"><vt:lpwstr>RV 2027-0412</vt:lpwstr></property></Properties>"""
    # --- XML digital signature part ---
    sigtime = "2027-12-06T14:21:37Z"
    digests = {n: base64.b64encode(hashlib.sha1(n.encode()).digest()).decode()
               for n in ["document.xml", "styles.xml", "settings.xml", "header1.xml", "image1.png", "core", "app", "custom",
                         "idPackageObject", "idOfficeObject", "idSignedProperties", "idValidSigLnImg", "idInvalidSigLnImg"]}
    sig = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="idPackageSignature"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/><SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><Reference Type="http://www.w3.org/2000/09/xmldsig#Object" URI="#idPackageObject"><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{digests['idPackageObject']}</DigestValue></Reference><Reference Type="http://www.w3.org/2000/09/xmldsig#Object" URI="#idOfficeObject"><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{digests['idOfficeObject']}</DigestValue></Reference><Reference Type="http://uri.etsi.org/01903#SignedProperties" URI="#idSignedProperties"><Transforms><Transform Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/></Transforms><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{digests['idSignedProperties']}</DigestValue></Reference><Reference Type="http://www.w3.org/2000/09/xmldsig#Object" URI="#idValidSigLnImg"><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{digests['idValidSigLnImg']}</DigestValue></Reference><Reference Type="http://www.w3.org/2000/09/xmldsig#Object" URI="#idInvalidSigLnImg"><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{digests['idInvalidSigLnImg']}</DigestValue></Reference></SignedInfo><SignatureValue>{b64('sigval', 256)}</SignatureValue><KeyInfo><X509Data><X509Certificate>{b64('cert', 900)}</X509Certificate></X509Data></KeyInfo><Object xmlns:mdssi="http://schemas.openxmlformats.org/package/2006/digital-signature" Id="idPackageObject"><Manifest><Reference URI="/word/document.xml?ContentType=application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{digests['document.xml']}</DigestValue></Reference><Reference URI="/word/styles.xml?ContentType=application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{digests['styles.xml']}</DigestValue></Reference><Reference URI="/word/header1.xml?ContentType=application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{digests['header1.xml']}</DigestValue></Reference><Reference URI="/word/media/image1.png?ContentType=image/png"><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{digests['image1.png']}</DigestValue></Reference></Manifest><SignatureProperties><SignatureProperty Id="idSignatureTime" Target="#idPackageSignature"><mdssi:SignatureTime><mdssi:Format>YYYY-MM-DDThh:mm:ssTZD</mdssi:Format><mdssi:Value>{sigtime}</mdssi:Value></mdssi:SignatureTime></SignatureProperty></SignatureProperties></Object><Object Id="idOfficeObject"><SignatureProperties><SignatureProperty Id="idOfficeV1Details" Target="#idPackageSignature"><SignatureInfoV1 xmlns="http://schemas.microsoft.com/office/2006/digsig"><SetupID>{{8B3F2C61-4E0A-4D7B-9C15-7A2E6D0F3B94}}</SetupID><SignatureText>Annika Wester</SignatureText><SignatureImage/><SignatureComments>Beslut enligt delegation, punkt 3.4 i regionala utvecklingsnämndens delegationsordning</SignatureComments><WindowsVersion>10.0</WindowsVersion><OfficeVersion>16.0.17928/26</OfficeVersion><ApplicationVersion>16.0.17928</ApplicationVersion><Monitors>2</Monitors><HorizontalResolution>1920</HorizontalResolution><VerticalResolution>1080</VerticalResolution><ColorDepth>32</ColorDepth><SignatureProviderId>{{00000000-0000-0000-0000-000000000000}}</SignatureProviderId><SignatureProviderUrl/><SignatureProviderDetails>9</SignatureProviderDetails><SignatureType>2</SignatureType></SignatureInfoV1></SignatureProperty></SignatureProperties></Object><Object><xd:QualifyingProperties xmlns:xd="http://uri.etsi.org/01903/v1.3.2#" Target="#idPackageSignature"><xd:SignedProperties Id="idSignedProperties"><xd:SignedSignatureProperties><xd:SigningTime>{sigtime}</xd:SigningTime><xd:SigningCertificate><xd:Cert><xd:CertDigest><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{b64('certdig', 32)}</DigestValue></xd:CertDigest><xd:IssuerSerial><X509IssuerName>CN=Region Vastmanland Issuing CA 2, O=Region Vastmanland, C=SE</X509IssuerName><X509SerialNumber>418822731957601223991872044361</X509SerialNumber></xd:IssuerSerial></xd:Cert></xd:SigningCertificate><xd:SignaturePolicyIdentifier><xd:SignaturePolicyImplied/></xd:SignaturePolicyIdentifier><xd:SignerRole><xd:ClaimedRoles><xd:ClaimedRole>Enhetschef, Regional tillväxt</xd:ClaimedRole></xd:ClaimedRoles></xd:SignerRole></xd:SignedSignatureProperties><xd:SignedDataObjectProperties><xd:CommitmentTypeIndication><xd:CommitmentTypeId><xd:Identifier>http://uri.etsi.org/01903/v1.2.2#ProofOfApproval</xd:Identifier><xd:Description>Godkände detta dokument</xd:Description></xd:CommitmentTypeId><xd:AllSignedDataObjects/><xd:CommitmentTypeQualifiers><xd:CommitmentTypeQualifier>Beslut enligt delegation, punkt 3.4 i regionala utvecklingsnämndens delegationsordning</xd:CommitmentTypeQualifier></xd:CommitmentTypeQualifiers></xd:CommitmentTypeIndication></xd:SignedDataObjectProperties></xd:SignedProperties></xd:QualifyingProperties></Object><Object Id="idValidSigLnImg">{b64('validimg', 600)}</Object><Object Id="idInvalidSigLnImg">{b64('invalidimg', 600)}</Object></Signature>"""
    ct = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="sigs" ContentType="application/vnd.openxmlformats-package.digital-signature-origin"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/><Override PartName="/_xmlsignatures/sig1.xml" ContentType="application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"/></Types>"""
    pkg_rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"/></Relationships>"""
    sig_rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature" Target="sig1.xml"/></Relationships>"""
    write_zip(path, [
        ("[Content_Types].xml", ct), ("_rels/.rels", pkg_rels),
        ("word/document.xml", doc), ("word/_rels/document.xml.rels", rels),
        ("word/header1.xml", header), ("word/styles.xml", STYLES), ("word/settings.xml", settings),
        ("word/media/image1.png", tiny_png()),
        ("docProps/core.xml", core_xml("Beslut om ändring – ÅterBygg Västmanland", "Pär Nyström", "Pär Nyström",
                                       "2027-11-29T09:03:00Z", "2027-12-06T14:20:00Z", 9)),
        ("docProps/app.xml", APP_XML.format(tpl="RV_Beslut.dotx", tt=184, pages=3, company="Region Västmanland")),
        ("docProps/custom.xml", custom),
        ("_xmlsignatures/origin.sigs", b""),
        ("_xmlsignatures/_rels/origin.sigs.rels", sig_rels),
        ("_xmlsignatures/sig1.xml", sig),
    ], when=(2027, 12, 6, 15, 21, 36))


# ---------------------------------------------------------------------------
# 4. MS Project tracking Gantt PDF
# ---------------------------------------------------------------------------
WD = ["må", "ti", "on", "to", "fr", "lö", "sö"]


def D(s):
    return dt.date.fromisoformat(s)


def pfmt(d):
    return f"{WD[d.weekday()]} {d.isoformat()}" if d else "NA"


def workdays(a, b):
    n = 0
    d = a
    while d <= b:
        if d.weekday() < 5:
            n += 1
        d += dt.timedelta(days=1)
    return n


# id, name, level, kind, start, finish, bl_start, bl_finish, pct, res, critical
GANTT = [
    (1, "ÅterBygg Västmanland", 0, "sum", "2027-09-01", "2030-10-31", "2027-09-01", "2030-06-28", 6, "", False),
    (2, "Projektstart", 1, "ms", "2027-09-01", "2027-09-01", "2027-09-01", "2027-09-01", 100, "", False),
    (3, "Återbrukslager", 1, "sum", "2027-12-13", "2028-05-15", "2027-09-13", "2028-03-01", 21, "", True),
    (4, "Avtal om lokal, Verkstadsgatan 14 Arboga", 2, "task", "2027-12-13", "2028-02-25", "2027-09-13", "2027-12-17", 60, "JÖ;LEM", True),
    (5, "Inredning, ställage och brandskydd", 2, "task", "2028-02-28", "2028-05-12", "2028-01-10", "2028-02-25", 0, "LEM", True),
    (6, "Öppning återbrukslager", 2, "ms", "2028-05-15", "2028-05-15", "2028-03-01", "2028-03-01", 0, "", True),
    (7, "Inventerarutbildning", 1, "sum", "2028-02-07", "2029-10-12", "2027-11-15", "2028-11-03", 0, "", False),
    (8, "Omgång 1", 2, "task", "2028-02-07", "2028-03-17", "2027-11-15", "2027-12-17", 0, "Utb.anordnare", False),
    (9, "Omgång 2", 2, "task", "2028-09-04", "2028-10-13", "2028-04-10", "2028-05-12", 0, "Utb.anordnare", False),
    (10, "Omgång 3", 2, "task", "2029-02-05", "2029-03-16", "2028-10-02", "2028-11-03", 0, "Utb.anordnare", False),
    (11, "Omgång 4", 2, "task", "2029-09-03", "2029-10-12", None, None, 0, "Utb.anordnare", False),
    (12, "Digital marknadsplats", 1, "sum", "2028-02-01", "2028-04-28", "2027-10-04", "2028-03-31", 0, "", False),
    (13, "Upphandling egen plattform (Byggbytet)", 2, "inactive", "2027-10-04", "2028-03-31", "2027-10-04", "2028-03-31", 25, "HB", False),
    (14, "Anslutning till Materialtorget Mälardalen", 2, "task", "2028-02-01", "2028-04-28", None, None, 0, "JÖ", False),
    (15, "Pilotprojekt", 1, "sum", "2028-08-14", "2029-11-30", "2028-08-14", "2029-11-30", 0, "", False),
    (16, "Pilot Ekebyskolan, Sala", 2, "task", "2028-08-14", "2029-06-15", "2028-08-14", "2029-06-15", 0, "SD", False),
    (17, "Pilot kv. Smedjan, Fagersta", 2, "task", "2029-01-15", "2029-11-30", "2029-01-15", "2029-11-30", 0, "IS", False),
    (18, "Rapportering", 1, "sum", "2028-03-31", "2030-12-13", "2028-03-31", "2030-08-30", 0, "", True),
    (19, "Lägesrapport 1 + utbetalning 1", 2, "ms", "2028-03-31", "2028-03-31", "2028-03-31", "2028-03-31", 0, "JÖ", False),
    (20, "Lägesrapport 2", 2, "ms", "2029-03-29", "2029-03-29", "2029-03-29", "2029-03-29", 0, "JÖ", False),
    (21, "Lägesrapport 3", 2, "ms", "2030-03-29", "2030-03-29", "2030-03-29", "2030-03-29", 0, "JÖ", False),
    (22, "Projektslut", 2, "ms", "2030-10-31", "2030-10-31", "2030-06-28", "2030-06-28", 0, "", True),
    (23, "Slutrapport till Region Västmanland", 2, "ms", "2030-12-13", "2030-12-13", "2030-08-30", "2030-08-30", 0, "JÖ", True),
]


def make_gantt(path):
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, H = landscape(A3)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("ÅterBygg_tidplan_rev3")
    c.setAuthor("Jonas Öberg")
    c.setCreator("Microsoft® Project för Microsoft 365")
    c.setSubject("Gantt med uppföljning")
    # page header
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(W / 2, H - 30, "ÅterBygg Västmanland – tidplan rev 3 (Gantt med uppföljning)")
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, H - 43, "Köpings kommun, samhällsbyggnadsförvaltningen")
    cols = [("Id", 22), ("Aktivitetsnamn", 205), ("Varaktighet", 52), ("Start", 70), ("Slut", 70),
            ("Baslinjestart", 70), ("Baslinjeslut", 70), ("% slutfört", 44), ("Resursnamn", 62)]
    X0 = 25
    xs = [X0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    TX0 = xs[-1] + 4
    TX1 = W - 25
    t0, t1 = dt.date(2027, 7, 1), dt.date(2031, 1, 1)

    def xd(d):
        return TX0 + (d - t0).days / (t1 - t0).days * (TX1 - TX0)

    RH = 19
    top = H - 62
    # header rows (two tiers on the chart side, one tall header on the table side)
    c.setFillColor(colors.HexColor("#DDDDDD"))
    c.rect(X0, top - 2 * 13, xs[-1] - X0, 26, fill=1, stroke=0)
    c.rect(TX0, top - 2 * 13, TX1 - TX0, 26, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 7.5)
    for (name, w), x in zip(cols, xs):
        c.drawString(x + 2, top - 17, name)
    c.setLineWidth(0.4)
    c.setStrokeColor(colors.HexColor("#888888"))
    for x in xs:
        c.line(x, top, x, top - 26 - RH * len(GANTT))
    # timescale
    c.setFont("Helvetica", 7)
    y = 2027
    while y <= 2030:
        a = max(dt.date(y, 1, 1), t0)
        b_ = dt.date(y + 1, 1, 1)
        c.drawCentredString((xd(a) + xd(b_)) / 2, top - 10, str(y))
        c.line(xd(a), top, xd(a), top - 13)
        for q in range(4):
            qa = dt.date(y, 3 * q + 1, 1)
            if qa < t0:
                continue
            qb = dt.date(y + 1, 1, 1) if q == 3 else dt.date(y, 3 * q + 4, 1)
            c.drawCentredString((xd(qa) + xd(qb)) / 2, top - 23, f"Kv{q + 1}")
            c.setStrokeColor(colors.HexColor("#CCCCCC"))
            c.line(xd(qa), top - 13, xd(qa), top - 26 - RH * len(GANTT))
            c.setStrokeColor(colors.HexColor("#888888"))
        y += 1
    c.line(X0, top - 13, X0, top - 13)
    c.line(TX0, top - 13, TX1, top - 13)
    # rows
    ybase = top - 26
    c.setStrokeColor(colors.HexColor("#888888"))
    for k, (tid, name, lvl, kind, s, f, bs, bf, pct, res, crit) in enumerate(GANTT):
        ry = ybase - RH * (k + 1)
        c.setStrokeColor(colors.HexColor("#BBBBBB"))
        c.line(X0, ry, xs[-1], ry)
        s, f = D(s), D(f)
        bs = D(bs) if bs else None
        bf = D(bf) if bf else None
        dur = "0 dagar" if kind == "ms" else f"{workdays(s, f)} dagar"
        cells = [str(tid), name, dur, pfmt(s), pfmt(f), pfmt(bs), pfmt(bf), f"{pct}%", res]
        grey = kind == "inactive"
        c.setFillColor(colors.HexColor("#9A9A9A") if grey else colors.black)
        for ci, (txt, x) in enumerate(zip(cells, xs)):
            fn = "Helvetica-Bold" if (kind == "sum" and ci == 1) else "Helvetica"
            c.setFont(fn, 7.5)
            tx = x + 2 + (10 * lvl if ci == 1 else 0)
            if ci in (0, 7):
                tx = x + cols[ci][1] - 3 - stringWidth(txt, fn, 7.5)
            c.drawString(tx, ry + 6, txt)
            if grey:
                c.setStrokeColor(colors.HexColor("#9A9A9A"))
                c.setLineWidth(0.6)
                c.line(tx, ry + 8.6, tx + stringWidth(txt, fn, 7.5), ry + 8.6)
        c.setFillColor(colors.black)
        # bars
        if kind == "ms":
            for (d, col, yy) in ([(bs, "#A0A0A0", ry + 5)] if bs else []) + [(s, "#000000" if not crit else "#C00000", ry + 10)]:
                cx = xd(d)
                c.setFillColor(colors.HexColor(col))
                p = c.beginPath()
                p.moveTo(cx, yy + 4); p.lineTo(cx + 4, yy); p.lineTo(cx, yy - 4); p.lineTo(cx - 4, yy); p.close()
                c.drawPath(p, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 6.5)
            c.drawString(xd(s) + 6, ry + 8, f"{s.day}/{s.month}")
        elif kind == "sum":
            c.setFillColor(colors.HexColor("#A0A0A0"))
            if bs:
                c.rect(xd(bs), ry + 3, max(xd(bf) - xd(bs), 1), 2.5, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.rect(xd(s), ry + 10, max(xd(f) - xd(s), 1), 3, fill=1, stroke=0)
            for ex in (xd(s), xd(f)):
                p = c.beginPath(); p.moveTo(ex - 3, ry + 10); p.lineTo(ex + 3, ry + 10); p.lineTo(ex, ry + 6); p.close()
                c.drawPath(p, fill=1, stroke=0)
        else:
            if bs:
                c.setFillColor(colors.HexColor("#A0A0A0"))
                c.rect(xd(bs), ry + 3, max(xd(bf) - xd(bs), 1), 4, fill=1, stroke=0)
            x1, x2 = xd(s), xd(f + dt.timedelta(days=1))
            if kind == "inactive":
                c.setStrokeColor(colors.HexColor("#9A9A9A"))
                c.setLineWidth(0.6)
                c.rect(x1, ry + 9, x2 - x1, 6, fill=0, stroke=1)
            else:
                c.setFillColor(colors.HexColor("#C00000" if crit else "#5B9BD5"))
                c.rect(x1, ry + 9, x2 - x1, 6, fill=1, stroke=0)
                if pct:
                    c.setFillColor(colors.HexColor("#1F3864"))
                    c.rect(x1, ry + 11, (x2 - x1) * pct / 100, 2, fill=1, stroke=0)
            c.setFillColor(colors.HexColor("#9A9A9A") if grey else colors.black)
            if res:
                c.setFont("Helvetica", 6.5)
                c.drawString(x2 + 3, ry + 9, res)
        c.setFillColor(colors.black)
    # status date line
    c.setStrokeColor(colors.HexColor("#C00000"))
    c.setDash(3, 2)
    sx = xd(dt.date(2028, 1, 19))
    c.line(sx, top - 26, sx, ybase - RH * len(GANTT))
    c.setDash()
    # legend box
    ly = ybase - RH * len(GANTT) - 110
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.rect(X0, ly, TX1 - X0, 95, fill=0, stroke=1)
    c.line(X0 + 230, ly, X0 + 230, ly + 95)
    c.setFont("Helvetica", 8)
    c.drawString(X0 + 8, ly + 75, "Projekt: ÅterBygg_tidplan_rev3")
    c.drawString(X0 + 8, ly + 62, "Datum: fr 2028-01-21")
    c.drawString(X0 + 8, ly + 49, "Statusdatum: on 2028-01-19")
    c.drawString(X0 + 8, ly + 36, "Baslinje: sparad on 2027-08-25")
    legend = [("Aktivitet", "bar", "#5B9BD5"), ("Kritisk aktivitet", "bar", "#C00000"), ("Förlopp", "thin", "#1F3864"),
              ("Baslinje", "bar", "#A0A0A0"), ("Milstolpe", "ms", "#000000"), ("Baslinjemilstolpe", "ms", "#A0A0A0"),
              ("Sammanfattning", "sum", "#000000"), ("Inaktiv aktivitet", "hollow", "#9A9A9A"),
              ("Statusdatum", "dash", "#C00000"), ("Extern milstolpe", "ms", "#7F7F7F"),
              ("Deadline", "arrow", "#2E7D32"), ("Endast start", "thin", "#E69138")]
    for i, (lab, kind, col) in enumerate(legend):
        cx = X0 + 245 + (i // 4) * 230
        cy = ly + 75 - (i % 4) * 20
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.black)
        c.drawString(cx, cy, lab)
        bx = cx + 110
        c.setFillColor(colors.HexColor(col))
        c.setStrokeColor(colors.HexColor(col))
        if kind == "bar":
            c.rect(bx, cy, 40, 6, fill=1, stroke=0)
        elif kind == "thin":
            c.rect(bx, cy + 2, 40, 2, fill=1, stroke=0)
        elif kind == "hollow":
            c.rect(bx, cy, 40, 6, fill=0, stroke=1)
        elif kind == "sum":
            c.rect(bx, cy + 3, 40, 3, fill=1, stroke=0)
        elif kind == "dash":
            c.setDash(3, 2); c.line(bx + 20, cy - 3, bx + 20, cy + 9); c.setDash()
        else:
            p = c.beginPath(); p.moveTo(bx + 20, cy + 7); p.lineTo(bx + 24, cy + 3); p.lineTo(bx + 20, cy - 1); p.lineTo(bx + 16, cy + 3); p.close()
            c.drawPath(p, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, 18, "Sida 1")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 5. Copilot recap Markdown
# ---------------------------------------------------------------------------
MD = """# Styrgrupp ÅterBygg Västmanland – möte 1/2028

**Teams-möte** · onsdag 16 februari 2028 · 09:00–10:34 · Organisatör: Jonas Öberg

**Deltagare (8):** Jonas Öberg (Köpings kommun), Malin Ek (Köpings kommun), Lars-Erik Mäki (Arboga kommun), Jonas Öhberg (Arboga kommun), Sofia Demir (Sala kommun), Emil Haddad (Västerås stad), Ingrid Sand (Fagersta kommun), Pär Nyström (Region Västmanland)
**Inbjudna som inte anslöt:** Kungsörs kommun (Tomas Berggren)

Inspelning och avskrift: [Styrgrupp ÅterBygg 1_2028-20280216_090112-Mötesinspelning.mp4](https://kopingkommun.sharepoint.example/sites/AterBygg/Delade%20dokument/Inspelningar/Styrgrupp%20%C3%85terBygg%201_2028-20280216_090112-M%C3%B6tesinspelning.mp4)

---

## Mötesanteckningar

> ✨ *Genererat av Copilot. Innehåll som genereras av AI kan vara felaktigt. Kontrollera det mot avskriften.*

- **Återbrukslagret i Arboga:** Jonas Öberg gick igenom läget för lokalen på Verkstadsgatan 14. Hyresavtalet är klart och inredning och ställage monteras enligt tidplanen. Öppningen av återbrukslagret ligger kvar den 15 maj 2028. [1](#avskrift-00-04-10) Lars-Erik Mäki tar in en offert på ventilationen i hall 3. [2](#avskrift-00-09-47)
- **Inventerarutbildningen:** Den första omgången startade den 7 februari med tio deltagare, varav tre från Västerås stad. Omgång 2 startar i september. [3](#avskrift-00-31-02)
- **Materialtorget Mälardalen:** Anslutningen går enligt plan och lagrets artiklar ska kunna annonseras från maj. [4](#avskrift-00-41-30)
- **Ekonomi och rapportering:** Pär Nyström påminde om att lägesrapport 1 och den första ansökan om utbetalning ska lämnas senast den 31 mars. Jonas Öhberg lyfte att ventilationskostnaden bärs av fastighetsägaren. [5](#avskrift-00-52-18)
- **Nästa möte:** Styrgruppen ses nästa gång den 19 april kl. 09.00 på Teams. [6](#avskrift-01-28-40)

## Uppföljningsuppgifter

- [ ] **Lars-Erik Mäki** – ta in offert på ventilation i hall 3 och stämma av med räddningstjänsten. [2](#avskrift-00-09-47)
- [ ] **Jonas Öberg** – skicka uppdaterad tidplan (rev 4) till styrgruppen. [1](#avskrift-00-04-10)
- [ ] **Sofia Demir** – ta fram en lista över material från Ekebyskolan som kan gå till lagret. [7](#avskrift-01-02-55)
- [ ] **Pär Nyström** – skicka regionens mall för lägesrapport. [5](#avskrift-00-52-18)

## Kapitel

| Tid | Kapitel |
|---|---|
| 00:00:41 | Inledning och föregående minnesanteckningar |
| 00:04:10 | Återbrukslagret i Arboga – lokal, brandskydd och öppning |
| 00:31:02 | Inventerarutbildningen, omgång 1 |
| 00:41:30 | Materialtorget Mälardalen |
| 00:52:18 | Ekonomi, lägesrapport och utbetalning |
| 01:02:55 | Pilotprojekten |
| 01:28:40 | Övrigt och nästa möte |

---

## Avskrift

<a id="avskrift-00-00-41"></a>
**Jonas Öberg** 0:00:41
God morgon allihop. Då kör vi igång, det här är första styrgruppen för mig som projektledare så ha överseende. Tomas från Kungsör har meddelat att han inte kan i dag. Minnesanteckningarna från november har gått ut, finns det något där? Nej. Bra.

<a id="avskrift-00-04-10"></a>
**Jonas Öberg** 0:04:10
Då går vi till lagret. Som ni vet har vi sagt femtonde maj för öppningen, det är det som står i tidplanen, rev tre. Avtalet för Verkstadsgatan är påskrivet och ställagen kommer vecka nio. Men Lars-Erik har fått besked från räddningstjänsten som påverkar det här, så jag lämnar över.

**Lars-Erik Mäki** 0:05:02
Ja. Alltså, vid förbesiktningen av brandskyddet så vill räddningstjänsten att vi har ny ventilation och en till utrymningsväg i hall tre innan vi tar in besökare. Det är fastighetsavdelningen som gör det, men brandskyddsbesiktningen kan vi få tidigast vecka tjugoen och sen ska eventuella anmärkningar åtgärdas.

**Jonas Öberg** 0:06:12
Så i praktiken håller inte femtonde maj.

**Lars-Erik Mäki** 0:06:15
Nej, inte en chans. Inte med besökare i lokalen i alla fall.

**Sofia Demir** 0:06:31
Kan man öppna delvis då? Bara för att lämna material, utan att folk går in?

**Lars-Erik Mäki** 0:06:40
Nej, då är det samma sak, det är personal och entreprenörer som rör sig i hallen. Vi måste ha besiktningen klar.

**Jonas Öberg** 0:07:20
Okej. Då föreslår jag att vi flyttar öppningen av återbruks laget till måndag den 12 juni. Då hinner besiktningen göras och vi har ett par veckors marginal för åtgärder. Invigningen blir klockan 13.00 samma dag, så får vi se om vi kan få hit någon från regionen. Kan vi besluta det?

**Malin Ek** 0:07:48
Ja, det låter klokt. Hellre det än att vi får ställa in.

**Pär Nyström** 0:08:02
Från regionens sida är det ingen ändring som kräver ett nytt beslut, det ryms inom projektperioden. Men skriv in det i lägesrapporten.

**Jonas Öberg** 0:08:20
Bra. Då är det beslutat: öppning den 12 juni, invigning klockan 13.00. Jag gör en rev fyra av tidplanen.

<a id="avskrift-00-09-47"></a>
**Lars-Erik Mäki** 0:09:47
Jag tar in en offert på ventilationen så vi vet vad det landar på, och så stämmer jag av med räddningstjänsten om datum för besiktningen.

**Jonas Öhberg** 0:10:30
Och bara så det är sagt, det är fastighetsägaren som står för ventilationen, det går inte på projektets budget.

<a id="avskrift-00-31-02"></a>
**Jonas Öberg** 0:31:02
Inventerarutbildningen. Omgång ett startade den sjunde februari, vi har tio deltagare och tre av dem är från Västerås.

**Emil Haddad** 0:31:40
Ja, vi skickade två projektledare och en förvaltare. De är väldigt nöjda efter första veckan.

**Jonas Öberg** 0:32:05
Omgång två är planerad till september, fjärde september, och sen tre och fyra nästa år.

<a id="avskrift-00-41-30"></a>
**Jonas Öberg** 0:41:30
Material torget. Vi har skrivit avtal om anslutning och de håller på att lägga upp vår butik. Ambitionen är att allt ska vara klart i slutet av april så att vi kan annonsera när lagret öppnar.

<a id="avskrift-00-52-18"></a>
**Pär Nyström** 0:52:18
Från regionen: kom ihåg lägesrapport ett och första utbetalningsansökan senast den 31 mars. Jag skickar mallen. Och jag kommer att vara tjänstledig från mars, så ni får en ny handläggare, jag återkommer om vem.

<a id="avskrift-01-02-55"></a>
**Sofia Demir** 1:02:55
Ekebyskolan går enligt plan, byggstart i augusti. Vi har gjort inventeringen av matsalen och det finns mycket innerdörrar och takplattor som kan gå till lagret. Jag tar fram en lista.

**Ingrid Sand** 1:04:10
I Fagersta har vi inget nytt om Smedjan, rivningen ligger kvar till nästa år.

<a id="avskrift-01-28-40"></a>
**Jonas Öberg** 1:28:40
Sista punkten, nästa möte. Vi har satt den nittonde april klockan nio.

**Sofia Demir** 1:28:52
Den nittonde har vi kommunfullmäktige i Sala, då kan jag inte.

**Emil Haddad** 1:29:01
Jag sitter också fast den veckan.

**Jonas Öberg** 1:29:15
Då tar vi onsdagen veckan efter, den 26 april, samma tid, nio till halv elva, på Teams. Jag skickar en ny inbjudan. Tack allihop!

*Avskriften avslutades 1:34:08*
"""


def make_md(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(MD)


# ---------------------------------------------------------------------------
# 6. FGS XML export saved as .txt
# ---------------------------------------------------------------------------
def make_fgs(path):
    def el(tag, val, ind):
        return f"{' ' * ind}<{tag}>{esc(val)}</{tag}>"

    def eget(namn, typ, val, ind):
        return (f"{' ' * ind}<EgetElement Namn=\"{esc(namn)}\" DataTyp=\"{typ}\">\n"
                f"{' ' * (ind + 2)}<Varde>{esc(val)}</Varde>\n{' ' * ind}</EgetElement>")

    L = []
    L.append('<?xml version="1.0" encoding="UTF-8"?>')
    L.append("<!-- Export fran DiaBas 6.2 enligt FGS Arendehantering 1.0. Skapad 2028-04-11 08:02:45 av ANV RV\\ERLIND. -->")
    L.append('<Leveransobjekt xmlns="http://xml.ra.se/e-arkiv/FGS-ERMS" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:schemaLocation="http://xml.ra.se/e-arkiv/FGS-ERMS http://xml.ra.se/e-arkiv/FGS-ERMS/Arendehantering.xsd" '
             'Schemaversion="1.0">')
    L.append("  <Arkivbildare>")
    L.append(el("Namn", "Region Västmanland", 4))
    L.append(el("Organisationsenhet", "Regional utveckling / Regional tillväxt", 4))
    L.append("  </Arkivbildare>")
    L.append(el("Exportdatum", "2028-04-11T08:02:45+02:00", 2))
    L.append("  <ArkivobjektListaArenden>")
    L.append('    <ArkivobjektArende Systemidentifierare="DB-ARE-2027-004121">')
    A = 6
    L.append(el("ArkivobjektID", "RV 2027-0412", A))
    L.append(el("Arendemening", "Regionala utvecklingsmedel – ÅterBygg Västmanland, Köpings kommun", A))
    L.append(el("Klass", "3.2.1 Beslut om regionala utvecklingsmedel (projektstöd)", A))
    L.append(el("StatusArende", "Pågående", A))
    L.append(el("Skapad", "2027-04-28", A))
    L.append(el("Avslutat", "", A).replace("<Avslutat></Avslutat>", "<Avslutat/>"))
    L.append(el("Handlaggare", "Sofie Lundqvist", A))
    L.append(el("Enhet", "Regional tillväxt", A))
    L.append(" " * A + "<Motpart>")
    L.append(el("Namn", "Köpings kommun", A + 2))
    L.append(el("Roll", "Stödmottagare", A + 2))
    L.append(el("Kontaktperson", "Jonas Öberg", A + 2))
    L.append(" " * A + "</Motpart>")
    L.append(" " * A + "<EgnaElement>")
    for n, t, v in [("Projektnamn", "string", "ÅterBygg Västmanland"),
                    ("Ursprungligt beviljat belopp", "decimal", "7100000.00"),
                    ("Beviljat belopp", "decimal", "6480000.00"),
                    ("Total budget", "decimal", "12960000.00"),
                    ("Projektstart", "date", "2027-09-01"),
                    ("Projektslut", "date", "2030-10-31"),
                    ("Slutrapport senast", "date", "2030-12-31"),
                    ("Utbetalt hittills", "decimal", "1150000.00")]:
        L.append(eget(n, t, v, A + 2))
    L.append(" " * A + "</EgnaElement>")
    L.append(" " * A + "<Anteckningar>")
    for d, txt in [("2027-06-15", "Beslut RUN 2027-06-14 § 64 expedierat till sökanden."),
                   ("2027-11-16", "Ansökan om ändring inkom även per e-post 2027-11-16. Registrerad två gånger, löpnr 4 makulerad."),
                   ("2028-03-01", "Ärendet omfördelat från Pär Nyström till Sofie Lundqvist (Pär Nyström tjänstledig 2028-03-01 -- 2028-08-31)."),
                   ("2028-04-07", "Utbetalning 1 beslutad. Avdrag 34 250 kr: kostnader för upphandlingen av Byggbytet efter "
                                  "2027-12-06 samt representation är inte stödberättigande.")]:
        L.append(" " * (A + 2) + "<Anteckning>")
        L.append(el("Datum", d, A + 4))
        L.append(el("Text", txt, A + 4))
        L.append(" " * (A + 2) + "</Anteckning>")
    L.append(" " * A + "</Anteckningar>")
    L.append(" " * A + "<ArkivobjektListaHandlingar>")
    H = [
        (1, "Ansökan om regionala utvecklingsmedel – ÅterBygg Västmanland", "Inkommande", "Registrerad",
         [("Inkommen", "2027-04-28")], "Ansökan", "Köpings kommun", "Pär Nyström", None, [],
         ["Ansokan_RUM_AterBygg.pdf", "Projektbeskrivning_AterBygg_v1.0_huvuddokument.docx"]),
        (2, "Protokollsutdrag RUN 2027-06-14 § 64 – beslut om regionala utvecklingsmedel", "Upprättad", "Expedierad",
         [("Upprattad", "2027-06-14"), ("Expedierad", "2027-06-15")], "Beslut", "Köpings kommun", "Pär Nyström", None,
         [("Beviljat belopp", "decimal", "7100000.00")], ["Protokollsutdrag_RUN_2027-06-14_par64.pdf"]),
        (3, "Ansökan om ändring av beviljat projekt (e-tjänst)", "Inkommande", "Registrerad",
         [("Inkommen", "2027-11-15")], "Ansökan om ändring", "Köpings kommun", "Pär Nyström", None, [],
         ["Andringsansokan_RV2027-0412_Kopings_kommun.pdf"]),
        (4, "Ansökan om ändring av beviljat projekt", "Inkommande", "Makulerad",
         [("Inkommen", "2027-11-16")], "Ansökan om ändring", "Köpings kommun", "Pär Nyström",
         "Dubbelregistrering av löpnr 3.", [], []),
        (5, "Beslut om ändring av beviljade regionala utvecklingsmedel (delegationsbeslut)", "Utgående", "Expedierad",
         [("Upprattad", "2027-12-06"), ("Expedierad", "2027-12-06")], "Beslut", "Köpings kommun", "Pär Nyström", None,
         [("Beviljat belopp", "decimal", "6480000.00")], ["Beslut_andring_AterBygg_RV2027-0412_signerat.docx"]),
        (6, "Tidplan rev 3 (Gantt)", "Inkommande", "Registrerad",
         [("Inkommen", "2028-01-24")], "Tidplan", "Köpings kommun", "Pär Nyström", None, [],
         ["AterBygg_tidplan_rev3_Gantt_med_uppfoljning.pdf"]),
        (7, "Minnesanteckningar styrgrupp 2028-02-16", "Inkommande", "Registrerad",
         [("Inkommen", "2028-02-22")], "Minnesanteckningar", "Köpings kommun", "Pär Nyström", None, [],
         ["Styrgrupp_AterBygg_2028-02-16_Copilot-anteckningar.md"]),
        (8, "Hyresavtal lokal Arboga (kopia)", "Inkommande", "Registrerad",
         [("Inkommen", "2028-03-06")], "Avtal", "Köpings kommun", "Sofie Lundqvist", None,
         [("Sekretess", "string", "OSL 31 kap. 16 §")], ["[Sekretessmarkerad handling – ej med i exporten]"]),
        (9, "Lägesrapport 1 och ansökan om utbetalning 1", "Inkommande", "Registrerad",
         [("Inkommen", "2028-03-31")], "Rapport", "Köpings kommun", "Sofie Lundqvist", None,
         [("Redovisningsperiod", "string", "2027-09-01 -- 2028-02-29"), ("Begärt belopp", "decimal", "1184250.00")],
         ["Lagesrapport1_AterBygg.pdf", "Utbetalningsansokan1_AterBygg.xlsx"]),
        (10, "Beslut om utbetalning 1", "Utgående", "Expedierad",
         [("Upprattad", "2028-04-07"), ("Expedierad", "2028-04-07")], "Beslut", "Köpings kommun", "Sofie Lundqvist", None,
         [("Utbetalt belopp", "decimal", "1150000.00"), ("Ej godkänt belopp", "decimal", "34250.00"),
          ("Utbetalningsdag", "date", "2028-04-14")], ["Beslut_utbetalning1_AterBygg.pdf"]),
    ]
    for (lnr, rubrik, riktning, status, datum, typ, motpart, uppr, makn, egna, bilagor) in H:
        I = A + 2
        L.append(" " * I + f'<ArkivobjektHandling Systemidentifierare="DB-HAN-2027-004121-{lnr:03d}">')
        L.append(el("ArkivobjektID", f"RV 2027-0412-{lnr}", I + 2))
        L.append(el("Lopnummer", str(lnr), I + 2))
        L.append(el("Rubrik", rubrik, I + 2))
        L.append(el("Riktning", riktning, I + 2))
        L.append(el("StatusHandling", status, I + 2))
        for k, v in datum:
            L.append(el(k, v, I + 2))
        L.append(el("Handlingstyp", typ, I + 2))
        L.append(" " * (I + 2) + "<Motpart>")
        L.append(el("Namn", motpart, I + 4))
        L.append(" " * (I + 2) + "</Motpart>")
        L.append(el("Upprattare", uppr, I + 2))
        if makn:
            L.append(el("Makuleringsanteckning", makn, I + 2))
        if egna:
            L.append(" " * (I + 2) + "<EgnaElement>")
            for n, t, v in egna:
                L.append(eget(n, t, v, I + 4))
            L.append(" " * (I + 2) + "</EgnaElement>")
        for bl in bilagor:
            L.append(" " * (I + 2) + f'<Bilaga Namn="{esc(bl)}" Lank="Bilagor/RV_2027-0412/{lnr:03d}/"/>')
        L.append(" " * I + "</ArkivobjektHandling>")
    L.append(" " * A + "</ArkivobjektListaHandlingar>")
    L.append("    </ArkivobjektArende>")
    L.append("  </ArkivobjektListaArenden>")
    L.append("</Leveransobjekt>")
    txt = "\r\n".join(L) + "\r\n"
    with open(path, "wb") as f:
        f.write(txt.encode("ascii", "xmlcharrefreplace"))


FILES = {
    "master": "AterBygg_Projektbeskrivning_v1.0_huvuddokument.docx",
    "xfa": "Andringsansokan_RV2027-0412_Kopings_kommun.pdf",
    "decision": "Beslut_andring_AterBygg_RV2027-0412_signerat.docx",
    "gantt": "AterBygg_tidplan_rev3_Gantt_med_uppfoljning.pdf",
    "md": "Styrgrupp_AterBygg_2028-02-16_Copilot-anteckningar.md",
    "fgs": "Diarieutdrag_RV2027-0412_FGS.txt",
}


def main(out):
    os.makedirs(out, exist_ok=True)
    make_master(os.path.join(out, FILES["master"]))
    make_xfa(os.path.join(out, FILES["xfa"]))
    make_decision(os.path.join(out, FILES["decision"]))
    make_gantt(os.path.join(out, FILES["gantt"]))
    make_md(os.path.join(out, FILES["md"]))
    make_fgs(os.path.join(out, FILES["fgs"]))
    for k in FILES.values():
        print(os.path.join(out, k))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: r195_make_files.py OUT_DIR")
    main(sys.argv[1])
