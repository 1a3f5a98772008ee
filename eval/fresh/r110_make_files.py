#!/usr/bin/env python3
"""Skriver sex realistiska svenska dokument (PDF, DOCX, TXT, MD) för dokumentrunda r110.

Användning:  python r110_make_files.py UTMAPP
Kräver reportlab och python-docx (finns i /work/pin109/.venv).
"""
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontName="Helvetica", fontSize=10.5,
                      leading=14, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=SS["Heading1"], fontName="Helvetica-Bold", fontSize=17,
                    leading=21, spaceAfter=10)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontName="Helvetica-Bold", fontSize=13,
                    leading=16, spaceBefore=8, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", parent=H1, fontSize=26, leading=32, alignment=TA_CENTER)
SUB = ParagraphStyle("sub", parent=BODY, fontSize=13, leading=17, alignment=TA_CENTER)


def _header_footer(left_text):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, left_text)
        canvas.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Sida {doc.page} av 4")
        canvas.restoreState()
    return draw


def _grid(data, widths, header=True, total_row=False):
    rows = [[Paragraph(str(c), CELLB if (header and i == 0) or (total_row and i == len(data) - 1)
                       else CELL) for c in r] for i, r in enumerate(data)]
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6EE")))
    t.setStyle(TableStyle(style))
    return t


