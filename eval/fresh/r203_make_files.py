#!/usr/bin/env python3
"""r203_make_files.py OUT_DIR

Skapar sex dokument om det påhittade projektet SKÄRP (Skärgårdens kompetens-
och servicepunkter), Region Stockholm / Stockholms län. Dokumenten uppdaterar
varandra över tid; det nyaste dokumentet gäller.

  1. SKARP_projektplan_v1.0_2026-02-12.pdf        (12 feb 2026)
  2. SKARP_protokoll_styrgrupp_2026-04-22.docx    (22 apr 2026)
  3. VB_Protokollsutdrag_RUN_2026-06-09_SKARP.eml (12 jun 2026)
  4. regionstockholm_se_skarp_2026-08-28.txt      (28 aug 2026)
  5. SKARP_statusrapport_Q3_2026.md               (5 okt 2026)
  6. SKARP-nytt_nr3_november_2026.pdf             (20 nov 2026)

Deterministiskt: ingen klocka, ingen slump, fasta metadata och fasta
zip-tidsstämplar. Kräver reportlab och python-docx.
"""
import base64
import os
import re
import sys
import textwrap
import urllib.parse
import zipfile

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

SHY = "\u00ad"                      # mjukt bindestreck = möjlig avstavning
MARK = re.compile(r"\{\^(\d+)\}")   # fotnotsmarkör {^1}


# ---------------------------------------------------------------------------
# Gemensamma hjälpfunktioner för PDF
# ---------------------------------------------------------------------------
def _fixed_canvas(path, title, author, subject, creator, pdfdate):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator(creator)
    c._doc.info._dateFormatter = lambda *a: pdfdate
    return c


def _w(s, font, size):
    """Bredd för en rad som kan innehålla fotnotsmarkörer och mjuka bindestreck."""
    total, pos = 0.0, 0
    for m in MARK.finditer(s):
        total += stringWidth(s[pos:m.start()].replace(SHY, ""), font, size)
        total += stringWidth(m.group(1), font, size * 0.65)
        pos = m.end()
    total += stringWidth(s[pos:].replace(SHY, ""), font, size)
    return total


_VOW = set("aeiouyåäöé")


def _auto_shy(text):
    """Enkel svensk avstavning (som ordbehandlarens): mjukt bindestreck före
    sista konsonanten i en konsonantgrupp som följs av vokal, i långa ord."""
    out = []
    for word in text.split(" "):
        core = word.strip(".,;:()")
        if (len(core) < 10 or SHY in word or not core.isalpha()
                or core[0].isupper()):
            out.append(word)
            continue
        chars = list(word)
        breaks = set()
        for i, ch in enumerate(chars):
            if (3 <= i <= len(chars) - 4 and ch.lower() not in _VOW
                    and chars[i + 1].lower() in _VOW
                    and any(x.lower() in _VOW for x in chars[:i])
                    and chars[i - 1] + ch not in ("ck", "ng")):
                # fr, tr, bl, pl ... hålls ihop: bryt före hela gruppen
                if ch in "rlj" and chars[i - 1] in "bdfgkpt":
                    i -= 1
                breaks.add(i)
        out.append("".join((SHY if i in breaks else "") + ch
                           for i, ch in enumerate(chars)))
    return " ".join(out)


def _wrap(text, font, size, width_for_line):
    """Radbrytning med avstavning vid mjuka bindestreck.
    width_for_line(i) ger tillgänglig bredd för rad i (0-baserad)."""
    words = text.split()
    lines, cur, i = [], [], 0
    while i < len(words):
        w = words[i]
        maxw = width_for_line(len(lines))
        if _w(" ".join(cur + [w]), font, size) <= maxw:
            cur.append(w)
            i += 1
            continue
        parts = w.split(SHY)
        done = False
        if len(parts) > 1:
            for k in range(len(parts) - 1, 0, -1):
                pre = "".join(parts[:k]) + "-"
                if _w(" ".join(cur + [pre]), font, size) <= maxw:
                    cur.append(pre)
                    lines.append(cur)
                    cur = []
                    words[i] = SHY.join(parts[k:])
                    done = True
                    break
        if not done:
            if cur:
                lines.append(cur)
                cur = []
            else:
                cur = [w]
                i += 1
    if cur:
        lines.append(cur)
    return [" ".join(l) for l in lines]


def _draw_line(c, x, y, line, font, size, wordspace=0.0, color=None):
    t = c.beginText()
    t.setTextOrigin(x, y)
    t.setFont(font, size)
    if color is not None:
        t.setFillColorRGB(*color)
    t.setWordSpace(wordspace)  # Tw gäller tills det ändras – sätt alltid
    pos = 0
    for m in MARK.finditer(line):
        t.textOut(line[pos:m.start()].replace(SHY, ""))
        t.setFont(font, size * 0.65)
        t.setRise(size * 0.35)
        t.textOut(m.group(1))
        t.setRise(0)
        t.setFont(font, size)
        pos = m.end()
    t.textOut(line[pos:].replace(SHY, ""))
    c.drawText(t)


