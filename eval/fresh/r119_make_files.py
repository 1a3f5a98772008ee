"""Deterministically write six Swedish statistics exports into OUT_DIR (round 119)."""
import csv, io, os, random, sys
from datetime import datetime, timedelta

from openpyxl import Workbook
from reportlab import rl_config
rl_config.invariant = 1
FIXED = datetime(2025, 3, 1, 8, 0, 0)


def save_wb(wb, path):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-01T08:00:00Z", data)
            zout.writestr(zi, data)

from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

OUT = sys.argv[1] if len(sys.argv) > 1 else "kb"
os.makedirs(OUT, exist_ok=True)
R = random.Random(119)
NB = "\u00a0"


def sp(n):  # thousands with non-breaking space
    return f"{n:,}".replace(",", NB)


# ---------- 1. FK föräldrapenning, Västmanland: CSV cp1252, two header lines ----------
vm = [("Västerås", 158000), ("Köping", 26500), ("Sala", 22800), ("Fagersta", 13500),
      ("Arboga", 14100), ("Hallstahammar", 16300), ("Kungsör", 8800), ("Surahammar", 10100),
      ("Norberg", 5800), ("Skinnskatteberg", 4400)]
years = [2022, 2023, 2024]
fk = {}
for name, pop in vm:
    base = pop * R.uniform(4.3, 5.3)
    share0 = R.uniform(0.26, 0.32)
    for i, y in enumerate(years):
        tot = base * (1 - 0.015 * i) * R.uniform(0.98, 1.02)
        sh = share0 + 0.008 * i + R.uniform(-0.004, 0.006)
        m = int(round(tot * sh))
        k = int(round(tot - m))
        fk[(name, y)] = (k, m)
lan = {y: (sum(fk[(n, y)][0] for n, _ in vm), sum(fk[(n, y)][1] for n, _ in vm)) for y in years}
lines = ["Uttagna nettodagar med föräldrapenning efter kommun, kön och år. Västmanlands län;;;;;;",
         ";2022;;2023;;2024;",
         "Kommun;Kvinnor;Män;Kvinnor;Män;Kvinnor;Män"]
def row(label, vals):
    return label + ";" + ";".join(vals)
lines.append(row("Västmanlands län", [sp(v) for y in years for v in lan[y]]))
for name, _ in vm:
    vals = []
    for y in years:
        k, m = fk[(name, y)]
        vals += [sp(k), ".." if (name == "Skinnskatteberg" and y == 2022) else sp(m)]
    lines.append(row(name, vals))
lines += [";;;;;;", "Källa: Försäkringskassan, MiDAS. Dagar omräknade till nettodagar (två halva dagar = en dag).;;;;;;",
          "..  = uppgift saknas eller för osäker för att redovisas.;;;;;;",
          "Kommun avser mottagarens folkbokföringskommun vid utbetalningstillfället.;;;;;;"]
with open(os.path.join(OUT, "FK_foraldrapenning_nettodagar_Vastmanland_2022-2024.csv"), "w", encoding="cp1252", newline="") as f:
    f.write("\r\n".join(lines) + "\r\n")

