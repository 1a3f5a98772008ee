"""From header + rows (CSV, XLSX or PDF) to a ``Table`` with parsed numbers and known roles.

``make_table`` is the one place where cells become a statistics table:

- header texts are cleaned ("Utrikes-\\nfödda" → "Utrikesfödda"), empty ones named, duplicates
  numbered;
- every column gets a role: "value" (most cells parse as numbers, using the decimal separator
  the whole column implies), "code" (ids kept as text: "0114", "00", "2021"), "dimension"
  (År, Månad, Kön, Ålder…), "label" (the column naming each row's entity) or "text";
- sparse labels (PxWeb: the region only on the first row of its group) are filled downwards,
  an unlabelled sum row at the bottom becomes "Summa";
- wide period columns ("1991".."2015", "2006 Kvinnor", "200701", "2020M01") are melted to
  long form with a "Period" dimension;
- units come from the header ("antal", "(%)", "tkr", "Sjukpenningtal" → "dagar") or the cells;
- total rows (Summa, Totalt, Riket, "Kvinnor och män", the county above its kommuner…) are marked.

``consolidate`` offers tables of one document with the same value columns as one table;
``table_texts`` renders the passages through which search finds a table.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .model import Column, Table
from .numbers import MISSING_MARKERS, format_number, infer_decimal, is_missing, normalise_spaces, parse_number

# ---------------------------------------------------------------- vocabulary

# First word of a header that makes the column a time dimension ("År", "Månad", "tid", "år_månad").
_PERIOD_WORDS = {
    "år", "year", "månad", "manad", "month", "tid", "period", "kvartal", "quarter", "vecka", "week",
    "datum", "date", "läsår", "lasar", "halvår", "tidpunkt", "årtal", "termin", "referenstid", "dag",
}
_PERIOD_HEADERS = {"ar", "aar", "yr"}
_MONTHS = {
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
}
_PERIOD_VALUE_RE = re.compile(
    r"^(?:(?:19|20)\d{2}(?:\s?(?:M\d{2}|K[1-4]|Q[1-4]|T[1-3]|-\d{2}(?:-\d{2})?|/\d{2,4}|[-–]\d{2,4}))?|[0-9]{2}/[0-9]{2})\*{0,3}$",
    re.I,
)
# A wide header that is a period, optionally followed by a group ("2006 Kvinnor", "2016, Män").
_PERIOD_COL_RE = re.compile(
    r"^((?:(?:19|20)\d{2}(?:M\d{2}|K[1-4]|Q[1-4]|[01]\d)?(?:\s?[/–-]\s?(?:\d{2}|\d{4}))?|\d{2}/\d{2})\*{0,3})"
    r"(?:[,\s]+(\D.*))?$"
)
_ENTITY_WORDS = {
    "område", "omrade", "områden", "region", "län", "lan", "kommun", "kommuner", "municipality", "county",
    "area", "namn", "name", "anordnare", "leverantör", "leverantor", "utförare", "aktör", "skola", "enhet",
    "förvaltning", "stadsdel", "ort", "tätort", "kluster", "land", "länsnamn", "kommunnamn", "geografi",
    "nuts", "regionnamn", "stad", "distrikt", "församling", "verksamhet", "företag", "myndighet",
}
_GEO_WORDS = {
    "område", "omrade", "region", "län", "lan", "kommun", "municipality", "county", "area", "länsnamn",
    "kommunnamn", "geografi", "riket", "regionnamn", "stadsdel", "tätort", "ort", "nuts",
}
_CODE_WORDS = {"kod", "code", "id", "nummer", "nr", "lkf", "regionkod", "kommunkod", "länskod", "lanskod"}
_CODE_HEADERS = {"sort", "id", "index", "rad", "radnr", "löpnr", "lopnr", "nr", "ordning", "sortering", "rownames"}
_TEXT_HEADERS = {
    "källa", "kalla", "kommentar", "kommentarer", "anm", "anmärkning", "not", "noter", "fotnot", "beskrivning",
    "url", "länk", "konfidensintervall", "ki", "definition", "source", "comment", "note",
}
_SEX_VALUES = {
    "män", "kvinnor", "man", "kvinna", "totalt", "samtliga", "båda könen", "kvinnor och män", "män och kvinnor",
    "pojkar", "flickor", "pojkar och flickor", "alla", "total",
}
_TOTAL_RE = re.compile(
    r"^(?:summa|totalt?|samtliga|alla|riket|hela riket|kvinnor och män|män och kvinnor|båda könen"
    r"|pojkar och flickor|flickor och pojkar|hela länet|länet|hela landet|hela kommunen|sammanlagt)(?:\b|$)",
    re.I,
)
_GEO_TOTAL_RE = re.compile(r"^(?:hela\s+)?(?:sverige|riket|landet)(?:\s+totalt)?$", re.I)
_CODE_PREFIX_RE = re.compile(r"^\d{1,6}[.:]?\s+(?=\D)")
# The 21 counties: the root of "<root>s län" / "<root> län" / "Region <root>" and the short name.
_COUNTIES = {
    "stockholm": "stockholms", "uppsala": "uppsala", "södermanland": "södermanlands",
    "östergötland": "östergötlands", "jönköping": "jönköpings", "kronoberg": "kronobergs", "kalmar": "kalmar",
    "gotland": "gotlands", "blekinge": "blekinge", "skåne": "skåne", "halland": "hallands",
    "västra götaland": "västra götalands", "värmland": "värmlands", "örebro": "örebro",
    "västmanland": "västmanlands", "dalarna": "dalarnas", "gävleborg": "gävleborgs",
    "västernorrland": "västernorrlands", "jämtland": "jämtlands", "västerbotten": "västerbottens",
    "norrbotten": "norrbottens",
}
# Short county names that are also kommun names: only "X län"/"Region X" count as the county.
_COUNTY_CLASH = {"stockholm", "uppsala", "jönköping", "kalmar", "örebro", "gotland"}
_AGE_RE = re.compile(r"^(?:totalt\s+|samtliga\s+)?(?:-?\d+\s*[-–]\s*\d+|\d+\s*\+|-\d+|\d+)\s*(?:år|\+)?(?:\s+och äldre)?$", re.I)

SMALL_TABLE_ROWS = 60


# ---------------------------------------------------------------- cell and header text


def cell_text(v: object) -> str:
    """A cell as the source wrote it (XLSX floats in their shortest form: 7.8, not 7.800000001)."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "SANT" if v else "FALSKT"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return ""
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, _dt.datetime):
        return v.date().isoformat() if v.time() == _dt.time() else v.isoformat(sep=" ")
    if isinstance(v, (_dt.date, _dt.time)):
        return v.isoformat()
    return str(v)