def _normalize_zip(path, date_time):
    """Skriv om en zip (docx) med fasta tidsstämplar så att filen blir bytewise lika."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# 1. Projektplan (PDF): löpande sidhuvud/sidfot, fotnoter, avstavning,
#    marginaljusterad text
# ---------------------------------------------------------------------------
class FlowDoc:
    """Enkel ombrytningsmotor: sidor med sidhuvud, sidfot och fotnoter."""

    def __init__(self):
        self.W, self.H = A4
        self.left, self.right = 30 * mm, self.W - 30 * mm
        self.top, self.bottom = self.H - 28 * mm, 24 * mm
        self.pages = []
        self.fn_text = {}
        self.new_page()

    # fotnoter -----------------------------------------------------------
    def _fn_lines(self, n):
        return _wrap(self.fn_text[n], "Times-Roman", 8.5,
                     lambda i: self.right - self.left - 8)

    def _fn_height(self, fns):
        if not fns:
            return 0
        return 10 + sum(len(self._fn_lines(n)) * 10.5 for n in fns)

    def new_page(self):
        self.ops, self.fns = [], []
        self.pages.append((self.ops, self.fns))
        self.y = self.top

    def ensure(self, h, new_fns=()):
        if self.y - h < self.bottom + self._fn_height(self.fns + list(new_fns)):
            self.new_page()

    # block ----------------------------------------------------------------
    def space(self, h):
        self.y -= h

    def heading(self, text, size=12.5):
        self.ensure(size + 50)
        self.y -= 10 + size
        self.ops.append(("text", self.left, self.y, "Times-Bold", size, text, 0))
        self.y -= 3

    def para(self, text, size=12, leading=15, indent=0, justify=True,
             font="Times-Roman", bullet=None):
        x0 = self.left + indent
        maxw = self.right - x0
        lines = _wrap(_auto_shy(text), font, size, lambda i: maxw)
        for li, line in enumerate(lines):
            fns = [int(n) for n in MARK.findall(line)]
            self.ensure(leading, fns)
            ws = 0.0
            last = li == len(lines) - 1
            if justify and not last and line.count(" "):
                ws = (maxw - _w(line, font, size)) / line.count(" ")
            self.y -= leading
            if bullet and li == 0:
                self.ops.append(("text", x0 - 10, self.y, font, size, bullet, 0))
            self.ops.append(("text", x0, self.y, font, size, line, ws))
            self.fns.extend(fns)
        self.y -= 4

    def table(self, rows, colx, aligns, size=10, rowh=16):
        """rows: lista av listor; första raden är rubrik."""
        total = rowh * len(rows) + 6
        allfns = [int(n) for r in rows for cell in r for n in MARK.findall(cell)]
        self.ensure(total, allfns)
        self.y -= 4
        x_end = self.right
        self.ops.append(("line", self.left, self.y, x_end, self.y, 0.9))
        for ri, r in enumerate(rows):
            font = "Times-Bold" if ri == 0 or r[0].startswith("Totalt") else "Times-Roman"
            base = self.y - rowh + 4.5
            for ci, cell in enumerate(r):
                x_left = colx[ci]
                x_right = colx[ci + 1] - 8 if ci + 1 < len(colx) else x_end
                if aligns[ci] == "r":
                    x = x_right - _w(cell, font, size)
                else:
                    x = x_left
                self.ops.append(("text", x, base, font, size, cell, 0))
            self.y -= rowh
            lw = 0.9 if ri in (0, len(rows) - 1) else 0.3
            self.ops.append(("line", self.left, self.y, x_end, self.y, lw))
        self.fns.extend(allfns)
        self.y -= 8

    # rendering ---------------------------------------------------------------
    def render(self, c, header_l, header_r, footer_l):
        n = len(self.pages)
        for pi, (ops, fns) in enumerate(self.pages, start=1):
            # löpande sidhuvud
            c.setFont("Helvetica", 8)
            c.setFillColorRGB(0.25, 0.25, 0.25)
            c.drawString(self.left, self.H - 16 * mm, header_l)
            c.drawRightString(self.right, self.H - 16 * mm, header_r)
            c.setLineWidth(0.4)
            c.line(self.left, self.H - 17.5 * mm, self.right, self.H - 17.5 * mm)
            c.setFillColorRGB(0, 0, 0)
            for op in ops:
                if op[0] == "text":
                    _, x, y, font, size, line, ws = op
                    _draw_line(c, x, y, line, font, size, ws)
                elif op[0] == "line":
                    _, x1, y1, x2, y2, lw = op
                    c.setLineWidth(lw)
                    c.line(x1, y1, x2, y2)
            # fotnoter längst ned
            if fns:
                h = self._fn_height(fns)
                ytop = self.bottom + h
                c.setLineWidth(0.5)
                c.line(self.left, ytop - 2, self.left + 45 * mm, ytop - 2)
                y = ytop - 2
                for fn in fns:
                    for li, fl in enumerate(self._fn_lines(fn)):
                        y -= 10.5
                        if li == 0:
                            _draw_line(c, self.left, y, "{^%d}" % fn, "Times-Roman", 8.5)
                        _draw_line(c, self.left + 8, y, fl, "Times-Roman", 8.5)
            # löpande sidfot
            c.setFont("Helvetica", 8)
            c.setFillColorRGB(0.25, 0.25, 0.25)
            c.line(self.left, 16 * mm, self.right, 16 * mm)
            c.drawString(self.left, 12 * mm, footer_l)
            c.drawRightString(self.right, 12 * mm, "Sida %d av %d" % (pi, n))
            c.setFillColorRGB(0, 0, 0)
            c.showPage()


def make_plan_pdf(path):
    S = SHY
    d = FlowDoc()
    d.fn_text = {
        1: "Med besök avses ett registrerat ärende. Rådgivning i grupp räknas "
           "som ett besök per deltagare.",
        2: "Förutsätter att fiberanslutningen till Ljusterö bygdegård är klar "
           "senast den 31 augusti 2026.",
        3: "Kommunernas medfinansiering lämnas i form av lokaler och arbetstid, "
           "inte som kontanta medel.",
    }
    # titelblock
    d.y -= 6
    d.ops.append(("text", d.left, d.y - 22, "Times-Bold", 24, "Projektplan", 0))
    d.ops.append(("text", d.left, d.y - 46, "Times-Roman", 15,
                  "SKÄRP – Skärgårdens kompetens- och servicepunkter", 0))
    d.ops.append(("text", d.left, d.y - 66, "Times-Italic", 10.5,
                  "Version 1.0 · Fastställd av styrgruppen den 12 februari 2026 · "
                  "Dnr RS 2026/0187", 0))
    d.ops.append(("line", d.left, d.y - 76, d.right, d.y - 76, 1.2))
    d.y -= 84

    d.heading("1  Bakgrund")
    d.para("I Stockholms skärgård bor drygt 11 000 människor året runt, och på "
           "sommaren mångdubblas befolkningen. Avstånden till kommunernas "
           f"service{S}center är långa, och många små{S}företag saknar en "
           f"naturlig plats för rådgivning och kompetens{S}utveckling. Under "
           "förstudien 2025 intervjuades 64 företagare och 210 åretruntboende "
           "på öarna. De efterfrågade framför allt hjälp med digitala "
           f"myndighets{S}kontakter, stöd i frågor om an{S}ställning och "
           f"kompetens{S}försörjning samt en fysisk plats där man kan träffa "
           "rådgivare utan att resa in till fastlandet.")
    d.para("Förstudien visade också att befintliga lokaler – bygdegårdar, "
           f"bibliotek och skolor – ofta står tomma under vardags{S}eftermiddagar "
           f"och kan an{S}vändas för service utan stora investeringar. Det som "
           "saknas är samordning, bemanning och fungerande uppkoppling.")

    d.heading("2  Syfte och mål")
    d.para("SKÄRP (Skärgårdens kompetens- och servicepunkter) ska pröva en "
           "gemensam modell för lokala servicepunkter i skärgården, där de "
           "medverkande kommunerna, Region Stockholm och statliga myndigheter "
           f"erbjuder service på samma plats. Projektet ska bidra till "
           f"målen i den regionala utvecklings{S}planen (RUFS 2050) om en "
           f"tillgänglig region med god service i hela länet. Projektets mål är:")
    d.para("fem servicepunkter i drift senast den 30 juni 2027,", indent=14,
           bullet="–", justify=False)
    d.para("minst 1 200 besök per år{^1} sammanlagt från och med 2027,",
           indent=14, bullet="–", justify=False)
    d.para("minst 150 företag som fått rådgivning under projektperioden.",
           indent=14, bullet="–", justify=False)

    d.heading("3  Målgrupper och tjänster")
    d.para(f"Servicepunkterna vänder sig till åretruntboende, fritids{S}boende "
           f"och företag i skärgården. På varje servicepunkt ska det gå att få "
           f"hjälp med e-legitimation och digitala myndighets{S}kontakter, "
           f"vägledning om utbildning och arbete, företags{S}rådgivning samt "
           f"möjlighet att delta i videomöten med myndigheter och "
           f"arbets{S}givare. Servicepunkterna ska också kunna användas av "
           f"kommunernas närings{S}livsenheter, Arbets{S}förmedlingen och "
           f"Försäkrings{S}kassan för bokade besök. Vilka myndigheter "
           f"som finns på plats på respektive servicepunkt regleras i "
           f"samverkans{S}avtal med varje kommun.")

    d.heading("4  Organisation")
    d.para("Projektägare är Region Stockholm genom enheten för regional "
           "utveckling. Projektledare är Maja Lindqvist. Styrgruppen leds av "
           f"Henrik Sjöberg, regional utvecklings{S}direktör, och består i "
           "övrigt av en ledamot från varje medverkande kommun. Styrgruppen "
           "sammanträder minst fyra gånger per år. Projektgruppen består av "
           f"projektledaren, en kommunikatör och en sam{S}ordnare per kommun. "
           f"Sam{S}ordnarna ansvarar för kontakten med lokalägare, föreningar "
           "och företagare på respektive ö.")

    d.heading("5  Servicepunkter och tidplan")
    d.para("Projektperioden är 1 april 2026 – 31 december 2028. Projektet "
           f"omfattar fem servicepunkter, en i varje medverkande kommun. "
           f"Lokalerna tillhandahålls av kommunerna eller av lokala "
           f"föreningar enligt tabell 1.")
    x0 = d.left
    d.table([["Servicepunkt", "Kommun", "Lokal"],
             ["Blidö", "Norrtälje", "Blidö skola"],
             ["Ljusterö", "Österåker", "Ljusterö bygdegård"],
             ["Djurö", "Värmdö", "Djurö bibliotek"],
             ["Ornö", "Haninge", "Ornö sockenstuga"],
             ["Torö", "Nynäshamn", "Torö hamnkontor"]],
            [x0, x0 + 130, x0 + 260], ["l", "l", "l"])
    d.para("Tabell 1. Servicepunkter och lokaler.", size=9.5, leading=12,
           font="Times-Italic", justify=False)
    d.para("Den första servicepunkten, på Ljusterö, öppnar den 15 september "
           f"2026.{{^2}} Övriga servicepunkter öppnar successivt under första "
           f"halvåret 2027 enligt detalj{S}tidplanen i bilaga 2. Varje "
           f"service{S}punkt bemannas av en värd två dagar i veckan; "
           f"rådgivare från kommunerna, Arbets{S}förmedlingen och Region "
           f"Stockholms företags{S}stöd finns på plats enligt ett rullande "
           "schema.")

    d.heading("6  Budget och finansiering")
    d.para(f"Projektets totala budget för hela projekt{S}perioden är 18,4 "
           f"miljoner kronor (mnkr). Finansieringen framgår av tabell 2. "
           f"Ansökan om medfinansiering från Region Stockholm behandlas av "
           f"regionala utvecklings{S}nämnden under våren 2026.")
    d.table([["Finansiär", "Belopp (mnkr)", "Andel"],
             ["Tillväxtverket (ERUF)", "9,0", "49 %"],
             ["Region Stockholm", "7,2", "39 %"],
             ["Medverkande kommuner", "2,2{^3}", "12 %"],
             ["Totalt", "18,4", "100 %"]],
            [x0, x0 + 200, x0 + 310], ["l", "r", "r"])
    d.para("Tabell 2. Finansiering 2026–2028.", size=9.5, leading=12,
           font="Times-Italic", justify=False)

    d.heading("7  Uppföljning och rapportering")
    d.para("Projektledaren lämnar en lägesrapport till styrgruppen inför varje "
           f"möte. En årlig läges{S}rapport lämnas till regionala "
           f"utvecklings{S}nämnden senast den 30 november varje år. Projektet "
           f"följs upp mot målen i avsnitt 2 och utvärderas av en extern "
           f"utvärderare under 2028. Besök registreras i ett gemensamt "
           f"ärende{S}system som alla servicepunkter använder.")

    d.heading("8  Kommunikation")
    d.para(f"Kommunikationen riktas i första hand till de boende och "
           f"företagarna på öarna. Projektet informerar genom en webbsida på "
           f"regionstockholm.se, ett nyhetsbrev som kommer ut fyra gånger per "
           f"år, anslag i affärer, färje{S}terminaler och bygdegårdar samt "
           f"informations{S}möten inför varje öppning. Samordnarna ansvarar för "
           f"att sprida information via de lokala föreningarna och "
           f"skärgårds{S}rådet. Kommunikatören tar fram en gemensam grafisk "
           f"profil och en kommunikations{S}plan senast den 31 maj 2026.")

    d.heading("9  Risker")
    d.para("Den största risken i tidplanen är de tekniska förutsättningarna i "
           f"lokalerna, framför allt bredband. Flera av lokalerna saknar i dag "
           f"fiber{S}anslutning. En annan risk är att en kommun lämnar projektet "
           f"under projekt{S}perioden; i så fall kan styrgruppen besluta att "
           f"bjuda in en annan skärgårds{S}kommun i länet. Risken för låg "
           f"efterfrågan bedöms som liten mot bakgrund av förstudien.")

    c = _fixed_canvas(path, "Projektplan SKÄRP v1.0", "Maja Lindqvist",
                      "SKÄRP – Skärgårdens kompetens- och servicepunkter",
                      "Microsoft® Word för Microsoft 365",
                      "D:20260212093000+01'00'")
    d.render(c, "Region Stockholm · Enheten för regional utveckling",
             "SKÄRP – Projektplan v1.0",
             "Dnr RS 2026/0187 · Fastställd 2026-02-12")
    c.save()


# ---------------------------------------------------------------------------
# 2. Styrgruppsprotokoll (DOCX): beslutet står i en flytande textruta
#    (DrawingML med VML-reserv), närvarotabell med sammanfogade celler
# ---------------------------------------------------------------------------
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _txbx_paragraphs(paras):
    out = []
    for bold, text in paras:
        rpr = "<w:rPr><w:b/><w:sz w:val=\"20\"/></w:rPr>" if bold else \
              "<w:rPr><w:sz w:val=\"20\"/></w:rPr>"
        out.append("<w:p><w:pPr><w:spacing w:after=\"60\"/></w:pPr>"
                   f"<w:r>{rpr}<w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
    return "".join(out)


def _textbox_run_xml(paras):
    body = _txbx_paragraphs(paras)
    return f"""<w:r xmlns:w="{_W}"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:w10="urn:schemas-microsoft-com:office:word">
