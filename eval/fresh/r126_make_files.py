"""r126_make_files.py – skriver sex svenska arbetsdokument för utvärderingsrunda r126.

Användning:  python r126_make_files.py OUT_DIR

Filer och layoutdrag:

1. kurskatalog_utvecklingsakademin_ht2025.pdf  (PDF, reportlab platypus, 3 sidor)
   Kurskatalog för kompetensutveckling (Region Jämtland Härjedalen och
   Arbetsförmedlingen). Löpande sidhuvud med katalogens namn och revisionsdatum,
   sidfot "– N –". Inledning med anmälnings- och avbokningsregler, förkortningslista,
   åtta kurser som inramade "kursrutor" (nyckel–värde-tabeller med kurskod, datum,
   plats, pris, platser, sista anmälningsdag, kursledare), deltagarantal för 2023
   och 2024 samt mål för 2025, en "Nytt"-lista med streck, och sist en matris kurs × målgrupp där rekommendation anges
   med "X".

2. medarbetarenkat_2025_regional_utveckling.pdf  (PDF, reportlab, 2 sidor)
   Resultatrapport från medarbetarenkät (Region Halland, avdelningen Regional
   utveckling). Tvåspaltig layout på alla sidor, löpande sidhuvud och sidfot
   "Sida N av M", avstavade radbrytningar (mjuka bindestreck i långa sammansatta
   ord), definitioner (HME, eNPS, förbättringsområde, indexenhet), svarsfrekvens
   för tre år i löptext, tre smala tabeller i spalterna (index per år 2023–2025,
   HME per enhet 2025, svarsfördelning per påstående), ledningsgruppens beslut
   med numrerade prioriteringar och deadline, bilaga med HME:s nio frågor.

3. sommarbemanning_2025_af_sundsvall.docx  (DOCX, python-docx)
   Bemanningsplan för sommaren 2025 på ett lokalkontor. Sidhuvud (Dnr, "Internt")
   och sidfot (fastställd av/datum) i sektionen, rubriker i två nivåer,
   punktlistor och numrerad lista, bemanningstabell vecka 25–33 där kolumnen
   "Ansvarig chef" har sammanslagna (vertikalt mergade) celler över flera veckor,
   en kontakttabell och en förkortningslista. Bemanningsgolv för 2024 och 2025.

4. arets_kompetenspartner_regler.md  (Markdown)
   Regler och pristagare för en regional utmärkelse (Region Blekinge).
   YAML-front matter (titel, ägare, version, datum), rubriker, definitionsrader,
   numrerade kriterier med vikter, jurytabell, tidplan 2025 som punktlista,
   prissumma som ändrats mellan år (2019–2022 respektive från 2023), tabell över
   tidigare pristagare 2019–2024 (2020 ingen utdelning) och ett avsnitt "Jäv".

5. tidredovisning_vagen_in_esfplus.txt  (TXT, UTF-8)
   Instruktion för tidredovisning och lönekostnader i ett ESF+-projekt
   (Samordningsförbundet Östra Skaraborg). Rubriker understrukna med "===" och
   "---", numrerade avsnitt, definitioner "Med X avses …", PO-pålägg per år
   (2024, 2025), räkneexempel med formel och indragna beräkningsrader, frister
   för tidrapport och utbetalningsansökan, roller med namn, förkortningar.

6. kompetensvaxling_kalmar_broschyr.pdf  (PDF, reportlab, 2 liggande sidor)
   Trefaldig broschyr (liggande A4 med tre paneler per sida). Sida 1 = utsidan:
   vänster panel "Så går det till" (numrerade steg), mittpanel baksida med
   kontaktuppgifter, höger panel framsida med titel på färgad bakgrund. Sida 2 =
   insidan: "Vad är kompetensväxling?", "Vem kan delta?" (villkor, definitioner)
   och "Ersättning" (belopp, tak, tidsgränser, mål per år 2025–2026).
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

import docx
from docx.shared import Pt, Cm


# ---------------------------------------------------------------------------
# Gemensamma stilar
# ---------------------------------------------------------------------------
BODY = ParagraphStyle('body', fontName='Helvetica', fontSize=9.5, leading=12.5,
                      spaceAfter=5)
SMALL = ParagraphStyle('small', parent=BODY, fontSize=8.5, leading=11)
H1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=17, leading=21,
                    spaceAfter=8)
H2 = ParagraphStyle('h2', fontName='Helvetica-Bold', fontSize=12, leading=15,
                    spaceBefore=8, spaceAfter=4)
H3 = ParagraphStyle('h3', fontName='Helvetica-Bold', fontSize=10, leading=13,
                    spaceBefore=6, spaceAfter=3)
CELL = ParagraphStyle('cell', fontName='Helvetica', fontSize=8.5, leading=10.5)
CELLB = ParagraphStyle('cellb', parent=CELL, fontName='Helvetica-Bold')


# ---------------------------------------------------------------------------
# 1. Kurskatalog (PDF)
# ---------------------------------------------------------------------------
COURSES = [
    dict(kod='K25-101', namn='Introduktion till regional utvecklingsplanering',
         datum='9–10 september 2025', plats='Östersund, Mittpunkten, sal Storsjön (F)',
         omf='2 dagar', pris='2 400 kr', platser='24', senast='19 augusti 2025',
         ledare='Jonas Berglöf, strateg, Region Jämtland Härjedalen',
         inneh='Regional utvecklingsstrategi (RUS), det regionala utvecklingsansvaret, '
               'samverkan med kommunerna och hur strategin följs upp med indikatorer.'),
    dict(kod='K25-102', namn='Statistik för lägesbilder – Kolada och SCB i praktiken',
         datum='23 september och 7 oktober 2025, kl. 9.00–12.00', plats='Digitalt via Teams (D)',
         omf='2 halvdagar', pris='1 200 kr', platser='30', senast='2 september 2025',
         ledare='Anna-Karin Holm, analytiker',
         inneh='Att hämta, tolka och redovisa statistik över arbetsmarknad och befolkning. '
               'Deltagarna bygger en egen lägesbild för en kommun.'),
    dict(kod='K25-103', namn='Statsstödsregler för handläggare',
         datum='14 oktober 2025, kl. 9.00–16.00', plats='Östersund, Regionens hus, sal Frösön (F)',
         omf='1 dag', pris='1 800 kr', platser='20', senast='23 september 2025',
         ledare='advokat Maria Ekerot (extern föreläsare)',
         inneh='EU:s statsstödsregler, de minimis-stöd och gruppundantagen (GBER) '
               'med övningar på verkliga ärenden om företagsstöd.'),
    dict(kod='K25-104', namn='Klarspråk i beslut och yttranden',
         datum='5 november 2025, kl. 13.00–16.00', plats='Digitalt via Teams (D)',
         omf='halvdag', pris='900 kr', platser='40', senast='15 oktober 2025',
         ledare='Lotta Grahn, språkkonsult',
         inneh='Struktur, motivering och tilltal i beslut, tjänsteskrivelser och remissvar.'),
    dict(kod='K25-105', namn='Arbetsgivarkontakter och matchning',
         datum='18–19 november 2025', plats='Sveg, Härjegården (F)',
         omf='2 dagar', pris='2 400 kr', platser='24', senast='28 oktober 2025',
         ledare='Peter Strand, Arbetsförmedlingen',
         inneh='Arbetsgivarbesök, kompetensbehovsanalys och matchning mot '
               'arbetsmarknadspolitiska insatser.'),
    dict(kod='K25-106', namn='Projektekonomi i ESF+ och ERUF',
         datum='2 december 2025, kl. 9.00–15.00', plats='Digitalt via Teams (D)',
         omf='1 dag', pris='1 500 kr', platser='35', senast='11 november 2025',
         ledare='Sanna Wikström, projektekonom',
         inneh='Budget, stödberättigande kostnader, schabloner och ansökan om utbetalning.'),
    dict(kod='K25-107', namn='Jämställdhetsintegrering – grundkurs',
         datum='10 december 2025, kl. 9.00–12.00', plats='Östersund, Mittpunkten, sal Storsjön (F)',
         omf='halvdag', pris='Kostnadsfri', platser='40', senast='19 november 2025',
         ledare='Malin Ågren, jämställdhetsstrateg',
         inneh='Begrepp, könsuppdelad statistik och metoder för jämställdhetsanalys i '
               'verksamhetsplanering.'),
    dict(kod='K25-108', namn='Ledarskap för samverkan (för chefer)',
         datum='25 september, 23 oktober och 20 november 2025', plats='Åre, Holiday Club (F)',
         omf='3 tillfällen à 1,5 dag', pris='6 500 kr inkl. logi och måltider', platser='16',
         senast='4 september 2025',
         ledare='Henrik Oldberg, organisationskonsult',
         inneh='Att leda i nätverk och partnerskap, tillitsbaserad styrning och '
               'konflikthantering. Kursen kräver deltagande vid alla tre tillfällena.'),
]


def _catalogue_page(canv, doc):
    w, h = A4
    canv.saveState()
    canv.setFont('Helvetica', 8)
    canv.setFillColor(colors.HexColor('#555555'))
    canv.drawString(2 * cm, h - 1.3 * cm, 'Utvecklingsakademin · Kurskatalog hösten 2025')
    canv.drawRightString(w - 2 * cm, h - 1.3 * cm, 'Reviderad 2025-06-12')
    canv.setStrokeColor(colors.HexColor('#7a9a3a'))
    canv.setLineWidth(1.2)
    canv.line(2 * cm, h - 1.5 * cm, w - 2 * cm, h - 1.5 * cm)
    canv.setFont('Helvetica', 9)
    canv.drawCentredString(w / 2, 1.2 * cm, '– %d –' % doc.page)
    canv.restoreState()


def _course_box(c):
    rows = [
        [Paragraph('<b>%s</b>' % c['kod'], CELLB), Paragraph('<b>%s</b>' % c['namn'], CELLB)],
        [Paragraph('Datum', CELL), Paragraph(c['datum'], CELL)],
        [Paragraph('Plats', CELL), Paragraph(c['plats'], CELL)],
        [Paragraph('Omfattning', CELL), Paragraph(c['omf'], CELL)],
        [Paragraph('Avgift', CELL), Paragraph(c['pris'], CELL)],
        [Paragraph('Antal dp', CELL), Paragraph(c['platser'], CELL)],
        [Paragraph('Anmälan senast', CELL), Paragraph(c['senast'], CELL)],
        [Paragraph('Kursledare', CELL), Paragraph(c['ledare'], CELL)],
        [Paragraph('Innehåll', CELL), Paragraph(c['inneh'], CELL)],
    ]
    t = Table(rows, colWidths=[3.2 * cm, 13.6 * cm])
    t.setStyle(TableStyle([
        ('BOX', (0, 0), (-1, -1), 1, colors.HexColor('#7a9a3a')),
        ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6efd5')),
        ('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.HexColor('#7a9a3a')),
        ('VALIGN', (0, 0), (-1, -1), 'TOP'),
        ('TOPPADDING', (0, 0), (-1, -1), 1.5),
        ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5),
    ]))
    return KeepTogether([t, Spacer(1, 7)])


def make_catalogue(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.1 * cm, bottomMargin=2 * cm,
                            title='Kurskatalog hösten 2025', author='Utvecklingsakademin')
    s = []
    s.append(Paragraph('Kurskatalog hösten 2025', H1))
    s.append(Paragraph('Kompetensutveckling för regionala utvecklare, handläggare och chefer '
                       'i Jämtlands län', H3))
    s.append(Paragraph(
        'Utvecklingsakademin (UA) är ett samarbete mellan Region Jämtland Härjedalen och '
        'Arbetsförmedlingen i Jämtlands län. UA startade 2021 och erbjuder korta kurser för '
        'medarbetare i regionen, länets åtta kommuner och Arbetsförmedlingen. Sedan starten har '
        'UA genomfört 64 kurser. År 2023 deltog 512 personer och år 2024 deltog 587 personer i '
        'UA:s kurser; målet för 2025 är 650 deltagare.', BODY))
    s.append(Paragraph('Anmälan och avgifter', H2))
    s.append(Paragraph(
        'Anmälan görs i Kompetensportalen senast tre veckor före kursstart, se datum i '
        'respektive kursruta. Platserna fördelas i den ordning anmälningarna kommer in. '
        'Bekräftelse skickas senast två veckor före kursstart.', BODY))
    s.append(Paragraph(
        'Kurserna är avgiftsfria för anställda i Region Jämtland Härjedalen. För anställda i '
        'kommunerna och på Arbetsförmedlingen gäller avgiften i kursrutan; avgiften faktureras '
        'arbetsgivaren efter genomförd kurs. Avbokning senare än 10 arbetsdagar före kursstart '
        'debiteras med 50 procent av avgiften. Uteblivet deltagande utan avbokning debiteras '
        'med hel avgift. Platsen får överlåtas till en kollega.', BODY))
    s.append(Paragraph('Förkortningar i katalogen', H2))
    abbr = [['UA', 'Utvecklingsakademin'], ['dp', 'deltagarplatser'],
            ['F', 'fysisk kurs på plats'], ['D', 'digital kurs via Teams'],
            ['HT', 'hösttermin'], ['RUS', 'regional utvecklingsstrategi']]
    t = Table([[Paragraph('<b>%s</b>' % a, CELL), Paragraph(b, CELL)] for a, b in abbr],
              colWidths=[2 * cm, 8 * cm], hAlign='LEFT')
    t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.grey),
                           ('TOPPADDING', (0, 0), (-1, -1), 1),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 1)]))
    s.append(t)
    s.append(Paragraph('Nytt hösten 2025', H2))
    for line in ['Kursen K25-103 om statsstödsregler ges för första gången.',
                 'De digitala kurserna spelas inte in; presentationsmaterialet finns i '
                 'Kompetensportalen i fyra veckor efter kurstillfället.',
                 'Ledarskapskursen K25-108 ersätter programmet "Chef i samverkan" som gavs 2022–2024.']:
        s.append(Paragraph('– ' + line, ParagraphStyle('dash', parent=BODY, leftIndent=10, firstLineIndent=-10)))
    s.append(Paragraph('Kurserna hösten 2025', H2))
    for c in COURSES:
        s.append(_course_box(c))
    s.append(Paragraph('Rekommenderade kurser per målgrupp', H2))
    s.append(Paragraph('Tabellen visar vilka kurser UA rekommenderar för respektive målgrupp '
                       '(X = rekommenderas). Alla kurser är öppna för alla målgrupper utom '
                       'K25-108, som endast är öppen för chefer.', BODY))
    groups = ['Nyanställd', 'Handläggare Af', 'Regional utvecklare', 'Kommunal tjänsteperson', 'Chef']
    rec = {
        'K25-101': [1, 0, 1, 1, 0], 'K25-102': [0, 1, 1, 1, 0], 'K25-103': [0, 0, 1, 1, 0],
        'K25-104': [1, 1, 1, 1, 0], 'K25-105': [0, 1, 0, 1, 0], 'K25-106': [0, 0, 1, 1, 1],
        'K25-107': [1, 1, 1, 1, 1], 'K25-108': [0, 0, 0, 0, 1],
    }
    hdr = [Paragraph('<b>Kurs</b>', CELL)] + [Paragraph('<b>%s</b>' % g, CELL) for g in groups]
    rows = [hdr]
    for c in COURSES:
        rows.append([Paragraph(c['kod'], CELL)] + ['X' if v else '' for v in rec[c['kod']]])
    t = Table(rows, colWidths=[2.4 * cm] + [2.8 * cm] * 5)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                           ('ALIGN', (1, 1), (-1, -1), 'CENTER'),
                           ('FONTSIZE', (1, 1), (-1, -1), 9),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6efd5'))]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(Paragraph('Frågor om kurserna besvaras av kursadministratör Elin Sjödin, '
                       'tfn 063-14 75 20. Frågor om fakturor besvaras av Regionens '
                       'ekonomiservice.', SMALL))
    doc.build(s, onFirstPage=_catalogue_page, onLaterPages=_catalogue_page)


# ---------------------------------------------------------------------------
# 2. Medarbetarenkät (PDF, två spalter, avstavning)
# ---------------------------------------------------------------------------
SHY = '\xad'


def _h(text):
    """Ersätter '|' med mjukt bindestreck (avstavningspunkt)."""
    return text.replace('|', SHY)


HB = ParagraphStyle('hb', parent=BODY, fontSize=9.3, leading=12.2, embeddedHyphenation=1,
                    uriWasteReduce=0, alignment=4)


def _survey_story():
    T1 = ParagraphStyle('t1', parent=H1, fontSize=15, leading=18)
    H2b = ParagraphStyle('h2b', parent=H2, fontSize=11, leading=14, textColor=colors.HexColor('#1f4e79'))
    LI = ParagraphStyle('li', parent=HB, leftIndent=12, firstLineIndent=-12)
    s = []
    P = lambda t: s.append(Paragraph(_h(t), HB))  # noqa: E731

    def rule_table(data, widths, bold_last=False):
        tt = Table(data, colWidths=widths, hAlign='LEFT')
        style = [('FONT', (0, 0), (-1, -1), 'Helvetica', 8.5),
                 ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8.5),
                 ('ALIGN', (1, 0), (-1, -1), 'RIGHT'),
                 ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                 ('LINEABOVE', (0, 0), (-1, 0), 0.8, colors.black),
                 ('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.black),
                 ('LINEBELOW', (0, -1), (-1, -1), 0.8, colors.black),
                 ('TOPPADDING', (0, 0), (-1, -1), 1.5),
                 ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]
        if bold_last:
            style += [('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 8.5),
                      ('LINEABOVE', (0, -1), (-1, -1), 0.5, colors.black)]
        tt.setStyle(TableStyle(style))
        return tt

    s.append(Paragraph('Medarbetarenkäten 2025', T1))
    s.append(Paragraph('Resultatrapport för avdelningen Regional utveckling', H3))
    s.append(Paragraph('1. Om undersökningen', H2b))
    P('Medarbetar|enkäten genomfördes 3–24 mars 2025 som en webb|enkät av leverantören '
      'Enkätbyrån Nordvik AB på uppdrag av HR-enheten. Samtliga tillsvidare- och '
      'visstids|anställda med en anställning på minst tre månader fick enkäten. Av '
      'avdelningens 171 medarbetare svarade 148, vilket ger en svarsfrekvens på 86,5 procent. '
      'Svarsfrekvensen var 81,2 procent år 2024 och 78,9 procent år 2023.')
    P('Enkäten innehöll 42 frågor. Svaren lämnades på en skala från 1 (instämmer inte alls) '
      'till 5 (instämmer helt). Resultat redovisas inte för grupper med färre än fem svarande, '
      'för att skydda de svarandes anonymitet. Två påminnelser skickades, den 12 och den '
      '19 mars 2025.')
    s.append(Paragraph('2. Begrepp', H2b))
    P('<b>HME</b> (Hållbart medarbetar|engagemang) är ett index mellan 0 och 100 som bygger på '
      'nio frågor inom del|områdena motivation, ledarskap och styrning, se bilagan. HME används '
      'av många regioner och kommuner, vilket gör det möjligt att jämföra resultaten.')
    P('<b>eNPS</b> (employee Net Promoter Score) mäter hur troligt det är att medarbetaren '
      'rekommenderar sin arbetsplats. eNPS beräknas som andelen ambassadörer (svar 9–10) minus '
      'andelen kritiker (svar 0–6) och kan variera mellan -100 och +100.')
    P('Med <b>förbättrings|område</b> avses ett frågeområde där resultatet har sjunkit med minst '
      'tre index|enheter jämfört med föregående år eller ligger under 70.')
    P('Med <b>index|enhet</b> avses en enhet på indexskalan 0–100, där svaret 1 motsvarar 0 '
      'och svaret 5 motsvarar 100.')
    s.append(Paragraph('3. Huvudresultat', H2b))
    P('Avdelningens samlade HME sjönk från 78 år 2024 till 74 år 2025. Nedgången syns i alla tre '
      'del|områdena men är störst för ledarskap, som minskade med fem index|enheter. eNPS sjönk '
      'från 18 till 6. I fritext|svaren nämns hög arbets|belastning i samband med den nya '
      'regionala utvecklings|strategin och otydliga prioriteringar mellan uppdragen oftast.')
    s.append(Paragraph('<b>Tabell 1.</b> Index per år, hela avdelningen', SMALL))
    s.append(rule_table([['Index', '2023', '2024', '2025'],
                         ['HME totalt', '76', '78', '74'],
                         ['Motivation', '79', '80', '77'],
                         ['Ledarskap', '75', '78', '73'],
                         ['Styrning', '74', '76', '72'],
                         ['eNPS', '12', '18', '6'],
                         ['Svarsfrekvens, %', '78,9', '81,2', '86,5']],
                        [3.4 * cm, 1.5 * cm, 1.5 * cm, 1.5 * cm]))
    s.append(Spacer(1, 8))
    P('Resultatet för 2025 ska tolkas mot bakgrund av att avdelningen under hösten 2024 '
      'omorganiserades från fem till fyra enheter, då enheten för internationella frågor '
      'slogs samman med kansli och analys.')
    s.append(Paragraph('4. Resultat per enhet', H2b))
    P('HME varierar mellan enheterna. Högst är resultatet vid enheten för näringsliv och '
      'innovation och lägst vid enheten för samhälls|planering, där även svarsfrekvensen var '
      'lägst. Enheten för samhälls|planering hade under våren 2025 två vakanta tjänster.')
    s.append(Paragraph('<b>Tabell 2.</b> HME per enhet 2025 (n = antal svarande)', SMALL))
    s.append(rule_table([['Enhet', 'n', 'HME'],
                         ['Näringsliv och innovation', '41', '77'],
                         ['Kompetensförsörjning', '36', '75'],
                         ['Samhällsplanering', '29', '70'],
                         ['Kansli och analys', '42', '73'],
                         ['Hela avdelningen', '148', '74']],
                        [4.6 * cm, 1.2 * cm, 1.2 * cm], bold_last=True))
    s.append(Spacer(1, 8))
    s.append(Paragraph('5. Arbetsmiljö och hälsa', H2b))
    P('Andelen som i hög grad upplever stress i arbetet ökade från 18 procent 2024 till '
      '24 procent 2025. Andelen som anger att de har blivit utsatta för kränkande '
      'sär|behandling under de senaste tolv månaderna var 9 procent (13 personer), jämfört med '
      '6 procent 2024. HR-enheten och skydds|ombudet har fått i uppdrag att analysera '
      'svaren vidare tillsammans med företags|hälsovården Hälsopunkten Halland.')
    s.append(Paragraph('<b>Tabell 3.</b> Svarsfördelning 2025 för fyra frågor, procent', SMALL))
    s.append(rule_table([['Påstående', '1–2', '3', '4–5'],
                         [Paragraph('Jag har en rimlig arbetsbelastning', CELL), '38', '27', '35'],
                         [Paragraph('Jag vet vad som förväntas av mig i mitt arbete', CELL), '12', '21', '67'],
                         [Paragraph('Min närmaste chef ger mig återkoppling', CELL), '22', '25', '53'],
                         [Paragraph('Jag ser fram emot att gå till arbetet', CELL), '10', '24', '66']],
                        [4.6 * cm, 1.0 * cm, 1.0 * cm, 1.0 * cm]))
    s.append(Paragraph('1–2 = instämmer inte, 3 = neutral, 4–5 = instämmer.', SMALL))
    s.append(Paragraph('6. Vad hände efter 2024 års enkät?', H2b))
    P('Efter enkäten 2024 införde avdelningen så kallade fokus|fredagar, det vill säga '
      'möteslösa fredags|förmiddagar, från och med september 2024. Åtgärden utvärderades i '
      'december 2024; 71 procent av medarbetarna ville att den skulle fortsätta, och den '
      'permanentades från januari 2025. Den planerade chefs|utbildningen i coachande '
      'ledarskap sköts upp till 2025 på grund av omorganisationen.')
    s.append(Paragraph('7. Beslut om prioriteringar', H2b))
    P('Avdelningens ledningsgrupp behandlade resultatet den 22 april 2025 och beslutade att '
      'prioritera följande tre förbättrings|områden under 2025:')
    for i, txt in enumerate([
            'Arbetsbelastning – en genomgång av uppdragen i verksamhets|planen för att '
            'identifiera vad som kan tas bort eller skjutas upp.',
            'Tydligare prioriteringar – avdelnings|chefen ska kvartalsvis redovisa vilka '
            'uppdrag som har högst prioritet.',
            'Återkoppling från närmaste chef – samtliga chefer genomgår utbildningen i '
            'coachande ledarskap under hösten 2025.'], 1):
        s.append(Paragraph(_h('%d. %s' % (i, txt)), LI))
    P('Varje enhet ska ta fram en egen handlingsplan tillsammans med sina medarbetare senast '
      'den 13 juni 2025. Handlings|planerna följs upp genom en puls|mätning med tio frågor i '
      'oktober 2025 och i nästa ordinarie medarbetar|enkät, som genomförs i mars 2027. '
      'Medarbetar|enkäten genomförs från och med 2026 vartannat år.')
    s.append(Paragraph('8. Kontakt', H2b))
    P('Frågor om rapporten besvaras av HR-partner Sofia Lindqvist, HR-enheten. Avdelnings|chef '
      'är Göran Eklund. Skydds|ombud för avdelningen är Petra Nyman.')
    s.append(Paragraph('Bilaga. Frågorna i HME', H2b))
    P('HME bygger på följande nio påståenden:')
    for area, qs in [('Motivation', ['Jag upplever att mitt arbete känns meningsfullt.',
                                     'Jag lär nytt och utvecklas i mitt dagliga arbete.',
                                     'Jag ser fram emot att gå till arbetet.']),
                     ('Ledarskap', ['Jag har förtroende för min närmaste chef.',
                                    'Min närmaste chef visar uppskattning för mina arbetsinsatser.',
                                    'Min närmaste chef ger mig förutsättningar att ta ansvar '
                                    'för mitt arbete.']),
                     ('Styrning', ['Jag är insatt i min arbetsplats mål.',
                                   'Jag vet vad som förväntas av mig i mitt arbete.',
                                   'Min arbetsplats mål följs upp och utvärderas på ett bra sätt.'])]:
        s.append(Paragraph('<b>%s</b>' % area, HB))
        for q in qs:
            s.append(Paragraph('– ' + q, LI))
    return s


def make_survey(path):
    w, h = A4
    margin = 1.8 * cm
    gap = 0.8 * cm
    colw = (w - 2 * margin - gap) / 2
    top = h - 2.3 * cm
    bottom = 1.9 * cm
    total = {'n': 0}

    def page_deco(canv, doc):
        canv.saveState()
        canv.setFont('Helvetica', 7.5)
        canv.setFillColor(colors.HexColor('#444444'))
        canv.drawString(margin, h - 1.25 * cm,
                        'Region Halland · Medarbetarenkät 2025 · Avdelningen Regional utveckling')
        canv.drawRightString(w - margin, h - 1.25 * cm, 'Intern rapport')
        canv.setStrokeColor(colors.HexColor('#1f4e79'))
        canv.line(margin, h - 1.4 * cm, w - margin, h - 1.4 * cm)
        canv.line(margin, 1.45 * cm, w - margin, 1.45 * cm)
        canv.drawString(margin, 1.05 * cm, 'HR-enheten, Region Halland')
        canv.drawRightString(w - margin, 1.05 * cm, 'Sida %d av %d' % (doc.page, total['n']))
        canv.restoreState()
        total['last'] = doc.page

    for _ in range(2):  # första varvet räknar sidorna
        frames = [Frame(margin, bottom, colw, top - bottom, id='c1', leftPadding=0,
                        rightPadding=0),
                  Frame(margin + colw + gap, bottom, colw, top - bottom, id='c2',
                        leftPadding=0, rightPadding=0)]
        doc = BaseDocTemplate(path, pagesize=A4,
                              title='Medarbetarenkät 2025 – Regional utveckling',
                              author='HR-enheten, Region Halland')
        doc.addPageTemplates([PageTemplate(id='two', frames=frames, onPage=page_deco)])
        doc.build(_survey_story())
        total['n'] = total['last']


# ---------------------------------------------------------------------------
# 3. Sommarbemanning (DOCX)
# ---------------------------------------------------------------------------
def make_staffing(path):
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = 'Arbetsförmedlingen · Sektion Sundsvall/Timrå · INTERNT\tDnr Af-2025/0041127'
    fp = sec.footer.paragraphs[0]
    fp.text = 'Fastställd av sektionschef Maria Öberg 2025-04-15 · Version 1.2'

    d.add_heading('Bemanningsplan sommaren 2025', level=0)
    d.add_paragraph('Arbetsförmedlingen, sektion Sundsvall/Timrå – lokalkontoret i Sundsvall')

    d.add_heading('1. Syfte och omfattning', level=1)
    d.add_paragraph(
        'Bemanningsplanen beskriver hur kontoret säkerställer service till arbetssökande och '
        'arbetsgivare under semesterperioden vecka 25–33, det vill säga 16 juni–17 augusti 2025. '
        'Planen gäller alla medarbetare vid lokalkontoret i Sundsvall. Medarbetare i Timrå '
        'omfattas av en egen plan.')

    d.add_heading('2. Regler för semester och bemanning', level=1)
    for t in [
        'Alla medarbetare har rätt till fyra veckors sammanhängande semester under perioden '
        'juni–augusti, om inte annat överenskommits.',
        'Önskemål om sommarsemester lämnas i Primula senast 14 mars 2025.',
        'Besked om beviljad semester lämnas senast 11 april 2025.',
        'Minst 6 handläggare ska vara i tjänst varje vecka, varav minst 2 med behörighet för '
        'arbetsgivarärenden. Sommaren 2024 var bemanningsgolvet 5 handläggare; golvet höjs från '
        '2025 efter beslut i LSG den 27 februari 2025.',
        'Den som tjänstgör under både vecka 29 och vecka 30 får en extra semesterdag att ta ut '
        'under 2026 (beslut i LSG den 27 februari 2025).',
        'Byte av veckor mellan medarbetare ska godkännas av ansvarig chef för de berörda veckorna.',
    ]:
        d.add_paragraph(t, style='List Bullet')

    d.add_heading('3. Bemanningstabell', level=1)
    d.add_paragraph('Telefonjouren för arbetsgivare bemannas kl. 8.00–12.00 (förmiddag) och '
                    '12.00–16.00 (eftermiddag). Ansvarig chef är kontaktperson för hela veckan '
                    'och nås via växeln.')
    rows = [
        ('25', '16–22 juni', 'Maria Öberg', 'Karin Ljung', 'Ahmed Yusuf', '11'),
        ('26', '23–29 juni', 'Maria Öberg', 'Lars Nyström', 'Emma Backlund', '10'),
        ('27', '30 juni–6 juli', 'Tomas Hägg', 'Sara Pettersson', 'Ahmed Yusuf', '8'),
        ('28', '7–13 juli', 'Tomas Hägg', 'Johan Rask', 'Linnea Dahl', '7'),
        ('29', '14–20 juli', 'Tomas Hägg', 'Karin Ljung', 'Mikael Sundin', '6'),
        ('30', '21–27 juli', 'Eva Sjöberg', 'Emma Backlund', 'Fredrik Olsson', '6'),
        ('31', '28 juli–3 aug', 'Eva Sjöberg', 'Linnea Dahl', 'Johan Rask', '7'),
        ('32', '4–10 aug', 'Maria Öberg', 'Ahmed Yusuf', 'Sara Pettersson', '9'),
        ('33', '11–17 aug', 'Maria Öberg', 'Lars Nyström', 'Mikael Sundin', '11'),
    ]
    tbl = d.add_table(rows=2 + len(rows), cols=6)
    tbl.style = 'Table Grid'
    # två rubrikrader: "Telefonjour" sammanslagen över förmiddag/eftermiddag
    h0 = tbl.rows[0].cells
    h1 = tbl.rows[1].cells
    for i, t in enumerate(['Vecka', 'Datum', 'Ansvarig chef', 'Telefonjour', '',
                           'Handläggare i tjänst']):
        h0[i].text = t
    h1[3].text = 'Förmiddag'
    h1[4].text = 'Eftermiddag'
    for i in (0, 1, 2, 5):
        m = h0[i].merge(h1[i])
        m.text = h0[i].text.strip() if h0[i].text.strip() else m.text
    h0[3].merge(h0[4])
    for c in list(tbl.rows[0].cells) + list(tbl.rows[1].cells):
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True
    for ri, row in enumerate(rows, start=2):
        cells = tbl.rows[ri].cells
        for ci, val in enumerate(row):
            if ci == 2:
                continue
            cells[ci].text = val
    # sammanslagna chef-celler (vertikalt): v25–26, v27–29, v30–31, v32–33
    for start, end, name in [(0, 1, 'Maria Öberg'), (2, 4, 'Tomas Hägg'),
                             (5, 6, 'Eva Sjöberg'), (7, 8, 'Maria Öberg')]:
        a = tbl.cell(start + 2, 2)
        b = tbl.cell(end + 2, 2)
        m = a.merge(b)
        m.text = name
    # städa bort tomma stycken som merge lämnar
    for r in tbl.rows:
        for c in r.cells:
            ps = c.paragraphs
            if len(ps) > 1:
                for p in ps[1:]:
                    if not p.text.strip():
                        p._element.getparent().remove(p._element)

    d.add_heading('4. Särskilda datum', level=1)
    for t in [
        'Kontoret är stängt fredag 20 juni 2025 (midsommarafton).',
        'Reducerade öppettider kl. 10.00–14.00 för besökare under vecka 28–31.',
        'Arbetsgivarservicens rekryteringsträff för besöksnäringen hålls 12 augusti 2025 '
        'kl. 13.00 i Kulturmagasinet; ansvarig är Emma Backlund.',
        'Arbetsplatsträff (APT) efter sommaren hålls tisdag 19 augusti 2025 kl. 9.00.',
    ]:
        d.add_paragraph(t, style='List Bullet')

    d.add_heading('5. Om något händer', level=1)
    d.add_paragraph('Vid sjukdom eller annan frånvaro under sommaren gäller följande ordning:')
    for t in [
        'Sjukanmäl dig i Primula och meddela ansvarig chef för veckan före kl. 8.00.',
        'Ansvarig chef avgör om telefonjouren ska bemannas av en ersättare från '
        'reservlistan.',
        'Om bemanningen understiger golvet kontaktar chefen sektionschefen, som kan besluta '
        'om att stänga besöksmottagningen under eftermiddagen.',
    ]:
        d.add_paragraph(t, style='List Number')

    d.add_heading('5.1 Viktiga kontakter', level=2)
    ct = d.add_table(rows=1, cols=3)
    ct.style = 'Table Grid'
    for c, t in zip(ct.rows[0].cells, ['Funktion', 'Namn', 'Nås via']):
        c.text = t
    for row in [('Sektionschef', 'Maria Öberg', 'ankn. 4401'),
                ('Reservlista och schemaläggning', 'Hanna Lund, teamsamordnare', 'ankn. 4417'),
                ('IT-support', 'Af Servicedesk', 'ankn. 4410'),
                ('Fastighet och larm', 'Vaktmästare Kjell Ek', '070-512 33 90')]:
        cells = ct.add_row().cells
        for c, t in zip(cells, row):
            c.text = t

    d.add_heading('6. Förkortningar', level=1)
    for t in ['APT – arbetsplatsträff', 'LSG – lokal samverkansgrupp',
              'KT – kundtjänst', 'Primula – personal- och lönesystemet']:
        d.add_paragraph(t, style='List Bullet')
    d.save(path)


# ---------------------------------------------------------------------------
# 4. Årets kompetenspartner (Markdown)
# ---------------------------------------------------------------------------
PRIZE_MD = """---
titel: Utmärkelsen Årets kompetenspartner – regler och pristagare
ägare: Region Blekinge, avdelningen för regional utveckling
dokumentansvarig: Hanna Fredriksson
version: 3.1
senast_uppdaterad: 2025-09-02
---

