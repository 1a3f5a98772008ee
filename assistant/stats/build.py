"""Building the ``StatQuery`` of a reading: its rows, filters, period, breakdown and operation.

The resolver (``resolve.py``) decides which (table, value column) a question is about; this
module turns that decision into the fixed pandas steps ``query.py`` runs. ``build_query`` is a
short list of phases over one ``Draft`` (the query taking shape, ``draft.py``), each a function:

1. ``_named``: the rows and slices the question's words name;
2. ``_read_change``: a column that is a change already, and rankings of change over time;
3. ``_follow_up``: what a follow-up keeps of the previous query (rows, slices, ranking, trend);
4. ``_total_slices``: the total of every other breakdown ("Totalt", "Båda könen");
5. ``_settle_periods``: the asked periods, their range or the latest (``periods.py``);
6. ``_check_lacks``: a row, place, period or split the table lacks ends the reading there;
7. ``_settle_trend``, ``_split_and_years``: the two ends of a change, groups per year or value;
8. ``operation.shape_operation``, ``group_rows``: what the rows allow (one row is its own total, cases are
   counted, a period unit or a named column groups them);
9. ``operation.settle_bounds``, ``finish``: thresholds and bars ("över riket", "över budget"), then the query.

Why one module of this size: the phases up to the trend decide each other (a follow-up's rows, a
year of months summed, a change column's sign) and share the draft; each is a function of its
own. The operation, groups and bounds are in ``operation.py``, what a table lacks (period,
place, split) in ``coverage.py``, time in ``periods.py``.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from ingest.swedish import (
    COUNTY_BY_CODE,
    MEAN_WORD,
    MONTH_NAMES,
    MONTHS,
    SOURCE_NOUN,
    STOPWORDS,
    fold,
    header_years_of,
    municipality_counties,
    municipality_of,
    period_key,
    period_year,
    plain,
    says,
    stem,
    words,
    years_in,
)
from ingest.tables import county_root, is_county, is_geo_header, is_total_label

from .coverage import header_names_period, missing_breakdown, missing_place
from .draft import Draft, Given, Lacks, in_caption, is_amount, is_level
from .form import (
    PERIOD_SUBJECTS,
    TOGETHER_WORDS,
    TWO_TIMES,
    Form,
    Op,
    Threshold,
    asks,
    band_interval,
    county_by_head,
    open_spell_words,
    rate_bases,
    translations,
)
from .operation import _pinned, _year_columns, change_since, finish, group_rows, running_months, settle_bounds, shape_operation
from .periods import (
    asked_interval,
    asked_period_text,
    date_choice,
    date_words,
    event_dates,
    form_start,
    header_quarter,
    measure_years,
    months_across,
    months_named,
    period_match,
    period_range,
    periods_asked,
    revisions,
    shift_year,
    slice_rows,
    spell_columns,
    spell_readable,
    without_years,
    year_groups,
)
from .profile import (
    DERIVED_COUNTY,
    CatColumn,
    Profile,
    ValueMatch,
    asked_row_numbers,
    caption_listed_words,
    header_years,
    names_column,
    numbered_rows,
    phrase_words,
    total_words,
    value_tokens,
    widest_age_group,
)
from .query import ISO_DAY, StatQuery, date_bounds, open_end
from .reading import Context, Reading


def _kept_values(d: Draft) -> list[str]:
    """The values the draft's filters keep, of every column."""
    return [v for vals in dict(d.filters).values() for v in vals]


def _mean_of_a_mean(g, d: Draft) -> None:
    """"Hur långa var sjukfallen i snitt … i Jämtlands län jämfört med Blekinge län?" of
    "Medelantal nettodagar per avslutat sjukfall": the mean is the measure, each named row has its
    own – compared (two rows) or listed, never averaged into one figure of no place."""
    if d.op != Op.MEAN or d.group_by or len(d.rows) < 2:
        return
    if any(MEAN_WORD.search(fold(x)) for x in (d.c.name, *_kept_values(d))):
        d.op = Op.COMPARE if len(d.rows) == 2 else Op.LOOKUP


def build_query(r: Reading, form: Form, follow: Context | None) -> None:
    """Set ``r.query``: the pandas steps of the reading – or, when the table lacks a row, place,
    period or split the question asks for, the reading's ``missing_*`` and a bare query."""
    prev = follow.query if follow is not None else None
    if (
        prev is not None and prev.op == Op.RANK and prev.table_id == r.profile.id and prev.column == r.column.name
        and form.op == Op.RANK and form.op_explicit and form.direction and not form.content
        and not (form.years or form.months or form.quarters or form.periods or form.year_shift or form.step_shift)
    ):
        # "Och lägst?" after "vilken månad 2023 hade Stockholms län flest …": the same ranking –
        # its rows, slices, groups and periods – the other way round (the county and the months
        # had been lost, and the lowest county of the latest month given)
        from dataclasses import replace

        r.query = replace(prev, direction=form.direction)
        return
    form = _without_own_per(form, r.column.name)
    g = _named(r, form, follow)
    t = r.profile.table
    # "medianen av beviljat belopp": the middle value – unless the measure is a median itself
    # ("median income in Karlstad" of "Medianinkomst, tkr" names the column)
    median = form.median and not any("median" in fold(x) for x in (r.column.name, t.caption))
    direction = form.direction
    if direction is None and form.position and prev is not None and prev.op == Op.RANK and prev.table_id == r.profile.id:
        # "och var hamnar Alvesta bland länets kommuner?" after "… lägst sjukpenningtal": its place
        # counted the way the ranking before ran, lowest first (it had been highest first: 5 of 8)
        direction = prev.direction
    d = Draft(r.column, Op.MEAN if median and form.op == Op.LOOKUP else form.op, direction)
    try:
        _read_change(g, d)
        _rows_of(g, d)
        _every_value_named(g, d)
        _rows_inside_county(g, d)
        _county_of_its_municipalities(g, d)
        _county_of_the_document(g, d)
        _county_row_unsliced(g, d)
        _ranking_within_a_group(g, d)
        _bound_as_value(g, d)
        _follow_up(g, d)
        _total_slices(g, d)
        _slice_total_row(g, d)
        _settle_periods(g, d)
        _check_lacks(g, d)
        _settle_trend(g, d)
        _split_and_years(g, d)
        _mean_of_a_mean(g, d)
        early = shape_operation(g, d)
        if early is not None:
            r.query = early
            return
        group_rows(g, d)
        settle_bounds(g, d)
        finish(g, d)
    except Lacks:
        r.query = StatQuery(t.id, d.c.name, d.op)
        return
    # (… nor when the measure kept is a median: "snittet av kommunernas medianinkomst" of a
    # Kolada export whose KPI "… median, kr" is a value of its kpi column – the mean of medians)
    kept = _kept_values(d) + [v for x in r.profile.cats if len(x.values) == 1 for v in x.values]
    if median and form.op != Op.LOOKUP and any("median" in fold(v) for v in kept):
        median = False
    r.query = d.query(
        t.id,
        direction=d.direction or ("desc" if d.op == Op.RANK else None),
        also=d.also,
        details=d.details,
        per=d.per,
        median=median and (d.op == Op.MEAN or d.agg == "mean"),
        series=form.series,
        relative=form.change_percent,
        n=form.n or d.named_n or d.inherited_n or (5 if form.plural and d.op == Op.RANK and not d.group_by else None) or (
            # "vilken månad var flest berörda": the top period of the periods summed per period, and
            # the two next beside it – not all twelve
            3 if d.op == Op.RANK and g.period_subject and not form.plural and d.group_by
            and (gc := r.profile.cat(d.group_by)) is not None and gc.is_period else None
        ),
        threshold=d.threshold,
        group_by=d.group_by,
        agg="median" if median and d.agg == "mean" else d.agg,
        periods=tuple(d.periods),
        period_column=d.period_column,
        over=d.over,
        period_sum=d.period_sum,
        period_groups=d.period_groups,
        mean_of_groups=d.mean_of_groups and d.group_by is not None and d.agg == "sum",
        base=d.base,
        versus=d.versus,
        share_of=d.share_of,
        share_within=d.share_within,
        share_over=d.share_over,
        share_of_rows=d.share_of_rows,
        distinct=_distinct(r, form, follow, d),
        sizes=_sizes(r.profile, d, form),
        together=(
            bool(_TOGETHER.search(fold(form.text)))
            # ("hur många blev klara med kompetensbevis?": one word of the question names two
            # values – "Fullständigt kompetensbevis", "Delvis kompetensbevis" – counted together)
            or (d.agg == "count" and any(len(m.values) >= 2 and len(m.qtokens) == 1 and m.column in d.filters for m in g.dim_m))
        ) and not _EACH.search(fold(form.text)),
        both_ends=d.op == Op.RANK and not d.group_by and form.both_ends,
        position=d.op == Op.LOOKUP and form.position,
    )


# "gymnasiet eller annan utbildning", "kvinnor och män ihop": the values named are asked together
# (their sum, with each shown) – unless asked each by itself ("kvinnor resp. män")
_TOGETHER = re.compile(rf"\b(?:eller|or|{TOGETHER_WORDS})\b")
_EACH = re.compile(r"\b(?:resp|respektive|var för sig|vardera|var och en|each|respectively|separately)\b")


def _without_own_per(form: Form, header: str) -> Form:
    """"påstigande per vardag" of the column "Påstigande per vardag 2024": a "per …" that the
    column's own header says is the measure's name, not a group of rows to split it by (the
    stations of one municipality had been listed per municipality instead of summed)."""
    head = fold(header)
    own = {w for w in form.group_by if re.search(rf"\bper\s+{re.escape(fold(w))}\b", head)}
    if not own:
        return form
    from dataclasses import replace

    return replace(form, group_by=tuple(w for w in form.group_by if w not in own))


def _sizes(p, d, form: Form) -> str:
    """A sum or mean per group of a register says over how many rows it was taken, and gives the
    counts as figures when the question asks for them as well ("hur många utbetalningar … och hur
    mycket blev det sammanlagt?")."""
    if not (p.record_level and d.group_by and d.agg in ("sum", "mean") and not d.period_groups):
        return ""
    return "asked" if asks("count", form) else "shown"


# "hur många olika hushåll", "unika personer", "how many different households"
_DISTINCT = re.compile(r"\b(?:olika|unika|skilda|different|distinct|unique|separate)\b")
_ID_HEADER = re.compile(r"(?:^|[\s_-])(?:id|nr|nummer|löpnr|personnummer)$|^id[\s_-]", re.I)


def _distinct_column(p, form: Form) -> str | None:
    """A count of a register's rows that asks for different ones ("hur många olika hushåll fick
    bistånd" of one row per payment): the one id column whose ids repeat – its distinct values are
    counted, not the rows. So too when the noun counted is the one the id column names ("hur
    många deltagare gick till jobb" of an event log with a "DeltagarID": a participant who
    left for work twice is one participant). None when the question does not ask so, or no
    such column is clear."""
    if not p.record_level:
        return None
    frame = p.table.frame
    ids = [c for c in frame.columns if isinstance(c, str) and _is_id_header(c) and frame[c].astype(str).nunique() < len(frame)]
    if _DISTINCT.search(fold(form.text)):
        return ids[0] if len(ids) == 1 else None
    counted = stem(fold(form.counted)) if form.counted else ""
    named = [c for c in ids if len(counted) >= 5 and _id_noun(c).startswith(counted[:-1])]
    return named[0] if len(named) == 1 else None


def _distinct(r: Reading, form: Form, follow: Context | None, d: Draft) -> str | None:
    """The id column whose distinct values a count counts (see ``_distinct_column``), or None.
    A count per group counts them per group; a follow-up that counts again on the same table
    ("vilket stadsdelsområde hade flest?" after "hur många deltagare …") keeps the distinct ids
    counted before."""
    if d.agg != "count" or (d.op != Op.COUNT and not d.group_by):
        return None
    own = _distinct_column(r.profile, form)
    if own is not None or follow is None or follow.query.table_id != r.profile.id or form.counted:
        return own
    return follow.query.distinct


def _is_id_header(header: str) -> bool:
    """"Löpnr", "Ärende id", "DeltagarID", "PersonId": a column of identifiers."""
    return bool(_ID_HEADER.search(fold(header).strip()) or re.search(r"(?<=[a-zåäö])I[Dd]$", header.strip()))