_SUSPENDED_NEXT = ("och ", "eller ", "samt ", "till ", "resp")


def clean_text(v: object) -> str:
    """Cell or header text on one line: line breaks joined, hyphenation undone, spaces collapsed."""
    s = cell_text(v)
    if not s:
        return ""
    if "\n" in s or "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")

        def _join_hyphen(m: re.Match) -> str:
            nxt = s[m.end() :]
            return m.group(0) if nxt.startswith(_SUSPENDED_NEXT) else m.group(1)

        s = re.sub(r"([a-zåäöéü])-[ \t]*\n[ \t]*(?=[a-zåäöéü])", _join_hyphen, s)
        s = re.sub(r"([–-])[ \t]*\n[ \t]*(?=\d)", r"\1", s)
    s = normalise_spaces(s)
    return re.sub(r"\s+", " ", s).strip()


def _blank(v: object) -> bool:
    if v is None:
        return True
    if isinstance(v, float):
        return math.isnan(v)
    if isinstance(v, str):
        return not v.strip()
    return False


def _is_marker(v: object) -> bool:
    return isinstance(v, str) and normalise_spaces(v).strip() in MISSING_MARKERS and bool(v.strip())


def _numberish(v: object) -> bool:
    """A number or a missing-value marker (what a data cell holds)."""
    if _blank(v):
        return False
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return True
    return _is_marker(v) or parse_number(v) is not None


def is_period_like(v: object) -> bool:
    """A header or cell that is a year/period: 2019, "2020M01", "200701", "2017/18", "201001*"."""
    if isinstance(v, bool) or v is None:
        return False
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, int):
        return 1900 <= v <= 2100 or (190001 <= v <= 210012 and 1 <= v % 100 <= 12)
    s = clean_text(v)
    return bool(_PERIOD_VALUE_RE.match(s) or re.match(r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])\*{0,3}$", s))


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[^0-9a-zåäöéü%]+", name.lower()) if t]


def _is_period_header(name: str) -> bool:
    low = name.strip().lower()
    if low in _PERIOD_HEADERS:
        return True
    toks = _tokens(low)
    return bool(toks) and toks[0] in _PERIOD_WORDS


def _is_entity_header(name: str) -> bool:
    for t in _tokens(name):
        if t in _ENTITY_WORDS or t.endswith(("namn", "name")):
            return True
    return False


def _is_geo_header(name: str) -> bool:
    return any(t in _GEO_WORDS or t.endswith(("kommun", "länsnamn", "kommunnamn")) for t in _tokens(name))


def is_county(value: str) -> bool:
    """'Dalarnas län', '20 Dalarnas län', 'Region Dalarna', 'Dalarna' (short names that are also
    kommun names – Örebro, Uppsala… – only with 'län' or 'Region')."""
    s = _CODE_PREFIX_RE.sub("", clean_text(value)).lower().strip()
    m = re.match(r"^(.+?)\s+läns?$", s)
    if m:
        root = m.group(1)
        return any(root in (k, v) for k, v in _COUNTIES.items())
    m = re.match(r"^region\s+(.+)$", s)
    if m:
        return m.group(1) in _COUNTIES or m.group(1) == "jämtland härjedalen"
    return s in _COUNTIES and s not in _COUNTY_CLASH


def is_total_label(value: str, geographic: bool = False) -> bool:
    s = _CODE_PREFIX_RE.sub("", clean_text(value)).strip()
    if not s:
        return False
    if _TOTAL_RE.match(s):
        return True
    return geographic and bool(_GEO_TOTAL_RE.match(s))


# ---------------------------------------------------------------- header rows


def combine_header_rows(rows: list[list[object]]) -> list[str]:
    """Several header rows → one name per column.

    An upper-row text stands over the columns to its right until the next text, as long as
    those columns have a lower header ("Andel (%) som slutfört" over "Inom 3 år", "Inom 4 år"…)
    and no row above starts a new group there – that is what merged cells look like once
    read. An upper row shifted one column left (over the unnamed label column) is moved back.
    Parts are joined with a space when the next part continues a phrase (lower-case start),
    else with ", ".
    """
    if not rows:
        return []
    width = max(len(r) for r in rows)
    orig = [[clean_text(r[i]) if i < len(r) else "" for i in range(width)] for r in rows]
    bottom = orig[-1]
    for r in range(len(orig) - 1):
        row = orig[r]
        filled = [j for j in range(width) if row[j]]
        if (
            filled
            and not bottom[filled[0]]
            and all(j + 1 < width and bottom[j + 1] and not row[j + 1] for j in filled)
        ):
            orig[r] = [""] + row[:-1]
    grid = [list(r) for r in orig]
    for r in range(len(grid) - 1):
        row = grid[r]
        src = -1
        for j in range(width):
            if orig[r][j]:
                src = j
            elif not bottom[j]:
                src = -1
            elif src >= 0 and not any(orig[k][i] for k in range(r) for i in range(src + 1, j + 1)):
                row[j] = orig[r][src]
    names = []
    for j in range(width):
        parts: list[str] = []
        for r in range(len(grid)):
            p = grid[r][j]
            if p and (not parts or parts[-1] != p):
                parts.append(p)
        name = ""
        for p in parts:
            if not name:
                name = p
            elif p[:1].islower() or name.endswith(("-", "–", "/")):
                name = f"{name} {p}"
            else:
                name = f"{name}, {p}"
        names.append(name)
    return names


def _is_header_continuation(row: list[object], rest: list[list[object]]) -> bool:
    """A leading data row that is really a second header row (PDF tables with two header rows)."""
    cells = [(j, v) for j, v in enumerate(row) if not _blank(v)]
    if not cells or not rest or all(j == 0 for j, _ in cells):
        return False
    years = [v for _, v in cells if _numberish(v)]
    if years and not (all(is_period_like(y) for y in years) and len({cell_text(y) for y in years}) == len(years) >= 2):
        return False
    if any(_is_marker(v) for _, v in cells):
        return False
    numeric_cols = set()
    for j in range(len(row)):
        col = [r[j] for r in rest if j < len(r) and not _blank(r[j])]
        if col and sum(_numberish(v) for v in col) >= 0.8 * len(col):
            numeric_cols.add(j)
    return any(j in numeric_cols for j, _ in cells)


