#!/usr/bin/env python3
"""r222 – testfiler för statistikfrågor, Västra Götaland (påhittade men rimliga siffror).

Användning:  python r222_make_files.py OUT_DIR

Deterministiskt: ingen klocka, ingen slump, fasta metadata i PDF/XLSX.
Skriver sex filer:
  1. AF_inskrivna_arbetslosa_VG_dec2024.csv        – fastbreddsrapport ("utskrift till fil") sparad som .csv
  2. kolada_api_ungdomsarbetsloshet_flat.csv         – Kolada-API-svar plattat med json_normalize (values.0.gender …)
  3. ekonomiskt_bistand_hushall_verksamhetsar.xlsx  – månadskolumner jul–jun (verksamhetsår), år bara i bladnamnet
  4. pendlingsmatris_GR_2023.xlsx                     – origin–destination-matris bostadskommun × arbetsställekommun
  5. kommunfakta_arbetsmarknad_Fyrbodal_dec2024.pdf  – faktarutor i rutnät 3 i bredd (textutdrag blandar kommuner)
  6. kaa_deltagarregister_2024.csv                    – huvud/detalj-export med posttyp P/I, dubbeltydiga kolumner
"""
import io
import os
import re
import sys
import zipfile

# ---------------------------------------------------------------------------
# Grunddata
# ---------------------------------------------------------------------------
# kod, kommun, registerbaserad arbetskraft 16–64 (ungefärlig), andel dec 2023, andel dec 2024
AF = [
    ("1401", "Härryda", 18739, 4.09, 4.2), ("1402", "Partille", 18092, 3.56, 4.1),
    ("1407", "Öckerö", 6081, 2.78, 2.6), ("1415", "Stenungsund", 13133, 3.21, 3.5),
    ("1419", "Tjörn", 7529, 4.65, 4.7), ("1421", "Orust", 6957, 4.76, 5.0),
    ("1427", "Sotenäs", 4365, 7.04, 6.9), ("1430", "Munkedal", 4846, 2.99, 3.3),
    ("1435", "Tanum", 6189, 5.41, 5.3), ("1438", "Dals-Ed", 2224, 3.35, 3.9),
    ("1439", "Färgelanda", 3131, 7.78, 8.1), ("1440", "Ale", 15523, 5.70, 5.7),
    ("1441", "Lerum", 20871, 5.01, 5.7), ("1442", "Vårgårda", 5581, 5.06, 5.5),
    ("1443", "Bollebygd", 4716, 3.50, 3.5), ("1444", "Grästorp", 2695, 3.47, 3.3),
    ("1445", "Essunga", 2719, 6.15, 6.7), ("1446", "Karlsborg", 3265, 6.59, 6.8),
    ("1447", "Gullspång", 2404, 7.71, 8.4), ("1452", "Tranemo", 5813, 6.41, 6.6),
    ("1460", "Bengtsfors", 4348, 8.27, 8.6), ("1461", "Mellerud", 4179, 7.89, 7.8),
    ("1462", "Lilla Edet", 6655, 5.03, 5.6), ("1463", "Mark", 16108, 4.02, 4.0),
    ("1465", "Svenljunga", 5302, 5.15, 5.2), ("1466", "Herrljunga", 4590, 3.68, 3.5),
    ("1470", "Vara", 7371, 5.77, 6.3), ("1471", "Götene", 5881, 6.50, 6.8),
    ("1472", "Tibro", 5133, 6.33, 6.3), ("1473", "Töreboda", 4465, 3.72, 4.0),
    ("1480", "Göteborg", 285544, 6.68, 7.2), ("1481", "Mölndal", 33304, 5.54, 5.9),
    ("1482", "Kungälv", 22231, 5.16, 5.5), ("1484", "Lysekil", 6596, 4.96, 4.8),
    ("1485", "Uddevalla", 26212, 7.79, 7.6), ("1486", "Strömstad", 6150, 3.35, 3.6),
    ("1487", "Vänersborg", 18908, 7.93, 7.9), ("1488", "Trollhättan", 28110, 8.64, 9.4),
    ("1489", "Alingsås", 18972, 5.64, 5.7), ("1490", "Borås", 54077, 7.21, 7.7),
    ("1491", "Ulricehamn", 11356, 3.10, 3.6), ("1492", "Åmål", 6099, 8.66, 8.9),
    ("1493", "Mariestad", 11720, 3.24, 3.8), ("1494", "Lidköping", 18583, 5.13, 5.2),
    ("1495", "Skara", 9001, 6.25, 6.9), ("1496", "Skövde", 26548, 6.30, 6.4),
    ("1497", "Hjo", 4204, 6.13, 6.0), ("1498", "Tidaholm", 6145, 4.78, 5.5),
    ("1499", "Falköping", 16145, 4.84, 5.0),
]


def af_table():
    """Returnerar {kommun: (antal23, andel23, antal24, andel24)}; arbetskraften växer 1 % mellan åren."""
    out = {}
    for code, name, ak, r23, r24 in AF:
        ak23 = int(round(ak * 0.99))
        ak24 = ak
        n23 = int(round(ak23 * r23 / 100.0))
        n24 = int(round(ak24 * r24 / 100.0))
        out[name] = (n23, round(100.0 * n23 / ak23, 1), n24, round(100.0 * n24 / ak24, 1), ak23, ak24)
    return out


SV_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "Å": "{", "Ä": "|", "Ö": "}"})


def sv_key(s):
    return s.lower().translate(SV_ORDER)


