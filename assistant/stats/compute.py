"""Run a ``StatQuery`` on its table and phrase the result: figures with their sources, the
answer text, the reading line ("Jag läste frågan som: …") and "Så räknade vi" – all from the
same steps (``query.run`` / ``query.code``).

Why one module of this size: running a query and phrasing its figures share the figure and source
model, and the phrasing must mirror the exact pandas steps.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations

import pandas as pd

from ingest.model import Column, Table
from ingest.numbers import KRONOR_PER, format_number, parse_number
from ingest.swedish import MONTH_NAMES, fold, period_key, words
from ingest.tables import is_subtotal_label, unit_from_text

from ..answer import Computation, Figure, Source
from ..labels import display_label
from .bounds import interval_of, meaning_of, settles
from .draft import is_amount
from .form import Op, lexicon, rate_bases, single_words
from .profile import COUNTY_FROM_NAME, DERIVED_COUNTY, RATE_UNITS, Profile, cases_repeat, is_breakdown, names_no_measure
from .query import StatQuery, Step, code, date_bounds, empty_cells, keep_step, open_ends, run, whole_periods

MAX_LISTED = 30
MAX_TOTALS_SHOWN = 4


@dataclass
class StatResult:
    figures: list[Figure]
    totals: list[Figure]
    text: str
    reading: str
    computation: Computation
    labels: list[str]  # raw row labels of the figures (for follow-ups)
    steps: list[Step]
    # dimensions whose values differ among the ranked or aggregated rows: figures of different
    # measures or populations ("Fråga", "Födelseregion") put side by side as if one
    mixed: tuple[str, ...] = ()
    # named rows the table has, whose cell for the asked column and slice is empty ("..": not
    # published or withheld) – an answer of its own, not a missing row
    empty: tuple[str, ...] = ()
    # every row ranked holds one and the same figure ("Samtliga diagnoskapitel" = 100 % in every
    # county): the ranking tells nothing, and the reading – most often a value chosen by default –
    # is not the question's
    flat: bool = False


# An export's six decimals ("12,236147 %", "6 855,24996711") are shown as two; the figure keeps
# the exact value, and "Så räknade vi" the exact steps.
MAX_SHOWN_DECIMALS = 2


def fmt(value: float, unit: str | None, decimals: int | None = None) -> str:
    if decimals is not None:
        decimals = min(decimals, MAX_SHOWN_DECIMALS + (2 if unit == "andel" else 0))
    if unit == "andel" and abs(value) <= 1.5:
        d = None if decimals is None else max(decimals - 2, 0)
        return format_number(value * 100, decimals=d, unit="%")
    if unit in ("%", "procent"):
        return format_number(value, decimals=decimals, unit="%")
    s = format_number(value, decimals=decimals)
    if unit and unit not in ("antal", "st", "andel"):
        s = f"{s} {unit}"
    return s


# Units that count in thousands or hundreds ("tkr", "Antal anställda (hundratal)"): the figure
# as written, and what it is in plain kronor or people – (multiplier, word of the plain amount).
_SCALED_UNITS = {"tkr": (1e3, "kronor"), "mnkr": (1e6, "kronor"), "mdkr": (1e9, "kronor"), "tusental": (1e3, ""), "hundratal": (1e2, "")}
# At most this many figures get their plain amount written out.
MAX_PLAIN_AMOUNTS = 3


def _plain_amount(value: float) -> str:
    """An amount in kronor as said ("403,0 miljoner", "1,2 miljarder", "850 000")."""
    for size, word in ((1e9, "miljarder"), (1e6, "miljoner")):
        if abs(value) >= size:
            return f"{format_number(value / size, decimals=1)} {word}"
    return format_number(round(value))


def plain_amounts(figures: list[Figure]) -> list[str]:
    """For figures in a scaled unit (a column's, or one its label names: "…, tkr"), a sentence
    with the plain amount: "402 999 tkr är ungefär 403,0 miljoner kronor", "124 hundratal är
    ungefär 12 400" – a figure in thousands read as kronor is off by a thousand."""
    out = []
    shown = [f for f in figures if not (f.is_total or f.derived)]
    for f in shown:
        unit = f.unit if f.unit in _SCALED_UNITS else next(
            (u for u in (unit_from_text(f.label), unit_from_text(f.metric)) if u in _SCALED_UNITS), None
        )
        if unit is None or f.value != f.value:
            continue
        factor, word = _SCALED_UNITS[unit]
        amount = f.value * factor
        said = _plain_amount(amount) if word else format_number(round(amount))
        written = f.display if unit in f.display else f"{f.display} {unit}"
        out.append((f"{f.label}: " if len(shown) > 1 else "") + f"{written} är ungefär **{said}{' ' + word if word else ''}**.")
        if len(out) == MAX_PLAIN_AMOUNTS:
            break
    return out


def _decimals(t: Table, row: int, col: str) -> int | None:
    raw = t.raw.at[row, col] if col in t.raw.columns else None
    if raw is None or not str(raw).strip():
        return None
    pn = parse_number(str(raw))
    if pn is not None and pn.unit in KRONOR_PER and t.column(col).unit == "kr":
        # ("1,2 mnkr" of a column read in kronor: 1 200 000, no decimal)
        return max(0, pn.decimals - round(math.log10(KRONOR_PER[pn.unit])))
    return pn.decimals if pn is not None else None


def _max_decimals(t: Table, rows, col: str) -> int | None:
    best = None
    for r in rows:
        d = _decimals(t, r, col)
        if d is not None:
            best = max(best or 0, d)
    return best


def _part_of(parts: tuple[Table, ...], row: int) -> Table | None:
    offset = 0
    for part in parts:
        if row < offset + len(part.frame):
            return part
        offset += len(part.frame)
    return None


def _measure_unit(p: Profile, q: StatQuery) -> str | None:
    """The unit of a column that names no measure ("Värde" of a Kolada file), from the one measure
    the query keeps ("Invånare 25-64 år med eftergymnasial utbildning, andel (%)")."""
    kept = kept_measure(p, q)
    return unit_from_text(kept) if kept else None


def usual_decimals(p: Profile, col: str, row: int | None = None) -> int:
    """The number of decimals most cells of a column are written with: a sheet that writes 14,1
    beside 14 (Excel drops the trailing zero of 14,0) shows both with one decimal. With ``row``,
    of a table whose rows name their measure ("Pågående sjukfall, antal" beside "Sjukpenningtal,
    dagar"), the cells of that row's measure only: a count is not shown as 734,0."""
    t = p.table
    measures = next((c.name for c in p.cats if c.measures and c.name in t.frame.columns), None) if row is not None else None
    key = col if measures is None else f"{col}\x00{t.frame.at[row, measures]}"
    if key not in p.decimals:
        raw = t.raw[col] if col in t.raw.columns else []
        rows = list(raw.index) if len(raw) else []
        if measures is not None:
            same = t.frame[measures].astype(str) == str(t.frame.at[row, measures])
            rows = [r for r in rows if same.get(r, False)]
        counts = Counter(d for d in (_decimals(t, r, col) for r in rows[:2000]) if d is not None) if rows else Counter()
        p.decimals[key] = min(max(counts.items(), key=lambda kv: (kv[1], -kv[0]))[0], 3) if counts else 0
    return p.decimals[key]


# a header of a change in percentage points ("Förändr. p.e.", "Förändring, procentenheter", "%-enh.")
POINTS_HEADER = re.compile(r"procentenhet|%-?\s?enh|procentenh\b|\bp\.?e\.?(?!\w)")


def _points(col: str, unit: str | None) -> str | None:
    """A change in percentage points ("Förändring, procentenheter") is said in them, not in %."""
    return "procentenheter" if unit == "%" and POINTS_HEADER.search(fold(col)) else unit


def _periods_between(frame, steps, pc: str, label: str | None, col: str, keyed, start: str, end: str) -> list[tuple[str, int]]:
    """(period, row index) of the one row's figures between ``start`` and ``end``, in time
    order – at most twelve of them, else none. ``label`` None: the times are the table's rows."""
    rows = run(frame, steps)
    rows = rows[((rows[label].astype(str) == keyed[0][0]) if label is not None else True) & rows[col].notna()]
    lo, hi = sorted((period_key(start), period_key(end)))
    inner = [(str(v), i) for i, v in zip(rows.index, rows[pc]) if lo < period_key(str(v)) < hi]
    inner.sort(key=lambda t: period_key(t[0]))
    if len({v for v, _ in inner}) != len(inner) or len(inner) > 12:
        return []  # (several rows a period – split by something else – or a long series)
    return inner


def _sums_between(frame, steps, pc: str, label: str, col: str, key: str, start: str, end: str) -> list[tuple[str, float]]:
    """(period, sum) of the one row's parts at each time between ``start`` and ``end``, in time
    order – at most twelve, else none."""
    rows = run(frame, steps)
    rows = rows[(rows[label].astype(str) == key) & rows[col].notna()]
    lo, hi = sorted((period_key(start), period_key(end)))
    inner = rows[[lo < period_key(str(v)) < hi for v in rows[pc]]]
    sums = sorted(((str(per), float(g[col].sum())) for per, g in inner.groupby(pc, sort=False)), key=lambda x: period_key(x[0]))
    return sums if len(sums) <= 12 else []


def _rows(n: int) -> str:
    return "1 rad har" if n == 1 else f"{n} rader har"


def _clip(text: str, most: int = 160) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _bounded_rows(
    t: Table, df: pd.DataFrame, kept: pd.Series, col: str, label: str, scope: tuple[str, ...], op: str, bound: float,
    varying: list[str],
) -> tuple[list[tuple[str, bool, str]], list[str]]:
    """The rows a threshold leaves with no figure: (name, passes, cell) of each whose cell is a
    bound that settles the question ("~100" against "minst 90" when the notes say 95–100), and
    the names of the others ("..", a bound that does not settle it)."""
    rows = df[kept & df[col].isna()]
    if scope:
        rows = rows[rows[label].astype(str).isin(scope)]
    settled: list[tuple[str, bool, str]] = []
    unsettled: list[str] = []
    for r in rows.index:
        cell = str(t.raw.at[r, col]).strip() if col in t.raw.columns and r in t.raw.index and not pd.isna(t.raw.at[r, col]) else ""
        name = _label(t, r, varying)
        interval = interval_of(cell, t.notes)
        verdict = settles(interval, op, bound) if interval is not None else None
        if verdict is None:
            unsettled.append(name + (f" ({cell})" if cell else ""))
        else:
            settled.append((name, verdict, cell))
    return settled, unsettled


def figure(p: Profile, row: int, col: str, label: str, is_total: bool = False, unit: str | None = None) -> Figure:
    """One cell as a figure; ``unit``: the kept measure's own ("…, antal"), before the column's (``_measure_unit``)."""
    t = p.table
    value = float(t.frame.at[row, col])
    unit = _points(col, unit or t.column(col).unit)
    own = _decimals(t, row, col)
    disp = fmt(value, unit, max(own, usual_decimals(p, col, row)) if own is not None else None)
    caption, table_id, page = t.caption, t.id, t.page
    part = _part_of(p.parts, row)
    if part is not None:
        caption, table_id, page = part.caption, part.id, part.page
    src = Source(document=t.document, page=page, table=caption, table_id=table_id, rows=(str(t.frame.at[row, t.label_column]),))
    return Figure(label=label, value=value, unit=unit, metric=col, source=src, display=disp, is_total=is_total)


def _label(t: Table, row: int, varying: list[str]) -> str:
    base = display_label(str(t.frame.at[row, t.label_column]))
    # each telling value once, never an empty one or the label again ("Riket ()", "Gävleborgs län
    # (Gävleborgs län)"): a county by its own column and by the one derived from codes is one county
    # (a county looked up by the municipality's name adds nothing the name does not say)
    extra = [x for x in dict.fromkeys(str(t.frame.at[row, d]).strip() for d in varying if d not in (t.label_column, COUNTY_FROM_NAME))
             if x and x != base]
    return f"{base} ({', '.join(extra)})" if extra else base


def _which_rows(q: StatQuery, rows: pd.DataFrame, label: str, measure: str) -> str:
    """The rows an aggregate ran over, in words: "de 3 med högst andel (A, B, C)" or "12 rader"."""
    names = [display_label(str(x)) for x in rows[label]] if label in rows.columns else []
    if len(set(names)) == 1 and len(names) > 1:
        # "Värnamo, Värnamo, Värnamo": the rows of one label differ in another column (Program) –
        # named by it
        other = next((c for c in rows.columns if c != label and rows[c].dtype == object and rows[c].astype(str).nunique() == len(rows)), None)
        if other is not None:
            names = [f"{names[0]}: {display_label(str(x))}" for x in rows[other]]
        else:
            # (… or by two together: a municipality's stations, one of them on two lines –
            # "Arvika: Regionaltåg", "Arvika: Fjärrtåg", "Arvika: Edane, Regionaltåg")
            varying = [c for c in rows.columns if c != label and rows[c].dtype == object and rows[c].astype(str).nunique() > 1]
            pair = next((list(x) for x in combinations(varying, 2) if not rows.duplicated(subset=list(x)).any()), None)
            if pair is not None:
                names = [
                    f"{names[0]}: {', '.join(v for v in dict.fromkeys(display_label(str(x)) for x in vals) if v and v != names[0])}"
                    for vals in rows[pair].itertuples(index=False)
                ]
    listed = f" ({', '.join(names)})" if 0 < len(names) <= 5 else ""
    if q.n and not q.rows:
        return f"de {len(rows)} med {'lägst' if q.direction == 'asc' else 'högst'} {measure}{listed}"
    return f"{len(rows)} {'rad' if len(rows) == 1 else 'rader'}{listed}"


def _ratio_of(p: Profile, rows: pd.DataFrame, col: str, unit: str | None) -> tuple[str, str, float] | None:
    """The two count columns a share column is computed from, when the rows show it: every row's
    share equals k·A/B ("Sjuka/arbetskraft" = 100 · Sjuka / Arbetskraft). Then the share of several
    rows together is k·ΣA/ΣB, a weighted share, and not the sum or the plain mean of the shares."""
    k = {"%": 100.0, "procent": 100.0, "‰": 1000.0, "andel": 1.0, "per 10 000": 10_000.0, "per 100 000": 100_000.0}.get(unit or "")
    if not k:
        return None
    counts = [v.name for v in p.values if not v.is_share and v.name != col and v.name in rows.columns]
    target = rows[col]
    for a in counts:
        for b in counts:
            if a == b:
                continue
            pair = rows[[col, a, b]].dropna()
            pair = pair[pair[b] > 0]
            if len(pair) < 3 or len(pair) < 0.8 * int(target.notna().sum()):
                continue
            computed = k * pair[a] / pair[b]
            # printed shares are rounded: one or two decimals of a percent
            if float((computed - pair[col]).abs().max()) <= max(0.051 * k / 100, 0.0051 * float(pair[col].abs().max())):
                return a, b, k
    return None


def weighted_share_of(p: Profile, rows: pd.DataFrame, col: str) -> tuple[str, str, float] | None:
    """The two count columns ``col`` (a share) is computed from on ``rows`` (see ``_ratio_of``),
    or None: the rows' share together is then a weighted share."""
    c = next((v for v in p.values if v.name == col), None)
    return _ratio_of(p, rows, col, c.unit) if c is not None else None


def per_base_rate(t: Table, col: str) -> bool:
    """Is ``col`` a rate per person – its header divides by one of the lexicon's rate bases
    ("Kostnad kr/inv", "… per 1000 invånare"), or a note or the caption that names the header's
    first word does ("Sjukpenningtal = antal dagar … per registrerad försäkrad")? Such figures
    are never added up."""
    bases = rate_bases()
    head = re.findall(r"[a-zåäö]{4,}", fold(col))
    if head and head[0] in single_words("count"):
        # "Antal pågående sjukfall" beside "Sjukpenningtal": a count says so itself – a note that
        # "antal dagar … per registrerad försäkrad" is the other column's; only its own header
        # can make it a rate ("Antal … per 1 000 invånare")
        head = []
    texts = [fold(col)] + [fold(x) for x in (t.caption, *t.notes) if head and head[0] in fold(x)]
    for text in texts:
        if any(b in bases for b in re.findall(r"/\s*([a-zåäö]+)", fold(col))):
            return True
        if any(b in bases for b in re.findall(r"\bper\s+(?:[\w-]+\s+)?([a-zåäö]+)", text)):
            return True
    return False


def _parts_of_one_whole(p: Profile, rows: pd.DataFrame, col: str) -> str | None:
    """The count column a share column is proportional to, when there is one: then every share is
    that count over one common whole (market shares, shares of all participants), and shares of
    different rows add up ("de tre största tillsammans"). A rate per row (sick per labour force in
    each area) is not proportional to any count of the same rows, and stays unsummable.

    Only rows whose share is printed with two or more significant digits are compared, since
    "0,1 %" for 7 participants carries little of the ratio."""
    for v in p.values:
        if v.name == col or v.is_share or v.name not in rows.columns:
            continue
        pair = rows[[col, v.name]].dropna()
        pair = pair[(pair[col].abs() >= 1) & (pair[v.name] > 0)]
        if len(pair) < 3:
            continue
        ratio = pair[col] / pair[v.name]
        mid = float(ratio.median())
        if mid > 0 and float((ratio / mid - 1).abs().max()) <= 0.05:
            return v.name
    return None


# a header naming a cost, and a note saying the table writes costs with a minus sign
_COST_HEADER = re.compile(r"kostnad|utgift|\bcosts?\b|\bexpenses?\b")
_SIGN_NOTE = re.compile(r"negativt tecken|minustecken|teckenkonvention|negativa belopp|negative sign")


def _costs_stored_negative(p: Profile, body: pd.DataFrame, col: str) -> bool:
    """A column of costs written with a minus sign ("Nettokostnad, kr per invånare": −85 905 …,
    as the municipal accounts write them): every figure below zero, and the header names a cost
    or the table's notes say costs carry a minus sign. Not a change or a result, which are signed."""
    v = p.value(col)
    if v is None or v.is_share or v.is_change or col not in body.columns:
        return False
    vals = pd.to_numeric(body[col], errors="coerce").dropna()
    if len(vals) < 3 or not (vals < 0).all():
        return False
    said = fold(f"{p.table.caption}\n{' '.join(p.table.notes)}")
    return bool(_COST_HEADER.search(fold(col))) or bool(_SIGN_NOTE.search(said))


def _nested_in(p: Profile, rows_df: pd.DataFrame, part: str, row: str) -> bool:
    """Do the values of column ``part`` lie each within one value of the column that names
    ``row`` – ports within municipalities ("Kungshamn" and "Smögen" only ever in Sotenäs) – so
    that the row's lines are its parts? Read from the whole table, never from a word list."""
    frame = p.table.frame
    if part not in frame.columns:
        return False
    for held in frame.columns:
        if held == part or held not in rows_df.columns or frame[held].dtype != object:
            continue
        if not (rows_df[held].astype(str) == row).all():
            continue
        pairs = frame[[part, held]].dropna().astype(str).drop_duplicates()
        if len(pairs) >= 3 and pairs[part].is_unique and pairs[held].nunique() < pairs[part].nunique():
            return True
    return False


def _sum_of_parts(
    p: Profile, q: StatQuery, rows_df: pd.DataFrame, var_all: list[str], col: str, figures: list[Figure], cases: bool
) -> Figure | None:
    """A count of one named row split by breakdowns with no total value (sick cases of women and
    of men, no "Totalt"; population by age and sex): the parts' sum, labelled as computed – the
    row's figure a user asks for with "hur många … i Örebro län". None for shares, periods, a
    breakdown with a total, or parts that repeat."""
    if q.op != Op.LOOKUP or len(q.rows) != 1 or not var_all or len(figures) < 2:
        return None
    cats = [p.cat(d) for d in var_all]
    vc = next((v for v in p.values if v.name == col), None)
    # (a column made by adding columns up – "Lönebidrag för utveckling … + Lönebidrag för
    # trygghet … (beräknad)" – counts what they count)
    made = [v for v in p.values if v.name in col] if vc is None and col.endswith("(beräknad)") else []
    if vc is None and made and all(v.is_count and not v.is_share for v in made):
        vc = made[0]
    if vc is not None and vc.is_share:
        return _share_of_parts(p, q, rows_df, cats, col, figures, cases)
    if vc is None or vc.is_share or not (vc.is_count or is_amount(vc)):
        return None
    # the cases of a table of records ("nya jobb i Ludvika": each decision's planned jobs) add up
    if not cases and any(
        c is None or c.is_period or c.totals or not (is_breakdown(c, p.table.caption) or _nested_in(p, rows_df, c.name, q.rows[0]))
        for c in cats
    ):
        return None  # "Konkurser" and "Anställda berörda" side by side are two measures, not parts of one
    if not cases and rows_df.duplicated(subset=var_all).any():
        return None  # the parts repeat: no partition of one whole
    vals = sorted(float(v) for v in rows_df[col].dropna())
    if not cases and len(vals) >= 3 and not any(is_breakdown(c, "") for c in cats) and vals[-1] > 3 * sum(vals[:-1]):
        # one "part" dwarfs all the others together, in a split known only as the caption lists it
        # (no sex, age …): a stock beside its flows ("Folkmängd 31 dec" beside "Födda", "Döda" …),
        # no partition of one whole – their sum is no figure of anything
        return None
    # (over every part, also those beyond the ones listed: 19 age bands × 2 sexes)
    total = float(rows_df[col].sum())
    src = Source(figures[0].source.document, figures[0].source.page, figures[0].source.table, figures[0].source.table_id,
                 tuple(dict.fromkeys(r for f in figures for r in f.source.rows)))
    dec = max(_max_decimals(p.table, list(rows_df.index), col) or 0, 0)
    return Figure(f"{display_label(q.rows[0])}, sammanlagt (beräknad)", total, figures[0].unit, col, src,
                  fmt(total, figures[0].unit, dec), derived=True)


def _share_of_parts(
    p: Profile, q: StatQuery, rows_df: pd.DataFrame, cats: list, col: str, figures: list[Figure], cases: bool
) -> Figure | None:
    """A share of one named row split by breakdowns with no total (the unemployment rate of
    Vilhelmina's women and men, young and older, no "Totalt"): the row's own share, the parts'
    counts added up and divided – k·ΣA/ΣB of the two count columns the share is computed from,
    never a sum or plain mean of the shares. None when no such pair of columns shows it."""
    if cases or any(c is None or c.is_period or c.totals or not is_breakdown(c, p.table.caption) for c in cats):
        return None
    if rows_df.duplicated(subset=[c.name for c in cats]).any():
        return None
    ratio = _ratio_of(p, p.table.frame, col, figures[0].unit)
    if ratio is None:
        return None
    a, b, k = ratio
    den = float(rows_df[b].sum())
    if not den > 0:
        return None
    value = k * float(rows_df[a].sum()) / den
    src = Source(figures[0].source.document, figures[0].source.page, figures[0].source.table, figures[0].source.table_id,
                 tuple(dict.fromkeys(r for f in figures for r in f.source.rows)))
    dec = max(_max_decimals(p.table, list(rows_df.index), col) or 1, 1)
    return Figure(f"{display_label(q.rows[0])}, sammanlagt (beräknad: ”{a}” / ”{b}”)", value, figures[0].unit, col, src,
                  fmt(value, figures[0].unit, dec), derived=True)


# how a bound reads: "över 8 %", "under ”Budget 2024”" (also in the engine's alternative questions)
BOUND_WORDS = {">": "över", ">=": "minst", "<": "under", "<=": "högst"}
_GENERIC_NAMES = frozenset({"värde", "varde", "value", "values", "data", "uppgift"})  # "varde": Kolada writes it without ä


def _said(col: str, caption: str, measure: str | None = None) -> str:
    """A column named only "Värde"/"value" (a melted or Kolada export) is said by the one measure
    the query keeps ("Ohälsotal, dagar/invånare 16-64 år"), else with the table's caption, which
    names the measure: "värde (Nystartade företag per kommun)"."""
    if col.strip().lower() not in _GENERIC_NAMES:
        # … and so is a column named after the caption (a wide table of years melted: the caption
        # "Biståndsmottagare av ekonomiskt bistånd" over its "hushåll …" and "personer …" rows)
        return measure[:1].upper() + measure[1:] if measure and fold(col) in fold(caption) else col
    short = caption.split(" – ")[0].strip()  # the title, not the note after it ("– Antal nettodagar … per försäkrad")
    return measure or (f"{col} ({short})" if short else col)


def kept_measure(p: Profile, q: StatQuery) -> str | None:
    """The one value of a measure dimension (KPI, mått) the query keeps, if any."""
    for k, v in q.filters:
        cat = p.cat(k)
        if cat is not None and len(v) == 1 and cat.measures:
            return v[0]
    return None


def _measure(col: str, unit: str | None) -> str:
    name = col.strip()
    return name[:1].lower() + name[1:] if not name[:2].isupper() else name


def _span(p: Profile, rows: pd.DataFrame) -> str:
    """What an aggregate ran over: "12 rader", or "2021–2025, 5 värden" when the rows are one
    row's periods."""
    label = p.table.label_column
    for cat in p.cats:
        if cat.is_period and cat.name in rows.columns and rows[cat.name].astype(str).nunique() > 1:
            if label in rows.columns and rows[label].astype(str).nunique() == 1:
                vals = sorted(rows[cat.name].astype(str).unique(), key=period_key)
                return f"{vals[0]}–{vals[-1]}, {len(rows)} värden"
    if label in rows.columns and len(rows) > 1 and any(c.is_period and c.name == label for c in p.cats):
        vals = sorted(rows[label].astype(str), key=period_key)
        return f"{vals[0]}–{vals[-1]}, {len(rows)} värden"
    return f"{len(rows)} rader"


def _named_outside(p: Profile, q: StatQuery, df: pd.DataFrame, shown: set, unit: str | None) -> list[Figure]:
    """Rows a ranking's question names that its slices leave out – "vilken kommun i Södermanland
    … jämfört med länet": the county's own row lies in no county by its code, so the slice by
    county drops it – beside the ranking, each the one row of its name within the other slices."""
    t, label = p.table, p.table.label_column
    if q.op not in (Op.RANK, Op.THRESHOLD) or not q.rows or label not in df.columns:
        return []
    inside = set(df[label].astype(str))
    out = [r for r in q.rows if r not in inside and r not in shown]
    if not out:
        return []
    loose = run(t.frame, [keep_step(t.frame, k, tuple(v)) for k, v in q.filters if k not in DERIVED_COUNTY])
    figs = []
    for name in out:
        hit = loose[(loose[label].astype(str) == name) & loose[q.column].notna()]
        if len(hit) == 1:
            figs.append(figure(p, hit.index[0], q.column, name, is_total=True, unit=unit))
    return figs


def _with_slice_share(p: Profile, q: StatQuery) -> tuple[Profile, StatQuery] | None:
    """The table of the kept slice's rows with a computed column: each row's ``q.column`` for the
    slice ("Kön = Män") over the sum for all values of its split – its total's when it has one –
    (%), for a ranking or bound on the share of counts ("vilken kommun hade högst andel dagar
    uttagna av män"). None when a row's parts are incomplete."""
    t = p.table
    within = q.share_within
    cat = p.cat(within)
    if cat is None or within not in t.frame.columns:
        return None
    kept = dict(q.filters)[within][0]
    keys = [c.name for c in t.columns if c.role in ("label", "dimension") and c.name != within and c.name in t.frame.columns]
    frame = t.frame
    values = pd.to_numeric(frame[q.column], errors="coerce")
    marks = frame[within].astype(str)
    totals = [v for v in cat.totals if v != kept]
    whole_rows = marks.isin(totals[:1]) if totals else marks.isin([v for v in cat.values if v not in cat.totals])
    by = [frame[k].astype(str) for k in keys]
    if by:
        whole = values[whole_rows].groupby([b[whole_rows] for b in by]).sum(min_count=1)
        complete = values[whole_rows].notna().groupby([b[whole_rows] for b in by]).all()
        whole = whole.where(complete)
    else:
        whole = pd.Series([values[whole_rows].sum(min_count=1)])
    part_rows = marks == kept
    parts = frame[part_rows]
    if parts.empty:
        return None
    index = list(zip(*(parts[k].astype(str) for k in keys), strict=False)) if len(keys) > 1 else (
        list(parts[keys[0]].astype(str)) if keys else [0] * len(parts)
    )
    denominators = pd.Series([whole.get(i, float("nan")) for i in index], index=parts.index, dtype=float)
    part = re.sub(r",\s*(?:antal|st|personer)\.?\s*$", "", q.column, flags=re.I)
    name = f"Andel {part} för {kept} av alla {within.lower()} (beräknad)"
    new = parts.copy()
    new[name] = (100.0 * values[part_rows] / denominators.where(denominators > 0)).round(1)
    raw = t.raw.loc[parts.index].copy()
    raw[name] = [format_number(v, decimals=1) if pd.notna(v) else "" for v in new[name]]
    old_positions = {ix: pos for pos, ix in enumerate(frame.index)}
    totals_kept = {old_positions[ix] for ix in frame.index[list(t.total_rows)]} if t.total_rows else set()
    total_rows = tuple(i for i, ix in enumerate(parts.index) if old_positions[ix] in totals_kept)
    groups_kept = {old_positions[ix] for ix in frame.index[list(t.group_rows)]} if t.group_rows else set()
    t2 = replace(
        t, frame=new.reset_index(drop=True), raw=raw.reset_index(drop=True), columns=t.columns + (Column(name, "value", unit="%"),),
        total_rows=total_rows, group_rows=tuple(i for i, ix in enumerate(parts.index) if old_positions[ix] in groups_kept),
    )
    return replace(p, table=t2), replace(q, column=name, share_within=None)


def _with_share_column(p: Profile, q: StatQuery) -> tuple[Profile, StatQuery]:
    """The table with a computed column: each row's ``q.column`` over its ``q.share_over`` (%),
    for a ranking or bound on the share of counts ("störst andel med eftergymnasial utbildning"
    of counts per level beside their "Totalt")."""
    frame = p.table.frame
    part = re.sub(r",\s*(?:antal|st|personer)\.?\s*$", "", q.column, flags=re.I)
    name = f"Andel {part} av {q.share_over.lower()} (beräknad)"
    whole = pd.to_numeric(frame[q.share_over], errors="coerce")
    values = (100.0 * pd.to_numeric(frame[q.column], errors="coerce") / whole.where(whole > 0)).round(1)
    return _with_made_column(p, name, values, 1, "%"), replace(q, column=name, share_over=None)


def _with_ratio_column(p: Profile, q: StatQuery) -> tuple[Profile, StatQuery]:
    """The table with a computed column: each row's ``q.column`` over its ``q.per`` ("Sökande
    per ”Erbjudna platser”"), one decimal; a row with no or a zero base has none. An amount of
    money over a count is in kronor, whole ("Utbetalt (tkr)" per household: 74 993 kr)."""
    frame = p.table.frame
    money = p.table.column(q.column).unit if q.column in {c.name for c in p.table.columns} else None
    factor = KRONOR_PER.get(money or "")
    name = f"{q.column} per ”{q.per}”{', kr' if factor else ''} (beräknad)"
    base = pd.to_numeric(frame[q.per], errors="coerce")
    values = (pd.to_numeric(frame[q.column], errors="coerce") * (factor or 1.0) / base.where(base > 0)).round(0 if factor else 1)
    return _with_made_column(p, name, values, 0 if factor else 1, "kr" if factor else None), replace(q, column=name, per=None)


def _with_made_column(p: Profile, name: str, values: pd.Series, decimals: int, unit: str | None) -> Profile:
    """The profile with its table given a computed value column ``name`` (its cells written with
    ``decimals``, empty where a value is missing)."""
    t = p.table
    frame, raw = t.frame.copy(), t.raw.copy()
    frame[name] = values
    raw[name] = [format_number(v, decimals=decimals) if pd.notna(v) else "" for v in values]
    return replace(p, table=replace(t, frame=frame, raw=raw, columns=t.columns + (Column(name, "value", unit=unit),)))


def _on_made_column(res: StatResult, said: str, made: str) -> StatResult:
    """``res``, computed on a column made for it, with how the column was made said first in
    "Så räknade vi" and its pandas line after the one that reads the table."""
    c = res.computation
    first, _, rest = c.pandas.partition("\n")
    res.computation = Computation(f"{said} {c.description}", f"{first}\n{made}\n{rest}" if rest else f"{first}\n{made}")
    return res


def _summed_name(cols: tuple[str, ...]) -> str:
    return (" + ".join(cols) if len(cols) <= 3 else f"Summa {cols[0]}–{cols[-1]}") + " (beräknad)"


def _with_summed_column(p: Profile, q: StatQuery) -> tuple[Profile, StatQuery]:
    """The table with a computed column: the columns of ``q.summed`` added up on each row
    (women's and men's counts for "kvinnor och män ihop", the months of a half-year); a row
    missing any of them has no sum."""
    t = p.table
    name = _summed_name(q.summed)
    values = t.frame[list(q.summed)].apply(pd.to_numeric, errors="coerce").sum(axis=1, min_count=len(q.summed))
    dec = max(_max_decimals(t, t.frame.index, a) or 0 for a in q.summed)
    return _with_made_column(p, name, values, dec, t.column(q.summed[0]).unit), replace(q, column=name, summed=())


def _with_difference_column(p: Profile, q: StatQuery) -> tuple[Profile, StatQuery]:
    """The table with a computed column: ``q.column`` less ``q.less`` on each row (a running
    total to September less the one to August: September's own figure)."""
    t = p.table
    late, early = pd.to_numeric(t.frame[q.column], errors="coerce"), pd.to_numeric(t.frame[q.less], errors="coerce")
    dec = max(_max_decimals(t, t.frame.index, q.column) or 0, _max_decimals(t, t.frame.index, q.less) or 0)
    if q.less_kind == "percent":
        # (a row without the earlier figure – a new urban area, ".." – has no change, never an infinite one)
        name = f"Förändring i procent, ”{q.less}” till ”{q.column}” (beräknad)"
        values = (100 * (late / early.where(early != 0) - 1)).round(1)
        return _with_made_column(p, name, values, 1, "%"), replace(q, column=name, less=None)
    if q.less_kind == "earlier":
        # (the level of the earlier year: the later year's level less the change since then)
        name = f"{_year_swapped(q.column, q.less_year)} (beräknad)"
        return _with_made_column(p, name, (late - early).round(dec), dec, t.column(q.column).unit), replace(q, column=name, less=None)
    # (a change between two shares is in percentage points: "−2,2 procentenheter", never "−2,2 %")
    points = " i procentenheter" if t.column(q.column).unit == "%" else ""
    name = f"Förändring{points}, ”{q.less}” till ”{q.column}” (beräknad)" if q.less_kind == "change" else f"{q.column} − {q.less} (beräknad)"
    # (rounded to the figures' own decimals: 12,2 − 11,3 is 0,9, not 0,8999999999999986)
    return _with_made_column(p, name, (late - early).round(dec), dec, t.column(q.column).unit), replace(q, column=name, less=None)


def _year_swapped(header: str, year: int | None) -> str:
    """A level's header with its year replaced by the earlier one ("Andel 2024, %" → "Andel 2023, %")."""
    return re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)", str(year), header, count=1) if year else header


