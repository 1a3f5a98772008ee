"""Building the ``StatQuery`` of a reading: its rows, filters, period, breakdown and operation.

The resolver (``resolve.py``) decides which (table, value column) a question is about; this
module turns that decision into the fixed pandas steps ``query.py`` runs – which rows the
question names (or the previous answer's rows for "där"), which period (asked, or the latest),
which breakdown (and whether the table lacks the one asked for), and whether a count is to be
derived from a share and its base.

Why one module of this size: rows, filters, periods and the operation of one query decide each
other (a follow-up's rows, a year of months summed, a change column's sign); they are settled in
one pass over one reading. What a table lacks (period, place, split) is in ``coverage.py``.
"""
from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from rapidfuzz.distance import Levenshtein

from ingest.swedish import STOPWORDS, fold, period_key, plain, stem
from ingest.tables import is_county

from .coverage import header_names_period, missing_breakdown, missing_place
from .form import PERIOD_SUBJECTS, Form, Op, Threshold, asks, lexicon, total_phrase_words, translations
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
)
from .query import StatQuery

if TYPE_CHECKING:
    from .resolve import Context, Reading




# "hur många varsel …" of a table of notices counts the notices unless a word of the question
# names the column of counts ("hur många personer berördes" of "antal_berorda"): the share of
# the question's word weight that the column explains, below which it is not named
NAMES_COLUMN = 0.05


