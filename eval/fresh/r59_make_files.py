"""Skriver sex filer som en regional utvecklingsenhets mapp kan se ut (omgång 59).

Användning: python make_files.py OUT_DIR
"""
import sys
from pathlib import Path

import numpy as np
from docx import Document
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, PageBreak,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", _FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-Bold", _FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-Oblique", _FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-Bold", italic="DV-Oblique",
                              boldItalic="DV-Bold")

ORG = "Länsöverskridande utvecklingskontoret (LUK)"
LAN = ["Östergötlands län", "Skåne län", "Norrbottens län"]


def sv(n):
    """Heltal med mellanslag som tusentalsavgränsare, minus som bindestreck."""
    s = f"{abs(int(n)):,}".replace(",", " ")
    return ("-" if n < 0 else "") + s


def make_data(rng):
    omr = ["Näringslivsutveckling", "Kompetensförsörjning", "Innovation och forskning",
           "Infrastruktur och tillgänglighet", "Kultur och besöksnäring", "Gemensam administration"]
    bas = [14200, 9800, 11500, 6400, 4300, 4000]
    budget = [int(round(b + rng.integers(-300, 300), -1)) for b in bas]
    faktor = rng.normal(1.0, 0.07, len(bas))
    utfall = [int(round(b * f)) for b, f in zip(budget, faktor)]
    kvinnor = [int(x) for x in rng.integers(380, 720, 3)]
    man = [int(x) for x in rng.integers(350, 760, 3)]
    projekt = [int(x) for x in rng.integers(9, 16, 3)]
    nya = [int(x) for x in rng.integers(2, 6, 3)]
    return omr, budget, utfall, kvinnor, man, projekt, nya


# ---------------------------------------------------------------- 1. Verksamhetsberättelse
class TocDoc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, **kw)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=self.header)])

    @staticmethod
    def header(canvas, doc):
        canvas.saveState()
        canvas.setFont("DV", 8)
        canvas.drawString(2.2 * cm, A4[1] - 1.3 * cm, ORG)
        canvas.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.3 * cm, "Verksamhetsberättelse 2025")
        canvas.line(2.2 * cm, A4[1] - 1.45 * cm, A4[0] - 2.2 * cm, A4[1] - 1.45 * cm)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, str(doc.page))
        canvas.restoreState()

    def afterFlowable(self, fl):
        if isinstance(fl, Paragraph) and fl.style.name == "Rubrik":
            self.notify("TOCEntry", (0, fl.getPlainText(), self.page))


