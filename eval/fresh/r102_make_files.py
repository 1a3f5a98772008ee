#!/usr/bin/env python3
"""Round 102: six Swedish public-sector documents from the Siljan area (Dalarna).

Usage: r102_make_files.py OUT_DIR

Writes:
  granskningsrapport_arbetsmarknadsinsatser_rattvik_2025.pdf  (audit report, reportlab)
  handlaggarstod_jobbcoacher_leksand_2026.pdf                  (job-coach guideline, reportlab)
  intern_kontrollplan_2026_ban_orsa.pdf                       (internal control plan, reportlab)
  protokoll_arbetsmarknadsradet_siljan_2026-02-11.docx        (council minutes, python-docx)
  deltagarenkat_ung_framtid_vansbro_2025.md                   (survey report, Markdown)
  riktlinjer_feriejobb_2026_rattvik.txt                       (summer-job guidelines, plain text)
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

SHY = "\xad"

# ---------------------------------------------------------------- PDF helpers


class HyphPara(Flowable):
    """A plain paragraph that breaks long words at marked soft hyphens ("-" at line end)."""

    def __init__(self, text, font="Helvetica", size=10, leading=13.5, space_after=6, lines=None):
        super().__init__()
        self.text = " ".join(text.split())
        self.font, self.size, self.leading = font, size, leading
        self.space_after = space_after
        self._lines = lines

    def _sw(self, s):
        return stringWidth(s.replace(SHY, ""), self.font, self.size)

    def _break(self, width):
        lines, cur = [], ""
        for w in self.text.split(" "):
            cand = f"{cur} {w}" if cur else w
            if self._sw(cand) <= width:
                cur = cand
                continue
            parts = w.split(SHY)
            done = False
            for i in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:i]) + "-"
                c2 = f"{cur} {head}" if cur else head
                if self._sw(c2) <= width:
                    lines.append(c2)
                    cur = SHY.join(parts[i:])
                    done = True
                    break
            if not done:
                if cur:
                    lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return [ln.replace(SHY, "") for ln in lines]

    def wrap(self, aw, ah):
        if self._lines is None:
            self._lines = self._break(aw)
        self.width = aw
        self.height = len(self._lines) * self.leading
        return aw, self.height

    def getSpaceAfter(self):
        return self.space_after

    def split(self, aw, ah):
        lines = self._lines if self._lines is not None else self._break(aw)
        n = int(ah // self.leading)
        if n < 2 or n >= len(lines):
            return []
        a = HyphPara("", self.font, self.size, self.leading, 0, lines[:n])
        b = HyphPara("", self.font, self.size, self.leading, self.space_after, lines[n:])
        return [a, b]

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        for i, ln in enumerate(self._lines):
            c.drawString(0, self.height - (i + 1) * self.leading + (self.leading - self.size) * 0.6, ln)


def styles():
    return {
        "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=19, leading=24, spaceAfter=10),
        "sub": ParagraphStyle("sub", fontName="Helvetica", fontSize=11, leading=15, spaceAfter=4),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4),
        "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.8, leading=11),
        "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=8.8, leading=11),
        "cap": ParagraphStyle("cap", fontName="Helvetica-Oblique", fontSize=9, leading=12, spaceBefore=4, spaceAfter=4),
        "bullet": ParagraphStyle("bullet", fontName="Helvetica", fontSize=10, leading=13.5, leftIndent=14,
                                 bulletIndent=3, spaceAfter=3),
        "small": ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=11, spaceAfter=4),
    }


def make_canvas_class(header_left, header_right, footer_left):
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
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total):
            w, h = A4
            self.setFont("Helvetica", 8)
            self.setFillColor(colors.HexColor("#444444"))
            if self._pageNumber > 1:
                self.drawString(20 * mm, h - 12 * mm, header_left)
                self.drawRightString(w - 20 * mm, h - 12 * mm, header_right)
                self.setStrokeColor(colors.HexColor("#999999"))
                self.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
            self.line(20 * mm, 14 * mm, w - 20 * mm, 14 * mm)
            self.drawString(20 * mm, 10 * mm, footer_left)
            self.drawRightString(w - 20 * mm, 10 * mm, f"Sida {self._pageNumber} av {total}")
            self.setFillColor(colors.black)

    return NumberedCanvas


def build_pdf(path, story, header_left, header_right, footer_left, title, author, subject):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=22 * mm, bottomMargin=22 * mm,
                          title=title, author=author, subject=subject)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    doc.build(story, canvasmaker=make_canvas_class(header_left, header_right, footer_left))


def table(rows, widths, st, header_rows=1, zebra=True):
    data = []
    for r_i, row in enumerate(rows):
        data.append([Paragraph(str(c), st["cellb"] if r_i < header_rows else st["cell"]) for c in row])
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
          ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#D9E2EC")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if zebra:
        for i in range(header_rows, len(rows)):
            if (i - header_rows) % 2 == 1:
                ts.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F3F5F7")))
    t.setStyle(TableStyle(ts))
    return t


def P(text, st, name="body"):
    return Paragraph(text, st[name])


def H(text):
    """Hyphenating body paragraph; mark break points with '|' in the text."""
    return HyphPara(text.replace("|", SHY))


def bullets(items, st, numbered=False):
    out = []
    for i, it in enumerate(items, 1):
        out.append(Paragraph(it, st["bullet"], bulletText=(f"{i}." if numbered else "\u2022")))
    return out


# ---------------------------------------------------------------- 1. audit report (PDF)


def audit_report(out):
    st = styles()
    s = []
    s += [Spacer(1, 30 * mm),
          P("Granskning av arbetsmarknadsinsatser", st, "title"),
          P("Rättviks kommun – arbetsmarknads- och integrationsnämnden", st, "sub"),
          P("Granskningsrapport på uppdrag av de förtroendevalda revisorerna i Rättviks kommun", st, "sub"),
          Spacer(1, 12 * mm),
          table([["Uppgift", ""],
                 ["Diarienummer", "REV 2025/07"],
                 ["Datum", "2025-11-18"],
                 ["Författare", "Karin Åhlund, certifierad kommunal revisor, och Mattias Lindkvist, revisionskonsult, Dalrevision AB"],
                 ["Kvalitetsgranskare", "Birgitta Strand, Dalrevision AB"],
                 ["Mottagare", "Arbetsmarknads- och integrationsnämnden, kommunstyrelsen, kommunfullmäktiges presidium"]],
                [45 * mm, 115 * mm], st, zebra=False),
          Spacer(1, 10 * mm),
          P("Innehåll: 1 Sammanfattning · 2 Inledning · 3 Iakttagelser och bedömningar · "
            "4 Rekommendationer · 5 Svar på granskningen · Bilaga: Intervjuade funktioner", st, "small"),
          PageBreak()]

    s.append(P("1 Sammanfattning", st, "h1"))
    s.append(H("Dalrevision AB har på uppdrag av de förtroendevalda revisorerna i Rättviks kommun granskat "
               "hur arbetsmarknads- och integrationsnämnden (AIN) styr, följer upp och dokumenterar kommunens "
               "arbets|marknads|insatser. Granskningen omfattar verksamheten vid arbets|marknads|enheten (AME) "
               "under perioden januari 2023 till och med juni 2025."))
    s.append(H("Vår sammanfattande bedömning är att arbetsmarknads- och integrationsnämnden delvis säkerställer "
               "en ändamåls|enlig styrning och uppföljning av kommunens arbetsmarknadsinsatser. Nämnden har "
               "antagit mål för verksamheten, men målen saknar målvärden och går därför inte att följa upp. "
               "Resultatet av insatserna redovisas inte per insats, och andelen deltagare som går vidare till "
               "arbete eller studier har minskat från 34 procent 2023 till 29 procent 2024 utan att nämnden har "
               "begärt någon analys av orsakerna."))
    s.append(H("Samverkan med Arbetsförmedlingen bedömer vi som välfungerande. Den lokala överens|kommelsen (LÖK) "
               "mellan kommunen och Arbetsförmedlingen är aktuell och följs upp kvartalsvis i en gemensam "
               "styrgrupp. Vi har däremot funnit brister i dokumentationen: i vårt stickprov av 30 deltagar|akter "
               "saknade 11 akter en aktuell handlingsplan."))
    s.append(H("Våra fem rekommendationer redovisas i avsnitt 4. Revisionsfrågorna och våra bedömningar "
               "sammanfattas i tabell 1."))
    s.append(P("Tabell 1. Revisionsfrågor och bedömning", st, "cap"))
    s.append(table([
        ["Nr", "Revisionsfråga", "Bedömning"],
        ["1", "Har nämnden beslutat om tydliga och uppföljningsbara mål för arbetsmarknadsinsatserna?", "Delvis uppfyllt"],
        ["2", "Följer nämnden upp insatsernas resultat och kostnader på ett ändamålsenligt sätt?", "Ej uppfyllt"],
        ["3", "Finns en ändamålsenlig samverkan med Arbetsförmedlingen?", "Uppfyllt"],
        ["4", "Dokumenteras insatserna enligt gällande rutiner?", "Delvis uppfyllt"],
        ["5", "Har nämnden en tillräcklig intern kontroll av verksamheten?", "Delvis uppfyllt"],
    ], [12 * mm, 118 * mm, 32 * mm], st))

    s.append(P("2 Inledning", st, "h1"))
    s.append(P("2.1 Bakgrund", st, "h2"))
    s.append(H("Rättviks kommun bedriver arbets|marknads|insatser för personer som står långt från arbets|marknaden, "
               "främst personer med försörjningsstöd, unga inom det kommunala aktivitets|ansvaret (KAA) och "
               "nyanlända. Verksamheten bedrivs av arbetsmarknadsenheten, som organisatoriskt tillhör "
               "arbetsmarknads- och integrationsnämnden. Revisorerna har i sin risk- och väsentlighetsanalys för "
               "2025 bedömt att det finns en risk att insatserna inte leder till egen försörjning och att "
               "kostnaderna inte följs upp."))
    s.append(P("2.2 Syfte och revisionsfrågor", st, "h2"))
    s.append(H("Syftet med granskningen är att bedöma om arbetsmarknads- och integrationsnämnden säkerställer en "
               "ändamålsenlig styrning, uppföljning och dokumentation av kommunens arbetsmarknadsinsatser. "
               "Granskningen besvarar de fem revisions|frågor som anges i tabell 1."))
    s.append(P("2.3 Avgränsning och metod", st, "h2"))
    s.append(H("Granskningen avser perioden 2023-01-01 till 2025-06-30 och omfattar inte de insatser som "
               "Arbetsförmedlingen finansierar helt. Vi har studerat styrdokument, verksamhetsplaner, "
               "nämndprotokoll och uppföljningsrapporter. Vi har genomfört 14 intervjuer med förtroendevalda, "
               "förvaltningsledning, enhetschef och handläggare samt med sektionschefen vid Arbetsförmedlingen "
               "Dalarna Syd. Därtill har vi gjort ett stickprov av 30 deltagarakter som slumpmässigt valts ut bland "
               "de deltagare som var inskrivna under första halvåret 2025. Rapporten är faktagranskad av "
               "förvaltningschefen Tomas Wallin."))

    s.append(P("3 Iakttagelser och bedömningar", st, "h1"))
    s.append(P("3.1 Styrning och mål", st, "h2"))
    s.append(H("Nämnden har i verksamhetsplanen för 2024 och 2025 antagit tre mål för arbetsmarknads|insatserna: "
               "att fler deltagare ska gå vidare till arbete eller studier, att ingen ung person inom KAA ska "
               "sakna en aktivitet och att kostnaderna för försörjningsstöd ska minska. Målen saknar målvärden "
               "och tidsgränser. Enligt intervjuerna tolkas målen olika av förvaltningen och nämnden."))
    s.append(H("Bedömning: Delvis uppfyllt. Det finns mål, men de är inte formulerade så att de kan följas upp."))
    s.append(P("3.2 Uppföljning av resultat och kostnader", st, "h2"))
    s.append(H("Förvaltningen rapporterar antalet inskrivna deltagare till nämnden två gånger per år. Resultatet "
               "redovisas som en andel för hela enheten men inte per insats, till exempel praktik, "
               "arbetsträning eller extratjänst. Kostnaderna redovisas endast i samband med delårsrapport och "
               "årsredovisning. Nyckeltalen i tabell 2 har vi sammanställt utifrån förvaltningens underlag."))
    s.append(P("Tabell 2. Nyckeltal för arbetsmarknadsenheten 2023–2024", st, "cap"))
    s.append(table([
        ["Nyckeltal", "2023", "2024"],
        ["Antal deltagare under året", "312", "367"],
        ["Andel som gått vidare till arbete eller studier", "34 %", "29 %"],
        ["Budget, mnkr", "22,8", "23,6"],
        ["Utfall, mnkr", "22,5", "25,1"],
        ["Budgetavvikelse, mnkr", "+0,3", "-1,5"],
        ["Kostnad per deltagare, kr", "72 100", "68 400"],
    ], [95 * mm, 33 * mm, 33 * mm], st))
    s.append(H("Underskottet 2024 om 1,5 mnkr förklaras enligt förvaltningen främst av att antalet extra|tjänster "
               "ökade från 18 till 31 under året utan att budgeten justerades. Nämnden har inte begärt någon "
               "analys av varför andelen som går vidare till arbete eller studier har minskat."))
    s.append(H("Bedömning: Ej uppfyllt. Uppföljningen ger inte nämnden underlag för att bedöma vilka insatser som "
               "ger resultat i förhållande till kostnaden."))
    s.append(P("3.3 Samverkan med Arbetsförmedlingen", st, "h2"))
    s.append(H("Kommunen och Arbetsförmedlingen har sedan 2022 en lokal överenskommelse (LÖK) som revideras "
               "årligen. Den nuvarande överenskommelsen gäller 2025-01-01 till 2025-12-31 och omfattar tre "
               "utvecklings|områden: unga 16–24 år, nyanlända och personer med försörjningsstöd. En gemensam "
               "styrgrupp med förvaltningschefen och sektionschefen vid Arbetsförmedlingen träffas kvartalsvis och "
               "följer upp överenskommelsen. Samtliga intervjuade beskriver samverkan som god och pekar särskilt "
               "på de gemensamma rekryterings|träffarna med lokala arbetsgivare."))
    s.append(H("Bedömning: Uppfyllt."))
    s.append(P("3.4 Dokumentation", st, "h2"))
    s.append(H("Enligt enhetens rutin ska varje deltagare ha en handlingsplan som upprättas tillsammans med deltagaren "
               "och revideras minst var tredje månad. I vårt stickprov av 30 akter saknade 11 akter (37 procent) en "
               "aktuell handlingsplan. I 6 av dessa akter hade ingen handlingsplan upprättats alls. Närvaro "
               "registrerades i samtliga granskade akter."))
    s.append(H("Bedömning: Delvis uppfyllt."))
    s.append(P("3.5 Intern kontroll", st, "h2"))
    s.append(H("Nämndens interna kontroll|plan för 2025 innehåller en kontroll av utbetalningar av extra|tjänstelöner "
               "men ingen kontroll av dokumentationen i deltagarakterna. Uppföljningen av kontrollplanen "
               "rapporterades till nämnden 2025-09-24 utan avvikelser."))
    s.append(H("Bedömning: Delvis uppfyllt."))

    s.append(P("4 Rekommendationer", st, "h1"))
    s.append(H("Utifrån granskningens iakttagelser rekommenderar vi arbetsmarknads- och integrationsnämnden att:"))
    s += bullets([
        "besluta om mätbara mål med målvärden, bland annat för andelen deltagare som går vidare till arbete eller studier,",
        "följa upp resultat och kostnader per insats minst två gånger per år,",
        "säkerställa att varje deltagare har en aktuell handlingsplan senast 30 dagar efter inskrivning och att planen revideras minst var tredje månad,",
        "begära en analys av orsakerna till att andelen deltagare som går vidare till arbete eller studier minskade 2024,",
        "komplettera den interna kontrollplanen med en kontroll av dokumentationen i deltagarakterna.",
    ], st, numbered=True)

    s.append(P("5 Svar på granskningen", st, "h1"))
    s.append(H("Revisorerna överlämnar rapporten till arbetsmarknads- och integrationsnämnden och begär ett "
               "skriftligt svar med de åtgärder nämnden avser att vidta. Svaret ska ha kommit in till revisorerna "
               "senast den 27 februari 2026. Rapporten överlämnas för kännedom till kommunstyrelsen och "
               "kommunfullmäktiges presidium."))
    s.append(P("Rättvik den 18 november 2025", st, "body"))
    s.append(P("Karin Åhlund, certifierad kommunal revisor &nbsp;&nbsp;&nbsp; Mattias Lindkvist, revisionskonsult", st, "body"))
    s.append(P("Bilaga: Intervjuade funktioner", st, "h2"))
    s.append(table([
        ["Funktion", "Antal"],
        ["Nämndens presidium (ordförande, vice ordförande)", "2"],
        ["Förvaltningschef och controller", "2"],
        ["Enhetschef arbetsmarknadsenheten", "1"],
        ["Handläggare och arbetsledare", "8"],
        ["Sektionschef Arbetsförmedlingen Dalarna Syd", "1"],
        ["Summa", "14"],
    ], [120 * mm, 30 * mm], st))

    build_pdf(os.path.join(out, "granskningsrapport_arbetsmarknadsinsatser_rattvik_2025.pdf"), s,
              "Granskning av arbetsmarknadsinsatser – Rättviks kommun", "Dalrevision AB",
              "REV 2025/07 · 2025-11-18", "Granskning av arbetsmarknadsinsatser – Rättviks kommun",
              "Karin Åhlund, Dalrevision AB", "Granskningsrapport")


# ---------------------------------------------------------------- 2. job-coach guideline (PDF)


def coach_guideline(out):
    st = styles()
    s = []
    s += [P("Handläggarstöd för jobbcoacher", st, "title"),
          P("Arbetsmarknadsenheten, Leksands kommun · Version 2.1 · Fastställd 2026-01-15 av enhetschef Sofia Rydén", st, "sub"),
          Spacer(1, 4 * mm)]
    s.append(P("1 Syfte och omfattning", st, "h1"))
    s.append(H("Det här handläggar|stödet beskriver hur jobbcoacherna vid arbetsmarknads|enheten i Leksands kommun "
               "arbetar från det att en remiss kommer in till dess att deltagaren avslutas och följs upp. Stödet "
               "gäller alla deltagare oavsett vem som har remitterat, det vill säga socialtjänsten, "
               "Arbetsförmedlingen, det kommunala aktivitetsansvaret eller vuxenutbildningen. Handläggar|stödet "
               "ersätter version 1.4 från mars 2024."))
    s.append(P("2 Begrepp", st, "h1"))
    s.append(table([
        ["Begrepp", "Betydelse i detta stöd"],
        ["Jobbcoach", "Den medarbetare som har huvudansvaret för deltagarens planering och stöd mot arbete eller studier."],
        ["Handlingsplan", "Skriftlig plan med mål, aktiviteter och tidpunkter som upprättas tillsammans med deltagaren."],
        ["Stödnivå", "Hur intensivt stöd deltagaren får (nivå 1–3), se avsnitt 4."],
        ["KAA", "Det kommunala aktivitetsansvaret för unga under 20 år som inte studerar på gymnasiet."],
        ["SIUS", "Särskilt introduktions- och uppföljningsstöd, Arbetsförmedlingens stöd för personer med funktionsnedsättning."],
        ["Remiss", "Skriftlig begäran från en remitterande aktör om att en person ska få stöd av enheten."],
    ], [32 * mm, 130 * mm], st))
    s.append(P("3 Inskrivning och kartläggning", st, "h1"))
    s.append(H("När en remiss har kommit in ska jobbcoachen kontakta personen och genomföra ett första samtal inom "
               "5 arbetsdagar. Vid det första samtalet informerar jobbcoachen om verksamheten, om hur "
               "personuppgifter behandlas och om att deltagandet är frivilligt när det inte är ett villkor för "
               "försörjningsstöd. Samtycke till informations|utbyte med remittenten dokumenteras på blankett "
               "AME 12."))
    s.append(H("Kartläggningen ska vara klar inom 3 veckor från det första samtalet. Den omfattar utbildning, "
               "arbetslivs|erfarenhet, språk, hälsa så som deltagaren själv beskriver den, körkort, "
               "barnomsorg och eventuella hinder. Jobbcoachen använder kartläggnings|mallen i verksamhets|systemet "
               "Treserva. En handlingsplan ska upprättas senast 30 kalenderdagar efter inskrivningen och "
               "revideras minst var tredje månad eller när deltagarens situation förändras."))
    s.append(P("4 Stödnivåer", st, "h1"))
    s.append(H("Efter kartläggningen bestämmer jobbcoachen tillsammans med deltagaren och enhetschefen vilken stödnivå "
               "som ska gälla. Stödnivån prövas på nytt vid varje revidering av handlingsplanen. Tabell 1 anger "
               "lägsta kontaktfrekvens och högsta antal deltagare per jobbcoach för varje nivå."))
    s.append(P("Tabell 1. Stödnivåer, kontaktfrekvens och antal deltagare per jobbcoach", st, "cap"))
    s.append(table([
        ["Stödnivå", "Vem nivån är avsedd för", "Lägsta kontaktfrekvens", "Högst antal deltagare per jobbcoach"],
        ["Nivå 1 – Basstöd", "Deltagare som i huvudsak kan söka arbete själva", "Minst varannan vecka", "20"],
        ["Nivå 2 – Förstärkt stöd", "Deltagare som behöver stöd i praktik eller arbetsträning", "Minst en gång i veckan", "12"],
        ["Nivå 3 – Intensivstöd", "Deltagare med omfattande behov, t.ex. lång tid utan arbete eller samtidiga insatser från vården", "Minst två gånger i veckan", "6"],
    ], [34 * mm, 62 * mm, 33 * mm, 33 * mm], st))
    s.append(H("En jobbcoach som har deltagare på flera nivåer räknar samman sin belastning enligt enhetens "
               "viktnings|modell, där en deltagare på nivå 3 motsvarar tre deltagare på nivå 1 och en deltagare på "
               "nivå 2 motsvarar två. Den sammanlagda belastningen får inte överstiga 20 viktade deltagare utan "
               "att enhetschefen har godkänt det."))
    s.append(P("5 Dokumentation", st, "h1"))
    s.append(H("Alla kontakter med deltagaren, remittenten och arbetsgivare dokumenteras i Treserva senast 3 "
               "arbetsdagar efter kontakten. Journal|anteckningar ska vara sakliga och får inte innehålla "
               "värderande omdömen. Frånvaro som påverkar försörjningsstöd meddelas socialtjänsten samma dag som "
               "den uppstår."))
    s.append(P("6 Avslut och uppföljning", st, "h1"))
    s.append(H("När deltagaren avslutas anger jobbcoachen en avslutskod enligt tabell 2. Alla avslutade deltagare "
               "följs upp genom ett telefon|samtal 3 månader och 6 månader efter avslutet, oavsett avslutsorsak. "
               "Resultatet av uppföljningen registreras i Treserva och sammanställs av enhetens "
               "verksamhetsutvecklare varje tertial."))
    s.append(P("Tabell 2. Avslutskoder", st, "cap"))
    s.append(table([
        ["Kod", "Avslutsorsak"],
        ["A1", "Arbete utan stöd (osubventionerad anställning)"],
        ["A2", "Arbete med stöd, t.ex. lönebidrag eller nystartsjobb"],
        ["S1", "Studier, t.ex. vuxenutbildning, folkhögskola eller yrkeshögskola"],
        ["Ö1", "Överlämnad till annan aktör, t.ex. Arbetsförmedlingen eller hälso- och sjukvården"],
        ["X", "Avbrott på deltagarens initiativ eller utebliven kontakt i mer än 4 veckor"],
    ], [20 * mm, 142 * mm], st))
    s.append(P("7 Hot, våld och avvikelser", st, "h1"))
    s.append(H("Hot eller våld mot personal rapporteras i kommunens system för tillbud och arbetsskador inom 24 "
               "timmar och till närmaste chef samma dag. Avvikelser i handläggningen, till exempel att en "
               "handlingsplan inte har upprättats i tid, anmäls till enhetschefen och tas upp vid nästa "
               "arbetsplatsträff."))
    s.append(P("8 Kontakt", st, "h1"))
    s.append(H("Frågor om handläggar|stödet besvaras av enhetschef Sofia Rydén, telefon 0247-802 40, eller av "
               "verksamhetsutvecklare Niklas Grönberg, telefon 0247-802 47. Stödet ses över senast i december 2026."))

    build_pdf(os.path.join(out, "handlaggarstod_jobbcoacher_leksand_2026.pdf"), s,
              "Handläggarstöd för jobbcoacher", "Leksands kommun · Arbetsmarknadsenheten",
              "Version 2.1 · Fastställd 2026-01-15", "Handläggarstöd för jobbcoacher",
              "Sofia Rydén, Leksands kommun", "Handläggarstöd")


# ---------------------------------------------------------------- 3. internal control plan (PDF)


def control_plan(out):
    st = styles()
    s = []
    s += [P("Intern kontrollplan 2026", st, "title"),
          P("Bildnings- och arbetsmarknadsnämnden, Orsa kommun", st, "sub"),
          P("Antagen av nämnden 2025-12-10, § 88 · Dnr BAN 2025/214", st, "sub"),
          Spacer(1, 4 * mm)]
    s.append(P("1 Inledning", st, "h1"))
    s.append(H("Enligt kommunallagen ska nämnderna se till att den interna kontrollen är tillräcklig. I Orsa kommun "
               "regleras arbetet i kommunens reglemente för intern kontroll, antaget av kommunfullmäktige "
               "2021-06-14. Bildnings- och arbetsmarknads|nämnden (BAN) antar varje år en intern kontrollplan (IKP) "
               "som bygger på en risk|analys av nämndens verksamheter: förskola, grundskola, gymnasie- och "
               "vuxenutbildning samt arbetsmarknadsenheten. Den här planen avser 2026."))
    s.append(P("2 Riskanalys och metod", st, "h1"))
    s.append(H("Riskanalysen genomfördes vid en workshop 2025-10-22 med förvaltningens lednings|grupp och två "
               "ledamöter från nämndens presidium. Varje risk bedömdes efter sannolikhet och konsekvens på en skala "
               "från 1 till 4. Riskvärdet är produkten av sannolikhet och konsekvens. Riskvärde 1–4 räknas som låg "
               "risk, 6–8 som medelhög risk och 9–16 som hög risk. Risker med riskvärde 6 eller högre tas in i "
               "kontrollplanen; övriga hanteras inom den löpande verksamheten."))
    s.append(P("Tabell 1. Bedömningsskala", st, "cap"))
    s.append(table([
        ["Värde", "Sannolikhet", "Konsekvens"],
        ["1", "Osannolik – kan inträffa men har inte gjort det", "Försumbar – märks knappt internt"],
        ["2", "Möjlig – har inträffat någon gång", "Lindrig – viss påverkan på verksamhet eller ekonomi"],
        ["3", "Sannolik – inträffar årligen", "Kännbar – påverkar enskilda, ekonomi eller förtroende"],
        ["4", "Mycket sannolik – inträffar flera gånger per år", "Allvarlig – stor skada för enskilda eller kommunen"],
    ], [16 * mm, 73 * mm, 73 * mm], st))
    s.append(P("3 Kontrollmoment 2026", st, "h1"))
    s.append(H("Tabell 2 redovisar de risker som tas in i planen för 2026, vilket kontroll|moment som ska utföras, "
               "vem som ansvarar för kontrollen och hur ofta den ska göras. Ansvarig rapporterar resultatet till "
               "förvaltningschefen, som sammanställer rapporten till nämnden."))
    s.append(P("Tabell 2. Risker och kontrollmoment 2026", st, "cap"))
    s.append(table([
        ["Nr", "Risk", "S", "K", "Risk- värde", "Kontrollmoment", "Ansvarig", "Frekvens"],
        ["1", "Felaktiga utbetalningar av lön för extratjänster", "3", "3", "9",
         "Stickprov på 10 utbetalningar per kvartal mot anställningsbeslut och tidrapporter", "Ekonom Petra Norling", "Kvartalsvis"],
        ["2", "Deltagare vid AME saknar aktuell handlingsplan", "3", "2", "6",
         "Granskning av 15 slumpvis valda deltagarakter", "Enhetschef AME Rasmus Olsson", "Halvårsvis"],
        ["3", "Personuppgifter gallras inte enligt gällande plan för dokumenthantering", "2", "4", "8",
         "Genomgång av gallring i elev- och deltagarregister", "Nämndsekreterare Linnea Sundqvist", "Årligen"],
        ["4", "Hot och våld mot personal rapporteras inte", "2", "4", "8",
         "Jämförelse av tillbudsrapporter med skyddsombudens noteringar", "Förvaltningschef Per-Erik Dahl", "Per tertial"],
        ["5", "Elever med rätt till särskilt stöd får inte åtgärdsprogram i tid", "2", "3", "6",
         "Uppföljning av tiden från beslut till åtgärdsprogram på två skolor", "Rektor Kristina Eld", "Halvårsvis"],
        ["6", "Inköp av utbildningsplatser görs utanför upphandlade avtal", "2", "3", "6",
         "Granskning av leverantörsfakturor över 50 000 kr", "Controller Oskar Hällgren", "Halvårsvis"],
    ], [9 * mm, 32 * mm, 7 * mm, 7 * mm, 15 * mm, 39 * mm, 32 * mm, 20 * mm], st))
    s.append(P("S = sannolikhet, K = konsekvens. Riskvärde = S × K.", st, "small"))
    s.append(H("Risker som bedömdes men som inte tas in i planen för 2026 är bland annat sen fakturering av "
               "interkommunala ersättningar (riskvärde 4) och bristande avtals|trohet vid inköp av förbruknings|material "
               "(riskvärde 3)."))
    s.append(P("4 Rapportering", st, "h1"))
    s.append(H("Resultatet av kontrollerna rapporteras till nämnden två gånger: en delårsrapport vid nämndens "
               "sammanträde 2026-09-16 och en helårsrapport 2027-02-17. Vid avvikelser ska rapporten innehålla "
               "förslag till åtgärder och tidplan. Allvarliga avvikelser rapporteras till nämndens presidium utan "
               "dröjsmål. Nämnden lämnar sin samlade bedömning av den interna kontrollen till kommunstyrelsen "
               "senast 2027-03-15."))
    s.append(P("5 Uppföljning av 2025 års plan", st, "h1"))
    s.append(H("Av 2025 års sju kontrollmoment genomfördes sex. Kontrollen av gallring genomfördes inte på grund av "
               "vakans på tjänsten som nämndsekreterare och förs därför över till 2026. Stickproven av "
               "utbetalningar till extratjänster visade fel i 4 av 40 granskade utbetalningar, sammanlagt "
               "23 600 kr, vilket är skälet till att risken har höjts till riskvärde 9."))

    build_pdf(os.path.join(out, "intern_kontrollplan_2026_ban_orsa.pdf"), s,
              "Intern kontrollplan 2026 – Bildnings- och arbetsmarknadsnämnden", "Orsa kommun",
              "Dnr BAN 2025/214 · Antagen 2025-12-10 § 88", "Intern kontrollplan 2026",
              "Orsa kommun", "Intern kontrollplan")


# ---------------------------------------------------------------- 4. minutes (DOCX)


def minutes(out):
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.core_properties.title = "Protokoll Arbetsmarknadsrådet Siljan 2026-02-11"
    d.core_properties.author = "Ulrika Berg"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    d.add_heading("Protokoll – Arbetsmarknadsrådet Siljan", level=0)
    d.add_paragraph("Sammanträde 2026-02-11, kl. 09.00–11.45\nPlats: Rättviks kommunhus, sammanträdesrum Siljan")
    d.add_paragraph("Arbetsmarknadsrådet Siljan (AMR Siljan) är ett samverkansorgan för Leksands, Orsa och Rättviks "
                    "kommuner, Arbetsförmedlingen, Region Dalarna och näringslivet i Siljansområdet.")

    d.add_heading("Närvarande", level=1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Namn", "Organisation", "Roll i rådet"
    for row in [
        ("Anders Hedin", "Rättviks kommun, kommunstyrelsens ordförande", "Ordförande"),
        ("Maria Bäckström", "Leksands kommun, kommunalråd", "Vice ordförande"),
        ("Lars-Göran Ås", "Orsa kommun, kommunstyrelsens ordförande", "Ledamot"),
        ("Helena Sjödin", "Arbetsförmedlingen, sektionschef Dalarna Syd", "Ledamot"),
        ("Johan Kvarnström", "Region Dalarna, regional utveckling", "Ledamot"),
        ("Elin Mårs", "Företagarna Siljan", "Ledamot"),
        ("Ulrika Berg", "Rättviks kommun, utvecklingsstrateg", "Sekreterare"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("Frånvarande: Per Lindgren, Dalarnas Försäkringsbolag (anmält förhinder).")

    def para(n, title):
        d.add_heading(f"§ {n} {title}", level=2)

    para(1, "Mötets öppnande")
    d.add_paragraph("Ordföranden Anders Hedin hälsade välkommen och öppnade mötet.")
    para(2, "Val av justerare")
    d.add_paragraph("Maria Bäckström valdes att jämte ordföranden justera protokollet.")
    para(3, "Föregående protokoll")
    d.add_paragraph("Protokollet från 2025-11-19 lades till handlingarna.")
    para(4, "Lägesbild arbetsmarknaden")
    d.add_paragraph("Helena Sjödin redovisade Arbetsförmedlingens statistik för december 2025. I Siljansområdet var "
                    "1 846 personer inskrivna som arbetslösa, vilket motsvarar 6,9 procent av den registerbaserade "
                    "arbetskraften. Bland unga 18–24 år var andelen 9,4 procent. Antalet långtidsarbetslösa, inskrivna "
                    "mer än tolv månader, var 702 personer, en ökning med 58 personer jämfört med december 2024. "
                    "Besöksnäringen och vård och omsorg har fortsatt svårt att rekrytera.")
    d.add_paragraph("Rådet tackade för informationen.")
    para(5, "Gemensam ESF+-ansökan ”Siljan Växer”")
    d.add_paragraph("Maria Bäckström presenterade utkastet till en gemensam ansökan till Europeiska socialfonden+ "
                    "(ESF+) för projektet Siljan Växer, som ska rusta personer som står långt från arbetsmarknaden "
                    "för arbete inom besöksnäring och vård. Projektperioden föreslås vara 2026-09-01–2029-08-31 och "
                    "den totala budgeten 8 400 000 kr, varav 6 500 000 kr söks från ESF+ och 1 900 000 kr är "
                    "kommunal medfinansiering: Leksand 900 000 kr, Rättvik 700 000 kr och Orsa 300 000 kr.")
    d.add_paragraph("Lars-Göran Ås meddelade att Orsa kommun inte kan medfinansiera med mer än 300 000 kr under "
                    "projektperioden.")
    p = d.add_paragraph()
    p.add_run("Beslut: ").bold = True
    p.add_run("Rådet ställer sig bakom ansökan. Leksands kommun är projektägare och lämnar in ansökan till "
              "Svenska ESF-rådet senast 2026-03-20.")
    para(6, "Sommarjobb för unga 2026")
    d.add_paragraph("Kommunerna informerade om årets feriejobb. Rättvik erbjuder 140 platser, Leksand 160 och Orsa "
                    "90. Ansökningsperioderna samordnas så att de ligger i mars i alla tre kommunerna.")
    d.add_paragraph("Rådet tackade för informationen.")
    para(7, "Kompetensförsörjning i besöksnäringen")
    d.add_paragraph("Elin Mårs beskrev företagens behov inför sommarsäsongen. Ett 40-tal företag i området söker "
                    "säsongspersonal.")
    p = d.add_paragraph()
    p.add_run("Beslut: ").bold = True
    p.add_run("Rådet ger en arbetsgrupp med representanter för kommunerna, Arbetsförmedlingen och Företagarna i "
              "uppdrag att genomföra en gemensam rekryteringsmässa i Rättvik den 22 april 2026.")
    para(8, "Övriga frågor")
    d.add_paragraph("Johan Kvarnström informerade om att Region Dalarna öppnar en utlysning för "
                    "kompetensförsörjningsprojekt i april 2026. Inga övriga frågor.")
    para(9, "Nästa möte")
    d.add_paragraph("Nästa möte hålls 2026-05-13 i Leksand.")

    d.add_heading("Åtgärdslista", level=1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, v in enumerate(["Nr", "Åtgärd", "Ansvarig", "Klart senast"]):
        t.rows[0].cells[i].text = v
    for row in [
        ("1", "Färdigställa och lämna in ESF+-ansökan Siljan Växer", "Maria Bäckström", "2026-03-20"),
        ("2", "Boka lokal för rekryteringsmässan", "Elin Mårs", "2026-03-01"),
        ("3", "Skicka inbjudan till arbetsgivare inför rekryteringsmässan", "Ulrika Berg", "2026-03-15"),
        ("4", "Ta fram statistik per kommun över unga 16–20 år utan fullständiga gymnasiebetyg", "Helena Sjödin", "2026-04-15"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v

    d.add_paragraph("")
    d.add_paragraph("Vid protokollet: Ulrika Berg, sekreterare")
    d.add_paragraph("Justeras: Anders Hedin, ordförande          Maria Bäckström, justerare")
    d.add_paragraph("Protokollet justerades 2026-02-16.")
    d.save(os.path.join(out, "protokoll_arbetsmarknadsradet_siljan_2026-02-11.docx"))


# ---------------------------------------------------------------- 5. survey report (Markdown)

SURVEY_MD = """# Deltagarenkät 2025 – Ung Framtid Vansbro

