#!/usr/bin/env python
"""Round 114 – six realistic Swedish documents for the knowledge base.

Usage:  python r114_make_files.py OUT_DIR

Writes:
  1. Verksamhetsplan_2026_Tillvaxt_och_kompetens_Region_Blekinge.pdf   (operational plan: goals,
     indicators and target values per year, activities, budget; justified text with hyphenation)
  2. Folgebrev_med_bilaga_kursplan_Lager_och_logistik_Ljungby.pdf      (cover letter on p. 1 followed
     by an appendix: course syllabus for a labour-market training)
  3. Rapport_2026-2_RSA_kompetensforsorjning_tillverkningsindustrin_Kronoberg.pdf (two-column risk
     and vulnerability analysis with real page footnotes, English summary page and reference list)
  4. SWOT-analys_kompetensforsorjning_besoksnaringen_Blekinge_skargard.docx (SWOT matrix as a 2x2
     table, TOWS conclusions, action table with owners/deadlines/costs, version history)
  5. Teams-export_Yrkesvux-och-AMU-samordning_jan2026.txt              (Teams channel export with
     timestamps, replies, reactions, an edited message, system lines)
  6. beslutslogg_kompetensradet_kronoberg.md                          (register-style decision log)
"""
from __future__ import annotations

import os
import re
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, ListFlowable,
                                ListItem, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

PAGE_W, PAGE_H = A4

# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def _register_fonts() -> tuple[str, str, str, str]:
    """Return (sans, sans_bold, serif, serif_bold); fall back to the base-14 fonts."""
    try:
        pdfmetrics.registerFont(TTFont("DVSans", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DVSans-Bold", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DVSans-Oblique", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
        pdfmetrics.registerFont(TTFont("DVSans-BoldOblique", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
        pdfmetrics.registerFont(TTFont("DVSerif", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
        pdfmetrics.registerFont(TTFont("DVSerif-Bold", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DVSerif-Italic", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf")))
        pdfmetrics.registerFont(TTFont("DVSerif-BoldItalic", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf")))
        pdfmetrics.registerFontFamily("DVSans", normal="DVSans", bold="DVSans-Bold",
                                      italic="DVSans-Oblique", boldItalic="DVSans-BoldOblique")
        pdfmetrics.registerFontFamily("DVSerif", normal="DVSerif", bold="DVSerif-Bold",
                                      italic="DVSerif-Italic", boldItalic="DVSerif-BoldItalic")
        return "DVSans", "DVSans-Bold", "DVSerif", "DVSerif-Bold"
    except Exception:  # fonts missing – base fonts cover å, ä, ö and en dash
        return "Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold"


SANS, SANS_B, SERIF, SERIF_B = _register_fonts()

# --------------------------------------------------------------------------------------------
# A small Swedish hyphenator (reportlab accepts a callable returning (head, tail) pairs)
# --------------------------------------------------------------------------------------------
_VOWELS = set("aeiouyåäöé")
_PARTS = ["försörjning", "marknad", "utbildning", "utveckling", "kompetens", "arbets", "förmedling",
          "anslag", "finansiering", "uppföljning", "planering", "näring", "industri", "branscher",
          "företag", "verksamhet", "insatser", "anordnare", "växling", "inriktning", "sårbarhet",
          "strategi", "lärande", "område", "behov", "program", "tekniker", "operatör", "hantering",
          "personal", "kostnad", "analys", "prognos", "portal", "tillverkning", "leverantör",
          "samverkan", "avgångar", "rekrytering", "anställd", "handledning", "underhåll"]
# Words that must never be split (month names and terms the test questions depend on).
_NO_HYPH = {"januari", "februari", "september", "oktober", "november", "december",
            "startlägenheter", "nyanställd", "pensionsavgångar", "yrkesbarometer",
            "yrkesbarometern", "arbetsförmedlare"}


def sv_hyphenate(word: str):
    if len(word) < 8 or not word.isalpha() or word[0].isupper() or word.lower() in _NO_HYPH:
        return []
    lw = word.lower()
    cuts: set[int] = set()
    for part in _PARTS:
        start = 1
        while True:
            i = lw.find(part, start)
            if i < 0:
                break
            cuts.add(i)
            start = i + 1
    for i in range(1, len(lw) - 1):
        if lw[i] not in _VOWELS and lw[i + 1] in _VOWELS and any(c in _VOWELS for c in lw[:i]):
            if lw[i - 1:i + 1] in ("ck", "sj", "tj", "kj", "dj", "gj", "ng") and lw[i] in "kjg":
                continue
            cuts.add(i)
    cuts = {c for c in cuts if 3 <= c <= len(lw) - 3}
    return [(word[:c], word[c:]) for c in sorted(cuts, reverse=True)]


# --------------------------------------------------------------------------------------------
# Canvas that knows the total page count (for "Sida 2 av 4") and draws page furniture last
# --------------------------------------------------------------------------------------------
def numbered_canvas(decorate, named_cbs=None):
    class _NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved_pages = []
            for name, cb in (named_cbs or {}).items():
                self.setNamedCB(name, cb)

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return _NC


def st(name, **kw) -> ParagraphStyle:
    base = {} if "parent" in kw else dict(fontName=SERIF, fontSize=10, leading=13.5)
    base.update(kw)
    return ParagraphStyle(name, **base)


def bullets(items, style, bullet="•", left=12):
    return ListFlowable([ListItem(Paragraph(t, style), leftIndent=left, value=bullet) for t in items],
                        bulletType="bullet", start=bullet, leftIndent=left, bulletFontName=style.fontName,
                        bulletFontSize=style.fontSize)


# ============================================================================================
# 1. Verksamhetsplan 2026 – Region Blekinge
# ============================================================================================
def make_verksamhetsplan(path: str) -> None:
    body = st("vp_body", alignment=TA_JUSTIFY, hyphenationLang=sv_hyphenate, spaceAfter=6,
              embeddedHyphenation=1, uriWasteReduce=0.3)
    h1 = st("vp_h1", fontName=SANS_B, fontSize=13, leading=17, spaceBefore=10, spaceAfter=5,
            textColor=colors.HexColor("#0b4f6c"))
    h2 = st("vp_h2", fontName=SANS_B, fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=3)
    small = st("vp_small", fontName=SANS, fontSize=8, leading=10)
    small_b = st("vp_small_b", fontName=SANS_B, fontSize=8, leading=10)
    cell = st("vp_cell", fontName=SANS, fontSize=8.3, leading=10.4)
    cell_b = st("vp_cell_b", fontName=SANS_B, fontSize=8.3, leading=10.4)
    title = st("vp_title", fontName=SANS_B, fontSize=20, leading=25, spaceAfter=4,
               textColor=colors.HexColor("#0b4f6c"))
    sub = st("vp_sub", fontName=SANS, fontSize=11.5, leading=15, spaceAfter=12)

    def decorate(c, page, total):
        c.saveState()
        c.setFont(SANS, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if page > 1:
            c.drawString(2.2 * cm, PAGE_H - 1.3 * cm, "REGION BLEKINGE")
            c.drawRightString(PAGE_W - 2.2 * cm, PAGE_H - 1.3 * cm,
                              "Verksamhetsplan 2026 – Enheten för tillväxt och kompetens")
            c.setStrokeColor(colors.HexColor("#0b4f6c"))
            c.setLineWidth(0.6)
            c.line(2.2 * cm, PAGE_H - 1.45 * cm, PAGE_W - 2.2 * cm, PAGE_H - 1.45 * cm)
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(0.4)
        c.line(2.2 * cm, 1.55 * cm, PAGE_W - 2.2 * cm, 1.55 * cm)
        c.drawString(2.2 * cm, 1.1 * cm, "Dnr RB 2025/1187 · Fastställd av RUN 27 november 2025, § 94")
        c.drawRightString(PAGE_W - 2.2 * cm, 1.1 * cm, f"Sida {page} ({total})")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.1 * cm,
                            title="Verksamhetsplan 2026 – Enheten för tillväxt och kompetens",
                            author="Region Blekinge", subject="Verksamhetsplan")
    s = []
    s.append(Paragraph("REGION BLEKINGE", st("logo", fontName=SANS_B, fontSize=14, leading=17,
                                             textColor=colors.HexColor("#0b4f6c"))))
    s.append(Paragraph("Regional utveckling · Enheten för tillväxt och kompetens", small))
    s.append(Spacer(1, 14))
    s.append(Paragraph("Verksamhetsplan 2026", title))
    s.append(Paragraph("med utblick mot 2027–2028", sub))
    meta = [
        [Paragraph("Diarienummer", cell_b), Paragraph("RB 2025/1187", cell)],
        [Paragraph("Fastställd", cell_b),
         Paragraph("Regionala utvecklingsnämnden (RUN) den 27 november 2025, § 94", cell)],
        [Paragraph("Giltighetstid", cell_b), Paragraph("1 januari–31 december 2026", cell)],
        [Paragraph("Dokumentansvarig", cell_b), Paragraph("Helena Strandberg, enhetschef", cell)],
        [Paragraph("Målgrupp", cell_b),
         Paragraph("Medarbetare, RUN, samverkansparter i kommunerna och Arbetsförmedlingen", cell)],
    ]
    t = Table(meta, colWidths=[3.6 * cm, 13.0 * cm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#0b4f6c")),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6f0f5")),
                           ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0c4ce")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Spacer(1, 10))

    s.append(Paragraph("1 Inledning", h1))
    s.append(Paragraph("1.1 Enhetens uppdrag", h2))
    s.append(Paragraph(
        "Enheten för tillväxt och kompetens ansvarar för Region Blekinges regionala uppdrag inom "
        "kompetensförsörjning, för stöd till näringslivsutveckling och för den löpande samverkan med "
        "Arbetsförmedlingen, länets fem kommuner och Blekinge tekniska högskola. Verksamhetsplanen "
        "beskriver vad enheten ska uppnå under 2026, vilka aktiviteter som ska genomföras och hur "
        "resultaten följs upp. Planen innehåller också målvärden för 2027 och 2028 så att utvecklingen "
        "kan följas över tid; dessa värden är vägledande och revideras inför varje nytt verksamhetsår.", body))
    s.append(Paragraph("1.2 Koppling till Blekingestrategin", h2))
    s.append(Paragraph(
        "Planen utgår från den regionala utvecklingsstrategin Blekingestrategin 2022–2030 och dess "
        "prioriterade område Kompetensförsörjning och livslångt lärande. Den bygger även på "
        "överenskommelsen med Arbetsförmedlingen om gemensamma arbetsmarknadsanalyser och på "
        "kommunernas planering av regional yrkesinriktad vuxenutbildning. Enhetens insatser ska bidra "
        "till att fler blir anställningsbara, att arbetsgivarna hittar rätt kompetens och att "
        "skillnaderna i sysselsättning mellan kvinnor och män minskar.", body))
    s.append(Paragraph("1.3 Förkortningar och begrepp", h2))
    s.append(bullets([
        "<b>AF</b> – Arbetsförmedlingen",
        "<b>BTH</b> – Blekinge tekniska högskola",
        "<b>KLB</b> – Kompetensläget Blekinge, regionens gemensamma prognos- och analysportal för "
        "utbildningsanordnare och kommuner",
        "<b>RUN</b> – regionala utvecklingsnämnden",
        "<b>T1, T2</b> – tertialrapport 1 och tertialrapport 2",
        "<b>Bristyrke</b> – ett yrke där Arbetsförmedlingens yrkesbarometer bedömer att det råder brist "
        "eller stor brist på arbetskraft i Blekinge på ett års sikt",
    ], st("vp_li", alignment=TA_LEFT, spaceAfter=1)))

    s.append(Paragraph("2 Mål, indikatorer och målvärden", h1))
    s.append(Paragraph(
        "Enheten arbetar mot fyra mål. För varje mål finns en eller två indikatorer med utfall för 2024, "
        "som är det senast kända helårsvärdet, samt målvärden per år. Målvärdena för 2027 och 2028 är "
        "preliminära och prövas på nytt i samband med verksamhetsplaneringen hösten 2026. Indikator 1.1 "
        "mäts som årsgenomsnitt; utfallet för 2025 redovisas i årsrapporten i februari 2026.", body))

    hdr = ["Nr", "Indikator", "Utfall 2024", "Mål 2026", "Mål 2027", "Mål 2028", "Källa"]
    rows = [[Paragraph(h, cell_b) for h in hdr]]
    groups = [
        ("Mål 1 – Fler i arbete", [
            ("1.1", "Andel inskrivna arbetslösa 16–64 år, procent", "9,8", "9,2", "8,7", "8,2", "AF"),
            ("1.2", "Deltagare i regionalt finansierade insatser som går till arbete eller studier inom "
                    "90 dagar, antal", "214", "260", "290", "320", "Egen uppföljning"),
        ]),
        ("Mål 2 – Bättre matchning", [
            ("2.1", "Platser inom regional yrkesvux i bristyrken, antal", "610", "700", "740", "780",
             "Kommunerna"),
            ("2.2", "Andel företag som uppger rekryteringsproblem, procent", "38", "35", "33", "30",
             "Företagarpanelen Blekinge"),
        ]),
        ("Mål 3 – Starkare kompetensplattform", [
            ("3.1", "Branschråd med aktiv handlingsplan, antal", "4", "6", "7", "8", "Egen uppföljning"),
            ("3.2", "Utbildningsanordnare som använder KLB, antal", "11", "18", "22", "25", "KLB"),
        ]),
        ("Mål 4 – Jämställd och inkluderande arbetsmarknad", [
            ("4.1", "Sysselsättningsgrad för utrikes födda kvinnor 20–64 år, procent", "52,1", "55,0",
             "57,0", "59,0", "SCB"),
        ]),
    ]
    style_cmds = [("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fb4bf")),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe1ea")),
                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                  ("ALIGN", (2, 1), (5, -1), "RIGHT")]
    for gname, inds in groups:
        style_cmds += [("SPAN", (0, len(rows)), (-1, len(rows))),
                       ("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#eef4f7"))]
        rows.append([Paragraph(gname, cell_b), "", "", "", "", "", ""])
        for nr, ind, *vals, src in inds:
            rows.append([Paragraph(nr, cell), Paragraph(ind, cell)]
                        + [Paragraph(v, st("num", fontName=SANS, fontSize=8.3, leading=10.4,
                                           alignment=TA_RIGHT)) for v in vals]
                        + [Paragraph(src, cell)])
    t = Table(rows, colWidths=[0.9 * cm, 6.4 * cm, 1.65 * cm, 1.5 * cm, 1.5 * cm, 1.5 * cm, 3.15 * cm],
              repeatRows=1)
    t.setStyle(TableStyle(style_cmds))
    s.append(KeepTogether([Paragraph("Tabell 1. Mål, indikatorer och målvärden 2026–2028", small_b),
                           Spacer(1, 3), t]))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Målvärden för 2027 och 2028 är preliminära. Procentvärden avser årsgenomsnitt.",
                       small))

    s.append(Paragraph("2.1 Mål 1 – Fler i arbete", h2))
    s.append(Paragraph(
        "Arbetslösheten i Blekinge är fortsatt högre än riksgenomsnittet, särskilt bland unga och bland "
        "personer som har varit inskrivna mer än tolv månader. Enheten bidrar genom medfinansiering av "
        "insatser som kombinerar vägledning, praktik och kortare yrkesutbildning, och genom att "
        "systematiskt följa upp vad deltagarna gör 90 dagar efter avslutad insats.", body))
    s.append(Paragraph("2.2 Mål 2 – Bättre matchning", h2))
    s.append(Paragraph(
        "Fler utbildningsplatser ska riktas mot bristyrken. Kommunerna ansvarar för utbildningarna medan "
        "regionen bidrar med analysunderlag och samordning av den regionala yrkesvuxplaneringen. "
        "Arbetsförmedlingen medverkar med sin bedömning av efterfrågan och med matchning av deltagare.",
        body))
    s.append(Paragraph("2.3 Mål 3 och 4", h2))
    s.append(Paragraph(
        "Branschråden är enhetens viktigaste forum för dialog med arbetsgivarna. Under 2026 ska ett nytt "
        "branschråd för besöksnäringen starta. Målet om en jämställd och inkluderande arbetsmarknad följs "
        "upp med registerdata från SCB och i dialog med kommunernas arbetsmarknadsenheter.", body))

    s.append(Paragraph("3 Aktiviteter 2026", h1))
    s.append(Paragraph(
        "Tabell 2 visar de aktiviteter som är prioriterade under året. Ansvarig person samordnar "
        "aktiviteten och rapporterar status i tertialrapporterna.", body))
    act = [["Aktivitet", "Ansvarig", "Klart senast", "Mål"],
           ["Starta branschråd för besöksnäringen med egen handlingsplan", "Linnea Hjort",
            "30 april 2026", "3.1"],
           ["Genomföra Kompetensforum Blekinge 2026 i Ronneby", "Helena Strandberg", "22 maj 2026",
            "2, 3"],
           ["Ta fram regional kompetensprognos 2026–2035 och publicera den i KLB", "Omar Sadiq",
            "15 oktober 2026", "3.2"],
           ["Medfinansiera och följa upp ESF+-projektet Nya vägar Blekinge", "Jonas Karlberg", "Löpande",
            "1, 4"],
           ["Samordna valideringsinsats inom vård och omsorg tillsammans med kommunerna",
            "Jonas Karlberg", "30 november 2026", "2.1"]]
    t = Table([[Paragraph(x, cell_b if i == 0 else cell) for x in r] for i, r in enumerate(act)],
              colWidths=[8.4 * cm, 3.4 * cm, 3.2 * cm, 1.6 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fb4bf")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe1ea")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(Paragraph("Tabell 2. Prioriterade aktiviteter 2026", small_b))
    s.append(Spacer(1, 3))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph("Därutöver ska enheten under 2026:", body))
    s.append(bullets([
        "delta i den gemensamma analysgruppen med Arbetsförmedlingen (fyra möten per år),",
        "stödja kommunerna i ansökningar om statsbidrag för regional yrkesvux,",
        "uppdatera KLB med nya prognoser minst två gånger per år, samt",
        "erbjuda kommunerna en gemensam utbildningsdag om kompetensförsörjningsanalys.",
    ], st("vp_li2", alignment=TA_LEFT, spaceAfter=1)))

    s.append(Paragraph("4 Ekonomi", h1))
    s.append(Paragraph(
        "Enhetens budget för 2026 är fastställd i Region Blekinges budget. Omfördelningar mellan "
        "kostnadsposter som överstiger 500 tkr beslutas av regional utvecklingsdirektör. Externa "
        "projektmedel redovisas separat i respektive projekts ekonomiska rapportering.", body))
    bud = [["Kostnader (tkr)", "Budget 2026"],
           ["Personal (9,5 årsarbetare)", "6 850"],
           ["Verksamhetsmedel och projektmedfinansiering", "3 200"],
           ["Köpta tjänster (analys, prognosverktyg)", "1 150"],
           ["Lokaler och gemensamma kostnader", "720"],
           ["Summa kostnader", "11 920"],
           ["Finansiering (tkr)", ""],
           ["Regionalt utvecklingsanslag (1:1)", "4 300"],
           ["Region Blekinges egna medel", "6 870"],
           ["Extern projektfinansiering", "750"],
           ["Summa finansiering", "11 920"]]
    t = Table(bud, colWidths=[10.5 * cm, 3.5 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8.8),
                           ("FONT", (0, 0), (-1, 0), SANS_B, 8.8),
                           ("FONT", (0, 6), (-1, 6), SANS_B, 8.8),
                           ("FONT", (0, 5), (-1, 5), SANS_B, 8.8),
                           ("FONT", (0, 10), (-1, 10), SANS_B, 8.8),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe1ea")),
                           ("BACKGROUND", (0, 6), (-1, 6), colors.HexColor("#cfe1ea")),
                           ("LINEABOVE", (0, 5), (-1, 5), 0.8, colors.black),
                           ("LINEABOVE", (0, 10), (-1, 10), 0.8, colors.black),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb4bf"))]))
    s.append(KeepTogether([Paragraph("Tabell 3. Budget 2026, tkr", small_b), Spacer(1, 3), t]))

    s.append(Paragraph("5 Uppföljning och rapportering", h1))
    s.append(Paragraph("Verksamhetsplanen följs upp tre gånger per år:", body))
    s.append(bullets([
        "T1 (perioden januari–april) redovisas för RUN den 11 juni 2026.",
        "T2 (perioden januari–augusti) redovisas för RUN den 15 oktober 2026.",
        "Årsrapport 2026 redovisas för RUN i februari 2027.",
    ], st("vp_li3", alignment=TA_LEFT, spaceAfter=1)))
    s.append(Spacer(1, 4))
    s.append(Paragraph(
        "Avvikelser från målvärdena som är större än tio procent ska kommenteras med orsak och planerad "
        "åtgärd. Uppföljningen av indikatorerna 1.2 och 3.1 görs av enheten själv; övriga indikatorer "
        "hämtas från Arbetsförmedlingen, kommunerna, SCB och KLB.", body))
    s.append(Spacer(1, 16))
    s.append(KeepTogether([
        Paragraph("Karlskrona den 27 november 2025", body),
        Spacer(1, 18),
        Paragraph("<i>Helena Strandberg</i>", st("sig", fontName=SERIF, fontSize=12, leading=14)),
        Paragraph("Helena Strandberg<br/>Enhetschef, Enheten för tillväxt och kompetens", body)]))
    doc.build(s, canvasmaker=numbered_canvas(decorate))


# ============================================================================================
# 2. Följebrev + bilaga (kursplan) – Arbetsförmedlingen, Kronoberg
# ============================================================================================
def make_folgebrev(path: str) -> None:
    body = st("fb_body", fontName=SERIF, fontSize=10.5, leading=14.5, spaceAfter=7)
    bodyj = st("fb_bodyj", parent=body, alignment=TA_JUSTIFY, hyphenationLang=sv_hyphenate,
               embeddedHyphenation=1)
    h1 = st("fb_h1", fontName=SANS_B, fontSize=11.5, leading=15, spaceBefore=9, spaceAfter=4)
    cell = st("fb_cell", fontName=SANS, fontSize=8.6, leading=10.8)
    cell_b = st("fb_cell_b", fontName=SANS_B, fontSize=8.6, leading=10.8)
    small = st("fb_small", fontName=SANS, fontSize=8, leading=10)

    def decorate(c, page, total):
        c.saveState()
        c.setFont(SANS_B, 13)
        c.setFillColor(colors.HexColor("#1b365d"))
        if page == 1:
            c.drawString(2.3 * cm, PAGE_H - 2.0 * cm, "Arbetsförmedlingen")
            c.setFont(SANS, 8.5)
            c.setFillColor(colors.black)
            x = PAGE_W - 8.6 * cm
            c.drawString(x, PAGE_H - 1.7 * cm, "Datum")
            c.drawString(x + 2.4 * cm, PAGE_H - 1.7 * cm, "Diarienummer")
            c.drawString(x + 5.9 * cm, PAGE_H - 1.7 * cm, "Sida")
            c.setFont(SANS, 9.5)
            c.drawString(x, PAGE_H - 2.15 * cm, "2026-01-12")
            c.drawString(x + 2.4 * cm, PAGE_H - 2.15 * cm, "Af-2026/0003 1187")
            c.drawString(x + 5.9 * cm, PAGE_H - 2.15 * cm, f"{page} ({total})")
        else:
            c.setFont(SANS, 7.5)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(2.3 * cm, PAGE_H - 1.3 * cm, "Arbetsförmedlingen")
            c.drawRightString(PAGE_W - 2.3 * cm, PAGE_H - 1.3 * cm,
                              "Bilaga 1 – Kursplan Lager och logistik med truckkort")
            c.setLineWidth(0.4)
            c.line(2.3 * cm, PAGE_H - 1.45 * cm, PAGE_W - 2.3 * cm, PAGE_H - 1.45 * cm)
        c.setFont(SANS, 7)
        c.setFillColor(colors.HexColor("#444444"))
        c.setLineWidth(0.3)
        c.line(2.3 * cm, 1.75 * cm, PAGE_W - 2.3 * cm, 1.75 * cm)
        c.drawString(2.3 * cm, 1.35 * cm, "Arbetsförmedlingen · Marknadsområde Småland och Blekinge · "
                                          "Besöksadress Kungsgatan 8, Växjö")
        c.drawString(2.3 * cm, 1.0 * cm, "Telefon 0771-416 416 · arbetsformedlingen.se")
        c.drawRightString(PAGE_W - 2.3 * cm, 1.0 * cm, f"Sida {page} av {total}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=3.0 * cm, bottomMargin=2.3 * cm,
                            title="Följebrev och kursplan – Lager och logistik med truckkort, Ljungby",
                            author="Arbetsförmedlingen")
    s = []
    addr = st("addr", fontName=SERIF, fontSize=10.5, leading=13.5)
    s.append(Table([[Paragraph("", addr),
                     Paragraph("Region Kronoberg<br/>Regional utveckling<br/>Att: Anneli Persson<br/>"
                               "Box 1200<br/>351 12 Växjö", addr)]],
                   colWidths=[8.4 * cm, 8 * cm], style=[("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Kommunernas arbetsmarknadsenheter i Kronobergs län enligt sändlista", small))
    s.append(Spacer(1, 16))
    s.append(Paragraph("<b>Information om arbetsmarknadsutbildningen Lager och logistik med truckkort i "
                       "Ljungby, start 9 mars 2026</b>", st("subj", fontName=SANS_B, fontSize=11.5,
                                                           leading=15, spaceAfter=10)))
    s.append(Paragraph("Hej,", body))
    s.append(Paragraph(
        "Arbetsförmedlingen startar en ny omgång av arbetsmarknadsutbildningen <i>Lager och logistik med "
        "truckkort</i> i Ljungby. Utbildningen genomförs av Ljungby Yrkescentrum AB på uppdrag av "
        "Arbetsförmedlingen och omfattar 16 platser. Den pågår i 16 veckor på heltid, från den 9 mars "
        "till den 26 juni 2026.", bodyj))
    s.append(Paragraph(
        "Vi skickar den här informationen till er så att ni känner till utbildningen och kan tipsa "
        "deltagare i era egna insatser. Observera att det endast är Arbetsförmedlingen som kan anvisa "
        "deltagare till en arbetsmarknadsutbildning. Personer som är aktuella hos kommunen och som är "
        "intresserade ska därför kontakta sin arbetsförmedlare.", bodyj))
    s.append(Paragraph("<b>Viktiga datum</b>", body))
    s.append(bullets([
        "Informationsträff: tisdag 3 februari 2026 kl. 10.00 hos Ljungby Yrkescentrum, "
        "Verkstadsgatan 14, Ljungby. Anmälan görs till den egna arbetsförmedlaren.",
        "Sista dag för anvisning: fredag 20 februari 2026.",
        "Utbildningsstart: måndag 9 mars 2026 kl. 08.30.",
    ], st("fb_li", fontName=SERIF, fontSize=10.5, leading=14), left=14))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Under utbildningen har deltagarna rätt till aktivitetsstöd eller utvecklingsersättning enligt "
        "gällande regler. Utbildningen är kostnadsfri för deltagaren. Resor mellan bostaden och "
        "utbildningsplatsen kan ersättas enligt Arbetsförmedlingens regler om resekostnadsersättning.",
        bodyj))
    s.append(Paragraph(
        "Kursplanen finns i bilaga 1. Frågor om anvisning och om enskilda deltagare besvaras av Johan Ek, "
        "arbetsförmedlare, johan.ek@arbetsformedlingen.se. Frågor om avtalet med anordnaren besvaras av "
        "undertecknad.", bodyj))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Med vänlig hälsning", body))
    s.append(Spacer(1, 14))
    s.append(Paragraph("<i>Sara Lindqvist</i>", st("sig2", fontName=SERIF, fontSize=13, leading=15)))
    s.append(Paragraph("Sara Lindqvist<br/>Sektionschef, Arbetsförmedlingen Växjö–Ljungby", body))
    s.append(Spacer(1, 10))
    s.append(Paragraph("<b>Bilaga</b><br/>1. Kursplan Lager och logistik med truckkort (2 sidor)", small))
    s.append(Spacer(1, 5))
    s.append(Paragraph("<b>Sändlista</b><br/>Region Kronoberg; Alvesta, Lessebo, Ljungby, Markaryd, "
                       "Tingsryd, Uppvidinge, Växjö och Älmhults kommuner", small))
    s.append(PageBreak())

    # ---------------- Bilaga 1: kursplan ----------------
    s.append(Paragraph("Bilaga 1", st("bil", fontName=SANS, fontSize=9, leading=11,
                                      textColor=colors.HexColor("#1b365d"))))
    s.append(Paragraph("Kursplan – Lager och logistik med truckkort",
                       st("kp_t", fontName=SANS_B, fontSize=16, leading=20, spaceAfter=10)))
    facts = [["Utbildningens namn", "Lager och logistik med truckkort"],
             ["Yrkesområde (SSYK 2012)", "4321 Lager- och terminalpersonal"],
             ["Anordnare", "Ljungby Yrkescentrum AB"],
             ["Studieort", "Ljungby"],
             ["Omfattning", "16 veckor, heltid (40 timmar per vecka)"],
             ["Antal platser", "16"],
             ["Period", "9 mars–26 juni 2026"],
             ["Kursplanens version", "Fastställd 8 december 2025"]]
    t = Table([[Paragraph(a, cell_b), Paragraph(b, cell)] for a, b in facts],
              colWidths=[4.6 * cm, 11.8 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#8a9bb0")),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8edf3"))]))
    s.append(t)
    s.append(Paragraph("1 Syfte", h1))
    s.append(Paragraph(
        "Utbildningen ska ge deltagaren de kunskaper och behörigheter som krävs för att få anställning som "
        "lagerarbetare, truckförare eller terminalarbetare. Efter avslutad utbildning ska deltagaren kunna "
        "hantera gods säkert och effektivt, arbeta i ett lagerstyrningssystem, köra motviktstruck och "
        "skjutstativtruck samt följa gällande arbetsmiljöregler.", bodyj))
    s.append(Paragraph("2 Målgrupp och förkunskapskrav", h1))
    s.append(Paragraph(
        "Utbildningen vänder sig till arbetssökande som är inskrivna hos Arbetsförmedlingen och som bedöms "
        "behöva en yrkesutbildning för att få arbete. För att antas krävs:", bodyj))
    s.append(bullets([
        "svenska på lägst nivå motsvarande sfi kurs D,",
        "grundläggande kunskaper i matematik (de fyra räknesätten, procent och enhetsomvandling),",
        "fysisk förmåga att utföra lagerarbete, till exempel lyft och arbete stående, samt",
        "godkänt resultat på det lämplighetstest som görs i samband med informationsträffen.",
    ], st("kp_li", fontName=SERIF, fontSize=10.5, leading=14), left=14))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Körkort krävs inte för att antas till utbildningen.", body))

    s.append(Paragraph("3 Kursinnehåll", h1))
    mom = [["Moment", "Omfattning", "Innehåll"],
           ["1. Introduktion, arbetsmiljö och säkerhet", "1 vecka",
            "Arbetsmiljölagen, ergonomi, HLR och brandskydd"],
           ["2. Truckutbildning enligt TLP10", "3 veckor",
            "Teori och praktik; behörighet A1–A4 och B1"],
           ["3. Lagerarbete och lagerstyrning (WMS)", "3 veckor",
            "Inleverans, plock, packning, inventering och lagersystem"],
           ["4. Farligt gods och godshantering", "1 vecka",
            "ADR 1.3, märkning och lastsäkring"],
           ["5. Digitala verktyg", "2 veckor",
            "Handdatorer, streckkoder och digital rapportering"],
           ["6. Arbetsplatsförlagt lärande (APL)", "4 veckor",
            "Praktik hos lager- eller logistikföretag i Kronobergs län"],
           ["7. Fördjupning, repetition och slutprov", "2 veckor",
            "Truckprov, yrkesprov, CV- och intervjuträning"],
           ["Summa", "16 veckor", ""]]
    t = Table([[Paragraph(x, cell_b if (i == 0 or i == len(mom) - 1) else cell) for x in r]
               for i, r in enumerate(mom)], colWidths=[6.2 * cm, 2.4 * cm, 7.8 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#8a9bb0")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d5dfeb")),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.9, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Spacer(1, 5))
    s.append(Paragraph(
        "Yrkessvenska, totalt 80 timmar, är integrerad i samtliga moment och leds av en lärare i svenska "
        "som andraspråk tillsammans med yrkesläraren.", bodyj))

    s.append(Paragraph("4 Arbetsplatsförlagt lärande", h1))
    s.append(Paragraph(
        "Med arbetsplatsförlagt lärande (APL) avses den del av utbildningen som genomförs på en "
        "arbetsplats under handledning. APL genomförs under utbildningsveckorna 11–14. Anordnaren ansvarar "
        "för att ordna APL-plats och för att varje deltagare har en utsedd handledare. Deltagaren för en "
        "loggbok som gås igenom med yrkesläraren vid ett trepartssamtal i slutet av perioden.", bodyj))
    s.append(Paragraph("5 Examination och intyg", h1))
    s.append(bullets([
        "Truckkort utfärdas efter godkänt teoretiskt och praktiskt prov enligt TLP10.",
        "Intyg om utbildning i farligt gods enligt ADR 1.3.",
        "Utbildningsintyg med betyget Godkänd eller Ej godkänd utfärdas av anordnaren.",
    ], st("kp_li2", fontName=SERIF, fontSize=10.5, leading=14), left=14))
    s.append(Paragraph("6 Närvaro och frånvaro", h1))
    s.append(Paragraph(
        "Deltagaren ska närvara minst 80 procent av den schemalagda tiden för att få utbildningsintyg. "
        "Anordnaren rapporterar frånvaro till Arbetsförmedlingen senast nästkommande arbetsdag. Upprepad "
        "ogiltig frånvaro kan leda till att anvisningen återkallas.", bodyj))
    s.append(Paragraph("7 Schema och praktisk information", h1))
    s.append(bullets([
        "Undervisningstid måndag–torsdag kl. 08.00–16.30 och fredag kl. 08.00–15.00.",
        "Arbetskläder, skyddsskor och hörselskydd lånas ut av anordnaren under utbildningen.",
        "Lunch ingår inte. Lunchrum med mikrovågsugnar finns i lokalen.",
        "Under APL-perioden gäller arbetsplatsens arbetstider, dock högst 40 timmar per vecka.",
        "Deltagare som behöver anpassningar, till exempel på grund av dyslexi eller nedsatt hörsel, "
        "meddelar detta vid informationsträffen.",
    ], st("kp_li3", fontName=SERIF, fontSize=10.5, leading=14), left=14))
    s.append(Paragraph("8 Utvärdering", h1))
    s.append(Paragraph(
        "Deltagarna besvarar en enkät efter moment 2 och vid utbildningens slut. Anordnaren redovisar "
        "resultatet, tillsammans med uppgifter om hur många som fått arbete inom 90 dagar, till "
        "Arbetsförmedlingen senast sex veckor efter kursslut.", bodyj))
    s.append(Paragraph("9 Kontaktpersoner", h1))
    kp = [["Roll", "Namn", "Organisation"],
          ["Utbildningsansvarig", "Mikael Grahn", "Ljungby Yrkescentrum AB"],
          ["Anvisningar och deltagarfrågor", "Johan Ek", "Arbetsförmedlingen"],
          ["Avtalsfrågor", "Sara Lindqvist", "Arbetsförmedlingen"]]
    t = Table([[Paragraph(x, cell_b if i == 0 else cell) for x in r] for i, r in enumerate(kp)],
              colWidths=[5.6 * cm, 4.4 * cm, 6.4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#8a9bb0")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d5dfeb"))]))
    s.append(t)
    doc.build(s, canvasmaker=numbered_canvas(decorate))


# ============================================================================================
# 3. Rapport 2026:2 – two columns, footnotes, English summary, references (Region Kronoberg)
# ============================================================================================
def make_rapport(path: str) -> None:
    FN_TEXT = {
        "1": "SCB, Registerbaserad arbetsmarknadsstatistik (RAMS) 2023, bearbetning Region Kronoberg. "
             "Avser förvärvsarbetande dagbefolkning 16–74 år.",
        "2": "Intervjuerna genomfördes mellan den 8 september och den 31 oktober 2025, huvudsakligen på "
             "plats hos företagen. Intervjuguiden kan beställas från författarna.",
        "3": "Med kompetensväxling avses i denna rapport en modell där en erfaren medarbetare, vanligen "
             "inom fem år från pension, går ned till 80 procent av heltid och använder den frigjorda "
             "tiden till att handleda en nyanställd. Lönekostnaden för handledningen kan delfinansieras "
             "med offentliga medel under högst 12 månader.",
        "4": "Riskvärde = sannolikhet × konsekvens. Båda faktorerna bedöms på en skala 1–4, vilket ger "
             "ett maximalt riskvärde på 16.",
        "5": "Gymnasieantagningen Kronoberg, preliminär antagning 2021 och 2025.",
        "6": "Myndigheten för yrkeshögskolan tar emot ansökningar om nya utbildningar en gång per år.",
    }
    fn_page: dict[str, int] = {}

    def on_fn(canv, kind, label):
        fn_page.setdefault(label, canv.getPageNumber())

    def fn(n: str) -> str:
        return f'<super>{n}</super><onDraw name="fn" label="{n}"/>'

    M = 1.9 * cm
    GAP = 0.8 * cm
    FOOT_ZONE = 3.3 * cm          # reserved for footnotes above the footer
    col_w = (PAGE_W - 2 * M - GAP) / 2
    body_bottom = 1.7 * cm + FOOT_ZONE
    top = PAGE_H - 2.0 * cm

    body = st("r_body", fontName=SERIF, fontSize=9.4, leading=12.6, alignment=TA_JUSTIFY,
              hyphenationLang=sv_hyphenate, embeddedHyphenation=1, spaceAfter=5)
    body_en = st("r_body_en", parent=body, hyphenationLang=None, alignment=TA_LEFT, fontSize=10,
                 leading=14)
    h1 = st("r_h1", fontName=SANS_B, fontSize=11.5, leading=14.5, spaceBefore=8, spaceAfter=4,
            textColor=colors.HexColor("#2d5d2a"))
    h2 = st("r_h2", fontName=SANS_B, fontSize=9.6, leading=12.5, spaceBefore=5, spaceAfter=2)
    cell = st("r_cell", fontName=SANS, fontSize=7.4, leading=9)
    cell_b = st("r_cell_b", fontName=SANS_B, fontSize=7.4, leading=9)
    fn_style = st("r_fn", fontName=SERIF, fontSize=7.2, leading=8.8)
    ref = st("r_ref", fontName=SERIF, fontSize=8.6, leading=11, leftIndent=12, firstLineIndent=-12,
             spaceAfter=3)

    def decorate(c, page, total):
        c.saveState()
        c.setFont(SANS, 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        if page > 1:
            c.drawString(M, PAGE_H - 1.25 * cm, "Region Kronoberg · Rapport 2026:2")
            c.drawRightString(PAGE_W - M, PAGE_H - 1.25 * cm,
                              "Risker och sårbarheter i kompetensförsörjningen")
            c.setStrokeColor(colors.HexColor("#2d5d2a"))
            c.setLineWidth(0.5)
            c.line(M, PAGE_H - 1.4 * cm, PAGE_W - M, PAGE_H - 1.4 * cm)
        c.drawCentredString(PAGE_W / 2, 1.0 * cm, f"{page} ({total})")
        # footnotes belonging to this page
        notes = [n for n in sorted(fn_page, key=int) if fn_page[n] == page]
        if notes:
            y = body_bottom - 0.35 * cm
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.4)
            c.line(M, y, M + 4 * cm, y)
            y -= 0.15 * cm
            for n in notes:
                p = Paragraph(f"<super>{n}</super> {FN_TEXT[n]}", fn_style)
                _, h = p.wrap(PAGE_W - 2 * M, 5 * cm)
                y -= h
                p.drawOn(c, M, y)
                y -= 2
        c.restoreState()

    title_h = 5.0 * cm
    f_title = Frame(M, top - title_h, PAGE_W - 2 * M, title_h, id="title", leftPadding=0,
                    rightPadding=0, topPadding=0, bottomPadding=0)
    f1_left = Frame(M, body_bottom, col_w, top - title_h - body_bottom, id="c1", leftPadding=0,
                    rightPadding=0, topPadding=0, bottomPadding=0)
    f1_right = Frame(M + col_w + GAP, body_bottom, col_w, top - title_h - body_bottom, id="c2",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fl = Frame(M, body_bottom, col_w, top - body_bottom, id="l", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    fr = Frame(M + col_w + GAP, body_bottom, col_w, top - body_bottom, id="r", leftPadding=0,
               rightPadding=0, topPadding=0, bottomPadding=0)
    f_one = Frame(M + 1.2 * cm, 2.2 * cm, PAGE_W - 2 * M - 2.4 * cm, top - 2.2 * cm, id="one",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    doc = BaseDocTemplate(path, pagesize=A4, title="Rapport 2026:2 Risker och sårbarheter i "
                          "kompetensförsörjningen", author="Region Kronoberg",
                          subject="Risk- och sårbarhetsanalys")
    doc.addPageTemplates([PageTemplate(id="first", frames=[f_title, f1_left, f1_right]),
                          PageTemplate(id="onecol", frames=[f_one]),
                          PageTemplate(id="twocol", frames=[fl, fr])])
    s = []
    s.append(Paragraph("REGION KRONOBERG · RAPPORT 2026:2",
                       st("r_kick", fontName=SANS_B, fontSize=8.5, leading=11,
                          textColor=colors.HexColor("#2d5d2a"))))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Risker och sårbarheter i kompetensförsörjningen",
                       st("r_title", fontName=SANS_B, fontSize=19, leading=23)))
    s.append(Paragraph("En risk- och sårbarhetsanalys av tillverkningsindustrin i Kronobergs län",
                       st("r_sub", fontName=SANS, fontSize=11.5, leading=15, spaceBefore=3)))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Emma Rydén och Karim Haddad · Analys och uppföljning, Region Kronoberg · "
                       "Februari 2026", st("r_auth", fontName=SANS, fontSize=8.5, leading=11,
                                           textColor=colors.HexColor("#444444"))))
    s.append(FrameBreak())
    s.append(Paragraph("Sammanfattning", h1))
    s.append(Paragraph(
        "Tillverkningsindustrin är Kronobergs läns största privata sektor och sysselsätter cirka 21 400 "
        "personer, vilket motsvarar 18 procent av de förvärvsarbetande i länet." + fn("1") + " Branschen "
        "står inför en omfattande generationsväxling samtidigt som efterfrågan på automations- och "
        "underhållskompetens ökar.", body))
    s.append(Paragraph(
        "Analysen bygger på intervjuer med 27 företag" + fn("2") + " med sammanlagt omkring 4 100 "
        "anställda, på registerdata och på en workshop med Kompetensrådet Kronoberg. Företagen finns i "
        "sju av länets åtta kommuner.", body))
    s.append(Paragraph(
        "Två risker bedöms som allvarligast, båda med riskvärde 12: pensionsavgångar bland "
        "CNC-operatörer och underhållstekniker (R1) och ett minskat söktryck till Industritekniska "
        "programmet (R2). Vi beräknar att omkring 1 350 personer i länets tillverkningsindustri går i "
        "pension under perioden 2026–2030, medan utbildningssystemet varje år examinerar cirka 420 "
        "personer med relevant inriktning.", body))
    s.append(Paragraph(
        "Sårbarheten är störst hos små underleverantörer med färre än 50 anställda. De är ofta beroende av "
        "enstaka nyckelpersoner och saknar egen HR-funktion.", body))
    s.append(Paragraph(
        "Rapporten föreslår sex åtgärder, bland annat att modellen med kompetensväxling" + fn("3") +
        " skalas upp efter den pågående piloten, att regionen tillsammans med anordnare söker nya "
        "YH-utbildningar och att Älmhults kommun prövar startlägenheter för nyrekryterad personal.", body))
    s.append(FrameBreak())
    s.append(Paragraph("Innehåll", h1))
    toc = [("Summary in English", "2"), ("1 Inledning", "3"), ("2 Metod och avgränsningar", "3"),
           ("3 Identifierade risker", "3"), ("4 Sårbarheter", "3"), ("5 Åtgärdsförslag", "4"),
           ("Referenser", "4")]
    tt = Table([[Paragraph(a, st("toc", fontName=SANS, fontSize=8.8, leading=12)),
                 Paragraph(b, st("tocr", fontName=SANS, fontSize=8.8, leading=12, alignment=TA_RIGHT))]
                for a, b in toc], colWidths=[col_w - 1.0 * cm, 1.0 * cm])
    tt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(tt)
    s.append(Spacer(1, 16))
    about = st("about", fontName=SANS, fontSize=8.2, leading=11)
    box = Table([[Paragraph("<b>Om rapporten</b>", about)],
                 [Paragraph("<b>Beställare:</b> Kompetensrådet Kronoberg (beslut KR-2025-07, "
                            "18 september 2025)", about)],
                 [Paragraph("<b>Diarienummer:</b> RK 2025/0412", about)],
                 [Paragraph("<b>Författare:</b> Emma Rydén, analytiker, och Karim Haddad, "
                            "utredare", about)],
                 [Paragraph("<b>Granskning:</b> Regional utveckling, Region Kronoberg, januari 2026",
                            about)],
                 [Paragraph("<b>Kontakt:</b> emma.ryden@kronoberg.se", about)],
                 [Paragraph("Rapporten kan citeras med angivande av källa: Region Kronoberg (2026). "
                            "<i>Risker och sårbarheter i kompetensförsörjningen</i>. Rapport 2026:2.",
                            about)]],
                colWidths=[col_w])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#2d5d2a")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef5ec")),
                             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                             ("LEFTPADDING", (0, 0), (-1, -1), 7)]))
    s.append(box)
    s.append(NextPageTemplate("onecol"))
    s.append(PageBreak())

    # ---------------- English summary (one column) ----------------
    s.append(Paragraph("Summary in English", st("r_en_h", fontName=SANS_B, fontSize=15, leading=19,
                                                 spaceAfter=8, textColor=colors.HexColor("#2d5d2a"))))
    s.append(Paragraph(
        "Manufacturing is the largest private sector in Kronoberg County, employing about 21,400 people, "
        "or 18 per cent of the employed population. This risk and vulnerability analysis (RSA) examines "
        "how a large wave of retirements, a declining interest in industrial upper-secondary programmes "
        "and a growing demand for automation skills may affect the sector’s access to skills in "
        "2026–2030.", body_en))
    s.append(Paragraph(
        "The analysis is based on interviews with 27 companies, carried out between 8 September and "
        "31 October 2025, on register data from Statistics Sweden and on a workshop with the Kronoberg "
        "Skills Council (Kompetensrådet Kronoberg). The companies together employ about 4,100 people.",
        body_en))
    s.append(Paragraph("<b>Key findings</b>", body_en))
    s.append(bullets([
        "Two risks receive the highest risk score (12 out of a maximum of 16): retirements among CNC "
        "operators and maintenance technicians, and fewer applicants to the Industrial Technology "
        "Programme in upper-secondary school.",
        "About 1,350 employees in the county’s manufacturing industry are expected to retire in "
        "2026–2030, while the education system produces around 420 graduates with a relevant "
        "specialisation per year.",
        "Small subcontractors with fewer than 50 employees are the most vulnerable, owing to low digital "
        "maturity and dependence on a few key persons.",
    ], body_en, left=14))
    s.append(Spacer(1, 6))
    s.append(Paragraph("<b>Recommendations</b>", body_en))
    s.append(Paragraph(
        "The report proposes six measures. The most important are to scale up the skills exchange model "
        "(<i>kompetensväxling</i>) once the current pilot has been evaluated, to apply for at least two "
        "new higher vocational education (YH) programmes, to strengthen recruitment to the Industrial "
        "Technology Programme through Teknikcollege Kronoberg, and to test starter apartments for newly "
        "recruited staff in Älmhult. Small subcontractors should be offered digitalisation vouchers.",
        body_en))
    s.append(Spacer(1, 10))
    s.append(Paragraph(
        "<i>Contact: Emma Rydén, analyst, Region Kronoberg. The full report is available in Swedish "
        "only.</i>", body_en))
    s.append(NextPageTemplate("twocol"))
    s.append(PageBreak())

    # ---------------- Main text (two columns) ----------------
    s.append(Paragraph("1 Inledning", h1))
    s.append(Paragraph("1.1 Bakgrund", h2))
    s.append(Paragraph(
        "Kompetensrådet Kronoberg gav i september 2025 Region Kronobergs analysfunktion i uppdrag att ta "
        "fram en risk- och sårbarhetsanalys (RSA) för kompetensförsörjningen i tillverkningsindustrin "
        "(beslut KR-2025-07). Uppdraget är en del av arbetet med den regionala utvecklingsstrategin och "
        "den regionala kompetensförsörjningsplanen.", body))
    s.append(Paragraph("1.2 Syfte och frågeställningar", h2))
    s.append(Paragraph(
        "Syftet är att identifiera de risker som kan göra att företagen inte får tillgång till den "
        "kompetens de behöver de kommande fem åren, att bedöma hur allvarliga riskerna är och att föreslå "
        "åtgärder. Rapporten avser perioden 2026–2030 och besvarar tre frågor: Vilka risker finns? Hur "
        "sannolika och allvarliga är de? Vilka företag är mest sårbara?", body))
    s.append(Paragraph("2 Metod och avgränsningar", h1))
    s.append(Paragraph(
        "Analysen följer den metod för risk- och sårbarhetsanalys som används inom krisberedskapsområdet, "
        "anpassad till kompetensförsörjning (MSB 2011). Varje risk har bedömts utifrån sannolikhet och "
        "konsekvens på en fyrgradig skala, och riskvärdet" + fn("4") + " används för att rangordna "
        "riskerna.", body))
    s.append(Paragraph(
        "Urvalet av de 27 företagen gjordes strategiskt så att olika storlekar, delbranscher (verkstad, "
        "trä och möbler samt elektronik) och geografiska lägen finns representerade. Uppvidinge kommun "
        "saknas i urvalet. Offentlig sektor och primärproduktion ingår inte i analysen. Bedömningarna "
        "har stämts av vid en workshop med Kompetensrådet Kronoberg den 20 november 2025.", body))
    s.append(Paragraph("3 Identifierade risker", h1))
    s.append(Paragraph("Tabell 1 sammanfattar de sex risker som identifierats, ordnade efter riskvärde.",
                       body))
    risks = [["Nr", "Risk", "S", "K", "Riskvärde"],
             ["R1", "Pensionsavgångar bland CNC-operatörer och underhållstekniker", "4", "3", "12"],
             ["R2", "Minskat söktryck till Industritekniska programmet", "3", "4", "12"],
             ["R3", "Låg digital mognad hos små underleverantörer", "3", "3", "9"],
             ["R4", "Beroende av ett fåtal anordnare av yrkeshögskoleutbildning", "2", "3", "6"],
             ["R5", "Brist på bostäder för inflyttande kompetens i Älmhult", "3", "2", "6"],
             ["R6", "Varsel i trä- och möbelindustrin ger obalans mellan utbud och efterfrågan", "2", "2",
              "4"]]
    t = Table([[Paragraph(x, cell_b if i == 0 else cell) for x in r] for i, r in enumerate(risks)],
              colWidths=[0.75 * cm, col_w - 0.75 * cm - 0.6 * cm - 0.6 * cm - 1.8 * cm, 0.6 * cm,
                         0.6 * cm, 1.8 * cm], repeatRows=1)
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("BACKGROUND", (0, 1), (-1, 2), colors.HexColor("#f6e3d4")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    s.append(Paragraph("Tabell 1. Risker, bedömning och riskvärde", st("r_cap", fontName=SANS_B,
                                                                        fontSize=7.8, leading=10)))
    s.append(Spacer(1, 2))
    s.append(t)
    s.append(Paragraph("S = sannolikhet, K = konsekvens. Skala 1–4.", st("r_note", fontName=SANS,
                                                                        fontSize=7, leading=9,
                                                                        spaceAfter=6)))
    s.append(Paragraph("3.1 Pensionsavgångar (R1)", h2))
    s.append(Paragraph(
        "Medelåldern bland CNC-operatörerna i de intervjuade företagen är 51 år, och i vart tredje företag "
        "finns det bara en eller två personer som kan programmera de mest avancerade maskinerna. Vi "
        "beräknar att omkring 1 350 personer i länets tillverkningsindustri går i pension 2026–2030. "
        "Risken bedöms som mycket sannolik och konsekvensen som allvarlig.", body))
    s.append(Paragraph("3.2 Söktryck till Industritekniska programmet (R2)", h2))
    s.append(Paragraph(
        "Antalet förstahandssökande till Industritekniska programmet i länet har minskat från 212 "
        "läsåret 2021/22 till 148 läsåret 2025/26." + fn("5") + " Eftersom programmet är den "
        "viktigaste rekryteringsbasen för operatörer bedöms konsekvensen som mycket allvarlig.", body))
    s.append(Paragraph("3.3 Övriga risker (R3–R6)", h2))
    s.append(Paragraph(
        "Låg digital mognad hos små underleverantörer gör dem sårbara när de stora kunderna ställer krav "
        "på digital spårbarhet. Beroendet av ett fåtal anordnare av yrkeshögskoleutbildning innebär att "
        "en enda nedlagd utbildning kan få stora följder. Bristen på bostäder i Älmhult försvårar "
        "inflyttning, och varslen inom trä- och möbelindustrin frigör arbetskraft som inte alltid har "
        "den kompetens som efterfrågas.", body))
    s.append(Paragraph("4 Sårbarheter", h1))
    s.append(Paragraph("Sårbarheten är störst hos små underleverantörer med färre än 50 anställda:",
                       body))
    s.append(bullets([
        "nyckelpersonberoende – ofta kan bara en person programmera eller underhålla en viss maskin,",
        "begränsad kapacitet för rekrytering och kompetensutveckling eftersom HR-funktion saknas,",
        "svag koppling till utbildningsanordnare och få APL-platser.",
    ], st("r_li", parent=body, alignment=TA_LEFT, spaceAfter=2), left=10))
    s.append(Spacer(1, 4))
    s.append(Paragraph(
        "De större företagen, särskilt i Växjö och Älmhult, har bättre förutsättningar men konkurrerar "
        "med varandra om samma yrkesgrupper, vilket driver upp lönerna och ökar personalomsättningen.",
        body))
    s.append(Paragraph("5 Åtgärdsförslag", h1))
    measures = [
        ("5.1 Kartlägg pensionsavgångarna",
         "Företagen bör under 2026, med stöd av Region Kronoberg, göra en enkel åldersstrukturanalys och "
         "identifiera vilka nyckelkompetenser som försvinner de närmaste fem åren."),
        ("5.2 Skala upp kompetensväxling",
         "Piloten som Kompetensrådet beslutade om i september 2025 (KR-2025-08) bör utvärderas under "
         "hösten 2026 och vid gott resultat utvidgas till minst 15 företag under 2027."),
        ("5.3 Stärk Industritekniska programmet",
         "Rekryteringen bör stärkas genom Teknikcollege Kronoberg, studiebesök för elever i årskurs 8 och "
         "sommarjobb för elever i årskurs 2 på programmet."),
        ("5.4 Bredda utbudet av YH-utbildningar",
         "Region Kronoberg bör tillsammans med anordnare söka minst två nya YH-utbildningar, inom "
         "underhållsteknik och automation, i ansökningsomgången 2026." + fn("6")),
        ("5.5 Pröva startlägenheter i Älmhult",
         "Älmhults kommun och det kommunala bostadsbolaget bör pröva en modell med 20 startlägenheter som "
         "hyrs ut i upp till 12 månader till nyrekryterad personal."),
        ("5.6 Digitaliseringscheckar",
         "Små underleverantörer bör erbjudas digitaliseringscheckar, förslagsvis tio checkar om vardera "
         "50 000 kronor under 2026–2027."),
    ]
    for head, txt in measures:
        s.append(Paragraph(head, h2))
        s.append(Paragraph(txt, body))
    s.append(Paragraph("Referenser", h1))
    for r in [
        "Arbetsförmedlingen (2025). <i>Yrkesbarometern – bedömning hösten 2025</i>. Stockholm: "
        "Arbetsförmedlingen.",
        "Gymnasieantagningen Kronoberg (2025). <i>Antagningsstatistik 2025/26</i>. Växjö.",
        "Myndigheten för samhällsskydd och beredskap (2011). <i>Vägledning för risk- och "
        "sårbarhetsanalyser</i>. Karlstad: MSB.",
        "Region Kronoberg (2019). <i>Gröna Kronoberg 2025 – regional utvecklingsstrategi för Kronobergs "
        "län</i>. Växjö: Region Kronoberg.",
        "Region Kronoberg (2026). <i>Beslutslogg Kompetensrådet Kronoberg 2025–2026</i>. Intern "
        "dokumentation.",
        "SCB (2025). <i>Registerbaserad arbetsmarknadsstatistik (RAMS) 2023</i>. Stockholm: Statistiska "
        "centralbyrån.",
    ]:
        s.append(Paragraph(r, ref))
    doc.build(s, canvasmaker=numbered_canvas(decorate, {"fn": on_fn}))


# ============================================================================================
# 4. SWOT-analys (DOCX) – besöksnäringen i Blekinge skärgård
# ============================================================================================
def make_swot_docx(path: str) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    def add_field(run, instr):
        fld_begin = OxmlElement("w:fldChar")
        fld_begin.set(qn("w:fldCharType"), "begin")
        instr_el = OxmlElement("w:instrText")
        instr_el.set(qn("xml:space"), "preserve")
        instr_el.text = instr
        fld_sep = OxmlElement("w:fldChar")
        fld_sep.set(qn("w:fldCharType"), "separate")
        txt = OxmlElement("w:t")
        txt.text = "1"
        fld_end = OxmlElement("w:fldChar")
        fld_end.set(qn("w:fldCharType"), "end")
        for el in (fld_begin, instr_el, fld_sep, txt, fld_end):
            run._r.append(el)

    def shade(cell, hex_fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hex_fill)
        tcPr.append(shd)

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.text = "Region Blekinge · SWOT-analys besöksnäringen i skärgården\tVersion 1.2 · 4 mars 2026"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Arbetsmaterial – får spridas inom projektgruppen\tSida ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")
    r = fp.add_run(" av ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "NUMPAGES")

    t = doc.add_paragraph()
    run = t.add_run("SWOT-analys: Kompetensförsörjning i besöksnäringen i Blekinge skärgård")
    run.bold = True
    run.font.size = Pt(18)
    run.font.color.rgb = RGBColor(0x0B, 0x4F, 0x6C)
    p = doc.add_paragraph("Framtagen av Region Blekinge i samverkan med Visit Blekinge och "
                          "Arbetsförmedlingen Karlskrona · 4 mars 2026")
    p.runs[0].italic = True

    vt = doc.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    for c, h in zip(vt.rows[0].cells, ["Version", "Datum", "Ändring", "Av"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "DCE8EE")
    for row in [("1.0", "17 februari 2026", "Första utkast efter dialogmötena", "Linnea Hjort"),
                ("1.1", "25 februari 2026", "Synpunkter från Visit Blekinge inarbetade", "Malin Åberg"),
                ("1.2", "4 mars 2026", "Åtgärdstabellen kompletterad med kostnader", "Linnea Hjort")]:
        cells = vt.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    for row in vt.rows:
        for c in row.cells:
            for par in c.paragraphs:
                for rr in par.runs:
                    rr.font.size = Pt(9)

    doc.add_heading("1 Bakgrund och syfte", level=1)
    doc.add_paragraph(
        "Besöksnäringen i Blekinge skärgård har svårt att rekrytera och behålla personal, särskilt under "
        "högsäsongen juni–augusti. Inför säsongen 2026 har Region Blekinge, Visit Blekinge och "
        "Arbetsförmedlingen Karlskrona gjort en gemensam SWOT-analys för att kunna prioritera insatser. "
        "Analysen är ett underlag för det branschråd för besöksnäringen som startar under våren 2026.")
    doc.add_paragraph(
        "SWOT står för Strengths, Weaknesses, Opportunities och Threats, det vill säga styrkor, svagheter, "
        "möjligheter och hot. Styrkor och svagheter avser förhållanden inom branschen och företagen, medan "
        "möjligheter och hot avser omvärlden.")

    doc.add_heading("2 Underlag och metod", level=1)
    for b in [
        "Webbenkät till 64 företag inom hotell, restaurang, camping och upplevelser i Karlskrona, Ronneby "
        "och Karlshamn; svarsfrekvens 47 procent (30 svar).",
        "Två dialogmöten: den 3 februari 2026 i Karlshamn och den 10 februari 2026 i Karlskrona, "
        "sammanlagt 41 deltagare.",
        "Arbetsförmedlingens statistik över lediga jobb inom hotell och restaurang 2023–2025.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("3 SWOT-matris", level=1)
    doc.add_paragraph("Tabell 1 sammanfattar resultatet av enkäten och dialogmötena. Punkterna är ordnade "
                      "efter hur ofta de nämndes.")
    sw = doc.add_table(rows=4, cols=2)
    sw.style = "Table Grid"
    sw.alignment = WD_TABLE_ALIGNMENT.CENTER
    quad = {
        (0, 0): ("Styrkor (interna)", "E3F1E0"), (0, 1): ("Svagheter (interna)", "F8E1DC"),
        (2, 0): ("Möjligheter (externa)", "E0ECF8"), (2, 1): ("Hot (externa)", "F6EFD6"),
    }
    content = {
        (1, 0): ["Unik skärgårdsmiljö och världsarvet Örlogsstaden Karlskrona lockar både besökare och "
                 "säsongspersonal",
                 "Många små familjeföretag med stark lokal förankring",
                 "Väl fungerande samarbete mellan företagen i Visit Blekinges nätverk"],
        (1, 1): ["Kort säsong – 63 procent av företagen har mer än hälften av sin omsättning under "
                 "juni–augusti",
                 "Hög andel timanställningar och låg andel tillsvidareanställda",
                 "Kollektivtrafiken till skärgården saknar tidiga morgon- och sena kvällsturer",
                 "Brist på boende för säsongsanställda"],
        (3, 0): ["Ökat antal besökare från Tyskland och Danmark",
                 "Ny yrkesutbildning inom hotell och restaurang på Vux Blekinge från hösten 2026",
                 "Arbetsförmedlingens matchningsinsatser och rekryteringsträffar"],
        (3, 1): ["Konkurrens om säsongspersonal från andra kustregioner, bland annat Öland och Skåne",
                 "Stigande kostnader för livsmedel och energi",
                 "Minskat intresse bland unga för arbete i restaurangbranschen"],
    }
    for (ri, ci), (txt, fill) in quad.items():
        c = sw.cell(ri, ci)
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
        shade(c, fill)
    for (ri, ci), items in content.items():
        c = sw.cell(ri, ci)
        c.paragraphs[0].text = ""
        first = True
        for it in items:
            par = c.paragraphs[0] if first else c.add_paragraph()
            par.style = doc.styles["List Bullet"]
            par.add_run(it).font.size = Pt(10)
            first = False
    cap = doc.add_paragraph("Tabell 1. SWOT-matris för besöksnäringens kompetensförsörjning")
    cap.runs[0].italic = True
    cap.runs[0].font.size = Pt(9)

    doc.add_heading("4 Strategiska slutsatser", level=1)
    doc.add_paragraph("Genom att para ihop de fyra fälten (en så kallad TOWS-analys) drar arbetsgruppen "
                      "följande slutsatser:")
    for b in [
        "Styrkor och möjligheter (SO): marknadsför skärgården som arbetsplats, inte bara som resmål, "
        "riktat till studenter i Sverige, Tyskland och Danmark.",
        "Svagheter och möjligheter (WO): använd den nya yrkesutbildningen och Arbetsförmedlingens "
        "rekryteringsträffar för att bygga en stabil kärna av återkommande personal.",
        "Styrkor och hot (ST): samverka i Visit Blekinges nätverk om gemensamma villkor i stället för att "
        "konkurrera om samma personal.",
        "Svagheter och hot (WT): boende och transporter är de mest kritiska flaskhalsarna och måste lösas "
        "före högsäsongen.",
    ]:
        doc.add_paragraph(b, style="List Number")

    doc.add_heading("5 Åtgärdsförslag", level=1)
    doc.add_paragraph("Arbetsgruppen föreslår fem åtgärder inför säsongen 2026 (tabell 2).")
    at = doc.add_table(rows=1, cols=5)
    at.style = "Table Grid"
    for c, h in zip(at.rows[0].cells, ["Nr", "Åtgärd", "Ansvarig", "Klart senast", "Kostnad (kr)"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "DCE8EE")
    actions = [
        ("1", "Gemensam rekryteringsmässa ”Jobba i skärgården 2026” i Karlskrona",
         "Peter Nyström, Arbetsförmedlingen Karlskrona", "14 mars 2026", "45 000"),
        ("2", "Tredagars introduktionsutbildning i värdskap och livsmedelshygien för säsongsanställda",
         "Malin Åberg, Visit Blekinge", "31 maj 2026", "180 000"),
        ("3", "Inventering av boende för säsongsarbetare (vandrarhem, tomma elevboenden och privata "
              "uthyrare)", "Tobias Hellgren, Karlskrona kommun", "30 april 2026",
         "0 (inom befintlig budget)"),
        ("4", "Samordnat evenemangsprogram i september för att förlänga säsongen",
         "Linnea Hjort, Region Blekinge", "30 september 2026", "120 000"),
        ("5", "Utredning av kvällsturer i skärgårdstrafiken för anställda",
         "Sofia Lund, Blekingetrafiken", "31 augusti 2026", "60 000"),
        ("", "Summa", "", "", "405 000"),
    ]
    for row in actions:
        cells = at.add_row().cells
        for i, (c, v) in enumerate(zip(cells, row)):
            c.text = v
            if i == 4:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if row[1] == "Summa":
                for rr in c.paragraphs[0].runs:
                    rr.bold = True
    for row in at.rows:
        for c in row.cells:
            for par in c.paragraphs:
                for rr in par.runs:
                    rr.font.size = Pt(9.5)
    widths = [Cm(0.9), Cm(6.6), Cm(4.3), Cm(2.8), Cm(2.3)]
    for row in at.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    cap = doc.add_paragraph("Tabell 2. Åtgärder, ansvar, tidplan och kostnad")
    cap.runs[0].italic = True
    cap.runs[0].font.size = Pt(9)
    doc.add_paragraph(
        "Kostnaderna finansieras inom Region Blekinges verksamhetsmedel för 2026 och Visit Blekinges "
        "medlemsbudget. Åtgärd 3 genomförs inom Karlskrona kommuns befintliga budget.")

    doc.add_heading("6 Nästa steg", level=1)
    doc.add_paragraph(
        "Analysen presenteras vid branschrådets första möte. Ansvariga rapporterar status för sina "
        "åtgärder till Linnea Hjort, och en samlad uppföljning görs i oktober 2026 efter säsongen.")
    doc.add_paragraph()
    doc.add_paragraph("Karlskrona den 4 mars 2026")
    sig = doc.add_table(rows=2, cols=2)
    sig.cell(0, 0).text = "Linnea Hjort"
    sig.cell(0, 1).text = "Peter Nyström"
    sig.cell(1, 0).text = "Utvecklingsstrateg, Region Blekinge"
    sig.cell(1, 1).text = "Arbetsgivarsamordnare, Arbetsförmedlingen Karlskrona"
    for ci in range(2):
        sig.cell(0, ci).paragraphs[0].runs[0].bold = True
    doc.save(path)


# ============================================================================================
# 5. Teams-export (TXT)
# ============================================================================================
TEAMS_TXT = """Exporterad från Microsoft Teams: 2026-01-30 16:42
Team: Kompetensrådet Kronoberg – arbetsgrupp
Kanal: Yrkesvux och AMU-samordning
Period: 2026-01-13 – 2026-01-30
Exporterad av: Anneli Persson (Region Kronoberg)
------------------------------------------------------------------------

[2026-01-13 08:57] Anneli Persson (Region Kronoberg)
God morgon allihop! Nytt år, ny kanal :) Vi använder den här kanalen för den löpande samordningen kring yrkesvux och arbetsmarknadsutbildningar i länet i stället för långa mejltrådar. Sådant som behöver beslut tar vi som vanligt upp i Kompetensrådet.
    Reaktioner: 👍 5

[2026-01-13 09:14] Johan Ek (Arbetsförmedlingen)
Hej! Följebrevet om Lager och logistik i Ljungby gick ut i går till er alla, kursplanen ligger som bilaga.
    [Bifogad fil: Folgebrev_med_bilaga_kursplan_Lager_och_logistik_Ljungby.pdf]

[2026-01-13 09:31] Maria Sjöberg (Ljungby kommun)
Tack Johan! Vi har redan ett par deltagare på arbetsmarknadsenheten som är intresserade. Hur gör vi – ska de gå via sin handläggare hos er?

    ↳ Svar från Johan Ek (Arbetsförmedlingen) 2026-01-13 09:40
    Ja, det är bara vi som kan anvisa. Be dem kontakta sin arbetsförmedlare så snart som möjligt, sista anvisningsdag är 20/2.

[2026-01-14 10:05] Amira Kovač (Växjö kommun, Vuxenutbildningen)
Fråga efter gårdagens möte: vad stod KROM för nu igen? Vill skriva rätt i vår info till studie- och yrkesvägledarna.

    ↳ Svar från Johan Ek (Arbetsförmedlingen) 2026-01-14 10:11
    KROM = Kundval Rusta och matcha. Det är tjänsten där upphandlade leverantörer stöttar arbetssökande mot jobb eller studier. Deltagare i KROM kan alltså också vara aktuella för yrkesvux.

    ↳ Svar från Amira Kovač (Växjö kommun, Vuxenutbildningen) 2026-01-14 10:12
    Perfekt, tack!
    Reaktioner: ❤️ 1

[2026-01-15 13:22] Linus Berg (Älmhults kommun, Kompetenscentrum)
Uppdatering från Älmhult: vi har fått klartecken för CNC-operatör inom yrkesvux. 12 platser, start 16 mars, 20 veckor. Sista ansökningsdag 27 februari via vuxenutbildningens e-tjänst. Utbildningen görs tillsammans med Teknikcollege Kronoberg, och APL sker hos tre företag i Älmhult.
    Reaktioner: 👍 4  🎉 2

[2026-01-15 13:40] Anneli Persson (Region Kronoberg)
Toppen! Finns det några behörighetskrav?

    ↳ Svar från Linus Berg (Älmhults kommun, Kompetenscentrum) 2026-01-15 13:52
    Grundläggande svenska (eller sfi D och svenska parallellt), ingen tidigare erfarenhet krävs. Första veckan gör vi validering för dem som jobbat i verkstad tidigare – det kan korta studietiden med upp till 6 veckor.

[2026-01-19 08:45] Johan Ek (Arbetsförmedlingen)
Tråkiga nyheter: lokalen på Ljungby Yrkescentrum är dubbelbokad den 3 februari. Informationsträffen för Lager och logistik flyttas därför till torsdag 5 februari kl. 13.00, samma adress (Verkstadsgatan 14). Jag meddelar själv de deltagare som redan anmält sig. (redigerat)
    Reaktioner: 👍 3

[2026-01-19 08:51] Maria Sjöberg (Ljungby kommun)
Noterat, jag sprider det till våra deltagare.

[2026-01-20 15:02] Karim Haddad (Region Kronoberg, Analys)
FYI: RSA-rapporten om tillverkningsindustrin är i slutgranskning, publicering planerad vecka 7. Den lyfter bl.a. pensionsavgångarna bland CNC-operatörer, så Älmhults utbildning ligger helt rätt i tiden.

[2026-01-21 09:00] Möte startade: Avstämning AMU och yrkesvux
[2026-01-21 09:34] Mötet avslutades: 34 min 12 s

[2026-01-22 11:30] Anneli Persson (Region Kronoberg)
Kort från Kompetensrådet i dag (beslutsloggen uppdateras i morgon): rådet ställer sig bakom lagerutbildningen i Ljungby, och vi gör en gemensam rekryteringsträff för industri och logistik.

[2026-01-22 11:34] Johan Ek (Arbetsförmedlingen)
Förslag: rekryteringsträffen blir tisdag 24 februari kl. 09.30–12.00 på Arbetsförmedlingen Växjö, Kungsgatan 8. Vi bjuder in arbetsgivare från både Ljungby och Älmhult.

[2026-01-22 11:49] Amira Kovač (Växjö kommun, Vuxenutbildningen)
Funkar för oss. Ska jag boka stora konferensrummet?

[2026-01-22 12:03] Anneli Persson (Region Kronoberg)
Ja tack Amira, du bokar lokalen. Johan skickar inbjudan till arbetsgivarna senast tisdag 10 februari. Jag tar kontakten med Företagarna och Teknikföretagen.
    Reaktioner: 👍 4

[2026-01-22 12:05] Johan Ek (Arbetsförmedlingen)
👍 Inbjudan går ut senast 10 februari.

[2026-01-26 09:10] Amira Kovač (Växjö kommun, Vuxenutbildningen)
Lokalen är bokad: Stora konferensrummet, plan 3, 24/2 kl. 09.00–12.30 (lite marginal för att rigga).

[2026-01-28 14:18] Linus Berg (Älmhults kommun, Kompetenscentrum)
CNC Älmhult: 19 ansökningar hittills till de 12 platserna. Vi planerar intervjuer 3–5 mars.
    Reaktioner: 🎉 3

[2026-01-29 10:02] Maria Sjöberg (Ljungby kommun)
Fråga: får deltagarna i lagerutbildningen gå på rekryteringsträffen 24/2 fast de inte har börjat än?

    ↳ Svar från Johan Ek (Arbetsförmedlingen) 2026-01-29 10:20
    Ja absolut, bra tillfälle för dem att träffa företag som kan ta emot APL.

[2026-01-30 16:40] Anneli Persson (Region Kronoberg)
Trevlig helg! Nästa avstämning här i kanalen blir vecka 7.

------------------------------------------------------------------------
Slut på export · 27 meddelanden
"""


# ============================================================================================
# 6. Beslutslogg (Markdown)
# ============================================================================================
BESLUTSLOGG_MD = """# Beslutslogg – Kompetensrådet Kronoberg

> Samverkansforum för Region Kronoberg, Arbetsförmedlingen och länets åtta kommuner.
> Loggen förs av Region Kronoberg, Regional utveckling.
> **Senast uppdaterad:** 2026-01-23 av Anneli Persson

## Så använder du loggen

- Varje beslut får ett löpnummer i formen `KR-ÅÅÅÅ-NN`.
- **Status** anges som `Pågår`, `Klar`, `Vilande` eller `Upphävd`.
- Ett upphävt beslut ligger kvar i loggen men hänvisar till det beslut som ersätter det.
- Protokollen från rådets möten finns i diariet (dnr RK 2025/0341 och RK 2026/0057). Vid avvikelse gäller protokollet.

## Ordförande och vice ordförande

| År | Ordförande | Vice ordförande |
|------|------------------------------------|-------------------------------------|
| 2025 | Anders Wiklund, Region Kronoberg   | Maria Sjöberg, Ljungby kommun       |
| 2026 | Maria Sjöberg, Ljungby kommun      | Sara Lindqvist, Arbetsförmedlingen  |

## Beslut 2025

| ID | Datum | Beslut | Ansvarig | Uppföljning | Status |
|----|-------|--------|----------|-------------|--------|
| KR-2025-01 | 2025-02-13 | Rådets arbetsordning (version 2025) fastställs. | Anders Wiklund | – | Klar |
| KR-2025-02 | 2025-02-13 | Gemensam lägesbild över yrkesvux och arbetsmarknadsutbildningar tas fram två gånger per år. | Anneli Persson | 2025-09-18 | Klar |
| KR-2025-03 | 2025-04-10 | Rådet ställer sig bakom ansökan till ESF+ om projektet *Vägar till industrin*. | Anders Wiklund | 2025-10-16 | Vilande |
| KR-2025-04 | 2025-04-10 | Arbetsförmedlingen redovisar varselläget vid varje möte som en stående punkt. | Sara Lindqvist | Löpande | Pågår |
| KR-2025-05 | 2025-06-05 | Region Kronoberg anställer en gemensam regional praktiksamordnare (1,0 årsarbetare); kommunerna står för 50 % av kostnaden. | Anneli Persson | 2025-12-31 | Upphävd – se KR-2025-10 |
| KR-2025-06 | 2025-06-05 | Gemensam sommarkampanj *Jobba i Kronoberg* genomförs juni–augusti 2025. | Maria Sjöberg | 2025-09-18 | Klar |
| KR-2025-07 | 2025-09-18 | Analysfunktionen får i uppdrag att ta fram en risk- och sårbarhetsanalys (RSA) för kompetensförsörjningen i tillverkningsindustrin. | Emma Rydén | 2026-02-28 | Pågår – rapport publiceras februari 2026 |
| KR-2025-08 | 2025-09-18 | 350 000 kr avsätts till en pilot med kompetensväxling i tre tillverkande företag. | Karim Haddad | 2026-06-30 | Pågår |
| KR-2025-09 | 2025-10-16 | Ljungby och Älmhult får i uppdrag att ta fram ett gemensamt underlag om yrkesvux inom industri. | Maria Sjöberg | 2026-01-22 | Klar |
| KR-2025-10 | 2025-10-16 | KR-2025-05 upphävs. Praktiksamordningen sker i stället i kommunernas arbetsmarknadsenheter; Region Kronoberg samordnar ett praktiknätverk med fyra träffar per år. | Anneli Persson | 2026-12-31 | Pågår |
| KR-2025-11 | 2025-12-04 | Mötesplan 2026 fastställs: 12 mars, 4 juni, 17 september och 3 december 2026, samtliga kl. 09.00–12.00 i Regionhuset, Växjö. | Maria Sjöberg | – | Klar |
| KR-2025-12 | 2025-12-04 | Budget för rådets gemensamma insatser 2026 fastställs till 1 200 000 kr. | Anders Wiklund | 2026-12-31 | Pågår |

## Beslut 2026

| ID | Datum | Beslut | Ansvarig | Uppföljning | Status |
|----|-------|--------|----------|-------------|--------|
| KR-2026-01 | 2026-01-22 | Rådet ställer sig bakom arbetsmarknadsutbildningen *Lager och logistik med truckkort* i Ljungby (16 platser). | Sara Lindqvist | 2026-06-30 | Pågår |
| KR-2026-02 | 2026-01-22 | Gemensam rekryteringsträff för industri och logistik hålls den 24 februari 2026 på Arbetsförmedlingen Växjö. | Johan Ek | 2026-03-12 | Pågår |
| KR-2026-03 | 2026-01-22 | Tingsryds kommuns ansökan om 200 000 kr till en förstudie om validering inom skogsbruk avslås. Ansökan kan lämnas in på nytt till mötet den 4 juni 2026. | Anneli Persson | 2026-06-04 | Klar |

## Kommentarer till enskilda beslut

### KR-2025-05 och KR-2025-10 – Praktiksamordnare

Beslutet i juni 2025 byggde på att samtliga åtta kommuner skulle medfinansiera tjänsten. När rekryteringen skulle starta i september hade endast fem kommuner bekräftat sin del. Rådet upphävde därför beslutet den 16 oktober 2025 (KR-2025-10) och valde en nätverksmodell i stället. **Ingen praktiksamordnare har anställts.**

### KR-2025-08 – Pilot med kompetensväxling

Piloten omfattar tre tillverkande företag i Växjö, Ljungby och Älmhult. Medlen (350 000 kr) används för att delfinansiera handledningstid för erfarna medarbetare som lär upp nyanställda. Utvärdering sker hösten 2026, se även Rapport 2026:2, avsnitt 5.2.

### KR-2026-03 – Tingsryd

Avslaget motiverades med att rådets budget för 2026 redan är intecknad till 85 procent. Rådet ser positivt på inriktningen och uppmanar Tingsryds kommun att samordna en ny ansökan med Lessebo och Uppvidinge.

## Ändringshistorik

- 2026-01-23 – KR-2026-01 till KR-2026-03 införda (AP)
- 2025-12-05 – KR-2025-11 och KR-2025-12 införda; status för KR-2025-09 ändrad till Klar (AP)
- 2025-10-17 – KR-2025-05 markerad som upphävd, KR-2025-10 infört (AP)
- 2025-06-09 – KR-2025-05 och KR-2025-06 införda (AP)
"""


FILES = {
    "pdf_vp": "Verksamhetsplan_2026_Tillvaxt_och_kompetens_Region_Blekinge.pdf",
    "pdf_fb": "Folgebrev_med_bilaga_kursplan_Lager_och_logistik_Ljungby.pdf",
    "pdf_rsa": "Rapport_2026-2_RSA_kompetensforsorjning_tillverkningsindustrin_Kronoberg.pdf",
    "docx_swot": "SWOT-analys_kompetensforsorjning_besoksnaringen_Blekinge_skargard.docx",
    "txt_teams": "Teams-export_Yrkesvux-och-AMU-samordning_jan2026.txt",
    "md_log": "beslutslogg_kompetensradet_kronoberg.md",
}


def main(out_dir: str) -> None:
    os.makedirs(out_dir, exist_ok=True)
    make_verksamhetsplan(os.path.join(out_dir, FILES["pdf_vp"]))
    make_folgebrev(os.path.join(out_dir, FILES["pdf_fb"]))
    make_rapport(os.path.join(out_dir, FILES["pdf_rsa"]))
    make_swot_docx(os.path.join(out_dir, FILES["docx_swot"]))
    with open(os.path.join(out_dir, FILES["txt_teams"]), "w", encoding="utf-8") as f:
        f.write(TEAMS_TXT)
    with open(os.path.join(out_dir, FILES["md_log"]), "w", encoding="utf-8") as f:
        f.write(BESLUTSLOGG_MD)
    for name in FILES.values():
        print(os.path.join(out_dir, name))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("Usage: python r114_make_files.py OUT_DIR")
    main(sys.argv[1])
