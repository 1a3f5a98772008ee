#!/usr/bin/env python3
"""r181: writes six fictional statistics files about Gävleborgs län into OUT_DIR.

    python r181_make_files.py OUT_DIR

Files (all figures invented, deterministic):
  1. Region_Gavleborg_i_siffror_2025.csv                 (UTF-8, ';' + trailing ';', quoted header cells with
                                                            embedded line breaks, U+202F thousands, landskap subtotals)
  2. JV_utbetalningar_EU-stod_Gavleborg_2024-10_2025-09.csv (Windows-1252, SAP-style list: dd.mm.yyyy, dot thousands,
                                                            trailing minus for recoveries, one payment split on
                                                            EJFLU + national rows, upper-case municipality, total line)
  3. Gymnasieantagningen_Gavleborg_2025.xlsx              (read-me sheet, preliminary and final admission sheets as
                                                            Excel table objects, hidden school-unit code column)
  4. SCB_Lagenheter_hustyp_upplatelseform_Gavleborg.xlsx  (sheets 2024/2023, two-row merged header, collapsed column
                                                            outline group hiding 'Övriga hus'/'Specialbostäder')
  5. FK_aktivitetsstod_utvecklings_etablering_Gavleborg_2023-2024.csv (mojibake: UTF-8 text once mis-decoded as
                                                            cp1252 and re-saved as UTF-8 with BOM, comma-separated)
  6. Region_Gavleborg_Kollektivtrafikrapport_2024.pdf     (two pages, table with rotated column headers, prose
                                                            distractors, per-mode table, satisfaction table)
"""
import csv
import io
import os
import random
import sys

KOMMUNER = [  # code, name, landskap
    ("2101", "Ockelbo", "Gästrikland"),
    ("2104", "Hofors", "Gästrikland"),
    ("2121", "Ovanåker", "Hälsingland"),
    ("2132", "Nordanstig", "Hälsingland"),
    ("2161", "Ljusdal", "Hälsingland"),
    ("2180", "Gävle", "Gästrikland"),
    ("2181", "Sandviken", "Gästrikland"),
    ("2182", "Söderhamn", "Hälsingland"),
    ("2183", "Bollnäs", "Hälsingland"),
    ("2184", "Hudiksvall", "Hälsingland"),
]
CODE = {n: c for c, n, _ in KOMMUNER}

NNBSP = "\u202f"  # narrow no-break space


def sv_int(x, sep=" "):
    return f"{int(round(x)):,}".replace(",", sep)


def sv_dec(x, nd=1, sep=" "):
    s = f"{x:,.{nd}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", sep)
    return s


