#!/usr/bin/env python3
"""r158 – six realistic documents for Region Gotland / Arbetsförmedlingen / Uppsala universitet
Campus Gotland: "Medflyttarservice Gotland" (job support for accompanying partners of people
recruited to Gotland).

    /work/main/.venv/bin/python r158_make_files.py [OUT_DIR]      (default: ./out next to this file)

Files and their real-world quirks
1. Samverkansavtal_Medflyttarservice_Gotland_2027-2028_signerat.pdf
   An E-SIGNED AGREEMENT as returned by an e-signature service: a vertical (rotated 90°) transaction
   stamp in the left margin of every page, "Datum: enligt elektronisk underskrift" in the signature
   block, and an appended VERIFIKAT page (signer boxes side by side, BankID lines, an event log
   with second-precision CET timestamps) that is the ONLY place the signing dates exist.
2. Medflyttarservice_Gotland_uppfoljning_pilot_2025-2026.pdf
   A designed (InDesign-style) report: cover page, TYPOGRAPHIC LIGATURES (U+FB01 "ﬁ", U+FB02 "ﬂ" –
   "medﬂyttare", "ﬁnansiering"), NARROW NO-BREAK SPACE (U+202F) as thousands separator, a fact box,
   tables with 2025 vs 2026 columns, a "Så har vi mätt" definition box, outer page numbers.
3. Arendeforteckning_RS_2026-812.pdf
   A RECORDS-SYSTEM PRINTOUT (diarium "ärendeförteckning"), landscape: ärende metadata block,
   a document list with I/U/UPP codes explained only in a legend at the end, two date columns
   (Inkom/Exp. vs Handl.datum), a MAKULERAD (greyed) row, wrapped descriptions and column
   headers, a related-case line with the pilot's Dnr, "Utskrivet … av kasö01" header, "Sida N av M".
4. Rutin_handlaggning_Medflyttarservice_v2.0.docx
   A PDF CONVERTED TO WORD (Word "PDF reflow"): one paragraph per former PDF line with hard
   hyphenation left in ("Arbetsförmed-" / "lingen"), running header/footer text and page numbers
   as BODY paragraphs after manual page breaks, a contact box as a FRAMED paragraph (w:framePr),
   direct formatting instead of heading styles, a table split at the old page break with its
   header row repeated as an ordinary first row, docProps title "Microsoft Word - …".
5. Kontaktcenter_arende_I2611-0457.txt
   A CONTACT-CENTRE / HELPDESK TICKET EXPORT (CRLF): key–value head, the original web-form text,
   actions NEWEST FIRST, public replies vs "INTERN ANTECKNING (ej synlig för anmälaren)",
   status-change lines, an e-mail reply with quoted text, and a correction of a meeting date.
6. medflyttarservice_handlaggarstod.md
   An MKDOCS MATERIAL page: YAML front matter, {#id} attribute lists, !!! / ??? admonitions,
   CONTENT TABS (=== "…") with one audience per tab, a { .annotate } paragraph whose "(1)"
   annotation text sits in a list below, :material-…: icon shortcodes, a --8<-- SNIPPET include
   whose contact details are not in the file, { .md-button } links, and *[ABBR]: definitions.
"""
import os
import sys
import copy

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, PageBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
for name, f in [("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Cond", "DejaVuSansCondensed.ttf"),
                ("Cond-B", "DejaVuSansCondensed-Bold.ttf"), ("Serif", "DejaVuSerif.ttf"),
                ("Serif-B", "DejaVuSerif-Bold.ttf"), ("Serif-I", "DejaVuSerif-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + f))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-B")
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-B")
pdfmetrics.registerFontFamily("Cond", normal="Cond", bold="Cond-B", italic="Cond", boldItalic="Cond-B")

NNBSP = "\u202f"

# reportlab's Paragraph splits words on every Unicode space, U+202F included, so the narrow
# no-break space would silently become an ordinary breakable space. Keep it inside the word,
# as InDesign does.
import re as _re
import reportlab.platypus.paragraph as _rpp
_WS_SPLIT = _re.compile("[%s]+" % _re.escape(_rpp._wsc.replace(NNBSP, ""))).split


def _split_keep_nnbsp(text, delim=None):
    if isinstance(text, bytes):
        text = text.decode("utf8")
    if delim is not None:
        return text.split(delim)
    parts = _WS_SPLIT(text)
    return parts if "\xa0" in text else [w for w in parts if w]


_rpp.split = _split_keep_nnbsp


def build_twice(path, make_doc, make_story):
    """Build once to learn the page count, then again with it known."""
    info = {"total": 0}
    d = make_doc(path, info)
    d.build(make_story())
    info["total"] = d.page
    d = make_doc(path, info)
    d.build(make_story())


# ---------------------------------------------------------------------------------------------
# 1. E-signed agreement with verifikat
# ---------------------------------------------------------------------------------------------
TRANS = "09222115557483921"
SIDE = "SignoDok  \u00b7  Transaktion %s  \u00b7  Signerat MH, PS, AL" % TRANS


def agreement(out):
    path = os.path.join(out, "Samverkansavtal_Medflyttarservice_Gotland_2027-2028_signerat.pdf")
    st = {
        "body": ParagraphStyle("b", fontName="Sans", fontSize=9.6, leading=13.2, spaceAfter=5),
        "h1": ParagraphStyle("h1", fontName="Sans-B", fontSize=17, leading=21, alignment=TA_CENTER,
                             spaceAfter=2),
        "h1s": ParagraphStyle("h1s", fontName="Sans", fontSize=12.5, leading=16, alignment=TA_CENTER,
                              spaceAfter=4),
        "dnr": ParagraphStyle("dnr", fontName="Sans", fontSize=8.5, leading=11, alignment=TA_CENTER,
                              textColor=colors.HexColor("#444444"), spaceAfter=14),
        "h2": ParagraphStyle("h2", fontName="Sans-B", fontSize=10.8, leading=14, spaceBefore=8,
                             spaceAfter=4),
        "li": ParagraphStyle("li", fontName="Sans", fontSize=9.6, leading=13.2, leftIndent=14,
                             bulletIndent=4, spaceAfter=2),
        "cell": ParagraphStyle("c", fontName="Sans", fontSize=8.6, leading=11),
        "cellb": ParagraphStyle("cb", fontName="Sans-B", fontSize=8.6, leading=11),
        "kc": ParagraphStyle("kc", fontName="Sans", fontSize=7.8, leading=10),
        "kcb": ParagraphStyle("kcb", fontName="Sans-B", fontSize=7.8, leading=10),
        "small": ParagraphStyle("s", fontName="Sans", fontSize=7.6, leading=10,
                                textColor=colors.HexColor("#333333")),
        # verifikat
        "vh": ParagraphStyle("vh", fontName="Sans-B", fontSize=20, leading=24, spaceAfter=2),
        "vt": ParagraphStyle("vt", fontName="Sans", fontSize=9, leading=12,
                             textColor=colors.HexColor("#555555"), spaceAfter=12),
        "vh2": ParagraphStyle("vh2", fontName="Sans-B", fontSize=10, leading=13, spaceBefore=8,
                              spaceAfter=3),
        "v": ParagraphStyle("v", fontName="Sans", fontSize=8.4, leading=11.2),
        "vi": ParagraphStyle("vi", fontName="Sans-I", fontSize=8.4, leading=11.2),
    }

    def side_and_footer(c, doc, verifikat=False):
        c.saveState()
        c.setFont("Sans", 6.6)
        c.setFillColor(colors.HexColor("#7a7a7a"))
        c.translate(9 * mm, 38 * mm)
        c.rotate(90)
        c.drawString(0, 0, SIDE)
        c.restoreState()
        c.saveState()
        c.setFont("Sans", 7.4)
        c.setFillColor(colors.HexColor("#444444"))
        if not verifikat:
            c.setStrokeColor(colors.HexColor("#999999"))
            c.line(25 * mm, 17 * mm, 185 * mm, 17 * mm)
            c.drawString(25 * mm, 12.5 * mm,
                         "Samverkansavtal Medflyttarservice Gotland 2027\u20132028   |   Dnr RS 2026/812")
            c.drawRightString(185 * mm, 12.5 * mm, "Sida %d av 3" % doc.page)
        else:
            c.drawString(25 * mm, 12.5 * mm, "Verifikat  %s" % TRANS)
            c.drawRightString(185 * mm, 12.5 * mm, "1/1")
        c.restoreState()

    def first_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1d5c63"))
        c.rect(150 * mm, 276 * mm, 6 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Sans-B", 11)
        c.drawString(158 * mm, 277 * mm, "Region Gotland")
        c.restoreState()
        side_and_footer(c, doc)

    def verif_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#f2f2f2"))
        c.rect(0, 270 * mm, 210 * mm, 27 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#222266"))
        c.setFont("Sans-B", 14)
        c.drawString(25 * mm, 280 * mm, "SignoDok")
        c.setFont("Sans", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(185 * mm, 280.5 * mm, "Elektronisk underskrift och försegling")
        c.restoreState()
        side_and_footer(c, doc, verifikat=True)

    def make_doc(p, info):
        d = BaseDocTemplate(p, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=24 * mm,
                            title="Samverkansavtal Medflyttarservice Gotland 2027-2028",
                            author="Region Gotland", creator="SignoDok sealing service",
                            subject="Signerat dokument, transaktion %s" % TRANS)
        fr = Frame(25 * mm, 24 * mm, 160 * mm, 251 * mm, id="f", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        fv = Frame(25 * mm, 24 * mm, 160 * mm, 238 * mm, id="fv", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        d.addPageTemplates([PageTemplate("first", [fr], onPage=first_page),
                            PageTemplate("avtal", [fr], onPage=side_and_footer),
                            PageTemplate("verif", [fv], onPage=verif_page)])
        return d

    def P(t, s="body"):
        return Paragraph(t, st[s])

    def L(items):
        return [Paragraph(t, st["li"], bulletText="\u2013") for t in items]

    def story():
        s = [NextPageTemplate("avtal"), Spacer(1, 10 * mm), P("SAMVERKANSAVTAL", "h1"),
             P("Medflyttarservice Gotland 2027\u20132028", "h1s"),
             P("Diarienummer RS 2026/812", "dnr")]
        s += [P("1. Parter", "h2"),
              P("Följande parter har ingått detta avtal:"),
              P("a) <b>Region Gotland</b> (org.nr 212000-0803), regionstyrelseförvaltningen, 621 81 Visby, "
                "nedan kallad Regionen,"),
              P("b) <b>Arbetsförmedlingen</b> (org.nr 202100-2114), genom kontoret i Visby, nedan kallad "
                "Arbetsförmedlingen, och"),
              P("c) <b>Uppsala universitet</b> (org.nr 202100-2932), genom Campus Gotland, 621 67 Visby, "
                "nedan kallad Universitetet."),
              P("Regionen, Arbetsförmedlingen och Universitetet benämns gemensamt Parterna och var för "
                "sig Part."),
              P("2. Bakgrund", "h2"),
              P("Många rekryteringar till Gotland, inte minst till hälso- och sjukvården och skolan, "
                "faller på att den medföljande partnern inte hittar ett arbete på ön. Regionen har under "
                "2025\u20132026 bedrivit Medflyttarservice Gotland som pilotverksamhet enligt en "
                "avsiktsförklaring mellan Regionen och Arbetsförmedlingen av den 3 mars 2025 "
                "(Dnr RS 2025/147). Pilotverksamheten hade en budget om 900 000 kr per år och "
                "finansierades helt av Regionen. Piloten har följts upp i rapporten <i>Medflyttarservice "
                "Gotland \u2013 uppföljning av pilotperioden 2025\u20132026</i> (Rapport 2026:14)."),
              P("Genom detta avtal övergår verksamheten från pilot till en samverkan mellan tre parter "
                "under avtalsperioden."),
              P("3. Syfte och mål", "h2"),
              P("3.1 Syftet med samverkan är att underlätta kompetensförsörjningen på Gotland genom att ge "
                "medflyttare stöd att hitta ett arbete som motsvarar deras kompetens, och därmed öka "
                "möjligheterna för arbetsgivare på Gotland att rekrytera och behålla personal."),
              P("3.2 Parterna har enats om följande mål för avtalsperioden:")]
        s += L(["minst 120 medflyttare skrivs in i Medflyttarservice under avtalsperioden,",
                "minst 65 procent av de inskrivna medflyttarna är matchade inom sex månader från "
                "inskrivningen,",
                "arbetsgivarnätverket omfattar minst 60 arbetsgivare den 31 december 2028."])
        s += [P("Begreppet matchad har samma innebörd som i uppföljningsrapporten för pilotperioden."),
              P("4. Definitioner", "h2"),
              P("I detta avtal avses med"),
              P("<b>Medflyttare:</b> en person som ska flytta, eller under de senaste tolv månaderna har "
                "flyttat, till Gotland tillsammans med make, maka, sambo eller registrerad partner som har "
                "fått anställning eller startat företag på Gotland, och som själv söker arbete."),
              P("<b>Arbetsgivarnätverket:</b> de arbetsgivare med verksamhet på Gotland som har anslutit "
                "sig till Medflyttarservice och därigenom förklarat sig villiga att ta emot medflyttare "
                "för informationssamtal, praktik eller rekrytering."),
              P("<b>Samordnare:</b> den person som Regionen har anställt för att samordna "
                "Medflyttarservice."),
              P("5. Parternas åtaganden", "h2"),
              P("5.1 Regionen åtar sig att")]
        s += L(["vara huvudman för Medflyttarservice och tillhandahålla en samordnare på heltid,",
                "ansvara för intresseanmälan, kartläggning och individuella planer för medflyttare,",
                "bygga upp och förvalta arbetsgivarnätverket,",
                "anordna minst fyra nätverksträffar per år för medflyttare, samt",
                "ansvara för webbplats och kommunikation."])
        s += [P("5.2 Arbetsförmedlingen åtar sig att")]
        s += L(["avsätta handläggarresurs motsvarande 50 procent av en heltidstjänst vid kontoret i Visby,",
                "erbjuda medflyttare som skriver in sig som arbetssökande stöd och service enligt "
                "gällande regelverk, samt",
                "informera om lediga jobb och rekryteringsträffar hos arbetsgivare på Gotland."])
        s += [P("Arbetsförmedlingen bidrar inte med finansiering utöver personalresursen."),
              P("5.3 Universitetet åtar sig att")]
        s += L(["bidra med finansiering enligt punkt 6,",
                "erbjuda medflyttare studie- och karriärvägledning samt information om validering och "
                "kompletterande utbildning, samt",
                "kostnadsfritt upplåta lokal på Campus Gotland för nätverksträffar."])
        s += [P("6. Finansiering", "h2"),
              P("Parternas kontanta insatser framgår av tabell 1. Beloppen anges i kronor och avser "
                "respektive kalenderår.")]
        C, B = st["cell"], st["cellb"]
        t = Table([[Paragraph("Part", B), Paragraph("2027", B), Paragraph("2028", B)],
                   [Paragraph("Region Gotland", C), Paragraph("1 250 000 kr", C), Paragraph("1 300 000 kr", C)],
                   [Paragraph("Uppsala universitet", C), Paragraph("150 000 kr", C), Paragraph("150 000 kr", C)],
                   [Paragraph("Arbetsförmedlingen", C), Paragraph("Personalresurs<super>1</super>", C),
                    Paragraph("Personalresurs<super>1</super>", C)],
                   [Paragraph("Summa kontant finansiering", B), Paragraph("1 400 000 kr", B),
                    Paragraph("1 450 000 kr", B)]],
                  colWidths=[70 * mm, 45 * mm, 45 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3eeee")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        s += [P("<i>Tabell 1. Kontant finansiering per part och år</i>", "small"), Spacer(1, 2), t,
              Spacer(1, 2),
              P("<super>1</super> Handläggarresurs motsvarande 0,5 årsarbetskraft, värderad till cirka "
                "380 000 kr per år. Värdet ingår inte i summan.", "small"), Spacer(1, 5),
              P("Regionen fakturerar Universitetet dess andel årligen i efterskott, senast den 31 januari "
                "året efter. Medel som inte har använts förs inte över mellan åren."),
              P("7. Styrning och uppföljning", "h2"),
              P("7.1 En styrgrupp med en representant på chefsnivå från varje Part leder samverkan. "
                "Regionens representant är ordförande och sammankallande. Parterna utser sina "
                "representanter skriftligen senast den 31 januari 2027. Styrgruppen sammanträder minst "
                "tre gånger per år."),
              P("7.2 Samordnaren lämnar en lägesrapport till styrgruppen senast den 15 juni och den "
                "15 december varje år. En slutrapport för avtalsperioden ska lämnas senast den "
                "31 mars 2029."),
              P("8. Personuppgifter", "h2"),
              P("Regionen är personuppgiftsansvarig för den behandling av personuppgifter som sker inom "
                "Medflyttarservice. Arbetsförmedlingen är personuppgiftsansvarig för behandlingen av "
                "uppgifter om arbetssökande i myndighetens egna system. Uppgifter om en medflyttare får "
                "lämnas mellan Parterna endast med medflyttarens samtycke."),
              P("9. Avtalstid, förlängning och uppsägning", "h2"),
              P("9.1 Avtalet träder i kraft när det har undertecknats av samtliga Parter och gäller för "
                "perioden 2027-01-01 \u2013 2028-12-31."),
              P("9.2 Parterna kan skriftligen komma överens om att förlänga avtalet med ett (1) år i "
                "taget. Besked om förlängning ska lämnas senast den 30 juni 2028."),
              P("9.3 Part får säga upp avtalet i förtid med sex (6) månaders uppsägningstid. "
                "Uppsägningen ska vara skriftlig."),
              P("10. Ändringar och tvister", "h2"),
              P("Ändringar och tillägg till avtalet ska vara skriftliga och undertecknade av samtliga "
                "Parter. Tvister ska i första hand lösas genom överläggningar i styrgruppen."),
              P("11. Kontaktpersoner", "h2")]
        B, C = st["kcb"], st["kc"]
        k = Table([[Paragraph(x, B) for x in ("Part", "Kontaktperson", "E-post", "Telefon")],
                   [Paragraph(x, C) for x in ("Region Gotland", "Karin Söderdahl, samordnare",
                                              "karin.soderdahl@gotland.se", "0498-20 41 37")],
                   [Paragraph(x, C) for x in ("Arbetsförmedlingen", "Karin Söderberg, arbetsförmedlare",
                                              "karin.soderberg@arbetsformedlingen.se", "010-486 12 40")],
                   [Paragraph(x, C) for x in ("Uppsala universitet", "Amira Haddad, studie- och "
                                              "karriärvägledare", "amira.haddad@campusgotland.uu.se",
                                              "018-471 60 25")]],
                  colWidths=[34 * mm, 37 * mm, 62 * mm, 27 * mm])
        k.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        C, B = st["cell"], st["cellb"]
        s += [k, P("12. Underskrifter", "h2"),
              P("Detta avtal har upprättats i elektronisk form och undertecknats med avancerad "
                "elektronisk underskrift av behöriga företrädare för Parterna. Varje Part har tillgång "
                "till det signerade originalet.")]
        sig = []
        for org, who in [("För Region Gotland", "Mattias Hejdström, tillväxtdirektör"),
                         ("För Arbetsförmedlingen", "Annika Lindvall, sektionschef"),
                         ("För Uppsala universitet", "Per Stenkvist, föreståndare Campus Gotland")]:
            sig.append([Paragraph("<b>%s</b><br/>Datum: enligt elektronisk underskrift<br/><br/>"
                                  "<font color='#777777'>Elektroniskt signerat</font><br/>%s" % (org, who), C)])
        sg = Table([[sig[0][0], sig[1][0]], [sig[2][0], ""]], colWidths=[80 * mm, 80 * mm])
        sg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
        s += [Spacer(1, 4), KeepTogether(sg)]
        # ---------------- verifikat --------------------------------------------------------------
        V, VI = st["v"], st["vi"]
        s += [NextPageTemplate("verif"), PageBreak(), P("Verifikat", "vh"),
              P("Transaktion %s" % TRANS, "vt"),
              P("Dokument", "vh2"),
              P("Samverkansavtal Medflyttarservice Gotland 2027-2028", "v"),
              P("Huvuddokument", "vi"), P("3 sidor", "vi"),
              P("<i>Initierat den 2026-11-17 15:40:02 CET (+0100) av Karin Söderdahl (KS)</i>", "v"),
              P("<i>Färdigställt den 2026-11-23 08:47:35 CET (+0100)</i>", "v"),
              P("Initierare", "vh2"),
              P("<b>Karin Söderdahl (KS)</b><br/><i>Region Gotland</i><br/><i>karin.soderdahl@gotland.se</i>", "v"),
              P("Signerare", "vh2")]

        def signer(name, org, mail, bankid, when):
            return Paragraph("<b>%s</b><br/><i>%s</i><br/><i>%s</i><br/><br/>Signerade med svenskt BankID"
                             "<br/><i>Namnet som returnerades från svenskt BankID var \"%s\"</i><br/>"
                             "<i>Signerade %s CET (+0100)</i>" % (name, org, mail, bankid, when), V)
        boxes = [signer("Mattias Hejdström (MH)", "Region Gotland", "mattias.hejdstrom@gotland.se",
                        "MATTIAS HEJDSTRÖM", "2026-11-18 09:12:44"),
                 signer("Per Stenkvist (PS)", "Uppsala universitet", "per.stenkvist@uu.se",
                        "PER ERIK STENKVIST", "2026-11-19 16:03:10"),
                 signer("Annika Lindvall (AL)", "Arbetsförmedlingen", "annika.lindvall@arbetsformedlingen.se",
                        "ANNIKA LINDVALL", "2026-11-23 08:47:31")]
        bt = Table([[boxes[0], boxes[1]], [boxes[2], ""]], colWidths=[80 * mm, 80 * mm])
        bt.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.5, colors.HexColor("#bbbbbb")),
                                ("BOX", (1, 0), (1, 0), 0.5, colors.HexColor("#bbbbbb")),
                                ("BOX", (0, 1), (0, 1), 0.5, colors.HexColor("#bbbbbb")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        s += [bt, P("Händelser", "vh2")]
        ev = [("2026-11-17 15:40:02", "Dokumentet skapades av Karin Söderdahl (KS)"),
              ("2026-11-17 15:42:18", "Dokumentet skickades för signering till MH, PS och AL"),
              ("2026-11-18 09:10:05", "MH öppnade dokumentet"),
              ("2026-11-18 09:12:44", "MH signerade dokumentet"),
              ("2026-11-19 16:01:37", "PS öppnade dokumentet"),
              ("2026-11-19 16:03:10", "PS signerade dokumentet"),
              ("2026-11-20 10:00:00", "Automatisk påminnelse skickades till AL"),
              ("2026-11-23 08:45:12", "AL öppnade dokumentet"),
              ("2026-11-23 08:47:31", "AL signerade dokumentet"),
              ("2026-11-23 08:47:35", "Dokumentet förseglades. Samtliga parter har signerat.")]
        et = Table([[Paragraph(a, V), Paragraph(b, V)] for a, b in ev], colWidths=[40 * mm, 120 * mm])
        et.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#dddddd")),
                                ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        s += [et, Spacer(1, 10),
              P("Detta verifikat är utfärdat av SignoDok. <i>Kursiverad information är säkert "
                "verifierad.</i> Verifikatet är en del av det förseglade dokumentet. Dokumentets äkthet "
                "kan kontrolleras på signodok.se/verifiera med transaktionsnumret ovan.", "small")]
        return s

    build_twice(path, make_doc, story)


# ---------------------------------------------------------------------------------------------
# 2. Designed pilot follow-up report with ligatures and narrow no-break spaces
# ---------------------------------------------------------------------------------------------
def lig(t):
    return t.replace("fi", "\ufb01").replace("fl", "\ufb02")


def num(t):
    """'874 300' -> '874\u202f300' (InDesign-style thousands separator)."""
    return t.replace("#", NNBSP)


def report(out):
    path = os.path.join(out, "Medflyttarservice_Gotland_uppfoljning_pilot_2025-2026.pdf")
    TEAL = colors.HexColor("#1d5c63")
    st = {
        "body": ParagraphStyle("b", fontName="Serif", fontSize=9.8, leading=14, alignment=TA_JUSTIFY,
                               spaceAfter=6),
        "lead": ParagraphStyle("l", fontName="Serif", fontSize=11.5, leading=16, spaceAfter=8,
                               textColor=colors.HexColor("#1d3c40")),
        "h1": ParagraphStyle("h1", fontName="Sans-B", fontSize=17, leading=21, textColor=TEAL,
                             spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName="Sans-B", fontSize=11.5, leading=15, textColor=TEAL,
                             spaceBefore=8, spaceAfter=4),
        "cap": ParagraphStyle("cap", fontName="Sans-B", fontSize=8.4, leading=11, spaceBefore=4,
                              spaceAfter=3),
        "cell": ParagraphStyle("c", fontName="Sans", fontSize=8.4, leading=10.8),
        "cellr": ParagraphStyle("cr", fontName="Sans", fontSize=8.4, leading=10.8, alignment=TA_RIGHT),
        "cellb": ParagraphStyle("cb", fontName="Sans-B", fontSize=8.4, leading=10.8),
        "cellbr": ParagraphStyle("cbr", fontName="Sans-B", fontSize=8.4, leading=10.8, alignment=TA_RIGHT),
        "note": ParagraphStyle("n", fontName="Sans", fontSize=7.4, leading=9.6,
                               textColor=colors.HexColor("#444444"), spaceAfter=6),
        "box": ParagraphStyle("bx", fontName="Sans", fontSize=8.8, leading=12.4),
        "big": ParagraphStyle("bg", fontName="Sans-B", fontSize=26, leading=30, textColor=TEAL),
        "li": ParagraphStyle("li", fontName="Serif", fontSize=9.8, leading=14, leftIndent=16,
                             bulletIndent=2, spaceAfter=4, alignment=TA_LEFT),
    }

    def P(t, s="body"):
        return Paragraph(lig(num(t)), st[s])

    def cover(c, doc):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, 0, 210 * mm, 297 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#f3c15a"))
        c.rect(0, 120 * mm, 210 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans-B", 12)
        c.drawString(22 * mm, 270 * mm, "Region Gotland")
        c.setFont("Sans-B", 30)
        c.drawString(22 * mm, 200 * mm, lig("Medflyttarservice"))
        c.drawString(22 * mm, 187 * mm, "Gotland")
        c.setFont("Sans", 14)
        c.drawString(22 * mm, 172 * mm, lig("Uppföljning av pilotperioden 2025\u20132026"))
        c.setFont("Sans", 9.5)
        c.drawString(22 * mm, 100 * mm, "Rapport 2026:14  \u00b7  November 2026")
        c.drawString(22 * mm, 94 * mm, lig("Karin Söderdahl och Johan Ringberg"))
        c.drawString(22 * mm, 88 * mm, lig("Regionstyrelseförvaltningen, Regional utveckling"))
        c.restoreState()

    def inner(c, doc):
        c.saveState()
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        n = doc.page
        label = lig("Medflyttarservice Gotland \u00b7 Rapport 2026:14")
        if n % 2 == 0:
            c.drawString(20 * mm, 12 * mm, str(n))
            c.drawString(28 * mm, 12 * mm, label)
        else:
            c.drawRightString(190 * mm, 12 * mm, str(n))
            c.drawRightString(182 * mm, 12 * mm, label)
        c.restoreState()

    def make_doc(p, info):
        d = BaseDocTemplate(p, pagesize=A4, title="Medflyttarservice Gotland – uppföljning av pilotperioden",
                            author="Region Gotland", creator="Adobe InDesign 19.5 (Macintosh)",
                            producer="Adobe PDF Library 17.0")
        fr = Frame(24 * mm, 22 * mm, 162 * mm, 250 * mm, id="f", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        d.addPageTemplates([PageTemplate("cover", [fr], onPage=cover),
                            PageTemplate("inner", [fr], onPage=inner)])
        return d

    def tbl(rows, widths, bold_last=False):
        out_rows = []
        for i, r in enumerate(rows):
            cells = []
            for j, x in enumerate(r):
                head = i == 0 or (bold_last and i == len(rows) - 1)
                sname = ("cellb" if head else "cell") if j == 0 else ("cellbr" if head else "cellr")
                cells.append(Paragraph(lig(num(x)), st[sname]))
            out_rows.append(cells)
        t = Table(out_rows, colWidths=widths)
        sty = [("LINEABOVE", (0, 0), (-1, 0), 1.2, TEAL), ("LINEBELOW", (0, 0), (-1, 0), 0.6, TEAL),
               ("LINEBELOW", (0, -1), (-1, -1), 1.2, TEAL),
               ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef4f4")]),
               ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        if bold_last:
            sty.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, TEAL))
        t.setStyle(TableStyle(sty))
        return t

    def story():
        s = [NextPageTemplate("inner"), PageBreak(), P("Sammanfattning", "h1"),
             P("Medflyttarservice Gotland startade som pilotverksamhet den 1 februari 2025. Syftet var att "
               "pröva om ett samlat stöd till medflyttare \u2013 personer som flyttar till Gotland med en "
               "partner som har fått arbete på ön \u2013 gör det lättare för arbetsgivare att rekrytera.",
               "lead"),
             P("Under pilotperioden, till och med oktober 2026, har 99 medflyttare skrivits in. Av dem som "
               "skrevs in under 2025 var 58 procent matchade inom sex månader. För 2026 är andelen hittills "
               "64 procent, men siffran är preliminär eftersom alla som skrivits in under året ännu inte har "
               "följts upp i sex månader."),
             P("Flest medflyttare har en bakgrund som ingenjör eller tekniker, som lärare eller inom hälso- "
               "och sjukvård. Det vanligaste hindret är att det saknas arbetsgivare på Gotland inom "
               "medflyttarens eget yrkesområde \u2013 särskilt för specialister inom IT och för akademiker "
               "med forskarutbildning. Många medflyttare har också behov av att få sin utländska utbildning "
               "bedömd, vilket tar tid."),
             P("Arbetsgivarnätverket har vuxit från 31 arbetsgivare i december 2025 till 47 arbetsgivare i "
               "oktober 2026. Nätverksträffarna är uppskattade och har i genomsnitt samlat 18 deltagare."),
             P("Vi rekommenderar att verksamheten permanentas i samverkan med Arbetsförmedlingen och "
               "Uppsala universitet Campus Gotland från 2027."), Spacer(1, 6)]
        fb = Table([[Paragraph("99", st["big"]), Paragraph("47", st["big"])],
                    [Paragraph(lig("medflyttare inskrivna februari 2025 \u2013 oktober 2026"), st["box"]),
                     Paragraph(lig("arbetsgivare anslutna till nätverket den 31 oktober 2026"), st["box"])]],
                   colWidths=[81 * mm, 81 * mm])
        fb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdf3dc")),
                                ("LEFTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, 0), 8),
                                ("BOTTOMPADDING", (0, 1), (-1, 1), 9), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s += [fb, PageBreak(), P("1 Om verksamheten", "h1"),
              P("Medflyttarservice drivs av Regional utveckling inom regionstyrelseförvaltningen. Under "
                "piloten har en samordnare på heltid tagit emot medflyttare, gjort kartläggningssamtal och "
                "förmedlat kontakter med arbetsgivare. Arbetsförmedlingen i Visby har medverkat enligt en "
                "avsiktsförklaring från mars 2025, och Campus Gotland har upplåtit lokaler för "
                "nätverksträffar."),
              P("Medflyttaren anmäler intresse via en e-tjänst på gotland.se. Efter ett kartläggningssamtal "
                "tas en individuell plan fram, och medflyttaren får kontakt med arbetsgivare i nätverket för "
                "informationssamtal, praktik eller rekrytering."),
              P("2 Resultat", "h1"),
              P("Tabell 1 visar antalet inskrivna och matchade medflyttare per år. Uppgifterna för 2026 "
                "avser januari\u2013oktober."),
              P("Tabell 1. Inskrivna och matchade medflyttare", "cap"),
              tbl([["", "2025 (feb\u2013dec)", "2026 (jan\u2013okt)"],
                   ["Inskrivna medflyttare", "38", "61"],
                   ["\u2003varav kvinnor", "29", "44"],
                   ["Matchade inom sex månader", "22", "39"],
                   ["Andel matchade", "58 %", "64 %<super>1</super>"],
                   ["Anslutna arbetsgivare vid periodens slut", "31", "47"],
                   ["Genomförda nätverksträffar", "4", "5"]],
                  [92 * mm, 35 * mm, 35 * mm]),
              Spacer(1, 3),
              P("<super>1</super> Preliminär uppgift. Medflyttare som skrevs in efter den 30 april 2026 "
                "har ännu inte följts upp i sex månader.", "note")]
        box = Table([[Paragraph(lig("<b>Så har vi mätt</b><br/>En medflyttare räknas som <i>matchad</i> om "
                                    "hen inom sex månader från inskrivningen har fått en anställning om "
                                    "minst 50 procent av heltid som varar minst tre månader, eller har "
                                    "startat eget företag med F-skatt. Praktik och anställning med "
                                    "lönestöd räknas inte som matchning."), st["box"])]],
                    colWidths=[162 * mm])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, TEAL),
                                 ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef4f4")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                 ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        s += [box, Spacer(1, 6),
              P("2.1 Yrkesbakgrund", "h2"),
              P("Tabell 2 visar medflyttarnas yrkesbakgrund för hela pilotperioden. Gruppen är välutbildad: "
                "71 av 99 har eftergymnasial utbildning om minst tre år."),
              P("Tabell 2. Inskrivna medflyttare efter yrkesbakgrund, feb 2025 \u2013 okt 2026", "cap"),
              tbl([["Yrkesområde", "Antal"], ["Ingenjör, tekniker", "21"], ["Lärare, förskollärare", "17"],
                   ["Hälso- och sjukvård", "14"], ["Ekonomi, administration", "13"], ["IT", "11"],
                   ["Kultur och media", "9"], ["Övriga", "14"], ["Totalt", "99"]],
                  [127 * mm, 35 * mm], bold_last=True),
              PageBreak(),
              P("3 Ekonomi", "h1"),
              P("Pilotverksamheten har haft en budget på 900#000 kr per år, finansierad av Region Gotland. "
                "Utfallet 2025 blev 874#300 kr, vilket är 25#700 kr under budget. För 2026 pekar prognosen "
                "på en mindre överskridning, främst på grund av ökade kostnader för resor till "
                "rekryteringsmässor på fastlandet."),
              P("Tabell 3. Kostnader för pilotverksamheten, kronor", "cap"),
              tbl([["Kostnadsslag", "Utfall 2025", "Prognos 2026"],
                   ["Personal (samordnare 100 %)", "612#400", "640#000"],
                   ["Nätverksträffar och lokaler", "48#900", "61#000"],
                   ["Webb, annonsering och trycksaker", "121#000", "84#000"],
                   ["Resor och övrigt", "92#000", "120#000"],
                   ["Summa", "874#300", "905#000"]],
                  [92 * mm, 35 * mm, 35 * mm], bold_last=True),
              Spacer(1, 3),
              P("Arbetsförmedlingens medverkan och Campus Gotlands lokaler ingår inte i tabellen.", "note"),
              P("4 Slutsatser och rekommendationer", "h1"),
              P("Piloten visar att ett personligt och samlat stöd fungerar, och att det uppskattas av både "
                "medflyttare och arbetsgivare. Vi rekommenderar följande:")]
        recs = ["Permanenta verksamheten i samverkan med Arbetsförmedlingen och Uppsala universitet Campus "
                "Gotland från 2027, med ett gemensamt avtal och en gemensam styrgrupp.",
                "Utöka arbetsgivarnätverket till minst 60 arbetsgivare, med fokus på privata arbetsgivare "
                "inom IT och teknik.",
                "Inför systematisk uppföljning efter tre och sex månader för alla inskrivna.",
                "Genomför en deltagarenkät under 2027."]
        for i, r in enumerate(recs, 1):
            s.append(Paragraph(lig(r), st["li"], bulletText="%d." % i))
        return s

    build_twice(path, make_doc, story)


# ---------------------------------------------------------------------------------------------
# 3. Records-system printout (ärendeförteckning), landscape
# ---------------------------------------------------------------------------------------------
def diarium(out):
    path = os.path.join(out, "Arendeforteckning_RS_2026-812.pdf")
    PS = landscape(A4)
    st = {
        "k": ParagraphStyle("k", fontName="Cond-B", fontSize=8, leading=10),
        "v": ParagraphStyle("v", fontName="Cond", fontSize=8, leading=10),
        "h": ParagraphStyle("h", fontName="Cond-B", fontSize=7.6, leading=9.4),
        "c": ParagraphStyle("c", fontName="Cond", fontSize=7.6, leading=9.4),
        "cg": ParagraphStyle("cg", fontName="Cond", fontSize=7.6, leading=9.4,
                             textColor=colors.HexColor("#888888")),
        "t": ParagraphStyle("t", fontName="Cond-B", fontSize=9, leading=12, spaceBefore=8, spaceAfter=3),
        "leg": ParagraphStyle("leg", fontName="Cond", fontSize=7.2, leading=9.2),
    }

    def page(c, doc):
        c.saveState()
        w, h = PS
        c.setFont("Cond-B", 10)
        c.drawString(14 * mm, h - 12 * mm, "REGION GOTLAND")
        c.setFont("Cond-B", 11)
        c.drawCentredString(w / 2, h - 12 * mm, "Ärendeförteckning \u2013 handlingar i ärende")
        c.setFont("Cond", 7.5)
        c.drawRightString(w - 14 * mm, h - 11 * mm, "Utskrivet 2026-11-26 10:41 av kasö01")
        c.drawRightString(w - 14 * mm, h - 14.5 * mm, "Diariesystem Ciceron W3D 7.2")
        c.line(14 * mm, h - 17 * mm, w - 14 * mm, h - 17 * mm)
        c.line(14 * mm, 12 * mm, w - 14 * mm, 12 * mm)
        c.drawString(14 * mm, 8 * mm, "Regionstyrelsen (RS)  \u00b7  Registrator: registrator@gotland.se")
        c.drawRightString(w - 14 * mm, 8 * mm, "Sida %d av %d" % (doc.page, info_total["n"]))
        c.restoreState()

    info_total = {"n": 2}

    def make_doc(p, info):
        info_total["n"] = info["total"] or 2
        d = BaseDocTemplate(p, pagesize=PS, title="Ärendeförteckning RS 2026/812", author="kasö01",
                            creator="Ciceron W3D Rapport")
        fr = Frame(14 * mm, 15 * mm, PS[0] - 28 * mm, PS[1] - 35 * mm, id="f", leftPadding=0,
                   rightPadding=0, topPadding=0, bottomPadding=0)
        d.addPageTemplates([PageTemplate("p", [fr], onPage=page)])
        return d

    K, Vs, H, C, CG = st["k"], st["v"], st["h"], st["c"], st["cg"]

    def story():
        meta = [("Ärende", "RS 2026/812", "Registrerat", "2026-03-12"),
                ("Ärendemening", "Samverkansavtal om Medflyttarservice Gotland 2027\u20132028 med "
                 "Arbetsförmedlingen och Uppsala universitet", "Status", "Pågående"),
                ("Ansvarig enhet", "RSF Regional utveckling", "Sekretess", "\u2013"),
                ("Handläggare", "Karin Söderdahl (kasö01)", "Klassificering", "1.2.3 Samverkan med externa parter"),
                ("Relaterade ärenden", "RS 2025/147 Pilotverksamhet Medflyttarservice 2025\u20132026 "
                 "(avslutat 2026-02-27)", "Beslutsinstans", "Regionstyrelsen")]
        mt = Table([[Paragraph(a, K), Paragraph(b, Vs), Paragraph(c_, K), Paragraph(d, Vs)]
                    for a, b, c_, d in meta],
                   colWidths=[32 * mm, 130 * mm, 28 * mm, 79 * mm])
        mt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        head = ["Nr", "Inkom/Exp.", "Handl.datum", "Typ", "Avsändare/Mottagare", "Beskrivning",
                "Handläggare", "Status"]
        rows = [
            ("1", "2026-03-12", "2026-03-10", "UPP", "\u2013",
             "Tjänsteskrivelse: Uppdrag att ta fram förslag till fortsatt medflyttarservice efter "
             "pilotperioden", "Karin Söderdahl", "Klar"),
            ("2", "2026-04-02", "2026-03-30", "I", "Uppsala universitet, Campus Gotland",
             "Intresseanmälan om medverkan och medfinansiering i Medflyttarservice från 2027",
             "Karin Söderdahl", "Klar"),
            ("3", "2026-06-17", "2026-06-17", "U", "Arbetsförmedlingen, kontoret i Visby",
             "Begäran om yttrande över förslag till samverkansavtal. Svar senast 2026-08-21.",
             "Karin Söderdahl", "Besvarad"),
            ("4", "2026-09-01", "2026-08-28", "I", "Arbetsförmedlingen, kontoret i Visby",
             "Yttrande över förslag till samverkansavtal (Af-2026/0061234). Tillstyrker med synpunkt "
             "om handläggarresursens omfattning.", "Karin Söderdahl", "Klar"),
            ("5", "2026-09-10", "2026-09-10", "UPP", "\u2013",
             "Tjänsteskrivelse till regionstyrelsen: Samverkansavtal Medflyttarservice Gotland 2027\u20132028",
             "Karin Söderdahl", "Klar"),
            ("6", "2026-09-24", "2026-09-24", "UPP", "\u2013",
             "Protokollsutdrag RS 2026-09-24 § 214: Regionstyrelsen godkänner samverkansavtalet och "
             "uppdrar åt tillväxtdirektören att underteckna det", "Registrator RS", "Klar"),
            ("7", "2026-10-05", "2026-10-05", "U", "Arbetsförmedlingen; Uppsala universitet",
             "Slutligt avtalsförslag för synpunkter", "Karin Söderdahl", "Besvarad"),
            ("8", "2026-10-06", "2026-10-05", "U", "Arbetsförmedlingen",
             "Avtalsförslag version 3 \u2013 felregistrerad, dubblett av nr 7", "Karin Söderdahl", "Makulerad"),
            ("9", "2026-10-19", "2026-10-16", "I", "Uppsala universitet, Campus Gotland",
             "Synpunkter på avtalsförslag: önskar fakturering i efterskott", "Karin Söderdahl", "Klar"),
            ("10", "2026-11-02", "2026-10-30", "I", "Arbetsförmedlingen, kontoret i Visby",
             "Synpunkter på avtalsförslag: inga ytterligare synpunkter", "Karin Söderdahl", "Klar"),
            ("11", "2026-11-23", "2026-11-23", "UPP", "\u2013",
             "Samverkansavtal Medflyttarservice Gotland 2027\u20132028, elektroniskt signerat av samtliga "
             "parter (3 sidor + verifikat)", "Karin Söderdahl", "Klar"),
            ("12", "2026-11-25", "2026-11-25", "PM", "\u2013",
             "Tjänsteanteckning: information om avtalet till Kontaktcenter och webbredaktion",
             "Karin Söderdahl", "Klar"),
        ]
        data = [[Paragraph(x, H) for x in head]]
        for r in rows:
            sty = CG if r[-1] == "Makulerad" else C
            data.append([Paragraph(x, sty) for x in r])
        t = Table(data, colWidths=[9 * mm, 21 * mm, 23 * mm, 11 * mm, 44 * mm, 102 * mm, 30 * mm, 29 * mm],
                  repeatRows=1)
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]))
        legend = ("<b>Förklaringar.</b> Typ: I = inkommen handling, U = utgående (expedierad) handling, "
                  "UPP = upprättad handling, PM = tjänsteanteckning/promemoria. Inkom/Exp. = datum då "
                  "handlingen registrerades som inkommen respektive expedierades. Handl.datum = det datum "
                  "som står på handlingen. Makulerad = handlingen har registrerats felaktigt och ingår inte "
                  "i ärendet. Handlingar i ärendet kan begäras ut hos registrator.")
        s = [Spacer(1, 2), mt, Paragraph("Handlingar (12)", st["t"]), t, Spacer(1, 6),
             Paragraph(legend, st["leg"])]
        return s

    build_twice(path, make_doc, story)


# ---------------------------------------------------------------------------------------------
# 4. DOCX converted from PDF (Word "PDF reflow")
# ---------------------------------------------------------------------------------------------
def rutin(out):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Mm, RGBColor

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(19)
    sec.top_margin, sec.bottom_margin = Mm(14), Mm(12)
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)

    def para(text="", size=10, bold=False, italic=False, color=None, after=0, before=0, tabs=None):
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.space_after, pf.space_before = Pt(after), Pt(before)
        pf.line_spacing = 1.0
        if tabs:
            for pos in tabs:
                pf.tab_stops.add_tab_stop(Mm(pos))
        if text:
            r = p.add_run(text)
            r.font.size = Pt(size)
            r.font.bold = bold
            r.font.italic = italic
            r.font.name = "Calibri"
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            # converted documents carry explicit character spacing on runs
            rpr = r._r.get_or_add_rPr()
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), "-2")
            rpr.append(sp)
        return p

    def lines(ls, after_last=4):
        for i, l in enumerate(ls):
            para(l, after=after_last if i == len(ls) - 1 else 0)

    def page_break():
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def runhead(n):
        para("Region Gotland\tHandläggning i Medflyttarservice Gotland\t%d (3)" % n, size=8,
             color="595959", tabs=[78, 165], after=10)

    def runfoot():
        para("Rutin \u00b7 Version 2.0 \u00b7 Utskriven kopia är inte styrande \u2013 aktuell version finns på "
             "intranätet", size=7, italic=True, color="7F7F7F", before=8)

    def frame(texts):
        for i, t in enumerate(texts):
            p = para(t, size=8.5, bold=(i == 0))
            ppr = p._p.get_or_add_pPr()
            fp = OxmlElement("w:framePr")
            for k, v in (("w:w", "3402"), ("w:hSpace", "142"), ("w:wrap", "around"), ("w:vAnchor", "page"),
                         ("w:hAnchor", "page"), ("w:x", "7825"), ("w:y", "1135")):
                fp.set(qn(k), v)
            ppr.insert(0, fp)
            bdr = OxmlElement("w:pBdr")
            for side in ("top", "left", "bottom", "right"):
                e = OxmlElement("w:" + side)
                e.set(qn("w:val"), "single")
                e.set(qn("w:sz"), "6")
                e.set(qn("w:space"), "4")
                e.set(qn("w:color"), "1D5C63")
                bdr.append(e)
            ppr.append(bdr)
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "EEF4F4")
            ppr.append(shd)

    def table(rows, widths):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, x in enumerate(r):
                cell = t.cell(i, j)
                cell.width = Mm(widths[j])
                cell.paragraphs[0].text = ""
                run = cell.paragraphs[0].add_run(x)
                run.font.size = Pt(9)
                run.font.bold = i == 0
        return t

    # ---- page 1 ----
    frame(["Kontakt Medflyttarservice", "medflyttarservice@gotland.se", "0498-20 41 37",
           "vardagar kl. 9\u201312"])
    para("Region Gotland\tRUTIN", size=9, bold=True, tabs=[150], after=14)
    para("Handläggning i Medflyttarservice Gotland", size=16, bold=True, color="1D5C63", after=6)
    para("Dokumenttyp: Rutin\tVersion: 2.0\tGäller från: 2027-01-01", size=8.5, tabs=[45, 80])
    para("Fastställd av: Mattias Hejdström, tillväxtdirektör, 2026-11-30", size=8.5)
    para("Dokumentägare: Karin Söderdahl, samordnare\tDiarienummer: RS 2026/812", size=8.5, tabs=[80])
    para("Ersätter: Rutin för Medflyttarservice (pilot), version 1.3, 2025-02-20", size=8.5, after=12)

    para("1. Syfte och omfattning", size=11.5, bold=True, color="1D5C63", after=3)
    lines(["Rutinen beskriver hur en medflyttare tas emot och följs upp i Medflyttarservice Gotland, från",
           "intresseanmälan till avslut. Den gäller för samordnaren i Region Gotland och för den handläggare",
           "på Arbetsförmedlingen som enligt samverkansavtalet (Dnr RS 2026/812) arbetar med",
           "Medflyttarservice. Rutinen gäller från och med den 1 januari 2027."], 8)
    para("2. Ansvar", size=11.5, bold=True, color="1D5C63", after=3)
    lines(["Samordnaren ansvarar för intresseanmälan, första kontakt, kartläggningssamtal, individuell plan,",
           "kontakten med arbetsgivarnätverket samt uppföljning och avslut. Handläggaren på Arbetsförmed-",
           "lingen ansvarar för inskrivning som arbetssökande, matchning mot lediga jobb och beslut om",
           "arbetsmarknadspolitiska insatser. Samordnaren och handläggaren stämmer av pågående ärenden",
           "varannan vecka."], 8)
    para("3. Processen steg för steg", size=11.5, bold=True, color="1D5C63", after=3)
    para("Steg 1 \u2013 Intresseanmälan", bold=True, after=1)
    lines(["Medflyttaren anmäler intresse via e-tjänsten på gotland.se/medflyttare. En automatisk bekräftelse",
           "skickas. Anmälan kan också göras via Kontaktcenter, som då registrerar ett ärende och för över",
           "det till operatörsgruppen Medflyttarservice."], 6)
    para("Steg 2 \u2013 Första kontakt", bold=True, after=1)
    lines(["Samordnaren kontaktar medflyttaren per telefon eller e-post inom fem arbetsdagar från att",
           "intresseanmälan kom in. Vid första kontakten bokas ett kartläggningssamtal."], 6)
    para("Steg 3 \u2013 Kartläggningssamtal", bold=True, after=1)
    lines(["Samtalet tar cirka 60 minuter och kan hållas på plats i Visby eller digitalt. Samordnaren går",
           "igenom utbildning, yrkeserfarenhet, språkkunskaper, eventuellt behov av validering och vilka",
           "arbetsgivare medflyttaren är intresserad av. Medflyttaren ombeds skicka sitt CV senast två",
           "arbetsdagar före samtalet."], 6)
    runfoot()
    page_break()
    # ---- page 2 ----
    runhead(2)
    para("Steg 4 \u2013 Individuell plan", bold=True, after=1)
    lines(["Samordnaren upprättar en individuell plan senast 14 kalenderdagar efter kartläggningssamtalet.",
           "Planen innehåller mål, aktiviteter och vilka arbetsgivare i nätverket som ska kontaktas. Om med-",
           "flyttaren är eller vill bli inskriven hos Arbetsförmedlingen stäms planen av med handläggaren där."], 6)
    para("Steg 5 \u2013 Matchning och arbetsgivarnätverk", bold=True, after=1)
    lines(["Samordnaren förmedlar kontakt med arbetsgivare i nätverket för informationssamtal, praktik eller",
           "rekrytering. Medflyttaren bjuds in till nätverksträffarna. Lediga jobb förmedlas av Arbetsförmed-",
           "lingen."], 6)
    para("Steg 6 \u2013 Uppföljning och avslut", bold=True, after=1)
    lines(["Samordnaren följer upp tre och sex månader efter inskrivningen. Ärendet avslutas när medflyttaren",
           "är matchad, när medflyttaren själv begär det eller senast tolv månader efter inskrivningen. Vid",
           "avslut registreras orsak och eventuell anställning i ärendelistan."], 10)
    para("Tabell 1. Tidsgränser i korthet", size=9, bold=True, after=3)
    head = ["Moment", "Tidsgräns", "Ansvarig"]
    W = [48, 82, 42]
    table([head,
           ["Första kontakt", "Inom fem arbetsdagar från intresseanmälan", "Samordnaren"],
           ["CV från medflyttaren", "Senast två arbetsdagar före kartläggningssamtalet", "Medflyttaren"],
           ["Individuell plan", "Senast 14 kalenderdagar efter kartläggningssamtalet", "Samordnaren"],
           ["Avstämning samordnare\u2013AF", "Varannan vecka", "Samordnaren och handläggaren"]], W)
    runfoot()
    page_break()
    # ---- page 3 ----
    runhead(3)
    table([head,
           ["Uppföljning", "Tre och sex månader efter inskrivning", "Samordnaren"],
           ["Avslut", "Senast tolv månader efter inskrivning", "Samordnaren"]], W)
    para("", after=6)
    para("4. Särskilda regler", size=11.5, bold=True, color="1D5C63", after=3)
    para("4.1 Vem omfattas", bold=True, after=1)
    lines(["Tjänsten är till för medflyttare enligt definitionen i samverkansavtalet. Medflyttare vars partner",
           "arbetar på distans för en arbetsgivare utanför Gotland omfattas inte av tjänsten, eftersom",
           "partnern inte har fått anställning på Gotland. Sådana personer hänvisas till Arbetsförmedlingen."], 6)
    para("4.2 Medflyttare utan svenskt personnummer", bold=True, after=1)
    lines(["Medflyttare som ännu inte har svenskt personnummer kan delta. Samordnaren registrerar då ärendet",
           "med födelsedatum och ett tillfälligt ärendenummer. Medborgare i länder utanför EU/EES måste ha",
           "uppehållstillstånd som ger rätt att arbeta i Sverige."], 6)
    para("4.3 Skyddade personuppgifter", bold=True, after=1)
    lines(["Om medflyttaren har skyddade personuppgifter hanteras ärendet enbart av samordnaren. Inga",
           "uppgifter förs in i gemensamma listor och inga kontaktuppgifter lämnas till arbetsgivare."], 6)
    para("4.4 Dokumentation och gallring", bold=True, after=1)
    lines(["Kartläggningsunderlag och individuell plan förvaras i regionens ärendehanteringssystem.",
           "Handlingarna gallras två år efter att ärendet avslutats, enligt regionstyrelsens informations-",
           "hanteringsplan."], 10)
    para("5. Ändringar jämfört med version 1.3", size=11.5, bold=True, color="1D5C63", after=3)
    table([["Avsnitt", "Version 1.3 (2025-02-20)", "Version 2.0 (2027-01-01)"],
           ["Steg 2 Första kontakt", "Inom tio arbetsdagar", "Inom fem arbetsdagar"],
           ["Steg 6 Avslut", "Senast 18 månader efter inskrivning", "Senast tolv månader efter inskrivning"],
           ["4.4 Gallring", "Ett år efter avslut", "Två år efter avslut"],
           ["4.3 Skyddade personuppgifter", "(saknades)", "Nytt avsnitt"],
           ["2 Ansvar", "Ingen fast handläggare på Arbetsförmedlingen",
            "Handläggare enligt samverkansavtalet"]], [48, 62, 62])
    runfoot()

    cp = d.core_properties
    cp.title = "Microsoft Word - Rutin_MFS_v2.0_final.docx"
    cp.author = "kasö01"
    cp.last_modified_by = "Karin Söderdahl"
    cp.comments = "Konverterad från PDF"
    d.save(os.path.join(out, "Rutin_handlaggning_Medflyttarservice_v2.0.docx"))