def _id_noun(header: str) -> str:
    """The noun an id column identifies, folded: "DeltagarID" → "deltagar", "Ärende-id" → "ärende"."""
    return re.sub(r"[\s_-]*(?:id|nr|nummer|löpnr)$", "", fold(header).strip())


def _passive_supine(word: str) -> bool:
    return word.endswith(("ats", "its")) and len(word) >= 7


def _named(r: Reading, form: Form, follow: Context | None) -> Given:
    """The rows (label matches) and slices (other columns' matches) the question's words name."""
    p, c = r.profile, r.column
    label = p.label
    matches = r.matches
    # (an English word by its Swedish head: "granted" names "Beviljat belopp (kr)")
    # (a passive supine is no word of the header's, however it stems: "beviljats" is the deed –
    # see loose_words)
    col_words = {
        w for w in form.content
        if not _passive_supine(w) and (stem(w) in c.all_terms or (form.language == "en" and stem(translations().get(w, w)) in c.all_terms))
    }
    # … and, for a value named only in part, a passive by its supine ("beviljats" of the header's
    # "Beviljat") and an English word by its Swedish one, as the values were matched ("granted" →
    # "beviljat"): "beviljats sammanlagt" is no slice "Beviljat, ej startat" (a value named whole –
    # Beslut = "Beviljat" – is the granted cases, as before)
    loose_words = col_words | {w for w in form.content if _passive_supine(w) and stem(w[:-1]) in c.all_terms}
    loose_words |= {translations()[w] for w in col_words if form.language == "en" and w in translations()}
    # "startade 2023" of cases with a start date names the date, not the rows "Starta eget …"
    dated = set(date_words(p, form))
    matches = [m for m in matches if not (dated and m.coverage < 0.999 and m.qtokens <= dated)]
    label_m = [m for m in matches if label and m.column == label.name and not (m.qtokens <= col_words)]
    if label is not None and form.op in (Op.MEAN, Op.SUM, Op.RANK, Op.THRESHOLD, Op.COUNT):
        # "snittet för Dalarnas kommuner": a total row named right before the plural of what the
        # label column lists names the set of its rows, not itself
        label_m = [m for m in label_m if not _names_the_set(m, form, label)]
        # "vilka tre yrken fick flest …" of "Yrke (SSYK 2012)": the word names what the rows are,
        # not the rows whose names hold it ("Yrken med krav …", "Övriga yrken inom området")
        label_m = [
            m for m in label_m
            if not (len(m.values) > 1 and m.qtokens and all(names_column(t, label, by_values=False) for t in m.qtokens))
        ]
    # … nor a slice: "beviljat belopp" sums the granted amounts of every decision, not only those
    # whose Status reads "Beviljad" (the others' granted amounts are no less granted)
    # (also when the slice was reached by a synonym: Status "Beviljad" is all words of the column's)
    # – unless cases are counted: "flest beviljade stöd" counts the granted ones, the column aside
    named_column = bool(loose_words) and (form.wants != "count" or form.sized) and form.op != Op.COUNT
    dim_m = [
        m for m in matches
        # (a column named after a caption that lists the split's values – "Nystartade företag och
        # konkurser" over Grupp = "Konkurser" – names no slice by those words: the word picks one)
        if (not label or m.column != label.name) and not (named_column and not p.cat(m.column).measures and not _caption_lists_values(p, m.column) and (
            (col_words and m.qtokens <= col_words) or (m.coverage < 0.999 and m.qtokens <= loose_words)
            or (col_words and all(stem(x) in c.all_terms for v in m.values for x in value_tokens(v)))
        ) and not _value_said_again(m, form) and not _value_before_cases(m, form, matches))
    ]
    # "… mellan fristående och kommunala skolor" of "Skolenhet": the word names what the column's
    # values are, not the units whose names hold it ("Backaryds skola", "Mörrums skola" …)
    # (a plural word that is every matched value's last word, their kind: "skolor" of "… skola")
    dim_m = [
        m for m in dim_m
        if not (len(m.values) > 2 and m.coverage < 0.999 and len(m.qtokens) == 1
                and all(value_tokens(v) and stem(value_tokens(v)[-1]) == stem(next(iter(m.qtokens))) for v in m.values))
    ]
    if p.record_level:
        # "hur många … har beviljats" of a register titled "Klimatklivet beviljade åtgärder": every
        # case is granted – the word says what the register is, not the slice Status = "Beviljad"
        # (those already reported, "Slutredovisad", had been left out of the count)
        said = {stem(w) for w in words(fold(p.table.caption))}
        dim_m = [
            m for m in dim_m
            if not (
                m.qtokens and all(any(len(x) >= 5 and stem(q).startswith(x) and len(stem(q)) - len(x) <= 2 for x in said) for q in m.qtokens)
                and not _caption_lists_values(p, m.column)  # ("beviljade och avslagna ärenden": the word picks one)
                # (… nor of a column of measures: "sjukfall" of a long export captioned by its file
                # name "fk_pagaende_sjukfall…" picks Mått = "Pågående sjukfall (antal)", not also
                # "Sjukpenningtal (dagar)", which had been added to it – round 228)
                and not p.cat(m.column).measures
            )
        ]
    # "hur mycket företagsstöd beviljades" of a table whose caption is about företagsstöd: the
    # word says what the table is about, not which of its values ("Företagsstöd för utveckling",
    # named only in part) to keep
    # "jämför Dalarnas län och Gävleborgs län": the counties' own rows, not the municipalities
    # inside them (the derived county column is for rankings and sums over a county's rows)
    # (… and "vilken månad var arbetslösheten högst i Dalarnas län": the months of the county's row)
    # (… and so for any column each row has one value of: "Köping jämfört med riket" names the
    # row Riket, not the slice Län = Riket)
    if form.op in (Op.LOOKUP, Op.COMPARE, Op.TREND):
        dim_m = [m for m in dim_m if not (
            (m.column in DERIVED_COUNTY or (p.cat(m.column) is not None and p.cat(m.column).of_rows))
            and any(m.qtokens == x.qtokens for x in label_m)
        )]
    elif form.subject and fold(form.subject) in PERIOD_SUBJECTS:
        dim_m = [m for m in dim_m if not (m.column in DERIVED_COUNTY and any(
            m.qtokens & x.qtokens and all(is_county(v) for v in x.values) for x in label_m))]
    # … nor does a word that names a row or a place whole ("Ludvika", Kommun = "Västervik") name
    # slices of another column it is only part of ("Ludvika Älvteknik AB", "Västerviks kommun" of
    # the recipients); a topic named whole (Frågeområde = "Hälsa") still leaves its questions open
    # (a place named by its short name is whole in a column of places: "Norrbotten" is
    # Län = "Norrbottens län", not also the applicant "Region Norrbotten")
    whole_places = [m for m in dim_m + label_m if is_geo_header(m.column) and (m.coverage >= 0.999 or all(is_county(v) for v in m.values))]
    whole_rows = [m.qtokens for m in label_m if m.coverage >= 0.999] + [m.qtokens for m in whole_places]
    # (and a value named whole by more words – "ideella föreningar" of Organisationstyp = "Ideell
    # förening" – leaves no part of its words to name slices elsewhere: "… Ekonomisk förening …")
    whole_more = [m.qtokens for m in dim_m if m.coverage >= 0.999 and len(m.qtokens) >= 2]
    dim_m = [
        m for m in dim_m
        # (a place the caption lists among others – "Västernorrland, Västerbotten och Norrbotten" –
        # is still the slice asked for; the one place a caption names is the whole table's)
        if not (m.coverage < 0.999 and all(in_caption(p, w) or _opens_caption_word(p, w) for w in m.qtokens) and not p.cat(m.column).measures
                and not _caption_lists_places(p, m.column) and not _caption_lists_values(p, m.column))
        and not (m.coverage < 0.999 and m not in whole_places and any(m.qtokens <= q for q in whole_rows))
        and not (m.coverage < 0.999 and any(m.qtokens < q for q in whole_more) and not _said_twice(m.qtokens, form))
    ]
    # "industriåtgärderna": Kategori = "Industri" is that word whole; Åtgärd = "Spillvärmeåtervinning,
    # industri" only holds it among its words – the whole value is the slice, not both
    whole_one = [d for d in dim_m if all(len(value_tokens(v)) == 1 for v in d.values)]
    dim_m = [
        m for m in dim_m
        if not any(
            d.column != m.column and d.qtokens & m.qtokens and all(len(value_tokens(v)) > 1 for v in m.values)
            and all(set(value_tokens(w)) <= set(value_tokens(v)) for w in d.values for v in m.values)
            for d in whole_one
        )
    ]
    # "utvecklingsmedel" of a table captioned "Regionala utvecklingsmedel" names the table, not the
    # rows that only begin like it ("Utveckling av …"): a word the caption writes whole that no
    # matched row has as a word of its own
    label_m = [
        m for m in label_m
        if not (m.coverage < 0.999 and all(in_caption(p, w) and _compound_of(w, m.values) for w in m.qtokens))
    ]
    # "vilken kommun …", "per kommun": the word names the Kommun column to rank or group by,
    # not the recipients whose names hold it ("Linköpings kommun")
    asked_kind = {fold(w) for w in (form.subject, *form.group_by) if w}
    dim_m = [
        m for m in dim_m
        if not (m.qtokens <= asked_kind and any(names_column(q, x, by_values=False) for q in m.qtokens for x in p.cats if x.name != m.column))
    ]
    # a row named by fewer of the same words than a slice is not named: "södra länsdelens"
    # is the Södra länsdelen slice, not the row "Norra länsdelen, orange kluster"
    label_m = [m for m in label_m if not any(m.qtokens < d.qtokens for d in dim_m if d.column not in DERIVED_COUNTY)]
    # "vilken kommun ökade mest mellan 2020 och 2021": the rows ranked by their change over time,
    # when the table has times to compute it from and no column of change already
    over_time = any(cat.is_period and cat.role != "label" and len(cat.values) > 1 for cat in p.cats)
    ranked_change = bool(
        form.change and not c.is_change and form.direction is not None and form.op in (Op.RANK, Op.COMPARE) and over_time
    )
    # "vilka kommuner ökade mellan 2024 och 2025?", "hur många minskade?": the rows whose change
    # over time has that sign – no level of any one year, and no sum over the years
    signed_change = bool(
        form.change and not c.is_change and form.direction is None and form.threshold is None and not form.relative
        and (form.op == Op.COUNT or (form.op in (Op.LOOKUP, Op.COMPARE, Op.SUM, Op.TREND) and form.plural)) and over_time
    )
    ranked_change = ranked_change or signed_change
    if ranked_change:
        # "i Dalarna" names the set of the ranked rows, not a row to follow
        label_m = [m for m in label_m if not (label is not None and set(m.values) <= label.every_total)]
        label_m = [_county_as_its_municipalities(m, label, form) for m in label_m]
    unit_word = next((w for w in (*form.group_by, form.subject or "") if fold(w) in PERIOD_SUBJECTS), None)
    return Given(
        r, form, follow, label_m, dim_m,
        period_subject=fold(form.subject or "") in PERIOD_SUBJECTS,
        ranked_change=ranked_change,
        unit_word=unit_word,
    )


def _opens_caption_word(p: Profile, word: str) -> bool:
    """Does the word open a compound of the caption ("företag" of "Företagsstöd beslut")? Then,
    named in part of a value ("Företagsstöd till investeringar"), it names the table's subject."""
    s = plain(stem(fold(word)))
    return len(s) >= 5 and any(len(t) >= len(s) + 3 and plain(t).startswith(s) for t in p.caption_terms)


def _read_change(g: Given, d: Draft) -> None:
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
        if form.direction is None:
            d.direction = None
            d.change_threshold = Threshold("<" if form.change_down else ">", 0.0, False)
    ranked = d.op == Op.RANK or (d.op == Op.TREND and d.direction is not None)
    if ranked and is_rank_column(g.p, c) and not c.is_change and not set(form.tokens) & _WORST:
        # "topp 3 i företagsklimatrankingen": a rank's best is its lowest number (1 = first place);
        # "sämst placerade" stays the highest number
        d.direction = "asc" if (d.direction or form.direction or "desc") == "desc" else "desc"


_RANK_WORDS = ("ranking", "rankning", "placering", "rang", "rank")
# ("värst" ranks what is bad from its highest – "värst drabbade" – so a rank's worst is its
# highest number as it stands; "sämst" ranks from the lowest, as "bäst" from the highest, and a
# rank turns both)
_WORST = frozenset({"värst", "värsta", "worst"})
# words of judgement: which end is best depends on the measure
JUDGEMENT_WORDS = frozenset({"bäst", "bästa", "best", "sämst", "sämsta"})


