"""Create 6 realistic Swedish statistics exports in OUT_DIR (figures invented)."""
import csv, os, sys, random
from datetime import date, timedelta
import openpyxl

OUT = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("OUT_DIR", "kb")
os.makedirs(OUT, exist_ok=True)
rng = random.Random(4444)

SKANE = [("1214","Svalöv",14700),("1230","Staffanstorp",25800),("1231","Burlöv",19900),("1233","Vellinge",37500),
 ("1256","Östra Göinge",15000),("1257","Örkelljunga",10300),("1260","Bjuv",16100),("1261","Kävlinge",33400),
 ("1262","Lomma",25300),("1263","Svedala",22800),("1264","Skurup",16300),("1265","Sjöbo",19300),("1266","Hörby",15900),
 ("1267","Höör",17100),("1270","Tomelilla",13700),("1272","Bromölla",12900),("1273","Osby",13200),("1275","Perstorp",7600),
 ("1276","Klippan",17800),("1277","Åstorp",16300),("1278","Båstad",15500),("1280","Malmö",357400),("1281","Lund",127400),
 ("1282","Landskrona",46600),("1283","Helsingborg",151000),("1284","Höganäs",27900),("1285","Eslöv",34800),
 ("1286","Ystad",31200),("1287","Trelleborg",46800),("1290","Kristianstad",86000),("1291","Simrishamn",19200),
 ("1292","Ängelholm",43500),("1293","Hässleholm",52700)]
OSTG = [("0509","Ödeshög",5300),("0512","Ydre",3700),("0513","Kinda",9900),("0560","Boxholm",5500),("0561","Åtvidaberg",11500),
 ("0562","Finspång",21200),("0563","Valdemarsvik",7600),("0580","Linköping",165500),("0581","Norrköping",144500),
 ("0582","Söderköping",14600),("0583","Motala",43900),("0584","Vadstena",7400),("0586","Mjölby",28100)]
VMAN = [("1904","Skinnskatteberg",4400),("1907","Surahammar",10100),("1960","Kungsör",8900),("1961","Hallstahammar",16400),
 ("1962","Norberg",5700),("1980","Västerås",157000),("1981","Sala",22800),("1982","Fagersta",13500),("1983","Köping",26300),
 ("1984","Arboga",14000)]
COUNTIES = [("12","Skåne län",SKANE),("05","Östergötlands län",OSTG),("19","Västmanlands län",VMAN)]

# ---------------- 1. Folkmängd efter åldersgrupp, xlsx, one sheet per year ----------------
AG = ["0-19 år","20-64 år","65-79 år","80+ år"]
pop = {}  # (name) -> {year: [4 counts]}
for _, cname, kl in COUNTIES:
    for code, name, tot in kl:
        s = [rng.uniform(.21,.27), rng.uniform(.52,.58), rng.uniform(.13,.19), rng.uniform(.04,.075)]
        z = sum(s); s = [x/z for x in s]
        c22 = [round(tot*x) for x in s]
        c23 = [round(c22[0]*rng.uniform(.985,1.02)), round(c22[1]*rng.uniform(.99,1.015)),
               round(c22[2]*rng.uniform(.995,1.03)), round(c22[3]*rng.uniform(1.0,1.05))]
        pop[name] = {"2022": c22, "2023": c23}
riket = {"2022": [2439874, 5871002, 1611234, 599771], "2023": [2436120, 5893418, 1625877, 622609]}
wb = openpyxl.Workbook(); wb.remove(wb.active)
for yr in ["2022","2023"]:
    ws = wb.create_sheet(yr)
    ws.append([f"Folkmängd efter region och åldersgrupp 31 december {yr}"])
    ws.append([])
    ws.append(["Regionkod","Region"] + AG + ["Totalt"])
    ws.append(["00","Riket"] + riket[yr] + [sum(riket[yr])])
    for ccode, cname, kl in COUNTIES:
        tot = [sum(pop[n][yr][i] for _, n, _ in kl) for i in range(4)]
        ws.append([ccode, cname] + tot + [sum(tot)])
        for code, name, _ in kl:
            v = pop[name][yr]; ws.append([code, name] + v + [sum(v)])
    ws.append([])
    ws.append(["Källa: SCB, Befolkningsstatistik (bearbetning)"])
    ws.append(["Anm. Kommuner redovisas med kommunkod enligt indelning 1 januari " + str(int(yr)+1) + "."])
wb.save(os.path.join(OUT, "folkmangd_aldersgrupp_kommun_2022_2023.xlsx"))

# ---------------- 2. Sjukpenningtal, wide years, ; and decimal comma, UTF-8 BOM ----------------
def fmt(x):
    return ".." if x is None else f"{x:.1f}".replace(".", ",")
spt = {}
for _, cname, kl in COUNTIES:
    base = {"Skåne län": 9.4, "Östergötlands län": 10.3, "Västmanlands län": 10.9}[cname]
    for code, name, _ in kl:
        b = round(base + rng.uniform(-1.8, 2.2), 1)
        vals = [b]
        for _ in range(3):
            vals.append(round(vals[-1] + rng.uniform(-0.9, 0.4), 1))
        spt[name] = vals
