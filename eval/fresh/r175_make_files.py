#!/usr/bin/env python3
"""r175: six statistics files for Region Kalmar län (invented but plausible figures).

Usage: python r175_make_files.py OUT_DIR

Files
  JV_Akermarkens_anvandning_Kalmar_lan_2024-2025.csv   Jordbruksverket-style crop areas, Latin-1, ';', CRLF
  Trafa_Vagtrafikskador_Kalmar_lan_2020-2024.csv        Trafikanalys-style road-traffic injuries, cp1252, TAB
  Bygglovsbeslut_Kalmar_lan_2024-01_2025-11.csv         record-level register of building-permit decisions, UTF-8 BOM
  Socialstyrelsen_Aldre_hemtjanst_Kalmar_lan_2024.xlsx  home help / special housing 65+, population sheet
  Feriearbete_enkat_Kalmar_lan_2024-2025.xlsx           municipal summer-job survey (struck-through row, column order changes)
  Viltolyckor_Kalmar_lan_2025.pdf                       two-page wildlife-collision report
"""
import csv
import io
import os
import random
import sys
from datetime import date, timedelta

# municipalities in municipal-code order
KOMMUNER = [("0821", "Högsby"), ("0834", "Torsås"), ("0840", "Mörbylånga"), ("0860", "Hultsfred"),
            ("0861", "Mönsterås"), ("0862", "Emmaboda"), ("0880", "Kalmar"), ("0881", "Nybro"),
            ("0882", "Oskarshamn"), ("0883", "Västervik"), ("0884", "Vimmerby"), ("0885", "Borgholm")]
NAMES = [n for _, n in KOMMUNER]
ALPHA = ["Borgholm", "Emmaboda", "Hultsfred", "Högsby", "Kalmar", "Mönsterås", "Mörbylånga", "Nybro",
         "Oskarshamn", "Torsås", "Vimmerby", "Västervik"]

# population 31 Dec 2024: total, 65-79, 80+
POP = {
    "Högsby": (5612, 1198, 462), "Torsås": (7104, 1402, 489), "Mörbylånga": (15872, 2934, 911),
    "Hultsfred": (13521, 2611, 1001), "Mönsterås": (13388, 2640, 944), "Emmaboda": (9286, 1844, 702),
    "Kalmar": (72018, 10905, 4288), "Nybro": (20164, 3592, 1402), "Oskarshamn": (27105, 4988, 1903),
    "Västervik": (36542, 7650, 2855), "Vimmerby": (15488, 3010, 1151), "Borgholm": (10806, 2803, 1012),
}
RIKET_POP = (10587710, 1668412, 611935)


def sv(x, dec=0):
    """Swedish number: space thousands, decimal comma, en-dash minus."""
    neg = x < 0
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    return ("–" if neg else "") + s


# =====================================================================================
# 1. Jordbruksverket crop areas (Latin-1, ';', CRLF, county first, '..' suppressed but in sums)
# =====================================================================================
CROPS_CEREAL = ["Höstvete", "Vårvete", "Höstkorn", "Vårkorn", "Havre", "Rågvete", "Råg"]
CROPS_OTHER = ["Vall och grönfoder", "Oljeväxter", "Sockerbetor", "Potatis", "Trindsäd", "Träda och mark i träda",
               "Övrig åkermark"]
AKER25 = {"Högsby": 3480, "Torsås": 7120, "Mörbylånga": 20650, "Hultsfred": 6210, "Mönsterås": 6340,
          "Emmaboda": 3590, "Kalmar": 15230, "Nybro": 8110, "Oskarshamn": 4060, "Västervik": 8840,
          "Vimmerby": 9560, "Borgholm": 14870}
PROFILE = {
    "oland": {"Höstvete": .16, "Vårvete": .02, "Höstkorn": .03, "Vårkorn": .14, "Havre": .04, "Rågvete": .02,
              "Råg": .01, "_bland": .01, "Vall och grönfoder": .31, "Oljeväxter": .05, "Sockerbetor": .045,
              "Potatis": .012, "Trindsäd": .03, "Träda och mark i träda": .04},
    "kust": {"Höstvete": .18, "Vårvete": .02, "Höstkorn": .03, "Vårkorn": .12, "Havre": .05, "Rågvete": .03,
             "Råg": .015, "_bland": .01, "Vall och grönfoder": .30, "Oljeväxter": .07, "Sockerbetor": .03,
             "Potatis": .01, "Trindsäd": .03, "Träda och mark i träda": .04},
    "skog": {"Höstvete": .04, "Vårvete": .01, "Höstkorn": .012, "Vårkorn": .06, "Havre": .07, "Rågvete": .03,
             "Råg": .004, "_bland": .02, "Vall och grönfoder": .60, "Oljeväxter": .01, "Sockerbetor": 0.0,
             "Potatis": .008, "Trindsäd": .01, "Träda och mark i träda": .05},
}
MPROF = {"Borgholm": "oland", "Mörbylånga": "oland", "Kalmar": "kust", "Torsås": "kust", "Mönsterås": "kust"}
# hand-set shares where questions depend on them
VALL25 = {"Högsby": .664, "Hultsfred": .641, "Vimmerby": .627, "Emmaboda": .612, "Västervik": .588,
          "Nybro": .553, "Oskarshamn": .596, "Mönsterås": .362, "Torsås": .318, "Kalmar": .281,
          "Mörbylånga": .296, "Borgholm": .334}
VALL24 = {"Högsby": .642, "Hultsfred": .658}
SOCKER25 = {"Borgholm": 669, "Mörbylånga": 1858, "Kalmar": 472, "Torsås": 203, "Mönsterås": 2}
SOCKER24 = {"Borgholm": 701, "Mörbylånga": 1794, "Kalmar": 455, "Torsås": 188, "Mönsterås": 0}
FARMSIZE = {"oland": 51, "kust": 41, "skog": 33}
PART = {"Höstvete": .30, "Vårvete": .06, "Höstkorn": .08, "Vårkorn": .34, "Havre": .31, "Rågvete": .12, "Råg": .04,
        "Vall och grönfoder": .78, "Oljeväxter": .10, "Potatis": .09, "Trindsäd": .07,
        "Träda och mark i träda": .27, "Övrig åkermark": .22}