def build_query(r: Reading, form: Form, follow: Context | None) -> None:
    p, c = r.profile, r.column
    t = p.table
    label = p.label
    label_name = t.label_column
    matches = r.matches
    period_subject = fold(form.subject or "") in PERIOD_SUBJECTS  # "vilket år", "vilken månad"
    col_words = {w for w in form.content if stem(w) in c.all_terms}
    label_m = [m for m in matches if label and m.column == label.name and not (m.qtokens <= col_words)]
    if label is not None and form.op in (Op.MEAN, Op.SUM, Op.RANK, Op.THRESHOLD, Op.COUNT):
        # "snittet för Dalarnas kommuner": a total row named right before the plural of what the
        # label column lists names the set of its rows, not itself
        label_m = [m for m in label_m if not _names_the_set(m, form, label)]
    dim_m = [m for m in matches if not label or m.column != label.name]
    # "hur mycket företagsstöd beviljades" of a table whose caption is about företagsstöd: the
    # word says what the table is about, not which of its values ("Företagsstöd för utveckling",
    # named only in part) to keep
    # "jämför Dalarnas län och Gävleborgs län": the counties' own rows, not the municipalities
    # inside them (the derived county column is for rankings and sums over a county's rows)
    if form.op in (Op.LOOKUP, Op.COMPARE, Op.TREND):
        dim_m = [m for m in dim_m if not (m.column in DERIVED_COUNTY and any(m.qtokens == x.qtokens for x in label_m))]
    # … nor does a word that names a row whole ("Ludvika") name slices it is only part of
    # ("Ludvika Älvteknik AB" of the recipients)
    whole_rows = [m.qtokens for m in label_m if m.coverage >= 0.999]
    dim_m = [
        m for m in dim_m
        if not (m.coverage < 0.999 and all(_in_caption(p, w) for w in m.qtokens) and not names_measures(p.cat(m.column).values))
        and not (m.coverage < 0.999 and any(m.qtokens <= q for q in whole_rows))
    ]
    # a row named by fewer of the same words than a slice is not named: "södra länsdelens"
    # is the Södra länsdelen slice, not the row "Norra länsdelen, orange kluster"
    label_m = [m for m in label_m if not any(m.qtokens < d.qtokens for d in dim_m if d.column not in DERIVED_COUNTY)]
    op = form.op
    direction = form.direction
    change_threshold = None
    if c.is_change and form.change:
        # the column is the change already: read it, never a change of the change
        if op == Op.TREND:
            op = Op.LOOKUP
        if op == Op.RANK and form.change_down and form.direction == "desc":
            direction = "asc"  # "tappade mest": the most negative change first
        if form.threshold is None and not form.relative and (op == Op.COUNT or (op in (Op.LOOKUP, Op.COMPARE) and form.plural)):
            # "vilka leverantörer ökade?", "hur många tappade?": the rows whose change has that sign
            change_threshold = Threshold("<" if form.change_down else ">", 0.0, False)
            if op != Op.COUNT:
                op = Op.THRESHOLD
    # "vilken kommun ökade mest mellan 2020 och 2021": the rows ranked by their change over time,
    # when the table has times to compute it from and no column of change already
    ranked_change = (
        form.change and not c.is_change and direction is not None and op in (Op.RANK, Op.COMPARE)
        and any(cat.is_period and cat.role != "label" and len(cat.values) > 1 for cat in p.cats)
    )
    if ranked_change:
        op = Op.TREND
        if form.change_down and direction == "desc":
            direction = "asc"
        # "i Dalarna" names the set of the ranked rows, not a row to follow
        label_m = [m for m in label_m if not (label is not None and set(m.values) <= label.every_total)]
    rows: list[str] = []
    scope: list[str] = []
    for m in sorted(label_m, key=lambda m: _position(form, m)):
        if len(m.values) > 1 and op in (Op.RANK, Op.THRESHOLD, Op.SUM, Op.MEAN, Op.COUNT):
            scope += [v for v in m.values if v not in scope]
        else:
            rows += [v for v in m.values if v not in rows]
    filters: dict[str, tuple[str, ...]] = {}
    defaults: dict[str, str] = {}
    for m in dim_m:
        filters[m.column] = tuple(dict.fromkeys(filters.get(m.column, ()) + m.values))
    # a follow-up keeps the previous rows and slices unless it names new ones
    inherited_n = None
    inherited_agg = None  # "och i Västmanland?" after "flest beviljade per kommun": counted again
    counts_again = False  # "och i Växjö?" after "hur många pågående projekt finns i Ljungby?"
    trend_again = None  # the trend a follow-up naming another row continues
    if follow is not None and follow.query.table_id == p.id:
        prev = follow.query
        if (
            prev.op in (Op.RANK, Op.THRESHOLD) and op == Op.LOOKUP and not form.op_explicit and not form.refers_back
            and not rows and not scope and (dim_m or form.months or form.years or form.quarters or form.periods)
        ):
            # "Och bland inrikes födda?" / "Och i januari då?" after a ranking: the same ranking of
            # another slice or period – the rows the ranking returned were its answer, not rows
            # the question named
            op, direction, inherited_n = prev.op, prev.direction, prev.n
            inherited_agg = prev.agg if prev.group_by else None
            if prev.threshold is not None and form.threshold is None:
                # the stored bound is already in the column's own unit
                change_threshold = Threshold(prev.threshold.op, prev.threshold.value, False)
        counts_again = prev.op == Op.COUNT and prev.agg == "count" and op == Op.LOOKUP and not form.op_explicit and form.wants is None
        if (
            prev.op == Op.TREND and prev.periods and op == Op.LOOKUP and not form.op_explicit and form.wants is None
            and not (form.years or form.months or form.quarters or form.periods) and prev.column == c.name
        ):
            # "Och i Skåne?" after "hur har sjukpenningtalet utvecklats i Norrbotten 2021–2024?":
            # the same change for the new row, not its latest level
            op, direction = Op.TREND, prev.direction
            trend_again = prev
        if not rows and not scope and op == Op.LOOKUP and follow.labels or (form.refers_back and not rows and not scope and follow.labels):
            rows = [x for x in follow.labels if x]
        period_ranking = op in (Op.RANK, Op.THRESHOLD) and period_subject
        if not rows and not scope and (not form.op_explicit or period_ranking) and prev.rows:
            rows = list(prev.rows)  # "vilket år var det högst?" ranks the years of the same rows
        if not rows and not scope and counts_again and prev.scope:
            rows = list(prev.scope)  # "och året innan?" after "hur många varsel i Mora 2023?": Mora's cases
        if op == Op.COMPARE and len(rows) == 1 and not scope:
            # "jämför med länet" after an answer about one row: that row against the new one
            before = [x for x in (prev.rows or tuple(follow.labels)) if x and x not in rows]
            if len(before) == 1:
                rows = before + rows
        for k, v in prev.filters:
            if k not in filters and not any(k == d for d, _ in prev.defaults):
                filters[k] = v
        if form.year_shift and not (form.years or form.months or form.quarters or form.periods):
            # "och året innan?": each period of the previous answer, a year earlier, where the table has it
            for cat in p.cats:
                if cat.is_period and cat.name in filters:
                    moved = tuple(_shift_year(v, form.year_shift) for v in filters[cat.name])
                    if _event_dates(p, cat):
                        # the dates of cases are not shifted one by one: every case dated in the year(s) before
                        years = {period_key(v)[0] for v in moved} - {0}
                        moved = tuple(v for v in cat.values if period_key(v)[0] in years)
                    if moved and all(m in cat.values for m in moved):
                        filters[cat.name] = moved
                    else:  # the year before is not in the table: said, never the same year again
                        r.missing_period = ", ".join(sorted({str(period_key(v)[0] + form.year_shift) for v in filters[cat.name]}))
                        r.query = StatQuery(t.id, c.name, op)
                        return
    frame = t.frame
    # a word names one thing: when "karlskoga norra" names the row, a slice named by part of
    # the same words ("Norra länsdelen") that leaves the row out is not asked for
    if rows and label_name in frame.columns:
        named_by_rows = [m.qtokens for m in label_m]
        for m in dim_m:
            if m.column in filters and any(m.qtokens < q for q in named_by_rows):
                keep = frame[label_name].astype(str).isin(rows) & frame[m.column].astype(str).isin(filters[m.column])
                if not keep.any():
                    filters.pop(m.column)
    for cat in p.cats:
        if cat.role == "label" or cat.name in filters or cat.is_period:
            continue
        if cat.totals:
            named = rows or scope
            in_total = frame[cat.name].astype(str) == cat.totals[0]
            if named:
                rows_mask = frame[label_name].astype(str).isin(named)
                if not (rows_mask & in_total).any():
                    continue  # the named rows lie outside the total slice: keep them
            filters[cat.name] = (cat.totals[0],)
            if len(cat.values) > 1:
                defaults[cat.name] = cat.totals[0]
    # "vilken månad 2020", "per år": every period of the asked ones is a group, none is reduced
    unit_word = next((w for w in (*form.group_by, form.subject or "") if fold(w) in PERIOD_SUBJECTS), None)
    unit_asked = unit_word is not None
    # periods: the asked ones, else the latest (decided after the other filters)
    latest: list[str] = []
    period_column = None
    period_sum = None
    periods: list[str] = []
    period_rows: list[str] = []  # label values named by the asked periods ("2019 Januari" …)
    dated = _dated_column(p, form)
    for cat in p.cats:
        if not cat.is_period:
            continue
        if dated is not None and cat.name != dated and _event_dates(p, cat) and cat.role != "label":
            continue  # "startade 2024" of a start and an end date: the year is the start's
        wanted = _period_match(cat, form)
        if op in (Op.SUM, Op.MEAN):
            wanted = _period_range(cat, wanted, form)
        if wanted is None:  # nothing asked
            if cat.role == "label" or _event_dates(p, cat):
                continue
            if len(cat.values) > 1:
                if op == Op.TREND and period_column is None:
                    period_column = cat.name
                latest.append(cat.name)
            continue
        if not wanted:
            r.missing_period = _asked_period_text(form)
            return_missing = True
            if return_missing:
                r.query = StatQuery(t.id, c.name, op)
                return
        if _event_dates(p, cat) and cat.role != "label":
            if set(wanted) != set(cat.values):  # "beviljade 2023": every case dated in 2023
                filters[cat.name] = tuple(wanted)
            continue
        if op == Op.COMPARE and len(wanted) == 2 and len(rows) < 2 and cat.role != "label":
            op = Op.TREND  # "2021 jämfört med 2025": a change between two periods
        if op == Op.TREND and len(wanted) >= 2:
            period_column = cat.name
            periods = [min(wanted, key=period_key), max(wanted, key=period_key)]
            continue
        if op == Op.TREND and len(wanted) == 1 and cat.role != "label":
            # "ökat sedan 2014": from the asked period to the latest
            period_column = cat.name
            periods = [wanted[0], max(cat.values, key=period_key)]
            continue
        two_years = op == Op.COMPARE and len(set(form.years)) == 2  # each year's periods, see _year_groups
        if len(wanted) > 1 and not form.periods and cat.role != "label" and op not in (Op.TREND, Op.MEAN) and not form.span and not two_years:
            # a year asked of monthly or quarterly figures: a count is summed over the
            # year's periods, a share or level is read at the year's last period – unless the
            # question asks for the total ("totalt 2014"), which sums any amount
            if not unit_asked and (c.is_share or (op != Op.SUM and _is_level(c))):
                wanted = [max(wanted, key=period_key)]
            elif unit_asked and op in (Op.RANK, Op.THRESHOLD) and (c.is_share or _is_level(c)):
                pass  # "vilken månad 2021 var andelen högst": the year's months are ranked, not summed
            else:
                period_sum = cat.name
        if cat.role == "label" and len(wanted) > 1 and op == Op.LOOKUP and not form.periods and not form.span and not unit_asked:
            # a year asked of a table whose rows are months ("under 2023"): an amount is the
            # year's sum, a share or level its last month – as for a period column beside the rows
            if _is_level(c):
                wanted = [max(wanted, key=period_key)]
            else:
                op = Op.SUM
        if cat.role == "label":
            rows += [v for v in wanted if v not in rows]
            period_rows += wanted
        else:
            filters[cat.name] = tuple(wanted)
    if op in (Op.MEAN, Op.SUM) and (
        any(filters.get(cat.name) for cat in p.cats if cat.is_period)
        or (form.years and set(form.years) <= p.caption_years and not form.months and not form.quarters and not form.periods)
    ):
        # "snittet under 2021" of monthly rows: the year's months all count; no other spelling
        # of time (a month column) is pinned to the latest – also when the year is the table's
        # own (a sheet "2024" of months)
        latest = []
    lacking_row = None if rows or scope else _missing_row(p, form)
    if lacking_row:
        r.missing_row = lacking_row
        r.missing_breakdown = r.missing_place = lacking_row  # (read as missing wherever a reading is weighed)
        r.query = StatQuery(t.id, c.name, op)
        return
    lacking_place = missing_place(p, form, matches)
    if lacking_place:
        # a place the table lacks is, like a split it lacks, a reason not to answer from it
        r.missing_breakdown = r.missing_place = lacking_place
        r.query = StatQuery(t.id, c.name, op)
        return
    timeless = not any(x.is_period for x in p.cats) and not p.caption_years
    # periods without a year (months of a sheet whose caption names its year): the caption's
    # years are all the table has, and an asked year beyond them is missing ("från juni 2023
    # till juni 2024" of the sheet for 2024)
    yearless = any(x.is_period for x in p.cats) and all(period_key(v)[0] == 0 for x in p.cats if x.is_period for v in x.values)
    if (
        form.years and not any(c.is_period for c in p.cats) and p.caption_years and not set(form.years) & p.caption_years
        and not header_names_period(c.name, form)
    ) or (form.years and yearless and p.caption_years and not set(form.years) <= p.caption_years) or (
        # "Gästnätter 2023", "Gästnätter 2024" as columns: 2019 is in none of them
        form.years and not any(x.is_period for x in p.cats) and header_years(p)
        and not set(form.years) & (header_years(p) | p.caption_years) and not header_names_period(c.name, form)
    ) or (
        form.years and timeless and follow is not None and follow.query.table_id == p.id
    ):
        # "och hur var det 2022?" of a table that shows one unnamed period: the same figures
        # again would pass for 2022's
        lacking_years = sorted(set(form.years) - p.caption_years) if yearless and p.caption_years else (
            sorted(set(form.years) - header_years(p)) if header_years(p) else []
        )
        r.missing_period = ", ".join(map(str, lacking_years)) if lacking_years else _asked_period_text(form)
        r.query = StatQuery(t.id, c.name, op)
        return
    lacking = missing_breakdown(p, form)
    if lacking:
        r.missing_breakdown = lacking
        r.query = StatQuery(t.id, c.name, op)
        return
    if op == Op.TREND and periods:
        # one period column carries the trend; the others (år, månad, år_månad …) are other
        # spellings of the same time and must not pin it to one period
        others = {cat.name for cat in p.cats if cat.is_period and cat.name != period_column}
        filters = {k: v for k, v in filters.items() if k not in others}
        latest = [x for x in latest if x not in others and x != period_column]
    if op == Op.TREND and trend_again is not None and not periods and trend_again.period_column in {x.name for x in p.cats}:
        period_column, periods = trend_again.period_column, list(trend_again.periods)
        filters.pop(period_column, None)
        latest = [x for x in latest if x != period_column]
    if op == Op.TREND:
        if period_column and not periods:
            vals = sorted(p.cat(period_column).values, key=period_key)
            asked = filters.pop(period_column, None)
            end = asked[-1] if asked else vals[-1]
            start = form_start(vals, end, form)
            periods = [start, end] if start else []
            latest = [x for x in latest if x != period_column]
        if not periods:
            op = Op.LOOKUP
        elif periods[0] == periods[-1]:
            # "från januari 2020 till januari 2021" in a table of 2014, 2018 and 2021: the start
            # is missing, and a change from 2021 to 2021 is no answer
            r.missing_period = _asked_period_text(form) or periods[0]
            r.query = StatQuery(t.id, c.name, op)
            return
    # "röda respektive orangea kluster", "snittet i röda och orangea": two or more values of one
    # dimension named for an aggregate are its groups; a row whose name only repeats those
    # words ("Orange kluster") is not asked for
    split_by = None
    split = next((m.column for m in dim_m if len(filters.get(m.column, ())) >= 2 and not p.cat(m.column).is_period), None)
    # a sum or count over two named values is one total ("i Falun och Borlänge sammanlagt")
    # unless the question asks for each ("respektive", "var för sig", "jämfört med")
    each = "respektive" in form.tokens or bool(re.search(r"\bvar för sig\b|\bvardera\b|\bjämfört\b|\bjämför\b", fold(form.text)))
    if split and (each or op in (Op.MEAN, Op.RANK)):
        said = frozenset().union(*(m.qtokens for m in dim_m if m.column == split))
        drop = {v for m in label_m if m.qtokens & said for v in m.values}
        rows = [x for x in rows if x not in drop]
        scope = [x for x in scope if x not in drop]
        if not rows:
            split_by = split
    # "2019 jämfört med 2020" of monthly or quarterly rows: one figure per year – its periods
    # summed for an amount, averaged for a rate – and the change between them
    group_by = None
    agg = None
    period_groups: tuple[tuple[str, tuple[str, ...]], ...] = ()
    if op in (Op.COMPARE, Op.TREND) and not ranked_change and not unit_asked and not (form.periods or form.months or form.quarters):
        real_rows = [x for x in rows if x not in period_rows]
        yearly = _year_groups(p, form, filters, period_column, periods, real_rows)
        if yearly is not None:
            group_by, period_groups = yearly
            agg = "mean" if _is_level(c) else "sum"
            keep = {k: v for k, v in filters.items() if not (p.cat(k) is not None and p.cat(k).is_period)}
            filters = {**keep, group_by: tuple(v for _, vs in period_groups for v in vs)}
            latest, period_sum, period_column, periods = [], None, None, []
            scope, rows = real_rows, []
            op = Op.TREND
    # shape the operation to what the rows allow
    if op == Op.COMPARE:
        if len(rows) < 2 and form.rest:
            other = _rest_column(p, c)
            if other is not None:
                r.query = StatQuery(
                    t.id, c.name, Op.COMPARE, tuple(rows), tuple(scope), tuple(filters.items()),
                    tuple(defaults.items()), tuple(latest), other_column=other.name,
                )
                return
        if len(rows) < 2 and not form.rest:
            # "utfallet för mervärdesskatten jämfört med budget": two measures of the same row
            other = _named_other_column(p, c, form, frozenset().union(*(m.qtokens for m in matches)) if matches else frozenset())
            if other is not None and len(rows) == 1:
                r.query = StatQuery(
                    t.id, c.name, Op.COMPARE, tuple(rows), tuple(scope), tuple(filters.items()),
                    tuple(defaults.items()), tuple(latest), other_column=other.name,
                )
                return
        two_slices = len(rows) == 1 and sum(
            1 for k, v in filters.items() if len(v) == 2 and p.cat(k) is not None and not p.cat(k).is_period
        ) == 1
        if len(rows) < 2 and not two_slices:
            op = Op.LOOKUP  # ("skillnad mellan kvinnor och män i Skellefteå": one row, two slices, compared)
    if (
        op == Op.LOOKUP and (form.wants == "count" or counts_again) and not scope and not form.group_by and form.threshold is None and not form.relative
        and (c.unit in _KRONOR_PER or r.features.get("col", 0) < NAMES_COLUMN) and _records(p, filters, latest)
        and (not rows or _records(p, {**filters, label_name: tuple(rows)}, latest))
    ):
        # "hur många ansökningar fick avslag (i Västerås)?" of a table of cases: the cases
        # counted, when the counted noun is no column of counts
        op, agg = Op.COUNT, "count"
        scope, rows = rows, []
    if (
        op == Op.LOOKUP and not rows and (form.wants == "count" or form.quantity) and not c.is_share and not c.is_change
        and form.threshold is None and not form.group_by
        and (_records(p, filters, latest) or (c.is_count and any(k in DERIVED_COUNTY for k in filters)))
    ):
        # (… and "hur många personer 65+ i hela Örebro län" of municipalities that lie in the
        # county by their codes, with no row of the county's own: its municipalities added up)
        # "hur många personer berördes av varsel i Gävleborg 2023" of a table of notices: each
        # notice's count added up over the slice (within the named rows, if any), not a list of rows
        op = Op.SUM
    if op == Op.LOOKUP and not rows and scope:
        rows, scope = scope, []
    if op in (Op.RANK, Op.THRESHOLD) and not rows and not scope and label is not None and form.subject and not period_subject:
        # "vilket län …" / "vilken kommun …" of a column holding both ("20 Dalarnas län", "2080
        # Falun"): the rows of the level asked for, not the two levels ranked together
        level = translations().get(fold(form.subject), fold(form.subject))
        if level in ("län", "kommun"):
            body_values = [v for v in label.values if v not in label.every_total]
            counties = [v for v in body_values if is_county(v) and re.search(r"\blän\b", fold(v))]
            others = [v for v in body_values if not re.search(r"\blän\b|region|landsting", fold(v))]
            if counties and others and len(counties) + len(others) == len(body_values):
                scope = counties if level == "län" else others
    named_n = None
    if op == Op.RANK and len(rows) >= 2 and not scope:
        # "Örebro söder eller Västhaga-Solhaga – var är den högst?": ranked among the named
        # rows, and all of them shown, not the whole table's top row
        scope, rows = rows, []
        named_n = len(scope)
    over_periods = any(len(filters.get(cat.name, ())) > 1 for cat in p.cats if cat.is_period) or (
        op == Op.MEAN and len(rows) == 1 and _periods_of_row(p, rows[0], filters) > 1
    )
    if op in (Op.SUM, Op.MEAN) and len(rows) == 1 and not scope and not over_periods:
        op = Op.LOOKUP  # "totalt i Vivalla": one row is its own total
    if split_by is not None:
        group_by, agg, op = split_by, _group_agg(op, form, c), Op.RANK
    # "vilket år betalades mest ut", "snittet per år": a period unit over finer rows (months)
    # is a group per period, summed for amounts and counts, averaged for rates
    if group_by is None and unit_asked and op in (Op.RANK, Op.MEAN, Op.SUM, Op.LOOKUP):
        pc = _period_cat_for(p, unit_word)
        if pc is not None and _finer_than(p, pc, filters, rows):
            latest = []  # every period inside the groups counts, none is pinned to the latest
            group_by = pc.name
            agg = "mean" if op == Op.MEAN or not _is_amount(c) else "sum"
            if op == Op.RANK and unit_word in form.group_by:
                agg = _group_agg(op, form, c)  # "lägsta månadsnotering per år": the minimum within each
            if rows:
                scope, rows = list(rows), []
            op = Op.RANK
    # "per månad" that the periods above could not group (one row per month already) asks for no
    # group of rows: "snittet per månad i Dalarna" is the mean over Dalarna's months
    named_group = any(fold(w) not in PERIOD_SUBJECTS for w in form.group_by) or (bool(form.group_by) and not rows)
    if group_by is None and (named_group or (op in (Op.RANK, Op.SUM, Op.MEAN, Op.THRESHOLD) and not rows and not period_sum and _records(p, filters, latest))):
        group_by = _group_column(p, form)
        if group_by is not None and op == Op.THRESHOLD and not form.group_by and not (
            form.subject and names_column(form.subject, p.cat(group_by), by_values=False)
        ):
            group_by = None  # "vilka ärenden har över 500 000 kr": the cases themselves, not a group
        if group_by is not None:
            # "flest ärenden": when the counted noun is no value column, count the rows
            # ("flest beviljade" of a column of kronor counts the cases: a number of kronor is no "flest")
            money = c.unit in _KRONOR_PER
            agg = "mean" if op == Op.MEAN else ("count" if form.wants == "count" and (c.is_share or money or r.features.get("col", 0) < NAMES_COLUMN) else "sum")
            if inherited_agg is not None and form.wants is None and op != Op.MEAN:
                agg = inherited_agg
            subject_is_group = bool(form.subject) and names_column(form.subject, p.cat(group_by), by_values=False)
            if op == Op.RANK and form.group_by and not subject_is_group and agg != "count":
                # "vilket område i varje länsdel har högst": the top row of each group
                agg = _group_agg(op, form, c)
            elif agg == "sum" and c.is_share:
                agg = "mean"  # shares are never added up
            if op in (Op.SUM, Op.MEAN) and not form.group_by:
                group_by, agg = None, None
            elif op == Op.MEAN and group_by is not None and _one_row_each(p, group_by, filters, latest):
                # "snittet per kommun i Dalarna" when each municipality is one row: the mean over
                # the municipalities, not each one's own value; the set's own total row ("Dalarna")
                # is no member of it
                group_by, agg = None, None
                if label is not None and rows and set(rows) <= label.every_total:
                    rows = []
        elif op == Op.MEAN and label is not None and rows and set(rows) <= label.every_total and any(
            fold(w) not in PERIOD_SUBJECTS for w in form.group_by
        ):
            rows = []  # "snittet per kommun i Dalarna", no column named for "kommun": over the members
    if (
        group_by is None and op in (Op.RANK, Op.THRESHOLD) and label is not None and c.is_count and not c.is_share
        and (not rows or set(rows) <= label.every_total) and not _records(p, filters, latest)
    ):
        # "minst antal 16-19-åringar" of a population by age and sex with no total for sex:
        # each row's parts of an open breakdown (kön, ålder) add up to the row's count
        parts = [x for x in p.cats if x.role != "label" and not x.is_period and x.name not in filters and not x.totals
                 and len(x.values) > 1 and is_breakdown(x, t.caption)]
        if parts:
            group_by, agg = label.name, "sum"  # within the scope's rows, if any
            rows = []  # "i Jönköpings län" named the set, whose total row is no member
    if period_sum and group_by is None and label is not None:
        # the year's periods summed per row: a group-by over the label within the filters
        group_by, agg = label.name, "sum"
        if rows:
            scope, rows = list(rows), []
        if op not in (Op.RANK, Op.THRESHOLD):
            op = Op.RANK
    # "vilken åldersgrupp har högst …": the subject names a dimension; rank over its values
    over = None
    if op in (Op.RANK, Op.THRESHOLD) and form.subject and group_by is None:
        # of several period columns (År, Månad), the one the subject names first
        cats = sorted(p.cats, key=lambda x: _unit_rank(x, form.subject) if x.is_period and period_subject else 2)
        for cat in cats:
            names_it = stem(form.subject) in cat.terms or fold(form.subject).startswith(fold(cat.name))
            if cat.role == "dimension" and len(cat.values) > 1 and cat.name not in DERIVED_COUNTY and (
                (not cat.is_period and names_it) or (cat.is_period and period_subject)
            ):
                latest = [x for x in latest if x != cat.name]
                over = cat.name
                if not (cat.is_period and len(filters.get(cat.name, ())) > 1):
                    filters.pop(cat.name, None)  # … but "vilken månad 2021" ranks 2021's months
                defaults.pop(cat.name, None)
                if rows:
                    scope, rows = list(rows), []
                break
    base = _count_base(p, c) if (form.wants == "count" and c.is_share and op in (Op.LOOKUP, Op.COMPARE, Op.RANK)) else None
    threshold = form.threshold or change_threshold
    relative = form.relative
    if threshold is None and relative is None and form.beyond is not None and rows and (form.plural or op == Op.COUNT):
        # "vilka kommuner ligger under riket": the row the word names is the bar
        bar = list(dict.fromkeys(x for m in label_m if form.beyond[1] in m.qtokens for x in m.values if x in rows))
        if len(bar) == 1:
            relative = form.beyond[0]
            rows = [x for x in rows if x != bar[0]] + bar
    if threshold is None and relative and rows:
        # "högre sjukskrivning än länet": the named row is the bar, the others are compared with it
        ref = rows[-1]
        # the bar's own row ("Riket") lies in no county: the derived county slice is not its
        value = _row_value(t, ref, c.name, {k: v for k, v in filters.items() if k not in DERIVED_COUNTY})
        if value is not None:
            threshold = Threshold(relative, value, False)
            rows = [x for x in rows if x != ref]
            if label is not None and rows and all(x in label.every_total for x in rows):
                rows = []  # "kommuner i Västerbotten" of Västerbotten's table: the county's row names the set, not a row
            if op not in (Op.COUNT,):
                op = Op.THRESHOLD
    versus: tuple[str, str] = ()
    if threshold is None and form.beyond is not None and not rows and group_by is None and op in (Op.LOOKUP, Op.THRESHOLD, Op.COUNT):
        # "vilka verksamheter gick över budget?": each row's amount against its budget
        pair = _column_relation(p, c, form.beyond[1])
        if pair is not None:
            c, other = pair
            versus = (form.beyond[0], other.name)
            op = Op.COUNT if op == Op.COUNT or form.wants == "count" else Op.THRESHOLD
    if op in (Op.MEAN, Op.COUNT, Op.SUM, Op.COMPARE, Op.LOOKUP) and not rows and group_by is None:
        named = [m for m in dim_m if len(filters.get(m.column, ())) >= 2]
        if named and (op != Op.LOOKUP or form.wants == "count"):
            group_by = named[0].column
            agg = {Op.MEAN: "mean", Op.SUM: "sum"}.get(op, "count" if (op == Op.COUNT or form.wants == "count") else "mean")
            op = Op.RANK
    also: tuple[str, ...] = ()
    if c.is_change and op == Op.LOOKUP and len(rows) == 1:
        # a change is read with its other measures: "+150 (+16,2 %)", and the level it changed to
        others = [v.name for v in p.values if v is not c]
        also = tuple(sorted(others, key=lambda n: not is_change_header(n))[:3])
    elif c.is_share and op == Op.LOOKUP and len(rows) == 1 and asks("count", form) and asks("share", form):
        # "hur många är sjuka i länet, och hur stor andel är det?": the count the share counts
        # (the numerator of "Sjuka/arbetskraft") beside it
        also = tuple(v.name for v in p.values if v is not c and v.is_count and not v.is_change and v.terms & c.terms)[:1]
    if rows and op not in (Op.RANK, Op.THRESHOLD) and any(is_county(x) for x in rows):
        # "arbetslösheten i Dalarnas län": the county's own row, which lies in no county – the
        # derived county column slices the rows inside it, for rankings and sums over them
        for name in DERIVED_COUNTY:
            filters.pop(name, None)
    if threshold is not None and c.unit == "andel" and threshold.percent:
        threshold = Threshold(threshold.op, threshold.value / 100, True)
    if threshold is not None and threshold.kronor and c.unit in _KRONOR_PER:
        # "mer än 5 miljoner kr" of a column in tkr: 5 000 tkr
        threshold = Threshold(threshold.op, threshold.value / _KRONOR_PER[c.unit], False, True)
    if (
        form.op in (Op.RANK, Op.THRESHOLD) and op == form.op and form.relative is None and len(rows) == 1 and not scope
        and group_by is None and over is None and form.subject and not period_subject
        and label is not None and rows[0] not in label.every_total and _places(label)
        and not any(m.column in filters and m.qtokens & named for m in dim_m for named in [frozenset().union(*(x.qtokens for x in label_m))])
    ):
        # "vilken kommun i Skåne …" of a table of counties: the one row named is a peer of the
        # rows to be ranked, not the set they belong to – nothing inside it is in the table, and
        # a ranking of every county would answer another question
        from ..labels import display_label

        r.missing_place = r.missing_breakdown = f"något inom {display_label(rows[0])}"
        r.query = StatQuery(t.id, c.name, op)
        return
    r.query = StatQuery(
        table_id=t.id,
        column=c.name,
        op=op,
        rows=tuple(rows),
        scope=tuple(scope),
        filters=tuple(filters.items()),
        defaults=tuple(defaults.items()),
        latest=tuple(latest),
        direction=direction or ("desc" if op == Op.RANK else None),
        also=also,
        n=form.n or named_n or inherited_n or (5 if form.plural and op == Op.RANK and not group_by else None),
        threshold=threshold,
        group_by=group_by,
        agg=agg,
        periods=tuple(periods),
        period_column=period_column,
        over=over,
        period_sum=period_sum,
        period_groups=period_groups,
        base=base,
        versus=versus,
    )


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


