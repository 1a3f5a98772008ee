#!/usr/bin/env python3
"""r197 – 'Skjutsen' (anropsstyrd landsbygdstrafik i Sörmland) in six documents.

Usage: r197_make_files.py OUT_DIR

Deterministic: no timestamps from the clock, no randomness.

Documents (oldest first):
  1. Skjutsen_lattlast_A4_Canva.pdf          – Canva-made easy-to-read (lättläst) flyer, mars 2027
  2. TED_312485-2027_Andring_Skjutsen.pdf     – TED eForms change notice of the traffic procurement, april 2027
  3. Outlook_Skjutsen_kalenderobjekt.txt      – four Outlook calendar items saved together as one text file
  4. Beslut_andring_RUN_2027-142_Skjutsen.docx – change decision whose new values are w:fldSimple DOCPROPERTY fields
  5. skjutsen_uppfoljning_2028-03.md          – Jupyter notebook exported with nbconvert --to markdown
  6. Nyhetsbrev_Kollektivtrafik_april_2028_klartext.txt – Mailchimp plain-text version of a newsletter
"""
import os
import sys
import zipfile

from reportlab.lib.colors import HexColor, white, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTDIR = "/usr/share/fonts/truetype/liberation/"


def _fonts():
    for name, fn in (("Lato", "LiberationSans-Regular.ttf"),
                     ("Lato-Bold", "LiberationSans-Bold.ttf"),
                     ("Arial", "LiberationSans-Regular.ttf"),
                     ("Arial-Bold", "LiberationSans-Bold.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))


def _meta(c, title, author, creator, producer, date):
    info = c._doc.info
    info.title = title
    info.author = author
    info.creator = creator
    info.producer = producer
    info.subject = ""
    info._dateFormatter = lambda *a: date


# ---------------------------------------------------------------------------
# 1. Canva lättläst flyer: every word is its own text object (BT/Tm/Tj/ET),
#    no space characters anywhere, elements drawn in Canva's layer order
#    (not reading order).
# ---------------------------------------------------------------------------
def make_flyer(path):
    _fonts()
    W, H = 595.5, 842.25
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1, pageCompression=1)
    _meta(c, "Skjutsen lättläst (A4)", "Cecilia Lund", "Canva", "Canva",
          "D:20270315091204+00'00'")

    def words(x, y, text, font="Lato", size=16, color=black):
        sw = pdfmetrics.stringWidth(" ", font, size)
        for w in text.split():
            c.setFillColor(color)
            c.setFont(font, size)
            c.drawString(x, y, w)
            x += pdfmetrics.stringWidth(w, font, size) + sw

    def lines(x, y, rows, font="Lato", size=16, lead=1.45, color=black):
        for r in rows:
            if r:
                words(x, y, r, font, size, color)
            y -= size * lead
        return y

    navy = HexColor("#1d3557")
    teal = HexColor("#2a9d8f")
    sand = HexColor("#f4ede1")

    # ---------------- page 1 ----------------
    # layer 1: background shapes
    c.setFillColor(sand)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(teal)
    c.rect(0, H - 190, W, 190, stroke=0, fill=1)
    # layer 2: footer element (added first in the template)
    c.setFillColor(navy)
    c.rect(0, 0, W, 70, stroke=0, fill=1)
    words(40, 38, "Läs mer på regionsormland.se/skjutsen", "Lato", 13, white)
    c.setFillColor(white)
    c.rect(W - 100, 10, 52, 52, stroke=0, fill=1)
    c.setFillColor(black)
    for i in range(6):
        for j in range(6):
            if (i * 7 + j * 3) % 4 in (0, 1):
                c.rect(W - 96 + i * 7.5, 14 + j * 7.5, 6.5, 6.5, stroke=0, fill=1)
    # layer 3: the three municipality boxes (side by side)
    bx = [40, 215, 390]
    heads = ["Flens kommun", "Vingåkers kommun", "Gnesta kommun"]
    bodies = [["Sparreholm,", "Hälleforsnäs", "och Mellösa"],
              ["Baggetorp,", "Högsjö och", "Österåker"],
              ["Stjärnhov och", "Björnlunda"]]
    for x0, hd, bd in zip(bx, heads, bodies):
        c.setFillColor(white)
        c.setStrokeColor(teal)
        c.setLineWidth(2)
        c.roundRect(x0, 120, 165, 130, 12, stroke=1, fill=1)
        words(x0 + 14, 222, hd, "Lato-Bold", 15, navy)
        lines(x0 + 14, 194, bd, "Lato", 15, 1.4)
    words(40, 268, "Här kör Skjutsen:", "Lato-Bold", 18, navy)
    # layer 4: body text
    y = lines(40, 600, [
        "Skjutsen är en ny sorts kollektivtrafik.",
        "Du bokar din resa innan du åker.",
        "En bil hämtar dig nära ditt hem.",
        "Bilen kör dig till en knutpunkt,",
        "till exempel en tågstation.",
        "Där kan du byta till buss eller tåg.",
    ], "Lato", 17)
    c.setFillColor(white)
    c.roundRect(40, 318, 515, 92, 14, stroke=0, fill=1)
    words(60, 378, "Skjutsen börjar köra", "Lato", 20, navy)
    words(60, 346, "måndag den 16 augusti 2027.", "Lato-Bold", 24, navy)
    # bus-stop pictogram (vector only)
    c.setFillColor(teal)
    c.circle(505, 364, 28, stroke=0, fill=1)
    c.setFillColor(white)
    c.rect(490, 352, 30, 20, stroke=0, fill=1)
    c.circle(496, 349, 4, stroke=0, fill=1)
    c.circle(514, 349, 4, stroke=0, fill=1)
    # layer 5 (last added): heading
    words(40, H - 95, "Skjutsen", "Lato-Bold", 54, white)
    words(40, H - 140, "En ny sorts resa på landsbygden", "Lato", 24, white)
    words(40, H - 170, "Lättläst information", "Lato", 14, white)
    c.showPage()

    # ---------------- page 2 ----------------
    c.setFillColor(sand)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    # footer first
    c.setFillColor(navy)
    c.rect(0, 0, W, 70, stroke=0, fill=1)
    words(40, 44, "Skjutsen är ett projekt med Flens kommun, Vingåkers kommun,", "Lato", 11, white)
    words(40, 29, "Gnesta kommun och Region Sörmland.", "Lato", 11, white)
    words(W - 110, 29, "Mars 2027", "Lato", 11, white)
    # 'Svåra ord' box (right column)
    c.setFillColor(white)
    c.setStrokeColor(navy)
    c.setLineWidth(1.5)
    c.roundRect(320, 95, 235, 250, 12, stroke=1, fill=1)
    words(336, 318, "Svåra ord", "Lato-Bold", 18, navy)
    words(336, 290, "Anropsstyrd trafik", "Lato-Bold", 14)
    lines(336, 270, ["Trafik som bara kör", "när någon har bokat en resa."], "Lato", 14, 1.35)
    words(336, 222, "Knutpunkt", "Lato-Bold", 14)
    lines(336, 202, ["En plats där du kan byta", "till buss eller tåg."], "Lato", 14, 1.35)
    words(336, 154, "Beställningscentral", "Lato-Bold", 14)
    lines(336, 134, ["Dit ringer du", "när du bokar en resa."], "Lato", 14, 1.35)
    # contact box (left column, bottom)
    c.setFillColor(HexColor("#e9f5f3"))
    c.roundRect(40, 95, 260, 150, 12, stroke=0, fill=1)
    lines(56, 215, ["Har du frågor?", ], "Lato-Bold", 17)
    lines(56, 190, ["Ring Cecilia Lund,", "projektledare i Flens kommun.", "Telefon: 0157-43 01 32"], "Lato", 14, 1.45)
    # main column
    y = H - 70
    words(40, y, "Så bokar du", "Lato-Bold", 22, navy)
    c.setFillColor(teal)
    c.circle(520, y - 20, 24, stroke=0, fill=1)
    c.setFillColor(white)
    c.roundRect(511, y - 36, 18, 32, 4, stroke=0, fill=1)
    y = lines(40, y - 30, [
        "Ring beställningscentralen",
        "på telefon 0150-48 20 00",
        "eller boka i appen Skjutsen.",
        "Boka minst 2 timmar",
        "innan du vill åka.",
    ], "Lato", 16)
    words(40, y - 6, "Det här kostar det", "Lato-Bold", 22, navy)
    y = lines(40, y - 36, [
        "En resa kostar 25 kronor.",
        "Barn under 7 år åker gratis",
        "tillsammans med en vuxen.",
    ], "Lato", 16)
    words(40, y - 6, "När kör Skjutsen?", "Lato-Bold", 22, navy)
    y = lines(40, y - 36, [
        "Måndag till fredag",
        "klockan 6 till 20.",
        "Skjutsen kör inte på helger.",
    ], "Lato", 16)
    words(40, y - 6, "Får jag ta med …?", "Lato-Bold", 22, navy)
    lines(40, y - 36, [
        "Rullator och rullstol: ja.",
        "Ledarhund: ja.",
        "Andra hundar: ja, om hunden",
        "ligger i en bur.",
    ], "Lato", 16)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 2. TED eForms change notice (PDF as rendered by the TED viewer)
# ---------------------------------------------------------------------------
TED_NO = "312485-2027"
PROC_ID = "8c41d2e6-5b7a-4f0e-9a63-2f1e7b9d4c15"

TED_BODY = [
    ("H1", "1. Köpare"),
    ("H2", "1.1. Köpare"),
    ("KV", "Officiellt namn", "Region Sörmland"),
    ("KV", "Juridisk form för köparen", "Regional eller lokal myndighet"),
    ("KV", "Verksamhet som den upphandlande myndigheten bedriver", "Allmän offentlig förvaltning"),
    ("H1", "2. Förfarande"),
    ("H2", "2.1. Förfarande"),
    ("KV", "Titel", "Anropsstyrd landsbygdstrafik med elfordon – Skjutsen"),
    ("KV", "Beskrivning", "Region Sörmland upphandlar, i egenskap av regional kollektivtrafikmyndighet, "
     "anropsstyrd trafik med eldrivna fordon på landsbygden inom projektet Skjutsen. Trafiken utförs "
     "endast när en resa har förbokats av resenären via beställningscentralen eller app. Trafiken ansluter "
     "till buss och tåg vid knutpunkter."),
    ("KV", "Förfarandets identifierare", PROC_ID),
    ("KV", "Internt id", "RS 2027/0318"),
    ("KV", "Typ av förfarande", "Öppet förfarande"),
    ("KV", "Förfarandet är påskyndat", "nej"),
    ("H3", "2.1.1. Syfte"),
    ("KV", "Kontraktets huvudsakliga art", "Tjänster"),
    ("KV", "Huvudsaklig klassificering (cpv)", "60112000 Kollektivtrafik på väg"),
    ("KV", "Kompletterande klassificering (cpv)", "60130000 Särskild persontransport på väg"),
    ("H3", "2.1.2. Plats för utförande"),
    ("KV", "Land, underavdelning (NUTS)", "Södermanlands län (SE122)"),
    ("KV", "Land", "Sverige"),
    ("H3", "2.1.3. Värde"),
    ("KV", "Uppskattat värde exklusive moms", "11 600 000,00 SEK"),
    ("H3", "2.1.4. Allmän information"),
    ("KV", "Rättslig grund", ""),
    ("P", "Direktiv 2014/24/EU"),
    ("P", "lag (2016:1145) om offentlig upphandling"),
    ("H1", "5. Del"),
    ("H2", "5.1. Del: LOT-0001"),
    ("KV", "Titel", "Del 1 – Flen och Vingåker"),
    ("KV", "Beskrivning", "Anropsstyrd trafik vardagar inom Flens kommun (Sparreholm, Hälleforsnäs, "
     "Mellösa) och Vingåkers kommun (Baggetorp, Högsjö, Österåker) med anslutning till knutpunkterna "
     "Flens resecentrum och Vingåkers station. Leverantören ska tillhandahålla minst 5 eldrivna fordon, "
     "varav minst 1 rullstolsanpassat fordon, med plats för minst 6 resenärer per fordon."),
    ("KV", "Internt id", "LOT-0001"),
    ("H3", "5.1.1. Syfte"),
    ("KV", "Kontraktets huvudsakliga art", "Tjänster"),
    ("KV", "Huvudsaklig klassificering (cpv)", "60112000 Kollektivtrafik på väg"),
    ("H3", "5.1.2. Plats för utförande"),
    ("KV", "Land, underavdelning (NUTS)", "Södermanlands län (SE122)"),
    ("KV", "Land", "Sverige"),
    ("H3", "5.1.3. Beräknad varaktighet"),
    ("KV", "Startdatum", "04/10/2027"),
    ("KV", "Slutdatum för varaktighet", "31/12/2029"),
    ("H3", "5.1.4. Förlängning"),
    ("KV", "Maximalt antal förlängningar", "1"),
    ("KV", "Köparen förbehåller sig rätten till ytterligare inköp från entreprenören, enligt "
     "beskrivningen här", "Förlängning med högst 12 månader. Option på trafik lördagar. Option på "
     "utökning till ytterligare orter i angränsande kommuner."),
    ("H3", "5.1.6. Allmän information"),
    ("KV", "Upphandlingen omfattas av avtalet om offentlig upphandling (GPA)", "ja"),
    ("H3", "5.1.10. Tilldelningskriterier"),
    ("KV", "Kriterium", ""),
    ("KV", "Typ", "Pris"),
    ("KV", "Beskrivning", "Anbudspris per trafiktimme enligt prisbilaga"),
    ("KV", "Kategori av tilldelningskriteriets vikt", "Viktning (procent, exakt)"),
    ("KV", "Tilldelningskriteriets numeriska värde", "60"),
    ("KV", "Kriterium", ""),
    ("KV", "Typ", "Kvalitet"),
    ("KV", "Beskrivning", "Kvalitet i bokning, kundbemötande och fordon enligt utvärderingsmodell i "
     "upphandlingsdokumenten"),
    ("KV", "Kategori av tilldelningskriteriets vikt", "Viktning (procent, exakt)"),
    ("KV", "Tilldelningskriteriets numeriska värde", "40"),
    ("H3", "5.1.11. Upphandlingsdokument"),
    ("KV", "Adress till upphandlingsdokumenten",
     "https://upphandling.regionsormland.se/annons/RS-2027-0318"),
    ("H3", "5.1.12. Villkor för upphandling"),
    ("KV", "Villkor för inlämning", ""),
    ("KV", "Elektronisk inlämning", "Krävs"),
    ("KV", "Språk på vilka anbud eller anbudsansökningar får lämnas in", "svenska"),
    ("KV", "Sista dag för mottagande av anbud",
     "17/05/2027 12:00:00 (UTC+02:00) Centraleuropeisk tid, Västeuropeisk sommartid"),
    ("KV", "Information om öppnande av anbud",
     "17/05/2027 13:00:00 (UTC+02:00) Centraleuropeisk tid, Västeuropeisk sommartid"),
    ("KV", "Anbudets giltighetstid", "6 Månad"),
    ("H3", "5.1.15. Teknikstöd"),
    ("KV", "Elektronisk fakturering", "Krävs"),
    ("KV", "Elektronisk beställning kommer att användas", "nej"),
    ("H3", "5.1.16. Ytterligare information, medling och prövning"),
    ("KV", "Prövningsorgan", "Förvaltningsrätten i Linköping"),
    ("KV", "Organisation som tillhandahåller ytterligare information om upphandlingsförfarandet",
     "Region Sörmland"),
    ("KV", "Organisation som tar emot anbudsansökningar", "Region Sörmland"),
    ("KV", "Organisation som behandlar anbud", "Region Sörmland"),
    ("H1", "8. Organisationer"),
    ("H2", "8.1. ORG-0001"),
    ("KV", "Officiellt namn", "Region Sörmland"),
    ("KV", "Registreringsnummer", "232100-0214"),
    ("KV", "Postadress", "Region Sörmland, Upphandlingsenheten"),
    ("KV", "Ort", "Nyköping"),
    ("KV", "Postnummer", "611 88"),
    ("KV", "Land, underavdelning (NUTS)", "Södermanlands län (SE122)"),
    ("KV", "Land", "Sverige"),
    ("KV", "Kontaktpunkt", "Upphandlingsenheten, Jenny Axelsson"),
    ("KV", "E-post", "upphandling@regionsormland.se"),
    ("KV", "Telefon", "+46 155245000"),
    ("KV", "Internetadress", "https://regionsormland.se"),
    ("KV", "Roller för denna organisation", ""),
    ("P", "Köpare"),
    ("P", "Organisation som tillhandahåller ytterligare information om upphandlingsförfarandet"),
    ("P", "Organisation som tar emot anbudsansökningar"),
    ("P", "Organisation som behandlar anbud"),
    ("H2", "8.1. ORG-0002"),
    ("KV", "Officiellt namn", "Förvaltningsrätten i Linköping"),
    ("KV", "Registreringsnummer", "202100-2742"),
    ("KV", "Ort", "Linköping"),
    ("KV", "Postnummer", "581 05"),
    ("KV", "Land", "Sverige"),
    ("KV", "E-post", "forvaltningsrattenilinkoping@dom.se"),
    ("KV", "Telefon", "+46 132511100"),
    ("KV", "Roller för denna organisation", ""),
    ("P", "Prövningsorgan"),
    ("H2", "8.1. ORG-0003"),
    ("KV", "Officiellt namn", "Upphandlingsportalen Norden AB"),
    ("KV", "Registreringsnummer", "556871-3390"),
    ("KV", "Ort", "Stockholm"),
    ("KV", "Land", "Sverige"),
    ("KV", "E-post", "tedsupport@upphandlingsportalen.example"),
    ("KV", "Telefon", "+46 84102290"),
    ("KV", "Roller för denna organisation", ""),
    ("P", "TED eSender"),
    ("H1", "10. Ändring"),
    ("KV", "Version av det tidigare meddelande som ska ändras", PROC_ID + "-01"),
    ("KV", "Huvudorsak till ändringen", "Uppdaterad information"),
    ("KV", "Beskrivning", "Gnesta kommun har den 12 april 2027 beslutat att inte medverka i projektet "
     "Skjutsen. Del 2 (LOT-0002, Gnesta – Stjärnhov och Björnlunda) utgår därför ur upphandlingen. "
     "Startdatum för del 1 ändras från 16/08/2027 till 04/10/2027 och sista dag för mottagande av anbud "
     "förlängs från 26/04/2027 12:00:00 till 17/05/2027 12:00:00. Kravet på antal fordon i del 1 ändras "
     "från minst 4 till minst 5 eldrivna fordon, varav minst 1 rullstolsanpassat. Uppskattat värde för "
     "förfarandet ändras från 14 200 000,00 SEK till 11 600 000,00 SEK."),
    ("H2", "10.1. Ändring"),
    ("KV", "Avsnittsidentifierare", "LOT-0001"),
    ("KV", "Beskrivning av ändringar", "Startdatum, antal fordon och sista dag för mottagande av anbud har ändrats."),
    ("H2", "10.1. Ändring"),
    ("KV", "Avsnittsidentifierare", "LOT-0002"),
    ("KV", "Beskrivning av ändringar", "Delen utgår. Inga anbud kommer att prövas för del 2."),
    ("H2", "10.1. Ändring"),
    ("KV", "Avsnittsidentifierare", "PROCEDURE"),
    ("KV", "Beskrivning av ändringar", "Uppskattat värde har ändrats."),
    ("H1", "11. Information om meddelandet"),
    ("H2", "11.1. Information om meddelandet"),
    ("KV", "Meddelandets identifierare/version", PROC_ID + "-02"),
    ("KV", "Formulärtyp", "Konkurrens"),
    ("KV", "Typ av meddelande", "Meddelande om upphandling – standardsystem"),
    ("KV", "Datum för översändande av meddelandet",
     "21/04/2027 10:12:44 (UTC+02:00) Centraleuropeisk tid, Västeuropeisk sommartid"),
    ("KV", "Språk som meddelandet officiellt är tillgängligt på", "svenska"),
    ("H2", "11.2. Information om offentliggörande"),
    ("KV", "Meddelandets nummer för offentliggörande", TED_NO),
    ("KV", "EUT S-nummer", "80/2027"),
    ("KV", "Datum för offentliggörande", "23/04/2027"),
]


def _wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split(" "):
        t = (cur + " " + w) if cur else w
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            if cur:
                out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out or [""]


def make_ted(path):
    _fonts()
    W, H = 595.28, 841.89
    L, R, TOP, BOT = 56, 539, 770, 70
    width = R - L
    # build a list of (font, size, x, text, gap_before) lines, then paginate
    items = []
    for it in TED_BODY:
        kind = it[0]
        if kind == "H1":
            items.append([("Arial-Bold", 12, L, it[1], 12)])
        elif kind == "H2":
            items.append([("Arial-Bold", 10.5, L, it[1], 7)])
        elif kind == "H3":
            items.append([("Arial-Bold", 9.5, L + 6, it[1], 5)])
        elif kind == "P":
            items.append([("Arial", 9.5, L + 16, t, 1) for t in _wrap(it[1], "Arial", 9.5, width - 16)])
        else:  # KV
            label, val = it[1], it[2]
            txt = label + ": " + val if val else label + ":"
            ls = _wrap(txt, "Arial", 9.5, width - 6)
            items.append([("Arial", 9.5, L + 6, t, 1 if i else 2) for i, t in enumerate(ls)])
    first_block = [
        ("Arial-Bold", 11, L, TED_NO + " - Ändring", 0),
        ("Arial-Bold", 13, L, "Sverige – Kollektivtrafik på väg – Anropsstyrd landsbygdstrafik med", 8),
        ("Arial-Bold", 13, L, "elfordon – Skjutsen", 1),
        ("Arial", 9.5, L, "OJ S 80/2027 23/04/2027", 6),
        ("Arial", 9.5, L, "Meddelande om upphandling – standardsystem", 2),
        ("Arial", 9.5, L, "Tjänster", 2),
    ]
    pages, cur, y = [], [], TOP
    for ln in first_block:
        y -= ln[1] * 1.25 + ln[4]
        cur.append((ln, y))
    y -= 6
    for block in items:
        need = sum(l[1] * 1.3 + l[4] for l in block)
        # headings must not be orphaned
        if block[0][0] == "Arial-Bold":
            need += 30
        if y - need < BOT:
            pages.append(cur)
            cur, y = [], TOP
        for ln in block:
            y -= ln[1] * 1.3 + ln[4]
            cur.append((ln, y))
    pages.append(cur)
    n = len(pages)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1, pageCompression=1)
    _meta(c, TED_NO + " - Ändring", "Publikationsbyrån", "TED eNotices2 viewer",
          "TED PDF renderer", "D:20270423080512+02'00'")
    for pno, lines_ in enumerate(pages, 1):
        c.setFillColor(HexColor("#003399"))
        c.rect(0, H - 38, W, 38, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Arial-Bold", 10)
        c.drawString(L, H - 24, "TED")
        c.setFont("Arial", 8)
        c.drawString(L + 30, H - 24, "Tenders Electronic Daily – Supplement till Europeiska unionens officiella tidning")
        c.setFillColor(black)
        if pno > 1:
            c.setFont("Arial", 8)
            c.drawString(L, H - 52, TED_NO + " - Ändring")
            c.drawRightString(R, H - 52, "EUT S 80/2027")
        for (font, size, x, text, _), yy in lines_:
            c.setFont(font, size)
            c.drawString(x, yy, text)
        c.setFont("Arial", 8)
        c.drawString(L, 40, TED_NO + " - Ändring")
        c.drawRightString(R, 40, "Sida %d/%d" % (pno, n))
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 3. Outlook: four calendar items selected and saved as ONE text file
#    (Arkiv > Spara som > Endast text), cp1252, CRLF, newest first.
# ---------------------------------------------------------------------------
TEAMS_BLOCK = """________________________________________________________________________________
Microsoft Teams Behöver du hjälp?<https://aka.ms/JoinTeamsMeeting?omkt=sv-SE>
Anslut till mötet nu<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE4YTk2NDUtMzk1Mi00Y2E3LWFmNjYtNmI0YjEwNTMxZGE2%40thread.v2/0?context=%7b%22Tid%22%3a%2229d5c7b1-7f1e-4a55-8a6b-0c3e2d6f9b10%22%7d>
Mötes-ID: 384 112 907 55
Lösenord: Xa7kP2
________________________________
Ring in (endast ljud)
+46 8 502 414 27,,361902184#<tel:+46850241427,,361902184#> Sweden, Stockholm
Telefonkonferens-ID: 361 902 184#
Hitta ett lokalt nummer<https://dialin.teams.microsoft.com/3f0a8c21-6e9d-4b77-a1d4-5c2b9e0f7a13?id=361902184>
________________________________
För organisatörer: Mötesalternativ<https://teams.microsoft.com/meetingOptions/?organizerId=5d2f&tenantId=29d5c7b1&threadId=19_meeting_ZjE4YTk2&messageId=0&language=sv-SE>
________________________________________________________________________________
"""

SIG_CL = """Cecilia Lund
Projektledare Skjutsen
Samhällsbyggnadsförvaltningen
Flens kommun
Tfn 0157-43 01 32
cecilia.lund@flen.se
"""

TZ = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien."
GMTNOTE = "Obs! GMT-förskjutningen ovan återspeglar inte justeringar för sommartid."
STARS = "*~*~*~*~*~*~*~*~*~*"


def _item(head, body):
    h = "".join("%s:\t%s\n" % (k, v) for k, v in head)
    return h + "\n" + GMTNOTE + "\n\n" + STARS + "\n\n" + body


def make_outlook(path):
    to_sg = ("Andersson Per (Flens kommun); Nordin Eva (Vingåkers kommun); Sjöqvist Marie; "
             "Lindahl Oskar; Rönn Tobias; Funktionsbrevlåda Skjutsen")
    i1 = _item([
        ("Från", "Lund Cecilia"),
        ("Skickat", "den 8 september 2027 16:42"),
        ("Till", to_sg),
        ("Ämne", "Uppdaterat: Styrgrupp Skjutsen"),
        ("När", "den 21 september 2027 09:00-11:30 " + TZ),
        ("Var", "Vingåkers kommunhus, sammanträdesrum Hjälmaren; Microsoft Teams-möte"),
    ], """Hej alla!

Vi flyttar styrgruppsmötet från tisdag 14 september till tisdag 21 september kl. 09.00–11.30 och ses i Vingåkers kommunhus (sammanträdesrum Hjälmaren) i stället för på Regionens hus i Nyköping. Det går som vanligt att delta via Teams.

Dagordning (uppdaterad)
1. Mötets öppnande, föregående minnesanteckningar
2. Läget inför trafikstarten den 4 oktober (Cecilia)
3. Ekonomi: Gnestas utträde och Katrineholms intresse – underlag till ändringsansökan (Oskar Lindahl, Region Sörmland)
4. Förslag från Vingåkers kommun om avgiftsfria resor med Skjutsen för personer som fyllt 65 år – diskussion, inget beslut
5. Byte av projektledare: jag lämnar projektet den 30 september och Tobias Rönn tar över som projektledare från den 1 oktober 2027
6. Övriga frågor

Underlag kommer senast fredag 17 september.

Hälsningar
Cecilia

""" + SIG_CL + "\n\n" + TEAMS_BLOCK)

    i2 = _item([
        ("Från", "Lund Cecilia"),
        ("Skickat", "den 6 september 2027 09:15"),
        ("Till", to_sg + "; Kommunstyrelsens ordförande Flen; Kommunstyrelsens ordförande Vingåker"),
        ("Ämne", "Invigning av Skjutsen 4 oktober"),
        ("När", "den 4 oktober 2027 13:00-14:30 " + TZ),
        ("Var", "Sparreholms station, Flens kommun"),
    ], """Välkommen till invigningen av Skjutsen – den anropsstyrda trafiken på landsbygden i Flen och Vingåker!

Trafiken startar måndag den 4 oktober 2027. Vi inviger på Sparreholms station kl. 13.00 (ny plats – inte Flens resecentrum som i den inställda inbjudan i juni).

Program
13.00  Välkomna – regionrådet med ansvar för kollektivtrafik
13.15  Så fungerar Skjutsen – Cecilia Lund och Tobias Rönn
13.40  Provåk en av de nya elbilarna
14.30  Avslutning

Kaffe och kanelbulle bjuds. OSA senast fredag 24 september till cecilia.lund@flen.se

""" + SIG_CL + "\n")

    i3 = _item([
        ("Från", "Lund Cecilia"),
        ("Skickat", "den 20 augusti 2027 11:03"),
        ("Till", to_sg),
        ("Ämne", "Styrgrupp Skjutsen"),
        ("När", "den 14 september 2027 09:00-11:30 " + TZ),
        ("Var", "Regionens hus, rum Nyköpingsån, Nyköping; Microsoft Teams-möte"),
    ], """Hej!

Välkomna till höstens första styrgruppsmöte för Skjutsen.

Dagordning
1. Mötets öppnande, föregående minnesanteckningar
2. Läget inför trafikstarten den 4 oktober (Cecilia)
3. Ekonomi efter Gnestas utträde (Oskar Lindahl, Region Sörmland)
4. Övriga frågor

Hälsningar
Cecilia

""" + SIG_CL + "\n\n" + TEAMS_BLOCK)

    i4 = _item([
        ("Från", "Lund Cecilia"),
        ("Skickat", "den 28 juni 2027 14:20"),
        ("Till", to_sg),
        ("Ämne", "Inställt: Invigning av Skjutsen"),
        ("Prioritet", "Hög"),
        ("När", "den 16 augusti 2027 10:00-11:30 " + TZ),
        ("Var", "Flens resecentrum"),
    ], """Invigningen den 16 augusti ställs in.

Trafikstarten skjuts fram till den 4 oktober 2027 eftersom anbudstiden i upphandlingen av trafiken förlängdes. Ny inbjudan kommer efter sommaren.

Trevlig sommar!
Cecilia
""")
    text = "\n\n".join([i1, i2, i3, i4])
    data = text.replace("\n", "\r\n").encode("cp1252")
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 4. Change decision DOCX: header letterhead and every NEW value are
#    w:fldSimple DOCPROPERTY fields (cached result inside the fldSimple),
#    old values are plain text.
# ---------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

PROPS = [
    ("Dnr", "RUN 2027/142"),
    ("Beslutsdatum", "2027-12-14"),
    ("Handläggare", "Oskar Lindahl"),
    ("Projektnamn", "Skjutsen – anropsstyrd trafik på landsbygden"),
    ("Projektägare", "Flens kommun"),
    ("ProjektperiodNy", "2027-04-01 – 2030-06-30"),
    ("TotalbudgetNy", "8 480 000"),
    ("RUMNy", "4 240 000"),
    ("KTMNy", "2 544 000"),
    ("FlenNy", "600 000"),
    ("VingakerNy", "600 000"),
    ("GnestaNy", "0"),
    ("KatrineholmNy", "496 000"),
    ("ProjektledareNy", "Tobias Rönn"),
    ("SlutrapportNy", "2030-08-31"),
    ("Beslutsfattare", "Helena Kjellberg"),
]
P = dict(PROPS)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _r(text, b=False, sz=None):
    rpr = ""
    if b or sz:
        rpr = "<w:rPr>" + ("<w:b/>" if b else "") + (('<w:sz w:val="%d"/>' % sz) if sz else "") + "</w:rPr>"
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _esc(text))


