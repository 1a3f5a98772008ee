#!/usr/bin/env python3
"""Skriver sex svenska testdokument (PDF, DOCX, TXT, MD) till en utmapp.

Användning:  python r108_make_files.py UTMAPP
Kräver reportlab och python-docx (kör med /work/pin107/.venv/bin/python).
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, PageBreak)
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle

FONT, FONTB = "Helvetica", "Helvetica-Bold"
_lib = "/usr/share/fonts/truetype/liberation/"
if os.path.exists(_lib + "LiberationSans-Regular.ttf"):
    pdfmetrics.registerFont(TTFont("LibSans", _lib + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LibSans-Bold", _lib + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LibSans-Italic", _lib + "LiberationSans-Italic.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("LibSans", 0, 0, "LibSans")
    addMapping("LibSans", 1, 0, "LibSans-Bold")
    addMapping("LibSans", 0, 1, "LibSans-Italic")
    addMapping("LibSans", 1, 1, "LibSans-Bold")
    FONT, FONTB = "LibSans", "LibSans-Bold"

W, H = A4


def styles():
    ss = getSampleStyleSheet()
    base = ParagraphStyle("base", parent=ss["Normal"], fontName=FONT, fontSize=10.5, leading=14,
                          spaceAfter=6)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONTB, fontSize=17, leading=21, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONTB, fontSize=13, leading=17, spaceBefore=8,
                             spaceAfter=5),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONTB, fontSize=11, leading=14, spaceBefore=6,
                             spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11, spaceAfter=0),
    }


def grid_table(rows, widths, header_bg=colors.HexColor("#DDE6EE"), bold_last=False):
    st = styles()
    data = [[Paragraph(str(c), st["cell"]) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), header_bg),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if bold_last:
        cmds.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F0F0F0")))
    t.setStyle(TableStyle(cmds))
    return t


# ---------------------------------------------------------------------------
# 1. Protokoll, regionala utvecklingsnämnden, Region Västerbotten (PDF)
# ---------------------------------------------------------------------------
def make_protokoll(path):
    st = styles()

    def on_page(c, doc):
        c.saveState()
        c.setFont(FONT, 8.5)
        c.drawString(20 * mm, H - 12 * mm, "REGION VÄSTERBOTTEN")
        c.drawRightString(W - 20 * mm, H - 12 * mm, "PROTOKOLL")
        c.drawString(20 * mm, H - 16 * mm, "Regionala utvecklingsnämnden")
        c.drawRightString(W - 20 * mm, H - 16 * mm, "Sammanträdesdatum 2025-03-18")
        c.line(20 * mm, H - 18 * mm, W - 20 * mm, H - 18 * mm)
        c.line(20 * mm, 18 * mm, W - 20 * mm, 18 * mm)
        c.drawString(20 * mm, 13 * mm, "Justerandes signatur: ________   ________")
        c.drawString(100 * mm, 13 * mm, "Utdragsbestyrkande: ________")
        c.drawRightString(W - 20 * mm, 13 * mm, "Sida %d (3)" % doc.page)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=26 * mm, bottomMargin=26 * mm,
                            title="Protokoll RUN 2025-03-18", author="Maria Öhman",
                            subject="Regionala utvecklingsnämnden")
    s = []
    P = lambda t, k="body": s.append(Paragraph(t, st[k]))
    P("Protokoll – Regionala utvecklingsnämnden", "h1")
    s.append(grid_table([
        ["Plats och tid", "Regionens hus, sal Vindeln, Umeå, tisdagen den 18 mars 2025 kl. 09.00–11.45"],
        ["Beslutande", "Anna Lindqvist (S), ordförande; Per-Olof Nyström (M), vice ordförande; "
                       "Karin Berglund (C); Jonas Åström (S); Linnea Sjöberg (V); Mikael Holmgren (KD); "
                       "Sara Wiklund (S); Erik Lundmark (SD); Frida Nilsson (L), tjänstgörande ersättare för "
                       "Tomas Eriksson (L)"],
        ["Övriga närvarande", "Helena Forsberg, regional utvecklingsdirektör; Maria Öhman, nämndsekreterare; "
                              "Daniel Strand, handläggare (§ 14–16)"],
        ["Justerare", "Karin Berglund (C)"],
        ["Justeringens plats och tid", "Regionens hus, Umeå, 2025-03-21"],
        ["Paragrafer", "§ 12–20"],
    ], [45 * mm, 120 * mm], header_bg=colors.white))
    s.append(Spacer(1, 8))

    P("§ 12 Val av justerare", "h2")
    P("Regionala utvecklingsnämnden beslutar att utse Karin Berglund (C) att jämte ordföranden justera "
      "dagens protokoll.")
    P("§ 13 Godkännande av dagordning", "h2")
    P("Nämnden godkänner dagordningen med tillägget att ärendet om budget 2026 (§ 18) behandlas före "
      "anmälan av delegationsbeslut.")

    P("§ 14 Medfinansiering av Skellefteå kompetenscentrum för batteriteknik", "h2")
    P("Diarienummer RUN 2025/0142")
    P("<b>Ärendebeskrivning</b>")
    P("Skellefteå kommun har tillsammans med Campus Skellefteå och Umeå universitet ansökt om regional "
      "medfinansiering för att etablera ett kompetenscentrum för batteriteknik. Centret ska erbjuda korta "
      "yrkesinriktade utbildningar för omställning av anställda inom tillverkningsindustrin och ta emot "
      "cirka 300 deltagare per år från 2026. Projektets totala budget är 11,8 miljoner kronor för perioden "
      "2025–2027.")
    P("<b>Beslut</b>")
    P("Regionala utvecklingsnämnden beslutar")
    P("1. att bevilja medfinansiering med högst 4 200 000 kronor för perioden 2025–2027, fördelat med "
      "1 400 000 kronor per år,")
    P("2. att beslutet gäller under förutsättning att Skellefteå kommun medfinansierar projektet med "
      "minst 2 100 000 kronor, samt")
    P("3. att medlen belastar anslaget för regionala utvecklingsmedel (1:1-medel).")
    P("Beslutet är enhälligt.")

    P("§ 15 Uppföljning av den regionala utvecklingsstrategin 2024", "h2")
    P("Diarienummer RUN 2024/0977")
    P("Regional utvecklingsdirektör Helena Forsberg redovisar uppföljningen av den regionala "
      "utvecklingsstrategin. Andelen förvärvsarbetande i åldern 20–64 år i länet uppgick till 81,9 procent "
      "år 2023, vilket är högre än riksgenomsnittet. Befolkningen ökade med 1 650 personer under 2024, "
      "främst genom inflyttning till Skellefteå och Umeå. Andelen unga som fullföljer gymnasiet inom fyra "
      "år har dock minskat till 71 procent.")
    P("<b>Beslut</b>")
    P("Nämnden tackar för informationen och lägger den till handlingarna.")

    P("§ 16 Ansökan om medfinansiering – Destination Vindelälven", "h2")
    P("Diarienummer RUN 2025/0088")
    P("<b>Ärendebeskrivning</b>")
    P("Föreningen Lapplandsturism har ansökt om 850 000 kronor för projektet Destination Vindelälven, som "
      "syftar till att utveckla året-runt-turism längs Vindelälven i Sorsele, Vindeln och Lycksele kommuner.")
    P("Förvaltningen bedömer att projektet i allt väsentligt överlappar det pågående projektet Hållbar "
      "besöksnäring Lappland, som redan finansieras av Tillväxtverket, och att ansökan inte visar någon "
      "tydlig regional nytta utöver det projektet.")
    P("<b>Yrkanden</b>")
    P("Anna Lindqvist (S) yrkar avslag i enlighet med förvaltningens förslag. Per-Olof Nyström (M) yrkar "
      "bifall till ansökan. Ordföranden ställer proposition på yrkandena och finner att nämnden beslutar "
      "enligt Anna Lindqvists yrkande.")
    P("<b>Beslut</b>")
    P("Regionala utvecklingsnämnden beslutar att avslå ansökan från Föreningen Lapplandsturism.")
    P("<b>Reservation</b>")
    P("Per-Olof Nyström (M) och Mikael Holmgren (KD) reserverar sig mot beslutet till förmån för eget "
      "yrkande.")

    P("§ 17 Anmälan av delegationsbeslut", "h2")
    P("Förteckning över delegationsbeslut fattade under perioden 2025-01-20 – 2025-03-07 anmäls. "
      "Under perioden har 14 beslut om projektbidrag fattats på delegation, till ett sammanlagt belopp "
      "av 2 315 000 kronor.")
    P("<b>Beslut</b>")
    P("Nämnden lägger anmälan till handlingarna.")

    P("§ 18 Budget 2026 för regionala utvecklingsmedel", "h2")
    P("Diarienummer RUN 2025/0156")
    P("Förvaltningen har tagit fram ett förslag till fördelning av de regionala utvecklingsmedlen för 2026. "
      "Den totala ramen uppgår till 96,5 miljoner kronor, varav 61,0 miljoner kronor är statliga "
      "1:1-medel och 35,5 miljoner kronor är regionens egna medel.")
    s.append(grid_table([
        ["Insatsområde", "Förslag 2026 (mnkr)", "Budget 2025 (mnkr)"],
        ["Företagsfrämjande insatser", "38,0", "36,5"],
        ["Kompetensförsörjning", "22,5", "19,0"],
        ["Innovation och forskning", "17,0", "17,5"],
        ["Infrastruktur och tillgänglighet", "14,0", "15,0"],
        ["Oförutsett", "5,0", "4,0"],
        ["Summa", "96,5", "92,0"],
    ], [80 * mm, 40 * mm, 40 * mm], bold_last=True))
    s.append(Spacer(1, 6))
    P("<b>Beslut</b>")
    P("Regionala utvecklingsnämnden beslutar att föreslå regionstyrelsen att fastställa fördelningen av "
      "regionala utvecklingsmedel för 2026 enligt förvaltningens förslag.")
    P("Linnea Sjöberg (V) lämnar en protokollsanteckning om att andelen för kompetensförsörjning borde "
      "ha ökats ytterligare.")

    P("§ 19 Övriga frågor", "h2")
    P("Ordföranden informerar om att nästa sammanträde hålls den 13 maj 2025 i Lycksele, med studiebesök "
      "hos Lycksele lasarett.")
    P("§ 20 Sammanträdets avslutande", "h2")
    P("Ordföranden förklarar sammanträdet avslutat kl. 11.45.")
    s.append(Spacer(1, 18))
    P("Vid protokollet: Maria Öhman, sekreterare")
    P("Justeras: Anna Lindqvist, ordförande &nbsp;&nbsp;&nbsp; Karin Berglund, justerare")
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# 2. Arbetsmarknadsutsikter Jönköpings län (PDF, canvas, avstavning)
# ---------------------------------------------------------------------------
VOWELS = set("aeiouyåäöAEIOUYÅÄÖ")


def auto_points(w):
    """Enkel svensk avstavningsregel: bryt före en konsonant som följs av en vokal."""
    if len(w) < 9 or not w.isalpha():
        return w
    out = w[0]
    for i in range(1, len(w)):
        if 3 <= i <= len(w) - 3 and w[i] not in VOWELS and w[i + 1] in VOWELS:
            out += "|"
        out += w[i]
    return out


def hyph_wrap(text, font, size, width):
    """Radbryter text; '|' i ord markerar tillåtna avstavningspunkter."""
    words = [w if "|" in w else auto_points(w) for w in text.split()]
    lines, cur = [], ""
    for w in words:
        clean = w.replace("|", "")
        trial = (cur + " " + clean).strip()
        if pdfmetrics.stringWidth(trial, font, size) <= width:
            cur = trial
            continue
        # försök avstava
        parts = w.split("|")
        done = False
        for k in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:k]) + "-"
            t2 = (cur + " " + head).strip()
            if pdfmetrics.stringWidth(t2, font, size) <= width:
                lines.append(t2)
                cur = "".join(parts[k:])
                done = True
                break
        if not done:
            lines.append(cur)
            cur = clean
    if cur:
        lines.append(cur)
    return lines


def make_utsikter(path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Af_utsikter_JKP_ht24_v3")  # typiskt intetsägande metadata-titel
    c.setAuthor("Arbetsförmedlingen")
    L, R = 25 * mm, W - 30 * mm
    width = R - L
    state = {"page": 1, "y": H - 30 * mm}

    def header_footer():
        c.setFont(FONT, 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(L, H - 14 * mm, "Arbetsförmedlingen")
        c.drawRightString(R, H - 14 * mm, "Arbetsmarknadsutsikterna hösten 2024 – Jönköpings län")
        c.line(L, H - 16 * mm, R, H - 16 * mm)
        c.line(L, 16 * mm, R, 16 * mm)
        c.drawString(L, 11 * mm, "Af 00412 – Regional prognos 2024–2026")
        c.drawRightString(R, 11 * mm, str(state["page"]))
        c.setFillColor(colors.black)

    def new_page():
        c.showPage()
        state["page"] += 1
        header_footer()
        state["y"] = H - 28 * mm

    def heading(t, size=13):
        if state["y"] < 45 * mm:
            new_page()
        state["y"] -= 6
        c.setFont(FONTB, size)
        c.drawString(L, state["y"], t)
        state["y"] -= size + 6

    def para(t, size=10.5, lead=14.5, font=None):
        f = font or FONT
        for line in hyph_wrap(t, f, size, width):
            if state["y"] < 24 * mm:
                new_page()
            c.setFont(f, size)
            c.drawString(L, state["y"], line)
            state["y"] -= lead
        state["y"] -= 6

    def table(rows, colw, size=9):
        rowh = 15
        for i, r in enumerate(rows):
            if state["y"] < 30 * mm:
                new_page()
            x = L
            top = state["y"] + 10
            for j, cell in enumerate(r):
                c.rect(x, top - rowh, colw[j], rowh, stroke=1, fill=0)
                c.setFont(FONTB if i == 0 else FONT, size)
                if j == 0:
                    c.drawString(x + 3, top - rowh + 4.5, cell)
                else:
                    c.drawRightString(x + colw[j] - 3, top - rowh + 4.5, cell)
                x += colw[j]
            state["y"] -= rowh
        state["y"] -= 12

    # --- sida 1: titelsida
    header_footer()
    c.setFont(FONTB, 22)
    c.drawString(L, H - 60 * mm, "Arbetsmarknadsutsikterna")
    c.drawString(L, H - 70 * mm, "hösten 2024")
    c.setFont(FONT, 14)
    c.drawString(L, H - 82 * mm, "Jönköpings län – prognos för 2025 och 2026")
    c.setFont(FONT, 10)
    c.drawString(L, H - 95 * mm, "Arbetsförmedlingen, Analysavdelningen – Region Syd och Småland")
    c.drawString(L, H - 101 * mm, "Publicerad 2024-12-05")
    state["y"] = H - 120 * mm
    heading("Sammanfattning")
    para("Den svaga konjunkturen har satt tydliga spår på arbets|marknaden i Jönköpings län. Länets "
         "tillverknings|industri, som står för en betydligt större andel av syssel|sättningen än i riket, "
         "har drabbats av minskad efter|frågan från framför allt Tyskland och Norden. Under 2025 väntas "
         "arbets|lösheten fortsätta att stiga något innan en åter|hämtning tar fart under 2026, när "
         "räntorna sjunker och hushållens köpkraft förbättras.")
    para("Samtidigt kvarstår en omfattande brist på arbets|kraft inom vård och omsorg, utbildning och vissa "
         "tekniska yrken. Matchnings|problemen gör att arbets|lösheten bland personer som saknar "
         "gymnasie|utbildning förblir hög även när efterfrågan på arbetskraft ökar.")

    # --- sida 2
    new_page()
    heading("1. Konjunkturläget i länet")
    para("Jönköpings län har en av Sveriges mest industri|tunga arbets|marknader. Omkring 24 procent av de "
         "sysselsatta arbetar inom tillverknings|industrin, jämfört med cirka 11 procent i riket som "
         "helhet. Det gör länet känsligt för svängningar i den inter|nationella efterfrågan. Under 2024 "
         "har framför allt trävaru-, möbel- och metall|industrin i Gnosjö|regionen och Värnamo minskat "
         "sin produktion, och varslen om upp|sägning ökade till 2 350 personer, jämfört med 1 480 år 2023.")
    para("Byggsektorn har haft en särskilt svag utveckling. Bostads|byggandet i länet har mer än halverats "
         "sedan 2022, vilket har lett till att många bygg|företag har dragit ned på personal|styrkan. "
         "Arbetsgivarna i byggsektorn räknar med att efterfrågan börjar återhämta sig först under andra "
         "halvåret 2025.")
    para("Den offentliga sektorn har i allmänhet en mer stabil syssel|sättning, men flera kommuner i länet "
         "har aviserat bespar|ingar. Region Jönköpings län planerar dock att fortsätta rekrytera inom "
         "hälso- och sjukvården, där pensions|avgångarna är stora.")
    heading("Förväntad förändring av antal sysselsatta per bransch", 11)
    table([["Bransch", "2025", "2026"],
           ["Tillverkning", "−1 200", "+400"],
           ["Byggverksamhet", "−500", "+300"],
           ["Handel", "−200", "+250"],
           ["Vård och omsorg", "+350", "+450"],
           ["Utbildning", "+100", "+150"],
           ["Privata tjänster", "+150", "+500"],
           ["Totalt, länet", "−1 300", "+2 050"]],
          [80 * mm, 35 * mm, 35 * mm])
    para("Tabellen visar Arbetsförmedlingens bedömning, avrundat till närmaste 50-tal.", size=8.5, lead=11)

    # --- sida 3
    new_page()
    heading("2. Sysselsättning och arbetslöshet")
    para("Antalet sysselsatta i länet väntas minska med omkring 1 300 personer under 2025 för att sedan öka "
         "med drygt 2 000 personer under 2026. Nedgången är koncentrerad till industri och bygg, medan "
         "vård och omsorg samt privata tjänster fortsätter att växa.")
    para("Arbetsförmedlingen bedömer att antalet inskrivna arbetslösa i Jönköpings län ökar från i "
         "genomsnitt 10 900 personer under 2024 till 11 400 personer under 2025, för att därefter minska "
         "till 10 700 personer under 2026. Det motsvarar en arbetslöshet¹ på 6,3 procent 2025 och 5,9 "
         "procent 2026, vilket är lägre än prognosen för riket (7,1 respektive 6,8 procent). Ökningen "
         "under 2025 är störst i Gislaveds och Värnamo kommuner, där industrin dominerar.")
    para("Antalet långtids|arbetslösa, det vill säga personer som varit utan arbete i mer än tolv månader, "
         "uppgick till 4 800 i oktober 2024. Det är en ökning med 600 personer på ett år. Lång|tids|"
         "arbetslösheten riskerar att bita sig fast, eftersom många av de inskrivna saknar den utbildning "
         "som efterfrågas.")
    heading("Grupper med svag ställning", 11)
    para("Utrikes födda utgör 58 procent av de inskrivna arbetslösa i länet, trots att de utgör omkring "
         "21 procent av befolkningen i arbetsför ålder. Bland unga 18–24 år är arbetslösheten 8,2 procent. "
         "Personer med funktions|nedsättning som medför nedsatt arbets|förmåga utgör cirka 19 procent av "
         "de inskrivna.")
    state["y"] = 40 * mm
    c.line(L, state["y"] + 12, L + 50 * mm, state["y"] + 12)
    para("¹ Arbetslösheten avser inskrivna arbetslösa 16–64 år (öppet arbetslösa och sökande i program med "
         "aktivitetsstöd) i procent av den registerbaserade arbetskraften.", size=8, lead=10)

    # --- sida 4
    new_page()
    heading("3. Brist på arbetskraft")
    para("Trots den svagare konjunkturen uppger 27 procent av de privata arbetsgivare som intervjuats att de "
         "har haft svårt att rekrytera under det senaste halvåret. Bristen är störst för yrken som kräver "
         "eftergymnasial utbildning eller yrkes|erfarenhet. Arbetsförmedlingen bedömer att bristen under "
         "de kommande åren är störst inom följande yrken:")
    for b in ["• Undersköterskor inom hemtjänst och äldreboende",
              "• Grundskollärare och förskollärare",
              "• CNC-operatörer och industri|tekniker",
              "• Lastbils|förare med C- och CE-behörighet",
              "• Civil|ingenjörer inom elkraft och automation",
              "• Sjuksköterskor, särskilt med specialist|utbildning"]:
        para(b, lead=13)
    para("Inom flera av dessa yrken är pensionsavgångarna stora. Till exempel beräknas en fjärdedel av "
         "undersköterskorna i länet gå i pension före 2030. Samtidigt finns det ett överskott av sökande "
         "till yrken som inte kräver någon särskild utbildning, exempelvis lager|arbetare, butikssäljare "
         "och städare.")
    heading("4. Regionala skillnader", 11)
    para("Jönköpings kommun har en mer diversifierad arbets|marknad med en stor andel offentlig sektor och "
         "logistik, vilket har dämpat nedgången. I Gnosjö, Gislaved och Vaggeryd är beroendet av "
         "underleverantörer till fordons|industrin stort, och varslen har där slagit hårdare. Eksjö, Nässjö "
         "och Tranås påverkas främst av den svaga byggsektorn.")

    # --- sida 5
    new_page()
    heading("5. Om prognosen")
    para("Prognosen bygger på Arbetsförmedlingens intervjuundersökning, där 1 150 arbetsgivare i "
         "Jönköpings län intervjuades under augusti och september 2024, samt på Arbetsförmedlingens egen "
         "statistik över inskrivna arbetssökande, lediga platser och varsel. Bedömningarna har stämts av "
         "med Region Jönköpings län och Länsstyrelsen i Jönköpings län.")
    para("Osäkerheten i prognosen är större än vanligt. Den största risken är att återhämtningen i den "
         "europeiska industrin dröjer, vilket skulle innebära att arbetslösheten i länet fortsätter att "
         "stiga även under 2026.")
    heading("Kontakt", 11)
    para("Lina Karlsson, arbetsmarknadsanalytiker, Arbetsförmedlingen Jönköping")
    para("Oskar Bengtsson, analyschef, Region Syd och Småland")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 3. Projektplan Kompetenslyft Batterivärdekedjan Norrbotten (PDF)
# ---------------------------------------------------------------------------
def make_projektplan(path):
    st = styles()

    def on_page(c, doc):
        c.saveState()
        c.setFont(FONT, 8)
        c.drawString(20 * mm, 10 * mm, "Region Norrbotten – Projektplan KBN – version 1.2, 2025-06-10")
        c.drawRightString(W - 20 * mm, 10 * mm, "s. %d" % doc.page)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title="Projektplan", author="Jonas Sundström")
    s = []
    P = lambda t, k="body": s.append(Paragraph(t, st[k]))
    P("Projektplan: Kompetenslyft Batterivärdekedjan Norrbotten (KBN)", "h1")
    P("Region Norrbotten, avdelningen för regional utveckling. Projektägare: Region Norrbotten. "
      "Samverkansparter: Luleå tekniska universitet, Arbetsförmedlingen Norrbotten, Luleå kommuns "
      "vuxenutbildning och tolv företag i batteri- och processindustrin.")
    s.append(grid_table([
        ["Projektperiod", "2025-09-01 – 2027-08-31"],
        ["Projektledare", "Jonas Sundström, Region Norrbotten"],
        ["Diarienummer", "RUN 1102-2025"],
        ["Finansiering som söks", "Europeiska regionala utvecklingsfonden (ERUF), programmet Övre Norrland"],
    ], [50 * mm, 115 * mm], header_bg=colors.white))

    P("1. Bakgrund", "h2")
    P("Etableringar inom batteri-, vätgas- och stålindustrin i Norrbotten och Västerbotten beräknas skapa "
      "behov av tusentals nya medarbetare fram till 2030. Samtidigt behöver många av de befintliga "
      "anställda i länets processindustri ny kompetens när produktionen elektrifieras. Befintliga "
      "utbildningar är ofta för långa för att passa yrkesverksamma, och det saknas kortare moduler som "
      "kan kombineras med arbete.")
    P("2. Syfte och mål", "h2")
    P("Syftet är att utveckla och pröva korta, modulbaserade utbildningar för anställda och arbetssökande "
      "som ska arbeta i batterivärdekedjan. Projektets mål är att")
    P("• minst 60 deltagare genomgår pilotutbildningen, varav minst 40 procent kvinnor,<br/>"
      "• minst 12 företag deltar aktivt i utformningen av utbildningsmodulerna,<br/>"
      "• sex utbildningsmoduler om vardera 7,5 högskolepoäng eller motsvarande tas fram, och<br/>"
      "• modulerna efter projektets slut förs över till ordinarie verksamhet hos LTU och "
      "Luleå kommuns vuxenutbildning.")

    P("3. Organisation", "h2")
    P("Projektet leds av en styrgrupp med Eva Marklund, regional utvecklingsdirektör i Region Norrbotten, "
      "som ordförande. I styrgruppen ingår även Peter Lindgren (Luleå tekniska universitet), Anneli "
      "Johansson (Arbetsförmedlingen Norrbotten) och Magnus Öberg (Luleå kommun). Styrgruppen sammanträder "
      "fyra gånger per år. Projektledaren Jonas Sundström ansvarar för den löpande verksamheten och "
      "rapporterar till styrgruppen.")

    P("4. Tidplan", "h2")
    P("Aktiviteterna genomförs enligt nedanstående tidplan (X = aktivitet pågår under halvåret).")
    s.append(grid_table([
        ["Aktivitet", "H2 2025", "H1 2026", "H2 2026", "H1 2027", "H2 2027"],
        ["A1 Kartläggning av kompetensbehov hos företagen", "X", "", "", "", ""],
        ["A2 Utveckling av utbildningsmoduler", "", "X", "X", "", ""],
        ["A3 Rekrytering av deltagare", "", "X", "", "", ""],
        ["A4 Pilotutbildning (60 deltagare)", "", "", "X", "X", ""],
        ["A5 Extern utvärdering", "", "", "X", "X", "X"],
        ["A6 Överföring till ordinarie verksamhet", "", "", "", "X", "X"],
        ["A7 Spridning och slutkonferens i Luleå", "", "", "", "", "X"],
    ], [70 * mm, 19 * mm, 19 * mm, 19 * mm, 19 * mm, 19 * mm]))
    P("Slutkonferensen planeras till juni 2027. Projektets slutrapport lämnas till Tillväxtverket senast "
      "2027-10-31.", "small")

    P("5. Budget", "h2")
    P("Budgeten omfattar projektets stödberättigande kostnader i kronor.")
    s.append(grid_table([
        ["Kostnadsslag", "2025", "2026", "2027", "Totalt"],
        ["Personal", "1 250 000", "3 100 000", "2 300 000", "6 650 000"],
        ["Externa tjänster", "400 000", "1 800 000", "900 000", "3 100 000"],
        ["Resor", "80 000", "220 000", "150 000", "450 000"],
        ["Lokaler och utrustning", "150 000", "600 000", "200 000", "950 000"],
        ["Indirekta kostnader (15 % av personal)", "187 500", "465 000", "345 000", "997 500"],
        ["Summa", "2 067 500", "6 185 000", "3 895 000", "12 147 500"],
    ], [62 * mm, 26 * mm, 26 * mm, 26 * mm, 30 * mm], bold_last=True))
    s.append(Spacer(1, 6))
    P("5.1 Finansieringsplan", "h3")
    s.append(grid_table([
        ["Finansiär", "Andel", "Belopp (kr)"],
        ["ERUF", "50 %", "6 073 750"],
        ["Region Norrbotten", "25 %", "3 036 875"],
        ["Luleå tekniska universitet", "15 %", "1 822 125"],
        ["Deltagande företag (arbetstid, in natura)", "10 %", "1 214 750"],
        ["Summa", "100 %", "12 147 500"],
    ], [90 * mm, 25 * mm, 40 * mm], bold_last=True))

    P("6. Risker", "h2")
    s.append(grid_table([
        ["Risk", "Sannolikhet", "Konsekvens", "Åtgärd"],
        ["För få deltagare anmäler sig", "Medel", "Hög", "Tidig rekrytering via Arbetsförmedlingen och "
                                                            "företagens HR-avdelningar"],
        ["Företag drar sig ur på grund av konjunkturen", "Hög", "Medel", "Avtal om deltagande tecknas "
                                                                           "med minst 15 företag"],
        ["Låg andel kvinnor bland deltagarna", "Medel", "Medel", "Riktad information och "
                                                                  "förebilder i marknadsföringen"],
        ["Modulerna tas inte över efter projektet", "Låg", "Hög", "Avsiktsförklaring med LTU och "
                                                                   "vuxenutbildningen före start"],
    ], [50 * mm, 25 * mm, 25 * mm, 70 * mm]))
    P("7. Uppföljning och utvärdering", "h2")
    P("Projektet följs upp kvartalsvis mot målen. En extern utvärderare upphandlas under första halvåret "
      "2026 och ska lämna en halvtidsrapport i december 2026 och en slutrapport i augusti 2027.")
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# 4. Delegationsordning, Region Örebro län (DOCX)
# ---------------------------------------------------------------------------
def make_delegationsordning(path):
    import datetime
    from docx import Document
    from docx.shared import Pt

    d = Document()
    cp = d.core_properties
    cp.title = "Delegationsordning RUN 2025"
    cp.author = "Sofia Pettersson"
    cp.created = datetime.datetime(2024, 11, 28, 10, 0)
    cp.subject = "Regionala utvecklingsnämnden"
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)

    d.add_paragraph("Region Örebro län\nRegionala utvecklingsnämnden")
    d.add_heading("Delegationsordning för regionala utvecklingsnämnden", 0)
    d.add_paragraph("Fastställd av regionala utvecklingsnämnden 2024-12-10, § 87. Gäller från och med "
                    "2025-01-01 och ersätter delegationsordningen fastställd 2023-02-14, § 9. "
                    "Diarienummer 24RS8812.")

    d.add_heading("1. Allmänna bestämmelser", 1)
    d.add_paragraph("Nämnden får enligt 6 kap. 37 § kommunallagen (2017:725) uppdra åt presidiet, en "
                    "ledamot eller ersättare eller åt en anställd att besluta på nämndens vägnar i ett visst "
                    "ärende eller en viss grupp av ärenden. Delegaten får inte besluta i ärenden av "
                    "principiell beskaffenhet eller annars av större vikt.")
    d.add_paragraph("Beslut som fattas med stöd av delegation ska anmälas till nämnden vid närmast "
                    "följande sammanträde. Anmälan sker genom en förteckning som sekreteraren sammanställer.")
    d.add_paragraph("Vidaredelegation är endast tillåten där det anges med markeringen VD i kolumnen "
                    "Anmärkning. Den som vidaredelegerar ska anmäla detta till regionala "
                    "utvecklingsdirektören.")
    d.add_paragraph("Vid delegatens frånvaro övertas beslutanderätten av angiven ersättare. Saknas "
                    "ersättare går ärendet till närmast överordnad chef.")

    d.add_heading("2. Delegationsförteckning", 1)
    rows = [
        ("Nr", "Ärende", "Delegat", "Ersättare", "Anmärkning"),
        ("2.1", "Beslut om projektbidrag ur regionala utvecklingsmedel upp till och med 500 000 kr",
         "Regional utvecklingsdirektör", "Avdelningschef Näringsliv", "VD till enhetschef upp till 150 000 kr"),
        ("2.2", "Beslut om projektbidrag ur regionala utvecklingsmedel 500 001 – 2 000 000 kr",
         "Nämndens presidium", "Ordförande", "Beslutet fattas efter föredragning av handläggare"),
        ("2.3", "Beslut om projektbidrag över 2 000 000 kr", "Ej delegerat – beslutas av nämnden", "–", "–"),
        ("2.4", "Beslut om företagsstöd (regionalt investeringsstöd, konsultcheckar) upp till 1 000 000 kr",
         "Avdelningschef Näringsliv", "Regional utvecklingsdirektör", "VD"),
        ("2.5", "Beslut om återkrav av utbetalt stöd", "Regional utvecklingsdirektör", "Avdelningschef "
         "Näringsliv", "Återkrav över 1 000 000 kr beslutas av nämnden"),
        ("3.1", "Yttrande över remisser av mindre vikt", "Regional utvecklingsdirektör", "Ordförande", "–"),
        ("3.2", "Beslut i ärenden som är så brådskande att nämndens beslut inte kan avvaktas "
         "(6 kap. 39 § KL)", "Ordförande", "Förste vice ordförande", "Anmäls vid nästa sammanträde"),
        ("4.1", "Tecknande av avtal om medfinansiering med Tillväxtverket och andra statliga myndigheter",
         "Regional utvecklingsdirektör", "Avdelningschef Näringsliv", "–"),
        ("4.2", "Direktupphandling upp till 700 000 kr", "Avdelningschef", "Regional utvecklingsdirektör",
         "VD till enhetschef upp till 100 000 kr"),
        ("4.3", "Upphandling över 700 000 kr (beslut om tilldelning)", "Regional utvecklingsdirektör",
         "Ordförande", "Samråd med upphandlingsenheten"),
        ("5.1", "Anställning av avdelningschef", "Regional utvecklingsdirektör", "–",
         "Efter samråd med HR-direktör"),
        ("5.2", "Beviljande av tjänstledighet längre än sex månader", "Avdelningschef", "HR-chef", "VD"),
        ("6.1", "Utlämnande av allmän handling – beslut att inte lämna ut eller lämna ut med förbehåll",
         "Regional utvecklingsdirektör", "Chefsjurist", "–"),
    ]
    t = d.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = v
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True

    d.add_heading("3. Beloppsgränser och sammanräkning", 1)
    d.add_paragraph("Beloppsgränserna avser det totala beviljade beloppet för hela projektperioden, inte "
                    "årsbelopp. Flera ansökningar från samma sökande som avser samma insats ska räknas "
                    "samman. Alla belopp anges exklusive mervärdesskatt.")
    d.add_heading("4. Kontakt", 1)
    d.add_paragraph("Frågor om delegationsordningen besvaras av Sofia Pettersson, nämndsekreterare, "
                    "tfn 019-602 10 00.")
    d.save(path)


# ---------------------------------------------------------------------------
# 5. Förfrågningsunderlag, Region Skåne (TXT)
# ---------------------------------------------------------------------------
UPPHANDLING = """\
REGION SKÅNE
Avdelningen för regional utveckling
Dnr RS 2025-00412

