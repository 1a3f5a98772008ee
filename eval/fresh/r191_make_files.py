#!/usr/bin/env python3
"""r191 – 'Bygdepunkt Uppland' (servicepunkter i lanthandeln, Tierps kommun m.fl., Uppsala län).

Writes six documents that update each other into OUT_DIR:

  1. RUN-2026-00731_arendeakt_utskrift_2027-02-03.pdf   compiled case file (ärendeakt) from the
     records system: förteckning + ansökan + komplettering (e-post) + beslut in ONE pdf, each part
     restarting its own 'Sida 1 (n)', a records-system stamp with akt-sida on every page,
     /PageLabels (F, A1:1.., A2:1, A4:1..) and bookmarks per aktbilaga; later parts supersede
     earlier ones inside the same file; aktbilaga 3 listed but not included.
  2. Riktlinje_servicepunktsbidrag_Bygdepunkt_Uppland_v1.0.docx   hand-written OOXML whose amounts
     (tak, andel, timersättning, förskott) live only in Office Math (OMML m:oMath / m:t) – python-docx
     paragraph.text drops them; the ';' separator of min(…;…) is only an attribute (m:sepChr).
  3. Bygdepunkt Uppland - arbetsgruppens anteckningar.txt   Google Docs 'Ladda ned > Oformaterad text'
     export (BOM, CRLF, newest meeting on top, '* ' bullets, '________________' rules) with comment
     anchors [a]..[f] in the text and the comment bodies (corrections, an assignment) at the end.
  4. Protokoll_styrgrupp_Bygdepunkt_2027-05-18.pdf   protocol whose revised budget lives only in an
     embedded XLSX file attachment (EmbeddedFiles name tree + FileAttachment paperclip annotation);
     page text only says the budget 'minskar med 450 000 kronor'.
  5. bygdepunkt-uppland.md   docs-as-code web page committed with two UNRESOLVED diff3 git merge
     conflicts (<<<<<<< HEAD / ||||||| base / ======= / >>>>>>> branch): HEAD has the new contact but
     the old places, the branch has the new places but the old contact.
  6. handbok-servicepunktsombud.txt   AsciiDoc source saved as .txt (the old AsciiDoc convention):
     header attributes used as {attr}, an attribute REDEFINED mid-document (2028 rate), ifeval blocks
     for utgåva 1 vs 2 (both texts present), ifdef::intern[] block, //// comment block with removed
     places, include:: of a missing file, |=== table, footnote:[].
Deterministic: fixed zip timestamps, reportlab invariant mode, no random ids.
"""
import io
import os
import sys
import zipfile

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject,
                           NameObject, NumberObject, TextStringObject)

ZDATE = (2027, 5, 18, 10, 0, 0)

F1 = "RUN-2026-00731_arendeakt_utskrift_2027-02-03.pdf"
F2 = "Riktlinje_servicepunktsbidrag_Bygdepunkt_Uppland_v1.0.docx"
F3 = "Bygdepunkt Uppland - arbetsgruppens anteckningar.txt"
F4 = "Protokoll_styrgrupp_Bygdepunkt_2027-05-18.pdf"
F5 = "bygdepunkt-uppland.md"
F6 = "handbok-servicepunktsombud.txt"


def zwrite(zf, name, data):
    zi = zipfile.ZipInfo(name, date_time=ZDATE)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------- PDF helpers
W, H = A4


def para(c, x, y, text, font="Helvetica", size=10, width=460, leading=None):
    leading = leading or size * 1.35
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


