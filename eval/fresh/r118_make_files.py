#!/usr/bin/env python
"""Round 118: six new documents for Kunskapsbanken (deterministic).

Usage: python r118_make_files.py OUT_DIR

Documents
 1. PDF  Interpellation och interpellationssvar (Region Västernorrland, regionfullmäktige)
 2. PDF  Uppdragsdirektiv med tilläggsdirektiv (Kompetensutredningen, RUN)
 3. DOCX Kommunikationsplan (Jobbspåret Kalmar län) with revision table
 4. DOCX Attest- och beslutsordning (Jobbspåret Kalmar län) with a revised budget
 5. TXT  Diarieutdrag (registry extract) in fixed-width columns with a handler legend
 6. MD   Avvikelserapport (incident report) from Arbetsförmedlingen Sundsvall
"""
import os
import sys
import zipfile

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import datetime as dt

SHY = "\u00ad"
W, H = A4


# --------------------------------------------------------------------------- PDF helpers
def wrap(text, font, size, width):
    """Wrap text to width; long words may break at soft hyphens (drawn as '-')."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if stringWidth(cand.replace(SHY, ""), font, size) <= width:
            cur = cand
            continue
        if SHY in w:
            parts = w.split(SHY)
            best = None
            for i in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:i]) + "-"
                c2 = (cur + " " + head) if cur else head
                if stringWidth(c2.replace(SHY, ""), font, size) <= width:
                    best = i
                    break
            if best:
                lines.append(((cur + " ") if cur else "") + "".join(parts[:best]) + "-")
                cur = SHY.join(parts[best:])
                continue
        if cur:
            lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return [ln.replace(SHY, "") for ln in lines]


class DecoCanvas(canvas.Canvas):
    """Canvas that draws running header/footer with 'page N of M' at save time."""

    def __init__(self, path, deco, **kw):
        super().__init__(path, pagesize=A4, invariant=1, **kw)
        self._deco = deco
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for i, st in enumerate(self._saved, 1):
            self.__dict__.update(st)
            self._deco(self, i, n)
            canvas.Canvas.showPage(self)
        canvas.Canvas.save(self)


class Flow:
    def __init__(self, c, top=H - 80, bottom=75, left=62, right=W - 62):
        self.c, self.top, self.bottom, self.left, self.right = c, top, bottom, left, right
        self.y = top

    @property
    def width(self):
        return self.right - self.left

    def new_page(self):
        self.c.showPage()
        self.y = self.top

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def space(self, h):
        self.y -= h

    def para(self, text, font="Helvetica", size=10.5, lead=14.5, indent=0, after=7,
             x=None, width=None, bullet=None):
        x = self.left if x is None else x
        width = self.width if width is None else width
        lines = wrap(text, font, size, width - indent)
        for k, ln in enumerate(lines):
            self.ensure(lead)
            self.c.setFont(font, size)
            if bullet and k == 0:
                self.c.drawString(x + max(indent - 26, 4), self.y - size, bullet)
            self.c.drawString(x + indent, self.y - size, ln)
            self.y -= lead
        self.y -= after

    def heading(self, text, size=13, after=6, before=6):
        self.y -= before
        self.ensure(size * 3)
        self.para(text, font="Helvetica-Bold", size=size, lead=size + 4, after=after)

    def table(self, rows, colw, size=9.5, lead=12.5, head_rows=1, bold_last=False, pad=4):
        x0 = self.left
        for r, row in enumerate(rows):
            bold = r < head_rows or (bold_last and r == len(rows) - 1)
            font = "Helvetica-Bold" if bold else "Helvetica"
            cells = [wrap(str(t), font, size, cw - 2 * pad) for t, cw in zip(row, colw)]
            h = max(len(cl) for cl in cells) * lead + 2 * pad
            if self.y - h < self.bottom:
                self.new_page()
            if r < head_rows:
                self.c.setFillGray(0.88)
                self.c.rect(x0, self.y - h, sum(colw), h, stroke=0, fill=1)
                self.c.setFillGray(0)
            x = x0
            self.c.setLineWidth(0.5)
            for cl, cw in zip(cells, colw):
                self.c.rect(x, self.y - h, cw, h, stroke=1, fill=0)
                yy = self.y - pad - size
                self.c.setFont(font, size)
                for ln in cl:
                    self.c.drawString(x + pad, yy, ln)
                    yy -= lead
                x += cw
            self.y -= h
        self.y -= 10

    def columns(self, paras, gap=20, size=10, lead=13.5, after=6):
        """Two balanced columns from the current y; the flow continues below them."""
        cw = (self.width - gap) / 2
        items = []  # (line or None for paragraph gap)
        for text in paras:
            items += wrap(text, "Helvetica", size, cw)
            items.append(None)
        items.pop()
        half = (len(items) + 1) // 2
        while items[half - 1] is None:  # do not start the right column with a gap
            half += 1
        start = self.y
        ends = []
        for col, chunk in enumerate((items[:half], items[half:])):
            y = start
            for ln in chunk:
                if ln is None:
                    y -= after
                    continue
                self.c.setFont("Helvetica", size)
                self.c.drawString(self.left + col * (cw + gap), y - size, ln)
                y -= lead
            ends.append(y)
        if min(ends) < self.bottom:
            raise RuntimeError("two-column text does not fit")
        self.c.setLineWidth(0.3)
        self.c.line(self.left + cw + gap / 2, start, self.left + cw + gap / 2, min(ends) + 4)
        self.y = min(ends) - 10


def s(text):
    """Mark soft-hyphen points written as '|' in long Swedish compounds."""
    return text.replace("|", SHY)


# --------------------------------------------------------------------------- 1. Interpellation PDF
def make_interpellation(path):
    def deco(c, i, n):
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(62, H - 45, "REGION VÄSTERNORRLAND")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 62, H - 45, "Regionfullmäktige 2026-04-15 · Ärende 14")
        c.setLineWidth(0.4)
        c.line(62, H - 50, W - 62, H - 50)
        c.line(62, 55, W - 62, 55)
        c.drawString(62, 42, "Dnr RS-2026-00187")
        c.drawRightString(W - 62, 42, f"Sida {i} ({n})")

    c = DecoCanvas(path, deco)
    c.setTitle("Interpellation om Kompetensutredningens förseningar")
    c.setAuthor("Region Västernorrland, regionfullmäktige")
    f = Flow(c, top=H - 78, left=80, right=W - 90)
    f.para("INTERPELLATION", font="Helvetica-Bold", size=9, after=2)
    f.para(s("Interpellation till ordföranden i regionala utvecklings|nämnden om "
             "Kompetens|utredningens förseningar"), font="Helvetica-Bold", size=15, lead=19, after=4)
    f.para("Inlämnad 2026-03-02 av Jonas Berglöf (L)", font="Helvetica-Oblique", size=10, after=12)
    body = [
        "Hösten 2025 gav regionala utvecklings|nämnden (RUN) förvaltningen i uppdrag att utreda en "
        "samlad regional modell för kompetens|försörjning, den så kallade Kompetens|utredningen. "
        "Utredningen skulle enligt de ursprungliga direktiven lämna sin slutrapport den 30 september "
        "2026 och hade en budget på 1 800 000 kronor.",
        "I februari beslutade nämnden om tilläggs|direktiv som både skjuter fram slutrapporten och "
        "höjer kostnaden. Samtidigt hör jag från flera kommuner i länet att de inte vet när eller hur "
        "de ska få lämna synpunkter. För de mindre kommunerna, som Ånge och Sollefteå, är kompetens|"
        "försörjningen inom vård, skola och industri redan i dag akut. Det är inte rimligt att "
        "kommunerna ska vänta ytterligare ett halvår på förslag som de själva ska genomföra.",
        "Mot bakgrund av detta vill jag ställa följande frågor till ordföranden i regionala "
        "utvecklings|nämnden, Maria Hedqvist (S):",
    ]
    for p in body:
        f.para(s(p))
    qs = [
        "Varför har tidplanen för Kompetens|utredningen förskjutits, och vad innebär det för de "
        "förslag som kommunerna väntar på?",
        "Hur och när kommer länets sju kommuner att involveras i arbetet?",
        "Vilka ytterligare kostnader medför tilläggs|direktiven, och hur finansieras de?",
    ]
    for k, q in enumerate(qs, 1):
        f.para(s(q), indent=22, bullet=f"{k}.", after=4)
    f.space(10)
    f.para("Härnösand den 2 mars 2026", after=2)
    f.para("Jonas Berglöf (L)", font="Helvetica-Oblique", after=2)
    f.para("Ledamot av regionfullmäktige", size=9.5)
    f.new_page()

    f.para("INTERPELLATIONSSVAR", font="Helvetica-Bold", size=9, after=2)
    f.para(s("Svar på interpellation om Kompetens|utredningens förseningar"), font="Helvetica-Bold",
           size=15, lead=19, after=10)
    ans = [
        "Jonas Berglöf (L) har ställt tre frågor till mig om Kompetens|utredningen. Jag tackar för "
        "frågorna och svarar så här.",
        "Fråga 1. Under arbetet med nuläges|analysen blev det tydligt att energi- och process|"
        "industrins kompetens|behov i Sundsvall och Örnsköldsvik inte kan hanteras inom ramen för de "
        "ursprungliga direktiven. Nämnden beslutade därför den 10 februari 2026 om tilläggs|direktiv "
        "där utredningen också ska analysera dessa behov. Slutrapporten ska därmed lämnas senast den "
        "30 november 2026 i stället för den 30 september. Delrapporten lämnas som planerat den 31 mars "
        "2026, och de förslag som inte berörs av tilläggs|uppdraget, bland annat om en gemensam "
        "regional praktik|portal, kommer att redovisas redan där.",
        "Fråga 2. Samtliga sju kommuner – Sundsvall, Härnösand, Timrå, Ånge, Kramfors, Sollefteå och "
        "Örnsköldsvik – ingår i utredningens referens|grupp, som hittills har träffats två gånger. "
        "Under maj håller utredningen därutöver tre dialogmöten: i Sollefteå den 12 maj, i "
        "Örnsköldsvik den 19 maj och i Sundsvall den 26 maj 2026. Dit bjuds även Arbets|förmedlingen, "
        "näringslivet och studie|förbunden in.",
        "Fråga 3. Tilläggs|direktiven medför en kostnad på 450 000 kronor, främst för en köpt bransch|"
        "analys. Utredningens totala budget blir därmed 2 250 000 kronor. Ökningen ryms inom nämndens "
        "anslag för regional utveckling 2026 och kräver ingen omfördelning från andra verksamheter.",
    ]
    for p in ans:
        f.para(s(p), after=8)
    f.space(10)
    f.para("Sundsvall den 24 mars 2026", after=2)
    f.para("Maria Hedqvist (S)", font="Helvetica-Oblique", after=2)
    f.para(s("Ordförande i regionala utvecklings|nämnden"), size=9.5)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- 2. Uppdragsdirektiv PDF
def make_direktiv(path):
    def deco(c, i, n):
        c.setFont("Helvetica", 8.5)
        if i > 1:
            c.drawString(62, H - 45, "Uppdragsdirektiv – Kompetensutredningen")
            c.drawRightString(W - 62, H - 45, "Region Västernorrland")
            c.setLineWidth(0.4)
            c.line(62, H - 50, W - 62, H - 50)
        c.setLineWidth(0.4)
        c.line(62, 55, W - 62, 55)
        c.drawString(62, 42, "Dnr RUN-2025-00412")
        c.drawCentredString(W / 2, 42, "Beslutad av RUN 2025-10-22, § 87")
        c.drawRightString(W - 62, 42, f"sida {i} av {n}")

    c = DecoCanvas(path, deco)
    c.setTitle("Uppdragsdirektiv Kompetensutredningen")
    c.setAuthor("Region Västernorrland, regionala utvecklingsförvaltningen")
    f = Flow(c, top=H - 70)
    f.para("REGION VÄSTERNORRLAND", font="Helvetica-Bold", size=10, after=14)
    f.para("UPPDRAGSDIREKTIV", font="Helvetica-Bold", size=11, after=4)
    f.para(s("Utredning om en samlad regional modell för kompetens|försörjning i Västernorrland "
             "(Kompetens|utredningen)"), font="Helvetica-Bold", size=16, lead=20, after=12)
    f.table([
        ["Beslutsdatum", "2025-10-22"],
        ["Beslutsinstans", "Regionala utvecklingsnämnden (RUN), § 87"],
        ["Uppdragsgivare", "Per Nordlander, regional utvecklingsdirektör"],
        ["Utredare", "Annika Sjölund, regionala utvecklingsförvaltningen (RUF)"],
        ["Diarienummer", "RUN-2025-00412"],
    ], [130, W - 124 - 130], head_rows=0)
    f.heading("1 Bakgrund", size=12.5)
    f.columns([s(p) for p in [
        "Västernorrland står inför en omfattande generations|växling. Länets arbetsgivare bedömer i "
        "den regionala kompetens|barometern 2025 att drygt 21 000 personer behöver rekryteras fram "
        "till 2030, varav omkring 40 procent inom vård och omsorg. Samtidigt är arbetslösheten hög "
        "bland utrikes födda och bland unga som saknar gymnasie|examen.",
        "Ansvaret för kompetens|försörjningen är i dag uppdelat mellan regionen, länets sju kommuner, "
        "Arbets|förmedlingen (AF), yrkes|högskolorna (YH), Komvux och Mitt|universitetet. Den regionala "
        "kompetens|plattformen (RKP) samordnar delar av arbetet men saknar ett tydligt mandat och en "
        "långsiktig finansiering.",
        "Flera kommuner har i dialog med regionen efterfrågat en samlad bild av vilka insatser som "
        "finns, vem som ansvarar för vad och hur resurserna kan användas mer effektivt. Även "
        "Arbets|förmedlingen har, efter myndighetens förändrade uppdrag och färre lokala kontor, "
        "betonat behovet av fasta samverkans|former med regionen och kommunerna.",
        "Regionala utvecklings|nämnden (RUN) har mot denna bakgrund beslutat att ge regionala "
        "utvecklings|förvaltningen (RUF) i uppdrag att genomföra en utredning. Utredningen ska ge "
        "underlag för nämndens beslut om hur det regionala kompetens|försörjnings|arbetet ska "
        "organiseras och finansieras under perioden 2027–2030. Utredningen benämns i det följande "
        "Kompetens|utredningen.",
    ]])

    f.heading("2 Uppdraget", size=12.5, before=0)
    f.para("Utredningen ska")
    for k, t in enumerate([
        "kartlägga befintliga insatser för kompetens|försörjning hos regionen, kommunerna, AF, YH och "
        "Komvux,",
        "analysera hur väl insatserna motsvarar arbetsgivarnas behov fram till 2030,",
        "föreslå en samlad modell för samverkan, inklusive ansvars|fördelning och finansiering, och",
        "lämna förslag på högst fem prioriterade insatser för perioden 2027–2030.",
    ], 1):
        f.para(s(t), indent=30, bullet=f"2.{k}", after=3)
    f.space(6)
    f.heading("3 Avgränsningar", size=12.5)
    f.para(s("Utredningen ska inte behandla dimensioneringen av grundskolan och gymnasieskolan. "
             "Mitt|universitetets utbildnings|utbud ska endast användas som underlag och inte bli "
             "föremål för egna förslag. Frågor om kollektiv|trafik och bostäder behandlas i andra "
             "uppdrag och ingår inte."))
    f.heading("4 Organisation", size=12.5)
    f.para(s("Utredare är Annika Sjölund, regionala utvecklings|förvaltningen. Analysstöd lämnas av "
             "Erik Hägglund, analytiker vid RUF. Utredningen leds av en styrgrupp med följande "
             "sammansättning:"))
    for t in [
        "Per Nordlander, regional utvecklingsdirektör (ordförande)",
        "Lisa Wiklund, sektionschef, Arbetsförmedlingen Sundsvall–Härnösand",
        "Tomas Öberg, kommundirektör, Kramfors kommun (för länets kommundirektörer)",
        "Eva Lindqvist, verksamhetschef, Komvux Sundsvall",
    ]:
        f.para(t, indent=22, bullet="–", after=3)
    f.space(5)
    f.para(s("Till utredningen knyts en referens|grupp med en representant för var och en av länets "
             "sju kommuner samt företrädare för Mitt|universitetet, LO-distriktet Mellersta Norrland "
             "och Företagarna Västernorrland. Styrgruppen sammanträder minst sex gånger under "
             "uppdraget."))
    f.heading("5 Tidplan", size=12.5)
    f.table([
        ["Aktivitet", "Datum"],
        ["Uppstart", "2025-11-03"],
        ["Nulägesanalys klar", "2026-01-30"],
        ["Delrapport till RUN", "2026-03-31"],
        ["Dialogmöten i länet", "maj 2026"],
        ["Slutrapport till RUN", "2026-09-30"],
        ["Beslut i RUN om fortsatt hantering", "2026-10-21"],
    ], [300, 150])
    f.heading("6 Budget", size=12.5)
    f.table([
        ["Post", "Belopp (kr)"],
        ["Utredare, 0,8 årsarbetskraft", "1 150 000"],
        ["Analysstöd och statistik (köpt tjänst)", "350 000"],
        ["Dialogmöten och resor", "180 000"],
        ["Tryck och kommunikation", "120 000"],
        ["Summa", "1 800 000"],
    ], [300, 150], bold_last=True)
    f.new_page()
    f.heading("7 Redovisning", size=12.5, before=0)
    f.para(s("Delrapport och slutrapport lämnas skriftligen till RUN. Slutrapporten ska innehålla en "
             "sammanfattning på högst fyra sidor och en konsekvens|analys för kommunerna. Utredaren "
             "ska löpande informera styrgruppen och den regionala kompetens|plattformen."))
    f.heading("8 Kommunikation", size=12.5)
    f.para(s("Utredningens arbete ska vara öppet. Material från dialogmötena publiceras på regionens "
             "webbplats. Delrapporten och slutrapporten skickas för kännedom till länets kommuner, "
             "Arbets|förmedlingen och Länsstyrelsen Västernorrland. Utredaren ansvarar för att "
             "kommunerna får minst tre veckor att lämna synpunkter på utkast till slutrapport."))
    f.heading("Förkortningar", size=11)
    f.table([
        ["AF", "Arbetsförmedlingen"],
        ["RKP", "Regional kompetensplattform"],
        ["RUF", "Regionala utvecklingsförvaltningen"],
        ["RUN", "Regionala utvecklingsnämnden"],
        ["YH", "Yrkeshögskola"],
    ], [60, 260], head_rows=0)
    f.new_page()

    f.para("TILLÄGGSDIREKTIV", font="Helvetica-Bold", size=11, after=4)
    f.para(s("Tilläggs|direktiv till Kompetens|utredningen (beslutat av RUN 2026-02-10, § 14)"),
           font="Helvetica-Bold", size=14, lead=18, after=10)
    f.para(s("Under arbetet med nuläges|analysen har det framkommit att kompetens|behoven inom energi- "
             "och process|industrin behöver belysas särskilt. Nämnden beslutar därför att utvidga "
             "uppdraget enligt följande."))
    f.para("Utredningen ska även")
    f.para(s("analysera kompetens|behoven inom energi- och process|industrin i Sundsvall och "
             "Örnsköldsvik fram till 2032, och"), indent=22, bullet="a)", after=3)
    f.para(s("bedöma behovet av nya YH-utbildningar inom el- och automations|teknik."), indent=22,
           bullet="b)", after=8)
    f.para(s("Tidpunkten för slutrapporten ändras från den 30 september 2026 till den 30 november "
             "2026. Beslut i RUN om fortsatt hantering flyttas till 2026-12-16. Delrapporten lämnas som "
             "tidigare den 31 mars 2026."))
    f.para(s("Budgeten utökas med 450 000 kronor, varav 380 000 kronor för en köpt bransch|analys och "
             "70 000 kronor för ytterligare dialogmöten. Utredningens totala budget uppgår därmed till "
             "2 250 000 kronor. Utökningen finansieras inom nämndens anslag för regional utveckling "
             "2026."))
    f.para("Övriga delar av direktiven gäller oförändrade.")
    f.space(18)
    f.para("Sundsvall den 10 februari 2026", after=2)
    f.para("Per Nordlander", font="Helvetica-Oblique", after=2)
    f.para("Regional utvecklingsdirektör", size=9.5)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- DOCX helpers
FIXED = dt.datetime(2026, 4, 22, 9, 0, 0)


def docx_table(d, rows, widths=None, bold_header=True, bold_last=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for k, val in enumerate(row):
            cell = t.cell(r, k)
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(val))
            run.font.size = Pt(10)
            if (bold_header and r == 0) or (bold_last and r == len(rows) - 1):
                run.bold = True
            if widths:
                cell.width = Cm(widths[k])
    return t


def save_docx(d, path, title, author):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    tmp = path + ".tmp"
    d.save(tmp)
    # rewrite the zip with fixed timestamps so that the bytes are deterministic
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 4, 22, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    os.remove(tmp)


# --------------------------------------------------------------------------- 3. Kommunikationsplan DOCX
def make_kommplan(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Region Kalmar län · Jobbspåret Kalmar län"
    sec.footer.paragraphs[0].text = "Kommunikationsplan version 1.1"
    d.add_heading("Kommunikationsplan – Jobbspåret Kalmar län", level=0)
    p = d.add_paragraph()
    p.add_run("Version 1.1 · 2026-02-03 · Ansvarig: Sara Lindgren, kommunikatör").italic = True

    d.add_heading("Revisionshistorik", level=2)
    docx_table(d, [
        ["Version", "Datum", "Ändring", "Av"],
        ["1.0", "2026-01-15", "Första versionen, fastställd av styrgruppen", "Sara Lindgren"],
        ["1.1", "2026-02-03", "Kickoffen för arbetsgivare flyttad från 12 februari till 5 mars 2026 "
         "(lokalen var dubbelbokad). Ny kanal: LinkedIn.", "Sara Lindgren"],
    ], widths=[1.6, 2.4, 9.0, 3.0])

    d.add_heading("1. Om projektet", level=1)
    d.add_paragraph(
        "Jobbspåret Kalmar län är ett samverkansprojekt mellan Region Kalmar län, Arbetsförmedlingen "
        "och kommunerna Kalmar, Nybro, Emmaboda och Torsås. Projektet ska ge 300 långtidsarbetslösa "
        "personer ett individuellt spår mot arbete eller studier genom matchning, korta "
        "branschutbildningar och handledd praktik hos arbetsgivare.")
    d.add_paragraph(
        "Projektet pågår 2026-01-01 – 2027-12-31 och har en total budget på 6 400 000 kronor, varav "
        "3 200 000 kronor från Europeiska socialfonden (ESF+). Projektägare är Region Kalmar län. "
        "Projektledare är Ahmed Yusuf.")

    d.add_heading("2. Syfte med kommunikationen", level=1)
    d.add_paragraph(
        "Kommunikationen ska göra projektet känt hos de arbetssökande som kan delta, få arbetsgivare "
        "att erbjuda praktikplatser och anställningar, och ge kommunerna och allmänheten en samlad "
        "bild av vad projektet åstadkommer. Alla budskap ska vara enkla, på klarspråk och finnas på "
        "lätt svenska.")

    d.add_heading("3. Kommunikationsmål", level=1)
    for t in [
        "K1. Minst 25 arbetsgivare har tecknat en avsiktsförklaring om praktikplatser senast 2026-06-30.",
        "K2. Projektets webbsida har i genomsnitt minst 400 unika besökare per månad under 2026.",
        "K3. Minst 80 procent av deltagarna uppger i deltagarenkäten att de har fått tydlig "
        "information om projektet.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("4. Målgrupper och budskap", level=1)
    docx_table(d, [
        ["Målgrupp", "Budskap", "Kanaler", "Ansvarig"],
        ["Deltagare (långtidsarbetslösa)", "”Ditt eget spår till jobb – i din takt.”",
         "Arbetsförmedlingens handläggare, sms, informationsträffar", "Karin Ek"],
        ["Arbetsgivare", "”Hitta din nästa medarbetare – vi matchar och stöttar.”",
         "Arbetsgivarfrukostar, LinkedIn, personliga besök", "Ahmed Yusuf"],
        ["Kommunerna", "”Tillsammans minskar vi långtidsarbetslösheten i länet.”",
         "Nyhetsbrev, styrgruppen", "Ahmed Yusuf"],
        ["Allmänheten och media", "”Fler i jobb – bra för hela Kalmar län.”",
         "Pressmeddelanden, regionens webbplats", "Sara Lindgren"],
    ], widths=[3.5, 5.0, 5.0, 2.5])

    d.add_heading("5. Aktivitetsplan 2026", level=1)
    docx_table(d, [
        ["Aktivitet", "När", "Ansvarig"],
        ["Projektets webbsida publiceras", "2026-01-28", "Sara Lindgren"],
        ["Första nyhetsbrevet till kommunerna (därefter varannan månad)", "2026-02-27", "Ahmed Yusuf"],
        ["Kickoff för arbetsgivare på Kalmarsalen", "2026-03-05", "Sara Lindgren"],
        ["Arbetsgivarfrukost i Nybro", "2026-04-16", "Ahmed Yusuf"],
        ["Arbetsgivarfrukost i Emmaboda", "2026-05-21", "Ahmed Yusuf"],
        ["Pressmeddelande om de första praktikplatserna", "juni 2026", "Sara Lindgren"],
        ["Deltagarenkät", "2026-11-02 – 2026-11-20", "Karin Ek"],
    ], widths=[8.0, 4.5, 3.5])

    d.add_heading("6. Roller och ansvar", level=1)
    for t in [
        "Sara Lindgren, kommunikatör vid Region Kalmar län, ansvarar för kommunikationsplanen, "
        "webbsidan och kontakter med media.",
        "Ahmed Yusuf, projektledare, ansvarar för kommunikationen med arbetsgivare och kommuner.",
        "Karin Ek, arbetsförmedlare vid Arbetsförmedlingen Kalmar, är projektets kontaktperson hos "
        "Arbetsförmedlingen och ansvarar för information till deltagarna.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("7. Budget för kommunikation", level=1)
    docx_table(d, [
        ["Post", "Belopp (kr)"],
        ["Webbsida och film", "45 000"],
        ["Kickoff och arbetsgivarfrukostar", "70 000"],
        ["Annonsering (LinkedIn, lokalpress)", "40 000"],
        ["Trycksaker", "15 000"],
        ["Enkätverktyg och uppföljning", "15 000"],
        ["Summa", "185 000"],
    ], widths=[9.0, 4.0], bold_last=True)
    d.add_paragraph()
    d.add_paragraph("Kostnaderna ingår i projektets budget under posten Extern information.")

    d.add_heading("8. Uppföljning", level=1)
    d.add_paragraph(
        "Planen följs upp kvartalsvis i styrgruppen. En första utvärdering av kommunikationsmålen "
        "görs till styrgruppens möte 2026-06-15. Webbstatistik sammanställs av Sara Lindgren varje "
        "månad.")
    save_docx(d, path, "Kommunikationsplan Jobbspåret Kalmar län", "Sara Lindgren")


# --------------------------------------------------------------------------- 4. Attestordning DOCX
def make_attest(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "REGION KALMAR LÄN – Regional utveckling"
    sec.footer.paragraphs[0].text = "Attest- och beslutsordning Jobbspåret Kalmar län, gäller från 2026-04-22"
    d.add_heading("Attest- och beslutsordning för projektet Jobbspåret Kalmar län", level=0)
    p = d.add_paragraph()
    p.add_run("Fastställd av regional utvecklingsdirektör Magnus Frid 2026-04-22. Ersätter "
              "attestordningen daterad 2026-01-12.").italic = True

    d.add_heading("1. Bakgrund", level=1)
    d.add_paragraph(
        "Svenska ESF-rådet beviljade den 20 april 2026 projektets ändringsansökan. Projektets totala "
        "budget har därmed reviderats från 6 400 000 kronor till 6 920 000 kronor. Ökningen på "
        "520 000 kronor avser en utökad praktikdel i Torsås och Emmaboda. Projektperioden är "
        "oförändrad, 2026-01-01 – 2027-12-31. Attestordningen har uppdaterats med anledning av "
        "ändringen.")
    d.add_paragraph(
        "Projektnummer i Region Kalmar läns ekonomisystem: 71045. Svenska ESF-rådets ärendenummer: "
        "2025/00389.")

    d.add_heading("2. Beloppsgränser", level=1)
    d.add_paragraph("Beloppen avser varje enskild faktura eller utgift, exklusive moms.")
    docx_table(d, [
        ["Roll", "Namn", "Får attestera", "Ersättare"],
        ["Projektledare", "Ahmed Yusuf", "upp till 50 000 kr",
         "Linnea Carlsson, projektekonom"],
        ["Enhetschef, enheten för arbetsmarknad och kompetens", "Helena Ståhl",
         "50 001 – 300 000 kr", "Johan Berg, biträdande enhetschef"],
        ["Regional utvecklingsdirektör", "Magnus Frid", "över 300 000 kr",
         "Anna Petersson, ekonomichef"],
    ], widths=[4.5, 3.0, 4.0, 4.5])

    d.add_heading("3. Särskilda regler", level=1)
    rules = [
        "Ingen får attestera en utgift som avser sig själv. Projektledarens egna utlägg och resor "
        "attesteras av enhetschefen.",
        "Representation attesteras alltid av enhetschefen, oavsett belopp.",
        "Handledarersättning till praktikvärdar betalas med 5 000 kr per deltagare och månad i "
        "högst tre månader och attesteras av projektledaren.",
        "Fakturor ska vara attesterade inom 10 arbetsdagar från ankomst.",
        "Utgifter som ska redovisas mot ESF+ ska märkas med projektnummer 71045.",
    ]
    for k, t in enumerate(rules, 1):
        d.add_paragraph(f"3.{k} {t}")

    d.add_heading("4. Kontakt", level=1)
    d.add_paragraph(
        "Frågor om attest och kontering besvaras av projektekonom Linnea Carlsson, "
        "Region Kalmar län.")
    save_docx(d, path, "Attest- och beslutsordning Jobbspåret Kalmar län", "Magnus Frid")


# --------------------------------------------------------------------------- 5. Diarieutdrag TXT
def make_diarium(path):
    rows = [
        ("RUN-2025-00412", "2026-02-11", "Tilläggsdirektiv Kompetensutredningen (RUN 2026-02-10 § 14)",
         "RUN", "ASJ", "Pågående"),
        ("RUN-2026-00058", "2026-02-13", "Ansökan om regionalt projektstöd \"Besöksnäring 365\"",
         "Höga Kusten Turism ek. för.", "MBE", "Beviljad 2026-04-08, 640 000 kr"),
        ("RUN-2026-00071", "2026-02-19", "Yttrande över remiss: Trafikverkets kapacitetsanalys",
         "Trafikverket", "KNY", "Avslutad 2026-03-20"),
        ("RUN-2026-00083", "2026-02-24", "Inbjudan till länsgemensam konferens om kompetensförsörjning",
         "Länsstyrelsen Västernorrland", "ASJ", "Avslutad 2026-02-24"),
        ("RS-2026-00187", "2026-03-02", "Interpellation av Jonas Berglöf (L) om Kompetensutredningen",
         "Jonas Berglöf (L)", "ASJ", "Besvarad 2026-04-15"),
        ("RUN-2026-00231", "2026-03-09", "Ansökan om projektmedel \"Framtidsverkstan Timrå\"",
         "Timrå kommun", "MBE", "Under beredning"),
        ("RUN-2026-00244", "2026-03-12", "Överenskommelse om samverkan 2026-2027, AF Sundsvall-Härnösand",
         "Arbetsförmedlingen", "EHÄ", "Undertecknad 2026-04-02"),
        ("RS-2026-00201", "2026-03-16", "Medborgarförslag om busskort för praktikanter",
         "Privatperson, Ånge", "SLU", "Överlämnat till RUN"),
        ("RUN-2026-00262", "2026-03-23", "Begäran om allmän handling, projektbudgetar 2025",
         "Tidningen Ångermanland", "SLU", "Avslutad 2026-03-25"),
        ("RUN-2025-00412", "2026-03-31", "Delrapport Kompetensutredningen",
         "RUF", "ASJ", "Pågående"),
        ("RUN-2026-00288", "2026-04-01", "Ansökan om företagsstöd (investeringsstöd)",
         "Sekretess", "KNY", "Under beredning"),
        ("RUN-2026-00290", "2026-04-03", "Lägesrapport ESF+ Unga i Nord, period 3",
         "Svenska ESF-rådet", "MBE", "Avslutad 2026-04-10"),
        ("RUN-2026-00301", "2026-04-07", "Avtal om köpt branschanalys energi- och processindustri",
         "Upphandlad leverantör", "EHÄ", "Pågående"),
        ("RUN-2026-00315", "2026-04-14", "Ansökan om företagsstöd (konsultcheck)",
         "Sekretess", "KNY", "Under beredning"),
        ("RUN-2026-00322", "2026-04-20", "Kallelse dialogmöten Kompetensutredningen 12, 19, 26 maj",
         "Länets sju kommuner", "ASJ", "Avslutad 2026-04-20"),
        ("RUN-2026-00340", "2026-04-28", "Slutrapport förstudie Digital matchning Västernorrland",
         "Mittuniversitetet", "EHÄ", "För kännedom"),
    ]
    widths = [16, 12, 64, 30, 7, 0]
    head = ("Dnr", "Reg.datum", "Rubrik / ärendemening", "Avsändare/mottagare", "Handl.", "Status")

    def fmt(r):
        out = ""
        for val, w in zip(r, widths):
            out += val.ljust(w) if w else val
        return out.rstrip()

    lines = [
        "REGION VÄSTERNORRLAND",
        "Regionala utvecklingsförvaltningen (RUF)",
        "",
        "UTDRAG UR DIARIET",
        "Registrerade handlingar 2026-02-01 -- 2026-04-30",
        "Diarieenheter: RUN (regionala utvecklingsnämnden) och RS (regionstyrelsen), alla handläggare",
        "Utskrivet 2026-05-04 av registrator Mona Strandberg",
        "",
        fmt(head),
        fmt(tuple("-" * (w - 2) if w else "-" * 31 for w in widths)),
    ]
    lines += [fmt(r) for r in rows]
    lines += [
        "",
        f"Antal poster i utdraget: {len(rows)}",
        "Uppgifter om sökande företag har utelämnats med stöd av 30 kap. 23 § offentlighets- och",
        "sekretesslagen (OSL) och visas som \"Sekretess\".",
        "",
        "Handläggare (förkortningar)",
        "  ASJ  Annika Sjölund, utredare",
        "  EHÄ  Erik Hägglund, analytiker",
        "  KNY  Kristoffer Nyberg, näringslivsutvecklare",
        "  MBE  Malin Bergström, handläggare regionala projektmedel",
        "  SLU  Sofia Lund, förvaltningsjurist",
        "",
        "Status",
        "  Pågående          ärendet är öppet och handläggs",
        "  Under beredning   ansökan bereds inför beslut",
        "  Avslutad          ärendet är avslutat och kan arkiveras",
        "  För kännedom      handlingen har registrerats utan åtgärd",
        "",
        "Frågor om diariet: registrator@rvn.se, 0611-80 000",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------- 6. Avvikelserapport MD
MD = """# Avvikelserapport AVV-2026-031