==========================================================================
FÖRFRÅGNINGSUNDERLAG
Upphandling av extern utvärdering av projektet "Kompetensnav Skåne"
Förenklat förfarande enligt 19 kap. LOU (2016:1145)
==========================================================================

Datum: 2025-03-31
Upphandlare: Henrik Ljungberg, upphandlingsenheten, Region Skåne
Sakkunnig beställare: Johanna Malmberg, projektledare Kompetensnav Skåne

--------------------------------------------------------------------------
1. ORIENTERING
--------------------------------------------------------------------------
Region Skåne bjuder in leverantörer att lämna anbud på extern utvärdering
av projektet Kompetensnav Skåne. Projektet delfinansieras av Europeiska
socialfonden (ESF+) och pågår 2025-02-01 -- 2027-12-31. Projektet ska
stärka samverkan mellan kommunernas vuxenutbildning, Arbetsförmedlingen
och arbetsgivare i nordöstra och sydvästra Skåne, med fokus på
omställning av korttidsutbildade.

Projektets totala budget är 38,4 miljoner kronor. I projektet deltar
Kristianstads, Hässleholms, Trelleborgs och Landskrona kommuner.

--------------------------------------------------------------------------
2. TIDPLAN FÖR UPPHANDLINGEN
--------------------------------------------------------------------------
  Annonsering i TendSign ............................ 2025-03-31
  Sista dag för frågor från anbudsgivare ............ 2025-04-20
  Sista anbudsdag ................................... 2025-04-30
  Beräknat tilldelningsbeslut ....................... 2025-05-16
  Beräknad avtalsstart .............................. 2025-06-01