# ---------- 2. JobTech-style ad extract, Stockholms län: CSV UTF-8 BOM, comma, dotted JSON names ----------
kommuner = ["Stockholm"] * 6 + ["Solna"] * 3 + ["Södertälje"] * 2 + ["Nacka"] * 2 + ["Huddinge"] * 2 + ["Täby", "Sundbyberg", "Norrtälje"]
fields = [
    ("Hälso- och sjukvård", ["Sjuksköterska, grundutbildad", "Undersköterska, hemtjänst, hemsjukvård och äldreboende", "Läkare", "Fysioterapeut"]),
    ("Data/IT", ["Mjukvaru- och systemutvecklare m.fl.", "Supporttekniker, IT", "IT-säkerhetsspecialist"]),
    ("Pedagogik", ["Förskollärare", "Grundskollärare", "Lärare i yrkesämnen"]),
    ("Transport, distribution, lager", ["Lastbilsförare m.fl.", "Lagerarbetare", "Budbilsförare"]),
    ("Bygg och anläggning", ["Snickare", "Elektriker", "Anläggningsarbetare"]),
    ("Försäljning, inköp, marknadsföring", ["Butikssäljare, fackhandel", "Säljare, företagsförsäljning"]),
    ("Hotell, restaurang, storhushåll", ["Kock", "Restaurangbiträde", "Servitör"]),
    ("Administration, ekonomi, juridik", ["Redovisningsekonom", "Administratör", "Löneadministratör"]),
]
fw = [22, 18, 14, 14, 11, 9, 8, 10]
emps = ["Region Stockholm", "Stockholms stad", "Bemanningsbolaget Nord AB", "Solna stad", "Nacka kommun", "Scania CV AB",
        "Huddinge kommun", "Byggkraft i Mälardalen AB", "PostNord Sverige AB", "Coop Stockholm", "Tech Nordic AB",
        "Capio Närsjukvård AB", "Restaurang Gyllene Gåsen AB", "Svea Ekonomi AB"]
etypes = ["Vanlig anställning"] * 7 + ["Behovsanställning"] * 2 + ["Sommarjobb / feriejobb"]
rows = []
start = datetime(2025, 1, 2, 7, 0)
for i in range(160):
    fld, occs = R.choices(fields, weights=fw)[0]
    pub = start + timedelta(days=R.randint(0, 179), hours=R.randint(0, 10), minutes=R.randint(0, 59))
    dl = (pub + timedelta(days=R.choice([14, 21, 28, 30]))).date()
    drv = fld.startswith("Transport") or (fld.startswith("Bygg") and R.random() < 0.6) or R.random() < 0.08
    occ = R.choice(occs)
    rows.append({
        "id": str(29100000 + i * 37 + R.randint(0, 30)),
        "headline": occ + R.choice(["", " sökes", " till vårt team", " – vikariat"]),
        "employer.name": R.choice(emps),
        "occupation_field.label": fld,
        "occupation.label": occ,
        "workplace_address.municipality": R.choice(kommuner),
        "employment_type.label": R.choice(etypes),
        "number_of_vacancies": R.choice([1] * 12 + [2, 2, 3, 5, 10]),
        "publication_date": pub.strftime("%Y-%m-%dT%H:%M:%S"),
        "application_deadline": dl.isoformat() + "T23:59:59",
        "driving_license_required": "true" if drv else "false",
    })
