"""Skapar en liten kunskapsbank för en regional utvecklingsenhet (omgång 75).

Användning: python make_files.py OUT_DIR
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

RNG = np.random.default_rng(75)
LAN = ["Värmlands län", "Gotlands län", "Blekinge län"]
AKTIVITETER = ["Energikartläggning", "Klimatbokslut-utbildning",
               "Informationsmöte innovationscheckar", "Kompetensförsörjningsworkshop"]
KVARTAL = ["2025 kv1", "2025 kv2", "2025 kv3"]


# ---------------------------------------------------------------- 6. XLSX
def make_participants():
    rows = []
    base = {"Energikartläggning": 14, "Klimatbokslut-utbildning": 40,
            "Informationsmöte innovationscheckar": 55, "Kompetensförsörjningsworkshop": 30}
    size = {"Värmlands län": 1.6, "Gotlands län": 0.7, "Blekinge län": 1.2}
    for lan in LAN:
        for akt in AKTIVITETER:
            for i, kv in enumerate(KVARTAL):
                total = int(round(base[akt] * size[lan] * (1 + 0.15 * i) * RNG.uniform(0.75, 1.25)))
                kvinnor = int(RNG.binomial(total, RNG.uniform(0.38, 0.62)))
                rows.append({"Aktivitet": akt, "Län": lan, "Kvartal": kv,
                             "Kvinnor": kvinnor, "Män": total - kvinnor, "Totalt": total})
    return pd.DataFrame(rows)


def write_xlsx(df, path):
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        df.to_excel(xw, sheet_name="Deltagare", index=False, startrow=2)
        ws = xw.sheets["Deltagare"]
        ws["A1"] = "Deltagare per aktivitet och kvartal 2025 (antal personer)"
        ws["A2"] = "Källa: deltagarlistor, regional utveckling. Uttag 2025-10-15."


# ---------------------------------------------------------------- 1. DOCX
BUDGET = [("Personal och administration", 17.9),
          ("Innovationscheckar", 12.4),
          ("Medfinansiering av EU-projekt", 9.8),
          ("Analys och uppföljning", 3.6),
          ("Kompetensförsörjning", 2.7),
          ("Kommunikation och evenemang", 2.2)]


def write_docx(path):
    d = Document()
    d.add_heading("Verksamhetsplan 2026 – Regional utveckling", 0)
    d.add_paragraph("Regionsamverkan Värmland, Gotland och Blekinge. Fastställd av "
                    "regionala utvecklingsnämnden 2025-12-10, dnr RU 2025/418.")
    d.add_heading("Inledning", 1)
    d.add_paragraph(
        "Verksamhetsplanen beskriver hur enheten för regional utveckling ska arbeta under 2026 för "
        "att genomföra de regionala utvecklingsstrategierna (RUS) i Värmlands, Gotlands och "
        "Blekinge län. Planen bygger på strategin för smart specialisering (S3) och på de "
        "prioriteringar som partnerskapet enades om hösten 2025.")
    d.add_heading("Mål för 2026", 1)
    goals = [
        "Mål 1: Andelen små och medelstora företag som genomför ett innovationsprojekt med stöd "
        "från regionen ska öka från 22 till 30 procent till utgången av 2026.",
        "Mål 2: Minst 120 företag i de tre länen ska ha genomfört en energikartläggning eller ett "
        "klimatbokslut med stöd från regionen under 2026.",
        "Mål 3: Kompetensförsörjningen i besöksnäringen på Gotland ska stärkas genom ett "
        "kompetenscentrum som ska vara i drift senast den 1 oktober 2026.",
        "Mål 4: Samtliga kommuner i de tre länen ska ha tillgång till en gemensam "
        "uppföljningsportal för regional statistik.",
    ]
    for g in goals:
        d.add_paragraph(g)
    d.add_heading("Aktiviteter", 1)
    d.add_paragraph("Tabell 1. Aktiviteter 2026 med ansvarig och slutdatum.")
    acts = [("Aktivitet", "Ansvarig", "Klart senast"),
            ("Ny handlingsplan för smart specialisering (S3)", "Karin Lindqvist", "2026-03-31"),
            ("Utlysning av innovationscheckar, omgång 1", "Johan Berg", "2026-02-01"),
            ("Kompetensförsörjningsanalys för besöksnäringen på Gotland", "Amira Haddad", "2026-06-30"),
            ("Uppföljning av projektet Grön omställning Blekinge", "Henrik Ståhl", "2026-09-30"),
            ("Lansering av uppföljningsportalen", "Olof Svensson", "2026-11-15"),
            ("Regional konferens om hållbar besöksnäring i Karlstad", "Elin Marklund", "2026-10-08")]
    t = d.add_table(rows=len(acts), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(acts):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_heading("Budget", 1)
    total = round(sum(v for _, v in BUDGET), 1)
    d.add_paragraph(
        f"Den samlade budgeten för regional utveckling 2026 är {str(total).replace('.', ',')} "
        "miljoner kronor. Den största posten efter personal är innovationscheckar, 12,4 miljoner "
        "kronor, följt av medfinansiering av EU-projekt inom ERUF (Europeiska regionala "
        "utvecklingsfonden) med 9,8 miljoner kronor. Budgeten är 4,1 miljoner kronor högre än "
        "2025, främst på grund av det nya kompetenscentrumet på Gotland.")
    d.add_paragraph("Tabell 2. Budget 2026 per post (miljoner kronor).")
    bt = d.add_table(rows=len(BUDGET) + 2, cols=2)
    bt.style = "Table Grid"
    bt.cell(0, 0).text = "Post"
    bt.cell(0, 1).text = "Mnkr"
    for i, (p, v) in enumerate(BUDGET, start=1):
        bt.cell(i, 0).text = p
        bt.cell(i, 1).text = str(v).replace(".", ",")
    bt.cell(len(BUDGET) + 1, 0).text = "Summa"
    bt.cell(len(BUDGET) + 1, 1).text = str(total).replace(".", ",")
    d.add_heading("Uppföljning", 1)
    d.add_paragraph("Planen följs upp i delårsrapporten per den 31 augusti och i "
                    "årsredovisningen. Kontaktperson: Karin Lindqvist, enhetschef.")
    d.save(path)


# ---------------------------------------------------------------- 2. PDF notes
def styles():
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontSize=10.5, leading=14)
    return ss, body


def write_minutes(path):
    ss, body = styles()
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Minnesanteckningar partnerskapsmöte 2025-11-06")
    s = []
    s.append(Paragraph("Minnesanteckningar partnerskapsmöte 2025-11-06", ss["Title"]))
    s.append(Paragraph("Regionalt partnerskap Värmland–Gotland–Blekinge. Plats: Karlskrona, "
                       "Regionhuset, samt digitalt. Tid: kl. 09.30–15.00.", body))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Närvarande", ss["Heading2"]))
    att = [["Lena Ekholm, Region Värmland (ordförande)", "Henrik Ståhl, Region Blekinge"],
           ["Karin Lindqvist, Region Värmland", "Annika Wik, Region Blekinge"],
           ["Johan Berg, Region Värmland", "Maria Sandberg, Region Gotland"],
           ["Amira Haddad, Region Gotland", "Jonas Ek, Almi Företagspartner"],
           ["Per Nyström, Länsstyrelsen Blekinge", "Sara Holmgren, Karlstads universitet"],
           ["Elin Marklund, Region Värmland (sekreterare)", "Mats Öberg, Blekinge tekniska högskola"]]
    tt = Table(att, colWidths=[8.2 * cm, 8.2 * cm])
    tt.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 10), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(tt)
    s.append(Paragraph("Förhinder: Olof Svensson, Region Värmland.", body))
    s.append(Spacer(1, 10))

    def item(title, paras, beslut=None):
        s.append(Paragraph(title, ss["Heading2"]))
        for p in paras:
            s.append(Paragraph(p, body))
            s.append(Spacer(1, 4))
        if beslut:
            s.append(Paragraph(f"<b>Beslut:</b> {beslut}", body))
        s.append(Spacer(1, 8))

    item("§ 1 Mötets öppnande och dagordning",
         ["Ordföranden Lena Ekholm hälsade välkommen och öppnade mötet. Dagordningen "
          "godkändes med ett tillägg under övriga frågor."],
         "Dagordningen fastställdes.")
    item("§ 2 Lägesrapport Grön omställning Blekinge",
         ["Projektledaren Henrik Ståhl redogjorde för läget efter kvartal 3 2025. 42 av 60 "
          "planerade energikartläggningar är genomförda. Utbildningen i klimatbokslut är "
          "försenad eftersom en utbildningsleverantör har gått i konkurs. Piloten för vätgas i "
          "Karlshamns hamn har inte påbörjats och väntar på upphandling.",
          "Flera ledamöter lyfte att mikroföretag är svåra att nå och att fler fysiska "
          "träffar behövs. Sara Holmgren erbjöd att universitetets studenter kan bidra med "
          "kartläggningar under våren.",
          "Mats Öberg frågade om projektet kan förlängas. Henrik Ståhl svarade att en "
          "förlängning måste sökas hos förvaltande myndighet senast i februari 2026."],
         "Partnerskapet ställer sig bakom att projektet ansöker om förlängning till och med "
         "2026-12-31. Henrik Ståhl ansvarar för ansökan.")
    s.append(PageBreak())
    item("§ 3 Innovationscheckar 2026",
         ["Johan Berg presenterade utvärderingen av innovationscheckarna 2024–2025. Totalt "
          "har 86 checkar beviljats, varav 51 i Värmland, 14 på Gotland och 21 i Blekinge. "
          "Företagen upplever att maxbeloppet 100 000 kronor är för lågt för att täcka "
          "kostnaden för en prototyp.",
          "Jonas Ek (Almi) föreslog att maxbeloppet höjs och att ansökningsomgångarna blir "
          "två per år i stället för en. Annika Wik varnade för att en höjning minskar antalet "
          "företag som kan få stöd med oförändrad budget.",
          "Efter diskussion enades partnerskapet om ett förslag."],
         "Maxbeloppet för en innovationscheck höjs till 150 000 kronor från och med 2026. "
         "Första utlysningen öppnar den 1 februari 2026 och sista ansökningsdag är den 15 mars "
         "2026. Antalet omgångar per år ses över i juni 2026.")
    item("§ 4 Kompetensförsörjning i besöksnäringen på Gotland",
         ["Amira Haddad och Maria Sandberg informerade om planerna på ett kompetenscentrum "
          "för besöksnäringen i Visby. Region Gotland har avsatt 6,5 miljoner kronor för åren "
          "2026–2028. Frågan om hur de andra två regionerna ska medverka diskuterades.",
          "Flera ledamöter ville ha mer underlag om kostnader och om efterfrågan hos "
          "arbetsgivarna innan partnerskapet tar ställning. Per Nyström påpekade att "
          "länsstyrelsens arbetsmarknadsanalys kommer i januari."],
         "Ärendet bordlades. Frågan tas upp igen på nästa partnerskapsmöte den 12 februari 2026 "
         "när kompetensförsörjningsanalysen finns.")
    s.append(PageBreak())
    item("§ 5 Uppföljningsportal för regional statistik",
         ["Karin Lindqvist visade en tidig version av den gemensamma uppföljningsportalen. "
          "Portalen ska samla statistik för alla kommuner i de tre länen. Ledamöterna "
          "efterfrågade fler indikatorer om kompetensförsörjning och om pendling."],
         None)
    s.append(Paragraph("Informationen noterades. Inget beslut fattades under punkten.", body))
    s.append(Spacer(1, 8))
    item("§ 6 Övriga frågor",
         ["Elin Marklund informerade om att den regionala konferensen om hållbar besöksnäring "
          "hålls i Karlstad den 8 oktober 2026. Mats Öberg tog upp behovet av fler "
          "praktikplatser i energisektorn."],
         None)
    item("§ 7 Nästa möte",
         ["Nästa partnerskapsmöte hålls den 12 februari 2026 i Visby."],
         "Mötet avslutades kl. 15.00.")
    s.append(Spacer(1, 16))
    s.append(Paragraph("Vid anteckningarna: Elin Marklund. Justeras av: Lena Ekholm.", body))
    doc.build(s)


# ---------------------------------------------------------------- 3. MD FAQ
FAQ = """# Frågor och svar om innovationscheckar

