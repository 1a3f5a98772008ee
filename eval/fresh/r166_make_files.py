#!/usr/bin/env python3
"""r166 – Omsorgsspåret Halland (kompetensförsörjning av undersköterskor i Hallands län).

Run:  python r166_make_files.py OUTDIR

Writes six documents on one topic, dated February–November 2026:
  1. kompetensforsorjning_vard_omsorg_halland_2026-2028.pdf  (Region Halland, report 2026:3, 24 Feb 2026)
  2. protokoll_styrgrupp_omsorgssparet_2026-05-12.docx        (steering-group minutes, 12 May 2026)
  3. overenskommelse_AF_omsorgssparet_halland.docx            (cooperation agreement, signed 16 Jun 2026)
  4. webbinarium_validering_fragor_svar_2026-09-17.txt         (webinar Q&A export + corrections 18 Sep)
  5. lagesrapport_omsorgssparet_Q3_2026.md                     (quarterly status report, 14 Oct 2026)
  6. arbetsmarknadsutsikter_halland_hosten_2026.pdf            (Arbetsförmedlingen outlook, 5 Nov 2026)

Deterministic: reportlab invariant mode, fixed DOCX core properties and fixed zip timestamps.
"""
import os
import sys
import zipfile

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, PageBreak, FrameBreak, KeepTogether,
                                ListFlowable, ListItem, CondPageBreak)
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.charts.barcharts import HorizontalBarChart

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
import datetime

