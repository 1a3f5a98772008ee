#!/usr/bin/env python3
"""Skriver sex påhittade men realistiska svenska dokument till en mapp (runda r104).

Användning:  python r104_make_files.py UTMAPP
"""
import os
import sys

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)


# ---------------------------------------------------------------------------
# 1. Kompetensförsörjningsanalys Värmland (PDF, kapitel, numrerad lista, tabell)
# ---------------------------------------------------------------------------
def make_varmland_pdf(path):
    ss = getSampleStyleSheet()
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontSize=16, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontSize=13, spaceAfter=6)
    body = ParagraphStyle("b", parent=ss["BodyText"], fontSize=10.5, leading=14, alignment=TA_LEFT)
    title = ParagraphStyle("t", parent=ss["Title"], fontSize=22, leading=28)

    def footer(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, 1.2 * cm, "Region Värmland – Kompetensförsörjningsanalys 2025–2030")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(d.page))
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                            title="Kompetensförsörjningsanalys Värmland 2025–2030",
                            author="Region Värmland, Regional utveckling")
    s = []
    s.append(Spacer(1, 4 * cm))
    s.append(Paragraph("Kompetensförsörjningsanalys Värmland 2025–2030", title))
    s.append(Spacer(1, 0.6 * cm))
    s.append(Paragraph("Underlag för regionala prioriteringar inom kompetensförsörjning och "
                       "utbildningsplanering", body))
    s.append(Spacer(1, 0.4 * cm))
    s.append(Paragraph("Region Värmland, Regional utveckling<br/>Enheten för kompetensförsörjning"
                       "<br/>Rapport 2025:3, februari 2025", body))
    s.append(PageBreak())

    s.append(Paragraph("1. Inledning och syfte", h1))
    s.append(Paragraph(
        "Regionala utvecklingsnämnden gav den 12 september 2024 Enheten för kompetensförsörjning i "
        "uppdrag att ta fram en samlad analys av kompetensbehoven i Värmland fram till år 2030. "
        "Analysen ska fungera som gemensamt kunskapsunderlag för länets kommuner, "
        "Arbetsförmedlingen, lärosäten, yrkeshögskoleanordnare och arbetsgivare när utbildningsutbud "
        "och insatser planeras. Den ersätter den tidigare analysen från 2021.", body))
    s.append(Paragraph(
        "Rapporten bygger på registerdata från Statistiska centralbyrån, Arbetsförmedlingens "
        "yrkesprognoser, en enkät till 412 arbetsgivare i länet som genomfördes under maj och juni "
        "2024 samt sex branschdialoger som hölls under hösten 2024. Svarsfrekvensen i "
        "arbetsgivarenkäten var 58 procent.", body))

    s.append(Paragraph("2. Begrepp och definitioner", h1))
    s.append(Paragraph(
        "<b>Bristyrke</b> – ett yrke där minst hälften av de arbetsgivare som försökt rekrytera "
        "under minst två av de senaste tre åren uppger att det varit svårt eller mycket svårt att "
        "hitta personer med rätt kompetens.", body))
    s.append(Paragraph(
        "<b>Rekryteringsbehov</b> – summan av ersättningsbehovet, det vill säga personer som går "
        "i pension eller av andra skäl lämnar yrket, och expansionsbehovet, det vill säga nya "
        "arbetstillfällen som väntas uppstå under perioden.", body))
    s.append(Paragraph(
        "<b>Matchningsgrad</b> – andelen förvärvsarbetande vars utbildningsnivå och "
        "utbildningsinriktning motsvarar de krav som normalt ställs i yrket. I Värmland var "
        "matchningsgraden 64 procent år 2023, jämfört med 66 procent i riket.", body))
    s.append(Paragraph(
        "<b>Validering</b> – en strukturerad bedömning och dokumentation av den kunskap och "
        "kompetens som en person har, oavsett hur den har förvärvats.", body))

    s.append(Paragraph("3. Läget på arbetsmarknaden", h1))
    s.append(Paragraph(
        "Sysselsättningsgraden bland personer i åldern 20–64 år uppgick till 79,4 procent år 2024, "
        "vilket är 1,6 procentenheter lägre än riksgenomsnittet. Den registrerade arbetslösheten "
        "var 7,1 procent i december 2024. Arbetslösheten är högst i Filipstad, Hagfors och "
        "Säffle och lägst i Hammarö och Forshaga.", body))
    s.append(Paragraph(
        "Fram till 2030 väntas omkring 31 500 personer lämna arbetsmarknaden på grund av ålder. "
        "Pensionsavgångarna är störst inom offentlig sektor, där var fjärde anställd är 55 år "
        "eller äldre. Samtidigt minskar befolkningen i arbetsför ålder i tolv av länets sexton "
        "kommuner, vilket gör att ersättningsbehovet inte kan mötas enbart med unga som "
        "kommer ut från gymnasieskolan.", body))
    s.append(Paragraph(
        "Inom industrin driver omställningen till fossilfri produktion och den växande "
        "batteri- och skogsindustrin upp efterfrågan på elektriker, automationstekniker, "
        "processoperatörer och ingenjörer. Arbetsgivarenkäten visar att 71 procent av "
        "industriföretagen haft svårt att rekrytera under det senaste året.", body))

    s.append(Paragraph("4. Rekryteringsbehov till 2030", h1))
    s.append(Paragraph(
        "Tabell 1 visar det beräknade rekryteringsbehovet per yrkesområde under perioden "
        "2025–2030. Siffrorna är avrundade till närmaste hundratal.", body))
    s.append(Spacer(1, 0.3 * cm))
    data = [["Yrkesområde", "Ersättningsbehov", "Expansionsbehov", "Rekryteringsbehov totalt"],
            ["Vård och omsorg", "4 800", "1 400", "6 200"],
            ["Tillverkning och industri", "2 600", "1 300", "3 900"],
            ["Utbildning", "2 300", "400", "2 700"],
            ["Bygg och anläggning", "1 500", "600", "2 100"],
            ["Transport och logistik", "1 100", "200", "1 300"],
            ["Totalt", "12 300", "3 900", "16 200"]]
    t = Table(data, colWidths=[5.2 * cm, 3.4 * cm, 3.4 * cm, 4.2 * cm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
    ]))
    s.append(Paragraph("Tabell 1. Rekryteringsbehov per yrkesområde i Värmland 2025–2030 (antal personer)",
                       ParagraphStyle("cap", parent=body, fontName="Helvetica-Oblique")))
    s.append(t)
    s.append(Spacer(1, 0.4 * cm))
    s.append(Paragraph(
        "Vård och omsorg står för nästan 40 procent av det samlade rekryteringsbehovet. "
        "Störst är behovet av undersköterskor, sjuksköterskor och barnskötare. Inom utbildning "
        "är bristen på behöriga lärare i yrkesämnen och speciallärare mest påtaglig.", body))

    s.append(Paragraph("5. Regionala prioriteringar", h1))
    s.append(Paragraph(
        "Utifrån analysen föreslår Kompetensrådet Värmland följande fem prioriteringar för "
        "perioden 2025–2030, i prioritetsordning:", body))
    items = [
        "Vård och omsorg: utöka vuxenutbildningens undersköterskeutbildning med 120 platser per år "
        "och öka antalet platser för vårdbiträden med språkstöd.",
        "Industrins omställning: bygga upp en regional utbildningsplattform för el-, automations- "
        "och processteknik tillsammans med yrkeshögskolan och Karlstads universitet.",
        "Validering: att alla kommuner i länet senast 2026 ska kunna erbjuda validering inom minst "
        "tre yrkesområden.",
        "Lärarförsörjning: fler vägar till lärarlegitimation, bland annat arbetsintegrerad "
        "lärarutbildning och uppdragsutbildning för obehöriga lärare.",
        "Attraktionskraft och inflyttning: gemensam satsning med arbetsgivarna på att rekrytera "
        "och behålla personer som flyttar till Värmland, inklusive medflyttandeservice.",
    ]
    s.append(ListFlowable([ListItem(Paragraph(x, body)) for x in items], bulletType="1"))

    s.append(Paragraph("6. Genomförande och uppföljning", h1))
    s.append(Paragraph(
        "Kompetensrådet Värmland ansvarar för att prioriteringarna genomförs och följs upp. "
        "Enheten för kompetensförsörjning är rådets kansli och sammanställer en årlig "
        "uppföljningsrapport som presenteras för Regionala utvecklingsnämnden i mars varje år, "
        "första gången i mars 2026.", body))
    s.append(Paragraph(
        "För genomförandet avsätts 4,5 miljoner kronor per år under 2025–2027 ur det regionala "
        "utvecklingsanslaget. Medlen får användas till förstudier, medfinansiering av projekt och "
        "till processledning. Beslut om medel efter 2027 fattas i samband med att analysen "
        "revideras, vilket planeras ske 2027.", body))
    s.append(Paragraph(
        "Kontaktperson för analysen är enhetschefen för Enheten för kompetensförsörjning.", body))
    doc.build(s, onFirstPage=lambda c, d: None, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 2. Tjänsteskrivelse Gävleborg (DOCX)
# ---------------------------------------------------------------------------
def make_gavleborg_docx(path):
    d = Document()
    d.core_properties.title = "Medfinansiering av projektet Kompetenslyft Industri Gävleborg"
    d.core_properties.author = "Region Gävleborg, Regional utveckling"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    p = d.add_paragraph()
    p.add_run("Region Gävleborg").bold = True
    d.add_paragraph("Regional utveckling\nAvdelningen för näringsliv och kompetens")
    d.add_paragraph("TJÄNSTESKRIVELSE")
    d.add_paragraph("Datum: 2025-03-18\nDnr: RUN 2025/0417\nHandläggare: utvecklingsstrateg, "
                    "Avdelningen för näringsliv och kompetens")
    d.add_paragraph("Regionala utvecklingsnämnden, sammanträde 2025-04-09")

    d.add_heading("Medfinansiering av projektet Kompetenslyft Industri Gävleborg", level=1)

    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Regionala utvecklingsnämnden beslutar")
    d.add_paragraph("att bevilja Industriföreningen Gävleborg ekonomisk förening medfinansiering "
                    "om högst 2 400 000 kronor för projektet Kompetenslyft Industri Gävleborg under "
                    "perioden 2025-05-01–2027-04-30,", style="List Number")
    d.add_paragraph("att medlen belastar anslaget 1:1 Regionala tillväxtåtgärder, med "
                    "1 200 000 kronor år 2025, 800 000 kronor år 2026 och 400 000 kronor år 2027,",
                    style="List Number")
    d.add_paragraph("att beslutet villkoras av att Europeiska socialfonden (ESF+) beviljar "
                    "projektet finansiering, samt", style="List Number")
    d.add_paragraph("att projektägaren ska lämna en delrapport senast 2026-03-31 och en "
                    "slutrapport senast 2027-06-30.", style="List Number")

    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Industriföreningen Gävleborg har ansökt om regional medfinansiering för projektet "
        "Kompetenslyft Industri Gävleborg. Projektet ska höja den digitala och tekniska "
        "kompetensen hos anställda i små och medelstora industriföretag i länet, med särskilt fokus "
        "på automation, underhåll och energieffektivisering. Förvaltningen bedömer att projektet "
        "väl stämmer överens med den regionala utvecklingsstrategin Gävleborg 2030 och med "
        "länets strategi för smart specialisering, och föreslår att nämnden beviljar "
        "medfinansiering.")

    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Industrin svarar för omkring en femtedel av sysselsättningen i Gävleborg. Många små och "
        "medelstora företag har svårt att avsätta tid och resurser för kompetensutveckling, "
        "samtidigt som kraven på digital kompetens ökar snabbt. I Region Gävleborgs "
        "företagsundersökning 2024 uppgav 62 procent av industriföretagen att bristande "
        "kompetens hos befintlig personal begränsar deras möjligheter att växa.")
    d.add_paragraph(
        "Ett tidigare projekt, Industrispår Gävleborg (2019–2022), visade att korta, "
        "arbetsplatsförlagda utbildningsinsatser ger bäst resultat för den här målgruppen. "
        "Erfarenheterna från det projektet har tagits tillvara i den nya ansökan.")

    d.add_heading("Ärendet", level=2)
    d.add_paragraph(
        "Projektet ska genomföras i samverkan med Högskolan i Gävle, Teknikcollege Gävleborg och "
        "fem av länets kommuner: Gävle, Sandviken, Hudiksvall, Bollnäs och Söderhamn. Målet är att "
        "minst 350 anställda i minst 25 små och medelstora företag ska delta i någon "
        "kompetensinsats. Minst 30 procent av deltagarna ska vara kvinnor och minst 20 procent ska "
        "vara 55 år eller äldre.")
    d.add_paragraph(
        "Insatserna består av kompetenskartläggning i varje företag, korta utbildningar på "
        "arbetsplatsen, en webbaserad utbildningsportal och ett nätverk för produktionsledare. "
        "Projektet leds av en projektledare på heltid och en utbildningssamordnare på halvtid. "
        "En styrgrupp med representanter för företagen, Högskolan i Gävle och Region Gävleborg "
        "följer arbetet.")

    d.add_heading("Ekonomiska konsekvenser", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Finansiär"
    t.rows[0].cells[1].text = "Belopp, kronor"
    for a, b in [("Europeiska socialfonden (ESF+)", "4 900 000"),
                 ("Region Gävleborg", "2 400 000"),
                 ("Deltagande kommuner", "1 500 000"),
                 ("Företagens egen tid (offentligt bidrag i annat än pengar)", "1 000 000"),
                 ("Total projektbudget", "9 800 000")]:
        r = t.add_row().cells
        r[0].text = a
        r[1].text = b
    d.add_paragraph("")
    d.add_paragraph(
        "Region Gävleborgs andel motsvarar knappt 25 procent av den totala projektbudgeten. "
        "Medlen ryms inom nämndens budget för 2025 och inom planeringsramarna för 2026–2027. "
        "Utbetalning sker i efterskott mot rekvisition, högst fyra gånger per år.")

    d.add_heading("Uppföljning", level=2)
    d.add_paragraph(
        "Avdelningen för näringsliv och kompetens ansvarar för uppföljningen av beslutet. "
        "Projektet ska redovisa antal deltagare fördelat på kön och ålder, antal deltagande företag "
        "och genomförda utbildningstimmar. Om projektet inte beviljas ESF+-medel senast "
        "2025-09-30 upphör beslutet att gälla.")

    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("Tjänsteskrivelse 2025-03-18\nAnsökan från Industriföreningen Gävleborg, "
                    "inkom 2025-02-14\nProjektbudget, bilaga 1")
    d.add_paragraph("Beslutet skickas till: Industriföreningen Gävleborg, Ekonomienheten, "
                    "Avdelningen för näringsliv och kompetens")
    d.add_paragraph("\nAnna-Karin Wiklund\nAvdelningschef, Näringsliv och kompetens")
    d.save(path)


# ---------------------------------------------------------------------------
# 3. Introduktion för nyanställda, Blekinge (Markdown, FAQ)
# ---------------------------------------------------------------------------
BLEKINGE_MD = """# Välkommen till Regional utveckling – introduktion för nyanställda

*Region Blekinge, Regional utveckling. Senast uppdaterad 2025-01-20 av HR-partner för Regional utveckling.*

Det här är en samling vanliga frågor och svar för dig som är ny hos oss. Läs den gärna
innan din första dag, och fråga din chef eller din mentor om något är oklart.

## Före och under första dagen

### Var ska jag vara första dagen?
Du möts i receptionen på Regionhuset, Skeppsbrokajen 4 i Karlskrona, klockan 08.30.
Din närmaste chef eller din mentor hämtar dig där. Förmiddagen ägnas åt praktiska saker
och eftermiddagen åt ett första samtal med din chef om dina arbetsuppgifter.

### Hur får jag passerkort och dator?
- Passerkort (som också är ditt ID-kort) hämtas hos **Servicecenter** i entréplanet. Ta med legitimation.
- Datorn är beställd av din chef och lämnas ut av **IT-servicedesk** första dagen.
- Fungerar inte datorn eller inloggningen: ring IT-servicedesk på **0455-73 50 00**
  (vardagar 07.30–16.30) eller skriv ett ärende i självserviceportalen *Min IT*.

### Får jag en mentor?
Ja. Alla nyanställda får en mentor bland kollegorna under de första **sex månaderna**.
Mentorn är inte din chef, utan en kollega som hjälper dig att hitta rätt i organisationen.

## Arbetstid och ledighet

### Vilka arbetstider gäller?
Vi har flextid. Flexramen är **06.30–19.00** och kärntiden är **09.00–15.00** (fredagar
09.00–14.00). Under kärntiden ska du vara i tjänst om du inte har beviljad ledighet.
Du får ha högst **+40 timmar** och lägst **−10 timmar** i flexsaldo vid månadens slut.

### Kan jag arbeta hemifrån?
Ja, om arbetsuppgifterna tillåter det och efter överenskommelse med din chef kan du arbeta
på distans **högst två dagar per vecka**. Distansarbete regleras i en skriftlig
överenskommelse som gäller ett år i taget.

### Hur rapporterar jag tid och frånvaro?
All tid, flex och frånvaro rapporteras i **Heroma**. Tidrapporten för en månad ska vara
klar och attesterad **senast den 5:e i följande månad**. Sjukdom anmäls till din chef
före klockan 09.00 första sjukdagen och registreras i Heroma samma dag.

### Hur lång är provanställningen?
Tillsvidareanställningar inleds normalt med **sex månaders provanställning**. Din chef har
ett uppföljningssamtal med dig efter ungefär tre månader.

## Förmåner

- **Friskvårdsbidrag:** 3 000 kronor per kalenderår mot kvitto. Kvittot lämnas i Heroma senast 30 november.
- **Friskvårdstimme:** en timme per vecka på arbetstid, om verksamheten tillåter.
- **Cykelförmån:** möjlighet att leasa cykel genom bruttolöneavdrag.
- **Semester:** 25 dagar per år upp till 39 års ålder, 31 dagar från 40 år och 32 dagar från 50 år.

## Resor och utlägg

Resor i tjänsten ska i första hand göras med kollektivtrafik eller tåg. Reseräkning och
utlägg registreras i Heroma **inom tre månader** efter resan. Bokning av tåg och hotell görs
via regionens resebyrå.

## Ord och förkortningar du kommer att höra

| Förkortning | Betydelse |
|---|---|
| RUS | Regional utvecklingsstrategi – Blekinges övergripande strategi, "Attraktiva Blekinge" |
| RUN | Regionala utvecklingsnämnden, den politiska nämnd vi arbetar för |
| Dnr | Diarienummer – det nummer varje ärende får när det registreras hos registratorn |
| ESF+ | Europeiska socialfonden, EU:s fond för sysselsättning och kompetens |
| KAA | Kommunernas aktivitetsansvar för unga under 20 år som inte studerar |

### Vad menas med att ett ärende ska "diarieföras"?
Att diarieföra betyder att registrera en allmän handling i regionens diarium så att den
kan hittas och lämnas ut. Handlingar som kommer in till dig och som rör ett ärende lämnas
till **registratorn** senast dagen efter att de kommit in.

## Viktiga kontakter

- HR-partner för Regional utveckling – frågor om anställning, lön och förmåner
- Löneservice – frågor om lönespecifikationen, via Heroma
- IT-servicedesk – 0455-73 50 00
- Registrator – registrator@regionblekinge.example
- Säkerhetssamordnare – vid hot, incidenter och förlorat passerkort

## Introduktionsdagen "Hela Blekinge"

Två gånger per år, i **mars och oktober**, ordnar regionen en gemensam introduktionsdag för
alla nyanställda. Där träffar du regiondirektören och får en genomgång av regionens
uppdrag, ekonomi och politiska organisation. Anmälan görs av din chef. Introduktionsdagen
är obligatorisk och ska genomföras inom de första sex månaderna.
"""


# ---------------------------------------------------------------------------
# 4. E-posttråd + telefonanteckningar, Norrbotten (TXT)
# ---------------------------------------------------------------------------
NORRBOTTEN_TXT = """Ämne: SV: SV: Rekryteringsträff gruv- och processindustri i Gällivare – datum och kostnader

-----------------------------------------------------------------------
Från: Lina Öhman, utvecklingsstrateg, Region Norrbotten, Avdelningen för regional utveckling
Skickat: den 4 april 2025 10:12
Till: Jonas Lindqvist, arbetsförmedlare, Arbetsförmedlingen Gällivare
Kopia: Mikael Sarri, enhetschef Kompetensförsörjning, Region Norrbotten
Ämne: SV: SV: Rekryteringsträff gruv- och processindustri i Gällivare – datum och kostnader

Hej Jonas,

Tack för ett bra telefonmöte i onsdags (2 april). Jag sammanfattar vad vi kom överens om,
så kan du rätta mig om jag missat något:

1. Rekryteringsträffen flyttas från onsdag 14 maj till onsdag 21 maj 2025, kl. 10.00–15.00,
   eftersom LKAB har sin underhållsvecka vecka 20.
2. Plats: Kulturhuset i Gällivare, stora salen. Lokalhyran är 18 500 kronor inklusive teknik.
   Kostnaden delas lika, 50/50, mellan Region Norrbotten och Arbetsförmedlingen, dvs.
   9 250 kronor var. Regionen betalar fakturan och fakturerar er sedan er halva.
3. Arbetsförmedlingen ansvarar för att bjuda in arbetssökande och för att matcha deltagare
   mot arbetsgivarnas annonser. Regionen ansvarar för lokal, fika och kontakten med
   arbetsgivarna.
4. Vi räknar med 12 arbetsgivare och högst 150 arbetssökande. Arbetsgivarna ska anmäla sig
   senast den 7 maj.
5. Fika för 180 personer beställs av regionen, budget högst 12 000 kronor. Den kostnaden tar
   regionen helt.
6. Utvärdering: en kort enkät skickas till arbetsgivare och deltagare dagen efter träffen.
   Arbetsförmedlingen sammanställer deltagarsvaren, regionen arbetsgivarsvaren.
   Gemensam sammanställning klar senast 13 juni.

Jag har bokat om lokalen i dag. Kan du bekräfta att ni hinner få ut inbjudan till de
arbetssökande senast den 25 april?

Hälsningar
Lina Öhman
Utvecklingsstrateg, Region Norrbotten
Avdelningen för regional utveckling

-----------------------------------------------------------------------
Från: Jonas Lindqvist, Arbetsförmedlingen Gällivare
Skickat: den 4 april 2025 14:37
Till: Lina Öhman
Kopia: Mikael Sarri
Ämne: SV: SV: Rekryteringsträff gruv- och processindustri i Gällivare – datum och kostnader

Hej Lina,

Stämmer bra, med ett tillägg: vi tar även med sökande från Kiruna och Jokkmokk, så vi
behöver ordna samåkning eller buss. Vi undersöker om Länstrafiken kan sätta in en
extra tur. Inbjudan går ut senast 25 april, det hinner vi.

En sak till: vi vill gärna att minst hälften av platserna går till personer som varit
inskrivna hos oss längre än tolv månader. Det är ett av våra mål för året i
marknadsområdet.

Mvh
Jonas Lindqvist
Arbetsförmedlare, Arbetsförmedlingen Gällivare

-----------------------------------------------------------------------
Från: Mikael Sarri, Region Norrbotten
Skickat: den 7 april 2025 08:05
Till: Lina Öhman; Jonas Lindqvist
Ämne: SV: SV: Rekryteringsträff gruv- och processindustri i Gällivare – datum och kostnader

Hej båda,

Bra jobbat. Regionen kan stå för en extra buss Kiruna–Gällivare tur och retur, högst
8 000 kronor. Lina beställer. Jag godkänner också att fikabudgeten höjs till 14 000 kronor
om fler än 150 anmäler sig.

Mikael Sarri
Enhetschef Kompetensförsörjning, Region Norrbotten

=======================================================================
TELEFONANTECKNINGAR

Datum: 2025-04-15, kl. 13.20
Samtal: Lina Öhman (Region Norrbotten) med Sara Nutti, HR-chef vid Malmfältens Process AB
Anteckningar förda av: Lina Öhman

- Malmfältens Process AB deltar den 21 maj med två personer och vill ha ett eget bord.
- De söker 14 processoperatörer och 3 elektriker till hösten; provanställning sex månader.
- Krav: körkort B, gärna truckkort. De kan tänka sig att utbilda sökande som saknar
  truckkort (intern utbildning två veckor).
- Frågade om det finns stöd för introduktionsanställning – hänvisade till Arbetsförmedlingen
  (Jonas Lindqvist).
- Uppföljning: Lina skickar praktisk information om lokalen senast 9 maj.

Datum: 2025-04-23, kl. 09.45
Samtal: Lina Öhman med Jonas Lindqvist, Arbetsförmedlingen
- Länstrafiken kan inte sätta in extra tur. Regionen bokar buss enligt Mikaels beslut
  (högst 8 000 kr). Avgång Kiruna busstation kl. 08.15, retur från Gällivare kl. 15.30.
- 9 arbetsgivare anmälda hittills.
- Jonas skickar deltagarlistan till Lina senast 16 maj, för beställning av fika och namnskyltar.
"""


# ---------------------------------------------------------------------------
# 5. Avsiktsförklaring Region Kalmar län – Arbetsförmedlingen (PDF, numrerade paragrafer)
# ---------------------------------------------------------------------------
def make_kalmar_pdf(path):
    ss = getSampleStyleSheet()
    title = ParagraphStyle("t", parent=ss["Title"], fontSize=18, leading=23)
    h = ParagraphStyle("h", parent=ss["Heading3"], fontSize=12, spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("b", parent=ss["BodyText"], fontSize=10.5, leading=14)

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.5 * cm, bottomMargin=2.5 * cm,
                            title="Avsiktsförklaring om samverkan för kompetensförsörjning i Kalmar län",
                            author="Region Kalmar län och Arbetsförmedlingen")
    s = []
    s.append(Paragraph("Avsiktsförklaring", title))
    s.append(Paragraph("om samverkan för kompetensförsörjning och matchning i Kalmar län", body))
    s.append(Paragraph("Dnr Region Kalmar län: RS 2024/1188 &nbsp;&nbsp; Dnr Arbetsförmedlingen: Af-2024/0092311", body))
    s.append(Spacer(1, 0.4 * cm))

    paras = [
        ("§ 1 Parter",
         ["Denna avsiktsförklaring ingås mellan Region Kalmar län, organisationsnummer 232100-0065, "
          "nedan kallad Regionen, och Arbetsförmedlingen, marknadsområde Syd-Öst, nedan kallad "
          "Arbetsförmedlingen. Tillsammans kallas de parterna."]),
        ("§ 2 Bakgrund",
         ["Regionen har det regionala utvecklingsansvaret och ansvarar enligt förordningen "
          "(2017:583) om regionalt tillväxtarbete för att bidra till den regionala "
          "kompetensförsörjningen. Arbetsförmedlingen ansvarar för att effektivt sammanföra "
          "arbetssökande med arbetsgivare som behöver arbetskraft. Båda parter har ett intresse av "
          "att arbetsgivarnas rekryteringsbehov i länet möts och att fler långtidsarbetslösa kommer "
          "i arbete."]),
        ("§ 3 Syfte",
         ["Syftet med avsiktsförklaringen är att förtydliga hur parterna ska samverka för att "
          "förbättra matchningen på arbetsmarknaden i Kalmar län, samordna analyser av "
          "kompetensbehov och undvika dubbelarbete i kontakterna med arbetsgivare, kommuner och "
          "utbildningsanordnare."]),
        ("§ 4 Samverkansområden",
         ["Parterna avser att samverka inom följande områden:",
          "a) gemensam analys: parterna ska varje år ta fram en gemensam lägesbild av "
          "kompetensbehoven i länet, senast den 30 april;",
          "b) utbildningsplanering: Arbetsförmedlingens bedömning av efterfrågan ska användas som "
          "underlag när Regionen prioriterar regionalt yrkesvux och yrkeshögskoleansökningar;",
          "c) validering: parterna ska gemensamt verka för att validering blir tillgänglig i alla "
          "tolv kommuner i länet;",
          "d) arbetsgivarkontakter: parterna ska samordna sina kontakter med större arbetsgivare "
          "inom vård, besöksnäring och tillverkningsindustri."]),
        ("§ 5 Organisation",
         ["Samverkan leds av en gemensam styrgrupp med två representanter från vardera part. "
          "Styrgruppen sammanträder fyra gånger per år. Ordförandeskapet växlar årsvis mellan "
          "parterna; Regionen är ordförande under 2025.",
          "Till stöd för styrgruppen finns en arbetsgrupp med en kontaktperson från vardera part. "
          "Regionens kontaktperson är placerad vid enheten Kompetensförsörjning och utbildning, "
          "Arbetsförmedlingens vid Planering och analys, marknadsområde Syd-Öst."]),
        ("§ 6 Ekonomi",
         ["Avsiktsförklaringen innebär inga ekonomiska åtaganden. Varje part står för sina egna "
          "kostnader för arbetet enligt denna avsiktsförklaring. Inga medel överförs mellan "
          "parterna. Gemensamma aktiviteter som medför kostnader, till exempel konferenser, "
          "kräver ett särskilt beslut av respektive part."]),
        ("§ 7 Giltighetstid",
         ["Avsiktsförklaringen gäller från och med den 1 februari 2025 till och med den "
          "31 december 2027. Vardera part kan säga upp avsiktsförklaringen skriftligen med tre "
          "månaders uppsägningstid. Parterna ska senast den 30 september 2027 ta ställning till om "
          "samverkan ska förlängas."]),
        ("§ 8 Uppföljning",
         ["Styrgruppen ska varje år, senast den 31 januari, redovisa en gemensam uppföljning av "
          "samverkan till Regionens regionala utvecklingsnämnd och till Arbetsförmedlingens "
          "marknadsområdeschef. Uppföljningen ska bland annat beskriva genomförda aktiviteter, "
          "antal gemensamma arbetsgivarkontakter och hur den gemensamma lägesbilden har använts."]),
        ("§ 9 Ändringar och tvist",
         ["Ändringar och tillägg till avsiktsförklaringen ska göras skriftligen och undertecknas av "
          "båda parter. Eventuella meningsskiljaktigheter ska i första hand lösas i styrgruppen. "
          "Avsiktsförklaringen är inte juridiskt bindande."]),
        ("§ 10 Underskrifter",
         ["Denna avsiktsförklaring har upprättats i två likalydande exemplar, av vilka parterna "
          "tagit var sitt.",
          "Kalmar den 28 januari 2025",
          "För Region Kalmar län: Regiondirektör",
          "För Arbetsförmedlingen: Marknadsområdeschef, marknadsområde Syd-Öst"]),
    ]
    for head, texts in paras:
        s.append(Paragraph(head, h))
        for tx in texts:
            s.append(Paragraph(tx, body))
    doc.build(s)


# ---------------------------------------------------------------------------
# 6. Utvärdering av ESF-projekt (PDF med löpande sidhuvud/sidfot, sidnummer,
#    avstavning vid radslut och resultattabell) – ritad rad för rad med canvas
# ---------------------------------------------------------------------------
ESF_SECTIONS = [
    ("h", "Sammanfattning"),
    ("p", "Nordvik Analys AB har på uppdrag av Region Jämtland Härjedalen genomfört den "
          "externa slututvärderingen av projektet Steget In, som finansierats av Europeiska "
          "socialfonden (ESF+) och Region Jämtland Härjedalen. Projektet pågick från den "
          "1 januari 2023 till den 30 juni 2025 och riktade sig till personer mellan 16 och 29 år "
          "som varken arbetar eller studerar, så kallade unga UVAS, samt till utrikes födda "
          "kvinnor som stått långt från arbetsmarknaden."),
    ("p", "Projektets totala budget var 14 200 000 kronor, varav 7 100 000 kronor från ESF+. "
          "Projektet drevs i samverkan med Arbetsförmedlingen och kommunerna Östersund, Krokom, "
          "Strömsund och Härjedalen. Projektägare var Region Jämtland Härjedalen genom "
          "enheten Arbetsmarknad och kompetens."),
    ("p", "Vår samlade bedömning är att projektet i huvudsak har nått sina mål. Antalet "
          "deltagare blev något lägre än planerat, men andelen som gått vidare till arbete eller "
          "studier ligger nära målet och deltagarnas upplevda stegförflyttning är tydlig. "
          "Den största bristen gäller den strategiska påverkan: projektets arbetssätt har ännu "
          "inte förts in i ordinarie verksamhet i alla samverkande kommuner."),
    ("h", "1 Uppdrag och metod"),
    ("p", "Utvärderingen har genomförts som en lärande utvärdering med tre delrapporter och "
          "en slutrapport. Underlaget består av projektets deltagarregister, 38 intervjuer "
          "med deltagare, projektpersonal, chefer och samverkanspartner, två enkäter till "
          "deltagarna samt en dokumentstudie av lägesrapporter och styrgruppsprotokoll. "
          "Den första enkäten besvarades av 164 deltagare och den andra av 121 deltagare."),
    ("p", "Med stegförflyttning avses i denna utvärdering en mätbar förändring i deltagarens "
          "avstånd till arbetsmarknaden, mätt med projektets självskattningsformulär vid "
          "inskrivning och vid avslut. En deltagare räknas ha gjort en stegförflyttning om "
          "skattningen ökat med minst två steg på den sjugradiga skalan."),
    ("h", "2 Resultat i förhållande till målen"),
    ("p", "Tabell 2 sammanfattar projektets resultat i förhållande till de kvantitativa mål "
          "som fastställdes i ansökan. Utfallet avser förhållandena vid projektets slut den "
          "30 juni 2025. Uppgifter om sysselsättning avser situationen 90 dagar efter avslut."),
    ("table", None),
    ("p", "Projektet nådde 274 deltagare mot målet 300, vilket motsvarar en måluppfyllelse på "
          "91 procent. Rekryteringen gick långsamt under det första halvåret 2023, främst "
          "eftersom samverkansavtalen med kommunerna blev klara först i maj 2023. Andelen "
          "kvinnor blev 46 procent mot målet 50 procent. Av deltagarna gick 36 procent vidare "
          "till arbete eller studier inom 90 dagar efter avslut, jämfört med målet 40 procent."),
    ("p", "Andelen deltagare som gjort en stegförflyttning var 68 procent, vilket överstiger "
          "målet på 60 procent. Avbrotten var relativt få: 11 procent av deltagarna avbröt "
          "insatsen i förtid, oftast på grund av ohälsa eller flytt."),
    ("h", "3 Iakttagelser"),
    ("p", "Deltagarna lyfter särskilt fram den personliga coachningen och möjligheten att "
          "pröva på arbete genom praktik hos lokala arbetsgivare. Flera intervjuade unga "
          "beskriver att det var första gången någon tog sig tid att lyssna på vad de själva "
          "ville. De utrikes födda kvinnorna värdesatte språkstödet och att aktiviteterna "
          "förlades på tider som gick att kombinera med barnomsorg."),
    ("p", "Samverkan med Arbetsförmedlingen fungerade väl på handläggarnivå men försvårades "
          "av omorganisationer och personalomsättning under 2024. I Strömsund och Härjedalen "
          "har projektets metoder för uppsökande arbete tagits in i kommunernas ordinarie "
          "aktivitetsansvar, medan Östersund och Krokom ännu inte har fattat beslut om "
          "implementering."),
    ("h", "4 Rekommendationer"),
    ("p", "Utifrån utvärderingen lämnar vi följande fyra rekommendationer till Region Jämtland "
          "Härjedalen och de samverkande parterna:"),
    ("p", "1. Fatta beslut om implementering av arbetssättet med personlig coachning i samtliga "
          "fyra kommuner senast under 2026."),
    ("p", "2. Inrätta en gemensam regional funktion för arbetsgivarkontakter, så att praktik"
          "platser kan förmedlas mellan kommunerna."),
    ("p", "3. Förbättra rekryteringen av kvinnor genom riktad information via SFI och "
          "öppna förskolan."),
    ("p", "4. Följ upp deltagarnas situation även 12 månader efter avslut i kommande projekt, "
          "eftersom 90 dagar är en för kort period för att bedöma varaktiga effekter."),
    ("h", "5 Slutsats"),
    ("p", "Steget In har visat att en kombination av personlig coachning, praktik och "
          "flexibla aktiviteter når grupper som annars har svårt att ta del av ordinarie "
          "insatser. För att resultaten ska bestå behöver arbetssättet nu förankras i "
          "ordinarie verksamhet och finansiering. Utvärderingen har genomförts av Nordvik "
          "Analys AB under perioden mars 2023 till augusti 2025."),
]

ESF_TABLE = [["Mål / indikator", "Mål", "Utfall", "Måluppfyllelse"],
             ["Antal deltagare", "300", "274", "91 %"],
             ["Andel kvinnor", "50 %", "46 %", "92 %"],
             ["Till arbete eller studier (90 dagar)", "40 %", "36 %", "90 %"],
             ["Andel med stegförflyttning", "60 %", "68 %", "113 %"],
             ["Andel avbrott (högst)", "15 %", "11 %", "uppnått"]]


def _hyphen_split(word, room, font, size):
    """Dela ett långt ord med bindestreck så att första delen får plats i room."""
    if len(word) < 9:
        return None
    vowels = "aeiouyåäöAEIOUYÅÄÖ"
    best = None
    for i in range(4, len(word) - 3):
        head = word[:i] + "-"
        if stringWidth(head, font, size) > room:
            break
        # dela före den konsonant som står närmast före en vokal (enkel svensk regel:
        # "utvär-deringen", "deltagar-nas")
        if (word[i] not in vowels and word[i].isalpha() and word[i + 1] in vowels
                and word[i - 1].isalpha()):
            best = i
    if best is None:
        return None
    return word[:best] + "-", word[best:]


def _wrap(text, width, font, size):
    words = text.split()
    lines, cur = [], ""
    while words:
        w = words.pop(0)
        cand = (cur + " " + w) if cur else w
        if stringWidth(cand, font, size) <= width:
            cur = cand
            continue
        room = width - stringWidth(cur + " ", font, size) if cur else width
        sp = _hyphen_split(w, room, font, size)
        if sp:
            lines.append((cur + " " + sp[0]) if cur else sp[0])
            cur = ""
            words.insert(0, sp[1])
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def make_esf_pdf(path):
    W, H = A4
    left, right, top, bottom = 2.5 * cm, 2.5 * cm, 3.0 * cm, 2.8 * cm
    width = W - left - right
    font, size, lead = "Times-Roman", 11, 14.5

    # Förberedelse: rendera i två pass för att få "Sida x av y"
    def render(c, total):
        page = [1]

        def header_footer():
            c.setFont("Helvetica", 8)
            c.drawString(left, H - 1.6 * cm, "Slututvärdering av projektet Steget In")
            c.drawRightString(W - right, H - 1.6 * cm, "Nordvik Analys AB, augusti 2025")
            c.line(left, H - 1.75 * cm, W - right, H - 1.75 * cm)
            c.line(left, 1.9 * cm, W - right, 1.9 * cm)
            c.drawString(left, 1.5 * cm, "Region Jämtland Härjedalen – ESF+-projekt 2022/00457")
            c.drawRightString(W - right, 1.5 * cm, f"Sida {page[0]} av {total}")

        # titelsida
        c.setFont("Helvetica-Bold", 22)
        c.drawString(left, H - 8 * cm, "Slututvärdering av projektet")
        c.drawString(left, H - 9 * cm, "Steget In")
        c.setFont("Helvetica", 12)
        c.drawString(left, H - 10.2 * cm, "Extern utvärdering av ett ESF+-projekt i Region Jämtland Härjedalen")
        c.drawString(left, H - 11 * cm, "Nordvik Analys AB, augusti 2025")
        c.drawString(left, H - 11.8 * cm, "Projektperiod 2023-01-01 – 2025-06-30")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - right, 1.5 * cm, f"Sida {page[0]} av {total}")
        c.showPage()
        page[0] += 1
        header_footer()
        y = H - top

        def newpage():
            nonlocal y
            c.showPage()
            page[0] += 1
            header_footer()
            y = H - top

        for kind, text in ESF_SECTIONS:
            if kind == "h":
                if y < bottom + 4 * cm:
                    newpage()
                y -= 8
                c.setFont("Helvetica-Bold", 13)
                c.drawString(left, y, text)
                y -= lead + 4
            elif kind == "p":
                for ln in _wrap(text, width, font, size):
                    if y < bottom:
                        newpage()
                    c.setFont(font, size)
                    c.drawString(left, y, ln)
                    y -= lead
                y -= 6
            elif kind == "table":
                rows = ESF_TABLE
                colw = [7.2 * cm, 2.4 * cm, 2.4 * cm, 3.6 * cm]
                rh = 0.7 * cm
                need = rh * len(rows) + 1.5 * cm
                if y - need < bottom:
                    newpage()
                c.setFont("Helvetica-Oblique", 9.5)
                c.drawString(left, y, "Tabell 2. Mål och utfall för projektet Steget In")
                y -= 0.4 * cm
                x0 = left
                ytop = y
                for r_i, row in enumerate(rows):
                    x = x0
                    c.setFont("Helvetica-Bold" if r_i == 0 else "Helvetica", 9.5)
                    for j, cell in enumerate(row):
                        if j == 0:
                            c.drawString(x + 4, y - rh + 6, cell)
                        else:
                            c.drawRightString(x + colw[j] - 4, y - rh + 6, cell)
                        x += colw[j]
                    y -= rh
                # linjer
                xs = [x0]
                for cw in colw:
                    xs.append(xs[-1] + cw)
                for i in range(len(rows) + 1):
                    c.line(x0, ytop - i * rh, xs[-1], ytop - i * rh)
                for xx in xs:
                    c.line(xx, ytop, xx, ytop - len(rows) * rh)
                y -= 0.6 * cm
        c.showPage()
        return page[0]

    import io
    probe = canvas.Canvas(io.BytesIO(), pagesize=A4)
    total = render(probe, 0)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Slututvärdering av projektet Steget In")
    c.setAuthor("Nordvik Analys AB")
    render(c, total)
    c.save()


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_varmland_pdf(os.path.join(out, "Kompetensforsorjningsanalys_Varmland_2025-2030.pdf"))
    make_gavleborg_docx(os.path.join(out, "Tjansteskrivelse_Kompetenslyft_Industri_Gavleborg.docx"))
    with open(os.path.join(out, "Introduktion_nyanstallda_Regional_utveckling_Blekinge.md"), "w",
              encoding="utf-8") as f:
        f.write(BLEKINGE_MD)
    with open(os.path.join(out, "Epost_rekryteringstraff_Gallivare_Norrbotten.txt"), "w",
              encoding="utf-8") as f:
        f.write(NORRBOTTEN_TXT)
    make_kalmar_pdf(os.path.join(out, "Avsiktsforklaring_Region_Kalmar_lan_Arbetsformedlingen.pdf"))
    make_esf_pdf(os.path.join(out, "Slututvardering_Steget_In_ESF_Jamtland.pdf"))
    print("Skrev sex filer till", out)


if __name__ == "__main__":
    main()
