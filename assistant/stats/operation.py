"""The operation of a reading fitted to what its rows allow: a comparison needs two rows (or two
measures of one), cases are counted or summed, one row is its own total, a ranking of named rows
ranks only them; groups (a split's values, a period unit over finer rows, the column a subject
or "per …" names, an open breakdown's parts); bounds ("över riket", "över budget"); and the last
touches (measures read beside a change, a share of a named total).

The phases of ``build.build_query`` after the periods; they share its ``Draft``. Why one module
of this size: the groups, the bounds and the operation decide each other on one draft (a
ranking of named rows is no group, a bound of a relative row turns a lookup into a threshold).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache

import numpy as np
import pandas as pd
from rapidfuzz.distance import Levenshtein

from ingest.numbers import KRONOR_PER
from ingest.swedish import (
    INDEX_WORD,
    MEAN_WORD,
    MEDIAN_WORD,
    MONTHS,
    NUMBER_WORDS,
    STOPWORDS,
    fold,
    header_years_of,
    is_age_header,
    months_of_quarters,
    municipality_of,
    names_part_of_year,
    period_key,
    says,
    school_years,
    stem,
    words,
    years_in,
)
from ingest.tables import county_root, is_county, is_geo_header, is_total_label

from ..labels import display_label
from .compute import POINTS_HEADER, weighted_share_of
from .draft import Draft, Given, Lacks, in_caption, is_amount
from .form import (
    PERIOD_SUBJECTS,
    TOGETHER_WORDS,
    Form,
    Op,
    Threshold,
    asks,
    deficit_words,
    kin_words,
    lexicon,
    rate_bases,
    surplus_words,
    synonym_groups,
    total_phrase_words,
    translations,
)
from .periods import (
    asked_period_text,
    finer_than,
    months_across,
    months_named,
    period_cat_for,
    periods_of_row,
    slice_rows,
    unit_rank,
    without_years,
)
from .profile import (
    DERIVED_COUNTY,
    PARTICLES,
    RATE_HEADER,
    RATE_UNITS,
    CatColumn,
    Profile,
    ValueColumn,
    age_groups_of,
    cases_repeat,
    is_breakdown,
    is_change_header,
    names_column,
)
from .query import StatQuery

# "hur många varsel …" of a table of notices counts the notices unless a word of the question
# names the column of counts ("hur många personer berördes" of "antal_berorda"): the share of
# the question's word weight that the column explains, below which it is not named
NAMES_COLUMN = 0.05


def shape_operation(g: Given, d: Draft) -> StatQuery | None:
    """Fit the operation to what the rows allow: a comparison needs two rows (or two measures of
    one, returned at once), cases are counted or summed, one row is its own total, a ranking of
    named rows ranks only them."""
    r, p, form, c, label = g.r, g.p, g.form, d.c, g.label
    t = p.table
    prev = g.follow.query if g.follow is not None and g.follow.query.table_id == t.id else None
    if d.op == Op.SUM and label is not None and len(d.rows) >= 2 and not p.record_level and form.wants != "share":
        # (a place's total – "Riket", the county – named as a whole beside its parts is another
        # matter: the whole of a share asked of them)
        totals = [x for x in d.rows if x in label.totals and x not in label.geo_totals and x not in label.county_totals]
        if totals and len(totals) < len(d.rows):
            # "och vad blir regionens stöd totalt då?": "totalt" asks for a total, it names no
            # total row to add to the region's – the two had been summed (7 200 000 for 2 400 000
            # and the table's own 4 800 000)
            d.rows = [x for x in d.rows if x not in totals]
            if len(d.rows) == 1:
                d.op = Op.LOOKUP
    both = sexes_together(p, c, form)
    if len(both) == 1:
        # ("kvinnor och män ihop" of a table that gives the total beside the two: that column)
        d.c = c = next(v for v in p.values if v.name == both[0])
    elif both:
        d.summed = both
    kinds = kinds_together(p, c, form) if d.op in (Op.LOOKUP, Op.SUM, Op.RANK, Op.THRESHOLD) and not both else ()
    if kinds:
        # "hur många hade lönebidrag" of "Lönebidrag för utveckling …" and "Lönebidrag för
        # trygghet …": the kinds the question does not tell apart, added up row by row – one of
        # them had passed for all who had the subsidy
        d.summed = both = kinds
    months = months_summed(p, c, form) if d.op != Op.TREND and not both else ()
    running = running_months(p, c, form) if d.op != Op.TREND and not both and not months else ()
    if (
        not running and not months and not both and d.op != Op.TREND and prev is not None and prev.less and prev.less_kind == "running"
        and not (form.months or form.quarters)
    ):
        # "Och samma period 2023?" after September–December 2024 taken from running totals: the
        # same months of the year now asked, taken the same way – not that year's whole total
        taken = tuple(sorted(set(_months_of_header(prev.column)) - set(_months_of_header(prev.less))))
        running = running_months(p, c, replace(form, months=taken)) if taken else ()
    if running:
        # "i september" of running totals ("jan", "jan–feb" … "jan–okt"): the total to September
        # less the total to August – not the year's total so far
        d.c = c = next(v for v in p.values if v.name == running[0])
        # (… unless the rows read are a stock – "Folkmängd vid periodens slut" among the flows:
        # its figure "2025K1–K3" is the level at the quarter's end, no sum to take apart)
        stock = len(running) == 2 and _a_stock(p, d, form)
        d.less = running[1] if len(running) == 2 and not stock else None
    if len(months) == 1:
        # ("första kvartalet" of months across beside "Kv 1 2025", the sum of its months: that column)
        d.c = c = next(v for v in p.values if v.name == months[0])
    elif months:
        # "under första halvåret 2025" of a column per month whose quarters are their sums:
        # the six months added up on each row – not one of them
        d.summed = months
    asked_months = set(form.months) | set(months_of_quarters(form.quarters))
    covered = set(_months_of_header(c.name))
    if (
        asked_months and len(covered) > 1 and covered != asked_months and not running and not months and not d.summed
        and not any(x.is_period for x in p.cats) and d.op not in (Op.TREND, Op.COMPARE)
    ):
        # "mars–juni 2024" of running totals "2024 T1 jan–apr", "2024 T2 jan–aug": no column
        # holds those months, and none can be taken from another – said, never answered with
        # January to April (round 210's Krokom had been given T1's 329)
        g.r.missing_period = asked_period_text(form)
        raise Lacks
    if (
        prev is not None and prev.other_column and prev.op == Op.COMPARE and prev.column == c.name and d.op == Op.LOOKUP
        and not form.op_explicit and form.wants is None and len(d.rows) == 1 and not d.scope
        and not (form.years or form.months or form.quarters or form.periods)
    ):
        # "och i Nybro?" after "hur mycket har folkmängden i Kalmar förändrats mellan 2020 och
        # 2024": the same two columns compared for the new row, not its latest level
        d.op = Op.COMPARE
        return d.query(t.id, other_column=prev.other_column)
    if d.op == Op.RANK and form.change and len(d.rows) != 1 and not c.is_change:
        # "vilken tätort har vuxit mest (procentuellt) sedan 2020?" of a column per year: each row's
        # change from the earlier year's column to the later's, ranked – not the later level
        pair = _year_columns(p, c, replace(form, op=Op.TREND))
        if pair is not None:
            c = _read_change_between(d, pair, form)
            if form.change_down and (d.direction or form.direction or "desc") == "desc":
                d.direction = "asc"  # "tappade flest": the most negative change first
    if d.op == Op.TREND and form.change and form.plural and not d.rows and not d.scope and not c.is_change and form.threshold is None:
        # "vilka kommuner har ökat sitt sjukpenningtal sedan okt 2023?" of a column per year: each
        # row's change between the two columns, the rows whose change has that sign
        pair = _year_columns(p, c, form)
        if pair is not None:
            c = _read_change_between(d, pair, form)
            d.op = Op.THRESHOLD
            d.change_threshold = Threshold("<" if form.change_down else ">", 0.0, False)
    if d.op in (Op.COMPARE, Op.TREND) and len(d.rows) == 1 and not d.scope:
        # "2023 jämfört med 2022" of a table with a column per year ("Antal …, 2022", "…, 2023"):
        # the two years' columns of the row, the later first, and their difference
        pair = _year_columns(p, c, form) or _month_columns(p, form)
        if pair is not None:
            d.c, d.op = pair[0], Op.COMPARE
            return d.query(t.id, other_column=pair[1].name)
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
        and (c.unit in KRONOR_PER or r.features.get("col", 0) < NAMES_COLUMN) and _records(p, d.filters, d.latest)
        and not _persons_counted(p, form, c)
        and (not d.rows or _records(p, {**d.filters, g.label_name: tuple(d.rows)}, d.latest))
    ):
        # "hur många ansökningar fick avslag (i Västerås)?" of a table of cases: the cases
        # counted, when the counted noun is no column of counts
        d.op, d.agg = Op.COUNT, "count"
        d.scope, d.rows = d.rows, []
        if len(d.scope) >= 2 and _EACH.search(fold(form.text)) and g.label_name:
            # "hur många deltagare från Landskrona resp. Eslöv?": each place's cases counted,
            # not the two added up
            d.op, d.group_by = Op.RANK, g.label_name
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
                if d.filters and label.name in p.table.frame.columns:
                    # (of the rows the slices keep: "vilka skånekommuner" are Skåne's, not all 18)
                    kept = set(_pinned(p, d.filters, d.latest)[label.name].astype(str))
                    d.scope = [v for v in d.scope if v in kept] or d.scope
    if d.op == Op.RANK and d.rows and label is not None and all(x in label.geo_totals for x in d.rows) and form.subject and form.relative is None:
        # "vilken kommun hade högst …, jämfört med riket": the country is shown beside the ranking
        # as every ranking shows its totals – no row of its own to rank
        d.rows = []
    totals_named = label is not None and all(x in label.every_total or is_county(x) for x in d.rows) and bool(form.subject)
    if d.op == Op.RANK and len(d.rows) >= 2 and not d.scope and not totals_named:
        # (… but "vilken kommun i Jönköpings län … under riket" names the county and the country
        # to hold the ranked municipalities against: they stay named rows, shown beside it)
        # "Örebro söder eller Västhaga-Solhaga – var är den högst?": ranked among the named
        # rows, and all of them shown, not the whole table's top row
        # (… but the months a year was read as – "vilken månad 2024" – are no named rows: the top one)
        named = not set(d.rows) <= set(d.period_rows)
        d.scope, d.rows = d.rows, []
        d.named_n = len(d.scope) if named else None
    over_periods = any(len(d.filters.get(cat.name, ())) > 1 for cat in p.cats if cat.is_period) or (
        (d.op == Op.MEAN or (d.op == Op.SUM and is_amount(c))) and len(d.rows) == 1 and periods_of_row(p, d.rows[0], d.filters) > 1
    )  # ("totalt i Västmanlands län under 2022" of a row per month: the months added up)
    # ("the total number of job seekers across all the occupations listed for Västmanland": one
    # county's row per occupation, a split without a total of its own – added up)
    over_parts = (
        d.op == Op.SUM and is_amount(c) and len(d.rows) == 1 and not d.scope and label is not None
        and _parts_of_row(p, d.rows[0], d.filters, d.latest)
    )
    if (
        d.op in (Op.SUM, Op.MEAN) and len(d.rows) == 1 and not d.scope and not over_periods and not over_parts
        and not _records(p, {**d.filters, g.label_name: tuple(d.rows)}, d.latest)
    ):
        # "totalt i Vivalla": one row is its own total – but the cases of one municipality in a
        # table of decisions ("beviljats totalt i Borlänge") add up
        d.op = Op.LOOKUP
    return None


def _parts_of_row(p: Profile, row: str, filters: dict[str, tuple[str, ...]], latest: list[str]) -> bool:
    """Does the named row stand once per value of a split that has no total of its own (and is no
    period, no measure), under the slices asked – parts that add up to the row's whole?"""
    frame = _pinned(p, filters, latest)
    label = p.label
    if label is None or label.name not in frame.columns:
        return False
    rows = frame[frame[label.name].astype(str) == row]
    if len(rows) < 2:
        return False
    splits = [x for x in p.cats if x.role == "dimension" and not x.is_period and not x.measures and x.name in rows.columns
              and x.name not in filters and rows[x.name].astype(str).nunique() > 1]
    # (one split tells the rows apart – "Biblioteksenhet" of Köping's three libraries – and any
    # other that varies is an attribute of it: "Typ av enhet" Huvudbibliotek, Filial, Filial)
    # (… or they do together: a station's two lines, "Arvika" Regionaltåg and Fjärrtåg beside
    # "Edane", of the municipality Arvika)
    # (a split's total that only other rows carry – "Samtliga" on the county's sum row – is no
    # total of this row's)
    own_totals = any(rows[x.name].astype(str).isin(x.totals).any() for x in splits)
    return bool(splits) and not own_totals and (
        any(not rows.duplicated(subset=[x.name]).any() for x in splits) or not rows.duplicated(subset=[x.name for x in splits]).any()
    )


