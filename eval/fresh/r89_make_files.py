#!/usr/bin/env python
"""Generate six Swedish-style statistics files for round 89 (seed 89)."""
import sys, os
import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak)

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(89)

VB = [("2401", "Nordmaling"), ("2403", "Bjurholm"), ("2404", "Vindeln"), ("2409", "Robertsfors"),
      ("2417", "Norsjö"), ("2418", "Malå"), ("2421", "Storuman"), ("2422", "Sorsele"),
      ("2425", "Dorotea"), ("2460", "Vännäs"), ("2462", "Vilhelmina"), ("2463", "Åsele"),
      ("2480", "Umeå"), ("2481", "Lycksele"), ("2482", "Skellefteå")]
NB = [("2505", "Arvidsjaur"), ("2506", "Arjeplog"), ("2510", "Jokkmokk"), ("2513", "Överkalix"),
      ("2514", "Kalix"), ("2518", "Övertorneå"), ("2521", "Pajala"), ("2523", "Gällivare"),
      ("2560", "Älvsbyn"), ("2580", "Luleå"), ("2581", "Piteå"), ("2582", "Boden"),
      ("2583", "Haparanda"), ("2584", "Kiruna")]
COUNTIES = ["Stockholms län", "Uppsala län", "Södermanlands län", "Östergötlands län",
            "Jönköpings län", "Kronobergs län", "Kalmar län", "Gotlands län", "Blekinge län",
            "Skåne län", "Hallands län", "Västra Götalands län", "Värmlands län", "Örebro län",
            "Västmanlands län", "Dalarnas län", "Gävleborgs län", "Västernorrlands län",
            "Jämtlands län", "Västerbottens län", "Norrbottens län"]
POP_W = [2450, 400, 300, 470, 370, 205, 250, 60, 160, 1420, 340, 1770, 285, 310, 280, 290, 290,
         245, 132, 275, 250]  # rough population (thousands) used as weights

# ---------------------------------------------------------------- 1. SCB XLSX
def make_scb():
    wb = Workbook(); ws = wb.active; ws.title = "Medianinkomst"
    ws["A1"] = ("Sammanräknad förvärvsinkomst, medianinkomst för boende i Sverige hela året, "
                "20-64 år, tkr, efter region, kön och år")
    ws["A1"].font = Font(bold=True)
    ws["A3"] = "region"
    ws.merge_cells("A3:A4")
    for j, yr in enumerate([2023, 2024]):
        c0 = 2 + j * 3
        ws.cell(row=3, column=c0, value=str(yr))
        ws.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 2)
        ws.cell(row=3, column=c0).alignment = Alignment(horizontal="center")
        for k, lab in enumerate(["män", "kvinnor", "totalt"]):
            ws.cell(row=4, column=c0 + k, value=lab)
    rows = [("24", "Västerbottens län")] + VB
    r = 5
    for code, name in rows:
        base = rng.uniform(318, 372) if name != "Umeå" else 365.0
        if name == "Västerbottens län":
            base = 352.0
        men23 = round(base * rng.uniform(1.06, 1.13), 1)
        wom23 = round(base * rng.uniform(0.88, 0.95), 1)
        tot23 = round((men23 + wom23) / 2 + rng.uniform(-2, 2), 1)
        g = rng.uniform(1.015, 1.055)
        men24 = round(men23 * g * rng.uniform(0.99, 1.01), 1)
        wom24 = round(wom23 * g * rng.uniform(0.99, 1.02), 1)
        tot24 = round((men24 + wom24) / 2 + rng.uniform(-2, 2), 1)
        ws.cell(row=r, column=1, value=f"{code} {name}")
        for k, v in enumerate([men23, wom23, tot23, men24, wom24, tot24]):
            ws.cell(row=r, column=2 + k, value=v)
        r += 1
    ws.cell(row=r + 1, column=1, value="Källa: SCB, Inkomst- och taxeringsregistret")
    ws.cell(row=r + 2, column=1, value="Senast uppdaterad: 2025-11-28")
    ws.column_dimensions["A"].width = 24
    wb.save(os.path.join(OUT, "SCB_medianinkomst_Vasterbotten_2023_2024.xlsx"))