*Vansbro kommun, Arbetsmarknad och integration · Rapport 2025-12-05 · Amir Haddad, utvecklingsledare*

## Sammanfattning

Ung Framtid är Vansbro kommuns verksamhet för unga 16–29 år som varken arbetar eller studerar. Enkäten
genomfördes 3–21 november 2025. Av 84 inskrivna deltagare svarade 61, vilket ger en svarsfrekvens på
73 procent. Nöjd deltagarindex (NDI) – ett sammanvägt mått mellan 0 och 100 som bygger på frågorna 1, 2 och 5 –
blev 74, jämfört med 69 året innan.

Deltagarna är mest nöjda med bemötandet från coacherna. Lägst resultat fick frågan om deltagarna vet vad nästa
steg i deras plan är.

## Genomförande

Enkäten besvarades digitalt på plats i verksamhetens lokaler på Vansbrogatan 8 eller via en länk i sms.
Deltagarna kunde välja mellan svenska, arabiska, dari och tigrinska. Svaren var anonyma. Svarsalternativen var
*instämmer helt*, *instämmer delvis*, *instämmer inte* och *vet inte*. I tabellen nedan räknas *instämmer helt*
och *instämmer delvis* som att deltagaren instämmer.

## Resultat

| Nr | Påstående | Andel som instämmer 2025 | Andel som instämmer 2024 |
|---:|---|---:|---:|
| 1 | Jag får det stöd jag behöver | 82 % | 77 % |
| 2 | Min coach lyssnar på mig | 90 % | 88 % |
| 3 | Jag vet vad nästa steg i min plan är | 64 % | 66 % |
| 4 | Aktiviteterna hjälper mig närmare arbete eller studier | 71 % | 63 % |
| 5 | Jag skulle rekommendera Ung Framtid till en vän | 79 % | 72 % |

