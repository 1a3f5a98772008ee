#!/usr/bin/env python3
"""Round r122: six Swedish public-sector documents, written deterministically.

Usage: r122_make_files.py OUT_DIR

1. Dokumenthanteringsplan_Regional_utveckling_Region_Kronoberg.pdf  (records retention schedule,
   running header, "Sida N av M" footer, table over a page break, hyphenated prose)
2. Regleringsbrev_2027_Arbetsformedlingen_utdrag.pdf  (appropriation directions: numbered reporting
   requirements, numbered assignments with deadlines, appropriation table in tkr, "N (M)" footer)
3. Kontinuitetsplan_AF_Sundsvall_v2.pdf  (business-continuity plan: activation rule, crisis-group table,
   maximum-outage table, scenarios, version history)
4. Skyddsrond_AF_Kristianstad_2026-10-13.docx  (work-environment inspection protocol with a finding
   table, risk-level key, follow-up of last year's actions; header/footer with page field)
5. Avtalsuppfoljning_Rusta_och_matcha_Kalmar_T2_2026.md  (supplier follow-up with result table,
   findings per supplier, sanction ladder)
6. MBL-protokoll_Regional_utveckling_2026-11-05.txt  (negotiation protocol under 11 § MBL with
   § items, changes since the first negotiation, agreement/disagreement, page markers)
"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Flowable, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, KeepTogether)

FONT_DIR = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("LS", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LSB", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("LSI", os.path.join(FONT_DIR, "LiberationSans-Italic.ttf")))

rl_config.invariant = 1

SHY = "\u00ad"  # soft hyphen marker in source strings: possible break points

H1 = ParagraphStyle("h1", fontName="LSB", fontSize=15, leading=19, spaceBefore=6, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
H3 = ParagraphStyle("h3", fontName="LSB", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=8.8, leading=10.8, alignment=TA_LEFT)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LSB")
SMALL = ParagraphStyle("small", fontName="LSI", fontSize=9, leading=11.5)


VOW = set("aeiouyåäöéAEIOUYÅÄÖÉ")


def auto_shy(word):
    """Add break points to long plain words: between a consonant and the next vowel-initial syllable
    (V-C-V -> V|CV), at least four letters on each side."""
    if SHY in word or len(word) < 11:
        return word
    core = word.rstrip(".,:;)")
    tail = word[len(core):]
    if not core.isalpha():
        return word
    out = []
    for i, ch in enumerate(core):
        if (4 <= i <= len(core) - 4 and ch not in VOW and core[i - 1] in VOW
                and core[i + 1] in VOW):
            out.append(SHY)
        out.append(ch)
    return "".join(out) + tail


class HyphPara(Flowable):
    """A paragraph wrapped greedily; words may break at soft-hyphen marks, drawn with a '-'."""

    def __init__(self, text, font="LS", size=10.3, leading=13.6, space_after=6, indent=0):
        super().__init__()
        self.text, self.font, self.size, self.leading = text, font, size, leading
        self.space_after, self.indent = space_after, indent
        self.lines = []

    def _w(self, s):
        return pdfmetrics.stringWidth(s, self.font, self.size)

    def wrap(self, aw, ah):
        width = aw - self.indent
        words = [auto_shy(w) for w in self.text.split()]
        lines, cur = [], ""
        for word in words:
            clean = word.replace(SHY, "")
            cand = (cur + " " + clean).strip()
            if self._w(cand) <= width:
                cur = cand
                continue
            # try to hyphenate the word at the last soft hyphen that fits
            parts = word.split(SHY)
            done = False
            if len(parts) > 1:
                for k in range(len(parts) - 1, 0, -1):
                    head = "".join(parts[:k]) + "-"
                    cand2 = (cur + " " + head).strip()
                    if self._w(cand2) <= width:
                        lines.append(cand2)
                        cur = "".join(parts[k:])
                        done = True
                        break
            if not done:
                lines.append(cur)
                cur = clean
        if cur:
            lines.append(cur)
        self.lines = lines
        self.width = aw
        self.height = len(lines) * self.leading
        return aw, self.height

    def split(self, aw, ah):
        self.wrap(aw, ah)
        n = int(ah // self.leading)
        if n <= 0 or n >= len(self.lines):
            return []
        first = HyphPara("", self.font, self.size, self.leading, 0, self.indent)
        first.lines = self.lines[:n]
        second = HyphPara("", self.font, self.size, self.leading, self.space_after, self.indent)
        second.lines = self.lines[n:]
        first.wrap = lambda a, b, f=first: (a, len(f.lines) * f.leading)
        second.wrap = lambda a, b, s=second: (a, len(s.lines) * s.leading)
        first.split = lambda a, b: []
        second.split = lambda a, b: []
        return [first, second]

    def getSpaceAfter(self):
        return self.space_after

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        y = len(self.lines) * self.leading - self.size
        for line in self.lines:
            c.drawString(self.indent, y, line)
            y -= self.leading


def P(text, **kw):
    return HyphPara(text, **kw)


def make_canvas(header_left, header_right, footer_fn):
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
            self.setFont("LS", 8.5)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawString(20 * mm, h - 12 * mm, header_left)
            self.drawRightString(w - 20 * mm, h - 12 * mm, header_right)
            self.setStrokeColor(colors.HexColor("#999999"))
            self.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
            left, right = footer_fn(self._pageNumber, total)
            self.line(20 * mm, 15 * mm, w - 20 * mm, 15 * mm)
            self.drawString(20 * mm, 10 * mm, left)
            self.drawRightString(w - 20 * mm, 10 * mm, right)
            self.setFillColor(colors.black)

    return NumberedCanvas


def build_pdf(path, story, title, author, header_left, header_right, footer_fn):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, title=title, author=author)
    doc.build(story, canvasmaker=make_canvas(header_left, header_right, footer_fn))


def grid_table(rows, widths, header_rows=1):
    data = []
    for i, row in enumerate(rows):
        st = CELLB if i < header_rows else CELL
        data.append([Paragraph(str(c), st) for c in row])
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#E4E9EF")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


# ---------------------------------------------------------------------------------------------
# 1. Dokumenthanteringsplan
# ---------------------------------------------------------------------------------------------
def doc_retention(out):
    s = SHY
    story = [
        Paragraph("Dokumenthanteringsplan för verksamhetsområde Regional utveckling", H1),
        Paragraph("Fastställd av regionstyrelsen 2026-11-24, § 211. Dnr 26RK1874. "
                  "Gäller från och med 2027-01-01.", SMALL),
        Spacer(1, 8),
        Paragraph("1 Inledning", H2),
        P(f"Dokumenthanteringsplanen beskriver vilka handlingar som förekommer inom Regional utveck{s}ling, "
          f"hur de ska hanteras och hur länge de ska sparas. Planen är ett gallrings{s}beslut enligt "
          f"arkivlagen (1990:782) och regionens arkivreglemente. Den ersätter dokument{s}hanteringsplanen "
          f"som fastställdes 2021-03-16 (Dnr 21RK0412)."),
        P(f"Den viktigaste förändringen jämfört med den tidigare planen är att ansökningar och beslut om "
          f"regionalt projektstöd och företagsstöd numera hanteras digitalt i ärendehanterings{s}systemet "
          f"Platina. Pappersoriginalen behöver därför inte längre förvaras i när{s}arkivet utan får "
          f"gallras efter skanning, se avsnitt 5.3. Dessutom har gallringsfristen för deltagar{s}listor "
          f"kortats från tre år till ett år, eftersom listorna innehåller personuppgifter som inte "
          f"behövs för uppföljningen."),
        Paragraph("2 Begrepp", H2),
        P(f"Allmän handling: en handling som förvaras hos regionen och som enligt 2 kap. "
          f"tryckfrihets{s}förordningen är att anse som inkommen dit eller upprättad där."),
        P(f"Gallring: att förstöra allmänna handlingar eller uppgifter i allmänna handlingar. Även "
          f"överföring till ett annat medium räknas som gallring om överföringen medför informations{s}förlust, "
          f"förlust av möjliga samman{s}ställningar eller förlust av möjligheter att fastställa "
          f"informationens autenticitet."),
        P(f"Bevaras: handlingen får aldrig gallras och ska på sikt levereras till Region{s}arkivet."),
        P(f"Vid inaktualitet: handlingen gallras när den inte längre behövs för verksam{s}heten, dock "
          f"senast efter två år."),
        P(f"Handlingar av tillfällig eller ringa betydelse: handlingar som endast har haft betydelse "
          f"för att förmedla ett meddelande, till exempel kallelser, påminnelser och enklare "
          f"bekräftelser. Sådana handlingar behöver inte registreras."),
        Paragraph("3 Ansvar", H2),
        P(f"Regiondirektören har det övergripande arkivansvaret. Inom Regional utveckling är "
          f"avdelningschefen arkivansvarig. Arkivredogöraren, för närvarande Lina Håkansson, "
          f"samordnar det praktiska arbetet, håller planen aktuell och är kontakt{s}person mot "
          f"Regionarkivet. Varje handläggare ansvarar för att de handlingar hen upprättar eller tar "
          f"emot registreras och hanteras enligt planen."),
        Paragraph("4 Handlingstyper och gallringsfrister", H2),
        P("Tabellen anger för varje handlingstyp om den ska registreras, var den förvaras och när den "
          "ska gallras. Förkortningar: Platina = regionens ärendehanteringssystem, Raindance = "
          "ekonomisystemet."),
    ]
    rows = [["Nr", "Handlingstyp", "Registreras", "Förvaring", "Bevaras / gallras", "Anmärkning"],
            ["4.1", "Ansökan om regionalt projektstöd, beviljad", "Ja", "Platina", "Bevaras", ""],
            ["4.2", "Ansökan om regionalt projektstöd, avslagen eller återkallad", "Ja", "Platina",
             "Gallras 10 år efter beslut", ""],
            ["4.3", "Beslut om projektstöd inklusive villkor", "Ja", "Platina", "Bevaras", ""],
            ["4.4", "Lägesrapporter och slutrapporter från projekt", "Ja", "Platina", "Bevaras", ""],
            ["4.5", "Utbetalningsunderlag med verifikationer", "Ja", "Platina",
             "Gallras 10 år efter slutbeslut",
             "För projekt med medel från Europeiska regionala utvecklingsfonden gäller de längre "
             "frister som anges i stödbeslutet."],
            ["4.6", "Ansökan om företagsstöd, beviljad", "Ja", "Platina", "Bevaras", ""],
            ["4.7", "Ansökan om företagsstöd, avslagen", "Ja", "Platina", "Gallras 5 år efter beslut", ""],
            ["4.8", "Remissvar från regionen", "Ja", "Platina", "Bevaras", ""],
            ["4.9", "Inkomna remisser som inte besvaras", "Nej", "Outlook", "Vid inaktualitet", ""],
            ["4.10", "Minnesanteckningar från nätverksmöten", "Nej", "Teams-kanal", "Gallras efter 2 år",
             "Anteckningar från Regionala partnerskapet bevaras, se 4.11."],
            ["4.11", "Protokoll och minnesanteckningar från Regionala partnerskapet", "Ja", "Platina",
             "Bevaras", ""],
            ["4.12", "Statistikbeställningar och uttag från SCB", "Nej", "Gemensam filyta",
             "Gallras efter 3 år", ""],
            ["4.13", "Enkätsvar, råmaterial", "Nej", "Gemensam filyta",
             "Gallras när rapporten har fastställts", "Rapporten bevaras."],
            ["4.14", "Deltagarlistor från seminarier och konferenser", "Nej", "Gemensam filyta",
             "Gallras 1 år efter evenemanget", "Tidigare 3 år."],
            ["4.15", "Inspelningar av webbinarier", "Nej", "Gemensam filyta", "Gallras efter 6 månader",
             "Inspelning som publicerats på regionens webbplats bevaras i webbarkivet."],
            ["4.16", "Fakturor för evenemang och konferenser", "Ja", "Raindance", "Gallras efter 7 år",
             "Enligt bokföringslagen."],
            ["4.17", "E-post och chattmeddelanden av tillfällig betydelse", "Nej", "Outlook/Teams",
             "Vid inaktualitet", ""],
            ["4.18", "Avtal och överenskommelser med externa parter", "Ja", "Platina",
             "Gallras 10 år efter avtalets upphörande", "Avtal om regional utvecklingsstrategi bevaras."],
            ]
    story.append(grid_table(rows, [11 * mm, 45 * mm, 20 * mm, 26 * mm, 31 * mm, 37 * mm]))
    story += [
        Paragraph("5 Rutiner för gallring och leverans", H2),
        Paragraph("5.1 Leverans till Regionarkivet", H3),
        P(f"Handlingar som ska bevaras levereras till Regionarkivet tidigast fem och senast tio år "
          f"efter att ärendet har avslutats. Leverans sker en gång per år och ska vara anmäld till "
          f"Region{s}arkivet senast den 15 mars. Digitala handlingar levereras som e-arkivpaket från "
          f"Platina."),
        Paragraph("5.2 Gallringsrutin", H3),
        P(f"Gallring ska genomföras minst en gång per år, under vecka 47. Arkivredogöraren dokumenterar "
          f"gallringen i en gallrings{s}logg med handlingstyp, tidsperiod och datum för gallringen."),
        Paragraph("5.3 Skanning och pappersoriginal", H3),
        P(f"Pappersoriginal av handlingar enligt 4.1–4.7 får gallras när de har skannats in i Platina "
          f"och skanningen har kvalitets{s}kontrollerats, dock tidigast tre månader efter skanningen. "
          f"Original med underskrifter som kan behövas som bevis i en tvist, till exempel "
          f"återkravsärenden, ska behållas tills ärendet är avslutat."),
        Paragraph("5.4 Undantag", H3),
        P(f"Gallring får inte ske av handlingar som omfattas av en pågående begäran om utlämnande, ett "
          f"pågående revisions{s}ärende eller en tvist. Är du osäker, kontakta arkivredogöraren innan "
          f"något gallras."),
    ]
    build_pdf(os.path.join(out, "Dokumenthanteringsplan_Regional_utveckling_Region_Kronoberg.pdf"),
              story, "Dokumenthanteringsplan för verksamhetsområde Regional utveckling",
              "Region Kronoberg",
              "Region Kronoberg · Dokumenthanteringsplan Regional utveckling", "Dnr 26RK1874",
              lambda n, t: ("Fastställd av regionstyrelsen 2026-11-24, § 211", f"Sida {n} av {t}"))


# ---------------------------------------------------------------------------------------------
# 2. Regleringsbrev (utdrag)
# ---------------------------------------------------------------------------------------------
def doc_regleringsbrev(out):
    s = SHY
    story = [
        Paragraph("Regleringsbrev för budgetåret 2027 avseende Arbetsförmedlingen", H1),
        Paragraph("Regeringsbeslut I:4, 2026-12-17, A2026/01877 (delvis). Arbetsmarknadsdepartementet. "
                  "Utdrag sammanställt för Arbetsförmedlingens regionala ledningsgrupper.", SMALL),
        Spacer(1, 6),
        P(f"Riksdagen har beslutat om Arbetsförmedlingens verksamhet och anslag för budgetåret 2027. "
          f"Regeringen beslutar att följande ska gälla under budgetåret 2027 för Arbetsförmedlingen och "
          f"de anslag och anslags{s}poster som myndigheten disponerar."),
        Paragraph("1 Verksamhet", H2),
        Paragraph("1.1 Mål och återrapporteringskrav", H3),
        P(f"1. Arbetsförmedlingen ska redovisa hur myndigheten har bidragit till en effektiv matchning "
          f"på arbetsmarknaden. Redovisningen ska innehålla andelen inskrivna arbetssökande som har "
          f"övergått till arbete eller studier inom 90 dagar, uppdelat på kön, ålder och födelse{s}region."),
        P(f"2. Arbetsförmedlingen ska redovisa antalet deltagare i arbetsmarknads{s}utbildning och hur "
          f"stor andel av dem som har ett arbete 90 dagar efter avslutad utbildning. Redovisningen "
          f"ska lämnas i årsredovisningen."),
        P(f"3. Arbetsförmedlingen ska redovisa hur samverkan med kommunerna har utvecklats, inklusive "
          f"antalet lokala överenskommelser och i vilken utsträckning de har följts upp gemensamt med "
          f"kommunerna."),
        Paragraph("2 Uppdrag", H2),
        Paragraph("Uppdrag 1. Kompetensförsörjning i gles- och landsbygd", H3),
        P(f"Arbetsförmedlingen ska i samverkan med regionerna i Norrbottens, Västerbottens, Jämtlands "
          f"och Västernorrlands län utveckla arbetssätt för att tillgodose arbetsgivarnas behov av "
          f"arbetskraft i gles- och landsbygd. I uppdraget ingår att pröva distans{s}baserade "
          f"rekryteringsträffar och att underlätta pendling över kommun- och länsgränser. Uppdraget ska "
          f"redovisas till Regeringskansliet (Arbetsmarknadsdepartementet) senast den 1 oktober 2027. "
          f"För uppdraget får Arbetsförmedlingen använda högst 6 000 000 kronor under anslaget 1:1 "
          f"Arbetsförmedlingens förvaltningskostnader, anslagspost 1."),
        Paragraph("Uppdrag 2. Nyanlända kvinnors etablering", H3),
        P(f"Arbetsförmedlingen ska förstärka insatserna för att fler nyanlända kvinnor ska etablera "
          f"sig på arbetsmarknaden, bland annat genom tidigare kartläggning av yrkes{s}erfarenhet och "
          f"fler platser i arbetsmarknadsutbildning med språkstöd. Uppdraget ska delredovisas senast den "
          f"15 juni 2027 och slutredovisas senast den 22 februari 2028."),
        Paragraph("Uppdrag 3. Underlag om regionala kompetensbehov", H3),
        P(f"Arbetsförmedlingen ska i samråd med Tillväxtverket och Statistiska centralbyrån ta fram "
          f"underlag om kompetensbehov per län som regionerna kan använda i sitt kompetens{s}försörjnings"
          f"arbete. Underlagen ska göras tillgängliga för regionerna senast den 30 november 2027."),
        Paragraph("Uppdrag 4. Minskad administration vid anställningsstöd", H3),
        P(f"Arbetsförmedlingen ska förenkla ansöknings- och rekvisitions{s}förfarandet för arbetsgivare "
          f"som anställer med stöd. Uppdraget ska redovisas senast 2027-04-30."),
        Paragraph("Upphörande uppdrag", H3),
        P(f"Uppdraget om översyn av rutinerna för aktivitets{s}rapportering i regleringsbrevet för "
          f"budgetåret 2026 upphör. Den redovisning som skulle ha lämnats senast den 1 mars 2027 ska "
          f"i stället ingå i årsredovisningen för 2026."),
        Paragraph("3 Finansiering", H2),
        Paragraph("3.1 Anslag", H3),
        P("Tabell 1. Anslag som Arbetsförmedlingen disponerar 2027 (tkr)", font="LSB", size=9.5),
    ]
    rows = [["Anslag", "Anslagspost", "Belopp (tkr)"],
            ["1:1 Arbetsförmedlingens förvaltningskostnader (ramanslag)",
             "ap.1 Arbetsförmedlingens förvaltningskostnader (ram)", "9 146 320"],
            ["1:2 Kostnader för arbetsmarknadspolitiska program och insatser (ramanslag)",
             "ap.1 Arbetsmarknadspolitiska program (ram)", "8 604 500"],
            ["", "ap.2 Rusta och matcha (ram)", "2 310 000"],
            ["1:3 Lönebidrag och Samhall m.m. (ramanslag)",
             "ap.1 Lönebidrag, introduktionsjobb och skyddat arbete (ram)", "19 880 000"],
            ["Summa", "", "39 940 820"]]
    story.append(grid_table(rows, [70 * mm, 72 * mm, 28 * mm]))
    story += [
        Spacer(1, 8),
        Paragraph("3.2 Villkor för anslag", H3),
        P(f"Anslagspost 1:2 ap.2 får användas för ersättning till leverantörer av tjänsten Rusta och "
          f"matcha. Högst 120 000 tkr får användas för tilläggstjänster för deltagare som har svenska "
          f"på grundläggande nivå."),
        P(f"Anslagskrediten för anslagspost 1:1 ap.1 är 3 procent. Av anslagspost 1:2 ap.1 får "
          f"högst 45 000 tkr användas för insatser inom försöks{s}verksamheten med regionala "
          f"yrkesutbildningar."),
        Paragraph("3.3 Bemyndiganden", H3),
        P(f"Arbetsförmedlingen får under 2027 ingå ekonomiska åtaganden som inklusive tidigare gjorda "
          f"åtaganden medför behov av framtida anslag på högst 3 200 000 tkr under anslaget 1:2 ap.1 "
          f"under perioden 2028–2030."),
        Spacer(1, 10),
        P("På regeringens vägnar", font="LSI"),
        P("Elin Strandberg                                        Johan Ek"),
    ]
    build_pdf(os.path.join(out, "Regleringsbrev_2027_Arbetsformedlingen_utdrag.pdf"), story,
              "Regleringsbrev för budgetåret 2027 avseende Arbetsförmedlingen", "Regeringskansliet",
              "Regleringsbrev för budgetåret 2027 avseende Arbetsförmedlingen",
              "Regeringsbeslut I:4 · 2026-12-17 · A2026/01877",
              lambda n, t: ("Arbetsmarknadsdepartementet", f"{n} ({t})"))


# ---------------------------------------------------------------------------------------------
# 3. Kontinuitetsplan
# ---------------------------------------------------------------------------------------------
def doc_continuity(out):
    s = SHY
    story = [
        Paragraph("Kontinuitetsplan – Arbetsförmedlingen, lokalkontor Sundsvall", H1),
        Paragraph("Version 2.0. Fastställd 2026-09-15 av kontorschef Mattias Öberg. "
                  "Klassificering: Intern.", SMALL),
        Spacer(1, 6),
        Paragraph("1 Syfte och omfattning", H2),
        P(f"Planen beskriver hur lokalkontoret i Sundsvall ska upprätthålla de mest prioriterade "
          f"verksamheterna vid allvarliga störningar, till exempel avbrott i it-system, stort "
          f"personal{s}bortfall eller när kontorets lokaler inte kan användas. Planen gäller alla "
          f"medarbetare på kontoret, även konsulter och praktikanter. Den kompletterar Arbetsförmedlingens "
          f"nationella krisledningsplan och ersätter inte den."),
        Paragraph("2 Aktivering av planen", H2),
        P(f"Planen aktiveras av kontorschefen eller, i dennes frånvaro, av biträdande kontorschef Sanna "
          f"Lind när en störning bedöms pågå längre än fyra timmar eller när mer än en tredjedel av "
          f"personalen är frånvarande samma dag. Beslut om aktivering dokumenteras i krislogg{s}boken och "
          f"meddelas marknadsområdets chef inom en timme."),
        Paragraph("3 Krisledningsgrupp", H2),
    ]
    rows = [["Roll", "Namn", "Ersättare"],
            ["Ledare för krisledningsgruppen (kontorschef)", "Mattias Öberg", "Sanna Lind"],
            ["Biträdande kontorschef", "Sanna Lind", "Erik Nordin"],
            ["Lokal säkerhetssamordnare", "Erik Nordin", "Fatima Haddad"],
            ["Kommunikatör (regional)", "Hanna Viklund", "Regionens kommunikationsjour"],
            ["Loggförare", "Fatima Haddad", "Jonas Berglund"]]
    story.append(grid_table(rows, [70 * mm, 45 * mm, 55 * mm]))
    story += [
        Spacer(1, 6),
        P(f"Krisledningsgruppen samlas i sammanträdesrum Alnö, plan 4, Storgatan 9. Om lokalen inte kan "
          f"användas samlas gruppen digitalt i Teams-mötet ”Krisledning Sundsvall” som finns "
          f"bokmärkt i kontorets kanal."),
        Paragraph("4 Prioriterade verksamheter", H2),
        P(f"Tabellen anger den högsta acceptabla avbrottstiden för varje verksamhet, det vill säga hur "
          f"länge verksamheten längst får ligga nere innan konsekvenserna för de arbetssökande eller "
          f"för samhället blir allvarliga, och vilken reservrutin som ska användas."),
    ]
    rows = [["Verksamhet", "Högsta acceptabla avbrottstid", "Reservrutin"],
            ["Underlag till Försäkringskassan om deltagande i program (för utbetalning av "
             "aktivitetsstöd)", "2 arbetsdagar",
             "Manuell sammanställning enligt mall i kontorets kanal; skickas via den nationella "
             "utbetalningsfunktionen."],
            ["Besök med arbetssökande som har skyddade personuppgifter", "1 arbetsdag",
             "Besöket flyttas till Arbetsförmedlingen Timrå eller genomförs per telefon."],
            ["Mottagning av varsel om uppsägning från arbetsgivare", "3 arbetsdagar",
             "Varsel tas emot i funktionsbrevlådan och diarieförs i efterhand."],
            ["Inskrivning av nya arbetssökande på plats", "5 arbetsdagar",
             "Hänvisning till digital inskrivning eller kundtjänst."],
            ["Arbetsgivarkontakter och matchning", "10 arbetsdagar",
             "Pågående rekryteringsuppdrag prioriteras; nya uppdrag tas emot via telefon."],
            ["Interna utbildningar och arbetsplatsträffar", "Kan skjutas upp", "–"]]
    story.append(grid_table(rows, [68 * mm, 36 * mm, 66 * mm]))
    story += [
        Paragraph("5 Scenarier", H2),
        Paragraph("5.1 Avbrott i it-system", H3),
        P(f"Vid avbrott i handläggnings{s}systemen gäller reservrutinerna i avsnitt 4. Felanmälan görs "
          f"alltid till Arbetsförmedlingens servicedesk. Inga uppgifter om arbetssökande får sparas i "
          f"privata e-postkonton eller på privata enheter."),
        Paragraph("5.2 Stort personalbortfall", H3),
        P(f"Om mer än en tredjedel av personalen är frånvarande prioriteras verksamheterna i den ordning "
          f"som anges i avsnitt 4. Kontorschefen kan begära förstärkning från kontoren i Timrå och "
          f"Härnösand via marknadsområdets chef."),
        Paragraph("5.3 Lokalen kan inte användas", H3),
        P(f"Vid brand, vattenskada eller annan händelse som gör att kontoret på Storgatan 9 inte kan "
          f"användas flyttas verksamheten till Arbetsförmedlingen Timrå, Köpmangatan 12, som har plats "
          f"för 14 medarbetare. Övriga medarbetare arbetar på distans enligt kontorschefens beslut. "
          f"Information till arbetssökande om ändrad besöks{s}adress publiceras på "
          f"arbetsformedlingen.se och sätts upp på entrédörren."),
        Paragraph("5.4 Hot mot kontoret", H3),
        P(f"Vid hot mot kontoret eller medarbetare följs Arbetsförmedlingens rutin för hot och våld. "
          f"Den lokala säkerhets{s}samordnaren kontaktar polisen på 112 vid akut hot och på 114 14 i "
          f"övriga fall, och beslutar tillsammans med kontorschefen om kontoret ska stängas."),
        Paragraph("6 Övning och uppföljning", H2),
        P(f"Planen övas minst en gång per år genom en skrivbords{s}övning som leds av den lokala "
          f"säkerhetssamordnaren. Nästa övning genomförs 2027-03-11. Planen ska revideras senast "
          f"2027-09-30 och i övrigt när organisation, lokaler eller system ändras väsentligt."),
        Paragraph("7 Versionshistorik", H2),
    ]
    rows = [["Version", "Datum", "Ändring"],
            ["1.0", "2024-05-02", "Första versionen."],
            ["1.1", "2025-02-10", "Nya kontaktuppgifter i krisledningsgruppen."],
            ["2.0", "2026-09-15",
             "Högsta acceptabla avbrottstid för underlag till Försäkringskassan sänkt från 5 till 2 "
             "arbetsdagar. Reservlokal ändrad från Härnösand till Timrå. Nytt scenario: hot mot "
             "kontoret (5.4)."]]
    story.append(grid_table(rows, [20 * mm, 25 * mm, 125 * mm]))
    build_pdf(os.path.join(out, "Kontinuitetsplan_AF_Sundsvall_v2.pdf"), story,
              "Kontinuitetsplan – Arbetsförmedlingen, lokalkontor Sundsvall", "Arbetsförmedlingen",
              "Arbetsförmedlingen · Lokalkontor Sundsvall", "Kontinuitetsplan, version 2.0",
              lambda n, t: ("Klassificering: Intern", f"Sida {n}"))


def _fix_zip_times(path):
    """Rewrite a zip with fixed timestamps so the file is byte-identical between runs."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 10, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------------------------------------
