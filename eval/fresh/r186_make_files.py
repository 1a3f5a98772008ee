#!/usr/bin/env python3
"""r186: six documents about the fictional initiative 'GRIP Norrbotten'
(Grön industri: Rekrytering, Inkludering, Praktik – Region Norrbotten, 2027–2029).

    python r186_make_files.py OUT_DIR

Writes exactly six files (deterministic output):
  1. GRIP_projektplan_v0.9_remiss_med_kommentarer.pdf
       project-plan review copy; the reviewers' input exists only as Acrobat
       review markup annotations (Ersätt text = StrikeOut + Caret, Highlight with
       note, sticky notes with an /IRT reply) – the page text keeps the old values.
  2. RUN_2026-12-10_protokollsutdrag_p142_GRIP.docx
       committee decision saved as 'Strict Open XML' (ISO/IEC 29500 Strict
       namespaces purl.oclc.org, w:conformance="strict"); python-docx cannot open it.
  3. Overenskommelse_GRIP_v0.4_med_andringar.md
       partnership agreement with CriticMarkup change marks ({~~a~>b~~}, {++ ++},
       {-- --}, {>> <<}, {== ==}); all changes approved EXCEPT one marked 'EJ GODKÄND'.
  4. GRIP_kontakter_Outlook-export_2027-03-02.txt
       a vCard export (several VCARD blocks, 3.0 and one 2.1 with quoted-printable),
       CRLF, RFC line folding that splits words, PHOTO base64 noise, item1. groups.
  5. Styrgrupp_GRIP_2027-03-18_protokoll_utlamnad_maskerad.pdf
       'utlämnad allmän handling' whose maskings are black rectangles drawn over
       text that is still in the text layer (failed redaction).
  6. grip_kursstarter.txt
       DokuWiki page source (data/pages/grip/kursstarter.txt): ====== headings
       (inverted levels), ^/| tables with ':::' row spans, <del>, ((footnotes)),
       <WRAP> box, <todo> plugin, {{tag>}} and ~~NOTOC~~.
"""
import base64
import hashlib
import io
import os
import sys
import zipfile

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

W, H = A4
F1 = "GRIP_projektplan_v0.9_remiss_med_kommentarer.pdf"
F2 = "RUN_2026-12-10_protokollsutdrag_p142_GRIP.docx"
F3 = "Overenskommelse_GRIP_v0.4_med_andringar.md"
F4 = "GRIP_kontakter_Outlook-export_2027-03-02.txt"
F5 = "Styrgrupp_GRIP_2027-03-18_protokoll_utlamnad_maskerad.pdf"
F6 = "grip_kursstarter.txt"


# ---------------------------------------------------------------- helpers
def wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
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


class Writer:
    """Tiny flowing-text writer on a reportlab canvas that remembers where
    marked phrases were drawn (for annotations / masking)."""

    def __init__(self, c, left=62, right=62, top=70, bottom=70, footer=None):
        self.c, self.left, self.right, self.top, self.bottom = c, left, right, top, bottom
        self.width = W - left - right
        self.y = H - top
        self.page = 1
        self.footer = footer
        self.marks = {}  # key -> (page, x, y, w, size)

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def newpage(self):
        if self.footer:
            self.footer(self.c, self.page)
        self.c.showPage()
        self.page += 1
        self.y = H - self.top

    def heading(self, text, size=12.5):
        self.need(size * 2.4)
        self.y -= size * 0.7
        self.c.setFont("Helvetica-Bold", size)
        self.c.drawString(self.left, self.y, text)
        self.y -= size * 1.1

    def para(self, text, size=10, font="Helvetica", marks=(), indent=0, gap=5):
        lead = size * 1.35
        lines = wrap(text, font, size, self.width - indent)
        for ln in lines:
            self.need(lead)
            self.c.setFont(font, size)
            self.c.drawString(self.left + indent, self.y, ln)
            for key, phrase in marks:
                i = ln.find(phrase)
                if i >= 0 and key not in self.marks:
                    x = self.left + indent + stringWidth(ln[:i], font, size)
                    self.marks[key] = (self.page, x, self.y, stringWidth(phrase, font, size), size)
            self.y -= lead
        self.y -= gap

    def table(self, rows, colw, size=9, head=True, marks=(), boldlast=False):
        x0 = self.left
        for ri, row in enumerate(rows):
            cells = [wrap(str(v), "Helvetica", size, colw[i] - 8) for i, v in enumerate(row)]
            nl = max(len(cl) for cl in cells)
            h = nl * size * 1.25 + 6
            self.need(h)
            bold = (head and ri == 0) or (boldlast and ri == len(rows) - 1)
            font = "Helvetica-Bold" if bold else "Helvetica"
            if head and ri == 0:
                self.c.setFillGray(0.88)
                self.c.rect(x0, self.y - h + size, sum(colw), h, stroke=0, fill=1)
                self.c.setFillGray(0)
            x = x0
            for i, cl in enumerate(cells):
                yy = self.y
                for ln in cl:
                    self.c.setFont(font, size)
                    self.c.drawString(x + 4, yy - 1, ln)
                    for key, phrase in marks:
                        j = ln.find(phrase)
                        if j >= 0 and key not in self.marks:
                            px = x + 4 + stringWidth(ln[:j], font, size)
                            self.marks[key] = (self.page, px, yy - 1, stringWidth(phrase, font, size), size)
                    yy -= size * 1.25
                x += colw[i]
            self.c.setLineWidth(0.4)
            self.c.line(x0, self.y - h + size, x0 + sum(colw), self.y - h + size)
            self.y -= h
        self.y -= 8


