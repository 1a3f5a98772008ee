"""Skapar en liten kunskapsbank för en regional utvecklingsenhet (runda 71).

Användning: python make_files.py OUT_DIR
Län: Hallands, Kronobergs och Jönköpings län.
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from docx import Document
from docx.shared import Pt
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

rng = np.random.default_rng(71)
LAN = ["Hallands län", "Kronobergs län", "Jönköpings län"]
YEARS = [2022, 2023, 2024, 2025]


def sv_int(x):
    return f"{int(round(x)):,}".replace(",", " ")


def sv_dec(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")


# ---------------------------------------------------------------- 1. DOCX-memo
def make_memo(out: Path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_paragraph("Region Halland – Regional utveckling\nDiarienummer: RU 2025/0412\nDatum: 2025-12-02")
    doc.add_heading("Tjänsteskrivelse: Medfinansiering av projektet Smart Industri Småland-Halland", 1)

    doc.add_heading("Ärende", 2)
    doc.add_paragraph(
        "Tillväxtcentrum Småland-Halland ekonomisk förening har ansökt om regional medfinansiering "
        "för projektet Smart Industri Småland-Halland. Projektet ska stödja små och medelstora "
        "tillverkningsföretag i Hallands, Kronobergs och Jönköpings län att digitalisera och "
        "automatisera sin produktion. Projektledare är Karin Lindqvist, Tillväxtcentrum "
        "Småland-Halland.")

    doc.add_heading("Förslag till beslut", 2)
    doc.add_paragraph(
        "Regionala utvecklingsnämnden beslutar att medfinansiera projektet Smart Industri "
        "Småland-Halland med högst 1 850 000 kronor under perioden 2026–2028, under förutsättning "
        "att Tillväxtverket beviljar medel ur Europeiska regionala utvecklingsfonden (ERUF).",
        style="List Number")
    doc.add_paragraph(
        "Medfinansieringen belastar anslaget för regionala tillväxtmedel (1:1-anslaget).",
        style="List Number")

    doc.add_heading("Bakgrund", 2)
    doc.add_paragraph(
        "Tillverkningsindustrin står för en stor del av sysselsättningen i de tre länen, men "
        "andelen företag som använder automatisering och industriell digitalisering är lägre än i "
        "riket. Projektet bygger vidare på förstudien Industri 2030 som genomfördes 2024. "
        "Projektet omfattar 60 företag, varav 25 i Jönköpings län, 20 i Hallands län och 15 i "
        "Kronobergs län. Projektet löper från 2026-01-01 till 2028-12-31. En första "
        "delrapport ska lämnas till styrgruppen senast 2026-09-30.")

    doc.add_heading("Ekonomiska konsekvenser", 2)
    doc.add_paragraph(
        "Projektets totala budget är 7 400 000 kronor. Region Hallands andel är 1 850 000 kronor, "
        "fördelat med 600 000 kronor 2026, 650 000 kronor 2027 och 600 000 kronor 2028. "
        "Medfinansieringen ryms inom nämndens budget för regionala tillväxtmedel och kräver inga "
        "nya medel. Finansieringen framgår av tabellen nedan.")
    fin = [("Finansiär", "Belopp (kr)", "Andel (%)"),
           ("ERUF (Tillväxtverket)", 2960000, None),
           ("Region Halland", 1850000, None),
           ("Region Jönköpings län", 1480000, None),
           ("Region Kronoberg", 1110000, None)]
    total = sum(r[1] for r in fin[1:])
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(fin[0]):
        t.rows[0].cells[i].text = h
    for name, amt, _ in fin[1:]:
        c = t.add_row().cells
        c[0].text = name
        c[1].text = sv_int(amt)
        c[2].text = sv_dec(100 * amt / total)
    c = t.add_row().cells
    c[0].text = "Summa"
    c[1].text = sv_int(total)
    c[2].text = "100,0"

    doc.add_heading("Beslutsunderlag", 2)
    for s in ["Tjänsteskrivelse 2025-12-02",
              "Ansökan från Tillväxtcentrum Småland-Halland, inkommen 2025-10-15",
              "Projektbudget Smart Industri Småland-Halland",
              "Slutrapport förstudien Industri 2030"]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_paragraph("")
    doc.add_paragraph("Anders Holmgren\nUtvecklingsstrateg, Regional utveckling")
    doc.add_paragraph("Maria Ek\nAvdelningschef, Regional utveckling")
    doc.save(out / "Tjanstskrivelse_medfinansiering_Smart_Industri.docx")


# ---------------------------------------------------------------- 2. Årsrapport (PDF)
def indicators():
    base_new = {"Hallands län": 2900, "Kronobergs län": 1700, "Jönköpings län": 3100}
    nyst = {}
    for l in LAN:
        v = base_new[l]
        vals = []
        for _ in YEARS:
            v = v * (1 + rng.normal(0.02, 0.04))
            vals.append(int(round(v)))
        nyst[l] = vals
    syss = [round(80.5 + 0.4 * i + rng.normal(0, 0.3), 1) for i in range(4)]
    arbl = [round(6.4 + 0.3 * i + rng.normal(0, 0.3), 1) for i in range(4)]
    eft = [round(39.0 + 0.7 * i + rng.normal(0, 0.2), 1) for i in range(4)]
    medel = [round(float(x), 1) for x in rng.uniform(140, 190, 4)]
    return nyst, syss, arbl, eft, medel


def make_report(out: Path):
    nyst, syss, arbl, eft, medel = indicators()
    tot_nyst = [sum(nyst[l][i] for l in LAN) for i in range(4)]

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Heading1"], ss["Heading2"]
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Oblique", fontSize=9)
    story = []
    story += [Spacer(1, 4 * cm), Paragraph("Årsrapport 2025 – Regional utveckling", ss["Title"]),
              Paragraph("Hallands, Kronobergs och Jönköpings län – gemensam uppföljning", body),
              Paragraph("Utgiven av Regionala utvecklingsnätverket Småland-Halland, mars 2026", body),
              PageBreak()]
    story += [Paragraph("Innehåll", h1)]
    toc = [("1. Sammanfattning", 3), ("2. Regionala prioriteringar", 3),
           ("3. Näringsliv och nyföretagande", 4), ("4. Arbetsmarknad och kompetens", 5),
           ("5. Nyckeltal 2022–2025", 6), ("6. Ordlista", 7)]
    story.append(Table([[a, str(b)] for a, b in toc], colWidths=[12 * cm, 2 * cm]))
    story.append(PageBreak())

    story.append(Paragraph("1. Sammanfattning", h1))
    box = Table([[Paragraph(
        "<b>Året i korthet</b><br/>"
        f"– Antalet nystartade företag i de tre länen ökade till {sv_int(tot_nyst[3])} år 2025.<br/>"
        f"– Sysselsättningsgraden (20–64 år) var {sv_dec(syss[3])} procent 2025.<br/>"
        f"– Arbetslösheten var {sv_dec(arbl[3])} procent 2025, jämfört med {sv_dec(arbl[2])} procent 2024.<br/>"
        f"– {sv_dec(medel[3])} miljoner kronor i regionala tillväxtmedel beviljades under 2025.<br/>"
        "– Bristen på tekniker och undersköterskor är fortsatt den största utmaningen för "
        "kompetensförsörjningen.", body)]], colWidths=[15 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.darkblue),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E8EEF8")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    story += [box, Spacer(1, 0.5 * cm)]
    story.append(Paragraph(
        "Rapporten följer upp de regionala utvecklingsstrategierna (RUS) i de tre länen. "
        "Utvecklingen under 2025 präglades av en svagare konjunktur med stigande arbetslöshet, "
        "samtidigt som nyföretagandet höll uppe sig. Samverkan över länsgränserna har fördjupats, "
        "bland annat genom nätverksträffar och projektet Smart Industri Småland-Halland.", body))
    story.append(Paragraph("2. Regionala prioriteringar", h1))
    story.append(Paragraph("Nätverket har för perioden 2025–2027 enats om fyra prioriteringar:", body))
    for p in ["Kompetensförsörjning och livslångt lärande",
              "Grön omställning i industrin",
              "Digital infrastruktur och bredband på landsbygden",
              "Hållbara transporter och regionförstoring"]:
        story.append(Paragraph("– " + p, body))
    story.append(PageBreak())

    story.append(Paragraph("3. Näringsliv och nyföretagande", h1))
    story.append(Paragraph(
        "Nyföretagandet ökade i samtliga tre län under perioden. Jönköpings län har flest "
        "nystartade företag, medan Kronobergs län har flest nystartade företag per invånare "
        "inom kunskapsintensiva tjänster.", body))
    d = Drawing(400, 200)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.height, bc.width = 50, 30, 150, 320
    bc.data = [tuple(nyst[l]) for l in LAN]
    bc.categoryAxis.categoryNames = [str(y) for y in YEARS]
    bc.valueAxis.valueMin = 0
    d.add(bc)
    story += [d, Paragraph("Figur 1. Antal nystartade företag per län 2022–2025. Källa: Tillväxtanalys.", cap)]
    story.append(Paragraph("Tabell 2. Nystartade företag per län", h2))
    rows = [["Län"] + [str(y) for y in YEARS]]
    for l in LAN:
        rows.append([l] + [sv_int(v) for v in nyst[l]])
    rows.append(["Totalt"] + [sv_int(v) for v in tot_nyst])
    t = Table(rows)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, PageBreak()]

    story.append(Paragraph("4. Arbetsmarknad och kompetens", h1))
    story.append(Paragraph(
        "Arbetslösheten steg under 2025, främst bland unga och utrikes födda. "
        "Arbetsförmedlingens prognoser pekar på fortsatt brist på tekniker, undersköterskor och "
        "lärare. Andelen med eftergymnasial utbildning ökar men ligger under riksgenomsnittet.", body))
    d2 = Drawing(400, 180)
    bc2 = VerticalBarChart()
    bc2.x, bc2.y, bc2.height, bc2.width = 50, 30, 130, 320
    bc2.data = [tuple(arbl)]
    bc2.categoryAxis.categoryNames = [str(y) for y in YEARS]
    bc2.valueAxis.valueMin = 0
    d2.add(bc2)
    story += [d2, Paragraph(
        "Figur 2. Arbetslöshet 16–64 år i de tre länen sammantaget 2022–2025, procent av "
        "arbetskraften. Källa: SCB, arbetskraftsundersökningarna (AKU).", cap), PageBreak()]

    story.append(Paragraph("5. Nyckeltal 2022–2025", h1))
    story.append(Paragraph("Tabell 1. Nyckeltal för Hallands, Kronobergs och Jönköpings län sammantaget", h2))
    rows = [["Nyckeltal"] + [str(y) for y in YEARS],
            ["Sysselsättningsgrad 20–64 år (%)"] + [sv_dec(v) for v in syss],
            ["Arbetslöshet 16–64 år (%)"] + [sv_dec(v) for v in arbl],
            ["Nystartade företag (antal)"] + [sv_int(v) for v in tot_nyst],
            ["Eftergymnasial utbildning 25–64 år (%)"] + [sv_dec(v) for v in eft],
            ["Beviljade tillväxtmedel (mnkr)"] + [sv_dec(v) for v in medel]]
    t = Table(rows)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, Spacer(1, 0.4 * cm), Paragraph(
        "Källor: SCB, Tillväxtanalys och regionernas egna uppgifter.", cap), PageBreak()]

    story.append(Paragraph("6. Ordlista", h1))
    for term, exp in [
        ("ERUF", "Europeiska regionala utvecklingsfonden, EU:s fond för regional utveckling."),
        ("RUS", "Regional utvecklingsstrategi, länets övergripande strategi för hållbar regional tillväxt."),
        ("1:1-anslaget", "Statens anslag för regionala tillväxtåtgärder som regionerna fördelar som regionala tillväxtmedel."),
        ("Regionförstoring", "Att arbetsmarknadsregioner växer ihop genom bättre pendlingsmöjligheter."),
        ("Smart specialisering", "Att regionen satsar på de styrkeområden där den har konkurrensfördelar.")]:
        story.append(Paragraph(f"<b>{term}</b> – {exp}", body))

    def page_no(c, doc_):
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc_.page}")

    SimpleDocTemplate(str(out / "Arsrapport_2025_Regional_utveckling.pdf"), pagesize=A4,
                      title="Årsrapport 2025 – Regional utveckling").build(
        story, onFirstPage=page_no, onLaterPages=page_no)


# ---------------------------------------------------------------- 3. Mötesanteckningar (MD)
MEETINGS = """# Minnesanteckningar – Regionala utvecklingsnätverket Småland-Halland