def _f(prop, suffix="", b=False):
    return ('<w:fldSimple w:instr=" DOCPROPERTY  %s  \\* MERGEFORMAT ">%s</w:fldSimple>'
            % (prop, _r(P[prop] + suffix, b)))


def _p(*runs, style=None, jc=None, after=None):
    ppr = ""
    if style or jc or after is not None:
        ppr = "<w:pPr>" + (('<w:pStyle w:val="%s"/>' % style) if style else "") + \
              (('<w:spacing w:after="%d"/>' % after) if after is not None else "") + \
              (('<w:jc w:val="%s"/>' % jc) if jc else "") + "</w:pPr>"
    return "<w:p>%s%s</w:p>" % (ppr, "".join(runs))


def _tc(content, w, shade=None):
    sh = ('<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade) if shade else ""
    return '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (w, sh, content)


def _tbl(rows, widths, header=True, borders=True):
    b = ""
    if borders:
        b = ("<w:tblBorders>" + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="808080"/>' % e
                                         for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
             + "</w:tblBorders>")
    x = ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
         % (sum(widths), b, "".join('<w:gridCol w:w="%d"/>' % w for w in widths)))
    for i, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if (header and i == 0) else ""
        x += "<w:tr>%s%s</w:tr>" % (trpr, "".join(
            _tc(cell, w, "D9E2F3" if (header and i == 0) else None) for cell, w in zip(row, widths)))
    return x + "</w:tbl>"