DV = '/usr/share/fonts/truetype/dejavu/'
LB = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('Sans', DV + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('Sans-B', DV + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Sans-I', DV + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('Serif', DV + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('Serif-B', DV + 'DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Serif-I', DV + 'DejaVuSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('Lib', LB + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('Lib-B', LB + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Lib-I', LB + 'LiberationSans-Italic.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('Serif', normal='Serif', bold='Serif-B', italic='Serif-I', boldItalic='Serif-B')
registerFontFamily('Sans', normal='Sans', bold='Sans-B', italic='Sans-I', boldItalic='Sans-B')
registerFontFamily('Lib', normal='Lib', bold='Lib-B', italic='Lib-I', boldItalic='Lib-B')


def T(s):
    """Source markup: '|' = soft hyphen (break point in long compounds), '~' = no-break space."""
    return s.replace('|', '\u00ad').replace('~', '\u00a0')


# ---------------------------------------------------------------------------
# 1. Region Halland report (PDF)
# ---------------------------------------------------------------------------
RH_TEAL = colors.HexColor('#00607A')
RH_LIGHT = colors.HexColor('#E3F0F3')


def make_region_report(path):
    title_short = 'Kompetensförsörjning i vård och omsorg – Halland 2026–2028'
    body = ParagraphStyle('body', fontName='Serif', fontSize=9.8, leading=13.6, alignment=TA_JUSTIFY,
                          spaceAfter=6)
    h1 = ParagraphStyle('h1', fontName='Sans-B', fontSize=14, leading=18, textColor=RH_TEAL,
                        spaceBefore=10, spaceAfter=6, keepWithNext=1)
    h2 = ParagraphStyle('h2', fontName='Sans-B', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3,
                        keepWithNext=1)
    cap = ParagraphStyle('cap', fontName='Sans-B', fontSize=8.8, leading=11, spaceBefore=6, spaceAfter=3,
                         keepWithNext=1)
    note = ParagraphStyle('note', fontName='Sans-I', fontSize=7.6, leading=9.6, spaceBefore=2, spaceAfter=8)
    cell = ParagraphStyle('cell', fontName='Sans', fontSize=8.4, leading=10.2)
    cellb = ParagraphStyle('cellb', parent=cell, fontName='Sans-B')
    toc = ParagraphStyle('toc', fontName='Sans', fontSize=10, leading=16)
    li = ParagraphStyle('li', parent=body, spaceAfter=4)

    heads = []  # (level, text) in order; page numbers collected during build

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            if isinstance(fl, Paragraph) and fl.style.name in ('h1',):
                heads.append((fl.getPlainText(), self.page))

    def title_page(c, d):
        W, H = A4
        c.saveState()
        c.setFillColor(RH_TEAL)
        c.rect(0, H - 70 * mm, W, 70 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('Sans-B', 20)
        c.drawString(25 * mm, H - 25 * mm, 'Region Halland')
        c.setFont('Sans', 10)
        c.drawString(25 * mm, H - 32 * mm, 'Regional utveckling')
        c.setFont('Sans', 9)
        c.drawRightString(W - 25 * mm, H - 25 * mm, 'Rapport 2026:3')
        c.setFillColor(RH_LIGHT)
        c.circle(W - 40 * mm, H - 70 * mm, 22 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont('Sans', 7.5)
        c.drawString(25 * mm, 15 * mm, 'Region Halland · Box 517 · 301 80 Halmstad · Telefon 035-13 48 00 · regionhalland.se')
        c.restoreState()

    def later_page(c, d):
        W, H = A4
        c.saveState()
        c.setFont('Sans', 7.5)
        c.setFillColor(colors.HexColor('#444444'))
        c.drawString(25 * mm, H - 14 * mm, title_short)
        c.drawRightString(W - 25 * mm, H - 14 * mm, 'Region Halland')
        c.setStrokeColor(RH_TEAL)
        c.setLineWidth(0.6)
        c.line(25 * mm, H - 16 * mm, W - 25 * mm, H - 16 * mm)
        c.line(25 * mm, 17 * mm, W - 25 * mm, 17 * mm)
        c.drawString(25 * mm, 12 * mm, 'Rapport 2026:3')
        c.drawRightString(W - 25 * mm, 12 * mm, 'Sida %d av %d' % (d.page, d._total_pages))
        c.restoreState()

    def build(total, toc_pages):
        doc = Doc(path, pagesize=A4, title='Kompetensförsörjning i vård och omsorg i Halland 2026–2028',
                  author='Johanna Lindqvist; Anders Håkansson', subject='Rapport 2026:3',
                  leftMargin=25 * mm, rightMargin=25 * mm, topMargin=24 * mm, bottomMargin=24 * mm)
        doc._total_pages = total
        fr_title = Frame(25 * mm, 25 * mm, A4[0] - 50 * mm, A4[1] - 110 * mm, id='t')
        fr_body = Frame(25 * mm, 22 * mm, A4[0] - 50 * mm, A4[1] - 44 * mm, id='b')
        doc.addPageTemplates([PageTemplate('title', [fr_title], onPage=title_page),
                              PageTemplate('body', [fr_body], onPage=later_page)])
        S = []
        tt = ParagraphStyle('tt', fontName='Sans-B', fontSize=24, leading=30, textColor=RH_TEAL)
        st = ParagraphStyle('st', fontName='Sans', fontSize=13, leading=18, textColor=colors.HexColor('#333333'))
        meta = ParagraphStyle('meta', fontName='Sans', fontSize=9.5, leading=15)
        S += [Spacer(1, 18 * mm),
              Paragraph('Kompetensförsörjning i vård och omsorg i Halland', tt), Spacer(1, 4 * mm),
              Paragraph('Regional behovsanalys och handlingsplan 2026–2028 för Omsorgsspåret Halland', st),
              Spacer(1, 28 * mm)]
        mt = Table([
            [Paragraph('<b>Författare</b>', meta), Paragraph('Johanna Lindqvist, utvecklingsledare, och Anders Håkansson, analytiker', meta)],
            [Paragraph('<b>Enhet</b>', meta), Paragraph('Regional utveckling, avdelningen Kompetensförsörjning och utbildning', meta)],
            [Paragraph('<b>Datum</b>', meta), Paragraph('24 februari 2026', meta)],
            [Paragraph('<b>Diarienummer</b>', meta), Paragraph('RUN 2026-00117', meta)],
            [Paragraph('<b>Fastställd</b>', meta), Paragraph('Regionala utvecklingsnämnden 2026-03-18, § 24', meta)],
        ], colWidths=[35 * mm, 115 * mm])
        mt.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                ('LINEABOVE', (0, 0), (-1, 0), 0.8, RH_TEAL),
                                ('LINEBELOW', (0, -1), (-1, -1), 0.8, RH_TEAL),
                                ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
        S += [mt, NextPageTemplate('body'), PageBreak()]

        # contents
        S.append(Paragraph('Innehåll', ParagraphStyle('ih', parent=h1, spaceBefore=0)))
        rows = []
        for i, name in enumerate(['1 Sammanfattning', '2 Bakgrund och utgångspunkter',
                                  '3 Behovet av undersköterskor 2026–2035', '4 Handlingsplan: sex åtgärder',
                                  '5 Mål och indikatorer', '6 Finansiering', '7 Risker']):
            rows.append([Paragraph(name, toc), Paragraph(str(toc_pages.get(name, '')), ParagraphStyle('tr', parent=toc, alignment=TA_RIGHT))])
        tc = Table(rows, colWidths=[140 * mm, 20 * mm])
        tc.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.25, colors.HexColor('#BBBBBB'))]))
        S += [tc, Spacer(1, 10 * mm)]

        def P(s, st=body):
            return Paragraph(T(s), st)

        S.append(P('1 Sammanfattning', h1))
        S.append(P('Vård och omsorg är det största verksamhetsområdet i Halland sett till antalet anställda. Länets sex '
                   'kommuner och Region Halland har i dag cirka 8~500 anställda under|sköterskor, och av dem är 28~procent '
                   '55~år eller äldre. Fram till 2035 behöver huvud|männen rekrytera omkring 5~900 under|sköterskor för att '
                   'ersätta pensions|avgångar och möta en växande andel äldre i befolkningen.'))
        S.append(P('Sedan den 1~juli 2023 är undersköterska en skyddad yrkestitel. Den som vill använda titeln behöver '
                   'ett bevis från Socialstyrelsen. Andelen tillsvidare|anställda i den kommunala äldre|omsorgen som saknar '
                   'under|sköterske|bevis uppskattas till 31~procent, motsvarande omkring 2~100 personer. För dessa '
                   'medarbetare är validering den snabbaste vägen till ett bevis.'))
        S.append(P('Handlingsplanen samlar sex åtgärder under det gemensamma namnet Omsorgsspåret Halland: validering, '
                   'yrkesvux med språkstöd, arbetsmarknads|utbildning, handledarutbildning, språkstöd på arbetsplatsen och '
                   'gemensam uppföljning. Planen gäller 2026–2028 och har en sammanlagd budget på 39,4~miljoner kronor, '
                   'varav 12,8~miljoner kronor för 2026.'))

        S.append(P('2 Bakgrund och utgångspunkter', h1))
        S.append(P('2.1 Uppdraget', h2))
        S.append(P('Regionala utvecklings|nämnden (RUN) gav i juni 2025 Regional utveckling i uppdrag att tillsammans med '
                   'kommunerna ta fram en gemensam behovsanalys och handlingsplan för kompetens|försörjningen i vård och '
                   'omsorg. Uppdraget är en del av genomförandet av Hallands regionala utvecklings|strategi (RUS) '
                   '2021–2030, där ett av målen är att arbetsgivarna i länet ska kunna rekrytera rätt kompetens.'))
        S.append(P('Rapporten bygger på uppgifter från huvudmännens personal|system per december 2025, Region Hallands '
                   'befolknings|prognos och intervjuer med chefer i kommunernas äldre|omsorg och hemsjukvård som '
                   'genomfördes under hösten 2025.'))
        S.append(P('2.2 Samverkansparter och begrepp', h2))
        S.append(P('Arbetet bedrivs tillsammans med Kungsbacka, Varberg, Falkenberg, Halmstad, Laholm och Hylte kommuner, '
                   'Arbetsförmedlingen och Vård- och omsorgscollege Halland (VO-College Halland). VO-College är en '
                   'samverkansform där arbetsgivare och utbildnings|anordnare tillsammans kvalitets|säkrar utbildningar '
                   'inom vård och omsorg.'))
        S.append(P('Validering samordnas av Regionalt valideringskansli (RVK). RVK inrättades vid Region Halland 2024 och '
                   'ansvarar för att bedöma och dokumentera reell kompetens mot kurserna i vård- och omsorgs|programmet. '
                   'Med yrkesvux avses yrkesinriktad vuxenutbildning inom den kommunala vuxen|utbildningen (komvux).'))
        S.append(P('2.3 Styrning och uppföljning', h2))
        S.append(P('Arbetet leds av en styrgrupp med regional utvecklings|direktör Karin Söderholm som ordförande. I '
                   'styrgruppen ingår socialcheferna eller motsvarande i de sex kommunerna, sektionschefen för '
                   'Arbetsförmedlingen i Halland och VO-College Hallands regionala samordnare. Projektledare för '
                   'Omsorgsspåret är Johanna Lindqvist, Regional utveckling.'))
        S.append(P('Handlingsplanen följs upp i en lägesrapport per kvartal till styrgruppen och i en årlig rapport till '
                   'RUN i februari. Den första årsrapporten lämnas i februari 2027.'))

        S.append(P('3 Behovet av undersköterskor 2026–2035', h1))
        S.append(P('Tabell~1 visar rekryterings|behovet per huvudman. Behovet är beräknat som summan av förväntade '
                   'pensions|avgångar och det utöknings|behov som följer av befolknings|utvecklingen. Störst är behovet '
                   'inom Region Hallands hälso- och sjukvård och i Halmstad. I Hylte är det absoluta behovet litet, men '
                   'där går hälften av dagens under|sköterskor i pension under perioden.'))
        data = [['Huvudman', 'Anställda under-\nsköterskor 2025', 'Pensions-\navgångar\n2026–2035', 'Utöknings-\nbehov\n2026–2035', 'Totalt\nrekryterings-\nbehov'],
                ['Kungsbacka kommun', '1 420', '520', '610', '1 130'],
                ['Varbergs kommun', '1 180', '450', '420', '870'],
                ['Falkenbergs kommun', '790', '330', '210', '540'],
                ['Halmstads kommun', '1 960', '740', '560', '1 300'],
                ['Laholms kommun', '540', '240', '160', '400'],
                ['Hylte kommun', '260', '130', '40', '170'],
                ['Region Halland (hälso- och sjukvård)', '2 350', '830', '660', '1 490'],
                ['Summa Halland', '8 500', '3 240', '2 660', '5 900']]
        t1 = Table(data, colWidths=[58 * mm, 26 * mm, 25 * mm, 25 * mm, 26 * mm], repeatRows=1)
        t1.setStyle(TableStyle([
            ('FONT', (0, 0), (-1, -1), 'Sans', 8.4), ('FONT', (0, 0), (-1, 0), 'Sans-B', 8),
            ('FONT', (0, -1), (-1, -1), 'Sans-B', 8.4),
            ('BACKGROUND', (0, 0), (-1, 0), RH_LIGHT), ('ALIGN', (1, 0), (-1, -1), 'RIGHT'),
            ('VALIGN', (0, 0), (-1, 0), 'BOTTOM'),
            ('LINEBELOW', (0, 0), (-1, 0), 0.8, RH_TEAL), ('LINEABOVE', (0, -1), (-1, -1), 0.8, RH_TEAL),
            ('LINEBELOW', (0, 1), (-1, -2), 0.25, colors.HexColor('#CCCCCC')),
            ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]))
        S.append(KeepTogether([P('Tabell 1. Rekryteringsbehov av undersköterskor 2026–2035 per huvudman, antal', cap), t1,
                               P('Källa: Huvudmännens personalsystem (december 2025) och Region Hallands befolkningsprognos '
                                 '2025–2035. Rekryteringsbehov till följd av personalomsättning ingår inte.', note)]))
        # figure
        dw = Drawing(160 * mm, 62 * mm)
        bc = HorizontalBarChart()
        bc.x = 58 * mm
        bc.y = 4 * mm
        bc.width = 88 * mm
        bc.height = 52 * mm
        names = ['Hylte', 'Laholm', 'Falkenberg', 'Varberg', 'Kungsbacka', 'Halmstad', 'Region Halland']
        vals = [170, 400, 540, 870, 1130, 1300, 1490]
        bc.data = [vals]
        bc.categoryAxis.categoryNames = names
        bc.categoryAxis.labels.fontName = 'Sans'
        bc.categoryAxis.labels.fontSize = 7.5
        bc.categoryAxis.labels.dx = -3
        bc.valueAxis.valueMin = 0
        bc.valueAxis.valueMax = 1600
        bc.valueAxis.valueStep = 400
        bc.valueAxis.labels.fontName = 'Sans'
        bc.valueAxis.labels.fontSize = 7
        bc.valueAxis.labelTextFormat = lambda v: ('%d' % v) if v < 1000 else ('%d %03d' % (v // 1000, v % 1000))
        bc.bars[0].fillColor = RH_TEAL
        bc.bars[0].strokeColor = None
        bc.barLabelFormat = lambda v: ('%d' % v) if v < 1000 else ('%d %03d' % (v // 1000, v % 1000))
        bc.barLabels.fontName = 'Sans'
        bc.barLabels.fontSize = 7
        bc.barLabels.nudge = 14
        dw.add(bc)
        S.append(KeepTogether([P('Figur 1. Totalt rekryteringsbehov av undersköterskor 2026–2035 per huvudman', cap), dw, Spacer(1, 4 * mm)]))
        S.append(P('Behovet av sjuksköterskor och andra legitimations|yrken ingår inte i denna rapport. Det redovisas i en '
                   'separat analys som planeras till hösten 2026.'))
        S.append(P('Utöver rekryteringarna behöver omkring 2~100 redan anställda medarbetare utan bevis få möjlighet att '
                   'validera sin kompetens. Intervjuerna visar att många av dem har arbetat länge i yrket men saknar '
                   'enstaka kurser, oftast inom vård- och omsorgs|arbete eller psykiatri.'))

        S.append(P('4 Handlingsplan: sex åtgärder', h1))
        S.append(P('Åtgärderna nedan genomförs under 2026–2028. Varje åtgärd har en ansvarig part och följs upp med de '
                   'indikatorer som redovisas i avsnitt~5.'))
        items = [
            '<b>Validering mot undersköterskeexamen.</b> RVK erbjuder validering för anställda som saknar bevis. '
            'Valideringen kompletteras vid behov med kurser inom yrkesvux. Målet är att 250 personer ska få '
            'under|sköterske|bevis efter validering under 2026. <i>Ansvarig: Region Halland (RVK).</i>',
            '<b>Yrkesvux med språkstöd.</b> Kommunernas vuxen|utbildningar erbjuder yrkesvux i kombination med svenska '
            'för invandrare (sfi) eller svenska som andraspråk (sva). Målet är 120 nya deltagare under 2026. '
            '<i>Ansvarig: kommunerna.</i>',
            '<b>Arbetsmarknadsutbildning till vårdbiträde.</b> Arbetsförmedlingen undersöker möjligheten att köpa '
            'arbetsmarknads|utbildning för arbetssökande som vill arbeta i äldre|omsorgen. Kommunerna bidrar med '
            'praktikplatser. <i>Ansvarig: Arbetsförmedlingen.</i>',
            '<b>Handledarutbildning.</b> En gemensam handledarutbildning om fyra halvdagar ges två gånger per termin för '
            'medarbetare som handleder elever, praktikanter och nyanställda. Målet är 200 utbildade handledare till '
            'utgången av 2028. <i>Ansvarig: VO-College Halland.</i>',
            '<b>Språkstöd på arbetsplatsen.</b> Språkombud utbildas för att stötta kollegor med svenska som andraspråk '
            'i det dagliga arbetet. Åtgärden prövas först som pilot i Hylte och Laholm under 2026. '
            '<i>Ansvarig: Hylte kommun och Laholms kommun.</i>',
            '<b>Gemensam uppföljning.</b> Parterna rapporterar gemensamma indikatorer varje kvartal till '
            'projektledaren, som sammanställer en lägesrapport till styrgruppen. <i>Ansvarig: Region Halland.</i>',
        ]
        S.append(ListFlowable([ListItem(Paragraph(T(x), li), leftIndent=14) for x in items], bulletType='1',
                              bulletFormat='%s.', bulletFontName='Sans-B', bulletFontSize=9.5, leftIndent=14))

        S.append(P('5 Mål och indikatorer', h1))
        S.append(P('Tabell~2 visar indikatorerna för handlingsplanen. Utgångsläget avser utfallet 2025. Målen för 2027 '
                   'och 2028 stäms av i samband med årsrapporten.'))
        d2 = [[Paragraph('<b>Indikator</b>', cell), Paragraph('<b>Utgångs-<br/>läge 2025</b>', cell), Paragraph('<b>Mål</b>', cell), '', ''],
              ['', '', '2026', '2027', '2028'],
              [Paragraph('Antal personer som fått undersköterskebevis efter validering', cell), '142', '250', '275', '300'],
              [Paragraph('Antal nya deltagare i yrkesvux med språkstöd', cell), '96', '120', '130', '140'],
              [Paragraph('Andel tillsvidareanställda i kommunal äldreomsorg utan undersköterskebevis', cell), '31 %', '27 %', '23 %', '18 %'],
              [Paragraph('Antal utbildade handledare (ackumulerat från 2025)', cell), '35', '90', '150', '200']]
        t2 = Table(d2, colWidths=[76 * mm, 22 * mm, 21 * mm, 21 * mm, 20 * mm])
        t2.setStyle(TableStyle([
            ('SPAN', (2, 0), (4, 0)), ('SPAN', (0, 0), (0, 1)), ('SPAN', (1, 0), (1, 1)),
            ('FONT', (0, 0), (-1, -1), 'Sans', 8.4), ('FONT', (0, 1), (-1, 1), 'Sans-B', 8.4),
            ('BACKGROUND', (0, 0), (-1, 1), RH_LIGHT), ('ALIGN', (1, 1), (-1, -1), 'RIGHT'),
            ('ALIGN', (2, 0), (4, 0), 'CENTER'), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
            ('LINEBELOW', (2, 0), (4, 0), 0.4, RH_TEAL), ('LINEBELOW', (0, 1), (-1, 1), 0.8, RH_TEAL),
            ('LINEBELOW', (0, 2), (-1, -1), 0.25, colors.HexColor('#CCCCCC'))]))
        S.append(KeepTogether([P('Tabell 2. Mål och indikatorer för Omsorgsspåret Halland 2026–2028', cap), t2,
                               P('Utgångsläge = utfall 2025. Källa: RVK, kommunernas vuxenutbildningar och VO-College Halland.', note)]))

        S.append(P('6 Finansiering', h1))
        S.append(P('Handlingsplanen finansieras av Region Halland, kommunerna och statsbidrag för yrkesvux som kommunerna '
                   'söker hos Skolverket. Kommunernas andel fördelas efter antal invånare. Statsbidraget beslutas '
                   'årsvis, och beloppen för 2027 och 2028 är därför preliminära.'))
        d3 = [['Finansiär', '2026', '2027', '2028', 'Summa'],
              ['Region Halland (RUN, anslag för regional utveckling)', '4 200', '4 200', '3 800', '12 200'],
              ['Kommunerna gemensamt', '3 000', '3 000', '3 000', '9 000'],
              ['Statsbidrag för yrkesvux (Skolverket)', '5 600', '6 100', '6 500', '18 200'],
              ['Summa', '12 800', '13 300', '13 300', '39 400']]
        t3 = Table(d3, colWidths=[80 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm])
        t3.setStyle(TableStyle([
            ('FONT', (0, 0), (-1, -1), 'Sans', 8.4), ('FONT', (0, 0), (-1, 0), 'Sans-B', 8.4),
            ('FONT', (0, -1), (-1, -1), 'Sans-B', 8.4), ('ALIGN', (1, 0), (-1, -1), 'RIGHT'),
            ('BACKGROUND', (0, 0), (-1, 0), RH_LIGHT),
            ('LINEBELOW', (0, 0), (-1, 0), 0.8, RH_TEAL), ('LINEABOVE', (0, -1), (-1, -1), 0.8, RH_TEAL)]))
        S.append(KeepTogether([P('Tabell 3. Finansiering 2026–2028, tusental kronor (tkr)', cap), t3,
                               P('Beloppen för 2027 och 2028 är preliminära.', note)]))
        S.append(P('Därutöver bär varje part sina egna kostnader för personal som deltar i styrgrupp och arbetsgrupper.'))

        S.append(P('7 Risker', h1))
        S.append(P('Styrgruppen har identifierat följande huvudsakliga risker för genomförandet:'))
        risks = ['Statsbidraget för yrkesvux blir lägre än beräknat, vilket begränsar antalet utbildningsplatser och '
                 'möjligheten att komplettera valideringen med kurser.',
                 'Arbetsgivarna har svårt att frigöra tid för medarbetare att validera sig och för handledare att '
                 'handleda.',
                 'För få sökande till arbetsmarknads|utbildningen, särskilt i de mindre kommunerna.',
                 'Personal|omsättning i projektorganisationen.']
        S.append(ListFlowable([ListItem(Paragraph(T(x), li), leftIndent=12) for x in risks],
                              bulletType='bullet', start='–', leftIndent=12))
        doc.build(S)
        return doc

        # (unreachable)

    # pass 1: count pages / collect headings; pass 2: final
    heads.clear()
    d = build(99, {})
    total = d.page
    tp = {t: p for t, p in heads}
    heads.clear()
    d = build(total, tp)
    assert d.page == total


# ---------------------------------------------------------------------------
# 6. Arbetsförmedlingen outlook (PDF)
# ---------------------------------------------------------------------------
AF_GREEN = colors.HexColor('#00005A')
AF_SIDE = colors.HexColor('#EEF1F7')


def make_af_report(path):
    W, H = A4
    body = ParagraphStyle('b', fontName='Lib', fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=7)
    h1 = ParagraphStyle('h1', fontName='Lib-B', fontSize=13.5, leading=17, spaceBefore=8, spaceAfter=5,
                        textColor=AF_GREEN, keepWithNext=1)
    cap = ParagraphStyle('cap', fontName='Lib-B', fontSize=9, leading=11, spaceBefore=4, spaceAfter=3)
    note = ParagraphStyle('n', fontName='Lib-I', fontSize=8, leading=10, spaceAfter=8)
    cell = ParagraphStyle('c', fontName='Lib', fontSize=8.6, leading=10.4)
    big = ParagraphStyle('big', fontName='Lib-B', fontSize=20, leading=23, textColor=AF_GREEN)
    small = ParagraphStyle('sm', fontName='Lib', fontSize=8.2, leading=10.2, spaceAfter=9)
    sideh = ParagraphStyle('sh', fontName='Lib-B', fontSize=10, leading=13, spaceAfter=8)

    def first(c, d):
        c.saveState()
        c.setFillColor(AF_GREEN)
        c.rect(0, H - 38 * mm, W, 38 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('Lib-B', 15)
        c.drawString(20 * mm, H - 15 * mm, 'Arbetsförmedlingen')
        c.setFont('Lib', 9)
        c.drawString(20 * mm, H - 21 * mm, 'Analys · Regional fördjupning')
        c.setFont('Lib-B', 17)
        c.drawString(20 * mm, H - 32 * mm, 'Arbetsmarknadsutsikter hösten 2026 – Hallands län')
        c.setFillColor(AF_SIDE)
        c.rect(15 * mm, 20 * mm, 58 * mm, H - 66 * mm, stroke=0, fill=1)
        # page footnote (main column)
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.4)
        c.line(80 * mm, 33 * mm, 120 * mm, 33 * mm)
        c.setFont('Lib', 7.4)
        c.drawString(80 * mm, 29 * mm, '¹ Den registerbaserade arbetskraften är summan av antalet förvärvsarbetande enligt')
        c.drawString(80 * mm, 25.5 * mm, '  SCB och antalet inskrivna arbetslösa vid Arbetsförmedlingen.')
        footer(c, d)
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont('Lib', 7.6)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(20 * mm, H - 13 * mm, 'ARBETSMARKNADSUTSIKTER HÖSTEN 2026 · HALLANDS LÄN')
        c.drawRightString(W - 20 * mm, H - 13 * mm, 'Arbetsförmedlingen')
        c.setStrokeColor(AF_GREEN)
        c.setLineWidth(1.2)
        c.line(20 * mm, H - 15.5 * mm, W - 20 * mm, H - 15.5 * mm)
        footer(c, d)
        c.restoreState()

    def footer(c, d):
        c.setFont('Lib', 7.6)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(20 * mm, 11 * mm, 'Arbetsförmedlingen Analys · Publicerad 2026-11-05 · Af-2026/0078412')
        c.drawRightString(W - 20 * mm, 11 * mm, 'Sida %d' % d.page)

    doc = BaseDocTemplate(path, pagesize=A4, title='Arbetsmarknadsutsikter hösten 2026 – Hallands län',
                          author='Per Åkesson', subject='Regional fördjupning vård och omsorg')
    f_side = Frame(17 * mm, 22 * mm, 54 * mm, H - 70 * mm, id='side', leftPadding=4, rightPadding=4)
    f_main = Frame(80 * mm, 36 * mm, W - 100 * mm, H - 82 * mm, id='main', leftPadding=0, rightPadding=0)
    f_full = Frame(20 * mm, 18 * mm, W - 40 * mm, H - 38 * mm, id='full', leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate('first', [f_side, f_main], onPage=first),
                          PageTemplate('rest', [f_full], onPage=later)])

    def P(s, st=body):
        return Paragraph(T(s), st)

    S = []
    # sidebar
    S.append(P('Nyckeltal, Hallands län', sideh))
    for num, txt in [('9 412', 'inskrivna arbetslösa i oktober 2026'),
                     ('5,6 %', 'av den registerbaserade arbetskraften¹ (okt 2025: 5,4 %)'),
                     ('1 208', 'inskrivna arbetslösa unga 18–24 år'),
                     ('3 870', 'har varit utan arbete i mer än tolv månader'),
                     ('4 210', 'nya lediga jobb inom vård och omsorg januari–oktober 2026')]:
        S.append(P(num, big))
        S.append(P(txt, small))
    S.append(Spacer(1, 6 * mm))
    S.append(P('<b>Författare</b><br/>Per Åkesson, arbetsmarknadsanalytiker<br/>Arbetsförmedlingen Analys, Göteborg', small))
    S.append(P('<b>Datum</b><br/>5 november 2026', small))
    S.append(P('<b>Kontakt</b><br/>per.akesson@arbetsformedlingen.se', small))
    S.append(FrameBreak())
    # main page 1
    S.append(P('Sammanfattning', h1))
    S.append(P('I oktober 2026 var 9~412 personer inskrivna som arbetslösa vid Arbetsförmedlingen i Hallands län. Det '
               'motsvarar 5,6~procent av den registerbaserade arbetskraften¹, att jämföra med 5,4~procent i oktober 2025 '
               'och 6,8~procent i riket. Antalet inskrivna arbetslösa har ökat med 327 personer på ett år, främst bland '
               'personer som varit utan arbete i mer än tolv månader.'))
    S.append(P('Efterfrågan på arbetskraft är fortsatt störst inom vård och omsorg. Av de 18~640 lediga jobb som '
               'anmäldes till Arbetsförmedlingen i länet under januari–oktober 2026 gällde 4~210 vård och omsorg, nästan '
               'en fjärdedel. Samtidigt är matchningen svår: bland de inskrivna arbetslösa som söker arbete som '
               'under|sköterska eller vårdbiträde saknar drygt 4 av 10 fullständig gymnasie|utbildning.'))
    S.append(P('Unga och långtidsarbetslösa', h1))
    S.append(P('Bland unga 18–24 år var 1~208 personer inskrivna som arbetslösa i oktober, vilket motsvarar '
               '7,9~procent av arbetskraften i åldersgruppen. Antalet som har varit utan arbete i mer än tolv månader '
               'uppgick till 3~870, eller 41~procent av samtliga inskrivna arbetslösa. Många av dem saknar '
               'gymnasie|utbildning, och för den gruppen är utbildning inom bristyrken som under|sköterska en viktig väg '
               'till arbete.'))
    S.append(P('Utsikter för 2027', h1))
    S.append(P('Arbetsförmedlingen bedömer att arbetslösheten i Halland minskar något under 2027, till omkring '
               '5,3~procent i slutet av året. Bristen på under|sköterskor och sjuksköterskor väntas bestå, medan '
               'efterfrågan på personliga assistenter är i balans. Flera kommuner planerar att utöka hemtjänsten, vilket '
               'ökar rekryterings|behovet ytterligare från 2027.'))
    S.append(NextPageTemplate('rest'))
    S.append(PageBreak())
    # page 2
    S.append(P('Rekryteringsläget i vård och omsorg', h1))
    S.append(P('Tabell~1 visar Arbetsförmedlingens bedömning av rekryterings|läget för de största vård- och '
               'omsorgs|yrkena i Halland på ett och fem års sikt. Bedömningen bygger på intervjuer med arbetsgivare, '
               'statistik över lediga jobb och inskrivna arbetssökande samt utbildnings|statistik.'))
    hdr = [Paragraph('<b>Yrke (SSYK 2012)</b>', cell), Paragraph('<b>Inskrivna arbetslösa okt 2026</b>', cell),
           Paragraph('<b>Nya lediga jobb jan–okt 2026</b>', cell), Paragraph('<b>Bedömning ett år</b>', cell),
           Paragraph('<b>Bedömning fem år</b>', cell)]
    rows = [hdr,
            [Paragraph('Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering', cell), '212', '1 460', 'Stor brist', 'Stor brist'],
            [Paragraph('Undersköterskor, vård- och specialavdelning och mottagning', cell), '64', '520', 'Brist', 'Stor brist'],
            [Paragraph('Vårdbiträden', cell), '538', '610', 'Balans', 'Brist'],
            [Paragraph('Personliga assistenter', cell), '332', '840', 'Balans', 'Balans'],
            [Paragraph('Grundutbildade sjuksköterskor', cell), '18', '430', 'Stor brist', 'Stor brist'],
            [Paragraph('Skötare', cell), '12', '140', 'Brist', 'Brist']]
    t = Table(rows, colWidths=[68 * mm, 25 * mm, 25 * mm, 26 * mm, 26 * mm])
    ts = [('FONT', (0, 0), (-1, -1), 'Lib', 8.6), ('ALIGN', (1, 1), (2, -1), 'RIGHT'),
          ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('LINEBELOW', (0, 0), (-1, 0), 1.0, AF_GREEN),
          ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.HexColor('#BBBBBB'))]
    for r in range(1, len(rows)):
        for cc in (3, 4):
            v = rows[r][cc]
            col = {'Stor brist': '#F4C7C3', 'Brist': '#FCE8B2', 'Balans': '#D9EAD3'}[v]
            ts.append(('BACKGROUND', (cc, r), (cc, r), colors.HexColor(col)))
    t.setStyle(TableStyle(ts))
    S += [P('Tabell 1. Rekryteringsläget för vård- och omsorgsyrken i Hallands län', cap), t,
          P('Tabellen omfattar de största yrkena. Summan av nya lediga jobb i tabellen (4 000) är därför lägre än '
            'totalen för vård och omsorg (4 210). Skala: stor brist, brist, balans, överskott, stort överskott. '
            'Källa: Arbetsförmedlingen.', note)]
    S.append(P('Totalt sökte 1~176 inskrivna arbetslösa i Halland i första hand arbete inom något av yrkena i tabell~1. '
               'Av dem var 61~procent utrikes födda. Det stora antalet inskrivna vårdbiträden i förhållande till '
               'antalet lediga jobb visar att många behöver utbildning för att kunna gå vidare till ett arbete som '
               'under|sköterska.'))
    S.append(P('Arbetsförmedlingens insatser inom Omsorgsspåret Halland', h1))
    S.append(P('Arbetsförmedlingen deltar sedan 2026 i Omsorgsspåret Halland, en samverkan mellan Region Halland, '
               'länets sex kommuner och Arbetsförmedlingen om kompetens|försörjningen i vård och omsorg. Inom '
               'samverkan köper Arbetsförmedlingen arbetsmarknads|utbildning (AUB) till vårdbiträde med inriktning '
               'äldre|omsorg, totalt 48 platser i två omgångar.'))
    S.append(P('Den första omgången startade i Halmstad den 7~september 2026 med 22 deltagare på 24 platser. Omgången i '
               'Varberg, som skulle ha startat den 19~oktober 2026, fick för få behöriga sökande. Den startar i stället '
               'den 18~januari 2027, och rekryteringen av deltagare pågår.'))
    S.append(P('Arbetsförmedlingen anvisar också arbetssökande som behöver stöd för att närma sig arbetsmarknaden till '
               'Kundval Rusta och matcha (KROM). KROM är en tjänst där en fristående leverantör, som den arbets|sökande '
               'själv väljer, ger stöd för att hitta ett arbete eller påbörja en utbildning. I Halland finns 14 '
               'leverantörer av KROM, varav 5 har en särskild inriktning mot vård och omsorg.'))
    S.append(CondPageBreak(80 * mm))
    S.append(P('Arbetslösheten i kommunerna', h1))
    S.append(P('Arbetslösheten är högst i Hylte och Halmstad och lägst i Kungsbacka. Ökningen det senaste året är '
               'störst i Halmstad, medan antalet inskrivna arbetslösa i Laholm är i stort sett oförändrat.'))
    kr = [['Kommun', 'Inskrivna arbetslösa\noktober 2026', 'Andel av reg.\narbetskraften, %', 'Förändring mot\noktober 2025'],
          ['Kungsbacka', '1 402', '3,8', '+41'],
          ['Varberg', '1 611', '4,9', '+58'],
          ['Falkenberg', '1 188', '5,7', '+22'],
          ['Halmstad', '4 015', '7,4', '+176'],
          ['Laholm', '756', '5,6', '\u22126'],
          ['Hylte', '440', '8,3', '+36'],
          ['Hallands län', '9 412', '5,6', '+327']]
    t2 = Table(kr, colWidths=[50 * mm, 38 * mm, 38 * mm, 38 * mm])
    t2.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Lib', 8.8), ('FONT', (0, 0), (-1, 0), 'Lib-B', 8.4),
                            ('FONT', (0, -1), (-1, -1), 'Lib-B', 8.8), ('ALIGN', (1, 0), (-1, -1), 'RIGHT'),
                            ('LINEBELOW', (0, 0), (-1, 0), 1.0, AF_GREEN), ('LINEABOVE', (0, -1), (-1, -1), 0.6, AF_GREEN),
                            ('ROWBACKGROUNDS', (0, 1), (-1, -2), [colors.white, AF_SIDE])]))
    S += [P('Tabell 2. Inskrivna arbetslösa 16–64 år per kommun, oktober 2026', cap), t2,
          P('Källa: Arbetsförmedlingen och SCB.', note)]
    S.append(P('Om rapporten', h1))
    S.append(P('Rapporten är en regional fördjupning av Arbetsförmedlingens arbetsmarknads|utsikter hösten 2026. '
               'Statistiken avser oktober 2026 om inget annat anges. Bedömningarna av rekryterings|läget görs på en '
               'femgradig skala: stor brist, brist, balans, överskott och stort överskott. Nästa regionala fördjupning '
               'publiceras i maj 2027.'))
    doc.build(S)


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------

def add_field(paragraph, instr):
    run = paragraph.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' %s ' % instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    run._r.append(f1); run._r.append(it); run._r.append(f2); run._r.append(t); run._r.append(f3)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)


