"""Building the ``StatQuery`` of a reading: its rows, filters, period, breakdown and operation.

The resolver (``resolve.py``) decides which (table, value column) a question is about; this
module turns that decision into the fixed pandas steps ``query.py`` runs. ``build_query`` is a
short list of phases over one ``_Draft`` (the query taking shape), each a function below:

1. ``_named``: the rows and slices the question's words name;
2. ``_read_change``: a column that is a change already, and rankings of change over time;
3. ``_follow_up``: what a follow-up keeps of the previous query (rows, slices, ranking, trend);
4. ``_total_slices``: the total of every other breakdown ("Totalt", "Båda könen");
5. ``_settle_periods``: the asked periods, their range or the latest (``periods.py``);
6. ``_check_lacks``: a row, place, period or split the table lacks ends the reading there;
7. ``_settle_trend``, ``_split_and_years``: the two ends of a change, groups per year or value;
8. ``_shape_operation``, ``_group``: what the rows allow (one row is its own total, cases are
   counted, a period unit or a named column groups them);
9. ``_bounds``, ``_finish``: thresholds and bars ("över riket", "över budget"), then the query.

Why one module of this size: the phases decide each other (a follow-up's rows, a year of months
summed, a change column's sign) and share the draft; each is a function of its own. What a
table lacks (period, place, split) is in ``coverage.py``, time in ``periods.py``.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from rapidfuzz.distance import Levenshtein

from ingest.swedish import STOPWORDS, fold, period_key, plain, stem, words
from ingest.tables import is_county, is_geo_header

from ..labels import display_label
from .coverage import header_names_period, missing_breakdown, missing_place
from .form import PERIOD_SUBJECTS, Form, Op, Threshold, asks, lexicon, total_phrase_words, translations
from .periods import (
    asked_period_text,
    dated_column,
    event_dates,
    finer_than,
    form_start,
    period_cat_for,
    period_match,
    period_range,
    periods_of_row,
    shift_year,
    slice_rows,
    unit_rank,
    year_groups,
)
from .profile import (
    DERIVED_COUNTY,
    CatColumn,
    Profile,
    ValueColumn,
    ValueMatch,
    cases_repeat,
    header_years,
    is_breakdown,
    is_change_header,
    names_column,
    names_measures,
    total_words,
    value_tokens,
)
from .query import StatQuery
from .reading import Context, Reading

# "hur många varsel …" of a table of notices counts the notices unless a word of the question
# names the column of counts ("hur många personer berördes" of "antal_berorda"): the share of
# the question's word weight that the column explains, below which it is not named
NAMES_COLUMN = 0.05


class _Lacks(Exception):
    """The table lacks what the question asks for; the reading's ``missing_*`` say what."""


@dataclass(frozen=True)
class _Given:
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
class _Draft:
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
    periods: list[str] = field(default_factory=list)
    period_rows: list[str] = field(default_factory=list)  # label values named by the asked periods ("2019 Januari" …)
    inherited_n: int | None = None
    inherited_agg: str | None = None  # "och i Västmanland?" after "flest beviljade per kommun": counted again
    counts_again: bool = False  # "och i Växjö?" after "hur många pågående projekt finns i Ljungby?"
    trend_again: StatQuery | None = None  # the trend a follow-up naming another row continues
    split_by: str | None = None
    group_by: str | None = None
    agg: str | None = None
    period_groups: tuple[tuple[str, tuple[str, ...]], ...] = ()
    named_n: int | None = None
    over: str | None = None
    threshold: Threshold | None = None
    versus: tuple[str, str] = ()
    also: tuple[str, ...] = ()
    base: str | None = None
    share_of: str | None = None
    share_within: str | None = None

    def query(self, table_id: str, **kw) -> StatQuery:
        return StatQuery(
            table_id, self.c.name, self.op, tuple(self.rows), tuple(self.scope), tuple(self.filters.items()),
            tuple(self.defaults.items()), tuple(self.latest), **kw,
        )


def build_query(r: Reading, form: Form, follow: Context | None) -> None:
    """Set ``r.query``: the pandas steps of the reading – or, when the table lacks a row, place,
    period or split the question asks for, the reading's ``missing_*`` and a bare query."""
    g = _named(r, form, follow)
    d = _Draft(r.column, form.op, form.direction)
    t = r.profile.table
    try:
        _read_change(g, d)
        _rows_of(g, d)
        _follow_up(g, d)
        _total_slices(g, d)
        _settle_periods(g, d)
        _check_lacks(g, d)
        _settle_trend(g, d)
        _split_and_years(g, d)
        early = _shape_operation(g, d)
        if early is not None:
            r.query = early
            return
        _group(g, d)
        _bounds(g, d)
        _finish(g, d)
    except _Lacks:
        r.query = StatQuery(t.id, d.c.name, d.op)
        return
    r.query = d.query(
        t.id,
        direction=d.direction or ("desc" if d.op == Op.RANK else None),
        also=d.also,
        n=form.n or d.named_n or d.inherited_n or (5 if form.plural and d.op == Op.RANK and not d.group_by else None),
        threshold=d.threshold,
        group_by=d.group_by,
        agg=d.agg,
        periods=tuple(d.periods),
        period_column=d.period_column,
        over=d.over,
        period_sum=d.period_sum,
        period_groups=d.period_groups,
        base=d.base,
        versus=d.versus,
        share_of=d.share_of,
        share_within=d.share_within,
    )