Frågor ställs endast via TendSign. Svar publiceras anonymiserade för
samtliga anbudsgivare senast sex dagar före sista anbudsdag.
Anbud ska vara giltiga till och med 2025-08-31.

--------------------------------------------------------------------------
3. UPPDRAGETS OMFATTNING
--------------------------------------------------------------------------
Utvärderingen ska vara lärande och processinriktad och pågå under hela
projekttiden. Utvärderaren ska bland annat:

  a) följa projektets genomförande och återföra iakttagelser till
     projektledning och styrgrupp minst två gånger per år,
  b) bedöma i vilken mån projektet når sina mål om 450 deltagare och
     att 60 procent av deltagarna ska gå vidare till arbete eller
     studier inom 90 dagar efter avslutad insats,
  c) analysera hur samverkansstrukturerna kan leva vidare efter
     projektets slut.

Leveranser:
  - Startrapport med utvärderingsdesign ............. 2025-08-29
  - Halvtidsrapport ................................. 2026-06-15
  - Slutrapport ..................................... 2027-11-30
Samtliga rapporter ska skrivas på svenska och slutrapporten ska även ha
en sammanfattning på engelska.

--------------------------------------------------------------------------
4. AVTALSTID OCH VÄRDE
--------------------------------------------------------------------------
Avtalet gäller från 2025-06-01 till och med 2027-12-31, med möjlighet
för Region Skåne att förlänga avtalet med högst 12 månader. Det
uppskattade värdet för hela avtalstiden är 1 200 000 kronor exklusive
moms. Anbud som överstiger 1 400 000 kronor exklusive moms kommer inte
att utvärderas.

