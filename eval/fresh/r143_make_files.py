"""Round r143 (statistics) – writes six invented but realistic Swedish statistics files.

Usage: python3 r143_make_files.py OUT_DIR

All figures are invented (fixed seed, deterministic). Files and layout traits:

1. scb_befolkning_forvarvsarbetande_deso_katrineholm_2022_2023.csv
   SCB PxWeb-style download, ISO-8859-1 (Latin-1), semicolon, CRLF, every text field quoted.
   One title line + blank line above the header; rows on the SUB-MUNICIPAL level: DeSO codes
   only ("0483C1060"), no names. A hand-added "RegSO (tillagd)" column ("0483R003 Nävertorp")
   maps each DeSO to its RegSO, but the rows are sorted by DeSO code, so a RegSO's DeSO are
   NOT contiguous (A/B/C-codes interleave). Sex stacked in a lowercase "kön" column (män,
   kvinnor, totalt). Year is part of the measure headers ("Befolkning 20-64 år 2023").
   Municipality row "0483 Katrineholm" first with an empty RegSO. NO employment rate column:
   förvärvsfrekvens must be computed (and aggregated to RegSO by summing counts first).
   Source/footnote lines at the end.

2. jobbtorg_stockholm_handelselogg_2024-10_2025-06.csv
   An EVENT LOG from a case system (Jobbtorg Stockholm): one row per event, not per person.
   Windows-1252, semicolon, CRLF, two metadata lines above the header. Columns HändelseID;
   DeltagarID; Händelsedatum; Registrerad (timestamp, often days later, can be after the
   selection period); Händelse (Inskrivning / Återinskrivning / Start insats / Slut insats /
   Avslut); Detalj (insats type or avslutsorsak); Stadsdelsområde; Kön (K/M); Födelseår;
   Makulerad ("Ja" = cancelled, usually followed by a corrected event). Rows are ordered by
   registration, not by event date. Participants enrolled before the window have no
   Inskrivning row. Counting persons needs de-duplication and dropping cancelled events.

3. trafikverket_forarprov_b_norrbotten_vasterbotten_okt_2025.xlsx
   Driving tests (category B) per test centre ("provort"). Sheet "Förarprov B": title rows,
   a THREE-ROW merged header: period blocks "Oktober 2025" / "Jan–okt 2025 (ackumulerat)" /
   "Jan–okt 2024 (ackumulerat)" over "Kunskapsprov"/"Körprov" over "Antal prov"/"Godkända (%)".
   Month and year-to-date figures sit side by side (must not be mixed up). County heading
   rows without values, indented test centres, "Summa <län>" rows below each county, a Riket
   row after a blank row. Pass counts are NOT given – only % (counts must be computed).
   "–" = no tests (Storuman has no driving tests; Kalix had none in October 2025). A footnote
   on Haparanda. Second sheet "Om statistiken".

4. pensionsmyndigheten_bostadstillagg_halland_2024_2025.xlsx
   Bostadstillägg för pensionärer (BTP). Sheet "BTP per kommun": a two-row header where the
   measure is merged over six columns ("Antal mottagare" and "Genomsnittligt belopp, kr per
   månad") and the second header row holds REAL EXCEL DATES (month-end 2024-06-30 …
   2025-09-30, number format "mmm yyyy"), i.e. the same dates appear twice. Kommunkod column,
   county row "Hallands län" FIRST (bold), municipalities, "Riket" last. County average is
   recipient-weighted. Second sheet "Kön sep 2025" with Kvinnor/Män/Totalt and Andel kvinnor.
   Notes below the tables.

5. goteborgs_stad_feriejobb_2025_uppfoljning_s6.pdf
   One report page (page 6, running header) from Göteborgs Stad: prose with 2024 distractor
   figures and a 2026 target; a boxed key-figure list written with LEADER DOTS
   ("Sökande ........ 9 486"); Tabell 4 by stadsområde with the TOTAL ROW FIRST ("Hela
   staden"), rows sorted by number of applicants (not alphabetical), an "Ej fastställt¹"
   row, two % columns with decimal commas; Tabell 5 crosstab of started summer jobs by
   employer type × age (16/17/18 år) with totals both ways; footnotes.

6. af_etableringsprogrammet_deltagare_varmland_sep2025.csv
   Arbetsförmedlingen, Windows-1252, CRLF, starts with an Excel "sep=;" line, then title
   lines. Kommun; Kvinnor; Män; Totalt; Totalt sep 2024; Förändring (antal); Förändring (%).
   ALL COUNTS ROUNDED TO TENS, computed from unrounded data, so Kvinnor + Män ≠ Totalt and
   the municipalities do not add up to "Värmlands län" (the note says so); "<5" for 1–4
   persons; signed changes with decimal commas; "Värmlands län" and "Riket" rows; notes.
"""
import csv, io, os, random, sys, datetime as dt