def sv_int(n):
    """Heltal med vanligt mellanslag som tusentalsavgränsare ('21 930')."""
    s = "%d" % abs(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return ("-" if n < 0 else "") + " ".join(parts)


def sv_dec(x, nd=1):
    return ("%.*f" % (nd, x)).replace(".", ",")


# ---------------------------------------------------------------------------
# Fil 1: fastbreddsrapport sparad som .csv
# ---------------------------------------------------------------------------
def write_af_fixed(out_dir):
    t = af_table()
    names = sorted(t, key=sv_key)
    W = [24, 9, 9, 9, 9, 11]
    lines = []
    lines.append("ARBETSFÖRMEDLINGEN  Analysavdelningen" + " " * 30 + "Sida   1")
    lines.append("Rapport AMS-K14  Inskrivna arbetslösa 16-64 år per kommun, Västra Götalands län")
    lines.append("Andel = procent av den registerbaserade arbetskraften 16-64 år.  Avser sista vardagen i månaden.")
    lines.append("")
    h1 = "Kommun".ljust(W[0]) + "dec 2023".center(W[1] + W[2]) + "dec 2024".center(W[3] + W[4]) + "Förändr.".rjust(W[5])
    h2 = "".ljust(W[0]) + "Antal".rjust(W[1]) + "Andel %".rjust(W[2]) + "Antal".rjust(W[3]) + "Andel %".rjust(W[4]) + "antal".rjust(W[5])
    lines.append(h1)
    lines.append(h2)
    lines.append("-" * sum(W))
    tot23 = tot24 = ak23 = ak24 = 0
    for n in names:
        n23, a23, n24, a24, k23, k24 = t[n]
        tot23 += n23; tot24 += n24; ak23 += k23; ak24 += k24
        lines.append(n.ljust(W[0]) + sv_int(n23).rjust(W[1]) + sv_dec(a23).rjust(W[2]) + sv_int(n24).rjust(W[3])
                     + sv_dec(a24).rjust(W[4]) + sv_int(n24 - n23).rjust(W[5]))
    lines.append("-" * sum(W))
    lines.append("Västra Götalands län".ljust(W[0]) + sv_int(tot23).rjust(W[1]) + sv_dec(100.0 * tot23 / ak23).rjust(W[2])
                 + sv_int(tot24).rjust(W[3]) + sv_dec(100.0 * tot24 / ak24).rjust(W[4]) + sv_int(tot24 - tot23).rjust(W[5]))
    lines.append("")
    lines.append("Källa: Arbetsförmedlingen. Uttag ur rapportgeneratorn, utskrift till fil.")
    with open(os.path.join(out_dir, "AF_inskrivna_arbetslosa_VG_dec2024.csv"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# Fil 2: Kolada-API plattat (json_normalize-stil)
# ---------------------------------------------------------------------------
KOLADA_IDS = {
    "Bollebygd": "1443", "Borås": "1490", "Herrljunga": "1466", "Mark": "1463", "Svenljunga": "1465",
    "Tranemo": "1452", "Ulricehamn": "1491", "Vårgårda": "1442", "Essunga": "1445", "Falköping": "1499",
    "Grästorp": "1444", "Gullspång": "1447", "Götene": "1471", "Hjo": "1497", "Karlsborg": "1446",
    "Lidköping": "1494", "Mariestad": "1493", "Skara": "1495", "Skövde": "1496", "Tibro": "1472",
    "Tidaholm": "1498", "Töreboda": "1473", "Vara": "1470",
}
# ungdomar 18–24 (T, K, M) per år 2022, 2023, 2024; None = Missing
YOUTH = {
    "Bollebygd": [(5.8, 4.7, 6.9), (5.8, 4.8, 6.8), (5.9, 4.9, 6.9)],
    "Borås": [(9.1, 7.9, 10.3), (9.8, 8.7, 10.9), (10.9, 9.9, 11.9)],
    "Herrljunga": [(8.8, 6.6, 11.0), (9.7, 8.7, 10.7), (9.1, 7.9, 10.3)],
    "Mark": [(6.0, 4.5, 7.5), (5.6, 4.8, 6.4), (6.9, 5.9, 7.9)],
    "Svenljunga": [(8.0, 7.0, 9.0), (8.7, 7.5, 9.9), (8.3, 6.9, 9.7)],
    "Tranemo": [(7.5, 6.6, 8.4), (7.4, 5.7, 9.1), (8.7, 8.0, 9.4)],
    "Ulricehamn": [(5.0, 3.3, 6.7), (5.3, 3.6, 7.0), (6.0, 4.3, 7.7)],
    "Vårgårda": [(6.0, 5.4, 6.6), (6.4, 4.4, 8.4), (7.1, 6.3, 7.9)],
    "Essunga": [(6.5, None, None), (7.4, None, None), (6.6, None, None)],
    "Falköping": [(9.9, 8.0, 11.8), (9.7, 8.5, 10.9), (11.0, 9.4, 12.6)],
    "Grästorp": [(7.7, None, None), (7.5, 5.4, 9.6), (8.8, None, None)],
    "Gullspång": [(12.1, 11.2, 13.0), (12.8, None, None), (13.9, None, None)],
    "Götene": [(9.2, 8.2, 10.2), (9.9, 8.4, 11.4), (9.5, 7.9, 11.1)],
    "Hjo": [(8.6, 6.7, 10.5), (8.6, 6.8, 10.4), (9.4, 7.3, 11.5)],
    "Karlsborg": [(10.1, 8.9, 11.3), (10.5, 8.8, 12.2), (10.2, 8.9, 11.5)],
    "Lidköping": [(9.1, 7.6, 10.6), (9.3, 7.1, 11.5), (9.4, 7.5, 11.3)],
    "Mariestad": [(5.4, 4.7, 6.1), (6.3, 4.2, 8.4), (6.0, 4.2, 7.8)],
    "Skara": [(9.3, 8.3, 10.3), (10.3, 8.9, 11.7), (9.6, 8.8, 10.4)],
    "Skövde": [(7.4, 5.8, 9.0), (7.9, 6.7, 9.1), (8.7, 7.6, 9.7)],
    "Tibro": [(10.9, 9.7, 12.1), (11.5, 10.7, 12.3), (12.6, 10.9, 14.3)],
    "Tidaholm": [(9.9, 8.0, 11.8), (10.1, 9.1, 11.1), (10.7, 6.8, 14.6)],
    "Töreboda": [(6.4, 4.9, 7.9), (7.2, 5.9, 8.5), (7.4, 5.8, 9.0)],
    "Vara": [(9.6, 8.7, 10.5), (9.7, 9.0, 10.4), (10.1, 9.0, 11.2)],
    "Västra Götalands län": [(7.6, 6.5, 8.7), (8.0, 6.9, 9.1), (8.6, 7.4, 9.8)],
    "Riket": [(7.9, 6.8, 9.0), (8.2, 7.1, 9.3), (8.8, 7.6, 10.0)],
}
# ekonomiskt bistånd, hushåll per månad – grundnivå
EKB_BASE = {
    "Bollebygd": 70, "Borås": 1540, "Herrljunga": 95, "Mark": 390, "Svenljunga": 120, "Tranemo": 110,
    "Ulricehamn": 210, "Vårgårda": 105, "Essunga": 55, "Falköping": 520, "Grästorp": 50, "Gullspång": 85,
    "Götene": 120, "Hjo": 90, "Karlsborg": 75, "Lidköping": 480, "Mariestad": 330, "Skara": 260,
    "Skövde": 640, "Tibro": 160, "Tidaholm": 170, "Töreboda": 110, "Vara": 140,
}
POP20_64 = {  # ungefärlig befolkning 20–64 år
    "Bollebygd": 5600, "Borås": 66000, "Herrljunga": 5200, "Mark": 19400, "Svenljunga": 6000, "Tranemo": 6500,
    "Ulricehamn": 13700, "Vårgårda": 6700, "Essunga": 3100, "Falköping": 18600, "Grästorp": 3200,
    "Gullspång": 2800, "Götene": 7000, "Hjo": 4700, "Karlsborg": 3700, "Lidköping": 21800, "Mariestad": 13100,
    "Skara": 10400, "Skövde": 33000, "Tibro": 5900, "Tidaholm": 7000, "Töreboda": 4900, "Vara": 8600,
}
GENDER_ORDERS = [("K", "M", "T"), ("T", "K", "M"), ("M", "T", "K")]


def write_kolada(out_dir):
    cols = ["kpi", "kpi.title", "municipality", "municipality.title", "municipality.type", "period"]
    for i in range(3):
        cols += ["values.%d.count" % i, "values.%d.gender" % i, "values.%d.status" % i, "values.%d.value" % i]
    rows = []
    order = sorted(KOLADA_IDS, key=lambda n: KOLADA_IDS[n]) + ["Västra Götalands län", "Riket"]
    ids = dict(KOLADA_IDS)
    ids["Västra Götalands län"] = "0014"
    ids["Riket"] = "0000"
    title1 = "Ungdomar 18-24 år som är öppet arbetslösa eller i program med aktivitetsstöd, andel (%) av befolkningen 18-24 år"
    title2 = "Invånare 20-64 år med ekonomiskt bistånd under året, andel (%)"
    for idx, name in enumerate(order):
        mtype = "K" if name in KOLADA_IDS else ("L" if name.endswith("län") else "R")
        for pi, per in enumerate((2022, 2023, 2024)):
            t, k, m = YOUTH[name][pi]
            vals = {"T": t, "K": k, "M": m}
            go = GENDER_ORDERS[(idx + 2 * pi) % 3]
            r = ["N00960", title1, ids[name], name, mtype, str(per)]
            for g in go:
                v = vals[g]
                if v is None:
                    r += ["0", g, "Missing", ""]
                else:
                    r += ["1", g, "", repr(float(v))]
            rows.append(r)
        if name in EKB_BASE:
            for pi, per in enumerate((2022, 2023, 2024)):
                share = EKB_BASE[name] * (1.55 + 0.03 * pi) / POP20_64[name] * 100.0
                r = ["N31807", title2, ids[name], name, mtype, str(per), "1", "T", "", repr(round(share, 1))]
                r += ["", "", "", ""] * 2
                rows.append(r)
    rows.sort(key=lambda r: (r[0], r[2], r[5]))

    def q(s):
        return '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s
    with open(os.path.join(out_dir, "kolada_api_ungdomsarbetsloshet_flat.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join(cols) + "\n")
        for r in rows:
            f.write(",".join(q(x) for x in r) + "\n")


# ---------------------------------------------------------------------------
# Hjälp: gör xlsx byte-identisk mellan körningar (fasta zip-tider och docProps)
# ---------------------------------------------------------------------------
FIXED_ZIP_TIME = (2025, 1, 15, 8, 0, 0)
FIXED_ISO = "2025-01-15T08:00:00Z"


def normalize_xlsx(path):
    with open(path, "rb") as f:
        src = zipfile.ZipFile(io.BytesIO(f.read()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            data = src.read(name)
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def fixed_props(wb, title, creator):
    import datetime
    d = datetime.datetime(2025, 1, 15, 8, 0, 0)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = d
    wb.properties.modified = d


# ---------------------------------------------------------------------------
# Fil 3: ekonomiskt bistånd per månad, verksamhetsår juli–juni
# ---------------------------------------------------------------------------
MONTHS = ["jul", "aug", "sep", "okt", "nov", "dec", "jan", "feb", "mar", "apr", "maj", "jun"]
SEASON = [1.00, 1.01, 0.99, 0.98, 0.99, 1.02, 1.04, 1.03, 1.02, 1.00, 0.99, 0.98]
EKB_ORDER = ["Bollebygd", "Borås", "Herrljunga", "Mark", "Svenljunga", "Tranemo", "Ulricehamn", "Vårgårda",
             "Essunga", "Falköping", "Grästorp", "Gullspång", "Götene", "Hjo", "Karlsborg", "Lidköping",
             "Mariestad", "Skara", "Skövde", "Tibro", "Tidaholm", "Töreboda", "Vara"]


def ekb_values():
    """{kommun: (12 månader 2023/24, unika 2023/24, 6 månader jul–dec 2024)}"""
    out = {}
    for i, n in enumerate(EKB_ORDER):
        b = EKB_BASE[n]
        m1 = []
        for j in range(12):
            wig = 1.0 + (((i * 7 + j * 3) % 5) - 2) / 200.0
            m1.append(int(round(b * SEASON[j] * wig)))
        uniq = int(round(sum(m1) / 12.0 * (1.58 + (i % 4) * 0.03)))
        m2 = []
        for j in range(6):
            wig = 1.0 + (((i * 5 + j * 2) % 5) - 2) / 200.0
            m2.append(int(round(b * 1.06 * SEASON[j] * wig)))
        out[n] = (m1, uniq, m2)
    return out


def write_ekb(out_dir):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment
    v = ekb_values()
    wb = Workbook()
    fixed_props(wb, "Ekonomiskt bistånd – hushåll per månad", "VGR Analys")
    for si, (sheetname, vht, full) in enumerate([("VHT 2023-24", "verksamhetsåret 2023/24 (juli 2023 – juni 2024)", True),
                                                 ("VHT 2024-25", "verksamhetsåret 2024/25 (juli 2024 – juni 2025)", False)]):
        ws = wb.active if si == 0 else wb.create_sheet()
        ws.title = sheetname
        ws["A1"] = "Hushåll som fått ekonomiskt bistånd under månaden, antal"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Sjuhärad och Skaraborg, " + vht
        hdr = ["Kommun"] + MONTHS + ["Unika hushåll under verksamhetsåret"]
        for c, h in enumerate(hdr, start=1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", wrap_text=(c == len(hdr)))
        r = 5
        for n in EKB_ORDER:
            m1, uniq, m2 = v[n]
            ws.cell(row=r, column=1, value=n)
            vals = m1 if full else m2
            for j, x in enumerate(vals):
                ws.cell(row=r, column=2 + j, value=x)
            if full:
                ws.cell(row=r, column=14, value=uniq)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Källa: Socialstyrelsen, månadsstatistik om ekonomiskt bistånd; bearbetning VGR.")
        ws.cell(row=r + 1, column=1, value="Ett hushåll som fått bistånd flera månader räknas en gång per månad. "
                                           "Unika hushåll = antal olika hushåll som fått bistånd någon gång under verksamhetsåret.")
        if not full:
            ws.cell(row=r + 2, column=1, value="Januari–juni 2025 och unika hushåll redovisas när verksamhetsåret är avslutat.")
        ws.column_dimensions["A"].width = 14
        ws.column_dimensions["N"].width = 18
        ws.freeze_panes = "B5"
    p = os.path.join(out_dir, "ekonomiskt_bistand_hushall_verksamhetsar.xlsx")
    wb.save(p)
    normalize_xlsx(p)


# ---------------------------------------------------------------------------
# Fil 4: pendlingsmatris Göteborgsregionen
# ---------------------------------------------------------------------------
GR = ["Ale", "Alingsås", "Göteborg", "Härryda", "Kungsbacka", "Kungälv", "Lerum", "Lilla Edet", "Mölndal",
      "Partille", "Stenungsund", "Tjörn", "Öckerö"]
OUT = "Övriga Sverige"
RESIDENTS = {"Ale": 15187, "Alingsås": 20412, "Göteborg": 304876, "Härryda": 20093, "Kungsbacka": 42538,
             "Kungälv": 23311, "Lerum": 21264, "Lilla Edet": 6283, "Mölndal": 36547, "Partille": 19318,
             "Stenungsund": 12874, "Tjörn": 7409, "Öckerö": 6126}
FLOWS = {  # andel av de förvärvsarbetande boende som arbetar i annan kommun
    "Ale": {"Göteborg": .40, "Kungälv": .04, "Lilla Edet": .02, "Mölndal": .03, "Lerum": .01, "Partille": .01,
            "Stenungsund": .01, "Alingsås": .01, OUT: .08},
    "Alingsås": {"Göteborg": .20, "Lerum": .05, "Mölndal": .02, "Partille": .01, "Härryda": .01, "Ale": .005, OUT: .10},
    "Göteborg": {"Mölndal": .045, "Partille": .012, "Härryda": .01, "Kungälv": .006, "Kungsbacka": .008, "Lerum": .005,
                 "Ale": .004, "Alingsås": .003, "Stenungsund": .003, "Öckerö": .002, "Tjörn": .001, "Lilla Edet": .001,
                 OUT: .03},
    "Härryda": {"Göteborg": .38, "Mölndal": .10, "Partille": .02, "Lerum": .01, "Kungsbacka": .01, "Alingsås": .005, OUT: .06},
    "Kungsbacka": {"Göteborg": .33, "Mölndal": .08, "Härryda": .005, "Partille": .005, OUT: .09},
    "Kungälv": {"Göteborg": .36, "Ale": .03, "Stenungsund": .03, "Mölndal": .02, "Partille": .005, "Öckerö": .005,
                "Tjörn": .005, OUT: .05},
    "Lerum": {"Göteborg": .38, "Partille": .05, "Alingsås": .05, "Mölndal": .04, "Härryda": .01, "Ale": .01, OUT: .05},
    "Lilla Edet": {"Göteborg": .16, "Ale": .06, "Kungälv": .04, "Mölndal": .01, OUT: .22},
    "Mölndal": {"Göteborg": .36, "Härryda": .03, "Kungsbacka": .02, "Partille": .01, "Lerum": .005, OUT: .05},
    "Partille": {"Göteborg": .45, "Mölndal": .06, "Lerum": .03, "Härryda": .02, "Ale": .005, "Alingsås": .005, OUT: .04},
    "Stenungsund": {"Göteborg": .20, "Kungälv": .05, "Tjörn": .03, "Ale": .01, "Mölndal": .01, OUT: .12},
    "Tjörn": {"Göteborg": .16, "Stenungsund": .10, "Kungälv": .03, "Mölndal": .01, OUT: .08},
    "Öckerö": {"Göteborg": .40, "Kungälv": .02, "Mölndal": .02, OUT: .04},
}
IN_FROM_OUTSIDE = {"Ale": 1093, "Alingsås": 2417, "Göteborg": 38526, "Härryda": 1288, "Kungsbacka": 4231,
                   "Kungälv": 1906, "Lerum": 884, "Lilla Edet": 712, "Mölndal": 6095, "Partille": 803,
                   "Stenungsund": 2633, "Tjörn": 587, "Öckerö": 149}


def od_matrix():
    """Rader = bostadskommun, kolumner = arbetsställekommun. Radsumman = förvärvsarbetande boende."""
    mat = {}
    for i, o in enumerate(GR):
        row = {}
        for j, d in enumerate(GR + [OUT]):
            if d == o:
                continue
            s = FLOWS[o].get(d)
            if s is None:
                row[d] = 4 + (i * 31 + j * 17) % 43          # små flöden mellan övriga kommuner
            else:
                adj = 1.0 + (((i * 13 + j * 7) % 11) - 5) / 100.0
                row[d] = int(round(RESIDENTS[o] * s * adj))
        row[o] = RESIDENTS[o] - sum(row.values())
        mat[o] = row
    mat[OUT] = dict(IN_FROM_OUTSIDE)
    return mat


def write_pendling(out_dir):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment
    mat = od_matrix()
    wb = Workbook()
    fixed_props(wb, "Pendlingsmatris Göteborgsregionen 2023", "GR Analys")
    ws = wb.active
    ws.title = "Matris 2023"
    ws["A1"] = "Förvärvsarbetande 16–74 år i november 2023 efter bostadskommun och arbetsställekommun, Göteborgsregionen"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Källa: SCB, registerbaserad arbetsmarknadsstatistik (BAS); bearbetning GR. '..' = uppgift saknas/ej tillämpligt."
    cols = GR + [OUT, "Totalt"]
    ws.cell(row=4, column=1, value="Bostadskommun \\ Arbetsställekommun").font = Font(bold=True)
    for c, h in enumerate(cols, start=2):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    r = 5
    colsum = {c: 0 for c in cols}
    for o in GR + [OUT]:
        ws.cell(row=r, column=1, value=o)
        tot = 0
        for c, d in enumerate(GR + [OUT], start=2):
            if o == OUT and d == OUT:
                ws.cell(row=r, column=c, value="..")
                continue
            x = mat[o].get(d, 0)
            ws.cell(row=r, column=c, value=x).number_format = "#,##0"
            tot += x
            colsum[d] += x
        ws.cell(row=r, column=len(cols) + 1, value=tot).number_format = "#,##0"
        colsum["Totalt"] += tot
        r += 1
    ws.cell(row=r, column=1, value="Totalt").font = Font(bold=True)
    for c, d in enumerate(cols, start=2):
        cell = ws.cell(row=r, column=c, value=colsum[d])
        cell.number_format = "#,##0"
        cell.font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Diagonalen = bor och arbetar i samma kommun. "
                                       "Kolumnen Totalt = förvärvsarbetande som bor i kommunen (nattbefolkning); "
                                       "raden Totalt = förvärvsarbetande med arbetsställe i kommunen (dagbefolkning).")
    ws.column_dimensions["A"].width = 24
    ws.freeze_panes = "B5"
    p = os.path.join(out_dir, "pendlingsmatris_GR_2023.xlsx")
    wb.save(p)
    normalize_xlsx(p)


# ---------------------------------------------------------------------------
# Fil 5: PDF med faktarutor i rutnät (3 i bredd)
# ---------------------------------------------------------------------------
FYRBODAL = ["Bengtsfors", "Dals-Ed", "Färgelanda", "Lysekil", "Mellerud", "Munkedal", "Orust", "Sotenäs",
            "Strömstad", "Tanum", "Trollhättan", "Uddevalla", "Vänersborg", "Åmål"]
# andel unga 18–24 av inskrivna, andel långtidsarbetslösa (>12 mån) av inskrivna
CARD_SHARES = {"Bengtsfors": (.10, .46), "Dals-Ed": (.13, .33), "Färgelanda": (.12, .44), "Lysekil": (.11, .39),
               "Mellerud": (.12, .45), "Munkedal": (.14, .31), "Orust": (.09, .35), "Sotenäs": (.10, .37),
               "Strömstad": (.15, .28), "Tanum": (.12, .34), "Trollhättan": (.12, .47), "Uddevalla": (.11, .43),
               "Vänersborg": (.12, .45), "Åmål": (.11, .49)}


def card_values():
    t = af_table()
    out = {}
    for n in FYRBODAL:
        n23, a23, n24, a24, _, _ = t[n]
        u, l = CARD_SHARES[n]
        out[n] = {"antal": n24, "andel": a24, "chg": round(100.0 * (n24 - n23) / n23, 1),
                  "unga": int(round(n24 * u)), "lang": int(round(n24 * l))}
    return out


def write_pdf(out_dir):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    v = card_values()
    p = os.path.join(out_dir, "kommunfakta_arbetsmarknad_Fyrbodal_dec2024.pdf")
    c = canvas.Canvas(p, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("Kommunfakta arbetsmarknad Fyrbodal december 2024")
    c.setAuthor("Fyrbodals kommunalförbund")
    c.setCreator("Rapportmall Kommunfakta 3.2")
    c.setSubject("Inskrivna arbetslösa per kommun")
    W, H = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(36, H - 48, "Kommunfakta arbetsmarknad – Fyrbodal, december 2024")
    c.setFont("Helvetica", 9)
    c.drawString(36, H - 64, "Inskrivna arbetslösa 16–64 år vid Arbetsförmedlingen i månadens slut. Förändring = procentuell förändring av antalet sedan december 2023.")
    cw, ch, gap = 170, 128, 12
    x0, y0 = 36, H - 84
    # Rapportmallen ritar rutnätet rad för rad: först alla rutor i raden, sedan rubrikerna,
    # sedan rad 1 i alla tre rutorna osv. (innehållsströmmen blandar alltså kommunerna).
    nrows = (len(FYRBODAL) + 2) // 3
    for row in range(nrows):
        names = FYRBODAL[row * 3:row * 3 + 3]
        ytop = y0 - row * (ch + gap)
        for col, n in enumerate(names):
            x = x0 + col * (cw + gap)
            c.setStrokeGray(0.6)
            c.setFillGray(0.93)
            c.rect(x, ytop - ch, cw, ch, stroke=1, fill=1)
        c.setFillGray(0.0)
        c.setFont("Helvetica-Bold", 12)
        for col, n in enumerate(names):
            c.drawString(x0 + col * (cw + gap) + 8, ytop - 18, n)
        c.setFont("Helvetica", 8.5)
        for k in range(5):
            yy = ytop - 38 - k * 17
            for col, n in enumerate(names):
                x = x0 + col * (cw + gap)
                d = v[n]
                items = [("Inskrivna arbetslösa", sv_int(d["antal"])),
                         ("Andel av arbetskraften", sv_dec(d["andel"]) + " %"),
                         ("Förändring sedan dec 2023", ("+" if d["chg"] >= 0 else "−") + sv_dec(abs(d["chg"])) + " %"),
                         ("varav unga 18–24 år", sv_int(d["unga"])),
                         ("Långtidsarbetslösa (> 12 mån)", sv_int(d["lang"]))]
                lab, val = items[k]
                c.drawString(x + 8, yy, lab)
                c.drawRightString(x + cw - 8, yy, val)
    c.setFont("Helvetica", 7.5)
    c.drawString(36, 40, "Källa: Arbetsförmedlingen; bearbetning Fyrbodals kommunalförbund. Andel = procent av den registerbaserade arbetskraften 16–64 år.")
    c.drawString(36, 30, "Långtidsarbetslösa = inskrivna arbetslösa med mer än 12 månaders sammanhängande inskrivning utan arbete.")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Fil 6: KAA-deltagarregister, huvud/detalj med posttyp
# ---------------------------------------------------------------------------
ROWS=[
 (24001,'Borås','M',1978,'2024-05-10','','',[('Visstidsanställning','2024-05-10','2024-07-22'),('Studiemotiverande kurs','2024-08-05','2024-10-27'),('Studiemotiverande kurs','2024-11-09','2025-01-13')]),
 (24002,'Borås','M',1996,'2024-05-24','','',[('Studiemotiverande kurs','2024-05-24','2024-08-29')]),
 (24003,'Borås','M',2002,'2024-02-20','2024-08-16','Studier',[('Praktik','2024-02-20','2024-06-05'),('Arbetsträning','2024-06-19','2024-08-02')]),
 (24006,'Borås','M',1992,'2024-07-15','2024-11-10','Annan orsak',[('Vägledning','2024-07-15','2024-10-27')]),
 (24008,'Borås','K',1972,'2024-06-27','','',[('Studiemotiverande kurs','2024-06-27','2024-09-17'),('Vägledning','2024-09-23','2024-11-11'),('Arbetsträning','2024-11-23','2025-02-03')]),
 (24010,'Borås','K',1978,'2024-05-03','','',[('Språkpraktik','2024-05-03','2024-06-28'),('Praktik','2024-07-01','2024-08-15'),('Vägledning','2024-08-22','2024-11-27')]),
 (24013,'Borås','K',1996,'2024-04-18','2024-08-19','Studier',[('Studiemotiverande kurs','2024-04-18','2024-06-17'),('Arbetsträning','2024-06-19','2024-08-11')]),
 (24015,'Borås','K',1962,'2024-02-12','2024-05-28','Studier',[('Arbetsträning','2024-02-12','2024-04-07'),('Studiemotiverande kurs','2024-04-17','2024-05-20')]),
 (24018,'Borås','K',1970,'2024-01-15','2024-06-03','Arbete',[('Studiemotiverande kurs','2024-01-15','2024-04-20'),('Praktik','2024-04-26','2024-06-03')]),
 (24021,'Borås','K',1973,'2024-07-25','','',[('Praktik','2024-07-25','2024-10-05')]),
 (24022,'Borås','M',1979,'2024-04-03','2024-08-01','Studier',[('Praktik','2024-04-03','2024-07-30')]),
 (24025,'Borås','M',1999,'2024-02-20','2024-05-01','Annan orsak',[('Studiemotiverande kurs','2024-02-20','2024-04-20')]),
 (24027,'Borås','M',1996,'2024-08-20','','',[('Praktik','2024-08-20','2024-09-26')]),
 (24030,'Borås','K',2000,'2024-01-11','2024-03-17','Avbrott',[('Arbetsträning','2024-01-11','2024-03-09')]),
 (24031,'Borås','K',1981,'2024-02-02','','',[('Vägledning','2024-02-02','2024-05-08')]),
 (24034,'Borås','K',1993,'2024-08-04','2024-09-17','Annan orsak',[('Arbetsträning','2024-08-04','2024-09-11')]),
 (24037,'Trollhättan','K',1964,'2024-03-15','','',[('Vägledning','2024-03-15','2024-05-19'),('Praktik','2024-05-22','2024-07-21'),('Arbetsträning','2024-07-24','2024-11-12')]),
 (24039,'Trollhättan','K',1996,'2024-05-11','','',[('Praktik','2024-05-11','2024-07-18')]),
 (24040,'Trollhättan','K',1983,'2024-01-28','2024-03-30','Avbrott',[('Visstidsanställning','2024-01-28','2024-03-25')]),
 (24041,'Trollhättan','M',1962,'2024-06-18','2024-12-03','Studier',[('Arbetsträning','2024-06-18','2024-08-03'),('Arbetsträning','2024-08-06','2024-11-29')]),
 (24042,'Trollhättan','K',1990,'2024-09-03','2024-12-06','Annan orsak',[('Arbetsträning','2024-09-03','2024-12-06')]),
 (24045,'Trollhättan','M',1968,'2024-07-13','2024-11-12','Studier',[('Arbetsträning','2024-07-13','2024-11-06')]),
 (24047,'Trollhättan','K',1996,'2024-06-12','','',[('Praktik','2024-06-12','2024-08-25')]),
 (24048,'Trollhättan','M',1984,'2024-01-23','','',[('Språkpraktik','2024-01-23','2024-04-09')]),
 (24051,'Trollhättan','M',2001,'2024-04-15','','',[('Studiemotiverande kurs','2024-04-15','2024-07-21'),('Praktik','2024-07-21','2024-09-03'),('Praktik','2024-09-03','2024-10-05')]),
 (24054,'Trollhättan','K',1997,'2024-01-09','2024-04-30','Arbete',[('Arbetsträning','2024-01-09','2024-04-17')]),
 (24056,'Trollhättan','M',1985,'2024-01-08','','',[('Studiemotiverande kurs','2024-01-08','2024-04-10'),('Praktik','2024-04-22','2024-06-24'),('Arbetsträning','2024-06-24','2024-09-14')]),
 (24059,'Trollhättan','M',1989,'2024-05-28','','',[('Arbetsträning','2024-05-28','2024-08-06'),('Praktik','2024-08-20','2024-11-26')]),
 (24060,'Trollhättan','K',2005,'2024-01-18','','',[('Studiemotiverande kurs','2024-01-18','2024-02-25'),('Praktik','2024-03-10','2024-05-26')]),
 (24061,'Trollhättan','K',2002,'2024-08-05','','',[('Praktik','2024-08-05','2024-11-24'),('Praktik','2024-12-03','2025-02-28')]),
 (24063,'Uddevalla','M',1992,'2024-01-14','2024-03-04','Annan orsak',[('Praktik','2024-01-14','2024-02-22')]),
 (24065,'Uddevalla','M',1991,'2024-07-28','2024-11-25','Annan orsak',[('Språkpraktik','2024-07-28','2024-11-23')]),
 (24066,'Uddevalla','M',1975,'2024-07-23','2024-10-28','Arbete',[('Språkpraktik','2024-07-23','2024-10-27')]),
 (24067,'Uddevalla','M',1995,'2024-06-02','2024-11-06','Annan orsak',[('Språkpraktik','2024-06-02','2024-08-25'),('Språkpraktik','2024-09-02','2024-11-01')]),
 (24070,'Uddevalla','K',1965,'2024-02-07','2024-07-10','Arbete',[('Vägledning','2024-02-07','2024-05-13'),('Vägledning','2024-05-24','2024-07-02')]),
 (24073,'Uddevalla','M',1998,'2024-02-08','','',[('Praktik','2024-02-08','2024-05-17')]),
 (24074,'Uddevalla','K',1979,'2024-06-13','','',[('Praktik','2024-06-13','2024-08-14'),('Arbetsträning','2024-08-24','2024-12-17'),('Språkpraktik','2024-12-21','2025-02-15')]),
 (24076,'Uddevalla','M',1995,'2024-01-29','','',[('Vägledning','2024-01-29','2024-04-20'),('Arbetsträning','2024-04-26','2024-08-05')]),
 (24077,'Uddevalla','M',1981,'2024-08-24','','',[('Praktik','2024-08-24','2024-10-08'),('Studiemotiverande kurs','2024-10-13','2024-12-23')]),
 (24078,'Uddevalla','K',1991,'2024-07-29','','',[('Språkpraktik','2024-07-29','2024-09-19'),('Vägledning','2024-09-19','2024-12-17')]),
 (24081,'Uddevalla','M',1980,'2024-03-01','','',[('Vägledning','2024-03-01','2024-06-25')]),
 (24082,'Uddevalla','K',1981,'2024-01-09','','',[('Studiemotiverande kurs','2024-01-09','2024-02-20'),('Praktik','2024-03-04','2024-06-26'),('Arbetsträning','2024-07-09','2024-09-24')]),
 (24084,'Skövde','M',1978,'2024-03-28','','',[('Studiemotiverande kurs','2024-03-28','2024-06-17'),('Vägledning','2024-07-01','2024-10-28')]),
 (24086,'Skövde','K',1989,'2024-04-28','','',[('Studiemotiverande kurs','2024-04-28','2024-07-06')]),
 (24089,'Skövde','K',1992,'2024-08-11','','',[('Studiemotiverande kurs','2024-08-11','2024-09-24'),('Visstidsanställning','2024-09-29','2024-12-14'),('Studiemotiverande kurs','2024-12-15','2025-03-20')]),
 (24092,'Skövde','M',1993,'2024-07-03','','',[('Språkpraktik','2024-07-03','2024-10-30'),('Praktik','2024-11-08','2024-12-21'),('Vägledning','2024-12-31','2025-04-27')]),
 (24094,'Skövde','M',1973,'2024-05-04','2024-06-24','Avbrott',[('Visstidsanställning','2024-05-04','2024-06-12')]),
 (24095,'Skövde','K',1999,'2024-02-02','','',[('Arbetsträning','2024-02-02','2024-04-24'),('Arbetsträning','2024-05-03','2024-07-04')]),
 (24096,'Skövde','K',2001,'2024-08-12','2024-10-31','Studier',[('Arbetsträning','2024-08-12','2024-10-27')]),
 (24098,'Skövde','M',1993,'2024-07-21','','',[('Arbetsträning','2024-07-21','2024-09-29'),('Arbetsträning','2024-09-29','2024-12-14'),('Arbetsträning','2024-12-16','2025-02-03')]),
 (24101,'Skövde','K',1973,'2024-03-13','','',[('Arbetsträning','2024-03-13','2024-05-23'),('Vägledning','2024-05-29','2024-08-11')]),
 (24104,'Skövde','K',1972,'2024-02-01','2024-03-25','Annan orsak',[('Praktik','2024-02-01','2024-03-12')]),
 (24106,'Skövde','K',1997,'2024-08-17','2024-11-07','Studier',[('Visstidsanställning','2024-08-17','2024-10-29')]),
 (24107,'Skövde','K',1973,'2024-03-14','','',[('Arbetsträning','2024-03-14','2024-06-26'),('Praktik','2024-07-10','2024-08-26'),('Arbetsträning','2024-09-07','2024-10-08')]),
 (24108,'Skövde','K',1990,'2024-08-24','','',[('Arbetsträning','2024-08-24','2024-11-27')]),
 (24111,'Lidköping','M',1985,'2024-08-26','','',[('Praktik','2024-08-26','2024-12-12'),('Arbetsträning','2024-12-23','2025-03-20')]),
 (24113,'Lidköping','M',1999,'2024-05-15','2024-08-11','Arbete',[('Arbetsträning','2024-05-15','2024-07-31')]),
 (24116,'Lidköping','K',1980,'2024-01-21','2024-04-05','Studier',[('Arbetsträning','2024-01-21','2024-03-25')]),
 (24119,'Lidköping','K',1971,'2024-02-08','','',[('Studiemotiverande kurs','2024-02-08','2024-03-30'),('Arbetsträning','2024-04-09','2024-05-19')]),
 (24121,'Lidköping','K',1988,'2024-06-03','','',[('Praktik','2024-06-03','2024-09-04'),('Praktik','2024-09-14','2024-12-24')]),
 (24122,'Lidköping','M',1984,'2024-05-20','2024-11-02','Arbete',[('Praktik','2024-05-20','2024-06-21'),('Vägledning','2024-06-29','2024-09-08'),('Praktik','2024-09-12','2024-10-25')]),
 (24123,'Lidköping','K',1967,'2024-08-17','','',[('Arbetsträning','2024-08-17','2024-12-01'),('Arbetsträning','2024-12-14','2025-01-28'),('Visstidsanställning','2025-02-05','2025-04-28')]),
 (24126,'Lidköping','M',1971,'2024-03-01','','',[('Vägledning','2024-03-01','2024-06-15'),('Praktik','2024-06-20','2024-09-21')]),
 (24128,'Lidköping','K',1999,'2024-03-08','2024-05-25','Arbete',[('Praktik','2024-03-08','2024-05-14')]),
 (24129,'Vänersborg','K',1963,'2024-03-17','2024-05-17','Avbrott',[('Visstidsanställning','2024-03-17','2024-05-11')]),
 (24130,'Vänersborg','M',1966,'2024-04-22','','',[('Arbetsträning','2024-04-22','2024-06-01')]),
 (24131,'Vänersborg','M',1963,'2024-02-22','2024-10-01','Arbete',[('Språkpraktik','2024-02-22','2024-05-08'),('Arbetsträning','2024-05-16','2024-07-14'),('Praktik','2024-07-28','2024-09-23')]),
 (24133,'Vänersborg','K',1988,'2024-07-21','2024-09-26','Arbete',[('Praktik','2024-07-21','2024-09-26')]),
 (24134,'Vänersborg','K',1975,'2024-09-01','','',[('Praktik','2024-09-01','2024-12-08'),('Studiemotiverande kurs','2024-12-11','2025-04-09'),('Studiemotiverande kurs','2025-04-12','2025-06-08')]),
 (24135,'Vänersborg','M',1993,'2024-04-20','2024-08-27','Annan orsak',[('Visstidsanställning','2024-04-20','2024-07-11'),('Arbetsträning','2024-07-13','2024-08-15')]),
 (24136,'Vänersborg','K',1968,'2024-05-01','2024-10-15','Arbete',[('Arbetsträning','2024-05-01','2024-08-01'),('Praktik','2024-08-02','2024-10-01')]),
 (24137,'Vänersborg','M',1990,'2024-04-15','2024-11-28','Studier',[('Praktik','2024-04-15','2024-06-30'),('Praktik','2024-07-12','2024-09-06'),('Praktik','2024-09-06','2024-11-14')]),
 (24139,'Vänersborg','K',1996,'2024-07-16','','',[('Praktik','2024-07-16','2024-09-17'),('Visstidsanställning','2024-09-22','2024-11-22'),('Praktik','2024-11-24','2025-01-09')]),
 (24142,'Vänersborg','K',1976,'2024-06-17','','',[('Praktik','2024-06-17','2024-09-23'),('Språkpraktik','2024-10-03','2025-01-30'),('Vägledning','2025-02-01','2025-04-27')]),
]


def write_register(out_dir):
    rows = sorted(ROWS, key=lambda r: (r[4], r[0]))
    lines = ["Posttyp;DeltagarID;Kommun;Kön;Födelseår;Avslutsorsak/Insats;Inskriven/Start;Utskriven/Slut"]
    for pid, kom, sex, fy, ins, uts, avs, insl in rows:
        lines.append(";".join(["P", str(pid), kom, sex, str(fy), avs, ins, uts]))
        for t, a, b in insl:
            lines.append(";".join(["I", "", "", "", "", t, a, b]))
    with open(os.path.join(out_dir, "kaa_deltagarregister_2024.csv"), "w", encoding="utf-8-sig", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    if len(sys.argv) != 2:
        print("Användning: python r222_make_files.py OUT_DIR")
        sys.exit(2)
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    write_af_fixed(out_dir)
    write_kolada(out_dir)
    write_ekb(out_dir)
    write_pendling(out_dir)
    write_pdf(out_dir)
    write_register(out_dir)
    for n in sorted(os.listdir(out_dir)):
        print(n)


if __name__ == "__main__":
    main()
