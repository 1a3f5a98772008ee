#!/usr/bin/env python3
"""r219 – testfiler för region Västmanland, projektet SAMLAST.

Användning:  python r219_make_files.py OUT_DIR

Skriptet är deterministiskt: ingen klocka, ingen slump, fast metadata.
Det skriver sex dokument som uppdaterar varandra över tid:

 1. SAMLAST_projektplan_v1.0.pdf                      (2026-09-14)
 2. SAMLAST_styrgrupp_protokoll_2026-11-19.docx       (2026-11-19)
 3. RUN_protokollsutdrag_2027-01-28_p12.txt           (2027-01-28/02-03)
 4. SAMLAST_ny_projektledare_2027-02-08.eml           (2027-02-08)
 5. regionvastmanland_nyhet_samlast_startar_i_april.md (2027-03-22)
 6. SAMLAST_lagesrapport_RUN_2027-06-10_anteckningssidor.pdf (2027-06-10)
"""
import io
import os
import sys
import zipfile
from email.header import Header

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
import datetime as _dt  # används bara för FAST metadata, aldrig klockan

F1 = "SAMLAST_projektplan_v1.0.pdf"
F2 = "SAMLAST_styrgrupp_protokoll_2026-11-19.docx"
F3 = "RUN_protokollsutdrag_2027-01-28_p12.txt"
F4 = "SAMLAST_ny_projektledare_2027-02-08.eml"
F5 = "regionvastmanland_nyhet_samlast_startar_i_april.md"
F6 = "SAMLAST_lagesrapport_RUN_2027-06-10_anteckningssidor.pdf"


# ---------------------------------------------------------------------------
# 1. Projektplan – PDF, marginaljusterad text med manuell avstavning där även
#    belopp, datum och kommunnamn bryts över radslut; löpande sidhuvud/sidfot.
# ---------------------------------------------------------------------------
def _fixed_pdf_date(c, ymdhms, tz_hours):
    """Fast (inte klockbaserat) skapande-/ändringsdatum i PDF:ens Info."""
    ts = c._doc._timeStamp
    ts.YMDhms = ymdhms
    ts.dhh = tz_hours
    ts.dmm = 0