def crop_data():
    rnd = random.Random(1751)
    data = {}  # (muni, crop, year) -> (ha, firms)
    for m in NAMES:
        prof = MPROF.get(m, "skog")
        sh = dict(PROFILE[prof])
        for year in (2025, 2024):
            aker = AKER25[m] if year == 2025 else round(AKER25[m] * rnd.uniform(0.985, 1.012))
            ha = {}
            for c in CROPS_CEREAL + ["_bland", "Oljeväxter", "Potatis", "Trindsäd", "Träda och mark i träda"]:
                f = sh[c] * (1 if year == 2025 else rnd.uniform(0.86, 1.14))
                ha[c] = round(aker * f)
            v = VALL25[m] if year == 2025 else VALL24.get(m, VALL25[m] * rnd.uniform(0.97, 1.0))
            ha["Vall och grönfoder"] = round(aker * v)
            ha["Sockerbetor"] = (SOCKER25 if year == 2025 else SOCKER24).get(m, 0)
            used = sum(ha.values())
            ha["Övrig åkermark"] = aker - used
            assert ha["Övrig åkermark"] > 0, (m, year, ha["Övrig åkermark"])
            nfarm = round(aker / FARMSIZE[prof] * (1 if year == 2025 else 1.02))
            for c in CROPS_CEREAL + CROPS_OTHER:
                if ha[c] == 0:
                    firms = 0
                elif c == "Sockerbetor":
                    firms = max(1, round(ha[c] / 21))
                elif c == "Råg" and m in ("Högsby", "Hultsfred"):
                    firms = 2
                else:
                    firms = max(1, min(nfarm - 3, round(nfarm * PART[c] * rnd.uniform(0.9, 1.1))))
                data[(m, c, year)] = (ha[c], firms)
            cer = sum(ha[c] for c in CROPS_CEREAL) + ha["_bland"]
            data[(m, "Spannmål totalt", year)] = (cer, round(nfarm * 0.61))
            data[(m, "Åkermark totalt", year)] = (aker, nfarm)
            eko = .24 if prof == "skog" else .15
            data[(m, "därav ekologisk odling", year)] = (round(aker * eko * rnd.uniform(0.95, 1.05)),
                                                         round(nfarm * eko * 0.8))
    order = CROPS_CEREAL + ["Spannmål totalt"] + CROPS_OTHER + ["Åkermark totalt", "därav ekologisk odling"]
    for c in order:
        for y in (2024, 2025):
            data[("Kalmar län", c, y)] = (sum(data[(m, c, y)][0] for m in NAMES),
                                          sum(data[(m, c, y)][1] for m in NAMES))
    return data, order


