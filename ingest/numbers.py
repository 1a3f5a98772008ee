"""Swedish number formats: parse what sources write, print what Swedish readers expect.

Sources write "10,85%", "5 111 665" (with ordinary, no-break, narrow no-break or thin spaces),
"−0,49 %", "40612.1932895" (machine exports) and ".." or "-" for a missing value.
``parse_number`` reads one cell; ``infer_decimal`` decides, from a whole column, whether a
dot or a comma is the decimal separator when a single cell cannot tell ("1.234").
``format_number`` prints the Swedish way: "10,85 %", "5 111 665", "−0,49 %".
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .swedish import MONTHS

# Cells that mean "no value" in Swedish statistics (SCB: ".." not available, "." not
# applicable/suppressed, "-" / "–" nothing to report), plus what R and spreadsheets write.
MISSING_MARKERS = frozenset(
    {
        "", "..", "...", ".", "-", "–", "—", "−", "…", "x", "X", "na", "NA", "N/A", "n/a", "NaN", "nan",
        "Inf", "-Inf", "inf", "-inf", "#N/A", "#DIV/0!", "#VALUE!", "#REF!", "null", "NULL", "None",
    }
)

_SPACES = "\u00a0\u202f\u2009\u2007\u200a\u2002\u2003\u2004\u2005\u2006 "
# (… and the invisible marks a web table's text keeps – a soft hyphen, "Söder\u00adköping", a
# zero-width space or joiner – are no characters of a name or figure: they are dropped)
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_SPACE_TRANS = str.maketrans({c: " " for c in _SPACES} | {"\t": " "} | {c: None for c in _INVISIBLE})
_MINUS = "-\u2212\u2013\u2012\u2010"  # hyphen-minus, minus sign, en dash, figure dash, hyphen

# Words that may follow a number in a cell ("6 239 tkr"); returned as the unit.
CELL_UNITS = {
    "kr": "kr", "kronor": "kr", "sek": "kr", "tkr": "tkr", "mnkr": "mnkr", "mkr": "mnkr", "mdkr": "mdkr",
    "st": "st", "dagar": "dagar", "ha": "hektar", "hektar": "hektar", "ton": "ton", "kg": "kg",
    "km": "km", "kvm": "kvm", "m2": "kvm", "personer": "personer", "timmar": "timmar",
    "procent": "%",
}

# Kronor in one of each unit of kronor a cell or a column writes ("850 tkr" is 850 000 kr).
KRONOR_PER = {"kr": 1.0, "tkr": 1e3, "mnkr": 1e6, "mdkr": 1e9}

_NUM_RE = re.compile(
    r"""^(?P<sign>[-\u2212\u2013\u2012\u2010+])?\ ?
        (?P<body>\d[\d .,]*|[.,]\d+)
        (?P<exp>[eE][-+]?\d{1,3})?
        (?:\ ?(?P<unit>%|‰|[a-zA-ZåäöÅÄÖ]{1,8}\d?))?
        (?:\ ?\*{1,3})?
        (?:\ ?[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2}\)?)?  # a footnote mark: "14,9¹", "9,2²"
        (?:\ [1-9]\))?$""",  # … or written on the line: "10 450 1)"
    re.VERBOSE,
)
# percentage points written after a figure: "%-enh.", "%-enheter", "procentenheter", "p.e."
_POINTS = re.compile(r"(?<=\d) ?(?:%-? ?enh(?:\.|eter)?|procentenheter|p\.e\.|pe)$", re.I)
# Eurostat's flags after a figure ("81.0 b" break in series, "83.1 p" provisional, "e" estimated,
# "u" low reliability …): a note on the figure, not a unit
_FLAGS = re.compile(r"[bcdefnprsuz]{1,3}")
_GROUPED_SPACE = re.compile(r"^\d{1,3}(?: \d{3})+$")
_GROUPED_DOT = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_GROUPED_COMMA = re.compile(r"^\d{1,3}(?:,\d{3})+$")


@dataclass(frozen=True)
class ParsedNumber:
    value: float
    unit: str | None  # "%" when the cell had a percent sign, "tkr"/"kr"/… when written, else None
    decimals: int  # digits after the decimal separator, as written


def normalise_spaces(text: str) -> str:
    """All the space characters sources use (NBSP, narrow NBSP, thin space, tab) → ' '; invisible
    marks (a soft hyphen, a zero-width space) dropped."""
    return text.translate(_SPACE_TRANS)


def is_missing(text: object) -> bool:
    """True for None/NaN and the markers that stand for a missing value."""
    if text is None:
        return True
    if isinstance(text, float):
        return math.isnan(text) or math.isinf(text)
    if isinstance(text, (int, bool)):
        return False
    return normalise_spaces(str(text)).strip() in MISSING_MARKERS


def float_decimals(value: float) -> int:
    """The decimals a float is written with ("0.35" → 2, "1e-05" → 5, "2.0" → 0)."""
    r = repr(float(value))
    if "e" in r or "E" in r:
        mant, exp = r.lower().split("e")
        d = len(mant.split(".")[1]) if "." in mant else 0
        return max(0, d - int(exp))
    if "." not in r:
        return 0
    frac = r.split(".")[1]
    return 0 if frac == "0" else len(frac)


# an estimate with its confidence interval in brackets after it: "72,4 (67,5–77,3)", "72.4 [67.5; 77.3]"
_WITH_INTERVAL = re.compile(
    r"^(?P<est>[^(\[]+?)\s?[(\[]\s?(?P<lo>-?\d[\d ,.]*?)\s?(?:[\u2013\u2014-]|;|\.\.)\s?(?P<hi>-?\d[\d ,.]*?)\s?[)\]]$"
)
# whole kronor written with a colon or comma and a dash ("475 000:-", "12 000,-")
_WHOLE_KRONOR = re.compile(r"(\d[\d ]*)\s?[:,][-\u2013]")
# an amount with its decimals and the minus after it ("161.300,00-", "8 015,00-")
_TRAILING_MINUS = re.compile(r"(\d[\d. ]*[.,]\d{1,2})-")


def parse_number(text: object, decimal: str | None = None) -> ParsedNumber | None:
    """Parse one cell written the Swedish (or machine) way; None when it is not a number.

    ``decimal`` is the column's decimal separator ("," or ".") when known; without it a
    comma is a decimal comma, and a lone dot is a decimal point ("1.234" → 1.234) unless
    the cell also has a comma ("1.234,5") or several dot groups ("1.234.567").
    Ints and floats (XLSX cells) are accepted as they are.
    """
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, int):
        return ParsedNumber(float(text), None, 0)
    if isinstance(text, float):
        if math.isnan(text) or math.isinf(text):
            return None
        return ParsedNumber(text, None, float_decimals(text))
    s = normalise_spaces(str(text)).strip()
    if s in MISSING_MARKERS or len(s) > 40:
        return None
    s = re.sub(r" {2,}", " ", s)
    # (a change in percentage points: "+2,9 %-enh.", "1,2 procentenheter" – the figure, its unit
    # the column's header says)
    s = _POINTS.sub("", s)
    if (ci := _WITH_INTERVAL.match(s)) is not None:
        # a survey's share with its 95 % interval in the cell – the share, when the interval holds
        # it (a whole cell read as no number had left a public-health table as text)
        est, lo, hi = (parse_number(ci.group(k), decimal) for k in ("est", "lo", "hi"))
        return est if est is not None and lo is not None and hi is not None and lo.value <= est.value <= hi.value else None
    if (k := _WHOLE_KRONOR.fullmatch(s)) is not None:
        # "475 000:-", "12 000,-": whole kronor, as a price or grant is written
        whole = parse_number(k.group(1), decimal)
        return ParsedNumber(whole.value, "kr", whole.decimals) if whole is not None and whole.unit is None else None
    if (t := _TRAILING_MINUS.fullmatch(s)) is not None:
        # SAP's and other ledgers' minus after the amount: "161.300,00-" is −161 300,00 (read as
        # missing, a list's budget overruns had vanished from its deviation column)
        s = "-" + t.group(1)
    m = _NUM_RE.match(s)
    if not m:
        return None
    unit_word = m.group("unit")
    unit: str | None = None
    if unit_word:
        if unit_word in ("%", "‰"):
            unit = unit_word
        else:
            unit = CELL_UNITS.get(unit_word.lower())
            # (a month's abbreviation is no flag however its letters spell one: "31 dec" is a date
            # in a header – "Folkmängd 31 dec 2023" – not 31 flagged d, e, c)
            if unit is None and (not _FLAGS.fullmatch(unit_word) or unit_word.lower() in MONTHS):
                return None
    body = m.group("body").strip()
    negative = m.group("sign") is not None and m.group("sign") != "+"
    parsed = _parse_body(body, decimal)
    if parsed is None:
        return None
    value, decimals = parsed
    if m.group("exp"):
        value = value * (10 ** int(m.group("exp")[1:]))
        decimals = max(0, decimals - int(m.group("exp")[1:]))
    if negative:
        value = -value
    if value == 0:
        value = 0.0  # no negative zero
    return ParsedNumber(value, unit, decimals)


def _parse_body(body: str, decimal: str | None) -> tuple[float, int] | None:
    """Digits with grouping/decimal separators → (value, decimals)."""
    if " " in body:
        # Spaces only group thousands: "5 111 665", "1 234,5"
        head, frac = body, ""
        cut = max(body.rfind(","), body.rfind("."))
        if cut >= 0:
            head, frac = body[:cut].strip(), body[cut + 1 :].strip()
        if not _GROUPED_SPACE.match(head) or (cut >= 0 and not frac.isdigit()):
            return None
        return _assemble(head.replace(" ", ""), frac)
    has_dot, has_comma = "." in body, "," in body
    if has_dot and has_comma:
        # The separator that comes last is the decimal one: "1.234,5" / "1,234.5"
        dec = "," if body.rfind(",") > body.rfind(".") else "."
        grp = "." if dec == "," else ","
        int_part, frac = body.rsplit(dec, 1)
        if not re.match(rf"^\d{{1,3}}(?:{re.escape(grp)}\d{{3}})+$", int_part) or not frac.isdigit():
            return None
        return _assemble(int_part.replace(grp, ""), frac)
    if has_comma:
        if body.count(",") > 1:
            return _assemble(body.replace(",", ""), "") if _GROUPED_COMMA.match(body) and decimal == "." else None
        if decimal == "." and _GROUPED_COMMA.match(body):
            return _assemble(body.replace(",", ""), "")
        int_part, frac = body.split(",")
        if not (int_part.isdigit() or int_part == "") or not frac.isdigit():
            return None
        return _assemble(int_part or "0", frac)
    if has_dot:
        if body.count(".") > 1:
            return _assemble(body.replace(".", ""), "") if _GROUPED_DOT.match(body) else None
        if decimal == "," and _GROUPED_DOT.match(body):
            return _assemble(body.replace(".", ""), "")
        int_part, frac = body.split(".")
        if not (int_part.isdigit() or int_part == "") or not frac.isdigit():
            return None
        return _assemble(int_part or "0", frac)
    if not body.isdigit():
        return None
    return _assemble(body, "")


def _assemble(digits: str, frac: str) -> tuple[float, int] | None:
    if not digits.isdigit() or (frac and not frac.isdigit()):
        return None
    return float(f"{digits}.{frac}" if frac else digits), len(frac)


_COMMA_DEC = re.compile(r"^[-\u2212\u2013+]?\s?\d[\d ]*,\d+\s?%?$")
_DOT_DEC = re.compile(r"^[-\u2212\u2013+]?\d*\.\d+(?:[eE][-+]?\d+)?\s?%?$")
_AMBIG_DOT = re.compile(r"^[-\u2212\u2013+]?\d{1,3}\.\d{3}$")
_PLAIN_INT = re.compile(r"^[-\u2212\u2013+]?\d{1,3}$")


_AMBIG_COMMA = re.compile(r"^[-\u2212\u2013+]?\d{1,3}(?:,\d{3})+$")
# figures of a table all written "159.763" before its points are read as grouping thousands
_GROUPED_POINTS = 8


def _figure_text(cell: str) -> str:
    """A cell's text without spaces' kinds, brackets and a note's mark after it ("1,528¹" → "1,528")."""
    return re.sub(r"[\u00b9\u00b2\u00b3\u2070-\u2079*]+$", "", normalise_spaces(cell).strip()).strip("()")


