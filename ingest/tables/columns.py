"""One column: what it holds (value, code, period, text), its unit and its name.

Why one module of this size: a column's kind, unit and name are decided together, from the same
cells.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from ..numbers import KRONOR_PER, ParsedNumber, infer_decimal, parse_number
from ..swedish import PART_OF_YEAR, STOPWORDS, YEARLESS_QUARTER, fold, period_year, words, years_in
from .cells import (
    _AGE_RE,
    _CODE_HEADERS,
    _CODE_WORDS,
    _GEO_TOTAL_RE,
    _MONTHS,
    _SEX_VALUES,
    _TEXT_HEADERS,
    _is_entity_header,
    _is_marker,
    blank,
    cell_text,
    clean_text,
    is_county,
    is_measure_header,
    is_period_header,
    is_period_like,
)
from .codes import header_key, key_meaning

# ---------------------------------------------------------------- columns


def _bare_entity(toks: list[str]) -> bool:
    """Does a header name only the kind of thing its rows are ("Kommun", "Företag",
    "Kommun namn") – no year and no word of its own beside it?"""
    return not any(t.isdigit() for t in toks) and all(
        _is_entity_header(t) or t in _CODE_WORDS or t in STOPWORDS for t in toks
    )


@dataclass
class _Col:
    name: str
    raw: list[str]
    kind: str = "text"  # value | code | period | text
    text: list[str] = field(default_factory=list)
    values: list[float] = field(default_factory=list)
    cell_units: Counter = field(default_factory=Counter)
    role: str = ""
    unit: str | None = None
    total_values: tuple[str, ...] = ()
    filled: set = field(default_factory=set)  # rows whose text was filled (raw stays empty)


def copy_ids(out_ids: list[_Col], ids: list[_Col], r: int) -> None:
    """Row ``r`` of the label and dimension columns, appended once more to their melted copies."""
    for oc, ic in zip(out_ids, ids):
        oc.text.append(ic.text[r])
        oc.raw.append(ic.raw[r])
        if r in ic.filled:
            oc.filled.add(len(oc.text) - 1)


_DAY_FIRST = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)$")


def _day_first_dates(cells: list[object]) -> list[object]:
    """Dates written day first ("25/01/2024", "5.2.2024"), as Swedish exports and registers write
    them, in ISO form ("2024-01-25") – read as a month of a year like any other date; the cells
    unchanged unless every filled one is such a date."""
    filled = [c for c in cells if isinstance(c, str) and c.strip()]
    if not filled or len(filled) != sum(1 for c in cells if not blank(c)):
        return cells
    out: dict[str, str] = {}
    for c in set(filled):
        m = _DAY_FIRST.match(c.strip())
        if m is None or not (1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12):
            return cells
        out[c] = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return [out.get(c, c) if isinstance(c, str) else c for c in cells]


_ISO_DAY = re.compile(r"^(?:19|20)\d\d-[01]\d-[0-3]\d$")
_COMPACT_DAY = re.compile(r"^((?:19|20)\d\d)([01]\d)([0-3]\d)$")
# different eight-digit days that make a column of them dates, not figures (no chance amounts)
_COMPACT_DAYS = 5


def _compact_dates(cells: list[object]) -> list[object]:
    """Days written as eight digits ("20250314", as one system exports them) among ISO days
    ("2025-03-14") of the same column, in ISO form: one municipality's dates of a register had
    been numbers, and every period asked of them missed. The cells unchanged unless every filled
    one is such a day and some are ISO – or, in a column of eight-digit days only, at least
    ``_COMPACT_DAYS`` different ones (round 214's register wrote STARTDAT 20240409: its days had
    been figures to add up, and "startade 2024" had found no year)."""
    texts = {c: str(int(c)) if isinstance(c, float) and c.is_integer() else str(c).strip() for c in cells if not blank(c)}
    if not texts or not (any(_ISO_DAY.match(t) for t in texts.values()) or len(set(texts.values())) >= _COMPACT_DAYS):
        return cells
    out: dict[object, str] = {}
    for c, t in texts.items():
        if _ISO_DAY.match(t):
            continue
        m = _COMPACT_DAY.match(t)
        if m is None or not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31):
            return cells
        out[c] = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return [out.get(c, c) if not blank(c) else c for c in cells] if out else cells


_BRACKETED = re.compile(r"\(\s*(\d[\d .,]*(?:\s?%)?)\s*\)")  # ("(320)", "(3,7 %)": a negative figure, as an accountant writes it)


def _names_the_next(low: str, next_name: str) -> bool:
    """Is the next column this one's name ("Linje" before "Linjenamn", "kommun_kod" … "kommun_namn")?"""
    return re.sub(r"s?_?\s?namn|s?_?name", "", next_name.lower()).strip() == low


