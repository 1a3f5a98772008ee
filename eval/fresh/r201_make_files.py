#!/usr/bin/env python3
"""r201 – testdokument för Värmlands län: projektet "Närnod Värmland".

Usage: python r201_make_files.py OUT_DIR

Deterministic: no clock, no randomness, fixed metadata, fixed zip timestamps.
Writes six documents that update each other over time (newest is right):

  1. Narnod_Varmland_projektplan_v1.0.pdf            2025-09-18  projektplan (two columns,
                                                                  soft-hyphen breaks, running header/footer)
  2. Protokoll_styrgrupp_Narnod_2026-02-10.docx      2026-02-10  styrgruppsprotokoll (unaccepted
                                                                  tracked changes + Word comments)
  3. Beslut_RUN_2026-0147_Narnod.pdf                 2026-03-19  nämndbeslut (footnote markers
                                                                  glued to amounts/dates, footnotes)
  4. SV_Invigning_Syssleback_2026-04-22.eml          2026-04-22  Outlook reply (MIME alternative,
                                                                  quoted-printable, RFC2047 subject, old mail below)
  5. Nulägesrapport Q2 2026 8e41c0b2a7d94f1f9c3e5a6b7d8e9f01.md
                                                     2026-07-03  Notion export (properties, <aside>
                                                                  callouts, <details> toggle with correction)
  6. Narnod_Varmland_intranat_wikitext.txt           2026-09-01  MediaWiki source (infobox template,
                                                                  wikitable, <s>, {{Rättelse}}, <ref>)
"""
import io
import os
import quopri
import re
import sys
import zipfile
import datetime as dt
from email.header import Header

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.text.run import Run

SHY = "|"   # soft hyphen marker in source strings (allowed break point)
NBSP = "~"  # non-breaking space marker in source strings (rendered as plain space)


# ----------------------------------------------------------------------------
# generic line wrapper with soft hyphens, non-breaking spaces and superscripts
# ----------------------------------------------------------------------------
SUP_RE = re.compile(r"^(.*?)\{(\d)\}(.*)$")


def _tok_width(tok, font, size):
    m = SUP_RE.match(tok)
    if m:
        base, sup, tail = m.groups()
        return (stringWidth(base.replace(NBSP, " "), font, size)
                + stringWidth(sup, font, size * 0.62)
                + stringWidth(tail.replace(NBSP, " "), font, size))
    return stringWidth(tok.replace(NBSP, " "), font, size)


def wrap(text, font, size, width):
    """Greedy wrap. Words may contain SHY (break points, hyphen shown when used)
    and NBSP (never break). Returns list of line strings (still with {n} markers)."""
    words = text.split(" ")
    lines, cur = [], ""
    sp = stringWidth(" ", font, size)
    i = 0
    while i < len(words):
        w = words[i]
        clean = w.replace(SHY, "")
        cand = (cur + " " + clean) if cur else clean
        if _tok_width(cand, font, size) <= width:
            cur = cand
            i += 1
            continue
        # try to hyphenate at the last soft hyphen that still fits
        parts = w.split(SHY)
        done = False
        if len(parts) > 1:
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                cand2 = (cur + " " + head) if cur else head
                if _tok_width(cand2, font, size) <= width:
                    lines.append(cand2)
                    cur = ""
                    words[i] = SHY.join(parts[k:])
                    done = True
                    break
        if done:
            continue
        if cur:
            lines.append(cur)
            cur = ""
        else:  # single word longer than line: force it
            lines.append(clean)
            i += 1
    if cur:
        lines.append(cur)
    return lines


def draw_rich_line(c, x, y, line, font, size):
    """Draw a line; {n} becomes a raised, smaller footnote marker glued to the word."""
    t = c.beginText(x, y)
    t.setFont(font, size)
    pos = 0
    for m in re.finditer(r"\{(\d)\}", line):
        t.textOut(line[pos:m.start()].replace(NBSP, " "))
        t.setFont(font, size * 0.62)
        t.setRise(size * 0.38)
        t.textOut(m.group(1))
        t.setRise(0)
        t.setFont(font, size)
        pos = m.end()
    t.textOut(line[pos:].replace(NBSP, " "))
    c.drawText(t)


