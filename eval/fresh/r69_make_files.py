"""Write six files of a regional development unit's folder into OUT_DIR."""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

rng = np.random.default_rng(69)
LAN = ["Gävleborgs län", "Örebro län", "Stockholms län"]


def styles():
    ss = getSampleStyleSheet()
    return ss["Title"], ss["Heading1"], ss["Heading2"], ss["BodyText"]


def tbl(rows, widths):
    ss = getSampleStyleSheet()["BodyText"]
    data = [[Paragraph(str(c), ss) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def page_no(canvas, doc):
    canvas.setFont("Helvetica", 8)
    canvas.drawString(2 * cm, 1.2 * cm, f"Sida {doc.page}")


FILLER = [
    "Arbetet bedrivs i nära samverkan mellan regionerna, kommunerna, lärosätena, "
    "Arbetsförmedlingen och arbetsmarknadens parter. Varje åtgärd har en utpekad ansvarig "
    "organisation som rapporterar till styrgruppen två gånger per år.",
    "Kompetensförsörjningen påverkas av demografin: andelen personer i arbetsför ålder minskar i "
    "flera kommuner samtidigt som pensionsavgångarna inom vård, omsorg och industri är stora. "
    "Det gör att både omställning av redan anställda och inkludering av personer som står långt "
    "från arbetsmarknaden behöver prioriteras.",
    "Erfarenheterna från den tidigare planperioden visar att insatser som planeras tillsammans med "
    "arbetsgivarna ger bättre matchning och färre avbrott. Därför ska branschråd finnas för de "
    "prioriterade yrkesområdena under hela planperioden.",
    "Uppföljningen sker med gemensamma indikatorer. Där det är möjligt redovisas resultaten "
    "uppdelade på kön, ålder och län, så att skillnader kan upptäckas och åtgärdas i tid.",
]


def handlingsplan(out: Path):
    title, h1, h2, body = styles()
    st = []
    st.append(Paragraph("Regional handlingsplan för kompetensförsörjning 2026–2028", title))
    st.append(Paragraph("Samverkan mellan Region Gävleborg, Region Örebro län och Region Stockholm. "
                        "Fastställd av styrgruppen för kompetensförsörjning 2025-11-28.", body))
    st.append(Spacer(1, 12))
    st.append(Paragraph("Förord", h1))
    st.append(Paragraph(
        "Bristen på rätt kompetens är ett av de största hindren för tillväxt i våra tre län. "
        "Med denna handlingsplan tar Region Gävleborg, Region Örebro län och Region Stockholm ett "
        "gemensamt ansvar för att fler ska kunna utbilda sig, valideras och ställa om. Planen har "
        "tagits fram i dialog med kommuner, lärosäten, Arbetsförmedlingen och arbetsmarknadens "
        "parter under våren och sommaren 2025.", body))
    st.append(Paragraph("Anders Holm, ordförande i styrgruppen för kompetensförsörjning", body))
    st.append(Paragraph("Innehåll", h2))
    for c in ["1. Inledning", "2. Nuläge", "3. Prioriteringar", "4. Åtgärder", "5. Budget",
              "6. Genomförande och uppföljning", "7. Ordlista", "Bilaga 1. Indikatorer"]:
        st.append(Paragraph(c, body))
    st.append(PageBreak())
    st.append(Paragraph("1. Inledning", h1))
    st.append(Paragraph(
        "Handlingsplanen beskriver hur regionerna under 2026–2028 ska arbeta för att arbetsgivare "
        "ska hitta rätt kompetens och för att invånare ska kunna utbilda sig och ställa om under hela "
        "arbetslivet. Planen utgår från de regionala utvecklingsstrategierna (RUS) och ersätter den "
        "tidigare planen för 2022–2025.", body))
    for f in FILLER:
        st.append(Paragraph(f, body))
    st.append(Paragraph("2. Nuläge", h1))
    st.append(Paragraph(
        "Arbetslösheten bland personer 16–64 år var 2024 9,4 procent i Gävleborgs län, 7,8 procent i "
        "Örebro län och 6,6 procent i Stockholms län, att jämföra med 7,1 procent i riket. "
        "Ungefär 38 procent av de inskrivna arbetslösa i de tre länen saknar fullständig "
        "gymnasieutbildning.", body))
    st.append(Paragraph(
        "Bristen på arbetskraft är störst inom vård och omsorg, industriteknik, lager och logistik "
        "samt förskola. I Gävleborgs län bedöms rekryteringsbehovet inom vård och omsorg till "
        "2 300 personer fram till 2030.", body))
    lansdel = {
        "2.1 Gävleborgs län": [
            "Länets näringsliv präglas av skogs- och stålindustri, och många företag har svårt att "
            "rekrytera tekniker och underhållspersonal. Utbildningsnivån är lägre än i riket och "
            "andelen unga som fullföljer gymnasiet har minskat de senaste åren.",
            "Kommunerna i Hälsingland samarbetar kring yrkesvux, medan Gästrikekommunerna har ett "
            "gemensamt lärcentrum i Sandviken. Avstånden gör att distansutbildning och lokala "
            "lärcentrum är viktiga för att nå deltagare utanför de större orterna.",
        ],
        "2.2 Örebro län": [
            "Örebro län har en stark logistiksektor längs E18/E20 och en växande livsmedelsindustri. "
            "Efterfrågan på lagerarbetare, truckförare och CNC-operatörer är hög, och Bergslagens "
            "kommuner har ett stort behov av omställning efter nedläggningar inom tillverkningen.",
            "Örebro universitet och yrkeshögskolorna i länet erbjuder flera utbildningar inom "
            "automation, men andelen kvinnor i dessa är fortfarande låg.",
        ],
        "2.3 Stockholms län": [
            "Stockholms län har landets största arbetsmarknad och en hög utbildningsnivå, men "
            "samtidigt stora skillnader mellan kommuner och stadsdelar. Bristen är särskilt stor "
            "på undersköterskor, barnskötare och lärare.",
            "Många arbetssökande i länet är utrikes födda med utbildning från hemlandet som inte "
            "tas till vara. Validering och kompletterande utbildning är därför centrala insatser.",
        ],
    }
    for head, paras in lansdel.items():
        st.append(Paragraph(head, h2))
        for t in paras:
            st.append(Paragraph(t, body))
    for f in FILLER[:3]:
        st.append(Paragraph(f, body))
    st.append(Paragraph("3. Prioriteringar", h1))
    st.append(Paragraph("Under planperioden prioriteras följande:", body))
    prios = [
        "Validering av reell kompetens, särskilt för utrikes födda",
        "Yrkesutbildning för vuxna inom bristyrken",
        "Ökad andel kvinnor i industri- och teknikutbildningar",
        "Omställning för anställda i branscher under strukturomvandling",
        "Bättre matchning genom branschråd och praktikplatser",
    ]
    st.append(ListFlowable([ListItem(Paragraph(p, body)) for p in prios], bulletType="bullet"))
    st.append(Paragraph(
        "Målet är att minst 4 500 personer ska ha fått sin kompetens validerad i de tre länen till "
        "utgången av 2028.", body))
    st.append(Paragraph("4. Åtgärder", h1))
    st.append(Paragraph("Tabell 1. Åtgärder, ansvar, tidplan och status (oktober 2025).", body))
    ansv = ["Region Gävleborg", "Region Örebro län", "Region Stockholm", "Arbetsförmedlingen",
            "Högskolan i Gävle", "Örebro universitet", "Länsstyrelsen i Stockholms län"]
    tid = ["Q1 2026", "Q2 2026", "Q4 2026", "2026–2027", "Q2 2027", "2027–2028", "Q4 2028"]
    stat = ["Pågår", "Ej påbörjad", "Klar", "Försenad"]
    actions = [
        "Kartläggning av kompetensbehov i industrin", "Gemensam regional valideringsplattform",
        "Branschråd för vård och omsorg", "Yrkesvux-paket inom lager och logistik",
        "Kampanj för kvinnor i tekniska yrken", "Stöd till SFI kombinerat med yrkesutbildning",
        "Omställningsprogram för skogsindustrin", "Handledarutbildning för arbetsplatser",
        "Regional prognos för utbildningsbehov", "Samordnad studie- och yrkesvägledning",
        "Kompetenscheckar för småföretag", "Praktiksamordnare i varje kommun",
        "Uppdragsutbildning i automation", "Mentorprogram för nyanlända akademiker",
        "Utbildningsdag för HR-chefer", "Gemensam annonsering av YH-utbildningar",
        "Valideringsstöd inom barnskötaryrket", "Kompetensnav i Bergslagen",
        "Uppföljning av avbrott i vuxenutbildningen", "Arbetsmarknadsdata i öppen portal",
        "Samverkansavtal med bemanningsbranschen", "Pilot med korta yrkeskurser i svetsning",
        "Lärcentrum i Hälsingland", "Yrkessvenska för vårdbiträden", "Trainee inom livsmedelsindustrin",
        "Kompetensinventering i kommunal omsorg", "Studiebesök för gymnasieelever i industrin",
        "Digitala kurser i underhållsteknik", "Nätverk för yrkesvux-samordnare",
        "Stöd vid varsel inom tillverkning", "Rekryteringsmässa för vård och omsorg",
        "Utvärdering av yrkespaket",
    ]
    rows = [["Nr", "Åtgärd", "Ansvarig", "Tidplan", "Status"]]
    for i, a in enumerate(actions, 1):
        rows.append([str(i), a, ansv[rng.integers(len(ansv))], tid[rng.integers(len(tid))],
                     stat[rng.integers(len(stat))]])
    # fixed rows that questions refer to (after the page break)
    n = len(rows)
    rows.append([str(n), "Digital matchningstjänst för praktikplatser", "Region Stockholm",
                 "Q3 2027", "Ej påbörjad"])
    rows.append([str(n + 1), "Regionalt valideringsforum", "Region Örebro län", "Q1 2026", "Pågår"])
    st.append(tbl(rows, [1 * cm, 6.5 * cm, 4.5 * cm, 2.5 * cm, 2.3 * cm]))
    st.append(Paragraph("4.1 Insatsområden i detalj", h2))
    detalj = [
        ("Validering", "Validering ska erbjudas inom minst tio yrkesområden. Branschernas "
         "valideringsmodeller används där de finns, och regionerna ska stödja kommunerna med "
         "gemensamma bedömare och metodstöd."),
        ("Yrkesutbildning för vuxna", "Regionalt yrkesvux planeras gemensamt i de tre länen så att "
         "utbudet motsvarar arbetsmarknadens behov. Yrkespaket ska kunna kombineras med SFI."),
        ("Branschråd och matchning", "Branschråd inrättas för vård och omsorg, industri, logistik "
         "och förskola. Råden ska träffas minst fyra gånger per år."),
        ("Omställning", "Insatser för anställda i branscher under omställning genomförs i samarbete "
         "med omställningsorganisationerna och arbetsmarknadens parter."),
        ("Uppföljning och analys", "En gemensam analysfunktion tar fram prognoser och följer upp "
         "planens indikatorer. Resultaten redovisas i en årlig rapport."),
    ]
    for head, t in detalj:
        st.append(Paragraph(f"<b>{head}.</b> {t}", body))
    for f in FILLER[1:]:
        st.append(Paragraph(f, body))
    st.append(Paragraph("5. Budget", h1))
    st.append(Paragraph("Tabell 2. Budget per insatsområde, tusental kronor (tkr).", body))
    omr = ["Validering", "Yrkesutbildning för vuxna", "Branschråd och matchning",
           "Omställning", "Uppföljning och analys"]
    brows = [["Insatsområde", "2026", "2027", "2028", "Totalt"]]
    budget = []
    for o in omr:
        v = [int(x) for x in rng.integers(8, 60, size=3) * 100]
        budget.append([o] + v + [sum(v)])
        brows.append([o] + [f"{x:,}".replace(",", " ") for x in v] + [f"{sum(v):,}".replace(",", " ")])
    tot = [sum(r[i] for r in budget) for i in range(1, 5)]
    brows.append(["Summa"] + [f"{x:,}".replace(",", " ") for x in tot])
    st.append(tbl(brows, [6 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm]))
    st.append(Paragraph("6. Genomförande och uppföljning", h1))
    for f in FILLER:
        st.append(Paragraph(f, body))
    st.append(Paragraph(
        "Styrgruppen följer upp planen två gånger per år. En halvtidsutvärdering genomförs hösten "
        "2027 av en extern utvärderare.", body))
    st.append(PageBreak())
    st.append(Paragraph("7. Ordlista", h1))
    gloss = [
        ("Validering", "En strukturerad bedömning, värdering, dokumentation och erkännande av "
         "kunskaper och kompetens som en person har, oavsett hur de har förvärvats."),
        ("Reell kompetens", "Den samlade kompetens en person har genom formell utbildning, "
         "arbetsliv och annat lärande."),
        ("SeQF", "Sveriges referensram för kvalifikationer för livslångt lärande, som "
         "nivåplacerar kvalifikationer i åtta nivåer."),
        ("Yrkesvux", "Statligt stödd regional yrkesinriktad vuxenutbildning på gymnasial nivå."),
        ("YH", "Yrkeshögskolan, eftergymnasial yrkesutbildning som tas fram tillsammans med "
         "arbetslivet."),
        ("Branschråd", "Ett forum där arbetsgivare, utbildningsanordnare och fack inom en bransch "
         "gemensamt bedömer kompetensbehov."),
        ("RUS", "Regional utvecklingsstrategi, det långsiktiga styrdokumentet för länets utveckling."),
        ("Bristyrke", "Ett yrke där det råder brist på sökande med efterfrågad utbildning och "
         "erfarenhet."),
    ]
    for term, d in gloss:
        st.append(Paragraph(f"<b>{term}</b> – {d}", body))
    st.append(PageBreak())
    st.append(Paragraph("Bilaga 1. Indikatorer", h1))
    for t in ["Antal personer som fått sin kompetens validerad, per län och kön.",
              "Andel deltagare i yrkesvux som fullföljer sin utbildning.",
              "Andel kvinnor i industri- och teknikutbildningar.",
              "Antal aktiva branschråd och antal möten per år.",
              "Andel deltagare som har arbete sex månader efter avslutad utbildning."]:
        st.append(Paragraph("• " + t, body))
    doc = SimpleDocTemplate(str(out / "handlingsplan_kompetensforsorjning_2026-2028.pdf"),
                            pagesize=A4, title="Regional handlingsplan för kompetensförsörjning 2026–2028")
    doc.build(st, onFirstPage=page_no, onLaterPages=page_no)
    return budget


def protokoll(out: Path):
    title, h1, h2, body = styles()
    st = [Paragraph("Styrgruppsmöte 2025-10-21", title),
          Paragraph("Styrgruppen för regional kompetensförsörjning. Tid: 09.00–11.30. "
                    "Plats: Regionens hus, Gävle, samt digitalt.", body),
          Paragraph("Närvarande", h2),
          Paragraph("Anders Holm, Region Örebro län (ordförande); Maria Sjöberg, Region Gävleborg; "
                    "Per Åkesson, Region Stockholm; Lina Forsberg, Arbetsförmedlingen; "
                    "Karin Lindqvist, Region Gävleborg (sekreterare)", body),
          Paragraph("Frånvarande", h2),
          Paragraph("Erik Dahlström, Högskolan i Gävle; Fatima Hassan, Örebro universitet", body),
          Paragraph("Adjungerade", h2),
          Paragraph("Johanna Berglund, projektledare Kompetenslyftet (§ 4–5); "
                    "Oskar Nilsson, analytiker Region Stockholm (§ 6)", body),
          Paragraph("Ärenden", h1)]
    items = [
        ("§ 1 Mötets öppnande", "Ordföranden öppnade mötet och hälsade välkommen."),
        ("§ 2 Val av justerare", "Per Åkesson valdes att justera protokollet."),
        ("§ 3 Föregående protokoll", "Protokollet från 2025-09-02 lades till handlingarna."),
        ("§ 4 Lägesrapport Kompetenslyftet",
         "Johanna Berglund rapporterade att rekryteringen av deltagare är försenad i Örebro län. "
         "Förstudien är klar och pilotutbildningarna planeras enligt tidplan."),
        ("§ 5 Budgetomfördelning",
         "Beslut: Styrgruppen beslutade att omfördela 450 000 kronor från posten Uppföljning och "
         "analys till Validering för 2026."),
        ("§ 6 Indikatorer för uppföljning",
         "Oskar Nilsson presenterade ett förslag till gemensamma indikatorer. "
         "Beslut: Styrgruppen beslutade att återremittera förslaget för komplettering med "
         "könsuppdelad statistik."),
        ("§ 7 Handlingsplan 2026–2028",
         "Beslut: Styrgruppen ställde sig bakom remissversionen av handlingsplanen och beslutade "
         "att den ska fastställas vid ett extra möte 2025-11-28."),
        ("§ 8 Övriga frågor", "Inga övriga frågor."),
    ]
    for head, txt in items:
        st.append(Paragraph(head, h2))
        st.append(Paragraph(txt, body))
    st.append(Paragraph("Åtgärdspunkter", h1))
    st.append(tbl([["Åtgärd", "Ansvarig", "Klart senast"],
                   ["Komplettera indikatorförslaget med könsuppdelad statistik", "Oskar Nilsson", "2025-11-20"],
                   ["Ta fram åtgärdsplan för rekrytering av deltagare i Örebro län", "Johanna Berglund", "2025-11-14"],
                   ["Skicka ut slutversion av handlingsplanen", "Karin Lindqvist", "2025-11-21"]],
                  [9 * cm, 4 * cm, 3 * cm]))
    st.append(Paragraph("Nästa möte", h1))
    st.append(Paragraph("Nästa ordinarie möte hålls 2025-12-09 kl. 13.00–15.30 i Örebro "
                        "(Region Örebro län, lokal Svartån).", body))
    st.append(Paragraph("Vid protokollet: Karin Lindqvist. Justeras: Anders Holm, Per Åkesson.", body))
    SimpleDocTemplate(str(out / "styrgruppsmote_2025-10-21.pdf"), pagesize=A4,
                      title="Styrgruppsmöte 2025-10-21").build(st, onFirstPage=page_no, onLaterPages=page_no)


def riktlinjer(out: Path):
    d = Document()
    d.add_heading("Riktlinjer för bidrag till ideella organisationer", 0)
    d.add_paragraph("Gäller från 2026-01-01 för Region Gävleborg. Beslutade av regionala "
                    "utvecklingsnämnden 2025-09-18.")
    d.add_heading("1. Syfte", 1)
    d.add_paragraph("Bidragen ska stärka ideella organisationers arbete med kompetensutveckling, "
                    "inkludering och vägar till arbete.")
    d.add_heading("2. Kriterier", 1)
    crit = [
        "Organisationen ska vara en ideell förening eller ett registrerat trossamfund med "
        "organisationsnummer.",
        "Organisationen ska ha bedrivit verksamhet i länet i minst ett år.",
        "Verksamheten ska vara öppen för alla och bygga på demokratiska värderingar.",
        "Organisationen ska ha minst 20 medlemmar.",
        "Ansökan ska innehålla budget, verksamhetsplan och senaste årsbokslut.",
        "Insatsen ska bidra till minst en av prioriteringarna i handlingsplanen för kompetensförsörjning.",
    ]
    for c in crit:
        d.add_paragraph(c, style="List Number")
    d.add_heading("3. Bidragsformer och belopp", 1)
    d.add_paragraph("Verksamhetsbidrag: högst 150 000 kronor per år.", style="List Bullet")
    d.add_paragraph("Projektbidrag: högst 300 000 kronor per projekt, under högst två år.",
                    style="List Bullet")
    d.add_paragraph("Startbidrag för nybildade föreningar: högst 25 000 kronor.", style="List Bullet")
    d.add_paragraph("Ansökan om verksamhetsbidrag ska ha kommit in senast den 15 mars. "
                    "Projektbidrag kan sökas löpande.")
    d.add_heading("4. Undantag", 1)
    d.add_paragraph("Kravet på minst ett års verksamhet gäller inte för startbidrag. "
                    "Kravet på 20 medlemmar kan frångås för organisationer som företräder "
                    "personer med funktionsnedsättning. Bidrag lämnas inte till politiska "
                    "partier eller till verksamhet som redan finansieras av kommunen.")
    d.add_heading("5. Redovisning", 1)
    d.add_paragraph("Bidraget ska redovisas senast tre månader efter att verksamhetsåret eller "
                    "projektet avslutats. Bidrag som inte använts ska betalas tillbaka.")
    d.add_heading("6. Kontakt", 1)
    d.add_paragraph("Handläggare: Sara Nyberg, enheten för regional utveckling, "
                    "sara.nyberg@regiongavleborg.se, telefon 026-15 43 20.")
    d.save(out / "riktlinjer_bidrag_ideella_organisationer.docx")


def epost(out: Path):
    txt = """Från: Maria Sjöberg <maria.sjoberg@regiongavleborg.se>
Till: Enheten för regional utveckling <regional.utveckling@regiongavleborg.se>
Datum: 2025-11-04 08:47
Ämne: VB: Valideringsinsats inom vård och omsorg – viktiga datum

Hej alla,

Jag vidarebefordrar informationen från Arbetsförmedlingen om valideringsinsatsen. Sprid gärna
till kommunernas vuxenutbildningar. Observera att anmälan stänger tidigt.

Hälsningar
Maria

---------- Vidarebefordrat meddelande ----------
Från: Lina Forsberg <lina.forsberg@arbetsformedlingen.se>
Datum: 3 nov. 2025 16:12
Ämne: Valideringsinsats inom vård och omsorg – viktiga datum
Till: Maria Sjöberg <maria.sjoberg@regiongavleborg.se>

Hej Maria,

Nu är det klart att vi startar valideringsinsatsen för undersköterskor tillsammans med
vuxenutbildningen i Gävle, Sandviken och Hudiksvall. Insatsen har plats för 60 deltagare.

Viktiga datum:
- 12 januari 2026: sista dag för anmälan
- 26 januari 2026: informationsträff i Gävle
- 9 februari 2026: start för kompetenskartläggningen
- 15 maj 2026: sista dag för validering och intyg

Deltagarna behöver ha minst två års erfarenhet av arbete inom vård och omsorg.

Vänliga hälsningar
Lina Forsberg
Arbetsförmedlingen, Gävle
"""
    (out / "epost_valideringsinsats_vard_och_omsorg.txt").write_text(txt, encoding="utf-8")


def projektplan(out: Path):
    md = """# Projektplan: Kompetenslyftet Gävleborg–Örebro–Stockholm

**Projektägare:** Region Gävleborg
**Projektledare:** Johanna Berglund, Region Gävleborg
**Projektperiod:** 2026-01-01 – 2028-06-30

## Syfte

Kompetenslyftet ska ge 600 anställda i små och medelstora industriföretag i de tre länen
kortare yrkesutbildningar inom automation, svetsning och underhåll.

## Milstolpar

| Milstolpe | Datum | Ansvarig |
|---|---|---|
| Projektstart och styrgrupp utsedd | 2026-01-15 | Johanna Berglund |
| Förstudie och behovsanalys klar | 2026-04-30 | Oskar Nilsson |
| Pilotutbildningar startar | 2026-09-01 | Erik Dahlström |
| Halvtidsrapport till styrgruppen | 2027-03-31 | Johanna Berglund |
| Samtliga utbildningar genomförda | 2028-03-31 | Fatima Hassan |
| Slutrapport | 2028-06-30 | Johanna Berglund |

## Risker och hantering

- **För få deltagande företag.** Hantering: tidig dialog via branschråden och personliga besök
  hos minst 40 företag under första halvåret.
- **Brist på handledare på arbetsplatserna.** Hantering: erbjuda handledarutbildning utan kostnad
  och ersättning för handledartid.
- **Förseningar i upphandling av utbildning.** Hantering: använda befintliga ramavtal för
  uppdragsutbildning i Region Stockholm.
- **Hög andel avbrott.** Hantering: studiecoacher och uppföljning efter fyra veckor.

## Budget

Projektets totala budget är 18,6 miljoner kronor, varav 40 procent finansieras av ESF+.
"""
    (out / "projektplan_kompetenslyftet.md").write_text(md, encoding="utf-8")


def kursdata(out: Path):
    kurser = ["Svetsning", "Undersköterska", "CNC-operatör", "Barnskötare", "Lagerlogistik",
              "Svenska för yrkeslivet"]
    share_w = {"Svetsning": 0.12, "Undersköterska": 0.82, "CNC-operatör": 0.18,
               "Barnskötare": 0.88, "Lagerlogistik": 0.35, "Svenska för yrkeslivet": 0.6}
    rows = []
    for k in kurser:
        for lan in LAN:
            n = int(rng.integers(20, 60) * (2.2 if lan == "Stockholms län" else 1))
            w = int(rng.binomial(n, share_w[k]))
            a = int(rng.binomial(n, 0.12))
            rows.append({"kurs": k, "län": lan, "deltagare": n, "varav kvinnor": w, "avbrott": a})
    pd.DataFrame(rows).to_csv(out / "kursdeltagare_2025.csv", index=False, encoding="utf-8")


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    handlingsplan(out)
    protokoll(out)
    riktlinjer(out)
    epost(out)
    projektplan(out)
    kursdata(out)


if __name__ == "__main__":
    main()