# a month named in a cell ("8 juni 2026", "januari 2027", "sept 2026")
_MONTH_IN = re.compile(r"\b(?:jan|feb|mars|mar|apr|maj|jun|jul|aug|sep|sept|okt|nov|dec)[a-zåäö]*\.?\s+(?:19|20)\d\d\b")


_YEAR_NUMBER = re.compile(r"^((?:19|20)\d\d)-(\d\d)$")


def _year_weeks(cells: list[object]) -> list[object]:
    """ISO weeks written "2024-40" (a year and its week, as AF's weekly exports write them) as
    weeks ("2024v40"), when some number of the column is past 12 – no month: read as months,
    "2024-40" had been a fortieth month. The cells unchanged unless every filled one is such a pair."""
    filled = [c for c in cells if not blank(c)]
    if not filled or not all(isinstance(c, str) for c in filled):
        return cells
    texts = {c: c.strip() for c in filled}
    pairs = {c: m for c, t in texts.items() if (m := _YEAR_NUMBER.match(t))}
    if len(pairs) != len(texts) or not any(int(m.group(2)) > 12 for m in pairs.values()) or any(not 1 <= int(m.group(2)) <= 53 for m in pairs.values()):
        return cells
    return [f"{pairs[c].group(1)}v{pairs[c].group(2)}" if c in pairs else c for c in cells]


