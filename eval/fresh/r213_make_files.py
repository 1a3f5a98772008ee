#!/usr/bin/env python3
"""r213 – testdokument om det påhittade projektet "LOK-punkter i Uppsala län".

Användning:  python r213_make_files.py OUT_DIR

Skriver sex dokument som uppdaterar varandra över tid (nyast = rätt):

 1. r213_01_projektplan_LOK-punkter_v1.0.pdf   2026-09-14  PDF, romerska sidnummer i
    förtexterna + /PageLabels (tryckt sida 1 = PDF-sida 4), innehållsförteckning med
    punktledare, tabell som bryts över sidbrytning med upprepad rubrikrad "(forts.)".
 2. r213_02_styrgrupp_protokoll_2026-12-08.docx 2026-12-08  DOCX där §4–§7 ligger i en
    w:altChunk (inbäddad HTML-del från protokollsystemet), syns i Word men inte i
    vanliga body-paragrafer.
 3. r213_03_SV_budget_efter_TVV-beslut.eml      2027-01-22  e-post text/plain
    format=flowed (mjuka radbrytningar mitt i belopp) med inline-svar mellan
    '>'- och '>>'-citat som innehåller de gamla siffrorna.
 4. r213_04_anteckningar_avstamning_2027-02-10.txt 2027-02-10  Anteckningar (Notepad)
    sparad som "Unicode" = UTF-16 LE med BOM och CRLF.
 5. r213_05_webbnyhet_skarplinge.md             2027-03-03  Jekyll-inlägg där fakta bara
    står i YAML-front matter och används via Liquid {{ page.x }}, plus {% comment %}
    med gammal text och {% include %}-taggar.
 6. r213_06_LOK-nytt_nr2-2027_haefte.pdf        2027-04-28  nyhetsbrev utskrivet som
    häfte (imposition): två A5-sidor per liggande A4 i tryckordning 8|1, 2|7, 6|3, 4|5;
    en artikel bryts mellan sida 2 och 3 som hamnar på olika PDF-sidor.

Skriptet är deterministiskt: ingen klocka, ingen slump, fasta metadata.
"""
import io
import os
import sys
import zipfile
import datetime as dt

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

# ---------------------------------------------------------------------------
# 1. Projektplan (PDF) – romerska förtexter, PageLabels, TOC med punktledare
# ---------------------------------------------------------------------------


class Flow:
    """Enkel textflödesmotor som samlar ritoperationer per sida."""

    def __init__(self, left=72, right=523, top=760, bottom=90):
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.width = right - left
        self.pages = [[]]
        self.y = top
        self.sections = []  # (nummer, rubrik, sidindex)

    def newpage(self):
        self.pages.append([])
        self.y = self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def heading(self, num, title, size=14):
        self.need(size * 4)
        self.y -= 6
        self.pages[-1].append(("text", self.left, self.y - size, f"{num}  {title}",
                               "Helvetica-Bold", size))
        self.sections.append((num, title, len(self.pages) - 1))
        self.y -= size + 10

    def para(self, s, font="Helvetica", size=10.5, leading=14.5, indent=0, after=7):
        for ln in simpleSplit(s, font, size, self.width - indent):
            self.need(leading)
            self.pages[-1].append(("text", self.left + indent, self.y - size, ln, font, size))
            self.y -= leading
        self.y -= after

    def bullets(self, items, size=10.5, leading=14.5):
        for it in items:
            lines = simpleSplit(it, "Helvetica", size, self.width - 18)
            for i, ln in enumerate(lines):
                self.need(leading)
                if i == 0:
                    self.pages[-1].append(("text", self.left + 4, self.y - size, "\u2022",
                                           "Helvetica", size))
                self.pages[-1].append(("text", self.left + 18, self.y - size, ln,
                                       "Helvetica", size))
                self.y -= leading
        self.y -= 7

    def space(self, h):
        self.y -= h

    def figure(self, h, caption):
        self.need(h + 20)
        self.pages[-1].append(("figrect", self.left + 60, self.y - h, self.width - 120, h))
        self.y -= h + 4
        self.pages[-1].append(("text", self.left + 60, self.y - 9, caption,
                               "Helvetica-Oblique", 9))
        self.y -= 22

    def table(self, caption, header, rows, widths, align, size=9.5, rowh=17):
        def draw_header(cont):
            cap = caption + (" (forts.)" if cont else "")
            self.pages[-1].append(("text", self.left, self.y - size, cap,
                                   "Helvetica-Oblique", size))
            self.y -= rowh
            self._row(header, widths, align, "Helvetica-Bold", size, rowh, shade=True)

        self.need(rowh * 3)
        draw_header(False)
        for r in rows:
            bold = r[0].startswith("Summa") or r[0].startswith("Totalt")
            if self.y - rowh < self.bottom:
                self.pages[-1].append(("text", self.right - 110, self.y - size - 2,
                                       "Tabellen fortsätter på nästa sida",
                                       "Helvetica-Oblique", 8))
                self.newpage()
                draw_header(True)
            self._row(r, widths, align, "Helvetica-Bold" if bold else "Helvetica", size, rowh)
        self.y -= 10

    def _row(self, cells, widths, align, font, size, rowh, shade=False):
        x = self.left
        self.pages[-1].append(("rect", self.left, self.y - rowh + 4, sum(widths), rowh, shade))
        for c, w, a in zip(cells, widths, align):
            if a == "r":
                self.pages[-1].append(("rtext", x + w - 5, self.y - size - 1, c, font, size))
            else:
                self.pages[-1].append(("text", x + 5, self.y - size - 1, c, font, size))
            x += w
        self.y -= rowh


