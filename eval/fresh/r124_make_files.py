"""r124_make_files.py - evaluation round r124: six Swedish working documents.

Usage:  python r124_make_files.py OUT_DIR

Writes six documents of kinds not used in earlier rounds (see
/work/cache/shapes_tried.txt):

1. kvalitetsdeklaration_lansbarometern_halland_2025.pdf  (3 pages, reportlab/platypus)
   Region Halland's quality declaration for a survey statistic ("Länsbarometern").
   Layout: running header on every page with the document name left and
   "Sida N (M)" right (Swedish "N (M)" page style, total known only after the
   build), footer with version / fastställd date / Dnr; SCB-style multi-level
   numbering 0, 1.1, 1.2 ...; a key-value contact table; a borderless
   definitions table ("Med nettotal avses ..."); an abbreviation table
   "FDB (Företagsdatabasen)"; a response-rate table over three survey rounds;
   a publication calendar (insamling / publicering); a decisions-per-year table
   2022-2025 (several years' decisions side by side).

2. pub_avtal_kompetensmatch_vastmanland.pdf  (3 pages, reportlab/platypus)
   A data processing agreement (personuppgiftsbiträdesavtal) between Region
   Västmanland and a supplier of a job-matching platform.
   Layout: numbered clauses with hanging indent (5.1, 5.2 ...) and lettered
   sub-points a)-e); a ruled table of approved sub-processors; signatures as
   two blocks side by side (place/date, party, signature line, title);
   every page has a footer "PUB-2025-007 · Sida N/M" and an initials box
   ("Parafering PUA / PUB") drawn bottom right; an appendix on its own page
   ("Bilaga 1 - Instruktion för behandling") with a three-column table of
   categories, data and retention times.

3. forstudie_valideringslots_sormland.pdf  (4 pages, reportlab canvas)
   Final report of a pre-study (förstudie) in Sörmland on a regional
   validation guide.
   Layout: a title page with a key-facts block and no header; pages 2-3 set in
   TWO COLUMNS with the text broken into lines by the script itself, so long
   Swedish compounds are HYPHENATED at line ends ("kompetens-/försörjning");
   a superscript footnote mark in the text with the footnote at the page
   bottom; running header (title left, date right) and a centred page number
   from page 2; on page 3 the two columns are balanced and a full-width ruled
   table (Tabell 1) follows under them; page 4 in one column with a logic-model
   table, numbered recommendations, a budget-versus-outcome table with a
   bold sum row, and an abbreviation table "SeQF (Sveriges referensram ...)".

4. rollbeskrivning_kompetensmaklare_jh.docx  (python-docx)
   A role description for a "regional kompetensmäklare" in Region Jämtland
   Härjedalen. Layout: Word page header and footer (header: organisation and
   document type; footer: fastställd date and validity); Heading 1/2 styles;
   a key-value table at the top; numbered list with nested bullet list;
   a mandate table whose header uses MERGED CELLS (a cell spanning two rows
   and one spanning two columns); "Krav" and "Meriterande" bullet lists;
   follow-up targets; an abbreviation table.

5. overlamning_naringslivsdata_kronoberg.md  (Markdown)
   A handover note written by a project coordinator before parental leave
   (project "Näringslivsdata Kronoberg", ERUF).
   Layout: a TL;DR block quote; a metadata line with bold labels; a pipe table
   of work packages with statuses and deadlines; a bold-date bullet list;
   inline code for file paths and server names; a numbered "Kända problem"
   list with bold lead-ins; a contacts table; an HTML <details>/<summary>
   block with login steps; a glossary as "**X** – text" bullets.

6. husregler_malmporten_lulea.txt  (plain text, UTF-8)
   House rules (ordningsregler) of a shared office building in Luleå used by
   Region Norrbotten, Arbetsförmedlingen and Norrbottens Kommuner.
   Layout: a title framed with "=" lines, numbered ALL-CAPS section headings,
   lettered sub-points a) b) c) with hanging indentation, a room table aligned
   with spaces (no separators), a "Nytt i denna version (2025)" list that
   mentions an old and a new fee, and validity/replacement dates.

Only the standard library, reportlab and python-docx are used.
"""

import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Frame, KeepTogether, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

PAGE_W, PAGE_H = A4

# ---------------------------------------------------------------------------
# shared helpers
# ---------------------------------------------------------------------------

_base = getSampleStyleSheet()


def _styles(size=10):
    s = {}
    s["body"] = ParagraphStyle("body", parent=_base["Normal"], fontName="Helvetica",
                               fontSize=size, leading=size * 1.35, spaceAfter=5)
    s["small"] = ParagraphStyle("small", parent=s["body"], fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3)
    s["cell"] = ParagraphStyle("cell", parent=s["body"], fontSize=size - 1,
                               leading=(size - 1) * 1.3, spaceAfter=0)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName="Helvetica-Bold")
    s["title"] = ParagraphStyle("title", parent=s["body"], fontName="Helvetica-Bold",
                                fontSize=size + 6, leading=(size + 6) * 1.25, spaceAfter=6)
    s["sub"] = ParagraphStyle("sub", parent=s["body"], fontName="Helvetica-Oblique")
    s["h1"] = ParagraphStyle("h1", parent=s["body"], fontName="Helvetica-Bold",
                             fontSize=size + 2.5, leading=(size + 2.5) * 1.3,
                             spaceBefore=10, spaceAfter=4)
    s["h2"] = ParagraphStyle("h2", parent=s["body"], fontName="Helvetica-Bold",
                             fontSize=size + 0.5, leading=(size + 0.5) * 1.3,
                             spaceBefore=6, spaceAfter=3)
    s["clause"] = ParagraphStyle("clause", parent=s["body"], leftIndent=1.1 * cm,
                                 bulletIndent=0, bulletFontName="Helvetica")
    s["sublist"] = ParagraphStyle("sublist", parent=s["body"], leftIndent=1.8 * cm,
                                  bulletIndent=1.1 * cm, spaceAfter=2)
    s["bullet"] = ParagraphStyle("bullet", parent=s["body"], leftIndent=0.6 * cm,
                                 bulletIndent=0.1 * cm, spaceAfter=2)
    return s


def _cells(rows, st, bold_first_row=True, bold_first_col=False):
    out = []
    for i, row in enumerate(rows):
        r = []
        for j, v in enumerate(row):
            sty = st["cellb"] if (bold_first_row and i == 0) or (bold_first_col and j == 0) else st["cell"]
            r.append(Paragraph(str(v), sty))
        out.append(r)
    return out