def write_crops(out):
    data, order = crop_data()
    lines = ["Åkermarkens användning efter region, gröda och år. Hektar och antal företag",
             "Kalmar län och kommuner",
             "",
             ";".join(["Region", "Gröda", "Hektar 2024", "Hektar 2025*", "Antal företag 2024",
                       "Antal företag 2025*"])]

    def cell(ha, firms, what):
        if ha == 0:
            return "-"
        if 0 < firms < 3:
            return ".."
        return sv(ha) if what == "ha" else sv(firms)

    for reg in ["08 Kalmar län"] + [f"{k} {n}" for k, n in KOMMUNER]:
        key = "Kalmar län" if reg.startswith("08 ") else reg.split(" ", 1)[1]
        for c in order:
            a, b = data[(key, c, 2024)], data[(key, c, 2025)]
            if key == "Kalmar län":
                row = [sv(a[0]), sv(b[0]), sv(a[1]), sv(b[1])]
            else:
                row = [cell(a[0], a[1], "ha"), cell(b[0], b[1], "ha"), cell(a[0], a[1], "n"),
                       cell(b[0], b[1], "n")]
            lines.append(";".join([reg, c] + row))
    lines += ["",
              "* 2025: preliminära uppgifter baserade på SAM-ansökningar inkomna t.o.m. 2025-06-30.",
              "Spannmål totalt omfattar höst- och vårvete, höst- och vårkorn, havre, rågvete, råg samt blandsäd "
              "och majs till mogen skörd, som inte redovisas separat.",
              "Ett företag kan odla flera grödor och räknas då under varje gröda.",
              "'..' = uppgiften sekretessmarkerad (färre än 3 företag); arealen ingår i summorna. '-' = förekommer inte.",
              "Källa: Jordbruksverket, Jordbruksstatistisk sammanställning (JS) / statistikdatabasen"]
    with open(os.path.join(out, "JV_Akermarkens_anvandning_Kalmar_lan_2024-2025.csv"), "w",
              encoding="latin-1", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# =====================================================================================
# 2. Trafikanalys road-traffic injuries (cp1252, TAB, CRLF, county first, 'Okänd kommun' row)
# =====================================================================================
YEARS_T = [2020, 2021, 2022, 2023, 2024]


def traffic_data():
    rnd = random.Random(1752)
    base = {"Högsby": (0.5, 3, 14), "Torsås": (0.5, 4, 17), "Mörbylånga": (0.9, 7, 35), "Hultsfred": (0.9, 6, 33),
            "Mönsterås": (0.8, 6, 31), "Emmaboda": (0.5, 4, 20), "Kalmar": (2.0, 19, 158), "Nybro": (1.1, 8, 46),
            "Oskarshamn": (1.2, 9, 58), "Västervik": (1.6, 12, 72), "Vimmerby": (1.0, 7, 36),
            "Borgholm": (0.7, 5, 27), "Okänd kommun": (0.0, 0.6, 4)}
    d = {}
    for m, (dd, ss, ll) in base.items():
        for i, y in enumerate(YEARS_T):
            trend = 1.10 - 0.05 * i
            dead = max(0, round(rnd.gauss(dd, 0.9))) if dd else 0
            sev = max(0, round(rnd.gauss(ss * trend, ss ** 0.5)))
            lig = max(0, round(rnd.gauss(ll * trend, ll ** 0.5)))
            d[(m, y)] = [dead, sev, lig]
    d[("Västervik", 2024)][0] = 3
    d[("Västervik", 2023)][0] = 1
    d[("Västervik", 2024)][1] = 11
    out = {}
    for (m, y), (dead, sev, lig) in d.items():
        dacc = dead - (1 if dead >= 2 and (m, y) != ("Kalmar", 2021) else 0)
        sacc = round(sev * 0.82)
        lacc = round(lig * 0.71)
        out[(m, y)] = {"Dödade": dead, "Svårt skadade": sev, "Lindrigt skadade": lig,
                       "Dödsolyckor": dacc, "Svåra olyckor": sacc, "Lindriga olyckor": lacc}
    return out


def write_traffic(out):
    td = traffic_data()
    regs = [("08 Kalmar län", None)] + [(f"{k} {n}", n) for k, n in KOMMUNER] + [("Okänd kommun i Kalmar län",
                                                                                   "Okänd kommun")]
    units = NAMES + ["Okänd kommun"]
    lines = ["Vägtrafikskador efter region, mått, skadeföljd och år",
             "Polisrapporterade vägtrafikolyckor med personskada, Kalmar län",
             "",
             "\t".join(["Region", "Mått", "Skadeföljd"] + [str(y) for y in YEARS_T] + ["Medel 2020–2024"])]
    spec = [("Skadade personer", "Dödade"), ("Skadade personer", "Svårt skadade"),
            ("Skadade personer", "Lindrigt skadade"), ("Skadade personer", "Totalt"),
            ("Olyckor", "Dödsolyckor"), ("Olyckor", "Svåra olyckor"), ("Olyckor", "Lindriga olyckor"),
            ("Olyckor", "Totalt")]
    parts = {"Skadade personer": ["Dödade", "Svårt skadade", "Lindrigt skadade"],
             "Olyckor": ["Dödsolyckor", "Svåra olyckor", "Lindriga olyckor"]}

    def val(m, y, meas, sf):
        ms = units if m is None else [m]
        keys = parts[meas] if sf == "Totalt" else [sf]
        return sum(td[(u, y)][k] for u in ms for k in keys)

    for lab, m in regs:
        for meas, sf in spec:
            vals = [val(m, y, meas, sf) for y in YEARS_T]
            cells = [("-" if v == 0 else sv(v)) for v in vals]
            mean = sum(vals) / 5
            cells.append("-" if mean == 0 else sv(mean, 1))
            lines.append("\t".join([lab, meas, sf] + cells))
    lines += ["",
              "Dödade: person som avlidit inom 30 dagar till följd av olyckan. Svårt skadade: enligt polisens "
              "bedömning på olycksplatsen.",
              "En olycka klassas efter den svåraste personskadan i olyckan.",
              "Olyckor där kommun inte kunnat fastställas redovisas som 'Okänd kommun' och ingår i länet.",
              "'-' = inget fall. Uppgifter för 2025 publiceras i mars 2026.",
              "Källa: Trafikanalys, Vägtrafikskador (officiell statistik)"]
    with open(os.path.join(out, "Trafa_Vagtrafikskador_Kalmar_lan_2020-2024.csv"), "w", encoding="cp1252",
              newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# =====================================================================================
# 3. Building-permit decision register (record-level, UTF-8 BOM, ';')
# =====================================================================================
OFFICIAL = {"Högsby": "Högsby kommun", "Torsås": "Torsås kommun", "Mörbylånga": "Mörbylånga kommun",
            "Hultsfred": "Hultsfreds kommun", "Mönsterås": "Mönsterås kommun", "Emmaboda": "Emmaboda kommun",
            "Kalmar": "Kalmar kommun", "Nybro": "Nybro kommun", "Oskarshamn": "Oskarshamns kommun",
            "Västervik": "Västerviks kommun", "Vimmerby": "Vimmerby kommun", "Borgholm": "Borgholms kommun"}
DNR = {"Högsby": "BN {y}-{n:04d}", "Torsås": "MBN {y}/{n}", "Mörbylånga": "BYGG.{y}.{n}",
       "Hultsfred": "SBN {y}-{n:03d}", "Mönsterås": "MBN-{y}-{n}", "Emmaboda": "BN {y}/{n:03d}",
       "Kalmar": "SBN {y}-{n:06d}", "Nybro": "BN {y}.{n:04d}", "Oskarshamn": "B-{y}-{n:04d}",
       "Västervik": "BMN {y}/{n:04d}", "Vimmerby": "B {y}-{n:04d}", "Borgholm": "BN {y}-{n:05d}"}
SCALE = {"Högsby": 0.35, "Torsås": 0.45, "Mörbylånga": 1.2, "Hultsfred": 0.6, "Mönsterås": 0.65, "Emmaboda": 0.45,
         "Kalmar": 2.6, "Nybro": 0.9, "Oskarshamn": 1.1, "Västervik": 1.5, "Vimmerby": 0.8, "Borgholm": 1.0}
# (ärendetyp, åtgärd, byggnadstyp) and a base count per year for SCALE 1
CATS = [("Bygglov", "Nybyggnad", "Enbostadshus", 9), ("Bygglov", "Nybyggnad", "Fritidshus", 3),
        ("Bygglov", "Nybyggnad", "Flerbostadshus", 0.6), ("Bygglov", "Nybyggnad", "Rad-/par-/kedjehus", 0.8),
        ("Bygglov", "Tillbyggnad", "Enbostadshus", 10), ("Bygglov", "Tillbyggnad", "Fritidshus", 3),
        ("Bygglov", "Nybyggnad", "Komplementbyggnad", 8), ("Bygglov", "Nybyggnad", "Industri/lager", 1.2),
        ("Bygglov", "Nybyggnad", "Handel/kontor", 0.6), ("Bygglov", "Nybyggnad", "Jordbruk", 1.5),
        ("Bygglov", "Ändrad användning", "Flerbostadshus", 0.4), ("Bygglov", "Fasadändring", "Övrigt", 3),
        ("Rivningslov", "Rivning", "Övrigt", 1.5), ("Marklov", "Marklov", "Övrigt", 0.8),
        ("Förhandsbesked", "Nybyggnad", "Enbostadshus", 3), ("Förhandsbesked", "Nybyggnad", "Fritidshus", 0.7),
        ("Anmälan", "Attefallsåtgärd", "Komplementbostadshus", 2.5),
        ("Anmälan", "Attefallsåtgärd", "Komplementbyggnad", 4)]
# hand-set counts of *granted* decisions that questions rely on: (muni, year, åtgärd-key) -> n
FIX = {("Borgholm", 2024, "fritid"): 14, ("Mörbylånga", 2024, "fritid"): 12, ("Västervik", 2024, "fritid"): 11,
       ("Borgholm", 2025, "fritid"): 9, ("Mörbylånga", 2025, "fritid"): 16, ("Västervik", 2025, "fritid"): 8}


def bygglov_rows():
    rnd = random.Random(1753)
    rows = []
    for m in NAMES:
        nseq = {2024: rnd.randint(30, 300), 2025: rnd.randint(30, 300)}
        recs = []
        for y in (2024, 2025):
            last = date(2025, 11, 28) if y == 2025 else date(2024, 12, 20)
            span = (last - date(y, 1, 8)).days
            for (typ, atg, bt, base) in CATS:
                lam = base * SCALE[m] * (11 / 12 if y == 2025 else 1)
                if bt == "Fritidshus" and atg == "Nybyggnad" and typ == "Bygglov":
                    lam *= {"Borgholm": 2.5, "Mörbylånga": 2.0, "Västervik": 1.6, "Torsås": 1.0}.get(m, 0.35)
                if m == "Kalmar" and bt in ("Flerbostadshus", "Rad-/par-/kedjehus"):
                    lam *= 2.4
                if bt == "Fritidshus" and typ == "Förhandsbesked":
                    lam *= {"Borgholm": 2.0, "Mörbylånga": 2.2, "Västervik": 1.4}.get(m, 0.3)
                key = "fritid" if (typ, atg, bt) == ("Bygglov", "Nybyggnad", "Fritidshus") else None
                if (m, y, key) in FIX:
                    n = FIX[(m, y, key)]
                else:
                    n = sum(1 for _ in range(int(lam * 3) + 3) if rnd.random() < lam / (int(lam * 3) + 3))
                    if key == "fritid":
                        n = min(n, 7)
                for _ in range(n):
                    recs.append((y, typ, atg, bt, {"Förhandsbesked": "Positivt", "Anmälan": "Startbesked"}.get(typ, "Beviljat")))
                # refusals / withdrawn / written off
                extra = 3 if (m, y, key) == ("Mörbylånga", 2024, "fritid") else (
                    sum(1 for _ in range(4) if rnd.random() < min(0.9, lam * 0.05)))
                for _ in range(extra):
                    if typ == "Anmälan":
                        b = rnd.choice(["Avvisat", "Avskrivet"])
                    elif typ == "Förhandsbesked":
                        b = "Negativt"
                    else:
                        b = "Avslag" if key == "fritid" and m == "Mörbylånga" else rnd.choice(
                            ["Avslag", "Avslag", "Avskrivet", "Återkallat"])
                    recs.append((y, typ, atg, bt, b))
            # Mörbylånga also gave positive förhandsbesked for holiday homes in 2024 (trap for Q04)
        if m == "Mörbylånga":
            for _ in range(5):
                recs.append((2024, "Förhandsbesked", "Nybyggnad", "Fritidshus", "Positivt"))
        if m == "Kalmar":
            # big block of flats granted in 2025 and later overturned on appeal
            recs.append((2025, "Bygglov", "Nybyggnad", "Flerbostadshus", "Beviljat",
                         {"bost": 64, "date": date(2025, 3, 19), "kom": "Kv. Tallen 4, etapp 2", "appeal": True}))
            recs.append((2025, "Bygglov", "Nybyggnad", "Flerbostadshus", "Beviljat",
                         {"bost": 42, "date": date(2025, 6, 12), "kom": "Kv. Telegrafen 2; hyresrätter"}))
            recs.append((2025, "Bygglov", "Nybyggnad", "Flerbostadshus", "Beviljat",
                         {"bost": 27, "date": date(2025, 10, 2), "kom": "Trygghetsboende, Djurängen"}))
            recs.append((2024, "Bygglov", "Nybyggnad", "Flerbostadshus", "Beviljat",
                         {"bost": 56, "date": date(2024, 11, 14), "kom": "Kv. Snäckan 7"}))
        rnd.shuffle(recs)
        # assign dates and numbers; sort by case number within each year (system export order)
        dated = []
        for r in recs:
            y = r[0]
            last = date(2025, 11, 28) if y == 2025 else date(2024, 12, 20)
            d0 = date(y, 1, 8) + timedelta(days=rnd.randint(0, (last - date(y, 1, 8)).days))
            if len(r) > 5:
                d0 = r[5]["date"]
            while d0.weekday() >= 5:
                d0 -= timedelta(days=1)
            nseq[y] += rnd.randint(1, 4)
            dated.append((y, nseq[y], d0, r))
        for y, seq, d0, r in dated:
            typ, atg, bt, beslut = r[1:5]
            if bt in ("Enbostadshus",) and atg == "Nybyggnad":
                bost = "1"
            elif bt == "Fritidshus" and atg == "Nybyggnad":
                bost = "0"
            elif bt == "Flerbostadshus" and atg == "Nybyggnad":
                bost = str(r[5]["bost"] if len(r) > 5 else rnd.choice([6, 8, 12, 16, 18, 24, 32]))
            elif bt == "Flerbostadshus":
                bost = str(rnd.randint(1, 4))
            elif bt == "Rad-/par-/kedjehus":
                bost = str(rnd.choice([2, 2, 4, 6, 8]))
            elif bt == "Komplementbostadshus":
                bost = "1"
            elif atg == "Tillbyggnad":
                bost = "0"
            else:
                bost = ""
            if atg in ("Rivning", "Marklov", "Fasadändring") or typ == "Förhandsbesked":
                bta = ""
            elif bt == "Flerbostadshus" and atg == "Nybyggnad":
                bta = sv(int(bost) * rnd.uniform(68, 82), 1)
            elif bt in ("Industri/lager", "Jordbruk", "Handel/kontor"):
                bta = sv(rnd.uniform(180, 2400), 1)
            elif bt == "Komplementbyggnad":
                bta = sv(rnd.uniform(12, 60), 1)
            elif bt == "Komplementbostadshus":
                bta = sv(rnd.uniform(20, 30), 1)
            else:
                bta = sv(rnd.uniform(25, 190), 1)
            dnr = DNR[m].format(y=y, n=seq)
            dstr = d0.strftime("%Y%m%d") if m == "Oskarshamn" else d0.isoformat()
            kom = ""
            if typ == "Förhandsbesked":
                kom = "Förhandsbesked; bygglov krävs"
            if beslut == "Avskrivet":
                kom = "Komplettering ej inkommen"
            if beslut == "Återkallat":
                kom = "Sökanden har återkallat ansökan"
            if len(r) > 5:
                kom = r[5]["kom"]
            rows.append([OFFICIAL[m], dnr, dstr, typ, atg, bt, bost, bta, beslut, kom, m, d0, seq])
            if len(r) > 5 and r[5].get("appeal"):
                d1 = date(2025, 9, 23)
                rows.append([OFFICIAL[m], dnr, d1.isoformat(), typ, atg, bt, bost, bta, "Upphävt (MMD)",
                             "Mark- och miljödomstolen upphävde bygglovet 2025-09-23 efter överklagande",
                             m, d1, seq])
    return rows


def write_bygglov(out):
    rows = bygglov_rows()
    # export order: municipality blocks in the order the municipalities delivered, by case number
    deliver = ["Kalmar", "Borgholm", "Mörbylånga", "Nybro", "Oskarshamn", "Västervik", "Emmaboda", "Hultsfred",
               "Högsby", "Mönsterås", "Torsås", "Vimmerby"]
    rows.sort(key=lambda r: (deliver.index(r[10]), r[11].year, r[12], r[11]))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Kommun", "Diarienummer", "Beslutsdatum", "Ärendetyp", "Åtgärd", "Byggnadstyp",
                "Antal nya bostäder", "BTA (m²)", "Beslut", "Kommentar"])
    for r in rows:
        w.writerow(r[:10])
    with open(os.path.join(out, "Bygglovsbeslut_Kalmar_lan_2024-01_2025-11.csv"), "w", encoding="utf-8-sig",
              newline="") as f:
        f.write(buf.getvalue())