# ---------------------------------------------------------------- columns


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


def _classify(name: str, cells: list[object], next_name: str) -> _Col:
    # Work on distinct cell values: long exports repeat the same few labels thousands of times.
    uniq: dict[object, int] = {}
    for v in cells:
        if v not in uniq:
            uniq[v] = 0
        uniq[v] += 1
    distinct = [v for v in uniq if not _blank(v)]
    raw_of = {v: cell_text(v) for v in uniq}
    raw = [raw_of[v] for v in cells]
    col = _Col(name=name, raw=raw)
    strings = [v for v in distinct if isinstance(v, str)]
    dec = infer_decimal(strings) if strings else None
    parsed_of: dict[object, object] = {}
    n_num = n_marker = n_text = 0
    for v in distinct:
        p = parse_number(v, dec)
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
    toks = _tokens(low)
    # "most" cells: a value column may carry a few words ("Högre andel") – they stay in raw
    numeric = (n_num > 0 and n_num > 0.5 * (n_num + n_text)) or (n_num + n_text == 0 and n_marker > 0)
    period_values = bool(distinct) and all(is_period_like(v) for v in distinct)

    kind = "value" if numeric else "text"
    if _is_period_header(name):
        kind = "period"
    elif numeric and period_values and not name:
        kind = "period"
    elif not numeric and distinct and all(is_period_like(v) or clean_of[v].lower() in _MONTHS for v in distinct):
        kind = "period"
    elif numeric and all_digits:
        stripped_next = re.sub(r"s?_?\s?namn|s?_?name", "", next_name.lower()) if next_name else ""
        leading_zero = any(len(t) > 1 and t.startswith("0") for t in digit_strings)
        if (
            leading_zero
            or low in _CODE_HEADERS
            or any(t in _CODE_WORDS or t.endswith(("kod", "nummer", "code")) for t in toks)
            or (next_name and stripped_next.strip() == low)
            or (_is_entity_header(name) and not any(t in ("antal", "andel") for t in toks))
        ):
            kind = "code"
    if kind == "value" and any(t in _TEXT_HEADERS for t in toks) and n_text:
        kind = "text"
    col.kind = kind
    if kind == "value":
        nan = float("nan")
        col.values = [parsed_of[v].value if parsed_of.get(v) is not None else nan for v in cells]
        col.cell_units = Counter()
        for v in distinct:
            p = parsed_of[v]
            if p is not None and p.unit:
                col.cell_units[p.unit] += uniq[v]
    else:
        text_of = {v: _text_value(v) for v in uniq}
        col.text = [text_of[v] for v in cells]
    return col


_TEXT_MISSING = {"NA", "N/A", "NaN", "nan", "None", "null", "NULL", "#N/A"}


def _text_value(v: object) -> str:
    t = clean_text(v)
    return "" if t in _TEXT_MISSING else t


def _guess_kind_name(values: list[str]) -> str | None:
    """What an unnamed text column holds: 'period' | 'region' | 'age' | 'sex' | None."""
    vals = [v for v in values if v]
    if not vals:
        return None
    distinct = set(vals)

    def share(pred) -> float:
        return sum(1 for v in vals if pred(v)) / len(vals)

    if share(lambda v: is_period_like(v) or v.lower() in _MONTHS) >= 0.9:
        return "period"
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
        if p and p.lower() not in ("variabel", "tabellinnehåll", "uppgift") and len(p) < 40:
            out.append(p)
    return out


def _measure_name(caption: str) -> str:
    c = re.sub(r"^(?:Tabell|Tab\.|Table|Figur|Diagram)\s*\d+[.:]?\s*", "", caption.strip(), flags=re.I)
    if " efter " in c:
        m = c.split(" efter ")[0].strip()
        m = re.sub(r"\s+\d{4}\s*[-–]\s*(?:\d{4})?$", "", m).strip(" ,.")
        if 2 <= len(m) <= 80:
            return m
    return "Värde"


# Abbreviations match whole words only ("Sättkräftor" is not "tkr"); phrases match anywhere.
_TKR = ("tusentals kronor", "tusen kronor", "tusental kronor", "1000-tal kronor", "tusen kr")
_MNKR = ("miljoner kronor", "milj. kr", "milj kr", "mn kr", "miljoner kr")
_MDKR = ("miljarder kronor", "mdr kr", "miljarder kr")


def unit_from_text(text: str, values: list[float] | None = None) -> str | None:
    """The unit a header (or caption, or constant column value) states, or None."""
    n = text.lower()
    toks = set(_tokens(n))
    if "%" in n or "procent" in n:
        return "%"
    if "‰" in n or "promille" in n:
        return "‰"
    if "andel" in n or "share" in toks:
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
    if "dagar" in toks or "sjukpenningtal" in n or "ohälsotal" in n or "sjukfallslängd" in n:
        return "dagar"
    if toks & {"hektar", "ha"}:
        return "hektar"
    if "ton" in toks:
        return "ton"
    if toks & {"antal", "number", "count", "st", "personer"}:
        return "antal"
    return None


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


# ---------------------------------------------------------------- make_table