## Nätverksträff 2025-09-18

**Plats:** Region Kronoberg, Växjö
**Närvarande:** Maria Ek (Region Halland), Lena Strand (Region Kronoberg), Erik Sandberg (Region Jönköpings län), Anders Holmgren (Region Halland), Karin Lindqvist (Tillväxtcentrum Småland-Halland)

### Punkter
1. Lägesrapport om projektet Smart Industri Småland-Halland. Ansökan till ERUF lämnas in i oktober.
2. Kompetensförsörjning: behovet av tekniker är stort i alla tre län.

### Beslut
- Nätverket beslutade att bilda en gemensam arbetsgrupp för kompetensförsörjning med en representant från varje region.
- Nätverket beslutade att nästa träff hålls i Halmstad.

### Åtgärdspunkter
- Lena Strand sammanställer en kartläggning av kompetensbehoven i de tre länen senast 2025-10-31.
- Anders Holmgren skriver tjänsteskrivelse om medfinansiering av Smart Industri.

## Nätverksträff 2025-11-20

**Plats:** Region Halland, Halmstad
**Närvarande:** Maria Ek, Lena Strand, Erik Sandberg, Sofia Berg (Region Halland)

### Punkter
1. Lena Strand redovisade kartläggningen av kompetensbehov. Störst brist på tekniker och undersköterskor.
2. Planering av regionalt forum i februari 2026.