def make_decision(path):
    body = []
    body.append(_p(_r("Ändring av beslut om regionala utvecklingsmedel till projektet Skjutsen – "
                      "anropsstyrd trafik på landsbygden"), style="Rubrik1"))
    body.append(_tbl([
        [_p(_r("Projektägare", b=True)), _p(_f("Projektägare"))],
        [_p(_r("Projektnamn", b=True)), _p(_f("Projektnamn"))],
        [_p(_r("Ursprungligt beslut", b=True)), _p(_r("2027-03-22, dnr RUN 2027/142"))],
        [_p(_r("Ansökan om ändring inkom", b=True)), _p(_r("2027-10-18, komplettering 2027-11-24"))],
    ], [2600, 6400], header=False, borders=False))
    body.append(_p(_r("Beslut"), style="Rubrik2"))
    body.append(_p(_r("Region Sörmland beslutar att ändra beslutet den 2027-03-22 om regionala "
                      "utvecklingsmedel till projektet Skjutsen enligt tabellen nedan. Uppgifterna i "
                      "kolumnen ”Nytt beslut” gäller från och med beslutsdagen.")))
    body.append(_p(_r("Projektägarens begäran om ytterligare 120 000 kronor för marknadsföring avslås.")))
    body.append(_p(_r("Villkoren i det ursprungliga beslutet gäller i övrigt oförändrade.")))
    body.append(_p(_r("Tabell 1. Ändrade uppgifter", b=True), after=60))
    body.append(_tbl([
        [_p(_r("Uppgift", b=True)), _p(_r("Tidigare beslut", b=True)), _p(_r("Nytt beslut", b=True))],
        [_p(_r("Projektperiod")), _p(_r("2027-04-01 – 2029-12-31")), _p(_f("ProjektperiodNy"))],
        [_p(_r("Total projektbudget")), _p(_r("8 750 000 kr")), _p(_f("TotalbudgetNy", " kr"))],
        [_p(_r("Regionala utvecklingsmedel, högst")), _p(_r("4 375 000 kr")), _p(_f("RUMNy", " kr"))],
        [_p(_r("Stödnivå")), _p(_r("högst 50 procent av stödgrundande kostnader")),
         _p(_r("oförändrad"))],
        [_p(_r("Projektledare")), _p(_r("Cecilia Lund")), _p(_f("ProjektledareNy"))],
        [_p(_r("Slutrapport senast")), _p(_r("2030-02-28")), _p(_f("SlutrapportNy"))],
        [_p(_r("Samverkande kommuner")), _p(_r("Flen, Vingåker, Gnesta")),
         _p(_r("Flen, Vingåker, Katrineholm"))],
    ], [2900, 3050, 3050]))
    body.append(_p(_r(""), after=0))
    body.append(_p(_r("Tabell 2. Finansiering, kronor", b=True), after=60))
    body.append(_tbl([
        [_p(_r("Finansiär", b=True)), _p(_r("Tidigare beslut", b=True), jc="right"),
         _p(_r("Nytt beslut", b=True), jc="right")],
        [_p(_r("Region Sörmland, regionala utvecklingsmedel")), _p(_r("4 375 000"), jc="right"),
         _p(_f("RUMNy"), jc="right")],
        [_p(_r("Region Sörmland, kollektivtrafikmyndigheten")), _p(_r("2 625 000"), jc="right"),
         _p(_f("KTMNy"), jc="right")],
        [_p(_r("Flens kommun")), _p(_r("600 000"), jc="right"), _p(_f("FlenNy"), jc="right")],
        [_p(_r("Vingåkers kommun")), _p(_r("600 000"), jc="right"), _p(_f("VingakerNy"), jc="right")],
        [_p(_r("Gnesta kommun")), _p(_r("550 000"), jc="right"), _p(_f("GnestaNy"), jc="right")],
        [_p(_r("Katrineholms kommun")), _p(_r("–"), jc="right"), _p(_f("KatrineholmNy"), jc="right")],
        [_p(_r("Summa", b=True)), _p(_r("8 750 000", b=True), jc="right"),
         _p(_f("TotalbudgetNy", b=True), jc="right")],
    ], [4600, 2200, 2200]))
    body.append(_p(_r("Skäl för beslutet"), style="Rubrik2"))
    body.append(_p(_r("Gnesta kommun meddelade den 12 april 2027 att kommunen inte medverkar i projektet. "
                      "Katrineholms kommun beslutade den 8 november 2027 att ingå i projektet med trafik i "
                      "Julita och Björkvik från och med den 2 maj 2028. Trafikstarten försenades från den 16 "
                      "augusti till den 4 oktober 2027 sedan anbudstiden i upphandlingen av trafiken "
                      "förlängts. Region Sörmland bedömer att projektets mål kan nås med den ändrade "
                      "budgeten och att en förlängd projektperiod behövs för att trafiken ska kunna "
                      "utvärderas under två hela kalenderår.")))
    body.append(_p(_r("Cecilia Lund har lämnat projektet. Projektägaren har anmält ny projektledare från "
                      "och med den 1 oktober 2027: "), _f("ProjektledareNy"), _r(".")))
    body.append(_p(_r("Ansökan om medel för marknadsföring avslås eftersom informationsinsatser redan ingår "
                      "i budgetposten Information och kommunikation.")))
    body.append(_p(_r("Hur beslutet har fattats"), style="Rubrik2"))
    body.append(_p(_r("Beslutet har fattats av regional utvecklingsdirektör "), _f("Beslutsfattare"),
                   _r(" enligt delegation från regionala utvecklingsnämnden. I den slutliga handläggningen "
                      "har även handläggare "), _f("Handläggare"), _r(" deltagit.")))
    body.append(_p(_r("Beslutet får enligt förordningen (2003:596) om bidrag till projektverksamhet inom den "
                      "regionala tillväxtpolitiken inte överklagas.")))
    body.append(_p(_r("")))
    body.append(_p(_f("Beslutsfattare")))
    body.append(_p(_r("Regional utvecklingsdirektör")))
    body.append(_p(_r("")))
    body.append(_p(_r("Kopia till: Flens kommun, Vingåkers kommun, Katrineholms kommun, Gnesta kommun, "
                      "Region Sörmland ekonomienheten")))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId10"/>'
            '<w:footerReference w:type="default" r:id="rId11"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2268" w:right="1418" w:bottom="1418" '
            'w:left="1418" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s%s</w:body></w:document>'
           % (W_NS, R_NS, "".join(body), sect))

    hdr_tbl = _tbl([
        [_p(_r("Region Sörmland", b=True, sz=28)), _p(_r("BESLUT", b=True, sz=24))],
        [_p(_r("Regional utveckling")), _p(_r("Datum: "), _f("Beslutsdatum"))],
        [_p(_r("")), _p(_r("Diarienummer: "), _f("Dnr"))],
        [_p(_r("")), _p(_r("Handläggare: "), _f("Handläggare"))],
    ], [5200, 3870], header=False, borders=False)
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:hdr xmlns:w="%s" xmlns:r="%s">%s%s</w:hdr>' % (W_NS, R_NS, hdr_tbl, _p(_r(""))))
    footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:ftr xmlns:w="%s" xmlns:r="%s">%s</w:ftr>'
              % (W_NS, R_NS, _p(_r("Region Sörmland | 611 88 Nyköping | regionsormland.se | Sida "),
                                '<w:fldSimple w:instr=" PAGE  \\* MERGEFORMAT ">%s</w:fldSimple>' % _r("1"),
                                _r(" av "),
                                '<w:fldSimple w:instr=" NUMPAGES  \\* MERGEFORMAT ">%s</w:fldSimple>' % _r("2"),
                                jc="center")))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="%s">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
              '<w:sz w:val="22"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>'
              '<w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>'
              '<w:rPr><w:b/><w:sz w:val="25"/></w:rPr></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="NormalTable"><w:name w:val="Normal Table"/>'
              '<w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
              '</w:styles>' % W_NS)
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:settings xmlns:w="%s"><w:updateFields w:val="true"/><w:defaultTabStop w:val="1304"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>' % W_NS)
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              + "".join('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s">'
                        '<vt:lpwstr>%s</vt:lpwstr></property>' % (i + 2, _esc(k), _esc(v))
                        for i, (k, v) in enumerate(PROPS))
              + '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="ArendeID">'
                '<vt:lpwstr>RUN-2027-000142-D14</vt:lpwstr></property>' % (len(PROPS) + 2)
              + '</Properties>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Beslut</dc:title><dc:creator>Ärendesystemet</dc:creator>'
            '<cp:lastModifiedBy>Oskar Lindahl</cp:lastModifiedBy><cp:revision>4</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2027-12-09T08:02:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-12-14T13:47:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>RS_Beslut_regionala_utvecklingsmedel.dotx</Template><TotalTime>38</TotalTime>'
           '<Pages>2</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
           '<Company>Region Sörmland</Company><AppVersion>16.0000</AppVersion></Properties>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
             '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
             '<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
             '</Relationships>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
             ("word/_rels/document.xml.rels", drels), ("word/styles.xml", styles),
             ("word/settings.xml", settings), ("word/header1.xml", header), ("word/footer1.xml", footer),
             ("docProps/core.xml", core), ("docProps/app.xml", app), ("docProps/custom.xml", custom)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2027, 12, 14, 13, 47, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