# ============================================================ 1. key figures CSV
def make_key_figures(out):
    # name: pop2024, pop2023, share65, ff2064, land km2
    data = {
        "Gävle": (103412, 102870, 21.4, 79.6, 1604.2),
        "Sandviken": (39981, 39804, 24.1, 80.3, 1155.8),
        "Hofors": (9446, 9507, 27.2, 76.4, 525.4),
        "Ockelbo": (5812, 5846, 29.6, 79.1, 1068.9),
        "Bollnäs": (26187, 26245, 26.8, 78.2, 1659.3),
        "Hudiksvall": (37624, 37590, 26.1, 80.9, 2507.6),
        "Ljusdal": (18715, 18842, 28.9, 77.5, 5262.4),
        "Nordanstig": (9312, 9365, 30.4, 78.8, 1361.7),
        "Ovanåker": (11428, 11447, 27.9, 81.7, 1853.1),
        "Söderhamn": (25476, 25589, 27.6, 75.9, 1065.0),
    }
    gast = ["Gävle", "Sandviken", "Hofors", "Ockelbo"]
    hals = ["Bollnäs", "Hudiksvall", "Ljusdal", "Nordanstig", "Ovanåker", "Söderhamn"]

    def agg(names, ff):
        p24 = sum(data[n][0] for n in names)
        p23 = sum(data[n][1] for n in names)
        s65 = round(sum(data[n][0] * data[n][2] for n in names) / p24, 1)
        land = round(sum(data[n][4] for n in names), 1)
        return (p24, p23, s65, ff, land)

    aggs = {
        "Gästrikland": agg(gast, 79.4),
        "Hälsingland": agg(hals, 78.9),
        "Gävleborgs län": agg(gast + hals, 79.2),
        "Riket": (10587710, 10551707, 20.6, 80.1, 407283.9),
    }

    def row(name, v):
        p24, p23, s65, ff, land = v
        dens = p24 / land
        cells = [
            name,
            sv_int(p24, NNBSP),
            sv_int(p23, NNBSP),
            ("+" if p24 - p23 > 0 else "−") + sv_int(abs(p24 - p23), NNBSP),
            sv_dec(s65, 1, NNBSP),
            sv_dec(ff, 1, NNBSP),
            sv_dec(land, 1, NNBSP),
            sv_dec(dens, 1, NNBSP),
        ]
        return ";".join(cells) + ";"

    header = [
        "Kommun",
        "Folkmängd\n31 dec 2024",
        "Folkmängd\n31 dec 2023",
        "Förändring\n2023–2024",
        "Andel 65 år\noch äldre (%)\n2024",
        "Förvärvsfrekvens\n20–64 år (%)\n2023",
        "Landareal\n(km²)",
        "Invånare\nper km²\n2024",
    ]
    lines = [
        "Gävleborg i siffror 2025 – nyckeltal per kommun och länsdel;;;;;;;;",
        "Region Gävleborg, Samhällsanalys. Publicerad 2025-05-20;;;;;;;;",
        ";;;;;;;;",
        ";".join('"' + h + '"' for h in header) + ";",
    ]
    for n in gast:
        lines.append(row(n, data[n]))
    lines.append(row("Gästrikland", aggs["Gästrikland"]))
    for n in hals:
        lines.append(row(n, data[n]))
    lines.append(row("Hälsingland", aggs["Hälsingland"]))
    lines.append(row("Gävleborgs län", aggs["Gävleborgs län"]))
    lines.append(row("Riket", aggs["Riket"]))
    lines += [
        ";;;;;;;;",
        "Länsdelar: Gästrikland = Gävle, Hofors, Ockelbo och Sandviken. Hälsingland = Bollnäs, Hudiksvall, Ljusdal, "
        "Nordanstig, Ovanåker och Söderhamn.;;;;;;;;",
        "Förvärvsfrekvens avser andel förvärvsarbetande i november 2023 (senaste tillgängliga år).;;;;;;;;",
        "Källa: SCB (befolkningsstatistik, RAMS/BAS) och Lantmäteriet (landareal 1 jan 2025), bearbetning Region Gävleborg.;;;;;;;;",
    ]
    with open(os.path.join(out, "Region_Gavleborg_i_siffror_2025.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ============================================================ 2. Jordbruksverket payments CSV (SAP style)
def make_payments(out):
    rng = random.Random(18101)
    # municipality weights: number of recipients
    n_rec = {"Ljusdal": 11, "Bollnäs": 8, "Hudiksvall": 10, "Ovanåker": 7, "Söderhamn": 6, "Nordanstig": 8,
             "Gävle": 6, "Sandviken": 4, "Ockelbo": 4, "Hofors": 2}
    prefixes = ["Norr", "Söder", "Väster", "Öster", "Nybo", "Berg", "Kvarn", "Lid", "Sjö", "Ås", "Back", "Myr",
                "Hög", "Gran", "Ek", "Lövs", "Tall", "Holm", "Ström", "Ängs"]
    suffixes = ["gårdens Lantbruk AB", "bo Mjölk HB", "byns Jordbruk AB", " Lantbruk & Skog AB", "ängens Kött AB",
                "gården HB", " Gårdsmejeri AB", " Fårgård"]
    recipients = []
    rid = 104200
    used = set()
    for c, kom, _ in KOMMUNER:
        for i in range(n_rec[kom]):
            rid += rng.randint(3, 40)
            if rng.random() < 0.3:
                name = "Privatperson"
            else:
                while True:
                    name = rng.choice(prefixes) + rng.choice(suffixes)
                    if name not in used:
                        used.add(name)
                        break
            recipients.append({"id": f"JV{rid}", "name": name, "kom": kom})

    EU_ONLY = {"Grundstöd": "EGFJ", "Nötkreatursstöd": "EGFJ", "Stöd till unga jordbrukare": "EGFJ"}
    COFIN = ["Kompensationsstöd", "Ersättning för betesmarker och slåtterängar", "Ersättning för ekologisk produktion",
             "Investeringsstöd"]
    EU_SHARE = 0.43

    rows = []  # (date, year, rid, name, code, kom, form, fond, trans, amount)

    def add(date, year, r, form, trans, amount):
        amount = int(round(amount))
        if form in EU_ONLY:
            rows.append((date, year, r, form, EU_ONLY[form], trans, amount))
        else:
            eu = int(round(amount * EU_SHARE))
            rows.append((date, year, r, form, "EJFLU", trans, eu))
            rows.append((date, year, r, form, "Nationell medfinansiering", trans, amount - eu))

    young = set()
    young_ids = []
    for idx, r in enumerate(recipients):
        ha = rng.randint(18, 160)
        forms = {"Grundstöd": ha * rng.randint(1050, 1250)}
        if rng.random() < 0.85 or r["kom"] == "Ljusdal":
            forms["Kompensationsstöd"] = ha * rng.randint(600, 900)
        if rng.random() < 0.45:
            forms["Ersättning för betesmarker och slåtterängar"] = rng.randint(6, 40) * rng.randint(900, 1600)
        if rng.random() < 0.3:
            forms["Ersättning för ekologisk produktion"] = ha * rng.randint(1000, 1400)
        if rng.random() < 0.4:
            forms["Nötkreatursstöd"] = rng.randint(15, 120) * 990
        if idx % 9 == 4:
            forms["Stöd till unga jordbrukare"] = min(ha, 90) * 640
            young_ids.append(r["id"])
        if idx % 13 == 7:
            forms["Investeringsstöd"] = rng.randint(120, 640) * 1000
        r["forms"] = forms
        for form, tot in forms.items():
            if form == "Investeringsstöd":
                d = f"{rng.randint(10, 28):02d}.{rng.choice([3, 5, 6, 8]):02d}.2025"
                add(d, 2024, r, form, "Utbetalning", tot)
                continue
            adv = tot * 0.7
            add("16.12.2024", 2024, r, form, "Förskott", adv)
            add(f"{rng.choice([9, 10, 11, 23, 24, 25]):02d}.04.2025", 2024, r, form, "Slutbetalning", tot - int(round(adv)))
    # stödår 2023: late final payments and recoveries paid in the period (tempting when asked about 2024)
    for r in recipients[::5]:
        add(f"{rng.randint(2, 27):02d}.{rng.choice([10, 11]):02d}.2024", 2023, r, "Kompensationsstöd", "Slutbetalning",
            rng.randint(8, 60) * 1000 + rng.randint(0, 999))
    for r in recipients[2::11]:
        add(f"{rng.randint(2, 27):02d}.02.2025", 2023, r, "Grundstöd", "Återkrav", -(rng.randint(3, 25) * 1000 + rng.randint(0, 999)))
    # recoveries for stödår 2024, incl. a forced one on Kompensationsstöd in Ljusdal
    ljusdal = [r for r in recipients if r["kom"] == "Ljusdal" and "Kompensationsstöd" in r["forms"]]
    add("12.06.2025", 2024, ljusdal[1], "Kompensationsstöd", "Återkrav", -18640)
    add("03.09.2025", 2024, ljusdal[4], "Kompensationsstöd", "Återkrav", -7215)
    for r in recipients[3::7]:
        form = "Ersättning för betesmarker och slåtterängar" if "Ersättning för betesmarker och slåtterängar" in r["forms"] else "Grundstöd"
        add(f"{rng.randint(2, 27):02d}.{rng.choice([6, 7, 8]):02d}.2025", 2024, r, form, "Återkrav",
            -(rng.randint(2, 19) * 1000 + rng.randint(0, 999)))

    def dkey(row):
        d, m, y = row[0].split(".")
        return (y, m, d, row[2]["id"], row[3], row[4])

    rows.sort(key=dkey)

    def amt(x):
        s = f"{abs(x):,}".replace(",", ".") + ",00"
        return s + ("-" if x < 0 else "")

    buf = io.StringIO()
    buf.write("Utb.datum;Stödår;Mottagar-ID;Stödmottagare;Kommunkod;Kommun;Stödform;Fond;Transaktion;Belopp SEK\r\n")
    total = 0
    for d, y, r, form, fond, trans, a in rows:
        total += a
        buf.write(";".join([d, str(y), r["id"], r["name"], CODE[r["kom"]], r["kom"].upper(), form, fond, trans, amt(a)]) + "\r\n")
    buf.write(f";;;;;;;;Summa;{amt(total)}\r\n")
    buf.write(f"Antal poster: {len(rows)};;;;;;;;;\r\n")
    with open(os.path.join(out, "JV_utbetalningar_EU-stod_Gavleborg_2024-10_2025-09.csv"), "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())


# ============================================================ 3. Gymnasieantagningen XLSX
ADM_FINAL = [
    # kommun, skola, enhetskod, huvudman, kod, program, platser, sok1, ant1, anttot, reserver, lagsta, median
    ("Gävle", "Polhemsskolan", "41826375", "Kommunal", "NANAT", "Naturvetenskapsprogrammet – Naturvetenskap", 64, 88, 64, 64, 21, 262.5, 290.0),
    ("Gävle", "Polhemsskolan", "41826375", "Kommunal", "NASAM", "Naturvetenskapsprogrammet – Naturvetenskap och samhälle", 32, 41, 32, 32, 6, 241.0, 268.5),
    ("Gävle", "Polhemsskolan", "41826375", "Kommunal", "TETEK", "Teknikprogrammet – Teknikvetenskap", 32, 36, 32, 32, 3, 218.5, 252.0),
    ("Gävle", "Polhemsskolan", "41826375", "Kommunal", "TEINF", "Teknikprogrammet – Informations- och medieteknik", 32, 47, 32, 32, 12, 236.0, 260.5),
    ("Gävle", "Polhemsskolan", "41826375", "Kommunal", "ESBIL", "Estetiska programmet – Bild och formgivning", 24, 22, 22, 24, 0, "Alla antagna", 231.0),
    ("Gävle", "Vasaskolan", "73519042", "Kommunal", "EKEKO", "Ekonomiprogrammet – Ekonomi", 64, 79, 64, 64, 14, 247.5, 271.0),
    ("Gävle", "Vasaskolan", "73519042", "Kommunal", "EKJUR", "Ekonomiprogrammet – Juridik", 32, 51, 32, 32, 18, 258.0, 281.5),
    ("Gävle", "Vasaskolan", "73519042", "Kommunal", "SASAM", "Samhällsvetenskapsprogrammet – Samhällsvetenskap", 64, 70, 64, 64, 5, 221.0, 250.5),
    ("Gävle", "Vasaskolan", "73519042", "Kommunal", "SABET", "Samhällsvetenskapsprogrammet – Beteendevetenskap", 64, 82, 64, 64, 16, 232.5, 259.0),
    ("Gävle", "Vasaskolan", "73519042", "Kommunal", "HUKUL", "Humanistiska programmet – Kultur", 16, 9, 9, 13, 0, "Alla antagna", 224.0),
    ("Gävle", "Borgarskolan", "28450617", "Kommunal", "EEELT", "El- och energiprogrammet – Elteknik", 48, 45, 45, 48, 0, "Alla antagna", 176.0),
    ("Gävle", "Borgarskolan", "28450617", "Kommunal", "FTTRA", "Fordons- och transportprogrammet – Transport", 32, 27, 27, 31, 0, "Alla antagna", 158.5),
    ("Gävle", "Borgarskolan", "28450617", "Kommunal", "BAHUS", "Bygg- och anläggningsprogrammet – Husbyggnad", 32, 38, 32, 32, 5, 146.0, 181.0),
    ("Gävle", "Borgarskolan", "28450617", "Kommunal", "VO", "Vård- och omsorgsprogrammet", 48, 36, 36, 44, 0, "Alla antagna", 171.5),
    ("Gävle", "Borgarskolan", "28450617", "Kommunal", "HTTUR", "Hotell- och turismprogrammet – Turism och resor", 16, 6, 6, 8, 0, "Alla antagna", 165.0),
    ("Gävle", "Borgarskolan", "28450617", "Kommunal", "IMYRK", "Introduktionsprogram – Yrkesintroduktion", "-", 14, 14, 14, 0, "-", "-"),
    ("Gävle", "Gävle Tekniska Gymnasium", "60391824", "Enskild", "TEDES", "Teknikprogrammet – Design och produktutveckling", 30, 26, 26, 30, 0, "Alla antagna", 205.5),
    ("Gävle", "Gävle Tekniska Gymnasium", "60391824", "Enskild", "EEAUT", "El- och energiprogrammet – Automation", 30, 33, 30, 30, 2, 168.0, 195.0),
    ("Gävle", "Gävle Tekniska Gymnasium", "60391824", "Enskild", "FTPER", "Fordons- och transportprogrammet – Personbil", 30, 31, 30, 30, 1, 152.5, 178.0),
    ("Sandviken", "Göranssonska skolan", "84027155", "Kommunal", "NANAT", "Naturvetenskapsprogrammet – Naturvetenskap", 32, 35, 32, 32, 3, 238.0, 266.0),
    ("Sandviken", "Göranssonska skolan", "84027155", "Kommunal", "TETEK", "Teknikprogrammet – Teknikvetenskap", 32, 29, 29, 32, 0, "Alla antagna", 231.5),
    ("Sandviken", "Göranssonska skolan", "84027155", "Kommunal", "EKEKO", "Ekonomiprogrammet – Ekonomi", 32, 34, 32, 32, 2, 214.0, 246.0),
    ("Sandviken", "Göranssonska skolan", "84027155", "Kommunal", "SASAM", "Samhällsvetenskapsprogrammet – Samhällsvetenskap", 32, 38, 32, 32, 4, 205.5, 238.5),
    ("Sandviken", "Göranssonska skolan", "84027155", "Kommunal", "EEELT", "El- och energiprogrammet – Elteknik", 32, 30, 30, 32, 0, "Alla antagna", 182.0),
    ("Sandviken", "Göranssonska skolan", "84027155", "Kommunal", "INPRO", "Industritekniska programmet – Produkt- och maskinteknik", 32, 24, 24, 29, 0, "Alla antagna", 167.5),
    ("Sandviken", "Göranssonska skolan", "84027155", "Kommunal", "VO", "Vård- och omsorgsprogrammet", 32, 21, 21, 26, 0, "Alla antagna", 175.0),
    ("Hofors", "Bruksgymnasiet", "19573380", "Kommunal", "INPRO", "Industritekniska programmet – Produkt- och maskinteknik", 16, 11, 11, 14, 0, "Alla antagna", 160.0),
    ("Hofors", "Bruksgymnasiet", "19573380", "Kommunal", "EEELT", "El- och energiprogrammet – Elteknik", 16, 9, 9, 12, 0, "Alla antagna", 163.5),
    ("Hofors", "Bruksgymnasiet", "19573380", "Kommunal", "IMYRK", "Introduktionsprogram – Yrkesintroduktion", "-", 6, 6, 6, 0, "-", "-"),
    ("Bollnäs", "Torsbergsgymnasiet", "55201946", "Kommunal", "NANAT", "Naturvetenskapsprogrammet – Naturvetenskap", 32, 30, 30, 32, 0, "Alla antagna", 259.0),
    ("Bollnäs", "Torsbergsgymnasiet", "55201946", "Kommunal", "SASAM", "Samhällsvetenskapsprogrammet – Samhällsvetenskap", 32, 37, 32, 32, 4, 209.0, 240.5),
    ("Bollnäs", "Torsbergsgymnasiet", "55201946", "Kommunal", "EKEKO", "Ekonomiprogrammet – Ekonomi", 32, 28, 28, 32, 0, "Alla antagna", 236.5),
    ("Bollnäs", "Torsbergsgymnasiet", "55201946", "Kommunal", "TETEK", "Teknikprogrammet – Teknikvetenskap", 32, 33, 32, 32, 1, 212.5, 244.0),
    ("Bollnäs", "Torsbergsgymnasiet", "55201946", "Kommunal", "BAHUS", "Bygg- och anläggningsprogrammet – Husbyggnad", 24, 26, 24, 24, 2, 151.0, 184.5),
    ("Bollnäs", "Torsbergsgymnasiet", "55201946", "Kommunal", "FTTRA", "Fordons- och transportprogrammet – Transport", 24, 19, 19, 23, 0, "Alla antagna", 162.0),
    ("Bollnäs", "Torsbergsgymnasiet", "55201946", "Kommunal", "NBDJU", "Naturbruksprogrammet – Djur", 16, 18, 16, 16, 2, 188.5, 214.0),
    ("Bollnäs", "Torsbergsgymnasiet", "55201946", "Kommunal", "IMYRK", "Introduktionsprogram – Yrkesintroduktion", "-", 9, 9, 9, 0, "-", "-"),
    ("Söderhamn", "Staffangymnasiet", "37718240", "Kommunal", "NANAT", "Naturvetenskapsprogrammet – Naturvetenskap", 32, 26, 26, 31, 0, "Alla antagna", 248.5),
    ("Söderhamn", "Staffangymnasiet", "37718240", "Kommunal", "SASAM", "Samhällsvetenskapsprogrammet – Samhällsvetenskap", 32, 31, 31, 32, 0, "Alla antagna", 226.0),
    ("Söderhamn", "Staffangymnasiet", "37718240", "Kommunal", "EKEKO", "Ekonomiprogrammet – Ekonomi", 32, 24, 24, 30, 0, "Alla antagna", 221.5),
    ("Söderhamn", "Staffangymnasiet", "37718240", "Kommunal", "TETEK", "Teknikprogrammet – Teknikvetenskap", 32, 22, 22, 27, 0, "Alla antagna", 225.0),
    ("Söderhamn", "Staffangymnasiet", "37718240", "Kommunal", "EEELT", "El- och energiprogrammet – Elteknik", 24, 27, 24, 24, 3, 161.5, 189.0),
    ("Söderhamn", "Staffangymnasiet", "37718240", "Kommunal", "INPRO", "Industritekniska programmet – Produkt- och maskinteknik", 16, 13, 13, 16, 0, "Alla antagna", 164.5),
    ("Söderhamn", "Staffangymnasiet", "37718240", "Kommunal", "HVFRS", "Hantverksprogrammet – Frisör och hårstylist", 16, 21, 16, 16, 5, 197.0, 221.5),
    ("Hudiksvall", "Bromangymnasiet", "90264813", "Kommunal", "NA", "Naturvetenskapsprogrammet (inriktning väljs år 2)", 64, 71, 64, 64, 7, 251.5, 279.0),
    ("Hudiksvall", "Bromangymnasiet", "90264813", "Kommunal", "SASAM", "Samhällsvetenskapsprogrammet – Samhällsvetenskap", 32, 44, 32, 32, 12, 224.5, 250.0),
    ("Hudiksvall", "Bromangymnasiet", "90264813", "Kommunal", "SABET", "Samhällsvetenskapsprogrammet – Beteendevetenskap", 32, 39, 32, 32, 7, 219.0, 244.5),
    ("Hudiksvall", "Bromangymnasiet", "90264813", "Kommunal", "EKEKO", "Ekonomiprogrammet – Ekonomi", 32, 37, 32, 32, 5, 233.0, 258.5),
    ("Hudiksvall", "Bromangymnasiet", "90264813", "Kommunal", "EKJUR", "Ekonomiprogrammet – Juridik", 32, 35, 32, 32, 3, 241.5, 262.0),
    ("Hudiksvall", "Bromangymnasiet", "90264813", "Kommunal", "TETEK", "Teknikprogrammet – Teknikvetenskap", 32, 38, 32, 32, 6, 227.5, 254.0),
    ("Hudiksvall", "Bromangymnasiet", "90264813", "Kommunal", "ESMUS", "Estetiska programmet – Musik", 16, 23, 16, 16, 7, 229.0, 256.5),
    ("Hudiksvall", "Bromangymnasiet", "90264813", "Kommunal", "BAHUS", "Bygg- och anläggningsprogrammet – Husbyggnad", 32, 34, 32, 32, 2, 149.5, 183.0),
    ("Hudiksvall", "Bromangymnasiet", "90264813", "Kommunal", "EEELT", "El- och energiprogrammet – Elteknik", 32, 29, 29, 32, 0, "Alla antagna", 180.5),
    ("Hudiksvall", "Bromangymnasiet", "90264813", "Kommunal", "FTTRA", "Fordons- och transportprogrammet – Transport", 24, 22, 22, 24, 0, "Alla antagna", 166.0),
    ("Hudiksvall", "Bromangymnasiet", "90264813", "Kommunal", "VO", "Vård- och omsorgsprogrammet", 32, 27, 27, 30, 0, "Alla antagna", 184.0),
    ("Hudiksvall", "Bromangymnasiet", "90264813", "Kommunal", "HAHAN", "Handels- och administrationsprogrammet – Handel och service", 16, 8, 8, 10, 0, "Alla antagna", 172.5),
    ("Hudiksvall", "Bromangymnasiet", "90264813", "Kommunal", "IMYRK", "Introduktionsprogram – Yrkesintroduktion", "-", 12, 12, 12, 0, "-", "-"),
    ("Hudiksvall", "Hälsinge Yrkesgymnasium", "11846029", "Enskild", "EEAUT", "El- och energiprogrammet – Automation", 24, 25, 24, 24, 1, 158.0, 185.0),
    ("Hudiksvall", "Hälsinge Yrkesgymnasium", "11846029", "Enskild", "FTPER", "Fordons- och transportprogrammet – Personbil", 24, 20, 20, 23, 0, "Alla antagna", 161.0),
    ("Ljusdal", "Slottegymnasiet", "46608173", "Kommunal", "NANAT", "Naturvetenskapsprogrammet – Naturvetenskap", 16, 14, 14, 16, 0, "Alla antagna", 247.0),
    ("Ljusdal", "Slottegymnasiet", "46608173", "Kommunal", "SASAM", "Samhällsvetenskapsprogrammet – Samhällsvetenskap", 32, 29, 29, 32, 0, "Alla antagna", 218.5),
    ("Ljusdal", "Slottegymnasiet", "46608173", "Kommunal", "EKEKO", "Ekonomiprogrammet – Ekonomi", 16, 18, 16, 16, 2, 203.0, 229.5),
    ("Ljusdal", "Slottegymnasiet", "46608173", "Kommunal", "NBSKO", "Naturbruksprogrammet – Skog", 24, 25, 24, 24, 1, 171.0, 198.5),
    ("Ljusdal", "Slottegymnasiet", "46608173", "Kommunal", "VO", "Vård- och omsorgsprogrammet", 24, 17, 17, 21, 0, "Alla antagna", 176.5),
    ("Ljusdal", "Slottegymnasiet", "46608173", "Kommunal", "BAHUS", "Bygg- och anläggningsprogrammet – Husbyggnad", 16, 15, 15, 16, 0, "Alla antagna", 170.0),
    ("Ovanåker", "Voxnadalens gymnasium", "52937706", "Kommunal", "SASAM", "Samhällsvetenskapsprogrammet – Samhällsvetenskap", 32, 23, 23, 28, 0, "Alla antagna", 212.0),
    ("Ovanåker", "Voxnadalens gymnasium", "52937706", "Kommunal", "EKEKO", "Ekonomiprogrammet – Ekonomi", 16, 12, 12, 15, 0, "Alla antagna", 219.0),
    ("Ovanåker", "Voxnadalens gymnasium", "52937706", "Kommunal", "INPRO", "Industritekniska programmet – Produkt- och maskinteknik", 16, 14, 14, 16, 0, "Alla antagna", 171.5),
    ("Ovanåker", "Voxnadalens gymnasium", "52937706", "Kommunal", "TETEK", "Teknikprogrammet – Teknikvetenskap", 16, 15, 15, 16, 0, "Alla antagna", 229.0),
]

# explicit preliminary deviations (April): more applicants on popular lines, higher thresholds
PRELIM_OVERRIDE = {
    ("Bromangymnasiet", "EKJUR"): (42, 32, 32, 10, 262.5, 270.0),
    ("Vasaskolan", "EKJUR"): (49, 32, 32, 17, 255.0, 279.5),
    ("Bromangymnasiet", "NA"): (78, 64, 64, 14, 258.0, 283.5),
}


def prelim_rows():
    rng = random.Random(18103)
    out = []
    for r in ADM_FINAL:
        (kom, sk, kod, hm, pk, prog, pl, s1, a1, at, res, lo, med) = r
        key = (sk, pk)
        if key in PRELIM_OVERRIDE:
            s1p, a1p, atp, resp, lop, medp = PRELIM_OVERRIDE[key]
        elif pl == "-":
            s1p = s1 + rng.randint(0, 4)
            a1p = atp = s1p
            resp, lop, medp = 0, "-", "-"
        else:
            s1p = s1 + rng.randint(-2, 6)
            a1p = min(pl, s1p)
            atp = min(pl, a1p + rng.randint(0, 4))
            resp = max(0, s1p - pl) + (rng.randint(0, 3) if s1p > pl else 0)
            if s1p > pl:
                base = lo if isinstance(lo, float) else med - 30.0
                lop = round((base + rng.choice([0.0, 2.5, 5.0, 7.5])) * 2) / 2
            else:
                lop = "Alla antagna"
            medp = round((med + rng.choice([0.0, 2.5, 5.0])) * 2) / 2
        out.append((kom, sk, kod, hm, pk, prog, pl, s1p, a1p, atp, resp, lop, medp))
    return out


def make_admissions(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.table import Table, TableStyleInfo

    wb = Workbook()
    ws = wb.active
    ws.title = "Läs mig"
    info = [
        "Gymnasieantagningen i Gävleborg 2025 – antagningsstatistik per skola och program/inriktning",
        "",
        "Bladet 'Preliminär antagning' visar läget efter den preliminära antagningen 15 april 2025.",
        "Bladet 'Slutlig antagning' visar läget efter den slutliga antagningen 1 juli 2025 (efter omval).",
        "",
        "Kolumnförklaringar:",
        "Platser – antal utbildningsplatser som erbjöds på programmet/inriktningen.",
        "Sökande 1:a hand – sökande som haft programmet/inriktningen som förstahandsval.",
        "Antagna 1:a hand – antagna på sitt förstahandsval. Antagna totalt – alla antagna oavsett val.",
        "Lägsta meritvärde – meritvärdet för den sist antagna. 'Alla antagna' = alla behöriga sökande antogs, "
        "ingen konkurrens om platserna.",
        "Introduktionsprogram (IM) har inga fasta platser och ingen antagningsgräns ('-').",
        "Statistiken redovisas efter skolans kommun, inte efter de sökandes hemkommun.",
        "Ockelbo och Nordanstig har ingen egen gymnasieskola i antagningen 2025.",
        "",
        "Källa: Gymnasieantagningen Gävleborg (gemensam antagningsorganisation för länets kommuner).",
    ]
    for i, t in enumerate(info, 1):
        ws.cell(row=i, column=1, value=t)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110

    headers = ["Kommun", "Skola", "Skolenhetskod", "Huvudman", "Programkod", "Program/inriktning", "Platser",
               "Sökande 1:a hand", "Antagna 1:a hand", "Antagna totalt", "Reserver", "Lägsta meritvärde",
               "Median meritvärde"]
    widths = [12, 26, 14, 11, 11, 58, 9, 10, 10, 10, 9, 14, 12]
    for title, rows, tname, sub in [
        ("Preliminär antagning", prelim_rows(), "Preliminar2025", "Preliminär antagning 15 april 2025"),
        ("Slutlig antagning", ADM_FINAL, "Slutlig2025", "Slutlig antagning 1 juli 2025"),
    ]:
        s = wb.create_sheet(title)
        s["A1"] = f"Gymnasieantagningen Gävleborg 2025 – {sub}"
        s["A1"].font = Font(bold=True, size=12)
        s["A2"] = "Antal sökande och antagna samt meritvärden per skola och program/inriktning"
        hr = 4
        for j, h in enumerate(headers, 1):
            c = s.cell(row=hr, column=j, value=h)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        for i, r in enumerate(rows, hr + 1):
            for j, v in enumerate(r, 1):
                c = s.cell(row=i, column=j, value=v)
                if j == 12 or j == 13:
                    if isinstance(v, float):
                        c.number_format = "0.0"
                    c.alignment = Alignment(horizontal="right")
                if j == 7 and v == "-":
                    c.alignment = Alignment(horizontal="right")
        last = hr + len(rows)
        tab = Table(displayName=tname, ref=f"A{hr}:M{last}")
        tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        s.add_table(tab)
        for j, w in enumerate(widths, 1):
            s.column_dimensions[chr(64 + j)].width = w
        s.column_dimensions["C"].hidden = True
        s.freeze_panes = f"A{hr + 1}"
        s.row_dimensions[hr].height = 32
    wb.active = 2
    wb.save(os.path.join(out, "Gymnasieantagningen_Gavleborg_2025.xlsx"))


# ============================================================ 4. SCB dwelling stock XLSX
def dwelling_data():
    rng = random.Random(18104)
    # total dwellings 2024 and profile
    base = {
        "Ockelbo": (3150, "rural"), "Hofors": (5420, "bruk"), "Ovanåker": (5640, "rural"),
        "Nordanstig": (4980, "rural"), "Ljusdal": (10120, "rural"), "Gävle": (55830, "city"),
        "Sandviken": (20460, "town"), "Söderhamn": (14210, "town"), "Bollnäs": (13590, "town"),
        "Hudiksvall": (19240, "town"),
    }
    prof = {  # småhus share, within småhus (HR, BR, ÄR, US); within flerbost (HR, BR, ÄR, US); övriga, special
        "city": (0.36, (0.055, 0.06, 0.88, 0.005), (0.64, 0.345, 0.002, 0.013), 0.011, 0.025),
        "town": (0.52, (0.05, 0.035, 0.91, 0.005), (0.80, 0.185, 0.001, 0.014), 0.014, 0.03),
        "bruk": (0.55, (0.07, 0.02, 0.905, 0.005), (0.90, 0.085, 0.0, 0.015), 0.013, 0.034),
        "rural": (0.70, (0.045, 0.015, 0.935, 0.005), (0.86, 0.125, 0.0, 0.015), 0.02, 0.036),
    }
    d = {}
    for _, kom, _ in KOMMUNER:
        tot, p = base[kom]
        sh, sm, fb, ov, sp = prof[p]
        tot = tot + rng.randint(-40, 40)
        n_ov = int(round(tot * ov * rng.uniform(0.85, 1.15)))
        n_sp = int(round(tot * sp * rng.uniform(0.85, 1.15)))
        n_sm = int(round((tot - n_ov - n_sp) * sh * rng.uniform(0.97, 1.03)))
        n_fb = tot - n_ov - n_sp - n_sm

        def split2(n, shares):
            hr = int(round(n * shares[0] * rng.uniform(0.92, 1.08)))
            br = int(round(n * shares[1] * rng.uniform(0.92, 1.08)))
            us = int(round(n * shares[3] * rng.uniform(0.6, 1.4)))
            ar = n - hr - br - us
            return [hr, br, ar, us]

        sm4 = split2(n_sm, sm)
        # flerbostadshus: äganderätt small
        hr = int(round(n_fb * fb[0] * rng.uniform(0.96, 1.04)))
        ar = int(round(n_fb * fb[2] * rng.uniform(0.5, 1.5)))
        us = int(round(n_fb * fb[3] * rng.uniform(0.6, 1.4)))
        br = n_fb - hr - ar - us
        fb4 = [hr, br, ar, us]
        ov4 = [int(round(n_ov * 0.62)), 0, 0, 0]
        ov4[2] = int(round(n_ov * 0.3))
        ov4[3] = n_ov - ov4[0] - ov4[2]
        sp4 = [n_sp - int(round(n_sp * 0.04)), 0, 0, int(round(n_sp * 0.04))]
        d[(kom, 2024)] = (sm4, fb4, ov4, sp4)
        # 2023: subtract new construction / conversions
        new_fb_br = rng.randint(0, 25) if p in ("rural", "bruk") else rng.randint(20, 160)
        new_fb_hr = rng.randint(0, 30) if p in ("rural", "bruk") else rng.randint(30, 220)
        conv = rng.randint(0, 20) if p == "city" else rng.randint(0, 6)  # HR -> BR conversions during 2024
        new_sm = rng.randint(4, 30) if p != "city" else rng.randint(40, 90)
        sm3 = [sm4[0] - rng.randint(0, 3), sm4[1] - rng.randint(0, 6), sm4[2] - new_sm, sm4[3] + rng.randint(0, 4)]
        fb3 = [fb4[0] - new_fb_hr + conv, fb4[1] - new_fb_br - conv, fb4[2], fb4[3] + rng.randint(-3, 5)]
        ov3 = [ov4[0] + rng.randint(-3, 3), 0, ov4[2] + rng.randint(-2, 2), ov4[3] + rng.randint(-2, 2)]
        sp3 = [sp4[0] + rng.randint(-12, 18), 0, 0, sp4[3] + rng.randint(-2, 2)]
        d[(kom, 2023)] = (sm3, fb3, ov3, sp3)
    return d


def make_dwellings(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    d = dwelling_data()
    wb = Workbook()
    ws = wb.active
    ws.title = "Innehåll"
    txt = [
        "Lägenheter efter region, hustyp och upplåtelseform. Gävleborgs län, 31 december 2023 och 2024",
        "",
        "Blad 2024 och 2023: antal lägenheter 31 december respektive år.",
        "Samtliga hus = småhus + flerbostadshus + övriga hus + specialbostäder.",
        "Kolumnerna för Övriga hus och Specialbostäder är grupperade (klicka på + ovanför kolumnrubrikerna för att visa dem).",
        "Specialbostäder = bostäder för äldre eller personer med funktionsnedsättning, studentbostäder och övriga specialbostäder.",
        "Övriga hus = byggnader som inte i huvudsak är bostadshus, t.ex. lokalbyggnader med enstaka lägenheter.",
        "Uppgift saknas = upplåtelseform saknas i lägenhetsregistret.",
        "Upplåtelseform redovisas inte efter ägare; allmännyttiga och privata hyresrätter ingår båda i Hyresrätt.",
        "",
        "Källa: SCB, Bostadsbeståndet (lägenhetsregistret). Uttag för Region Gävleborg 2025-06-12.",
    ]
    for i, t in enumerate(txt, 1):
        ws.cell(row=i, column=1, value=t)
    ws["A1"].font = Font(bold=True, size=12)
    ws.column_dimensions["A"].width = 120

    thin = Side(style="thin", color="999999")
    for year in (2024, 2023):
        s = wb.create_sheet(str(year))
        s["A1"] = f"Antal lägenheter efter region, hustyp och upplåtelseform 31 december {year}"
        s["A1"].font = Font(bold=True, size=12)
        s["A2"] = "Antal lägenheter"
        # header rows 4-5
        groups = [("Småhus", 2, 5), ("Flerbostadshus", 6, 9), ("Övriga hus", 10, 10), ("Specialbostäder", 11, 11),
                  ("Samtliga hus", 12, 16)]
        s.cell(row=4, column=1, value="Region")
        s.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
        for name, c0, c1 in groups:
            s.cell(row=4, column=c0, value=name)
            if c1 > c0:
                s.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c1)
        ten = ["Hyresrätt", "Bostadsrätt", "Äganderätt", "Uppgift saknas"]
        for k, t in enumerate(ten):
            s.cell(row=5, column=2 + k, value=t)
            s.cell(row=5, column=6 + k, value=t)
            s.cell(row=5, column=12 + k, value=t)
        s.cell(row=5, column=10, value="Totalt")
        s.cell(row=5, column=11, value="Totalt")
        s.cell(row=5, column=16, value="Totalt")
        for rr in (4, 5):
            for cc in range(1, 17):
                cell = s.cell(row=rr, column=cc)
                cell.font = Font(bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.border = Border(bottom=thin)
        r = 6
        county = [0] * 15
        for code, kom, _ in KOMMUNER:
            sm, fb, ov, sp = d[(kom, year)]
            allten = [sm[i] + fb[i] + ov[i] + sp[i] for i in range(4)]
            vals = sm + fb + [sum(ov), sum(sp)] + allten + [sum(allten)]
            s.cell(row=r, column=1, value=f"{code} {kom}")
            for j, v in enumerate(vals):
                s.cell(row=r, column=2 + j, value=v).number_format = "#,##0"
                county[j] += v
            r += 1
        r += 1
        s.cell(row=r, column=1, value="21 Gävleborgs län").font = Font(bold=True)
        for j, v in enumerate(county):
            c = s.cell(row=r, column=2 + j, value=v)
            c.number_format = "#,##0"
            c.font = Font(bold=True)
        s.cell(row=r + 2, column=1, value="Anm. Kolumnerna J–K (Övriga hus, Specialbostäder) är grupperade och "
                                          "dolda men ingår i Samtliga hus.")
        s.cell(row=r + 3, column=1, value="Källa: SCB, Bostadsbeståndet.")
        s.column_dimensions["A"].width = 22
        for cc in "BCDEFGHIJKLMNOP":
            s.column_dimensions[cc].width = 12
        s.column_dimensions.group("J", "K", hidden=True, outline_level=1)
        s.column_dimensions["L"].collapsed = True
        s.freeze_panes = "B6"
    wb.save(os.path.join(out, "SCB_Lagenheter_hustyp_upplatelseform_Gavleborg.xlsx"))


# ============================================================ 5. FK CSV with mojibake
def fk_data():
    rng = random.Random(18105)
    pop = {"Ockelbo": 5812, "Hofors": 9446, "Ovanåker": 11428, "Nordanstig": 9312, "Ljusdal": 18715,
           "Gävle": 103412, "Sandviken": 39981, "Söderhamn": 25476, "Bollnäs": 26187, "Hudiksvall": 37624}
    ue = {"Ockelbo": 1.0, "Hofors": 1.35, "Ovanåker": 0.7, "Nordanstig": 0.9, "Ljusdal": 1.1, "Gävle": 1.15,
          "Sandviken": 1.1, "Söderhamn": 1.4, "Bollnäs": 1.05, "Hudiksvall": 0.85}
    # förmån: (recipients per 1000 inh, share women, days mean, kr per day)
    fm = {
        "Aktivitetsstöd": (26.0, 0.46, 148.0, 612),
        "Utvecklingsersättning": (2.6, 0.41, 131.0, 167),
        "Etableringsersättning": (3.1, 0.52, 214.0, 308),
    }
    d = {}
    for year, yf in ((2023, 0.93), (2024, 1.0)):
        for f, (rate, sw, days, kr) in fm.items():
            for _, kom, _ in KOMMUNER:
                eta_f = 1.0
                if f == "Etableringsersättning":
                    eta_f = {"Hofors": 1.6, "Ljusdal": 1.5, "Söderhamn": 1.3, "Gävle": 1.1}.get(kom, 0.9)
                    yfy = 1.08 if year == 2023 else 1.0
                else:
                    yfy = yf
                n = int(round(pop[kom] / 1000 * rate * ue[kom] * eta_f * yfy * rng.uniform(0.9, 1.1)))
                k = int(round(n * sw * rng.uniform(0.93, 1.07)))
                m = n - k
                out = {}
                for sex, cnt in (("Kvinnor", k), ("Män", m)):
                    dd = days * rng.uniform(0.9, 1.1) * (1.03 if sex == "Kvinnor" else 1.0)
                    totdays = int(round(cnt * dd))
                    tkr = round(totdays * kr * rng.uniform(0.97, 1.03) / 1000, 1)
                    out[sex] = [cnt, tkr, totdays]
                d[(year, f, kom)] = out
    return d


def make_fk(out):
    d = fk_data()
    rows = []
    formaner = ["Aktivitetsstöd", "Utvecklingsersättning", "Etableringsersättning"]
    for year in (2023, 2024):
        for f in formaner:
            regs = [("Gävleborgs län", None)] + [(kom, kom) for _, kom, _ in KOMMUNER]
            for label, kom in regs:
                for sex in ("Kvinnor", "Män", "Kvinnor och män"):
                    if kom is None:
                        parts = [d[(year, f, k)] for _, k, _ in KOMMUNER]
                    else:
                        parts = [d[(year, f, kom)]]
                    sexes = ["Kvinnor", "Män"] if sex == "Kvinnor och män" else [sex]
                    cnt = sum(p[s][0] for p in parts for s in sexes)
                    tkr = sum(p[s][1] for p in parts for s in sexes)
                    days = sum(p[s][2] for p in parts for s in sexes)
                    name = label if kom is None else (CODE[kom] + " " + kom)
                    rows.append([str(year), f, name, sex, str(cnt), f"{tkr:.1f}", f"{days / cnt:.1f}"])
    header = ["År", "Förmån", "Region", "Kön", "Antal mottagare", "Utbetalt belopp (tkr)",
              "Genomsnittligt antal ersatta dagar per mottagare"]
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        buf.write(",".join(['"' + r[0] + '"', '"' + r[1] + '"', '"' + r[2] + '"', '"' + r[3] + '"', r[4], r[5], r[6]]) + "\r\n")
    buf.write('"Antal mottagare = antal unika personer som fått utbetalning någon gång under året. Belopp i tusental kronor, löpande priser."\r\n')
    buf.write('"Källa: Försäkringskassan, Store/MiDAS. Uttag 2025-02-14 för Region Gävleborg."\r\n')
    text = buf.getvalue()
    moj = text.encode("utf-8").decode("cp1252")  # the classic 'opened as ANSI and re-saved' damage
    with open(os.path.join(out, "FK_aktivitetsstod_utvecklings_etablering_Gavleborg_2023-2024.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(moj)


# ============================================================ 6. PDF report
TRAFIK = {  # tusental påstigande 2019..2024
    "Bollnäs": [1102.4, 712.6, 798.3, 951.8, 1020.5, 1061.2],
    "Gävle": [8902.3, 6015.7, 6640.2, 7812.9, 8315.6, 8604.1],
    "Hofors": [214.8, 142.1, 158.9, 190.3, 201.7, 209.4],
    "Hudiksvall": [1385.0, 911.4, 1012.8, 1236.5, 1298.2, 1377.9],
    "Ljusdal": [498.7, 331.2, 372.5, 441.0, 466.3, 472.8],
    "Nordanstig": [183.5, 120.9, 131.4, 160.7, 171.9, 168.2],
    "Ockelbo": [121.6, 79.8, 90.3, 110.2, 116.4, 125.7],
    "Ovanåker": [266.9, 174.3, 195.8, 238.4, 251.0, 257.3],
    "Sandviken": [1781.2, 1176.5, 1315.0, 1602.8, 1732.4, 1846.2],
    "Söderhamn": [1018.4, 672.9, 748.1, 905.6, 962.1, 1004.8],
    "Länsgränsöverskridande linjer¹": [2640.5, 1488.2, 1790.6, 2280.4, 2465.9, 2532.7],
}
YEARS = [2019, 2020, 2021, 2022, 2023, 2024]


def make_pdf(out):
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

    from reportlab import rl_config
    rl_config.invariant = 1
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVC", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"))

    class VText(Flowable):
        """column header drawn rotated 90 degrees (reads bottom-to-top)"""

        def __init__(self, lines, size=7.5, h=30 * mm):
            super().__init__()
            self.lines = lines
            self.size = size
            self.h = h

        def wrap(self, aw, ah):
            return (self.size * 1.25 * len(self.lines), self.h)

        def draw(self):
            c = self.canv
            c.saveState()
            c.setFont("DVB", self.size)
            c.rotate(90)
            for i, t in enumerate(self.lines):
                c.drawString(0, -(i + 1) * self.size * 1.15, t)
            c.restoreState()

    total = [round(sum(v[i] for v in TRAFIK.values()), 1) for i in range(6)]
    # per mode 2023/2024 (sums equal table 1 totals)
    modes23 = {"Stadsbuss Gävle": 6912.4, "Stadsbuss Sandviken": 1104.6, "Regionaltåg": 2871.3,
               "Närtrafik (anropsstyrd)": 96.8}
    modes24 = {"Stadsbuss Gävle": 7180.6, "Stadsbuss Sandviken": 1192.5, "Regionaltåg": 3065.8,
               "Närtrafik (anropsstyrd)": 91.4}
    modes23["Regionbuss"] = round(total[4] - sum(modes23.values()), 1)
    modes24["Regionbuss"] = round(total[5] - sum(modes24.values()), 1)
    mode_order = ["Stadsbuss Gävle", "Stadsbuss Sandviken", "Regionbuss", "Regionaltåg", "Närtrafik (anropsstyrd)"]

    def f1(x):
        return sv_dec(x, 1, " ")

    def chg(a, b):
        p = round((b - a) / a * 100 + 1e-9, 1)
        s = sv_dec(abs(p), 1, " ")
        return ("+" if p > 0 else ("−" if p < 0 else "")) + s

    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.5, alignment=TA_LEFT, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=16, leading=20, spaceAfter=8, textColor=colors.HexColor("#00543C"))
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    cap = ParagraphStyle("cap", fontName="DVB", fontSize=9, leading=12, spaceAfter=3)
    note = ParagraphStyle("n", fontName="DV", fontSize=7.5, leading=10, textColor=colors.HexColor("#333333"))

    def header_footer(c, doc):
        c.saveState()
        c.setFont("DV", 8)
        c.setFillColor(colors.HexColor("#00543C"))
        c.rect(18 * mm, 283 * mm, 174 * mm, 0.8 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.drawString(18 * mm, 285 * mm, "Region Gävleborg  |  Kollektivtrafikrapport 2024")
        c.drawRightString(192 * mm, 285 * mm, "Dnr RS 2025/0412")
        c.drawCentredString(105 * mm, 12 * mm, f"Sida {doc.page} av 2")
        c.restoreState()

    story = [Paragraph("Kollektivtrafikrapport 2024 – resandet i Gävleborgs län", h1)]
    story.append(Paragraph(
        "Resandet med den regionala kollektivtrafiken fortsatte att öka under 2024. Totalt gjordes "
        f"{sv_dec(total[5] / 1000, 1)} miljoner påstigande resor, vilket är {chg(total[4], total[5]).lstrip('+')} procent fler än 2023 "
        f"men fortfarande under 2019 års nivå på {sv_dec(total[0] / 1000, 1)} miljoner. Enligt det regionala "
        "trafikförsörjningsprogrammet ska resandet nå 19,5 miljoner resor år 2030. Skolskjutsresor i upphandlad "
        "skolskjutstrafik (cirka 1 940 tusen resor 2024) ingår inte i statistiken.", body))
    story.append(Paragraph(
        "Preliminära siffror för januari–juni 2025 visar en fortsatt ökning med 3,8 procent jämfört med samma "
        "period 2024, främst på stadsbusslinjerna i Gävle där resandet under våren 2025 låg 5,2 procent över "
        "föregående år. Antalet resor per invånare i länet var 61 under 2024 (59 under 2023). Under 2023 "
        "ökade resandet i Ockelbo med 5,6 procent och i Nordanstig med 7,0 procent.", body))
    story.append(Paragraph("Tabell 1. Påstigande resor per kommun 2019–2024, tusental", cap))

    hdr = [Paragraph("<b>Kommun</b>", ParagraphStyle("x", fontName="DVB", fontSize=8))]
    hdr += [VText([str(y)]) for y in YEARS]
    hdr += [VText(["Förändring", "2023–2024, %"])]
    data = [hdr]
    for k, v in TRAFIK.items():
        data.append([k] + [f1(x) for x in v] + [chg(v[4], v[5])])
    data.append(["Summa"] + [f1(x) for x in total] + [chg(total[4], total[5])])
    t = Table(data, colWidths=[52 * mm] + [17 * mm] * 6 + [20 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), "DV", 8.5),
        ("FONT", (0, -1), (-1, -1), "DVB", 8.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("ALIGN", (1, 0), (-1, 0), "CENTER"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#EEF5F1")]),
        ("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
    ]))
    story.append(t)
    story.append(Spacer(1, 3))
    story.append(Paragraph(
        "Resorna redovisas efter den kommun där påstigningen sker. ¹ Linjer som korsar länsgränsen "
        "(mot Dalarna, Uppsala län och Jämtland) redovisas inte per kommun. 2020–2021 påverkades av pandemin.", note))
    story.append(Spacer(1, 6))
    story.append(Paragraph(
        "Gävle står för knappt hälften av alla resor. Sandviken hade den största ökningen i antal resor utanför "
        "Gävle, medan resandet i Nordanstig minskade något efter att linje 84 lades ned i augusti 2024. "
        "I Hudiksvall ökade resandet med 79,7 tusen resor.", body))
    story.append(PageBreak())

    story.append(Paragraph("Resor per trafikslag", h2))
    story.append(Paragraph("Tabell 2. Påstigande resor per trafikslag 2023 och 2024, tusental", cap))
    d2 = [["Trafikslag", "2023", "2024", "Förändring, %"]]
    for m in mode_order:
        d2.append([m, f1(modes23[m]), f1(modes24[m]), chg(modes23[m], modes24[m])])
    d2.append(["Summa", f1(total[4]), f1(total[5]), chg(total[4], total[5])])
    t2 = Table(d2, colWidths=[60 * mm, 25 * mm, 25 * mm, 28 * mm], hAlign="LEFT")
    t2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "DVB", 8.5), ("FONT", (0, 1), (-1, -1), "DV", 8.5),
        ("FONT", (0, -1), (-1, -1), "DVB", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
    ]))
    story.append(t2)
    story.append(Spacer(1, 4))
    story.append(Paragraph(
        "Stadsbussarna i Gävle ökade mest i antal resor, medan stadsbussarna i Sandviken ökade mest i procent. Under 2023 ökade tågresandet med 9,4 procent och "
        "närtrafiken hade 102,3 tusen resor 2022. Från december 2025 ersätts närtrafiken delvis av "
        "anropsstyrd linjetrafik i Ljusdal och Ovanåker.", body))

    story.append(Paragraph("Nöjdhet", h2))
    story.append(Paragraph("Tabell 3. Nöjdhet med senaste resan per kommun 2024, andel nöjda resenärer (%)", cap))
    nkg = [("Bollnäs", 78, 412), ("Gävle", 74, 2210), ("Hofors", 80, 131), ("Hudiksvall", 79, 507),
           ("Ljusdal", 76, 198), ("Nordanstig", "–", 41), ("Ockelbo", 82, 77), ("Ovanåker", 81, 112),
           ("Sandviken", 73, 688), ("Söderhamn", 75, 389), ("Gävleborgs län", 75, 4765)]
    d3 = [["Kommun", "Andel nöjda, %", "Antal svar"]] + [[a, str(b), sv_int(c)] for a, b, c in nkg]
    t3 = Table(d3, colWidths=[50 * mm, 30 * mm, 25 * mm], hAlign="LEFT")
    t3.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "DVB", 8.5), ("FONT", (0, 1), (-1, -1), "DV", 8.5),
        ("FONT", (0, -1), (-1, -1), "DVB", 8.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
    ]))
    story.append(t3)
    story.append(Spacer(1, 3))
    story.append(Paragraph("– Färre än 50 svar, redovisas inte. Källa: Kollektivtrafikbarometern, "
                           "Svensk Kollektivtrafik. Länets mål för nöjdhet är 80 procent.", note))
    story.append(Spacer(1, 8))
    story.append(Paragraph(
        "Under 2025 planeras en ny tidtabell för regionbusstrafiken. Rapporten har tagits fram av "
        "Region Gävleborg, enheten för kollektivtrafik, i april 2025.", body))

    doc = SimpleDocTemplate(os.path.join(out, "Region_Gavleborg_Kollektivtrafikrapport_2024.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title="Kollektivtrafikrapport 2024", author="Region Gävleborg")
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)


def fix_xlsx(path):
    """make XLSX bytes deterministic: fixed core.xml timestamps and zip entry dates"""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-06-12T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_key_figures(out)
    make_payments(out)
    make_admissions(out)
    make_dwellings(out)
    make_fk(out)
    make_pdf(out)
    for fn in os.listdir(out):
        if fn.endswith(".xlsx"):
            fix_xlsx(os.path.join(out, fn))


if __name__ == "__main__":
    main()