# ----------------------------------------------------------------------------
# 1. Projektplan – two-column PDF with hyphenation and running header/footer
# ----------------------------------------------------------------------------
PLAN_BLOCKS = [
    ("h", "1 Bakgrund"),
    ("p", "Under de senaste tio åren har många lant|handlar, bank|kontor och apoteks|ombud "
          "försvunnit från de mindre orterna i norra och östra Värmland. För hus|håll utan bil "
          "innebär det ofta resor på mer än fyra mil för att hämta ett paket eller ta ut "
          "kontanter. Samtidigt finns i flera orter lokaler och föreningar som kan bära en "
          "gemensam service|punkt om kostnaderna delas mellan region, kommun och närings|liv."),
    ("h", "2 Syfte och mål"),
    ("p", "Projektet Närnod Värmland ska etablera åtta service|noder i fem kommuner under "
          "projekt|perioden 1~januari~2026 – 30~juni~2028. Målet är att minst 90~procent av "
          "invånarna i de deltagande kommunerna ska ha högst 20~kilometer till närmaste nod när "
          "projektet avslutas. Noderna ska drivas vidare av kommunerna efter projekt|tiden."),
    ("h", "3 Begrepp"),
    ("p", "I projektet används två nivåer av service|punkter:"),
    ("b", "RSN – regional~servicenod: en bemannad service|punkt som erbjuder minst tre av fyra "
          "tjänster: paket|utlämning, kontant|uttag, ombud för receptfria läke|medel och digital "
          "väg|ledning (hjälp med e-legitimation, 1177 och Försäkrings|kassans e-tjänster)."),
    ("b", "KSP – kommunal~servicepunkt: en obemannad eller delvis bemannad punkt i kommunens "
          "regi, till exempel i ett bibliotek, som erbjuder minst en av tjänsterna. En KSP kan "
          "upp|graderas till RSN."),
    ("p", "En RSN ska ha öppet minst 20~timmar per vecka, varav minst en kväll."),
    ("h", "4 Deltagande kommuner och noder"),
    ("p", "Torsby, Hagfors, Filipstad, Årjäng och Eda deltar. Noderna och den preliminära "
          "tid|planen framgår av tabellen."),
    ("t", [("Kommun", "Ort", "Typ", "Planerad öppning"),
           ("Torsby", "Sysslebäck", "RSN", "15 april 2026"),
           ("Torsby", "Östmark", "KSP", "2027"),
           ("Hagfors", "Ekshärad", "RSN", "augusti 2026"),
           ("Hagfors", "Råda", "KSP", "2027"),
           ("Filipstad", "Lesjöfors", "RSN", "2027"),
           ("Årjäng", "Töcksfors", "RSN", "2027"),
           ("Årjäng", "Östervallskog", "KSP", "2027"),
           ("Eda", "Koppom", "RSN", "2027")]),
    ("h", "5 Tidplan"),
    ("p", "Den första noden, i Syssle|bäck, öppnar 15~april~2026 i det före detta "
          "Konsum|huset. Därefter följer Ekshärad i augusti 2026. Övriga noder öppnar under 2027 "
          "i den ordning som lokal|frågorna löses. Projektet avslutas 30~juni~2028 och "
          "slut|rapport lämnas senast 30~september~2028."),
    ("h", "6 Budget och finansiering"),
    ("p", "Projektets totala budget är 12~400~000~kronor och finansieras enligt följande:"),
    ("t2", [("ERUF", "6 200 000 kr"),
            ("Region Värmland", "3 100 000 kr"),
            ("Deltagande kommuner", "3 100 000 kr"),
            ("Summa", "12 400 000 kr")]),
    ("p", "ERUF (Europeiska regionala utvecklings|fonden) söks hos Tillväxt|verket; beslut "
          "väntas i december 2025. Utöver med|finansieringen betalar varje kommun ett "
          "drift|bidrag om 90~000~kronor per nod och år till den aktör som driver noden."),
    ("h", "7 Organisation"),
    ("p", "Projekt|ägare är Region Värmland, avdelningen för regional utveckling. "
          "Projekt|ledare är Anna Lindqvist. Styr|gruppen leds av Maria Holm, regional "
          "utvecklings|direktör, och består i övrigt av en representant per deltagande kommun. "
          "Styr|gruppen sammanträder fyra gånger per år."),
    ("h", "8 Risker"),
    ("p", "De största riskerna är att lämpliga lokaler saknas, att leverantörer av paket|skåp "
          "och kontant|automater inte kan leverera i tid och att det är svårt att rekrytera "
          "personal till de bemannade noderna. Riskerna följs upp vid varje styr|gruppsmöte."),
    ("h", "9 Uppföljning och indikatorer"),
    ("p", "Projektet följs upp mot följande indikatorer, som redovisas i lägesrapporterna "
          "två gånger per år:"),
    ("b", "antal öppnade noder, uppdelat på RSN och KSP;"),
    ("b", "antal besök per nod och vecka, där paket|uttag räknas som ett besök;"),
    ("b", "andel invånare med högst 20~kilometer till närmaste nod;"),
    ("b", "antal personer som fått digital väg|ledning."),
    ("p", "Besöks|statistiken hämtas från nodernas kassa|system. Upp|följningen "
          "sammanställs av projekt|ledaren och redovisas för styr|gruppen."),
    ("h", "10 Kommunikation"),
    ("p", "Varje nod invigs med ett öppet hus dit kommunens politiker, lokala föreningar och "
          "närings|liv bjuds in. Projektet informerar löpande på Region Värmlands intranät och "
          "i kommunernas kanaler. Nyheter och rättelser publiceras på projektets intranät|sida, "
          "som alltid har den senaste informationen."),
    ("p", "Bilagor: riskanalys, kommunvisa lokal|inventeringar och kommunikations|plan "
          "(separata dokument)."),
]


