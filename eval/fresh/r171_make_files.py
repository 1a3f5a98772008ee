#!/usr/bin/env python3
"""r171: six invented statistics files about Region Gotland and Västra Götaland.

Usage: python r171_make_files.py OUT_DIR

Deterministic: same output every run (fixed seeds, reportlab invariant mode).
All figures are invented but internally consistent.
"""
import io
import os
import random
import re
import sys

# ---------------------------------------------------------------------------
# shared reference data
# ---------------------------------------------------------------------------
VG = [  # code, name, delregion, population 31 Dec 2024 (invented, plausible)
    ("1401", "Härryda", "Göteborgsregionen", 39650),
    ("1402", "Partille", "Göteborgsregionen", 40480),
    ("1407", "Öckerö", "Göteborgsregionen", 12990),
    ("1415", "Stenungsund", "Göteborgsregionen", 27860),
    ("1419", "Tjörn", "Göteborgsregionen", 16010),
    ("1421", "Orust", "Fyrbodal", 15420),
    ("1427", "Sotenäs", "Fyrbodal", 8930),
    ("1430", "Munkedal", "Fyrbodal", 10610),
    ("1435", "Tanum", "Fyrbodal", 13040),
    ("1438", "Dals-Ed", "Fyrbodal", 4690),
    ("1439", "Färgelanda", "Fyrbodal", 6470),
    ("1440", "Ale", "Göteborgsregionen", 32410),
    ("1441", "Lerum", "Göteborgsregionen", 43920),
    ("1442", "Vårgårda", "Sjuhärad", 12310),
    ("1443", "Bollebygd", "Sjuhärad", 9920),
    ("1444", "Grästorp", "Skaraborg", 5710),
    ("1445", "Essunga", "Skaraborg", 5690),
    ("1446", "Karlsborg", "Skaraborg", 6880),
    ("1447", "Gullspång", "Skaraborg", 5190),
    ("1452", "Tranemo", "Sjuhärad", 11690),
    ("1460", "Bengtsfors", "Fyrbodal", 9410),
    ("1461", "Mellerud", "Fyrbodal", 8790),
    ("1462", "Lilla Edet", "Göteborgsregionen", 14230),
    ("1463", "Mark", "Sjuhärad", 35420),
    ("1465", "Svenljunga", "Sjuhärad", 10690),
    ("1466", "Herrljunga", "Sjuhärad", 9510),
    ("1470", "Vara", "Skaraborg", 16020),
    ("1471", "Götene", "Skaraborg", 13310),
    ("1472", "Tibro", "Skaraborg", 11290),
    ("1473", "Töreboda", "Skaraborg", 9280),
    ("1480", "Göteborg", "Göteborgsregionen", 607120),
    ("1481", "Mölndal", "Göteborgsregionen", 71040),
    ("1482", "Kungälv", "Göteborgsregionen", 48330),
    ("1484", "Lysekil", "Fyrbodal", 14310),
    ("1485", "Uddevalla", "Fyrbodal", 57640),
    ("1486", "Strömstad", "Fyrbodal", 13280),
    ("1487", "Vänersborg", "Fyrbodal", 40210),
    ("1488", "Trollhättan", "Fyrbodal", 59930),
    ("1489", "Alingsås", "Göteborgsregionen", 42330),
    ("1490", "Borås", "Sjuhärad", 115410),
    ("1491", "Ulricehamn", "Sjuhärad", 25730),
    ("1492", "Åmål", "Fyrbodal", 12190),
    ("1493", "Mariestad", "Skaraborg", 24610),
    ("1494", "Lidköping", "Skaraborg", 40330),
    ("1495", "Skara", "Skaraborg", 18920),
    ("1496", "Skövde", "Skaraborg", 57540),
    ("1497", "Hjo", "Skaraborg", 9210),
    ("1498", "Tidaholm", "Skaraborg", 12840),
    ("1499", "Falköping", "Skaraborg", 33810),
]
DELREG_ORDER = ["Fyrbodal", "Göteborgsregionen", "Skaraborg", "Sjuhärad"]
CODE = {n: c for c, n, _, _ in VG}
POP = {n: p for _, n, _, p in VG}


def sek(n):
    """Swedish thousands with a space: 12345 -> '12 345'."""
    s = f"{abs(int(n)):,}".replace(",", " ")
    return ("-" if n < 0 else "") + s


def _fix_props(wb):
    import datetime
    t = datetime.datetime(2026, 1, 14, 9, 30, 0)
    wb.properties.created = t
    wb.properties.modified = t
    wb.properties.creator = "Analys regional utveckling"


def _save_fixed(wb, path):
    """Save an openpyxl workbook with fixed zip timestamps so the bytes are reproducible."""
    import zipfile
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":  # openpyxl stamps 'modified' with the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-14T09:30:00Z", data)
            zout.writestr(zi, data)