**Felaktigt datum i kallelser till informationsmöte – Arbetsförmedlingen Sundsvall**

| Uppgift | Värde |
|---|---|
| Enhet | Arbetsförmedlingen, sektion Sundsvall–Härnösand, team Rusta och matcha |
| Rapporterad av | Johanna Ekström, arbetsförmedlare |
| Datum för händelsen | 2026-02-16 |
| Rapport upprättad | 2026-02-20 |
| Ansvarig chef | Lisa Wiklund, sektionschef |
| Allvarlighetsgrad | 2 av 4 (måttlig) |
| Status | Åtgärdad, uppföljning 2026-05-15 |

## Sammanfattning

Informationsmötet om arbetsmarknadsutbildningar (AUB) inom vård och industri flyttades den
9 februari 2026 från tisdag 17 februari till tisdag 24 februari 2026, kl. 09.30, i Arbetsförmedlingens
lokal på Köpmangatan 12 i Sundsvall. Flytten berodde på att den bokade lokalen behövdes för en
rekryteringsträff.

Kallelser skickades via Mina sidor den 12 februari i två omgångar, totalt 312 kallelser. Den första
omgången, 125 kallelser, hade rätt datum. Den andra omgången, 187 kallelser, hade skapats från en
sparad kopia av den gamla mallen och angav fortfarande den 17 februari.