<mc:AlternateContent>
<mc:Choice Requires="wps">
<w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>-228600</wp:posOffset></wp:positionV>
<wp:extent cx="2520000" cy="1620000"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="2" name="Textruta 2"/>
<wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp>
<wps:cNvSpPr txBox="1"/>
<wps:spPr>
<a:xfrm><a:off x="0" y="0"/><a:ext cx="2520000" cy="1620000"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="BF9000"/></a:solidFill></a:ln>
</wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp>
</a:graphicData></a:graphic>
</wp:anchor>
</w:drawing>
</mc:Choice>
<mc:Fallback>
<w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Textruta 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:-18pt;width:198.45pt;height:127.55pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#fff2cc" strokecolor="#bf9000" strokeweight="1pt">
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>
<w10:wrap type="square"/>
</v:shape>
</w:pict>
</mc:Fallback>
</mc:AlternateContent>
</w:r>"""


def make_minutes_docx(path):
    import datetime
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Mm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.text = "Region Stockholm – Enheten för regional utveckling\tProtokoll 2/2026"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SKÄRP styrgrupp · Dnr RS 2026/0187"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Protokoll, styrgruppen för SKÄRP")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.add_paragraph("Datum: 22 april 2026, kl. 13.00–15.00\n"
                      "Plats: Österåkers kommunhus, Åkersberga")

    rows = [
        ("Närvarande", "Henrik Sjöberg, ordförande", "Region Stockholm"),
        ("", "Anna Berglund", "Norrtälje kommun"),
        ("", "Per Ekholm", "Österåkers kommun"),
        ("", "Karin Åberg", "Värmdö kommun"),
        ("", "Johan Strand", "Haninge kommun"),
        ("Frånvarande", "Lars Wikström", "Nynäshamns kommun"),
        ("Övriga", "Maja Lindqvist, projektledare", "Region Stockholm"),
        ("", "Sara Nyberg, sekreterare", "Region Stockholm"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    for i, (a, b, c_) in enumerate(rows):
        tbl.cell(i, 1).text = b
        tbl.cell(i, 2).text = c_
    # sammanfoga första kolumnen vertikalt (vMerge)
    tbl.cell(0, 0).merge(tbl.cell(4, 0)).text = "Närvarande"
    tbl.cell(5, 0).text = "Frånvarande"
    tbl.cell(6, 0).merge(tbl.cell(7, 0)).text = "Övriga"
    for row in tbl.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True

    def para_h(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        rr = p.add_run(text)
        rr.bold = True
        return p

    para_h("§ 1 Mötets öppnande")
    doc.add_paragraph("Ordföranden öppnade mötet och hälsade alla välkomna.")
    para_h("§ 2 Val av justerare")
    doc.add_paragraph("Karin Åberg, Värmdö kommun, valdes att jämte ordföranden "
                      "justera dagens protokoll.")
    para_h("§ 3 Föregående protokoll")
    doc.add_paragraph("Protokollet från mötet den 12 februari 2026 lades till "
                      "handlingarna.")
    para_h("§ 4 Lägesrapport")
    doc.add_paragraph("Projektledaren rapporterade att avtal om lokaler är klara "
                      "för Ljusterö och Djurö. Rekrytering av värd till Ljusterö "
                      "pågår. Ansökan om medfinansiering ligger hos regionala "
                      "utvecklingsnämnden, som väntas besluta i juni.")
    para_h("§ 5 Tidplan för servicepunkten på Ljusterö")
    p5 = doc.add_paragraph()
    box = [
        (True, "BESLUT § 5"),
        (False, "Styrgruppen beslutar att öppningen av servicepunkten i "
                "Ljusterö bygdegård flyttas från 15 september 2026 till "
                "3 november 2026, eftersom fiberanslutningen till "
                "bygdegården är försenad."),
        (False, "Projektledaren får i uppdrag att informera berörda."),
    ]
    p5._p.append(parse_xml(_textbox_run_xml(box)))
    p5.add_run("Projektledaren redogjorde för förseningen av fiberanslutningen "
               "till Ljusterö bygdegård. Operatören har meddelat att "
               "anslutningen inte kan vara klar i augusti som planerat. "
               "Styrgruppen diskuterade om servicepunkten kunde öppna med "
               "mobilt bredband men bedömde att det inte räcker för "
               "videomöten med myndigheter. Styrgruppens beslut framgår av "
               "beslutsrutan.")
    para_h("§ 6 Nynäshamns medverkan")
    doc.add_paragraph("Nynäshamns kommun har per e-post meddelat att kommunen "
                      "överväger att lämna projektet på grund av ett ändrat "
                      "lokalbehov på Torö. Besked lämnas senast den 30 juni 2026. "
                      "Styrgruppen noterade informationen.")
    para_h("§ 7 Nästa möte")
    doc.add_paragraph("Nästa möte hålls den 9 september 2026 i Värmdö "
                      "(Gustavsberg).")
    para_h("§ 8 Mötets avslutande")
    doc.add_paragraph("Ordföranden tackade för ett bra möte.")

    doc.add_paragraph()
    sig = doc.add_paragraph("Vid protokollet\nSara Nyberg\n\n"
                            "Justeras\nHenrik Sjöberg, ordförande\t"
                            "Karin Åberg, justerare")
    sig.alignment = WD_ALIGN_PARAGRAPH.LEFT

    cp = doc.core_properties
    cp.title = "Protokoll styrgruppen SKÄRP 2026-04-22"
    cp.author = "Sara Nyberg"
    cp.last_modified_by = "Sara Nyberg"
    cp.revision = 4
    cp.created = datetime.datetime(2026, 4, 22, 15, 40, 0)
    cp.modified = datetime.datetime(2026, 4, 24, 9, 12, 0)
    cp.subject = "SKÄRP"
    cp.keywords = "SKÄRP; styrgrupp; protokoll"
    cp.comments = ""
    doc.save(path)
    _normalize_zip(path, (2026, 4, 24, 9, 12, 0))


# ---------------------------------------------------------------------------
# 3. Vidarebefordrat e-brev (EML): base64-kodade textdelar, RFC 2047-
#    kodade rubriker, originalet som bifogat message/rfc822
# ---------------------------------------------------------------------------
def _b64body(text):
    data = base64.b64encode(text.replace("\n", "\r\n").encode("utf-8")).decode()
    return "\r\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def _enc_words(s):
    """RFC 2047 B-kodning, uppdelad i ord om högst 45 byte."""
    chunks, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 45:
            chunks.append(cur)
            cur = b""
        cur += b
    if cur:
        chunks.append(cur)
    return "\r\n ".join("=?utf-8?B?" + base64.b64encode(x).decode() + "?="
                        for x in chunks)


def make_forward_eml(path):
    inner_text = """PROTOKOLLSUTDRAG