# 4. Skyddsrond (DOCX)
# ---------------------------------------------------------------------------------------------
def doc_skyddsrond(out):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm
    import datetime

    d = Document()
    d.core_properties.title = "Protokoll från skyddsrond – Arbetsförmedlingen Kristianstad"
    d.core_properties.author = "Petra Svensson"
    d.core_properties.created = datetime.datetime(2026, 10, 14, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 10, 14, 9, 0, 0)
    d.core_properties.last_modified_by = "Petra Svensson"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)  # landscape for the wide table
    sec.orientation = 1
    sec.left_margin = sec.right_margin = Cm(2)

    hp = sec.header.paragraphs[0]
    hp.text = "Arbetsförmedlingen Kristianstad\tSkyddsrond 2026-10-13"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    fp._p.append(fld)

    d.add_heading("Protokoll från skyddsrond", level=1)
    kv = [("Arbetsställe", "Arbetsförmedlingen Kristianstad, Västra Storgatan 22, 291 31 Kristianstad"),
          ("Datum", "2026-10-13, kl. 9.00–11.30"),
          ("Deltagare", "Petra Svensson, kontorschef; Ahmed Rashidi, skyddsombud (ST); "
                        "Johan Berg, fastighetsvärd, Fastighets AB Kvarnen; "
                        "Linnea Holm, HR-specialist"),
          ("Protokollförare", "Linnea Holm")]
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in kv:
        row = tb.add_row().cells
        row[0].text = k
        row[1].text = v
        row[0].paragraphs[0].runs[0].bold = True

    d.add_heading("Om skyddsronden", level=2)
    d.add_paragraph(
        "Skyddsronden genomfördes som en del av det systematiska arbetsmiljöarbetet enligt "
        "Arbetsmiljöverkets föreskrifter (AFS 2023:1). Hela kontoret gicks igenom med checklistan för "
        "kontorsmiljöer: brandskydd, hot och våld, ergonomi, inomhusklimat, belysning, första hjälpen "
        "och psykosocial arbetsmiljö. Inför ronden hade medarbetarna kunnat lämna synpunkter anonymt; "
        "elva synpunkter kom in.")
    d.add_heading("Risknivåer", level=2)
    for txt in ["Låg risk – åtgärdas inom ett år.",
                "Medel risk – åtgärdas inom tre månader.",
                "Hög risk – åtgärdas omedelbart, dock senast inom en vecka."]:
        d.add_paragraph(txt, style="List Bullet")

    d.add_heading("Iakttagelser och åtgärder", level=2)
    rows = [["Nr", "Område", "Iakttagelse", "Risk", "Åtgärd", "Ansvarig", "Klart senast"],
            ["1", "Brandskydd", "Utrymningsskylten vid trapphus B lyser inte.", "Medel",
             "Byta armatur till utrymningsskylten.", "Johan Berg", "2026-11-15"],
            ["2", "Brandskydd", "Brandcellsdörren till arkivet står uppkilad.", "Hög",
             "Ta bort kilen och informera alla medarbetare på nästa APT.", "Petra Svensson", "2026-10-20"],
            ["3", "Hot och våld", "Larmknappen i mottagningsrum 2 gav inget larm vid test.", "Hög",
             "Felanmälan till larmleverantören. Rummet används inte för besök förrän larmet fungerar.",
             "Petra Svensson", "2026-10-16"],
            ["4", "Ergonomi", "Fyra arbetsplatser i kontorslandskapet saknar höj- och sänkbart skrivbord.",
             "Medel", "Beställa fyra skrivbord via myndighetens ramavtal för möbler.", "Petra Svensson",
             "2027-01-31"],
            ["5", "Inomhusklimat", "Temperaturen i de sydvända rummen uppmättes till 27 grader kl. 14.",
             "Låg", "Montera solfilm på fönstren.", "Johan Berg", "2027-05-31"],
            ["6", "Första hjälpen", "Hjärtstartarens batteri passerade sitt bäst före-datum i augusti 2026.",
             "Hög", "Byta batteri och kontrollera elektroderna.", "Ahmed Rashidi", "2026-10-20"],
            ["7", "Belysning", "Flimrande lysrör i korridoren vid personalingången.", "Låg",
             "Byta till LED-armaturer.", "Johan Berg", "2027-03-31"],
            ["8", "Psykosocial arbetsmiljö",
             "Medarbetare i mottagningen uppger att de sällan hinner ta rast under drop-in-tiderna.",
             "Medel", "Se över bemanningsschemat för drop-in, så att rast kan tas.", "Petra Svensson",
             "2027-01-15"]]
    tb = d.add_table(rows=0, cols=7)
    tb.style = "Table Grid"
    for i, rr in enumerate(rows):
        cells = tb.add_row().cells
        for j, v in enumerate(rr):
            cells[j].text = v
            if i == 0:
                cells[j].paragraphs[0].runs[0].bold = True

    d.add_heading("Uppföljning av föregående skyddsrond", level=2)
    d.add_paragraph(
        "Av de sju åtgärder som beslutades vid skyddsronden 2025-10-07 är fem genomförda. Två återstår: "
        "ljuddämpande skärmar i kontorslandskapet, som har flyttats till 2026-12-31 eftersom "
        "leveransen är försenad, och byte av kod till skalskyddet, som blir klart 2026-11-01.")
    d.add_heading("Övrigt", level=2)
    d.add_paragraph(
        "Skyddsombudet påpekade att åtgärd 3 och 6 bör kontrolleras igen efter genomförandet. "
        "Kontorschefen återkopplar till skyddsombudet när de är klara. Åtgärderna följs upp på "
        "arbetsplatsträffen 2026-12-08.")
    p = d.add_paragraph()
    p.add_run("Nästa skyddsrond: ").bold = True
    p.add_run("vecka 41 2027.")
    d.add_paragraph("")
    d.add_paragraph("Petra Svensson, kontorschef\t\tAhmed Rashidi, skyddsombud")
    path = os.path.join(out, "Skyddsrond_AF_Kristianstad_2026-10-13.docx")
    d.save(path)
    _fix_zip_times(path)