def table_decimal(cells: Iterable[object]) -> str | None:
    """"." when a table's figures write decimals with points ("11.6", "(0.4)") and no comma is
    surely a decimal one – an export made with English number settings, whose "3,905" and
    "66,480" group thousands; "," when every figure of the table is a point and three digits
    after one to three others ("159.763", "66.780", eight or more, none "0.…") – German number
    settings, whose points group thousands (round 218's population had been read as 159,763
    people); None otherwise."""
    # (each distinct text read once, counted as often as it stands: a register repeats its cells)
    dot = grouped = other = 0
    for c, n in Counter(c for c in cells if isinstance(c, str)).items():
        s = _figure_text(c)
        if not s:
            continue
        if _AMBIG_DOT.match(s):
            grouped, other = grouped + n, other + (n if s.lstrip("-\u2212\u2013+").startswith("0") else 0)
            continue
        if _AMBIG_COMMA.match(s):
            other += n
            continue
        if _COMMA_DEC.match(s):
            return None  # (a decimal comma: the table's decimals are no points)
        if _DOT_DEC.match(s):
            dot += n
        elif parse_number(s) is not None:
            other += n
    if dot >= 2:
        return "."
    return "," if grouped >= _GROUPED_POINTS and not other else None


def infer_decimal(cells: Iterable[object], table: str | None = None) -> str | None:
    """The decimal separator a column uses: "," or ".", None when the cells cannot tell.

    A cell like "40612,19" votes for comma, "7.8" or "40612.1932895" for dot. Cells such
    as "1.234" (a dot and exactly three digits) are ambiguous: when the column also has
    short plain integers ("250"), the dots are read as thousands separators ("1.234" =
    1234) and the comma is the decimal separator; otherwise as decimal points. Of a table
    whose decimals are points (``table`` "."; see table_decimal), "3,905" is as ambiguous –
    and read as 3 905.
    """
    cells = list(cells)
    if table == "," and any(_AMBIG_DOT.match(_figure_text(c)) for c in cells if isinstance(c, str)):
        return ","  # (a table whose every figure groups thousands by points)
    texts = [_figure_text(c) for c in cells if isinstance(c, str)] if table == "." else []
    if any(_AMBIG_COMMA.match(t) for t in texts) and not any(_COMMA_DEC.match(t) and not _AMBIG_COMMA.match(t) for t in texts):
        return "."
    comma = dot = ambiguous = short_ints = 0
    for c in cells:
        if not isinstance(c, str):
            continue
        s = normalise_spaces(c).strip()
        if not s:
            continue
        if _AMBIG_DOT.match(s):
            ambiguous += 1
        elif _COMMA_DEC.match(s):
            comma += 1
        elif _DOT_DEC.match(s):
            dot += 1
        elif _PLAIN_INT.match(s):
            short_ints += 1
        elif _GROUPED_DOT.match(s.lstrip("-\u2212+")):
            comma += 1  # "1.234.567": dots group thousands
    if comma or dot:
        return "," if comma >= dot else "."
    if ambiguous:
        return "," if short_ints else "."
    return None


def format_number(value: float, decimals: int | None = None, unit: str | None = None) -> str:
    """Swedish rendering: decimal comma, space-grouped thousands, U+2212 minus, " %".

    ``decimals`` None prints as many decimals as needed, at most 2 ("10,8", "5 111 665");
    a number of decimals keeps the source's precision ("10,85", "7,0").
    """
    if value is None or (isinstance(value, float) and (math.isnan(value) or math.isinf(value))):
        return "–"
    v = float(value)
    if decimals is None:
        text = f"{abs(v):.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{abs(v):.{max(0, decimals)}f}"
    int_part, _, frac = text.partition(".")
    grouped = f"{int(int_part):,}".replace(",", " ")
    out = grouped + ("," + frac if frac else "")
    is_zero = float(text) == 0
    if v < 0 and not is_zero:
        out = "\u2212" + out
    if unit:
        out = f"{out} {unit}"
    return out
