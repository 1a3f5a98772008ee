"""Round 92: build six realistic Swedish public-sector files (Gotland, Kronoberg, Jämtland).

Usage: python r92_make_files.py OUT_DIR
"""
import random
import sys
from pathlib import Path

import pandas as pd
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

SEED = 92
random.seed(SEED)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold",
                              italic="DejaVu", boldItalic="DejaVu-Bold")

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["BodyText"], fontName="DejaVu", fontSize=9.5,
                      leading=13, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="DejaVu-Bold", fontSize=17,
                    leading=21, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="DejaVu-Bold", fontSize=12.5,
                    leading=16, spaceBefore=6, spaceAfter=5)
H3 = ParagraphStyle("h3", parent=ss["Heading3"], fontName="DejaVu-Bold", fontSize=10.5,
                    leading=13, spaceBefore=4, spaceAfter=3)
TITLE = ParagraphStyle("title", parent=H1, fontSize=24, leading=30, alignment=TA_CENTER)
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)


# --------------------------------------------------------------------------------------------
# 1. Besöksnäringsstrategi Gotland (PDF, 6 sidor, vissa sidor i två spalter)
# --------------------------------------------------------------------------------------------
def strategy_pdf(path: Path) -> None:
    W, H = A4
    margin = 20 * mm
    gap = 8 * mm
    colw = (W - 2 * margin - gap) / 2

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVu", 7.5)
        canvas.drawString(margin, H - 12 * mm,
                          "Region Gotland · Strategi för hållbar besöksnäring 2024–2030")
        canvas.drawRightString(W - margin, H - 12 * mm, "Dnr RS 2023/1142")
        canvas.drawCentredString(W / 2, 10 * mm, f"Sida {doc.page} av 6")
        canvas.restoreState()

    one = Frame(margin, 18 * mm, W - 2 * margin, H - 36 * mm, id="one")
    left = Frame(margin, 18 * mm, colw, H - 36 * mm, id="left")
    right = Frame(margin + colw + gap, 18 * mm, colw, H - 36 * mm, id="right")
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Strategi för hållbar besöksnäring på "
                          "Gotland 2024–2030", author="Region Gotland")
    doc.addPageTemplates([PageTemplate("one", [one], onPage=deco),
                          PageTemplate("two", [left, right], onPage=deco)])
    s = []
    # --- Sida 1
    s += [Spacer(1, 30 * mm), Paragraph("Strategi för hållbar besöksnäring på Gotland "
                                        "2024–2030", TITLE), Spacer(1, 6 * mm),
          Paragraph("Antagen av regionstyrelsen 2024-03-27, § 68", CENTER),
          Paragraph("Diarienummer RS 2023/1142", CENTER), Spacer(1, 14 * mm),
          Paragraph("Förord", H2),
          Paragraph("Besöksnäringen är en av Gotlands viktigaste basnäringar. Den skapar "
                    "arbetstillfällen, underlag för service och ett rikare kulturliv för alla "
                    "som bor på ön. Samtidigt är trycket under sommarmånaderna stort på vatten, "
                    "avlopp, transporter och natur. Med den här strategin vill Region Gotland "
                    "tillsammans med näringen, föreningslivet och myndigheterna ta nästa steg "
                    "mot en besöksnäring som är lönsam året runt och som tar ansvar för ön.",
                    BODY),
          Paragraph("Strategin har tagits fram under 2023 i dialog med drygt 140 företag, "
                    "Inspiration Gotland, Gotlands Besöksnäring, Länsstyrelsen i Gotlands län "
                    "och Uppsala universitet – Campus Gotland. Den ersätter "
                    "Besöksnäringsstrategi 2017–2023.", BODY),
          Paragraph("Visby i mars 2024<br/>Tove Ahlqvist, regionstyrelsens ordförande", BODY),
          Paragraph("Sammanfattning", H2),
          Paragraph("Strategin pekar ut fem prioriterade områden (avsnitt 3), sex mätbara mål "
                    "med målnivåer för 2030 (avsnitt 4) och en tydlig ansvarsfördelning "
                    "(avsnitt 5). Det övergripande målet är att besöksnäringens omsättning ska "
                    "öka till 6,2 miljarder kronor 2030 samtidigt som klimatpåverkan från "
                    "resor till och på ön minskar.", BODY),
          NextPageTemplate("two"), PageBreak()]
    # --- Sida 2 (två spalter): Bakgrund och nuläge
    s += [Paragraph("2. Bakgrund och nuläge", H2),
          Paragraph("2.1 Besöksnäringen i siffror", H3),
          Paragraph("Under 2023 registrerades 1 412 000 kommersiella gästnätter på Gotland "
                    "(hotell, stugbyar, vandrarhem, camping och förmedlade privata boenden). "
                    "Det är en ökning med 4 procent jämfört med 2022 men fortfarande 2 procent "
                    "under rekordåret 2019.", BODY),
          Paragraph("Besöksnäringens omsättning uppgick till 4,6 miljarder kronor och "
                    "näringen sysselsatte cirka 3 300 årsverken, varav ungefär hälften under "
                    "perioden juni–augusti.", BODY),
          Paragraph("2.2 Säsong", H3),
          Paragraph("Säsongsberoendet är fortsatt stort. 62 procent av gästnätterna 2023 "
                    "inföll under juni, juli och augusti, och enbart veckan med Almedalsveckan "
                    "och Medeltidsveckan står för en betydande del av omsättningen i Visby. "
                    "Andelen gästnätter under september–maj var 38 procent.", BODY),
          Paragraph("2.3 Transporter", H3),
          Paragraph("Nästan alla besökare reser till ön med färja via Nynäshamn eller "
                    "Oskarshamn eller med flyg till Visby flygplats. Färjetrafiken står för "
                    "den största delen av besöksnäringens klimatpåverkan. Andelen resenärer "
                    "som reste med fossilfritt bränsle till ön uppskattas till 9 procent 2023.",
                    BODY),
          FrameBreak(),
          Paragraph("2.4 Internationella besökare", H3),
          Paragraph("Av de kommersiella gästnätterna 2023 var 18 procent utländska. De "
                    "största utländska marknaderna var Tyskland, Finland och Norge. "
                    "Kryssningstrafiken till Visby hamn omfattade 74 anlöp med sammanlagt "
                    "cirka 112 000 passagerare.", BODY),
          Paragraph("2.5 Invånarnas syn", H3),
          Paragraph("I Region Gotlands medborgarundersökning hösten 2023 svarade 71 procent "
                    "att de var positiva till turismen på ön. Samtidigt uppgav många att "
                    "trängsel, parkering och vattenbrist under högsäsong är ett problem.",
                    BODY),
          Paragraph("2.6 Utmaningar", H3),
          Paragraph("Den nulägesanalys som gjordes 2023 pekar på fyra huvudsakliga "
                    "utmaningar: korta säsonger och låg beläggning under vinterhalvåret, "
                    "svårigheter att rekrytera och behålla personal, hög klimatpåverkan från "
                    "resorna samt begränsad tillgång till vatten under sommaren.", BODY),
          Paragraph("Endast 54 procent av de anställda i besöksnäringen hade 2023 en "
                    "helårsanställning. Nöjd-Besökar-Index (NPS) i Inspiration Gotlands "
                    "besökarundersökning låg på 38.", BODY),
          NextPageTemplate("one"), PageBreak()]
    # --- Sida 3: Vision och prioriterade områden
    prios = [
        ("Förlängd säsong", "Fler anledningar att besöka Gotland under vår, höst och vinter, "
         "bland annat genom mat-, kultur- och mötesarrangemang samt samordnade öppettider."),
        ("Hållbara resor till och på ön", "Minska klimatpåverkan från resorna genom "
         "fossilfria färjor, bättre kollektivtrafik till besöksmål och cykelinfrastruktur."),
        ("Kompetensförsörjning och attraktiva arbetsplatser", "Fler helårsanställningar, "
         "utbildningar i samverkan med Campus Gotland och boende för säsongsanställda."),
        ("Natur- och kulturarv som resurs", "Värna världsarvet Hansestaden Visby, "
         "naturreservaten och Fårö genom besöksstyrning och lokala avgifter där det behövs."),
        ("Digitalisering och kunskap", "Gemensam besöksdata, digital bokning och en årlig "
         "besöksnäringsrapport som grund för beslut."),
    ]
    s += [Paragraph("3. Vision och prioriterade områden", H2),
          Paragraph("<b>Vision 2030:</b> Gotland är Östersjöns mest hållbara ö att besöka – "
                    "året runt.", BODY),
          Paragraph("Strategin prioriterar följande fem områden. Numreringen anger inte en "
                    "inbördes rangordning, men område 1 och 2 ska särskilt prioriteras i "
                    "regionens egna budgetbeslut 2024–2026.", BODY)]
    for i, (t, d) in enumerate(prios, 1):
        s.append(Paragraph(f"<b>{i}. {t}.</b> {d}", BODY))
    s += [Paragraph("3.1 Principer", H3),
          Paragraph("Allt arbete inom strategin ska utgå från tre principer: hållbarhet i alla "
                    "tre dimensionerna (ekologisk, social och ekonomisk), samverkan mellan "
                    "offentliga och privata aktörer samt att beslut ska grundas på data.", BODY),
          Paragraph("3.2 Koppling till andra styrdokument", H3),
          Paragraph("Strategin bidrar till Gotlands regionala utvecklingsstrategi (RUS) "
                    "Vårt Gotland 2040, Region Gotlands energiplan och den nationella strategin "
                    "för hållbar turism och växande besöksnäring.", BODY),
          PageBreak()]
    # --- Sida 4: Mål (tabell)
    goals = [
        ["Mål", "Indikator", "Målnivå 2030"],
        ["1. Längre säsong", "Andel kommersiella gästnätter under september–maj",
         "45 % (2023: 38 %)"],
        ["2. Ökad lönsamhet", "Besöksnäringens omsättning", "6,2 miljarder kr (2023: 4,6)"],
        ["3. Minskad klimatpåverkan", "Andel resenärer som reser med fossilfritt bränsle "
         "till ön", "50 % (2023: 9 %)"],
        ["4. Nöjda besökare", "Nöjd-Besökar-Index (NPS)", "minst 45 (2023: 38)"],
        ["5. Attraktiva arbetsplatser", "Andel helårsanställda i besöksnäringen",
         "70 % (2023: 54 %)"],
        ["6. Lokal acceptans", "Andel invånare som är positiva till turismen",
         "minst 80 % (2023: 71 %)"],
    ]
    tdata = [[Paragraph(c if r else f"<b>{c}</b>", BODY) for c in row]
             for r, row in enumerate(goals)]
    t = Table(tdata, colWidths=[45 * mm, 75 * mm, 45 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [Paragraph("4. Mål och indikatorer", H2),
          Paragraph("Tabell 1 visar strategins sex mål med indikatorer och målnivåer för "
                    "2030. Utgångsvärdet för 2023 anges inom parentes.", BODY),
          Paragraph("Tabell 1. Mål, indikatorer och målnivåer", H3), t, Spacer(1, 6 * mm),
          Paragraph("Målen följs upp årligen i besöksnäringsrapporten. Indikatorerna för mål 1 "
                    "och 2 hämtas från SCB:s inkvarteringsstatistik respektive den regionala "
                    "TEM-analysen; mål 3 och 4 från Inspiration Gotlands besökarundersökning; "
                    "mål 5 från branschens lönestatistik och mål 6 från "
                    "medborgarundersökningen.", BODY),
          NextPageTemplate("two"), PageBreak()]
    # --- Sida 5 (två spalter): Ansvar och roller
    s += [Paragraph("5. Ansvar och roller", H2),
          Paragraph("Genomförandet bygger på att varje aktör tar ansvar för sin del. "
                    "Ansvarsfördelningen nedan har stämts av med samtliga parter.", BODY),
          Paragraph("Regionstyrelsen", H3),
          Paragraph("Äger strategin, beslutar om revidering och tar emot den årliga "
                    "uppföljningen i maj varje år.", BODY),
          Paragraph("Näringslivsenheten, Region Gotland", H3),
          Paragraph("Samordnar genomförandet och är sekretariat för Besöksnäringsrådet. "
                    "Samordnare för strategin är Karin Wahlström, "
                    "besöksnäringsutvecklare.", BODY),
          Paragraph("Inspiration Gotland", H3),
          Paragraph("Ansvarar för destinationsmarknadsföring, evenemangsstrategin och "
                    "besökarundersökningen samt leder arbetet med prioriterat område 1, "
                    "Förlängd säsong.", BODY),
          Paragraph("Gotlands Besöksnäring", H3),
          Paragraph("Branschorganisationen företräder företagen, driver "
                    "kompetensinsatser tillsammans med Campus Gotland och leder område 3.",
                    BODY),
          FrameBreak(),
          Paragraph("Samhällsbyggnadsförvaltningen", H3),
          Paragraph("Ansvarar för planering av vatten och avlopp, parkering, cykelvägar och "
                    "kollektivtrafik till besöksmålen (område 2).", BODY),
          Paragraph("Länsstyrelsen i Gotlands län", H3),
          Paragraph("Förvaltar naturreservaten och ansvarar för besöksstyrning i skyddade "
                    "områden (område 4) tillsammans med Region Gotland.", BODY),
          Paragraph("Uppsala universitet – Campus Gotland", H3),
          Paragraph("Bidrar med utbildning inom besöksnäring och kulturarvsförvaltning samt "
                    "analys av besöksdata (område 5).", BODY),
          Paragraph("Besöksnäringsrådet", H3),
          Paragraph("Rådgivande forum med representanter för samtliga aktörer ovan. Rådet "
                    "sammanträder fyra gånger per år och leds av regionstyrelsens ordförande.",
                    BODY),
          NextPageTemplate("one"), PageBreak()]
    # --- Sida 6: Uppföljning och finansiering
    s += [Paragraph("6. Genomförande, uppföljning och finansiering", H2),
          Paragraph("6.1 Handlingsplan", H3),
          Paragraph("Strategin genomförs genom en handlingsplan som tas fram vartannat år. "
                    "Den första handlingsplanen gäller 2024–2025 och fastställs av "
                    "regionstyrelsen senast i juni 2024.", BODY),
          Paragraph("6.2 Uppföljning", H3),
          Paragraph("Näringslivsenheten sammanställer en besöksnäringsrapport varje år som "
                    "redovisas för regionstyrelsen i maj. En halvtidsutvärdering genomförs "
                    "2027 av extern utvärderare, och strategin revideras senast 2030.", BODY),
          Paragraph("6.3 Finansiering", H3),
          Paragraph("Region Gotland avsätter 3,5 miljoner kronor per år 2024–2026 för "
                    "genomförandet av handlingsplanen, varav 1,2 miljoner kronor till "
                    "insatser för förlängd säsong. Därutöver förväntas aktörerna finansiera "
                    "sina egna åtaganden och söka extern medfinansiering, till exempel från "
                    "Europeiska regionala utvecklingsfonden (ERUF) och Tillväxtverket.", BODY),
          Paragraph("6.4 Kontakt", H3),
          Paragraph("Karin Wahlström, näringslivsenheten, Region Gotland, "
                    "karin.wahlstrom@gotland.se, 0498-26 91 40.", BODY)]
    doc.build(s)


# --------------------------------------------------------------------------------------------
# 2. Minnesanteckningar styrgrupp (DOCX)
# --------------------------------------------------------------------------------------------
def meeting_docx(path: Path) -> None:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph("REGION KRONOBERG\nRegional utveckling")
    p.runs[0].bold = True
    d.add_heading("Minnesanteckningar – Styrgruppen för smart specialisering i Kronoberg", 1)
    d.add_paragraph("Datum: 2024-09-18, kl. 09.00–12.00\nPlats: Regionhuset, Växjö, "
                    "sammanträdesrum Kronan\nDiarienummer: 24RK1587")
    members = ["Maria Bergquist, regionråd (ordförande)", "Henrik Sandell, Linnéuniversitetet",
               "Anneli Törnqvist, Almi Företagspartner Kronoberg",
               "Oskar Mårtensson, Länsstyrelsen i Kronobergs län",
               "Sofia Lindh, Växjö kommun", "Per Axelsson, Södra Skogsägarna",
               "Emma Karlsson, Företagarna Kronoberg"]
    rest = members[1:]
    random.shuffle(rest)
    members = [members[0]] + rest
    d.add_paragraph("Närvarande: " + "; ".join(members) + ".")
    d.add_paragraph("Övriga: Jonas Ek, utvecklingsstrateg (sekreterare); Sara Lind, "
                    "projektledare Kronoberg Innovation Arena (punkt 3–4).")
    d.add_paragraph("Förhinder: Magnus Ljung, Ljungby kommun.")
    d.add_heading("Dagordning", 2)
    agenda = [("09.00", "1. Mötets öppnande och godkännande av dagordning", "Maria Bergquist"),
              ("09.05", "2. Föregående minnesanteckningar (2024-06-05)", "Jonas Ek"),
              ("09.15", "3. Lägesrapport Kronoberg Innovation Arena", "Sara Lind"),
              ("09.45", "4. Ansökan om regional medfinansiering – Skogens nya värden",
               "Sara Lind"),
              ("10.30", "5. Revidering av handlingsplanen för smart specialisering (S3)",
               "Jonas Ek"),
              ("11.15", "6. Innovationscheckar 2024–2025", "Anneli Törnqvist"),
              ("11.45", "7. Övriga frågor", "Alla"),
              ("11.55", "8. Nästa möte och avslutning", "Maria Bergquist")]
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Tid", "Punkt", "Föredragande"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for row in agenda:
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    def point(title, text, beslut):
        d.add_heading(title, 2)
        for t in text:
            d.add_paragraph(t)
        bp = d.add_paragraph()
        r = bp.add_run("Beslut: ")
        r.bold = True
        bp.add_run(beslut)

    point("1. Mötets öppnande och godkännande av dagordning",
          ["Ordföranden Maria Bergquist hälsade välkommen och öppnade mötet."],
          "Dagordningen godkändes med tillägg av en övrig fråga om Kronobergsdagen.")
    point("2. Föregående minnesanteckningar",
          ["Minnesanteckningarna från mötet 2024-06-05 gicks igenom. Samtliga åtgärdspunkter "
           "är genomförda utom uppdraget att ta fram en gemensam indikatoruppsättning, som "
           "redovisas på nästa möte."],
          "Minnesanteckningarna lades till handlingarna.")
    point("3. Lägesrapport Kronoberg Innovation Arena",
          ["Sara Lind redovisade läget. Arenan har sedan starten i januari 2024 haft 46 "
           "företagskontakter, genomfört 5 behovsinventeringar och startat 3 "
           "samverkansprojekt med Linnéuniversitetet. Rekryteringen av en "
           "affärsutvecklare med inriktning på skog och trä är klar; tjänsten tillträds "
           "1 november 2024."],
          "Styrgruppen noterade lägesrapporten och gav Sara Lind i uppdrag att till nästa "
          "möte presentera en plan för hur arenan ska nå fler företag utanför Växjö.")
    point("4. Ansökan om regional medfinansiering – Skogens nya värden",
          ["Projektet Skogens nya värden drivs av Linnéuniversitetet tillsammans med Södra "
           "och Almi och syftar till att utveckla nya produkter och tjänster baserade på "
           "skogsråvara. Projektet söker stöd från Europeiska regionala utvecklingsfonden "
           "(ERUF) inom programmet Småland och Öarna. Total budget är 9 600 000 kronor för "
           "perioden 2025-01-01–2026-12-31.",
           "Per Axelsson anmälde jäv och deltog inte i behandlingen av ärendet."],
          "Styrgruppen tillstyrker regional medfinansiering med 1 200 000 kronor för perioden "
          "2025–2026, under förutsättning att ERUF-ansökan beviljas. Slutligt beslut fattas av "
          "regionala utvecklingsnämnden den 23 oktober 2024.")
    point("5. Revidering av handlingsplanen för smart specialisering (S3)",
          ["Jonas Ek presenterade utkastet till reviderad handlingsplan. De tre "
           "styrkeområdena Skog och trä, Avancerad tillverkning samt Digitala tjänster och "
           "e-handel ligger kvar. Ett nytt tvärgående område, Energiomställning, föreslås.",
           "Diskussionen gällde främst hur energiomställningen ska avgränsas mot den regionala "
           "energi- och klimatstrategin."],
          "Utkastet skickas på remiss den 1 oktober 2024 med sista svarsdag den 15 november "
          "2024. Energiomställning tas in som tvärgående område. Jonas Ek ansvarar för "
          "remissen.")
    point("6. Innovationscheckar 2024–2025",
          ["Anneli Törnqvist redogjorde för erfarenheterna från 2023, då 14 företag fick "
           "innovationscheckar. Almi föreslår att utlysningen görs om med en tydligare "
           "inriktning mot hållbarhet."],
          "En ny utlysning av innovationscheckar genomförs med en total budget på 800 000 "
          "kronor. Varje företag kan få högst 100 000 kronor. Utlysningen öppnar den 14 "
          "oktober 2024 och Almi Företagspartner Kronoberg administrerar den.")
    point("7. Övriga frågor",
          ["Emma Karlsson informerade om Kronobergsdagen den 6 december 2024 på Videum "
           "Science Park, där smart specialisering får ett eget pass."],
          "Jonas Ek samordnar styrgruppens medverkan på Kronobergsdagen.")
    d.add_heading("8. Nästa möte", 2)
    d.add_paragraph("Nästa möte: onsdag 2024-11-27 kl. 13.00–16.00 på Videum Science Park, "
                    "Växjö. Handlingar skickas ut senast en vecka före mötet.")
    d.add_paragraph("Ordföranden tackade för ett konstruktivt möte och avslutade mötet.")
    d.add_paragraph("Vid anteckningarna\nJonas Ek\n\nJusteras\nMaria Bergquist")
    d.add_heading("Förkortningar", 2)
    for a in ["ERUF – Europeiska regionala utvecklingsfonden",
              "S3 – Smart specialiseringsstrategi (Smart Specialisation Strategy)",
              "RUN – Regionala utvecklingsnämnden",
              "KIA – Kronoberg Innovation Arena"]:
        d.add_paragraph(a, style="List Bullet")
    d.save(str(path))


# --------------------------------------------------------------------------------------------
# 3. Rutin för diarieföring och arkivering (Markdown)
# --------------------------------------------------------------------------------------------
ROUTINE = """# Rutin för diarieföring och arkivering

**Region Jämtland Härjedalen – Regional utveckling**
Dokumenttyp: Rutin · Version 2.1 · Fastställd 2023-05-10 av avdelningschef Per-Olof Strand
Dokumentansvarig: Eva Nordin, registrator · Gäller för: samtliga medarbetare inom Regional utveckling

## Syfte

Rutinen ska säkerställa att allmänna handlingar registreras, hanteras och arkiveras enligt
offentlighets- och sekretesslagen (OSL), arkivlagen och regionens dokumenthanteringsplan, så att
allmänheten får insyn och att handlingar kan återsökas.

## Ansvar

| Roll | Ansvar |
|---|---|
| Registrator | Registrerar inkommande handlingar, öppnar ärenden i Platina och kontrollerar kvaliteten i diariet varje månad. |
| Handläggare | Ser till att upprättade handlingar i egna ärenden diarieförs, gör sekretessbedömning och avslutar ärendet. |
| Enhetschef | Ansvarar för att rutinen följs inom enheten och att nyanställda får introduktion i Platina. |
| Arkivredogörare | Lars Hallberg ansvarar för leveranser till regionarkivet och för gallring enligt dokumenthanteringsplanen. |

## Steg för steg

1. **Inkommande handlingar**
   - 1.1 Handlingar som kommer in till avdelningen ska registreras i Platina senast arbetsdagen efter att de kommit in.
   - 1.2 Pappershandlingar skannas av registrator. Originalet sparas i pärm märkt med diarienummer tills ärendet är avslutat.
   - 1.3 Om handlingen kan innehålla sekretessuppgifter markeras den "Sekretess enligt OSL" och lämnas direkt till handläggaren utan att skannas in öppet. Registrator registrerar endast uppgifter som inte omfattas av sekretess.
   - 1.4 Handlingar som uppenbart saknar betydelse för verksamheten (till exempel reklam och inbjudningar av allmän karaktär) behöver inte registreras.

2. **Upprättade handlingar**
   - 2.1 En handling är upprättad när den har expedierats (skickats ut) eller när ärendet är slutbehandlat.
   - 2.2 Handläggaren registrerar själv upprättade handlingar i Platina i samband med att de expedieras.
   - 2.3 Tjänsteskrivelser och beslut ska ha diarienummer i sidhuvudet.

3. **E-post**
   - 3.1 E-post som är allmän handling ska registreras på samma sätt som andra handlingar.
   - 3.2 E-post som rör ett ärende och som kommer till en medarbetares personliga inkorg ska vidarebefordras till den funktionella brevlådan regionalutveckling.diarium@regionjh.se inom två arbetsdagar. Ange diarienummer i ämnesraden om det finns.
   - 3.3 Vid frånvaro längre än tre dagar ska medarbetaren ha ett autosvar som hänvisar till den funktionella brevlådan.

4. **Avslut av ärende**
   - 4.1 Handläggaren avslutar ärendet i Platina när beslut har fattats och expedierats.
   - 4.2 Innan ärendet avslutas kontrollerar handläggaren att alla handlingar finns i akten och att arbetsmaterial som inte ska bevaras har gallrats.
   - 4.3 Handlingar av tillfällig eller ringa betydelse får gallras enligt dokumenthanteringsplanen, avsnitt 4.2.

5. **Arkivering**
   - 5.1 Avslutade ärenden ligger kvar i Platina och överlämnas till regionarkivet (e-arkivet) två år efter att de avslutats.
   - 5.2 Handlingar i EU-finansierade projekt ska bevaras i minst tio år räknat från det datum då slutrapporten godkändes av förvaltande myndighet. Akten märks "EU-projekt – bevaras".
   - 5.3 Arkivredogöraren gör en leverans till regionarkivet två gånger per år, i mars och i oktober.

## Frågor

Frågor om rutinen besvaras av registrator Eva Nordin, tfn 063-14 76 20. Frågor om arkivering
besvaras av arkivredogörare Lars Hallberg.

## Revisionshistorik

| Version | Datum | Ändring | Beslutad av |
|---|---|---|---|
| 1.0 | 2019-02-01 | Första versionen av rutinen. | Avdelningschef Kristina Holm |
| 1.1 | 2020-09-15 | Nytt avsnitt om e-post och funktionell brevlåda (steg 3). | Avdelningschef Kristina Holm |
| 2.0 | 2022-01-10 | Övergång från W3D3 till Platina; registrering senast arbetsdagen efter ankomst. | Avdelningschef Per-Olof Strand |
| 2.1 | 2023-05-10 | Nytt steg 5.2 om bevarandetid för handlingar i EU-projekt; leveranser till regionarkivet två gånger per år. | Avdelningschef Per-Olof Strand |
"""

# --------------------------------------------------------------------------------------------
# 4. International cooperation policy summary (English TXT)
# --------------------------------------------------------------------------------------------
INTL = """REGION KRONOBERG
International Cooperation Policy 2024–2027 – Summary

Adopted by the Regional Executive Board (regionstyrelsen) on 12 March 2024, reference 23RK2211.

1. Purpose
Region Kronoberg takes part in international cooperation to strengthen regional development in
Kronoberg: to attract knowledge, funding and talent to the region and to contribute to a safe and
sustainable Baltic Sea region. International work is a tool for reaching the goals of the regional
development strategy (RUS) Gröna Kronoberg 2025, not a goal in itself.

2. Priorities
The policy sets four priorities for 2024–2027:
  a) Green transition and forest-based bioeconomy
  b) Skills supply and talent attraction
  c) Innovation and internationalisation of small and medium-sized enterprises (SMEs)
  d) Democracy and civil society in the Baltic Sea region, including cooperation with Ukraine

3. Partners
Region Kronoberg has formal partnership agreements with:
  - Warmia-Masuria Voivodeship (Poland), since 2009 – focus on bioeconomy and education
  - Kaunas County (Lithuania), since 2016 – focus on SMEs and innovation
  - Volyn Oblast (Ukraine), since 2023 – focus on democracy, public administration and
    reconstruction
In addition, Region Kronoberg is a member of the Euroregion Baltic (ERB), the Conference of
Peripheral Maritime Regions (CPMR) Baltic Sea Commission, and the South Sweden European Office in
Brussels together with Region Blekinge, Region Kalmar län and Region Skåne.

4. Budget
The annual budget for international cooperation is SEK 4.8 million, taken from the regional
development budget. Of this, SEK 2.1 million is the membership fee and staff cost for the Brussels
office, SEK 1.5 million is set aside as co-financing for EU projects (mainly Interreg South Baltic
and Interreg Baltic Sea Region), and SEK 1.2 million covers partnership activities and exchanges.
Co-financing from the international budget is normally limited to at most 20 percent of a
project's total budget.

5. Decision-making
New partnership agreements are decided by the Regional Executive Board. The Regional Development
Committee (regionala utvecklingsnämnden) decides on co-financing above SEK 300 000; smaller amounts
are decided by the Head of Regional Development.

6. Follow-up
The International Coordinator reports on international activities to the Regional Development
Committee once a year, in February. The policy will be evaluated in 2026.

7. Contact
Linnea Håkansson, International Coordinator, Regional Development
linnea.hakansson@kronoberg.se, +46 470 58 30 12
"""


# --------------------------------------------------------------------------------------------
# 5. Skrivelse till departement (PDF)
# --------------------------------------------------------------------------------------------
def letter_pdf(path: Path) -> None:
    W, H = A4
    margin = 25 * mm

    def head(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVu-Bold", 15)
        canvas.drawString(margin, H - 22 * mm, "Region Jämtland Härjedalen")
        canvas.setFont("DejaVu", 8)
        canvas.drawString(margin, H - 27 * mm, "Regionstyrelsen · Box 654, 831 27 Östersund · "
                          "063-14 75 00 · region@regionjh.se")
        canvas.setLineWidth(0.8)
        canvas.line(margin, H - 30 * mm, W - margin, H - 30 * mm)
        canvas.setFont("DejaVu", 9)
        canvas.drawRightString(W - margin, H - 38 * mm, "SKRIVELSE")
        canvas.drawRightString(W - margin, H - 43 * mm, "Datum: 2024-10-08")
        canvas.drawRightString(W - margin, H - 48 * mm, "Diarienummer: RS/1187/2024")
        canvas.setFont("DejaVu", 7.5)
        canvas.drawCentredString(W / 2, 12 * mm, f"Sida {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=55 * mm, bottomMargin=22 * mm,
                            title="Skrivelse om transporter i Jämtland Härjedalen",
                            author="Region Jämtland Härjedalen")
    demands = [
        "regeringen ger Trafikverket i uppdrag att tidigarelägga upprustningen av Mittbanan på "
        "sträckan Östersund–Storlien, så att arbetet kan starta senast 2026 i stället för "
        "2029 som i nuvarande nationell plan.",
        "nattågstrafiken Stockholm–Östersund–Storlien upphandlas av staten för en "
        "sammanhängande period om minst sju år, 2026–2032, så att besöksnäringen kan planera "
        "långsiktigt.",
        "det statliga driftbidraget till Inlandsbanan AB höjs med 40 miljoner kronor per år "
        "från och med 2025, och att bidraget indexeras.",
        "Sveg flygplats omfattas av det statliga driftstödet till regionala flygplatser från "
        "och med 2025, med minst 6 miljoner kronor per år.",
        "staten avsätter 120 miljoner kronor under perioden 2025–2028 för "
        "trafiksäkerhetsåtgärder på E14 mellan Östersund och Åre, där olyckstalen är bland de "
        "högsta i länet.",
    ]
    s = [Paragraph("Landsbygds- och infrastrukturdepartementet<br/>103 33 Stockholm", BODY),
         Spacer(1, 8 * mm),
         Paragraph("Transporter för en levande region – förslag från Region Jämtland "
                   "Härjedalen", H2),
         Paragraph("Region Jämtland Härjedalen är till ytan en av Sveriges största regioner men "
                   "har endast 132 000 invånare. Avstånden är långa och möjligheten att resa "
                   "och transportera gods är avgörande för att företag ska kunna växa och för "
                   "att besöksnäringen – som omsätter över 7 miljarder kronor per år i länet – "
                   "ska kunna utvecklas. Samtidigt har järnvägen i länet stora "
                   "underhållsbehov, och flera av de statliga stöden till trafik i glesbygd "
                   "har inte räknats upp på många år.", BODY),
         Paragraph("Regionstyrelsen beslutade den 1 oktober 2024 (§ 212) att överlämna "
                   "följande förslag till regeringen inför arbetet med nästa nationella plan "
                   "för transportinfrastrukturen.", BODY),
         Paragraph("Våra förslag", H3)]
    for i, dtext in enumerate(demands, 1):
        s.append(Paragraph(f"{i}. Region Jämtland Härjedalen föreslår att {dtext}", BODY))
    s += [Paragraph("Motivering", H3),
          Paragraph("Mittbanan är den enda elektrifierade järnvägsförbindelsen mellan "
                    "Östersund och Trondheim. Hastighetsnedsättningar på grund av eftersatt "
                    "underhåll ökade restiden med i genomsnitt 25 minuter under 2023. "
                    "Inlandsbanan är viktig för godstransporter från skogsindustrin, och "
                    "Inlandsbanan AB har aviserat att delar av banan kan behöva stängas om "
                    "bidraget inte höjs.", BODY),
          Paragraph("Nattåget är den viktigaste förbindelsen för vinterturismen i Åre och "
                    "Storlien. Under säsongen 2023/24 reste drygt 94 000 resenärer med "
                    "nattåget till eller från länet.", BODY),
          Paragraph("Region Jämtland Härjedalen deltar gärna i fortsatt dialog med "
                    "departementet och Trafikverket. Kontaktperson för ärendet är "
                    "infrastrukturstrateg Ola Persson, ola.persson@regionjh.se, "
                    "063-14 78 05.", BODY),
          Spacer(1, 8 * mm),
          Paragraph("För Region Jämtland Härjedalen", BODY),
          Spacer(1, 10 * mm)]
    sig = Table([[Paragraph("Anna-Karin Sjölander<br/>Regionstyrelsens ordförande", BODY),
                  Paragraph("Mikael Forsberg<br/>Regiondirektör", BODY)]],
                colWidths=[75 * mm, 75 * mm])
    s += [sig, Spacer(1, 8 * mm),
          Paragraph("Kopia till: Trafikverket Region Nord; Länsstyrelsen i Jämtlands län; "
                    "Härjedalens kommun; Åre kommun", SMALL)]
    doc.build(s, onFirstPage=head, onLaterPages=head)


# --------------------------------------------------------------------------------------------
# 6. CSV över öppna utlysningar
# --------------------------------------------------------------------------------------------
def calls_csv(path: Path) -> None:
    rows = [
        ("Regionala projektmedel 2025 (1:1) – Region Gotland", "2025-01-13", "2025-03-14",
         "högst 2 000 000 kr per projekt", "Karin Wahlström, karin.wahlstrom@gotland.se"),
        ("Evenemangsstöd lågsäsong – Region Gotland", "2024-11-01", "2025-02-28",
         "högst 150 000 kr", "Inspiration Gotland, evenemang@inspirationgotland.se"),
        ("Innovationscheckar 2024–2025 – Kronoberg", "2024-10-14", "2025-01-31",
         "högst 100 000 kr per företag", "Anneli Törnqvist, Almi Kronoberg, 0470-74 55 10"),
        ("Kompetensförsörjningsmedel – Region Kronoberg", "2024-11-04", "2025-02-07",
         "högst 500 000 kr", "Jonas Ek, jonas.ek@kronoberg.se"),
        ("Internationaliseringsstöd EU-projekt – Region Kronoberg", "2025-01-07",
         "2025-04-30", "högst 20 % av projektbudgeten",
         "Linnea Håkansson, linnea.hakansson@kronoberg.se"),
        ("Kulturella och kreativa näringar – Region Kronoberg", "2024-12-02", "2025-03-03",
         "högst 250 000 kr", "Kultur- och bildningsenheten, kultur@kronoberg.se"),
        ("Regionala projektmedel 2025 – Region Jämtland Härjedalen", "2024-12-02",
         "2025-02-14", "högst 3 000 000 kr", "Ola Persson, ola.persson@regionjh.se"),
        ("Landsbygdsnätverk – service i glesbygd – Jämtland Härjedalen", "2025-02-03",
         "2025-04-11", "högst 400 000 kr", "Ida Mattsson, ida.mattsson@regionjh.se"),
        ("Hållbar besöksnäring fjällen – Jämtland Härjedalen", "2024-10-21", "2024-12-13",
         "högst 750 000 kr", "Ida Mattsson, ida.mattsson@regionjh.se"),
        ("Företagsstöd – konsultcheck Jämtland Härjedalen", "2024-09-02", "2025-06-30",
         "högst 50 000 kr (löpande)", "Näringslivsenheten, naringsliv@regionjh.se"),
        ("Interreg Aurora – småprojekt", "2025-01-20", "2025-03-21",
         "högst 100 000 euro", "Interreg Aurora sekretariat, Umeå"),
        ("Småland och Öarna ERUF – innovationsmiljöer", "2024-11-18", "2025-02-21",
         "minst 2 000 000 kr", "Tillväxtverket, Jönköpingskontoret"),
    ]
    df = pd.DataFrame(rows, columns=["Utlysning", "Öppnar", "Stänger", "Belopp", "Kontakt"])
    df.to_csv(path, sep=";", index=False, encoding="utf-8")


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    strategy_pdf(out / "Besoksnaringsstrategi_Gotland_2024-2030.pdf")
    meeting_docx(out / "Minnesanteckningar_styrgrupp_S3_Kronoberg_2024-09-18.docx")
    (out / "Rutin_diareforing_och_arkivering.md").write_text(ROUTINE, encoding="utf-8")
    (out / "International_cooperation_policy_Kronoberg_summary.txt").write_text(
        INTL, encoding="utf-8")
    letter_pdf(out / "Skrivelse_transporter_RJH_2024-10-08.pdf")
    calls_csv(out / "oppna_utlysningar.csv")


if __name__ == "__main__":
    main()