Regionala utvecklingsnämnden
Sammanträde 2026-06-09

§ 48  Medfinansiering av projektet SKÄRP – Skärgårdens kompetens- och
servicepunkter
Dnr RS 2026/0187

Beslut
Regionala utvecklingsnämnden beslutar

1. att bevilja medfinansiering med 6 500 000 kronor för projektet SKÄRP
   under perioden 2026-04-01–2028-12-31,

2. att medfinansieringen villkoras av att projektägaren lämnar en
   lägesrapport till nämnden senast den 15 oktober varje år,

3. att uppdra åt regional utvecklingsdirektör att underteckna avtal
   med projektägaren.

Ärendet
Ansökan avsåg 7 200 000 kronor. Nämnden har prioriterat ansökan mot
övriga ansökningar inom ramen för 2026–2028 och beviljar en lägre
medfinansiering än den sökta.

Justerat 2026-06-10

Rätt utdraget intygar

Elin Forsberg
Nämndsekreterare
"""
    outer_text = """Hej alla,

vidarebefordrar protokollsutdraget från regionala utvecklingsnämnden
(bifogat). Kort sammanfattning:

- Nämnden beviljade 6,5 mnkr i medfinansiering från Region Stockholm,
  alltså 0,7 mnkr mindre än de 7,2 mnkr vi räknade med i projektplanen.