def _places(cat: CatColumn) -> bool:
    """Whether a column's rows are places: named so (Kommun, Län, Region, Område …), or counties."""
    return bool(re.search(r"kommun|region|län|område|\bort\b", fold(cat.name))) or sum(1 for v in cat.values if is_county(v)) >= 3


def _period_match(cat: CatColumn, form: Form) -> list[str] | None:
    """The values of a period column the question asks for; None when it asks for none that
    this column can express, [] when it asks for one the column lacks."""
    name = fold(cat.name)
    keys = {v: period_key(v) for v in cat.values}
    monthly = any(len(k) == 2 and k[0] == 0 and 1 <= k[1] <= 12 for k in keys.values()) or name.startswith(("månad", "month"))
    yearly = any(k[0] > 0 for k in keys.values())  # years, or periods or dates within years
    asked = False
    out = list(cat.values)
    if form.periods:
        want = {period_key(x.replace(" ", "")) for x in form.periods}
        hit = [v for v in cat.values if keys[v] in want or fold(v) in {fold(x) for x in form.periods}]
        if yearly:
            return hit
    if form.years and yearly:
        asked = True
        out = [v for v in out if keys[v][0] in form.years]
        subs = {keys[v][1] for v in out if keys[v][1]}
        if form.months and subs:
            out = [v for v in out if keys[v][1] in form.months]
        elif form.quarters and subs:
            quarterly = _quarterly(keys)
            out = [v for v in out if _in_quarters(keys[v], form.quarters, quarterly)]
    elif form.quarters and yearly:
        subs = {keys[v][1] for v in out if len(keys[v]) in (2, 3) and keys[v][1]}
        if subs:
            asked = True
            quarterly = _quarterly(keys)
            latest_year = max(keys[v][0] for v in out)
            out = [v for v in out if keys[v][0] == latest_year and _in_quarters(keys[v], form.quarters, quarterly)]
    elif form.months and monthly:
        asked = True
        out = [v for v in out if (len(keys[v]) == 2 and keys[v][0] == 0 and keys[v][1] in form.months)]
    return out if asked else None