F1 = "scb_befolkning_forvarvsarbetande_deso_katrineholm_2022_2023.csv"
F2 = "jobbtorg_stockholm_handelselogg_2024-10_2025-06.csv"
F3 = "trafikverket_forarprov_b_norrbotten_vasterbotten_okt_2025.xlsx"
F4 = "pensionsmyndigheten_bostadstillagg_halland_2024_2025.xlsx"
F5 = "goteborgs_stad_feriejobb_2025_uppfoljning_s6.pdf"
F6 = "af_etableringsprogrammet_deltagare_varmland_sep2025.csv"
CREATOR = "Statistikuttag"


def dc(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")


def sv(n):
    return f"{n:,}".replace(",", " ")


# =========================================================== 1. SCB DeSO Katrineholm
REGSO = [  # code, name, [DeSO codes], employment level (men), gap women
    ("0483R001", "Katrineholm landsbygd", ["0483A0010", "0483A0020", "0483A0030"], 0.88, 0.03),
    ("0483R002", "Björkvik och Sköldinge", ["0483A0040", "0483B0020"], 0.87, 0.04),
    ("0483R003", "Nävertorp", ["0483C1060", "0483C1070"], 0.66, 0.10),
    ("0483R004", "Lövåsen", ["0483C1080", "0483C1090", "0483C1100"], 0.70, 0.08),
    ("0483R005", "Centrum", ["0483C1010", "0483C1020", "0483C1030"], 0.82, 0.04),
    ("0483R006", "Norr", ["0483C1040", "0483C1050"], 0.84, 0.03),
    ("0483R007", "Värmbol", ["0483C1110", "0483C1120"], 0.86, 0.02),
    ("0483R008", "Sandbäcken", ["0483C1130", "0483C1140"], 0.85, 0.03),
    ("0483R009", "Valla", ["0483B0010"], 0.83, 0.05),
]


def data_f1():
    """Return {deso: {"regso": 'code name', sex: (pop22, pop23, emp22, emp23)}} and kommun totals."""
    rng = random.Random(14316)
    out = {}
    for rcode, rname, desos, lev, gap in REGSO:
        for d in desos:
            rec = {"regso": f"{rcode} {rname}"}
            for sex in ("män", "kvinnor"):
                p22 = rng.randint(330, 640)
                p23 = p22 + rng.randint(-18, 22)
                r = lev - (gap if sex == "kvinnor" else 0.0)
                r22 = r + rng.uniform(-0.035, 0.035)
                r23 = r22 + rng.uniform(-0.015, 0.025)
                rec[sex] = (p22, p23, round(p22 * r22), round(p23 * min(r23, 0.93)))
            rec["totalt"] = tuple(a + b for a, b in zip(rec["män"], rec["kvinnor"]))
            out[d] = rec
    tot = {s: tuple(sum(out[d][s][i] for d in out) for i in range(4)) for s in ("män", "kvinnor", "totalt")}
    return out, tot


def write_f1(path):
    data, tot = data_f1()
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    buf.write('"Befolkning 20-64 år och förvärvsarbetande 20-64 år (nattbefolkning) efter region, kön och år. '
              'DeSO (Demografiska statistikområden), Katrineholms kommun"\r\n')
    buf.write("\r\n")
    w.writerow(["region", "RegSO (tillagd)", "kön", "Befolkning 20-64 år 2022", "Befolkning 20-64 år 2023",
                "Förvärvsarbetande 20-64 år 2022", "Förvärvsarbetande 20-64 år 2023"])
    for s in ("män", "kvinnor", "totalt"):
        w.writerow(["0483 Katrineholm", "", s, *tot[s]])
    for d in sorted(data):
        for s in ("män", "kvinnor", "totalt"):
            w.writerow([d, data[d]["regso"], s, *data[d][s]])
    buf.write("\r\n")
    for line in [
        "Källa: SCB, Registerbaserad arbetsmarknadsstatistik (RAMS/BAS). Uttag ur Statistikdatabasen 2025-03-14.",
        "Förvärvsarbetande enligt novembermätningen respektive år. Nattbefolkning = personer efter bostadens region.",
        "DeSO = Demografiska statistikområden (indelning 2018). Bokstaven i koden anger A = landsbygd, B = mindre tätort, C = centralort.",
        "Kolumnen RegSO har lagts till av Samhällsbyggnadsförvaltningen, Katrineholms kommun, utifrån SCB:s nyckel DeSO-RegSO. Raderna är sorterade på DeSO-kod.",
    ]:
        w.writerow([line])
    with open(path, "w", encoding="latin-1", newline="") as f:
        f.write(buf.getvalue())


# =========================================================== 2. Jobbtorg event log
SDO = [("Rinkeby-Kista", 18), ("Spånga-Tensta", 14), ("Skärholmen", 12), ("Enskede-Årsta-Vantör", 12),
       ("Farsta", 10), ("Hässelby-Vällingby", 10), ("Hägersten-Älvsjö", 8), ("Skarpnäck", 6),
       ("Södermalm", 5), ("Bromma", 4), ("Kungsholmen", 3), ("Norrmalm", 2), ("Östermalm", 2)]
INSATSER = ["Arbetsträning", "Yrkesutbildning", "Extratjänst", "Studie- och yrkesvägledning",
            "Svenska för yrkeslivet"]
ORSAKER = [("Arbete", 40), ("Studier", 20), ("Flytt", 8), ("Annan orsak", 17), ("Åter till Arbetsförmedlingen", 15)]
W_START = dt.date(2024, 10, 1)
W_END = dt.date(2025, 6, 30)
EXPORT = dt.datetime(2025, 7, 2, 6, 0)
SEED2 = 14312


def _wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def _workday(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def data_f2():
    """List of event dicts (already sorted by registration and numbered)."""
    rng = random.Random(SEED2)
    ev = []
    span = (dt.date(2025, 6, 20) - W_START).days
    for i in range(160):
        pid = f"JT-{24310 + i * 7:05d}"
        sdo = _wchoice(rng, SDO)
        kon = "K" if rng.random() < 0.47 else "M"
        fy = rng.randint(1964, 2006)
        pre = rng.random() < 0.25
        if pre:
            t0 = W_START - dt.timedelta(days=rng.randint(10, 200))
        else:
            t0 = _workday(W_START + dt.timedelta(days=rng.randint(0, span)))
            ev.append(dict(pid=pid, d=t0, h="Inskrivning", det="", sdo=sdo, kon=kon, fy=fy))
        cur = max(t0, W_START)
        active = True
        cycles = 0
        while active and cycles < 2:
            cycles += 1
            # insatser
            n_ins = 1 if rng.random() < 0.7 else (2 if rng.random() < 0.3 else 0)
            for _ in range(n_ins):
                s = _workday(cur + dt.timedelta(days=rng.randint(5, 35)))
                if s > W_END:
                    break
                ins = rng.choice(INSATSER)
                ev.append(dict(pid=pid, d=s, h="Start insats", det=ins, sdo=sdo, kon=kon, fy=fy))
                e = _workday(s + dt.timedelta(days=rng.randint(25, 130)))
                cur = s
                if e <= W_END:
                    ev.append(dict(pid=pid, d=e, h="Slut insats", det=ins, sdo=sdo, kon=kon, fy=fy))
                    cur = e
                else:
                    break
            # avslut?
            if rng.random() < 0.6:
                a = _workday(cur + dt.timedelta(days=rng.randint(3, 60)))
                if a <= W_END:
                    ev.append(dict(pid=pid, d=a, h="Avslut", det=_wchoice(rng, ORSAKER), sdo=sdo, kon=kon, fy=fy))
                    active = False
                    if rng.random() < 0.22:
                        r = _workday(a + dt.timedelta(days=rng.randint(20, 70)))
                        if r <= W_END:
                            ev.append(dict(pid=pid, d=r, h="Återinskrivning", det="", sdo=sdo, kon=kon, fy=fy))
                            cur = r
                            active = True
            else:
                active = False
    # registration timestamps
    for e in ev:
        lag = 0 if rng.random() < 0.55 else (rng.randint(1, 3) if rng.random() < 0.8 else rng.randint(4, 12))
        rd = e["d"] + dt.timedelta(days=lag)
        ts = dt.datetime(rd.year, rd.month, rd.day, rng.randint(7, 16), rng.randint(0, 59))
        if ts > EXPORT - dt.timedelta(hours=1):
            ts = dt.datetime(2025, 7, 1, rng.randint(8, 16), rng.randint(0, 59))
        e["reg"] = ts
        e["mak"] = ""
    # cancellations: a wrongly registered event, later a corrected one
    rng2 = random.Random(SEED2 + 1)
    extra = []
    cands = [e for e in ev if e["h"] in ("Avslut", "Start insats")]
    rng2.shuffle(cands)
    for e in cands[:12]:
        wrong = dict(e)
        if e["h"] == "Avslut":
            alts = [o for o, _ in ORSAKER if o != e["det"]]
            wrong["det"] = "Arbete" if e["det"] != "Arbete" and rng2.random() < 0.6 else rng2.choice(alts)
        else:
            wrong["det"] = rng2.choice([x for x in INSATSER if x != e["det"]])
        wrong["mak"] = "Ja"
        wr = e["reg"] - dt.timedelta(minutes=rng2.randint(20, 240))
        if wr.hour < 7 or wr.date() < e["d"]:
            wr = dt.datetime(e["reg"].year, e["reg"].month, e["reg"].day, 7, rng2.randint(0, 30))
            if wr >= e["reg"]:
                e["reg"] = wr + dt.timedelta(minutes=25)
        wrong["reg"] = wr
        extra.append(wrong)
    # a couple of pure duplicates that were cancelled
    for e in cands[12:15]:
        dup = dict(e)
        dup["mak"] = "Ja"
        dup["reg"] = e["reg"] + dt.timedelta(minutes=rng2.randint(1, 9))
        extra.append(dup)
    ev += extra
    ev.sort(key=lambda e: (e["reg"], e["pid"]))
    for k, e in enumerate(ev):
        e["id"] = 581200 + k * 3 + (k % 3)
    return ev


def write_f2(path):
    ev = data_f2()
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    buf.write("Rapport: Händelselogg deltagare – Jobbtorg Stockholm (alla enheter);;;;;;;;;\r\n")
    buf.write("Urval: händelsedatum 2024-10-01 – 2025-06-30. Uttag 2025-07-02 06:00 av systemkonto RAPP02;;;;;;;;;\r\n")
    w.writerow(["HändelseID", "DeltagarID", "Händelsedatum", "Registrerad", "Händelse", "Detalj",
                "Stadsdelsområde", "Kön", "Födelseår", "Makulerad"])
    for e in ev:
        w.writerow([e["id"], e["pid"], e["d"].isoformat(), e["reg"].strftime("%Y-%m-%d %H:%M"), e["h"],
                    e["det"], e["sdo"], e["kon"], e["fy"], e["mak"]])
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())


# =========================================================== 3. Trafikverket förarprov
PROVORTER = {
    "Norrbottens län": [("Arvidsjaur", 25, 20), ("Gällivare", 45, 38), ("Haparanda", 20, 16), ("Kalix", 40, 34),
                        ("Kiruna", 60, 50), ("Luleå", 260, 215), ("Piteå", 110, 95)],
    "Västerbottens län": [("Lycksele", 45, 40), ("Skellefteå", 200, 170), ("Storuman", 18, 0),
                          ("Umeå", 420, 350), ("Vilhelmina", 22, 18)],
}
SEASON = [0.9, 0.95, 1.05, 1.0, 1.1, 1.2, 0.7, 1.15, 1.1, 1.05]


def data_f3():
    """{ort: {'okt25': (kn, kg, pn, pg), 'ack25': (...), 'ack24': (...)}} ; None = no tests."""
    rng = random.Random(14304)
    out = {}
    for lan, orter in PROVORTER.items():
        for ort, kb, pb in orter:
            pk = rng.uniform(0.42, 0.56)
            pp = rng.uniform(0.44, 0.64)
            rec = {}
            for yr in (2024, 2025):
                tk = [0, 0, 0, 0]
                for m in range(10):
                    kn = max(1, round(kb * SEASON[m] * rng.uniform(0.85, 1.15) * (0.96 if yr == 2024 else 1.0)))
                    kg = round(kn * min(0.9, max(0.2, pk + rng.uniform(-0.05, 0.05) - (0.02 if yr == 2024 else 0))))
                    pn = round(pb * SEASON[m] * rng.uniform(0.85, 1.15) * (0.96 if yr == 2024 else 1.0))
                    if ort == "Haparanda" and yr == 2024 and m < 2:
                        pn = 0
                    if ort == "Kalix" and yr == 2025 and m == 9:
                        pn = 0
                    pg = round(pn * min(0.9, max(0.2, pp + rng.uniform(-0.06, 0.06) + (0.015 if yr == 2024 else 0))))
                    for i, v in enumerate((kn, kg, pn, pg)):
                        tk[i] += v
                    if yr == 2025 and m == 9:
                        rec["okt25"] = (kn, kg, pn, pg)
                rec[f"ack{yr % 100}"] = tuple(tk)
            out[ort] = rec
    sums = {}
    for lan, orter in PROVORTER.items():
        sums[lan] = {k: tuple(sum(out[o][k][i] for o, _, _ in orter) for i in range(4))
                     for k in ("okt25", "ack25", "ack24")}
    riket = {"okt25": (18652, 8934, 15318, 8211), "ack25": (176940, 85110, 149877, 80036),
             "ack24": (170312, 80210, 146095, 79912)}
    return out, sums, riket


def write_f3(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    out, sums, riket = data_f3()
    wb = Workbook()
    ws = wb.active
    ws.title = "Förarprov B"
    bold = Font(bold=True)
    ws["A1"] = "Förarprov för behörighet B – resultat per provort"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Norrbottens och Västerbottens län, oktober 2025 samt ackumulerat januari–oktober 2025 och 2024"
    ws["A3"] = "Källa: Trafikverket, Förarprov. Uttag 2025-11-06"
    ws["A3"].font = Font(italic=True, size=9)
    thin = Side(style="thin", color="999999")
    fill = PatternFill("solid", fgColor="DDE6F0")
    ws.merge_cells("A5:A7")
    ws["A5"] = "Län / provort"
    blocks = [("Oktober 2025", "okt25"), ("Jan–okt 2025 (ackumulerat)", "ack25"), ("Jan–okt 2024 (ackumulerat)", "ack24")]
    col = 2
    for title, _ in blocks:
        ws.merge_cells(start_row=5, start_column=col, end_row=5, end_column=col + 3)
        ws.cell(5, col, title)
        for j, pt in enumerate(("Kunskapsprov", "Körprov")):
            c = col + 2 * j
            ws.merge_cells(start_row=6, start_column=c, end_row=6, end_column=c + 1)
            ws.cell(6, c, pt)
            ws.cell(7, c, "Antal prov")
            ws.cell(7, c + 1, "Godkända (%)")
        col += 4
    for r in (5, 6, 7):
        for c in range(1, 14):
            cell = ws.cell(r, c)
            cell.font = bold
            cell.fill = fill
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = Border(bottom=thin)

    def put(row, label, rec, b=False, indent=0):
        ws.cell(row, 1, label).alignment = Alignment(indent=indent)
        if b:
            ws.cell(row, 1).font = bold
        c = 2
        for _, key in blocks:
            kn, kg, pn, pg = rec[key]
            for n, g in ((kn, kg), (pn, pg)):
                if n == 0:
                    ws.cell(row, c, "–")
                    ws.cell(row, c + 1, "–")
                else:
                    ws.cell(row, c, n).number_format = "# ##0"
                    ws.cell(row, c + 1, round(100 * g / n, 1)).number_format = "0.0"
                for cc in (c, c + 1):
                    ws.cell(row, cc).alignment = Alignment(horizontal="right")
                    if b:
                        ws.cell(row, cc).font = bold
                c += 2

    r = 8
    for lan, orter in PROVORTER.items():
        ws.cell(r, 1, lan).font = bold
        r += 1
        for o, _, _ in orter:
            lab = o + ("¹" if o == "Haparanda" else "")
            put(r, lab, out[o], indent=2)
            r += 1
        put(r, f"Summa {lan}", sums[lan], b=True)
        r += 1
    r += 1
    put(r, "Riket", riket, b=True)
    r += 2
    notes = [
        "Godkända (%) = andel godkända prov av genomförda prov. Uteblivna prov ingår inte.",
        "– = inga prov genomförda. Vid provorten Storuman genomförs endast kunskapsprov; körprov görs i Lycksele.",
        "Kalix: inga körprov genomfördes i oktober 2025 på grund av vakanta förarprövartjänster.",
        "¹ Haparanda: körprov började genomföras i mars 2024. Jan–okt 2024 avser därför körprov mars–okt.",
        "Provort = den ort där provet avlades, inte provtagarens hemkommun.",
    ]
    for n in notes:
        ws.cell(r, 1, n).font = Font(size=9)
        r += 1
    ws.column_dimensions["A"].width = 28
    for c in "BCDEFGHIJKLM":
        ws.column_dimensions[c].width = 11
    ws.freeze_panes = "B8"
    ws2 = wb.create_sheet("Om statistiken")
    for i, t in enumerate([
        "Om statistiken",
        "Statistiken omfattar kunskapsprov och körprov för körkortsbehörighet B som genomförts vid Trafikverkets provorter.",
        "Ett prov räknas som genomfört när provtagaren har infunnit sig. Samma person kan ha gjort flera prov under perioden.",
        "Ackumulerade värden avser summan av månaderna januari–oktober respektive år.",
        "Kontakt: Trafikverket, Förarprov, statistik.forarprov@trafikverket.se (fiktiv adress i detta utdrag).",
    ], 1):
        ws2.cell(i, 1, t)
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.column_dimensions["A"].width = 110
    wb.properties.created = wb.properties.modified = dt.datetime(2025, 11, 6, 8, 0)
    wb.properties.creator = CREATOR
    wb.save(path)


# =========================================================== 4. Pensionsmyndigheten BTP Halland
HALLAND = [("1315", "Hylte", 430, 3480), ("1380", "Halmstad", 2940, 3620), ("1381", "Laholm", 790, 3390),
           ("1382", "Falkenberg", 1180, 3450), ("1383", "Varberg", 1710, 3570), ("1384", "Kungsbacka", 1290, 3810)]
DATES = [dt.date(2024, 6, 30), dt.date(2024, 9, 30), dt.date(2024, 12, 31), dt.date(2025, 3, 31),
         dt.date(2025, 6, 30), dt.date(2025, 9, 30)]


def data_f4():
    rng = random.Random(14305)
    kom = {}
    for code, name, n0, a0 in HALLAND:
        ns, avs = [], []
        n, a = round(n0 * rng.uniform(0.97, 1.03)), a0 + rng.randint(-25, 25)
        for i, d in enumerate(DATES):
            if i:
                n = round(n * rng.uniform(0.985, 1.012))
                a = a + rng.randint(-12, 18) + (rng.randint(95, 140) if d == dt.date(2025, 3, 31) else 0)
            ns.append(n)
            avs.append(a)
        kom[code] = (name, ns, avs)
    lan_n = [sum(kom[c][1][i] for c in kom) for i in range(6)]
    lan_a = [round(sum(kom[c][1][i] * kom[c][2][i] for c in kom) / lan_n[i]) for i in range(6)]
    riket_n = [291480, 289935, 290410, 288760, 287120, 286355]
    riket_a = [3702, 3711, 3716, 3839, 3846, 3851]
    # sex split for sep 2025
    sex = {}
    for code in kom:
        t = kom[code][1][5]
        k = round(t * rng.uniform(0.66, 0.74))
        sex[code] = (k, t - k, t)
    return kom, (lan_n, lan_a), (riket_n, riket_a), sex


def write_f4(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill
    kom, (lan_n, lan_a), (riket_n, riket_a), sex = data_f4()
    wb = Workbook()
    ws = wb.active
    ws.title = "BTP per kommun"
    bold = Font(bold=True)
    ws["A1"] = "Bostadstillägg för pensionärer (BTP) – antal mottagare och genomsnittligt belopp per kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Hallands län. Avser utbetalningsmånad; datum = sista dagen i månaden."
    ws["A4"] = "Kommunkod"
    ws["B4"] = "Kommun"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:H4")
    ws["C4"] = "Antal mottagare"
    ws.merge_cells("I4:N4")
    ws["I4"] = "Genomsnittligt belopp, kr per månad"
    fill = PatternFill("solid", fgColor="E4EFE4")
    for i, d in enumerate(DATES):
        for base in (3, 9):
            c = ws.cell(5, base + i, dt.datetime(d.year, d.month, d.day))
            c.number_format = "mmm yyyy"
    for r in (4, 5):
        for c in range(1, 15):
            ws.cell(r, c).font = bold
            ws.cell(r, c).fill = fill
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center")

    def put(row, code, name, ns, avs, b=False):
        ws.cell(row, 1, code)
        ws.cell(row, 2, name)
        for i in range(6):
            ws.cell(row, 3 + i, ns[i]).number_format = "# ##0"
            ws.cell(row, 9 + i, avs[i]).number_format = "# ##0"
        if b:
            for c in range(1, 15):
                ws.cell(row, c).font = bold

    put(6, "13", "Hallands län", lan_n, lan_a, b=True)
    r = 7
    for code in sorted(kom):
        name, ns, avs = kom[code]
        put(r, code, name, ns, avs)
        r += 1
    put(r, "00", "Riket", riket_n, riket_a, b=True)
    r += 2
    for n in [
        "Antal mottagare = personer som fått BTP utbetalt under månaden, efter folkbokföringskommun.",
        "Genomsnittligt belopp avser utbetalt BTP per mottagare och månad, avrundat till hela kronor. Länets och rikets medelvärden är vägda med antalet mottagare.",
        "Förändringen mellan december och mars påverkas av den årliga omräkningen av bostadstillägget.",
        "Källa: Pensionsmyndigheten, statistik om bostadstillägg. Bearbetning: Region Halland, Regional utveckling.",
    ]:
        ws.cell(r, 1, n).font = Font(size=9, italic=True)
        r += 1
    ws.column_dimensions["A"].width = 11
    ws.column_dimensions["B"].width = 16
    for c in "CDEFGHIJKLMN":
        ws.column_dimensions[c].width = 10

    ws2 = wb.create_sheet("Kön sep 2025")
    ws2["A1"] = "Mottagare av bostadstillägg efter kön, september 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr = ["Kommunkod", "Kommun", "Kvinnor", "Män", "Totalt", "Andel kvinnor (%)"]
    for i, h in enumerate(hdr, 1):
        ws2.cell(3, i, h).font = bold
    r = 4
    lk = sum(v[0] for v in sex.values())
    lm = sum(v[1] for v in sex.values())
    rows = [("13", "Hallands län", lk, lm, lk + lm)] + [(c, kom[c][0], *sex[c]) for c in sorted(kom)]
    for code, name, k, m, t in rows:
        vals = [code, name, k, m, t, round(100 * k / t, 1)]
        for i, v in enumerate(vals, 1):
            ws2.cell(r, i, v)
        ws2.cell(r, 6).number_format = "0.0"
        if code == "13":
            for i in range(1, 7):
                ws2.cell(r, i).font = bold
        r += 1
    ws2.cell(r + 1, 1, "Uppgifter om kön för riket redovisas inte i detta utdrag.").font = Font(size=9, italic=True)
    ws2.column_dimensions["B"].width = 16
    ws2.column_dimensions["F"].width = 18
    wb.properties.created = wb.properties.modified = dt.datetime(2025, 11, 6, 8, 0)
    wb.properties.creator = CREATOR
    wb.save(path)


# =========================================================== 5. Göteborg feriejobb PDF
F5_AREAS = [  # name, sökande, erbjudna, påbörjade, tjejer bland påbörjade
    ("Nordost", 3412, 2630, 2398, 1249),
    ("Hisingen", 2655, 1740, 1566, 789),
    ("Sydväst", 1987, 1210, 1075, 535),
    ("Centrum", 1201, 640, 559, 300),
    ("Ej fastställt¹", 231, 120, 96, 46),
]
F5_EMP = [  # arbetsgivartyp, 16, 17, 18 år
    ("Stadens förvaltningar", 1120, 1034, 612),
    ("Kommunala bolag", 188, 241, 203),
    ("Idéburen sektor och föreningar", 602, 488, 215),
    ("Privata arbetsgivare", 311, 402, 278),
]


def data_f5():
    tot = tuple(sum(a[i] for a in F5_AREAS) for i in range(1, 5))
    emp_tot = tuple(sum(e[i] for e in F5_EMP) for i in range(1, 4))
    assert sum(emp_tot) == tot[2]
    return F5_AREAS, tot, F5_EMP, emp_tot


def write_f5(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Table, TableStyle, Paragraph
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    areas, tot, emp, emp_tot = data_f5()
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Feriejobb 2025 – uppföljning")
    c.setAuthor("Göteborgs Stad, Arbetsmarknad och vuxenutbildning")
    L = 56
    # running header
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(L, H - 36, "Göteborgs Stad · Arbetsmarknad och vuxenutbildning")
    c.drawRightString(W - L, H - 36, "Feriejobb 2025 – uppföljning")
    c.setStrokeColor(colors.HexColor("#0076BC"))
    c.line(L, H - 42, W - L, H - 42)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(L, H - 72, "4  Resultat per stadsområde")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=13)
    txt = (
        f"Sommaren 2025 sökte {sv(tot[0])} ungdomar feriejobb via staden, vilket är fler än 2024 då 8 947 ungdomar "
        f"sökte och 5 610 påbörjade ett feriejobb. I år påbörjade {sv(tot[2])} ungdomar sitt feriejobb. Flest sökande "
        "fanns precis som tidigare år i stadsområde Nordost, som också har den högsta andelen påbörjade i förhållande "
        "till antalet sökande. Kommunfullmäktiges mål för 2026 är 6 500 feriejobbsplatser. Tabell 4 redovisar "
        "sökande, erbjudna och påbörjade per stadsområde utifrån den sökandes folkbokföringsadress, och tabell 5 "
        "visar de påbörjade feriejobben efter arbetsgivartyp och ålder."
    )
    p = Paragraph(txt, body)
    pw, ph = p.wrap(W - 2 * L - 190, 300)
    p.drawOn(c, L, H - 90 - ph)
    # leader-dot key-figure box (right)
    bx, by, bw, bh = W - L - 175, H - 205, 175, 120
    c.setFillColor(colors.HexColor("#EEF5FB"))
    c.setStrokeColor(colors.HexColor("#0076BC"))
    c.rect(bx, by, bw, bh, stroke=1, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(bx + 8, by + bh - 15, "Feriejobb 2025 i siffror")
    tj = sum(a[4] for a in areas)
    kf = [("Sökande", sv(tot[0])), ("Erbjudna platser", sv(tot[1])), ("Påbörjade feriejobb", sv(tot[2])),
          ("Andel tjejer", dc(100 * tj / tot[2]) + " %"), ("Arbetsgivare", "412"),
          ("Mål 2026", "6 500 platser")]
    c.setFont("Helvetica", 8.5)
    y = by + bh - 32
    for lab, val in kf:
        lw = c.stringWidth(lab + " ", "Helvetica", 8.5)
        vw = c.stringWidth(" " + val, "Helvetica", 8.5)
        dw = c.stringWidth(".", "Helvetica", 8.5)
        n = int((bw - 16 - lw - vw) / dw)
        c.drawString(bx + 8, y, lab + " " + "." * n + " " + val)
        y -= 14
    # Tabell 4
    ty = H - 250
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(L, ty, "Tabell 4. Sökande, erbjudna och påbörjade feriejobb per stadsområde 2025")
    hdr = ["Stadsområde", "Sökande", "Erbjudna\nplatser", "Påbörjade", "Påbörjade\nav sökande (%)", "Andel tjejer av\npåbörjade (%)"]
    rows = [hdr, ["Hela staden", sv(tot[0]), sv(tot[1]), sv(tot[2]), dc(100 * tot[2] / tot[0]), dc(100 * tj / tot[2])]]
    for a in areas:
        rows.append([a[0], sv(a[1]), sv(a[2]), sv(a[3]), dc(100 * a[3] / a[1]), dc(100 * a[4] / a[3])])
    t = Table(rows, colWidths=[120, 58, 62, 62, 88, 92])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 8.5),
        ("FONT", (0, 2), (-1, -1), "Helvetica", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.3, colors.grey),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#EEF5FB")),
    ]))
    tw, th = t.wrap(0, 0)
    t.drawOn(c, L, ty - 8 - th)
    y = ty - 8 - th - 12
    c.setFont("Helvetica", 7.5)
    c.drawString(L, y, "¹ Sökande med skyddad folkbokföring eller ofullständig adress. Raderna är sorterade efter antal sökande.")
    c.drawString(L, y - 10, "Källa: Göteborgs Stad, ansökningssystemet för feriejobb, uttag 2025-09-15.")
    # Tabell 5
    ty2 = y - 42
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(L, ty2, "Tabell 5. Påbörjade feriejobb efter arbetsgivartyp och ålder 2025, antal")
    rows = [["Arbetsgivartyp", "16 år", "17 år", "18 år", "Totalt"]]
    for e in emp:
        rows.append([e[0], sv(e[1]), sv(e[2]), sv(e[3]), sv(e[1] + e[2] + e[3])])
    rows.append(["Totalt", sv(emp_tot[0]), sv(emp_tot[1]), sv(emp_tot[2]), sv(sum(emp_tot))])
    t2 = Table(rows, colWidths=[170, 60, 60, 60, 70])
    t2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -2), "Helvetica", 8.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
    ]))
    tw2, th2 = t2.wrap(0, 0)
    t2.drawOn(c, L, ty2 - 8 - th2)
    y = ty2 - 8 - th2 - 12
    c.setFont("Helvetica", 7.5)
    c.drawString(L, y, "Ålder avser det år ungdomen fyller under 2025. Feriejobb omfattar tre veckor à 30 timmar.")
    p2 = Paragraph(
        "Andelen påbörjade av de sökande var i år lägst i Centrum. En förklaring är att många sökande i Centrum "
        "tackade nej till erbjudna platser längre bort från bostaden. Till 2026 planeras fler platser hos privata "
        "arbetsgivare, som i år tog emot 17 procent av ungdomarna.", body)
    pw2, ph2 = p2.wrap(W - 2 * L, 200)
    p2.drawOn(c, L, y - 20 - ph2)
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, 30, "6")
    c.showPage()
    c.save()