def group_rows(g: Given, d: Draft) -> None:
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
            d.agg = "mean" if d.op == Op.MEAN or not is_amount(c) else "sum"
            if d.op == Op.MEAN and not c.is_share and (c.is_count or is_amount(c)) and not any(
                x.is_period and x is not pc and len(x.values) > 1 for x in p.cats
            ):
                # "hur många … i genomsnitt per månad" of counts split by more than the month
                # (education levels), no finer period inside it: each month's sum, then their mean
                # – not each month's mean over its levels
                d.agg, d.mean_of_groups = "sum", True
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
        # ("vilken insats är vanligast i Skövde" of a register: Skövde's cases grouped by the
        # column the subject names, not Skövde's rows ranked one by one – F222-13)
        or (
            d.op == Op.RANK and d.rows and not d.period_sum and form.subject and label is not None
            and _records(p, {**d.filters, g.label_name: tuple(d.rows)}, d.latest)
            and any(x is not label and not x.is_period and names_column(form.subject, x, by_values=False) for x in p.cats)
        )
    ):
        before = g.follow.query.group_by if g.follow is not None and g.follow.query.table_id == p.id else None
        d.group_by = _grouped_by_values(g, d) or _group_column(p, form, before)
        if d.group_by is not None and d.op == Op.THRESHOLD and not form.group_by and not (
            form.subject and names_column(form.subject, p.cat(d.group_by), by_values=False)
        ):
            d.group_by = None  # "vilka ärenden har över 500 000 kr": the cases themselves, not a group
        if d.group_by is not None and not form.group_by and _names_cases(p, form):
            d.group_by = None  # "vilket projekt har störst belopp": a column of names, one per case
        if d.group_by is not None and d.rows and label is not None and d.group_by != label.name:
            d.scope, d.rows = list(d.rows), []  # (the place named holds the cases grouped)
        if d.group_by is not None:
            # "flest ärenden": when the counted noun is no value column, count the rows
            # ("flest beviljade" of a column of kronor counts the cases: a number of kronor is no "flest")
            money = c.unit in KRONOR_PER
            # – but "störst beviljat belopp" is the size of the amount the question names
            counted = form.wants == "count" and (
                c.is_share or (money and not form.sized) or r.features.get("col", 0) < NAMES_COLUMN
                or _counts_other_than(form, c)
            ) and not _persons_counted(p, form, c)
            d.agg = "mean" if d.op == Op.MEAN or (form.averaged and not counted) else ("count" if counted else "sum")
            if d.inherited_agg is not None and form.wants is None and d.op != Op.MEAN and not form.averaged:
                d.agg = d.inherited_agg
            subject_is_group = bool(form.subject) and names_column(form.subject, p.cat(d.group_by), by_values=False)
            if d.op == Op.RANK and form.group_by and not subject_is_group and d.agg != "count":
                # "vilket område i varje länsdel har högst": the top row of each group
                d.agg = _group_agg(d.op, form, c)
            elif d.agg == "sum" and (c.is_share or is_age_header(c.name)):
                d.agg = "mean"  # shares and ages are never added up
            if d.op in (Op.SUM, Op.MEAN) and not form.group_by:
                d.group_by, d.agg = None, None
            elif (
                d.op in (Op.RANK, Op.THRESHOLD) and d.agg in ("sum", "mean") and label is not None
                and d.group_by == label.name and _one_row_each(p, d.group_by, d.filters, d.latest)
            ):
                # "vilka skånekommuner hade högre kostnad per invånare": one row each – the rows
                # themselves, not a sum of one
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
        # (… and the areas a caption says each row is given per, when the question asks for the
        # rows' own kind: "vilken leverantör … totalt" of "leverantörsresultat per leveransområde"
        # – a supplier's count is its areas' counts added up)
        of_label = bool(form.subject) and names_column(form.subject, label, by_values=False)
        parts = [x for x in p.cats if x.role != "label" and not x.is_period and x.name not in d.filters and not x.totals
                 and len(x.values) > 1 and (
                     is_breakdown(x, t.caption) or (of_label and re.search(rf"\bper\s+{re.escape(fold(x.name))}\b", fold(t.caption)))
                 )]
        if parts:
            d.group_by, d.agg = label.name, "sum"  # within the scope's rows, if any
            d.rows = []  # "i Jönköpings län" named the set, whose total row is no member
    # "vilken åldersgrupp har högst …": the subject names a dimension; rank over its values
    # (… unless it names the rows' own column as well: "vilken skola i Sundsvall" of a row per
    # "Skolenhet" beside its "Skolkommun" ranks the schools, the municipality their filter – F220-12)
    names_rows = label is not None and bool(form.subject) and names_column(form.subject, label, by_values=False)
    if d.op in (Op.RANK, Op.THRESHOLD) and form.subject and d.group_by is None and not names_rows:
        # of several period columns (År, Månad), the one the subject names first
        cats = sorted(p.cats, key=lambda x: unit_rank(x, form.subject) if x.is_period and g.period_subject else 2)
        for cat in cats:
            head = translations().get(fold(form.subject), fold(form.subject))  # "bransch" → "näringsgren"
            names_it = (
                stem(form.subject) in cat.terms or fold(form.subject).startswith(fold(cat.name))
                or stem(head) in cat.terms or head == fold(cat.name)
                # ("vilket yrke" of "Yrkesgrupp (SSYK 4)": the compound's first part)
                or (len(form.subject) >= 4 and fold(cat.name).startswith(fold(form.subject)))
                # ("vilken kommun … för äldreomsorg" of activities down and a "Region" column of
                # municipalities beside their county: one activity named, the places ranked)
                or (
                    len(d.rows) == 1 and not cat.is_period and is_geo_header(form.subject) and is_geo_header(cat.name)
                    and not is_geo_header(label.name if label is not None else "")
                )
            )
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
    one_total = d.op == Op.SUM and (not d.rows and not d.scope or form.op_explicit and len(d.rows) > 1 and not form.group_by)
    if d.period_sum and d.group_by is None and label is not None and not one_total:
        # the year's periods summed per row: a group-by over the label within the filters, or
        # over the dimension a ranking named ("vilken bransch … under 2024" of months)
        # (a total asked of no row – "hur många varslades totalt i länet under 2023" – is one sum
        # over the rows and the periods, not a list of each row's; so is "sammanlagt" of rows
        # named: "i Västernorrland, Jönköping och Halland sammanlagt under första halvåret")
        d.group_by, d.agg = d.over or label.name, "sum"
        d.over = None
        if d.rows:
            d.scope, d.rows = list(d.rows), []
        if d.op not in (Op.RANK, Op.THRESHOLD):
            d.op = Op.RANK
    if form.wants == "count" and c.is_share and d.op in (Op.LOOKUP, Op.COMPARE, Op.RANK):
        d.base = _count_base(p, c)


# "andel av total budget", "andelen av hela summan", "share of the total": the whole is the table's total
_WHOLE_ASKED = re.compile(
    r"\b(?:andel(?:en)?|share|proportion|percent(?:age)?) (?:av|of) (?:den |det |de |the )?(?:total\w*|hela|alla|samtliga|summan|all)\b"
    # "total budget 2026 och andelen för …", "the total … and the share for …": the whole named first
    r"|\b(?:total\w*|totalt|summan)\b.*\b(?:och|and)\s+(?:hur stor\s+)?(?:the\s+)?(?:andel(?:en)?|share|proportion)\b"
)


_SHARE_OF_WORD = re.compile(r"\b(?:andel(?:en)?|share|proportion) (?:av|of) (?:den |det |de |the )?([a-zåäö]{4,})")


def _share_of_what_table_holds(p: Profile, c: ValueColumn, form: Form) -> bool:
    """"hur stor andel av finansieringen står ERUF för?" of a table "Finansiering": the share is of
    what the whole table holds – its caption's or its column's word after "andel av"."""
    m = _SHARE_OF_WORD.search(fold(form.text))
    if m is None:
        return False
    w = fold(m.group(1))
    # (… or its synonym: "andel av sysselsättningen" of a table of "Förvärvsarbetande")
    kin = kin_words()
    said = {w, stem(w), *kin.get(w, ()), *kin.get(stem(w), ())}
    return bool({x for v in said for x in (v, stem(v))} & (p.caption_terms | c.terms))


def case_slices(p: Profile, form: Form, dim_m, filters: dict[str, tuple[str, ...]]) -> list[str]:
    """The slices of a table of cases a share of its cases is of: the part of two named slices
    (``_part_slice``, then ``_outcome_slice``), else every named one (categorical, not a
    period). One name means the share is defined: that slice's cases over every case."""
    names = [m.column for m in dim_m if m.column in filters and (cat := p.cat(m.column)) is not None and not cat.is_period]
    return _outcome_slice(p, form, dim_m, _part_slice(p, filters, names))


def _outcome_slice(p: Profile, form: Form, dim_m, sliced: list[str]) -> list[str]:
    """Of two slices of cases, the part a share is of the other: the yes/no outcome when only one
    is one ("andel av praktikanterna i åldersgruppen 16-24 som fick anställning": Anställning =
    Ja is the part, the age group the whole), else the one not named right after "andel av"
    ("andel av besluten om lönebidrag gäller kvinnor": Lönebidrag is the whole, Kvinna the
    part); the slices as they are otherwise."""
    names = list(dict.fromkeys(sliced))
    if len(names) != 2:
        return sliced
    flags = [x for x in names if (cat := p.cat(x)) is not None and cat.is_flag]
    if len(flags) == 1:
        return flags
    toks = list(form.tokens)
    of = next((i for i, (a, b) in enumerate(zip(toks, toks[1:], strict=False)) if a in ("andel", "andelen", "share", "proportion")
               and b in ("av", "of")), None)
    if of is None:
        return sliced
    near = set(toks[of + 2 : of + 6])
    wholes = [x for x in names if any(m.column == x and m.qtokens & near for m in dim_m)]
    return [x for x in names if x not in wholes] if len(wholes) == 1 else sliced


def _part_slice(p: Profile, filters: dict[str, tuple[str, ...]], sliced: list[str]) -> list[str]:
    """Of two slices of cases, the part whose cases all lie in the other ("av de avslutade
    ärendena, hur stor andel avslutades till arbete": Avslutsorsak = Arbete lies within Status =
    Avslutad, which is the whole the share is of); the slices as they are otherwise."""
    names = list(dict.fromkeys(sliced))
    if len(names) != 2:
        return sliced
    frame = p.table.frame
    kept = {k: frame[k].astype(str).isin(filters[k]) for k in names if k in frame.columns}
    if len(kept) != 2:
        return sliced
    a, b = names
    if kept[a].sum() < kept[b].sum() and not (kept[a] & ~kept[b]).any():
        return [a]  # a within b
    if kept[b].sum() < kept[a].sum() and not (kept[b] & ~kept[a]).any():
        return [b]
    return sliced


def settle_bounds(g: Given, d: Draft) -> None:
    """A bound: the asked one, a row named as the bar ("under riket", "högre än länet"), or
    each row against another column of its own ("över budget")."""
    p, form = g.p, g.form
    t = p.table
    d.threshold = (None if d.bound_value_column or d.bound_in_column else form.threshold) or d.change_threshold
    relative = form.relative
    if d.threshold is None and relative is None and form.beyond is not None and d.rows and (form.plural or d.op == Op.COUNT):
        # "vilka kommuner ligger under riket": the row the word names is the bar
        bar = list(dict.fromkeys(x for m in g.label_m if form.beyond[1] in m.qtokens for x in m.values if x in d.rows))
        if len(bar) == 1:
            relative = form.beyond[0]
            d.rows = [x for x in d.rows if x != bar[0]] + bar
    if d.threshold is None and relative and not d.rows and g.label is not None:
        # "vilka skånekommuner hade högre … än Skåne län som helhet": the set's own total row,
        # named as the set, is the bar as well
        bars = list(dict.fromkeys(x for m in g.label_m for x in m.values if x in g.label.every_total or is_county(x)))
        if len(bars) == 1:
            d.rows = bars
    if d.threshold is None and relative and len(d.rows) == 2 and not form.plural and d.op == Op.COMPARE and not d.scope:
        # "är utrikesfödda en större andel i orange kluster än i länet?": two named rows compared,
        # the answer says which is higher – no list of every row above the second
        return
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
            within = _county_slice(p, ref) if is_county(ref) and not d.rows else None
            if within is not None and within[0] not in d.filters:
                # "vilka kommuner låg över länet" with Västerbotten's row as the bar: the
                # municipalities of that county, not every county's
                d.filters[within[0]] = (within[1],)
            if d.op not in (Op.COUNT,):
                d.op = Op.THRESHOLD
    if (
        d.threshold is None and form.beyond is not None and not d.rows and d.group_by is None
        and d.op in (Op.LOOKUP, Op.THRESHOLD, Op.COUNT)
    ):
        # "vilka verksamheter gick över budget?": each row's amount against its budget
        pair = _column_relation(p, d.c, form.beyond[1], form.years)
        if pair is not None:
            d.c, other = pair
            d.versus = (form.beyond[0], other.name)
            d.op = Op.COUNT if d.op == Op.COUNT or form.wants == "count" else Op.THRESHOLD