# ---------------------------------------------------------------------------
# 5. Jupyter notebook exported with nbconvert --to markdown
# ---------------------------------------------------------------------------
MONTHS = ["2027-10", "2027-11", "2027-12", "2028-01", "2028-02"]
FLEN = [498, 571, 534, 612, 547]
VING = [377, 436, 401, 459, 402]
FLEN_KORR = FLEN[:4] + [603]
VING_KORR = VING[:4] + [449]
TRAFIKKOSTNAD = 1758640

STYLE = """<style scoped>
    .dataframe tbody tr th:only-of-type {
        vertical-align: middle;
    }

    .dataframe tbody tr th {
        vertical-align: top;
    }

    .dataframe thead th {
        text-align: right;
    }
</style>"""


def _sp(n):
    return "{:,}".format(n).replace(",", " ")


def _df_pivot(fl, vi):
    rows = ""
    for m, a, b in zip(MONTHS, fl, vi):
        rows += ("    <tr>\n      <th>%s</th>\n      <td>%d</td>\n      <td>%d</td>\n      <td>%d</td>\n    </tr>\n"
                 % (m, a, b, a + b))
    rows += ("    <tr>\n      <th>Totalt</th>\n      <td>%d</td>\n      <td>%d</td>\n      <td>%d</td>\n    </tr>\n"
             % (sum(fl), sum(vi), sum(fl) + sum(vi)))
    return ("<div>\n" + STYLE + "\n<table border=\"1\" class=\"dataframe\">\n  <thead>\n"
            "    <tr style=\"text-align: right;\">\n      <th>kommun</th>\n      <th>Flen</th>\n"
            "      <th>Vingåker</th>\n      <th>Totalt</th>\n    </tr>\n    <tr>\n      <th>manad</th>\n"
            "      <th></th>\n      <th></th>\n      <th></th>\n    </tr>\n  </thead>\n  <tbody>\n"
            + rows + "  </tbody>\n</table>\n</div>")