# ================================================================ 1. plan PDF
def make_plan(path):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("GRIP Norrbotten – projektplan, remissversion 0.9")
    c.setAuthor("Petra Nilsson")
    c.setSubject("Projektplan remiss")

    def footer(cv, n):
        cv.setFont("Helvetica", 8)
        cv.setFillGray(0.35)
        cv.drawString(62, 40, "GRIP Norrbotten – projektplan REMISSVERSION 0.9 – 2026-11-06")
        cv.drawRightString(W - 62, 40, f"Sida {n} av 3")
        cv.setFillGray(0)

    w = Writer(c, footer=footer)
    c.setFont("Helvetica", 9)
    c.drawString(62, H - 48, "Region Norrbotten  |  Avdelningen för regional utveckling")
    c.drawRightString(W - 62, H - 48, "Dnr RS 2026/2214")
    w.y = H - 95
    c.setFont("Helvetica-Bold", 19)
    c.drawString(62, w.y, "GRIP Norrbotten")
    w.y -= 22
    c.setFont("Helvetica", 12)
    c.drawString(62, w.y, "Grön industri: Rekrytering, Inkludering, Praktik")
    w.y -= 20
    c.setFont("Helvetica-Bold", 11)
    c.setFillColorRGB(0.7, 0.1, 0.1)
    c.drawString(62, w.y, "Projektplan – REMISSVERSION 0.9 (ej fastställd)")
    c.setFillGray(0)
    w.y -= 16
    c.setFont("Helvetica", 9.5)
    c.drawString(62, w.y, "Datum: 2026-11-06   Ansvarig: Petra Nilsson, projektledare   Remisstid: t.o.m. 2026-11-27")
    w.y -= 26

    w.heading("1. Bakgrund")
    w.para("Etableringarna inom fossilfri stålproduktion, vätgas och gruvnäring i Boden, Luleå och Malmfälten "
           "gör att industrin i Norrbotten behöver rekrytera flera tusen personer de kommande åren. Samtidigt finns "
           "arbetssökande i länet som står långt från arbetsmarknaden och som inte har den utbildning som efterfrågas. "
           "GRIP Norrbotten ska korta vägen mellan de två genom korta, yrkesinriktade spår som genomförs tillsammans "
           "med kommunernas vuxenutbildning och Arbetsförmedlingen.")
    w.heading("2. Syfte och mål")
    w.para("Syftet är att fler arbetssökande i Norrbotten ska få arbete inom den gröna industrin. Projektet ska under "
           "projektperioden ta emot 80 deltagare. Målet är att minst 60 procent av deltagarna ska vara i arbete eller "
           "studier 90 dagar efter avslutat spår. Andelen kvinnor bland deltagarna ska vara minst 40 procent.",
           marks=[("goal", "60 procent")])
    w.heading("3. Målgrupp och definitioner")
    w.para("Projektets målgrupp är omställningsdeltagare som anvisas av Arbetsförmedlingen. I planen används följande "
           "begrepp:")
    w.para("Med omställningsdeltagare avses en person som är inskriven som arbetssökande hos Arbetsförmedlingen, som "
           "saknar den utbildning eller yrkeserfarenhet som den gröna industrin efterfrågar, men som bedöms kunna bli "
           "anställningsbar inom 20 veckor med stöd av ett av projektets spår.", indent=14)
    w.para("Med spår avses en sammanhållen utbildning med yrkesteori, praktik på arbetsplats (APL) och "
           "yrkessvenska, som genomförs i grupp på en ort.", indent=14)
    w.para("Med matchningsansvarig avses den handläggare på Arbetsförmedlingen som följer deltagaren under spåret och "
           "ansvarar för kontakten med arbetsgivare inför avslut.", indent=14)
    w.para("Som villkor gäller i denna version att deltagaren ska ha varit inskriven hos Arbetsförmedlingen i minst "
           "12 månader (se även överenskommelsen om samverkan).")

    w.newpage()
    w.heading("4. Spår och preliminär tidplan")
    w.para("Tabell 1 visar de fyra spår som planeras. Startdatumen är preliminära och fastställs i nämndens beslut.")
    w.table([["Spår", "Ort", "Anordnare", "Platser", "Preliminär start"],
             ["Processoperatör", "Boden", "Kompetenscentrum Boden", "2 x 16", "1 mars 2027 (grupp 1), hösten 2027 (grupp 2)"],
             ["Elteknik och automation", "Luleå", "Lärcentrum Luleå", "16", "15 mars 2027"],
             ["Gruv- och anläggningsmaskin", "Gällivare", "Kompetenscentrum Malmfälten", "12", "12 april 2027"],
             ["Industrisvenska (språkspår)", "Haparanda", "Haparanda lärcentrum", "20", "1 mars 2027"],
             ["Summa", "", "", "80", ""]],
            [130, 65, 140, 48, 88], boldlast=True)
    w.heading("5. Organisation")
    w.para("Region Norrbotten är projektägare. Projektledare är Petra Nilsson och projektekonom Mikael Sundqvist, "
           "båda vid avdelningen för regional utveckling.")
    w.para("Styrgruppen leds av avdelningschef Henrik Lundmark. I styrgruppen ingår en representant var för Bodens "
           "kommun, Luleå kommun, Gällivare kommun, Haparanda stad och Kalix kommun samt Johan Keskitalo, "
           "Arbetsförmedlingen. Styrgruppen sammanträder minst fyra gånger per år.")
    w.heading("6. Budget och finansiering")
    w.para("Tabell 2. Kostnader 2027–2028 (kronor)", font="Helvetica-Oblique", size=9, gap=2)
    w.table([["Kostnadsslag", "Belopp"],
             ["Personal (projektledning, ekonomi)", "3 960 000"],
             ["Utbildningsköp (fyra spår, fem grupper)", "7 180 000"],
             ["Lokaler och utrustning", "1 120 000"],
             ["Hyra av körsimulator (gruvspåret)", "1 650 000"],
             ["Resor och studiebesök", "390 000"],
             ["Extern utvärdering", "500 000"],
             ["Summa kostnader", "14 800 000"]],
            [260, 110], boldlast=True, marks=[("total", "14 800 000")])
    w.para("Tabell 3. Finansiering (kronor)", font="Helvetica-Oblique", size=9, gap=2)
    w.table([["Finansiär", "Belopp", "Andel"],
             ["Region Norrbotten, regionala utvecklingsmedel", "7 400 000", "50 %"],
             ["Kommunerna (kontant och lokaler)", "4 440 000", "30 %"],
             ["Arbetsförmedlingen (personal)", "2 960 000", "20 %"],
             ["Summa", "14 800 000", "100 %"]],
            [260, 110, 60], boldlast=True)

    w.newpage()
    w.heading("7. Risker")
    w.table([["Risk", "Sannolikhet", "Åtgärd"],
             ["För få anvisade deltagare", "Medel", "Gemensam anvisningsplan med Arbetsförmedlingen"],
             ["Försenad leverans av körsimulator", "Medel", "Reservplan med inhyrd maskin hos entreprenör"],
             ["Lokalbrist i Luleå", "Låg", "Dialog med grannkommuner om alternativa lokaler"],
             ["Arbetsgivare tar inte emot APL", "Låg", "Avsiktsförklaringar innan kursstart"]],
            [170, 70, 220])
    w.heading("8. Uppföljning och rapportering")
    w.para("Projektledaren lämnar lägesrapport till styrgruppen inför varje möte. Deltagarnas sysselsättning följs "
           "upp 90 dagar efter avslutat spår tillsammans med Arbetsförmedlingen. En extern utvärdering upphandlas "
           "under 2027.")
    w.heading("9. Projektperiod")
    w.para("Projektperioden föreslås vara 1 februari 2027–31 december 2028.")
    footer(c, w.page)
    c.showPage()
    c.save()
    marks = w.marks

    # ---- add review annotations with pypdf (as Acrobat 'Kommentera' would)
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, DictionaryObject, FloatObject, NameObject,
                               NumberObject, TextStringObject, BooleanObject)

    rd = PdfReader(io.BytesIO(buf.getvalue()))
    wr = PdfWriter(clone_from=rd)

    def arr(*v):
        return ArrayObject([FloatObject(round(x, 2)) for x in v])

    def base(subtype, rect, author, contents, date, nm, subj, color):
        d = DictionaryObject()
        d[NameObject("/Type")] = NameObject("/Annot")
        d[NameObject("/Subtype")] = NameObject(subtype)
        d[NameObject("/Rect")] = arr(*rect)
        d[NameObject("/T")] = TextStringObject(author)
        d[NameObject("/Contents")] = TextStringObject(contents)
        d[NameObject("/M")] = TextStringObject(date)
        d[NameObject("/CreationDate")] = TextStringObject(date)
        d[NameObject("/NM")] = TextStringObject(nm)
        d[NameObject("/Subj")] = TextStringObject(subj)
        d[NameObject("/C")] = arr(*color)
        d[NameObject("/F")] = NumberObject(4)
        return d

    def add(pageno, d):
        page = wr.pages[pageno - 1]
        ref = wr._add_object(d)
        d[NameObject("/P")] = page.indirect_reference
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(ref)
        return ref

    # sticky note on the cover
    add(1, base("/Text", (W - 60, H - 110, W - 40, H - 90), "Mikael Sundqvist",
                "REMISS: lämna synpunkter direkt i PDF:en som kommentarer senast 27 november 2026. /MS",
                "D:20261106140211+01'00'", "a1f0c3e2-0001", "Kommentar", (1, 0.82, 0)))
    # highlight on '60 procent' with a note from AF
    pg, x, y, wd, sz = marks["goal"]
    hl = base("/Highlight", (x - 1, y - 2.5, x + wd + 1, y + sz), "Johan Keskitalo",
              "Arbetsförmedlingens eget mål för liknande insatser är 55 % – ska vi sänka till 55 procent så att "
              "målen harmoniserar? /JK, Arbetsförmedlingen",
              "D:20261118091544+01'00'", "a1f0c3e2-0002", "Markera", (1, 1, 0))
    hl[NameObject("/QuadPoints")] = arr(x - 1, y + sz, x + wd + 1, y + sz, x - 1, y - 2.5, x + wd + 1, y - 2.5)
    add(pg, hl)
    # 'Ersätt text' on the cost total: Caret holds the new text, StrikeOut over the old (grouped)
    pg, x, y, wd, sz = marks["total"]
    caret = base("/Caret", (x + wd - 2, y - 3, x + wd + 8, y + sz), "Mikael Sundqvist", "15 600 000",
                 "D:20261120103012+01'00'", "a1f0c3e2-0003", "Infogad text", (0, 0, 1))
    caret[NameObject("/IT")] = NameObject("/Replace")
    cref = add(pg, caret)
    so = base("/StrikeOut", (x - 1, y - 2, x + wd + 1, y + sz), "Mikael Sundqvist", "",
              "D:20261120103012+01'00'", "a1f0c3e2-0004", "Ersatt text", (1, 0, 0))
    so[NameObject("/QuadPoints")] = arr(x - 1, y + sz, x + wd + 1, y + sz, x - 1, y - 2, x + wd + 1, y - 2)
    so[NameObject("/IRT")] = cref
    so[NameObject("/RT")] = NameObject("/Group")
    add(pg, so)
    # sticky note beside the cost table + a reply (IRT)
    note = base("/Text", (W - 58, y + 40, W - 40, y + 58), "Mikael Sundqvist",
                "Lönekostnaderna i tabell 2 är räknade på 2026 års nivå. Räkna upp personal och utbildningsköp med "
                "3,5 % per år – då landar totalen på 15 600 000 kr. Finansieringen i tabell 3 behöver justeras i "
                "samma proportioner (50/30/20).",
                "D:20261120103355+01'00'", "a1f0c3e2-0005", "Kommentar", (1, 0.82, 0))
    nref = add(pg, note)
    reply = base("/Text", (W - 58, y + 40, W - 40, y + 58), "Petra Nilsson",
                 "Instämmer – tas med i underlaget till RUN den 10 december.",
                 "D:20261123081907+01'00'", "a1f0c3e2-0006", "Kommentar", (1, 0.82, 0))
    reply[NameObject("/IRT")] = nref
    reply[NameObject("/RT")] = NameObject("/R")
    reply[NameObject("/Open")] = BooleanObject(False)
    add(pg, reply)
    # a question on the risk table (page 3)
    add(3, base("/Text", (W - 58, H - 120, W - 40, H - 102), "Per-Olof Kuoppa",
                "Gällivare: simulatorhallen blir klar tidigast i april. Räkna med att gruvspåret kan behöva skjutas. /P-O K",
                "D:20261124150200+01'00'", "a1f0c3e2-0007", "Kommentar", (1, 0.82, 0)))
    wr.add_metadata({"/Producer": "Adobe Acrobat Pro (64-bit) 25.1.20432", "/ModDate": "D:20261124150311+01'00'"})
    with open(path, "wb") as f:
        wr.write(f)


