"""Cell and header text, and the vocabulary that types columns and rows (periods, places, totals)."""
from __future__ import annotations

import datetime as _dt
import math
import re

from ..numbers import MISSING_MARKERS, normalise_spaces, parse_number
from ..swedish import MONTHS, SUSPENDED_NEXT, TIME_OF_DAY, fold, half_year_of, plain, words

# ---------------------------------------------------------------- vocabulary

# First word of a header that makes the column a time dimension ("År", "Månad", "tid", "år_månad").
_PERIOD_WORDS = {
    "år", "year", "månad", "manad", "month", "tid", "period", "kvartal", "quarter", "vecka", "week",
    "datum", "date", "läsår", "lasar", "halvår", "tidpunkt", "årtal", "termin", "referenstid", "dag",
}
_PERIOD_HEADERS = {"ar", "aar", "yr"}
_MONTHS = set(MONTHS)
_PERIOD_VALUE_RE = re.compile(
    # a range's end is two digits or a year ("2023–24", "2023-2024"), never "2024-0039" (a case number);
    # a day may carry its time, as an API writes it ("2025-03-14T09:12:00")
    r"^(?:(?:19|20)\d{2}(?:\s?(?:M\d{2}|K[1-4]|Q[1-4]|T[1-3]|H[12]|[-–]?\s?(?:v|w|vecka)\.?\s?\d{1,2}|-\d{2}(?:-\d{2}(?:" + TIME_OF_DAY + r")?)?|/\d{2,4}|[-–](?:\d{2}|(?:19|20)\d{2})))?|[0-9]{2}/[0-9]{2})\*{0,3}$",
    re.I,
)
# A wide header that is a period, optionally followed by a group ("2006 Kvinnor", "2016, Män").
_PERIOD_COL_RE = re.compile(
    r"^((?:(?:19|20)\d{2}(?:M\d{2}|K[1-4]|Q[1-4]|H[12]|[01]\d|[-–]?\s?(?i:v|w|vecka)\.?\s?\d{1,2}(?!\d))?(?:\s?[/–-]\s?(?:\d{2}|\d{4}))?|\d{2}/\d{2})\*{0,3})"
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
    "kommundel", "länsdel", "delområde", "distrikt", "postort", "district",
}
_CODE_WORDS = {"kod", "code", "id", "nummer", "nr", "löpnr", "lopnr", "lkf", "regionkod", "kommunkod", "länskod", "lanskod"}
_CODE_HEADERS = {"sort", "id", "index", "rad", "radnr", "löpnr", "lopnr", "nr", "ordning", "sortering", "rownames"}
_TEXT_HEADERS = {
    "källa", "kalla", "kommentar", "kommentarer", "anm", "anmärkning", "not", "noter", "fotnot", "beskrivning",
    "url", "länk", "konfidensintervall", "ki", "definition", "source", "comment", "note",
}
SEX_VALUES = frozenset({
    "män", "kvinnor", "man", "kvinna", "totalt", "samtliga", "båda könen", "kvinnor och män", "män och kvinnor",
    "pojkar", "flickor", "pojkar och flickor", "alla", "total",
})  # the values of a split by sex, as exports write them (folded)
_SEX_VALUES = SEX_VALUES
_TOTAL_RE = re.compile(
    r"^(?:summa|totalsumma|totalt?|samtliga|alla|riket|hela riket|kvinnor och män|män och kvinnor|båda könen"
    r"|pojkar och flickor|flickor och pojkar|hela länet|länet|hela landet|hela kommunen|sammanlagt)(?:\b|$)",
    re.I,
)
# "Dalarnas län totalt", "Värmland, summa": the total of the rows above it, named after them
_SUBTOTAL_RE = re.compile(r"^(?:delsumma|delsumman|delsummor|delsummering|delsummeringen|subtotal|sub-total)(?:\b|$)", re.I)
_TOTAL_AFTER_RE = re.compile(r"\w[\s,:–-]+(?:totalt|total|summa|sammanlagt)$", re.I)
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




def clean_text(v: object) -> str:
    """Cell or header text on one line: line breaks joined, hyphenation undone, spaces collapsed."""
    s = cell_text(v)
    if not s:
        return ""
    if "\n" in s or "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")

        def _join_hyphen(m: re.Match) -> str:
            nxt = s[m.end() :]
            return m.group(0) if nxt.startswith(tuple(w + " " for w in SUSPENDED_NEXT) + ("resp",)) else m.group(1)

        s = re.sub(r"([a-zåäöéü])-[ \t]*\n[ \t]*(?=[a-zåäöéü])", _join_hyphen, s)
        s = re.sub(r"([–-])[ \t]*\n[ \t]*(?=\d)", r"\1", s)
    s = normalise_spaces(s)
    # (a yearbook's dot leaders after a name – "Högsby ......" – lead the eye to the figures)
    s = _DOT_LEADER.sub("", s)
    return re.sub(r"\s+", " ", s).strip()


_DOT_LEADER = re.compile(r"(?<=\S)\s*(?:\.\s?){4,}$")


def blank(v: object) -> bool:
    if v is None:
        return True
    if isinstance(v, float):
        return math.isnan(v)
    if isinstance(v, str):
        return not v.strip()
    return False


def or_none(v: object) -> object:
    """A cell as it stands, or None when it is blank."""
    return None if blank(v) else v


def _is_marker(v: object) -> bool:
    return isinstance(v, str) and normalise_spaces(v).strip() in MISSING_MARKERS and bool(v.strip())