def make_projektplan(path):
    W, H = A4
    LM = 85.0
    BODY_W = 400.0
    FONT, SIZE, LEAD = "Helvetica", 10.5, 14.2

    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("SAMLAST – Projektplan v1.0")
    c.setAuthor("Region Västmanland, Regional utveckling")
    c.setSubject("Projektplan SAMLAST")
    c.setCreator("Microsoft® Word för Microsoft 365")
    c.setProducer("Microsoft® Word för Microsoft 365")
    _fixed_pdf_date(c, (2026, 9, 14, 10, 12, 31), 2)

    total_pages = 3

    def chrome(page_no):
        c.setFont("Helvetica", 8.5)
        c.setFillGray(0.35)
        c.drawString(LM, H - 45, "SAMLAST – Projektplan v1.0 (fastställd 2026-09-14)")
        c.drawRightString(LM + BODY_W, H - 45, "Region Västmanland")
        c.setLineWidth(0.4)
        c.line(LM, H - 50, LM + BODY_W, H - 50)
        c.line(LM, 62, LM + BODY_W, 62)
        c.drawString(LM, 50, "Dnr RV 2026-0412")
        c.drawRightString(LM + BODY_W, 50, "Sida %d av %d" % (page_no, total_pages))
        c.setFillGray(0)

    def justified(lines, y):
        """Skriv förbrutna rader; alla utom sista raden spärras ut."""
        for i, line in enumerate(lines):
            t = c.beginText(LM, y)
            t.setFont(FONT, SIZE)
            last = i == len(lines) - 1
            n_sp = line.count(" ")
            if not last and n_sp:
                extra = (BODY_W - stringWidth(line, FONT, SIZE)) / n_sp
                if extra < 0:
                    raise ValueError("för lång rad: " + line)
                t.setWordSpace(extra)
            t.textOut(line)
            c.drawText(t)
            y -= LEAD
        return y - 6

    def heading(txt, y):
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(LM, y, txt)
        return y - 17

    # ---------------- sida 1
    chrome(1)
    y = H - 110
    c.setFont("Helvetica-Bold", 26)
    c.drawString(LM, y, "SAMLAST")
    y -= 22
    c.setFont("Helvetica", 13)
    c.drawString(LM, y, "Projektplan för samordnade leveranser till landsbygdens butiker")
    y -= 16
    c.drawString(LM, y, "och storkök i Västmanland")
    y -= 18
    c.setFont("Helvetica-Oblique", 9.5)
    c.drawString(LM, y, "Version 1.0 – fastställd av styrgruppen 2026-09-14")
    y -= 34

    y = heading("1. Bakgrund och syfte", y)
    y = justified([
        "SAMLAST (Samordnad lastning och leverans på landsbygden) är ett",
        "utvecklingsprojekt som ägs av Region Västmanland, avdelningen för",
        "regional utveckling. Små butiker, skolkök och äldreboenden på lands-",
        "bygden får i dag varor från många olika leverantörer, ofta med halv-",
        "tomma bilar och på tider som inte passar mottagarna. Projektet ska",
        "pröva en gemensam samlastningscentral dit leverantörerna lämnar sina",
        "varor och varifrån en upphandlad transportör kör samlade leveranser.",
    ], y)

    y = heading("2. Mål", y)
    y = justified([
        "Projektet ska minska antalet leveranstransporter till de deltagande mot-",
        "tagarna med 25 procent jämfört med 2026 och samtidigt behålla minst",
        "två leveranstillfällen per vecka för varje mottagare. Effekten på ut-",
        "släpp och på mottagarnas arbetstid följs upp av Mälardalens universitet.",
    ], y)

    y = heading("3. Deltagande kommuner och mottagare", y)
    y = justified([
        "I projektet deltar Sala, Norberg, Fagersta, Skinnskatteberg och Sura-",
        "hammar. Samlastningscentralen placeras i Sala, på Norrmalms industri-",
        "område. Leveranser sker på tisdagar och torsdagar. Deltagandet är kost-",
        "nadsfritt för mottagarna under pilotperioden. Målet är att minst 12 mot-",
        "tagare ska vara anslutna när piloten startar.",
    ], y)

    y = heading("4. Tidplan", y)
    y = justified([
        "Projektperioden är 2026-10-01 – 2028-09-30. Transporttjänsten upphand-",
        "las under hösten 2026 och pilotverksamheten startar den 1",
        "mars 2027. Mälardalens universitet (MDU) svarar för följeforskningen",
        "och lämnar en slutrapport senast den 30 juni 2028.",
    ], y)
    c.showPage()

    # ---------------- sida 2
    chrome(2)
    y = H - 95
    y = heading("5. Budget och finansiering", y)
    y = justified([
        "Projektets totala budget är 4 860 000 kr, varav Region Västmanland",
        "bidrar med 1 900",
        "000 kr, de fem kommunerna med 300 000 kr vardera och Tillväxtverket",
        "(regionalfonden) med 1 460 000 kr. Kommunernas insats kan delvis be-",
        "stå av arbetstid.",
    ], y)
    # tabell
    rows = [
        ("Finansiär", "Belopp, kr"),
        ("Region Västmanland", "1 900 000"),
        ("Kommunerna (5 × 300 000 kr)", "1 500 000"),
        ("Tillväxtverket, regionalfonden", "1 460 000"),
        ("Summa", "4 860 000"),
    ]
    c.setLineWidth(0.5)
    y -= 4
    for i, (a, b) in enumerate(rows):
        bold = i in (0, len(rows) - 1)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        c.drawString(LM + 4, y, a)
        c.drawRightString(LM + 300, y, b)
        c.line(LM, y - 5, LM + 310, y - 5)
        y -= 17
    y -= 14

    y = heading("6. Organisation", y)
    y = justified([
        "Projektägare är Region Västmanland. Styrgruppens ordförande är Maria Ek-",
        "holm, enhetschef för regional tillväxt. Projektledare är Karin Lindqvist.",
        "I styrgruppen ingår en representant för varje deltagande kommun. En",
        "referensgrupp med handlare och kostchefer träffas två gånger per år.",
    ], y)

    y = heading("7. Risker", y)
    y = justified([
        "Den största risken är att upphandlingen av transporttjänsten överprövas,",
        "vilket kan försena pilotstarten. En annan risk är att leverantörerna inte",
        "vill lämna varor vid samlastningscentralen. Båda riskerna följs upp vid",
        "varje styrgruppsmöte.",
    ], y)
    c.showPage()

    # ---------------- sida 3
    chrome(3)
    y = H - 95
    y = heading("8. Uppföljning och rapportering", y)
    y = justified([
        "Projektledaren rapporterar till styrgruppen vid varje möte och till re-",
        "gionala utvecklingsnämnden (RUN) en gång per år. Antalet transporter",
        "mäts per vecka och jämförs med samma veckor året innan.",
    ], y)
    y = heading("Bilaga: Ordlista", y)
    gloss = [
        ("Mottagare", "butik, skolkök eller äldreboende som tar emot leveranser."),
        ("MDU", "Mälardalens universitet, ansvarar för följeforskningen."),
        ("RUN", "Regionala utvecklingsnämnden i Region Västmanland."),
        ("Samlastningscentral", "lokal där varor från flera leverantörer sorteras"),
        ("", "och lastas för gemensam leverans."),
        ("Storkök", "kök som lagar mat till skola eller äldreomsorg."),
    ]
    for term, expl in gloss:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(LM, y, term)
        c.setFont("Helvetica", 10)
        c.drawString(LM + 120, y, expl)
        y -= 14
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 2. Styrgruppsprotokoll – DOCX ur en skyddad protokollsmall med äldre
#    formulärfält (FORMTEXT/FORMCHECKBOX). Kryssrutornas läge finns bara i
#    fältdata (w:ffData/w:checkBox/w:checked), inte i texten.
# ---------------------------------------------------------------------------
_FF_COUNTER = [0]