# =====================================================================================
# 4. Socialstyrelsen home help / special housing XLSX
# =====================================================================================
def elderly_data():
    rnd = random.Random(1754)
    ht, sb, hours = {}, {}, {}
    for m in NAMES:
        _, p6579, p80 = POP[m]
        r1 = rnd.uniform(0.038, 0.052)
        r2 = rnd.uniform(0.215, 0.275)
        a = round(p6579 * r1)
        b = round(p80 * r2)
        aw = round(a * rnd.uniform(0.56, 0.62))
        bw = round(b * rnd.uniform(0.64, 0.70))
        ht[m] = [aw, a - aw, bw, b - bw]
        s1 = round(p6579 * rnd.uniform(0.006, 0.009))
        s2 = round(p80 * rnd.uniform(0.10, 0.13))
        s1w = round(s1 * 0.52)
        s2w = round(s2 * 0.68)
        sb[m] = [s1w, s1 - s1w, s2w, s2 - s2w]
        n65 = a + b
        h23n = round(n65 * rnd.uniform(0.86, 0.92))
        h24n = round(n65 * rnd.uniform(0.87, 0.93))
        mean23 = round(rnd.uniform(26, 38), 1)
        mean24 = round(mean23 + rnd.uniform(-1.5, 2.5), 1)
        hours[m] = [h23n, mean23, round(mean23 * rnd.uniform(0.48, 0.58), 1),
                    h24n, mean24, round(mean24 * rnd.uniform(0.48, 0.58), 1)]
    ht["Kalmar"] = [301, 203, 699, 358]
    hours["Vimmerby"][1], hours["Vimmerby"][4] = 31.6, 34.2
    hours["Torsås"][3:] = [None, None, None]
    return ht, sb, hours


