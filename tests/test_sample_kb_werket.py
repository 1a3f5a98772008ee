"""The Werket monthly report (February 2025) in the sample knowledge base.

`tools/sample_kb/werket-manadsrapport-2025-02.txt` transcribes the report's tables, whose columns
came out of text extraction jumbled (e.g. `5,69%−0,49%−112 241` = market share, percent change,
change −11, participants 2 241). These tests

* re-derive the tables from the extracted seed text (when `/work/shared/seeds` is present) and
  compare them cell by cell with the markup,
* check the tables' internal arithmetic (change = now − before, shares of a complete list sum to
  ~100 %, a provider list sums to the service's total), which is what pins the column order down,
* check that the rendered PDF (if built) still yields the AUB top-10 table intact via pdfplumber.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
MARKUP = ROOT / "tools" / "sample_kb" / "werket-manadsrapport-2025-02.txt"
PDF = ROOT / "knowledge" / "documents" / "werket-manadsrapport-2025-02.pdf"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "werket-manadsrapport-2025-02.txt"


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def num(cell: str) -> float:
    """'−1 466' / '-755' / '5,69%' -> float."""
    s = cell.strip().replace("−", "-").replace("%", "").replace(" ", "").replace("\u00a0", "").replace(",", ".")
    return float(s)


def parse_tables(path: Path) -> dict[str, list[list[str]]]:
    """caption -> rows (header first), straight from the markup."""
    tables: dict[str, list[list[str]]] = {}
    caption = None
    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if s.startswith("@table"):
            caption = s[len("@table"):].strip()
            tables[caption] = []
        elif s == "@endtable":
            caption = None
        elif caption is not None and s:
            tables[caption].append([c.strip() for c in s.split("|")])
    return tables


TABLES = parse_tables(MARKUP)


def table(prefix: str) -> list[list[str]]:
    hits = [rows for cap, rows in TABLES.items() if cap.startswith(prefix)]
    assert len(hits) == 1, f"expected one table captioned {prefix!r}, got {len(hits)}: {list(TABLES)}"
    return hits[0]


def column(rows: list[list[str]], header: str) -> int:
    return rows[0].index(header)


def as_dicts(rows: list[list[str]]) -> list[dict[str, str]]:
    return [dict(zip(rows[0], r)) for r in rows[1:]]


ROM2 = "Marknadsandelar ROM2 – De 30 största ROM2-leverantörerna"
AREAS = "Leveransområden ROM2 – volymutveckling topp 15"
AUB = "Marknadsöversikt – topp 10 AUB"
STA = "Marknad STA"
KVL = "Marknad KVL"
IPSU = "Marknad IPSU"
FUB_DIR = "FUB – kvarstående deltagare i förberedande utbildning fördelat per utbildningsinriktning"
ROM2_TOTAL = 39413  # "Kvarstående deltagare: 39 413" (ROM2, januari)
AUB_TOTAL = 6133  # "Kvarstående deltagare: 6 133" (AUB)


# --------------------------------------------------------------------------------------------
# seed parsing (only where the extraction is unambiguous)
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> list[str]:
    if not SEED.exists():
        pytest.skip(f"seed text not available: {SEED}")
    return SEED.read_text(encoding="utf-8").splitlines()


def nonblank(lines: list[str], start: int, count: int) -> list[str]:
    out = []
    for line in lines[start:]:
        if line.strip():
            out.append(line.strip())
            if len(out) == count:
                break
    return out


def index_of(lines: list[str], pattern: str, start: int = 0) -> int:
    rx = re.compile(pattern)
    for i in range(start, len(lines)):
        if rx.search(lines[i]):
            return i
    raise AssertionError(f"{pattern!r} not in seed after line {start}")


def split_rom2(value: str) -> tuple[str, str, str, str]:
    """'5,69%−0,49%−112 241' -> share, pct, change, participants. The digit run after the two
    percentages is change+participants with no separator; exactly one split makes the percent
    change equal change/(participants − change) and the share equal participants/39 413."""
    share, pct, tail = re.fullmatch(r"(\d+,\d\d%)(−?\d+,\d\d%)(.+)", value).groups()
    fits = []
    for k in range(1, len(tail)):
        change, part = tail[:k], tail[k:]
        if not re.fullmatch(r"−?\d+", change) or not re.fullmatch(r"\d{1,3}( \d{3})?", part):
            continue
        c, p = num(change), num(part)
        if p - c <= 0:
            continue
        if abs(round(100 * c / (p - c), 2) - num(pct)) < 0.006 and abs(round(100 * p / ROM2_TOTAL, 2) - num(share)) < 0.006:
            fits.append((share, pct, change, part))
    assert len(fits) == 1, (value, fits)
    return fits[0]


def seed_rom2(lines: list[str]) -> list[dict[str, str]]:
    start = index_of(lines, r"^1 - Arbetslivsresurs Ar AB")
    names = nonblank(lines, start, 30)
    vstart = index_of(lines, r"^\d+,\d\d%−?\d+,\d\d%", start)
    values = nonblank(lines, vstart, 30)
    rows = []
    for i, (name, value) in enumerate(zip(names, values), start=1):
        m = re.fullmatch(r"(?:(\d+) )?([-▲▼]) (.+)", name)
        assert m.group(1) in (None, str(i)), name  # ranks 14 and 16 are missing in the extraction
        share, pct, change, part = split_rom2(value)
        rows.append({"Nr": str(i), "": m.group(2), "Leverantör": m.group(3), "Kvarstående deltagare": part,
                     "Förändring kvarstående": change, "Procentuell förändring": pct, "Marknadsandel": share})
    return rows


def seed_areas(lines: list[str]) -> list[dict[str, str]]:
    start = index_of(lines, r"^1 Stockholm Mitt$")
    names = nonblank(lines, start, 15)
    values = nonblank(lines, index_of(lines, r"^−?\d+,\d%\d", start), 15)
    rows = []
    for name, value in zip(names, values):
        rank, area = name.split(" ", 1)
        pct, part = re.fullmatch(r"(−?\d+,\d%)(\d{1,3}(?: \d{3})?)", value).groups()
        rows.append({"Nr": rank, "Leveransområde": area, "Kvarstående senaste månaden": part, "Procentuell förändring": pct})
    return rows


def seed_aub(lines: list[str]) -> list[dict[str, str]]:
    """The top-10 AUB table: names top-down, then four columns each read bottom-up."""
    start = index_of(lines, r"^Förändring \(%\)$")
    names = nonblank(lines, start + 2, 10)
    names[-1] = names[-1].split(" −")[0]
    first_pct = lines[index_of(lines, r"^Bergstrands Vuxenutbildningar AB −", start)].rsplit(" ", 1)[1]
    rest = nonblank(lines, index_of(lines, r"^Bergstrands Vuxenutbildningar AB −", start) + 1, 9 + 10 + 10 + 10)
    pct, change, part, share = [first_pct] + rest[:9], rest[9:19], rest[19:29], rest[29:39]
    rows = []
    for i, name in enumerate(names):
        j = 9 - i
        rows.append({"Leverantör": name, "Andel senaste månaden": share[j], "Kvarstående senaste månaden": part[j],
                     "Förändring från föregående månad": change[j], "Förändring (%) kvarstående": pct[j]})
    return rows


def seed_sta(lines: list[str]) -> list[dict[str, str]]:
    """Bar chart: 13 names top-down, then the value labels bottom-up (the smallest, '7 (0,1%)',
    is on the last name's line)."""
    start = index_of(lines, r"^Arcus Utbildning & Jobbförmedling AB$")
    names = nonblank(lines, start, 13)
    last, first_value = re.fullmatch(r"(.+?) (\d+ \(.+\))", names[-1]).groups()
    names[-1] = last
    values = [first_value] + nonblank(lines, index_of(lines, r"^Inda Utveckling AB") + 1, 12)
    rows = []
    for name, value in zip(names, reversed(values)):
        n, share = re.fullmatch(r"(\d[\d ]*) \((.+)\)", value).groups()
        rows.append({"Leverantör": name, "Kvarstående deltagare": n, "Andel": share})
    return rows


def seed_kvl(lines: list[str]) -> list[dict[str, str]]:
    """Bar chart: 7 names, then the 7 value labels in the same (descending) order."""
    start = index_of(lines, r"^Arbetslivsresurs Ar AB$", index_of(lines, r"^MARKNAD$", index_of(lines, r"^KVL$")))
    names = nonblank(lines, start, 7)
    values = nonblank(lines, index_of(lines, r"^\d+ \(\d+,\d%\)$", start), 7)
    return [dict(zip(("Leverantör", "Kvarstående deltagare", "Andel"), (name, *re.fullmatch(r"(\d[\d ]*) \((.+)\)", v).groups())))
            for name, v in zip(names, values)]


def seed_fub(lines: list[str]) -> list[dict[str, str]]:
    start = index_of(lines, r"^Folkhögskolesatsningen$")
    names = nonblank(lines, start, 6)
    values = nonblank(lines, index_of(lines, r"^\d[\d ]* \(\d+,\d%\)$", start), 6)
    return [dict(zip(("Utbildningsinriktning", "Kvarstående deltagare", "Andel"), (name, *re.fullmatch(r"(\d[\d ]*) \((.+)\)", v).groups())))
            for name, v in zip(names, values)]


def seed_kpi(lines: list[str], service_anchor: str) -> dict[str, tuple[str, str, str]]:
    """'Kvarstående deltagare: 39 413' + 'Förändring : -755  [−1,9% ]' blocks after an anchor."""
    start = index_of(lines, service_anchor)
    out: dict[str, tuple[str, str, str]] = {}
    i = start
    while len(out) < 3:
        i = index_of(lines, r"^\s*(Kvarstående|Nya|Deltagare som)\s+\S*\s*:", i)
        label, value = re.fullmatch(r"(.+?)\s*:\s*(\d[\d ]*)", re.sub(r"\s+", " ", lines[i].strip())).groups()
        j = index_of(lines, r"Förändring", i + 1)
        change, pct = re.fullmatch(r"Förändring ?: *(-?[\d ]+?) *\[(.+?) *\]", re.sub(r"\s+", " ", lines[j].strip())).groups()
        out.setdefault(label.strip(), (value.strip(), change.strip(), pct.strip()))
        i = j + 1
    return out


# --------------------------------------------------------------------------------------------
# markup cells == seed values
# --------------------------------------------------------------------------------------------


def assert_same(markup_rows: list[list[str]], expected: list[dict[str, str]]) -> int:
    got = as_dicts(markup_rows)
    assert len(got) == len(expected)
    cells = 0
    for g, e in zip(got, expected):
        for key, value in e.items():
            assert g[key] == value, (key, g, e)
            cells += 1
    return cells


def test_rom2_30_largest_providers_match_seed(seed):
    rows = table(ROM2)
    assert rows[0] == ["Nr", "", "Leverantör", "Kvarstående deltagare", "Förändring kvarstående",
                       "Procentuell förändring", "Marknadsandel"]
    assert assert_same(rows, seed_rom2(seed)) == 30 * 7
    first = as_dicts(rows)[0]
    # the report's own example, "5,69%−0,49%−112 241": change −11 and 2 241 participants
    assert (first["Leverantör"], first["Kvarstående deltagare"], first["Förändring kvarstående"]) == ("Arbetslivsresurs Ar AB", "2 241", "−11")


def test_rom2_delivery_areas_match_seed(seed):
    assert assert_same(table(AREAS), seed_areas(seed)) == 15 * 4


def test_aub_top10_matches_seed(seed):
    rows = table(AUB)
    assert assert_same(rows, seed_aub(seed)) == 10 * 5
    d = {r["Leverantör"]: r["Kvarstående senaste månaden"] for r in as_dicts(rows)}
    assert [d[k] for k in ("Nercia Utbildning AB", "Astar AB", "Lernia Utbildning AB", "Kunskapscompaniet Ankaret AB")] == ["706", "589", "571", "517"]
    # the bar chart's labels (top-down) are the same participant counts in the same order
    start = index_of(seed, r"^Bergstrands Vuxenutbildningar AB$")
    assert nonblank(seed, start + 1, 10) == [r["Kvarstående senaste månaden"] for r in as_dicts(rows)]


def test_sta_kvl_fub_lists_match_seed(seed):
    assert assert_same(table(STA), seed_sta(seed)) == 13 * 3
    assert assert_same(table(KVL), seed_kvl(seed)) == 7 * 3
    assert assert_same(table(FUB_DIR), seed_fub(seed)) == 6 * 3


@pytest.mark.parametrize("caption, anchor", [
    ("Deltagarantal ROM2", r"^DELTAGARANTAL$"),
    ("Deltagarantal STA", r"^STA$"),
    ("Deltagarantal KVL", r"^KVL$"),
    ("Deltagarantal IPSU", r"^IPSU$"),
    ("Deltagarantal AUB", r"^Kvarstående, nya och deltagare som lämnat arbetsmarknadsutbildning"),
    ("Deltagarantal FUB", r"^Kvarstående\s+deltagare:\s*3 922"),
])
def test_kpi_tables_match_seed(seed, caption, anchor):
    expected = seed_kpi(seed, anchor)
    got = {r[0]: tuple(r[1:]) for r in table(caption)[1:]}
    norm = {k.lower(): v for k, v in got.items()}
    for label, values in expected.items():
        assert norm[label.lower()] == values, (caption, label)


def test_rom2_market_total_matches_seed(seed):
    rows = table("Marknaden - Januari")
    assert rows == [["Kvarstående deltagare", "Förändring kvarstående", "Procentuell förändring"], ["39 413", "−755", "−1,88%"]]
    assert "−1,88%−75539 413" in [line.strip() for line in seed]


# --------------------------------------------------------------------------------------------
# internal consistency (what fixes the column order)
# --------------------------------------------------------------------------------------------


def pct_of_change(change: float, now: float) -> float:
    return 100 * change / (now - change)


def test_rom2_arithmetic():
    rows = as_dicts(table(ROM2))
    assert [r["Nr"] for r in rows] == [str(i) for i in range(1, 31)]
    parts = [num(r["Kvarstående deltagare"]) for r in rows]
    assert parts == sorted(parts, reverse=True)
    for r in rows:
        now, change = num(r["Kvarstående deltagare"]), num(r["Förändring kvarstående"])
        assert round(pct_of_change(change, now), 2) == pytest.approx(num(r["Procentuell förändring"]), abs=0.006), r
        assert round(100 * now / ROM2_TOTAL, 2) == pytest.approx(num(r["Marknadsandel"]), abs=0.006), r
    # the list is not complete (241 providers): the 30 largest hold ~60 % of the market
    assert 55 < sum(num(r["Marknadsandel"]) for r in rows) < 65
    increased = {r["Leverantör"] for r in rows if num(r["Förändring kvarstående"]) > 0}
    assert increased == {"Enrival AB", "AB Ability Coaching", "HelloLilly AB", "Connecto AB"}  # as the text says
    # market row: 39 413 now, −755 -> −1,88 %; same as the ROM2 KPI (−1,9 %)
    total = as_dicts(table("Marknaden - Januari"))[0]
    assert round(pct_of_change(num(total["Förändring kvarstående"]), num(total["Kvarstående deltagare"])), 2) == -1.88


def test_delivery_areas_arithmetic():
    rows = as_dicts(table(AREAS))
    parts = [num(r["Kvarstående senaste månaden"]) for r in rows]
    assert parts == sorted(parts, reverse=True)
    rising = {r["Leveransområde"]: r["Procentuell förändring"] for r in rows if num(r["Procentuell förändring"]) > 0}
    assert rising == {"Örebro": "1,9%", "Kristianstad": "3,0%", "Norrköping": "2,4%"}  # as the text says


def test_aub_arithmetic():
    rows = as_dicts(table(AUB))
    for r in rows:
        now, change = num(r["Kvarstående senaste månaden"]), num(r["Förändring från föregående månad"])
        assert round(pct_of_change(change, now), 1) == pytest.approx(num(r["Förändring (%) kvarstående"]), abs=0.06), r
        assert round(100 * now / AUB_TOTAL, 1) == pytest.approx(num(r["Andel senaste månaden"]), abs=0.06), r
    increased = {r["Leverantör"].split()[0] for r in rows if num(r["Förändring från föregående månad"]) > 0}
    assert increased == {"Nercia", "Arcus", "Grönlunds"}  # "Tre av de tio största ... ökade"


@pytest.mark.parametrize("caption, kpi, total", [
    (STA, "Deltagarantal STA", "5 772"),
    (KVL, "Deltagarantal KVL", "886"),
    (FUB_DIR, "Deltagarantal FUB", "3 922"),
])
def test_complete_lists_sum_to_total(caption, kpi, total):
    rows = as_dicts(table(caption))
    kvar = {r[""]: r for r in as_dicts(table(kpi))}["Kvarstående deltagare"]["Antal"]
    assert kvar == total
    assert sum(num(r["Kvarstående deltagare"]) for r in rows) == num(total)
    assert sum(num(r["Andel"]) for r in rows) == pytest.approx(100, abs=0.5)
    for r in rows:
        assert round(100 * num(r["Kvarstående deltagare"]) / num(total), 1) == pytest.approx(num(r["Andel"]), abs=0.06), r


def test_named_leaders_and_text_facts():
    sta = as_dicts(table(STA))
    assert [r["Leverantör"].split()[0] for r in sta[:3]] == ["Arcus", "Arbetslivsresurs", "Iris"]  # "Arcus ... Arbetslivsresurs och Iris Hadar i släptåg"
    assert as_dicts(table(KVL))[0] == {"Leverantör": "Arbetslivsresurs Ar AB", "Kvarstående deltagare": "711", "Andel": "80,2%"}
    ipsu = as_dicts(table(IPSU))
    assert sum(num(r["Kvarstående deltagare"]) for r in ipsu) == 487  # IPSU kvarstående deltagare
    fub = {r["Utbildningsinriktning"]: num(r["Kvarstående deltagare"]) for r in as_dicts(table(FUB_DIR))}
    assert fub["Orientering, test och kartläggning"] >= 693  # "... som ökade med 693 deltagare"


@pytest.mark.parametrize("caption", ["Deltagarantal ROM2", "Deltagarantal STA", "Deltagarantal KVL",
                                     "Deltagarantal IPSU", "Deltagarantal AUB", "Deltagarantal FUB"])
def test_kpi_change_is_now_minus_before(caption):
    for r in as_dicts(table(caption)):
        now, change, pct = num(r["Antal"]), num(r["Förändring"]), num(r["Förändring (%)"])
        decimals = len(r["Förändring (%)"].split(",")[1].rstrip("%"))
        assert round(pct_of_change(change, now), decimals) == pytest.approx(pct, abs=0.6 * 10 ** -decimals), (caption, r)


def test_running_text_facts_kept():
    text = MARKUP.read_text(encoding="utf-8")
    for fact in [
        "Det menar Kajsa Holmberg, utredare och författare bakom Statskontorets rapport ”Gör jobbet!”.",
        "ansvarar för tillsyn och uppföljning av arbetslöshetsförsäkringen och har omkring 75 anställda.",
        "som under perioden 2021–2027 fördelar cirka 17 miljarder kronor till arbetsmarknadsinsatser",
        "6 589 lämnade tjänsten i januari.",
        "det är återigen 241 huvudleverantörer i tjänsten.",
        "Endast 15 procent av svenskarna har förtroende för Arbetsförmedlingen",
    ]:
        assert fact in text, fact
    assert text.count("\n@page") >= 20


# --------------------------------------------------------------------------------------------
# rendered PDF
# --------------------------------------------------------------------------------------------


def test_pdf_aub_table_extracts_intact():
    if not PDF.exists():
        pytest.skip("PDF not built (python tools/build_sample_kb.py)")
    pdfplumber = pytest.importorskip("pdfplumber")
    expected = table(AUB)
    with pdfplumber.open(PDF) as pdf:
        found = None
        for page in pdf.pages:
            if "TOPP 10 AUB" not in (page.extract_text() or ""):
                continue
            for t in page.extract_tables():
                rows = [[re.sub(r"\s+", " ", c or "").strip() for c in row] for row in t]
                if rows and rows[0] and rows[0][0] == "Leverantör" and any(r[0] == "Nercia Utbildning AB" for r in rows):
                    found = rows
    assert found is not None, "AUB top-10 table not found in the PDF"
    assert found == expected