def _named(r: Reading, form: Form, follow: Context | None) -> _Given:
    """The rows (label matches) and slices (other columns' matches) the question's words name."""
    p, c = r.profile, r.column
    label = p.label
    matches = r.matches
    col_words = {w for w in form.content if stem(w) in c.all_terms}
    label_m = [m for m in matches if label and m.column == label.name and not (m.qtokens <= col_words)]
    if label is not None and form.op in (Op.MEAN, Op.SUM, Op.RANK, Op.THRESHOLD, Op.COUNT):
        # "snittet för Dalarnas kommuner": a total row named right before the plural of what the
        # label column lists names the set of its rows, not itself
        label_m = [m for m in label_m if not _names_the_set(m, form, label)]
    # … nor a slice: "beviljat belopp" sums the granted amounts of every decision, not only those
    # whose Status reads "Beviljad" (the others' granted amounts are no less granted)
    # (also when the slice was reached by a synonym: Status "Beviljad" is all words of the column's)
    # – unless cases are counted: "flest beviljade stöd" counts the granted ones, the column aside
    named_column = bool(col_words) and form.wants != "count"
    dim_m = [
        m for m in matches
        if (not label or m.column != label.name) and not (named_column and not names_measures(p.cat(m.column).values) and (
            m.qtokens <= col_words or all(stem(x) in c.all_terms for v in m.values for x in value_tokens(v))
        ))
    ]
    # "hur mycket företagsstöd beviljades" of a table whose caption is about företagsstöd: the
    # word says what the table is about, not which of its values ("Företagsstöd för utveckling",
    # named only in part) to keep
    # "jämför Dalarnas län och Gävleborgs län": the counties' own rows, not the municipalities
    # inside them (the derived county column is for rankings and sums over a county's rows)
    if form.op in (Op.LOOKUP, Op.COMPARE, Op.TREND):
        dim_m = [m for m in dim_m if not (m.column in DERIVED_COUNTY and any(m.qtokens == x.qtokens for x in label_m))]
    # … nor does a word that names a row or a place whole ("Ludvika", Kommun = "Västervik") name
    # slices of another column it is only part of ("Ludvika Älvteknik AB", "Västerviks kommun" of
    # the recipients); a topic named whole (Frågeområde = "Hälsa") still leaves its questions open
    whole_rows = [m.qtokens for m in label_m if m.coverage >= 0.999] + [
        m.qtokens for m in dim_m if m.coverage >= 0.999 and is_geo_header(m.column)
    ]
    dim_m = [
        m for m in dim_m
        if not (m.coverage < 0.999 and all(_in_caption(p, w) for w in m.qtokens) and not names_measures(p.cat(m.column).values))
        and not (m.coverage < 0.999 and any(m.qtokens <= q for q in whole_rows))
    ]
    # "utvecklingsmedel" of a table captioned "Regionala utvecklingsmedel" names the table, not the
    # rows that only begin like it ("Utveckling av …"): a word the caption writes whole that no
    # matched row has as a word of its own
    label_m = [
        m for m in label_m
        if not (m.coverage < 0.999 and all(_in_caption(p, w) and _compound_of(w, m.values) for w in m.qtokens))
    ]
    # a row named by fewer of the same words than a slice is not named: "södra länsdelens"
    # is the Södra länsdelen slice, not the row "Norra länsdelen, orange kluster"
    label_m = [m for m in label_m if not any(m.qtokens < d.qtokens for d in dim_m if d.column not in DERIVED_COUNTY)]
    # "vilken kommun ökade mest mellan 2020 och 2021": the rows ranked by their change over time,
    # when the table has times to compute it from and no column of change already
    ranked_change = bool(
        form.change and not c.is_change and form.direction is not None and form.op in (Op.RANK, Op.COMPARE)
        and any(cat.is_period and cat.role != "label" and len(cat.values) > 1 for cat in p.cats)
    )
    if ranked_change:
        # "i Dalarna" names the set of the ranked rows, not a row to follow
        label_m = [m for m in label_m if not (label is not None and set(m.values) <= label.every_total)]
    unit_word = next((w for w in (*form.group_by, form.subject or "") if fold(w) in PERIOD_SUBJECTS), None)
    return _Given(
        r, form, follow, label_m, dim_m,
        period_subject=fold(form.subject or "") in PERIOD_SUBJECTS,
        ranked_change=ranked_change,
        unit_word=unit_word,
    )


def _read_change(g: _Given, d: _Draft) -> None:
    """A column that is the change already is read, never a change of the change; a ranking of
    change over time is a trend."""
    form, c = g.form, d.c
    if c.is_change and form.change:
        if d.op == Op.TREND:
            d.op = Op.LOOKUP
        if d.op == Op.RANK and form.change_down and form.direction == "desc":
            d.direction = "asc"  # "tappade mest": the most negative change first
        if form.threshold is None and not form.relative and (d.op == Op.COUNT or (d.op in (Op.LOOKUP, Op.COMPARE) and form.plural)):
            # "vilka leverantörer ökade?", "hur många tappade?": the rows whose change has that sign
            d.change_threshold = Threshold("<" if form.change_down else ">", 0.0, False)
            if d.op != Op.COUNT:
                d.op = Op.THRESHOLD
    if g.ranked_change:
        d.op = Op.TREND
        if form.change_down and d.direction == "desc":
            d.direction = "asc"


def _rows_of(g: _Given, d: _Draft) -> None:
    """Named rows: several values of one word narrow an aggregate (scope), else they are rows;
    every other matched column is a filter."""
    for m in sorted(g.label_m, key=lambda m: _position(g.form, m)):
        if len(m.values) > 1 and d.op in (Op.RANK, Op.THRESHOLD, Op.SUM, Op.MEAN, Op.COUNT):
            d.scope += [v for v in m.values if v not in d.scope]
        else:
            d.rows += [v for v in m.values if v not in d.rows]
    for m in g.dim_m:
        d.filters[m.column] = tuple(dict.fromkeys(d.filters.get(m.column, ()) + m.values))


def _follow_up(g: _Given, d: _Draft) -> None:
    """A follow-up keeps the previous rows and slices unless it names new ones."""
    follow, form, p = g.follow, g.form, g.p
    if follow is None or follow.query.table_id != p.id:
        return
    prev = follow.query
    if (
        prev.op in (Op.RANK, Op.THRESHOLD) and d.op == Op.LOOKUP and not form.op_explicit and not form.refers_back
        and not d.rows and not d.scope and (g.dim_m or form.months or form.years or form.quarters or form.periods)
    ):
        # "Och bland inrikes födda?" / "Och i januari då?" after a ranking: the same ranking of
        # another slice or period – the rows the ranking returned were its answer, not rows
        # the question named
        d.op, d.direction, d.inherited_n = prev.op, prev.direction, prev.n
        d.inherited_agg = prev.agg if prev.group_by else None
        if prev.threshold is not None and form.threshold is None:
            # the stored bound is already in the column's own unit
            d.change_threshold = Threshold(prev.threshold.op, prev.threshold.value, False)
    d.counts_again = prev.op == Op.COUNT and prev.agg == "count" and d.op == Op.LOOKUP and not form.op_explicit and form.wants is None
    if (
        prev.op == Op.TREND and prev.periods and d.op == Op.LOOKUP and not form.op_explicit and form.wants is None
        and not (form.years or form.months or form.quarters or form.periods) and prev.column == d.c.name
    ):
        # "Och i Skåne?" after "hur har sjukpenningtalet utvecklats i Norrbotten 2021–2024?":
        # the same change for the new row, not its latest level
        d.op, d.direction = Op.TREND, prev.direction
        d.trend_again = prev
    if (
        form.refers_back and set(d.rows) <= set(follow.labels) and not d.scope and d.op in (Op.RANK, Op.COMPARE)
        and len(follow.seen) > len(follow.labels)
    ):
        # "vilket av dem har störst …" after answers about Vivalla and then Varberga-Oxhagen:
        # the rows the conversation named, ranked among themselves
        d.rows = [x for x in follow.seen if x]
    elif not d.rows and not d.scope and d.op == Op.LOOKUP and follow.labels or (form.refers_back and not d.rows and not d.scope and follow.labels):
        d.rows = [x for x in follow.labels if x]
    period_ranking = d.op in (Op.RANK, Op.THRESHOLD) and g.period_subject
    if not d.rows and not d.scope and (not form.op_explicit or period_ranking) and prev.rows:
        d.rows = list(prev.rows)  # "vilket år var det högst?" ranks the years of the same rows
    if not d.rows and not d.scope and d.counts_again and prev.scope:
        d.rows = list(prev.scope)  # "och året innan?" after "hur många varsel i Mora 2023?": Mora's cases
    if d.op == Op.COMPARE and len(d.rows) == 1 and not d.scope:
        # "jämför med länet" after an answer about one row: that row against the new one
        before = [x for x in (prev.rows or tuple(follow.labels)) if x and x not in d.rows]
        if len(before) == 1:
            d.rows = before + d.rows
    for k, v in prev.filters:
        if k not in d.filters and not any(k == x for x, _ in prev.defaults):
            d.filters[k] = v
    if form.year_shift and not (form.years or form.months or form.quarters or form.periods):
        # "och året innan?": each period of the previous answer, a year earlier, where the table has it
        for cat in p.cats:
            if cat.is_period and cat.name in d.filters:
                moved = tuple(shift_year(v, form.year_shift) for v in d.filters[cat.name])
                if event_dates(p, cat):
                    # the dates of cases are not shifted one by one: every case dated in the year(s) before
                    years = {period_key(v)[0] for v in moved} - {0}
                    moved = tuple(v for v in cat.values if period_key(v)[0] in years)
                if moved and all(m in cat.values for m in moved):
                    d.filters[cat.name] = moved
                else:  # the year before is not in the table: said, never the same year again
                    g.r.missing_period = ", ".join(sorted({str(period_key(v)[0] + form.year_shift) for v in d.filters[cat.name]}))
                    raise _Lacks


