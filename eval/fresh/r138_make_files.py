"""r138 test documents - run as: python3 r138_make_files.py OUT_DIR

Writes six invented (but plausible) Swedish documents for a DOCUMENTS test
round of the regional-development / Arbetsförmedlingen assistant.
Only stdlib, reportlab and python-docx are used. All names, figures, case
numbers and organisations' decisions are invented.

1. r138_protokoll_ain_lindesberg_2026-11-18.pdf  (PDF, reportlab, 5 pages)
   Lindesbergs kommun, Arbetsmarknads- och integrationsnämnden,
   SAMMANTRÄDESPROTOKOLL 2026-11-18, §§ 86-92. Layout traits: canvas-drawn
   protocol header on every page (kommun | SAMMANTRÄDESPROTOKOLL | "Sida N(M)",
   second line nämnd | "Sammanträdesdatum 2026-11-18"); first page has the
   classic two-column block WITHOUT rules (Plats och tid / Beslutande /
   Övriga deltagare / Justerare / Justeringens plats och tid / Underskrifter
   with dotted signature lines and "Paragrafer 86-92") and a boxed
   ANSLAG/BEVIS block; every page's footer has two small boxes
   "Justerandes sign" and "Utdragsbestyrkande"; each § starts with a
   two-cell line (§ number | Dnr) and has Ärendebeskrivning /
   Beslutsunderlag / Beslut (plus Yrkanden, Propositionsordning,
   Reservation in § 88 and an återremiss in § 91); a ruled budget table
   (tkr, negative deviation) inside § 87 and an internal-budget table in
   § 88; "Beslutet skickas till" lists; hyphenated justified text.

2. r138_beslut_investeringsstod_region_vastmanland.pdf  (PDF, reportlab, 4 pages)
   Region Västmanland, "Beslut om regionalt investeringsstöd" to an invented
   foundry. Layout traits: a grey LEFT SIDEBAR letterhead on every page
   (logo text, unit, postal/visiting address, phone) that text extraction
   mixes with the body; page 1 has a decision field block (Datum,
   Diarienummer) beside an ADDRESS WINDOW; running header from page 2
   (Region Västmanland | Beslut | Dnr | date) and "Sida N av M" footer;
   key-value table of the decision; conditions numbered "V1"-"V9" as a
   hanging-indent list with sub-points a)-c); a payment-schedule table
   (rekvisition, deadline, max amount); how to appeal; the LAST PAGE is
   LANDSCAPE (Bilaga 1 Kostnads- och finansieringsplan, years as columns).

3. r138_overenskommelse_af_hofors_2027-2028.docx  (DOCX, python-docx + raw XML)
   Lokal överenskommelse (LÖK) between Arbetsförmedlingen and Hofors kommun
   2027-2028. Layout traits: Word header text and footer with PAGE/NUMPAGES
   fields ("Sida X av Y"); manual multi-level numbered headings 1 / 5.1;
   a CONTINUOUS SECTION WITH TWO TEXT COLUMNS for the definitions; a
   side-by-side commitments table (Arbetsförmedlingen åtar sig | Hofors
   kommun åtar sig) with bulleted cell text; a steering-group table; a
   signature table; Bilaga 1 contact table and Bilaga 2 target-value table
   (Utgångsläge okt 2026 | Mål 2027 | Mål 2028).

4. r138_handlaggarstod_forstarkt_arbetstraning.txt  (TXT, UTF-8)
   A page copied from Arbetsförmedlingen's intranet "Vis": navigation noise
   ("Hoppa till huvudinnehåll", breadcrumb "Start > ... >", "Dela  Skriv ut"),
   "Senast uppdaterad | Version | Ägare" line, body HARD-WRAPPED at 70
   characters with words HYPHENATED ACROSS LINE ENDS, "Med X avses"
   definitions, numbered steps with indented sub-bullets, "+ question"
   accordion FAQ, inline link markers "[1]" and a link list at the bottom,
   footer noise.

5. r138_rutin_sus_sf_mellersta_dalsland.md  (Markdown, pandoc flavour)
   Samordningsförbundet Mellersta Dalsland, routine for registration and
   follow-up in SUS. Layout traits: PANDOC TITLE BLOCK ("% title",
   "% author", "% date"), headings with attributes "{#sec-begrepp}", GRID
   TABLES (+---+ borders, "+===+" header separator, multi-line wrapped
   cells) for concepts, responsibilities, the reporting timetable, closing
   codes and key figures 2025; a fenced div note (::: note) and a line block.

6. r138_slutrapport_esf_sprakstegen.pdf  (PDF, reportlab, 5 pages)
   ESF+ project "Språkstegen" (Hallsbergs kommun with Kumla and Laxå),
   SLUTRAPPORT. Layout traits: cover page without header/footer; generated
   table of contents with LEADER DOTS and page numbers; running header
   "Slutrapport Språkstegen | Projekt-ID 2023/00517" and footer with page
   number from page 2; numbered chapters; justified hyphenated text; a
   results table whose column headers are ROTATED 90 degrees with table
   notes (superscript marks 1-2); a budget-vs-outcome table in kr; bullet
   lists of lessons; an abbreviation appendix.
"""
import os
import re
import sys
import textwrap

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT, TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, KeepTogether,
                                Flowable, CondPageBreak)
from reportlab.platypus.tableofcontents import TableOfContents

# ---------------------------------------------------------------- helpers
VOW = "aeiouyåäöéü"
ONSETS = {"pr", "tr", "kr", "br", "dr", "gr", "fr", "pl", "kl", "bl", "fl", "gl", "sk", "st", "sp", "sl", "sm", "sn", "sv", "kv"}


def _hyph_word(w):
    """Crude Swedish hyphenation: soft hyphen before consonant+vowel."""
    if len(w) < 10 or not w.islower():
        return w
    out, last = [], 0
    for i in range(3, len(w) - 3):
        if w[i] not in VOW and w[i + 1] in VOW and w[i - 1] not in " -" \
                and any(c in VOW for c in w[last:i]) and i - last >= 3:
            j = i - 1 if (w[i - 1:i + 1] in ONSETS and i - 1 - last >= 3) else i
            out.append(w[last:j])
            last = j
    out.append(w[last:])
    return "\xad".join(out)


def hy(text):
    """Insert soft hyphens in long words outside markup tags."""
    parts = re.split(r"(<[^>]+>)", text)
    res = []
    for p in parts:
        if p.startswith("<"):
            res.append(p)
        else:
            res.append(re.sub(r"[A-Za-zÅÄÖåäöéü]+", lambda m: _hyph_word(m.group(0)), p))
    return "".join(res)