def _each_part_named(p, c, form: Form) -> tuple[str, ...]:
    """"hur många kvinnor resp. män 80 år och äldre …" of "80 år och äldre, Kvinnor" beside
    "80 år och äldre, Män": the columns that differ from the one read only in a part the question
    names as well – each read beside it (never their sum, unless asked together)."""
    parts = [x.strip() for x in c.name.split(",")]
    if len(parts) < 2 or _ALL_TOGETHER.search(fold(form.text)):
        return ()
    asked = set(form.tokens) | {stem(t) for t in form.tokens}

    def said(part: str) -> bool:
        # (every word of the part, its figures too: "65–79 år" is not said by "80 år och äldre")
        ws = [w for w in words(part) if w not in STOPWORDS]
        return bool(ws) and all(w in asked or stem(w) in asked for w in ws)

    out = []
    for v in p.values:
        other = [x.strip() for x in v.name.split(",")]
        if v is c or len(other) != len(parts) or v.is_change:
            continue
        differ = [(a, b) for a, b in zip(parts, other, strict=True) if a != b]
        if len(differ) == 1 and said(differ[0][0]) and said(differ[0][1]):
            out.append(v.name)
    return tuple(out[:3])


# "kvinnor och män ihop", "totalt": the parts asked as one sum (the lexicon's words of a sum)
_ALL_TOGETHER = re.compile(rf"\b(?:{TOGETHER_WORDS})\b")


def _asked_beside(p, c, form: Form) -> tuple[str, ...]:
    """The columns a question of two asks names beside the one read: the count of a share asked
    for both ("hur många … och hur stor andel"), and the change of a level asked how it changed
    – the one such column, or the one that shares the read column's words."""
    def one_of(columns: list) -> list[str]:
        near = [v for v in columns if v.terms & c.terms]
        return [v.name for v in (near or (columns if len(columns) == 1 else []))[:1]]

    out: list[str] = []
    if c.is_share and asks("count", form) and (asks("share", form) or form.change):
        out += one_of([v for v in p.values if v is not c and v.is_count and not v.is_change])
    if form.change and not c.is_change and not form.years[1:]:
        out += one_of([v for v in p.values if v.is_change])
    return tuple(out)