def _month_word(value: str) -> str:
    key = period_key(value)
    return MONTH_NAMES[key[1]] if len(key) == 2 and key[0] == 0 and 0 < key[1] <= 12 else value


def _paired_months(p: Profile, q: StatQuery) -> tuple[str, tuple[str, ...]] | None:
    """Two months pinned beside a trend over two years, the first with the first year
    ("december 2023 och mars 2024" of År and Månad; see build._pair_split_dates): (column, months)."""
    return next((
        (k, v) for k, v in q.filters
        if k != q.period_column and len(v) == 2 and (cat := p.cat(k)) is not None and cat.is_period and period_key(v[0])[0] == 0
    ), None)


def _with_pinned_date(p: Profile, q: StatQuery, value: str) -> str:
    """A trend's end as the reader says it, with the other part of the date that a filter pins:
    "12" beside År = 2024 → "december 2024", "2023" beside Månad = 12 → "december 2023"."""
    paired = _paired_months(p, q)
    for k, v in q.filters:
        cat = p.cat(k)
        if cat is None or not cat.is_period or k == q.period_column:
            continue
        if paired is not None and k == paired[0]:
            if len(q.periods) != 2 or value not in q.periods:
                continue
            part = v[q.periods.index(value)]  # each year with its own month
        elif len(v) == 1:
            part = v[0]
        else:
            continue
        if period_key(part)[0] == 0 and period_key(value)[0] > 0:
            return f"{_month_word(part)} {value}"
        if period_key(part)[0] > 0 and period_key(value)[0] == 0:
            return f"{_month_word(value)} {part}"
    return value


