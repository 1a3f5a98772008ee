#!/usr/bin/env python3
"""r182 – six documents about the fictional initiative 'Industrispåret'
(Region Jönköpings län: vocational tracks with job-related Swedish for job
seekers – CNC in Gislaved, warehouse/logistics in Nässjö, welding in Vetlanda,
later industrial electricians in Tranås).

Usage:  python r182_make_files.py OUT_DIR

Writes exactly six files (deterministic output):
  1. industrisparet_uppstartsworkshop_mentimeter_2026-02-10.pdf  (Mentimeter results export)
  2. Protokollsutdrag_RUN_2026-03-18_34_Industrisparet.docx      (case-system DOCX, body as altChunk HTML)
  3. industrisparet_sammandrag_vol1_nr6.txt                      (Mailman digest, Swedish locale)
  4. Faktura_2026-1187_Smalands_Yrkesakademi.pdf                 (invoice + payment slip + credit note)
  5. Lagesrapport_1_Industrisparet_2027-01-29.docx               (native Word chart + floating text box)
  6. 7d3c5e0a9b1f4c2e8a6d0f1b2c3d4e5f.md                         (Joplin RAW export note)
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

import reportlab
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import HexColor, white, black

FONTDIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
pdfmetrics.registerFont(TTFont("Vera", os.path.join(FONTDIR, "Vera.ttf")))
pdfmetrics.registerFont(TTFont("VeraBd", os.path.join(FONTDIR, "VeraBd.ttf")))
pdfmetrics.registerFont(TTFont("VeraIt", os.path.join(FONTDIR, "VeraIt.ttf")))

FIXED_ZIP_TIME = (2027, 2, 12, 9, 0, 0)


def kr(n, dec=True):
    """Swedish amount: 855280 -> '855 280,00' (ordinary spaces)."""
    neg = n < 0
    s = f"{abs(n):,}".replace(",", " ")
    if dec:
        s += ",00"
    return ("-" if neg else "") + s


def fit_font(c, text, font, size, maxw):
    while pdfmetrics.stringWidth(text, font, size) > maxw and size > 8:
        size -= 1
    return size


def wrap(text, font, size, maxw):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= maxw:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------------------
# 1. Mentimeter results export (16:9 slides, one per page)
# ---------------------------------------------------------------------------
def make_menti(path):
    W, H = 1000, 562.5
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Industrispåret – uppstartsworkshop")
    c.setAuthor("Mentimeter")
    c.setCreator("Mentimeter – Export results (PDF)")
    NAVY = HexColor("#101834")
    GREY = HexColor("#5A5A6E")
    PAL = [HexColor(x) for x in ("#5769E7", "#FF7D8E", "#3CC6A6", "#F9B233", "#9A7BE0", "#2FA8D8")]

    def frame(count=None):
        c.setFillColor(HexColor("#F7F7F9"))
        c.rect(0, 0, W, H, fill=1, stroke=0)
        c.setFillColor(GREY)
        c.setFont("Vera", 10)
        c.drawCentredString(W / 2, H - 22, "Gå till menti.com och använd koden 4817 2290")
        c.setFillColor(NAVY)
        c.setFont("VeraBd", 11)
        c.drawString(28, 20, "Mentimeter")
        if count is not None:
            c.setFillColor(HexColor("#3A3A4A"))
            c.circle(W - 72, H - 33, 5, fill=1, stroke=0)
            c.roundRect(W - 80, H - 50, 16, 11, 4, fill=1, stroke=0)
            c.setFont("VeraBd", 14)
            c.drawString(W - 58, H - 48, str(count))

    def title(t, y=H - 92):
        c.setFillColor(NAVY)
        s = fit_font(c, t, "VeraBd", 27, W - 170)
        c.setFont("VeraBd", s)
        c.drawString(60, y, t)

    # --- slide 1: title (content slide)
    frame()
    c.setFillColor(NAVY)
    c.setFont("VeraBd", 40)
    c.drawString(60, 330, "Industrispåret – uppstartsworkshop")
    c.setFont("Vera", 20)
    c.setFillColor(GREY)
    c.drawString(60, 290, "10 februari 2026 · Campus Värnamo")
    c.setFont("Vera", 15)
    c.drawString(60, 250, "Region Jönköpings län · Arbetsförmedlingen · vuxenutbildningen i länets kommuner")
    c.drawString(60, 226, "Moderator: Helena Ståhl, Regional utveckling")
    c.setFillColor(PAL[0])
    c.roundRect(60, 120, 420, 60, 10, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("VeraBd", 18)
    c.drawString(80, 143, "menti.com  ·  kod 4817 2290")
    c.showPage()

    # --- slide 2: multiple choice, bars with percentages
    frame(35)
    title("Vilket yrkesspår behövs mest i din kommun?")
    opts = [("CNC-operatör", 34), ("Svetsare", 26), ("Lager och logistik", 20),
            ("Industrielektriker", 11), ("Truckförare", 9)]
    base, slot = 120, 170
    for i, (lab, p) in enumerate(opts):
        x = 95 + i * slot
        h = p / 34 * 270
        c.setFillColor(PAL[i])
        c.rect(x, base, 110, h, fill=1, stroke=0)
        c.setFillColor(NAVY)
        c.setFont("VeraBd", 18)
        c.drawCentredString(x + 55, base + h + 10, f"{p}%")
    # labels drawn afterwards in a separate layer (as the export does)
    for i in range(len(opts)):
        lab = opts[i][0]
        x = 95 + i * slot
        c.setFillColor(GREY)
        c.setFont("Vera", 13)
        for k, ln in enumerate(wrap(lab, "Vera", 13, 140)):
            c.drawCentredString(x + 55, base - 22 - k * 15, ln)
    c.showPage()

    # --- slide 3: word cloud
    frame(31)
    title("Med ett ord: vad är största hindret för att få jobb?")
    words = [  # (word, size, x, y, colour index) – drawn in this scrambled order
        ("bostad", 17, 700, 330, 4), ("språket", 60, 390, 250, 0), ("CV", 13, 300, 150, 2),
        ("körkort", 38, 170, 320, 1), ("nätverk", 15, 760, 170, 3), ("barnomsorg", 30, 610, 390, 2),
        ("hälsa", 13, 160, 200, 5), ("pendling", 27, 640, 200, 3), ("erfarenhet", 15, 430, 160, 4),
        ("validering", 22, 170, 400, 5), ("arbetsgivarnas attityder", 18, 380, 345, 1),
        ("kollektivtrafik", 16, 720, 280, 0), ("betyg", 12, 520, 120, 1), ("ålder", 12, 820, 360, 2),
    ]
    for wd, s, x, y, ci in words:
        c.setFillColor(PAL[ci])
        c.setFont("VeraBd", s)
        c.drawString(x, y, wd)
    c.showPage()

    # --- slide 4: ranking
    frame(29)
    title("Rangordna orterna för ett CNC-spår")
    rank = [("Värnamo", 520), ("Gislaved", 455), ("Jönköping", 330), ("Vaggeryd", 210), ("Gnosjö", 150)]
    for i, (lab, ln) in enumerate(rank):
        y = 380 - i * 62
        c.setFillColor(PAL[0])
        c.circle(80, y + 10, 15, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("VeraBd", 15)
        c.drawCentredString(80, y + 5, str(i + 1))
        c.setFillColor(NAVY)
        c.setFont("Vera", 17)
        c.drawString(112, y + 4, lab)
        c.setFillColor(HexColor("#C9CFF7"))
        c.roundRect(260, y, ln, 22, 6, fill=1, stroke=0)
    c.showPage()

    # --- slide 5: scales
    frame(33)
    title("Hur väl stämmer påståendena? (1 = inte alls, 5 = helt)")
    stm = [("Yrkessvenska behöver ingå från första dagen", "4,1", 4.1),
           ("Arbetsgivarna i min kommun är beredda att ta emot praktikanter", "3,6", 3.6),
           ("Det finns tillräckligt med utbildningsplatser i länet i dag", "2,3", 2.3)]
    for i, (t, lab, v) in enumerate(stm):
        y = 360 - i * 105
        c.setFillColor(NAVY)
        c.setFont("Vera", 15)
        c.drawString(70, y + 30, t)
        c.setStrokeColor(HexColor("#B8BCCB"))
        c.setLineWidth(3)
        c.line(120, y, 820, y)
        c.setFillColor(GREY)
        c.setFont("Vera", 10)
        c.drawString(95, y - 18, "Inte alls")
        c.drawString(805, y - 18, "Helt")
        x = 120 + (v - 1) / 4 * 700
        c.setFillColor(PAL[i + 1])
        c.circle(x, y, 9, fill=1, stroke=0)
        c.setFont("VeraBd", 15)
        c.setFillColor(NAVY)
        c.drawCentredString(x, y + 12, lab)
    c.showPage()

    # --- slide 6: open ended, cards in three columns
    frame(8)
    title("Vad är viktigast att tänka på när vi startar?")
    cards = [
        "Kan vi starta redan i juni? Företagen i Gnosjö behöver folk nu.",
        "Glöm inte Habo och Mullsjö – pendlingen till Gislaved är svår utan bil.",
        "Svetsutbildningen borde ligga i Vetlanda, där finns en hall.",
        "Ta med Teknikföretagen i styrgruppen.",
        "Yrkessvenska från dag 1, inte som en separat kurs efteråt.",
        "Barnomsorg på obekväm arbetstid är ett stort hinder.",
        "Lager i Nässjö – flera logistikföretag rekryterar just nu.",
        "Kan deltagarna ta truckkort inom projektet?",
        "Validering av tidigare erfarenhet först, sedan utbildning.",
        "Många saknar B-körkort.",
    ]
    colx = [60, 360, 660]
    coly = [400, 400, 400]
    for i, t in enumerate(cards):
        col = i % 3
        lines = wrap(t, "Vera", 13, 240)
        h = 24 + 16 * len(lines)
        y = coly[col] - h
        c.setFillColor(HexColor("#FFFFFF"))
        c.setStrokeColor(HexColor("#E1E3EA"))
        c.roundRect(colx[col], y, 270, h, 8, fill=1, stroke=1)
        c.setFillColor(NAVY)
        c.setFont("Vera", 13)
        for k, ln in enumerate(lines):
            c.drawString(colx[col] + 14, y + h - 22 - k * 16, ln)
        coly[col] = y - 14
    c.showPage()

    # --- slide 7: Q&A with upvotes
    frame(None)
    title("Frågor från publiken (Q&A)")
    qa = [("Vem blir projektledare?", 9, True),
          ("Får deltagarna behålla aktivitetsstödet under utbildningen?", 7, False),
          ("Hur lång blir CNC-utbildningen?", 5, True),
          ("Kan man söka från Aneby och Sävsjö?", 4, False),
          ("Vem upphandlar yrkessvenskan?", 2, False)]
    for i, (q, n, done) in enumerate(qa):
        y = 390 - i * 62
        c.setFillColor(white)
        c.setStrokeColor(HexColor("#E1E3EA"))
        c.roundRect(60, y - 14, 880, 48, 8, fill=1, stroke=1)
        c.setFillColor(NAVY)
        c.setFont("Vera", 16)
        c.drawString(80, y + 4, q)
        # upvote triangle drawn as a path
        p = c.beginPath()
        p.moveTo(850, y + 2)
        p.lineTo(862, y + 2)
        p.lineTo(856, y + 14)
        p.close()
        c.setFillColor(PAL[0])
        c.drawPath(p, fill=1, stroke=0)
        c.setFont("VeraBd", 15)
        c.setFillColor(NAVY)
        c.drawString(870, y + 3, str(n))
        if done:
            c.setFillColor(HexColor("#3CC6A6"))
            c.setFont("Vera", 10)
            c.drawString(760, y + 5, "Besvarad")
    c.showPage()

    # --- slide 8: next steps (content slide)
    frame()
    title("Nästa steg")
    c.setFont("Vera", 18)
    c.setFillColor(NAVY)
    steps = ["3 mars 2026 – styrgruppen lämnar förslag till Regionala utvecklingsnämnden",
             "18 mars 2026 – beslut i Regionala utvecklingsnämnden",
             "April 2026 – upphandling av utbildningsanordnare (yrkesutbildning + yrkessvenska)",
             "Kontakt: Helena Ståhl, Region Jönköpings län"]
    for i, s in enumerate(steps):
        c.drawString(80, 380 - i * 48, "•  " + s)
    c.setFont("VeraBd", 30)
    c.setFillColor(PAL[1])
    c.drawString(80, 130, "Tack för idag!")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 4. Invoice + payment slip + credit note
# ---------------------------------------------------------------------------
def luhn_digit(num):
    s = 0
    for i, d in enumerate(reversed(num)):
        v = int(d) * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    return str((10 - s % 10) % 10)


def make_invoice(path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Faktura 2026-1187")
    c.setAuthor("Smålands Yrkesakademi AB")
    c.setCreator("Ekonomisystem – fakturautskrift")
    GREEN = HexColor("#1F5C4A")
    ocr_base = "202611875"
    ocr = ocr_base + luhn_digit(ocr_base)

    items = [  # artnr, benämning, period, antal, enhet, à-pris
        ("YU-CNC", "CNC-operatör, Gislaved", "v. 36–43 (31 aug–23 okt 2026), 16 deltagare × 8 v", 128, "dv", 2450),
        ("YU-LAG", "Lager och logistik, Nässjö", "v. 37–43 (7 sep–23 okt 2026), 24 deltagare × 7 v", 168, "dv", 2100),
        ("YU-SVE", "Svets, Vetlanda", "v. 41–43 (5–23 okt 2026), 12 deltagare × 3 v", 36, "dv", 2980),
        ("YS-100", "Yrkessvenska, alla spår", "oktober 2026, lärarledda timmar", 96, "tim", 850),
    ]
    total = sum(i[3] * i[5] for i in items)

    def header(doc_title, nr, date, due, page):
        c.setFillColor(GREEN)
        c.rect(40, H - 95, 8, 55, fill=1, stroke=0)
        c.setFont("VeraBd", 17)
        c.drawString(56, H - 62, "SMÅLANDS YRKESAKADEMI")
        c.setFont("VeraIt", 9)
        c.setFillColor(HexColor("#555555"))
        c.drawString(56, H - 77, "Utbildning som leder till jobb")
        c.setFillColor(black)
        c.setFont("VeraBd", 20)
        c.drawRightString(W - 40, H - 60, doc_title)
        c.setFont("Vera", 8)
        c.drawRightString(W - 40, H - 74, f"Sida {page} (2)")
        # meta box
        bx, by = 330, H - 245
        c.setStrokeColor(HexColor("#999999"))
        c.rect(bx, by, W - 40 - bx, 135, fill=0, stroke=1)
        rows = [("Fakturanummer", nr), ("Fakturadatum", date), ("Förfallodatum", due),
                ("Kundnummer", "10412"), ("Er referens", "RJL1440 Amir Haddad"),
                ("Vår referens", "Kristoffer Lind"), ("Avtal/avrop", "Avrop RJL 2026/0412-7"),
                ("Betalningsvillkor", "30 dagar netto")]
        for i, (k, v) in enumerate(rows):
            y = by + 118 - i * 15.5
            c.setFont("Vera", 8)
            c.drawString(bx + 8, y, k)
            c.setFont("VeraBd" if i < 3 else "Vera", 9)
            c.drawString(bx + 100, y, v)
        # address window
        c.setFont("Vera", 10)
        for i, ln in enumerate(["Region Jönköpings län", "Regional utveckling", "Fakturaservice, ref RJL1440",
                                "Box 9041", "551 09 JÖNKÖPING"]):
            c.drawString(60, H - 140 - i * 13, ln)

    def footer():
        c.setStrokeColor(HexColor("#BBBBBB"))
        c.line(40, 62, W - 40, 62)
        c.setFont("Vera", 7)
        c.setFillColor(HexColor("#444444"))
        c.drawString(40, 50, "Smålands Yrkesakademi AB · Storgatan 18 · 331 30 Värnamo · Org.nr 559318-4472 · Styrelsens säte: Värnamo")
        c.drawString(40, 40, "Godkänd för F-skatt · Bankgiro 5123-4567 · Momsreg.nr SE559318447201 · faktura@smalandsyrkesakademi.se")
        c.setFillColor(black)

    def table(y0, rows, sign=1):
        cols = [40, 95, 330, 385, 420, 490]
        heads = ["Art.nr", "Benämning", "Antal", "Enh", "À-pris", "Belopp"]
        c.setFillColor(HexColor("#E8F0EC"))
        c.rect(40, y0 - 4, W - 80, 16, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont("VeraBd", 8)
        for x, hd in zip(cols, heads):
            if hd in ("Antal", "À-pris", "Belopp"):
                c.drawRightString(x + (45 if hd != "Belopp" else 65), y0, hd)
            else:
                c.drawString(x, y0, hd)
        y = y0 - 20
        for art, ben, per, a, u, p in rows:
            c.setFont("Vera", 8.5)
            c.drawString(cols[0], y, art)
            c.drawString(cols[1], y, ben)
            c.drawRightString(cols[2] + 45, y, str(sign * a))
            c.drawString(cols[3], y, u)
            c.drawRightString(cols[4] + 45, y, kr(p))
            c.drawRightString(cols[5] + 65, y, kr(sign * a * p))
            c.setFont("VeraIt", 7.5)
            c.setFillColor(HexColor("#555555"))
            c.drawString(cols[1], y - 10, per)
            c.setFillColor(black)
            y -= 28
        return y

    # ---- page 1: invoice
    header("FAKTURA", "2026-1187", "2026-10-30", "2026-11-29", 1)
    c.setFont("VeraBd", 9)
    c.drawString(40, H - 270, "Avser: Industrispåret – yrkesutbildning med yrkessvenska, avrop enligt ramavtal, oktober 2026")
    y = table(H - 295, items)
    c.line(330, y + 8, W - 40, y + 8)
    c.setFont("Vera", 9)
    c.drawString(360, y - 6, "Summa exkl. moms")
    c.drawRightString(W - 40, y - 6, kr(total))
    c.drawString(360, y - 20, "Moms 0 %")
    c.drawRightString(W - 40, y - 20, "0,00")
    c.drawString(360, y - 34, "Öresavrundning")
    c.drawRightString(W - 40, y - 34, "0,00")
    c.setFont("VeraBd", 11)
    c.drawString(360, y - 54, "Att betala SEK")
    c.drawRightString(W - 40, y - 54, kr(total))
    c.setFont("VeraIt", 7.5)
    c.drawString(40, y - 80, "Utbildningstjänsterna är undantagna från mervärdesskatt (momsfri utbildning).")
    c.drawString(40, y - 90, "Vid betalning efter förfallodagen debiteras dröjsmålsränta enligt räntelagen. Ange alltid OCR-nummer vid betalning.")
    # payment slip
    sy = 215
    c.setDash(3, 3)
    c.line(20, sy + 30, W - 20, sy + 30)
    c.setDash()
    c.setFont("Vera", 6.5)
    c.drawString(24, sy + 33, "Klipp här / Riv av")
    c.setFillColor(HexColor("#FFF5E6"))
    c.rect(30, 75, W - 60, sy - 55, fill=1, stroke=0)
    c.setFillColor(black)
    c.setFont("VeraBd", 11)
    c.drawString(40, sy + 5, "INBETALNING/GIRERING AVI")
    c.setFont("Vera", 7)
    labels = [("Till bankgironummer", "5123-4567", 40, sy - 25), ("Betalningsmottagare", "Smålands Yrkesakademi AB", 200, sy - 25),
              ("OCR-nummer", ocr, 40, sy - 65), ("Kronor", kr(total).replace(",", "  "), 200, sy - 65),
              ("Betalningsavsändare", "Region Jönköpings län", 360, sy - 65)]
    for lab, val, x, yy in labels:
        c.setFont("Vera", 7)
        c.drawString(x, yy + 14, lab)
        c.setStrokeColor(HexColor("#999999"))
        c.rect(x, yy - 6, 150, 18, fill=0, stroke=1)
        c.setFont("VeraBd", 10)
        c.drawString(x + 5, yy, val)
    c.setFont("Courier-Bold", 11)
    c.drawString(40, 95, f"#   {ocr} #  {total // 1} 00   {luhn_digit(str(total) + '00')} >        51234567#41#")
    footer()
    c.showPage()

    # ---- page 2: credit note
    header("KREDITFAKTURA", "2026-1203", "2026-11-12", "–", 2)
    c.setFont("VeraBd", 9)
    c.drawString(40, H - 270, "Kreditering av faktura 2026-1187 (Industrispåret, oktober 2026)")
    credit = [
        ("YU-SVE", "Svets, Vetlanda – kreditering", "v. 41–43, ingen undervisning genomförd", 36, "dv", 2980),
        ("YS-100", "Yrkessvenska – kreditering", "rätt antal timmar oktober 2026 är 80, inte 96", 16, "tim", 850),
    ]
    y = table(H - 295, credit, sign=-1)
    ctot = -sum(i[3] * i[5] for i in credit)
    c.line(330, y + 8, W - 40, y + 8)
    c.setFont("VeraBd", 10)
    c.drawString(330, y - 8, "Summa kreditering SEK")
    c.drawRightString(W - 40, y - 8, kr(ctot))
    ty = y - 45
    c.setFont("VeraBd", 10)
    c.drawString(40, ty, "Orsak till kreditering")
    c.setFont("Vera", 9)
    txt = ("Kursstart för Svets i Vetlanda har på beställarens begäran flyttats från 5 oktober 2026 (vecka 41) "
           "till 9 november 2026 (vecka 46), eftersom svetshallen i Vetlanda inte var färdigbesiktad. Veckorna 41–43 "
           "fakturerades därför felaktigt på faktura 2026-1187 och krediteras i sin helhet. Svetsveckorna faktureras "
           "i stället löpande från november. Antalet lärarledda timmar yrkessvenska i oktober har rättats från 96 till 80.")
    for k, ln in enumerate(wrap(txt, "Vera", 9, W - 80)):
        c.drawString(40, ty - 15 - k * 12, ln)
    sy2 = ty - 15 - 12 * len(wrap(txt, "Vera", 9, W - 80)) - 25
    c.setFont("VeraBd", 10)
    c.drawString(40, sy2, "Avstämning faktura 2026-1187")
    c.setFont("Vera", 9)
    recon = [("Faktura 2026-1187, 2026-10-30", kr(total)), ("Kreditfaktura 2026-1203, 2026-11-12", kr(ctot)),
             ("Kvar att betala på faktura 2026-1187", kr(total + ctot))]
    for i, (k, v) in enumerate(recon):
        if i == 2:
            c.setFont("VeraBd", 10)
        c.drawString(60, sy2 - 18 - i * 15, k)
        c.drawRightString(380, sy2 - 18 - i * 15, v)
    c.setFont("Vera", 9)
    c.drawString(40, sy2 - 80, f"Kreditfakturan ska inte betalas. Kvarstående belopp betalas med OCR {ocr} senast 2026-11-29.")
    c.drawString(40, sy2 - 93, "Frågor om fakturan: Kristoffer Lind, 0370-48 12 60, kristoffer.lind@smalandsyrkesakademi.se")
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# DOCX helpers (hand-written OOXML, fixed zip timestamps)
# ---------------------------------------------------------------------------
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
      'mc:Ignorable="w14 wp14"')

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:color w:val="00587C"/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="280" w:after="100"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="00587C"/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:i/><w:color w:val="44546A"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""


def core_xml(title, creator, modby, created, modified):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator><cp:lastModifiedBy>{escape(modby)}</cp:lastModifiedBy>
<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>
</cp:coreProperties>"""