def make_table(
    header: list[str],
    rows: list[list[object]],
    *,
    table_id: str,
    document: str,
    caption: str = "",
    page: int | None = None,
    sheet: str | None = None,
    section: str = "",
    notes: tuple[str, ...] = (),
) -> Table | None:
    """Header + rows (cells str/int/float/None) → Table, or None when there is no usable table
    (no numeric column, or no data row)."""
    caption = clean_text(caption)
    width = max([len(header)] + [len(r) for r in rows]) if (header or rows) else 0
    if width == 0:
        return None
    hdr = [header[i] if i < len(header) else None for i in range(width)]
    grid = [[r[i] if i < len(r) else None for i in range(width)] for r in rows]
    # A "header" of numbers is the first data row (PDF tables whose real header is elsewhere).
    head_cells = [h for h in hdr if not _blank(h)]
    head_numbers = [h for h in head_cells if _numberish(h) and not is_period_like(h)]
    if head_cells and len(head_numbers) * 2 >= len(head_cells):
        grid.insert(0, hdr)
        hdr = [None] * width
    grid = [r for r in grid if any(not _blank(c) for c in r)]
    extra = []
    while len(grid) > 1 and _is_header_continuation(grid[0], grid[1:]):
        extra.append(grid.pop(0))
    names = combine_header_rows([hdr, *extra]) if extra else [clean_text(h) for h in hdr]
    if not grid:
        return None
    keep = [j for j in range(width) if any(not _blank(r[j]) for r in grid)]
    names = [names[j] for j in keep]
    grid = [[r[j] for j in keep] for r in grid]
    width = len(keep)
    if not width:
        return None

    # An unnamed R/pandas row index ("", 1, 2, 3 …) is not data.
    if width > 1 and names[0].lower() in ("", "unnamed: 0", "...1", "x", "rownames"):
        first = [cell_text(r[0]).strip() for r in grid]
        if all(re.fullmatch(r"\d+", v) for v in first) and [int(v) for v in first] in (
            list(range(1, len(first) + 1)),
            list(range(len(first))),
        ):
            names = names[1:]
            grid = [r[1:] for r in grid]
            width -= 1

    cols = [
        _classify(names[j], [r[j] for r in grid], names[j + 1] if j + 1 < width else "") for j in range(width)
    ]
    if not any(c.kind == "value" and any(v == v for v in c.values) for c in cols):
        return None  # no column with a single number in it
    _pad_codes(cols)
    _fill_sparse(cols, len(grid))
    group_col = _group_headings(cols)
    if group_col is not None:
        cols.insert(0, group_col)
    if not cols[0].raw:
        return None
    _name_unnamed(cols, caption)
    for c, n in zip(cols, _dedupe([c.name for c in cols])):
        c.name = n
    melted = _melt_periods(cols, caption)
    if melted is not None:
        cols = melted
    for c, n in zip(cols, _dedupe([c.name for c in cols])):
        c.name = n
    label = _assign_roles(cols)
    _assign_units(cols, caption, notes)
    total_rows = _mark_totals(cols, label)

    data = {}
    raw = {}
    for c in cols:
        if c.role == "value":
            data[c.name] = pd.Series(np.asarray(c.values, dtype="float64"))
        else:
            data[c.name] = pd.Series(c.text, dtype=object)
        raw[c.name] = pd.Series(c.raw, dtype=object)
    frame = pd.DataFrame(data)
    raw_frame = pd.DataFrame(raw)
    if frame.empty:
        return None
    columns = tuple(
        Column(name=c.name, role=c.role, unit=c.unit if c.role == "value" else None, total_values=c.total_values)
        for c in cols
    )
    return Table(
        id=table_id,
        document=document,
        page=page,
        sheet=sheet,
        caption=caption,
        frame=frame,
        raw=raw_frame,
        columns=columns,
        label_column=label,
        total_rows=tuple(total_rows),
        section=section,
        notes=tuple(notes),
        pages=(page,) if page is not None else (),
    )


def _pad_codes(cols: list[_Col]) -> None:
    """Kommun codes written as numbers lose their leading zero (114 = 0114): restore it."""
    for c in cols:
        if c.kind != "code":
            continue
        low = c.name.lower()
        width = 4 if "kommun" in low or "municipality" in low else 2 if re.search(r"län|lan\b|county", low) else 0
        vals = [t for t in c.text if t]
        if width and vals and all(re.fullmatch(r"\d{1,4}", t) for t in vals) and max(len(t) for t in vals) <= width:
            if any(len(t) < width for t in vals) and (width == 2 or min(len(t) for t in vals) >= 3):
                c.text = [t.zfill(width) if t else t for t in c.text]


def _fill_sparse(cols: list[_Col], n: int) -> None:
    """PxWeb/pasted layouts write a group's label only on its first row; fill it downwards.

    A blank cell is filled when every text column to its left is blank in that row too (the
    row belongs to the group above). Unlabelled rows at the bottom that carry numbers are sum
    rows: their varying text columns become "Summa", constant ones keep their value.
    """
    cats = [c for c in cols if c.kind in ("text", "period")]
    vals = [c for c in cols if c.kind in ("value", "code")]
    if not cats or n == 0:
        return
    blank = [[not c.text[i] for c in cats] for i in range(n)]
    summary: list[int] = []
    i = n - 1
    while i > 0 and all(blank[i]) and any(c.raw[i].strip() for c in vals if c.kind == "value"):
        summary.append(i)
        i -= 1
    if all(blank[i]):  # nothing labelled at all: not a sum row, just an unlabelled table
        summary = []
    summary_set = set(summary)
    for k, c in enumerate(cats):
        last = None
        for r in range(n):
            if r in summary_set:
                continue
            if c.text[r]:
                last = c.text[r]
            elif last is not None and all(blank[r][kk] for kk in range(k)):
                c.text[r] = last
                c.filled.add(r)
    for c in cats:
        others = {c.text[r] for r in range(n) if r not in summary_set and c.text[r]}
        for r in summary:
            if len(others) == 1:
                c.text[r] = next(iter(others))
            else:
                c.text[r] = "Summa"
            c.filled.add(r)


def _group_headings(cols: list[_Col]) -> _Col | None:
    """Rows with only a first-column text and nothing else are group headings ("Norra
    länsdelen" over its areas). They are dropped; with a single text column their text
    becomes a "Grupp" column (with several, the downward fill has already carried it)."""
    cats = [c for c in cols if c.kind in ("text", "period")]
    if not cats:
        return None
    first = cats[0]
    n = len(first.raw)
    heads = []
    for r in range(n):
        if not first.raw[r].strip():
            continue
        if all(not c.raw[r].strip() for c in cols if c is not first):
            heads.append(r)
    if not heads or heads[-1] == n - 1 or len(heads) * 2 > n:
        return None
    head_set = set(heads)
    keep_rows = [r for r in range(n) if r not in head_set]
    if len(cats) > 1:
        _select_rows(cols, keep_rows)
        return None
    group = _Col(name="Grupp", raw=[], kind="text")
    current = ""
    keep_rows = []
    gtext = []
    for r in range(n):
        if r in head_set:
            current = first.text[r]
            continue
        keep_rows.append(r)
        gtext.append(current)
    group.text = gtext
    group.raw = [""] * len(gtext)
    group.filled = set(range(len(gtext)))
    _select_rows(cols, keep_rows)
    return group


