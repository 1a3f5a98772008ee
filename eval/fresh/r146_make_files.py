#!/usr/bin/env python3
"""r146 – sex påhittade arbetsdokument från Kompetensplattform Skaraborg
(Skaraborgs kommunalförbund) om arbetsintegrerande sociala företag (ASF).

Körs:  python3 r146_make_files.py OUT_DIR      (deterministiskt, invariant PDF)

Filer och layoutdrag
--------------------
1. Kartlaggning_ASF_Skaraborg_2026_rapport_2026-4.pdf   (PDF, 6 sidor)
   - Designad rapport: färgat titelblad utan sidhuvud, löpande sidhuvud från
     sidan 2 (titel vänster, "Rapport 2026:4" höger), sidfot "Sida N av M".
   - Kapitelrubriker med SPÄRRAD text (teckenavstånd, "S A M M A N F A T T N I N G"
     kan komma ut med mellanslag), ANFANGER (drop caps): kapitlets första bokstav
     är ritad separat i stor grad och resten av ordet står i brödtexten.
   - Marginaljusterad brödtext med avstavning (egen svensk avstavare).
   - Fotnoter längst ned på sidan (upphöjda siffror i löptexten).
   - Faktaruta (inramad tabell), Tabell 1 per kommun med 2023 som distraktor
     och totalsumma, Tabell 2 bransch, Tabell 3 intäktskällor, en
     tvåkolumnstabell med långa radbrutna celler (utmaning | förslag) vars
     rader flätas ihop vid textutdrag, numrerade rekommendationer, bilaga.
2. Arshjul_2027_Kompetensplattform_Skaraborg.pdf   (PDF, 3 sidor, blandad orientering)
   - Sida 1 liggande: ett ritat ÅRSHJUL (cirkel med 12 månadssektorer,
     aktivitetsetiketter utplacerade runt hjulet, radbrutna i två-tre rader,
     färgkodade kategorier med teckenförklaring). Textutdraget blir hackigt.
   - Sida 2–3 stående med löpande sidhuvud, sidfot "Fastställt … · Sida N av 3",
     numrerade avsnitt, avstavning, fotnoter, mötestabell och ansvarstabell,
     lista med ändringar mot 2026 (distraktor).
3. Utskrift_webbsida_Skaraborgsbidraget.pdf   (PDF, 2 sidor)
   - Webbsida utskriven från webbläsare: datum/tid och sidtitel överst, URL och
     "1/2" nederst på varje sida, sajtens navigeringsmeny och brödsmulor,
     en högerspalt (Kontakt, Relaterat, Dela) som kan flätas ihop med texten,
     en kakbanner som skrivits ut OVANPÅ varje sidas nederkant, en beloppstabell,
     en ruta med avslutade ansökningsperioder 2026 (distraktor) och ett
     dragspel "Vanliga frågor" där hopfällda frågor (+) saknar svar.
4. IOP_overenskommelse_Skovde_Returhuset_2027-2029.docx   (DOCX)
   - Ifylld mall: kvarlämnad grå kursiv instruktionstext inom hakparentes med
     EXEMPELVÄRDEN (150 000 kronor, tre månader, 2025–2026) som skiljer sig från de
     riktiga värdena; sidhuvud med Dnr, sidfot med mallnamn och PAGE/NUMPAGES,
     måltabell, finansieringstabell med "varav"-rader, kryssrutor ☒/☐ för
     förlängningsalternativ, underskriftstabell.
5. Kalenderexport_ASF-natverket_VT2027.txt   (TXT, iCalendar/ICS från Outlook)
   - RFC 5545 med CRLF, radvikning vid 75 oktetter (fortsättningsrader börjar
     med mellanslag, ord delas mitt i), \\n och \\, -escapes, VTIMEZONE,
     ett återkommande möte (RRULE) med EXDATE och en flyttad förekomst
     (RECURRENCE-ID), ett INSTÄLLT möte (STATUS:CANCELLED), ett flyttat möte med
     SEQUENCE och ett möte angivet i UTC (…T070000Z = 09.00 svensk sommartid).
6. Lagesrapport_T3_2026_handlingsplan_sociala_foretag.md   (Markdown)
   - Lägesrapport till styrgrupp: status som EMOJI-trafikljus med
     teckenförklaring, genomstruken (~~) struken aktivitet, nyckeltal med
     pilar, ekonomitabell med fetstilt summarad, risklista, förslag till beslut
     och en bilaga med Mentimeter-resultat som textstaplar (█░) i ett kodblock.
"""
import io
import math
import os
import sys
import zipfile

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm, cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, PageBreak,
                                NextPageTemplate, KeepTogether, Flowable)
from reportlab.platypus.flowables import ImageAndFlowables

FONTDIR_L = "/usr/share/fonts/truetype/liberation/"
FONTDIR_D = "/usr/share/fonts/truetype/dejavu/"