# ================================================================ 2. DOCX (Strict OOXML)
WNS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
RNS = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wp(text, style=None, bold=False, size=None, jc=None, space_after=None, italic=False):
    ppr = ""
    if style or jc or space_after is not None:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if space_after is not None:
            ppr += f'<w:spacing w:after="{space_after}"/>'
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        ppr += "</w:pPr>"
    rpr = ""
    if bold or size or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + \
              (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    if text == "":
        return f"<w:p>{ppr}</w:p>"
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'


def wtable(rows, widths, boldlast=False):
    b = '<w:tblBorders>' + "".join(
        f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        for e in ("top", "start", "bottom", "end", "insideH", "insideV")) + '</w:tblBorders>'
    x = f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{b}</w:tblPr><w:tblGrid>' + \
        "".join(f'<w:gridCol w:w="{wd}"/>' for wd in widths) + "</w:tblGrid>"
    for ri, row in enumerate(rows):
        x += "<w:tr>"
        for ci, v in enumerate(row):
            bold = ri == 0 or (boldlast and ri == len(rows) - 1)
            jc = "end" if ci > 0 and any(ch.isdigit() for ch in v) and ri > 0 and len(widths) == 3 else None
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if ri == 0 else ""
            x += f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/>{shade}</w:tcPr>' + \
                 wp(v, bold=bold, jc=jc, space_after=0) + "</w:tc>"
        x += "</w:tr>"
    return x + "</w:tbl>"


def make_strict_docx(path):
    body = []
    A = body.append
    A(wp("§ 142", style="Rubrik1"))
    A(wp("GRIP Norrbotten – Grön industri: Rekrytering, Inkludering, Praktik – beslut om finansiering och "
         "projektstart", style="Rubrik2"))
    A(wp("Diarienummer RS 2026/2214", italic=True))
    A(wp("Beslut", style="Rubrik3"))
    A(wp("Regionala utvecklingsnämnden beslutar"))
    for i, t in enumerate([
        "att bevilja avdelningen för regional utveckling 7 800 000 kronor ur anslaget för regionala "
        "utvecklingsmedel (1:1) för projektet GRIP Norrbotten,",
        "att fastställa projektets totala budget till 15 600 000 kronor i enlighet med tabell 1,",
        "att projektperioden ska vara 1 februari 2027–30 juni 2029,",
        "att utse Petra Nilsson till projektledare och avdelningschef Henrik Lundmark till ordförande i "
        "styrgruppen,",
        "att första kursstart för respektive spår ska vara enligt tabell 2,",
        "att lägesrapport ska lämnas till nämnden senast 31 augusti och 28 februari varje år samt att "
        "slutrapport ska lämnas senast 30 september 2029, samt",
        "att projektets mål enligt projektplanen – 80 deltagare, varav minst 60 procent i arbete eller studier "
        "90 dagar efter avslutat spår – ligger fast."], start=1):
        A(wp(f"{i}. {t}"))
    A(wp("Sammanfattning av ärendet", style="Rubrik3"))
    A(wp("Avdelningen för regional utveckling har tagit fram en projektplan för GRIP Norrbotten som varit på "
         "remiss till berörda kommuner och Arbetsförmedlingen under perioden 6–27 november 2026. Efter remissen "
         "har budgeten räknats upp från 14 800 000 kronor till 15 600 000 kronor, eftersom lönekostnaderna i "
         "remissversionen var beräknade på 2026 års nivå. Projektperioden förlängs med sex månader så att den "
         "andra gruppen i spåret Processoperatör hinner följas upp. Startdatumen i projektplanen var preliminära; "
         "första kursstarterna fastställs i tabell 2."))
    A(wp("Arbetsförmedlingens förslag att sänka resultatmålet till 55 procent har inte tagits med, eftersom "
         "projektets mål avser en mer avgränsad målgrupp."))
    A(wp("Tabell 1. Finansiering 2027–2029 (kronor)", italic=True, space_after=60))
    A(wtable([["Finansiär", "Belopp", "Andel"],
              ["Region Norrbotten, regionala utvecklingsmedel", "7 800 000", "50 %"],
              ["Deltagande kommuner (kontant och lokaler)", "4 680 000", "30 %"],
              ["Arbetsförmedlingen (personal)", "3 120 000", "20 %"],
              ["Summa", "15 600 000", "100 %"]], [5200, 1800, 1200], boldlast=True))
    A(wp(""))
    A(wp("Tabell 2. Spår och första kursstart", italic=True, space_after=60))
    A(wtable([["Spår", "Ort", "Första kursstart"],
              ["Processoperatör", "Boden", "8 mars 2027"],
              ["Elteknik och automation", "Luleå", "15 mars 2027"],
              ["Industrisvenska (språkspår)", "Haparanda", "22 mars 2027"],
              ["Gruv- och anläggningsmaskin", "Gällivare", "12 april 2027"]], [4200, 2000, 2200]))
    A(wp(""))
    A(wp("Beslutsunderlag", style="Rubrik3"))
    A(wp("Tjänsteskrivelse 2026-11-30, projektplan GRIP Norrbotten version 1.0, remissammanställning."))
    A(wp("Expedieras till", style="Rubrik3"))
    A(wp("Projektledaren, ekonomienheten, Arbetsförmedlingen Marknadsområde Norr, Bodens kommun, Luleå kommun, "
         "Gällivare kommun, Haparanda stad, Kalix kommun"))
    A(wp(""))
    A(wp("Justerandes signatur ____________          Utdragsbestyrkande ____________", size=18))

    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId2"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1418" w:bottom="1418" '
            'w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{WNS}" xmlns:r="{RNS}" w:conformance="strict"><w:body>'
                + "".join(body) + sect + "</w:body></w:document>")
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<w:hdr xmlns:w="{WNS}" xmlns:r="{RNS}">'
              + wp("Region Norrbotten", bold=True, space_after=0)
              + wp("PROTOKOLLSUTDRAG – Regionala utvecklingsnämnden", space_after=0)
              + wp("Sammanträdesdatum 2026-12-10", space_after=0, jc="end")
              + "</w:hdr>")

    def style(sid, name, size, bold=True):
        return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
                '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
                f'<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/></w:pPr>'
                f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/></w:rPr></w:style>')

    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<w:styles xmlns:w="{WNS}"><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="sv-SE"/>'
              '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" '
              'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              + style("Rubrik1", "heading 1", 32) + style("Rubrik2", "heading 2", 26) + style("Rubrik3", "heading 3", 23)
              + "</w:styles>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/header" Target="header1.xml"/>'
             '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Protokollsutdrag RUN 2026-12-10 § 142</dc:title><dc:creator>Nämndsekreterare</dc:creator>'
            '<cp:lastModifiedBy>Registrator</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-11T08:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-14T13:40:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties">'
           '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
             ("docProps/app.xml", app), ("word/document.xml", document),
             ("word/_rels/document.xml.rels", drels), ("word/styles.xml", styles),
             ("word/header1.xml", header)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 14, 13, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