def compute(p: Profile, q: StatQuery) -> StatResult:
    """Run ``q`` on its table; see the module docstring."""
    if q.summed and set(q.summed) <= set(p.table.frame.columns):
        p2, q2 = _with_summed_column(p, q)
        named = [f"”{a}”" for a in q.summed]
        why = "tabellen har ingen kolumn för båda" if len(q.summed) == 2 else "tabellen har ingen kolumn för just de månaderna"
        return _on_made_column(
            compute(p2, q2), f"Lade ihop {', '.join(named[:-1])} och {named[-1]} på varje rad ({why}).",
            f"df[{q2.column!r}] = " + " + ".join(f"df[{a!r}]" for a in q.summed),
        )
    if q.less and {q.less, q.column} <= set(p.table.frame.columns):
        p2, q2 = _with_difference_column(p, q)
        said = {
            "running": f"Räknade ut ”{q.column}” minus ”{q.less}” på varje rad (kolumnerna är summor från årets början).",
            "change": f"Räknade ut förändringen från ”{q.less}” till ”{q.column}” på varje rad.",
            "percent": f"Räknade ut förändringen i procent från ”{q.less}” till ”{q.column}” på varje rad (rader utan värde för båda åren räknas inte).",
            "earlier": f"Räknade ut {q.less_year} som ”{q.column}” minus ”{q.less}” på varje rad (tabellen har bara förändringen sedan {q.less_year}, inte året självt).",
        }[q.less_kind]
        made = (f"df[{q2.column!r}] = (100 * (df[{q.column!r}] / df[{q.less!r}] - 1)).round(1)" if q.less_kind == "percent"
                else f"df[{q2.column!r}] = df[{q.column!r}] - df[{q.less!r}]")
        return _on_made_column(compute(p2, q2), said, made)
    if q.share_over and q.op in (Op.RANK, Op.THRESHOLD) and {q.share_over, q.column} <= set(p.table.frame.columns):
        p2, q2 = _with_share_column(p, q)
        return _on_made_column(
            compute(p2, q2), f"Räknade ut ”{q.column}” delat med ”{q.share_over}” på varje rad (procent).",
            f"df[{q2.column!r}] = (100 * df[{q.column!r}] / df[{q.share_over!r}]).round(1)",
        )
    if q.per and not p.record_level and q.op in (Op.RANK, Op.THRESHOLD, Op.LOOKUP, Op.COMPARE) and {q.per, q.column} <= set(p.table.frame.columns):
        # "flest sökande per plats": each row's count over its count of the other column
        p2, q2 = _with_ratio_column(p, q)
        factor = KRONOR_PER.get(p.table.column(q.column).unit or "")
        return _on_made_column(
            compute(p2, q2), f"Räknade ut ”{q.column}” delat med ”{q.per}” på varje rad" + (" (i kronor)." if factor else "."),
            f"df[{q2.column!r}] = (df[{q.column!r}] * {factor!r} / df[{q.per!r}]).round(0)" if factor
            else f"df[{q2.column!r}] = (df[{q.column!r}] / df[{q.per!r}]).round(1)",
        )
    if q.share_within and q.op in (Op.RANK, Op.THRESHOLD) and len(dict(q.filters).get(q.share_within, ())) == 1:
        shared = _with_slice_share(p, q)
        if shared is not None:
            p2, q2 = shared
            res = compute(p2, q2)
            c = res.computation
            kept = dict(q.filters)[q.share_within][0]
            res.computation = Computation(
                f"Räknade ut ”{q.column}” för {q.share_within} = {kept} delat med summan för alla värden av "
                f"”{q.share_within}” på varje rad (procent). {c.description}",
                c.pandas,
            )
            return res
    t = p.table
    frame = t.frame
    label = t.label_column
    col = q.column
    unit = _points(col, _measure_unit(p, q) or t.column(col).unit)  # (a kept measure's own unit first: "…, antal" beside "…, dagar")
    steps: list[Step] = [keep_step(frame, k, tuple(v)) for k, v in q.filters]
    # a register's voided rows ("Makulerad: Ja"): no cases – left out unless the question names the column
    voided = _voided_rows(p, q)
    df = run(frame, steps)
    n_void = 0
    if voided is not None:
        # (counted among the rows the slices keep, then left out)
        n_void = int(df[voided.column].astype(str).isin(list(voided.values)).sum())
        steps.append(voided)
        df = run(df, [voided])
    defaults = dict(q.defaults)
    for pc in q.latest:
        if q.rows and label in df.columns and pc in df.columns:
            named = df[df[label].astype(str).isin(q.rows)]
            if len(named) and named.groupby(label)[pc].nunique().max() <= 1:
                continue  # the named rows fix the period themselves ("2014 Januari" … "2014 December")
        vals = df.loc[df[col].notna(), pc].astype(str).unique().tolist() if len(df) else []
        if not vals:
            continue
        newest = max(vals, key=period_key)
        step = Step("keep", pc, (newest,))
        steps.append(step)
        df = run(df, [step])
        if len(frame[pc].astype(str).unique()) > 1:
            defaults[pc] = newest
    total_vals = set(t.column(label).total_values)
    if t.total_rows:
        total_vals |= set(frame.loc[list(t.total_rows), label].astype(str))
    total_vals = {v for v in total_vals if v}
    # a group's subtotal over its members ("2 Yrken med krav …"): no total of the table, and no
    # comparison beside a ranking of the members
    group_vals = {str(frame.at[i, label]) for i in t.group_rows if i in frame.index}
    if (q.op in (Op.SUM, Op.MEAN) or (q.op == Op.TREND and q.threshold is not None)) and not q.rows and not q.scope and not q.group_by and not q.over:
        # (… and so does a count of the rows that rose or fell: "vilka kommuner ökade")
        # a sum or mean over municipalities leaves out the county rows among them ("Västra
        # Götalands län" beside its kommuner): they are aggregates of those rows, like "Riket"
        total_vals |= _county_rows_among_others(p)
    is_total = df[label].astype(str).isin(total_vals)
    over_steps: list[Step] = []
    if q.over:
        # ranking over a dimension ("åldersgrupp"): its total value is the comparison row
        over_totals = tuple(t.column(q.over).total_values)
        is_total = df[q.over].astype(str).isin(over_totals)
        if over_totals:
            over_steps.append(Step("drop", q.over, over_totals))
    # counting cases counts every row, whether or not it has a figure in the column it was found by
    counts_rows = q.agg == "count"
    has = df[col].notna() | counts_rows
    body = df[~is_total & has]
    totals = df[is_total & has]
    # the whole of "andel av alla …": every row the filters keep, totals aside (StatQuery.share_of_rows)
    rows_whole = (float(body[col].sum()), len(body)) if q.share_of_rows and not q.scope else None
    if q.over:
        body_steps = steps + over_steps + ([] if counts_rows else [Step("notna", col)])
    else:
        body_steps = steps + ([Step("drop", label, tuple(sorted(total_vals)))] if total_vals else []) + ([] if counts_rows else [Step("notna", col)])
    if q.scope:
        if set(q.scope) & total_vals and not q.over:
            # a total row the question names ("i Dalarna") is asked for, not left out
            body = df[df[label].astype(str).isin(q.scope) & has]
            body_steps = steps + ([] if counts_rows else [Step("notna", col)])
        else:
            body = body[body[label].astype(str).isin(q.scope)]
        totals = totals[totals[label].astype(str).isin(q.scope)] if q.over else totals
        body_steps.append(Step("rows", label, q.scope))
    # "Ej fastställt¹", "Okänd": no area or group of its own – a ranking of the groups leaves it out
    residual: tuple[str, ...] = ()
    if q.op == Op.RANK and not q.rows and not q.scope and not q.over and len(body) > 2:
        residual = tuple(sorted({v for v in body[label].astype(str) if is_residual(v)}))
        if residual and len(residual) < len(body) - 1:
            body = body[~body[label].astype(str).isin(residual)]
            body_steps.append(Step("drop", label, residual))
        else:
            residual = ()
    cat_names = [c.name for c in p.cats if c.name in df.columns and c.name != label]
    varying = [d for d in cat_names if body[d].astype(str).nunique() > 1]
    where = t.caption + (f", s. {t.page_span}" if t.page else "")
    said = _said(col, t.caption, kept_measure(p, q))  # the column as the answer names it
    measure = _measure(said, unit)

    figures: list[Figure] = []
    empty: tuple[str, ...] = ()
    total_figs: list[Figure] = []
    text = ""
    op = q.op
    run_steps: list[Step] = list(body_steps)
    description = ""
    derived: list[Figure] = []

    if op in (Op.LOOKUP, Op.COMPARE) and q.other_column:
        rows_df = df[df[label].astype(str).isin(q.rows)] if q.rows else (body if len(body) <= 1 else body.head(0))
        other = q.other_column
        for r in rows_df.index:
            base = _label(t, r, varying)
            for c_ in (col, other):
                if pd.notna(frame.at[r, c_]):
                    figures.append(figure(p, r, c_, f"{base} – {c_}" if base else c_))
        run_steps = steps + [Step("rows", label, tuple(str(frame.at[r, label]) for r in rows_df.index))]
        if len(figures) == 2:
            a, b = figures
            diff = a.value - b.value
            dec = _max_decimals(t, rows_df.index, col) or 0
            derived.append(_difference(a, b, unit, dec))
            word = "högre" if diff > 0 else "lägre"
            # ("Budget 2026" against "Budget 2025": the difference in per cent of the other too,
            # as a change over time is given; not of shares, whose difference is in points)
            rel = f" ({format_number(100 * abs(diff) / abs(b.value), 1)} %)" if b.value and unit not in ("%", "andel") else ""
            text = (
                f"**{display_label(str(frame.at[rows_df.index[0], label]))}**: {said} **{a.display}**, "
                f"{other} **{b.display}**" + (f" – {fmt(abs(diff), None, dec)}{_pp(unit)}{rel} {word}." if diff else " – lika.")
            )
        else:
            text = "\n".join(f"- **{f.label}** – {f.display}" for f in figures)
        description = f"Hämtade ”{col}” och ”{other}” för {', '.join(q.rows) or 'raden'} ur {where}."
    elif op == Op.TREND and q.period_column and len(q.periods) == 2:
        start, end = q.periods
        pc = q.period_column
        steps2 = [s for s in steps if s.column != pc]
        # a month pinned beside the year column ("december 2023 och december 2024" of År and
        # Månad) is said with each year: "december 2023", not a bare "2023"
        said_start, said_end = _with_pinned_date(p, q, start), _with_pinned_date(p, q, end)
        base = run(frame, steps2 + [Step("keep", pc, (start, end))])
        base = base[base[col].notna()]
        # years as the table's rows ("År" | Personbilar | Lastbilar): the column is one series,
        # its rows the times – one line from the start to the end, not one per row
        series_rows = pc == label
        ranked = None
        signs: tuple[int, int] | None = None  # (rows of the asked sign, rows with both ends)
        in_total = base[label].astype(str).isin(total_vals)
        if series_rows:
            pass
        elif q.rows:
            base = base[base[label].astype(str).isin(q.rows)]
        elif q.direction and base[~in_total][label].astype(str).nunique() > 1:
            # "vilken kommun ökade mest": every row's change, ranked (the asked number, then two
            # more); the total rows beside
            n_main = q.n or 1
            # ("störst procentuell ökning": each row's change in per cent of where it started –
            # not of a share, whose change is in points)
            relative = q.relative and unit not in ("%", "andel")
            ranked = Step("change", col, (start, end), n=n_main + 2, op=q.direction, by=pc, agg=label, value=1.0 if relative else None)
            order = [str(x) for x in run(base[~in_total], [ranked])[label]]
            base = pd.concat([base[~in_total & base[label].astype(str).isin(order)], base[in_total]])
        elif q.threshold is not None and base[~in_total][label].astype(str).nunique() > 1:
            # "vilka kommuner ökade?": every row's change; those of the asked sign, the totals beside
            th = q.threshold
            every = Step("change", col, (start, end), n=len(base), op="asc" if th.op in ("<", "<=") else "desc", by=pc, agg=label)
            changes = run(base[~in_total], [every])
            signed = Step("where", "Förändring", op=th.op, value=th.value)
            hits = run(changes, [signed])
            order = [str(x) for x in hits[label]]
            signs = (len(hits), len(changes))
            base = pd.concat([base[~in_total & base[label].astype(str).isin(order)], base[in_total]])
        elif not base[~in_total].empty and base[label].astype(str).nunique() > 1:
            base = base[in_total] if in_total.any() else base
        period_cats = {c.name for c in p.cats if c.is_period}
        var = [d for d in cat_names if d not in period_cats and base[d].astype(str).nunique() > 1]
        lines = []
        keyed: list[tuple[str, str]] = []  # (row label, its line)
        paired = _paired_months(p, q)  # "december 2023 och mars 2024" of År and Månad: each year with its own month
        # several rows of one label at one time (age groups × sex, no total): a count is summed over
        # them – the county's whole, as asked; a share is never summed, so each part is its own line.
        # (The first row alone had been given as the county's: one age group's women.)
        vc = next((v for v in p.values if v.name == col), None)
        per_time = base[base[pc].astype(str) == start].groupby(label).size() if var else None
        several = per_time is not None and len(per_time) and per_time.max() > 1 and paired is None
        summed = several and vc is not None and vc.is_count and not vc.is_share and all(
            (c := p.cat(d)) is not None and not c.totals for d in var
        )
        groups = [(col, base)] if series_rows else list(base.groupby([label, *var] if several and not summed else label, sort=False))
        if ranked is not None or signs is not None:
            rank_of = {v: i for i, v in enumerate(order)}
            groups.sort(key=lambda g: rank_of.get(str(g[0][0] if isinstance(g[0], tuple) else g[0]), len(order)))
        for key, grp in groups:
            a = grp[grp[pc].astype(str) == start]
            b = grp[grp[pc].astype(str) == end]
            if paired is not None:
                a = a[a[paired[0]].astype(str) == paired[1][0]]
                b = b[b[paired[0]].astype(str) == paired[1][1]]
            if a.empty or b.empty:
                continue
            ra, rb = a.index[0], b.index[0]
            lab = col if series_rows else _label(t, ra, var)
            if summed and (len(a) > 1 or len(b) > 1):
                lab = f"{display_label(str(key))}, summa över {' och '.join(d.lower() for d in var)}"
                dec = max(_max_decimals(t, list(a.index) + list(b.index), col) or 0, 0)
                fa, fb = (
                    Figure(f"{lab} {said}", float(rows_[col].sum()), unit, col,
                           Source(t.document, t.page, t.caption, t.id, tuple(dict.fromkeys(str(x) for x in rows_[label]))),
                           fmt(float(rows_[col].sum()), unit, dec), derived=True)
                    for rows_, said in ((a, said_start), (b, said_end))
                )
            else:
                fa = figure(p, ra, col, f"{lab} {said_start}", unit=unit)
                fb = figure(p, rb, col, f"{lab} {said_end}", unit=unit)
            figures += [fa, fb]
            d = fb.value - fa.value
            dec = max(_max_decimals(t, [ra, rb], col) or 0, 0)
            derived.append(_difference(fb, fa, unit, dec, signed=True))
            change = "ökade" if d > 0 else "minskade" if d < 0 else "var oförändrad"
            # (the verb says which way: "minskade med 590 807 ton (16,3 %)", not "(−16,3 %)")
            rel = f" ({format_number(100 * abs(d) / abs(fa.value), 1)} %)" if fa.value and unit not in ("%", "andel") else ""
            lines.append(
                f"- **{lab}**: {fa.display} ({said_start}) → {fb.display} ({said_end}); {change}"
                + (f" med {fmt(abs(d), None, dec)}{_pp(unit)}{rel}" if d else "")
            )
            keyed.append((str(key), lines[-1]))
            if len(lines) >= (MAX_LISTED if signs is not None else 10):
                break
        text = f"{said} från {said_start} till {said_end}:\n\n" + "\n".join(lines) if lines else ""
        run_steps = steps2 + [Step("keep", pc, (start, end)), Step("notna", col)] + ([Step("rows", label, q.rows)] if q.rows else [])
        between = _periods_between(frame, steps2, pc, None if series_rows else label, col, keyed, start, end) if (
            q.series and len(keyed) == 1 and ranked is None and signs is None and not summed and paired is None and not several
        ) else []
        if between:
            # "hur har mottagandet utvecklats sedan 2021?": one row's way there, not only its ends
            inner = [figure(p, i, col, f"{display_label(keyed[0][0])} {per}", unit=unit) for per, i in between]
            figures += inner
            text += "\n\nDäremellan: " + "; ".join(f"{per}: {f.display}" for (per, _), f in zip(between, inner)) + "."
        elif q.series and summed and len(keyed) == 1 and ranked is None and signs is None and paired is None:
            # (… of a row whose parts are added up at each time – "Sandviken, summa över
            # hushållstyp": the sum at each time between, from the same parts)
            sums = _sums_between(frame, steps2, pc, label, col, keyed[0][0], start, end)
            dec = max(_max_decimals(t, list(base.index), col) or 0, 0)
            inner = [
                Figure(f"{keyed[0][0]} {per}", value, unit, col, Source(t.document, t.page, t.caption, t.id, (keyed[0][0],)),
                       fmt(value, unit, dec), derived=True)
                for per, value in sums
            ]
            figures += inner
            between = [(per, -1) for per, _ in sums]
            if inner:
                text += "\n\nDäremellan (summerat på samma sätt): " + "; ".join(f"{per}: {f.display}" for (per, _), f in zip(sums, inner)) + "."
        description = f"Hämtade ”{col}” för {said_start} och {said_end} ur {where}" + (
            f", summerade varje rads delar ({', '.join(var)}) för varje tidpunkt" if summed else "") + " och räknade ut förändringen" + (
            f" (värdena däremellan, {', '.join(per for per, _ in between)}, ur samma rad)." if between else ".")
        if signs is not None:
            th = q.threshold
            went = {"<": "minskade", "<=": "minskade eller var oförändrad", ">": "ökade", ">=": "ökade eller var oförändrad"}.get(th.op, "ändrades")
            main = [ln for k, ln in keyed if k in order]
            tots = [ln for k, ln in keyed if k not in order]
            text = (
                f"**{signs[0]}** av {signs[1]} {went} ({measure}) från {said_start} till {said_end}"
                + (":\n\n" + "\n".join(main) if main else ".")
            )
            if signs[0] > len(main):
                text += f"\n\n(Listan visar de {len(main)} första.)"
            if tots:
                text += "\n\nSom jämförelse (totalrader):\n" + "\n".join(tots)
            src = Source(t.document, t.page, t.caption, t.id, tuple(order))
            derived.append(Figure(f"Antal rader som {went} (beräknat)", float(signs[0]), "antal", col, src, str(signs[0]), derived=True))
            run_steps = steps2 + [Step("keep", pc, (start, end)), Step("notna", col), Step("drop", label, tuple(sorted(total_vals))), every, signed]
            description = (
                f"Räknade ut förändringen av ”{col}” från {said_start} till {said_end} för varje rad i {where} "
                f"(utan totalrader) och behöll raderna där den är {th.op} {format_number(th.value)}."
            )
        if ranked is not None and lines:
            main = [ln for k, ln in keyed if k in order[:n_main]]
            rest = [ln for k, ln in keyed if k in order[n_main:]]
            tots = [ln for k, ln in keyed if k not in order]
            head = "Störst minskning (eller minst ökning)" if q.direction == "asc" else "Störst ökning"
            if ranked.value:
                head = "Störst procentuell minskning (eller minst ökning)" if q.direction == "asc" else "Störst procentuell ökning"
            text = f"{head} av {measure} från {said_start} till {said_end}:\n\n" + "\n".join(main)
            if rest:
                text += "\n\nDärefter:\n" + "\n".join(rest)
            if tots:
                text += "\n\nSom jämförelse (totalrader, ej rangordnade):\n" + "\n".join(tots)
            run_steps = steps2 + [Step("keep", pc, (start, end)), Step("notna", col), Step("drop", label, tuple(sorted(total_vals))), ranked]
            description = (
                f"Räknade ut förändringen av ”{col}” från {said_start} till {said_end} för varje rad i {where} "
                "(utan totalrader) och rangordnade raderna efter förändringen"
                + (f" i procent av värdet {said_start}." if ranked.value else ".")
            )
    elif q.group_by:
        g = q.group_by
        # "vilken region hade högst andel varje år": the top of every period, in time order –
        # a listing of each group, not a ranking of the groups
        each_period = (q.agg in ("max", "min") or q.mean_of_groups) and (p.cat(g) is not None and p.cat(g).is_period)
        yearly = bool(q.period_groups)  # "2019 jämfört med 2020" of quarters: one figure per year
        n = q.n or (MAX_LISTED if each_period else len(q.period_groups) if yearly else 10)
        if q.mean_of_groups:
            n = len(body)  # (every group's sum enters the mean)
        order = "asc" if q.direction == "asc" else "desc"
        # "vilket stadsdelsområde hade flest deltagare" of an event log: the distinct ids per group
        distinct = q.distinct if q.agg == "count" and q.distinct in body.columns else None
        # (a share per group of rows that are units of their own – schools by their kind of
        # owner – is the group's counts' share, weighted, never the mean of the rows' shares)
        weighted = _ratio_of(p, body, col, unit) if q.weighted and not each_period and not yearly and q.threshold is None else None
        step = Step(
            "group", distinct or col, by=g, agg="nunique" if distinct else ("ratio" if weighted else q.agg or "sum"),
            n=len(body) if q.threshold else n, op=order, values=q.period_groups,
            sizes=bool(q.sizes) and not each_period and not distinct and not weighted,
            parts=weighted[:2] if weighted else (), value=weighted[2] if weighted else None,
        )
        run_steps = body_steps + [step]
        res = run(body, [step])
        value_col = distinct or (col if (q.agg or "sum") != "count" else "Antal rader")
        if q.threshold is not None:
            # "vilka kommuner fick mer än 5 miljoner kr": the groups whose aggregate passes the bound
            bound = Step("where", value_col, op=q.threshold.op, value=q.threshold.value)
            run_steps.append(bound)
            res = run(res, [bound])
        if each_period or yearly:
            res = res.iloc[sorted(range(len(res)), key=lambda i: period_key(str(res.iloc[i][g])))]
        for _, row in res.iterrows():
            v = float(row[value_col])
            u = unit if q.agg in ("sum", "mean", "median", "max", "min") else "antal"
            # (a median of whole figures is whole, or halfway between two)
            dec = 2 if q.agg == "mean" or (q.agg == "median" and not v.is_integer()) else (0 if q.agg == "median" else None)
            if weighted:
                dec = max(_max_decimals(t, body.index, col) or 1, 1)
            name = display_label(str(row[g]))
            if q.agg in ("max", "min") and g != label and body[label].astype(str).nunique() > 1:
                # the top of each group is a row: say which ("Örebro: Vivalla")
                hit = body[(body[g].astype(str) == str(row[g])) & (body[col] == row[value_col])]
                if len(hit):
                    name += ": " + ", ".join(dict.fromkeys(display_label(str(x)) for x in hit[label]))
            src = Source(document=t.document, page=t.page, table=t.caption, table_id=t.id, rows=(str(row[g]),))
            figures.append(Figure(name, v, u, col, src, fmt(v, u, dec)))
        # a register's sum or mean per group says over how many rows it was taken
        sized = {f.label: int(row["Antal rader"]) for f, (_, row) in zip(figures, res.iterrows())} if step.sizes else {}
        aggword = {"sum": "summa", "mean": "medelvärde", "median": "median", "count": "antal rader", "max": "högsta värde", "min": "lägsta värde"}[q.agg or "sum"]
        if weighted:
            aggword = f"vägd andel (summan av ”{weighted[0]}” delat med summan av ”{weighted[1]}”)"
        if distinct:
            aggword = f"antal olika ”{distinct}”"
        lines = [
            f"{'-' if each_period or yearly else f'{i}.'} **{f.label}** – {f.display}"
            + (f" ({format_number(sized[f.label])} {'rad' if sized[f.label] == 1 else 'rader'})" if f.label in sized else "")
            for i, f in enumerate(figures, 1)
        ]
        if q.sizes == "asked" and sized:
            figures += [replace(f, value=float(sized[f.label]), unit="antal", metric="Antal rader", display=format_number(sized[f.label]))
                        for f in list(figures) if f.label in sized]
        of = "" if q.agg == "count" else f" av {measure}"
        text = f"{aggword[:1].upper() + aggword[1:]}{of} per {g.lower()}:\n\n" + "\n".join(lines)
        if q.mean_of_groups and len(figures) >= 2:
            # "i genomsnitt per månad": the mean of the groups' sums, first; the sums under it
            mean = sum(f.value for f in figures) / len(figures)
            src = Source(document=t.document, page=t.page, table=t.caption, table_id=t.id, rows=tuple(f.source.rows[0] for f in figures))
            lead = Figure(f"Genomsnitt per {g.lower()}", mean, unit, col, src, fmt(mean, unit, 1), derived=True)
            derived.append(lead)
            text = (
                f"{measure[:1].upper() + measure[1:]} i genomsnitt per {g.lower()}: **{lead.display}** (beräknat: medelvärdet av "
                f"{len(figures)} summor, {figures[0].label}–{figures[-1].label}).\n\n" + text
            )
        if q.threshold is not None:
            th = q.threshold
            bound = BOUND_WORDS[th.op]
            shown = format_number(th.value, unit=None if q.agg == "count" else unit)
            text = (
                f"{g} där {aggword}{of} är {bound} {shown} ({len(figures)} st):\n\n" + "\n".join(lines)
                if figures else f"Ingen {g.lower()} har {aggword}{of} {bound} {shown}."
            )
        named = [next((f for f in figures if f.source.rows[0] == s), None) for s in q.scope]
        two_named = len(figures) == 2 and len(q.scope) == 2 and None not in named
        if two_named and q.threshold is None and not each_period and not q.mean_of_groups and q.agg in (None, "sum", "count", "mean"):
            # "jämför Dalarna och Gävleborg helåret 2023": the two groups named, and how far apart
            # (in the order the question named them)
            a, b = named
            dec = 2 if q.agg == "mean" else max(_max_decimals(t, body.index, col) or 0, 0)
            derived.append(_difference(a, b, unit if q.agg != "count" else "antal", dec))
            word = "högre" if a.value > b.value else "lägre"
            text += (
                f"\n\n{a.label} ligger **{fmt(abs(a.value - b.value), None, dec)}{_pp(unit)}** {word} än {b.label} (beräknad skillnad)."
                if a.value != b.value else f"\n\n{a.label} och {b.label} har samma värde."
            )
        # "… gymnasiet eller annan utbildning": the groups are the values the question named
        # together, so their sum is the figure asked – shown with the groups it adds up
        named_together = next((vs for k, vs in q.filters if k == g and len(vs) >= 2), ())
        together = (
            q.together and not distinct and len(figures) >= 2 and set(named_together) >= {f.source.rows[0] for f in figures} and not two_named and q.op != Op.COMPARE
            and q.threshold is None and not each_period and not yearly and not q.mean_of_groups and q.n is None
            and (q.agg == "count" or (q.agg in (None, "sum") and unit not in RATE_UNITS))
        )
        if together:
            total = sum(f.value for f in figures)
            u = "antal" if q.agg == "count" else unit
            src = Source(document=t.document, page=t.page, table=t.caption, table_id=t.id, rows=tuple(f.source.rows[0] for f in figures))
            lead = Figure("Sammanlagt", total, u, col, src, fmt(total, u, None), derived=True)
            derived.append(lead)
            text = f"Sammanlagt **{lead.display}** (beräknat: summan av de {len(figures)} nedan).\n\n" + text
        if (
            q.agg == "count" and not distinct and not together and not two_named and q.threshold is None and q.n is None
            and not each_period and not yearly and not q.mean_of_groups and len(figures) >= 2 and len(figures) == len(res)
        ):
            # "hur många beslut …, uppdelat per stödform": the groups, and the rows they add up to
            total = sum(f.value for f in figures)
            src = Source(document=t.document, page=t.page, table=t.caption, table_id=t.id, rows=tuple(f.source.rows[0] for f in figures))
            derived.append(Figure("Totalt", total, "antal", col, src, fmt(total, "antal"), derived=True))
            blank = len(body) - int(total)
            text += f"\n\nTotalt **{fmt(total, 'antal')}** (beräknat: summan av de {len(figures)} ovan)" + (
                f"; {format_number(blank)} rader har inget värde i ”{g}”." if blank > 0 else "."
            )
        # (a count counts rows, of no column: "beräknade antal rader", not "… av ”Födelseår”")
        description = f"Grupperade {len(body)} rader i {where} efter ”{g}” och beräknade {aggword}" + ("" if q.agg == "count" else f" av ”{col}”") + (
            f", och tog medelvärdet av de {len(figures)} summorna" if q.mean_of_groups and len(figures) >= 2 else "") + (
            " och räknade ut skillnaden mellan de två" if two_named else "") + (" och lade ihop grupperna" if together else "") + "."
        if yearly:
            sizes = {name: len(vs) for name, vs in q.period_groups}
            year_of = {v: name for name, vs in q.period_groups for v in vs}
            counted = body[g].astype(str).map(year_of).value_counts()
            per = {name: f"{int(counted.get(name, 0))} värden" for name in sizes}
            lines = [f"- **{f.label}** ({per[f.source.rows[0]]}) – {f.display}" for f in figures]
            text = f"{aggword.capitalize()} av {measure} per år{' (' + display_label(q.scope[0]) + ')' if len(q.scope) == 1 else ''}:\n\n" + "\n".join(lines)
            if len(figures) == 2:
                if q.agg == "mean":  # the change between the means as shown, not as stored
                    figures = [replace(f, value=round(f.value, 2)) for f in figures]
                fa, fb = figures
                d = fb.value - fa.value
                dec = 2 if q.agg == "mean" else max(_max_decimals(t, body.index, col) or 0, 0)
                derived.append(_difference(fb, fa, unit, dec, signed=True))
                change = "ökade" if d > 0 else "minskade" if d < 0 else "var oförändrad"
                rel = f" ({format_number(100 * abs(d) / abs(fa.value), 1)} %)" if fa.value and unit not in ("%", "andel") else ""
                text += f"\n\nFrån {fa.label} till {fb.label} {change} {measure}" + (f" med {fmt(abs(d), None, dec)}{_pp(unit)}{rel}." if d else ".")
            description = (
                f"Tog perioderna i ”{g}” för {' och '.join(sizes)} ur {where}, beräknade {aggword} av ”{col}” "
                "för varje år och räknade ut skillnaden."
            )
    elif op in (Op.RANK,) or (op == Op.LOOKUP and not q.rows):
        asc = q.direction == "asc"
        signed = op == Op.RANK and _costs_stored_negative(p, body, col)
        if signed:
            # "högst nettokostnad" of costs written with a minus sign (the accounts' convention):
            # the largest cost is the most negative figure, not the one nearest zero
            asc = not asc
        if op == Op.LOOKUP:
            n = len(body) if len(body) <= 12 else 5
            asc = False
        else:
            n = q.n or 1
        step = Step("nsmallest" if asc else "nlargest", col, n=n)
        run_steps = body_steps + [step]
        ranked = run(body, [step])
        figures = [figure(p, r, col, _label(t, r, varying), unit=unit) for r in ranked.index]
        word = ("högst" if asc else "lägst") if signed else ("lägst" if asc else "högst")
        if op == Op.LOOKUP:
            # (each row with the text asked beside it: "… och varför?" – its "Kommentar")
            why = {r: "; ".join(f"{c_}: {v}" for c_ in q.details if c_ in frame.columns and (v := str(frame.at[r, c_]).strip())
                                and v.lower() not in ("nan", "none", "..")) for r in ranked.index}
            text = f"{said}:\n\n" + "\n".join(
                f"- **{f.label}** – {f.display}" + (f" ({why[r]})" if why.get(r) else "") for f, r in zip(figures, ranked.index, strict=False)
            ) if len(figures) != 1 else (
                f"{said} för **{figures[0].label}** är **{figures[0].display}**." if figures else ""
            )
            description = f"Hämtade ”{col}” ur {where}."
        elif len(figures) == 1:
            text = f"**{figures[0].label}** har {word} {measure}: **{figures[0].display}**."
            pv = p.value(col)
            if (pv.is_change if pv is not None else bool(_COUNT_CHANGE.search(col))) and (figures[0].value < 0) == asc and figures[0].value:
                # ("störst minskning": the lowest change, said as the fall it is – "−3,2" as "minskade med 3,2")
                size = fmt(abs(figures[0].value), figures[0].unit, _decimals(t, ranked.index[0], col))
                text += f" Det är en {'minskning' if figures[0].value < 0 else 'ökning'} med {size}."
            if q.both_ends and len(body) >= 2:
                # "… och vilket låg lägst?": the other end too, by the same column
                other = Step("nlargest" if asc else "nsmallest", col, n=1)
                run_steps.append(other)
                end = [figure(p, r, col, _label(t, r, varying), unit=unit) for r in run(body, [other]).index]
                end = [f for f in end if f.label != figures[0].label]
                if end:
                    figures += end
                    text += f" **{end[0].label}** har {'högst' if asc else 'lägst'}: **{end[0].display}**."
        else:
            lines = [f"{i}. **{f.label}** – {f.display}" for i, f in enumerate(figures, 1)]
            text = f"De {len(figures)} med {word} {measure}:\n\n" + "\n".join(lines)
            if op == Op.RANK and len(figures) > n:
                text += f"\n\n(Lika värden på plats {n} – alla visas, så listan har {len(figures)} rader i stället för {n}.)"
        if op == Op.RANK and q.also:
            # "… och hur många deltagare hade den?": the asked column of each row ranked, beside it
            beside = [(r, o) for r in ranked.index for o in q.also if o in frame.columns and pd.notna(frame.at[r, o])]
            extra = [figure(p, r, o, f"{_label(t, r, varying)}, {o}") for r, o in beside]
            if extra and len(figures) == 1:
                text = text.rstrip(".") + ". " + "; ".join(f"{o}: **{f.display}**" for (_, o), f in zip(beside, extra, strict=True)) + "."
            elif extra:
                said_of = {r: "; ".join(f"{o} {f.display}" for (r2, o), f in zip(beside, extra, strict=True) if r2 == r) for r in ranked.index}
                text = f"De {len(figures)} med {word} {measure}:\n\n" + "\n".join(
                    f"{i}. **{f.label}** – {f.display}" + (f" ({said_of[r]})" if said_of.get(r) else "")
                    for i, (f, r) in enumerate(zip(figures, ranked.index, strict=True), 1)
                ) + (f"\n\n(Lika värden på plats {n} – alla visas, så listan har {len(figures)} rader i stället för {n}.)" if len(figures) > n else "")
            figures += extra
        if op == Op.RANK:
            description = (
                f"Sorterade {len(body)} rader (utan totalrader) i {where} efter ”{col}” "
                f"{'stigande' if asc else 'fallande'} och tog de {len(ranked.index)} första"
                + (f", och den sista ({'högst' if asc else 'lägst'})." if len(figures) > len(ranked.index) and q.both_ends else ".")
            )
        if signed:
            said_sign = (
                f"Tabellen skriver ”{col}” med minustecken (alla värden är negativa), så {word} kostnad "
                f"är det {'mest' if word == 'högst' else 'minst'} negativa värdet"
                + (f": en kostnad på {fmt(abs(figures[0].value), figures[0].unit, _decimals(t, ranked.index[0], col))}." if len(figures) == 1 else ".")
            )
            text += f"\n\n{said_sign}"
            description += f" {said_sign}"
    elif op == Op.COUNT and q.threshold is None and q.agg == "count" and not q.group_by:
        # the cases of a table of records within the filters, counted
        step = Step("count")
        run_steps = body_steps + [step]
        n_rows = int(run(body, [step]))
        src = Source(t.document, t.page, t.caption, t.id, ())
        figures = [Figure("Antal rader", float(n_rows), "antal", "Antal rader", src, fmt(float(n_rows), "antal"))]
        within = "; ".join([_filter_text(frame, k, tuple(v)) for k, v in q.filters] + ([f"{label} = {_values_text(q.scope)}"] if q.scope else []))
        text = f"Tabellen har **{n_rows}** rader" + (f" med {within}" if within else "") + "."
        description = f"Räknade raderna i {where}" + (f" där {within}" if within else "") + "."
        for other in (x for x in q.also if x in body.columns):
            # "… och hur mycket blev det sammanlagt?": the amount of the rows counted, summed
            sum_step = Step("sum", other)
            run_steps.append(sum_step)
            total = float(run(body, [sum_step]))
            u = t.column(other).unit
            figures.append(Figure(f"Summa av ”{other}”", total, u, other, src, fmt(total, u)))
            text += f" Summan av ”{other}” för de raderna är **{fmt(total, u)}**."
            description += f" Summerade ”{other}” för de raderna."
        if q.distinct and q.distinct in body.columns:
            # "hur många olika hushåll": the distinct ids among the rows counted, the rows beside them
            step = Step("nunique", q.distinct)
            run_steps = body_steps + [step]
            n_ids = int(run(body, [step]))
            figures = [Figure(f"Antal olika ”{q.distinct}”", float(n_ids), "antal", q.distinct, src, fmt(float(n_ids), "antal"))]
            text = (
                f"Tabellen har **{n_ids}** olika ”{q.distinct}”" + (f" med {within}" if within else "")
                + f" (på {n_rows} rader: samma ”{q.distinct}” kan stå på flera rader)."
            )
            description = f"Räknade de olika värdena i ”{q.distinct}” i {where}" + (f" där {within}" if within else "") + "."
    elif op in (Op.THRESHOLD, Op.COUNT) and q.versus:
        # "gick över budget": each row's value against another column of the same row
        rel, other = q.versus
        step = Step("where_col", col, op=rel, by=other)
        run_steps = body_steps + [step]
        hit = run(body, [step])
        word = BOUND_WORDS[rel]
        figures = [figure(p, r, col, _label(t, r, varying), unit=unit) for r in hit.index][:MAX_LISTED]
        beside = {r: fmt(float(body.at[r, other]), t.column(other).unit) for r in hit.index}
        items = [f"- **{f.label}** – {f.display} ({other}: {beside[r]})" for f, r in zip(figures, hit.index, strict=False)]
        if op == Op.COUNT:
            src = Source(t.document, t.page, t.caption, t.id, tuple(str(x) for x in hit[label]))
            derived.append(Figure(f"Antal rader med {col} {word} {other} (beräknat)", float(len(hit)), "antal", col, src, str(len(hit)), derived=True))
            text = f"**{len(hit)}** av {len(body)} har {measure} {word} ”{other}”." + ("\n\n" + "\n".join(items) if items else "")
        elif figures:
            text = f"{len(hit)} av {len(body)} har {measure} {word} ”{other}”:\n\n" + "\n".join(items)
        else:
            text = f"Ingen av de {len(body)} raderna har {measure} {word} ”{other}”."
        description = f"Jämförde ”{col}” med ”{other}” rad för rad för {len(body)} rader (utan totalrader) i {where} och behöll raderna där ”{col}” {rel} ”{other}”."
    elif op in (Op.THRESHOLD, Op.COUNT) and q.threshold is not None:
        th = q.threshold
        step = Step("where", col, op=th.op, value=th.value)
        run_steps = body_steps + [step]
        hit = run(body, [step])
        figures = [figure(p, r, col, _label(t, r, varying), unit=unit) for r in hit.index][:MAX_LISTED]
        bound = BOUND_WORDS[th.op]
        shown = th.value * 100 if unit == "andel" else th.value
        bound_text = f"{bound} {format_number(shown, unit='%' if th.percent or unit in ('%', 'andel') else None)}"
        # rows with no figure but a bound ("~100", ">95") that settles the question are counted
        # by it; the rest without a figure are named, so "2 av 3" is not read as every school's
        settled, unsettled = _bounded_rows(t, df, ~is_total, col, label, q.scope, th.op, shown, varying)
        passed = [name for name, ok, _ in settled if ok]
        n_hit, n_all = len(hit) + len(passed), len(body) + len(settled)
        # (a count lists its rows plain, a listing in bold)
        strong = "" if op == Op.COUNT else "**"
        lines = [f"- {strong}{f.label}{strong} – {f.display}" for f in figures] + [
            f"- **{name}** – {cell} (ingen exakt siffra; räknas som {bound_text})" for name, ok, cell in settled if ok
        ]
        if op == Op.COUNT:
            src = Source(t.document, t.page, t.caption, t.id, tuple(str(x) for x in hit[label]) + tuple(passed))
            derived.append(Figure(f"Antal rader {bound_text} (beräknat)", float(n_hit), "antal", col, src, str(n_hit), derived=True))
            text = f"**{n_hit}** av {n_all} har {measure} {bound_text}."
            if lines:
                text += "\n\n" + "\n".join(lines)
        elif lines:
            text = f"{n_hit} av {n_all} har {measure} {bound_text}:\n\n" + "\n".join(lines)
        else:
            text = f"Ingen av de {n_all} raderna har {measure} {bound_text}."
        if settled:
            cells = sorted({cell for _, _, cell in settled})
            meanings = [m for c in cells if (m := meaning_of(c, t.notes))]
            text += (
                f"\n\n{_rows(len(settled))} ingen exakt siffra utan en gräns ({', '.join(f'”{c}”' for c in cells)})"
                + (f" – tabellens förklaring: ”{_clip('; '.join(meanings))}”" if meanings else "")
                + "; de räknas efter den."
            )
        if unsettled:
            text += (
                f"\n\nObs: {_rows(len(unsettled))} inget värde för {col} i tabellen ({', '.join(unsettled[:6])}"
                + (" …" if len(unsettled) > 6 else "") + ") och ingår inte."
            )
        description = f"Filtrerade {len(body)} rader (utan totalrader) i {where} på ”{col}” {th.op} {format_number(shown)}" + (
            f"; {len(settled)} rader med en gräns i stället för en siffra avgjordes av gränsen." if settled else "."
        )
    elif op == Op.COUNT:
        run_steps = body_steps + [Step("count")]
        text = f"Tabellen har **{len(body)}** rader (utan totalrader) med ett värde för {measure}."
        description = f"Räknade raderna i {where} utan totalrader."
    elif op in (Op.SUM, Op.MEAN):
        share = unit in ("%", "andel")
        # a rate per person ("dagar per registrerad försäkrad") adds up no better than a share
        rate = op == Op.SUM and not share and per_base_rate(t, col)
        whole = _parts_of_one_whole(p, body, col) if share and op == Op.SUM else None
        ratio = _ratio_of(p, body, col, unit) if share and op == Op.SUM and not whole else None
        if q.threshold is not None and not q.rows:
            # "hur mycket blev underskottet sammanlagt" of the rows that went with one: the rows
            # past the bound, then their sum (the table's own sum row nets all rows)
            step = Step("where", col, op=q.threshold.op, value=q.threshold.value)
            body = run(body, [step])
            body_steps = body_steps + [step]
        if q.n and not q.rows:
            # "de tre största tillsammans": the top n, then their sum
            step = Step("nsmallest" if q.direction == "asc" else "nlargest", col, n=q.n)
            body = run(body, [step])
            body_steps = body_steps + [step]
        # rows the question names are summed or averaged as named, total rows included
        named = df[df[label].astype(str).isin(q.rows) & df[col].notna()] if q.rows else body
        # (one total row left by the filters is the table's own sum; several of one name – "Totalt"
        # of each age and sex kept – are no one sum: the body's rows are added up instead)
        # (a subtotal – "Delsumma personal" – is a sum of some rows; the grand total's row is the table's)
        grand = totals[~totals[label].astype(str).map(is_subtotal_label) & ~totals[label].astype(str).isin(group_vals)] if len(totals) else totals
        sums = grand if len(grand) else totals
        one_sum = len(sums) == 1 or (len(sums) > 1 and sums[label].astype(str).nunique() == len(sums))
        own_total = sums if (op == Op.SUM and not q.scope and not q.rows and not q.n and q.threshold is None and len(sums) and one_sum) else None
        wider = partial = None
        if own_total is not None and len(own_total) and not share and not rate and len(body):
            # "totalt i skaraborgskommunerna" of Skaraborg's 15 municipalities beside the county's
            # row: a total row holding more than twice what its rows add up to is a wider area's
            # (the county, the country), not the rows' sum – their sum answers, the row is said
            printed, body_sum = float(frame.at[own_total.index[0], col]), float(body[col].sum())
            # (… when every row has its figure: masked cells leave a sum short of the true total)
            if printed > 0 and 0 <= body_sum < 0.5 * printed and body[col].notna().all():
                wider, own_total = own_total.index[0], None
            # a "total" smaller than what its rows of positive figures add up to is none of theirs
            # ("Region Västmanland" 1 800 000 among a budget's financiers summing to 2 400 000:
            # a financier named like the county, not the budget's sum)
            elif (body[col].dropna() >= 0).all() and body_sum > printed + 0.5 * len(body) * 10 ** -(_max_decimals(t, body.index, col) or 0):
                # (… it is one of the rows, added up with them)
                partial, own_total = own_total.index[0], None
                body = frame[frame.index.isin([*body.index, partial])]
        if q.per and q.per in frame.columns and op == Op.SUM:
            rows_df = body[body[q.per].notna()]
            num, den = float(rows_df[col].sum()), float(rows_df[q.per].sum())
            value = num / den if den else float("nan")
            base_unit = (t.column(q.per).unit or "").strip()
            disp = fmt(value, unit, 0 if abs(value) >= 100 else 2)
            src = Source(t.document, t.page, t.caption, t.id, tuple(str(x) for x in rows_df[label]))
            figures = [Figure(f"{col} per ”{q.per}” (beräknat)", value, unit, col, src, disp, derived=True)]
            run_steps = body_steps + [Step("notna", q.per), Step("ratio", col, (col, q.per), value=1.0)]
            text = (
                f"{col} per ”{q.per}”: **{disp}** – summan av ”{col}” ({fmt(num, unit)}) delat med summan av "
                f"”{q.per}” ({fmt(den, base_unit if base_unit not in ('', 'antal') else None)}) över {len(rows_df)} rader."
                " Kvoten av summorna väger varje rad efter dess storlek."
            )
            description = f"Summerade ”{col}” och ”{q.per}” över {len(rows_df)} rader (utan totalrader) i {where} och räknade kvoten."
        elif ratio:
            a, b, k = ratio
            rows_df = named if q.rows else body
            which = _which_rows(q, rows_df, label, measure)
            value = k * float(rows_df[a].sum()) / float(rows_df[b].sum()) if float(rows_df[b].sum()) else float("nan")
            dec = min((_max_decimals(t, rows_df.index, col) or 0) + 1, 2)
            disp = fmt(value, unit, dec)
            src = Source(t.document, t.page, t.caption, t.id, tuple(str(x) for x in rows_df[label]))
            figures = [Figure(f"{col} för {_span(p, rows_df)} tillsammans (beräknat)", value, unit, col, src, disp, derived=True)]
            run_steps = body_steps + ([Step("rows", label, tuple(q.rows))] if q.rows else []) + [Step("ratio", col, (a, b), value=k)]
            text = (
                f"Tillsammans är {measure} för {which} **{disp}**: summan av ”{a}” "
                f"({fmt(float(rows_df[a].sum()), None)}) delat med summan av ”{b}” ({fmt(float(rows_df[b].sum()), None)})."
                " Andelar summeras inte; kvoten av summorna väger varje rad efter dess storlek."
            )
            if own_total is not None and len(own_total) and not q.rows:
                r = own_total.index[0]
                printed = float(frame.at[r, col])
                if abs(printed - value) > 0.06 * k / 100:
                    text += (
                        f"\n\nObs: tabellens egen summarad ({display_label(str(frame.at[r, label]))}) anger "
                        f"{fmt(printed, unit, _decimals(t, r, col))}, vilket inte är kvoten av radernas antal "
                        "(troligen ett ovägt medelvärde av andelarna)."
                    )
            description = (
                f"Summerade ”{a}” och ”{b}” över {len(rows_df)} rader (utan totalrader) i {where} och räknade "
                f"{'100 · ' if k == 100 else ''}kvoten."
            )
        elif own_total is not None and len(own_total):
            r = own_total.index[0]
            f = figure(p, r, col, _label(t, r, []), unit=unit)
            figures = [f]
            run_steps = steps + [Step("rows", label, (str(frame.at[r, label]),))]
            text = f"Tabellens egen summarad (**{f.label}**) anger {measure} **{f.display}**."
            if not share and not rate and len(body):
                body_sum = float(body[col].sum())
                if abs(body_sum - f.value) > 0.5 * 10 ** -(_max_decimals(t, body.index, col) or 0):
                    text += f" (Summan av de {len(body)} raderna är {fmt(body_sum, unit, _max_decimals(t, body.index, col))}.)"
            description = f"Hämtade tabellens summarad ur {where}."
        elif op == Op.SUM and ((not share and not rate) or whole):
            rows_df = named if q.rows else body
            value = float(rows_df[col].sum())
            dec = _max_decimals(t, rows_df.index, col)
            disp = fmt(value, unit, dec)
            src = Source(t.document, t.page, t.caption, t.id, tuple(str(x) for x in rows_df[label]))
            figures = [Figure(f"Summa ({_span(p, rows_df)})", value, unit, col, src, disp)]
            run_steps = body_steps + ([Step("rows", label, tuple(q.rows))] if q.rows else []) + [Step("sum", col)]
            which = _which_rows(q, rows_df, label, measure)
            bounded = q.threshold is not None and not q.rows
            if bounded:
                bound = f"{BOUND_WORDS[q.threshold.op]} {format_number(q.threshold.value)}"
                which = f"de {len(rows_df)} rader där {measure} är {bound}"
            text = f"Summan av {measure} för {which} är **{disp}**" + (
                "." if q.n or q.rows or q.filters or bounded or wider is not None or partial is not None else " (tabellen har ingen egen summarad)."
            )
            if wider is not None:
                text += (
                    f" Raden {display_label(str(frame.at[wider, label]))} ({fmt(float(frame.at[wider, col]), unit, dec)}) "
                    "gäller ett större område än tabellens rader och är inte deras summa."
                )
            if partial is not None:
                text += (
                    f" Raden {display_label(str(frame.at[partial, label]))} ({fmt(float(frame.at[partial, col]), unit, dec)}) "
                    "är mindre än de andra raderna tillsammans och kan inte vara deras summa – den räknas som en av dem."
                )
            if bounded:
                listed = [figure(p, r, col, _label(t, r, varying), unit=unit) for r in rows_df.index][:MAX_LISTED]
                figures += listed
                text += "\n\n" + "\n".join(f"- **{f.label}** – {f.display}" for f in listed)
            whole_rows = df[df[label].astype(str) == q.share_of] if q.share_of and q.rows else None
            if whole_rows is not None and len(whole_rows) == 1 and float(whole_rows[col].iloc[0]) >= value > 0:
                # "… av rikets … tillsammans": the sum over the total row named, computed
                w = float(whole_rows[col].iloc[0])
                share_fig = derived_share(
                    figures[0], w, f"Andel av {display_label(q.share_of)}", fmt(w, unit, dec), col,
                    tuple(str(x) for x in rows_df[label]) + (q.share_of,),
                )
                derived.append(share_fig)
                text += f" Det är **{share_fig.display}** av {display_label(q.share_of)} ({fmt(w, unit, dec)}, beräknat)."
            if q.scope and not q.rows and not q.n:
                # "sjukskrivna i Örebro kommun totalt" over the table's seven Örebro areas: the
                # sum of what the table lists there, which need not be all of the place
                text += (
                    f" Obs: summan gäller de {len(rows_df)} rader som tabellen har för det du nämnde"
                    " – inte nödvändigtvis allt där, om tabellen bara tar upp en del."
                )
            if whole:
                text += (
                    f" Andelarna är delar av samma helhet (de följer ”{whole}” rad för rad), så de kan summeras."
                )
            description = f"Summerade ”{col}” över {len(rows_df)} rader (utan totalrader) i {where}" + (
                f" där ”{col}” {q.threshold.op} {format_number(q.threshold.value)}." if bounded else "."
            )
        else:
            rows_df = named if q.rows else body
            middle = q.median and op == Op.MEAN
            value = float(rows_df[col].median() if middle else rows_df[col].mean()) if len(rows_df) else float("nan")
            dec = min((_max_decimals(t, rows_df.index, col) or 0) + (0 if middle and value == value and value.is_integer() else 1), 2)
            disp = fmt(value, unit, dec)
            src = Source(t.document, t.page, t.caption, t.id, tuple(str(x) for x in rows_df[label]))
            figures = [Figure(f"{'Median' if middle else 'Medelvärde'} ({_span(p, rows_df)})", value, unit, col, src, disp)] if len(rows_df) else []
            run_steps = body_steps + ([Step("rows", label, tuple(q.rows))] if q.rows else []) + [Step("median" if middle else "mean", col)]
            why = (" Tal per person kan inte summeras, så" if rate else " Andelar kan inte summeras, så") if op == Op.SUM else ""
            if middle:
                text = f"Medianen av {measure} över {len(rows_df)} rader är **{disp}** (hälften av raderna ligger under, hälften över)."
                description = f"Beräknade medianen av ”{col}” över {len(rows_df)} rader (utan totalrader) i {where}."
            else:
                text = f"{why} {'g' if why else 'G'}enomsnittet av {measure} över {len(rows_df)} rader är **{disp}** (ett ovägt medelvärde av raderna).".strip()
                description = f"Beräknade det ovägda medelvärdet av ”{col}” över {len(rows_df)} rader (utan totalrader) i {where}."
    else:  # lookup / compare on named rows
        rows_df = df[df[label].astype(str).isin(q.rows) & df[col].notna()]
        order = {v: i for i, v in enumerate(q.rows)}
        idx = sorted(rows_df.index, key=lambda r: (order.get(str(frame.at[r, label]), 99), r))
        var_all = [d for d in cat_names if rows_df[d].astype(str).nunique() > 1]
        # rows the question names are the answer, total rows included ("i Örebro län")
        figures = [figure(p, r, col, _label(t, r, var_all), unit=unit) for r in idx][:MAX_LISTED]
        run_steps = steps + [Step("rows", label, tuple(q.rows)), Step("notna", col)]
        if not figures:
            text = ""
            empty = tuple(dict.fromkeys(str(v) for v in df[df[label].astype(str).isin(q.rows)][label]))
        elif len(figures) == 1:
            text = f"{said} för **{figures[0].label}** är **{figures[0].display}**."
            beside = [figure(p, idx[0], c_, figures[0].label) for c_ in q.also if c_ in frame.columns and pd.notna(frame.at[idx[0], c_])]
            if beside:
                figures += beside
                text += " " + "; ".join(f"{f.metric}: **{f.display}**" for f in beside) + "."
                relative = _change_in_percent(p, figures[0], beside)
                if relative is not None:
                    derived.append(relative)
                    text += f" Det är en förändring med **{relative.display}** ({relative.label.split(' (', 1)[1].rstrip(')')})."
            said_of_row = [(c_, str(frame.at[idx[0], c_]).strip()) for c_ in q.details if c_ in frame.columns]
            said_of_row = [(c_, v) for c_, v in said_of_row if v and v.lower() not in ("nan", "none", "..")]
            if said_of_row:
                text += " " + "; ".join(f"{c_}: **{v}**" for c_, v in said_of_row) + "."
        else:
            text = f"{said}:\n\n" + "\n".join(f"- **{f.label}** – {f.display}" for f in figures)
            by_case = p.record_level and cases_repeat(p, rows_df)  # one row per case
            whole = _sum_of_parts(p, q, rows_df, var_all, col, figures, by_case)
            if whole is not None:
                # the whole first, as asked; its parts after it
                derived.append(whole)
                run_steps = run_steps + [Step("sum", col)]
                why = "en rad per ärende" if by_case else f"tabellen har ingen totalrad för {' och '.join(d.lower() for d in var_all)}"
                shown = "nedan" if len(rows_df) == len(figures) else f"– de {len(figures)} första nedan"
                how = f"summan av {len(rows_df)} {'rader' if by_case else 'delar'} {shown}"
                if "(beräknad: ”" in whole.label:
                    # (a share: the parts' counts added up, then divided – not the shares added)
                    how = f"{whole.label.split('(beräknad: ', 1)[1].rstrip(')')}, summerat över de {len(rows_df)} delarna {shown}"
                text = (
                    f"{said} för **{display_label(q.rows[0])}**, sammanlagt: **{whole.display}** (beräknat: {how}; {why}).\n\n"
                    + "\n".join(f"- **{f.label}** – {f.display}" for f in figures)
                )
            if op == Op.COMPARE and len(figures) >= 2:
                a, b = figures[0], figures[1]
                diff = a.value - b.value
                dec = max(_max_decimals(t, idx[:2], col) or 0, 0)
                derived.append(_difference(a, b, unit, dec))
                word = "högre" if diff > 0 else "lägre"
                text += (
                    f"\n\n{a.label} ligger **{fmt(abs(diff), None, dec)}{_pp(unit)}** {word} än {b.label}."
                    if diff
                    else f"\n\n{a.label} och {b.label} har samma värde."
                )
        cols = "”, ”".join([col] + [f.metric for f in figures[1:] if f.metric != col])
        description = f"Hämtade ”{cols}” för {', '.join(display_label(x) for x in q.rows)} ur {where}" + (
            " och räknade ut skillnaden." if op == Op.COMPARE and len(figures) >= 2 else "."
        )

    if op in (Op.SUM, Op.MEAN) and not q.group_by and not any(f.source.rows for f in figures):
        # a sum or mean over no rows at all ("Summan … för 0 rader är 0") answers nothing: the
        # filters left nothing, and the reading is wrong, not the figure zero
        figures, text = [], ""
    if op in (Op.SUM, Op.MEAN) and figures and not q.group_by:
        # a sum or mean over rows some of which have no value ("--" for December) covers fewer
        # rows than asked: say which, so a part-year total is not read as the whole year
        asked = df[df[label].astype(str).isin(q.rows)] if q.rows else df[~is_total]
        if q.scope:
            asked = asked[asked[label].astype(str).isin(q.scope)]
        gaps = asked[asked[col].isna()]
        if len(gaps):
            names = [display_label(str(frame.at[r, label])) for r in gaps.index]
            # (rows that share their label – a municipality's schools – are named by the column
            # that tells them apart: "Karlshamn: Strandskolan", F218-07)
            apart = next((
                c.name for c in p.cats
                if c.name != label and not c.is_period and c.name in asked.columns and len(asked) >= 2
                and asked[c.name].astype(str).is_unique
            ), None) if asked[label].astype(str).duplicated().any() else None
            if apart is not None:
                names = [f"{n}: {display_label(str(frame.at[r, apart]))}" for n, r in zip(names, gaps.index)]
            shown_names = ", ".join(names[:6]) + (" …" if len(names) > 6 else "")
            text += (
                f"\n\nObs: {len(gaps)} av {len(asked)} rader saknar värde för {col} i tabellen ({shown_names}) "
                "och ingår inte i beräkningen."
            )
    if rows_whole is not None and op == Op.LOOKUP and len(figures) == 1 and rows_whole[0] >= figures[0].value > 0 and rows_whole[1] >= 3:
        whole, n_rows = rows_whole
        part = derived_share(
            figures[0], whole, f"Andel för {figures[0].label} av alla {n_rows} rader sammanlagt", fmt(whole, unit), col,
            figures[0].source.rows,
        )
        derived.append(part)
        text += f"\n\n{part.label.split(' (')[0]}: **{part.display}** ({part.label.split(' (', 1)[1].rstrip(')')})."
        description = description.rstrip(".") + f" och räknade ut dess andel av summan av alla {n_rows} rader (utan totalrader)."
    if q.position and op == Op.LOOKUP and len(figures) == 1 and not figures[0].derived and not figures[0].is_total:
        placed = _position_of(p, body, col, said, figures[0], q.direction == "asc")
        if placed is not None:
            derived.append(placed)
            text += f"\n\n{placed.label}: **plats {placed.display}**."
            order_word = "lägst" if q.direction == "asc" else "högst"
            description = description.rstrip(".") + f" och räknade ut radens plats när raderna ordnas med {order_word} värde först (utan totalrader)."
    if q.share_of and op == Op.LOOKUP and len(figures) >= 2:
        part = _share_of_whole(figures, q.share_of)
        if part is not None:
            derived.append(part)
            text += f"\n\n{part.label.split(' (')[0]}: **{part.display}** ({part.label.split(' (', 1)[1].rstrip(')')})."
            description = description.rstrip(".") + " och räknade ut andelen av totalen."
    # the part whose share is asked: the one figure, or the sum of its parts computed above
    # ("andel av 25–64-åringarna i Lund med eftergymnasial utbildning" of a table split by sex
    # without a total: women's and men's counts summed, over every level's women and men)
    summed = next((f for f in derived if f.derived and "sammanlagt" in f.label), None) if len(figures) >= 2 else None
    if q.share_within and op == Op.LOOKUP and summed is not None and p.cat(q.share_within) is not None and not p.cat(q.share_within).totals:
        within = p.cat(q.share_within)
        split = [d for d in var_all if d != q.share_within]
        every = run(frame, [s_ for s_ in run_steps if s_.column != q.share_within and s_.kind in ("keep", "periods", "drop", "rows", "notna")])
        every = every[every[q.share_within].astype(str).isin(within.values)]
        complete = (
            set(every[q.share_within].astype(str)) == set(within.values) and every[col].notna().all()
            and not every.duplicated(subset=[q.share_within, *split]).any()
        )
        whole = float(every[col].sum()) if complete and len(every) else 0.0
        if whole >= summed.value > 0:
            kept = ", ".join(dict(q.filters).get(q.share_within, ()))
            share_fig = derived_share(
                summed, whole, f"Andel {kept} av alla värden för {q.share_within}", fmt(whole, unit, None), col,
                summed.source.rows + tuple(str(x) for x in every[label]),
            )
            derived.insert(0, share_fig)
            text = (
                f"Andelen {kept} av summan för alla värden av {q.share_within}: **{share_fig.display}** (beräknat: "
                f"{summed.display} av {fmt(whole, unit, None)}, {' och '.join(d.lower() for d in split) or 'delarna'} summerade).\n\n" + text
            )
            description = description.rstrip(".") + f" och delade med summan för alla värden av ”{q.share_within}”."
    if q.share_within and op == Op.LOOKUP and len(figures) == 1 and not figures[0].derived:
        # "hur stor andel av alla lediga jobb i Uppsala län var inom Data/IT?" of counts per
        # yrkesområde with its own total row: the named part over that total, same row otherwise
        within = p.cat(q.share_within)
        whole_vals = tuple(within.totals[:1]) if within is not None else ()
        if whole_vals:
            whole_steps = [Step("keep", q.share_within, whole_vals) if s_.column == q.share_within else s_ for s_ in run_steps]
            whole_df = run(frame, whole_steps)
        elif within is not None and is_breakdown(within, t.caption):
            # no total value: the whole is the parts' sum, each part once ("0-19 år" … "80+ år")
            whole_steps = [s_ for s_ in run_steps if s_.column != q.share_within]
            parts = run(frame, whole_steps)
            whole_vals = (f"summan av alla värden för {q.share_within}",)
            whole_df = parts if len(parts) == len(within.values) and not parts[q.share_within].duplicated().any() and parts[col].notna().all() else frame.iloc[0:0]
            if len(whole_df):
                whole_df = whole_df.iloc[[0]].assign(**{col: float(parts[col].sum())})
        else:
            whole_df = frame.iloc[0:0]
        if len(whole_df) == 1 and float(whole_df[col].iloc[0]) >= figures[0].value > 0:
            whole = float(whole_df[col].iloc[0])
            kept = ", ".join(dict(q.filters).get(q.share_within, ()))
            share_fig = derived_share(
                figures[0], whole, f"Andel {kept} av {whole_vals[0]}", fmt(whole, unit, None), col,
                figures[0].source.rows + tuple(str(x) for x in whole_df[label]),
            )
            derived.insert(0, share_fig)
            # (the part's own figure says whose it is: "… för Hela länet är 4 982 (Kvinnor)" – read
            # alone it had passed for all cases, F228-03)
            text = text.replace(f"**{figures[0].display}**", f"**{figures[0].display}** ({kept})", 1)
            text = (
                f"Andelen {kept} av {whole_vals[0].lower()}: **{share_fig.display}** (beräknat: {figures[0].display} av "
                f"{fmt(whole, unit, None)}).\n\n" + text
            )
            description = description.rstrip(".") + f" och delade med värdet för ”{q.share_within}” = {whole_vals[0]}."
    if q.share_within and op == Op.COUNT and q.agg == "count" and len(figures) == 1 and not q.group_by:
        # "hur stor andel av besluten blev avslag": the cases in the slice over every case
        # within the other filters, computed
        rest = [keep_step(frame, k, tuple(v)) for k, v in q.filters if k != q.share_within]
        every = run(frame, rest)
        every = every[~every[label].astype(str).isin(total_vals)]
        # (a voided case is no part of the whole either: "Makulerad (felregistrering)")
        voided_whole = int(every[voided.column].astype(str).isin(list(voided.values)).sum()) if voided is not None else 0
        if voided_whole:
            every = run(every, [voided])
        # a case with no value of the split ("Beslut" empty while undecided) is no part of its
        # whole: "andel avslag av de beslutade" is over the decided cases
        valued = every[~empty_cells(every[q.share_within])]
        unvalued = len(every) - len(valued)
        if len(valued) > 0:
            every = valued
        if len(every) > 0:
            kept = ", ".join(dict(q.filters).get(q.share_within, ()))
            # "av alla 22 rader med Åldersgrupp = 16-24": the whole is the other slices' rows
            among = "; ".join(f"{k} = {', '.join(v)}" for k, v in q.filters if k != q.share_within)
            whole = f"alla {len(every)} rader" + (f" med {among}" if among else "") + (
                f" som har ett värde för {q.share_within} ({unvalued} har inget)" if unvalued else ""
            ) + (f", utan {voided_whole} med ”{voided.column}” = {', '.join(voided.values)}" if voided_whole else "")
            share_fig = derived_share(
                figures[0], float(len(every)), f"Andel rader med {q.share_within} = {kept} av {whole}",
                fmt(float(len(every)), "antal"), "Antal rader", (),
            )
            derived.append(share_fig)
            text += f"\n\nDet är **{share_fig.display}** av {whole} (beräknat)."
            description = description.rstrip(".") + f" och delade med antalet rader för alla värden av ”{q.share_within}”."
    if q.share_within and op == Op.SUM and len(figures) == 1 and not q.group_by:
        rest = [keep_step(frame, k, tuple(v)) for k, v in q.filters if k != q.share_within]
        within = p.cat(q.share_within)
        if within is not None and within.totals:
            # a split with its own total ("Tid utan arbete": "<6 mån" … "Totalt"): the whole is
            # that total, not the sum of the parts and the total together
            rest.append(keep_step(frame, q.share_within, within.totals[:1]))
        every = run(frame, rest)
        if q.rows:
            # "andel av invånarna i Munkfors": the named rows' own whole, not every row's
            every = every[every[label].astype(str).isin(q.rows)]
        else:
            every = every[~every[label].astype(str).isin(total_vals)]
        whole = float(every[col].sum())
        if whole > 0:
            kept = ", ".join(dict(q.filters).get(q.share_within, ()))
            share_fig = derived_share(
                figures[0], whole, f"Andel för {q.share_within} = {kept} av alla {len(every)} rader", fmt(whole, unit, None), col,
                tuple(str(x) for x in every[label]),
            )
            derived.append(share_fig)
            whose = f"för {_rows_text(q.rows)}" if q.rows else f"för alla {len(every)} rader"
            text += f"\n\nDet är **{share_fig.display}** av {measure} {whose} ({fmt(whole, unit, None)}; beräknat)."
            description = description.rstrip(".") + f" och delade med summan för alla värden av ”{q.share_within}”."
    if q.share_over and q.share_over in frame.columns and op == Op.SUM and len(figures) == 1 and not q.group_by and not q.rows:
        # a register's part column summed over the kept rows, over its whole summed over the same rows
        same = run(frame, [keep_step(frame, k, tuple(v)) for k, v in q.filters])
        same = same[~same[label].astype(str).isin(total_vals)]
        whole = float(pd.to_numeric(same[q.share_over], errors="coerce").sum())
        if whole > 0:
            share_fig = derived_share(
                figures[0], whole, f"Andel {col} av {q.share_over}", fmt(whole, unit, None), col, tuple(str(x) for x in same[label]),
            )
            derived.append(share_fig)
            text += f"\n\nDet är **{share_fig.display}** av ”{q.share_over}” för samma {len(same)} rader ({fmt(whole, unit, None)}; beräknat)."
            description = description.rstrip(".") + f" och delade med summan av ”{q.share_over}” för samma rader."
    if q.share_over and q.share_over in frame.columns and op == Op.LOOKUP:
        parts = _parts_of_whole(t, figures, q.share_over, col)
        if parts:
            # the share asked for first, the counts it is computed from after it
            derived += parts
            text = "\n".join(f"{f.label}: **{f.display}**." for f in parts) + "\n\n" + text
            description = description.rstrip(".") + f" och delade med ”{q.share_over}” på samma rad."
    if q.base and figures and q.base in frame.columns:
        derived += _derived_counts(p, figures, q.base, unit)
        if derived:
            text += "\n\n" + "\n".join(f"- {f.label}: **{f.display}**" for f in derived if f.label.startswith("Antal"))
    shown = {f.source.rows[0] for f in figures if f.source.rows}
    # total rows beside a ranking: the county and the country, not a hundred "Dalarna" rows that
    # differ by a dimension the question left open (they would only repeat the mixing)
    own_totals = totals[~totals[label].astype(str).isin(group_vals)]  # (a group's subtotal is no comparison)
    if figures and op in (Op.RANK, Op.THRESHOLD, Op.LOOKUP, Op.COMPARE) and q.with_totals and not q.group_by and len(own_totals) <= MAX_TOTALS_SHOWN:
        beside = [r for r in own_totals.index if str(frame.at[r, label]) not in shown]
        # (of counties' "Länet" rows, the one of the county the shown rows lie in – Sundsvall's,
        # not all three: the rows' own group when some of the total rows share it)
        groups = [*DERIVED_COUNTY, *(c.name for c in p.cats if c.role != "label" and not c.is_period)]
        for x in dict.fromkeys(g for g in groups if g in frame.columns):
            inside = {str(frame.at[r, x]) for r in df.index if r in frame.index and str(frame.at[r, label]) in shown}
            same = [r for r in beside if str(frame.at[r, x]) in inside]
            if len(inside) == 1 and same and len(same) < len(beside):
                # (and any the question names: "jämfört med Västerbottens län och riket")
                named_here = {v for k, vals in q.filters if k == x for v in vals} | set(q.rows)
                beside = same + [r for r in beside if r not in same and str(frame.at[r, x]) in ("", "nan", *named_here)]
        # total rows of one name ("Samtliga kommuner" of the country and of each county) are told
        # apart by the columns they differ in; a bare "Totalt" says whose total it is
        alike = len({str(frame.at[r, label]) for r in beside}) < len(beside) or any(
            fold(str(frame.at[r, label])).strip() in ("totalt", "total", "samtliga", "summa", "alla") for r in beside
        )
        telling = [
            c.name for c in p.cats
            if alike and c.role != "label" and not c.is_period and c.name in frame.columns and frame.loc[beside, c.name].astype(str).nunique() > 1
        ]
        for r in beside:
            total_figs.append(figure(p, r, col, _label(t, r, telling), is_total=True, unit=unit))
        total_figs += _named_outside(p, q, df, shown, unit)
        if total_figs:
            text += "\n\nSom jämförelse: " + ", ".join(f"{f.label} {f.display}" for f in total_figs) + " (totalrader, ej rangordnade)."
        top = [f for f in figures if not f.derived and not f.is_total]
        # (the country's row: the county a ranking is within – "i Dalarnas län" – is named as its
        # slice, not as a bar asked for)
        country = set(p.label.geo_totals) if p.label is not None else set()
        named = [f for f in total_figs if f.source.rows and f.source.rows[0] in q.rows and f.source.rows[0] in country]
        if op == Op.RANK and len(top) == 1 and named:
            # "vilken kommun … lägst … och hur långt under riket?": the one row the ranking gives
            # against each total row the question names – computed, and said so
            a = top[0]
            for b in named:
                dec = max((len(m.group(1)) for f in (a, b) if (m := re.search(r",(\d+)", f.display))), default=0)
                diff = _difference(a, b, unit, dec + (2 if unit == "andel" else 0))
                derived.append(diff)
                if a.value != b.value:
                    word = "högre" if a.value > b.value else "lägre"
                    text += f"\n\n{a.label} ligger **{diff.display}** {word} än {b.label} (beräknat)."
    if defaults and text:
        # one period column speaks for the others that spell the same time (tid 2022M12 implies
        # år 2022, månad december …): the finest, when its value fixes theirs
        period_defaults = [k for k in defaults if (pc_ := p.cat(k)) is not None and pc_.is_period and k in frame.columns]
        finest = max(period_defaults, key=lambda k: len(p.cat(k).values), default=None)
        implied = {
            k for k in period_defaults
            if k != finest and frame.groupby(frame[finest].astype(str))[k].nunique().max() <= 1
        } if finest else set()
        stated = {k: v for k, v in defaults.items() if k not in implied}
        text += "\n\nJag har utgått från " + ", ".join(f"{k} = {v}" for k, v in stated.items()) + " eftersom frågan inte angav något annat."
    if text:
        cited = list(dict.fromkeys((f.source.table, f.source.page) for f in figures + total_figs)) if t.source_tables else []
        src = "; ".join(c + (f", s. {pg}" if pg else "") for c, pg in cited) if 0 < len(cited) <= 4 else where
        text += f"\n\n*Källa: {src} ({t.document}).*"
    computation = Computation(description, f"df = tabell[{t.id!r}]\n" + code(run_steps, "df"))
    reading = reading_line(p, q, defaults)
    labels = [f.source.rows[0] for f in figures if f.source.rows]
    mixed: tuple[str, ...] = ()
    # rows named only as the set's total ("vilken kommun i Dalarna") leave the ranking over all rows
    names_rows = bool(set(q.rows) - total_vals)
    # a table of cases (rows no category tells apart: one per decision) adds up over any of its
    # categories; a table of figures (one per category combination) does not
    cases = p.record_level and cases_repeat(p, body)
    if (op in (Op.RANK, Op.THRESHOLD, Op.COUNT, Op.SUM, Op.MEAN) or (op == Op.TREND and q.direction)) and not names_rows and not q.group_by and len(body) and not cases:
        # a dimension is mixed in when one row name comes back with several of its values (a
        # region's area is an attribute; a municipality under several survey questions is not)
        fixed = {q.over, q.period_sum, q.period_column} | {c.name for c in p.cats if c.is_period}
        if op == Op.SUM and unit not in RATE_UNITS:
            # a count summed over parts of one whole (kön, ålder: "Folkmängd efter kommun, ålder
            # och kön") adds up; it is rankings and shares that must not mix them
            fixed |= {c.name for c in p.cats if not c.totals and is_breakdown(c, t.caption)}
            # (… and so do the parts the question names of a split with a total: "65 år eller
            # äldre" is "65–79 år" and "80+ år" added, beside the table's "Totalt")
            kept = dict(q.filters)
            fixed |= {
                c.name for c in p.cats
                if is_breakdown(c, t.caption) and len(kept.get(c.name, ())) >= 2 and not set(kept[c.name]) & set(c.totals)
            }
        mixed = _mixed_in(body, [label], varying, fixed)
    elif q.group_by and q.agg in ("mean", "max", "min") and unit in RATE_UNITS and len(body):
        # a share averaged (or its top taken) within each group runs over the group's rows, but
        # never over values of another dimension: the mean of "Daglig rökning" and "Gott
        # psykiskt välbefinnande" per municipality is no measure at all. As for rankings, a
        # dimension is mixed in when one row name comes back with several of its values within a
        # group; an area's cluster is an attribute, and periods are what a mean per row runs over.
        fixed = {q.group_by, label, q.over, q.period_sum, q.period_column} | {c.name for c in p.cats if c.is_period}
        mixed = _mixed_in(body, list(dict.fromkeys([q.group_by, label])), varying, fixed)
    elif op == Op.LOOKUP and q.rows and len(figures) > len(q.rows) and p.value(col) is not None and names_no_measure(p.value(col)):
        # "median income in Karlstad" of a Kolada file: a column that names no measure ("värde")
        # holds as many measures as a dimension (the KPI) has values; the named row's figures
        # that differ in such a dimension – not in a split like kön – are unlike, so ask which
        named_df = df[df[label].astype(str).isin(q.rows)]
        measures = [c.name for c in p.cats if c.name in named_df.columns and c.measures]
        mixed = _mixed_in(named_df, [label], measures, set())
    if not mixed and op != Op.LOOKUP and len(body):
        # a column whose values are measures ("hushåll …, antal", "andel …, procent"; a KPI's
        # title) that still holds several of them in the rows computed on: whatever the
        # operation, it would add, average, rank or filter unlike figures together – households
        # plus persons plus a percentage per year. Which one is asked (a named lookup lists each
        # measure by name instead)
        mixed = tuple(
            c.name for c in p.cats
            if c.name in body.columns and c.name not in (label, q.group_by) and c.measures
            and body[c.name].astype(str).nunique() > 1
        )
    flat = (
        op == Op.RANK and not q.group_by and not q.over and col in body.columns
        and body[col].dropna().nunique() == 1 and body[col].notna().sum() >= 3
    )
    if residual:
        text += f"\n\n{', '.join(f'”{r}”' for r in residual)} är ingen egen grupp och är inte med i rangordningen."
    if n_void:
        text += f"\n\n{n_void} rader med ”{voided.column}” = {', '.join(voided.values)} är inte medräknade."
    return StatResult(figures + derived, total_figs, text, reading, computation, labels, run_steps, mixed, empty, flat)