# Utmärkelsen Årets kompetenspartner

Årets kompetenspartner är Blekinges utmärkelse till en arbetsgivare som på ett föredömligt sätt
bidrar till länets kompetensförsörjning. Utmärkelsen instiftades 2019 av Kompetensrådet Blekinge
(KRB) och delas ut vid den årliga Kompetensdagen.

## Begrepp

**Kompetenspartner**
: En arbetsgivare som i samverkan med utbildningsanordnare, kommuner eller Arbetsförmedlingen
  tar emot praktikanter, lärlingar eller nyanlända och investerar i kompetensutveckling av sin
  personal.

**KRB**
: Kompetensrådet Blekinge, länets partnerskap för kompetensförsörjning med representanter
  för Region Blekinge, de fem kommunerna, Arbetsförmedlingen, Blekinge tekniska högskola (BTH)
  och arbetsmarknadens parter.

**Nominering**
: Ett förslag på pristagare som lämnas via formuläret på regionens webbplats.

## Prissumma

Pristagaren får ett diplom och en prissumma som ska användas till kompetensutveckling för
personalen. Prissumman var 25 000 kronor åren 2019–2022. Från och med 2023 är prissumman
40 000 kronor, efter beslut i regionala utvecklingsnämnden den 8 december 2022.

## Vem kan nomineras?