def is_rank_column(p, c) -> bool:
    """A column of places in a ranking ("Ranking 2024", "Placering"): its header says so and its
    figures are whole numbers from 1 up, nearly all different."""
    if not any(w.startswith(_RANK_WORDS) for w in re.findall(r"[a-zåäö]+", fold(c.name))):
        return False
    vals = p.table.frame[c.name].dropna()
    return len(vals) >= 3 and bool((vals >= 1).all()) and bool((vals == vals.round()).all()) and vals.nunique() >= 0.8 * len(vals)


def _county_as_its_municipalities(m, label, form: Form):
    """"Vilken kommun i Skåne hade störst minskning …?" of municipalities beside their counties'
    own rows (not marked as totals): the county names the set of the ranked rows – its
    municipalities among the rows, by the official register – not the one row whose change is
    asked (Skåne län's own change had been the answer)."""
    if label is None or not form.subject or not is_geo_header(form.subject) or not all(is_county(v) for v in m.values):
        return m
    codes = {c for v in m.values for name in _county_names(v) for c, n in COUNTY_BY_CODE.items() if n == name}
    if not codes:
        return m
    known = municipality_counties()
    towns = tuple(x for x in label.values if not is_county(x) and known.get(municipality_of(x, homographs=True) or "") in codes)
    return replace(m, values=towns) if len(towns) >= 2 else m


def _rows_inside_county(g: Given, d: Draft) -> None:
    """"snittet för kommunerna i Gävleborgs län": the municipalities the county's code or order
    gives it, not the county's own row – a mean, sum, ranking or count over one row answers
    nothing."""
    if d.op not in (Op.MEAN, Op.SUM, Op.RANK, Op.THRESHOLD, Op.COUNT):
        return
    # (… "vilken kommun i Värmland" of a ranking names the set as well)
    singular = d.op in (Op.RANK, Op.THRESHOLD) and re.search(r"\b(?:vilken|vilket|which)\s+(?:kommun|municipality)\s+(?:i|in)\s", fold(g.form.text))
    plural = re.search(
        r"\b(?:kommuner(?:na)?|municipalities|per kommun|varje kommun|each municipality)\s+(?:i|in)\s"
        # ("länets 8 kommuner", "alla kommuner i länet")
        r"|\b(?:länets|regionens)\s+(?:\d+\s+|alla\s+|samtliga\s+)?kommuner", fold(g.form.text)
    )
    if not singular and not plural:
        return
    counties = [x for x in d.rows if is_county(x)]
    # the county column each municipality has one value of: derived from codes or order, or the export's own ("Län")
    of_rows = {c.name for c in g.p.cats if c.name in DERIVED_COUNTY or c.of_rows}
    names = {c for x in counties for c in (x, *_county_names(x))}
    inside = [(m.column, m.values) for m in g.dim_m if m.column in of_rows and set(m.values) & names]
    if counties and not inside:
        # ("vilka kommuner i Norrbotten höjde skatten?": the word matched the county's own row
        # only – the county column derived beside it holds the same name)
        inside = [(c.name, tuple(v for v in c.values if v in names)) for c in g.p.cats if c.name in of_rows and names & set(c.values)]
    if counties and not inside and g.label is not None and _only_the_countys_municipalities(g.label, counties):
        # (a table of one county's municipalities beside its own row and the country's, no county
        # column: "snittet … för värmlandskommunerna" is over all its municipality rows)
        d.rows = [x for x in d.rows if x not in counties]
        return
    if counties and inside and plural:
        # (a ranking "vilken kommun i X" of several counties' municipalities keeps the county row
        # as its comparison, by the rules of the ranking)
        d.rows = [x for x in d.rows if x not in counties]
        d.filters[inside[0][0]] = inside[0][1]
        # … and only the municipalities: the county's own row carries its county's name too
        frame, label = g.p.table.frame, g.label_name
        if label in frame.columns and inside[0][0] in frame.columns:
            within = frame[frame[inside[0][0]].astype(str).isin(inside[0][1])][label].astype(str)
            towns = [x for x in dict.fromkeys(within) if not is_county(x) and (g.label is None or x not in g.label.every_total)]
            if towns and len(towns) < len(set(within)):
                d.scope = towns


def _county_of_its_municipalities(g: Given, d: Draft) -> None:
    """"hur många var inskrivna arbetslösa i Halland?" of a table of Halland's municipalities with
    no row of the county: the county's count is its municipalities' added up – computed and said –
    not the list of them. Only for a count or an amount (a share or a rate is never added up)."""
    if d.op != Op.LOOKUP or d.rows or d.scope or d.group_by or g.label is None or not is_amount(d.c) or g.form.wants == "share":
        return
    if g.label.every_total or d.filters:
        return  # (a table with a total row of its own, or a slice the question names – "Län: Gävleborgs län" – reads it)
    folded = fold(g.form.text)
    heads = county_by_head()
    named = {name for head, name in heads.items() if len(head) >= 4 and re.search(rf"\b{re.escape(head)}s?\b", folded)}
    if len(named) != 1 or any(is_county(v) for v in g.label.values):
        return
    if _only_the_countys_municipalities(g.label, sorted(named)):
        d.op = Op.SUM


def _only_the_countys_municipalities(label: CatColumn, counties: list[str]) -> bool:
    """Are the label's rows, total rows aside, all municipalities (by name) of the named counties –
    at least two of them?"""
    codes = {code for code, name in COUNTY_BY_CODE.items() if county_root(name) in {county_root(x) for x in counties}}
    rows = [v for v in label.values if not is_county(v) and v not in label.every_total]
    homes = [municipality_counties().get(m) if (m := municipality_of(v, homographs=True)) else None for v in rows]
    return len(rows) >= 2 and bool(codes) and all(h in codes for h in homes)


# "rapporten för Västmanland", "Västmanlandsrapporten", "enligt statistiken över Dalarna": a
# county naming the source, not a row asked for
_SOURCE_WORDS = rf"\w*{SOURCE_NOUN}\w*"


def _county_of_the_document(g: Given, d: Draft) -> None:
    """"I arbetsmarknadsrapporten för Västmanland – hur många var arbetslösa i Sala …": the county
    names the report, the municipality the row – the county's own row beside Sala's had been
    given as an answer nobody asked. Only for a lookup or a change of named rows, and only when
    the county is named nowhere else in the question."""
    if d.op not in (Op.LOOKUP, Op.TREND, Op.SUM, Op.MEAN, Op.COMPARE) or len(d.rows) < 2:
        return
    folded = fold(g.form.text)
    for x in [x for x in d.rows if is_county(x)]:
        head = fold(x).removeprefix("region ").split(" län")[0].strip().removesuffix("s")
        if len(head) < 3:
            continue
        said = re.findall(rf"\b{re.escape(head)}\w*", folded)
        named_source = re.findall(
            rf"\b{_SOURCE_WORDS}\s+(?:(?:för|om|över|från|i|for|on|of|from)\s+)?(?:hela\s+)?{re.escape(head)}\w*|\b{re.escape(head)}\w*{SOURCE_NOUN}\w*",
            folded,
        )
        others = [y for y in d.rows if y != x and not is_county(y)]
        if others and said and len(named_source) == len(said):
            d.rows = [y for y in d.rows if y != x]


def _county_row_unsliced(g: Given, d: Draft) -> None:
    """"folkökning i Kalmar län 2024 totalt" of a table with the county's own row ("08 Kalmar
    län") and a county column derived from the municipalities' codes: the county's row lies in
    no county by its code, so the slice Län = Kalmar län would drop the very row named and leave
    nothing to add up. The row named answers; the slice goes."""
    if d.op != Op.SUM or g.form.subject:
        return  # ("vilken kommun i Dalarnas län …": the municipalities the slice keeps are ranked)
    named = [x for x in (d.rows or d.scope) if is_county(x)]
    frame, label = g.p.table.frame, g.label_name
    if not named or len(named) != len(d.rows or d.scope) or label not in frame.columns:
        return
    for k in [k for k in d.filters if k in DERIVED_COUNTY and k in frame.columns]:
        kept = set(frame[frame[k].astype(str).isin(d.filters[k])][label].astype(str))
        if not kept & set(named):
            del d.filters[k]


def _ranking_within_a_group(g: Given, d: Draft) -> None:
    """"vilken provort i Norrbotten hade högst …" of a table whose places stand under their county
    (a column "Grupp" = "Norrbottens län") closed by a row "Summa Norrbottens län": the name read
    as that summing row would rank every place of both counties; the places of the group are
    ranked – the group's value as the slice, its summing row beside them."""
    if d.op not in (Op.RANK, Op.THRESHOLD) or len(d.rows) != 1 or d.scope:
        return
    t = g.p.table
    frame, label = t.frame, g.label_name
    row = d.rows[0]
    if label not in frame.columns:
        return
    at = frame.index[frame[label].astype(str) == row]
    if not len(at) or not all(i in t.total_rows or i in t.group_rows for i in at):
        return
    folded = fold(row)
    for c in g.p.cats:
        if c.name == label or c.is_period or c.name in d.filters or c.name not in frame.columns:
            continue
        named = [v for v in c.values if len(v) >= 4 and fold(v) in folded and fold(v) != folded]
        if len(named) == 1 and (frame[c.name].astype(str) == named[0]).sum() >= 2:
            d.filters[c.name], d.rows = (named[0],), []
            return


def _county_names(value: str) -> tuple[str, ...]:
    """"Region Gävleborg", "21 Gävleborgs län" → the official "Gävleborgs län" the derived column writes."""
    head = fold(value).removeprefix("region ").split(" län")[0].strip()
    name = county_by_head().get(re.sub(r"^\d+\s+", "", head).removesuffix("s"))
    return (name,) if name else ()


_COMPARATOR = re.compile(r"[<>≥≤+]|\b(?:mer|mindre|fler|färre|längre|kortare) än\b|\b(?:över|under|minst|högst|more|less|over)\b")
# a band open upwards written without a comparator: "80-", "80-w", "65- år", "80 år och äldre"
_OPEN_ABOVE = re.compile(r"\d\s*[-–]\s*(?:w|år)?\s*$|\b(?:och|eller) (?:äldre|över|uppåt)\b")


def _open_band(value: str, op: str) -> bool:
    """Is the value a band open the way the bound points ("> 12 mån", "80+ år", "80-"), not a
    closed one ("6-12")?"""
    folded = fold(value)
    c = _COMPARATOR.search(folded)
    if c is not None and (c.group(0).strip() in "><≥≤+") == (op[0] in "><"):
        return True
    return op[0] == ">" and _OPEN_ABOVE.search(folded) is not None


def _names_the_bound(name: str, th, question: str) -> bool:
    """Does a column's name state the question's bound itself – its number, the unit word after
    it in the question, and a comparator the same way ("Andel med mer än 10 min (%)" for "har mer
    än 10 min till apoteket", "Över 30 min")?"""
    number = f"{th.value:g}".replace(".", ",")
    after = re.search(rf"(?<![\d,.]){re.escape(number)}\s*([a-zåäö]{{3,}})", question)
    if after is None:
        return False
    unit = after.group(1)[:3]
    folded = fold(name)
    for m in re.finditer(rf"(?<![\d,.]){re.escape(number)}(?![\d,])\s*([a-zåäö]+)", folded):
        if not m.group(1).startswith(unit):
            continue
        before = folded[max(0, m.start() - 14): m.start()]
        c = _COMPARATOR.search(before)
        if c is not None and _comparator_op(c.group(0)) == th.op[0]:
            return True
    return False


def _comparator_op(word: str) -> str:
    """">" for the comparators that bound from below ("mer än", "över", "minst", "≥"), "<" for the others."""
    w = word.strip()
    return "<" if w in ("<", "≤") or w.startswith(("mindre", "färre", "kortare", "under", "högst", "less")) else ">"


def _bound_consumed(d: Draft, form, otherwise: Op = Op.LOOKUP) -> None:
    """A bound the table itself holds (a column or a band named by it) leaves no bound on the
    figures: "vilka kommuner …" ranks by it (the way the bound points), anything else reads that
    value of the named rows (``otherwise``)."""
    if d.op == Op.THRESHOLD:
        d.op = Op.RANK if form.subject and not d.rows else otherwise
        if d.op == Op.RANK and form.bound_direction:
            d.direction = form.bound_direction