def records_stamp(c, akt, aktsida, total=7):
    """Stamp added by the records system on every page of the compiled case file."""
    c.saveState()
    c.setStrokeColorRGB(0.15, 0.3, 0.6)
    c.setFillColorRGB(0.15, 0.3, 0.6)
    c.setLineWidth(0.8)
    c.rect(W - 205, H - 40, 185, 26, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(W - 200, H - 24, "REGION UPPSALA  Dnr RUN 2026-00731")
    c.setFont("Helvetica", 7.5)
    c.drawString(W - 200, H - 35, "Akt %s   akt-sida %d (%d)" % (akt, aktsida, total))
    c.setFont("Helvetica", 6.5)
    c.drawString(40, 18, "Ärendeakt RUN 2026-00731 – utskrift från ärendesystemet 2027-02-03 09:41 (PELI01)")
    c.restoreState()


def table(c, x, y, cols, rows, size=8.5, bold_first=True, lead=12, grid=True):
    """cols: list of widths; rows: list of lists of strings. returns new y"""
    for ri, row in enumerate(rows):
        font = "Helvetica-Bold" if (ri == 0 and bold_first) else "Helvetica"
        # wrap cells
        wrapped = [simpleSplit(str(cell), font, size, w - 6) for cell, w in zip(row, cols)]
        nlines = max(len(wc) for wc in wrapped) or 1
        hgt = nlines * lead + 4
        if grid:
            c.setLineWidth(0.4)
            cx = x
            for w in cols:
                c.rect(cx, y - hgt, w, hgt, stroke=1, fill=0)
                cx += w
        cx = x
        c.setFont(font, size)
        for wc, w in zip(wrapped, cols):
            ly = y - lead + 2
            for line in wc:
                c.drawString(cx + 3, ly, line)
                ly -= lead
            cx += w
        y -= hgt
    return y


# ---------------------------------------------------------------- 1. ärendeakt PDF
def make_arendeakt(out):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Ärendeakt RUN 2026-00731")
    c.setAuthor("Ärendesystemet")

    # --- page 1: förteckning
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, H - 80, "Ärendeakt – förteckning över handlingar")
    c.setFont("Helvetica", 9)
    y = H - 100
    for k, v in [("Diarienummer", "RUN 2026-00731"),
                 ("Ärendemening", "Ansökan om regionala utvecklingsmedel – Bygdepunkt Uppland (Tierps kommun)"),
                 ("Registrerat", "2026-10-28"),
                 ("Status", "Beslutat, under genomförande"),
                 ("Ansvarig handläggare", "Petter Lindroos"),
                 ("Enhet", "Regional utveckling, Näringsliv och landsbygd"),
                 ("Sekretess", "Nej")]:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, k)
        c.setFont("Helvetica", 9)
        c.drawString(170, y, v)
        y -= 13
    y -= 10
    y = table(c, 50, y, [32, 58, 66, 28, 100, 168, 44], [
        ["Akt", "Datum", "Typ", "I/U", "Avsändare/mottagare", "Beskrivning", "Akt-sida"],
        ["1", "2026-10-28", "Ansökan", "I", "Tierps kommun",
         "Ansökan om regionala utvecklingsmedel – Bygdepunkt Uppland", "2–4"],
        ["2", "2026-12-09", "E-post", "I", "Annika Wallin, Tierps kommun", "Komplettering av ansökan", "5"],
        ["3", "2027-01-12", "Tjänsteant.", "–", "Petter Lindroos",
         "Tjänsteanteckning, telefonsamtal. Arbetsmaterial – ingår ej i utskriften", "–"],
        ["4", "2027-01-25", "Beslut", "U", "Tierps kommun",
         "Delegationsbeslut – regionala utvecklingsmedel", "6–7"],
    ])
    y -= 14
    y = para(c, 50, y, "Utskriften omfattar de handlingar som är registrerade i ärendet fram till "
             "utskriftsdagen. Handlingar markerade 'ingår ej' är inte expedierade och lämnas inte ut. "
             "Akt-sida anger sidnummer i denna sammanställning; varje handling har dessutom sin egen "
             "sidnumrering.", size=8.5, width=480)
    records_stamp(c, "–", 1)
    c.showPage()

    # --- pages 2-4: ansökan (Tierps kommun)
    def ans_head(n):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 60, "TIERPS KOMMUN")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, H - 72, "Kommunledningskontoret, Näringsliv")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(330, H - 60, "ANSÖKAN")
        c.setFont("Helvetica", 8.5)
        c.drawString(330, H - 72, "2026-10-26")
        c.drawString(470, H - 72, "Sida %d (3)" % n)

    ans_head(1)
    # INKOM stamp (rubber stamp look)
    c.saveState()
    c.setStrokeColorRGB(0.75, 0.1, 0.1)
    c.setFillColorRGB(0.75, 0.1, 0.1)
    c.translate(420, H - 130)
    c.rotate(8)
    c.rect(0, 0, 120, 36, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(8, 24, "REGION UPPSALA")
    c.setFont("Helvetica", 8)
    c.drawString(8, 14, "Inkom 2026-10-28")
    c.drawString(8, 5, "RUN 2026-00731")
    c.restoreState()
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, H - 110, "Ansökan om regionala utvecklingsmedel – projektmedel")
    y = H - 150
    y = table(c, 50, y, [150, 340], [
        ["Uppgift", "Ifylls av sökande"],
        ["Sökande organisation", "Tierps kommun, org.nr 212000-0299"],
        ["Projektnamn", "Bygdepunkt Uppland – servicepunkter på landsbygden"],
        ["Samverkansparter", "Östhammars kommun, Heby kommun, Älvkarleby kommun"],
        ["Projektperiod", "2027-02-01 – 2029-06-30"],
        ["Projektledare", "Annika Wallin, näringslivsutvecklare, Tierps kommun, 0293-218 431, "
                          "annika.wallin@tierp.se"],
        ["Firmatecknare", "Helena Brandt, näringslivschef"],
        ["Sökt belopp", "2 880 000 kronor (40 procent av total budget)"],
    ], bold_first=True)
    y -= 16
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(50, y, "1. Bakgrund")
    y -= 15
    y = para(c, 50, y, "I norra och västra Uppsala län har flera dagligvarubutiker på landsbygden "
             "lagt ned sedan 2018. Där butiken finns kvar är den ofta den enda platsen där invånare "
             "kan hämta paket, ta ut kontanter eller få hjälp med apoteksvaror. Samtidigt har många "
             "äldre svårt att klara bankärenden, e-legitimation och 1177 Vårdguiden på egen hand. "
             "Projektet bygger vidare på förstudien 'Service i lanthandeln' (Tierps kommun 2025).",
             size=9.5, width=490)
    y -= 8
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(50, y, "2. Syfte och mål")
    y -= 15
    y = para(c, 50, y, "Syftet är att stärka tillgången till kommersiell och offentlig service på "
             "landsbygden genom servicepunkter i befintliga butiker. Målet är att sex servicepunkter "
             "ska vara i drift senast 2027-12-31 och att varje servicepunkt ska erbjuda minst tre "
             "servicetjänster.", size=9.5, width=490)
    records_stamp(c, "1", 2)
    c.showPage()

    ans_head(2)
    y = H - 110
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(50, y, "3. Aktiviteter")
    y -= 15
    for t in ["Servicepunkter i sex butiker: Örbyhus och Karlholmsbruk (Tierp), Gräsö och "
              "Österbybruk (Östhammar), Harbo (Heby) samt Gårdskär (Älvkarleby).",
              "Servicepunktsbidrag till butikerna med högst 60 000 kronor per butik och år.",
              "En digitalvärd (1,0 tjänst) som roterar mellan servicepunkterna och ger digital "
              "vardagshjälp på plats.",
              "Kontantautomater i de två butiker som saknar kontantuttag (Gräsö och Gårdskär).",
              "Nätverksträffar för butikernas ombud två gånger per år."]:
        c.setFont("Helvetica", 9.5)
        c.drawString(56, y, "•")
        y = para(c, 66, y, t, size=9.5, width=470)
        y -= 3
    y -= 8
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(50, y, "4. Budget (kronor)")
    y -= 8
    y = table(c, 50, y, [250, 110], [
        ["Kostnadsslag", "Belopp"],
        ["Personal (projektledare 0,5, digitalvärd 1,0)", "3 960 000"],
        ["Resor", "240 000"],
        ["Servicepunktsbidrag", "1 800 000"],
        ["Kommunikation", "200 000"],
        ["Utrustning (kontantautomater)", "600 000"],
        ["Indirekta kostnader", "400 000"],
        ["Summa kostnader", "7 200 000"],
    ])
    y -= 14
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(50, y, "5. Finansiering (kronor)")
    y -= 8
    y = table(c, 50, y, [250, 110], [
        ["Finansiär", "Belopp"],
        ["Regionala utvecklingsmedel, Region Uppsala (sökt)", "2 880 000"],
        ["Regionalt serviceprogram, RSP (sökt)", "2 880 000"],
        ["Kommunal medfinansiering, 4 x 360 000", "1 440 000"],
        ["Summa finansiering", "7 200 000"],
    ])
    records_stamp(c, "1", 3)
    c.showPage()

    ans_head(3)
    y = H - 110
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(50, y, "6. Uppföljning")
    y -= 15
    y = para(c, 50, y, "Butikerna rapporterar antal ärenden per tjänst och kvartal. Projektet lämnar "
             "lägesrapport och slutrapport enligt Region Uppsalas villkor. En extern utvärdering "
             "upphandlas under 2029.", size=9.5, width=490)
    y -= 10
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(50, y, "7. Underskrift")
    y -= 15
    y = para(c, 50, y, "Härmed intygas att uppgifterna i ansökan är riktiga.", size=9.5)
    y -= 10
    c.setFont("Helvetica", 9.5)
    c.drawString(50, y, "Tierp 2026-10-26")
    y -= 30
    c.drawString(50, y, "Helena Brandt, näringslivschef, Tierps kommun")
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(50, y - 12, "(signerad elektroniskt)")
    records_stamp(c, "1", 4)
    c.showPage()

    # --- page 5: komplettering e-post
    y = H - 70
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y, "Annika Wallin")
    y -= 6
    c.setLineWidth(1.5)
    c.line(50, y, W - 50, y)
    y -= 16
    for k, v in [("Från:", "Annika Wallin <annika.wallin@tierp.se>"),
                 ("Skickat:", "den 9 december 2026 14:12"),
                 ("Till:", "Petter Lindroos <petter.lindroos@regionuppsala.se>"),
                 ("Ämne:", "SV: Komplettering – ansökan Bygdepunkt Uppland (RUN 2026-00731)")]:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(50, y, k)
        c.setFont("Helvetica", 9.5)
        c.drawString(120, y, v)
        y -= 13
    y -= 10
    for t in ["Hej Petter,",
              "Tack för samtalet i morse. Här kommer kompletteringen till vår ansökan:",
              "1. Projektstart flyttas till 2027-03-01 eftersom projektledaren inte kan gå in på "
              "projektet förrän då. Slutdatum ligger kvar, 2029-06-30.",
              "2. Vi stryker kontantautomaterna (600 000 kronor) – uttag görs i stället i butikernas "
              "kassor. Total budget blir därmed 6 600 000 kronor och sökta regionala "
              "utvecklingsmedel 2 640 000 kronor, fortfarande 40 procent. RSP-ansökan justeras på "
              "samma sätt.",
              "3. Kommunernas medfinansiering blir 330 000 kronor per kommun för hela projektperioden.",
              "Säg till om du behöver något mer!",
              "Med vänliga hälsningar",
              "Annika Wallin",
              "Näringslivsutvecklare | Tierps kommun | 0293-218 431"]:
        y = para(c, 50, y, t, size=9.5, width=490)
        y -= 5
    y -= 6
    c.setFont("Helvetica", 9)
    c.drawString(50, y, "-----Ursprungligt meddelande-----")
    y -= 13
    for t in ["Från: Petter Lindroos <petter.lindroos@regionuppsala.se>",
              "Skickat: den 8 december 2026 16:40",
              "Till: Annika Wallin <annika.wallin@tierp.se>",
              "Ämne: Komplettering – ansökan Bygdepunkt Uppland (RUN 2026-00731)",
              "",
              "Hej Annika! Inför beredningen behöver jag bekräftelse på projektstart 2027-02-01 och "
              "på budgeten 7 200 000 kronor, samt hur kontantautomaterna ska driftas efter "
              "projekttiden. /Petter"]:
        y = para(c, 50, y, t, size=9, width=490) if t else y - 8
    records_stamp(c, "2", 5)
    c.showPage()

    # --- pages 6-7: beslut
    def bes_head(n):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, H - 62, "Region Uppsala")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, H - 74, "Regional utveckling")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(300, H - 62, "BESLUT")
        c.setFont("Helvetica", 8.5)
        c.drawString(300, H - 74, "Datum 2027-01-25")
        c.drawString(400, H - 74, "Dnr RUN 2026-00731")
        c.drawString(300, H - 86, "Sida %d (2)" % n)

    bes_head(1)
    c.setFont("Helvetica", 8.5)
    c.drawString(50, H - 100, "Handläggare: Petter Lindroos, 018-611 73 05")
    c.setFont("Helvetica", 9.5)
    yy = H - 125
    for t in ["Tierps kommun", "Att: Annika Wallin", "815 80 Tierp"]:
        c.drawString(330, yy, t)
        yy -= 12
    y = H - 185
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, y, "Beslut om regionala utvecklingsmedel till projektet Bygdepunkt Uppland")
    y -= 24
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(50, y, "Beslut")
    y -= 15
    y = para(c, 50, y, "Region Uppsala beviljar Tierps kommun regionala utvecklingsmedel med högst "
             "2 640 000 kronor för projektet Bygdepunkt Uppland. Stödet får uppgå till högst "
             "40 procent av de faktiska stödberättigande kostnaderna.", size=9.5, width=490)
    y -= 6
    y = table(c, 50, y, [170, 320], [
        ["Projektperiod", "2027-03-01 – 2029-08-31"],
        ["Beviljat belopp", "högst 2 640 000 kronor"],
        ["Stödnivå", "högst 40 procent av stödberättigande kostnader"],
        ["Total budget enligt komplettering", "6 600 000 kronor"],
        ["Stödmottagare", "Tierps kommun (projektägare)"],
    ], bold_first=False, size=9)
    y -= 14
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(50, y, "Villkor")
    y -= 15
    for t in ["Medfinansiering från regionalt serviceprogram (RSP) ska vara beviljad innan den "
              "första utbetalningen görs.",
              "Lägesrapport ska lämnas senast 2027-09-30.",
              "Slutrapport ska lämnas senast 2029-10-31.",
              "Väsentliga förändringar av projektet, till exempel byte av projektledare, ändrad "
              "budget, ändrade samverkansparter eller ändrat genomförande, ska utan dröjsmål "
              "anmälas till Region Uppsala.",
              "Region Uppsalas logotyp ska användas i projektets kommunikation."]:
        c.setFont("Helvetica", 9.5)
        c.drawString(56, y, "–")
        y = para(c, 66, y, t, size=9.5, width=470)
        y -= 3
    y -= 10
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(50, y, "Skäl för beslutet")
    y -= 15
    y = para(c, 50, y, "Projektet bidrar till den regionala utvecklingsstrategins mål om likvärdig "
             "tillgång till service i hela länet. Projektperioden har förlängts till 2029-08-31, "
             "jämfört med 2029-06-30 i ansökan, för att ge utrymme för extern utvärdering och "
             "slutrapportering. Beslutet grundar sig på ansökan inkommen 2026-10-28 och "
             "kompletteringen 2026-12-09.", size=9.5, width=490)
    records_stamp(c, "4", 6)
    c.showPage()

    bes_head(2)
    y = H - 120
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(50, y, "Hur man överklagar")
    y -= 15
    y = para(c, 50, y, "Beslutet kan överklagas hos Förvaltningsrätten i Uppsala. Överklagandet ska "
             "ha kommit in till Region Uppsala inom tre veckor från den dag då ni fick del av "
             "beslutet.", size=9.5, width=490)
    y -= 14
    y = para(c, 50, y, "Detta beslut har fattats av enhetschef Karin Sjödin enligt delegation "
             "(regionala utvecklingsnämndens delegationsordning, punkt 4.2). Föredragande har varit "
             "handläggare Petter Lindroos.", size=9.5, width=490)
    y -= 30
    c.setFont("Helvetica", 9.5)
    c.drawString(50, y, "Karin Sjödin")
    c.drawString(300, y, "Petter Lindroos")
    c.setFont("Helvetica", 8.5)
    c.drawString(50, y - 12, "Enhetschef")
    c.drawString(300, y - 12, "Handläggare")
    y -= 50
    c.setFont("Helvetica", 8.5)
    c.drawString(50, y, "Kopia till: Östhammars kommun, Heby kommun, Älvkarleby kommun")
    records_stamp(c, "4", 7)
    c.showPage()
    c.save()

    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter()
    for p in r.pages:
        w.add_page(p)
    w.set_page_label(0, 0, prefix="F")
    w.set_page_label(1, 3, style="/D", prefix="A1:", start=1)
    w.set_page_label(4, 4, style="/D", prefix="A2:", start=1)
    w.set_page_label(5, 6, style="/D", prefix="A4:", start=1)
    w.add_outline_item(title="Förteckning", page_number=0)
    w.add_outline_item(title="Akt 1 Ansökan 2026-10-28", page_number=1)
    w.add_outline_item(title="Akt 2 Komplettering 2026-12-09", page_number=4)
    w.add_outline_item(title="Akt 4 Beslut 2027-01-25", page_number=5)
    w.add_metadata({"/Title": "Ärendeakt RUN 2026-00731", "/Producer": "Ärendesystemet PDF-export"})
    with open(out, "wb") as fh:
        w.write(fh)