def finish(g: Given, d: Draft) -> None:
    """Last touches: two named slices of an aggregate as groups, the measures read beside a
    change or a share, a county's own row, a bound in the column's unit – and a row named as a
    peer of the rows to rank, which is no set to rank within."""
    p, form, c = g.p, g.form, d.c
    # a follow-up that names no operation goes on with a share the previous turn computed of the
    # same column: "och Värmland då?" after "hur stor andel av allt beviljat stöd gick till
    # Jämtlands län?" (the slice's share of the whole), "och i Skåne?" (the row's part over its whole)
    prev = g.follow.query if g.follow is not None else None
    again = prev is not None and prev.table_id == p.table.id and prev.column == c.name and form.wants is None and not form.op_explicit
    slice_share_again = again and prev.share_within is not None
    share_again = again and prev.share_over is not None
    if (
        d.op == Op.LOOKUP and not form.op_explicit and not d.rows and not d.scope and d.group_by is None and is_amount(c)
        and not c.is_share and not c.is_change and re.search(r"\bhur mycket\b|\bhow much\b", fold(form.text))
        and any(not (cat := p.cat(k)) or not cat.is_period for k in d.filters) and g.label is not None
    ):
        # "hur mycket av budgeten går till insatser som Region Uppsala ansvarar för?": the amount
        # of the rows of that slice together – their sum, when the slice holds several rows
        if len(_slice_body(g, d)) >= 2:
            d.op = Op.SUM
    if (
        d.op == Op.LOOKUP and not form.op_explicit and len(d.rows) <= 1 and not d.scope and d.group_by is None and c.is_share
        and not c.is_change and g.label is not None and (d.rows or any(not (cat := p.cat(k)) or not cat.is_period for k in d.filters))
    ):
        # "hur stor andel av niorna i Karlshamn var behöriga?" of a row per school with counts
        # beside the share: the slice's rows together – the share of their counts summed, a
        # weighted share (F218-07) – not each school's share listed
        body = _slice_body(g, d)
        if d.rows and g.label_name in body.columns:
            body = body[body[g.label_name].astype(str) == d.rows[0]]
        # (a row split by breakdowns – women and men, age bands – is read part by part with the
        # row's own share beside them, as before: only units of their own, schools, add up so)
        splits = [x for x in p.cats if not x.is_period and x.name in body.columns and x.name != g.label_name and body[x.name].astype(str).nunique() > 1]
        units = any(not is_breakdown(x, p.table.caption) for x in splits)
        if len(body) >= 2 and units and weighted_share_of(p, body, c.name) is not None:
            d.op = Op.SUM
    if d.op in (Op.MEAN, Op.COUNT, Op.SUM, Op.COMPARE, Op.LOOKUP) and not d.rows and d.group_by is None:
        named = [m for m in g.dim_m if len(d.filters.get(m.column, ())) >= 2]
        # ("kvinnor och män tillsammans", "sammanlagt": one sum of both, not one figure each)
        # (… nor are the values one word names: "teknik" of "Teknikprogrammet – Teknikvetenskap",
        # "– Design …", "– Informations- …", summed, is the programme asked for)
        one_word = bool(named) and len(named[0].qtokens) == 1 and d.op == Op.SUM
        # (… or a share of each named group of units, weighted: "andelen för fristående och
        # kommunala skolor" of a row per school – F218-09)
        each_share = bool(named) and d.op == Op.LOOKUP and c.is_share and not c.is_change and _weighted_groups(p, d, named[0].column)
        if named and not one_word and (d.op != Op.LOOKUP or form.wants == "count" or each_share) and not (d.op == Op.SUM and _TOGETHER.search(fold(form.text))):
            d.group_by = named[0].column
            d.agg = {Op.MEAN: "mean", Op.SUM: "sum"}.get(d.op, "count" if (d.op == Op.COUNT or form.wants == "count") else "mean")
            d.weighted = each_share
            d.op = Op.RANK
    margin = _margin_beside(p, c)
    if margin is not None and d.op in (Op.LOOKUP, Op.COMPARE) and d.rows and not d.also:
        # an estimate is read with its margin ("± (konfidensintervall)" right after "2024K2")
        d.also = (margin,)
    elif c.is_change and d.op == Op.LOOKUP and len(d.rows) == 1:
        # a change is read with its other measures: "+150 (+16,2 %)", and the level it changed to
        # (… the levels of its own measure first: a change in percentage points between "Andel (%)
        # dec 2023" and "Andel (%) dec 2024", not the counts beside them – F218-02)
        # (… and of the years asked, their whole before its parts: "How much did the employment rate
        # change between 2022 and 2023?" of "Förändr. p.e." beside "Kvinnor, 2023" … "Totalt, 2023",
        # "Totalt, 2022" – both totals, the change's two ends, not the sexes of one year: F228-09)
        asked = set(form.years)

        def whole_of_asked_year(v) -> bool:
            return bool(asked) and bool(set(header_years_of(v.name)) & asked) and is_total_label(without_years(v.name))

        others = [v for v in p.values if v is not c]
        d.also = tuple(
            v.name for v in sorted(others, key=lambda v: (not is_change_header(v.name), not whole_of_asked_year(v), not (v.terms & c.terms)))[:3]
        )
    elif d.op == Op.LOOKUP and len(d.rows) == 1 and (each := _each_part_named(p, c, form)):
        # "kvinnor resp. män 80 år och äldre" of a header per age band and sex: both sexes' columns
        d.also = each
    elif d.op == Op.LOOKUP and len(d.rows) == 1 and (beside := _asked_beside(p, c, form)):
        # "hur många är sjuka i länet, och hur stor andel är det?": the count the share counts
        # (the numerator of "Sjuka/arbetskraft") beside it; "… och hur har andelen förändrats
        # sedan året innan?": the table's change column beside the level
        d.also = beside
    elif d.op == Op.COUNT and d.agg == "count" and not d.group_by and d.threshold is None and (amount := _second_sum(p, form)) is not None:
        # "hur många utbetalningar gjordes i Norrköping, och hur mycket blev det sammanlagt?": the
        # register's one amount column summed over the rows counted, beside the count
        d.also = (amount.name,)
    elif d.op in (Op.RANK, Op.LOOKUP) and d.group_by and d.agg == "count" and d.threshold is None and (amount := _second_sum(p, form)) is not None:
        # "hur mycket betalades ut per kommun, och hur många utbetalningar var det?": the amount
        # summed per group, each group's rows counted beside it (StatQuery.sizes)
        d.c, d.agg = amount, "sum"
    elif d.op == Op.RANK and not d.group_by and not d.rows and (second := _second_measure(p, c, form)) is not None:
        # "vilken insats gav högst andel i arbete, och hur många deltagare hade den?": the second
        # question's column of the rows the ranking gives, beside them
        d.also = (second.name,)
    elif d.op == Op.LOOKUP and len(d.rows) == 1 and (second := _second_measure(p, c, form)) is not None:
        # "hur många inpendlare hade Eskilstuna och hur många pendlade ut därifrån?": the second
        # question's column beside the first's, for the same row
        d.also = (second.name,)
    ratio = _per_column(p, c, form) if d.op in (Op.RANK, Op.THRESHOLD, Op.LOOKUP, Op.COMPARE) and not p.record_level else None
    if ratio is not None:
        # "flest sökande per plats" of "Sökande" beside "Erbjudna platser": each row's count over
        # the count the question puts after "per", ranked – not the counts alone, and no grouping
        # by a "plats" the table has no column of
        d.per, d.group_by, d.agg = ratio.name, None, None
        if d.op == Op.LOOKUP and not d.rows:
            d.op = Op.RANK
    mean_amount = _amount_per_unit(p, c, form) if d.op == Op.LOOKUP and len(d.rows) == 1 and d.per is None and not p.record_level else None
    if mean_amount is not None:
        # "vad fick ett biståndshushåll i Karlskrona i snitt i ekonomiskt bistånd?" of a row per
        # municipality with the households and the amount paid: the amount over the households
        # (F218-06) – the count of households is no mean of anything
        d.c, d.per = mean_amount, c.name
    per = _per_count(p, c, form) if d.op in (Op.LOOKUP, Op.SUM, Op.MEAN) and not d.rows and d.group_by is None and d.per is None else None
    if per is not None:
        # "beviljat belopp per deltagare för projekt där en ideell förening är projektägare" of a
        # register with "Antal deltagare": the amount over the participants of those rows – the
        # sum over the sum, not the amounts listed nor the mean of each row's ratio
        d.op, d.per = Op.SUM, per.name
    if d.op == Op.LOOKUP and not d.rows and not d.scope and _WHY.search(fold(form.text)):
        # "vilka projekt är försenade och varför?": the rows listed with their comment
        d.details = tuple(
            col.name for col in g.p.table.columns
            if col.role == "text" and _REASON_HEADER.search(fold(col.name))
        )[:1]
    if d.op == Op.LOOKUP and len(d.rows) == 1:
        # "insats 3 – vem är ansvarig och hur stor är budgeten?": the row's cell of a text column
        # the question names by its header, beside the figure
        d.details = tuple(
            cat.name for cat in p.cats
            if cat.role == "dimension" and not cat.is_period and cat.name not in d.filters and cat.name != g.label_name
            and any(names_column(tok, cat, by_values=False) for tok in form.tokens if len(tok) >= 4)
        )[:3]
    label = g.label

    def is_whole(x: str) -> bool:
        # a total row, or a county's own row beside a municipality of it ("Karlstad" and "17
        # Värmlands län" of SCB's regions, the county no total of the table's)
        # (… but beside the country's row a county is the part: "andel av alla … i riket … i Kronoberg")
        return x in label.every_total or (is_county(x) and not all(is_county(y) or y in label.every_total for y in d.rows))

    if (
        form.wants == "share" and not c.is_share and not c.is_change and is_amount(c) and d.op in (Op.LOOKUP, Op.COMPARE)
        and label is not None and len(d.rows) == 2 and sum(1 for x in d.rows if is_whole(x)) == 1
        # (a count beside its row's own total – "Förgymnasial" beside "Totalt" – is a share of
        # that total in each row: "… i Landskrona, och hur står det sig mot riket?")
        and _whole_of_part(p, c) is None
    ):
        # "hur stor andel av de nystartade företagen i Värmland startades i Karlstad?" of counts:
        # the named row over the named total, computed – not the two counts left to divide
        whole = next(x for x in d.rows if is_whole(x))
        d.rows = [x for x in d.rows if x != whole] + [whole]
        d.share_of, d.op = whole, Op.LOOKUP
    elif (
        form.wants == "share" and not c.is_share and not c.is_change and is_amount(c) and d.op in (Op.LOOKUP, Op.SUM)
        and label is not None and len(d.rows) == 1 and d.rows[0] not in label.every_total and not d.scope
        and len(own := [x for x in label.totals if x not in label.geo_totals and not is_county(x)]) == 1
        # (… or of what the whole table holds – unless a column is each row's whole: "andel av
        # deltagarna … var kvinnor" beside "Deltagare totalt" is a share within the row)
        # (… unless the question names a part whose whole is a column of the row: "andel av alla
        # sjukfall i Halland är psykiatriska diagnoser" is Halland's psychiatric cases over its own
        # "Totalt", not Halland's cases over every county's)
        and not (_whole_of_part(g.p, c) is not None and g.r.features.get("col", 0) > 0)
        and (_WHOLE_ASKED.search(fold(form.text)) or (
            _share_of_what_table_holds(g.p, c, form) and _whole_of_part(g.p, c) is None
            # (a slice named – "var kvinnor" – asks the share within the row, not of the table's sum;
            # a place, or a split left at its default, only says where and of whom: "andel av
            # mottagarna i Kalmar län var kvinnor" is Kvinnor over Kön's Totalt there)
            and all(
                (k_ := g.p.cat(k)) is not None and (k_.is_period or k in d.defaults or is_geo_header(k) or all(is_county(v) for v in d.filters[k]))
                for k in d.filters
            )
        ))
    ):
        # "hur stor andel av total budget 2024 gick till digitalisering": the named row over the
        # table's own total row ("Summa"), computed – not the row's amount left beside the total
        d.rows = [d.rows[0], own[0]]
        d.share_of, d.op = own[0], Op.LOOKUP
    if d.op == Op.SUM and label is not None and len(d.rows) >= 3 and not d.share_of:
        # "hur stor andel av rikets nyinskrivna kom från Uppsala, Gävleborg och Västernorrland
        # tillsammans?": the total row is the whole, never a part added to its own parts
        wholes = [x for x in d.rows if x in label.every_total]
        parts_ = [x for x in d.rows if x not in label.every_total]
        if len(wholes) == 1 and len(parts_) >= 2:
            d.rows = parts_
            if form.wants == "share" and is_amount(c) and not c.is_share:
                d.share_of = wholes[0]
    if (
        d.op == Op.SUM and label is not None and len(d.rows) >= 2 and not d.share_of
        and any(x in label.geo_totals for x in d.rows) and not all(x in label.geo_totals for x in d.rows)
    ):
        # "… i länet totalt under 2024, och hur stor del av alla i riket är det?": the country holds
        # the county – never added to it (9 374 had been given): the one's share of the other when
        # a share is asked, else their figures side by side
        parts_ = [x for x in d.rows if x not in label.geo_totals]
        wholes = [x for x in d.rows if x in label.geo_totals]
        d.op = Op.LOOKUP
        if form.wants == "share" and is_amount(c) and not c.is_share and len(parts_) == 1 and len(wholes) == 1:
            d.rows, d.share_of = [parts_[0], wholes[0]], wholes[0]
    if (
        form.wants == "share" and not c.is_share and not c.is_change and is_amount(c) and d.op == Op.LOOKUP
        and label is not None and len(d.rows) == 1 and d.rows[0] not in label.every_total and not d.scope and not d.share_of
        and _OF_THE_COUNTY.search(fold(form.text)) and municipality_of(d.rows[0], homographs=True) is not None
        and len(counties := [x for x in label.every_total if is_county(x)]) == 1
    ):
        # "hur stor del av länets långtidsarbetslösa bor i Stockholms kommun?": the municipality's
        # row over its county's own row, computed – not the county's figure left beside it
        d.rows = [d.rows[0], counties[0]]
        d.share_of = counties[0]
    if (
        form.wants == "share" and c.is_count and not c.is_share and not c.is_change
        and d.op in (Op.LOOKUP, Op.SUM) and not d.rows and not d.scope and d.group_by is None
        and not d.share_of and not d.share_within
        and (
            (g.p.record_level and _PART_MARK.search(c.name))
            or (not g.p.record_level and d.op == Op.LOOKUP and any((x := g.p.cat(k)) is not None and not x.is_period for k in d.filters))
        )
    ):
        # "hur stor andel av deltagarna inom bygg var kvinnor?" of a register's "varav_kvinnor"
        # beside "antal_deltagare", "hur stor andel av de nyregistrerade företagen i Blekinge län
        # var enskilda firmor?" of a column per legal form beside "Totalsumma", sliced to the
        # county's rows: the part summed over the slice's rows, over the whole summed over the same
        # rows – computed
        whole = _whole_of_part(g.p, c)
        if whole is not None:
            d.share_over, d.op = whole.name, Op.SUM
    if (
        form.wants == "share" and not d.share_over and g.p.record_level and g.p.case_names and not c.is_share and d.op in (Op.LOOKUP, Op.SUM)
        and not d.rows and not d.scope and d.group_by is None and g.r.features.get("col", 0) < NAMES_COLUMN
    ):
        # "hur stor andel av besluten blev avslag" of a table of decisions, naming no column:
        # the cases in the slice counted, over every case – computed
        sliced = case_slices(g.p, form, g.dim_m, d.filters)
        if len(set(sliced)) == 1:
            d.share_within, d.op, d.agg = sliced[0], Op.COUNT, "count"
    if (
        (form.wants == "share" or slice_share_again) and not d.share_over and not c.is_share and not c.is_change and is_amount(c)
        and (g.p.record_level or d.bound_value_column) and d.op in (Op.LOOKUP, Op.SUM) and not d.rows and not d.scope and d.group_by is None
    ):
        # "hur stor andel av det beviljade beloppet gick till projekt i Malmö?" of a table of
        # decisions: the cases in the slice summed, over every case's sum – computed; "andel …
        # som varit utan arbete i mer än 12 månader": the band's slice over its column's whole
        sliced = [d.bound_value_column] if d.bound_value_column else _outcome_slice(g.p, form, g.dim_m, [
            m.column for m in g.dim_m if m.column in d.filters and not g.p.cat(m.column).is_period
        ])
        if len(set(sliced)) == 1:
            d.share_within, d.op = sliced[0], Op.SUM
    if (
        form.wants == "share" and not c.is_share and not c.is_change
        and (c.unit == "antal" or c.unit in KRONOR_PER or (c.unit is None and c.is_count))
        and not g.p.record_level and not d.share_of and not d.share_within
        # (… or of every row, ranked or bounded: "vilken kommun hade högst andel dagar uttagna av män")
        and ((d.op == Op.LOOKUP and len(d.rows) <= 1) or (
            # (the county named beside the ranking, "i Västmanland", is its comparison row, no row ranked)
            d.op in (Op.RANK, Op.THRESHOLD) and d.group_by is None
            and all(is_county(r) or (g.p.label is not None and r in g.p.label.totals) for r in d.rows)
        ))
        and not rate_of_measure(g.p, c, form)  # ("arbetslösheten i procent bland …": a rate, no share of the count)
    ):
        # "hur stor andel av alla lediga jobb i Uppsala län var inom Data/IT?" of counts split by
        # yrkesområde with its own total: the named part over the split's total – computed (over
        # the parts' sum when a breakdown has no total: "andel 0–19 år" of four age groups)
        for m in g.dim_m:
            cat = g.p.cat(m.column)
            kept = d.filters.get(m.column, ())
            if cat is not None and not cat.is_period and len(kept) == 2 and len(set(kept) & set(cat.totals)) == 1:
                # "hur stor andel av den totala nettoomsättningen … kom från tillverkning": the total
                # named is the whole of the share, not a second slice to list
                d.filters[m.column] = tuple(v for v in kept if v not in cat.totals)
        sliced = [
            m.column for m in g.dim_m
            if m.column in d.filters and not g.p.cat(m.column).is_period
            and (g.p.cat(m.column).totals or is_breakdown(g.p.cat(m.column), g.p.table.caption))
            and not set(d.filters[m.column]) & set(g.p.cat(m.column).totals)
        ]
        if len(set(sliced)) == 1 and len(d.filters[sliced[0]]) == 1 and (
            c.unit is not None or _parts_add_up(g.p, c, sliced[0], d.filters)
            # (a split the caption lists, with no total of its own, of whole numbers: "förgymnasial
            # utbildning" of "Befolkning 25-64 år efter region, utbildningsnivå och år" – the share of
            # all its groups, which make up the whole)
            # (… of a table of that one measure: beside other columns – "Kvinnor", "Män", "Totalt" –
            # the share is of a column over its whole, not of one program among the others)
            or (not g.p.cat(sliced[0]).totals and len(g.p.values) == 1 and _whole_numbers(g.p, c))
        ):
            # (a column without a unit is a count only when its parts add up to their total:
            # medians by age beside "Totalt 20+ år" are no parts of it)
            d.share_within = sliced[0]
    if (
        form.wants == "share" and d.op == Op.LOOKUP and len(d.rows) == 1 and not d.share_of and not d.share_within
        and not d.share_over and is_amount(c) and not g.p.record_level and g.label is not None and not g.label.every_total
        and _OF_ALL.search(fold(form.text)) and _rows_make_the_whole(g, form)
    ):
        # "hur stor andel av alla förvärvsarbetande i Skåne 2024 fanns i Malmö?" of Skåne's
        # municipalities with no county row: Malmö over the sum of the rows – computed
        d.share_of_rows = True
    banded = d.op == Op.LOOKUP and not d.share_of and not d.share_within
    band = next((k for k, v in d.filters.items() if banded and len(v) > 1 and (x := g.p.cat(k)) is not None
                 and set(v) == set(age_groups_of(x, form.text))), None)
    if (
        band is not None and not c.is_share and not c.is_change and is_amount(c)
        # (bands beside their total add up to it when they are counts – medians by age do not)
        and (not g.p.cat(band).totals or _parts_add_up(g.p, c, band, d.filters))
    ):
        # "hur stor andel av invånarna i Munkfors är 65 år eller äldre": the age groups from 65 up
        # added together, over the split's total when a share is asked – computed
        d.op = Op.SUM
        if form.wants == "share":
            d.share_within = band
    elif (
        banded and band is None and len(d.rows) > 1 and g.label is not None and form.wants != "share"
        and not c.is_share and not c.is_change and is_amount(c) and set(d.rows) == set(age_groups_of(g.label, form.text))
    ):
        # "hur många invånare 80 år och äldre har Berg" of a population pyramid, whose rows are
        # its age groups: the rows of the band added together
        d.op = Op.SUM
    if (
        slice_share_again and not d.share_within and not d.share_over and not d.share_of and d.group_by is None
        and d.op in (Op.LOOKUP, prev.op) and prev.op in (Op.SUM, Op.COUNT, Op.LOOKUP)
        and d.filters.get(prev.share_within) == dict(prev.filters).get(prev.share_within)
    ):
        # "och i Sölvesborg?" after "hur stor andel av befolkningen i Olofström är 65 år eller
        # äldre": the same slice's share of its whole, for the row now named
        d.op, d.share_within = prev.op, prev.share_within
        if prev.op == Op.COUNT:
            d.agg = prev.agg
    if (
        form.wants == "share" and c.is_count and not c.is_share and not c.is_change and d.op in (Op.RANK, Op.THRESHOLD)
        and not d.share_of and not d.share_within and d.group_by is None and not g.p.record_level
    ):
        # "vilka kommuner har störst andel med eftergymnasial utbildning" of counts per level
        # beside their total: the rows ranked by the part over the whole, computed row by row
        whole = _whole_of_part(g.p, c)
        if whole is not None:
            d.share_over = whole.name
    if (
        form.wants == "share" and c.is_count and not c.is_share and not c.is_change and d.op == Op.LOOKUP and not d.rows
        and not d.scope and d.group_by is None and not d.share_of and not d.share_within and not g.p.record_level
    ):
        # "hur stor andel av tillstånden gick till kvinnor?" of "varav kvinnor" beside its whole,
        # no row named: the table's own total row, the part over the whole (every row's part had
        # been listed, no share given)
        t = g.p.table
        grand = list(dict.fromkeys(str(t.frame.at[i, t.label_column]) for i in t.total_rows if i not in set(t.group_rows)))
        if len(grand) == 1 and _whole_of_part(g.p, c) is not None:
            d.rows = grand
    if (form.wants == "share" or share_again) and c.is_count and not c.is_share and not c.is_change and d.op == Op.LOOKUP and d.rows and not d.share_of and not d.share_within:
        # "hur stor andel av de inskrivna arbetslösa … var utrikes födda?" of "varav utrikes födda"
        # beside its whole: the part over the whole, row by row, computed; "hur stor andel av
        # dagbefolkningen är inpendlare": the count column the question names after "andel av"
        whole = _whole_of_part(g.p, c) or _whole_named(g.p, c, form)
        if whole is not None:
            d.share_over = whole.name
    if d.rows and d.op not in (Op.RANK, Op.THRESHOLD) and any(is_county(x) for x in d.rows):
        # "arbetslösheten i Dalarnas län": the county's own row, which lies in no county – the
        # derived county column slices the rows inside it, for rankings and sums over them
        for name in DERIVED_COUNTY:
            d.filters.pop(name, None)
    sign = _sign_asked(form)
    if (
        sign and d.threshold is None and not d.rows and not d.scope and d.group_by is None and form.direction is None
        and (d.op in (Op.SUM, Op.COUNT, Op.THRESHOLD) or (d.op == Op.LOOKUP and (form.plural or form.wants == "count")))
        and not c.is_share and _signed(p, c)
    ):
        # "vilka nämnder gick med underskott 2024 och hur mycket blev underskottet sammanlagt?" of
        # a deviation column: the rows below zero (listed, counted or summed) – never the table's
        # own sum row, which nets the surpluses against them
        d.threshold = Threshold(sign, 0.0, False)
        if d.op == Op.LOOKUP:
            # ("hur många nämnder gick med underskott": the rows below zero, counted)
            d.op = Op.COUNT if form.wants == "count" and not form.plural else Op.THRESHOLD
    th = d.threshold
    if th is not None and c.is_change and form.change_down and th.value > 0 and th.op in (">", ">="):
        # "väntas minska med mer än 5 %" of a change column: a change below −5, not above 5
        d.threshold = th = Threshold("<" if th.op == ">" else "<=", -th.value, th.percent, th.kronor)
    if th is not None and c.unit == "andel" and th.percent:
        d.threshold = th = Threshold(th.op, th.value / 100, True)
    if th is not None and th.kronor and c.unit in KRONOR_PER:
        # "mer än 5 miljoner kr" of a column in tkr: 5 000 tkr
        d.threshold = Threshold(th.op, th.value / KRONOR_PER[c.unit], False, True)
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
        # (… unless the table holds that county's municipalities beside it and the other counties:
        # "vilken kommun i Västmanland …" of Riket, Västmanlands län, its ten municipalities and
        # three other counties – the municipalities are the rows ranked)
        inside = _municipalities_in(label.values, d.rows[0])
        area = fold(display_label(d.rows[0]))
        if len(inside) < 2 and any(says(fold(g.p.table.caption), a) for a in (area, f"{area}s")):
            # (… or the area the table itself is about, by its caption – "Skaraborgs kommuner i
            # siffror" with a row for Skaraborg beside its fifteen municipalities and the county:
            # its municipalities are the rows inside it)
            inside = tuple(
                v for v in label.values
                if v != d.rows[0] and v not in label.every_total and not is_county(v) and municipality_of(v, homographs=True)
            )
        if len(inside) < 2:
            g.r.missing_kind = g.r.missing_place = g.r.missing_breakdown = f"något inom {display_label(d.rows[0])}"
            raise Lacks
        d.scope, d.rows = inside, []