--------------------------------------------------------------------------
5. KRAV PÅ ANBUDSGIVAREN (KVALIFICERING)
--------------------------------------------------------------------------
  5.1 Anbudsgivaren ska ha genomfört minst två utvärderingar av projekt
      finansierade av ESF, ESF+ eller ERUF under de senaste fem åren.
      Referenser ska bifogas.
  5.2 Ansvarig utvärderare ska ha minst fem års erfarenhet av
      utvärdering samt forskarutbildning eller motsvarande kompetens.
  5.3 Anbudsgivaren ska ha en omsättning på minst 2 miljoner kronor per
      år under de två senaste räkenskapsåren.
  5.4 Anbudsgivaren får inte ha skatteskulder eller vara föremål för
      uteslutningsgrund enligt 13 kap. LOU.

--------------------------------------------------------------------------
6. UTVÄRDERING AV ANBUD
--------------------------------------------------------------------------
Anbuden utvärderas enligt grunden bästa förhållandet mellan pris och
kvalitet. Viktning:

  Kriterium                                   Vikt
  ------------------------------------------  -----
  Pris (fast pris för hela uppdraget)          30 %
  Kvalitet: metodbeskrivning och upplägg       40 %
  Kvalitet: teamets kompetens och erfarenhet   30 %
  ------------------------------------------  -----
  Summa                                       100 %