def set_core(d, title, author, when):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 3
    cp.comments = ''


def fix_zip(path):
    """Rewrite zip with fixed timestamps so the file is byte-identical between runs."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def table_rows(d, rows, widths=None, header_fill='D9E8EC', style='Table Grid', bold_last=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ''
            p = c.paragraphs[0]
            run = p.add_run(v)
            run.font.size = Pt(9.5)
            if i == 0:
                run.bold = True
                shade(c, header_fill)
            if bold_last and i == len(rows) - 1:
                run.bold = True
            if widths:
                c.width = widths[j]
    return t


# ---------------------------------------------------------------------------
# 2. Steering-group minutes (DOCX)
# ---------------------------------------------------------------------------

def make_minutes(path):
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = 'Region Halland – Regional utveckling\tPROTOKOLL\t2026-05-12'
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run('Styrgruppen för Omsorgsspåret Halland · Sida ')
    r.font.size = Pt(8.5)
    add_field(fp, 'PAGE')
    r = fp.add_run(' av ')
    r.font.size = Pt(8.5)
    add_field(fp, 'NUMPAGES')

    d.add_heading('Protokoll från styrgruppsmöte – Omsorgsspåret Halland', level=0)
    meta = [('Datum och tid', 'Tisdag 12 maj 2026, kl. 13.00–15.30'),
            ('Plats', 'Regionens hus, Halmstad, sal Nissan (Kungsbacka kommun deltog via Teams)'),
            ('Diarienummer', 'RUN 2026-00117'),
            ('Sekreterare', 'Emma Fors, Regional utveckling')]
    t = d.add_table(rows=len(meta), cols=2)
    for i, (k, v) in enumerate(meta):
        t.cell(i, 0).text = k
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        t.cell(i, 1).text = v
        t.cell(i, 0).width = Cm(4)
        t.cell(i, 1).width = Cm(12)

    d.add_heading('Närvarande', level=2)
    for x in ['Karin Söderholm, regional utvecklingsdirektör, Region Halland (ordförande)',
              'Peter Dahl, förvaltningschef vård och omsorg, Kungsbacka kommun (via Teams)',
              'Jenny Falk, verksamhetschef hemtjänst, Varbergs kommun (ersättare för Susanne Ahlgren)',
              'Lars-Göran Nyberg, socialchef, Falkenbergs kommun',
              'Helena Strand, förvaltningschef, Halmstads kommun',
              'Anneli Kjellberg, socialchef, Laholms kommun',
              'Mats Ivarsson, socialchef, Hylte kommun',
              'Sofia Bergkvist, sektionschef, Arbetsförmedlingen',
              'Rasmus Wennberg, regional samordnare, VO-College Halland']:
        d.add_paragraph(x, style='List Bullet')
    d.add_paragraph('Övriga: Johanna Lindqvist, projektledare, Emir Hadžić, utvecklingsledare, och Emma Fors, '
                    'sekreterare, samtliga Region Halland.')

    def item(no, title):
        d.add_heading('§ %d %s' % (no, title), level=1)

    def beslut(lines):
        p = d.add_paragraph()
        p.add_run('Beslut').bold = True
        if len(lines) == 1:
            d.add_paragraph(lines[0])
        else:
            for x in lines:
                d.add_paragraph(x, style='List Number')

    item(1, 'Mötets öppnande')
    d.add_paragraph('Ordföranden hälsade välkommen och öppnade mötet. Dagordningen godkändes.')
    item(2, 'Val av justerare')
    beslut(['Lars-Göran Nyberg utses att jämte ordföranden justera dagens protokoll.'])
    item(3, 'Föregående protokoll')
    d.add_paragraph('Protokollet från mötet den 10 februari 2026 gicks igenom och lades till handlingarna.')

    item(4, 'Projektledning')
    d.add_paragraph('Johanna Lindqvist, som har varit projektledare för Omsorgsspåret sedan starten, är föräldraledig '
                    'från och med juni 2026. Ordföranden föreslog att utvecklingsledaren Emir Hadžić tar över '
                    'projektledningen under hennes ledighet. Johanna tackades för sitt arbete med handlingsplanen.')
    beslut(['Emir Hadžić utses till projektledare för Omsorgsspåret Halland under perioden 1 juni 2026–31 maj 2027.'])

    item(5, 'Statsbidrag för yrkesvux och budget 2026')
    d.add_paragraph('Projektledaren redovisade Skolverkets beslut av den 28 april 2026. Kommunerna i Halland har '
                    'beviljats sammanlagt 4 850 tkr i statsbidrag för yrkesvux 2026, vilket är 750 tkr mindre än de '
                    '5 600 tkr som handlingsplanen räknade med. Eftersom valideringen i regel kompletteras med kurser '
                    'inom yrkesvux påverkar det både antalet utbildningsplatser och hur många som kan få '
                    'undersköterskebevis under året.')
    d.add_paragraph('Tabellen visar budgeten för 2026 före och efter beslutet (tkr).')
    table_rows(d, [['Finansiär', 'Enligt handlingsplanen', 'Efter Skolverkets beslut'],
                   ['Region Halland', '4 200', '4 200'],
                   ['Kommunerna gemensamt', '3 000', '3 000'],
                   ['Statsbidrag för yrkesvux', '5 600', '4 850'],
                   ['Summa 2026', '12 800', '12 050']], bold_last=True)
    d.add_paragraph()
    d.add_paragraph('I diskussionen framhöll Helena Strand att målen för 2027 och 2028 bör ligga kvar, eftersom '
                    'statsbidraget söks på nytt varje år. Mats Ivarsson efterfrågade en regional reserv för de mindre '
                    'kommunerna; frågan återkommer i höst.')
    beslut(['Budgeten för Omsorgsspåret Halland 2026 fastställs till 12 050 tkr.',
            'Målet för antal personer som får undersköterskebevis efter validering 2026 sänks från 250 till 210.',
            'Målet för antal nya deltagare i yrkesvux med språkstöd 2026 sänks från 120 till 100.',
            'Målen för 2027 och 2028 ligger fast.'])

    item(6, 'Arbetsmarknadsutbildning till vårdbiträde')
    d.add_paragraph('Sofia Bergkvist informerade om att Arbetsförmedlingen har beslutat att köpa arbetsmarknadsutbildning '
                    '(AUB) till vårdbiträde med inriktning äldreomsorg. Utbildningen omfattar 20 veckor, varav sex '
                    'veckor arbetsplatsförlagt lärande (APL), och ges i två omgångar om vardera 24 platser:')
    d.add_paragraph('Halmstad – start 7 september 2026', style='List Bullet')
    d.add_paragraph('Varberg – start 19 oktober 2026', style='List Bullet')
    d.add_paragraph('Kommunerna behöver ta emot deltagarna för APL och erbjuda handledning. Deltagare som fullföljer '
                    'utbildningen ska erbjudas en anställningsintervju.')
    beslut(['Styrgruppen ställer sig bakom upplägget. Kommunerna anmäler APL-platser till projektledaren senast den '
            '15 juni 2026.'])

    item(7, 'Pilot: Språkstöd på arbetsplatsen i Hylte och Laholm')
    d.add_paragraph('Anneli Kjellberg och Mats Ivarsson redovisade planeringen av piloten. Sex språkombud utbildas under '
                    'våren. Piloten planeras starta den 24 augusti 2026 med 20 deltagare, tio i varje kommun, och pågå '
                    'till och med januari 2027. Utvärderingen görs av VO-College Halland.')
    beslut(['Styrgruppen godkänner planeringen för piloten.'])

    item(8, 'Överenskommelse med Arbetsförmedlingen')
    d.add_paragraph('Ett utkast till överenskommelse om samverkan mellan Arbetsförmedlingen, Region Halland och de sex '
                    'kommunerna presenterades. Överenskommelsen ska undertecknas i juni.')
    beslut(['Ordföranden får i uppdrag att underteckna överenskommelsen för Region Halland.'])

    item(9, 'Nästa möte')
    d.add_paragraph('Nästa möte hålls den 15 september 2026 kl. 9.00–11.30 via Teams.')
    item(10, 'Mötets avslutande')
    d.add_paragraph('Ordföranden tackade för visat intresse och avslutade mötet.')

    d.add_heading('Åtgärdslista', level=2)
    table_rows(d, [['Nr', 'Åtgärd', 'Ansvarig', 'Klart senast'],
                   ['1', 'Överlämning av projektledningen', 'Johanna Lindqvist, Emir Hadžić', '2026-05-29'],
                   ['2', 'Reviderade mål och budget in i uppföljningsmallen', 'Emir Hadžić', '2026-06-12'],
                   ['3', 'Anmäla APL-platser för AUB vårdbiträde', 'Samtliga kommuner', '2026-06-15'],
                   ['4', 'Underteckna överenskommelsen med Arbetsförmedlingen', 'Karin Söderholm', '2026-06-30'],
                   ['5', 'Förslag om regional reserv för mindre kommuner', 'Emir Hadžić', '2026-09-15']])
    d.add_paragraph()
    sig = d.add_table(rows=2, cols=3)
    for j, (a, b) in enumerate([('Vid protokollet', 'Emma Fors'), ('Justeras', 'Karin Söderholm'),
                                ('Justeras', 'Lars-Göran Nyberg')]):
        sig.cell(0, j).text = a
        sig.cell(1, j).text = '\n\n' + b
    set_core(d, 'Protokoll styrgrupp Omsorgsspåret Halland 2026-05-12', 'Emma Fors',
             datetime.datetime(2026, 5, 13, 9, 40, 0))
    d.save(path)
    fix_zip(path)


# ---------------------------------------------------------------------------
# 3. Cooperation agreement (DOCX)
# ---------------------------------------------------------------------------

def make_agreement(path):
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Arial'
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = 'Överenskommelse om samverkan – Omsorgsspåret Halland\tAf-2026/0041877 / RUN 2026-00117'
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(fp, 'PAGE')
    r = fp.add_run(' (')
    add_field(fp, 'NUMPAGES')
    fp.add_run(')')

    d.add_heading('Överenskommelse om samverkan inom Omsorgsspåret Halland', level=0)
    d.add_paragraph('mellan Arbetsförmedlingen, Region Halland och kommunerna i Hallands län')

    d.add_heading('1 Parter', level=1)
    for x in ['Arbetsförmedlingen, org.nr 202100-2114, genom enheten för Arbetsförmedlingstjänster i Halland',
              'Region Halland, org.nr 232100-0115, genom Regional utveckling',
              'Kungsbacka kommun, Varbergs kommun, Falkenbergs kommun, Halmstads kommun, Laholms kommun och Hylte kommun']:
        d.add_paragraph(x, style='List Bullet')
    d.add_paragraph('Parterna benämns nedan gemensamt parterna och kommunerna gemensamt kommunerna.')

    d.add_heading('2 Bakgrund och syfte', level=1)
    d.add_paragraph('Kommunerna och Region Halland behöver rekrytera omkring 5 900 undersköterskor fram till 2035. '
                    'Samtidigt finns många inskrivna arbetssökande i länet som vill arbeta inom vård och omsorg men '
                    'saknar utbildning. Regionala utvecklingsnämnden fastställde den 18 mars 2026 en handlingsplan för '
                    'kompetensförsörjningen i vård och omsorg, Omsorgsspåret Halland.')
    d.add_paragraph('Syftet med överenskommelsen är att tydliggöra hur parterna samverkar för att arbetssökande ska '
                    'kunna utbildas till och anställas som vårdbiträden och på sikt undersköterskor i länets '
                    'äldreomsorg.')

    d.add_heading('3 Begrepp', level=1)
    for a, b in [('AUB', 'arbetsmarknadsutbildning, en yrkesinriktad utbildning som Arbetsförmedlingen köper och '
                         'anvisar arbetssökande till.'),
                 ('APL', 'arbetsplatsförlagt lärande, den del av utbildningen som genomförs på en arbetsplats.'),
                 ('Validering', 'en strukturerad bedömning, dokumentation och erkännande av kunskaper och kompetens '
                                'som en person har, oavsett hur de förvärvats.'),
                 ('Språkombud', 'medarbetare som utbildats för att stödja kollegors språkutveckling på arbetsplatsen.')]:
        p = d.add_paragraph(style='List Bullet')
        p.add_run(a + ' – ').bold = True
        p.add_run(b)

    d.add_heading('4 Parternas åtaganden', level=1)
    d.add_paragraph('Parterna åtar sig följande under överenskommelsens giltighetstid.')
    t = d.add_table(rows=4, cols=2)
    t.style = 'Table Grid'
    rows = [('Part', 'Åtaganden'),
            ('Arbetsförmedlingen',
             '4.1 Köpa arbetsmarknadsutbildning (AUB) till vårdbiträde med inriktning äldreomsorg, totalt 48 platser '
             'under 2026–2027.\n4.2 Informera om och anvisa arbetssökande till utbildningen.\n4.3 Lämna uppgifter om '
             'antal anvisade, deltagare och avbrott till den gemensamma uppföljningen.'),
            ('Kommunerna',
             '4.4 Erbjuda APL-platser med utbildad handledare för samtliga deltagare i AUB, minst 48 platser.\n4.5 '
             'Erbjuda en anställningsintervju till varje deltagare som fullföljer utbildningen.\n4.6 Ge '
             'visstidsanställda medarbetare utan undersköterskebevis möjlighet till validering på arbetstid.'),
            ('Region Halland',
             '4.7 Svara för projektledning och sekretariat för styrgruppen.\n4.8 Erbjuda validering genom Regionalt '
             'valideringskansli (RVK).\n4.9 Sammanställa uppföljningen och rapportera till parterna.')]
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        t.cell(i, 0).width = Cm(4)
        t.cell(i, 1).width = Cm(12)
        if i == 0:
            for c in (t.cell(i, 0), t.cell(i, 1)):
                c.paragraphs[0].runs[0].bold = True
                shade(c, 'E2EAF4')

    d.add_heading('5 Ekonomi', level=1)
    d.add_paragraph('Varje part bär sina egna kostnader för åtagandena i överenskommelsen. Överenskommelsen innebär '
                    'inga ekonomiska transaktioner mellan parterna.')

    d.add_heading('6 Giltighetstid och uppsägning', level=1)
    d.add_paragraph('Överenskommelsen gäller från och med 2026-07-01 till och med 2028-12-31. En part kan säga upp sitt '
                    'deltagande med sex månaders uppsägningstid. Ändringar och tillägg ska göras skriftligen och '
                    'undertecknas av samtliga parter.')

    d.add_heading('7 Uppföljning', level=1)
    d.add_paragraph('Överenskommelsen följs upp två gånger per år, i maj och november, i styrgruppen för Omsorgsspåret '
                    'Halland. Följande ska redovisas:')
    for x in ['antal anvisade och antal deltagare i AUB per kommun',
              'antal som fullföljt utbildningen och antal som fått anställning inom sex månader',
              'antal APL-platser som kommunerna har erbjudit']:
        d.add_paragraph(x, style='List Number')

    d.add_heading('8 Kontaktpersoner', level=1)
    table_rows(d, [['Part', 'Namn', 'Roll'],
                   ['Arbetsförmedlingen', 'Sofia Bergkvist', 'Sektionschef, Arbetsförmedlingstjänster Halland'],
                   ['Region Halland', 'Emir Hadžić', 'Projektledare, Omsorgsspåret Halland'],
                   ['Kommunerna', 'Helena Strand', 'Förvaltningschef, Halmstads kommun (sammankallande för kommunerna)']],
               header_fill='E2EAF4')

    d.add_heading('9 Underskrifter', level=1)
    d.add_paragraph('Överenskommelsen har upprättats i åtta likalydande exemplar, av vilka parterna tagit var sitt. '
                    'Halmstad den 16 juni 2026.')
    signs = [('För Arbetsförmedlingen', 'Sofia Bergkvist, sektionschef'),
             ('För Region Halland', 'Karin Söderholm, regional utvecklingsdirektör'),
             ('För Kungsbacka kommun', 'Peter Dahl, förvaltningschef'),
             ('För Varbergs kommun', 'Susanne Ahlgren, socialchef'),
             ('För Falkenbergs kommun', 'Lars-Göran Nyberg, socialchef'),
             ('För Halmstads kommun', 'Helena Strand, förvaltningschef'),
             ('För Laholms kommun', 'Anneli Kjellberg, socialchef'),
             ('För Hylte kommun', 'Mats Ivarsson, socialchef')]
    st = d.add_table(rows=4, cols=2)
    for k, (a, b) in enumerate(signs):
        c = st.cell(k // 2, k % 2)
        c.text = ''
        p = c.paragraphs[0]
        p.add_run(a).bold = True
        p.add_run('\n\n\n____________________________\n' + b)
    set_core(d, 'Överenskommelse om samverkan inom Omsorgsspåret Halland', 'Emir Hadžić',
             datetime.datetime(2026, 6, 16, 14, 5, 0))
    d.save(path)
    fix_zip(path)


# ---------------------------------------------------------------------------
# 4. Webinar Q&A export (TXT)
# ---------------------------------------------------------------------------
WEBINAR = """WEBBINARIUM: VALIDERING TILL UNDERSKÖTERSKA – INFORMATION TILL ARBETSGIVARE I HALLAND
Datum:      torsdag 17 september 2026, kl. 09.00–10.00 (Teams)
Arrangör:   Omsorgsspåret Halland och Regionalt valideringskansli (RVK), Region Halland
Moderator:  Emir Hadžić, projektledare
Svarade:    Maria Gren, valideringssamordnare RVK
            Rasmus Wennberg, regional samordnare VO-College Halland
