"""Skriver sex realistiska statistikexporter för Skåne län till en mapp.

Användning: python make_files.py UTMAPP
"""
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

RNG = np.random.default_rng(19)

# (kod, namn, folkmängd ca, "läge": 0 = svag arbetsmarknad .. 1 = stark)
KOMMUNER = [
    ("1214", "Svalöv", 14500, 0.45), ("1230", "Staffanstorp", 26000, 0.85),
    ("1231", "Burlöv", 20000, 0.40), ("1233", "Vellinge", 37000, 0.95),
    ("1256", "Östra Göinge", 15000, 0.35), ("1257", "Örkelljunga", 10500, 0.50),
    ("1260", "Bjuv", 16000, 0.30), ("1261", "Kävlinge", 33000, 0.80),
    ("1262", "Lomma", 25000, 0.97), ("1263", "Svedala", 23000, 0.78),
    ("1264", "Skurup", 16500, 0.60), ("1265", "Sjöbo", 19500, 0.55),
    ("1266", "Hörby", 16000, 0.45), ("1267", "Höör", 17000, 0.65),
    ("1270", "Tomelilla", 13500, 0.45), ("1272", "Bromölla", 12800, 0.40),
    ("1273", "Osby", 13200, 0.42), ("1275", "Perstorp", 7500, 0.25),
    ("1276", "Klippan", 17500, 0.30), ("1277", "Åstorp", 16300, 0.28),
    ("1278", "Båstad", 15500, 0.70), ("1280", "Malmö", 362000, 0.20),
    ("1281", "Lund", 128000, 0.75), ("1282", "Landskrona", 47000, 0.15),
    ("1283", "Helsingborg", 151000, 0.40), ("1284", "Höganäs", 28000, 0.80),
    ("1285", "Eslöv", 34500, 0.50), ("1286", "Ystad", 31000, 0.55),
    ("1287", "Trelleborg", 46500, 0.38), ("1290", "Kristianstad", 87000, 0.42),
    ("1291", "Simrishamn", 19200, 0.50), ("1292", "Ängelholm", 43500, 0.68),
    ("1293", "Hässleholm", 53000, 0.45),
]
NAMN = {k: n for k, n, _, _ in KOMMUNER}


def fmt_sv(x, dec=1):
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return ".."
    return f"{x:.{dec}f}".replace(".", ",")


# ---------------------------------------------------------------- 1. SCB PxWeb CSV
def scb_forvarvsfrekvens(out: Path):
    years = [2019, 2020, 2021, 2022, 2023]
    trend = {2019: 0.0, 2020: -1.1, 2021: -0.4, 2022: 0.6, 2023: 0.9}
    rows = []
    allvals = {}
    for kod, namn, pop, lage in KOMMUNER:
        base = 70.0 + 17.0 * lage + RNG.normal(0, 0.8)
        for y in years:
            m = base + trend[y] + 2.2 + RNG.normal(0, 0.4)
            k = base + trend[y] - 2.4 + RNG.normal(0, 0.4)
            t = (m + k) / 2
            allvals[(kod, y)] = (round(m, 1), round(k, 1), round(t, 1), pop)
    # län och riket som befolkningsvägda medel
    for code, label, shift in (("12", "12 Skåne län", 0.0), ("00", "00 Riket", 2.6)):
        for y in years:
            w = sum(v[3] for (kk, yy), v in allvals.items() if yy == y)
            vals = []
            for i in range(3):
                vals.append(round(sum(v[i] * v[3] for (kk, yy), v in allvals.items() if yy == y) / w + shift, 1))
            allvals[(code, y)] = (*vals, 0)
    order = [(k, f"{k} {n}") for k, n, _, _ in KOMMUNER] + [("12", "12 Skåne län"), ("00", "00 Riket")]
    missing = {("1275", 2019, "kvinnor"), ("1275", 2019, "män"), ("1257", 2020, "kvinnor")}
    lines = ['"Förvärvsfrekvens (%) för befolkningen 20-64 år efter region, kön och år"', ""]
    lines.append('"region";"kön";' + ";".join(f'"{y}"' for y in years))
    for code, label in order:
        for i, kon in enumerate(["män", "kvinnor", "totalt"]):
            cells = []
            for y in years:
                if (code, y, kon) in missing:
                    cells.append("..")
                else:
                    cells.append(fmt_sv(allvals[(code, y)][i]))
            lines.append(f'"{label}";"{kon}";' + ";".join(cells))
    lines += ["", '"Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS) t.o.m. 2018, BAS fr.o.m. 2019."',
              '".. = uppgift saknas"']
    (out / "scb_forvarvsfrekvens_20-64_skane_2019-2023.csv").write_bytes(
        ("\r\n".join(lines) + "\r\n").encode("cp1252"))


