#!/usr/bin/env python3
"""r180: Kraftlinjen Dalarna – six documents that update each other. Usage: python r180_make_files.py OUT_DIR"""
MARP = r'''---
marp: true
theme: region-dalarna
paginate: true
size: 16:9
header: 'Kraftlinjen Dalarna · Styrgrupp'
footer: 'Styrgruppsmöte 18 februari 2026 · Region Dalarna · Dnr RD25/04711'
style: |
  section.lead h1 { color: #0b5394; font-size: 64px; }
  .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
  .liten { font-size: 18px; color: #666; }
---

<!-- _class: lead -->
<!-- _paginate: false -->
<!-- _header: '' -->

![bg right:40%](bilder/ludvika-stallverk-2025.jpg)

# Kraftlinjen Dalarna
## Kompetensförsörjning för elektrifieringen

Styrgruppsmöte 4 · 18 februari 2026
Karin Västlund, projektledare

<!--
Talarmanus: Hälsa välkommen. Presentera Anders Hammarström, Arbetsförmedlingen Borlänge, som ersätter Jenny Ekman i styrgruppen från och med i dag.
-->

---

# Dagordning

1. Läget i korthet
2. Elspåret – utfall grupp 1
3. Elspåret – grupp 2 och 3
4. Företagslyftet
5. Ekonomi
6. Beslut
7. Övrigt och nästa möte

---

# Läget i korthet

<div class="columns">
<div>

**Deltagare t.o.m. 31 januari 2026**

- Totalt: **104 deltagare** (varav 37 kvinnor)
- Mål för hela projektet: 260 deltagare
- Andel kvinnor: 36 procent (mål: minst 40 procent)

</div>
<div>

**Projektperiod**
1 september 2025 – 31 augusti 2027

**Total budget**
18 400 000 kronor

</div>
</div>

<!--
Talarmanus: 104 är samma siffra som är inrapporterad i Projektrummet. Vid årsskiftet var vi 97. Kvinnoandelen är lägst i Elspåret (2 av 18 i grupp 1).
-->

---

<!-- _class: invert -->

# Varför behövs Kraftlinjen?

- Region Dalarnas analys: cirka **1 900 rekryteringar** inom el och automation behövs i länet fram till 2030
- Störst behov i Ludvika, Borlänge och Avesta
- 62 procent av de företag som svarade i enkäten hösten 2024 säger att det är svårt att rekrytera elmontörer

<p class="liten">Källa: Region Dalarna, Kompetensbehov inom elektrifieringen 2024.</p>

---

# Elspåret grupp 1 (Ludvika) – utfall

| Grupp 1, start 22 september 2025 | Antal |
|---|---:|
| Antagna | 18 |
| Fullföljde utbildningen | 15 |
| I arbete inom 90 dagar | 10 |
| Studerar vidare | 2 |
| Avbrott | 3 |

*Arbetsgivare: Ludvika Transformator AB, Västerdalarnas Elnät AB, Hedemora Kraftmontage*

<!--
Talarmanus: Siffran 10 i tabellen gäller 15 december. Per 16 februari är 11 av de 15 i arbete – en deltagare fick anställning hos Smedjebackens Energi förra veckan. Rätta tabellen innan bilderna skickas ut med protokollet.
-->

---

# Elspåret grupp 2 och 3

| Grupp | Ort | Platser | Planerad start | Anordnare |
|---|---|---:|---|---|
| 2 | Ludvika | 16 | 2 mars 2026 | BYC |
| 3 | Smedjebacken | –¹ | 16 mars 2026 | BYC (i lärcentrum) |

<p class="liten">¹ Antalet platser i Smedjebacken fastställs när Arbetsförmedlingens anvisningar är klara.</p>

<!--
Talarmanus: AF hinner inte anvisa alla till grupp 2 i tid till 2 mars. Förslag att flytta starten en vecka – se beslutspunkt 1. Grupp 3 ligger kvar.
-->

---

# Företagslyftet

* 23 företag har deltagit i informationsträffar (Borlänge, Ludvika, Avesta)
* Kompetenscheck enligt riktlinjerna version 1.1.0
* Nytt förslag till riktlinjer (version 2.0.0) ska gälla från 2 mars 2026 – större företag får söka

![w:160](bilder/logo-foretagslyftet.svg)

---

# Ekonomi

| Post | Kronor |
|---|---:|
| Total budget | 18 400 000 |
| varav ESF+ | 9 200 000 |
| varav Region Dalarna | 4 100 000 |
| varav kommunerna² | 4 600 000 |
| varav Arbetsförmedlingen (icke kontant) | 500 000 |
| Upparbetat t.o.m. 31 december 2025 | 2 981 400 |

<p class="liten">² Ludvika 1 300 000, Borlänge 1 100 000, Avesta 850 000, Falun 600 000, Smedjebacken 600 000, Gagnef 150 000.</p>

---

# Beslut

Styrgruppen beslutar

1. att flytta starten för Elspåret grupp 2 till **9 mars 2026**,
2. att godkänna lägesrapporten,
3. att uppdra åt projektledaren att ta fram underlag för en ändringsansökan (förlängd projekttid och utökad budget) till nästa möte.

---

# Förkortningar

| Förkortning | Betydelse |
|---|---|
| APL | Arbetsplatsförlagt lärande |
| BYC | Bergslagens yrkescentrum, utbildningsanordnare i Ludvika |
| ESA | Elsäkerhetsanvisningar – branschens regler för elsäkert arbete (kursen ESA Fackkunnig) |
| ESF+ | Europeiska socialfonden+ |
| KLD | Kraftlinjen Dalarna |
| SYV | Studie- och yrkesvägledare |

---

<!-- _class: lead -->

# Övrigt och nästa möte

- Karin Västlund lämnar projektet den 31 mars 2026 – rekrytering av ny projektledare pågår
- Nästa styrgrupp: **22 april 2026** kl. 13.00, Ludvika (BYC)

<!--
Talarmanus: Lena Wiklund (ekonom) tar fram ändringsansökan tillsammans med den nya projektledaren. Tack för i dag!
-->
'''