APP_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)


def run(text, b=False, i=False, sz=None, color=None):
    rpr = ""
    if b:
        rpr += "<w:b/>"
    if i:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if sz:
        rpr += f'<w:sz w:val="{sz}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(content, style=None, jc=None, raw=False):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    body = content if raw else run(content)
    return f"<w:p>{ppr}{body}</w:p>"


def table(rows, widths, header=True, grid=True, bold_last=False):
    tblpr = '<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr>' if grid \
        else '<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="0000"/></w:tblPr>'
    g = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f"<w:tbl>{tblpr}<w:tblGrid>{g}</w:tblGrid>"]
    for ri, r in enumerate(rows):
        bold = (header and ri == 0) or (bold_last and ri == len(rows) - 1)
        cells = []
        for ci, cell in enumerate(r):
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="DCE9F0"/>' if header and ri == 0 and grid else ""
            lines = cell.split("\n")
            ps = "".join(para(run(ln, b=bold), raw=True) for ln in lines)
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/>{shade}</w:tcPr>{ps}</w:tc>')
        out.append("<w:tr>" + "".join(cells) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def footer_xml(text):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {NS}>'
            f'<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{run(text, sz=16)}'
            '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:tab/><w:t xml:space="preserve">Sida </w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '</w:p></w:ftr>')


SECT = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdFtr1"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="567" w:gutter="0"/></w:sectPr>')


# ---------------------------------------------------------------------------
# 2. Decision DOCX – letterhead native, body as an altChunk HTML part
# ---------------------------------------------------------------------------
ALTCHUNK_HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Paragraf 34</title>
<style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt} td,th{border:1px solid #777;padding:3px 6px} table{border-collapse:collapse}</style>
</head><body>
<p><b>Ärendebeskrivning</b></p>
<p>Regional utveckling har tillsammans med Arbetsförmedlingen och vuxenutbildningen i Gislaveds, Nässjö och Vetlanda kommuner tagit fram projektet Industrispåret. Projektet ska ge arbetssökande, framför allt utrikes födda och personer som varit utan arbete länge, en kort yrkesutbildning mot industrin där yrkessvenska ingår från första dagen. Underlaget bygger bland annat på uppstartsworkshopen den 10 februari 2026 på Campus Värnamo och på styrgruppens förslag den 3 mars 2026.</p>
<p>Styrgruppen föreslog att CNC-spåret skulle förläggas till Värnamo, som rankades högst vid workshopen. Nämnden beslutar i stället att CNC-spåret förläggs till Gislaved, där Gislaved Industricentrum kan upplåta en maskinhall och där flest industriföretag i GGVV-området har anmält rekryteringsbehov.</p>
<p><b>Beslut</b></p>
<p>Regionala utvecklingsnämnden beslutar</p>
<ol>
<li>att bevilja 4 200 000 kronor ur anslaget för regional utveckling till projektet Industrispåret för perioden 1 april 2026–31 december 2027,</li>
<li>att CNC-spåret förläggs till Gislaved och inte till Värnamo,</li>
<li>att utse Helena Ståhl, Regional utveckling, till projektledare,</li>
<li>att en lägesrapport ska lämnas till nämnden senast 31 januari 2027 och en slutrapport senast 31 mars 2028.</li>
</ol>
<p><b>Yrkesspår enligt beslutet</b></p>
<table>
<tr><th>Spår</th><th>Kommun</th><th>Kursstart</th><th>Platser</th><th>Längd</th></tr>
<tr><td>CNC-operatör</td><td>Gislaved</td><td>24 augusti 2026</td><td>16</td><td>20 veckor</td></tr>
<tr><td>Lager och logistik</td><td>Nässjö</td><td>7 september 2026</td><td>20</td><td>18 veckor</td></tr>
<tr><td>Svets</td><td>Vetlanda</td><td>5 oktober 2026</td><td>12</td><td>24 veckor</td></tr>
<tr><td><b>Summa</b></td><td></td><td></td><td><b>48</b></td><td></td></tr>
</table>
<p>Yrkessvenska ingår i alla spår och upphandlas från samma utbildningsanordnare som yrkesutbildningen. Deltagare anvisas av Arbetsförmedlingen och kan vara bosatta i vilken som helst av länets 13 kommuner.</p>
<p><b>Finansiering</b></p>
<table>
<tr><th>Finansiär</th><th>Belopp, kronor</th></tr>
<tr><td>Region Jönköpings län, regionala utvecklingsmedel</td><td>4 200 000</td></tr>
<tr><td>Gislaveds, Nässjö och Vetlanda kommuner (vuxenutbildning), medfinansiering</td><td>1 300 000</td></tr>
<tr><td>Arbetsförmedlingen (personal, i annat än pengar)</td><td>900 000</td></tr>
<tr><td><b>Total budget</b></td><td><b>6 400 000</b></td></tr>
</table>
<p>Kontaktperson på Arbetsförmedlingen är Per Sandell. Projektet ska följa upp andelen deltagare som är i arbete eller studier 90 dagar efter avslutad utbildning; målet i ansökan är 60 procent.</p>
<p><b>Beslutsunderlag</b></p>
<p>Tjänsteskrivelse 2026-03-05, Projektansökan Industrispåret 2026-03-04, Dokumentation från uppstartsworkshop 2026-02-10.</p>
<p><b>Beslutet skickas till</b></p>
<p>Helena Ståhl, Regional utveckling; Arbetsförmedlingen, Per Sandell; Gislaveds, Nässjö och Vetlanda kommuner; Ekonomiavdelningen.</p>
</body></html>
"""


def make_decision(path):
    head = table([["Region Jönköpings län\nRegionala utvecklingsnämnden",
                   "PROTOKOLLSUTDRAG\nSammanträdesdatum 2026-03-18\nDnr RJL 2026/0412"]],
                 [5200, 3900], header=False, grid=False)
    body = (head
            + para("")
            + para("§ 34 Finansiering av projektet Industrispåret – yrkesutbildning med yrkessvenska", style="Heading1")
            + '<w:altChunk r:id="rIdHtml1"/>'
            + para("")
            + para(run("Vid protokollet: ", b=True) + run("Jonas Fredriksson, nämndsekreterare"), raw=True)
            + para(run("Justerat: ", b=True) + run("2026-03-19 (digital justering)"), raw=True)
            + para(run("Utdragsbestyrkande: ", b=True) + run("Beslutet har fattats och justerats digitalt och saknar därför namnunderskrift."), raw=True))
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body}{SECT}</w:body></w:document>'
    ct = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/word/afchunk1.htm" ContentType="text/html"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""
    rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
<Relationship Id="rIdHtml1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk1.htm"/>
</Relationships>"""
    write_zip(path, [
        ("[Content_Types].xml", ct), ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", core_xml("Protokollsutdrag", "Ärendesystem (dokumentgenerering)", "Ärendesystem",
                                       "2026-03-19T08:12:00Z", "2026-03-19T08:12:00Z")),
        ("docProps/app.xml", APP_XML),
        ("word/document.xml", doc), ("word/_rels/document.xml.rels", rels),
        ("word/styles.xml", STYLES),
        ("word/footer1.xml", footer_xml("Region Jönköpings län · Regionala utvecklingsnämnden · Protokollsutdrag 2026-03-18 § 34")),
        ("word/afchunk1.htm", ALTCHUNK_HTML),
    ])