def verksamhetsberattelse(path, data):
    omr, budget, utfall, kvinnor, man, projekt, nya = data
    ss = getSampleStyleSheet()
    body = ParagraphStyle("Body", parent=ss["BodyText"], fontName="DV", fontSize=10.5,
                          leading=14, spaceAfter=7)
    rub = ParagraphStyle("Rubrik", parent=body, fontName="DV-Bold", fontSize=15,
                         leading=19, spaceBefore=6, spaceAfter=10)
    caption = ParagraphStyle("Caption", parent=body, fontName="DV-Oblique", fontSize=9)
    titel = ParagraphStyle("Titel", parent=body, fontName="DV-Bold", fontSize=28,
                           leading=34, alignment=TA_CENTER)
    center = ParagraphStyle("Center", parent=body, alignment=TA_CENTER, fontSize=12)

    tot_b, tot_u = sum(budget), sum(utfall)
    tot_p, tot_n = sum(projekt), sum(nya)
    tot_k, tot_m = sum(kvinnor), sum(man)
    s = []
    s += [Spacer(1, 6 * cm), Paragraph("Verksamhetsberättelse 2025", titel), Spacer(1, 1 * cm),
          Paragraph(ORG, center), Paragraph("Östergötlands län, Skåne län och Norrbottens län", center),
          Spacer(1, 0.5 * cm), Paragraph("Fastställd av styrelsen den 12 februari 2026", center),
          PageBreak()]
    toc = TableOfContents()
    toc.dotsMinLevel = 0
    toc.levelStyles = [ParagraphStyle("TOC0", parent=body, fontSize=11, leading=18)]
    s += [Paragraph("Innehåll", ParagraphStyle("Inn", parent=rub)), toc, PageBreak()]

    s += [Paragraph("Förord", rub),
          Paragraph("2025 blev året då samarbetet mellan våra tre län på allvar tog form. "
                    "Vi har gått från enskilda projekt till en gemensam portfölj där "
                    "Östergötland, Skåne och Norrbotten delar metoder, data och erfarenheter. "
                    "Den gröna omställningen i norr och den starka innovationskraften i söder "
                    "har visat sig komplettera varandra väl.", body),
          Paragraph("Samtidigt har året präglats av en svagare konjunktur, vilket märkts i "
                    "företagens efterfrågan på stöd. Vi har därför lagt mer kraft på "
                    "kompetensförsörjning och på att korta handläggningstiderna.", body),
          Paragraph("Jag vill tacka alla medarbetare, styrgrupper och samarbetspartner för ett "
                    "engagerat arbete under året.", body),
          Spacer(1, 0.6 * cm),
          Paragraph("Linköping i februari 2026", body),
          Paragraph("<b>Helena Berglund</b><br/>Förvaltningschef, Länsöverskridande "
                    "utvecklingskontoret", body),
          PageBreak()]

    s += [Paragraph("Året i korthet", rub),
          Paragraph(f"Under 2025 drev kontoret {tot_p} projekt, varav {tot_n} startade under året. "
                    f"Totalt deltog {sv(tot_k + tot_m)} personer i projektens aktiviteter, varav "
                    f"{sv(tot_k)} kvinnor och {sv(tot_m)} män. Verksamhetens nettokostnad uppgick "
                    f"till {sv(tot_u)} tkr mot en budget på {sv(tot_b)} tkr, vilket innebär "
                    f"{'ett underskott' if tot_u > tot_b else 'ett överskott'} på "
                    f"{sv(abs(tot_u - tot_b))} tkr.", body),
          Paragraph("Viktiga händelser under året", ParagraphStyle("Sub", parent=body,
                    fontName="DV-Bold", fontSize=11.5, spaceBefore=8)),
          ListFlowable([ListItem(Paragraph(t, body), leftIndent=12) for t in [
              "22 januari 2025 – Styrelsen antog den gemensamma handlingsplanen för 2025–2027.",
              "3 mars 2025 – Projektet Gröna kompetenslyftet startade i alla tre länen.",
              "14 maj 2025 – Innovationsarenan i Luleå invigdes av landshövdingen.",
              "18 juni 2025 – Beslut om projektstöd till Vätgasklustret Norr.",
              "9 september 2025 – Den nya e-tjänsten för ansökan om företagsstöd lanserades.",
              "20 november 2025 – Årskonferensen Tre län samlade 410 deltagare i Malmö.",
          ]], bulletType="bullet", start="•", bulletFontName="DV"),
          Paragraph("Antalet ansökningar om företagsstöd minskade något jämfört med föregående år, "
                    "men andelen beviljade ansökningar ökade. Den genomsnittliga handläggningstiden "
                    "kortades från elva till åtta veckor efter att e-tjänsten infördes.", body),
          PageBreak()]

    rows = [["Verksamhetsområde", "Budget", "Utfall", "Avvikelse"]]
    for o, b, u in zip(omr, budget, utfall):
        rows.append([o, sv(b), sv(u), sv(u - b)])
    rows.append(["Summa", sv(tot_b), sv(tot_u), sv(tot_u - tot_b)])
    t = Table(rows, colWidths=[7 * cm, 2.8 * cm, 2.8 * cm, 2.8 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DV-Bold", 9.5),
                           ("FONT", (0, 1), (-1, -1), "DV", 9.5),
                           ("FONT", (0, -1), (-1, -1), "DV-Bold", 9.5),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0"))]))
    s += [Paragraph("Ekonomi", rub),
          Paragraph("Verksamheten finansieras av de tre regionerna enligt samverkansavtalet samt "
                    "av statliga anslag och EU-medel. Utfallet per verksamhetsområde redovisas i "
                    "tabell 1. Avvikelsen anges som utfall minus budget; ett positivt tal betyder "
                    "att området kostade mer än budgeterat.", body),
          Paragraph("Tabell 1. Utfall och budget per verksamhetsområde 2025 (tkr)", caption),
          t, Spacer(1, 0.4 * cm),
          Paragraph("Överskridandena förklaras främst av högre kostnader för lokaler och "
                    "konsulttjänster, medan lägre kostnader för resor gav utrymme på andra områden.",
                    body),
          PageBreak()]

    rows2 = [["Län", "Projekt", "varav nya", "Kvinnor", "Män", "Deltagare totalt"]]
    for l, p, n, k, m in zip(LAN, projekt, nya, kvinnor, man):
        rows2.append([l, str(p), str(n), sv(k), sv(m), sv(k + m)])
    rows2.append(["Totalt", str(tot_p), str(tot_n), sv(tot_k), sv(tot_m), sv(tot_k + tot_m)])
    t2 = Table(rows2, colWidths=[4.4 * cm, 1.9 * cm, 2 * cm, 2 * cm, 2 * cm, 3 * cm])
    t2.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DV-Bold", 9.5),
                            ("FONT", (0, 1), (-1, -1), "DV", 9.5),
                            ("FONT", (0, -1), (-1, -1), "DV-Bold", 9.5),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    s += [Paragraph("Verksamheten i länen", rub),
          Paragraph("I Östergötlands län har arbetet koncentrerats till industrins digitalisering "
                    "och till kompetensförsörjning inom vård och omsorg. I Skåne län har fokus "
                    "legat på livsmedelsinnovation och på små företags exportmognad. I Norrbottens "
                    "län har den gröna industriomställningen dominerat, med vätgas och "
                    "fossilfritt stål som drivande branscher.", body),
          Paragraph("Tabell 2. Projekt och deltagare per län 2025 (antal)", caption),
          t2, Spacer(1, 0.4 * cm),
          Paragraph("Deltagare räknas en gång per projekt. En person som deltagit i två projekt "
                    "räknas alltså två gånger.", body),
          PageBreak()]

    s += [Paragraph("Projektportföljen", rub),
          Paragraph("Portföljen består av projekt inom fem verksamhetsområden. Tre projekt lyfts "
                    "särskilt fram i årets berättelse.", body),
          Paragraph("<b>Gröna kompetenslyftet</b> – ett gemensamt projekt för de tre länen som "
                    "erbjuder korta utbildningar inom energi och cirkulär ekonomi. Projektledare är "
                    "Johan Lindqvist. Projektet löper till och med juni 2027.", body),
          Paragraph("<b>Vätgasklustret Norr</b> – ett klusterprojekt i Norrbottens län som drivs av "
                    "Norrbottens Innovationsnod ekonomisk förening. Projektledare är Maria Kero.",
                    body),
          Paragraph("<b>Smakrike Skåne</b> – ett projekt för livsmedelsföretag som vill utveckla "
                    "nya produkter. Projektledare är Ola Persson.", body),
          PageBreak()]

    s += [Paragraph("Medarbetare och organisation", rub),
          Paragraph("Vid årets slut hade kontoret 46 anställda, varav 29 kvinnor och 17 män, "
                    "fördelade på kontor i Linköping, Malmö och Luleå. Personalomsättningen var "
                    "8,7 procent. Under året genomfördes en medarbetarenkät med en svarsfrekvens på "
                    "91 procent.", body),
          Paragraph("Kontoret leds av en styrelse med två ledamöter från varje region. "
                    "Ordförande under 2025 var Karin Söderholm, Region Skåne.", body),
          PageBreak()]

    s += [Paragraph("Prioriteringar 2026", rub),
          Paragraph("Styrelsen har fastställt följande prioriteringar för 2026:", body),
          ListFlowable([ListItem(Paragraph(t, body), leftIndent=12) for t in [
              "Stärka kompetensförsörjningen i den gröna industrin.",
              "Öka andelen kvinnor bland deltagarna i innovationsprojekten.",
              "Korta handläggningstiden för företagsstöd till högst sex veckor.",
              "Utveckla en gemensam uppföljning med öppna data för de tre länen.",
          ]], bulletType="bullet", start="•", bulletFontName="DV"),
          PageBreak()]
    s += [Paragraph("Kontakt", rub),
          Paragraph("Länsöverskridande utvecklingskontoret, Storgatan 14, 582 23 Linköping. "
                    "E-post: kansli@luk.example.se. Frågor om verksamhetsberättelsen besvaras av "
                    "controller Petra Nord.", body)]

    doc = TocDoc(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                 topMargin=2.2 * cm, bottomMargin=2 * cm, title="Verksamhetsberättelse 2025")
    doc.multiBuild(s)


# ---------------------------------------------------------------- 2. Bildspel
def bildspel(path):
    W, H = landscape(A4)
    ss = getSampleStyleSheet()
    big = ParagraphStyle("Big", parent=ss["Title"], fontName="DV-Bold", fontSize=32,
                         leading=38, alignment=0, spaceAfter=18)
    bul = ParagraphStyle("Bul", parent=ss["BodyText"], fontName="DV", fontSize=19,
                         leading=25, spaceAfter=8)
    slides = [
        ("Gröna kompetenslyftet – halvtidsavstämning",
         ["Johan Lindqvist, projektledare", "12 november 2025", "Styrgruppen för Gröna kompetenslyftet"]),
        ("Bakgrund",
         ["Industrins gröna omställning kräver ny kompetens",
          "Brist på elektriker och processoperatörer i alla tre länen",
          "Projektet startade 3 mars 2025 och pågår till juni 2027"]),
        ("Mål för projektet",
         ["1 200 deltagare i korta utbildningar",
          "150 företag ska delta med minst en anställd",
          "Minst 40 procent kvinnor bland deltagarna",
          "Nya utbildningsmoduler på tre lärosäten"]),
        ("Resultat hittills", None),
        ("Utmaningar",
         ["Svårt att nå små företag utan HR-funktion",
          "Låg andel kvinnor i Norrbotten",
          "Långa ledtider för att starta nya kurser"]),
        ("Nästa steg",
         ["Ny kursomgång startar 2 februari 2026",
          "Riktad kampanj mot små företag under våren 2026",
          "Extern utvärdering klar 30 september 2026",
          "Slutkonferens i Luleå 10 juni 2027"]),
        ("Frågor?",
         ["Kontakt: johan.lindqvist@luk.example.se", "Tack för uppmärksamheten!"]),
    ]
    tab = [["Län", "Deltagare", "varav kvinnor", "Företag"],
           ["Östergötlands län", "214", "82", "31"],
           ["Skåne län", "268", "121", "44"],
           ["Norrbottens län", "176", "49", "27"],
           ["Totalt", "658", "252", "102"]]

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#1f4e79"))
        canvas.rect(0, H - 1.0 * cm, W, 1.0 * cm, stroke=0, fill=1)
        canvas.setFont("DV", 9)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(W - 1.5 * cm, 1 * cm, f"{doc.page} / {len(slides)}")
        canvas.restoreState()

    story = []
    for i, (title, bullets) in enumerate(slides):
        story.append(Paragraph(title, big))
        if bullets is None:
            t = Table(tab, colWidths=[7 * cm, 4 * cm, 4.5 * cm, 3.5 * cm])
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 16),
                                   ("FONT", (0, 0), (-1, 0), "DV-Bold", 16),
                                   ("FONT", (0, -1), (-1, -1), "DV-Bold", 16),
                                   ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                                   ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            story += [Paragraph("Deltagare och företag per län t.o.m. oktober 2025", bul), t]
        else:
            for b in bullets:
                story.append(Paragraph(("• " if i else "") + b, bul))
        if i < len(slides) - 1:
            story.append(PageBreak())
    doc = SimpleDocTemplate(str(path), pagesize=(W, H), leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=1.8 * cm,
                            title="Gröna kompetenslyftet – halvtidsavstämning")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- 3. FAQ
def faq(path):
    d = Document()
    d.add_heading("Vanliga frågor om företagsstöd", level=1)
    d.add_paragraph("Senast uppdaterad 15 januari 2026. Gäller stöd som Länsöverskridande "
                    "utvecklingskontoret handlägger i Östergötlands, Skåne och Norrbottens län.")
    qa = [
        ("Vilka företag kan söka investeringsstöd?",
         "Små och medelstora företag med verksamhet i något av de tre länen kan söka. Företaget "
         "ska ha minst en heltidsanställd utöver ägaren och får inte ha skulder hos "
         "Kronofogden."),
        ("Hur mycket kan vi få i investeringsstöd?",
         "Stödet är högst 35 procent av de stödberättigande kostnaderna för små företag och högst "
         "25 procent för medelstora företag. Stödet är som mest 1 500 000 kr per projekt. "
         "Projekt med kostnader under 200 000 kr prövas inte."),
        ("När är sista ansökningsdag?",
         "Vårens ansökningsomgång för investeringsstöd stänger den 15 mars 2026. Nästa omgång "
         "öppnar den 1 september 2026 och stänger den 31 oktober 2026."),
        ("Vad är en konsultcheck?",
         "Konsultchecken är ett stöd för att köpa extern expertis, till exempel inom "
         "digitalisering eller export. Checken täcker 50 procent av konsultkostnaden, dock högst "
         "100 000 kr. Konsultchecken kan sökas löpande under året."),
        ("Hur lång är handläggningstiden?",
         "Normalt fattas beslut inom åtta veckor från att ansökan är komplett. Under perioder "
         "med många ansökningar kan det ta upp till tolv veckor."),
        ("Hur betalas stödet ut?",
         "Stödet betalas ut i efterhand mot redovisade och betalda kostnader, i högst tre "
         "rekvisitioner. Slutrekvisitionen ska lämnas senast två månader efter projektets slut. "
         "10 procent av stödet hålls inne tills slutrapporten har godkänts."),
        ("Vilka kostnader är inte stödberättigande?",
         "Löpande driftskostnader, leasing, begagnad utrustning från närstående företag, moms "
         "som kan dras av samt kostnader som uppstått innan ansökan kom in."),
        ("Kan vi kombinera stöd?",
         "Ja, men det sammanlagda offentliga stödet får inte överstiga reglerna för "
         "de minimis-stöd, det vill säga 300 000 euro under tre år."),
    ]
    for q, a in qa:
        d.add_heading(q, level=2)
        d.add_paragraph(a)
    d.add_paragraph("Har du fler frågor? Kontakta företagsstödsenheten på "
                    "foretagsstod@luk.example.se eller 013-20 40 00.")
    d.save(str(path))


# ---------------------------------------------------------------- 4. Beslut
def beslut(path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("B", parent=ss["BodyText"], fontName="DV", fontSize=10.5,
                          leading=14, spaceAfter=6)
    h = ParagraphStyle("H", parent=body, fontName="DV-Bold", fontSize=12, spaceBefore=8)
    ti = ParagraphStyle("T", parent=body, fontName="DV-Bold", fontSize=18, leading=22,
                        spaceAfter=12)
    meta = [["Diarienummer:", "RUN 2025-0417"],
            ["Beslutsdatum:", "2025-06-18"],
            ["Sökande:", "Norrbottens Innovationsnod ekonomisk förening (org.nr 769612-3345)"],
            ["Projekt:", "Vätgasklustret Norr"],
            ["Projektperiod:", "2025-08-01 – 2027-07-31"],
            ["Län:", "Norrbottens län"]]
    mt = Table(meta, colWidths=[3.6 * cm, 12 * cm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "DV-Bold", 10),
                            ("FONT", (1, 0), (1, -1), "DV", 10)]))
    fin = [["Finansiär", "Belopp kr"],
           ["Region Norrbotten (detta beslut)", "2 400 000"],
           ["Europeiska regionala utvecklingsfonden (ERUF)", "4 800 000"],
           ["Luleå kommun", "600 000"],
           ["Privat medfinansiering", "1 200 000"],
           ["Summa", "9 000 000"]]
    ft = Table(fin, colWidths=[10 * cm, 4 * cm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 10),
                            ("FONT", (0, 0), (-1, 0), "DV-Bold", 10),
                            ("FONT", (0, -1), (-1, -1), "DV-Bold", 10),
                            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    villkor = [
        "Stödet får endast användas för de ändamål som anges i ansökan.",
        "Projektet ska lämna en lägesrapport senast den 31 januari varje år.",
        "Slutrapport ska lämnas senast den 30 september 2027.",
        "Stödmottagaren ska informera om att projektet finansieras av Region Norrbotten och EU.",
        "Väsentliga ändringar i projektet ska godkännas i förväg av Region Norrbotten.",
        "Stödet kan återkrävas om villkoren inte följs.",
    ]

    def hdr(canvas, doc):
        canvas.saveState()
        canvas.setFont("DV-Bold", 10)
        canvas.drawString(2.2 * cm, A4[1] - 1.4 * cm, "Region Norrbotten")
        canvas.setFont("DV", 9)
        canvas.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.4 * cm,
                               f"BESLUT  Dnr RUN 2025-0417  Sida {doc.page} (2)")
        canvas.restoreState()

    s = [Paragraph("Beslut om regionalt projektstöd", ti), mt, Spacer(1, 0.4 * cm),
         Paragraph("Beslut", h),
         Paragraph("Region Norrbotten beviljar Norrbottens Innovationsnod ekonomisk förening "
                   "regionalt projektstöd med högst 2 400 000 kr för projektet Vätgasklustret "
                   "Norr. Stödet motsvarar högst 26,7 procent av projektets stödberättigande "
                   "kostnader.", body),
         Paragraph("Projektets syfte", h),
         Paragraph("Projektet ska bygga upp ett kluster av företag, kommuner och forskare kring "
                   "produktion och användning av fossilfri vätgas i Norrbottens län. Målet är att "
                   "minst 25 företag ska delta och att fem gemensamma demonstrationsprojekt ska "
                   "starta under projektperioden. Projektledare är Maria Kero.", body),
         Paragraph("Finansiering", h),
         Paragraph("Projektet finansieras enligt följande plan:", body), ft,
         PageBreak(),
         Paragraph("Villkor", h),
         ListFlowable([ListItem(Paragraph(v, body)) for v in villkor], bulletType="1",
                      bulletFormat="%s.", bulletFontName="DV"),
         Paragraph("Skäl för beslutet", h),
         Paragraph("Projektet bedöms bidra till målen i den regionala utvecklingsstrategin för "
                   "Norrbotten, särskilt målet om en hållbar industriell omställning. Sökanden har "
                   "visat att medfinansieringen är säkrad.", body),
         Paragraph("Hur man överklagar", h),
         Paragraph("Beslutet kan överklagas till förvaltningsrätten i Luleå. Överklagandet ska ha "
                   "kommit in till Region Norrbotten inom tre veckor från den dag sökanden fick del "
                   "av beslutet.", body),
         Spacer(1, 0.6 * cm),
         Paragraph("Beslut i detta ärende har fattats av regional utvecklingsdirektör Anders "
                   "Nyström. I den slutliga handläggningen har även handläggare Sara Öberg, "
                   "föredragande, deltagit.", body),
         Spacer(1, 0.8 * cm),
         Paragraph("Anders Nyström<br/>Regional utvecklingsdirektör", body),
         Spacer(1, 0.4 * cm),
         Paragraph("Sara Öberg<br/>Föredragande", body)]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.3 * cm, bottomMargin=2 * cm,
                            title="Beslut om regionalt projektstöd")
    doc.build(s, onFirstPage=hdr, onLaterPages=hdr)


