"""Skapar sex testfiler i svenska exportformat.

Användning: python make_files.py OUT_DIR
"""
import csv
import random
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rnd = random.Random(30)

UPPSALA = [("0305", "Håbo"), ("0319", "Älvkarleby"), ("0330", "Knivsta"), ("0331", "Heby"),
           ("0360", "Tierp"), ("0380", "Uppsala"), ("0381", "Enköping"), ("0382", "Östhammar")]
VARMLAND = [("1715", "Kil"), ("1730", "Eda"), ("1737", "Torsby"), ("1760", "Storfors"),
            ("1761", "Hammarö"), ("1762", "Munkfors"), ("1763", "Forshaga"), ("1764", "Grums"),
            ("1765", "Årjäng"), ("1766", "Sunne"), ("1780", "Karlstad"), ("1781", "Kristinehamn"),
            ("1782", "Filipstad"), ("1783", "Hagfors"), ("1784", "Arvika"), ("1785", "Säffle")]
BLEKINGE = [("1060", "Olofström"), ("1080", "Karlskrona"), ("1081", "Ronneby"),
            ("1082", "Karlshamn"), ("1083", "Sölvesborg")]
LAN = [("03", "Uppsala län", UPPSALA), ("17", "Värmlands län", VARMLAND), ("10", "Blekinge län", BLEKINGE)]


def sv(x, dec=1):
    """Decimal komma."""
    return f"{x:.{dec}f}".replace(".", ",")


def tusen(n):
    """Tusentalsavgränsare med mellanslag."""
    return f"{int(n):,}".replace(",", " ")


# ---------------------------------------------------------------- 1
def fil1():
    # arbetssökande med funktionsnedsättning, per län, månad och kön (Latin-1, semikolon)
    base = {  # (antal kvinnor, antal män, inskrivna kvinnor, inskrivna män) i januari
        "Uppsala län": (1580, 1930, 7900, 8700),
        "Värmlands län": (1720, 2140, 7300, 8600),
        "Blekinge län": (830, 1060, 3900, 4600),
        "Riket": (31800, 38900, 168000, 186000),
    }
    rows = []
    for lan, (ak, am, ik, im) in base.items():
        for m in range(1, 13):
            f = 1 + 0.006 * (m - 1) + rnd.uniform(-0.015, 0.015)
            g = 1 - 0.004 * (m - 1) + (0.05 if m in (7, 8) else 0) + rnd.uniform(-0.02, 0.02)
            k = round(ak * f)
            mm = round(am * (f + rnd.uniform(-0.01, 0.01)))
            ikk = round(ik * g)
            imm = round(im * g * rnd.uniform(0.99, 1.01))
            per = f"2024-{m:02d}"
            rows.append((lan, per, "Totalt", k + mm, (k + mm) / (ikk + imm) * 100))
            rows.append((lan, per, "Kvinnor", k, k / ikk * 100))
            rows.append((lan, per, "Män", mm, mm / imm * 100))
    lines = [
        "Arbetsförmedlingen",
        "Inskrivna arbetssökande med funktionsnedsättning som medför nedsatt arbetsförmåga",
        "Antal samt andel (%) av samtliga inskrivna arbetssökande, per län, månad och kön, 2024",
        "Uttagsdatum: 2025-01-20",
        "",
        "Län;Månad;Kön;Antal;Andel av inskrivna (%)",
    ]
    for lan, per, kon, n, a in rows:
        andel = sv(a)
        if lan == "Blekinge län" and per == "2024-07" and kon != "Totalt":
            andel = ".."  # sekretess/uppgift saknas
        lines.append(f"{lan};{per};{kon};{tusen(n)};{andel}")
    lines += [
        "",
        "Fotnoter:",
        "1) Avser arbetssökande som är inskrivna vid Arbetsförmedlingen den sista vardagen i månaden och som har en registrerad funktionsnedsättning som medför nedsatt arbetsförmåga.",
        "2) Andelen är beräknad på samtliga inskrivna arbetssökande i respektive län och kön.",
        "3) .. = uppgift saknas eller redovisas inte av sekretesskäl.",
        "Källa: Arbetsförmedlingen, verksamhetsstatistik.",
    ]
    (OUT / "af_funktionsnedsattning_lan_manad_2024.csv").write_bytes(
        ("\r\n".join(lines) + "\r\n").encode("latin-1"))