def _bands_from_the_bound(g: Given, d: Draft, th: Threshold) -> bool:
    """"mer än 20 min till närmaste apotek" of a table whose columns are head counts in bands of
    travel time ("…, 0–5 min" … "…, 20–30 min", "…, Över 30 min"): the bands beyond the bound,
    added up row by row – when the bound falls on the bands' edges and they reach to the end
    (a bound inside a band, "mer än 25 min" of "20–30 min", is left to the engine, which says the
    table cannot tell). Round 165 had applied it to the figures of one band."""
    c = d.c
    if c.is_share or c.is_change or band_interval(c.name, th.duration) is None:
        return False
    own = c.name.rpartition(", ")[0]
    family = [
        (v.name, iv) for v in g.p.values
        if v.name.rpartition(", ")[0] == own and not v.is_share and not v.is_change and v.unit == c.unit
        and (iv := band_interval(v.name, th.duration)) is not None
    ]
    if len(family) < 2:
        return False
    x = th.value
    if th.op[0] == ">":
        picked = [(n, iv) for n, iv in family if iv[0] >= x]
        whole = bool(picked) and any(iv[1] == math.inf for _, iv in picked)
    else:
        picked = [(n, iv) for n, iv in family if iv[1] <= x]
        whole = bool(picked) and any(iv[0] == 0 for _, iv in picked)
    straddles = any(iv[0] < x < iv[1] for _, iv in family)
    if not whole or straddles or len(picked) == len(family):
        return False
    d.bound_in_column = True
    d.summed = tuple(n for n, _ in sorted(picked, key=lambda p: p[1][0])) if len(picked) > 1 else ()
    if len(picked) == 1:
        d.c = next(v for v in g.p.values if v.name == picked[0][0])
    _bound_consumed(d, g.form)
    return True


def _bound_as_value(g: Given, d: Draft) -> None:
    """"i mer än 12 månader" of a column "Tid utan arbete" holding "> 12 mån": the words name that
    value (a band of the split), not a bound on the figures – "23 av 23 har över 12" answered
    another question. The value holds the bound's number and a comparator, and the word after the
    number in the question starts as a word of the value does ("månader" – "mån")."""
    th, form = g.form.threshold, g.form
    if th is None or th.percent:
        return
    if _names_the_bound(d.c.name, th, fold(form.text)):
        # "hur stor andel i Borgholm har mer än 10 min till apoteket?" of "Andel med mer än 10 min
        # (%)": the bound is the column's own, no bound on its figures (round 165 had said the
        # bound fell on the table's minute bands and answered nothing)
        d.bound_in_column = True
        _bound_consumed(d, form)
        return
    if th.duration and _bands_from_the_bound(g, d, th):
        return
    number = f"{th.value:g}"
    after = re.search(rf"(?<![\d,.]){re.escape(number)}\s+([a-zåäö]{{3,}})", fold(form.text))
    unit = after.group(1)[:3] if after else None
    for cat in g.p.cats:
        if cat.is_period or cat is g.label:
            continue
        bands = [v for v in cat.values if number in re.findall(r"\d+(?:[.,]\d+)?", v) and _open_band(v, th.op)]
        hits = [v for v in bands if unit is not None and any(w.startswith(unit) for w in re.findall(r"[a-zåäö]+", fold(v)))]
        named = set(d.filters.get(cat.name, ())) | {v for m in g.dim_m if m.column == cat.name for v in m.values}
        if not hits and bands and named == set(bands):
            hits = bands  # "över 80 bor det": no unit after the number, which named the band "80+ år" itself
        if cat.name in d.filters and set(d.filters[cat.name]) != set(hits):
            continue  # (a slice of the column named otherwise; the band's own number may have named it already)
        if len(hits) == 1:
            d.filters[cat.name] = (hits[0],)
            d.bound_value_column = cat.name
            if d.op == Op.THRESHOLD:
                # "hur många … i Hudiksvall": that value of the row; "vilka kommuner …": ranked by it
                # (… at two times named, "2023 resp 2024": each, and the change between them)
                # (… "vilken kommun i Kronoberg har lägst andel över 80": ranked within the county,
                # whose own row named the set, not the county's figure)
                county_set = d.rows and g.label is not None and any(k in DERIVED_COUNTY for k in d.filters) and all(
                    x in g.label.every_total or is_county(x) for x in d.rows
                )
                if form.bound_direction and form.subject and county_set:
                    d.rows = []
            _bound_consumed(d, form, Op.TREND if TWO_TIMES.search(fold(form.text)) else Op.LOOKUP)
            return


def _every_value_named(g: Given, d: Draft) -> None:
    """"hur många fick nån av ersättningarna (aktivitetsstöd, utvecklingsersättning eller
    etableringsersättning)" of a table that lists those three and their own total ("Samtliga
    ersättningar"): every value of the split named is the whole – the table's own total, which
    may count each person once where the three added up count some twice."""
    # (a sum only: "hur många kvinnor resp. män?" names each of the split, not their whole)
    if d.op != Op.SUM or g.form.group_by:
        return
    for name, values in list(d.filters.items()):
        cat = g.p.cat(name)
        if cat is None or cat.is_period or not cat.totals or len(values) < 2:
            continue
        parts = [v for v in cat.values if v not in cat.totals]
        if set(values) == set(parts):
            d.filters[name] = (cat.totals[0],)


def _rows_of(g: Given, d: Draft) -> None:
    """Named rows: several values of one word narrow an aggregate (scope), else they are rows;
    every other matched column is a filter."""
    for m in sorted(g.label_m, key=lambda m: _position(g.form, m)):
        if len(m.values) > 1 and (d.op in (Op.RANK, Op.THRESHOLD, Op.SUM, Op.MEAN, Op.COUNT) or g.ranked_change):
            d.scope += [v for v in m.values if v not in d.scope]
        else:
            d.rows += [v for v in m.values if v not in d.rows]
    for m in g.dim_m:
        d.filters[m.column] = tuple(dict.fromkeys(d.filters.get(m.column, ()) + m.values))
    if d.op == Op.MEAN and len(d.rows) >= 2 and not d.scope and any(_MEAN_ROW.search(fold(x)) for x in d.rows):
        # "över eller under snittet för alla kommuner" of a table with its own row "Alla kommuner,
        # ovägt medel": the named rows against that mean row – no mean over them
        d.op = Op.COMPARE


_MEAN_ROW = re.compile(r"\b(?:medel\w*|\w*snitt\w*|genomsnitt\w*|average|mean)\b")


def _follow_up(g: Given, d: Draft) -> None:
    """A follow-up keeps the previous rows and slices unless it names new ones."""
    follow, form, p = g.follow, g.form, g.p
    if follow is None or follow.query.table_id != p.id:
        return
    prev = follow.query
    # "jämför med länet" after Vivalla: the row answered before comes first, the bar after it
    d.rows = [x for x in d.rows if x in prev.rows] + [x for x in d.rows if x not in prev.rows]
    cases_of = (
        prev.op in (Op.RANK, Op.THRESHOLD) and prev.group_by and p.record_level and d.op == Op.LOOKUP and not form.op_explicit
        and not form.refers_back and d.rows and not d.scope and g.label_name and prev.group_by != g.label_name
    )
    if cases_of:
        # "och i Norrbotten?" after sums per organisation type over cases: the cases of that
        # county, grouped as before – not the county's own figure
        d.filters[g.label_name], d.rows = tuple(d.rows), []
    if (
        prev.op in (Op.RANK, Op.THRESHOLD) and prev.over and prev.scope and d.op == Op.LOOKUP and not form.op_explicit
        and not form.refers_back and d.rows and not d.scope
    ):
        # "och i Jönköpings län?" after "vilket yrke har högst … i Västerbottens län": the same
        # ranking of the occupations within the new row
        d.op, d.direction, d.inherited_n, d.over = prev.op, prev.direction, prev.n, prev.over
        d.scope, d.rows = list(d.rows), []
    within = [k for k, _ in prev.filters if k in DERIVED_COUNTY]
    # (the county's row may carry its code, "18 Örebro län", where the derived column says "Örebro län")
    county = next(
        (v for v in (p.cat(within[0]).values if within and p.cat(within[0]) is not None else ())
         if len(d.rows) == 1 and v in (d.rows[0], re.sub(r"^\d+\s+", "", d.rows[0]))),
        None,
    )
    if (
        prev.op in (Op.RANK, Op.THRESHOLD) and within and d.op == Op.LOOKUP and not form.op_explicit and not form.refers_back
        and len(d.rows) == 1 and is_county(d.rows[0]) and not d.scope and county is not None
    ):
        # "och i Västerbotten?" after "vilken kommun i Blekinge hade högst …": the same ranking of
        # the municipalities of the county now named – not that county's own row
        d.filters[within[0]], d.rows = (county,), []
        d.op, d.direction, d.inherited_n = prev.op, prev.direction, prev.n
        if prev.threshold is not None and form.threshold is None:
            d.change_threshold = Threshold(prev.threshold.op, prev.threshold.value, False)
    if (
        prev.op in (Op.RANK, Op.THRESHOLD) and d.op == Op.LOOKUP and not form.op_explicit and not form.refers_back
        and not d.rows and not d.scope
        and (g.dim_m or form.months or form.years or form.quarters or form.periods or form.year_shift or form.step_shift or cases_of)
    ):
        # "Och bland inrikes födda?" / "Och i januari då?" after a ranking: the same ranking of
        # another slice or period – the rows the ranking returned were its answer, not rows
        # the question named
        d.op, d.direction, d.inherited_n = prev.op, prev.direction, prev.n
        d.inherited_agg = prev.agg if prev.group_by else None
        if prev.threshold is not None and form.threshold is None:
            # the stored bound is already in the column's own unit
            d.change_threshold = Threshold(prev.threshold.op, prev.threshold.value, False)
    # ("Och Gnesta då?" after the count of decisions per municipality, too: Gnesta's decisions
    # counted – its cases' ages had been added up)
    d.counts_again = prev.agg == "count" and (prev.op == Op.COUNT or bool(prev.group_by)) and d.op == Op.LOOKUP and not form.op_explicit and form.wants is None
    if (
        prev.op == Op.TREND and prev.periods and d.op == Op.LOOKUP and not form.op_explicit and form.wants is None
        and not (form.years or form.months or form.quarters or form.periods) and prev.column == d.c.name
    ):
        # "Och i Skåne?" after "hur har sjukpenningtalet utvecklats i Norrbotten 2021–2024?":
        # the same change for the new row, not its latest level
        d.op, d.direction = Op.TREND, prev.direction
        d.trend_again = prev
    prev_filters = dict(prev.filters)
    if (
        prev.period_sum and prev_filters.get(prev.period_sum) and d.op == Op.LOOKUP and not form.op_explicit
        and not (form.years or form.months or form.quarters or form.periods or form.year_shift or form.step_shift)
        and prev.column == d.c.name
    ):
        # "och i Motala?" after "hur många skrevs in i Norrköping under 2024?" of monthly rows: the
        # same months added up for the new row, not its latest month
        d.period_sum = prev.period_sum
        d.filters[prev.period_sum] = prev_filters[prev.period_sum]
    if prev.op in (Op.MEAN, Op.SUM) and d.op == Op.LOOKUP and not form.op_explicit and form.wants is None and prev.column == d.c.name:
        # "och i Västra Hisingen?" after "genomsnittligt antal månader … i Angered": the same mean
        # for the new rows, not their cases added up
        d.op = prev.op
    elif (
        prev.op in (Op.MEAN, Op.SUM) and not prev.rows and not prev.group_by and d.op in (Op.LOOKUP, Op.SUM)
        and not d.rows and not d.scope and not form.refers_back and prev.column != d.c.name
    ):
        # "och förvärvsfrekvensen då?" after the county's employed added up over its municipalities:
        # the other measure of the same rows together (a share of them weighted by their sizes) –
        # not the first municipality's figure
        d.op = prev.op
    if (
        form.refers_back and set(d.rows) <= set(follow.labels) and not d.scope and d.op in (Op.RANK, Op.COMPARE)
        and len(follow.seen) > len(follow.labels)
    ):
        # "vilket av dem har störst …" after answers about Vivalla and then Varberga-Oxhagen:
        # the rows the conversation named, ranked among themselves
        d.rows = [x for x in follow.seen if x]
    elif not d.rows and not d.scope and d.op == Op.LOOKUP and follow.labels or (form.refers_back and not d.rows and not d.scope and follow.labels):
        d.rows = list(dict.fromkeys(x for x in follow.labels if x))  # (one row named once: its parts were listed as three figures)
    period_ranking = d.op in (Op.RANK, Op.THRESHOLD) and g.period_subject
    # ("och totalt för hela perioden?": the same rows, their periods added up; "och i snitt per
    # vecka över hela perioden?": their periods' mean – a unit of time is no group of other rows)
    period_total = d.op in (Op.SUM, Op.MEAN) and form.all_periods and all(fold(w) in PERIOD_SUBJECTS for w in form.group_by)
    # ("och hur mycket hade det ökat till september?": the change of the same rows)
    own_change = d.op == Op.TREND and not g.label_m
    # ("och hur stor var ökningen jämfört med året innan?": the same rows against another time,
    # not every row's change ranked)
    own_change = own_change or (d.op == Op.COMPARE and not g.label_m and bool(form.year_shift or form.step_shift) and form.change)
    # ("och jämfört med oktober året innan då?" after "hur många … i Åre i oktober 2024?": the same
    # rows' change from that period a year earlier – not every row's figure for the month)
    prev_months = {
        key[1] for k, vs in prev.filters if (c := p.cat(k)) is not None and c.is_period for v in vs if len(key := period_key(v)) == 2
    }
    compare_shift = (
        d.op == Op.COMPARE and not g.label_m and bool(form.year_shift) and not (form.years or form.quarters or form.periods)
        and set(form.months) <= prev_months and bool(prev.rows)
    )
    own_change = own_change or compare_shift
    if not d.rows and not d.scope and (not form.op_explicit or period_ranking or period_total or own_change) and prev.rows:
        d.rows = list(prev.rows)  # "vilket år var det högst?" ranks the years of the same rows
    if not d.rows and not d.scope and d.counts_again and prev.scope:
        d.rows = list(prev.scope)  # "och året innan?" after "hur många varsel i Mora 2023?": Mora's cases
    elif (
        not d.rows and not d.scope and prev.scope and prev.op == Op.COUNT and prev.agg == "count"
        and d.op in (Op.LOOKUP, Op.COUNT) and form.wants == "count" and p.record_level and not form.group_by
    ):
        # "och hur många fick avslag?" after "hur många beviljades i Umeå?": Umeå's cases again,
        # of the other outcome, counted as before – not the whole register's
        d.scope, d.op, d.agg = list(prev.scope), Op.COUNT, "count"
    if d.op == Op.COMPARE and len(d.rows) == 1 and not d.scope:
        # "jämför med länet" after an answer about one row: that row against the new one
        before = [x for x in (prev.rows or tuple(follow.labels)) if x and x not in d.rows]
        if len(before) == 1:
            d.rows = before + d.rows
    for k, v in prev.filters:
        if k not in d.filters and not any(k == x for x, _ in prev.defaults):
            d.filters[k] = v
    if form.year_shift and (compare_shift or not (form.years or form.months or form.quarters or form.periods)):
        # "och året innan?": each period of the previous answer, a year earlier, where the table has it
        # – also the one it was read at by default, its latest ("samma kvartal året innan": 2023K4)
        for cat in p.cats:
            if cat.is_period and cat.name in prev.latest and cat.name not in d.filters and not event_dates(p, cat):
                read = _pinned(p, prev_filters, [cat.name])[cat.name].astype(str)
                if len(read):
                    d.filters[cat.name] = (read.iloc[0],)
        shifted = False
        for cat in p.cats:
            if cat.is_period and cat.name in d.filters:
                moved = tuple(shift_year(v, form.year_shift) for v in d.filters[cat.name])
                shifted = shifted or moved != tuple(d.filters[cat.name])
                if event_dates(p, cat):
                    # the dates of cases are not shifted one by one: every case dated in the year(s) before
                    years = {period_key(v)[0] for v in moved} - {0}
                    moved = tuple(v for v in cat.values if period_key(v)[0] in years)
                if compare_shift and len(moved) == 1 and moved[0] in cat.values and not event_dates(p, cat) and moved != tuple(d.filters[cat.name]):
                    # (the change from the period a year earlier to the one answered)
                    d.op, d.period_column, d.periods = Op.TREND, cat.name, [moved[0], d.filters.pop(cat.name)[0]]
                elif moved and all(m in cat.values for m in moved):
                    d.filters[cat.name] = moved
                else:  # the year before is not in the table: said, never the same year again
                    g.r.missing_period = ", ".join(sorted({str(period_key(v)[0] + form.year_shift) for v in d.filters[cat.name]}))
                    raise Lacks
        own_year = set(years_in(p.table.caption))
        if (
            not shifted and len(own_year) == 1 and not form.change
            and not any(c.is_period and years_in(" ".join(c.values[:12])) for c in p.cats)
            # (a column of another year – "Förändring jämfört med 2023, %" – answers of it)
            and not any(set(years_in(v.name)) - own_year for v in p.values)
        ):
            # "och samma månad året innan?" of a sheet of 2025's months ("Juli", "Augusti"), its
            # year only in its caption: the year before is another table's, never this one again
            g.r.missing_period = str(own_year.pop() + form.year_shift)
            raise Lacks
    if form.step_shift and not (form.years or form.months or form.quarters or form.periods):
        _step_period(g, d, p, prev, form)


