#!/usr/bin/env python
"""Round 116 test documents for Kunskapsbanken.

Usage:  python r116_make_files.py OUT_DIR

Writes six invented but realistic Swedish documents (Region Gotland and
Region Västernorrland, 2025–2026):

  1. Utvardering_Jobbsteget_Gotland_2023-2025.pdf   evaluation report with method section and results table per year
  2. Policy_brief_2026-1_Young_talent_Vasternorrland.pdf   English policy brief with Swedish summary
  3. Program_Kompetensforum_Mitt_2026.pdf           two-day conference programme with sessions and rooms
  4. Checklista_arbetsgivare_arbetstraning_Gotland.docx   employer checklist with numbered steps
  5. Fragor_och_svar_upphandling_RV-2026-0412.txt   procurement question-and-answer log with dates
  6. Lagesbild_arbetsmarknad_Gotland_mars_2026.md   labour-market situation report with bullet facts and sources

Long words in the PDF body text carry '~' marks where the line breaker may
hyphenate them, so the PDFs get real hyphenated line breaks ("arbets-/marknad").
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Flowable, KeepTogether, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)


# ---------------------------------------------------------------------------
# Fonts: embed TrueType fonts (Liberation, else ReportLab's bundled Vera) so
# that bullets, dashes and Swedish letters extract cleanly, as from Word.
# ---------------------------------------------------------------------------


def _register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    import reportlab
    lib = "/usr/share/fonts/truetype/liberation"
    vera = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    fam = {
        "Sans": ("LiberationSans-Regular", "Vera"), "Sans-Bold": ("LiberationSans-Bold", "VeraBd"),
        "Sans-Oblique": ("LiberationSans-Italic", "VeraIt"), "Sans-BoldOblique": ("LiberationSans-BoldItalic", "VeraBI"),
        "Serif": ("LiberationSerif-Regular", "Vera"), "Serif-Bold": ("LiberationSerif-Bold", "VeraBd"),
        "Serif-Italic": ("LiberationSerif-Italic", "VeraIt"), "Serif-BoldItalic": ("LiberationSerif-BoldItalic", "VeraBI"),
    }
    for name, (lib_name, vera_name) in fam.items():
        path = os.path.join(lib, lib_name + ".ttf")
        if not os.path.exists(path):
            path = os.path.join(vera, vera_name + ".ttf")
        pdfmetrics.registerFont(TTFont(name, path))
    for base, b, i, bi in (("Sans", "Sans-Bold", "Sans-Oblique", "Sans-BoldOblique"),
                           ("Serif", "Serif-Bold", "Serif-Italic", "Serif-BoldItalic")):
        addMapping(base, 0, 0, base)
        addMapping(base, 1, 0, b)
        addMapping(base, 0, 1, i)
        addMapping(base, 1, 1, bi)


_register_fonts()

# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------



# Extra hyphenation points applied to all HPara text (compound parts).
AUTO_HYPH = {
    "regionstyrelsen": "region~styrelsen", "arbetssökande": "arbets~sökande",
    "kartläggning": "kart~läggning", "individuell": "in~di~vi~du~ell",
    "verksamheter": "verk~sam~heter", "verksamhet ": "verk~samhet ", "anställning": "an~ställ~ning",
    "utvärderingen": "ut~värde~ringen", "deltagare": "del~tagare", "arbetsgivare": "arbets~givare",
    "överenskommelse": "överens~kommelse", "jämförbara": "jäm~för~bara", "osäkerheten": "o~säker~heten",
    "handledare": "hand~ledare", "intervjupersoner": "intervju~personer", "anläggning": "an~lägg~ning",
    "samarbete": "sam~arbete", "förutsättning": "förut~sättning", "upprättande": "upp~rättande",
    "recommendations": "rec~om~men~da~tions", "programme": "pro~gramme", "investment": "in~vest~ment",
    "agreements": "agree~ments", "qualifications": "qual~i~fi~ca~tions", "respondents": "re~spon~dents",
    "evaluation": "eval~u~a~tion", "considerably": "con~sid~er~ably", "traineeship": "trainee~ship",
    "municipal ": "mu~nic~i~pal ", "education": "ed~u~ca~tion", "graduating": "grad~u~at~ing",
    "anmälningsformuläret": "anmälnings~formuläret", "utbildnings~anordnare": "utbildnings~an~ordnare",
}


def _auto_hyph(text):
    for k, v in AUTO_HYPH.items():
        text = text.replace(k, v)
    return text


class HPara(Flowable):
    """Justified paragraph with manual hyphenation points marked by '~'."""

    def __init__(self, text, font="Serif", size=11, leading=15,
                 justify=True, indent=0, bullet=None, space_after=5,
                 lines=None, cont=False):
        super().__init__()
        self.text = _auto_hyph(text) if lines is None else text
        self.font, self.size, self.leading = font, size, leading
        self.justify, self.indent, self.bullet = justify, indent, bullet
        self.space_after = space_after
        self.lines = lines
        self.cont = cont
        self._aw = None

    def _sw(self, s):
        return stringWidth(s, self.font, self.size)

    def _layout(self, width):
        space = self._sw(" ")
        lines, cur = [], []
        for tok in self.text.split():
            plain = tok.replace("~", "")
            curw = self._sw(" ".join(cur)) if cur else 0.0
            gap = space if cur else 0.0
            if curw + gap + self._sw(plain) <= width:
                cur.append(plain)
                continue
            parts = tok.split("~")
            placed = False
            if len(parts) > 1 and cur:
                for k in range(len(parts) - 1, 0, -1):
                    pre = "".join(parts[:k]) + "-"
                    if curw + gap + self._sw(pre) <= width:
                        cur.append(pre)
                        lines.append((cur, False))
                        cur = ["".join(parts[k:])]
                        placed = True
                        break
            if not placed:
                if cur:
                    lines.append((cur, False))
                cur = [plain]
        if cur:
            lines.append((cur, True))
        return lines

    def wrap(self, aw, ah):
        self._aw = aw
        if self.lines is None:
            self.lines = self._layout(aw - self.indent)
        self.height = len(self.lines) * self.leading
        self.width = aw
        return aw, self.height

    def getSpaceAfter(self):
        return self.space_after

    def split(self, aw, ah):
        self.wrap(aw, ah)
        n = int(ah // self.leading)
        if n < 2 or len(self.lines) - n < 1:
            return [] if n < len(self.lines) else [self]
        if len(self.lines) - n == 1:
            n -= 1
        a = HPara(self.text, self.font, self.size, self.leading, self.justify,
                  self.indent, self.bullet, 0, self.lines[:n], self.cont)
        b = HPara(self.text, self.font, self.size, self.leading, self.justify,
                  self.indent, self.bullet, self.space_after, self.lines[n:], True)
        return [a, b]

    def draw(self):
        c = self.canv
        width = self._aw - self.indent
        for i, (words, last) in enumerate(self.lines):
            y = self.height - self.size - i * self.leading + 1
            if i == 0 and self.bullet and not self.cont:
                c.setFont(self.font, self.size)
                c.drawString(self.indent - 12, y, self.bullet)
            line = " ".join(words)
            t = c.beginText(self.indent, y)
            t.setFont(self.font, self.size)
            if self.justify and not last and len(words) > 1:
                extra = (width - self._sw(line)) / (len(words) - 1)
                t.setWordSpace(max(0.0, extra))
            t.textOut(line)
            c.drawText(t)


def make_canvas(decor):
    """Canvas class that knows the total page count (for 'Sida X av Y')."""

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
                decor(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def style(name, font="Sans", size=10, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=leading or size * 1.3, **kw)


def grid_table(data, widths, head_bg="#DDE6EE", font="Sans", size=8.5,
               zebra=None, bold_last_row=False, align_right_from=None):
    cell = style("cell", font, size, size * 1.25)
    cellb = style("cellb", font + "-Bold" if "-" not in font else font, size,
                  size * 1.25)
    rows = []
    for r, row in enumerate(data):
        st = cellb if r == 0 or (bold_last_row and r == len(data) - 1) else cell
        rows.append([Paragraph(str(v), st) if not isinstance(v, Flowable) else v
                     for v in row])
    t = Table(rows, colWidths=widths, repeatRows=1)
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F8C99")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if zebra:
        for r in range(1, len(data)):
            if r % 2 == 0:
                cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(zebra)))
    t.setStyle(TableStyle(cmds))
    return t


# ---------------------------------------------------------------------------
# 1. Evaluation report, Region Gotland (PDF, ~4 pages)
# ---------------------------------------------------------------------------


def make_evaluation(path):
    H1 = style("h1", "Sans-Bold", 13, 17, keepWithNext=1, spaceBefore=10, spaceAfter=5,
               textColor=colors.HexColor("#0B4F6C"))
    H2 = style("h2", "Sans-Bold", 11, 14, keepWithNext=1, spaceBefore=7, spaceAfter=3)
    SMALL = style("small", "Serif-Italic", 8.5, 11)

    def P(t, **k):
        return HPara(t, **k)

    def B(t, sym="•"):
        return HPara(t, indent=16, bullet=sym, space_after=2)

    def decor(c, page, total):
        c.saveState()
        w, h = A4
        c.setStrokeColor(colors.HexColor("#0B4F6C"))
        c.setLineWidth(0.6)
        if page > 1:
            c.setFont("Sans", 8)
            c.drawString(25 * mm, h - 14 * mm, "Region Gotland · Regionstyrelseförvaltningen")
            c.drawRightString(w - 25 * mm, h - 14 * mm,
                              "Utvärdering av Jobbsteget Gotland 2023–2025")
            c.line(25 * mm, h - 16 * mm, w - 25 * mm, h - 16 * mm)
        c.line(25 * mm, 16 * mm, w - 25 * mm, 16 * mm)
        c.setFont("Sans", 8)
        c.drawString(25 * mm, 11 * mm, "Kustlinjen Analys AB · Slutrapport 2026-03-12 · Dnr RS 2025/1187")
        c.drawRightString(w - 25 * mm, 11 * mm, f"Sida {page} av {total}")
        c.restoreState()

    story = []
    title = style("title", "Sans-Bold", 19, 24, textColor=colors.HexColor("#0B4F6C"))
    story += [Paragraph("REGION GOTLAND", style("k", "Sans-Bold", 9, 12,
                                                 textColor=colors.HexColor("#6B7C8C"))),
              Spacer(1, 4),
              Paragraph("Utvärdering av arbetsmarknadsinsatsen Jobbsteget Gotland 2023–2025", title),
              Spacer(1, 4),
              Paragraph("Slutrapport, 12 mars 2026", style("st", "Sans", 11, 15)),
              Spacer(1, 8)]
    meta = [["Uppdragsgivare", "Region Gotland, enheten för regional utveckling, i samverkan med Arbetsförmedlingen Gotland"],
            ["Utvärderare", "Johanna Lindqvist Berg (projektledare) och Mattias Öhrn (analytiker), Kustlinjen Analys AB"],
            ["Diarienummer", "RS 2025/1187"],
            ["Status", "Slutversion, godkänd av styrgruppen den 10 mars 2026"]]
    mt = Table([[Paragraph(a, style("m1", "Sans-Bold", 8.5)), Paragraph(b, style("m2", "Sans", 8.5))]
                for a, b in meta], colWidths=[38 * mm, 122 * mm])
    mt.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.HexColor("#0B4F6C")),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.HexColor("#0B4F6C")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [mt, Spacer(1, 6)]

    story.append(Paragraph("1 Sammanfattning", H1))
    story.append(P(
        "Jobbsteget Gotland är en sam~verkans~insats mellan Region Gotland och Arbets~förmedlingen som sedan "
        "januari 2023 erbjuder personer som stått långt från arbets~marknaden en stegvis väg till arbete eller "
        "studier. Under perioden 2023–2025 deltog totalt 532 personer. Andelen deltagare som var i arbete eller "
        "studier 90 dagar efter avslut (AIS) ökade från 31 procent 2023 till 44 procent 2025, vilket kan jämföras "
        "med 30 procent i den matchade jämförelse~gruppen samma år. Kostnaden per deltagare minskade under samma "
        "period från 48 600 kronor till 41 900 kronor."))
    story.append(P(
        "Vår samlade bedömning är att insatsen har haft en positiv effekt på deltagarnas väg till arbete, särskilt "
        "för utrikes födda kvinnor, men att effekten är betydligt svagare för deltagare med en dokumenterad "
        "funktions~nedsättning. Vi rekommenderar att insatsen permanentas i regionens ordinarie verksamhet från "
        "och med 2027, under förutsättning att finansieringen kan delas med Arbets~förmedlingen."))

    story.append(Paragraph("2 Bakgrund och syfte", H1))
    story.append(Paragraph("2.1 Om insatsen", H2))
    story.append(P(
        "Jobbsteget startade den 9 januari 2023 efter beslut i regionstyrelsen den 24 november 2022 (§ 312). "
        "Målgruppen är personer i åldern 20–64 år som är bosatta på Gotland och som varit inskrivna som "
        "arbetssökande vid Arbets~förmedlingen i minst tolv månader. Region Gotland står för arbets~träningsplatser, "
        "handledar~stöd och två coacher, medan Arbets~förmedlingen anvisar deltagare och har tre arbets~förmedlare "
        "placerade i regionens lokaler på Visborgsallén i Visby."))
    story.append(P(
        "Insatsen bygger på den så kallade stegtrappan. Med stegtrappan avses i denna rapport den modell i fyra "
        "steg som deltagarna följer: (1) kartläggning och upprättande av en individuell stegplan, (2) arbetsträning "
        "i regionens egna verksamheter, (3) praktik hos en privat eller ideell arbetsgivare med utsedd handledare "
        "och (4) anställning med stöd, till exempel lönestöd eller nystartsjobb. En deltagare kan stanna på ett "
        "steg så länge det behövs, men den samman~lagda tiden i insatsen är högst 12 månader."))
    story.append(Paragraph("2.2 Syfte och frågeställningar", H2))
    story.append(P("Utvärderingen har genomförts på uppdrag av Region Gotland och ska besvara fyra frågor:",
                   space_after=2))
    for t in ["I vilken utsträckning leder insatsen till arbete eller studier?",
              "Hur skiljer sig resultaten mellan olika grupper av deltagare?",
              "Vilka delar av stegtrappan bidrar mest till resultaten?",
              "Är insatsen kostnads~effektiv jämfört med Arbets~förmedlingens ordinarie program?"]:
        story.append(B(t))
    story.append(Spacer(1, 4))

    story.append(Paragraph("3 Metod", H1))
    story.append(Paragraph("3.1 Datakällor", H2))
    story.append(P(
        "Utvärderingen bygger på tre datakällor. Den första är register~data från Arbets~förmedlingen för samtliga "
        "532 deltagare. Den andra är en webbenkät till de 467 deltagare som avslutat insatsen före den 1 december "
        "2025; enkäten besvarades av 271 personer, vilket ger en svarsfrekvens på 58 procent. Den tredje är 24 "
        "semi~strukturerade intervjuer med deltagare, handledare och personal, som genomfördes mellan den "
        "15 september och den 31 oktober 2025."))
    story.append(Paragraph("3.2 Jämförelsegrupp", H2))
    story.append(P(
        "För att uppskatta insatsens effekt har deltagarnas resultat jämförts med en matchad jämförelse~grupp om "
        "412 personer som uppfyllde målgrupps~kriterierna men inte deltog. Matchningen har gjorts med PSM på ålder, "
        "kön, födelse~region, utbildnings~nivå, tid i arbetslöshet och eventuell funktions~nedsättning. "
        "Effekten redovisas som skillnaden i AIS mellan deltagare och jämförelse~grupp, uttryckt i procent~enheter."))
    story.append(Paragraph("3.3 Begränsningar", H2))
    for t in ["Antalet deltagare per år är litet, vilket gör att skillnader mellan undergrupper ska tolkas med "
              "försiktighet.",
              "Matchningen kan inte fånga motivation och andra faktorer som inte finns i registren.",
              "För 2025 avser AIS enbart deltagare som avslutat insatsen senast den 30 september 2025.",
              "Utvärderingen mäter inte hur varaktiga anställningarna är efter 90 dagar."]:
        story.append(B(t))

    story.append(Paragraph("4 Resultat", H1))
    story.append(Paragraph("4.1 Deltagare och resultat per år", H2))
    story.append(P(
        "Tabell 1 visar antalet deltagare och de viktigaste resultat~måtten för varje år. Antalet deltagare har ökat "
        "varje år, samtidigt som andelen avbrott har minskat och AIS har förbättrats."))
    data = [["Mått", "2023", "2024", "2025", "Totalt 2023–2025"],
            ["Antal deltagare", "142", "187", "203", "532"],
            ["varav kvinnor, procent", "54", "57", "61", "58"],
            ["varav utrikes födda, procent", "63", "66", "68", "66"],
            ["Avbrott, procent", "21", "17", "14", "17"],
            ["AIS 90 dagar, deltagare, procent", "31", "38", "44", "38"],
            ["AIS 90 dagar, jämförelsegrupp, procent", "27", "29", "30", "29"],
            ["Kostnad per deltagare, kronor", "48 600", "44 200", "41 900", "44 500"]]
    story.append(KeepTogether([
        Paragraph("Tabell 1. Deltagare, resultat och kostnad per år", style("cap", "Sans-Bold", 9, 12, keepWithNext=1)),
        Spacer(1, 2),
        grid_table(data, [58 * mm, 21 * mm, 21 * mm, 21 * mm, 39 * mm], zebra="#F3F6F9"),
        Spacer(1, 2),
        Paragraph("Källa: Arbetsförmedlingens register och Region Gotlands ekonomisystem, bearbetning Kustlinjen "
                  "Analys. Den totala kostnaden för perioden uppgick till 23,7 miljoner kronor.", SMALL)]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("4.2 Resultat för olika grupper", H2))
    story.append(P(
        "Effekten var störst för utrikes födda kvinnor, där skillnaden mot jämförelse~gruppen 2025 uppgick till "
        "19 procent~enheter. För deltagare med en dokumenterad funktions~nedsättning var skillnaden endast "
        "4 procent~enheter. Av de deltagare som gick vidare till arbete fick 46 procent en anställning inom vård "
        "och omsorg, 18 procent inom besöks~näringen och 11 procent inom bygg och anläggning."))
    story.append(Paragraph("4.3 Deltagarnas upplevelse", H2))
    story.append(P(
        "I enkäten uppgav 81 procent att de var nöjda eller mycket nöjda med insatsen. Stödet från handledaren "
        "på arbets~platsen var det som flest lyfte fram som värdefullt. Kritiken gällde främst väntetiden mellan "
        "steg 2 och steg 3, som 2024 i genomsnitt var sju veckor. Flera intervju~personer på norra och södra "
        "Gotland beskrev också att kollektiv~trafiken gjorde det svårt att ta sig till praktik~platser i Visby."))

    story.append(Paragraph("5 Analys", H1))
    story.append(Paragraph("5.1 Vad har fungerat", H2))
    for t in ["Den fysiska sam~lokaliseringen av arbets~förmedlare och regionens coacher i Visby har gjort "
              "överlämningar snabbare.",
              "Arbetsträning i regionens egna verksamheter – främst äldreomsorg, kost och fastighet – har gett "
              "deltagarna referenser och arbetslivs~erfarenhet.",
              "Handledar~utbildningen på två halvdagar, som 64 handledare har gått, har höjt kvaliteten i steg 2 och 3."]:
        story.append(B(t))
    story.append(Paragraph("5.2 Utmaningar", H2))
    for t in ["Väntetiden mellan steg 2 och steg 3 är för lång.",
              "Det finns få privata arbetsgivare som tar emot deltagare utanför Visby.",
              "Uppföljningen av deltagare med funktions~nedsättning är bristfällig och saknar särskilda metoder.",
              "Finansieringen är beslutad år för år, vilket försvårar planeringen för personal och arbetsgivare."]:
        story.append(B(t))
    story.append(Paragraph("5.3 Kostnadseffektivitet", H2))
    story.append(P(
        "Räknat per deltagare som var i arbete eller studier 90 dagar efter avslut var kostnaden cirka "
        "95 200 kronor 2025. Det är i nivå med jämförbara kommunala insatser, men osäkerheten är stor eftersom "
        "vi inte kan följa deltagarna längre än 90 dagar."))

    story.append(Paragraph("6 Rekommendationer", H1))
    story.append(P("Utifrån resultaten lämnar vi följande fem rekommendationer till Region Gotland och "
                   "Arbets~förmedlingen:", space_after=2))
    recs = ["Permanenta Jobbsteget i Region Gotlands ordinarie verksamhet från och med 2027, med en "
            "flerårig överenskommelse om finansiering med Arbets~förmedlingen.",
            "Korta väntetiden mellan steg 2 och steg 3 till högst tre veckor genom en gemensam arbetsgivarpool.",
            "Utveckla ett särskilt spår för deltagare med funktions~nedsättning i samarbete med Samordningsförbundet "
            "Gotland.",
            "Utöka handledarutbildningen till privata arbetsgivare och erbjud den även digitalt.",
            "Mät AIS även tolv månader efter avslut för att kunna följa hur varaktiga anställningarna är."]
    for i, t in enumerate(recs, 1):
        story.append(HPara(t, indent=16, bullet=f"{i}.", space_after=2))
    story.append(Spacer(1, 10))
    story.append(KeepTogether([
        Paragraph("Visby den 12 mars 2026", style("sig0", "Serif", 10.5, 14)),
        Spacer(1, 16),
        Table([[Paragraph("<i>Johanna Lindqvist Berg</i><br/>Johanna Lindqvist Berg<br/>Projektledare, Kustlinjen Analys AB",
                          style("sig", "Serif", 10, 13)),
                Paragraph("<i>Mattias Öhrn</i><br/>Mattias Öhrn<br/>Analytiker, Kustlinjen Analys AB",
                          style("sig2", "Serif", 10, 13))]], colWidths=[80 * mm, 80 * mm])]))

    story.append(Paragraph("Bilaga 1. Förkortningar och begrepp", H1))
    gl = [["Förkortning/begrepp", "Betydelse"],
          ["AIS", "Andel i arbete eller studier 90 dagar efter avslut i insatsen"],
          ["PSM", "Propensity score matching – statistisk metod för att ta fram en jämförbar kontrollgrupp"],
          ["SFI", "Kommunal vuxenutbildning i svenska för invandrare"],
          ["Stegplan", "Individuell plan som upprättas i steg 1 och följs upp vid varje stegbyte"],
          ["Stegtrappan", "Insatsens modell i fyra steg, se avsnitt 2.1"]]
    story.append(grid_table(gl, [40 * mm, 120 * mm]))

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=25 * mm,
                            title="Utvärdering av Jobbsteget Gotland 2023–2025",
                            author="Kustlinjen Analys AB")
    doc.build(story, canvasmaker=make_canvas(decor))


# ---------------------------------------------------------------------------
# 2. Policy brief in English with Swedish summary, Region Västernorrland (PDF)
# ---------------------------------------------------------------------------


def make_policy_brief(path):
    navy = colors.HexColor("#1D3557")
    H1 = style("pb_h1", "Sans-Bold", 12.5, 16, keepWithNext=1, spaceBefore=10, spaceAfter=4, textColor=navy)
    H2 = style("pb_h2", "Sans-Bold", 10.5, 13.5, keepWithNext=1, spaceBefore=6, spaceAfter=2)
    SMALL = style("pb_small", "Sans-Oblique", 8, 10.5)
    F, S, L = "Sans", 9.8, 13.2

    def P(t, **k):
        k.setdefault("font", F)
        k.setdefault("size", S)
        k.setdefault("leading", L)
        return HPara(t, **k)

    def B(t, sym="•"):
        return P(t, indent=14, bullet=sym, space_after=2)

    def decor(c, page, total):
        w, h = A4
        c.saveState()
        if page == 1:
            c.setFillColor(navy)
            c.rect(0, h - 30 * mm, w, 30 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Sans-Bold", 10)
            c.drawString(20 * mm, h - 13 * mm, "REGION VÄSTERNORRLAND")
            c.setFont("Sans", 9)
            c.drawString(20 * mm, h - 19 * mm, "Unit for Skills Supply and Analysis")
            c.drawRightString(w - 20 * mm, h - 13 * mm, "POLICY BRIEF 2026:1")
            c.drawRightString(w - 20 * mm, h - 19 * mm, "February 2026")
        else:
            c.setFont("Sans", 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(20 * mm, h - 13 * mm, "Region Västernorrland | Policy Brief 2026:1")
            c.drawRightString(w - 20 * mm, h - 13 * mm, "Staying power – young talent in the green transition")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("Sans", 7.5)
        c.drawString(20 * mm, 11 * mm, "Region Västernorrland · Enheten för kompetensförsörjning och analys · Sundsvall")
        c.drawRightString(w - 20 * mm, 11 * mm, f"Page {page} of {total}")
        c.restoreState()

    story = [Spacer(1, 12 * mm)]
    story.append(Paragraph("Staying power: How Västernorrland can attract and keep young talent in the "
                           "green industrial transition",
                           style("pb_t", "Sans-Bold", 17, 21, textColor=navy)))
    story.append(Spacer(1, 4))
    story.append(Paragraph("Elin Sandström, Senior Analyst, Region Västernorrland · Amir Haddad, Labour Market "
                           "Analyst, Arbetsförmedlingen Analys, Sundsvall", style("pb_a", "Sans", 9, 12)))
    story.append(Spacer(1, 8))

    km = [Paragraph("KEY MESSAGES", style("km", "Sans-Bold", 9.5, 12, textColor=navy)), Spacer(1, 3)]
    for t in ["Between 2020 and 2024 the number of residents aged 20–29 in Västernorrland fell by 6.2 per cent. "
              "In 2024 alone the region lost, on net, 1 240 young adults to other parts of Sweden.",
              "Announced industrial investments along the Sundsvall–Örnsköldsvik corridor are expected to require "
              "some 9 800 additional workers by 2030 – a large share of them with vocational or higher vocational "
              "(YH) qualifications.",
              "Housing, not only jobs, is a bottleneck: 14 per cent of the young adults who plan to leave cite the "
              "lack of rental apartments.",
              "We propose three measures: a regional traineeship programme, a housing guarantee for newly employed "
              "people under 30, and more higher vocational education delivered through local learning centres."]:
        km.append(P(t, indent=12, bullet="•", space_after=3, size=9.3, leading=12.4))
    box = Table([[km]], colWidths=[170 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EAF1F8")),
                             ("LINEBEFORE", (0, 0), (0, -1), 3, navy),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [box, Spacer(1, 4)]

    story.append(Paragraph("1 Introduction", H1))
    story.append(P(
        "Västernorrland is in the middle of the largest wave of in~dus~trial investment in a generation. New "
        "production of fossil-free materials, expansion in the forest industry and large grid investments are "
        "creating thousands of jobs. At the same time the population is ageing and young adults continue to move "
        "away. This brief summarises new evidence on why young people leave, and which policy levers the region "
        "and its partners actually control. It was prepared for the Regional Development Committee (regionala "
        "utvecklingsnämnden) and builds on the analysis work of the regional skills supply platform during 2025."))

    story.append(Paragraph("2 The challenge in numbers", H1))
    story.append(P(
        "The decline in the number of young adults is steepest in the inland mu~nic~i~pal~i~ties. Ånge has lost one "
        "in six residents in their twenties since 2020, and Sollefteå and Kramfors more than one in eight. "
        "Sundsvall and Timrå, with the region's largest labour markets and a university campus within commuting "
        "distance, have fared considerably better. Youth un~em~ploy~ment remains highest in Sollefteå and Härnösand."))
    tdata = [["Municipality", "Change in population aged 20–29, 2020–2024 (%)", "Youth unemployment 18–24, "
              "December 2025 (%)"],
             ["Sundsvall", "-3.1", "9.4"], ["Örnsköldsvik", "-4.8", "7.9"], ["Härnösand", "-9.6", "14.2"],
             ["Timrå", "-2.2", "10.8"], ["Kramfors", "-12.3", "13.1"], ["Sollefteå", "-14.0", "15.6"],
             ["Ånge", "-16.5", "12.7"], ["Västernorrland, total", "-6.2", "10.5"]]
    story.append(KeepTogether([
        Paragraph("Table 1. Young adults and youth unemployment by municipality", style("cap2", "Sans-Bold", 8.8, 11, keepWithNext=1)),
        Spacer(1, 2),
        grid_table(tdata, [50 * mm, 60 * mm, 60 * mm], head_bg="#D7E3F0", zebra="#F5F8FB", bold_last_row=True),
        Spacer(1, 2),
        Paragraph("Sources: Statistics Sweden (SCB), population statistics; Arbetsförmedlingen, monthly statistics. "
                  "Authors' calculations.", SMALL)]))

    story.append(Paragraph("3 Why young people leave – and why some stay", H1))
    story.append(P(
        "In October 2025 we surveyed 1 146 young adults aged 18–29 living in the region (web panel, response rate "
        "34 per cent). Respondents who planned to move gave the following main reasons:", space_after=2))
    for t in ["studies elsewhere – 41 per cent", "better job op~por~tu~ni~ties – 27 per cent",
              "lack of rental housing – 14 per cent", "social life and leisure – 11 per cent",
              "other reasons – 7 per cent"]:
        story.append(B(t))
    story.append(Spacer(1, 3))
    story.append(P(
        "Among those who stayed after upper-secondary school, the most common reason was a permanent job offer "
        "received before graduating (38 per cent). Notably, 62 per cent of those who had completed a "
        "workplace-based traineeship or ap~pren~tice~ship said they intended to stay in the region, compared with "
        "35 per cent of the other respondents. Early contact with local employers therefore appears to be one of "
        "the strongest predictors of staying."))

    story.append(Paragraph("4 Policy recommendations", H1))
    story.append(Paragraph("Recommendation 1 – Trainee Västernorrland", H2))
    story.append(P(
        "Launch a regional traineeship programme with 150 places per year from 2027, aimed at young adults under "
        "30 with vocational or academic qualifications. Trainees rotate between two or three employers over "
        "12 months and receive a salary from day one. Employers and the region share the cost equally."))
    story.append(Paragraph("Recommendation 2 – A housing guarantee for newly employed people under 30", H2))
    story.append(P(
        "Through agreements with the municipal housing companies, anyone under 30 who receives an employment "
        "contract of at least six months in the region should be offered a rental apartment within three months."))
    story.append(Paragraph("Recommendation 3 – Higher vocational education closer to home", H2))
    story.append(P(
        "Expand the number of higher vocational (YH) programmes delivered remotely via the learning centres "
        "(lärcentrum) in Sollefteå, Kramfors and Ånge, with the goal of at least 300 new study places by 2028."))

    story.append(Paragraph("5 Costs and next steps", H1))
    story.append(P(
        "We estimate the gross cost of Trainee Västernorrland at SEK 21 million per year at full scale, of which "
        "the region's share would be SEK 10.5 million. The housing guarantee requires no direct regional funding "
        "but depends on decisions in each municipality. The YH expansion is financed mainly through national "
        "funds and requires that education providers apply in the autumn 2026 round. The Regional Development "
        "Committee will consider the recommendations at its meeting on 14 April 2026. A first evaluation of the "
        "traineeship programme is planned for the autumn of 2028."))
    story.append(Spacer(1, 4))
    abbr = [["Abbreviation", "Meaning"],
            ["NEET", "Not in Employment, Education or Training"],
            ["SCB", "Statistics Sweden (Statistiska centralbyrån)"],
            ["YH", "Higher vocational education (yrkeshögskola)"]]
    story.append(grid_table(abbr, [35 * mm, 135 * mm], head_bg="#D7E3F0"))

    story.append(PageBreak())
    story.append(Paragraph("Sammanfattning på svenska", H1))
    story.append(Paragraph("Unga som stannar – så kan Västernorrland locka och behålla unga i den gröna omställningen",
                           H2))
    for t in [
        "Mellan 2020 och 2024 minskade antalet invånare i åldern 20–29 år i Västernorrland med 6,2 procent. "
        "Minskningen är störst i Ånge (–16,5 procent), Sollefteå och Kramfors. Samtidigt beräknas de annonserade "
        "industri~investeringarna i stråket Sundsvall–Örnsköldsvik kräva omkring 9 800 fler arbetstagare till 2030.",
        "En enkät till 1 146 unga vuxna visar att studier på annan ort (41 procent), bättre jobb~möjligheter "
        "(27 procent) och brist på hyresbostäder (14 procent) är de vanligaste skälen till att vilja flytta. "
        "Unga som gjort en arbetsplats~förlagd trainee- eller lärlingsperiod vill i betydligt högre grad stanna "
        "kvar i länet.",
        "Vi föreslår tre åtgärder: (1) ett regionalt trainee~program, Trainee Västernorrland, med 150 platser per "
        "år från 2027, (2) en bostadsgaranti för nyanställda under 30 år genom avtal med de kommunala "
        "bostads~bolagen och (3) fler yrkes~högskole~utbildningar på distans via lärcentrum i Sollefteå, Kramfors "
        "och Ånge. Traineeprogrammet beräknas kosta 21 miljoner kronor per år, varav regionens andel är "
        "10,5 miljoner kronor.",
        "Regionala utvecklingsnämnden behandlar förslagen vid sitt sammanträde den 14 april 2026."]:
        story.append(P(t))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Sundsvall den 18 februari 2026", style("pb_sig", "Sans", 9.8, 13)))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Elin Sandström, Region Västernorrland<br/>Amir Haddad, Arbetsförmedlingen Analys",
                           style("pb_sig2", "Sans-Oblique", 9.8, 13)))
    story.append(Spacer(1, 14))
    story.append(Paragraph("Policy briefs från Region Västernorrland sammanfattar aktuell analys för politiker och "
                           "tjänstepersoner. Slutsatserna är författarnas egna och behöver inte överensstämma med "
                           "regionens eller Arbetsförmedlingens ställningstaganden.", SMALL))

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title="Policy Brief 2026:1 Staying power", author="Region Västernorrland")
    doc.build(story, canvasmaker=make_canvas(decor))


# ---------------------------------------------------------------------------
# 3. Conference programme, Sundsvall (PDF, 2 pages)
# ---------------------------------------------------------------------------


def make_programme(path):
    green = colors.HexColor("#2A6F4E")
    H1 = style("cp_h1", "Sans-Bold", 12.5, 16, keepWithNext=1, spaceBefore=8, spaceAfter=4, textColor=green)
    H2 = style("cp_h2", "Sans-Bold", 10, 13, keepWithNext=1, spaceBefore=5, spaceAfter=2)

    def decor(c, page, total):
        w, h = A4
        c.saveState()
        c.setFillColor(green)
        c.rect(0, h - 12 * mm, w, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans-Bold", 9)
        c.drawString(18 * mm, h - 8 * mm, "KOMPETENSFORUM MITT 2026")
        c.setFont("Sans", 9)
        c.drawRightString(w - 18 * mm, h - 8 * mm, "21–22 april 2026 · Sundsvall")
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("Sans", 7.5)
        c.drawString(18 * mm, 10 * mm, "Program, version 3 – 2026-03-02. Med reservation för ändringar.")
        c.drawRightString(w - 18 * mm, 10 * mm, f"Sida {page} av {total}")
        c.restoreState()

    cell = style("cp_c", "Sans", 8.5, 10.8)
    cellb = style("cp_cb", "Sans-Bold", 8.5, 10.8)
    celli = style("cp_ci", "Sans-Oblique", 8.2, 10.5)

    def prog_table(rows):
        data = [[Paragraph("Tid", cellb), Paragraph("Programpunkt", cellb), Paragraph("Medverkande", cellb),
                 Paragraph("Rum", cellb)]]
        shade = []
        for i, (tid, what, who, room) in enumerate(rows, 1):
            data.append([Paragraph(tid, cellb), Paragraph(what, cell), Paragraph(who, celli), Paragraph(room, cell)])
            if what.startswith(("Lunch", "Kaffe", "Registrering", "Konferensmiddag")):
                shade.append(i)
        t = Table(data, colWidths=[22 * mm, 72 * mm, 54 * mm, 26 * mm], repeatRows=1)
        cmds = [("LINEBELOW", (0, 0), (-1, 0), 0.8, green),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for r in shade:
            cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#EEF5F0")))
        t.setStyle(TableStyle(cmds))
        return t

    story = [Spacer(1, 4)]
    story.append(Paragraph("Kompetensforum Mitt 2026", style("cp_t", "Sans-Bold", 22, 26, textColor=green)))
    story.append(Paragraph("Kompetens för omställningen – från analys till matchning",
                           style("cp_st", "Sans", 12.5, 16)))
    story.append(Spacer(1, 5))
    story.append(HPara(
        "Välkommen till två dagar om kompetens~försörjning i Västernorrland! Kompetensforum Mitt samlar "
        "arbetsgivare, utbildnings~anordnare, kommuner, Arbetsförmedlingen och regionen för att dela kunskap "
        "och enas om prioriteringar för den regionala kompetens~plattformen 2026–2028. Forumet arrangeras av "
        "Region Västernorrland och Arbetsförmedlingen i samarbete med Länsstyrelsen Västernorrland.",
        font="Sans", size=9.5, leading=13))
    story.append(HPara("Plats: Mittpunkten konferenscenter, Sjögatan 7, Sundsvall. Moderator båda dagarna: "
                       "Lina Forsgren.", font="Sans-Bold", size=9.5, leading=13, justify=False))

    story.append(Paragraph("Dag 1 – tisdag 21 april 2026", H1))
    day1 = [
        ("09.00–09.45", "Registrering och kaffe", "", "Foajén"),
        ("09.45–10.15", "Välkommen och inledning", "Anders Berglöf, ordförande regionala utvecklingsnämnden; "
                                                    "Sofia Nyqvist, marknadsområdeschef, Arbetsförmedlingen", "Sal Alnö"),
        ("10.15–11.00", "Keynote: Omställningen i siffror – vad behöver arbetsmarknaden 2030?",
         "Elin Sandström, senior analytiker, Region Västernorrland", "Sal Alnö"),
        ("11.00–12.00", "Panel: Hur matchar vi de nya industrijobben?",
         "Moderator Lina Forsgren. Panel: Johan Strand (Mittnorr Industri AB), Maria Lidén (Sundsvalls kommun), "
         "Oskar Berg (IF Metall Mitt), Sofia Nyqvist (Arbetsförmedlingen)", "Sal Alnö"),
        ("12.00–13.00", "Lunch", "", "Restaurang Kajen"),
        ("13.00–14.30", "Parallella seminarier A–C", "", ""),
        ("", "A. Validering som verktyg – så fungerar branschvalidering i praktiken",
         "Tomas Hedlund, Valideringscentrum Mitt", "Sal Brämön"),
        ("", "B. Yrkeshögskolan på distans – erfarenheter från lärcentrum",
         "Maria Eklöv, Lärcentrum Sollefteå", "Sal Ulvön"),
        ("", "C. Arbetsgivare som tar emot – praktik och mentorskap",
         "Jonas Wiklund, Företagarna Västernorrland", "Sal Högbonden"),
        ("14.30–15.00", "Kaffe", "", "Foajén"),
        ("15.00–16.15", "Workshop: Regional kompetensplattform – prioriteringar 2026–2028",
         "Karin Åslund, Region Västernorrland, och Petter Lundmark, Arbetsförmedlingen", "Sal Alnö"),
        ("16.15–16.30", "Sammanfattning av dag 1", "Lina Forsgren", "Sal Alnö"),
        ("19.00", "Konferensmiddag (föranmälan krävs)", "", "Restaurang Kajen"),
    ]
    story.append(prog_table(day1))

    story.append(PageBreak())
    story.append(Paragraph("Dag 2 – onsdag 22 april 2026", H1))
    day2 = [
        ("08.30–09.00", "Kaffe", "", "Foajén"),
        ("09.00–09.45", "Keynote: Unga som stannar – resultat från Policy Brief 2026:1",
         "Amir Haddad, analytiker, Arbetsförmedlingen Analys", "Sal Alnö"),
        ("09.45–11.15", "Parallella seminarier D–F", "", ""),
        ("", "D. Kompetensförsörjning i vård och omsorg – språkstöd på arbetsplatsen",
         "Hanna Sjödin, Härnösands kommun", "Sal Brämön"),
        ("", "E. Omställningsstöd vid varsel – TRR och TSL i samverkan med Arbetsförmedlingen",
         "Erik Norberg, TRR, och Anna Fahlén, TSL", "Sal Ulvön"),
        ("", "F. Data för matchning – nya verktyg i Arbetsförmedlingens statistik",
         "Nadia Karimi, Arbetsförmedlingen", "Sal Högbonden"),
        ("11.15–12.00", "Avslutande panel: Vad tar vi med oss?",
         "Moderator Lina Forsgren, med seminarieledarna", "Sal Alnö"),
        ("12.00–13.00", "Lunch och avslut", "", "Restaurang Kajen"),
    ]
    story.append(prog_table(day2))

    story.append(Paragraph("Praktisk information", H1))
    body = dict(font="Sans", size=9.2, leading=12.4, indent=12, bullet="•", space_after=2)
    info = [
        ("Anmälan", "Anmäl dig senast fredag den 27 mars 2026 via anmälningsformuläret på Region "
                    "Västernorrlands webbplats. Ange samtidigt vilka parallella seminarier du vill gå på."),
        ("Avgift", "1 450 kronor exklusive moms per person för båda dagarna, inklusive lunch och kaffe. "
                   "Konferensmiddagen tisdag kväll kostar 595 kronor exklusive moms och bokas vid anmälan."),
        ("Avbokning", "Avbokning kan göras kostnadsfritt till och med den 7 april 2026. Vid senare avbokning "
                      "debiteras full avgift, men platsen kan överlåtas till en kollega."),
        ("Specialkost", "Anges i anmälningsformuläret."),
        ("Tillgänglighet", "Alla salar är tillgängliga med rullstol. Sal Alnö har hörslinga."),
        ("Boende", "Deltagarna bokar och betalar eget boende."),
        ("Resa", "Mittpunkten ligger cirka tio minuters promenad från Sundsvall C."),
    ]
    for head, txt in info:
        story.append(Paragraph(head, H2))
        story.append(HPara(txt, **body))
    story.append(Spacer(1, 6))
    contact = [["Kontakt", "Roll", "Telefon"],
               ["Karin Åslund", "Projektledare, Region Västernorrland (program och anmälan)", "0611-34 80 12"],
               ["Petter Lundmark", "Samordnare, Arbetsförmedlingen (seminarier och talare)", "010-486 55 21"]]
    story.append(grid_table(contact, [36 * mm, 104 * mm, 34 * mm], head_bg="#DCEBE2"))

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title="Program Kompetensforum Mitt 2026", author="Region Västernorrland")
    doc.build(story, canvasmaker=make_canvas(decor))


# ---------------------------------------------------------------------------
# 4. Employer checklist, Gotland (DOCX)
# ---------------------------------------------------------------------------


def _docx_field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._r.append(el)


def _shade(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def make_checklist(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    hp = sec.header.paragraphs[0]
    hp.text = "Region Gotland  |  Arbetsförmedlingen Gotland\tJobbsteget Gotland\tVersion 2.1"
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Checklista för arbetsgivare, fastställd 2026-02-03  –  Sida ")
    r.font.size = Pt(8.5)
    r2 = fp.add_run()
    r2.font.size = Pt(8.5)
    _docx_field(r2, "PAGE")
    r3 = fp.add_run(" av ")
    r3.font.size = Pt(8.5)
    r4 = fp.add_run()
    r4.font.size = Pt(8.5)
    _docx_field(r4, "NUMPAGES")

    doc.add_heading("Checklista för arbetsgivare", level=0)
    p = doc.add_paragraph()
    run = p.add_run("Ta emot en deltagare i arbetsträning eller praktik inom Jobbsteget Gotland")
    run.bold = True
    run.font.size = Pt(13)

    meta = doc.add_table(rows=4, cols=2)
    meta.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "2.1 (ersätter version 2.0 från den 15 augusti 2025)"),
                                ("Fastställd", "3 februari 2026 av styrgruppen för Jobbsteget Gotland"),
                                ("Ansvarig för dokumentet", "Lars-Erik Gahnström, enhetschef, enheten för arbetsmarknad, "
                                                            "Region Gotland"),
                                ("Gäller för", "Arbetsgivare i privat, offentlig och ideell sektor på Gotland")]):
        meta.cell(i, 0).text = a
        meta.cell(i, 1).text = b
        meta.cell(i, 0).paragraphs[0].runs[0].bold = True
        _shade(meta.cell(i, 0), "E8EEF4")
    meta.columns[0].width = Cm(4.5)

    doc.add_paragraph()
    doc.add_paragraph(
        "Tack för att ni vill ta emot en deltagare från Jobbsteget Gotland! Den här checklistan hjälper er som "
        "arbetsgivare och handledare att förbereda och genomföra en period med arbetsträning (steg 2) eller "
        "praktik (steg 3). Gå igenom stegen i tur och ordning och bocka av när de är klara. Vid frågor, kontakta "
        "den arbetsförmedlare som är kopplad till deltagaren.")
    doc.add_paragraph("Tänk på att:")
    for t in ["deltagaren inte är anställd och inte får ersätta ordinarie personal,",
              "deltagaren får aktivitetsstöd eller etableringsersättning från Försäkringskassan – inte lön från er,",
              "arbetsträningen eller praktiken inte får börja förrän Arbetsförmedlingen har fattat beslut."]:
        doc.add_paragraph(t, style="List Bullet")

    steps = {
        "A. Före start": [
            ("1", "Utse en handledare som har tid och kunskap att introducera deltagaren. Handledaren ska ha minst "
                  "två timmar per vecka avsatta för handledning.", "Arbetsgivaren"),
            ("2", "Gå igenom arbetsuppgifter och arbetstider med arbetsförmedlaren och fyll i blanketten "
                  "”Överenskommelse om arbetsträning/praktik”. Den skrivs under av arbetsgivaren, deltagaren och "
                  "Arbetsförmedlingen.", "Arbetsgivaren och arbetsförmedlaren"),
            ("3", "Kontrollera att arbetsplatsen har en aktuell riskbedömning och att skyddsutrustning finns i "
                  "rätt storlek.", "Arbetsgivaren"),
            ("4", "Inhämta fackligt yttrande från den lokala fackliga organisationen. Arbetsförmedlingen kan inte "
                  "fatta beslut utan yttrandet.", "Arbetsgivaren"),
            ("5", "Anmäl handledaren till handledarutbildningen (två halvdagar) om hen inte har gått den tidigare.",
             "Handledaren"),
        ],
        "B. Första dagen": [
            ("6", "Ta emot deltagaren personligen. Visa arbetsplatsen, nödutgångar och återsamlingsplats.",
             "Handledaren"),
            ("7", "Gå igenom arbetstider, raster, klädsel och vem deltagaren ska ringa vid sjukdom.", "Handledaren"),
            ("8", "Lämna ut nycklar eller passerkort mot kvittens.", "Handledaren"),
            ("9", "Boka in det första trepartssamtalet med deltagaren och arbetsförmedlaren.", "Handledaren"),
        ],
        "C. Under perioden": [
            ("10", "Genomför trepartssamtal (arbetsgivare, deltagare och arbetsförmedlare) senast 14 dagar efter "
                   "start och därefter minst en gång per månad.", "Handledaren och arbetsförmedlaren"),
            ("11", "Skicka tidrapporten till Arbetsförmedlingen senast den 5:e varje månad för föregående månad. "
                   "Utan tidrapport kan deltagarens ersättning bli försenad.", "Arbetsgivaren"),
            ("12", "Kontakta arbetsförmedlaren samma dag om deltagaren är frånvarande utan att ha anmält det.",
             "Handledaren"),
            ("13", "Vid olycka eller tillbud: följ arbetsplatsens rutin och meddela arbetsförmedlaren samma dag. "
                   "Deltagaren omfattas av Arbetsförmedlingens personskadeskydd.", "Arbetsgivaren"),
            ("14", "Anteckna deltagarens utveckling i stegplanen inför varje trepartssamtal.", "Handledaren"),
        ],
        "D. Avslut": [
            ("15", "Håll ett avslutande samtal senast en vecka innan perioden slutar.",
             "Handledaren och arbetsförmedlaren"),
            ("16", "Ge deltagaren ett skriftligt intyg med en beskrivning av arbetsuppgifterna.", "Arbetsgivaren"),
            ("17", "Meddela arbetsförmedlaren om ni kan erbjuda en anställning, till exempel med lönestöd eller "
                   "nystartsjobb.", "Arbetsgivaren"),
        ],
    }
    for phase, rows in steps.items():
        doc.add_heading(phase, level=2)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = t.rows[0].cells
        for c, txt in zip(hdr, ["Nr", "Att göra", "Ansvarig", "Klart"]):
            c.text = txt
            c.paragraphs[0].runs[0].bold = True
            _shade(c, "D9E2EC")
        for nr, what, who in rows:
            cells = t.add_row().cells
            cells[0].text = nr
            cells[1].text = what
            cells[2].text = who
            cells[3].text = "☐"
        for row in t.rows:
            for c, w in zip(row.cells, (Cm(1.1), Cm(10.2), Cm(4.2), Cm(1.3))):
                c.width = w

    doc.add_heading("Ersättning och stöd till arbetsgivaren", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Stöd", "Belopp", "Villkor"]):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
        _shade(c, "D9E2EC")
    for row in [("Handledarstöd från Region Gotland", "3 000 kronor per deltagare och månad",
                 "Betalas ut i högst 6 månader per deltagare. Kräver att handledaren har gått handledarutbildningen. "
                 "Betalas ut av Region Gotland, enheten för arbetsmarknad, efter inlämnad tidrapport."),
                ("Bidrag till arbetskläder", "Upp till 1 500 kronor per deltagare (engångsbelopp)", "Mot kvitto"),
                ("Handledarutbildning", "Kostnadsfri", "Två halvdagar. Anmälan till Region Gotland. Nästa tillfällen: "
                                                        "17 och 24 mars 2026 samt 15 och 22 september 2026.")]:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    doc.add_paragraph()
    doc.add_paragraph("Arbetsgivaren får ingen ersättning från Arbetsförmedlingen för arbetsträning eller praktik "
                      "inom Jobbsteget. Eventuellt lönestöd vid en senare anställning söks separat.")

    doc.add_heading("Kontakt", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Namn", "Roll", "Telefon"]):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
    for row in [("Petra Hägg", "Arbetsförmedlare, Arbetsförmedlingen Gotland (beslut, tidrapporter, frånvaro)",
                 "010-486 12 34"),
                ("Lars-Erik Gahnström", "Enhetschef, enheten för arbetsmarknad, Region Gotland (handledarstöd)",
                 "0498-26 94 10"),
                ("Malin Ekström", "Coach, Jobbsteget Gotland (handledarutbildning)", "0498-26 94 27")]:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt

    doc.add_paragraph()
    doc.add_paragraph("Visby den 3 februari 2026")
    doc.add_paragraph()
    sig = doc.add_paragraph()
    sig.add_run("Lars-Erik Gahnström").italic = True
    sig.add_run("\nEnhetschef, Region Gotland")
    sig2 = doc.add_paragraph()
    sig2.add_run("Petra Hägg").italic = True
    sig2.add_run("\nArbetsförmedlare, Arbetsförmedlingen Gotland")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Procurement Q&A log, Region Västernorrland (TXT)
# ---------------------------------------------------------------------------

QA_LOG = """REGION VÄSTERNORRLAND – UPPHANDLINGSENHETEN
FRÅGOR OCH SVAR
======================================================================
Upphandling:  Vägledning och matchning för nyanlända och utrikes födda
              kvinnor – "Språkbro Västernorrland"