CHANGELOG = r'''# Ändringslogg – Riktlinjer för kompetenscheck inom Företagslyftet

Alla ändringar i riktlinjerna för kompetenscheck (delprojekt Företagslyftet i Kraftlinjen Dalarna) förs in i den här filen.

Formatet bygger på [Keep a Changelog](https://keepachangelog.com/sv/1.1.0/) och versionsnumren följer [Semantisk versionering](https://semver.org/lang/sv/):

- **MAJOR** (x.0.0) – villkor som ändras så att redan inlämnade ansökningar kan påverkas
- **MINOR** (0.x.0) – nya eller ändrade villkor för nya ansökningar
- **PATCH** (0.0.x) – rättelser av skrivfel och förtydliganden

En version markerad `[YANKED]` har dragits tillbaka och gäller inte.
Ansvarig för filen: Anders Hammarén, projektledare. Frågor om enskilda ansökningar: foretagslyftet@regiondalarna.se

## [Unreleased]

### Föreslaget (ej beslutat)

- Höja maxbeloppet till 60 000 kronor per företag och kalenderår. Tas upp i styrgruppen i oktober 2026.
- Låta även Rättvik och Leksand ingå i målområdet.

## [2.1.0] – 2026-08-24

### Ändrat

- Maxbeloppet för kompetenscheck höjs från 40 000 kronor till 50 000 kronor per företag och kalenderår.
- Företagets egen insats sänks från 50 procent till 30 procent av kurskostnaden.

### Tillagt

- Hedemora och Säter ingår i målområdet.
- Kurser i batteri- och laddinfrastruktur kan ingå (se bilaga 2 i riktlinjerna).

## [2.0.1] – 2026-03-16 [YANKED]

### Ändrat

- ~~Ansökningsperioden för 2026 stänger den 30 april 2026.~~ Dragen tillbaka 2026-03-18: felaktig uppgift, ansökningar handläggs löpande enligt 2.0.0.

## [2.0.0] – 2026-03-02

### Ändrat

- **BREAKING:** Kompetenscheck kan sökas av företag med högst 249 anställda (tidigare högst 49 anställda).
- Ansökningar handläggs löpande. Beslut fattas inom 15 arbetsdagar från komplett ansökan.

### Borttaget

- Kravet på att företaget ska ha haft F-skatt i minst två år.

## [1.1.0] – 2025-11-10

### Tillagt

- Kurser inom elsäkerhet (ESA Fackkunnig, ESA Instruerad) kan ingå.

### Rättat

- Sista dag för ansökan i första omgången: 15 december 2025 (inte 15 november som det stod i 1.0.0).

## [1.0.0] – 2025-09-15

### Tillagt

- Första versionen av riktlinjerna.
- Maxbelopp: 40 000 kronor per företag och kalenderår.
- Företagets egen insats: 50 procent av kurskostnaden.
- Företag med högst 49 anställda och verksamhet i Ludvika, Smedjebacken, Borlänge, Avesta eller Falun kan söka.

[Unreleased]: https://intra.regiondalarna.se/kld/riktlinjer/compare/v2.1.0...HEAD
[2.1.0]: https://intra.regiondalarna.se/kld/riktlinjer/compare/v2.0.0...v2.1.0
[2.0.1]: https://intra.regiondalarna.se/kld/riktlinjer/compare/v2.0.0...v2.0.1
[2.0.0]: https://intra.regiondalarna.se/kld/riktlinjer/compare/v1.1.0...v2.0.0
[1.1.0]: https://intra.regiondalarna.se/kld/riktlinjer/compare/v1.0.0...v1.1.0
[1.0.0]: https://intra.regiondalarna.se/kld/riktlinjer/releases/tag/v1.0.0
'''

import json

