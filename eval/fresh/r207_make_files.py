#!/usr/bin/env python3
"""r207 – testunderlag för dokumentsvar, Västra Götalands län.

Skriver sex dokument om det påhittade projektet "Servicenoder Väst"
(Bengtsfors kommun är projektägare, Regionutvecklingsnämnden i
Västra Götalandsregionen medfinansierar). Dokumenten uppdaterar varandra:

 1. 2026-01-20 Projektplan v1.0 (PDF, justerad text med avstavning vid radslut – även
    ortnamn och ett ord som avstavas över sidbrytningen – + löpande sidhuvud/sidfot)
 2. 2026-04-14 Protokoll styrgruppen (PDF, §-nummer i vänstermarginalen ritade sist
    på sidan, justeringsruta i varje sidfot, beslut som bryts över sidbrytning)
 3. 2026-06-10 Beslut RUN om ändringsansökan (DOCX, kryssrutor som Wingdings w:sym)
 4. 2026-09-02 E-post till kommunkontakter (EML, enbart HTML, base64, RFC 2047-rubriker,
    tabell med rowspan)
 5. 2026-11-24 Minnesanteckningar (TXT i Windows-1252/ANSI, CRLF, tabbjusterad tabell)
 6. 2027-02-15 Webbsida "aktuellt" (MD, MkDocs Material: innehållsflikar, admonitions,
    förkortningsdefinitioner *[NVK]: …)

Deterministiskt: ingen klocka, ingen slump, fast metadata.
Användning: python r207_make_files.py OUT_DIR
"""
import base64
import datetime
import io
import os
import sys
import zipfile

from reportlab import rl_config

rl_config.invariant = 1  # fasta /ID och datum i PDF
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

SHY = "\u00ad"  # mjukt bindestreck = tillåten avstavningspunkt
FORCE = "\u00a6"  # ¦ = avstavning som ska ske just här (sättarens val)

PLAN_PDF = "2026-01-20_Projektplan_Servicenoder_Vast_v1.0.pdf"
PROT_PDF = "2026-04-14_Protokoll_styrgruppen_Servicenoder_Vast.pdf"
BESLUT_DOCX = "2026-06-10_Beslut_RUN_2026-00412_andringsansokan.docx"
MAIL_EML = "2026-09-02_Uppdaterad_oppningsplan_Servicenoder.eml"
MINNES_TXT = "2026-11-24_Minnesanteckningar_infotraff_Asensbruk.txt"
WEB_MD = "2027-02-15_servicenoder-vast-aktuellt.md"


# ---------------------------------------------------------------------------
# Gemensam radbrytning med avstavning (för PDF)
# ---------------------------------------------------------------------------
def _segments(word):
    """Dela ett ord i segment med brytmöjligheter.
    Returnerar lista av (text, brytmarkör) där markör är 'soft' (lägg till '-'),
    'hard' (befintligt '-' behålls) eller None (sista segmentet)."""
    segs = []
    buf = ""
    for ch in word:
        if ch == SHY:
            segs.append((buf, "soft"))
            buf = ""
        elif ch == "-" and buf:
            segs.append((buf + "-", "hard"))
            buf = ""
        else:
            buf += ch
    segs.append((buf, None))
    return segs


def wrap(text, font, size, width):
    """Girig radbrytning med avstavning. Returnerar lista av rader (str)."""
    def w(s):
        return stringWidth(s, font, size)

    lines = []
    cur = []
    queue = [x for x in text.split(" ") if x != ""]
    while queue:
        word = queue.pop(0)
        if FORCE in word:  # avstavning som sättaren redan bestämt
            head, rest = word.split(FORCE, 1)
            cur.append(head.replace(SHY, "") + "-")
            lines.append(" ".join(cur))
            cur = []
            queue.insert(0, rest)
            continue
        clean = word.replace(SHY, "")
        if w(" ".join(cur + [clean])) <= width:
            cur.append(clean)
            continue
        segs = _segments(word)
        placed = False
        for k in range(len(segs) - 1, 0, -1):
            head = "".join(s for s, _ in segs[:k])
            if segs[k - 1][1] == "soft":
                head += "-"
            if len(head.rstrip("-")) < 3:
                continue
            if w(" ".join(cur + [head])) <= width:
                cur.append(head)
                lines.append(" ".join(cur))
                rest = ""
                for s, m in segs[k:]:
                    rest += s + (SHY if m == "soft" else "")
                cur = []
                queue.insert(0, rest)
                placed = True
                break
        if not placed:
            if cur:
                lines.append(" ".join(cur))
            cur = [clean]
    if cur:
        lines.append(" ".join(cur))
    return lines


