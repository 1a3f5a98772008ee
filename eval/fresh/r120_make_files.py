"""Write the six round-120 documents into OUT_DIR (deterministic).

Usage: /work/main/.venv/bin/python r120_make_files.py OUT_DIR
"""
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # fixed IDs and dates in the PDFs

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_LEFT, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
H1 = ParagraphStyle("h1", parent=SS["Heading1"], fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)
H3 = ParagraphStyle("h3", parent=SS["Heading3"], fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")

GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
])


def table(rows, widths):
    data = [[Paragraph(c, CELLB if i == 0 else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(GRID)
    return t


def header_footer(left, right, footer, total=None):
    def draw(canv, doc):
        w, h = canv._pagesize
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(20 * mm, h - 12 * mm, left)
        canv.drawRightString(w - 20 * mm, h - 12 * mm, right)
        canv.setLineWidth(0.4)
        canv.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        canv.line(20 * mm, 14 * mm, w - 20 * mm, 14 * mm)
        page = f"Sida {doc.page} av {total}" if total else f"Sida {doc.page}"
        canv.drawString(20 * mm, 10 * mm, footer)
        canv.drawRightString(w - 20 * mm, 10 * mm, page)
        canv.restoreState()
    return draw


# ---------------------------------------------------------------- 1 PDF: meeting calendar
def sammantradesplan(out: Path):
    p = out / "Sammantradesplan_RUN_2026.pdf"
    doc = SimpleDocTemplate(str(p), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
                            title="Sammanträdesplan 2026 – Regionala utvecklingsnämnden", author="Region Västmanland, nämndsekretariatet",
                            subject="Sammanträdesplan", creator="Word")
    hf = header_footer("Region Västmanland · Regionala utvecklingsnämnden", "Sammanträdesplan 2026",
                       "Dnr RUN 2025-0412 · Fastställd av nämnden 2025-10-21, § 141", total=2)
    s = []
    s.append(Paragraph("Sammanträdesplan 2026 för regionala utvecklingsnämnden (RUN) och dess arbetsutskott", H1))
    s.append(Paragraph(
        "Regionala utvecklingsnämnden fastställde sammanträdesplanen för 2026 den 21 oktober 2025 (§ 141). Nämnden "
        "sammanträder åtta gånger under året. Sammanträdena börjar kl. 09.00 i sammanträdesrum Mälaren, Regionhuset, "
        "Västerås, om inget annat anges i tabellen nedan. Ledamöter och ersättare får kallelse och handlingar i "
        "mötesappen Meetings senast sju dagar före varje sammanträde.", BODY))
    s.append(Paragraph("Tidsplan för ärendeberedning", H2))
    s.append(Paragraph(
        "Ett ärende som ska behandlas av nämnden ska vara färdigberett och registrerat i diariet senast kl. 12.00 den dag "
        "som anges under <i>Sista dag för ärenden</i>. Arbetsutskottet (AU) bereder ärendena ungefär två veckor före "
        "nämndsammanträdet. Ärenden som kommer in för sent skjuts som huvud-<br/>regel till nästa sammanträde.", BODY))
    rows = [["Sista dag för ärenden", "Arbetsutskott (AU)", "Nämndsammanträde", "Plats"],
            ["2026-01-13", "2026-01-27", "2026-02-10", "Regionhuset, Västerås"],
            ["2026-02-24", "2026-03-10", "2026-03-24", "Regionhuset, Västerås"],
            ["2026-03-31", "2026-04-14", "2026-04-28", "Regionhuset, Västerås"],
            ["2026-05-12", "2026-05-26", "2026-06-10", "Sala stadshus (heldag)"],
            ["2026-08-25", "2026-09-08", "2026-09-22", "Regionhuset, Västerås"],
            ["2026-09-22", "2026-10-06", "2026-10-20", "Regionhuset, Västerås"],
            ["2026-10-20", "2026-11-03", "2026-11-17", "Kulturhuset Kulturum, Köping"],
            ["2026-11-17", "2026-12-01", "2026-12-15", "Regionhuset, Västerås"]]
    s.append(Paragraph("Tabell 1. Sammanträden och beredningsdagar 2026", H3))
    s.append(table(rows, [38 * mm, 38 * mm, 38 * mm, 56 * mm]))
    s.append(Spacer(1, 4))
    s.append(Paragraph("AU sammanträder kl. 13.00 i rum Svartån, Regionhuset, om inget annat anges.", SMALL))
    s.append(PageBreak())
    s.append(Paragraph("Särskilda sammanträden och hållpunkter", H2))
    s.append(Paragraph(
        "Sammanträdet den 10 juni hålls som heldag i Sala stadshus och inleds med en budgetdialog med länets tio "
        "kommuner kl. 09.00–12.00. Lunch serveras för ledamöter och ersättare; anmäl specialkost till nämnd-<br/>"
        "sekretariatet senast den 27 maj.", BODY))
    s.append(Paragraph(
        "Nämndens förslag till verksamhetsplan med budget 2027 behandlas vid sammanträdet den 20 oktober 2026. "
        "Regionfullmäktige beslutar om budget och verksamhetsplan för 2027 den 24 november 2026.", BODY))
    s.append(Paragraph(
        "Sammanträdet den 17 november hålls i Kulturhuset Kulturum i Köping i samband med länets kompetensförsörjnings-<br/>"
        "dag. Sammanträdesplanen för 2027 fastställs vid sammanträdet den 20 oktober 2026.", BODY))
    s.append(Paragraph(
        "En introduktionsdag för nya ledamöter och ersättare hålls den 3 februari 2026 kl. 13.00–16.30 i Regionhuset.", BODY))
    s.append(Paragraph("Kontakt", H2))
    s.append(Paragraph(
        "Frågor om sammanträdesplanen och ärendeberedningen besvaras av nämndsekreterare Annika Lövgren, "
        "tel. 021-17 45 12, annika.lovgren@regionvastmanland.se. Vid hennes frånvaro kontaktas registrator via "
        "regionalutveckling@regionvastmanland.se.", BODY))
    doc.build(s, onFirstPage=hf, onLaterPages=hf)


# ---------------------------------------------------------------- 2 PDF: reglemente with chapters
def reglemente(out: Path):
    p = out / "Reglemente_regionala_utvecklingsnamnden.pdf"
    doc = SimpleDocTemplate(str(p), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
                            title="Reglemente för regionala utvecklingsnämnden", author="Region Västmanland",
                            subject="Styrdokument", creator="Word")
    hf = header_footer("REGLEMENTE · Regionala utvecklingsnämnden", "Region Västmanland",
                       "Antaget av regionfullmäktige 2022-11-29, § 178. Senast ändrat 2025-06-17, § 92.")
    PAR = ParagraphStyle("par", parent=BODY, leftIndent=0)
    s = []
    s.append(Paragraph("Reglemente för regionala utvecklingsnämnden", H1))
    s.append(Paragraph("Dokumenttyp: Reglemente · Beslutat av: Regionfullmäktige · Dnr RS 2022-0871 · Gäller för: Region Västmanland", SMALL))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Utöver det som föreskrivs i kommunallagen (2017:725) gäller bestämmelserna i detta reglemente för regionala "
        "utvecklingsnämnden. Gemensamma bestämmelser för regionens nämnder finns i det gemensamma nämndreglementet.", BODY))

    def kap(title):
        s.append(Paragraph(title, H2))

    def par(num, text):
        s.append(Paragraph(f"<b>{num} §</b> {text}", PAR))

    kap("1 kap. Nämndens ansvar och uppgifter")
    par(1, "Nämnden ansvarar för regionens uppgifter som regionalt utvecklingsansvarig enligt lagen (2010:630) om "
           "regionalt utvecklingsansvar i vissa län, i den mån uppgifterna inte har lagts på regionstyrelsen.")
    par(2, "Nämnden ska särskilt<br/>1. ta fram förslag till regional utvecklingsstrategi (RUS) och följa upp den,<br/>"
           "2. besluta om användningen av statliga medel för regionalt tillväxtarbete (anslag 1:1),<br/>"
           "3. ansvara för regionens arbete med kompetensförsörjning och samverkan med Arbetsförmedlingen,<br/>"
           "4. samordna länets arbete med bredbandsutbyggnad, och<br/>"
           "5. yttra sig i ärenden om EU:s strukturfonder som rör länet.")
    par(3, "Nämnden får besluta om stöd till företag och projekt upp till 5 miljoner kronor per ärende. Ärenden som avser "
           "högre belopp avgörs av regionstyrelsen efter yttrande från nämnden.")
    par(4, "Nämnden ansvarar för att verksamheten bedrivs i enlighet med de mål och riktlinjer som fullmäktige har "
           "bestämt och de föreskrifter som gäller för verksamheten.")
    kap("2 kap. Sammansättning")
    par(1, "Nämnden består av 11 ledamöter och 11 ersättare.")
    par(2, "Regionfullmäktige väljer bland ledamöterna en ordförande, en förste vice ordförande och en andre vice "
           "ordförande för den tid som ledamöterna har valts.")
    par(3, "Om ordföranden är förhindrad att fullgöra sitt uppdrag tar förste vice ordföranden över ordförandens "
           "uppgifter, och om även denne är förhindrad, andre vice ordföranden.")
    kap("3 kap. Sammanträden")
    par(1, "Nämnden sammanträder på dag och tid som nämnden bestämmer. Sammanträde ska också hållas om minst en "
           "tredjedel av ledamöterna begär det.")
    par(2, "Kallelse ska skickas till varje ledamot och ersättare senast sju dagar före sammanträdet. Kallelsen ska "
           "innehålla uppgift om tid och plats för sammanträdet och en förteckning över de ärenden som ska behandlas.")
    par(3, "En ledamot får delta i ett sammanträde på distans (med ljud och bild) om ordföranden medger det. Den som "
           "deltar på distans ska kunna se och höra alla andra deltagare och själv bli sedd och hörd. (Ändrad 2025-06-17, § 92.)")
    par(4, "Nämnden får handlägga ärenden endast när mer än hälften av ledamöterna är närvarande.")
    par(5, "Ersättare som inte tjänstgör har rätt att yttra sig men inte att delta i besluten eller få sin mening "
           "antecknad till protokollet.")
    par(6, "Protokollet justeras av ordföranden och en ledamot senast 14 dagar efter sammanträdet. Nämnden får "
           "besluta att en paragraf ska justeras omedelbart.")
    kap("4 kap. Arbetsutskott")
    par(1, "Inom nämnden finns ett arbetsutskott med 5 ledamöter och 3 ersättare som nämnden väljer för den tid "
           "nämnden bestämmer.")
    par(2, "Arbetsutskottet bereder de ärenden som ska behandlas av nämnden och beslutar i ärenden som nämnden "
           "har delegerat till utskottet enligt delegationsordningen.")
    kap("5 kap. Ikraftträdande och ändringar")
    par(1, "Detta reglemente träder i kraft den 1 januari 2023. Ändringarna enligt regionfullmäktiges beslut "
           "2025-06-17, § 92, gäller från och med den 1 juli 2025.")
    s.append(Paragraph("Ändringshistorik", H3))
    rows = [["Version", "Beslut", "Datum", "Ändring"],
            ["1.0", "RF § 178", "2022-11-29", "Nytt reglemente för den nya mandatperioden."],
            ["1.1", "RF § 92", "2025-06-17", "Deltagande på distans infört (3 kap. 3 §). Beloppsgränsen för nämndens "
                                              "stödbeslut höjd från 3 till 5 miljoner kronor (1 kap. 3 §)."]]
    s.append(table(rows, [18 * mm, 25 * mm, 25 * mm, 98 * mm]))
    doc.build(s, onFirstPage=hf, onLaterPages=hf)


# ---------------------------------------------------------------- 3 PDF: two-column quick reference (codes)
def lathund(out: Path):
    p = out / "Lathund_PUF_insatskoder_2026.pdf"
    ps = landscape(A4)
    w, h = ps
    doc = BaseDocTemplate(str(p), pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
                          title="Lathund PUF – insatskoder och avslutskoder", author="Enheten för kompetensförsörjning",
                          subject="Lathund", creator="PowerPoint")
    colw = (w - 40 * mm - 10 * mm) / 2
    titlef = Frame(20 * mm, h - 42 * mm, w - 40 * mm, 20 * mm, id="title", showBoundary=0)
    f1 = Frame(20 * mm, 20 * mm, colw, h - 62 * mm, id="c1")
    f2 = Frame(20 * mm + colw + 10 * mm, 20 * mm, colw, h - 62 * mm, id="c2")
    f1b = Frame(20 * mm, 20 * mm, colw, h - 42 * mm, id="c1b")
    f2b = Frame(20 * mm + colw + 10 * mm, 20 * mm, colw, h - 42 * mm, id="c2b")
    hf = header_footer("Lathund PUF – Projektuppföljning i Region Västmanlands ESF+-projekt", "Version 2026-01",
                       "Enheten för kompetensförsörjning · Gäller från 2026-01-01")
    doc.addPageTemplates([PageTemplate(id="first", frames=[titlef, f1, f2], onPage=hf),
                          PageTemplate(id="later", frames=[f1b, f2b], onPage=hf)])
    from reportlab.platypus import NextPageTemplate
    s = [NextPageTemplate("later")]
    s.append(Paragraph("Lathund: insatskoder och avslutskoder i PUF", H1))
    s.append(Paragraph("För projektledare, coacher och projektekonomer i regionens ESF+-projekt.", BODY))
    s.append(FrameBreak())
    s.append(Paragraph("Så använder du lathunden", H2))
    s.append(Paragraph(
        "Varje insats som en deltagare får ska registreras i PUF med en insatskod, och varje avslutat deltagande ska "
        "få en avslutskod. Lathunden gäller från den 1 januari 2026 för alla ESF+-projekt som Region Västmanland "
        "äger, bland annat Steg Vidare och Jobbspåret Mälardalen.", BODY))
    s.append(Paragraph("Insatskoder", H2))
    rows = [["Kod", "Insats"],
            ["I10", "Kartläggning och bedömning av stegförflyttning"],
            ["I20", "Studie- och yrkesvägledning"],
            ["I31", "Praktik på arbetsplats"],
            ["I32", "Arbetsträning"],
            ["I40", "Yrkesutbildning kortare än 20 veckor"],
            ["I41", "Yrkesutbildning 20 veckor eller längre"],
            ["I50", "Svenska för yrkeslivet och annat språkstöd"],
            ["I60", "Matchning och jobbcoachning"],
            ["I70", "Hälsofrämjande insatser"]]
    s.append(table(rows, [18 * mm, colw - 18 * mm]))
    s.append(FrameBreak())
    s.append(Paragraph("Avslutskoder", H2))
    rows = [["Kod", "Avslutsorsak"],
            ["A1", "Arbete utan stöd"],
            ["A2", "Arbete med stöd (t.ex. lönebidrag eller nystartsjobb)"],
            ["A3", "Studier på gymnasial eller eftergymnasial nivå"],
            ["A4", "Avbrott på eget initiativ"],
            ["A5", "Flytt från länet"],
            ["A6", "Sjukdom eller föräldraledighet"],
            ["A9", "Övrigt (ange orsak i fritext)"]]
    s.append(table(rows, [18 * mm, colw - 18 * mm]))
    s.append(Paragraph("Regler att komma ihåg", H2))
    for t in [
        "Insatser registreras senast den femte vardagen i månaden efter att insatsen har genomförts.",
        "Praktik (I31) får pågå i högst 12 veckor per deltagare. Förlängning kräver beslut av projektledaren och "
        "ska dokumenteras i deltagarens plan.",
        "Avslutskoderna A1, A2 och A3 räknas som positiva utfall i rapporteringen till Svenska ESF-rådet.",
        "En deltagare kan ha flera insatser samtidigt men bara en avslutskod.",
        "Vid avslutskod A9 ska orsaken alltid anges i fritextfältet.",
    ]:
        s.append(Paragraph("• " + t, BODY))
    s.append(Paragraph("Support", H3))
    s.append(Paragraph("PUF-support: Jonas Berglund, systemansvarig, tel. 021-17 46 30, vardagar 08.00–12.00.", BODY))
    doc.build(s)


# ---------------------------------------------------------------- 4 DOCX: privacy notice
def integritet(out: Path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.title = "Information om behandling av personuppgifter – Steg Vidare"
    cp.author = "Region Västmanland, dataskyddsfunktionen"
    cp.created = dt.datetime(2025, 2, 14, 9, 0, 0)
    cp.modified = dt.datetime(2025, 2, 14, 9, 0, 0)
    cp.last_modified_by = "Malin Ekstedt"
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Region Västmanland · Projektet Steg Vidare (ESF+)"
    sec.footer.paragraphs[0].text = "Fastställd 2025-02-14 · Version 1.2 · Dnr RUN 2025-0077"

    d.add_heading("Så behandlar vi dina personuppgifter i projektet Steg Vidare", 0)
    d.add_paragraph(
        "Steg Vidare är ett projekt som finansieras av Europeiska socialfonden plus (ESF+) och Region Västmanland. "
        "Projektet pågår från den 1 mars 2025 till den 31 december 2027 och vänder sig till unga mellan 16 och 29 år "
        "i Västerås, Köping och Arboga som varken arbetar eller studerar. Här beskriver vi vilka uppgifter vi samlar in "
        "om dig som deltagare, varför vi gör det och vilka rättigheter du har.")
    d.add_heading("Vad är en personuppgift?", 1)
    d.add_paragraph(
        "Med personuppgift avses all slags information som direkt eller indirekt kan kopplas till en fysisk person som "
        "är i livet, till exempel namn, personnummer, telefonnummer eller en bild.")
    d.add_heading("Vem ansvarar för dina personuppgifter?", 1)
    d.add_paragraph(
        "Personuppgiftsansvarig är den organisation som bestämmer ändamålen och medlen för behandlingen av "
        "personuppgifter. För projektet Steg Vidare är regionala utvecklingsnämnden i Region Västmanland "
        "(org.nr 232100-0179) personuppgiftsansvarig.")
    d.add_heading("Varför behandlar vi dina uppgifter och hur länge sparas de?", 1)
    d.add_paragraph("I tabellen nedan ser du för vilka ändamål vi behandlar uppgifter, med vilket stöd i "
                    "dataskyddsförordningen (GDPR) och hur länge uppgifterna sparas.")
    rows = [("Ändamål", "Personuppgifter", "Rättslig grund", "Lagringstid"),
            ("Registrering som deltagare och rapportering till Svenska ESF-rådet",
             "Namn, personnummer, kön, utbildningsnivå, sysselsättning före och efter projektet",
             "Uppgift av allmänt intresse (art. 6.1 e)",
             "Tio år efter att Svenska ESF-rådet har godkänt projektets slutrapport"),
            ("Planering och uppföljning av insatser",
             "Insatser, närvaro, bedömning av stegförflyttning",
             "Uppgift av allmänt intresse (art. 6.1 e)",
             "Närvarolistor gallras två år efter avslutat deltagande"),
            ("Kontakt och kallelser", "Telefonnummer, e-postadress", "Uppgift av allmänt intresse (art. 6.1 e)",
             "Raderas när ditt deltagande avslutas"),
            ("Bilder i projektets kommunikation", "Fotografi", "Samtycke (art. 6.1 a)",
             "Tills du återkallar ditt samtycke, dock längst tre år")]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = c
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
    d.add_heading("Vilka får ta del av uppgifterna?", 1)
    d.add_paragraph(
        "Uppgifterna lämnas till Svenska ESF-rådet, som följer upp projektet, och till Statistiska centralbyrån (SCB), "
        "som på ESF-rådets uppdrag följer upp deltagarnas sysselsättning efter projektet. Om du är inskriven på "
        "Arbetsförmedlingen lämnar vi uppgifter om dina insatser till din handläggare. Systemet PUF driftas av "
        "personuppgiftsbiträdet Mälarsystem AB, som bara får behandla uppgifterna enligt våra instruktioner.")
    d.add_heading("Dina rättigheter", 1)
    for t_ in [
        "Du har rätt att kostnadsfritt begära ett registerutdrag som visar vilka uppgifter vi behandlar om dig. "
        "Vi svarar inom en månad från att vi har fått din begäran.",
        "Du har rätt att få felaktiga uppgifter rättade.",
        "Du har rätt att återkalla ett samtycke, till exempel till att vi använder en bild på dig.",
        "Du kan inte begära att uppgifter som vi måste rapportera till Svenska ESF-rådet raderas under lagringstiden.",
    ]:
        d.add_paragraph(t_, style="List Bullet")
    d.add_heading("Dataskyddsombud", 1)
    d.add_paragraph(
        "Region Västmanlands dataskyddsombud är Malin Ekstedt. Du når dataskyddsombudet på "
        "dataskyddsombud@regionvastmanland.se eller via regionens växel, tel. 021-17 30 00.")
    d.add_heading("Om du vill klaga", 1)
    d.add_paragraph(
        "Om du är missnöjd med hur vi behandlar dina personuppgifter har du rätt att lämna klagomål till "
        "Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, www.imy.se.")
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the file is byte-identical run to run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out / "Integritetsinformation_Steg_Vidare.docx", "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------- 5 TXT: speech manuscript
SPEECH = """\
TAL VID INVIGNINGEN AV KOMPETENSCENTRUM MÄLARDALEN
Köping, torsdag 12 februari 2026, kl. 10.00
Talare: Karin Wallin (S), regionråd och ordförande i regionala utvecklingsnämnden, Region Västmanland
Det talade ordet gäller.

Kära gäster, kära elever och lärare, kära företagare från hela Mälardalen!

Tack för att ni har kommit hit i dag, en kall februarimorgon, till den gamla verkstadshallen på Glasgatan. För tre år sedan stod den här hallen tom. I dag är den fylld av svetsbås, CNC-maskiner, en simulatorhall för lastbil och en övningsavdelning för undersköterskor. Det är ganska fantastiskt, om ni frågar mig.

Låt mig börja med varför vi står här. I dag har vi drygt 2 300 lediga jobb inom industri, vård och transport i Västmanlands län som arbetsgivarna har svårt att tillsätta. Samtidigt är drygt 9 000 personer i länet inskrivna som arbetslösa på Arbetsförmedlingen. Den ekvationen går inte ihop, och den kommer inte att gå ihop av sig själv.

Därför har Region Västmanland, Köpings kommun, Arbetsförmedlingen och företagen i Mälardalens industriförening byggt det här tillsammans. Den totala investeringen i Kompetenscentrum Mälardalen är 38,5 miljoner kronor. Av dem kommer 14 miljoner kronor från Europeiska regionala utvecklingsfonden, 12 miljoner kronor från Region Västmanland, 8 miljoner kronor från Köpings kommun och 4,5 miljoner kronor från företagen i industriföreningen.

Vad ska då hända här? Redan i augusti startar de första 120 utbildningsplatserna inom svets, CNC-teknik och automation. Från och med 2027 är målet att 600 personer per år ska gå en yrkesutbildning här – inom svets, CNC, automation, vård och omsorg och yrkesförare för tung lastbil. Utbildningarna ges som regionalt yrkesvux tillsammans med kommunerna Köping, Arboga och Kungsör.

Jag vill särskilt tacka Lena Strand, sektionschef på Arbetsförmedlingen i Västerås, som från första dagen såg till att centret blev en del av Arbetsförmedlingens utbud av arbetsmarknadsutbildningar. Och jag vill tacka Mats Granberg, ordförande i Mälardalens industriförening, som övertygade trettio företag att gå in med både pengar och handledare.

En sak till: det här är inte bara en byggnad. Det är ett löfte. Ett löfte till den som blev arbetslös från fabriken i Kolbäck förra året, till den unga kvinnan i Arboga som vill bli undersköterska, och till företagaren i Fagersta som inte har kunnat ta en enda order till på grund av att hon saknar svetsare.

Härmed förklarar jag Kompetenscentrum Mälardalen invigt!

Tack.

Kontakt för frågor om talet: pressekreterare Jonatan Falk, tel. 021-17 40 55
"""


def tal(out: Path):
    (out / "Tal_invigning_Kompetenscentrum_Malardalen_2026-02-12.txt").write_text(SPEECH, encoding="utf-8")


# ---------------------------------------------------------------- 6 MD: release notes
RELEASE = """\
# Versionsnyheter – Diabas ärendesystem för regionala stöd

Diabas används av enheten för näringsliv och enheten för kompetensförsörjning i Region Västmanland för att
handlägga ansökningar om företagsstöd och projektmedel. Här listas nyheter, ändringar och kända fel per version.
Senaste versionen står först.

## Version 4.3 – 2026-03-02

### Nytt
- Fältet **Medfinansiering** delas upp i *offentlig medfinansiering* och *privat medfinansiering*.
- Beslutsmallen för projektstöd har nya standardvillkor enligt riktlinjerna för 2026.
- Utbetalningslistan kan exporteras till Excel.

### Ändrat
- Automatisk utloggning sker nu efter 30 minuters inaktivitet (tidigare 60 minuter).
- Sökning på organisationsnummer fungerar nu även utan bindestreck.

### Rättat
- Budgetrader med negativa belopp summerades fel i sammanställningen.

### Kända fel
- PDF-export av beslut saknar sidnummer. Felet rättas i version 4.3.1, som är planerad till 2026-04-14.

## Version 4.2 – 2025-11-17

### Nytt
- Tvåfaktorsinloggning med BankID eller SITHS-kort krävs för alla användare.
- Ny ärendetyp **Företagsstöd – investering** med egen checklista för handläggaren.
- Påminnelse via e-post till stödmottagaren 14 dagar före sista dag för slutrapport.

### Rättat
- Handläggare kunde inte se bilagor i ärenden som flyttats över från det gamla systemet Ärende 2000.

## Version 4.1 – 2025-06-09

### Nytt
- Ny startsida med listan *Mina ärenden* och ärenden som väntar på beslut.
- Koppling till diariet Platina: beslut registreras automatiskt i diariet när de fattas.

### Ändrat
- Fältet *Antal nya arbetstillfällen* är nu obligatoriskt i slutrapporter för företagsstöd.

## Support

Frågor om Diabas ställs till systemförvaltare Sofia Nyberg via supportportalen eller på tel. 021-17 48 80.
Supporten är öppen vardagar 08.00–16.30. Behörighet till Diabas beställs av närmaste chef.
"""


def versions(out: Path):
    (out / "Versionsnyheter_Diabas.md").write_text(RELEASE, encoding="utf-8")


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    sammantradesplan(out)
    reglemente(out)
    lathund(out)
    integritet(out)
    tal(out)
    versions(out)
    for f in sorted(out.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