- Totalbudgeten blir därmed 17,7 mnkr i stället för 18,4 mnkr. Maja tar
  fram en reviderad budget till styrgruppen den 9 september.
- Nynäshamns kommun meddelade i går att de lämnar projektet den 30 juni.
  Vi har inlett samtal med Ekerö kommun om en servicepunkt på Adelsö.

Observera också att nämnden vill ha lägesrapporten tidigare än vad som
står i projektplanen, se punkt 2 i utdraget.

Hälsningar
Henrik

--
Henrik Sjöberg
Regional utvecklingsdirektör
Region Stockholm, enheten för regional utveckling
"""
    fname = "Protokollsutdrag RUN 2026-06-09 § 48.eml"
    fname_enc = urllib.parse.quote(fname, safe="")
    inner = "\r\n".join([
        "Return-Path: <registrator.run@regionstockholm.se>",
        "From: =?utf-8?B?" + base64.b64encode("Registrator, regionala utvecklingsnämnden".encode()).decode()
        + "?= <registrator.run@regionstockholm.se>",
        "To: =?utf-8?B?" + base64.b64encode("Sjöberg Henrik".encode()).decode()
        + "?= <henrik.sjoberg@regionstockholm.se>",
        "Subject: " + _enc_words("Protokollsutdrag RUN 2026-06-09 § 48 – SKÄRP (RS 2026/0187)"),
        "Date: Wed, 10 Jun 2026 16:02:40 +0200",
        "Message-ID: <AM9PR07MB7123.48.20260610140240@regionstockholm.se>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=\"utf-8\"",
        "Content-Transfer-Encoding: base64",
        "",
        _b64body(inner_text),
        "",
    ])
    B = "_004_AM9PR07MB7123SKARP20260612_"
    outer = "\r\n".join([
        "Received: from AM9PR07MB7123.eurprd07.prod.outlook.com by "
        "AM9PR07MB7124.eurprd07.prod.outlook.com; Fri, 12 Jun 2026 08:47:15 +0200",
        "From: =?utf-8?B?" + base64.b64encode("Sjöberg Henrik".encode()).decode()
        + "?= <henrik.sjoberg@regionstockholm.se>",
        "To: =?utf-8?B?" + base64.b64encode("SKÄRP projektgrupp".encode()).decode()
        + "?= <skarp-projektgrupp@regionstockholm.se>",
        "CC: Maja Lindqvist <maja.lindqvist@regionstockholm.se>",
        "Subject: " + _enc_words("VB: Protokollsutdrag RUN 2026-06-09 § 48 – medfinansiering SKÄRP"),
        "Thread-Topic: " + _enc_words("Protokollsutdrag RUN 2026-06-09 § 48 – SKÄRP"),
        "Date: Fri, 12 Jun 2026 08:47:13 +0200",
        "Message-ID: <AM9PR07MB7124.77.20260612064713@regionstockholm.se>",
        "Accept-Language: sv-SE, en-US",
        "Content-Language: sv-SE",
        "X-MS-Has-Attach: yes",
        "MIME-Version: 1.0",
        f"Content-Type: multipart/mixed; boundary=\"{B}\"",
        "",
        f"--{B}",
        "Content-Type: text/plain; charset=\"utf-8\"",
        "Content-Transfer-Encoding: base64",
        "",
        _b64body(outer_text),
        "",
        f"--{B}",
        f"Content-Type: message/rfc822; name*=utf-8''{fname_enc}",
        f"Content-Disposition: attachment; filename*=utf-8''{fname_enc}; size=1843",
        "",
        inner,
        f"--{B}--",
        "",
    ])
    with open(path, "wb") as f:
        f.write(outer.encode("ascii"))


# ---------------------------------------------------------------------------
# 4. Webbsidan sparad som text (lynx -dump): länknummer i hakparenteser,
#    kakbanner, menyer och referenslista
# ---------------------------------------------------------------------------
def make_webpage_txt(path):
    def p(text, indent=3, width=78):
        return textwrap.fill(text, width=width, initial_indent=" " * indent,
                             subsequent_indent=" " * indent,
                             break_on_hyphens=False, break_long_words=False)

    base = "https://www.regionstockholm.se"
    links = [
        base + "/rss/nyheter/",
        base + "/regional-utveckling/projekt/skarp/#main",
        base + "/om-webbplatsen/kakor/",
        base + "/regional-utveckling/projekt/skarp/?cookies=all",
        base + "/regional-utveckling/projekt/skarp/?cookies=necessary",
        base + "/",
        base + "/halsa-och-vard/",
        base + "/kollektivtrafik/",
        base + "/kultur/",
        base + "/regional-utveckling/",
        base + "/om-region-stockholm/",
        base + "/sok/",
        base + "/",
        base + "/regional-utveckling/",
        base + "/regional-utveckling/projekt/",
        "https://www.ljusterobygdegard.se/hitta-hit/",
        base + "/regional-utveckling/projekt/skarp/anmalan-djuro/",
        "mailto:maja.lindqvist@regionstockholm.se",
        "https://www.facebook.com/sharer/sharer.php?u=" + base + "/regional-utveckling/projekt/skarp/",
        "https://www.linkedin.com/shareArticle?url=" + base + "/regional-utveckling/projekt/skarp/",
        "javascript:window.print()",
        base + "/om-webbplatsen/tillganglighetsredogorelse/",
        base + "/om-webbplatsen/kakor/",
        base + "/kontakt/",
    ]
    L = []
    L.append("   #[1]Region Stockholm – nyheter")
    L.append("")
    L.append("   [2]Till huvudinnehåll")
    L.append("")
    L.append(p("Vi använder kakor (cookies) för att webbplatsen ska fungera och "
               "för att förbättra din upplevelse. [3]Läs mer om kakor"))
    L.append("")
    L.append("   [4]Godkänn alla kakor   [5]Endast nödvändiga kakor")
    L.append("")
    L.append("   [6]Region Stockholm")
    L.append("")
    for i, t in [(7, "Hälsa och vård"), (8, "Kollektivtrafik"), (9, "Kultur"),
                 (10, "Regional utveckling"), (11, "Om Region Stockholm")]:
        L.append(f"     * [{i}]{t}")
    L.append("")
    L.append("   [12]Sök")
    L.append("")
    L.append("   Du är här: [13]Start > [14]Regional utveckling > [15]Projekt > SKÄRP")
    L.append("")
    L.append("SKÄRP – servicepunkter i skärgården")
    L.append("")
    L.append(p("SKÄRP (Skärgårdens kompetens- och servicepunkter) är ett projekt "
               "där Region Stockholm och kommunerna i skärgården öppnar lokala "
               "servicepunkter. På servicepunkterna kan du som bor eller driver "
               "företag i skärgården få hjälp och råd utan att behöva resa in "
               "till fastlandet. Projektet pågår till och med 2028."))
    L.append("")
    L.append("Första servicepunkten öppnar på Ljusterö")
    L.append("")
    L.append(p("Servicepunkten i [16]Ljusterö bygdegård öppnar den 3 november "
               "2026. Där kan du få hjälp med e-legitimation och kontakter med "
               "myndigheter, träffa en rådgivare om du driver företag och få "
               "vägledning om utbildning och jobb."))
    L.append("")
    L.append("  Öppettider Ljusterö")
    L.append("")
    L.append("     * Tisdagar 10–16")
    L.append("     * Torsdagar 13–19")
    L.append("")
    L.append(p("Servicepunkten håller stängt under jul- och nyårshelgerna. "
               "Rådgivare från Arbetsförmedlingen finns på plats första "
               "torsdagen i varje månad."))
    L.append("")
    L.append("Informationsmöte på Djurö")
    L.append("")
    L.append(p("Välkommen till ett informationsmöte om den kommande "
               "servicepunkten på Djurö. Mötet hålls den 24 september 2026 "
               "kl. 18.00 i Djurö bibliotek. Kaffe och smörgås serveras."))
    L.append("")
    L.append("   [17]Anmäl dig senast den 17 september")
    L.append("")
    L.append("Medverkande kommuner")
    L.append("")
    L.append(p("Norrtälje, Österåker, Värmdö och Haninge. Nynäshamns kommun "
               "lämnade projektet den 30 juni 2026. Samtal pågår med Ekerö "
               "kommun om att gå in i projektet."))
    L.append("")
    L.append("Kontakt")
    L.append("")
    L.append("   Maja Lindqvist, projektledare")
    L.append("   [18]maja.lindqvist@regionstockholm.se")
    L.append("")
    L.append("   Senast uppdaterad: 28 augusti 2026")
    L.append("")
    L.append("   [19]Dela på Facebook [20]Dela på LinkedIn [21]Skriv ut")
    L.append("")
    L.append("   Region Stockholm, Box 22550, 104 22 Stockholm. Telefon växel "
             "08-123 132 00")
    L.append("   [22]Tillgänglighetsredogörelse [23]Om kakor [24]Kontakta oss")
    L.append("")
    L.append("References")
    L.append("")
    L.append("   Visible links:")
    for i, u in enumerate(links, start=1):
        L.append(f"  {i:2d}. {u}")
    L.append("")
    L.append("   Hidden links:")
    L.append(f"  {len(links) + 1:2d}. {base}/regional-utveckling/projekt/skarp/#")
    L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


# ---------------------------------------------------------------------------
# 5. Statusrapport (Markdown/Pandoc): YAML-metadata och grid table där
#    cellerna bryts över flera rader
# ---------------------------------------------------------------------------
def _grid_table(header, rows, widths):
    def sep(ch):
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"

    def render_row(cells):
        wrapped = [textwrap.wrap(c, width=w, break_on_hyphens=False,
                                 break_long_words=False) or [""]
                   for c, w in zip(cells, widths)]
        h = max(len(x) for x in wrapped)
        out = []
        for i in range(h):
            parts = [(x[i] if i < len(x) else "").ljust(w)
                     for x, w in zip(wrapped, widths)]
            out.append("| " + " | ".join(parts) + " |")
        return out

    lines = [sep("-")] + render_row(header) + [sep("=")]
    for r in rows:
        lines += render_row(r) + [sep("-")]
    return "\n".join(lines)


def make_status_md(path):
    table = _grid_table(
        ["Servicepunkt", "Kommun", "Lokal", "Planerad öppning", "Kommentar"],
        [
            ["Ljusterö", "Österåker", "Ljusterö bygdegård", "3 november 2026",
             "Fiber klar 28 september. Värd anställd från 1 oktober."],
            ["Djurö", "Värmdö", "Djurö bibliotek", "2 februari 2027",
             "Hyresavtal klart. Informationsmöte hölls i september."],
            ["Blidö", "Norrtälje", "Blidö skola", "13 april 2027",
             "Lokalen delas med fritids; öppettider anpassas till skolan."],
            ["Ornö", "Haninge", "Ornö sockenstuga", "4 maj 2027",
             "Färjetidtabellen styr öppettiderna. Tillgänglighetsanpassning "
             "av entrén ingår."],
            ["Adelsö", "Ekerö", "Adelsö hembygdsgård", "hösten 2027",
             "Datum sätts när Ekerö formellt gått in i projektet."],
        ],
        [12, 9, 12, 16, 28],
    )
    md = f"""---