Dnr:          RV 2026/0412
Förfarande:   Förenklat förfarande enligt LOU
Annonserad:   8 januari 2026
Upphandlare:  Sanna Holmqvist, upphandlingsenheten
Senast uppdaterad: 5 februari 2026 (fråga 10)
======================================================================

Frågor och svar publiceras löpande och utgör en del av
upphandlingsdokumenten. Anbudsgivare ansvarar själva för att
hålla sig uppdaterade. Frågor ställs endast via upphandlingssystemet;
frågor per e-post eller telefon besvaras inte.

----------------------------------------------------------------------
FRÅGA 1 (inkommen 12 januari 2026)
Avser uppdraget hela länet eller bara vissa kommuner?

SVAR (publicerat 14 januari 2026)
Uppdraget avser samtliga sju kommuner i Västernorrlands län.
Leverantören ska ha minst ett fysiskt mötesställe i var och en av
Sundsvall, Härnösand och Örnsköldsvik. I Timrå, Kramfors, Sollefteå
och Ånge kan möten ske digitalt eller i lokaler på kommunens
lärcentrum, som beställaren tillhandahåller utan kostnad.

----------------------------------------------------------------------
FRÅGA 2 (inkommen 13 januari 2026)
Vilket är det uppskattade värdet på upphandlingen, och finns det en
garanterad volym?