def dec(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------------------
# 1. SCB-style CSV: second homes on Gotland by the owner's home county
#    Latin-1, tab separated, every label quoted, space thousands, '..',
#    a 'därav' row for Stockholm municipality inside Stockholms län.
# ---------------------------------------------------------------------------
FRITIDSHUS = [
    ("01 Stockholms län", (4812, 4955, 5104)),
    ("   därav 0180 Stockholm", (1903, 1951, 2010)),
    ("03 Uppsala län", (512, 548, 571)),
    ("04 Södermanlands län", (187, 196, 204)),
    ("05 Östergötlands län", (231, 244, 252)),
    ("06 Jönköpings län", (64, 69, 71)),
    ("07 Kronobergs län", (23, 26, 25)),
    ("08 Kalmar län", (88, 91, 97)),
    ("09 Gotlands län", (4583, 4471, 4356)),
    ("10 Blekinge län", (19, 21, 22)),
    ("12 Skåne län", (236, 259, 268)),
    ("13 Hallands län", (58, 63, 66)),
    ("14 Västra Götalands län", (264, 281, 293)),
    ("17 Värmlands län", (27, 29, 31)),
    ("18 Örebro län", (61, 64, 66)),
    ("19 Västmanlands län", (92, 97, 101)),
    ("20 Dalarnas län", (38, 41, 43)),
    ("21 Gävleborgs län", (30, 33, 34)),
    ("22 Västernorrlands län", (14, 15, 17)),
    ("23 Jämtlands län", (4, 6, 7)),
    ("24 Västerbottens län", (9, 11, 12)),
    ("25 Norrbottens län", (3, 4, 6)),
    ("Utlandet", (398, 436, 471)),
    ("Uppgift saknas", (52, 41, 37)),
]


def make_fritidshus(out):
    totals = [0, 0, 0]
    for lab, vals in FRITIDSHUS:
        if "därav" in lab:
            continue
        for i, v in enumerate(vals):
            totals[i] += v
    lines = [
        '"Fritidshus på Gotland efter ägarens hemlän och år. Antal fritidshus"',
        '"Region: 0980 Gotland"',
        "",
        '"ägarens hemlän"\t"2015"\t"2020"\t"2025"',
    ]
    for lab, vals in FRITIDSHUS:
        cells = [".." if v < 5 else sek(v) for v in vals]
        lines.append(f'"{lab}"\t' + "\t".join(cells))
    lines.append('"Samtliga"\t' + "\t".join(sek(t) for t in totals))
    lines += [
        "",
        '"Fritidshus avser taxeringsenheter med typkod 221 (småhusenhet med fritidshus) samt fritidshus på lantbruksenhet, taxeringsår respektive år."',
        '"Har fastigheten flera ägare redovisas den under hemlänet för den ägare som har störst ägarandel."',
        '"Raden \'därav 0180 Stockholm\' ingår i värdet för Stockholms län."',
        '".. = uppgiften redovisas inte (färre än 5 fritidshus). Värdet ingår i Samtliga."',
        '"Källa: SCB, Fastighetstaxeringsregistret. Uttag 2026-01-08."',
    ]
    path = os.path.join(out, "Fritidshus_Gotland_agarens_hemlan_2015-2025.csv")
    with open(path, "w", encoding="latin-1", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 2. Region Gotland PDF report: staff, retirements, sick leave, recruitment.
#    Running header/footer 'Sida N av 3', grouped table with 'Delsumma' rows,
#    sick-leave table with agency abbreviations and change direction shown only
#    as drawn triangles, prose with distractor figures.
# ---------------------------------------------------------------------------
STAFF = [  # group, [(occupation, antal, andel kvinnor %, medelålder, 60+, avgångar 2026-2030)]
    ("Vård och omsorg", [
        ("Undersköterskor", 1186, 88, 46.2, 198, 171),
        ("Vårdbiträden", 412, 79, 44.8, 61, 52),
        ("Sjuksköterskor", 684, 89, 44.1, 97, 83),
        ("Specialistsjuksköterskor", 298, 91, 49.6, 71, 64),
        ("Barnmorskor", 48, 100, 47.3, 9, 8),
        ("Läkare", 262, 52, 48.9, 58, 41),
    ]),
    ("Skola och förskola", [
        ("Förskollärare", 286, 96, 45.5, 38, 33),
        ("Barnskötare", 318, 93, 43.0, 41, 35),
        ("Grundskollärare", 512, 76, 47.1, 88, 74),
        ("Gymnasielärare", 161, 58, 49.8, 37, 32),
    ]),
    ("Teknik, administration och övrigt", [
        ("Handläggare och administratörer", 842, 74, 47.6, 129, 108),
        ("Tekniker och ingenjörer", 214, 31, 45.9, 33, 27),
        ("Chefer", 238, 63, 51.2, 46, 39),
        ("Övriga yrkesgrupper", 1241, 62, 44.9, 173, 152),
    ]),
]
SICK = [  # abbreviation, full name, 2024, 2025, share long-term 2025
    ("RSF", "Regionstyrelseförvaltningen", 4.6, 4.3, 41.2),
    ("HSF", "Hälso- och sjukvårdsförvaltningen", 7.9, 7.5, 48.9),
    ("SOF", "Socialförvaltningen", 9.8, 8.9, 52.3),
    ("UAF", "Utbildnings- och arbetslivsförvaltningen", 7.2, 7.4, 45.0),
    ("TKF", "Teknikförvaltningen", 6.1, 5.6, 44.1),
    ("SBF", "Samhällsbyggnadsförvaltningen", 4.9, 5.2, 38.7),
]
SICK_TOTAL = (7.9, 7.4, 48.1)
RECRUIT = [  # occupation, annonserade tjänster, sökande, andel tillsatta %
    ("Undersköterskor", 142, 511, 84),
    ("Sjuksköterskor", 96, 183, 71),
    ("Specialistsjuksköterskor", 41, 53, 56),
    ("Läkare", 38, 61, 63),
    ("Förskollärare", 34, 88, 79),
    ("Grundskollärare", 57, 199, 88),
    ("Handläggare och administratörer", 73, 1642, 97),
    ("Tekniker och ingenjörer", 29, 131, 86),
    ("Övriga yrkesgrupper", 118, 1307, 93),
]


def _agg(rows):
    n = sum(r[1] for r in rows)
    kv = sum(round(r[1] * r[2] / 100) for r in rows)
    age = sum(r[1] * r[3] for r in rows) / n
    return n, round(100 * kv / n), round(age, 1), sum(r[4] for r in rows), sum(r[5] for r in rows)


def make_gotland_pdf(out):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=11.8, spaceAfter=4)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=18, spaceAfter=3)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)
    sub = ParagraphStyle("sub", fontName="Helvetica-Oblique", fontSize=9.5, leading=12, spaceAfter=8,
                         textColor=colors.HexColor("#444444"))
    cap = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9, leading=11, spaceBefore=4, spaceAfter=3)
    note = ParagraphStyle("note", fontName="Helvetica", fontSize=7.5, leading=9.5, spaceAfter=3,
                          textColor=colors.HexColor("#333333"))
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10)
    cellb = ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=8.5, leading=10)

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self._decor(n)
                super().showPage()
            super().save()

        def _decor(self, total):
            w, h = A4
            self.setFont("Helvetica", 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(20 * mm, h - 12 * mm, "Region Gotland  |  Kompetensförsörjningsrapport 2026")
            self.drawRightString(w - 20 * mm, h - 12 * mm, "Dnr RS 2026/118")
            self.setStrokeColor(colors.HexColor("#1f5f8b"))
            self.setLineWidth(0.6)
            self.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
            self.line(20 * mm, 14 * mm, w - 20 * mm, 14 * mm)
            self.drawString(20 * mm, 10 * mm, "Regionstyrelseförvaltningen, HR-avdelningen  ·  Version 1.0, 2026-03-04")
            self.drawRightString(w - 20 * mm, 10 * mm, f"Sida {self._pageNumber} av {total}")

    class Change(Flowable):
        """A change in percentage points: the number, and a drawn triangle (no glyph)."""

        def __init__(self, old, new):
            super().__init__()
            self.d = round(new - old, 1)
            self.width, self.height = 18 * mm, 9

        def draw(self):
            c = self.canv
            up = self.d > 0
            c.setFillColor(colors.HexColor("#b03030") if up else colors.HexColor("#2e7d32"))
            x0, y0, s = 2, 1, 6
            p = c.beginPath()
            if up:
                p.moveTo(x0, y0); p.lineTo(x0 + s, y0); p.lineTo(x0 + s / 2, y0 + s); p.close()
            else:
                p.moveTo(x0, y0 + s); p.lineTo(x0 + s, y0 + s); p.lineTo(x0 + s / 2, y0); p.close()
            c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 8.5)
            c.drawString(x0 + s + 4, y0, dec(abs(self.d)))

    grid = [
        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9aa7b1")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe8f1")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
    ]

    story = []
    story.append(Paragraph("Kompetensförsörjning i Region Gotland – läget 2025", h1))
    story.append(Paragraph("Underlag till regionstyrelsens arbetsutskott, mars 2026. "
                           "Uppgifterna avser tillsvidareanställda den 31 december 2025 om inget annat anges.", sub))
    story.append(Paragraph("1. Sammanfattning", h2))
    story.append(Paragraph(
        "Region Gotland hade vid utgången av 2025 fler tillsvidareanställda än året innan. "
        "Den 31 december 2024 var antalet 6 614 och ökningen har främst skett inom vård och omsorg. "
        "Drygt 900 medarbetare beräknas fylla 65 år under perioden 2026–2030, vilket kan jämföras "
        "med bedömningen i kompetensförsörjningsplanen 2022 om 1 050 avgångar för perioden 2022–2026. "
        "Undersköterskor är fortsatt den största yrkesgruppen med närmare 1 200 anställda.", body))
    story.append(Paragraph(
        "Sjukfrånvaron minskade för regionen som helhet, men inte i alla förvaltningar. Under första "
        "halvåret 2025 låg sjukfrånvaron inom Socialförvaltningen på 9,4 procent, för helåret blev den lägre "
        "(se tabell 2). Målet i det personalpolitiska programmet är en sjukfrånvaro under 6,5 procent år 2027. "
        "Rekryteringsläget är fortsatt svårast för specialistutbildade sjuksköterskor och läkare, där en "
        "inhyrningskostnad på 38,6 miljoner kronor redovisades för 2025.", body))
    story.append(Paragraph("2. Anställda och pensionsavgångar", h2))
    story.append(Paragraph(
        "Tabell 1 visar tillsvidareanställda per yrkesgrupp. Yrkesgrupperna är sammanförda i tre "
        "verksamhetsområden med en delsumma för varje område. Medelåldern i delsummorna är vägd med antalet "
        "anställda. Beräknade pensionsavgångar avser medarbetare som fyller 65 år under perioden; "
        "förtida avgångar och avgångar av andra skäl ingår inte. År 2024 beräknades 163 undersköterskor "
        "gå i pension fram till 2029.", body))

    story.append(Paragraph("Tabell 1. Tillsvidareanställda per yrkesgrupp 31 december 2025", cap))
    hdr = [Paragraph(t, cellb) for t in ["Yrkesgrupp", "Antal", "Andel kvinnor, %", "Medel-<br/>ålder",
                                          "60 år och äldre", "Beräknade pensions-<br/>avgångar 2026–2030¹"]]
    data = [hdr]
    style = list(grid)
    allrows = []
    for grp, rows in STAFF:
        data.append([Paragraph(f"<i>{grp}</i>", cell), "", "", "", "", ""])
        style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#f2f2f2")))
        for occ, n, kv, age, o60, pens in rows:
            data.append([Paragraph("&nbsp;&nbsp;&nbsp;" + occ, cell), sek(n), str(kv), dec(age), sek(o60), sek(pens)])
        n, kv, age, o60, pens = _agg(rows)
        data.append([Paragraph(f"Delsumma {grp[0].lower() + grp[1:]}", cellb), sek(n), str(kv), dec(age), sek(o60), sek(pens)])
        style.append(("FONTNAME", (1, len(data) - 1), (-1, len(data) - 1), "Helvetica-Bold"))
        allrows += rows
    n, kv, age, o60, pens = _agg(allrows)
    data.append([Paragraph("Totalt Region Gotland", cellb), sek(n), str(kv), dec(age), sek(o60), sek(pens)])
    style.append(("FONTNAME", (1, len(data) - 1), (-1, len(data) - 1), "Helvetica-Bold"))
    style.append(("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 1.0, colors.black))
    t = Table(data, colWidths=[58 * mm, 17 * mm, 22 * mm, 17 * mm, 22 * mm, 34 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(Paragraph("¹ Beräknat på att medarbetaren går i pension vid 65 års ålder. "
                           "Källa: Region Gotlands personalsystem (Heroma), uttag 2026-01-15.", note))

    story.append(PageBreak())
    story.append(Paragraph("3. Sjukfrånvaro", h2))
    story.append(Paragraph(
        "Sjukfrånvaron mäts som sjukfrånvarotimmar i procent av ordinarie arbetstid för samtliga "
        "anställda (även visstidsanställda). Regionens totala värde är vägt med arbetstiden och är "
        "därför inte ett medelvärde av förvaltningarnas värden. I tabellen används förvaltningarnas "
        "förkortningar; förklaring finns under tabellen. Förändringen anges i procentenheter och "
        "riktningen visas med en pil (pil upp = ökning, pil ned = minskning).", body))
    story.append(Paragraph("Tabell 2. Sjukfrånvaro per förvaltning 2024 och 2025, procent av ordinarie arbetstid", cap))
    hdr2 = [Paragraph(t, cellb) for t in ["Förvaltning", "2024", "2025", "Förändring,<br/>procentenheter",
                                           "Andel långtids-<br/>sjukfrånvaro 2025²"]]
    data2 = [hdr2]
    for ab, full, a, b, lt in SICK:
        data2.append([ab, dec(a), dec(b), Change(a, b), dec(lt)])
    a, b, lt = SICK_TOTAL
    data2.append([Paragraph("Region Gotland", cellb), dec(a), dec(b), Change(a, b), dec(lt)])
    st2 = list(grid) + [("FONTNAME", (1, len(data2) - 1), (-1, len(data2) - 1), "Helvetica-Bold"),
                        ("LINEABOVE", (0, len(data2) - 1), (-1, len(data2) - 1), 1.0, colors.black)]
    t2 = Table(data2, colWidths=[42 * mm, 20 * mm, 20 * mm, 30 * mm, 34 * mm])
    t2.setStyle(TableStyle(st2))
    story.append(t2)
    story.append(Paragraph("Förkortningar: " + ", ".join(f"{ab} = {full}" for ab, full, *_ in SICK) + ".", note))
    story.append(Paragraph("² Andel av den totala sjukfrånvaron som avser sammanhängande sjukfrånvaro om 60 dagar eller mer.", note))
    story.append(Paragraph(
        "Inom HSF och SOF har arbetet med tidiga rehabiliteringsinsatser gett effekt. Inom UAF och SBF ökade "
        "sjukfrånvaron. För UAF förklaras ökningen delvis av en ökad korttidsfrånvaro under vårterminen; "
        "korttidssjukfrånvaron (dag 1–14) var 3,1 procent inom UAF 2025 jämfört med 2,6 procent 2024. "
        "Sveriges kommuner och regioner redovisade en genomsnittlig sjukfrånvaro på 6,9 procent för regionerna 2024.", body))

    story.append(PageBreak())
    story.append(Paragraph("4. Rekrytering 2025", h2))
    story.append(Paragraph(
        "Under 2025 annonserade regionen ut fler tjänster än något tidigare år. Tabell 3 visar antalet "
        "utannonserade tillsvidaretjänster, antalet sökande och andelen tjänster som tillsattes inom sex månader. "
        "Sökande per tjänst är antalet sökande delat med antalet utannonserade tjänster. Under 2024 var "
        "antalet sökande per tjänst för sjuksköterskor 2,4.", body))
    story.append(Paragraph("Tabell 3. Utannonserade tillsvidaretjänster och sökande 2025", cap))
    hdr3 = [Paragraph(t, cellb) for t in ["Yrkesgrupp", "Utannonserade<br/>tjänster", "Sökande",
                                           "Sökande<br/>per tjänst", "Tillsatta inom<br/>6 mån, %"]]
    data3 = [hdr3]
    for occ, nt, ns, till in RECRUIT:
        data3.append([occ, sek(nt), sek(ns), dec(ns / nt), str(till)])
    nt = sum(r[1] for r in RECRUIT)
    ns = sum(r[2] for r in RECRUIT)
    till = round(sum(r[1] * r[3] / 100 for r in RECRUIT) / nt * 100)
    data3.append([Paragraph("Samtliga", cellb), sek(nt), sek(ns), dec(ns / nt), str(till)])
    st3 = list(grid) + [("FONTNAME", (1, len(data3) - 1), (-1, len(data3) - 1), "Helvetica-Bold"),
                        ("LINEABOVE", (0, len(data3) - 1), (-1, len(data3) - 1), 1.0, colors.black)]
    t3 = Table(data3, colWidths=[58 * mm, 28 * mm, 20 * mm, 22 * mm, 28 * mm])
    t3.setStyle(TableStyle(st3))
    story.append(t3)
    story.append(Paragraph("Källa: Region Gotlands rekryteringssystem, uttag 2026-01-20. Tjänster som "
                           "annonserats om räknas en gång.", note))
    story.append(Paragraph("5. Slutsatser och fortsatt arbete", h2))
    story.append(Paragraph(
        "Behovet av undersköterskor och specialistsjuksköterskor kommer att vara stort under hela perioden. "
        "HR-avdelningen föreslår att antalet utbildningsanställningar för undersköterskor utökas från 25 till "
        "40 platser per år och att 12 sjuksköterskor per år erbjuds betald specialistutbildning. "
        "Kostnaden beräknas till 14,2 miljoner kronor per år från 2027.", body))

    path = os.path.join(out, "Region_Gotland_Kompetensforsorjningsrapport_2026.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm,
                            title="Kompetensförsörjningsrapport 2026", author="Region Gotland",
                            creator="Microsoft Word")
    doc.build(story, canvasmaker=NumberedCanvas)


# ---------------------------------------------------------------------------
# 3. Socialstyrelsen-style XLSX: LSS measures per VG municipality 2024-2025.
#    Notes sheet first; municipalities grouped by delregion (delregion merged
#    vertically) with a bold 'Summa <delregion>' row after each group; Riket and
#    county on top; insats merged over 2024/2025; 'x' for 1-4 persons (counted in
#    Summa and county); rate sheet with a hidden population column.
# ---------------------------------------------------------------------------
INSATS = ["Daglig verksamhet", "Bostad med särskild service för vuxna",
          "Korttidsvistelse utanför hemmet", "Personlig assistans (LSS)", "Ledsagarservice"]
BASE_RATE = [33.0, 30.0, 6.0, 5.0, 8.0]  # per 10 000 inhabitants


def lss_data():
    rng = random.Random(17101)
    d = {}
    for code, name, dr, pop in VG:
        r25 = []
        for i, base in enumerate(BASE_RATE):
            f = 1 + rng.uniform(-0.22, 0.22)
            r25.append(max(0, round(pop * base * f / 10000)))
        r24 = [max(0, round(v * (1 - rng.uniform(-0.03, 0.07)))) for v in r25]
        d[name] = {2025: r25, 2024: r24}
    # fixed values behind the questions
    d["Tidaholm"][2025][0] = 61          # highest daglig verksamhet per 10 000
    d["Tidaholm"][2024][0] = 58
    d["Gullspång"][2025][4] = 3          # masked ledsagarservice in Skaraborg
    d["Karlsborg"][2025][4] = 4
    d["Essunga"][2025][4] = 2
    d["Göteborg"][2025][1] = 1862
    d["Göteborg"][2024][1] = 1797
    d["Borås"][2025][1] = 351
    d["Mölndal"][2025][1] = 219
    d["Trollhättan"][2025][1] = 196
    for y in (2024, 2025):
        for name in d:
            v = d[name][y]
            minst = round(0.74 * sum(v)) + round(POP[name] * 14.0 / 10000)
            d[name][y] = [minst] + v
    return d


def make_lss_xlsx(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    d = lss_data()
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Läs mig"
    notes = [
        "Personer med insatser enligt LSS 1 oktober 2024 och 2025, kommuner i Västra Götalands län",
        "",
        "Källa: Socialstyrelsen, registret över insatser enligt LSS. Bearbetning: Västra Götalandsregionen, "
        "Koncernavdelning regional utveckling, analysenheten.",
        "Uppgifterna avser antal personer med verkställd insats den 1 oktober respektive år, efter den kommun "
        "som beslutat om insatsen.",
        "En person kan ha flera insatser samtidigt. 'Personer med minst en insats' räknar varje person en gång "
        "och omfattar även insatser som inte redovisas i tabellen (t.ex. kontaktperson och avlösarservice). "
        "Kolumnen är därför inte summan av insatskolumnerna.",
        "x = 1–4 personer. Värdet är maskerat men ingår i delregionernas summor, i länet och i riket.",
        "Personlig assistans avser insatsen enligt 9 § 2 LSS som kommunen beslutat om; personer med "
        "assistansersättning från Försäkringskassan ingår inte.",
        "Delregioner enligt VGR:s indelning: Fyrbodal, Göteborgsregionen (exkl. Kungsbacka), Skaraborg och Sjuhärad.",
        "Bladet 'Per 10 000 inv 2025' relaterar antalet 1 oktober 2025 till folkmängden 31 december 2024.",
        "",
        "Kontakt: analys.regionalutveckling@vgregion.se",
    ]
    for i, t in enumerate(notes, start=1):
        ws0.cell(row=i, column=1, value=t)
    ws0["A1"].font = Font(bold=True, size=13)
    ws0.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Kommuner 2024–2025")
    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    fill = PatternFill("solid", fgColor="DDEBF7")
    ws["A1"] = "Personer med insatser enligt LSS efter kommun, insats och år"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Antal personer 1 oktober. x = 1–4 personer (se bladet Läs mig)."
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws["A4"] = "Delregion"
    ws["B4"] = "Kommun"
    heads = ["Personer med minst en insats"] + INSATS
    col = 3
    for h in heads:
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(row=4, column=col, value=h)
        ws.cell(row=5, column=col, value=2024)
        ws.cell(row=5, column=col + 1, value=2025)
        col += 2
    for r in (4, 5):
        for c in range(1, col):
            cc = ws.cell(row=r, column=c)
            cc.font = bold
            cc.fill = fill
            cc.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cc.border = Border(bottom=thin)
    ws.row_dimensions[4].height = 45

    def put_row(r, dr, label, vals24, vals25, is_bold=False, mask=True):
        if dr is not None:
            ws.cell(row=r, column=1, value=dr)
        ws.cell(row=r, column=2, value=label)
        c = 3
        for a, b in zip(vals24, vals25):
            for off, v in enumerate((a, b)):
                cell = ws.cell(row=r, column=c + off, value=("x" if mask and 1 <= v <= 4 else v))
                cell.number_format = "#,##0"
                cell.alignment = Alignment(horizontal="right")
                if is_bold:
                    cell.font = bold
            c += 2
        if is_bold:
            ws.cell(row=r, column=2).font = bold

    county24 = [sum(d[n][2024][i] for n in d) for i in range(6)]
    county25 = [sum(d[n][2025][i] for n in d) for i in range(6)]
    riket25 = [79118, 37260, 32187, 6402, 3355, 8630]
    riket24 = [78530, 36480, 31640, 6377, 3460, 8815]
    put_row(6, None, "Riket", riket24, riket25, True, False)
    put_row(7, None, "Västra Götalands län", county24, county25, True, False)
    r = 9
    for dr in DELREG_ORDER:
        names = sorted([n for _, n, g, _ in VG if g == dr], key=lambda s: s.replace("Å", "Zz").replace("Ö", "Zzz"))
        first = r
        for n in names:
            put_row(r, dr if r == first else None, n, d[n][2024], d[n][2025])
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = Alignment(vertical="top")
        s24 = [sum(d[n][2024][i] for n in names) for i in range(6)]
        s25 = [sum(d[n][2025][i] for n in names) for i in range(6)]
        put_row(r, None, f"Summa {dr}", s24, s25, True, False)
        for c in range(1, col):
            ws.cell(row=r, column=c).border = Border(top=thin)
        r += 2
    ws.column_dimensions["A"].width = 19
    ws.column_dimensions["B"].width = 24
    for c in range(3, col):
        ws.column_dimensions[ws.cell(row=5, column=c).column_letter].width = 11
    ws.freeze_panes = "C6"

    # rate sheet
    wr = wb.create_sheet("Per 10 000 inv 2025")
    wr["A1"] = "Personer med insatser enligt LSS 1 oktober 2025 per 10 000 invånare"
    wr["A1"].font = Font(bold=True, size=12)
    hdr = ["Kommun", "Folkmängd 31 dec 2024", "Personer med minst en insats",
           "Daglig verksamhet", "Bostad med särskild service för vuxna"]
    for i, h in enumerate(hdr, start=1):
        c = wr.cell(row=3, column=i, value=h)
        c.font = bold
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    wr.row_dimensions[3].height = 45
    wr.column_dimensions["B"].hidden = True
    wr.column_dimensions["A"].width = 26
    for L in "CDE":
        wr.column_dimensions[L].width = 16

    def rate_row(rr, label, pop, vals, b=False, mask=True):
        wr.cell(row=rr, column=1, value=label)
        wr.cell(row=rr, column=2, value=pop).number_format = "#,##0"
        for j, idx in enumerate((0, 1, 2), start=3):
            v = vals[idx]
            val = "x" if (mask and 1 <= v <= 4) else round(v / pop * 10000, 1)
            cell = wr.cell(row=rr, column=j, value=val)
            cell.number_format = "0.0"
            if b:
                cell.font = bold
        if b:
            wr.cell(row=rr, column=1).font = bold

    rate_row(4, "Riket", 10587710, riket25, True, False)
    rate_row(5, "Västra Götalands län", sum(POP.values()), county25, True, False)
    rr = 7
    for dr in DELREG_ORDER:
        names = sorted([n for _, n, g, _ in VG if g == dr], key=lambda s: s.replace("Å", "Zz").replace("Ö", "Zzz"))
        for n in names:
            rate_row(rr, n, POP[n], d[n][2025])
            rr += 1
        rate_row(rr, f"Summa {dr}", sum(POP[n] for n in names),
                 [sum(d[n][2025][i] for n in names) for i in range(6)], True, False)
        rr += 2
    wr.cell(row=rr, column=1, value="Folkmängd enligt SCB:s befolkningsstatistik. x = antalet är 1–4 personer.")
    _fix_props(wb)
    _save_fixed(wb, os.path.join(out, "LSS_insatser_VG_kommuner_2024-2025.xlsx"))


# ---------------------------------------------------------------------------
# 4. Vindbrukskollen-style CSV: one row per wind turbine in VG län.
#    UTF-8 with BOM, semicolons, decimal comma, two metadata lines, a trailing
#    semicolon on every row, a project name with a semicolon (quoted), mixed
#    statuses inside projects, blank dates for open cases.
# ---------------------------------------------------------------------------
MODELS = {  # totalhöjd, navhöjd, rotordiameter, MW
    "E-44": (75, 53, 44, 0.9), "E-70": (99, 64, 70, 2.0), "V90": (125, 80, 90, 2.0),
    "E-82": (150, 108, 82, 2.3), "V112": (175, 119, 112, 3.45), "N131": (200, 134, 131, 3.6),
    "V150": (230, 155, 150, 4.2), "SG170": (250, 165, 170, 6.2),
}
PROJECTS = [  # name, kommun, [(status, n)], model or planned (höjd, MW), år/beslut, operator
    ("Kvänum Norra", "Vara", [("Uppfört", 12)], "E-82", ("2011", "2009-06-12"), "Vara Vindkraft ek. för."),
    ("Levene Öst", "Vara", [("Uppfört", 5), ("Nedmonterat", 3)], "V90", ("2009", "2007-11-20"), "Levene Vind AB"),
    ("Storeberg", "Vara", [("Uppfört", 10)], "V112", ("2016", "2014-03-04"), "Skaraslättens Energi AB"),
    ("Vedum Södra", "Vara", [("Uppfört", 6)], "N131", ("2020", "2018-09-17"), "Skaraslättens Energi AB"),
    ("Jung Västra", "Vara", [("Beviljat", 4)], (270, 6.6), ("", "2025-02-11"), "Västra Vind Holding AB"),
    ("Larv", "Vara", [("Handläggs", 7)], (290, 7.2), ("", ""), "Nordisk Vindkraft Invest AB"),
    ("Ranstad", "Falköping", [("Uppfört", 10)], "V150", ("2022", "2019-05-28"), "Falbygdens Vindkraft AB"),
    ("Mösseberg Västra", "Falköping", [("Uppfört", 8)], "SG170", ("2024", "2021-10-06"), "Falbygdens Vindkraft AB"),
    ("Kinneved", "Falköping", [("Uppfört", 4)], "E-82", ("2012", "2010-04-22"), "Kinneveds Vindkraft ek. för."),
    ("Vartofta", "Falköping", [("Beviljat", 5)], (250, 6.2), ("", "2024-12-03"), "Västra Vind Holding AB"),
    ("Åsarp", "Falköping", [("Handläggs", 8)], (280, 7.0), ("", ""), "Nordisk Vindkraft Invest AB"),
    ("Hogsäm", "Tanum", [("Uppfört", 6)], "V112", ("2015", "2013-08-30"), "Västkustvind AB"),
    ("Vik Norra", "Tanum", [("Avslaget", 9)], (300, 7.2), ("", "2023-06-15"), "Västkustvind AB"),
    ("Kragenäs", "Tanum", [("Avslaget", 3)], (240, 6.0), ("", "2021-01-26"), "Kragenäs Energi AB"),
    ("Skee Fjäll; etapp 2", "Strömstad", [("Avslaget", 5)], (270, 6.6), ("", "2022-11-08"), "Bohusvind AB"),
    ("Tolvmanshöjden", "Strömstad", [("Uppfört", 4)], "E-82", ("2013", "2011-05-19"), "Bohusvind AB"),
    ("Krokstrand", "Strömstad", [("Handläggs", 6)], (270, 6.6), ("", ""), "Bohusvind AB"),
    ("Herrestad", "Uddevalla", [("Uppfört", 7)], "V112", ("2015", "2013-02-14"), "Uddevalla Energi Vind AB"),
    ("Forshälla", "Uddevalla", [("Beviljat", 6)], (250, 6.2), ("", "2025-05-27"), "Uddevalla Energi Vind AB"),
    ("Björketorp Norra", "Mark", [("Uppfört", 11)], "V150", ("2021", "2018-12-10"), "Sjuhärads Vindkraft AB"),
    ("Öxabäck", "Mark", [("Överklagat", 5)], (290, 7.2), ("", "2025-08-19"), "Sjuhärads Vindkraft AB"),
    ("Tvärred", "Ulricehamn", [("Uppfört", 8)], "N131", ("2019", "2017-06-01"), "Ulricehamns Vind AB"),
    ("Gällstad", "Ulricehamn", [("Avslaget", 6)], (270, 6.6), ("", "2024-03-21"), "Ulricehamns Vind AB"),
    ("Bällefors", "Töreboda", [("Uppfört", 5)], "V90", ("2010", "2008-10-07"), "Töreboda Vindkraft AB"),
    ("Ardala", "Skara", [("Uppfört", 3), ("Nedmonterat", 1)], "E-70", ("2006", "2005-04-12"), "Ardala Vind ek. för."),
    ("Källby Hed", "Götene", [("Uppfört", 2)], "E-82", ("2012", "2010-09-09"), "Kinnekulle Energi AB"),
    ("Tengene", "Grästorp", [("Uppfört", 4)], "V90", ("2010", "2008-03-18"), "Grästorps Vind AB"),
    ("Flakeberg", "Grästorp", [("Handläggs", 4)], (250, 6.2), ("", ""), "Grästorps Vind AB"),
    ("Nossebro Öst", "Essunga", [("Uppfört", 6)], "V112", ("2017", "2015-07-02"), "Skaraslättens Energi AB"),
    ("Eriksberg", "Herrljunga", [("Uppfört", 5)], "V150", ("2023", "2020-11-24"), "Herrljunga Vind AB"),
    ("Od", "Herrljunga", [("Inte aktuellt", 3)], (220, 4.5), ("", ""), "Herrljunga Vind AB"),
    ("Ljungsarp", "Tranemo", [("Uppfört", 6)], "V112", ("2016", "2014-09-25"), "Sjuhärads Vindkraft AB"),
    ("Grimsås", "Tranemo", [("Handläggs", 7)], (300, 7.2), ("", ""), "Nordisk Vindkraft Invest AB"),
    ("Holsljunga", "Svenljunga", [("Beviljat", 8)], (270, 6.6), ("", "2025-09-30"), "Sjuhärads Vindkraft AB"),
    ("Östra Frölunda", "Svenljunga", [("Uppfört", 4)], "E-82", ("2012", "2010-12-01"), "Frölunda Vind ek. för."),
    ("Fullestad", "Vårgårda", [("Uppfört", 3)], "V90", ("2010", "2008-06-26"), "Vårgårda Vind AB"),
    ("Hasslerör", "Mariestad", [("Avslaget", 5)], (250, 6.2), ("", "2022-05-10"), "Västra Vind Holding AB"),
    ("Morlanda", "Orust", [("Uppfört", 2), ("Nedmonterat", 2)], "E-44", ("2002", "2001-03-15"), "Orust Vind ek. för."),
    ("Brodalen", "Lysekil", [("Uppfört", 1)], "E-70", ("2007", "2006-02-08"), "Brodalens Vind AB"),
    ("Töftedal", "Dals-Ed", [("Handläggs", 8)], (290, 7.2), ("", ""), "Dalslands Vindkraft AB"),
    ("Ärtemark", "Bengtsfors", [("Uppfört", 6)], "N131", ("2021", "2019-01-17"), "Dalslands Vindkraft AB"),
    ("Ödeborg", "Färgelanda", [("Uppfört", 5)], "V112", ("2016", "2014-04-29"), "Dalslands Vindkraft AB"),
    ("Högsäter Norra", "Färgelanda", [("Överklagat", 6)], (270, 6.6), ("", "2025-06-12"), "Dalslands Vindkraft AB"),
    ("Dalboslätten", "Mellerud", [("Beviljat", 4)], (250, 6.2), ("", "2025-01-23"), "Dalslands Vindkraft AB"),
    ("Fengersfors", "Åmål", [("Handläggs", 3)], (270, 6.6), ("", ""), "Dalslands Vindkraft AB"),
    ("Ödenäs", "Alingsås", [("Avslaget", 4)], (240, 6.0), ("", "2023-10-31"), "Västra Vind Holding AB"),
    ("Frändefors", "Vänersborg", [("Uppfört", 2)], "E-82", ("2013", "2011-08-16"), "Frändefors Vind ek. för."),
    ("Hedekas", "Munkedal", [("Handläggs", 5)], (280, 7.0), ("", ""), "Bohusvind AB"),
    ("Hökensås", "Tidaholm", [("Avslaget", 9)], (270, 6.6), ("", "2021-09-14"), "Nordisk Vindkraft Invest AB"),
    ("Hova Skog", "Gullspång", [("Uppfört", 4)], "N131", ("2020", "2018-02-27"), "Gullspångs Vind AB"),
    ("Tossene", "Sotenäs", [("Uppfört", 1)], "E-44", ("2003", "2002-05-06"), "Tossene Vindkraft ek. för."),
]


def wind_rows():
    rows = []
    for name, kom, parts, model, (year, dec_date), op in PROJECTS:
        for status, n in parts:
            for _ in range(n):
                if isinstance(model, str):
                    th, nh, rd, mw = MODELS[model]
                else:
                    th, mw = model
                    nh, rd = "", ""
                built = status in ("Uppfört", "Nedmonterat")
                rows.append({
                    "kommun": kom, "projekt": name, "status": status, "th": th, "nh": nh, "rd": rd,
                    "mw": ("" if status in ("Avslaget", "Inte aktuellt") else mw),
                    "year": year if built else "", "beslut": dec_date, "op": op,
                })
    rows.sort(key=lambda x: CODE[x["kommun"]])
    seq = {}
    for r in rows:
        k = CODE[r["kommun"]]
        seq[k] = seq.get(k, 0) + 1
        r["id"] = f"{k}-V-{seq[k]:03d}"
    return rows


def make_wind_csv(out):
    def q(s):
        s = str(s)
        return f'"{s}"' if (";" in s or '"' in s) else s

    def num(v):
        if v == "":
            return ""
        return dec(v, 2).rstrip("0").rstrip(",") if isinstance(v, float) else str(v)

    lines = ["Vindbrukskollen – utsökning av vindkraftverk",
             "Uttag: 2026-01-12 10:41;Län: Västra Götalands län;Antal träffar: " + str(len(wind_rows())),
             "",
             "Verk-ID;Projektnamn;Kommun;Kommunkod;Status;Totalhöjd (m);Navhöjd (m);Rotordiameter (m);"
             "Maxeffekt (MW);Uppförandeår;Beslutsdatum;Verksamhetsutövare;"]
    for r in wind_rows():
        lines.append(";".join([r["id"], q(r["projekt"]), r["kommun"], CODE[r["kommun"]], r["status"],
                               str(r["th"]), str(r["nh"]), str(r["rd"]), num(r["mw"]), r["year"],
                               r["beslut"], q(r["op"])]) + ";")
    path = os.path.join(out, "vindbrukskollen_verk_VG_2026-01-12.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. SCB-style XLSX: housing stock in Fyrbodal's 14 municipalities, 2025 and
#    2015 sheets with hustyp merged over upplåtelseform, hidden 'Uppgift saknas'
#    and code columns, hidden subtotal rows (Dalsland, Bohuslän, Trestad),
#    visible Fyrbodal, county and Riket rows, a change sheet and a notes sheet.
# ---------------------------------------------------------------------------
FYR_GROUPS = [("Dalsland", ["Bengtsfors", "Dals-Ed", "Färgelanda", "Mellerud", "Åmål"]),
              ("Bohuslän", ["Lysekil", "Munkedal", "Orust", "Sotenäs", "Strömstad", "Tanum"]),
              ("Trestad", ["Trollhättan", "Uddevalla", "Vänersborg"])]


def housing_data():
    rng = random.Random(17105)
    res = {}
    for _, names in FYR_GROUPS:
        for n in names:
            pop = POP[n]
            tot25 = round(pop / rng.uniform(1.95, 2.15))
            small_share = 0.72 if pop < 20000 else 0.50
            small = round(tot25 * small_share * rng.uniform(0.93, 1.05))
            spec = round(tot25 * rng.uniform(0.018, 0.03))
            ovr = round(tot25 * rng.uniform(0.004, 0.012))
            fbh = tot25 - small - spec - ovr
            s_hr = round(small * rng.uniform(0.03, 0.07))
            s_br = round(small * rng.uniform(0.02, 0.06))
            s_ag = small - s_hr - s_br
            f_ag = round(fbh * rng.uniform(0.0, 0.01))
            f_br = round((fbh - f_ag) * rng.uniform(0.25, 0.42))
            f_hr = fbh - f_ag - f_br
            o_us = round(ovr * rng.uniform(0.2, 0.4))
            o_hr = round((ovr - o_us) * 0.5)
            o_ag = ovr - o_us - o_hr
            sp_hr = round(spec * 0.93)
            sp_br = spec - sp_hr
            y25 = dict(s=(s_hr, s_br, s_ag), f=(f_hr, f_br, f_ag), o=ovr, sp=spec,
                       hr=s_hr + f_hr + o_hr + sp_hr, br=s_br + f_br + sp_br, ag=s_ag + f_ag + o_ag, us=o_us)
            # 2015: fewer flats, mostly in flerbostadshus
            g = rng.uniform(0.90, 0.97)
            gs = rng.uniform(0.96, 0.995)
            s15 = tuple(round(v * gs) for v in (s_hr, s_br, s_ag))
            f15 = (round(f_hr * g), round(f_br * g * 0.9), round(f_ag * 0.6))
            o15 = round(ovr * 1.05)
            o15_us = round(o_us * 1.3)
            o15_hr = round((o15 - o15_us) * 0.5)
            o15_ag = o15 - o15_us - o15_hr
            sp15 = round(spec * rng.uniform(0.95, 1.1))
            sp15_hr = round(sp15 * 0.93)
            y15 = dict(s=s15, f=f15, o=o15, sp=sp15,
                       hr=s15[0] + f15[0] + o15_hr + sp15_hr, br=s15[1] + f15[1] + sp15 - sp15_hr,
                       ag=s15[2] + f15[2] + o15_ag, us=o15_us)
            res[n] = {2025: y25, 2015: y15}
    return res


def _hrow(y):
    s, f = y["s"], y["f"]
    tot = y["hr"] + y["br"] + y["ag"] + y["us"]
    return [s[0], s[1], s[2], sum(s), f[0], f[1], f[2], sum(f), y["o"], y["sp"],
            y["hr"], y["br"], y["ag"], y["us"], tot]


def make_housing_xlsx(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    d = housing_data()
    county = {2025: [40112, 28975, 301894, 370981, 221346, 148230, 2118, 371694, 5902, 19417,
                     0, 0, 0, 712, 0],
              2015: [38544, 25710, 296115, 360369, 208451, 121902, 941, 331294, 6233, 18820,
                     0, 0, 0, 1080, 0]}
    riket = {2025: [201488, 142317, 1841006, 2184811, 1318960, 1126540, 11873, 2457373, 36240, 126518,
                    0, 0, 0, 4109, 0],
             2015: [196512, 121004, 1808890, 2126406, 1205870, 931260, 5120, 2142250, 38811, 123904,
                    0, 0, 0, 6980, 0]}
    for tab in (county, riket):
        for y, v in tab.items():
            # upplåtelseform over all hustyper: småhus + flerbostadshus + rough split of övriga/special
            o, sp, us = v[8], v[9], v[13]
            hr = v[0] + v[4] + round((o - us) * 0.5) + round(sp * 0.93)
            br = v[1] + v[5] + (sp - round(sp * 0.93))
            ag = v[2] + v[6] + (o - us - round((o - us) * 0.5))
            v[10], v[11], v[12], v[14] = hr, br, ag, hr + br + ag + us

    wb = Workbook()
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E2EFDA")
    sub = ["Hyresrätt", "Bostadsrätt", "Äganderätt", "Totalt"]

    def sheet(ws, year):
        ws["A1"] = f"Antal lägenheter efter region, hustyp och upplåtelseform. År {year} (31 december)"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Källa: SCB, Lägenhetsregistret. Bearbetning Fyrbodals kommunalförbund."
        # header rows 4-5
        ws.merge_cells("A4:A5")
        ws["A4"] = "Kod"
        ws.merge_cells("B4:B5")
        ws["B4"] = "Region"
        ws.merge_cells("C4:F4")
        ws["C4"] = "Småhus"
        ws.merge_cells("G4:J4")
        ws["G4"] = "Flerbostadshus"
        ws.merge_cells("K4:K5")
        ws["K4"] = "Övriga hus"
        ws.merge_cells("L4:L5")
        ws["L4"] = "Specialbostäder"
        ws.merge_cells("M4:Q4")
        ws["M4"] = "Samtliga hustyper"
        for i, s in enumerate(sub):
            ws.cell(row=5, column=3 + i, value=s)
            ws.cell(row=5, column=7 + i, value=s)
        for i, s in enumerate(["Hyresrätt", "Bostadsrätt", "Äganderätt", "Uppgift saknas", "Totalt"]):
            ws.cell(row=5, column=13 + i, value=s)
        for r in (4, 5):
            for c in range(1, 18):
                cc = ws.cell(row=r, column=c)
                cc.font = bold
                cc.fill = fill
                cc.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions["A"].hidden = True
        ws.column_dimensions["P"].hidden = True
        ws.column_dimensions["B"].width = 24
        for L in "CDEFGHIJKLMNOQ":
            ws.column_dimensions[L].width = 12

        def put(r, code, label, vals, b=False, hidden=False):
            ws.cell(row=r, column=1, value=code)
            ws.cell(row=r, column=2, value=label)
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=3 + j, value=v)
                c.number_format = "#,##0"
                if b:
                    c.font = bold
            if b:
                ws.cell(row=r, column=2).font = bold
            if hidden:
                ws.row_dimensions[r].hidden = True

        r = 6
        fyr = [0] * 15
        for grp, names in FYR_GROUPS:
            gs = [0] * 15
            for n in names:
                vals = _hrow(d[n][year])
                put(r, CODE[n], n, vals)
                gs = [a + b for a, b in zip(gs, vals)]
                r += 1
            put(r, "", f"Summa {grp}", gs, True, hidden=True)
            fyr = [a + b for a, b in zip(fyr, gs)]
            r += 1
        put(r, "", "Fyrbodal", fyr, True)
        r += 1
        put(r, "14", "Västra Götalands län", county[year], True)
        r += 1
        put(r, "00", "Riket", riket[year], True)
        r += 2
        ws.cell(row=r, column=2, value="Se bladet Förklaringar för definitioner.")
        ws.freeze_panes = "C6"

    ws25 = wb.active
    ws25.title = "2025"
    sheet(ws25, 2025)
    sheet(wb.create_sheet("2015"), 2015)

    wc = wb.create_sheet("Förändring 2015–2025")
    wc["A1"] = "Förändring av antalet lägenheter 2015–2025"
    wc["A1"].font = Font(bold=True, size=12)
    hdr = ["Region", "Småhus, antal", "Flerbostadshus, antal", "Samtliga hustyper, antal", "Samtliga hustyper, %"]
    for i, h in enumerate(hdr, start=1):
        c = wc.cell(row=3, column=i, value=h)
        c.font = bold
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    wc.column_dimensions["A"].width = 24
    for L in "BCDE":
        wc.column_dimensions[L].width = 15
    r = 4
    rows = []
    for _, names in FYR_GROUPS:
        for n in names:
            rows.append((n, _hrow(d[n][2015]), _hrow(d[n][2025]), False))
    fy15 = [sum(x[1][j] for x in rows) for j in range(15)]
    fy25 = [sum(x[2][j] for x in rows) for j in range(15)]
    rows.sort(key=lambda x: x[0].replace("Å", "Zz"))
    rows.append(("Fyrbodal", fy15, fy25, True))
    rows.append(("Västra Götalands län", county[2015], county[2025], True))
    for n, a, b, bb in rows:
        wc.cell(row=r, column=1, value=n)
        vals = [b[3] - a[3], b[7] - a[7], b[14] - a[14], round((b[14] - a[14]) / a[14] * 100, 1)]
        for j, v in enumerate(vals, start=2):
            c = wc.cell(row=r, column=j, value=v)
            c.number_format = "#,##0" if j < 5 else "0.0"
            if bb:
                c.font = bold
        if bb:
            wc.cell(row=r, column=1).font = bold
        r += 1

    wn = wb.create_sheet("Förklaringar")
    for i, t in enumerate([
        "Förklaringar",
        "Lägenhet: bostadslägenhet enligt Lägenhetsregistret. Antal lägenheter den 31 december respektive år.",
        "Småhus: friliggande en- och tvåbostadshus samt par-, rad- och kedjehus.",
        "Flerbostadshus: bostadsbyggnader med tre eller fler lägenheter, inklusive loftgångshus.",
        "Övriga hus: byggnader som inte i huvudsak är avsedda för bostadsändamål, t.ex. verksamhetslokaler med enstaka lägenheter.",
        "Specialbostäder: bostäder för äldre eller personer med funktionsnedsättning, studentbostäder och övriga specialbostäder.",
        "Upplåtelseform för övriga hus och specialbostäder redovisas endast under Samtliga hustyper.",
        "Samtliga hustyper, Totalt inkluderar lägenheter där upplåtelseform saknas.",
        "Summeringsrader för delområden (Dalsland, Bohuslän, Trestad) är dolda i arbetsbladen.",
        "Förändringsbladet är sorterat i bokstavsordning.",
    ], start=1):
        wn.cell(row=i, column=1, value=t)
    wn["A1"].font = Font(bold=True, size=12)
    wn.column_dimensions["A"].width = 115
    _fix_props(wb)
    _save_fixed(wb, os.path.join(out, "Bostadsbestand_Fyrbodal_2015_2025.xlsx"))


# ---------------------------------------------------------------------------
# 6. FK-style CSV: recipients of aktivitetsstöd, utvecklingsersättning and
#    etableringsersättning in Skaraborg's 15 municipalities 2023-2025.
#    Windows-1252 with en dashes, CRLF, semicolons, title lines, long by
#    ersättning x kön, '..' for < 5 (counted in totals), preliminary 2025,
#    a change column with decimal comma, county and Riket rows at the end.
# ---------------------------------------------------------------------------
SKB = ["Essunga", "Falköping", "Grästorp", "Gullspång", "Götene", "Hjo", "Karlsborg", "Lidköping",
       "Mariestad", "Skara", "Skövde", "Tibro", "Tidaholm", "Töreboda", "Vara"]
ERS = ["Aktivitetsstöd", "Utvecklingsersättning", "Etableringsersättning"]


def fk_data():
    rng = random.Random(17106)
    base = {"Aktivitetsstöd": 0.0118, "Utvecklingsersättning": 0.0016, "Etableringsersättning": 0.0021}
    share_w = {"Aktivitetsstöd": 0.47, "Utvecklingsersättning": 0.41, "Etableringsersättning": 0.55}
    yf = {2023: 0.86, 2024: 0.95, 2025: 1.0}
    d = {}
    for n in SKB:
        pop = POP[n]
        d[n] = {}
        for e in ERS:
            f = rng.uniform(0.75, 1.3)
            for y in (2023, 2024, 2025):
                tot = round(pop * base[e] * f * yf[y] * rng.uniform(0.97, 1.03))
                if e == "Etableringsersättning":
                    tot = round(tot * {2023: 1.25, 2024: 1.1, 2025: 1.0}[y])
                k = round(tot * share_w[e] * rng.uniform(0.92, 1.08))
                d[n][(e, "Kvinnor", y)] = k
                d[n][(e, "Män", y)] = tot - k
        for kon in ("Kvinnor", "Män"):
            for y in (2023, 2024, 2025):
                s = sum(d[n][(e, kon, y)] for e in ERS)
                overlap = round(d[n][("Etableringsersättning", kon, y)] * 0.12 + d[n][("Utvecklingsersättning", kon, y)] * 0.05)
                d[n][("Samtliga ersättningar", kon, y)] = s - overlap
        for e in ERS + ["Samtliga ersättningar"]:
            for y in (2023, 2024, 2025):
                d[n][(e, "Kvinnor och män", y)] = d[n][(e, "Kvinnor", y)] + d[n][(e, "Män", y)]
    return d


def make_fk_csv(out):
    d = fk_data()
    county_base = {"Aktivitetsstöd": (19840, 21932, 23115), "Utvecklingsersättning": (2744, 2901, 3088),
                   "Etableringsersättning": (5210, 4632, 4104)}
    riket_base = {"Aktivitetsstöd": (112350, 124870, 131204), "Utvecklingsersättning": (15102, 16240, 17333),
                  "Etableringsersättning": (30115, 26980, 23877)}

    def agg_rows(base, wshare):
        rows = {}
        for e, vals in base.items():
            for y, v in zip((2023, 2024, 2025), vals):
                k = round(v * wshare[e])
                rows[(e, "Kvinnor", y)] = k
                rows[(e, "Män", y)] = v - k
                rows[(e, "Kvinnor och män", y)] = v
        for kon in ("Kvinnor", "Män"):
            for y in (2023, 2024, 2025):
                s = sum(rows[(e, kon, y)] for e in ERS)
                rows[("Samtliga ersättningar", kon, y)] = s - round(rows[("Etableringsersättning", kon, y)] * 0.12)
        for y in (2023, 2024, 2025):
            rows[("Samtliga ersättningar", "Kvinnor och män", y)] = (rows[("Samtliga ersättningar", "Kvinnor", y)]
                                                                   + rows[("Samtliga ersättningar", "Män", y)])
        return rows

    ws = {"Aktivitetsstöd": 0.46, "Utvecklingsersättning": 0.42, "Etableringsersättning": 0.54}
    regions = [(f"{CODE[n]} {n}", d[n]) for n in SKB]
    regions.append(("14 Västra Götalands län", agg_rows(county_base, ws)))
    regions.append(("00 Riket", agg_rows(riket_base, ws)))

    def cellv(v):
        return ".." if v < 5 else str(v)

    lines = ["Personer som fått aktivitetsstöd, utvecklingsersättning eller etableringsersättning – Skaraborgs kommuner",
             "Antal unika mottagare under året efter folkbokföringskommun, ersättning och kön. 2025 preliminära uppgifter.",
             "",
             '"Region";"Ersättning";"Kön";"2023";"2024";"2025 prel.";"Förändring 2024–2025, %"']
    for lab, rows in regions:
        for e in ERS + ["Samtliga ersättningar"]:
            for kon in ("Kvinnor", "Män", "Kvinnor och män"):
                v = [rows[(e, kon, y)] for y in (2023, 2024, 2025)]
                ch = ".." if (v[1] < 5 or v[2] < 5) else dec((v[2] - v[1]) / v[1] * 100, 1)
                lines.append(f'"{lab}";"{e}";"{kon}";{cellv(v[0])};{cellv(v[1])};{cellv(v[2])};{ch}')
    lines += ["",
              "Samtliga ersättningar: en person som fått flera av ersättningarna under året räknas en gång.",
              "Län och riket inkluderar personer utan känd folkbokföringskommun och samtliga kommuner i länet.",
              ".. = färre än 5 personer. Maskerade värden ingår i summorna för Kvinnor och män.",
              "2025 – preliminära uppgifter, utbetalningar t.o.m. december 2025 (uttag 2026-01-20).",
              "Källa: Försäkringskassan, STORE. Beställt uttag för Skaraborgs kommunalförbund."]
    path = os.path.join(out, "FK_aktivitetsstod_Skaraborg_2023-2025.csv")
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_fritidshus(out)
    make_gotland_pdf(out)
    make_lss_xlsx(out)
    make_wind_csv(out)
    make_housing_xlsx(out)
    make_fk_csv(out)
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))


if __name__ == "__main__":
    main()