Andelen som instämmer ökade på alla påståenden utom nummer 3, där den minskade med 2 procentenheter.

### Fritextsvar

Totalt 38 deltagare lämnade fritextsvar. De vanligaste teman var:

- **Resor** – 14 deltagare tar upp att bussförbindelserna från Äppelbo och Järna gör det svårt att komma i tid.
- **Fler praktikplatser** – 11 deltagare vill ha fler praktikplatser inom fordon, handel och skog.
- **Återkoppling** – 9 deltagare vill få tydligare besked om vad som händer efter kartläggningen.

> ”Min coach är jättebra men jag vet inte riktigt vad jag ska göra efter praktiken.” (deltagare, 19 år)

## Åtgärder 2026

| Åtgärd | Ansvarig | Klart |
|---|---|---|
| Gå igenom planen med varje deltagare vid ett uppföljningssamtal varannan månad | Coachteamet, samordnare Jenny Holm | Från 2026-02-01 |
| Erbjuda resebidrag för kollektivtrafik till deltagare boende utanför Vansbro tätort | Enhetschef Erik Sahlin | 2026-03-31 |
| Ta fram fem nya praktikplatser inom fordon och skog tillsammans med Företagarna Vansbro | Arbetsgivarkontakt Malin Fors | 2026-06-30 |