# ---------------------------------------------------------------- 2
def fil2():
    # låg ekonomisk standard 20-64 år, SCB PX-stil, wide years, UTF-8 med BOM
    years = [2019, 2020, 2021, 2022]
    regions = [("00", "Riket", 7.2, 0.22)]
    special = {  # (inrikes nivå, andel utrikes födda)
        "Uppsala": (6.8, 0.24), "Knivsta": (3.1, 0.14), "Håbo": (3.6, 0.15), "Enköping": (5.2, 0.17),
        "Heby": (7.4, 0.12), "Tierp": (7.9, 0.11), "Älvkarleby": (8.6, 0.13), "Östhammar": (6.1, 0.10),
        "Karlstad": (6.6, 0.17), "Hammarö": (3.5, 0.09), "Kil": (5.0, 0.11), "Forshaga": (5.6, 0.12),
        "Grums": (7.1, 0.15), "Arvika": (8.0, 0.15), "Eda": (8.8, 0.20), "Torsby": (9.6, 0.14),
        "Storfors": (9.9, 0.16), "Munkfors": (10.3, 0.15), "Sunne": (8.1, 0.12), "Säffle": (8.9, 0.16),
        "Filipstad": (11.2, 0.24), "Hagfors": (9.4, 0.13), "Kristinehamn": (7.7, 0.16),
        "Årjäng": (9.1, 0.21),
        "Karlskrona": (5.6, 0.16), "Ronneby": (7.2, 0.19), "Karlshamn": (6.4, 0.17),
        "Olofström": (7.0, 0.27), "Sölvesborg": (6.3, 0.16),
    }
    lanlevel = {"Uppsala län": (6.2, 0.20), "Värmlands län": (7.4, 0.15), "Blekinge län": (6.4, 0.18)}
    order = []
    order.append(("00 Riket", 5.3, 0.22))
    for kod, lan, kommuner in LAN:
        inr, ut = lanlevel[lan]
        order.append((f"{kod} {lan}", inr, ut))
        for kk, namn in kommuner:
            inr, ut = special[namn]
            order.append((f"{kk} {namn}", inr, ut))
    trend = {2019: 0.0, 2020: -0.2, 2021: 0.1, 2022: 0.5}
    lines = [
        '"Andel (procent) av befolkningen 20-64 år med låg ekonomisk standard efter region, kön, födelseregion och år"',
        "",
        '"region";"kön";"födelseregion";"2019";"2020";"2021";"2022"',
    ]
    small_missing = {"1760 Storfors", "1762 Munkfors"}
    for reg, inr, ut in order:
        # utrikes födda: ca 3-4 gånger högre
        ufac = rnd.uniform(3.2, 4.1)
        for kon, kfac in (("män", 0.94), ("kvinnor", 1.07)):
            pass
        vals = {}
        for y in years:
            t = trend[y] + rnd.uniform(-0.25, 0.25)
            vi = {}
            for kon, kfac in (("män", 0.93), ("kvinnor", 1.08)):
                i_ = max(1.5, inr * kfac + t)
                u_ = max(5.0, inr * ufac * (kfac + (0.06 if kon == "kvinnor" else 0)) + t * 2 + rnd.uniform(-1, 1))
                vi[(kon, "inrikes född")] = round(i_, 1)
                vi[(kon, "utrikes född")] = round(u_, 1)
                vi[(kon, "totalt")] = round(i_ * (1 - ut) + u_ * ut, 1)
            for fr in ("inrikes född", "utrikes född", "totalt"):
                vi[("totalt", fr)] = round((vi[("män", fr)] + vi[("kvinnor", fr)]) / 2 + rnd.uniform(-0.1, 0.1), 1)
            vals[y] = vi
        for kon in ("totalt", "män", "kvinnor"):
            for fr in ("totalt", "inrikes född", "utrikes född"):
                cells = []
                for y in years:
                    v = vals[y][(kon, fr)]
                    if reg in small_missing and fr == "utrikes född" and kon != "totalt":
                        cells.append('".."')
                    else:
                        cells.append(f'"{sv(v)}"')
                lines.append(f'"{reg}";"{kon}";"{fr}";' + ";".join(cells))
    lines += [
        "",
        '"Fotnoter:"',
        '"Låg ekonomisk standard: personer som lever i hushåll vars disponibla inkomst per konsumtionsenhet understiger 60 procent av medianvärdet för riket."',
        '"Födelseregion: inrikes född = född i Sverige, utrikes född = född utanför Sverige."',
        '".." = uppgift saknas eller för osäker för att redovisas',
        '"Källa: SCB, Inkomster och skatter (IoT)."',
    ]
    (OUT / "scb_lag_ekonomisk_standard_20-64.csv").write_bytes(
        ("\n".join(lines) + "\n").encode("utf-8-sig"))