Deltagare:  47 anslutna (enhetschefer, HR och vuxenutbildning)

Export av frågor och svar ur Teams-chatten. Frågorna återges i den ordning
de kom in. Namn på frågeställare har förkortats. Redigerad av Emir Hadžić
2026-09-18 – se TILLÄGG OCH RÄTTELSER längst ned.
==========================================================================

[09:12] FRÅGA – Camilla J., enhetschef hemtjänst, Varbergs kommun
Vilka medarbetare kan vi anmäla till höstens validering?

    SVAR – Maria Gren (RVK):
    Tillsvidare- och visstidsanställda som har arbetat minst sex månader
    (räknat som heltid) inom vård och omsorg under de senaste tre åren och
    som saknar undersköterskebevis. Medarbetaren behöver kunna svenska på en
    nivå motsvarande svenska som andraspråk grundläggande nivå. Den som inte
    når dit kan i stället erbjudas yrkesvux med språkstöd.

[09:18] FRÅGA – anonym deltagare
Hur många platser finns det i höst?

    SVAR – Maria Gren (RVK):
    120 platser, fördelade efter kommunernas storlek:
      Kungsbacka 25 · Varberg 22 · Falkenberg 15 · Halmstad 36 · Laholm 12
      · Hylte 10.
    Platser som inte används omfördelas efter sista anmälningsdag.