SVAR (publicerat 14 januari 2026)
Det uppskattade värdet är 6,4 miljoner kronor för hela avtals-
perioden inklusive förlängningar. Någon volym garanteras inte.
Beställaren räknar med cirka 120 deltagare per år.

----------------------------------------------------------------------
FRÅGA 3 (inkommen 15 januari 2026)
Hur lång är avtalsperioden?

SVAR (publicerat 16 januari 2026)
Avtalet gäller från den 1 maj 2026 till och med den 30 april 2028,
med möjlighet till förlängning 1 + 1 år, det vill säga som längst
till och med den 30 april 2030.

----------------------------------------------------------------------
FRÅGA 4 (inkommen 19 januari 2026)
Får vi som anbudsgivare använda underleverantörer, till exempel en
ideell förening för språkstöd?

SVAR (publicerat 20 januari 2026)
Ja. Underleverantörer får utföra högst 40 procent av uppdraget,
räknat i antal matchningstimmar. Samtliga underleverantörer ska
anges i anbudet och uppfylla samma kvalificeringskrav som
anbudsgivaren (avsnitt 3.4 i upphandlingsdokumentet). Byte av
underleverantör under avtalstiden kräver beställarens skriftliga
godkännande.

----------------------------------------------------------------------
FRÅGA 5 (inkommen 20 januari 2026)
Vilka krav ställs på språkkompetens hos vägledarna?