def _select_rows(cols: list[_Col], keep_rows: list[int]) -> None:
    pos = {r: i for i, r in enumerate(keep_rows)}
    for c in cols:
        c.raw = [c.raw[r] for r in keep_rows]
        if c.kind == "value":
            c.values = [c.values[r] for r in keep_rows]
        else:
            c.text = [c.text[r] for r in keep_rows]
        c.filled = {pos[r] for r in c.filled if r in pos}


def _name_unnamed(cols: list[_Col], caption: str) -> None:
    """Name columns with an empty header: from their content (Ålder, Kön, Region, Period), from a
    PxWeb title ("… efter region, ålder, kön och år"), else "Grupp" / "Värde" / "Kolumn N"."""
    unnamed = [c for c in cols if not c.name]
    if not unnamed:
        return
    title_names = _title_dimensions(caption)
    used: set[str] = set()
    type_words = {
        "period": {"år", "månad", "kvartal", "tid", "period", "vecka", "halvår"},
        "region": {"region", "län", "kommun", "län/riket", "riket", "område", "kommuner", "län/kommun"},
        "age": {"ålder", "åldersgrupp", "åldersklass"},
        "sex": {"kön"},
    }
    generic = {"period": "Period", "region": "Region", "age": "Ålder", "sex": "Kön"}
    for c in unnamed:
        if c.kind not in ("text", "period"):
            continue
        kind = _guess_kind_name(c.text)
        if kind is None:
            continue
        word = next((t for t in title_names if t.lower() in type_words[kind] and t not in used), None)
        if word:
            used.add(word)
            c.name = word[:1].upper() + word[1:]
        else:
            c.name = generic[kind]
        if kind == "period":
            c.kind = "period"
    rest = [t for t in title_names if t not in used and t.lower() not in type_words["period"]]
    for c in cols:
        if c.name or c.kind not in ("text", "period"):
            continue
        if rest:
            t = rest.pop(0)
            c.name = t[:1].upper() + t[1:]
    n_value_unnamed = sum(1 for c in cols if not c.name and c.kind == "value")
    grupp_used = any(c.name == "Grupp" for c in cols)
    for pos, c in enumerate(cols, start=1):
        if c.name:
            continue
        if c.kind == "value" and n_value_unnamed == 1:
            c.name = "Värde"
        elif c.kind in ("text",) and not grupp_used:
            c.name = "Grupp"
            grupp_used = True
        else:
            c.name = f"Kolumn {pos}"


_MEASURE_WORDS = {"antal", "andel", "värde", "summa", "medel", "medelvärde", "median", "belopp", "procent", "index"}


def _melt_periods(cols: list[_Col], caption: str) -> list[_Col] | None:
    """Wide period columns → long form: one row per entity and period.

    "2006 Kvinnor"-style headers give a second dimension from the suffix ("Kön" when the
    suffixes are sexes, else "Grupp"); suffixes that are measures ("2022 Antal", "2022 Andel")
    become one value column each instead, so counts and shares never share a column.
    """
    values = [c for c in cols if c.kind == "value"]
    matches = {id(c): _PERIOD_COL_RE.match(c.name) for c in values}
    periodic = [c for c in values if matches[id(c)]]
    if len(periodic) < 2 or len(periodic) != len(values):
        return None
    ids = [c for c in cols if c.kind != "value"]
    if not ids:
        return None
    periods = [matches[id(c)].group(1) for c in periodic]
    suffixes = [(matches[id(c)].group(2) or "").strip() for c in periodic]
    distinct_suffixes = list(dict.fromkeys(suffixes))
    measure_suffixes = all(s for s in suffixes) and all(
        unit_from_text(s) or set(_tokens(s)) & _MEASURE_WORDS for s in distinct_suffixes
    )
    if measure_suffixes and len(set(zip(periods, suffixes))) != len(periodic):
        measure_suffixes = False
    n = len(cols[0].raw)
    out_ids = [_Col(name=c.name, raw=[], kind=c.kind) for c in ids]
    period = _Col(name="Period", raw=[], kind="period")
    suffix_col = None
    if any(suffixes) and not measure_suffixes:
        lower = {s.lower() for s in suffixes if s}
        suffix_col = _Col(name="Kön" if lower <= _SEX_VALUES else "Grupp", raw=[], kind="text")
    if measure_suffixes:
        measures = {s: _Col(name=s, raw=[], kind="value") for s in distinct_suffixes}
        slots = list(dict.fromkeys(periods))
    else:
        measures = {"": _Col(name=_measure_name(caption), raw=[], kind="value")}
        slots = list(range(len(periodic)))
    by_slot: dict[object, list[tuple[_Col, str]]] = {}
    for k, (c, per, suf) in enumerate(zip(periodic, periods, suffixes)):
        by_slot.setdefault(per if measure_suffixes else k, []).append((c, suf))
    for r in range(n):
        for slot in slots:
            members = by_slot[slot]
            for oc, ic in zip(out_ids, ids):
                oc.text.append(ic.text[r])
                oc.raw.append(ic.raw[r])
                if r in ic.filled:
                    oc.filled.add(len(oc.text) - 1)
            first = members[0][0]
            period.text.append(matches[id(first)].group(1))
            period.raw.append(first.name if not measure_suffixes else matches[id(first)].group(1))
            if suffix_col is not None:
                suffix_col.text.append(members[0][1])
                suffix_col.raw.append(first.name)
            present = {(suf if measure_suffixes else ""): c for c, suf in members}
            for key, m in measures.items():
                c = present.get(key)
                m.values.append(c.values[r] if c is not None else float("nan"))
                m.raw.append(c.raw[r] if c is not None else "")
                if c is not None and r == 0:
                    m.cell_units.update(c.cell_units)
    return out_ids + [period] + ([suffix_col] if suffix_col is not None else []) + list(measures.values())