_QUARTER_VALUE = re.compile(r"(?i)(?:k|q|kv(?:artal)?)\s*[1-4]\b|\b[1-4]\s*(?:k|q)\b")


def _stepped(key: tuple, value: str, unit: str, by: int) -> tuple | None:
    """The period key ``by`` quarters or months from ``key`` (of ``value``); None when the value
    is not of that unit (a year column beside the quarter column stays as it is)."""
    if len(key) != 2 or key[1] == 0:
        return None
    year, sub = key
    quarter = bool(_QUARTER_VALUE.search(value))
    if (unit == "quarter") != quarter:
        return None
    n = 4 if quarter else 12
    sub += by
    if not year:
        return (0, sub) if 1 <= sub <= n else (-1, -1)  # a yearless month does not cross a year
    while sub < 1:
        year, sub = year - 1, sub + n
    while sub > n:
        year, sub = year + 1, sub - n
    return (year, sub)


def _step_period(g: Given, d: Draft, p, prev, form: Form) -> None:
    """"och kvartalet innan?" after an answer for 2024K1: the same question for 2023K4 (also
    when 2024K1 was read by default, as the latest); said, never the same quarter again, when
    the table lacks it or has no quarters at all."""
    for cat in p.cats:
        if cat.is_period and cat.name in prev.latest and cat.name not in d.filters and not event_dates(p, cat):
            read = _pinned(p, dict(prev.filters), [cat.name])[cat.name].astype(str)
            if len(read):
                d.filters[cat.name] = (read.iloc[0],)
    moved_any = False
    for cat in p.cats:
        if not (cat.is_period and cat.name in d.filters) or event_dates(p, cat):
            continue
        by_key = {period_key(v): v for v in cat.values}
        moved = []
        for v in d.filters[cat.name]:
            target = _stepped(period_key(v), str(v), form.step_unit, form.step_shift)
            if target is None:
                moved.append(v)
                continue
            if target not in by_key:
                word = "kvartalet" if form.step_unit == "quarter" else "månaden"
                g.r.missing_period = f"{word} {'före' if form.step_shift < 0 else 'efter'} {v}"
                raise Lacks
            moved.append(by_key[target])
            moved_any = True
        d.filters[cat.name] = tuple(moved)
    if not moved_any:
        g.r.missing_period = "kvartal" if form.step_unit == "quarter" else "månader"
        raise Lacks


def _slice_total_row(g: Given, d: Draft) -> None:
    """"hur många har ledsagarservice i skaraborg" of municipalities grouped by sub-region, each
    group closed by its own sum row ("Summa Skaraborg"): the figure of the slice asked is that
    row, the one total row among the slice's rows – not a list of its municipalities."""
    if d.op != Op.LOOKUP or d.rows or d.scope or not d.filters or g.label is None or g.form.subject:
        return
    frame, label = g.p.table.frame, g.label.name
    if label not in frame.columns:
        return
    pinned = slice_rows(frame, d.filters)
    names = pinned[label].astype(str)
    totals = sorted(set(names[names.isin(g.label.totals)]))
    # (the slice's own row, named after it: "Summa Skaraborg" of Delregion = Skaraborg – a grand
    # "Totalt" of every age and sex is no sum of the slice asked)
    named = {fold(v) for values in d.filters.values() for v in values}
    if len(totals) == 1 and (~names.isin(g.label.totals)).sum() >= 2 and any(says(fold(totals[0]), v) for v in named):
        d.rows = totals


def _total_slices(g: Given, d: Draft) -> None:
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
    pinned = slice_rows(frame, d.filters) if d.filters else None  # the rows the slices keep
    if pinned is not None and pinned.empty:
        # "totalt … inom bygg": "totalt" named the code column's total ("SNI 2007 = Totalt") while
        # "bygg" names a branch of the column beside it – the total word gives way to the slice
        totals_only = [k for k, v in d.filters.items() if (cat := p.cat(k)) is not None and not cat.is_period and set(v) <= set(cat.totals)]
        rest = {k: v for k, v in d.filters.items() if k not in totals_only}
        kept = slice_rows(frame, rest)
        if totals_only and rest and not kept.empty:
            d.filters, pinned = rest, kept
    if (
        d.rows and pinned is not None and not pinned.empty and label_name in frame.columns
        and not pinned[label_name].astype(str).isin(d.rows).any()
        and all(m.coverage < 0.999 and m.qtokens <= total_words()["all"] for m in g.label_m if set(m.values) & set(d.rows))
    ):
        # "avvikelsen för kultur totalt": "totalt" named the grand total row only in part; the
        # slice Kultur holds its own rows (and its subtotal) – the word gives way to the slice
        d.rows = []
    form = g.form
    # "totalt under 2025" of the months beside "Helår 2025": a sum or a figure asked of no month
    # is the year's total row, not the months, their quarters and the year added up
    year_total = form.op in (Op.SUM, Op.LOOKUP) and not (form.months or form.quarters or form.periods) and not d.group_by
    for cat in p.cats:
        if cat.role == "label" or cat.name in d.filters or (cat.is_period and not (year_total and cat.totals)) or cat.of_rows:
            continue
        if cat.totals and pinned is not None and not pinned.empty and pinned[cat.name].astype(str).nunique() == 1:
            continue  # the slices asked for fix it ("Näringsgren = Tillverkning" fixes "SNI 2007 = C")
        # ("16-64 år" beside "18-24 år": the widest age group is the whole the others are part of)
        whole = cat.totals[0] if cat.totals else widest_age_group(cat)
        if whole is not None:
            named = d.rows or d.scope
            in_total = frame[cat.name].astype(str) == whole
            if named:
                rows_mask = frame[label_name].astype(str).isin(named)
                if not (rows_mask & in_total).any():
                    continue  # the named rows lie outside the total slice: keep them
            elif form.op in (Op.RANK, Op.THRESHOLD) and label_name in frame.columns and sum(
                1 for v in frame.loc[in_total, label_name].astype(str) if not is_total_label(v)
            ) < 2:
                # "which station rose most" of a table whose "Trafikslag = Samtliga" only its sum
                # row carries: the total slice leaves nothing to rank – the rows stay as they are
                continue
            d.filters[cat.name] = (whole,)
            if len(cat.values) > 1:
                d.defaults[cat.name] = whole


def _caption_lists_places(p, column: str) -> bool:
    """Does the caption name two or more of the column's places ("… Västernorrland, Västerbotten
    och Norrbotten" over a Län column)?"""
    cat = p.cat(column)
    if cat is None or not (is_geo_header(column) or all(is_county(v) for v in cat.values)):
        return False
    # (the caption as the resolver reads it: with the section it stands in – "Arbetsmarknadsläget
    # i Skåne, Halland och Dalarna 2025" over a table of their municipalities with a Län column)
    return _caption_names_two(p, {h for v in cat.values if len(h := fold(v).split(" län")[0].removesuffix("s")) >= 4})


def _caption_names_two(p, heads: set[str]) -> bool:
    """Does the caption (with the section it stands in) begin a word with two or more of ``heads``?"""
    caption = fold(f"{p.table.caption} {p.table.section}")
    return sum(1 for h in heads if says(caption, h, whole=False)) >= 2


