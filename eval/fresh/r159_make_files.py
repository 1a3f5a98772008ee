#!/usr/bin/env python3
"""r159 – six statistics files (Kronoberg, Halland, Sörmland).

Usage: python r159_make_files.py [OUT_DIR]   (default ./out)

A  scb_pendlingsmatris_kronobergs_lan_2023.csv            cp1252, ';', commuting matrix bostad x arbetsställe
B  fk_ohalsotal_sodermanland_kommun_2022-2024.csv          UTF-8 BOM, ';', decimal comma, long, nettodagar in tusental
C  af_inskrivna_arbetslosa_halland_dec2025.xlsx            merged 2-row header, antal/andel pairs, sheets 16-64 / 18-24
D  region_halland_befolkningsutveckling_2024.pdf           report with two tables inside running text
E  scb_dagbefolkning_sni2007_kronoberg_2022_2023.csv       PxWeb "with heading", ',', quoted, region+year in column heads
F  af_nyanmalda_lediga_platser_sodermanland_2025.xlsx      months as columns, sheet per yrkesområde / kommun
"""
import csv
import io
import os
import random
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "./out"
os.makedirs(OUT, exist_ok=True)
rng = random.Random(159)


def lr_round(values, total):
    """Largest remainder rounding of floats to ints summing to total."""
    s = sum(values)
    scaled = [v * total / s for v in values]
    fl = [int(x) for x in scaled]
    rest = total - sum(fl)
    order = sorted(range(len(values)), key=lambda i: scaled[i] - fl[i], reverse=True)
    for i in order[:rest]:
        fl[i] += 1
    return fl


def dec(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------------------
# A. Kronoberg commuting matrix 2023 (SCB RAMS / BAS style)
# ---------------------------------------------------------------------------
KR = [("0760", "Uppvidinge"), ("0761", "Lessebo"), ("0763", "Tingsryd"), ("0764", "Alvesta"),
      ("0765", "Älmhult"), ("0767", "Markaryd"), ("0780", "Växjö"), ("0781", "Ljungby")]
KR_NAMES = [n for _, n in KR]
OTHER_LAN = ["Jönköpings län", "Kalmar län", "Skåne län", "Hallands län", "Blekinge län", "Övriga Sverige"]

natt = {"Uppvidinge": 4050, "Lessebo": 3780, "Tingsryd": 5520, "Alvesta": 9380,
        "Älmhult": 8260, "Markaryd": 4610, "Växjö": 46900, "Ljungby": 13820}
# out-flows: origin -> {dest: n}; order of dests: 8 kommuner (excluding self) then other län
flows = {
    "Uppvidinge": dict(Lessebo=180, Tingsryd=25, Alvesta=60, Älmhult=8, Markaryd=2, Växjö=820, Ljungby=15,
                       **{"Jönköpings län": 45, "Kalmar län": 260, "Skåne län": 20, "Hallands län": 6,
                          "Blekinge län": 15, "Övriga Sverige": 95}),
    "Lessebo": dict(Uppvidinge=150, Tingsryd=60, Alvesta=40, Älmhult=6, Markaryd=2, Växjö=960, Ljungby=12,
                    **{"Jönköpings län": 15, "Kalmar län": 230, "Skåne län": 18, "Hallands län": 4,
                       "Blekinge län": 40, "Övriga Sverige": 70}),
    "Tingsryd": dict(Uppvidinge=20, Lessebo=55, Alvesta=50, Älmhult=40, Markaryd=5, Växjö=1150, Ljungby=30,
                     **{"Jönköpings län": 20, "Kalmar län": 60, "Skåne län": 90, "Hallands län": 6,
                        "Blekinge län": 420, "Övriga Sverige": 95}),
    "Alvesta": dict(Uppvidinge=45, Lessebo=30, Tingsryd=40, Älmhult=190, Markaryd=10, Växjö=2480, Ljungby=280,
                    **{"Jönköpings län": 95, "Kalmar län": 40, "Skåne län": 85, "Hallands län": 15,
                       "Blekinge län": 20, "Övriga Sverige": 170}),
    "Älmhult": dict(Uppvidinge=4, Lessebo=3, Tingsryd=30, Alvesta=120, Markaryd=110, Växjö=390, Ljungby=150,
                    **{"Jönköpings län": 30, "Kalmar län": 10, "Skåne län": 720, "Hallands län": 25,
                       "Blekinge län": 35, "Övriga Sverige": 160}),
    "Markaryd": dict(Uppvidinge=1, Lessebo=1, Tingsryd=4, Alvesta=10, Älmhult=190, Växjö=60, Ljungby=240,
                     **{"Jönköpings län": 20, "Kalmar län": 3, "Skåne län": 610, "Hallands län": 230,
                        "Blekinge län": 5, "Övriga Sverige": 70}),
    "Växjö": dict(Uppvidinge=280, Lessebo=420, Tingsryd=380, Alvesta=1380, Älmhult=310, Markaryd=25, Ljungby=420,
                  **{"Jönköpings län": 310, "Kalmar län": 380, "Skåne län": 330, "Hallands län": 60,
                     "Blekinge län": 190, "Övriga Sverige": 1150}),
    "Ljungby": dict(Uppvidinge=6, Lessebo=5, Tingsryd=15, Alvesta=260, Älmhult=240, Markaryd=230, Växjö=820,
                    **{"Jönköpings län": 220, "Kalmar län": 10, "Skåne län": 120, "Hallands län": 130,
                       "Blekinge län": 8, "Övriga Sverige": 230}),
}
inpendl_andra_lan = {"Uppvidinge": 180, "Lessebo": 160, "Tingsryd": 240, "Alvesta": 420,
                     "Älmhult": 1850, "Markaryd": 520, "Växjö": 3150, "Ljungby": 690}

matrix = {}
for o in KR_NAMES:
    row = {}
    out_sum = sum(flows[o].values())
    for d in KR_NAMES:
        row[d] = natt[o] - out_sum if d == o else flows[o][d]
    for d in OTHER_LAN:
        row[d] = flows[o][d]
    row["Totalt"] = natt[o]
    matrix[o] = row
dag = {d: sum(matrix[o][d] for o in KR_NAMES) + inpendl_andra_lan[d] for d in KR_NAMES}


def write_A():
    cols = [f"{c} {n}" for c, n in KR] + OTHER_LAN + ["Totalt"]
    lines = []
    lines.append("Förvärvsarbetande 16+ år efter bostadskommun och arbetsställekommun, Kronobergs län, november 2023")
    lines.append("Antal personer. Rader = bostadskommun (nattbefolkning), kolumner = arbetsställekommun (dagbefolkning)")
    lines.append("")
    lines.append("Bostadskommun / Arbetsställekommun;" + ";".join(cols))
    for c, n in KR:
        r = matrix[n]
        vals = [str(r[d]) for d in KR_NAMES] + [str(r[d]) for d in OTHER_LAN] + [str(r["Totalt"])]
        lines.append(f"{c} {n};" + ";".join(vals))
    vals = [str(inpendl_andra_lan[d]) for d in KR_NAMES] + [".."] * len(OTHER_LAN) + [".."]
    lines.append("Inpendlare från andra län;" + ";".join(vals))
    vals = [str(dag[d]) for d in KR_NAMES] + [".."] * len(OTHER_LAN) + [".."]
    lines.append("Summa förvärvsarbetande i kommunen (dagbefolkning);" + ";".join(vals))
    lines.append("")
    lines.append("Förklaringar:")
    lines.append("Diagonalen (samma bostads- och arbetsställekommun) avser personer som bor och arbetar i samma kommun.")
    lines.append("Kolumnen Totalt = samtliga förvärvsarbetande som bor i kommunen (nattbefolkning).")
    lines.append("Raden 'Summa förvärvsarbetande i kommunen' = samtliga som arbetar i kommunen oavsett bostadsort (dagbefolkning).")
    lines.append(".. = uppgift saknas / ej tillämplig")
    lines.append("Källa: SCB, Registerbaserad arbetsmarknadsstatistik (BAS/RAMS). Bearbetning: Region Kronoberg, Regional utveckling.")
    data = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(OUT, "scb_pendlingsmatris_kronobergs_lan_2023.csv"), "wb") as f:
        f.write(data.encode("cp1252"))