def make_notebook(path):
    tot_prel = sum(FLEN) + sum(VING)
    tot = sum(FLEN_KORR) + sum(VING_KORR)
    per_resa = round(TRAFIKKOSTNAD / tot)
    nek = """<div>
""" + STYLE + """
<table border="1" class="dataframe">
  <thead>
    <tr style="text-align: right;">
      <th></th>
      <th>period</th>
      <th>regel</th>
      <th>bokningsforsok</th>
      <th>nekade</th>
      <th>andel_nekade</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th>0</th>
      <td>2027-10-04–2027-12-31</td>
      <td>2 tim</td>
      <td>1862</td>
      <td>264</td>
      <td>14.2</td>
    </tr>
    <tr>
      <th>1</th>
      <td>2028-01-10–2028-02-29</td>
      <td>1 tim</td>
      <td>1186</td>
      <td>37</td>
      <td>3.1</td>
    </tr>
  </tbody>
</table>
</div>"""
    md = """# Skjutsen – uppföljning av resande och kostnad per resa, okt 2027–feb 2028

**Linnea Berg**, analytiker, Regional utveckling, Region Sörmland  
Notebook: `skjutsen_uppfoljning.ipynb` · senast körd 2028-03-06 · underlag till styrgruppen 2028-03-14

Data: bokningsexport från beställningscentralen (`resor_2028-02-29.csv`, och efter korrigering `resor_2028-03-05.csv`), trafikföretagets fakturor t.o.m. februari 2028 (via Flens kommun, projektägare). Gnesta ingår inte (utträde april 2027) och Katrineholm (Julita, Björkvik) kommer med först från maj 2028.


```python
import pandas as pd
import matplotlib.pyplot as plt

pd.set_option("display.precision", 1)
DATA = "data/"
MONTHS_2028 = ["2028-01", "2028-02"]
```

## 1. Resor per månad och kommun


```python
resor = pd.read_csv(DATA + "resor_2028-02-29.csv", sep=";", parse_dates=["datum"])
resor["manad"] = resor["datum"].dt.strftime("%Y-%m")
tab = resor.pivot_table(index="manad", columns="kommun", values="antal",
                        aggfunc="sum", margins=True, margins_name="Totalt")
tab
```

    /tmp/ipykernel_20412/3312877410.py:3: FutureWarning: The default value of observed=False is deprecated and will change to observed=True in a future version of pandas. Specify observed=False to silence this warning and retain the current behavior
      tab = resor.pivot_table(index="manad", columns="kommun", values="antal",




""" + _df_pivot(FLEN, VING) + """




```python
print(f"Totalt antal resor okt 2027–feb 2028: {tab.loc['Totalt', 'Totalt']:,}".replace(",", " "))
```

    Totalt antal resor okt 2027–feb 2028: """ + _sp(tot_prel) + """


> **OBS (LB 2028-03-06):** Februari i tabellen ovan är preliminär – exporten 2028-02-29 gjordes innan trafikföretaget hade rapporterat de sista dagarna i månaden. Jag har inte kört om cellerna ovan, så att skillnaden syns. Använd siffrorna i avsnitt 1b.

## 1b. Korrigerad februari


```python
resor = pd.read_csv(DATA + "resor_2028-03-05.csv", sep=";", parse_dates=["datum"])
resor["manad"] = resor["datum"].dt.strftime("%Y-%m")
tab = resor.pivot_table(index="manad", columns="kommun", values="antal",
                        aggfunc="sum", margins=True, margins_name="Totalt", observed=False)
tab
```




""" + _df_pivot(FLEN_KORR, VING_KORR) + """




```python
TOTALT = tab.loc["Totalt", "Totalt"]
print(f"Totalt antal resor okt 2027–feb 2028 (korrigerat): {TOTALT:,}".replace(",", " "))
```

    Totalt antal resor okt 2027–feb 2028 (korrigerat): """ + _sp(tot) + """


## 2. Kostnad per resa

Bruttokostnad = trafikföretagets fakturerade trafikkostnad (utan beställningscentral och projektledning). Biljettintäkter är inte avräknade.


```python
trafikkostnad = 1_758_640   # kr, fakturor okt 2027–feb 2028
kostnad_per_resa = trafikkostnad / TOTALT
print(f"Bruttokostnad per resa okt 2027–feb 2028: {kostnad_per_resa:.0f} kr")
```

    Bruttokostnad per resa okt 2027–feb 2028: """ + str(per_resa) + """ kr


## 3. Nekade bokningar före och efter ändrad förbokningstid

Från den 10 januari 2028 räcker det att boka en timme före avresa (tidigare två timmar). Bokningsförsök som gjordes för sent nekades av systemet.


```python
nek = pd.read_csv(DATA + "nekade_bokningar.csv", sep=";")
nek["andel_nekade"] = 100 * nek["nekade"] / nek["bokningsforsok"]
nek
```




""" + nek + """



## 4. ~~Scenario: avgiftsfria resor för personer 65+ i Vingåker~~

*Inaktuellt.* Scenariot togs fram inför styrgruppen i september 2027. Vingåkers kommun drog tillbaka förslaget i november 2027, innan kollektivtrafiknämnden hann behandla det. Cellen behålls för spårbarhet och har inte körts om.


```python
andel_65 = 0.31          # andel resor av personer 65+ (Vingåker, okt 2027)
biljettpris = 25         # kr – gällde 2027
resor_ar_vingaker = 5200
bortfall = andel_65 * resor_ar_vingaker * biljettpris
print(f"Intäktsbortfall per år: {bortfall:,.0f} kr".replace(",", " "))
```

    Intäktsbortfall per år: 40 300 kr


## 5. Prognos 2028


```python
prognos = (tab.loc[MONTHS_2028, "Totalt"].mean() * 12).round(-2)
print(f"Prognos helår 2028, Flen och Vingåker: {prognos:,.0f} resor".replace(",", " "))
plt.plot(tab.index[:-1], tab["Totalt"][:-1], marker="o")
plt.title("Resor per månad, Skjutsen")
plt.show()
```

    Prognos helår 2028, Flen och Vingåker: 12 700 resor



    
![png](skjutsen_uppfoljning_files/skjutsen_uppfoljning_18_1.png)
    


Prognosen bygger bara på januari och februari och tar inte med Katrineholm (trafikstart 2 maj 2028) eller sommarsäsongen. Kommentarer till Linnea Berg före styrgruppen 14 mars.
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 6. Mailchimp plain-text newsletter (merge tags unreplaced)
# ---------------------------------------------------------------------------
def _link(slug, cid):
    return ("https://regionsormland.us21.list-manage.com/track/click?u=7f3b1c9a04d2e65b8a1f0c3d2&id=%s&e=[UNIQID]"
            % cid)


RULE = "-" * 60
DRULE = "=" * 60


def make_newsletter(path):
    t = """*|MC_PREVIEW_TEXT|*

