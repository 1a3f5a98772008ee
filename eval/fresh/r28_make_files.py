"""Skapar sex realistiska statistikexporter (påhittade siffror, riktiga kommunnamn).

Användning: python make_files.py OUT_DIR
"""
import datetime as dt
import random
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(2828)

# kod, namn, folkmängd (ungefärlig), andel 18-24 år
VB = [("2401", "Nordmaling", 7000, .060), ("2403", "Bjurholm", 2400, .055), ("2404", "Vindeln", 5300, .058),
      ("2409", "Robertsfors", 6700, .060), ("2417", "Norsjö", 4000, .058), ("2418", "Malå", 3000, .057),
      ("2421", "Storuman", 5800, .056), ("2422", "Sorsele", 2400, .052), ("2425", "Dorotea", 2600, .050),
      ("2460", "Vännäs", 8800, .064), ("2462", "Vilhelmina", 6600, .058), ("2463", "Åsele", 2700, .052),
      ("2480", "Umeå", 131000, .115), ("2481", "Lycksele", 12000, .070), ("2482", "Skellefteå", 77000, .075)]
HA = [("1315", "Hylte", 10800, .072), ("1380", "Halmstad", 104000, .088), ("1381", "Laholm", 26000, .068),
      ("1382", "Falkenberg", 47000, .070), ("1383", "Varberg", 67000, .071), ("1384", "Kungsbacka", 85000, .069)]
OG = [("0509", "Ödeshög", 5300, .060), ("0512", "Ydre", 3700, .055), ("0513", "Kinda", 10000, .062),
      ("0560", "Boxholm", 5500, .062), ("0561", "Åtvidaberg", 11400, .063), ("0562", "Finspång", 21500, .070),
      ("0563", "Valdemarsvik", 7600, .058), ("0580", "Linköping", 166000, .105), ("0581", "Norrköping", 145000, .085),
      ("0582", "Söderköping", 14700, .062), ("0583", "Motala", 43800, .072), ("0584", "Vadstena", 7500, .060),
      ("0586", "Mjölby", 28500, .070)]
COUNTY = {"24": ("Västerbottens län", VB), "13": ("Hallands län", HA), "05": ("Östergötlands län", OG)}
SMALL_INLAND = {"Bjurholm", "Vindeln", "Norsjö", "Malå", "Storuman", "Sorsele", "Dorotea", "Vilhelmina", "Åsele",
                "Ödeshög", "Ydre", "Valdemarsvik", "Boxholm", "Kinda", "Vadstena", "Nordmaling", "Robertsfors"}


def sv(x, d=1):
    """Tal med decimalkomma."""
    return f"{x:.{d}f}".replace(".", ",")