def _numbered_canvas(chrome):
    """Canvas class that knows the total page count when drawing chrome."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                chrome(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


# ---------------------------------------------------------------------------
# 1. Kvalitetsdeklaration (Region Halland)
# ---------------------------------------------------------------------------

def make_kvalitetsdeklaration(path):
    st = _styles(10)

    def chrome(c, n, total):
        c.saveState()
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(2 * cm, PAGE_H - 1.3 * cm, "Region Halland")
        c.drawString(2 * cm, PAGE_H - 1.7 * cm, "Analys och uppföljning")
        c.drawRightString(PAGE_W - 2 * cm, PAGE_H - 1.3 * cm, "Kvalitetsdeklaration Länsbarometern")
        c.drawRightString(PAGE_W - 2 * cm, PAGE_H - 1.7 * cm, "Sida %d (%d)" % (n, total))
        c.setStrokeColor(colors.HexColor("#1f5f8b"))
        c.setLineWidth(0.8)
        c.line(2 * cm, PAGE_H - 1.9 * cm, PAGE_W - 2 * cm, PAGE_H - 1.9 * cm)
        c.setLineWidth(0.4)
        c.line(2 * cm, 1.6 * cm, PAGE_W - 2 * cm, 1.6 * cm)
        c.setFont("Helvetica", 7.5)
        c.drawString(2 * cm, 1.2 * cm,
                     "Version 1.2 · Fastställd 2025-04-08 av enhetschef för Analys och uppföljning · Dnr RS 2025-00412")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.5 * cm, bottomMargin=2.2 * cm,
                            title="Kvalitetsdeklaration Länsbarometern 2025",
                            author="Region Halland, Analys och uppföljning")
    S = []
    S.append(Paragraph("Kvalitetsdeklaration: Länsbarometern – arbetsgivarnas "
                       "rekryteringsplaner i Hallands län", st["title"]))
    S.append(Paragraph("Omgång: våren 2025. Deklarationen gäller från och med publiceringen "
                       "2025-05-27 och ersätter version 1.1 från 2024-10-02.", st["sub"]))

    S.append(Paragraph("0 Kontaktuppgifter", st["h1"]))
    kv = [
        ["Statistikproducent", "Region Halland, Avdelningen för regional utveckling, enheten Analys och uppföljning"],
        ["Statistikansvarig", "Enhetschef, Analys och uppföljning"],
        ["Kontaktperson", "Statistiker med ansvar för Länsbarometern"],
        ["E-post", "lansbarometern@regionhalland.se"],
        ["Samarbetspart", "Arbetsförmedlingen, Analysavdelningen (regional analytiker för Halland)"],
    ]
    t = Table(_cells(kv, st, bold_first_row=False, bold_first_col=True),
              colWidths=[4.2 * cm, 12.8 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    S.append(t)

    S.append(Paragraph("1 Statistikens sammanhang", st["h1"]))
    S.append(Paragraph("1.1 Syfte och innehåll", st["h2"]))
    S.append(Paragraph(
        "Länsbarometern är en halvårsvis urvalsundersökning som beskriver arbetsgivarnas bedömning av "
        "sysselsättning och rekryteringsbehov i Hallands sex kommuner under de kommande tolv månaderna. "
        "Statistiken används i det regionala kompetensförsörjningsarbetet, i dialogen med "
        "utbildningsanordnare och som underlag för uppföljningen av den regionala utvecklingsstrategin (RUS).",
        st["body"]))
    S.append(Paragraph("1.2 Statistiska målstorheter", st["h2"]))
    for b in [
        "<b>Målpopulation:</b> arbetsställen i Hallands län med minst 5 anställda.",
        "<b>Urvalsram:</b> Statistiska centralbyråns Företagsdatabas (FDB), uttag per 2024-11-30.",
        "<b>Redovisningsgrupper:</b> kommun (6), bransch enligt SNI 2007 i 10 grupper samt "
        "storleksklass (5–19, 20–49 och 50 anställda eller fler).",
        "<b>Huvudsakliga variabler:</b> förväntad förändring av antalet anställda, rekryteringsbehov per "
        "yrke enligt SSYK 2012 (fyrsiffernivå) och upplevd brist vid rekrytering.",
    ]:
        S.append(Paragraph(b, st["bullet"], bulletText="•"))
    S.append(Paragraph("1.3 Definitioner", st["h2"]))
    defs = [
        ["Arbetsställe", "Med arbetsställe avses varje adress, fastighet eller grupp av fastigheter där ett "
                         "företag eller en organisation bedriver verksamhet."],
        ["Nettotal", "Med nettotal avses andelen arbetsställen som förväntar sig öka antalet anställda minus "
                     "andelen som förväntar sig minska antalet anställda, uttryckt i procentenheter."],
        ["Rekryteringsbehov", "Med rekryteringsbehov avses det antal personer som arbetsstället planerar att "
                              "anställa under de kommande tolv månaderna, oavsett anställningsform men med "
                              "en anställningstid om minst sex månader."],
        ["Upplevd brist", "Arbetsstället har under de senaste sex månaderna försökt rekrytera men inte "
                          "lyckats alls eller endast delvis."],
    ]
    t = Table(_cells(defs, st, bold_first_row=False, bold_first_col=True),
              colWidths=[3.6 * cm, 13.4 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (0, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    S.append(t)
    S.append(Paragraph("1.4 Förkortningar", st["h2"]))
    abbr = [
        ["Förkortning", "Betydelse"],
        ["CAWI", "Computer Assisted Web Interviewing (webbenkät)"],
        ["FDB", "Företagsdatabasen vid Statistiska centralbyrån"],
        ["KI", "Konfidensintervall"],
        ["RUS", "Regional utvecklingsstrategi"],
        ["SNI", "Svensk näringsgrensindelning"],
        ["SSYK", "Standard för svensk yrkesklassificering"],
    ]
    t = Table(_cells(abbr, st), colWidths=[3.2 * cm, 10 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black)]))
    S.append(t)

    S.append(Paragraph("2 Kvalitetsbedömning", st["h1"]))
    S.append(Paragraph("2.1 Urval och svarsfrekvens", st["h2"]))
    S.append(Paragraph(
        "Urvalet våren 2025 omfattar 1 850 arbetsställen och är stratifierat efter kommun, bransch och "
        "storleksklass. Arbetsställen med 50 anställda eller fler totalundersöks. Svarsfrekvensen blev "
        "62,4 procent våren 2025, jämfört med 58,1 procent hösten 2024 och 55,7 procent våren 2024.",
        st["body"]))
    resp = [
        ["Omgång", "Urval (antal arbetsställen)", "Svarande", "Svarsfrekvens (%)"],
        ["Våren 2024", "1 200", "668", "55,7"],
        ["Hösten 2024", "1 850", "1 075", "58,1"],
        ["Våren 2025", "1 850", "1 154", "62,4"],
    ]
    t = Table(_cells(resp, st), colWidths=[3.2 * cm, 5 * cm, 3 * cm, 3.6 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce8f2"))]))
    S.append(Paragraph("Tabell 1. Urval och svarsfrekvens per omgång", st["small"]))
    S.append(t)
    S.append(Spacer(1, 6))
    S.append(Paragraph("2.2 Osäkerhetsmått", st["h2"]))
    S.append(Paragraph(
        "Nettotalet för hela länet våren 2025 var +14 med ett 95-procentigt konfidensintervall (KI) på "
        "± 3,2 procentenheter. För enskilda kommuner är osäkerheten större. Resultat för Hylte och Laholm "
        "bör tolkas med försiktighet eftersom intervallen där är ± 9 procentenheter eller mer.",
        st["body"]))
    S.append(Paragraph("2.3 Bortfall", st["h2"]))
    S.append(Paragraph(
        "Bortfallet är störst bland arbetsställen med 5–19 anställda inom hotell och restaurang. "
        "Bortfallet hanteras genom kalibreringsvägning mot antalet anställda per stratum. Någon "
        "imputering av enskilda svar görs inte.", st["body"]))
    S.append(Paragraph("2.4 Aktualitet och punktlighet", st["h2"]))
    S.append(Paragraph(
        "Resultaten publiceras normalt åtta veckor efter avslutad insamling. Samtliga publiceringar "
        "sedan våren 2023 har skett på utsatt dag.", st["body"]))

    S.append(Paragraph("3 Publicering och tillgänglighet", st["h1"]))
    S.append(Paragraph(
        "Resultaten publiceras som rapport och som öppna data (CSV) på regionens webbplats. Uppgifter "
        "som bygger på färre än fem svarande arbetsställen redovisas inte utan markeras med två punkter "
        "(..).", st["body"]))
    cal = [
        ["Omgång", "Insamlingsperiod", "Publicering"],
        ["Våren 2025", "2025-03-03 – 2025-03-28", "2025-05-27"],
        ["Hösten 2025", "2025-09-08 – 2025-10-03", "2025-11-25"],
        ["Våren 2026", "2026-03-02 – 2026-03-27", "2026-05-26 (preliminärt)"],
    ]
    S.append(Paragraph("Tabell 2. Publiceringskalender", st["small"]))
    t = Table(_cells(cal, st), colWidths=[3.2 * cm, 5.6 * cm, 5 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce8f2"))]))
    S.append(t)

    S.append(Paragraph("4 Förändringar över tid", st["h1"]))
    S.append(Paragraph(
        "Tabellen sammanfattar de beslut som påverkar jämförbarheten mellan åren. Jämförelser över "
        "tid bör göras för arbetsställen med minst 10 anställda om perioder före hösten 2024 ingår.",
        st["body"]))
    dec = [
        ["År", "Beslut", "Beslutat av"],
        ["2022", "Länsbarometern startar som pilot med 900 arbetsställen i Halmstad, Falkenberg och Varberg.",
         "Regionala utvecklingsnämnden"],
        ["2023", "Undersökningen utvidgas till länets samtliga sex kommuner. Yrkesklassificering enligt "
                 "SSYK 2012 införs.", "Regionala utvecklingsnämnden"],
        ["2024", "Urvalet utökas från 1 200 till 1 850 arbetsställen från och med hösten 2024. Samtidigt "
                 "sänks den undre gränsen från 10 till 5 anställda.", "Regionala utvecklingsnämnden"],
        ["2025", "Insamlingen sker enbart som webbenkät (CAWI); telefonuppföljningen av bortfallet upphör. "
                 "Frågan om distansarbete tas bort.", "Enhetschef, Analys och uppföljning"],
    ]
    S.append(Paragraph("Tabell 3. Beslut per år", st["small"]))
    t = Table(_cells(dec, st), colWidths=[1.4 * cm, 11 * cm, 4.6 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce8f2"))]))
    S.append(t)
    doc.build(S, canvasmaker=_numbered_canvas(chrome))


# ---------------------------------------------------------------------------
# 2. Personuppgiftsbiträdesavtal (Region Västmanland)
# ---------------------------------------------------------------------------

def make_pub_avtal(path):
    st = _styles(10)

    def chrome(c, n, total):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, 1.3 * cm, "PUB-2025-007 · Sida %d/%d" % (n, total))
        # initials box
        x, y = PAGE_W - 2 * cm - 5.2 * cm, 0.9 * cm
        c.setLineWidth(0.5)
        c.rect(x, y, 5.2 * cm, 1.0 * cm)
        c.setFont("Helvetica", 7)
        c.drawString(x + 0.15 * cm, y + 0.7 * cm, "Parafering")
        c.drawString(x + 1.7 * cm, y + 0.15 * cm, "PUA")
        c.drawString(x + 3.5 * cm, y + 0.15 * cm, "PUB")
        c.rect(x + 1.6 * cm, y + 0.4 * cm, 1.5 * cm, 0.5 * cm)
        c.rect(x + 3.4 * cm, y + 0.4 * cm, 1.5 * cm, 0.5 * cm)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2.4 * cm,
                            title="Personuppgiftsbiträdesavtal PUB-2025-007",
                            author="Region Västmanland")
    S = []
    S.append(Paragraph("PERSONUPPGIFTSBITRÄDESAVTAL", st["title"]))
    S.append(Paragraph("Avtal nr PUB-2025-007. Avtalet tillhör huvudavtal Dnr RV 2024/1187 om drift och "
                       "förvaltning av tjänsten Kompetensmatch Västmanland.", st["sub"]))

    def h(text):
        S.append(Paragraph(text, st["h2"]))

    def cl(num, text):
        S.append(Paragraph(text, st["clause"], bulletText=num))

    def sub(letter, text):
        S.append(Paragraph(text, st["sublist"], bulletText=letter))

    h("1. Parter")
    cl("1.1", "Region Västmanland, org.nr 232100-0199, 721 89 Västerås, nedan kallad "
              "<i>den personuppgiftsansvarige</i> eller PUA.")
    cl("1.2", "Nordkompetens Digital AB, org.nr 559231-4478, Kungsgatan 41, 753 21 Uppsala, nedan kallad "
              "<i>Biträdet</i> eller PUB.")
    h("2. Definitioner och förkortningar")
    cl("2.1", "Begrepp i detta avtal har samma betydelse som i Europaparlamentets och rådets förordning "
              "(EU) 2016/679, dataskyddsförordningen.")
    cl("2.2", "Med <b>personuppgiftsincident</b> avses en säkerhetsincident som leder till oavsiktlig eller "
              "olaglig förstöring, förlust eller ändring eller till obehörigt röjande av eller obehörig "
              "åtkomst till personuppgifter.")
    cl("2.3", "Med <b>underbiträde</b> avses ett annat personuppgiftsbiträde som Biträdet anlitar för att "
              "utföra behandling för den personuppgiftsansvariges räkning.")
    cl("2.4", "Förkortningar i avtalet: PUA (personuppgiftsansvarig), PUB (personuppgiftsbiträde), "
              "GDPR (dataskyddsförordningen, General Data Protection Regulation), IMY "
              "(Integritetsskyddsmyndigheten), EES (Europeiska ekonomiska samarbetsområdet).")
    h("3. Ändamål och omfattning")
    cl("3.1", "Biträdet behandlar personuppgifter enbart för att tillhandahålla, driva och förvalta tjänsten "
              "Kompetensmatch Västmanland, en digital plattform där kommunernas arbetsmarknadsenheter "
              "matchar arbetssökande deltagare mot arbetsgivares rekryteringsbehov.")
    cl("3.2", "Behandlingen sker enligt den instruktion som framgår av Bilaga 1. Biträdet får inte behandla "
              "personuppgifterna för egna ändamål.")
    h("4. Biträdets skyldigheter")
    cl("4.1", "Biträdet ska")
    sub("a)", "endast behandla personuppgifter enligt PUA:s dokumenterade instruktioner,")
    sub("b)", "se till att personer med behörighet att behandla personuppgifterna har åtagit sig att iaktta "
              "konfidentialitet,")
    sub("c)", "bistå PUA när en registrerad begär att få utöva sina rättigheter, och lämna begärda "
              "uppgifter inom 5 arbetsdagar,")
    sub("d)", "föra ett register över de behandlingar som utförs för PUA:s räkning,")
    sub("e)", "omedelbart informera PUA om Biträdet anser att en instruktion strider mot GDPR.")
    h("5. Underbiträden")
    cl("5.1", "Biträdet får anlita underbiträde endast efter skriftligt förhandsgodkännande av PUA.")
    cl("5.2", "Om Biträdet avser att byta eller lägga till ett underbiträde ska Biträdet skriftligen meddela "
              "PUA senast 30 dagar i förväg. PUA har rätt att invända inom 14 dagar från meddelandet.")
    cl("5.3", "Följande underbiträden är godkända när avtalet tecknas:")
    sp = [["Underbiträde", "Uppgift", "Behandlingsort"],
          ["Molnia Hosting AB", "Drift av servrar och säkerhetskopiering", "Sverige (Västerås och Borlänge)"],
          ["Sendly Nordic AB", "SMS-påminnelser till deltagare", "Sverige"]]
    t = Table(_cells(sp, st), colWidths=[4 * cm, 6.2 * cm, 5 * cm], hAlign="RIGHT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
    S.append(t)
    S.append(Spacer(1, 6))
    h("6. Överföring till tredje land")
    cl("6.1", "Personuppgifter får inte överföras till, eller göras åtkomliga från, land utanför EU/EES.")
    h("7. Säkerhet")
    cl("7.1", "Biträdet ska vidta lämpliga tekniska och organisatoriska åtgärder, bland annat "
              "tvåfaktorsautentisering för all inloggning, kryptering vid överföring och lagring, "
              "behörighetsstyrning efter roll samt loggning av all åtkomst. Loggarna ska sparas i 12 månader.")
    cl("7.2", "Säkerhetskopior tas dagligen och sparas i 35 dagar.")
    h("8. Personuppgiftsincidenter")
    cl("8.1", "Biträdet ska underrätta PUA utan onödigt dröjsmål och senast inom 24 timmar efter att ha fått "
              "kännedom om en personuppgiftsincident. Underrättelsen skickas till regionens "
              "dataskyddsombud och till kontaktpersonen enligt punkt 12.")
    cl("8.2", "PUA ansvarar för att vid behov anmäla incidenten till IMY inom 72 timmar.")
    h("9. Granskning och revision")
    cl("9.1", "PUA har rätt att en gång per kalenderår granska Biträdets behandling, med minst 30 dagars "
              "varsel. Vid en personuppgiftsincident får granskning ske utan varsel. Var och en av parterna "
              "står för sina egna kostnader.")
    h("10. Ansvar")
    cl("10.1", "Biträdets ansvar för skada är begränsat till 1 500 000 kronor per kalenderår, utom vid uppsåt "
               "eller grov vårdslöshet.")
    h("11. Avtalstid och upphörande")
    cl("11.1", "Avtalet gäller från och med 2025-02-01 och så länge huvudavtalet gäller.")
    cl("11.2", "När avtalet upphör ska Biträdet inom 30 dagar återlämna samtliga personuppgifter i CSV-format "
               "och därefter radera dem samt lämna ett skriftligt raderingsintyg till PUA.")
    h("12. Kontaktpersoner")
    cl("12.1", "För PUA: dataskyddsombudet vid Region Västmanland samt enhetschefen för Arbetsmarknad och "
               "kompetens (verksamhetsansvarig). För PUB: säkerhetsansvarig (CISO) vid Nordkompetens "
               "Digital AB.")
    h("13. Underskrifter")
    S.append(Paragraph("Detta avtal har upprättats i två likalydande exemplar, av vilka parterna tagit var "
                       "sitt.", st["body"]))
    sig = [
        ["Västerås 2025-01-20", "Uppsala 2025-01-22"],
        ["För Region Västmanland", "För Nordkompetens Digital AB"],
        ["\n\n", "\n\n"],
        ["______________________________", "______________________________"],
        ["Regional utvecklingsdirektör", "Verkställande direktör"],
    ]
    t = Table(sig, colWidths=[8.2 * cm, 8.2 * cm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                           ("FONTNAME", (0, 1), (-1, 1), "Helvetica-Bold"),
                           ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    S.append(KeepTogether([t]))
    S.append(PageBreak())

    S.append(Paragraph("Bilaga 1 – Instruktion för behandling", st["h1"]))
    S.append(Paragraph("Bilagan hör till avtal PUB-2025-007 och beskriver vilka personuppgifter som "
                       "behandlas, om vilka och hur länge de får sparas i Kompetensmatch Västmanland.",
                       st["body"]))
    inst = [
        ["Kategori av registrerade", "Typ av personuppgifter", "Lagringstid"],
        ["Arbetssökande deltagare", "Namn, personnummer, kontaktuppgifter, CV, utbildning, språkkunskaper, "
                                    "körkort", "24 månader efter avslutat deltagande"],
        ["Kontaktpersoner hos arbetsgivare", "Namn, e-post, telefonnummer, befattning",
         "12 månader efter senaste kontakt"],
        ["Handläggare i kommunerna", "Namn, användar-id, behörighet, loggar",
         "12 månader efter avslutad behörighet"],
    ]
    t = Table(_cells(inst, st), colWidths=[4.4 * cm, 7.2 * cm, 5 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
    S.append(t)
    S.append(Spacer(1, 8))
    S.append(Paragraph("Behandlingar som får utföras", st["h2"]))
    for b in ["Lagring och drift av plattformen.",
              "Matchning genom automatiserad sortering av deltagare mot arbetsgivares behov. Inga beslut "
              "fattas automatiserat; handläggaren gör alltid den slutliga bedömningen.",
              "Utskick av SMS-påminnelser om möten till deltagare.",
              "Framtagning av statistik i avidentifierad form som lämnas till PUA en gång per kvartal."]:
        S.append(Paragraph(b, st["bullet"], bulletText="–"))
    S.append(Paragraph("Särskilda begränsningar", st["h2"]))
    S.append(Paragraph("Känsliga personuppgifter enligt artikel 9 i GDPR, till exempel uppgifter om hälsa, "
                       "får inte registreras i plattformens fritextfält. Personnummer får endast visas för "
                       "handläggare med behörigheten <i>Handläggare – full</i>.", st["body"]))
    doc.build(S, canvasmaker=_numbered_canvas(chrome))


# ---------------------------------------------------------------------------
# 3. Förstudie Valideringslots Sörmland (two columns, own line breaking)
# ---------------------------------------------------------------------------

VOWELS = set("aeiouyåäöéAEIOUYÅÄÖÉ")
ONSETS = {"pr", "tr", "kr", "br", "dr", "gr", "fr", "pl", "kl", "bl", "fl", "gl",
          "sk", "st", "sp", "sm", "sn", "sl", "sv", "tj", "kv", "sj"}


def _hyphen_split(word, font, size, avail):
    """Return (head, tail) where head ends with '-' and fits in avail, or None."""
    core = word.rstrip(".,;:)»")
    if len(core) < 8 or not core.isalpha():
        return None
    best = None
    for i in range(4, len(core) - 3):
        # break before a consonant that is followed by a vowel (Swedish syllable rule);
        # keep onset clusters such as pr, kr, sk, st together and never split "ng"
        if core[i] in VOWELS or core[i + 1] not in VOWELS:
            continue
        if core[i - 1:i + 1].lower() == "ng":
            continue
        j = i
        while j > 3 and core[j - 1:j + 1].lower() in ONSETS:
            j -= 1
        if j < 4:
            continue
        head = word[:j] + "-"
        if stringWidth(head, font, size) <= avail:
            best = max(best or 0, j)
    if best is None:
        return None
    return word[:best] + "-", word[best:]


def _wrap(text, font, size, width, first_indent=0.0, indent=0.0):
    words = text.split()
    lines, cur = [], ""
    cur_indent = first_indent
    i = 0
    while i < len(words):
        w = words[i]
        cand = (cur + " " + w) if cur else w
        if stringWidth(cand, font, size) <= width - cur_indent:
            cur = cand
            i += 1
            continue
        prefix = (cur + " ") if cur else ""
        avail = width - cur_indent - stringWidth(prefix, font, size)
        split = _hyphen_split(w, font, size, avail)
        if split:
            lines.append((cur_indent, prefix + split[0]))
            cur = ""
            words[i] = split[1]
        else:
            if not cur:  # a single word longer than the line
                lines.append((cur_indent, w))
                i += 1
            else:
                lines.append((cur_indent, cur))
                cur = ""
        cur_indent = indent
    if cur:
        lines.append((cur_indent, cur))
    return lines


def _blocks_to_lines(blocks, width):
    """blocks: (kind, text[, marker]) -> list of line dicts."""
    out = []
    for b in blocks:
        kind, text = b[0], b[1]
        if kind == "h":
            f, s, lead, sb = "Helvetica-Bold", 11.5, 15, 9
        elif kind == "h2":
            f, s, lead, sb = "Helvetica-Bold", 10, 13.5, 6
        else:
            f, s, lead, sb = "Helvetica", 10, 13.4, 5
        if kind == "li":
            marker = b[2]
            wrapped = _wrap(text, f, s, width, 14, 14)
        else:
            marker = None
            wrapped = _wrap(text, f, s, width)
        for k, (ind, ln) in enumerate(wrapped):
            out.append(dict(font=f, size=s, lead=lead, text=ln, indent=ind,
                            space_before=sb if k == 0 else 0,
                            marker=marker if k == 0 else None,
                            heading=kind in ("h", "h2"),
                            nlines=len(wrapped) - k))
    return out


def _fill_columns(c, lines, xs, y_top, y_bottom, draw=True):
    """Place lines in columns at xs between y_top and y_bottom. Returns rest."""
    idx = 0
    for x in xs:
        y = y_top
        first = True
        while idx < len(lines):
            ln = lines[idx]
            sb = 0 if first else ln["space_before"]
            need = sb + ln["lead"]
            if ln["heading"] and ln["nlines"] == 1:
                # keep a heading with at least two lines of what follows
                extra = sum(l2["lead"] for l2 in lines[idx + 1: idx + 3])
                if y - need - extra < y_bottom and not first:
                    break
            if y - need < y_bottom:
                break
            y -= need
            if draw:
                c.setFont(ln["font"], ln["size"])
                if ln["marker"]:
                    c.drawString(x + 2, y, ln["marker"])
                c.drawString(x + ln["indent"], y, ln["text"])
            idx += 1
            first = False
    return lines[idx:]


def make_forstudie(path):
    st = _styles(9.5)
    margin = 2 * cm
    gap = 0.7 * cm
    col_w = (PAGE_W - 2 * margin - gap) / 2
    xs = [margin, margin + col_w + gap]
    TITLE = "Förstudie Valideringslots Sörmland – slutrapport"
    DATE = "2025-03-14"

    c = rl_canvas.Canvas(path, pagesize=A4)
    c.setTitle("Slutrapport förstudie Valideringslots Sörmland")
    c.setAuthor("Eskilstuna kommun")

    def running(n):
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(margin, PAGE_H - 1.3 * cm, TITLE)
        c.drawRightString(PAGE_W - margin, PAGE_H - 1.3 * cm, DATE)
        c.setStrokeColor(colors.HexColor("#7a9a3a"))
        c.setLineWidth(0.6)
        c.line(margin, PAGE_H - 1.45 * cm, PAGE_W - margin, PAGE_H - 1.45 * cm)
        c.setFont("Helvetica", 9)
        c.drawCentredString(PAGE_W / 2, 1.1 * cm, str(n))
        c.setFillColor(colors.black)

    # --- page 1: title page -------------------------------------------------
    c.setFillColor(colors.HexColor("#7a9a3a"))
    c.rect(0, PAGE_H - 5 * cm, PAGE_W, 5 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 13)
    c.drawString(margin, PAGE_H - 2.4 * cm, "Slutrapport förstudie")
    c.setFont("Helvetica-Bold", 26)
    c.drawString(margin, PAGE_H - 3.7 * cm, "Valideringslots Sörmland")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Oblique", 13)
    c.drawString(margin, PAGE_H - 6.3 * cm,
                 "– en gemensam väg in till validering för individer och arbetsgivare")
    facts = [
        ("Projektägare", "Eskilstuna kommun, Arbetsmarknads- och vuxenutbildningsförvaltningen"),
        ("Finansiär", "Region Sörmland, regionala utvecklingsmedel (anslag 1:1)"),
        ("Diarienummer", "RS-2024-0611"),
        ("Projektperiod", "2024-09-01 – 2025-02-28"),
        ("Beviljat belopp", "480 000 kr"),
        ("Rapportdatum", DATE),
        ("Författare", "Projektledaren, i samarbete med förstudiens styrgrupp"),
    ]
    y = PAGE_H - 9 * cm
    for k, v in facts:
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(margin, y, k)
        c.setFont("Helvetica", 10.5)
        c.drawString(margin + 4 * cm, y, v)
        y -= 0.75 * cm
    c.setFont("Helvetica", 8.5)
    c.drawString(margin, 2 * cm, "Förstudien har genomförts med stöd av Region Sörmland. "
                                 "Rapporten är fastställd av styrgruppen 2025-03-11.")
    c.showPage()

    # --- body text ------------------------------------------------------------
    blocks = [
        ("h", "Sammanfattning"),
        ("p", "Förstudien Valideringslots Sörmland har undersökt hur individer och arbetsgivare i länets nio "
              "kommuner kan få en gemensam väg in till validering. Kartläggningen visar att valideringsinsatser "
              "finns inom flera branscher men att informationen är splittrad, att väntetiderna är långa och att "
              "endast tre av nio kommuner har en utsedd kontaktperson för validering."),
        ("p", "Förstudien rekommenderar att ett genomförandeprojekt startar hösten 2025 med en regional "
              "valideringslots, en gemensam webbingång och en arbetsgivarpanel. Den föreslagna budgeten för "
              "genomförandeprojektet är 6,2 miljoner kronor för perioden 2025-10-01 – 2027-09-30."),
        ("h", "1 Bakgrund"),
        ("p", "Kompetensbristen i Sörmland är stor inom vård och omsorg, industri, bygg och transport. Samtidigt "
              "har många invånare kunskaper som inte är dokumenterade, särskilt utrikes födda med yrkeserfarenhet "
              "från ursprungslandet och personer som lärt sig ett yrke på arbetsplatsen. Regionala "
              "utvecklingsstrategin RUS Sörmland 2040 pekar ut kompetensförsörjning som ett prioriterat "
              "utvecklingsområde."),
        ("p", "Med validering avses i denna rapport en strukturerad bedömning, värdering, dokumentation och ett "
              "erkännande av kunskaper och kompetens som en person har, oberoende av hur de har förvärvats.\u00b9 "
              "Validering kan leda till betyg, yrkesbevis eller ett branschintyg och kan förkorta en utbildning "
              "avsevärt."),
        ("h", "2 Syfte och frågeställningar"),
        ("p", "Syftet med förstudien var att ta fram ett beslutsunderlag för en länsgemensam "
              "valideringsfunktion. Förstudien skulle besvara tre frågor:"),
        ("li", "Vilka valideringsinsatser finns i länet i dag, och för vilka yrken?", "1."),
        ("li", "Vilka hinder möter individer och arbetsgivare som vill använda validering?", "2."),
        ("li", "Hur kan en regional lotsfunktion organiseras och finansieras?", "3."),
        ("h", "3 Metod"),
        ("p", "Förstudien har genomförts av en projektledare på 50 procent och en utredare på 25 procent. "
              "Underlaget består av 23 intervjuer med företrädare för kommunerna, Arbetsförmedlingen, "
              "branschorganisationer och utbildningsanordnare, en enkät till 140 arbetsgivare med en "
              "svarsfrekvens på 41 procent samt två workshoppar. Den första workshoppen hölls 2024-10-17 i "
              "Katrineholm och den andra 2024-11-21 i Nyköping. Styrgruppen har sammanträtt fyra gånger."),
        ("h", "4 Resultat"),
        ("h2", "4.1 Utbudet av validering"),
        ("p", "Branschvalidering finns inom bland annat vård och omsorg, industri, bygg, el, transport och "
              "restaurang, men utbudet varierar mellan kommunerna, se tabell 1. Vård- och omsorgscollege och "
              "Teknikcollege är de mest etablerade aktörerna. Få valideringsinsatser är nivåplacerade enligt "
              "SeQF, vilket gör det svårt för arbetsgivare att jämföra intyg från olika branscher."),
        ("h2", "4.2 Hinder"),
        ("p", "Intervjuerna och enkäten pekar på fem återkommande hinder:"),
        ("li", "Informationen är splittrad mellan kommuner, myndigheter och branscher.", "–"),
        ("li", "Väntetiderna är långa, i genomsnitt 11 veckor från förfrågan till start.", "–"),
        ("li", "Arbetsgivarna har begränsad kunskap om vad ett branschintyg innebär.", "–"),
        ("li", "Språkkraven i teoretiska moment stänger ute personer med kort tid i Sverige.", "–"),
        ("li", "Finansieringen är oklar när individen inte är inskriven vid Arbetsförmedlingen.", "–"),
        ("h2", "4.3 Kommunernas organisering"),
        ("p", "Endast tre av länets nio kommuner – Eskilstuna, Nyköping och Katrineholm – har en utsedd "
              "kontaktperson för validering. I övriga kommuner hanteras frågan av studie- och yrkesvägledare "
              "inom vuxenutbildningen utan särskilt uppdrag. Samtliga kommuner uttrycker intresse för en "
              "gemensam lotsfunktion, men fyra kommuner betonar att den måste finnas på plats regelbundet."),
        ("h2", "4.4 Arbetsgivarnas perspektiv"),
        ("p", "I enkäten uppger 62 procent av arbetsgivarna att de inte känner till att branschvalidering "
              "finns inom den egna branschen. Samtidigt svarar 48 procent att de skulle överväga att anställa "
              "en person med ett valideringsintyg i stället för en formell examen. Små arbetsgivare med färre "
              "än tio anställda efterfrågar främst en personlig kontakt som kan förklara vad ett intyg betyder "
              "och hjälpa till med praktiska frågor vid rekrytering."),
        ("h2", "4.5 Alternativ för organisering"),
        ("p", "Styrgruppen har prövat tre alternativ för var en regional valideringslots kan placeras:"),
        ("li", "Lotsen anställs av Region Sörmland och arbetar från regionens kontor.", "A."),
        ("li", "Eskilstuna kommun är värdkommun och anställer lotsen på uppdrag av "
               "samtliga kommuner enligt ett samverkansavtal.", "B."),
        ("li", "Lotsfunktionen läggs i ett nytt kommunalförbund för vuxenutbildning.", "C."),
        ("p", "Styrgruppen förordar alternativ B, eftersom det kan genomföras snabbast och bygger på "
              "den samverkan om vuxenutbildning som redan finns mellan kommunerna. Alternativ C bedöms "
              "ta minst två år att utreda och har därför inte prövats vidare."),
    ]
    lines = _blocks_to_lines(blocks, col_w)

    # page 2: full two-column page with a footnote at the bottom
    running(2)
    fn_y = 2.0 * cm
    c.setLineWidth(0.4)
    c.line(margin, fn_y + 0.75 * cm, margin + 5 * cm, fn_y + 0.75 * cm)
    c.setFont("Helvetica", 7.5)
    c.drawString(margin, fn_y + 0.35 * cm, "\u00b9 Definitionen följer den som används av Myndigheten för "
                                           "yrkeshögskolan (MYH) i det nationella arbetet med validering.")
    rest = _fill_columns(c, lines, xs, PAGE_H - 2.2 * cm, fn_y + 1.0 * cm)
    c.showPage()

    # page 3: balanced columns, then Tabell 1 full width
    running(3)
    top = PAGE_H - 2.2 * cm
    total_h = sum(l["lead"] + l["space_before"] for l in rest)
    h = total_h / 2
    while _fill_columns(c, rest, xs, top, top - h, draw=False):
        h += 6
    left = _fill_columns(c, rest, xs, top, top - h)
    assert not left, "text did not fit on page 3"
    y_tab = top - h - 0.8 * cm
    c.setFont("Helvetica-Bold", 9)
    c.drawString(margin, y_tab, "Tabell 1. Branschvalidering i Sörmland, februari 2025")
    rows = [
        ["Bransch", "Valideringsmodell", "Huvudman", "Finns i länet"],
        ["Vård och omsorg", "Validering mot undersköterskeutbildning inom Vård- och omsorgscollege", "Komvux",
         "Ja, 9 kommuner"],
        ["Industri", "Industriteknisk validering (IF Metall och Teknikföretagen)", "Teknikcollege",
         "Ja, 4 kommuner"],
        ["Bygg", "Yrkesbevis via Byggbranschens yrkesnämnd", "BYN", "Delvis"],
        ["El", "Validering mot auktorisation som elinstallatör", "EUN", "Delvis"],
        ["Transport", "Yrkesförarkompetens (YKB) med validering av körvana", "TYA", "Ja, 2 kommuner"],
        ["Restaurang", "Branschvalidering kock och servitör", "Visita och HRF", "Nej"],
    ]
    t = Table(_cells(rows, st), colWidths=[2.8 * cm, 7.6 * cm, 3 * cm, 3.6 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecd4"))]))
    tw, th = t.wrap(PAGE_W - 2 * margin, PAGE_H)
    assert y_tab - 0.2 * cm - th > 2 * cm, "Tabell 1 does not fit on page 3"
    t.drawOn(c, margin, y_tab - 0.25 * cm - th)
    c.showPage()

    # page 4 (and further if needed): single column, platypus flowables
    story = []
    story.append(Paragraph("5 Logikmodell för ett genomförandeprojekt", st["h1"]))
    story.append(Paragraph("Logikmodellen visar hur de föreslagna insatserna förväntas leda till resultat på "
                           "kort sikt (2026) och effekter på lång sikt (2030).", st["body"]))
    lm = [
        ["Insats", "Kortsiktigt resultat (2026)", "Långsiktig effekt (2030)"],
        ["Regional valideringslots (1,5 heltidstjänst)", "300 individer har fått vägledning till validering",
         "Fler personer med dokumenterad kompetens i arbete"],
        ["Gemensam webbingång", "En ingång för alla nio kommuner", "Kortare väntetider till validering"],
        ["Arbetsgivarpanel", "25 arbetsgivare deltar aktivt", "Validering används vid rekrytering"],
        ["Kompetensutveckling för vägledare", "40 vägledare har utbildats", "Likvärdig vägledning i hela länet"],
    ]
    t = Table(_cells(lm, st), colWidths=[5 * cm, 6 * cm, 6 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecd4"))]))
    story.append(t)
    story.append(Paragraph("6 Rekommendationer", st["h1"]))
    recs = [
        "Starta ett genomförandeprojekt 2025-10-01 – 2027-09-30 med Eskilstuna kommun som projektägare och "
        "länets övriga åtta kommuner som samverkansparter.",
        "Inrätta en regional valideringslots om 1,5 heltidstjänst, placerad i Eskilstuna med regelbunden "
        "närvaro i Nyköping och Katrineholm.",
        "Ta fram en gemensam webbingång för validering i Sörmland tillsammans med Region Sörmland.",
        "Bilda en arbetsgivarpanel med minst 25 arbetsgivare från de fem bristbranscherna.",
        "Finansiera genomförandeprojektet med ESF+ 3,1 mnkr, Region Sörmland 1,2 mnkr och kommunal "
        "medfinansiering 1,9 mnkr, totalt 6,2 mnkr. Ansökan till ESF+ lämnas i utlysningen som stänger "
        "2025-05-15.",
    ]
    for i, r in enumerate(recs, 1):
        story.append(Paragraph(r, st["bullet"], bulletText="%d." % i))
    story.append(Paragraph("7 Ekonomisk redovisning", st["h1"]))
    eco = [
        ["Kostnadsslag", "Budget (kr)", "Utfall (kr)"],
        ["Personal", "310 000", "298 400"],
        ["Externa tjänster", "110 000", "126 900"],
        ["Resor", "25 000", "14 300"],
        ["Lokaler och workshoppar", "35 000", "22 100"],
        ["Summa", "480 000", "461 700"],
    ]
    # sum row bold, amounts right-aligned (cells are Paragraphs)
    eco_cells = _cells(eco, st)
    eco_cells[-1] = [Paragraph(v, st["cellb"]) for v in eco[-1]]
    for row in eco_cells[1:]:
        for p in row[1:]:
            p.style = ParagraphStyle("r", parent=p.style, alignment=2)
    t = Table(eco_cells, colWidths=[6 * cm, 3.2 * cm, 3.2 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    story.append(t)
    story.append(Spacer(1, 4))
    story.append(Paragraph("Kostnaderna för externa tjänster blev högre än budgeterat eftersom enkäten till "
                           "arbetsgivarna genomfördes av ett externt undersökningsföretag. Överskottet om "
                           "18 300 kr återbetalas till Region Sörmland.", st["body"]))
    story.append(Paragraph("Förkortningar", st["h1"]))
    ab = [
        ["Förkortning", "Utskrivet"],
        ["BYN", "Byggbranschens yrkesnämnd"],
        ["ESF+", "Europeiska socialfonden+"],
        ["EUN", "Elbranschens utbildningsnämnd"],
        ["MYH", "Myndigheten för yrkeshögskolan"],
        ["RUS", "Regional utvecklingsstrategi"],
        ["SeQF", "Sveriges referensram för kvalifikationer för livslångt lärande"],
        ["TYA", "Transportfackens yrkes- och arbetsmiljönämnd"],
        ["YKB", "Yrkeskompetensbevis för förare"],
    ]
    t = Table(_cells(ab, st), colWidths=[3 * cm, 11 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black)]))
    story.append(t)

    page = 4
    while story:
        running(page)
        fr = Frame(margin, 1.8 * cm, PAGE_W - 2 * margin, PAGE_H - 2.2 * cm - 1.8 * cm,
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fr.addFromList(story, c)
        c.showPage()
        page += 1
    c.save()


# ---------------------------------------------------------------------------
# 4. Rollbeskrivning (DOCX, Region Jämtland Härjedalen)
# ---------------------------------------------------------------------------

def make_rollbeskrivning(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    d.core_properties.title = "Rollbeskrivning regional kompetensmäklare"
    d.core_properties.author = "Region Jämtland Härjedalen, Regional utveckling"
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Jämtland Härjedalen · Regional utveckling · Rollbeskrivning"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Fastställd av avdelningschefen för regional utveckling 2025-05-12 · Gäller till och med 2026-12-31"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_heading("Rollbeskrivning – regional kompetensmäklare", level=1)
    info = [
        ("Befattning", "Regional kompetensmäklare"),
        ("Placering", "Enheten för kompetensförsörjning, Regional utveckling, Östersund"),
        ("Omfattning", "100 procent, tillsvidare"),
        ("Närmaste chef", "Enhetschef för kompetensförsörjning"),
        ("Finansiering", "50 procent regionala medel och 50 procent ESF-projektet Kompetenslyft Jämtland "
                         "till och med 2026-06-30"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        for r in cells[0].paragraphs[0].runs:
            r.bold = True

    d.add_heading("Syfte med rollen", level=2)
    d.add_paragraph(
        "Kompetensmäklaren ska underlätta för arbetsgivare i Jämtlands län att hitta och beställa rätt "
        "kompetensutveckling och utbildning, och samtidigt föra arbetsgivarnas behov vidare till "
        "utbildningsanordnarna. Rollen är regionens länk mellan näringslivet, Mittuniversitetet, "
        "kommunernas vuxenutbildning och Arbetsförmedlingen.")

    d.add_heading("Huvudsakliga arbetsuppgifter", level=2)
    tasks = [
        ("Besöka arbetsgivare och kartlägga deras kompetensbehov.",
         ["använda regionens mall för behovsanalys", "dokumentera besöket i CRM-systemet inom en vecka"]),
        ("Leda och samordna de tre regionala branschråden.",
         ["besöksnäring", "vård och omsorg", "industri och energi"]),
        ("Matcha behov mot befintligt utbildningsutbud och vid behov beställa uppdragsutbildning.", []),
        ("Bidra med underlag till den regionala kompetensförsörjningsanalysen.",
         ["statistik enligt SNI och SSYK", "sammanställning av branschrådens bedömningar"]),
        ("Representera regionen i nationella och regionala nätverk för kompetensförsörjning.", []),
    ]
    for main, subs in tasks:
        d.add_paragraph(main, style="List Number")
        for s in subs:
            d.add_paragraph(s, style="List Bullet 2")

    d.add_heading("Mandat", level=2)
    d.add_paragraph("Tabellen visar vad kompetensmäklaren får besluta själv och vad som kräver "
                    "godkännande av enhetschefen.")
    rows = [
        ("Köp av utbildningsinsats från extern anordnare", "Upp till 50 000 kr exkl. moms per tillfälle",
         "Över 50 000 kr exkl. moms; över 100 000 kr krävs dessutom dokumenterad direktupphandling"),
        ("Tjänsteresor", "Resor inom Sverige", "Resor utomlands"),
        ("Representation", "Enklare förtäring vid branschrådsmöten, högst 150 kr per person",
         "All övrig representation"),
        ("Extern kommunikation", "Uttala sig om branschrådens arbete",
         "Uttala sig i regionens namn i politiska frågor"),
        ("Avtal", "–", "Samverkansavtal och avsiktsförklaringar (tecknas av avdelningschefen)"),
    ]
    t = d.add_table(rows=2 + len(rows), cols=3)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    a.text = "Ärende"
    b = t.cell(0, 1).merge(t.cell(0, 2))
    b.text = "Beslutsmandat"
    t.cell(1, 1).text = "Får besluta själv"
    t.cell(1, 2).text = "Kräver godkännande av enhetschef"
    for cell in (a, b, t.cell(1, 1), t.cell(1, 2)):
        for r in cell.paragraphs[0].runs:
            r.bold = True
    for i, row in enumerate(rows, start=2):
        for j, v in enumerate(row):
            t.cell(i, j).text = v

    d.add_heading("Kompetenskrav", level=2)
    d.add_paragraph("Krav", style="Heading 3")
    for s in ["Akademisk examen om minst 180 högskolepoäng (hp) inom samhällsvetenskap, pedagogik, "
              "ekonomi eller motsvarande.",
              "Minst tre års erfarenhet av arbete med kompetensförsörjning, arbetsmarknad eller utbildning.",
              "B-körkort, eftersom tjänsten innebär resor i hela länet.",
              "Mycket god förmåga att uttrycka sig i tal och skrift på svenska."]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("Meriterande", style="Heading 3")
    for s in ["Kunskaper i sydsamiska.",
              "Erfarenhet av arbete med statistik enligt SNI och SSYK.",
              "Erfarenhet av EU-finansierade projekt (ESF+ eller ERUF)."]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("Samverkansparter", level=2)
    for s in ["Arbetsförmedlingen, region Mitt", "Mittuniversitetet", "Vuxenutbildningen i länets åtta kommuner",
              "Branschorganisationer och fackliga organisationer i branschråden"]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("Uppföljning", level=2)
    d.add_paragraph("Rollens resultat följs upp mot följande mål:")
    for s in ["Minst 40 företagsbesök per år, varav minst hälften i inlandskommunerna Berg, Bräcke, "
              "Härjedalen, Ragunda och Strömsund.",
              "Minst två möten per termin i vart och ett av de tre branschråden.",
              "En årlig lägesrapport till regionala utvecklingsnämnden (RUN) senast den 15 november.",
              "Kvartalsvis rapportering i ESF-projektets uppföljningssystem."]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("Förkortningar", level=2)
    ab = [("Förkortning", "Betydelse"), ("CRM", "Customer Relationship Management (kundregister)"),
          ("ERUF", "Europeiska regionala utvecklingsfonden"), ("ESF+", "Europeiska socialfonden+"),
          ("hp", "högskolepoäng"), ("RUN", "Regionala utvecklingsnämnden"),
          ("SNI", "Svensk näringsgrensindelning"), ("SSYK", "Standard för svensk yrkesklassificering")]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(ab):
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        if i == 0:
            for cc in cells:
                for r in cc.paragraphs[0].runs:
                    r.bold = True
    for p in d.paragraphs:
        for r in p.runs:
            if r.font.size is None and p.style.name == "Normal":
                r.font.size = Pt(11)
    d.save(path)


# ---------------------------------------------------------------------------
# 5. Överlämningsdokument (Markdown)
# ---------------------------------------------------------------------------

OVERLAMNING_MD = r"""# Överlämning: Näringslivsdata Kronoberg