spt["Fagersta"] = [13.9, 13.6, 13.1, 12.8]; spt["Norberg"] = [13.2, 13.5, 13.4, 13.3]; spt["Surahammar"] = [12.6, 12.2, 12.4, 12.5]
spt["Västerås"] = [10.8, 10.5, 10.2, 10.0]; spt["Kungsör"] = [11.6, 11.9, 12.0, 12.1]
spt["Perstorp"] = [12.4, 11.8, 10.9, 9.6]; spt["Hässleholm"] = [11.2, 10.9, 10.7, 10.4]
riket_spt = [9.6, 9.4, 9.5, 9.2]
rows2 = [["Riket"] + riket_spt]
for _, cname, kl in COUNTIES:
    cv = [round(sum(spt[n][i] for _, n, _ in kl)/len(kl), 1) for i in range(4)]
    rows2.append([cname] + cv)
    for _, n, _ in kl:
        rows2.append([n] + spt[n])
with open(os.path.join(OUT, "sjukpenningtal_kommun_2021-2024.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write("Sjukpenningtal per kommun, antal dagar per registrerad försäkrad 16-64 år, december respektive år;;;;;\r\n")
    f.write(";;;;;\r\n")
    f.write("Kommun/län;2021;2022;2023;2024;Förändring 2021–2024 (dagar)\r\n")
    for r in rows2:
        name, v = r[0], list(r[1:])
        if name == "Ydre":
            v[0] = None
        ch = None if v[0] is None else round(v[3] - v[0], 1)
        f.write(";".join([name] + [fmt(x) for x in v] + [fmt(ch)]) + "\r\n")
    f.write(";;;;;\r\n")
    f.write("Källa: Försäkringskassan, MiDAS;;;;;\r\n")
    f.write(".. = uppgift saknas;;;;;\r\n")

# ---------------- 3. Arbetslöshet, long, SCB month codes, Latin-1 ----------------
base3 = {"Ödeshög": 6.9, "Ydre": 4.8, "Kinda": 5.6, "Boxholm": 7.4, "Åtvidaberg": 7.8, "Finspång": 9.3, "Valdemarsvik": 7.1,
         "Linköping": 6.8, "Norrköping": 10.9, "Söderköping": 5.9, "Motala": 9.1, "Vadstena": 6.2, "Mjölby": 7.0,
         "Skinnskatteberg": 8.6, "Surahammar": 10.5, "Kungsör": 8.1, "Hallstahammar": 9.6, "Norberg": 9.2,
         "Västerås": 8.7, "Sala": 7.2, "Fagersta": 12.3, "Köping": 10.6, "Arboga": 8.4}
season = [0.3, 0.35, 0.2, 0.0, -0.25, -0.1]
months = [f"2025M0{i}" for i in range(1, 7)]
data3 = {}
for n, b in base3.items():
    tot = [round(b + season[i] + rng.uniform(-0.25, 0.25), 1) for i in range(6)]
    dw = rng.uniform(-0.9, 0.6)
    kv = [round(t + dw + rng.uniform(-0.2, 0.2), 1) for t in tot]
    man = [round(t - dw + rng.uniform(-0.2, 0.2), 1) for t in tot]
    data3[n] = {"kvinnor": kv, "män": man, "totalt": tot}
def cnt(kl, k):
    return [round(sum(data3[n][k][i] for _, n, _ in kl)/len(kl) - 0.3, 1) for i in range(6)]
reg3 = [("00 Riket", {"kvinnor": [6.6, 6.7, 6.5, 6.4, 6.2, 6.3], "män": [7.3, 7.4, 7.2, 7.0, 6.8, 6.9], "totalt": [7.0, 7.0, 6.9, 6.7, 6.5, 6.6]})]
for ccode, cname, kl in COUNTIES[1:]:
    reg3.append((f"{ccode} {cname}", {k: cnt(kl, k) for k in ["kvinnor", "män", "totalt"]}))
    for code, n, _ in kl:
        reg3.append((f"{code} {n}", data3[n]))
with open(os.path.join(OUT, "arbetsloshet_kommun_manad_2025.csv"), "w", encoding="latin-1", newline="") as f:
    f.write("Öppet arbetslösa och sökande i program, andel (%) av registerbaserad arbetskraft 16-64 år efter region, kön och månad\r\n")
    f.write("\r\n")
    f.write("region;kön;månad;Öppet arbetslösa och sökande i program, andel (%)\r\n")
    for reg, d in reg3:
        for k in ["kvinnor", "män", "totalt"]:
            for i, m in enumerate(months):
                v = d[k][i]
                s = ".." if (reg.endswith("Ydre") and k == "män" and m == "2025M04") else fmt(v)
                f.write(f"{reg};{k};{m};{s}\r\n")
    f.write("\r\n")
    f.write("Källa: Arbetsförmedlingen och SCB (bearbetning). Registerbaserad arbetskraft avser senast tillgängliga år.\r\n")
    f.write(".. = uppgift redovisas ej\r\n")

# ---------------- 4. Nettoomsättning per bransch per län, xlsx blocks ----------------
BR = ["Tillverkning och utvinning", "Byggverksamhet", "Handel", "Transport och magasinering", "Hotell och restaurang",
      "Information och kommunikation", "Fastighetsverksamhet", "Företagstjänster", "Övriga branscher"]
lev = {"Skåne län": [210000, 98000, 335000, 61000, 19500, 72000, 41000, 88000, 52000],
       "Östergötlands län": [118000, 31000, 89000, 17500, 5600, 24000, 12500, 26000, 15800],
       "Västmanlands län": [96000, 19800, 52000, 9400, 3100, 11800, 7300, 14900, 8800]}
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Nettoomsättning"
ws.append(["Nettoomsättning per bransch (SNI 2007) och län, miljoner kronor (mnkr), löpande priser"])
ws.append(["Företag i näringslivet, exkl. finansiella företag"])
ws.append([])
ws.append(["Län", "Bransch", "2021", "2022", "2023"])
for _, cname, _ in COUNTIES:
    tots = [0, 0, 0]
    for j, b in enumerate(BR):
        v21 = round(lev[cname][j] * rng.uniform(.97, 1.03))
        v22 = round(v21 * rng.uniform(1.04, 1.15))
        v23 = round(v22 * rng.uniform(0.96, 1.06))
        vals = [v21, v22, v23]
        tots = [a + c for a, c in zip(tots, vals)]
        ws.append([cname if j == 0 else None, b] + vals)
    ws.append([None, "Totalt"] + tots)
ws.append([])
ws.append(["Källa: SCB, Företagens ekonomi. Uppgifterna för 2023 är preliminära."])
wb.save(os.path.join(OUT, "nettoomsattning_bransch_lan_2021_2023.xlsx"))

# ---------------- 5. Utbildningsnivå 25-64, csv UTF-8 (no BOM), comma + quotes ----------------
ED = ["Förgymnasial", "Gymnasial", "Eftergymnasial mindre än 3 år", "Eftergymnasial 3 år eller mer", "Uppgift saknas"]
rows5 = [("Riket", [512300, 2098700, 781400, 1869500, 98200])]
edu = {}
for _, cname, kl in [COUNTIES[0], COUNTIES[2]]:
    for code, n, tot in kl:
        p = round(tot * rng.uniform(.49, .54))
        hi = rng.uniform(.22, .34) + (0.2 if n in ("Lund", "Lomma", "Malmö") else 0)
        s = [rng.uniform(.08, .14), rng.uniform(.36, .46), rng.uniform(.14, .18), hi, rng.uniform(.01, .03)]
        if n == "Landskrona": s[0] = .165
        z = sum(s); edu[n] = [round(p * x / z) for x in s]
    rows5.append((cname, [sum(edu[n][i] for _, n, _ in kl) for i in range(5)]))
    for _, n, _ in kl:
        rows5.append((n, edu[n]))
with open(os.path.join(OUT, "utbildningsniva_25-64_ar_kommun_2023.csv"), "w", encoding="utf-8", newline="") as f:
    f.write('"Befolkning 25-64 år efter region och utbildningsnivå (SUN 2020). År 2023"\n\n')
    w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    w.writerow(["region"] + ED + ["Totalt"])
    for n, v in rows5:
        w.writerow([n] + v + [sum(v)])
    f.write('\n"Källa: SCB, Befolkningens utbildning"\n')

# ---------------- 6. Varselregister, record level ----------------
vk = ["Norrköping"]*4 + ["Västerås"]*5 + ["Malmö"]*5 + ["Helsingborg"]*4 + ["Linköping"]*4 + ["Köping"]*2 + ["Motala"]*2 + \
     ["Kristianstad"]*3 + ["Lund"]*2 + ["Fagersta", "Landskrona", "Trelleborg", "Finspång", "Hässleholm", "Sala", "Eslöv",
      "Mjölby", "Arboga", "Ängelholm", "Ystad", "Hallstahammar", "Åstorp"]
rng.shuffle(vk)
brs = ["Tillverkning", "Handel", "Byggverksamhet", "Transport och magasinering", "Hotell och restaurang",
       "Information och kommunikation", "Företagstjänster", "Vård och omsorg"]
with open(os.path.join(OUT, "varsel_om_uppsagning_register_2024.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("Varsel-ID,Inkommet,Kommun,Bransch,Antal berörda,Orsak\n")
    d0 = date(2024, 1, 3)
    days = sorted(rng.sample(range(0, 360), len(vk)))
    for i, k in enumerate(vk):
        orsak = rng.choices(["Arbetsbrist", "Konkurs", "Omorganisation"], [0.65, 0.15, 0.2])[0]
        n = rng.choice([5, 6, 8, 10, 12, 14, 15, 18, 20, 22, 25, 28, 30, 35, 40, 45, 52, 60, 75, 90, 110, 140, 180])
        f.write(f"V2024-{1001+i:04d},{(d0+timedelta(days=days[i])).isoformat()},{k},{rng.choice(brs)},{n},{orsak}\n")
print("wrote", sorted(os.listdir(OUT)))