# ---------------------------------------------------------------- 3
def fil3():
    # Kolada-lik lång export, komma-separerad, decimalpunkt, UTF-8
    kpis = [
        ("N11102", "Kostnad förskola, kr/inv", 8200, 900),
        ("N15033", "Kostnad grundskola F-9, kr/inv", 14500, 1300),
        ("N21036", "Kostnad äldreomsorg, kr/inv", 16000, 3500),
        ("N31807", "Kostnad individ- och familjeomsorg, kr/inv", 4300, 900),
    ]
    oldish = {"Munkfors": 1.55, "Storfors": 1.45, "Filipstad": 1.35, "Torsby": 1.42, "Hagfors": 1.38,
              "Eda": 1.2, "Sunne": 1.25, "Årjäng": 1.1, "Säffle": 1.22, "Arvika": 1.15,
              "Olofström": 1.18, "Älvkarleby": 1.12, "Östhammar": 1.2, "Heby": 1.05, "Tierp": 1.12,
              "Knivsta": 0.58, "Håbo": 0.72, "Hammarö": 0.8, "Uppsala": 0.78, "Karlstad": 0.9,
              "Kil": 0.95, "Forshaga": 1.0, "Grums": 1.08, "Kristinehamn": 1.12, "Enköping": 0.92,
              "Karlskrona": 0.97, "Ronneby": 1.05, "Karlshamn": 1.03, "Sölvesborg": 1.06}
    young = {"Knivsta": 1.25, "Håbo": 1.12, "Hammarö": 1.1, "Uppsala": 1.04}
    rows = []
    ents = [("0000", "Riket", 1.0, 1.0)]
    for kod, lan, kommuner in LAN:
        ents.append(("00" + kod, lan, {"Uppsala län": 0.88, "Värmlands län": 1.1, "Blekinge län": 1.03}[lan], 1.0))
        for kk, namn in kommuner:
            ents.append((kk, namn, oldish[namn], young.get(namn, rnd.uniform(0.9, 1.05))))
    for kpi, title, base, spread in kpis:
        for mid, name, old, yng in ents:
            if kpi == "N21036":
                v = base * old + rnd.uniform(-600, 600)
            elif kpi in ("N11102", "N15033"):
                v = base * yng * (1.0 / (0.9 + 0.1 * old)) + rnd.uniform(-spread / 3, spread / 3)
            else:
                v = base * rnd.uniform(0.75, 1.3)
            if name == "Riket":
                v = {"N11102": 8214, "N15033": 14387, "N21036": 16132, "N31807": 4318}[kpi]
            val = f"{round(v)}"
            if kpi == "N31807" and name == "Munkfors":
                val = ""  # saknas
            rows.append([kpi, title, mid, name, "2023", "T", val])
    with open(OUT / "kolada_kostnader_per_invanare_2023.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["kpi", "kpi_title", "municipality_id", "municipality", "period", "gender", "value"])
        w.writerows(rows)


# ---------------------------------------------------------------- 4
def fil4():
    base = {  # in, ut (2021)
        "Uppsala län": (21500, 52800),
        "Enköping": (5600, 7100), "Heby": (1250, 3300), "Håbo": (3050, 8600), "Knivsta": (2550, 7600),
        "Tierp": (1850, 3350), "Uppsala": (27400, 24100), "Älvkarleby": (920, 2650), "Östhammar": (2850, 2420),
        "Värmlands län": (5100, 7600),
        "Arvika": (2100, 1900), "Eda": (560, 1150), "Filipstad": (700, 980), "Forshaga": (1150, 3550),
        "Grums": (1250, 1850), "Hagfors": (880, 920), "Hammarö": (2050, 6100), "Karlstad": (14200, 8050),
        "Kil": (1320, 3050), "Kristinehamn": (2450, 2600), "Munkfors": (610, 720), "Storfors": (430, 820),
        "Sunne": (1050, 1480), "Säffle": (1150, 1850), "Torsby": (620, 740), "Årjäng": (560, 880),
        "Blekinge län": (4600, 7100),
        "Karlshamn": (4050, 3650), "Karlskrona": (5550, 4480), "Olofström": (1820, 1390),
        "Ronneby": (3480, 4230), "Sölvesborg": (1980, 3230),
    }
    order = ["Uppsala län"] + sorted([n for _, n in UPPSALA], key=lambda s: s.replace("Ä", "{").replace("Ö", "|")) + \
            ["Värmlands län"] + sorted([n for _, n in VARMLAND], key=lambda s: s.replace("Å", "z{").replace("Ä", "z|")) + \
            ["Blekinge län"] + sorted([n for _, n in BLEKINGE])
    wb = Workbook()
    ws = wb.active
    ws.title = "Pendling"
    ws["A1"] = "Inpendlare, utpendlare och nettopendling efter kommun/län och år 2021–2023"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Förvärvsarbetande 16 år och äldre (nattbefolkning), antal personer"
    ws.append([])
    years = [2021, 2022, 2023]
    r1 = ["Region"]
    r2 = [""]
    for y in years:
        r1 += [y, None, None]
        r2 += ["Inpendlare", "Utpendlare", "Nettopendling"]
    ws.append(r1)
    ws.append(r2)
    for i, y in enumerate(years):
        c = 2 + 3 * i
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 2)
    for c in ws[4] + ws[5]:
        c.font = Font(bold=True)
    for name in order:
        i0, u0 = base[name]
        row = [name]
        for k, y in enumerate(years):
            gi = 1 + k * rnd.uniform(0.005, 0.03)
            gu = 1 + k * rnd.uniform(-0.01, 0.03)
            i_ = round(i0 * gi + rnd.uniform(-40, 40))
            u_ = round(u0 * gu + rnd.uniform(-40, 40))
            row += [i_, u_, i_ - u_]
        ws.append(row)
    ws.append([])
    ws.append(["Nettopendling = inpendlare minus utpendlare. För län avses pendling över länsgräns."])
    ws.append(["Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS)/BAS."])
    ws.column_dimensions["A"].width = 18
    wb.save(OUT / "pendling_kommuner_2021-2023.xlsx")