SVAR (publicerat 22 januari 2026)
Minst två av leverantörens vägledare ska behärska något av språken
arabiska, dari, somaliska eller tigrinja på en nivå som motsvarar
modersmål. Kravet är ett ska-krav, se punkt 4.3.2. Övriga språk kan
lösas med tolk, som leverantören bekostar.

----------------------------------------------------------------------
FRÅGA 6 (inkommen 22 januari 2026)
Vad menas med "matchningstimme" i prisbilagan (bilaga 4)?

SVAR (publicerat 23 januari 2026)
Med matchningstimme avses en timme dokumenterat arbete som riktas
direkt till en namngiven deltagare, till exempel individuell
vägledning, kontakt med en arbetsgivare om deltagaren eller att
följa med deltagaren till en anställningsintervju. Administration,
restid och gruppinformation räknas inte som matchningstimmar.

----------------------------------------------------------------------
FRÅGA 7 (inkommen 26 januari 2026)
Underlaget är omfattande och många av oss lämnar anbud i flera
upphandlingar samtidigt. Kan anbudstiden förlängas?

SVAR (publicerat 28 januari 2026)
Ja. Sista anbudsdag förlängs från den 9 februari 2026 till den
16 februari 2026. Sista dag för frågor flyttas därmed till den
6 februari 2026. Anbudet ska vara giltigt till och med den
31 maj 2026. Tilldelningsbeslut beräknas kunna meddelas i
början av mars 2026.