- Privata och offentliga arbetsgivare samt sociala företag med verksamhet i Blekinge län.
- Arbetsgivaren ska ha minst tre anställda.
- Arbetsgivare som har fått utmärkelsen kan nomineras igen tidigast fem år senare.
- Medlemmar i juryn och deras arbetsgivare kan inte nomineras.

Vem som helst får nominera, även arbetsgivaren själv.

## Bedömningskriterier

Juryn bedömer nomineringarna utifrån fyra kriterier med följande vikter:

1. Samverkan med utbildningsanordnare och andra aktörer – 30 procent
2. Insatser för personer som står långt från arbetsmarknaden – 30 procent
3. Kompetensutveckling av befintlig personal – 25 procent
4. Spridning av arbetssätt till andra arbetsgivare – 15 procent

## Jury 2025

| Roll | Namn | Organisation |
|---|---|---|
| Ordförande | Kristina Mårtensson | ordförande i KRB, Region Blekinge |
| Vice ordförande | Olof Lindahl | Arbetsförmedlingen Blekinge |
| Ledamot | Sevda Karimi | Blekinge tekniska högskola |
| Ledamot | Per-Erik Sandberg | Företagarna Blekinge |
| Ledamot | Annika Holst | LO-distriktet Skåne-Blekinge |
| Sekreterare (ej röstberättigad) | Hanna Fredriksson | Region Blekinge |