# ---------------------------------------------------------------------------
# E. Dagbefolkning by SNI 2007, Kronoberg, 2022 and 2023 (PxWeb CSV)
# ---------------------------------------------------------------------------
SNI = ["A jordbruk, skogsbruk och fiske", "B+C tillverkning och utvinning", "D+E energi och miljöverksamhet",
       "F byggverksamhet", "G handel", "H transport och magasinering", "I hotell- och restaurangverksamhet",
       "J information och kommunikation", "K kreditinstitut och försäkringsbolag m.m.",
       "L fastighetsverksamhet", "M+N företagstjänster", "O offentlig förvaltning och försvar",
       "P utbildning", "Q vård och omsorg; sociala tjänster", "R+S+T+U kulturella och personliga tjänster m.m.",
       "US okänd verksamhet"]
base_profile = [3.0, 16.0, 1.2, 7.5, 11.5, 5.0, 2.6, 2.5, 1.1, 1.4, 9.0, 4.8, 11.0, 17.5, 4.3, 1.6]
tweaks = {
    "Uppvidinge": {0: 7.0, 1: 27.0, 7: 0.6, 10: 5.0, 12: 10.5},
    "Lessebo": {0: 4.5, 1: 26.0, 7: 0.7, 10: 5.5},
    "Tingsryd": {0: 8.0, 1: 21.0, 7: 0.8, 10: 6.0},
    "Alvesta": {0: 5.0, 1: 17.0, 5: 8.5, 7: 1.2},
    "Älmhult": {0: 3.5, 1: 20.5, 4: 16.5, 7: 6.5, 10: 13.5, 13: 12.5, 12: 9.0},
    "Markaryd": {0: 4.0, 1: 33.5, 5: 7.5, 7: 0.8, 10: 6.0},
    "Växjö": {0: 0.9, 1: 9.5, 7: 4.8, 8: 2.2, 10: 12.0, 11: 7.5, 12: 13.8, 13: 18.2},
    "Ljungby": {0: 3.2, 1: 24.5, 4: 13.0, 5: 6.5, 7: 1.5},
}
growth_22_23 = {"Uppvidinge": -0.011, "Lessebo": -0.008, "Tingsryd": 0.004, "Alvesta": 0.009,
                "Älmhult": -0.014, "Markaryd": 0.006, "Växjö": 0.013, "Ljungby": 0.002}