def _municipalities_in(values, county: str) -> tuple[str, ...]:
    """The values that are municipalities of ``county`` (a county row's label: "Västmanlands län")."""
    from ingest.swedish import COUNTY_BY_CODE, municipality_counties

    code = next((k for k, v in COUNTY_BY_CODE.items() if fold(v) == fold(county) or county_root(v) == county_root(county)), None)
    if code is None:
        return ()
    counties = municipality_counties()
    return tuple(v for v in values if (m := municipality_of(v, homographs=True)) and counties.get(m) == code)


_SECOND_QUESTION = re.compile(r"\b(?:och|samt|and)\s+(?:hur\s+(?:många|mycket|stor|stort)|how\s+(?:many|much))\b(.*)$")


def _second_measure(p: Profile, c: ValueColumn, form: Form) -> ValueColumn | None:
    """The one other value column that a second question of the same sentence names ("… och hur
    många pendlade ut därifrån?" → Utpendlare), by a word of its header or a particle verb written
    apart ("pendlade ut" of "Utpendlare"); None when there is no such clause or column."""
    m = _SECOND_QUESTION.search(fold(form.text))
    if m is None:
        return None
    toks = re.findall(r"[a-zåäö]+", m.group(1))
    if {"andel", "andelen", "procent", "share", "percent", "percentage", "proportion"} & set(toks):
        return None  # "… och hur stor andel av arbetskraften är det?": a share of the first, not a column
    keys = {stem(w) for w in toks if len(w) >= 4}
    keys |= {part + stem(w) for a, b in itertools.pairwise(toks) for part, w in ((b, a), (a, b)) if part in PARTICLES and len(w) >= 4}
    # (… or a synonym of one: "hur mycket som hade använts" names "Utfall jan–sep")
    keys |= {stem(fold(m)) for w in toks if len(w) >= 4 for m in _synonyms_of(w) if " " not in m and len(m) >= 4}

    def names(v: ValueColumn) -> bool:
        return any(len(k) >= 5 and any(t.startswith(k) for t in v.terms) for k in keys)

    if names(c):
        return None
    named = [v for v in p.values if v is not c and not v.is_change and names(v)]
    return named[0] if len(named) == 1 else None


_WHY = re.compile(r"\b(?:varför|av vilken anledning|vad beror|orsak\w*|why|reason\w*)\b")
# headers of a column that says why: "Kommentar", "Orsak", "Anmärkning", "Motivering", "Status­kommentar"
_REASON_HEADER = re.compile(r"(?:kommentar|orsak|anmärkning|motivering|förklaring|comment|reason|note)")
_OF_THE_COUNTY = re.compile(r"\b(?:andel|andelen|del|delen|share|proportion|part)\s+(?:av|of)\s+(?:hela\s+|the\s+)?(?:länets|the county's|the countys)\b")
_OF_ALL = re.compile(r"\b(?:andel|andelen|share|proportion)\s+(?:av|of)\s+(?:alla|samtliga|hela|all|the)\b")


def _rows_make_the_whole(g, form: Form) -> bool:
    """Are the table's rows the whole a question names: municipalities of the one county it
    names (or of one county, when it names none) – no row of another place among them?"""
    from ingest.swedish import COUNTY_BY_CODE, municipality_counties, municipality_of

    codes = municipality_counties()
    counties = set()
    for v in g.label.values:
        m = municipality_of(v, homographs=True)
        if m is None:
            return False
        counties.add(codes.get(m))
    if len(counties) != 1 or len(g.label.values) < 3:
        return False
    folded = fold(form.text)
    named = {
        code for code, name in COUNTY_BY_CODE.items()
        if re.search(rf"\b{re.escape(fold(name).removesuffix(' län').removesuffix('s'))}s?\b", folded)
    }
    return not named or named == counties


_TOGETHER = re.compile(r"\b(?:tillsammans|sammanlagt|sammantaget|ihop|together|combined|in total)\b")


def _per_column(p: Profile, c: ValueColumn, form: Form) -> ValueColumn | None:
    """The other count column of a table that a question's "per <word>" names ("sökande per
    plats" → "Erbjudna platser" beside "Sökande, Totalt"), when the column read is a count and
    no rate itself; None otherwise (a base of a rate the table gives, a word no column names)."""
    m = re.search(r"\bper\s+(\w{4,})(?:\s+(\w{4,}))?", fold(form.text))
    if m is None or not c.is_count or c.is_share or c.is_change or RATE_HEADER.search(fold(c.name)):
        return None
    # (the word after "per", else the noun after its adjective: "per erbjuden plats")
    for word in (w for w in m.groups() if w and w not in STOPWORDS):
        said = {stem(word), fold(word)}
        if any(said & cat.terms for cat in p.cats):
            return None  # ("per kommun": a grouping by a column of the table)
        named = _counts_named(p, c, said)
        if named:
            return named[0] if len(named) == 1 else None
    return None


def _counts_named(p: Profile, c: ValueColumn, said: set[str]) -> list[ValueColumn]:
    """The table's count columns besides ``c`` (no share, no change) whose words hold one of ``said``."""
    return [v for v in p.values if v is not c and v.is_count and not v.is_share and not v.is_change and said & v.terms]


def _amount_per_unit(p: Profile, c: ValueColumn, form: Form) -> ValueColumn | None:
    """The one amount of money a mean asked of a count's units names ("i snitt i ekonomiskt
    bistånd" beside "Antal biståndshushåll"), when the column read is that count and the
    question asks a mean; None otherwise."""
    if form.op != Op.MEAN or not c.is_count or c.is_share or c.is_change:
        return None
    asked = {stem(t) for t in form.content if len(t) >= 4} - c.all_terms
    money = [v for v in p.values if v is not c and v.unit in KRONOR_PER and not v.is_share and not v.is_change and asked & v.all_terms]
    return money[0] if len(money) == 1 else None


def _per_count(p: Profile, c: ValueColumn, form: Form) -> ValueColumn | None:
    """The register's count column a rate's base names ("per deltagare" → "Antal deltagare"),
    when the measure is an amount or count of its own; None otherwise."""
    m = re.search(r"\bper\s+(\w+)", fold(form.text))
    if m is None or m.group(1) not in rate_bases() or not p.record_level or c.is_share or c.is_change or not is_amount(c):
        return None
    word = m.group(1)
    named = _counts_named(p, c, {stem(word), fold(word)})
    return named[0] if len(named) == 1 else None


def _second_sum(p: Profile, form: Form) -> ValueColumn | None:
    """The one amount of money in a register that a second question of the same sentence asks
    for ("… och hur mycket blev det sammanlagt?", "… and how much in total?"); None otherwise."""
    folded = fold(form.text)
    m = _SECOND_QUESTION.search(folded)
    if m is None or not p.record_level or not re.search(r"\bhur\s+mycket\b|\bhow\s+much\b", folded):
        return None
    money = [v for v in p.values if v.unit in KRONOR_PER and not v.is_share and not v.is_change]
    if len(money) > 1:
        # "hur många projekt beviljades …, och hur mycket pengar blev det?" of "Beviljat belopp"
        # beside "Medfinansiering (kr)": the one amount whose header the question's words name
        asked = {t[:6] for t in form.tokens if len(t) >= 6}
        money = [v for v in money if any(fold(w)[:6] in asked for w in words(v.name) if len(w) >= 6)]
    return money[0] if len(money) == 1 else None


@lru_cache(maxsize=1)
def _synonym_members() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for group in synonym_groups():
        for member in group:
            if " " not in member:
                out.setdefault(stem(fold(member)), []).extend(group)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _synonyms_of(word: str) -> tuple[str, ...]:
    return _synonym_members().get(stem(fold(word)), ())


def rate_of_measure(p: Profile, c: ValueColumn, form: Form) -> str | None:
    """The question's noun of rate that names the column's own measure ("arbetslösheten" of
    "Inskrivna arbetslösa"): a rate of what the table counts, which no share of its counts is.
    ("tillverkning", a value of a breakdown, is no rate of the measure.)"""
    terms = c.all_terms | p.caption_terms
    for w in form.rate_words:
        s = stem(fold(w))
        root = re.sub(r"het$", "", s)
        if len(root) >= 5 and any(t == root or (len(t) >= 6 and (t.startswith(root) or root.startswith(t))) for t in terms):
            return w
    return None


def _whole_numbers(p: Profile, c: ValueColumn) -> bool:
    """Is every figure of ``c`` a whole number (a count, not a median or a rate)?"""
    vals = pd.to_numeric(p.table.frame[c.name], errors="coerce").dropna() if c.name in p.table.frame.columns else pd.Series(dtype=float)
    return len(vals) > 0 and bool((vals == vals.round()).all())


def _parts_add_up(p: Profile, c: ValueColumn, dim: str, within: dict[str, tuple[str, ...]] | None = None) -> bool:
    """Do the figures of ``dim``'s values add up to its total value's, slice by slice (to their
    rounding, or to at least four fifths of it), in nine slices of ten or more? ``within``: the
    query's filters – of a column of measures, only the measure kept is looked at (counts of
    cases add up over kön, a sickness rate in days beside them does not)."""
    cat = p.cat(dim)
    frame = p.table.frame
    if cat is None or not cat.totals or c.name not in frame.columns or dim not in frame.columns:
        return False
    for col, kept in (within or {}).items():
        x = p.cat(col)
        if x is not None and x.measures and col in frame.columns:
            frame = frame[frame[col].astype(str).isin(kept)]
    others = [x.name for x in p.cats if x.name != dim and x.name in frame.columns]
    vals = pd.to_numeric(frame[c.name], errors="coerce")
    is_total = frame[dim].astype(str).isin(cat.totals)
    keys = [frame[x].astype(str) for x in others] or [pd.Series("", index=frame.index)]
    parts = vals[~is_total].groupby([k[~is_total] for k in keys]).agg(["sum", "count"])
    whole = vals[is_total].groupby([k[is_total] for k in keys]).sum()
    both = parts.join(whole.rename("whole"), how="inner").dropna()
    if both.empty:
        return False
    # (to the total or a little under it: "Samtliga" may hold cases of no listed value – an
    # unknown level of education – while medians by age add up to several times their total)
    tol = 0.5 * both["count"] + 0.005 * both["whole"].abs()
    fits = (both["sum"] <= both["whole"] + tol) & (both["sum"] >= 0.8 * both["whole"] - tol)
    return bool(fits.mean() >= 0.9)


def county_columns(p: Profile) -> list[tuple[CatColumn, list[str]]]:
    """The columns beside the label that may place rows in counties – derived from codes or
    order, or holding two counties or more – each with the counties it holds."""
    out = []
    for c in p.cats:
        if c.role == "label" or c.is_period:
            continue
        counties = [v for v in c.values if v and is_county(v)]
        if c.name in DERIVED_COUNTY or len(counties) >= 2:
            out.append((c, counties))
    return out


def _county_slice(p: Profile, county_row: str) -> tuple[str, str] | None:
    """(column, value) of the column that places each row in a county holding ``county_row``'s
    county; None when there is none."""
    root = county_root(county_row)
    for c, _ in county_columns(p):
        hit = [v for v in c.values if v and county_root(v) == root]
        if len(hit) == 1:
            return c.name, hit[0]
    return None