Visa detta mejl i din webbläsare (*|ARCHIVE|*)

** Kollektivtrafik i Sörmland – nyhetsbrev april 2028
""" + RULE + """

Hej *|FNAME|*!

Våren är här och Skjutsen växer. I det här numret: en rättelse, nya orter i Katrineholms kommun och besked om förslaget om fria resor för äldre i Vingåker.

** Rättelse
""" + RULE + """

I marsnumret skrev vi att Skjutsen kör kl. 09.00–22.00 på lördagar. Det var fel. På lördagar kör Skjutsen kl. 09.00–18.00. Vi ber om ursäkt för felet.

** Skjutsen växer: Julita och Björkvik med från 2 maj
""" + RULE + """

Katrineholms kommun är sedan december ny part i projektet Skjutsen. Från och med tisdag 2 maj 2028 kan du som bor i Julita och Björkvik boka Skjutsen till knutpunkterna Katrineholms resecentrum och Äsköping.

Läs mer om Skjutsen i Katrineholm (""" + _link("katrineholm", "4c1e8a2f90") + """)

** Så fungerar Skjutsen i dag
""" + RULE + """

* Skjutsen kör vardagar kl. 06.00–22.00 och lördagar kl. 09.00–18.00. Ingen trafik på söndagar och helgdagar.
* Boka senast en timme före avresa. Så har det varit sedan 10 januari 2028 – tidigare behövde du boka två timmar innan.
* En resa kostar 30 kronor för vuxen sedan 1 januari 2028 (tidigare 25 kronor). Barn och ungdom betalar som vanligt reducerat pris.
* Boka i appen Skjutsen eller ring Kollektivtrafik Sörmlands kundcenter på 0155-24 60 00. Det gamla bokningsnumret 0150-48 20 00 stängdes den 1 mars 2028.