## Tidplan 2025

- 1 september 2025: nomineringen öppnar
- 10 oktober 2025: sista dag att nominera
- 29 oktober 2025: juryns bedömningsmöte
- 27 november 2025: prisutdelning vid Kompetensdagen på Ronneby Brunn

Pristagaren underrättas av juryns ordförande senast en vecka före prisutdelningen och ombeds
hålla det hemligt till dess.

## Jäv

En jurymedlem som är anställd hos, sitter i styrelsen för eller har en nära relation till en
nominerad arbetsgivare anmäler jäv och deltar inte i bedömningen av den nomineringen. Om
ordföranden är jävig leds bedömningen av vice ordföranden. Jäv antecknas i juryns protokoll.

## Tidigare pristagare

| År | Pristagare | Ort | Motivering i korthet |
|---|---|---|---|
| 2019 | Blekinge Sjukhus, ortopedkliniken | Karlskrona | Utbildade 14 undersköterskor via vuxenutbildningen |
| 2020 | – | – | Ingen utdelning på grund av pandemin |
| 2021 | Olofströms Metallindustri AB | Olofström | Lärlingsprogram i samarbete med yrkeshögskolan |
| 2022 | Sölvesborgs Bygg & Fastighet AB | Sölvesborg | Praktikplatser för nyanlända kombinerade med svenska på arbetstid |
| 2023 | Ronneby kommun, äldreomsorgen | Ronneby | Valideringsmodell för vårdbiträden |
| 2024 | Karlshamns Hamn AB | Karlshamn | Yrkesintroduktion för unga i samverkan med Arbetsförmedlingen |