Innovationscheckar ges av Regionsamverkan Värmland, Gotland och Blekinge till små och medelstora
företag som vill ta nästa steg med en ny produkt, tjänst eller process. Uppdaterad 2025-11-20.

### Vem kan söka en innovationscheck?

Små och medelstora företag med högst 249 anställda och verksamhet i Värmlands, Gotlands eller
Blekinge län. Företaget ska ha varit registrerat i minst ett år. Ideella föreningar och
offentliga aktörer kan inte söka.

### Hur mycket kan man få?

Från och med 2026 kan en innovationscheck vara på högst 150 000 kronor. Checken täcker högst
50 procent av projektets kostnader; resten finansierar företaget självt.

### Vad får checken användas till?

Checken får användas till att köpa tjänster från externa experter, till exempel
prototyputveckling, tester, design, patentundersökningar och marknadsanalyser. Den får inte
användas till löner för egen personal, löpande drift eller inköp av maskiner.

### Kan man få mer än en check?

Ja, men ett företag kan få högst två innovationschecker under en treårsperiod, och den andra
checken måste gälla ett nytt utvecklingssteg.

### Hur lång är handläggningstiden?

Räkna med ungefär sex veckor från sista ansökningsdag till beslut.

### När kan man söka 2026?

Den första utlysningen 2026 öppnar den 1 februari och sista ansökningsdag är den 15 mars 2026.