----------------------------------------------------------------------
FRÅGA 8 (inkommen 29 januari 2026)
Hur viktas pris och kvalitet i utvärderingen?

SVAR (publicerat 30 januari 2026)
Pris viktas till 40 procent och kvalitet till 60 procent. Kvaliteten
bedöms utifrån genomförandebeskrivningen (35 procent) och metoden
för arbetsgivarkontakter (25 procent). Se avsnitt 5 och bilaga 6.

----------------------------------------------------------------------
FRÅGA 9 (inkommen 3 februari 2026)
Måste vi bifoga referensuppdrag?

SVAR (publicerat 4 februari 2026)
Ja, minst två referensuppdrag av liknande art och omfattning som
utförts under de senaste tre åren, se punkt 4.2.4.

----------------------------------------------------------------------
FRÅGA 10 (inkommen 4 februari 2026)
Kommer det att hållas något informationsmöte för leverantörer?

SVAR (publicerat 5 februari 2026)
Ett digitalt informationsmöte hölls den 21 januari 2026.
Presentationen finns publicerad som bilaga 7. Något ytterligare möte
planeras inte.

----------------------------------------------------------------------
Förkortningar
LOU    lagen (2016:1145) om offentlig upphandling
Dnr    diarienummer

Upphandlingsenheten, Region Västernorrland
Sanna Holmqvist, upphandlare
"""


# ---------------------------------------------------------------------------
# 6. Labour-market situation report, Gotland (Markdown)
# ---------------------------------------------------------------------------

LAGESBILD_MD = """# Lägesbild: Arbetsmarknaden på Gotland – mars 2026

