#!/usr/bin/env python3
"""r209 – Region Sörmland, projektet SMAK (Sörmländsk mat, affärer och kompetens).

Writes six documents into OUT_DIR that update each other over time:

  1. 2025-11-14  SMAK_projektplan_v1.0.pdf          typeset PDF, fi/fl ligature code points,
                                                     hard hyphenation at line ends, running
                                                     header/footer breaking sentences
  2. 2026-02-10  SMAK_styrgrupp_protokoll_2026-02-10.docx
                                                     minutes in a layout table; every decision
                                                     sits in a table NESTED inside a cell
  3. 2026-03-16  sok-utvecklingscheck.qmd.md         Quarto/Pandoc source: YAML front matter,
                                                     fenced callout divs, GRID TABLE whose
                                                     multi-line cells interleave column by column
  4. 2026-04-23  RUN_2026-04-23_p47_SMAK_budget.pdf  protocol excerpt + Excel budget printed
                                                     "down, then over": right-hand columns land
                                                     on a page of their own without row labels
  5. 2026-05-20  SMAK-nytt_nr3_maj2026.txt           plain-text newsletter saved from a Mac in
                                                     Unicode NFD (å/ä/ö decomposed)
  6. 2026-06-09  SV_SMAK_fragor_forlangning.eml      Thunderbird reply, format=flowed, answers
                                                     written INLINE between quoted (>, >>) lines

Deterministic: no clock, no randomness, fixed metadata and zip timestamps.
Usage: python r209_make_files.py OUT_DIR
"""
import io
import os
import sys
import unicodedata
import zipfile

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
pdfmetrics.registerFont(TTFont("Vera", os.path.join(FONT_DIR, "Vera.ttf")))
pdfmetrics.registerFont(TTFont("Vera-Bold", os.path.join(FONT_DIR, "VeraBd.ttf")))


# ---------------------------------------------------------------------------
# 1. Projektplan (PDF) – ligatures, hyphenation, running header/footer
# ---------------------------------------------------------------------------
def lig(s):
    """What a typesetting program with ligature glyphs (and a naive ToUnicode) leaves."""
    return s.replace("fi", "\ufb01").replace("fl", "\ufb02")


# Body markup: "|" = permitted hyphenation point, "~" = no-break space.
PLAN = [
    ("title", "Projektplan"),
    ("subtitle", "SMAK – Sörmländsk mat, affärer och kompetens"),
    ("meta", "Version 1.0 · Fastställd av styrgruppen 2025-11-14 · Dnr RUN 2025/311"),
    ("h", "1  Bakgrund"),
    ("p", "Södermanland har omkring 450 små livsmedels|företag – gårds|butiker, mejerier, "
          "bagerier, bryggerier och för|ädlare – som ofta saknar resurser för produkt|utveckling, "
          "förpackning och försäljning till offentlig sektor och daglig|varu|handel. Den regionala "
          "livsmedels|strategin pekar ut behovet av samverkan mellan kommunernas närings|livs|funktioner "
          "och regionen. SMAK ska pröva en gemensam modell för företags|stöd i fem pilot|kommuner "
          "och ge underlag för en permanent regional verksamhet efter projekt|perioden."),
    ("h", "2  Definitioner och förkortningar"),
    ("p", "SMAK:~Sörmländsk~mat,~affärer~och~kompetens. Projektets namn och förkortning."),
    ("p", "RUN: Regionala utvecklings|nämnden i Region Sörmland, som beslutar om regionens "
          "medfinan|siering."),
    ("p", "ERUF: Europeiska regionala utvecklings|fonden. Medlen förvaltas av Tillväxt|verket, "
          "som också tar emot lägesrapporter och slut|rapport."),
    ("p", "Utvecklings|check: ett bidrag på högst 50~000~kr per företag för köp av extern kompetens "
          "eller mindre investeringar, med krav på minst 30 procent egen insats."),
    ("h", "3  Syfte, mål och indikatorer"),
    ("p", "Syftet är att öka för|ädlings|värdet i sörmländska livsmedels|företag. Målen för "
          "projekt|perioden är att minst 60~företag deltar i projektets aktiviteter, att 40 företag "
          "får en utvecklings|check och att minst 15 företag når en ny försälj|nings|kanal, till "
          "exempel offentliga kök, REKO-ringar eller daglig|varu|handeln."),
    ("h", "4  Målgrupp och pilotkommuner"),
    ("p", "Målgruppen är företag med högst 10 anställda som för|ädlar eller säljer livsmedel och "
          "drycker producerade i länet. Pilot|kommuner under hela projekt|perioden är de fem kommunerna "
          "Flen, Gnesta, Katrine|holm, Trosa och Vingå|ker. Övriga kommuner i länet kan ansluta efter beslut i "
          "styr|gruppen. Kommunerna bidrar gemensamt med 1~100~000~kr i medfinan|siering; "
          "fördelningen mellan kommunerna regleras i separata avsikts|förklaringar."),
    ("h", "5  Aktiviteter och tidplan"),
    ("p", "Ansökan om utvecklings|check öppnar 2~mars~2026 och stänger 17~april~2026. Beslut om "
          "checkar fattas i maj 2026 av projekt|ledaren efter samråd med styr|gruppen."),
    ("p", "Mat|mässan Smaka Sörmland hålls söndag 16~augusti~2026 i Nyköpings hamn, med plats för "
          "cirka 40 utställare från pilot|kommunerna. Nätverks|träffar hålls kvartalsvis och "
          "roterar mellan pilot|kommunerna."),
    ("p", "Projektet avslutas 31~december~2027. Slut|rapport lämnas till Tillväxt|verket senast "
          "31~januari~2028."),
    ("h", "6  Budget och finansiering"),
    ("table", None),
    ("p", "Budgeten fastställs av RUN. Omfördelning mellan kostnads|slag som överstiger 10 procent "
          "kräver nytt beslut i nämnden och godkännande av Tillväxt|verket."),
    ("h", "7  Organisation"),
    ("p", "Projekt|ägare är Region Sörmland genom avdelningen för regional utveckling. "
          "Projekt|ledare är Helena~Lindqvist. Styr|gruppen leds av Jonas~Berg, avdelnings|chef, "
          "och består i övrigt av en representant för varje pilot|kommuns närings|livs|funktion "
          "samt en representant för Läns|styrelsen i Söder|manlands län. Styr|gruppen "
          "samman|träder minst fyra gånger per år."),
    ("h", "8  Uppföljning och utvärdering"),
    ("p", "En extern utvärderare upphandlas under våren 2026. Läges|rapporter lämnas till RUN två "
          "gånger per år och till Tillväxt|verket enligt villkoren i stöd|beslutet."),
]