# ---------------------------------------------------------------- 5
def fil5():
    omr = [
        ("Administration, ekonomi, juridik", 0.085),
        ("Bygg och anläggning", 0.06),
        ("Chefer och verksamhetsledare", 0.025),
        ("Data/IT", 0.07),
        ("Försäljning, inköp, marknadsföring", 0.095),
        ("Hotell, restaurang, storhushåll", 0.055),
        ("Hälso- och sjukvård", 0.14),
        ("Industriell tillverkning", 0.05),
        ("Installation, drift, underhåll", 0.045),
        ("Kropps- och skönhetsvård", 0.01),
        ("Kultur, media, design", 0.012),
        ("Militärt arbete", 0.003),
        ("Naturbruk", 0.015),
        ("Naturvetenskapligt arbete", 0.012),
        ("Pedagogiskt arbete", 0.085),
        ("Sanering och renhållning", 0.02),
        ("Säkerhet och bevakning", 0.012),
        ("Socialt arbete", 0.1),
        ("Tekniskt arbete", 0.05),
        ("Transport, distribution, lager", 0.056),
    ]
    tot = {"Uppsala län": 3900, "Värmlands län": 2350, "Blekinge län": 1080, "Riket": 61000}
    adj = {"Uppsala län": {"Data/IT": 1.5, "Naturvetenskapligt arbete": 2.5},
           "Blekinge län": {"Militärt arbete": 6, "Industriell tillverkning": 1.3},
           "Värmlands län": {"Naturbruk": 1.8, "Hälso- och sjukvård": 1.15}}
    months = [("jan 2025", "januari 2025", 1.0), ("feb 2025", "februari 2025", 1.08),
              ("mar 2025", "mars 2025", 1.15), ("apr 2025", "april 2025", 1.12)]
    wb = Workbook()
    wb.remove(wb.active)
    for sheet, label, mf in months:
        ws = wb.create_sheet(sheet)
        ws["A1"] = f"Lediga jobb i Platsbanken (antal annonserade platser) per län och yrkesområde, {label}"
        ws["A1"].font = Font(bold=True)
        ws.append([])
        cols = ["Uppsala län", "Värmlands län", "Blekinge län", "Riket"]
        if sheet == "mar 2025":
            cols = ["Riket", "Blekinge län", "Uppsala län", "Värmlands län"]  # annan kolumnordning
        ws.append(["Yrkesområde"] + cols)
        for c in ws[3]:
            c.font = Font(bold=True)
        data = {}
        for o, share in omr:
            data[o] = {}
            for lan in ("Uppsala län", "Värmlands län", "Blekinge län"):
                data[o][lan] = max(1, round(tot[lan] * mf * share * adj.get(lan, {}).get(o, 1) * rnd.uniform(0.85, 1.15)))
            rest = round(tot["Riket"] * mf * share * rnd.uniform(0.9, 1.1))
            data[o]["Riket"] = rest + sum(data[o][l] for l in ("Uppsala län", "Värmlands län", "Blekinge län"))
        for o, _ in omr:
            ws.append([o] + [data[o][c] for c in cols])
        ws.append(["Samtliga yrkesområden"] + [sum(data[o][c] for o, _ in omr) for c in cols])
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
        ws.append([])
        ws.append(["Avser annonserade platser i Platsbanken som var publicerade den sista dagen i månaden."])
        ws.append(["Källa: Arbetsförmedlingen."])
        ws.column_dimensions["A"].width = 36
    wb.save(OUT / "lediga_jobb_per_manad_2025.xlsx")