# ================================================================ 3. CriticMarkup MD
AGREEMENT = """\
# Överenskommelse om samverkan – GRIP Norrbotten

**Version 0.4 (arbetsversion med ändringsmarkeringar)** · Dnr RS 2026/2214 · senast ändrad 2027-01-15 av Petra Nilsson

> **Läsanvisning.** Ändringsförslagen från remissrundan visas med CriticMarkup:
> `{~~gammal~>ny~~}` = ersatt text, `{++ny++}` = tillagd text, `{--bort--}` = struken text,
> `{>>…<<}` = kommentar och `{==…==}` = markerad text.
> Partsmötet den 14 januari 2027 godkände **samtliga** ändringsförslag **utom** de som har
> kommentaren *EJ GODKÄND*. En ren version (1.0) tas fram för underskrift.

## 1. Parter

Denna överenskommelse är träffad mellan Region Norrbotten, Arbetsförmedlingen (Marknadsområde Norr) och
kommunerna Boden, Luleå, Gällivare{--, Kalix--} och Haparanda.{>>Kalix kommun meddelade 2027-01-08 att kommunen avstår från att delta i denna omgång. /PN<<}

## 2. Syfte

Parterna ska gemensamt genomföra projektet GRIP Norrbotten (Grön industri: Rekrytering, Inkludering, Praktik)
så att fler arbetssökande får arbete inom den gröna industrin i länet.

## 3. Målgrupp

Projektet vänder sig till omställningsdeltagare enligt projektplanen. Deltagaren ska vara inskriven som
arbetssökande hos Arbetsförmedlingen sedan minst {~~12 månader~>6 månader~~} och vara anvisad till ett spår av
Arbetsförmedlingen.{>>12 månader stänger ute många nyanlända med industribakgrund. /JK, Arbetsförmedlingen<<}

## 4. Parternas åtaganden

**Arbetsförmedlingen**

- anvisar deltagare till spåren{++ senast tre veckor före kursstart++},
- utser en matchningsansvarig handläggare per spår,
- står för sin egen personal som medfinansiering (se punkt 5).

**Kommunerna**

- anordnar spåren inom den kommunala vuxenutbildningen eller upphandlar dem,
- upplåter lokaler för spår som genomförs i kommunen,
- utser en kontaktperson till projektet.

**Region Norrbotten**

- är projektägare och anställer projektledare och projektekonom,
- sammankallar styrgruppen och ansvarar för rapportering till regionala utvecklingsnämnden.

## 5. Finansiering

| Part | Belopp (kr) | Form |
|---|---:|---|
| Region Norrbotten | 7 800 000 | Regionala utvecklingsmedel |
| Bodens kommun | {~~1 200 000~>1 380 000~~} | Kontant och lokaler |
| Luleå kommun | 1 500 000 | Kontant |
| Gällivare kommun | {~~900 000~>1 020 000~~} | Kontant och lokaler (simulatorhall) |
| Haparanda stad | 780 000 | Lokaler och lärartid |
| {--Kalix kommun--} | {--420 000--} | {--Kontant--} |
| Arbetsförmedlingen | 3 120 000 | Personal |
| **Summa** | **{~~15 720 000~>15 600 000~~}** | |

{>>Kommunernas andel ska vara 4 680 000 kr enligt RUN 2026-12-10 § 142. Kalix andel fördelas på Boden och Gällivare, som har de största spåren. /MS<<}

## 6. Reseersättning

Deltagare som har mer än {~~3 mil~>2 mil~~} enkel väg mellan bostaden och utbildningsorten får ersättning för
resor med kollektivtrafik enligt Arbetsförmedlingens regler.{>>EJ GODKÄND – kostnaden ryms inte i budgeten, nuvarande gräns gäller. /Partsmötet 2027-01-14<<}

## 7. Giltighetstid och uppsägning

Överenskommelsen gäller från undertecknandet till och med {~~31 december 2028~>30 juni 2029~~}.
En part kan säga upp överenskommelsen med {==tre månaders==} uppsägningstid.{>>Räcker tre månader om en kommun hoppar av mitt i ett spår? /SL<<}

## 8. Kontaktpersoner

| Part | Kontaktperson | Roll |
|---|---|---|
| Region Norrbotten | Petra Nilsson | Projektledare |
| Arbetsförmedlingen | Johan Keskitalo | Arbetsförmedlare, samverkan |
| Bodens kommun | Anders Öhman | Rektor, Kompetenscentrum Boden |
| Luleå kommun | Maria Nyberg | Verksamhetschef vuxenutbildning |
| Gällivare kommun | Per-Olof Kuoppa | Chef, Kompetenscentrum Malmfälten |
| Haparanda stad | Sanna Lehtonen | Studie- och yrkesvägledare |

## 9. Underskrifter

| Region Norrbotten | Arbetsförmedlingen | Bodens kommun | Luleå kommun | Gällivare kommun | Haparanda stad |
|---|---|---|---|---|---|
| &nbsp; | &nbsp; | &nbsp; | &nbsp; | &nbsp; | &nbsp; |
"""