Kvalitetskriterierna bedöms av en bedömningsgrupp med tre personer på
skalan 0-5 poäng. Ett anbud som får 0 poäng på något kvalitetskriterium
förkastas.

--------------------------------------------------------------------------
7. ÖVRIGT
--------------------------------------------------------------------------
Fakturering sker kvartalsvis i efterskott. Betalningsvillkor 30 dagar.
Vid försenad leverans av halvtidsrapport eller slutrapport utgår vite
med 2 000 kronor per påbörjad arbetsdag, dock högst 50 000 kronor.

Region Skåne, upphandlingsenheten
Henrik Ljungberg
"""


# ---------------------------------------------------------------------------
# 6. Sammanställning av företagsbesök, Gävleborg (MD)
# ---------------------------------------------------------------------------
FORETAGSBESOK = """\
# Företagsbesök hösten 2024 – kompetensbehov i Gävleborgs industri och vård

*Region Gävleborg, enheten för kompetensförsörjning, i samarbete med Arbetsförmedlingen Gävle.*
*Sammanställd av Emma Holm (Region Gävleborg) och Ali Hassan (Arbetsförmedlingen), 2024-12-02.*

## Om besöken

Mellan den 7 oktober och den 22 november 2024 besökte vi sju arbetsgivare i länet. Syftet var att
förstå deras rekryteringsbehov de kommande tolv månaderna och vilka utbildningar som saknas i
närområdet. Varje besök tog cirka två timmar och innehöll en intervju med vd eller HR-ansvarig samt
en rundvandring i verksamheten.