def _caption_lists_values(p, column: str) -> bool:
    """Does the caption name two or more of a split's values by their first word ("Kommunmottagna
    personer och ensamkommande barn" over Kategori = "Kommunmottagna totalt", "Ensamkommande barn
    med uppehållstillstånd", …)? Then a word it shares with one value names that slice, not the table."""
    cat = p.cat(column)
    if cat is None or cat.is_period or len(cat.values) > 40:
        return False
    if column in caption_listed_words(p):
        return True  # ("16–64 år och 18–24 år" over "Ålder: 16–64 år", "Ålder: 18–24 år")
    heads = set()
    for v in cat.values:
        first = next((w for w in words(v) if w.isalpha() and w not in STOPWORDS), None)
        if first is not None and len(first) >= 5:
            heads.add(first)
    return _caption_names_two(p, heads)


def _value_said_again(m, form: Form) -> bool:
    """"summera beviljat belopp … för de beviljade ärendena": the value's word written twice, once
    for the column and once more for the cases – the slice is asked as well."""
    stems = {stem(x) for v in m.values for x in value_tokens(v) if len(x) >= 4}
    # (inflected apart by the stemmer: "beviljats" → "beviljat", "Beviljad" → "bevilj")
    return bool(stems) and sum(1 for t in form.tokens if any(stem(t).startswith(s_) or (len(stem(t)) >= 5 and s_.startswith(stem(t))) for s_ in stems)) >= 2


def _value_before_cases(m, form: Form, matches) -> bool:
    """"snittbeloppet på beviljade konsultcheckar": the value's word stands right before the
    word of another slice (the kind of case, "Konsultcheck") – it says which cases, not which
    amount; "beviljat belopp" (the column's noun after it) says the amount."""
    others = frozenset().union(*(x.qtokens for x in matches if x.column != m.column))
    toks = form.tokens
    return any(t in m.qtokens and i + 1 < len(toks) and toks[i + 1] in others for i, t in enumerate(toks))


def _said_twice(qtokens: frozenset[str], form: Form) -> bool:
    """Does the question write each of these words more than once ("anställda i företag med 10-49
    anställda"): then one of them can name one thing and the other another."""
    return bool(qtokens) and all(form.tokens.count(w) > 1 for w in qtokens)


def _lacking_end_years(form: Form, wanted: list[str], op: Op) -> list[int]:
    """The first or last of several asked years that a change or comparison needs and the
    column lacks ("förändringen 2022–2023" of a table that ends in 2022)."""
    asked = sorted(set(form.years))
    if len(asked) < 2 or op not in (Op.TREND, Op.COMPARE):
        return []
    have = {y for v in wanted if (y := period_year(v)) is not None}
    if not have:
        return []  # months without their years ("Januari" beside an År column) say nothing of years
    return [y for y in (asked[0], asked[-1]) if y not in have]


def _month_of_dated_years(p, cat) -> bool:
    """Is this a period column without years (Månad: 01–12) beside one of years (År)? Then a
    month asked pins every year's rows to it."""
    return bool(cat.values) and all(period_key(v)[0] == 0 for v in cat.values) and any(
        x.is_period and x.name != cat.name and x.role != "label" and any(period_key(v)[0] > 0 for v in x.values)
        for x in p.cats
    )


def _pair_split_dates(g: Given, d: Draft) -> None:
    """A change between two dates written with month and year ("mellan december 2023 och mars
    2024") of a table that keeps them in two columns (År, Månad): the years carry the change and
    the months are pinned in the same order, the first month with the first year."""
    p, form = g.p, g.form
    if d.op != Op.TREND or len(form.dates) != 2:
        return
    months = next((x for x in p.cats if x.is_period and x.role != "label" and _month_of_dated_years(p, x)), None)
    years = next((x for x in p.cats if x.is_period and x.role != "label" and x is not months
                  and x.values and all(len(period_key(v)) == 2 and period_key(v)[0] > 0 and period_key(v)[1] == 0 for v in x.values)), None)
    if months is None or years is None:
        return
    (y0, m0), (y1, m1) = sorted(form.dates)
    if y0 == y1 or m0 == m1:
        return  # one year or one month pinned: the period loop has read it
    def value(cat, k):
        return next((v for v in cat.values if tuple(period_key(v)[:2]) == k), None)
    ends = [value(years, (y0, 0)), value(years, (y1, 0)), value(months, (0, m0)), value(months, (0, m1))]
    if None in ends:
        g.r.missing_period = asked_period_text(form)
        raise Lacks
    d.period_column, d.periods = years.name, ends[:2]
    d.filters.pop(years.name, None)
    d.filters[months.name] = (ends[2], ends[3])  # in the years' order: compute pairs them
    d.latest = [x for x in d.latest if x not in (years.name, months.name)]


def _dates_that_differ(g: Given, chosen: str, wanted: tuple[str, ...], others: tuple[str, ...]) -> tuple[str, ...]:
    """Of the other dates of each case, those whose asked period takes other cases than
    ``chosen``'s does: the year the question names could be either's."""
    frame = g.p.table.frame
    mine = frame[chosen].astype(str).isin(wanted)
    out = []
    for name in others:
        cat = g.p.cat(name)
        theirs = period_match(cat, g.form) if cat is not None else None
        if theirs and not frame[name].astype(str).isin(theirs).equals(mine):
            out.append(name)
    return tuple(out)


def _open_spell(g: Given, d: Draft) -> tuple[str, ...]:
    """The cases still running ("pågående den 30 juni 2024", "pågår fortfarande") of a register
    dating each case by a start and an end: kept by the start's values up to the asked period's
    last day and the end's values from its first day on, or with no end ("9999-12-31", blank) –
    without an asked period, the cases with no end. The date columns it filters, or () when the
    question asks no such thing of this table (a Status value "Pågående" names it itself)."""
    p, form = g.p, g.form
    if not p.record_level or not (form.open_spell or g.follow is not None):
        return ()
    start, end = spell_columns(p)
    if end is None:
        return ()
    # ("och den 31 december 2023?" after "hur många hade en pågående insats den 30 juni 2024?":
    # the cases running then, as before)
    interval = asked_interval(form)
    prev = g.follow.query if g.follow is not None and g.follow.query.table_id == p.table.id else None
    went_on = prev is not None and interval is not None and any(
        k == end.name and (b := date_bounds(p.table.frame, k, tuple(v))) is not None and b[2] for k, v in prev.filters
    )
    # (… nor of a register whose every case has ended, asked of now, or of a day with no start to
    # say what had begun by then: read as usual)
    if not (form.open_spell or went_on) or not spell_readable(p, interval):
        return ()
    used = {t for m in (*g.label_m, *g.dim_m) for t in m.qtokens}
    if used & open_spell_words():
        return ()
    frame = p.table.frame
    ends = list(dict.fromkeys(frame[end.name].astype(str)))
    if interval is None:
        d.filters[end.name] = tuple(v for v in ends if open_end(v))
        return (end.name,)
    lo, hi = interval
    starts = list(dict.fromkeys(frame[start.name].astype(str)))
    real = [v[:10] for v in (*starts, *ends) if not open_end(v) and ISO_DAY.match(v)]
    if not real or hi < min(real) or lo > max(real):
        # a day before the register's first date or after its last: no cases known then
        g.r.missing_period = lo if lo == hi else f"{lo}–{hi}"
        raise Lacks
    # (the asked day is kept too, whether a row holds it or not: the bound the step is shown with;
    # a column whose every value is kept is no filter – nor is a follow-up's earlier day kept)
    begun = [v for v in starts if ISO_DAY.match(v) and v[:10] <= hi]
    d.filters.pop(start.name, None)
    if len(begun) < len(starts):
        d.filters[start.name] = tuple(dict.fromkeys([*begun, hi]))
    running = [v for v in ends if open_end(v) or (ISO_DAY.match(v) and v[:10] >= lo)]
    d.filters.pop(end.name, None)
    if len(running) < len(ends):
        d.filters[end.name] = tuple(dict.fromkeys([lo, *running]))
    return (start.name, end.name)


