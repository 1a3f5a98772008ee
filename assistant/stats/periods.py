"""Time in a query: which periods of a table a question asks for, the range or the latest, the
groups of finer periods per year, and a period moved by a year ("och året innan?").

Period columns are read by ``ingest.swedish.period_key`` ("2024", "2024K1", "2024-03", "21/22");
a table of records keeps a date per case (``event_dates``), which is filtered, never pinned.

Why one module of this size: every rule here reads the same period keys and the same period columns
of a profile.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ingest.swedish import (
    MONTHS,
    PART_OF_YEAR,
    WHOLE_YEAR,
    WHOLE_YEAR_WORDS,
    YEARLESS_QUARTER,
    fold,
    header_years_of,
    month_header,
    period_key,
    stem,
    without_preliminary_mark,
    words,
    years_in,
)

from .form import Form, explicit_compare, lexicon
from .profile import CatColumn, Profile
from .query import open_end


def slice_rows(df, filters: dict[str, tuple[str, ...]], skip: str | None = None):
    """The rows of ``df`` within ``filters`` (column → values kept), ``skip`` left open."""
    for k, v in filters.items():
        if k != skip and k in df.columns:
            df = df[df[k].astype(str).isin(v)]
    return df


def header_quarter(header: str) -> tuple[int, int] | None:
    """(year, quarter) of a header that is one quarter ("Kv3 2025", "2024K2", "2024 kv2", "Q1
    2025"), else None."""
    h = fold(header).strip()
    m = re.fullmatch(r"((?:19|20)\d\d)\s*(?:kvartal|kv|k|q)\.?\s*([1-4])", h)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = re.fullmatch(r"(?:kvartal|kv|k|q)\.?\s*([1-4])\s*((?:19|20)\d\d)", h)
    return (int(m.group(2)), int(m.group(1))) if m else None


def period_match(cat: CatColumn, form: Form) -> list[str] | None:
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
        yearless_weeks = {k[3] for k in want if len(k) == 4 and k[0] == 0}
        if yearless_weeks and any(len(k) == 4 for k in keys.values()):
            # "v 40" of "2025v36" …: the asked weeks of the latest year that has them – of the
            # year before for "vecka 7 förra året", of both for "vecka 7 i år jämfört med vecka 7
            # förra året"
            weekly = [v for v in cat.values if len(keys[v]) == 4 and keys[v][3] in yearless_weeks]
            latest = max((keys[v][0] for v in weekly), default=0)
            years = {latest}
            if form.year_shift:
                years = {latest + form.year_shift} | (years if explicit_compare(fold(form.text)) else set())
            hit = list(dict.fromkeys(hit + [v for v in weekly if keys[v][0] in years]))
        halves_asked = {(k[0], k[4]) for k in want if len(k) == 5}
        if halves_asked and not hit and _numbered_halves(keys):
            # "vårterminen 2025" of "2025:1", "2025:2" – a year's periods numbered 1 and 2 only
            # are its halves
            hit = [v for v in cat.values if (keys[v][0], keys[v][1]) in halves_asked]
        if yearly or yearless_weeks:
            return hit
    halves = {v: k[4] for v, k in keys.items() if len(k) == 5}
    if halves and len(halves) == len(cat.values) and (form.months or form.years):
        return _half_years(halves, keys, form)
    # quarters without their year ("Kv 1" … "Kv 4" beside an År column): the asked quarters
    quarter_of = {v: m for v in cat.values if (m := YEARLESS_QUARTER.fullmatch(fold(v).strip()))}
    # (… with the year's sums among them: "Helår", "Jan–sep" – a preliminary "Kv 3*" is Kv 3)
    of_year = quarter_of and (len(quarter_of) == len(cat.values) or (
        2 * len(quarter_of) > len(cat.values) and all(v in quarter_of or PART_OF_YEAR.fullmatch(fold(v).strip()) for v in cat.values)
    ))
    if form.quarters and of_year:
        return [v for v, m in quarter_of.items() if int(m.group(1)) in form.quarters]
    if of_year and form.years and not (form.months or form.periods) and not yearly:
        # "under hela 2024" of quarters beside a year column: the year's own total ("Helår") when
        # the column has one – added to its quarters it had counted the year twice –, else the
        # quarters (never a part of the year, "Jan–sep")
        whole = [v for v in cat.values if WHOLE_YEAR.fullmatch(fold(v).strip())]
        return whole or list(quarter_of)
    if form.years and yearly:
        asked = True
        # (a case's years "2025–2027" – a project's duration – hold each year they span: a project
        # granted for 2025–2026 is one of 2025's, not a period the question's year rules out)
        spans = {v: (int(m.group(1)), int(m.group(2))) for v in out if (m := _YEAR_SPAN.fullmatch(str(v).strip()))}
        out = [v for v in out if keys[v][0] in form.years or (v in spans and any(spans[v][0] <= y <= spans[v][1] for y in form.years))]
        whole = {v: y for v in cat.values if (y := _whole_year(v)) in form.years}
        if whole and not (form.months or form.quarters):
            # "2024 helår" among "2024 kv1" … "2024 kv4": the year is its own row – its quarters
            # beside it had counted the year twice, the latest quarter alone had answered for it
            out = [v for v in out if keys[v][0] not in set(whole.values())] + list(whole)
        subs = {keys[v][1] for v in out if keys[v][1]}
        if form.months and out and all(len(keys[v]) == 4 and keys[v][3] for v in out):
            # "i februari 2025" of weeks ("2025v05" …): a week is no part of one month only – the
            # month is missing, not the year's weeks added up (F216-10 had summed 20 weeks)
            return []
        if form.months and subs:
            out = [v for v in out if keys[v][1] in form.months]
            if len(form.dates) >= 2 and len(set(form.years)) > 1:
                # "december 2023 och mars 2024": those two months, not March and December of both years
                out = [v for v in out if tuple(keys[v][:2]) in form.dates]
        elif form.quarters and subs:
            quarterly = _quarterly(keys)
            out = [v for v in out if _in_quarters(keys[v], form.quarters, quarterly)]
        elif form.change and len(set(form.years)) == 1 and out and all(len(k) == 3 for k in keys.values()):
            # "tappade mest invånare under 2024" of counts at points in time (2023-12-31,
            # 2024-06-30, 2024-12-31): the year's change runs from the count that closed the year
            # before – not from the year's own midsummer
            closed = [v for v in cat.values if keys[v] == (form.years[0] - 1, 12, 31)]
            out = closed + [v for v in out if v not in closed]
    elif form.quarters and yearly:
        subs = {keys[v][1] for v in out if len(keys[v]) in (2, 3) and keys[v][1]}
        if subs:
            asked = True
            quarterly = _quarterly(keys)
            latest_year = max(keys[v][0] for v in out)
            out = [v for v in out if keys[v][0] == latest_year and _in_quarters(keys[v], form.quarters, quarterly)]
    elif form.months and yearly and any(len(keys[v]) in (2, 3) and keys[v][0] > 0 and keys[v][1] for v in out) and not _quarterly(keys):
        # "i juni" of "2024-01" … "2024-06" (or of days, "2025-06-14"): the month of the latest
        # year that has it, as for quarters
        asked = True
        have = [v for v in out if len(keys[v]) in (2, 3) and keys[v][1] in form.months]
        latest_year = max((keys[v][0] for v in have), default=0)
        out = [v for v in have if keys[v][0] == latest_year]
    elif form.months and monthly:
        asked = True
        out = [v for v in out if (len(keys[v]) == 2 and keys[v][0] == 0 and keys[v][1] in form.months)]
    elif form.quarters and monthly and quarter_of:
        # "under kv2" of "Januari" … "December" with "Kvartal 1" … "Kvartal 4" among them: that
        # quarter's own row
        asked = True
        out = [v for v, m in quarter_of.items() if int(m.group(1)) in form.quarters]
    return out if asked else None


def covers_period(cat: CatColumn, form: Form) -> bool:
    """Does ``cat`` say the asked period whole by itself – a month asked of dates or months with
    their year ("2025-06-01", "2025M06"), a year of anything dated? Then another period column
    that lacks it ("Datauttag", when the figures were taken out) is a second axis of time, not a
    period the question names. A year column beside a month column does not: "juni 2024" needs both."""
    if not form.months:
        return True
    return any(len(k) >= 2 and k[0] > 0 and k[1] for k in (period_key(v) for v in cat.values[:50]))


def periods_asked(cats: list[CatColumn], form: Form) -> dict[str, list[str] | None]:
    """``period_match`` of each period column – with a column that lacks the period asked left
    to itself (None, as when nothing is asked of it) when another column has it and says it
    whole ("i juni" of "Månad" beside "Datauttag", when the figures were taken out)."""
    matched = {c.name: period_match(c, form) for c in cats}
    covering = {c.name for c in cats if matched[c.name] and covers_period(c, form)}
    return {k: None if v == [] and covering - {k} else v for k, v in matched.items()}


def period_values_asked(cats: list[CatColumn], form: Form) -> bool:
    """Is the asked period among the values of the period columns: each column the question names
    a period of has it (see ``periods_asked``)?"""
    matched = periods_asked(cats, form)
    return any(matched.values()) and all(v for v in matched.values() if v is not None)


def _half_years(halves: dict[str, int], keys: dict[str, tuple], form: Form) -> list[str]:
    """The asked values of a column of half-years ("2024H1", "2024H2"): a year is both its halves,
    "första halvåret" (its six months) the first; a month or a quarter is in no half-year's
    figures (an empty list: the column lacks it, never the half-year holding it). Without a
    year, the latest year that has the asked half."""
    months = set(form.months)
    asked = {h for h in (1, 2) if set(range(6 * h - 5, 6 * h + 1)) <= months}
    if (months and not asked) or (form.quarters and not months):
        return []
    out = [v for v, h in halves.items() if not asked or h in asked]
    if form.years:
        return [v for v in out if keys[v][0] in form.years]
    latest = max((keys[v][0] for v in out), default=0)
    return [v for v in out if keys[v][0] == latest]


# a year's own figure written with its year: "2024 helår", "helår 2024", "2024 totalt"
_WHOLE_WITH_YEAR = re.compile(rf"((?:19|20)\d\d)\s*(?:{WHOLE_YEAR_WORDS})\s*\**|(?:helår|hela året|totalt)\s*((?:19|20)\d\d)\s*\**")


def _whole_year(value: str) -> int:
    """The year a period value is the whole of ("2024 helår" → 2024), else 0."""
    m = _WHOLE_WITH_YEAR.fullmatch(fold(str(value)).strip())
    return int(m.group(1) or m.group(2)) if m else 0


def _numbered_halves(keys: dict[str, tuple]) -> bool:
    """Are a period column's values a year's periods numbered 1 and 2 and nothing finer
    ("2024:1", "2024:2" – an application period per half-year), with some year having both?"""
    subs = [k for k in keys.values() if len(k) == 2 and k[0] > 0]
    if not subs or len(subs) != len(keys) or any(k[1] not in (1, 2) for k in subs):
        return False
    return any((y, 1) in subs and (y, 2) in subs for y, _ in subs)


def _quarterly(keys: dict[str, tuple]) -> bool:
    """Are a period column's values quarters ("2024K1", "201903***": at most four per year), not
    months or dates?"""
    subs = [k[1] for k in keys.values() if len(k) == 2 and k[0] > 0]
    # (a span of months beside the quarters – "2025 jan–sep", the year so far – is no month)
    single = [v for v in keys if not _MONTH_SPAN.search(fold(str(v)))]
    if any(_MONTH_VALUE.match(fold(str(v))) or any(w in MONTHS and len(w) >= 3 for w in re.findall(r"[a-zåäö]+", fold(str(v)))) for v in single):
        return False  # "2025-01" … "2025-03": three months, however few
    return bool(subs) and max(subs) <= 4 and not any(len(k) == 3 and k[0] > 0 for k in keys.values())


# years from one to another: "2025–2027", "2025-2026" (never "2021/22", a season or school year)
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d)")