def write_elderly(out):
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    ht, sb, hours = elderly_data()
    wb = Workbook()
    ws = wb.active
    ws.title = "Läs mig"
    txt = [("Äldre och personer med funktionsnedsättning – hemtjänst och särskilt boende 2024", True),
           ("Kalmar län, kommuner", False), ("", False),
           ("Innehåll", True),
           ("Tabell 1  Personer 65 år och äldre med hemtjänst i ordinärt boende den 31 oktober 2024", False),
           ("Tabell 2  Personer 65 år och äldre i permanent särskilt boende den 31 oktober 2024", False),
           ("Tabell 3  Beviljade hemtjänsttimmar per månad, personer 65+ med hemtjänst i ordinärt boende", False),
           ("Befolkning  Folkmängd den 31 december 2024 (SCB)", False), ("", False),
           ("Definitioner", True),
           ("Hemtjänst i ordinärt boende: personer med beslut om hemtjänst enligt SoL. Personer som enbart har "
            "trygghetslarm ingår inte.", False),
           ("Personer som har både hemtjänst och särskilt boende samma dag redovisas i särskilt boende.", False),
           ("Beviljade timmar: beviljad tid per månad för personer med beslut om hemtjänst med angiven tid.", False),
           ("Andelar av befolkningen beräknas med folkmängden den 31 december 2024 (bladet Befolkning).", False),
           ("", False),
           ("Bortfall", True),
           ("Torsås kommun har inte lämnat uppgifter för 2024. I tabell 1 och 2 redovisas Torsås med uppgifter "
            "från 31 oktober 2023 (markerat ¹); dessa ingår i länets och rikets summor. I tabell 3 redovisas "
            "Torsås 2024 som '..'.", False),
           ("", False),
           ("Teckenförklaring: '..' = uppgift saknas eller sekretessmarkerad.", False),
           ("Källa: Socialstyrelsen, registret över insatser till äldre och personer med funktionsnedsättning.",
            False)]
    for i, (t, b) in enumerate(txt, 1):
        ws.cell(i, 1, t).font = Font(bold=b, size=12 if i == 1 else 11)
    ws.column_dimensions["A"].width = 120

    thin = Side(style="thin", color="999999")
    hdrfill = PatternFill("solid", fgColor="DCE6F1")

    def person_sheet(title, heading, data):
        s = wb.create_sheet(title)
        s.cell(1, 1, heading).font = Font(bold=True, size=12)
        s.cell(2, 1, "Antal personer. Kommunerna i kommunkodsordning.")
        s.merge_cells("A4:A5")
        s.merge_cells("B4:B5")
        s.cell(4, 1, "Kommunkod")
        s.cell(4, 2, "Kommun")
        groups = ["65–79 år", "80 år och äldre", "65 år och äldre"]
        for gi, g in enumerate(groups):
            c0 = 3 + gi * 3
            s.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 2)
            s.cell(4, c0, g)
            for j, sx in enumerate(["Kvinnor", "Män", "Totalt"]):
                s.cell(5, c0 + j, sx)
        for r in (4, 5):
            for c in range(1, 12):
                cl = s.cell(r, c)
                cl.font = Font(bold=True)
                cl.fill = hdrfill
                cl.alignment = Alignment(horizontal="center", vertical="center")
                cl.border = Border(bottom=thin)
        r = 6
        tot = [0] * 9
        for code, m in KOMMUNER:
            aw, am, bw, bm = data[m]
            vals = [aw, am, aw + am, bw, bm, bw + bm, aw + bw, am + bm, aw + am + bw + bm]
            s.cell(r, 1, code)
            s.cell(r, 2, m + ("¹" if m == "Torsås" else ""))
            for j, v in enumerate(vals):
                s.cell(r, 3 + j, v).number_format = "# ##0"
                tot[j] += v
            r += 1
        r += 1
        s.cell(r, 1, "08")
        s.cell(r, 2, "Kalmar län").font = Font(bold=True)
        for j, v in enumerate(tot):
            c = s.cell(r, 3 + j, v)
            c.font = Font(bold=True)
            c.number_format = "# ##0"
        r += 1
        s.cell(r, 1, "00")
        s.cell(r, 2, "Riket").font = Font(bold=True)
        fac = 43.1 if title == "Tabell 1" else 41.7
        rk = [round(v * fac) for v in tot]
        rk[2], rk[5] = rk[0] + rk[1], rk[3] + rk[4]
        rk[6], rk[7] = rk[0] + rk[3], rk[1] + rk[4]
        rk[8] = rk[2] + rk[5]
        for j, v in enumerate(rk):
            c = s.cell(r, 3 + j, v)
            c.font = Font(bold=True)
            c.number_format = "# ##0"
        r += 2
        s.cell(r, 1, "¹ Torsås: uppgift avser 31 oktober 2023 (kommunen har inte rapporterat 2024). "
                     "Ingår i länets och rikets summor.")
        s.cell(r + 1, 1, "Källa: Socialstyrelsen")
        s.column_dimensions["A"].width = 11
        s.column_dimensions["B"].width = 16
        for c in range(3, 12):
            s.column_dimensions[get_column_letter(c)].width = 10
        s.freeze_panes = "C6"
        return s

    t1 = person_sheet("Tabell 1", "Tabell 1. Personer 65 år och äldre med hemtjänst i ordinärt boende den "
                                  "31 oktober 2024, efter ålder och kön", ht)
    t1["B12"].comment = Comment("Kalmar: uppgiften korrigerad av kommunen 2025-03-11 (tidigare 1 602 totalt).",
                                "Socialstyrelsen")
    person_sheet("Tabell 2", "Tabell 2. Personer 65 år och äldre i permanent särskilt boende den 31 oktober "
                             "2024, efter ålder och kön", sb)

    s = wb.create_sheet("Tabell 3")
    s.cell(1, 1, "Tabell 3. Beviljade hemtjänsttimmar per månad för personer 65 år och äldre med hemtjänst i "
                 "ordinärt boende, oktober 2023 och oktober 2024").font = Font(bold=True, size=12)
    s.cell(2, 1, "Antal personer med beviljade timmar samt medelvärde och medianvärde, timmar per person och månad.")
    s.merge_cells("A4:A5")
    s.merge_cells("B4:B5")
    s.cell(4, 1, "Kommunkod")
    s.cell(4, 2, "Kommun")
    for gi, y in enumerate(["2023", "2024"]):
        c0 = 3 + gi * 3
        s.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 2)
        s.cell(4, c0, y)
        for j, h in enumerate(["Antal personer", "Medelvärde, timmar", "Medianvärde, timmar"]):
            s.cell(5, c0 + j, h)
    for r in (4, 5):
        for c in range(1, 9):
            cl = s.cell(r, c)
            cl.font = Font(bold=True)
            cl.fill = hdrfill
            cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 6
    for code, m in KOMMUNER:
        s.cell(r, 1, code)
        s.cell(r, 2, m)
        for j, v in enumerate(hours[m]):
            c = s.cell(r, 3 + j, ".." if v is None else v)
            if v is not None:
                c.number_format = "0.0" if j % 3 else "# ##0"
        r += 1
    r += 1
    rep = [m for m in NAMES]
    for lab, code, ms in (("Kalmar län", "08", rep),):
        s.cell(r, 1, code)
        s.cell(r, 2, lab).font = Font(bold=True)
        for gi in range(2):
            use = [m for m in ms if hours[m][gi * 3] is not None]
            n = sum(hours[m][gi * 3] for m in use)
            mean = sum(hours[m][gi * 3] * hours[m][gi * 3 + 1] for m in use) / n
            s.cell(r, 3 + gi * 3, n).number_format = "# ##0"
            s.cell(r, 4 + gi * 3, round(mean, 1)).number_format = "0.0"
            s.cell(r, 5 + gi * 3, round(mean * 0.53, 1)).number_format = "0.0"
        r += 1
    s.cell(r, 1, "00")
    s.cell(r, 2, "Riket").font = Font(bold=True)
    for j, v in enumerate([128044, 30.9, 16.2, 130512, 31.8, 16.8]):
        s.cell(r, 3 + j, v)
    r += 2
    s.cell(r, 1, "Länet 2024 exklusive Torsås (uppgift saknas). Medelvärdet för länet är vägt med antal personer.")
    s.column_dimensions["A"].width = 11
    s.column_dimensions["B"].width = 16
    for c in range(3, 9):
        s.column_dimensions[get_column_letter(c)].width = 13
    # the 2023 block is grouped and collapsed (only 2024 visible when the file is opened)
    s.column_dimensions.group("C", "E", hidden=True, outline_level=1)
    s.freeze_panes = "C6"

    s = wb.create_sheet("Befolkning")
    s.cell(1, 1, "Folkmängd den 31 december 2024 efter region och ålder").font = Font(bold=True, size=12)
    for j, h in enumerate(["Kommunkod", "Region", "Totalt", "65–79 år", "80 år och äldre", "65 år och äldre"]):
        c = s.cell(3, 1 + j, h)
        c.font = Font(bold=True)
        c.fill = hdrfill
    r = 4
    tot = [0, 0, 0, 0]
    for code, m in KOMMUNER:
        t, a, b = POP[m]
        vals = [t, a, b, a + b]
        s.cell(r, 1, code)
        s.cell(r, 2, m)
        for j, v in enumerate(vals):
            s.cell(r, 3 + j, v).number_format = "# ##0"
            tot[j] += v
        r += 1
    s.cell(r, 1, "08")
    s.cell(r, 2, "Kalmar län").font = Font(bold=True)
    for j, v in enumerate(tot):
        s.cell(r, 3 + j, v).number_format = "# ##0"
    r += 1
    s.cell(r, 1, "00")
    s.cell(r, 2, "Riket").font = Font(bold=True)
    t, a, b = RIKET_POP
    for j, v in enumerate([t, a, b, a + b]):
        s.cell(r, 3 + j, v).number_format = "# ##0"
    s.cell(r + 2, 1, "Källa: SCB, befolkningsstatistik")
    s.column_dimensions["B"].width = 16
    for c in "CDEF":
        s.column_dimensions[c].width = 14
    wb.save(os.path.join(out, "Socialstyrelsen_Aldre_hemtjanst_Kalmar_lan_2024.xlsx"))