# ---------------------------------------------------------------------------
# 5. Status report DOCX – native chart + floating text box (AlternateContent)
# ---------------------------------------------------------------------------
CHART_CATS = ["CNC-operatör, Gislaved", "Lager och logistik, Nässjö", "Svets, Vetlanda"]
CHART_SERIES = [("Påbörjat", "00587C", [16, 23, 12]),
                ("Avbrutit", "E07B39", [2, 3, 0]),
                ("Pågående 31 dec", "7FB77E", [14, 20, 12])]


def chart_xml():
    sers = []
    cols = "BCD"
    for si, (name, color, vals) in enumerate(CHART_SERIES):
        cat = "".join(f'<c:pt idx="{i}"><c:v>{escape(x)}</c:v></c:pt>' for i, x in enumerate(CHART_CATS))
        val = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(vals))
        sers.append(
            f'<c:ser><c:idx val="{si}"/><c:order val="{si}"/>'
            f'<c:tx><c:strRef><c:f>Blad1!${cols[si]}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{escape(name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>'
            f'<c:spPr><a:solidFill><a:srgbClr val="{color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>'
            f'<c:cat><c:strRef><c:f>Blad1!$A$2:$A$4</c:f><c:strCache><c:ptCount val="3"/>{cat}</c:strCache></c:strRef></c:cat>'
            f'<c:val><c:numRef><c:f>Blad1!${cols[si]}$2:${cols[si]}$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/>{val}</c:numCache></c:numRef></c:val>'
            '</c:ser>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<c:date1904 val="0"/><c:lang val="sv-SE"/><c:roundedCorners val="0"/><c:chart>'
            '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>'
            '<a:r><a:rPr lang="sv-SE" sz="1200" b="1"/><a:t>Deltagare per spår t.o.m. 31 december 2026</a:t></a:r></a:p></c:rich></c:tx>'
            '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
            '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
            + "".join(sers) +
            '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>'
            '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls><c:gapWidth val="120"/>'
            '<c:axId val="50010001"/><c:axId val="50010002"/></c:barChart>'
            '<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
            '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/>'
            '<c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>'
            '<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
            '<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/>'
            '<c:crossAx val="50010001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>'
            '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>'
            '</c:chart></c:chartSpace>')