## Kontakt

Frågor om utmärkelsen besvaras av Hanna Fredriksson, utvecklingsledare kompetensförsörjning,
Region Blekinge.
"""


# ---------------------------------------------------------------------------
# 5. Tidredovisning (TXT)
# ---------------------------------------------------------------------------
TIME_TXT = """INSTRUKTION – TIDREDOVISNING OCH LÖNEKOSTNADER
I PROJEKTET "VÄGEN IN" (ESF+)
=================================================================

Samordningsförbundet Östra Skaraborg
Projekt-id: 2024/00318            Version: 2
Fastställd: 2025-01-20            Ersätter: version 1 (2024-05-06)
Dokumentägare: projektekonom Oskar Blom


1. SYFTE
--------

Instruktionen beskriver hur personal i projektet Vägen In redovisar
arbetad tid och hur lönekostnaderna räknas fram i ansökan om
utbetalning till Svenska ESF-rådet. Den gäller alla som har hela eller
delar av sin tjänst finansierad av projektet, även personal som är
anställd i medlemskommunerna och lånas ut till projektet.

Projektet pågår 2024-09-01 -- 2027-08-31 och har en beviljad
budget på 14 600 000 kronor, varav 8 760 000 kronor är ESF+-stöd.


2. DEFINITIONER
---------------