Felet upptäcktes måndag 16 februari när en deltagare ringde kundtjänst. En rättelse skickades per sms
och via Mina sidor samma eftermiddag. Trots rättelsen kom 58 personer till lokalen den 17 februari.
Den 24 februari deltog totalt 241 personer i informationsmötet.

## Tidslinje

| Datum och tid | Händelse |
|---|---|
| 2026-02-09 | Beslut att flytta mötet till 2026-02-24; informeras i teamet per e-post |
| 2026-02-12 kl. 10.15 | Omgång 1 skickas, 125 kallelser med rätt datum |
| 2026-02-12 kl. 15.40 | Omgång 2 skickas, 187 kallelser med fel datum (17 februari) |
| 2026-02-16 kl. 10.40 | Deltagare ringer kundtjänst; felet upptäcks |
| 2026-02-16 kl. 14.30 | Rättelse skickas per sms och Mina sidor till de 187 |
| 2026-02-17 kl. 09.30 | 58 personer kommer till lokalen; de får information och nytt datum |
| 2026-02-24 kl. 09.30 | Informationsmötet genomförs med 241 deltagare |

## Konsekvenser

- 58 personer kom förgäves till lokalen den 17 februari. Nio av dem fick ersättning för resekostnader,
  sammanlagt 2 340 kronor.