### Vad menas med de minimis-stöd?

Innovationscheckar ges som stöd av mindre betydelse, så kallat de minimis-stöd enligt EU:s
statsstödsregler. Ett företag får sammanlagt få högst 300 000 euro i sådant stöd under en
period av tre beskattningsår. Företaget måste därför intyga hur mycket de minimis-stöd det
redan har fått.

### Vem kontaktar jag med frågor?

Kontakta Johan Berg, handläggare för innovationscheckar, på innovationscheck@regionsamverkan.example.se.
"""


# ---------------------------------------------------------------- 4. TXT press
PRESS = """PRESSMEDDELANDE

Nytt kompetenscentrum ska stärka besöksnäringen på Gotland

Visby 12 november 2025 – Region Gotland inrättar ett kompetenscentrum för besöksnäringen i Visby. Satsningen omfattar 6,5 miljoner kronor under åren 2026–2028 och ska ge fler gotlänningar möjlighet att utbilda sig till yrken inom hotell, restaurang och upplevelser året runt.

Besöksnäringen på Gotland sysselsätter omkring 3 200 personer under högsäsong, men bara hälften så många under vintern. Många arbetsgivare uppger att det är svårt att hitta personal med rätt kompetens.

– Det här är ett viktigt steg för att besöksnäringen ska kunna växa hela året. Vi vill att unga ska se att det finns en framtid i branschen här på ön, säger Maria Sandberg, regionråd och ordförande i regionala utvecklingsnämnden i Region Gotland.