class PdfFlow:
    """Enkel flödeslayout på en reportlab-canvas med justerad text."""

    def __init__(self, path, left, width, top, bottom, on_page_start, on_page_end,
                 title, author, subject, creator, pdf_date):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setDateFormatter(lambda *a: pdf_date)  # fast, realistiskt datum
        self.c.setProducer("Microsoft® Word för Microsoft 365")
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setSubject(subject)
        self.c.setCreator(creator)
        self.left = left
        self.width = width
        self.top = top
        self.bottom = bottom
        self.on_page_start = on_page_start
        self.on_page_end = on_page_end
        self.page = 1
        self.y = top
        self.on_page_start(self)

    def new_page(self):
        self.on_page_end(self)
        self.c.showPage()
        self.page += 1
        self.y = self.top
        self.on_page_start(self)

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def space(self, h):
        self.y -= h

    def heading(self, text, size=13, font="Helvetica-Bold", before=10, after=4):
        self.need(before + size + after + 30)
        self.y -= before
        self.c.setFont(font, size)
        self.c.drawString(self.left, self.y - size, text)
        self.y -= size + after

    def para(self, text, font="Times-Roman", size=11, leading=14.2, justify=True,
             after=6, on_line=None):
        lines = wrap(text, font, size, self.width)
        for i, line in enumerate(lines):
            self.need(leading)
            self.y -= leading
            t = self.c.beginText(self.left, self.y + 3)
            t.setFont(font, size)
            last = i == len(lines) - 1
            nsp = line.count(" ")
            if justify and not last and nsp:
                extra = self.width - stringWidth(line, font, size)
                t.setWordSpace(extra / nsp)
            t.textLine(line)
            self.c.drawText(t)
            if on_line:
                on_line(self, line)
        self.y -= after
        return lines

    def save(self):
        self.on_page_end(self)
        self.c.save()


def draw_table(c, x, y, col_w, rows, font="Helvetica", bold="Helvetica-Bold",
               size=9.5, row_h=16):
    """Rita enkel tabell (första raden fetstil). Returnerar nytt y."""
    for r, row in enumerate(rows):
        cx = x
        for j, cell in enumerate(row):
            c.rect(cx, y - row_h, col_w[j], row_h, stroke=1, fill=0)
            c.setFont(bold if r == 0 else font, size)
            if isinstance(cell, tuple):  # högerjusterad
                c.drawRightString(cx + col_w[j] - 4, y - row_h + 4.5, cell[0])
            else:
                c.drawString(cx + 4, y - row_h + 4.5, cell)
            cx += col_w[j]
        y -= row_h
    return y