def reg_fonts():
    pdfmetrics.registerFont(TTFont("LSerif", FONTDIR_L + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-B", FONTDIR_L + "LiberationSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-I", FONTDIR_L + "LiberationSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-BI", FONTDIR_L + "LiberationSerif-BoldItalic.ttf"))
    pdfmetrics.registerFontFamily("LSerif", normal="LSerif", bold="LSerif-B",
                                  italic="LSerif-I", boldItalic="LSerif-BI")
    pdfmetrics.registerFont(TTFont("LSans", FONTDIR_L + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSans-B", FONTDIR_L + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSans-I", FONTDIR_L + "LiberationSans-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("LSans-BI", FONTDIR_L + "LiberationSans-BoldItalic.ttf"))
    pdfmetrics.registerFontFamily("LSans", normal="LSans", bold="LSans-B",
                                  italic="LSans-I", boldItalic="LSans-BI")
    pdfmetrics.registerFont(TTFont("DSans", FONTDIR_D + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DSans-B", FONTDIR_D + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DSans-I", FONTDIR_D + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DSans-BI", FONTDIR_D + "DejaVuSans-BoldOblique.ttf"))
    pdfmetrics.registerFontFamily("DSans", normal="DSans", bold="DSans-B",
                                  italic="DSans-I", boldItalic="DSans-BI")


# ---------------------------------------------------------------------------
# Enkel svensk avstavare (stavelseregel VC-CV / V-CV) för reportlab
# ---------------------------------------------------------------------------
VOWELS = set("aeiouyåäöéAEIOUYÅÄÖÉ")
NOSPLIT = {"ng", "sk", "sj", "tj", "ch", "ck", "st"}
KEEP = {"pr", "tr", "kr", "gr", "br", "dr", "fr", "pl", "kl", "bl", "fl", "gl"}


HYPH_EXC = {w.replace("-", ""): [i - k for k, i in enumerate(
    [m for m, ch in enumerate(w) if ch == "-"])] for w in [
    "analys-enhet", "arbets-marknads-enheter", "arbets-marknads-enheten", "räkenskaps-året",
    "sam-ordnare", "löne-stöd", "löne-stöden", "arbets-förmedlingen", "arbets-förmedlingens",
    "verksamhets-ledare", "verksamhets-ledarna", "upphandlings-nätverket", "handledar-utbildning",
    "förbunds-styrelsen", "förbunds-styrelsens", "kommunal-förbundet", "kommunal-förbundets",
    "arbets-träning", "personal-omsättningen", "affärs-utveckling", "vinst-utdelnings-begränsning",
    "närings-verksamhet", "kart-läggningen", "kart-läggningens", "sam-verkan", "sam-verkar",
    "styr-gruppen", "styr-gruppens", "plattformens", "ansöknings-omgångar", "ansöknings-omgångarna",
    "tjänste-personer", "nätverks-träffar", "förvaltnings-chefs-nivå", "kalender-dagar",
    "sommar-jobbs-satsningen", "bransch-rådet", "kompetens-dagen", "planerings-stöd",
    "arbetsmarknads-insatser", "kommun-direktörerna", "ersättnings-nivåerna", "gemensamt",
    "väl-dokumenterat", "svars-frekvens", "med-arbetarna", "del-aktighet", "grönyte-skötsel",
    "kunskaps-underlag", "hand-lings-planen", "upp-handlingar", "fler-åriga", "mät-tillfället",
    "omsättning", "miljoner", "finan-sierad", "finan-sierade", "överens-kommelse", "överens-kommelser", "överens-kommelsen", "företagen", "samtidigt", "ekonomiska", "begränsade",
]}


def sv_hyphenate(word):
    """Yield (head, tail) pairs, longest head first, for reportlab."""
    w = word
    n = len(w)
    if "-" in w:
        k = w.rfind("-") + 1
        for h, t in sv_hyphenate(w[k:]):
            yield w[:k] + h, t
        return
    exc = HYPH_EXC.get(w.lower())
    if exc is not None:
        for p in sorted(exc, reverse=True):
            yield w[:p], w[p:]
        return
    points = []
    i = 1
    while i < n:
        if w[i] in VOWELS and w[i - 1] not in VOWELS:
            # find start of consonant cluster before vowel i
            j = i - 1
            while j > 0 and w[j - 1] not in VOWELS:
                j -= 1
            if j == 0:
                i += 1
                continue
            cluster = w[j:i]
            if len(cluster) == 1:
                p = j
            else:
                cl = cluster.lower()
                if cl[-1] == "s":
                    p = i
                elif cl.startswith("ck") and len(cl) > 2:
                    p = j + 2
                elif cl[-2:] in KEEP or cl[-2:] in NOSPLIT:
                    p = i - 2
                else:
                    p = i - 1
            if p >= 3 and n - p >= 3:
                points.append(p)
        i += 1
    for p in sorted(set(points), reverse=True):
        yield w[:p], w[p:]


# ---------------------------------------------------------------------------
# Gemensamma flowables
# ---------------------------------------------------------------------------
class FootnoteMark(Flowable):
    """Zero-size flowable that registers a footnote for the current page."""

    def __init__(self, num, text):
        Flowable.__init__(self)
        self.num = num
        self.text = text

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        doc = self.canv._doctemplate
        doc.page_notes.append((self.num, self.text))


class SpacedHeading(Flowable):
    """Chapter heading drawn with wide character spacing (letter-spaced)."""

    def __init__(self, text, font="LSans-B", size=13, space=3.2, color=colors.HexColor("#1F4E5F"),
                 before=14, after=8):
        Flowable.__init__(self)
        self.text = text
        self.font = font
        self.size = size
        self.space = space
        self.color = color
        self.before = before
        self.after = after

    def wrap(self, aw, ah):
        self.aw = aw
        return (aw, self.before + self.size + self.after + 4)

    def draw(self):
        c = self.canv
        y = self.after + 4
        t = c.beginText()
        t.setTextOrigin(0, y)
        t.setFont(self.font, self.size)
        t.setCharSpace(self.space)
        t.setFillColor(self.color)
        t.textOut(self.text)
        c.drawText(t)
        c.setStrokeColor(self.color)
        c.setLineWidth(0.8)
        c.line(0, y - 4, self.aw, y - 4)


class DropCap(Flowable):
    def __init__(self, letter, font="LSerif-B", size=38, color=colors.HexColor("#1F4E5F")):
        Flowable.__init__(self)
        self.letter = letter
        self.font = font
        self.size = size
        self.color = color

    def wrap(self, aw, ah):
        self.w = stringWidth(self.letter, self.font, self.size)
        return (self.w, self.size * 0.78)

    def _restrictSize(self, aW, aH):
        return self.wrap(aW, aH)

    def _unRestrictSize(self):
        pass

    def draw(self):
        c = self.canv
        c.setFillColor(self.color)
        c.setFont(self.font, self.size)
        c.drawString(0, 2, self.letter)


def drop_cap_para(text, style):
    first = text[0]
    rest = text[1:]
    return ImageAndFlowables(DropCap(first), [Paragraph(rest, style)],
                             imageLeftPadding=0, imageRightPadding=3,
                             imageTopPadding=0, imageBottomPadding=0, imageSide="left")


def count_pages(build_fn):
    buf = io.BytesIO()
    n = build_fn(buf, 99)
    return n


# ===========================================================================
# 1. Kartläggningsrapport (PDF)
# ===========================================================================
REPORT_TITLE = "Kartläggning av arbetsintegrerande sociala företag i Skaraborg 2026"

KOMMUNER = [
    # kommun, ftg2023, ftg2026, anst2026, varav stöd, praktik2026
    ("Essunga", 1, 1, 4, 3, 6),
    ("Falköping", 4, 5, 38, 24, 41),
    ("Grästorp", 0, 1, 3, 2, 4),
    ("Gullspång", 1, 1, 6, 4, 7),
    ("Götene", 2, 2, 14, 9, 16),
    ("Hjo", 1, 2, 9, 6, 11),
    ("Karlsborg", 0, 1, 2, 1, 3),
    ("Lidköping", 5, 6, 52, 33, 55),
    ("Mariestad", 3, 4, 27, 17, 29),
    ("Skara", 2, 3, 18, 11, 22),
    ("Skövde", 7, 8, 71, 44, 74),
    ("Tibro", 1, 1, 7, 5, 8),
    ("Tidaholm", 2, 2, 15, 9, 13),
    ("Töreboda", 1, 1, 5, 3, 6),
    ("Vara", 3, 3, 27, 16, 19),
]


def build_report(out, total_pages):
    W, H = A4
    lm, rm, tm, bm = 25 * mm, 25 * mm, 25 * mm, 34 * mm

    class Doc(BaseDocTemplate):
        def __init__(self, *a, **k):
            BaseDocTemplate.__init__(self, *a, **k)
            self.page_notes = []

    doc = Doc(out, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
              bottomMargin=bm, title=REPORT_TITLE, author="Skaraborgs kommunalförbund",
              subject="Rapport 2026:4", creator="Microsoft Word för Microsoft 365")

    def title_page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#1F4E5F"))
        c.rect(0, H - 115 * mm, W, 115 * mm, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#E8A33D"))
        c.rect(0, H - 119 * mm, W, 4 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("LSans", 11)
        c.drawString(lm, H - 30 * mm, "SKARABORGS KOMMUNALFÖRBUND  |  KOMPETENSPLATTFORM SKARABORG")
        c.setFont("LSans-B", 26)
        c.drawString(lm, H - 62 * mm, "Kartläggning av arbets-")
        c.drawString(lm, H - 73 * mm, "integrerande sociala företag")
        c.drawString(lm, H - 84 * mm, "i Skaraborg 2026")
        c.setFont("LSans", 12)
        c.drawString(lm, H - 100 * mm, "Antal, anställda, ekonomi och utmaningar")
        c.setFillColor(colors.HexColor("#1F4E5F"))
        c.setFont("LSans-B", 14)
        c.drawString(lm, 80 * mm, "Rapport 2026:4")
        c.setFont("LSans", 11)
        c.drawString(lm, 72 * mm, "Oktober 2026")
        c.drawString(lm, 60 * mm, "Författare: Linnea Bergqvist och Omar Haddad, analysenheten")
        c.setFont("LSans", 8)
        c.setFillColor(colors.grey)
        c.drawString(lm, 20 * mm, "Omslagsbild: Verkstaden hos Returhuset i Skövde. Foto: Kompetensplattform Skaraborg.")
        c.restoreState()

    def body_page(c, d):
        c.saveState()
        c.setFont("LSans", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(lm, H - 15 * mm, REPORT_TITLE)
        c.drawRightString(W - rm, H - 15 * mm, "Rapport 2026:4")
        c.setStrokeColor(colors.HexColor("#E8A33D"))
        c.setLineWidth(0.6)
        c.line(lm, H - 17 * mm, W - rm, H - 17 * mm)
        c.line(lm, 14 * mm, W - rm, 14 * mm)
        c.drawString(lm, 10 * mm, "Skaraborgs kommunalförbund")
        c.drawRightString(W - rm, 10 * mm, "Sida %d av %d" % (d.page, total_pages))
        c.restoreState()

    def body_page_end(c, d):
        notes = d.page_notes
        if notes:
            c.saveState()
            y = bm - 6 * mm
            lines = []
            for num, text in notes:
                p = Paragraph("<super>%d</super> %s" % (num, text), ST["fn"])
                w, h = p.wrap(W - lm - rm, 100)
                lines.append((p, h))
            tot = sum(h for _, h in lines) + 2
            ytop = 16 * mm + tot + 3
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.4)
            c.line(lm, ytop + 2, lm + 45 * mm, ytop + 2)
            y = ytop
            for p, h in lines:
                y -= h
                p.drawOn(c, lm, y)
                y -= 1
            c.restoreState()
        d.page_notes = []

    fr_title = Frame(lm, bm, W - lm - rm, H - tm - bm, id="t")
    fr_body = Frame(lm, bm, W - lm - rm, H - tm - bm, id="b")
    doc.addPageTemplates([
        PageTemplate(id="title", frames=[fr_title], onPage=title_page),
        PageTemplate(id="body", frames=[fr_body], onPage=body_page, onPageEnd=body_page_end),
    ])

    S = []
    S.append(NextPageTemplate("body"))
    S.append(PageBreak())

    # --- Förord
    S.append(Paragraph("Förord", ST["h1"]))
    for t in [
        "Arbetsintegrerande sociala företag är en viktig del av arbetsmarknaden i Skaraborg. "
        "De erbjuder arbete, arbetsträning och gemenskap för personer som står långt från "
        "arbetsmarknaden, och de bidrar samtidigt med varor och tjänster som efterfrågas lokalt. "
        "Den här rapporten är den andra kartläggningen av sektorn som kommunalförbundet låter "
        "genomföra; den första gjordes 2023.",
        "Kartläggningen har genomförts av Linnea Bergqvist och Omar Haddad vid kommunalförbundets "
        "analysenhet. Ett särskilt tack riktas till de företag som tog sig tid att besvara enkäten "
        "och till kommunernas arbetsmarknadsenheter som bidragit med uppgifter.",
    ]:
        S.append(Paragraph(t, ST["body"]))
    S.append(Paragraph("Skövde i oktober 2026", ST["body"]))
    S.append(Paragraph("<i>Helena Strömgren</i><br/>Förbundsdirektör, Skaraborgs kommunalförbund", ST["bodyL"]))
    S.append(Spacer(1, 8))

    # --- Sammanfattning med anfang
    S.append(SpacedHeading("SAMMANFATTNING"))
    S.append(drop_cap_para(
        "Kartläggningen identifierar 41 arbetsintegrerande sociala företag (ASF) i Skaraborg "
        "2026, att jämföra med 33 företag i kartläggningen 2023. Ökningen förklaras främst av "
        "nystartade företag inom återbruk och second hand, men även av att fler kommuner nu aktivt "
        "stöttar företagen genom idéburna offentliga partnerskap (IOP).", ST["body"]))
    for t in [
        "Företagen hade tillsammans 298 anställda den 1 mars 2026, varav 187 hade en anställning "
        "med stöd från Arbetsförmedlingen. Därutöver tog företagen emot 314 personer i "
        "arbetsträning eller praktik. Sammanlagt var alltså 612 personer verksamma i sektorn vid "
        "mättillfället. Drygt hälften av de anställda finns i Skövde, Lidköping och Falköping.",
        "Den sammanlagda omsättningen uppgick till 96,4 miljoner kronor 2025. Försäljning av varor "
        "och tjänster svarar för 58 procent av intäkterna, medan ersättningar från "
        "Arbetsförmedlingen utgör 24 procent. Beroendet av statliga ersättningar är därmed fortsatt "
        "stort, och flera företag beskriver en osäkerhet inför förändringar i lönestöden.",
        "Rapporten rekommenderar bland annat att kommunalförbundet inrättar en gemensam "
        "ASF-samordnare, att fler kommuner tecknar IOP-överenskommelser och att reserverade "
        "upphandlingar prövas i minst fem kommuner före utgången av 2027.",
    ]:
        S.append(Paragraph(t, ST["body"]))
    fakta = [
        [Paragraph("<b>Skaraborg i siffror</b>", ST["cellB"]), ""],
        [Paragraph("41", ST["big"]), Paragraph("ASF 2026 (33 år 2023)", ST["cell"])],
        [Paragraph("298", ST["big"]), Paragraph("anställda, varav 187 med stöd från Arbetsförmedlingen", ST["cell"])],
        [Paragraph("314", ST["big"]), Paragraph("personer i arbetsträning eller praktik", ST["cell"])],
        [Paragraph("96,4", ST["big"]), Paragraph("mnkr i sammanlagd omsättning 2025", ST["cell"])],
        [Paragraph("88 %", ST["big"]), Paragraph("svarsfrekvens i enkäten", ST["cell"])],
    ]
    ft = Table(fakta, colWidths=[26 * mm, 80 * mm], hAlign="RIGHT")
    ft.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF4F5")),
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1F4E5F")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    S.append(Spacer(1, 4))
    S.append(ft)

    # --- 1 Inledning
    S.append(PageBreak())
    S.append(SpacedHeading("1  INLEDNING"))
    S.append(Paragraph("1.1 Uppdrag och syfte", ST["h2"]))
    S.append(drop_cap_para(
        "Skaraborgs kommunalförbund fick i december 2025 i uppdrag av förbundsstyrelsen att följa "
        "upp 2023 års kartläggning av arbetsintegrerande sociala företag.<super>1</super> Syftet är att ge "
        "kommunerna, Arbetsförmedlingen och Västra Götalandsregionen ett gemensamt kunskapsunderlag "
        "om sektorns storlek, inriktning och utmaningar. Uppdraget ingår i handlingsplanen för "
        "sociala företag i Skaraborg 2025–2027 (aktivitet A1).", ST["body"]))
    S.append(FootnoteMark(1, "Förbundsstyrelsens beslut 2025-12-11, § 87. Kartläggningen 2023 "
                             "genomfördes av en extern konsult och metoden skiljer sig delvis från "
                             "årets kartläggning, se avsnitt 1.3."))
    S.append(Paragraph("1.2 Vad är ett arbetsintegrerande socialt företag?", ST["h2"]))
    S.append(Paragraph(
        "I rapporten används Tillväxtverkets definition. Ett arbetsintegrerande socialt företag är "
        "ett företag som", ST["body"]))
    for b in [
        "driver näringsverksamhet, det vill säga producerar och säljer varor eller tjänster,",
        "har som övergripande ändamål att integrera människor som har stora svårigheter att få "
        "eller behålla ett arbete,",
        "skapar delaktighet för medarbetarna genom ägande, avtal eller på annat väldokumenterat sätt,",
        "i huvudsak återinvesterar sina vinster i den egna eller i liknande verksamheter, och",
        "är organisatoriskt fristående från offentlig verksamhet.",
    ]:
        S.append(Paragraph(b, ST["bullet"], bulletText="•"))
    S.append(Paragraph(
        "Företagsformen har ingen betydelse för om ett företag räknas som ASF. De flesta företagen "
        "i Skaraborg är ekonomiska föreningar, men kartläggningen omfattar även aktiebolag med "
        "särskild vinstutdelningsbegränsning (svb) och ideella föreningar som bedriver "
        "näringsverksamhet.<super>2</super> Kommunala arbetsmarknadsenheter och andra verksamheter "
        "i offentlig regi ingår inte, även om de ofta bedriver liknande verksamhet.", ST["body"]))
    S.append(FootnoteMark(2, "Aktiebolag med särskild vinstutdelningsbegränsning regleras i 32 kap. "
                             "aktiebolagslagen (2005:551)."))
    S.append(Paragraph("1.3 Metod och genomförande", ST["h2"]))
    for t in [
        "Kartläggningen bygger på tre källor: en webbenkät till företagen, uppgifter från kommunernas "
        "arbetsmarknadsenheter och Arbetsförmedlingens lokala kontor samt tolv intervjuer med "
        "verksamhetsledare. Enkäten var öppen mellan den 2 mars och den 10 april 2026.",
        "Sammanlagt identifierades 47 möjliga företag. Av dessa bedömdes 41 uppfylla definitionen i "
        "avsnitt 1.2. Enkäten besvarades av 36 av de 41 företagen, vilket ger en svarsfrekvens på "
        "88 procent. För de fem företag som inte svarade har uppgifter om antal anställda hämtats "
        "från kommunerna.<super>3</super>",
        "Uppgifterna om anställda och deltagare avser den 1 mars 2026. Ekonomiska uppgifter avser "
        "räkenskapsåret 2025. Kartläggningen 2023 byggde enbart på en enkät och hade en svarsfrekvens "
        "på 71 procent, vilket gör att jämförelser över tid ska tolkas med försiktighet.",
    ]:
        S.append(Paragraph(t, ST["body"]))
    S.append(FootnoteMark(3, "Gäller företag i Gullspång, Mariestad (två företag), Töreboda och Vara. "
                             "Uppgifterna har stämts av med respektive kommun i maj 2026."))

    # --- 2 Resultat
    S.append(SpacedHeading("2  RESULTAT"))
    S.append(Paragraph("2.1 Företag och anställda per kommun", ST["h2"]))
    S.append(drop_cap_para(
        "Tabell 1 visar antalet företag, anställda och personer i arbetsträning eller praktik per "
        "kommun. Skövde har flest företag (8) och flest anställda (71), följt av Lidköping och "
        "Falköping. Grästorp och Karlsborg har för första gången var sitt företag, medan antalet är "
        "oförändrat i sju kommuner.", ST["body"]))
    S.append(Paragraph(
        "Av de anställda hade 187 personer, eller 63 procent, en anställning med någon form av stöd "
        "från Arbetsförmedlingen, främst lönebidrag för utveckling i anställning, introduktionsjobb "
        "och nystartsjobb. Andelen är något lägre än 2023, då den uppgick till 68 procent.", ST["body"]))
    hdr = ["Kommun", "Företag 2023", "Företag 2026", "Anställda 2026",
           "varav med stöd från AF", "I arbetsträning eller praktik 2026"]
    rows = [[Paragraph(h, ST["th"]) for h in hdr]]
    for k, a, b, c_, d_, e in KOMMUNER:
        name = k + ("<super>4</super>" if k == "Tidaholm" else "")
        rows.append([Paragraph(name, ST["td"]), str(a), str(b), str(c_), str(d_), str(e)])
    tot = [sum(r[i] for r in KOMMUNER) for i in range(1, 6)]
    rows.append([Paragraph("<b>Skaraborg totalt</b>", ST["td"])] + ["%d" % v for v in tot])
    t1 = Table(rows, colWidths=[32 * mm, 21 * mm, 21 * mm, 23 * mm, 27 * mm, 32 * mm], repeatRows=1)
    t1.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), "LSans", 8.5),
        ("FONT", (1, -1), (-1, -1), "LSans-B", 8.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E5F")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
        ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F3F6F7")]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    S.append(Paragraph("Tabell 1. Arbetsintegrerande sociala företag per kommun, 2023 och 2026", ST["cap"]))
    S.append(t1)
    S.append(Paragraph("Källa: Enkät till företagen 2026 samt kommunernas arbetsmarknadsenheter. "
                       "Anställda och deltagare avser den 1 mars 2026.", ST["src"]))
    S.append(FootnoteMark(4, "Ett av företagen i Tidaholm har under 2026 flyttat sitt säte till Skövde "
                             "men bedriver all verksamhet i Tidaholm och redovisas därför under Tidaholm."))

    S.append(Paragraph("2.2 Branscher", ST["h2"]))
    S.append(Paragraph(
        "Återbruk och second hand är den vanligaste branschen med tolv företag, vilket är fem fler än "
        "2023. Därefter följer café, restaurang och catering samt fastighetsservice, städ och "
        "grönyteskötsel. Flera företag är verksamma inom mer än en bransch och har då redovisats "
        "utifrån den största verksamheten.", ST["body"]))
    b_rows = [["Bransch", "Antal företag 2026", "Andel (%)"],
              ["Återbruk och second hand", "12", "29"],
              ["Café, restaurang och catering", "9", "22"],
              ["Fastighetsservice, städ och grönyteskötsel", "8", "20"],
              ["Tillverkning och snickeri", "5", "12"],
              ["Odling och djurhållning", "4", "10"],
              ["Övrigt (t.ex. tvätteri och cykelverkstad)", "3", "7"],
              ["Totalt", "41", "100"]]
    t2 = Table(b_rows, colWidths=[80 * mm, 35 * mm, 25 * mm])
    t2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "LSans", 8.5),
        ("FONT", (0, 0), (-1, 0), "LSans-B", 8.5),
        ("FONT", (0, -1), (-1, -1), "LSans-B", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    S.append(KeepTogether([Paragraph("Tabell 2. Företag efter huvudsaklig bransch 2026", ST["cap"]), t2]))

    S.append(Paragraph("2.3 Ekonomi och finansiering", ST["h2"]))
    S.append(Paragraph(
        "Företagens sammanlagda omsättning var 96,4 miljoner kronor 2025. Medianföretaget omsatte "
        "1,7 miljoner kronor, och fyra företag hade en omsättning över 5 miljoner kronor. Tabell 3 "
        "visar hur intäkterna fördelades mellan olika källor.", ST["body"]))
    i_rows = [["Intäktskälla", "Andel av intäkterna 2025 (%)"],
              ["Försäljning av varor och tjänster", "58"],
              ["Ersättningar från Arbetsförmedlingen (lönestöd, handledarstöd m.m.)", "24"],
              ["Kommunala uppdrag och IOP-överenskommelser", "13"],
              ["Projektmedel och övriga bidrag", "5"],
              ["Totalt", "100"]]
    t3 = Table(i_rows, colWidths=[110 * mm, 45 * mm])
    t3.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "LSans", 8.5),
        ("FONT", (0, 0), (-1, 0), "LSans-B", 8.5),
        ("FONT", (0, -1), (-1, -1), "LSans-B", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    S.append(KeepTogether([Paragraph("Tabell 3. Företagens intäkter efter källa 2025", ST["cap"]), t3]))
    S.append(Paragraph(
        "Jämfört med 2023 har andelen från kommunala uppdrag och IOP ökat från 8 till 13 procent."
        "<super>5</super> Hälften av företagen redovisade ett positivt resultat 2025, medan elva "
        "företag redovisade ett underskott. Tre företag uppger att de riskerar att behöva minska "
        "antalet anställda under 2027 om ersättningsnivåerna för lönestöd sänks.", ST["body"]))
    S.append(FootnoteMark(5, "Andelarna för 2023 är beräknade på de 29 företag som lämnade ekonomiska "
                             "uppgifter det året."))

    S.append(Paragraph("2.4 Utmaningar och förslag", ST["h2"]))
    S.append(Paragraph(
        "I enkäten och intervjuerna fick företagen beskriva sina största utmaningar. Tabellen nedan "
        "sammanfattar de fyra utmaningar som nämndes oftast, tillsammans med de förslag som "
        "kartläggningen leder fram till.", ST["body"]))
    u_rows = [
        [Paragraph("<b>Utmaning som företagen lyfter</b>", ST["cell"]),
         Paragraph("<b>Förslag från kartläggningen</b>", ST["cell"])],
        [Paragraph("<b>Osäker finansiering.</b> Många företag är beroende av lönestöd och "
                   "handledarstöd från Arbetsförmedlingen, och förändrade regler eller "
                   "neddragningar slår snabbt igenom på ekonomin och bemanningen.", ST["cell"]),
         Paragraph("Kommunerna bör teckna fleråriga IOP-överenskommelser, tre till fyra år, med de "
                   "företag som tar emot deltagare från kommunens arbetsmarknadsinsatser, så att "
                   "företagen får en stabilare grund att planera utifrån.", ST["cell"])],
        [Paragraph("<b>Svårt att delta i offentliga upphandlingar.</b> Företagen upplever att "
                   "kraven är för omfattande och att kontrakten är för stora för att de ska kunna "
                   "lämna anbud.", ST["cell"]),
         Paragraph("Kommunerna bör pröva reserverade upphandlingar enligt 4 kap. 18 § LOU och dela "
                   "upp kontrakt i mindre delar. Upphandlingsnätverket i Skaraborg bör erbjuda en "
                   "gemensam utbildning för upphandlare.", ST["cell"])],
        [Paragraph("<b>Brist på handledare.</b> Handledarna har en nyckelroll men saknar ofta "
                   "formell utbildning, och personalomsättningen bland handledare är hög.", ST["cell"]),
         Paragraph("En gemensam handledarutbildning bör erbjudas i samarbete med "
                   "Arbetsförmedlingen och vuxenutbildningen, med minst 40 platser per år.", ST["cell"])],
        [Paragraph("<b>Litet utrymme för utveckling.</b> Verksamhetsledarna har sällan tid för "
                   "affärsutveckling, marknadsföring eller samverkan med andra företag.", ST["cell"]),
         Paragraph("Kommunalförbundet bör inrätta en gemensam ASF-samordnare som stöttar företagen "
                   "och håller ihop nätverket.", ST["cell"])],
    ]
    t4 = Table(u_rows, colWidths=[80 * mm, 80 * mm], repeatRows=1)
    t4.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F6E3C3")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
    ]))
    S.append(Paragraph("Tabell 4. Företagens största utmaningar och kartläggningens förslag", ST["cap"]))
    S.append(t4)

    # --- 3 Slutsatser
    S.append(SpacedHeading("3  SLUTSATSER OCH REKOMMENDATIONER"))
    S.append(drop_cap_para(
        "Sektorn har vuxit sedan 2023 och har i dag en betydande roll för kommunernas och "
        "Arbetsförmedlingens arbete med personer som står långt från arbetsmarknaden. Samtidigt är "
        "företagen sårbara: de är små, har begränsade marginaler och är beroende av ersättningar "
        "som kan förändras med kort varsel. Kartläggningen visar också stora skillnader mellan "
        "kommunerna när det gäller hur aktivt de samverkar med företagen.", ST["body"]))
    S.append(Paragraph("Utifrån kartläggningen lämnas följande rekommendationer:", ST["body"]))
    recs = [
        "Inrätta en gemensam ASF-samordnare på halvtid vid kommunalförbundet från och med 2027, "
        "finansierad gemensamt av de femton kommunerna.",
        "Verka för att minst åtta av de femton kommunerna har tecknat en IOP-överenskommelse med "
        "ett eller flera ASF före utgången av 2027.",
        "Pröva reserverade upphandlingar i minst fem kommuner före utgången av 2027.",
        "Erbjud en gemensam handledarutbildning med minst 40 platser per år.",
        "Genomför nästa kartläggning 2029 med samma metod som 2026, så att resultaten blir jämförbara.",
    ]
    for i, r in enumerate(recs, 1):
        S.append(Paragraph(r, ST["num"], bulletText="%d." % i))

    # --- Bilaga
    S.append(PageBreak())
    S.append(SpacedHeading("BILAGA 1  MEDVERKANDE FÖRETAG", size=11.5, space=2.4))
    S.append(Paragraph(
        "Av de 36 företag som besvarade enkäten har 12 medgett att de namnges i rapporten. "
        "Övriga företag redovisas endast i sammanställd form.", ST["body"]))
    f_rows = [["Företag", "Kommun", "Bransch", "Startår"],
              ["Returhuset Skövde ekonomisk förening", "Skövde", "Återbruk och second hand", "2011"],
              ["Falbygdens Återbruk ekonomisk förening", "Falköping", "Återbruk och second hand", "2013"],
              ["Vävstugan i Hjo ekonomisk förening", "Hjo", "Tillverkning och snickeri", "2014"],
              ["Kafé Kvarnen ekonomisk förening", "Mariestad", "Café, restaurang och catering", "2015"],
              ["Kinnebygdens Trädgård ekonomisk förening", "Götene", "Odling och djurhållning", "2016"],
              ["Gröna Händer Vara ekonomisk förening", "Vara", "Odling och djurhållning", "2017"],
              ["Matglädje Skara ekonomisk förening", "Skara", "Café, restaurang och catering", "2018"],
              ["Cykelköket Lidköping AB (svb)", "Lidköping", "Övrigt", "2019"],
              ["Städkraft Skaraborg AB (svb)", "Skövde", "Fastighetsservice, städ och grönyteskötsel", "2020"],
              ["Snickarboden Tibro ekonomisk förening", "Tibro", "Tillverkning och snickeri", "2009"],
              ["Tvätteriet i Karlsborg ekonomisk förening", "Karlsborg", "Övrigt", "2024"],
              ["Återbrukshallen Grästorp ideell förening", "Grästorp", "Återbruk och second hand", "2025"]]
    t5 = Table([[Paragraph(c_, ST["td"]) for c_ in r] for r in f_rows],
               colWidths=[62 * mm, 22 * mm, 58 * mm, 15 * mm], repeatRows=1)
    t5.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEF4F5")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    S.append(t5)

    doc.build(S)
    return doc.page


# ===========================================================================
# 2. Årshjul 2027 (PDF)
# ===========================================================================
CAT = {
    "S": colors.HexColor("#2E6DA4"),   # styrgrupp och beslut
    "A": colors.HexColor("#E07B24"),   # ansökan och uppföljning
    "N": colors.HexColor("#3C9A4E"),   # nätverk och evenemang
}
MONTHS = ["JANUARI", "FEBRUARI", "MARS", "APRIL", "MAJ", "JUNI", "JULI", "AUGUSTI",
          "SEPTEMBER", "OKTOBER", "NOVEMBER", "DECEMBER"]
WHEEL = {
    0: [("N", ["v. 3 Uppstart", "ASF-nätverket"]), ("A", ["v. 4 Statistik-", "rapport Q4"])],
    1: [("S", ["v. 6 Styrgrupp 1"]), ("A", ["v. 8 Sista ansöknings-", "dag Skaraborgs-", "bidraget (vår)"])],
    2: [("N", ["v. 11 Kompetens-", "dagen i Skövde"])],
    3: [("S", ["v. 15 Styrgrupp 2"]), ("S", ["v. 16 Beslut", "Skaraborgs-", "bidraget (vår)"])],
    4: [("N", ["v. 20 Branschråd", "industri"]), ("A", ["v. 21 Delårs-", "uppföljning", "handlingsplan"])],
    5: [("S", ["v. 24 Styrgrupp 3"]), ("N", ["v. 25 Start", "sommarjobbs-", "satsningen"])],
    6: [("-", ["Sommar-", "uppehåll"])],
    7: [("S", ["v. 34 Planerings-", "dagar styrgrupp", "och kansli"])],
    8: [("A", ["v. 37 Sista ansöknings-", "dag Skaraborgs-", "bidraget (höst)"]), ("S", ["v. 38 Styrgrupp 4"])],
    9: [("N", ["v. 41 ASF-mässan", "i Lidköping"]), ("A", ["v. 43 Budgetdialog", "med kommunerna"])],
    10: [("S", ["v. 45 Beslut", "Skaraborgs-", "bidraget (höst)"]), ("S", ["v. 46 Styrgrupp 5", "verksamhetsplan", "2028"])],
    11: [("A", ["v. 50 Årsavstämning", "med Arbets-", "förmedlingen"])],
}


def draw_wheel_page(c, d):
    W, H = landscape(A4)
    c.saveState()
    c.setFillColor(colors.HexColor("#1F4E5F"))
    c.setFont("LSans-B", 20)
    c.drawString(30, H - 42, "Årshjul 2027")
    c.setFont("LSans", 10)
    c.setFillColor(colors.HexColor("#333333"))
    c.drawString(30, H - 58, "Kompetensplattform Skaraborg – möten, beslut och aktiviteter")
    cx, cy, R = 330, 272, 250
    Rin = 215
    for i in range(12):
        a0 = 90 - i * 30
        c.setFillColor(colors.HexColor("#F4F7F8") if i % 2 == 0 else colors.HexColor("#E6EEF0"))
        c.setStrokeColor(colors.white)
        c.setLineWidth(2)
        p = c.beginPath()
        p.moveTo(cx, cy)
        p.arcTo(cx - Rin, cy - Rin, cx + Rin, cy + Rin, startAng=a0 - 30, extent=30)
        p.close()
        c.drawPath(p, fill=1, stroke=1)
        c.setFillColor(colors.HexColor("#1F4E5F"))
        p = c.beginPath()
        p.moveTo(cx + R * math.cos(math.radians(a0 - 30)), cy + R * math.sin(math.radians(a0 - 30)))
        p.arcTo(cx - R, cy - R, cx + R, cy + R, startAng=a0 - 30, extent=30)
        p.arcTo(cx - Rin, cy - Rin, cx + Rin, cy + Rin, startAng=a0, extent=-30)
        p.close()
        c.drawPath(p, fill=1, stroke=1)
        am = math.radians(a0 - 15)
        mx, my = cx + 232 * math.cos(am), cy + 232 * math.sin(am)
        c.setFillColor(colors.white)
        c.setFont("LSans-B", 8.5)
        rot = (a0 - 15) - 90
        if math.sin(am) < -0.01:
            rot += 180
        c.saveState()
        c.translate(mx, my)
        c.rotate(rot)
        c.drawCentredString(0, -3, MONTHS[i])
        c.restoreState()
    # quarters ring inside
    c.setFillColor(colors.white)
    c.circle(cx, cy, 62, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#1F4E5F"))
    c.setFont("LSans-B", 13)
    c.drawCentredString(cx, cy + 6, "ÅRSHJUL")
    c.setFont("LSans-B", 17)
    c.drawCentredString(cx, cy - 14, "2027")
    # labels
    for i, items in WHEEL.items():
        a0 = 90 - i * 30
        n = len(items)
        for j, (cat, lines) in enumerate(items):
            r = 110 + j * 58 if n > 1 else 140
            ang = math.radians(a0 - 15 + (6 if (j % 2 == 0 and n > 1) else (-6 if n > 1 else 0)))
            x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
            fs = 6.4
            wmax = max(stringWidth(t, "LSans", fs) for t in lines) + 8
            hbox = len(lines) * (fs + 1.6) + 4
            col = CAT.get(cat, colors.HexColor("#888888"))
            c.setFillColor(colors.white)
            c.setStrokeColor(col)
            c.setLineWidth(1.1)
            c.roundRect(x - wmax / 2, y - hbox / 2, wmax, hbox, 3, fill=1, stroke=1)
            c.setFillColor(col)
            c.rect(x - wmax / 2, y - hbox / 2, 2.2, hbox, fill=1, stroke=0)
            c.setFillColor(colors.HexColor("#222222"))
            c.setFont("LSans", fs)
            yy = y + hbox / 2 - 2 - fs
            for t in lines:
                c.drawCentredString(x + 1, yy, t)
                yy -= fs + 1.6
    # legend
    lx, ly = 615, H - 130
    c.setFont("LSans-B", 10)
    c.setFillColor(colors.HexColor("#1F4E5F"))
    c.drawString(lx, ly, "Teckenförklaring")
    for k, (cat, txt) in enumerate([("S", "Styrgrupp och beslut"), ("A", "Ansökan och uppföljning"),
                                    ("N", "Nätverk och evenemang")]):
        yy = ly - 22 - k * 18
        c.setFillColor(CAT[cat])
        c.rect(lx, yy - 2, 10, 10, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#222222"))
        c.setFont("LSans", 9)
        c.drawString(lx + 16, yy, txt)
    c.setFont("LSans", 8)
    c.setFillColor(colors.HexColor("#444444"))
    notes = ["Veckonummer enligt ISO 8601.",
             "Exakta datum för styrgruppens",
             "möten finns i tabell 1 på sidan 2.",
             "",
             "Fastställt av styrgruppen",
             "2026-11-12."]
    yy = ly - 90
    for t in notes:
        c.drawString(lx, yy, t)
        yy -= 11
    c.setFont("LSans", 7.5)
    c.drawRightString(W - 30, 20, "Sida 1 av 3")
    c.drawString(30, 20, "Kompetensplattform Skaraborg · kompetensplattformskaraborg.se")
    c.restoreState()


def build_arshjul(out, total_pages=3):
    W, H = A4
    lm, rm = 25 * mm, 25 * mm

    class Doc(BaseDocTemplate):
        def __init__(self, *a, **k):
            BaseDocTemplate.__init__(self, *a, **k)
            self.page_notes = []

    doc = Doc(out, pagesize=A4, title="Årshjul 2027", author="Jonas Ekelund",
              subject="Kompetensplattform Skaraborg", creator="Microsoft PowerPoint för Microsoft 365")

    def body_page(c, d):
        c.saveState()
        c.setFont("LSans", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(lm, H - 14 * mm, "Årshjul 2027 – Kompetensplattform Skaraborg")
        c.drawRightString(W - rm, H - 14 * mm, "Version 1.0")
        c.setStrokeColor(colors.HexColor("#2E6DA4"))
        c.line(lm, H - 16 * mm, W - rm, H - 16 * mm)
        c.line(lm, 14 * mm, W - rm, 14 * mm)
        c.drawString(lm, 10 * mm, "Fastställt av styrgruppen 2026-11-12")
        c.drawRightString(W - rm, 10 * mm, "Sida %d av %d" % (d.page, total_pages))
        c.restoreState()

    def body_end(c, d):
        notes = d.page_notes
        if notes:
            lines = []
            for num, text in notes:
                p = Paragraph("<super>%d</super> %s" % (num, text), ST["fn"])
                w, h = p.wrap(W - lm - rm, 100)
                lines.append((p, h))
            tot = sum(h for _, h in lines) + 2
            ytop = 17 * mm + tot + 3
            c.saveState()
            c.setLineWidth(0.4)
            c.line(lm, ytop + 2, lm + 45 * mm, ytop + 2)
            y = ytop
            for p, h in lines:
                y -= h
                p.drawOn(c, lm, y)
                y -= 1
            c.restoreState()
        d.page_notes = []

    LW, LH = landscape(A4)
    doc.addPageTemplates([
        PageTemplate(id="wheel", frames=[Frame(0, 0, LW, LH, id="w")], onPage=draw_wheel_page,
                     pagesize=landscape(A4)),
        PageTemplate(id="body", frames=[Frame(lm, 36 * mm, W - lm - rm, H - 58 * mm, id="b")],
                     onPage=body_page, onPageEnd=body_end, pagesize=A4),
    ])
    S = [NextPageTemplate("body"), Spacer(1, 1), PageBreak()]
    S.append(Paragraph("1 Om årshjulet", ST["h2b"]))
    S.append(Paragraph(
        "Årshjulet ger en samlad bild av Kompetensplattform Skaraborgs återkommande möten, beslut och "
        "aktiviteter under 2027. Det är ett planeringsstöd för styrgruppen, kansliet och de kommunala "
        "tjänstepersoner som deltar i plattformens nätverk. Årshjulet fastställdes av styrgruppen den "
        "12 november 2026 och revideras vid behov under året; den senaste versionen finns alltid på "
        "plattformens webbplats.", ST["body"]))
    S.append(Paragraph(
        "Färgerna i årshjulet visar typ av aktivitet: blått står för styrgruppsmöten och beslut, "
        "orange för ansökningsomgångar och uppföljning och grönt för nätverksträffar och evenemang. "
        "Veckonumren följer ISO-standarden.", ST["body"]))
    S.append(Paragraph("2 Styrgruppens möten 2027", ST["h2b"]))
    S.append(Paragraph(
        "Styrgruppen består av en representant per kommun på förvaltningschefsnivå, en representant "
        "för Arbetsförmedlingen och en för Västra Götalandsregionen. Styrgruppen sammanträder fem "
        "gånger under 2027, jämfört med sex gånger under 2026. Mötena hålls växelvis i olika kommuner "
        "och ett möte hålls digitalt.", ST["body"]))
    m_rows = [["Möte", "Datum", "Tid", "Plats", "Särskild punkt"],
              ["Styrgrupp 1", "2027-02-10", "13.00–16.00", "Skövde, kommunalförbundets kansli", "Årsrapport 2026"],
              ["Styrgrupp 2", "2027-04-14", "09.00–11.00", "Digitalt (Teams)", "Beslut om Skaraborgsbidraget (vår)<super>1</super>"],
              ["Styrgrupp 3", "2027-06-16", "13.00–16.00", "Mariestad, stadshuset", "Delårsuppföljning av handlingsplanen"],
              ["Styrgrupp 4", "2027-09-22", "09.00–15.00", "Falköping, stadshuset", "Internat med studiebesök"],
              ["Styrgrupp 5", "2027-11-17", "13.00–16.00", "Lidköping, stadshuset", "Verksamhetsplan och budget 2028"]]
    tm = Table([[Paragraph(x, ST["thd"] if r == 0 else ST["td"]) for x in row] for r, row in enumerate(m_rows)],
               colWidths=[21 * mm, 21 * mm, 21 * mm, 47 * mm, 50 * mm], repeatRows=1)
    tm.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2E6DA4")),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#AAAAAA")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    S.append(Paragraph("Tabell 1. Styrgruppens möten 2027", ST["cap"]))
    S.append(tm)
    S.append(FootnoteMark(1, "Styrgruppen fattar beslut om fördelningen vid mötet. Besked till de "
                             "sökande skickas ut under vecka 16."))
    S.append(Spacer(1, 6))
    S.append(Paragraph(
        "Handlingar till styrgruppens möten skickas ut senast sju kalenderdagar före mötet. Ärenden "
        "som ska behandlas anmäls till kansliet senast tre veckor före mötet.", ST["body"]))
    S.append(Paragraph("3 Skaraborgsbidraget", ST["h2b"]))
    S.append(Paragraph(
        "Skaraborgsbidraget för sociala företag har två ansökningsomgångar 2027. Vårens omgång "
        "stänger den 26 februari (vecka 8) och höstens den 17 september (vecka 37). Beslut om "
        "höstens ansökningar fattas av kansliet på delegation från styrgruppen och anmäls vid "
        "Styrgrupp 5. Mer information om vem som kan söka och hur stora belopp som kan beviljas "
        "finns på plattformens webbplats.<super>2</super>", ST["body"]))
    S.append(FootnoteMark(2, "Ansökningsomgångarna förutsätter att förbundsstyrelsen beviljar medel "
                             "för 2027. Beslut väntas den 10 december 2026."))
    S.append(Paragraph("4 Nätverk och evenemang", ST["h2b"]))
    S.append(Paragraph(
        "ASF-nätverket samlar de arbetsintegrerande sociala företagen i Skaraborg tillsammans med "
        "kommunernas arbetsmarknadsenheter och Arbetsförmedlingen. Nätverket träffas fysiskt två "
        "gånger per termin och digitalt den första tisdagen i månaden. Uppstartsträffen för 2027 "
        "hålls i vecka 3 hos Returhuset i Skövde.", ST["body"]))
    S.append(Paragraph(
        "Kompetensdagen hålls 2027 i Skövde under vecka 11.<super>3</super> Temat är ”Kompetens för "
        "omställning”. ASF-mässan, där de sociala företagen visar upp sina varor och tjänster för "
        "offentliga inköpare och allmänheten, arrangeras för tredje gången och hålls i Lidköping "
        "vecka 41. Branschrådet för industri träffas i vecka 20 och sommarjobbssatsningen för unga "
        "startar i vecka 25.", ST["body"]))
    S.append(FootnoteMark(3, "Exakt datum och lokal för Kompetensdagen bekräftas senast den "
                             "15 december 2026."))
    S.append(Paragraph("5 Ansvar och underlag", ST["h2b"]))
    a_rows = [["Underlag", "Ansvarig", "Lämnas till", "Senast"],
              ["Statistikrapport Q4 2026", "Linnea Bergqvist, analytiker", "Styrgrupp 1", "2027-02-03"],
              ["Delårsuppföljning av handlingsplanen", "Emma Lindholm, projektledare", "Styrgrupp 3", "2027-06-09"],
              ["Underlag till budgetdialogen", "Kansliet", "Kommundirektörerna i Skaraborg", "2027-10-15"],
              ["Förslag till verksamhetsplan 2028", "Jonas Ekelund, samordnare", "Styrgrupp 5", "2027-11-10"],
              ["Årsavstämning med Arbetsförmedlingen", "Jonas Ekelund, samordnare", "Arbetsförmedlingen Skaraborg", "2027-12-10"]]
    ta = Table([[Paragraph(x, ST["thd"] if r == 0 else ST["td"]) for x in row] for r, row in enumerate(a_rows)],
               colWidths=[52 * mm, 45 * mm, 42 * mm, 21 * mm], repeatRows=1)
    ta.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E07B24")),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#AAAAAA")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    S.append(KeepTogether([Paragraph("Tabell 2. Ansvar för återkommande underlag 2027", ST["cap"]), ta]))
    S.append(Paragraph("6 Ändringar jämfört med årshjul 2026", ST["h2b"]))
    for b in ["Kompetensdagen flyttas från maj till mars.",
              "Styrgruppen sammanträder fem gånger i stället för sex.",
              "ASF-mässan flyttas från Skara till Lidköping.",
              "Nytt för 2027 är en årsavstämning med Arbetsförmedlingen i december."]:
        S.append(Paragraph(b, ST["bullet"], bulletText="•"))
    S.append(Spacer(1, 8))
    S.append(Paragraph("Frågor om årshjulet besvaras av Jonas Ekelund, samordnare, "
                       "jonas.ekelund@kompetensplattformskaraborg.se, 0500-49 37 12.", ST["bodyL"]))
    doc.build(S)
    return doc.page


# ===========================================================================
# 3. Webbsida utskriven från webbläsare (PDF)
# ===========================================================================
WEB_URL = "https://www.kompetensplattformskaraborg.se/stod-och-finansiering/skaraborgsbidraget"
WEB_TITLE = "Skaraborgsbidraget för sociala företag | Kompetensplattform Skaraborg"


def build_web(out, total_pages):
    W, H = A4
    mainx, mainw = 18 * mm, 120 * mm
    sidex, sidew = 146 * mm, 46 * mm

    def page(c, d):
        c.saveState()
        # browser header/footer
        c.setFont("DSans", 7)
        c.setFillColor(colors.black)
        c.drawString(10 * mm, H - 7 * mm, "2026-11-20 14:32")
        c.drawCentredString(W / 2, H - 7 * mm, WEB_TITLE)
        c.drawString(10 * mm, 6 * mm, WEB_URL)
        c.drawRightString(W - 10 * mm, 6 * mm, "%d/%d" % (d.page, total_pages))
        # cookie banner printed on every page (fixed element)
        c.setFillColor(colors.HexColor("#222B33"))
        c.rect(10 * mm, 11 * mm, W - 20 * mm, 15 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DSans", 7.2)
        c.drawString(14 * mm, 20.5 * mm, "Vi använder kakor (cookies) för att webbplatsen ska fungera och för att "
                                         "förbättra din upplevelse.")
        c.drawString(14 * mm, 16 * mm, "Läs mer om kakor")
        c.setFillColor(colors.HexColor("#3C9A4E"))
        c.roundRect(W - 78 * mm, 14 * mm, 30 * mm, 8 * mm, 2, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.drawCentredString(W - 63 * mm, 16.8 * mm, "Godkänn alla")
        c.setStrokeColor(colors.white)
        c.roundRect(W - 45 * mm, 14 * mm, 30 * mm, 8 * mm, 2, fill=0, stroke=1)
        c.drawCentredString(W - 30 * mm, 16.8 * mm, "Endast nödvändiga")
        if d.page == 1:
            # site header
            c.setFillColor(colors.HexColor("#1F4E5F"))
            c.rect(10 * mm, H - 30 * mm, W - 20 * mm, 18 * mm, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("DSans-B", 11)
            c.drawString(mainx, H - 20 * mm, "Kompetensplattform Skaraborg")
            c.setFont("DSans", 7.5)
            x = mainx
            for t in ["Om oss", "Stöd och finansiering", "Nätverk", "Kalender", "Kontakt", "Sök"]:
                c.drawString(x, H - 26.5 * mm, t)
                x += stringWidth(t, "DSans", 7.5) + 18
            c.setFillColor(colors.HexColor("#555555"))
            c.setFont("DSans", 7)
            c.drawString(mainx, H - 36 * mm, "Start  ›  Stöd och finansiering  ›  Skaraborgsbidraget")
            # sidebar
            y = H - 48 * mm
            c.setFillColor(colors.HexColor("#EEF4F5"))
            c.rect(sidex - 3 * mm, y - 44 * mm, sidew + 3 * mm, 50 * mm, fill=1, stroke=0)
            c.setFillColor(colors.HexColor("#1F4E5F"))
            c.setFont("DSans-B", 9)
            c.drawString(sidex, y, "Kontakt")
            c.setFillColor(colors.black)
            c.setFont("DSans", 7.5)
            for k, t in enumerate(["Emma Lindholm", "Projektledare", "0500-49 37 15",
                                   "emma.lindholm@", "kompetensplattformskaraborg.se",
                                   "", "Telefontid: tisdag och torsdag", "kl. 9–11"]):
                c.drawString(sidex, y - 12 - k * 10, t)
            y2 = y - 62 * mm
            c.setFillColor(colors.HexColor("#1F4E5F"))
            c.setFont("DSans-B", 9)
            c.drawString(sidex, y2, "Relaterat")
            c.setFont("DSans", 7.5)
            c.setFillColor(colors.HexColor("#1A5FB4"))
            for k, t in enumerate(["› Handlingsplan för sociala", "   företag 2025–2027",
                                   "› Kartläggning av ASF 2026 (pdf)", "› Årshjul 2027",
                                   "› ASF-nätverket", "› Coompanion Skaraborg"]):
                c.drawString(sidex, y2 - 12 - k * 10, t)
            y3 = y2 - 82
            c.setFillColor(colors.HexColor("#1F4E5F"))
            c.setFont("DSans-B", 9)
            c.drawString(sidex, y3, "Dela sidan")
            c.setFont("DSans", 7.5)
            c.setFillColor(colors.HexColor("#1A5FB4"))
            c.drawString(sidex, y3 - 12, "Facebook   LinkedIn   E-post")
        c.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, title=WEB_TITLE, author="",
                          creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0",
                          producer="Skia/PDF m130")
    f1 = Frame(mainx, 30 * mm, mainw, H - 72 * mm, id="m1", leftPadding=0, rightPadding=0)
    f2 = Frame(mainx, 30 * mm, mainw, H - 45 * mm, id="m2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p1", frames=[f1], onPage=page, autoNextPageTemplate="pn"),
                          PageTemplate(id="pn", frames=[f2], onPage=page)])
    S = []
    S.append(Paragraph("Skaraborgsbidraget för sociala företag", ST["wh1"]))
    S.append(Paragraph(
        "Skaraborgsbidraget är ett mindre utvecklingsstöd för arbetsintegrerande sociala företag i "
        "Skaraborgs femton kommuner. Bidraget ska stärka företagens förmåga att ta emot och utveckla "
        "personer som står långt från arbetsmarknaden.", ST["wing"]))
    S.append(Paragraph("Senast uppdaterad: 2 oktober 2026", ST["wsmall"]))
    S.append(Paragraph("Vem kan söka?", ST["wh2"]))
    S.append(Paragraph("Bidraget kan sökas av företag som", ST["wbody"]))
    for b in ["uppfyller Tillväxtverkets definition av arbetsintegrerande sociala företag,",
              "har sitt säte eller bedriver verksamhet i någon av Skaraborgs kommuner,",
              "har varit registrerade i minst ett år när ansökan lämnas in, och",
              "har minst en anställd eller deltagare i arbetsträning vid ansökningstillfället."]:
        S.append(Paragraph(b, ST["wbullet"], bulletText="•"))
    S.append(Paragraph("Enskilda firmor och kommunala bolag kan inte söka.", ST["wbody"]))
    S.append(Paragraph("Vad kan man söka för?", ST["wh2"]))
    rows = [["Stödform", "Vad stödet kan användas till", "Högsta belopp", "Egen insats"],
            ["Utvecklingscheck", "Konsultstöd, affärsplan, marknadsföring och digitalisering", "50 000 kr", "Ingen"],
            ["Investeringsstöd", "Maskiner, inventarier och anpassning av lokaler", "200 000 kr", "Minst 30 procent"],
            ["Handledarutbildning", "Kurs- och resekostnader för utbildning av handledare", "15 000 kr per handledare", "Ingen"]]
    tw = Table([[Paragraph(x, ST["wthd"] if r == 0 else ST["wtd"]) for x in row] for r, row in enumerate(rows)],
               colWidths=[31 * mm, 43 * mm, 25 * mm, 21 * mm])
    tw.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E5F")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#CCCCCC")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    S.append(tw)
    S.append(Spacer(1, 4))
    S.append(Paragraph(
        "Ett företag kan beviljas högst 250 000 kronor sammanlagt per kalenderår. Handledarutbildning "
        "kan sökas för högst tre handledare per företag och år. Den totala budgeten för "
        "Skaraborgsbidraget 2027 är 2,4 miljoner kronor.", ST["wbody"]))
    S.append(Paragraph("Ansökningsperioder 2027", ST["wh2"]))
    S.append(Paragraph("<b>Vår:</b> 1–26 februari 2027. Beslut meddelas senast 23 april 2027.", ST["wbody"]))
    S.append(Paragraph("<b>Höst:</b> 16 augusti–17 september 2027. Beslut meddelas senast 12 november 2027.",
                       ST["wbody"]))
    box = Table([[Paragraph("<b>Ansökningsperioder 2026 (avslutade)</b>", ST["wbody"])],
                 [Paragraph("Vår: 2–27 februari 2026. Höst: 17 augusti–18 september 2026. Under våren 2026 "
                            "beviljades 17 ansökningar om sammanlagt 1,1 miljoner kronor.", ST["wbody"])]],
                colWidths=[mainw])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#999999")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F2F2"))]))
    S.append(box)
    S.append(Paragraph("Så ansöker du", ST["wh2"]))
    for i, b in enumerate([
        "Fyll i ansökan i e-tjänsten. Du loggar in med BankID.",
        "Bifoga senaste årsredovisning eller bokslut och en kort beskrivning av verksamheten.",
        "Bifoga offert om du söker investeringsstöd.",
        "Ansökan ska skrivas under av firmatecknare."], 1):
        S.append(Paragraph(b, ST["wbullet"], bulletText="%d." % i))
    S.append(Paragraph("Hur bedöms ansökan?", ST["wh2"]))
    S.append(Paragraph(
        "Ansökningarna bedöms av en beredningsgrupp med representanter för kommunerna och "
        "Arbetsförmedlingen. Vi väger särskilt in hur insatsen bidrar till att fler personer kommer i "
        "arbete, om företaget samverkar med andra företag och om insatsen har ett miljö- eller "
        "klimatperspektiv. Om ansökningarna överstiger budgeten prioriteras företag som inte har "
        "beviljats bidrag tidigare.", ST["wbody"]))
    S.append(Paragraph("Vanliga frågor", ST["wh2"]))
    faq = [
        ("–", "Kan ett nystartat företag söka?",
         "Nej, företaget måste ha varit registrerat i minst ett år. Nystartade företag kan i stället "
         "vända sig till Coompanion Skaraborg för rådgivning."),
        ("+", "Får man använda bidraget till lönekostnader?", None),
        ("–", "Kan vi söka både utvecklingscheck och investeringsstöd samma år?",
         "Ja, så länge det sammanlagda beloppet inte överstiger 250 000 kronor per kalenderår."),
        ("+", "Hur redovisar vi hur pengarna har använts?", None),
        ("–", "Betalas bidraget ut i förskott?",
         "Utvecklingscheck och bidrag till handledarutbildning betalas ut i förskott. Investeringsstöd "
         "betalas ut i efterskott mot kvitton. Rekvisitionen ska lämnas senast sex månader efter "
         "beslutsdatum."),
        ("+", "Vad händer om vi inte genomför insatsen?", None),
    ]
    for sign, q, a in faq:
        S.append(Paragraph("<b>%s</b>&nbsp;&nbsp;%s" % (sign, q), ST["wfaq"]))
        if a:
            S.append(Paragraph(a, ST["wfaqa"]))
    S.append(Spacer(1, 10))
    S.append(Paragraph("Var den här sidan till hjälp?&nbsp;&nbsp;&nbsp;[ Ja ]&nbsp;&nbsp;[ Nej ]", ST["wsmall"]))
    S.append(Spacer(1, 8))
    S.append(Paragraph("Skaraborgs kommunalförbund · Box 54 · 541 21 Skövde · Org.nr 222000-1735 · "
                       "Tillgänglighetsredogörelse · Behandling av personuppgifter", ST["wsmall"]))
    doc.build(S)
    return doc.page


# ===========================================================================
# Styles
# ===========================================================================
ST = {}


def make_styles():
    base = dict(fontName="LSerif", fontSize=10.5, leading=14, alignment=TA_JUSTIFY,
                spaceAfter=6, hyphenationLang=sv_hyphenate, embeddedHyphenation=0,
                hyphenationMinWordLength=7, uriWasteReduce=0)
    ST["body"] = ParagraphStyle("body", **base)
    ST["bodyL"] = ParagraphStyle("bodyL", **dict(base, alignment=TA_LEFT))
    ST["bullet"] = ParagraphStyle("bullet", **dict(base, leftIndent=14, bulletIndent=4, spaceAfter=2))
    ST["num"] = ParagraphStyle("num", **dict(base, leftIndent=16, bulletIndent=2, spaceAfter=3))
    ST["h1"] = ParagraphStyle("h1", fontName="LSans-B", fontSize=15, leading=19, spaceAfter=8,
                              textColor=colors.HexColor("#1F4E5F"))
    ST["h2"] = ParagraphStyle("h2", fontName="LSans-B", fontSize=11, leading=14, spaceBefore=8,
                              spaceAfter=4, textColor=colors.HexColor("#1F4E5F"), keepWithNext=1)
    ST["h2b"] = ParagraphStyle("h2b", fontName="LSans-B", fontSize=12, leading=15, spaceBefore=8,
                               spaceAfter=4, textColor=colors.HexColor("#2E6DA4"), keepWithNext=1)
    ST["fn"] = ParagraphStyle("fn", fontName="LSerif", fontSize=7.5, leading=9)
    ST["cap"] = ParagraphStyle("cap", fontName="LSans-B", fontSize=8.5, leading=11, spaceBefore=6,
                               spaceAfter=3, keepWithNext=1)
    ST["src"] = ParagraphStyle("src", fontName="LSans-I", fontSize=7.5, leading=9.5, spaceBefore=2,
                               spaceAfter=6)
    ST["th"] = ParagraphStyle("th", fontName="LSans-B", fontSize=8, leading=9.5,
                              textColor=colors.white, alignment=TA_RIGHT)
    ST["thd"] = ParagraphStyle("thd", fontName="LSans-B", fontSize=8, leading=10, textColor=colors.white)
    ST["td"] = ParagraphStyle("td", fontName="LSans", fontSize=8.5, leading=10.5)
    ST["cell"] = ParagraphStyle("cell", fontName="LSerif", fontSize=9, leading=11.5,
                                hyphenationLang=sv_hyphenate, hyphenationMinWordLength=7)
    ST["cellB"] = ParagraphStyle("cellB", fontName="LSans-B", fontSize=9.5, leading=12,
                                 textColor=colors.HexColor("#1F4E5F"))
    ST["big"] = ParagraphStyle("big", fontName="LSans-B", fontSize=15, leading=18,
                               textColor=colors.HexColor("#E8A33D"), alignment=TA_RIGHT)
    # web
    ST["wh1"] = ParagraphStyle("wh1", fontName="DSans-B", fontSize=17, leading=21, spaceAfter=6)
    ST["wh2"] = ParagraphStyle("wh2", fontName="DSans-B", fontSize=11, leading=14, spaceBefore=9,
                               spaceAfter=4, keepWithNext=1)
    ST["wing"] = ParagraphStyle("wing", fontName="DSans", fontSize=10, leading=14, spaceAfter=5)
    ST["wbody"] = ParagraphStyle("wbody", fontName="DSans", fontSize=8.6, leading=12.5, spaceAfter=4)
    ST["wbullet"] = ParagraphStyle("wbullet", parent=ST["wbody"], leftIndent=12, bulletIndent=2,
                                   spaceAfter=2)
    ST["wsmall"] = ParagraphStyle("wsmall", fontName="DSans", fontSize=7, leading=9,
                                  textColor=colors.HexColor("#555555"), spaceAfter=3)
    ST["wthd"] = ParagraphStyle("wthd", fontName="DSans-B", fontSize=7.6, leading=9.5, textColor=colors.white)
    ST["wtd"] = ParagraphStyle("wtd", fontName="DSans", fontSize=7.6, leading=9.5)
    ST["wfaq"] = ParagraphStyle("wfaq", fontName="DSans-B", fontSize=8.8, leading=12, spaceBefore=4,
                                borderColor=colors.HexColor("#CCCCCC"), borderWidth=0.5, borderPadding=3,
                                spaceAfter=4)
    ST["wfaqa"] = ParagraphStyle("wfaqa", parent=ST["wbody"], leftIndent=12)


# ===========================================================================
# 4. IOP-överenskommelse (DOCX)
# ===========================================================================
def build_iop(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor, Cm
    import datetime

    doc = Document()
    cp = doc.core_properties
    cp.title = "Mall IOP-överenskommelse v. 2.1"
    cp.author = "Sara Nyqvist"
    cp.created = datetime.datetime(2026, 11, 2, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 12, 1, 15, 40, 0)
    cp.last_modified_by = "Sara Nyqvist"
    cp.revision = 7

    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)

    GREY = RGBColor(0x80, 0x80, 0x80)

    def instr(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        r.font.color.rgb = GREY
        r.font.size = Pt(10)
        return p

    def field(run, instr_text):
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr_text
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t"); t.text = "1"
        f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
        for e in (f1, it, f2, t, f3):
            run._r.append(e)

    # header
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("SKÖVDE KOMMUN\tDnr SN 2026/0412")
    r.bold = True
    r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Socialnämnden")
    r.font.size = Pt(9)
    # footer
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Mall IOP-överenskommelse v. 2.1 · Kompetensplattform Skaraborg\tSida ")
    r.font.size = Pt(8)
    r2 = fp.add_run(); r2.font.size = Pt(8); field(r2, " PAGE ")
    r3 = fp.add_run(" av "); r3.font.size = Pt(8)
    r4 = fp.add_run(); r4.font.size = Pt(8); field(r4, " NUMPAGES ")

    h = doc.add_heading("Överenskommelse om idéburet offentligt partnerskap (IOP)", level=0)
    p = doc.add_paragraph("mellan Skövde kommun och Returhuset Skövde ekonomisk förening")
    p.runs[0].bold = True
    instr("[Instruktion: Mallen är framtagen inom Kompetensplattform Skaraborg. Text inom hakparentes "
          "är vägledning och ska tas bort innan överenskommelsen undertecknas.]")

    doc.add_heading("1. Parter", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Kommunen", "Skövde kommun, socialnämnden, org.nr 212000-1652, 541 83 Skövde"),
        ("Den idéburna organisationen", "Returhuset Skövde ekonomisk förening, org.nr 769624-5518, "
                                        "Verkstadsgatan 9, 541 36 Skövde"),
        ("Kontaktperson för kommunen", "Sara Nyqvist, enhetschef, Arbetsmarknadsenheten"),
        ("Kontaktperson för Returhuset", "Maria Öhrn, verksamhetschef"),
    ]:
        row = t.add_row().cells
        row[0].text = k
        row[0].paragraphs[0].runs[0].bold = True
        row[1].text = v
    for row in t.rows:
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(10.5)

    doc.add_heading("2. Bakgrund och syfte", level=1)
    instr("[Beskriv kortfattat bakgrunden till partnerskapet och vilket samhällsproblem parterna "
          "gemensamt vill möta. Undvik att beskriva tjänster som kommunen köper – då ska LOU tillämpas.]")
    doc.add_paragraph(
        "Returhuset driver sedan 2011 en återbruksverksamhet med butik, verkstad och hämtservice i "
        "Skövde. Verksamheten erbjuder arbetsträning och anställning för personer som står långt från "
        "arbetsmarknaden. Skövde kommun och Returhuset har samarbetat sedan 2019 genom platser för "
        "arbetsträning, men utan en långsiktig överenskommelse.")
    doc.add_paragraph(
        "Syftet med partnerskapet är att fler skövdebor som har försörjningsstöd eller "
        "aktivitetsersättning ska komma närmare arbete eller studier, och att Returhuset ska få "
        "stabilare förutsättningar att utveckla sin verksamhet som arbetsintegrerande socialt företag.")

    doc.add_heading("3. Gemensamma mål", level=1)
    instr("[Välj högst fem indikatorer som kan följas upp årligen. Exempel: Antal deltagare per år: 10.]")
    mt = doc.add_table(rows=1, cols=5)
    mt.style = "Table Grid"
    for i, hdr in enumerate(["Mål", "Indikator", "Utgångsläge 2026", "Målvärde 2027", "Målvärde 2029"]):
        mt.rows[0].cells[i].text = hdr
        mt.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for r_ in [("Fler personer i arbetsträning", "Antal deltagare som påbörjar arbetsträning per år", "24", "30", "35"),
               ("Fler går vidare till arbete eller studier", "Andel deltagare som efter avslutad insats går till arbete eller studier", "31 %", "35 %", "40 %"),
               ("Fler anställningar hos Returhuset", "Antal anställda med stöd från Arbetsförmedlingen", "6", "8", "10")]:
        cells = mt.add_row().cells
        for i, v in enumerate(r_):
            cells[i].text = v

    doc.add_heading("4. Parternas åtaganden", level=1)
    doc.add_heading("4.1 Returhuset åtar sig att", level=2)
    for b in ["ta emot minst 30 deltagare per år för arbetsträning som anvisas av kommunens arbetsmarknadsenhet,",
              "erbjuda varje deltagare en individuell planering och en namngiven handledare,",
              "rapportera frånvaro till kommunens kontaktperson senast dagen efter,",
              "delta i ASF-nätverket inom Kompetensplattform Skaraborg."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("4.2 Kommunen åtar sig att", level=2)
    for b in ["bidra med finansiering enligt avsnitt 5,",
              "anvisa deltagare och utse en kontaktperson vid arbetsmarknadsenheten,",
              "erbjuda Returhusets handledare plats i den gemensamma handledarutbildningen i Skaraborg,",
              "i första hand vända sig till Returhuset vid behov av återbrukade möbler till kommunens verksamheter."]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("5. Finansiering", level=1)
    instr("[Exempel: Kommunen bidrar med 150 000 kronor per år. Ange om beloppet ska räknas upp med index.]")
    doc.add_paragraph(
        "Kommunens bidrag betalas ut kvartalsvis i förskott. Beloppen räknas inte upp med index under "
        "avtalsperioden; ökningen mellan åren är överenskommen i förväg. Bidraget är inte en ersättning "
        "för köpta tjänster och är därför inte momspliktigt.")
    ft = doc.add_table(rows=1, cols=4)
    ft.style = "Table Grid"
    for i, hdr in enumerate(["Post", "2027", "2028", "2029"]):
        ft.rows[0].cells[i].text = hdr
        ft.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for r_ in [("Kommunens bidrag totalt (kr)", "420 000", "430 000", "440 000"),
               ("   varav handledning av deltagare", "300 000", "305 000", "310 000"),
               ("   varav lokalkostnader", "120 000", "125 000", "130 000"),
               ("Returhusets egen insats, ideellt arbete (timmar)", "1 200", "1 200", "1 300")]:
        cells = ft.add_row().cells
        for i, v in enumerate(r_):
            cells[i].text = v
            if i > 0:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("6. Uppföljning", level=1)
    doc.add_paragraph(
        "Parterna träffas för uppföljning två gånger per år, i maj och november. Kommunen ansvarar för "
        "att kalla till uppföljningsmötena. Returhuset lämnar en verksamhetsberättelse med redovisning av "
        "indikatorerna i avsnitt 3 senast den 31 mars året efter verksamhetsåret.")
    instr("[Exempel: Redovisning lämnas senast den 28 februari. Ange vem som kallar till uppföljning.]")

    doc.add_heading("7. Giltighetstid, förlängning och uppsägning", level=1)
    instr("[Ange löptid. Exempel: 2025-01-01–2026-12-31. Längsta löptid enligt kommunens riktlinjer är fyra år.]")
    doc.add_paragraph("Överenskommelsen gäller från och med 2027-01-01 till och med 2029-12-31.")
    doc.add_paragraph("Förlängning (markera ett alternativ):")
    doc.add_paragraph("☐  Överenskommelsen förlängs automatiskt med ett år i taget om ingen part säger upp den.")
    doc.add_paragraph("☒  Överenskommelsen upphör utan uppsägning vid avtalsperiodens slut. Parterna ska senast "
                      "den 30 juni 2029 inleda samtal om en eventuell ny överenskommelse.")
    instr("[Exempel: tre månaders uppsägningstid.]")
    doc.add_paragraph(
        "Vardera parten kan säga upp överenskommelsen med sex månaders uppsägningstid. Vid väsentligt "
        "avtalsbrott får överenskommelsen sägas upp med omedelbar verkan.")

    doc.add_heading("8. Tvist", level=1)
    doc.add_paragraph(
        "Tvister ska i första hand lösas genom dialog mellan parterna. Om parterna inte kan enas ska "
        "tvisten avgöras av allmän domstol med Skaraborgs tingsrätt som första instans.")

    doc.add_heading("9. Underskrifter", level=1)
    doc.add_paragraph("Denna överenskommelse har upprättats i två likalydande exemplar, av vilka parterna "
                      "tagit var sitt.")
    stbl = doc.add_table(rows=6, cols=2)
    data = [("För Skövde kommun, socialnämnden", "För Returhuset Skövde ekonomisk förening"),
            ("Skövde 2026-12-08", "Skövde 2026-12-08"),
            ("______________________________", "______________________________"),
            ("Karin Wahlström, ordförande i socialnämnden", "Ahmed Yusuf, styrelseordförande"),
            ("______________________________", "______________________________"),
            ("Lars Bengtsson, socialchef", "Maria Öhrn, verksamhetschef")]
    for i, (a, b) in enumerate(data):
        stbl.rows[i].cells[0].text = a
        stbl.rows[i].cells[1].text = b
        if i == 0:
            stbl.rows[i].cells[0].paragraphs[0].runs[0].bold = True
            stbl.rows[i].cells[1].paragraphs[0].runs[0].bold = True
    doc.save(path)
    normalize_docx(path)


def normalize_docx(path):
    """Rewrite zip with fixed timestamps so the file is byte-deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 15, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ===========================================================================
# 5. Kalenderexport (ICS som TXT)
# ===========================================================================
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return [line]
    out = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = 75
        else:
            cur += ch
    out.append(cur)
    return out


def build_ics(path):
    L = []

    def add(prop, value, esc=True):
        L.extend(ics_fold(prop + ":" + (ics_escape(value) if esc else value)))

    L += ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
          "VERSION:2.0", "METHOD:PUBLISH", "X-WR-CALNAME:ASF-nätverket Skaraborg VT 2027",
          "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
          "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
          "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
          "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
          "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
          "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE"]
    ORG = "ORGANIZER;CN=Jonas Ekelund:mailto:jonas.ekelund@kompetensplattformskaraborg.se"

    def event(uid, summary, start, end, location, desc, extra=(), tz=True, seq=0, status=None,
              org=ORG, created="20261201T101500Z", stamp="20270108T080212Z", cats=None):
        L.append("BEGIN:VEVENT")
        L.extend(ics_fold(org))
        for e in extra:
            L.extend(ics_fold(e))
        add("SUMMARY;LANGUAGE=sv-SE", summary)
        if tz:
            L.append("DTSTART;TZID=Europe/Stockholm:" + start)
            L.append("DTEND;TZID=Europe/Stockholm:" + end)
        else:
            L.append("DTSTART:" + start)
            L.append("DTEND:" + end)
        L.extend(ics_fold("UID:" + uid))
        L.append("CLASS:PUBLIC")
        L.append("PRIORITY:5")
        L.append("DTSTAMP:" + stamp)
        L.append("CREATED:" + created)
        L.append("SEQUENCE:%d" % seq)
        if status:
            L.append("STATUS:" + status)
        L.append("TRANSP:OPAQUE")
        add("LOCATION", location)
        if cats:
            add("CATEGORIES", cats)
        add("DESCRIPTION", desc)
        L.append("X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
        L.append("X-MICROSOFT-CDO-IMPORTANCE:1")
        L.append("BEGIN:VALARM")
        L.append("TRIGGER:-PT15M")
        L.append("ACTION:DISPLAY")
        L.append("DESCRIPTION:Reminder")
        L.append("END:VALARM")
        L.append("END:VEVENT")

    event("040000008200E00074C5B7101A82E00800000000A1F3C2B91D62DB01@kompetensplattformskaraborg.se",
          "Uppstart ASF-nätverket 2027", "20270120T090000", "20270120T120000",
          "Returhuset, Verkstadsgatan 9, Skövde",
          "Välkommen till årets första träff i ASF-nätverket!\n\nAgenda\n"
          "09.00 Kaffe och mingel\n"
          "09.30 Resultat från kartläggningen 2026 – Linnea Bergqvist\n"
          "10.30 Nytt om Skaraborgsbidraget 2027 – Emma Lindholm\n"
          "11.15 Rundvandring i Returhuset\n\n"
          "Anmäl dig senast den 13 januari till jonas.ekelund@kompetensplattformskaraborg.se. "
          "Meddela eventuella matallergier i anmälan.",
          extra=["ATTENDEE;CN=ASF-nätverket Skaraborg;RSVP=TRUE:mailto:asf-natverket@kompetensplattformskaraborg.se"],
          cats="Nätverksträff")
    # recurring digital check-in
    teams = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjE2ZDgtMzE0Yy00ZmE1LWI2"
             "NTItOGRhYzQ3ZjkxYzU1%40thread.v2/0?context=%7b%22Tid%22%3a%22c1b2%22%7d")
    event("040000008200E00074C5B7101A82E00800000000B7E41D0A1E62DB01@kompetensplattformskaraborg.se",
          "Digital avstämning ASF-nätverket", "20270202T083000", "20270202T091500",
          "Microsoft Teams-möte",
          "Kort digital avstämning den första tisdagen i månaden. Ingen anmälan behövs.\n\n"
          "________________________________________________________________________________\n"
          "Microsoft Teams-möte\nAnslut på datorn, i mobilappen eller via en enhet i rummet\n"
          "Klicka här för att ansluta till mötet <" + teams + ">\n"
          "Mötes-ID: 372 118 904 55\nLösenord: Kx7Pq2\n"
          "________________________________________________________________________________",
          extra=["RRULE:FREQ=MONTHLY;COUNT=5;BYDAY=1TU",
                 "EXDATE;TZID=Europe/Stockholm:20270406T083000"],
          cats="Nätverksträff")
    event("040000008200E00074C5B7101A82E00800000000B7E41D0A1E62DB01@kompetensplattformskaraborg.se",
          "Digital avstämning ASF-nätverket", "20270511T083000", "20270511T091500",
          "Microsoft Teams-möte",
          "Flyttad från 4 maj till 11 maj eftersom den ursprungliga tiden krockar med "
          "Arbetsmarknadsdagen i Skara. Samma Teamslänk som tidigare.",
          extra=["RECURRENCE-ID;TZID=Europe/Stockholm:20270504T083000"], seq=1,
          stamp="20270108T080212Z")
    event("040000008200E00074C5B7101A82E00800000000C90B77F31F62DB01@kompetensplattformskaraborg.se",
          "INSTÄLLT: Studiebesök Vävstugan i Hjo", "20270304T100000", "20270304T140000",
          "Vävstugan i Hjo",
          "Studiebesöket är inställt på grund av för få anmälda.\n"
          "Vi återkommer med ett nytt datum till hösten.",
          seq=3, status="CANCELLED", cats="Studiebesök")
    event("040000008200E00074C5B7101A82E00800000000D02A5E6C2062DB01@kompetensplattformskaraborg.se",
          "Kompetensdagen 2027 – Kompetens för omställning", "20270317T083000", "20270317T160000",
          "Kulturhuset Skövde, Stora salen",
          "Årets kompetensdag för kommuner, Arbetsförmedlingen, näringsliv och sociala företag.\n\n"
          "Program och anmälan finns på kompetensplattformskaraborg.se/kompetensdagen.\n"
          "Sista anmälningsdag: 1 mars 2027.\nDeltagandet är kostnadsfritt.",
          cats="Evenemang")
    event("040000008200E00074C5B7101A82E00800000000E4C19A552162DB01@kompetensplattformskaraborg.se",
          "Workshop: Reserverade upphandlingar för sociala företag", "20270421T130000",
          "20270421T160000", "Lidköpings stadshus, sal Läckö",
          "OBS! Ny tid. Workshopen är flyttad från 7 april till 21 april.\n\n"
          "Upphandlingsnätverket i Skaraborg går igenom hur kommunerna kan använda reserverade "
          "kontrakt enligt 4 kap. 18 § LOU.\nMålgrupp: upphandlare, inköpare och "
          "verksamhetsledare i ASF.\nMax 30 deltagare.",
          org="ORGANIZER;CN=Petra Sjöberg:mailto:petra.sjoberg@lidkoping.se",
          seq=2, cats="Utbildning")
    event("040000008200E00074C5B7101A82E00800000000F1B3D8A72262DB01@kompetensplattformskaraborg.se",
          "Nätverksträff 2: Finansiering och IOP", "20270526T070000Z", "20270526T100000Z",
          "Mariestads bibliotek, konferensrum Vänern",
          "Tema: finansiering och idéburna offentliga partnerskap.\n"
          "Skövde kommun och Returhuset berättar om sin nya IOP-överenskommelse.\n"
          "Lunch ingår. Anmälan senast 12 maj.",
          tz=False, cats="Nätverksträff")
    L.append("END:VCALENDAR")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


# ===========================================================================
# 6. Lägesrapport (Markdown)
# ===========================================================================
MD = """# Lägesrapport T3 2026
## Handlingsplan för sociala företag i Skaraborg 2025–2027

**Rapportperiod:** 1 september – 31 oktober 2026 (prognos till årets slut)  
**Till:** Styrgruppen för Kompetensplattform Skaraborg, möte 2026-11-12  
**Från:** Emma Lindholm, projektledare  
**Status totalt:** 🟡

> **Teckenförklaring:** 🟢 enligt plan · 🟡 risk för avvikelse · 🔴 försenad eller avviker från plan · ✅ klar · ⏸️ pausad eller struken

---

### 1. Sammanfattning

Arbetet med handlingsplanen går i huvudsak enligt plan. Kartläggningen av ASF är klar och ASF-mässan i Skara blev välbesökt. Två aktiviteter är försenade och två har risk för avvikelse. Ekonomin visar ett prognostiserat överskott på 160 000 kronor, främst eftersom utbildningen i reserverad upphandling har flyttats till 2027.

### 2. Status per aktivitet

| ID | Aktivitet | Ansvarig | Status | Kommentar |
|----|-----------|----------|:------:|-----------|
| A1 | Kartläggning av ASF 2026 | Kommunalförbundet (analysenheten) | ✅ | Rapport 2026:4 publicerad 15 oktober. 41 ASF identifierade. |
| A2 | Gemensam ASF-samordnare (50 %) | Styrgruppen | 🟡 | Elva av femton kommuner har bekräftat medfinansiering. Fyra kommuner har inte svarat. |
| A3 | IOP-mall och stöd till kommunerna | Skövde kommun | 🟢 | Mall v. 2.1 klar. Första IOP med mallen (Returhuset) undertecknas 8 december. |
| A4 | Utbildning i reserverad upphandling | Upphandlingsnätverket | 🔴 | Planerad till november 2026, flyttad till april 2027 eftersom utbildaren har slutat. |
| A5 | ASF-mässan 2026 | Skara kommun | ✅ | Genomförd 14 oktober i Skara, 412 besökare och 27 utställare. |
| A6 | Handledarutbildning | Arbetsförmedlingen och vuxenutbildningen | 🟡 | 22 av 40 platser fyllda inför kursstart 18 januari 2027. |
| ~~A7~~ | ~~Gemensam e-handelsplattform för ASF~~ | – | ⏸️ | Struken ur planen, styrgruppsbeslut 2026-06-17 § 14. Kostnaden bedömdes för hög i förhållande till nyttan. |
| A8 | Mentorprogram för nystartade ASF | Coompanion Skaraborg | 🔴 | Projektledaren slutade i augusti. Ingen ny mentorgrupp har startat under hösten. |
| A9 | Skaraborgsbidraget 2026 | Kansliet | 🟢 | Våren: 17 ansökningar beviljade (1,1 mnkr). Hösten: 23 ansökningar inkomna, beslut 13 november. |

### 3. Nyckeltal

| Nyckeltal | Utgångsläge | Senaste värde | Mål 2027 | Trend |
|-----------|-------------|---------------|----------|:-----:|
| Antal ASF i Skaraborg | 33 (2023) | 41 (2026) | 45 | ↑ |
| Kommuner med IOP med ASF | 1 av 15 (2024) | 3 av 15 (okt 2026) | 8 av 15 | ↑ |
| Personer i arbetsträning eller praktik i ASF | 268 (2023) | 314 (2026) | 350 | ↑ |
| Platser i gemensam handledarutbildning | 0 | 40 (planerat 2027) | 40 | → |
| Kommuner som prövat reserverad upphandling | 0 | 0 | 5 | → |

De tre kommuner som har en IOP med ett ASF är Lidköping, Mariestad och Vara. Skövde tillkommer i december 2026.

### 4. Ekonomi (kronor)

| Post | Budget 2026 | Utfall jan–okt | Prognos helår | Avvikelse mot budget |
|------|------------:|---------------:|--------------:|---------------------:|
| Personal (projektledning och samordning) | 1 150 000 | 958 300 | 1 150 000 | 0 |
| Evenemang och nätverk | 300 000 | 176 900 | 270 000 | +30 000 |
| Utbildningar | 250 000 | 12 000 | 120 000 | +130 000 |
| Kartläggning | 150 000 | 65 200 | 150 000 | 0 |
| **Summa** | **1 850 000** | **1 212 400** | **1 690 000** | **+160 000** |

Positiv avvikelse = lägre kostnad än budgeterat.

### 5. Risker

- **Samordnartjänsten (A2):** Om inte alla kommuner bekräftar medfinansiering senast 15 december kan tjänsten bara tillsättas på 35 procent.
- **Mentorprogrammet (A8):** Coompanion Skaraborg har ännu inte rekryterat en ny projektledare. Risk att aktiviteten inte genomförs under planperioden.
- **Lönestöden:** Förändrade regler för lönestöd under 2027 kan minska företagens möjlighet att anställa.

### 6. Förslag till beslut

Styrgruppen föreslås besluta

1. att godkänna lägesrapporten för T3 2026,
2. att föra över 160 000 kronor av 2026 års budget till utbildningsinsatser 2027,
3. att ge kansliet i uppdrag att tillsammans med Coompanion Skaraborg ta fram en ny plan för mentorprogrammet till styrgruppens möte 2027-02-10.

---

### Bilaga: Utvärdering av ASF-mässan 2026 (Mentimeter, n = 118)

```
Hur nöjd är du med mässan totalt?      ████████████████░░░░  81 % nöjda eller mycket nöjda
Fick du nya kontakter med ASF?         ██████████████░░░░░░  72 % ja
Vill du att mässan återkommer 2027?    ███████████████████░  94 % ja
```

Vanligaste förbättringsförslagen: fler offentliga inköpare på plats, bättre skyltning och längre öppettider.
"""


def build_md(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(MD)


# ===========================================================================
def main():
    if len(sys.argv) != 2:
        print("usage: python3 r146_make_files.py OUT_DIR")
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    reg_fonts()
    make_styles()

    n = build_report(io.BytesIO(), 99)
    build_report(os.path.join(out, "Kartlaggning_ASF_Skaraborg_2026_rapport_2026-4.pdf"), n)
    n = build_arshjul(io.BytesIO(), 99)
    build_arshjul(os.path.join(out, "Arshjul_2027_Kompetensplattform_Skaraborg.pdf"), n)
    n = build_web(io.BytesIO(), 99)
    build_web(os.path.join(out, "Utskrift_webbsida_Skaraborgsbidraget.pdf"), n)
    build_iop(os.path.join(out, "IOP_overenskommelse_Skovde_Returhuset_2027-2029.docx"))
    build_ics(os.path.join(out, "Kalenderexport_ASF-natverket_VT2027.txt"))
    build_md(os.path.join(out, "Lagesrapport_T3_2026_handlingsplan_sociala_foretag.md"))
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