sni = {}  # (kommun, year) -> list of ints
for n in KR_NAMES:
    prof = base_profile[:]
    for i, v in tweaks[n].items():
        prof[i] = v
    p23 = [v * (1 + rng.uniform(-0.04, 0.04)) for v in prof]
    sni[(n, 2023)] = lr_round(p23, dag[n])
    tot22 = round(dag[n] / (1 + growth_22_23[n]))
    p22 = [v * (1 + rng.uniform(-0.05, 0.05)) for v in prof]
    sni[(n, 2022)] = lr_round(p22, tot22)
# make one visible trend: vård och omsorg in Växjö grows, tillverkning in Älmhult shrinks (already via noise)
for y in (2022, 2023):
    sni[("Kronobergs län", y)] = [sum(sni[(n, y)][i] for n in KR_NAMES) for i in range(len(SNI))]


def write_E():
    buf = io.StringIO()
    buf.write('"Förvärvsarbetande 16+ år med arbetsplats i regionen (dagbefolkning) (RAMS) efter region, '
              'näringsgren SNI 2007 och år"\n\n')
    w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    regs = [f"{c} {n}" for c, n in KR] + ["07 Kronobergs län"]
    keys = KR_NAMES + ["Kronobergs län"]
    w.writerow(["näringsgren SNI 2007"] + [f"{r} {y}" for r in regs for y in (2022, 2023)])
    for i, s in enumerate(SNI):
        w.writerow([s] + [sni[(k, y)][i] for k in keys for y in (2022, 2023)])
    w.writerow(["Total"] + [sum(sni[(k, y)]) for k in keys for y in (2022, 2023)])
    with open(os.path.join(OUT, "scb_dagbefolkning_sni2007_kronoberg_2022_2023.csv"), "w", encoding="utf-8",
              newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# B. FK ohälsotal Sörmland 2022–2024, long format
# ---------------------------------------------------------------------------
SO = [("0428", "Vingåker"), ("0461", "Gnesta"), ("0480", "Nyköping"), ("0481", "Oxelösund"), ("0482", "Flen"),
      ("0483", "Katrineholm"), ("0484", "Eskilstuna"), ("0486", "Strängnäs"), ("0488", "Trosa")]
fors_tot = {"Vingåker": 5310, "Gnesta": 6920, "Nyköping": 33840, "Oxelösund": 6880, "Flen": 9420,
            "Katrineholm": 20310, "Eskilstuna": 65790, "Strängnäs": 22280, "Trosa": 8390}
oh24 = {"Vingåker": 31.6, "Gnesta": 22.7, "Nyköping": 24.9, "Oxelösund": 29.3, "Flen": 33.4,
        "Katrineholm": 30.1, "Eskilstuna": 29.6, "Strängnäs": 21.8, "Trosa": 20.3}
trend = {"Vingåker": (2.1, 0.9), "Gnesta": (1.2, 0.4), "Nyköping": (1.6, 0.7), "Oxelösund": (0.8, 0.6),
         "Flen": (2.6, 1.1), "Katrineholm": (3.4, 1.5), "Eskilstuna": (1.9, 0.8), "Strängnäs": (1.0, 0.5),
         "Trosa": (0.9, 0.2)}  # (2022-2024 drop, 2023-2024 drop)
fk = {}  # (kommun, year, sex) -> (fors, netto_days)
for n in [x for _, x in SO]:
    for y in (2022, 2023, 2024):
        drop = {2024: 0.0, 2023: trend[n][1], 2022: trend[n][0]}[y]
        ftot = round(fors_tot[n] * (1 - 0.004 * (2024 - y)) + rng.randint(-40, 40))
        fk_share = 0.486 + rng.uniform(-0.008, 0.008)
        fw = round(ftot * fk_share)
        fm = ftot - fw
        oh = oh24[n] + drop
        ohw = oh * 1.27 * (1 + rng.uniform(-0.02, 0.02))
        ohm = (oh * ftot - ohw * fw) / fm
        fk[(n, y, "Kvinnor")] = (fw, round(ohw * fw))
        fk[(n, y, "Män")] = (fm, round(ohm * fm))
        fk[(n, y, "Kvinnor och män")] = (ftot, fk[(n, y, "Kvinnor")][1] + fk[(n, y, "Män")][1])
for y in (2022, 2023, 2024):
    for s in ("Kvinnor", "Män", "Kvinnor och män"):
        fk[("Samtliga kommuner", y, s)] = (sum(fk[(n, y, s)][0] for _, n in SO),
                                           sum(fk[(n, y, s)][1] for _, n in SO))
riket = {2022: (6402000, 27.4), 2023: (6438000, 26.3), 2024: (6471000, 25.6)}
for y, (f, o) in riket.items():
    fw = round(f * 0.489)
    fm = f - fw
    nw = round(fw * o * 1.26)
    nm = round(f * o) - nw
    fk[("Riket", y, "Kvinnor")] = (fw, nw)
    fk[("Riket", y, "Män")] = (fm, nm)
    fk[("Riket", y, "Kvinnor och män")] = (f, nw + nm)


def write_B():
    lines = ["Ohälsotalet per kommun och kön, december 2022–2024 (rullande 12 månader)", ""]
    lines.append("År;Månad;Län;Kommun;Kön;Antal registrerade försäkrade 16-64 år;"
                 "Antal nettodagar (tusental);Ohälsotal (dagar per försäkrad)")
    for y in (2022, 2023, 2024):
        for key, lan, kom in ([(n, "04 Södermanlands län", f"{c} {n}") for c, n in SO] +
                              [("Samtliga kommuner", "04 Södermanlands län", "Samtliga kommuner")] +
                              [("Riket", "Riket", "Riket")]):
            for s in ("Kvinnor och män", "Kvinnor", "Män"):
                f_, d_ = fk[(key, y, s)]
                lines.append(f"{y};12;{lan};{kom};{s};{f_};{dec(d_ / 1000)};{dec(d_ / f_)}")
    lines.append("")
    lines.append("Ohälsotalet = summan av nettodagar med sjukpenning, arbetsskadesjukpenning, rehabiliteringspenning, "
                 "sjukersättning och aktivitetsersättning under de senaste 12 månaderna, dividerat med antalet "
                 "registrerade försäkrade 16–64 år.")
    lines.append("Nettodagar redovisas i tusental dagar. Två dagar med halv ersättning räknas som en nettodag.")
    lines.append("Källa: Försäkringskassan, statistikdatabasen. Uttag 2025-02-11.")
    data = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(OUT, "fk_ohalsotal_sodermanland_kommun_2022-2024.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + data.encode("utf-8"))


# ---------------------------------------------------------------------------
# C. AF inskrivna arbetslösa Halland, december 2025 vs december 2024
# ---------------------------------------------------------------------------
HA = [("1315", "Hylte"), ("1380", "Halmstad"), ("1381", "Laholm"), ("1382", "Falkenberg"), ("1383", "Varberg"),
      ("1384", "Kungsbacka")]
ak = {"16-64": {"Hylte": 5310, "Halmstad": 51980, "Laholm": 12760, "Falkenberg": 23880, "Varberg": 34620,
                "Kungsbacka": 43790, "Riket": 5481300},
      "18-24": {"Hylte": 520, "Halmstad": 5610, "Laholm": 1230, "Falkenberg": 2410, "Varberg": 3390,
                "Kungsbacka": 3920, "Riket": 512800}}
rates = {  # (dec2025 total %, öppet share, dec2024 total %)
    "16-64": {"Hylte": (7.6, 0.52, 7.9), "Halmstad": (7.9, 0.55, 7.7), "Laholm": (5.4, 0.57, 5.6),
              "Falkenberg": (5.1, 0.56, 4.8), "Varberg": (4.5, 0.58, 4.6), "Kungsbacka": (3.2, 0.61, 3.3),
              "Riket": (6.8, 0.54, 6.9)},
    "18-24": {"Hylte": (9.8, 0.38, 10.6), "Halmstad": (8.9, 0.41, 8.8), "Laholm": (6.4, 0.44, 6.9),
              "Falkenberg": (5.8, 0.43, 5.2), "Varberg": (5.2, 0.47, 5.4), "Kungsbacka": (3.9, 0.50, 4.1),
              "Riket": (8.1, 0.42, 8.4)},
}
af = {}  # (grp, place) -> dict(oppet, prog, tot, tot24, ak)
for g in ("16-64", "18-24"):
    for _, n in HA + [("00", "Riket")]:
        r25, sh, r24 = rates[g][n]
        a = ak[g][n]
        tot = round(a * r25 / 100)
        op = round(tot * sh)
        af[(g, n)] = dict(oppet=op, prog=tot - op, tot=tot, tot24=round(a * r24 / 100), ak=a)
    hl = {k: sum(af[(g, n)][k] for _, n in HA) for k in ("oppet", "prog", "tot", "tot24", "ak")}
    af[(g, "Hallands län")] = hl


def write_C():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Om statistiken"
    info = [
        ("Inskrivna arbetslösa i Hallands län – december 2025", True),
        ("Arbetsförmedlingen, Analysavdelningen. Publicerad 2026-01-14.", False),
        ("", False),
        ("Begrepp", True),
        ("Öppet arbetslösa: arbetssökande som saknar arbete, söker och omedelbart kan ta ett arbete och inte "
         "deltar i program med aktivitetsstöd.", False),
        ("Sökande i program med aktivitetsstöd: arbetssökande som deltar i arbetsmarknadspolitiskt program "
         "med aktivitetsstöd eller utvecklingsersättning.", False),
        ("Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd.", False),
        ("Andel (%) = antal i förhållande till den registerbaserade arbetskraften (RAMS/BAS) i respektive "
         "åldersgrupp. Samma nämnare används för december 2024 och december 2025.", False),
        ("Uppgifterna avser situationen vid månadens slut (sista vardagen).", False),
        ("", False),
        ("Flikar", True),
        ("16-64 år: samtliga inskrivna arbetslösa 16–64 år per kommun", False),
        ("18-24 år: ungdomar 18–24 år per kommun", False),
    ]
    for i, (t, b) in enumerate(info, start=1):
        ws0.cell(row=i, column=1, value=t).font = Font(bold=b, size=12 if i == 1 else 11)
    ws0.column_dimensions["A"].width = 110

    thin = Side(style="thin", color="999999")
    hdr_fill = PatternFill("solid", fgColor="DDE7F0")
    for g, title in (("16-64", "16-64 år"), ("18-24", "18-24 år")):
        ws = wb.create_sheet(title)
        ws["A1"] = f"Inskrivna arbetslösa {title.replace('-', '–')} per kommun, Hallands län, december 2025"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Antal personer och andel (%) av den registerbaserade arbetskraften"
        ws["A2"].font = Font(italic=True)
        # header rows 4-5
        ws.merge_cells("A4:A5"); ws["A4"] = "Kommunkod"
        ws.merge_cells("B4:B5"); ws["B4"] = "Kommun"
        groups = [("C", "D", "Öppet arbetslösa"), ("E", "F", "Sökande i program med aktivitetsstöd"),
                  ("G", "H", "Inskrivna arbetslösa totalt"), ("I", "J", "Inskrivna arbetslösa december 2024")]
        for c1, c2, lab in groups:
            ws.merge_cells(f"{c1}4:{c2}4")
            ws[f"{c1}4"] = lab
            ws[f"{c1}5"] = "Antal"
            ws[f"{c2}5"] = "Andel (%)"
        ws.merge_cells("K4:L4"); ws["K4"] = "Förändring dec 2024–dec 2025"
        ws["K5"] = "Antal"; ws["L5"] = "Procentenheter"
        for row in ws.iter_rows(min_row=4, max_row=5, min_col=1, max_col=12):
            for c in row:
                c.font = Font(bold=True)
                c.fill = hdr_fill
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        r = 6
        for code, n in HA + [("13", "Hallands län"), ("00", "Riket")]:
            d = af[(g, n)]
            a = d["ak"]
            vals = [code, n, d["oppet"], round(d["oppet"] / a * 100, 1), d["prog"], round(d["prog"] / a * 100, 1),
                    d["tot"], round(d["tot"] / a * 100, 1), d["tot24"], round(d["tot24"] / a * 100, 1),
                    d["tot"] - d["tot24"], round(round(d["tot"] / a * 100, 1) - round(d["tot24"] / a * 100, 1), 1)]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                if j in (3, 5, 7, 9):
                    c.number_format = "# ##0"
                elif j in (4, 6, 8, 10):
                    c.number_format = "0.0"
                elif j == 11:
                    c.number_format = "+# ##0;-# ##0;0"
                elif j == 12:
                    c.number_format = "+0.0;-0.0;0.0"
                if n in ("Hallands län", "Riket"):
                    c.font = Font(bold=True)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Anm. Andel = antal / registerbaserad arbetskraft i åldersgruppen (RAMS 2023)."
                ).font = Font(italic=True, size=9)
        ws.cell(row=r + 1, column=1, value="Källa: Arbetsförmedlingen").font = Font(italic=True, size=9)
        ws.column_dimensions["A"].width = 11
        ws.column_dimensions["B"].width = 16
        for col in "CDEFGHIJKL":
            ws.column_dimensions[col].width = 12
        ws.row_dimensions[4].height = 32
        ws.freeze_panes = "C6"
    wb.save(os.path.join(OUT, "af_inskrivna_arbetslosa_halland_dec2025.xlsx"))


# ---------------------------------------------------------------------------
# D. Region Halland PDF – befolkningsutveckling 2024
# ---------------------------------------------------------------------------
pop23 = {"Hylte": 10962, "Halmstad": 105071, "Laholm": 26187, "Falkenberg": 47018, "Varberg": 67712,
         "Kungsbacka": 85524}
comp = {  # födda, döda, inflyttade, utflyttade, invandrade, utvandrade, justering
    "Hylte": (104, 131, 548, 571, 95, 58, 0),
    "Halmstad": (1083, 1012, 4688, 4297, 1046, 561, -3),
    "Laholm": (238, 288, 1502, 1311, 176, 108, 1),
    "Falkenberg": (466, 479, 2071, 1889, 344, 227, -2),
    "Varberg": (702, 641, 3179, 2712, 418, 286, 0),
    "Kungsbacka": (861, 702, 4093, 3736, 377, 301, 2),
}
intra_halland = 3418  # flyttningar mellan Hallands kommuner (ingår i kommunernas in- och utflyttning)
age_share = {  # 0-19, 20-64, 65-79, 80+
    "Hylte": (0.226, 0.528, 0.173, 0.073), "Halmstad": (0.231, 0.558, 0.149, 0.062),
    "Laholm": (0.222, 0.526, 0.180, 0.072), "Falkenberg": (0.229, 0.542, 0.163, 0.066),
    "Varberg": (0.236, 0.548, 0.154, 0.062), "Kungsbacka": (0.262, 0.546, 0.140, 0.052),
}
HA_NAMES = [n for _, n in HA]
pop = {}
for n in HA_NAMES:
    f, d, i, u, inv, utv, j = comp[n]
    inc = f - d + i - u + inv - utv + j
    pop[n] = dict(pop23=pop23[n], fodda=f, doda=d, infl=i, utfl=u, inv=inv, utv=utv, just=j, okn=inc,
                  pop24=pop23[n] + inc)
    pop[n]["ages"] = lr_round(list(age_share[n]), pop[n]["pop24"])
hl = {k: sum(pop[n][k] for n in HA_NAMES) for k in ("pop23", "fodda", "doda", "infl", "utfl", "inv", "utv",
                                                     "just", "okn", "pop24")}
hl["infl"] -= intra_halland
hl["utfl"] -= intra_halland
hl["ages"] = [sum(pop[n]["ages"][i] for n in HA_NAMES) for i in range(4)]
pop["Hallands län"] = hl


def sp(x):
    """Swedish thousands separator (non-breaking space) and unicode minus for negatives."""
    s = f"{abs(x):,}".replace(",", "\u00a0")
    return ("\u2212" if x < 0 else "") + s


def write_D():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    path = os.path.join(OUT, "region_halland_befolkningsutveckling_2024.pdf")
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=14,
                          spaceAfter=7)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=17, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, spaceBefore=8)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9, spaceAfter=3)
    note = ParagraphStyle("note", parent=body, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"))
    th = ParagraphStyle("th", parent=body, fontName="Helvetica-Bold", fontSize=7, leading=8.2, spaceAfter=0)
    thr = ParagraphStyle("thr", parent=th, alignment=TA_RIGHT)
    sub = ParagraphStyle("sub", parent=body, fontSize=10.5, textColor=colors.HexColor("#555555"))

    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#666666"))
        if doc.page > 1:
            c.drawString(20 * mm, 285 * mm, "Region Halland  |  Befolkningsutvecklingen i Halland 2024")
            c.line(20 * mm, 283.5 * mm, 190 * mm, 283.5 * mm)
        c.drawString(20 * mm, 12 * mm, "Analys och statistik – Rapport 2025:4")
        c.drawRightString(190 * mm, 12 * mm, f"Sida {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title="Befolkningsutvecklingen i Halland 2024",
                            author="Region Halland")
    st = []
    st.append(Paragraph("Befolkningsutvecklingen i Halland 2024", h1))
    st.append(Paragraph("Analys och statistik, Regional utveckling – Rapport 2025:4 (mars 2025)", sub))
    st.append(Spacer(1, 6))
    okn_pct = {n: pop[n]["okn"] / pop[n]["pop23"] * 100 for n in HA_NAMES}
    st.append(Paragraph(
        f"Hallands befolkning fortsatte att växa under 2024. Den 31 december 2024 var {sp(hl['pop24'])} personer "
        f"folkbokförda i länet, vilket är {sp(hl['okn'])} fler än ett år tidigare. Ökningen är något lägre än 2023, "
        f"då befolkningen ökade med 3\u00a0127 personer, men Halland tillhör fortfarande de län som växer "
        f"snabbast i relation till folkmängden. Som jämförelse ökade rikets befolkning med omkring 0,2 procent "
        f"under året.", body))
    st.append(Paragraph(
        "Tillväxten drivs främst av inrikes inflyttning från andra delar av landet, framför allt från "
        "Västra Götaland och Skåne. Invandringen har minskat jämfört med toppåren 2016–2017 men bidrar fortfarande "
        "positivt i samtliga kommuner. Födelseöverskottet – skillnaden mellan antal födda och döda – är litet i "
        "länet som helhet och negativt i flera kommuner.", body))
    st.append(Paragraph("Befolkningsförändringar per kommun", h2))
    st.append(Paragraph(
        "Tabell 1 visar komponenterna i befolkningsförändringen under 2024. Folkökningen är summan av "
        "födelseöverskott, inrikes flyttnetto, utrikes flyttnetto och en mindre justeringspost. I absoluta tal "
        "ökade Halmstad och Varberg mest, medan Hylte minskade något.", body))

    def hdr(labels):
        return [Paragraph(l, th if i == 0 else thr) for i, l in enumerate(labels)]

    t1 = [hdr(["Kommun", "Folkmängd 31 dec 2023", "Födda", "Döda", "Inrikes inflyttade", "Inrikes utflyttade",
               "Invand\u00adrade", "Utvand\u00adrade", "Juste\u00adring", "Folk\u00adökning", "Folkmängd 31 dec 2024"])]
    for n in HA_NAMES + ["Hallands län"]:
        p = pop[n]
        lab = "Hallands län¹" if n == "Hallands län" else n
        t1.append([lab] + [sp(p[k]) for k in ("pop23", "fodda", "doda", "infl", "utfl", "inv", "utv", "just", "okn",
                                              "pop24")])
    tab = Table(t1, colWidths=[22 * mm, 18 * mm, 12 * mm, 12 * mm, 16 * mm, 16 * mm, 14 * mm, 14 * mm, 13 * mm,
                               14 * mm, 18 * mm], repeatRows=1)
    tab.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 3),
    ]))
    st.append(Paragraph("Tabell 1. Befolkningsförändringar per kommun 2024, antal personer", cap))
    st.append(tab)
    st.append(Paragraph(
        "¹ För länet avses inrikes flyttningar över länsgränsen. Flyttningar mellan Hallands kommuner "
        f"({sp(intra_halland)} personer 2024) ingår i kommunernas inrikes in- och utflyttning men inte i länets. "
        "Källa: SCB, befolkningsstatistik; bearbetning Region Halland.", note))
    st.append(Spacer(1, 4))
    st.append(Paragraph(
        "Relativt sett är skillnaderna mellan kommunerna stora. Kungsbacka och Varberg har under senare år haft "
        "en stark inrikes inflyttning av barnfamiljer, medan Hylte och Laholm har en äldre befolkning och ett "
        "födelseunderskott. I Hylte vägdes underskottet inte upp av flyttningarna, medan Laholm växer tack vare "
        "ett positivt inrikes flyttnetto, främst från Skåne.", body))
    st.append(Paragraph("Åldersstruktur", h2))
    st.append(Paragraph(
        "Andelen invånare som är 65 år eller äldre fortsätter att öka i hela länet. Tabell 2 redovisar "
        "folkmängden efter åldersgrupp vid utgången av 2024. Den demografiska försörjningskvoten – antalet "
        "barn, unga och äldre i förhållande till antalet personer i arbetsför ålder (20–64 år) – är högst i de "
        "mindre kommunerna.", body))
    t2 = [hdr(["Kommun", "0–19 år", "20–64 år", "65–79 år", "80 år och äldre", "Totalt",
               "Andel 65+ (%)", "Försörjnings\u00adkvot²"])]
    for n in HA_NAMES + ["Hallands län"]:
        a = pop[n]["ages"]
        tot = sum(a)
        assert tot == pop[n]["pop24"]
        t2.append([n] + [sp(x) for x in a] + [sp(tot), dec((a[2] + a[3]) / tot * 100),
                                               dec((a[0] + a[2] + a[3]) / a[1], 2)])
    tab2 = Table(t2, colWidths=[26 * mm, 19 * mm, 19 * mm, 19 * mm, 19 * mm, 20 * mm, 19 * mm, 22 * mm],
                 repeatRows=1)
    tab2.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 3),
    ]))
    st.append(Paragraph("Tabell 2. Folkmängd efter åldersgrupp 31 december 2024", cap))
    st.append(tab2)
    st.append(Paragraph("² Demografisk försörjningskvot = (antal 0–19 år + antal 65 år och äldre) / antal 20–64 år. "
                        "Källa: SCB, befolkningsstatistik; bearbetning Region Halland.", note))
    st.append(Paragraph("Kommentar och fortsatt arbete", h2))
    st.append(Paragraph(
        "Den fortsatta befolkningsökningen ställer krav på bostadsbyggande, kollektivtrafik och "
        "kompetensförsörjning, inte minst inom vård och omsorg där pensionsavgångarna är stora de kommande åren. "
        "Region Halland följer utvecklingen löpande och publicerar kvartalsvisa uppdateringar på webbplatsen. "
        "En ny befolkningsprognos för länet tas fram i samarbete med kommunerna och beräknas vara klar under "
        "hösten 2025.", body))
    st.append(Paragraph("Kontakt: Analys och statistik, Region Halland, analys@regionhalland.se", note))
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# F. AF nyanmälda lediga platser Sörmland 2025
# ---------------------------------------------------------------------------
YRK = ["Administration, ekonomi, juridik", "Bygg och anläggning", "Chefer och verksamhetsledare", "Data/IT",
       "Försäljning, inköp, marknadsföring", "Hantverksyrken", "Hotell, restaurang, storhushåll",
       "Hälso- och sjukvård", "Industriell tillverkning", "Installation, drift, underhåll",
       "Kropps- och skönhetsvård", "Kultur, media, design", "Militärt arbete", "Naturbruk", "Naturvetenskapligt arbete",
       "Pedagogiskt arbete", "Sanering och renhållning", "Socialt arbete", "Säkerhetsarbete", "Transport",
       "Yrken med teknisk inriktning"]