# ---------------------------------------------------------------- 4a. budget XLSX (attachment)
def make_budget_xlsx():
    rows = [
        ["Bygdepunkt Uppland – reviderad budget och finansiering (bilaga 1 till styrgruppens protokoll 2027-05-18)"],
        [],
        ["Kostnadsslag", "Enligt beslut 2027-01-25", "Reviderad 2027-05-18", "Förändring"],
        ["Personal (projektledare, digitalvärd)", 3960000, 3420000, -540000],
        ["Resor", 240000, 210000, -30000],
        ["Servicepunktsbidrag", 1800000, 1500000, -300000],
        ["Tillägg digital vardagshjälp", 0, 420000, 420000],
        ["Kommunikation", 200000, 180000, -20000],
        ["Utrustning (surfplattor, skyltar)", 0, 220000, 220000],
        ["Indirekta kostnader", 400000, 200000, -200000],
        ["Summa kostnader", 6600000, 6150000, -450000],
        [],
        ["Finansiär", "Enligt beslut 2027-01-25", "Reviderad 2027-05-18", "Förändring"],
        ["Regionala utvecklingsmedel, Region Uppsala", 2640000, 2460000, -180000],
        ["Regionalt serviceprogram (RSP)", 2640000, 2460000, -180000],
        ["Tierps kommun", 330000, 410000, 80000],
        ["Östhammars kommun", 330000, 410000, 80000],
        ["Heby kommun", 330000, 410000, 80000],
        ["Älvkarleby kommun", 330000, 0, -330000],
        ["Summa finansiering", 6600000, 6150000, -450000],
    ]
    cols = "ABCD"
    sheet_rows = []
    for ri, row in enumerate(rows, start=1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (cols[ci], ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, v))
            else:
                st = ' s="2"' if ri in (1, 3, 13) or v.startswith("Summa") else ""
                cells.append('<c r="%s" t="inlineStr"%s><is><t>%s</t></is></c>' % (ref, st, xesc(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<cols><col min="1" max="1" width="44" customWidth="1"/><col min="2" max="4" width="22" customWidth="1"/></cols>'
             '<sheetData>%s</sheetData></worksheet>' % "".join(sheet_rows))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Reviderad budget" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '</Types>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as zf:
        zwrite(zf, "[Content_Types].xml", ct)
        zwrite(zf, "_rels/.rels", rels)
        zwrite(zf, "xl/workbook.xml", wb)
        zwrite(zf, "xl/_rels/workbook.xml.rels", wbrels)
        zwrite(zf, "xl/worksheets/sheet1.xml", sheet)
        zwrite(zf, "xl/styles.xml", styles)
    return b.getvalue()


# ---------------------------------------------------------------- 4. protokoll PDF with attachment
ATT_NAME = "Bilaga1_Reviderad_budget_2027-05-18.xlsx"


def make_protokoll(out):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Protokoll styrgruppen Bygdepunkt Uppland 2027-05-18")

    def head(n):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 55, "TIERPS KOMMUN")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, H - 67, "Projektet Bygdepunkt Uppland")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(330, H - 55, "PROTOKOLL")
        c.setFont("Helvetica", 8.5)
        c.drawString(330, H - 67, "Styrgruppen 2027-05-18")
        c.drawString(480, H - 67, "Sida %d (2)" % n)
        c.setLineWidth(0.6)
        c.line(50, H - 75, W - 50, H - 75)
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, "Justerandes signatur: ________   ________")
        c.drawString(380, 30, "Utdragsbestyrkande: ________")

    head(1)
    y = H - 100
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, "Protokoll fört vid styrgruppsmöte – Bygdepunkt Uppland")
    y -= 20
    y = table(c, 50, y, [110, 380], [
        ["Tid och plats", "Tisdag 2027-05-18 kl. 13.00–15.10, Tierps kommunhus, sammanträdesrum Vendel"],
        ["Beslutande", "Helena Brandt, Tierps kommun (ordförande); Lena Forsberg, Östhammars kommun; "
                       "Åsa Nordin, Heby kommun; Karin Sjödin, Region Uppsala"],
        ["Övriga", "Annika Wallin, projektledare; Jonas Ekholm, Tierps kommun (§§ 8–10); "
                   "Petter Lindroos, Region Uppsala (sekreterare)"],
        ["Frånvarande", "Tomas Viklund, Älvkarleby kommun"],
        ["Justerare", "Lena Forsberg"],
    ], bold_first=False, size=8.5)
    y -= 16

    def para_s(num, title, texts):
        nonlocal y
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, num)
        c.drawString(95, y, title)
        y -= 14
        for t in texts:
            y = para(c, 95, y, t, size=9.5, width=445)
            y -= 4
        y -= 6

    para_s("§ 1", "Mötets öppnande", ["Ordföranden öppnar mötet."])
    para_s("§ 2", "Val av justerare", ["Lena Forsberg utses att jämte ordföranden justera protokollet."])
    para_s("§ 3", "Dagordning", ["Dagordningen godkänns."])
    para_s("§ 4", "Föregående protokoll och lägesrapport",
           ["Protokollet från 2027-03-15 läggs till handlingarna. Projektledaren redovisar att "
            "avtal är tecknade med Örbyhus Livs, Gräsö Handelsbod och Bruksbutiken Österbybruk "
            "och att digitalvärden har anställts."])
    para_s("§ 5", "Servicepunkten i Heby kommun",
           ["Harbo Lanthandel stänger 2027-05-29. Styrgruppen beslutar att servicepunkten i Heby "
            "kommun flyttas från Harbo till Östervåla Handelsbod i Östervåla. Öppning planeras "
            "till den 1 september 2027."])
    para_s("§ 6", "Älvkarleby kommun lämnar projektet",
           ["Kommunstyrelsen i Älvkarleby kommun beslutade 2027-05-11 att lämna projektet. "
            "Servicepunkten i Gårdskär utgår. Projektet omfattar därmed fem servicepunkter i "
            "Tierps, Östhammars och Heby kommuner.",
            "Styrgruppen noterar att Tierp, Östhammar och Heby ökar sin medfinansiering till "
            "410 000 kronor per kommun för hela projektperioden."])
    c.showPage()

    head(2)
    y = H - 100
    para_s("§ 7", "Reviderad budget",
           ["Till följd av § 6 och den nya riktlinjen för servicepunktsbidrag minskar projektets "
            "totalbudget med 450 000 kronor. Styrgruppen fastställer reviderad budget och "
            "finansiering enligt bilaga 1. Bilagan finns som bifogad fil i detta protokoll "
            "(gem-ikonen i marginalen).",
            "Projektledaren får i uppdrag att ansöka om ändring av Region Uppsalas beslut "
            "RUN 2026-00731 och av RSP-beslutet."])
    para_s("§ 8", "Projektledning under föräldraledighet",
           ["Annika Wallin är föräldraledig 2027-06-14 – 2028-01-31. Styrgruppen utser Jonas "
            "Ekholm, näringslivsutvecklare vid Tierps kommun, till tillförordnad projektledare "
            "under samma period. Ändringen anmäls till Region Uppsala enligt villkoren i beslutet."])
    para_s("§ 9", "Invigning av första servicepunkten",
           ["Invigningen av servicepunkten i Örbyhus Livs äger rum fredag 11 juni 2027 kl. 14.00. "
            "Regionråd och kommunalråd från de tre kommunerna bjuds in. Pressmeddelande skickas "
            "en vecka innan."])
    para_s("§ 10", "Nästa möte",
           ["Tisdag 7 september 2027 kl. 9.00 via Teams."])
    y -= 10
    c.setFont("Helvetica", 9.5)
    c.drawString(95, y, "Vid protokollet")
    y -= 30
    c.drawString(95, y, "Petter Lindroos")
    y -= 30
    c.drawString(95, y, "Justeras")
    y -= 30
    c.drawString(95, y, "Helena Brandt, ordförande")
    c.drawString(320, y, "Lena Forsberg")
    y -= 30
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(95, y, "Bilaga 1: Reviderad budget och finansiering 2027-05-18 (bifogad fil)")
    c.showPage()
    c.save()

    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter()
    for p in r.pages:
        w.add_page(p)
    data = make_budget_xlsx()
    ef = DecodedStreamObject()
    ef.set_data(data)
    ef.update({
        NameObject("/Type"): NameObject("/EmbeddedFile"),
        NameObject("/Subtype"): NameObject("/application#2Fvnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        NameObject("/Params"): DictionaryObject({NameObject("/Size"): NumberObject(len(data)),
                                                 NameObject("/ModDate"): TextStringObject("D:20270518101500+02'00'")}),
    })
    ef_ref = w._add_object(ef)
    fs = DictionaryObject({
        NameObject("/Type"): NameObject("/Filespec"),
        NameObject("/F"): TextStringObject(ATT_NAME),
        NameObject("/UF"): TextStringObject(ATT_NAME),
        NameObject("/Desc"): TextStringObject("Bilaga 1 – Reviderad budget och finansiering"),
        NameObject("/EF"): DictionaryObject({NameObject("/F"): ef_ref, NameObject("/UF"): ef_ref}),
    })
    fs_ref = w._add_object(fs)
    names = DictionaryObject({NameObject("/EmbeddedFiles"): DictionaryObject({
        NameObject("/Names"): ArrayObject([TextStringObject(ATT_NAME), fs_ref])})})
    w._root_object[NameObject("/Names")] = names
    annot = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/FileAttachment"),
        NameObject("/Rect"): ArrayObject([FloatObject(28), FloatObject(H - 115), FloatObject(42), FloatObject(H - 95)]),
        NameObject("/FS"): fs_ref,
        NameObject("/Name"): NameObject("/Paperclip"),
        NameObject("/T"): TextStringObject("Petter Lindroos"),
        NameObject("/Contents"): TextStringObject("Bilaga 1 – Reviderad budget"),
        NameObject("/F"): NumberObject(4),
        NameObject("/C"): ArrayObject([FloatObject(0.2), FloatObject(0.3), FloatObject(0.8)]),
    })
    annot_ref = w._add_object(annot)
    w.pages[1][NameObject("/Annots")] = ArrayObject([annot_ref])
    w._root_object[NameObject("/PageMode")] = NameObject("/UseAttachments")
    with open(out, "wb") as fh:
        w.write(fh)