def make_plan(path):
    W, H = A4
    ml, mr, gap = 56, 56, 22
    colw = (W - ml - mr - gap) / 2
    col_x = [ml, ml + colw + gap]
    top_first, top_other, bottom = 680, 780, 70
    body, bold = "Helvetica", "Helvetica-Bold"
    fs, lead = 10, 13.4

    # ---- layout pass: produce draw ops per page
    pages = [[]]
    col = 0
    y = top_first

    def newcol():
        nonlocal col, y
        if col == 0:
            col = 1
        else:
            pages.append([])
            col = 0
        y = top_other if len(pages) > 1 else top_first

    def need(h):
        if y - h < bottom:
            newcol()

    for kind, content in PLAN_BLOCKS:
        if kind == "h":
            need(lead * 3)
            y -= 4
            pages[-1].append((bold, 11, col_x[col], y, content))
            y -= lead + 3
        elif kind in ("p", "b"):
            indent = 10 if kind == "b" else 0
            lines = wrap(content, body, fs, colw - indent)
            for k, ln in enumerate(lines):
                need(lead)
                if kind == "b" and k == 0:
                    pages[-1].append((body, fs, col_x[col], y, "•"))
                pages[-1].append((body, fs, col_x[col] + indent, y, ln))
                y -= lead
            y -= 5
        elif kind == "t":
            offs = [0, 52, 122, 152]
            need(lead * 3)
            for r, row in enumerate(content):
                need(lead)
                f = bold if r == 0 else body
                for o, cell in zip(offs, row):
                    pages[-1].append((f, 8.5, col_x[col] + o, y, cell))
                y -= lead - 1
            y -= 6
        elif kind == "t2":
            need(lead * 2)
            for r, (a, b) in enumerate(content):
                need(lead)
                f = bold if a == "Summa" else body
                pages[-1].append((f, fs, col_x[col] + 4, y, a))
                pages[-1].append(("R", f, fs, col_x[col] + colw - 20, y, b))
                y -= lead - 1
            y -= 6

    n = len(pages)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Närnod Värmland – Projektplan version 1.0")
    c.setAuthor("Anna Lindqvist, Region Värmland")
    c.setSubject("Projektplan för servicenoder på landsbygden i Värmland")
    c.setCreator("Adobe InDesign 19.5 (Windows)")
    for pi, ops in enumerate(pages, start=1):
        # running header
        c.setFont(body, 8)
        c.drawString(ml, H - 40, "Närnod Värmland · Projektplan")
        c.drawRightString(W - mr, H - 40, "Version 1.0 · 2025-09-18")
        c.setLineWidth(0.4)
        c.line(ml, H - 45, W - mr, H - 45)
        if pi == 1:
            c.setFont(bold, 20)
            c.drawString(ml, H - 90, "Närnod Värmland")
            c.setFont(body, 13)
            c.drawString(ml, H - 110, "Servicenoder på landsbygden i Värmland – projektplan")
            c.setFont(body, 9)
            c.drawString(ml, H - 128, "Version 1.0, 2025-09-18. Fastställd av styrgruppen 2025-10-02.")
            c.line(ml, H - 140, W - mr, H - 140)
        for op in ops:
            if op[0] == "R":
                _, f, s, x, yy, txt = op
                c.setFont(f, s)
                c.drawRightString(x, yy, txt)
            else:
                f, s, x, yy, txt = op
                c.setFont(f, s)
                c.drawString(x, yy, txt.replace(NBSP, " "))
        # running footer
        c.setFont(body, 8)
        c.line(ml, 48, W - mr, 48)
        c.drawString(ml, 36, "Region Värmland | Regional utveckling | Närnod Värmland")
        c.drawRightString(W - mr, 36, f"Sida {pi} av {n}")
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------
# 2. Styrgruppsprotokoll – DOCX with unaccepted tracked changes and comments
# ----------------------------------------------------------------------------
_rev_id = [100]