yrk_share = [7.2, 5.6, 2.4, 3.9, 8.1, 1.2, 5.3, 14.6, 6.4, 3.7, 0.6, 0.9, 0.4, 1.3, 0.5, 10.8, 2.2, 11.9, 1.5, 7.4,
             4.1]
# seasonal multipliers per month (12) – general, and special for some yrkesområden
gen_season = [1.02, 1.05, 1.12, 1.08, 1.01, 0.86, 0.62, 1.02, 1.14, 1.08, 1.00, 0.78]
special = {
    "Hälso- och sjukvård": [1.25, 1.45, 1.40, 1.10, 0.90, 0.70, 0.55, 0.95, 1.00, 0.95, 0.90, 0.85],
    "Pedagogiskt arbete": [1.05, 1.10, 1.15, 1.35, 1.40, 0.80, 0.55, 1.25, 0.95, 0.80, 0.85, 0.70],
    "Socialt arbete": [1.15, 1.35, 1.40, 1.25, 0.95, 0.70, 0.55, 0.90, 0.95, 0.95, 0.90, 0.75],
    "Hotell, restaurang, storhushåll": [0.80, 1.00, 1.30, 1.55, 1.45, 0.90, 0.60, 0.75, 0.85, 0.80, 0.90, 0.90],
    "Naturbruk": [0.60, 0.80, 1.40, 1.80, 1.50, 0.90, 0.50, 0.70, 0.90, 0.70, 0.50, 0.40],
}
month_tot = [1598, 1672, 1814, 1733, 1619, 1367, 1002, 1611, 1788, 1702, 1553, 1228]
MON = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
lp = {}  # yrk -> [12]
weights_by_month = []
for m in range(12):
    ws_ = []
    for k, y in enumerate(YRK):
        s = special.get(y, gen_season)[m] / gen_season[m]
        ws_.append(yrk_share[k] * s * (1 + rng.uniform(-0.12, 0.12)))
    weights_by_month.append(lr_round(ws_, month_tot[m]))