# ---------------------------------------------------------------- 2. riktlinje DOCX with OMML
WNS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def wr(text, bold=False, italic=False):
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", "<w:i/>" if italic else "")
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(text))


def wp(content, style=None, jc=None):
    ppr = ""
    if style or jc:
        ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "",
                                        '<w:jc w:val="%s"/>' % jc if jc else "")
    if not content.startswith("<"):
        content = wr(content)
    return "<w:p>%s%s</w:p>" % (ppr, content)


MRPR = '<w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/></w:rPr>'


def mr(t, nor=False, plain=False):
    props = ""
    if nor:
        props = "<m:rPr><m:nor/></m:rPr>"
    elif plain:
        props = '<m:rPr><m:sty m:val="p"/></m:rPr>'
    return '<m:r>%s%s<m:t xml:space="preserve">%s</m:t></m:r>' % (props, MRPR, xesc(t))


def mfunc(name, *args, sep=";"):
    es = "".join("<m:e>%s</m:e>" % a for a in args)
    return ('<m:func><m:funcPr><m:ctrlPr>%s</m:ctrlPr></m:funcPr><m:fName>%s</m:fName>'
            '<m:e><m:d><m:dPr><m:sepChr m:val="%s"/><m:ctrlPr>%s</m:ctrlPr></m:dPr>%s</m:d></m:e></m:func>'
            % (MRPR, mr(name, plain=True), sep, MRPR, es))