Kompetenscentrumet ska drivas tillsammans med Uppsala universitet Campus Gotland och branschorganisationer. Den första utbildningen, en yrkesutbildning till kock med inriktning på lokala råvaror, planeras starta i september 2026.

– Företagen har länge efterfrågat kortare utbildningar som går att kombinera med arbete. Nu får vi en plats där arbetsgivare och utbildare möts, säger Amira Haddad, utvecklingsstrateg på Region Gotland.

Satsningen är en del av Verksamhetsplan 2026 för regional utveckling och behandlades på partnerskapsmötet den 6 november 2025.

För mer information, kontakta:
Sofia Lund, presskommunikatör, Region Gotland
Telefon: 0498-26 90 12
E-post: sofia.lund@gotland.example.se
"""


# ---------------------------------------------------------------- 5. PDF status report
def write_status(path, klimat_deltagare):
    ss, body = styles()
    doc = SimpleDocTemplate(str(path), pagesize=A4,
                            title="Lägesrapport projekt Grön omställning Blekinge, kvartal 3 2025")
    s = []
    s.append(Paragraph("Lägesrapport projekt Grön omställning Blekinge, kvartal 3 2025", ss["Title"]))
    s.append(Paragraph("Projektägare: Region Blekinge. Projektledare: Henrik Ståhl. "
                       "Projektperiod: 2024-01-01 – 2026-06-30. Finansiering: ERUF "
                       "(Europeiska regionala utvecklingsfonden) och Region Blekinge. "
                       "Total budget: 24,8 miljoner kronor, varav förbrukat 30 september 2025: "
                       "13,9 miljoner kronor.", body))
    s.append(Spacer(1, 8))
    s.append(Paragraph("1. Sammanfattning", ss["Heading2"]))
    s.append(Paragraph(
        "Projektet Grön omställning Blekinge hjälper små företag i Blekinge att minska sin "
        "energianvändning och sina utsläpp av växthusgaser. Under kvartal 3 har arbetet med "
        "energikartläggningar gått enligt plan och nätverket för cirkulär ekonomi är klart. "
        "Utbildningen i klimatbokslut är försenad och vätgaspiloten i Karlshamn har ännu inte "
        "påbörjats. Projektet bedöms nå de flesta mål, men en förlängning till 2026-12-31 "
        "kommer att sökas.", body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Viktiga milstolpar: halvtidsutvärdering klar 2025-12-15; beslut om "
                       "förlängning väntas 2026-03-31; slutkonferens i Karlskrona 2026-05-20.", body))
    s.append(Spacer(1, 8))
    s.append(Paragraph("2. Status per aktivitet", ss["Heading2"]))
    st = [["Aktivitet", "Status", "Kommentar"],
          ["Energikartläggningar i små företag", "Pågår enligt plan", "42 av 60 genomförda"],
          ["Nätverk för cirkulär ekonomi", "Klar", "Nätverket har 17 medlemsföretag"],
          ["Utbildning i klimatbokslut", "Försenad", "Leverantören gick i konkurs; ny upphandling"],
          ["Pilot vätgas i Karlshamns hamn", "Ej påbörjad", "Väntar på upphandling"],
          ["Kommunikation och spridning", "Pågår enligt plan", "Nyhetsbrev varje månad"]]
    t = Table([[Paragraph(c, body) for c in r] for r in st], colWidths=[6 * cm, 3.5 * cm, 6.5 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(t)
    s.append(PageBreak())
    s.append(Paragraph("3. Risker", ss["Heading2"]))
    risks = [
        "Risk 1: Låg efterfrågan bland mikroföretag. Sannolikhet: hög. Åtgärd: fler fysiska "
        "träffar och samarbete med kommunernas näringslivskontor. Riskägare: Henrik Ståhl.",
        "Risk 2: Förseningar i upphandlingen av vätgaspiloten. Sannolikhet: medel. Åtgärd: "
        "förenklad upphandling och dialog med hamnen. Riskägare: Annika Wik, upphandlingschef.",
        "Risk 3: Brist på utbildare i klimatbokslut efter leverantörens konkurs. Sannolikhet: "
        "medel. Åtgärd: ramavtal med två leverantörer. Riskägare: Per Nyström, Länsstyrelsen Blekinge.",
        "Risk 4: Valutakursen påverkar kostnaden för utrustning. Sannolikhet: låg. Åtgärd: "
        "bevakas. Riskägare: Mats Öberg.",
    ]
    for r in risks:
        s.append(Paragraph("• " + r, body))
        s.append(Spacer(1, 4))
    s.append(Spacer(1, 8))
    s.append(Paragraph("4. Indikatorer", ss["Heading2"]))
    s.append(Paragraph("Tabell 3. Indikatorer med mål för hela projektet och utfall till och "
                       "med 30 september 2025. CO2e står för koldioxidekvivalenter.", body))
    ind = [["Indikator", "Mål", "Utfall"],
           ["Företag som fått energikartläggning (antal)", "60", "42"],
           ["Minskade utsläpp (ton CO2e per år)", "1 200", "870"],
           ["Deltagare i klimatbokslut-utbildning (antal)", "250", str(klimat_deltagare)],
           ["Nya samarbeten mellan företag (antal)", "15", "17"],
           ["Minskad energianvändning (MWh per år)", "4 500", "3 150"]]
    t2 = Table(ind, colWidths=[9 * cm, 3 * cm, 3 * cm])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s.append(t2)
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Indikatorn för nya samarbeten har redan överträffat målet. Indikatorn för deltagare "
        "i klimatbokslut-utbildningen räknas från deltagarlistorna för Blekinge län.", body))
    s.append(PageBreak())
    s.append(Paragraph("5. Ekonomi och fortsatt arbete", ss["Heading2"]))
    s.append(Paragraph(
        "Förbrukningen ligger något under plan, 56 procent av budgeten efter 58 procent av "
        "projekttiden. Under kvartal 4 prioriteras ny upphandling av klimatbokslut-utbildning, "
        "upphandling av vätgaspiloten och ansökan om förlängning. Nästa lägesrapport lämnas "
        "till styrgruppen i januari 2026.", body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Rapporten är skriven av Henrik Ståhl, projektledare, 2025-10-20.", body))
    doc.build(s)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    df = make_participants()
    klimat = int(df[(df["Län"] == "Blekinge län") &
                    (df["Aktivitet"] == "Klimatbokslut-utbildning")]["Totalt"].sum())
    write_docx(out / "Verksamhetsplan_2026_regional_utveckling.docx")
    write_minutes(out / "Minnesanteckningar_partnerskapsmote_2025-11-06.pdf")
    (out / "FAQ_innovationscheckar.md").write_text(FAQ, encoding="utf-8")
    (out / "Pressmeddelande_kompetenscentrum_Visby.txt").write_text(PRESS, encoding="utf-8")
    write_status(out / "Lagesrapport_Gron_omstallning_Blekinge_Q3_2025.pdf", klimat)
    write_xlsx(df, out / "Deltagare_per_aktivitet_kvartal_2025.xlsx")
    print("skrev", sorted(p.name for p in out.iterdir()))


if __name__ == "__main__":
    main()