def textbox_run(paras_xml):
    """Floating text box, anchored right; DrawingML choice plus VML fallback (text stored twice)."""
    anchor = (
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2286000" cy="1600200"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="2" name="Textruta 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="1600200"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFF4D6"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="C98A00"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{paras_xml}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor>')
    fallback = (
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Textruta 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:180pt;height:126pt;z-index:251659264;'
        'mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#fff4d6" strokecolor="#c98a00" strokeweight="1pt">'
        f'<v:textbox><w:txbxContent>{paras_xml}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict>')
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{anchor}</w:drawing></mc:Choice>'
            f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>')


def chart_run():
    return ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5760000" cy="3240000"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:docPr id="1" name="Diagram 1" descr="Stapeldiagram: påbörjade deltagare per spår, oktober 2026 (CNC 15, Lager 20)"/>'
            '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
            '<c:chart r:id="rIdChart1"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def make_status(path):
    tb = (para(run("NYTT MÅL", b=True, color="8A5A00"), raw=True)
          + para(run("Styrgruppen beslutade den 2 december 2026 att höja målet: 70 procent av deltagarna ska vara i arbete "
                     "eller studier 90 dagar efter avslutad utbildning.", sz=19), raw=True))
    hem = [["Hemkommun", "Påbörjat"], ["Jönköping", "9"], ["Värnamo", "7"], ["Gislaved", "8"], ["Gnosjö", "3"],
           ["Vaggeryd", "2"], ["Nässjö", "9"], ["Eksjö", "3"], ["Tranås", "2"], ["Vetlanda", "5"], ["Sävsjö", "1"],
           ["Aneby", "1"], ["Mullsjö", "1"], ["Habo", "0"], ["Summa", "51"]]
    spar = [["Spår", "Kommun", "Kursstart", "Platser", "Status 2027-01-29"],
            ["CNC-operatör", "Gislaved", "31 augusti 2026", "16", "Avslutad 22 januari 2027"],
            ["Lager och logistik", "Nässjö", "7 september 2026", "24", "Pågår, avslutas 29 januari 2027"],
            ["Svets", "Vetlanda", "9 november 2026", "12", "Pågår, avslutas maj 2027"],
            ["Industrielektriker", "Tranås", "15 mars 2027", "12", "Planerad (tilläggsbeslut)"]]
    eko = [["Post", "Kronor"],
           ["Beviljat RUN 2026-03-18 § 34", "4 200 000"],
           ["Tilläggsbeslut RUN 2026-11-25 § 112 (spår 4, Tranås)", "650 000"],
           ["Summa beviljade regionala medel", "4 850 000"],
           ["Upparbetat t.o.m. 2026-12-31", "1 912 340"],
           ["Kvar av beviljade medel", "2 937 660"]]
    body = "".join([
        para("Lägesrapport 1 – Industrispåret", style="Title"),
        para(run("Yrkesutbildning med yrkessvenska i Jönköpings län · Dnr RJL 2026/0412", i=True), raw=True),
        para("Rapportperiod: 1 april–31 december 2026. Datum: 2027-01-29. Upprättad av Amir Haddad, projektledare."),
        para("1. Sammanfattning", style="Heading1"),
        para(textbox_run(tb) + run(
            "Industrispåret har under 2026 startat tre yrkesspår: CNC-operatör i Gislaved, Lager och logistik i Nässjö och "
            "Svets i Vetlanda. Totalt har 51 deltagare påbörjat en utbildning. Målet i ansökan är att 60 procent av "
            "deltagarna ska vara i arbete eller studier 90 dagar efter avslutad utbildning. Ett fjärde spår, "
            "Industrielektriker i Tranås, har beviljats genom ett tilläggsbeslut och planeras starta under våren 2027."), raw=True),
        para("Svetsspåret i Vetlanda startade senare än planerat, 9 november 2026, eftersom svetshallen inte var "
             "färdigbesiktad i oktober. Lager och logistik i Nässjö utökades i maj 2026 från 20 till 24 platser."),
        para("2. Deltagare", style="Heading1"),
        para("Figur 1 visar hur många som har påbörjat, avbrutit respektive pågår i varje spår. Tabell 1 visar "
             "deltagarnas hemkommun. Deltagare från 12 av länets 13 kommuner har påbörjat en utbildning."),
        para(chart_run(), raw=True, jc="center"),
        para("Figur 1. Deltagare per spår t.o.m. 31 december 2026. Källa: projektets deltagarregister.", style="Caption"),
        para("Tabell 1. Påbörjade deltagare per hemkommun t.o.m. 31 december 2026", style="Caption"),
        table(hem, [3000, 1500], bold_last=True),
        para("3. Spår och tidplan", style="Heading1"),
        table(spar, [2100, 1300, 1800, 900, 2900]),
        para(""),
        para("Spår 4 Industrielektriker i Tranås finansieras av tilläggsbeslutet och har 12 platser. Utbildningsanordnare "
             "för samtliga spår är Smålands Yrkesakademi AB enligt ramavtal."),
        para("4. Ekonomi", style="Heading1"),
        table(eko, [5600, 2000]),
        para(""),
        para("Medfinansieringen från kommunerna och Arbetsförmedlingen redovisas i slutrapporten."),
        para("5. Organisation", style="Heading1"),
        para("Projektledare är Amir Haddad sedan 1 juni 2026; han efterträdde Helena Ståhl. Kontaktperson på "
             "Arbetsförmedlingen är Per Sandell. Teknikföretagen ingår i styrgruppen sedan september 2026."),
        para("6. Uppföljning och nästa steg", style="Heading1"),
        para("De första 14 deltagarna avslutade CNC-spåret den 22 januari 2027. Sysselsättning 90 dagar efter avslutad "
             "utbildning följs upp först i april 2027, så inga resultat om arbete eller studier kan redovisas i denna rapport."),
        para("Nästa styrgruppsmöte: 10 februari 2027."),
    ])
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body}{SECT}</w:body></w:document>'
    ct = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/word/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""
    rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart1.xml"/>
