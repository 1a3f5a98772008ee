#!/usr/bin/env python3
"""r150 – six invented Swedish documents (Region Västernorrland / Arbetsförmedlingen
Västernorrland) for a user test of Kunskapsbanken.

    python3 r150_make_files.py OUT_DIR

Deterministic: reportlab runs with invariant=1, DOCX zip entries get a fixed timestamp and
fixed core properties; all content is hard-coded.

Files and their layout traps
----------------------------
1. Kompetensnytt_nr4_2026_nyhetsbrev.pdf  (3 pages, A4)
   A printed NEWSLETTER in THREE COLUMNS with a full-width masthead. The lead article on
   page 1 ends mid-story with "Forts. på sidan 3 »" and is CONTINUED ON PAGE 3 under
   "Forts. från sidan 1" – the key facts (start date of the next validation round, contact)
   are only in the continuation. Page 1 also has a shaded calendar sidebar, page 2 a drawn
   photo placeholder with a caption, a ruled pull-quote and an interview in Q/A form, page 3
   a framed "RÄTTELSE" box correcting a figure (84 -> 48) printed in the previous issue.

2. Tilldelningsbeslut_RVN_2026-417_coachning.pdf  (3 pages: portrait, LANDSCAPE, portrait)
   A procurement AWARD DECISION. The evaluation table on the landscape page has ROTATED
   (90°) column headers drawn on the canvas, so extracted header text comes out scrambled or
   vertical. Rows are sorted ALPHABETICALLY, not by rank; the cheapest tender is
   "Förkastat²" (rejected, reason only in a footnote under the table); the winner is not the
   lowest price but the lowest comparison price (price minus quality value, formula in a box
   above the table). The standstill period end date and the review court are on page 3.

3. Remissvar_kompetensstrategi_Sundsvall_UTKAST_spar.docx
   A consultation-response DRAFT with REAL WORD TRACKED CHANGES (w:ins / w:del, two
   authors) that have not been accepted: the deadline, the proposed goal level and the
   overall position are changed, and a whole paragraph is deleted. Deleted text is still in
   the file as w:delText (must NOT be used); inserted text lives inside w:ins (naive
   readers may drop it). A Word COMMENT holds a fact not in the body.

4. Delegationsbeslut_kompetensmedel_Timra_2026.docx
   A filled-in decision TEMPLATE whose every filled value is inside CONTENT CONTROLS
   (w:sdt): inline controls in a two-column form table (applicant, project, amounts, dates,
   a drop-down for the decision maker) and a BLOCK-LEVEL control around the conditions list
   (invisible to python-docx's document.paragraphs). One control is unfilled and shows the
   placeholder "Klicka eller tryck här för att ange text.". Word header with Dnr.

5. Intranat_Tolk_vid_moten_wikiexport.txt
   A MEDIAWIKI markup export of an intranet page: == headings ==, '''bold''', [[links|label]],
   {{templates|…}}, # numbered lists, a {| class="wikitable" |} table with ROWSPAN (one
   agency shared by three languages), <ref> footnotes that hold a definition and an
   HTML COMMENT <!-- … --> with the OLD cancellation rule (48 h, no longer valid).

6. Metodstod_arbetsgivarkontakter_Matchning_Mitt.md
   A QUARTO / PANDOC Markdown method guide: YAML front matter, ::: {.callout-important}
   and {.callout-note} fenced divs, PANDOC FOOTNOTES [^n] whose definitions (one of them the
   only definition of "aktiv arbetsgivarkontakt") are at the very end, a DEFINITION LIST
   ("Term" / ": definition"), a pipe table with a "Table:" caption and an escaped pipe, and
   an abbreviation list.
"""
import io
import os
import sys
import zipfile

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, NextPageTemplate,
                                PageBreak)