def _total_slices(g: _Given, d: _Draft) -> None:
    """Every breakdown the question leaves open is read at its total ("Totalt", "Båda könen"),
    unless the named rows lie outside it; a slice named by part of a row's words is dropped when
    it leaves the row out."""
    p, frame, label_name = g.p, g.p.table.frame, g.label_name
    # a word names one thing: when "karlskoga norra" names the row, a slice named by part of
    # the same words ("Norra länsdelen") that leaves the row out is not asked for
    if d.rows and label_name in frame.columns:
        named_by_rows = [m.qtokens for m in g.label_m]
        for m in g.dim_m:
            if m.column in d.filters and any(m.qtokens < q for q in named_by_rows):
                keep = frame[label_name].astype(str).isin(d.rows) & frame[m.column].astype(str).isin(d.filters[m.column])
                if set(d.rows) - set(frame.loc[keep, label_name].astype(str)):
                    # (… or leaves out another named row: "Örebro söder" against the county's row)
                    d.filters.pop(m.column)
    for cat in p.cats:
        if cat.role == "label" or cat.name in d.filters or cat.is_period:
            continue
        if cat.totals:
            named = d.rows or d.scope
            in_total = frame[cat.name].astype(str) == cat.totals[0]
            if named:
                rows_mask = frame[label_name].astype(str).isin(named)
                if not (rows_mask & in_total).any():
                    continue  # the named rows lie outside the total slice: keep them
            d.filters[cat.name] = (cat.totals[0],)
            if len(cat.values) > 1:
                d.defaults[cat.name] = cat.totals[0]


def _settle_periods(g: _Given, d: _Draft) -> None:
    """The asked periods of each period column, their range for a sum or mean, or the latest
    (pinned after the other filters); a year of months summed or read at its end."""
    p, form, c = g.p, g.form, d.c
    unit_asked = g.unit_word is not None
    dated = dated_column(p, form)
    for cat in p.cats:
        if not cat.is_period:
            continue
        if dated is not None and cat.name != dated and event_dates(p, cat) and cat.role != "label":
            continue  # "startade 2024" of a start and an end date: the year is the start's
        wanted = period_match(cat, form)
        if d.op in (Op.SUM, Op.MEAN):
            wanted = period_range(cat, wanted, form)
        if wanted is None:  # nothing asked
            if cat.role == "label" or event_dates(p, cat):
                continue
            if len(cat.values) > 1:
                if d.op == Op.TREND and d.period_column is None:
                    d.period_column = cat.name
                d.latest.append(cat.name)
            continue
        if not wanted:
            g.r.missing_period = asked_period_text(form)
            raise _Lacks
        if event_dates(p, cat) and cat.role != "label":
            if set(wanted) != set(cat.values):  # "beviljade 2023": every case dated in 2023
                d.filters[cat.name] = tuple(wanted)
            continue
        if d.op == Op.COMPARE and len(wanted) == 2 and len(d.rows) < 2 and cat.role != "label":
            d.op = Op.TREND  # "2021 jämfört med 2025": a change between two periods
        if d.op == Op.TREND and len(wanted) >= 2:
            d.period_column = cat.name
            d.periods = [min(wanted, key=period_key), max(wanted, key=period_key)]
            continue
        if d.op == Op.TREND and len(wanted) == 1 and cat.role != "label":
            # "ökat sedan 2014": from the asked period to the latest
            d.period_column = cat.name
            d.periods = [wanted[0], max(cat.values, key=period_key)]
            continue
        two_years = d.op == Op.COMPARE and len(set(form.years)) == 2  # each year's periods, see year_groups
        if len(wanted) > 1 and not form.periods and cat.role != "label" and d.op not in (Op.TREND, Op.MEAN) and not form.span and not two_years:
            # a year asked of monthly or quarterly figures: a count is summed over the
            # year's periods, a share or level is read at the year's last period – unless the
            # question asks for the total ("totalt 2014"), which sums any amount
            if not unit_asked and (c.is_share or (d.op != Op.SUM and _is_level(c))):
                wanted = [max(wanted, key=period_key)]
            elif unit_asked and d.op in (Op.RANK, Op.THRESHOLD) and (c.is_share or _is_level(c)):
                pass  # "vilken månad 2021 var andelen högst": the year's months are ranked, not summed
            else:
                d.period_sum = cat.name
        if cat.role == "label" and len(wanted) > 1 and d.op == Op.LOOKUP and not form.periods and not form.span and not unit_asked:
            # a year asked of a table whose rows are months ("under 2023"): an amount is the
            # year's sum, a share or level its last month – as for a period column beside the rows
            if _is_level(c):
                wanted = [max(wanted, key=period_key)]
            else:
                d.op = Op.SUM
        if cat.role == "label":
            d.rows += [v for v in wanted if v not in d.rows]
            d.period_rows += wanted
        else:
            d.filters[cat.name] = tuple(wanted)
    if d.op in (Op.MEAN, Op.SUM) and (
        any(d.filters.get(cat.name) for cat in p.cats if cat.is_period)
        or (form.years and set(form.years) <= p.caption_years and not form.months and not form.quarters and not form.periods)
    ):
        # "snittet under 2021" of monthly rows: the year's months all count; no other spelling
        # of time (a month column) is pinned to the latest – also when the year is the table's
        # own (a sheet "2024" of months)
        d.latest = []