# ---------------------------------------------------------------- 1. Årsredovisning (PDF)
def arsredovisning_pdf(path):
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm,
                            title="Årsredovisning 2024 – utdrag Regional utvecklingsnämnd",
                            author="Region Värmland, Regional utveckling",
                            subject="Årsredovisning 2024")
    s = []
    # Sida 1: titelsida
    s += [Spacer(1, 50 * mm), Paragraph("Region Värmland", SUB), Spacer(1, 8 * mm),
          Paragraph("Årsredovisning 2024", TITLE),
          Paragraph("Utdrag: Regionala utvecklingsnämndens verksamhet", SUB), Spacer(1, 30 * mm),
          Paragraph("Fastställd av regionfullmäktige 2025-04-23, § 58", SUB),
          Paragraph("Dnr RV2025/0412", SUB), PageBreak()]
    # Sida 2: förord + faktaruta
    s += [Paragraph("Förord", H1),
          Paragraph("2024 var ett år då Värmlands näringsliv fick visa sin anpassningsförmåga. "
                    "Hög ränta och svag byggkonjunktur slog hårt mot trä- och byggvaruindustrin, "
                    "samtidigt som batteri- och fossilfri stålproduktion i grannlänen skapade nya "
                    "möjligheter för våra underleverantörer. Regionala utvecklingsnämnden har under "
                    "året prioriterat företagsstöd till omställning, kompetensförsörjning och den "
                    "digitala infrastrukturen.", BODY),
          Paragraph("Vi har också tagit ett större ansvar för samordningen av länets "
                    "kompetensplattform tillsammans med Arbetsförmedlingen och de sexton "
                    "kommunerna. Resultatet för nämnden blev ett överskott mot budget, främst "
                    "beroende på att flera EU-finansierade projekt startade senare än planerat.", BODY),
          Paragraph("Jag vill rikta ett stort tack till medarbetarna och till alla "
                    "samverkansparter för ett gott arbete under ett krävande år.", BODY),
          Paragraph("Karlstad i mars 2025<br/><b>Karin Ekholm</b><br/>Regional utvecklingsdirektör",
                    BODY),
          Spacer(1, 8 * mm)]
    box = [[Paragraph("<b>Året i siffror 2024</b>", BODY), ""],
           ["Nettokostnad, regional utveckling", "412,6 mnkr"],
           ["Budgetavvikelse", "+8,3 mnkr"],
           ["Beviljade företagsstöd, antal", "187 st"],
           ["Beviljat belopp företagsstöd", "64,2 mnkr"],
           ["Medarbetare (årsarbetare)", "146"],
           ["Sjukfrånvaro", "4,1 %"]]
    t = Table(box, colWidths=[95 * mm, 40 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#2E5E4E")),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EAF3EE")),
                           ("SPAN", (0, 0), (1, 0)), ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
                           ("FONTSIZE", (0, 1), (-1, -1), 10), ("ALIGN", (1, 1), (1, -1), "RIGHT")]))
    s += [t, PageBreak()]
    # Sida 3: verksamhet, tabell, fotnot
    s += [Paragraph("Verksamhet och måluppfyllelse", H1),
          Paragraph("Nämnden hade under 2024 fyra verksamhetsmål, varav tre bedöms som uppfyllda "
                    "och ett som delvis uppfyllt. Målet om ökad andel företag som tar del av "
                    "regionala innovationsinsatser nåddes inte fullt ut; 412 företag deltog mot "
                    "målet 500.", BODY),
          Paragraph("Utbyggnaden av bredband har fortsatt i glesbygden med stöd från Post- och "
                    "telestyrelsen. Vid årets slut hade 96,2 procent av hushållen i länet tillgång "
                    "till bredband om minst 1 Gbit/s, jämfört med målet 98 procent år 2025. "
                    "Lägst andel hade Torsby och Årjäng kommuner.", BODY),
          Paragraph("Ekonomiskt utfall per verksamhetsområde 2024 (mnkr)<super>1</super>", H2),
          _grid([["Verksamhetsområde", "Budget", "Utfall", "Avvikelse"],
                 ["Näringsliv och innovation", "98,4", "93,1", "5,3"],
                 ["Kompetensförsörjning", "41,7", "39,2", "2,5"],
                 ["Infrastruktur och trafikplanering", "212,5", "215,6", "-3,1"],
                 ["Internationellt samarbete och EU", "18,9", "16,4", "2,5"],
                 ["Analys och gemensamma kostnader", "49,4", "48,3", "1,1"],
                 ["Summa", "420,9", "412,6", "8,3"]],
                [75 * mm, 30 * mm, 30 * mm, 30 * mm], total_row=True),
          Spacer(1, 4 * mm),
          Paragraph("Underskottet inom infrastruktur förklaras av högre kostnader för "
                    "regional medfinansiering av trafiksäkerhetsåtgärder på väg 61 än beräknat.",
                    BODY),
          Spacer(1, 60 * mm),
          Paragraph("<super>1</super> Exklusive kulturverksamhet, som redovisas i kulturnämndens "
                    "verksamhetsberättelse. Beloppen är avrundade.", SMALL),
          PageBreak()]
    # Sida 4: personal och framtid
    s += [Paragraph("Personal", H2),
          Paragraph("Antalet årsarbetare uppgick till 146, en ökning med sex jämfört med "
                    "föregående år. Sjukfrånvaron var 4,1 procent. Personalomsättningen var "
                    "9 procent.", BODY),
          Paragraph("Framtid och risker", H2),
          Paragraph("Inför 2025 bedöms den största risken vara att den statliga ramen för "
                    "regionala företagsstöd minskar. Nämnden har därför beslutat att prioritera "
                    "stöd till små företag i omställning och att samordna ansökningar till det "
                    "nya programmet för Europeiska regionala utvecklingsfonden.", BODY)]
    doc.build(s, onFirstPage=lambda c, d: None,
              onLaterPages=_header_footer("Region Värmland | Årsredovisning 2024"))


