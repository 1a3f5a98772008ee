#!/usr/bin/env python
"""Skapar sex realistiska svenska myndighetsdokument (Dalarna, Gävleborg, Stockholm).

Användning: python r100_make_files.py UTMAPP
"""
import os
import random
import sys

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

random.seed(100)


def fmt(n):
    """Svensk tusentalsavgränsning med mellanslag."""
    return f"{n:,}".replace(",", " ")


def dec(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")


# ---------------------------------------------------------------- PDF helpers
styles = getSampleStyleSheet()
H1 = ParagraphStyle("H1", parent=styles["Heading1"], fontName="Helvetica-Bold", fontSize=16, spaceAfter=10)
H2 = ParagraphStyle("H2", parent=styles["Heading2"], fontName="Helvetica-Bold", fontSize=13, spaceAfter=6)
BODY = ParagraphStyle("B", parent=styles["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
TITLE = ParagraphStyle("T", parent=styles["Title"], fontName="Helvetica-Bold", fontSize=22, leading=28)
SMALL = ParagraphStyle("S", parent=BODY, fontSize=9, leading=11)


def ruled(data, widths):
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def make_pdf(path, story, header, title, author):
    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if doc.page > 1:
            canvas.drawString(2 * cm, A4[1] - 1.3 * cm, header)
            canvas.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm, title=title, author=author)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def P(text, style=BODY):
    return Paragraph(text, style)


# ------------------------------------------------ 1. Verksamhetsberättelse PDF
def verksamhetsberattelse(out):
    webbesok = random.randint(180_000, 260_000)
    nyhetsbrev = random.randint(2_400, 3_900)
    s = []
    s += [Spacer(1, 4 * cm), P("Verksamhetsberättelse 2024", TITLE),
          P("Regionala utvecklingsnämnden, Region Dalarna", H2), Spacer(1, 1 * cm),
          P("Fastställd av regionala utvecklingsnämnden den 25 februari 2025, § 14. Diarienummer RD24/03117."),
          P("Kontakt: Maria Sundin, controller, Regional utveckling, Region Dalarna, Falun."),
          PageBreak()]

    s += [P("Ordföranden har ordet", H1),
          P("År 2024 blev ett år då Dalarnas näringsliv visade styrka trots en svag konjunktur. "
            "Antalet beviljade företagsstöd ökade, och fler dalkarlar och dalkullor än någonsin tog del "
            "av våra kompetensinsatser. Samtidigt har varslen inom tillverkningsindustrin i södra Dalarna "
            "påmint oss om hur snabbt förutsättningarna kan förändras."),
          P("Därför beslutade nämnden i juni att inrätta Omställningsfonden Dalarna. Fonden ska göra det "
            "möjligt för företag som drabbas av strukturomvandling att ställa om i stället för att avveckla. "
            "Jag är också stolt över att Dalarnas innovationsdag i Borlänge samlade fler deltagare än på "
            "många år."),
          P("Jag vill rikta ett varmt tack till alla medarbetare, kommuner, företag och organisationer som "
            "under året har bidragit till en hållbar regional utveckling i Dalarna."),
          P("Falun den 12 februari 2025"),
          P("<b>Ulrika Lindqvist (S)</b><br/>Ordförande, regionala utvecklingsnämnden"),
          PageBreak()]

    s += [P("1. Året i korthet", H1),
          P("Regionala utvecklingsnämnden sammanträdde nio gånger under 2024 och fattade sammanlagt 112 beslut. "
            "Nedan listas årets viktigaste händelser."),
          P("<b>Viktiga händelser 2024</b>"),
          P("• 14 mars – Nämnden antog Handlingsplan för smart specialisering 2024–2027 med fyra "
            "styrkeområden: avancerad tillverkning, besöksnäring, skogsbaserad bioekonomi och elektrifiering."),
          P("• 11 juni – Nämnden beslutade att inrätta Omställningsfonden Dalarna med 15 miljoner kronor för "
            "perioden 2024–2026. Fonden kan bevilja högst 500 000 kronor per företag och får användas till "
            "kompetensutveckling, affärsutveckling och extern rådgivning vid omställning."),
          P("• 3 oktober – Dalarnas innovationsdag arrangerades i Borlänge med 260 deltagare från företag, "
            "akademi och offentlig sektor."),
          P("• 28 november – Nämnden godkände ett avtal med Högskolan Dalarna om en gemensam "
            "analysfunktion för kompetensförsörjning."),
          P(f"Under året hade regionens webbplats för regional utveckling {fmt(webbesok)} besök och "
            f"nyhetsbrevet Utveckling Dalarna hade {fmt(nyhetsbrev)} prenumeranter vid årets slut."),
          Spacer(1, 0.4 * cm),
          P("2. Näringsliv och innovation", H1),
          P("Under 2024 beviljades 146 företagsstöd till ett sammanlagt belopp av 38,6 miljoner kronor. "
            "Året innan, 2023, beviljades 121 företagsstöd om totalt 31,2 miljoner kronor. Ökningen förklaras "
            "främst av fler ansökningar om investeringsstöd inom besöksnäringen."),
          P("Besöksnäringen fick 34 procent av det beviljade beloppet och tillverkningsindustrin 29 procent. "
            "Resterande medel fördelades på tjänstesektorn (22 procent) och de gröna näringarna (15 procent)."),
          P("Innovationscheckar: 54 innovationscheckar beviljades under året, sammanlagt 4,9 miljoner kronor. "
            "En innovationscheck är ett stöd på högst 100 000 kronor till små företag för att köpa extern "
            "kompetens i ett tidigt utvecklingsskede, till exempel provning, design eller patentutredning."),
          PageBreak()]

    s += [P("3. Kompetensförsörjning", H1),
          P("Satsningen Kompetenslyft Dalarna nådde 412 deltagare under 2024, varav 63 procent kvinnor. "
            "Utbildningarna genomfördes i samverkan med samtliga 15 kommuner i länet och med Högskolan Dalarna."),
          P("Antalet genomförda valideringar av yrkeskompetens uppgick till 189, vilket är en ökning med 40 "
            "jämfört med 2023. Flest valideringar gjordes inom industri, vård och omsorg samt fordon."),
          P("4. Infrastruktur och digitalisering", H1),
          P("Andelen hushåll i Dalarna med tillgång till bredband om minst 1 Gbit/s var 91,4 procent i oktober "
            "2024, jämfört med 89,7 procent året innan. På landsbygden var andelen 78,2 procent. Nämnden "
            "medfinansierade utbyggnad i Malung-Sälen, Älvdalen och Orsa."),
          P("Inom kollektivtrafiken fortsatte arbetet med stråket Borlänge–Falun–Gävle. Nämnden ställde sig "
            "bakom Trafikverkets åtgärdsvalsstudie för Bergslagsbanan."),
          P("5. Ekonomi", H1),
          P("Nämndens nettokostnad för 2024 blev 214,3 miljoner kronor, att jämföra med en budget på 219,0 "
            "miljoner kronor. Resultatet är därmed ett överskott på 4,7 miljoner kronor. Överskottet beror "
            "främst på att två EU-projekt startade senare än planerat och att vakanser inte tillsattes direkt."),
          P("6. Medarbetare", H1),
          P("Den 31 december 2024 hade Regional utveckling 87 tillsvidareanställda medarbetare (82 vid "
            "utgången av 2023). Sjukfrånvaron minskade till 4,1 procent från 5,0 procent året innan. "
            "Svarsfrekvensen i medarbetarenkäten var 84 procent."),
          PageBreak()]

    data = [["Nyckeltal", "2023", "2024"],
            ["Beviljade företagsstöd, antal", "121", "146"],
            ["Beviljade företagsstöd, mnkr", "31,2", "38,6"],
            ["Innovationscheckar, antal", "47", "54"],
            ["Deltagare Kompetenslyft Dalarna", "355", "412"],
            ["Genomförda valideringar", "149", "189"],
            ["Hushåll med minst 1 Gbit/s, procent", "89,7", "91,4"],
            ["Nettokostnad, mnkr", "205,8", "214,3"],
            ["Tillsvidareanställda 31 dec", "82", "87"],
            ["Sjukfrånvaro, procent", "5,0", "4,1"]]
    s += [P("7. Nyckeltal", H1),
          P("Tabell 1. Nyckeltal för regionala utvecklingsnämnden 2023–2024"),
          ruled(data, [9 * cm, 3 * cm, 3 * cm]),
          Spacer(1, 0.4 * cm),
          P("Källa: Region Dalarna, ekonomisystemet Raindance och ärendehanteringssystemet Nyps 2020. "
            "Uppgifter om bredband kommer från Post- och telestyrelsens bredbandskartläggning.", SMALL)]
    make_pdf(os.path.join(out, "Verksamhetsberattelse_2024_Regional_utveckling_Dalarna.pdf"), s,
             "Region Dalarna | Verksamhetsberättelse 2024 | Regionala utvecklingsnämnden",
             "Verksamhetsberättelse 2024 – Regionala utvecklingsnämnden", "Region Dalarna")


# ------------------------------------------------ 2. Tilldelningsbeslut DOCX
def tilldelningsbeslut(out):
    d = Document()
    d.core_properties.title = "Tilldelningsbeslut – Processutvärdering Gävleborg Kompetensnav"
    d.core_properties.author = "Sara Hedlund, Region Gävleborg"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_paragraph("Region Gävleborg\nUpphandlingsenheten\n801 88 Gävle")
    d.add_heading("Tilldelningsbeslut", 0)
    for k, v in [("Upphandling", "Processutvärdering och lärande utvärdering av projektet Gävleborg Kompetensnav"),
                 ("Diarienummer", "RS 2025/0412"),
                 ("Upphandlingsförfarande", "Förenklat förfarande enligt 19 kap. lagen (2016:1145) om offentlig upphandling (LOU)"),
                 ("Sista anbudsdag", "2025-02-24"),
                 ("Datum för beslut", "2025-03-18"),
                 ("Upphandlare", "Sara Hedlund, sara.hedlund@regiongavleborg.se")]:
        p = d.add_paragraph()
        p.add_run(k + ": ").bold = True
        p.add_run(v)

    d.add_heading("1. Bakgrund", 1)
    d.add_paragraph(
        "Region Gävleborg är projektägare för ESF+-projektet Gävleborg Kompetensnav, som ska stärka "
        "kompetensförsörjningen i länets industri- och vårdsektorer. Enligt villkoren för projektet ska en "
        "extern processutvärdering genomföras under hela projektperioden. Uppdraget omfattar en "
        "förändringsteori, tre delrapporter och en slutrapport samt återkommande lärseminarier med "
        "projektets styrgrupp.")
    d.add_paragraph("Upphandlingen annonserades den 27 januari 2025. Fem anbud inkom i rätt tid.")

    d.add_heading("2. Utvärderingsmodell", 1)
    d.add_paragraph(
        "Anbuden har utvärderats enligt grunden bästa förhållandet mellan pris och kvalitet. Pris har vägts "
        "med 40 procent och kvalitet med 60 procent. Högsta möjliga totalpoäng är 100.")
    for t in ["Pris – högst 40 poäng. Lägsta pris bland kvalificerade anbud får 40 poäng; övriga får "
              "40 × (lägsta pris / anbudets pris).",
              "Uppdragsförståelse – högst 30 poäng.",
              "Metod och genomförande – högst 20 poäng.",
              "Det offererade teamets kompetens – högst 10 poäng."]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("3. Inkomna anbud och kvalificering", 1)
    d.add_paragraph(
        "Anbudet från Ekonomisk Analys Norr AB har förkastats eftersom anbudsgivaren inte uppfyllde "
        "kvalificeringskravet om minst två referensuppdrag avseende utvärdering av ESF-finansierade projekt "
        "under de senaste fem åren. Anbudsgivaren redovisade endast ett sådant referensuppdrag. Övriga fyra "
        "anbud uppfyllde samtliga ska-krav och har gått vidare till utvärdering.")

    d.add_heading("4. Utvärderingsresultat", 1)
    rows = [("Oxford Research AB", 1_380_000, 51.0),
            ("Sweco Society AB", 1_240_000, 42.0),
            ("Ramböll Sverige AB", 1_495_000, 45.0),
            ("Kontigo AB", 1_310_000, 36.0)]
    low = min(r[1] for r in rows)
    tab = d.add_table(rows=1, cols=5)
    tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, ["Anbudsgivare", "Anbudspris (kr exkl. moms)", "Prispoäng",
                                        "Kvalitetspoäng", "Totalpoäng"]):
        c.text = h
    results = []
    for name, price, q in rows:
        pp = round(40 * low / price, 1)
        tot = round(pp + q, 1)
        results.append((name, price, pp, q, tot))
    results.sort(key=lambda r: -r[4])
    for name, price, pp, q, tot in results:
        cells = tab.add_row().cells
        for c, v in zip(cells, [name, fmt(price), dec(pp), dec(q), dec(tot)]):
            c.text = v
    cells = tab.add_row().cells
    for c, v in zip(cells, ["Ekonomisk Analys Norr AB", fmt(1_190_000), "–", "–", "Förkastat"]):
        c.text = v
    d.add_paragraph("")
    w = results[0]
    d.add_paragraph(
        f"{w[0]} har lämnat det ekonomiskt mest fördelaktiga anbudet med totalpoängen {dec(w[4])}. "
        f"Närmast därefter kom {results[1][0]} med {dec(results[1][4])} poäng.")

    d.add_heading("5. Beslut", 1)
    d.add_paragraph(
        f"Region Gävleborg beslutar att tilldela {w[0]} kontraktet avseende processutvärdering och lärande "
        f"utvärdering av projektet Gävleborg Kompetensnav till ett anbudspris om {fmt(w[1])} kronor exklusive "
        "moms. Avtalsperioden är 2025-04-15 – 2027-12-31 med möjlighet till förlängning i högst tolv månader.")
    d.add_paragraph(
        "Beslutet är fattat av Anders Wiklund, enhetschef för Regional utveckling, med stöd av regionstyrelsens "
        "delegationsordning punkt 6.3.")

    d.add_heading("6. Avtalsspärr och överprövning", 1)
    d.add_paragraph(
        "Avtal får inte ingås förrän tidigast tio dagar efter att detta tilldelningsbeslut har skickats "
        "elektroniskt till anbudsgivarna (avtalsspärr). Avtalsspärren löper ut den 28 mars 2025. En leverantör "
        "som anser sig ha lidit eller kunna komma att lida skada kan ansöka om överprövning hos "
        "Förvaltningsrätten i Luleå under avtalsspärren.")
    d.add_paragraph("Gävle den 18 mars 2025\n\nAnders Wiklund\nEnhetschef, Regional utveckling")
    d.save(os.path.join(out, "Tilldelningsbeslut_RS-2025-0412_Kompetensnav.docx"))
    return results


# ------------------------------------------------ 3. Projektplan Markdown
def projektplan(out):
    budget = [("Personal (projektledare, 6 coacher, administratör)", 7_150_000),
              ("Köpta tjänster (utbildning, handledning, extern utvärdering)", 1_900_000),
              ("Lokaler (träffpunkter i Farsta och Skärholmen)", 640_000),
              ("Deltagarkostnader (SL-kort, utbildningsmaterial, studiebesök)", 1_210_000),
              ("Resor och transporter för personal", 180_000)]
    indirekt = round(0.15 * budget[0][1])
    budget.append(("Indirekta kostnader (schablon 15 % av personalkostnaderna)", indirekt))
    total = sum(v for _, v in budget)
    lines = [
        "# Projektplan: Ung Framtid Söderort",
        "",
        "*Vägar till arbete och studier för unga 16–24 år i Stockholms söderort*",
        "",
        "| | |",
        "|---|---|",
        "| Projektägare | Stockholms stad, arbetsmarknadsförvaltningen |",
        "| Samverkanspart | Arbetsförmedlingen, marknadsområde Stockholm Syd |",
        "| Projektledare | Johan Ekberg |",
        "| Projektperiod | 2025-09-01 – 2027-08-31 |",
        "| Finansiering | ESF+ (Svenska ESF-rådet) 60 %, Stockholms stad 30 %, Arbetsförmedlingen 10 % |",
        "| Version | 1.2, 2025-06-10 |",
        "",
        "## 1. Bakgrund",
        "",
        "I stadsdelsområdena Farsta, Skärholmen, Enskede-Årsta-Vantör och Hägersten-Älvsjö fanns i slutet av 2024 "
        "omkring 2 300 unga i åldern 16–24 år som varken arbetade eller studerade (UVAS). Många av dem saknar "
        "fullständiga gymnasiebetyg och är inte inskrivna hos Arbetsförmedlingen. Det kommunala aktivitetsansvaret "
        "(KAA) når de yngsta, men efter 20 års ålder tappar många kontakten med både skola och myndigheter.",
        "",
        "## 2. Syfte och mål",
        "",
        "Syftet är att fler unga i söderort ska etablera sig på arbetsmarknaden eller börja studera.",
        "",
        "Projektets mål:",
        "",
        "1. Minst 450 unga ska skrivas in som deltagare under projektperioden.",
        "2. Minst 40 procent av deltagarna ska vara i arbete eller studier 90 dagar efter avslutad insats.",
        "3. Minst 45 procent av deltagarna ska vara unga kvinnor.",
        "4. En gemensam arbetsmodell för stad och Arbetsförmedling ska vara beslutad senast 2027-06-30.",
        "",
        "## 3. Målgrupp",
        "",
        "Unga 16–24 år folkbokförda i Stockholms stad som varken arbetar eller studerar. Prioriterade är unga "
        "utan fullständig gymnasieutbildning och unga som inte har varit i kontakt med Arbetsförmedlingen "
        "de senaste sex månaderna.",
        "",
        "## 4. Aktiviteter",
        "",
        "- Uppsökande arbete tillsammans med fritidsgårdar, KAA-ansvariga och föreningar.",
        "- Individuell coachning med en coach per deltagare under högst tolv månader.",
        "- Korta branschutbildningar inom lager och logistik, handel samt vård och omsorg.",
        "- Arbetsplatsförlagd praktik hos minst 60 arbetsgivare i söderort.",
        "- Studie- och yrkesvägledning i samarbete med Komvux.",
        "",
        "## 5. Tidplan",
        "",
        "| Fas | Period | Huvudaktiviteter |",
        "|---|---|---|",
        "| Uppstart | september–december 2025 | Rekrytering av personal, lokaler, rutiner för inskrivning; första deltagare inskrivna senast 2025-11-15 |",
        "| Genomförande 1 | januari–december 2026 | Coachning, branschutbildningar, praktik; halvtidsutvärdering i oktober 2026 |",
        "| Genomförande 2 | januari–juni 2027 | Fortsatt genomförande, implementering av arbetsmodell |",
        "| Avslut och spridning | juli–augusti 2027 | Slutkonferens, överlämning av arbetsmodell till ordinarie verksamhet |",
        "",
        "## 6. Organisation",
        "",
        "Projektet leds av en styrgrupp med representanter för arbetsmarknadsförvaltningen, de fyra "
        "stadsdelsförvaltningarna och Arbetsförmedlingen. Styrgruppens ordförande är Helena Qvist, avdelningschef "
        "på arbetsmarknadsförvaltningen. Styrgruppen sammanträder sex gånger per år.",
        "",
        "## 7. Risker",
        "",
        "| Risk | Sannolikhet | Konsekvens | Åtgärd |",
        "|---|---|---|---|",
        "| Svårt att rekrytera deltagare | Hög | Hög | Uppsökande arbete via fritidsgårdar och KAA, samarbete med idrottsföreningar |",
        "| Personalomsättning i projektteamet | Medel | Hög | Dokumenterade arbetssätt, överlappning vid byten |",
        "| Förändrat uppdrag eller neddragningar hos Arbetsförmedlingen | Medel | Medel | Styrgruppen följer upp kvartalsvis och justerar ansvarsfördelningen |",
        "| Låg närvaro bland deltagare | Medel | Medel | Tät coachkontakt, sms-påminnelser, flexibla tider |",
        "| Försenade utbetalningar från Svenska ESF-rådet | Låg | Hög | Likviditetsplan tillsammans med stadens ekonomiavdelning |",
        "",
        "## 8. Budget",
        "",
        "| Kostnadsslag | Belopp (kr) |",
        "|---|---:|",
    ]
    for k, v in budget:
        lines.append(f"| {k} | {fmt(v)} |")
    lines += [f"| **Summa** | **{fmt(total)}** |",
              "",
              f"Projektets totala budget är {fmt(total)} kronor för hela projektperioden. Av detta finansieras "
              f"{fmt(round(total * 0.6))} kronor med ESF+-medel.",
              "",
              "## 9. Uppföljning",
              "",
              "Deltagarnas status följs upp i stadens verksamhetssystem och rapporteras till Svenska ESF-rådet "
              "varje kvartal. Extern utvärdering upphandlas av arbetsmarknadsförvaltningen.",
              ""]
    with open(os.path.join(out, "Projektplan_Ung_Framtid_Soderort.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return total


# ------------------------------------------------ 4. Personalhandbok TXT
def personalhandbok(out):
    txt = """PERSONALHANDBOK – UTDRAG
Region Gävleborg, förvaltningen för Regional utveckling
Version 2025-01, fastställd av förvaltningschef Lena Öhman 2025-01-15

Detta utdrag innehåller de avsnitt som nya medarbetare oftast frågar om. Hela handboken finns på intranätet.
Gällande kollektivavtal är Allmänna bestämmelser (AB) och avtal om tjänsteresor (TRAKT).


1. ARBETSTID

1.1 Ordinarie arbetstid för heltidsanställda är 40 timmar per vecka.
1.2 Lunchrast ska vara minst 30 minuter och räknas inte som arbetstid.
1.3 Arbetstid som beordras utöver ordinarie arbetstid är övertid och ska godkännas av chef i förväg.


2. FLEXTID

2.1 Ramtiden är 06.30–19.00 måndag till fredag. Inom ramtiden får du själv förlägga din arbetstid.
2.2 Kärntiden är 09.00–15.00 (fredagar 09.00–14.00). Under kärntiden ska du vara i tjänst om inte annat har överenskommits med chef.
2.3 Flexsaldot får vid varje månadsskifte vara högst 40 plustimmar och högst 10 minustimmar. Timmar över 40 stryks utan ersättning.
2.4 Tid registreras i Heroma senast dagen efter.


3. SEMESTER

3.1 Semesterdagar per år:
    - 25 dagar till och med det år du fyller 39 år
    - 31 dagar från och med det år du fyller 40 år
    - 32 dagar från och med det år du fyller 50 år
3.2 Semesterdagar utöver 20 per år får sparas. Du får som mest ha 30 sparade dagar.
3.3 Ansökan om sommarsemester lämnas i Heroma senast den 31 mars. Besked lämnas senast den 30 april.
3.4 Huvudregeln är att du ska få fyra veckors sammanhängande semester under perioden juni–augusti.


4. ANDRA LEDIGHETER

4.1 Tjänstledighet utan lön för studier, prövning av annan anställning eller enskilda angelägenheter kan beviljas efter ansökan till chef. Tjänstledighet för att pröva annan anställning beviljas för högst sex månader.
4.2 Kort ledighet med lön beviljas bland annat vid nära anhörigs svåra sjukdom eller begravning, högst 10 dagar per år.
4.3 Föräldraledighet anmäls till chef senast två månader före ledighetens början.


5. SJUKDOM OCH VÅRD AV BARN

5.1 Sjukanmälan görs till närmaste chef före kl. 09.00 första sjukdagen och registreras samma dag i Heroma.
5.2 Från och med den åttonde kalenderdagen ska du lämna läkarintyg.
5.3 Vid vård av barn (VAB) anmäler du frånvaron till chef samma dag och till Försäkringskassan.


6. TJÄNSTERESOR

6.1 Tjänsteresor ska vara godkända av chef i förväg. Välj i första hand digitala möten.
6.2 Tåg väljs före flyg för resor upp till 50 mil enkel väg.
6.3 Resor och hotell bokas via regionens upphandlade resebyrå. Hotellnatt får kosta högst 1 400 kronor exklusive moms, i Stockholm högst 1 900 kronor.
6.4 Egen bil i tjänsten: bilersättning betalas med 30 kronor per mil, varav 25 kronor är skattefria. Egen bil får användas när det är billigare eller mer tidseffektivt än kollektivtrafik eller regionens bilpool.
6.5 Traktamente betalas enligt Skatteverkets normalbelopp. För 2025 är heldagstraktamente inrikes 300 kronor.
6.6 Reseräkning lämnas i Heroma senast två månader efter resan. Kvitton för hotell, parkering och taxi bifogas.


7. FRISKVÅRD

7.1 Friskvårdsbidrag betalas med högst 3 000 kronor per kalenderår mot kvitto.
7.2 Du får använda en friskvårdstimme per vecka på arbetstid, efter överenskommelse med chef.


Frågor om innehållet besvaras av HR-partner Karin Ahlgren, tfn 026-15 50 00.
"""
    with open(os.path.join(out, "Personalhandbok_utdrag_Regional_utveckling_Gavleborg.txt"), "w",
              encoding="utf-8") as f:
        f.write(txt)


# ------------------------------------------------ 5. Regional analys PDF
def regional_analys(out):
    kommuner = [("Gävle", 3830, 3210), ("Sandviken", 1460, 1240), ("Hudiksvall", 1050, 880),
                ("Söderhamn", 880, 740), ("Bollnäs", 690, 600), ("Ljusdal", 410, 350),
                ("Hofors", 320, 270), ("Ovanåker", 290, 250), ("Nordanstig", 230, 210),
                ("Ockelbo", 180, 160)]
    tot23 = sum(k[1] for k in kommuner)
    tot18 = sum(k[2] for k in kommuner)
    s = []
    s += [Spacer(1, 3 * cm), P("Rapport 2025:2", H2),
          P("Pendling mellan Gävleborg och Stockholmsregionen – en regional analys", TITLE),
          Spacer(1, 1 * cm),
          P("Region Gävleborg, avdelningen för analys och uppföljning"),
          P("Författare: Lina Bergqvist och Omar Haddad"),
          P("Publicerad: 20 maj 2025"),
          PageBreak()]
    s += [P("Sammanfattning", H1),
          P(f"År 2023 pendlade {fmt(tot23)} förvärvsarbetande som bor i Gävleborgs län till ett arbetsställe i "
            f"Stockholms län. Det är en ökning med 18 procent jämfört med 2018, då antalet var {fmt(tot18)}. "
            "Pendlingen i motsatt riktning, från Stockholms län till Gävleborg, omfattade 2 860 personer."),
          P("Gävle kommun svarar för 41 procent av utpendlingen till Stockholms län. Pendlarna är oftare män "
            "(62 procent) och i åldern 25–44 år. Vanligaste branscherna hos utpendlarna är företagstjänster, "
            "information och kommunikation samt byggverksamhet."),
          P("Pendlingsintensiteten i Gävleborgs län, det vill säga andelen förvärvsarbetande som arbetar i en "
            "annan kommun än bostadskommunen, var 19,6 procent 2023. Snabbaste tågresa Gävle–Stockholm C tar "
            "1 timme och 17 minuter."),
          P("<b>Rekommendationer</b>"),
          P("1. Regionen bör driva på för dubbelspår på hela Ostkustbanan mellan Gävle och Kringlan."),
          P("2. Regionen bör tillsammans med Region Stockholm och Region Uppsala utveckla ett gemensamt "
            "periodkort för pendling i stråket Gävle–Uppsala–Stockholm."),
          P("3. Kommunerna bör erbjuda kontorsplatser nära stationerna för distansarbete."),
          PageBreak()]
    s += [P("1. Inledning", H1),
          P("Rapporten beskriver arbetspendlingen mellan Gävleborgs län och Stockholms län 2018–2023 och "
            "är ett underlag för arbetet med den regionala utvecklingsstrategin (RUS) och länstransportplanen. "
            "Analysen har tagits fram på uppdrag av regionala utvecklingsnämnden i Region Gävleborg."),
          P("2. Utpendling per kommun", H1),
          P("Tabell 2. Förvärvsarbetande som pendlar från kommunen till Stockholms län, antal"),
          ruled([["Kommun", "2018", "2023"]] + [[k, fmt(b), fmt(a)] for k, a, b in kommuner]
                + [["Gävleborgs län", fmt(tot18), fmt(tot23)]], [7 * cm, 3 * cm, 3 * cm]),
          Spacer(1, 0.3 * cm),
          P("Den största relativa ökningen sedan 2018 hade Gävle och Hudiksvall, med drygt 19 procent vardera. Utpendlingen från de "
            "mindre kommunerna i västra länsdelen är fortsatt låg och beror främst på långa restider."),
          P("3. Vilka pendlar?", H1),
          P("Av utpendlarna till Stockholms län 2023 var 62 procent män och 38 procent kvinnor. Sex av tio var "
            "25–44 år. Andelen med eftergymnasial utbildning om minst tre år var 47 procent, att jämföra med "
            "28 procent bland samtliga förvärvsarbetande i länet."),
          P("4. Restider och kollektivtrafik", H1),
          P("Med snabbaste tågförbindelse tar resan Gävle–Stockholm C 1 timme och 17 minuter och "
            "Hudiksvall–Stockholm C 2 timmar och 5 minuter. Förseningar på Ostkustbanan är det vanligaste "
            "problemet som pendlarna lyfter i regionens resvaneundersökning."),
          PageBreak()]
    s += [P("Bilaga A. Metod och definitioner", H1),
          P("Analysen bygger på SCB:s registerbaserade arbetsmarknadsstatistik (RAMS) och dess efterföljare "
            "Befolkningens arbetsmarknadsstatus (BAS). Statistiken avser förhållandena i november respektive år. "
            "En person räknas som förvärvsarbetande om hen har arbetat minst en timme under mätveckan."),
          P("<b>Pendlare</b> – förvärvsarbetande vars arbetsställe ligger i en annan kommun än den kommun där "
            "personen är folkbokförd."),
          P("<b>Utpendlare</b> – person som bor i området men har sitt arbetsställe utanför området."),
          P("<b>Pendlingsintensitet</b> – andelen av nattbefolkningen, det vill säga de förvärvsarbetande som bor "
            "i ett område, som har sitt arbetsställe i ett annat område. Måttet uttrycks i procent."),
          P("<b>Begränsningar:</b> Registren visar var arbetsstället ligger, inte var arbetet faktiskt utförs. "
            "Distansarbete fångas därför inte, och pendlingen kan vara överskattad för personer som arbetar "
            "hemifrån flera dagar i veckan."),
          Spacer(1, 0.4 * cm),
          P("Bilaga B. Förkortningar", H1),
          ruled([["Förkortning", "Betydelse"],
                 ["BAS", "Befolkningens arbetsmarknadsstatus (SCB)"],
                 ["FA-region", "Funktionell analysregion (Tillväxtverket)"],
                 ["LA-region", "Lokal arbetsmarknad (SCB)"],
                 ["OKB", "Ostkustbanan"],
                 ["RAMS", "Registerbaserad arbetsmarknadsstatistik (SCB)"],
                 ["RUS", "Regional utvecklingsstrategi"],
                 ["SNI", "Standard för svensk näringsgrensindelning"]], [4 * cm, 10 * cm])]
    make_pdf(os.path.join(out, "Regional_analys_2025-2_Pendling_Gavleborg_Stockholm.pdf"), s,
             "Region Gävleborg | Rapport 2025:2 | Pendling mellan Gävleborg och Stockholmsregionen",
             "Pendling mellan Gävleborg och Stockholmsregionen", "Region Gävleborg")
    return tot23, tot18


# ------------------------------------------------ 6. Avsiktsförklaring DOCX
def avsiktsforklaring(out):
    d = Document()
    d.core_properties.title = "Avsiktsförklaring om kompetensförsörjning för elektrifiering"
    d.core_properties.author = "Region Gävleborg"
    d.add_heading("Avsiktsförklaring om samverkan för kompetensförsörjning inom elektrifiering "
                  "i Dalarna och Gävleborg", 0)
    d.add_heading("1. Parter", 1)
    for p in ["Region Dalarna (org.nr 232100-0180)", "Region Gävleborg (org.nr 232100-0198)",
              "Högskolan Dalarna", "Högskolan i Gävle", "Arbetsförmedlingen"]:
        d.add_paragraph(p, style="List Number")
    d.add_heading("2. Bakgrund", 1)
    d.add_paragraph(
        "Omställningen till elektrifierad industri och transport i Dalarna och Gävleborg skapar ett stort behov "
        "av elkraftsingenjörer, elektriker, drifttekniker och automationstekniker. Enligt parternas gemensamma "
        "behovsanalys från hösten 2024 behöver arbetsgivarna i de två länen rekrytera omkring 3 500 personer "
        "med sådan kompetens fram till 2030.")
    d.add_heading("3. Syfte och mål", 1)
    d.add_paragraph(
        "Syftet med avsiktsförklaringen är att parterna ska samordna sina insatser för utbildning, validering "
        "och matchning inom elektrifieringsområdet. Målet är att minst 600 personer ska ha påbörjat en "
        "utbildning inom elektrifiering genom parternas gemensamma insatser senast den 31 maj 2028.")
    d.add_heading("4. Parternas åtaganden", 1)
    for t in ["Region Dalarna och Region Gävleborg samordnar arbetet, ansvarar för den gemensamma behovsanalysen "
              "och för dialogen med länens kommuner.",
              "Högskolan Dalarna och Högskolan i Gävle utvecklar korta kurser och uppdragsutbildningar inom elkraft "
              "och automation, med start senast höstterminen 2026.",
              "Arbetsförmedlingen bidrar med arbetsmarknadsutbildningar, matchning och information om "
              "arbetssökande med relevant bakgrund."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("5. Organisation", 1)
    d.add_paragraph(
        "Samverkan leds av en styrgrupp med en företrädare för varje part. Styrgruppen ska träffas minst fyra "
        "gånger per år. Ordförandeskapet roterar årsvis och innehas det första året av Region Gävleborg. "
        "Under styrgruppen finns en arbetsgrupp som samordnas av en processledare anställd av Region Dalarna.")
    d.add_heading("6. Ekonomi", 1)
    d.add_paragraph(
        "Avsiktsförklaringen innebär inga ekonomiska åtaganden. Varje part bär sina egna kostnader. Gemensamma "
        "projekt och ansökningar om extern finansiering beslutas i särskild ordning.")
    d.add_heading("7. Giltighet och uppsägning", 1)
    d.add_paragraph(
        "Avsiktsförklaringen gäller från och med den 1 juni 2025 till och med den 31 maj 2028 och kan förlängas "
        "efter överenskommelse. En part kan säga upp sin medverkan skriftligen med sex månaders uppsägningstid.")
    d.add_heading("8. Underskrifter", 1)
    d.add_paragraph("Gävle den 27 maj 2025")
    for n, r in [("Ulrika Lindqvist", "ordförande, regionala utvecklingsnämnden, Region Dalarna"),
                 ("Per Arvidsson", "regionråd, Region Gävleborg"),
                 ("Karin Nordström", "rektor, Högskolan Dalarna"),
                 ("Mikael Sandberg", "rektor, Högskolan i Gävle"),
                 ("Eva Strand", "marknadsområdeschef, Arbetsförmedlingen")]:
        d.add_paragraph(f"{n}, {r}")
    d.save(os.path.join(out, "Avsiktsforklaring_elektrifiering_Dalarna_Gavleborg.docx"))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    verksamhetsberattelse(out)
    res = tilldelningsbeslut(out)
    total = projektplan(out)
    tot23, tot18 = regional_analys(out)
    personalhandbok(out)
    avsiktsforklaring(out)
    print("Tilldelning:", res)
    print("Projektbudget:", total)
    print("Pendlare 2023/2018:", tot23, tot18)


if __name__ == "__main__":
    main()
