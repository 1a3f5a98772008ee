#!/usr/bin/env python3
"""r211 – sex dokument om det påhittade projektet LOTS (Landsbygdens ombuds- och
tjänstestöd) i Västerbottens län. Dokumenten uppdaterar varandra över tid:

  1. LOTS_projektplan_v1.0_UTKAST.pdf        2026-02-12  projektplan (äldst)
  2. LOTS_styrgrupp_protokoll_2026-05-20.pdf  2026-05-20  styrgruppsprotokoll
  3. RUN_beslut_LOTS_2026-06-11.docx           2026-06-11  nämndbeslut om medfinansiering
  4. SV_Fragor_infor_kickoff_LOTS.eml           2026-08-27  e-postsvar inne i citerad text
  5. lots-nytt-nr3-2026.md                      2026-10-15  nyhetsbrev/webbsida (Pandoc)
  6. LOTS_atgardslista_export_2027-01-18.txt    2027-01-18  åtgärdslista (Excel/Planner-CSV)

Deterministiskt: ingen klocka, ingen slump, fasta metadata.
Användning:  python r211_make_files.py OUT_DIR
"""
import io
import os
import sys
import textwrap
import zipfile
import datetime as _dt

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.colors import Color, black

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

W, H = A4


# ---------------------------------------------------------------------------
# 1. Projektplan – PDF med diagonal vattenstämpel "UTKAST" ritad ovanpå texten
#    (sist i varje sida), innehållsförteckning med punktledare och sidnummer,
#    löpande sidhuvud/sidfot.
# ---------------------------------------------------------------------------
def _plan_header_footer(c, page, total):
    c.setFont("Helvetica", 8)
    c.setFillColor(Color(0.35, 0.35, 0.35))
    c.drawString(50, H - 35, "Region Västerbotten  ·  Regional utveckling")
    c.drawRightString(W - 50, H - 35, "LOTS – Projektplan version 1.0 (utkast 2026-02-12)")
    c.line(50, H - 40, W - 50, H - 40)
    c.line(50, 45, W - 50, 45)
    c.drawString(50, 33, "Dnr: tilldelas vid ansökan   ·   Ej fastställd – får inte spridas utanför styrgruppen")
    c.drawRightString(W - 50, 33, f"Sida {page} av {total}")
    c.setFillColor(black)


def _watermark(c):
    # Ritas SIST på sidan => hamnar efter/ mellan brödtexten vid extraktion.
    c.saveState()
    c.setFillColor(Color(0.80, 0.80, 0.80, alpha=0.45))
    c.setFont("Helvetica-Bold", 88)
    c.translate(W / 2, H / 2)
    c.rotate(52)
    c.drawCentredString(0, 30, "UTKAST")
    c.setFont("Helvetica-Bold", 30)
    c.drawCentredString(0, -40, "ERSÄTTS AV FASTSTÄLLD VERSION")
    c.restoreState()


def _para(c, x, y, text, width_chars=92, font="Helvetica", size=10, leading=13.5):
    c.setFont(font, size)
    for line in textwrap.wrap(text, width_chars):
        c.drawString(x, y, line)
        y -= leading
    return y - 4