Med timkostnad avses den kostnad per arbetad timme som får belasta
projektet. Den beräknas enligt avsnitt 4.

Med PO-pålägg avses arbetsgivaravgifter, avtalsförsäkringar och
pensionskostnader uttryckta som procent av lönen.

Med schablon för indirekta kostnader avses de 15 procent av de
direkta personalkostnaderna som projektet får redovisa utan
verifikationer för lokaler, administration och IT.

Med tidrapport avses den månadsvisa redovisningen av arbetad tid
per aktivitet i systemet Projektplatsen.


3. TIDRAPPORTERING
------------------

3.1  All tid i projektet rapporteras per månad och per aktivitet.
     Aktiviteterna är: A1 Kartläggning, A2 Individuell coachning,
     A3 Arbetsgivarsamverkan, A4 Projektledning och administration.

3.2  Tidrapporten signeras av medarbetaren och attesteras av
     närmaste chef. För utlånad personal attesterar projektledaren
     efter avstämning med närmaste chef i kommunen.

3.3  Tidrapporten ska vara inlämnad senast den 10:e i månaden efter
     den månad som redovisas. Sen tidrapport innebär att kostnaden
     flyttas till nästa utbetalningsansökan.

3.4  Från och med 1 januari 2025 lämnas tidrapporter endast
     digitalt i Projektplatsen. Under 2024 godtogs inskannade
     pappersrapporter med underskrift.