# ---------------------------------------------------------------- 2. Försäkringskassan XLSX, tvåradig rubrik
def fk_sjukpenningtal(out: Path):
    years = [2021, 2022, 2023]
    ylev = {2021: 0.0, 2022: 0.6, 2023: 0.9}
    wb = Workbook()
    ws = wb.active
    ws.title = "Sjukpenningtal"
    ws["A1"] = "Sjukpenningtal per kommun, Skåne län, december 2021–2023"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Antal nettodagar med sjukpenning och rehabiliteringspenning under de senaste tolv "
                "månaderna per registrerad försäkrad 16–64 år.")
    ws.cell(row=4, column=1, value="Kommun")
    col = 2
    for y in years:
        ws.cell(row=4, column=col, value=y)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 2)
        ws.cell(row=4, column=col).alignment = Alignment(horizontal="center")
        for j, s in enumerate(["Kvinnor", "Män", "Samtliga"]):
            ws.cell(row=5, column=col + j, value=s)
        col += 3
    for c in range(1, col):
        ws.cell(row=4, column=c).font = Font(bold=True)
        ws.cell(row=5, column=c).font = Font(bold=True)
    r = 6
    acc = {y: [0.0, 0.0, 0.0, 0] for y in years}
    for kod, namn, pop, lage in KOMMUNER:
        base = 12.5 - 5.0 * lage + RNG.normal(0, 0.5)
        ws.cell(row=r, column=1, value=f"{kod} {namn}")
        col = 2
        for y in years:
            k = round(base + ylev[y] + 2.6 + RNG.normal(0, 0.3), 1)
            m = round(base + ylev[y] - 2.2 + RNG.normal(0, 0.3), 1)
            s = round((k + m) / 2, 1)
            for j, v in enumerate([k, m, s]):
                ws.cell(row=r, column=col + j, value=v).number_format = "0.0"
                acc[y][j] += v * pop
            acc[y][3] += pop
            col += 3
        r += 1
    for label, shift in (("Skåne län", 0.0), ("Riket", 0.4)):
        ws.cell(row=r, column=1, value=label).font = Font(bold=True)
        col = 2
        for y in years:
            for j in range(3):
                v = round(acc[y][j] / acc[y][3] + shift, 1)
                ws.cell(row=r, column=col + j, value=v).number_format = "0.0"
            col += 3
        r += 1
    ws.cell(row=r + 1, column=1, value="Källa: Försäkringskassan, MiDAS. Uppgifterna avser december respektive år.")
    ws.column_dimensions["A"].width = 24
    wb.save(out / "fk_sjukpenningtal_kommun_skane_2021-2023.xlsx")