def _settle_periods(g: Given, d: Draft) -> None:
    """The asked periods of each period column, their range for a sum or mean, or the latest
    (pinned after the other filters); a year of months summed or read at its end."""
    p, form, c = g.p, g.form, d.c
    unit_asked = g.unit_word is not None
    spelled = _open_spell(g, d)
    dated, undated = date_choice(p, form)
    # ("i juni" of "Månad" beside "Datauttag": the month is Månad's, Datauttag left to its latest)
    matched = periods_asked([x for x in p.cats if x.is_period], form)
    for cat in p.cats:
        if not cat.is_period or cat.name in spelled or (d.op == Op.TREND and d.periods and cat.name == d.period_column):
            continue  # (… or a follow-up's change from a year earlier has set its two periods)
        if dated is not None and cat.name != dated and event_dates(p, cat) and cat.role != "label":
            continue  # "startade 2024" of a start and an end date: the year is the start's
        wanted = matched[cat.name]
        if wanted and len(set(form.years)) == 1 and _WHOLE_YEAR.search(fold(form.text)) and _months_only(cat):
            # "under hela 2024" of a register of January–June: the whole year is not there – said,
            # not answered with the half year's rows (or June's) as the year's (F228-20)
            year = form.years[0]
            have = sorted({period_key(v)[1] for v in cat.values if period_key(v)[0] == year})
            if have and len(have) < 12:
                g.r.missing_period = f"hela {year} (bara {MONTH_NAMES[have[0]]}–{MONTH_NAMES[have[-1]]} {year} finns)"
                raise Lacks
        published = revisions(p, cat)
        if wanted is not None and published:
            if not any(matched.get(x.name) is not None for x in p.cats if x is not cat):
                # (a month no Månad has is no publication's either: said missing)
                g.r.missing_period = asked_period_text(form)
                raise Lacks
            # "i november" of months published on 2024-09-16 … 2024-11-15: the month is Månad's,
            # the publication its latest – "from 2024-11-15 on" had answered for October (F228-04)
            wanted = None
        if d.op in (Op.SUM, Op.MEAN) or (form.span and d.op in (Op.RANK, Op.THRESHOLD, Op.COUNT, Op.LOOKUP)):
            # (a ranking "2022–2024" runs over every year between, not the two ends)
            wanted = period_range(cat, wanted, form)
        if d.op == Op.COMPARE and form.change and cat.role == "label" and wanted and len(wanted) == 2 and not d.rows:
            d.op = Op.TREND  # "hur har … förändrats mellan 2019 och 2024" of years as rows: a change
        if d.op == Op.TREND and cat.role == "label" and not d.rows and not p.record_level and (not wanted or len(wanted) < len(cat.values)):
            # years as the table's rows ("År" | Personbilar | Lastbilar): a change runs down the
            # rows – from the asked year to the latest ("utvecklats sedan 2019"), between the two
            # asked, or over the whole series when no year is asked (the rows had been read as
            # one year's lookup, or ranked by their values)
            if wanted is None:
                d.period_column = cat.name
                continue
            if wanted and not _lacking_end_years(form, wanted, d.op):
                d.period_column = cat.name
                ordered = sorted(wanted, key=period_key)
                d.periods = [ordered[0], ordered[-1] if len(ordered) > 1 else max(cat.values, key=period_key)]
                continue
        if wanted is None:  # nothing asked
            if cat.role == "label" or event_dates(p, cat):
                continue
            if form.year_shift and cat.name in d.filters:
                continue  # "samma sak året innan?": the follow-up set the year, no latest to pin or say
            if d.period_sum == cat.name and cat.name in d.filters:
                continue  # (a follow-up keeps the months it adds up, see _follow_up)
            if p.record_level and p.case_names and d.op != Op.TREND and not form.latest and not published:
                continue  # a register's cases of every month count: the month is the case's, no slice
            if len(cat.values) > 1:
                if d.op == Op.TREND and d.period_column is None:
                    d.period_column = cat.name
                d.latest.append(cat.name)
            continue
        if not wanted:
            g.r.missing_period = asked_period_text(form)
            raise Lacks
        lacking_ends = _lacking_end_years(form, wanted, d.op)
        if lacking_ends and not event_dates(p, cat):
            # "mellan 2022 och 2023" of a table that ends in 2022: no change, no comparison
            g.r.missing_period = ", ".join(map(str, lacking_ends))
            raise Lacks
        if event_dates(p, cat) and cat.role != "label":
            if set(wanted) != set(cat.values):  # "beviljade 2023": every case dated in 2023
                d.filters[cat.name] = tuple(wanted)
                if cat.name == dated:
                    g.r.other_dates = _dates_that_differ(g, cat.name, tuple(wanted), undated)
            continue
        if d.op == Op.COMPARE and len(wanted) == 2 and len(d.rows) < 2 and cat.role != "label":
            d.op = Op.TREND  # "2021 jämfört med 2025": a change between two periods
        elif (
            (d.op == Op.LOOKUP or (d.op == Op.SUM and form.change)) and len(wanted) == 2 and len(form.dates) == 2
            and len(d.rows) < 2 and cat.role != "label" and {period_key(v)[:2] for v in wanted} == set(form.dates)
        ):
            # "hur många … i januari 2024 och i december 2024": each month and the change between
            # them – two months of a count are never added up
            d.op = Op.TREND
        if (
            d.op in (Op.TREND, Op.COMPARE) and len(wanted) == 1 and form.years and cat.role != "label"
            and _month_of_dated_years(p, cat)
        ):
            # "december 2023 och december 2024" of År beside Månad: the month holds for both
            # years, and the year column carries the change
            d.filters[cat.name] = tuple(wanted)
            continue
        if (
            d.op == Op.TREND and len(wanted) == 1 and len(set(form.years)) == 1 and len(set(form.months)) >= 2
            and cat.role != "label" and any(_month_of_dated_years(p, x) for x in p.cats if x.is_period)
        ):
            # "mellan mars och december 2024" of År beside Månad: the year holds for both months
            d.filters[cat.name] = tuple(wanted)
            continue
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
            if p.record_level and not c.is_share and (p.case_names or d.op == Op.COUNT or d.agg == "count"):
                pass  # a register's cases of every month of the year count ("mest bistånd 2024"), not December's
            elif not unit_asked and (c.is_share or (d.op != Op.SUM and is_level(c))):
                wanted = [max(wanted, key=period_key)]
            elif unit_asked and d.op in (Op.RANK, Op.THRESHOLD) and (c.is_share or is_level(c)):
                pass  # "vilken månad 2021 var andelen högst": the year's months are ranked, not summed
            else:
                d.period_sum = cat.name
        elif (
            len(wanted) > 1 and form.span and cat.role != "label" and not unit_asked and not p.record_level and not (c.is_share or is_level(c))
            and (d.op in (Op.RANK, Op.THRESHOLD) or (d.op == Op.LOOKUP and form.wants == "count" and len(d.rows) <= 1))
        ):
            # "which industry had the most varsel in January–October": each row's count summed
            # over the months of the span, then ranked – not the single month that was highest;
            # "hur många gästnätter … juni till augusti" of one row: the months' sum
            d.period_sum = cat.name
        if cat.role == "label" and len(wanted) > 1 and d.op == Op.LOOKUP and not form.periods and not form.span and not unit_asked:
            # a year asked of a table whose rows are months ("under 2023"): an amount is the
            # year's sum, a share or level its last month – as for a period column beside the rows
            if is_level(c):
                wanted = [max(wanted, key=period_key)]
            else:
                d.op = Op.SUM
        if cat.role == "label":
            if form.followup and d.op != Op.COMPARE and d.rows and set(d.rows) <= set(cat.values) and not set(wanted) & set(d.rows):
                d.rows = []  # "och i oktober?" after March, of a table whose rows are months: October instead
            d.rows += [v for v in wanted if v not in d.rows]
            d.period_rows += wanted
        else:
            d.filters[cat.name] = tuple(wanted)
    _pair_split_dates(g, d)
    yearless_open = [
        cat for cat in p.cats
        if cat.is_period and cat.name in d.latest and cat.role != "label" and cat.values
        and all(period_key(v)[0] == 0 for v in cat.values)
    ]
    if (
        yearless_open and form.years and not (form.months or form.quarters or form.periods or unit_asked)
        and d.op in (Op.RANK, Op.THRESHOLD, Op.LOOKUP) and not (c.is_share or is_level(c))
        and (
            any(d.filters.get(x.name) for x in p.cats if x.is_period and x not in yearless_open)
            # (… or the year of a caption over the months: "Nyinskrivna … per månad 2024")
            or (set(form.years) <= p.caption_years and not any(x.is_period for x in p.cats if x not in yearless_open))
        )
    ):
        # "flest konkurser under 2024" of a sheet of months per year (År beside Månad): a count is
        # the year's months summed – as for months that carry their year – not December's
        cat = yearless_open[0]
        d.latest.remove(cat.name)
        d.filters[cat.name] = tuple(sorted(cat.values, key=period_key))
        d.period_sum = cat.name
    if d.op in (Op.MEAN, Op.SUM) and (
        any(d.filters.get(cat.name) for cat in p.cats if cat.is_period)
        or (form.years and set(form.years) <= p.caption_years and not form.months and not form.quarters and not form.periods)
    ):
        # "snittet under 2021" of monthly rows: the year's months all count; no other spelling
        # of time (a month column) is pinned to the latest – also when the year is the table's
        # own (a sheet "2024" of months)
        d.latest = []


# the whole of a year asked: "under hela 2024", "helåret 2024", "hela året", "the whole of 2024", "full year"
_WHOLE_YEAR = re.compile(r"\b(?:hela\s+(?:året|år|(?:19|20)\d\d)|helåret|helår|whole (?:of )?(?:the )?(?:year|(?:19|20)\d\d)|full year|entire year)\b")
# a month written as a period value: "202403", "2024-03", "2024M03"
_MONTH_VALUE = re.compile(r"(?:19|20)\d\d(?:-|m)?(?:0[1-9]|1[0-2])")


def _months_only(cat) -> bool:
    """Is a period column one of months ("202401" … "202406")?"""
    return bool(cat.values) and all(_MONTH_VALUE.fullmatch(fold(str(v)).strip()) for v in cat.values)


# The words that name a part of a year in a caption or a header: quarters and half-years
_YEAR_PART_WORDS = r"kvartal\w*|kv\.?\s?[1-4]|q[1-4]|halvår\w*|h[12]"


def _unheard_per(p: Profile, form: Form) -> str | None:
    """The word after "per" ("per anställning") that the table names nowhere – no header, value
    or caption word begins with it or holds it, and it is no time or base of a rate the lexicon
    knows; None when there is none."""
    folded = fold(form.text)
    asked = [w for w in form.group_by if (f := fold(w)) not in PERIOD_SUBJECTS and f not in rate_bases() and len(f) >= 4
             and re.search(rf"\bper\s+{re.escape(f)}\b", folded)]
    if not asked:
        return None
    known = {plain(t) for t in p.terms} | {plain(t) for c in p.cats for t in c.token_values}

    def named(word: str) -> bool:
        s = plain(stem(fold(word)))
        return any(k.startswith(s[:5]) or (len(k) > len(s) and s in k) for k in known)

    for w in asked:
        # (… the word after it, when "per" names a thing by an adjective first: "per ledig
        # tjänst" of "Sökande per tjänst")
        noun = re.search(rf"\bper\s+{re.escape(fold(w))}\s+([a-zåäö]{{4,}})", folded)
        if not named(w) and not (noun is not None and noun.group(1) not in STOPWORDS and named(noun.group(1))):
            return w
    return None