# ---------------------------------------------------------------- 2. Platsannons (TXT)
PLATSANNONS = """\
REGION DALARNA
Regional utveckling – Enheten för analys och uppföljning

Analytiker till enheten för analys och uppföljning
Referensnummer: RD 2025/0387

Om oss
Regional utveckling i Region Dalarna arbetar för att hela Dalarna ska vara en attraktiv
plats att bo, verka och besöka i. Enheten för analys och uppföljning består i dag av sju
medarbetare och tar fram kunskapsunderlag om befolkning, arbetsmarknad, näringsliv och
kompetensförsörjning till politiker, kommuner och samverkansparter som Arbetsförmedlingen.

Arbetsuppgifter
Som analytiker kommer du att
- ta fram och analysera statistik om Dalarnas arbetsmarknad och kompetensbehov,
- ansvara för regionens årliga länsrapport om kompetensförsörjning,
- bygga och förvalta dashboards och databaser,
- presentera resultat för politiker, tjänstepersoner och externa parter,
- delta i nationella nätverk, bland annat Tillväxtverkets nätverk för regional analys.

Kvalifikationer
Vi söker dig som har akademisk examen om minst 180 högskolepoäng med inriktning mot
statistik, nationalekonomi, kulturgeografi eller annat relevant ämne. Du har minst två års
erfarenhet av kvantitativ analys och god vana att arbeta i R eller Python. Du uttrycker dig
väl i tal och skrift på svenska.

Det är meriterande om du har erfarenhet av registerdata från SCB (till exempel RAMS eller
LISA), av GIS-verktyg eller av arbete i offentlig sektor. B-körkort är meriterande eftersom
resor i länet förekommer.

Vi lägger stor vikt vid personliga egenskaper: du är strukturerad, nyfiken och har lätt att
förklara komplexa samband på ett enkelt sätt.

Vi erbjuder
Tillsvidareanställning på heltid med sex månaders provanställning. Tillträde enligt
överenskommelse. Individuell lönesättning – ange gärna löneanspråk. Placeringsort är
Regionens hus i Falun. Vi tillämpar flexibel arbetstid och det finns möjlighet till
distansarbete upp till två dagar per vecka efter överenskommelse med chef. Friskvårdsbidrag
3 000 kronor per år.

Ansökan
Sista ansökningsdag är den 14 september 2025. Ansök via Region Dalarnas rekryteringssystem
och bifoga CV och personligt brev. Intervjuer planeras till vecka 39. Vi kan komma att
använda arbetsprov i urvalet.

Kontakt
Enhetschef Maria Lindqvist, 023-49 01 23
Facklig företrädare Saco: Anders Wik, 023-49 04 56
Facklig företrädare Vision: Sara Holm, 023-49 07 89

Inför rekryteringsarbetet har vi tagit ställning till rekryteringskanaler och
marknadsföring. Vi undanber oss därför kontakt med mediesäljare, rekryteringssajter och
liknande.
"""


