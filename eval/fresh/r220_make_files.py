#!/usr/bin/env python3
"""Testomgång r220 (Västernorrland): skriver sex statistikfiler med påhittade men
rimliga siffror. Deterministiskt: ingen klocka, ingen slump, fast metadata.

Användning:  python r220_make_files.py OUT_DIR
"""
import io
import os
import re
import sys
import zipfile

FIXED_ZIP_TIME = (2024, 11, 8, 9, 0, 0)
FIXED_ISO = "2024-11-08T09:00:00Z"

KOMMUNER = [
    ("2260", "Ånge"), ("2262", "Timrå"), ("2280", "Härnösand"), ("2281", "Sundsvall"),
    ("2282", "Kramfors"), ("2283", "Sollefteå"), ("2284", "Örnsköldsvik"),
]


# ---------------------------------------------------------------- helpers
def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def normalise_xlsx(raw):
    """Skriv om zip-arkivet med fasta tidsstämplar och fast core.xml."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def save_wb(wb, path, title, creator):
    import datetime as _dt
    fixed = _dt.datetime(2024, 11, 8, 9, 0, 0)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    write_bytes(path, normalise_xlsx(buf.getvalue()))


class LCG:
    """Egen deterministisk talföljd (oberoende av Python-version)."""

    def __init__(self, seed):
        self.s = seed

    def next(self):
        self.s = (1103515245 * self.s + 12345) % (2 ** 31)
        return self.s

    def below(self, n):
        return (self.next() >> 8) % n


# ------------------------------------------------ 1. FK stordator-CSV (ASCII)
def file1_fk(out):
    """Sjukpenningtal dec 2022-2024. Gammal stordatorexport: VERSALER utan å/ä/ö,
    utfyllda fält, KON kodat 1/2/'1+2', riket och län blandat med kommuner."""
    ascii_name = {"00": "RIKET", "22": "VASTERNORRLANDS LAN", "2260": "ANGE",
                  "2262": "TIMRA", "2280": "HARNOSAND", "2281": "SUNDSVALL",
                  "2282": "KRAMFORS", "2283": "SOLLEFTEA", "2284": "ORNSKOLDSVIK"}
    # (K, M) sjukpenningtal per år
    tal = {
        "00":   {2022: (12.3, 6.9), 2023: (12.6, 7.1), 2024: (12.4, 7.0)},
        "2260": {2022: (17.9, 10.2), 2023: (18.6, 10.9), 2024: (19.4, 11.3)},
        "2262": {2022: (15.6, 8.8), 2023: (15.9, 9.1), 2024: (15.3, 9.4)},
        "2280": {2022: (15.1, 8.9), 2023: (15.8, 9.0), 2024: (16.2, 8.8)},
        "2281": {2022: (12.1, 6.8), 2023: (12.4, 7.0), 2024: (12.7, 7.2)},
        "2282": {2022: (18.3, 9.9), 2023: (18.1, 10.4), 2024: (18.9, 10.1)},
        "2283": {2022: (17.2, 10.8), 2023: (17.7, 11.2), 2024: (17.5, 11.6)},
        "2284": {2022: (12.6, 6.9), 2023: (12.9, 7.1), 2024: (13.1, 7.3)},
    }
    # försäkrade 16-64 per kön (K, M)
    fors = {"00": (3195000, 3390000), "2260": (2310, 2540), "2262": (5010, 5330),
            "2280": (6920, 7280), "2281": (29850, 31420), "2282": (4690, 5010),
            "2283": (4880, 5220), "2284": (16080, 17010)}
    kommun_koder = ["2260", "2262", "2280", "2281", "2282", "2283", "2284"]

    def tot_tal(k, m, fk, fm):
        return round((k * fk + m * fm) / (fk + fm) + 1e-9, 1)

    # län = försäkringsvägt snitt av kommunerna
    tal["22"] = {}
    fors["22"] = (sum(fors[c][0] for c in kommun_koder), sum(fors[c][1] for c in kommun_koder))
    for ar in (2022, 2023, 2024):
        k = sum(tal[c][ar][0] * fors[c][0] for c in kommun_koder) / fors["22"][0]
        m = sum(tal[c][ar][1] * fors[c][1] for c in kommun_koder) / fors["22"][1]
        tal["22"][ar] = (round(k + 1e-9, 1), round(m + 1e-9, 1))

    def fall(rate, n):
        return int(round(n * rate / 330.0))

    lines = ['"REGIONKOD","REGION              ","KON(1=MAN,2=KVINNA)","AR  ","SJPTAL","PAG_SJFALL"']
    for kod in ["00", "22"] + kommun_koder:
        for ar in (2022, 2023, 2024):
            k, m = tal[kod][ar]
            fk, fm = fors[kod]
            if kod == "22":
                nk = sum(fall(tal[c][ar][0], fors[c][0]) for c in kommun_koder)
                nm = sum(fall(tal[c][ar][1], fors[c][1]) for c in kommun_koder)
            else:
                nk, nm = fall(k, fk), fall(m, fm)
            rows = [("1", m, nm), ("2", k, nk), ("1+2", tot_tal(k, m, fk, fm), nk + nm)]
            for kon, v, n in rows:
                lines.append('"%-4s","%-20s","%-3s","%d",%6.1f,%10d'
                             % (kod, ascii_name[kod], kon, ar, v, n))
    data = ("\r\n".join(lines) + "\r\n").encode("ascii")
    write_bytes(os.path.join(out, "fk_sjpt_ym22_dec2022_2024.csv"), data)


# ---------------------------------- 2. Rapportgenerator-export (grupperad)
PROGRAM = ["Arbetsmarknadsutbildning", "Arbetspraktik", "Förberedande utbildning",
           "Jobb- och utvecklingsgarantin", "Jobbgarantin för ungdomar",
           "Stöd och matchning", "Etableringsprogrammet"]
AF_PROG = {  # (kvinnor, män); saknat program = ingen rad
    "Ånge": {0: (6, 14), 1: (5, 7), 3: (31, 38), 4: (4, 9), 5: (12, 15), 6: (8, 6)},
    "Timrå": {0: (11, 24), 1: (9, 12), 2: (7, 6), 3: (52, 61), 4: (10, 17), 5: (28, 33), 6: (14, 11)},
    "Härnösand": {0: (15, 29), 1: (12, 10), 2: (11, 9), 3: (68, 74), 4: (13, 19), 5: (37, 35), 6: (41, 30)},
    "Sundsvall": {0: (58, 112), 1: (40, 47), 2: (36, 31), 3: (265, 298), 4: (49, 71), 5: (160, 174), 6: (97, 82)},
    "Kramfors": {0: (9, 21), 1: (8, 9), 2: (6, 4), 3: (49, 57), 4: (7, 14), 5: (22, 26), 6: (23, 19)},
    "Sollefteå": {0: (10, 19), 1: (6, 11), 3: (55, 60), 4: (8, 12), 5: (25, 23), 6: (29, 25)},
    "Örnsköldsvik": {0: (27, 55), 1: (19, 25), 2: (15, 14), 3: (118, 134), 4: (21, 36), 5: (71, 80), 6: (44, 37)},
}


def file2_af(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    bold = Font(bold=True)
    r = 1

    def page_header(page):
        nonlocal r
        ws.cell(r, 1, "Deltagare i arbetsmarknadspolitiska program efter kommun och program").font = bold
        r += 1
        ws.cell(r, 1, "Västernorrlands län, oktober 2024 (antal personer vid månadens slut)")
        r += 1
        ws.cell(r, 1, "Rapport: DELT_PROG_KN   Utskriven 2024-11-08 08:14   Sida %d av 2" % page)
        r += 1
        r += 1
        for c, h in enumerate(["Kommun", "Program", "Kvinnor", "Män", "Totalt"], 1):
            ws.cell(r, c, h).font = bold
        r += 1

    page_header(1)
    gk = gm = 0
    for i, (kod, namn) in enumerate(KOMMUNER):
        if i == 4:  # sidbrytning från rapportgeneratorn
            r += 1
            page_header(2)
        ws.cell(r, 1, "Kommun: %s %s" % (kod, namn)).font = bold
        r += 1
        sk = sm = 0
        for p in sorted(AF_PROG[namn]):
            k, m = AF_PROG[namn][p]
            ws.cell(r, 2, PROGRAM[p])
            ws.cell(r, 3, k)
            ws.cell(r, 4, m)
            ws.cell(r, 5, k + m)
            sk += k
            sm += m
            r += 1
        ws.cell(r, 1, "Summa %s %s" % (kod, namn)).font = bold
        ws.cell(r, 3, sk).font = bold
        ws.cell(r, 4, sm).font = bold
        ws.cell(r, 5, sk + sm).font = bold
        gk += sk
        gm += sm
        r += 2
    ws.cell(r, 1, "Totalsumma Västernorrlands län").font = bold
    ws.cell(r, 3, gk).font = bold
    ws.cell(r, 4, gm).font = bold
    ws.cell(r, 5, gk + gm).font = bold
    r += 2
    ws.cell(r, 1, "En person räknas en gång per program. Program utan deltagare i kommunen redovisas inte.")
    r += 1
    ws.cell(r, 1, "Källa: Arbetsförmedlingen, uttag ur rapportgenerator 2024-11-08.")
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 32
    save_wb(wb, os.path.join(out, "AF_deltagare_program_kommun_2024-10.xlsx"),
            "Deltagare i program oktober 2024", "Arbetsförmedlingen Rapportgenerator")


# ------------------------------------------- 3. Skolverket skolenhetsnivå
SKOLOR = [  # kommun, skolenhet, huvudman, antal elever åk 9, andel behöriga yrkesprogram, meritvärde
    ("Ånge", "Ånge skola 7–9", "Kommunal", 78, "74,4", 201.3),
    ("Ånge", "Fränsta skola", "Kommunal", 24, "79,2", 207.9),
    ("Ånge", "Ljungaverks skola", "Kommunal", 8, "..", ".."),
    ("Timrå", "Vivstavarvsskolan", "Kommunal", 131, "84,7", 214.6),
    ("Timrå", "Sörbergeskolan", "Kommunal", 96, "80,2", 206.1),
    ("Timrå", "Ljustorps skola", "Kommunal", 7, "..", ".."),
    ("Härnösand", "Brännaskolan", "Kommunal", 118, "85,6", 219.8),
    ("Härnösand", "Älandsbro skola", "Kommunal", 41, "87,8", 223.4),
    ("Härnösand", "Thorenskolan Härnösand", "Enskild", 62, "~100", 251.2),
    ("Sundsvall", "Kvissleby skola", "Kommunal", 104, "83,7", 212.5),
    ("Sundsvall", "Bergsåkers skola", "Kommunal", 88, "89,8", 228.9),
    ("Sundsvall", "Nackstaskolan", "Kommunal", 121, "76,0", 197.6),
    ("Sundsvall", "Skönsmons skola", "Kommunal", 97, "78,4", 203.0),
    ("Sundsvall", "Hagaskolan", "Kommunal", 142, "91,5", 236.7),
    ("Sundsvall", "Ljustadalens skola", "Kommunal", 9, "..", ".."),
    ("Sundsvall", "Internationella Engelska Skolan Sundsvall", "Enskild", 180, "~100", 262.4),
    ("Sundsvall", "Kunskapsskolan Sundsvall", "Enskild", 74, "93,2", 241.8),
    ("Sundsvall", "Montessoriskolan Tallbacken", "Enskild", 21, "90,5", 232.1),
    ("Kramfors", "Gudmundråskolan", "Kommunal", 112, "81,3", 209.4),
    ("Kramfors", "Bjärtrå skola", "Kommunal", 29, "86,2", 218.0),
    ("Kramfors", "Nylandsskolan", "Kommunal", 35, ".", "."),
    ("Sollefteå", "Nipanskolan", "Kommunal", 138, "82,6", 211.2),
    ("Sollefteå", "Långsele skola", "Kommunal", 27, "77,8", 199.5),
    ("Sollefteå", "Ramsele skola", "Kommunal", 6, "..", ".."),
    ("Örnsköldsvik", "Parkskolan", "Kommunal", 156, "92,3", 233.6),
    ("Örnsköldsvik", "Gullängsskolan", "Kommunal", 143, "86,7", 221.9),
    ("Örnsköldsvik", "Bredbyskolan", "Kommunal", 33, "~100", 244.7),
    ("Örnsköldsvik", "Husums skola", "Kommunal", 9, "..", ".."),
    ("Örnsköldsvik", "Nolaskolan", "Kommunal", 80, "90,0", 229.3),
    ("Örnsköldsvik", "Friskolan Kvarnen", "Enskild", 48, "~100", 248.0),
]


def file3_skolverket(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    kod = {n: k for k, n in KOMMUNER}
    wb = Workbook()
    ws = wb.active
    ws.title = "Skolenhet"
    ws["A1"] = "Slutbetyg i årskurs 9, läsåret 2023/24"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Skolenhetsnivå. Län: Västernorrlands län. Samtliga huvudmän."
    ws["A3"] = "Källa: Skolverket, uttag 2024-10-15"
    hdr = ["Skolkommun", "Kommunkod", "Skolenhet", "Skolenhetskod", "Huvudman",
           "Antal elever i åk 9", "Andel (%) behöriga till yrkesprogram",
           "Genomsnittligt meritvärde (17 ämnen)"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = Font(bold=True)
    r = 6
    for i, (kn, skola, hm, n, andel, merit) in enumerate(SKOLOR):
        ws.cell(r, 1, kn)
        ws.cell(r, 2, kod[kn])
        ws.cell(r, 3, skola)
        ws.cell(r, 4, str(41538102 + i * 7919)[:8])
        ws.cell(r, 5, hm)
        ws.cell(r, 6, n)
        ws.cell(r, 7, andel)          # text: decimalkomma, ~100, .., .
        ws.cell(r, 8, merit)
        r += 1
    # länsrad (viktad, avrundad) längst ned
    tot_n = sum(s[3] for s in SKOLOR)
    ws.cell(r, 1, "Västernorrlands län")
    ws.cell(r, 2, "22")
    ws.cell(r, 3, "Samtliga skolenheter i länet")
    ws.cell(r, 5, "Samtliga")
    ws.cell(r, 6, tot_n)
    ws.cell(r, 7, "85,9")
    ws.cell(r, 8, 224.6)
    r += 2
    notes = [
        "Förklaringar:",
        ".  = Uppgift saknas.",
        ".. = Uppgiften har färre än 10 elever i nämnaren och redovisas inte.",
        "~100 = Andelen ligger mellan 95 och 100 procent och redovisas inte exakt av integritetsskäl.",
        "Länsraden avser samtliga elever i länet, även elever vid skolenheter med prickade uppgifter.",
    ]
    for t in notes:
        ws.cell(r, 1, t)
        r += 1
    ws.column_dimensions["C"].width = 42
    save_wb(wb, os.path.join(out, "skolverket_slutbetyg_ak9_skolenhet_2024.xlsx"),
            "Slutbetyg åk 9 2023/24", "Skolverket")


# ------------------------------------------------ 4. PDF nyinskrivna
NYINSKR = [  # namn, 2022, 2023, 2024 jan-jun, befolkning 16-64 år 2023
    ("Ånge", 312, 298, 171, 4850),
    ("Timrå", 702, 745, 402, 10350),
    ("Härnösand", 1046, 1118, 587, 14200),
    ("Sundsvall", 4812, 4655, 2390, 61300),
    ("Kramfors", 688, 731, 368, 9700),
    ("Sollefteå", 654, 702, 349, 10100),
    ("Örnsköldsvik", 2104, 2261, 1228, 33100),
]
RIKET_NY = ("Riket", 412380, 436905, 241530, 6650000)


def sv_int(n):
    s = "{:,}".format(n).replace(",", " ")
    return s


def sv_dec(x):
    return ("%.1f" % x).replace(".", ",")


def file4_pdf(out):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    path = os.path.join(out, "Nyinskrivna_Vnorrland_rapport_2024H1.pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Nyinskrivna arbetssökande i Västernorrland")
    c.setAuthor("Arbetsförmedlingen Analys, region Mitt")
    c.setCreator("Rapportmall v3")
    c.setSubject("Regional uppföljning")
    W, H = A4
    y = H - 70
    c.setFont("Helvetica-Bold", 15)
    c.drawString(60, y, "Nyinskrivna arbetssökande i Västernorrlands län")
    y -= 22
    c.setFont("Helvetica", 10)
    for t in ["Som nyinskriven räknas en person som skrivs in som arbetssökande och inte",
              "har varit inskriven under de närmast föregående 180 dagarna. Tabellen visar",
              "antal nyinskrivna per kommun samt antal per 1 000 invånare 16–64 år."]:
        c.drawString(60, y, t)
        y -= 14
    y -= 12
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, y, "Tabell 1. Nyinskrivna arbetssökande efter kommun")
    y -= 20
    # kolumner tätt satta, högerjusterade
    xs = [60, 232, 282, 332, 400]
    c.setFont("Helvetica-Bold", 9)
    c.drawString(xs[0], y, "Kommun")
    c.drawRightString(xs[1], y, "2022")
    c.drawRightString(xs[2], y, "2023")
    c.drawRightString(xs[3] - 3, y, "2024")
    c.setFont("Helvetica-Bold", 6)
    c.drawString(xs[3] - 3, y + 4, "1")
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(xs[4], y + 9, "Per 1 000 inv.")
    c.drawRightString(xs[4], y, "16–64 år, 2023")
    y -= 5
    c.line(60, y, 405, y)
    y -= 13
    c.setFont("Helvetica", 9)
    lan = ["Västernorrlands län",
           sum(r[1] for r in NYINSKR), sum(r[2] for r in NYINSKR),
           sum(r[3] for r in NYINSKR), sum(r[4] for r in NYINSKR)]
    for i, row in enumerate(NYINSKR + [tuple(lan), RIKET_NY]):
        namn, a, b, h1, pop = row
        if i == len(NYINSKR):
            c.line(60, y + 9, 405, y + 9)
            c.setFont("Helvetica-Bold", 9)
        if i == len(NYINSKR) + 1:
            c.setFont("Helvetica", 9)
        # en textrad per tabellrad (som när en ordbehandlare skriver ut en tabell)
        font = "Helvetica-Bold" if i == len(NYINSKR) else "Helvetica"
        cells = [sv_int(a), sv_int(b), sv_int(h1), sv_dec(round(b / pop * 1000 + 1e-9, 1))]
        t = c.beginText(xs[0], y)
        t.setFont(font, 9)
        t.textOut(namn)
        cur = xs[0] + c.stringWidth(namn, font, 9)
        for xr, txt in zip(xs[1:], cells):
            x0 = xr - c.stringWidth(txt, font, 9)
            t.moveCursor(x0 - cur, 0)
            t.textOut(txt)
            cur = xr
        c.drawText(t)
        y -= 14
    c.line(60, y + 9, 405, y + 9)
    y -= 6
    c.setFont("Helvetica", 8)
    c.drawString(60, y, "1) Avser januari–juni 2024. Helårsuppgift för 2024 publiceras i februari 2025.")
    y -= 11
    c.drawString(60, y, "Källa: Arbetsförmedlingen (inskrivningsstatistik) och SCB (befolkning 31 dec 2023).")
    y -= 30
    c.setFont("Helvetica", 10)
    for t in ["Antalet nyinskrivna i länet ökade mellan 2022 och 2023, främst i Örnsköldsvik och",
              "Härnösand. Sundsvall är den enda kommunen där antalet minskade."]:
        c.drawString(60, y, t)
        y -= 14
    c.setFont("Helvetica", 8)
    c.drawString(60, 40, "Arbetsförmedlingen Analys | Regional uppföljning Västernorrland | Sida 1")
    c.showPage()
    c.save()


# ------------------------------------------- 5. Register med upprepade kolumngrupper
INSATSER = ["Coachning", "Studiemotiverande kurs", "Praktik", "Arbetsträning", "Språkstöd"]


def add_days(y, m, d, n):
    mdays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]  # 2024 skottår
    d += n
    while d > mdays[m - 1]:
        d -= mdays[m - 1]
        m += 1
        if m > 12:
            return None
    return (y, m, d)


def register_rows():
    g = LCG(220)
    fordelning = [("Ånge", 5), ("Timrå", 8), ("Härnösand", 9), ("Sundsvall", 22),
                  ("Kramfors", 8), ("Sollefteå", 7), ("Örnsköldsvik", 13)]
    kommuner = []
    for namn, n in fordelning:
        kommuner += [namn] * n
    # blanda deterministiskt så att raderna inte ligger sorterade på kommun
    order = sorted(range(len(kommuner)), key=lambda i: (i * 37) % 72)
    kommuner = [kommuner[i] for i in order]
    rows = []
    for i, kn in enumerate(kommuner):
        kon = "K" if g.below(100) < 46 else "M"
        alder = 16 + g.below(14)
        antal = 1 + (g.below(10) >= 4) + (g.below(10) >= 7)
        dt = (2024, 1 + g.below(9), 1 + g.below(28))
        ins = []
        for j in range(antal):
            typ = INSATSER[g.below(5)]
            ins.append((typ, "%04d-%02d-%02d" % dt))
            nd = add_days(dt[0], dt[1], dt[2], 25 + g.below(70))
            if nd is None:
                break
            dt = nd
        rows.append(("U24-%03d" % (i + 1), kn, kon, alder, ins))
    return rows


def file5_register(out):
    hdr = ["Löpnr", "Kommun", "Kön", "Ålder", "Insats 1", "Startdatum 1",
           "Insats 2", "Startdatum 2", "Insats 3", "Startdatum 3"]
    lines = [",".join(hdr)]
    for lop, kn, kon, alder, ins in register_rows():
        cells = [lop, kn, kon, str(alder)]
        for j in range(3):
            if j < len(ins):
                cells += [ins[j][0], ins[j][1]]
            else:
                cells += ["", ""]
        lines.append(",".join(cells))
    data = "\ufeff" + "\r\n".join(lines) + "\r\n"
    write_bytes(os.path.join(out, "unga_kommunala_insatser_2024.csv"), data.encode("utf-8"))


# ------------------------------------------- 6. Arbetsbok med dolt första blad
NYF = {  # namn: (2022 antal, folkm 2022, 2023 antal, folkm 2023, prel 2023 antal)
    "Ånge": (52, 9160, 48, 9072, 47),
    "Timrå": (117, 18210, 121, 18130, 118),
    "Härnösand": (175, 24960, 168, 24880, 159),
    "Sundsvall": (839, 99280, 812, 99450, 771),
    "Kramfors": (98, 17950, 104, 17820, 101),
    "Sollefteå": (126, 19100, 131, 18950, 127),
    "Örnsköldsvik": (441, 56050, 455, 56100, 452),
}


def file6_nyforetag(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Prel 2023"
    wsa = wb.create_sheet("2023")
    wsb = wb.create_sheet("2022")
    wsk = wb.create_sheet("Källa")

    def fill(ws, titel, idx_n, idx_pop, note):
        ws["A1"] = titel
        ws["A1"].font = Font(bold=True, size=12)
        hdr = ["Kommun", "Kommunkod", "Nystartade företag, antal", "Folkmängd 31 dec",
               "Nystartade per 1 000 invånare"]
        for c, h in enumerate(hdr, 1):
            ws.cell(3, c, h).font = Font(bold=True)
        r = 4
        sn = sp = 0
        for kod, namn in KOMMUNER:
            n = NYF[namn][idx_n]
            p = NYF[namn][idx_pop]
            ws.cell(r, 1, namn)
            ws.cell(r, 2, kod)
            ws.cell(r, 3, n)
            ws.cell(r, 4, p)
            ws.cell(r, 5, round(n / p * 1000, 2))
            ws.cell(r, 5).number_format = "0.0"
            sn += n
            sp += p
            r += 1
        ws.cell(r, 1, "Västernorrlands län").font = Font(bold=True)
        ws.cell(r, 2, "22")
        ws.cell(r, 3, sn)
        ws.cell(r, 4, sp)
        ws.cell(r, 5, round(sn / sp * 1000, 2))
        ws.cell(r, 5).number_format = "0.0"
        ws.cell(r + 2, 1, note)
        ws.column_dimensions["A"].width = 22
        for col in "CDE":
            ws.column_dimensions[col].width = 18

    fill(ws0, "Nystartade företag 2023 – PRELIMINÄRA uppgifter (utkast)", 4, 3,
         "Preliminärt uttag 2024-04-02. Ersätts av bladet 2023.")
    fill(wsa, "Nystartade företag 2023", 2, 3,
         "Slutliga uppgifter, publicerade 2024-09-20.")
    fill(wsb, "Nystartade företag 2022", 0, 1,
         "Slutliga uppgifter.")
    wsk["A1"] = "Källa: Tillväxtanalys (nystartade företag) och SCB (folkmängd)."
    wsk["A2"] = "Bearbetning: Region Västernorrland, enheten för regional utveckling."
    ws0.sheet_state = "hidden"
    wb.active = 1
    ws0.sheet_view.tabSelected = False
    wsa.sheet_view.tabSelected = True
    save_wb(wb, os.path.join(out, "Nyforetagande_kommuner_Y.xlsx"),
            "Nystartade företag per kommun", "Region Västernorrland")


def main():
    if len(sys.argv) != 2:
        sys.exit("Användning: python r220_make_files.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    file1_fk(out)
    file2_af(out)
    file3_skolverket(out)
    file4_pdf(out)
    file5_register(out)
    file6_nyforetag(out)


if __name__ == "__main__":
    main()