def make_plan(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("LOTS – Projektplan version 1.0 (utkast)")
    c.setAuthor("Annika Lindqvist")
    c.setSubject("Landsbygdens ombuds- och tjänstestöd")
    c.setCreator("Microsoft Word för Microsoft 365")
    c.setProducer("Microsoft Word för Microsoft 365")
    total = 3

    # --- sida 1: titel + innehållsförteckning
    _plan_header_footer(c, 1, total)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(50, H - 150, "LOTS")
    c.setFont("Helvetica", 15)
    c.drawString(50, H - 175, "Landsbygdens ombuds- och tjänstestöd")
    c.setFont("Helvetica", 11)
    c.drawString(50, H - 200, "Projektplan, version 1.0 – utkast till styrgruppen")
    c.drawString(50, H - 216, "2026-02-12")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, H - 290, "Innehåll")
    toc = [("1", "Bakgrund", 2), ("2", "Syfte, mål och begrepp", 2),
           ("3", "Deltagande kommuner", 2), ("4", "Budget och finansiering", 3),
           ("5", "Tidplan", 3), ("6", "Organisation", 3)]
    y = H - 315
    c.setFont("Helvetica", 11)
    for num, title, pg in toc:
        left = f"{num}   {title} "
        c.drawString(60, y, left)
        lw = c.stringWidth(left, "Helvetica", 11)
        dots_w = (W - 80) - (60 + lw)
        n = int(dots_w / c.stringWidth(".", "Helvetica", 11))
        c.drawString(60 + lw, y, "." * n)
        c.drawRightString(W - 60, y, str(pg))
        y -= 20
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(50, 120, "Versionshistorik: 0.9 (2026-01-28) arbetsmaterial; 1.0 (2026-02-12) utkast för "
                          "beslut i styrgruppen.")
    _watermark(c)
    c.showPage()

    # --- sida 2
    _plan_header_footer(c, 2, total)
    y = H - 80
    c.setFont("Helvetica-Bold", 13); c.drawString(50, y, "1  Bakgrund"); y -= 20
    y = _para(c, 50, y,
              "I Västerbottens inland har flera byar förlorat sin sista dagligvarubutik, sitt apoteksombud "
              "och sina paketombud under de senaste tio åren. Region Västerbotten har enligt förordningen om "
              "regionala serviceprogram ansvar för att samordna insatser för kommersiell service. Projektet "
              "bygger vidare på RSP (regionalt serviceprogram) för Västerbottens län 2022–2025 och den "
              "kartläggning som gjordes hösten 2025.")
    c.setFont("Helvetica-Bold", 13); c.drawString(50, y, "2  Syfte, mål och begrepp"); y -= 20
    y = _para(c, 50, y,
              "LOTS står för Landsbygdens ombuds- och tjänstestöd. Syftet är att lanthandlare i glesbygd ska "
              "kunna erbjuda fler tjänster på ett ställe: paket- och apoteksombud, kontantuttag, "
              "betalningsservice och stöd med digitala myndighetsärenden.")
    y = _para(c, 50, y,
              "Mål: 14 servicepunkter ska vara i drift när projektet avslutas. En servicepunkt är en "
              "befintlig butik som med stöd från projektet utrustas och bemannas av ett utbildat "
              "servicepunktsombud (SPO). Ombuden får ersättning per ärende enligt avtal med respektive butik.")
    c.setFont("Helvetica-Bold", 13); c.drawString(50, y, "3  Deltagande kommuner"); y -= 20
    y = _para(c, 50, y,
              "Följande åtta kommuner har lämnat avsiktsförklaringar: Sorsele, Storuman, Malå, Lycksele, "
              "Åsele, Dorotea, Vilhelmina och Bjurholm. Kustkommunerna deltar inte i denna etapp.")
    _watermark(c)
    c.showPage()

    # --- sida 3
    _plan_header_footer(c, 3, total)
    y = H - 80
    c.setFont("Helvetica-Bold", 13); c.drawString(50, y, "4  Budget och finansiering"); y -= 22
    rows = [("Finansiär", "Belopp (kr)"),
            ("Region Västerbotten (regionala utvecklingsmedel)", "2 100 000"),
            ("Deltagande kommuner (gemensamt)", "4 300 000"),
            ("Summa", "6 400 000")]
    for i, (a, b) in enumerate(rows):
        c.setFont("Helvetica-Bold" if i in (0, 3) else "Helvetica", 10)
        c.drawString(60, y, a)
        c.drawRightString(W - 120, y, b)
        c.line(55, y - 4, W - 115, y - 4)
        y -= 17
    y -= 8
    y = _para(c, 50, y,
              "Kommunernas andel fördelas enligt en separat överenskommelse mellan kommunerna. "
              "Investeringsstöd till butikerna lämnas med högst 40 000 kr per servicepunkt.")
    c.setFont("Helvetica-Bold", 13); c.drawString(50, y, "5  Tidplan"); y -= 20
    y = _para(c, 50, y,
              "Projekttid: 1 april 2026 – 31 december 2027. Gemensam kickoff för butiker, ombud och "
              "kommuner hålls den 16 september 2026 i Lycksele. Slutrapport lämnas till Region "
              "Västerbotten senast 31 mars 2028.")
    c.setFont("Helvetica-Bold", 13); c.drawString(50, y, "6  Organisation"); y -= 20
    y = _para(c, 50, y,
              "Projektägare är Region Västerbotten, Regional utveckling. Projektledare är Annika Lindqvist. "
              "Styrgruppen består av en representant per deltagande kommun samt två från regionen. "
              "Ordförande i styrgruppen är Birgitta Nyström, Storumans kommun.")
    _watermark(c)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 2. Styrgruppsprotokoll – PDF med radnumrering i vänstermarginalen (löpande
#    1, 2, 3 … över sidorna), så radnummer hamnar framför belopp och datum.
# ---------------------------------------------------------------------------
MINUTES_LINES = [
    ("B", "PROTOKOLL – Styrgruppen för LOTS"),
    ("", "Datum: 2026-05-20, kl. 09.00–11.30"),
    ("", "Plats: Kommunhuset i Lycksele samt via Teams"),
    ("", "Närvarande: Birgitta Nyström (ordf., Storuman), Erik Sandström (Vilhelmina),"),
    ("", "Helena Öhman (Sorsele), Per-Ola Lidström (Lycksele), Karin Sjöberg (Åsele),"),
    ("", "Mats Ek (Dorotea), Lena Wiklund (Bjurholm), Anders Nilsson (Norsjö, adjungerad),"),
    ("", "Annika Lindqvist (projektledare, sekreterare), Sofia Berglund (Region Västerbotten)"),
    ("", ""),
    ("B", "§ 1  Mötets öppnande"),
    ("", "Ordföranden öppnade mötet och hälsade Anders Nilsson från Norsjö välkommen."),
    ("", ""),
    ("B", "§ 2  Val av justerare"),
    ("", "Helena Öhman valdes att jämte ordföranden justera protokollet."),
    ("", ""),
    ("B", "§ 3  Kommunernas deltagande"),
    ("", "Malå kommun har meddelat att kommunen lämnar projektet eftersom kommunen inte har"),
    ("", "budgetutrymme för medfinansiering 2027. Norsjö kommun har anmält intresse och tar"),
    ("", "över Malås andel av den kommunala medfinansieringen."),
    ("", "Styrgruppen beslutar"),
    ("", "att Norsjö kommun ingår i projektet från och med 1 juni 2026,"),
    ("", "att projektet därmed omfattar Sorsele, Storuman, Lycksele, Åsele, Dorotea,"),
    ("", "Vilhelmina, Bjurholm och Norsjö."),
    ("", ""),
    ("B", "§ 4  Antal servicepunkter och investeringsstöd"),
    ("", "Projektledaren redovisade att kostnaden per servicepunkt för utrustning och"),
    ("", "utbildning av ombud blivit högre än beräknat i projektplanen."),
    ("", "Styrgruppen beslutar"),
    ("", "att minska målet från 14 till"),
    ("", "12 servicepunkter,"),
    ("", "att höja investeringsstödet från 40 000 kr till högst"),
    ("", "50 000 kr per servicepunkt."),
    ("", ""),
    ("B", "§ 5  Kickoff"),
    ("", "Kickoffen den 16 september 2026 i Lycksele krockar med älgjaktspremiären i flera"),
    ("", "av kommunerna. Styrgruppen beslutar"),
    ("", "att flytta kickoffen till 7 oktober 2026,"),
    ("", "att kickoffen hålls i Medborgarhuset i Storuman i stället för i Lycksele."),
    ("", ""),
    ("B", "§ 6  Ordförande i styrgruppen"),
    ("", "Birgitta Nyström lämnar sitt uppdrag i Storumans kommun och därmed styrgruppen"),
    ("", "den 31 maj 2026. Styrgruppen beslutar"),
    ("", "att välja Erik Sandström, Vilhelmina kommun, till ordförande från och med"),
    ("", "1 juni 2026."),
    ("", ""),
    ("B", "§ 7  Nästa möte"),
    ("", "Nästa möte hålls 2026-09-09 via Teams."),
    ("", ""),
    ("", "Vid protokollet: Annika Lindqvist"),
    ("", "Justeras: Birgitta Nyström, ordförande        Helena Öhman, justerare"),
    ("", "Protokollet justerat 2026-05-27."),
]


def make_minutes(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Protokoll styrgruppen LOTS 2026-05-20")
    c.setAuthor("Annika Lindqvist")
    c.setCreator("Microsoft Word för Microsoft 365")
    c.setProducer("Microsoft: Print To PDF")
    lead = 18.5
    top = H - 80
    per_page = int((top - 80) / lead)
    pages = [MINUTES_LINES[i:i + per_page] for i in range(0, len(MINUTES_LINES), per_page)]
    n = 0
    for pno, lines in enumerate(pages, 1):
        c.setFont("Helvetica", 8)
        c.drawString(80, H - 40, "LOTS styrgrupp  ·  Protokoll 2026-05-20")
        c.drawRightString(W - 60, H - 40, f"{pno} ({len(pages)})")
        c.setStrokeColor(Color(0.6, 0.6, 0.6))
        c.line(72, 70, 72, H - 60)       # marginallinje som i juridiska mallar
        y = top
        for style, text in lines:
            n += 1
            c.setFillColor(Color(0.45, 0.45, 0.45))
            c.setFont("Helvetica", 8)
            c.drawRightString(64, y, str(n))
            c.setFillColor(black)
            c.setFont("Helvetica-Bold" if style == "B" else "Helvetica", 10.5)
            c.drawString(82, y, text)
            y -= lead
        c.setFont("Helvetica", 7.5)
        c.drawString(82, 50, "Justerandes signatur: ____  ____")
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 3. Beslut – DOCX där datum, diarienummer och handläggare bara står i
#    sidhuvudets brevhuvudstabell; mjuka bindestreck (w:softHyphen) i långa
#    sammansättningar och hårt bindestreck (w:noBreakHyphen) i diarienumret.
# ---------------------------------------------------------------------------
SOFT = "\u00ad"   # markör i källtexten; görs om till <w:softHyphen/>
NBH = "\u2011"    # markör; görs om till <w:noBreakHyphen/>


def _add_text(par, text, bold=False, size=None, italic=False):
    """Lägg till text där SOFT/NBH blir riktiga Word-element i samma run."""
    run = par.add_run()
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    r = run._r
    buf = ""

    def flush():
        nonlocal buf
        if buf:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = buf
            r.append(t)
            buf = ""
    for ch in text:
        if ch == SOFT:
            flush(); r.append(OxmlElement("w:softHyphen"))
        elif ch == NBH:
            flush(); r.append(OxmlElement("w:noBreakHyphen"))
        else:
            buf += ch
    flush()
    return run


def _field(par, instr, cached):
    r1 = par.add_run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1._r.append(fc)
    r2 = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3._r.append(fc)
    par.add_run(cached)
    r5 = par.add_run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5._r.append(fc)


def _fixed_zip(src_bytes, path, when):
    zin = zipfile.ZipFile(io.BytesIO(src_bytes))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        for name in names:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))