</Relationships>"""
    write_zip(path, [
        ("[Content_Types].xml", ct), ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", core_xml("Lägesrapport Industrispåret (utkast okt)", "Helena Ståhl", "Amir Haddad",
                                       "2026-10-14T09:30:00Z", "2027-01-29T14:05:00Z")),
        ("docProps/app.xml", APP_XML),
        ("word/document.xml", doc), ("word/_rels/document.xml.rels", rels),
        ("word/styles.xml", STYLES),
        ("word/footer1.xml", footer_xml("Lägesrapport 1 · Industrispåret · Region Jönköpings län")),
        ("word/charts/chart1.xml", chart_xml()),
    ])


# ---------------------------------------------------------------------------
# 3. Mailman digest (Swedish locale, plain-text digest)
# ---------------------------------------------------------------------------
SEP = "-" * 70
DIGEST = f"""Skicka inlägg till Industrisparet-listan till
	industrisparet@lists.rjl.se

För att prenumerera eller säga upp prenumeration via WWW, gå till
	https://lists.rjl.se/mailman/listinfo/industrisparet
eller, via e-post, skicka ett e-brev med ordet 'help' i ärendet eller i
texten till
	industrisparet-request@lists.rjl.se

Du kan nå personen som administrerar listan på
	industrisparet-owner@lists.rjl.se