# ---------------------------------------------------------------- 2. Kolada XLSX
def make_kolada():
    wb = Workbook(); ws = wb.active; ws.title = "Kolada"
    ws["A1"] = "Andel elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "KPI: N15428   Källa: Skolverket via Kolada"
    years = list(range(2019, 2025))
    ws.cell(row=4, column=1, value="Kommun")
    for j, y in enumerate(years):
        ws.cell(row=4, column=2 + j, value=y)
    r = 5
    empties = {("Arjeplog", 2020), ("Arjeplog", 2023), ("Överkalix", 2019), ("Jokkmokk", 2022),
               ("Pajala", 2024), ("Övertorneå", 2021)}
    for code, name in NB + [("0000", "Riket")]:
        base = rng.uniform(78, 93) if name != "Riket" else 85.6
        ws.cell(row=r, column=1, value=name)
        for j, y in enumerate(years):
            if (name, y) in empties:
                continue
            v = round(min(100.0, base + rng.normal(0, 2.8 if name != "Riket" else 0.6)), 1)
            ws.cell(row=r, column=2 + j, value=v)
        r += 1
    ws.cell(row=r + 1, column=1, value="Tom cell = uppgift saknas eller är sekretessbelagd (färre än 10 elever).")
    wb.save(os.path.join(OUT, "Kolada_behorighet_yrkesprogram_Norrbotten.xlsx"))

# ---------------------------------------------------------------- 3. Arbetsförmedlingen TXT
def make_af():
    lines = ["Inskrivna arbetssökande efter län och utbildningsnivå, oktober 2025",
             "Källa: Arbetsförmedlingen",
             "",
             "\t".join(["Län", "Förgymnasial", "Gymnasial", "Eftergymnasial", "Okänd", "Totalt"])]
    tot = np.zeros(5, dtype=int)
    for name, w in zip(COUNTIES, POP_W):
        n = int(w * rng.uniform(55, 80))
        shares = rng.dirichlet([28, 40, 27, 5])
        parts = [int(round(n * s)) for s in shares]
        row = parts + [sum(parts)]
        tot += np.array(row)
        lines.append("\t".join([name] + [str(x) for x in row]))
    lines.append("\t".join(["Riket"] + [str(x) for x in tot]))
    txt = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(OUT, "AF_inskrivna_utbildningsniva_lan_2025-10.txt"), "wb") as f:
        f.write(txt.encode("utf-16"))  # utf-16 adds BOM

# ---------------------------------------------------------------- 4. Försäkringskassan XLSX
def make_fk():
    wb = Workbook(); ws = wb.active; ws.title = "Pågående sjukfall"
    ws["A1"] = "Pågående sjukfall efter diagnosgrupp, Östergötlands län, 2024"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Antal pågående sjukfall vid månadens slut"
    hdr = ["Månad", "Psykiatriska diagnoser", "Sjukdomar i rörelseorganen", "Övriga diagnoser", "Samtliga"]
    for j, h in enumerate(hdr):
        ws.cell(row=4, column=1 + j, value=h)
    seas = [1.04, 1.05, 1.06, 1.03, 1.00, 0.97, 0.90, 0.93, 0.99, 1.02, 1.04, 1.01]
    for i in range(12):
        p = int(4700 * seas[i] * rng.uniform(0.98, 1.03) * (1 + 0.004 * i))
        m = int(2050 * seas[i] * rng.uniform(0.97, 1.03))
        o = int(3300 * seas[i] * rng.uniform(0.96, 1.04))
        vals = [f"2024-{i+1:02d}", p, m, o, p + m + o]
        for j, v in enumerate(vals):
            ws.cell(row=5 + i, column=1 + j, value=v)
    ws.cell(row=18, column=1, value="Källa: Försäkringskassan, MiDAS")
    wb.save(os.path.join(OUT, "FK_pagaende_sjukfall_Ostergotland_2024.xlsx"))