# a column flagging rows as void: "Makulerad", "Annullerad", "Felregistrering", "Struken"
_VOID_HEADER = re.compile(r"^(?:makulera|annullera|felregistrera|struken|strukna|borttagen|ogiltig|cancel+ed|void)\w*$", re.I)
_YES = frozenset({"ja", "j", "x", "1", "true", "sant", "yes", "y"})


def _voided_rows(p: Profile, q: StatQuery) -> Step | None:
    """The step dropping a register's voided rows: a column named "Makulerad" (…) whose values
    are yes/blank, on a table of one row per case – unless the question keeps or ranks by it."""
    if not p.record_level:
        return None
    frame = p.table.frame
    named = {k for k, _ in q.filters} | {q.group_by, q.over, q.column}
    for col in frame.columns:
        if not isinstance(col, str) or not _VOID_HEADER.match(col.strip()) or col in named:
            continue
        values = {str(v).strip() for v in frame[col].dropna().unique() if str(v).strip()}
        yes = tuple(sorted(v for v in values if fold(v) in _YES))
        if yes and values <= set(yes) | {"nej", "Nej", "NEJ", "n", "N", "0", "false", "FALSE", "False"}:
            return Step("drop", col, yes)
    # … or a status that says so among the outcomes ("Makulerad (felregistrering)" beside
    # "Beviljad" and "Avslag"): no decision – counted in no whole, unless the question keeps that
    # value or groups by the column (round 206's share of rejections had counted 15 such rows)
    kept = dict(q.filters)
    for cat in p.cats:
        if cat is p.label or cat.is_period or cat.name not in frame.columns or cat.name in (q.group_by, q.over):
            continue
        void = tuple(sorted(v for v in cat.values if any(_VOID_HEADER.match(w) for w in words(v))))
        if void and len(void) < len(cat.values) and not set(void) & set(kept.get(cat.name, ())):
            return Step("drop", cat.name, void)
    return None