# ---------------------------------------------------------------------------------------------
# 5. Contact-centre ticket export (TXT, CRLF, newest first)
# ---------------------------------------------------------------------------------------------
TICKET = """ÄRENDEEXPORT \u2013 KONTAKTCENTER REGION GOTLAND
Exporterad: 2026-11-27 08:15 av kahl01 (Kahl, Linnéa)
==============================================================================

Ärendenummer ........: I2611-0457
Rubrik ..............: Flyttar till Gotland i vår \u2013 finns det hjälp för mig som sambo?
Anmälningsdatum .....: 2026-11-12 13:58
Kanal ...............: Webbformulär (gotland.se/kontakt)
Anmälare ............: Helena Wikström (privatperson)
E-post ..............: helena.wikstrom@exempelpost.se
Telefon .............: 070-312 45 98
Kategori ............: Arbete och företagande > Medflyttarservice
Operatörsgrupp ......: Medflyttarservice
Operatör ............: Söderdahl, Karin
Prioritet ...........: 4 \u2013 Låg
Servicenivå .........: Första svar inom 5 arbetsdagar
Status ..............: Avslutat
Avslutsdatum ........: 2026-11-26
Kopplat ärende ......: \u2013

------------------------------------------------------------------------------
ANMÄLAN (ursprunglig text från webbformuläret)
------------------------------------------------------------------------------
Hej!
Min sambo har fått jobb som distriktsläkare på Hemse vårdcentral och börjar
den 1 februari 2027. Jag är UX-designer och har jobbat tio år på en byrå i
Göteborg. Jag har läst att ni har någon sorts service för medflyttare. Vad
kostar det, och kan jag börja innan vi har flyttat? Går det att träffa andra
i samma situation?
Mvh Helena Wikström

------------------------------------------------------------------------------
ÅTGÄRDER (senaste först)
------------------------------------------------------------------------------

[2026-11-26 11:02]  Söderdahl, Karin
    STATUSÄNDRING: Väntar på anmälare -> Avslutat
    Avslutskod: Överfört till verksamhet

[2026-11-26 11:01]  Söderdahl, Karin
    INTERN ANTECKNING (ej synlig för anmälaren)
    Kartläggningssamtal bokat 2026-12-03 kl. 13.00, digitalt via Teams.
    Helena är inlagd i Medflyttarservice ärendelista (MFS-2026-112).
    Detta kontaktcenterärende stängs.

[2026-11-25 16:40]  Wikström, Helena
    SVAR FRÅN ANMÄLARE (e-post)
    Tack för rättelsen! Torsdag 3 december kl 13 passar bäst, gärna digitalt
    eftersom jag fortfarande är i Göteborg. CV kommer senast på tisdag.
    /Helena

    > Från: Medflyttarservice Gotland
    > Skickat: den 24 november 2026 09:12
    > Hej igen Helena! En rättelse till mitt förra mejl: nätverksträffen
    > den 13 januari är flyttad. [...]

[2026-11-25 16:41]  System
    STATUSÄNDRING: Väntar på anmälare -> Pågående (svar inkommit)

[2026-11-24 09:12]  Söderdahl, Karin
    SVAR TILL ANMÄLARE (e-post)
    Hej igen Helena!
    En rättelse till mitt förra mejl: nätverksträffen den 13 januari är
    flyttad. Nästa nätverksträff för medflyttare blir i stället torsdag den
    21 januari 2027 kl. 17.30\u201319.30, på Campus Gotland, Cramérgatan 3 i Visby.
    Det går bra att delta digitalt om ni inte har hunnit flytta.
    Säg gärna till vilken av tiderna för kartläggningssamtalet som passar.
    Vänliga hälsningar
    Karin Söderdahl, samordnare Medflyttarservice Gotland

[2026-11-24 09:05]  Söderdahl, Karin
    INTERN ANTECKNING (ej synlig för anmälaren)
    Lokalen på Campus Gotland är dubbelbokad 13/1. Amira Haddad har bokat om
    till 21/1 samma tid. Uppdatera kalendern på webben (Ebba).

[2026-11-18 14:30]  Söderdahl, Karin
    STATUSÄNDRING: Pågående -> Väntar på anmälare

[2026-11-18 14:29]  Söderdahl, Karin
    SVAR TILL ANMÄLARE (e-post)
    Hej Helena!
    Tack för ditt meddelande och välkommen till Gotland! Medflyttarservice är
    kostnadsfri för dig. Du kan anmäla dig redan nu, även om ni inte har flyttat
    än. Jag skulle vilja börja med ett kartläggningssamtal där vi går igenom
    din bakgrund och vad du söker. Jag kan erbjuda tisdag 1 december kl. 10.00
    eller torsdag 3 december kl. 13.00. Skicka gärna ditt CV innan.
    Vi har också nätverksträffar för medflyttare. Nästa träff är onsdag den
    13 januari 2027 kl. 17.30\u201319.30 på Campus Gotland.
    Vänliga hälsningar
    Karin Söderdahl, samordnare Medflyttarservice Gotland
    0498-20 41 37

[2026-11-13 08:20]  Kahl, Linnéa
    TILLDELNING: Operatörsgrupp Kontaktcenter -> Medflyttarservice
    (operatör Söderdahl, Karin)
    Kommentar: Fråga om medflyttarservice, se rutin steg 1.

[2026-11-12 13:58]  System
    Ärendet skapat via webbformulär. Automatiskt mottagningskvitto skickat
    till helena.wikstrom@exempelpost.se.

==============================================================================
Slut på export. 9 åtgärder. Bilagor: 0
"""