def msub(base, sub):
    return "<m:sSub><m:e>%s</m:e><m:sub>%s</m:sub></m:sSub>" % (mr(base), mr(sub))


def mfrac(num, den):
    return "<m:f><m:num>%s</m:num><m:den>%s</m:den></m:f>" % (mr(num), mr(den))


def omath_para(inner):
    return ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><m:oMathPara><m:oMathParaPr><m:jc m:val="center"/>'
            '</m:oMathParaPr><m:oMath>%s</m:oMath></m:oMathPara></w:p>' % inner)


def omath_inline(inner):
    return "<m:oMath>%s</m:oMath>" % inner


def wtc(content, width, shade=None):
    sh = '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade if shade else ""
    if not content.startswith("<"):
        content = wp(content)
    return '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (width, sh, content)


def wtbl(rows, widths, header=True):
    grid = "".join('<w:gridCol w:w="%d"/>' % wd for wd in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutnt"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
           '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
           '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
           '</w:tblPr><w:tblGrid>%s</w:tblGrid>' % grid]
    for ri, row in enumerate(rows):
        cells = []
        for cell, wd in zip(row, widths):
            if ri == 0 and header:
                cells.append(wtc(wp(wr(cell, bold=True)), wd, "D9E2F3"))
            else:
                cells.append(wtc(cell, wd))
        out.append("<w:tr>%s</w:tr>" % "".join(cells))
    out.append("</w:tbl>")
    return "".join(out)


