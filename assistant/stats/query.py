"""One description of a computation: a ``StatQuery`` becomes a list of ``Step``s, and the same
steps are both run with pandas (``run``) and shown as pandas code (``code``), so "Så räknade vi"
can never drift from what was computed. Only the fixed operations below exist; nothing
generated is ever executed.

    steps = [Step("keep", "Kön", ("Kvinnor och män",)), Step("drop", "Område", ("Summa",)),
             Step("nlargest", "Sjuka/arbetskraft", n=3)]
    run(frame, steps)   → the three rows
    code(steps, "df")   → 'df = df[df["Kön"].isin(["Kvinnor och män"])]\n…'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from .form import Op, Threshold

_ISO_DATE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")


@dataclass(frozen=True)
class StatQuery:
    """A resolved reading of a statistics question: which table, column, rows and operation."""

    table_id: str
    column: str
    op: Op
    rows: tuple[str, ...] = ()  # label values named in the question, in the question's order
    scope: tuple[str, ...] = ()  # label values that narrow a ranking ("Karlskoga" → its areas)
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()  # column → values kept
    defaults: tuple[tuple[str, str], ...] = ()  # column → value chosen because the question named none
    latest: tuple[str, ...] = ()  # period columns set to their latest value after the filters
    direction: str | None = None
    n: int | None = None
    threshold: Threshold | None = None
    group_by: str | None = None  # a categorical column to group by (record-level tables)
    agg: str | None = None  # "sum" | "mean" | "count" | "max" | "min" for group-bys
    other_column: str | None = None  # the second column of "X jämfört med övriga"
    periods: tuple[str, ...] = ()  # two values of period_column for a trend
    period_column: str | None = None
    over: str | None = None  # a dimension whose values are ranked (the label's rows held fixed)
    period_sum: str | None = None  # a period column whose asked periods are summed (a year of quarters)
    period_groups: tuple[tuple[str, tuple[str, ...]], ...] = ()  # group_by's groups: a year → its periods
    mean_of_groups: bool = False  # the mean of the groups' sums ("i genomsnitt per månad" of counts split by more than the month)
    base: str | None = None  # a count column: "hur många" of a share is share × base, shown as computed
    with_totals: bool = True  # show the table's total rows beside a ranking
    also: tuple[str, ...] = ()  # columns shown beside ``column`` for one named row (a change in % beside in number)
    per: str | None = None  # a count column of a register: "belopp per deltagare" is Σ column ÷ Σ this column over the rows
    median: bool = False  # a mean asked as "medianen": the middle value of the rows (or of each group's: agg "median")
    series: bool = False  # a change asked as a development ("utvecklats sedan 2021"): the periods between are shown too
    relative: bool = False  # a change ranked in per cent of its start ("störst procentuell ökning")
    details: tuple[str, ...] = ()  # text columns the question names, shown beside one named row ("vem är ansvarig": Ansvarig)
    versus: tuple[str, str] = ()  # (">", "Budget 2024"): the rows whose ``column`` is above another column of the same row
    share_of: str | None = None  # a total row: "hur stor andel av länets … i Karlstad" is the row ÷ this row, shown as computed
    share_within: str | None = None  # a filter column: the sum within its kept values ÷ the sum over all its values (cases), or one row ÷ the same row at the column's total value (a lookup)
    share_of_rows: bool = False  # "hur stor andel av alla … i Skåne fanns i Malmö" of a table of Skåne's municipalities without a county row: the row ÷ the sum of the table's rows, shown as computed
    share_over: str | None = None  # the whole column of a "varav" column: each row's part ÷ its whole, shown as computed
    distinct: str | None = None  # an id column: a count of "olika hushåll" counts its distinct values, not the rows
    summed: tuple[str, ...] = ()  # value columns added up row by row into the column read (women's and men's counts)
    less: str | None = None  # a value column taken from the column read, row by row: "jan–sep" less "jan–aug" is September of running totals
    less_kind: str = "running"  # "running": a month of running totals; "change" / "percent": the change from an earlier year's column, in the unit or in per cent; "earlier": a year's level less the change since ``less_year``, that year's level
    less_year: int | None = None  # the earlier year a level less its change gives (less_kind "earlier")
    both_ends: bool = False  # a ranking asked from both ends ("högst … och lägst?"): the top and the bottom
    weighted: bool = False  # a share per group of units: each group's counts' share (agg "mean" read so)
    together: bool = False  # the values named are asked together ("… eller …", "ihop"): a grouping of them is summed too
    position: bool = False  # one named row's place among the others (total rows aside), shown beside its figure
    sizes: str = ""  # a sum or mean per group of a register: "shown" shows each group's rows, "asked" as figures too ("hur många … och hur mycket")

    def with_(self, **changes) -> StatQuery:
        from dataclasses import replace

        return replace(self, **changes)


@dataclass(frozen=True)
class Step:
    kind: str  # keep | periods | drop | latest | rows | where_col | nlargest | nsmallest | where | sum | mean | median | ratio | count | nunique | change | group
    column: str = ""
    values: tuple = ()
    n: int | None = None
    op: str = ""
    value: float | None = None
    agg: str = ""
    by: str = ""
    notes: tuple = field(default=())
    sizes: bool = False  # a "group" step also counts each group's rows ("Antal rader")
    # a "group" step of agg "ratio": (A, B) – each group's share k · ΣA / ΣB (k: ``value``), a
    # weighted share, not the mean of the rows' shares
    parts: tuple = ()


def empty_cells(column: pd.Series) -> pd.Series:
    """Which cells of a category column hold no value (missing, blank, or the text of a missing
    value): a case undecided ("Beslut" empty) has no outcome to count or to share."""
    return column.isna() | column.astype(str).str.strip().isin(("", "nan", "None"))


def keep_step(frame: pd.DataFrame, column: str, values: tuple[str, ...]) -> Step:
    """The step keeping ``values`` of ``column``: when they are exactly the column's dates
    ("2023-01-11" …) of whole years or months, those periods (shown as ``.str[:4]`` / ``.str[:7]``);
    when they are its dates up to or from a day, with or without its open ends, those bounds
    (``date_bounds``); else the values."""
    periods = whole_periods(frame, column, values)
    if periods:
        return Step("periods", column, periods)
    bounds = date_bounds(frame, column, values)
    if bounds is not None:
        lo, hi, open_ = bounds
        return Step("dates", column, (lo, hi), op="open" if open_ else "")
    return Step("keep", column, tuple(values))


_OPEN_END_YEAR = 2099  # an end date from this year on is a placeholder: "9999-12-31", "2099-12-31"
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # a day as a register writes it, at the start of a cell


def open_end(value: object) -> bool:
    """Has a case whose end date is ``value`` not ended – no date, or a placeholder year far ahead
    ("9999-12-31")?"""
    v = str(value).strip()
    if v in ("", "nan", "None", "NaT", "<NA>", "-", "–"):
        return True
    return bool(ISO_DAY.match(v)) and int(v[:4]) >= _OPEN_END_YEAR


def open_ends(column: pd.Series) -> pd.Series:
    """Which cells of a date column hold no end: empty, or a placeholder year from 2099 on."""
    s = column.astype(str).str.strip()
    return empty_cells(column) | s.isin(["NaT", "<NA>", "-", "–"]) | (
        s.str.match(ISO_DAY.pattern) & (s.str[:4] >= str(_OPEN_END_YEAR))
    )


def _dates_mask(column: pd.Series, lo: str, hi: str, open_: bool) -> pd.Series:
    ended = open_ends(column)
    if open_ and not lo and not hi:
        return ended  # the cases with no end, whatever their dates
    days = column.astype(str).str.strip()
    mask = days.str.match(ISO_DAY.pattern) & ~ended
    if lo:
        mask = mask & (days.str[:10] >= lo)
    if hi:
        mask = mask & (days.str[:10] <= hi)
    return mask | ended if open_ else mask


def date_bounds(frame: pd.DataFrame, column: str, values: tuple[str, ...]) -> tuple[str, str, bool] | None:
    """``(from, to, open)`` when ``values`` keep exactly the rows of ``column`` dated from one day
    to another (either may be "": unbounded) – and, when ``open``, those with no end ("9999-12-31",
    blank). A bound is a day among ``values`` that no row need hold ("2024-06-30", asked): the
    earliest or latest of them, written only where the column has dates beyond it. None otherwise."""
    if column not in frame.columns or not values:
        return None
    real = sorted({v.strip()[:10] for v in values if ISO_DAY.match(v.strip()) and not open_end(v)})
    if not all(ISO_DAY.match(v.strip()) or open_end(v) for v in values):
        return None
    col = frame[column]
    text = col.astype(str)
    kept = text.isin(list(values))
    days = text.str.strip()
    dated, ended = days.str.match(ISO_DAY.pattern), open_ends(col)
    if not real:  # no end at all: the cases still running
        return ("", "", True) if dated.any() and ended.any() and ended.equals(kept) else None
    present = days[dated & ~ended].str[:10]
    if present.empty:
        return None
    lo = real[0] if (present < real[0]).any() else ""
    hi = real[-1] if (present > real[-1]).any() else ""
    for open_ in (False, True):
        if (lo or hi or open_) and _dates_mask(col, lo, hi, open_).equals(kept):
            return lo, hi, open_
    return None


def whole_periods(frame: pd.DataFrame, column: str, values: tuple[str, ...]) -> tuple[str, ...]:
    """The years ("2023") or months ("2024-01") whose every date in ``column`` is among ``values``
    and nothing else, when the values are more than a few ISO dates; else ()."""
    if len(values) <= 3 or column not in frame.columns or not all(_ISO_DATE.fullmatch(v) for v in values):
        return ()
    dates = set(frame[column].astype(str))
    for width in (4, 7):  # whole years, else whole months
        periods = tuple(sorted({v[:width] for v in values}))
        if {d for d in dates if d[:width] in periods} == set(values):
            return periods
    return ()


def run(frame: pd.DataFrame, steps: list[Step]) -> pd.DataFrame | float | int:
    """Apply ``steps`` to ``frame`` with fixed pandas operations."""
    df: pd.DataFrame | float | int = frame
    for s in steps:
        if s.kind == "keep":
            df = df[df[s.column].astype(str).isin(list(s.values))]
        elif s.kind == "periods":  # every date in the asked years or months ("2023-05-11" … of 2023)
            df = df[df[s.column].astype(str).str[: len(s.values[0])].isin(list(s.values))]
        elif s.kind == "drop":
            df = df[~df[s.column].astype(str).isin(list(s.values))]
        elif s.kind == "dates":  # the dates from one day to another (ISO text compares as dates), or no end
            df = df[_dates_mask(df[s.column], s.values[0], s.values[1], s.op == "open")]
        elif s.kind == "rows":
            df = df[df[s.column].astype(str).isin(list(s.values))]
        elif s.kind == "notna":
            df = df[df[s.column].notna()]
        elif s.kind in ("nlargest", "nsmallest"):
            df = df.sort_values(s.column, ascending=s.kind == "nsmallest", kind="stable")
            if s.n is not None and len(df) > s.n:
                # rows tied with the n-th are kept: "topp 3" with two at 12,6 in third place shows both
                nth = df[s.column].iloc[s.n - 1]
                df = df[(df[s.column] >= nth) if s.kind == "nlargest" else (df[s.column] <= nth)] if pd.notna(nth) else df.head(s.n)
        elif s.kind == "where":
            col = df[s.column]
            mask = {">": col > s.value, ">=": col >= s.value, "<": col < s.value, "<=": col <= s.value}[s.op]
            df = df[mask].sort_values(s.column, ascending=s.op in ("<", "<="), kind="stable")
        elif s.kind == "where_col":  # each row against another column of the same row
            col, other = df[s.column], df[s.by]
            df = df[col > other if s.op == ">" else col < other]
        elif s.kind == "sum":
            df = float(df[s.column].sum())
        elif s.kind == "mean":
            df = float(df[s.column].mean())
        elif s.kind == "median":
            df = float(df[s.column].median())
        elif s.kind == "ratio":  # a share of several rows: k · ΣA / ΣB
            num, den = s.values
            df = float(s.value * df[num].sum() / df[den].sum())
        elif s.kind == "count":
            df = int(len(df))
        elif s.kind == "nunique":  # the distinct ids among the rows ("olika hushåll" of payments)
            df = int(df[s.column].astype(str).nunique())
        elif s.kind == "change":  # per row (s.agg): the value at the end minus at the start, ranked
            start, end = s.values
            at = df[s.by].astype(str)
            a = df[at == start].groupby(s.agg, sort=False)[s.column].first()
            b = df[at == end].groupby(s.agg, sort=False)[s.column].first()
            change = (100 * (b - a) / a.where(a != 0) if s.value else b - a).dropna().sort_values(ascending=s.op == "asc", kind="stable")
            df = change.head(s.n).reset_index(name="Förändring")
        elif s.kind == "group":
            # values: (group, its values) pairs – the periods of each year – else each value its own group
            key = df[s.by].astype(str).map({v: name for name, vs in s.values for v in vs}) if s.values else s.by
            g = df.groupby(key, sort=False)
            if s.agg == "ratio":
                num, den = s.parts
                res = (s.value * g[num].sum() / g[den].sum().where(lambda x: x > 0)).dropna()
                df = res.sort_values(ascending=s.op == "asc", kind="stable").head(s.n).reset_index(name=s.column)
                continue
            if s.sizes and s.agg != "count":
                res = g[s.column].agg([s.agg, "size"]).set_axis([s.column, "Antal rader"], axis=1)
                df = res.sort_values(s.column, ascending=s.op == "asc", kind="stable").head(s.n).reset_index()
                continue
            res = g.size() if s.agg == "count" else getattr(g[s.column], s.agg)()
            res = res.sort_values(ascending=s.op == "asc", kind="stable")
            df = res.head(s.n).reset_index(name=s.column if s.agg != "count" else "Antal rader")
        else:  # pragma: no cover - a programming error, never user input
            raise ValueError(f"unknown step {s.kind}")
    return df


def code(steps: list[Step], name: str = "df") -> str:
    """The pandas code of ``steps`` (runnable with ``df`` bound to the table's frame)."""
    lines = []
    d = name
    for s in steps:
        col = repr(s.column)
        if s.kind in ("keep", "rows"):
            vals = list(s.values)
            lines.append(f"{d} = {d}[{d}[{col}].astype(str).isin({vals!r})]")
        elif s.kind == "periods":
            lines.append(f"{d} = {d}[{d}[{col}].astype(str).str[:{len(s.values[0])}].isin({list(s.values)!r})]")
        elif s.kind == "drop":
            lines.append(f"{d} = {d}[~{d}[{col}].astype(str).isin({list(s.values)!r})]")
        elif s.kind == "dates":
            lo, hi = s.values
            lines.append(f"dag = {d}[{col}].astype(str).str.strip()")
            lines.append(
                "utan_slut = dag.isin(['', 'nan', 'None', 'NaT', '<NA>', '-', '–']) | (dag.str.match(r'\\d{4}-\\d\\d-\\d\\d') & (dag.str[:4] >= '2099'))"
                "  # inget slutdatum: tomt eller en platshållare som 9999-12-31"
            )
            cond = " & ".join(
                ["dag.str.match(r'\\d{4}-\\d\\d-\\d\\d') & ~utan_slut"]
                + ([f"(dag.str[:10] >= {lo!r})"] if lo else []) + ([f"(dag.str[:10] <= {hi!r})"] if hi else [])
            )
            if s.op == "open" and not lo and not hi:
                lines.append(f"{d} = {d}[utan_slut]")
            else:
                lines.append(f"{d} = {d}[({cond}){' | utan_slut' if s.op == 'open' else ''}]")
        elif s.kind == "notna":
            lines.append(f"{d} = {d}[{d}[{col}].notna()]")
        elif s.kind in ("nlargest", "nsmallest"):
            asc = s.kind == "nsmallest"
            lines.append(f"{d} = {d}.sort_values({col}, ascending={asc}, kind='stable')")
            lines.append(f"{d} = {d}[{d}[{col}] {'<=' if asc else '>='} {d}[{col}].iloc[{(s.n or 1) - 1}]]  # lika värden på sista platsen följer med")
        elif s.kind == "where":
            asc = s.op in ("<", "<=")
            lines.append(f"{d} = {d}[{d}[{col}] {s.op} {s.value!r}].sort_values({col}, ascending={asc}, kind='stable')")
        elif s.kind == "where_col":
            lines.append(f"{d} = {d}[{d}[{col}] {s.op} {d}[{s.by!r}]]")
        elif s.kind == "sum":
            lines.append(f"resultat = float({d}[{col}].sum())")
        elif s.kind == "mean":
            lines.append(f"resultat = float({d}[{col}].mean())")
        elif s.kind == "median":
            lines.append(f"resultat = float({d}[{col}].median())")
        elif s.kind == "ratio":
            num, den = s.values
            lines.append(f"resultat = float({s.value!r} * {d}[{num!r}].sum() / {d}[{den!r}].sum())")
        elif s.kind == "count":
            lines.append(f"resultat = int(len({d}))")
        elif s.kind == "nunique":
            lines.append(f"resultat = int({d}[{col}].astype(str).nunique())")
        elif s.kind == "change":
            start, end = s.values
            lines.append(f"a = {d}[{d}[{s.by!r}].astype(str) == {start!r}].groupby({s.agg!r}, sort=False)[{col}].first()")
            lines.append(f"b = {d}[{d}[{s.by!r}].astype(str) == {end!r}].groupby({s.agg!r}, sort=False)[{col}].first()")
            diff = "(100 * (b - a) / a.where(a != 0))" if s.value else "(b - a)"
            lines.append(
                f"{d} = {diff}.dropna().sort_values(ascending={s.op == 'asc'}, kind='stable').head({s.n}).reset_index(name='Förändring')"
            )
        elif s.kind == "group" and s.agg == "ratio":
            num, den = s.parts
            lines.append(
                f"g = {d}.groupby({s.by!r}, sort=False)\n{d} = ({s.value!r} * g[{num!r}].sum() / g[{den!r}].sum().where(lambda x: x > 0))"
                f".dropna().sort_values(ascending={s.op == 'asc'}, kind='stable').head({s.n}).reset_index(name={col})"
            )
        elif s.kind == "group":
            agg = ".size()" if s.agg == "count" else f"[{col}].{s.agg}()"
            out = col if s.agg != "count" else repr("Antal rader")
            if s.values:
                groups = {v: name for name, vs in s.values for v in vs}
                lines.append(f"{d} = {d}.assign(**{{{s.by!r}: {d}[{s.by!r}].astype(str).map({groups!r})}})")
            if s.sizes and s.agg != "count":
                lines.append(
                    f"{d} = {d}.groupby({s.by!r}, sort=False)[{col}].agg([{s.agg!r}, 'size']).set_axis([{col}, 'Antal rader'], axis=1)"
                    f".sort_values({col}, ascending={s.op == 'asc'}, kind='stable').head({s.n}).reset_index()"
                )
                continue
            lines.append(
                f"{d} = {d}.groupby({s.by!r}, sort=False){agg}.sort_values(ascending={s.op == 'asc'}, kind='stable')"
                f".head({s.n}).reset_index(name={out})"
            )
    return "\n".join(lines)