@lru_cache(maxsize=8192)
def is_residual(label: str) -> bool:
    """A row of what no group holds ("Ej fastställt¹", "Okänd verksamhet", "Uppgift saknas")."""
    text = fold(re.sub(r"[\u00b9\u00b2\u00b3\u2070-\u2079*)]+$", "", label)).strip(" .:")
    return any(text == w or text.startswith(w + " ") for w in _residual_words())


@lru_cache(maxsize=1)
def _residual_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in lexicon().get("residual_rows", {}).get("words", ()))


def _mixed_in(body: pd.DataFrame, keys: list[str], varying: list[str], fixed: set) -> tuple[str, ...]:
    """The dimensions of ``varying`` (not ``fixed``) that take several values for one row name
    within ``keys`` (the row label, or a group and the row label) – the finest first: naming a
    survey question ("Fråga") also names its area ("Frågeområde")."""
    grouped = body.groupby([body[k].astype(str) for k in keys])

    def names_each_row(d: str) -> bool:
        # "Utbildning" under "Utbildningsområde", one course per row: it names the rows, it splits
        # no population (each row is another course, not a part of one)
        vals = body[d].dropna().astype(str)
        several = body[keys[-1]].astype(str).nunique() > 1  # (two KPIs of one named row do split it)
        return several and len(vals) == len(body) and vals.is_unique

    if any(names_each_row(d) for d in varying if d not in keys):
        # (a row per unit – a school, named once each –: another column is an attribute of the
        # unit, its owner "Kommunal" or "Enskild", not a split of one population to choose from)
        return ()
    # of two columns that say the same (a KPI's code and its title), the words first
    return tuple(sorted(
        (d for d in varying if d not in fixed and grouped[d].nunique().max() > 1 and not names_each_row(d)),
        key=lambda d: (-body[d].nunique(), -body[d].astype(str).str.len().mean()),
    ))