def roman(n):
    return ["", "i", "ii", "iii", "iv", "v", "vi"][n]


FIG_H = 150


def make_projektplan(path):
    W, H = A4
    fl = Flow()
    fl.heading("1", "Bakgrund")
    fl.para("Allt fler byar i Uppsala län har under de senaste tio åren förlorat sin "
            "lanthandel, sitt postombud eller sitt apoteksombud. Samtidigt kräver allt fler "
            "samhällstjänster digital inloggning. Inom ramen för Regionalt serviceprogram "
            "(RSP) 2022\u20132028 vill Region Uppsala därför pröva en ny modell: LOK-punkter.")
    fl.para("En LOK-punkt är en bemannad plats i en by där flera tjänster samlas under ett "
            "tak. LOK står för lokal offentlig och kommersiell service. Punkten drivs av en "
            "lokal värd \u2013 en bygdeförening, ett byalag eller en lanthandlare \u2013 med "
            "stöd från projektet.")
    fl.para("Tjänsterna i en LOK-punkt ska minst omfatta:")
    fl.bullets(["paketutlämning och inlämning av paket,",
                "apoteksombud (utlämning av receptförskrivna läkemedel),",
                "digital hjälp, till exempel med BankID, 1177 och Försäkringskassans e-tjänster,",
                "information om kommunens och regionens service samt turistinformation."])
    fl.heading("2", "Mål och målgrupper")
    fl.para("Projektets övergripande mål är att invånare på landsbygden i Uppsala län ska ha "
            "tillgång till grundläggande service inom högst 15 minuters resväg från bostaden.")
    fl.para("Mätbara mål för projektperioden:")
    fl.bullets(["Minst 12 000 besök per år sammanlagt i LOK-punkterna från och med 2028.",
                "Minst 80 procent av besökarna ska vara nöjda eller mycket nöjda (enkät).",
                "Minst fem lokala värdar ska ha avtal med projektet senast hösten 2027."])
    fl.para("Primär målgrupp är boende på landsbygden, särskilt äldre och personer utan "
            "egen bil. Sekundär målgrupp är lokala näringsidkare och besöksnäringen.")
    fl.heading("3", "Organisation")
    fl.para("Projektägare är Region Uppsala, avdelningen Regional utveckling. Projektledare "
            "är Helena Brandt. Ekonomisk uppföljning sköts av controller Lina Öberg.")
    fl.para("En styrgrupp med en representant för varje deltagande kommun och en för Region "
            "Uppsala leder projektet. Som ordförande föreslås Karin Sjöberg, Region Uppsala. "
            "Ordförande väljs formellt vid styrgruppens första möte den 8 december 2026.")
    fl.para("Deltagande kommuner är Heby, Tierp, Östhammar och Älvkarleby. Varje kommun "
            "utser en kontaktperson till projektgruppen.")
    fl.heading("4", "LOK-punkter och tidplan")
    fl.para("Projektperioden är 1 november 2026 \u2013 31 oktober 2028. I projektet planeras "
            "fem LOK-punkter enligt tabell 2. Den första punkten, i Skärplinge bygdegård, "
            "ska invigas måndagen den 15 mars 2027.")
    fl.table("Tabell 2. Planerade LOK-punkter",
             ["LOK-punkt", "Kommun", "Lokal", "Planerad öppning"],
             [["Skärplinge", "Tierp", "Skärplinge bygdegård", "15 mars 2027"],
              ["Örbyhus", "Tierp", "Järnvägsstationen", "kvartal 3 2027"],
              ["Morgongåva", "Heby", "Byggnaden vid torget", "kvartal 4 2027"],
              ["Österbybruk", "Östhammar", "Herrgårdsflygeln", "kvartal 1 2028"],
              ["Skutskär", "Älvkarleby", "Folkets hus", "kvartal 2 2028"]],
             [90, 80, 160, 121], ["l", "l", "l", "l"])
    fl.para("Tidplanen för punkterna efter Skärplinge är preliminär och stäms av i styrgruppen.")
    fl.heading("5", "Budget och finansiering")
    fl.para("Projektets totala budget är 4 200 000 kr för hela projektperioden. Kostnaderna "
            "fördelas enligt tabell 3 och finansieringen enligt tabell 4.")
    fl.para("Personalkostnaderna avser projektledare på heltid och en digital handledare på "
            "halvtid som roterar mellan punkterna. Lokalanpassningen omfattar bland annat "
            "ramper, larm och möbler. Bygdemedlen betalas ut till de lokala värdarna.")
    fl.figure(FIG_H, "Figur 1. Principskiss: tjänster i en LOK-punkt.")
    fl.table("Tabell 3. Kostnadsbudget 2026\u20132028",
             ["Kostnadsslag", "Belopp (kr)"],
             [["Personal", "2 310 000"],
              ["Lokalanpassning och utrustning", "780 000"],
              ["Bygdemedel till lokala värdar (5 \u00d7 75 000 kr)", "375 000"],
              ["Externa tjänster, utvärdering", "250 000"],
              ["Kommunikation", "185 000"],
              ["Resor och logi", "300 000"],
              ["Summa kostnader", "4 200 000"]],
             [320, 131], ["l", "r"])
    fl.table("Tabell 4. Finansiering",
             ["Finansiär", "Belopp (kr)", "Andel"],
             [["Region Uppsala", "1 680 000", "40 %"],
              ["Tillväxtverket (RSP-stöd, sökt)", "2 100 000", "50 %"],
              ["Kommunerna (4 \u00d7 105 000 kr)", "420 000", "10 %"],
              ["Totalt", "4 200 000", "100 %"]],
             [250, 121, 80], ["l", "r", "r"])
    fl.heading("6", "Bygdemedel till lokala värdar")
    fl.para("Varje lokal värd kan söka bygdemedel med högst 75 000 kr per LOK-punkt för "
            "inredning, skyltning och utrustning. Första ansökningsomgången stänger den "
            "30 november 2026. Medlen betalas ut i efterskott mot redovisade kostnader.")
    fl.heading("7", "Uppföljning och utvärdering")
    fl.para("Besök registreras i ett enkelt räkneverktyg i varje punkt. En extern utvärderare "
            "upphandlas under våren 2027 och lämnar en slutrapport senast den 30 september "
            "2028. Projektledaren rapporterar till styrgruppen inför varje möte.")

    body = fl.pages
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("Projektplan LOK-punkter i Uppsala län v1.0")
    c.setAuthor("Helena Brandt")
    c.setSubject("Regionalt serviceprogram – Region Uppsala")
    c.setCreator("Microsoft Word för Microsoft 365")
    c.setProducer("Microsoft Word för Microsoft 365")

    def running(label, body_page=None):
        c.setFont("Helvetica", 8)
        c.setFillGray(0.35)
        c.drawString(72, 805, "Region Uppsala \u2013 Regional utveckling")
        c.drawRightString(523, 805, "Dnr RUN 2026-0417")
        c.line(72, 800, 523, 800)
        c.line(72, 60, 523, 60)
        c.drawString(72, 48, "Projektplan LOK-punkter i Uppsala län \u00b7 version 1.0 \u00b7 2026-09-14")
        c.drawRightString(523, 48, label)
        c.setFillGray(0)

    # Omslag (PDF-sida 1, etikett i)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(72, 600, "Projektplan")
    c.setFont("Helvetica", 18)
    c.drawString(72, 570, "LOK-punkter i Uppsala län")
    c.setFont("Helvetica", 11)
    c.drawString(72, 540, "Lokal service på landsbygden inom Regionalt serviceprogram (RSP)")
    c.drawString(72, 200, "Version 1.0 \u2013 fastställd av projektägaren 2026-09-14")
    c.drawString(72, 184, "Region Uppsala, Regional utveckling")
    c.showPage()

    # Innehåll (etikett ii)
    running("ii")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 740, "Innehåll")
    y = 705
    toc = [("", "Sammanfattning", "iii"), ("", "Förkortningar", "iii")]
    toc += [(n, t, str(p + 1)) for (n, t, p) in fl.sections]
    c.setFont("Helvetica", 11)
    for n, t, p in toc:
        label = (n + "  " if n else "") + t
        c.drawString(72, y, label)
        x0 = 72 + c.stringWidth(label, "Helvetica", 11) + 4
        x1 = 523 - c.stringWidth(p, "Helvetica", 11) - 4
        dots = "." * int((x1 - x0) / c.stringWidth(".", "Helvetica", 11))
        c.drawRightString(x1, y, dots)
        c.drawRightString(523, y, p)
        y -= 22
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(72, y - 20, "Sidnumren avser de tryckta sidnumren i sidfoten.")
    c.showPage()

    # Sammanfattning + förkortningar (etikett iii)
    running("iii")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 740, "Sammanfattning")
    tx = c.beginText(72, 716)
    tx.setFont("Helvetica", 10.5)
    tx.setLeading(14.5)
    summary = ("Projektet LOK-punkter ska inrätta fem bemannade servicepunkter i mindre "
               "orter i Uppsala län under perioden november 2026 \u2013 oktober 2028. "
               "Projektet leds av Region Uppsala i samverkan med kommunerna Heby, Tierp, "
               "Östhammar och Älvkarleby. Den totala budgeten är 4 200 000 kr. Den första "
               "punkten öppnar i Skärplinge i mars 2027.")
    for ln in simpleSplit(summary, "Helvetica", 10.5, 451):
        tx.textLine(ln)
    c.drawText(tx)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 600, "Förkortningar")
    abbr = [("LOK", "lokal offentlig och kommersiell service"),
            ("RSP", "Regionalt serviceprogram"),
            ("TVV", "Tillväxtverket"),
            ("KS", "kommunstyrelsen")]
    yy = 576
    for a, b in abbr:
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(72, yy, a)
        c.setFont("Helvetica", 10.5)
        c.drawString(140, yy, b)
        yy -= 16
    c.showPage()

    nbody = len(body)
    for i, ops in enumerate(body):
        running(f"Sida {i + 1} av {nbody}")
        for op in ops:
            if op[0] == "text":
                _, x, y, s, f, sz = op
                c.setFont(f, sz)
                c.drawString(x, y, s)
            elif op[0] == "rtext":
                _, x, y, s, f, sz = op
                c.setFont(f, sz)
                c.drawRightString(x, y, s)
            elif op[0] == "figrect":
                _, x, y, w, h = op
                c.setFillGray(0.93)
                c.roundRect(x, y, w, h, 8, stroke=0, fill=1)
                c.setFillGray(0.6)
                for k, lab in enumerate(["Paket", "Apoteksombud", "Digital hjälp", "Information"]):
                    cx = x + 20 + k * (w - 40) / 4
                    c.circle(cx + 30, y + h / 2, 26, stroke=0, fill=1)
                c.setFillGray(0)
            elif op[0] == "rect":
                _, x, y, w, h, shade = op
                if shade:
                    c.setFillGray(0.88)
                    c.rect(x, y, w, h, stroke=1, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x, y, w, h, stroke=1, fill=0)
        c.showPage()
    c.addPageLabel(0, style="ROMAN_LOWER", start=1)
    c.addPageLabel(3, style="ARABIC", start=1)
    c.save()