def _column_relation(p: Profile, c: ValueColumn, word: str, years: tuple[int, ...] = ()) -> tuple[ValueColumn, ValueColumn] | None:
    """(the compared column, the column it is compared with) for "över budget": ``word`` names a
    value column; the compared one is the reading's column when that is another one ("utfall över
    budget"), else the one column of the same unit that is neither a share, a change nor the
    signed difference of two others ("Avvikelse" = Budget − Utfall). None when that is not one column."""
    w = {stem(word), fold(word)}
    # "budgeterat" of "Budget 2026": a word that begins with the header's word names it too
    named = [o for o in p.values if w & o.terms or any(len(t) >= 5 and fold(word).startswith(t) for t in o.terms)]
    if len(named) > 1 and years:
        # "Budget 2023" and "Budget 2024": the asked year's
        named = [o for o in named if set(years_in(o.name)) & set(years)] or named
    if len(named) != 1:
        return None
    other = named[0]
    if c is not other and years and set(years_in(c.name)) - set(years):
        # ("Utfall 2024" read for "utfall … 2023": the asked year's column of the same measure)
        twin = [x for x in p.values if x is not other and x.terms - {str(y) for y in years_in(x.name)} == c.terms - {str(y) for y in years_in(c.name)}
                and set(years_in(x.name)) & set(years)]
        c = twin[0] if len(twin) == 1 else c
    if c is not other:
        return (c, other) if c.unit == other.unit and not c.is_share and not c.is_change and not _deviation(p, c) else None
    same = [x for x in p.values if x is not other and x.unit == other.unit and not x.is_share and not x.is_change]
    if len(same) > 1 and years:
        same = [x for x in same if set(years_in(x.name)) & set(years)] or same  # the asked year's outcome
    if len(same) > 1:  # of outcome, budget and deviation each is the difference of the others: the signed one is the deviation
        same = [x for x in same if not _deviation(p, x)]
    return (same[0], other) if len(same) == 1 else None


def _sign_asked(form: Form) -> str | None:
    """"<" when the question asks for a shortfall ("gick med underskott"), ">" for a surplus."""
    toks = {fold(t) for t in form.tokens}
    under, over = toks & deficit_words(), toks & surplus_words()
    return "<" if under and not over else ">" if over and not under else None


def _signed(p: Profile, c: ValueColumn) -> bool:
    """Figures of both signs in the body: a deviation, a result, a net."""
    frame, totals = p.table.frame, set(p.table.total_rows)
    d = pd.to_numeric(frame[c.name].iloc[[i for i in range(len(frame)) if i not in totals]], errors="coerce")
    return bool((d < 0).any() and (d > 0).any())


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


def _places(cat: CatColumn) -> bool:
    """Whether a column's rows are places: named so (Kommun, Län, Region, Område …), or counties."""
    return bool(re.search(r"kommun|region|län|område|\bort\b", fold(cat.name))) or sum(1 for v in cat.values if is_county(v)) >= 3


def _one_row_each(p: Profile, group: str, filters: dict[str, tuple[str, ...]], latest: list[str]) -> bool:
    """Does every value of ``group`` hold one row within the filters, the latest periods pinned
    (a mean per group would only repeat each row's value)?"""
    df = _pinned(p, filters, latest)
    return bool(len(df)) and group in df.columns and bool(df.groupby(df[group].astype(str)).size().max() <= 1)


def _records(p: Profile, filters: dict[str, tuple[str, ...]], latest: list[str]) -> bool:
    """Rows that no category tells apart once the slice is fixed: a table of records (one row per
    case), where a question about a label is a group-by."""
    # (cases told apart by their names or numbers need no slicing to say so)
    return p.record_level and (p.case_names or cases_repeat(p, _pinned(p, filters, latest)))


def _slice_body(g: Given, d: Draft):
    """The rows of the draft's slice (its filters, its latest periods), the label's total rows left out."""
    kept = _pinned(g.p, d.filters, d.latest)
    return kept[~kept[g.label_name].astype(str).isin(g.label.every_total)] if g.label_name in kept.columns else kept


def _weighted_groups(p: Profile, d: Draft, column: str) -> bool:
    """Does each value of ``column`` kept by the draft's filters hold two or more rows whose share
    the table's counts give (see ``compute.weighted_share_of``)?"""
    body = _pinned(p, d.filters, d.latest)
    groups = body.groupby(body[column].astype(str)) if column in body.columns else []
    return len(body) >= 4 and all(len(g) >= 2 for _, g in groups) and weighted_share_of(p, body, d.c.name) is not None


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
    whole = re.search(r"\b(?:av|of)\s+(.+)", fold(share.name))
    if whole and len(counts) == 1:
        # "Andel av befolkningen 18–24 år (%)" beside a bare "Antal": the share of the population,
        # and the count is its numerator, not that population – no base to compute a count from
        said = {stem(w) for w in re.findall(r"[^\W\d_]{4,}", whole.group(1))}
        if said and not said & set(counts[0].all_terms):
            return None
    if len(counts) == 1:
        return counts[0].name
    # columns under one merged header ("Oktober 2025, Kunskapsprov, Godkända (%)" beside
    # "Oktober 2025, Kunskapsprov, Antal prov"): the count of the share's own group
    group = _group_and_part(share.name)[0] if ", " in share.name else None
    same = [v for v in counts if group and ", " in v.name and _group_and_part(v.name)[0] == group]
    return same[0].name if len(same) == 1 else None


def _row_value(t, row: str, col: str, filters: dict[str, tuple[str, ...]]) -> float | None:
    df = t.frame
    mask = df[t.label_column].astype(str) == row
    for k, v in filters.items():
        mask &= df[k].astype(str).isin(v)
    vals = df.loc[mask, col].dropna()
    return float(vals.iloc[0]) if len(vals) == 1 else None


_MARGIN = re.compile(r"^\s*(?:±|\+/-)|konfidensintervall|felmarginal|osäkerhetsmarginal|margin of error", re.I)


def _margin_beside(p: Profile, c: ValueColumn) -> str | None:
    """The margin column right after ``c`` ("± (konfidensintervall)"), if the export has one."""
    names = [v.name for v in p.values]
    i = names.index(c.name) if c.name in names else -1
    if 0 <= i < len(names) - 1 and _MARGIN.search(names[i + 1]) and not _MARGIN.search(c.name):
        return names[i + 1]
    return None


# the two sexes as exports name them, in columns side by side ("Kvinnor, Antal" | "Män, Antal")
_SEX_PAIRS = (("kvinnor", "män"), ("kvinna", "man"), ("flickor", "pojkar"), ("women", "men"), ("female", "male"))
_BOTH_SEXES = re.compile(
    r"\b(?:kvinnor|women|flickor|girls)\b.*\b(?:män|men|pojkar|boys)\b|\b(?:män|men|pojkar|boys)\b.*\b(?:kvinnor|women|flickor|girls)\b|\bbåda könen\b|\bboth sexes\b"
)
_SUMMED_WORDS = re.compile(rf"\b(?:{TOGETHER_WORDS}|båda könen|total|both sexes)\b")
_TOTAL_WORDS = frozenset({"totalt", "total", "samtliga", "alla", "båda"})


_QUARTER_WORDS = re.compile(r"(?:\b|(?<=\d))(?:kvartal|kv|q|k)\.?\s*[1-4]\b")
# a range of quarters, the year's first to another ("2025K1–K3", "kv 1–3"): the months to that quarter's end
_QUARTER_RANGE = re.compile(r"(?:\b|(?<=\d))(?:kvartal|kv|q|k)\.?\s*([1-4])\s*[–-]\s*(?:(?:kvartal|kv|q|k)\.?\s*)?([1-4])\b")


# a tertial, a third of the year ("2024 T2 jan–aug", "tertial 3"): a period, no measure
_TERTIAL_WORDS = re.compile(r"(?:\b|(?<=\d))(?:tertial|t)\.?\s*[1-3]\b")


def _without_period(header: str) -> str:
    """A header without its months, quarters, tertials and years: what it measures ("Arbetslösa
    jan 2025" → "arbetslösa", "Kv 1 2025" → "", "2024 T2 jan–aug" → "")."""
    t = _TERTIAL_WORDS.sub(" ", _QUARTER_WORDS.sub(" ", _QUARTER_RANGE.sub(" ", fold(header))))
    t = re.sub(r"(?:19|20)\d\d(?:-\d\d(?:-\d\d)?)?", " ", t)
    return " ".join(w for w in re.findall(r"[a-zåäö0-9]+", t) if w not in MONTHS)


def _months_of_header(header: str) -> tuple[int, ...]:
    """The months a header covers: one month ("jan 2025"), a quarter's three ("Kv 1 2025"), a
    range's ("Jan–sep 2025": January to September)."""
    r = _QUARTER_RANGE.search(fold(header))
    if r is not None and int(r.group(1)) < int(r.group(2)):
        return months_of_quarters(range(int(r.group(1)), int(r.group(2)) + 1))
    q = _QUARTER_WORDS.search(fold(header))
    if q is not None:
        return months_of_quarters((int(q.group(0)[-1]),))
    named = months_named(header)
    if len(named) == 2 and re.search(r"[–-]", header):
        return tuple(range(min(named), max(named) + 1))
    return tuple(named) if len(named) == 1 else ()


def _same_measure(p: Profile, c: ValueColumn, form: Form) -> tuple[set[int], dict[str, tuple[int, ...]]]:
    """(the year read, each column of ``c``'s measure in that year → the months its header
    covers): the columns a sum or a running total of months is taken from. The year is the
    question's, else ``c``'s own (its header's or the caption's); more than one is no year."""
    # (a sum's word names no other measure: "Summa jan–nov 2025" beside "jan" … "nov")
    def measure_of(name: str) -> str:
        return re.sub(r"\s+", " ", _TOTAL_WORD.sub(" ", _without_period(name))).strip()

    measure = measure_of(c.name)
    year_of = lambda v: set(years_in(v.name)) or set(p.caption_years)  # noqa: E731
    years = set(form.years) or year_of(c)
    if len(years) > 1:
        return years, {}
    return years, {
        v.name: _months_of_header(v.name) for v in p.values
        if measure_of(v.name) == measure and year_of(v) == years and not v.is_share and not v.is_change
    }


_TOTAL_WORD = re.compile(r"\b(?:summa|totalt|total|sammanlagt)\b")


def months_summed(p: Profile, c: ValueColumn, form: Form) -> tuple[str, ...]:
    """The columns to add up for months asked together ("första halvåret", "januari–juni") of a
    table with a column per month: the asked months' columns of ``c``'s measure and year, when
    the table's own quarters or ranges of that measure are the sums of their months on (nearly)
    every row – a flow, whose months add up (new recipients). One column when one of those
    already holds exactly the months asked. () when months are not asked together, a month's
    column is missing, or nothing shows the months add up (a stock's quarters are means: its
    months are never summed)."""
    # (a quarter asked is its three months: "andra kvartalet" of "jan" … "nov" beside their sum)
    asked = tuple(sorted(set(form.months) | set(months_of_quarters(form.quarters))))
    if len(asked) < 2 or any(x.is_period for x in p.cats) or not months_across(p) or c.is_share or c.is_change:
        return ()
    years, family = _same_measure(p, c, form)
    if len(years) != 1:
        return ()
    single = {ms[0]: name for name, ms in family.items() if len(ms) == 1}
    if not set(asked) <= set(single):
        return ()
    whole = [name for name, ms in family.items() if len(ms) >= 2 and set(ms) <= set(single)]
    if not whole:
        return ()
    frame = p.body_frame()
    for name in whole:
        parts = [single[m] for m in family[name]]
        total = pd.to_numeric(frame[name], errors="coerce")
        added = frame[parts].apply(pd.to_numeric, errors="coerce").sum(axis=1, min_count=len(parts))
        both = total.notna() & added.notna()
        if int(both.sum()) < 2 or not ((total[both] - added[both]).abs() <= 0.5 * len(parts)).mean() >= 0.9:
            return ()  # (a quarter that is its months' mean, or anything else: the months are no flow)
    exact = next((name for name in whole if family[name] == asked), None)
    return (exact,) if exact is not None else tuple(single[m] for m in asked)


def _a_stock(p: Profile, d: Draft, form: Form) -> bool:
    """Are the rows the draft reads a stock rather than a flow, by their figures: across the
    running columns of ``d.c``'s measure (the year's first period to the latest), a flow's total
    grows with the months it covers, a stock's level stays near where it was (population
    283 251 → 283 969); the median change of the rows read under a fifth of the first figure."""
    _, family = _same_measure(p, d.c, form)
    runs = sorted((ms[-1], name) for name, ms in family.items() if ms and ms[0] == 1)
    if len(runs) < 2:
        return False
    first, last = runs[0][1], runs[-1][1]
    frame = _pinned(p, d.filters, d.latest)
    if d.rows and p.label is not None and p.label.name in frame.columns:
        frame = frame[frame[p.label.name].astype(str).isin(d.rows)]
    a = pd.to_numeric(frame[first], errors="coerce")
    b = pd.to_numeric(frame[last], errors="coerce")
    known = a.notna() & b.notna() & (a.abs() > 0)
    if not known.any():
        return False
    return float(((b[known] - a[known]).abs() / a[known].abs()).median()) < 0.2