def _fld_begin_text(name, default=None):
    r = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    ff = OxmlElement("w:ffData")
    n = OxmlElement("w:name"); n.set(qn("w:val"), name); ff.append(n)
    ff.append(OxmlElement("w:enabled"))
    coe = OxmlElement("w:calcOnExit"); coe.set(qn("w:val"), "0"); ff.append(coe)
    ti = OxmlElement("w:textInput")
    if default is not None:
        d = OxmlElement("w:default"); d.set(qn("w:val"), default); ti.append(d)
    ff.append(ti)
    fc.append(ff)
    r.append(fc)
    return r


def _fld_begin_check(name, checked):
    r = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    ff = OxmlElement("w:ffData")
    n = OxmlElement("w:name"); n.set(qn("w:val"), name); ff.append(n)
    ff.append(OxmlElement("w:enabled"))
    coe = OxmlElement("w:calcOnExit"); coe.set(qn("w:val"), "0"); ff.append(coe)
    cb = OxmlElement("w:checkBox")
    cb.append(OxmlElement("w:sizeAuto"))
    d = OxmlElement("w:default"); d.set(qn("w:val"), "0"); cb.append(d)
    if checked:
        ch = OxmlElement("w:checked"); cb.append(ch)
    ff.append(cb)
    fc.append(ff)
    r.append(fc)
    return r


def _instr(text):
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = text
    r.append(it)
    return r


def _fld_char(kind):
    r = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), kind)
    r.append(fc)
    return r


def _text_run(text, noproof=False, bold=False):
    r = OxmlElement("w:r")
    if noproof or bold:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if noproof:
            rpr.append(OxmlElement("w:noProof"))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def formtext(par, value, default=None):
    _FF_COUNTER[0] += 1
    p = par._p
    p.append(_fld_begin_text("Text%d" % _FF_COUNTER[0], default))
    p.append(_instr(" FORMTEXT "))
    p.append(_fld_char("separate"))
    p.append(_text_run(value, noproof=True))
    p.append(_fld_char("end"))


def formcheck(par, checked):
    _FF_COUNTER[0] += 1
    p = par._p
    p.append(_fld_begin_check("Kryss%d" % _FF_COUNTER[0], checked))
    p.append(_instr(" FORMCHECKBOX "))
    p.append(_fld_char("end"))


def plain(par, text, bold=False):
    par._p.append(_text_run(text, bold=bold))


FIXED_ZIP_TIME = (2026, 11, 20, 9, 14, 0)


def _rezip_deterministic(data, out_path, patch=None):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if patch:
                blob = patch(info.filename, blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)