def _quarterly(keys: dict[str, tuple]) -> bool:
    """Are a period column's values quarters ("2024K1", "201903***": at most four per year), not
    months or dates?"""
    subs = [k[1] for k in keys.values() if len(k) == 2 and k[0] > 0]
    return bool(subs) and max(subs) <= 4 and not any(len(k) == 3 and k[0] > 0 for k in keys.values())


def _in_quarters(key: tuple, quarters: tuple[int, ...], quarterly: bool) -> bool:
    """Is a period within the asked quarters: a quarter itself, or a month or date in one
    ("2024-02", "2024-03-15" for "första kvartalet")?"""
    if quarterly:
        return len(key) == 2 and key[1] in quarters
    return len(key) >= 2 and 1 <= key[1] <= 12 and (key[1] + 2) // 3 in quarters


def _periods_of_row(p: Profile, row: str, filters: dict[str, tuple[str, ...]]) -> int:
    """How many periods the row has within the filters, when only periods tell its lines apart
    ("genomsnittligt ohälsotal i Dalarna 2024": nine months of one county); 0 otherwise."""
    df = p.table.frame
    df = _slice(df[df[p.table.label_column].astype(str) == row], filters)
    if len(df) < 2:
        return 0
    if any(df[c.name].astype(str).nunique() > 1 for c in p.cats if not c.is_period and c.name in df.columns):
        return 0  # another split is open: not a question of periods
    return len(df)