def _classify(name: str, cells: list[object], next_name: str, table_decimal: str | None = None) -> _Col:
    cells = _year_weeks(_compact_dates(_day_first_dates(cells)))
    # Work on distinct cell values: long exports repeat the same few labels thousands of times.
    uniq: dict[object, int] = {}
    for v in cells:
        if v not in uniq:
            uniq[v] = 0
        uniq[v] += 1
    distinct = [v for v in uniq if not blank(v)]
    raw_of = {v: cell_text(v) for v in uniq}
    raw = [raw_of[v] for v in cells]
    col = _Col(name=name, raw=raw)
    strings = [v for v in distinct if isinstance(v, str)]
    dec = infer_decimal(strings, table_decimal) if strings else None
    if table_decimal == "," and dec == ",":
        # (a table whose points group thousands: "12.967" kept as written would read as three decimals)
        col.raw = [re.sub(r"(?<=\d)\.(?=\d{3}\b)", "", r) if isinstance(r, str) and re.fullmatch(r"[-−–+]?\d{1,3}(?:\.\d{3})+", r.strip()) else r for r in raw]
    parsed_of: dict[object, object] = {}
    n_num = n_marker = n_text = 0
    # an accountant's column: figures in brackets ("(320)") among plain ones, and no minus sign in
    # it – the brackets mark the negative ones, as a budget follow-up writes a deficit (a bracketed
    # figure alone is no number: "(12)" may be a count of answers)
    bracketed = {v for v in strings if _BRACKETED.fullmatch(v.strip())}
    accounting = bool(bracketed) and len(bracketed) < len(distinct) and not any(
        str(v).strip()[:1] in "-−–" and parse_number(v, dec) is not None for v in distinct
    )
    for v in distinct:
        p = parse_number(v, dec)
        if p is None and accounting and v in bracketed:
            inner = parse_number(_BRACKETED.fullmatch(v.strip()).group(1), dec)
            p = ParsedNumber(-inner.value if inner.value else 0.0, inner.unit, inner.decimals) if inner is not None else None
        parsed_of[v] = p
        if p is not None:
            n_num += uniq[v]
        elif _is_marker(v):
            n_marker += uniq[v]
        else:
            n_text += uniq[v]
    clean_of = {v: clean_text(v) for v in distinct}
    digit_strings = list(clean_of.values())
    all_digits = bool(digit_strings) and all(re.fullmatch(r"\d+(?:\s?[-–]\s?\d+)?", t) for t in digit_strings)
    low = name.lower().strip()
    toks = words(low)
    # "most" cells: a value column may carry a few words ("Högre andel") – they stay in raw
    numeric = (n_num > 0 and n_num > 0.5 * (n_num + n_text)) or (n_num + n_text == 0 and n_marker > 0)
    if not numeric and n_num:
        # … or figures beside one or two words said again and again in their place ("Alla antagna"
        # where every applicant got in, so no lowest merit value): a column of figures, the
        # words kept as written – however many rows they fill
        words_ = {clean_text(v) for v in distinct if parsed_of[v] is None and not _is_marker(v)}
        figures = {parsed_of[v].value for v in distinct if parsed_of[v] is not None}
        numeric = (
            len(words_) <= 2 and len(figures) >= 5 and n_num >= 0.25 * (n_num + n_text)
            and all(re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,3}", w) for w in words_)
        )
    period_values = bool(distinct) and all(is_period_like(v) for v in distinct)

    kind = "value" if numeric else "text"
    if is_period_header(name) and not (numeric and (period_year(name) is not None or years_in(name))):
        # ("Kvartal" over "2025K1" … is the period column; "Kvartal 3 2025" over counts is
        # that quarter's figures, one of several periods written across – so is "Månad 2024 jan"
        # under a merged "Månad 2024")
        kind = "period"
    elif numeric and period_values and not name:
        kind = "period"
    elif numeric and period_values and toks and any(
        toks[-1].endswith(w) and len(toks[-1]) > len(w) + 2 for w in ("månad", "manad", "period", "kvartal", "vecka", "datum", "month", "date")
    ):
        # "Utbetalningsmånad" over 202401 … 202406: a compound whose head is a word of time
        # shorter than a year, over periods – the month of each payment, no figure to add up
        # (round 228's register had been asked about "mars 2024" and found no month); a year's
        # compound stays a figure: "Födelseår" gives ages
        kind = "period"
    elif not numeric and distinct and all(is_period_like(v) or clean_of[v].lower() in _MONTHS for v in distinct):
        kind = "period"
    elif numeric and not all_digits and next_name and _names_the_next(low, next_name) and all(
        re.fullmatch(r"[\dA-ZÅÄÖ]{1,6}", t) for t in digit_strings
    ):
        # "Linje" over 1, 2, 150, "ÖT", "KT" beside "Linjenamn": codes, some of letters
        kind = "code"
    elif numeric and all_digits:
        leading_zero = any(len(t) > 1 and t.startswith("0") for t in digit_strings)
        if (
            leading_zero
            or low in _CODE_HEADERS
            or any(t in _CODE_WORDS or t.endswith(("kod", "nummer", "code")) for t in toks)
            # ("HändelseID", "Station-ID", "deltagar_id": an identifier, its numbers no figures)
            or re.search(r"(?:[a-zåäö]ID|[-_ ]id|[-_ ]ID)$", name.strip()) is not None
            or (next_name and _names_the_next(low, next_name))
            # "Kommun" over 1980, 1984 …: codes; "Uppsala län" over counts is a county's figures
            # ("2022, Nystartade företag" over 38, 1 012 …: a year's count of new firms, whose
            # header says more than the kind of thing it lists)
            or (_is_entity_header(name) and not any(t in ("antal", "andel") for t in toks) and not is_county(name) and _bare_entity(toks))
        ):
            kind = "code"
    if kind == "value" and any(t in _TEXT_HEADERS for t in toks) and n_text:
        kind = "text"
    if kind == "value" and (key := header_key(name)) is not None and all(key_meaning(t, key[1]) is not None for t in clean_of.values()):
        # "KON(1=MAN,2=KVINNA)" over 1, 2 and "1+2": codes the header explains, never figures
        kind = "text"
    if kind == "value" and n_text and all(
        (p := parsed_of[v]) is None or (p.decimals == 0 and p.unit is None and re.fullmatch(r"(?:19[5-9]|20[0-9])\d", clean_of[v]))
        for v in distinct
    ) and any(parsed_of[v] is None and _MONTH_IN.search(clean_of[v].lower()) for v in distinct):
        # "Öppnar / öppnade" over "8 juni 2026", "januari 2027" and 2027: when each thing happens,
        # its years no figures – summed, they had been "12 162" (round 201)
        kind = "text"
    if (
        kind == "value" and all_digits and 2 <= len(distinct) <= 15 and len(cells) >= 2 * len(distinct)
        and all(re.fullmatch(r"(?:19[5-9]|20[0-4])\d", t) for t in digit_strings)
        and unit_from_text(name) is None and not set(toks) & _MEASURE_WORDS
    ):
        # "Ansökningsomgång" over 2023, 2023, 2024, 2025 … of a register: the year of each case,
        # a period to slice by – never a figure to add up
        kind = "period"
    if (
        kind == "value" and all_digits and len(cells) >= 20 and 1 < len(distinct) <= 5 and 4 * len(distinct) <= len(cells)
        and all(t.isdigit() and 1 <= int(t) <= 9 for t in digit_strings)
        and unit_from_text(name) is None and not set(toks) & _MEASURE_WORDS
    ):
        kind = "text"  # "studieväg" 1–3 on every case of a register: a category coded by a number, never summed
    if (
        kind == "value" and all_digits and 2 <= len(distinct) < len(cells) <= 60
        and unit_from_text(name) is None and not set(toks) & _MEASURE_WORDS and not _is_entity_header(name)
        and _grouping_numbers([clean_text(v) for v in cells if clean_text(v)])
    ):
        # "Målområde" over 1, 1, 1, 2, 3, 3, 4: the rows grouped under numbered headings, in order –
        # a heading's number, not a figure ("Målområde … är 3")
        kind = "text"
    if kind == "value" and all_digits and _ORDINAL_HEADER.fullmatch(low) and len(distinct) >= 2:
        # "Punkt", "Nr", "Löpnummer" over 1, 2, 3 …: the rows' numbering (an action list's item
        # number), not a figure to add, rank or average
        numbers = sorted(int(t) for t in digit_strings if t.isdigit())
        if numbers and numbers == list(range(numbers[0], numbers[0] + len(numbers))) and len(numbers) == len(digit_strings):
            kind = "text"
    if kind == "value" and set(toks) & _REFERENCE_HEADERS and digit_strings and all(
        re.fullmatch(r"(?:§\s*)?\d{1,3}(?:[.,]\d{1,2}){0,3}", t) for t in digit_strings
    ):
        # "Avsnitt" over 3, 4.2, 4.4, 5 in a table of proposed changes: where in the text each
        # change stands, not a figure ("Avsnitt (kr) 4,2 kr" had been summed and ranked)
        kind = "code"
    if kind == "value" and set(toks) & _VERSION_HEADERS and digit_strings and all(
        re.fullmatch(r"\d{1,3}(?:[.,]\d{1,3}){0,2}", t) for t in digit_strings
    ):
        # "Version" over 2.1, 2.0, 1.0 in a change log: the document's edition, not a figure
        kind = "code"
    if kind == "value" and low in ("§", "§§", "paragraf", "para") and all_digits:
        kind = "text"  # "§" over 2, 4, 6: a minutes' paragraph numbers, never a figure
    if kind == "value" and _ORDINAL_HEADER.fullmatch(low) and len(distinct) >= 2 and all(
        re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){1,3}\.?", str(v).strip()) for v in distinct
    ):
        # "Nr" over 1.1, 1.2, 4.1 …: a delegation order's item numbers, never amounts ("4,1 kr")
        kind = "text"
    money = {parsed_of[v].unit for v in distinct if parsed_of.get(v) is not None and parsed_of[v].unit in KRONOR_PER}
    unitless = any(parsed_of.get(v) is not None and parsed_of[v].unit is None for v in distinct)
    if kind == "value" and len(money) >= 2 and unitless:
        # "1,2 mnkr", "850 tkr" and "640 000" in one column: the bare figure's unit is unknown,
        # and no sum of the column could be right – its cells are text to quote
        kind = "text"
    col.kind = kind
    if kind == "value":
        nan = float("nan")
        # amounts typed in several units of kronor ("1,2 mnkr", "850 tkr", "475 000:-"): each in
        # kronor, so that they add up (round 210's grants had summed 1,2 + 850 + 640 000)
        # (rounded to the kronor the cell states: "2,2 mnkr" is 2 200 000, not 2 200 000,0000000005)
        scale = {v: KRONOR_PER[parsed_of[v].unit] for v in distinct if parsed_of.get(v) is not None} if len(money) >= 2 else {}
        col.values = [
            (round(parsed_of[v].value * scale[v], max(0, parsed_of[v].decimals - round(math.log10(scale[v])))) if v in scale else parsed_of[v].value)
            if parsed_of.get(v) is not None else nan
            for v in cells
        ]
        col.cell_units = Counter()
        for v in distinct:
            p = parsed_of[v]
            if p is not None and p.unit:
                col.cell_units["kr" if scale else p.unit] += uniq[v]
    else:
        text_of = {v: _text_value(v) for v in uniq}
        if _codes_of_capitals([clean_text(v) for v in uniq]):
            # "NA" among "NANAT", "SASAM", "EK" (Naturvetenskapsprogrammet's code) is a code, not
            # R's missing value
            text_of = {v: clean_text(v) if clean_text(v) == "NA" else t for v, t in text_of.items()}
        col.text = [text_of[v] for v in cells]
    return col