# months from one to another: "jan–sep", "januari-juni"
_MONTH_SPAN = re.compile(r"[a-zåäö]{3,}\s*[–-]\s*[a-zåäö]{3,}")

# a month written as one: "2025-01", "2025M01", "januari 2025", "2025 jan"
_MONTH_VALUE = re.compile(r"^(?:19|20)\d\d(?:-|m)\d\d$")


def _in_quarters(key: tuple, quarters: tuple[int, ...], quarterly: bool) -> bool:
    """Is a period within the asked quarters: a quarter itself, or a month or date in one
    ("2024-02", "2024-03-15" for "första kvartalet")?"""
    if quarterly:
        return len(key) == 2 and key[1] in quarters
    return len(key) >= 2 and 1 <= key[1] <= 12 and (key[1] + 2) // 3 in quarters


def periods_of_row(p: Profile, row: str, filters: dict[str, tuple[str, ...]]) -> int:
    """How many periods the row has within the filters, when only periods tell its lines apart
    ("genomsnittligt ohälsotal i Dalarna 2024": nine months of one county); 0 otherwise."""
    df = p.table.frame
    df = slice_rows(df[df[p.table.label_column].astype(str) == row], filters)
    if len(df) < 2:
        return 0
    if any(df[c.name].astype(str).nunique() > 1 for c in p.cats if not c.is_period and c.name in df.columns):
        return 0  # another split is open: not a question of periods
    return len(df)