def _check_lacks(g: _Given, d: _Draft) -> None:
    """A row, place, year or split the question names and the table lacks ends the reading:
    said, never answered from what the table has instead."""
    r, p, form, c = g.r, g.p, g.form, d.c
    lacking_row = None if d.rows or d.scope else _missing_row(p, form)
    if lacking_row:
        r.missing_row = lacking_row
        r.missing_breakdown = r.missing_place = lacking_row  # (read as missing wherever a reading is weighed)
        raise _Lacks
    lacking_place = missing_place(p, form, r.matches)
    if lacking_place:
        # a place the table lacks is, like a split it lacks, a reason not to answer from it
        r.missing_breakdown = r.missing_place = lacking_place
        raise _Lacks
    timeless = not any(x.is_period for x in p.cats) and not p.caption_years
    # periods without a year (months of a sheet whose caption names its year): the caption's
    # years are all the table has, and an asked year beyond them is missing ("från juni 2023
    # till juni 2024" of the sheet for 2024)
    yearless = any(x.is_period for x in p.cats) and all(period_key(v)[0] == 0 for x in p.cats if x.is_period for v in x.values)
    if (
        form.years and not any(x.is_period for x in p.cats) and p.caption_years and not set(form.years) & p.caption_years
        and not header_names_period(c.name, form)
    ) or (form.years and yearless and p.caption_years and not set(form.years) <= p.caption_years) or (
        # "Gästnätter 2023", "Gästnätter 2024" as columns: 2019 is in none of them
        form.years and not any(x.is_period for x in p.cats) and header_years(p)
        and not set(form.years) & (header_years(p) | p.caption_years) and not header_names_period(c.name, form)
    ) or (
        form.years and timeless and g.follow is not None and g.follow.query.table_id == p.id
    ):
        # "och hur var det 2022?" of a table that shows one unnamed period: the same figures
        # again would pass for 2022's
        lacking_years = sorted(set(form.years) - p.caption_years) if yearless and p.caption_years else (
            sorted(set(form.years) - header_years(p)) if header_years(p) else []
        )
        r.missing_period = ", ".join(map(str, lacking_years)) if lacking_years else asked_period_text(form)
        raise _Lacks
    lacking = missing_breakdown(p, form)
    if lacking:
        r.missing_breakdown = lacking
        raise _Lacks
    bar = _total_compared_with(g)
    if bar:
        r.missing_bar = r.missing_breakdown = r.missing_place = bar
        raise _Lacks
    kind = _other_kind_of_rows(g)
    if kind:
        r.missing_kind = r.missing_breakdown = r.missing_place = kind
        raise _Lacks


def _settle_trend(g: _Given, d: _Draft) -> None:
    """The two ends of a change: the asked periods, the previous trend's, or the latest and the
    one before; a change from a period to itself is a missing start."""
    p, form = g.p, g.form
    if d.op == Op.TREND and d.periods:
        # one period column carries the trend; the others (år, månad, år_månad …) are other
        # spellings of the same time and must not pin it to one period
        others = {cat.name for cat in p.cats if cat.is_period and cat.name != d.period_column}
        d.filters = {k: v for k, v in d.filters.items() if k not in others}
        d.latest = [x for x in d.latest if x not in others and x != d.period_column]
    again = d.trend_again
    if d.op == Op.TREND and again is not None and not d.periods and again.period_column in {x.name for x in p.cats}:
        d.period_column, d.periods = again.period_column, list(again.periods)
        d.filters.pop(d.period_column, None)
        d.latest = [x for x in d.latest if x != d.period_column]
    if d.op != Op.TREND:
        return
    if d.period_column and not d.periods:
        vals = sorted(p.cat(d.period_column).values, key=period_key)
        asked = d.filters.pop(d.period_column, None)
        end = asked[-1] if asked else vals[-1]
        start = form_start(vals, end, form)
        d.periods = [start, end] if start else []
        d.latest = [x for x in d.latest if x != d.period_column]
    if not d.periods:
        d.op = Op.LOOKUP
    elif d.periods[0] == d.periods[-1]:
        # "från januari 2020 till januari 2021" in a table of 2014, 2018 and 2021: the start
        # is missing, and a change from 2021 to 2021 is no answer
        g.r.missing_period = asked_period_text(form) or d.periods[0]
        raise _Lacks


def _split_and_years(g: _Given, d: _Draft) -> None:
    """Two or more named values of one dimension for an aggregate are its groups; two years of
    finer periods are one figure per year and the change between them."""
    p, form = g.p, g.form
    # "röda respektive orangea kluster", "snittet i röda och orangea": two or more values of one
    # dimension named for an aggregate are its groups; a row whose name only repeats those
    # words ("Orange kluster") is not asked for
    split = next((m.column for m in g.dim_m if len(d.filters.get(m.column, ())) >= 2 and not p.cat(m.column).is_period), None)
    # a sum or count over two named values is one total ("i Falun och Borlänge sammanlagt")
    # unless the question asks for each ("respektive", "var för sig", "jämfört med")
    each = "respektive" in form.tokens or bool(re.search(r"\bvar för sig\b|\bvardera\b|\bjämfört\b|\bjämför\b", fold(form.text)))
    if split and (each or d.op in (Op.MEAN, Op.RANK)):
        said = frozenset().union(*(m.qtokens for m in g.dim_m if m.column == split))
        drop = {v for m in g.label_m if m.qtokens & said for v in m.values}
        d.rows = [x for x in d.rows if x not in drop]
        d.scope = [x for x in d.scope if x not in drop]
        if not d.rows:
            d.split_by = split
    # "2019 jämfört med 2020" of monthly or quarterly rows: one figure per year – its periods
    # summed for an amount, averaged for a rate – and the change between them
    if (
        d.op in (Op.COMPARE, Op.TREND) and not g.ranked_change and g.unit_word is None
        and not (form.periods or form.months or form.quarters)
    ):
        real_rows = [x for x in d.rows if x not in d.period_rows]
        yearly = year_groups(p, form, d.filters, d.period_column, d.periods, real_rows)
        if yearly is not None:
            d.group_by, d.period_groups = yearly
            d.agg = "mean" if _is_level(d.c) else "sum"
            keep = {k: v for k, v in d.filters.items() if not (p.cat(k) is not None and p.cat(k).is_period)}
            d.filters = {**keep, d.group_by: tuple(v for _, vs in d.period_groups for v in vs)}
            d.latest, d.period_sum, d.period_column, d.periods = [], None, None, []
            d.scope, d.rows = real_rows, []
            d.op = Op.TREND