# ---------------------------------------------------------------------------
# 1. Projektplan (PDF) – avstavning + löpande sidhuvud/sidfot
# ---------------------------------------------------------------------------
def make_plan(out, total=None):
    path = os.path.join(out, PLAN_PDF)
    W, H = A4
    left, width = 78, W - 156
    total_pages = {"n": total or 0}

    def start(f):
        c = f.c
        c.setFont("Helvetica", 8.5)
        c.drawString(left, H - 40, "Servicenoder Väst – Projektplan")
        c.drawRightString(left + width, H - 40, "Version 1.0 · 2026-01-20")
        c.setLineWidth(0.5)
        c.line(left, H - 45, left + width, H - 45)

    def end(f):
        c = f.c
        c.setLineWidth(0.5)
        c.line(left, 52, left + width, 52)
        c.setFont("Helvetica", 8.5)
        c.drawString(left, 40, "Bengtsfors kommun · Dnr KS 2026/31")
        c.drawRightString(left + width, 40, "Sida %d av %d" % (f.page, total_pages["n"]))

    f = PdfFlow(path, left, width, H - 70, 70, start, end,
                title="Servicenoder Väst – Projektplan v1.0",
                author="Helena Sjöberg", subject="Projektplan",
                creator="Microsoft® Word för Microsoft 365",
                pdf_date="D:20260120154210+01'00'")
    c = f.c
    # Titelblock
    c.setFont("Helvetica-Bold", 22)
    c.drawString(left, f.y - 30, "Servicenoder Väst")
    c.setFont("Helvetica", 13)
    c.drawString(left, f.y - 50, "Projektplan för service på landsbygden i Dalsland, Bohuslän och Skaraborg")
    c.setFont("Helvetica", 9.5)
    c.drawString(left, f.y - 68, "Version 1.0 – fastställd av styrgruppen 2026-01-20 · Projektägare: Bengtsfors kommun")
    f.y -= 90

    P = lambda t, **k: f.para(t.replace("|", SHY), size=11.5, leading=14.8, **k)
    f.heading("1. Bakgrund")
    P("I många mindre orter i Västra Götalands län har dagligvaru|butiken, post|ombudet "
      "och bank|kontoret försvunnit under de senaste tjugo åren. Invånarna får åka allt "
      "längre för att hämta paket, köpa recept|fria läke|medel eller få hjälp med "
      "kommunala e-tjänster. Projektet Service|noder Väst ska pröva om flera tjänster kan "
      "samlas under ett tak i en befintlig butik eller bygde|gård, en så kallad service|nod.")
    P("Projektet bygger på erfaren|heterna från för|studien Service i hela Väst|sverige "
      "2025 och drivs av Bengts|fors kommun, som är projekt|ägare, i nära samverkan med kommunerna "
      "Dals-Ed, Färge¦landa, Gull|spång och Tanum. Regionutvecklings|nämnden i Västra "
      "Götalands|regionen är den största med|finansiären.")

    f.heading("2. Definition av servicenod")
    P("Med en service|nod avses i projektet en fysisk plats i en ort med färre än 1 000 "
      "invånare där minst tre av följande fem tjänster erbjuds under samma tak och med "
      "gemensamma öppet|tider: paket|utlämning (inklusive möjlighet att lämna returer och skicka brev och paket), apoteks¦ombud, kontant|uttag eller "
      "betal|service, turist|information samt digital medborgar|service från kommunen. "
      "Den som driver noden kallas nod|värd och tecknar ett värd|avtal med kommunen.")

    f.heading("3. Mål")
    P("Projektets över|gripande mål är att minst fem service|noder är i drift när projektet "
      "avslutas och att andelen invånare i de deltagande orterna som har högst tio minuters "
      "bil|resa till paket|utlämning ökar från 61 till 85 procent. Målen följs upp i den "
      "externa utvärderingen, se avsnitt 8.")

    f.heading("4. Deltagande kommuner och pilotnoder")
    P("Varje deltagande kommun utser en ort för en pilot|nod. Nod|värdarna är preliminärt "
      "utsedda och värd|avtalen tecknas under våren 2026.", after=4)
    f.need(6 * 16 + 10)
    f.y = draw_table(c, left, f.y, [120, 130, width - 250], [
        ["Kommun", "Pilotnod (ort)", "Preliminär nodvärd"],
        ["Bengtsfors", "Bäckefors", "Dagligvarubutik"],
        ["Dals-Ed", "Rölanda", "Bygdegårdsförening"],
        ["Färgelanda", "Högsäter", "Dagligvarubutik"],
        ["Gullspång", "Hova", "Dagligvarubutik"],
        ["Tanum", "Rabbalshede", "Bensinstation med butik"],
    ])
    f.space(10)

    f.heading("5. Tidplan")
    P("Projektet startar den 1 mars 2026. Under våren installeras paket|skåp, kassa|system "
      "och skärmar för medborgar|service i pilot|noderna. Samtliga fem pilot|noder öppnar "
      "tisdagen den 15 september 2026. Projektet avslutas formellt den 31 december 2027 och "
      "därefter lämnas en slut¦rapport till Regionutvecklings|nämnden senast den 31 mars 2028.")

    f.heading("6. Budget och finansiering")
    P("Den totala budgeten för projekt|perioden är 4 800 000 kronor. Finansieringen framgår "
      "av tabell 2. De kommunala insatserna består av både kontanta medel och arbets|tid.",
      after=4)
    f.need(6 * 16 + 10)
    f.y = draw_table(c, left, f.y, [width - 130, 130], [
        ["Finansiär", ("Belopp, kronor",)],
        ["Regionutvecklingsnämnden, Västra Götalandsregionen", ("2 400 000",)],
        ["Deltagande kommuner (5 × 300 000)", ("1 500 000",)],
        ["Tillväxtverket, landsbygdsprogrammet", ("900 000",)],
        ["Totalt", ("4 800 000",)],
    ])
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(left, f.y - 11, "Tabell 2. Finansiering 2026–2027.")
    f.space(22)
    P("Varje nod|värd får en ersättning om 4 000 kronor per månad och nod för de mer|kostnader "
      "som uppstår, bland annat för personal|tid vid paket|utlämning och medborgar|service. "
      "Ersättningen regleras i värd|avtalet.")

    f.heading("7. Organisation")
    P("Projekt|ledare är Helena Sjöberg, Bengts|fors kommun. Styr|gruppen består av en "
      "representant per deltagande kommun och leds av Anders Nyqvist, närings|livs|chef i "
      "Bengts|fors kommun. Styr|gruppen samman|träder minst fyra gånger per år. Två gånger per "
      "år anordnas nätverks|träffar för nod|värdarna.")

    f.heading("8. Uppföljning och utvärdering")
    P("Projekt|ledaren lämnar läges|rapport kvartals|vis till Regionutvecklings|nämnden. En "
      "extern utvärdering upphandlas under våren 2026 till en beräknad kostnad om cirka "
      "300 000 kronor. Utvärderaren ska följa projektet löpande och lämna en slutlig "
      "utvärderings|rapport som bilaga till slut|rapporten.")

    f.heading("9. Risker")
    P("De största riskerna är att leverantörer av paket|skåp och kassa|system inte håller "
      "utlovade leverans|tider, att nod|värdar avbryter sitt åtagande och att en deltagande "
      "kommun av ekonomiska skäl lämnar projektet. Risk|analysen revideras av styr|gruppen "
      "vid varje samman|träde.")
    pages = f.page
    f.save()
    if total != pages:  # andra passet med rätt sidantal i sidfoten
        return make_plan(out, pages)
    return path


