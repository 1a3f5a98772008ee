#!/usr/bin/env python3
"""r148 – six invented Swedish documents (Region Kalmar län / Arbetsförmedlingen,
norra Kalmar län) for testing the question-answering assistant "Kunskapsbanken".

Run:  python3 r148_make_files.py OUT_DIR      (deterministic; needs reportlab,
python-docx and Pillow; fonts: Liberation or DejaVu TTF)

Files and their layout traps
----------------------------
1. Jobbspar_Industri_folder_var2027_tryck.pdf  (PDF, 4 sheets)
   A saddle-stitched A5 BOOKLET exported as a PRINTER'S IMPOSITION: every PDF
   page is one landscape sheet (A4 + slug area with crop marks and a fold mark)
   carrying TWO A5 pages in printer-spread order 8|1, 2|7, 6|3, 4|5.  The printed
   page numbers (bottom outer corner) therefore differ from the PDF page numbers,
   reading a sheet left-to-right mixes unrelated pages (back cover before the
   cover, the FAQ next to page 2, the dates table next to the course table),
   and the "Så antas du" paragraph runs to the bottom of printed page 2 (PDF
   page 2, left) and continues MID-SENTENCE at the top of printed page 3 (PDF
   page 3, right half): "Besked om du har fått en plats" | "får du senast den
   5 februari 2027."  A printer's slug line
   ("Ark 2 (4) – baksida ...") sits above each sheet, a running footer on the
   inner side of pages 2-7, tables (course weeks, companies with a Totalt row).

2. RU12_Ansokan_forstudie_LYNH_Hultsfred_ifylld.pdf  (PDF, 2 pages)
   A FILLED-IN FILLABLE PDF FORM (AcroForm).  Labels, instructions and help text
   are page content, but EVERY ANSWER (applicant, contact person, amounts,
   dates, the multi-line summary, the ticked Ja/Nej check boxes) lives only in
   form-field widgets (/V values + appearance streams) – invisible to extractors
   that read only the page content stream.  The help text carries example values
   ("t.ex. 150 000", "t.ex. 2027-01-01") unlike the real ones, and a rotated
   registry stamp (Inkom ... Dnr RUN 2026/1187) is drawn over page 1.

3. Protokoll_styrgrupp_Kompetensplattform_2026-11-18_skannad.pdf (PDF, 2 pages)
   A SCANNED, signed protocol: each page is one greyscale JPEG (slightly skewed,
   speckled) with an INVISIBLE OCR TEXT LAYER (text render mode 3) placed word by
   word with horizontal scaling, baselines drifting with the skew, a few OCR
   errors (rn for m, 0 for O, S for §) in non-key words, and signatures, a
   "JUSTERAT" stamp and initials present only in the image.

4. Beslut_Kompetensfonden_2027_koppling_alla.docx  (DOCX)
   A MAIL-MERGE OUTPUT: four decision letters from the same template in one
   file, one Word SECTION per letter (new page) with its own unlinked header
   (Dnr differs) and a footer "Sida PAGE (SECTIONPAGES)" whose numbering
   restarts in every section.  The boilerplate (payment, appeal, signature) is
   repeated four times; the letters differ only in recipient, amounts,
   conditions and reasons (one full grant, one partial, one refusal, one with
   an advance payment).  One letter still has an unmerged field
   «Telefon_handläggare».

5. SFS_2023-611_statsbidrag_regionala_omstallningsinsatser.txt  (TXT)
   A CONSOLIDATED ORDINANCE copied from the government's legal database:
   metadata head (SFS nr, Ändrad: t.o.m. ...), long unwrapped paragraphs
   "N §", amendment tags "Förordning (2025:77).", a repealed paragraph, and TWO
   PARALLEL VERSIONS of 6 § and 12 § marked "/Upphör att gälla U:2027-01-01/"
   and "/Träder i kraft I:2027-01-01/", with transitional provisions per
   amending ordinance at the end.

6. Dialogmote_besoksnaring_norra_Kalmar_2026-11-12_marp.md  (Markdown)
   A MARP SLIDE DECK in Markdown: YAML front matter (marp: true, header, footer,
   CSS), slides separated by "---", Marp directives in HTML comments
   (<!-- _class: lead -->), SPEAKER NOTES in HTML comments holding facts not on
   the slides (source of a key figure, survey period), a whole slide commented
   out with outdated 2023 figures, a two-column <div> layout, image syntax
   ![w:420](...) / ![bg right:35%](...), a GFM table and an action table.
"""
import io
import math
import os
import random
import sys
import zipfile

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.utils import ImageReader

# ---------------------------------------------------------------- fonts
FONT_DIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu",
             "/usr/share/fonts/truetype", "/usr/share/fonts"]


def find_font(*names):
    for d in FONT_DIRS:
        for root, _dirs, files in os.walk(d):
            for n in names:
                if n in files:
                    return os.path.join(root, n)
    raise SystemExit("font not found: %s" % (names,))


F_SANS = find_font("LiberationSans-Regular.ttf", "DejaVuSans.ttf")
F_SANS_B = find_font("LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf")
F_SANS_I = find_font("LiberationSans-Italic.ttf", "DejaVuSans-Oblique.ttf")
F_SERIF = find_font("LiberationSerif-Regular.ttf", "DejaVuSerif.ttf")
F_SERIF_B = find_font("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf")
F_HAND = find_font("DejaVuSerif-Italic.ttf", "LiberationSerif-Italic.ttf")

pdfmetrics.registerFont(TTFont("Sans", F_SANS))
pdfmetrics.registerFont(TTFont("Sans-Bold", F_SANS_B))
pdfmetrics.registerFont(TTFont("Sans-Italic", F_SANS_I))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic",
                              boldItalic="Sans-Bold")

TEAL = colors.HexColor("#0E5E6F")
LIGHT = colors.HexColor("#E3F1F3")
ORANGE = colors.HexColor("#E07A1F")


# =====================================================================
# 1. Booklet, printer's imposition
# =====================================================================
SHEET_TRIM_W, SHEET_TRIM_H = landscape(A4)          # 841.9 x 595.3
A5W = SHEET_TRIM_W / 2.0                             # 420.9
A5H = SHEET_TRIM_H                                   # 595.3
SLUG = 24.0                                          # slug / crop-mark area
SHEET_W, SHEET_H = SHEET_TRIM_W + 2 * SLUG, SHEET_TRIM_H + 2 * SLUG

bst = {
    "h1": ParagraphStyle("h1", fontName="Sans-Bold", fontSize=15, leading=18, textColor=TEAL,
                         spaceAfter=6, spaceBefore=4),
    "h2": ParagraphStyle("h2", fontName="Sans-Bold", fontSize=11.5, leading=14, textColor=TEAL,
                         spaceAfter=3, spaceBefore=8),
    "body": ParagraphStyle("body", fontName="Sans", fontSize=10, leading=13.4, spaceAfter=5),
    "bul": ParagraphStyle("bul", fontName="Sans", fontSize=10, leading=13.4, leftIndent=12,
                          bulletFontName="Sans",
                          bulletIndent=2, spaceAfter=2),
    "cell": ParagraphStyle("cell", fontName="Sans", fontSize=8.3, leading=10.2),
    "cellb": ParagraphStyle("cellb", fontName="Sans-Bold", fontSize=8.3, leading=10.2,
                            textColor=colors.white),
    "q": ParagraphStyle("q", fontName="Sans-Bold", fontSize=9.5, leading=12.6, spaceBefore=5,
                        spaceAfter=1, textColor=TEAL),
    "quote": ParagraphStyle("quote", fontName="Sans", fontSize=9.5, leading=12.6, leftIndent=10,
                            borderPadding=(5, 6, 5, 6), backColor=LIGHT, spaceBefore=4,
                            spaceAfter=8, textColor=TEAL),
    "small": ParagraphStyle("small", fontName="Sans", fontSize=8, leading=10, textColor=colors.grey),
}


def P(text, style="body", **kw):
    return Paragraph(text, bst[style], **kw)


def bullets(items):
    return [Paragraph(t, bst["bul"], bulletText="\u2022") for t in items]