title: "SKÄRP – statusrapport kvartal 3 2026"
subtitle: "Skärgårdens kompetens- och servicepunkter"
author: "Maja Lindqvist, projektledare"
date: 2026-10-05
lang: sv-SE
dnr: "RS 2026/0187"
status: "Underlag till styrgruppen 2026-10-14"
---

# Sammanfattning

SKÄRP (Skärgårdens kompetens- och servicepunkter) följer i huvudsak den
reviderade tidplanen. Fiberanslutningen till Ljusterö bygdegård blev klar
den 28 september 2026, och servicepunkten på Ljusterö öppnar som planerat den
3 november 2026. Den årliga lägesrapporten till regionala
utvecklingsnämnden skickades den 2 oktober 2026.

# Medverkande kommuner

Nynäshamns kommun lämnade projektet den 30 juni 2026, och servicepunkten på
Torö utgår. Ekerö kommuns kommunstyrelse beslutade den 21 september 2026 att
gå in i projektet med en servicepunkt på Adelsö. Ekerö går formellt in i
projektet den 1 januari 2027.

# Servicepunkter – tidplan

{table}

Table: Tabell 1. Planerade öppningsdatum per den 5 oktober 2026.

# Mål och uppföljning

Styrgruppen beslutade den 9 september 2026 att sänka målet för antalet besök
från 1 200 till **900 besök per år** sammanlagt, eftersom Nynäshamn har lämnat
projektet och Ekerös servicepunkt öppnar senare. Målet om minst 150 företag
som fått rådgivning ligger fast.