def projektbanken_json():
    d = {
        "id": "RD25-04711",
        "diarienummer": "RD25/04711",
        "namn": "Kraftlinjen Dalarna – kompetensförsörjning för elektrifieringen",
        "kortnamn": "KLD",
        "status": "Pågående",
        "projektagare": {
            "organisation": "Region Dalarna",
            "enhet": "Regional utveckling, enheten för kompetensförsörjning",
            "organisationsnummer": "232100-0180"
        },
        "finansiar": {
            "namn": "Svenska ESF-rådet",
            "program": "ESF+ 2021–2027",
            "arendeId": "2025-00487",
            "stodandel": 0.5
        },
        "period": {"start": "2025-09-01", "slut": "2027-12-31"},
        "budget": {
            "valuta": "SEK",
            "total": 19250000,
            "esfStod": 9625000,
            "medfinansiering": [
                {"part": "Region Dalarna", "belopp": 4300000, "typ": "kontant"},
                {"part": "Ludvika kommun", "belopp": 1450000, "typ": "kontant"},
                {"part": "Borlänge kommun", "belopp": 1200000, "typ": "kontant"},
                {"part": "Avesta kommun", "belopp": 900000, "typ": "kontant"},
                {"part": "Falu kommun", "belopp": 675000, "typ": "kontant"},
                {"part": "Smedjebackens kommun", "belopp": 600000, "typ": "kontant"},
                {"part": "Gagnefs kommun", "belopp": 0, "typ": None,
                 "anmarkning": "Utträtt 2026-05-01. Tidigare åtagande 150000."},
                {"part": "Arbetsförmedlingen", "belopp": 500000, "typ": "icke kontant (deltagarersättning)"}
            ]
        },
        "malDeltagare": 280,
        "malAndelKvinnor": 0.4,
        "utfall": {
            "per": "2026-08-31",
            "deltagare": 168,
            "kvinnor": 57,
            "man": 111,
            "iArbeteEllerStudierEfter90dagar": 74
        },
        "delprojekt": [
            {"kod": "A1", "namn": "Elspåret", "beskrivning": "Yrkesvux till elmontör i Ludvika och Smedjebacken (anordnare BYC)"},
            {"kod": "A2", "namn": "Valideringsbryggan", "beskrivning": "Validering och korta kurser för varslade i Borlänge och Avesta"},
            {"kod": "A3", "namn": "Företagslyftet", "beskrivning": "Kompetenscheckar för små och medelstora företag"}
        ],
        "kontakter": [
            {"roll": "Projektledare", "namn": "Anders Hammarén",
             "epost": "anders.hammaren@regiondalarna.se", "telefon": "023-49 37 02",
             "fran": "2026-04-01", "aktiv": True},
            {"roll": "Ekonom", "namn": "Lena Wiklund",
             "epost": "lena.wiklund@regiondalarna.se", "telefon": "023-49 37 15",
             "fran": "2025-09-01", "aktiv": True},
            {"roll": "Kontaktperson Arbetsförmedlingen", "namn": "Anders Hammarström",
             "organisation": "Arbetsförmedlingen Borlänge", "telefon": "010-486 21 77",
             "fran": "2026-02-18", "aktiv": True},
            {"roll": "Projektledare", "namn": "Karin Västlund",
             "epost": None, "telefon": None,
             "fran": "2025-09-01", "till": "2026-03-31", "aktiv": False}
        ],
        "styrgrupp": {
            "ordforande": "Lotta Fernström",
            "nastaMote": "2026-10-14T07:00:00Z",
            "plats": "Regionhuset i Falun (rum Siljan) och Teams",
            "senasteMote": "2026-06-17T11:00:00Z"
        },
        "historik": [
            {"datum": "2026-06-10", "falt": "period.slut", "fran": "2027-08-31", "till": "2027-12-31",
             "grund": "Ändringsbeslut Svenska ESF-rådet 2026-06-10"},
            {"datum": "2026-06-10", "falt": "budget.total", "fran": 18400000, "till": 19250000,
             "grund": "Ändringsbeslut Svenska ESF-rådet 2026-06-10"},
            {"datum": "2026-06-10", "falt": "budget.esfStod", "fran": 9200000, "till": 9625000,
             "grund": "Ändringsbeslut Svenska ESF-rådet 2026-06-10"},
            {"datum": "2026-06-10", "falt": "malDeltagare", "fran": 260, "till": 280,
             "grund": "Ändringsbeslut Svenska ESF-rådet 2026-06-10"},
            {"datum": "2026-05-01", "falt": "budget.medfinansiering[Gagnefs kommun]", "fran": 150000, "till": 0,
             "grund": "Gagnefs kommun utträder ur projektet"},
            {"datum": "2026-04-01", "falt": "kontakter[Projektledare]", "fran": "Karin Västlund", "till": "Anders Hammarén",
             "grund": "Personalförändring"}
        ],
        "beskrivning": "Kraftlinjen Dalarna ska möta bristen på elmontörer, elektriker och automationstekniker i Dalarna.\n\nProjektet har tre delar: Elspåret (yrkesvux), Valideringsbryggan och Företagslyftet.\nSe även projektets sida på intranätet.",
        "skapad": "2025-06-19T08:31:55Z",
        "senastAndrad": "2026-09-29T13:47:12Z",
        "senastAndradAv": "lewi01"
    }
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def _fld(paragraph, instr, result, bold=False):
    """Complex field: begin / instrText / separate / cached result / end."""
    def r_with(child):
        r = OxmlElement('w:r')
        r.append(child)
        paragraph._p.append(r)
        return r
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); r_with(b)
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r_with(it)
    s = OxmlElement('w:fldChar'); s.set(qn('w:fldCharType'), 'separate'); r_with(s)
    run = paragraph.add_run(result); run.bold = bold
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r_with(e)


def _cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


RECIPIENTS = [
    dict(fn="Josefin", en="Ström", adr="Källbogatan 14", post="771 31", ort="Ludvika", hl="Sara Lindqvist", grp=2, lang="sv"),
    dict(fn="Emir", en="Hadžić", adr="Gonäsvägen 3 B", post="771 42", ort="Ludvika", hl="Sara Lindqvist", grp=2, lang="sv"),
    dict(fn="Mikael", en="Öberg", adr="Norra Hagalund 7", post="771 60", ort="Ludvika", hl="", grp=2, lang="sv"),
    dict(fn="Tesfay", en="Gebremedhin", adr="Sporthallsvägen 12", post="771 35", ort="Ludvika", hl="Sara Lindqvist", grp=2, lang="en"),
    dict(fn="Hanna", en="Rask", adr="Hagvägen 5", post="777 30", ort="Smedjebacken", hl="Maja Sundin", grp=3, lang="sv"),
]

GROUP = {
    2: dict(rubrik="Välkommen till Elspåret – grupp 2 Ludvika!",
            start="måndag 9 mars 2026 kl. 08.15",
            plats="Bergslagens yrkescentrum (BYC), Hantverkargatan 6, Ludvika",
            sal="B214 (plan 2, ingång från parkeringen)",
            forsta="Uppstart och välkomst kl. 08.15–09.30, därefter ellära",
            slut="t.o.m. 18 december 2026",
            kontakt="Sara Lindkvist, studie- och yrkesvägledare, 0240-866 12"),
    3: dict(rubrik="Välkommen till Elspåret – grupp 3 Smedjebacken!",
            start="måndag 16 mars 2026 kl. 08.30",
            plats="Smedjebackens lärcentrum, Kyrkogatan 9, Smedjebacken",
            sal="Lärsal 2 (entréplan)",
            forsta="Uppstart och välkomst kl. 08.30–10.00, därefter arbetsmiljö",
            slut="t.o.m. 18 december 2026",
            kontakt="Sara Lindkvist, studie- och yrkesvägledare, 0240-866 12"),
}


def _header_footer(section):
    section.different_first_page_header_footer = True
    fh = section.first_page_header
    p = fh.paragraphs[0]
    r = p.add_run("Region Dalarna"); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x0B, 0x53, 0x94)
    p.add_run("\tKraftlinjen Dalarna").font.size = Pt(10)
    p2 = fh.add_paragraph(); r2 = p2.add_run("Regional utveckling · Kompetensförsörjning"); r2.font.size = Pt(8)
    h = section.header.paragraphs[0]; h.add_run("Kraftlinjen Dalarna – kallelse Elspåret").font.size = Pt(8)
    for ft in (section.first_page_footer, section.footer):
        fp = ft.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = fp.add_run("Kraftlinjen Dalarna medfinansieras av Europeiska unionen. "
                        "Region Dalarna, Box 712, 791 29 Falun · Växel 023-49 00 00 · regiondalarna.se")
        rr.font.size = Pt(7)