def _county_rows_among_others(p: Profile) -> set[str]:
    """The label's county rows when most of its rows are no counties (municipalities, areas)."""
    cat = p.label
    if cat is None or not cat.county_rows:
        return set()
    body = [v for v in cat.values if v not in cat.every_total]
    county_rows = set(cat.county_rows)
    counties = [v for v in body if v in county_rows]
    return set(counties) if counties and 2 * len(counties) < len(body) else set()


def _difference(a: Figure, b: Figure, unit: str | None, decimals: int, signed: bool = False) -> Figure:
    """a − b as a figure of its own, labelled as computed (never shown as if the table said it).
    A comparison gives the distance (the text says which is higher); a change over time keeps
    its sign."""
    d = (a.value - b.value) if signed else abs(a.value - b.value)
    u = unit if unit not in ("%", "andel") else "procentenheter"
    shown = max(decimals - (2 if unit == "andel" else 0), 0)
    # (to the figures' own decimals: 12,2 − 11,3 is 0,9, not 0,8999999999999986)
    value = round(d * 100 if unit == "andel" else d, shown + 2)
    disp = format_number(value, decimals=shown) + (f" {u}" if u and u not in ("antal", "st") else "")
    src = Source(a.source.document, a.source.page, a.source.table, a.source.table_id, a.source.rows + b.source.rows)
    name = "Förändring" if signed else "Skillnad"
    return Figure(f"{name} {b.label} → {a.label} (beräknad)" if signed else f"{name} {a.label} – {b.label} (beräknad)",
                  value, u, a.metric, src, disp, derived=True)