# =========================================================== 6. AF etableringsprogrammet Värmland
VARMLAND = [("Arvika", 38, 31, 77), ("Eda", 9, 7, 21), ("Filipstad", 27, 22, 55), ("Forshaga", 6, 8, 18),
            ("Grums", 7, 4, 14), ("Hagfors", 16, 14, 26), ("Hammarö", 5, 6, 9), ("Karlstad", 142, 118, 284),
            ("Kil", 6, 9, 17), ("Kristinehamn", 41, 33, 81), ("Munkfors", 3, 6, 8), ("Storfors", 4, 3, 12),
            ("Sunne", 13, 12, 19), ("Säffle", 24, 17, 48), ("Torsby", 14, 11, 31), ("Årjäng", 11, 9, 16)]
RIKET6 = (12483, 10966, 26917)


def r10(x):
    return int((x + 5) // 10 * 10)


def show(x):
    if x == 0:
        return "0"
    if x < 5:
        return "<5"
    return str(r10(x))


def data_f6():
    lk = sum(v[1] for v in VARMLAND)
    lm = sum(v[2] for v in VARMLAND)
    l24 = sum(v[3] for v in VARMLAND)
    return VARMLAND, (lk, lm, l24)


def write_f6(path):
    rows, (lk, lm, l24) = data_f6()
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    buf.write("sep=;\r\n")
    w.writerow(["Deltagare i etableringsprogrammet per kommun, Värmlands län, september 2025"])
    w.writerow(["Arbetsförmedlingen, månadsstatistik. Publicerad 2025-10-14"])
    w.writerow([])
    w.writerow(["Kommun", "Kvinnor", "Män", "Totalt", "Totalt sep 2024", "Förändring (antal)", "Förändring (%)"])

    def line(name, k, m, t24):
        t = k + m
        ch = t - t24
        chs = ("+" if ch > 0 else ("-" if ch < 0 else "")) + str(r10(abs(ch)))
        if r10(abs(ch)) == 0:
            chs = "0"
        pct = 100 * ch / t24
        pcts = ("+" if pct > 0 else "-" if pct < 0 else "") + dc(abs(pct))
        w.writerow([name, show(k), show(m), show(t), show(t24), chs, pcts])

    for name, k, m, t24 in rows:
        line(name, k, m, t24)
    line("Värmlands län", lk, lm, l24)
    line("Riket", RIKET6[0], RIKET6[1], RIKET6[2])
    w.writerow([])
    for n in [
        "Antal deltagare den sista vardagen i månaden. Kommun = den kommun där deltagaren är folkbokförd.",
        "Alla antal är avrundade till närmaste tiotal. Totaler och förändringar är beräknade på oavrundade uppgifter och avrundade i efterhand; summan av delarna kan därför avvika från totalen.",
        "<5 = 1–4 personer. Förändring (%) är beräknad på oavrundade tal.",
        "Könsuppdelade uppgifter för september 2024 ingår inte i detta uttag.",
    ]:
        w.writerow([n])
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())


def main():
    if len(sys.argv) != 2:
        print(__doc__.splitlines()[2])
        sys.exit(1)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_f1(os.path.join(out, F1))
    write_f2(os.path.join(out, F2))
    write_f3(os.path.join(out, F3))
    write_f4(os.path.join(out, F4))
    write_f5(os.path.join(out, F5))
    write_f6(os.path.join(out, F6))
    for f in (F1, F2, F3, F4, F5, F6):
        print(os.path.join(out, f))


if __name__ == "__main__":
    main()