### Beslut
- Nätverket beslutade att anta en gemensam handlingsplan för kompetensförsörjning 2026.
- Nätverket beslutade att regionalt forum hålls 2026-02-05 på Elmia i Jönköping.
- Budget för forumet fastställdes till 120 000 kronor, som delas lika mellan regionerna.

### Åtgärdspunkter
- Erik Sandberg bokar lokal och skickar inbjudan till forumet senast 2025-12-15.
- Sofia Berg uppdaterar anvisningen om hur man ansöker om regionala tillväxtmedel inför 2026.
"""

# ---------------------------------------------------------------- 4. Instruktion (TXT)
INSTRUCTION = """Så ansöker du om regionala tillväxtmedel
========================================

Region Halland, Region Kronoberg och Region Jönköpings län beviljar regionala tillväxtmedel
(1:1-anslaget) till projekt som stärker den regionala utvecklingen enligt RUS.

Vem kan söka?
Kommuner, regioner, högskolor, ideella föreningar och andra offentliga eller icke-vinstdrivande
organisationer. Företag kan inte söka projektmedel för egen verksamhet.

Steg för steg
1. Kontakta en handläggare på din region och beskriv din projektidé innan du ansöker.
2. Skapa ett konto i Tillväxtverkets e-tjänst Min ansökan.
3. Fyll i ansökan med projektplan, budget och tidplan, och bifoga intyg om medfinansiering.
4. Skicka in ansökan senast sista ansökningsdag.
5. Handläggaren bedömer ansökan och kan begära kompletteringar.
6. Beslut fattas inom tio veckor efter sista ansökningsdag.