def period_range(cat: CatColumn, wanted: list[str] | None, form: Form) -> list[str] | None:
    """Every period of ``cat`` from the first asked to the last ("2021–2025", "från 21/22 till
    25/26"), or all of them ("över de fem läsåren"); ``wanted`` unchanged otherwise."""
    if form.all_periods and wanted is None and len(cat.values) > 1:
        return list(cat.values)
    if not form.span or not wanted or len(wanted) < 2:
        return wanted
    keys = [period_key(v) for v in wanted]
    lo, hi = min(keys), max(keys)
    return [v for v in cat.values if lo <= period_key(v) <= hi]


def asked_period_text(form: Form) -> str:
    from ingest.swedish import MONTH_NAMES

    whole = {tuple(range(1, 7)): "första halvåret", tuple(range(7, 13)): "andra halvåret"}
    months = whole.get(tuple(sorted(form.months))) or " ".join(MONTH_NAMES[m] for m in form.months)
    # a term is said as a season with its year ("ht2025" → "hösten 2025"), the year not again
    terms = [m for x in form.periods if (m := re.fullmatch(r"([hv]t)((?:19|20)\d\d)", x))]
    said = [("hösten " if m.group(1) == "ht" else "våren ") + m.group(2) for m in terms]
    said += [x for x in form.periods if not re.fullmatch(r"[hv]t(?:19|20)\d\d", x)]
    in_terms = {int(m.group(2)) for m in terms}
    years = " och ".join(str(y) for y in dict.fromkeys(form.years) if y not in in_terms)
    return " ".join(x for x in (months, years, " ".join(said)) if x).strip()