# =====================================================================================
# 5. Summer-job survey XLSX (struck-through superseded row, column order differs between years)
# =====================================================================================
# 2025: flickor, pojkar, annat, platser, placerade, lön åk9-gy1, lön gy2-3
FERIE25 = {
    "Borgholm": (88, 79, 2, 95, 92, 91.50, 103.00),
    "Emmaboda": (109, 101, 4, 140, 131, 92.00, 104.50),
    "Hultsfred": (141, 128, 3, 150, 146, 90.00, 101.00),
    "Högsby": (52, 47, 1, 85, 78, 90.00, 100.00),
    "Kalmar": (512, 468, 11, 330, 326, 96.50, 109.00),
    "Mönsterås": (118, 104, 2, 120, 117, 93.00, 105.00),
    "Mörbylånga": (149, 138, 5, 110, 108, 95.00, 106.00),
    "Nybro": (204, 187, 6, 180, 172, 92.50, 104.00),
    "Oskarshamn": (331, 305, 8, 150, 148, 95.50, 107.50),
    "Torsås": (67, 58, 1, 70, 66, 90.00, 100.00),
    "Vimmerby": (None, None, None, 135, 129, 93.50, 105.00),
    "Västervik": (302, 287, 7, 210, 204, 94.00, 106.00),
}
VIMMERBY25_TOT = 268
EMMA_OLD = (101, 95, 2, 140, 142, 92.00, 104.50)
# 2024: placerade, sökande totalt, varav flickor, varav pojkar, platser, timlön
FERIE24 = {
    "Borgholm": (88, 160, 84, 74, 90, 89.50), "Emmaboda": (126, 199, 101, 96, 135, 90.00),
    "Hultsfred": (139, 262, 136, 124, 145, 88.00), "Högsby": None,
    "Kalmar": (318, 941, 488, 445, 320, 94.50), "Mönsterås": (112, 214, 111, 101, 115, 91.00),
    "Mörbylånga": (103, 276, 142, 130, 105, 93.00), "Nybro": (166, 377, 194, 178, 175, 90.50),
    "Oskarshamn": (161, 612, 317, 289, 165, 93.50), "Torsås": (62, 118, 61, 56, 65, 88.00),
    "Vimmerby": (124, 251, 130, 118, 130, 91.50), "Västervik": (197, 571, 293, 272, 205, 92.00),
}