def _letter_sv(doc, rc):
    g = GROUP[rc["grp"]]
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Ludvika ")
    _fld(p, ' DATE \\@ "d MMMM yyyy" ', "24 februari 2026")
    doc.add_paragraph(f"{rc['fn']} {rc['en']}\n{rc['adr']}\n{rc['post']} {rc['ort'].upper()}")
    h = doc.add_paragraph(); rr = h.add_run(g["rubrik"]); rr.bold = True; rr.font.size = Pt(14)
    doc.add_paragraph(f"Hej {rc['fn']}!")
    doc.add_paragraph("Du har anvisats av Arbetsförmedlingen till Elspåret, en yrkesutbildning till elmontör "
                      "inom projektet Kraftlinjen Dalarna. Här kommer praktisk information inför starten.")
    tbl = doc.add_table(rows=0, cols=2); tbl.style = "Table Grid"
    rows = [("Start", g["start"]), ("Plats", g["plats"]), ("Sal", g["sal"]),
            ("Första dagen", g["forsta"]), ("Utbildningen pågår", g["slut"]),
            ("Kontaktperson på BYC", g["kontakt"]),
            ("Din handläggare på Arbetsförmedlingen", rc["hl"])]
    for k, v in rows:
        c = tbl.add_row().cells
        c[0].text = k; _cell_shade(c[0], "DCE6F1"); c[0].paragraphs[0].runs[0].bold = True
        c[1].text = v
        c[0].width = Cm(5.5); c[1].width = Cm(10.5)
    doc.add_paragraph()
    p = doc.add_paragraph("Schemat för de första veckorna finns i bilaga ")
    _fld(p, ' REF _Ref161234567 \\h ', "Fel! Referenskälla hittades inte.")
    p.add_run(" och på BYC:s lärplattform från den 4 mars.")
    doc.add_paragraph("Ta med").runs[0].bold = True
    for item in ("Giltig legitimation", "Skyddsskor (kan lånas första veckan)",
                 "Personnummer och kontonummer för aktivitetsstöd, om du inte redan lämnat det till Arbetsförmedlingen"):
        doc.add_paragraph("☐ " + item)
    if rc["grp"] == 2:
        p = doc.add_paragraph()
        r = p.add_run("Observera! I det första utskicket den 12 februari stod att utbildningen startar 2 mars 2026. "
                      "Starten är flyttad en vecka. Det nya datumet ovan gäller.")
        r.italic = True
    doc.add_paragraph("Varmt välkommen!")
    doc.add_paragraph("Med vänliga hälsningar\n\nKarin Västlund\nProjektledare, Kraftlinjen Dalarna\n"
                      "karin.vastlund@regiondalarna.se")


def _letter_en(doc, rc):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Ludvika ")
    _fld(p, ' DATE \\@ "d MMMM yyyy" ', "24 februari 2026")
    doc.add_paragraph(f"{rc['fn']} {rc['en']}\n{rc['adr']}\n{rc['post']} {rc['ort'].upper()}")
    h = doc.add_paragraph(); rr = h.add_run("Welcome to Elspåret – group 2 Ludvika!"); rr.bold = True; rr.font.size = Pt(14)
    doc.add_paragraph(f"Dear {rc['fn']},")
    doc.add_paragraph("The Swedish Public Employment Service (Arbetsförmedlingen) has referred you to Elspåret, "
                      "a vocational programme for electrical fitters within the project Kraftlinjen Dalarna. "
                      "The programme starts on Monday 9 March 2026 at 08:15 in room B214, "
                      "Bergslagens yrkescentrum (BYC), Hantverkargatan 6, Ludvika.")
    doc.add_paragraph("Please note: our first letter of 12 February said that the programme starts on 2 March. "
                      "That date is no longer valid.")
    doc.add_paragraph("Your contact person at BYC is Sara Lindkvist (study and career counsellor), phone 0240-866 12. "
                      f"Your case officer at Arbetsförmedlingen is {rc['hl']}.")
    doc.add_paragraph("Please bring valid ID and safety shoes (shoes can be borrowed during the first week).")
    doc.add_paragraph("Kind regards\n\nKarin Västlund\nProject manager, Kraftlinjen Dalarna")