def make_protokoll(path):
    _FF_COUNTER[0] = 0
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = Cm(2.5); sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland\tPROTOKOLL\tStyrgruppen SAMLAST"
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur: ________   ________\tMall: PROT-STYR v3 (skyddad för formulär)"

    cp = d.core_properties
    cp.author = "Karin Lindqvist"
    cp.last_modified_by = "Karin Lindqvist"
    cp.title = "Protokoll styrgruppen SAMLAST"
    cp.created = _dt.datetime(2026, 11, 19, 15, 42, 0)
    cp.modified = _dt.datetime(2026, 11, 20, 9, 14, 0)
    cp.revision = 4

    t = d.add_paragraph()
    r = t.add_run("Protokoll – styrgruppsmöte SAMLAST")
    r.bold = True; r.font.size = Pt(16)

    meta = d.add_table(rows=0, cols=2)
    meta.style = "Table Grid"
    for label, value, default in [
        ("Datum", "2026-11-19", "ÅÅÅÅ-MM-DD"),
        ("Tid", "13.00–15.30", "hh.mm–hh.mm"),
        ("Plats", "Fagersta, Kulturhuset, sal Bergslagen (samt Teams)", "Plats"),
        ("Ordförande", "Maria Ekholm", "Namn"),
        ("Sekreterare", "Karin Lindqvist", "Namn"),
        ("Justerare", "Jonas Berg, Norbergs kommun", "Namn, organisation"),
        ("Bilagor", "\u2002\u2002\u2002\u2002\u2002", None),
    ]:
        row = meta.add_row()
        row.cells[0].paragraphs[0].add_run(label).bold = True
        formtext(row.cells[1].paragraphs[0], value, default)

    d.add_paragraph()
    p = d.add_paragraph(); plain(p, "Närvaro", bold=True)
    att = d.add_table(rows=1, cols=4)
    att.style = "Table Grid"
    for i, h in enumerate(["Namn", "Organisation", "Närvarande", "Frånvarande"]):
        att.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    people = [
        ("Maria Ekholm", "Region Västmanland (ordf.)", True),
        ("Karin Lindqvist", "Region Västmanland (projektledare)", True),
        ("Sanna Nyström", "Sala kommun", True),
        ("Jonas Berg", "Norbergs kommun", True),
        ("Mikael Öhrn", "Fagersta kommun", True),
        ("Eva Dahl", "Skinnskattebergs kommun", True),
        ("Robert Kask", "Surahammars kommun", False),
        ("Linnea Strand", "Kungsörs kommun (adjungerad §§ 1–5)", True),
    ]
    for name, org, present in people:
        row = att.add_row()
        row.cells[0].paragraphs[0].add_run(name)
        row.cells[1].paragraphs[0].add_run(org)
        formcheck(row.cells[2].paragraphs[0], present)
        formcheck(row.cells[3].paragraphs[0], not present)

    def para_heading(txt):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(txt); r.bold = True

    def text(txt):
        return d.add_paragraph(txt)

    para_heading("§ 1  Mötets öppnande")
    text("Ordföranden öppnar mötet och hälsar Linnea Strand från Kungsörs kommun välkommen.")
    para_heading("§ 2  Val av justerare")
    p = d.add_paragraph("Till justerare utses ")
    formtext(p, "Jonas Berg", "Namn")
    plain(p, ".")
    para_heading("§ 3  Lägesrapport")
    text("Projektledaren redovisar läget. Elva mottagare har hittills anmält intresse. "
         "Avtal med leverantörerna om inlämning vid samlastningscentralen i Sala är klara för sju av nio grossister.")

    para_heading("§ 4  Tidplan för pilotdrift")
    text("Upphandlingen av transporttjänsten har överprövats i Förvaltningsrätten i Uppsala. "
         "Dom väntas tidigast i januari 2027. Projektledaren bedömer därför att en transportör "
         "inte kan vara på plats till den planerade pilotstarten.")
    p = d.add_paragraph(); plain(p, "Styrgruppen beslutar", bold=True)
    p = d.add_paragraph(); formcheck(p, False); plain(p, " att behålla pilotstarten den 1 mars 2027")
    p = d.add_paragraph(); formcheck(p, True); plain(p, " att flytta pilotstarten till den 12 april 2027")
    p = d.add_paragraph(); formcheck(p, False); plain(p, " att avvakta domen och fatta beslut vid nästa möte")

    para_heading("§ 5  Ansökan från Kungsörs kommun")
    text("Kungsörs kommun har i skrivelse 2026-10-30 ansökt om att få ansluta till SAMLAST "
         "med två skolkök och en butik i Valskog. Kungsör står för sin egen andel av "
         "kommunernas medfinansiering, 300 000 kr.")
    p = d.add_paragraph(); plain(p, "Styrgruppen beslutar att ansökan", bold=True)
    p = d.add_paragraph(); formcheck(p, True); plain(p, " bifalls")
    p = d.add_paragraph(); formcheck(p, False); plain(p, " avslås")
    p = d.add_paragraph(); formcheck(p, False); plain(p, " bordläggs till nästa möte")
    text("Kungsörs kommun erbjuds en plats i styrgruppen. Projektledaren får i uppdrag att "
         "ta fram underlag om utökad medfinansiering till regionala utvecklingsnämnden.")

    para_heading("§ 6  Leveransdagar")
    text("Flera butiker får grossistleverans av färskvaror på torsdagar. Styrgruppen beslutar "
         "att leveransdagarna ändras från tisdag och torsdag till tisdag och fredag.")

    para_heading("§ 7  Surahammars deltagande")
    text("Surahammars kommun har anmält förhinder. Frågan om kommunens fortsatta deltagande tas upp vid nästa möte.")

    para_heading("§ 8  Nästa möte")
    p = d.add_paragraph("Nästa möte: ")
    formtext(p, "2027-02-11 kl. 13.00, Teams", "Datum, tid, plats")

    d.add_paragraph()
    p = d.add_paragraph("Vid protokollet: ")
    formtext(p, "Karin Lindqvist", "Namn")
    p = d.add_paragraph("Justeras: ")
    formtext(p, "Maria Ekholm", "Namn")
    plain(p, "    ")
    formtext(p, "Jonas Berg", "Namn")

    buf = io.BytesIO()
    d.save(buf)

    def patch(name, blob):
        if name == "word/settings.xml":
            s = blob.decode("utf-8")
            prot = ('<w:documentProtection w:edit="forms" w:enforcement="1"/>')
            # schemaordning: ... zoom, proofState, ..., documentProtection, defaultTabStop ...
            if "<w:defaultTabStop" in s:
                i = s.index("<w:defaultTabStop")
                s = s[:i] + prot + s[i:]
            else:
                i = s.index(">", s.index("<w:settings")) + 1
                s = s[:i] + prot + s[i:]
            blob = s.encode("utf-8")
        return blob

    _rezip_deterministic(buf.getvalue(), path, patch)