## Översikt

| Företag | Ort | Anställda | Rekryteringsbehov 12 mån | Svårast att rekrytera |
|---|---|---|---|---|
| Hofors Stålteknik AB | Hofors | 210 | 12 | Underhållstekniker, elektriker |
| Bollnäs Trä & Bygg AB | Bollnäs | 85 | 6 | Snickare med B-körkort |
| Söderhamns Elmontage AB | Söderhamn | 48 | 8 | Behöriga elinstallatörer |
| Gävle Hamnlogistik AB | Gävle | 320 | 25 | Truckförare, fordonsmekaniker |
| Ljusdals Mekaniska AB | Ljusdal | 140 | 18 | CNC-operatörer |
| Hudiksvalls Vård & Omsorg (kommunal verksamhet) | Hudiksvall | 610 | 40 | Undersköterskor, sjuksköterskor |
| Ockelbo Plast AB | Ockelbo | 37 | 3 | Processoperatörer |

Sammanlagt räknar de sju arbetsgivarna med att rekrytera 112 personer under det kommande året.

## Anteckningar per besök

### Hofors Stålteknik AB (besök 2024-10-07)

Företaget har investerat 60 miljoner kronor i en ny ugnslinje och behöver fler underhållstekniker
med kunskap om automation. Vd Lars Gustafsson berättade att de i dag får ta in konsulter från
Stockholm för elarbete, vilket är dyrt. "Vi skulle gärna ta emot praktikanter från en yrkeshögskola
om det fanns en här", sa han.