# ---------------------------------------------------------------- 3. Arbetsförmedlingen, ett blad per månad
def af_inskrivna(out: Path):
    months = ["Januari", "Februari", "Mars", "April", "Maj", "Juni"]
    season = [1.04, 1.05, 1.03, 1.00, 0.97, 0.99]
    wb = Workbook()
    wb.remove(wb.active)
    bases = {}
    for kod, namn, pop, lage in KOMMUNER:
        arbetskraft = int(pop * 0.49 * (1 + RNG.normal(0, 0.02)))
        rate = 0.125 - 0.095 * lage + RNG.normal(0, 0.004)
        bases[kod] = (arbetskraft, rate)
    for mi, mname in enumerate(months):
        ws = wb.create_sheet(f"{mname} 2024")
        ws["A1"] = f"Inskrivna arbetslösa 16–64 år per kommun, Skåne län, {mname.lower()} 2024"
        ws["A1"].font = Font(bold=True)
        ws["A2"] = "Källa: Arbetsförmedlingen. Andel i procent av den registerbaserade arbetskraften."
        hdr = ["Kommun", "Inskrivna arbetslösa totalt (antal)", "varav kvinnor", "varav män",
               "varav 16–24 år", "varav utrikes födda", "Andel av registerbaserad arbetskraft (%)"]
        for c, h in enumerate(hdr, 1):
            ws.cell(row=4, column=c, value=h).font = Font(bold=True)
        r = 5
        tot = np.zeros(5)
        totak = 0
        for kod, namn, pop, lage in KOMMUNER:
            ak, rate = bases[kod]
            n = int(round(ak * rate * season[mi] * (1 + RNG.normal(0, 0.015))))
            kv = int(round(n * (0.46 + RNG.normal(0, 0.015))))
            ma = n - kv
            ung = int(round(n * (0.11 + RNG.normal(0, 0.01))))
            utr = int(round(n * (0.35 + 0.35 * (1 - lage) + RNG.normal(0, 0.03))))
            andel = round(100 * n / ak, 1)
            vals = [namn, n, kv, ma, ung, utr, andel]
            for c, v in enumerate(vals, 1):
                ws.cell(row=r, column=c, value=v)
            ws.cell(row=r, column=7).number_format = "0.0"
            tot += np.array([n, kv, ma, ung, utr])
            totak += ak
            r += 1
        ws.cell(row=r, column=1, value="Skåne län").font = Font(bold=True)
        for c, v in enumerate(tot.astype(int).tolist(), 2):
            ws.cell(row=r, column=c, value=int(v)).font = Font(bold=True)
        ws.cell(row=r, column=7, value=round(100 * tot[0] / totak, 1)).number_format = "0.0"
        ws.column_dimensions["A"].width = 16
    wb.save(out / "af_inskrivna_arbetslosa_skane_jan-jun_2024.xlsx")


# ---------------------------------------------------------------- 4. Kolada, lång CSV
def kolada(out: Path):
    kpis = [
        ("N15419", "Elever i åk. 9 som är behöriga till ett yrkesprogram, hemkommun, andel (%)"),
        ("N01982", "Invånare 25-64 år med eftergymnasial utbildning, andel (%)"),
    ]
    urval = ["1280", "1281", "1283", "1290", "1282", "1287", "1286", "1293", "1292",
             "1262", "1233", "1230", "1285", "1275", "1277"]
    rows = []
    for kpi, titel in kpis:
        for kod in urval:
            lage = [l for k, _, _, l in KOMMUNER if k == kod][0]
            if kpi == "N15419":
                base = 76 + 18 * lage + RNG.normal(0, 1.5)
            else:
                base = 33 + 30 * lage + RNG.normal(0, 2.0)
                if kod == "1281":
                    base += 15
            for y in [2020, 2021, 2022, 2023]:
                yb = base + (y - 2020) * (0.4 if kpi == "N01982" else -0.3) + RNG.normal(0, 0.6)
                if kpi == "N15419":
                    k = min(99.5, yb + 2.5 + RNG.normal(0, 1.0))
                    m = min(99.5, yb - 2.5 + RNG.normal(0, 1.0))
                else:
                    k = yb + 6 + RNG.normal(0, 0.5)
                    m = yb - 6 + RNG.normal(0, 0.5)
                t = (k + m) / 2
                for kon, v in (("T", t), ("K", k), ("M", m)):
                    rows.append({"KPI": kpi, "KPI-titel": titel, "Kommun-id": kod, "Kommun": NAMN[kod],
                                 "År": y, "Kön": kon, "Värde": round(v, 1)})
    df = pd.DataFrame(rows)
    df["Värde"] = df["Värde"].map(lambda v: fmt_sv(v))
    df.to_csv(out / "kolada_skola_utbildning_skane.csv", sep=";", index=False, encoding="utf-8")