[09:24] FRÅGA – Jörgen P., Falkenbergs kommun
Vad kostar det för oss som arbetsgivare?

    SVAR – Maria Gren (RVK):
    Själva valideringen är avgiftsfri för arbetsgivaren – den finansieras
    inom Omsorgsspåret. Arbetsgivaren står för lönen under den tid som
    medarbetaren deltar, i genomsnitt cirka 40 timmar fördelat på 8–10
    veckor. Kompletterande kurser läses inom yrkesvux och är kostnadsfria
    för den studerande.

[09:31] FRÅGA – Lena K., Halmstads kommun
Var läser man de kompletterande kurserna?

    SVAR – Rasmus Wennberg (VO-College):
    På distans via Campus Varberg, med två fysiska träffar per kurs.
    (Se rättelse nedan.)

[09:37] FRÅGA – anonym deltagare
När är sista dag att anmäla?

    SVAR – Maria Gren (RVK):
    Fredag 2 oktober 2026. Anmälan görs av närmaste chef i e-tjänsten
    "Anmälan validering vård och omsorg" på regionhalland.se. Bekräftelse
    skickas inom fem arbetsdagar. (Se tillägg nedan.)

[09:44] FRÅGA – Ahmed S., Laholms kommun
Gäller det också personal inom LSS?

    SVAR – Maria Gren (RVK):
    Ja. Anställda i verksamheter enligt LSS (lagen om stöd och service till
    vissa funktionshindrade) kan valideras mot samma kurser, men valet av
    kurser anpassas efter arbetsuppgifterna.