# ---------------------------------------------------------------------------
# 2. Protokoll (PDF) – §-marginal ritad sist, justeringsruta i varje sidfot
# ---------------------------------------------------------------------------
def make_protokoll(out, total=None):
    path = os.path.join(out, PROT_PDF)
    W, H = A4
    mleft = 56          # marginalkolumn för §
    left = 170          # brödtext
    width = W - left - 56
    state = {"labels": [], "pages": total or 0}

    def start(f):
        c = f.c
        c.setFont("Helvetica-Bold", 11)
        c.drawString(mleft, H - 48, "BENGTSFORS KOMMUN")
        c.drawString(300, H - 48, "PROTOKOLL")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 56, H - 48, "Sida %d (%d)" % (f.page, state["pages"]))
        c.drawString(300, H - 62, "Sammanträdesdatum")
        c.drawString(300, H - 74, "2026-04-14")
        c.drawString(mleft, H - 62, "Styrgruppen för projektet")
        c.drawString(mleft, H - 74, "Servicenoder Väst")
        c.setLineWidth(0.6)
        c.line(mleft, H - 82, W - 56, H - 82)
        state["labels"] = []

    def end(f):
        c = f.c
        # Marginaletiketter (§-nummer och rubriker) ritas sist på sidan,
        # som ramar förankrade i stycken i ordbehandlaren.
        for (y, lines) in state["labels"]:
            yy = y
            for k, s in enumerate(lines):
                c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 10 if k == 0 else 8.5)
                c.drawString(mleft, yy, s)
                yy -= 11
        # Justeringsruta i sidfoten
        c.setLineWidth(0.6)
        bw = (W - 112) / 2
        c.rect(mleft, 34, bw * 0.6, 40)
        c.rect(mleft + bw * 0.6, 34, bw * 0.6, 40)
        c.rect(W - 56 - bw * 0.8, 34, bw * 0.8, 40)
        c.setFont("Helvetica", 7.5)
        c.drawString(mleft + 3, 66, "Justerandes sign")
        c.drawString(mleft + bw * 0.6 + 3, 66, "Justerandes sign")
        c.drawString(W - 56 - bw * 0.8 + 3, 66, "Utdragsbestyrkande")

    f = PdfFlow(path, left, width, H - 96, 92, start, end,
                title="Protokoll styrgruppen Servicenoder Väst 2026-04-14",
                author="Jonas Berg", subject="Protokoll",
                creator="Microsoft® Word för Microsoft 365",
                pdf_date="D:20260421110305+02'00'")

    def label(lines):
        state["labels"].append((f.y - 12, lines))

    P = lambda t, **k: f.para(t, font="Helvetica", size=10, leading=13.2, justify=False, **k)

    # Inledande uppgifter (två kolumner: etikett i marginal, text till höger)
    def field(lab, text):
        f.need(14)
        label([lab])
        f.y += 0
        P(text, after=5)

    field("Plats och tid", "Medborgarhuset, Bengtsfors, tisdag 14 april 2026 kl. 13.00–15.30")
    field("Beslutande", "Anders Nyqvist (ordförande), Bengtsfors kommun; Lena Karlsson, Dals-Eds "
          "kommun; Per Olausson, Färgelanda kommun; Sofia Ek, Gullspångs kommun; Mikael Strand, "
          "Tanums kommun")
    field("Övriga närvarande", "Helena Sjöberg, projektledare; Jonas Berg, sekreterare; "
          "Ulrika Dahl, Melleruds kommun, § 5")
    field("Justerare", "Lena Karlsson")
    field("Paragrafer", "§§ 1–9")
    f.space(8)

    def par(num, title, texts):
        f.need(40)
        f.space(6)
        label(["§ %d" % num] + title)
        for t in texts:
            P(t)

    par(1, ["Mötets öppnande"], ["Ordföranden förklarar mötet öppnat och hälsar särskilt Ulrika Dahl från Melleruds "
                                   "kommun välkommen."])
    par(2, ["Val av justerare"], ["Lena Karlsson utses att jämte ordföranden justera dagens protokoll. Justering "
                                   "sker på kommunhuset i Bengtsfors den 21 april 2026."])
    par(3, ["Lägesrapport"], [
        "Projektledaren redovisar läget. Värdavtal är tecknade i Bäckefors, Rölanda och "
        "Rabbalshede. I Högsäter och Hova pågår förhandlingar. Upphandlingen av paketskåp är "
        "avslutad.",
        "Kassasystemen är beställda och installeras i augusti. Skärmarna för digital "
        "medborgarservice levereras i juni och kommunernas kontaktcenter har utbildats i hur de "
        "ska ta emot ärenden från noderna. Kostnadsuppföljningen per den 31 mars 2026 visar att "
        "projektet har förbrukat 312 000 kronor, vilket är i nivå med budget.",
        "Projektledaren har haft dialog med två apoteksaktörer om ombudsavtal. Båda har visat "
        "intresse och avtal väntas kunna tecknas före sommaren. Turistinformationen samordnas "
        "med kommunernas turismansvariga.",
        "Styrgruppen diskuterar marknadsföringen inför öppningen. Förslaget är att varje kommun "
        "ansvarar för annonsering i lokalpress och att projektet tar fram gemensam skyltning och "
        "en folder.",
        "Beslut",
        "Styrgruppen beslutar att lägga lägesrapporten till handlingarna."])
    par(4, ["Ändrad tidplan för", "pilotnoderna", "Dnr KS 2026/31"], [
        "Leverantören av paketskåp har meddelat att leveransen försenas från vecka 34 till "
        "vecka 39. Utan paketskåp kan noderna inte erbjuda paketutlämning, som är den tjänst "
        "invånarna efterfrågar mest. Projektledaren föreslår därför att öppningen av samtliga "
        "pilotnoder skjuts upp med knappt tre veckor. Konsekvenser för budgeten bedöms som "
        "små. Övriga aktiviteter i tidplanen påverkas inte. Leverantören har skriftligen "
        "bekräftat den nya leveransveckan och installationen tar cirka en vecka per nod.",
        "Styrgruppen diskuterar om noderna kan öppna i etapper men enas om en gemensam "
        "öppning för att kunna genomföra en samlad marknadsföring i lokalpress och på "
        "kommunernas webbplatser. Per Olausson, Färgelanda kommun, påpekar att "
        "elinstallationen för paketskåpet i Högsäter ännu inte är upphandlad.",
        "Beslut",
        "Styrgruppen beslutar att pilotnodernas öppning flyttas från den 15 september 2026 "
        "till den 5 oktober 2026, samt att projektledaren informerar nodvärdarna och "
        "leverantörerna om den nya tidplanen."])
    par(5, ["Anslutning av", "Melleruds kommun"], [
        "Ulrika Dahl, Melleruds kommun, presenterar kommunens intresse av att ansluta med en "
        "servicenod i Åsensbruk. Noden bedöms kunna öppna under våren 2027.",
        "Beslut",
        "Styrgruppen beslutar att Melleruds kommun ansluts som sjätte kommun i projektet och att "
        "projektägaren ansöker hos Regionutvecklingsnämnden om utökad finansiering med "
        "900 000 kronor samt om förlängd projekttid till och med den 30 juni 2028."])
    par(6, ["Projektledning"], [
        "Helena Sjöberg är föräldraledig från och med den 1 juni 2026.",
        "Beslut",
        "Styrgruppen utser Jonas Berg till tillförordnad projektledare under perioden "
        "1 juni 2026 – 31 maj 2027."])
    par(7, ["Extern utvärdering"], [
        "Tre anbud har kommit in i upphandlingen av extern utvärdering. Anbuden har utvärderats "
        "utifrån pris och kvalitet.",
        "Beslut",
        "Styrgruppen beslutar att tilldela uppdraget till Norrbo Analys AB till en kostnad av "
        "285 000 kronor."])
    par(8, ["Nodvärdsersättning och", "nätverksträff"], [
        "Flera nodvärdar har framfört att ersättningen i projektplanen inte täcker "
        "merkostnaderna för personal.",
        "Beslut",
        "Styrgruppen beslutar att ersättningen till nodvärdarna höjs från 4 000 kronor till "
        "5 500 kronor per månad och nod från och med den 1 oktober 2026. Höstens nätverksträff "
        "för nodvärdar hålls onsdagen den 14 oktober 2026 kl. 09.30–15.00 i Medborgarhuset, "
        "Bengtsfors."])
    par(9, ["Nästa möte"], ["Nästa möte hålls tisdagen den 2 juni 2026 kl. 13.00, digitalt."])

    f.space(24)
    f.need(90)
    c = f.c
    y = f.y
    c.setFont("Helvetica", 9)
    for i, (role, name) in enumerate([("Sekreterare", "Jonas Berg"),
                                      ("Ordförande", "Anders Nyqvist"),
                                      ("Justerare", "Lena Karlsson")]):
        yy = y - i * 40
        c.drawString(mleft, yy - 10, role)
        c.line(left, yy - 22, left + 200, yy - 22)
        c.drawString(left, yy - 33, name)
    f.y = y - 120
    pages = f.page
    f.save()
    if total != pages:
        return make_protokoll(out, pages)
    return path