def _shape_operation(g: _Given, d: _Draft) -> StatQuery | None:
    """Fit the operation to what the rows allow: a comparison needs two rows (or two measures of
    one, returned at once), cases are counted or summed, one row is its own total, a ranking of
    named rows ranks only them."""
    r, p, form, c, label = g.r, g.p, g.form, d.c, g.label
    t = p.table
    if d.op == Op.COMPARE:
        if len(d.rows) < 2 and form.rest:
            other = _rest_column(p, c)
            if other is not None:
                return d.query(t.id, other_column=other.name)
        if len(d.rows) < 2 and not form.rest:
            # "utfallet för mervärdesskatten jämfört med budget": two measures of the same row
            used = frozenset().union(*(m.qtokens for m in r.matches)) if r.matches else frozenset()
            other = _named_other_column(p, c, form, used)
            if other is not None and len(d.rows) == 1:
                return d.query(t.id, other_column=other.name)
        two_slices = len(d.rows) == 1 and sum(
            1 for k, v in d.filters.items() if len(v) == 2 and p.cat(k) is not None and not p.cat(k).is_period
        ) == 1
        if len(d.rows) < 2 and not two_slices:
            d.op = Op.LOOKUP  # ("skillnad mellan kvinnor och män i Skellefteå": one row, two slices, compared)
    if (
        (d.op == Op.LOOKUP and (form.wants == "count" or d.counts_again) or d.op == Op.SUM and form.wants == "count")
        and not d.scope and not form.group_by
        and form.threshold is None and not form.relative
        and (c.unit in _KRONOR_PER or r.features.get("col", 0) < NAMES_COLUMN) and _records(p, d.filters, d.latest)
        and (not d.rows or _records(p, {**d.filters, g.label_name: tuple(d.rows)}, d.latest))
    ):
        # "hur många ansökningar fick avslag (i Västerås)?" of a table of cases: the cases
        # counted, when the counted noun is no column of counts
        d.op, d.agg = Op.COUNT, "count"
        d.scope, d.rows = d.rows, []
    if (
        d.op == Op.LOOKUP and not d.rows and (form.wants == "count" or form.quantity) and not c.is_share and not c.is_change
        and form.threshold is None and not form.group_by
        and (_records(p, d.filters, d.latest) or (c.is_count and any(k in DERIVED_COUNTY for k in d.filters)))
    ):
        # (… and "hur många personer 65+ i hela Örebro län" of municipalities that lie in the
        # county by their codes, with no row of the county's own: its municipalities added up)
        # "hur många personer berördes av varsel i Gävleborg 2023" of a table of notices: each
        # notice's count added up over the slice (within the named rows, if any), not a list of rows
        d.op = Op.SUM
    if d.op == Op.LOOKUP and not d.rows and d.scope:
        d.rows, d.scope = d.scope, []
    if d.op in (Op.RANK, Op.THRESHOLD) and not d.rows and not d.scope and label is not None and form.subject and not g.period_subject:
        # "vilket län …" / "vilken kommun …" of a column holding both ("20 Dalarnas län", "2080
        # Falun"): the rows of the level asked for, not the two levels ranked together
        level = translations().get(fold(form.subject), fold(form.subject))
        if level in ("län", "kommun"):
            body_values = [v for v in label.values if v not in label.every_total]
            counties = [v for v in body_values if is_county(v) and re.search(r"\blän\b", fold(v))]
            others = [v for v in body_values if not re.search(r"\blän\b|region|landsting", fold(v))]
            if counties and others and len(counties) + len(others) == len(body_values):
                d.scope = counties if level == "län" else others
    if d.op == Op.RANK and len(d.rows) >= 2 and not d.scope:
        # "Örebro söder eller Västhaga-Solhaga – var är den högst?": ranked among the named
        # rows, and all of them shown, not the whole table's top row
        d.scope, d.rows = d.rows, []
        d.named_n = len(d.scope)
    over_periods = any(len(d.filters.get(cat.name, ())) > 1 for cat in p.cats if cat.is_period) or (
        d.op == Op.MEAN and len(d.rows) == 1 and periods_of_row(p, d.rows[0], d.filters) > 1
    )
    cases_of_row = len(d.rows) == 1 and _records(p, {**d.filters, g.label_name: tuple(d.rows)}, d.latest)
    if d.op in (Op.SUM, Op.MEAN) and len(d.rows) == 1 and not d.scope and not over_periods and not cases_of_row:
        # "totalt i Vivalla": one row is its own total – but the cases of one municipality in a
        # table of decisions ("beviljats totalt i Borlänge") add up
        d.op = Op.LOOKUP
    return None


def _group(g: _Given, d: _Draft) -> None:
    """Groups of rows: the named values of a split, a period unit over finer rows, the column a
    subject or "per …" names (or the cases of a table of records), an open breakdown's parts, a
    year's periods summed per row, or a dimension whose values are ranked."""
    r, p, form, c, label = g.r, g.p, g.form, d.c, g.label
    t = p.table
    if d.split_by is not None:
        d.group_by, d.agg, d.op = d.split_by, _group_agg(d.op, form, c), Op.RANK
    # "vilket år betalades mest ut", "snittet per år": a period unit over finer rows (months)
    # is a group per period, summed for amounts and counts, averaged for rates
    if d.group_by is None and g.unit_word is not None and d.op in (Op.RANK, Op.MEAN, Op.SUM, Op.LOOKUP):
        pc = period_cat_for(p, g.unit_word)
        if pc is not None and finer_than(p, pc, d.filters, d.rows):
            d.latest = []  # every period inside the groups counts, none is pinned to the latest
            d.group_by = pc.name
            d.agg = "mean" if d.op == Op.MEAN or not _is_amount(c) else "sum"
            if d.op == Op.RANK and g.unit_word in form.group_by:
                d.agg = _group_agg(d.op, form, c)  # "lägsta månadsnotering per år": the minimum within each
            if d.rows:
                d.scope, d.rows = list(d.rows), []
            d.op = Op.RANK
    # "per månad" that the periods above could not group (one row per month already) asks for no
    # group of rows: "snittet per månad i Dalarna" is the mean over Dalarna's months
    named_group = any(fold(w) not in PERIOD_SUBJECTS for w in form.group_by) or (bool(form.group_by) and not d.rows)
    if d.group_by is None and (
        named_group
        or (d.op in (Op.RANK, Op.SUM, Op.MEAN, Op.THRESHOLD) and not d.rows and not d.period_sum and _records(p, d.filters, d.latest))
    ):
        d.group_by = _group_column(p, form)
        if d.group_by is not None and d.op == Op.THRESHOLD and not form.group_by and not (
            form.subject and names_column(form.subject, p.cat(d.group_by), by_values=False)
        ):
            d.group_by = None  # "vilka ärenden har över 500 000 kr": the cases themselves, not a group
        if d.group_by is not None:
            # "flest ärenden": when the counted noun is no value column, count the rows
            # ("flest beviljade" of a column of kronor counts the cases: a number of kronor is no "flest")
            money = c.unit in _KRONOR_PER
            counted = form.wants == "count" and (c.is_share or money or r.features.get("col", 0) < NAMES_COLUMN)
            d.agg = "mean" if d.op == Op.MEAN else ("count" if counted else "sum")
            if d.inherited_agg is not None and form.wants is None and d.op != Op.MEAN:
                d.agg = d.inherited_agg
            subject_is_group = bool(form.subject) and names_column(form.subject, p.cat(d.group_by), by_values=False)
            if d.op == Op.RANK and form.group_by and not subject_is_group and d.agg != "count":
                # "vilket område i varje länsdel har högst": the top row of each group
                d.agg = _group_agg(d.op, form, c)
            elif d.agg == "sum" and c.is_share:
                d.agg = "mean"  # shares are never added up
            if d.op in (Op.SUM, Op.MEAN) and not form.group_by:
                d.group_by, d.agg = None, None
            elif d.op == Op.MEAN and d.group_by is not None and _one_row_each(p, d.group_by, d.filters, d.latest):
                # "snittet per kommun i Dalarna" when each municipality is one row: the mean over
                # the municipalities, not each one's own value; the set's own total row ("Dalarna")
                # is no member of it
                d.group_by, d.agg = None, None
                if label is not None and d.rows and set(d.rows) <= label.every_total:
                    d.rows = []
        elif d.op == Op.MEAN and label is not None and d.rows and set(d.rows) <= label.every_total and any(
            fold(w) not in PERIOD_SUBJECTS for w in form.group_by
        ):
            d.rows = []  # "snittet per kommun i Dalarna", no column named for "kommun": over the members
    if (
        d.group_by is None and d.op in (Op.RANK, Op.THRESHOLD) and label is not None and c.is_count and not c.is_share
        and (not d.rows or set(d.rows) <= label.every_total) and not _records(p, d.filters, d.latest)
    ):
        # "minst antal 16-19-åringar" of a population by age and sex with no total for sex:
        # each row's parts of an open breakdown (kön, ålder) add up to the row's count
        parts = [x for x in p.cats if x.role != "label" and not x.is_period and x.name not in d.filters and not x.totals
                 and len(x.values) > 1 and is_breakdown(x, t.caption)]
        if parts:
            d.group_by, d.agg = label.name, "sum"  # within the scope's rows, if any
            d.rows = []  # "i Jönköpings län" named the set, whose total row is no member
    if d.period_sum and d.group_by is None and label is not None:
        # the year's periods summed per row: a group-by over the label within the filters
        d.group_by, d.agg = label.name, "sum"
        if d.rows:
            d.scope, d.rows = list(d.rows), []
        if d.op not in (Op.RANK, Op.THRESHOLD):
            d.op = Op.RANK
    # "vilken åldersgrupp har högst …": the subject names a dimension; rank over its values
    if d.op in (Op.RANK, Op.THRESHOLD) and form.subject and d.group_by is None:
        # of several period columns (År, Månad), the one the subject names first
        cats = sorted(p.cats, key=lambda x: unit_rank(x, form.subject) if x.is_period and g.period_subject else 2)
        for cat in cats:
            names_it = stem(form.subject) in cat.terms or fold(form.subject).startswith(fold(cat.name))
            if cat.role == "dimension" and len(cat.values) > 1 and cat.name not in DERIVED_COUNTY and (
                (not cat.is_period and names_it) or (cat.is_period and g.period_subject)
            ):
                d.latest = [x for x in d.latest if x != cat.name]
                d.over = cat.name
                if not (cat.is_period and len(d.filters.get(cat.name, ())) > 1):
                    d.filters.pop(cat.name, None)  # … but "vilken månad 2021" ranks 2021's months
                d.defaults.pop(cat.name, None)
                if d.rows:
                    d.scope, d.rows = list(d.rows), []
                break
    if form.wants == "count" and c.is_share and d.op in (Op.LOOKUP, Op.COMPARE, Op.RANK):
        d.base = _count_base(p, c)