def _derived_counts(p: Profile, figures: list[Figure], base: str, unit: str | None) -> list[Figure]:
    """Counts computed from a share and its base ("Arbetslöshet 24,9 %" of "Arbetskraft 2 787"
    → about 694), each labelled as computed and citing both cells."""
    t = p.table
    out = []
    label = t.label_column
    for f in figures:
        if f.derived or f.is_total or not f.source.rows:
            continue
        rows = t.frame.index[t.frame[label].astype(str) == f.source.rows[0]]
        if len(rows) != 1 or pd.isna(t.frame.at[rows[0], base]):
            continue
        n = float(t.frame.at[rows[0], base])
        share = f.value / 100 if unit in ("%", "procent") else f.value
        value = round(share * n)
        src = Source(f.source.document, f.source.page, f.source.table, f.source.table_id, f.source.rows)
        out.append(Figure(f"Antal {f.metric.split('(')[0].strip().lower()} i {f.label} (beräknat: {f.display} av {format_number(n)})",
                          float(value), "antal", f.metric, src, format_number(value), derived=True))
    return out


def _position_of(p: Profile, body: pd.DataFrame, col: str, said: str, fig: Figure, ascending: bool) -> Figure | None:
    """The place of ``fig``'s row among ``body``'s rows (the rows the filters keep, total rows
    aside) ordered by ``col``, highest first unless ``ascending``: 1 + the rows with a better figure,
    as a computed figure citing every row it was counted among ("plats 16 av 21"). Ties share the
    better place and are said. None when the row is not among them or there are fewer than three."""
    label = p.table.label_column
    values = pd.to_numeric(body[col], errors="coerce").dropna()
    if len(values) < 3 or not fig.source.rows:
        return None
    own = body.loc[values.index, label].astype(str) == fig.source.rows[0]
    if int(own.sum()) != 1:
        return None
    mine = float(values[own.to_numpy()].iloc[0])
    better = int((values < mine).sum()) if ascending else int((values > mine).sum())
    tied = int((values == mine).sum()) - 1
    order_word = "lägst" if ascending else "högst"
    what = f"Plats för {display_label(fig.source.rows[0])} bland {len(values)} rader med {order_word} {said} först, utan totalrader (beräknad)"
    if tied:
        what += f" (delad med {tied} {'rad' if tied == 1 else 'rader'} med samma värde)"
    src = Source(fig.source.document, fig.source.page, fig.source.table, fig.source.table_id,
                 tuple(str(x) for x in body.loc[values.index, label]))
    return Figure(what, float(better + 1), None, col, src, f"{better + 1} av {len(values)}", derived=True)