[09:50] FRÅGA – Camilla J., Varbergs kommun
Kommer språkpiloten i Hylte och Laholm igång som planerat i augusti?

    SVAR – Emir Hadžić:
    Nej, starten har flyttats till oktober eftersom utbildningen av
    språkombud blev försenad. Exakt datum och antal deltagare redovisas i
    nästa lägesrapport.

[09:55] FRÅGA – Lena K., Halmstads kommun
Får man titeln direkt efter valideringen?

    SVAR – Maria Gren (RVK):
    Nej. När kurserna är godkända ansöker medarbetaren själv om
    undersköterskebevis hos Socialstyrelsen. Handläggningstiden är för
    närvarande omkring åtta veckor.

==========================================================================
TILLÄGG OCH RÄTTELSER (2026-09-18, Emir Hadžić)

1. Sista anmälningsdag är förlängd. Anmälan till höstens valideringsomgång
   ska nu ha kommit in senast fredag 9 oktober 2026. Skälet är att
   e-tjänsten låg nere 21–23 september.

2. Rättelse av svaret kl. 09:31: De kompletterande kurserna läses inte på
   distans via Campus Varberg. De läses i respektive hemkommuns
   vuxenutbildning, utom för Hylte där kurserna läses i Halmstad.

3. Presentationen från webbinariet finns i Teams-kanalen
   "Omsorgsspåret – arbetsgivare" under Filer.