# Ekonomi

Projektets budget är 17,7 mnkr efter regionala utvecklingsnämndens beslut den
9 juni 2026. Upparbetat till och med den 30 september 2026 är 2,94 mnkr.
Den reviderade budgeten fastställdes av styrgruppen den 9 september 2026.

# Nästa steg

- Öppning av servicepunkten på Ljusterö (se tabell 1).
- Rekrytering av värd till Djurö under november.
- Avtal med Ekerö kommun om lokal på Adelsö.
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 6. Nyhetsbrev (PDF): anfanger (drop caps), citat-utdrag (pull quote) och
#    en rättelseruta
# ---------------------------------------------------------------------------
def make_newsletter_pdf(path):
    c = _fixed_canvas(path, "SKÄRP-nytt nr 3 2026", "Region Stockholm",
                      "Nyhetsbrev om servicepunkterna i skärgården",
                      "Adobe InDesign 20.3 (Windows)",
                      "D:20261120101500+01'00'")
    W, H = A4
    left, right = 22 * mm, W - 22 * mm
    teal = (0.05, 0.33, 0.40)

    def masthead():
        c.setFillColorRGB(*teal)
        c.rect(0, H - 38 * mm, W, 38 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 30)
        c.drawString(left, H - 22 * mm, "SKÄRP-nytt")
        c.setFont("Helvetica", 9.5)
        c.drawString(left, H - 30 * mm,
                     "Nyhetsbrev om servicepunkterna i skärgården · Nr 3 · "
                     "20 november 2026")
        c.drawRightString(right, H - 22 * mm, "Region Stockholm")
        c.setFillColorRGB(0, 0, 0)

    def footer(n):
        c.setFont("Helvetica", 7.5)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(left, 12 * mm,
                     "Region Stockholm, enheten för regional utveckling · "
                     "skarp@regionstockholm.se · Avregistrera dig genom att "
                     "svara på detta nyhetsbrev")
        c.drawRightString(right, 12 * mm, str(n))
        c.setFillColorRGB(0, 0, 0)

    state = {"y": H - 50 * mm, "page": 1}
    size, lead, font = 10.5, 14, "Helvetica"
    maxw = right - left

    def need(h):
        if state["y"] - h < 22 * mm:
            footer(state["page"])
            c.showPage()
            state["page"] += 1
            state["y"] = H - 22 * mm

    def headline(text):
        need(70)
        state["y"] -= 24
        c.setFont("Helvetica-Bold", 16)
        c.setFillColorRGB(*teal)
        c.drawString(left, state["y"], text)
        c.setFillColorRGB(0, 0, 0)
        state["y"] -= 4

    def para(text, dropcap=False):
        if dropcap:
            letter, rest = text[0], text[1:]
            dc = (2 * lead + 0.72 * size) / 0.72
            lw = stringWidth(letter, "Helvetica-Bold", dc) + 4
            lines = _wrap(rest, font, size,
                          lambda i: maxw - lw if i < 3 else maxw)
            need(lead * 3 + 4)
            y1 = state["y"] - lead
            c.setFont("Helvetica-Bold", dc)
            c.setFillColorRGB(*teal)
            c.drawString(left, y1 - 2 * lead, letter)
            c.setFillColorRGB(0, 0, 0)
        else:
            lines = _wrap(text, font, size, lambda i: maxw)
        for i, line in enumerate(lines):
            need(lead)
            state["y"] -= lead
            x = left + (lw if dropcap and i < 3 else 0)
            _draw_line(c, x, state["y"], line, font, size)
        state["y"] -= 6

    def pullquote(quote, who):
        qlines = _wrap(quote, "Helvetica-Oblique", 15, lambda i: maxw - 60)
        h = len(qlines) * 19 + 34
        need(h)
        y = state["y"] - 8
        c.setStrokeColorRGB(*teal)
        c.setLineWidth(1.5)
        c.line(left + 30, y, right - 30, y)
        for ql in qlines:
            y -= 19
            c.setFont("Helvetica-Oblique", 15)
            c.setFillColorRGB(*teal)
            c.drawCentredString(W / 2, y, ql)
        y -= 15
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, y, who)
        y -= 8
        c.line(left + 30, y, right - 30, y)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)
        state["y"] = y - 6

    def box(title, texts):
        inner = maxw - 20
        blines = [_wrap(t, font, 10, lambda i: inner) for t in texts]
        h = 30 + sum(len(b) * 13.5 + 5 for b in blines)
        need(h + 10)
        y0 = state["y"] - 8
        c.setFillColorRGB(1.0, 0.95, 0.80)
        c.setStrokeColorRGB(0.75, 0.56, 0.0)
        c.rect(left, y0 - h, maxw, h, stroke=1, fill=1)
        c.setFillColorRGB(0.55, 0.35, 0.0)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(left + 10, y0 - 18, title)
        c.setFillColorRGB(0, 0, 0)
        y = y0 - 22
        for b in blines:
            for bl in b:
                y -= 13.5
                _draw_line(c, left + 10, y, bl, font, 10)
            y -= 5
        c.setStrokeColorRGB(0, 0, 0)
        state["y"] = y0 - h - 8

    masthead()

    headline("Ljusterö är igång")
    para("Den 3 november 2026 öppnade SKÄRP:s första servicepunkt i Ljusterö "
         "bygdegård. Under den första veckan kom 142 besökare, de flesta med "
         "frågor om e-legitimation, bygglov och rekrytering. Flera företagare "
         "bokade dessutom uppföljande rådgivning.", dropcap=True)
    pullquote("”Vi hade kö utanför dörren redan innan vi öppnade.”",
              "Lena Holm, värd på servicepunkten på Ljusterö")
    para("– Vi hade kö utanför dörren redan innan vi öppnade, och många kom "
         "tillbaka andra dagen med grannar, säger Lena Holm, som är värd på "
         "servicepunkten. Öppettiderna är desamma som tidigare meddelats på "
         "projektets webbsida.")

    headline("Djurö öppnar i februari")
    para("Servicepunkten i Djurö bibliotek öppnar den 9 februari 2027, en vecka "
         "senare än den 2 februari som stod i statusrapporten för kvartal 3. "
         "Skälet är att bibliotekets entré byggs om under januari. "
         "Öppettiderna på Djurö meddelas i nästa nummer.", dropcap=True)

    headline("Ny projektledare från december")
    para("Maja Lindqvist, som har lett SKÄRP sedan starten, går på "
         "föräldraledighet. Omid Rahimi, i dag utvecklingsstrateg på enheten "
         "för regional utveckling, är tillförordnad projektledare från den "
         "1 december 2026 till och med den 30 november 2027. Du når honom på "
         "omid.rahimi@regionstockholm.se.", dropcap=True)

    headline("Kort om budgeten")
    para("Projektets totalbudget är oförändrad sedan regionala "
         "utvecklingsnämndens beslut i juni, 17,7 mnkr för hela "
         "projektperioden.")

    box("Rättelse", [
        "I statusrapporten för kvartal 3 (5 oktober 2026) stod att Ekerö "
        "kommun går in i projektet den 1 januari 2027. Det stämmer inte. "
        "Rätt datum är 1 mars 2027.",
        "Från och med den 1 mars 2027 är fem kommuner med i SKÄRP: Norrtälje, "
        "Österåker, Värmdö, Haninge och Ekerö.",
    ])
    footer(state["page"])
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_plan_pdf(os.path.join(out, "SKARP_projektplan_v1.0_2026-02-12.pdf"))
    make_minutes_docx(os.path.join(out, "SKARP_protokoll_styrgrupp_2026-04-22.docx"))
    make_forward_eml(os.path.join(out, "VB_Protokollsutdrag_RUN_2026-06-09_SKARP.eml"))
    make_webpage_txt(os.path.join(out, "regionstockholm_se_skarp_2026-08-28.txt"))
    make_status_md(os.path.join(out, "SKARP_statusrapport_Q3_2026.md"))
    make_newsletter_pdf(os.path.join(out, "SKARP-nytt_nr3_november_2026.pdf"))
    for n in sorted(os.listdir(out)):
        print(n, os.path.getsize(os.path.join(out, n)))


if __name__ == "__main__":
    main()