Nästa enkät genomförs i november 2026.

## Kontakt

Amir Haddad, utvecklingsledare, amir.haddad@vansbro.se, 0281-750 12
"""

# ---------------------------------------------------------------- 6. summer-job guidelines (TXT)

FERIE_TXT = """RIKTLINJER FÖR KOMMUNALA FERIEJOBB SOMMAREN 2026
Rättviks kommun

Beslutade av kommunstyrelsens arbetsutskott 2026-01-27, § 9
Dnr KS 2026/031
Handläggare: Jonas Eriksson, feriejobbssamordnare

1. Syfte

Kommunala feriejobb ska ge unga i Rättviks kommun en första arbetslivserfarenhet, kontakt med
arbetsgivare och en egen inkomst under sommarlovet. Feriejobben ska också ge unga en bild av
kommunen som arbetsgivare inom till exempel äldreomsorg, förskola, fritid och park.

2. Vem kan söka

Du kan söka feriejobb om du
- är folkbokförd i Rättviks kommun, och
- är född 2008, 2009 eller 2010.

Den som har haft feriejobb två somrar tidigare kan söka men prioriteras efter övriga sökande.

3. Antal platser och perioder

Kommunen erbjuder 140 feriejobbsplatser sommaren 2026. Feriejobben är fördelade på tre perioder
om tre veckor:

  Period 1: 15 juni – 3 juli 2026
  Period 2: 6 juli – 24 juli 2026
  Period 3: 27 juli – 14 augusti 2026

