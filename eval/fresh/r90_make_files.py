#!/usr/bin/env python3
"""Round 90: build six Swedish public-sector documents (Västerbotten, Uppsala, Kalmar)."""
import os, random, sys

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table,
                                TableStyle)
from reportlab.graphics.shapes import Drawing, Rect, String, Line

random.seed(90)
OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVSI", FD + "DejaVuSerif-Italic.ttf"))

body = ParagraphStyle("body", fontName="DVS", fontSize=10.5, leading=14.5, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=16, leading=20, spaceBefore=4, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName="DVB", fontSize=12, leading=16, spaceBefore=8, spaceAfter=4)
cap = ParagraphStyle("cap", fontName="DVSI", fontSize=9, leading=12, spaceBefore=2, spaceAfter=8)
small = ParagraphStyle("small", fontName="DV", fontSize=8.5, leading=11)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4)


def P(t, s=body):
    return Paragraph(t, s, bulletText="–" if s is bullet else None)


def fn(n):
    return f"<super>{n}</super>"


# ---------------------------------------------------------------- 1. report
def make_report(path):
    footnotes = {
        4: ["1 Enkäten genomfördes 2–27 september 2024 av Novus på uppdrag av programmet. "
            "Bortfallsanalysen redovisas i bilaga 2 (publiceras separat)."],
        6: ["2 Andel hushåll och arbetsställen med tillgång till minst 1 Gbit/s enligt PTS "
            "bredbandskartläggning, oktober 2021 respektive oktober 2024."],
        7: ["3 Begreppet digitalt ombud följer Tillväxtverkets definition (dnr Ä 2021-1142): en "
            "person som ger grundläggande stöd i att använda offentliga e-tjänster."],
    }

    def on_page(c, d):
        pg = d.page
        c.saveState()
        if pg > 1:
            c.setFont("DV", 8)
            c.drawString(2.2 * cm, 28.6 * cm, "Smart landsbygd 2022–2024 – Slututvärdering")
            c.drawRightString(A4[0] - 2.2 * cm, 28.6 * cm, "Rapport 2025:3")
            c.drawCentredString(A4[0] / 2, 1.2 * cm, str(pg))
        if pg in footnotes:
            y = 2.0 * cm + 0.45 * cm * (len(footnotes[pg]) - 1)
            c.line(2.2 * cm, y + 0.55 * cm, 7.2 * cm, y + 0.55 * cm)
            c.setFont("DV", 7.5)
            import textwrap
            for f in footnotes[pg]:
                lines = textwrap.wrap(f, 120)
                y += 0.35 * cm * (len(lines) - 1)
                for j, ln in enumerate(lines):
                    c.drawString(2.2 * cm if j == 0 else 2.45 * cm, y, ln)
                    y -= 0.35 * cm
                y -= 0.1 * cm
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=3.2 * cm,
                            title="Smart landsbygd 2022–2024 – Slututvärdering",
                            author="Karin Lindqvist")
    s = []
    # page 1 – title page
    s += [Spacer(1, 4 * cm),
          P("Region Västerbotten · Region Uppsala · Region Kalmar län", ParagraphStyle("t0", fontName="DV", fontSize=11, leading=14)),
          Spacer(1, 1 * cm),
          P("Smart landsbygd 2022–2024", ParagraphStyle("t1", fontName="DVB", fontSize=26, leading=32)),
          P("Slututvärdering av ett samverkansprogram för service och digital infrastruktur på landsbygden",
            ParagraphStyle("t2", fontName="DVS", fontSize=14, leading=19)),
          Spacer(1, 2 * cm),
          P("Rapport 2025:3", body),
          P("Författare: Karin Lindqvist, utredare, Region Västerbotten<br/>"
            "Medförfattare: Ahmed Rashid, analytiker, Region Uppsala", body),
          P("Umeå den 14 mars 2025", body),
          Spacer(1, 3 * cm),
          P("Rapporten har tagits fram på uppdrag av programmets styrgrupp. Slutsatserna är "
            "författarnas egna och utgör inte ställningstaganden från de tre regionerna.", small),
          PageBreak()]
    # page 2 – TOC
    toc = [("Sammanfattning", 3), ("1 Inledning", 4), ("1.1 Bakgrund", 4), ("1.2 Syfte och metod", 4),
           ("1.3 Avgränsningar", 4), ("2 Programmets genomförande", 5), ("2.1 Organisation", 5),
           ("2.2 Budget och finansiering", 5), ("3 Resultat per län", 6), ("3.1 Västerbotten", 6),
           ("3.2 Uppsala län", 6), ("3.3 Kalmar län", 6), ("4 Analys", 7),
           ("4.1 Det som har fungerat", 7), ("4.2 Utmaningar", 7), ("4.3 Servicepunkternas besöksutveckling", 7),
           ("5 Slutsatser och rekommendationer", 8), ("5.1 Slutsatser", 8), ("5.2 Rekommendationer", 8),
           ("Källförteckning", 8)]
    s.append(P("Innehåll", h1))
    rows = []
    for t, p in toc:
        ind = "&nbsp;&nbsp;&nbsp;&nbsp;" if "." in t.split(" ")[0] else ""
        rows.append([P(ind + t, body), P(str(p), body)])
    tt = Table(rows, colWidths=[13.5 * cm, 2 * cm])
    tt.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    s += [tt, PageBreak()]
    # page 3 – Sammanfattning
    s += [P("Sammanfattning", h1),
          P("Smart landsbygd var ett samverkansprogram mellan Region Västerbotten, Region Uppsala och "
            "Region Kalmar län som pågick från den 1 mars 2022 till den 31 december 2024. Programmet "
            "syftade till att stärka tillgången till kommersiell och offentlig service på landsbygden "
            "genom servicepunkter, digitala ombud och utbyggd bredbandsinfrastruktur."),
          P("Programmets totala budget uppgick till 48,6 miljoner kronor, varav 19,4 miljoner kronor "
            "från Europeiska regionala utvecklingsfonden (ERUF). Inom programmet beviljades 31 projekt "
            "och 27 servicepunkter inrättades i 14 kommuner. Andelen hushåll med tillgång till minst "
            "1 Gbit/s i programområdena ökade från 71 procent 2021 till 88 procent 2024."),
          P("Utvärderingen visar att servicepunkterna är uppskattade – 81 procent av de svarande i "
            "hushållsenkäten anger att servicen har blivit bättre eller mycket bättre – men att "
            "driften i flera fall är beroende av tillfällig projektfinansiering. Rekryteringen av "
            "personal i inlandskommunerna har varit en återkommande svårighet."),
          P("Utvärderingen lämnar tre rekommendationer:"),
          P("att kommunerna permanentar servicepunkterna genom att föra in driften i den ordinarie "
            "kommunala budgeten senast från och med 2026,", bullet, ),
          P("att de tre regionerna genomför en gemensam upphandling av en digital bokningsplattform "
            "för servicepunkterna, samt", bullet),
          P("att en årlig uppföljning med gemensamma indikatorer införs, med första rapport "
            "senast den 31 december 2025.", bullet),
          P("Styrgruppen har ställt sig bakom rekommendationerna och ett fortsättningsprogram, "
            "Smart landsbygd 2.0, har sökts för perioden 2025–2027."),
          PageBreak()]
    # page 4 – ch 1
    s += [P("1 Inledning", h1),
          P("1.1 Bakgrund", h2),
          P("Programmet Smart landsbygd tillkom efter en gemensam förstudie 2021 där de tre regionerna "
            "konstaterade likartade utmaningar: nedlagda butiker och bankkontor, långa avstånd till "
            "offentlig service och ojämn bredbandstäckning. Programmet leddes av en styrgrupp med en "
            "representant per region. Ordförande i styrgruppen var Lena Forsberg, Region Kalmar län, "
            "och Region Västerbotten var projektägare gentemot Tillväxtverket."),
          P("1.2 Syfte och metod", h2),
          P("Syftet med slututvärderingen är att bedöma i vilken utsträckning programmet har nått "
            "sina mål och att ge underlag för ett eventuellt fortsättningsprogram. Utvärderingen "
            "bygger på dokumentstudier, intervjuer med 46 personer (projektledare, kommunala "
            "tjänstepersoner och personal vid servicepunkterna) samt en enkät till 1 212 hushåll i "
            "programområdena. Svarsfrekvensen var 58 procent." + fn(1)),
          P("Resultatindikatorerna har hämtats från projektens lägesrapporter till Tillväxtverket och "
            "från PTS bredbandskartläggning. Besöksstatistiken från servicepunkterna har sammanställts "
            "av programkontoret."),
          P("1.3 Avgränsningar", h2),
          P("Utvärderingen omfattar inte de bredbandsprojekt som finansierats via det nationella "
            "bredbandsstödet från PTS, eftersom dessa följs upp separat. Inte heller ingår Leader-"
            "områdenas insatser, även om flera servicepunkter samverkat med lokala Leadergrupper."),
          PageBreak()]
    # page 5 – ch 2
    budget = [("Europeiska regionala utvecklingsfonden (ERUF)", 19440), ("Region Västerbotten", 9200),
              ("Region Uppsala", 8100), ("Region Kalmar län", 7060), ("Kommuner (14 st.)", 4800)]
    tot = sum(v for _, v in budget)
    assert tot == 48600

    def sp(n):
        return f"{n:,}".replace(",", " ")
    trows = [["Finansiär", "Belopp (tkr)", "Andel"]] + \
        [[k, sp(v), f"{100 * v / tot:.1f} %".replace(".", ",")] for k, v in budget] + \
        [["Totalt", sp(tot), "100,0 %"]]
    t1 = Table(trows, colWidths=[9 * cm, 3 * cm, 2.5 * cm])
    t1.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9.5), ("FONT", (0, 0), (-1, 0), "DVB", 9.5),
                            ("FONT", (0, -1), (-1, -1), "DVB", 9.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]))
    # Figur 1 org chart (simple boxes)
    d1 = Drawing(460, 110)
    for x, y, w, txt in [(160, 80, 140, "Styrgrupp (3 regioner)"), (160, 45, 140, "Programkontor, Umeå"),
                         (10, 5, 130, "Delprojekt Västerbotten"), (165, 5, 130, "Delprojekt Uppsala"),
                         (320, 5, 130, "Delprojekt Kalmar")]:
        d1.add(Rect(x, y, w, 24, fillColor=colors.HexColor("#e8eef6"), strokeColor=colors.HexColor("#34507a")))
        d1.add(String(x + w / 2, y + 8, txt, fontName="DV", fontSize=8.5, textAnchor="middle"))
    d1.add(Line(230, 80, 230, 69)); d1.add(Line(230, 45, 230, 29)); d1.add(Line(75, 37, 385, 37))
    d1.add(Line(75, 37, 75, 29)); d1.add(Line(385, 37, 385, 29))
    s += [P("2 Programmets genomförande", h1),
          P("2.1 Organisation", h2),
          P("Programkontoret var placerat hos Region Västerbotten i Umeå och bestod av en programledare "
            "på heltid, en ekonom på halvtid samt en kommunikatör på 20 procent. Varje region hade en "
            "regional samordnare som ansvarade för kontakten med kommunerna, se figur 1."),
          d1,
          P("Figur 1. Programmets organisation 2022–2024.", cap),
          P("2.2 Budget och finansiering", h2),
          P("Programmets budget fastställdes i Tillväxtverkets beslut den 17 februari 2022 och "
            "reviderades en gång, i juni 2023, då kommunernas medfinansiering ökades. Fördelningen "
            "mellan finansiärerna framgår av tabell 1."),
          t1,
          P("Tabell 1. Programmets budget per finansiär 2022–2024, tusentals kronor (tkr).", cap),
          P("Vid programmets slut hade 46,9 miljoner kronor upparbetats, vilket motsvarar 96,5 procent "
            "av budgeten. Den slutliga rekvisitionen av ERUF-medel lämnades till Tillväxtverket "
            "den 28 februari 2025."),
          PageBreak()]
    # page 6 – ch 3
    ind = [["Län", "Projekt", "Servicepunkter", "Digitala ombud", "1 Gbit/s 2021", "1 Gbit/s 2024"],
           ["Västerbotten", "12", "11", "26", "68 %", "86 %"],
           ["Uppsala län", "10", "9", "21", "76 %", "92 %"],
           ["Kalmar län", "9", "7", "17", "70 %", "87 %"],
           ["Totalt", "31", "27", "64", "71 %", "88 %"]]
    t2 = Table(ind, colWidths=[3.2 * cm, 2 * cm, 2.8 * cm, 2.8 * cm, 2.6 * cm, 2.6 * cm])
    t2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9), ("FONT", (0, 0), (-1, 0), "DVB", 8.5),
                            ("FONT", (0, -1), (-1, -1), "DVB", 9), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]))
    s += [P("3 Resultat per län", h1),
          P("Tabell 2 sammanfattar programmets huvudsakliga resultatindikatorer per län." + fn(2)),
          t2,
          P("Tabell 2. Resultatindikatorer per län. Bredbandsandelen avser hushåll med tillgång till minst 1 Gbit/s.", cap),
          P("3.1 Västerbotten", h2),
          P("I Västerbotten beviljades 12 projekt och 11 servicepunkter inrättades, bland annat i "
            "Sorsele, Dorotea, Åsele och Malå. Servicepunkten i Sorsele var tillfälligt stängd mars–maj "
            "2024 på grund av personalbrist. Västerbotten hade den största ökningen av bredbandstäckning "
            "i inlandet, från 68 till 86 procent."),
          P("3.2 Uppsala län", h2),
          P("I Uppsala län beviljades 10 projekt och 9 servicepunkter inrättades i Östhammars, Tierps "
            "och Heby kommuner. Servicepunkten i Öregrund blev programmets mest besökta med 4 310 besök "
            "under 2024."),
          P("3.3 Kalmar län", h2),
          P("I Kalmar län beviljades 9 projekt och 7 servicepunkter inrättades i Torsås, Högsby, "
            "Mönsterås, Emmaboda, Hultsfred, Vimmerby och Borgholm. Satsningen i Kalmar län "
            "kombinerades med laddinfrastruktur för elfordon vid tre av servicepunkterna."),
          PageBreak()]
    # page 7 – ch 4 with Figur 2 and 3
    kv = [("Kv 1", 5840), ("Kv 2", 7310), ("Kv 3", 9925), ("Kv 4", 6480)]
    d3 = Drawing(440, 170)
    mx = 10000
    for i, (k, v) in enumerate(kv):
        h = 120 * v / mx
        x = 60 + i * 95
        d3.add(Rect(x, 25, 55, h, fillColor=colors.HexColor("#34507a"), strokeColor=None))
        d3.add(String(x + 27, 28 + h, sp(v), fontName="DV", fontSize=8.5, textAnchor="middle"))
        d3.add(String(x + 27, 10, k + " 2024", fontName="DV", fontSize=8.5, textAnchor="middle"))
    d3.add(Line(50, 25, 430, 25))
    # small Figur 2: share satisfied per county (values drawn with seed)
    sat = {"Västerbotten": 79, "Uppsala län": 84, "Kalmar län": 80}
    d2 = Drawing(440, 80)
    for i, (k, v) in enumerate(sat.items()):
        y = 55 - i * 22
        d2.add(String(5, y + 4, k, fontName="DV", fontSize=8.5))
        d2.add(Rect(100, y, 3 * v, 14, fillColor=colors.HexColor("#7a9cc6"), strokeColor=None))
        d2.add(String(105 + 3 * v, y + 4, f"{v} %", fontName="DV", fontSize=8.5))
    s += [P("4 Analys", h1),
          P("4.1 Det som har fungerat", h2),
          P("Servicepunkter som samlokaliserats med bibliotek eller dagligvarubutik har haft betydligt "
            "fler besök än fristående lokaler. Inom programmet utbildades 64 digitala ombud" + fn(3) +
            " som hjälper invånare med bland annat BankID, Försäkringskassans e-tjänster och "
            "vårdens digitala tjänster. Andelen nöjda besökare per län framgår av figur 2."),
          d2,
          P("Figur 2. Andel svarande som anser att servicen blivit bättre eller mycket bättre, per län.", cap),
          P("4.2 Utmaningar", h2),
          P("Den största utmaningen har varit att rekrytera och behålla personal i inlandskommunerna. "
            "Flera projekt upplevde också att ERUF-administrationen var tung i förhållande till "
            "projektens storlek; i genomsnitt lade projektledarna 22 procent av sin tid på "
            "ekonomisk redovisning."),
          P("4.3 Servicepunkternas besöksutveckling", h2),
          P("Under 2024 registrerades sammanlagt 29 555 besök vid servicepunkterna. Flest besök hade "
            "servicepunkterna under tredje kvartalet (9 925 besök), vilket sammanfaller med "
            "turistsäsongen i Öregrund, Borgholm och fjällkommunerna, se figur 3."),
          d3,
          P("Figur 3. Antal besök vid servicepunkterna per kvartal 2024, samtliga län.", cap),
          PageBreak()]
    # page 8 – ch 5
    s += [P("5 Slutsatser och rekommendationer", h1),
          P("5.1 Slutsatser", h2),
          P("Programmet har i allt väsentligt nått sina mål. Målet om 25 servicepunkter överträffades "
            "(27 inrättade), och målet om att minst 85 procent av hushållen i programområdena ska ha "
            "tillgång till 1 Gbit/s nåddes med marginal. Målet om 80 utbildade digitala ombud nåddes "
            "däremot inte (64 utbildade)."),
          P("Servicepunkternas långsiktiga överlevnad är dock osäker. Endast 9 av 27 servicepunkter har "
            "i dag en beslutad driftbudget efter 2025."),
          P("5.2 Rekommendationer", h2),
          P("<b>Rekommendation 1.</b> Kommunerna bör permanenta servicepunkterna genom att föra in "
            "driften i den ordinarie kommunala budgeten senast från och med 2026. Ansvarig: respektive kommun.", bullet),
          P("<b>Rekommendation 2.</b> De tre regionerna bör genomföra en gemensam upphandling av en "
            "digital bokningsplattform för servicepunkterna. Ansvarig: Region Uppsala som upphandlande part.", bullet),
          P("<b>Rekommendation 3.</b> En årlig uppföljning med gemensamma indikatorer bör införas, med "
            "första rapport senast den 31 december 2025. Ansvarig: programkontoret.", bullet),
          P("Källförteckning", h2),
          P("Post- och telestyrelsen (2024). <i>Bredbandskartläggning 2024</i>. PTS-ER-2025:4.", small),
          P("Tillväxtverket (2022). <i>Beslut om stöd ur Europeiska regionala utvecklingsfonden, "
            "Smart landsbygd</i>, dnr 20201234.", small),
          P("Region Västerbotten (2021). <i>Förstudie Smart landsbygd – service i hela länet</i>.", small),
          ]
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- 2. memo
def make_memo(path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Garamond"; st.font.size = Pt(11.5)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Region Uppsala\tTJÄNSTESKRIVELSE\t"
    t = d.add_table(rows=4, cols=2)
    meta = [("Datum", "2025-04-22"), ("Diarienummer", "RUN 2025-0412"),
            ("Handläggare", "Sofia Nyström, regional utvecklare"),
            ("Förvaltning", "Regional utveckling, enheten Landsbygd och service")]
    for i, (k, v) in enumerate(meta):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
    d.add_paragraph()
    d.add_paragraph("Regionala utvecklingsnämnden")
    d.add_heading("Regional medfinansiering av projektet Servicepunkt Östhammar 2.0", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Regionala utvecklingsnämnden föreslås besluta")
    for x in ["att bevilja Östhammars kommun regional medfinansiering med högst 1 850 000 kronor för "
              "projektet Servicepunkt Östhammar 2.0 under perioden 1 juni 2025 – 31 maj 2027,",
              "att medlen belastar anslaget för regionala utvecklingsmedel (1:1-medel), samt",
              "att beslutet villkoras av att Tillväxtverket beviljar medel ur Europeiska regionala "
              "utvecklingsfonden (ERUF) till projektet senast den 30 september 2025."]:
        d.add_paragraph(x, style="List Number")
    d.add_heading("Sammanfattning av ärendet", level=2)
    d.add_paragraph(
        "Östhammars kommun har ansökt om regional medfinansiering för projektet Servicepunkt "
        "Östhammar 2.0. Projektet bygger vidare på de servicepunkter i Öregrund, Gimo och Alunda som "
        "inrättades inom programmet Smart landsbygd 2022–2024. Syftet är att utveckla servicepunkterna "
        "till lokala noder för paketutlämning, digital hjälp, myndighetsinformation och distansmöten "
        "med vården. Projektet ska även pröva en gemensam digital bokningsplattform tillsammans med "
        "Region Västerbotten och Region Kalmar län.")
    d.add_paragraph(
        "Förvaltningen bedömer att projektet ligger väl i linje med den regionala "
        "utvecklingsstrategin (RUS) för Uppsala län, särskilt målet om god tillgång till service i "
        "hela länet, och föreslår att nämnden beviljar medfinansiering.")
    d.add_heading("Ärendets beredning", level=2)
    d.add_paragraph(
        "Ansökan inkom den 10 mars 2025. Förvaltningen har berett ärendet i samråd med Länsstyrelsen i "
        "Uppsala län, som i yttrande den 11 april 2025 tillstyrker ansökan. Projektbudgeten har "
        "reviderats en gång efter dialog med sökanden.")
    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph(
        "Projektets totala budget uppgår till 6 200 000 kronor. Finansieringen fördelas enligt följande:")
    ft = d.add_table(rows=1, cols=3); ft.style = "Table Grid"
    for i, h in enumerate(["Finansiär", "Belopp (kr)", "Andel"]):
        ft.rows[0].cells[i].text = h
    for r in [("ERUF (via Tillväxtverket)", "2 480 000", "40,0 %"), ("Region Uppsala", "1 850 000", "29,8 %"),
              ("Östhammars kommun", "1 270 000", "20,5 %"), ("Länsstyrelsen i Uppsala län", "600 000", "9,7 %"),
              ("Summa", "6 200 000", "100 %")]:
        c = ft.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph()
    d.add_paragraph(
        "Region Uppsalas medfinansiering om 1 850 000 kronor betalas ut i efterhand mot rekvisition och "
        "fördelas över projektperioden med 450 000 kronor 2025, 900 000 kronor 2026 och 500 000 kronor "
        "2027. Utrymme för 2025 finns inom nämndens budget för regionala utvecklingsmedel; medel för "
        "2026–2027 tas i anspråk ur kommande års ram.")
    d.add_paragraph(
        "Beslutet medför inga ökade driftskostnader för Region Uppsala efter projektperiodens slut. "
        "Östhammars kommun har i sin ansökan åtagit sig att finansiera driften av servicepunkterna "
        "från och med 1 juni 2027.")
    d.add_heading("Beslutsunderlag", level=2)
    for x in ["Tjänsteskrivelse daterad 2025-04-22",
              "Ansökan från Östhammars kommun, inkommen 2025-03-10",
              "Projektbudget, version 2, daterad 2025-04-03",
              "Yttrande från Länsstyrelsen i Uppsala län, daterat 2025-04-11"]:
        d.add_paragraph(x, style="List Bullet")
    d.add_paragraph()
    d.add_paragraph("Anna Bergström\nRegional utvecklingsdirektör")
    d.add_paragraph("Johan Eklund\nEnhetschef, Landsbygd och service")
    d.add_heading("Beslutet skickas till", level=3)
    for x in ["Östhammars kommun", "Länsstyrelsen i Uppsala län", "Tillväxtverket", "Ekonomienheten, Regional utveckling"]:
        d.add_paragraph(x, style="List Bullet")
    d.save(path)


# ---------------------------------------------------------------- 3. guide
GUIDE = """# Välkommen till Regional utveckling!

*Introduktion för nya medarbetare – Region Västerbotten, avdelningen Regional utveckling, Umeå.
Version 2025-01. Ansvarig för dokumentet: Maria Öberg, enhetschef.*

Det här dokumentet samlar det praktiska du behöver under dina första veckor. Har du frågor som inte
besvaras här – fråga din introduktionsfadder eller någon av personerna under *Vem frågar jag om vad?*.

## Första veckan

- **Dag 1:** hämta passerkort och bärbar dator i receptionen, plan 3.
- **Dag 2–3:** genomgång av ärendeprocessen med registrator.
- **Dag 5:** introduktionsfika med hela enheten, fredag kl. 14.30 i rum Vindeln.
- Du får en **introduktionsfadder** som du kan vända dig till under de första tre månaderna.

## System och konton

- **Platina** – ärendehantering och diarium
  - Behörighet beställs av din chef via IT-portalen.
  - Utbildning: *Platina grund* (2 timmar), hålls första tisdagen varje månad.
    - Anmälan görs till registrator senast fredagen innan.
- **Heroma** – tidrapportering, ledighetsansökan, reseräkning och lönespecifikation
  - Nås via intranätet → *Mina sidor*.
- **Resia** – bokning av tåg, flyg och hotell
  - Konto skapas automatiskt när du finns i Heroma (tar 1–2 arbetsdagar).
- **Proceedo** – beställningar och fakturahantering
  - Attesträtt tilldelas endast efter delegeringsbeslut från enhetschef.
- **Teams och Outlook**
  - Avdelningens funktionsbrevlåda: regional.utveckling@regionvasterbotten.se
  - Lägg in din frånvaro i kalendern så att kollegor ser när du är borta.

## Vem frågar jag om vad?

- **Maria Öberg**, enhetschef – ledighet, lönesamtal, medarbetarsamtal och delegeringar.
- **Erik Nilsson**, administratör – passerkort, nycklar, mötesrum och kontorsmaterial.
  - Vid Eriks frånvaro: **Lina Persson**, administratör, tar över passerkort och nycklar.
- **Helena Strand**, registrator – diarieföring, allmänna handlingar och utlämnande av handlingar.
- **Jonas Lindgren**, ekonom – budget, projektekonomi och ERUF-rekvisitioner.
- **Sara Holm**, kommunikatör – pressmeddelanden, webb och sociala medier.
- **IT-servicedesk** – lösenord, dator, telefon och behörigheter.
  - Telefon 090-785 80 00, vardagar 07.00–17.00.
  - Brådskande ärenden utanför kontorstid: jourtelefon via växeln.

## Rutiner

### Tidrapportering

- Vi har flextid med ramtid 06.00–20.00 och kärntid 09.00–15.00.
  - Flexsaldot vid månadsskiftet får vara högst **+40 timmar** och lägst **−10 timmar**.
    - Timmar över +40 stryks utan ersättning om inte chefen i förväg godkänt övertid.
  - Lunchrast är minst 30 minuter och dras automatiskt i Heroma.
- Tiden ska vara rapporterad och attesterad senast den **5:e** i följande månad.

### Resor

- Alla tjänsteresor bokas i **Resia**.
  - Tåg väljs före flyg om restiden med tåg är under fem timmar.
  - Resor utomlands kräver beslut av enhetschef senast **tre veckor** före avresa.
    - Kontrollera också att du har ett giltigt EU-kort (Europeiskt sjukförsäkringskort).
  - Egen bil i tjänsten endast om kollektivtrafik saknas; milersättning 25 kr/mil (skattefri del).
- Reseräkning lämnas i Heroma senast två månader efter resan.

### Sjukanmälan

- Ring din chef före kl. 09.00 första sjukdagen och registrera sjukfrånvaron i Heroma.
  - Från och med dag 8 krävs läkarintyg.

### Arbete på distans

- Upp till två dagar per vecka efter överenskommelse med chef.
  - Distansarbete registreras inte i Heroma men ska synas i din kalender.
"""

# ---------------------------------------------------------------- 4. press release
PRESS = """PRESSMEDDELANDE
Region Kalmar län
2025-05-06

Region Kalmar län satsar 12,4 miljoner kronor på servicepunkter och laddstationer på landsbygden

KALMAR. Regionala utvecklingsnämnden i Region Kalmar län beslutade den 5 maj 2025 att satsa totalt 12,4 miljoner kronor på service och laddinfrastruktur på landsbygden under 2025–2027. Av summan går 7,9 miljoner kronor till drift och utveckling av sju servicepunkter i Torsås, Högsby, Mönsterås, Emmaboda, Hultsfred, Vimmerby och Borgholm. Resterande 4,5 miljoner kronor går till 22 publika laddpunkter för elbilar vid servicepunkterna.

Satsningen är en fortsättning på programmet Smart landsbygd, som Region Kalmar län drivit tillsammans med Region Västerbotten och Region Uppsala sedan 2022. Enligt programmets slututvärdering har andelen hushåll i de berörda områdena i Kalmar län med tillgång till snabbt bredband ökat från 70 till 87 procent.

– Det här handlar om att det ska gå att bo och driva företag i hela länet. En servicepunkt där du kan hämta paket, få hjälp med BankID och ladda bilen gör verklig skillnad i vardagen, säger Malin Sjöberg (S), ordförande i regionala utvecklingsnämnden.

Den första servicepunkten med laddstationer öppnar i Högsby den 1 september 2025. Kommunerna ansvarar för lokalerna, medan Region Kalmar län står för laddinfrastrukturen och samordningen.

Fakta: satsningen i siffror
- 12,4 miljoner kronor totalt 2025–2027
- 7 servicepunkter i 7 kommuner
- 22 publika laddpunkter
- Första öppningen: Högsby, 1 september 2025

För mer information, kontakta:
Per Håkansson, projektledare, Region Kalmar län
Telefon: 0480-84 12 37
E-post: per.hakansson@regionkalmar.se

Region Kalmar läns presstjänst: 0480-84 00 00
"""


# ---------------------------------------------------------------- 5. slides
def make_slides(path):
    from reportlab.pdfgen import canvas
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle("Smart landsbygd 2.0 – Lägesrapport till styrgruppen")
    c.setAuthor("Karin Lindqvist")
    navy = colors.HexColor("#1f3a5f")

    def frame(title, n):
        c.setFillColor(navy); c.rect(0, H - 70, W, 70, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DVB", 26); c.drawString(40, H - 48, title)
        c.setFillColor(colors.grey); c.setFont("DV", 9)
        c.drawString(40, 20, "Smart landsbygd 2.0 · Styrgruppsmöte 3 juni 2025")
        c.drawRightString(W - 40, 20, f"{n} / 6")
        c.setFillColor(colors.black)

    def bullets(items, y=H - 130, size=20):
        for it in items:
            c.setFont("DV", size); c.drawString(60, y, "•  " + it); y -= size * 2.1

    # 1 title
    c.setFillColor(navy); c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("DVB", 40); c.drawString(60, H / 2 + 40, "Smart landsbygd 2.0")
    c.setFont("DV", 22); c.drawString(60, H / 2 - 5, "Lägesrapport till styrgruppen")
    c.setFont("DV", 14); c.drawString(60, H / 2 - 60, "Karin Lindqvist, programledare · Umeå/Teams, 3 juni 2025")
    c.drawString(60, H / 2 - 82, "Region Västerbotten · Region Uppsala · Region Kalmar län")
    c.showPage()
    # 2 why
    frame("Varför Smart landsbygd 2.0?", 2)
    bullets(["Bygger på slututvärderingen av 2022–2024 (Rapport 2025:3)",
             "Gemensam ERUF-ansökan lämnad 28 februari 2025",
             "Total budget 36,2 mnkr för 2025–2027",
             "Tre regioner, 14 kommuner, 27 servicepunkter",
             "Fokus: permanent drift och gemensam bokningsplattform"])
    c.showPage()
    # 3 timeline
    frame("Tidplan 2025–2026", 3)
    steps = [("Q2 2025", "Projektstart,", "rekrytering"), ("Q3 2025", "Upphandling av", "bokningsplattform"),
             ("Q4 2025", "Pilot i 6", "servicepunkter"), ("Q1 2026", "Utvärdering", "av piloten"),
             ("Q2 2026", "Utrullning till alla", "27 servicepunkter"), ("Q4 2026", "Halvtidsrapport till", "Tillväxtverket")]
    y0 = H / 2; x0 = 70; step = (W - 140) / (len(steps) - 1)
    c.setStrokeColor(navy); c.setLineWidth(4); c.line(x0, y0, W - 70, y0)
    for i, (q, a, b) in enumerate(steps):
        x = x0 + i * step
        c.setFillColor(navy); c.circle(x, y0, 10, fill=1, stroke=0)
        c.setFillColor(colors.black); c.setFont("DVB", 16); c.drawCentredString(x, y0 + 25, q)
        c.setFont("DV", 12); c.drawCentredString(x, y0 - 35, a); c.drawCentredString(x, y0 - 52, b)
    c.showPage()
    # 4 key figures
    frame("Läget i siffror", 4)
    figs = [("27", "servicepunkter i drift"), ("11 840", "besök jan–apr 2025"), ("92 %", "nöjda eller mycket nöjda besökare")]
    for i, (big, lab) in enumerate(figs):
        x = 40 + i * (W - 80) / 3 + (W - 80) / 6
        c.setFillColor(navy); c.setFont("DVB", 64); c.drawCentredString(x, H / 2, big)
        c.setFillColor(colors.black); c.setFont("DV", 16); c.drawCentredString(x, H / 2 - 40, lab)
    c.setFont("DV", 10); c.setFillColor(colors.grey)
    c.drawString(40, 45, "Källa: programkontorets besöksstatistik och kundenkät april 2025 (n = 1 034).")
    c.showPage()
    # 5 risks
    frame("Risker", 5)
    bullets(["Besked om ERUF-medel kan dröja till efter sommaren",
             "Svårt att rekrytera personal i inlandskommunerna",
             "Upphandlingen av plattformen kan överprövas",
             "Endast 9 av 27 servicepunkter har beslutad driftbudget efter 2025"])
    c.showPage()
    # 6 decisions / next steps
    frame("Styrgruppen ombeds besluta", 6)
    bullets(["Fastställa tidplanen för 2025–2026",
             "Utse Region Uppsala till upphandlande part för plattformen",
             "Ge programkontoret i uppdrag att ta fram indikatorer senast 30 sept",
             "Nästa styrgruppsmöte: 9 september 2025 i Kalmar"])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 6. glossary
def make_glossary(path):
    import pandas as pd
    rows = [
        ("ERUF", "Europeiska regionala utvecklingsfonden, EU:s fond för att minska regionala skillnader.", "Förordning (EU) 2021/1058"),
        ("1:1-medel", "Statliga medel för regionalt tillväxtarbete ur anslaget 1:1 Regionala utvecklingsåtgärder, som fördelas till regionerna och ofta används som medfinansiering.", "Tillväxtverkets regleringsbrev"),
        ("RUN", "Regionala utvecklingsnämnden, den politiska nämnd som beslutar om regionala utvecklingsmedel.", "Region Uppsalas reglemente"),
        ("RUS", "Regional utvecklingsstrategi, länets övergripande strategi för hållbar regional utveckling.", "Lag (2010:630) om regionalt utvecklingsansvar"),
        ("Servicepunkt", "Fysisk plats på landsbygden där flera servicefunktioner samlas, t.ex. paketutlämning, digital hjälp och myndighetsinformation.", "Rapport 2025:3 Smart landsbygd"),
        ("Digitalt ombud", "Person som ger grundläggande stöd i att använda offentliga e-tjänster.", "Tillväxtverket, dnr Ä 2021-1142"),
        ("Medfinansiering", "Offentliga eller privata medel som krävs utöver EU-stödet för att ett projekt ska kunna beviljas.", "Tillväxtverket"),
        ("Förstudie", "Kortare utredning före ett projekt för att pröva behov, genomförbarhet och samverkansparter.", "Intern rutin Regional utveckling"),
        ("Dnr", "Diarienummer, det unika nummer ett ärende får vid registrering i diariet.", "Offentlighets- och sekretesslagen (2009:400)"),
        ("PTS", "Post- och telestyrelsen, myndighet som bl.a. följer upp bredbandsutbyggnaden.", "pts.se"),
        ("SKR", "Sveriges Kommuner och Regioner, arbetsgivar- och intresseorganisation.", "skr.se"),
        ("LLU", "Lokalt ledd utveckling, metod där lokala partnerskap (Leader) fördelar stöd i sitt område.", "Jordbruksverket"),
        ("Rekvisition", "Begäran om utbetalning av beviljat stöd i efterhand mot redovisade kostnader.", "Tillväxtverket"),
        ("Kärntid", "Den del av arbetsdagen då medarbetare med flextid ska vara i tjänst.", "Lokalt flextidsavtal, Region Västerbotten"),
        ("Styrgrupp", "Grupp med beslutsmandat som styr ett program eller projekt och följer upp dess resultat.", "Projektmodell PROPS-R"),
        ("Upparbetat", "Kostnader som har uppstått och bokförts i projektet under en viss period.", "Tillväxtverket"),
    ]
    df = pd.DataFrame(rows, columns=["Begrepp", "Förklaring", "Källa"])
    with pd.ExcelWriter(path, engine="openpyxl") as w:
        df.to_excel(w, index=False, sheet_name="Ordlista")
        ws = w.sheets["Ordlista"]
        ws.column_dimensions["A"].width = 18; ws.column_dimensions["B"].width = 90; ws.column_dimensions["C"].width = 40


make_report(os.path.join(OUT, "Smart_landsbygd_slututvardering_2025-3.pdf"))
make_memo(os.path.join(OUT, "Tjansteskrivelse_RUN_2025-0412_Servicepunkt_Osthammar.docx"))
with open(os.path.join(OUT, "introduktion_nya_medarbetare.md"), "w", encoding="utf-8") as f:
    f.write(GUIDE)
with open(os.path.join(OUT, "pressmeddelande_2025-05-06_servicepunkter_laddstationer.txt"), "w", encoding="utf-8") as f:
    f.write(PRESS)
make_slides(os.path.join(OUT, "Smart_landsbygd_2.0_lagesrapport_styrgrupp_2025-06-03.pdf"))
make_glossary(os.path.join(OUT, "ordlista_regional_utveckling.xlsx"))
print("wrote", sorted(os.listdir(OUT)))