def running_months(p: Profile, c: ValueColumn, form: Form) -> tuple[str, ...]:
    """The columns for months asked of running totals from January ("jan", "jan–feb" … "jan–okt",
    each the sum so far, as the figures show: never falling along a row): (the total to the last
    month asked,) when the months run from January, else (that total, the total to the month
    before the first asked) – the one less the other. () when the table's months are no running
    totals of ``c``'s measure and year, or a month needed has no column."""
    # ("under andra kvartalet": its three months)
    asked = sorted(set(form.months) or set(months_of_quarters(form.quarters)))
    if not asked or asked != list(range(asked[0], asked[-1] + 1)) or any(x.is_period for x in p.cats) or c.is_share or c.is_change:
        return ()
    _, family = _same_measure(p, c, form)
    runs = {ms[-1]: name for name, ms in family.items() if ms and ms == tuple(range(1, ms[-1] + 1))}
    if len(runs) < 3 or max(runs) == 1:
        return ()
    order = [runs[m] for m in sorted(runs)]
    values = p.body_frame()[order].apply(pd.to_numeric, errors="coerce")
    steps = values.diff(axis=1).iloc[:, 1:]
    known = steps.notna()
    # (headers that write their range from the year's start – "jan–sep", "2025K1–K3" – say they
    # are running totals, of net figures too, which may fall: "Födelseöverskott")
    said = all(re.search(r"[–-]", name) for name in order[1:])
    if not said and (int(known.values.sum()) < 4 or float((steps[known] >= 0).values.sum()) < 0.98 * float(known.values.sum())):
        return ()  # (months that fall along a row are each their own month's)
    first, last = asked[0], asked[-1]
    if last not in runs:
        return ()
    if first == 1:
        return (runs[last],)
    return (runs[last], runs[first - 1]) if first - 1 in runs else ()


# where a header's kind is told after its noun: "Lönebidrag för utveckling i anställning",
# "Anställningsstöd, nystartsjobb", "Stöd – investeringar"
_KIND_OF = re.compile(r"\s+(?:för|för att|av typen|i form av|inom)\s+|\s*[,:]\s+|\s+[–-]\s+")


def kinds_together(p: Profile, c: ValueColumn, form: Form) -> tuple[str, ...]:
    """Columns that are kinds of one thing ("Lönebidrag för utveckling i anställning",
    "Lönebidrag för trygghet i anställning") when the question names the thing and none of the
    kinds: their names, ``c``'s first, to be added up row by row; () otherwise – when the table
    gives their total, when a kind is named, or for shares and rates, which are never added up."""
    if c.is_share or c.is_change or c.unit in RATE_UNITS or re.search(r"\bper\b|%", fold(c.name)):
        return ()
    if MEAN_WORD.search(fold(c.name)) or MEDIAN_WORD.search(fold(c.name)):
        return ()  # ("Genomsnittligt meritvärde …, Flickor" and "…, Pojkar": means are never added up)
    if INDEX_WORD.search(fold(c.name)):
        return ()  # ("Kalmar län, 1 år, Bristindex" and "…, 5 år, Bristindex": an index is never added up)
    parts = _KIND_OF.split(c.name.strip(), maxsplit=1)
    if len(parts) != 2 or not parts[0].strip():
        return ()
    head = fold(parts[0]).strip()
    if is_county(head) or municipality_of(head) or fold(head) in ("riket", "sverige", "hela landet"):
        return ()  # ("Kalmar län, 1 år" beside "Kalmar län, 5 år": a place's measures, not kinds of a thing)
    asked = {stem(w) for w in form.tokens}
    head_stems = {stem(w) for w in words(head)}
    if not head_stems & asked:
        return ()
    siblings: dict[str, tuple[ValueColumn, str]] = {}  # name → (column, its kind: "trygghet i anställning")
    for o in p.values:
        op_ = _KIND_OF.split(o.name.strip(), maxsplit=1)
        if len(op_) == 2 and fold(op_[0]).strip() == head:
            if is_total_label(op_[1].strip()):
                return ()  # ("…, Totalt" beside "…, Flickor" and "…, Pojkar": the table gives the whole)
            siblings[o.name] = (o, fold(op_[1]))
        elif fold(o.name).strip() == head or (set(words(fold(o.name))) & {"totalt", "summa", "samtliga"} and head_stems <= {stem(w) for w in words(fold(o.name))}):
            return ()  # the table gives the whole
    if len(siblings) < 2 or any(o.is_share or o.is_change or o.unit != c.unit for o, _ in siblings.values()):
        return ()
    said_number = any(t.isdigit() or t in NUMBER_WORDS for t in form.tokens if not re.fullmatch(r"(?:19|20)\d\d", t))
    for _, tail_text in siblings.values():
        if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", tail_text) or names_part_of_year(tail_text):
            return ()  # ("Ledsagarservice, 2024" beside "…, 2025": a measure's years, never added up)
        tail = {stem(w) for w in words(tail_text) if w not in STOPWORDS and len(w) >= 3}
        if tail & asked - head_stems:
            return ()  # a kind is named: "lönebidrag för utveckling"
        if said_number and re.search(r"\d", tail_text):
            return ()  # "minst tre års eftergymnasial utbildning": a kind told by its figure
    return tuple([c.name] + [name for name in siblings if name != c.name])


def sexes_together(p: Profile, c: ValueColumn, form: Form) -> tuple[str, ...]:
    """"hur många arbetslösa … män och kvinnor ihop" read in one sex's column: of a table with
    women's and men's figures in columns of their own, the column of both when the table has one
    (one name), else the two columns to be added up row by row, the women's first (two names);
    () when the question does not ask for both together, or ``c`` is of neither sex. A share or
    rate is never added up."""
    text = fold(form.text)
    if not (_BOTH_SEXES.search(text) and _SUMMED_WORDS.search(text)) or c.is_change:
        return ()
    summable = not c.is_share and c.unit not in RATE_UNITS and not re.search(r"\bper\b", fold(c.name))
    toks = [fold(w) for w in words(c.name)]
    for a, b in _SEX_PAIRS:
        for mine, other in ((a, b), (b, a)):
            if mine not in toks:
                continue
            want = [other if w == mine else w for w in toks]
            rest = [w for w in toks if w != mine]
            twin = None
            for o in p.values:
                if o is c or o.is_change:
                    continue
                ot = [fold(w) for w in words(o.name)]
                if (set(ot) & _TOTAL_WORDS) and [w for w in ot if w not in _TOTAL_WORDS] == rest:
                    return (o.name,)  # the table gives the total itself
                if len(ot) == len(want) and all(x == y or _code_twin(x, y) for x, y in zip(want, ot, strict=True)) and o.unit == c.unit:
                    twin = o
            if twin is not None and summable:
                first, second = (c, twin) if mine == a else (twin, c)
                return first.name, second.name
    return ()


def _code_twin(x: str, y: str) -> bool:
    """Variable codes of the two sexes ("arblos_k", "arblos_m"; "ARBL_K" cut as "arbl", "k"): alike
    but for a last K or M."""
    return len(x) == len(y) and (len(x) == 1 or len(x) >= 3) and x[:-1] == y[:-1] and {x[-1], y[-1]} == {"k", "m"}


def _year_columns(p: Profile, c: ValueColumn, form: Form) -> tuple[ValueColumn, ValueColumn] | None:
    """The columns of ``c``'s measure for the question's two years (the later first), when the
    table has a column per year and no period column; else None."""
    # (two school years asked – "mellan 22/23 och 23/24" – are the years they start in, as the
    # columns' "2022/23" and "2023/24" are)
    if not form.years and len(asked := school_years(" ".join(form.periods))) == 2:
        form = replace(form, years=tuple(sorted(a for a, _ in asked)))
    since = len(set(form.years)) == 1 and form.op == Op.TREND and bool(_SINCE.search(fold(form.text)))
    # ("växte mest under 2024" of "Folkmängd 31 dec 2023" and "… 2024": the change within the
    # year, from the year before's column to the year's)
    within = len(set(form.years)) == 1 and form.op == Op.TREND and form.change and not since
    # ("jämfört med förra året" of "Placering 2025": that column against the year before's)
    shifted = not form.years and form.year_shift and len(set(years_in(c.name))) == 1
    if (len(set(form.years)) != 2 and not since and not within and not shifted) or any(x.is_period for x in p.cats):
        return None

    key = without_years(c.name)
    by_year = {}
    for v in p.values:
        ys = set(years_in(v.name))
        if len(ys) == 1 and without_years(v.name) == key and not v.is_change:
            by_year[ys.pop()] = v
    # ("ökat sedan 2022": from the year asked to the table's latest)
    if shifted:
        own = years_in(c.name)[0]
        late, early = max(own, own + form.year_shift), min(own, own + form.year_shift)
    elif within:
        late = form.years[0]
        early = late - 1
    else:
        late, early = (max(by_year, default=0) if since else max(form.years)), min(form.years)
    if late in by_year and early in by_year and late != early:
        return by_year[late], by_year[early]
    return None


def change_since(p: Profile, c: ValueColumn, form: Form) -> ValueColumn | None:
    """The column of ``c``'s change since the one year asked, when ``c`` is the measure's level
    of a later year and the table has no column of the year asked: "andelen 2023" of "Andel
    2024, %" beside "Förändr. p.e." under a caption "… förändring jämfört med 2023" is the level
    less the change (round 226 had said it has no 2023 figures). The change's start is the year
    in its own header, or, when that names none, a year the caption names; a share's change is
    the one in percentage points, a count's the one in its unit. None unless exactly one column
    fits."""
    if len(set(form.years)) != 1 or form.change:
        return None
    return change_from(p, c, form.years[0])


def change_from(p: Profile, c: ValueColumn, asked: int) -> ValueColumn | None:
    """The one column of ``c``'s change from the year ``asked`` to ``c``'s own later year (see
    ``change_since``), or None."""
    if c.is_change or any(x.is_period for x in p.cats):
        return None
    own = set(header_years_of(c.name))
    if len(own) != 1 or asked >= min(own):
        return None
    fits = []
    for v in p.values:
        if not v.is_change:
            continue
        ys = set(header_years_of(v.name))
        if not (asked in ys and ys <= own | {asked} or not ys and asked in p.caption_years):
            continue
        points = bool(POINTS_HEADER.search(fold(v.name))) or v.unit == "procentenheter"
        if (c.is_share and points) or (not c.is_share and not v.is_share and not points and v.unit == c.unit):
            fits.append(v)
    return fits[0] if len(fits) == 1 else None


def _read_change_between(d: Draft, pair: tuple[ValueColumn, ValueColumn], form: Form) -> ValueColumn:
    """The draft reads each row's change from the earlier year's column to the later's (in per
    cent when asked): the later column, less the earlier. Returns the column read."""
    d.c, d.less = pair[0], pair[1].name
    d.less_kind = "percent" if form.change_percent else "change"
    return d.c


# "sedan 2022", "sen 2022", "since 2022", "från och med 2022": from that year on
# (… with its month too: "sedan okt 2023" of "Sjukpenningtal okt 2023" … "okt 2025")
_SINCE = re.compile(
    r"\b(?:sedan|sen|since|från och med|fr\.?o\.?m\.?)\s+(?:år(?:et)?\s+)?(?:(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s+)?(?:19|20)\d\d\b"
)


def _month_columns(p: Profile, form: Form) -> tuple[ValueColumn, ValueColumn] | None:
    """Of months written across ("jan" … "dec"), the columns of the question's two months in its
    order ("i juli jämfört med januari": July, then January); else None."""
    asked = list(dict.fromkeys(form.months))
    if len(asked) != 2 or form.years and len(set(form.years)) > 1 or any(x.is_period for x in p.cats) or not months_across(p):
        return None
    by_month = {}
    for v in p.values:
        named = months_named(v.name)
        if len(named) == 1 and not years_in(v.name) and not v.is_change:
            by_month.setdefault(next(iter(named)), v)
    if all(m in by_month for m in asked):
        return by_month[asked[0]], by_month[asked[1]]
    return None


def _named_other_column(p: Profile, c: ValueColumn, form: Form, used: frozenset[str]) -> ValueColumn | None:
    """The one other value column of the same unit that the question names by a word its own
    column and its rows do not use ("… jämfört med budget" beside "Utfall")."""
    # the question's words, also those the form reads as a total ("kvinnor och män" is one)
    asked = list(form.content) + [t for t in form.tokens if t in total_phrase_words() and t not in form.content]
    words_ = [w for w in asked if w not in used and stem(w) not in c.all_terms]
    named = [o for o in p.values if o is not c and o.unit == c.unit and not o.is_change and any(stem(w) in o.terms for w in words_)]
    if len(named) > 1:
        # "medelinkomst och medianinkomst 2022" beside "Medianinkomst, tkr, 2022": the other
        # measure's column of the same year
        same_year = [o for o in named if set(years_in(o.name)) == set(years_in(c.name))]
        named = same_year or named
    if len(named) > 1:
        # "män och kvinnor 16-24 år" beside "Män, 16-24": of "Kvinnor, 16-24 / 25-54 / 55-64", the
        # one that shares the rest of the column's name
        shared = [len(o.terms & c.terms) for o in named]
        best = max(shared)
        named = [o for o, n in zip(named, shared, strict=True) if n == best] if best else named
    return named[0] if len(named) == 1 else None