När du svarar, var vänlig och ändra din ärenderad så att den blir mer
specifik än "Re: Innehållet i Industrisparet sammandrag..."


Dagens ämnen:

   1. Ny projektledare från 1 juni (Ståhl Helena)
   2. Re: Startdatum CNC Gislaved (Haddad Amir)
   3. Informationsträff Nässjö flyttas (Sandell Per)
   4. Tidplan svetshallen (Öberg Karin)
   5. Re: Informationsträff Nässjö flyttas (Haddad Amir)


{SEP}

Meddelande: 1
Datum: Tue, 26 May 2026 14:02:11 +0200
Från: Ståhl Helena <helena.stahl@rjl.se>
Till: "industrisparet@lists.rjl.se" <industrisparet@lists.rjl.se>
Ämne: [Industrisparet] Ny projektledare från 1 juni
Meddelande-ID:
	<GV1P189MB2011A4C2D3E4F5A6B7C8D9E0@GV1P189MB2011.EURP189.PROD.OUTLOOK.COM>
	
Innehållstyp: text/plain; charset="utf-8"

Hej alla!

Som en del av er redan vet går jag på föräldraledighet i sommar. Från
och med 1 juni 2026 tar Amir Haddad över som projektledare för
Industrispåret. Amir kommer närmast från vuxenutbildningen i Värnamo och
känner redan flera av er.