# ---------------------------------------------------------------- 3. Protokoll (DOCX)
def protokoll_docx(path):
    d = docx.Document()
    cp = d.core_properties
    cp.title = "Protokoll"
    cp.author = "Sekretariatet"
    p = d.add_paragraph("Arbetsmarknadsrådet i Jönköpings län")
    p.runs[0].bold = True
    d.add_heading("Protokoll från sammanträde 2025-03-18", level=1)
    d.add_paragraph("Tid: kl. 09.00–12.15\nPlats: Regionens hus, sal Vättern, Jönköping")
    d.add_paragraph("Närvarande ledamöter:", style=None).runs[0].bold = True
    for n in ["Anders Nyholm, Region Jönköpings län (ordförande)",
              "Lena Hägg, Arbetsförmedlingen, marknadsområde Syd",
              "Per Gustavsson, Jönköpings kommun",
              "Eva Sjöberg, Region Jönköpings län, HR-avdelningen",
              "Mikael Strand, Värnamo kommun",
              "Fatima Al-Hassan, Länsstyrelsen i Jönköpings län",
              "Jonas Ek, Företagarna Jönköpings län"]:
        d.add_paragraph(n, style="List Bullet")
    d.add_paragraph("Sekreterare: Johanna Björk, Region Jönköpings län")
    d.add_paragraph("Justerare: Lena Hägg")

    d.add_heading("§ 1 Mötets öppnande", level=2)
    d.add_paragraph("Ordföranden öppnade mötet och hälsade särskilt Mikael Strand, ny ledamot för "
                    "Värnamo kommun, välkommen.")
    d.add_heading("§ 2 Val av justerare", level=2)
    d.add_paragraph("Lena Hägg valdes att jämte ordföranden justera dagens protokoll.")
    d.add_heading("§ 3 Läget på arbetsmarknaden", level=2)
    d.add_paragraph("Lena Hägg redogjorde för läget. I februari 2025 var 6,1 procent av den "
                    "registerbaserade arbetskraften i länet inskrivna som arbetslösa hos "
                    "Arbetsförmedlingen, att jämföra med 5,6 procent ett år tidigare. Bland unga "
                    "18–24 år var andelen 8,7 procent. Arbetslösheten är högst i Jönköpings och "
                    "Nässjö kommuner och lägst i Gislaved och Gnosjö. Antalet varsel har minskat "
                    "under årets första två månader jämfört med hösten 2024.")
    d.add_heading("§ 4 Yrkessvenska för nyanlända", level=2)
    d.add_paragraph("Rådet diskuterade förslaget om en gemensam satsning på yrkessvenska kopplad "
                    "till vård, bygg och industri. Satsningen ska genomföras tillsammans med "
                    "kommunernas vuxenutbildning. Se beslutslistan nedan.")
    d.add_heading("§ 5 Kompetensförsörjning i vården", level=2)
    d.add_paragraph("Eva Sjöberg presenterade regionens prognos: fram till 2030 behöver regionen "
                    "rekrytera cirka 1 900 undersköterskor och 650 sjuksköterskor. Rådet ställde "
                    "sig bakom att inrätta en arbetsgrupp.")
    d.add_heading("§ 6 Övriga frågor och nästa möte", level=2)
    d.add_paragraph("Jonas Ek lyfte behovet av fler platser på yrkesinriktade utbildningar för "
                    "CNC-operatörer i Gnosjöregionen. Frågan tas upp på nästa möte.")

    d.add_heading("Beslutslista", level=2)
    rows = [("§", "Ärende", "Beslut", "Ansvarig", "Klart senast"),
            ("2", "Val av justerare", "Lena Hägg utses att justera protokollet.", "Ordföranden",
             "2025-03-25"),
            ("4", "Yrkessvenska för nyanlända",
             "Rådet beslutar att avsätta 2,4 miljoner kronor för 2025–2026 till en gemensam "
             "satsning på yrkessvenska, med målet att 120 deltagare ska påbörja utbildning.",
             "Arbetsförmedlingen och Region Jönköpings län", "2025-05-31 (projektplan)"),
            ("5", "Kompetensförsörjning i vården",
             "En arbetsgrupp inrättas med Eva Sjöberg som sammankallande. Gruppen återrapporterar "
             "i september.", "Eva Sjöberg", "2025-09-16"),
            ("6", "CNC-utbildningar i Gnosjöregionen",
             "Frågan bordläggs till nästa möte.", "Jonas Ek", "2025-06-10"),
            ("6", "Nästa möte", "Nästa sammanträde hålls 2025-06-10 i Värnamo.", "Sekreteraren",
             "–")]
    t = d.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = v
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
    d.add_paragraph("")
    d.add_paragraph("Vid protokollet: Johanna Björk")
    d.add_paragraph("Justeras: Anders Nyholm, ordförande    Lena Hägg, justerare")
    d.save(str(path))


# ---------------------------------------------------------------- 4. Frågor och svar (MD)
FAQ_MD = """\
# Frågor och svar om Omställningscheck Västerbotten 2025

*Region Västerbotten, Regional utveckling – uppdaterad 2025-02-10*

Omställningscheck Västerbotten är ett nytt stöd för små företag som behöver köpa in extern
kompetens för att ställa om sin verksamhet. Stödet finansieras med regionala
företagsstödsmedel och den totala budgeten för 2025 är 15 miljoner kronor.

## Vem kan söka stödet?

Företag med 1–49 anställda som har verksamhet i Västerbottens län och innehar F-skatt. Både
aktiebolag, handelsbolag och enskilda firmor kan söka.

## Vilka kan inte söka?

- företag med 50 anställda eller fler,
- företag inom primärproduktion av jordbruks- och fiskeriprodukter,
- företag i ekonomiska svårigheter eller med obetalda skatteskulder,
- kommunala och regionala bolag.

## Hur mycket kan vi få?

Checken täcker 50 procent av de stödberättigande kostnaderna, dock lägst 20 000 kronor och
högst 200 000 kronor per företag. Resten finansierar företaget självt. Det går inte att
kombinera checken med andra offentliga stöd för samma kostnader.

## När kan vi söka?

Ansökan öppnar den 3 februari 2025 och stänger den 31 oktober 2025, eller tidigare om medlen
tar slut. Ansökningar behandlas i den ordning de kommer in.

## Vad får stödet användas till?

Köp av extern expertis för omställning, till exempel konsulter inom digitalisering,
energieffektivisering, nya affärsmodeller eller export till nya marknader. Stödet får inte
användas till löpande drift, löner för egen personal eller investeringar i maskiner och
inventarier.

## Vad betyder det att stödet är ett de minimis-stöd?

Checken ges som *stöd av mindre betydelse* (de minimis) enligt EU-kommissionens förordning
(EU) 2023/2831. Det innebär att ett företag får ta emot högst 300 000 euro i sådant stöd
under en period av tre år, räknat från alla offentliga givare sammantaget. I ansökan ska ni
därför intyga hur mycket de minimis-stöd ni har fått de senaste tre åren.

## Hur lång är handläggningstiden?

Normalt cirka åtta veckor från det att ansökan är komplett. Under perioder med många
ansökningar kan det ta längre tid.

## När betalas pengarna ut?

Stödet betalas ut i efterhand, mot en redovisning av betalda fakturor. Redovisningen ska
komma in senast två månader efter att insatsen avslutats.

## Vad händer om vi inte genomför insatsen?

Om insatsen inte genomförs eller ändras väsentligt utan godkännande kan beslutet återkallas,
och redan utbetalt stöd kan behöva betalas tillbaka.

## Vem kontaktar jag?

Skicka frågor till foretagsstod@regionvasterbotten.se eller ring Region Västerbottens
växel och fråga efter handläggare för företagsstöd.
"""