# ---------------------------------------------------------------------------
# 3. Protokollsutdrag från e-anslagstavlan – TXT (CRLF, sidbrytning med \f).
#    Anslagsbevis med många datum överst; förvaltningens förslag och
#    ordförandens yrkande står före det ändringsyrkande som vann.
# ---------------------------------------------------------------------------
TXT3 = """REGION VÄSTMANLAND                                  PROTOKOLLSUTDRAG
Regionala utvecklingsnämnden                        Sammanträdesdatum
                                                    2027-01-28

ANSLAGSBEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag
på Region Västmanlands digitala anslagstavla.

Organ                          Regionala utvecklingsnämnden
Sammanträdesdatum              2027-01-28
Paragrafer                     §§ 1–19
Protokollet justerat           2027-02-03
Datum då anslaget sätts upp    2027-02-04
Datum då anslaget tas ned      2027-02-26
Sista dag för överklagande     2027-02-25
Förvaringsplats för protokollet  Regionhuset, Västerås
Underskrift                    Elin Sjöberg, nämndsekreterare

------------------------------------------------------------------------

§ 12   Utökad medfinansiering av projektet SAMLAST – samordnad
       lastning och leverans på landsbygden
       Dnr RV 2026-0412

Ärendebeskrivning
Regionala utvecklingsnämnden beslutade 2026-06-17, § 88, att
medfinansiera projektet SAMLAST med 1 900 000 kronor för perioden
2026-10-01 – 2028-09-30. Projektet ägs av Region Västmanland och
genomförs tillsammans med kommunerna i norra och västra Västmanland.

Styrgruppen beslutade 2026-11-19 att Kungsörs kommun ansluter till
projektet och att pilotstarten flyttas på grund av en överprövning
av upphandlingen. Anbudet från den transportör som vann upphandlingen
är högre än beräknat, bland annat eftersom kylkedjan ska kunna
dokumenteras för skolköken.

Förvaltningens förslag till beslut (tjänsteskrivelse 2027-01-11)
1. Region Västmanlands medfinansiering av projektet SAMLAST utökas
   från 1 900 000 kronor till 2 400 000 kronor.
2. Medlen tas från anslaget för regionala utvecklingsinsatser
   2027–2028.

Yrkanden
Ordföranden Anders Holm (S) yrkar bifall till förvaltningens förslag.

Lena Forsberg (C) yrkar, med instämmande av Per Lundgren (M), att
medfinansieringen utökas till 2 150 000 kronor och att projektet i
övrigt finansierar ökningen inom befintlig budget genom att minska
posten för extern kommunikation.

Beslutsgång
Ordföranden ställer proposition på förvaltningens förslag mot Lena
Forsbergs ändringsyrkande och finner att nämnden bifaller
förvaltningens förslag. Votering begärs och genomförs. Med 7 röster
mot 6 beslutar nämnden enligt Lena Forsbergs ändringsyrkande.
Voteringslista, se bilaga 1 till protokollet.
\f
REGION VÄSTMANLAND                                  PROTOKOLLSUTDRAG
Regionala utvecklingsnämnden                        2027-01-28

Beslut
Regionala utvecklingsnämnden beslutar
1. Region Västmanlands medfinansiering av projektet SAMLAST utökas
   från 1 900 000 kronor till 2 150 000 kronor.
2. Projektets totala budget uppgår därmed till 5 410 000 kronor.
3. Medlen tas från anslaget för regionala utvecklingsinsatser
   2027–2028.
4. Projektledaren ska lämna en lägesrapport till nämnden i juni 2027.

Reservation
Anders Holm (S), Mona Virtanen (S), Karl-Erik Sund (S) och
Sara Öberg (V) reserverar sig mot beslutet till förmån för
förvaltningens förslag.

Expedieras
Projektledaren för SAMLAST
Ekonomienheten, Regional utveckling
Kommunerna Sala, Norberg, Fagersta, Skinnskatteberg, Surahammar
och Kungsör

Justerandes signatur        Utdragsbestyrkande
AH  LF                      ES
"""


def make_txt(path):
    data = TXT3.replace("\n", "\r\n").encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 4. E-post – EML där själva beskedet bara står i den RFC 2047-kodade
