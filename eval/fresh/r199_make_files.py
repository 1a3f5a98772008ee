#!/usr/bin/env python3
"""r199 – testdokument om projektet Bygdenav Kalmar län (påhittat).

Skriver sex dokument som uppdaterar varandra över tid:
  1. Bygdenav_projektplan_v1.0.pdf                      2025-11-14  projektplan
  2. Protokoll_styrgrupp_Bygdenav_2026-01-22.docx       2026-01-22  styrgruppsprotokoll
  3. Beslut_medfinansiering_RS_2026-0412_scan.pdf       2026-03-12  inskannat delegationsbeslut
  4. bygdenav-servicepunkter.md                         2026-04-28  webbsida (Hugo)
  5. Webbinarium_Bygdenav_2026-05-06.vtt                2026-05-06  textning av informationsträff
  6. Ekonomisk_uppfoljning_Bygdenav_2026-05.txt         2026-06-15  ekonomirapport (systemutskrift)

Deterministiskt: ingen klocka, ingen slump, fast metadata.
Användning:  python r199_make_files.py OUT_DIR
"""
import io
import math
import os
import sys
import zipfile
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.lib.utils import ImageReader
import reportlab
from PIL import Image, ImageDraw, ImageFont


def fmt(n):
    return f"{n:,}".replace(",", " ")


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
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