def btable(rows, widths, total_row=False):
    data = []
    for i, r in enumerate(rows):
        st = "cellb" if i == 0 else "cell"
        data.append([Paragraph(c, bst[st]) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FC5CC")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row:
        style.append(("BACKGROUND", (0, -1), (-1, -1), LIGHT))
    t.setStyle(TableStyle(style))
    return t


def booklet_pages():
    """Return dict printed-page-number -> list of flowables (pages 2..7)."""
    pages = {}
    pages[2] = [
        P("Vad är ett jobbspår?", "h1"),
        P("Jobbspår Industri är en arbetsmarknadsutbildning där teori, praktik och rekrytering "
          "hänger ihop. Utbildningen är framtagen tillsammans med företag i norra Kalmar län som "
          "behöver anställa montörer, CNC-operatörer och maskinoperatörer under 2027."),
        P("Du studerar på heltid, dagtid måndag–fredag. Utbildningen är kostnadsfri och du behåller "
          "din ersättning under hela tiden, se sidan 4. Jobbspåret genomförs av Komvux Hultsfred "
          "på uppdrag av Arbetsförmedlingen och finansieras av Arbetsförmedlingen och de tre "
          "kommunerna."),
        P("Jobbspåret har genomförts två gånger tidigare, hösten 2025 och våren 2026. Den här "
          "omgången är den första där alla tre kommunerna deltar."),
        P("<i>”Jag hade aldrig stått vid en maskin förut. Efter praktiken fick jag en "
          "provanställning och nu är jag tillsvidareanställd.”</i> – Amina, deltagare hösten 2025",
          "quote"),
        P("Efter utbildningen har du ett intyg från Komvux, truckkort A och B samt ett "
          "branschintyg i CNC-bearbetning som är godkänt av Teknikföretagen och IF Metall. Intyget gäller i hela landet."),
        P("Vem kan delta?", "h2"),
        *bullets([
            "Du är inskriven som arbetssökande på Arbetsförmedlingen och har fyllt 20 år.",
            "Du har svenskkunskaper motsvarande lägst SFI kurs D, eller läser parallellt på SFI kurs D.",
            "Du kan arbeta i en miljö med buller och mycket stående arbete.",
            "Du behöver ingen tidigare erfarenhet av industriarbete.",
            "Du har ingen pågående anställning på mer än 25 procent av heltid.",
            "Du kan börja utbildningen på heltid från kursstarten och delta under alla 16 veckor.",
        ]),
        P("Så antas du", "h2"),
        # this paragraph is split by the frame: it starts at the bottom of printed page 2
        # and continues mid-sentence at the top of printed page 3 (another PDF sheet)
        P("Innan du kan antas gör du ett kartläggningssamtal med din handläggare och ett "
          "studiebesök hos ett av de deltagande företagen, där du får träffa en handledare och "
          "prova på en arbetsdag. Därefter gör företagen och Arbetsförmedlingen antagningen "
          "tillsammans. Besked om du har fått en plats får du senast den 5 februari 2027."),
        P("Så här går jobbspåret till", "h1"),
        P("Jobbspåret pågår i 16 veckor och består av fyra delar:"),
        btable([
            ["Vecka", "Innehåll", "Plats"],
            ["1–2", "Introduktion, arbetsmiljö och säkerhet (truckkort A och B ingår)", "Campus Västervik"],
            ["3–10", "Yrkesutbildning: ritningsläsning, CNC-bearbetning och montering",
             "Komvux Hultsfred, Industrihallen"],
            ["11–14", "Praktik (arbetsplatsförlagt lärande) hos ett av företagen", "Hos företaget"],
            ["15–16", "Rekryteringsintervjuer, certifikat och avslutning", "Folkets hus, Vimmerby"],
        ], [34, 200, 106]),
        Spacer(1, 6),
        P("Under veckorna 3–10 har du en fast lärare och en mentor från något av företagen. "
          "Mentorn hjälper dig att välja praktikplats."),
    ]
    pages[3] = None  # filled with what does not fit on page 2
    pages[4] = [
        P("Ersättning", "h1"),
        P("Under jobbspåret får du aktivitetsstöd eller etableringsersättning på samma sätt som i "
          "andra arbetsmarknadsutbildningar. Du får ingen lön under praktikveckorna."),
        P("Tänk på att du måste lämna in din aktivitetsrapport varje månad även när du går "
          "jobbspåret."),
        P("Resor", "h2"),
        P("Har du mer än 3 mil enkel väg till utbildningsorten får du ett månadskort från Kalmar "
          "länstrafik (KLT). Kortet beställs av din lärare på Komvux under första veckan. Bor du "
          "närmare än 3 mil betalar du resorna själv."),
        P("Frånvaro", "h2"),
        P("Om du är sjuk ska du anmäla det till både utbildningsanordnaren och Arbetsförmedlingen "
          "samma dag, före kl. 9.00."),
        P("Lunch", "h2"),
        P("Lunch ingår under veckorna 1–10. Under praktiken äter du i företagets personalmatsal "
          "till personalpris."),
    ]
    pages[5] = [
        P("Företagen som är med", "h1"),
        P("Följande företag har lämnat rekryteringsbehov till jobbspåret våren 2027:"),
        btable([
            ["Företag", "Ort", "Yrkesroller", "Behov"],
            ["Vimmerby Gjuteri AB", "Vimmerby", "Maskinoperatör", "6"],
            ["Västerviks Plåtteknik AB", "Västervik", "CNC-operatör, montör", "9"],
            ["Hultsfreds Verkstads AB", "Hultsfred", "Montör", "8"],
            ["Nordvik Fönster AB", "Gamleby", "Montör, truckförare", "5"],
            ["Totalt", "", "", "28"],
        ], [112, 62, 120, 46], total_row=True),
        Spacer(1, 6),
        P("Behoven är uppskattade i november 2026 och kan förändras. Ett jobbspår ger ingen "
          "garanti för anställning, men i de två senaste omgångarna fick 7 av 10 deltagare jobb "
          "inom tre månader."),
    ]
    pages[6] = [
        P("Viktiga datum", "h1"),
        btable([
            ["När", "Vad"],
            ["Tisdag 12 januari 2027 kl. 13.00", "Informationsmöte i Vimmerby, Folkets hus"],
            ["Torsdag 14 januari 2027 kl. 10.00", "Informationsmöte i Västervik, Arbetsförmedlingen"],
            ["Tisdag 19 januari 2027 kl. 15.00", "Digitalt informationsmöte (Teams) för Hultsfred"],
            ["Fredag 29 januari 2027", "Sista dag att anmäla intresse"],
            ["1–4 februari 2027", "Studiebesök och prova-på-dagar hos företagen"],
            ["Fredag 5 februari 2027", "Besked om plats"],
            ["Måndag 15 februari 2027", "Kursstart (vecka 7)"],
            ["Fredag 4 juni 2027", "Sista kursdag"],
        ], [140, 200]),
        Spacer(1, 8),
        P("Länk till informationsmötet på Teams får du av din handläggare."),
    ]
    pages[7] = [
        P("Vanliga frågor", "h1"),
        P("Måste jag ha körkort?", "q"),
        P("Nej. B-körkort är meriterande hos flera av företagen men inget krav. Truckkort ingår i "
          "utbildningen."),
        P("Kan jag gå jobbspåret på deltid?", "q"),
        P("Nej, utbildningen är på heltid, cirka 40 timmar i veckan inklusive praktik."),
        P("Vad händer om jag får jobb innan utbildningen är slut?", "q"),
        P("Prata med din handläggare. Oftast kan du avsluta och börja arbeta direkt, särskilt om "
          "anställningen är hos något av de deltagande företagen."),
        P("Hur ser arbetstiderna ut?", "q"),
        P("Undervisningen pågår i regel kl. 8.00–16.00. Under praktiken följer du företagets "
          "arbetstider, som kan börja redan kl. 6.30."),
        P("Får jag stöd i svenska under utbildningen?", "q"),
        P("Ja. En språklärare från SFI finns med på lektionerna två dagar i veckan under "
          "veckorna 3–10, och alla yrkesord finns i en ordlista på lättare svenska, arabiska, "
          "dari, somaliska och tigrinja."),
        P("Kan jag gå jobbspåret om jag redan har gått ett annat jobbspår?", "q"),
        P("Det beror på. Din handläggare gör en bedömning utifrån din planering."),
    ]
    return pages


def fill_frame(frame, story, canv):
    """Like Frame.addFromList, but splits a flowable that does not fit (as a doc template would)."""
    while story:
        fl = story[0]
        if frame.add(fl, canv):
            story.pop(0)
            continue
        parts = frame.split(fl, canv)
        if len(parts) > 1:
            story[0:1] = parts
            if frame.add(story[0], canv):
                story.pop(0)
        break


def draw_booklet_page(c, n, x0, pages):
    """Draw printed page n (1..8) into the A5 area whose lower-left corner is (x0, SLUG)."""
    y0 = SLUG
    if n == 1:
        c.setFillColor(TEAL)
        c.rect(x0, y0, A5W, A5H, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.rect(x0, y0 + A5H * 0.42, A5W, 6, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans-Bold", 30)
        c.drawString(x0 + 36, y0 + A5H - 140, "Jobbspår")
        c.drawString(x0 + 36, y0 + A5H - 176, "Industri")
        c.setFont("Sans", 13)
        c.drawString(x0 + 36, y0 + A5H - 210, "Västervik · Vimmerby · Hultsfred")
        c.setFont("Sans-Bold", 12)
        c.drawString(x0 + 36, y0 + A5H * 0.42 + 24, "Deltagarinformation – våren 2027")
        c.setFont("Sans", 10)
        c.drawString(x0 + 36, y0 + A5H * 0.42 - 26, "En snabbare väg till jobb inom tillverkningsindustrin")
        c.drawString(x0 + 36, y0 + A5H * 0.42 - 39, "i norra Kalmar län.")
        c.setFont("Sans", 8)
        c.drawString(x0 + 36, y0 + 52, "Arbetsförmedlingen i samverkan med Västerviks, Vimmerby och")
        c.drawString(x0 + 36, y0 + 41, "Hultsfreds kommuner samt Region Kalmar län")
        return
    if n == 8:
        c.setFillColor(LIGHT)
        c.rect(x0, y0, A5W, A5H, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.rect(x0, y0, A5W, 70, stroke=0, fill=1)
        story = [
            P("Kontakt och anmälan", "h1"),
            P("Anmäl ditt intresse till din handläggare på Arbetsförmedlingen eller genom att mejla "
              "jobbspar.industri.kalmar@arbetsformedlingen.se. Skriv inte ditt personnummer i "
              "mejlet – det lämnar du via Mina sidor."),
            P("Kontaktpersoner", "h2"),
            P("<b>Projektsamordnare:</b> Maria Lindqvist, Arbetsförmedlingen Västervik, 010-486 22 41"),
            P("<b>Utbildningsanordnare:</b> Jonas Berg, Komvux Hultsfred, 0495-240 17"),
            P("<b>Företag och rekrytering:</b> Elin Sjöberg, Region Kalmar län, 0480-84 71 30"),
        ]
        f = Frame(x0 + 34, y0 + 110, A5W - 68, A5H - 150, showBoundary=0)
        fill_frame(f, story, c)
        c.setFillColor(colors.white)
        c.setFont("Sans", 8)
        c.drawString(x0 + 34, y0 + 40, "Tryckt i november 2026. Med reservation för ändringar.")
        c.drawString(x0 + 34, y0 + 28, "Arbetsförmedlingen · Region Kalmar län · Komvux Hultsfred")
        return
    # inner pages
    c.setFillColor(TEAL)
    c.rect(x0, y0 + A5H - 14, A5W, 14, stroke=0, fill=1)
    inner_left = (n % 2 == 0)  # even pages are left-hand pages
    if n == 2:
        story = pages[2]          # the same list object: leftovers stay in it
    elif n == 3:
        story = pages["rest"]
    else:
        story = list(pages[n])
    f = Frame(x0 + 38, y0 + 48, A5W - 76, A5H - 90, showBoundary=0, leftPadding=0, rightPadding=0)
    fill_frame(f, story, c)
    if n == 2:
        pages["rest"] = story
    elif story:
        raise RuntimeError("booklet page %d overflowed" % n)
    c.setFillColor(colors.grey)
    c.setFont("Sans", 7.5)
    run = "Jobbspår Industri · Deltagarinformation våren 2027"
    c.setFont("Sans-Bold", 9)
    c.setFillColor(TEAL)
    if inner_left:
        c.drawString(x0 + 38, y0 + 24, str(n))
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.grey)
        c.drawRightString(x0 + A5W - 38, y0 + 24, run)
    else:
        c.drawRightString(x0 + A5W - 38, y0 + 24, str(n))
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(x0 + 38, y0 + 24, run)


def crop_marks(c):
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.3)
    L = 14
    for (x, y) in [(SLUG, SLUG), (SLUG + SHEET_TRIM_W, SLUG), (SLUG, SLUG + SHEET_TRIM_H),
                   (SLUG + SHEET_TRIM_W, SLUG + SHEET_TRIM_H)]:
        dx = -1 if x == SLUG else 1
        dy = -1 if y == SLUG else 1
        c.line(x + dx * 3, y, x + dx * (3 + L), y)
        c.line(x, y + dy * 3, x, y + dy * (3 + L))
    # fold marks (dashed) at the spine
    c.setDash(2, 2)
    xm = SLUG + A5W
    c.line(xm, 2, xm, SLUG - 4)
    c.line(xm, SLUG + SHEET_TRIM_H + 4, xm, SHEET_H - 2)
    c.setDash()


def make_booklet(path):
    pages = booklet_pages()
    c = canvas.Canvas(path, pagesize=(SHEET_W, SHEET_H))
    c.setTitle("Jobbspar_Industri_folder_v3_TRYCK")
    c.setAuthor("Arbetsförmedlingen Västervik")
    c.setCreator("Adobe InDesign 19.5 (imposition: Quite Imposing Plus 5)")
    order = [(8, 1, "framsida"), (2, 7, "baksida"), (6, 3, "framsida"), (4, 5, "baksida")]
    for i, (left, right, side) in enumerate(order, start=1):
        crop_marks(c)
        c.setFillColor(colors.black)
        c.setFont("Sans", 6)
        c.drawString(SLUG, SHEET_H - 14,
                     "Jobbspar_Industri_folder_v3.indd   Ark %d (4) – %s   2026-11-27 14:32   "
                     "Falsning: mitten, häftning 2 st   Sid %d + %d" % (i, side, left, right))
        draw_booklet_page(c, left, SLUG, pages)
        draw_booklet_page(c, right, SLUG + A5W, pages)
        c.showPage()
    c.save()


# =====================================================================
# 2. Filled AcroForm application
# =====================================================================
FORM_VALUES = {
    "sokande_organisation": "Hultsfreds kommun, Närings- och arbetslivsenheten",
    "sokande_orgnr": "212000-0738",
    "sokande_adress": "Box 500, 577 26 Hultsfred",
    "kontakt_namn": "Sanna Ekdahl",
    "kontakt_telefon": "0495-241 62",
    "kontakt_epost": "sanna.ekdahl@hultsfred.se",
    "projekt_namn": "Lokal yrkesutbildningsnod Hultsfred (LYNH)",
    "projekt_start": "2027-03-01",
    "projekt_slut": "2027-12-31",
    "projekt_omrade": "Hultsfreds kommun med omland (Vimmerby, Högsby)",
    "projekt_sammanfattning": (
        "Förstudien ska undersöka om en gemensam lokal nod för yrkesutbildning kan etableras i "
        "Industrihallen i Hultsfred. Noden ska samla Komvux, yrkeshögskoleutbildningar och "
        "företagens egna interna utbildningar under ett tak. Förstudien ska kartlägga "
        "utbildningsbehovet hos minst 25 företag, ta fram en modell för delad lärarresurs mellan "
        "kommunerna och ge underlag för en eventuell ansökan om ett genomförandeprojekt hösten 2027."),
    "kost_personal": "210 000",
    "kost_externa": "120 000",
    "kost_resor": "15 000",
    "kost_ovrigt": "35 000",
    "kost_summa": "380 000",
    "fin_region": "285 000",
    "fin_kommun": "95 000",
    "fin_ovrig": "0",
    "fin_summa": "380 000",
    "underskrift_ort_datum": "Hultsfred 2026-11-18",
    "underskrift_namn": "Per-Olof Ståhl, kommundirektör",
}
FORM_CHECKS = {  # name -> checked
    "moms_ja": False, "moms_nej": True,
    "annat_stod_ja": False, "annat_stod_nej": True,
    "statsstod_ja": False, "statsstod_nej": True,
}


def wrap_lines(text, font, size, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def make_form(path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("RU-12 Ansökan om regionala utvecklingsmedel – förstudie")
    c.setAuthor("Region Kalmar län")
    form = c.acroForm
    LM = 48

    def field(name, x, y, w, h=16, multiline=False):
        val = FORM_VALUES[name]
        kw = dict(name=name, x=x, y=y, width=w, height=h, fontName="Helvetica", fontSize=9.5,
                  borderWidth=0.6, borderColor=colors.HexColor("#777777"),
                  fillColor=colors.HexColor("#EEF3FA"), textColor=colors.black, maxlen=2000,
                  value=val, tooltip=name)
        if multiline:
            kw["value"] = "\n".join(wrap_lines(val, "Helvetica", 9.5, w - 10))
            kw["fieldFlags"] = "multiline"
        form.textfield(**kw)

    def check(name, x, y):
        form.checkbox(name=name, x=x, y=y, size=10, checked=FORM_CHECKS[name], buttonStyle="cross",
                      borderWidth=0.6, borderColor=colors.HexColor("#777777"),
                      fillColor=colors.white, textColor=colors.black, tooltip=name)

    def label(text, x, y, size=8.5, font="Sans"):
        c.setFont(font, size)
        c.setFillColor(colors.black)
        c.drawString(x, y, text)

    def section(title, y):
        c.setFillColor(TEAL)
        c.rect(LM, y, W - 2 * LM, 16, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans-Bold", 10)
        c.drawString(LM + 6, y + 4.5, title)
        c.setFillColor(colors.black)

    def footer(pg):
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(LM, 30, "Region Kalmar län · Box 601 · 391 26 Kalmar · 0480-84 70 00 · "
                             "regionkalmar.se · Blankett RU-12 (version 2026-03)")
        c.drawRightString(W - LM, 30, "Sida %d (2)" % pg)
        c.setFillColor(colors.black)

    # ---------- page 1
    c.setFont("Sans-Bold", 13)
    c.setFillColor(TEAL)
    c.drawString(LM, H - 60, "Region Kalmar län")
    c.setFont("Sans", 9)
    c.setFillColor(colors.black)
    c.drawString(LM, H - 73, "Regional utveckling")
    c.setFont("Sans", 8)
    c.drawRightString(W - LM, H - 60, "Blankett RU-12")
    c.drawRightString(W - LM, H - 71, "Version 2026-03")
    c.setFont("Sans-Bold", 15)
    c.drawString(LM, H - 110, "Ansökan om regionala utvecklingsmedel – förstudie")
    intro = ("Använd blanketten för att söka medel till en förstudie ur anslaget för regionala "
             "utvecklingsmedel (1:1-medel). En förstudie kan beviljas högst 300 000 kronor och får "
             "pågå i högst 12 månader. Region Kalmar län finansierar högst 75 procent av de "
             "stödberättigande kostnaderna. Ansökningar behandlas löpande, men ansökan ska ha kommit "
             "in senast den 15 mars respektive den 15 september för att behandlas vid närmaste "
             "beslutstillfälle. Fyll i blanketten digitalt och skicka den till "
             "regionalutveckling@regionkalmar.se.")
    y = H - 130
    for ln in wrap_lines(intro, "Sans", 9, W - 2 * LM):
        c.setFont("Sans", 9)
        c.drawString(LM, y, ln)
        y -= 12

    y -= 14
    section("1. Sökande", y)
    y -= 26
    rows = [("Organisation", "sokande_organisation", 330), ("Organisationsnummer", "sokande_orgnr", 140),
            ("Postadress", "sokande_adress", 330), ("Kontaktperson", "kontakt_namn", 220),
            ("Telefon", "kontakt_telefon", 140), ("E-post", "kontakt_epost", 260)]
    for lab, name, w in rows:
        label(lab, LM + 4, y + 4)
        field(name, LM + 150, y, w)
        y -= 22

    y -= 10
    section("2. Förstudien", y)
    y -= 26
    label("Förstudiens namn", LM + 4, y + 4)
    field("projekt_namn", LM + 150, y, 330)
    y -= 22
    label("Startdatum (ÅÅÅÅ-MM-DD)", LM + 4, y + 4)
    field("projekt_start", LM + 150, y, 90)
    label("Slutdatum", LM + 262, y + 4)
    field("projekt_slut", LM + 320, y, 90)
    y -= 14
    c.setFont("Sans-Italic", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(LM + 150, y, "Ange datum i formatet ÅÅÅÅ-MM-DD, t.ex. 2027-01-01.")
    c.setFillColor(colors.black)
    y -= 22
    label("Geografiskt område", LM + 4, y + 4)
    field("projekt_omrade", LM + 150, y, 330)
    y -= 24
    label("Sammanfattning av förstudien (högst 1 500 tecken)", LM + 4, y)
    y -= 100
    field("projekt_sammanfattning", LM + 4, y, W - 2 * LM - 8, h=92, multiline=True)

    # registry stamp, rotated, page content
    c.saveState()
    c.translate(W - 178, H - 112)
    c.rotate(6)
    c.setStrokeColor(colors.HexColor("#2B4C9B"))
    c.setFillColor(colors.HexColor("#2B4C9B"))
    c.setLineWidth(1.2)
    c.rect(-8, -30, 120, 52, stroke=1, fill=0)
    c.setFont("Sans-Bold", 8)
    c.drawString(0, 10, "REGION KALMAR LÄN")
    c.setFont("Sans", 8)
    c.drawString(0, -2, "Inkom 2026-11-20")
    c.drawString(0, -14, "Dnr RUN 2026/1187")
    c.restoreState()
    footer(1)
    c.showPage()

    # ---------- page 2
    y = H - 70
    section("3. Budget och finansiering (kronor)", y)
    y -= 20
    c.setFont("Sans-Italic", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(LM + 4, y, "Ange belopp i hela kronor, t.ex. 150 000. Summa kostnader ska vara lika med "
                            "summa finansiering.")
    c.setFillColor(colors.black)
    y -= 20
    label("Kostnader", LM + 4, y + 4, font="Sans-Bold", size=9)
    y -= 20
    for lab, name in [("Personal (inkl. lönebikostnader)", "kost_personal"),
                      ("Externa tjänster", "kost_externa"), ("Resor", "kost_resor"),
                      ("Övriga kostnader", "kost_ovrigt"), ("Summa kostnader", "kost_summa")]:
        label(lab, LM + 4, y + 4, font="Sans-Bold" if "Summa" in lab else "Sans")
        field(name, LM + 260, y, 110)
        y -= 20
    y -= 8
    label("Finansiering", LM + 4, y + 4, font="Sans-Bold", size=9)
    y -= 20
    for lab, name in [("Sökt belopp från Region Kalmar län", "fin_region"),
                      ("Kommunal medfinansiering (kontant)", "fin_kommun"),
                      ("Övrig offentlig finansiering", "fin_ovrig"),
                      ("Summa finansiering", "fin_summa")]:
        label(lab, LM + 4, y + 4, font="Sans-Bold" if "Summa" in lab else "Sans")
        field(name, LM + 260, y, 110)
        y -= 20

    y -= 14
    section("4. Övriga uppgifter", y)
    y -= 24
    qs = [("Är sökanden momsregistrerad för verksamheten i förstudien?", "moms"),
          ("Har sökanden fått annat offentligt stöd för samma insats de senaste tre åren?", "annat_stod"),
          ("Kommer förstudien att ge stöd till enskilda företag (statsstöd)?", "statsstod")]
    for q, key in qs:
        label(q, LM + 4, y + 2)
        check(key + "_ja", LM + 380, y)
        label("Ja", LM + 394, y + 2)
        check(key + "_nej", LM + 420, y)
        label("Nej", LM + 434, y + 2)
        y -= 20

    y -= 14
    section("5. Underskrift", y)
    y -= 22
    c.setFont("Sans", 8.5)
    for ln in wrap_lines("Undertecknad intygar att uppgifterna i ansökan är riktiga och att sökanden "
                         "har tagit del av Region Kalmar läns villkor för regionala utvecklingsmedel.",
                         "Sans", 8.5, W - 2 * LM - 8):
        c.drawString(LM + 4, y, ln)
        y -= 11
    y -= 16
    label("Ort och datum", LM + 4, y + 4)
    field("underskrift_ort_datum", LM + 150, y, 200)
    y -= 22
    label("Namnförtydligande", LM + 4, y + 4)
    field("underskrift_namn", LM + 150, y, 260)
    y -= 22
    label("Underskrift av behörig företrädare", LM + 4, y + 4)
    c.line(LM + 150, y, LM + 410, y)
    c.setFont("Sans-Italic", 8)
    c.setFillColor(colors.grey)
    c.drawString(LM + 154, y + 4, "Signerad elektroniskt (BankID)")
    c.setFillColor(colors.black)
    y -= 36
    c.setFont("Sans-Italic", 7.5)
    for ln in wrap_lines("Region Kalmar län behandlar personuppgifterna i ansökan enligt "
                         "dataskyddsförordningen. Mer information finns på regionkalmar.se/dataskydd.",
                         "Sans-Italic", 7.5, W - 2 * LM - 8):
        c.drawString(LM + 4, y, ln)
        y -= 10
    footer(2)
    c.showPage()
    c.save()


# =====================================================================
# 3. Scanned protocol with invisible OCR text layer
# =====================================================================
PROT_PAGES = [
    [  # page 1: (kind, text)
        ("hdr", "Region Kalmar län|PROTOKOLL|Sida 1 (2)"),
        ("gap", 20),
        ("title", "Styrgruppen för Kompetensplattform Kalmar län"),
        ("gap", 12),
        ("p", "Datum: 2026-11-18, kl. 9.00–11.30"),
        ("p", "Plats: Regionens hus, sal Ölandsbron, Kalmar, samt via Teams"),
        ("gap", 10),
        ("b", "Närvarande ledamöter"),
        ("p", "Karin Lövgren, Region Kalmar län (ordförande)"),
        ("p", "Lena Håkansson, Arbetsförmedlingen"),
        ("p", "Tomas Nyberg, Västerviks kommun"),
        ("p", "Sanna Ekdahl, Hultsfreds kommun (§§ 21–23 och 25–26)"),
        ("p", "Fredrik Alm, Oskarshamns kommun"),
        ("gap", 8),
        ("b", "Övriga"),
        ("p", "Ahmed Rahimi, Region Kalmar län (sekreterare)"),
        ("p", "Elin Sjöberg, Region Kalmar län"),
        ("gap", 14),
        ("b", "§ 21 Mötets öppnande och dagordning"),
        ("p", "Ordföranden öppnade mötet. Dagordningen godkändes med tillägg av en informationspunkt "
              "om Kompetensfonden 2027 (§ 25)."),
        ("gap", 8),
        ("b", "§ 22 Val av justerare"),
        ("p", "Lena Håkansson valdes att justera protokollet tillsammans med ordföranden."),
        ("gap", 8),
        ("b", "§ 23 Lägesrapport Jobbspår Industri"),
        ("p", "Elin Sjöberg rapporterade att 46 personer hittills har anmält intresse till jobbspåret "
              "som startar den 15 februari 2027. Antalet utbildningsplatser är 32 och företagens "
              "samlade rekryteringsbehov är 28 personer. Styrgruppen noterade att andelen kvinnor "
              "bland de anmälda är låg, 9 av 46, och gav Arbetsförmedlingen i uppdrag att genomföra "
              "en riktad informationsinsats till kvinnor före den 29 januari 2027."),
        ("p", "Beslut: Styrgruppen lade rapporten till handlingarna."),
    ],
    [  # page 2
        ("hdr", "Region Kalmar län|PROTOKOLL|Sida 2 (2)"),
        ("gap", 20),
        ("b", "§ 24 Ansökan om förstudie – Lokal yrkesutbildningsnod Hultsfred (LYNH)"),
        ("p", "Sanna Ekdahl anmälde jäv och deltog inte i handläggningen av ärendet."),
        ("p", "Hultsfreds kommun har ansökt om 285 000 kronor i regionala utvecklingsmedel för en "
              "förstudie. Styrgruppen diskuterade att posten för externa tjänster är hög i förhållande "
              "till förstudiens omfattning."),
        ("p", "Beslut: Styrgruppen ställer sig bakom förstudien och föreslår att Region Kalmar län "
              "beviljar högst 250 000 kronor, under förutsättning att Vimmerby kommun ingår i "
              "förstudiens referensgrupp."),
        ("gap", 8),
        ("b", "§ 25 Information om Kompetensfonden 2027"),
        ("p", "Ahmed Rahimi informerade om att fyra ansökningar har beslutats. Tre har beviljats helt "
              "eller delvis och en har avslagits. Totalt beviljat belopp är 1 100 000 kronor."),
        ("gap", 8),
        ("b", "§ 26 Nästa möte"),
        ("p", "Nästa möte hålls den 10 februari 2027 kl. 13.00 på Campus Västervik. Frågan om "
              "Kompetensplattformens finansiering efter 2027 tas upp vid det mötet."),
        ("gap", 30),
        ("p", "Vid protokollet"),
        ("scribble", 1),
        ("p", "Ahmed Rahimi"),
        ("gap", 26),
        ("p", "Justeras"),
        ("scribble", 2),
        ("sig2", "Karin Lövgren, ordförande|Lena Håkansson"),
    ],
]
# OCR mistakes applied to the text layer only: (page, original word, ocr word, occurrence)
OCR_ERRORS = [
    (0, "Kompetensplattform", "Kompetensplattforrn", 1),
    (0, "Ordföranden", "0rdföranden", 1),
    (0, "(§", "(S", 1),        # the "(§ 25)" in § 21
    (0, "handlingarna.", "handlingaina.", 1),
    (1, "Justeras", "Juste1as", 1),
]

DPI = 150
PX = DPI / 72.0


def make_scan(path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    W, H = A4
    IW, IH = int(round(W * PX)), int(round(H * PX))
    f_reg = ImageFont.truetype(F_SERIF, 25)      # 12 pt at 150 dpi
    f_bold = ImageFont.truetype(F_SERIF_B, 25)
    f_title = ImageFont.truetype(F_SERIF_B, 31)
    f_hand = ImageFont.truetype(F_HAND, 34)
    LMX, RMX = 150, IW - 150
    rng = random.Random(148)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Scan 2026-11-25 10:41")
    c.setCreator("RICOH IM C3000 / OCR: ABBYY FineReader Server")
    angles = [0.32, -0.27]
    for pi, page in enumerate(PROT_PAGES):
        img = Image.new("L", (IW, IH), 250)
        d = ImageDraw.Draw(img)
        words = []  # [text, x, baseline_y, width_px, size_px, line_no]
        line_no = [0]
        y = 140

        def put_line(txt, x, font, size):
            nonlocal words
            line_no[0] += 1
            asc = font.getmetrics()[0]
            cx = x
            for w in txt.split(" "):
                if not w:
                    continue
                d.text((cx, y), w, font=font, fill=25)
                wl = font.getlength(w)
                words.append([w, cx, y + asc, wl, size, line_no[0]])
                cx += wl + font.getlength(" ")

        for kind, text in page:
            if kind == "gap":
                y += text
                continue
            if kind == "hdr":
                a, b, cc = text.split("|")
                put_line(a, LMX, f_bold, 25)
                put_line(b, 820, f_bold, 25)
                y += 34
                put_line(cc, 820, f_reg, 25)
                y += 36
                d.line((LMX, y, RMX, y), fill=60, width=2)
                y += 6
                continue
            if kind == "title":
                put_line(text, LMX, f_title, 31)
                y += 44
                continue
            if kind == "scribble":
                xs = [LMX] if text == 1 else [LMX, 620]
                for k, sx in enumerate(xs):
                    sy = y + 38
                    pts = [(sx + t, sy + 16 * math.sin(t / (8.0 + 3 * k + text)) + 7 * math.sin(t / 3.1 + k))
                           for t in range(0, 250, 2)]
                    d.line(pts, fill=40, width=3)
                    d.line((sx + 12, sy + 28, sx + 225, sy + 20), fill=70, width=2)
                y += 84
                continue
            if kind == "sig2":
                a, b = text.split("|")
                save_y = y
                put_line(a, LMX, f_reg, 25)
                y = save_y
                put_line(b, 620, f_reg, 25)
                y += 36
                continue
            font = f_bold if kind == "b" else f_reg
            # wrap
            line = ""
            for w in text.split(" "):
                t = (line + " " + w).strip()
                if font.getlength(t) <= RMX - LMX:
                    line = t
                else:
                    put_line(line, LMX, font, 25)
                    y += 34
                    line = w
            if line:
                put_line(line, LMX, font, 25)
                y += 36 if kind == "b" else 34
        if pi == 1:
            # JUSTERAT stamp
            stamp = Image.new("L", (360, 120), 255)
            sd = ImageDraw.Draw(stamp)
            sd.rectangle((4, 4, 355, 115), outline=90, width=5)
            sd.text((30, 14), "JUSTERAT", font=ImageFont.truetype(F_SANS_B, 46), fill=90)
            sd.text((40, 72), "2026-11-25   KL / LH", font=ImageFont.truetype(F_SANS, 26), fill=90)
            stamp = stamp.rotate(-7, expand=True, fillcolor=255)
            mask = stamp.point(lambda v: 255 if v < 200 else 0)
            img.paste(stamp, (700, y + 10), mask)
        # handwritten initials in the margin of page 1 (image only)
        if pi == 0:
            d.text((IW - 140, IH - 140), "LH", font=f_hand, fill=45)
            d.text((IW - 230, IH - 140), "KL", font=f_hand, fill=45)
        # skew the scan and map word boxes through the same rotation
        ang = angles[pi]
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250)
        th = math.radians(ang)
        cxm, cym = IW / 2.0, IH / 2.0
        for w in words:
            x, yb = w[1], w[2]
            dx, dy = x - cxm, yb - cym
            w[1] = cxm + dx * math.cos(th) + dy * math.sin(th)
            w[2] = cym - dx * math.sin(th) + dy * math.cos(th)
        # speckle noise and a darker scanner edge
        px = img.load()
        for _ in range(2600):
            x = rng.randrange(IW)
            yy = rng.randrange(IH)
            px[x, yy] = rng.randrange(60, 200)
        d2 = ImageDraw.Draw(img)
        d2.rectangle((0, 0, 10, IH), fill=170)
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=60, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=W, height=H)

        # OCR errors for this page
        counters = {}
        for (ep, orig, ocr, occ) in OCR_ERRORS:
            if ep != pi:
                continue
            n = 0
            for w in words:
                if w[0] == orig:
                    n += 1
                    if n == occ:
                        w[0] = ocr
                        break
        # invisible text layer: one text object per OCR line, every word positioned on its own
        # (text matrix + horizontal scaling to the word's width in the image), words separated by
        # an explicit space as OCR engines do
        lines = {}
        for w in words:
            lines.setdefault(w[5], []).append(w)
        for ln in sorted(lines):
            t = c.beginText()
            t.setTextRenderMode(3)
            lw = lines[ln]
            for k, w in enumerate(lw):
                text, x, yb, wl, size_px = w[:5]
                size_pt = size_px / PX
                t.setFont("Helvetica", size_pt)
                natural = pdfmetrics.stringWidth(text, "Helvetica", size_pt)
                hs = 100.0 * (wl / PX) / natural if natural > 0 else 100.0
                t.setHorizScale(hs)
                t.setTextOrigin(x / PX, H - yb / PX)
                t.textOut(text + (" " if k < len(lw) - 1 else ""))
            c.drawText(t)
        c.showPage()
    c.save()


# =====================================================================
# 4. Mail-merged decision letters (DOCX)
# =====================================================================
LETTERS = [
    dict(
        dnr="RUN 2026/1012",
        mottagare=["Oskarshamns kommun", "Arbetsmarknadsenheten", "Att: Fredrik Alm",
                   "Box 705", "572 28 Oskarshamn"],
        sokande="Oskarshamns kommun",
        projekt="Språkstöd på arbetsplatsen – Oskarshamn",
        inkom="2026-09-10",
        beslut=["Region Kalmar län beviljar Oskarshamns kommun 500 000 kronor ur Kompetensfonden "
                "Kalmar län 2027 för projektet Språkstöd på arbetsplatsen – Oskarshamn. "
                "Projektperioden är 2027-02-01–2027-12-31."],
        villkor=["Projektet ska genomföras i samverkan med Arbetsförmedlingen. En skriftlig "
                 "överenskommelse om samverkan ska ha kommit in till Region Kalmar län före den "
                 "första utbetalningen.",
                 "Projektet ska följa den budget som bifogades ansökan.",
                 "En slutrapport ska lämnas senast 2028-01-31."],
        skal=["Projektet uppfyller kriterierna i riktlinjerna för Kompetensfonden. Region Kalmar län "
              "bedömer att språkstöd på arbetsplatsen är en prioriterad insats för att fler "
              "utrikes födda ska kunna behålla och utveckla sina anställningar inom industri och "
              "äldreomsorg."],
        extra_utbetalning=("Med avvikelse från vad som normalt gäller betalas 60 procent av det "
                           "beviljade beloppet, 300 000 kronor, ut i förskott när överenskommelsen med "
                           "Arbetsförmedlingen har kommit in. Resterande 200 000 kronor betalas ut när "
                           "slutrapporten har godkänts."),
        telefon="0480-84 72 05",
    ),
    dict(
        dnr="RUN 2026/1021",
        mottagare=["Västerviks kommun", "Vuxenutbildningen", "Att: Anna Holm", "Box 350",
                   "593 24 Västervik"],
        sokande="Västerviks kommun",
        projekt="Yrkessvenska för undersköterskor i Västervik",
        inkom="2026-09-14",
        beslut=["Region Kalmar län beviljar Västerviks kommun 420 000 kronor ur Kompetensfonden "
                "Kalmar län 2027 för projektet Yrkessvenska för undersköterskor i Västervik. "
                "Projektperioden är 2027-01-15–2027-12-31."],
        villkor=["Projektet ska följa den budget som bifogades ansökan.",
                 "Minst 24 deltagare ska påbörja utbildningen.",
                 "En slutrapport ska lämnas senast 2028-01-31."],
        skal=["Projektet bedöms väl uppfylla kriterierna i riktlinjerna för Kompetensfonden, "
              "särskilt kriteriet om samverkan med arbetsgivare inom vård och omsorg."],
        extra_utbetalning=None,
        telefon="0480-84 72 05",
    ),
    dict(
        dnr="RUN 2026/1034",
        mottagare=["Näringslivsrådet i Vimmerby ekonomisk förening", "Att: Mikael Strand",
                   "Stora torget 8", "598 37 Vimmerby"],
        sokande="Näringslivsrådet i Vimmerby ekonomisk förening",
        projekt="Kompetenskartläggning i småföretag",
        inkom="2026-09-15",
        beslut=["Region Kalmar län beviljar Näringslivsrådet i Vimmerby ekonomisk förening "
                "180 000 kronor av sökta 300 000 kronor ur Kompetensfonden Kalmar län 2027 för "
                "projektet Kompetenskartläggning i småföretag. Projektperioden är "
                "2027-02-01–2027-11-30."],
        villkor=["En reviderad budget som motsvarar det beviljade beloppet ska ha kommit in till "
                 "Region Kalmar län senast 2027-01-15.",
                 "En slutrapport ska lämnas senast 2028-02-28."],
        skal=["Ansökan uppfyller kriterierna i riktlinjerna för Kompetensfonden. Budgetposten för "
              "extern konsult (190 000 kronor) bedöms dock inte vara rimlig i förhållande till "
              "projektets aktiviteter. Region Kalmar län godkänner kostnader för extern konsult med "
              "högst 90 000 kronor.",
              "Resekostnaderna har minskats med 20 000 kronor eftersom kartläggningen enligt ansökan "
              "till stor del kan göras digitalt."],
        extra_utbetalning=None,
        telefon="0480-84 72 05",
    ),
    dict(
        dnr="RUN 2026/1040",
        mottagare=["Hultsfreds kommun", "Närings- och arbetslivsenheten", "Att: Sanna Ekdahl",
                   "Box 500", "577 26 Hultsfred"],
        sokande="Hultsfreds kommun",
        projekt="Lärlingsspår lager och logistik",
        inkom="2026-09-15",
        beslut=["Region Kalmar län avslår ansökan från Hultsfreds kommun om 350 000 kronor ur "
                "Kompetensfonden Kalmar län 2027 för projektet Lärlingsspår lager och logistik."],
        villkor=None,
        skal=["Enligt punkt 4.2 i riktlinjerna för Kompetensfonden ska sökanden bidra med minst "
              "30 procent medfinansiering av projektets totala kostnader. Ansökan saknar "
              "medfinansiering.",
              "Region Kalmar län bedömer i övrigt att projektets inriktning är angelägen och "
              "välkomnar en ny ansökan i nästa utlysning, som öppnar den 1 mars 2027."],
        extra_utbetalning=None,
        telefon="«Telefon_handläggare»",
    ),
]


def _fld(paragraph, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r1 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    paragraph.add_run("1")
    r5 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)


def make_letters(path):
    import datetime
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    cp = doc.core_properties
    cp.author = "Ahmed Rahimi"
    cp.last_modified_by = "Ahmed Rahimi"
    cp.title = "Beslutsbrev Kompetensfonden (koppling)"
    cp.created = datetime.datetime(2026, 11, 26, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 26, 9, 30, 0)
    cp.revision = 3

    def restart_numbering(section):
        sp = section._sectPr
        for old in sp.findall(qn("w:pgNumType")):
            sp.remove(old)
        pg = OxmlElement("w:pgNumType")
        pg.set(qn("w:start"), "1")
        cols = sp.find(qn("w:cols"))
        if cols is not None:          # schema order: ... pgMar, ..., pgNumType, cols, ...
            cols.addprevious(pg)
        else:
            sp.append(pg)

    def bold_par(text, size=10.5, before=8):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        return p

    for i, L in enumerate(LETTERS):
        if i == 0:
            sec = doc.sections[0]
        else:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin = Cm(2.0)
        sec.bottom_margin = Cm(1.8)
        sec.header_distance = Cm(0.9)
        restart_numbering(sec)
        # header (unlinked, per letter)
        hdr = sec.header
        hdr.is_linked_to_previous = False
        hp = hdr.paragraphs[0]
        hp.text = ""
        hp.paragraph_format.tab_stops.add_tab_stop(Cm(10.5), WD_TAB_ALIGNMENT.LEFT)
        r = hp.add_run("Region Kalmar län")
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x0E, 0x5E, 0x6F)
        hp.add_run("\tBESLUT").bold = True
        hp2 = hdr.add_paragraph()
        hp2.paragraph_format.tab_stops.add_tab_stop(Cm(10.5), WD_TAB_ALIGNMENT.LEFT)
        hp2.add_run("Regional utveckling\tDatum: 2026-11-26")
        hp3 = hdr.add_paragraph()
        hp3.paragraph_format.tab_stops.add_tab_stop(Cm(10.5), WD_TAB_ALIGNMENT.LEFT)
        hp3.add_run("Enheten för kompetensförsörjning\tDiarienummer: %s" % L["dnr"])
        for p in (hp, hp2, hp3):
            p.paragraph_format.space_after = Pt(0)
            for rr in p.runs:
                if rr.font.size is None:
                    rr.font.size = Pt(8.5)
        # footer
        ftr = sec.footer
        ftr.is_linked_to_previous = False
        fp = ftr.paragraphs[0]
        fp.text = ""
        fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
        fr = fp.add_run("Region Kalmar län · Box 601 · 391 26 Kalmar · regionkalmar.se\tSida ")
        _fld(fp, "PAGE")
        fp.add_run(" (")
        _fld(fp, "SECTIONPAGES")
        fp.add_run(")")
        for rr in fp.runs:
            rr.font.size = Pt(7.5)

        # address block
        first = doc.add_paragraph() if i > 0 else (doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph())
        first.paragraph_format.left_indent = Cm(9.0)
        first.paragraph_format.space_before = Pt(18)
        for k, line in enumerate(L["mottagare"]):
            if k:
                first.add_run().add_break()
            first.add_run(line)
        doc.add_paragraph()
        t = doc.add_paragraph()
        rt = t.add_run("Beslut om medel ur Kompetensfonden Kalmar län 2027")
        rt.bold = True
        rt.font.size = Pt(14)
        doc.add_paragraph("Ärende: Er ansökan om medel för projektet %s, inkommen %s."
                          % (L["projekt"], L["inkom"]))
        bold_par("Beslut")
        for b in L["beslut"]:
            doc.add_paragraph(b)
        if L["villkor"]:
            bold_par("Villkor")
            for k, v in enumerate(L["villkor"], start=1):
                p = doc.add_paragraph("%d.\t%s" % (k, v))
                p.paragraph_format.left_indent = Cm(0.7)
                p.paragraph_format.first_line_indent = Cm(-0.7)
        bold_par("Skäl för beslutet")
        for s in L["skal"]:
            doc.add_paragraph(s)
        if L["villkor"]:
            bold_par("Utbetalning")
            doc.add_paragraph("Medlen betalas ut mot rekvisition. Den första rekvisitionen får lämnas "
                              "tidigast när projektet har startat. Slutrekvisition ska lämnas senast "
                              "två månader efter projektperiodens slut. Kostnader som uppkommit före "
                              "projektperiodens start ersätts inte.")
            if L["extra_utbetalning"]:
                doc.add_paragraph(L["extra_utbetalning"])
        bold_par("Hur man överklagar")
        doc.add_paragraph("Beslutet kan inte överklagas enligt förvaltningslagen. Det kan överklagas "
                          "genom laglighetsprövning enligt 13 kap. kommunallagen (2017:725). "
                          "Överklagandet ska ha kommit in till Förvaltningsrätten i Växjö inom tre "
                          "veckor från den dag då det tillkännagavs på Region Kalmar läns anslagstavla "
                          "att protokollet över beslutet har justerats.")
        doc.add_paragraph()
        doc.add_paragraph("Beslut i detta ärende har fattats av enhetschef Karin Lövgren efter "
                          "föredragning av handläggare Ahmed Rahimi.")
        doc.add_paragraph("Frågor om beslutet besvaras av Ahmed Rahimi, telefon %s, "
                          "ahmed.rahimi@regionkalmar.se." % L["telefon"])
        p = doc.add_paragraph("Kopia: Arbetsförmedlingen Kalmar län, ekonomienheten")
        p.runs[0].font.size = Pt(8.5)

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path, (2026, 11, 26, 9, 30, 0))


def _rezip(data, path, dt):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# =====================================================================
# 5. Consolidated ordinance (TXT)
# =====================================================================
SFS_TEXT = """Förordning (2023:611) om statsbidrag för regionala omställningsinsatser

SFS nr: 2023:611
Departement/myndighet: Arbetsmarknadsdepartementet
Utfärdad: 2023-06-22
Ändrad: t.o.m. SFS 2026:402
Källa: Regeringskansliets rättsdatabaser
Senast hämtad: 2026-11-30

Inledande bestämmelser

1 §  Denna förordning innehåller bestämmelser om statsbidrag till regioner för insatser som underlättar omställning för personer som har sagts upp på grund av arbetsbrist eller som riskerar att bli uppsagda.
Förordningen är meddelad med stöd av 8 kap. 7 § regeringsformen.

2 §  Statsbidrag lämnas i mån av tillgång på medel.

Ord och uttryck i förordningen

3 §  I denna förordning avses med
omställningsinsats: en insats som syftar till att en person ska få ett nytt arbete eller påbörja en utbildning som leder till arbete, och som genomförs inom två år från uppsägningen,
stödberättigande kostnad: en kostnad som är nödvändig för insatsen, som har uppkommit under den tid som beslutet avser och som inte finansieras med andra statliga medel, och
varselkommun: en kommun där minst 100 personer har varslats om uppsägning under en period av tolv månader. Förordning (2025:77).

Förutsättningar för statsbidrag

4 §  Statsbidrag får lämnas till en region för omställningsinsatser som genomförs i samverkan med Arbetsförmedlingen och minst en varselkommun i länet.

5 §  Statsbidrag får inte lämnas för
1. kostnader för löner till personer som deltar i insatsen,
2. investeringar i byggnader eller maskiner, eller
3. insatser som en arbetsgivare är skyldig att utföra enligt lag eller kollektivavtal. Förordning (2025:77).

Bidragets storlek

6 §    /Upphör att gälla U:2027-01-01/
Statsbidrag får lämnas med högst 50 procent av de stödberättigande kostnaderna, dock högst 2 000 000 kronor per region och kalenderår.

6 §    /Träder i kraft I:2027-01-01/
Statsbidrag får lämnas med högst 60 procent av de stödberättigande kostnaderna, dock högst 2 500 000 kronor per region och kalenderår. För en region där mer än 1 000 personer har varslats om uppsägning under det föregående kalenderåret får statsbidrag lämnas med högst 4 000 000 kronor per kalenderår. Förordning (2026:402).

7 §  Den del av insatsens kostnader som inte finansieras med statsbidrag ska finansieras av regionen eller av kommunerna i länet. Värdet av arbetsinsatser får räknas in i finansieringen med högst 20 procent av den regionala finansieringen.

8 §  Har upphävts genom förordning (2025:77).

Ansökan och beslut

9 §  En ansökan om statsbidrag ska vara skriftlig och ha kommit in till Tillväxtverket senast den 1 mars det år som ansökan avser. Förordning (2025:77).

10 §  Ansökan ska innehålla
1. en beskrivning av insatserna och hur de bidrar till omställning,
2. en budget och en finansieringsplan,
3. en redogörelse för samverkan med Arbetsförmedlingen och berörda kommuner, och
4. uppgift om andra ansökningar om offentligt stöd för samma insatser.

11 §  Tillväxtverket prövar frågor om statsbidrag enligt denna förordning. Om de tillgängliga medlen inte räcker till samtliga ansökningar ska Tillväxtverket prioritera regioner med ett stort antal varsel i förhållande till befolkningen.

12 §    /Upphör att gälla U:2027-01-01/
Statsbidraget betalas ut i sin helhet när beslutet har fattats.

12 §    /Träder i kraft I:2027-01-01/
Statsbidraget betalas ut i två delar. Högst 70 procent betalas ut när beslutet har fattats och resterande del efter att redovisningen enligt 13 § har godkänts. Förordning (2026:402).

Redovisning och uppföljning

13 §  En region som har fått statsbidrag ska senast den 31 mars året efter det år då bidraget lämnades redovisa till Tillväxtverket hur medlen har använts och vilka resultat insatserna har gett.

14 §  Tillväxtverket ska senast den 1 juni varje år lämna en sammanställning av redovisningarna till Regeringskansliet (Arbetsmarknadsdepartementet).

Återbetalning och återkrav

15 §  Mottagaren av statsbidrag är återbetalningsskyldig om
1. bidraget har lämnats på grund av att mottagaren lämnat felaktiga uppgifter,
2. bidraget av något annat skäl har lämnats felaktigt eller med för högt belopp, eller
3. redovisning enligt 13 § inte har kommit in.

16 §  Om en mottagare är återbetalningsskyldig ska Tillväxtverket besluta att helt eller delvis kräva tillbaka statsbidraget. Om det finns särskilda skäl får Tillväxtverket besluta att helt eller delvis avstå från återkrav.

Bemyndigande

17 §  Tillväxtverket får meddela föreskrifter om verkställigheten av denna förordning.

Överklagande

18 §  Beslut enligt denna förordning får inte överklagas.

Övergångsbestämmelser

2023:611
Denna förordning träder i kraft den 1 augusti 2023.

2025:77
1. Denna förordning träder i kraft den 1 mars 2025.
2. Äldre bestämmelser i 8 § gäller fortfarande för statsbidrag som har lämnats före ikraftträdandet.

2026:402
1. Denna förordning träder i kraft den 1 januari 2027.
2. Äldre bestämmelser gäller fortfarande för statsbidrag som avser kalenderåret 2026 eller tidigare.
"""


# =====================================================================
# 6. Marp slide deck (Markdown)
# =====================================================================
MARP_TEXT = """---
marp: true
theme: regionkalmar
paginate: true
size: 16:9
header: 'Dialogmöte besöksnäringen · norra Kalmar län'
footer: 'Region Kalmar län & Arbetsförmedlingen · 12 november 2026'
style: |
  section.lead h1 { font-size: 58px; color: #0E5E6F; }
  .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2em; }
  .stor { font-size: 72px; font-weight: 700; color: #E07A1F; margin: 0; }
---

<!-- _class: lead -->
<!-- _paginate: false -->
<!-- _header: '' -->

![bg right:35%](bilder/glasbruk_sommar.jpg)

# Kompetensbehov i besöksnäringen

## Dialogmöte för företag i Vimmerby, Västervik och Hultsfred

Stadshotellet i Vimmerby · 12 november 2026 · kl. 9.00–12.00

<!--
Talare: Elin Sjöberg, Region Kalmar län. Hälsa välkommen och presentera Lena Håkansson från Arbetsförmedlingen. 31 personer från 24 företag var anmälda.
-->

---

## Dagordning

1. Läget i besöksnäringen – några siffror
2. Resultat från företagsenkäten
3. Dialog i grupper: vad behöver ni för att klara sommaren?
4. Det här gör vi nu

<!-- Fika kl. 10.15–10.30. Mötet avslutas med lunch kl. 12.00. -->

---

## Besöksnäringen i norra Kalmar län

<div class="columns">
<div>

<p class="stor">2 140</p>

anställda i besöksnäringen (2024)

<p class="stor">38 %</p>

av de anställda i företagen som svarade på enkäten är säsongsanställda

</div>
<div>

![w:420](bilder/diagram_anstallda_2019_2024.png)

</div>
</div>

<!--
Källa för 2 140: SCB, RAMS 2024 (förvärvsarbetande med arbetsställe i Vimmerby, Västervik och Hultsfred i november), branscherna hotell och restaurang samt turismrelaterade aktiviteter (SNI 55, 56 och 93). Eftersom RAMS mäter i november underskattar siffran sommarens anställda kraftigt.
Andelen 38 % kommer från företagsenkäten, inte från SCB.
-->

---

<!--
BORTTAGEN BILD – siffrorna var inte kvalitetssäkrade (Elin 2026-11-10)

## Besöksnäringen 2023

- 1 980 anställda
- 41 % säsongsanställda
- 65 företag saknar personal till sommaren
-->

## Företagsenkäten

Svar från **57 av 112** tillfrågade företag (51 %)

| Största utmaning vid rekrytering | Andel av företagen |
|---|---:|
| Brist på boende för säsongsanställda | 61 % |
| Få sökande med rätt erfarenhet (kock, servering) | 54 % |
| Svårt att få personal att stanna hela säsongen | 39 % |
| Kollektivtrafik till arbetsplatsen saknas | 33 % |
| Språkkrav i kundnära roller | 12 % |

<!--
Flera svar möjliga. Enkäten skickades ut via Netigate och var öppen 15 september–10 oktober 2026. Fråga salen: känner ni igen er i bilden?
-->

---

## Det här hörde vi i grupperna

* ”Vi hade kunnat anställa fyra kockar till i somras om det fanns någonstans att bo.”
* ”Ungdomarna slutar i början av augusti när skolan börjar – vi behöver folk hela säsongen.”
* ”Bussen går inte till oss på kvällarna efter kl. 19.”
* ”Arbetsförmedlingen borde ha en särskild kontaktperson för besöksnäringen.”

<!--
Citaten är anonymiserade. Grupp 3 (Västervik) lyfte också att flera företag vill samarbeta kring gemensamma personalbostäder på Gränsö.
-->

---

## Det här gör vi nu

| Åtgärd | Ansvarig | Klart |
|---|---|---|
| Kartlägga möjliga boenden för säsongsanställda, t.ex. elevboenden som står tomma på sommaren | Vimmerby kommun, Linnea Karlsson | 31 mars 2027 |
| Branschanpassad SFI med inriktning restaurang och servering | Komvux Västervik | Start augusti 2027 |
| Rekryteringsträff för säsongsjobb | Arbetsförmedlingen, Lena Håkansson | 4 mars 2027 |
| Nytt dialogmöte med uppföljning av åtgärderna | Region Kalmar län, Elin Sjöberg | Oktober 2027 |

<!--
Rekryteringsträffen hålls i Folkets hus i Vimmerby. Förra året deltog 23 företag och cirka 240 arbetssökande. Anmälan för företag öppnar den 1 februari 2027.
-->

---

<!-- _class: lead -->

# Tack!

Elin Sjöberg, Region Kalmar län · elin.sjoberg@regionkalmar.se
Lena Håkansson, Arbetsförmedlingen · lena.hakansson@arbetsformedlingen.se

Presentationen och enkätrapporten skickas till alla anmälda.
"""


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: python3 r148_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_booklet(os.path.join(out, "Jobbspar_Industri_folder_var2027_tryck.pdf"))
    make_form(os.path.join(out, "RU12_Ansokan_forstudie_LYNH_Hultsfred_ifylld.pdf"))
    make_scan(os.path.join(out, "Protokoll_styrgrupp_Kompetensplattform_2026-11-18_skannad.pdf"))
    make_letters(os.path.join(out, "Beslut_Kompetensfonden_2027_koppling_alla.docx"))
    with open(os.path.join(out, "SFS_2023-611_statsbidrag_regionala_omstallningsinsatser.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(SFS_TEXT)
    with open(os.path.join(out, "Dialogmote_besoksnaring_norra_Kalmar_2026-11-12_marp.md"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(MARP_TEXT)
    print("wrote 6 files to", out)


if __name__ == "__main__":
    main()