> **TL;DR** – Projektet löper till 2025-12-31. Det viktigaste just nu: lägesrapporten till
> Tillväxtverket (2025-08-29), förnyelsen av API-nyckeln (går ut 2025-09-30) och slutrapporten
> för Kolada-integrationen (2025-10-31).

**Skriven av:** projektkoordinatorn, Analysenheten, Region Kronoberg · **Datum:** 2025-06-19 ·
**Till:** min efterträdare, som börjar 2025-08-11 · **Min sista arbetsdag före föräldraledigheten:** 2025-06-27

## 1. Om projektet

Näringslivsdata Kronoberg är ett ERUF-finansierat projekt med Region Kronoberg som projektägare. Projektet
bygger en gemensam databas och en Power BI-rapport med företagsstatistik för länets åtta kommuner
(Alvesta, Lessebo, Ljungby, Markaryd, Tingsryd, Uppvidinge, Växjö och Älmhult).

* Projektperiod: 2024-01-01 – 2025-12-31
* Total budget: 1 150 000 kr, varav ERUF 40 procent
* Återstående budget per 2025-05-31: 312 500 kr
* Tillväxtverkets ärendenummer: 20302156

## 2. Status per arbetspaket

| AP | Innehåll | Status | Nästa steg | Deadline |
|----|----------|--------|------------|----------|
| AP1 | Datainsamling (SCB:s FDB, Bolagsverket) | Klart | Kvartalsvis uppdatering | löpande |
| AP2 | Databas och datamodell | Klart | – | – |
| AP3 | Kolada-integration | Pågår (ca 70 %) | Koppla in nyckeltalen för nyföretagande; skriva slutrapport | 2025-10-31 |
| AP4 | Power BI-rapport och utbildning | Pågår | Två utbildningstillfällen för kommunernas näringslivsutvecklare | 2025-11-20 |