# ---------------------------------------------------------------------------
# 1. Projektplan (PDF) – löpande sidhuvud/sidfot, budgetbilaga på liggande
#    sida lagrad som stående sida med /Rotate 90 och text ritad roterad;
#    tabellen ritas kolumn för kolumn, så extraherad text kommer i
#    kolumnordning (alla rubriker först, sedan alla belopp).
# ---------------------------------------------------------------------------
def make_plan(out):
    path = os.path.join(out, "Bygdenav_projektplan_v1.0.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Projektplan Bygdenav Kalmar län 2026–2027")
    c.setAuthor("Annika Strömberg")
    c.setSubject("Projektplan v1.0, fastställd av styrgruppen 2025-11-14")
    c.setCreator("Microsoft® Word för Microsoft 365")
    W, H = A4
    NPAGES = 4

    def header_footer(pno, w=W, h=H):
        c.setFont("Helvetica", 8)
        c.setFillGray(0.35)
        c.drawString(56, h - 36, "Region Kalmar län")
        c.drawRightString(w - 56, h - 36, "Projektplan Bygdenav Kalmar län 2026–2027 · version 1.0")
        c.setLineWidth(0.4)
        c.line(56, h - 41, w - 56, h - 41)
        c.line(56, 48, w - 56, 48)
        c.drawString(56, 36, "Dnr RS 2025/1187")
        c.drawCentredString(w / 2, 36, f"Sida {pno} av {NPAGES}")
        c.drawRightString(w - 56, 36, "Fastställd av styrgruppen 2025-11-14")
        c.setFillGray(0)

    # --- sida 1: omslag
    header_footer(1)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(72, H - 250, "Bygdenav Kalmar län")
    c.setFont("Helvetica", 15)
    c.drawString(72, H - 280, "Servicepunkter på landsbygden 2026–2027")
    c.setFont("Helvetica", 11)
    y = H - 340
    for t in ["Projektplan, version 1.0", "Datum: 2025-11-14", "Projektägare: Region Kalmar län, Regional utveckling",
              "Projektledare: Annika Strömberg", "Finansiärer: Tillväxtverket (RSP), Region Kalmar län och deltagande kommuner"]:
        c.drawString(72, y, t)
        y -= 18
    c.showPage()

    def body_page(pno, sections):
        header_footer(pno)
        y = H - 80
        for head, paras in sections:
            c.setFont("Helvetica-Bold", 12.5)
            c.drawString(56, y, head)
            y -= 20
            for p in paras:
                if isinstance(p, tuple):  # definitionslista
                    c.setFont("Helvetica-Bold", 10.5)
                    c.drawString(70, y, p[0])
                    c.setFont("Helvetica", 10.5)
                    c.drawString(150, y, p[1])
                    y -= 15
                    continue
                c.setFont("Helvetica", 10.5)
                for ln in wrap(p, "Helvetica", 10.5, W - 112):
                    c.drawString(56, y, ln)
                    y -= 14.5
                y -= 6
            y -= 8
        c.showPage()

    body_page(2, [
        ("1 Bakgrund", [
            "Många byar i Kalmar läns inland har under de senaste tio åren förlorat dagligvarubutik, paketombud "
            "och bankservice. Region Kalmar län har i det regionala serviceprogrammet (RSP) 2022–2029 pekat ut "
            "lokala servicepunkter som en prioriterad insats för att trygga tillgången till kommersiell och "
            "offentlig service på landsbygden.",
        ]),
        ("2 Syfte och mål", [
            "Syftet är att etablera servicepunkter där invånare kan hämta och lämna paket, få hjälp med digitala "
            "tjänster och ta del av kommunal och regional information. Målet är att åtta servicepunkter i fem "
            "kommuner ska vara i drift senast den 31 oktober 2026.",
        ]),
        ("3 Organisation", [
            "Projektägare är Region Kalmar län, avdelningen Regional utveckling. Projektledare är Annika Strömberg. "
            "Styrgruppen består av en representant per deltagande kommun samt Region Kalmar län. Ordförande i "
            "styrgruppen är Maria Kjellberg, enhetschef för Landsbygd och service vid Region Kalmar län.",
            "Deltagande kommuner är Högsby, Torsås, Emmaboda, Mönsterås och Hultsfred.",
        ]),
        ("4 Genomförande och tidplan", [
            "Projektet inleds med en pilot i Fågelfors i Högsby kommun. Pilotens servicepunkt öppnar den 2 mars 2026. "
            "Därefter öppnas servicepunkterna i Ruda, Gullabo, Söderåkra, Långasjö, Fliseryd, Järnforsen och "
            "Silverdalen successivt under våren och sommaren 2026.",
            "Paketskåp och utrustning upphandlas gemensamt av Region Kalmar län under december 2025. "
            "Projektperioden är 1 januari 2026 – 31 december 2027.",
        ]),
    ])
    body_page(3, [
        ("5 Driftstöd till lokala föreningar", [
            "Varje servicepunkt drivs av en lokal förening som värd. Värdföreningen kan ansöka om driftstöd med "
            "20 000 kr per servicepunkt och år. Ansökan görs i Region Kalmar läns e-tjänst och beslut fattas av "
            "projektledaren.",
        ]),
        ("6 Digitala handledningsombud", [
            "I varje servicepunkt ska det finnas minst två digitala handledningsombud (DHO). Ett digitalt "
            "handledningsombud är en person från värdföreningen som har gått regionens utbildning och kan hjälpa "
            "besökare med e-legitimation, e-tjänster och bokningar.",
        ]),
        ("7 Uppföljning och utvärdering", [
            "Projektet följs av följeforskning från Linnéuniversitetet. En halvtidsrapport lämnas senast den "
            "31 januari 2027 och en slutrapport i samband med projektavslut.",
        ]),
        ("8 Begrepp och förkortningar", [
            ("DHO", "digitalt handledningsombud"),
            ("RSP", "regionalt serviceprogram"),
            ("TVV", "Tillväxtverket"),
            ("Värdförening", "lokal förening som driver en servicepunkt"),
        ]),
    ])

    # --- sida 4: liggande bilaga, stående MediaBox + /Rotate 90
    c.setPageRotation(90)
    c.saveState()
    c.translate(W, 0)
    c.rotate(90)
    LW, LH = H, W  # landskapskoordinater
    header_footer(4, LW, LH)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(56, LH - 78, "Bilaga 1  Budget och tidplan")
    c.setFont("Helvetica", 9)
    c.drawString(56, LH - 94, "Belopp i kronor. Budgeten avser projektperioden 2026-01-01 – 2027-12-31.")
    rows = [
        ("Personal (projektledning, samordning DHO)", 1050000, 1050000),
        ("Paketskåp och utrustning", 960000, 0),
        ("Driftstöd värdföreningar (8 × 20 000 kr/år)", 160000, 160000),
        ("Kompetensinsatser DHO", 230000, 150000),
        ("Kommunikation", 90000, 50000),
        ("Följeforskning Linnéuniversitetet", 120000, 180000),
    ]
    top = LH - 125
    rh = 17
    xs = [56, 330, 420, 510]
    heads = ["Kostnadspost", "2026", "2027", "Totalt"]
    # rutnät först
    c.setLineWidth(0.4)
    for i in range(len(rows) + 3):
        c.line(56, top + 12 - i * rh, 580, top + 12 - i * rh)
    # kolumn för kolumn
    c.setFont("Helvetica-Bold", 9)
    c.drawString(xs[0], top, heads[0])
    c.setFont("Helvetica", 9)
    for i, r in enumerate(rows):
        c.drawString(xs[0], top - (i + 1) * rh, r[0])
    c.setFont("Helvetica-Bold", 9)
    c.drawString(xs[0], top - (len(rows) + 1) * rh, "Summa kostnader")
    for col in (1, 2, 3):
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(xs[col] + 70, top, heads[col])
        c.setFont("Helvetica", 9)
        tot = 0
        for i, r in enumerate(rows):
            v = r[col] if col < 3 else r[1] + r[2]
            tot += v
            c.drawRightString(xs[col] + 70, top - (i + 1) * rh, fmt(v))
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(xs[col] + 70, top - (len(rows) + 1) * rh, fmt(tot))
    # finansiering, också kolumnvis
    ftop = top - (len(rows) + 3) * rh - 10
    fin = [("Tillväxtverket (RSP)", 1600000), ("Region Kalmar län", 1800000),
           ("Deltagande kommuner (5 × 160 000 kr)", 800000), ("Summa finansiering", 4200000)]
    c.setFont("Helvetica-Bold", 9)
    c.drawString(56, ftop, "Finansiär")
    c.setFont("Helvetica", 9)
    for i, (n, _) in enumerate(fin):
        c.drawString(56, ftop - (i + 1) * rh, n)
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(xs[3] + 70, ftop, "Belopp")
    c.setFont("Helvetica", 9)
    for i, (_, v) in enumerate(fin):
        c.drawRightString(xs[3] + 70, ftop - (i + 1) * rh, fmt(v))
    # tidplan i högerkolumn
    tx = 620
    c.setFont("Helvetica-Bold", 10)
    c.drawString(tx, top, "Milstolpar")
    c.setFont("Helvetica", 9)
    ms = [("2025-12-19", "Upphandling paketskåp klar"), ("2026-03-02", "Pilot Fågelfors öppnar"),
          ("2026-10-31", "Samtliga åtta servicepunkter i drift"), ("2027-01-31", "Halvtidsrapport följeforskning"),
          ("2027-12-31", "Projektavslut och slutrapport")]
    yy = top - rh
    for d, t in ms:
        c.drawString(tx, yy, d)
        for j, ln in enumerate(wrap(t, "Helvetica", 9, 150)):
            if j:
                yy -= 12
            c.drawString(tx + 58, yy, ln)
        yy -= rh
    c.restoreState()
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------
# 2. Styrgruppsprotokoll (DOCX, handbyggd OOXML) – §-numren är automatisk
#    numrering via formatmallen "Paragrafrubrik" (finns inte i texten),
#    dold text (w:vanish) med gammalt beslutsförslag, sammanslagna celler
#    (vMerge) i närvarotabellen, PAGE/NUMPAGES-fält i sidfoten.
# ---------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _run(text, bold=False, hidden=False, italic=False):
    rpr = ""
    if bold or hidden or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + \
              ("<w:vanish/>" if hidden else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _p(*runs, style=None, jc=None):
    ppr = ""
    if style or jc:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
              (f'<w:jc w:val="{jc}"/>' if jc else "") + "</w:pPr>"
    body = "".join(r if r.startswith("<w:r") else _run(r) for r in runs)
    return f"<w:p>{ppr}{body}</w:p>"


def _tc(text, width, vmerge=None, bold=False):
    vm = ""
    if vmerge == "restart":
        vm = '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        vm = "<w:vMerge/>"
    inner = _p(_run(text, bold=bold)) if text else "<w:p/>"
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{vm}</w:tcPr>{inner}</w:tc>'


def make_protocol(out):
    path = os.path.join(out, "Protokoll_styrgrupp_Bygdenav_2026-01-22.docx")
    widths = (2200, 3000, 3870)
    rows = [
        ("Ledamöter", "restart", "Maria Kjellberg, ordförande", "Region Kalmar län"),
        ("", "cont", "Lena Axelsson", "Högsby kommun"),
        ("", "cont", "Peter Nord", "Torsås kommun"),
        ("", "cont", "Karin Holm", "Emmaboda kommun"),
        ("", "cont", "Ola Bengtsson", "Mönsterås kommun"),
        ("", "cont", "Sofia Lund", "Hultsfred kommun"),
        ("Övriga närvarande", "restart", "Annika Strömberg, projektledare, sekreterare", "Region Kalmar län"),
        ("", "cont", "Erik Sandberg, adjungerad", "Nybro kommun"),
    ]
    borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                      for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    tbl = [f'<w:tbl><w:tblPr><w:tblW w:w="9070" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>'
           f'<w:tblGrid>{grid}</w:tblGrid>']
    tbl.append("<w:tr>" + _tc("Roll", widths[0], bold=True) + _tc("Namn", widths[1], bold=True)
               + _tc("Organisation", widths[2], bold=True) + "</w:tr>")
    for role, vm, name, org in rows:
        tbl.append("<w:tr>" + _tc(role, widths[0], vmerge=vm) + _tc(name, widths[1]) + _tc(org, widths[2]) + "</w:tr>")
    tbl.append("</w:tbl>")

    PH = "Paragrafrubrik"
    body = [
        _p(_run("Protokoll", bold=True), style="Rubrik"),
        _p("Styrgruppen för projektet Bygdenav Kalmar län", style="Underrubrik"),
        _p(_run("Datum: ", bold=True), "2026-01-22, kl. 13.00–15.30"),
        _p(_run("Plats: ", bold=True), "Regionens hus, Kalmar, rum Ölandsbron samt via Teams"),
        _p(_run("Diarienummer: ", bold=True), "RS 2025/1187"),
        _p(""),
        "".join(tbl),
        _p(""),
        _p("Mötets öppnande", style=PH),
        _p("Ordförande Maria Kjellberg hälsade välkommen och förklarade mötet öppnat."),
        _p("Val av justerare", style=PH),
        _p("Styrgruppen valde Peter Nord, Torsås kommun, att jämte ordföranden justera dagens protokoll."),
        _p("Godkännande av dagordning", style=PH),
        _p("Dagordningen godkändes med tillägg av punkten om Nybro kommuns deltagande."),
        _p("Lägesrapport", style=PH),
        _p("Projektledare Annika Strömberg redogjorde för arbetet sedan förra mötet. Värdföreningar är klara "
           "för sju av åtta servicepunkter; i Silverdalen pågår fortfarande samtal. Utbildningen av digitala "
           "handledningsombud startar i februari."),
        _p("Pilotöppning i Fågelfors", style=PH),
        _p("Upphandlingen av paketskåp har blivit föremål för överprövning i förvaltningsrätten i Växjö. "
           "Leverans av skåpen kan därför ske tidigast i slutet av mars. Projektledaren föreslog att "
           "öppningen av pilotservicepunkten i Fågelfors flyttas."),
        _p(_run("Beslut: ", bold=True),
           "Styrgruppen beslutar att öppningen av servicepunkten i Fågelfors flyttas från 2 mars 2026 "
           "till 13 april 2026 på grund av överprövningen."),
        _p(_run("Förslag till beslut (enligt kallelsen): Styrgruppen fastställer öppningsdatum för "
                "servicepunkten i Fågelfors till 2 mars 2026 och ger projektledaren i uppdrag att "
                "bjuda in till invigning.", hidden=True)),
        _p("Nybro kommuns deltagande", style=PH),
        _p("Nybro kommun har ansökt om att delta i projektet med en servicepunkt i Alsterbro bygdegård. "
           "Erik Sandberg, Nybro kommun, presenterade ansökan. Nybro kommun medfinansierar projektet med "
           "160 000 kr på samma villkor som övriga kommuner."),
        _p(_run("Beslut: ", bold=True),
           "Nybro kommun ingår i projektet från och med 1 februari 2026. Antalet servicepunkter utökas "
           "från åtta till nio, med den nya servicepunkten i Alsterbro."),
        _p("Budget och driftstöd", style=PH),
        _p("Med anledning av beslutet under föregående paragraf och ökade kostnader för utbildning behöver "
           "budgeten ses över. Driftstödet till värdföreningarna bedöms vara för lågt för att täcka el och "
           "lokalhyra."),
        _p(_run("Beslut: ", bold=True),
           "Driftstödet till värdföreningar höjs från 20 000 kr till 25 000 kr per servicepunkt och år. "
           "Styrgruppen föreslår att Region Kalmar län höjer sin medfinansiering med 350 000 kr till "
           "2 150 000 kr. Beslut om medfinansieringen fattas av regional utvecklingsdirektör enligt delegation."),
        _p("Nästa möte", style=PH),
        _p("Nästa möte hålls den 16 april 2026 kl. 13.00 i Högsby kommunhus."),
        _p(""),
        _p("Vid protokollet"),
        _p("Annika Strömberg"),
        _p(""),
        _p("Justeras"),
        _p("Maria Kjellberg, ordförande\t\tPeter Nord, justerare"),
        _p(_run("Protokollet justerat 2026-01-27.", italic=True)),
    ]
    sect = (f'<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/>'
            f'<w:footerReference w:type="default" r:id="rIdF1"/>'
            f'<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" '
            f'w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}{sect}</w:body></w:document>')
    styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Underrubrik"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="28"/><w:color w:val="595959"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="{PH}"><w:name w:val="Paragrafrubrik"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidhuvud"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:pos="9070"/></w:tabs></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
</w:styles>'''
    numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="{PH}"/><w:lvlText w:val="§ %1"/><w:lvlJc w:val="left"/>
<w:pPr><w:tabs><w:tab w:val="num" w:pos="851"/></w:tabs><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>'''
    header = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:pStyle w:val="Sidhuvud"/></w:pPr>{_run("Region Kalmar län")}<w:r><w:tab/></w:r>{_run("PROTOKOLL 2026-01-22")}</w:p>
<w:p><w:pPr><w:pStyle w:val="Sidhuvud"/></w:pPr>{_run("Styrgruppen Bygdenav Kalmar län")}<w:r><w:tab/></w:r>{_run("Dnr RS 2025/1187")}</w:p></w:hdr>'''
    footer = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:pStyle w:val="Sidhuvud"/><w:jc w:val="center"/></w:pPr>{_run("Sida ")}<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>{_run(" av ")}<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>2</w:t></w:r></w:fldSimple>{_run("     Justerandes signatur: ______  ______")}</w:p></w:ftr>'''
    settings = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W_NS}"><w:defaultTabStop w:val="1304"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''
    ctypes = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>'''
    rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>'''
    docrels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>'''
    core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Protokoll styrgruppen Bygdenav 2026-01-22</dc:title><dc:creator>Annika Strömberg</dc:creator><cp:lastModifiedBy>Maria Kjellberg</cp:lastModifiedBy><cp:revision>4</cp:revision>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-22T15:40:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-27T08:12:00Z</dcterms:modified>
</cp:coreProperties>'''
    app = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Company>Region Kalmar län</Company></Properties>'''
    parts = [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("docProps/core.xml", core),
             ("docProps/app.xml", app), ("word/document.xml", document), ("word/styles.xml", styles),
             ("word/numbering.xml", numbering), ("word/settings.xml", settings), ("word/header1.xml", header),
             ("word/footer1.xml", footer), ("word/_rels/document.xml.rels", docrels)]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 27, 8, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return path


# ---------------------------------------------------------------------------
# 3. Delegationsbeslut, inskannat (PDF) – sidan är en bild; texten finns bara
#    i ett osynligt OCR-lager (text render mode 3) med typiska OCR-fel,
#    ankomststämpeln läses in mitt i brevhuvudet.
# ---------------------------------------------------------------------------
def make_decision(out):
    path = os.path.join(out, "Beslut_medfinansiering_RS_2026-0412_scan.pdf")
    DPI = 120
    PW, PH_ = int(8.2677 * DPI), int(11.6929 * DPI)
    fdir = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    f_reg = ImageFont.truetype(os.path.join(fdir, "Vera.ttf"), 16)
    f_bold = ImageFont.truetype(os.path.join(fdir, "VeraBd.ttf"), 16)
    f_big = ImageFont.truetype(os.path.join(fdir, "VeraBd.ttf"), 22)
    f_small = ImageFont.truetype(os.path.join(fdir, "Vera.ttf"), 13)

    # (x_px, y_px, font, visible text, ocr text)
    L = []
    y = 90
    L.append((95, y, f_big, "Region Kalmar län", "Region Kalrnar län"))
    L.append((600, y, f_bold, "BESLUT", "BESLUT"))
    y += 40
    L.append((95, y, f_reg, "Regional utveckling", "Regional utveckIing"))
    L.append((600, y, f_reg, "Datum 2026-03-12", "Datum 2026-03-12"))
    y += 24
    L.append((600, y, f_reg, "Dnr RS 2026/0412", "Dnr RS 2026/0412"))
    y += 70
    L.append((95, y, f_bold, "Höjd medfinansiering till projektet Bygdenav Kalmar län",
              "Höjd medfinansiering till projektet Bygdenav Kalmar län"))
    y += 48
    L.append((95, y, f_bold, "Beslut", "Beslut"))
    y += 30
    body1 = [
        "Region Kalmar län beslutar att höja regionens medfinansiering till projektet",
        "Bygdenav Kalmar län (dnr RS 2025/1187) från 1 800 000 kr till 2 150 000 kr",
        "för projektperioden.",
        "",
        "Projektets totala budget uppgår därmed till 4 710 000 kr.",
        "",
        "Beslutet fattas med stöd av regionstyrelsens delegationsordning, punkt 7.3.",
    ]
    ocr1 = {6: "Beslutet fattas med stöd av regionstyrelsens delegationsordning. punkt 7,3."}
    for i, t in enumerate(body1):
        if t:
            L.append((95, y, f_reg, t, ocr1.get(i, t)))
        y += 24
    y += 24
    L.append((95, y, f_bold, "Ärendet", "Ärendet"))
    y += 30
    body2 = [
        "Styrgruppen för Bygdenav föreslog den 22 januari 2026 att regionens",
        "medfinansiering höjs med 350 000 kr. Bakgrunden är att Nybro kommun",
        "ansluter till projektet med en nionde servicepunkt i Alsterbro och att",
        "driftstödet till värdföreningarna höjs till 25 000 kr per servicepunkt och år.",
        "",
        "Medfinansieringen belastar anslaget för regional utveckling 2026–2027.",
        "Tillväxtverkets stöd om 1 600 000 kr påverkas inte av detta beslut.",
    ]
    ocr2 = {2: "ansluter till projektet med en nionde servicepunkt i AIsterbro och att",
            5: "Medfinansieringen belastar anslaget för regional utveckling 2026-2O27."}
    for i, t in enumerate(body2):
        if t:
            L.append((95, y, f_reg, t, ocr2.get(i, t)))
        y += 24
    y += 40
    sig_y = y
    y += 70
    L.append((95, y, f_reg, "Henrik Sjöstrand", "Henrik Sjöstrand"))
    y += 24
    L.append((95, y, f_reg, "Regional utvecklingsdirektör", "Regional utvecklingsdirektör"))
    y += 70
    L.append((95, y, f_small, "Beslutet skickas till: projektledare Annika Strömberg, Tillväxtverket, Högsby, Torsås,",
              "Beslutet skickas till: projektledare Annika Strömberg, Tillväxtverket, Högsby, Torsås,"))
    y += 20
    L.append((95, y, f_small, "Emmaboda, Mönsterås, Hultsfred och Nybro kommuner.",
              "Emmaboda, Mönsterås, Hultsfred och Nybro kornmuner."))
    y += 50
    L.append((95, y, f_small, "Hur man överklagar, se bilaga.", "Hur man överklagar, se bilaga."))
    foot_y = PH_ - 70
    L.append((95, foot_y, f_small, "Region Kalmar län · Box 601 · 391 26 Kalmar · regionkalmar.se",
              "Region Kalmar län · Box 601 · 391 26 Kalrnar · regionkalmar.se"))

    img = Image.new("L", (PW, PH_), 255)
    d = ImageDraw.Draw(img)
    for x, yy, f, t, _ in L:
        d.text((x, yy), t, fill=25, font=f)
    # namnteckning
    pts = []
    for k in range(120):
        tt = k / 119.0
        pts.append((100 + 230 * tt, sig_y + 40 - 22 * math.sin(tt * 9.0) * (1 - 0.6 * tt) - 10 * tt))
    d.line(pts, fill=40, width=2)
    d.line([(110, sig_y + 52), (310, sig_y + 46)], fill=60, width=1)
    # ankomststämpel
    st = Image.new("L", (250, 92), 255)
    sd = ImageDraw.Draw(st)
    sd.rectangle([2, 2, 247, 89], outline=90, width=3)
    sd.text((18, 10), "NYBRO KOMMUN", fill=90, font=f_bold)
    sd.text((18, 36), "INKOM 2026-03-16", fill=90, font=f_bold)
    sd.text((18, 62), "Dnr KS 2026/88", fill=90, font=f_small)
    st = st.rotate(4, expand=True, fillcolor=255)
    mask = st.point(lambda v: 255 if v < 200 else 0)
    img.paste(st, (560, 215), mask)
    # skannerkant och lätt snedställning
    d = ImageDraw.Draw(img)
    for i in range(14):
        d.line([(i, 0), (i, PH_)], fill=120 + i * 9)
    img = img.rotate(-0.4, resample=Image.BICUBIC, fillcolor=255)
    img = img.point(lambda v: min(v, 243) if v > 200 else v)

    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("SCAN_20260316_093112")
    c.setAuthor("")
    c.setCreator("Canon iR-ADV C5840 / OCR")
    c.drawImage(ImageReader(img), 0, 0, width=W, height=H)
    k = 72.0 / DPI
    # OCR-lagrets läsordning: brevhuvud, stämpel, resten
    order = L[:5] + [None] + L[5:]
    stamp_ocr = [(575, 228, "NYBRO KOMMUN"), (575, 254, "INKOM 2O26-03-16"), (575, 280, "Dnr KS 2026/88")]
    for item in order:
        if item is None:
            for x, yy, t in stamp_ocr:
                to = c.beginText()
                to.setTextRenderMode(3)
                to.setFont("Helvetica", 10)
                to.setTextOrigin(x * k, H - (yy + 14) * k)
                to.textLine(t)
                c.drawText(to)
            continue
        x, yy, f, _, t = item
        size = f.size * k
        to = c.beginText()
        to.setTextRenderMode(3)
        to.setFont("Helvetica", size)
        to.setTextOrigin(x * k, H - (yy + f.size * 0.85) * k)
        to.textLine(t)
        c.drawText(to)
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------
# 4. Webbsida (Hugo-markdown) – YAML front matter med inaktuell summary och
#    kontaktperson, shortcodes, HTML-tabell med rowspan, fotnot.
# ---------------------------------------------------------------------------
MD = """---
title: "Bygdenav – servicepunkter på landsbygden"
description: "Region Kalmar län bygger upp servicepunkter med paketutlämning och digital hjälp på landsbygden."
summary: "Den första servicepunkten öppnar i Fågelfors den 13 april 2026. Läs mer om Bygdenav."
date: 2026-02-02T10:00:00+01:00
lastmod: 2026-04-28T14:25:00+02:00
draft: false
weight: 40
categories: ["Regional utveckling", "Landsbygd"]
tags: ["service på landsbygden", "RSP", "Bygdenav"]
aliases:
  - /regional-utveckling/bygdenav-pilot/
contact:
  name: "Annika Strömberg"
  role: "Projektledare"
  email: "annika.stromberg@regionkalmar.se"
  phone: "0480-84 xx xx"
menu:
  main:
    parent: "landsbygdsutveckling"
---

{{< alert type="info" title="Uppdaterat 28 april 2026" >}}
Servicepunkten i **Fågelfors** öppnade måndagen den **20 april 2026** – en vecka senare än
det datum som styrgruppen beslutade i januari. Förseningen berodde på en försenad
elanslutning till paketskåpet.
{{< /alert >}}

Bygdenav Kalmar län är ett projekt inom det regionala serviceprogrammet (RSP). Tillsammans med
kommuner och lokala föreningar bygger Region Kalmar län upp **nio servicepunkter i sex kommuner**
där du kan hämta och lämna paket, få hjälp med digitala tjänster och ta del av information från
kommunen och regionen.

{{< figure src="/globalassets/bygdenav/fagelfors-invigning.jpg" alt="Band klipps framför ett grönt paketskåp vid bygdegården i Fågelfors" caption="Invigningen i Fågelfors. Foto: Region Kalmar län" >}}

## Var finns servicepunkterna?

<table class="rk-table">
  <thead>
    <tr><th>Kommun</th><th>Servicepunkt</th><th>Värdförening</th><th>Status</th></tr>
  </thead>
  <tbody>
    <tr><td rowspan="2">Högsby</td><td>Fågelfors</td><td>Fågelfors bygdeförening</td><td>Öppen sedan 20 april 2026</td></tr>
    <tr><td>Ruda</td><td>Ruda IF</td><td>Planeras hösten 2026</td></tr>
    <tr><td rowspan="2">Torsås</td><td>Gullabo</td><td>Gullabo byalag</td><td>Planeras sommaren 2026</td></tr>
    <tr><td>Söderåkra</td><td>Söderåkra hembygdsförening</td><td>Planeras hösten 2026</td></tr>
    <tr><td>Emmaboda</td><td>Långasjö</td><td>Långasjö samhällsförening</td><td>Planeras sommaren 2026</td></tr>
    <tr><td>Mönsterås</td><td>Fliseryd</td><td>Fliseryds bygdegårdsförening</td><td>Planeras hösten 2026</td></tr>
    <tr><td rowspan="2">Hultsfred</td><td>Järnforsen</td><td>Järnforsens IF</td><td>Planeras hösten 2026</td></tr>
    <tr><td>Silverdalen</td><td><em>Värd söks</em></td><td>Ej fastställd</td></tr>
    <tr><td>Nybro</td><td>Alsterbro</td><td>Alsterbro bygdegårdsförening</td><td>Datum ej klart</td></tr>
  </tbody>
</table>

## Vad finns på en servicepunkt?

- Paketskåp för att hämta och lämna paket
- Digitala handledningsombud (DHO) – personer från värdföreningen som hjälper dig med
  e-legitimation, e-tjänster och bokningar
- Informationsskärm med kommunal och regional information
- Wifi och en dator som alla får använda

## Driftstöd för värdföreningar

Föreningar som driver en servicepunkt kan söka driftstöd med 25 000 kr per servicepunkt och år.
Sista dag att ansöka om driftstöd för 2026 är **31 augusti 2026**.

{{< button href="https://etjanst.regionkalmar.se/bygdenav/driftstod" text="Ansök om driftstöd" >}}

## Projekttid och finansiering

Projektet pågår 1 januari 2026 – 31 mars 2028. Styrgruppen beslutade den 16 april 2026 att förlänga
projektet med tre månader; en ändringsansökan har skickats till Tillväxtverket.

Projektets totala budget är 4 710 000 kr[^1] och finansieras av Tillväxtverket, Region Kalmar län och
de sex deltagande kommunerna: Högsby, Torsås, Emmaboda, Mönsterås, Hultsfred och Nybro.

{{< details title="Vanliga frågor" open="false" >}}
**Måste man vara medlem i föreningen för att använda servicepunkten?**
Nej, servicepunkterna är öppna för alla.

**Kostar det något att hämta paket?**
Nej, det är gratis att hämta och lämna paket.
{{< /details >}}

{{< contact-card >}}

[^1]: Efter Region Kalmar läns beslut den 12 mars 2026 (dnr RS 2026/0412) om höjd medfinansiering till 2 150 000 kr.
"""


def make_web(out):
    path = os.path.join(out, "bygdenav-servicepunkter.md")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(MD)
    return path


# ---------------------------------------------------------------------------
# 5. Textning av webbinarium (WebVTT) – automatisk textning, meningar delade
#    över flera cues, talarnamn bara i <v>-taggar, hörfel ("Bygde nav").
# ---------------------------------------------------------------------------
VTT_CUES = [
    (4.2, "Maria Kjellberg", "Välkomna allihop till den här informationsträffen om Bygde nav."),
    (4.1, "Maria Kjellberg", "Jag heter Maria Kjellberg och jag är ordförande i styrgruppen."),
    (5.0, "Maria Kjellberg", "Först vill jag presentera vår nya projektledare som har tagit över efter"),
    (4.6, "Maria Kjellberg", "Annika Strömberg, Annika är föräldraledig från och med 1 maj."),
    (3.8, "Jonas Ekelund", "Tack Maria. Ja, jag heter Jonas och jag är projektledare"),
    (3.9, "Jonas Ekelund", "för Bygdenav sedan 1 maj, jag kommer närmast från Hultsfreds kommun."),
    (5.2, "Jonas Ekelund", "Lite läge först. Vi är nu sex kommuner och det blir nio servicepunkter"),
    (3.5, "Jonas Ekelund", "totalt när allt är klart."),
    (4.8, "Jonas Ekelund", "Fågelfors har ju varit öppet sedan 20 april och det har varit väldigt bra tryck,"),
    (4.0, "Jonas Ekelund", "framför allt på paketskåpet, folk är jättenöjda."),
    (5.5, "Jonas Ekelund", "Sen det som de flesta av er är här för, driftstödet. Det är 25 000 kronor"),
    (3.2, "Jonas Ekelund", "per servicepunkt och år, det är oförändrat."),
    (4.9, "Jonas Ekelund", "Men en viktig ändring: sista dag att söka är inte längre 31 augusti"),
    (4.4, "Jonas Ekelund", "som det står på webben, utan vi flyttar den till 15 september."),
    (4.7, "Jonas Ekelund", "Det är för att många föreningar har sommaruppehåll och inte hinner ha styrelsemöte."),
    (3.6, "Jonas Ekelund", "Webben uppdateras efter den här veckan."),
    (3.1, "Deltagare 4", "Ja hej, det är Gunnel från Alsterbro bygdegårdsförening."),
    (3.4, "Deltagare 4", "När öppnar vi hos oss i Alsterbro?"),
    (5.3, "Jonas Ekelund", "Där har vi inget datum än, det hänger på elanslutningen och bygglovet för skåpet,"),
    (3.2, "Jonas Ekelund", "jag återkommer så fort vi vet mer."),
    (3.3, "Deltagare 4", "Och vad kostar ett sånt skåp egentligen?"),
    (4.4, "Jonas Ekelund", "Det har jag faktiskt inte i huvudet, det får jag återkomma om."),
    (4.0, "Maria Kjellberg", "Ansökan om driftstöd gör ni i regionens e-tjänst, länken kommer i chatten."),
    (3.0, "Maria Kjellberg", "Tack allihop för i kväll."),
]


def make_vtt(out):
    path = os.path.join(out, "Webbinarium_Bygdenav_2026-05-06.vtt")

    def ts(s):
        ms = int(round(s * 1000))
        h, ms = divmod(ms, 3600000)
        m, ms = divmod(ms, 60000)
        sec, ms = divmod(ms, 1000)
        return f"{h:02d}:{m:02d}:{sec:02d}.{ms:03d}"

    lines = ["WEBVTT", "Kind: captions", "Language: sv-SE", "",
             "NOTE",
             "Automatisk textning av Teams-inspelningen \"Bygdenav – informationsträff för",
             "värdföreningar\", 2026-05-06 kl. 18.00. Texten är inte korrekturläst.", ""]
    t = 3.96
    for i, (dur, who, text) in enumerate(VTT_CUES, 1):
        start, end = t, t + dur - 0.12
        lines.append(f"{i:d}-{(i * 7919) % 100000:05d}")
        lines.append(f"{ts(start)} --> {ts(end)} line:84% align:center")
        lines.append(f"<v {who}>{text}</v>")
        lines.append("")
        t += dur + (1.7 if i in (8, 16, 22) else 0.0)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))
    return path


# ---------------------------------------------------------------------------
# 6. Ekonomisk uppföljning (TXT) – systemutskrift med fasta kolumner,
#    sidbrytning med formfeed och upprepat sidhuvud mitt i tabellen,
#    ISO-8859-1 och CRLF.
# ---------------------------------------------------------------------------
def make_report(out):
    path = os.path.join(out, "Ekonomisk_uppfoljning_Bygdenav_2026-05.txt")
    WID = 96

    def page_head(n):
        return [
            "REGION KALMAR LÄN".ljust(34) + "PROJEKTUPPFÖLJNING".ljust(44) + f"Sida {n:3d} ({3})",
            "Rapport PU-114  Projekt 40217 Bygdenav Kalmar län".ljust(70) + "Utskr 2026-06-15 09:47",
            "Period 2026-01 -- 2026-05   Ansvar 4100 Regional utveckling".ljust(70) + "Anv JEKE01",
            "=" * WID,
        ]

    costs = [
        ("4010", "Personal projektledning, samordn. DHO", 2440000, 1160000, 498200),
        ("5410", "Paketskåp och utrustning", 1080000, 1080000, 642900),
        ("4960", "Driftstöd värdföreningar", 450000, 225000, 25000),
        ("6550", "Kompetensinsatser DHO", 380000, 230000, 88430),
        ("6420", "Kommunikation", 180000, 95000, 41950),
        ("6590", "Följeforskning Linnéuniversitetet", 330000, 120000, 16000),
    ]

    def crow(konto, ben, tot, b26, utf):
        return (f"{konto:<6} {ben:<40}{fmt(tot):>12}{fmt(b26):>12}{fmt(utf):>12}{fmt(tot - utf):>13}")

    lines = page_head(1)
    lines += ["KOSTNADER",
              f"{'Konto':<6} {'Benämning':<40}{'Budget':>12}{'Budget':>12}{'Utfall':>12}{'Kvar av':>13}",
              f"{'':<6} {'':<40}{'totalt':>12}{'2026':>12}{'t.o.m. 05':>12}{'budget tot':>13}",
              "-" * WID]
    for r in costs:
        lines.append(crow(*r))
    lines.append("-" * WID)
    T = [sum(r[i] for r in costs) for i in (2, 3, 4)]
    lines.append(crow("", "SUMMA KOSTNADER", T[0], T[1], T[2]))
    lines.append("")
    lines.append("Förbrukat av total budget: " + f"{T[2] / T[0] * 100:.1f}".replace(".", ",") + " %")
    lines.append("")
    fin = [
        ("Tillväxtverket (RSP)", "2026-05-20", 1750000, 1600000, 480000),
        ("Region Kalmar län", "2026-03-12", 2150000, 1800000, 1075000),
        ("Högsby kommun", "2025-10-29", 160000, 160000, 80000),
        ("Torsås kommun", "2025-10-21", 160000, 160000, 80000),
        ("Emmaboda kommun", "2025-10-30", 160000, 160000, 80000),
        ("Mönsterås kommun", "2025-11-05", 160000, 160000, 80000),
        ("Hultsfred kommun", "2025-10-27", 160000, 160000, 80000),
        ("Nybro kommun", "2026-01-28", 160000, 0, 80000),
    ]

    def fhead():
        return ["FINANSIERING",
                f"{'Finansiär':<26}{'Beslut':<12}{'Beslutat':>13}{'Tidigare':>13}{'Förändring':>13}{'Rekvirerat':>13}",
                f"{'':<26}{'datum':<12}{'belopp':>13}{'belopp':>13}{'':>13}{'t.o.m. 05':>13}",
                "-" * WID]

    def frow(n, d, b, tid, rek):
        return f"{n:<26}{d:<12}{fmt(b):>13}{fmt(tid):>13}{fmt(b - tid):>13}{fmt(rek):>13}"

    lines += fhead()
    for r in fin[:2]:
        lines.append(frow(*r))
    out_pages = ["\r\n".join(lines)]
    lines = page_head(2)
    lines += ["FINANSIERING (forts.)"] + fhead()[1:]
    for r in fin[2:7]:
        lines.append(frow(*r))
    out_pages.append("\r\n".join(lines))
    lines = page_head(3)
    lines += ["FINANSIERING (forts.)"] + fhead()[1:]
    lines.append(frow(*fin[7]))
    lines.append("-" * WID)
    F = [sum(r[i] for r in fin) for i in (2, 3, 4)]
    lines.append(f"{'SUMMA FINANSIERING':<38}{fmt(F[0]):>13}{fmt(F[1]):>13}{fmt(F[0] - F[1]):>13}{fmt(F[2]):>13}")
    lines += ["",
              "KOMMENTARER",
              "Tillväxtverket har i ändringsbeslut 2026-05-20 beviljat förlängning av projektet",
              "t.o.m. 31 mars 2028 samt utökat stöd med 150 000 kr till 1 750 000 kr. Projektets",
              "totala budget är därmed 4 860 000 kr. Budgeten per kostnadsslag är omfördelad enligt",
              "ändringsansökan (personal +340 000 kr, kommunikation och följeforskning +70 000 kr).",
              "Paketskåp för samtliga nio servicepunkter är levererade och fakturerade.",
              "",
              "Rapportansvarig: Jonas Ekelund, projektledare (fr.o.m. 2026-05-01)",
              "*** SLUT PÅ RAPPORT ***"]
    out_pages.append("\r\n".join(lines))
    assert T[0] == F[0] == 4860000 and T[2] == 1312480
    with open(path, "wb") as f:
        f.write(("\r\n\f".join(out_pages) + "\r\n").encode("iso-8859-1"))
    return path


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in (make_plan, make_protocol, make_decision, make_web, make_vtt, make_report):
        print(fn(out))


if __name__ == "__main__":
    main()