### Bollnäs Trä & Bygg AB (besök 2024-10-15)

Byggkonjunkturen är svag, men företaget har fortsatt efterfrågan på renoveringar. Körkort är det
stora hindret: många unga sökande saknar B-körkort, och då kan de inte ta sig till byggarbetsplatser
på landsbygden.

### Söderhamns Elmontage AB (besök 2024-10-23)

Har tackat nej till uppdrag för ungefär 4 miljoner kronor under 2024 eftersom de inte har haft
tillräckligt många behöriga elektriker. Lärlingsplatser finns, men skolan i Söderhamn har för få
elever på el- och energiprogrammet.

### Gävle Hamnlogistik AB (besök 2024-11-04)

Största rekryteringsbehovet bland de besökta. Hamnen expanderar containerterminalen och behöver
25 personer, främst truckförare och fordonsmekaniker. HR-chef Petra Sandberg vill gärna samarbeta
med Arbetsförmedlingen om en arbetsmarknadsutbildning för truckförare med start våren 2025.

### Ljusdals Mekaniska AB (besök 2024-11-08)

Ljusdals Mekaniska planerar att anställa 15 CNC-operatörer under 2025 i samband med att en ny
produktionshall tas i bruk. Totalt bedömer företaget att 18 personer behöver rekryteras. Företaget
samarbetar redan med Ljusdals vuxenutbildning om en yrkesutbildning, men den har bara tolv
platser per år. Produktionschef Anders Persson: "Vi anställer hellre någon med rätt inställning och
lär upp dem själva än väntar på en färdig CNC-operatör."