def write_ferie(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Info"
    info = ["Feriearbete / sommarjobb för ungdomar – enkät till kommunerna i Kalmar län",
            "Region Kalmar län, Regional utveckling – sammanställning 2024 och 2025",
            "",
            "Enkäten skickas varje höst till kommunernas arbetsmarknadsenheter. Uppgifterna avser kommunala "
            "feriearbeten (kommunal verksamhet, föreningar och företag via kommunen) under sommarlovet.",
            "Sökande = unika ungdomar som sökt feriearbete via kommunen. Erbjudna platser = platser som kommunen "
            "ordnat. Placerade = ungdomar som påbörjat ett feriearbete.",
            "Målgrupp: ungdomar som gått ut årskurs 9 till och med gymnasiets årskurs 2 (2025 även åk 3 i vissa "
            "kommuner).",
            "Bladen för 2024 och 2025 har inte samma kolumnordning – enkätformuläret ändrades 2025.",
            "2024 besvarades enkäten av 11 av 12 kommuner (Högsby svarade inte).",
            "Kontakt: analys@regionkalmar.example"]
    for i, t in enumerate(info, 1):
        ws.cell(i, 1, t).font = Font(bold=(i == 1), size=12 if i == 1 else 11)
    ws.column_dimensions["A"].width = 110

    fill = PatternFill("solid", fgColor="E2EFDA")
    s = wb.create_sheet("2025")
    s.cell(1, 1, "Feriearbete sommaren 2025 – svar per kommun").font = Font(bold=True, size=12)
    s.cell(2, 1, "Uppgifter lämnade september–oktober 2025")
    hdr = [("A4:A5", "Kommun"), ("B4:E4", "Sökande"), ("F4:F5", "Erbjudna platser"),
           ("G4:G5", "Placerade ungdomar"), ("H4:H5", "Andel placerade av sökande, %"),
           ("I4:J4", "Timlön, kr (inkl. semesterersättning)"), ("K4:K5", "Kommentar")]
    for rng, t in hdr:
        s.merge_cells(rng)
        s[rng.split(":")[0]] = t
    for j, t in enumerate(["Flickor", "Pojkar", "Annat/ej angivet", "Totalt"]):
        s.cell(5, 2 + j, t)
    s.cell(5, 9, "Åk 9 – gy 1")
    s.cell(5, 10, "Gy 2–3")
    for r in (4, 5):
        for c in range(1, 12):
            cl = s.cell(r, c)
            cl.font = Font(bold=True)
            cl.fill = fill
            cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 6
    tot = [0] * 6
    for m in ALPHA:
        rowsets = []
        if m == "Emmaboda":
            rowsets.append((EMMA_OLD, True, ""))
            rowsets.append((FERIE25[m], False, "Rättad uppgift från kommunen 2025-10-08 (ersätter överstruken rad)"))
        elif m == "Vimmerby":
            rowsets.append((FERIE25[m], False, "Kön registreras inte i ansökningssystemet"))
        else:
            rowsets.append((FERIE25[m], False, ""))
        for vals, struck, kom in rowsets:
            f, p, a, pl, plc, l1, l2 = vals
            tsok = VIMMERBY25_TOT if m == "Vimmerby" else f + p + a
            cells = [m, f, p, a, tsok, pl, plc, round(100 * plc / tsok, 1), l1, l2, kom]
            for j, v in enumerate(cells):
                c = s.cell(r, 1 + j, "uppg. saknas" if v is None else v)
                if struck:
                    c.font = Font(strike=True, color="808080")
                if j == 7:
                    c.number_format = "0.0"
                if j in (8, 9):
                    c.number_format = "0.00"
            if not struck:
                for j, v in enumerate([f, p, a, tsok, pl, plc]):
                    tot[j] += v or 0
            r += 1
    s.cell(r, 1, "Totalt länet").font = Font(bold=True)
    for j, v in enumerate(tot):
        s.cell(r, 2 + j, v).font = Font(bold=True)
    s.cell(r, 8, round(100 * tot[5] / tot[3], 1)).font = Font(bold=True)
    s.cell(r, 11, "Flickor/pojkar exkl. Vimmerby")
    s.column_dimensions["A"].width = 14
    s.column_dimensions["K"].width = 60
    for c in "BCDEFGHIJ":
        s.column_dimensions[c].width = 11

    s = wb.create_sheet("2024")
    s.cell(1, 1, "Feriearbete sommaren 2024 – svar per kommun").font = Font(bold=True, size=12)
    s.cell(2, 1, "Uppgifter lämnade oktober 2024")
    heads = ["Kommun", "Placerade ungdomar", "Sökande totalt", "varav flickor", "varav pojkar", "Erbjudna platser",
             "Timlön, kr", "Kommentar"]
    for j, t in enumerate(heads):
        c = s.cell(4, 1 + j, t)
        c.font = Font(bold=True)
        c.fill = fill
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    r = 5
    tot = [0] * 5
    for m in ALPHA:
        v = FERIE24[m]
        s.cell(r, 1, m)
        if v is None:
            for j in range(2, 8):
                s.cell(r, j, "Ej svar")
        else:
            for j, x in enumerate(v):
                s.cell(r, 2 + j, x)
            for j in range(5):
                tot[j] += v[j]
        r += 1
    s.cell(r, 1, "Summa (11 svarande kommuner)").font = Font(bold=True)
    for j, x in enumerate(tot):
        s.cell(r, 2 + j, x).font = Font(bold=True)
    s.column_dimensions["A"].width = 28
    for c in "BCDEFGH":
        s.column_dimensions[c].width = 13
    wb.save(os.path.join(out, "Feriearbete_enkat_Kalmar_lan_2024-2025.xlsx"))


# =====================================================================================
# 6. Wildlife-collision PDF report
# =====================================================================================
SPECIES = ["Älg", "Rådjur", "Vildsvin", "Dovhjort", "Kronhjort", "Övriga"]
# 2025 per municipality: älg, rådjur, vildsvin, dovhjort, kronhjort, övriga ; total 2024
VILT = {
    "Kalmar": ((34, 452, 188, 104, 9, 55), 803),
    "Västervik": ((71, 436, 142, 38, 22, 59), 801),
    "Oskarshamn": ((44, 289, 108, 31, 8, 32), 468),
    "Nybro": ((38, 246, 152, 30, 6, 26), 471),
    "Mörbylånga": ((3, 244, 11, 141, 0, 22), 398),
    "Vimmerby": ((52, 258, 82, 14, 11, 19), 452),
    "Hultsfred": ((47, 226, 89, 12, 9, 19), 377),
    "Mönsterås": ((28, 197, 94, 33, 4, 15), 352),
    "Borgholm": ((2, 171, 6, 118, 0, 21), 305),
    "Emmaboda": ((23, 140, 81, 17, 3, 12), 259),
    "Torsås": ((11, 113, 58, 29, 2, 6), 206),
    "Högsby": ((19, 103, 61, 9, 5, 10), 191),
}
MONTHS = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti", "September", "Oktober",
          "November", "December"]
MW = {"Älg": [5, 3, 3, 4, 12, 13, 9, 7, 11, 14, 11, 8],
      "Rådjur": [7.3, 5.1, 6.2, 8.8, 12.4, 8.3, 7.0, 6.6, 7.5, 11.2, 11.6, 9.9],
      "Vildsvin": [10.2, 8.1, 6.8, 6.1, 5.7, 5.2, 5.9, 7.3, 9.1, 12.8, 12.2, 10.6],
      "Hjort": [7, 5, 5, 5, 6, 5, 6, 7, 9, 17, 16, 12],
      "Övriga": [6.2, 5.1, 7.3, 8.8, 10.1, 9.6, 10.4, 8.9, 9.2, 8.7, 8.1, 7.6]}


def vilt_tables():
    t1 = []
    for m, (sp, t24) in VILT.items():
        t25 = sum(sp)
        t1.append((m, list(sp), t25, t24, round(100 * (t25 - t24) / t24, 1)))
    t1.sort(key=lambda x: -x[2])
    county = [sum(x[1][i] for x in t1) for i in range(6)]
    c25 = sum(county)
    c24 = sum(x[3] for x in t1)
    tot_by = {"Älg": county[0], "Rådjur": county[1], "Vildsvin": county[2], "Hjort": county[3] + county[4],
              "Övriga": county[5]}
    t2 = {}
    for sp, tot in tot_by.items():
        w = MW[sp]
        raw = [tot * x / sum(w) for x in w]
        ints = [int(v) for v in raw]
        rest = tot - sum(ints)
        order = sorted(range(12), key=lambda i: -(raw[i] - ints[i]))
        for i in order[:rest]:
            ints[i] += 1
        t2[sp] = ints
    return t1, county, c25, c24, t2


