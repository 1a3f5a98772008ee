"""The query of one reading as it takes shape (``Draft``), what the question and the reading fix
before that (``Given``), and the column kinds both halves of the building read: an amount adds
up over a year's months, a level is read at the period's end.

``build.py`` runs the phases up to what the table lacks and the periods; ``operation.py`` fits
the operation, the groups and the bounds to what the rows allow.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.numbers import KRONOR_PER
from ingest.swedish import fold, plain, stem

from .form import Form, Op, Threshold
from .profile import (
    CatColumn,
    Profile,
    ValueColumn,
    ValueMatch,
)
from .query import StatQuery
from .reading import Context, Reading


class Lacks(Exception):
    """The table lacks what the question asks for; the reading's ``missing_*`` say what."""


@dataclass(frozen=True)
class Given:
    """What the question and the reading fix before the query takes shape."""

    r: Reading
    form: Form
    follow: Context | None
    label_m: list[ValueMatch]  # matches of the label column: rows
    dim_m: list[ValueMatch]  # matches of other columns: slices
    period_subject: bool  # "vilket år", "vilken månad"
    ranked_change: bool  # "vilken kommun ökade mest": rows ranked by their change over time
    unit_word: str | None  # "vilken månad 2020", "per år": the period unit asked for

    @property
    def p(self) -> Profile:
        return self.r.profile

    @property
    def label(self) -> CatColumn | None:
        return self.r.profile.label

    @property
    def label_name(self) -> str:
        return self.r.profile.table.label_column


@dataclass
class Draft:
    """The query as it takes shape, phase by phase."""

    c: ValueColumn
    op: Op
    direction: str | None
    change_threshold: Threshold | None = None
    rows: list[str] = field(default_factory=list)
    scope: list[str] = field(default_factory=list)
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    latest: list[str] = field(default_factory=list)
    period_column: str | None = None
    period_sum: str | None = None
    mean_of_groups: bool = False  # "i genomsnitt per månad": the mean of each group's sum, one figure
    periods: list[str] = field(default_factory=list)
    period_rows: list[str] = field(default_factory=list)  # label values named by the asked periods ("2019 Januari" …)
    inherited_n: int | None = None
    inherited_agg: str | None = None  # "och i Västmanland?" after "flest beviljade per kommun": counted again
    counts_again: bool = False  # "och i Växjö?" after "hur många pågående projekt finns i Ljungby?"
    trend_again: StatQuery | None = None  # the trend a follow-up naming another row continues
    split_by: str | None = None
    group_by: str | None = None
    agg: str | None = None
    weighted: bool = False  # a share per group read as the group's counts' share
    period_groups: tuple[tuple[str, tuple[str, ...]], ...] = ()
    named_n: int | None = None
    over: str | None = None
    threshold: Threshold | None = None
    bound_value_column: str | None = None  # "mer än 12 månader" names this column's value "> 12 mån", not a bound
    bound_in_column: bool = False  # "mer än 10 min" names the column read ("Andel med mer än 10 min (%)"), not a bound
    versus: tuple[str, str] = ()
    also: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    per: str | None = None
    base: str | None = None
    share_of: str | None = None
    share_within: str | None = None
    share_over: str | None = None
    share_of_rows: bool = False
    summed: tuple[str, ...] = ()  # two value columns added up row by row, read as one ("kvinnor och män ihop")
    less: str | None = None  # a value column taken from the column read, row by row (a running total's earlier month)
    less_kind: str = "running"  # what ``less`` makes: "running" (a month of running totals), "change" or "percent" (from an earlier year's column), "earlier" (a level less its change since ``less_year``)
    less_year: int | None = None

    def query(self, table_id: str, **kw) -> StatQuery:
        return StatQuery(
            table_id, self.c.name, self.op, tuple(self.rows), tuple(self.scope), tuple(self.filters.items()),
            tuple(self.defaults.items()), tuple(self.latest), summed=self.summed, less=self.less, less_kind=self.less_kind,
            less_year=self.less_year,
            weighted=self.weighted and self.agg == "mean" and self.group_by is not None, **kw,
        )


# Units of a quantity that adds up over parts (landed tonnes of two ports, hectares of farms)
QUANTITY_UNITS = frozenset({"ton", "kg", "hektar", "kvm", "mwh", "gwh", "kwh", "twh"})
# … unless the header says it is a mean or a level per something ("Medelvikt (kg)", "ton per invånare")
_NOT_ADDED = re.compile(r"\b(?:medel|genomsnitt|median|snitt|per|average|mean)\w*|\w+(?:medel|snitt)\b")


def is_amount(c: ValueColumn) -> bool:
    """A count, a sum of money (tkr, mnkr) or a quantity (tonnes, hectares): a year's months
    add up to the year's figure, and the parts of a place to the place's."""
    if c.is_share:
        return False
    if c.unit in QUANTITY_UNITS:
        return not _NOT_ADDED.search(fold(c.name))
    return c.is_count or c.unit in KRONOR_PER


def is_level(c: ValueColumn) -> bool:
    """A share or level (days, kronor per person …): read at a period's end, never summed over
    its months – unlike a count or an amount in thousands or millions of kronor."""
    return c.is_share or c.unit in ("dagar", "kr") or not is_amount(c)


def in_caption(p: Profile, word: str) -> bool:
    """Does the table's caption use the word (any spelling: stem, whole, without å/ä/ö)?"""
    return any(x in p.caption_terms for f in (stem(word), fold(word)) for x in (f, plain(f)))