rows.sort(key=lambda r: r["publication_date"])
with open(os.path.join(OUT, "platsannonser_stockholms_lan_2025H1.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    w.writerows(rows)

# ---------- 3. Trafikanalys-style cars in traffic, Sjuhärad: CSV with key-value metadata block ----------
sj = [("Borås", 50500), ("Ulricehamn", 13800), ("Mark", 20100), ("Svenljunga", 6300), ("Tranemo", 6900),
      ("Herrljunga", 5600), ("Bollebygd", 5200), ("Vårgårda", 6600)]
fuels = ["Bensin", "Diesel", "El", "Elhybrid", "Laddhybrid", "Gas/gasflex", "Övriga"]
yrs = [2021, 2022, 2023, 2024]
car = {}
for name, tot0 in sj:
    el0 = R.uniform(0.025, 0.045); lh0 = R.uniform(0.035, 0.06); eh0 = R.uniform(0.05, 0.08)
    for i, y in enumerate(yrs):
        tot = tot0 * (1 + 0.004 * i) * R.uniform(0.995, 1.005)
        el = el0 * (1.55 ** i); lh = lh0 * (1.3 ** i); eh = eh0 * (1.18 ** i)
        gas = R.uniform(0.002, 0.006); ov = R.uniform(0.001, 0.002)
        di = R.uniform(0.34, 0.40) - 0.01 * i
        d = {"El": el, "Laddhybrid": lh, "Elhybrid": eh, "Gas/gasflex": gas, "Övriga": ov, "Diesel": di}
        vals = {k: int(round(tot * v)) for k, v in d.items()}
        vals["Bensin"] = int(round(tot)) - sum(vals.values())
        vals["Totalt"] = int(round(tot))
        for k, v in vals.items():
            car[(name, k, y)] = v
lines = ["Tabell:;Personbilar i trafik efter kommun och drivmedel;;;;",
         "Region:;Sjuhärad (Västra Götalands län);;;;",
         "Enhet:;antal fordon i trafik den 31 december;;;;",
         "Källa:;Trafikanalys, Fordon i län och kommuner;;;;",
         "Senast uppdaterad:;2025-02-20;;;;",
         ";;;;;",
         "Kommun;Drivmedel;2021;2022;2023;2024"]
for name, _ in sj:
    for fu in fuels + ["Totalt"]:
        vs = []
        for y in yrs:
            v = car[(name, fu, y)]
            vs.append(".." if (fu == "Övriga" and v < 10) else str(v))
        lines.append(f"{name};{fu};" + ";".join(vs))
lines += [";;;;;", "Anm.:;El = endast el. Elhybrid = el och bensin/diesel utan laddning från elnätet. ;;;;",
          "Anm.:;.. = färre än 10 fordon, redovisas ej.;;;;"]
with open(os.path.join(OUT, "personbilar_drivmedel_sjuharad_2021-2024.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("\n".join(lines) + "\n")

# ---------- 4. Population forecast Fyrbodal: XLSX, "Utfall"/"Prognos" merged over irregular years, sheet per age group ----------
fy = [("Uddevalla", 57300, 0.004), ("Trollhättan", 59800, 0.006), ("Vänersborg", 40200, 0.003), ("Strömstad", 13400, 0.005),
      ("Lysekil", 14400, -0.003), ("Munkedal", 10500, 0.001), ("Sotenäs", 8900, -0.004), ("Tanum", 12900, 0.002),
      ("Bengtsfors", 9300, -0.006), ("Åmål", 12300, -0.004), ("Dals-Ed", 4700, -0.002), ("Färgelanda", 6500, -0.001),
      ("Mellerud", 8900, -0.002), ("Orust", 15200, 0.001)]
pyears = [2022, 2023, 2024, 2025, 2030, 2035, 2040]
pop = {}
for name, p24, g in fy:
    s2064 = R.uniform(0.50, 0.56); s80 = R.uniform(0.055, 0.085)
    for y in pyears:
        t = int(round(p24 * (1 + g) ** (y - 2024) * (R.uniform(0.998, 1.002) if y <= 2024 else 1)))
        a = int(round(t * (s2064 - 0.002 * (y - 2024))))
        o = int(round(t * (s80 + 0.0018 * (y - 2024) + (0.0005 * (y - 2024) if y > 2024 else 0))))
        pop[(name, "Totalt", y)] = t; pop[(name, "20-64", y)] = a; pop[(name, "80+", y)] = o
wb = Workbook()
sheets = [("Totalt", "Totalt", "totalt antal invånare"), ("20-64 år", "20-64", "invånare 20–64 år"), ("80+ år", "80+", "invånare 80 år och äldre")]
for si, (sname, key, desc) in enumerate(sheets):
    ws = wb.active if si == 0 else wb.create_sheet()
    ws.title = sname
    ws["A1"] = f"Befolkningsprognos 2025–2040, Fyrbodal – {desc}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Källa: Västra Götalandsregionen, befolkningsprognos våren 2025 (huvudalternativ). Utfall: SCB."
    ws["A4"] = "Kommun"; ws.merge_cells("A4:A5")
    ws["B4"] = "Utfall"; ws.merge_cells("B4:D4")
    ws["E4"] = "Prognos"; ws.merge_cells("E4:H4")
    for c in ("A4", "B4", "E4"):
        ws[c].font = Font(bold=True); ws[c].alignment = Alignment(horizontal="center")
    for j, y in enumerate(pyears):
        ws.cell(row=5, column=2 + j, value=y).font = Font(bold=True)
    r = 6
    for name, _, _ in fy:
        ws.cell(row=r, column=1, value=name)
        for j, y in enumerate(pyears):
            ws.cell(row=r, column=2 + j, value=pop[(name, key, y)]).number_format = "# ##0"
        r += 1
    ws.cell(row=r, column=1, value="Fyrbodal totalt").font = Font(bold=True)
    for j, y in enumerate(pyears):
        c = ws.cell(row=r, column=2 + j, value=sum(pop[(n, key, y)] for n, _, _ in fy)); c.font = Font(bold=True); c.number_format = "# ##0"
    ws.cell(row=r + 2, column=1, value="Prognosen bygger på antaganden om fruktsamhet, dödlighet, flyttningar och planerat bostadsbyggande.")
    ws.column_dimensions["A"].width = 18
ws = wb.create_sheet("Om prognosen")
ws["A1"] = "Om prognosen"
ws["A3"] = "Prognosen är framtagen av Västra Götalandsregionen i samarbete med Fyrbodals kommunalförbund."
ws["A4"] = "Åren 2022–2024 är utfall enligt SCB (31 december). Prognosåren avser 31 december respektive år."
ws["A5"] = "Kontakt: analysenheten, regionutveckling."
save_wb(wb, os.path.join(OUT, "Befolkningsprognos_Fyrbodal_2025-2040.xlsx"))

# ---------- 5. Net cost per activity, Stockholm municipalities: XLSX, hierarchy by cell indent, sheet per year ----------
st = ["Stockholm", "Solna", "Nacka", "Huddinge", "Täby", "Södertälje"]
hier = [("Politisk verksamhet", None), ("Infrastruktur, skydd m.m.", None), ("Fritid och kultur", None),
        ("Pedagogisk verksamhet", ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning"]),
        ("Vård och omsorg", ["Äldreomsorg", "Insatser enligt LSS", "Individ- och familjeomsorg"]),
        ("Särskilt riktade insatser", None), ("Affärsverksamhet", None)]
basev = {"Politisk verksamhet": 650, "Infrastruktur, skydd m.m.": 3100, "Fritid och kultur": 2900, "Förskola": 11200,
         "Grundskola": 19800, "Gymnasieskola": 7400, "Vuxenutbildning": 1300, "Äldreomsorg": 13500,
         "Insatser enligt LSS": 6300, "Individ- och familjeomsorg": 5600, "Särskilt riktade insatser": 350, "Affärsverksamhet": 80}
nk = {}
for kom in st:
    f = {k: R.uniform(0.82, 1.2) for k in basev}
    for y, infl in ((2023, 1.0), (2024, 1.045)):
        for k, b in basev.items():
            nk[(kom, k, y)] = int(round(b * f[k] * infl * R.uniform(0.98, 1.03)))
wb = Workbook()
for si, y in enumerate((2024, 2023)):
    ws = wb.active if si == 0 else wb.create_sheet()
    ws.title = f"Nettokostnad {y}"
    ws["A1"] = f"Nettokostnad per verksamhet {y}, kronor per invånare"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Källa: SCB, Räkenskapssammandrag för kommuner (RS). Bearbetning: Region Stockholm, tillväxt och regional planering."
    ws.cell(row=4, column=1, value="Verksamhet").font = Font(bold=True)
    for j, kom in enumerate(st):
        ws.cell(row=4, column=2 + j, value=kom).font = Font(bold=True)
    r = 5
    for top, kids in hier:
        c = ws.cell(row=r, column=1, value=top)
        if kids:
            c.font = Font(bold=True)
            for j, kom in enumerate(st):
                ws.cell(row=r, column=2 + j, value=sum(nk[(kom, k, y)] for k in kids)).font = Font(bold=True)
            r += 1
            for k in kids:
                ws.cell(row=r, column=1, value=k).alignment = Alignment(indent=2)
                for j, kom in enumerate(st):
                    ws.cell(row=r, column=2 + j, value=nk[(kom, k, y)]).number_format = "# ##0"
                ws.row_dimensions[r].outlineLevel = 1
                r += 1
        else:
            for j, kom in enumerate(st):
                ws.cell(row=r, column=2 + j, value=nk[(kom, top, y)]).number_format = "# ##0"
            r += 1
    ws.cell(row=r, column=1, value="Summa nettokostnad").font = Font(bold=True)
    for j, kom in enumerate(st):
        ws.cell(row=r, column=2 + j, value=sum(nk[(kom, k, y)] for k in basev)).font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Nettokostnad = bruttokostnad minus interna och externa intäkter. Underposterna är indragna under sin huvudverksamhet.")
    ws.column_dimensions["A"].width = 34
save_wb(wb, os.path.join(OUT, "Nettokostnad_per_verksamhet_Stockholms_lan.xlsx"))

# ---------- 6. AF newly registered per month 2024, Östergötland: landscape PDF, jan–dec + Helår ----------
og = [("Linköping", 1050), ("Norrköping", 1180), ("Motala", 330), ("Mjölby", 190), ("Finspång", 160), ("Söderköping", 85),
      ("Vadstena", 45), ("Åtvidaberg", 75), ("Kinda", 55), ("Valdemarsvik", 50), ("Ödeshög", 35), ("Boxholm", 32), ("Ydre", 18)]
season = [1.25, 1.05, 0.98, 0.92, 0.88, 1.02, 0.85, 1.22, 1.10, 0.97, 0.93, 0.83]
af = {}
for name, b in og:
    for m in range(12):
        af[(name, m)] = int(round(b * season[m] * R.uniform(0.88, 1.12)))
mon = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
styles = getSampleStyleSheet()
doc = SimpleDocTemplate(os.path.join(OUT, "AF_nyinskrivna_per_manad_Ostergotland_2024.pdf"), pagesize=landscape(A4),
                        leftMargin=28, rightMargin=28, topMargin=32, bottomMargin=32,
                        title="Nyinskrivna arbetssökande per månad 2024 – Östergötlands län", author="Arbetsförmedlingen, Analysavdelningen")
def f(n): return f"{n:,}".replace(",", " ")
data = [["Kommun"] + mon + ["Helår"]]
for name, _ in og:
    vals = [af[(name, m)] for m in range(12)]
    data.append([name] + [f(v) for v in vals] + [f(sum(vals))])
lanm = [sum(af[(n, m)] for n, _ in og) for m in range(12)]
data.append(["Östergötlands län"] + [f(v) for v in lanm] + [f(sum(lanm))])
t = Table(data, colWidths=[100] + [50] * 12 + [60], repeatRows=1)
t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
                       ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                       ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                       ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                       ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#eef2f7")])]))
tot = sum(lanm)
mx = max(range(12), key=lambda m: lanm[m])
story = [Paragraph("Arbetsförmedlingen – Månadsstatistik, regional uppföljning", styles["Normal"]),
         Paragraph("Nyinskrivna arbetssökande per månad 2024 – Östergötlands län", styles["Title"]),
         Paragraph(f"Under 2024 skrevs sammanlagt {f(tot)} personer in som arbetssökande hos Arbetsförmedlingen i Östergötlands län. "
                   f"Inflödet var som störst i {['januari','februari','mars','april','maj','juni','juli','augusti','september','oktober','november','december'][mx]}, "
                   "vilket följer det vanliga säsongsmönstret med många nyinskrivna efter årsskiftet och efter sommaren.", styles["Normal"]),
         Spacer(1, 10),
         Paragraph("<b>Tabell 1.</b> Nyinskrivna arbetssökande efter kommun och månad 2024, antal personer", styles["Normal"]),
         Spacer(1, 4), t, Spacer(1, 6),
         Paragraph("Källa: Arbetsförmedlingen. Avser personer som under månaden skrivits in som arbetssökande (inskrivningsorsak ny eller återinskriven). "
                   "En person kan skrivas in flera gånger under året och räknas då i varje månad.", styles["Italic"])]
doc.build(story)
print("wrote", sorted(os.listdir(OUT)))