# ---------------------------------------------------------------- 5. Minnesanteckningar
def anteckningar(path):
    txt = """Minnesanteckningar – styrgruppsmöte Gröna kompetenslyftet
Datum: 2025-10-08, kl. 13.00–15.30
Plats: LUK:s kontor i Linköping och via Teams

Närvarande: Karin Söderholm (ordförande, Region Skåne), Erik Malm (Region Östergötland), Lena Vikström (Region Norrbotten), Johan Lindqvist (projektledare), Amira Hassan (sekreterare)
Frånvarande: Peter Åberg (Luleå tekniska universitet), Sofia Lund (Linköpings universitet)

1. Mötets öppnande
Ordföranden öppnade mötet och hälsade välkommen.

2. Föregående minnesanteckningar
Anteckningarna från mötet 2025-06-11 gicks igenom.
Beslut: Anteckningarna lades till handlingarna.

3. Lägesrapport från projektledaren
Johan Lindqvist redovisade att 612 deltagare och 95 företag hittills deltagit. Andelen kvinnor är 37 procent, under målet på 40 procent. Rekryteringen i Norrbotten går långsammast.

4. Ekonomisk uppföljning
Projektet har förbrukat 41 procent av budgeten efter 40 procent av projekttiden. Kostnaderna för resor är lägre än planerat.
Beslut: Styrgruppen beslutade att flytta 350 000 kr från posten resor till utbildningsinsatser i Norrbotten.

5. Åtgärder för att nå fler kvinnor
Diskussion om riktade utbildningar inom vård- och omsorgsnära teknik.
Beslut: Projektledaren får i uppdrag att ta fram en plan för att öka andelen kvinnor till nästa möte.

6. Extern utvärdering
Upphandlingen av extern utvärderare är klar. Uppdraget gick till Ramböll.

7. Övriga frågor
Inga övriga frågor.

8. Nästa möte
Nästa möte hålls den 10 december 2025 kl. 13.00 i Malmö.

Vid anteckningarna
Amira Hassan
"""
    Path(path).write_text(txt, encoding="utf-8")