# ---------------------------------------------------------------------------------------------
# 5. Avtalsuppföljning (Markdown)
# ---------------------------------------------------------------------------------------------
MD = """# Avtalsuppföljning – Rusta och matcha, leveransområde Kalmar

**Period:** tertial 2 (maj–augusti) 2026
**Enhet:** Arbetsförmedlingen, Leverantörsuppföljning Syd
**Diarienummer:** Af-2026/0081234
**Uppföljare:** Karin Sjöberg, avtalsuppföljare
**Datum:** 2026-09-25

## Sammanfattning

Tre leverantörer levererar Rusta och matcha i leveransområde Kalmar. Uppföljningen omfattar
granskning av deltagarakter, inrapportering i leverantörsgränssnittet och ett platsbesök hos varje
leverantör. Steg Vidare AB uppfyller avtalet. Kompetensbryggan Kalmar AB får ett påpekande och
Nordisk Jobbpartner AB får vite.

## Resultat per leverantör

| Leverantör | Deltagare 31 aug | Påbörjade under tertialet | Avslutade under tertialet | Andel till arbete eller studier | Avvikelser |
|---|---|---|---|---|---|
| Steg Vidare AB | 212 | 96 | 88 | 41 % | 2 |
| Kompetensbryggan Kalmar AB | 147 | 61 | 70 | 29 % | 14 |
| Nordisk Jobbpartner AB | 98 | 40 | 35 | 34 % | 9 |

Andel till arbete eller studier avser deltagare som avslutat tjänsten under tertialet och som har
arbete eller studier 90 dagar efter avslut.

## Iakttagelser

### Steg Vidare AB

Inga väsentliga avvikelser. Två mindre brister: en ramp saknas vid entrén till lokalen i Nybro, och
en deltagare fick sin planering först efter 12 arbetsdagar i stället för inom 10 arbetsdagar.
Leverantören har åtgärdat båda bristerna.

### Kompetensbryggan Kalmar AB

Vid granskning av 30 slumpvis utvalda deltagarakter saknade 14 en planering med minst två
aktiviteter per vecka, vilket är ett krav enligt avtalets punkt 4.3. Flera deltagare hade bara haft
ett digitalt möte per vecka.

**Åtgärd:** Påpekande. Det är leverantörens andra påpekande under 2026 (det första gavs
2026-03-18). Leverantören ska senast 2026-10-15 lämna en skriftlig åtgärdsplan.

### Nordisk Jobbpartner AB

Månadsrapporterna lämnades för sent i 9 fall. Enligt avtalets punkt 9.2 är vitet 2 500 kronor per
försenad rapport.

**Åtgärd:** Vite. Vitet uppgår till 22 500 kronor och dras av från nästa utbetalning.

## Sanktionstrappa enligt avtalet

1. **Påpekande** – vid brister som leverantören kan rätta till inom 30 dagar.
2. **Vite** – vid försenad eller utebliven rapportering och vid upprepade brister.
3. **Hävning** – har en leverantör fått tre påpekanden inom tolv månader får Arbetsförmedlingen
   häva avtalet för det aktuella leveransområdet. Avtalet kan också hävas vid allvarliga brister,
   till exempel om leverantören har lämnat oriktiga uppgifter för att få ersättning.

## Nästa steg

- Uppföljningsmöte med Kompetensbryggan Kalmar AB den 22 oktober 2026.
- Ny stickprovsgranskning av Kompetensbryggans akter i november 2026.
- Rapporten för tertial 3 ska vara klar senast 2027-01-29.
"""