Amir nås på amir.haddad@rjl.se och 036-324 18 90. Jag finns kvar på
listan men kommer att läsa den mycket sällan.

Tack för ett fint första halvår!
Helena

--
Helena Ståhl
Projektledare, Industrispåret (t.o.m. 31 maj 2026)
Regional utveckling, Region Jönköpings län


------------------------------

Meddelande: 2
Datum: Thu, 28 May 2026 08:47:55 +0200
Från: Haddad Amir <amir.haddad@rjl.se>
Till: "industrisparet@lists.rjl.se" <industrisparet@lists.rjl.se>
Ämne: Re: [Industrisparet] Startdatum CNC Gislaved
Meddelande-ID:
	<AM9P189MB1744C0FFEE1234567890ABCDEF@AM9P189MB1744.EURP189.PROD.OUTLOOK.COM>
	
Innehållstyp: text/plain; charset="utf-8"

Hej Per och alla,

Styrgruppen beslutade i går (27 maj) att CNC-spåret i Gislaved startar
måndag 31 augusti 2026 i stället för 24 augusti. Skälet är att
maskinhallen hos Gislaved Industricentrum inte kan besiktas förrän
vecka 35. Kursen blir fortfarande 20 veckor.

Styrgruppen beslutade också att utöka Lager och logistik i Nässjö från
20 till 24 platser, eftersom tre logistikföretag i Nässjö har lovat
praktikplatser. Övriga spår är oförändrade.

Jag tar formellt över som projektledare den 1 juni, men svara gärna
mig redan nu.

/Amir

Den 27 maj 2026 16:10 skrev Sandell Per <per.sandell@arbetsformedlingen.se>:
> Hej!
> Gäller fortfarande 24 augusti som start för CNC i Gislaved? Vi behöver
> veta före vecka 24 för att hinna anvisa deltagare.
> Mvh Per Sandell, Arbetsförmedlingen


------------------------------

Meddelande: 3
Datum: Fri, 29 May 2026 10:15:02 +0200
Från: Sandell Per <per.sandell@arbetsformedlingen.se>
Till: "industrisparet@lists.rjl.se" <industrisparet@lists.rjl.se>
Ämne: [Industrisparet] Informationsträff Nässjö flyttas
Meddelande-ID:
	<0a1b2c3d4e5f@arbetsformedlingen.se>
	
Innehållstyp: text/plain; charset="iso-8859-1"

Hej,

Informationsträffen för arbetssökande om Lager och logistik i Nässjö
flyttas från tisdag 9 juni (stadsbiblioteket) till torsdag 11 juni
kl. 14.00 i Arbetsförmedlingens lokaler i Nässjö. Vi skickar ny
kallelse till de 60 som är inbjudna.

Med vänlig hälsning
Per Sandell
Arbetsförmedlingen, kontaktperson Industrispåret


------------------------------

Meddelande: 4
Datum: Mon, 1 Jun 2026 07:58:40 +0200
Från: Öberg Karin <karin.oberg@vetlanda.se>
Till: "industrisparet@lists.rjl.se" <industrisparet@lists.rjl.se>
Ämne: [Industrisparet] Tidplan svetshallen
Meddelande-ID: <5f4e3d2c1b0a@vetlanda.se>
Innehållstyp: multipart/mixed;
	boundary="_004_5f4e3d2c1b0avetlandase_"

-------------- nästa del --------------
En HTML-bilaga rensades bort...
URL: <https://lists.rjl.se/pipermail/industrisparet/attachments/20260601/5f4e3d2c/attachment.htm>
-------------- nästa del --------------
En bilaga som inte var text rensades bort...
Namn: Svetshall_Vetlanda_tidplan_v3.pdf
Typ: application/pdf
Storlek: 184220 bytes
Beskrivning: Svetshall_Vetlanda_tidplan_v3.pdf
URL: <https://lists.rjl.se/pipermail/industrisparet/attachments/20260601/5f4e3d2c/attachment.pdf>