# ---------------------------------------------------------------------------
# 3. Beslut RUN (DOCX) – kryssrutor som Wingdings-symboler (w:sym)
# ---------------------------------------------------------------------------
def _fix_zip(path, dt):
    with open(path, "rb") as fh:
        data = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        zi = zipfile.ZipInfo(name, date_time=dt)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, zin.read(name))
    zout.close()
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def _box(paragraph, checked, label):
    r = paragraph.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), "F0FD" if checked else "F0A8")
    r._r.append(sym)
    r.font.size = Pt(12)
    paragraph.add_run(" " + label + "    ")


def make_beslut(out):
    path = os.path.join(out, BESLUT_DOCX)
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)

    hp = sec.header.paragraphs[0]
    hp.text = "Västra Götalandsregionen\tBESLUT\t"
    hp2 = sec.header.add_paragraph("Regionutvecklingsnämnden\tDatum: 2026-06-10\tDiarienummer: RUN 2026-00412")
    hp2.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = ("Västra Götalandsregionen, Regionutvecklingsnämnden, Regionens hus, 462 80 Vänersborg"
               " · Org.nr 232100-0131")
    fp.runs[0].font.size = Pt(8)

    d.add_paragraph("Bengtsfors kommun\nAtt: Jonas Berg, tf. projektledare\n666 80 Bengtsfors")
    h = d.add_paragraph()
    rr = h.add_run("Beslut om ändringsansökan för projektet Servicenoder Väst")
    rr.bold = True
    rr.font.size = Pt(14)
    d.add_paragraph("Projektets diarienummer: RUN 2025-01187. Ändringsansökan daterad 2026-04-28.")

    p = d.add_paragraph()
    p.add_run("Beslut").bold = True
    d.add_paragraph("Regionutvecklingsnämnden har prövat ändringsansökan och beslutar i enlighet "
                    "med markeringarna i tabellen nedan.")

    rows = [
        ("Förlängd projekttid till och med 2028-06-30",
         [(True, "Beviljas"), (False, "Avslås")]),
        ("Utökad finansiering med 900 000 kronor för Melleruds kommuns anslutning",
         [(False, "Beviljas"), (True, "Beviljas delvis"), (False, "Avslås")]),
        ("Tillförordnad projektledare Jonas Berg 2026-06-01 – 2027-05-31",
         [(True, "Noteras")]),
        ("Lägesrapportering till Regionutvecklingsnämnden",
         [(False, "kvartalsvis"), (True, "halvårsvis"), (False, "årsvis")]),
    ]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Ansökt ändring"
    t.rows[0].cells[1].text = "Nämndens beslut"
    for cell in t.rows[0].cells:
        cell.paragraphs[0].runs[0].bold = True
    for what, boxes in rows:
        cells = t.add_row().cells
        cells[0].text = what
        cp = cells[1].paragraphs[0]
        for checked, lab in boxes:
            _box(cp, checked, lab)
    for row in t.rows:
        row.cells[0].width = Cm(9.5)
        row.cells[1].width = Cm(6.9)

    d.add_paragraph()
    d.add_paragraph("Beviljat tilläggsbelopp: 650 000 kronor. Regionens totala stöd till projektet "
                    "uppgår därmed till högst 3 050 000 kronor, vilket motsvarar högst 50 procent "
                    "av projektets stödberättigande kostnader.")
    d.add_paragraph("Projekttiden förlängs till och med den 30 juni 2028. Slutrapport ska lämnas "
                    "till Regionutvecklingsnämnden senast den 30 september 2028.")
    d.add_paragraph("Lägesrapporter lämnas med den periodicitet som markerats ovan. Första "
                    "lägesrapporten enligt detta beslut ska vara nämnden till handa senast den "
                    "31 augusti 2026.")

    p = d.add_paragraph()
    p.add_run("Motivering").bold = True
    d.add_paragraph("Anslutningen av Melleruds kommun stärker projektets möjligheter att nå målet om "
                    "fem servicenoder i drift och ger underlag för jämförelser mellan noder i olika "
                    "delar av länet. Nämnden bedömer dock att kostnaderna för projektledning och "
                    "extern utvärdering i huvudsak ryms i den ursprungliga budgeten. Tilläggsbeloppet "
                    "har därför reducerats i förhållande till det sökta.")
    p = d.add_paragraph()
    p.add_run("Villkor").bold = True
    d.add_paragraph("I övrigt gäller villkoren i det ursprungliga beslutet RUN 2025-01187.")
    p = d.add_paragraph()
    p.add_run("Hur man överklagar").bold = True
    d.add_paragraph("Beslutet kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen "
                    "(2017:725). Överklagandet ska ha kommit in till förvaltningsrätten inom tre "
                    "veckor från den dag då beslutet tillkännagavs på regionens anslagstavla.")
    d.add_paragraph()
    d.add_paragraph("På Regionutvecklingsnämndens vägnar\n\nElisabeth Wendt\nOrdförande\n\n"
                    "Omar Haddad\nRegionutvecklare, handläggare")

    cp = d.core_properties
    cp.author = "Omar Haddad"
    cp.last_modified_by = "Omar Haddad"
    cp.title = "Beslut ändringsansökan Servicenoder Väst"
    cp.subject = "RUN 2026-00412"
    cp.created = datetime.datetime(2026, 6, 9, 14, 5, 0)
    cp.modified = datetime.datetime(2026, 6, 10, 9, 12, 0)
    cp.last_printed = datetime.datetime(2026, 6, 10, 9, 15, 0)
    cp.revision = 4
    cp.comments = ""
    cp.keywords = "Servicenoder Väst; ändringsbeslut"
    d.save(path)
    _fix_zip(path, (2026, 6, 10, 9, 12, 0))
    return path