def _period_range(cat: CatColumn, wanted: list[str] | None, form: Form) -> list[str] | None:
    """Every period of ``cat`` from the first asked to the last ("2021–2025", "från 21/22 till
    25/26"), or all of them ("över de fem läsåren"); ``wanted`` unchanged otherwise."""
    if form.all_periods and wanted is None and len(cat.values) > 1:
        return list(cat.values)
    if not form.span or not wanted or len(wanted) < 2:
        return wanted
    keys = [period_key(v) for v in wanted]
    lo, hi = min(keys), max(keys)
    return [v for v in cat.values if lo <= period_key(v) <= hi]


def _asked_period_text(form: Form) -> str:
    from ingest.swedish import MONTH_NAMES

    months = " ".join(MONTH_NAMES[m] for m in form.months)
    years = " och ".join(str(y) for y in form.years)
    return " ".join(x for x in (months, years, " ".join(form.periods)) if x).strip()


def form_start(values: list[str], end: str, form: Form) -> str | None:
    """The start of a trend: the asked year, else the value one step before the end."""
    vals = sorted(values, key=period_key)
    if end not in vals:
        return None
    i = vals.index(end)
    return vals[i - 1] if i > 0 else None


def _is_amount(c: ValueColumn) -> bool:
    """A count or a sum of money (tkr, mnkr): a year's months add up to the year's figure."""
    return not c.is_share and (c.is_count or c.unit in _KRONOR_PER)