#    ämnesraden (=?utf-8?q?...?=, mellanslag som "_"); brödtexten säger "se ämnesraden" och signaturen
#    är inaktuell. Brödtext i format=flowed.
# ---------------------------------------------------------------------------
def make_eml(path):
    subject = ("SAMLAST: Ahmed Haddad ny projektledare fr.o.m. 1 mars "
               "– Surahammar lämnar projektet")
    enc_subject = Header(subject, "utf-8").encode(maxlinelen=76)
    body = (
        "Hej alla,\r\n"
        "\r\n"
        "se ämnesraden! Vi tar resten på styrgruppen på torsdag 11/2, då \r\n"
        "Ahmed också är med och presenterar sig.\r\n"
        "\r\n"
        "Tack för ett fint samarbete hittills.\r\n"
        "\r\n"
        "/Karin\r\n"
        "\r\n"
        "-- \r\n"
        "Karin Lindqvist\r\n"
        "Projektledare SAMLAST\r\n"
        "Region Västmanland | Regional utveckling\r\n"
        "Tel. 021-481 00 00 (växel)\r\n"
        "karin.lindqvist@regionvastmanland.se\r\n"
        "\r\n"
        "När du skickar e-post till Region Västmanland behandlar vi dina \r\n"
        "personuppgifter enligt dataskyddsförordningen. Läs mer på \r\n"
        "regionvastmanland.se/personuppgifter.\r\n"
    )
    headers = (
        "Received: from EX-MBX04.regionvastmanland.se (10.40.2.14) by\r\n"
        " EX-MBX02.regionvastmanland.se (10.40.2.12) with Microsoft SMTP Server\r\n"
        " id 15.2.1544.4; Mon, 8 Feb 2027 16:42:13 +0100\r\n"
        "From: Karin Lindqvist <karin.lindqvist@regionvastmanland.se>\r\n"
        "To: Styrgruppen SAMLAST <samlast-styrgrupp@regionvastmanland.se>\r\n"
        "CC: Ahmed Haddad <ahmed.haddad@regionvastmanland.se>\r\n"
        "Subject: " + enc_subject.replace("\n", "\r\n") + "\r\n"
        "Thread-Topic: " + enc_subject.replace("\n", "\r\n") + "\r\n"
        "Thread-Index: AdlaC3xJ8q0RmV2kTnyO4bq9zUo1Qw==\r\n"
        "Date: Mon, 8 Feb 2027 16:42:11 +0100\r\n"
        "Message-ID: <GV1P189MB1842A7C3D0E45F0B9C2E1A4BD6092@GV1P189MB1842.EURP189.PROD.OUTLOOK.COM>\r\n"
        "Accept-Language: sv-SE, en-US\r\n"
        "Content-Language: sv-SE\r\n"
        "X-MS-Has-Attach:\r\n"
        "X-MS-TNEF-Correlator:\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=\"utf-8\"; format=flowed\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
    )
    with open(path, "wb") as f:
        f.write(headers.encode("ascii") + body.encode("utf-8"))


# ---------------------------------------------------------------------------
# 5. Webbnyhet klippt med MarkDownload – MD med klippmetadata, kakbanner,
#    meny, brödsmulor, uppdateringsruta, inaktuell bildtext och
#    "Relaterat"-puffar med gamla rubriker.
# ---------------------------------------------------------------------------
MD5 = """---
created: 2027-03-23T08:51:40 (UTC +01:00)
tags: []
source: https://www.regionvastmanland.se/regional-utveckling/nyheter/2027/samordnade-leveranser-till-landsbygden-startar-i-april/
author: 
---

# Samordnade leveranser till landsbygden startar i april - Region Västmanland

> ## Excerpt
> Från april kör en gemensam transportör ut varor till butiker och storkök på landsbygden i fem kommuner.

---
[Hoppa till huvudinnehåll](#main)

Vi använder kakor (cookies) för att webbplatsen ska fungera och för att göra den bättre. [Läs mer om kakor](https://www.regionvastmanland.se/om-webbplatsen/kakor/)

[Acceptera alla kakor](#) [Endast nödvändiga kakor](#)

[![Region Västmanland](https://www.regionvastmanland.se/static/logo.svg)](https://www.regionvastmanland.se/)

-   [Hälsa och vård](https://www.regionvastmanland.se/halsa-och-vard/)
-   [Regional utveckling](https://www.regionvastmanland.se/regional-utveckling/)
-   [Kultur](https://www.regionvastmanland.se/kultur/)
-   [Kollektivtrafik](https://www.regionvastmanland.se/kollektivtrafik/)
-   [Om Region Västmanland](https://www.regionvastmanland.se/om-region-vastmanland/)

[Start](https://www.regionvastmanland.se/) / [Regional utveckling](https://www.regionvastmanland.se/regional-utveckling/) / [Nyheter](https://www.regionvastmanland.se/regional-utveckling/nyheter/) /

# Samordnade leveranser till landsbygden startar i april

Publicerad 10 mars 2027, uppdaterad 22 mars 2027

**Uppdatering 22 mars 2027:** Starten är flyttad en vecka, till måndag 19 april 2027. Transportören behöver mer tid för att montera kylaggregat i två av bilarna. Texten nedan är uppdaterad.

![Lastbil med kylaggregat framför en lagerbyggnad](https://www.regionvastmanland.se/globalassets/regional-utveckling/nyheter/2027/samlast-lastbil.jpg?w=800)

Från den 12 april kör Svanå Frakt AB samordnade leveranser från samlastningscentralen i Sala. Foto: Region Västmanland

**Från och med 19 april 2027 får lanthandlar, skolkök och äldreboenden i fem västmanländska kommuner sina varor samlade i en och samma leverans. Målet är färre lastbilar på småvägarna och mer tid för personalen i butikerna och köken.**

Projektet SAMLAST drivs av Region Västmanland tillsammans med Sala, Norberg, Fagersta, Skinnskatteberg och Kungsör. Kungsör anslöt till projektet i november, och Surahammar har lämnat det.

Leverantörerna lämnar varorna på samlastningscentralen i Sala. Därifrån kör Svanå Frakt AB, som vann upphandlingen av transporttjänsten, ut varorna på tisdagar och fredagar. I dag är 14 butiker och storkök anslutna.

– I stället för sex eller sju bilar i veckan kommer det två. Det märks både på vägarna och i butiken, säger Ahmed Haddad, projektledare för SAMLAST på Region Västmanland.

Mälardalens universitet följer piloten och mäter hur antalet transporter förändras.

## Så anmäler du intresse

Butiker, skolkök och äldreboenden i de fem kommunerna kan anmäla intresse senast 31 mars 2027 via formuläret nedan. Det är kostnadsfritt att delta under pilotperioden, som pågår till 30 juni 2028.

[Anmäl intresse](https://www.regionvastmanland.se/regional-utveckling/samlast/anmalan/)

## Kontakt

Ahmed Haddad, projektledare SAMLAST  
Telefon: 021-481 00 00 (växel)  
E-post: [ahmed.haddad@regionvastmanland.se](mailto:ahmed.haddad@regionvastmanland.se)

Dela: [Facebook](https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.regionvastmanland.se%2Fregional-utveckling%2Fnyheter%2F2027%2Fsamordnade-leveranser-till-landsbygden-startar-i-april%2F) [LinkedIn](https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fwww.regionvastmanland.se%2Fregional-utveckling%2Fnyheter%2F2027%2Fsamordnade-leveranser-till-landsbygden-startar-i-april%2F) [E-post](mailto:?subject=Samordnade%20leveranser%20till%20landsbygden%20startar%20i%20april)

Var sidan till hjälp?

[Ja](#) [Nej](#)

## Relaterat

-   [Pilotstart för SAMLAST flyttas till 12 april](https://www.regionvastmanland.se/regional-utveckling/nyheter/2026/pilotstart-for-samlast-flyttas/)  
    24 november 2026
-   [Fem kommuner går ihop om leveranser på landsbygden](https://www.regionvastmanland.se/regional-utveckling/nyheter/2026/fem-kommuner-gar-ihop/)  
    20 september 2026
-   [Regionala utvecklingsnämnden ökar stödet till landsbygdsservice](https://www.regionvastmanland.se/regional-utveckling/nyheter/2027/run-okar-stodet/)  
    5 februari 2027

Sidan uppdaterades senast: 22 mars 2027

Region Västmanland  
Box 000, 721 89 Västerås  
Växel: 021-481 00 00

[Om webbplatsen](https://www.regionvastmanland.se/om-webbplatsen/) [Tillgänglighetsredogörelse](https://www.regionvastmanland.se/om-webbplatsen/tillganglighet/) [Behandling av personuppgifter](https://www.regionvastmanland.se/personuppgifter/)
"""


