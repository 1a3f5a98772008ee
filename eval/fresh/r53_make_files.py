"""Skapar en liten kunskapsbank som en regional utvecklingsenhets mapp ser ut.

Användning: python make_files.py OUT_DIR

Sex filer:
  1. Arbetsmarknadsrapport_kv3_2025.pdf   (reportlab, 8-10 sidor)
  2. Projektplan_Kompetenslyft_Bergslagen.docx (python-docx)
  3. Protokoll_styrgrupp_2025-10-22.pdf   (reportlab)
  4. Vanliga_fragor_medarbetare.md
  5. Mejl_publicering_statistik.txt
  6. AF_inskrivna_arbetslosa_kommun_kon_2023-2025.csv  (semikolon, decimalkomma, cp1252)
"""
import sys
from pathlib import Path

import numpy as np

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

rng = np.random.default_rng(53)

ORG = "Region Örebro län – Regional utveckling, Analysenheten"

KOMMUNER = {
    "Örebro län": [("1880", "Örebro", 101500), ("1883", "Karlskoga", 18400),
                   ("1881", "Kumla", 13600), ("1885", "Lindesberg", 14100),
                   ("1861", "Hallsberg", 9700)],
    "Jönköpings län": [("0680", "Jönköping", 92300), ("0683", "Värnamo", 21200),
                       ("0682", "Nässjö", 18100), ("0662", "Gislaved", 17600),
                       ("0685", "Vetlanda", 16400)],
    "Stockholms län": [("0180", "Stockholm", 641000), ("0181", "Södertälje", 64300),
                       ("0126", "Huddinge", 72800), ("0182", "Nacka", 68200),
                       ("0188", "Norrtälje", 37100)],
}
BASRATE = {  # ungefärlig nivå (procent) per kommun
    "Örebro": 7.4, "Karlskoga": 8.6, "Kumla": 6.1, "Lindesberg": 8.1, "Hallsberg": 6.8,
    "Jönköping": 6.0, "Värnamo": 4.6, "Nässjö": 7.7, "Gislaved": 7.1, "Vetlanda": 5.2,
    "Stockholm": 5.9, "Södertälje": 10.4, "Huddinge": 6.3, "Nacka": 4.1, "Norrtälje": 5.5,
}
AR = [2023, 2024, 2025]


def sv(x, dec=1):
    """Svenskt talformat: mellanslag som tusentalsavgränsare, decimalkomma."""
    if dec == 0:
        return f"{int(round(x)):,}".replace(",", " ")
    return f"{x:,.{dec}f}".replace(",", " ").replace(".", ",")


# ---------------------------------------------------------------- data
def make_data():
    rows = []
    for lan, kommuner in KOMMUNER.items():
        for kod, namn, pop in kommuner:
            share_k = rng.uniform(0.47, 0.495)
            pops = {"Kvinnor": int(pop * share_k), "Män": pop - int(pop * share_k)}
            trend = {2023: rng.uniform(-0.6, -0.1), 2024: 0.0, 2025: rng.uniform(0.1, 0.9)}
            for kon in ("Kvinnor", "Män"):
                konadj = -0.3 if kon == "Kvinnor" else 0.35
                for ar in AR:
                    p = pops[kon] + int(rng.integers(-150, 150)) * (ar - 2024)
                    rate = BASRATE[namn] + konadj + trend[ar] + rng.normal(0, 0.15)
                    antal = int(round(p * rate / 100))
                    rows.append(dict(lan=lan, kod=kod, kommun=namn, kon=kon, ar=ar,
                                     pop=p, antal=antal,
                                     andel=round(antal / p * 100, 1)))
    return rows


def write_csv(path, rows):
    lines = [
        "Inskrivna arbetslösa 16-64 år efter kommun, kön och år. September respektive år",
        "Källa: Arbetsförmedlingen, bearbetning Region Örebro län, Analysenheten. Urval av kommuner.",
        "",
        "Län;Kommun;Kön;År;Befolkning 16-64 år;Inskrivna arbetslösa;Andel av befolkningen (%)",
    ]
    for r in rows:
        if r["kommun"] == "Hallsberg" and r["kon"] == "Kvinnor" and r["ar"] == 2023:
            antal, andel = "..", ".."
        else:
            antal, andel = str(r["antal"]), sv(r["andel"], 1).replace(" ", "")
        lines.append(f'{r["lan"]};{r["kod"]} {r["kommun"]};{r["kon"]};{r["ar"]};'
                     f'{r["pop"]};{antal};{andel}')
    lines += ["", "Anm: .. = uppgift saknas eller för osäker för att redovisas.",
              "Uttaget 2025-10-20."]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="cp1252")


