"""Six invented but realistically shaped Swedish statistics exports (fresh user round 15, written by a
helper who had not read the code): python r15_make_files.py OUT_DIR."""
import random, datetime
from pathlib import Path
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

import sys

K = Path(sys.argv[1] if len(sys.argv) > 1 else "knowledge"); K.mkdir(parents=True, exist_ok=True)
rnd = random.Random(1515)

def sv(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")

# 1. SCB PxWeb CSV, cp1252, semikolon, decimalkomma, titelrad, "..", år som kolumner
regions = ["14 Västra Götalands län", "1401 Härryda", "1402 Partille", "1407 Öckerö", "1480 Göteborg",
           "1481 Mölndal", "1482 Kungälv", "1484 Lysekil", "1485 Uddevalla", "1486 Strömstad",
           "1487 Vänersborg", "1488 Trollhättan", "1490 Borås", "1494 Lidköping", "1495 Skara",
           "1496 Skövde", "1497 Hjo", "1498 Tidaholm", "1499 Falköping"]
years = [2019, 2020, 2021, 2022, 2023]
lines = ['"Sysselsättningsgrad (förvärvsintensitet) 20-64 år, procent, efter region, kön och år"', "",
         '"region";"kön";' + ";".join(f'"{y}"' for y in years)]
for r in regions:
    base = rnd.uniform(74, 86)
    for kon, off in [("män", 1.8), ("kvinnor", -1.9), ("totalt", 0.0)]:
        vals = []
        for i, y in enumerate(years):
            v = base + off + (-1.2 if y == 2020 else 0.35 * i) + rnd.uniform(-0.4, 0.4)
            if r.startswith("1497") and y == 2019:
                vals.append('".."')
            elif r.startswith("1486") and y == 2023 and kon != "totalt":
                vals.append('".."')
            else:
                vals.append(sv(v))
        lines.append(f'"{r}";"{kon}";' + ";".join(vals))
(K / "scb_sysselsattningsgrad_vg.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))

# 2. Arbetsförmedlingen XLSX, ett blad per år, titelrad och källnot
kommuner_sk = ["Malmö", "Helsingborg", "Lund", "Kristianstad", "Landskrona", "Trelleborg", "Ängelholm",
               "Hässleholm", "Ystad", "Eslöv", "Höganäs", "Staffanstorp", "Vellinge", "Burlöv", "Simrishamn"]
arbkraft = {"Malmö": 190000, "Helsingborg": 78000, "Lund": 65000, "Kristianstad": 42000, "Landskrona": 23000,
            "Trelleborg": 23500, "Ängelholm": 21000, "Hässleholm": 26000, "Ystad": 15500, "Eslöv": 17000,
            "Höganäs": 13500, "Staffanstorp": 13000, "Vellinge": 18000, "Burlöv": 10500, "Simrishamn": 9000}
wb = Workbook(); wb.remove(wb.active)
for year in (2023, 2024):
    ws = wb.create_sheet(str(year))
    ws.append([f"Inskrivna arbetslösa 16–64 år per kommun, Skåne län, december {year}"])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Kommun", "Totalt antal", "Totalt procent", "Unga 18–24 år antal", "Unga 18–24 år procent",
               "Utrikes födda antal", "Utrikes födda procent"])
    tot = [0, 0, 0]; ak_sum = [0, 0, 0]
    for k in kommuner_sk:
        ak = arbkraft[k] * (1.01 if year == 2024 else 1.0)
        p = rnd.uniform(4.5, 12.5) if k not in ("Malmö", "Landskrona", "Burlöv") else rnd.uniform(11, 15)
        n = round(ak * p / 100)
        ak_u = ak * 0.11; pu = p * rnd.uniform(1.0, 1.5); nu = round(ak_u * pu / 100)
        ak_f = ak * rnd.uniform(0.18, 0.38); pf = p * rnd.uniform(1.8, 2.6); nf = round(ak_f * pf / 100)
        ws.append([k, n, round(100 * n / ak, 1), nu, round(100 * nu / ak_u, 1), nf, round(100 * nf / ak_f, 1)])
        tot[0] += n; tot[1] += nu; tot[2] += nf; ak_sum[0] += ak; ak_sum[1] += ak_u; ak_sum[2] += ak_f
    ws.append(["Skåne län (urval)", tot[0], round(100 * tot[0] / ak_sum[0], 1), tot[1],
               round(100 * tot[1] / ak_sum[1], 1), tot[2], round(100 * tot[2] / ak_sum[2], 1)])
    ws.append([])
    ws.append(["Källa: Arbetsförmedlingen, egen bearbetning. Procent = andel av den registerbaserade arbetskraften i gruppen."])
wb.save(K / "af_inskrivna_arbetslosa_skane.xlsx")

# 3. Försäkringskassan XLSX, tvåradigt huvud
lan = ["Stockholms län", "Uppsala län", "Södermanlands län", "Östergötlands län", "Jönköpings län",
       "Kronobergs län", "Kalmar län", "Gotlands län", "Blekinge län", "Skåne län", "Hallands län",
       "Västra Götalands län", "Värmlands län", "Örebro län", "Västmanlands län", "Dalarnas län",
       "Gävleborgs län", "Västernorrlands län", "Jämtlands län", "Västerbottens län", "Norrbottens län"]