*Region Gotland, enheten för regional utveckling, i samverkan med Arbetsförmedlingen Gotland.*
*Sammanställd av Oskar Dahlgren, analytiker. Publicerad 16 mars 2026. Nästa lägesbild publiceras i juni 2026.*

> Lägesbilden bygger på statistik för **februari 2026** om inget annat anges. Siffrorna avser
> öppet arbetslösa och sökande i program med aktivitetsstöd, i procent av den registerbaserade arbetskraften 16–64 år.

## 1. Kortfattat

- Arbetslösheten på Gotland var **5,9 procent** i slutet av februari 2026, vilket är 0,4 procentenheter lägre än ett år tidigare. Motsvarande siffra för riket var 8,7 procent.
- Totalt var **1 684 personer** inskrivna som arbetslösa vid Arbetsförmedlingen.
- Bland unga 18–24 år var arbetslösheten **9,8 procent** (riket 11,9 procent).
- Långtidsarbetslösa, det vill säga personer som varit utan arbete i mer än tolv månader, var 712 personer, eller 42 procent av de inskrivna.
- Antalet nyanmälda lediga platser ökade med 9 procent jämfört med februari 2025.

## 2. Arbetslöshet per grupp

| Grupp | Februari 2025 | Februari 2026 | Förändring, procentenheter |
|---|---|---|---|
| Samtliga 16–64 år | 6,3 % | 5,9 % | –0,4 |
| Kvinnor | 5,8 % | 5,5 % | –0,3 |
| Män | 6,8 % | 6,3 % | –0,5 |
| Unga 18–24 år | 10,6 % | 9,8 % | –0,8 |
| Inrikes födda | 3,9 % | 3,6 % | –0,3 |
| Utrikes födda | 20,5 % | 19,2 % | –1,3 |