# ---------------------------------------------------------------- 5. Remissammanställning (PDF)
def remiss_pdf(path):
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm,
                            title="Microsoft Word - remissammanstallning_lansplan_v3_SLUTLIG.docx",
                            author="elin.berg")
    s = []
    s += [Paragraph("Region Gävleborg", BODY),
          Paragraph("Sammanställning av remissvar: Förslag till länsplan för regional "
                    "transportinfrastruktur i Gävleborgs län 2026–2037", H1),
          Paragraph("Datum: 2025-04-28 &nbsp;&nbsp; Dnr RS 2024/1187 &nbsp;&nbsp; "
                    "Handläggare: Elin Berg, Samhällsplanering", BODY),
          Paragraph("Sammanfattning", H2),
          Paragraph("Förslaget till länsplan skickades på remiss den 15 januari–31 mars 2025. "
                    "Sändlistan omfattade 34 remissinstanser: länets tio kommuner, "
                    "grannregioner, statliga myndigheter, näringslivsorganisationer och "
                    "ideella organisationer. Totalt inkom 27 yttranden. Av dessa kom 24 från "
                    "instanser på sändlistan och tre från organisationer utanför sändlistan.", BODY),
          Paragraph("En klar majoritet av remissinstanserna ställer sig bakom förslagets "
                    "övergripande inriktning med fokus på Ostkustbanan, Norra stambanan och "
                    "trafiksäkerhet. De vanligaste synpunkterna gäller fördelningen mellan väg "
                    "och cykel samt bidragen till enskilda vägar.", BODY),
          Paragraph("Läsanvisning", H2),
          Paragraph("I avsnitt 2 redovisas synpunkterna per remissinstans i sammandrag. I "
                    "avsnitt 3 redovisas regionens bedömning och de ändringar som görs i "
                    "förslaget. Yttrandena i sin helhet finns i diariet.", BODY),
          PageBreak()]
    data = [["Remissinstans", "Huvudsakliga synpunkter", "Ställning"],
            ["Gävle kommun", "Vill att dubbelspår på Ostkustbanan Gävle–Sundsvall prioriteras "
             "och att medfinansieringen till cykelvägar i tätorterna ökas.", "Tillstyrker"],
            ["Sandvikens kommun", "Efterfrågar trafiksäkerhetsåtgärder på väg 272 vid "
             "Årsunda.", "Delvis"],
            ["Hudiksvalls kommun", "Anser att ramen för väg 84 Hudiksvall–Delsbo är för låg och "
             "bör höjas med minst 40 mnkr.", "Delvis"],
            ["Bollnäs kommun", "Stödjer förslaget, vill se stärkt regionaltrafik på Norra "
             "stambanan.", "Tillstyrker"],
            ["Ljusdals kommun", "Lyfter väg 83 och bärigheten på enskilda vägar.", "Delvis"],
            ["Trafikverket Region Mitt", "Påpekar att kostnadsbedömningarna för flera objekt är "
             "osäkra och bör redovisas med intervall.", "Inga invändningar"],
            ["Mellansvenska Handelskammaren", "Vill se en större satsning på godsstråk och "
             "anslutningen till Gävle hamn.", "Tillstyrker"],
            ["LRF Gävleborg", "Anser att bidraget till enskilda vägar bör höjas.", "Delvis"],
            ["Naturskyddsföreningen i Gävleborg", "Anser att planen ger för lite till cykel och "
             "kollektivtrafik och att vägsatsningarna riskerar att öka biltrafiken. Vill att "
             "cykelpotten minst fördubblas.", "Avstyrker"],
            ["Cykelfrämjandet (utanför sändlistan)", "Vill ha ett sammanhängande regionalt "
             "cykelnät mellan Gävle och Sandviken.", "Delvis"],
            ["Region Dalarna", "Stödjer förslaget och vill samordna åtgärder på riksväg 80 "
             "Falun–Gävle.", "Tillstyrker"]]
    s += [Paragraph("2. Synpunkter per remissinstans", H1),
          _grid(data, [45 * mm, 95 * mm, 28 * mm]),
          Spacer(1, 4 * mm),
          Paragraph("Tabellen visar ett urval av de 27 yttrandena. Övriga instanser tillstyrkte "
                    "förslaget utan särskilda synpunkter.", SMALL),
          PageBreak()]
    s += [Paragraph("3. Regionens bedömning och ändringar", H1),
          Paragraph("Regionen bedömer att förslagets inriktning har ett brett stöd. Mot "
                    "bakgrund av remissvaren från bland annat Naturskyddsföreningen, Gävle kommun "
                    "och Cykelfrämjandet höjs ramen för statlig medfinansiering till "
                    "cykelåtgärder, den så kallade cykelpotten, från 60 till 85 miljoner kronor "
                    "för planperioden. Ökningen finansieras genom att potten för mindre "
                    "trafiksäkerhetsåtgärder på det statliga vägnätet minskas från 240 till 215 "
                    "miljoner kronor. Länsplanens totala ram är oförändrad, 1 642 miljoner "
                    "kronor.<super>2</super>", BODY),
          Paragraph("Hudiksvalls kommuns önskemål om en höjd ram för väg 84 tillgodoses inte i "
                    "denna plan, eftersom Trafikverkets åtgärdsvalsstudie för sträckan ännu inte "
                    "är klar. Frågan prövas vid nästa revidering. Bidragen till enskilda vägar "
                    "behålls på nuvarande nivå, 18 miljoner kronor per år.", BODY),
          Paragraph("Trafikverkets synpunkt om osäkra kostnadsbedömningar hanteras genom att "
                    "objekt över 25 miljoner kronor redovisas med kostnadsintervall i den "
                    "slutliga planen.", BODY),
          Spacer(1, 70 * mm),
          Paragraph("<super>2</super> Ramen anges i 2023 års prisnivå enligt regeringens "
                    "direktiv för åtgärdsplaneringen.", SMALL),
          PageBreak()]
    s += [Paragraph("4. Fortsatt process", H1),
          Paragraph("Den reviderade länsplanen behandlas av regionala utvecklingsnämnden den 20 "
                    "maj 2025 och av regionstyrelsen den 3 juni 2025, med förslag till "
                    "regionfullmäktige den 17 juni 2025. Planen ska därefter lämnas till "
                    "Infrastrukturdepartementet senast den 30 juni 2025.", BODY)]
    doc.build(s, onFirstPage=_header_footer("Region Gävleborg – Remissammanställning länsplan"),
              onLaterPages=_header_footer("Region Gävleborg – Remissammanställning länsplan"))