# ---------------------------------------------------------------- report
def header_footer(title):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, title)
        canvas.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Region Örebro län")
        canvas.setStrokeColor(colors.HexColor("#888888"))
        canvas.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, f"Sida {doc.page}")
        canvas.restoreState()
    return draw


def styles():
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica",
                          fontSize=10.5, leading=14.5, spaceAfter=7)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold",
                        fontSize=16, leading=20, spaceBefore=6, spaceAfter=10)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold",
                        fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=6)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9.5,
                         spaceBefore=6, spaceAfter=4)
    note = ParagraphStyle("note", parent=body, fontSize=8.5, leading=11)
    title = ParagraphStyle("title", parent=h1, fontSize=26, leading=32, alignment=TA_CENTER)
    sub = ParagraphStyle("sub", parent=body, fontSize=13, leading=18, alignment=TA_CENTER)
    return body, h1, h2, cap, note, title, sub


def write_report(path, rows):
    body, h1, h2, cap, note, title_s, sub = styles()
    title = "Arbetsmarknadsrapport kvartal 3 2025"
    d = {(r["kommun"], r["kon"], r["ar"]): r for r in rows}

    def tot(k, ar):
        a = d[(k, "Kvinnor", ar)]["antal"] + d[(k, "Män", ar)]["antal"]
        p = d[(k, "Kvinnor", ar)]["pop"] + d[(k, "Män", ar)]["pop"]
        return a, p

    def lanrate(lan, kon, ar):
        a = sum(d[(k, kon, ar)]["antal"] for _, k, _ in KOMMUNER[lan])
        p = sum(d[(k, kon, ar)]["pop"] for _, k, _ in KOMMUNER[lan])
        return round(a / p * 100, 1)

    story = []
    # --- titelsida
    story += [Spacer(1, 5 * cm), Paragraph(title, title_s), Spacer(1, 0.8 * cm),
              Paragraph("Läget på arbetsmarknaden i Örebro län med jämförelser med "
                        "Jönköpings och Stockholms län", sub),
              Spacer(1, 3 * cm),
              Paragraph(ORG, sub), Spacer(1, 0.5 * cm),
              Paragraph("Författare: Maria Lindqvist, analytiker", sub),
              Paragraph("Kontaktperson: Johan Berg, telefon 019-602 10 45", sub),
              Paragraph("Datum: 2025-11-14", sub),
              Paragraph("Diarienummer: RUN 2025-0417", sub),
              PageBreak()]
    toc = ["1. Inledning", "2. Sammanfattning", "3. Utvecklingen i Örebro läns kommuner",
           "4. Jämförelse med Jönköpings och Stockholms län", "5. Unga och nyanlända",
           "6. Tabeller", "7. Rekommendationer", "8. Källor och metod", "9. Ordlista"]
    story += [Paragraph("Innehåll", h1)] + [Paragraph(t, body) for t in toc] + [PageBreak()]

    # --- 1 Inledning
    story += [Paragraph("1. Inledning", h1),
              Paragraph("Denna rapport beskriver läget på arbetsmarknaden i Örebro län under "
                        "tredje kvartalet 2025. Rapporten bygger på Arbetsförmedlingens "
                        "statistik över inskrivna arbetslösa i september, på uppgifter om "
                        "nyanmälda lediga platser och på den regionala uppföljningen av "
                        "etableringsprogrammet (EP). Syftet är att ge kommunerna, "
                        "Arbetsförmedlingen och regionens egna verksamheter ett gemensamt "
                        "underlag inför planeringen av insatser under 2026.", body),
              Paragraph("Rapporten ges ut fyra gånger per år av Analysenheten vid Regional "
                        "utveckling. Jämförelser görs med Jönköpings län och Stockholms län, "
                        "som har valts eftersom de har en liknande näringslivsstruktur "
                        "respektive är den största arbetsmarknadsregionen i landet. "
                        "Uppgifterna för länen avser de kommuner som ingår i urvalet, se "
                        "kapitel 8.", body),
              Paragraph("Kapitel 2 sammanfattar de viktigaste iakttagelserna. Kapitel 3 "
                        "beskriver utvecklingen i länets kommuner och kapitel 4 jämför länen. "
                        "Kapitel 5 handlar om unga och nyanlända, kapitel 6 redovisar "
                        "tabellerna och kapitel 7 innehåller analysenhetens rekommendationer. "
                        "En ordlista finns i kapitel 9.", body)]

    # --- 2 Sammanfattning
    o25 = lanrate("Örebro län", "Kvinnor", 2025), lanrate("Örebro län", "Män", 2025)
    story += [Paragraph("2. Sammanfattning", h1),
              Paragraph("Arbetslösheten i Örebro län har ökat något under det senaste året. "
                        f"I september 2025 var {sv(o25[0])} procent av kvinnorna och "
                        f"{sv(o25[1])} procent av männen i åldern 16-64 år inskrivna som "
                        "arbetslösa i urvalets kommuner. Ökningen i antal är störst i Örebro kommun, "
                        "medan Karlskoga och Lindesberg har den högsta andelen arbetslösa.", body),
              Paragraph("Efterfrågan på arbetskraft är fortsatt god inom vård och omsorg, "
                        "utbildning och transport. Antalet nyanmälda lediga platser i Örebro "
                        "kommun ökade med 12 procent jämfört med samma kvartal 2024 och uppgick "
                        "till 3 410 under tredje kvartalet 2025. I övriga kommuner var antalet "
                        "lediga platser i stort sett oförändrat.", body),
              Paragraph("Långtidsarbetslösheten är fortsatt hög. I Örebro län var 38 procent "
                        "av de inskrivna arbetslösa långtidsarbetslösa i september 2025, att "
                        "jämföra med 35 procent ett år tidigare. Utrikes födda kvinnor och "
                        "personer med kort utbildning är överrepresenterade i gruppen.", body),
              Paragraph("Analysenheten bedömer att arbetslösheten når sin topp under vintern "
                        "2025/26 och därefter minskar långsamt när konjunkturen stärks.", body),
              PageBreak()]

    # --- 3 Kommunerna
    story += [Paragraph("3. Utvecklingen i Örebro läns kommuner", h1),
              Paragraph("Kapitlet beskriver antalet inskrivna arbetslösa i de fem kommuner i "
                        "Örebro län som ingår i urvalet. Siffrorna avser september 2025 och "
                        "jämförs med september 2024. Andelen anges i procent av "
                        "registerbefolkningen 16-64 år.", body)]
    texts = {
        "Örebro": "Örebro kommun är länets klart största arbetsmarknad.",
        "Karlskoga": "I Karlskoga har varslen inom försvars- och verkstadsindustrin "
                     "påverkat arbetsmarknaden under året.",
        "Kumla": "Kumla har länets lägsta arbetslöshet bland kommunerna i urvalet, "
                 "delvis tack vare logistiketableringarna längs E20.",
        "Lindesberg": "I Lindesberg har flera mindre tillverkningsföretag dragit ned på "
                      "personalen.",
        "Hallsberg": "Hallsberg påverkas starkt av utvecklingen inom järnvägs- och "
                     "logistiksektorn.",
    }
    for _, k, _ in KOMMUNER["Örebro län"]:
        a25, p25 = tot(k, 2025)
        a24, p24 = tot(k, 2024)
        diff = a25 - a24
        word = "en ökning" if diff >= 0 else "en minskning"
        story += [Paragraph(k, h2),
                  Paragraph(f"{texts[k]} I september 2025 var {sv(a25, 0)} personer inskrivna "
                            f"som arbetslösa i {k}, vilket motsvarar {sv(a25 / p25 * 100)} "
                            f"procent av befolkningen 16-64 år. Ett år tidigare var antalet "
                            f"{sv(a24, 0)}, {word} med {sv(abs(diff), 0)} personer. Bland "
                            f"kvinnorna var andelen {sv(d[(k, 'Kvinnor', 2025)]['andel'])} "
                            f"procent och bland männen {sv(d[(k, 'Män', 2025)]['andel'])} "
                            "procent.", body)]
    story += [Paragraph("Sammantaget fanns det i urvalets kommuner i Örebro län fler inskrivna "
                        "arbetslösa män än kvinnor, vilket hänger samman med att varslen "
                        "främst har drabbat tillverkningsindustrin.", body),
              PageBreak()]

    # --- 4 Jämförelse
    story += [Paragraph("4. Jämförelse med Jönköpings och Stockholms län", h1),
              Paragraph("Örebro län har högre arbetslöshet än både "
                        "Jönköpings län och Stockholms län. I Jönköpings län är arbetslösheten lägst i Värnamo, "
                        "där tillverkningsindustrin fortfarande har svårt att rekrytera. I "
                        "Stockholms län sticker Södertälje ut med den högsta andelen inskrivna "
                        "arbetslösa av samtliga kommuner i urvalet.", body),
              Paragraph(f"Bland kvinnorna var arbetslösheten {sv(lanrate('Jönköpings län', 'Kvinnor', 2025))} "
                        f"procent i Jönköpings län och {sv(lanrate('Stockholms län', 'Kvinnor', 2025))} "
                        "procent i Stockholms län i september 2025. Motsvarande andelar för "
                        "hela riket redovisas i tabell 2.", body),
              Paragraph("Jämförelsen ska tolkas med försiktighet eftersom urvalet av kommuner "
                        "inte är representativt för varje län som helhet. Stockholms stad "
                        "väger tungt i Stockholms län och påverkar länets genomsnitt.", body), PageBreak()]

    # --- 5 Unga och nyanlända
    story += [Paragraph("5. Unga och nyanlända", h1),
              Paragraph("Bland unga 18-24 år var arbetslösheten i Örebro län 9,8 procent i "
                        "september 2025, vilket är 0,6 procentenheter högre än ett år tidigare. "
                        "De flesta unga arbetslösa har en avslutad gymnasieutbildning men "
                        "saknar arbetslivserfarenhet.", body),
              Paragraph("Inom etableringsprogrammet (EP) fanns 1 480 deltagare i Örebro län i "
                        "september 2025, varav 57 procent kvinnor. EP riktar sig till "
                        "nyanlända med uppehållstillstånd och ska ge dem stöd att lära sig "
                        "svenska och etablera sig på arbetsmarknaden. Andelen som har ett "
                        "arbete eller studerar 90 dagar efter avslutat EP var 41 procent.", body),
              Paragraph("Kommunerna och Arbetsförmedlingen samverkar inom ramen för de lokala "
                        "överenskommelserna. Under hösten har samarbetet i Karlskoga och "
                        "Lindesberg utökats med gemensamma arbetsgivarträffar.", body),
              PageBreak()]

    # --- 6 Tabeller
    t1 = [["Kommun", "Öppet\narbetslösa", "Sökande i\nprogram", "Inskrivna\narbetslösa totalt",
           "Andel av bef.\n16-64 år (%)"]]
    sums = [0, 0, 0, 0]
    for _, k, _ in KOMMUNER["Örebro län"]:
        a25, p25 = tot(k, 2025)
        oppet = int(round(a25 * rng.uniform(0.42, 0.55)))
        prog = a25 - oppet
        t1.append([k, sv(oppet, 0), sv(prog, 0), sv(a25, 0), sv(a25 / p25 * 100)])
        sums = [sums[0] + oppet, sums[1] + prog, sums[2] + a25, sums[3] + p25]
    t1.append(["Summa urvalet", sv(sums[0], 0), sv(sums[1], 0), sv(sums[2], 0),
               sv(sums[2] / sums[3] * 100)])
    tab1 = Table(t1, colWidths=[3.6 * cm, 2.6 * cm, 2.6 * cm, 3.4 * cm, 3.2 * cm])
    tab1.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
    ]))
    t2 = [["Län", "Kvinnor 2024", "Kvinnor 2025", "Män 2024", "Män 2025"]]
    for lan in KOMMUNER:
        t2.append([lan] + [sv(lanrate(lan, kon, ar)) for kon in ("Kvinnor", "Män")
                           for ar in (2024, 2025)])
    t2.append(["Riket", "6,4", "6,8", "6,9", "7,3"])
    tab2 = Table(t2, colWidths=[4 * cm, 2.8 * cm, 2.8 * cm, 2.8 * cm, 2.8 * cm])
    tab2.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]))
    story += [Paragraph("6. Tabeller", h1),
              Paragraph("Tabell 1 visar antalet inskrivna arbetslösa i urvalets kommuner i "
                        "Örebro län i september 2025 uppdelat på öppet arbetslösa och sökande "
                        "i program med aktivitetsstöd. Tabell 2 visar arbetslösheten per län "
                        "och kön under tredje kvartalet 2024 och 2025.", body),
              Paragraph("Tabell 1. Inskrivna arbetslösa per kommun i Örebro län, september 2025",
                        cap),
              tab1,
              Paragraph("Källa: Arbetsförmedlingen. Bearbetning: Analysenheten.", note),
              Spacer(1, 0.8 * cm),
              Paragraph("Tabell 2. Inskrivna arbetslösa som andel av befolkningen 16-64 år per "
                        "län och kön, kvartal 3 2024 och 2025, procent", cap),
              tab2,
              Paragraph("Källa: Arbetsförmedlingen. Länen avser urvalets kommuner; riket avser "
                        "samtliga kommuner.", note),
              PageBreak()]

    # --- 7 Rekommendationer
    recs = ["Förstärk samverkan med Arbetsförmedlingen kring långtidsarbetslösa i Karlskoga "
            "och Lindesberg.",
            "Utöka antalet platser inom regionalt yrkesvux för vård och omsorg samt industri.",
            "Prioritera språkstöd och praktikplatser för deltagare i EP, särskilt kvinnor.",
            "Följ upp ungdomsarbetslösheten varje kvartal tillsammans med kommunerna.",
            "Samordna kommunernas arbetsgivarkontakter i ett gemensamt länsnätverk."]
    story += [Paragraph("7. Rekommendationer", h1),
              Paragraph("Mot bakgrund av analysen rekommenderar Analysenheten att följande "
                        "insatser prioriteras under 2026:", body),
              ListFlowable([ListItem(Paragraph(r, body), leftIndent=12) for r in recs],
                           bulletType="bullet", start="•", bulletFontName="Helvetica", leftIndent=14),
              Paragraph("Rekommendationerna kommer att följas upp i arbetsmarknadsrapporten för "
                        "kvartal 1 2026.", body)]

    # --- 8 Källor och metod
    story += [Paragraph("8. Källor och metod", h1),
              Paragraph("Statistiken över inskrivna arbetslösa kommer från Arbetsförmedlingen "
                        "och avser situationen i slutet av september respektive år. Andelen "
                        "beräknas som antalet inskrivna arbetslösa dividerat med "
                        "registerbefolkningen 16-64 år. Urvalet omfattar fem kommuner per "
                        "län: Örebro, Karlskoga, Kumla, Lindesberg och Hallsberg i Örebro län, "
                        "Jönköping, Värnamo, Nässjö, Gislaved och Vetlanda i Jönköpings län "
                        "samt Stockholm, Södertälje, Huddinge, Nacka och Norrtälje i Stockholms "
                        "län.", body),
              Paragraph("Uppgifterna om lediga platser avser platser som har anmälts till "
                        "Arbetsförmedlingen under kvartalet. Uppgifter om etableringsprogrammet "
                        "kommer från den regionala uppföljningen. Små skillnader mellan "
                        "tabeller och text kan förekomma på grund av avrundning.", body),
              PageBreak()]

    # --- 9 Ordlista
    gloss = [
        ("Inskrivna arbetslösa", "Summan av öppet arbetslösa och sökande i program med "
         "aktivitetsstöd."),
        ("Öppet arbetslösa", "Personer som är utan arbete, söker arbete och kan börja arbeta "
         "direkt, och som inte deltar i något program."),
        ("Sökande i program med aktivitetsstöd", "Personer som deltar i ett "
         "arbetsmarknadspolitiskt program, till exempel jobb- och utvecklingsgarantin, och "
         "som får aktivitetsstöd eller etableringsersättning."),
        ("Långtidsarbetslös", "Person som har varit inskriven som arbetslös utan avbrott i mer "
         "än tolv månader."),
        ("Registerbefolkning", "Den folkbokförda befolkningen i en kommun enligt SCB:s "
         "register, här personer i åldern 16-64 år."),
        ("Nyanmälda lediga platser", "Platser som arbetsgivare har anmält till "
         "Arbetsförmedlingen under perioden, oavsett om de har tillsatts."),
    ]
    story += [Paragraph("9. Ordlista", h1)]
    for term, defin in gloss:
        story += [Paragraph(f"<b>{term}</b> – {defin}", body)]
    story += [Spacer(1, 0.6 * cm),
              Paragraph("Frågor om rapporten besvaras av kontaktpersonen Johan Berg, "
                        "Analysenheten, telefon 019-602 10 45.", body)]

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm, title=title,
                            author="Maria Lindqvist", subject="Arbetsmarknad",
                            creator="Region Örebro län")
    hf = header_footer(title + " – " + "Analysenheten")
    doc.build(story, onFirstPage=hf, onLaterPages=hf)