- Tre personer har lämnat klagomål via kundtjänst.
- Händelsen har inte medfört att någon gått miste om en utbildningsplats; anmälan till AUB-platserna
  var öppen till och med 2026-03-06.

## Orsaksanalys

1. Omgång 2 skapades från en lokalt sparad kopia av kallelsemallen i stället för från den gemensamma
   mallbanken. Kopian hade inte uppdaterats efter flytten.
2. Ingen andra person kontrollerade kallelsen före utskicket.
3. Flytten kommunicerades bara per e-post och fördes inte in i teamets gemensamma planering.

## Åtgärder

| Nr | Åtgärd | Ansvarig | Klart |
|---|---|---|---|
| 1 | Införa fyraögonprincip: en andra handläggare kontrollerar datum, tid och plats före varje massutskick | Lisa Wiklund | 2026-02-23 |
| 2 | Ändrade mötesdatum förs in i teamets gemensamma planeringskalender i Teams | Lisa Wiklund | 2026-02-27 |
| 3 | Kallelsemallar låses och får bara hämtas från den gemensamma mallbanken | Johanna Ekström | 2026-03-02 |
| 4 | Påminnelse per sms två dagar före varje informationsmöte | Johanna Ekström | 2026-03-16 |

## Uppföljning

Åtgärdernas effekt följs upp vid sektionens ledningsmöte den 15 maj 2026. Rapporten har delgetts
sektionens skyddsombud och verksamhetsområdets kvalitetssamordnare.

*Upprättad av Johanna Ekström 2026-02-20. Granskad av Lisa Wiklund 2026-02-23.*
"""


def make_avvikelse(path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(MD)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "kb"
    os.makedirs(out, exist_ok=True)
    make_interpellation(os.path.join(out, "RF_2026-04-15_interpellation_Kompetensutredningen.pdf"))
    make_direktiv(os.path.join(out, "Uppdragsdirektiv_Kompetensutredningen_RUN-2025-00412.pdf"))
    make_kommplan(os.path.join(out, "Kommunikationsplan_Jobbsparet_Kalmar_lan_v1.1.docx"))
    make_attest(os.path.join(out, "Attestordning_Jobbsparet_Kalmar_lan_2026.docx"))
    make_diarium(os.path.join(out, "diarieutdrag_RUF_feb-apr_2026.txt"))
    make_avvikelse(os.path.join(out, "avvikelserapport_AVV-2026-031_Sundsvall.md"))
    print("wrote 6 files to", out)


if __name__ == "__main__":
    main()