def _bounds(g: _Given, d: _Draft) -> None:
    """A bound: the asked one, a row named as the bar ("under riket", "högre än länet"), or
    each row against another column of its own ("över budget")."""
    p, form = g.p, g.form
    t = p.table
    d.threshold = form.threshold or d.change_threshold
    relative = form.relative
    if d.threshold is None and relative is None and form.beyond is not None and d.rows and (form.plural or d.op == Op.COUNT):
        # "vilka kommuner ligger under riket": the row the word names is the bar
        bar = list(dict.fromkeys(x for m in g.label_m if form.beyond[1] in m.qtokens for x in m.values if x in d.rows))
        if len(bar) == 1:
            relative = form.beyond[0]
            d.rows = [x for x in d.rows if x != bar[0]] + bar
    if d.threshold is None and relative and d.rows:
        # "högre sjukskrivning än länet": the named row is the bar, the others are compared with it
        ref = d.rows[-1]
        # the bar's own row ("Riket") lies in no county: the derived county slice is not its
        value = _row_value(t, ref, d.c.name, {k: v for k, v in d.filters.items() if k not in DERIVED_COUNTY})
        if value is not None:
            d.threshold = Threshold(relative, value, False)
            d.rows = [x for x in d.rows if x != ref]
            if g.label is not None and d.rows and all(x in g.label.every_total for x in d.rows):
                d.rows = []  # "kommuner i Västerbotten" of Västerbotten's table: the county's row names the set, not a row
            if d.op not in (Op.COUNT,):
                d.op = Op.THRESHOLD
    if (
        d.threshold is None and form.beyond is not None and not d.rows and d.group_by is None
        and d.op in (Op.LOOKUP, Op.THRESHOLD, Op.COUNT)
    ):
        # "vilka verksamheter gick över budget?": each row's amount against its budget
        pair = _column_relation(p, d.c, form.beyond[1])
        if pair is not None:
            d.c, other = pair
            d.versus = (form.beyond[0], other.name)
            d.op = Op.COUNT if d.op == Op.COUNT or form.wants == "count" else Op.THRESHOLD


def _finish(g: _Given, d: _Draft) -> None:
    """Last touches: two named slices of an aggregate as groups, the measures read beside a
    change or a share, a county's own row, a bound in the column's unit – and a row named as a
    peer of the rows to rank, which is no set to rank within."""
    p, form, c = g.p, g.form, d.c
    if d.op in (Op.MEAN, Op.COUNT, Op.SUM, Op.COMPARE, Op.LOOKUP) and not d.rows and d.group_by is None:
        named = [m for m in g.dim_m if len(d.filters.get(m.column, ())) >= 2]
        if named and (d.op != Op.LOOKUP or form.wants == "count"):
            d.group_by = named[0].column
            d.agg = {Op.MEAN: "mean", Op.SUM: "sum"}.get(d.op, "count" if (d.op == Op.COUNT or form.wants == "count") else "mean")
            d.op = Op.RANK
    if c.is_change and d.op == Op.LOOKUP and len(d.rows) == 1:
        # a change is read with its other measures: "+150 (+16,2 %)", and the level it changed to
        others = [v.name for v in p.values if v is not c]
        d.also = tuple(sorted(others, key=lambda n: not is_change_header(n))[:3])
    elif c.is_share and d.op == Op.LOOKUP and len(d.rows) == 1 and asks("count", form) and asks("share", form):
        # "hur många är sjuka i länet, och hur stor andel är det?": the count the share counts
        # (the numerator of "Sjuka/arbetskraft") beside it
        d.also = tuple(v.name for v in p.values if v is not c and v.is_count and not v.is_change and v.terms & c.terms)[:1]
    label = g.label
    if (
        form.wants == "share" and not c.is_share and not c.is_change and _is_amount(c) and d.op in (Op.LOOKUP, Op.COMPARE)
        and label is not None and len(d.rows) == 2 and sum(1 for x in d.rows if x in label.every_total) == 1
    ):
        # "hur stor andel av de nystartade företagen i Värmland startades i Karlstad?" of counts:
        # the named row over the named total, computed – not the two counts left to divide
        whole = next(x for x in d.rows if x in label.every_total)
        d.rows = [x for x in d.rows if x != whole] + [whole]
        d.share_of, d.op = whole, Op.LOOKUP
    if (
        form.wants == "share" and not c.is_share and not c.is_change and _is_amount(c) and g.p.record_level
        and d.op in (Op.LOOKUP, Op.SUM) and not d.rows and not d.scope and d.group_by is None
    ):
        # "hur stor andel av det beviljade beloppet gick till projekt i Malmö?" of a table of
        # decisions: the cases in the slice summed, over every case's sum – computed
        sliced = [m.column for m in g.dim_m if m.column in d.filters and not g.p.cat(m.column).is_period]
        if len(set(sliced)) == 1:
            d.share_within, d.op = sliced[0], Op.SUM
    if d.rows and d.op not in (Op.RANK, Op.THRESHOLD) and any(is_county(x) for x in d.rows):
        # "arbetslösheten i Dalarnas län": the county's own row, which lies in no county – the
        # derived county column slices the rows inside it, for rankings and sums over them
        for name in DERIVED_COUNTY:
            d.filters.pop(name, None)
    th = d.threshold
    if th is not None and c.unit == "andel" and th.percent:
        d.threshold = th = Threshold(th.op, th.value / 100, True)
    if th is not None and th.kronor and c.unit in _KRONOR_PER:
        # "mer än 5 miljoner kr" of a column in tkr: 5 000 tkr
        d.threshold = Threshold(th.op, th.value / _KRONOR_PER[c.unit], False, True)
    named_by_rows = frozenset().union(*(x.qtokens for x in g.label_m))
    if (
        form.op in (Op.RANK, Op.THRESHOLD) and d.op == form.op and form.relative is None and len(d.rows) == 1 and not d.scope
        and d.group_by is None and d.over is None and form.subject and not g.period_subject
        and label is not None and d.rows[0] not in label.every_total and _places(label)
        and not any(m.column in d.filters and m.qtokens & named_by_rows for m in g.dim_m)
    ):
        # "vilken kommun i Skåne …" of a table of counties: the one row named is a peer of the
        # rows to be ranked, not the set they belong to – nothing inside it is in the table, and
        # a ranking of every county would answer another question
        g.r.missing_place = g.r.missing_breakdown = f"något inom {display_label(d.rows[0])}"
        raise _Lacks