def _assign_roles(cols: list[_Col]) -> str:
    """Decide label/dimension/code/text/value; return the label column's name."""
    cats = [c for c in cols if c.kind in ("text", "period")]
    for c in cols:
        if c.kind == "value":
            c.role = "value"
        elif c.kind == "code":
            c.role = "code"
    distinct = {id(c): len({t for t in c.text if t}) for c in cats}
    plain = [c for c in cats if c.kind == "text" and not _is_free_text(c)]
    entity = [c for c in plain if _is_entity_header(c.name)]
    label: _Col | None = None
    multi_entity = [c for c in entity if distinct[id(c)] > 1]
    if multi_entity:
        # the first entity column, unless a later one is much finer (ESV: typ → titel)
        best = max(distinct[id(c)] for c in multi_entity)
        label = next(c for c in multi_entity if distinct[id(c)] * 2 >= best)
    if label is None:
        label = next((c for c in plain if distinct[id(c)] > 1), None)
    if label is None:
        periods = [c for c in cats if c.kind == "period" and distinct[id(c)] > 1]
        if len(periods) == 1:
            label = periods[0]
        elif len(periods) > 1 and not any(c.name == "Period" for c in cols):
            label = _Col(name="Period", raw=[""] * len(periods[0].text), kind="text")
            label.text = [" ".join(t for t in parts if t) for parts in zip(*(p.text for p in periods))]
            label.filled = set(range(len(label.text)))
            cols.insert(0, label)
            cats.insert(0, label)
    if label is None:
        label = entity[0] if entity else (plain[0] if plain else (cats[0] if cats else None))
    if label is None:
        n = len(cols[0].raw)
        label = _Col(name="Rad", raw=[""] * n, kind="text")
        label.text = [str(i + 1) for i in range(n)]
        cols.insert(0, label)
        cats.insert(0, label)
    for c in cats:
        if c is label:
            c.role = "label"
        elif c.kind == "text" and _is_free_text(c):
            c.role = "text"
        else:
            c.role = "dimension"
    return label.name


def _is_free_text(c: _Col) -> bool:
    toks = _tokens(c.name)
    if any(t in _TEXT_HEADERS for t in toks):
        return True
    vals = [t for t in c.text if t]
    if not vals:
        return False
    distinct = len(set(vals))
    avg = sum(len(v) for v in vals) / len(vals)
    if len(vals) >= 20 and distinct / len(vals) > 0.5 and avg > 40:
        return True
    # interval-like cells "57.9 - 66.7 *"
    return sum(1 for v in vals if re.match(r"^-?\d+(?:[.,]\d+)?\s*-\s*-?\d+(?:[.,]\d+)?\s*\**$", v)) > 0.8 * len(vals)


def _assign_units(cols: list[_Col], caption: str, notes: tuple[str, ...]) -> None:
    values = [c for c in cols if c.role == "value"]
    sort_unit = _sort_unit(notes)
    constant_texts = [c.text[0] for c in cols if c.role in ("dimension", "text", "label") and c.text and len(set(c.text)) == 1]
    for c in values:
        finite = [v for v in c.values if v == v]
        cells = c.cell_units.most_common(1)
        n_units = sum(c.cell_units.values())
        unit = None
        if cells and cells[0][0] == "%" and cells[0][1] >= 0.5 * max(1, len(finite)):
            unit = "%"
        if unit is None:
            unit = unit_from_text(c.name, finite)
        if unit is None and cells and cells[0][1] >= 0.5 * max(1, n_units):
            unit = cells[0][0]
        if unit is None and len(values) == 1:
            for t in constant_texts:
                unit = unit_from_text(t, finite)
                if unit:
                    break
        if unit is None and len(values) == 1 and caption:
            unit = unit_from_text(caption, finite) if re.search(r"\(%\)|procent|andel|\btkr\b|kronor", caption, re.I) else None
        if unit is None:
            unit = sort_unit
        c.unit = unit


def _mark_totals(cols: list[_Col], label: str) -> list[int]:
    """Set total_values for label/dimension columns; return the label's total rows."""
    total_rows: list[int] = []
    for c in cols:
        if c.role not in ("label", "dimension") or c.kind == "period":
            continue
        geo = c.role == "label" or _is_geo_header(c.name)
        distinct = list(dict.fromkeys(t for t in c.text if t))
        totals = [v for v in distinct if is_total_label(v, geographic=geo)]
        if geo:
            rest = [v for v in distinct if v not in totals]
            counties = [v for v in rest if is_county(v)]
            if len(counties) == 1 and len(rest) - 1 >= 2:
                totals.append(counties[0])
        if (c.role == "label" and "Summa" in distinct) and "Summa" not in totals:
            totals.append("Summa")
        c.total_values = tuple(totals)
        if c.role == "label" and totals:
            tset = set(totals)
            total_rows = [i for i, t in enumerate(c.text) if t in tset]
    return total_rows


# ---------------------------------------------------------------- consolidate

_KLUSTER_RE = re.compile(r"\b(röda?|orangea?|gula?|gröna?|blåa?)\s+kluster", re.I)
_KLUSTER_NAMES = {"röd": "Röda", "röda": "Röda", "orange": "Orange", "orangea": "Orange", "gul": "Gula", "gula": "Gula",
                  "grön": "Gröna", "gröna": "Gröna", "blå": "Blå", "blåa": "Blå"}
_CAPTION_NO_RE = re.compile(r"^(Tabell|Tab\.|Table)\s*(\d+)\s*[.:–-]?\s*(.*)$", re.I)


def _norm_name(name: str) -> str:
    return re.sub(r"[^0-9a-zåäöéü%]+", "", name.lower())


def _kluster(text: str) -> str:
    m = _KLUSTER_RE.search(text or "")
    return _KLUSTER_NAMES.get(m.group(1).lower(), "") if m else ""