Sedan starten den 4 oktober har Skjutsen gjort nästan 5 000 resor i Flen och Vingåker.

** Inga fria resor för 65+ i Vingåker
""" + RULE + """

Vingåkers kommun har dragit tillbaka sitt förslag om avgiftsfria resor med Skjutsen för personer som fyllt 65 år. Förslaget diskuterades i projektets styrgrupp i september 2027, men kommunen drog tillbaka det i november innan kollektivtrafiknämnden skulle behandla det. Resor med Skjutsen kostar därför lika mycket för alla vuxna.

** Ny direktbuss Nyköping–Oxelösund
""" + RULE + """

Från 12 juni 2028 går en ny direktbuss mellan Nyköpings resecentrum och Oxelösunds centrum var 20:e minut i högtrafik. Restiden blir 17 minuter. Frågor om sommartidtabellen besvaras av trafikplanerare Tobias Ström, 0155-24 71 90.

Se tidtabellen (""" + _link("oxelosund", "91b3d0e7c2") + """)

** Sommarlovskortet 2028
""" + RULE + """

Sommarlovskortet för dig som går i grundskolan eller gymnasiet kostar 450 kronor och gäller på alla regionala bussar och tåg inom länet från 12 juni till 20 augusti 2028. Kortet säljs i appen från 15 maj.