def form_start(values: list[str], end: str, form: Form) -> str | None:
    """The start of a trend: the value one step before the end – or, of a development asked
    without its times ("hur har antalet utvecklats i Sandviken?"), the table's first of a short
    series (twelve at most), whose values between are then shown too."""
    vals = sorted(values, key=period_key)
    if end not in vals:
        return None
    i = vals.index(end)
    if form.series and 2 <= i <= 11:
        return vals[0]
    return vals[i - 1] if i > 0 else None


def event_dates(p: Profile, cat: CatColumn) -> bool:
    """A date of each case in a table of records ("Beslutsdatum" 2023-01-11 …): when each row
    happened, not the period a figure is for – never pinned to its latest value. A date of
    publication (``revisions``) is none."""
    return p.record_level and cat.dated and not revisions(p, cat)


# at most this many publications in one table: more dates are a register's
_MAX_REVISIONS = 24


def revisions(p: Profile, cat: CatColumn) -> bool:
    """Is ``cat`` the date of a publication, each publishing the figures of the ones before again
    (revised) and some more? An export of Försäkringskassan's monthly figures as published on
    2024-09-16, 2024-10-15 and 2024-11-15 repeats each month, kommun and measure under each
    date: with the date aside (and a column that only tells the status, "Preliminär"/"Definitiv")
    the rows repeat, and every earlier publication's rows stand again under the latest. Such a
    column is pinned to its latest value, never read as a date of cases – round 228's August
    figure of Varberg had been the sum of three publications'."""
    if cat.name not in p.revisions:  # (computed once per profile and column)
        p.revisions[cat.name] = _publishes_again(p, cat)
    return p.revisions[cat.name]


_ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-\d\d")
_YEAR_MONTH = re.compile(r"((?:19|20)\d\d)(?:\D{0,2}(\d\d?))?")


def _publishes_again(p: Profile, cat: CatColumn) -> bool:
    frame = p.table.frame
    dates = frame[cat.name].astype(str) if cat.name in frame.columns else None
    if dates is None or not (2 <= dates.nunique() <= _MAX_REVISIONS):
        return False
    # (a day of publication, "2024-11-15", after the period each row is of: a year beside a month
    # column is no publication – its rows are of that year)
    days = {v: _ISO_DAY.fullmatch(v.strip()) for v in dates.unique()}
    if not all(days.values()):
        return False
    periods = [x for x in p.cats if x is not cat and x.is_period and x.name in frame.columns]
    if not periods:
        return False

    def year_month(text: str) -> tuple[int, int]:
        m = _YEAR_MONTH.search(text)
        return (int(m.group(1)), int(m.group(2) or 0)) if m else (0, 0)

    published = [(int(days[v].group(1)), int(days[v].group(2))) for v in dates]
    of = max(periods, key=lambda x: len(x.values))
    if not all(year_month(str(v)) <= day for v, day in zip(frame[of.name], published)):
        return False
    others = [x.name for x in p.cats if x is not cat and x.name in frame.columns]
    # (a status written beside each publication's figures differs between them: set aside)
    few = [x for x in others if frame[x].astype(str).nunique() <= 3]
    newest = dates == max(days, key=period_key)
    for aside in [None, *few]:
        keys = frame[[x for x in others if x != aside]].astype(str).agg("\x1f".join, axis=1)
        if not keys.duplicated().any() or pd.DataFrame({"k": keys, "d": dates}).duplicated().any():
            continue
        latest = set(keys[newest])
        earlier = keys[~newest]
        if len(earlier) > 0 and earlier.isin(latest).mean() >= 0.9:
            return True
    return False


def _event_date_columns(p: Profile) -> list[CatColumn]:
    return [cat for cat in p.cats if cat.is_period and cat.role != "label" and event_dates(p, cat)]


def _names_date(x: str, cat: CatColumn) -> bool:
    # a prefix or, of a compound, its head: "startade" names Projektstart
    return any(len(t) >= 4 and (t == x or (len(x) >= 4 and (t.startswith(x) or x.startswith(t) or t.endswith(x)))) for t in cat.terms)


def date_words(p: Profile, form: Form) -> dict[str, str]:
    """The question's words that name one of several dates of each case, and the date each names
    ("startade" → Projektstart). A word naming two of them ("projekt" of Projektstart and
    Projektslut) names neither."""
    dates = _event_date_columns(p)
    out: dict[str, str] = {}
    if len(dates) < 2:
        return out
    events: dict[str, str] = {}
    for w in form.content:
        # "blev klara", "avslutades": the end of a case, said by a column of its end ("Avslutad",
        # "Slutdatum"); "startade" its start – the lexicon's date_events. Such a word says which
        # date, before a word that only repeats a column's name ("valideringar" of "Start validering")
        for kind in _date_events().values():
            if fold(w) in kind["asked"]:
                named = [cat for cat in dates if any(fold(cat.name).startswith(h) or h in words(fold(cat.name)) for h in kind["headers"])]
                if len(named) == 1:
                    events[w] = named[0].name
        for x in (stem(w), fold(w)):
            named = [cat for cat in dates if _names_date(x, cat)]
            if len(named) == 1:
                out[w] = named[0].name
                break
    return events or out


