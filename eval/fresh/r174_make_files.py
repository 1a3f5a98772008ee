#!/usr/bin/env python
"""r174 – six invented documents about 'VINK – Valideringsnav för industrins kompetens'
(Region Västmanland, 2025–2026), documents that update each other.

Usage: python r174_make_files.py OUT_DIR

Files (byte-deterministic):
  VINK_forstudie_slutrapport_2025-10-20.pdf   pre-study report, 5 pages, heat-map table, drawn funnel
  VINK_koordinatorer_WhatsApp-export.txt      WhatsApp group chat export (Android, Swedish)
  VINK_styrgrupp_logseq.md                    Logseq outliner page (tabs, properties, TODO/CANCELED)
  RUN_2026-06-11_par88_andring_VINK.docx      change decision with struck-through old values + rättelse
  Vastmanlands_Nyheter_2026-06-13_s7-8.pdf    newspaper e-edition pages with unrelated neighbour stories
  VINK_delrapport_1_2026-10-15.pdf            interim report, landscape, bars, Forms-style survey appendix
"""
import io
import os
import sys
import zipfile

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame,
                                FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

# ---------------------------------------------------------------------------
# common helpers
# ---------------------------------------------------------------------------


def st(name, **kw):
    base = dict(fontName="Helvetica", fontSize=10, leading=13.2)
    base.update(kw)
    return ParagraphStyle(name, **base)


def P(text, style):
    return Paragraph(text, style)


def build(doc, story):
    doc.build(story)


# ---------------------------------------------------------------------------
# 1. Förstudie – slutrapport (PDF, A4 portrait, 5 pages)
# ---------------------------------------------------------------------------

FS_TITLE = "Förstudie VINK – slutrapport"
NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#2B7A78")

# footnotes per page (page number -> list of (mark, text))
FS_FOOTNOTES = {
    1: [("1", "Enkäten skickades i maj 2025 till 212 industriföretag i länet. 97 företag "
              "svarade, vilket ger en svarsfrekvens på 46 procent."),
        ("2", "Uppgift från IUC Västmanland. Avser validering enligt industrins branschmodeller, "
              "inte validering inom kommunal vuxenutbildning.")],
    2: [("3", "Intervjuerna genomfördes under juni–augusti 2025 av Tobias Ahlgren. Behovet för "
              "Norberg och Skinnskatteberg bygger på färre än fem intervjuer och är osäkert.")],
    3: [("4", "Andelen bygger på erfarenheter från branschvalideringar i Örebro län 2022–2024, "
              "där ungefär två av tre kartlagda gick vidare till validering.")],
    5: [("5", "Arbetsförmedlingens medfinansiering avser arbetstid för två handläggare och "
              "redovisas inte som kontanta medel.")],
}


def fs_page(canv, doc):
    w, h = A4
    pn = canv.getPageNumber()
    canv.saveState()
    # running header: thin teal rule with title left and date right
    canv.setFillColor(TEAL)
    canv.rect(18 * mm, h - 14 * mm, w - 36 * mm, 0.8 * mm, stroke=0, fill=1)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.setFont("Helvetica", 8)
    canv.drawString(18 * mm, h - 12 * mm, "Region Västmanland · Regional utveckling")
    canv.drawRightString(w - 18 * mm, h - 12 * mm, FS_TITLE + " · 2025-10-20")
    # footnotes at the bottom of the text block
    notes = FS_FOOTNOTES.get(pn, [])
    if notes:
        y = 30 * mm
        fst = st("fn", fontSize=7.4, leading=9)
        paras = []
        for mark, text in notes:
            paras.append(Paragraph("<super>%s</super> %s" % (mark, text), fst))
        hts = [p.wrap(w - 36 * mm, 50 * mm)[1] for p in paras]
        total = sum(hts) + 2 * mm * len(paras)
        top = y + total + 3 * mm
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.5)
        canv.line(18 * mm, top, 70 * mm, top)
        yy = top - 2 * mm
        for p, ht in zip(paras, hts):
            p.drawOn(canv, 18 * mm, yy - ht)
            yy -= ht + 2 * mm
    # footer: left text, page number in a filled circle on the right
    canv.setFont("Helvetica", 7.5)
    canv.setFillColor(colors.HexColor("#666666"))
    canv.drawString(18 * mm, 14 * mm, "Dnr RV 2025/0417 · Förstudien har finansierats av Region Västmanland")
    canv.setFillColor(NAVY)
    canv.circle(w - 22 * mm, 15.2 * mm, 4.2 * mm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 9)
    canv.drawCentredString(w - 22 * mm, 13.9 * mm, str(pn))
    canv.restoreState()


class Funnel(Flowable):
    """Drawn participant-flow funnel; labels and numbers are separate strings."""

    def __init__(self, levels, width=150 * mm, step=15 * mm):
        Flowable.__init__(self)
        self.levels = levels
        self.width = width
        self.step = step
        self.height = step * len(levels) + 4 * mm
        self.hAlign = "CENTER"

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        n = len(self.levels)
        top_w = self.width * 0.92
        bot_w = self.width * 0.34
        cx = self.width / 2
        shades = ["#DCEBEA", "#B7D7D5", "#8CC0BD", "#5FA6A2", "#2B7A78"]
        # draw bottom-up so the content stream holds the narrowest level first
        for i in reversed(range(n)):
            label, value = self.levels[i]
            y_top = self.height - i * self.step
            y_bot = y_top - self.step + 1.2 * mm
            w_top = top_w - (top_w - bot_w) * i / n
            w_bot = top_w - (top_w - bot_w) * (i + 1) / n
            p = c.beginPath()
            p.moveTo(cx - w_top / 2, y_top)
            p.lineTo(cx + w_top / 2, y_top)
            p.lineTo(cx + w_bot / 2, y_bot)
            p.lineTo(cx - w_bot / 2, y_bot)
            p.close()
            c.setFillColor(colors.HexColor(shades[i]))
            c.setStrokeColor(colors.white)
            c.drawPath(p, stroke=1, fill=1)
            c.setFillColor(colors.black if i < 3 else colors.white)
            c.setFont("Helvetica-Bold", 13)
            c.drawCentredString(cx, y_bot + 6.8 * mm, value)
            c.setFont("Helvetica", 8)
            c.drawCentredString(cx, y_bot + 2.6 * mm, label)


def heat_color(v):
    if v >= 30:
        return colors.HexColor("#2B7A78"), colors.white
    if v >= 10:
        return colors.HexColor("#8CC0BD"), colors.black
    return colors.HexColor("#E3F0EF"), colors.black