# ================================================================ 4. vCard TXT
def fold(line, limit=75):
    """RFC 6350/2425 folding at 75 octets; continuation lines start with a space."""
    b = line.encode("utf-8")
    out, first = [], True
    while b:
        n = limit if first else limit - 1
        if len(b) <= n:
            out.append(b)
            break
        cut = n
        while cut > 0 and (b[cut] & 0xC0) == 0x80:  # do not split a UTF-8 sequence
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    return b"\r\n ".join(out).decode("utf-8")


def photo(seed, n=1100):
    raw = b""
    h = seed.encode()
    while len(raw) < n:
        h = hashlib.sha256(h).digest()
        raw += h
    return base64.b64encode(b"\xff\xd8\xff\xe0" + raw[:n]).decode()


def make_vcards(path):
    cards = []

    def card(lines):
        cards.append("\r\n".join(["BEGIN:VCARD"] + [fold(l) for l in lines] + ["END:VCARD"]))

    card(["VERSION:3.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
          "N:Nilsson;Petra;;;", "FN:Petra Nilsson",
          "ORG:Region Norrbotten;Avdelningen för regional utveckling",
          "TITLE:Projektledare GRIP Norrbotten",
          "TEL;TYPE=WORK,VOICE:0920-28 41 63", "TEL;TYPE=CELL:070-262 18 05",
          "EMAIL;TYPE=INTERNET,PREF:petra.nilsson@norrbotten.example",
          "ADR;TYPE=WORK:;;Kungsgatan 28;Luleå;;972 41;Sverige",
          "NOTE:Föräldraledig 1 april–31 december 2027. Under ledigheten är Aili Rantakyrö "
          "tillförordnad projektledare\\, se styrgruppens protokoll 2027-03-18. Mejl till Petra läses inte "
          "under ledigheten.",
          "CATEGORIES:GRIP,Region Norrbotten",
          "PHOTO;ENCODING=b;TYPE=JPEG:" + photo("petra"),
          "REV:20270301T141200Z"])
    card(["VERSION:3.0", "N:Rantakyrö;Aili;;;", "FN:Aili Rantakyrö",
          "ORG:Region Norrbotten;Avdelningen för regional utveckling",
          "TITLE:Utvecklingsstrateg\\, tf. projektledare GRIP fr.o.m. 2027-04-01",
          "TEL;TYPE=WORK,VOICE:0920-28 45 90",
          "EMAIL;TYPE=INTERNET:aili.rantakyro@norrbotten.example",
          "CATEGORIES:GRIP,Region Norrbotten", "REV:20270302T081500Z"])
    card(["VERSION:3.0", "N:Sundqvist;Mikael;;;", "FN:Mikael Sundqvist",
          "ORG:Region Norrbotten;Ekonomienheten", "TITLE:Projektekonom",
          "TEL;TYPE=WORK,VOICE:0920-28 40 12",
          "EMAIL;TYPE=INTERNET:mikael.sundqvist@norrbotten.example",
          "CATEGORIES:GRIP,Region Norrbotten", "REV:20261015T100000Z"])
    # old card, vCard 2.1 from an older Outlook, quoted-printable NOTE (Windows-1252)
    cards.append("\r\n".join([
        "BEGIN:VCARD", "VERSION:2.1", "N:Keskitalo;Johan", "FN:Johan Keskitalo",
        "ORG;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Arbetsf=F6rmedlingen;Marknadsomr=E5de Norr",
        "TITLE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Arbetsf=F6rmedlare",
        "TEL;WORK;VOICE:010-486 31 70",
        "EMAIL;PREF;INTERNET:johan.keskitalo@arbetsformedlingen.example",
        "NOTE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Slutade p=E5 Arbetsf=F6rmedlingen 2027-01-31. Ny kon=",
        "takt f=F6r GRIP fr=E5n 1 februari: Sanna Lehto.",
        "REV:20270129T155900Z", "END:VCARD"]))
    card(["VERSION:3.0", "N:Lehto;Sanna;;;", "FN:Sanna Lehto",
          "ORG:Arbetsförmedlingen;Marknadsområde Norr",
          "TITLE:Samverkansansvarig GRIP Norrbotten (fr.o.m. 2027-02-01)",
          "TEL;TYPE=WORK,VOICE:010-486 52 17",
          "item1.TEL:0771-416 416", "item1.X-ABLabel:Växel (ej direkt)",
          "EMAIL;TYPE=INTERNET:sanna.lehto@arbetsformedlingen.example",
          "ADR;TYPE=WORK:;;Storgatan 5;Luleå;;972 31;Sverige",
          "CATEGORIES:GRIP,Arbetsförmedlingen", "REV:20270201T073000Z"])
    card(["VERSION:3.0", "N:Lehtonen;Sanna;;;", "FN:Sanna Lehtonen",
          "ORG:Haparanda stad;Vuxenutbildningen", "TITLE:Studie- och yrkesvägledare",
          "TEL;TYPE=WORK,VOICE:0922-150 27",
          "EMAIL;TYPE=INTERNET:sanna.lehtonen@haparanda.example",
          "NOTE:Kontaktperson för språkspåret (industrisvenska) i Haparanda. Talar finska och meänkieli.",
          "CATEGORIES:GRIP,Kommuner", "REV:20270110T120000Z"])
    card(["VERSION:3.0", "N:Lundmark;Henrik;;;", "FN:Henrik Lundmark",
          "ORG:Region Norrbotten;Avdelningen för regional utveckling",
          "TITLE:Avdelningschef\\, ordförande styrgruppen GRIP",
          "TEL;TYPE=WORK,VOICE:0920-28 40 01", "CATEGORIES:GRIP,Region Norrbotten",
          "REV:20260901T090000Z"])
    card(["VERSION:3.0", "N:Kuoppa;Per-Olof;;;", "FN:Per-Olof Kuoppa",
          "ORG:Gällivare kommun;Kompetenscentrum Malmfälten", "TITLE:Enhetschef",
          "TEL;TYPE=WORK,VOICE:0970-818 62",
          "ADR;TYPE=WORK:;;Lasarettsvägen 6\\, simulatorhallen ingång B;Gällivare;;982 31;Sverige",
          "CATEGORIES:GRIP,Kommuner", "REV:20261124T150000Z"])
    card(["VERSION:3.0", "N:Holmström;Emma;;;", "FN:Emma Holmström",
          "ORG:Piteå kommun;Yrkescentrum Piteå", "TITLE:Utbildningsledare vuxenutbildning",
          "TEL;TYPE=WORK,VOICE:0911-69 63 20",
          "ADR;TYPE=WORK:;;Hamngatan 14\\, hus C;Piteå;;941 32;Sverige",
          "NOTE:Ny kontakt efter styrgruppen 18/3 – elteknikspåret flyttas troligen till Piteå. Ej med i "
          "överenskommelsen ännu.",
          "CATEGORIES:GRIP,Kommuner", "REV:20270302T080000Z"])
    with open(path, "wb") as f:
        f.write(("\r\n".join(cards) + "\r\n").encode("utf-8"))