# ---------------------------------------------------------------- 6
def fil6():
    orgs = [
        ("Klarälvdalens Utvecklingscentrum ek. för.", "Ekonomisk förening", "Torsby"),
        ("Arvika kommun", "Kommun", "Arvika"),
        ("Karlstads universitet", "Statlig myndighet", "Karlstad"),
        ("Föreningen Hembygdsgården Rottneros", "Ideell förening", "Sunne"),
        ("Värmlands Turistråd AB", "Aktiebolag", "Karlstad"),
        ("Grums Företagarförening", "Ideell förening", "Grums"),
        ("Hagfors kommun", "Kommun", "Hagfors"),
        ("Stiftelsen Munkfors Industriminne", "Stiftelse", "Munkfors"),
        ("Eda Gränsregion Utveckling AB", "Aktiebolag", "Eda"),
        ("Kils Idrottsallians", "Ideell förening", "Kil"),
        ("Filipstads Bergslagsförening", "Ideell förening", "Filipstad"),
        ("Hammarö kommun", "Kommun", "Hammarö"),
        ("Region Värmland", "Region", "Karlstad"),
        ("Säffle Hamn & Kanal ek. för.", "Ekonomisk förening", "Säffle"),
        ("Kristinehamns Kulturförening", "Ideell förening", "Kristinehamn"),
        ("Storfors Bygdeutveckling", "Ideell förening", "Storfors"),
        ("Årjängs Näringslivsråd", "Ideell förening", "Årjäng"),
        ("Forshaga Akademin AB", "Aktiebolag", "Forshaga"),
        ("Coompanion Värmland ek. för.", "Ekonomisk förening", "Karlstad"),
        ("Torsby kommun", "Kommun", "Torsby"),
        ("Studieförbundet Vuxenskolan Värmland", "Ideell förening", "Karlstad"),
        ("Glaskogens Naturvårdsförening", "Ideell förening", "Arvika"),
        ("Sunne kommun", "Kommun", "Sunne"),
        ("Fryksdalens Byalag", "Ideell förening", "Sunne"),
        ("Kristinehamns kommun", "Kommun", "Kristinehamn"),
        ("Karlstad Innovation Park AB", "Aktiebolag", "Karlstad"),
        ("Nordvärmlands Jakt- och Fiskeförening", "Ideell förening", "Torsby"),
        ("Filipstads kommun", "Kommun", "Filipstad"),
        ("Stiftelsen Alsters Herrgård", "Stiftelse", "Karlstad"),
        ("Brattfors Bygdegårdsförening", "Ideell förening", "Filipstad"),
    ]
    rows = []
    n = 0
    amounts = [120000, 180000, 250000, 300000, 350000, 420000, 500000, 650000, 750000, 900000,
               1200000, 1500000, 2000000, 85000, 60000, 240000, 95000, 1800000]
    for rep in range(2):
        for org, form, kom in orgs:
            if rep == 1 and rnd.random() < 0.55:
                continue
            n += 1
            ans = rnd.choice(amounts)
            if form in ("Kommun", "Region", "Statlig myndighet", "Aktiebolag"):
                ans = ans + rnd.choice([0, 250000, 500000])
            r = rnd.random()
            if r < 0.30:
                beslut, bev = "Avslag", None
            elif r < 0.55:
                beslut, bev = "Delvis beviljad", int(round(ans * rnd.choice([0.5, 0.6, 0.7, 0.8]) / 10000) * 10000)
            else:
                beslut, bev = "Beviljad", ans
            month = rnd.randint(2, 11) if rep == 0 else rnd.randint(3, 12)
            day = rnd.randint(1, 28)
            year = 2024
            dnr = f"{rnd.choice(['602', '603', '609'])}-{rnd.randint(1000, 9999)}-{str(year)[2:]}"
            rows.append([dnr, org, form, kom, ans, bev, beslut, f"{year}-{month:02d}-{day:02d}"])
    rows.sort(key=lambda r: r[7])
    lines = ["Diarienummer;Sökande organisation;Organisationsform;Kommun;Ansökt belopp (kr);"
             "Beviljat belopp (kr);Beslut;Beslutsdatum"]
    for dnr, org, form, kom, ans, bev, beslut, dat in rows:
        lines.append(";".join([dnr, org, form, kom, tusen(ans), "" if bev is None else tusen(bev), beslut, dat]))
    (OUT / "lansstyrelsen_varmland_projektmedel_2024.csv").write_bytes(
        ("\n".join(lines) + "\n").encode("utf-8-sig"))


fil1()
fil2()
fil3()
fil4()
fil5()
fil6()
print("klart:", sorted(p.name for p in OUT.iterdir()))