def make_decision(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.top_margin = Cm(4.2); sec.left_margin = Cm(2.5); sec.right_margin = Cm(2.5)
    sec.header_distance = Cm(1.0)

    # --- brevhuvud i sidhuvudet (tabell)
    hdr = sec.header
    hdr.is_linked_to_previous = False
    tbl = hdr.add_table(rows=3, cols=3, width=Cm(16))
    cells = tbl.rows[0].cells
    p = cells[0].paragraphs[0]; _add_text(p, "Region Västerbotten", bold=True, size=13)
    p = cells[1].paragraphs[0]; _add_text(p, "BESLUT", bold=True, size=12)
    p = cells[2].paragraphs[0]; _add_text(p, "Sida "); _field(p, " PAGE ", "1"); _add_text(p, " (2)")
    cells = tbl.rows[1].cells
    p = cells[0].paragraphs[0]; _add_text(p, "Regionala utvecklings" + SOFT + "nämnden", size=9)
    p = cells[1].paragraphs[0]; _add_text(p, "Datum", size=8); p.add_run().add_break(); _add_text(p, "2026-06-11", size=10)
    p = cells[2].paragraphs[0]; _add_text(p, "Diarienummer", size=8); p.add_run().add_break()
    _add_text(p, "RUN 2026" + NBH + "00417", size=10)
    cells = tbl.rows[2].cells
    p = cells[0].paragraphs[0]; _add_text(p, "Handläggare: Sofia Berglund", size=9)
    p = cells[1].paragraphs[0]; _add_text(p, "Er ansökan", size=8); p.add_run().add_break(); _add_text(p, "2026-03-02", size=10)
    p = cells[2].paragraphs[0]; _add_text(p, "Ert dnr", size=8); p.add_run().add_break(); _add_text(p, "–", size=10)

    ftr = sec.footer
    fp = ftr.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_text(fp, "Region Västerbotten · Regional utveckling · 901 89 Umeå · "
                  "registrator@regionvasterbotten.example · 090-785 00 00", size=8)

    # --- brödtext
    p = doc.add_paragraph(); _add_text(p, "Till: Region Västerbotten, Regional utveckling, projekt LOTS "
                                          "(projektägare)")
    p = doc.add_paragraph(); _add_text(p, "Beslut om regional medfinansiering av projektet LOTS – "
                                          "Landsbygdens ombuds- och tjänstestöd", bold=True, size=14)
    p = doc.add_paragraph(); _add_text(p, "Beslut", bold=True, size=12)
    p = doc.add_paragraph()
    _add_text(p, "Regionala utvecklings" + SOFT + "nämnden beviljar projektet LOTS regional medfinansiering "
                 "med högst 1 850 000 kr av regionala utvecklings" + SOFT + "medel. Nämnden beviljar "
                 "därmed inte hela det sökta beloppet.")
    p = doc.add_paragraph()
    _add_text(p, "Projekt" + SOFT + "perioden förlängs och pågår från och med 1 april 2026 till och med "
                 "30 juni 2028.")

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    data = [("Sökt belopp, Region Västerbotten", "2 100 000 kr"),
            ("Beviljat belopp, Region Västerbotten", "1 850 000 kr"),
            ("Kommunal medfinansiering (oförändrad)", "4 300 000 kr"),
            ("Total budget efter beslut", "6 150 000 kr"),
            ("Projekttid", "2026-04-01 – 2028-06-30")]
    for row, (a, b) in zip(t.rows, data):
        _add_text(row.cells[0].paragraphs[0], a)
        _add_text(row.cells[1].paragraphs[0], b)

    p = doc.add_paragraph(); _add_text(p, "Villkor", bold=True, size=12)
    for txt in [
        "Lägesrapport 1 ska lämnas till nämnden senast 31 januari 2027.",
        "Slutrapport med ekonomisk redovisning ska lämnas senast 30 september 2028.",
        "Medlen får inte användas till löpande driftskostnader i butikerna efter projekt" + SOFT
        + "periodens slut.",
        "Projektet ska upphandla en extern utvärdering under projekt" + SOFT + "perioden.",
    ]:
        p = doc.add_paragraph(style="List Number"); _add_text(p, txt)

    p = doc.add_paragraph(); _add_text(p, "Motivering", bold=True, size=12)
    p = doc.add_paragraph()
    _add_text(p, "Projektet bidrar till målen i den regionala utvecklings" + SOFT + "strategin och i RSP. "
                 "Nämnden bedömer att antalet servicepunkter kan nås inom en lägre regional ram eftersom "
                 "styrgruppen den 20 maj 2026 minskat målet till 12 servicepunkter. Förlängningen ger "
                 "butikerna i de nytillkomna kommunerna en full säsong i drift före utvärderingen.")
    p = doc.add_paragraph(); _add_text(p, "Beslutet har fattats av Regionala utvecklings" + SOFT
                                          + "nämnden den 11 juni 2026, § 84. Föredragande: Sofia Berglund.")
    p = doc.add_paragraph(); _add_text(p, "Hur man överklagar", bold=True, size=12)
    p = doc.add_paragraph()
    _add_text(p, "Beslutet kan överklagas genom laglighets" + SOFT + "prövning enligt 13 kap. "
                 "kommunallagen. Överklagandet ska ha kommit in till förvaltnings" + SOFT
                 + "rätten inom tre veckor från den dag då protokollet tillkännagavs på regionens "
                 "anslagstavla.", size=10)

    cp = doc.core_properties
    fixed = _dt.datetime(2026, 6, 11, 14, 5, 0)
    cp.author = "Sofia Berglund"
    cp.last_modified_by = "Sofia Berglund"
    cp.title = "Beslut LOTS medfinansiering"
    cp.subject = "RUN 2026-00417"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.comments = ""
    cp.keywords = "LOTS; RUN; beslut"
    buf = io.BytesIO()
    doc.save(buf)
    _fixed_zip(buf.getvalue(), path, (2026, 6, 11, 14, 5, 0))


# ---------------------------------------------------------------------------
# 4. E-post – format=flowed (RFC 3676) med mjuka radbrytningar (rad slutar med
#    mellanslag), space-stuffing, och svaren skrivna INNE I citerad text på två
#    citatnivåer. Ämnet är MIME-kodat.
# ---------------------------------------------------------------------------
EML_BODY = [
    "Hej Maria!",
    "",
    "Tack för frågorna. Jag svarar direkt i din text nedan, mina svar står ",
    "utan citattecken.",
    "",
    "/Annika",
    "",
    "Den 2026-08-25 kl. 09:13 skrev Maria Holmgren ",
    "<maria.holmgren@vilhelmina.example>:",
    "> Hej Annika,",
    ">",
    "> några frågor från oss i Vilhelmina inför hösten:",
    ">",
    "> 1. Gäller fortfarande 7 oktober för kickoffen? I kallelsen (se längst ",
    "> ned) står det att vi börjar kl. 13.00.",
    "",
    "Ja, datumet ligger fast. Men vi börjar redan kl. ",
    "10.00 och håller på till 15.30, eftersom de som kommer från Sorsele och ",
    "Vilhelmina annars inte hinner hem samma kväll. Ny kallelse kommer i ",
    "september.",
    " From Sorsele och Vilhelmina ordnar vi samåkning i minibuss, anmäl behov ",
    "till mig senast 18 september.",
    "",
    "> 2. Vem ska vi vända oss till under hösten när du är föräldraledig?",
    "",
    "Från och med 1 september 2026 är Jonas Marklund tf. projektledare för ",
    "LOTS, till och med 31 augusti 2027. Jonas nås på ",
    "jonas.marklund@regionvasterbotten.example.",
    "",
    "> 3. När måste butikerna ha skickat in ansökan om investeringsstöd?",
    "",
    "Senast 30 november 2026. Blanketten ligger på projektsidan.",
    "",
    "> 4. Får Saxnäs och Dikanäs en servicepunkt var, eller delar de på en?",
    "",
    "En var, båda ingår bland de 12.",
    "",
    "> Hälsningar",
    "> Maria Holmgren",
    "> Näringslivsutvecklare, Vilhelmina kommun",
    ">",
    ">> -----Ursprungligt meddelande-----",
    ">> Från: Annika Lindqvist",
    ">> Skickat: den 10 juni 2026 15:02",
    ">> Ämne: Kallelse: Kickoff för LOTS",
    ">>",
    ">> Välkomna till kickoff för LOTS onsdagen den 7 oktober 2026 kl. ",
    ">> 13.00–16.00 i Medborgarhuset, Storuman. Vi bjuder på kaffe och ",
    ">> smörgås. Anmälan senast 21 september till projektledaren.",
    "",
    "-- ",
    "Annika Lindqvist",
    "Projektledare LOTS (föräldraledig från 1 september 2026)",
    "Region Västerbotten, Regional utveckling",
]


def make_eml(path):
    headers = [
        "Return-Path: <annika.lindqvist@regionvasterbotten.example>",
        "Message-ID: <20260827144210.5512@mail.regionvasterbotten.example>",
        "In-Reply-To: <a91c-77f2-2026-0825@vilhelmina.example>",
        "References: <20260610130212.4410@mail.regionvasterbotten.example> "
        "<a91c-77f2-2026-0825@vilhelmina.example>",
        "Date: Thu, 27 Aug 2026 16:42:10 +0200",
        "From: Annika Lindqvist <annika.lindqvist@regionvasterbotten.example>",
        "To: Maria Holmgren <maria.holmgren@vilhelmina.example>",
        "Cc: Jonas Marklund <jonas.marklund@regionvasterbotten.example>",
        "Subject: =?utf-8?Q?SV=3A_Fr=C3=A5gor_inf=C3=B6r_kickoff_LOTS?=",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=no",
        "Content-Transfer-Encoding: 8bit",
        "User-Agent: Mozilla Thunderbird 128.1",
        "Content-Language: sv-SE",
    ]
    data = "\r\n".join(headers) + "\r\n\r\n" + "\r\n".join(EML_BODY) + "\r\n"
    with open(path, "wb") as f:
        f.write(data.encode("utf-8"))


# ---------------------------------------------------------------------------
# 5. Nyhetsbrev – Pandoc-markdown med YAML-front matter, fenced div för
#    rättelsen och en grid table där cellinnehållet radbryts inom cellerna.
# ---------------------------------------------------------------------------
def _grid_table(header, rows, widths):
    def wrap(cell, w):
        out = []
        for part in cell.split("\n"):
            out.extend(textwrap.wrap(part, w) or [""])
        return out

    def sep(ch="-"):
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"

    def render(row):
        cols = [wrap(c, w) for c, w in zip(row, widths)]
        h = max(len(c) for c in cols)
        lines = []
        for i in range(h):
            parts = []
            for col, w in zip(cols, widths):
                txt = col[i] if i < len(col) else ""
                parts.append(" " + txt.ljust(w) + " ")
            lines.append("|" + "|".join(parts) + "|")
        return lines

    out = [sep("-")]
    out += render(header)
    out.append(sep("="))
    for r in rows:
        out += render(r)
        out.append(sep("-"))
    return "\n".join(out)


def make_md(path):
    header = ["Kommun", "Servicepunkt (butik, ort)", "Status"]
    rows = [
        ["Sorsele", "Byaboden i Gargnäs", "Öppnad 2026-09-28"],
        ["Sorsele", "Ammarnäs Handel & Service", "Öppnad 2026-10-05"],
        ["Storuman", "Slussfors Lanthandel", "Öppnad 2026-09-14"],
        ["Storuman", "Tärnaby Fjällhandel", "Planerad, öppnar i november 2026"],
        ["Lycksele", "Kristinebergs Livs", "Öppnad 2026-10-12"],
        ["Åsele", "Fredrika Handelsbod", "Planerad, öppnar i november 2026"],
        ["Dorotea", "Risbäcks Affär", "Planerad, öppnar i december 2026"],
        ["Vilhelmina", "Saxnäs Handelsplats", "Öppnad 2026-10-01"],
        ["Vilhelmina", "Dikanäs Byhandel", "Ombyggnad pågår, öppnar i januari 2027"],
        ["Bjurholm", "Agnäs Närbutik", "Planeras 2027, datum ej klart"],
        ["Norsjö", "Bastuträsk Handel", "Avtal klart, öppnar i december 2026"],
        ["Vindeln", "(butik utses under våren)", "Kommunen ingår från 1 januari 2027"],
    ]
    table = _grid_table(header, rows, [10, 18, 16])
    md = f"""---
title: "LOTS-nytt nr 3 2026"
subtitle: "Nyhetsbrev från Landsbygdens ombuds- och tjänstestöd"
author: "Jonas Marklund, tf. projektledare"
date: 2026-10-15
lang: sv-SE
keywords: [LOTS, servicepunkter, Västerbotten, RSP]
---

# LOTS-nytt nr 3 2026 {{#lots-nytt-3}}

## Kickoffen i Storuman

Kickoffen i Medborgarhuset i Storuman den 7 oktober 2026 samlade 64 deltagare från butiker,
kommuner och regionen. Presentationerna finns på projektsidan.

## Nu är vi nio kommuner

Vindelns kommun har beslutat att gå med i LOTS och ingår från 1 januari 2027. Därmed
deltar nio kommuner: Sorsele, Storuman, Lycksele, Åsele, Dorotea, Vilhelmina, Bjurholm,
Norsjö och Vindeln. Antalet servicepunkter i projektet är fortsatt 12 servicepunkter –
Vindeln får den plats som tidigare var reserverad för en andra servicepunkt i Lycksele.

## Var står servicepunkterna?

Tabellen visar läget den 15 oktober 2026. Fem av tolv är i drift.

{table}

: Servicepunkter i LOTS, läge 2026-10-15 {{#tbl:servicepunkter}}

## Investeringsstöd till butikerna

Butiker som blir servicepunkter kan söka investeringsstöd med högst 50 000 kr per
servicepunkt för exempelvis paketskåp, kassasystem, skärm för digitala möten och
tillgänglighetsanpassning.

::: {{.rattelse custom-style="Rättelse"}}
**Rättelse:** I e-postutskicket till kommunerna i augusti angavs att ansökan om
investeringsstöd skulle vara inne senast 30 november 2026. Det var fel. Sista dag för
ansökan är **15 december 2026**.
:::

## Kontakt

Jonas Marklund, tf. projektledare
<jonas.marklund@regionvasterbotten.example>

[^sv]: RSP = regionalt serviceprogram.
"""
    # Obs: fotnotsdefinitionen ovan saknar referens i texten (vanligt i
    # kopierade nyhetsbrev) – Pandoc varnar och tar bort den.
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 6. Åtgärdslista – Excel-export "CSV UTF-8 (kommaavgränsad)" med svensk
#    semikolonavgränsning, BOM, CRLF mellan poster men LF inne i citerade
#    flerradiga celler, dubblerade citattecken och semikolon inne i fälten.
# ---------------------------------------------------------------------------
def make_csv(path):
    def q(s):
        return '"' + s.replace('"', '""') + '"'
    header = ["ID", "Uppgift", "Ansvarig", "Status", "Start", "Förfallodatum", "Senast ändrad", "Kommentar"]
    rows = [
        ["L-03", "Kickoff Storuman", "Annika Lindqvist", "Klar", "2026-06-10", "2026-10-07", "2026-10-08",
         "Genomförd; 64 deltagare.\nUtvärderingsenkät skickad 2026-10-09."],
        ["L-07", "Lägesrapport 1 till RUN", "Jonas Marklund", "Pågår", "2026-12-01", "2027-02-26", "2027-01-11",
         "Ursprunglig deadline 2027-01-31 enligt beslutet (villkor 1).\n"
         "Handläggaren Sofia Berglund har medgett anstånd; ny deadline 2027-02-26 (mejl 2027-01-11)."],
        ["L-09", "Investeringsstöd – beslut om ansökningar", "Jonas Marklund", "Klar", "2026-12-16", "2026-12-22",
         "2026-12-22", "10 ansökningar inkom senast 15 december 2026; samtliga beviljade.\n"
         "Bjurholm har inte sökt ännu."],
        ["L-12", "Servicepunkt Dorotea (Risbäcks Affär)", "Erik Sandström", "Försenad", "2026-09-01", "2027-03-01",
         "2027-01-14",
         "Öppningen flyttad från december 2026 till 2027-03-01.\n"
         "Ägaren: \"ombyggnaden av postdisken blev försenad; elen klar först i februari\"."],
        ["L-14", "Servicepunkt Dikanäs", "Erik Sandström", "Klar", "2026-09-01", "2027-01-15", "2027-01-16",
         "Öppnad 2027-01-15."],
        ["L-15", "Upphandling extern utvärdering", "Jonas Marklund", "Klar", "2026-10-20", "2027-01-15",
         "2027-01-12",
         "Avtal tecknat 2027-01-12 med Norrlandsanalys AB; takpris 380 000 kr exkl. moms.\n"
         "Första delrapport 2027-09-30; slutrapport från utvärderaren 2028-05-31."],
        ["L-16", "Anslutning Vindeln", "Jonas Marklund", "Klar", "2026-10-01", "2027-01-01", "2027-01-02",
         "Avtal undertecknat; Vindeln ingår från 2027-01-01.\nButik i Åmsele föreslagen, beslut i styrgruppen i mars."],
        ["L-18", "Styrgruppsmöte 1/2027", "Erik Sandström", "Ej påbörjad", "", "2027-03-10", "2027-01-18",
         "Teams; kallelse skickas senast 2027-02-24."],
    ]
    lines = [";".join(header)]
    for r in rows:
        lines.append(";".join(q(x) if (";" in x or "\n" in x or '"' in x or " " in x) else x for x in r))
    data = "\ufeff" + "\r\n".join(lines) + "\r\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)


def main():
    if len(sys.argv) != 2:
        print("Användning: python r211_make_files.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_plan(os.path.join(out, "LOTS_projektplan_v1.0_UTKAST.pdf"))
    make_minutes(os.path.join(out, "LOTS_styrgrupp_protokoll_2026-05-20.pdf"))
    make_decision(os.path.join(out, "RUN_beslut_LOTS_2026-06-11.docx"))
    make_eml(os.path.join(out, "SV_Fragor_infor_kickoff_LOTS.eml"))
    make_md(os.path.join(out, "lots-nytt-nr3-2026.md"))
    make_csv(os.path.join(out, "LOTS_atgardslista_export_2027-01-18.txt"))
    print("Skrev 6 filer till", out)


if __name__ == "__main__":
    main()