def make_md(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(MD5)


# ---------------------------------------------------------------------------
# 6. Lägesrapport – PowerPoint utskriven som "Anteckningssidor" till PDF:
#    bilden överst (med gamla siffror och ett fast datum i bildmallens
#    sidfot), talaranteckningarna under rättar bilden.
# ---------------------------------------------------------------------------
SLIDES = [
    {
        "title": "SAMLAST – lägesrapport",
        "sub": ["Regionala utvecklingsnämnden", "Ahmed Haddad, projektledare"],
        "bullets": [],
        "notes": [
            "Tack för att jag får komma. Jag tog över som projektledare i mars när "
            "Karin Lindqvist gick på föräldraledighet.",
            "Bilderna är i stort sett desamma som vi visade för styrgruppen i mars. "
            "Där siffrorna har ändrats sedan dess säger jag det – se anteckningarna.",
        ],
    },
    {
        "title": "Läget i korthet",
        "bullets": [
            "Piloten startade 19 april 2027",
            "5 kommuner: Sala, Norberg, Fagersta, Skinnskatteberg och Kungsör",
            "14 anslutna mottagare (8 butiker, 6 storkök)",
            "Leveransdagar: tisdag och fredag",
            "Transportör: Svanå Frakt AB",
        ],
        "notes": [
            "OBS, siffran 14 på bilden är från mars. I dag, 10 juni, är 19 mottagare "
            "anslutna: Kungsörs två skolkök och tre butiker i Norberg har tillkommit sedan dess.",
            "Surahammar lämnade projektet i februari. Arboga och Köping har hört av sig "
            "men är inte med i piloten.",
        ],
    },
    {
        "title": "Resultat hittills",
        "bullets": [
            "Leveranstransporter: -22 % (mål: -25 %)",
            "312 samlastade leveranser vecka 16–22",
            "Inga avvikelser i kylkedjan",
        ],
        "notes": [
            "De 22 procenten gäller vecka 16–22 jämfört med samma veckor 2026. "
            "Vi räknar antal transporter till mottagarna, inte fordonskilometer.",
            "MDU tittar på utsläpp och arbetstid i butikerna, men några siffror på det "
            "finns inte ännu.",
        ],
    },
    {
        "title": "Ekonomi (tkr)",
        "table": [
            ("Finansiär", "Budget"),
            ("Region Västmanland", "2 150"),
            ("Kommunerna (5 × 300)", "1 500"),
            ("Tillväxtverket", "1 460"),
            ("Totalt", "5 110"),
            ("Utfall t.o.m. maj 2027", "1 284"),
        ],
        "notes": [
            "Alla belopp på bilden är i tusental kronor. Totalen har sjunkit från "
            "5 410 till 5 110 tkr eftersom Surahammars andel på 300 tkr försvann "
            "när kommunen lämnade projektet.",
            "Regionens del är 2 150 tkr efter nämndens beslut i januari.",
        ],
    },
    {
        "title": "Utvärdering",
        "bullets": [
            "Följeforskning: Mälardalens universitet (MDU)",
            "Delrapport: december 2027",
            "Slutrapport: 30 juni 2028",
        ],
        "notes": [
            "Rättelse till bilden: MDU:s slutrapport kommer den 31 oktober 2028, "
            "inte 30 juni 2028. Styrgruppen godkände ändringen den 27 maj eftersom "
            "piloten kom i gång senare än planerat. Delrapporten i december ligger kvar.",
        ],
    },
    {
        "title": "Nästa steg",
        "bullets": [
            "Fler mottagare i Sala och Fagersta under hösten",
            "Utreda om Arboga och Köping kan anslutas 2028",
            "Beslut om fortsättning efter piloten: styrgruppen december 2027",
        ],
        "notes": [
            "Frågan om vad det ska kosta mottagarna efter piloten är inte avgjord. "
            "Vi återkommer till nämnden när styrgruppen har tagit ställning.",
        ],
    },
]


def _wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if stringWidth(cand, font, size) <= width:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def make_notes_pdf(path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("SAMLAST lägesrapport RUN 2027-06-10")
    c.setAuthor("Ahmed Haddad")
    c.setCreator("Microsoft® PowerPoint® för Microsoft 365")
    c.setProducer("Microsoft® PowerPoint® för Microsoft 365")
    _fixed_pdf_date(c, (2027, 6, 9, 16, 27, 5), 2)
    SX, SW = 72.0, W - 144.0
    SH = SW * 9.0 / 16.0
    STOP = H - 70.0
    SBOT = STOP - SH
    for n, s in enumerate(SLIDES, start=1):
        # sidhuvud för anteckningssidan
        c.setFont("Helvetica", 8.5)
        c.setFillGray(0.3)
        c.drawString(SX, H - 40, "SAMLAST – RUN 2027-06-10")
        c.drawRightString(SX + SW, H - 40, "2027-06-10")
        c.setFillGray(0)
        # bildens ram
        c.setLineWidth(0.8)
        c.rect(SX, SBOT, SW, SH)
        c.setFillColorRGB(0.0, 0.33, 0.45)
        c.rect(SX, STOP - 6, SW, 6, stroke=0, fill=1)
        c.setFillGray(0)
        sx = SX + 22
        y = STOP - 40
        if n == 1:
            c.setFont("Helvetica-Bold", 22)
            c.drawString(sx, SBOT + SH * 0.55, s["title"])
            c.setFont("Helvetica", 13)
            yy = SBOT + SH * 0.55 - 26
            for line in s["sub"]:
                c.drawString(sx, yy, line)
                yy -= 17
        else:
            c.setFont("Helvetica-Bold", 17)
            c.drawString(sx, y, s["title"])
            y -= 28
            if "table" in s:
                for i, (a, b) in enumerate(s["table"]):
                    bold = i == 0 or a == "Totalt"
                    c.setFont("Helvetica-Bold" if bold else "Helvetica", 11)
                    c.drawString(sx + 6, y, a)
                    c.drawRightString(sx + 300, y, b)
                    c.setLineWidth(0.3)
                    c.line(sx, y - 4, sx + 310, y - 4)
                    y -= 18
            for b in s.get("bullets", []):
                c.setFont("Helvetica", 11.5)
                c.drawString(sx + 4, y, "\u2022")
                c.drawString(sx + 18, y, b)
                y -= 19
        # bildmallens sidfot (fast datum från marsversionen)
        c.setFont("Helvetica", 7)
        c.setFillGray(0.4)
        c.drawString(SX + 10, SBOT + 8, "Region Västmanland | SAMLAST | 2027-03-15")
        c.drawRightString(SX + SW - 10, SBOT + 8, str(n))
        c.setFillGray(0)
        # anteckningar
        y = SBOT - 36
        for para in s["notes"]:
            for line in _wrap(para, "Helvetica", 11, SW):
                c.setFont("Helvetica", 11)
                c.drawString(SX, y, line)
                y -= 15
            y -= 7
        # sidfot anteckningssida
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 40, str(n))
        c.showPage()
    c.save()


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_projektplan(os.path.join(out, F1))
    make_protokoll(os.path.join(out, F2))
    make_txt(os.path.join(out, F3))
    make_eml(os.path.join(out, F4))
    make_md(os.path.join(out, F5))
    make_notes_pdf(os.path.join(out, F6))
    for fn in (F1, F2, F3, F4, F5, F6):
        print(fn, os.path.getsize(os.path.join(out, fn)))


if __name__ == "__main__":
    main()