def _is_level(c: ValueColumn) -> bool:
    """A share or level (days, kronor per person …): read at a period's end, never summed over
    its months – unlike a count or an amount in thousands or millions of kronor."""
    return c.is_share or c.unit in ("dagar", "kr") or not _is_amount(c)


def _event_dates(p: Profile, cat: CatColumn) -> bool:
    """A date of each case in a table of records ("Beslutsdatum" 2023-01-11 …): when each row
    happened, not the period a figure is for – never pinned to its latest value."""
    return p.record_level and cat.dated


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


def _dated_column(p: Profile, form: Form) -> str | None:
    """Of several dates of each case (Startdatum, Slutdatum), the one an asked period is about: the
    one the question's words name ("startade" → Startdatum), else the first."""
    dates = [cat for cat in p.cats if cat.is_period and cat.role != "label" and _event_dates(p, cat)]
    if len(dates) < 2:
        return None
    stems = {stem(w) for w in form.content} | {fold(w) for w in form.content}
    for cat in dates:
        if any(t in stems or any(len(x) >= 4 and (t.startswith(x) or x.startswith(t)) for x in stems) for t in cat.terms if len(t) >= 4):
            return cat.name
    return dates[0].name


def _one_row_each(p: Profile, group: str, filters: dict[str, tuple[str, ...]], latest: list[str]) -> bool:
    """Does every value of ``group`` hold one row within the filters, the latest periods pinned
    (a mean per group would only repeat each row's value)?"""
    df = _pinned(p, filters, latest)
    return bool(len(df)) and group in df.columns and bool(df.groupby(df[group].astype(str)).size().max() <= 1)