# ---------------------------------------------------------------- 5. Region Skåne, ett beslut per rad
def projektmedel(out: Path):
    agare = [
        ("Malmö stad", "1280"), ("Lunds universitet", "1281"), ("Helsingborgs stad", "1283"),
        ("Kristianstads kommun", "1290"), ("Hässleholms kommun", "1293"), ("Ideon Science Park AB", "1281"),
        ("Krinova Incubator & Science Park", "1290"), ("Medeon AB", "1280"), ("Landskrona stad", "1282"),
        ("Ystads kommun", "1286"), ("Business Region Skåne", "1280"), ("Familjen Helsingborg", "1283"),
        ("Österlens Turism ek. för.", "1291"), ("Ängelholms kommun", "1292"), ("Trelleborgs kommun", "1287"),
        ("Sveriges lantbruksuniversitet, Alnarp", "1262"), ("Eslövs kommun", "1285"),
        ("Skånes Livsmedelsakademi", "1281"), ("Position Skåne", "1280"), ("Perstorps kommun", "1275"),
    ]
    omraden = ["Innovation och företagsutveckling", "Kompetensförsörjning", "Hållbar tillväxt och klimat",
               "Digitalisering", "Besöksnäring", "Infrastruktur och tillgänglighet"]
    teman = ["Testbädd för", "Förstudie:", "Kompetenslyft inom", "Klimatomställning i", "Utveckling av",
             "Nätverk för"]
    objekt = ["livsmedelsindustrin", "besöksnäringen på Österlen", "vätgaslogistik", "AI i små företag",
              "cirkulär textil", "life science", "kollektivtrafik på landsbygden", "hamnens godsflöden",
              "vårdens kompetensbehov", "norra Skånes industri", "cykelturism", "smarta elnät"]
    rows = []
    start = date(2022, 1, 10)
    for i in range(64):
        own, kod = agare[int(RNG.integers(0, len(agare)))]
        d = start + timedelta(days=int(RNG.integers(0, 1080)))
        d = min(d, date(2024, 12, 18))
        sokt = int(RNG.integers(4, 60)) * 50000
        r = RNG.random()
        if r < 0.16:
            status, bev, utb = "Avslag", 0, 0
        else:
            bev = int(round(sokt * RNG.uniform(0.6, 1.0) / 10000) * 10000)
            if d.year == 2022:
                status = "Avslutad" if RNG.random() < 0.8 else "Pågående"
            elif d.year == 2023:
                status = "Pågående" if RNG.random() < 0.6 else "Avslutad"
            else:
                status = "Beviljad" if RNG.random() < 0.5 else "Pågående"
            if status == "Avslutad":
                utb = int(round(bev * RNG.uniform(0.85, 1.0) / 1000) * 1000)
            elif status == "Pågående":
                utb = int(round(bev * RNG.uniform(0.2, 0.7) / 1000) * 1000)
            else:
                utb = 0
        rows.append({
            "Diarienr": f"RS {d.year}-{int(RNG.integers(100, 999))}",
            "Beslutsdatum": d,
            "Projektägare": own,
            "Projektnamn": f"{teman[int(RNG.integers(0, len(teman)))]} {objekt[int(RNG.integers(0, len(objekt)))]}",
            "Kommun": NAMN[kod],
            "Insatsområde": omraden[int(RNG.integers(0, len(omraden)))],
            "Sökt belopp (kr)": sokt,
            "Beviljat belopp (kr)": bev,
            "Utbetalt (kr)": utb,
            "Status": status,
        })
    df = pd.DataFrame(rows).sort_values("Beslutsdatum").reset_index(drop=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Beslut"
    ws["A1"] = "Regionala utvecklingsmedel (anslag 1:1) – beslut Region Skåne 2022–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Utdrag ur ärendehanteringssystemet 2025-01-15. Belopp i kronor."
    for c, h in enumerate(df.columns, 1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    for i, row in enumerate(df.itertuples(index=False), 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=c, value=v)
            if c == 2:
                cell.number_format = "yyyy-mm-dd"
            elif c in (7, 8, 9):
                cell.number_format = "# ##0"
    wb.save(out / "region_skane_beslut_utvecklingsmedel_2022-2024.xlsx")


# ---------------------------------------------------------------- 6. Pendling, ett blad per år
def pendling(out: Path):
    wb = Workbook()
    wb.remove(wb.active)
    base = {}
    for kod, namn, pop, lage in KOMMUNER:
        natt = int(pop * 0.47 * (0.85 + 0.2 * lage))
        # storstäder har nettoinpendling, förortskommuner utpendling
        if namn in ("Malmö", "Lund", "Helsingborg"):
            net_share = {"Malmö": 0.13, "Lund": 0.24, "Helsingborg": 0.08}[namn]
        elif namn in ("Kristianstad", "Hässleholm", "Ystad", "Perstorp"):
            net_share = RNG.uniform(0.0, 0.06)
        else:
            net_share = None
        ut_share = RNG.uniform(0.30, 0.50) if net_share is None or net_share < 0.1 else RNG.uniform(0.18, 0.25)
        if net_share is None:
            net_share = -ut_share * RNG.uniform(0.35, 0.85)
        base[kod] = (natt, ut_share, net_share)
    for y, g in ((2021, 0.0), (2022, 0.012), (2023, 0.019)):
        ws = wb.create_sheet(str(y))
        ws["A1"] = f"Förvärvsarbetande 16+ år, pendling över kommungräns, Skåne län {y}"
        ws["A1"].font = Font(bold=True)
        ws["A2"] = "Antal personer efter arbetsställets och bostadens kommun, november respektive år."
        hdr = ["Kommun", "Förvärvsarbetande nattbefolkning (antal)", "Förvärvsarbetande dagbefolkning (antal)",
               "Inpendlare (antal)", "Utpendlare (antal)", "Nettopendling (antal)"]
        for c, h in enumerate(hdr, 1):
            ws.cell(row=4, column=c, value=h).font = Font(bold=True)
        r = 5
        tot = np.zeros(5, dtype=int)
        for kod, namn, pop, lage in KOMMUNER:
            natt0, ut_s, net_s = base[kod]
            natt = int(natt0 * (1 + g + RNG.normal(0, 0.004)))
            ut = int(natt * (ut_s + RNG.normal(0, 0.005)))
            net = int(natt * (net_s + RNG.normal(0, 0.005)))
            inp = ut + net
            dag = natt + net
            vals = [f"{kod} {namn}", natt, dag, inp, ut, net]
            for c, v in enumerate(vals, 1):
                ws.cell(row=r, column=c, value=v)
            tot += np.array([natt, dag, inp, ut, net])
            r += 1
        ws.cell(row=r, column=1, value="Länet").font = Font(bold=True)
        for c, v in enumerate(tot.tolist(), 2):
            ws.cell(row=r, column=c, value=int(v)).font = Font(bold=True)
        ws.column_dimensions["A"].width = 20
    wb.save(out / "scb_pendling_skane_2021-2023.xlsx")


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    scb_forvarvsfrekvens(out)
    fk_sjukpenningtal(out)
    af_inskrivna(out)
    kolada(out)
    projektmedel(out)
    pendling(out)
    for p in sorted(out.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