Frågor? Kontakta RVK: validering@regionhalland.se
"""

# ---------------------------------------------------------------------------
# 5. Status report Q3 (Markdown)
# ---------------------------------------------------------------------------
STATUS_MD = """# Lägesrapport Omsorgsspåret Halland – kvartal 3 2026

**Period:** 1 juli–30 september 2026  
**Upprättad:** 2026-10-14 av Emir Hadžić, projektledare, Region Halland  
**Till:** Styrgruppen för Omsorgsspåret Halland, möte 2026-11-17  
**Status totalt:** 🟡 Gul – huvudsakligen enligt plan, förseningar i åtgärd 3 och 5

---

## 1. Sammanfattning

- Under januari–september 2026 har **163 personer** fått undersköterskebevis efter validering. Helårsmålet är 210 efter styrgruppens beslut den 12 maj (tidigare 250).
- Piloten *Språkstöd på arbetsplatsen* startade den 5 oktober 2026 i Hylte och Laholm med 14 deltagare, 8 i Hylte och 6 i Laholm. Den var planerad att starta den 24 augusti med 20 deltagare.
- AUB-omgången i Halmstad startade den 7 september med 22 deltagare på 24 platser. Omgången i Varberg är uppskjuten på grund av för få sökande – Arbetsförmedlingen meddelar nytt startdatum.
- Ekonomin följer budget: utfallet januari–september är 8 430 tkr.