@lru_cache(maxsize=1)
def _date_events() -> dict[str, dict[str, frozenset[str]]]:
    """The lexicon's words asking for a case's end or start, and the headers of those dates."""
    spec = lexicon().get("date_events", {})
    return {k: {"asked": frozenset(fold(w) for w in v["asked"]), "headers": tuple(fold(w) for w in v["headers"])}
            for k, v in spec.items() if not k.startswith("_")}


def spell_columns(p: Profile) -> tuple[CatColumn | None, CatColumn | None]:
    """A register's start and end date of each case (Startdatum, Slutdatum), by the lexicon's
    date_events headers: ``(start, end)``, each None unless exactly one column says it. (An end
    column full of placeholders – "9999-12-31" – is dated all the same, if no period.)"""
    dates = [c for c in p.cats if c.dated and c.role != "label"] if p.record_level else []
    spec = _date_events()

    def said(kind: str) -> CatColumn | None:
        heads = spec.get(kind, {}).get("headers", ())
        named = [c for c in dates if any(fold(c.name).startswith(h) or h in words(fold(c.name)) for h in heads)]
        return named[0] if len(named) == 1 else None

    start, end = said("start"), said("end")
    return (start, end) if start is not end else (None, None)


def spell_read(p: Profile, form: Form) -> bool:
    """Can the cases still running that ``form`` asks of be read from this register's dates?"""
    return form.open_spell and spell_readable(p, asked_interval(form))


def spell_readable(p: Profile, interval: tuple[str, str] | None) -> bool:
    """Can a register's cases still running be read from its dates: begun and not ended by the
    ``interval`` asked (a start and an end column), or, with none asked, without an end (an end
    column with some blank or placeholder ends)?"""
    start, end = spell_columns(p)
    if end is None:
        return False
    if interval is not None:
        return start is not None
    return any(open_end(v) for v in p.table.frame[end.name].astype(str).unique())


def asked_interval(form: Form) -> tuple[str, str] | None:
    """The first and last day of the day, month or year a question asks about, ISO: "den 30 juni
    2024" → ("2024-06-30", "2024-06-30"), "i juni 2024" → ("2024-06-01", "2024-06-30"),
    "under 2023" → ("2023-01-01", "2023-12-31"). None when it asks no single one."""
    import calendar

    if form.asked_day:
        return form.asked_day, form.asked_day
    if len(form.dates) == 1:
        y, m = form.dates[0]
        return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
    if len(set(form.years)) == 1 and not form.months and not form.quarters:
        y = form.years[0]
        return f"{y}-01-01", f"{y}-12-31"
    return None


def date_choice(p: Profile, form: Form) -> tuple[str | None, tuple[str, ...]]:
    """Of several dates of each case (Startdatum, Slutdatum), the one an asked period is about: the
    one the question's words name ("startade" → Startdatum), else the first – with the others,
    when the words named none: ``("Projektstart", ("Beslutsdatum",))``, the year could be either's."""
    dates = _event_date_columns(p)
    if len(dates) < 2:
        return None, ()
    named = date_words(p, form)
    if named:
        return next(iter(named.values())), ()
    return dates[0].name, tuple(cat.name for cat in dates[1:])