def _track(p, tag, text, author, date):
    _rev_id[0] += 1
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(_rev_id[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)
    return el


def ins(p, text, author="Lena Nyström", date="2026-02-12T10:14:00Z"):
    return _track(p, "w:ins", text, author, date)


def dele(p, text, author="Lena Nyström", date="2026-02-12T10:14:00Z"):
    return _track(p, "w:del", text, author, date)


def comment(doc, run, text, author, initials, date):
    cm = doc.add_comment(run, text=text, author=author, initials=initials)
    cm._comment_elm.set(qn("w:date"), date)
    return cm


def fixed_zip(blob, when):
    """Re-zip with fixed timestamps and order so the file is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


def make_minutes(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Per Sandberg"
    cp.last_modified_by = "Lena Nyström"
    cp.title = "Protokoll styrgruppen Närnod Värmland 2026-02-10"
    cp.created = dt.datetime(2026, 2, 10, 15, 42, 0)
    cp.modified = dt.datetime(2026, 2, 12, 10, 21, 0)
    cp.last_printed = dt.datetime(2026, 2, 12, 10, 25, 0)
    cp.revision = 4
    cp.comments = ""

    # turn on "Track changes" so Word opens with revisions visible
    tr = OxmlElement("w:trackRevisions")
    anchor = doc.settings.element.find(qn("w:defaultTabStop"))
    if anchor is not None:   # schema order: trackRevisions comes before defaultTabStop
        anchor.addprevious(tr)
    else:
        doc.settings.element.append(tr)

    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Region Värmland – Regional utveckling\tJusterat protokoll"

    h = doc.add_paragraph()
    rr = h.add_run("Protokoll, styrgruppen för Närnod Värmland")
    rr.bold = True
    rr.font.size = Pt(16)
    first = doc.add_paragraph("Möte 1/2026")
    comment(doc, first.runs[0],
            "Ändringarna är gjorda av Lena vid justeringen 2026-02-12. Acceptera dem innan "
            "protokollet läggs på samarbetsytan.", "Per Sandberg", "PS", "2026-02-12T10:30:00Z")

    tbl = doc.add_table(rows=3, cols=2)
    tbl.style = "Table Grid"
    for i, (a, b) in enumerate([("Datum", "2026-02-10, kl. 13.00–15.30"),
                                ("Plats", "Regionens hus, Karlstad, samt Teams"),
                                ("Närvarande",
                                 "Maria Holm (ordförande), Erik Dahl (Torsby kommun), Lena Nyström "
                                 "(Hagfors kommun), Sara Berg (Filipstads kommun), Ola Persson "
                                 "(Årjängs kommun), Karin Ahl (Eda kommun), Jonas Ekberg (Region "
                                 "Värmland), Per Sandberg (sekreterare). Frånvarande: Anna "
                                 "Lindqvist.")]):
        tbl.cell(i, 0).text = a
        tbl.cell(i, 1).text = b

    def para_head(t):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = True
        p.paragraph_format.space_before = Pt(10)
        return p

    para_head("§ 1 Mötets öppnande")
    doc.add_paragraph("Ordföranden Maria Holm hälsade välkommen och öppnade mötet.")

    para_head("§ 2 Val av justerare")
    doc.add_paragraph("Lena Nyström, Hagfors kommun, utsågs att jämte ordföranden justera "
                      "dagens protokoll.")

    para_head("§ 3 Föregående protokoll")
    doc.add_paragraph("Protokollet från 2025-11-18 lades till handlingarna.")

    para_head("§ 4 Tidplan för noden i Sysslebäck")
    doc.add_paragraph("Erik Dahl redogjorde för läget. Lokalen i det före detta Konsum-huset i "
                      "Sysslebäck kräver åtgärder i ventilationen innan den kan tas i bruk. "
                      "Fastighetsägaren räknar med att arbetet tar sex till åtta veckor.")
    p = doc.add_paragraph()
    r = p.add_run("Beslut: ")
    r.bold = True
    comment(doc, r, "Erik bekräftar datumet med fastighetsägaren senast 20/2.",
            "Per Sandberg", "PS", "2026-02-10T15:50:00Z")
    p.add_run("Öppnandet av servicenoden i Sysslebäck flyttas från 15 april 2026 till ")
    dele(p, "15 maj 2026")
    ins(p, "1 juni 2026")
    p.add_run(". Den nya tidpunkten förutsätter att ventilationen är åtgärdad och besiktigad.")

    para_head("§ 5 Anslutning av Munkfors kommun")
    doc.add_paragraph("Munkfors kommun har i skrivelse 2026-01-20 ansökt om att få ansluta till "
                      "projektet.")
    p = doc.add_paragraph()
    p.add_run("Beslut: ").bold = True
    p.add_run("Munkfors kommun ansluter till projektet från och med 1 april 2026 med en "
              "servicenod i ")
    dele(p, "Munkfors tätort")
    ins(p, "Ransäter")
    p.add_run(". Antalet planerade noder ökar därmed från åtta till nio.")

    para_head("§ 6 Projektledning")
    doc.add_paragraph("Projektledaren Anna Lindqvist är tjänstledig från och med 1 mars 2026.")
    p = doc.add_paragraph()
    p.add_run("Beslut: ").bold = True
    p.add_run("Jonas Ekberg är tillförordnad projektledare från och med 1 mars 2026.")

    para_head("§ 7 Finansiering")
    doc.add_paragraph("Ventilationsåtgärderna i Sysslebäck och anslutningen av Munkfors "
                      "beräknas öka projektets kostnader.")
    p = doc.add_paragraph()
    r = p.add_run("Beslut: ")
    r.bold = True
    comment(doc, r, "Nämnden sammanträder 19 mars – underlaget måste vara inne senast 5 mars.",
            "Maria Holm", "MH", "2026-02-11T08:05:00Z")
    p.add_run("Styrgruppen föreslår att regionala utvecklingsnämnden höjer den regionala "
              "medfinansieringen från 3 100 000 kronor till 3 650 000 kronor.")

    para_head("§ 8 Nästa möte")
    p = doc.add_paragraph("Nästa möte hålls ")
    dele(p, "21 april 2026")
    ins(p, "14 april 2026")
    p.add_run(" i Hagfors.")

    para_head("§ 9 Mötets avslutande")
    doc.add_paragraph("Ordföranden tackade för visat intresse och avslutade mötet.")

    doc.add_paragraph()
    doc.add_paragraph("Vid protokollet: Per Sandberg")
    doc.add_paragraph("Justerat 2026-02-12: Maria Holm, ordförande, och Lena Nyström, justerare")

    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as f:
        f.write(fixed_zip(buf.getvalue(), (2026, 2, 12, 10, 21, 0)))


# ----------------------------------------------------------------------------
# 3. Nämndbeslut – PDF with footnote markers glued to amounts and dates
# ----------------------------------------------------------------------------
def make_decision(path):
    W, H = A4
    ml, mr = 70, 70
    tw = W - ml - mr
    body, bold = "Times-Roman", "Times-Bold"
    fs, lead = 11, 14.5
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Beslut RUN 2026/0147 – Närnod Värmland")
    c.setAuthor("Henrik Malm")
    c.setCreator("Microsoft® Word för Microsoft 365")

    def header(page):
        c.setFont(bold, 15)
        c.drawString(ml, H - 60, "Region Värmland")
        c.setFont(body, 10)
        c.drawString(ml, H - 74, "Regionala utvecklingsnämnden")
        c.setFont(bold, 11)
        c.drawString(W - 220, H - 60, "BESLUT")
        c.setFont(body, 9.5)
        c.drawString(W - 220, H - 74, "Datum: 2026-03-19")
        c.drawString(W - 220, H - 86, "Dnr: RUN 2026/0147")
        c.drawString(W - 220, H - 98, f"Sida {page}(2)")

    def para(y, text, font=body, size=fs, indent=0, width=None):
        for ln in wrap(text, font, size, (width or tw) - indent):
            draw_rich_line(c, ml + indent, y, ln, font, size)
            y -= lead
        return y - 5

    # page 1
    header(1)
    y = H - 140
    c.setFont(body, 10.5)
    for ln in ["Region Värmland", "Regional utveckling", "Att: Jonas Ekberg, tf. projektledare",
               "651 82 Karlstad"]:
        c.drawString(ml, y, ln)
        y -= 13
    y -= 18
    y = para(y, "Beslut om ändrad regional medfinansiering och förlängd projektperiod för "
                "Närnod Värmland", bold, 13)
    y -= 2
    c.setFont(bold, 11.5)
    c.drawString(ml, y, "Beslut")
    y -= lead + 2
    y = para(y, "Regionala utvecklingsnämnden beslutar")
    for t in ["att bevilja projektet Närnod Värmland regional medfinansiering om "
              "3~400~000~kronor{1},",
              "att förlänga projektperioden till och med 31~december~2028{2},",
              "att projektets totala budget därmed uppgår till 12~700~000~kronor, samt",
              "att slutrapport ska lämnas senast 31~mars~2029{3}."]:
        y = para(y, t, indent=18) + 2
    y -= 4
    c.setFont(bold, 11.5)
    c.drawString(ml, y, "Ärendet")
    y -= lead + 2
    y = para(y, "Styrgruppen för Närnod Värmland föreslog vid sitt möte 2026-02-10 att den "
                "regionala medfinansieringen skulle höjas från 3~100~000~kronor till "
                "3~650~000~kronor. Skälen var dels kostnader för åtgärder i lokalen i "
                "Sysslebäck, dels att Munkfors kommun ansluter till projektet med en nod i "
                "Ransäter.")
    c.setFont(bold, 11.5)
    c.drawString(ml, y, "Bedömning")
    y -= lead + 2
    y = para(y, "Nämnden bedömer att kostnaderna för anslutningen av Munkfors kommun bör rymmas "
                "inom projektet. Åtgärderna av ventilationen i Sysslebäck bekostas däremot av "
                "fastighetsägaren enligt hyresavtalet och ingår inte i den regionala "
                "medfinansieringen. Beloppet har därför bestämts till 3~400~000~kronor i stället "
                "för de föreslagna 3~650~000~kronor.")
    # footnotes at the bottom of page 1
    fy = 150
    c.setLineWidth(0.5)
    c.line(ml, fy + 14, ml + 140, fy + 14)
    notes = [
        "{1}Ersätter beloppet i beslut RUN 2025/0212 (3 100 000 kronor). Medfinansieringen "
        "betalas ut i efterhand mot redovisade kostnader.",
        "{2}Förlängningen förutsätter motsvarande förlängning av ERUF-beslutet. Tillväxtverket "
        "har meddelat att en sådan förlängning godkänns.",
        "{3}Den ekonomiska slutredovisningen till Tillväxtverket sker enligt Tillväxtverkets "
        "anvisningar och omfattas inte av detta datum.",
    ]
    for n_ in notes:
        for ln in wrap(n_, body, 8.5, tw):
            draw_rich_line(c, ml, fy, ln, body, 8.5)
            fy -= 10.5
        fy -= 2
    c.setFont(body, 8)
    c.drawString(ml, 40, "Region Värmland, Box 1022, 651 15 Karlstad · regionvarmland.se")
    c.showPage()

    # page 2
    header(2)
    y = H - 140
    c.setFont(bold, 11.5)
    c.drawString(ml, y, "Finansiering efter beslutet")
    y -= lead + 4
    rows = [("Finansiär", "Belopp"), ("ERUF (via Tillväxtverket)", "6 200 000 kr"),
            ("Region Värmland", "3 400 000 kr"), ("Deltagande kommuner", "3 100 000 kr"),
            ("Summa", "12 700 000 kr")]
    for i, (a, b) in enumerate(rows):
        f = bold if i in (0, len(rows) - 1) else body
        c.setFont(f, 10.5)
        c.drawString(ml + 6, y, a)
        c.drawRightString(ml + 330, y, b)
        c.setLineWidth(0.3)
        c.line(ml, y - 4, ml + 340, y - 4)
        y -= 17
    y -= 10
    y = para(y, "Kommunernas sammanlagda medfinansiering är oförändrad. Munkfors kommuns andel "
                "fördelas inom den ramen enligt överenskommelse mellan de deltagande kommunerna.")
    c.setFont(bold, 11.5)
    c.drawString(ml, y, "Villkor")
    y -= lead + 2
    y = para(y, "Projektet ska lämna lägesrapport till nämnden två gånger per år. Väsentliga "
                "förändringar av projektets inriktning, budget eller tidplan ska anmälas till "
                "nämnden innan de genomförs.")
    c.setFont(bold, 11.5)
    c.drawString(ml, y, "Hur man överklagar")
    y -= lead + 2
    y = para(y, "Beslutet kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen "
                "(2017:725). Överklagandet ska ha kommit in till Förvaltningsrätten i Karlstad "
                "inom tre veckor från den dag då det tillkännagavs på regionens anslagstavla att "
                "protokollet justerats.")
    y -= 6
    y = para(y, "Beslutet har fattats av regionala utvecklingsnämnden 2026-03-19, § 34.")
    y -= 20
    c.setFont(body, 11)
    c.drawString(ml, y, "Karin Sjöberg")
    c.drawString(ml + 230, y, "Henrik Malm")
    c.setFont(body, 9.5)
    c.drawString(ml, y - 13, "Ordförande")
    c.drawString(ml + 230, y - 13, "Nämndsekreterare")
    c.setFont(body, 8)
    c.drawString(ml, 40, "Region Värmland, Box 1022, 651 15 Karlstad · regionvarmland.se")
    c.showPage()
    c.save()


# ----------------------------------------------------------------------------
# 4. Outlook reply as .eml – MIME alternative, quoted-printable, old thread below
# ----------------------------------------------------------------------------
EML_PLAIN = """Hej alla,

Tyvärr måste vi flytta invigningen av servicenoden i Sysslebäck en gång till. Leverantören av paketskåpen har meddelat att leveransen är försenad till vecka 22, och utan paketskåpen uppfyller noden inte kraven för en RSN. Ny invigning blir måndag 8 juni 2026 kl. 10.00 – alltså inte 1 juni som styrgruppen beslutade i februari. Lokalens ventilation är nu åtgärdad och besiktigad, så det är bara paketskåpen vi väntar på.

Från styrgruppens möte 14 april i Hagfors, i korthet:

* Eda kommuns nod placeras i Åmotfors i stället för Koppom. Biblioteket i Åmotfors kan upplåta en lokal från januari 2027.
* Kravet på öppettider för en RSN är fortfarande minst 20 timmar per vecka, men i orter med färre än 500 invånare räcker det med 15 timmar per vecka.
* Kommunernas driftbidrag sänks från 90 000 kronor till 75 000 kronor per nod och år från och med 1 januari 2027. För 2026 gäller 90 000 kronor som tidigare.

Protokollet från 14 april läggs på samarbetsytan när det är justerat.

Vänliga hälsningar
Jonas Ekberg
Tf. projektledare, Närnod Värmland
Region Värmland, Regional utveckling

Från: Anna Lindqvist <anna.lindqvist@regionvarmland.se>
Skickat: den 15 januari 2026 10:02
Till: Närnod kommunkontakter <narnod-kommuner@regionvarmland.se>
Ämne: Invigning Sysslebäck

Hej!

Nu är det bestämt: invigningen av servicenoden i Sysslebäck blir onsdag 15 april 2026 kl. 13.00 i det gamla Konsum-huset. Inbjudan till kommunernas politiker går ut i mars.

Påminnelse: driftbidraget är 90 000 kronor per nod och år och faktureras kvartalsvis. Kravet på öppettider för en RSN är 20 timmar per vecka.

/Anna
"""


def _html_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def _outlook_html(plain):
    top, old = plain.split("\nFrån: Anna", 1)
    old = "Från: Anna" + old

    def nb(s):  # Outlook glues numbers, units and dates with &nbsp;
        s = _html_escape(s)
        s = re.sub(r"(\d) (\d{3})", r"\1&nbsp;\2", s)
        s = re.sub(r"(\d) (\d{3})", r"\1&nbsp;\2", s)
        s = re.sub(r"(\d+) (januari|april|juni|timmar|kronor)", r"\1&nbsp;\2", s)
        s = re.sub(r"(januari|april|juni) (\d{4})", r"\1&nbsp;\2", s)
        return s

    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
           'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://sch'
           'emas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
           '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name='
           '"Generator" content="Microsoft Word 15 (filtered medium)"><style><!--p.MsoNormal, '
           'li.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>'
           '</head><body lang="SV" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
    in_list = False
    for ln in top.split("\n"):
        if ln.startswith("* "):
            if not in_list:
                out.append("<ul style=\"margin-top:0cm\" type=\"disc\">")
                in_list = True
            out.append('<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 '
                       'lfo1">' + nb(ln[2:]) + "<o:p></o:p></li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        out.append('<p class="MsoNormal">' + (nb(ln) if ln else "<o:p>&nbsp;</o:p>")
                   + "<o:p></o:p></p>")
    out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
    for ln in old.split("\n"):
        out.append('<p class="MsoNormal">' + (nb(ln) if ln else "<o:p>&nbsp;</o:p>")
                   + "<o:p></o:p></p>")
    out.append("</div></div></body></html>")
    return "\n".join(out) + "\n"


def make_eml(path):
    b = "----=_NextPart_000_0047_01DCD26B.3E9A5C10"
    subj = Header("SV: Invigning Sysslebäck + beslut från styrgruppen 14 april", "utf-8").encode()
    to = Header("Närnod kommunkontakter", "utf-8").encode()
    frm = "Jonas Ekberg <jonas.ekberg@regionvarmland.se>"

    def qp(s):
        return quopri.encodestring(s.encode("utf-8")).decode("ascii")

    head = [
        "Received: from EX03.regionvarmland.local (10.12.4.33) by EX01.regionvarmland.local",
        " (10.12.4.31) with Microsoft SMTP Server id 15.2.1544.4; Wed, 22 Apr 2026",
        " 16:41:09 +0200",
        f"From: {frm}",
        f"To: {to} <narnod-kommuner@regionvarmland.se>",
        "CC: Maria Holm <maria.holm@regionvarmland.se>",
        f"Subject: {subj}",
        "Thread-Topic: " + Header("Invigning Sysslebäck", "utf-8").encode(),
        "Thread-Index: AdrF2kq1m0c3y7TQS1K2n1b8YpV4XwAAQ9zA",
        "Date: Wed, 22 Apr 2026 16:41:07 +0200",
        "Message-ID: <GV0P278MB0719A1C2E4B5D6F7@GV0P278MB0719.CHEP278.PROD.OUTLOOK.COM>",
        "In-Reply-To: <GV0P278MB07195E1A0B2C3D4E@GV0P278MB0719.CHEP278.PROD.OUTLOOK.COM>",
        "Accept-Language: sv-SE, en-US",
        "Content-Language: sv-SE",
        "X-MS-Has-Attach:",
        "X-Mailer: Microsoft Outlook 16.0",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{b}",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(EML_PLAIN),
        f"--{b}",
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(_outlook_html(EML_PLAIN)),
        f"--{b}--",
        "",
    ]
    raw = "\n".join(head).replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path, "w", encoding="ascii", newline="") as f:
        f.write(raw)


# ----------------------------------------------------------------------------
# 5. Notion export – Markdown with properties, callouts and a toggle correction
# ----------------------------------------------------------------------------
NOTION_MD = """# Nulägesrapport Q2 2026

Ansvarig: Jonas Ekberg
Period: 1 april 2026 → 30 juni 2026
Projekt: Närnod Värmland (../Projekt%2004b7e1d2c3a94f5e8d6c7b8a9f0e1d2c.md)
Senast redigerad: 3 juli 2026 14:12
Status: Publicerad
Taggar: Lägesrapport, Styrgrupp

<aside>
💡 **Sammanfattning:** Första noden är öppen! Sysslebäck invigdes måndag 8 juni 2026 med ett hundratal besökare. Ekshärad är nästa nod ut. Eda kommuns nod blir i Åmotfors i stället för Koppom.

</aside>

## Noder

| Nod | Kommun | Typ | Status | Öppnar |
| --- | --- | --- | --- | --- |
| Sysslebäck | Torsby | RSN | Öppen | 8 juni 2026 |
| Ekshärad | Hagfors | RSN | Lokal klar, rekrytering av nodvärd pågår | 7 september 2026 |
| Åmotfors | Eda | RSN | Hyresavtal med biblioteket klart | januari 2027 |
| Ransäter | Munkfors | KSP | Planering | 2027 |
| Övriga fem noder | Torsby, Hagfors, Filipstad, Årjäng | RSN/KSP | Lokalfrågor pågår | 2027 |

## Besöksstatistik Sysslebäck

Besök vecka 24–26 (8–28 juni): **1 126**

<details>
<summary>Rättelse 2026-07-03</summary>

Siffran ovan räknade paketuttag dubbelt (både i kassasystemet och i paketskåpets logg). Korrekt antal besök vecka 24–26 är **874**, varav 512 paketuttag.

</details>

<aside>
⚠️ Paketskåpen till Ekshärad: leverantören har bekräftat leverans vecka 33. Samma leverantör var sen till Sysslebäck – följ upp i god tid.

</aside>

## Ekonomi

Upparbetade kostnader t.o.m. 30 juni 2026: 2 140 000 kronor (cirka 17 % av budgeten). Prognosen följer budget.

## Nästa steg

- [ ]  Invigning Ekshärad 7 september 2026 – inbjudan skickas i augusti
- [x]  Hyresavtal Åmotfors undertecknat
- [ ]  Rekrytering nodvärd Ekshärad (50 %)
- [ ]  Nästa styrgruppsmöte 15 september 2026, Torsby

Se även [Protokoll styrgrupp 2026-04-14](Protokoll%20styrgrupp%202026-04-14%20c2d9e3f4a5b64c7d8e9f0a1b2c3d4e5f.md) och [Beslut RUN 2026-0147](Beslut%20RUN%202026-0147%209a8b7c6d5e4f40312a1b0c9d8e7f6a5b.pdf)
"""

# ----------------------------------------------------------------------------
# 6. Intranet page saved as MediaWiki source
# ----------------------------------------------------------------------------
WIKI_TXT = """<!-- Intranätet > Regional utveckling > Projekt. Senast ändrad 2026-09-01 av Jonas Ekberg (jek) -->
{{Projektinfobox
| namn          = Närnod Värmland
| bild          = Närnod Sysslebäck invigning 2026.jpg
| projektägare  = Region Värmland, avdelningen för regional utveckling
| projektledare = [[Användare:Jek|Jonas Ekberg]]
| period        = 1 januari 2026 – 31 december 2028
| finansiering  = ERUF, Region Värmland och deltagande kommuner
| status        = Pågående
}}
'''Närnod Värmland''' är ett projekt som etablerar servicenoder på landsbygden i Värmland. Projektet omfattar nio servicenoder i sex kommuner: [[Torsby kommun|Torsby]], [[Hagfors kommun|Hagfors]], [[Filipstads kommun|Filipstad]], [[Årjängs kommun|Årjäng]], [[Eda kommun|Eda]] och [[Munkfors kommun|Munkfors]]. Munkfors anslöt den 1 april 2026.<ref>Styrgruppens protokoll 2026-02-10, § 5.</ref> Projektperioden förlängdes till 31 december 2028 genom beslut i regionala utvecklingsnämnden.<ref>Beslut RUN 2026/0147, 2026-03-19.</ref>

== Projektledning ==
Projektledare är '''Jonas Ekberg''', ordinarie sedan 1 augusti 2026 och dessförinnan tillförordnad från 1 mars 2026. Anna Lindqvist, som var projektledare till och med 28 februari 2026, har lämnat Region Värmland.

Styrgruppens ordförande är Maria Holm, regional utvecklingsdirektör.

== Noder ==
{| class="wikitable sortable"
|+ Servicenoder, status 1 september 2026
! Ort !! Kommun !! Typ !! Öppnar / öppnade !! Kommentar
|-
| Sysslebäck || Torsby || RSN || 8 juni 2026 || Invigd. Tidigare planerat <s>15 april</s>, <s>1 juni</s>.
|-
| Ekshärad || Hagfors || RSN || <s>7 september 2026</s> '''14 september 2026''' || Se rättelse nedan.
|-
| Östmark || Torsby || KSP || 2027 ||
|-
| Råda || Hagfors || KSP || 2027 ||
|-
| Lesjöfors || Filipstad || RSN || 2027 ||
|-
| Töcksfors || Årjäng || RSN || 2027 ||
|-
| Östervallskog || Årjäng || KSP || 2027 ||
|-
| Åmotfors || Eda || RSN || januari 2027 || Ersätter <s>Koppom</s> (styrgruppen 14 april 2026).
|-
| Ransäter || Munkfors || KSP || 2027 || Se Munkfors kommuns [[Munkfors kommun/Ransäter|lokalplan]].
|}

{{Rättelse
| datum = 2026-08-20
| text  = I nulägesrapporten för andra kvartalet stod att Ekshärad invigs 7 september 2026. Rätt datum är måndag 14 september 2026, eftersom brandbesiktningen av lokalen inte kunde göras före 8 september.
}}

== Fler kommuner? ==
Sunne kommun har visat intresse för att ansluta till projektet 2027. Inget beslut är fattat.

== Kontakt ==
Frågor om projektet: Jonas Ekberg, Regional utveckling. Kommunernas kontaktpersoner finns på [[Närnod Värmland/Kontaktpersoner|samarbetsytan]].

== Källor ==
<references />

[[Kategori:Projekt inom regional utveckling]]
[[Kategori:Landsbygdsutveckling]]
"""

FILES = {
    "plan": "Narnod_Varmland_projektplan_v1.0.pdf",
    "minutes": "Protokoll_styrgrupp_Narnod_2026-02-10.docx",
    "decision": "Beslut_RUN_2026-0147_Narnod.pdf",
    "eml": "SV_Invigning_Syssleback_2026-04-22.eml",
    "notion": "Nulägesrapport Q2 2026 8e41c0b2a7d94f1f9c3e5a6b7d8e9f01.md",
    "wiki": "Narnod_Varmland_intranat_wikitext.txt",
}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: r201_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_plan(os.path.join(out, FILES["plan"]))
    make_minutes(os.path.join(out, FILES["minutes"]))
    make_decision(os.path.join(out, FILES["decision"]))
    make_eml(os.path.join(out, FILES["eml"]))
    with open(os.path.join(out, FILES["notion"]), "w", encoding="utf-8", newline="\n") as f:
        f.write(NOTION_MD)
    with open(os.path.join(out, FILES["wiki"]), "w", encoding="utf-8", newline="\n") as f:
        f.write(WIKI_TXT)
    for k in FILES.values():
        print(os.path.join(out, k))


if __name__ == "__main__":
    main()