# ("varav_kvinnor" of an export; "Kalenderår 2024, varav kvinnor", "Biståndsmottagare varav barn
# 0–17 år" of a header under a merged one)
_PART_MARK = re.compile(r"(?:^|[,\s])\s*(?:varav|därav|of[\s_]which)(?:\b|_)", re.I)


def _whole_of_part(p: Profile, c: ValueColumn) -> ValueColumn | None:
    """The whole a "varav" column is part of: the nearest column before it that is no part itself
    ("Inskrivna arbetslösa totalt; varav kvinnor; varav utrikes födda"), a count like it."""
    if not _PART_MARK.search(c.name):
        # … or the total column beside the parts of a split ("Kvinnor", "Män", "Totalt"): the one
        # count column whose header is a total, when the column asked about is a part of a
        # breakdown the lexicon knows (kön, ålder)
        # … or whose figures are, row by row, the other counts added up ("Förgymnasial",
        # "Gymnasial", "Eftergymnasial …", "Totalt": a split the lexicon does not know)
        # ("Samtliga hus, Hyresrätt" of a group of columns over their parts is a part: the group's
        # name says what all of them are of, the last part which one)
        if not c.is_count or c.is_share or c.is_change or is_total_label(_group_and_part(c.name)[1]):
            return None
        wholes = [v for v in p.values if v is not c and is_total_label(v.name) and v.is_count and not v.is_share and not v.is_change]
        if len(wholes) > 1 and ", " in c.name:
            # (… beside "Småhus, Totalt" … "Samtliga hus, Totalt": the total of its own group)
            group = _group_and_part(c.name)[0]
            wholes = [v for v in wholes if _group_and_part(v.name)[0] == group and is_total_label(_group_and_part(v.name)[1])]
        if len(wholes) != 1:
            return None
        return wholes[0] if _breakdown_part(c.name) or _row_sum_of_counts(p, wholes[0]) else None
    names = [v.name for v in p.values]
    if c.name not in names:
        return None
    for name in reversed(names[: names.index(c.name)]):
        o = p.value(name)
        if o is not None and not _PART_MARK.search(name):
            return o if o.is_count and not o.is_change and not o.is_share else None
    return None


_SHARE_OF = re.compile(r"\b(?:andel(?:en)?|procent|share|proportion|percentage)\s+(?:av|of)\s+(?:(?:de|den|det|alla|the|all)\s+)?([a-zåäö]{4,})")


# "Landskrona resp. Eslöv", "respektive": each of the things named, one figure each
_EACH = re.compile(r"\b(?:resp\.?|respektive|var för sig|each|respectively)(?=\s|$|[,.?])")


def _whole_named(p: Profile, c: ValueColumn, form: Form) -> ValueColumn | None:
    """The count column the question names as a share's whole ("andel av dagbefolkningen") when
    it is another column than the part's and no figure of the part exceeds it on its row."""
    m = _SHARE_OF.search(fold(form.text))
    if m is None:
        return None
    word = m.group(1)
    keys = {stem(word), word}

    def names(v: ValueColumn) -> bool:
        return bool(keys & v.terms) or any(len(t) >= 6 and (word.startswith(t) or t.startswith(stem(word))) for t in v.terms)

    if names(c):
        return None  # "andel av de inskrivna …" of the column asked: no other whole named
    named = [v for v in p.values if v is not c and v.is_count and not v.is_share and not v.is_change and names(v)]
    if len(named) != 1:
        return None
    frame = p.table.frame
    if c.name not in frame.columns or named[0].name not in frame.columns:
        return None
    body = frame[[c.name, named[0].name]].apply(pd.to_numeric, errors="coerce").dropna()
    if body.empty or (body[c.name] > body[named[0].name] + 1e-9).any():
        return None  # a part larger than its whole: the two are no part and whole
    return named[0]


def _group_and_part(name: str) -> tuple[str, str]:
    """A header of a group of columns as its group and its own part ("Samtliga hus, Hyresrätt" →
    "Samtliga hus", "Hyresrätt"); a header of no group is both."""
    parts = name.rsplit(", ", 1)
    return parts[0], parts[-1]


def _row_sum_of_counts(p: Profile, whole: ValueColumn) -> bool:
    """Is every figure of ``whole`` its row's other counts added up (to their rounding)?"""
    parts = [v.name for v in p.values if v is not whole and v.is_count and not v.is_share and not v.is_change]
    if ", " in whole.name:
        # (a group's total, "Samtliga hus, Totalt": of its own group's parts)
        group = _group_and_part(whole.name)[0]
        own = [x for x in parts if _group_and_part(x)[0] == group]
        parts = own if len(own) >= 2 else parts
    frame = p.table.frame
    if len(parts) < 2 or whole.name not in frame.columns or any(x not in frame.columns for x in parts):
        return False
    body = frame[[*parts, whole.name]].apply(pd.to_numeric, errors="coerce").dropna()
    if body.empty:
        return False
    gap = (body[parts].sum(axis=1) - body[whole.name]).abs()
    return bool((gap <= 0.5 * len(parts) + 1e-6 * body[whole.name].abs()).all())


def _breakdown_part(name: str) -> bool:
    """Does a header name a part of one of the lexicon's breakdowns ("Kvinnor", "Män 16-24 år")?"""
    toks = {fold(t) for t in re.findall(r"\w+", name)}
    return any(toks & {fold(w) for w in spec.get("sv", []) + spec.get("en", [])} for spec in lexicon()["breakdowns"].values())


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


def _group_agg(op: Op, form: Form, c: ValueColumn) -> str:
    """The aggregate per group that ``op`` asks for."""
    if op == Op.COUNT:
        return "count"
    if op == Op.RANK:
        return "min" if form.direction == "asc" else "max"
    if op == Op.SUM and not c.is_share:
        return "sum"
    if op == Op.LOOKUP and is_amount(c) and not c.is_share:
        return "sum"  # each part's count of a band of rows ("80 år" … "100+ år") is their sum
    return "mean"


def _names_cases(p: Profile, form: Form) -> bool:
    """Does the question's subject name a column that holds a different value on every row of a
    table of records ("vilket projekt" → Projektnamn)? Then the cases are asked for themselves."""
    if not p.record_level or not form.subject:
        return False
    n = len(p.table.frame)
    head = stem(form.subject)

    def named(c: CatColumn) -> bool:
        # "projekt" → Projektnamn: a header that is the noun and what identifies it
        return names_column(form.subject, c, by_values=False) or (len(head) >= 4 and fold(c.name).startswith(head))

    return any(len(c.values) >= max(n, 3) and named(c) for c in p.cats if not c.is_period)


def _grouped_by_values(g: Given, d: Draft) -> str | None:
    """"uppdelat på kvinnor och män", "per kvinnor och män": a group phrase that names values of
    a column groups by that column – each value a group, none of them a slice. The column, its
    slice taken off the draft; None when the group phrase names no values."""
    asked = set(g.form.group_by)
    if not asked:
        return None
    for m in g.dim_m:
        cat = g.p.cat(m.column)
        if cat is None or cat.is_period or cat is g.label or not asked & set(m.qtokens):
            continue
        d.filters.pop(m.column, None)
        return m.column
    return None


def _group_column(p: Profile, form: Form, before: str | None = None) -> str | None:
    """The categorical column to group by: the one the question's subject or "per …" names
    ("vilken kommun" → Kommun), else the one the conversation grouped by (``before``: "och
    minst?" after "vilken organisationstyp fick mest?"), never an id column (every value different)."""
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
    # (a header that is the word comes first: "vilken kommun" is Kommun, not Projektägare, whose
    # values "Åre kommun" … hold the word)
    for words_, test in ((asked_words, lambda cat, w: names_column(w, cat, by_values=False)),
                         (asked_words, lambda cat, w: names_column(w, cat, by_values=True)),
                         (asked_words, prefixed),
                         (asked_words, cognate),
                         # a synonym of the header: "industries" of "bransch" (one lexicon group)
                         (asked_words, lambda cat, w: any(names_column(k, cat, by_values=False)
                                                          for k in kin_words().get(fold(w), kin_words().get(stem(w), ())))),
                         (list(form.content), lambda cat, w: names_column(w, cat, by_values=False))):
        best = next((cat.name for cat in usable if any(test(cat, w) for w in words_)), None)
        if best:
            break
    def in_words_of_caption(w: str) -> bool:
        # (… in English too: "per project" of "Beviljade projekt", one letter apart)
        return in_caption(p, w) or in_caption(p, translations().get(fold(w), fold(w))) or (
            len(w) >= 5 and any(len(t) >= 5 and Levenshtein.normalized_similarity(fold(w), t) >= 0.8 for t in p.caption_terms)
        )

    if best is None and form.group_by and p.record_level and all(in_words_of_caption(w) for w in form.group_by):
        return None  # "per varsel" of a table of notices: each notice, the rows themselves
    if best is None and before is not None and p.cat(before) is not None:
        return before
    if best is None and _WHERE.match(fold(form.text)):
        # "var i Östersund kommer det in flest …?": where is a place – the column of places
        # (Kommundel), not the register's case numbers
        best = next((cat.name for cat in usable if is_geo_header(cat.name)), None)
    if best is None and p.record_level and p.label is not None and len(p.label.values) < n:
        # (the label of a register whose every row has its own – a case number – groups nothing:
        # "antal rader per diarienummer" had counted 1 for each case)
        best = p.label.name
    return best


_MOST_OF_NOUN = re.compile(r"\b(?:flest|färst|fewest|most)\s+(\w+)(?:\s+(\w+))?")


# People as Swedish counts them: a noun for persons, or a plural participle or adjective used as
# one ("varslade", "berörda", "anställda", "sökande")
_PERSON_NOUNS = frozenset({"person", "personer", "individ", "individer", "människor", "people", "persons", "individuals"})
_PERSON_PARTICIPLE = re.compile(r"[a-zåäö]{3,}(?:ade|ande|ende|dda|da|ta|tta)")


# … or an agent noun in "-are", its plural the same: "deltagare", "niondeklassare"
_AGENT_NOUN = re.compile(r"[a-zåäö]{4,}are")


def _names_persons(word: str) -> bool:
    w = fold(word)
    return w in _PERSON_NOUNS or (len(w) >= 6 and bool(_PERSON_PARTICIPLE.fullmatch(w) or _AGENT_NOUN.fullmatch(w)))


def _persons_counted(p: Profile, form: Form, c) -> bool:
    """"hur många personer har varslats", "flest varslade" of a register of notices with a
    column "Antal berörda": the people each row counts, added up – not the rows (the notices)
    counted. The question counts people, the column counts people (its header names them), and
    its rows count more than one each."""
    m = _MOST_OF_NOUN.search(fold(form.text))
    asked = form.counted or (m.group(1) if m else "")
    if not asked or not _names_persons(asked) or c.is_share or c.unit in KRONOR_PER:
        return False
    label = p.label
    rows_no_persons = c.unit == "antal" and label is not None and not any(_names_persons(w) for w in words(label.name))
    if not p.record_level:
        # (a table of counts – a register's identical rows merged, "Antal" beside each: "antal
        # deltagare per insats" adds up the counts of rows that are no persons – F224-10)
        return rows_no_persons
    # (the column's header names its people, or the rows are named units that are no persons –
    # "hur många niondeklassare går på friskolor" of a row per school with "Antal elever i åk 9":
    # the pupils each school counts, added up, not the schools counted – F220-13)
    units = p.case_names and rows_no_persons
    if not units and not any(_names_persons(w) for w in words(c.name) if fold(w) not in ("antal", "number")):
        return False
    col = p.table.frame[c.name] if c.name in p.table.frame.columns else None
    return col is not None and float(col.dropna().median() or 0) > 1


def _counts_other_than(form: Form, c) -> bool:
    """"vilken handläggare har flest ärenden?" of "Handläggningstid (dagar)" (reached by
    "handläggare"): the noun counted names no word of the column – the cases are counted, not
    the column's days added up per group (that had been given as the answer)."""
    m = _MOST_OF_NOUN.search(fold(form.text))
    if m is None:
        return False
    noun = m.group(1)
    if m.group(2) and m.group(2) not in STOPWORDS and noun.endswith(("a", "e")):
        noun = m.group(2)  # "flest beviljade ärenden", "flest nya företag": the noun after its adjective
    if noun in STOPWORDS or len(noun) < 4:
        return False
    terms = set(c.all_terms) | {fold(t) for t in words(c.unit or "")}
    return stem(noun) not in terms and fold(noun) not in terms and not any(
        len(t) >= 4 and (stem(noun).startswith(t) or t.startswith(stem(noun))) for t in terms
    )


# a question that asks where: "var …", "where …", "i vilken del av …"
_WHERE = re.compile(r"^\s*(?:och\s+|and\s+)?(?:var|where|i vilken del|in which part)\b")