for k, y in enumerate(YRK):
    lp[y] = [weights_by_month[m][k] for m in range(12)]
growth24 = {y: rng.uniform(-0.18, 0.10) for y in YRK}
growth24["Hälso- och sjukvård"] = -0.072
growth24["Bygg och anläggning"] = -0.163
growth24["Data/IT"] = 0.081
lp24 = {y: round(sum(lp[y]) / (1 + growth24[y])) for y in YRK}
kom_share = {"Vingåker": 3.1, "Gnesta": 3.6, "Nyköping": 22.4, "Oxelösund": 4.0, "Flen": 5.2, "Katrineholm": 12.3,
             "Eskilstuna": 34.9, "Strängnäs": 10.8, "Trosa": 3.7}
lpk = {n: [0] * 12 for n in kom_share}
for m in range(12):
    ws_ = [kom_share[n] * (1 + rng.uniform(-0.15, 0.15)) for n in kom_share]
    vals = lr_round(ws_, month_tot[m])
    for i, n in enumerate(kom_share):
        lpk[n][m] = vals[i]


def write_F():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Information"
    txt = ["Nyanmälda lediga platser, Södermanlands län, januari–december 2025",
           "",
           "Statistiken avser lediga platser som anmälts till Arbetsförmedlingen under respektive månad "
           "(platsbanken), fördelade på arbetsställets kommun.",
           "En annons kan avse flera platser; här redovisas antal platser, inte antal annonser.",
           "Yrkesområde enligt Arbetsförmedlingens yrkestaxonomi (baserad på SSYK 2012).",
           "Flik 'Yrkesområde': länet totalt per yrkesområde och månad, inkl. helår 2024 och förändring i procent.",
           "Flik 'Kommun': samtliga yrkesområden per kommun och månad.",
           "",
           "Källa: Arbetsförmedlingen. Uttag 2026-01-20."]
    for i, t in enumerate(txt, start=1):
        c = ws0.cell(row=i, column=1, value=t)
        if i == 1:
            c.font = Font(bold=True, size=13)
    ws0.column_dimensions["A"].width = 105
    thin = Side(style="thin", color="999999")
    fill = PatternFill("solid", fgColor="E2EFDA")

    def header(ws, row, labels):
        for j, l in enumerate(labels, start=1):
            c = ws.cell(row=row, column=j, value=l)
            c.font = Font(bold=True)
            c.fill = fill
            c.alignment = Alignment(horizontal="center", wrap_text=True, vertical="center")
            c.border = Border(bottom=thin, top=thin)

    # Yrkesområde sheet
    ws = wb.create_sheet("Yrkesområde")
    ws["A1"] = "Nyanmälda lediga platser per yrkesområde och månad 2025, Södermanlands län"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Antal platser"
    ws.merge_cells("B3:M3")
    ws["B3"] = "2025"
    ws["B3"].alignment = Alignment(horizontal="center")
    ws["B3"].font = Font(bold=True)
    header(ws, 4, ["Yrkesområde"] + MON + ["Totalt 2025", "Totalt 2024", "Förändring (%)"])
    r = 5
    for y in YRK:
        tot = sum(lp[y])
        vals = [y] + lp[y] + [tot, lp24[y], round((tot - lp24[y]) / lp24[y] * 100, 1)]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            if 2 <= j <= 15:
                c.number_format = "# ##0"
            elif j == 16:
                c.number_format = "0.0"
        r += 1
    totm = [sum(lp[y][m] for y in YRK) for m in range(12)]
    assert totm == month_tot
    t25 = sum(totm)
    t24 = sum(lp24.values())
    vals = ["Samtliga yrkesområden"] + totm + [t25, t24, round((t25 - t24) / t24 * 100, 1)]
    for j, v in enumerate(vals, start=1):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = Border(top=thin)
        if 2 <= j <= 15:
            c.number_format = "# ##0"
        elif j == 16:
            c.number_format = "0.0"
    ws.cell(row=r + 2, column=1, value="Källa: Arbetsförmedlingen").font = Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 36
    for j in range(2, 17):
        ws.column_dimensions[ws.cell(row=4, column=j).column_letter].width = 8 if j <= 13 else 12
    ws.freeze_panes = "B5"

    # Kommun sheet
    ws = wb.create_sheet("Kommun")
    ws["A1"] = "Nyanmälda lediga platser per kommun och månad 2025, samtliga yrkesområden"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Antal platser"
    header(ws, 4, ["Kommunkod", "Kommun"] + [f"2025-{m:02d}" for m in range(1, 13)] + ["Totalt 2025"])
    r = 5
    for c_, n in SO:
        vals = [c_, n] + lpk[n] + [sum(lpk[n])]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            if j >= 3:
                c.number_format = "# ##0"
        r += 1
    vals = ["04", "Södermanlands län"] + month_tot + [t25]
    for j, v in enumerate(vals, start=1):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = Border(top=thin)
        if j >= 3:
            c.number_format = "# ##0"
    ws.column_dimensions["B"].width = 20
    ws.freeze_panes = "C5"
    wb.save(os.path.join(OUT, "af_nyanmalda_lediga_platser_sodermanland_2025.xlsx"))


if __name__ == "__main__":
    write_A()
    write_E()
    write_B()
    write_C()
    write_D()
    write_F()
    print("wrote", sorted(os.listdir(OUT)))