def _codes_of_capitals(texts: list[str]) -> bool:
    """Are most of a column's texts codes of two to six capitals ("NANAT", "EK", "SASAM")?"""
    codes = [t for t in texts if t and t not in _TEXT_MISSING]
    return len(codes) >= 3 and sum(1 for t in codes if re.fullmatch(r"[A-ZÅÄÖ]{2,6}\d{0,2}", t)) >= 0.8 * len(codes)


_TEXT_MISSING = {"NA", "N/A", "NaN", "nan", "None", "null", "NULL", "#N/A"}
# headers of a numbering of rows: "Punkt", "Nr", "Nr.", "Löpnummer", "#", "Pos", "Item", "No."
_REFERENCE_HEADERS = {"avsnitt", "kapitel", "kap", "sida", "sidan", "bilaga", "paragraf", "section", "chapter", "page", "appendix"}
_VERSION_HEADERS = {"version", "versionsnummer", "utgåva", "revision", "rev", "ver"}
_ORDINAL_HEADER = re.compile(r"(?:punkt|nr\.?|nummer|löpnummer|löpnr\.?|#|pos\.?|position|rad|item|no\.?|ordning|ordningsnummer)")


def _grouping_numbers(texts: list[str]) -> bool:
    """1, 1, 2, 3, 3, 4 down a column: every number from 1 to the last, in order, some repeated."""
    if not texts or not all(t.isdigit() for t in texts):
        return False
    nums = [int(t) for t in texts]
    return (
        nums[0] == 1 and all(b - a in (0, 1) for a, b in zip(nums, nums[1:]))
        and len(set(nums)) < len(nums) and max(nums) <= 9
    )