Källa: Arbetsförmedlingen, månadsstatistik.

## 3. Efterfrågan på arbetskraft

- Under februari 2026 anmäldes **612 nya lediga platser** till Arbetsförmedlingen.
- Störst efterfrågan finns på undersköterskor, grundskollärare, kockar och kallskänkor samt byggnadsträarbetare.
- Besöksnäringen beräknas behöva cirka **2 300 säsongsanställda** sommaren 2026, ungefär lika många som 2025. Rekryteringen sker främst under mars–maj.
- Region Gotland har själv cirka 180 sommarvikariat att tillsätta inom vård och omsorg.

## 4. Varsel och konkurser

- Under januari–februari 2026 varslades **47 personer** i tre företag, främst inom handel och tillverkning. Samma period 2025 varslades 22 personer.
- Nio företag gick i konkurs under perioden, och 31 anställda berördes.

## 5. Insatser

- Jobbsteget Gotland hade 58 aktiva deltagare den 28 februari 2026. Utvärderingen av insatsen 2023–2025 presenterades den 12 mars 2026.
- Arbetsförmedlingen och Region Gotland planerar en gemensam rekryteringsträff för besöksnäringen i Visby den 9 april 2026.

## 6. Bedömning

Arbetslösheten väntas ligga kvar på omkring 6 procent under 2026. Säsongsmönstret gör att den sjunker under sommarmånaderna och stiger igen under hösten. Risker för bedömningen är en svagare byggkonjunktur och osäkerhet kring flera större byggprojekt i Visby. Matchningsproblemen är fortsatt störst inom vård och omsorg samt skola.