wb = Workbook(); ws = wb.active; ws.title = "Län 2024"
ws.append(["Ohälsotal och sjukpenningtal per län och kön, 2024 (antal dagar per registrerad försäkrad 16–64 år)"])
ws.append([])
ws.append(["Län", "Ohälsotal", None, None, "Sjukpenningtal", None, None])
ws.append([None, "Kvinnor", "Män", "Totalt", "Kvinnor", "Män", "Totalt"])
ws.merge_cells("B3:D3"); ws.merge_cells("E3:G3"); ws.merge_cells("A3:A4")
for l in lan:
    ok = round(rnd.uniform(27, 41), 1); om = round(ok * rnd.uniform(0.55, 0.7), 1)
    sk = round(rnd.uniform(10.5, 15.5), 1); sm = round(sk * rnd.uniform(0.5, 0.65), 1)
    ws.append([l, ok, om, round((ok + om) / 2, 1), sk, sm, round((sk + sm) / 2, 1)])
ws.append(["Riket", 31.2, 19.4, 25.3, 12.6, 7.3, 9.9])
ws.append([])
ws.append(["Källa: Försäkringskassan (påhittade siffror för test)."])
wb.save(K / "fk_ohalsotal_lan_2024.xlsx")

# 4. Kolada-stil, lång CSV
kv = ["Karlstad", "Arvika", "Kristinehamn", "Säffle", "Hagfors", "Torsby", "Sunne", "Kil", "Hammarö", "Filipstad"]
kpis = [("N01982", "Invånare 25-64 år med eftergymnasial utbildning, andel (%)", (28, 52)),
        ("N02341", "Invånare 18-64 år med ekonomiskt bistånd, andel (%)", (2.0, 7.5))]
rows = []
for k in kv:
    for kid, title, (lo, hi) in kpis:
        base = rnd.uniform(lo, hi)
        for i, y in enumerate((2021, 2022, 2023)):
            t = base * (1 + 0.015 * i) if kid == "N01982" else base * (1 - 0.03 * i)
            kk = t * (1.18 if kid == "N01982" else 0.95); mm = 2 * t - kk
            for kon, v in (("T", t), ("K", kk), ("M", mm)):
                rows.append({"kommun": k, "kpi": kid, "kpi_titel": title, "år": y, "kön": kon, "värde": round(v, 1)})
pd.DataFrame(rows).to_csv(K / "kolada_export_varmland.csv", index=False, encoding="utf-8")

# 5. Varsel per ärende (en rad per varsel)
kom_lan = {"Jönköping": "Jönköpings län", "Värnamo": "Jönköpings län", "Gislaved": "Jönköpings län",
           "Nässjö": "Jönköpings län", "Vetlanda": "Jönköpings län", "Växjö": "Kronobergs län",
           "Ljungby": "Kronobergs län", "Älmhult": "Kronobergs län", "Alvesta": "Kronobergs län"}
branscher = ["Tillverkning", "Handel", "Transport och magasinering", "Byggverksamhet",
             "Information och kommunikation", "Hotell och restaurang"]
rows = []
for i in range(64):
    d = datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randrange(366))
    k = rnd.choice(list(kom_lan))
    b = rnd.choices(branscher, weights=[5, 2, 2, 2, 1, 1])[0]
    n = rnd.choice([5, 6, 8, 10, 12, 15, 18, 20, 25, 30, 40, 55, 80, 120])
    rows.append({"Ärendenr": f"V2024-{1000 + i}", "Datum": d.isoformat(), "Kommun": k, "Län": kom_lan[k],
                 "Bransch (SNI)": b, "Antal berörda personer": n})
pd.DataFrame(rows).sort_values("Datum").to_csv(K / "varsel_smaland_2024.csv", index=False, sep=";", encoding="utf-8")

# 6. Budgetuppföljning tkr med summarad
verks = [("Näringslivsutveckling", 48500), ("Kompetensförsörjning", 31200), ("Kollektivtrafik", 412000),
         ("Kultur", 96800), ("Folkhälsa", 14300), ("Infrastruktur och planering", 22600),
         ("Internationellt samarbete (EU-projekt)", 18900), ("Turism och besöksnäring", 9700),
         ("Forskning och innovation", 27400), ("Nämnd och administration", 12100)]
wb = Workbook(); ws = wb.active; ws.title = "Helår"
ws.append(["Regionala utvecklingsnämnden – budgetuppföljning helår 2024"])
ws.append(["Belopp i tkr. Positiv avvikelse = överskott mot budget."])
ws.append([])
ws.append(["Verksamhet", "Budget 2024", "Utfall 2024", "Avvikelse", "Avvikelse %"])
sb = su = 0
for v, b in verks:
    u = round(b * rnd.uniform(0.9, 1.08))
    ws.append([v, b, u, b - u, round(100 * (b - u) / b, 1)]); sb += b; su += u
ws.append(["Summa", sb, su, sb - su, round(100 * (sb - su) / sb, 1)])
wb.save(K / "run_budgetuppfoljning_2024.xlsx")
print("klart")