# ---------------------------------------------------------------- minutes
def write_minutes(path):
    body, h1, h2, cap, note, title_s, sub = styles()
    story = [
        Paragraph("Protokoll – styrgruppsmöte Kompetenslyft Bergslagen", h1),
        Paragraph("Datum: 2025-10-22, kl. 09.00-11.30<br/>Plats: Regionens hus, Örebro, "
                  "rum Kilsbergen, samt via Teams", body),
        Paragraph("<b>Närvarande:</b> Lena Ek (ordförande, Region Örebro län), Per Sandberg "
                  "(Karlskoga kommun), Amira Hassan (Lindesbergs kommun), Thomas Wall "
                  "(Arbetsförmedlingen), Karin Öberg (Örebro universitet), Sara Nyström "
                  "(projektledare, adjungerad)", body),
        Paragraph("<b>Frånvarande:</b> Mikael Johansson (Region Jönköpings län)", body),
        Paragraph("<b>Sekreterare:</b> Elin Strand", body),
        Spacer(1, 0.3 * cm),
        Paragraph("§ 1 Mötets öppnande och godkännande av dagordning", h2),
        Paragraph("Ordföranden Lena Ek öppnade mötet. Dagordningen godkändes med ett tillägg "
                  "under övriga frågor.", body),
        Paragraph("§ 2 Föregående protokoll", h2),
        Paragraph("Protokollet från mötet 2025-08-27 gicks igenom och lades till handlingarna.",
                  body),
        Paragraph("§ 3 Lägesrapport från projektledaren", h2),
        Paragraph("Sara Nyström redovisade att kartläggningen av kompetensbehov pågår i de "
                  "deltagande kommunerna. Hittills har 46 arbetsgivare intervjuats, och målet är "
                  "60 intervjuer innan kartläggningen avslutas 2025-11-28. Rekryteringen av "
                  "deltagare till den första utbildningsomgången inleds i januari.", body),
        Paragraph("Beslut: Styrgruppen noterade lägesrapporten.", body),
        Paragraph("§ 4 Ekonomisk uppföljning", h2),
        Paragraph("Förbrukningen t.o.m. september uppgår till 612 000 kr, vilket är i nivå "
                  "med planen. Kostnaderna för resor har blivit lägre än beräknat eftersom "
                  "många möten har hållits digitalt.", body),
        Paragraph("Beslut: Styrgruppen beslutade att flytta 60 000 kr från budgetposten "
                  "Resor till budgetposten Kommunikation.", body),
        Paragraph("§ 5 Upphandling av extern utvärderare", h2),
        Paragraph("Tre anbud har kommit in. Projektledaren föreslog att uppdraget tilldelas "
                  "det anbud som hade bäst förhållande mellan pris och kvalitet.", body),
        Paragraph("Beslut: Styrgruppen beslutade att anlita Analysgruppen Norr AB som extern "
                  "utvärderare för projektet, till en kostnad av högst 320 000 kr.", body),
        Paragraph("§ 6 Övriga frågor", h2),
        Paragraph("Amira Hassan tog upp behovet av utbildning på lätt svenska för deltagare i "
                  "etableringsprogrammet. Frågan tas upp på nästa möte.", body),
        Paragraph("§ 7 Nästa möte", h2),
        Paragraph("Nästa styrgruppsmöte hålls 2025-12-10 kl. 13.00 i Regionens hus, Örebro.",
                  body),
        Paragraph("§ 8 Mötets avslutande", h2),
        Paragraph("Ordföranden tackade deltagarna och avslutade mötet.", body),
        Spacer(1, 0.8 * cm),
        Paragraph("Vid protokollet: Elin Strand<br/>Justeras: Lena Ek, Thomas Wall", body),
    ]
    title = "Protokoll styrgrupp Kompetenslyft Bergslagen 2025-10-22"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm, title=title,
                            author="Elin Strand")
    hf = header_footer(title)
    doc.build(story, onFirstPage=hf, onLaterPages=hf)