def _year_groups(
    p: Profile, form: Form, filters: dict[str, tuple[str, ...]], period_column: str | None,
    periods: list[str], rows: list[str],
) -> tuple[str, tuple[tuple[str, tuple[str, ...]], ...]] | None:
    """The two asked years as groups of a period column whose rows are finer than a year
    (quarters "201901" … or an År column beside months), with the periods of each:
    ``(column, (("2019", (…)), ("2020", (…))))``. None when the years are not two, a year is
    missing or incomplete beside the other, or every year is one row already."""
    years = sorted(set(form.years))
    if len(years) != 2 or len(rows) > 1:
        return None
    label = p.table.label_column
    for cat in p.cats:
        if not cat.is_period or cat.role == "label":
            continue
        asked = filters.get(cat.name) or (
            tuple(v for v in cat.values if period_key(v)[0] in years) if cat.name == period_column else ()
        )
        if not asked:
            continue
        groups = tuple((str(y), tuple(v for v in asked if period_key(v)[0] == y)) for y in years)
        if any(not vs for _, vs in groups) or len({len(vs) for _, vs in groups}) > 1:
            continue
        keep = {k: v for k, v in filters.items() if not (p.cat(k) is not None and p.cat(k).is_period)}
        df = _slice(p.table.frame, keep)
        if rows and label in df.columns:
            df = df[df[label].astype(str).isin(rows)]
        elif label in df.columns and df[label].astype(str).nunique() > 1 and not (p.cat(label) is not None and p.cat(label).is_period):
            continue  # the years of every row at once: no one figure per year
        df = df[df[cat.name].astype(str).isin([v for _, vs in groups for v in vs])]
        if df.empty:
            continue
        year_of = df[cat.name].astype(str).map(lambda v: period_key(v)[0])
        if df.groupby(year_of).size().min() > 1:
            return cat.name, groups
    return None