def make_riktlinje(out):
    b = []
    b.append(wp("Tierps kommun  |  Bygdepunkt Uppland", jc="right"))
    b.append(wp("Riktlinje för servicepunktsbidrag inom projektet Bygdepunkt Uppland", style="Title"))
    b.append(wtbl([
        ["Fastställd av", "Datum", "Version", "Dokumentägare"],
        ["Styrgruppen för Bygdepunkt Uppland", "2027-03-15", "1.0", "Projektledaren, Tierps kommun"],
    ], [3200, 1600, 1100, 3100]))
    b.append(wp(""))
    b.append(wp("1 Syfte", style="Heading1"))
    b.append(wp("Servicepunktsbidraget ska göra det möjligt för dagligvarubutiker på landsbygden i "
                "Tierps, Östhammars, Heby och Älvkarleby kommuner att erbjuda kommersiell och "
                "offentlig service som annars skulle saknas på orten. Bidraget finansieras inom "
                "projektet Bygdepunkt Uppland (Region Uppsala dnr RUN 2026-00731)."))
    b.append(wp("2 Definitioner", style="Heading1"))
    b.append(wp(wr("Servicepunkt. ", bold=True) +
                wr("Med servicepunkt avses i denna riktlinje en dagligvarubutik på landsbygden som "
                   "har avtal med projektet och som erbjuder minst tre av följande fem tjänster: "
                   "paketombud, apoteksombud, kontantuttag, betalning av räkningar och digital "
                   "vardagshjälp.")))
    b.append(wp(wr("Stödberättigande kostnader (K). ", bold=True) +
                wr("Med stödberättigande kostnader avses butikens faktiska och direkta kostnader "
                   "för att tillhandahålla servicetjänsterna, till exempel personaltid, "
                   "lokalanpassning och utrustning. Kostnader för butikens ordinarie "
                   "dagligvaruhandel är inte stödberättigande.")))
    b.append(wp(wr("Digital vardagshjälp. ", bold=True) +
                wr("Med digital vardagshjälp avses stöd till enskilda att använda e-legitimation, "
                   "1177 Vårdguiden, bankärenden och myndigheters e-tjänster.")))
    b.append(wp("3 Bidragets storlek", style="Heading1"))
    b.append(wp("Bidraget (B) beräknas per servicepunkt och kalenderår enligt följande formel:"))
    b.append(omath_para(mr("B=") + mfunc("min", mr("0,5·K"), mr("75 000 kr", nor=True))))
    b.append(wp("där K är butikens stödberättigande kostnader under kalenderåret."))
    b.append(wp("Första året beräknas bidraget i förhållande till hur länge servicepunkten har "
                "varit öppen:"))
    b.append(omath_para(msub("B", "2027") + mr("=") +
                        mfunc("min", mr("0,5·K"), mr("75 000 kr", nor=True) + mr("·") + mfrac("m", "12"))))
    b.append(wp("där m är antalet hela kalendermånader som servicepunkten har varit öppen under 2027."))
    b.append(wp(wr("Exempel", italic=True)))
    b.append(wtbl([
        ["Stödberättigande kostnader (K)", "Beräkning", "Bidrag (B)"],
        ["120 000 kr", wp(omath_inline(mr("0,5·120 000=60 000"))), "60 000 kr"],
        ["200 000 kr", wp(omath_inline(mfunc("min", mr("100 000"), mr("75 000")) + mr("=75 000"))),
         wp(omath_inline(mr("75 000 kr", nor=True)))],
    ], [3000, 3600, 2400]))
    b.append(wp(""))
    b.append(wp("4 Tillägg för digital vardagshjälp", style="Heading1"))
    b.append(wp("Utöver bidraget ersätts servicepunkten för de timmar som butikens personal ger "
                "digital vardagshjälp när digitalvärden inte är på plats. Tillägget (T) beräknas som"))
    b.append(omath_para(mr("T=") + mr("350 kr", nor=True) + mr("·h,  h≤120")))
    b.append(wp("där h är antalet redovisade timmar under kalenderåret."))
    b.append(wp("5 Ansökan", style="Heading1"))
    b.append(wp("Butiken ansöker på blanketten 'Ansökan om servicepunktsbidrag' som finns på "
                "tierp.se/bygdepunkt. Ansökan för 2027 ska ha kommit in senast den 14 maj 2027. "
                "För 2028 och 2029 ska ansökan ha kommit in senast den 31 januari respektive år."))
    b.append(wp("6 Utbetalning", style="Heading1"))
    b.append(wp("Bidraget betalas ut i två delar. Ett förskott (F) betalas ut när avtal har tecknats:"))
    b.append(omath_para(mr("F=0,3·B")))
    b.append(wp("Resterande del betalas ut när butikens kvartalsrapporter för året har lämnats."))
    b.append(wp("7 Återbetalning", style="Heading1"))
    b.append(wp("Om servicepunkten upphör under året ska butiken betala tillbaka den del av "
                "förskottet som avser tiden efter att servicepunkten upphörde."))
    b.append(wp("8 Kontakt", style="Heading1"))
    b.append(wp("Frågor om riktlinjen besvaras av projektledaren Annika Wallin, Tierps kommun, "
                "0293-218 431. Handläggare på Region Uppsala är Petter Lindroos, 018-611 73 05."))
    b.append(wp("Versionshistorik", style="Heading2"))
    b.append(wtbl([
        ["Version", "Datum", "Ändring"],
        ["0.9", "2027-02-15", "Remissversion till kommunerna (bidrag högst 60 000 kr per butik och år, "
                              "som i ansökan)"],
        ["1.0", "2027-03-15", "Fastställd av styrgruppen. Nytt beräkningssätt och nytt tak, se avsnitt 3."],
    ], [1200, 1600, 6200]))
    b.append('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
             'w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '</w:body></w:document>' % (WNS, "".join(b)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>'
              '<w:sz w:val="22"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="Tabellrutnt"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
                '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:dispDef/><m:wrapIndent m:val="1440"/></m:mathPr>'
                '<w:defaultTabStop w:val="1304"/><w:lang w:val="sv-SE"/></w:settings>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
               '</Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Riktlinje för servicepunktsbidrag</dc:title><dc:creator>Annika Wallin</dc:creator>'
            '<cp:lastModifiedBy>Annika Wallin</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2027-02-10T08:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-03-15T14:40:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><Company>Tierps kommun</Company></Properties>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    with zipfile.ZipFile(out, "w") as zf:
        zwrite(zf, "[Content_Types].xml", ct)
        zwrite(zf, "_rels/.rels", rels)
        zwrite(zf, "word/document.xml", doc)
        zwrite(zf, "word/styles.xml", styles)
        zwrite(zf, "word/settings.xml", settings)
        zwrite(zf, "word/_rels/document.xml.rels", docrels)
        zwrite(zf, "docProps/core.xml", core)
        zwrite(zf, "docProps/app.xml", app)


# ---------------------------------------------------------------- 3. Google Docs TXT export
GDOC = """Bygdepunkt Uppland – arbetsgruppens anteckningar
Delat dokument – alla i arbetsgruppen kan redigera. Skriv nyaste mötet överst!


Arbetsgruppen: Annika Wallin (projektledare, Tierps kommun), Petter Lindroos (handläggare, Region Uppsala), Mikael Strand (Tierps kommun), Lena Forsberg (Östhammars kommun), Åsa Nordin (Heby kommun), Tomas Viklund (Älvkarleby kommun)
________________


20 april 2027 – arbetsgruppsmöte (Teams)
Närvarande: Annika, Petter, Mikael, Lena, Åsa. Tomas anmält förhinder.


1. Harbo
* Harbo Lanthandel stänger sista maj[a]. Åsa har pratat med Östervåla Handelsbod som är intresserad av att bli servicepunkt i stället.
* Förslag: servicepunkten i Heby kommun flyttas från Harbo till Östervåla. Tas upp i styrgruppen 18 maj.
2. Digitalvärd
* Sara Holmqvist är anställd som digitalvärd och börjar 3 maj[b].
* Hon utgår från Tierps kommunhus och kör runt mellan butikerna enligt schema (tas fram av Annika + Sara).
3. Invigning Örbyhus
* Invigning av första servicepunkten, Örbyhus Livs, fredag 4 juni kl. 14[c]. Kommunalråd och regionråd bjuds in.
   * Mikael fixar tårta och skylt.
4. Ansökningar om servicepunktsbidrag
* Hittills tre ansökningar (Örbyhus, Gräsö, Österbybruk). Karlholms Handel har fått blanketten.
* Sista dag att söka för 2027 är 14 maj enligt riktlinjen[d].
5. Övrigt
* Tomas har mejlat att Älvkarleby kommun ”ser över sitt deltagande”[e]. Annika ringer honom.
________________


30 mars 2027 – arbetsgruppsmöte (Tierps kommunhus)
Närvarande: alla utom Åsa.


1. Riktlinjen
* Riktlinjen för servicepunktsbidrag fastställdes av styrgruppen 15 mars. Taket är 75 000 kr per servicepunkt och år, bidraget är hälften av kostnaderna.
* Ansökningsblanketten är klar och ligger på tierp.se/bygdepunkt.
2. Digitalvärd
* 41 sökande. Intervjuer vecka 14 (Annika och Mikael).
* Bil till digitalvärden: leasing av elbil, ca 4 500 kr/mån. Annika tar in offert[f].
3. Kommunikation
* Logotypen är klar. Affischer till butikerna i april.
* Lena kollar om Östhammars lokaltidning vill göra ett reportage från Gräsö.
________________


15 februari 2027 – uppstartsmöte (Tierps kommunhus)
* Genomgång av beslutet från Region Uppsala (RUN 2026-00731). Projektet startar 1 mars.
* Remissversion av riktlinjen skickas till kommunerna, svar senast 5 mars.
* Mötestider: arbetsgruppen ses varannan tisdag, styrgruppen ungefär varannan månad.


[a]Harbo Lanthandel har bekräftat sista öppetdag lördag 29 maj. /Åsa Nordin
[b]Rättelse: Sara börjar måndag 10 maj, hon hade längre uppsägningstid än vi trodde. Annika uppdaterar schemat.
_Tilldelad till Annika Wallin_
[c]Krockar med skolavslutningen i Tierp – vi flyttar invigningen till fredag 11 juni, samma tid. Styrgruppen fastställer 18 maj. /Mikael Strand
[d]Jag har beslutat att förlänga ansökningstiden för 2027 till 28 maj 2027 eftersom Karlholms Handel och Östervåla inte hinner. Beslutet är fattat på delegation 2027-04-22, jag skickar ut info till butikerna. /Petter Lindroos
[e]Tomas ringde 22/4: kommunstyrelsen i Älvkarleby tar ärendet 11 maj och det lutar åt att de lämnar projektet. /Annika Wallin
[f]Det blev ingen leasing – digitalvärden bokar en elbil ur kommunens bilpool i stället. /Annika Wallin
"""


def make_gdoc(out):
    data = "\ufeff" + GDOC.replace("\n", "\r\n")
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)