def _ranges(nums: list[int]) -> str:
    nums = sorted(set(nums))
    parts = []
    start = prev = nums[0]
    for n in nums[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(f"{start}–{prev}" if prev > start else f"{start}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)


def consolidate(tables: list[Table]) -> list[Table]:
    """Tables of one document with the same value columns (the report's Tabell 4 and 6–11, one
    per part of the county) → one extra table with all rows, an "Område" label, the section each
    row came from ("Avsnitt") and, when the parts say so, "Kluster" (Röda/Orange). Needs at
    least two tables, and two value columns or the same label header (a lone "Antal" column
    is too common to mean the same thing). The parts stay as they are."""
    groups: dict[tuple, list[Table]] = {}
    for t in tables:
        if t.source_tables:
            continue
        vals = tuple(_norm_name(c.name) for c in t.value_columns)
        dims = tuple(sorted(_norm_name(c.name) for c in t.columns if c.role in ("dimension",)))
        if not vals or all(re.fullmatch(r"(?:kolumn\d+|värde)(?:\d+)?", v) for v in vals):
            continue  # names we made up say nothing about the columns being the same
        groups.setdefault((t.document, vals, dims), []).append(t)
    out: list[Table] = []
    for (document, vals, _dims), parts in groups.items():
        label_headers = {_norm_name(p.label_column) for p in parts}
        # Different label headers only go together when all name places/providers
        # ("Område", "Röda kluster"); "Leverantör" rows never mix with "Utbildningsinriktning".
        if len(label_headers) > 1 and (
            len(vals) < 2 or not all(_is_entity_header(p.label_column) or _kluster(p.label_column) for p in parts)
        ):
            subgroups: dict[str, list[Table]] = {}
            for p in parts:
                subgroups.setdefault(_norm_name(p.label_column), []).append(p)
            candidates = list(subgroups.values())
        else:
            candidates = [parts]
        for group in candidates:
            if len(group) >= 2:
                out.append(_consolidate_group(document, group, len(out) + 1))
    return out


def _consolidate_group(document: str, parts: list[Table], k: int) -> Table:
    label_name = parts[0].label_column if len({p.label_column for p in parts}) == 1 else "Område"
    value_cols = parts[0].value_columns
    dim_names = [c.name for c in parts[0].columns if c.role == "dimension"]
    frames, raws = [], []
    avsnitt, kluster = [], []
    total_rows: list[int] = []
    offset = 0
    common = [s.strip() for s in _common_section(parts).split(">") if s.strip()]
    caption_parts = _caption_avsnitt(parts)
    for p, cap_av in zip(parts, caption_parts):
        sec_parts = [s.strip() for s in (p.section or "").split(">") if s.strip()]
        part_kluster = _kluster(p.label_column) or _kluster(p.caption) or next(
            (_kluster(s) for s in reversed(sec_parts) if _kluster(s)), ""
        )
        # the part's own heading ("Norra länsdelen"), else what its caption names, else the shared heading
        own = [s for s in sec_parts[len(common) :] if not _kluster(s)]
        plain_common = [s for s in common if not _kluster(s)]
        part_avsnitt = own[-1] if own else (cap_av or (plain_common[-1] if plain_common else (p.sheet or "")))
        n = len(p.frame)
        f = pd.DataFrame({label_name: p.frame[p.label_column].astype(str).values})
        r = pd.DataFrame({label_name: p.raw[p.label_column].astype(str).values})
        for d in dim_names:
            f[d] = p.frame[d].values
            r[d] = p.raw[d].values
        for vc, pvc in zip(value_cols, p.value_columns):
            f[vc.name] = p.frame[pvc.name].values
            r[vc.name] = p.raw[pvc.name].values
        frames.append(f)
        raws.append(r)
        avsnitt += [part_avsnitt] * n
        for lab in p.frame[p.label_column].astype(str):
            kluster.append(_kluster(lab) or part_kluster)
        total_rows += [offset + i for i in p.total_rows]
        offset += n
    frame = pd.concat(frames, ignore_index=True)
    raw = pd.concat(raws, ignore_index=True)
    extra: list[tuple[str, list[str]]] = []
    if any(avsnitt):
        extra.append(("Avsnitt", avsnitt))
    if any(kluster):
        extra.append(("Kluster", kluster))
    for pos, (name, vals) in enumerate(extra, start=1):
        frame.insert(pos, name, pd.Series(vals, dtype=object))
        raw.insert(pos, name, pd.Series(vals, dtype=object))
    # totals over the whole set: the county row (Tabell 2 "Örebro län") above the areas
    lab_col = _Col(name=label_name, raw=list(raw[label_name]), kind="text", role="label")
    lab_col.text = list(frame[label_name].astype(str))
    _mark_totals([lab_col], label_name)
    tset = set(lab_col.total_values)
    for p in parts:
        tset |= set(p.column(p.label_column).total_values)
    total_rows = sorted(set(total_rows) | {i for i, t in enumerate(lab_col.text) if t in tset})
    columns: list[Column] = [Column(label_name, "label", None, tuple(v for v in dict.fromkeys(lab_col.text) if v in tset))]
    columns += [Column(name, "dimension") for name, _ in extra]
    for d in dim_names:
        tv = tuple(dict.fromkeys(v for p in parts for v in p.column(d).total_values))
        columns.append(Column(d, "dimension", None, tv))
    for vc in value_cols:
        units = {p.column(pc.name).unit for p in parts for pc in p.value_columns if _norm_name(pc.name) == _norm_name(vc.name)}
        unit = vc.unit if len(units) == 1 else next((u for u in units if u), None)
        columns.append(Column(vc.name, "value", unit))
    pages = tuple(sorted({pg for p in parts for pg in ((p.pages or ()) + ((p.page,) if p.page is not None else ()))}))
    return Table(
        id=f"{document}#sammanstallning-{k}",
        document=document,
        page=pages[0] if pages else None,
        sheet=parts[0].sheet if len({p.sheet for p in parts}) == 1 else None,
        caption=_consolidated_caption(parts),
        frame=frame,
        raw=raw,
        columns=tuple(columns),
        label_column=label_name,
        total_rows=tuple(total_rows),
        section=_common_section(parts),
        notes=tuple(dict.fromkeys(n for p in parts for n in p.notes)),
        source_tables=tuple(p.id for p in parts),
        pages=pages,
    )


def _caption_avsnitt(parts: list[Table]) -> list[str]:
    """What each caption says beyond the others: "Tabell 8 Arbetskraft … i utsatta områden,
    Västra länsdelen, röda" → "Västra länsdelen" (kluster words and years dropped)."""
    segs = []
    for p in parts:
        m = _CAPTION_NO_RE.match(p.caption or "")
        rest = m.group(3) if m else (p.caption or "")
        segs.append([x.strip(" .") for x in rest.split(",") if x.strip(" .")])
    counts = Counter(x for ss in segs for x in set(ss))
    out = []
    for ss in segs:
        keep = [
            x for x in ss
            if counts[x] * 2 < len(parts) and not re.fullmatch(r"(?:röda?|orangea?|gula?|gröna?)(?:\s+kluster)?", x, re.I)
            and not re.fullmatch(r"(?:19|20)\d{2}(?:[-–/]\d{2,4})?", x)
        ]
        out.append(keep[-1] if keep and len(keep[-1].split()) <= 4 else "")
    return out


def _common_section(parts: list[Table]) -> str:
    split = [[s.strip() for s in (p.section or "").split(">") if s.strip()] for p in parts]
    common = []
    for items in zip(*split):
        if len(set(items)) == 1:
            common.append(items[0])
        else:
            break
    return " > ".join(common)


def _consolidated_caption(parts: list[Table]) -> str:
    nums, rests = [], []
    for p in parts:
        m = _CAPTION_NO_RE.match(p.caption or "")
        if m:
            nums.append(int(m.group(2)))
            rests.append(m.group(3).strip())
        else:
            rests.append((p.caption or "").strip())
    common = ""
    if rests and all(r == rests[0] for r in rests) and rests[0]:
        common = rests[0]
    else:
        words = [r.split() for r in rests]
        prefix = []
        for ws in zip(*words):
            if len(set(ws)) == 1:
                prefix.append(ws[0])
            else:
                break
        if len(prefix) >= 2:
            common = " ".join(prefix) + " …"
    if len(nums) == len(parts):
        head = f"Sammanställning av Tabell {_ranges(nums)}"
        return f"{head}: {common}" if common else head
    if common:
        return f"Sammanställning: {common}"
    names = list(dict.fromkeys(p.caption for p in parts if p.caption))
    return "Sammanställning av " + "; ".join(names[:4]) + (" …" if len(names) > 4 else "")


# ---------------------------------------------------------------- search texts

_CONTACT_NOTE_RE = re.compile(
    r"^(kontaktperson|kontakt|senaste uppdatering|intern referenskod|datatyp|telefon|e-?post)\b|@|\+46|\b0\d{2,3}[- ]\d",
    re.I,
)


def _display(value: float, raw: str, unit: str | None) -> str:
    p = parse_number(raw) if raw else None
    decimals = p.decimals if p is not None and abs(p.value - value) < 1e-9 * max(1.0, abs(value)) else None
    if decimals is not None and decimals > 4:  # machine exports ("40612.1932895"): a passage needs less
        decimals = 3 if abs(value) < 1000 else 1
    return format_number(value, decimals, unit if unit and unit != "andel" else None)


def _column_heads(table: Table) -> str:
    parts = []
    for c in table.columns:
        tag = {"label": "etikett", "dimension": "dimension", "code": "kod", "text": "text"}.get(c.role)
        if c.role == "value":
            parts.append(f"{c.name} ({c.unit})" if c.unit else c.name)
        else:
            parts.append(f"{c.name} [{tag}]")
    return "Kolumner: " + "; ".join(parts)


def table_texts(table: Table, max_chars: int = 1200) -> list[str]:
    """The passages through which search finds a table.

    First passage: caption, column headers with units, notes. Small tables (≤ 60 rows) follow
    with their rows ("Vivalla: Arbetslöshet 24,9 %; Arbetskraft, antal 2 787 antal"), packed into
    passages that each begin with the caption. Large tables get the distinct values of their
    label and dimension columns (truncated) instead – never a passage per row.
    """
    caption = table.caption or table.id
    head_lines = [caption]
    if table.section and table.section not in caption:
        head_lines.append(f"Avsnitt: {table.section}")
    frame, raw = table.frame, table.raw
    n = len(frame)
    head_lines.append(_column_heads(table))
    constant = []
    for c in table.columns:
        if c.role in ("dimension", "text") and n > 1:
            vals = set(frame[c.name].astype(str))
            if len(vals) == 1 and next(iter(vals)):
                constant.append(f"{c.name}: {next(iter(vals))}")
    head_lines += constant
    head_lines.append(f"{n} rader." if n != 1 else "1 rad.")
    for note in table.notes:
        if not _CONTACT_NOTE_RE.search(note):
            head_lines.append(note)
    first = _truncate("\n".join(head_lines), max_chars)
    out = [first]
    const_names = {s.split(":")[0] for s in constant}
    if n <= SMALL_TABLE_ROWS:
        keys = [c for c in table.columns if c.role in ("label", "dimension") and c.name not in const_names]
        vals = table.value_columns
        lines = []
        for i in range(n):
            key = ", ".join(str(frame.at[i, c.name]) for c in keys if str(frame.at[i, c.name]))
            items = []
            for c in vals:
                v = frame.at[i, c.name]
                r = str(raw.at[i, c.name])
                if v == v:
                    items.append(f"{c.name} {_display(float(v), r, c.unit)}")
                elif r.strip() and not is_missing(r):
                    items.append(f"{c.name} {clean_text(r)}")  # words where a number was expected
            lines.append(f"{key or '–'}: " + ("; ".join(items) if items else "uppgift saknas"))
        out += _pack(caption, lines, max_chars)
    else:
        lines = []
        cols = [table.column(table.label_column)] + [
            c for c in table.columns if c.role == "dimension" and c.name != table.label_column
        ]
        for c in cols:
            if c.name in const_names:
                continue
            distinct = list(dict.fromkeys(str(v) for v in frame[c.name] if str(v)))
            if not distinct:
                continue
            head = f"{c.name} ({len(distinct)} värden): "
            if len(distinct) > 12 and (
                _is_period_header(c.name) or all(is_period_like(v) or v.lower() in _MONTHS for v in distinct)
            ):
                lines.append(f"{head}{distinct[0]} … {distinct[-1]}")
                continue
            limit = max_chars - len(caption) - 2 if c.name == table.label_column else max(200, max_chars // 2)
            lines.append(_truncate(head + ", ".join(distinct), limit))
        if lines:
            out += _pack(caption, lines, max_chars)[:3]
    return out


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    sp = max(cut.rfind(", "), cut.rfind("; "), cut.rfind("\n"))
    if sp > limit * 0.6:
        cut = cut[:sp]
    return cut.rstrip(" ,;") + " …"


def _pack(caption: str, lines: list[str], max_chars: int) -> list[str]:
    chunks: list[str] = []
    cur = caption
    for line in lines:
        line = _truncate(line, max_chars - len(caption) - 1)
        if len(cur) + 1 + len(line) > max_chars and cur != caption:
            chunks.append(cur)
            cur = caption
        cur = f"{cur}\n{line}"
    if cur != caption:
        chunks.append(cur)
    return chunks