## 2. Status per åtgärd

| Nr | Åtgärd | Status | Utfall jan–sep 2026 | Mål 2026 | Kommentar |
|---:|--------|:------:|--------------------:|---------:|-----------|
| 1 | Validering mot undersköterskeexamen | 🟢 | 163 personer med bevis | 210 | Höstomgången: 112 anmälda på 120 platser |
| 2 | Yrkesvux med språkstöd | 🟡 | 71 nya deltagare | 100 | Färre platser i Hylte efter minskat statsbidrag |
| 3 | Arbetsmarknadsutbildning till vårdbiträde | 🟡 | 22 deltagare | 48 platser | Varberg uppskjuten, se avsnitt 1 |
| 4 | Handledarutbildning | 🟢 | 61 utbildade (ackumulerat) | 90 | Två kurstillfällen i höst |
| 5 | Språkstöd på arbetsplatsen | 🟡 | 14 deltagare | 20 | Start 5 okt i stället för 24 aug |
| 6 | Gemensam uppföljning | 🟢 | – | – | Indikatorerna rapporterade av alla parter |

> **Observera:** Utfallet för åtgärd 1 avser personer som har *fått* bevis från Socialstyrelsen. Personer som har
> godkända kurser men väntar på beslut ingår inte (cirka 30 personer i slutet av september).

## 3. Ekonomi (tkr)

| Post | Budget 2026 | Utfall jan–sep | Prognos helår |
|------|------------:|---------------:|--------------:|
| Region Halland | 4 200 | 2 870 | 4 050 |
| Kommunerna gemensamt | 3 000 | 2 250 | 3 000 |
| Statsbidrag för yrkesvux | 4 850 | 3 310 | 4 650 |
| **Summa** | **12 050** | **8 430** | **11 700** |

Budgeten är den som styrgruppen fastställde den 12 maj 2026 efter Skolverkets beslut om statsbidrag.

## 4. Beslut vid styrgruppens möte 2026-09-15

1. Styrgruppen beslutade att en regional reserv om 300 tkr avsätts inom Region Hallands del av budgeten för de
   mindre kommunernas kostnader för handledning. Reserven kan sökas av Hylte och Laholm.
2. Piloten *Språkstöd på arbetsplatsen* ska utvidgas till Falkenberg från och med mars 2027, under förutsättning att
   utvärderingen i januari 2027 är positiv.

## 5. Risker och åtgärder

- **Få sökande till AUB i Varberg.** Arbetsförmedlingen och Varbergs kommun genomför gemensamma
  informationsträffar i november.
- **Handläggningstid hos Socialstyrelsen.** Omkring åtta veckors väntan kan göra att helårsmålet för validering nås
  först i januari 2027.
- **Deltagarstatistik.** Könsuppdelad statistik över deltagarna redovisas i årsrapporten till RUN i februari 2027.[^1]

## 6. Nästa steg

- [x] Höstens valideringsomgång – anmälan stängd 9 oktober
- [x] Start av språkpiloten i Hylte och Laholm
- [ ] Nytt startdatum för AUB i Varberg (Arbetsförmedlingen)
- [ ] Utkast till årsrapport 2026 till styrgruppen – 2027-01-20
- [ ] Årsrapport till RUN – februari 2027

[^1]: Kommunernas personalsystem redovisar inte kön på ett enhetligt sätt. RVK tar fram en gemensam rutin under hösten.
"""


def main():
    if len(sys.argv) != 2:
        print('usage: python r166_make_files.py OUTDIR')
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_region_report(os.path.join(out, 'kompetensforsorjning_vard_omsorg_halland_2026-2028.pdf'))
    make_minutes(os.path.join(out, 'protokoll_styrgrupp_omsorgssparet_2026-05-12.docx'))
    make_agreement(os.path.join(out, 'overenskommelse_AF_omsorgssparet_halland.docx'))
    with open(os.path.join(out, 'webbinarium_validering_fragor_svar_2026-09-17.txt'), 'w', encoding='utf-8',
              newline='\r\n') as f:
        f.write(WEBINAR)
    with open(os.path.join(out, 'lagesrapport_omsorgssparet_Q3_2026.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(STATUS_MD)
    make_af_report(os.path.join(out, 'arbetsmarknadsutsikter_halland_hosten_2026.pdf'))
    for n in sorted(os.listdir(out)):
        print(n, os.path.getsize(os.path.join(out, n)))


if __name__ == '__main__':
    main()