3.5  Semester, sjukdom och föräldraledighet rapporteras inte som
     projekttid. Tid för projektets styrgrupp och lärande
     utvärdering rapporteras på A4.


4. BERÄKNING AV TIMKOSTNAD
--------------------------

Timkostnaden beräknas med formeln:

    timkostnad = (månadslön x 12 x (1 + PO-pålägg)) / 1 720

där 1 720 är det antal arbetstimmar per år som Svenska ESF-rådet
godtar som schablon för en heltid.

PO-pålägget följer SKR:s rekommendation för respektive år:

    2024:  39,65 procent
    2025:  40,15 procent

För 2026 används 2025 års pålägg tills SKR har publicerat ett nytt.


Räkneexempel (mars 2025)

    Coachen Petra Lund har månadslönen 36 500 kr och arbetar
    80 timmar i projektet under mars 2025.

    Årslön inkl. PO:  36 500 x 12 x 1,4015  = 613 857 kr
    Timkostnad:       613 857 / 1 720       =  356,89 kr
    Lönekostnad mars: 80 x 356,89           = 28 551 kr
    Indirekta kostnader (15 %):             =  4 283 kr

    Totalt redovisas för Petra Lund i mars 28 551 + 4 283 = 32 834 kr.


5. ANSÖKAN OM UTBETALNING
-------------------------

Projektet ansöker om utbetalning kvartalsvis. Underlag från
medlemskommunerna ska vara projektekonomen tillhanda senast 15
dagar före respektive sista dag:

    Kvartal 1 (jan-mars) ...........  senast 30 april
    Kvartal 2 (april-juni) .........  senast 31 juli
    Kvartal 3 (juli-sept) ..........  senast 31 oktober
    Kvartal 4 (okt-dec) ............  senast 31 januari följande år

Första ansökan för 2025 avsåg perioden 2024-09-01--2024-12-31 och
lämnades 2025-01-29.


6. ROLLER
---------

Projektledare ........ Jenny Alm (attesterar utlånad personal,
                       ansvarar för aktivitetsplanen)
Projektekonom ........ Oskar Blom (sammanställer lönekostnader,
                       lämnar ansökan om utbetalning)
Förbundschef ......... Camilla Ek (beslutsattestant, undertecknar
                       ansökan om utbetalning)
Styrgrupp ............ ordförande Bengt Åhlén, socialchef i Skövde


7. FÖRKORTNINGAR
----------------

ESF+   Europeiska socialfonden+
PO     personalomkostnader
SKR    Sveriges Kommuner och Regioner
FINSAM lagen om finansiell samordning av rehabiliteringsinsatser
A1-A4  projektets aktiviteter enligt avsnitt 3.1