# ---------------------------------------------------------------------------
# 4. E-post (EML) – bara HTML, base64, RFC 2047-rubriker, rowspan i tabell
# ---------------------------------------------------------------------------
def _ew(s):
    """RFC 2047 encoded-word (base64, utf-8), delat i bitar <= 75 tecken."""
    out = []
    chunk = ""
    for ch in s:
        trial = chunk + ch
        if len(base64.b64encode(trial.encode("utf-8"))) > 45:
            out.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        out.append(chunk)
    return "\r\n ".join("=?utf-8?B?%s?=" % base64.b64encode(c.encode("utf-8")).decode("ascii")
                        for c in out)


def make_mail(out):
    path = os.path.join(out, MAIL_EML)
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Servicenoder Väst</title>
<style>td,th{border:1px solid #999;padding:4px 8px;font-family:Calibri,Arial,sans-serif;font-size:11pt}
table{border-collapse:collapse}</style></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hej alla kommunkontakter!</p>
<p>Här kommer en uppdatering inför öppningen av servicenoderna i höst. Sammanfattning:</p>
<ul>
<li>Regionutvecklingsnämnden har beviljat 900&nbsp;000 kronor extra för Melleruds anslutning, och projekttiden är förlängd till den 30 juni 2028.</li>
<li>Noden i Högsäter blir försenad eftersom elinstallationen för paketskåpen inte hinner bli klar. Den öppnar i stället <b>måndag 16 november 2026</b>.</li>
<li>Övriga fyra pilotnoder öppnar som planerat den 5 oktober 2026.</li>
</ul>
<p><b>Öppningsplan</b></p>
<table>
<tr><th>Kommun</th><th>Nod</th><th>Öppnar</th><th>Kommentar</th></tr>
<tr><td>Bengtsfors</td><td>Bäckefors</td><td rowspan="4">5 oktober 2026</td><td>Invigning kl. 10 med kommunalrådet</td></tr>
<tr><td>Dals-Ed</td><td>Rölanda</td><td>&nbsp;</td></tr>
<tr><td>Gullspång</td><td>Hova</td><td>Värdavtal klart 2026-08-20</td></tr>
<tr><td>Tanum</td><td>Rabbalshede</td><td>&nbsp;</td></tr>
<tr><td>Färgelanda</td><td>Högsäter</td><td>16 november 2026</td><td>Elinstallation försenad</td></tr>
<tr><td>Mellerud</td><td>Åsensbruk</td><td>våren 2027</td><td>Datum ej fastställt</td></tr>
</table>
<p><b>Nätverksträffen i oktober byter lokal</b><br>
Nätverksträffen för nodvärdar onsdagen den 14 oktober är flyttad från Medborgarhuset i Bengtsfors till
<b>Dals-Eds kommunhus, lokalen Lilla Le</b>. Tiden är densamma som tidigare, kl. 09.30–15.00.
Medborgarhuset är dubbelbokat den dagen, därför flytten. Anmälan till mig senast 30 september.</p>
<p>Hör av er om något är oklart!</p>
<p>Vänliga hälsningar<br>
Jonas Berg<br>
tf. projektledare, Servicenoder Väst<br>
Bengtsfors kommun</p>
</body></html>
"""
    html = html.replace("\n", "\r\n")
    b64 = base64.b64encode(html.encode("utf-8")).decode("ascii")
    body = "\r\n".join(b64[i:i + 76] for i in range(0, len(b64), 76))
    headers = [
        "Return-Path: <jonas.berg@servicenodervast.se>",
        "Received: from utskick01.servicenodervast.se (utskick01.servicenodervast.se [192.0.2.17])\r\n"
        "\tby mx.servicenodervast.se with ESMTPS id 4F2kQ7x; Wed, 02 Sep 2026 14:37:15 +0200",
        "From: %s <jonas.berg@servicenodervast.se>" % _ew("Jonas Berg (Servicenoder Väst)"),
        "To: %s <kommunkontakter@servicenodervast.se>" % _ew("Kommunkontakter Servicenoder Väst"),
        "Cc: %s <anders.nyqvist@servicenodervast.se>" % _ew("Anders Nyqvist"),
        "Subject: %s" % _ew("Servicenoder Väst: uppdaterad öppningsplan och ny lokal för nätverksträffen"),
        "Date: Wed, 02 Sep 2026 14:37:12 +0200",
        "Message-ID: <20260902123712.4471.snv@servicenodervast.se>",
        "MIME-Version: 1.0",
        "Content-Type: text/html; charset=\"utf-8\"",
        "Content-Transfer-Encoding: base64",
        "Content-Language: sv-SE",
        "X-Mailer: KommunUtskick 3.2",
    ]
    raw = "\r\n".join(headers) + "\r\n\r\n" + body + "\r\n"
    with open(path, "wb") as fh:
        fh.write(raw.encode("ascii"))
    return path


# ---------------------------------------------------------------------------
# 5. Minnesanteckningar (TXT, Windows-1252, CRLF, tabbar)
# ---------------------------------------------------------------------------
def make_minnes(out):
    path = os.path.join(out, MINNES_TXT)
    text = """MINNESANTECKNINGAR – Informationsträff om Servicenoder Väst

Datum:\t\ttisdag 2026-11-24, kl. 18.30–20.15
Plats:\t\tÅsensbruks bygdegård, Mellerud
Antecknat av:\tMaja Holm, landsbygdsutvecklare, Melleruds kommun
Närvarande:\tca 35 boende och företagare, Ulrika Dahl (Melleruds kommun),
\t\tJonas Berg, tf. projektledare för Servicenoder Väst (Bengtsfors kommun)

1. Läget i noderna
Jonas Berg berättade om hur det gått i höst. Fyra noder öppnade 5 oktober,
Högsäter har blivit försenad en gång till.

Nod\t\tKommun\t\tStatus
Bäckefors\tBengtsfors\tÖppen sedan 5/10
Rölanda\t\tDals-Ed\t\tÖppen sedan 5/10
Hova\t\tGullspång\tÖppen sedan 5/10, se punkt 3
Rabbalshede\tTanum\t\tÖppen sedan 5/10
Högsäter\tFärgelanda\tÖppnar måndag 30 november 2026 (elen klar först v. 47)
Åsensbruk\tMellerud\tÖppnar måndag 1 mars 2027

Noden i Högsäter skulle enligt tidigare besked ha öppnat 16 november men
elinstallationen blev klar först vecka 47, så nytt datum är 30 november.

2. Noden i Åsensbruk
NVK undertecknades fredag 20 november med Åsensbruks Lanthandel, som blir
nodvärd. Lanthandeln bygger om vid kassan under januari–februari.
Ersättningen till nodvärden är 5 500 kr/mån (samma som övriga noder sedan 1/10).
Paketskåpet levereras i februari.

3. Gullspång lämnar projektet
Gullspångs kommunstyrelse beslutade onsdag 18 november 2026 att lämna projektet
vid årsskiftet. Skälet är kommunens besparingskrav 2027. Noden i Hova drivs vidare
av nodvärden (ICA-butiken) men utan projektstöd efter 31/12.

4. Frågor från deltagarna
– Blir det laddstolpe vid noden? Nej, ingår inte i projektet.
– Kan man lämna returer? Ja, alla paketombud tar emot returer.
– Blir det apoteksombud? Ja, från start.

/Maja
"""
    data = text.replace("\n", "\r\n").encode("cp1252")
    with open(path, "wb") as fh:
        fh.write(data)
    return path


# ---------------------------------------------------------------------------
# 6. Webbsida (MD, MkDocs Material)
# ---------------------------------------------------------------------------
def make_web(out):
    path = os.path.join(out, WEB_MD)
    md = """---
title: Servicenoder Väst – aktuellt
description: Läget i projektet Servicenoder Väst
date: 2027-02-15
tags:
  - landsbygd
  - service
hide:
  - navigation
---

# Servicenoder Väst – aktuellt

!!! info "Senast uppdaterad 15 februari 2027"
    Sidan ersätter tidigare information i nyhetsbrev och e-postutskick.

Servicenoder Väst samlar paketutlämning, apoteksombud, betalservice och kommunal
medborgarservice under ett tak i mindre orter. Projektägare är Bengtsfors kommun
och projektet medfinansieras av RUN. Varje nod drivs av en nodvärd som har ett NVK
med sin kommun.

## Vilka kommuner är med?

=== "Från 1 mars 2027"

    Bengtsfors, Dals-Ed, Färgelanda, Mellerud, Tanum och Åmål.

    Åmåls kommun ansluter från den 1 mars 2027 efter beslut i styrgruppen den
    9 februari 2027.

=== "Hösten 2026"

    Bengtsfors, Dals-Ed, Färgelanda, Gullspång, Mellerud och Tanum.

??? note "Varför är Gullspång inte med längre?"
    Gullspångs kommun lämnade projektet den 31 december 2026. Noden i Hova drivs
    vidare av nodvärden men ingår inte längre i projektet.

## Noderna

| Nod | Kommun | Status |
|-----|--------|--------|
| Bäckefors | Bengtsfors | Öppen |
| Rölanda | Dals-Ed | Öppen |
| Högsäter | Färgelanda | Öppen |
| Rabbalshede | Tanum | Öppen |
| Åsensbruk | Mellerud | Öppnar 1 mars 2027 |
| Fengersfors | Åmål | Öppnar preliminärt 4 oktober 2027 |
| ~~Hova~~ | ~~Gullspång~~ | Ingår inte längre |

## Ersättning till nodvärdar

=== "1 oktober 2026 – 28 februari 2027"

    5 500 kronor per månad och nod.

=== "Från 1 mars 2027"

    6 000 kronor per månad och nod. Höjningen beslutades av styrgruppen den
    9 februari 2027 och gäller alla noder, även de som öppnar senare.

## Finansiering

!!! warning "Rättelse"
    I e-postutskicket till kommunkontakterna den 2 september 2026 stod att
    Regionutvecklingsnämnden beviljat 900 000 kronor extra för Melleruds anslutning.
    Det var det sökta beloppet. Nämnden beviljade 650 000 kronor (beslut
    RUN 2026-00412 den 10 juni 2026).

Regionens totala stöd till projektet är högst 3 050 000 kronor. Projekttiden
löper till och med den 30 juni 2028.

## Kontakt

Frågor om projektet skickas till projektkontoret i Bengtsfors kommun,
[servicenoder@servicenodervast.se](mailto:servicenoder@servicenodervast.se).

*[RUN]: Regionutvecklingsnämnden i Västra Götalandsregionen
*[NVK]: Nodvärdskontrakt – avtal mellan kommunen och den butik eller förening som driver noden
"""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(md)
    return path


def main():
    if len(sys.argv) != 2:
        print("Användning: python r207_make_files.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in (make_plan, make_protokoll, make_beslut, make_mail, make_minnes, make_web):
        p = fn(out)
        print(p)


if __name__ == "__main__":
    main()