def _check_lacks(g: Given, d: Draft) -> None:
    """A row, place, year or split the question names and the table lacks ends the reading:
    said, never answered from what the table has instead."""
    r, p, form, c = g.r, g.p, g.form, d.c
    lacking_row = None if d.rows or d.scope else _missing_row(p, form)
    if lacking_row:
        r.missing_row = lacking_row
        r.missing_breakdown = r.missing_place = lacking_row  # (read as missing wherever a reading is weighed)
        raise Lacks
    lacking_place = missing_place(p, form, r.matches)
    if lacking_place:
        # a place the table lacks is, like a split it lacks, a reason not to answer from it
        r.missing_breakdown = r.missing_place = lacking_place
        raise Lacks
    caption_months = {MONTHS[m] for m in re.findall(r"[a-zåäö]+", fold(p.table.caption)) if m in MONTH_NAMES}
    if (
        form.months and form.years and caption_months and not set(form.months) & caption_months and not any(x.is_period for x in p.cats)
        and not any(MONTHS.get(w) for v in p.values for w in re.findall(r"[a-zåäö]+", fold(v.name)) if len(w) >= 3)
    ):
        # "i september 2024" of a table of "oktober 2024" (no month column, no month in its
        # headers): the month asked is not there – said, not answered with October's figures
        r.missing_period = asked_period_text(form)
        raise Lacks
    header_months = set().union(*(months_named(v.name) for v in p.values))
    if form.months and header_months and not set(form.months) & (header_months | caption_months) and not any(
        x.is_period and any(period_key(v)[1] for v in x.values) for x in p.cats
    ):
        # "i september 2025" of columns "Arbetslösa aug 2024", "Arbetslösa aug 2025": no
        # column holds the month asked – said, not answered with August's figures
        # (… nor when the years stand in a period column of their own, the month in every
        # header: "Andel (%) oktober" of 2023 and 2024 answers no "september 2023", round 208)
        r.missing_period = asked_period_text(form)
        raise Lacks
    if form.months and form.years and months_across(p) and not any(x.is_period for x in p.cats):
        # months across ("jan" … "dec" of the caption's 2024) beside whole years ("Helår 2023"):
        # "i januari 2023" is in no column – said, not answered with the year 2023 or with
        # January 2024 – and "i januari 2024" is the column "jan", not the year 2024
        month_years = {
            y for v in p.values if months_named(v.name) & set(form.months)
            for y in (header_years_of(v.name) or p.caption_years)
        }
        own = header_years_of(c.name) or p.caption_years
        if not month_years & set(form.years) or (months_named(c.name) & set(form.months) and not own & set(form.years)):
            # (a column of another month or the year's total, when the month asked has a column,
            # is ranked below it by the period it names – not said missing)
            r.missing_period = asked_period_text(form)
            raise Lacks
    header_quarters = {q for v in p.values if (q := header_quarter(v.name))}
    if form.quarters and header_quarters and not any(x.is_period for x in p.cats) and not any(
        q in form.quarters and (not form.years or y in form.years) for y, q in header_quarters
    ) and not running_months(p, c, form):
        # (… a quarter of running totals – "2025K1–K3" less "2025K1–K2" – is there)
        # "under fjärde kvartalet 2025" of columns "Kv3 2024" … "Kv3 2025": no column holds the
        # quarter asked – said, not answered with the third quarter's figures
        r.missing_period = " och ".join(f"kvartal {q}" + "".join(f" {y}" for y in sorted(set(form.years))) for q in form.quarters)
        raise Lacks
    part_of_year = bool(form.quarters) or (bool(form.months) and len(set(form.months)) < 12)
    if (
        part_of_year and p.caption_years and not any(x.is_period for x in p.cats) and not caption_months and not header_months
        and not any(MONTHS.get(w) for w in re.findall(r"[a-zåäö]+", fold(f"{p.table.caption} {p.table.sheet or ''}")) if len(w) >= 3)
        and not header_quarters and not re.search(rf"\b(?:{_YEAR_PART_WORDS}|tertial\w*)\b", fold(p.table.caption))
        and not any(re.search(rf"\b(?:{_YEAR_PART_WORDS})\b", fold(v.name)) for v in p.values)
    ):
        # "under första kvartalet 2024" of a pivot of "Registreringsår 2024" (no period column, no
        # month or quarter anywhere): the table holds the whole year only – the part asked is
        # missing, not answered with the year's figures
        years = "".join(f" {y}" for y in sorted(set(form.years)))
        r.missing_period = (" och ".join(f"kvartal {q}" for q in form.quarters) + years) if form.quarters else asked_period_text(form)
        raise Lacks
    # (… nor years in its headers: "2023 T3 jan–dec" beside "2024 T3 jan–dec")
    timeless = not any(x.is_period for x in p.cats) and not p.caption_years and not header_years(p)
    # periods without a year (months of a sheet whose caption names its year): the caption's
    # years are all the table has, and an asked year beyond them is missing ("från juni 2023
    # till juni 2024" of the sheet for 2024)
    yearless = any(x.is_period for x in p.cats) and all(period_key(v)[0] == 0 for x in p.cats if x.is_period for v in x.values)
    if (
        form.years and not any(x.is_period for x in p.cats) and p.caption_years and not set(form.years) & p.caption_years
        and not header_names_period(c.name, form)
        # "Antal …, 2023" as a column (not a change's start: "Förändring sedan jan. 2023" is no 2023 figure)
        and not set(form.years) & {y for v in p.values if not v.is_change for y in header_years_of(v.name)}
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
        raise Lacks
    own_years = measure_years(p, c.name)
    year_lacking = (
        form.years and not any(x.is_period for x in p.cats) and header_years_of(c.name) and without_years(c.name)
        and not set(form.years) & own_years and not header_names_period(c.name, form)
    )
    if year_lacking and (since := change_since(p, c, form)) is not None:
        # "andelen 2023" of "Andel 2024, %" beside its change since 2023: 2024's level less the
        # change, shown as computed (the table's one way to give 2023)
        d.less, d.less_kind, d.less_year = since.name, "earlier", form.years[0]
    elif year_lacking:
        # "konkurser ljusdal 2022" of "Konkurser 2023" beside "Förvärvsarbetande 2022" and "… 2023":
        # the measure has no column of the year asked, though another measure has – said, not
        # answered with 2023's figure (F214-16)
        r.missing_period = ", ".join(map(str, sorted(set(form.years) - own_years)))
        raise Lacks
    lacking = missing_breakdown(p, form)
    if lacking:
        r.missing_breakdown = lacking
        raise Lacks
    per = _unheard_per(p, form)
    if per:
        # "hur mycket får en arbetsgivare … per anställning?" of a budget's total for the vouchers:
        # a figure per something the table never names is another question's
        r.missing_per = r.missing_breakdown = per
        raise Lacks
    bar = _total_compared_with(g)
    if bar:
        r.missing_bar = r.missing_breakdown = r.missing_place = bar
        raise Lacks
    kind = _other_kind_of_rows(g)
    if kind:
        r.missing_kind = r.missing_breakdown = kind
        if any(is_geo_header(w) for w in (fold(kind), stem(fold(kind)), translations().get(fold(kind), fold(kind)))):
            # (places the table lacks are said to be missing; another kind of thing – "vilka yrken
            # har störst brist" of a table of municipalities – the documents may list, or say not)
            r.missing_place = kind
        raise Lacks
    listed = _listed_kind(g)
    if listed:
        # (no place: a table of indicators lacks "mål", not a place's figures)
        r.missing_kind = r.missing_breakdown = listed
        raise Lacks


def _settle_trend(g: Given, d: Draft) -> None:
    """The two ends of a change: the asked periods, the previous trend's, or the latest and the
    one before; a change from a period to itself is a missing start."""
    p, form = g.p, g.form
    if d.op == Op.TREND and d.periods:
        # one period column carries the trend; the others (år, månad, år_månad …) are other
        # spellings of the same time and must not pin it to one period
        trend_cat = p.cat(d.period_column) if d.period_column else None
        months_trend = trend_cat is not None and _month_of_dated_years(p, trend_cat)
        others = {
            cat.name for cat in p.cats
            if cat.is_period and cat.name != d.period_column
            # a month pinned beside a trend over years, or one year pinned beside a trend over
            # its months ("mellan mars och december 2024"), is another part of the same date
            and not (_month_of_dated_years(p, cat) and not months_trend)
            and not (months_trend and len(d.filters.get(cat.name, ())) == 1 and not _month_of_dated_years(p, cat))
        }
        d.filters = {k: v for k, v in d.filters.items() if k not in others}
        d.latest = [x for x in d.latest if x not in others and x != d.period_column]
    again = d.trend_again
    if d.op == Op.TREND and again is not None and not d.periods and again.period_column in {x.name for x in p.cats}:
        d.period_column, d.periods = again.period_column, list(again.periods)
        d.filters.pop(d.period_column, None)
        d.latest = [x for x in d.latest if x != d.period_column]
    if d.op != Op.TREND:
        return
    if g.follow is not None and d.period_column and len(set(d.periods)) == 1:
        # "… i januari 2025?" / "och hur mycket hade det ökat till september?": from the period the
        # previous answer gave to the one named now (a change from September to itself had been
        # said to be missing)
        before = d.filters.get(d.period_column, ())
        if len(before) == 1 and before[0] != d.periods[0] and period_key(before[0]) < period_key(d.periods[0]):
            d.periods = [before[0], d.periods[-1]]
            d.filters.pop(d.period_column, None)
    if d.period_column and not d.periods:
        vals = sorted(p.cat(d.period_column).values, key=period_key)
        asked = d.filters.pop(d.period_column, None)
        end = asked[-1] if asked else vals[-1]
        start = form_start(vals, end, form)
        d.periods = [start, end] if start else []
        d.latest = [x for x in d.latest if x != d.period_column]
    if not d.periods:
        # (… unless the table has a column per year of the measure: "ökat sedan 2022" of
        # "Antal 2022" … "Antal 2024" is the change between two of them, see shape_operation)
        if _year_columns(p, d.c, form) is None:
            d.op = Op.LOOKUP
    elif d.periods[0] == d.periods[-1]:
        # "från januari 2020 till januari 2021" in a table of 2014, 2018 and 2021: the start
        # is missing, and a change from 2021 to 2021 is no answer; "minskade under 2024" of one
        # figure per year: the year is there, a change within it is not
        cat = p.cat(d.period_column) if d.period_column else None
        within = cat is not None and d.periods[0] in cat.values and len(set(form.years)) <= 1 and not form.months
        g.r.missing_period = (
            f"någon förändring inom {d.periods[0]}" if within
            else asked_period_text(form) or d.periods[0]
        )
        raise Lacks


def _split_and_years(g: Given, d: Draft) -> None:
    """Two or more named values of one dimension for an aggregate are its groups; two years of
    finer periods are one figure per year and the change between them."""
    p, form = g.p, g.form
    # "röda respektive orangea kluster", "snittet i röda och orangea": two or more values of one
    # dimension named for an aggregate are its groups; a row whose name only repeats those
    # words ("Orange kluster") is not asked for
    # (of two such – "kvinnor respektive män 80 år och äldre" – the one named value by value, not
    # an age band's many years)
    named = sorted((m for m in g.dim_m if len(d.filters.get(m.column, ())) >= 2 and not p.cat(m.column).is_period),
                   key=lambda m: len(d.filters.get(m.column, ())))
    split = named[0].column if named else None
    # a sum or count over two named values is one total ("i Falun och Borlänge sammanlagt")
    # unless the question asks for each ("respektive", "var för sig", "jämfört med")
    each_part = bool({"respektive", "resp"} & set(form.tokens)) or bool(re.search(r"\bvar för sig\b|\bvardera\b", fold(form.text)))
    each = each_part or bool(re.search(r"\bjämfört\b|\bjämför\b", fold(form.text)))
    if split and (each or d.op in (Op.MEAN, Op.RANK)):
        said = frozenset().union(*(m.qtokens for m in g.dim_m if m.column == split))
        drop = {v for m in g.label_m if m.qtokens & said for v in m.values}
        d.rows = [x for x in d.rows if x not in drop]
        d.scope = [x for x in d.scope if x not in drop]
        if not d.rows:
            d.split_by = split
        elif each_part and len(d.rows) == 1 and g.label is not None and not d.scope and g.label.name not in d.filters:
            # "kvinnor respektive män 80 år och äldre i Ronneby": each part within the one place
            # named – the place becomes a slice, as a ranking of groups reads no rows
            d.filters[g.label.name] = (d.rows[0],)
            d.rows = []
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
            d.agg = "mean" if is_level(d.c) else "sum"
            keep = {k: v for k, v in d.filters.items() if not (p.cat(k) is not None and p.cat(k).is_period)}
            d.filters = {**keep, d.group_by: tuple(v for _, vs in d.period_groups for v in vs)}
            d.latest, d.period_sum, d.period_column, d.periods = [], None, None, []
            d.scope, d.rows = real_rows, []
            d.op = Op.TREND


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


def _total_compared_with(g: Given) -> str | None:
    """"Askersunds arbetslöshet jämfört med länet", "över eller under rikssnittet": a comparison
    with the county's or the country's own row, of a table that has no such row (a part table of
    areas) – the reading cannot make it, and a lookup of the one row would pass for an answer.
    Returns the phrase's word for what is missing ("länet", "riket")."""
    form, p = g.form, g.p
    if not (form.op == Op.COMPARE or form.relative):
        return None
    folded, tw = fold(form.text), total_words()
    for kind, attr, word in (("county", "county_totals", "länet"), ("country", "geo_totals", "riket")):
        if phrase_words(tw[kind], folded) and not any(getattr(c, attr) or (kind == "county" and len(c.county_rows) > 1) for c in p.cats):
            return word
    return None


# Nouns for places that are no header words: "vilken stad", "vilken ort", "which town"
_PLACE_NOUNS = frozenset("stad städer staden plats platser ställe ställen ort orter kommundel kommundelar town towns city cities place places".split())


def _other_kind_of_rows(g: Given) -> str | None:
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
        # "vilken yrkesgrupp hade högst omsättning" of a table whose rows are municipalities:
        # ranking the places answers another question (bank SP-260)
        if (
            p.place_rows and len(subject) >= 5 and subject not in _PLACE_NOUNS and stem(subject) not in _PLACE_NOUNS
            and not any(names_column(form.subject, c) for c in p.cats)
            # (a table with another column of kinds – "Branch", "Näringsgren" – may group by it)
            and all(c is label or c.is_period or c.name in DERIVED_COUNTY for c in p.cats)
        ):
            return form.subject
        return None
    body = [v for v in label.values if v not in label.every_total]
    if fold(kind).startswith(("kommun", "municipal")) and body and all(is_county(v) for v in body) and not g.label_m:
        # "vilka kommuner …" of a table whose rows are counties: the municipalities are not in it
        return kind
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


def _listed_kind(g: Given) -> str | None:
    """"vilka mål har verksamhetsplanen?" of a table of indicators with a column "Målvärde 2026":
    a listing question names the kind of things it lists; when no column of the table holds
    that kind – the word is no header of its rows or slices, and no whole word of a measure's
    header ("mål" is only the first part of "Målvärde") – the table lists something else."""
    form, p = g.form, g.p
    if form.op != Op.LOOKUP or not form.plural or not form.subject or g.period_subject or g.label is None or g.label_m:
        return None
    subject = fold(form.subject)
    kind = translations().get(subject, subject)
    if len(subject) < 3 or subject in _PLACE_NOUNS or stem(subject) in _PLACE_NOUNS or any(
        is_geo_header(w) for w in (subject, stem(subject), kind)
    ):
        return None
    if any(names_column(form.subject, c) for c in p.cats):
        return None
    heads = {x for v in p.values for w in words(v.name) for x in (fold(w), stem(w))} | set(p.caption_terms)
    if {subject, stem(subject), kind, stem(kind)} & heads:
        return None
    return form.subject


def _missing_row(p: Profile, form: Form) -> str | None:
    """"estetiska programmet" of a table whose rows are "Teknikprogrammet", "Ekonomiprogrammet" …:
    the question names a row of the kind the label lists (a word at least three rows end with)
    by a word no row has – a row the table lacks. None otherwise."""
    label = p.label
    if label is None or len(label.values) < 3:
        return None
    values = [fold(v) for v in label.values]
    # "insats 9" / "action 9" of rows numbered "1. Validering" … "7. Lärcentra": a number no row has
    numbered = numbered_rows(label)
    if numbered:
        for noun, number in asked_row_numbers(form.text):
            if number not in numbered:
                return f"{noun} {number}"
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


def _names_the_set(m: ValueMatch, form: Form, label: CatColumn) -> bool:
    # (a county's row among its municipalities is such a total too: "Blekinges kommuner")
    if not (set(m.values) <= label.every_total or all(is_county(v) and re.search(r"\blän\b", fold(v)) for v in m.values)):
        return False
    toks = form.tokens
    last = max((i for i, t in enumerate(toks) if t in m.qtokens), default=-1)
    if last < 0 or last + 1 >= len(toks):
        return False
    nxt = toks[last + 1]
    # (a header in English names its rows too: "kommuner" of Kolada's "municipality")
    translated = translations().get(fold(label.name).strip())
    return nxt != toks[last] and (names_column(nxt, label, by_values=False) or translated in (stem(nxt), fold(nxt)))