Frågor om instruktionen: Oskar Blom, projektekonom.
"""


# ---------------------------------------------------------------------------
# 6. Trefaldig broschyr (PDF, liggande, tre paneler)
# ---------------------------------------------------------------------------
def make_brochure(path):
    pw, ph = landscape(A4)
    panel = pw / 3
    pad = 0.9 * cm
    frames = [Frame(i * panel + pad, pad, panel - 2 * pad, ph - 2 * pad, id='p%d' % i,
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
              for i in range(3)]
    green = colors.HexColor('#00634a')

    def outside(canv, doc):
        canv.saveState()
        if doc.page == 1:
            canv.setFillColor(colors.HexColor('#dcefe8'))
            canv.rect(2 * panel, 0, panel, ph, stroke=0, fill=1)
        canv.setStrokeColor(colors.HexColor('#bbbbbb'))
        canv.setDash(2, 3)
        canv.line(panel, 0.5 * cm, panel, ph - 0.5 * cm)
        canv.line(2 * panel, 0.5 * cm, 2 * panel, ph - 0.5 * cm)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=landscape(A4), title='Kompetensväxling Kalmar län',
                          author='Region Kalmar län')
    doc.addPageTemplates([PageTemplate(id='tri', frames=frames, onPage=outside)])
    B = ParagraphStyle('bb', parent=BODY, fontSize=9.5, leading=12.8)
    HH = ParagraphStyle('hh', parent=H2, fontSize=13, leading=16, textColor=green)
    BIG = ParagraphStyle('big', fontName='Helvetica-Bold', fontSize=24, leading=29,
                         textColor=green, alignment=TA_CENTER)
    SUB = ParagraphStyle('sub', fontName='Helvetica', fontSize=12, leading=16,
                         alignment=TA_CENTER)
    s = []
    # --- sida 1, vänster panel: invikt flik
    s.append(Paragraph('Så går det till', HH))
    for i, t in enumerate([
            'Gör en intresseanmälan via formuläret på regionkalmar.se/kompetensvaxling. '
            'Antagningen sker löpande.',
            'En projektsamordnare besöker arbetsplatsen och gör tillsammans med er en '
            'kompetensplan för den eller de anställda som ska utbildas.',
            'Arbetsförmedlingen föreslår vikarier som matchas mot era behov. Ni väljer själva '
            'vem ni anställer.',
            'Vikarien får en introduktion på två veckor innan den ordinarie medarbetaren '
            'börjar sin utbildning.',
            'Ni rekvirerar ersättningen månadsvis i efterskott på blanketten "Rekvisition '
            'kompetensväxling".'], 1):
        s.append(Paragraph('<b>%d.</b> %s' % (i, t), ParagraphStyle('st', parent=B, leftIndent=12,
                                                                   firstLineIndent=-12)))
    s.append(Spacer(1, 6))
    s.append(Paragraph('Sista dag för intresseanmälan till omgången som startar i januari 2026 '
                       'är 14 november 2025.', B))
    s.append(FrameBreak())
    # --- sida 1, mittpanel: baksida
    s.append(Paragraph('Kontakt', HH))
    s.append(Paragraph('<b>Ida Wennberg</b><br/>projektledare, Region Kalmar län<br/>'
                       'tfn 0480-44 83 10', B))
    s.append(Paragraph('<b>Niklas Brandt</b><br/>arbetsgivarkontakt, Arbetsförmedlingen '
                       'Kalmar<br/>tfn 010-486 12 55', B))
    s.append(Paragraph('<b>Besöksadress</b><br/>Region Kalmar län, Strömgatan 3, Kalmar', B))
    s.append(Spacer(1, 14))
    s.append(Paragraph('Projektet Kompetensväxling Kalmar län är ett samarbete mellan Region '
                       'Kalmar län, Arbetsförmedlingen och länets tolv kommuner. Projektet '
                       'finansieras av Europeiska socialfonden+ (ESF+) och Region Kalmar län.',
                       SMALL))
    s.append(Spacer(1, 8))
    s.append(Paragraph('Broschyren är tryckt i augusti 2025.', SMALL))
    s.append(FrameBreak())
    # --- sida 1, höger panel: framsida
    s.append(Spacer(1, 4.5 * cm))
    s.append(Paragraph('Kompetens-<br/>växling<br/>Kalmar län', BIG))
    s.append(Spacer(1, 0.8 * cm))
    s.append(Paragraph('Utbilda din personal – och ge en arbetssökande en väg in', SUB))
    s.append(Spacer(1, 3.5 * cm))
    s.append(Paragraph('För dig som är arbetsgivare i Kalmar län', SUB))
    s.append(FrameBreak())
    # --- sida 2, insidan
    s.append(Paragraph('Vad är kompetensväxling?', HH))
    s.append(Paragraph(
        'Kompetensväxling betyder att en anställd går en utbildning på arbetstid samtidigt som '
        'en arbetssökande anställs som vikarie och gör den anställdes jobb. Arbetsgivaren får '
        'höjd kompetens i personalgruppen och en möjlighet att pröva en ny medarbetare. Den '
        'arbetssökande får arbetslivserfarenhet och en referens.', B))
    s.append(Paragraph(
        'Modellen prövades första gången i Danmark under namnet jobrotation och har använts '
        'i flera svenska regioner.', B))
    s.append(Paragraph('Mål för projektet', H3))
    s.append(Paragraph('Projektet pågår 1 februari 2025–31 januari 2027. Under projekttiden ska '
                       '120 anställda utbildas och 80 vikarier anställas. Målet är 50 växlingar '
                       'under 2025 och 70 växlingar under 2026. Minst hälften av vikarierna ska '
                       'ha fortsatt arbete eller studier sex månader efter vikariatet.', B))
    s.append(FrameBreak())
    s.append(Paragraph('Vem kan delta?', HH))
    s.append(Paragraph('<b>Arbetsgivare:</b> privata och offentliga arbetsgivare med '
                       'verksamhet i Kalmar län och högst 249 anställda. Kommuner och regionen '
                       'kan delta oavsett storlek.', B))
    s.append(Paragraph('<b>Anställd som utbildas:</b> tillsvidareanställd sedan minst 12 '
                       'månader. Utbildningen ska omfatta minst 4 och högst 26 veckor.', B))
    s.append(Paragraph('<b>Vikarie:</b> en arbetssökande som har varit inskriven på '
                       'Arbetsförmedlingen i minst 6 månader, eller är ung under 25 år och '
                       'inskriven i minst 3 månader. Vikarien anställs på en tidsbegränsad '
                       'anställning med lön och villkor enligt kollektivavtal.', B))
    s.append(Paragraph('Vad räknas inte?', H3))
    s.append(Paragraph('Introduktionsutbildning för nyanställda, lagstadgade utbildningar '
                       'som arbetsgivaren ändå måste ge (till exempel heta arbeten) och '
                       'utbildningar som redan har påbörjats.', B))
    s.append(FrameBreak())
    s.append(Paragraph('Ersättning', HH))
    s.append(Paragraph('Arbetsgivaren får ersättning för 50 procent av vikariens '
                       'lönekostnad, dock högst 15 000 kronor per månad och vikarie, i upp '
                       'till 6 månader.', B))
    s.append(Paragraph('För den anställdes utbildning lämnas ett utbildningsbidrag på upp till '
                       '20 000 kronor per anställd. Bidraget betalas ut mot faktura från '
                       'utbildningsanordnaren.', B))
    tbl = Table([['Ersättning', 'Tak'],
                 ['Vikariens lönekostnad', '50 %, högst 15 000 kr/mån'],
                 ['Ersättningsperiod', 'högst 6 månader'],
                 ['Utbildningsbidrag', 'högst 20 000 kr/anställd'],
                 ['Högsta stöd per arbetsgivare', '300 000 kr under projekttiden']],
                colWidths=[4.2 * cm, 4.6 * cm])
    tbl.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 8.5),
                             ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8.5),
                             ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dcefe8')),
                             ('GRID', (0, 0), (-1, -1), 0.4, colors.grey)]))
    s.append(tbl)
    s.append(Spacer(1, 8))
    s.append(Paragraph('Ersättningen räknas som stöd av mindre betydelse (de minimis-stöd). '
                       'Arbetsgivaren intygar i ansökan hur mycket sådant stöd som har tagits '
                       'emot under de senaste tre åren.', B))
    doc.build(s)


def main():
    if len(sys.argv) != 2:
        print('Användning: python r126_make_files.py OUT_DIR')
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_catalogue(os.path.join(out, 'kurskatalog_utvecklingsakademin_ht2025.pdf'))
    make_survey(os.path.join(out, 'medarbetarenkat_2025_regional_utveckling.pdf'))
    make_staffing(os.path.join(out, 'sommarbemanning_2025_af_sundsvall.docx'))
    with open(os.path.join(out, 'arets_kompetenspartner_regler.md'), 'w', encoding='utf-8') as f:
        f.write(PRIZE_MD)
    with open(os.path.join(out, 'tidredovisning_vagen_in_esfplus.txt'), 'w', encoding='utf-8') as f:
        f.write(TIME_TXT)
    make_brochure(os.path.join(out, 'kompetensvaxling_kalmar_broschyr.pdf'))
    for n in sorted(os.listdir(out)):
        print(n, os.path.getsize(os.path.join(out, n)))


if __name__ == '__main__':
    main()