def make_docx(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    _header_footer(sec)
    cp = doc.core_properties
    cp.title = "Kallelse Elspåret"; cp.author = "Karin Västlund"; cp.comments = "Kopplad från kallelse_mall.dotx"
    for i, rc in enumerate(RECIPIENTS):
        if i > 0:
            ns = doc.add_section(WD_SECTION.NEW_PAGE)
            ns.different_first_page_header_footer = True
        if rc["lang"] == "en":
            _letter_en(doc, rc)
        else:
            _letter_sv(doc, rc)
    import datetime, io, zipfile
    cp.created = datetime.datetime(2026, 2, 24, 9, 12, 0)
    cp.modified = datetime.datetime(2026, 2, 24, 9, 31, 0)
    cp.last_modified_by = "Karin Västlund"
    cp.revision = 3
    buf = io.BytesIO(); doc.save(buf)
    # rewrite the zip with fixed timestamps so the file is byte-identical between runs
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 24, 9, 31, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth

_FD = "/usr/share/fonts/truetype/dejavu/"
_REG = False


def _fonts():
    global _REG
    if _REG:
        return
    pdfmetrics.registerFont(TTFont("DVC", _FD + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DVCB", _FD + "DejaVuSansCondensed-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DV", _FD + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", _FD + "DejaVuSans-Bold.ttf"))
    _REG = True


def _c(c, deterministic_title, author):
    c.setTitle(deterministic_title); c.setAuthor(author); c.setCreator("r180"); c.setProducer("r180")


# ---------------------------------------------------------------- schedule
def _tmin(t):
    h, m = t.split(":"); return int(h) * 60 + int(m)

COL = {
    "Ellära": "#D6E9F8", "ESA": "#FDE2C4", "Install": "#D9EFD3", "Mat": "#EFE0F7",
    "SYV": "#FFF6C2", "Sv": "#E4E4E4", "Self": "#FFFFFF", "Visit": "#F9D3D3",
}

WEEK11 = [
    (0, "08:15", "09:30", "Uppstart och välkomst", "SLK", "B214", "SYV", False),
    (0, "09:45", "12:00", "Ellära grund", "MHO", "B214", "Ellära", False),
    (0, "13:00", "15:30", "Arbetsmiljö och skyddsutrustning", "PNY", "Verkstad 3", "Install", False),
    (1, "08:15", "12:00", "Ellära grund", "MHO", "B214", "Ellära", False),
    (1, "13:00", "15:30", "Matematik för elteknik", "JSA", "B118", "Mat", False),
    (2, "08:15", "12:00", "ESA Fackkunnig dag 1", "EBJ", "B110", "ESA", True),
    (2, "13:00", "15:30", "ESA Fackkunnig dag 1 (forts.)", "EBJ", "B110", "ESA", True),
    (3, "08:15", "12:00", "ESA Fackkunnig dag 2", "EBJ", "B110", "ESA", True),
    (3, "13:00", "15:00", "Svenska för yrket (tillval)", "LKA", "B118", "Sv", False),
    (4, "08:15", "10:30", "ESA Fackkunnig – prov", "EBJ", "B110", "ESA", True),
    (4, "10:45", "12:00", "Självstudier", "–", "B214", "Self", False),
    (4, "13:00", "14:30", "Installationsteknik intro", "PNY", "Verkstad 3", "Install", False),
]
WEEK12 = [
    (0, "08:15", "12:00", "Ellära", "MHO", "B214", "Ellära", False),
    (0, "13:00", "15:30", "Installationsteknik", "PNY", "Verkstad 3", "Install", False),
    (1, "08:15", "12:00", "Installationsteknik", "PNY", "Verkstad 3", "Install", False),
    (1, "13:00", "15:30", "Matematik för elteknik", "JSA", "B118", "Mat", False),
    (2, "08:15", "12:00", "APL-förberedelse", "SLK", "B214", "SYV", False),
    (2, "13:00", "15:30", "Ellära", "MHA", "B214", "Ellära", False),
    (3, "08:30", "12:00", "Studiebesök Ludvika Transformator AB", "MHO, SLK", "Huvudentrén", "Visit", True),
    (3, "13:00", "15:00", "Svenska för yrket (tillval)", "LKA", "B118", "Sv", False),
    (4, "08:15", "11:30", "Ellära – diagnos 1", "MHO", "B214", "Ellära", False),
    (4, "13:00", "14:30", "Självstudier", "–", "B214", "Self", False),
]


def _wrap(text, font, size, width):
    words = text.split(" "); lines = []; cur = ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines


def _grid_page(c, week, days, sessions, page, npages, bottom_lines):
    W, H = landscape(A4)
    # header band
    c.setFillColor(colors.HexColor("#1F3A5F")); c.rect(0, H - 34, W, 34, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("DVB", 11); c.drawString(28, H - 22, "BYC – Bergslagens yrkescentrum")
    c.setFont("DVC", 9); c.drawRightString(W - 28, H - 22, "Version 3 · 2026-03-04")
    c.setFillColor(colors.black); c.setFont("DVB", 15)
    c.drawString(28, H - 58, f"Schema Elspåret grupp 2 (Ludvika) – vecka {week}")
    c.setFont("DVC", 9); c.setFillColor(colors.HexColor("#555555"))
    c.drawRightString(W - 28, H - 58, "Kraftlinjen Dalarna · yrkesvux elmontör")
    c.setFillColor(colors.black)
    # grid geometry
    x0, x1 = 70, W - 28
    ytop, ybot = H - 92, 150
    t0, t1 = _tmin("08:00"), _tmin("16:00")
    colw = (x1 - x0) / 5
    ppm = (ytop - ybot) / (t1 - t0)
    # day headings
    c.setFont("DVCB", 9.5)
    for i, d in enumerate(days):
        c.setFillColor(colors.HexColor("#E8EEF5")); c.rect(x0 + i * colw, ytop, colw, 16, stroke=1, fill=1)
        c.setFillColor(colors.black); c.drawCentredString(x0 + i * colw + colw / 2, ytop + 4.5, d)
    # hour lines + time labels
    c.setLineWidth(0.3)
    for m in range(t0, t1 + 1, 30):
        y = ytop - (m - t0) * ppm
        c.setStrokeColor(colors.HexColor("#BBBBBB") if m % 60 else colors.HexColor("#888888"))
        c.line(x0, y, x1, y)
        if m % 60 == 0:
            c.setFont("DVC", 7.5); c.setFillColor(colors.HexColor("#444444"))
            c.drawRightString(x0 - 6, y - 3, f"{m // 60:02d}.00")
    c.setStrokeColor(colors.HexColor("#888888"))
    for i in range(6):
        c.line(x0 + i * colw, ytop, x0 + i * colw, ybot)
    # lunch band
    ly1 = ytop - (_tmin("12:00") - t0) * ppm; ly2 = ytop - (_tmin("13:00") - t0) * ppm
    c.setFillColor(colors.HexColor("#F2F2F2")); c.rect(x0, ly2, x1 - x0, ly1 - ly2, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#999999")); c.setFont("DVC", 8)
    c.drawCentredString((x0 + x1) / 2, (ly1 + ly2) / 2 - 3, "L U N C H   1 2 . 0 0 – 1 3 . 0 0")
    # sessions
    for (d, s, e, title, sig, room, kind, changed) in sessions:
        ya = ytop - (_tmin(s) - t0) * ppm; yb = ytop - (_tmin(e) - t0) * ppm
        bx = x0 + d * colw + 3; bw = colw - 6
        c.setFillColor(colors.HexColor(COL[kind]))
        if changed:
            c.setStrokeColor(colors.HexColor("#C00000")); c.setLineWidth(1.4)
        else:
            c.setStrokeColor(colors.HexColor("#6D7F94")); c.setLineWidth(0.6)
        c.roundRect(bx, yb + 1.5, bw, ya - yb - 3, 3, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DVC", 7); c.drawString(bx + 4, ya - 10, f"{s.replace(':', '.')}–{e.replace(':', '.')}")
        lines = _wrap(title + (" *" if changed else ""), "DVCB", 8.5, bw - 8)
        yy = ya - 21
        c.setFont("DVCB", 8.5)
        for ln in lines:
            c.drawString(bx + 4, yy, ln); yy -= 10
        c.setFont("DVC", 7.5); c.drawString(bx + 4, yy, f"{sig} · {room}")
    # bottom text
    c.setLineWidth(0.5); c.setStrokeColor(colors.black)
    y = ybot - 18
    for font, size, txt in bottom_lines:
        c.setFont(font, size); c.drawString(28, y, txt); y -= size + 4.5
    # footer
    c.setFont("DVC", 7); c.setFillColor(colors.HexColor("#666666"))
    c.drawString(28, 18, "Utskrift från BYC Schemaportal 2026-03-04 16:22 · Schemat kan ändras – kontrollera lärplattformen.")
    c.drawRightString(W - 28, 18, f"Sida {page} av {npages}")
    c.setFillColor(colors.black)


def make_schedule(path):
    _fonts()
    c = canvas.Canvas(path, pagesize=landscape(A4), invariant=1)
    _c(c, "Schema Elspåret grupp 2 vecka 11–12", "BYC Schemaportal")
    legend = [
        ("DVCB", 8.5, "Lärare (signatur)"),
        ("DVC", 8, "EBJ = Elin Björk (ESA) · JSA = Johan Sandahl (matematik) · LKA = Leila Karimi (svenska för yrket)"),
        ("DVC", 8, "MHO = Mats Holmgren (ellära) · MHA = Magnus Hallberg (vikarie ellära vecka 12)"),
        ("DVC", 8, "PNY = Petra Nyström (installationsteknik, arbetsmiljö) · SLK = Sara Lindkvist (SYV)"),
        ("DVCB", 8.5, "Salar"),
        ("DVC", 8, "B110, B118 och B214 = Hantverkargatan 6, plan 1–2 · Verkstad 3 = Industrihallen, ingång C"),
        ("DVC", 8, "* = ändrat sedan version 2 (röd ram)"),
    ]
    _grid_page(c, "11", ["Måndag 9/3", "Tisdag 10/3", "Onsdag 11/3", "Torsdag 12/3", "Fredag 13/3"],
               WEEK11, 1, 2, legend)
    c.showPage()
    changes = [
        ("DVCB", 9, "Ändringar"),
        ("DVC", 8, "Version 3 (2026-03-04): Studiebesöket hos Ludvika Transformator AB flyttas från onsdag 11 mars"),
        ("DVC", 8, "till torsdag 19 mars kl. 08.30. Samling vid huvudentrén. ESA Fackkunnig läggs i stället 11–13 mars."),
        ("DVC", 8, "Version 3 (2026-03-04): Omprov ESA Fackkunnig: fredag 27 mars kl. 08.15 i B110."),
        ("DVC", 8, "Version 2 (2026-02-26): Ellära flyttas från sal B212 till B214. Kursstart flyttad från 2 mars till 9 mars (styrgruppens beslut 18 februari)."),
        ("DVC", 8, "Version 1 (2026-02-10): Första versionen."),
        ("DVC", 8, "Se sida 1 för lärarsignaturer och salar."),
    ]
    _grid_page(c, "12", ["Måndag 16/3", "Tisdag 17/3", "Onsdag 18/3", "Torsdag 19/3", "Fredag 20/3"],
               WEEK12, 2, 2, changes)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- payment claim
def _portal_chrome(c, page, npages):
    W, H = A4
    c.setFillColor(colors.HexColor("#14365D")); c.rect(0, H - 40, W, 40, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("DVB", 13); c.drawString(36, H - 26, "Projektrummet")
    c.setFont("DV", 8.5); c.drawRightString(W - 36, H - 18, "Svenska ESF-rådet")
    c.drawRightString(W - 36, H - 30, "Inloggad: Lena Wiklund (Region Dalarna)")
    c.setFillColor(colors.HexColor("#666666")); c.setFont("DV", 6.5)
    c.drawString(36, 22, "Utskrift från Projektrummet 2026-06-22 14:05 · https://projektrummet.esf.se/arende/2025-00487/utbetalning/3")
    c.drawRightString(W - 36, 22, f"Sida {page} av {npages}")
    c.setFillColor(colors.black)


def _section(c, y, text):
    W, _ = A4
    c.setFillColor(colors.HexColor("#E6ECF3")); c.rect(36, y - 5, W - 72, 17, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#14365D")); c.setFont("DVB", 10); c.drawString(42, y, text)
    c.setFillColor(colors.black)
    return y - 24


def _field(c, x, y, w, label, value, req=False):
    c.setFont("DV", 6.8); c.setFillColor(colors.HexColor("#555555"))
    c.drawString(x, y + 13, label + (" *" if req else ""))
    c.setStrokeColor(colors.HexColor("#9AA8B8")); c.setLineWidth(0.5)
    c.setFillColor(colors.HexColor("#FAFBFC")); c.rect(x, y - 4, w, 15, stroke=1, fill=1)
    c.setFillColor(colors.black); c.setFont("DV", 8.3); c.drawString(x + 4, y + 0.5, value)


def _checkbox(c, x, y, checked, label):
    c.setStrokeColor(colors.black); c.setLineWidth(0.6); c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
    if checked:
        c.line(x + 1.5, y + 3, x + 3.5, y + 0.5); c.line(x + 3.5, y + 0.5, x + 7, y + 6.5)
    c.setFont("DV", 8.3); c.drawString(x + 12, y, label)


def _table(c, x, y, widths, rows, header_rows=1, bold_last=False, rowh=15, fs=8):
    yy = y
    for ri, row in enumerate(rows):
        is_head = ri < header_rows
        h = rowh * (2 if is_head and any("\n" in str(v) for v in row) else 1)
        if is_head:
            c.setFillColor(colors.HexColor("#14365D")); c.rect(x, yy - h, sum(widths), h, stroke=0, fill=1)
        elif ri % 2 == 0:
            c.setFillColor(colors.HexColor("#F3F5F8")); c.rect(x, yy - h, sum(widths), h, stroke=0, fill=1)
        xx = x
        for ci, v in enumerate(row):
            lines = str(v).split("\n")
            if is_head:
                c.setFillColor(colors.white); c.setFont("DVB", fs - 0.5)
            else:
                c.setFillColor(colors.black)
                c.setFont("DVB" if (bold_last and ri == len(rows) - 1) else "DV", fs)
            for li, ln in enumerate(lines):
                ty = yy - 10.5 - li * 10
                if ci == 0:
                    c.drawString(xx + 4, ty, ln)
                else:
                    c.drawRightString(xx + widths[ci] - 4, ty, ln)
            xx += widths[ci]
        c.setStrokeColor(colors.HexColor("#C5CED9")); c.setLineWidth(0.4)
        c.line(x, yy - h, x + sum(widths), yy - h)
        yy -= h
    c.setFillColor(colors.black)
    return yy


def make_claim(path):
    _fonts()
    W, H = A4
    NB = "\u00a0"
    def kr(n):
        s = f"{n:,}".replace(",", NB)
        return s
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    _c(c, "Ansökan om utbetalning 3 – 2025-00487", "Projektrummet")
    # ---- page 1
    _portal_chrome(c, 1, 3)
    c.setFont("DV", 7.5); c.setFillColor(colors.HexColor("#14365D"))
    c.drawString(36, H - 56, "Mina projekt  ›  Kraftlinjen Dalarna  ›  Utbetalningar  ›  Ansökan om utbetalning 3")
    c.setFillColor(colors.black); c.setFont("DVB", 17); c.drawString(36, H - 82, "Ansökan om utbetalning 3")
    c.setFillColor(colors.HexColor("#2E7D32")); c.roundRect(W - 150, H - 86, 114, 18, 8, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("DVB", 8.5); c.drawCentredString(W - 93, H - 80, "Status: Beslutad")
    c.setFillColor(colors.HexColor("#555555")); c.setFont("DV", 7.5)
    c.drawString(36, H - 98, "Fält markerade med * är obligatoriska.")
    c.setFillColor(colors.black)
    y = _section(c, H - 122, "1. Projektuppgifter")
    half = (W - 72 - 14) / 2
    rows = [
        (("Ärende-ID", "2025-00487"), ("Stödmottagare", "Region Dalarna")),
        (("Projektnamn", "Kraftlinjen Dalarna – kompetensförsörjning för elektrifieringen"), None),
        (("Organisationsnummer", "232100-0180"), ("Programområde", "A – Kompetensförsörjning")),
        (("Projektperiod", "2025-09-01 – 2027-08-31"), ("Beviljat ESF+-stöd", "9 200 000 kronor")),
        (("Stödandel", "50 procent"), ("Kontaktperson ekonomi", "Lena Wiklund, 023-49 37 15")),
    ]
    for left, right in rows:
        if right is None:
            _field(c, 36, y, W - 72, *left)
        else:
            _field(c, 36, y, half, *left); _field(c, 36 + half + 14, y, half, *right)
        y -= 31
    y = _section(c, y - 4, "2. Redovisningsperiod")
    _field(c, 36, y, 120, "Från", "2026-01-01", True)
    _field(c, 170, y, 120, "Till", "2026-04-30", True)
    c.setFont("DV", 6.8); c.setFillColor(colors.HexColor("#555555")); c.drawString(310, y + 13, "Slutredovisning *")
    c.setFillColor(colors.black)
    _checkbox(c, 310, y, False, "Ja"); _checkbox(c, 350, y, True, "Nej")
    y -= 31
    _field(c, 36, y, W - 72, "Inskickad", "2026-05-28 av Anders Hammarén (projektledare)")
    y -= 34
    y = _section(c, y, "3. Redovisade kostnader (kronor)")
    budget = [7860000, 8200000, 420000, 241000, 1179000]
    tidig = [1696000, 960000, 52000, 19000, 254400]
    denna = [842300, 512000, 38600, 21441, 126345]
    names = ["Personal", "Externa tjänster", "Resor och logi", "Övriga kostnader", "Indirekta kostnader¹"]
    trows = [["Kostnadsslag", "Budget hela\nprojektet²", "Redovisat\ntidigare", "Redovisat\ndenna period", "Ackumulerat"]]
    for i, n in enumerate(names):
        trows.append([n, kr(budget[i]), kr(tidig[i]), kr(denna[i]), kr(tidig[i] + denna[i])])
    trows.append(["Summa", kr(sum(budget)), kr(sum(tidig)), kr(sum(denna)), kr(sum(tidig) + sum(denna))])
    y = _table(c, 36, y + 8, [150, 92, 87, 96, 98], trows, bold_last=True)
    c.setFont("DV", 6.8)
    c.drawString(36, y - 11, "¹ Indirekta kostnader beräknas som en schablon på 15 procent av redovisade personalkostnader.")
    c.drawString(36, y - 21, "² Exklusive bidrag i annat än pengar från Arbetsförmedlingen (deltagarersättning), 500 000 kronor för hela projektet.")
    c.showPage()
    # ---- page 2
    _portal_chrome(c, 2, 3)
    y = H - 70
    y = _section(c, y, "4. Sökt stöd")
    _field(c, 36, y, half, "Stödberättigande kostnader denna period", kr(sum(denna)) + " kronor")
    _field(c, 36 + half + 14, y, half, "Sökt belopp (50 procent)", kr(770343) + " kronor", True)
    y -= 31
    _field(c, 36, y, half, "Tidigare utbetalt stöd (ansökan 1–2)", kr(1490700) + " kronor")
    _field(c, 36 + half + 14, y, half, "Förskott", "Nej")
    y -= 38
    y = _section(c, y, "5. Deltagare")
    drows = [["", "Kvinnor", "Män", "Totalt"],
             ["Nya deltagare under perioden", "9", "21", "30"],
             ["Avslutade under perioden", "6", "11", "17"],
             ["Ackumulerat sedan projektstart", "43", "84", "127"]]
    y = _table(c, 36, y + 8, [230, 80, 80, 80], drows)
    c.setFont("DV", 6.8)
    c.drawString(36, y - 11, "Deltagare räknas när de påbörjat en insats. Uppgifterna hämtas från deltagarregistreringen i Projektrummet.")
    y -= 34
    y = _section(c, y, "6. Lägesbeskrivning")
    c.setFont("DV", 8.3)
    for ln in [
        "Elspåret grupp 2 startade i Ludvika den 9 mars 2026 med 16 deltagare och grupp 3 i Smedjebacken den 16 mars 2026.",
        "Valideringsbryggan har genomfört 11 valideringar i Borlänge och Avesta under perioden.",
        "Företagslyftet: riktlinjerna för kompetenscheck reviderades den 2 mars 2026 (version 2.0.0).",
        "Ny projektledare från 1 april 2026 är Anders Hammarén. Karin Västlund avslutade sitt uppdrag 31 mars 2026.",
    ]:
        c.drawString(36, y, ln); y -= 12.5
    y -= 14
    y = _section(c, y, "7. Intygande")
    _checkbox(c, 36, y, True, "Jag intygar att uppgifterna i ansökan är riktiga och att kostnaderna har betalats.")
    y -= 30
    _field(c, 36, y, half, "Signerad elektroniskt av", "Anders Hammarén, projektledare")
    _field(c, 36 + half + 14, y, half, "Tidpunkt", "2026-05-28 09:41")
    y -= 31
    _field(c, 36, y, half, "Firmatecknare", "Lotta Fernström, regional utvecklingsdirektör")
    _field(c, 36 + half + 14, y, half, "Tidpunkt", "2026-05-28 13:02")
    c.showPage()
    # ---- page 3
    _portal_chrome(c, 3, 3)
    y = H - 70
    y = _section(c, y, "Kommentarer")
    c.setFont("DV", 8.3)
    for who, txt in [
        ("2026-06-05 Per Dahlberg (ESF-rådet):", "Komplettering begärd – körjournal för resor i mars saknas."),
        ("2026-06-15 Lena Wiklund (Region Dalarna):", "Körjournal saknas för två resor. Övriga underlag bifogade."),
    ]:
        c.setFont("DVB", 8.3); c.drawString(36, y, who); y -= 12
        c.setFont("DV", 8.3); c.drawString(48, y, txt); y -= 18
    y -= 8
    # decision box
    bx, bw, bh = 36, W - 72, 250
    c.setStrokeColor(colors.HexColor("#14365D")); c.setLineWidth(1.2)
    c.setFillColor(colors.HexColor("#F4F6F9")); c.rect(bx, y - bh, bw, bh, stroke=1, fill=1)
    c.setFillColor(colors.HexColor("#14365D")); c.setFont("DVB", 12); c.drawString(bx + 12, y - 20, "Beslut om utbetalning")
    c.setFillColor(colors.black)
    yy = y - 44
    items = [
        ("Beslutsdatum", "2026-06-19"),
        ("Handläggare", "Per Dahlberg"),
        ("Redovisade kostnader", kr(1540686) + " kronor"),
        ("Ej stödberättigande kostnader", kr(14200) + " kronor"),
        ("Godkända kostnader", kr(1526486) + " kronor"),
        ("Sökt belopp", kr(770343) + " kronor"),
        ("Beslutat belopp att betala ut", kr(763243) + " kronor"),
    ]
    for k, v in items:
        c.setFont("DV", 8.5); c.drawString(bx + 12, yy, k)
        c.setFont("DVB" if k.startswith("Beslutat") else "DV", 8.5); c.drawString(bx + 190, yy, v)
        yy -= 14
    yy -= 6
    c.setFont("DV", 8.3)
    for ln in ["Motivering: Resekostnader om 14 200 kronor (verifikationer 2026-0311 och 2026-0318) saknar",
               "underlag i form av körjournal och är inte stödberättigande. Stödet minskas därför med 7 100 kronor.",
               "Utbetalning sker till bankgiro 5051-8830 inom tio bankdagar från beslutet."]:
        c.drawString(bx + 12, yy, ln); yy -= 12
    # rotated stamp
    c.saveState()
    c.translate(W - 150, y - 95); c.rotate(14)
    c.setStrokeColor(colors.HexColor("#2E7D32")); c.setFillColor(colors.HexColor("#2E7D32")); c.setLineWidth(2)
    c.roundRect(-62, -16, 124, 36, 5, stroke=1, fill=0)
    c.setFont("DVB", 13); c.drawCentredString(0, 4, "BESLUTAD")
    c.setFont("DVB", 8); c.drawCentredString(0, -9, "ESF-rådet 2026-06-19")
    c.restoreState()
    c.setFont("DV", 6.8); c.setFillColor(colors.HexColor("#555555"))
    c.drawString(36, y - bh - 14, "Information om hur beslutet kan överklagas finns på esf.se under Överklaga beslut.")
    c.showPage()
    c.save()


FILES = {
    "md_marp": "Kraftlinjen_styrgrupp_2026-02-18_bilder.md",
    "docx": "Elsparet_kallelser_grupp2_3_koppling.docx",
    "pdf_schema": "BYC_schema_Elsparet_grupp2_v11-12_version3.pdf",
    "pdf_claim": "Projektrummet_ansokan_om_utbetalning_3.pdf",
    "txt_json": "projektbanken_export_RD25-04711_2026-09-30.txt",
    "md_changelog": "CHANGELOG_kompetenscheck_foretagslyftet.md",
}


def main(out):
    import os
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, FILES["md_marp"]), "w", encoding="utf-8", newline="\n") as f:
        f.write(MARP)
    with open(os.path.join(out, FILES["md_changelog"]), "w", encoding="utf-8", newline="\n") as f:
        f.write(CHANGELOG)
    with open(os.path.join(out, FILES["txt_json"]), "w", encoding="utf-8", newline="\n") as f:
        f.write(projektbanken_json())
    make_docx(os.path.join(out, FILES["docx"]))
    make_schedule(os.path.join(out, FILES["pdf_schema"]))
    make_claim(os.path.join(out, FILES["pdf_claim"]))
    for k in sorted(FILES.values()):
        print("wrote", os.path.join(out, k))


if __name__ == "__main__":
    import sys
    if len(sys.argv) != 2:
        sys.exit("usage: python r180_make_files.py OUT_DIR")
    main(sys.argv[1])