PLAN_TABLE = [
    ("Kostnadsslag", "Belopp (kr)"),
    ("Personal", "2 150 000"),
    ("Utvecklingscheckar (40 st)", "2 000 000"),
    ("Mässa och aktiviteter", "1 250 000"),
    ("Extern utvärdering", "400 000"),
    ("Övrigt", "600 000"),
    ("Summa kostnader", "6 400 000"),
    ("Finansiering: ERUF", "3 200 000"),
    ("Finansiering: Region Sörmland", "2 100 000"),
    ("Finansiering: kommunerna", "1 100 000"),
    ("Summa finansiering", "6 400 000"),
]

PAGE_W, PAGE_H = A4
ML, MR = 86, 86
TOP, BOTTOM = PAGE_H - 80, 72
BODY_W = PAGE_W - ML - MR


def _w(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def break_lines(text, font, size, width):
    """Greedy justified line breaking with hard hyphenation at '|' points."""
    words = text.split(" ")
    lines, cur = [], []

    def disp(w):
        return lig(w.replace("|", "").replace("~", " "))

    def line_w(ws):
        return sum(_w(disp(x), font, size) for x in ws) + _w(" ", font, size) * (len(ws) - 1)

    i = 0
    while i < len(words):
        w = words[i]
        if not cur or line_w(cur + [w]) <= width:
            cur.append(w)
            i += 1
            continue
        parts = w.split("|")
        done = False
        for k in range(len(parts) - 1, 0, -1):
            pre = "".join(parts[:k]) + "-"
            if line_w(cur + [pre]) <= width:
                cur.append(pre)
                lines.append(cur)
                cur = []
                words[i] = "|".join(parts[k:])
                done = True
                break
        if not done:
            lines.append(cur)
            cur = []
    if cur:
        lines.append(cur)
    return [[disp(x) for x in ln] for ln in lines]


def plan_layout():
    """Return list of pages; each page is a list of draw ops."""
    pages, ops = [], []
    y = TOP

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops = []
        y = TOP

    for kind, text in PLAN:
        if kind == "title":
            ops.append(("str", "Vera-Bold", 24, ML, y - 10, lig(text)))
            y -= 40
        elif kind == "subtitle":
            ops.append(("str", "Vera-Bold", 14, ML, y, lig(text)))
            y -= 20
        elif kind == "meta":
            ops.append(("str", "Vera", 9, ML, y, lig(text)))
            y -= 28
        elif kind == "h":
            if y < BOTTOM + 50:
                newpage()
            y -= 6
            ops.append(("str", "Vera-Bold", 12, ML, y, lig(text)))
            y -= 20
        elif kind == "p":
            lines = break_lines(text, "Vera", 10.5, BODY_W)
            for n, ln in enumerate(lines):
                if y < BOTTOM:
                    newpage()
                last = n == len(lines) - 1
                ops.append(("line", ln, y, last))
                y -= 14.5
            y -= 6
        elif kind == "table":
            rows = PLAN_TABLE
            if y - 16 * len(rows) < BOTTOM:
                newpage()
            for r, (a, b) in enumerate(rows):
                bold = r == 0 or a.startswith("Summa")
                f = "Vera-Bold" if bold else "Vera"
                ops.append(("str", f, 10, ML + 4, y, lig(a)))
                ops.append(("rstr", f, 10, ML + 330, y, b))
                ops.append(("hline", ML, ML + 340, y - 4))
                y -= 16
            y -= 10
    pages.append(ops)
    return pages


def make_plan(path):
    pages = plan_layout()
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Projektplan SMAK v1.0")
    c.setAuthor("Helena Lindqvist")
    c.setSubject("Sörmländsk mat, affärer och kompetens")
    c.setCreator("Adobe InDesign 19.4 (Windows)")
    c.setProducer("Adobe PDF Library 17.0")
    n = len(pages)
    for pno, ops in enumerate(pages, 1):
        # running header
        c.setFont("Vera", 8)
        c.drawString(ML, PAGE_H - 45, "Region Sörmland · Avdelningen för regional utveckling")
        c.drawRightString(PAGE_W - MR, PAGE_H - 45, "SMAK – Projektplan v1.0")
        c.setLineWidth(0.4)
        c.line(ML, PAGE_H - 50, PAGE_W - MR, PAGE_H - 50)
        for op in ops:
            if op[0] == "str":
                _, f, s, x, y, t = op
                c.setFont(f, s)
                c.drawString(x, y, t)
            elif op[0] == "rstr":
                _, f, s, x, y, t = op
                c.setFont(f, s)
                c.drawRightString(x, y, t)
            elif op[0] == "hline":
                _, x1, x2, y = op
                c.setLineWidth(0.3)
                c.line(x1, y, x2, y)
            elif op[0] == "line":
                _, words, y, last = op
                size = 10.5
                total = sum(_w(w, "Vera", size) for w in words)
                gaps = len(words) - 1
                if last or gaps == 0:
                    gap = _w(" ", "Vera", size)
                else:
                    gap = (BODY_W - total) / gaps
                t = c.beginText()
                t.setFont("Vera", size)
                x = ML
                for w in words:
                    t.setTextOrigin(x, y)
                    t.textOut(w)
                    x += _w(w, "Vera", size) + gap
                c.drawText(t)
        # running footer
        c.setFont("Vera", 8)
        c.line(ML, 52, PAGE_W - MR, 52)
        c.drawString(ML, 40, "Dnr RUN 2025/311 · Fastställd 2025-11-14")
        c.drawRightString(PAGE_W - MR, 40, "Sida %d av %d" % (pno, n))
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 2. Styrgruppsprotokoll (DOCX) – layout table with nested decision tables
# ---------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 2, 11, 8, 30, 0)


def normalize_zip(path, date_time):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def make_minutes(path):
    import datetime as dt
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    sec = doc.sections[0]
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Sörmland\tPROTOKOLL 1/2026\tStyrgruppen för SMAK"
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signaturer: ______  ______"
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = doc.add_paragraph()
    r = p.add_run("Protokoll – styrgruppen för SMAK")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Tid: tisdag 2026-02-10 kl. 13.00–15.30\nPlats: Regionhuset, Nyköping, rum Näcken")

    outer = doc.add_table(rows=0, cols=2)
    outer.autofit = False

    def row(label, heading, text_paras, nested=None, after=None):
        cells = outer.add_row().cells
        cells[0].width = Cm(2.4)
        cells[1].width = Cm(14.2)
        cells[0].paragraphs[0].add_run(label).bold = True
        cp = cells[1].paragraphs[0]
        if heading:
            cp.add_run(heading).bold = True
            first = False
        else:
            first = True
        for tp in text_paras:
            if first:
                cp.add_run(tp)
                first = False
            else:
                cells[1].add_paragraph(tp)
        if nested:
            t = cells[1].add_table(rows=len(nested), cols=len(nested[0]))
            t.style = "Table Grid"
            for ri, rdata in enumerate(nested):
                for ci, val in enumerate(rdata):
                    c = t.cell(ri, ci)
                    c.text = val
                    if ri == 0:
                        for run in c.paragraphs[0].runs:
                            run.bold = True
        if after:
            cells[1].add_paragraph(after)

    row("Närvarande", None, [], nested=[
        ("Namn", "Organisation / roll"),
        ("Jonas Berg", "Region Sörmland, avdelningschef regional utveckling (ordförande § 1–2)"),
        ("Maria Ekström", "Region Sörmland, avdelningschef näringsliv och kompetens (ordförande § 3–8)"),
        ("Lena Holm", "Flens kommun, näringslivschef"),
        ("Per Sandberg", "Katrineholms kommun, näringslivsutvecklare"),
        ("Sara Ljung", "Vingåkers kommun, näringslivssamordnare"),
        ("Johan Öberg", "Gnesta kommun, näringslivschef"),
        ("Elin Dahl", "Trosa kommun, näringslivsstrateg"),
        ("Frida Ström", "Länsstyrelsen i Södermanlands län (adjungerad)"),
        ("Helena Lindqvist", "Projektledare SMAK, sekreterare"),
    ])
    row("§ 1", "Mötets öppnande",
        ["Ordföranden Jonas Berg öppnade mötet. Dagordningen godkändes. "
         "Till justerare valdes Lena Holm."])
    row("§ 2", "Ny ordförande i styrgruppen",
        ["Jonas Berg har fått en ny tjänst inom regionen och lämnar styrgruppen efter detta ärende.",
         "Styrgruppen beslutade enligt tabellen."],
        nested=[("Tidigare", "Beslut"),
                ("Jonas Berg, ordförande",
                 "Maria Ekström, avdelningschef näringsliv och kompetens, väljs till ordförande "
                 "från och med § 3 i dag")])
    row("§ 3", "Ansökningsperiod för utvecklingscheck",
        ["Tillväxtverkets beslut om ERUF-medel har ännu inte kommit. Projektledaren föreslog att "
         "ansökningsperioden flyttas så att den inte öppnar innan finansieringen är klar.",
         "Styrgruppen beslutade enligt tabellen."],
        nested=[("Moment", "Enligt projektplanen", "Nytt beslut"),
                ("Ansökan öppnar", "2 mars 2026", "16 mars 2026"),
                ("Ansökan stänger", "17 april 2026", "8 maj 2026")])
    row("§ 4", "Ny pilotkommun",
        ["Oxelösunds kommun har anmält intresse och bidrar med arbetstid från sin näringslivsenhet. "
         "Även Strängnäs kommun har hört av sig; styrgruppen avvaktar med Strängnäs till hösten."],
        nested=[("Beslut",),
                ("Oxelösund ansluter som sjätte pilotkommun från 1 mars 2026. Pilotkommuner "
                 "därefter: Flen, Gnesta, Katrineholm, Oxelösund, Trosa och Vingåker.",)])
    row("§ 5", "Mässan Smaka Sörmland",
        ["Söndag 16 augusti krockar med Nyköpings hamnfestival, och flera utställare har "
         "bokat andra marknader den helgen.",
         "Styrgruppen beslutade enligt tabellen."],
        nested=[("", "Tidigare", "Nytt"),
                ("Datum", "söndag 16 augusti 2026", "lördag 22 augusti 2026"),
                ("Plats", "Nyköpings hamn", "Nyköpings hamn (oförändrat)")])
    row("§ 6", "Projektledning",
        ["Helena Lindqvist är föräldraledig från 1 april 2026. Styrgruppen beslutade om "
         "tillförordnad projektledare enligt tabellen."],
        nested=[("Roll", "Namn", "Period"),
                ("Tillförordnad projektledare", "Amir Haddad", "1 april – 30 november 2026")])
    row("§ 7", "Budget",
        ["Styrgruppen diskuterade att höja utvecklingscheckens maxbelopp. Projektledaren får i "
         "uppdrag att ta fram ett förslag till reviderad budget till Regionala "
         "utvecklingsnämndens sammanträde i april. Inget beslut fattades om belopp."])
    row("§ 8", "Nästa möte",
        [], nested=[("Datum", "Tid", "Plats"),
                    ("14 april 2026", "13.00–15.00", "Regionhuset, Nyköping, rum Näcken")])

    doc.add_paragraph("")
    doc.add_paragraph("Vid protokollet: Helena Lindqvist")
    doc.add_paragraph("Justeras: Maria Ekström (ordförande)    Lena Holm (justerare)")

    cp = doc.core_properties
    cp.author = "Helena Lindqvist"
    cp.last_modified_by = "Helena Lindqvist"
    cp.title = "Protokoll styrgruppen SMAK 2026-02-10"
    cp.subject = "SMAK"
    cp.keywords = "SMAK; styrgrupp; protokoll"
    cp.comments = ""
    cp.revision = 4
    cp.created = dt.datetime(2026, 2, 10, 15, 40, 0)
    cp.modified = dt.datetime(2026, 2, 11, 8, 30, 0)
    cp.last_printed = dt.datetime(2026, 2, 11, 8, 31, 0)
    doc.save(path)
    normalize_zip(path, FIXED_ZIP_TIME)


# ---------------------------------------------------------------------------
# 3. Web page source (Quarto .qmd saved as .md) – grid table with multi-line cells
# ---------------------------------------------------------------------------
def grid_table(widths, header, rows):
    def sep(ch):
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"

    def render(cells):
        h = max(len(c) for c in cells)
        out = []
        for i in range(h):
            parts = []
            for c, w in zip(cells, widths):
                s = c[i] if i < len(c) else ""
                assert len(s) <= w, (s, w)
                parts.append(" " + s.ljust(w) + " ")
            out.append("|" + "|".join(parts) + "|")
        return out

    lines = [sep("-")]
    lines += render(header)
    lines.append(sep("="))
    for r in rows:
        lines += render(r)
        lines.append(sep("-"))
    return "\n".join(lines)


def make_webpage(path):
    table = grid_table(
        [17, 26, 28],
        [["Villkor"], ["Vad som gäller"], ["Kommentar"]],
        [
            [["Vem kan söka"],
             ["Företag med högst 10", "anställda som förädlar", "eller säljer mat och dryck"],
             ["Pilotkommuner: Flen, Gnesta,", "Katrineholm, Oxelösund,", "Trosa och Vingåker"]],
            [["Belopp"],
             ["Högst 50 000 kr per", "företag"],
             ["Du står själv för minst 30", "procent av kostnaden"]],
            [["Vad checken får", "användas till"],
             ["Konsulttjänster,", "utbildning,", "förpackningsdesign och", "mindre investeringar i",
              "utrustning (t.ex.", "maskiner)"],
             ["Offert ska bifogas", "ansökan"]],
            [["Ansökningstid"],
             ["16 mars 2026 – 8 maj 2026"],
             ["Sent inkomna ansökningar", "behandlas inte"]],
            [["Besked"],
             ["Senast i början av juni", "2026"],
             [""]],
        ],
    )
    text = """---
title: "Sök utvecklingscheck"
subtitle: "SMAK – stöd till små mat- och dryckesföretag i Sörmland"
date: 2026-03-16
date-modified: 2026-03-16
lang: sv
toc: true
categories: [SMAK, företagsstöd, livsmedel]
format:
  html:
    page-layout: article
    css: ../assets/regionsormland.css
---

::: {.callout-important title="Ändrad ansökningstid"}
Styrgruppen har flyttat ansökningsperioden. Ansökan är öppen
**16 mars – 8 maj 2026**. Datumen i projektplanen (2 mars – 17 april) gäller
inte längre.
:::

## Vad är en utvecklingscheck? {#vad-ar}

En utvecklingscheck är ett bidrag som hjälper ditt företag att köpa kunskap
som ni inte har själva.[^1] Checken söks av företaget och betalas ut i
efterhand mot kvitton och en kort redovisning.

## Villkor i korthet {#villkor}

""" + table + """

: Villkor för utvecklingscheck 2026 {#tbl-villkor}

::: {.callout-note collapse="true" title="Vad räknas som mat- och dryckesföretag?"}
Företag som odlar, föder upp, förädlar eller säljer livsmedel eller drycker
med råvaror från Södermanlands län. Restauranger räknas bara in om de
förädlar egna produkter för försäljning.
:::

## Ansök och kontakt {#ansok}

::: {.panel-tabset}

### Så ansöker du

1. Beskriv vad du vill utveckla och vad det ska leda till.
2. Bifoga offert från konsult eller utbildare.
3. Skicka in via e-tjänsten senast sista ansökningsdag.

[Ansök i e-tjänsten](https://www.regionsormland.se/smak/ansok){.btn .btn-primary}

### Kontakt

Projektledare Helena Lindqvist (till 31 mars 2026).
Från 1 april 2026: Amir Haddad, tf. projektledare.
E-post: smak@regionsormland.se

:::

[^1]: Utvecklingschecken finansieras av Region Sörmland, Europeiska regionala
    utvecklingsfonden (ERUF) och de sex pilotkommunerna.
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 4. RUN protocol excerpt + Excel budget printed across pages (PDF)
# ---------------------------------------------------------------------------
LABELS = ["Kostnadsslag", "Personal", "Utvecklingscheckar", "Mässa och aktiviteter",
          "Extern utvärdering", "Övrigt", "Summa kostnader", "",
          "Finansiering", "ERUF (Tillväxtverket)", "Region Sörmland", "Kommunerna",
          "Summa finansiering"]
LEFT = [  # Urspr. 2026, Urspr. 2027, Urspr. totalt
    ("Urspr. 2026", "Urspr. 2027", "Urspr. totalt"),
    ("1 100 000", "1 050 000", "2 150 000"),
    ("2 000 000", "0", "2 000 000"),
    ("700 000", "550 000", "1 250 000"),
    ("150 000", "250 000", "400 000"),
    ("300 000", "300 000", "600 000"),
    ("4 250 000", "2 150 000", "6 400 000"),
    ("", "", ""),
    ("", "", ""),
    ("2 125 000", "1 075 000", "3 200 000"),
    ("1 400 000", "700 000", "2 100 000"),
    ("725 000", "375 000", "1 100 000"),
    ("4 250 000", "2 150 000", "6 400 000"),
]
RIGHT = [  # Rev. 2026, Rev. 2027, Rev. totalt, Förändring
    ("Rev. 2026", "Rev. 2027", "Rev. totalt", "Förändring"),
    ("1 100 000", "1 050 000", "2 150 000", "0"),
    ("2 400 000", "0", "2 400 000", "400 000"),
    ("650 000", "550 000", "1 200 000", "-50 000"),
    ("150 000", "250 000", "400 000", "0"),
    ("300 000", "300 000", "600 000", "0"),
    ("4 600 000", "2 150 000", "6 750 000", "350 000"),
    ("", "", "", ""),
    ("", "", "", ""),
    ("2 125 000", "1 075 000", "3 200 000", "0"),
    ("1 750 000", "700 000", "2 450 000", "350 000"),
    ("725 000", "375 000", "1 100 000", "0"),
    ("4 600 000", "2 150 000", "6 750 000", "350 000"),
]

RUN_TEXT = [
    ("b", "§ 47   Revidering av budget för projektet SMAK"),
    ("n", "Dnr RUN 2026/118"),
    ("h", "Ärendebeskrivning"),
    ("n", "Regionala utvecklingsnämnden beslutade 2025-11-27, § 112, att medfinansiera projektet "
          "SMAK med 2 100 000 kr inom en total projektbudget om 6 400 000 kr. Styrgruppen för SMAK "
          "har föreslagit att utvecklingscheckarna görs större och färre, eftersom erfarenheter från "
          "andra regioner visar att 50 000 kr sällan räcker för en omställning av förpackning eller "
          "försäljningskanal. Kostnaderna för checkar ökar med 400 000 kr och mässbudgeten minskas "
          "med 50 000 kr. Reviderad budget per år och kostnadsslag framgår av bilaga 1."),
    ("h", "Beslut"),
    ("n", "Regionala utvecklingsnämnden beslutar"),
    ("n", "1. att fastställa reviderad budget för projektet SMAK enligt bilaga 1,"),
    ("n", "2. att höja Region Sörmlands medfinansiering med 350 000 kr till 2 450 000 kr, "
          "finansierat ur anslaget för regional utveckling 2026,"),
    ("n", "3. att utvecklingscheckens maxbelopp höjs från 50 000 kr till 75 000 kr per företag och "
          "att antalet checkar minskas från 40 till högst 32,"),
    ("n", "4. att paragrafen justeras omedelbart."),
    ("h", "Expedieras till"),
    ("n", "Styrgruppen för SMAK, Tillväxtverket, Ekonomistaben"),
    ("n", ""),
    ("n", "Justerat 2026-04-23: Anders Wiklund (ordförande), Karin Lund (justerare)"),
    ("n", "Utdragsbestyrkande: Eva Nord, nämndsekreterare"),
]


def make_run(path):
    from reportlab.lib.utils import simpleSplit
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Protokollsutdrag RUN 2026-04-23 § 47")
    c.setAuthor("Eva Nord")
    c.setCreator("Microsoft Word / Microsoft Excel")
    c.setProducer("Microsoft: Print To PDF")
    W, H = A4

    # page 1 – protocol excerpt
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, H - 60, "REGION SÖRMLAND")
    c.drawRightString(W - 60, H - 60, "PROTOKOLLSUTDRAG")
    c.setFont("Helvetica", 9)
    c.drawString(60, H - 74, "Regionala utvecklingsnämnden")
    c.drawRightString(W - 60, H - 74, "Sammanträdesdatum 2026-04-23")
    c.line(60, H - 80, W - 60, H - 80)
    y = H - 110
    for kind, txt in RUN_TEXT:
        if kind == "b":
            c.setFont("Helvetica-Bold", 12)
            c.drawString(60, y, txt)
            y -= 18
        elif kind == "h":
            y -= 6
            c.setFont("Helvetica-Bold", 10)
            c.drawString(60, y, txt)
            y -= 15
        else:
            indent = 60 if not txt[:2] in ("1.", "2.", "3.", "4.") else 72
            lines = simpleSplit(txt, "Helvetica", 10, W - 60 - indent) or [""]
            c.setFont("Helvetica", 10)
            for ln in lines:
                c.drawString(indent, y, ln)
                y -= 13.5
            y -= 3
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, 30, "Sida 1 av 3")
    c.showPage()

    # pages 2–3 – Excel sheet printed "down, then over"
    def sheet_page(pno, col_defs, data, with_title):
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 30, "SMAK_budget_rev_2026-04.xlsx")
        c.drawCentredString(W / 2, H - 30, "Bilaga 1 till RUN 2026-04-23 § 47")
        c.drawCentredString(W / 2, 25, "Sida %d av 3" % pno)
        top = H - 70
        rh = 16
        if with_title:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(44, top, "Reviderad budget SMAK (kr)")
        y0 = top - 2 * rh
        x = 40
        xs = []
        for wdt in col_defs:
            xs.append((x, x + wdt))
            x += wdt
        c.setLineWidth(0.25)
        c.setStrokeGray(0.6)
        for r in range(len(data) + 1):
            yy = y0 - r * rh + rh - 4
            c.line(xs[0][0], yy, xs[-1][1], yy)
        for (x1, x2) in xs:
            c.line(x1, y0 + rh - 4, x1, y0 - len(data) * rh + rh - 4)
        c.line(xs[-1][1], y0 + rh - 4, xs[-1][1], y0 - len(data) * rh + rh - 4)
        for r, rowv in enumerate(data):
            yy = y0 - r * rh
            bold = r == 0 or (with_title and rowv[0].startswith(("Summa", "Finansiering"))) \
                or (not with_title and LABELS[r].startswith(("Summa", "Finansiering")))
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
            for ci, v in enumerate(rowv):
                x1, x2 = xs[ci]
                if with_title and ci == 0:
                    c.drawString(x1 + 3, yy, v)
                else:
                    c.drawRightString(x2 - 3, yy, v)
        c.showPage()

    left_rows = [(LABELS[i],) + LEFT[i] for i in range(len(LABELS))]
    sheet_page(2, [190, 95, 95, 95], left_rows, True)
    sheet_page(3, [95, 95, 95, 95], RIGHT, False)
    c.save()


# ---------------------------------------------------------------------------
# 5. Newsletter (TXT, Unicode NFD)
# ---------------------------------------------------------------------------
NEWSLETTER = """SMAK-nytt nr 3 – maj 2026
Nyhetsbrev från projektet SMAK, Region Sörmland
Utskick 2026-05-20
======================================================================

87 ANSÖKNINGAR TILL UTVECKLINGSCHECKEN

Ansökningstiden gick ut den 8 maj 2026 och 87 ansökningar kom in från
alla sex pilotkommuner. Tack till alla som sökt! Flest ansökningar
gäller förpackningsdesign och utbildning i offentlig upphandling.

STÖRRE MEN FÄRRE CHECKAR

Regionala utvecklingsnämnden beslutade den 23 april att höja checkens
maxbelopp från 50 000 kr till 75 000 kr per företag. Samtidigt delas
högst 32 checkar ut (tidigare 40). Beslutet gäller alla ansökningar som
kommit in i år.

BESKED SENAST 12 JUNI

Alla sökande får besked senast 12 juni 2026 via e-post. Beviljade
företag bjuds in till ett uppstartsmöte i slutet av juni.

RÄTTELSE: SMAKA SÖRMLAND FLYTTAR TILL KATRINEHOLM

I förra numret skrev vi att mässan Smaka Sörmland hålls i Nyköpings
hamn. Det stämmer inte längre: kajen i Nyköpings hamn renoveras under
sommaren. Mässan hålls i stället på Stora torget i Katrineholm.
Datumet är oförändrat: lördag 22 augusti 2026. Anmälan för utställare
öppnar i juni.

NY PÅ POSTEN

Sedan 1 april är Amir Haddad tillförordnad projektledare medan Helena
Lindqvist är föräldraledig. Nå Amir på smak@regionsormland.se.

----------------------------------------------------------------------
Du får SMAK-nytt för att du anmält intresse för projektet SMAK.
Vill du inte ha fler utskick? Svara på mejlet med ordet AVSLUTA.
"""


def make_newsletter(path):
    with open(path, "wb") as f:
        f.write(unicodedata.normalize("NFD", NEWSLETTER).encode("utf-8"))


# ---------------------------------------------------------------------------
# 6. Reply e-mail (EML, format=flowed, inline answers)
# ---------------------------------------------------------------------------
def flow(text, depth=0, width=72):
    """Wrap one paragraph RFC 3676 style: soft breaks keep a trailing space.
    '~' glues words (rendered as a space, never broken)."""
    prefix = (">" * depth + " ") if depth else ""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        w = w.replace("~", " ")
        cand = (cur + " " + w) if cur else w
        if len(prefix) + len(cand) + 1 > width and cur:
            lines.append(cur + " ")  # soft line break
            cur = w
        else:
            cur = cand
    lines.append(cur)
    out = []
    for ln in lines:
        if depth == 0 and (ln.startswith(" ") or ln.startswith(">") or ln.startswith("From ")):
            ln = " " + ln  # space-stuffing
        out.append(prefix + ln)
    return out


def make_email(path):
    body = []
    P = lambda t, d=0: body.extend(flow(t, d))
    B = lambda d=0: body.append((">" * d) if d else "")
    P("Hej Amir,")
    B()
    P("svarar direkt i ditt mejl nedan – mina svar står utan citattecken.")
    B()
    P("Den 2026-06-02 kl. 09:41, skrev Amir Haddad:")
    P("Hej Karin,", 1)
    B(1)
    P("inför ändringsansökan för SMAK (ert ärende NY 2025/04127) har vi fyra frågor.", 1)
    B(1)
    P("1. Förlängning. Mässan har flyttats och checkarna beslutas först i juni, så vi vill "
      "förlänga projektet till 30 juni 2028. Är det möjligt?", 1)
    B()
    P("Förlängning går bra, men bara till 31~mars~2028 – inte till 30 juni 2028. Längre än så "
      "kan vi inte gå för er insats. Skriv 31~mars~2028 som nytt slutdatum i ändringsansökan, "
      "så beviljar vi den.")
    B()
    P("2. Slutrapport. Enligt ert beslut i mars (se nedan) ska slutrapporten in 31 januari "
      "2028. Flyttas den också?", 1)
    B()
    P("Ja. Slutrapporten ska lämnas senast två månader efter projektslut, alltså senast "
      "31~maj~2028.")
    B()
    P("3. Kostnader. På vår webbsida står att checken kan användas till \"mindre investeringar "
      "i utrustning (t.ex. maskiner)\". Flera företag vill köpa förpackningsmaskiner för "
      "checken. Går det bra?", 1)
    B()
    P("Nej. Maskiner och annan utrustning är inte~stödberättigande i er insats, eftersom den är "
      "beviljad som en kompetensinsats. Checken får bara användas till konsulttjänster och "
      "utbildning. Rätta gärna webbsidan så snart som möjligt.")
    B()
    P("4. Oxelösund kom med som pilotkommun i februari. Kan företag där få check fast "
      "Oxelösund inte fanns med i ansökan?", 1)
    B()
    P("Ja, det går bra så länge företaget finns i Södermanlands län. Ta med ändringen i "
      "ändringsansökan.")
    B()
    P("Tack på förhand!", 1)
    P("Amir Haddad", 1)
    P("tf. projektledare SMAK, Region Sörmland", 1)
    B(1)
    P("Den 2026-03-05 kl. 15:20, skrev Karin Sjöberg:", 1)
    P("Hej Helena,", 2)
    B(2)
    P("Tillväxtverket har i dag beviljat SMAK stöd ur Europeiska regionala utvecklingsfonden "
      "med högst 3 200 000 kr. Projektperioden är 1 januari 2026 – 31 december 2027. "
      "Slutrapport ska lämnas senast 31 januari 2028.", 2)
    B(2)
    P("Vänliga hälsningar", 2)
    P("Karin Sjöberg", 2)
    B()
    P("Vänliga hälsningar")
    P("Karin Sjöberg")
    P("Handläggare, avdelningen för regional tillväxt")
    P("Tillväxtverket")

    headers = [
        "Return-Path: <karin.sjoberg@tillvaxtverket.se>",
        "Message-ID: <6b1f0c2e-4a7d-4f0e-9c11-2d8e5a90f3b7@tillvaxtverket.se>",
        "Date: Tue, 9 Jun 2026 14:12:33 +0200",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Subject: =?UTF-8?Q?SV=3A_SMAK_=E2=80=93_fr=C3=A5gor_om_f=C3=B6rl=C3=A4ngning_och_?=",
        " =?UTF-8?Q?st=C3=B6dber=C3=A4ttigande_kostnader?=",
        "Content-Language: sv-SE",
        "To: Amir Haddad <amir.haddad@regionsormland.se>",
        "Cc: =?UTF-8?Q?Maria_Ekstr=C3=B6m?= <maria.ekstrom@regionsormland.se>",
        "References: <SMAK-20260602-0941@regionsormland.se>",
        "In-Reply-To: <SMAK-20260602-0941@regionsormland.se>",
        "From: =?UTF-8?Q?Karin_Sj=C3=B6berg?= <karin.sjoberg@tillvaxtverket.se>",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
    ]
    msg = "\r\n".join(headers) + "\r\n\r\n" + "\r\n".join(body) + "\r\n"
    with open(path, "wb") as f:
        f.write(msg.encode("utf-8"))


def main():
    if len(sys.argv) != 2:
        print("usage: r209_make_files.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_plan(os.path.join(out, "SMAK_projektplan_v1.0.pdf"))
    make_minutes(os.path.join(out, "SMAK_styrgrupp_protokoll_2026-02-10.docx"))
    make_webpage(os.path.join(out, "sok-utvecklingscheck.qmd.md"))
    make_run(os.path.join(out, "RUN_2026-04-23_p47_SMAK_budget.pdf"))
    make_newsletter(os.path.join(out, "SMAK-nytt_nr3_maj2026.txt"))
    make_email(os.path.join(out, "SV_SMAK_fragor_forlangning.eml"))
    for n in sorted(os.listdir(out)):
        print(n, os.path.getsize(os.path.join(out, n)))


if __name__ == "__main__":
    main()