# ---------------------------------------------------------------- 6. Resepolicy (DOCX)
def resepolicy_docx(path):
    d = docx.Document()
    cp = d.core_properties
    cp.title = "Resepolicy 2022 – utkast"   # gammal egenskap som ingen uppdaterat
    cp.author = "Ekonomiavdelningen"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Region Örebro län – Riktlinje – Dnr 25RS0321"
    d.add_heading("Riktlinje för tjänsteresor och utlägg", level=0)
    d.add_paragraph("Gäller för: Regional utveckling, Region Örebro län\n"
                    "Beslutad av: regiondirektören 2025-01-20\n"
                    "Gäller från: 2025-02-01\nErsätter: Resepolicy för regional utveckling 2022")
    d.add_heading("1. Syfte", level=1)
    d.add_paragraph("Riktlinjen ska säkerställa att tjänsteresor genomförs säkert, kostnadseffektivt "
                    "och med så liten klimatpåverkan som möjligt, i linje med regionens "
                    "miljöprogram.")
    d.add_heading("2. Regler för resor", level=1)
    rules = [
        "Pröva alltid om mötet kan hållas digitalt innan en resa bokas.",
        "Tåg ska väljas före flyg. Inrikesflyg får användas endast om resan med tåg tar mer än "
        "fem timmar enkel väg, eller om det finns särskilda skäl som närmaste chef har godkänt.",
        "Resor och hotell bokas via den upphandlade resebyrån. Egen bokning godkänns inte i "
        "efterhand.",
        "Hotellkostnaden får vara högst 1 600 kronor per natt exklusive moms. I Stockholm, "
        "Göteborg och Malmö får den vara högst 1 900 kronor per natt exklusive moms.",
        "Egen bil får användas endast när bilpoolens bilar inte är tillgängliga och kollektivt "
        "resande inte är rimligt. Ersättningen är 30,50 kronor per mil, varav 25 kronor är "
        "skattefria.",
        "Taxi får användas när kollektivtrafik saknas, mellan kl. 22 och 06 eller vid tungt "
        "bagage.",
        "Traktamente betalas enligt Skatteverkets normalbelopp vid förrättning med övernattning "
        "mer än 50 kilometer från tjänsteställe och bostad. För 2025 är heldagstraktamentet 290 "
        "kronor och halvdagstraktamentet 145 kronor.",
    ]
    for r in rules:
        d.add_paragraph(r, style="List Number")
    d.add_heading("3. Utlägg och representation", level=1)
    rules2 = [
        "Utlägg redovisas med kvitto i personalsystemet senast två månader efter resan. Utlägg "
        "som redovisas senare ersätts inte.",
        "Vid extern representation får kostnaden för en måltid vara högst 450 kronor per person "
        "inklusive moms. Alkohol bekostas inte.",
        "Intern representation, till exempel personalfest, får kosta högst 300 kronor per "
        "person och tillfälle.",
    ]
    for r in rules2:
        d.add_paragraph(r, style="List Number")
    d.add_heading("4. Belopp i sammandrag", level=1)
    rows = [("Post", "Belopp", "Kommentar"),
            ("Hotell, per natt", "1 600 kr", "exkl. moms"),
            ("Hotell i Stockholm, Göteborg, Malmö", "1 900 kr", "exkl. moms"),
            ("Egen bil, per mil", "30,50 kr", "varav 25 kr skattefritt"),
            ("Traktamente heldag", "290 kr", "Skatteverkets normalbelopp 2025"),
            ("Traktamente halvdag", "145 kr", "Skatteverkets normalbelopp 2025"),
            ("Extern representation, måltid", "450 kr", "per person inkl. moms"),
            ("Intern representation", "300 kr", "per person och tillfälle")]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_heading("5. Ansvar", level=1)
    d.add_paragraph("Närmaste chef attesterar resor och utlägg och ansvarar för att riktlinjen "
                    "följs. Ekonomiavdelningen följer upp resandet och klimatpåverkan en gång "
                    "per år.")
    d.save(str(path))


def main():
    if len(sys.argv) != 2:
        sys.exit("Användning: python r110_make_files.py UTMAPP")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    arsredovisning_pdf(out / "Arsredovisning_2024_utdrag_Region_Varmland.pdf")
    (out / "Platsannons_analytiker_Region_Dalarna.txt").write_text(PLATSANNONS, encoding="utf-8")
    protokoll_docx(out / "Protokoll_Arbetsmarknadsradet_2025-03-18.docx")
    (out / "FAQ_Omstallningscheck_Vasterbotten.md").write_text(FAQ_MD, encoding="utf-8")
    remiss_pdf(out / "Remissammanstallning_lansplan_Gavleborg.pdf")
    resepolicy_docx(out / "Riktlinje_tjansteresor_Region_Orebro.docx")
    for f in sorted(out.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