Köp sommarlovskortet (""" + _link("sommarlov", "e07a5c3b18") + """)

** Frågor om Skjutsen?
""" + RULE + """

Tobias Rönn, projektledare Skjutsen, Flens kommun
Telefon 0157-43 01 47
tobias.ronn@flen.se

Frågor om bokning och resor: kundcenter 0155-24 60 00, vardagar 07.00–18.00.

""" + DRULE + """

Du får det här mejlet eftersom du prenumererar på nyhetsbrevet från Region Sörmland, Kollektivtrafik.

Uppdatera dina inställningar (*|UPDATE_PROFILE|*) eller avsluta prenumerationen (*|UNSUB|*)

Copyright © *|CURRENT_YEAR|* *|LIST:COMPANY|*, Alla rättigheter förbehållna.
*|IFNOT:ARCHIVE_PAGE|* *|LIST:DESCRIPTION|*

Vår postadress är:
*|HTML:LIST_ADDRESS_HTML|* *|END:IF|*

*|IF:REWARDS|* *|HTML:REWARDS|* *|END:IF|*
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(t)


FILES = {
    "Skjutsen_lattlast_A4_Canva.pdf": make_flyer,
    "TED_312485-2027_Andring_Skjutsen.pdf": make_ted,
    "Outlook_Skjutsen_kalenderobjekt.txt": make_outlook,
    "Beslut_andring_RUN_2027-142_Skjutsen.docx": make_decision,
    "skjutsen_uppfoljning_2028-03.md": make_notebook,
    "Nyhetsbrev_Kollektivtrafik_april_2028_klartext.txt": make_newsletter,
}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: r197_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(out, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