# ---------------------------------------------------------------- 1. Befolkningsförändringar (SCB, Latin-1)
def file1():
    years = [2021, 2022, 2023]
    rows = []  # (region, förändring, [v2021, v2022, v2023])

    def kommun_series(name, pop):
        small = name in SMALL_INLAND
        out = {k: [] for k in ["födda", "döda", "födelseöverskott", "inflyttade", "utflyttade", "folkökning"]}
        for y in years:
            fr = (0.0072 if small else 0.0102) * rng.uniform(0.88, 1.12) * (1.0 - 0.04 * (y - 2021))
            dr = (0.0145 if small else 0.0092) * rng.uniform(0.88, 1.12)
            if name in ("Umeå", "Linköping"):
                fr, dr = fr * 1.12, dr * 0.72
            f, d = round(pop * fr), round(pop * dr)
            inf = round(pop * rng.uniform(0.048, 0.07))
            utf = round(inf * rng.uniform(0.9, 1.08))
            out["födda"].append(f)
            out["döda"].append(d)
            out["födelseöverskott"].append(f - d)
            out["inflyttade"].append(inf)
            out["utflyttade"].append(utf)
            out["folkökning"].append(f - d + inf - utf)
        return out

    for code, (lname, kommuner) in [("24", COUNTY["24"]), ("13", COUNTY["13"]), ("05", COUNTY["05"])]:
        ks = []
        for kcode, kname, pop, _ in kommuner:
            s = kommun_series(kname, pop)
            ks.append((f"{kcode} {kname}", s))
        # länet: födda/döda summeras, flyttningar inom länet räknas inte
        tot = {k: [sum(s[k][i] for _, s in ks) for i in range(3)] for k in ks[0][1]}
        intra = [round(tot["inflyttade"][i] * rng.uniform(0.30, 0.38)) for i in range(3)]
        tot["inflyttade"] = [tot["inflyttade"][i] - intra[i] for i in range(3)]
        tot["utflyttade"] = [tot["utflyttade"][i] - intra[i] for i in range(3)]
        tot["folkökning"] = [tot["födelseöverskott"][i] + tot["inflyttade"][i] - tot["utflyttade"][i] for i in range(3)]
        rows.append((f"{code} {lname}", tot))
        rows.extend(ks)
    riket = {"födda": [114263, 104734, 100051], "döda": [91958, 94737, 94385],
             "inflyttade": [90631, 102436, 94514], "utflyttade": [48284, 50592, 73434]}
    riket["födelseöverskott"] = [a - b for a, b in zip(riket["födda"], riket["döda"])]
    riket["folkökning"] = [riket["födelseöverskott"][i] + riket["inflyttade"][i] - riket["utflyttade"][i]
                           for i in range(3)]
    rows.insert(0, ("00 Riket", riket))

    lines = ['"Befolkningsförändringar efter region, förändringar och år"', "",
             '"region";"förändringar";"2021";"2022";"2023"']
    for region, s in rows:
        for k in ["födda", "döda", "födelseöverskott", "inflyttade", "utflyttade", "folkökning"]:
            lines.append(f'"{region}";"{k}";' + ";".join(str(v) for v in s[k]))
    lines += ["", '"Källa: SCB, Befolkningsstatistik"',
              '"Anm. Folkökning = födelseöverskott + inflyttade - utflyttade. För län avser inflyttade och '
              'utflyttade flyttningar över länsgränsen, för riket invandrade och utvandrade."',
              '"Uttaget 2024-03-21"']
    (OUT / "befolkningsforandringar_kommun_2021-2023.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("latin-1"))


# ---------------------------------------------------------------- 2. AKU per län och kvartal (xlsx, ± kolumner)
def file2():
    quarters = ["2023K1", "2023K2", "2023K3", "2023K4", "2024K1", "2024K2"]
    riket_t = [7.9, 8.9, 6.9, 7.7, 8.7, 9.4]
    base = {"Riket": 0.0, "Östergötlands län": 0.9, "Hallands län": -1.4, "Västerbottens län": -1.9}
    wb = Workbook()
    ws = wb.active
    ws.title = "AKU län"
    ws.append(["Arbetslösa 15-74 år, procent av arbetskraften, efter län, kön och kvartal (AKU). "
               "Säsongsrensade värden ingår inte."])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    header = ["Region", "Kön"]
    for q in quarters:
        header += [q, "± (konfidensintervall)"]
    ws.append(header)
    for region, off in base.items():
        for kon, koff in [("totalt", 0.0), ("män", 0.25), ("kvinnor", -0.3)]:
            row = [region, kon]
            for qi, q in enumerate(quarters):
                if region == "Riket":
                    v = riket_t[qi] + koff
                    ci = round(rng.uniform(0.3, 0.45) * (1.4 if kon != "totalt" else 1.0), 1)
                else:
                    v = riket_t[qi] + off + koff * rng.uniform(0.5, 3.0) + rng.uniform(-0.6, 0.6)
                    ci = round(rng.uniform(1.1, 1.7) * (1.35 if kon != "totalt" else 1.0), 1)
                row += [round(v, 1), ci]
            ws.append(row)
    ws.append([])
    ws.append(["± anger osäkerhetsmarginalen (95 % konfidensintervall) i procentenheter."])
    ws.append(["Källa: SCB, Arbetskraftsundersökningarna (AKU)."])
    wb.save(OUT / "AKU_arbetsloshet_lan_kvartal.xlsx")


# ---------------------------------------------------------------- 3. Ungdomar 18-24 inskrivna arbetslösa (UTF-8-BOM, lång)
def file3():
    months = [f"2024-{m:02d}" for m in range(1, 10)]
    season = [1.06, 1.05, 1.0, 0.95, 0.9, 1.02, 1.12, 1.07, 0.96]
    base_andel = {"Hylte": 6.1, "Halmstad": 5.4, "Laholm": 4.6, "Falkenberg": 4.9, "Varberg": 3.9, "Kungsbacka": 2.7,
                  "Umeå": 2.4, "Skellefteå": 4.1, "Lycksele": 5.6, "Vilhelmina": 4.8, "Storuman": 3.6}
    lines = ["Inskrivna arbetslösa ungdomar 18–24 år per kommun och månad, antal och andel av befolkningen 18–24 år",
             "Län;Kommun;Månad;Inskrivna arbetslösa 18-24 år, antal;Andel av befolkningen 18-24 år, %"]
    for code in ["13", "24"]:
        lname, kommuner = COUNTY[code]
        data = []
        for kcode, kname, pop, a1824 in kommuner:
            p = round(pop * a1824)
            b = base_andel.get(kname, rng.uniform(2.8, 5.2))
            vals = []
            for mi, m in enumerate(months):
                antal = max(1, round(p * b / 100 * season[mi] * rng.uniform(0.94, 1.06)))
                vals.append(antal)
            data.append((kname, p, vals))
        tot_p = sum(p for _, p, _ in data)
        for mi, m in enumerate(months):
            tot = sum(v[mi] for _, _, v in data)
            lines.append(f"{lname};{lname};{m};{tot};{sv(tot / tot_p * 100)}")
        for kname, p, vals in data:
            for mi, m in enumerate(months):
                a = vals[mi]
                if a < 5:
                    lines.append(f"{lname};{kname};{m};..;..")
                else:
                    lines.append(f"{lname};{kname};{m};{a};{sv(a / p * 100)}")
    rp = 853000
    for mi, m in enumerate(months):
        a = round(rp * 4.4 / 100 * season[mi] * rng.uniform(0.98, 1.02))
        lines.append(f"Riket;Riket;{m};{a};{sv(a / rp * 100)}")
    lines += ["", "Källa: Arbetsförmedlingen. Inskrivna arbetslösa = öppet arbetslösa + sökande i program med aktivitetsstöd.",
              ".. = uppgift redovisas inte (färre än 5 personer)."]
    (OUT / "ungdomar_18-24_inskrivna_arbetslosa_2024.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))


# ---------------------------------------------------------------- 4. Inkomster per kommun och kön (xlsx, tvåradig rubrik)
def file4():
    years = [2020, 2021, 2022]
    wb = Workbook()
    ws = wb.active
    ws.title = "Inkomst"
    ws.append(["Sammanräknad förvärvsinkomst för boende i Sverige hela året, 20-64 år. Medel- och medianinkomst i tkr "
               "efter region, kön och år"])
    ws["A1"].font = Font(bold=True)
    ws.append(["Löpande priser"])
    ws.append([])
    ws.append(["", "", "Medelinkomst, tkr", "", "", "Medianinkomst, tkr", "", ""])
    ws.append(["Region", "Kön"] + [str(y) for y in years] + [str(y) for y in years])
    regions = [("00 Riket", 1.0), ("05 Östergötlands län", 0.955)]
    lvl = {"Linköping": 1.04, "Norrköping": 0.95, "Motala": 0.93, "Mjölby": 0.97, "Söderköping": 0.99,
           "Finspång": 0.94, "Kinda": 0.93, "Ydre": 0.88, "Ödeshög": 0.89, "Boxholm": 0.93, "Åtvidaberg": 0.95,
           "Valdemarsvik": 0.90, "Vadstena": 0.96}
    regions += [(f"{c} {n}", lvl[n]) for c, n, _, _ in OG]
    for region, lv in regions:
        first = True
        grp = {}
        for kon, mean0, med0 in [("kvinnor", 338.0, 318.0), ("män", 420.0, 382.0)]:
            kl = lv * rng.uniform(0.97, 1.03)
            mean = [mean0 * kl * (1 + 0.035 * i) * rng.uniform(0.99, 1.01) for i in range(3)]
            med = [med0 * kl * (1 + 0.033 * i) * rng.uniform(0.99, 1.01) for i in range(3)]
            if region.endswith("Linköping") and kon == "män":
                mean = [m * 1.05 for m in mean]
            grp[kon] = ([round(x, 1) for x in mean], [round(x, 1) for x in med])
        grp["totalt"] = ([round((a + b) / 2 * 1.003, 1) for a, b in zip(grp["kvinnor"][0], grp["män"][0])],
                         [round((a + b) / 2 * 0.998, 1) for a, b in zip(grp["kvinnor"][1], grp["män"][1])])
        for kon in ["män", "kvinnor", "totalt"]:
            ws.append([region if first else None, kon] + grp[kon][0] + grp[kon][1])
            first = False
    ws.append([])
    ws.append(["Källa: SCB, Inkomst- och taxeringsregistret (IoT)."])
    ws.append(["Sammanräknad förvärvsinkomst = summan av inkomst av tjänst och inkomst av näringsverksamhet."])
    wb.save(OUT / "inkomster_20-64_ar_ostergotland.xlsx")


# ---------------------------------------------------------------- 5. Kolada-export skola (UTF-8, komma, punkt)
def file5():
    kpis = [("N15419", "Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)", 86.0, 3.0, 1),
            ("N15505", "Elever i åk 9, genomsnittligt meritvärde (17 ämnen), hemkommun", 225.0, 22.0, 1),
            ("N15436", "Elever i åk 9 som uppnått kunskapskraven i alla ämnen, hemkommun, andel (%)", 74.0, 6.0, 1)]
    munis = [("0000", "Riket", 0.0), ("0013", "Hallands län", 0.8), ("0024", "Västerbottens län", 0.4)]
    off = {"Hylte": -7.5, "Halmstad": -2.2, "Laholm": -1.6, "Falkenberg": 0.6, "Varberg": 2.3, "Kungsbacka": 5.1,
           "Umeå": 3.4, "Skellefteå": 0.2}
    for c, n, _, _ in HA + VB:
        munis.append((c, n, off.get(n, rng.uniform(-6, 4))))
    lines = ["kpi,kpi_title,municipality_id,municipality,period,gender,value"]
    for kid, title, base, gap, dec in kpis:
        for mid, name, o in munis:
            small = name in SMALL_INLAND
            for yi, y in enumerate([2021, 2022, 2023]):
                scale = 2.2 if kid == "N15505" else 1.0
                t = base + o * scale + rng.uniform(-1.5, 1.5) * scale * (3 if small else 1) - 0.4 * yi * scale
                if kid == "N15419" and t > 97:
                    t = 97 - rng.uniform(0, 2)
                k = t + gap / 2 * rng.uniform(0.7, 1.3)
                m = t - gap / 2 * rng.uniform(0.7, 1.3)
                if kid == "N15419":
                    k, m = min(k, 99.0), m
                vals = {"T": round(t, dec), "K": round(k, dec), "M": round(m, dec)}
                for g in ["T", "K", "M"]:
                    v = vals[g]
                    if small and name in ("Bjurholm", "Sorsele", "Åsele") and g != "T":
                        v = ""
                    if name == "Dorotea" and y == 2021:
                        v = ""
                    lines.append(f'{kid},"{title}",{mid},{name},{y},{g},{v}')
    (OUT / "kolada_export_skola_ak9.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 6. Projektregister (xlsx)
PROJ = [
    # namn, stödmottagare, kommun, län, insatsområde, belopp, start, slut, status
    ("Batterikompetens Norr", "Campus Skellefteå", "Skellefteå", "Västerbottens län", "Kompetensförsörjning", 4850000, "2022-03-01", "2025-02-28", "Pågående"),
    ("Smart industri i Skelleftedalen", "Skellefteå kommun", "Skellefteå", "Västerbottens län", "Hållbart företagande", 2300000, "2021-01-15", "2023-12-31", "Avslutad"),
    ("Bostäder för inflyttare", "Skellefteå kommun", "Skellefteå", "Västerbottens län", "Infrastruktur och tillgänglighet", 1750000, "2023-05-01", "2025-06-30", "Pågående"),
    ("Grön vätgas i Norrbotniabanans spår", "RISE Research Institutes of Sweden AB", "Skellefteå", "Västerbottens län", "Klimat och energi", 6200000, "2024-02-01", "2026-12-31", "Pågående"),
    ("Kvinnors företagande i Skellefteå", "Coompanion Västerbotten", "Skellefteå", "Västerbottens län", "Hållbart företagande", 680000, "2025-01-01", "2026-06-30", "Beviljad, ej startad"),
    ("AI-labb för små företag", "Umeå universitet", "Umeå", "Västerbottens län", "Innovation och forskning", 5400000, "2022-09-01", "2025-08-31", "Pågående"),
    ("Validering inom vård och omsorg", "Umeå kommun", "Umeå", "Västerbottens län", "Kompetensförsörjning", 1980000, "2021-08-16", "2024-06-30", "Avslutad"),
    ("Testbädd för fossilfri logistik", "Umeå Energi AB", "Umeå", "Västerbottens län", "Klimat och energi", 3150000, "2023-01-01", "2025-12-31", "Pågående"),
    ("Innovationsslussen Umeå", "Uminova Innovation AB", "Umeå", "Västerbottens län", "Innovation och forskning", 2740000, "2021-03-01", "2023-02-28", "Avslutad"),
    ("Inlandets besöksnäring 2.0", "Region Västerbotten", "Storuman", "Västerbottens län", "Hållbart företagande", 1420000, "2022-04-01", "2024-12-31", "Pågående"),
    ("Samverkan för kompetens i inlandet", "Lycksele kommun", "Lycksele", "Västerbottens län", "Kompetensförsörjning", 2260000, "2023-08-01", "2026-07-31", "Pågående"),
    ("Snabbt bredband i Vilhelmina", "Vilhelmina kommun", "Vilhelmina", "Västerbottens län", "Infrastruktur och tillgänglighet", 3900000, "2021-06-01", "2023-10-31", "Avslutad"),
    ("Lokal livsmedelsproduktion i Vännäs", "Hushållningssällskapet Västerbotten", "Vännäs", "Västerbottens län", "Hållbart företagande", 860000, "2023-03-01", "2024-09-30", "Avslutad"),
    ("Fjällnära service", "Sorsele kommun", "Sorsele", "Västerbottens län", "Infrastruktur och tillgänglighet", 540000, "2022-01-01", "2023-06-30", "Avbruten"),
    ("Energieffektiva lantbruk", "LRF Västerbotten", "Robertsfors", "Västerbottens län", "Klimat och energi", 1120000, "2024-01-01", "2025-12-31", "Pågående"),
    ("Högskolan i Halmstad – smarta städer", "Högskolan i Halmstad", "Halmstad", "Hallands län", "Innovation och forskning", 4100000, "2021-09-01", "2024-08-31", "Avslutad"),
    ("Kompetenslyft Halmstad hamn", "Halmstads Hamn AB", "Halmstad", "Hallands län", "Kompetensförsörjning", 1350000, "2023-02-01", "2025-01-31", "Pågående"),
    ("Etablering av nyanlända kvinnor", "Halmstads kommun", "Halmstad", "Hallands län", "Kompetensförsörjning", 2875000, "2022-01-01", "2024-12-31", "Pågående"),
    ("Cirkulär textil Halland", "Science Park Halland", "Halmstad", "Hallands län", "Klimat och energi", 1690000, "2023-09-01", "2026-08-31", "Pågående"),
    ("Hylte bruk i omställning", "Hylte kommun", "Hylte", "Hallands län", "Hållbart företagande", 2050000, "2021-05-01", "2023-04-30", "Avslutad"),
    ("Digitala verktyg i industrin", "Almi Företagspartner Halland AB", "Falkenberg", "Hallands län", "Innovation och forskning", 1580000, "2022-10-01", "2025-03-31", "Pågående"),
    ("Livsmedelsnod Falkenberg", "Falkenbergs kommun", "Falkenberg", "Hallands län", "Hållbart företagande", 940000, "2024-04-01", "2026-03-31", "Pågående"),
    ("Varbergs tunnel – lokala leverantörer", "Varbergs kommun", "Varberg", "Hallands län", "Infrastruktur och tillgänglighet", 1275000, "2021-02-01", "2022-12-31", "Avslutad"),
    ("Havsbaserad vindkraft – kompetens", "Campus Varberg", "Varberg", "Hallands län", "Kompetensförsörjning", 3320000, "2023-01-15", "2025-12-31", "Pågående"),
    ("Solel på gårdar", "Hushållningssällskapet Halland", "Laholm", "Hallands län", "Klimat och energi", 720000, "2022-05-01", "2023-12-31", "Avslutad"),
    ("Kungsbacka företagsacceleration", "Kungsbacka kommun", "Kungsbacka", "Hallands län", "Innovation och forskning", 1890000, "2024-09-01", "2027-08-31", "Beviljad, ej startad"),
    ("Pendling utan bil i norra Halland", "Region Halland", "Kungsbacka", "Hallands län", "Infrastruktur och tillgänglighet", 2480000, "2022-08-01", "2025-07-31", "Pågående"),
    ("Mjärdevi tillväxtprogram", "Mjärdevi Science Park AB", "Linköping", "Östergötlands län", "Innovation och forskning", 3760000, "2021-01-01", "2023-12-31", "Avslutad"),
    ("Flygteknik och kompetens", "Linköpings universitet", "Linköping", "Östergötlands län", "Kompetensförsörjning", 5150000, "2022-06-01", "2025-05-31", "Pågående"),
    ("Visual Sweden – visuell analys", "Linköpings universitet", "Linköping", "Östergötlands län", "Innovation och forskning", 7250000, "2023-01-01", "2026-12-31", "Pågående"),
    ("Fossilfria transporter Östergötland", "Region Östergötland", "Linköping", "Östergötlands län", "Klimat och energi", 2980000, "2021-10-01", "2024-09-30", "Avslutad"),
    ("Norrköpings hamn – digital tvilling", "Norrköpings Hamn AB", "Norrköping", "Östergötlands län", "Innovation och forskning", 2190000, "2023-04-01", "2025-09-30", "Pågående"),
    ("Unga till jobb i Norrköping", "Norrköpings kommun", "Norrköping", "Östergötlands län", "Kompetensförsörjning", 3460000, "2021-01-01", "2023-12-31", "Avslutad"),
    ("Kreativa näringar Norrköping", "Norrköping Science Park AB", "Norrköping", "Östergötlands län", "Hållbart företagande", 1070000, "2022-02-01", "2023-09-30", "Avbruten"),
    ("Motala ström – besöksmål", "Motala kommun", "Motala", "Östergötlands län", "Hållbart företagande", 1340000, "2022-05-01", "2024-10-31", "Pågående"),
    ("Vuxenutbildning för industrin", "Motala kommun", "Motala", "Östergötlands län", "Kompetensförsörjning", 1645000, "2024-01-08", "2026-06-30", "Pågående"),
    ("Mjölby logistikcentrum", "Mjölby kommun", "Mjölby", "Östergötlands län", "Infrastruktur och tillgänglighet", 2210000, "2021-04-01", "2024-03-31", "Avslutad"),
    ("Finspångs industrikluster", "Finspångs kommun", "Finspång", "Östergötlands län", "Innovation och forskning", 1910000, "2023-06-01", "2026-05-31", "Pågående"),
    ("Energi i Kinda", "Kinda kommun", "Kinda", "Östergötlands län", "Klimat och energi", 610000, "2023-03-15", "2024-12-31", "Pågående"),
    ("Åtvidaberg – digital service", "Åtvidabergs kommun", "Åtvidaberg", "Östergötlands län", "Infrastruktur och tillgänglighet", 890000, "2022-09-01", "2024-02-29", "Avslutad"),
    ("Skärgårdsnäring Valdemarsvik", "Valdemarsviks kommun", "Valdemarsvik", "Östergötlands län", "Hållbart företagande", 765000, "2024-05-01", "2026-04-30", "Pågående"),
    ("Vadstena kulturarv och turism", "Vadstena kommun", "Vadstena", "Östergötlands län", "Hållbart företagande", 520000, "2021-06-01", "2022-11-30", "Avslutad"),
    ("Söderköping företagslots", "Söderköpings kommun", "Söderköping", "Östergötlands län", "Hållbart företagande", 455000, "2025-02-01", "2026-12-31", "Beviljad, ej startad"),
    ("Ydre landsbygdsutveckling", "Ydre kommun", "Ydre", "Östergötlands län", "Infrastruktur och tillgänglighet", 980000, "2022-03-01", "2024-02-29", "Avslutad"),
    ("Kompetensplattform Östergötland", "Region Östergötland", "Norrköping", "Östergötlands län", "Kompetensförsörjning", 2420000, "2024-03-01", "2027-02-28", "Pågående"),
]


def file6():
    wb = Workbook()
    ws = wb.active
    ws.title = "Projekt"
    ws.append(["Regionala utvecklingsprojekt – utdrag ur projektregistret 2024-10-01"])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Projektnamn", "Diarienummer", "Stödmottagare", "Kommun", "Län", "Insatsområde",
               "Beviljat belopp (kr)", "Startdatum", "Slutdatum", "Status"])
    for i, (n, s, k, l, ins, b, st, sl, stat) in enumerate(PROJ):
        year = st[:4] if stat != "Beviljad, ej startad" else "2024"
        dnr = f"RUN {year}-{101 + i * 7:04d}"
        ws.append([n, dnr, s, k, l, ins, b, dt.date.fromisoformat(st), dt.date.fromisoformat(sl), stat])
    for row in ws.iter_rows(min_row=4, min_col=8, max_col=9):
        for c in row:
            c.number_format = "yyyy-mm-dd"
    for row in ws.iter_rows(min_row=4, min_col=7, max_col=7):
        for c in row:
            c.number_format = "# ##0"
    ws.append([])
    ws.append(["Beviljat belopp avser regionala utvecklingsmedel (1:1-anslag) inklusive eventuell medfinansiering från regionen."])
    wb.save(OUT / "projektregister_regional_utveckling.xlsx")


file1()
file2()
file3()
file4()
file5()
file6()
print("klart:", sorted(p.name for p in OUT.iterdir()))