def _text_value(v: object) -> str:
    t = clean_text(v)
    return "" if t in _TEXT_MISSING else t


def _guess_kind_name(values: list[str]) -> str | None:
    """What an unnamed text column holds: 'period' | 'quarter' | 'region' | 'age' | 'sex' | None."""
    vals = [v for v in values if v]
    if not vals:
        return None
    distinct = set(vals)

    def share(pred) -> float:
        return sum(1 for v in vals if pred(v)) / len(vals)

    if share(lambda v: is_period_like(v) or v.lower() in _MONTHS) >= 0.9:
        return "period"
    # quarters of a year given beside it ("Kv 1" … "Kv 3*", with "Helår" or "Jan–sep" after them)
    def quarter(v: str) -> bool:
        return bool(YEARLESS_QUARTER.fullmatch(fold(v).strip()))

    if share(quarter) >= 0.6 and share(lambda v: quarter(v) or bool(PART_OF_YEAR.fullmatch(fold(v).strip()))) >= 0.9:
        return "quarter"
    if share(lambda v: is_county(v) or _GEO_TOTAL_RE.match(v) or re.match(r"^\d{2,4} [A-ZÅÄÖ]", v)) >= 0.8:
        return "region"
    if all(v.lower() in _SEX_VALUES for v in distinct):
        return "sex"
    if share(lambda v: bool(_AGE_RE.match(v)) or v.lower().startswith(("totalt", "samtliga", "uppgift saknas"))) >= 0.8:
        return "age"
    return None


def _title_dimensions(caption: str) -> list[str]:
    """PxWeb titles name their variables: 'Folkmängd efter region, ålder, kön och år'."""
    m = re.search(r"\befter\s+(.+?)(?:\.\s|\.$|$|\s+[ÅåÅ]r\s+\d{4})", caption)
    if not m:
        return []
    parts = re.split(r",\s*|\s+och\s+", m.group(1).strip().rstrip("."))
    out = []
    for p in parts:
        p = p.strip()
        if p and not is_measure_header(p) and len(p) < 40:
            out.append(p)
    return out