## 3. Viktiga datum hösten 2025

- **2025-08-29** – Lägesrapport nr 6 till Tillväxtverket, lämnas i Tillväxtverkets e-tjänst.
- **2025-09-15** – Styrgruppsmöte kl. 13–15 i Regionhuset, Växjö (rum Evedal).
- **2025-09-30** – API-nyckeln går ut, se avsnitt 5.
- **2025-10-31** – Slutrapport för AP3 (Kolada-integrationen) ska vara klar och skickad till styrgruppen.
- **2025-11-20** – Andra utbildningstillfället för näringslivsutvecklarna (digitalt).
- **2025-12-31** – Projektet slutar. Slutrapporten till Tillväxtverket ska vara inlämnad senast 2026-02-28.

## 4. Var ligger allt?

- Projektmapp: `\\rk-fil01\RU\Analys\Naringslivsdata\`
- Databas: `rk-sql03`, databasen `NLD_Kronoberg`
- Power BI-arbetsyta: *RU – Näringslivsdata*
- Teams: teamet *Näringslivsdata Kronoberg*, kanalen *Styrgrupp* (protokoll och kallelser)

## 5. Kända problem

1. **API-nyckeln till Bolagsverkets API går ut 2025-09-30.** Förnya den via IT-servicedesk, ärendekategori
   *Certifikat och nycklar*, minst två veckor innan. Den nya nyckeln läggs in i `config/api_keys.env`
   på `rk-sql03`.
2. **Uppvidinge saknas i Power BI-rapportens karta.** Kommunkoden 0760 mappas fel i kartlagret. Tillfällig
   lösning: använd tabellvyn. Ärendet ligger hos IT med nummer INC-48213.
3. **FDB-leveransen från SCB kommer med eftersläpning.** Leveransen kommer kvartalsvis med ungefär sex veckors
   fördröjning; leveransen för andra kvartalet väntas i mitten av augusti.

## 6. Kontakter

| Roll | Organisation | Kommentar |
|------|--------------|-----------|
| Uppdragsgivare | Region Kronoberg, enhetschef Analys | Godkänner lägesrapporter |
| Styrgruppens ordförande | Växjö kommun, näringslivschef | Vill ha handlingar en vecka före möten |
| Handläggare | Tillväxtverket | Ärende 20302156 |
| Konsult för Kolada-integrationen | Datavis Syd AB | Avtal till och med 2025-10-31 |

<details>
<summary>Så loggar du in på databasen första gången</summary>

1. Beställ behörigheten *NLD-läs* och *NLD-skriv* i behörighetsportalen (chefen godkänner).
2. Vänta på bekräftelse via e-post, normalt inom två arbetsdagar.
3. Anslut med SQL Server Management Studio till `rk-sql03` med Windows-inloggning.

</details>

## 7. Ordlista

- **AP** – arbetspaket
- **ERUF** – Europeiska regionala utvecklingsfonden
- **FDB** – Företagsdatabasen (SCB)
- **RKA** – Rådet för främjande av kommunala analyser, som driver Kolada
"""


# ---------------------------------------------------------------------------
# 6. Husregler (TXT)
# ---------------------------------------------------------------------------

HUSREGLER_TXT = """==========================================================================
                 ORDNINGSREGLER FÖR MALMPORTEN, LULEÅ
   Kontorshus för Region Norrbotten (Regional utveckling), Arbetsförmedlingen
                     och Norrbottens Kommuner
==========================================================================
Adress:          Malmvägen 5, 972 31 Luleå
Fastställda av:  Husrådet 2024-12-10
Gäller från:     2025-01-15 (ersätter ordningsreglerna från 2023-03-01)
--------------------------------------------------------------------------

1. ÖPPETTIDER OCH LARM

   a) Huset är öppet för besökare vardagar 07.00-18.00.
   b) Medarbetare med passerkort och kod har tillträde dygnet runt.
   c) Larmet aktiveras automatiskt kl. 19.00 på vardagar och är påslaget
      hela helgen. Den som arbetar kvar efter 19.00 ska ringa larmcentralen
      på 0920-45 67 00 och anmäla sig.
   d) Sommartid (vecka 27-32) är receptionen öppen 08.00-16.00.


2. PASSERKORT

   a) Passerkort beställs av närmaste chef via husvärden senast tre
      arbetsdagar före första arbetsdagen.
   b) Ett förlorat kort ska genast spärras via receptionen, tfn 0920-45 67 10.
   c) Ersättningskort kostar 350 kr och faktureras den organisation där
      medarbetaren är anställd.
   d) Passerkortet är personligt och får inte lånas ut.


3. GÄSTER

   a) Alla gäster registreras i receptionen och bär gästbricka synligt.
   b) Gäster hämtas i receptionen och följs av sin värd i huset.
   c) Gästnätet heter "Gäst-Malmporten". Lösenordet byts varje måndag och
      finns i receptionen.


4. MÖTESRUM

   Rum            Plan   Platser   Utrustning                   Bokas via
   Storsalen       1       48      Projektor, hörslinga, Teams  Husvärden
   Kirunarummet    2       12      Skärm, Teams                 Outlook
   Piteårummet     2        8      Skärm                        Outlook
   Tystrummet      3        2      -                            Bokas ej

   a) Storsalen får bokas högst 4 timmar per tillfälle.
   b) Avbokning ska ske senast 24 timmar i förväg. Vid sen avbokning av
      Storsalen debiteras 500 kr.
   c) En bokning som inte checkats in inom 15 minuter släpps automatiskt.


5. PARKERING OCH CYKEL

   a) På gården finns 12 parkeringsplatser, varav 4 med laddstolpe.
      Platserna fördelas av husvärden efter ansökan och hyrs enligt separat
      avtal med fastighetsägaren.
   b) Laddplatserna får användas högst 4 timmar per tillfälle dagtid.
   c) Cykelrummet finns i källaren. Koden får du i receptionen.


6. STÄDNING OCH ORDNING

   a) Rent skrivbord: lämna arbetsplatsen tom när du går för dagen.
   b) Köket storstädas varje onsdag 13.00-14.00. Kylskåpen töms på fredagar
      kl. 14.00.
   c) Handlingar med sekretess läggs i de låsta grå papperskärlen.


7. BRAND OCH SÄKERHET

   a) Återsamlingsplats vid utrymning: parkeringen på norra sidan, vid
      flaggstängerna.
   b) Utrymningsövning genomförs minst en gång per år. Nästa övning planeras
      till oktober 2025.
   c) Hjärtstartare finns i receptionen och på plan 3 vid hissen.


8. NYTT I DENNA VERSION (2025)

   - Sommaröppettider i receptionen (punkt 1 d).
   - Obokade och ej incheckade rum släpps efter 15 minuter (punkt 4 c).
   - Avgiften för ersättningskort höjs från 250 kr till 350 kr (punkt 2 c).


9. KONTAKT

   Husvärd:               via receptionen, tfn 0920-45 67 10,
                          vardagar 08.00-16.00
   Felanmälan fastighet:  fastighetsägarens kundtjänst, tfn 0920-45 68 00

--------------------------------------------------------------------------
Frågor om ordningsreglerna besvaras av husrådets ordförande.
"""


def main():
    if len(sys.argv) != 2:
        print(__doc__.split("\n")[2])
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_kvalitetsdeklaration(os.path.join(out, "kvalitetsdeklaration_lansbarometern_halland_2025.pdf"))
    make_pub_avtal(os.path.join(out, "pub_avtal_kompetensmatch_vastmanland.pdf"))
    make_forstudie(os.path.join(out, "forstudie_valideringslots_sormland.pdf"))
    make_rollbeskrivning(os.path.join(out, "rollbeskrivning_kompetensmaklare_jh.docx"))
    with open(os.path.join(out, "overlamning_naringslivsdata_kronoberg.md"), "w", encoding="utf-8") as f:
        f.write(OVERLAMNING_MD)
    with open(os.path.join(out, "husregler_malmporten_lulea.txt"), "w", encoding="utf-8") as f:
        f.write(HUSREGLER_TXT)
    for name in sorted(os.listdir(out)):
        print(name, os.path.getsize(os.path.join(out, name)))


if __name__ == "__main__":
    main()