def make_forstudie(path):
    w, h = A4
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm,
                          title="Förstudie VINK – slutrapport", author="Region Västmanland",
                          subject="Valideringsnav för industrins kompetens", creator="Region Västmanland")
    # frame bottoms differ by page because of footnotes (drawn by the page callback)
    frames_for = {1: 62, 2: 52, 3: 52, 4: 24, 5: 44}
    templates = []
    for pn, bottom in frames_for.items():
        fr = Frame(18 * mm, bottom * mm, w - 36 * mm, h - 20 * mm - bottom * mm, id="f%d" % pn,
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates.append(PageTemplate(id="p%d" % pn, frames=[fr], onPage=fs_page))
    doc.addPageTemplates(templates)

    body = st("body", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY,
              spaceAfter=6)
    h1 = st("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=17, textColor=NAVY,
            spaceBefore=8, spaceAfter=5)
    h2 = st("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=TEAL,
            spaceBefore=6, spaceAfter=3)
    small = st("small", fontSize=8.2, leading=10.5)
    cap = st("cap", fontName="Helvetica-Oblique", fontSize=8.5, leading=11, spaceBefore=3, spaceAfter=6)
    bullet = st("bul", fontName="Times-Roman", fontSize=10.5, leading=14, leftIndent=12, bulletIndent=2)
    cell = st("cell", fontSize=8.6, leading=10.6)
    cellb = st("cellb", fontName="Helvetica-Bold", fontSize=8.6, leading=10.6)

    s = []
    s.append(NextPageTemplate("p2"))
    s.append(P("FÖRSTUDIE · SLUTRAPPORT", st("kick", fontName="Helvetica-Bold", fontSize=9,
                                               textColor=TEAL, leading=12)))
    s.append(P("Valideringsnav för industrins kompetens (VINK)",
               st("title", fontName="Helvetica-Bold", fontSize=21, leading=25, textColor=NAVY,
                  spaceAfter=4)))
    s.append(P("Underlag till Regionala utvecklingsnämnden inför beslut om projektmedel",
               st("sub", fontName="Helvetica", fontSize=11.5, leading=15, spaceAfter=4)))
    s.append(P("Region Västmanland, Regional utveckling · 20 oktober 2025 · Författare: Annika Lindqvist "
               "(utredare) och Tobias Ahlgren (analytiker)", st("meta", fontSize=8.5, leading=11,
                                                             textColor=colors.HexColor("#555555"),
                                                             spaceAfter=10)))
    s.append(P("Sammanfattning", h1))
    s.append(P("VINK står för Valideringsnav för industrins kompetens. Förstudien har undersökt hur länets "
               "tio kommuner, Arbetsförmedlingen, Region Västmanland och industrins parter gemensamt kan göra "
               "det lättare för personer med yrkeserfarenhet att få sitt kunnande bedömt och dokumenterat.", body))
    s.append(P("Förstudien föreslår ett gemensamt nav i Västerås, i kvarteret Kopparlunden, med kontaktpunkter "
               "i varje kommun. Navet föreslås öppna den 2 mars 2026. Projektperioden föreslås vara "
               "1 februari 2026–31 december 2027 och den totala budgeten 8 400 000 kronor.", body))
    s.append(P("Målet är 420 genomförda valideringar under projektperioden, varav minst 380 ska leda till "
               "intyg eller certifikat.", body))
    s.append(P("1 Bakgrund", h1))
    s.append(P("Industrin i Västmanland sysselsätter drygt 21 000 personer. Många har lång erfarenhet men "
               "saknar formella betyg eller certifikat, vilket gör det svårt att byta arbetsgivare eller gå "
               "vidare till mer kvalificerade uppgifter. Samtidigt uppger 58 procent av företagen i förstudiens "
               "enkät att de har svårt att rekrytera personal med rätt kompetens.<super>1</super>", body))
    s.append(P("Under 2024 genomfördes 64 branschvalideringar inom industrin i länet, nästan alla i "
               "Västerås.<super>2</super> Det motsvarar en bråkdel av behovet, och väntetiden för en bedömning "
               "var i flera fall längre än ett halvår.", body))
    s.append(P("Med validering avses i den här rapporten en strukturerad bedömning, dokumentation och "
               "erkännande av kunskaper och kompetens som en person har, oavsett hur de har förvärvats "
               "(jämför SeQF, se ordlistan i avsnitt 7).", body))
    s.append(P("Om förstudien", h2))
    s.append(P("Förstudien genomfördes mellan april och oktober 2025 på uppdrag av Regionala "
               "utvecklingsnämnden. Underlaget består av en enkät till industriföretag, intervjuer, två "
               "workshoppar med kommunernas arbetsmarknadsenheter och en genomgång av hur validering är "
               "organiserad i Örebro län och Sörmland.", body))
    for b in ["Avsnitt 2 beskriver kompetensbehovet per kommun och yrkesområde.",
              "Avsnitt 3 beskriver det förväntade deltagarflödet och målen.",
              "Avsnitt 4 och 5 beskriver föreslagen organisation och de alternativ som har prövats.",
              "Avsnitt 6 innehåller budgetförslaget och avsnitt 7 en ordlista."]:
        s.append(Paragraph(b, bullet, bulletText="•"))

    # ---- page 2: heat map
    s.append(PageBreak())
    s.append(NextPageTemplate("p3"))
    s.append(P("2 Kompetensbehov per kommun", h1))
    s.append(P("Tabell 1 visar det uppskattade behovet av validering per kommun och yrkesområde för "
               "2026–2027. Ju mörkare cell, desto större behov. Siffrorna bygger på enkäten och på 31 intervjuer "
               "med företag och kommunala arbetsmarknadsenheter.<super>3</super>", body))
    occ = ["CNC-<br/>operatör", "Svetsare", "Underhålls-<br/>tekniker", "Process-<br/>operatör", "Montör"]
    rows = [
        ("Västerås", [60, 44, 38, 28, 52]),
        ("Köping", [14, 22, 9, 6, 11]),
        ("Sala", [6, 9, 7, 3, 8]),
        ("Fagersta", [8, 11, 5, 12, 4]),
        ("Hallstahammar", [7, 6, 5, 2, 8]),
        ("Arboga", [6, 4, 5, 3, 7]),
        ("Surahammar", [3, 5, 2, 4, 1]),
        ("Kungsör", [3, 2, 2, 1, 4]),
        ("Norberg", [1, 2, 2, 3, 1]),
        ("Skinnskatteberg", [1, 2, 1, 2, 1]),
    ]
    data = [[P("<b>Kommun</b>", cell)] + [P("<b>%s</b>" % o, cell) for o in occ] + [P("<b>Summa</b>", cell)]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.white),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ALIGN", (1, 1), (-1, -1), "CENTER"),
             ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
             ("FONTSIZE", (0, 1), (-1, -1), 9)]
    colsum = [0] * 5
    for r, (name, vals) in enumerate(rows, start=1):
        data.append([name] + [str(v) for v in vals] + [str(sum(vals))])
        for c, v in enumerate(vals, start=1):
            bg, fg = heat_color(v)
            style.append(("BACKGROUND", (c, r), (c, r), bg))
            style.append(("TEXTCOLOR", (c, r), (c, r), fg))
            colsum[c - 1] += v
    data.append(["Summa"] + [str(v) for v in colsum] + [str(sum(colsum))])
    style += [("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
              ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
              ("FONTNAME", (-1, 1), (-1, -1), "Helvetica-Bold")]
    t = Table(data, colWidths=[32 * mm] + [22 * mm] * 5 + [18 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    s.append(t)
    s.append(P("Tabell 1. Uppskattat valideringsbehov 2026–2027, antal personer per kommun och yrkesområde. "
               "Färgskala: ljus = 1–9, mellan = 10–29, mörk = 30 eller fler.", cap))
    s.append(P("Yrkesområden i första etappen", h2))
    for o in ["CNC-operatör", "Svetsare", "Underhållstekniker", "Processoperatör", "Montör"]:
        s.append(Paragraph(o, bullet, bulletText="•"))
    s.append(Spacer(1, 4))
    s.append(P("Industrielektriker och lagerlogistik har diskuterats men föreslås vänta till en senare etapp, "
               "eftersom bedömningsunderlag saknas.", body))

    # ---- page 3: funnel
    s.append(PageBreak())
    s.append(NextPageTemplate("p4"))
    s.append(P("3 Deltagarflöde och mål", h1))
    s.append(P("Figur 1 visar det flöde som förstudien räknar med under hela projektperioden. Alla som anmäler "
               "intresse erbjuds ett första samtal, men bara de som har tillräcklig yrkeserfarenhet går vidare "
               "till kartläggning och därefter till validering.<super>4</super>", body))
    s.append(Funnel([("Intresseanmälningar", "900"), ("Kartläggning av yrkeskunnande", "640"),
                     ("Validering (bedömning i verkstad)", "420"), ("Intyg eller certifikat", "380"),
                     ("Kompletterande utbildningsblock", "150")]))
    s.append(P("Figur 1. Förväntat deltagarflöde 1 februari 2026–31 december 2027, antal personer.", cap))
    s.append(P("Den som efter valideringen saknar någon del för ett fullständigt intyg ska kunna erbjudas ett "
               "kompletterande utbildningsblock (KUB). Med KUB avses i förstudien korta kurser om 1–4 veckor "
               "som genomförs hos en utbildningsanordnare i länet.", body))
    s.append(P("3.1 Målgrupp", h2))
    for b in ["arbetssökande med minst två års erfarenhet från industrin",
              "anställda i industriföretag som riskerar att sägas upp eller behöver byta arbetsuppgifter",
              "nyanlända med yrkeserfarenhet från industrin i ett annat land"]:
        s.append(Paragraph(b, bullet, bulletText="–"))
    s.append(P("3.2 Vägledning och uppföljning", h2))
    s.append(P("Varje deltagare ska ha en kontaktperson i sin hemkommun under hela processen. Kommunens "
               "koordinator ansvarar för att deltagaren får vägledning före kartläggningen och ett "
               "uppföljningssamtal senast en månad efter valideringen. Navet rapporterar antal kartlagda, "
               "validerade och deltagare med intyg till styrgruppen varje kvartal.", body))
    s.append(P("Förstudien föreslår att projektet följer upp hur många deltagare som har arbete sex månader "
               "efter valideringen, men metoden för detta behöver utredas vidare.", body))

    # ---- page 4: organisation + alternatives
    s.append(PageBreak())
    s.append(NextPageTemplate("p5"))
    s.append(P("4 Organisation och styrning", h1))
    s.append(P("Projektägare är Region Västmanland. Förstudien föreslår följande organisation. Styrgruppen "
               "föreslås sammanträda fyra gånger per år.", body))
    org = [[P("<b>Roll</b>", cell), P("<b>Förslag</b>", cell)],
           [P("Styrgruppens ordförande", cell), P("Per-Olof Sandberg, regional utvecklingsdirektör, Region Västmanland", cell)],
           [P("Styrgruppens ledamöter", cell), P("En representant per kommun, Sofia Nyberg (Arbetsförmedlingen) och "
                                                "Erik Lundgren (IUC Västmanland)", cell)],
           [P("Projektledare", cell), P("Annika Lindqvist, Region Västmanland (förslag)", cell)],
           [P("Branschrådet för validering (BRV)", cell), P("Leds av Erik Lundgren. I rådet ingår bland andra Jonas "
                                                            "Bergh, IF Metall Västmanland.", cell)],
           [P("Kommunala kontaktpunkter", cell), P("En koordinator per kommun, finansierad av kommunen", cell)]]
    t = Table(org, colWidths=[52 * mm, w - 36 * mm - 52 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(P("5 Alternativ som har prövats", h1))
    s.append(P("Förstudien har jämfört tre modeller för hur valideringen kan organiseras. Bedömningen "
               "framgår av tabell 2.", body))
    alt = [[P("<b>Alternativ</b>", cell), P("<b>Beskrivning och bedömning</b>", cell), P("<b>Status</b>", cell)],
           [P("A. Ett nav med kontaktpunkter", cellb),
            P("Ett nav i Västerås med kontaktpunkter i alla kommuner. Verkstad, bedömare och administration samlas "
              "på ett ställe, medan kommunerna sköter rekrytering och vägledning lokalt.", cell),
            P("Rekommenderas", cellb)],
           [P("B. Fyra noder", cellb),
            P("Fyra likvärdiga noder i Västerås, Köping, Sala och Fagersta. Alternativ B avfärdas eftersom fyra "
              "fullt utrustade verkstäder skulle kosta uppskattningsvis 3,2 miljoner kronor mer under "
              "projektperioden och ge för få deltagare per nod för att bedömarna ska kunna hålla kvaliteten.", cell),
            P("Avfärdas", cell)],
           [P("C. Digital validering", cellb),
            P("Enbart digital validering via webbaserade prov. Alternativ C avfärdas eftersom praktiska moment, "
              "till exempel svetsning och felsökning, inte kan bedömas på distans.", cell),
            P("Avfärdas", cell)]]
    t = Table(alt, colWidths=[38 * mm, w - 36 * mm - 38 * mm - 31 * mm, 31 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, NAVY),
                           ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#AAAAAA")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                           ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#EAF4F3")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(P("Tabell 2. Prövade alternativ för organisering av valideringen.", cap))

    # ---- page 5: budget + glossary
    s.append(PageBreak())
    s.append(P("6 Budget", h1))
    s.append(P("Budgeten i tabell 3 är förstudiens förslag. Det slutliga beloppet beslutas av Regionala "
               "utvecklingsnämnden (RUN), som planeras behandla ärendet den 10 december 2025.", body))
    bud = [["Finansiär", "2026", "2027", "Totalt"],
           ["Region Västmanland", "1 800 000", "1 800 000", "3 600 000"],
           ["Kommunerna (efter invånarantal)", "1 200 000", "1 200 000", "2 400 000"],
           ["Arbetsförmedlingen (arbetstid)", "600 000", "600 000", "1 200 000"],
           ["Industrin (Teknikföretagen m.fl.)", "600 000", "600 000", "1 200 000"],
           ["Totalt", "4 200 000", "4 200 000", "8 400 000"]]
    bud[3][0] = P("Arbetsförmedlingen (arbetstid)<super>5</super>", st("bc", fontSize=9, leading=11))
    t = Table(bud, colWidths=[70 * mm, 30 * mm, 30 * mm, 32 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                           ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                           ("FONTSIZE", (0, 0), (-1, -1), 9),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 1, NAVY),
                           ("LINEABOVE", (0, -1), (-1, -1), 1, NAVY),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F2F2F2")]),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s.append(t)
    s.append(P("Tabell 3. Föreslagen budget, kronor.", cap))
    s.append(P("7 Ordlista", h1))
    gl = [("AF", "Arbetsförmedlingen"),
          ("BRV", "Branschrådet för validering i Västmanland"),
          ("IUC", "Industriellt utvecklingscentrum (här IUC Västmanland)"),
          ("KUB", "Kompletterande utbildningsblock"),
          ("RUN", "Regionala utvecklingsnämnden"),
          ("SeQF", "Sveriges referensram för kvalifikationer för livslångt lärande"),
          ("VINK", "Valideringsnav för industrins kompetens")]
    gdata = [[P("<b>%s</b>" % a, cell), P(b, cell)] for a, b in gl]
    t = Table(gdata, colWidths=[22 * mm, 110 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    build(doc, s)


# ---------------------------------------------------------------------------
# 2. WhatsApp export (TXT)
# ---------------------------------------------------------------------------

WHATSAPP = """2026-02-10 13:02 - Meddelanden och samtal är totalkrypterade. Ingen utanför den här chatten, inte ens WhatsApp, kan läsa eller lyssna på dem. Tryck för att läsa mer.
2026-02-10 13:02 - Lena Holm skapade gruppen "VINK koordinatorer 🛠️"
2026-02-10 13:02 - Lena Holm lade till dig
2026-02-10 13:03 - Lena Holm lade till Omar Haddad, Maria Ekstrand, Jonas Berg, Kerstin Åberg
2026-02-10 13:05 - Lena Holm: Hej allihop! Här kan vi koordinatorer hålla snabb kontakt om VINK. Formella beslut tas fortfarande i styrgruppen 😊
2026-02-10 13:07 - Omar Haddad: 👍
2026-02-10 13:09 - Maria Ekstrand: Hej! Maria från Sala här. Obs att jag INTE är Maria Ekström (projektledaren) 😅 vi får redan mejl till varandra
2026-02-10 13:10 - Jonas Berg: Haha. Jonas Berg, Fagersta. Inte heller samma som Jonas Bergh på IF Metall 🙃
2026-02-10 13:12 - Lena Holm ändrade gruppbeskrivningen
2026-02-19 16:41 - Lena Holm lade till Maria Ekström
2026-02-19 16:45 - Maria Ekström: Hej! Tråkigt besked: öppningen av navet flyttas från 2 mars till 16 mars eftersom brandsynen av verkstadslokalen inte är klar. Deltagare som är bokade vecka 10 flyttas till vecka 12.
2026-02-19 16:47 - Omar Haddad: Ok, jag meddelar mina fyra från Köping
2026-02-19 17:02 - Maria Ekstrand: Detta meddelande raderades
2026-02-19 17:03 - Maria Ekstrand: Sala har två bokade, jag ringer dem imorgon
2026-03-16 08:01 - Maria Ekström: <Media utelämnad>
2026-03-16 08:02 - Maria Ekström: Nu är vi igång!! Första deltagarna på plats i Kopparlunden 🎉
2026-03-16 08:15 - Kerstin Åberg: ❤️❤️
2026-03-30 10:22 - Jonas Berg: Infoträffen i Fagersta flyttas från 14 april till 21 april, samma tid kl 13.00 i Folkets hus. Lokalen var dubbelbokad. <Det här meddelandet redigerades>
2026-03-30 10:25 - Maria Ekstrand: Sala kör sin infoträff 14 april som planerat, kl 15 på Kulturhuset
2026-03-30 10:31 - Kerstin Åberg: Surahammar har ingen egen infoträff i vår, vi hänvisar till Hallstahammar 9 april
2026-04-02 14:10 - Lena Holm lade till Daniel Sjöberg
2026-04-02 14:12 - Daniel Sjöberg: Hej! Daniel här, jag sköter verkstaden i navet. Påminnelse om bokning:
- bokningar görs i bokningskalendern senast 5 arbetsdagar innan
- max 4 deltagare per pass
- frågor till mig på 021-17 45 20
2026-04-16 09:00 - Omar Haddad: Köping har nu 7 validerade!
2026-04-16 09:04 - Omar Haddad: Rättelse: 5, inte 7. Två är bara kartlagda än så länge
2026-04-16 09:05 - Jonas Berg: Starkt! Fagersta 3 hittills
2026-05-05 11:47 - Lena Holm: Öppet hus i navet planeras till slutet av augusti, exakt datum kommer från Maria
2026-05-05 11:50 - Maria Ekström: <Media utelämnad>
2026-06-12 07:58 - Maria Ekström: Igår beslutade RUN om mer pengar till KUB och förlängning 🙌 Protokollsutdraget kommer nästa vecka
2026-06-12 08:03 - Jonas Berg: Grattis! Hur mycket blev det?
2026-06-12 08:05 - Maria Ekström: 750 000 extra till KUB. Resten står i utdraget, läs det där och inte i tidningen 😉
2026-09-28 15:30 - Maria Ekström: Sista veckan innan föräldraledigheten! Helena meddelar vem som tar över, ha det så bra alla 👋
2026-09-28 15:33 - Omar Haddad: Lycka till Maria!! 🍼
2026-09-30 16:00 - Kerstin Åberg lämnade
"""


def make_whatsapp(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(WHATSAPP)


# ---------------------------------------------------------------------------
# 3. Logseq page (MD, tab-indented outliner)
# ---------------------------------------------------------------------------

LOGSEQ = """title:: VINK styrgrupp
alias:: Styrgruppen VINK, VINK SG
type:: [[Projektsida]]
projekt:: [[VINK]]
projektägare:: [[Region Västmanland]]
projektledare:: [[Maria Ekström]]
ordförande:: [[Helena Rydén]]
dnr:: RV 2025/0417
tags:: validering, industri, styrgrupp

- Om sidan
	- Här samlar vi styrgruppens anteckningar, ett block per möte. Beslut märks med #beslut så att de kommer med i frågan längst ner.
	- Sekreterare: [[Karin Wallin]]. Ändra inte i andras block utan att skriva en kommentar.
- ## Möte 1 – [[2026-01-28]]
  id:: 65b6f0a2-1c3d-4e5f-8a9b-0c1d2e3f4a01
  collapsed:: true
	- Närvarande: [[Per-Olof Sandberg]] (ordf.), [[Maria Ekström]], [[Sofia Nyberg]] (AF), [[Erik Lundgren]] (IUC), representanter för alla tio kommuner
	- #beslut Maria Ekström anställs som projektledare från 1 februari 2026. [[Annika Lindqvist]], som föreslogs i förstudien, återgår till sin tjänst som utredare.
	- #beslut Navet öppnar 2 mars 2026 i Kopparlunden, Västerås.
	- #beslut Fördelning av valideringsplatser 2026 (totalt 240)
	  id:: 65b6f0a2-1c3d-4e5f-8a9b-0c1d2e3f4a02
		- Västerås:: 96
		- Köping:: 34
		- Sala:: 28
		- Fagersta:: 26
		- Hallstahammar:: 16
		- Arboga:: 14
		- Surahammar:: 8
		- Kungsör:: 6
		- Norberg:: 6
		- Skinnskatteberg:: 6
		- Fördelningen för 2027 beslutas av styrgruppen i december 2026 utifrån utfallet.
	- CANCELED Valideringsbuss – mobil verkstad för de norra kommunerna (förslag från Norberg och Skinnskatteberg)
	  :LOGBOOK:
	  CLOCK: [2026-01-28 Wed 14:05:12]--[2026-01-28 Wed 14:31:40] =>  00:26:28
	  :END:
		- Avslogs: kostnaden beräknades till 1,1 mnkr för 2026 och ryms inte i budgeten. I stället ersätts deltagare från Norberg, Fagersta och Skinnskatteberg för resor till navet.
	- DONE Hyresavtal för verkstadslokalen i Kopparlunden undertecknat (löper till 2028)
	- TODO [[Maria Ekström]] tar fram kommunikationsplan
	  SCHEDULED: <2026-02-20 Fri>
	- LATER Fråga om Enköping – vi inväntar RUN:s besked
- ## Möte 2 – [[2026-04-22]]
  id:: 6627a1b4-77aa-4d10-9c2e-5b1f0d3e8c11
	- Närvarande: [[Per-Olof Sandberg]] (ordf.), [[Helena Rydén]], [[Maria Ekström]], [[Sofia Nyberg]], [[Erik Lundgren]], åtta kommunrepresentanter
	- Läget: navet öppnade 16 mars (två veckor sent på grund av brandsynen). 41 valideringar klara till och med 15 april.
	- #beslut Per-Olof Sandberg går i pension den 30 april 2026. Från och med den 1 maj 2026 är [[Helena Rydén]], tf regional utvecklingsdirektör, ordförande i styrgruppen.
	- #beslut Köping får fyra platser från Västerås för 2026: Köping 38 platser och Västerås 92 platser (tidigare 34 respektive 96). Övriga kommuner enligt ((65b6f0a2-1c3d-4e5f-8a9b-0c1d2e3f4a02)).
	- #beslut Styrgruppen ställer sig bakom en ansökan till RUN om 750 000 kr extra för KUB och om förlängning av projektet.
	- Förslag: industrielektriker blir sjätte yrkesområde från hösten 2026. BRV tar fram bedömningsunderlag till nästa möte.
	- CANCELED Flytta huvudverkstaden till Köping Teknikcenter
		- Avslogs eftersom hyresavtalet i Kopparlunden löper till 2028 och flytten skulle stoppa bedömningarna i minst sex veckor.
	- DONE Kommunikationsplan antagen
- ## Möte 3 – [[2026-09-09]]
  id:: 66dec3f0-0b7e-4a55-9f41-2c6d8e1a9b30
	- Närvarande: [[Helena Rydén]] (ordf.), [[Maria Ekström]], [[Daniel Sjöberg]], [[Sofia Nyberg]], [[Erik Lundgren]], nio kommunrepresentanter
	- #beslut Industrielektriker införs som yrkesområde från 1 september 2026 (BRV:s bedömningsunderlag godkänt).
	- Maria Ekström är föräldraledig från 1 oktober 2026. Fråga om ersättare under ledigheten: Helena och Maria tar fram ett förslag.
	- TODO Delrapport 1 lämnas till RUN senast 15 oktober
	- Nästa möte: [[2026-12-09]] – fördelning av platser 2027
- ### Öppna uppgifter
	- {{query (and [[VINK styrgrupp]] (task TODO LATER))}}
	  query-table:: false
"""


def make_logseq(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(LOGSEQ)


# ---------------------------------------------------------------------------
# 4. Ändringsbeslut (DOCX)
# ---------------------------------------------------------------------------


def _field(paragraph, instr, cached):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def r_with(child):
        r = OxmlElement("w:r")
        r.append(child)
        paragraph._p.append(r)

    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r_with(fc)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r_with(it)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r_with(fc)
    t = OxmlElement("w:t")
    t.text = cached
    r_with(t)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r_with(fc)


def _deterministic_zip(raw, stamp=(2026, 6, 15, 9, 30, 0)):
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def make_docx(path):
    import datetime
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_UNDERLINE
    from docx.shared import Mm, Pt, RGBColor

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    cp = d.core_properties
    cp.author = "Karin Wallin"
    cp.last_modified_by = "Karin Wallin"
    cp.title = "Protokollsutdrag RUN 2026-06-11 § 88 – Ändring av projektet VINK"
    cp.created = datetime.datetime(2026, 6, 11, 14, 0, 0)
    cp.modified = datetime.datetime(2026, 6, 15, 9, 30, 0)
    cp.revision = 4

    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.text = "REGION VÄSTMANLAND\tPROTOKOLLSUTDRAG\tDnr RV 2025/0417"
    fp = sec.footer.paragraphs[0]
    fp.add_run("Regionala utvecklingsnämnden 2026-06-11 · Sida ")
    _field(fp, "PAGE", "1")
    fp.add_run(" av ")
    _field(fp, "NUMPAGES", "2")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_paragraph("Regionala utvecklingsnämnden (RUN)", style="Title")
    p = d.add_paragraph()
    p.add_run("Sammanträdesdatum: ").bold = True
    p.add_run("2026-06-11\n")
    p.add_run("Paragraf: ").bold = True
    p.add_run("§ 88\n")
    p.add_run("Föredragande: ").bold = True
    p.add_run("Helena Rydén, tf regional utvecklingsdirektör")

    d.add_heading("§ 88 Ändring av projektet Valideringsnav för industrins kompetens (VINK)", level=1)

    d.add_heading("Beslut", level=2)
    d.add_paragraph("Regionala utvecklingsnämnden beslutar")
    for txt in [
        "att bevilja ytterligare 750 000 kronor till projektet VINK för kompletterande utbildningsblock (KUB),",
        "att projektets totala budget därmed uppgår till 8 650 000 kronor,",
        "att projektperioden förlängs till och med den 31 mars 2027,",
        "att målet för antal genomförda valideringar höjs från 420 till 480,",
        "att Enköpings kommuns ansökan om att ansluta till projektet avslås, samt",
        "att i övrigt gälla villkoren i nämndens beslut 2025-12-10, § 142.",
    ]:
        d.add_paragraph(txt, style="List Number")

    d.add_heading("Ärendet", level=2)
    d.add_paragraph(
        "Regionala utvecklingsnämnden beslutade den 10 december 2025, § 142, att bevilja projektet VINK "
        "7 900 000 kronor för perioden 1 februari 2026–31 december 2027. Navet i Kopparlunden i Västerås "
        "öppnade den 16 mars 2026. Styrgruppen har den 22 april 2026 begärt ytterligare medel och en "
        "förlängning.")
    d.add_paragraph(
        "Med KUB (kompletterande utbildningsblock) avses korta yrkesinriktade utbildningar om 2–6 veckor som "
        "fyller de kunskapsluckor som valideringen har visat, så att deltagaren kan få ett fullständigt intyg. "
        "Fler deltagare än beräknat har behov av KUB, och förstudiens antagande om kurser på högst fyra veckor "
        "har visat sig för snävt.")
    d.add_paragraph("Skälen för ändringen är främst följande:")
    for txt in ["efterfrågan på validering är större än förstudien räknade med, särskilt i Västerås och Köping,",
                "navet öppnade två veckor senare än planerat,",
                "industrielektriker föreslås som nytt yrkesområde, vilket kräver nya bedömningsunderlag."]:
        d.add_paragraph(txt, style="List Bullet")

    d.add_heading("Enköpings kommuns ansökan", level=3)
    d.add_paragraph(
        "Enköpings kommun har ansökt om att få ansluta till projektet. Enköpings kommun tillhör Uppsala län, och "
        "projektets medel får enligt villkoren bara användas för insatser för personer som är folkbokförda i "
        "Västmanlands län. Ansökan avslås därför. Arbetssökande från Enköping kan i stället hänvisas till "
        "Arbetsförmedlingens ordinarie valideringsinsatser.")

    d.add_heading("Jämförelse med tidigare beslut", level=2)
    d.add_paragraph("Överstrukna värden gäller inte längre. Nya värden är dubbelt understrukna.")
    rows = [("Post", None, None),
            ("Total budget", "7 900 000 kr", "8 650 000 kr"),
            ("varav Region Västmanland", "3 100 000 kr", "3 850 000 kr"),
            ("Projektperiodens slut", "31 december 2027", "31 mars 2028"),
            ("Mål, genomförda valideringar", "420", "480"),
            ("Deltagande kommuner", "10", "10 (oförändrat)")]
    tbl = d.add_table(rows=len(rows), cols=2)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tbl.rows[0].cells
    hdr[0].paragraphs[0].add_run("Post").bold = True
    hdr[1].paragraphs[0].add_run("Ändring (beslut 2025-12-10 → beslut 2026-06-11)").bold = True
    for i, (post, old, new) in enumerate(rows[1:], start=1):
        c0, c1 = tbl.rows[i].cells
        c0.paragraphs[0].add_run(post)
        para = c1.paragraphs[0]
        r_old = para.add_run(old)
        r_old.font.strike = True
        r_old.font.color.rgb = RGBColor(0x99, 0x33, 0x33)
        para.add_run(" ")
        r_new = para.add_run(new)
        r_new.font.underline = WD_UNDERLINE.DOUBLE
        r_new.bold = True

    d.add_heading("Finansiering efter ändringen", level=2)
    fin = [("Finansiär", "Belopp, kr"),
           ("Region Västmanland", "3 850 000"),
           ("Kommunerna", "2 400 000"),
           ("Arbetsförmedlingen (arbetstid)", "1 200 000"),
           ("Industrin", "1 200 000"),
           ("Summa", "8 650 000")]
    t2 = d.add_table(rows=len(fin), cols=2)
    t2.style = "Table Grid"
    for i, (a, b) in enumerate(fin):
        c0, c1 = t2.rows[i].cells
        r0 = c0.paragraphs[0].add_run(a)
        r1 = c1.paragraphs[0].add_run(b)
        c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if i in (0, len(fin) - 1):
            r0.bold = r1.bold = True

    d.add_heading("Beslutet skickas till", level=2)
    for txt in ["Projektledare Maria Ekström, VINK",
                "Styrgruppen för VINK, ordförande Helena Rydén",
                "Kommunerna i Västmanlands län",
                "Enköpings kommun",
                "Ekonomienheten, Karin Wallin"]:
        d.add_paragraph(txt, style="List Bullet")

    d.add_paragraph()
    p = d.add_paragraph("Vid protokollet\nKarin Wallin, sekreterare")
    p = d.add_paragraph("Justerat\nAnna-Lena Kjellberg (S), ordförande\tMikael Strand (M), justerare")
    p = d.add_paragraph("Utdragsbestyrkande: Karin Wallin")

    d.add_heading("Rättelse 2026-06-15", level=2)
    p = d.add_paragraph()
    p.add_run("I beslutspunkt 3 har slutdatumet blivit fel. ").bold = True
    p.add_run("Rätt lydelse är: att projektperioden förlängs till och med den 31 mars 2028. "
              "Rättelsen har gjorts med stöd av 36 § förvaltningslagen (2017:900) och ändrar inte beslutets "
              "innehåll i övrigt. Jämförelsetabellen ovan var redan korrekt.")

    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(_deterministic_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# 5. Newspaper e-edition (PDF, tabloid, two pages, five/four columns)
# ---------------------------------------------------------------------------

NEWS_W, NEWS_H = 289 * mm, 380 * mm


def news_page(canv, doc):
    pn = canv.getPageNumber()
    folio = {1: "7", 2: "8"}[pn]
    section = {1: "NYHETER", 2: "NYHETER · DEBATT"}[pn]
    w, h = NEWS_W, NEWS_H
    canv.saveState()
    canv.setFillColor(colors.HexColor("#0B3D91"))
    canv.rect(12 * mm, h - 19 * mm, w - 24 * mm, 7 * mm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Times-Bold", 12)
    canv.drawString(15 * mm, h - 16.8 * mm, "Västmanlands Nyheter")
    canv.setFont("Helvetica-Bold", 9)
    canv.drawCentredString(w / 2, h - 16.6 * mm, section)
    canv.setFont("Helvetica", 9)
    canv.drawRightString(w - 26 * mm, h - 16.6 * mm, "Lördag 13 juni 2026")
    canv.setFont("Helvetica-Bold", 15)
    canv.drawRightString(w - 14.5 * mm, h - 17.5 * mm, folio)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.setFont("Helvetica", 7)
    canv.drawString(12 * mm, 8 * mm, "E-tidningen · vn.se/etidning · Utskriven för personligt bruk")
    canv.drawRightString(w - 12 * mm, 8 * mm, "VN %s/%s" % (folio, "2026-06-13"))
    # column rules
    canv.setStrokeColor(colors.HexColor("#BBBBBB"))
    canv.setLineWidth(0.4)
    for x, ya, yb in doc._rules.get(pn, []):
        canv.line(x, ya, x, yb)
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(1)
    for xa, xb, y in doc._hrules.get(pn, []):
        canv.line(xa, y, xb, y)
    canv.restoreState()


class PhotoBox(Flowable):
    def __init__(self, w, h, label):
        Flowable.__init__(self)
        self.w, self.h, self.label = w, h, label

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor("#C9CDD2"))
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#9AA0A6"))
        c.line(0, 0, self.w, self.h)
        c.line(0, self.h, self.w, 0)
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("Helvetica", 6)
        c.drawString(2, 2, self.label)


def make_news(path):
    w, h = NEWS_W, NEWS_H
    m = 12 * mm
    gut = 4 * mm
    ncol = 5
    cw = (w - 2 * m - (ncol - 1) * gut) / ncol
    top = h - 24 * mm
    ad_top = 50 * mm
    ad_top2 = 168 * mm

    def colx(i):
        return m + i * (cw + gut)

    def fr(fid, x, y, fw, fh):
        return Frame(x, y, fw, fh, id=fid, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    head_h = 70 * mm
    y_mid = 143 * mm
    body_h = top - head_h - 2 * mm - y_mid
    p1 = [
        fr("head", colx(0), top - head_h, 3 * cw + 2 * gut, head_h),
        fr("c1", colx(0), y_mid, cw, body_h),
        fr("c2", colx(1), y_mid, cw, body_h),
        fr("c3", colx(2), y_mid, cw, body_h),
        fr("h2", colx(0), y_mid - 26 * mm, 3 * cw + 2 * gut, 22 * mm),
        fr("e1", colx(0), ad_top + 2 * mm, cw, y_mid - 28 * mm - ad_top - 2 * mm),
        fr("e2", colx(1), ad_top + 2 * mm, cw, y_mid - 28 * mm - ad_top - 2 * mm),
        fr("e3", colx(2), ad_top + 2 * mm, cw, y_mid - 28 * mm - ad_top - 2 * mm),
        fr("c4", colx(3), ad_top + 2 * mm, cw, top - ad_top - 2 * mm),
        fr("c5", colx(4), ad_top + 2 * mm, cw, top - ad_top - 2 * mm),
        fr("ad", m, 12 * mm, w - 2 * m, ad_top - 14 * mm),
    ]
    # page 2: four columns, debate piece across two columns
    n2 = 4
    cw2 = (w - 2 * m - (n2 - 1) * gut) / n2

    def colx2(i):
        return m + i * (cw2 + gut)

    p2 = [
        fr("d1", colx2(0), ad_top2 + 2 * mm, 2 * cw2 + gut, top - ad_top2 - 2 * mm),
        fr("e3", colx2(2), ad_top2 + 2 * mm, cw2, top - ad_top2 - 2 * mm),
        fr("e4", colx2(3), ad_top2 + 2 * mm, cw2, top - ad_top2 - 2 * mm),
        fr("ad2", m, 12 * mm, w - 2 * m, ad_top2 - 14 * mm),
    ]
    doc = BaseDocTemplate(path, pagesize=(w, h), leftMargin=m, rightMargin=m, topMargin=24 * mm,
                          bottomMargin=12 * mm, title="Västmanlands Nyheter 2026-06-13, sidorna 7–8",
                          author="Västmanlands Nyheter", creator="VN e-tidning")
    y0, y1 = ad_top + 2 * mm, top
    doc._rules = {1: [(colx(i) - gut / 2, y0, y_mid - 28 * mm) for i in (1, 2)]
                  + [(colx(i) - gut / 2, y_mid, top - head_h - 2 * mm) for i in (1, 2)]
                  + [(colx(i) - gut / 2, y0, y1) for i in (3, 4)],
                  2: [(colx2(i) - gut / 2, ad_top2 + 2 * mm, y1) for i in (2, 3)]}
    doc._hrules = {1: [(colx(0), colx(2) + cw, y_mid - 2 * mm)]}
    doc.addPageTemplates([PageTemplate(id="n7", frames=p1, onPage=news_page),
                          PageTemplate(id="n8", frames=p2, onPage=news_page)])

    kicker = st("kick", fontName="Helvetica-Bold", fontSize=8.5, leading=10, textColor=colors.HexColor("#B00020"))
    hl = st("hl", fontName="Times-Bold", fontSize=30, leading=32, spaceAfter=6)
    ingr = st("ing", fontName="Times-Bold", fontSize=12.5, leading=15.5, spaceAfter=4)
    byl = st("byl", fontName="Helvetica", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333"))
    txt = st("txt", fontName="Times-Roman", fontSize=9.4, leading=11.6, alignment=TA_JUSTIFY, firstLineIndent=8)
    txt0 = st("txt0", fontName="Times-Roman", fontSize=9.4, leading=11.6, alignment=TA_JUSTIFY)
    inter = st("inter", fontName="Helvetica-Bold", fontSize=8.8, leading=11, spaceBefore=4)
    capt = st("capt", fontName="Helvetica", fontSize=7.2, leading=8.8, spaceBefore=2, spaceAfter=6)
    shl = st("shl", fontName="Times-Bold", fontSize=15, leading=17, spaceAfter=3, spaceBefore=2)
    notis_h = st("nh", fontName="Helvetica-Bold", fontSize=9, leading=11, spaceBefore=6)
    fakta = st("fakta", fontName="Helvetica", fontSize=8.2, leading=10.2)
    faktah = st("faktah", fontName="Helvetica-Bold", fontSize=9, leading=11, textColor=colors.white)

    s = []
    s.append(P("VÄSTERÅS · VALIDERING", kicker))
    s.append(P("Navet som validerar industrins kunnande får mer pengar – och mer tid", hl))
    s.append(P("Valideringsnavet VINK i Kopparlunden får ytterligare 750 000 kronor och förlängs till våren "
               "2028. Det beslutade Regionala utvecklingsnämnden i torsdags. Sedan starten i mars har 96 "
               "personer validerats.", ingr))
    s.append(P("Text: Fredrik Almqvist · fredrik.almqvist@vn.se", byl))
    s.append(FrameBreak())
    # column 1
    s.append(PhotoBox(cw, 42 * mm, "Foto: Lina Sund"))
    s.append(P("Maria Ekström, projektledare för VINK, i navets verkstad i Kopparlunden. Foto: Lina Sund", capt))
    s.append(P("Svetsaren Ahmed Yusuf, 34, från Köping hade jobbat i tolv år utan ett enda papper på vad han "
               "kunde. I maj fick han sitt svetsintyg efter tre dagar i verkstaden i Kopparlunden.", txt0))
    s.append(P("– Jag visste att jag kunde, men nu kan jag visa det för en ny arbetsgivare, säger han.", txt))
    s.append(P("Han är en av de 96 som hittills har validerats i navet, som öppnade i mitten av mars. "
               "Bakom satsningen står Region Västmanland, länets tio kommuner, Arbetsförmedlingen och "
               "industriföretag.", txt))
    s.append(P("Fler än beräknat", inter))
    s.append(P("Enligt projektledaren Maria Ekström har trycket varit större än väntat, särskilt från Västerås "
               "och Köping.", txt))
    s.append(FrameBreak())
    # column 2
    s.append(P("– Många behöver en kort kurs efteråt för att få ett fullständigt intyg, och det har vi inte "
               "haft pengar till. Nu kan vi erbjuda det, säger hon.", txt0))
    s.append(P("I torsdags beslutade Regionala utvecklingsnämnden att skjuta till 750 000 kronor för så "
               "kallade kompletterande utbildningsblock. Totalt omfattar satsningen nu drygt 8,6 miljoner "
               "kronor. Målet höjs samtidigt från 420 till 480 valideringar, och projektet förlängs till "
               "våren 2028.", txt))
    s.append(P("Enköping får inte vara med", inter))
    s.append(P("Nämnden sa däremot nej till Enköpings kommun, som ville ansluta. Enköping ligger i Uppsala "
               "län, och pengarna får bara gå till personer som är folkbokförda i Västmanland.", txt0))
    s.append(P("– Vi förstår besvikelsen, men reglerna är tydliga, säger nämndens ordförande Anna-Lena "
               "Kjellberg (S).", txt))
    s.append(P("Mikael Strand (M) tycker att satsningen är rätt men vill se en uppföljning av hur många som "
               "får jobb.", txt))
    s.append(P("– Ett intyg är bra, men målet måste vara att fler kommer i arbete, säger han.", txt))
    s.append(FrameBreak())
    # column 3
    s.append(P("Industrielektriker nästa", inter))
    s.append(P("Hittills kan man valideras som CNC-operatör, svetsare, underhållstekniker, processoperatör "
               "och montör. Från hösten kan även industrielektriker tillkomma, om branschrådet hinner ta fram "
               "bedömningsunderlag.", txt0))
    s.append(P("Erik Lundgren på IUC Västmanland, som leder branschrådet, tror att behovet är stort.", txt))
    s.append(P("– Elbehörighet är en flaskhals i hela Mälardalen, säger han.", txt))
    s.append(Spacer(1, 5))
    fk = [[P("FAKTA: VINK", faktah)],
          [P("• VINK står för Valideringsnav för industrins kompetens.", fakta)],
          [P("• Drivs av Region Västmanland tillsammans med länets tio kommuner, Arbetsförmedlingen och "
             "industrin.", fakta)],
          [P("• Navet ligger i kvarteret Kopparlunden i Västerås.", fakta)],
          [P("• Öppet hus på navet i Kopparlunden: torsdag 27 augusti kl. 15–18.", fakta)],
          [P("• Anmälan till validering görs via kommunens arbetsmarknadsenhet eller Arbetsförmedlingen.", fakta)]]
    ft = Table(fk, colWidths=[cw])
    ft.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#0B3D91")),
                            ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#E6ECF7")),
                            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
    s.append(ft)
    s.append(FrameBreak())
    # second story across columns 1-3
    s.append(P("HALLSTAHAMMAR", kicker))
    s.append(P("Slussarna i Strömsholms kanal öppnar senare än planerat", shl))
    s.append(FrameBreak())
    s.append(PhotoBox(cw, 30 * mm, "Foto: Per Kvist"))
    s.append(P("Slussen vid Hallstahammar är fortfarande torrlagd. Foto: Per Kvist", capt))
    s.append(P("Båtfolket får vänta ytterligare tre veckor.", txt0))
    s.append(FrameBreak())
    s.append(P("Renoveringen av de fyra slussarna mellan Hallstahammar och Surahammar blir klar först i "
               "början av juli. Det innebär att kanalen öppnar för båttrafik den 4 juli i stället för den "
               "13 juni.", txt0))
    s.append(P("– Vi hittade större skador på slussportarna än vi räknade med, säger Tomas Engdahl, "
               "driftchef vid kanalbolaget.", txt))
    s.append(P("Renoveringen kostar 8,4 miljoner kronor, varav kommunerna betalar hälften.", txt))
    s.append(FrameBreak())
    s.append(P("Kanalbolaget räknar med ungefär 1 600 slussningar under säsongen, något färre än i fjol.", txt0))
    s.append(P("Gästhamnarna i Hallstahammar och Kolbäck öppnar som vanligt, och kanotuthyrningen påverkas "
               "inte.", txt))
    s.append(P("– Det går bra att paddla, men man får bära förbi slussarna fram till juli, säger Tomas "
               "Engdahl.", txt))
    s.append(FrameBreak())
    # column 4: sport + roadworks
    s.append(P("FAGERSTA · SPORT", kicker))
    s.append(P("Marie Ekström tar över Fagersta Södra", shl))
    s.append(P("Fagersta Södra IK har anställt Marie Ekström som ny tränare för damlaget i division 2. Hon "
               "kommer närmast från Avesta och skriver på för två säsonger.", txt0))
    s.append(P("– Vi vill vara topp tre redan nästa år, säger ordföranden Göran Lindh.", txt))
    s.append(P("Laget ligger just nu sexa med 14 poäng efter tio omgångar.", txt))
    s.append(Spacer(1, 8))
    s.append(P("KÖPING", kicker))
    s.append(P("Glasgatan stängd till 30 juni", shl))
    s.append(P("Vägarbetet på Glasgatan i Köping drar ut på tiden. Gatan blir avstängd till och med den "
               "30 juni, i stället för 12 juni som kommunen först meddelade. Omledning sker via "
               "Nygatan. Arbetet gäller 480 meter nya vatten- och avloppsledningar.", txt0))
    s.append(P("Bussarna på linje 550 stannar vid tillfälliga hållplatser på Nygatan.", txt))
    s.append(Spacer(1, 8))
    s.append(P("VECKANS FRÅGA", kicker))
    s.append(P("Har du fått dina yrkeskunskaper bedömda?", shl))
    for q in ["<b>Sanna Öberg, 41, Kungsör, montör:</b> Nej, men jag skulle vilja. Jag har jobbat i tio år "
              "och har bara ett gammalt truckkort.",
              "<b>Petri Mäkinen, 58, Fagersta, processoperatör:</b> Ja, genom facket för länge sedan. Det "
              "borde vara enklare i dag.",
              "<b>Leyla Karimi, 27, Västerås, arbetssökande:</b> Jag har anmält mig via kommunen och ska till "
              "kartläggning i juli."]:
        s.append(P(q, txt0))
        s.append(Spacer(1, 3))
    s.append(FrameBreak())
    # column 5: notices + correction
    s.append(P("NOTISER", st("nt", fontName="Helvetica-Bold", fontSize=11, leading=13)))
    s.append(P("Sala: 38 nya förskoleplatser", notis_h))
    s.append(P("Sala kommun öppnar en ny förskola i Ängshagen i augusti. Den får 38 platser fördelade på "
               "tre avdelningar.", txt0))
    s.append(P("Kungsör: Loppis vid hamnen", notis_h))
    s.append(P("Kungsörs hembygdsförening håller sommarloppis vid gästhamnen lördag 27 juni kl. 10–14.", txt0))
    s.append(P("Arboga: Ny rektor", notis_h))
    s.append(P("Helena Rydh blir ny rektor för Vasaskolan i Arboga från den 1 augusti.", txt0))
    s.append(P("Norberg: Gruvfestival i helgen", notis_h))
    s.append(P("Gruvfestivalen i Norberg lockade 3 200 besökare i fjol. I år hålls den 13–14 juni med "
               "guidade turer i Mossgruvan.", txt0))
    s.append(P("Skinnskatteberg: Nytt vårdboende", notis_h))
    s.append(P("Kommunstyrelsen föreslår att ett nytt vårdboende med 40 platser byggs i Riddarhyttan. "
               "Beslut tas i fullmäktige den 22 juni.", txt0))
    s.append(P("Västerås: Fler sommarjobb", notis_h))
    s.append(P("Västerås stad erbjuder 1 150 feriejobb till ungdomar i år, 100 fler än 2025.", txt0))
    s.append(Spacer(1, 8))
    rt = Table([[P("<b>RÄTTELSE</b>", fakta)],
                [P("I lördagens tidning (6 juni) stod att öppet hus på valideringsnavet VINK hålls den "
                   "20 augusti. Det datumet gäller inte. Rätt datum är torsdag 27 augusti.", fakta)]],
               colWidths=[cw])
    rt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#B00020")),
                            ("LEFTPADDING", (0, 0), (-1, -1), 4)]))
    s.append(rt)
    s.append(FrameBreak())
    # ad strip
    ad = Table([[P("<font size=20><b>SOMMARREA!</b></font><br/>30 % på alla trädgårdsmöbler t.o.m. 28 juni",
                   st("ad1", fontName="Helvetica", fontSize=11, leading=22)),
                 P("<b>Köpings Järn &amp; Fritid</b><br/>Stora Torget 4, Köping<br/>Öppet vardagar 9–18, lördag 10–15",
                   st("ad2", fontName="Helvetica", fontSize=10, leading=13))]],
               colWidths=[(w - 2 * m) * 0.6, (w - 2 * m) * 0.4], rowHeights=[ad_top - 16 * mm])
    ad.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                            ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#FFE8A3")),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    s.append(ad)
    s.append(NextPageTemplate("n8"))
    s.append(PageBreak())
    # ---- page 8
    s.append(P("DEBATT · INSÄNDARE", kicker))
    s.append(P("”Validering är bra – men vem betalar när projektet är slut?”", hl))
    deb = st("deb", fontName="Times-Roman", fontSize=10.5, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=5)
    for para in [
        "Regionen lägger nu 12 miljoner kronor på ett valideringsnav i Västerås. Jag har själv jobbat i "
        "verkstadsindustrin i trettio år och vet hur mycket kunnande som aldrig syns på papper. Därför är jag "
        "i grunden positiv till VINK.",
        "Men jag undrar vad som händer 2028. Projekt kommer och går. Om navet stänger när pengarna tar slut "
        "står vi där igen, och de som bor i Norberg eller Skinnskatteberg har redan i dag lång väg till "
        "Västerås. Varför blev det ingen buss som kunde åka runt i länet?",
        "Jag vill också veta hur många som faktiskt får jobb efter valideringen. Det har jag inte sett en "
        "enda siffra på.",
        "<i>Bengt-Åke Nilsson, Norberg</i>",
        "<b>Svar:</b> Tack för engagemanget! Projektets totala budget är 8,65 miljoner kronor, inte 12 miljoner. "
        "Styrgruppen prövade en valideringsbuss men valde att i stället ersätta resor för deltagare från de "
        "norra kommunerna. Hur verksamheten ska fortsätta efter projekttiden utreds under 2027.<br/>"
        "<i>Maria Ekström, projektledare VINK</i>",
    ]:
        s.append(P(para, deb))
    s.append(Spacer(1, 10))
    s.append(P("REPLIK", kicker))
    s.append(P("”Glöm inte lärlingarna”", shl))
    for para in [
        "Det är bra att vuxna med erfarenhet får sina kunskaper bedömda. Men lika viktigt är att unga får "
        "komma in i industrin. I Köping har antalet lärlingsplatser minskat från 46 till 31 på tre år.",
        "Jag önskar att regionen lägger lika mycket kraft på lärlingar som på validering. Båda behövs om "
        "industrin ska klara kompetensförsörjningen.",
        "<i>Anders Holmberg, lärare på industriprogrammet, Köping</i>",
    ]:
        s.append(P(para, deb))
    s.append(FrameBreak())
    s.append(P("ARBOGA · NÄRINGSLIV", kicker))
    s.append(P("120 nya jobb när lagret byggs ut", shl))
    s.append(P("Logistikföretaget Nordlager bygger ut sitt lager i Arboga med 14 000 kvadratmeter. "
               "Utbyggnaden väntas ge 120 nya jobb under 2027, främst truckförare och lagerarbetare.", txt0))
    s.append(P("– Vi kommer att behöva folk med truckkort och erfarenhet av lagersystem, säger platschefen "
               "Jonas Bergström.", txt))
    s.append(P("Företaget har ännu inte bestämt om det ska samarbeta med valideringsnavet i Västerås. "
               "Lagerlogistik ingår inte bland navets yrkesområden.", txt))
    s.append(Spacer(1, 10))
    s.append(P("SURAHAMMAR", kicker))
    s.append(P("Bruksmuseet öppnar igen efter renovering", shl))
    s.append(P("Efter två års renovering öppnar Bruksmuseet i Surahammar igen den 20 juni. Museet visar "
               "bland annat den gamla valsverkshallen och en ny utställning om kvinnorna på bruket.", txt0))
    s.append(P("– Vi vill visa att industrihistoria också handlar om människor, säger museichefen Eva "
               "Lindberg.", txt))
    s.append(P("Renoveringen har kostat 23 miljoner kronor och finansierats av kommunen och "
               "Länsstyrelsen.", txt))
    s.append(FrameBreak())
    s.append(P("VÄDRET", st("v", fontName="Helvetica-Bold", fontSize=11, leading=13)))
    wtab = Table([["", "Lör", "Sön", "Mån"],
                  ["Västerås", "21°", "19°", "17°"],
                  ["Sala", "20°", "18°", "16°"],
                  ["Fagersta", "19°", "17°", "15°"],
                  ["Köping", "21°", "18°", "17°"]], colWidths=[cw2 * 0.4] + [cw2 * 0.2] * 3)
    wtab.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), 8),
                              ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                              ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]))
    s.append(wtab)
    s.append(Spacer(1, 10))
    s.append(P("DAGENS NAMN", notis_h))
    s.append(P("13 juni: Aina, Aino", txt0))
    s.append(Spacer(1, 10))
    s.append(P("KALENDERN", st("k", fontName="Helvetica-Bold", fontSize=11, leading=13)))
    for e in ["<b>Tis 16 juni</b> Kommunfullmäktige i Sala, Stadshuset, kl. 18.00.",
              "<b>Ons 17 juni</b> Företagarfrukost i Köping, Karlbergsskolan, kl. 7.30.",
              "<b>Fre 19 juni</b> Midsommarfirande i Vasaparken, Västerås, kl. 13.",
              "<b>Lör 20 juni</b> Bruksmuseet i Surahammar öppnar, kl. 11.",
              "<b>Tis 23 juni</b> Sommarkonsert i Fagersta kyrka, kl. 19."]:
        s.append(P(e, txt0))
        s.append(Spacer(1, 2))
    s.append(FrameBreak())
    adl = [P("ANNONS", st("an", fontName="Helvetica", fontSize=7, leading=9, textColor=colors.HexColor("#666666"))),
           P("Kan du mer än ditt CV visar?", st("ad4", fontName="Helvetica-Bold", fontSize=30, leading=34,
                                                textColor=colors.white, spaceAfter=10)),
           P("Få dina yrkeskunskaper bedömda och dokumenterade – som CNC-operatör, svetsare, "
             "underhållstekniker, processoperatör eller montör.", st("ad5", fontName="Helvetica", fontSize=14,
                                                                     leading=18, textColor=colors.white,
                                                                     spaceAfter=10)),
           P("Anmäl dig via din kommuns arbetsmarknadsenhet eller ring navet på 021-17 45 00 "
             "(vardagar 9–15).", st("ad6", fontName="Helvetica-Bold", fontSize=13, leading=17,
                                    textColor=colors.white, spaceAfter=14)),
           P("VINK · Valideringsnavet i Kopparlunden · Region Västmanland och länets tio kommuner",
             st("ad7", fontName="Helvetica", fontSize=9, leading=12, textColor=colors.white))]
    adr = [P("<b>Bruksmuseet i Surahammar öppnar igen!</b>", st("ad8", fontName="Times-Bold", fontSize=22,
                                                                  leading=26, spaceAfter=10)),
           P("Från 20 juni, tisdag–söndag kl. 11–16.<br/>Fri entré för barn under 18 år.<br/><br/>"
             "Ny utställning: <i>Kvinnorna på bruket</i>", st("ad3", fontName="Helvetica", fontSize=12,
                                                              leading=16))]
    ad2 = Table([[adl, adr]], colWidths=[(w - 2 * m) * 0.62, (w - 2 * m) * 0.38],
                rowHeights=[ad_top2 - 16 * mm])
    ad2.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                             ("LINEBEFORE", (1, 0), (1, 0), 1.5, colors.black),
                             ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#C8553D")),
                             ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#DDEEDD")),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 14),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 14)]))
    s.append(ad2)
    build(doc, s)


# ---------------------------------------------------------------------------
# 6. Delrapport 1 (PDF, A4 landscape, 4 pages)
# ---------------------------------------------------------------------------

DR_W, DR_H = landscape(A4)
ORANGE = colors.HexColor("#C8553D")
FORMS = colors.HexColor("#03787C")


def dr_page(canv, doc):
    w, h = DR_W, DR_H
    pn = canv.getPageNumber()
    canv.saveState()
    # left colour stripe with page number in it
    canv.setFillColor(ORANGE)
    canv.rect(0, 0, 9 * mm, h, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 11)
    canv.drawCentredString(4.5 * mm, 12 * mm, str(pn))
    # running header
    canv.setFillColor(colors.HexColor("#333333"))
    canv.setFont("Helvetica-Bold", 8.5)
    canv.drawString(20 * mm, h - 11 * mm, "VINK · Delrapport 1")
    canv.setFont("Helvetica", 8.5)
    canv.drawString(52 * mm, h - 11 * mm, "Rapportperiod 1 februari–30 september 2026")
    canv.drawRightString(w - 15 * mm, h - 11 * mm, "Till Regionala utvecklingsnämnden · 15 oktober 2026")
    canv.setStrokeColor(ORANGE)
    canv.setLineWidth(1.2)
    canv.line(20 * mm, h - 13.5 * mm, w - 15 * mm, h - 13.5 * mm)
    # footer
    canv.setFont("Helvetica", 7.5)
    canv.setFillColor(colors.HexColor("#666666"))
    canv.drawString(20 * mm, 8 * mm, "Region Västmanland · Regional utveckling · Dnr RV 2025/0417")
    canv.drawRightString(w - 15 * mm, 8 * mm, "s. %d (4)" % pn)
    if pn in (1, 2, 3):
        # grey side panel behind the right frame
        canv.setFillColor(colors.HexColor("#F1EFEC"))
        canv.rect(w - 15 * mm - 78 * mm, 16 * mm, 78 * mm, h - 34 * mm, stroke=0, fill=1)
    canv.restoreState()


class Bars(Flowable):
    """Horizontal bars with the value printed at the bar end."""

    def __init__(self, items, width, maxv, bar_h=4.2 * mm, gap=1.6 * mm, label_w=30 * mm, color=ORANGE):
        Flowable.__init__(self)
        self.items, self.width, self.maxv = items, width, maxv
        self.bar_h, self.gap, self.label_w, self.color = bar_h, gap, label_w, color
        self.height = len(items) * (bar_h + gap)

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        avail = self.width - self.label_w - 14 * mm
        for i, (label, v) in enumerate(self.items):
            y = self.height - (i + 1) * (self.bar_h + self.gap) + self.gap
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 8)
            c.drawRightString(self.label_w - 2 * mm, y + 1.2 * mm, label)
            bw = avail * v / self.maxv
            c.setFillColor(self.color)
            c.rect(self.label_w, y, bw, self.bar_h, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(self.label_w + bw + 1.5 * mm, y + 1.2 * mm, str(v))


class Progress(Flowable):
    def __init__(self, done, goal, width, label):
        Flowable.__init__(self)
        self.done, self.goal, self.width, self.label = done, goal, width, label
        self.height = 15 * mm

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.black)
        c.drawString(0, 11 * mm, self.label)
        c.setFillColor(colors.HexColor("#DDDDDD"))
        c.roundRect(0, 3 * mm, self.width, 6 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.roundRect(0, 3 * mm, self.width * self.done / self.goal, 6 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(2.5 * mm, 4.8 * mm, "%d av %d" % (self.done, self.goal))


def make_delrapport(path):
    w, h = DR_W, DR_H
    left_x = 20 * mm
    side_w = 78 * mm
    right_x = w - 15 * mm - side_w
    main_w = right_x - left_x - 10 * mm
    fy, fh = 18 * mm, h - 36 * mm

    def frame(fid, x, fw):
        return Frame(x, fy, fw, fh, id=fid, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    two = [frame("main", left_x, main_w), frame("side", right_x + 5 * mm, side_w - 10 * mm)]
    full = [frame("full", left_x, w - left_x - 15 * mm)]
    doc = BaseDocTemplate(path, pagesize=(w, h), title="VINK Delrapport 1 – 2026",
                          author="Region Västmanland", subject="Delrapport 1 för projektet VINK",
                          creator="Region Västmanland")
    doc.addPageTemplates([PageTemplate(id="two", frames=two, onPage=dr_page),
                          PageTemplate(id="full", frames=full, onPage=dr_page)])
    body = st("b", fontName="Helvetica", fontSize=9.6, leading=13, spaceAfter=5)
    h1 = st("h1", fontName="Helvetica-Bold", fontSize=14, leading=17, textColor=ORANGE, spaceAfter=5,
            spaceBefore=4)
    h2 = st("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=5, spaceAfter=3)
    side_h = st("sh", fontName="Helvetica-Bold", fontSize=9, leading=11, textColor=ORANGE, spaceBefore=6)
    big = st("big", fontName="Helvetica-Bold", fontSize=26, leading=28)
    lab = st("lab", fontName="Helvetica", fontSize=8.2, leading=10, spaceAfter=5)
    bul = st("bul", fontName="Helvetica", fontSize=9.6, leading=13, leftIndent=12, bulletIndent=2, spaceAfter=2)
    cell = st("cell", fontName="Helvetica", fontSize=8.6, leading=10.5)
    fn = st("fn", fontName="Helvetica", fontSize=7.3, leading=9)

    s = []
    # ---------------- page 1
    s.append(P("Delrapport 1: Valideringsnav för industrins kompetens (VINK)",
               st("t", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=4)))
    s.append(P("Lägesrapport till Regionala utvecklingsnämnden enligt beslut 2025-12-10, § 142, och "
               "ändringsbeslut 2026-06-11, § 88", st("st", fontName="Helvetica-Oblique", fontSize=10, leading=13,
                                                     spaceAfter=8)))
    s.append(P("Sammanfattning", h1))
    for b in ["Navet i Kopparlunden i Västerås öppnade den 16 mars 2026, två veckor senare än planerat, "
              "eftersom brandsynen av verkstadslokalen drog ut på tiden.",
              "Till och med den 30 september 2026 har 163 valideringar genomförts, och 141 deltagare har fått "
              "intyg eller certifikat.",
              "71 företag är anslutna till VINK och tar emot deltagare eller anmäler anställda.",
              "Industrielektriker har införts som sjätte yrkesområde från den 1 september 2026.",
              "Från och med den 1 oktober 2026 är Daniel Sjöberg tillförordnad projektledare under Maria "
              "Ekströms föräldraledighet."]:
        s.append(Paragraph(b, bul, bulletText="•"))
    s.append(P("Bedömning", h2))
    s.append(P("Projektet ligger före tidplanen när det gäller antal validerade, men efter när det gäller "
               "kompletterande utbildningsblock (KUB), där upphandlingen av kurser blev klar först i augusti. "
               "Styrgruppen bedömer att målet i ändringsbeslutet kan nås.", body))
    s.append(FrameBreak())
    s.append(P("NYCKELTAL 30 SEPTEMBER 2026", side_h))
    for v, l in [("163", "genomförda valideringar"), ("141", "intyg eller certifikat"),
                 ("261", "kartlagda deltagare"), ("71", "anslutna företag"), ("34", "deltagare har påbörjat KUB")]:
        s.append(P(v, big))
        s.append(P(l, lab))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    # ---------------- page 2
    s.append(P("1 Resultat per kommun", h1))
    s.append(P("Tabell 1 visar antal kartlagda, validerade och deltagare med intyg per hemkommun från "
               "starten till och med den 30 september 2026.<super>1</super>", body))
    res = [("Västerås", 103, 66, 57), ("Köping", 39, 24, 21), ("Sala", 30, 19, 16), ("Fagersta", 27, 17, 15),
           ("Hallstahammar", 18, 11, 9), ("Arboga", 16, 10, 9), ("Surahammar", 10, 6, 5), ("Kungsör", 7, 4, 4),
           ("Norberg", 6, 3, 3), ("Skinnskatteberg", 5, 3, 2)]
    tdata = [["Kommun", "Kartlagda", "Validerade", "Intyg/certifikat"]]
    for r in res:
        tdata.append([r[0]] + [str(x) for x in r[1:]])
    tot = [sum(r[i] for r in res) for i in (1, 2, 3)]
    assert tot == [261, 163, 141], tot
    tdata.append(["Samtliga"] + [str(x) for x in tot])
    t = Table(tdata, colWidths=[40 * mm, 28 * mm, 28 * mm, 32 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), 8.8),
                           ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                           ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 1, ORANGE),
                           ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Progress(163, 480, main_w * 0.8, "Genomförda valideringar i förhållande till projektets mål (480)"))
    s.append(P("Figur 1 visar validerade per kommun.", body))
    s.append(Bars([(r[0], r[2]) for r in res], main_w * 0.8, 70))
    s.append(Spacer(1, 6))
    s.append(P("<super>1</super> Uppgifterna för september 2026 är preliminära. Deltagare räknas i sin "
               "hemkommun, inte i den kommun där de arbetar.", fn))
    s.append(FrameBreak())
    s.append(P("KOMMENTAR", side_h))
    s.append(P("Västerås och Köping står för 55 procent av alla valideringar. Efter beslut i styrgruppen "
               "den 22 april flyttades fyra av Västerås platser för 2026 till Köping.", lab))
    s.append(P("I de norra kommunerna Norberg, Fagersta och Skinnskatteberg ersätts deltagarna för resor "
               "till navet. Ersättningen har hittills använts av 14 deltagare.", lab))
    s.append(P("Svarsfrekvensen i deltagarenkäten redovisas i bilagan.", lab))
    s.append(PageBreak())

    # ---------------- page 3
    s.append(P("2 Yrkesområden och KUB", h1))
    s.append(P("Yrkesområden hösten 2026", h2))
    s.append(P("Validering erbjuds nu inom sex yrkesområden:", body))
    for b in ["CNC-operatör", "Svetsare", "Underhållstekniker", "Processoperatör", "Montör",
              "Industrielektriker (från 1 september 2026)"]:
        s.append(Paragraph(b, bul, bulletText="–"))
    s.append(P("Lagerlogistik har efterfrågats av flera företag men ingår inte i projektet.", body))
    s.append(P("Kompletterande utbildningsblock (KUB) upphandlades i augusti 2026. Hittills har 34 deltagare "
               "påbörjat ett KUB, de flesta inom svetsning och underhåll.", body))
    s.append(P("3 Organisation", h1))
    s.append(P("Maria Ekström har "
               "varit projektledare sedan den 1 februari 2026. Från och med den 1 oktober 2026 är Daniel "
               "Sjöberg tillförordnad projektledare under Maria Ekströms föräldraledighet. Daniel Sjöberg "
               "har tidigare ansvarat för verkstaden i navet.", body))
    s.append(P("4 Ekonomi", h1))
    eco = [["Post", "Budget, tkr", "Utfall t.o.m. 30 sep 2026, tkr"],
           ["Personal", "3 920", "1 610"],
           ["Lokaler, Kopparlunden", "1 180", "520"],
           ["Bedömare och valideringsutförare", "1 650", "870"],
           ["KUB-kurser", "1 150", "95"],
           ["Resor, information och övrigt", "750", "317"],
           ["Summa", "8 650", "3 412"]]
    t = Table(eco, colWidths=[62 * mm, 28 * mm, 48 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), 8.8),
                           ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                           ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 1, ORANGE),
                           ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)]))
    s.append(t)
    s.append(P("Budgeten avser hela projektperioden enligt ändringsbeslutet 2026-06-11, § 88.",
               st("c", fontName="Helvetica-Oblique", fontSize=8, leading=10, spaceBefore=3)))
    s.append(FrameBreak())
    s.append(P("RISKER", side_h))
    for r in ["Få deltagare från Norberg och Skinnskatteberg trots reseersättning.",
              "Bedömare inom underhåll är svåra att rekrytera; i dag finns två.",
              "Projektledarens föräldraledighet under hösten 2026."]:
        s.append(Paragraph(r, st("rk", fontName="Helvetica", fontSize=8.2, leading=10.5, leftIndent=8,
                                 bulletIndent=0, spaceAfter=3), bulletText="•"))
    s.append(P("NÄSTA STEG", side_h))
    s.append(P("Styrgruppen fördelar platserna för 2027 vid mötet den 9 december 2026.", lab))
    s.append(NextPageTemplate("full"))
    s.append(PageBreak())

    # ---------------- page 4 – Forms-style survey summary
    s.append(P("Bilaga: Deltagarenkät hösten 2026 (sammanställning från Microsoft Forms)", h1))
    kpi = st("kpi", fontName="Helvetica", fontSize=8.6, leading=22)
    hdr = Table([[P("<font size=18><b>86</b></font><br/>Svar", kpi),
                  P("<font size=18><b>04:12</b></font><br/>Genomsnittlig tid att slutföra", kpi),
                  P("<font size=18><b>Stängd</b></font><br/>Status", kpi)]],
                colWidths=[50 * mm, 70 * mm, 50 * mm], hAlign="LEFT")
    hdr.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 2, FORMS), ("TOPPADDING", (0, 0), (-1, -1), 4),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(hdr)
    s.append(P("Enkäten skickades den 1 september 2026 till alla 198 deltagare som hade avslutat en validering "
               "eller kartläggning. Svarsperiod 1–20 september 2026.", body))
    q1 = [("Mycket nöjd", 41), ("Ganska nöjd", 33), ("Varken eller", 7), ("Ganska missnöjd", 3),
          ("Mycket missnöjd", 2)]
    q2 = [("Ja", 79), ("Nej", 7)]
    left = [P("<b>1. Hur nöjd är du med valideringen som helhet?</b>", cell), Spacer(1, 3),
            Bars(q1, 120 * mm, 45, label_w=32 * mm, color=FORMS)]
    right = [P("<b>2. Skulle du rekommendera VINK till en vän eller kollega?</b>", cell), Spacer(1, 3),
             Bars(q2, 110 * mm, 85, label_w=14 * mm, color=FORMS)]
    grid = Table([[left, right]], colWidths=[128 * mm, 118 * mm])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(grid)
    s.append(Spacer(1, 6))
    q3 = [("Kommunens arbetsmarknadsenhet", 31), ("Arbetsförmedlingen", 24), ("Min arbetsgivare", 19),
          ("Vänner eller bekanta", 8), ("Annat", 4)]
    q4 = [("Svenska", 61), ("Arabiska", 9), ("Engelska", 6), ("Somaliska", 4), ("Dari", 3), ("Annat", 3)]
    left = [P("<b>3. Hur fick du veta om VINK?</b>", cell), Spacer(1, 3),
            Bars(q3, 120 * mm, 45, label_w=48 * mm, color=FORMS)]
    right = [P("<b>4. Vilket språk föredrar du för information från oss?</b>", cell), Spacer(1, 3),
             Bars(q4, 110 * mm, 85, label_w=20 * mm, color=FORMS)]
    grid = Table([[left, right]], colWidths=[128 * mm, 118 * mm])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(grid)
    s.append(Spacer(1, 6))
    s.append(P("<b>5. Vad kan vi göra bättre?</b> (52 svar) – Senaste svar:", cell))
    for q in ["”Längre öppettider i verkstaden, jag jobbar skift.”",
              "”Information på fler språk än svenska och engelska.”",
              "”Jag fick vänta sex veckor på mitt KUB, det var för länge.”"]:
        s.append(Paragraph(q, st("qq", fontName="Helvetica-Oblique", fontSize=8.8, leading=11.5, leftIndent=10,
                                 bulletIndent=0), bulletText="›"))
    s.append(Spacer(1, 4))
    s.append(P("Anonyma svar. Sammanställningen är exporterad från Microsoft Forms den 21 september 2026 och "
               "redigerad av projektet.", st("x", fontName="Helvetica", fontSize=7.5, leading=9.5,
                                              textColor=colors.HexColor("#666666"))))
    build(doc, s)


# ---------------------------------------------------------------------------

FILES = [
    ("VINK_forstudie_slutrapport_2025-10-20.pdf", make_forstudie),
    ("VINK_koordinatorer_WhatsApp-export.txt", make_whatsapp),
    ("VINK_styrgrupp_logseq.md", make_logseq),
    ("RUN_2026-06-11_par88_andring_VINK.docx", make_docx),
    ("Vastmanlands_Nyheter_2026-06-13_s7-8.pdf", make_news),
    ("VINK_delrapport_1_2026-10-15.pdf", make_delrapport),
]


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, fn in FILES:
        fn(os.path.join(out, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