def _column_relation(p: Profile, c: ValueColumn, word: str) -> tuple[ValueColumn, ValueColumn] | None:
    """(the compared column, the column it is compared with) for "över budget": ``word`` names a
    value column; the compared one is the reading's column when that is another one ("utfall över
    budget"), else the one column of the same unit that is neither a share, a change nor the
    signed difference of two others ("Avvikelse" = Budget − Utfall). None when that is not one column."""
    w = {stem(word), fold(word)}
    # "budgeterat" of "Budget 2026": a word that begins with the header's word names it too
    named = [o for o in p.values if w & o.terms or any(len(t) >= 5 and fold(word).startswith(t) for t in o.terms)]
    if len(named) != 1:
        return None
    other = named[0]
    if c is not other:
        return (c, other) if c.unit == other.unit and not c.is_share and not c.is_change and not _deviation(p, c) else None
    same = [x for x in p.values if x is not other and x.unit == other.unit and not x.is_share and not x.is_change]
    if len(same) > 1:  # of outcome, budget and deviation each is the difference of the others: the signed one is the deviation
        same = [x for x in same if not _deviation(p, x)]
    return (same[0], other) if len(same) == 1 else None


def _deviation(p: Profile, c: ValueColumn) -> bool:
    """Is ``c`` a deviation: figures of both signs that are, on every row, the difference of two
    other columns ("Avvikelse" = Budget − Utfall)?"""
    frame = p.table.frame
    d = pd.to_numeric(frame[c.name], errors="coerce")
    if not ((d < 0).any() and (d > 0).any()):
        return False
    others = [y.name for y in p.values if y is not c]
    for a, b in itertools.permutations(others, 2):
        x = pd.to_numeric(frame[a], errors="coerce") - pd.to_numeric(frame[b], errors="coerce")
        ok = d.notna() & x.notna()
        if ok.sum() >= 2 and bool(np.allclose(d[ok], x[ok], atol=1.0, rtol=1e-3)):
            return True
    return False


_KRONOR_PER = {"kr": 1.0, "tkr": 1e3, "mnkr": 1e6, "mdkr": 1e9}  # kronor in one unit of the column


def _position(form: Form, m: ValueMatch) -> int:
    pos = [i for i, t in enumerate(form.tokens) if t in m.qtokens]
    return min(pos) if pos else 10**6


def _compound_of(word: str, values) -> bool:
    """Is ``word`` a longer compound that only begins like a word of each value ("utvecklingsmedel"
    of "Utveckling av …"), not the value's word inflected ("värmland" of "Värmlands län")?"""
    return all(
        any(len(word) >= len(t) + 4 and word.startswith(t[:max(4, len(t) - 1)]) for t in value_tokens(v))
        and not any(word == t or (abs(len(word) - len(t)) <= 2 and word[:4] == t[:4]) for t in value_tokens(v))
        for v in values
    )


def _total_compared_with(g: _Given) -> str | None:
    """"Askersunds arbetslöshet jämfört med länet", "över eller under rikssnittet": a comparison
    with the county's or the country's own row, of a table that has no such row (a part table of
    areas) – the reading cannot make it, and a lookup of the one row would pass for an answer.
    Returns the phrase's word for what is missing ("länet", "riket")."""
    form, p = g.form, g.p
    if not (form.op == Op.COMPARE or form.relative):
        return None
    folded = fold(form.text)
    tw = total_words()
    for kind, attr, word in (("county", "county_totals", "länet"), ("country", "geo_totals", "riket")):
        if any(re.search(rf"(?<!\w){re.escape(x)}(?!\w)", folded) for x in tw[kind]):
            if not any(getattr(c, attr) for c in p.cats):
                return word
    return None


def _other_kind_of_rows(g: _Given) -> str | None:
    """"vilken kommun har lägst …" of a table whose rows are age groups: the question ranks places,
    and the table's rows are named as another kind ("Åldersgrupp") with no county among them, are
    bands of numbers, and no other column of it is a place – the places asked for are not in it.
    Returns the word for what is missing ("kommun"); None when the table may hold places."""
    form, p, label = g.form, g.p, g.label
    if g.form.op not in (Op.RANK, Op.THRESHOLD) or not form.subject or g.period_subject or label is None:
        return None
    subject = fold(form.subject)
    kind = translations().get(subject, subject)
    if not any(is_geo_header(w) for w in (subject, stem(subject), kind)):
        return None
    if not words(label.name) or is_geo_header(label.name) or any(is_county(v) for v in label.values):
        return None
    # rows of another kind by their own names: bands of numbers ("16-24 år", "55-64 år") – a
    # column of names says nothing (municipalities under a header "Verksamhet" are places)
    body = [v for v in label.values if v not in label.every_total]
    if not body or sum(1 for v in body if re.search(r"\d", v)) < 0.5 * len(body):
        return None
    if any(is_geo_header(c.name) or names_column(form.subject, c) for c in p.cats if c.role != "label"):
        return None
    return kind


def _places(cat: CatColumn) -> bool:
    """Whether a column's rows are places: named so (Kommun, Län, Region, Område …), or counties."""
    return bool(re.search(r"kommun|region|län|område|\bort\b", fold(cat.name))) or sum(1 for v in cat.values if is_county(v)) >= 3


def _is_amount(c: ValueColumn) -> bool:
    """A count or a sum of money (tkr, mnkr): a year's months add up to the year's figure."""
    return not c.is_share and (c.is_count or c.unit in _KRONOR_PER)


def _is_level(c: ValueColumn) -> bool:
    """A share or level (days, kronor per person …): read at a period's end, never summed over
    its months – unlike a count or an amount in thousands or millions of kronor."""
    return c.is_share or c.unit in ("dagar", "kr") or not _is_amount(c)