def ticket(out):
    with open(os.path.join(out, "Kontaktcenter_arende_I2611-0457.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        f.write(TICKET)


# ---------------------------------------------------------------------------------------------
# 6. MkDocs Material page
# ---------------------------------------------------------------------------------------------
MD = r"""---
title: Medflyttarservice Gotland
description: Handläggarstöd för samordnare, Kontaktcenter och Arbetsförmedlingen
tags:
  - medflyttare
  - kompetensförsörjning
  - samverkan
hide:
  - navigation
---

# Medflyttarservice Gotland { #medflyttarservice }

:material-account-multiple: **Målgrupp:** medflyttare och arbetsgivare på Gotland &nbsp;
:material-calendar: **Senast uppdaterad:** 2026-11-30 &nbsp;
:material-file-document: **Styrande dokument:** samverkansavtal RS 2026/812 och rutin v2.0

!!! info "Nytt från 1 januari 2027"
    Medflyttarservice går från pilot till ordinarie verksamhet i samverkan mellan Region Gotland,
    Arbetsförmedlingen och Uppsala universitet Campus Gotland. Rutinen har uppdaterats till
    version 2.0 – läs den innan du tar emot nya ärenden.

Medflyttarservice hjälper den som flyttar till Gotland med en partner som har fått jobb eller
startat företag här att hitta ett eget arbete. Vem som räknas som medflyttare står i
samverkansavtalet, avsnitt 4.

## Så fungerar det { #sa-fungerar-det }

=== "För medflyttare"

    - Anmäl intresse i e-tjänsten på gotland.se/medflyttare. Du kan anmäla dig upp till sex månader
      före flytten, så att vi hinner börja innan du är på plats.
    - Tjänsten är kostnadsfri.
    - Samordnaren hör av sig till dig och bokar ett kartläggningssamtal.
    - Du får en individuell plan och kontakt med arbetsgivare i vårt nätverk.
    - Du bjuds in till nätverksträffar med andra medflyttare.

    [Anmäl intresse](https://www.gotland.se/medflyttare){ .md-button .md-button--primary }

=== "För arbetsgivare"

    - Anslut er till arbetsgivarnätverket via e-tjänsten *Anslutning arbetsgivarnätverk*.
      Anslutningen handläggs inom tio arbetsdagar.
    - Som ansluten arbetsgivare åtar ni er att ta emot minst två informationssamtal per år
      med medflyttare och att utse en kontaktperson för nätverket.
    - Ni får tips om medflyttare vars kompetens matchar era behov, och inbjudan till
      rekryteringsträffar.

    [Anslut er](https://www.gotland.se/arbetsgivarnatverk){ .md-button }

=== "För handläggare på AF"

    - Medflyttare som skriver in sig som arbetssökande registreras enligt ordinarie rutin.
    - Ange koden `MFS-GOT` i fältet *Samverkansprojekt* så att ärendet kan följas upp.
    - Stäm av pågående ärenden med samordnaren varannan vecka.
    - Uppgifter får lämnas till Region Gotland bara om medflyttaren har samtyckt.

??? question "Kan medflyttare från länder utanför EU delta?"
    Ja, om personen har uppehållstillstånd som ger rätt att arbeta i Sverige. Se rutinen, avsnitt 4.2.

??? question "Vad händer om medflyttaren flyttar från Gotland?"
    Ärendet avslutas med orsakskoden *Flyttat*. Ingen vidare uppföljning görs.

??? warning "Partner som arbetar på distans"
    Se rutinen, avsnitt 4.1, innan du lovar något.

## Nätverksträffar { #natverkstraffar }

Nätverksträffarna hålls fyra gånger per år (1) och är öppna för alla inskrivna medflyttare.
Anmälan görs till samordnaren senast en vecka före träffen. Aktuella datum finns i kalendern på
gotland.se/medflyttare.
{ .annotate }

1.  Två träffar per termin. Vårterminens träffar hålls på Campus Gotland och höstterminens på
    Almedalsbiblioteket.

## Roller { #roller }

| Roll | Organisation | Ansvar |
|------|--------------|--------|
| Samordnare | Region Gotland | Intresseanmälan, kartläggning, plan, nätverk, uppföljning |
| Handläggare | AF, kontoret i Visby | Inskrivning, matchning mot lediga jobb, insatser |
| Studie- och karriärvägledare | Campus Gotland | Vägledning, validering, kompletterande utbildning |
| Kontaktcenter | Region Gotland | Tar emot frågor och för över ärenden |

## Kontakt { #kontakt }

--8<-- "includes/kontakt-medflyttarservice.md"

*[AF]: Arbetsförmedlingen
*[MFS]: Medflyttarservice Gotland
*[MFS-GOT]: Projektkod för Medflyttarservice Gotland i Arbetsförmedlingens system
*[RS]: Regionstyrelsen
*[EU]: Europeiska unionen
"""


def markdown(out):
    with open(os.path.join(out, "medflyttarservice_handlaggarstod.md"), "w", encoding="utf-8") as f:
        f.write(MD)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
    os.makedirs(out, exist_ok=True)
    agreement(out)
    report(out)
    diarium(out)
    rutin(out)
    ticket(out)
    markdown(out)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