Sista ansökningsdag 2026
- Vårens utlysning: 15 mars 2026
- Höstens utlysning: 15 september 2026

Villkor
- Projektet ska ha minst 50 procent medfinansiering från andra finansiärer.
- Lägsta belopp som kan sökas är 200 000 kronor.
- Projekttiden får vara högst tre år.

Kontakt
Sofia Berg, handläggare regionala tillväxtmedel, Region Halland
E-post: sofia.berg@regionhalland.example
Telefon: 035-13 48 00
"""


# ---------------------------------------------------------------- 5. Dagordning (PDF)
def make_agenda(out: Path):
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [Paragraph("Dagordning regionalt forum 2026-02-05", ss["Title"]),
             Paragraph("Tema: Kompetens och omställning i Småland-Halland", body),
             Paragraph("Plats: Elmia, Jönköping. Moderator: Sofia Berg, Region Halland.", body),
             Spacer(1, 0.5 * cm)]
    rows = [["Tid", "Punkt", "Talare"],
            ["09.30", "Registrering och kaffe", "–"],
            ["10.00", "Välkommen och inledning", "Maria Ek, Region Halland"],
            ["10.20", "Läget i regionernas ekonomi och arbetsmarknad", "Johan Nilsson, Arbetsförmedlingen"],
            ["11.00", "Kartläggning av kompetensbehov i tre län", "Lena Strand, Region Kronoberg"],
            ["11.45", "Lunch", "–"],
            ["13.00", "Smart Industri Småland-Halland – så kommer vi igång", "Karin Lindqvist, Tillväxtcentrum"],
            ["13.45", "Panelsamtal: Grön omställning i industrin", "Ahmed Yusuf, Jönköping University m.fl."],
            ["14.45", "Sammanfattning och avslutning", "Erik Sandberg, Region Jönköpings län"],
            ["15.00", "Forumet avslutas", "–"]]
    t = Table(rows, colWidths=[2 * cm, 8.5 * cm, 6.5 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story += [t, Spacer(1, 0.5 * cm),
              Paragraph("Anmälan senast 2026-01-22 till Erik Sandberg. Forumet är kostnadsfritt.", body)]
    SimpleDocTemplate(str(out / "Dagordning_regionalt_forum_2026-02-05.pdf"), pagesize=A4,
                      title="Dagordning regionalt forum 2026-02-05").build(story)


# ---------------------------------------------------------------- 6. CSV-export
def make_csv(out: Path):
    names = ["Kompetenslyft industri", "Grön vätgas Halland", "Bredband Småländska höglandet",
             "Besöksnäring året runt", "Cirkulära möbler", "Digital vård på distans",
             "Innovationsslussen", "Laddinfrastruktur E4", "Unga entreprenörer", "Skogens nya värden",
             "Livsmedelsinnovation Halland", "Tekniksprånget regionalt", "Kulturella näringar",
             "Hållbar logistik Nässjö", "Vattensmart landsbygd", "Industriell AI-pilot",
             "Kustnära turism", "Glasriket 2.0", "Jämställd tillväxt", "Validering i vården"]
    owners = {"Hallands län": ["Högskolan i Halmstad", "Region Halland", "Falkenbergs kommun",
                               "Varbergs kommun", "Almi Företagspartner Halland"],
              "Kronobergs län": ["Linnéuniversitetet", "Region Kronoberg", "Ljungby kommun",
                                 "Älmhults kommun", "Växjö kommun"],
              "Jönköpings län": ["Jönköping University", "Region Jönköpings län", "Nässjö kommun",
                                 "Värnamo kommun", "Science Park Jönköping"]}
    lan_for = rng.choice(LAN, size=len(names))
    rows = []
    for n, l in zip(names, lan_for):
        amt = int(round(rng.uniform(250_000, 3_500_000), -3))
        y = int(rng.choice([2024, 2025]))
        m = int(rng.integers(1, 13))
        start = pd.Timestamp(y, m, 1)
        end = start + pd.DateOffset(months=int(rng.choice([12, 18, 24, 36]))) - pd.Timedelta(days=1)
        rows.append({"projekt": n, "projektägare": rng.choice(owners[l]), "län": l,
                     "beviljat belopp (kr)": amt, "start": start.date().isoformat(),
                     "slut": end.date().isoformat()})
    pd.DataFrame(rows).to_csv(out / "beviljade_projekt_2024_2025.csv", sep=";", index=False,
                              encoding="utf-8")


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    make_memo(out)
    make_report(out)
    (out / "Natverkstraffar_2025.md").write_text(MEETINGS, encoding="utf-8")
    (out / "Sa_ansoker_du_om_regionala_tillvaxtmedel.txt").write_text(INSTRUCTION, encoding="utf-8")
    make_agenda(out)
    make_csv(out)


if __name__ == "__main__":
    main()