def _missing_row(p: Profile, form: Form) -> str | None:
    """"estetiska programmet" of a table whose rows are "Teknikprogrammet", "Ekonomiprogrammet" …:
    the question names a row of the kind the label lists (a word at least three rows end with)
    by a word no row has – a row the table lacks. None otherwise."""
    label = p.label
    if label is None or len(label.values) < 3:
        return None
    values = [fold(v) for v in label.values]
    toks = list(form.tokens)
    for i, tok in enumerate(toks[1:], start=1):
        if len(tok) < 6 or sum(1 for v in values if v.endswith(tok) or v.endswith(tok.removesuffix("et"))) < 3:
            continue
        mod = toks[i - 1]
        if len(mod) < 4 or mod in STOPWORDS or mod.isdigit():
            continue
        root = stem(mod)[:5]
        if not any(root in v for v in values):
            return f"{mod} {tok}"
    return None


def _one_row_each(p: Profile, group: str, filters: dict[str, tuple[str, ...]], latest: list[str]) -> bool:
    """Does every value of ``group`` hold one row within the filters, the latest periods pinned
    (a mean per group would only repeat each row's value)?"""
    df = _pinned(p, filters, latest)
    return bool(len(df)) and group in df.columns and bool(df.groupby(df[group].astype(str)).size().max() <= 1)


def _records(p: Profile, filters: dict[str, tuple[str, ...]], latest: list[str]) -> bool:
    """Rows that no category tells apart once the slice is fixed: a table of records (one row per
    case), where a question about a label is a group-by."""
    return p.record_level and cases_repeat(p, _pinned(p, filters, latest))


def _pinned(p: Profile, filters: dict[str, tuple[str, ...]], latest: list[str]):
    """The rows within ``filters``, each of the ``latest`` period columns at its latest value."""
    df = slice_rows(p.table.frame, filters)
    for k in latest:
        vals = df[k].astype(str)
        if len(vals):
            df = df[vals == max(vals.unique(), key=period_key)]
    return df


def _count_base(p: Profile, share: ValueColumn) -> str | None:
    """The count a share is a share of, for "hur många …" asked of a share: the count column the
    share's own header divides by ("Sjuka/arbetskraft" → "Arbetskraft, antal"), else the table's
    only count column."""
    counts = [v for v in p.values if v.unit in ("antal", "st") and v is not share]
    if "/" in share.name:
        denominator = share.all_terms - share.terms
        named = [v for v in counts if v.terms & denominator]
        if len(named) == 1:
            return named[0].name
    return counts[0].name if len(counts) == 1 else None


def _row_value(t, row: str, col: str, filters: dict[str, tuple[str, ...]]) -> float | None:
    df = t.frame
    mask = df[t.label_column].astype(str) == row
    for k, v in filters.items():
        mask &= df[k].astype(str).isin(v)
    vals = df.loc[mask, col].dropna()
    return float(vals.iloc[0]) if len(vals) == 1 else None


def _named_other_column(p: Profile, c: ValueColumn, form: Form, used: frozenset[str]) -> ValueColumn | None:
    """The one other value column of the same unit that the question names by a word its own
    column and its rows do not use ("… jämfört med budget" beside "Utfall")."""
    # the question's words, also those the form reads as a total ("kvinnor och män" is one)
    asked = list(form.content) + [t for t in form.tokens if t in total_phrase_words() and t not in form.content]
    words_ = [w for w in asked if w not in used and stem(w) not in c.all_terms]
    named = [o for o in p.values if o is not c and o.unit == c.unit and not o.is_change and any(stem(w) in o.terms for w in words_)]
    if len(named) > 1:
        # "män och kvinnor 16-24 år" beside "Män, 16-24": of "Kvinnor, 16-24 / 25-54 / 55-64", the
        # one that shares the rest of the column's name
        shared = [len(o.terms & c.terms) for o in named]
        best = max(shared)
        named = [o for o, n in zip(named, shared, strict=True) if n == best] if best else named
    return named[0] if len(named) == 1 else None


def _rest_column(p: Profile, c: ValueColumn) -> ValueColumn | None:
    """The column that holds "the rest" beside ``c`` ("Övriga befolkningen" beside
    "Personer med funktionsnedsättning"): another value column with the same unit whose
    header says rest/others."""
    rest = {fold(w) for w in lexicon()["form"]["rest"]}
    for o in p.values:
        if o is not c and o.unit == c.unit and any(w in rest for w in re.findall(r"\w+", fold(o.name))):
            return o
    same_unit = [o for o in p.values if o is not c and o.unit == c.unit]
    return same_unit[0] if len(same_unit) == 1 else None


def _names_the_set(m: ValueMatch, form: Form, label: CatColumn) -> bool:
    if not set(m.values) <= label.every_total:
        return False
    toks = form.tokens
    last = max((i for i, t in enumerate(toks) if t in m.qtokens), default=-1)
    if last < 0 or last + 1 >= len(toks):
        return False
    nxt = toks[last + 1]
    return nxt != toks[last] and names_column(nxt, label, by_values=False)


def _group_agg(op: Op, form: Form, c: ValueColumn) -> str:
    """The aggregate per group that ``op`` asks for."""
    if op == Op.COUNT:
        return "count"
    if op == Op.RANK:
        return "min" if form.direction == "asc" else "max"
    if op == Op.SUM and not c.is_share:
        return "sum"
    return "mean"


def _in_caption(p: Profile, word: str) -> bool:
    """Does the table's caption use the word (any spelling: stem, whole, without å/ä/ö)?"""
    return any(x in p.caption_terms for f in (stem(word), fold(word)) for x in (f, plain(f)))


def _group_column(p: Profile, form: Form) -> str | None:
    """The categorical column to group by: the one the question's subject or "per …" names
    ("vilken kommun" → Kommun), never an id column (every value different)."""
    n = len(p.table.frame)
    usable = [c for c in p.cats if not c.is_period and 2 <= len(c.values) < max(n, 3)]
    asked_words = [w for w in (*form.group_by, form.subject or "") if w]

    def prefixed(cat: CatColumn, w: str) -> bool:
        # a compound that starts with the column's header: "åldersgrupp" → Ålder
        return any(len(t) >= 3 and fold(w).startswith(t) and len(w) >= len(t) + 4 for t in cat.terms)

    def cognate(cat: CatColumn, w: str) -> bool:
        # "cluster" for Kluster, "region" for Regioner: one letter apart, as an English word
        # and its Swedish header often are (a header in the other language is no typo of it)
        names = {t for t in cat.terms if len(t) >= 5} | {fold(cat.name)}
        return len(w) >= 5 and any(Levenshtein.normalized_similarity(x, t) >= 0.8 for t in names for x in (fold(w), stem(w)))

    best = None
    for words_, test in ((asked_words, lambda cat, w: names_column(w, cat, by_values=True)),
                         (asked_words, prefixed),
                         (asked_words, cognate),
                         (list(form.content), lambda cat, w: names_column(w, cat, by_values=False))):
        best = next((cat.name for cat in usable if any(test(cat, w) for w in words_)), None)
        if best:
            break
    if best is None and form.group_by and p.record_level and all(_in_caption(p, w) for w in form.group_by):
        return None  # "per varsel" of a table of notices: each notice, the rows themselves
    if best is None and p.record_level and p.label is not None:
        best = p.label.name
    return best