# ---------------------------------------------------------------- project plan
def write_plan(path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.title = "Projektplan Kompetenslyft Bergslagen"
    doc.core_properties.author = "Sara Nyström"
    doc.add_heading("Projektplan: Kompetenslyft Bergslagen 2025-2027", 0)
    p = doc.add_paragraph("Version 1.2, 2025-08-15. Diarienummer RUN 2025-0288.")
    p.runs[0].font.size = Pt(9)

    doc.add_heading("1. Bakgrund och syfte", 1)
    doc.add_paragraph(
        "Industrin i Bergslagen har svårt att rekrytera personer med rätt kompetens samtidigt "
        "som arbetslösheten i Karlskoga och Lindesberg är högre än i övriga länet. Syftet med "
        "Kompetenslyft Bergslagen är att matcha arbetsgivarnas kompetensbehov med korta, "
        "yrkesinriktade utbildningar för arbetslösa och för anställda som riskerar att bli "
        "uppsagda. Målet är att minst 180 personer ska ha genomgått en utbildning och att "
        "minst hälften av de arbetslösa deltagarna ska ha ett arbete sex månader efter avslutad "
        "utbildning.")
    doc.add_heading("2. Organisation", 1)
    doc.add_paragraph("Projektägare: Region Örebro län, Regional utveckling")
    doc.add_paragraph("Projektledare: Sara Nyström, Region Örebro län")
    doc.add_paragraph("Styrgruppens ordförande: Lena Ek, avdelningschef Regional utveckling")
    doc.add_paragraph("Samverkanspartner:")
    for part in ["Karlskoga kommun", "Lindesbergs kommun", "Arbetsförmedlingen",
                 "Örebro universitet", "Region Jönköpings län (erfarenhetsutbyte)"]:
        doc.add_paragraph(part, style="List Bullet")

    doc.add_heading("3. Tidplan och milstolpar", 1)
    ms = [("2025-09-01", "Projektstart", "Sara Nyström"),
          ("2025-11-28", "Kartläggning av kompetensbehov klar", "Sara Nyström"),
          ("2026-02-16", "Första utbildningsomgången startar", "Örebro universitet"),
          ("2026-09-30", "Halvtidsutvärdering klar", "Analysgruppen Norr AB"),
          ("2027-03-31", "Slutrapport till styrgruppen", "Sara Nyström")]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Datum", "Aktivitet", "Ansvarig"]):
        c.text = h
    for row in ms:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("4. Budget", 1)
    doc.add_paragraph("Projektets totala budget för hela projektperioden framgår av tabellen. "
                      "Projektet finansieras av Region Örebro län (60 procent) och Europeiska "
                      "socialfonden (40 procent).")
    budget = [("Personal", 2450000), ("Utbildningsinsatser", 1180000), ("Resor", 145000),
              ("Extern utvärdering", 320000), ("Kommunikation", 95000), ("Lokaler", 210000)]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Post"
    t.rows[0].cells[1].text = "Belopp (kr)"
    for post, bel in budget:
        cells = t.add_row().cells
        cells[0].text = post
        cells[1].text = sv(bel, 0)
    cells = t.add_row().cells
    cells[0].text = "Summa"
    cells[1].text = sv(sum(b for _, b in budget), 0)

    doc.add_heading("5. Uppföljning och risker", 1)
    doc.add_paragraph("Projektledaren rapporterar till styrgruppen vid varje möte. Den största "
                      "risken är att för få arbetsgivare kan ta emot praktikanter; den hanteras "
                      "genom tidig dialog i kartläggningen.")
    doc.save(str(path))


# ---------------------------------------------------------------- FAQ
FAQ = """# Vanliga frågor – för medarbetare på Regional utveckling

Senast uppdaterad 2025-09-30. Ansvarig: Kansliet, Regional utveckling.

## Hur beställer jag statistik från Analysenheten?
Skicka ett mejl till analys@regionorebrolan.se med vad du behöver och när. Enkla uttag levereras
normalt inom fem arbetsdagar, större beställningar planeras in i samråd med Johan Berg.

## Vem kontaktar jag vid IT-problem?
Ring IT-servicedesk på 019-602 50 00, vardagar kl. 07.30-17.00. Ärenden som inte är brådskande
kan registreras i självserviceportalen på intranätet.

## När ska tidrapporten vara klar?
Tidrapporten för en månad ska vara attesterad i Heroma senast den 5:e i följande månad.

## Hur sjukanmäler jag mig?
Ring din chef före kl. 09.00 första sjukdagen och registrera sjukfrånvaron i Heroma samma dag.
Från dag 8 behövs läkarintyg.

## Var hittar jag mallar för rapporter och PM?
Mallarna ligger på intranätet under Verktyg > Mallar > Regional utveckling. Använd alltid
rapportmallen för publikationer med statistik.

## Hur bokar jag konferensrum i Regionens hus?
Rum bokas i Outlook. Rummen Kilsbergen och Tiveden rymmer 16 personer och har utrustning för
hybridmöten.

## Vad gäller för tjänsteresor?
Boka resor via resebyrån i ResAdmin. Välj tåg före flyg när resan är kortare än 50 mil enkel väg.
Reseräkningen lämnas senast 30 dagar efter resan.

## Hur ansöker jag om semester?
Sommarsemestern söks i Heroma senast den 31 mars. Övrig semester söks minst två veckor i förväg.

## Vem ansvarar för webbpubliceringen?
Kommunikatören Lotta Frisk, telefon 019-602 11 80, publicerar rapporter på regionens webbplats.
Skicka materialet minst tre arbetsdagar före önskat publiceringsdatum.
"""

MEMO = """Från: Anders Holm <anders.holm@regionorebrolan.se>
Till: Alla medarbetare, Regional utveckling
Kopia: Lena Ek
Datum: 2025-11-03 14:12
Ämne: Beslut om ny rutin för publicering av statistik

Hej alla,

Efter ledningsgruppens möte i fredags har vi fattat beslut om en ny rutin för publicering av
statistik. Från och med den 1 december 2025 ska alla rapporter, PM och webbtexter som innehåller
statistik granskas av en andra analytiker innan de publiceras (fyraögonsprincipen). Granskningen
dokumenteras i granskningsmallen som finns på intranätet under Verktyg > Mallar.

Varje enhet ska lämna sin publiceringsplan för kvartal 1 2026 till mig senast 2025-11-21, så att
vi kan fördela granskningsuppdragen jämnt mellan analytikerna.

Frågor om rutinen besvaras av Johan Berg på Analysenheten.

Hälsningar
Anders Holm
Enhetschef, Regional utveckling
Region Örebro län
"""


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    rows = make_data()
    write_csv(out / "AF_inskrivna_arbetslosa_kommun_kon_2023-2025.csv", rows)
    write_report(out / "Arbetsmarknadsrapport_kv3_2025.pdf", rows)
    write_minutes(out / "Protokoll_styrgrupp_2025-10-22.pdf")
    write_plan(out / "Projektplan_Kompetenslyft_Bergslagen.docx")
    (out / "Vanliga_fragor_medarbetare.md").write_text(FAQ, encoding="utf-8")
    (out / "Mejl_publicering_statistik.txt").write_text(MEMO, encoding="utf-8")
    print("skrev", sorted(p.name for p in out.iterdir()))


if __name__ == "__main__":
    main()