def _measure_name(caption: str) -> str:
    number = r"^(?:Tabell|Tab\.|Table|Figur|Diagram)\s*(?:\d+[.:]?|:)\s*"  # ("Tabell 3.", "Tabell:" of a key–value title)
    c = re.sub(number, "", caption.strip(), flags=re.I)
    # (title lines joined: "Statistikdatabas: Sjukpenning … – Pågående sjukfall längre än 14 dagar
    # efter län och åldersgrupp, december 2024 – Uttagsdatum: …": the line that says "efter")
    c = re.sub(number, "", next((part for part in c.split(" – ") if " efter " in part or " by " in part), c), flags=re.I)
    # (Eurostat's "Employment rates by sex, age and NUTS 2 regions (%)": what comes before "by")
    split = " efter " if " efter " in c else " by " if re.search(r"^[A-Z][a-z]+(?: [a-z]+)* by ", c) else None
    if split:
        m = c.split(split)[0].strip()
        m = re.sub(r"\s+\d{4}\s*[-–]\s*(?:\d{4})?$", "", m).strip(" ,.")
        if 2 <= len(m) <= 80:
            return m
    # "…, andel (%) av befolkningen 16-64 år, per kommun och månad 2024": the measure is what
    # comes before "per" + a breakdown (never "per 1 000 invånare", a rate)
    m = re.search(r",?\s+per\s+([a-zåäö]+)", c, flags=re.I)
    if m and (_is_entity_header(m.group(1)) or is_period_header(m.group(1)) or m.group(1).lower() in ("kön", "ålder", "åldersgrupp")):
        head = c[: m.start()].strip(" ,.")
        if 2 <= len(head) <= 80:
            return head
    return "Värde"


# Abbreviations match whole words only ("Sättkräftor" is not "tkr"); phrases match anywhere.
_TKR = ("tusentals kronor", "tusen kronor", "tusental kronor", "1000-tal kronor", "tusen kr")
_MNKR = ("miljoner kronor", "milj. kr", "milj kr", "mn kr", "miljoner kr")
_MDKR = ("miljarder kronor", "mdr kr", "miljarder kr")


def unit_from_text(text: str, values: list[float] | None = None) -> str | None:
    """The unit a header (or caption, or constant column value) states, or None."""
    # (an open-data export's snake_case header says its words between underscores:
    # "mottagare_per_1000_forsakrade" is a rate per 1 000 as much as "… per 1 000 försäkrade")
    n = text.lower().replace("_", " ")
    toks = set(words(n))
    if "%" in n or "procent" in n:
        return "%"
    if "‰" in n or "promille" in n or re.search(r"\bper (?:1 ?000|tusen)\b", n):
        return "‰"  # "sjukfall per 1 000 försäkrade": a rate, never a count
    if (m := re.search(r"\bper (10|100) ?000\b", n)):
        return f"per {m.group(1)} 000"  # "anmälda brott per 100 000 invånare": a rate, never a count
    if re.search(r"\bper\s+(?:km2|km²|kvadratkilometer|square\s+kilometre)\b", n):
        return "per km²"  # "Befolkningstäthet, inv. per km2": a density, never a count of the people
    # a share: "andel", "andelen", "kvinnoandel" – never "handel", "Handelsbolag", "detaljhandel"
    if any(t.startswith("andel") or re.search(r"(?<!h)andel(?:en|ar|arna)?$", t) for t in toks) or "share" in toks:
        finite = [abs(v) for v in (values or []) if v == v]
        if finite and max(finite) <= 1:
            return "andel"
        return "%" if finite else None
    if any(w in n for w in _MDKR) or toks & {"mdkr", "mdr"}:
        return "mdkr"
    if any(w in n for w in _MNKR) or toks & {"mnkr", "mkr", "mnkr."}:
        return "mnkr"
    if any(w in n for w in _TKR) or "tkr" in toks:
        return "tkr"
    if toks & {"kr", "kronor", "sek"} or n.endswith(" kr"):
        return "kr"
    if "dagar" in toks and toks & {"antal", "number", "count", "personer"} and not re.search(r"(?<![\d\s])\s*dagar", re.sub(r"\d+\s+dagar", "", n)):
        return "antal"  # "Antal i arbete 90 dagar efter avslut": people counted, the days a qualifier
    # ("Pågående sjukfall längre än 14 dagar": days that bound what is counted, no unit of the count)
    bound_only = "dagar" in toks and "dagar" not in words(re.sub(r"\d+\s+dagar\b", "", n))
    if ("dagar" in toks and not bound_only) or "sjukpenningtal" in n or "ohälsotal" in n or "sjukfallslängd" in n:
        return "dagar"
    if any(t.startswith(_FTE) for t in toks):
        return "årsarbetare"
    if toks & {"timmar", "timme", "tim", "hours"} and re.search(r"genomsnitt|\bmedel|\bper (?:vecka|dag|månad|person)\b|\bi snitt\b", n) and not re.search(
        r"\bantal\s+(?:personer|mottagare|deltagare)\b", n
    ):
        # "Genomsnittligt antal beviljade timmar per vecka": hours, not a count of anything asked
        # as "antalet som får …" (its "antal" had made it a count beside "Antal mottagare")
        return "timmar"
    if "tusental" in toks or re.search(r"\b1\s?000-tal\b", n):
        return "tusental"  # "Arbetslösa kvinnor (tusental)": people counted in thousands (kronor are "tkr" above)
    if "hundratal" in toks or re.search(r"\b100-tal\b", n):
        return "hundratal"  # "Antal anställda (hundratal)": people counted in hundreds
    if toks & {"hektar", "ha"}:
        return "hektar"
    if "ton" in toks:
        return "ton"
    # ("Medianinkomst för personer 20-64 år": whom the measure is of, no count of them)
    if toks & {"antal", "number", "count", "st"} or ("personer" in toks and not re.search(r"\b(?:för|bland|av|per|hos)\s+personer\b", n)):
        return "antal"
    return None