### Hudiksvalls Vård & Omsorg (besök 2024-11-14)

Kommunens vård och omsorg behöver rekrytera omkring 40 personer, till stor del på grund av
pensionsavgångar. Krav på språkkunskaper (svenska på nivå B2 för undersköterskor) gör att många
utrikes födda sökande inte kan anställas direkt. Förvaltningen vill utöka språkstödet i
vård- och omsorgsutbildningen.

### Ockelbo Plast AB (besök 2024-11-22)

Litet företag med stabil orderingång. Behöver tre processoperatörer. Upplever svårigheter att
locka sökande till orten, och efterfrågar bättre kollektivtrafik mellan Gävle och Ockelbo.

## Gemensamma iakttagelser

1. **Brist på tekniska yrkesutbildningar nära arbetsplatsen.** Fem av sju arbetsgivare saknar en
   yrkesutbildning i den egna kommunen.
2. **Körkort och pendling** är ett hinder för rekrytering, särskilt i Bollnäs och Ockelbo.
3. **Språkkrav** begränsar möjligheten att anställa utrikes födda, främst inom vård och omsorg.
4. **Intresse för validering** – tre arbetsgivare vill kunna validera de anställdas kunskaper för
   att få fram formella behörigheter.

## Förslag till åtgärder

- Undersöka möjligheten att starta en YH-utbildning till underhållstekniker i Hofors eller Sandviken
  tillsammans med Region Gävleborgs YH-samordnare.
- Arbetsförmedlingen Gävle planerar en arbetsmarknadsutbildning för truckförare (20 platser) under
  våren 2025.
- Utöka platserna på CNC-utbildningen i Ljusdal från 12 till 24 genom regional yrkesvux.
- Ta upp frågan om kollektivtrafik Gävle–Ockelbo med X-trafik.

*Nästa uppföljning med företagen planeras till maj 2025.*
"""


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_protokoll(os.path.join(out, "Protokoll_RUN_2025-03-18_Region_Vasterbotten.pdf"))
    make_utsikter(os.path.join(out, "Arbetsmarknadsutsikter_Jonkopings_lan_hosten_2024.pdf"))
    make_projektplan(os.path.join(out, "Projektplan_KBN_Norrbotten_v1.2.pdf"))
    make_delegationsordning(os.path.join(out, "Delegationsordning_RUN_Region_Orebro_lan_2025.docx"))
    with open(os.path.join(out, "Forfragningsunderlag_utvardering_Kompetensnav_Skane.txt"), "w",
              encoding="utf-8") as f:
        f.write(UPPHANDLING)
    with open(os.path.join(out, "Foretagsbesok_Gavleborg_hosten_2024.md"), "w", encoding="utf-8") as f:
        f.write(FORETAGSBESOK)
    for n in sorted(os.listdir(out)):
        print(n, os.path.getsize(os.path.join(out, n)))


if __name__ == "__main__":
    main()