def make_numbered_canvas(draw_fn):
    """Canvas class that knows the total page count when drawing decorations."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            rl_canvas.Canvas.__init__(self, *a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                draw_fn(self, self._pageNumber, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    return NumberedCanvas


def S(name, **kw):
    base = dict(fontName="Helvetica", fontSize=10, leading=13)
    base.update(kw)
    return ParagraphStyle(name, **base)


# ======================================================================
# 1. Protokoll Lindesberg AIN
# ======================================================================
def make_protokoll(path):
    body = S("pbody", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=5,
             embeddedHyphenation=1, hyphenationLang="sv_SE")
    sub = S("psub", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=5, spaceAfter=2)
    ttl = S("pttl", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=5)
    lab = S("plab", fontName="Helvetica-Bold", fontSize=10, leading=13)
    cell = S("pcell", fontSize=10, leading=13)
    small = S("psmall", fontSize=9, leading=11.5)
    bul = S("pbul", fontSize=10, leading=13, leftIndent=14, bulletIndent=4, spaceAfter=1)

    def header_footer(c, page, total):
        W, H = A4
        c.saveState()
        c.setFont("Helvetica-Bold", 11)
        c.drawString(2.2 * cm, H - 1.5 * cm, "LINDESBERGS KOMMUN")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(11 * cm, H - 1.5 * cm, "SAMMANTRÄDESPROTOKOLL")
        c.setFont("Helvetica", 10)
        c.drawRightString(W - 2 * cm, H - 1.5 * cm, "Sida %d(%d)" % (page, total))
        c.setFont("Helvetica", 9.5)
        c.drawString(2.2 * cm, H - 2.0 * cm, "Arbetsmarknads- och integrationsnämnden")
        c.setFont("Helvetica", 8)
        c.drawString(11 * cm, H - 1.95 * cm, "Sammanträdesdatum")
        c.setFont("Helvetica", 10)
        c.drawString(11 * cm, H - 2.35 * cm, "2026-11-18")
        c.setLineWidth(0.6)
        c.line(2.2 * cm, H - 2.6 * cm, W - 2 * cm, H - 2.6 * cm)
        # footer boxes
        c.setLineWidth(0.5)
        bx = W - 2 * cm - 7.4 * cm
        for i, t in enumerate(["Justerandes sign", "Utdragsbestyrkande"]):
            x = bx + i * 3.8 * cm
            c.rect(x, 1.2 * cm, 3.6 * cm, 1.2 * cm)
            c.setFont("Helvetica", 7)
            c.drawString(x + 0.15 * cm, 2.15 * cm, t)
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2 * cm,
                          topMargin=3.1 * cm, bottomMargin=3 * cm,
                          title="Sammanträdesprotokoll Arbetsmarknads- och integrationsnämnden 2026-11-18",
                          author="Lindesbergs kommun")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])

    story = []
    dots = "......................................................"
    blk = [
        ["Plats och tid", Paragraph("Kommunhuset i Lindesberg, sammanträdesrum Bergslagen, "
                                    "kl. 13.00-16.20<br/>Ajournering kl. 14.45-15.00", cell)],
        ["Beslutande", Paragraph(
            "Anna-Karin Sjöberg (S), ordförande<br/>Mats Eriksson (C), vice ordförande<br/>"
            "Leila Haddad (S)<br/>Per-Olof Granlund (M)<br/>Sofia Lindqvist (SD)<br/>Jonas Ek (V)<br/>"
            "Birgitta Holm (KD), tjänstgörande ersättare för Göran Falk (M)", cell)],
        ["Övriga deltagare", Paragraph(
            "Ersättare: Elin Strand (S), Ahmed Nur (L)<br/>"
            "Karin Wester, förvaltningschef<br/>Tomas Björk, enhetschef arbetsmarknadsenheten<br/>"
            "Maria Öhman, controller, §§ 87-88<br/>Henrik Dahl, Arbetsförmedlingen, § 89<br/>"
            "Lisa Norén, nämndsekreterare", cell)],
        ["Justerare", Paragraph("Per-Olof Granlund (M)", cell)],
        ["Justeringens plats och tid", Paragraph("Kommunhuset, 2026-11-23 kl. 10.00", cell)],
        ["Underskrifter", ""],
        [Paragraph("Sekreterare", cell), Paragraph(dots + "&nbsp;&nbsp;&nbsp;Paragrafer 86-92<br/>Lisa Norén", cell)],
        [Paragraph("Ordförande", cell), Paragraph(dots + "<br/>Anna-Karin Sjöberg", cell)],
        [Paragraph("Justerare", cell), Paragraph(dots + "<br/>Per-Olof Granlund", cell)],
    ]
    blk = [[Paragraph(r[0], lab) if isinstance(r[0], str) else r[0], r[1]] for r in blk]
    t = Table(blk, colWidths=[4.6 * cm, 12.2 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 6), (-1, -1), 12)]))
    story += [Spacer(1, 0.3 * cm), t, Spacer(1, 0.6 * cm)]

    anslag = [
        [Paragraph("<b>ANSLAG/BEVIS</b>", cell), ""],
        [Paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", small), ""],
        [Paragraph("Organ", small), Paragraph("Arbetsmarknads- och integrationsnämnden", small)],
        [Paragraph("Sammanträdesdatum", small), Paragraph("2026-11-18", small)],
        [Paragraph("Datum då anslaget sätts upp", small), Paragraph("2026-11-24", small)],
        [Paragraph("Datum då anslaget tas ned", small), Paragraph("2026-12-16", small)],
        [Paragraph("Förvaringsplats för protokollet", small),
         Paragraph("Kommunledningsförvaltningen, Kommunhuset Lindesberg", small)],
        [Paragraph("Underskrift", small), Paragraph(dots + "<br/>Lisa Norén", small)],
    ]
    a = Table(anslag, colWidths=[5.2 * cm, 11.4 * cm])
    a.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                           ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [a, PageBreak()]

    def para_head(num, dnr, title):
        ht = Table([[Paragraph("<b>§ %d</b>" % num, cell),
                     Paragraph(dnr, S("r", alignment=TA_RIGHT))]], colWidths=[8 * cm, 8.8 * cm])
        ht.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [CondPageBreak(5 * cm), Spacer(1, 0.35 * cm), ht, Paragraph(title, ttl)]

    def P(txt):
        return Paragraph(hy(txt), body)

    def bullets(items):
        return [Paragraph(hy(i), bul, bulletText="\u2022") for i in items]

    def skickas(items):
        return [Paragraph("Beslutet skickas till", sub)] + [Paragraph(i, cell) for i in items]

    def rtable(rows, widths, bold_last=True):
        tb = Table(rows, colWidths=widths, repeatRows=1)
        st = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
              ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
              ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
              ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
              ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
              ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
        if bold_last:
            st += [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                   ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black)]
        tb.setStyle(TableStyle(st))
        return tb

    # § 86
    story += para_head(86, "", "Val av justerare och fastställande av dagordning")
    story += [Paragraph("Beslut", sub),
              P("Arbetsmarknads- och integrationsnämnden beslutar att utse Per-Olof Granlund (M) att "
                "jämte ordföranden justera dagens protokoll. Justering sker i kommunhuset den 23 november "
                "2026 kl. 10.00."),
              P("Dagordningen fastställs med tillägget att ärendet Information om feriearbete 2027 tas upp "
                "som § 92.")]

    # § 87
    story += para_head(87, "Dnr AIN 2026/41", "Budgetuppföljning oktober 2026")
    story += [Paragraph("Ärendebeskrivning", sub),
              P("Förvaltningen har sammanställt budgetuppföljning per den 31 oktober 2026. Prognosen för "
                "helåret visar ett underskott om 1 840 tkr jämfört med nämndens budgetram. Underskottet "
                "förklaras i huvudsak av ökade kostnader för ekonomiskt bistånd. Utbetalt ekonomiskt bistånd "
                "januari-oktober 2026 uppgår till 51,2 mnkr, jämfört med 46,8 mnkr samma period 2025."),
              P("Antalet hushåll som fick ekonomiskt bistånd i oktober 2026 var 412, att jämföra med 376 "
                "hushåll i oktober 2025. Ökningen gäller främst hushåll där den vuxna har varit inskriven hos "
                "Arbetsförmedlingen i mer än två år. Arbetsmarknadsenheten och verksamheten Integration och SFI "
                "redovisar överskott till följd av vakanser och ett högre statsbidrag än budgeterat."),
              Spacer(1, 3),
              Paragraph("<i>Tabell. Prognos per verksamhet 2026, tkr</i>", small),
              rtable([["Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"],
                      ["Nämnd och förvaltningsledning", "4 050", "3 890", "160"],
                      ["Arbetsmarknadsenheten", "30 900", "30 310", "590"],
                      ["Ekonomiskt bistånd", "58 400", "61 250", "-2 850"],
                      ["Integration och SFI", "20 250", "19 990", "260"],
                      ["Summa", "113 600", "115 440", "-1 840"]],
                     [6.6 * cm, 3.2 * cm, 3.2 * cm, 3 * cm]),
              Spacer(1, 4),
              Paragraph("Beslutsunderlag", sub),
              Paragraph("Tjänsteskrivelse, förvaltningschef Karin Wester, 2026-11-04<br/>"
                        "Budgetuppföljning oktober 2026, Arbetsmarknads- och integrationsnämnden", cell),
              Paragraph("Beslut", sub),
              P("Arbetsmarknads- och integrationsnämnden beslutar att godkänna budgetuppföljningen per "
                "oktober 2026."),
              P("Förvaltningen får i uppdrag att till nämndens sammanträde den 17 februari 2027 redovisa en "
                "åtgärdsplan för en ekonomi i balans, med särskilt fokus på att korta tiden med ekonomiskt "
                "bistånd för hushåll med arbetslöshet som försörjningshinder.")]
    story += skickas(["Kommunstyrelsen", "Ekonomienheten", "Förvaltningschef"])

    # § 88
    story += para_head(88, "Dnr AIN 2026/58", "Internbudget 2027")
    story += [Paragraph("Ärendebeskrivning", sub),
              P("Kommunfullmäktige fastställde den 27 oktober 2026 nämndens budgetram för 2027 till 118,4 "
                "mnkr. Förvaltningen föreslår att ramen fördelas enligt tabellen nedan. Förslaget innebär en "
                "förstärkning av ekonomiskt bistånd med 3,5 mnkr jämfört med budget 2026 och att "
                "arbetsmarknadsenheten får i uppdrag att ta emot minst 40 deltagare i kommunala "
                "anställningar med stöd under året."),
              Spacer(1, 3),
              Paragraph("<i>Tabell. Förslag till internbudget 2027, tkr</i>", small),
              rtable([["Verksamhet", "Budget 2027"],
                      ["Nämnd och förvaltningsledning", "4 200"],
                      ["Arbetsmarknadsenheten", "31 600"],
                      ["Ekonomiskt bistånd", "61 900"],
                      ["Integration och SFI", "20 700"],
                      ["Summa", "118 400"]],
                     [6.6 * cm, 3.2 * cm]),
              Spacer(1, 4),
              Paragraph("Yrkanden", sub),
              P("Ordföranden Anna-Karin Sjöberg (S) yrkar bifall till förvaltningens förslag."),
              P("Sofia Lindqvist (SD) yrkar att anslaget till Integration och SFI minskas med 1,5 mnkr och "
                "att motsvarande belopp förs till arbetsmarknadsenheten."),
              Paragraph("Propositionsordning", sub),
              P("Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller förvaltningens "
                "förslag."),
              Paragraph("Beslutsunderlag", sub),
              Paragraph("Tjänsteskrivelse, controller Maria Öhman, 2026-11-05<br/>"
                        "Kommunfullmäktige § 143/2026, Budget 2027 och plan 2028-2029", cell),
              Paragraph("Beslut", sub),
              P("Arbetsmarknads- och integrationsnämnden beslutar att fastställa internbudget 2027 enligt "
                "förvaltningens förslag, med en total ram om 118 400 tkr."),
              Paragraph("Reservation", sub),
              P("Sofia Lindqvist (SD) reserverar sig mot beslutet till förmån för eget yrkande.")]
    story += skickas(["Ekonomienheten", "Förvaltningschef"])

    # § 89
    story += para_head(89, "Dnr AIN 2026/63", "Lokal överenskommelse med Arbetsförmedlingen 2027-2028")
    story += [Paragraph("Ärendebeskrivning", sub),
              P("Kommunen och Arbetsförmedlingen har sedan 2023 en lokal överenskommelse om samverkan. "
                "Den nuvarande överenskommelsen löper ut den 31 december 2026. Henrik Dahl, "
                "Arbetsförmedlingen, informerar om förslaget till ny överenskommelse för 2027-2028. "
                "Förslaget pekar ut tre prioriterade grupper:"),
              ] + bullets(["unga 18-24 år som saknar gymnasieexamen,",
                           "utrikes födda kvinnor med kort utbildning,",
                           "personer som har varit inskrivna hos Arbetsförmedlingen i mer än 24 månader."]) + [
              P("Parterna ska gemensamt följa upp överenskommelsen två gånger per år. En gemensam "
                "styrgrupp med förvaltningschef och sektionschef på Arbetsförmedlingen leder arbetet."),
              Paragraph("Beslutsunderlag", sub),
              Paragraph("Tjänsteskrivelse, enhetschef Tomas Björk, 2026-11-02<br/>"
                        "Förslag till lokal överenskommelse 2027-2028", cell),
              Paragraph("Beslut", sub),
              P("Arbetsmarknads- och integrationsnämnden beslutar att ställa sig bakom förslaget till lokal "
                "överenskommelse med Arbetsförmedlingen för 2027-2028 och att överlämna ärendet till "
                "kommunstyrelsen för beslut om undertecknande.")]
    story += skickas(["Kommunstyrelsen", "Arbetsförmedlingen, Lindesberg"])

    # § 90
    story += para_head(90, "Dnr AIN 2026/66",
                       "Ansökan till Samordningsförbundet Bergslagsbygden - insatsen Steg framåt")
    story += [Paragraph("Ärendebeskrivning", sub),
              P("Förvaltningen föreslår att nämnden ansöker om medel från Samordningsförbundet "
                "Bergslagsbygden för insatsen Steg framåt. Insatsen riktar sig till personer 20-40 år "
                "med långvarigt ekonomiskt bistånd som har behov av samordnade insatser från kommunen, "
                "Försäkringskassan, Arbetsförmedlingen och regionen. Insatsen planeras för 30 deltagare per "
                "år och bemannas med två arbetsmarknadskonsulenter och en halvtidsanställd "
                "arbetsterapeut."),
              Paragraph("Beslutsunderlag", sub),
              Paragraph("Tjänsteskrivelse, enhetschef Tomas Björk, 2026-11-06<br/>"
                        "Ansökan Steg framåt, utkast 2026-11-06", cell),
              Paragraph("Beslut", sub),
              P("Arbetsmarknads- och integrationsnämnden beslutar att ansöka om 1 250 000 kronor från "
                "Samordningsförbundet Bergslagsbygden för insatsen Steg framåt för perioden 1 mars 2027 - "
                "28 februari 2029."),
              P("Nämnden åtar sig att medfinansiera insatsen med personal motsvarande 0,5 årsarbetare "
                "under projektperioden.")]
    story += skickas(["Samordningsförbundet Bergslagsbygden", "Arbetsmarknadsenheten"])

    # § 91
    story += para_head(91, "Dnr AIN 2026/37", "Revidering av riktlinjer för ekonomiskt bistånd")
    story += [Paragraph("Ärendebeskrivning", sub),
              P("Nämndens riktlinjer för ekonomiskt bistånd antogs 2022. Förvaltningen har tagit fram ett "
                "förslag till reviderade riktlinjer som bland annat innebär att krav på aktivitet ställs "
                "redan från första ansökningsdagen, att ansökan om bistånd till tandvård ska föregås av ett "
                "kostnadsförslag och att hemförsäkring ingår i riksnormen även för hushåll utan barn. "
                "Förslaget föreslås gälla från den 1 januari 2027."),
              Paragraph("Yrkanden", sub),
              P("Jonas Ek (V) yrkar att ärendet återremitteras till förvaltningen för att kompletteras med "
                "en konsekvensanalys ur ett barnrättsperspektiv. Leila Haddad (S) och Mats Eriksson (C) "
                "yrkar bifall till återremissyrkandet."),
              Paragraph("Beslutsunderlag", sub),
              Paragraph("Tjänsteskrivelse, förvaltningschef Karin Wester, 2026-10-28<br/>"
                        "Förslag till riktlinjer för ekonomiskt bistånd, version 2026-10-28", cell),
              Paragraph("Beslut", sub),
              P("Arbetsmarknads- och integrationsnämnden beslutar att återremittera ärendet till "
                "förvaltningen för att kompletteras med en konsekvensanalys ur ett barnrättsperspektiv. "
                "Ärendet ska återkomma till nämnden senast vid sammanträdet den 17 februari 2027."),
              P("Nuvarande riktlinjer gäller till dess att nya riktlinjer har antagits.")]
    story += skickas(["Förvaltningschef", "Enheten för ekonomiskt bistånd"])

    # § 92
    story += para_head(92, "Dnr AIN 2026/70", "Information om feriearbete 2027")
    story += [Paragraph("Ärendebeskrivning", sub),
              P("Tomas Björk informerar om planeringen av feriearbete sommaren 2027. Förvaltningen "
                "planerar för 160 feriearbetsplatser, jämfört med 145 platser sommaren 2026. Feriearbetet "
                "omfattar tre perioder om tre veckor och 6 timmar per dag. Målgruppen är ungdomar födda "
                "2010 och 2011 som är folkbokförda i kommunen."),
              P("Ansökan öppnar den 1 mars 2027 och stänger den 31 mars 2027. Lönen föreslås uppgå till "
                "82 kronor per timme inklusive semesterersättning. Förvaltningen undersöker möjligheten "
                "att erbjuda 20 av platserna hos privata arbetsgivare i samarbete med "
                "Företagarna Lindesberg."),
              Paragraph("Beslut", sub),
              P("Arbetsmarknads- och integrationsnämnden beslutar att lägga informationen till "
                "handlingarna.")]
    doc.build(story, canvasmaker=make_numbered_canvas(header_footer))


# ======================================================================
# 2. Beslut om regionalt investeringsstöd, Region Västmanland
# ======================================================================
def make_beslut(path):
    body = S("bbody", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6,
             embeddedHyphenation=1, hyphenationLang="sv_SE")
    h1 = S("bh1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8, spaceBefore=6)
    h2 = S("bh2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=9, spaceAfter=4,
           keepWithNext=1)
    cell = S("bcell", fontSize=9.5, leading=12)
    cellb = S("bcellb", fontName="Helvetica-Bold", fontSize=9.5, leading=12)
    vstyle = S("bv", fontSize=10, leading=13.5, leftIndent=1.0 * cm, firstLineIndent=-1.0 * cm,
               spaceAfter=5, alignment=TA_JUSTIFY, embeddedHyphenation=1)
    vsub = S("bvs", fontSize=10, leading=13.5, leftIndent=1.6 * cm, firstLineIndent=-0.6 * cm, spaceAfter=2)

    SIDEBAR = 4.3 * cm

    def deco(c, page, total):
        W, H = c._pagesize
        c.saveState()
        c.setFillColor(colors.HexColor("#E6EBEF"))
        c.rect(0, 0, SIDEBAR, H, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#0B4F6C"))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(0.7 * cm, H - 2.0 * cm, "Region")
        c.drawString(0.7 * cm, H - 2.55 * cm, "Västmanland")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#333333"))
        y = 6.2 * cm
        for line in ["Regional utveckling", "Enheten för näringsliv", "och innovation", "",
                     "Postadress", "Region Västmanland", "721 89 Västerås", "",
                     "Besöksadress", "Sigurdsgatan 22, Västerås", "",
                     "Telefon 021-17 30 00", "regionvastmanland.se"]:
            c.drawString(0.7 * cm, y, line)
            y -= 0.36 * cm
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8.5)
        if page > 1:
            c.drawString(SIDEBAR + 1.0 * cm, H - 1.3 * cm,
                         "Region Västmanland  |  Beslut  |  RV 2026-0412  |  2026-10-29")
            c.setLineWidth(0.4)
            c.line(SIDEBAR + 1.0 * cm, H - 1.45 * cm, W - 1.6 * cm, H - 1.45 * cm)
        c.drawRightString(W - 1.6 * cm, 1.0 * cm, "Sida %d av %d" % (page, total))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="Beslut om regionalt investeringsstöd RV 2026-0412",
                          author="Region Västmanland")
    W, H = A4
    fp = Frame(SIDEBAR + 1.0 * cm, 2.0 * cm, W - SIDEBAR - 2.6 * cm, H - 3.8 * cm, id="fp")
    LW, LH = landscape(A4)
    fl = Frame(SIDEBAR + 1.0 * cm, 1.8 * cm, LW - SIDEBAR - 2.6 * cm, LH - 3.6 * cm, id="fl")
    doc.addPageTemplates([PageTemplate(id="port", frames=[fp], pagesize=A4),
                          PageTemplate(id="land", frames=[fl], pagesize=landscape(A4))])

    def P(t):
        return Paragraph(hy(t), body)

    story = []
    left = Paragraph("<font size=14><b>BESLUT</b></font><br/><br/>Datum<br/><b>2026-10-29</b><br/>"
                     "Diarienummer<br/><b>RV 2026-0412</b><br/><br/>Handläggare<br/>Emma Forsberg<br/>"
                     "021-17 45 12", cell)
    right = Paragraph("Kolbäcks Gjuteriteknik AB<br/>Att: Maria Lundh<br/>Bruksvägen 14<br/>734 32 Kolbäck",
                      S("addr", fontSize=10.5, leading=14))
    top = Table([[left, right]], colWidths=[6.3 * cm, 6.6 * cm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (1, 0), (1, 0), 40)]))
    story += [top, Spacer(1, 0.8 * cm), Paragraph("Beslut om regionalt investeringsstöd", h1)]

    kv = [["Stödmottagare", "Kolbäcks Gjuteriteknik AB, org.nr 556812-4471"],
          ["Investering", "Automatiserad kärnmakeri och energieffektiv induktionsugn"],
          ["Ansökan inkom", "2026-06-12"],
          ["Stödform", "Regionalt investeringsstöd enligt förordningen (2015:211) om statligt "
                       "stöd till regionala investeringar"],
          ["Beviljat stöd", "högst 2 340 000 kronor"],
          ["Stödberättigande kostnader", "11 700 000 kronor"],
          ["Stödandel", "20 procent av de stödberättigande kostnaderna"],
          ["Projektperiod", "2026-07-01 - 2028-06-30"],
          ["Sista dag för slutrekvisition", "2028-09-30"]]
    kt = Table([[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in kv], colWidths=[4.4 * cm, 8.5 * cm])
    kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F4F6")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [kt, Spacer(1, 6)]
    story += [Paragraph("Beslut", h2),
              P("Region Västmanland beviljar Kolbäcks Gjuteriteknik AB regionalt investeringsstöd med högst "
                "2 340 000 kronor, vilket motsvarar 20 procent av de stödberättigande kostnaderna. Stödet "
                "lämnas för investering i en automatiserad kärnmakeri och en energieffektiv induktionsugn "
                "vid företagets anläggning i Kolbäck, Hallstahammars kommun. Stödet lämnas på de villkor "
                "som anges i detta beslut och i bilaga 1."),
              Paragraph("Motivering", h2),
              P("Investeringen bedöms stärka företagets konkurrenskraft och minska energianvändningen i "
                "gjuteriet med cirka 30 procent per producerat ton. Företaget är ett litet företag enligt "
                "EU:s definition och investeringen avser en väsentlig förändring av produktionsprocessen. "
                "Ansökan har inkommit innan arbetet med investeringen påbörjades och uppfyller därmed "
                "kravet på stimulanseffekt. Projektet ligger i linje med den regionala "
                "utvecklingsstrategins prioritering om en hållbar och konkurrenskraftig industri."),
              P("Region Västmanland har vid bedömningen beaktat att företaget redovisar en "
                "finansieringsplan där de egna medlen uppgår till 5 360 000 kronor och ett lån från Almi "
                "Företagspartner Mälardalen om 4 000 000 kronor. Det sökta beloppet var 2 925 000 "
                "kronor (25 procent). Regionen har beviljat en lägre stödandel med hänsyn till "
                "regionens prioriteringar och tillgängliga medel för 2026-2028.")]

    story += [Paragraph("Villkor för stödet", h2),
              P("Följande villkor gäller för stödet. Om villkoren inte följs kan Region Västmanland besluta "
                "att stödet inte betalas ut eller att utbetalt stöd ska betalas tillbaka.")]
    conds = [
        ("V1", "Investeringen ska vara genomförd senast 2028-06-30 och slutrekvisition med slutrapport "
               "ska ha kommit in till Region Västmanland senast 2028-09-30. Rekvisition som kommer in "
               "senare behandlas inte.", []),
        ("V2", "Investeringen ska finnas kvar och användas i verksamheten i Västmanlands län i minst tre år "
               "efter att den slutförts.", []),
        ("V3", "Minst 25 procent av de stödberättigande kostnaderna ska finansieras med medel som inte "
               "innehåller något offentligt stöd.", []),
        ("V4", "Vid inköp ska stödmottagaren kunna visa att affärsmässighet har iakttagits:",
         ["a) vid inköp över 100 000 kronor ska minst tre skriftliga offerter ha begärts in,",
          "b) offerterna och en motivering till valet av leverantör ska sparas,",
          "c) inköp från närstående företag är inte stödberättigande."]),
        ("V5", "En lägesrapport ska lämnas senast 2027-03-31. Slutrapporten ska lämnas tillsammans med "
               "slutrekvisitionen och beskriva investeringens genomförande och effekter på "
               "energianvändningen.", []),
        ("V6", "Väsentliga ändringar av investeringen, tidsplanen eller finansieringen ska godkännas av "
               "Region Västmanland i förväg. Ansökan om ändring ska göras skriftligt.", []),
        ("V7", "Stödet betalas ut i efterskott mot redovisade och betalda kostnader, högst tre gånger "
               "enligt utbetalningsplanen nedan. Minst 10 procent av det beviljade stödet betalas ut "
               "först när slutrapporten har godkänts.", []),
        ("V8", "Stödmottagaren ska bevara underlag för kostnaderna i minst tio år efter det att stödet "
               "beviljades och på begäran lämna dem till Region Västmanland, Tillväxtverket eller "
               "Ekonomistyrningsverket.", []),
        ("V9", "Stödmottagaren ska informera om att investeringen har fått stöd från Region Västmanland, "
               "till exempel på företagets webbplats.", []),
    ]
    for n, txt, subs in conds:
        story.append(Paragraph("<b>%s</b>\u00a0\u00a0%s" % (n, hy(txt)), vstyle))
        for s_ in subs:
            story.append(Paragraph(s_, vsub))

    story += [Paragraph("Utbetalningsplan", h2)]
    ut = [["Rekvisition", "Ska ha kommit in senast", "Högst belopp, kr"],
          ["Rekvisition 1", "2027-03-31", "900 000"],
          ["Rekvisition 2", "2027-12-15", "1 206 000"],
          ["Slutrekvisition", "2028-09-30", "234 000"],
          ["Summa", "", "2 340 000"]]
    utt = Table(ut, colWidths=[4.2 * cm, 4.6 * cm, 4.1 * cm])
    utt.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                             ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
                             ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9.5),
                             ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D5E3EA")),
                             ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    story += [utt, Spacer(1, 4),
              Paragraph("Slutrekvisitionens belopp motsvarar de 10 procent som hålls inne enligt villkor V7.",
                        S("note", fontSize=8.5, leading=11, fontName="Helvetica-Oblique")),
              Paragraph("Hur man överklagar", h2),
              P("Beslutet kan överklagas hos Förvaltningsrätten i Uppsala. Överklagandet ska vara skriftligt "
                "och skickas till Region Västmanland, Regional utveckling, 721 89 Västerås. Det ska ha "
                "kommit in inom tre veckor från den dag då ni fick del av beslutet. Ange vilket beslut som "
                "överklagas (diarienummer RV 2026-0412), vilken ändring ni vill ha och varför."),
              Paragraph("Beslutsfattare", h2),
              P("Beslut i detta ärende har fattats av enhetschef Johan Sandberg. Handläggare Emma Forsberg "
                "har varit föredragande."),
              Spacer(1, 0.6 * cm),
              Paragraph("Johan Sandberg<br/>Enhetschef, Enheten för näringsliv och innovation", cell),
              Spacer(1, 0.4 * cm),
              Paragraph("<b>Bilaga</b><br/>1. Kostnads- och finansieringsplan", cell),
              Spacer(1, 0.2 * cm),
              Paragraph("<b>Kopia till</b><br/>Tillväxtverket<br/>Hallstahammars kommun, näringslivsenheten", cell),
              NextPageTemplate("land"), PageBreak()]

    # landscape appendix
    story += [Paragraph("Bilaga 1 Kostnads- och finansieringsplan, RV 2026-0412", h1),
              Paragraph("Godkända stödberättigande kostnader och finansiering per år, kronor.", cell),
              Spacer(1, 8)]
    cp = [["Kostnadsslag", "2026", "2027", "2028", "Totalt"],
          ["Maskiner och inventarier", "3 200 000", "5 100 000", "900 000", "9 200 000"],
          ["Byggnader och installation", "0", "1 600 000", "400 000", "2 000 000"],
          ["Konsulttjänster (projektering)", "250 000", "250 000", "0", "500 000"],
          ["Summa kostnader", "3 450 000", "6 950 000", "1 300 000", "11 700 000"],
          ["Finansiering", "", "", "", ""],
          ["Regionalt investeringsstöd", "", "", "", "2 340 000"],
          ["Egna medel", "", "", "", "5 360 000"],
          ["Lån, Almi Företagspartner Mälardalen", "", "", "", "4 000 000"],
          ["Summa finansiering", "", "", "", "11 700 000"]]
    cpt = Table(cp, colWidths=[7.6 * cm, 3.3 * cm, 3.3 * cm, 3.3 * cm, 3.6 * cm])
    cpt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                             ("FONT", (0, 4), (-1, 5), "Helvetica-Bold", 10),
                             ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 10),
                             ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D5E3EA")),
                             ("BACKGROUND", (0, 5), (-1, 5), colors.HexColor("#D5E3EA")),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                             ("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
    story += [cpt, Spacer(1, 10),
              Paragraph("Stödet beräknas på faktiskt redovisade och betalda kostnader. Om de "
                        "stödberättigande kostnaderna blir lägre än 11 700 000 kronor minskas stödet i "
                        "motsvarande mån (20 procent av redovisade kostnader). Om kostnaderna blir högre "
                        "ökar inte stödet. Omfördelning mellan kostnadsslagen med högst 15 procent får "
                        "göras utan särskilt godkännande.", body)]
    doc.build(story, canvasmaker=make_numbered_canvas(deco))


# ======================================================================
# 3. DOCX: Lokal överenskommelse Arbetsförmedlingen - Hofors kommun
# ======================================================================
def make_lok(path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.core_properties.title = "Lokal överenskommelse Arbetsförmedlingen - Hofors kommun 2027-2028"
    d.core_properties.author = "Arbetsförmedlingen Gästrikland"
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)

    hp = sec.header.paragraphs[0]
    hp.text = "Lokal överenskommelse Arbetsförmedlingen – Hofors kommun 2027–2028\tAf-2026/0081234"
    hp.runs[0].font.size = Pt(8.5)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def add_field(par, instr):
        r = par.add_run()
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
        r2 = par.add_run()
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
        r3 = par.add_run()
        s_ = OxmlElement("w:fldChar"); s_.set(qn("w:fldCharType"), "separate"); r3._r.append(s_)
        r4 = par.add_run("1")
        r5 = par.add_run()
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)

    fp.add_run("Sida ")
    add_field(fp, " PAGE ")
    fp.add_run(" av ")
    add_field(fp, " NUMPAGES ")

    def set_cols(section, n):
        sp = section._sectPr
        cols = sp.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols"); sp.append(cols)
        cols.set(qn("w:num"), str(n)); cols.set(qn("w:space"), "567")

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill); tcPr.append(shd)

    def H(text, lvl=1):
        d.add_heading(text, level=lvl)

    def para(text, bold_prefix=None):
        p = d.add_paragraph()
        if bold_prefix:
            p.add_run(bold_prefix).bold = True
        p.add_run(text)
        return p

    t = d.add_paragraph()
    r = t.add_run("Lokal överenskommelse om samverkan för arbete och kompetensförsörjning")
    r.bold = True; r.font.size = Pt(18)
    para("mellan Arbetsförmedlingen och Hofors kommun för perioden 2027-01-01 – 2028-12-31")
    para("Arbetsförmedlingens diarienummer: Af-2026/0081234\nHofors kommuns diarienummer: KS 2026/214\n"
         "Version: Slutlig, 2026-11-27")

    H("1 Parter")
    para("Denna överenskommelse har träffats mellan Arbetsförmedlingen, org.nr 202100-2114, genom "
         "sektion Gästrikland, och Hofors kommun, org.nr 212000-2270, genom kommunstyrelsen. "
         "Överenskommelsen kallas nedan LÖK.")

    H("2 Bakgrund och syfte")
    para("Arbetslösheten i Hofors kommun är högre än genomsnittet i Gävleborgs län. I oktober 2026 var "
         "9,8 procent av den registerbaserade arbetskraften 16–64 år inskrivna som arbetslösa hos "
         "Arbetsförmedlingen. Samtidigt har kommunens egna verksamheter och det lokala näringslivet, "
         "främst stålindustrin och vård och omsorg, svårt att rekrytera.")
    para("Syftet med överenskommelsen är att parterna, utifrån sina respektive uppdrag, ska samverka så att "
         "fler arbetssökande i Hofors kommun kommer i arbete eller studier och att arbetsgivarnas behov av "
         "kompetens tillgodoses. Överenskommelsen ersätter den tidigare överenskommelsen för 2024–2026.")

    H("3 Definitioner")
    para("I denna överenskommelse används följande begrepp.")
    # two-column continuous section for definitions
    s2 = d.add_section(WD_SECTION.CONTINUOUS)
    set_cols(s2, 2)
    defs = [("Gemensam målgrupp", "Med gemensam målgrupp avses personer som är inskrivna hos "
             "Arbetsförmedlingen och som samtidigt tar del av kommunens arbetsmarknadsinsatser, "
             "vuxenutbildning eller ekonomiskt bistånd."),
            ("Långtidsinskriven", "Med långtidsinskriven avses en person som har varit inskriven som "
             "arbetssökande hos Arbetsförmedlingen utan avbrott längre än 30 dagar i mer än 12 månader."),
            ("Unga utan fullständig gymnasieutbildning", "Med unga avses personer 18–24 år. Med "
             "fullständig gymnasieutbildning avses gymnasieexamen eller motsvarande."),
            ("Kommunal arbetsmarknadsinsats", "Insats som kommunen anordnar på egen bekostnad, till "
             "exempel arbetsträning i kommunens verksamheter, studie- och yrkesvägledning eller "
             "jobbcoachning vid Jobbcenter Hofors."),
            ("Gemensam lägesbild", "En sammanställning som parterna tar fram tillsammans av statistik om "
             "arbetslöshet, deltagare och resultat, samt en bedömning av behoven framåt."),
            ("Anställning med stöd", "Anställning där arbetsgivaren får ekonomiskt stöd från "
             "Arbetsförmedlingen, till exempel introduktionsjobb, nystartsjobb eller lönestöd.")]
    for term, txt in defs:
        p = d.add_paragraph()
        p.add_run(term + ". ").bold = True
        p.add_run(txt)
    s3 = d.add_section(WD_SECTION.CONTINUOUS)
    set_cols(s3, 1)

    H("4 Prioriterade målgrupper")
    para("Parterna är överens om att samverkan under 2027–2028 ska prioritera följande grupper:")
    for i, g in enumerate(["unga 18–24 år utan fullständig gymnasieutbildning,",
                           "utrikes födda kvinnor som har varit inskrivna hos Arbetsförmedlingen i mer än sex "
                           "månader,",
                           "långtidsinskrivna som uppbär ekonomiskt bistånd."], 1):
        d.add_paragraph("4.%d %s" % (i, g))

    H("5 Parternas åtaganden")
    para("Parternas åtaganden framgår av tabellen nedan. Varje part ansvarar för att åtagandena är "
         "förenliga med partens eget uppdrag och regelverk.")
    tb = d.add_table(rows=2, cols=2)
    tb.style = "Table Grid"
    hdr = tb.rows[0].cells
    hdr[0].text = "Arbetsförmedlingen åtar sig att"
    hdr[1].text = "Hofors kommun åtar sig att"
    for c in hdr:
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E2F3")
    af = ["anvisa deltagare ur de prioriterade grupperna till kommunens arbetsmarknadsinsatser när det "
          "bedöms leda till arbete eller studier,",
          "informera om anställningar med stöd och lämna beslut om stöd inom tio arbetsdagar från "
          "komplett ansökan,",
          "delta med en handläggare på plats i Jobbcenter Hofors två dagar per vecka,",
          "ta fram statistik till den gemensamma lägesbilden."]
    km = ["ta emot minst 30 personer per år i anställning med stöd i kommunens verksamheter,",
          "erbjuda studie- och yrkesvägledning inom fem arbetsdagar för personer i målgrupp 4.1,",
          "erbjuda yrkesutbildning inom komvux med språkstöd i vård och omsorg samt industri,",
          "upplåta lokal för Arbetsförmedlingens handläggare i Jobbcenter Hofors utan kostnad."]
    for ci, items in enumerate([af, km]):
        cellx = tb.rows[1].cells[ci]
        cellx.paragraphs[0].text = "• " + items[0]
        for it in items[1:]:
            cellx.add_paragraph("• " + it)

    H("6 Organisation och styrning")
    H("6.1 Styrgrupp", 2)
    para("Överenskommelsen leds av en gemensam styrgrupp. Styrgruppen sammanträder fyra gånger per år, i "
         "mars, juni, september och december. Ordförandeskapet växlar: Arbetsförmedlingen är ordförande "
         "2027 och Hofors kommun 2028.")
    sg = d.add_table(rows=1, cols=3)
    sg.style = "Table Grid"
    for c, tx in zip(sg.rows[0].cells, ["Namn", "Funktion", "Organisation"]):
        c.text = tx; c.paragraphs[0].runs[0].bold = True; shade(c, "D9E2F3")
    for row in [("Cecilia Berg", "Sektionschef", "Arbetsförmedlingen Gästrikland"),
                ("Jonas Åkerlund", "Enhetschef", "Arbetsförmedlingen Sandviken–Hofors"),
                ("Anders Nyqvist", "Kommundirektör", "Hofors kommun"),
                ("Maria Ström", "Förvaltningschef, Arbete och lärande", "Hofors kommun")]:
        cs = sg.add_row().cells
        for c, tx in zip(cs, row):
            c.text = tx
    H("6.2 Arbetsgrupp", 2)
    para("En operativ arbetsgrupp med handläggare och arbetsmarknadskonsulenter från båda parter träffas "
         "varannan vecka och ansvarar för anvisningar, uppföljning av enskilda deltagare och för att "
         "lyfta hinder till styrgruppen. Kontaktpersoner framgår av bilaga 1.")

    H("7 Uppföljning")
    para("Parterna tar fram en gemensam lägesbild två gånger per år, senast den 31 maj och den 30 november. "
         "Lägesbilden redovisas för styrgruppen och för kommunstyrelsens arbetsutskott. Målvärdena i bilaga 2 "
         "följs upp i lägesbilden. En slutlig utvärdering av överenskommelsen ska vara klar senast "
         "den 30 september 2028 och ligga till grund för beslut om en eventuell ny överenskommelse.")

    H("8 Ekonomi")
    para("Varje part bär sina egna kostnader för genomförandet av överenskommelsen. Överenskommelsen "
         "innebär inte någon överföring av medel mellan parterna. Gemensamma aktiviteter, till exempel "
         "rekryteringsträffar, finansieras efter överenskommelse i styrgruppen.")

    H("9 Giltighetstid, ändring och uppsägning")
    para("Överenskommelsen gäller från och med den 1 januari 2027 till och med den 31 december 2028. "
         "Ändringar och tillägg ska vara skriftliga och undertecknade av båda parter. Vardera parten får "
         "säga upp överenskommelsen med tre månaders uppsägningstid. Om Arbetsförmedlingens uppdrag "
         "ändras genom regeringsbeslut ska överenskommelsen omförhandlas.")

    H("10 Underskrifter")
    para("Denna överenskommelse har upprättats i två likalydande exemplar, av vilka parterna tagit var sitt.")
    sig = d.add_table(rows=4, cols=2)
    vals = [("För Arbetsförmedlingen", "För Hofors kommun"),
            ("Ort och datum: Gävle 2026-12-", "Ort och datum: Hofors 2026-12-"),
            ("………………………………………", "………………………………………"),
            ("Cecilia Berg, sektionschef", "Lena Sundin, kommunstyrelsens ordförande")]
    for ri, (a_, b_) in enumerate(vals):
        sig.rows[ri].cells[0].text = a_
        sig.rows[ri].cells[1].text = b_
    for c in sig.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True

    d.add_page_break()
    H("Bilaga 1 Kontaktpersoner")
    kt = d.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for c, tx in zip(kt.rows[0].cells, ["Roll", "Namn", "Telefon", "E-post"]):
        c.text = tx; c.paragraphs[0].runs[0].bold = True; shade(c, "D9E2F3")
    for row in [("Samordnare, Arbetsförmedlingen", "Pia Hedlund", "010-487 52 10",
                 "pia.hedlund@arbetsformedlingen.se"),
                ("Samordnare, Hofors kommun", "Erik Olofsson", "0290-291 45", "erik.olofsson@hofors.se"),
                ("Studie- och yrkesvägledare", "Fatima Yousef", "0290-291 88", "fatima.yousef@hofors.se"),
                ("Handläggare på Jobbcenter", "Johan Krantz", "010-487 53 66",
                 "johan.krantz@arbetsformedlingen.se")]:
        cs = kt.add_row().cells
        for c, tx in zip(cs, row):
            c.text = tx

    H("Bilaga 2 Gemensamma målvärden 2027 och 2028")
    para("Målvärdena avser Hofors kommun. Utgångsläget avser oktober 2026 om inte annat anges.")
    mt = d.add_table(rows=1, cols=4)
    mt.style = "Table Grid"
    for c, tx in zip(mt.rows[0].cells, ["Indikator", "Utgångsläge okt 2026", "Mål 2027", "Mål 2028"]):
        c.text = tx; c.paragraphs[0].runs[0].bold = True; shade(c, "D9E2F3")
    for row in [("Inskrivna arbetslösa, andel av registerbaserad arbetskraft 16–64 år", "9,8 %", "9,0 %", "8,2 %"),
                ("Unga 18–24 år inskrivna i mer än 90 dagar, antal", "64", "50", "40"),
                ("Personer i anställning med stöd i kommunens verksamheter, antal", "22", "30", "35"),
                ("Deltagare som påbörjar yrkesutbildning inom komvux via samverkan, antal per år",
                 "38 (2026)", "45", "55"),
                ("Långtidsinskrivna med ekonomiskt bistånd, antal hushåll", "118", "105", "95")]:
        cs = mt.add_row().cells
        for c, tx in zip(cs, row):
            c.text = tx
    para("Målvärdena för 2028 kan revideras av styrgruppen efter den gemensamma lägesbilden i november 2027.")
    d.save(path)


# ======================================================================
# 4. TXT: Handläggarstöd förstärkt arbetsträning (web copy)
# ======================================================================
def _wrap_hyph(text, width=70):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if not cur:
            cur = w
            continue
        if len(cur) + 1 + len(w) <= width:
            cur += " " + w
            continue
        room = width - len(cur) - 2  # space + hyphen
        split_done = False
        if len(w) >= 11 and room >= 4 and w.isalpha():
            hw = _hyph_word(w.lower()) if w.islower() else w
            parts = hw.split("\xad")
            if len(parts) > 1:
                acc = ""
                for k in range(1, len(parts)):
                    head = "".join(parts[:k])
                    if len(head) <= room:
                        acc = head
                if acc and len(acc) >= 3:
                    lines.append(cur + " " + acc + "-")
                    cur = w[len(acc):]
                    split_done = True
        if not split_done:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def make_txt(path):
    out = []
    A = out.append

    def para(t, indent=""):
        for ln in _wrap_hyph(t, 70 - len(indent)):
            A(indent + ln)
        A("")

    A("Hoppa till huvudinnehåll")
    A("Arbetsförmedlingen  |  Vis – intranätet")
    A("Sök på Vis ...                                    Meny  Logga ut")
    A("")
    A("Start > Handläggning > Insatser och tjänster > Förberedande insatser > Förstärkt arbetsträning")
    A("")
    A("Dela   Skriv ut   Spara som favorit")
    A("")
    A("FÖRSTÄRKT ARBETSTRÄNING – HANDLÄGGARSTÖD")
    A("")
    A("Senast uppdaterad: 2026-10-14 | Version 3.2 | Ägare: Avdelningen Arbetsmarknadsinsatser")
    A("")
    para("Det här handläggarstödet beskriver hur du som arbetsförmedlare handlägger insatsen förstärkt "
         "arbetsträning. Stödet gäller från och med den 1 november 2026 och ersätter version 3.1. De "
         "viktigaste ändringarna är att handledarersättningen har höjts och att kravet på "
         "handledarutbildning har skärpts. Läs även de allmänna reglerna för förberedande insatser [1].")
    A("Om insatsen")
    A("-----------")
    A("")
    para("Förstärkt arbetsträning är en förberedande insats där den arbetssökande får pröva och utveckla sin "
         "arbetsförmåga på en arbetsplats med förstärkt handledning. Insatsen är till för den som står "
         "långt från arbetsmarknaden och behöver mer stöd än vid vanlig arbetsträning, till exempel på "
         "grund av en funktionsnedsättning, långvarig sjukskrivning eller lång tid utan arbete.")
    para("Med anordnare avses den arbetsgivare, kommun eller organisation där arbetsträningen genomförs. Med "
         "handledare avses den person hos anordnaren som ansvarar för den dagliga handledningen av deltagaren. "
         "Med heldag avses närvaro om minst 6 timmar. Med halvdag avses närvaro om minst 3 men mindre än 6 "
         "timmar.")
    A("Vem kan ta del av insatsen?")
    A("---------------------------")
    A("")
    para("Den arbetssökande ska vara minst 20 år, vara inskriven hos Arbetsförmedlingen och ha ett behov av "
         "förstärkt handledning som är dokumenterat i en kartläggning eller i ett utlåtande från "
         "arbetspsykolog, arbetsterapeut eller specialistläkare. Personer som är yngre än 20 år ska i första "
         "hand anvisas till insatser för unga.")
    para("Insatsen får inte genomföras hos en arbetsgivare där den arbetssökande har varit anställd under de "
         "senaste 24 månaderna, och inte hos en anordnare som har betalningsanmärkningar eller skulder hos "
         "Skatteverket.")
    A("Längd och omfattning")
    A("--------------------")
    A("")
    para("Förstärkt arbetsträning beslutas för högst tre månader i taget.")
    para("Insatsen får pågå sammanlagt högst 12 månader.")
    para("Omfattningen ska vara minst 10 och högst 40 timmar per vecka och anpassas efter deltagarens "
         "förutsättningar. Omfattningen ska om möjligt trappas upp under perioden. Vid frånvaro som "
         "överstiger fem dagar i följd ska du stämma av med deltagaren och anordnaren om insatsen ska "
         "fortsätta.")
    A("Ersättning till anordnaren")
    A("--------------------------")
    A("")
    para("Anordnaren kan få handledarersättning för den förstärkta handledningen. Från och med den 1 november "
         "2026 gäller följande belopp:")
    A("  * heldag: 150 kronor per dag")
    A("  * halvdag: 75 kronor per dag")
    A("")
    para("Ersättningen betalas ut i efterskott per kalendermånad. Anordnaren ska skicka in närvarorapport "
         "senast den 5:e dagen i månaden efter den månad rapporten avser. Ersättning lämnas inte för dagar då "
         "deltagaren är frånvarande. Deltagaren får aktivitetsstöd eller utvecklingsersättning enligt de "
         "vanliga reglerna [2].")
    A("Krav på handledaren")
    A("-------------------")
    A("")
    para("Handledaren ska ha minst två års erfarenhet av arbetsuppgifterna och ska ha genomgått "
         "Arbetsförmedlingens webbaserade handledarutbildning (cirka 45 minuter) innan insatsen startar. "
         "Intyg om genomförd utbildning ska bifogas överenskommelsen med anordnaren. En handledare får ha "
         "ansvar för högst två deltagare i förstärkt arbetsträning samtidigt.")
    A("Så här handlägger du – steg för steg")
    A("------------------------------------")
    A("")
    steps = [("Bedöm behovet.", ["Kontrollera att behovet av förstärkt handledning är dokumenterat.",
                                 "Gör vid behov en särskild kartläggning."]),
             ("Hitta en anordnare tillsammans med den arbetssökande.",
              ["Kontrollera anordnaren i Skatteverkets register och i Arbetsförmedlingens "
               "spärrlista för anordnare."]),
             ("Upprätta en överenskommelse med anordnaren i blanketten Af 00842.",
              ["Ange mål, arbetsuppgifter, omfattning, handledare och period.",
               "Bifoga intyg om handledarutbildning."]),
             ("Fatta beslut om insatsen i AIS med aktivitetskoden FAT.", []),
             ("Genomför ett trepartssamtal inom två veckor efter start.", []),
             ("Följ upp minst en gång per månad och dokumentera uppföljningen.", []),
             ("Avsluta insatsen och dokumentera resultatet och rekommenderad nästa insats.", [])]
    for i, (s_, subs) in enumerate(steps, 1):
        lines = _wrap_hyph(s_, 65)
        A("%d. %s" % (i, lines[0]))
        for ln in lines[1:]:
            A("   " + ln)
        for sb in subs:
            sl = _wrap_hyph(sb, 60)
            A("     - " + sl[0])
            for ln in sl[1:]:
                A("       " + ln)
    A("")
    A("Vanliga frågor")
    A("--------------")
    A("")
    faq = [("Kan deltagaren ta ut semester under insatsen?",
            "Nej, deltagaren har inte rätt till semester men kan efter överenskommelse med dig och "
            "anordnaren ha ledigt högst fem dagar per beslutsperiod utan att insatsen avbryts. Ersättning "
            "betalas inte för de dagarna."),
           ("Kan insatsen förlängas efter 12 månader?",
            "Nej. Efter 12 månader ska du pröva om deltagaren kan gå vidare till en anställning med stöd, "
            "till exempel lönestöd för utveckling i anställning, eller till en annan insats."),
           ("Får anordnaren vara ett bemanningsföretag?",
            "Nej, bemanningsföretag och arbetsintegrerande sociala företag som själva får annan "
            "ersättning för samma deltagare kan inte vara anordnare.")]
    for q, a_ in faq:
        A("+ " + q)
        A("")
        para(a_, "  ")
    A("Relaterat")
    A("---------")
    A("Arbetsträning – handläggarstöd")
    A("Lönestöd för utveckling i anställning")
    A("Blankett Af 00842 Överenskommelse om förstärkt arbetsträning")
    A("")
    A("Länkar")
    A("[1] https://vis.arbetsformedlingen.se/handlaggning/insatser/forberedande-insatser/regler")
    A("[2] https://vis.arbetsformedlingen.se/handlaggning/ersattningar/aktivitetsstod")
    A("")
    A("Var sidan till hjälp?  Ja  Nej")
    A("")
    A("Kontakta Vis-redaktionen | Om Vis | Tillgänglighet | Cookies")
    A("© Arbetsförmedlingen 2026")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ======================================================================
# 5. Markdown (pandoc): Rutin SUS, Samordningsförbundet Mellersta Dalsland
# ======================================================================
def grid_table(header, rows, widths):
    def wrap_row(r):
        cols = [textwrap.wrap(str(c), w) or [""] for c, w in zip(r, widths)]
        n = max(len(c) for c in cols)
        out = []
        for i in range(n):
            out.append("| " + " | ".join((c[i] if i < len(c) else "").ljust(w)
                                        for c, w in zip(cols, widths)) + " |")
        return out
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    lines = [sep] + wrap_row(header) + [hsep]
    for r in rows:
        lines += wrap_row(r) + [sep]
    return "\n".join(lines)


def make_md(path):
    L = []
    A = L.append
    A("% Rutin för registrering och uppföljning i SUS")
    A("% Samordningsförbundet Mellersta Dalsland – kansliet")
    A("% Fastställd av styrelsen 2026-09-25, § 34. Gäller från 2026-10-01")
    A("")
    A("# Syfte och omfattning {#sec-syfte}")
    A("")
    A("Rutinen beskriver hur insatser som finansieras av Samordningsförbundet Mellersta Dalsland ska "
      "registrera deltagare och insatser i SUS, och hur uppgifterna används i förbundets uppföljning. "
      "Rutinen gäller alla individinriktade insatser och strukturinsatser som beviljats medel av "
      "förbundet, oavsett vilken medlemsorganisation som är insatsägare.")
    A("")
    A("Förbundets medlemmar är Bengtsfors, Färgelanda och Melleruds kommuner, Västra Götalandsregionen, "
      "Försäkringskassan och Arbetsförmedlingen.")
    A("")
    A("# Begrepp {#sec-begrepp}")
    A("")
    A(grid_table(["Begrepp", "Förklaring"], [
        ["SUS", "Sektorsövergripande system för uppföljning av samordnade insatser. Nationellt system "
                "som Försäkringskassan förvaltar."],
        ["Individinsats", "Insats där enskilda deltagare registreras med personnummer och där "
                          "deltagarens situation vid start och avslut följs upp."],
        ["Strukturinsats", "Insats som riktar sig till personal eller organisationer, till exempel "
                           "utbildning eller metodutveckling. Registreras med antal deltagare och timmar."],
        ["Samtycke", "Deltagarens skriftliga medgivande till att uppgifter registreras i SUS. Utan samtycke "
                     "får deltagaren endast registreras anonymt."],
        ["Avslutsorsak", "Kod som anger varför deltagaren avslutas i insatsen, se avsnitt 6."],
        ["Insatsansvarig", "Den person hos insatsägaren som ansvarar för insatsen och för att "
                           "registreringen i SUS är korrekt och fullständig."],
    ], [16, 52]))
    A("")
    A("# Ansvarsfördelning {#sec-ansvar}")
    A("")
    A(grid_table(["Roll", "Ansvar", "Tidsgräns"], [
        ["Insatsansvarig", "Registrerar nya deltagare och deras situation vid start.",
         "Inom 5 arbetsdagar från första besöket"],
        ["Insatsansvarig", "Registrerar avslut, avslutsorsak och situation vid avslut.",
         "Inom 5 arbetsdagar från avslutet"],
        ["Insatsansvarig", "Registrerar strukturinsatser (antal personer och timmar).",
         "Senast sista registreringsdag per period"],
        ["Förbundets kansli", "Kontrollerar registreringen, tar ut rapporter och sammanställer "
                              "uppföljningen till styrelsen.", "Enligt tidsplanen i avsnitt 4"],
        ["Styrelsen", "Tar del av uppföljningen och beslutar om eventuella åtgärder.",
         "Vid styrelsemöte enligt tidsplanen"],
    ], [17, 36, 22]))
    A("")
    A("::: note")
    A("Kansliet erbjuder en introduktion i SUS för nya insatsansvariga. Kontakta förbundets "
      "verksamhetsutvecklare Sara Engström, sara.engstrom@sfmelldal.se.")
    A(":::")
    A("")
    A("# Tidsplan för uppföljning {#sec-tidsplan}")
    A("")
    A("Uppföljningen sker per tertial och helår. Registreringen i SUS ska vara komplett den sista "
      "registreringsdagen. Uppgifter som registreras senare kommer inte med i rapporten till styrelsen.")
    A("")
    A(grid_table(["Period", "Sista registreringsdag", "Rapport till styrelsen"], [
        ["Helår 2026", "2027-01-20", "Styrelsemöte 2027-02-12"],
        ["Tertial 1 2027 (jan–apr)", "2027-05-10", "Styrelsemöte 2027-05-28"],
        ["Tertial 2 2027 (maj–aug)", "2027-09-10", "Styrelsemöte 2027-09-24"],
        ["Helår 2027", "2028-01-20", "Styrelsemöte 2028-02-11"],
    ], [26, 24, 26]))
    A("")
    A("# Samtycke och personuppgifter {#sec-samtycke}")
    A("")
    A("Samtycke inhämtas på förbundets blankett *Samtycke till registrering i SUS* (version 2025-03). "
      "Blanketten förvaras hos insatsägaren i minst två år efter deltagarens avslut och gallras därefter. "
      "Insatsägaren är personuppgiftsansvarig för registreringen av sina deltagare. Om en deltagare "
      "återkallar sitt samtycke ska uppgifterna avidentifieras i SUS inom 10 arbetsdagar.")
    A("")
    A("# Avslut och avslutsorsaker {#sec-avslut}")
    A("")
    A("Vid avslut registreras en avslutsorsak. Förbundet använder följande koder i sin "
      "uppföljning:")
    A("")
    A(grid_table(["Kod", "Avslutsorsak", "Räknas som"], [
        ["A1", "Arbete utan stöd", "Arbete/studier"],
        ["A2", "Arbete med stöd (lönestöd, nystartsjobb m.m.)", "Arbete/studier"],
        ["S1", "Studier (komvux, folkhögskola, högskola)", "Arbete/studier"],
        ["F1", "Fortsatt insats hos annan aktör", "Stegförflyttning"],
        ["O1", "Ohälsa, avbrott", "Övrigt"],
        ["O2", "Flytt eller okänd orsak", "Övrigt"],
    ], [5, 46, 17]))
    A("")
    A("# Nyckeltal 2025 {#sec-nyckeltal}")
    A("")
    A("Som jämförelse redovisas förbundets utfall för 2025 enligt SUS.")
    A("")
    A(grid_table(["Nyckeltal", "Utfall 2025"], [
        ["Antal deltagare i individinsatser", "214"],
        ["varav kvinnor", "121"],
        ["Andel med samtycke", "93 %"],
        ["Andel som gått till arbete eller studier vid avslut", "37 %"],
        ["Antal deltagare i strukturinsatser", "386"],
    ], [52, 14]))
    A("")
    A("# Revidering {#sec-revidering}")
    A("")
    A("| Rutinen ses över årligen av kansliet.")
    A("| Nästa översyn: senast 2027-09-30.")
    A("| Ansvarig: förbundschef Magnus Åberg.")
    A("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L))


# ======================================================================
# 6. ESF+ slutrapport Språkstegen
# ======================================================================
class RotText(Flowable):
    def __init__(self, text, size=8.5, font="Helvetica-Bold"):
        Flowable.__init__(self)
        self.text, self.size, self.font = text, size, font

    def wrap(self, aw, ah):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        self.w = self.size + 3
        self.h = stringWidth(self.text, self.font, self.size) + 4
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont(self.font, self.size)
        c.rotate(90)
        c.drawString(2, -(self.w - 2.5), self.text)
        c.restoreState()


class ESFDoc(BaseDocTemplate):
    def afterFlowable(self, fl):
        if isinstance(fl, Paragraph) and getattr(fl, "_toc_level", None) is not None:
            self.notify("TOCEntry", (fl._toc_level, fl.getPlainText(), self.page))


def make_esf(path):
    body = S("ebody", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY,
             spaceAfter=6, embeddedHyphenation=1, hyphenationLang="sv_SE")
    h1 = S("eh1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6,
           textColor=colors.HexColor("#1F3864"))
    h2 = S("eh2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)
    note = S("enote", fontName="Times-Roman", fontSize=8.5, leading=10.5)
    bul = S("ebul", fontName="Times-Roman", fontSize=11, leading=14.5, leftIndent=16, bulletIndent=5,
            spaceAfter=2, alignment=TA_JUSTIFY)
    cell = S("ecell", fontName="Helvetica", fontSize=9, leading=11)

    def deco(c, page, total):
        W, H = A4
        if page == 1:
            return
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(2.3 * cm, H - 1.4 * cm, "Slutrapport Språkstegen")
        c.drawRightString(W - 2.3 * cm, H - 1.4 * cm, "Projekt-ID 2023/00517")
        c.setLineWidth(0.4)
        c.line(2.3 * cm, H - 1.55 * cm, W - 2.3 * cm, H - 1.55 * cm)
        c.drawCentredString(W / 2, 1.2 * cm, str(page))
        c.restoreState()

    doc = ESFDoc(path, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2.3 * cm,
                 bottomMargin=2.2 * cm, title="Slutrapport Språkstegen", author="Hallsbergs kommun")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr])])

    def H1(t):
        p = Paragraph(t, h1); p._toc_level = 0; return p

    def H2(t):
        p = Paragraph(t, h2); p._toc_level = 1; return p

    def P(t):
        return Paragraph(hy(t), body)

    story = []
    # cover
    story += [Spacer(1, 3.5 * cm),
              Paragraph("SLUTRAPPORT", S("c0", fontName="Helvetica", fontSize=12, leading=16,
                                         textColor=colors.HexColor("#1F3864"))),
              Paragraph("Språkstegen", S("c1", fontName="Helvetica-Bold", fontSize=30, leading=36)),
              Paragraph("yrkessvenska och praktik i vård och omsorg",
                        S("c2", fontName="Helvetica", fontSize=15, leading=20, spaceAfter=30)),
              Paragraph("Projektägare: Hallsbergs kommun<br/>Samverkansparter: Kumla kommun och Laxå kommun"
                        "<br/>Projekt-ID: 2023/00517<br/>Projektperiod: 2024-01-01 – 2026-09-30<br/>"
                        "Rapportdatum: 2026-11-30",
                        S("c3", fontName="Helvetica", fontSize=11, leading=16)),
              Spacer(1, 7 * cm),
              Table([["Medfinansieras av Europeiska unionen", "Europeiska socialfonden+"]],
                    colWidths=[8 * cm, 8 * cm],
                    style=[("BOX", (0, 0), (0, 0), 0.8, colors.HexColor("#1F3864")),
                           ("FONT", (0, 0), (-1, -1), "Helvetica-Bold", 9),
                           ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor("#1F3864"))]),
              PageBreak()]
    toc = TableOfContents()
    toc.dotsMinLevel = 0
    toc.levelStyles = [S("t0", fontName="Helvetica-Bold", fontSize=10.5, leading=15, leftIndent=0),
                       S("t1", fontName="Helvetica", fontSize=10, leading=13, leftIndent=14)]
    story += [Paragraph("Innehåll", S("th", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=10)),
              toc, PageBreak()]

    story += [H1("1 Sammanfattning"),
              P("Språkstegen har varit ett samverkansprojekt mellan Hallsbergs, Kumla och Laxå kommuner, "
                "finansierat av Europeiska socialfonden+ (ESF+). Projektet har kombinerat undervisning i "
                "yrkessvenska med praktik inom vård och omsorg för personer med utländsk bakgrund som står "
                "långt från arbetsmarknaden."),
              P("Totalt skrevs 152 deltagare in i projektet, varav 121 kvinnor. Målet var 140 deltagare. "
                "Av deltagarna fullföljde 108 kursen i yrkessvenska och 117 genomförde minst fyra veckors "
                "praktik. Nittio dagar efter avslut hade 52 deltagare arbete och 21 studerade. Det "
                "motsvarar att 48 procent gick till arbete eller studier, vilket är över projektets mål "
                "om 40 procent."),
              P("Projektets kostnader uppgick till 14 198 000 kronor, vilket motsvarar 95,5 procent av "
                "budgeten. Arbetssättet med språkombud på praktikplatserna implementeras i ordinarie "
                "verksamhet i alla tre kommunerna från januari 2027."),
              H1("2 Bakgrund och syfte"),
              P("Vård och omsorg i de tre kommunerna har ett stort rekryteringsbehov. Enligt kommunernas "
                "gemensamma kompetensförsörjningsplan behöver drygt 300 undersköterskor och vårdbiträden "
                "rekryteras fram till 2030. Samtidigt fanns det i projektets början omkring 900 personer "
                "inskrivna hos Arbetsförmedlingen i de tre kommunerna som var utrikes födda och saknade "
                "gymnasieutbildning. Många av dem hade avslutat SFI men saknade den yrkessvenska som krävs "
                "för att klara en undersköterskeutbildning eller en anställning."),
              P("Projektets syfte var att fler personer i målgruppen skulle nå arbete eller reguljära "
                "studier inom vård och omsorg. Projektet hade tre delmål: att deltagarna skulle förbättra "
                "sin yrkessvenska, att vård- och omsorgsverksamheterna skulle bli bättre på att ta emot "
                "praktikanter med svenska som andraspråk och att arbetssättet skulle implementeras efter "
                "projekttiden."),
              H1("3 Målgrupp och genomförande"),
              H2("3.1 Målgrupp och rekrytering"),
              P("Målgruppen var personer 20-64 år som var folkbokförda i någon av de tre kommunerna, som "
                "hade avslutat SFI kurs C eller D och som var inskrivna hos Arbetsförmedlingen eller hade "
                "ekonomiskt bistånd. Rekryteringen skedde främst via Arbetsförmedlingen, vuxenutbildningen "
                "och kommunernas arbetsmarknadsenheter. Informationsträffar hölls på arabiska, somaliska "
                "och tigrinja."),
              H2("3.2 Upplägg"),
              P("Varje deltagare gick en kurs om 16 veckor. De första sex veckorna bestod av yrkessvenska "
                "och introduktion till vård och omsorg fyra dagar i veckan. Därefter följde tio veckor med "
                "praktik tre dagar och undervisning två dagar i veckan. Under praktiken hade varje "
                "deltagare stöd av ett språkombud, det vill säga en medarbetare på arbetsplatsen som "
                "utbildats i att stötta kollegor som lär sig svenska. Totalt utbildades 64 språkombud."),
              H1("4 Resultat"),
              P("Tabell 1 visar deltagare och resultat per kommun. Kumla hade flest deltagare och också "
                "flest som gick vidare till arbete. Laxå hade färre deltagare än planerat eftersom "
                "rekryteringen där kom i gång först hösten 2024.")]

    hdrs = ["Inskrivna deltagare", "varav kvinnor", "Avbrott<super>1</super>", "Fullföljt yrkessvenska",
            "Praktik minst 4 veckor", "Till arbete<super>2</super>", "Till studier<super>2</super>"]
    rot = [RotText(re.sub(r"<super>.*?</super>", "", h) + ("¹" if "super>1" in h else "²" if "super>2" in h else ""))
           for h in hdrs]
    data = [[Paragraph("<b>Kommun</b>", cell)] + rot,
            ["Hallsberg", "58", "47", "9", "41", "44", "19", "8"],
            ["Kumla", "71", "55", "11", "52", "56", "27", "10"],
            ["Laxå", "23", "19", "4", "15", "17", "6", "3"],
            ["Totalt", "152", "121", "24", "108", "117", "52", "21"]]
    rt = Table(data, colWidths=[3.6 * cm] + [1.6 * cm] * 7)
    rt.setStyle(TableStyle([("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
                            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9.5),
                            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEF2F8"))]))
    story += [KeepTogether([Paragraph("<b>Tabell 1.</b> Deltagare och resultat per kommun, "
                                      "2024-01-01 – 2026-09-30", S("cap", fontName="Helvetica", fontSize=9.5,
                                                                   leading=12, spaceAfter=4)),
                            rt, Spacer(1, 3),
                            Paragraph("¹ Avbrott avser deltagare som avslutat före planerat slut av andra skäl än "
                                      "arbete eller studier.", note),
                            Paragraph("² Läget 90 dagar efter avslut, uppföljt via telefon och uppgifter från "
                                      "Arbetsförmedlingen.", note)]),
              Spacer(1, 8),
              P("Deltagarnas egen skattning av sin yrkessvenska ökade från i genomsnitt 2,4 till 3,9 på en "
                "femgradig skala. Av dem som fick arbete anställdes 31 som timvikarier eller vikarierande "
                "vårdbiträden i kommunerna och 21 hos privata utförare. Av de 21 som studerade gick 17 "
                "vidare till vård- och omsorgsprogrammet inom komvux."),
              H1("5 Ekonomi"),
              P("Projektets totala budget var 14 860 000 kronor. Tabell 2 visar budget och utfall per "
                "kostnadsslag. Lägre kostnader för externa tjänster och resor förklarar huvuddelen av "
                "avvikelsen. Stödet från ESF+ uppgick till 60 procent av de stödberättigande kostnaderna, "
                "och resterande 40 procent utgjordes av offentlig medfinansiering från de tre kommunerna "
                "och Arbetsförmedlingen i form av deltagarnas aktivitetsstöd.")]
    eco = [["Kostnadsslag", "Budget, kr", "Utfall, kr", "Utfall i % av budget"],
           ["Personal", "9 420 000", "9 138 000", "97,0"],
           ["Externa tjänster", "2 150 000", "1 986 000", "92,4"],
           ["Resor och logi", "310 000", "244 000", "78,7"],
           ["Lokaler", "780 000", "780 000", "100,0"],
           ["Indirekta kostnader", "2 200 000", "2 050 000", "93,2"],
           ["Summa", "14 860 000", "14 198 000", "95,5"],
           ["varav ESF+-stöd (60 %)", "8 916 000", "8 518 800", ""],
           ["varav offentlig medfinansiering (40 %)", "5 944 000", "5 679 200", ""]]
    et = Table(eco, colWidths=[6.6 * cm, 3 * cm, 3 * cm, 3.4 * cm])
    et.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                            ("FONT", (0, 6), (-1, 6), "Helvetica-Bold", 9.5),
                            ("FONT", (0, 7), (-1, -1), "Helvetica-Oblique", 9),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                            ("LINEABOVE", (0, 6), (-1, 6), 0.5, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]))
    story += [KeepTogether([Paragraph("<b>Tabell 2.</b> Budget och utfall per kostnadsslag, kronor",
                                      S("cap2", fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=4)),
                            et]),
              Spacer(1, 8),
              H1("6 Lärdomar"),
              P("Projektets lärdomar har samlats in genom deltagarenkäter, intervjuer med chefer och "
                "språkombud samt en extern utvärdering som genomförts av Oxenstierna Utvärdering AB. De "
                "viktigaste lärdomarna är:")]
    for b_ in ["Kombinationen av undervisning och praktik i samma vecka gör att orden som lärs in i "
               "klassrummet används direkt på arbetsplatsen.",
               "Språkombuden är avgörande, men de behöver avsatt tid. Där språkombuden hade minst två "
               "timmar per vecka för uppdraget var avbrotten färre.",
               "Rekryteringen tar längre tid än planerat i mindre kommuner. I Laxå behövdes uppsökande "
               "arbete via föreningar och SFI.",
               "Barnomsorg och resor var de vanligaste orsakerna till avbrott, inte språket."]:
        story.append(Paragraph(hy(b_), bul, bulletText="\u2022"))
    story += [H1("7 Implementering och spridning"),
              P("Kommunstyrelserna i Hallsberg, Kumla och Laxå har beslutat att arbetssättet med språkombud "
                "ska ingå i den ordinarie introduktionen av praktikanter inom vård och omsorg från januari "
                "2027. Vuxenutbildningen i Kumla, som samverkar med de andra kommunerna, erbjuder kursen i "
                "yrkessvenska som en återkommande kurs med start två gånger per år. Projektets metodmaterial "
                "har publicerats på Region Örebro läns webbplats och presenterats vid två regionala "
                "konferenser under 2026."),
              H1("Bilaga. Förkortningar"),
              Table([["Förkortning", "Betydelse"],
                     ["ESF+", "Europeiska socialfonden+"],
                     ["SFI", "Kommunal vuxenutbildning i svenska för invandrare"],
                     ["SAS", "Svenska som andraspråk"],
                     ["Komvux", "Kommunal vuxenutbildning"],
                     ["VO-programmet", "Vård- och omsorgsprogrammet"]],
                    colWidths=[3.5 * cm, 10 * cm],
                    style=[("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)])]
    doc.multiBuild(story, canvasmaker=make_numbered_canvas(deco))


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_protokoll(os.path.join(out, "r138_protokoll_ain_lindesberg_2026-11-18.pdf"))
    make_beslut(os.path.join(out, "r138_beslut_investeringsstod_region_vastmanland.pdf"))
    make_lok(os.path.join(out, "r138_overenskommelse_af_hofors_2027-2028.docx"))
    make_txt(os.path.join(out, "r138_handlaggarstod_forstarkt_arbetstraning.txt"))
    make_md(os.path.join(out, "r138_rutin_sus_sf_mellersta_dalsland.md"))
    make_esf(os.path.join(out, "r138_slutrapport_esf_sprakstegen.pdf"))
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