# Full-time equivalents: a count of staff, never a share ("antal årsarbetare").
_FTE = ("årsarbetare", "heltidsekvivalent", "heltidstjänst", "helårsekvivalent")
# Units a caption may lend every column that has none of its own, when it names them in so
# many words. "antal" and "andel" are left out: "antal deltagare per leverantör" says
# nothing about a column of shares, "Marknadsandelar …" nothing about a column of counts.
_CAPTION_UNITS = (
    ("%", re.compile(r"%|\bi procent\b|\bprocent\b", re.I)),
    ("tkr", re.compile(r"\btkr\b|\btusen(?:tal)? kronor\b", re.I)),
    ("mnkr", re.compile(r"\bmnkr\b|\bmkr\b|\bmiljoner kronor\b", re.I)),
    ("mdkr", re.compile(r"\bmdkr\b|\bmiljarder kronor\b", re.I)),
    ("årsarbetare", re.compile(r"\bårsarbetare\b|\bheltidsekvivalenter\b", re.I)),
)


def caption_units(text: str) -> set[str]:
    """Units a caption names in so many words ("i procent", "tkr", "årsarbetare")."""
    return {unit for unit, rx in _CAPTION_UNITS if rx.search(text)}


# Headers of figures, whatever their values look like.
_MEASURE_WORDS = frozenset("värde value values antal andel summa total totalt count number belopp".split())


def units_in(text: str) -> set[str]:
    """Every unit a text names ("Antal (andel)" → {"antal", "%"}), from its words and phrases."""
    found = set()
    for part in re.split(r"[,;()/]|\s+och\s+|\s+samt\s+", text):
        u = unit_from_text(part, [2.0]) if part.strip() else None
        if u:
            found.add(u)
    return found


def _sort_unit(notes: tuple[str, ...]) -> str | None:
    for note in notes:
        m = re.match(r"^\s*(?:Sort|Enhet|Unit)\s*:\s*(.+)$", note, re.I)
        if m:
            u = unit_from_text(m.group(1))
            if u:
                return u
            word = m.group(1).strip().lower()
            if word in ("antal", "personer", "st"):
                return "antal"
    return None


def _dedupe(names: list[str]) -> list[str]:
    seen: Counter[str] = Counter()
    out = []
    for n in names:
        seen[n] += 1
        out.append(n if seen[n] == 1 else f"{n} ({seen[n]})")
    # a later original could collide with a generated name: repeat until unique
    if len(set(out)) != len(out):
        return _dedupe(out)
    return out