def derived_share(part: Figure, whole: float, what: str, whole_shown: str, metric: str, rows: tuple[str, ...]) -> Figure:
    """``part`` as a share (%) of ``whole``, labelled as computed from the two figures it divides
    ("Andel … (beräknad: 106 av 280)") and citing ``rows`` – one constructor for every share the
    engine works out, so that each says the same what it is."""
    value = 100.0 * part.value / whole
    src = Source(part.source.document, part.source.page, part.source.table, part.source.table_id, rows)
    return Figure(f"{what} (beräknad: {part.display} av {whole_shown})", value, "%", metric, src,
                  format_number(value, decimals=1) + " %", derived=True)


_TOTAL_COLUMN = re.compile(r"^(?:totalt|total|samtliga|alla|summa)$")
_COUNT_CHANGE = re.compile(r"förändring|ökning|minskning|change", re.I)


def _change_in_percent(p: Profile, change: Figure, beside: list[Figure]) -> Figure | None:
    """A change in a count ("Förändring mot föregående år (antal)" −325) beside the level it left
    ("Totalt" 9 978): the change in per cent of the level before it, −325 / 10 303, labelled as
    computed. None unless the column is a count's change and exactly one figure beside it is the
    row's total."""
    col = p.value(change.metric)
    if col is None or col.is_share or change.unit == "%" or not _COUNT_CHANGE.search(change.metric):
        return None
    totals = [f for f in beside if _TOTAL_COLUMN.match(fold(f.metric).strip()) and f.unit != "%"]
    if len(totals) != 1:
        return None
    before = totals[0].value - change.value
    if not before > 0:
        return None
    value = 100.0 * change.value / before
    src = Source(change.source.document, change.source.page, change.source.table, change.source.table_id, change.source.rows)
    shown = format_number(before, decimals=0)
    return Figure(f"Förändring i procent (beräknad: {change.display} av {shown}, värdet före förändringen)", value, "%",
                  change.metric, src, format_number(value, decimals=1) + " %", derived=True)


def _share_of_whole(figures: list[Figure], whole: str) -> Figure | None:
    """The named row's share of the named total ("Karlstad 106 of Värmlands län totalt 280" →
    37,9 %), labelled as computed and citing both rows; None unless exactly one figure is the
    part and one the whole, both positive counts or amounts of the same column."""
    wholes = [f for f in figures if f.source.rows and f.source.rows[0] == whole and not f.derived]
    parts = [f for f in figures if f.source.rows and f.source.rows[0] != whole and not f.derived]
    if len(wholes) != 1 or len(parts) != 1 or wholes[0].metric != parts[0].metric or not wholes[0].value > 0:
        return None
    if "%" in (wholes[0].unit, parts[0].unit):
        return None  # (a rate over a rate – 6,8 % of 6,4 % – is no share of anything)
    w, part = wholes[0], parts[0]
    return derived_share(part, w.value, f"Andel för {part.label} av {w.label}", w.display, part.metric, part.source.rows + w.source.rows)


def _parts_of_whole(t: Table, figures: list[Figure], whole: str, col: str) -> list[Figure]:
    """Each named row's part ("varav utrikes födda" 4 848) over its whole on the same row
    ("Inskrivna arbetslösa totalt" 7 972) → 60,8 %, labelled as computed, citing the row."""
    out = []
    label = t.label_column
    for f in figures:
        if f.derived or f.is_total or f.metric != col or not f.source.rows:
            continue
        rows = t.frame.index[t.frame[label].astype(str) == f.source.rows[0]]
        cand = [r for r in rows if float(t.frame.at[r, col]) == f.value and pd.notna(t.frame.at[r, whole])]
        if len(cand) != 1 or not float(t.frame.at[cand[0], whole]) > 0:
            continue
        n = float(t.frame.at[cand[0], whole])
        # ("varav utrikes födda, antal" → "utrikes födda"; "Eftergymnasial utbildning, 3 år eller
        # längre" keeps what follows its comma)
        name = re.sub(r",\s*(?:antal|st|personer|number)\.?\s*$", "", col, flags=re.I)
        name = re.sub(r"^\s*(?:varav|därav|of which)\s+", "", name, flags=re.I).strip()
        out.append(derived_share(f, n, f"Andel {name} av {whole.lower()} i {f.label}", format_number(n), col, f.source.rows))
    return out


def _pp(unit: str | None) -> str:
    return " procentenheter" if unit in ("%", "andel") else (f" {unit}" if unit and unit not in ("antal", "st") else "")


OP_WORDS = {
    Op.LOOKUP: "värdet för",
    Op.RANK: "rangordning",
    Op.COMPARE: "jämförelse mellan",
    Op.THRESHOLD: "rader med ett gränsvärde",
    Op.SUM: "summa",
    Op.MEAN: "medelvärde",
    Op.COUNT: "antal rader",
    Op.TREND: "förändring",
}


def _filter_text(frame, column: str, values: tuple[str, ...]) -> str:
    """"Kön = Kvinnor" – or, for every date of a year or of months, "Datum under 2023" /
    "Datum under januari–mars 2024"."""
    periods = whole_periods(frame, column, values)
    bounds = date_bounds(frame, column, values) if not periods else None
    if bounds is not None:
        # "startdatum till och med 2024-06-30", "slutdatum från och med 2024-06-30 eller inget slutdatum"
        lo, hi, open_ = bounds
        said = " och ".join(x for x in (f"från och med {lo}" if lo else "", f"till och med {hi}" if hi else "") if x)
        written = {str(v).strip() for v in frame[column][open_ends(frame[column])].astype(str)}
        marks = (["tomt"] if written & {"", "nan", "None"} else []) + sorted(written - {"", "nan", "None"})[:2]
        none = " eller ".join(marks) + " (inget slut registrerat)"
        return f"{column} {said} eller {none}" if said and open_ else (f"{column} {said}" if said else f"{column} {none}")
    if not periods:
        return f"{column} = {_values_text(values)}"
    if len(periods[0]) == 4:
        return f"{column} under {' och '.join(periods)}"
    keys = [(int(x[:4]), int(x[5:7])) for x in periods]
    if len({y for y, _ in keys}) == 1 and [m for _, m in keys] == list(range(keys[0][1], keys[-1][1] + 1)):
        first, last = MONTH_NAMES[keys[0][1]], MONTH_NAMES[keys[-1][1]]
        return f"{column} under {first if first == last else f'{first}–{last}'} {keys[0][0]}"
    return f"{column} under {', '.join(periods)}"


def _values_text(values: tuple[str, ...]) -> str:
    """"2020M01, 2020M02" – or, for many, "2020M01 … 2022M12 (36 värden)"; a municipality in
    capitals as it is written ("BORÅS" → "Borås")."""
    values = tuple(display_label(v) for v in values)
    if len(values) <= 6:
        return ", ".join(values)
    return f"{values[0]} … {values[-1]} ({len(values)} värden)"


def _rows_text(rows: tuple[str, ...]) -> str:
    """"Vivalla, Brickebacken" – or, for many, "12 rader: 2014 Januari … 2014 December"."""
    named = [display_label(r) for r in rows]
    return ", ".join(named) if len(named) <= 6 else f"{len(named)} rader: {named[0]} … {named[-1]}"


def reading_line(p: Profile, q: StatQuery, defaults: dict[str, str]) -> str:
    """How the question was read, in one line."""
    t = p.table
    parts = [f"”{q.column}”"] if q.agg != "count" else []  # counted rows are no column's figures
    if q.group_by and q.period_groups:
        names = [name for name, _ in q.period_groups]
        parts.append(f"{ {'sum': 'summerat', 'mean': 'medelvärde', 'median': 'median'}.get(q.agg or 'sum', q.agg) } per år, {' jämfört med '.join(names)}")
    elif q.group_by:
        agg = f"antal olika ”{q.distinct}”" if q.distinct and q.agg == "count" else (
            {'sum': 'summerat', 'mean': 'medelvärde', 'median': 'median', 'count': 'antal rader', 'max': 'högsta', 'min': 'lägsta'}[q.agg or 'sum']
        )
        if q.weighted:
            agg = "vägd andel"  # (as computed: the group's counts' share)
        parts.append(f"{agg} per {q.group_by.lower()}")
        if q.threshold is not None:
            parts.append(f"{q.threshold.op} {format_number(q.threshold.value)}")
    elif q.op == Op.RANK:
        parts.append(f"{'lägst' if q.direction == 'asc' else 'högst'} {q.n or 1}")
    elif q.op in (Op.THRESHOLD, Op.COUNT) and q.versus:
        parts.append(f"{BOUND_WORDS[q.versus[0]]} ”{q.versus[1]}” rad för rad")
    elif q.op == Op.THRESHOLD and q.threshold is not None:
        parts.append(f"{q.threshold.op} {format_number(q.threshold.value)}")
    elif q.op == Op.TREND and q.periods:
        parts.append(f"förändring {q.periods[0]}–{q.periods[1]}")
        if q.threshold is not None and not q.rows:
            parts.append(f"rader där förändringen {q.threshold.op} {format_number(q.threshold.value)}")
    elif q.op == Op.COMPARE and len(q.rows) >= 2 and not q.other_column:
        named = [display_label(r) for r in q.rows]
        parts.append("jämförelse mellan " + ", ".join(named[:-1]) + " och " + named[-1])
    elif q.op == Op.COMPARE and not q.other_column:
        # one row, two slices: "jämförelse mellan K och M"
        two = next((v for k, v in q.filters if len(v) == 2 and p.cat(k) is not None and not p.cat(k).is_period), None)
        parts.append("jämförelse mellan " + " och ".join(two) if two else OP_WORDS[q.op])
    elif q.op == Op.COUNT and q.distinct:
        parts.append(f"antal olika ”{q.distinct}”")
    elif q.op != Op.LOOKUP and not (q.op == Op.COMPARE and q.other_column):  # "jämfört med ”…”" says it below
        parts.append(
            "median" if q.median and q.op == Op.MEAN else f"kvoten av summorna per ”{q.per}”" if q.per and q.op == Op.SUM
            else "vägd andel" if q.op == Op.SUM and weighted_share_of(p, t.frame, q.column) is not None else OP_WORDS[q.op]
        )
    if q.over:
        parts.append(f"per {q.over.lower()}")
    if q.period_sum:
        vals = dict(q.filters).get(q.period_sum, ())
        if vals:
            parts.append(f"summerat över {q.period_sum} {vals[0]}–{vals[-1]}" if len(vals) > 1 else f"{q.period_sum} {vals[0]}")
    if q.other_column:
        parts.append(f"jämfört med ”{q.other_column}”")
    if q.share_within:
        whole = "antalet rader" if q.op == Op.COUNT else "summan" if q.op == Op.SUM else "totalen"
        parts.append(f"andel av {whole} för alla värden av {q.share_within}")
    if q.share_of_rows and q.rows:
        parts.append(f"andel för {_rows_text(q.rows)} av alla raders summa")
    if q.share_of and len(q.rows) >= 2:
        parts.append(f"andel för {_rows_text(tuple(x for x in q.rows if x != q.share_of))} av {display_label(q.share_of)}")
    elif q.rows and not (q.op == Op.COMPARE and len(q.rows) >= 2 and not q.other_column):
        parts.append("för " + _rows_text(q.rows))
    if q.scope:
        parts.append("bland " + _rows_text(q.scope))
    # one period column speaks for the others (år, tid, år_månad … spell the same time): the
    # one with fewest values
    periods = {c.name for c in p.cats if c.is_period}
    asked_periods = [(k, v) for k, v in q.filters if k in periods and k not in defaults and not (q.period_groups and k == q.group_by)]
    coarsest = min(asked_periods, key=lambda kv: len(kv[1]))[0] if asked_periods else None
    # (a yearless month column beside the year – "april" of "2024" – spells another time: it is shown)
    yearless = {k for k, v in asked_periods if v and all(period_key(x)[0] == 0 for x in v)}
    chosen = [
        _filter_text(t.frame, k, v) for k, v in q.filters
        if k not in defaults and (k not in periods or k == coarsest or k in yearless)
    ]
    if chosen:
        parts.append("; ".join(chosen))
    line = "Jag läste frågan som: " + ", ".join(parts) + f" – {t.caption.rstrip('. ')}"
    total_names = {str(t.frame.at[i, t.label_column]) for i in t.total_rows}
    if q.op in (Op.RANK, Op.THRESHOLD, Op.MEAN) and t.total_rows and not total_names & set(q.rows + q.scope):
        line += ", utan totalrader"
    return line + "."