## Källor

1. Arbetsförmedlingen, *Månadsstatistik februari 2026* (publicerad 11 mars 2026).
2. SCB, *Befolkningsstatistik 2025*.
3. Tillväxtverket, *Varsel och konkurser januari–februari 2026*.
4. Region Gotland, *Uppföljning Jobbsteget Gotland* (intern rapport, februari 2026).
5. Besöksnäringens rekryteringsenkät, Gotland 2026.

---
*Frågor om lägesbilden: Oskar Dahlgren, Region Gotland, tfn 0498-26 93 55.*
"""


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python r116_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_evaluation(os.path.join(out, "Utvardering_Jobbsteget_Gotland_2023-2025.pdf"))
    make_policy_brief(os.path.join(out, "Policy_brief_2026-1_Young_talent_Vasternorrland.pdf"))
    make_programme(os.path.join(out, "Program_Kompetensforum_Mitt_2026.pdf"))
    make_checklist(os.path.join(out, "Checklista_arbetsgivare_arbetstraning_Gotland.docx"))
    with open(os.path.join(out, "Fragor_och_svar_upphandling_RV-2026-0412.txt"), "w", encoding="utf-8") as f:
        f.write(QA_LOG)
    with open(os.path.join(out, "Lagesbild_arbetsmarknad_Gotland_mars_2026.md"), "w", encoding="utf-8") as f:
        f.write(LAGESBILD_MD)
    for name in sorted(os.listdir(out)):
        print(name, os.path.getsize(os.path.join(out, name)))


if __name__ == "__main__":
    main()