# ---------------------------------------------------------------- 5. MD with unresolved merge conflicts
MD = """---
title: "Bygdepunkt Uppland"
slug: bygdepunkt-uppland
summary: "Servicepunkter i lanthandeln – paket, apoteksvaror, kontanter och hjälp med det digitala."
updated: 2027-08-23
author: webbredaktionen
tags: [landsbygd, service, naringsliv]
menu: naringsliv
---

# Bygdepunkt Uppland

I flera lanthandlar i norra Uppland kan du nu hämta paket, ta ut kontanter, hämta apoteksvaror
och få hjälp med det digitala – på samma ställe som du handlar. Bygdepunkt Uppland drivs av
Tierps kommun tillsammans med Östhammars och Heby kommuner och finansieras av Region Uppsala.

## Vad kan jag göra på en servicepunkt?

- Hämta och lämna paket
- Hämta receptfria läkemedel och receptvaror via apoteksombud
- Ta ut kontanter i kassan
- Betala räkningar
- Få hjälp med BankID, 1177 Vårdguiden och andra e-tjänster av vår digitalvärd

## Här finns servicepunkterna

<<<<<<< HEAD
| Ort | Kommun | Butik | Öppnar |
|---|---|---|---|
| Örbyhus | Tierp | Örbyhus Livs | Öppnade 11 juni 2027 |
| Karlholmsbruk | Tierp | Karlholms Handel | 16 augusti 2027 |
| Gräsö | Östhammar | Gräsö Handelsbod | 23 augusti 2027 |
| Österbybruk | Östhammar | Bruksbutiken Österbybruk | 30 augusti 2027 |
| Harbo | Heby | Harbo Lanthandel | Hösten 2027 |
| Gårdskär | Älvkarleby | Gårdskärs Livs | Hösten 2027 |
||||||| 8e3b2f1
| Ort | Kommun | Öppnar |
|---|---|---|
| Örbyhus | Tierp | Juni 2027 |
| Karlholmsbruk | Tierp | Augusti 2027 |
| Gräsö | Östhammar | Augusti 2027 |
| Österbybruk | Östhammar | Augusti 2027 |
| Harbo | Heby | Hösten 2027 |
| Gårdskär | Älvkarleby | Hösten 2027 |
=======
| Ort | Kommun | Öppnar |
|---|---|---|
| Örbyhus | Tierp | Öppnade 11 juni 2027 |
| Karlholmsbruk | Tierp | 16 augusti 2027 |
| Gräsö | Östhammar | 6 september 2027 |
| Österbybruk | Östhammar | 30 augusti 2027 |
| Östervåla | Heby | 4 oktober 2027 |
>>>>>>> uppdatering-augusti

## Digitalvärden på plats

Vår digitalvärd besöker servicepunkterna enligt schemat nedan. Du behöver inte boka tid.

| Dag | Servicepunkt | Tid |
|---|---|---|
| Måndag | Örbyhus Livs | 10–14 |
| Tisdag | Karlholms Handel | 10–14 |
| Onsdag | Bruksbutiken Österbybruk | 13–17 |
| Torsdag | Gräsö Handelsbod | 10–14 |
| Fredag | Östervåla Handelsbod (från oktober) | 10–14 |

> **Obs!** Digitalvärden loggar aldrig in åt dig och frågar aldrig efter dina koder.

## Vanliga frågor

**Kostar det något?**
Nej, alla tjänster på servicepunkten och hjälpen från digitalvärden är kostnadsfria. Paket och
apoteksvaror kostar det som avsändaren eller apoteket tar betalt.

**Jag driver en butik – kan vi bli servicepunkt?**
Hör av dig till projektet. Butiker som blir servicepunkter kan få servicepunktsbidrag på upp till
75 000 kronor per år, se [riktlinjen](/dokument/riktlinje-servicepunktsbidrag.docx).

**Varför finns det ingen servicepunkt i Älvkarleby kommun?**
Älvkarleby kommun deltar inte längre i projektet.

## Kontakt

<<<<<<< HEAD
**Jonas Ekholm**, tf. projektledare (Annika Wallin är föräldraledig till och med januari 2028)
Telefon: 0293-218 452
E-post: jonas.ekholm@tierp.se
||||||| 8e3b2f1
**Annika Wallin**, projektledare
Telefon: 0293-218 431
E-post: annika.wallin@tierp.se
=======
**Annika Wallin**, projektledare
Telefon: 0293-218 431
E-post: annika.wallin@tierp.se

**Sara Holmqvist**, digitalvärd
Telefon: 0293-218 466
>>>>>>> uppdatering-augusti

Funktionsbrevlåda: bygdepunkt@tierp.se
"""