# ================================================================ 5. redacted minutes PDF
def make_minutes(path):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Protokoll styrgruppen GRIP Norrbotten 2027-03-18 (maskerad kopia)")
    c.setAuthor("Region Norrbotten")
    masks = []  # (page, x, y, w, size, law)

    def footer(cv, n):
        cv.setFont("Helvetica", 8)
        cv.setFillGray(0.35)
        cv.drawString(62, 40, "Styrgruppen GRIP Norrbotten – protokoll 2027:3 – utlämnad kopia")
        cv.drawRightString(W - 62, 40, f"Sida {n} av 2")
        cv.setFillGray(0)

    w = Writer(c, footer=footer, top=60)
    # letterhead + 'utlämnad' stamp box
    c.setFont("Helvetica-Bold", 11)
    c.drawString(62, H - 52, "Region Norrbotten")
    c.setFont("Helvetica", 9)
    c.drawString(62, H - 65, "Styrgruppen för GRIP Norrbotten")
    c.setStrokeColorRGB(0.75, 0.1, 0.1)
    c.setFillColorRGB(0.75, 0.1, 0.1)
    c.setLineWidth(1.2)
    c.rect(W - 232, H - 92, 170, 50, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(W - 226, H - 55, "UTLÄMNAD ALLMÄN HANDLING")
    c.setFont("Helvetica", 7.5)
    c.drawString(W - 226, H - 66, "2027-04-06  Dnr RS 2027/0412")
    c.drawString(W - 226, H - 76, "Uppgifter maskerade med stöd av")
    c.drawString(W - 226, H - 86, "OSL 21 kap. 7 § och 31 kap. 16 §")
    c.setFillGray(0)
    c.setStrokeGray(0)
    w.y = H - 122
    c.setFont("Helvetica-Bold", 15)
    c.drawString(62, w.y, "PROTOKOLL 2027:3")
    w.y -= 20
    c.setFont("Helvetica", 9.5)
    for k, v in [("Datum", "torsdag 18 mars 2027, kl. 13.00–15.40"),
                 ("Plats", "Bodens stadshus, sammanträdesrum Rödberget, och Teams"),
                 ("Närvarande", "Henrik Lundmark, ordförande (Region Norrbotten); Petra Nilsson, projektledare, "
                                "sekreterare; Aili Rantakyrö (Region Norrbotten); Sanna Lehto (Arbetsförmedlingen); "
                                "Anders Öhman (Bodens kommun); Maria Nyberg (Luleå kommun); Per-Olof Kuoppa "
                                "(Gällivare kommun); Sanna Lehtonen (Haparanda stad)"),
                 ("Adjungerad", "Emma Holmström (Piteå kommun), § 4")]:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(62, w.y, k)
        lines = wrap(v, "Helvetica", 9.5, W - 62 - 150)
        c.setFont("Helvetica", 9.5)
        for ln in lines:
            c.drawString(150, w.y, ln)
            w.y -= 12.5
        w.y -= 3
    w.y -= 6

    def item(no, title, paras):
        w.heading(f"§ {no}  {title}", size=11)
        for p in paras:
            if isinstance(p, tuple):
                text, mk = p
                w.para(text, marks=[(m[0], m[1]) for m in mk])
                for key, phrase, law in mk:
                    masks.append((key, law))
            else:
                w.para(p)

    item(1, "Mötets öppnande", ["Ordföranden öppnade mötet och hälsade Emma Holmström från Piteå kommun välkommen."])
    item(2, "Val av justerare", ["Per-Olof Kuoppa valdes att jämte ordföranden justera protokollet."])
    item(3, "Lägesrapport", [
        "Processoperatör grupp 1 startade den 8 mars i Boden med 15 deltagare på 16 platser. Industrisvenska i "
        "Haparanda startar den 22 mars; 18 deltagare är anvisade. Arbetsförmedlingen har hittills anvisat 41 "
        "deltagare till projektet. Resultat om arbete eller studier redovisas först när de första spåren har "
        "avslutats.",
        "Beslut: Styrgruppen lägger lägesrapporten till handlingarna."])
    item(4, "Elteknik och automation – ny ort och nytt startdatum", [
        "Lärcentrum Luleås lokaler på Kronan kan inte användas under våren på grund av en vattenskada. Piteå "
        "kommun har erbjudit lokaler och lärare på Yrkescentrum Piteå.",
        "Beslut: att spåret Elteknik och automation genomförs i Piteå, Yrkescentrum Piteå, hus C, att första "
        "kursstart flyttas från 15 mars till 12 april 2027, samt att Piteå kommun adjungeras till styrgruppen "
        "tills vidare."])
    item(5, "Gruv- och anläggningsmaskin – senarelagd start", [
        "Leveransen av körsimulatorn är försenad och simulatorhallen i Gällivare är inte färdig.",
        "Beslut: att kursstarten flyttas från 12 april till 3 maj 2027, samt att ge ordföranden i uppdrag att "
        "besluta om ytterligare senareläggning om leveransen dröjer. Ett sådant beslut anmäls vid nästa möte."])
    item(6, "Upphandling av körsimulator", [
        "Tre anbud har kommit in. Utvärderingen har gjorts enligt lägsta pris med kvalitetskrav.",
        ("Beslut: att tilldela Nordic Mining Sim AB kontraktet för hyra av körsimulator för perioden maj 2027–juni "
         "2029 till ett pris av 2 340 000 kronor exklusive moms. Näst lägsta anbud var 2 610 000 kronor.",
         [("p1", "2 340 000 kronor", "OSL 31:16"), ("p2", "2 610 000 kronor", "OSL 31:16")])])
    item(7, "Deltagarärende", [
        ("En deltagare i spåret Processoperatör, Niklas Hedman (19910215-4478), har avbrutit utbildningen av "
         "hälsoskäl. Platsen erbjuds nästa person på Arbetsförmedlingens reservlista.",
         [("n1", "Niklas Hedman (19910215-4478)", "OSL 21:7"), ("n2", "hälsoskäl", "OSL 21:7")]),
        "Beslut: Styrgruppen noterar informationen."])
    item(8, "Tillförordnad projektledare", [
        "Petra Nilsson är föräldraledig från den 1 april 2027.",
        "Beslut: att utse Aili Rantakyrö till tillförordnad projektledare från den 1 april 2027 under Petra "
        "Nilssons föräldraledighet."])
    item(9, "Nästa möte", ["Nästa möte hålls den 10 juni 2027 kl. 13.00 i Bodens stadshus."])
    item(10, "Mötets avslutande", ["Ordföranden tackade för visat intresse och avslutade mötet."])
    w.need(90)
    w.y -= 20
    c.setFont("Helvetica", 9.5)
    for i, (role, name) in enumerate([("Vid protokollet", "Petra Nilsson"), ("Justeras", "Henrik Lundmark"),
                                      ("Justeras", "Per-Olof Kuoppa")]):
        x = 62 + i * 165
        c.drawString(x, w.y, role)
        c.line(x, w.y - 26, x + 140, w.y - 26)
        c.drawString(x, w.y - 38, name)

    # the 'masking': opaque black boxes drawn over the text, which stays in the text layer
    pages_masks = {}
    for key, law in masks:
        if key in w.marks:
            pages_masks.setdefault(w.marks[key][0], []).append((w.marks[key], law))
    # All masks here fall on the current (last) page or earlier ones; draw on the right page.
    # Because reportlab draws page by page, masks for earlier pages are drawn via a second pass below.
    footer(c, w.page)
    c.showPage()
    c.save()

    # second pass: overlay black boxes with pypdf (as a 'rectangle tool' flattened into the page)
    from pypdf import PdfReader, PdfWriter
    rd = PdfReader(io.BytesIO(buf.getvalue()))
    wr = PdfWriter(clone_from=rd)
    for pno, lst in sorted(pages_masks.items()):
        ov = io.BytesIO()
        oc = canvas.Canvas(ov, pagesize=A4, invariant=1)
        for (pg, x, y, wd, sz), law in lst:
            oc.setFillGray(0)
            oc.rect(x - 1.5, y - 3, wd + 3, sz + 4.5, stroke=0, fill=1)
            oc.setFillColorRGB(0.75, 0.1, 0.1)
            oc.setFont("Helvetica", 6.5)
            oc.drawRightString(W - 20, y, law)
        oc.showPage()
        oc.save()
        wr.pages[pno - 1].merge_page(PdfReader(io.BytesIO(ov.getvalue())).pages[0])
    wr.add_metadata({"/Producer": "Region Norrbotten diarium – utlämnande 3.2"})
    with open(path, "wb") as f:
        wr.write(f)


# ================================================================ 6. DokuWiki TXT
DOKUWIKI = """\
====== Kursstarter och lokaler ======
~~NOTOC~~

<WRAP center round info 90%>
**Senast uppdaterad:** 2027-04-20 av [[user>aira|Aili Rantakyrö]] (tf. projektledare).\\\\
Startdatum beslutas av styrgruppen. För spåret Gruv- och anläggningsmaskin får styrgruppens ordförande besluta om senareläggning enligt delegation (styrgruppen 2027-03-18, § 5).
</WRAP>

Arbetsmaterial för [[grip:start|GRIP Norrbotten]]. Officiella beslut finns i diariet (RS 2026/2214). Se även [[grip:kontakter|kontaktlistan]].

===== Aktuella starter =====

^ Spår                          ^ Grupp ^ Ort        ^ Lokal                                         ^ Start                                                     ^ Platser ^
| Processoperatör               |   1   | Boden      | Kompetenscentrum Boden, sal 2                 | 8 mars 2027 (pågår)                                       |   16    |
| :::                           |   2   | :::        | :::                                           | 23 augusti 2027                                           |   16    |
| Industrisvenska (språkspår)   |   1   | Haparanda  | Haparanda lärcentrum, plan 3                  | 22 mars 2027 (pågår)                                      |   20    |
| Elteknik och automation       |   1   | Piteå      | Yrkescentrum Piteå, hus C((Ingång från parkeringen på baksidan. Fråga efter Emma Holmström i receptionen.)) | 12 april 2027 (pågår)   |   16    |
| Gruv- och anläggningsmaskin   |   1   | Gällivare  | Kompetenscentrum Malmfälten, simulatorhallen  | <del>12 april 2027</del> <del>3 maj 2027</del> **17 maj 2027**((Ordförandebeslut 2027-04-15 enligt delegation: Nordic Mining Sim AB levererar simulatorn först vecka 18. Anmäls på styrgruppen 10 juni. /AR)) |   12    |

Summa platser: **80**

===== Informationsträffar =====

==== För arbetsförmedlare ====

  * 27 april 2027 kl. 09.00–10.00 via Teams – genomgång av Gruv- och anläggningsmaskin och Processoperatör grupp 2. Länk skickas av [[user>sale|Sanna Lehto]].
  * Anvisning till Processoperatör grupp 2 ska vara klar senast 2 augusti 2027 (tre veckor före start enligt överenskommelsen).

==== För arbetssökande ====

  * Öppet hus på Kompetenscentrum Malmfälten 5 maj 2027 kl. 15.00–18.00.

===== Att göra =====

<todo @aira #2027-04-30>Boka buss Luleå–Piteå för deltagare i elteknikspåret</todo>\\\\
<todo @aira #2027-05-10 x>Uppdatera kursstart gruvspåret i Platsbanken-annonsen</todo>\\\\
<todo @pnil>Flytta informationsmaterialet från Luleå till Piteå</todo>

===== Gammalt (arkiverat) =====

%%Tabellen nedan är den ursprungliga planen från projektplanen v0.9. Ändra inte – den finns kvar för historiken.%%

^ Spår ^ Ort ^ Start enligt plan v0.9 ^
| Processoperatör | Boden | 1 mars 2027 |
| Elteknik och automation | Luleå | 15 mars 2027 |
| Gruv- och anläggningsmaskin | Gällivare | 12 april 2027 |
| Industrisvenska | Haparanda | 1 mars 2027 |

----
{{tag>grip kursstart lokaler norrbotten}}
"""


def main(out):
    os.makedirs(out, exist_ok=True)
    make_plan(os.path.join(out, F1))
    make_strict_docx(os.path.join(out, F2))
    with open(os.path.join(out, F3), "w", encoding="utf-8", newline="\n") as f:
        f.write(AGREEMENT)
    make_vcards(os.path.join(out, F4))
    make_minutes(os.path.join(out, F5))
    with open(os.path.join(out, F6), "w", encoding="utf-8", newline="\n") as f:
        f.write(DOKUWIKI)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python r186_make_files.py OUT_DIR")
    main(sys.argv[1])