# ---------------------------------------------------------------- 5. PDF report
def make_pdf():
    path = os.path.join(OUT, "Kvartalsrapport_arbetsmarknad_Norrbotten_Q3_2025.pdf")
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Title"], ss["Heading2"]
    munis = ["Luleå", "Piteå", "Boden", "Kiruna", "Gällivare", "Kalix", "Haparanda", "Älvsbyn",
             "Arvidsjaur", "Pajala", "Jokkmokk", "Övertorneå", "Överkalix", "Arjeplog"]
    base = [2350, 1180, 890, 520, 430, 510, 480, 260, 170, 190, 150, 140, 110, 75]
    cnt_q3 = [int(b * rng.uniform(0.92, 1.1)) for b in base]
    cnt_q3_24 = [int(c * rng.uniform(0.9, 1.12)) for c in cnt_q3]
    tot25, tot24 = sum(cnt_q3), sum(cnt_q3_24)
    ages = ["16–24 år", "25–34 år", "35–44 år", "45–54 år", "55–64 år"]
    share25 = [round(x, 1) for x in rng.uniform(3.0, 9.5, 5)]
    share24 = [round(x + rng.uniform(-1.2, 1.0), 1) for x in share25]
    tot_share25 = 5.4; tot_share24 = 5.1
    story = []
    story.append(Paragraph("Kvartalsrapport arbetsmarknad Norrbotten, kvartal 3 2025", h1))
    story.append(Paragraph("Sammanfattning", h2))
    story.append(Paragraph(
        f"Vid utgången av september 2025 var {tot25:,} personer inskrivna som arbetslösa vid ".replace(",", " ")
        + f"Arbetsförmedlingen i Norrbottens län, jämfört med {tot24:,}".replace(",", " ") + " personer vid samma tidpunkt 2024. "
        + f"Den totala arbetslösheten i länet uppgick till {str(tot_share25).replace('.', ',')} procent av "
        f"den registerbaserade arbetskraften (16–64 år), vilket kan jämföras med "
        f"{str(tot_share24).replace('.', ',')} procent ett år tidigare.", body))
    story.append(Spacer(1, 8))
    story.append(Paragraph(
        "Efterfrågan på arbetskraft är fortsatt stark inom industri, bygg och gruvnäring i Malmfälten, "
        "medan handel och besöksnäring har påverkats av en svagare konsumtion. Antalet nyinskrivna "
        "under kvartalet uppgick till 2 140 personer, och 1 865 personer lämnade Arbetsförmedlingen "
        "för arbete. Antalet lediga platser som anmäldes under kvartalet var 6 310, en minskning med "
        "7 procent jämfört med kvartal 3 2024.", body))
    story.append(Spacer(1, 8))
    story.append(Paragraph(
        "Långtidsarbetslösheten, det vill säga personer som varit utan arbete i mer än tolv månader, "
        "omfattade 2 415 personer, vilket motsvarar 32 procent av samtliga inskrivna arbetslösa. "
        "Bland utrikes födda var arbetslösheten 17,8 procent, jämfört med 3,2 procent bland inrikes födda.",
        body))
    story.append(PageBreak())
    story.append(Paragraph("Arbetslöshet per kommun och ålder", h2))
    story.append(Paragraph(
        "Tabellerna nedan redovisar inskrivna arbetslösa per kommun samt arbetslösheten i procent "
        "av den registerbaserade arbetskraften per åldersgrupp, vid utgången av september.", body))
    story.append(Spacer(1, 6))
    story.append(Paragraph("<b>Tabell 1.</b> Inskrivna arbetslösa per kommun, antal, september 2024 och 2025", body))
    data1 = [["Kommun", "Sep 2024", "Sep 2025", "Förändring"]]
    for m, a, b in zip(munis, cnt_q3_24, cnt_q3):
        data1.append([m, f"{a:,}".replace(",", " "), f"{b:,}".replace(",", " "), f"{b-a:+d}"])
    data1.append(["Norrbottens län", f"{tot24:,}".replace(",", " "), f"{tot25:,}".replace(",", " "),
                  f"{tot25-tot24:+d}"])
    t1 = Table(data1, hAlign="LEFT")
    t1.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 8), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    story.append(t1)
    story.append(Spacer(1, 10))
    story.append(Paragraph("<b>Tabell 2.</b> Arbetslöshet efter åldersgrupp, andel (%) av registerbaserad arbetskraft, Norrbottens län", body))
    data2 = [["Åldersgrupp", "Kv 3 2024", "Kv 3 2025"]]
    for a, s24, s25 in zip(ages, share24, share25):
        data2.append([a, str(s24).replace(".", ","), str(s25).replace(".", ",")])
    data2.append(["Totalt 16–64 år", str(tot_share24).replace(".", ","), str(tot_share25).replace(".", ",")])
    t2 = Table(data2, hAlign="LEFT")
    t2.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 8), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    story.append(t2)
    story.append(Spacer(1, 6))
    story.append(Paragraph("Källa: Arbetsförmedlingen och SCB, bearbetning Region Norrbotten.", body))
    story.append(PageBreak())
    story.append(Paragraph("Utsikter", h2))
    story.append(Paragraph(
        "Under 2026 väntas arbetslösheten i Norrbotten minska något, till följd av fortsatta "
        "investeringar i den gröna industriomställningen i Boden och Luleå samt stadsomvandlingen i "
        "Kiruna och Gällivare. Rekryteringsbehovet bedöms uppgå till omkring 12 000 personer fram till "
        "2030. Samtidigt finns en risk för matchningsproblem, eftersom en stor del av de inskrivna "
        "saknar gymnasieutbildning.", body))
    story.append(Spacer(1, 8))
    story.append(Paragraph(
        "Region Norrbotten följer utvecklingen kvartalsvis. Nästa rapport publiceras i februari 2026 "
        "och omfattar kvartal 4 2025.", body))

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, A4[1] - 1.2 * cm, "Region Norrbotten – Kvartalsrapport arbetsmarknad")
        canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Kvartal 3 2025")
        canv.drawString(2 * cm, 1.2 * cm, "Regional utveckling, Region Norrbotten")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {doc.page} av 3")
        canv.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                            title="Kvartalsrapport arbetsmarknad Norrbotten Q3 2025", author="Region Norrbotten")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    # also dump ground truth for the generator's own checks
    pd.DataFrame({"Kommun": munis + ["Norrbottens län"], "Sep 2024": cnt_q3_24 + [tot24],
                  "Sep 2025": cnt_q3 + [tot25]}).to_csv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "pdf_truth_t1.csv"), index=False)
    pd.DataFrame({"Ålder": ages + ["Totalt"], "2024": share24 + [tot_share24], "2025": share25 + [tot_share25]}).to_csv(
        os.path.join(os.path.dirname(os.path.abspath(__file__)), "pdf_truth_t2.csv"), index=False)