def make_md(out):
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(MD)


# ---------------------------------------------------------------- 6. AsciiDoc source as TXT
ADOC = """= Handbok för servicepunktsombud
Bygdepunkt Uppland, Tierps kommun
v2.0, 2027-10-11
:utgava: 2
:doctype: book
:toc: left
:toc-title: Innehåll
:lang: sv
:sectnums:
:icons: font
:projekt: Bygdepunkt Uppland
:projektledare: Jonas Ekholm
:projektledare-roll: tillförordnad projektledare
:tel-projekt: 0293-218 452
:epost-projekt: bygdepunkt@tierp.se
:digitalvard: Sara Holmqvist
:tel-digitalvard: 0293-218 466
:timersattning: 350 kronor
:maxtimmar: 120
:bidragstak: 75 000 kronor
// Utgåva 1 (2027-06-01) hade :projektledare: Annika Wallin och :tel-projekt: 0293-218 431
// Sätt attributet intern (asciidoctor -a intern) för att få med interna anteckningar i utskriften.

[abstract]
Den här handboken är till för dig som arbetar i en butik som är servicepunkt inom {projekt}.
Här står vad servicepunkten ska erbjuda, hur du rapporterar och hur ersättningen fungerar.

ifeval::[{utgava} == 1]
Handboken gäller från 1 juni 2027 och ersätter informationsbladet från mars 2027.
endif::[]
ifeval::[{utgava} >= 2]
Den här utgåvan gäller från 11 oktober 2027 och ersätter utgåva 1 (2027-06-01). Nytt i utgåva 2:
ny kontaktperson under projektledarens föräldraledighet, servicepunkten i Östervåla har öppnat,
kortare tid för kvartalsrapporten och ny timersättning från 2028.
endif::[]

== Servicepunkterna

[cols="2,2,3,2",options="header"]
|===
|Ort |Kommun |Butik |I drift sedan
|Örbyhus |Tierp |Örbyhus Livs |11 juni 2027
|Karlholmsbruk |Tierp |Karlholms Handel |16 augusti 2027
|Gräsö |Östhammar |Gräsö Handelsbod |6 september 2027
|Österbybruk |Östhammar |Bruksbutiken Österbybruk |30 augusti 2027
|Östervåla |Heby |Östervåla Handelsbod |4 oktober 2027
|===

////
Borttaget ur utgåva 1:
|Harbo |Heby |Harbo Lanthandel |1 september 2027 (planerat)
|Gårdskär |Älvkarleby |Gårdskärs Livs |hösten 2027
Östervåla skulle ha öppnat 1 september men ombyggnaden av kassalinjen blev försenad.
////

== Kontakt

Projektledning:: {projektledare}, {projektledare-roll}, telefon {tel-projekt}, {epost-projekt}
Digitalvärd:: {digitalvard}, telefon {tel-digitalvard}
Kontaktpersoner i kommunerna::
include::kontaktpersoner-kommuner.adoc[]

NOTE: Annika Wallin är föräldraledig till och med 31 januari 2028. Under tiden är
{projektledare} {projektledare-roll}.

== Det här ska servicepunkten erbjuda

En servicepunkt erbjuder minst tre av de fem tjänsterna paketombud, apoteksombud, kontantuttag,
betalning av räkningar och digital vardagshjälp. Tjänsterna ska finnas under hela butikens
ordinarie öppettider.

IMPORTANT: Du får aldrig logga in med en kunds BankID eller skriva in kundens koder åt kunden.

== Rapportering

Butiken rapporterar antal ärenden per tjänst och kvartal i e-tjänsten Mina ärenden på tierp.se.

ifeval::[{utgava} < 2]
Kvartalsrapporten ska lämnas senast 30 dagar efter kvartalets slut.
endif::[]
ifeval::[{utgava} >= 2]
Kvartalsrapporten ska lämnas senast 15 dagar efter kvartalets slut. Rapporten för tredje kvartalet
2027 ska alltså ha kommit in senast den 15 oktober 2027.
endif::[]

== Ersättning för digital vardagshjälp

Under 2027 ersätts butiken med {timersattning} per timme för digital vardagshjälp som butikens
personal ger när digitalvärden inte är på plats, högst {maxtimmar} timmar per kalenderår.footnote:[Se
riktlinjen för servicepunktsbidrag, version 1.0, avsnitt 4.]

:timersattning: 380 kronor
:maxtimmar: 150

Från och med den 1 januari 2028 är ersättningen {timersattning} per timme och taket är
{maxtimmar} timmar per kalenderår (styrgruppens beslut 2027-09-07, § 14).

== Servicepunktsbidrag

Servicepunktsbidraget är högst {bidragstak} per servicepunkt och kalenderår. Hur bidraget räknas
ut står i riktlinjen för servicepunktsbidrag. Ansökan för 2028 ska ha kommit in senast den
31 januari 2028.

ifdef::intern[]
.Intern anteckning (publiceras inte)
Gårdskärs Livs fick ett förskott i maj 2027 innan Älvkarleby lämnade projektet. Återkrav skickat
2027-06-22, se ärendet i diariet.
endif::[]

== Nätverksträffar

Ombuden träffas två gånger per år för erfarenhetsutbyte. Nästa träff är onsdag 17 november 2027
kl. 18.00 i Bruksbutiken Österbybruk. Anmälan till {epost-projekt}.
"""


def make_adoc(out):
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(ADOC)


def main():
    if len(sys.argv) != 2:
        print("usage: r191_make_files.py OUT_DIR")
        sys.exit(2)
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    make_arendeakt(os.path.join(outdir, F1))
    make_riktlinje(os.path.join(outdir, F2))
    make_gdoc(os.path.join(outdir, F3))
    make_protokoll(os.path.join(outdir, F4))
    make_md(os.path.join(outdir, F5))
    make_adoc(os.path.join(outdir, F6))
    for f in (F1, F2, F3, F4, F5, F6):
        print("wrote", os.path.join(outdir, f))


if __name__ == "__main__":
    main()