# ---------------------------------------------------------------------------
# 2. Styrgruppsprotokoll (DOCX) med altChunk
# ---------------------------------------------------------------------------

ALTCHUNK_HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Protokollsparagrafer</title>
<style>body{font-family:Calibri,sans-serif;font-size:11pt} h2{font-size:13pt}
table{border-collapse:collapse} td,th{border:1px solid #777;padding:3px 6px}</style></head>
<body>
<h2>&sect; 4 Val av ordf&ouml;rande</h2>
<p>Enligt projektplanen (avsnitt 3) f&ouml;reslogs Karin Sj&ouml;berg, Region Uppsala, som ordf&ouml;rande.
Karin Sj&ouml;berg avb&ouml;jer och f&ouml;resl&aring;r i st&auml;llet att en kommunrepresentant leder styrgruppen.</p>
<p><b>Beslut:</b> Styrgruppen v&auml;ljer Anders Wiklund, Tierps kommun, till ordf&ouml;rande f&ouml;r
styrgruppen under projektperioden. Karin Sj&ouml;berg, Region Uppsala, v&auml;ljs till vice ordf&ouml;rande.</p>
<h2>&sect; 5 Tidplan &ndash; LOK-punkten i Skärplinge</h2>
<p>Projektledaren redovisar att fiberanslutningen av Sk&auml;rplinge bygdeg&aring;rd &auml;r f&ouml;rsenad till
slutet av februari 2027 och att tillg&auml;nglighetsanpassningen av entr&eacute;n (ramp och d&ouml;rr&ouml;ppnare)
&auml;nnu inte &auml;r upphandlad. Inv&aring;nare kan d&auml;rf&ouml;r inte tas emot den 15 mars 2027 som planerat.</p>
<p><b>Beslut:</b> Invigningen av LOK-punkten i Sk&auml;rplinge flyttas fr&aring;n den 15 mars 2027 till
m&aring;ndagen den 12 april 2027.</p>
<h2>&sect; 6 Enk&ouml;pings kommun ansluter</h2>
<p>Enk&ouml;pings kommun har genom beslut i kommunstyrelsen den 24 november 2026 anm&auml;lt intresse
att delta med en LOK-punkt i Fj&auml;rdhundra.</p>
<p><b>Beslut:</b> Enk&ouml;pings kommun v&auml;lkomnas som deltagande kommun. Projektet omfattar d&auml;rmed
sex LOK-punkter i fem kommuner, se tabell. Enk&ouml;pings kommun adjungeras till styrgruppen;
kommunens representant utses senare.</p>
<table>
<tr><th>LOK-punkt</th><th>Kommun</th><th>Status</th></tr>
<tr><td>Sk&auml;rplinge</td><td>Tierp</td><td>Invigning 12 april 2027</td></tr>
<tr><td>&Ouml;rbyhus</td><td>Tierp</td><td>Planering</td></tr>
<tr><td>Morgong&aring;va</td><td>Heby</td><td>Planering</td></tr>
<tr><td>&Ouml;sterbybruk</td><td>&Ouml;sthammar</td><td>Planering</td></tr>
<tr><td>Skutsk&auml;r</td><td>&Auml;lvkarleby</td><td>Planering</td></tr>
<tr><td>Fj&auml;rdhundra</td><td>Enk&ouml;ping</td><td>Ny &ndash; planering startar 2027</td></tr>
</table>
<h2>&sect; 7 N&auml;sta m&ouml;te</h2>
<p>N&auml;sta m&ouml;te h&aring;lls tisdagen den 9 mars 2027 kl. 13.00&ndash;15.00 i Regionens hus, Uppsala.</p>
</body></html>
"""


def fixed_zip(src_bytes, path, when):
    zin = zipfile.ZipFile(io.BytesIO(src_bytes))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))


def make_protokoll(path):
    import docx
    from docx.shared import Pt, Cm
    from docx.opc.part import Part
    from docx.opc.packuri import PackURI
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Uppsala \u2013 Styrgruppen för projektet LOK-punkter\tProtokoll 2026-12-08"
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signaturer: ____________  ____________"

    d.add_heading("Protokoll – styrgruppen LOK-punkter", level=1)
    d.add_paragraph("Datum: tisdag 8 december 2026, kl. 13.00–15.30\n"
                    "Plats: Regionens hus, Uppsala, sammanträdesrum Fyris\n"
                    "Möte nr 1")
    d.add_paragraph("Närvarande", style="Heading 3")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Namn"
    t.rows[0].cells[1].text = "Organisation"
    for n, o in [("Karin Sjöberg", "Region Uppsala"),
                 ("Anders Wiklund", "Tierps kommun"),
                 ("Maria Holm", "Heby kommun"),
                 ("Per-Erik Nyström", "Östhammars kommun"),
                 ("Sofia Lund", "Älvkarleby kommun"),
                 ("Helena Brandt", "Region Uppsala, projektledare (föredragande)"),
                 ("Lina Öberg", "Region Uppsala, controller (§ 3)")]:
        r = t.add_row().cells
        r[0].text, r[1].text = n, o

    d.add_paragraph("Dagordning: § 1 Mötets öppnande · § 2 Val av justerare · § 3 Lägesrapport "
                    "· § 4 Val av ordförande · § 5 Tidplan Skärplinge · § 6 Enköpings kommun "
                    "ansluter · § 7 Nästa möte")
    d.add_heading("§ 1 Mötets öppnande", level=2)
    d.add_paragraph("Karin Sjöberg, Region Uppsala, hälsar välkommen och öppnar mötet. Karin "
                    "Sjöberg är sammankallande fram till dess att styrgruppen har valt "
                    "ordförande (se § 4).")
    d.add_heading("§ 2 Val av justerare", level=2)
    d.add_paragraph("Maria Holm, Heby kommun, utses att jämte ordföranden justera protokollet.")
    d.add_heading("§ 3 Lägesrapport", level=2)
    d.add_paragraph("Projektledaren Helena Brandt redovisar läget. Fyra intresseanmälningar "
                    "från lokala värdar kom in i första ansökningsomgången. Controller Lina "
                    "Öberg meddelar att Tillväxtverkets beslut om RSP-stöd väntas i januari "
                    "2027; budgeten på 4 200 000 kr ligger fast tills beslutet kommit.")
    anchor = d.add_paragraph("Styrgruppen lägger lägesrapporten till handlingarna.")

    # --- altChunk: §4–§7 som inbäddad HTML-del (export från protokollsystemet)
    part = Part(PackURI("/word/afchunk1.htm"), "text/html",
                ALTCHUNK_HTML.encode("utf-8"), d.part.package)
    rid = d.part.relate_to(
        part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
    alt = OxmlElement("w:altChunk")
    alt.set(qn("r:id"), rid)
    anchor._p.addnext(alt)

    d.add_paragraph("Vid protokollet\n\nHelena Brandt")
    d.add_paragraph("Justeras\n\nAnders Wiklund\t\tMaria Holm")

    cp = d.core_properties
    cp.author = "Helena Brandt"
    cp.last_modified_by = "Helena Brandt"
    cp.title = "Protokoll styrgruppen LOK-punkter 2026-12-08"
    cp.subject = "Styrgruppsmöte 1"
    cp.keywords = "LOK-punkter; RSP; styrgrupp"
    cp.comments = ""
    cp.category = "Protokoll"
    cp.revision = 4
    cp.created = dt.datetime(2026, 12, 8, 15, 40, 0)
    cp.modified = dt.datetime(2026, 12, 10, 8, 12, 0)
    cp.last_printed = dt.datetime(2026, 12, 10, 8, 15, 0)
    buf = io.BytesIO()
    d.save(buf)
    fixed_zip(buf.getvalue(), path, (2026, 12, 10, 8, 12, 0))


# ---------------------------------------------------------------------------
# 3. E-post (EML) format=flowed med inline-svar
# ---------------------------------------------------------------------------


def flow_wrap(text, prefix="", width=72):
    """Bryt ett stycke enligt RFC 3676 (format=flowed, delsp=no): mjuk radbrytning =
    rad som slutar med mellanslag. prefix är citatnivå ('> ' osv)."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if len(prefix) + len(cand) + 1 > width and cur:
            lines.append(prefix + cur + " ")
            cur = w
        else:
            cur = cand
    lines.append(prefix + cur)
    return lines


def make_eml(path):
    L = []

    def p(text, q=""):
        L.extend(flow_wrap(text, q))

    def blank(q=""):
        L.append(q.rstrip())

    p("Hej Helena,")
    blank()
    p("svar inline nedan. Kort version: Tillväxtverket har beslutat och det blev "
      "mindre pengar än vi sökte, så projektplanen v1.0 behöver uppdateras på "
      "flera ställen innan den går till styrgruppen.")
    blank()
    L.append("Den 2027-01-21 kl. 16:02, skrev Helena Brandt:")
    p("Hej Lina!", "> ")
    blank("> ")
    p("Jag håller på att revidera projektplanen. Stämmer det fortfarande att "
      "vi räknar med en total budget på 4 200 000 kr? Du skrev ju så här i "
      "december:", "> ")
    blank("> ")
    p("Budgeten på 4 200 000 kr ligger fast tills Tillväxtverkets beslut om "
      "RSP-stöd har kommit. Regionens del är 1 680 000 kr.", ">> ")
    blank("> ")
    blank()
    p("Nej, det stämmer inte längre. Tillväxtverket fattade beslut den 20 "
      "januari 2027 (TVV dnr 2026-04417) och beviljade RSP-stöd med 1 925 000 "
      "kr i stället för de sökta 2 100 000 kr. Eftersom medfinansieringen ska "
      "ligga kvar på samma andelar blir den nya totala budgeten alltså 3 850 000 kr "
      "för hela projektperioden.")
    blank()
    p("Hur mycket går regionen in med nu, och kommunerna?", "> ")
    blank()
    p("Region Uppsalas medfinansiering blir 1 540 000 kr (40 %) och kommunernas "
      "sammanlagda andel 385 000 kr (10 %). Med Enköping inräknat är det fem "
      "kommuner, alltså 77 000 kr per kommun. Tillväxtverkets 1 925 000 kr är "
      "50 %.")
    blank()
    p("Och bygdemedlen, blir det fortfarande max 75 000 kr per LOK-punkt som "
      "det står i avsnitt 6?", "> ")
    blank()
    p("Nej. Enligt villkor 4.2 i TVV-beslutet sänks taket för bygdemedel till "
      "60 000 kr per LOK-punkt. Det gäller även de ansökningar som redan har "
      "kommit in i första omgången.")
    blank()
    p("Jag skickar beslutet som PDF separat till registrator så att det "
      "diarieförs på RUN 2026-0417.", "")
    blank()
    L.append("Hälsningar")
    L.append("Lina")
    blank()
    L.append("-- ")
    L.append("Lina Öberg")
    L.append("Controller, Regional utveckling")
    L.append("Region Uppsala")

    body = "\r\n".join(L) + "\r\n"
    headers = [
        "Return-Path: <lina.oberg@regionuppsala.se>",
        "Message-ID: <5e1f0c2a-77b1-4c0e-9a3d-r213lok@regionuppsala.se>",
        "Date: Fri, 22 Jan 2027 09:14:37 +0100",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: sv-SE",
        "From: =?UTF-8?Q?Lina_=C3=96berg?= <lina.oberg@regionuppsala.se>",
        "To: Helena Brandt <helena.brandt@regionuppsala.se>",
        "Cc: Karin =?UTF-8?Q?Sj=C3=B6berg?= <karin.sjoberg@regionuppsala.se>",
        "Subject: =?UTF-8?Q?SV=3A_Budget_LOK-punkter_efter_TVV-beslut=3F?=",
        "In-Reply-To: <a81c55e0-2f19-4d57-8c1e-r213lok@regionuppsala.se>",
        "References: <a81c55e0-2f19-4d57-8c1e-r213lok@regionuppsala.se>",
        "Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=no",
        "Content-Transfer-Encoding: 8bit",
    ]
    data = ("\r\n".join(headers) + "\r\n\r\n" + body).encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 4. Anteckningar (TXT, UTF-16 LE med BOM, CRLF)
# ---------------------------------------------------------------------------

NOTES = """Avstämning projektgruppen LOK-punkter  ons 10/2 2027
Närv: Helena B, Jonas E, Lina Ö, Eva Dahl (Skärplinge bygdefören.) via Teams

1. Älvkarleby
   - Älvkarleby kommun drar sig ur projektet, KS-beslut 3 februari 2027.
     Skäl: kommunen bygger i stället ut sin egen medborgarservice i Skutskär
     och vill inte ha två parallella servicepunkter.
   - LOK-punkten Skutskär utgår => 5 punkter kvar (Skärplinge, Örbyhus,
     Morgongåva, Österbybruk, Fjärdhundra).
   - Lina räknar om kommunandelarna (4 kommuner i st f 5). Budgetramen ändras ej.

2. Projektledning
   - Helena föräldraledig 1/3 - 31/12 2027.
   - Jonas Ekholm är tf. projektledare fr.o.m. 1 mars 2027.
     Jonas tar över mejlen lok@ och styrgruppsutskicken.

3. Skärplinge
   - Besiktning 4/2: bygdegården klarar inte tillgänglighetskraven ens med ramp
     (trösklar + toalett). Vi flyttar LOK-punkten till f.d. skolmatsalen,
     Skolvägen 3 (Tierps kommun äger lokalen, hyra 0 kr första året).
   - Invigningen flyttas från mån 12 april till lördag 17 april 2027 kl. 11
     -- på en lördag kan fler komma, Eva D fixar kaffe.
   - TODO Jonas: beställa skylt, kolla med PostNord om paketskåp.

4. Styrgruppen
   - Mötet tis 9 mars flyttas till tis 16 mars 2027 kl 13-15, Anders W (Tierp)
     kan inte den 9:e. Kallelse går ut senast 2/3.

5. Webb
   - Nyhet om Skärplinge läggs ut början av mars (Jonas + kommunikatör).

Nästa avstämning: ons 24/2 kl 9.00
"""


def make_notes(path):
    data = NOTES.replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(b"\xff\xfe" + data.encode("utf-16-le"))


# ---------------------------------------------------------------------------
# 5. Webbnyhet (Jekyll-Markdown med Liquid)
# ---------------------------------------------------------------------------

JEKYLL = """---
layout: post
title: "Nu öppnar länets första LOK-punkt – i Skärplinge"
date: 2027-03-03 09:00:00 +0100
last_modified_at: 2027-03-05 14:20:00 +0100
author: kommunikation-ru
categories: [regional-utveckling, landsbygd]
tags: [LOK-punkter, RSP, Tierp]
image: /assets/img/2027/skarplinge-lok.jpg
permalink: /nyheter/2027/lok-punkt-skarplinge/
invigning: "lördag 17 april 2027 kl. 11.00"
plats: "f.d. skolmatsalen, Skolvägen 3, Skärplinge"
oppettider: "tisdag–torsdag kl. 10–18, lördag kl. 10–14"
sista_ansokan: "16 maj 2027"
kontakt: jonas-ekholm
---

{% include ingress.html text="Efter ett halvårs förberedelser är det snart dags: den första LOK-punkten i Uppsala län öppnar i Skärplinge i Tierps kommun." %}

Den {{ page.invigning }} inviger Region Uppsala och Tierps kommun LOK-punkten i
Skärplinge. Punkten finns i {{ page.plats }}. Alla är välkomna – det bjuds på kaffe
från Skärplinge bygdeförening.

{% comment %}
Gammal text (före 5/3), ska inte visas:
Invigningen sker måndag 12 april kl. 14.00 i Skärplinge bygdegård.
Punkten har öppet måndag–fredag kl. 9–17.
{% endcomment %}

## Vad kan jag göra på en LOK-punkt?

På LOK-punkten kan du hämta och lämna paket, hämta ut läkemedel via apoteksombud och
få hjälp med BankID, 1177 och andra e-tjänster. Personalen kan också svara på frågor
om kommunens och regionens service.

{% include faktaruta.html rubrik="Öppettider" text=page.oppettider %}

{% include figure.html src=page.image alt="Skolvägen i Skärplinge med den gamla skolan" caption="Den gamla skolmatsalen blir LOK-punkt." %}

## Vill din by också ha en LOK-punkt?

Nu öppnar andra ansökningsomgången för lokala värdar. Bygdeföreningar, byalag och
lanthandlare kan söka fram till och med {{ page.sista_ansokan }}.
[Läs mer om hur du ansöker]({{ site.baseurl }}/lok-punkter/ansok/).

{% assign person = site.data.kontakter[page.kontakt] %}
**Kontakt:** {{ person.namn }}, {{ person.titel }}, [{{ person.epost }}](mailto:{{ person.epost }})

*Projektet LOK-punkter finansieras av Region Uppsala, Tillväxtverket inom Regionalt
serviceprogram (RSP) och de deltagande kommunerna.*
"""


def make_jekyll(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(JEKYLL)


# ---------------------------------------------------------------------------
# 6. Nyhetsbrev som häfte (imposition 8|1, 2|7, 6|3, 4|5)
# ---------------------------------------------------------------------------

BOOKLET = {
    1: [("masthead", "LOK-nytt"),
        ("sub", "Nyhetsbrev om LOK-punkterna i Uppsala län"),
        ("sub", "Nr 2 \u00b7 april 2027"),
        ("space", 40),
        ("h1", "Skärplinge är igång!"),
        ("p", "Länets första LOK-punkt är invigd. I det här numret berättar vi om "
              "invigningen, rättar två fel från vår webbnyhet och berättar hur din by "
              "kan söka i den andra omgången."),
        ("space", 30),
        ("small", "I detta nummer:"),
        ("small", "Invigningen i Skärplinge \u2013 s. 2"),
        ("small", "Rättelse: öppettider \u2013 s. 3"),
        ("small", "Fem punkter i fyra kommuner \u2013 s. 4"),
        ("small", "Andra ansökningsomgången \u2013 s. 5"),
        ("small", "Möt bygdeföreningen \u2013 s. 6"),
        ("small", "Kalender \u2013 s. 7")],
    2: [("h2", "Skärplinge invigd"),
        ("p", "Lördagen den 17 april klockan 11 klipptes bandet till den första "
              "LOK-punkten i Uppsala län. Ett hundratal besökare kom till invigningen i "
              "Skärplinge, där Tierps kommun och Region Uppsala bjöd på kaffe och tårta "
              "från bygdeföreningen."),
        ("p", "\u2013 Det här är precis vad byn har saknat sedan affären stängde, säger "
              "Eva Dahl från Skärplinge bygdeförening, som är lokal värd för punkten."),
        ("p", "Redan under den första timmen hjälpte personalen ett tiotal besökare med "
              "BankID och inloggning på")],
    3: [("p", "1177, och det första paketet lämnades ut strax efter klockan halv tolv. "
              "Apoteksombudet öppnar i maj när avtalet är klart."),
        ("space", 10),
        ("box", "RÄTTELSE"),
        ("p", "I webbnyheten den 3 mars angav vi felaktiga öppettider för LOK-punkten i "
              "Skärplinge. Rätt öppettider är tisdagar och torsdagar kl. 10\u201318 samt "
              "lördagar kl. 10\u201313. På onsdagar är det stängt."),
        ("p", "Vi ber om ursäkt för felet."),
        ("endbox", "")],
    4: [("h2", "Fem punkter i fyra kommuner"),
        ("p", "Sedan Älvkarleby kommun i februari valde att lämna projektet omfattar "
              "projektet nu fem LOK-punkter i fyra kommuner: Enköping, Heby, Tierp och "
              "Östhammar."),
        ("li", "Skärplinge (Tierp) \u2013 öppen sedan april 2027"),
        ("li", "Örbyhus (Tierp)"),
        ("li", "Morgongåva (Heby)"),
        ("li", "Österbybruk (Östhammar)"),
        ("li", "Fjärdhundra (Enköping)"),
        ("p", "De fyra punkterna efter Skärplinge öppnar i tur och ordning under 2027 "
              "och 2028. Datum meddelas när lokalerna är klara.")],
    5: [("h2", "Andra ansökningsomgången är öppen"),
        ("p", "Bygdeföreningar, byalag och lanthandlare som vill bli lokal värd för en "
              "LOK-punkt kan nu söka i den andra ansökningsomgången. Sista dag att söka är "
              "den 31 maj 2027 \u2013 inte den 16 maj som det felaktigt stod i "
              "webbnyheten."),
        ("p", "Ansökan görs i regionens e-tjänst för bidrag. Värdföreningen kan också "
              "söka bygdemedel för inredning och skyltning; villkoren finns på webben."),
        ("p", "Beslut om nya värdar fattas av styrgruppen i juni.")],
    6: [("h2", "Möt bygdeföreningen"),
        ("p", "Skärplinge bygdeförening har drygt 200 medlemmar och driver sedan länge "
              "bygdegården. När det visade sig att bygdegården inte gick att "
              "tillgänglighetsanpassa i tid hittade föreningen och kommunen en ny lokal "
              "tillsammans."),
        ("p", "\u2013 Vi ser LOK-punkten som en mötesplats, inte bara ett paketombud. Nu "
              "planerar vi kaffestuga på lördagarna, berättar Eva Dahl.")],
    7: [("h2", "Kalender"),
        ("li", "31 maj 2027 \u2013 sista dag för ansökan, omgång 2"),
        ("li", "8 juni 2027 \u2013 styrgruppsmöte, beslut om nya värdar"),
        ("li", "Hösten 2027 \u2013 LOK-nytt nr 3")],
    8: [("h2", "Kontakt"),
        ("p", "Jonas Ekholm, tf. projektledare"),
        ("p", "jonas.ekholm@regionuppsala.se"),
        ("space", 8),
        ("p", "Lina Öberg, controller (ekonomi och bygdemedel)"),
        ("p", "lina.oberg@regionuppsala.se"),
        ("space", 60),
        ("small", "LOK-nytt ges ut av Region Uppsala, Regional utveckling, inom "
                  "Regionalt serviceprogram (RSP). Nr 2/2027, utgiven 28 april 2027."),
        ("small", "Tryck: Länstryckeriet. Miljömärkt trycksak.")],
}

IMPOSITION = [(8, 1), (2, 7), (6, 3), (4, 5)]


def draw_a5(c, x0, num, items):
    w, h = A5  # 420 x 595
    left, right = x0 + 40, x0 + w - 40
    width = right - left
    y = h - 50
    inbox = False
    for kind, txt in items:
        if kind == "masthead":
            c.setFont("Helvetica-Bold", 40)
            c.drawString(left, y - 40, txt)
            y -= 56
        elif kind == "sub":
            c.setFont("Helvetica", 12)
            c.drawString(left, y - 12, txt)
            y -= 18
        elif kind == "h1":
            c.setFont("Helvetica-Bold", 20)
            c.drawString(left, y - 20, txt)
            y -= 32
        elif kind == "h2":
            c.setFont("Helvetica-Bold", 15)
            c.drawString(left, y - 15, txt)
            y -= 26
        elif kind == "space":
            y -= txt
        elif kind in ("p", "small", "li"):
            size = 8.5 if kind == "small" else 10
            lead = 11.5 if kind == "small" else 13.5
            ind = 12 if kind == "li" else (8 if inbox else 0)
            lines = simpleSplit(txt, "Helvetica", size, width - ind - (8 if inbox else 0))
            c.setFont("Helvetica", size)
            for i, ln in enumerate(lines):
                if kind == "li" and i == 0:
                    c.drawString(left, y - size, "\u2022")
                c.drawString(left + ind, y - size, ln)
                y -= lead
            y -= 5
        elif kind == "box":
            inbox = True
            box_top = y
            c.setFont("Helvetica-Bold", 11)
            c.drawString(left + 8, y - 16, txt)
            y -= 24
        elif kind == "endbox":
            inbox = False
            c.rect(left, y, width, box_top - y, stroke=1, fill=0)
            y -= 8
        assert y > 60, (num, y)
    if num != 1:
        c.setFont("Helvetica", 8)
        c.drawString(left, 30, "LOK-nytt nr 2 \u00b7 2027")
        c.drawRightString(right, 30, str(num))


def make_booklet(path):
    c = canvas.Canvas(path, pagesize=landscape(A4), invariant=1, pageCompression=0)
    c.setTitle("LOK-nytt nr 2 2027 – tryckfil häfte")
    c.setAuthor("Region Uppsala, Regional utveckling")
    c.setCreator("Adobe InDesign 19.2 (Windows)")
    c.setProducer("Adobe PDF Library 17.0")
    for lp, rp in IMPOSITION:
        draw_a5(c, 0, lp, BOOKLET[lp])
        draw_a5(c, A5[0] + 1, rp, BOOKLET[rp])
        c.setDash(2, 3)
        c.setStrokeGray(0.6)
        c.line(A5[0] + 0.5, 0, A5[0] + 0.5, A5[1])
        c.setDash()
        c.setStrokeGray(0)
        c.showPage()
    c.save()


def main():
    if len(sys.argv) != 2:
        print("användning: r213_make_files.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_projektplan(os.path.join(out, "r213_01_projektplan_LOK-punkter_v1.0.pdf"))
    make_protokoll(os.path.join(out, "r213_02_styrgrupp_protokoll_2026-12-08.docx"))
    make_eml(os.path.join(out, "r213_03_SV_budget_efter_TVV-beslut.eml"))
    make_notes(os.path.join(out, "r213_04_anteckningar_avstamning_2027-02-10.txt"))
    make_jekyll(os.path.join(out, "r213_05_webbnyhet_skarplinge.md"))
    make_booklet(os.path.join(out, "r213_06_LOK-nytt_nr2-2027_haefte.pdf"))
    for n in sorted(os.listdir(out)):
        print(n, os.path.getsize(os.path.join(out, n)))


if __name__ == "__main__":
    main()