# ---------------------------------------------------------------- 6. Register CSV
def make_register():
    areas = ["Innovation och företagande", "Kompetensförsörjning", "Hållbar samhällsutveckling",
             "Digital infrastruktur"]
    orgs = ["Umeå universitet", "Skellefteå kommun", "Region Västerbotten", "Lycksele kommun",
            "Almi Företagspartner Nord AB", "Coompanion Västerbotten", "Vilhelmina kommun",
            "Sveriges lantbruksuniversitet", "Företagarna Västerbotten", "Hushållningssällskapet Norr",
            "Storumans kommun", "Umeå kommun", "Science Park Skellefteå AB", "Vindelns kommun"]
    org_kommun = {"Umeå universitet": "Umeå", "Skellefteå kommun": "Skellefteå", "Region Västerbotten": "Umeå",
                  "Lycksele kommun": "Lycksele", "Almi Företagspartner Nord AB": "Umeå",
                  "Coompanion Västerbotten": "Umeå", "Vilhelmina kommun": "Vilhelmina",
                  "Sveriges lantbruksuniversitet": "Umeå", "Företagarna Västerbotten": "Skellefteå",
                  "Hushållningssällskapet Norr": "Vännäs", "Storumans kommun": "Storuman",
                  "Umeå kommun": "Umeå", "Science Park Skellefteå AB": "Skellefteå", "Vindelns kommun": "Vindeln"}
    topics = ["Smart industri", "Grön omställning i inlandet", "Kompetenslyft batteri", "Besöksnäring 2030",
              "Digitala byar", "Framtidens fjällturism", "Lokal matproduktion", "Unga entreprenörer",
              "Validering inom vård", "Bredband till landsbygden", "Cirkulära flöden", "Kulturella näringar",
              "Kompetensnav Norr", "Energieffektiva fastigheter", "Företagsakuten", "Samverkan skola-arbetsliv",
              "Testbädd fordonsteknik", "Hållbara transporter", "Inlandets servicepunkter", "Digital vård hemma"]
    rows = []
    for i in range(40):
        org = orgs[int(rng.integers(0, len(orgs)))]
        area = areas[int(rng.integers(0, 4))]
        amount = int(rng.integers(15, 420)) * 10000 + int(rng.choice([0, 0, 0, 2500, 5000]))
        cof = int(rng.choice([30, 40, 50, 50, 60]))
        y = int(rng.choice([2023, 2024, 2024, 2025]))
        mo = int(rng.integers(1, 13))
        start = pd.Timestamp(y, mo, 1)
        end = start + pd.DateOffset(months=int(rng.choice([12, 18, 24, 36]))) - pd.Timedelta(days=1)
        name = topics[i % len(topics)] + ("" if i < len(topics) else " - etapp 2")
        rows.append({"Diarienummer": f"RUN 2.1.3-{y-1}-{150+i*7:04d}",
                     "Projektnamn": name, "Stödmottagare": org, "Kommun": org_kommun[org],
                     "Programområde": area,
                     "Beviljat belopp (kr)": f"{amount:,.2f}".replace(",", " ").replace(".", ","),
                     "Medfinansiering (%)": cof,
                     "Projektstart": start.strftime("%Y-%m-%d"), "Projektslut": end.strftime("%Y-%m-%d")})
    df = pd.DataFrame(rows)
    df.to_csv(os.path.join(OUT, "beviljade_projektmedel_Vasterbotten.csv"), sep=";", index=False, encoding="latin-1")

make_scb(); make_kolada(); make_af(); make_fk(); make_pdf(); make_register()
print("wrote", sorted(os.listdir(OUT)))