def doc_md(out):
    with open(os.path.join(out, "Avtalsuppfoljning_Rusta_och_matcha_Kalmar_T2_2026.md"), "w",
              encoding="utf-8") as f:
        f.write(MD)


# ---------------------------------------------------------------------------------------------
# 6. MBL-protokoll (TXT)
# ---------------------------------------------------------------------------------------------
TXT = """REGION KRONOBERG                                        FÖRHANDLINGSPROTOKOLL
Regional utveckling                                     Sida 1 (2)

Förhandling enligt 11 § lagen (1976:580) om medbestämmande i arbetslivet (MBL)

Datum:      2026-11-05, kl. 13.00–14.40
Plats:      Regionhuset, Växjö, sammanträdesrum Linné
Ärende:     Ny organisation för avdelningen Regional utveckling

Parter
  Arbetsgivaren, Region Kronoberg:
    Maria Ljung, avdelningschef Regional utveckling
    Anders Wiklund, HR-strateg
  Arbetstagarorganisationer:
    Vision: Karin Åberg
    Saco-S: Oskar Nilsson

§ 1  Förhandlingens öppnande
     Maria Ljung förklarar förhandlingen öppnad. Anders Wiklund för protokollet.
     Karin Åberg och Oskar Nilsson utses att justera protokollet.

§ 2  Bakgrund
     Avdelningen består i dag av fyra enheter: Näringsliv, Kompetensförsörjning,
     Kultur och Analys. Regionstyrelsen gav 2026-06-16 (§ 132) avdelningschefen i
     uppdrag att se över organisationen för att minska antalet chefsnivåer och
     stärka analysarbetet inför den nya regionala utvecklingsstrategin.

§ 3  Arbetsgivarens förslag
     Från och med 2027-02-01 slås enheterna Näringsliv och Kompetensförsörjning
     samman till en enhet, Hållbar tillväxt. Enheten Analys blir en stab direkt
     under avdelningschefen. Antalet enhetschefer minskar från fyra till tre.
     Ingen medarbetare sägs upp. De 23 medarbetare som berörs får nya placeringar
     inom avdelningen med bibehållen lön och anställningsform.

§ 4  Ändringar sedan den inledande förhandlingen 2026-10-22
     Arbetsgivaren har efter den inledande förhandlingen 2026-10-22 ändrat
     förslaget på följande punkter:
     a) Ikraftträdandet skjuts upp från 2027-01-01 till 2027-02-01, så att
        introduktionen av nya chefer inte sammanfaller med årsskiftet och
        bokslutsarbetet.
     b) Analysstaben får fyra tjänster i stället för tre.
     c) Tjänsten som enhetschef för Hållbar tillväxt utlyses internt innan den
        annonseras externt.


REGION KRONOBERG                                        FÖRHANDLINGSPROTOKOLL
Regional utveckling                                     Sida 2 (2)

§ 5  Risk- och konsekvensbedömning
     En risk- och konsekvensbedömning genomfördes 2026-10-29 tillsammans med
     skyddsombuden. Identifierade risker är hög arbetsbelastning under
     övergången och oklara roller och ansvar. Åtgärder: rollbeskrivningar ska
     vara klara senast 2027-01-15 och arbetsmiljön följs upp efter sex månader.

§ 6  Vision
     Vision tillstyrker förslaget med de ändringar som redovisas i § 4.

§ 7  Saco-S
     Saco-S tillstyrker inte förslaget. Saco-S anser att Analys bör förbli en
     enhet med egen chef, eftersom en stab saknar mandat att prioritera sitt
     uppdrag och riskerar att bli ett stöd till ledningen i stället för till
     verksamheten. Saco-S yrkar att beslutet skjuts upp tills den nuvarande
     organisationen har utvärderats.

§ 8  Arbetsgivarens kommentar
     Arbetsgivaren anser att en stab med fyra tjänster och ett eget uppdrag i
     avdelningens verksamhetsplan ger analysarbetet tillräckligt mandat. En
     utvärdering av den nya organisationen görs hösten 2027.

§ 9  Förhandlingens avslutande
     Förhandlingen med Vision förklaras avslutad i enighet.
     Förhandlingen med Saco-S förklaras avslutad i oenighet.
     Arbetsgivaren avser att fatta beslut i enlighet med förslaget.

Vid protokollet

Anders Wiklund

Justeras

Maria Ljung            Karin Åberg            Oskar Nilsson
Region Kronoberg       Vision                 Saco-S
2026-11-09             2026-11-10             2026-11-12
"""


def doc_txt(out):
    with open(os.path.join(out, "MBL-protokoll_Regional_utveckling_2026-11-05.txt"), "w",
              encoding="utf-8") as f:
        f.write(TXT)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: r122_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    doc_retention(out)
    doc_regleringsbrev(out)
    doc_continuity(out)
    doc_skyddsrond(out)
    doc_md(out)
    doc_txt(out)


if __name__ == "__main__":
    main()