# ---------------------------------------------------------------- fonts
FONT, FONTB, FONTI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]:
    if os.path.exists(cand):
        pdfmetrics.registerFont(TTFont("DV", cand))
        pdfmetrics.registerFont(TTFont("DVB", cand.replace("Sans.ttf", "Sans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DVI", cand.replace("Sans.ttf", "Sans-Oblique.ttf")))
        FONT, FONTB, FONTI = "DV", "DVB", "DVI"
        break


def st(name, size=9, lead=None, font=None, **kw):
    return ParagraphStyle(name, fontName=font or FONT, fontSize=size,
                          leading=lead or size * 1.3, **kw)


# ====================================================================== 1 newsletter
def make_newsletter(path):
    W, H = A4
    M = 15 * mm
    gap = 6 * mm
    colw = (W - 2 * M - 2 * gap) / 3
    body = st("b", 8.6, 11.4, alignment=TA_JUSTIFY)
    h1 = st("h1", 15, 18, FONTB, spaceAfter=4)
    h2 = st("h2", 11.5, 14, FONTB, spaceAfter=3, spaceBefore=6)
    ingress = st("ing", 9.2, 12.2, FONTB, spaceAfter=4)
    jump = st("j", 8.2, 10, FONTB, textColor=colors.HexColor("#b0301c"))
    small = st("s", 7.6, 9.6, FONTI)
    side = st("side", 8.2, 10.6)
    sideh = st("sideh", 10, 12, FONTB, spaceAfter=4)

    def cols(top):
        return [Frame(M + i * (colw + gap), M + 8 * mm, colw, top - M - 8 * mm,
                      id="c%d" % i, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0) for i in range(3)]

    def first(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.rect(0, H - 38 * mm, W, 38 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(FONTB, 30)
        c.drawString(M, H - 22 * mm, "Kompetensnytt")
        c.setFont(FONT, 9.5)
        c.drawString(M, H - 30 * mm,
                     "Nyhetsbrev från Kompetensplattform Västernorrland  ·  Nr 4  ·  November 2026")
        c.setFont(FONT, 8)
        c.drawRightString(W - M, H - 12 * mm, "Region Västernorrland i samverkan med Arbetsförmedlingen")
        # shaded sidebar behind column 3
        c.setFillColor(colors.HexColor("#e8eef5"))
        x3 = M + 2 * (colw + gap)
        c.rect(x3 - 2 * mm, M + 6 * mm, colw + 4 * mm, H - 44 * mm - M - 6 * mm, stroke=0, fill=1)
        c.restoreState()
        foot(c, 1)

    def later(c, d):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#1f4e79"))
        c.setLineWidth(1.2)
        c.line(M, H - 14 * mm, W - M, H - 14 * mm)
        c.setFont(FONTB, 9)
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.drawString(M, H - 12 * mm, "Kompetensnytt nr 4 · November 2026")
        c.restoreState()
        foot(c, d.page)

    def foot(c, n):
        c.saveState()
        c.setFont(FONT, 7.5)
        c.drawCentredString(W / 2, M, "%d" % n)
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M,
                          bottomMargin=M, title="Kompetensnytt nr 4 2026",
                          author="Kompetensplattform Västernorrland")
    doc.addPageTemplates([
        PageTemplate("first", frames=cols(H - 44 * mm), onPage=first),
        PageTemplate("later", frames=cols(H - 20 * mm), onPage=later),
    ])
    s = [NextPageTemplate("later")]
    # ---- page 1, columns 1-2: lead article
    s += [Paragraph("Valideringslyftet når fler i Kramfors och Sollefteå", h1),
          Paragraph("Allt fler vuxna i Ådalen får sina kunskaper bekräftade utan att behöva "
                    "gå om en hel utbildning. Nu byggs arbetet ut till fler yrken.", ingress),
          Paragraph("Under januari–september 2026 har 112 personer fått sina yrkeskunskaper "
                    "validerade inom Valideringslyftet i Kramfors och Sollefteå. Av dem har 31 "
                    "påbörjat en kompletterande utbildning på Komvux för att nå en hel "
                    "yrkesexamen. De flesta valideringarna har gällt barnskötare, "
                    "undersköterskor och lager- och logistikarbete.", body),
          Spacer(1, 4),
          Paragraph("– Många har arbetat i tio, femton år utan papper på vad de kan. När de "
                    "får ett intyg förändras hela samtalet med arbetsgivaren, säger Anneli "
                    "Öhman, studie- och yrkesvägledare i Kramfors.", body),
          Spacer(1, 4),
          Paragraph("Valideringen görs i tre steg: en kartläggning hos vägledaren, en "
                    "yrkesbedömning på en arbetsplats eller skola och till sist ett samtal där "
                    "resultatet dokumenteras i ett kompetensintyg eller kompetensbevis. "
                    "Arbetsförmedlingen kan anvisa arbetssökande till valideringen, men även "
                    "den som har ett arbete kan anmäla sig via kommunens vuxenutbildning.", body),
          Spacer(1, 4),
          Paragraph("Projektet finansieras av de två kommunerna tillsammans med regionala "
                    "kompetensmedel. Målet för hela 2026 var 130 validerade personer, och "
                    "enligt projektledningen ser det ut att nås under december.", body),
          Spacer(1, 4),
          Paragraph("Intresset från arbetsgivarna har ökat under hösten. Både Höga Kusten "
                    "vård och omsorg och flera lagerföretag längs E4:an har hört av sig och "
                    "vill att medarbetare utan formell utbildning ska få pröva sina kunskaper. "
                    "Därför planeras nu en särskild omgång för undersköterskor, där "
                    "yrkesbedömningen görs ute på arbetsplatserna.", body),
          Spacer(1, 4),
          Paragraph("Forts. på sidan 3 »", jump),
          Spacer(1, 10)]
    # column 2 (below the lead's overflow): short news
    s += [Paragraph("Kort om", h2),
          Paragraph("<b>Ny webbplats.</b> Kompetensplattformens material finns från och med "
                    "december samlat på kompetens.rvn.se.", body), Spacer(1, 4),
          Paragraph("<b>Yrkesvux i Ånge.</b> Ånge och Sundsvall delar från våren 2027 på "
                    "utbildningsplatser inom vård och omsorg. Läs mer på sidan 2.", body),
          Spacer(1, 4),
          Paragraph("<b>Branschråd.</b> Branschrådet för industri har fått ny ordförande: "
                    "Petra Lindqvist, SCA Östrand.", body), Spacer(1, 4),
          Paragraph("<b>Statistik.</b> Den öppna arbetslösheten i länet var 6,1 procent i "
                    "oktober 2026, enligt Arbetsförmedlingen.", body), Spacer(1, 4),
          Paragraph("<b>Enkät.</b> Tack till alla 214 som svarade på läsarenkäten! Resultatet "
                    "presenteras i nästa nummer.", body),
          FrameBreak()]
    # column 3: calendar sidebar
    s += [Paragraph("Kalender", sideh),
          Paragraph("<b>9 december 2026</b><br/>Nätverksträff för studie- och "
                    "yrkesvägledare, Timrå kommunhus, kl. 13–16.", side), Spacer(1, 6),
          Paragraph("<b>21 januari 2027</b><br/>Kompetensforum Västernorrland, Mittuniversitetet "
                    "i Sundsvall, kl. 9.00–15.30. Tema: lärarförsörjning i yrkesämnen.", side),
          Spacer(1, 6),
          Paragraph("<b>4 februari 2027</b><br/>Sista dag att söka regionala kompetensmedel för "
                    "2027.", side), Spacer(1, 6),
          Paragraph("<b>17 mars 2027</b><br/>Arbetsgivarfrukost om validering, Örnsköldsvik.",
                    side), Spacer(1, 10),
          Paragraph("Anmälan till alla aktiviteter görs på kompetens.rvn.se/kalender.", small),
          PageBreak()]
    # ---- page 2
    s += [Paragraph("Ånge och Sundsvall delar på yrkesvux-platser", h1),
          Paragraph("Från vårterminen 2027 kan invånare i Ånge läsa vård- och "
                    "omsorgsutbildning på Sundsvalls vuxenutbildning utan att vänta på en egen "
                    "utbildningsstart i kommunen.", ingress),
          Paragraph("Samverkansavtalet omfattar 24 utbildningsplatser per år inom vård och "
                    "omsorg. Åtta av platserna är reserverade för sökande som är folkbokförda "
                    "i Ånge kommun. Undervisningen sker i Sundsvall två dagar i veckan och på "
                    "distans övriga dagar, och den arbetsplatsförlagda delen kan göras i Ånge.",
                    body), Spacer(1, 4),
          Paragraph("Ånge kommun betalar en interkommunal ersättning på 38 500 kronor per "
                    "helårsplats till Sundsvall. Avtalet gäller till och med 2029 och ska "
                    "utvärderas efter första året.", body), Spacer(1, 4),
          Paragraph("– För en liten kommun är det omöjligt att starta en egen grupp varje "
                    "termin. Nu kan vi erbjuda en plats när personen är redo, säger Lars "
                    "Westin, rektor för Ånge lärcentrum.", body),
          FrameBreak()]
    s += [Spacer(1, 105 * mm),  # photo placeholder drawn on canvas below
          Paragraph("Bild: Elever på Vård- och omsorgscollege i Örnsköldsvik under en "
                    "praktisk övning. Foto: Lina Berg", small),
          Spacer(1, 10),
          Table([[Paragraph("”Nu kan vi erbjuda en plats när personen är redo.”",
                            st("pq", 12, 15, FONTB, textColor=colors.HexColor("#1f4e79")))]],
                colWidths=[colw],
                style=TableStyle([("LINEABOVE", (0, 0), (-1, -1), 1.5, colors.HexColor("#1f4e79")),
                                  ("LINEBELOW", (0, 0), (-1, -1), 1.5, colors.HexColor("#1f4e79")),
                                  ("TOPPADDING", (0, 0), (-1, -1), 6),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])),
          FrameBreak()]
    s += [Paragraph("Fem frågor till Johan Sandström", h2),
          Paragraph("Johan Sandström är ny regional kompetensstrateg sedan 1 oktober 2026. "
                    "Han kommer närmast från Mittuniversitetets samverkansenhet.", ingress),
          Paragraph("<b>Vad gör en kompetensstrateg?</b><br/>Jag samordnar regionens arbete "
                    "med kompetensförsörjning och är kontaktperson för kommunerna i "
                    "kompetensplattformen.", body), Spacer(1, 3),
          Paragraph("<b>Vad vill du prioritera först?</b><br/>Det första jag vill göra är att "
                    "kartlägga behovet av lärare i yrkesämnen i länets sju kommuner. Utan "
                    "yrkeslärare blir det inga yrkesutbildningar.", body), Spacer(1, 3),
          Paragraph("<b>Vad oroar dig?</b><br/>Att många yrkeslärare går i pension de "
                    "närmaste fem åren.", body), Spacer(1, 3),
          Paragraph("<b>Vad gör dig glad?</b><br/>Samarbetet mellan kommunerna. Ånge och "
                    "Sundsvall är ett bra exempel.", body), Spacer(1, 3),
          Paragraph("<b>Hur når man dig?</b><br/>Enklast via e-post, "
                    "johan.sandstrom@rvn.se.", body),
          PageBreak()]
    # ---- page 3
    s += [Paragraph("Forts. från sidan 1: Valideringslyftet", h2),
          Paragraph("Den nya omgången för undersköterskor riktar sig både till anställda "
                    "utan formell utbildning och till arbetssökande som anvisas av "
                    "Arbetsförmedlingen.", body), Spacer(1, 4),
          Paragraph("Nästa valideringsomgång för undersköterskor startar den 18 januari 2027 "
                    "i Härnösand. Platserna är 20 till antalet. Intresseanmälan görs till "
                    "valideringssamordnare Maria Edlund senast den 11 december 2026, "
                    "maria.edlund@kramfors.se.", body), Spacer(1, 4),
          Paragraph("Under 2027 ska valideringen även prövas för busschaufförer och "
                    "elektriker, i samarbete med branschvaliderings­organisationerna.", body),
          FrameBreak()]
    s += [Paragraph("Jobbspår Lager – nu i Timrå", h2),
          Paragraph("Efter två omgångar i Sundsvall startar Jobbspår Lager även i Timrå i "
                    "februari 2027. Utbildningen är 14 veckor lång och varvar teori med "
                    "praktik hos lagerföretag i Birsta och Timrå hamn.", body), Spacer(1, 4),
          Paragraph("Jobbspåret är ett samarbete mellan Arbetsförmedlingen, kommunernas "
                    "vuxenutbildning och arbetsgivarna, som lovar att intervjua alla som "
                    "klarar utbildningen.", body),
          FrameBreak()]
    s += [Table([[Paragraph("RÄTTELSE", st("r", 10, 12, FONTB, textColor=colors.HexColor("#b0301c")))],
                 [Paragraph("I Kompetensnytt nr 3 skrev vi att 84 deltagare hade gått vidare "
                            "till arbete efter Jobbspår Lager i Sundsvall. Rätt siffra är 48 "
                            "deltagare av totalt 63. Vi beklagar felet.", side)]],
                colWidths=[colw],
                style=TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#b0301c")),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 6)])),
          Spacer(1, 12),
          Paragraph("Redaktion", sideh),
          Paragraph("Ansvarig utgivare: Eva Norberg, Region Västernorrland.<br/>"
                    "Redaktör: Sara Holm, sara.holm@rvn.se.<br/>Nästa nummer utkommer i mars "
                    "2027.", side)]

    class NewsDoc(BaseDocTemplate):
        pass

    def page2_photo(c, d):
        later(c, d)
        if d.page == 2:
            x = M + colw + gap
            c.saveState()
            c.setFillColor(colors.HexColor("#c9d3de"))
            c.rect(x, H - 20 * mm - 100 * mm, colw, 98 * mm, stroke=0, fill=1)
            c.setStrokeColor(colors.white)
            c.line(x, H - 20 * mm - 100 * mm, x + colw, H - 22 * mm)
            c.line(x, H - 22 * mm, x + colw, H - 20 * mm - 100 * mm)
            c.restoreState()

    doc.pageTemplates[1].onPage = page2_photo
    doc.build(s)


# ====================================================================== 2 award decision
def make_award(path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Tilldelningsbeslut RVN 2026/417")
    c.setAuthor("Region Västernorrland")
    W, H = A4
    L = 22 * mm

    def letterhead(cv, w, h, n):
        cv.setFillColor(colors.HexColor("#00594f"))
        cv.rect(L, h - 26 * mm, 9 * mm, 9 * mm, stroke=0, fill=1)
        cv.setFillColor(colors.black)
        cv.setFont(FONTB, 12)
        cv.drawString(L + 12 * mm, h - 20 * mm, "Region Västernorrland")
        cv.setFont(FONT, 8.5)
        cv.drawString(L + 12 * mm, h - 25 * mm, "Upphandlingsenheten")
        cv.drawRightString(w - L, h - 20 * mm, "TILLDELNINGSBESLUT")
        cv.drawRightString(w - L, h - 25 * mm, "Dnr RVN 2026/417   ·   Sida %d (3)" % n)
        cv.setFont(FONT, 7)
        cv.drawCentredString(w / 2, 12 * mm,
                             "Region Västernorrland · 871 85 Härnösand · Växel 0611-800 00 · "
                             "upphandling@rvn.se")

    def para(cv, text, x, y, width, style):
        p = Paragraph(text, style)
        _, hh = p.wrap(width, 1000)
        p.drawOn(cv, x, y - hh)
        return y - hh

    body = st("ab", 10, 13.5)
    hb = st("ah", 11.5, 15, FONTB, spaceBefore=4)
    # ---------------- page 1
    letterhead(c, W, H, 1)
    y = H - 40 * mm
    y = para(c, "Tilldelningsbeslut – Stödjande coachning för långtidsarbetslösa i "
                "Västernorrland", L, y, W - 2 * L, st("t", 15, 19, FONTB)) - 6 * mm
    kv = [["Upphandling:", "Stödjande coachning för långtidsarbetslösa i Västernorrland"],
          ["Diarienummer:", "RVN 2026/417"],
          ["Förfarande:", "Förenklat förfarande enligt 19 kap. LOU"],
          ["Sista anbudsdag:", "2026-10-14"],
          ["Antal inkomna anbud:", "5"],
          ["Beslutsdatum:", "2026-10-29"],
          ["Upphandlare:", "Malin Forsberg, 0611-800 42"]]
    t = Table(kv, colWidths=[45 * mm, 110 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), FONTB, 9.5),
                           ("FONT", (1, 0), (1, -1), FONT, 9.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    _, th = t.wrap(W, H)
    t.drawOn(c, L, y - th)
    y -= th + 6 * mm
    y = para(c, "Beslut", L, y, W, hb) - 2 * mm
    y = para(c, "Region Västernorrland beslutar att tilldela kontraktet till <b>Norrvidd "
                "Kompetens AB</b> (org.nr 559123-4567), som har lämnat det ekonomiskt mest "
                "fördelaktiga anbudet på grundval av bästa förhållandet mellan pris och "
                "kvalitet.", L, y, W - 2 * L, body) - 4 * mm
    y = para(c, "Uppdraget", L, y, W, hb) - 2 * mm
    y = para(c, "Uppdraget avser individuell och grupp­baserad coachning för personer som "
                "varit utan arbete i mer än 24 månader, inom ramen för det ESF+-finansierade "
                "projektet Matchning Mitt. Leverantören ska finnas på plats i Sundsvall, "
                "Härnösand och Örnsköldsvik. Avtalsperioden är 2027-01-01–2028-12-31 med "
                "möjlighet till förlängning i 1 + 1 år. Uppdraget omfattar cirka 180 deltagare "
                "under avtalsperioden.", L, y, W - 2 * L, body) - 4 * mm
    y = para(c, "Utvärderingen redovisas i bilagd tabell på sidan 2. Motivering och "
                "information om avtalsspärr och överprövning finns på sidan 3.", L, y,
             W - 2 * L, body)
    c.showPage()
    # ---------------- page 2 landscape
    LW, LH = landscape(A4)
    c.setPageSize((LW, LH))
    letterhead(c, LW, LH, 2)
    y = LH - 36 * mm
    c.setFont(FONTB, 12)
    c.drawString(L, y, "Utvärdering av anbud")
    y -= 6 * mm
    box = ("Utvärderingsmodell: Varje kvalitetspoäng ger ett mervärde på 50 000 kr. "
           "Jämförelsepris = anbudspris – summa mervärde. Lägst jämförelsepris vinner. "
           "Kriterierna bedöms på skalan 0–3.")
    p = Paragraph(box, st("box", 9.5, 12.5))
    _, bh = p.wrap(LW - 2 * L - 8 * mm, 200)
    c.setFillColor(colors.HexColor("#eef4f3"))
    c.rect(L, y - bh - 6 * mm, LW - 2 * L, bh + 6 * mm, stroke=1, fill=1)
    c.setFillColor(colors.black)
    p.drawOn(c, L + 4 * mm, y - bh - 3 * mm)
    y -= bh + 12 * mm
    # table with rotated headers
    heads = [("Anbudsgivare", None), ("Anbudspris", "(kr, 2 år)"), ("Metodbeskrivning", "(0–3)"),
             ("Lokal närvaro", "(0–3)"), ("Uppföljning", "(0–3)"), ("Summa poäng", None),
             ("Mervärde", "(kr)"), ("Jämförelsepris", "(kr)"), ("Rangordning", None)]
    widths = [70 * mm, 30 * mm, 17 * mm, 17 * mm, 17 * mm, 17 * mm, 27 * mm, 32 * mm, 20 * mm]
    rows = [["Arbetsbro i Mitt AB", "1 840 000", "1", "1", "2", "4", "200 000", "1 640 000", "2"],
            ["Coachkraft Norr AB", "1 690 000", "–", "–", "–", "–", "–", "Förkastat²", "–"],
            ["Framsteg Coaching Sverige AB", "2 150 000", "3", "2", "2", "7", "350 000",
             "1 800 000", "4"],
            ["Norrvidd Kompetens AB", "1 980 000", "3", "3", "2", "8", "400 000", "1 580 000",
             "1"],
            ["Stiftelsen Hela Norrland", "1 910 000", "2", "2", "1", "5", "250 000",
             "1 660 000", "3"]]
    hh = 38 * mm
    x = L
    c.setLineWidth(0.6)
    top = y
    for (a, b), w in zip(heads, widths):
        c.setFillColor(colors.HexColor("#00594f"))
        c.rect(x, top - hh, w, hh, stroke=1, fill=1)
        c.setFillColor(colors.white)
        if a == "Anbudsgivare":
            c.setFont(FONTB, 9.5)
            c.drawString(x + 2 * mm, top - hh + 3 * mm, a)
        else:
            c.saveState()
            c.translate(x + w / 2 - (1 * mm if b else -1.2 * mm), top - hh + 2.5 * mm)
            c.rotate(90)
            c.setFont(FONTB, 9)
            c.drawString(0, 0, a)
            if b:
                c.setFont(FONT, 8)
                c.drawString(0, -3.6 * mm, b)
            c.restoreState()
        x += w
    y = top - hh
    rh = 8 * mm
    c.setFillColor(colors.black)
    for r in rows:
        x = L
        for i, (v, w) in enumerate(zip(r, widths)):
            c.rect(x, y - rh, w, rh, stroke=1, fill=0)
            c.setFont(FONTB if r[-1] == "1" else FONT, 9.5)
            if i == 0:
                c.drawString(x + 2 * mm, y - rh + 2.7 * mm, v)
            else:
                c.drawRightString(x + w - 2 * mm, y - rh + 2.7 * mm, v)
            x += w
        y -= rh
    y -= 6 * mm
    fn = st("fn", 8, 10.5)
    y = para(c, "¹ Samtliga priser anges exklusive mervärdesskatt och avser hela den initiala "
                "avtalsperioden.", L, y, LW - 2 * L, fn) - 1 * mm
    y = para(c, "² Anbudet från Coachkraft Norr AB har förkastats eftersom det inte uppfyllde "
                "ska-krav 3.4 (utsedd uppdragsansvarig med minst tre års erfarenhet av "
                "arbetsmarknadsinsatser). Anbudet har därför inte utvärderats.", L, y,
             LW - 2 * L, fn)
    c.showPage()
    # ---------------- page 3
    c.setPageSize(A4)
    letterhead(c, W, H, 3)
    y = H - 40 * mm
    y = para(c, "Motivering", L, y, W, hb) - 2 * mm
    y = para(c, "Norrvidd Kompetens AB har inte lämnat det lägsta anbudspriset, men fick högst "
                "kvalitetspoäng (8 av 9) och därmed det lägsta jämförelsepriset, 1 580 000 kr. "
                "Anbudet innehöll en tydlig metod för individuell coachning och en "
                "bemannad lokal i alla tre orterna. Arbetsbro i Mitt AB hamnade på andra "
                "plats med ett jämförelsepris som var 60 000 kr högre.", L, y, W - 2 * L,
             body) - 4 * mm
    y = para(c, "Avtalsspärr", L, y, W, hb) - 2 * mm
    y = para(c, "Detta beslut har skickats elektroniskt till samtliga anbudsgivare den "
                "2026-10-29. Avtalsspärr gäller i tio dagar från det att beslutet skickades. "
                "Avtalsspärren upphör 2026-11-09 kl. 24.00. Avtal tecknas tidigast dagen "
                "därefter, under förutsättning att ingen ansökan om överprövning har kommit "
                "in.", L, y, W - 2 * L, body) - 4 * mm
    y = para(c, "Överprövning", L, y, W, hb) - 2 * mm
    y = para(c, "En leverantör som anser sig ha lidit eller kan komma att lida skada kan ansöka "
                "om överprövning hos Förvaltningsrätten i Härnösand. Ansökan måste ha kommit "
                "in till förvaltningsrätten innan avtalsspärren har löpt ut.", L, y, W - 2 * L,
             body) - 4 * mm
    y = para(c, "Frågor", L, y, W, hb) - 2 * mm
    y = para(c, "Frågor om beslutet besvaras av upphandlare Malin Forsberg, "
                "malin.forsberg@rvn.se. Handlingarna i upphandlingen lämnas ut efter "
                "sekretessprövning.", L, y, W - 2 * L, body) - 12 * mm
    c.setFont(FONT, 10)
    c.drawString(L, y, "Härnösand 2026-10-29")
    c.drawString(L, y - 14 * mm, "Malin Forsberg")
    c.drawString(L, y - 19 * mm, "Upphandlare")
    c.drawString(L + 80 * mm, y - 14 * mm, "Henrik Dahl")
    c.drawString(L + 80 * mm, y - 19 * mm, "Upphandlingschef")
    c.showPage()
    c.save()


# ====================================================================== DOCX helpers
FIXED = (2026, 11, 20, 8, 0, 0)


def fix_zip(path):
    """Rewrite the DOCX zip with fixed timestamps for deterministic bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def core(d, title, author):
    import datetime
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2026, 11, 2, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 20, 8, 0, 0)
    cp.revision = 3


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ====================================================================== 3 tracked changes
def make_remiss(path):
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Pt

    d = docx.Document()
    core(d, "Remissvar regional kompetensstrategi", "Elin Karlsson")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = ("Sundsvalls kommun · Arbetsmarknadsförvaltningen · "
                                     "UTKAST 2026-11-20 · Dnr AMN 2026/0388")
    d.add_heading("Remissvar: Regional strategi för kompetensförsörjning i Västernorrland "
                  "2027–2035", 1)
    d.add_paragraph("Till: Region Västernorrland, Regional utveckling (Dnr RVN 2026/902)")
    d.add_paragraph("Från: Arbetsmarknadsnämnden, Sundsvalls kommun")

    cid = [0]

    def run(t, bold=False):
        b = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (b, esc(t))

    def ins(t, author="Elin Karlsson", date="2026-11-18T14:02:00Z"):
        cid[0] += 1
        return ('<w:ins w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s'
                '</w:t></w:r></w:ins>' % (cid[0] + 100, author, date, esc(t)))

    def dele(t, author="Elin Karlsson", date="2026-11-18T14:02:00Z"):
        cid[0] += 1
        return ('<w:del w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">'
                '%s</w:delText></w:r></w:del>' % (cid[0] + 100, author, date, esc(t)))

    def raw_par(inner, style=None):
        ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
        p = parse_xml('<w:p xmlns:w="%s">%s%s</w:p>' % (W_NS, ppr, inner))
        d.element.body.insert(len(d.element.body) - 1, p)
        return p

    d.add_heading("1. Sammanfattning", 2)
    raw_par(run("Arbetsmarknadsnämnden ") +
            dele("tillstyrker förslaget i sin helhet.") +
            ins("tillstyrker förslaget med de synpunkter som framgår nedan.") +
            run(" Nämnden ser positivt på att strategin lyfter validering och yrkesvux som "
                "centrala verktyg för länets kompetensförsörjning."))
    raw_par(run("Remissvaret ska lämnas till Region Västernorrland senast ") +
            dele("30 november 2026", "Per Nyström", "2026-11-16T09:30:00Z") +
            ins("14 december 2026", "Per Nyström", "2026-11-16T09:30:00Z") +
            run(" enligt förlängd remisstid. Svaret behandlas i arbetsmarknadsnämnden den "
                "9 december 2026."))
    d.add_heading("2. Synpunkter på målen", 2)
    p_goal = raw_par(run("Regionens förslag är att andelen av befolkningen 25–64 år med "
                         "eftergymnasial utbildning ska öka. Nämnden föreslår att målet "
                         "höjs till ") +
                     dele("45 procent") + ins("50 procent") +
                     run(" år 2035, eftersom Sundsvall redan i dag ligger nära 45 procent."))
    raw_par(run("Nämnden anser vidare att strategin bör innehålla ett mål för andelen unga "
                "vuxna som saknar gymnasieexamen, och att målet följs upp årligen i den "
                "regionala kompetensplattformen."))
    d.add_heading("3. Synpunkter på insatserna", 2)
    # a fully deleted paragraph
    raw_par(dele("Nämnden föreslår att ett regionalt valideringscentrum inrättas i Sundsvall "
                 "med start 2027 och att regionen finansierar det med 2 miljoner kronor per "
                 "år.", "Per Nyström", "2026-11-16T09:41:00Z"))
    raw_par(run("Insatsområdet om yrkesvux bör kompletteras med ") +
            ins("en regional finansieringsmodell för ") +
            run("interkommunala utbildningsplatser, så att mindre kommuner kan erbjuda "
                "yrkesutbildning utan egna utbildningsstarter. Samverkan mellan Ånge och "
                "Sundsvall kan fungera som förebild."))
    raw_par(run("Nämnden vill att Arbetsförmedlingen ges en tydligare roll i strategins "
                "genomförande, särskilt när det gäller ") +
            dele("arbetsmarknadsutbildning") + ins("arbetsmarknadsutbildning och "
                                                   "validering av arbetssökande") +
            run("."))
    d.add_heading("4. Kontakt", 2)
    d.add_paragraph("Handläggare: Elin Karlsson, utredare, elin.karlsson@sundsvall.se, "
                    "060-19 10 00.")
    # comment on the goal paragraph
    try:
        from docx.text.paragraph import Paragraph as DP
        gp = DP(p_goal, d._body)
        runs = gp.runs
        if runs:
            d.add_comment(runs[0], text="Stämt av med statistikenheten 3/11: länet som "
                                        "helhet ligger i dag på 41 procent.",
                          author="Per Nyström", initials="PN")
    except Exception:
        pass
    d.save(path)
    # fix comment date for determinism
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    import re
    for n, data in items:
        if n.endswith("comments.xml"):
            data = re.sub(rb'w:date="[^"]*"', b'w:date="2026-11-18T15:00:00Z"', data)
        out.append((n, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in out:
            zi = zipfile.ZipInfo(n, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ====================================================================== 4 content controls
def make_delegation(path):
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Pt, Cm

    d = docx.Document()
    core(d, "Mall – Delegationsbeslut", "Mallansvarig Regional utveckling")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Region Västernorrland · Regional utveckling · Delegationsbeslut · Dnr RVN 2026/1123"
    d.add_heading("Beslut om regionala kompetensmedel 2027", 1)
    d.add_paragraph("Beslut enligt delegationsordning för regionala utvecklingsnämnden, "
                    "punkt 4.7 (beslut om projektmedel upp till 500 000 kronor).")
    sid = [500]

    def sdt_inline(value, tag, placeholder=False, dropdown=None, date=None):
        sid[0] += 1
        pr = '<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>' % (tag, tag, sid[0])
        if placeholder:
            pr += '<w:showingPlcHdr/>'
        if dropdown:
            items = "".join('<w:listItem w:displayText="%s" w:value="%s"/>' % (esc(i), esc(i))
                            for i in dropdown)
            pr += "<w:dropDownList>%s</w:dropDownList>" % items
        if date:
            pr += ('<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/>'
                   '<w:lid w:val="sv-SE"/></w:date>' % date)
        rpr = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ""
        return ('<w:sdt><w:sdtPr>%s</w:sdtPr><w:sdtContent><w:r>%s<w:t xml:space="preserve">%s'
                '</w:t></w:r></w:sdtContent></w:sdt>' % (pr, rpr, esc(value)))

    rows = [("Sökande", sdt_inline("Timrå kommun, arbetsmarknadsenheten", "Sokande")),
            ("Projektnamn", sdt_inline("Språkstöd på arbetsplatsen – Timrå", "Projekt")),
            ("Sökt belopp", sdt_inline("600 000 kronor", "SoktBelopp")),
            ("Beviljat belopp", sdt_inline("425 000 kronor", "BeviljatBelopp")),
            ("Projektperiod", sdt_inline("2027-01-01 – 2027-12-31", "Period")),
            ("Beslutsdatum", sdt_inline("2026-11-18", "Beslutsdatum", date="2026-11-18")),
            ("Beslutsfattare", sdt_inline("Karin Lövgren, enhetschef", "Beslutsfattare",
                                          dropdown=["Välj ett objekt.",
                                                    "Karin Lövgren, enhetschef",
                                                    "Anders Berglund, avdelningschef",
                                                    "Regionala utvecklingsdirektören"])),
            ("Handläggare", sdt_inline("Sofia Ek, 0611-800 57", "Handlaggare"))]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, sdt in rows:
        r = t.add_row()
        r.cells[0].paragraphs[0].add_run(label).bold = True
        p = r.cells[1].paragraphs[0]._p
        p.append(parse_xml('<w:wrap xmlns:w="%s">%s</w:wrap>' % (W_NS, sdt))[0])
        r.cells[0].width = Cm(4.5)
        r.cells[1].width = Cm(11.5)

    d.add_heading("Beslut", 2)
    p = d.add_paragraph()
    p._p.append(parse_xml('<w:r xmlns:w="%s"><w:t xml:space="preserve">Region Västernorrland '
                          'beviljar </w:t></w:r>' % W_NS))
    for el in parse_xml('<w:wrap xmlns:w="%s">%s%s</w:wrap>' % (
            W_NS, sdt_inline("Timrå kommun", "Sokande2"),
            '<w:r><w:t xml:space="preserve"> regionala kompetensmedel med </w:t></w:r>' +
            sdt_inline("425 000 kronor", "BeviljatBelopp2") +
            '<w:r><w:t xml:space="preserve"> för projektet enligt ansökan inkommen '
            '2026-09-30. Beviljat belopp motsvarar högst 50 procent av projektets '
            'stödberättigande kostnader.</w:t></w:r>')):
        p._p.append(el)

    d.add_heading("Motivering", 2)
    d.add_paragraph("Projektet bidrar till insatsområde 2 i den regionala "
                    "utvecklingsstrategin, Kompetens för framtiden. Beloppet har satts lägre än "
                    "det sökta eftersom kostnaderna för extern kursledare inte bedöms som "
                    "stödberättigande.")

    d.add_heading("Villkor", 2)
    sid[0] += 1
    paras = ["1. Första rekvisition får göras tidigast 2027-03-31 och ska åtföljas av en "
             "lägesrapport.",
             "2. Slutrapport och slutrekvisition ska lämnas senast 2028-02-29.",
             "3. Bidraget får inte användas till lönekostnader för ordinarie verksamhet.",
             "4. Ändringar av projektets inriktning ska godkännas av Region Västernorrland i "
             "förväg.",
             "5. Region Västernorrlands logotyp ska användas i all extern kommunikation."]
    inner = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(x)
                    for x in paras)
    blk = parse_xml('<w:sdt xmlns:w="%s"><w:sdtPr><w:alias w:val="Villkor"/><w:tag '
                    'w:val="Villkor"/><w:id w:val="%d"/></w:sdtPr><w:sdtContent>%s'
                    '</w:sdtContent></w:sdt>' % (W_NS, sid[0], inner))
    d.element.body.insert(len(d.element.body) - 1, blk)

    d.add_heading("Reservation / avvikande mening", 2)
    p = d.add_paragraph()
    p._p.append(parse_xml('<w:wrap xmlns:w="%s">%s</w:wrap>' % (
        W_NS, sdt_inline("Klicka eller tryck här för att ange text.", "Reservation",
                         placeholder=True)))[0])
    d.add_heading("Hur man överklagar", 2)
    d.add_paragraph("Beslutet kan inte överklagas enligt förvaltningslagen, men kan prövas "
                    "genom laglighetsprövning enligt 13 kap. kommunallagen. Överklagandet ska "
                    "ha kommit in till Förvaltningsrätten i Härnösand inom tre veckor från den "
                    "dag beslutet anslagits på regionens anslagstavla.")
    d.save(path)
    fix_zip(path)


# ====================================================================== 5 mediawiki txt
WIKI = """\
{{Sidhuvud intranät|enhet=Arbetsförmedlingen Västernorrland|kategori=Rutiner}}
{{Uppdaterad|2026-10-02|signatur=ANLU}}
__TOC__
= Tolk vid möten med arbetssökande =

Den här sidan beskriver hur du som handläggare i '''Västernorrland''' beställer och använder \
tolk. Rutinen gäller alla möten med arbetssökande, både fysiska och digitala. Se även \
[[Rutin:Tillgänglighet vid möten|rutinen för tillgänglighet]] och \
[[Blankett:Tolkavvikelse|blanketten för avvikelserapport]].

== Grundprinciper ==
* Arbetsförmedlingen ansvarar för att den arbetssökande förstår och blir förstådd. \
Tolk ska erbjudas när den arbetssökande inte behärskar svenska tillräckligt väl.
* Använd alltid en '''auktoriserad tolk'''<ref>Med auktoriserad tolk avses en tolk som har \
auktorisation från Kammarkollegiet. Finns ingen auktoriserad tolk tillgänglig får en \
utbildad tolk användas.</ref> i första hand.
* Anhöriga, barn eller andra arbetssökande får aldrig användas som tolk.
* Telefontolk är utgångsläget. Platstolk beställs vid fördjupad kartläggning, vid \
trepartssamtal med arbetsgivare och när den arbetssökande har en hörselnedsättning.
* Har den arbetssökande skyddade personuppgifter ska du begära en tolk som inte bor på \
samma ort, och tolken får inte få personens adress.

== Så beställer du ==
# Logga in i [[Verktyg:Tolkportalen|Tolkportalen]] med ditt AF-konto.
# Välj språk, eventuell dialekt och typ av tolkning (telefon, video eller plats).
# Beställ '''senast två arbetsdagar före mötet'''. Akuta beställningar görs per telefon \
till förmedlingen.
# Ange mötets längd. Standardbokningen är 60 minuter; fördjupad kartläggning bokas på \
90 minuter.
# Spara bekräftelsen (bokningsnummer) i ärendet i AIS.

== Avbokning ==
<!-- Gammal regel, gällde t.o.m. 2025-12-31: avbokning kostnadsfri fram till 48 timmar före \
mötet. Ta bort när alla har läst den nya rutinen. /ANLU -->
Avbokning är kostnadsfri fram till 24 timmar före mötet. Vid senare avbokning debiteras \
hela den bokade tiden. Uteblir den arbetssökande ska tolken ändå användas för att lämna \
information om ny tid, om det går.

== Tolkförmedlingar per språk ==
Arbetsförmedlingens ramavtal för tolktjänster (avtalsperiod 2026-02-01–2028-01-31) \
fördelar språken mellan förmedlingarna så här:

{| class="wikitable"
|+ Avtalad tolkförmedling
! Språk !! Tolkförmedling !! Anmärkning
|-
| Arabiska || rowspan="3" | Tolkförmedling Mitt AB || rowspan="3" | Även videotolk
|-
| Dari
|-
| Somaliska
|-
| Tigrinja || rowspan="2" | Språkservice Norrland || Endast telefon och plats
|-
| Tigre || Få tolkar, beställ i god tid
|-
| Teckenspråk || Tolkcentralen, Region Västernorrland || Beställs via tolkcentralen@rvn.se
|-
| Övriga språk || Tolkförmedling Mitt AB || Kontakta förmedlingen vid osäkerhet
|}

== Om något går fel ==
Om tolken inte dyker upp, är försenad eller inte fungerar ska du fylla i en \
[[Blankett:Tolkavvikelse|avvikelserapport]] '''samma dag'''. Rapporten skickas till \
funktionsbrevlådan tolkavvikelse.vasternorrland@arbetsformedlingen.se. Avvikelser \
sammanställs varje kvartal och tas upp på uppföljningsmötet med förmedlingarna.

== Kontakt ==
Frågor om rutinen: {{Kontakt|Anna Lundberg|samordnare tolkfrågor|anna.lundberg@arbetsformedlingen.se}}

== Fotnoter ==
<references />

[[Kategori:Rutiner]] [[Kategori:Tolk]] [[Kategori:Västernorrland]]
"""


def unwrap(text):
    return text.replace("\\\n", "")


# ====================================================================== 6 quarto md
QMD = """\
---
title: "Metodstöd: arbetsgivarkontakter i Matchning Mitt"
subtitle: "För coacher och jobbmatchare i projektet"
author: "Projektledningen, Matchning Mitt"
date: 2026-11-10
version: 1.3
lang: sv
format:
  html:
    toc: true
  docx: default
---

# Syfte

Metodstödet beskriver hur coacher och jobbmatchare i ESF+-projektet Matchning Mitt
(Sundsvall, Härnösand och Örnsköldsvik) tar och dokumenterar kontakter med arbetsgivare.
Målet är att varje coach ska ha minst 15 aktiva arbetsgivarkontakter[^1] vid varje
kvartalsskifte.

::: {.callout-note}
## Nytt i version 1.3
Praktikavtal ska nu diarieföras innan praktiken startar, inte i efterhand.
:::

# Vanliga frågor

## Hur tar jag första kontakten med en arbetsgivare?

Ring eller besök hellre än att mejla. Presentera projektet kort, fråga om arbetsgivarens
rekryteringsbehov de kommande sex månaderna och boka ett uppföljande möte. Ta med
projektets informationsblad (finns på Teams-kanalen *Arbetsgivare*).

## Hur länge får en praktik pågå?

::: {.callout-important}
## Viktigt
Praktik får pågå högst 12 veckor per deltagare och arbetsplats. Förlängning kräver
godkännande av projektledaren och ska motiveras skriftligt.
:::

Praktiken ska alltid ha en handledare hos arbetsgivaren och en skriftlig plan med mål.
Deltagaren är försäkrad genom Arbetsförmedlingens eller kommunens försäkring beroende
på vem som anvisat deltagaren[^2].

## Var och när ska jag dokumentera?

Table: Tabell 1. Dokumentation av arbetsgivarkontakter

| Händelse                  | Var dokumenteras          | Senast                          |
|---------------------------|---------------------------|---------------------------------|
| Första kontakt            | CRM (Lime)                | 5 arbetsdagar efter kontakten   |
| Praktikavtal              | Diariet \\| Lime           | innan praktiken startar         |
| Anställning av deltagare  | Lime och deltagarakten    | 5 arbetsdagar efter beskedet    |
| Avslutad praktik          | Uppföljningsblankett U3   | 10 arbetsdagar efter avslut     |

## Vad säger jag om projektets ekonomiska stöd?

Projektet har inga egna anställningsstöd. Hänvisa till Arbetsförmedlingens stöd, till
exempel nystartsjobb och lönebidrag, och boka gärna ett gemensamt möte med
Arbetsförmedlingens arbetsgivarservice.

## Vad gör jag om en arbetsgivare inte sköter praktiken?

Avbryt praktiken i samråd med deltagaren och kontakta projektledaren samma dag. Notera
arbetsgivaren som *spärrad* i Lime så att andra coacher inte placerar deltagare där
förrän projektledaren har följt upp.

# Begrepp

Arbetsgivarlöfte
: En skriftlig avsiktsförklaring där arbetsgivaren lovar att intervjua deltagare som
  fullföljer en utbildning eller praktik. Löftet är inte juridiskt bindande.

Matchningssamtal
: Ett trepartssamtal mellan deltagare, coach och arbetsgivare inför en praktik eller
  anställning.

Spärrad arbetsgivare
: En arbetsgivare som tills vidare inte får ta emot deltagare från projektet.

# Förkortningar

- **CRM** – Customer Relationship Management, här systemet Lime
- **ESF+** – Europeiska socialfonden+
- **U3** – Uppföljningsblankett för avslutad praktik

[^1]: Med aktiv arbetsgivarkontakt avses en arbetsgivare som under de senaste sex
    månaderna har tagit emot minst en deltagare på praktik eller anställning.
[^2]: Deltagare som anvisats av Arbetsförmedlingen omfattas av Arbetsförmedlingens
    försäkring; övriga deltagare omfattas av kommunens olycksfallsförsäkring.
"""


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    make_newsletter(os.path.join(out, "Kompetensnytt_nr4_2026_nyhetsbrev.pdf"))
    make_award(os.path.join(out, "Tilldelningsbeslut_RVN_2026-417_coachning.pdf"))
    make_remiss(os.path.join(out, "Remissvar_kompetensstrategi_Sundsvall_UTKAST_spar.docx"))
    make_delegation(os.path.join(out, "Delegationsbeslut_kompetensmedel_Timra_2026.docx"))
    with open(os.path.join(out, "Intranat_Tolk_vid_moten_wikiexport.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(unwrap(WIKI))
    with open(os.path.join(out, "Metodstod_arbetsgivarkontakter_Matchning_Mitt.md"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(QMD)


if __name__ == "__main__":
    main()