def write_pdf(out):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak

    t1, county, c25, c24, t2 = vilt_tables()
    q4 = sum(t2[sp][i] for sp in t2 for i in (9, 10, 11))
    path = os.path.join(out, "Viltolyckor_Kalmar_lan_2025.pdf")

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(20 * mm, A4[1] - 12 * mm, "Länsstyrelsen i Kalmar län")
        canv.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "Viltolyckor i Kalmar län 2025  |  Rapport 2026:04")
        canv.setStrokeColor(colors.HexColor("#2E6B3F"))
        canv.setLineWidth(1.2)
        canv.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        canv.line(20 * mm, 15 * mm, A4[0] - 20 * mm, 15 * mm)
        canv.drawString(20 * mm, 10 * mm, "Publicerad 2026-02-10")
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Sida {doc.page} av 2")
        canv.restoreState()

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=13,
                          alignment=TA_JUSTIFY)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16,
                        textColor=colors.HexColor("#2E6B3F"))
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9)
    note = ParagraphStyle("n", parent=body, fontSize=7.5, leading=9.5)

    nybro = next(x for x in t1 if x[0] == "Nybro")
    story = [Paragraph("Viltolyckor i Kalmar län 2025", h1),
             Paragraph("Sammanställning per kommun och månad", h2),
             Paragraph(
                 f"Under 2025 rapporterades {sv(c25)} viltolyckor med de djurslag som ska polisanmälas i "
                 f"Kalmar län, jämfört med {sv(c24)} året innan. I hela landet rapporterades 63 118 viltolyckor. "
                 "Rådjur är fortfarande det vanligaste djurslaget, men vildsvinen fortsätter att öka i "
                 "fastlandskommunerna. I Nybro kommun var vildsvin inblandade i 131 olyckor under 2024 och "
                 "i Västervik inträffade 84 älgolyckor år 2023, den högsta siffran sedan mätningarna började.",
                 body),
             Spacer(1, 4),
             Paragraph(
                 f"Under årets sista kvartal, oktober–december, inträffade {sv(q4)} viltolyckor – drygt en "
                 "tredjedel av årets olyckor – när mörkret kommer tidigare och hjortdjuren är i brunst. "
                 "Nationella viltolycksrådets eftersöksjägare genomförde 3 612 eftersök i länet under året. "
                 "Ölandskommunerna har få olyckor med älg och vildsvin men desto fler med dovhjort. "
                 "I grannlänet Kronoberg rapporterades 1 247 vildsvinsolyckor, de flesta i Tingsryd och "
                 "Lessebo nära länsgränsen mot Emmaboda och Nybro.",
                 body),
             Spacer(1, 8),
             Paragraph("Tabell 1. Polisanmälda viltolyckor per kommun och djurslag 2025, samt totalt 2024", cap),
             Spacer(1, 3)]
    data = [["Kommun", "Älg", "Rådjur", "Vildsvin", "Dovhjort", "Kronhjort", "Övriga¹", "Totalt\n2025",
             "Totalt\n2024²", "Förändring,\n%"]]
    for m, sp, a, b, ch in t1:
        data.append([m] + [sv(v) if v else "–" for v in sp] + [sv(a), sv(b), ("+" if ch > 0 else "") + sv(ch, 1)])
    chc = round(100 * (c25 - c24) / c24, 1)
    data.append(["Kalmar län"] + [sv(v) for v in county] + [sv(c25), sv(c24), ("+" if chc > 0 else "") + sv(chc, 1)])
    tb = Table(data, colWidths=[26 * mm] + [14 * mm] * 6 + [16 * mm, 16 * mm, 18 * mm], repeatRows=1)
    tb.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3EFE6")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    story += [tb, Spacer(1, 3),
              Paragraph("¹ Mufflon, utter, lodjur, varg och örn. ² Totalt 2024 enligt reviderad statistik; kan avvika "
                        "från Rapport 2025:03. Kommunerna är sorterade efter antal olyckor 2025. '–' = inga olyckor.",
                        note),
              PageBreak(),
              Paragraph("Olyckor över året", h2),
              Paragraph(
                  "Olyckorna följer djurens årsrytm. Rådjursolyckorna har en topp i maj när årsungarna från "
                  "föregående år söker nya revir och en andra topp under hösten. Vildsvinsolyckorna är flest "
                  "under hösten och vintern. I tabell 2 redovisas dovhjort och kronhjort tillsammans som hjort. "
                  "Månadsfördelningen för 2024 redovisades i förra årets rapport: då inträffade 591 olyckor i "
                  "november och 874 rådjursolyckor under oktober–december.",
                  body),
              Spacer(1, 8),
              Paragraph("Tabell 2. Polisanmälda viltolyckor per månad och djurslag 2025, Kalmar län", cap),
              Spacer(1, 3)]
    data = [["Månad", "Älg", "Rådjur", "Vildsvin", "Hjort", "Övriga", "Totalt"]]
    for i, mo in enumerate(MONTHS):
        row = [t2[sp][i] for sp in ["Älg", "Rådjur", "Vildsvin", "Hjort", "Övriga"]]
        data.append([mo] + [sv(v) for v in row] + [sv(sum(row))])
    sums = [sum(t2[sp]) for sp in ["Älg", "Rådjur", "Vildsvin", "Hjort", "Övriga"]]
    data.append(["Summa"] + [sv(v) for v in sums] + [sv(sum(sums))])
    tb = Table(data, colWidths=[28 * mm] + [18 * mm] * 6)
    tb.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F2F2F2")]),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    story += [tb, Spacer(1, 6),
              Paragraph("Källa: Nationella viltolycksrådet, polisens rapportering via viltolycka.se. Uttag "
                        "2026-01-15; olyckor som rapporterats senare ingår inte. Kommunfördelningen bygger på "
                        "olycksplatsens koordinater.", note),
              Spacer(1, 8),
              Paragraph("Vad gör länsstyrelsen?", h2),
              Paragraph("Länsstyrelsen samordnar tillsammans med Trafikverket och polisen arbetet med viltstängsel "
                        "och viltpassager. Under 2025 sattes 14 km nytt viltstängsel upp längs E22 mellan "
                        "Söderåkra och Rinkabyholm. Målet i den regionala trafiksäkerhetsstrategin är att antalet "
                        "viltolyckor ska minska med 10 procent till 2030 jämfört med 2022.", body)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm, title="Viltolyckor i Kalmar län 2025",
                            author="Länsstyrelsen i Kalmar län")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_crops(out)
    write_traffic(out)
    write_bygglov(out)
    write_elderly(out)
    write_ferie(out)
    write_pdf(out)
    for f in sorted(os.listdir(out)):
        print(f)


if __name__ == "__main__":
    main()