def numberish(v: object) -> bool:
    """A number or a missing-value marker (what a data cell holds)."""
    if blank(v):
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
    # (… or a term: "HT 2022", "VT23")
    return bool(_PERIOD_VALUE_RE.match(s) or re.match(r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])\*{0,3}$", s) or half_year_of(s))


def is_period_header(name: str) -> bool:
    low = name.strip().lower()
    if low in _PERIOD_HEADERS:
        return True
    toks = words(low)
    # ("ar_manad", "ar manad": an open-data export's "år/månad" without å – "ar" alone is a word only
    # whole, above; before a word of time it is the year)
    return bool(toks) and (toks[0] in _PERIOD_WORDS or (toks[0] in _PERIOD_HEADERS and len(toks) > 1 and toks[1] in _PERIOD_WORDS))


def _is_entity_header(name: str) -> bool:
    for t in words(name):
        if t in _ENTITY_WORDS or t.endswith(("namn", "name")):
            return True
    return False


def is_geo_header(name: str) -> bool:
    """Does a header (or a question's word for rows) name places: Kommun, Län, Region, Område …?"""
    return any(t in _GEO_WORDS or t.endswith(("kommun", "länsnamn", "kommunnamn")) for t in words(name))


def uncoded(value: str) -> str:
    """A region's name without the code written before it ("2080 Falun" → "Falun", "21 Gävleborgs
    län" → "Gävleborgs län")."""
    return _CODE_PREFIX_RE.sub("", clean_text(value)).strip()


def county_root(value: str) -> str:
    """A county however written, as its root: "24 Västerbottens län", "Västerbottens län totalt",
    "Region Västerbotten" → "västerbotten" (to tell two spellings of one county alike)."""
    v = re.sub(r"^\d+\s+", "", fold(value).strip())
    v = re.sub(r"[,\s]+(?:totalt|total|summa)$|^(?:totalt|summa)\s+|^region\s+", "", v)
    return re.sub(r"s?\s+läns?$", "", v)


def county_written_plain(value: str) -> str | None:
    """A county's name as Swedish writes it, for a cell that writes it without its å, ä and ö –
    as an old mainframe export does ("VASTERNORRLANDS LAN" → "Västernorrlands län"); None for
    any other value (one written with its letters is no such cell)."""
    s = _CODE_PREFIX_RE.sub("", clean_text(value)).lower().strip()
    if not s.isascii():
        return None
    m = re.match(r"^(.+?)\s+lans?$", s)
    if not m:
        return None
    for genitive in _COUNTIES.values():
        if plain(genitive) in (m.group(1), m.group(1) + "s"):
            return " ".join(w.capitalize() for w in genitive.split()) + " län"
    return None


def is_county(value: str) -> bool:
    """'Dalarnas län', '20 Dalarnas län', 'Region Dalarna', 'Dalarna' (short names that are also
    kommun names – Örebro, Uppsala… – only with 'län' or 'Region'); 'VASTERNORRLANDS LAN' of an
    export without å, ä and ö."""
    if county_written_plain(value) is not None:
        return True
    s = _CODE_PREFIX_RE.sub("", clean_text(value)).lower().strip()
    s = re.sub(r"\s*\([^()]*\)$", "", s)  # "Skåne län (urval)": a note on the county, still the county
    # "Värmlands län totalt", "Totalt Gävleborgs län": the county's own total row
    s = re.sub(r"^(?:totalt|summa)\s+(?=\S+\s+läns?$)|(?<=\slän)[,\s]+(?:totalt|total|summa)$", "", s)
    # ("Region Jönköpings län", as Kolada writes some counties, is the county too)
    s = re.sub(r"^region\s+(?=.+\s+läns?$)", "", s)
    if s in ("region sörmland", "västra götalandsregionen"):
        return True
    m = re.match(r"^(.+?)\s+läns?$", s)
    if m:
        root = m.group(1)
        return any(root in (k, v) for k, v in _COUNTIES.items())
    m = re.match(r"^region\s+(.+)$", s)
    if m:
        return m.group(1) in _COUNTIES or m.group(1) == "jämtland härjedalen"
    return s in _COUNTIES and s not in _COUNTY_CLASH


# The headers PxWeb and its kin give the dimension whose values are the table's measures
# ("tabellinnehåll" = "Påbörjade lägenheter", "Färdigställda lägenheter"): never a split of one
MEASURE_HEADERS = frozenset({"tabellinnehåll", "variabel", "uppgift", "mått", "nyckeltal", "contents", "measure"})


def is_measure_header(name: str) -> bool:
    """Does a column's header say its values are measures ("tabellinnehåll", "Variabel")?"""
    return clean_text(name).lower().strip() in MEASURE_HEADERS


def is_total_label(value: str, geographic: bool = False) -> bool:
    s = _CODE_PREFIX_RE.sub("", clean_text(value)).strip()
    if not s:
        return False
    if _TOTAL_RE.match(s) or _TOTAL_AFTER_RE.search(s) or _SUBTOTAL_RE.match(s):
        return True
    return geographic and bool(_GEO_TOTAL_RE.match(s))


def is_subtotal_label(value: str) -> bool:
    """A subtotal of some of the rows ("Delsumma personal och drift", "Subtotal"): a total
    row, but not the table's grand total."""
    return bool(_SUBTOTAL_RE.match(_CODE_PREFIX_RE.sub("", clean_text(value)).strip()))