Arbetstiden är 6 timmar per dag, måndag till fredag, det vill säga 30 timmar per vecka. Den som
är född 2010 arbetar högst 5 timmar per dag enligt Arbetsmiljöverkets föreskrifter om minderårigas
arbetsmiljö (AFS 2023:2).

4. Lön

Timlönen är 98 kronor för den som är född 2010 och 110 kronor för den som är född 2008 eller 2009.
Utöver timlönen betalas semesterersättning med 12 procent. Lönen betalas ut den 25 i månaden efter
den period man har arbetat.

5. Ansökan

Ansökan görs i kommunens e-tjänst ”Feriejobb 2026” från och med den 2 mars till och med den
29 mars 2026. Ansökningar som kommer in efter den 29 mars behandlas inte. Den sökande kan ange
önskad period och upp till tre önskade arbetsområden.

6. Urval

Om fler söker än det finns platser görs urvalet i följande ordning:
a) unga som inte har haft feriejobb tidigare,
b) unga i hushåll som har försörjningsstöd eller som är aktuella inom socialtjänsten,
c) lottning bland övriga sökande.

Besked om plats lämnas senast den 30 april 2026.

7. Handledare och introduktion

Varje feriearbetare har en utsedd handledare på arbetsplatsen. Alla feriearbetare deltar i en
obligatorisk introduktionsträff i Folkets hus den 10 juni 2026 kl. 13.00–16.00, där de får
information om arbetsmiljö, tystnadsplikt och lönehantering.

8. Kostnad och finansiering

Budgeten för feriejobben 2026 är 2 150 000 kr och finansieras inom kommunstyrelsens ram.

9. Kontakt

Jonas Eriksson, feriejobbssamordnare
Telefon: 0248-701 35
E-post: feriejobb@rattvik.se
"""


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: r102_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    audit_report(out)
    coach_guideline(out)
    control_plan(out)
    minutes(out)
    with open(os.path.join(out, "deltagarenkat_ung_framtid_vansbro_2025.md"), "w", encoding="utf-8") as f:
        f.write(SURVEY_MD)
    with open(os.path.join(out, "riktlinjer_feriejobb_2026_rattvik.txt"), "w", encoding="utf-8") as f:
        f.write(FERIE_TXT)
    print("wrote", sorted(os.listdir(out)))


if __name__ == "__main__":
    main()