def year_groups(
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
        df = slice_rows(p.table.frame, keep)
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


_UNIT_PREFIXES = {"år": ("år", "year", "ar"), "månad": ("månad", "month", "manad"), "kvartal": ("kvartal", "quarter")}


def period_cat_for(p: Profile, word: str) -> CatColumn | None:
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
    if unit == "månad":
        # "Period" of "2025M01" … or "januari 2025" …: months by their values
        return next((c for c in cats if all(_is_month(v) for v in c.values)), None)
    if unit == "kvartal":
        return next((c for c in cats if all(re.fullmatch(r"(?:19|20)\d\d\s*[kq]\s*[1-4]", fold(v).strip()) for v in c.values)), None)
    return None


def _is_month(value: str) -> bool:
    """Is ``value`` one month ("2025M01", "2025-01", "januari 2025", "2025 jan")?"""
    v = fold(str(value)).strip()
    return bool(_MONTH_VALUE.match(v)) or (
        len(period_key(v)) == 2 and any(w in MONTHS and len(w) >= 3 for w in re.findall(r"[a-zåäö]+", v))
    )


def finer_than(p: Profile, pc: CatColumn, filters: dict[str, tuple[str, ...]], rows: list[str]) -> bool:
    """Does the table hold several rows per value of ``pc`` (months within a year), within
    the question's filters and rows?"""
    df = slice_rows(p.table.frame, filters, skip=pc.name)
    if rows and p.table.label_column in df.columns and not (set(rows) & set(pc.values)):
        df = df[df[p.table.label_column].astype(str).isin(rows)]
    if df.empty:
        return False
    return bool(df.groupby(pc.name).size().max() > 1)


def shift_year(value: str, by: int) -> str:
    """"2022" → "2021", "2022K3" → "2021K3", "2022-05" → "2021-05": the same period another year."""
    return re.sub(r"(?<!\d)((?:19|20)\d\d)", lambda m: str(int(m.group(1)) + by), value, count=1)


def unit_rank(cat, unit: str | None) -> int:
    """0: a period column named for the unit asked ("Månad" for "vilken månad"), 1: one whose
    name holds it ("år_månad"), 2: neither."""
    if not unit:
        return 2
    u = fold(unit)[:4]
    parts = [w for w in re.split(r"[\W_]+", fold(cat.name)) if w]
    if len(parts) == 1 and parts[0].startswith(u):
        return 0
    return 1 if any(w.startswith(u) for w in parts) else 2


def without_years(name: str) -> str:
    """A header without its years: the measure it gives a column per year of ("Antal …, 2023"
    → "Antal …", "Helår 2024" → "Helår", "Andel behöriga 2023/24" → "Andel behöriga")."""
    return re.sub(r"\s+", " ", re.sub(r"(?<!\d)(?:19|20)\d\d(?:\s?/\s?(?:\d{4}|\d\d))?(?!\d)", " ", without_preliminary_mark(name))).strip(" ,;–-")


def measure_years(p: Profile, column: str) -> set[int]:
    """The years the columns of ``column``'s measure name ("Konkurser 2023" beside "Förvärvsarbetande
    2022", "… 2023": {2023} for "Konkurser 2023")."""
    measure = without_years(column)
    return {y for v in p.values if without_years(v.name) == measure for y in header_years_of(v.name)}


def months_named(header: str) -> set[int]:
    """The months a column's header names ("jan", "Arbetslösa aug 2024", "Antal mottagare,
    2024-06-30": a date names its month)."""
    named = {MONTHS[w] for w in re.findall(r"[a-zåäö]+", fold(header)) if w in MONTHS and len(w) >= 3}
    # (… and a header that is a month written as a report's figures write it: "202510", "2025M10")
    whole = month_header(header)
    return named | {int(m) for m in re.findall(r"(?<!\d)(?:19|20)\d\d-(0[1-9]|1[0-2])(?:-\d\d)?(?!\d)", header)} | (
        {whole[1]} if whole else set()
    )


def months_across(p: Profile) -> bool:
    """Are a table's months written across, one column each ("jan" … "dec" under a caption of
    2024, or "Månad 2024 jan" …, beside "Helår 2024")? Three such columns or more."""
    return sum(1 for v in p.values if len(months_named(v.name)) == 1 and len(set(years_in(v.name))) <= 1) >= 3