# ---------------------------------------------------------------- 6. Ordlista
def ordlista(path):
    rows = [
        ("ERUF", "Europeiska regionala utvecklingsfonden. EU-fond som finansierar projekt för "
                 "regional tillväxt, innovation och omställning."),
        ("ESF+", "Europeiska socialfonden plus. EU-fond för kompetensutveckling och "
                 "arbetsmarknadsinsatser."),
        ("LUK", "Länsöverskridande utvecklingskontoret, gemensamt kontor för Östergötlands, "
                "Skåne och Norrbottens län."),
        ("RUS", "Regional utvecklingsstrategi. Länets övergripande strategi för hållbar "
                "regional utveckling."),
        ("SMF", "Små och medelstora företag, det vill säga företag med färre än 250 anställda."),
        ("tkr", "Tusen kronor."),
        ("De minimis-stöd", "Stöd av mindre betydelse. Ett företag får få högst 300 000 euro i "
                            "sådant stöd under en period av tre år."),
        ("Medfinansiering", "Den del av ett projekts kostnader som betalas av andra än "
                            "huvudfinansiären, t.ex. kommuner eller privata företag."),
        ("Rekvisition", "Begäran om utbetalning av beviljat stöd mot redovisade kostnader."),
        ("Stödberättigande kostnad", "Kostnad som får räknas in i det underlag som stödet "
                                     "beräknas på."),
        ("Smart specialisering", "Strategi där regionen prioriterar de områden där den har "
                                 "särskilda styrkor för forskning och innovation."),
        ("TRL", "Technology Readiness Level, en skala från 1 till 9 som beskriver hur mogen en "
                "teknik är."),
    ]
    lines = ["# Ordlista", "",
             "Begrepp och förkortningar som används i LUK:s dokument. Uppdaterad januari 2026.", "",
             "| Term | Förklaring |", "|---|---|"]
    lines += [f"| {t} | {f} |" for t, f in rows]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(59)
    data = make_data(rng)
    verksamhetsberattelse(out / "Verksamhetsberattelse_2025.pdf", data)
    bildspel(out / "Grona_kompetenslyftet_halvtidsavstamning.pdf")
    faq(out / "Vanliga_fragor_om_foretagsstod.docx")
    beslut(out / "Beslut_projektstod_RUN_2025-0417.pdf")
    anteckningar(out / "Styrgrupp_Grona_kompetenslyftet_2025-10-08.txt")
    ordlista(out / "Ordlista.md")
    print("skrev", sorted(p.name for p in out.iterdir()))


if __name__ == "__main__":
    main()