def _slice(df, filters: dict[str, tuple[str, ...]], skip: str | None = None):
    """The rows of ``df`` within ``filters`` (column → values kept), ``skip`` left open."""
    for k, v in filters.items():
        if k != skip and k in df.columns:
            df = df[df[k].astype(str).isin(v)]
    return df


def _records(p: Profile, filters: dict[str, tuple[str, ...]], latest: list[str]) -> bool:
    """Rows that no category tells apart once the slice is fixed: a table of records (one row per
    case), where a question about a label is a group-by."""
    return p.record_level and cases_repeat(p, _pinned(p, filters, latest))


def _pinned(p: Profile, filters: dict[str, tuple[str, ...]], latest: list[str]):
    """The rows within ``filters``, each of the ``latest`` period columns at its latest value."""
    df = _slice(p.table.frame, filters)
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


_UNIT_PREFIXES = {"år": ("år", "year", "ar"), "månad": ("månad", "month", "manad"), "kvartal": ("kvartal", "quarter")}


def _period_cat_for(p: Profile, word: str) -> CatColumn | None:
    """The period column of the unit ``word`` names ("år" → År, "månad" → Månad): by its header,
    else by its values (years alone for "år")."""
    w = fold(word)
    unit = next((u for u in _UNIT_PREFIXES if w.startswith(u) or w.startswith(_UNIT_PREFIXES[u][1])), None)
    if unit is None:
        return None
    cats = [c for c in p.cats if c.is_period and c.role == "dimension" and len(c.values) > 1]
    for c in cats:
        if fold(c.name).startswith(_UNIT_PREFIXES[unit]):
            return c
    if unit == "år":
        return next((c for c in cats if all(re.fullmatch(r"(?:19|20)\d\d", v) for v in c.values)), None)
    return None


def _finer_than(p: Profile, pc: CatColumn, filters: dict[str, tuple[str, ...]], rows: list[str]) -> bool:
    """Does the table hold several rows per value of ``pc`` (months within a year), within
    the question's filters and rows?"""
    df = _slice(p.table.frame, filters, skip=pc.name)
    if rows and p.table.label_column in df.columns and not (set(rows) & set(pc.values)):
        df = df[df[p.table.label_column].astype(str).isin(rows)]
    if df.empty:
        return False
    return bool(df.groupby(pc.name).size().max() > 1)


def _group_agg(op: Op, form: Form, c: ValueColumn) -> str:
    """The aggregate per group that ``op`` asks for."""
    if op == Op.COUNT:
        return "count"
    if op == Op.RANK:
        return "min" if form.direction == "asc" else "max"
    if op == Op.SUM and not c.is_share:
        return "sum"
    return "mean"


def _shift_year(value: str, by: int) -> str:
    """"2022" → "2021", "2022K3" → "2021K3", "2022-05" → "2021-05": the same period another year."""
    return re.sub(r"(?<!\d)((?:19|20)\d\d)", lambda m: str(int(m.group(1)) + by), value, count=1)


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


def _unit_rank(cat, unit: str | None) -> int:
    """0: a period column named for the unit asked ("Månad" for "vilken månad"), 1: one whose
    name holds it ("år_månad"), 2: neither."""
    if not unit:
        return 2
    u = fold(unit)[:4]
    parts = [w for w in re.split(r"[\W_]+", fold(cat.name)) if w]
    if len(parts) == 1 and parts[0].startswith(u):
        return 0
    return 1 if any(w.startswith(u) for w in parts) else 2