------------------------------

Meddelande: 5
Datum: Mon, 1 Jun 2026 09:31:18 +0200
Från: Haddad Amir <amir.haddad@rjl.se>
Till: "industrisparet@lists.rjl.se" <industrisparet@lists.rjl.se>
Ämne: Re: [Industrisparet] Informationsträff Nässjö flyttas
Meddelande-ID:
	<AM9P189MB1744FACE0987654321@AM9P189MB1744.EURP189.PROD.OUTLOOK.COM>
	
Innehållstyp: text/plain; charset="utf-8"

Liten rättelse efter samtal med Per: träffen den 11 juni börjar
kl. 13.30, inte 14.00. Lokal enligt ovan.

Karin: tack för tidplanen för svetshallen! För er som inte kan öppna
bilagan: Svets i Vetlanda ligger kvar på 5 oktober så länge
besiktningen håller tidplanen, vi stämmer av i augusti.

/Amir

> Informationsträffen för arbetssökande om Lager och logistik i Nässjö
> flyttas från tisdag 9 juni (stadsbiblioteket) till torsdag 11 juni
> kl. 14.00 i Arbetsförmedlingens lokaler i Nässjö.


------------------------------

_______________________________________________
Industrisparet mailing list
industrisparet@lists.rjl.se
https://lists.rjl.se/mailman/listinfo/industrisparet


Slut på Industrisparet sammandrag, Vol 1, Nummer 6
**************************************************
"""


# ---------------------------------------------------------------------------
# 6. Joplin RAW export note (.md named by note id, metadata block at the end)
# ---------------------------------------------------------------------------
JOPLIN = """SG 2027-02-10 Industrispåret

**Styrgrupp Industrispåret, 10 feb 2027, kl 13–15, Regionens hus Jkpg + Teams**

Närv: Amir (ordf/PL), Jonas F (RJL RU), Lina Berglund (AF), Karin Ö (vux Vetlanda), Mats E (vux Gislaved), Eva L (vux Nässjö), Johan S (Teknikföretagen, Teams)
Förhinder: Per Sandell (AF)

Bilaga: [Lägesrapport 1](:/a41f9c2e7b3d4e5f8a9b0c1d2e3f4a5b) – godkänd med en ändring (tabell 1: rätta rubriken)

## Beslut

1. **El-spåret Tranås**: start ~~15 mars~~ → **12 april 2027**. YA har inte fått fram behörig lärare till mars och lokalen på Tranås lärcentrum är ledig först v. 15. Fortfarande 12 platser.
2. **AF-kontakt**: Lina Berglund ersätter Per Sandell som kontaktperson på Arbetsförmedlingen fr.o.m. 1 mars 2027 (Per går till nytt uppdrag på AF Jönköping).
3. **Förlängning**: Jonas F meddelade att delegationsbeslut om förlängd projekttid fattades 8 februari 2027 → projekttid t.o.m. 30 juni 2028, ==slutrapport senast 30 september 2028== (ersätter 31 mars 2028).
4. Målet 70 % i arbete/studier 90 dgr efter avslut ligger fast (beslut SG 2 dec).
5. Lägesrapport 1 godkänd, skickas till RUN.

## Att göra

- [x] Skicka lägesrapporten till RUN-sekr (Amir) – klart 12/2
- [ ] Avrop el-spåret hos YA, nytt startdatum (Amir, senast 20/2)
- [ ] Ny kallelse infoträff Tranås (Lina) – prel. vecka 11
- [ ] Uppföljning sysselsättning CNC-gruppen 90 dgr, april (Amir + Lina)
- [ ] Boka lokal nästa SG: **14 april 2027 kl 13.00**, Eksjö (Karin kollar stadshuset)

## Övrigt / egna noteringar

- Sävsjö & Aneby vill ha info om el-spåret, pendling till Tranås ok med tåg
- Johan S: 3 företag i Gnosjö vill ta emot CNC-praktikanter nästa omgång
- Fråga Jonas om kvar-budget 2 937 660 räcker för omgång 2 CNC (troligen nej utan omfördelning)
- Tavlan från mötet: ![whiteboard_sg_0210.jpg](:/3b7e0c1d2f4a4b6c8d9e0f1a2b3c4d5e)

id: 7d3c5e0a9b1f4c2e8a6d0f1b2c3d4e5f
parent_id: 9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5b
created_time: 2027-02-10T12:03:44.120Z
updated_time: 2027-02-12T07:58:33.020Z
is_conflict: 0
latitude: 57.78261370
longitude: 14.16184240
altitude: 0.0000
author: 
source_url: 
is_todo: 0
todo_due: 0
todo_completed: 0
source: joplin-desktop
source_application: net.cozic.joplin-desktop
application_data: 
order: 0
user_created_time: 2027-02-10T12:03:44.120Z
user_updated_time: 2027-02-12T07:58:33.020Z
encryption_cipher_text: 
encryption_applied: 0
markup_language: 1
is_shared: 0
share_id: 
conflict_original_id: 
master_key_id: 
user_data: 
deleted_time: 0
type_: 1"""

FILES = {
    "menti": "industrisparet_uppstartsworkshop_mentimeter_2026-02-10.pdf",
    "decision": "Protokollsutdrag_RUN_2026-03-18_34_Industrisparet.docx",
    "digest": "industrisparet_sammandrag_vol1_nr6.txt",
    "invoice": "Faktura_2026-1187_Smalands_Yrkesakademi.pdf",
    "status": "Lagesrapport_1_Industrisparet_2027-01-29.docx",
    "joplin": "7d3c5e0a9b1f4c2e8a6d0f1b2c3d4e5f.md",
}


def main(out):
    os.makedirs(out, exist_ok=True)
    make_menti(os.path.join(out, FILES["menti"]))
    make_decision(os.path.join(out, FILES["decision"]))
    with open(os.path.join(out, FILES["digest"]), "w", encoding="utf-8", newline="\n") as f:
        f.write(DIGEST)
    make_invoice(os.path.join(out, FILES["invoice"]))
    make_status(os.path.join(out, FILES["status"]))
    with open(os.path.join(out, FILES["joplin"]), "w", encoding="utf-8", newline="\n") as f:
        f.write(JOPLIN)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python r182_make_files.py OUT_DIR")
    main(sys.argv[1])
