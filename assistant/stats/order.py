"""Which reading comes first: rules that reorder the ranker's readings of a question by what it
asks – money before shares, the count asked, the column of the total when no part is named, the
latest period, the change asked for, the sheet of the wider population … Each takes the readings
(most probable first) and the question's form and returns them reordered; ``COLUMN_RULES`` is the
order the resolver applies them in (``resolve.Resolver.read``).

Why one module of this size: the rules are read in the order ``COLUMN_RULES`` applies them, each a
short function; split by kind, that order would live in several files.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ingest.numbers import KRONOR_PER
from ingest.swedish import (
    MEAN_WORD,
    MONTHS,
    STOPWORDS,
    VERSION_WORDS,
    fold,
    stem,
    without_preliminary_mark,
    words,
    years_in,
)

from .coverage import asks_money, missing_money, says_money
from .form import (
    Form,
    Op,
    band_of,
    breakdown_words,
    lexicon,
    per_capita_words,
    period_phrase_words,
    rate_bases,
    synonym_groups,
    translations,
)
from .operation import _PART_MARK, _whole_of_part, change_from
from .profile import (
    AGE_RANGE,
    GENERIC_TERMS,
    RATE_HEADER,
    Profile,
    ValueColumn,
    age_from,
    age_range,
    total_words,
)
from .reading import Reading


def same_shape(a: Profile, b: Profile) -> bool:
    """Two sheets of one workbook with the same columns (one per period, per age band, per KPI):
    a follow-up may go on from one in the other as if it were the same table."""
    return a.table.document == b.table.document and [c.name for c in a.table.columns] == [c.name for c in b.table.columns]


def column_key(name: str) -> str:
    """A column's name without its unit or punctuation: "Arbetslöshet (%)" ~ "Arbetslöshet"."""
    return re.sub(r"[^a-zåäö0-9]+", "", fold(re.sub(r"\([^)]*\)", "", name)))


def rate_base_word(form: Form) -> str | None:
    """The word after "per" that names the base of a rate the question asks ("per invånare")."""
    # (a base counted in thousands first: "per 100 000 invånare")
    m = re.search(r"\bper\s+(?:\d[\d\s]*\s)?([a-zåäö]\w*)", fold(form.text))
    return m.group(1) if m and m.group(1) in form.content and m.group(1) in rate_bases() else None


@lru_cache(maxsize=4096)
def per_header(name: str) -> bool:
    """A header of a rate per something: "kr/inv", "per 1 000 invånare", "Antal per 10 000 inv"."""
    return bool(RATE_HEADER.search(fold(name)))


def take_place(r: Reading, best: Reading) -> None:
    """``r`` answers in ``best``'s stead: it is at least as likely as the reading it replaces."""
    r.score = max(r.score, best.score)
    r.probability = max(r.probability, best.probability)


def put_first(out: list[Reading], r: Reading) -> list[Reading]:
    """``out`` with ``r`` taking the first reading's place (a column rule's choice)."""
    take_place(r, out[0])
    return [r] + [x for x in out if x is not r]


# "andel i procent av den registerbaserade arbetskraften": what a share column is a share of
_SHARE_BASE = re.compile(r"\b(?:andel\w*|procent|%)\b[^.;:]*?\b(?:av|of)\s+((?:[a-zåäö0-9–-]+\s*){1,4})")


# "hur stor andel av de inskrivna arbetslösa i Sundsvall …": the whole a question names
WHOLE_NAMED = re.compile(
    r"\b(?:andel(?:en)?|share|proportion)\s+(?:av|of)\s+(?:(?:de|den|det|alla|samtliga|the|all)\s+)?"
    r"((?:[a-zåäö]+\s*){1,3}?)(?=\s+(?:i|inom|som|var|är|blev|hade|in|who|were|was)\b|[?,.]|$)"
)


@lru_cache(maxsize=256)
def _whole_named_stems(text: str) -> frozenset[str]:
    """The stems of the whole a question's "andel av …" names (read once per question, not once
    per column weighed)."""
    asked = WHOLE_NAMED.search(fold(text))
    return frozenset(stem(w) for w in words(asked.group(1)) if w not in STOPWORDS) if asked else frozenset()


def share_base_mismatch(p: Profile, c: ValueColumn, form: Form) -> bool:
    """The question asks a share of a whole ("andel av de inskrivna arbetslösa") that the table
    counts – its caption says so – while column ``c`` is a share of another base ("andel i
    procent av … arbetskraften"): the share asked is a count over its total, not ``c``."""
    whole = _whole_named_stems(form.text)
    if not whole:
        return False
    based = _SHARE_BASE.search(fold(c.name)) or _SHARE_BASE.search(fold(p.table.caption))
    if based is None:
        # no base said: "andel av alla arbetslösa … i Västerås" of "Andel 2025 (%)" beside
        # "Arbetslösa aug 2025" – the whole is the count a column of the table names, and the
        # share column says nothing of it
        own = {stem(w) for w in words(fold(c.name)) if w not in STOPWORDS}
        return not whole & own and any(
            o.is_count and not o.is_share and whole <= {stem(w) for w in words(fold(o.name))} for o in p.values
        )
    base = {stem(w) for w in words(based.group(1)) if w not in STOPWORDS}
    subject = {stem(w) for w in words(fold(p.table.caption)[: based.start()]) if w not in STOPWORDS}
    return bool(base) and not (whole & base) and whole <= subject


_BAND = re.compile(r"(?<![\d-])(?:\d{1,3}-\d{1,3}|\d{2,3})(?![\d-])")


def _numbers_named(text: str) -> set[str]:
    """Bands and numbers of two or three digits a text names ("16-24", "180"), years aside."""
    return set(_BAND.findall(fold(text).replace("–", "-")))


def _band_column_first(out: list[Reading], form: Form) -> list[Reading]:
    """"unga 16-24 år" of a sheet with "Inskrivna arbetslösa totalt" and "varav 16–24 år", "längre än
    180 dagar" beside "varav längre än 180 dagar": a band or number the question names and exactly
    one column of the best reading's table names is that column's – the totals column, which
    explains more of the other words, is not asked for. (A bound's number is no column's.)"""
    side = band_of(form.text)
    if side is not None and len(out) >= 2 and band_of(out[0].column.name) != side:
        # "minst tre års eftergymnasial utbildning" of "…, kortare än 3 år" beside "…, 3 år eller
        # längre": the column of the side of the band the question names
        same = [r for r in out if r.profile.id == out[0].profile.id and r.query is not None]
        sided = [r for r in same if band_of(r.column.name) == side]
        if len({r.column.name for r in sided}) == 1 and any(band_of(r.column.name) not in (None, side) for r in same):
            return put_first(out, sided[0])
    bands = _numbers_named(" ".join(form.tokens)) if form.threshold is None else set()
    if not bands or len(out) < 2 or bands <= _numbers_named(out[0].column.name):
        return out
    if bands <= _numbers_named(out[0].profile.table.caption):
        return out  # "Unga inskrivna arbetslösa 18–24 år": the band is the whole table's, no column's
    same = [r for r in out if r.profile.id == out[0].profile.id and r.query is not None]
    named = [r for r in same if bands <= _numbers_named(r.column.name)]
    if len({r.column.name for r in named}) != 1:
        return out
    best = named[0]
    first = out[0].column
    if form.wants == "share" and first.is_share and (own := first.terms - GENERIC_TERMS) and own <= best.column.terms:
        return out  # "andel i arbete 90 dagar efter": the share of that count is its table's own
    return put_first(out, best)


# (… a school year too: "Andel behöriga 2023/24" is the measure "Andel behöriga #" of 2023)
PERIOD_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?|\s?/\s?(?:\d{4}|\d\d))?(?!\d)")


# a day written out in a column's name: "Folkmängd 31 dec 2024", "30 sep 2025" – as ISO, so that
# it is a period of the name as "2024-12-31" is
_WRITTEN_DAY = re.compile(r"(?<!\d)(\d{1,2})\s+([a-zåäö]{3,9})\.?\s+((?:19|20)\d\d)(?!\d)", re.I)


def _iso_days(name: str) -> str:
    def iso(m: re.Match) -> str:
        month = MONTHS.get(m.group(2).lower())
        return f"{m.group(3)}-{month:02d}-{int(m.group(1)):02d}" if month and 1 <= int(m.group(1)) <= 31 else m.group(0)

    return _WRITTEN_DAY.sub(iso, name)


def _measure_of(name: str) -> str:
    """A column's name without its period and a preliminary mark: "Sjukpenningtal dec 2025*" and
    "Sjukpenningtal dec 2024" are one measure ("Sjukpenningtal dec #"), and so are "Folkmängd 31
    dec 2024" and "Folkmängd 30 sep 2025" ("Folkmängd #")."""
    return re.sub(r"\s+", " ", PERIOD_IN_NAME.sub("#", _iso_days(without_preliminary_mark(name)))).strip()


def _latest_column_first(out: list[Reading], form: Form) -> list[Reading]:
    """"Folkmängd 2022-12-31" beside "Folkmängd 2023-12-31": columns that differ only by the
    period in their names are one measure at several times, and a question that names no period
    is read at the latest one, as a period column would be – not at whichever scored a hair higher."""
    if len(out) < 2 or form.years or form.months or form.quarters or form.periods or form.quoted:
        return out
    if not PERIOD_IN_NAME.search(out[0].column.name):
        return out
    key = _measure_of(out[0].column.name)
    same = [r for r in out if r.profile.id == out[0].profile.id and r.query is not None and _measure_of(r.column.name) == key]

    def when(r: Reading) -> tuple[int, ...]:
        return max(tuple(int(x or 0) for x in m.groups()) for m in PERIOD_IN_NAME.finditer(_iso_days(r.column.name)))

    latest = max(same, key=when)
    if latest is out[0]:
        return out
    return put_first(out, latest)


def later_version_first(out: list[Reading], form: Form, named_only: bool = False) -> list[Reading]:
    """"Nuvarande lydelse" beside "Ny lydelse" (or "Ursprunglig budget" beside "Reviderad budget",
    "Före" beside "Efter"): columns whose names differ only in a first word that tells versions
    apart (``VERSION_WORDS``) are versions of one measure, written left to right as they followed
    each other. A question that names neither ("vad är totalbudgeten nu?") is read at the
    rightmost, the version in force – as a period's latest column would be – and the other stays
    an alternative (round 225 had answered from the replaced one); one that names a version by
    its word ("den nuvarande lydelsen") is read at that one. ``named_only``: only a named version
    moves (a follow-up goes on at the column before it unless it names another: "och nuvarande
    lydelse?" after the new one)."""
    if len(out) < 2 or form.quoted:
        return out
    top = out[0]
    if top.query is None or PERIOD_IN_NAME.search(top.column.name):
        return out
    names = [c.name for c in top.profile.table.columns]

    def parts(name: str) -> tuple[str, str] | None:
        # (a version's word and the thing it is a version of: "Ny" and "lydelse"; "Övriga
        # diagnoser Män" beside "Muskuloskeletala diagnoser Män" are two measures, no versions)
        ws = words(fold(name))
        return (ws[0], " ".join(ws[1:])) if ws and ws[0] in VERSION_WORDS else None

    mine = parts(top.column.name)
    if mine is None or top.column.name not in names:
        return out
    same = [
        r for r in out
        if r.profile.id == top.profile.id and r.query is not None and r.query.rows == top.query.rows
        and r.column.unit == top.column.unit and r.column.name in names
        # (the question names none more than another: at most their shared word, "lydelsen")
        and r.features.get("col", 0) == top.features.get("col", 0)
        and (p := parts(r.column.name)) is not None and p[1] == mine[1]
    ]
    if len({parts(r.column.name)[0] for r in same}) < 2:
        return out
    # the version the question names by its own word ("den nuvarande lydelsen", "nya budgeten" –
    # words the question's form may have taken for a time: "nuvarande" of the latest period)
    asked = words(fold(form.text))

    def says(version: str) -> bool:  # ("nya" of "Ny", "nuvarande" of "Nuvarande")
        return any(stem(w) == stem(version) or (w in VERSION_WORDS and (w.startswith(version) or version.startswith(w))) for w in asked)

    named = [r for r in same if says(parts(r.column.name)[0])]
    if named_only and len(named) != 1:
        return out
    latest = named[0] if len(named) == 1 else max(same, key=lambda r: names.index(r.column.name))
    return out if latest is top else put_first(out, latest)


def _percent_change_first(out: list[Reading], form: Form) -> list[Reading]:
    """"störst procentuell minskning" of "Förändring …, antal" beside "Förändring …, %": a change
    asked in per cent is the table's change column in per cent, not its twin in number."""
    if len(out) < 2 or not form.change_percent or form.quoted:
        return out
    top = out[0]
    if not top.column.is_change or top.column.unit == "%":
        return out
    twin = [
        r for r in out if r.profile.id == top.profile.id and r.query is not None and r.column.is_change and r.column.unit == "%"
    ]
    return put_first(out, twin[0]) if len(twin) == 1 else out


def _change_column_first(out: list[Reading], form: Form) -> list[Reading]:
    """"… i augusti 2024, och hur har det ändrats till augusti 2025?" of "Arbetslösa aug 2024",
    "Arbetslösa aug 2025" and "Förändring (antal)": a change asked between the periods of one
    measure's columns is the table's own change column, not the first period's figure."""
    if len(out) < 2 or not (form.change or form.op == Op.TREND) or form.quoted:
        return out
    top = out[0]
    if len(set(form.years)) < 2:
        # "hur mycket ökade befolkningen i Halmstad under 2024?" of "Befolkning, 31 dec 2024" beside
        # "Förändring från 2023": one year's change asked, and the table's one change column gives it
        # (… and "vilka kommuner tappade invånare under 2023?" of "Folkmängd 31 dec 2023" beside
        # "Förändring 2022–2023, %": which rows changed, asked of the one change column there is –
        # one year's level can say no change)
        if top.column.is_change or top.query is None or not (form.change or (form.op == Op.TREND and form.plural)):
            return out
        # ("vilken kommun har ökat andelen högutbildade mest på 10 år?" of "2014", "2024" and
        # "Förändr. p.e.": the one row ranked by the change – of a share, in percentage points)
        ranked = form.op == Op.RANK and top.column.is_share and not form.years
        if not (top.query.rows or form.plural or ranked):
            return out
        change = [r for r in out if r.profile.id == top.profile.id and r.query is not None and r.column.is_change and (form.plural or ranked or not r.column.is_share)]
        every = [v for v in top.profile.values if v.is_change and (form.plural or ranked or not v.is_share)]
        return put_first(out, change[0]) if len(change) == 1 and len(every) == 1 else out
    if top.column.is_change or not PERIOD_IN_NAME.search(top.column.name):
        return out
    key = PERIOD_IN_NAME.sub("#", top.column.name)
    siblings = {r.column.name for r in out if r.profile.id == top.profile.id and PERIOD_IN_NAME.sub("#", r.column.name) == key}
    asked = {str(y) for y in form.years}
    if not all(any(y in name for name in siblings) for y in asked):
        # ("hur har antalet förändrats mellan 2023 och 2024?" of "Antal 2024" beside "Förändr.
        # antal" under a caption "… förändring jämfört med 2023": the change column is the one
        # from the year the columns lack to the column's year)
        lacking = [int(y) for y in asked if not any(y in name for name in siblings)]
        since = change_from(top.profile, top.column, lacking[0]) if len(lacking) == 1 and len(asked) == 2 else None
        change = [r for r in out if since is not None and r.profile.id == top.profile.id and r.query is not None and r.column.name == since.name]
        return put_first(out, change[0]) if change else out
    change = [r for r in out if r.profile.id == top.profile.id and r.query is not None and r.column.is_change and not r.column.is_share]
    if len(change) != 1:
        return out
    return put_first(out, change[0])


@lru_cache(maxsize=1)
def people_words() -> frozenset[str]:
    """The lexicon's words for people counted ("personer", "individer", "people")."""
    return frozenset(fold(w) for g in synonym_groups() if "personer" in g for w in g)


def _counted_column_first(out: list[Reading], form: Form) -> list[Reading]:
    """"Hur många personer varslades?" of a table with "Antal varsel" and "Antal berörda personer":
    the noun counted names the column that counts it – the notices are not the people."""
    # (only a noun of people – the lexicon's group of "personer" – counts something other than
    # the cases a table lists: "obehöriga förskollärare" or "årsarbetare" are words of columns,
    # whose order the scores decide)
    if len(out) < 2 or not form.counted or form.quoted or fold(form.counted) not in people_words():
        return out
    noun = {stem(form.counted), fold(form.counted)}
    head = translations().get(fold(form.counted))  # "individer" → "personer", the group's head
    if head:
        noun.add(stem(head))
    if out[0].column.all_terms & noun:
        return out
    named = [r for r in out if r.profile.id == out[0].profile.id and r.query is not None and r.column.all_terms & noun]
    if len({r.column.name for r in named}) != 1:
        return out
    best = named[0]
    if best.features.get("col", 0.0) < out[0].features.get("col", 0.0):
        # the first column explains more of the question's other words ("årsarbetare utförde
        # timavlönade" is the hourly-paid column's, in årsarbetare): it stays
        return out
    return put_first(out, best)


def _rate_column_first(out: list[Reading], form: Form) -> list[Reading]:
    """"Hur hög var arbetslösheten i Timrå?" of a table with "Inskrivna arbetslösa totalt" and "Andel i
    procent av arbetskraften": a rate noun (-het, -ning, -grad) asks for the rate, and the table's
    share answers – not the count whose header shares more of the question's words."""
    if len(out) < 2 or not form.rate_word or form.wants is not None or form.quoted or out[0].features.get("rate", 0.0) >= 0:
        return out
    share = next((r for r in out if r.profile.id == out[0].profile.id and r.query is not None and r.features.get("rate", 0.0) > 0), None)
    if share is None:
        return out
    count = out[0]
    take_place(share, count)
    # the count is no rival reading of a rate: it goes last, behind other tables' readings
    return [share] + [r for r in out if r is not share and r is not count] + [count]


def _per_base_column_first(out: list[Reading], form: Form) -> list[Reading]:
    """"högst kostnad per invånare" of a table with "Nettokostnad, tkr" and "Kr per invånare":
    the question names the rate's base, and the column that is a rate per that base answers –
    not the total beside it (its amounts rank the large municipalities first)."""
    base = rate_base_word(form)
    if len(out) < 2 or base is None or form.quoted or per_header(out[0].column.name):
        return out
    b = stem(base)
    capita = per_capita_words()

    def same_base(w: str) -> bool:
        # ("per person" of "Kg per invånare": one base of persons, written two ways)
        return stem(w).startswith(b[:3]) or (base in capita and w in capita)

    pers = [
        r for r in out if r.profile.id == out[0].profile.id and r.query is not None and per_header(r.column.name)
        and any(same_base(w) for w in re.findall(r"(?:/|\bper\s)\s*(?:\d[\d\s]*\s)?([a-zåäö]\w*)", fold(r.column.name)))
    ]
    if not pers:
        return out
    # (of such columns per year – "Kg per invånare 2023, Totalt" beside "Totalt 2022 (kg/inv)" –
    # the year asked, else the latest, not merely the one ranked first)
    years_of = [set(years_in(r.column.name)) for r in pers]
    if all(years_of) and len({max(y) for y in years_of}) > 1:
        latest = max(max(y) for y in years_of)
        pers = [r for r, y in zip(pers, years_of, strict=True) if y & set(form.years)] or [
            r for r, y in zip(pers, years_of, strict=True) if max(y) == latest
        ]
    per = pers[0]
    take_place(per, out[0])
    return [per] + [r for r in out if r is not per]


def _share_against_total_first(out: list[Reading], form: Form) -> list[Reading]:
    """"Is long-term unemployment in Kramfors higher than the national level?" of a table with the
    count and its share: a municipality held against the country (or its county) is compared by
    the share – the counts of a part and of the whole differ by their size, not by the measure."""
    if len(out) < 2 or form.wants == "count" or form.quoted or form.change:
        return out
    best = out[0]
    q, label = best.query, best.profile.label
    if q is None or label is None or best.column.is_share or best.column.is_change or not best.column.is_count:
        return out
    # (the rows named: a bar read off the total row – "högre än riket" – is no row of the query)
    named = {v for m in best.matches if m.column == label.name for v in m.values}
    if not any(x in label.every_total for x in named) or all(x in label.every_total for x in named):
        return out
    own = best.column.terms - GENERIC_TERMS
    share = next((
        r for r in out
        if r.profile.id == best.profile.id and r.query is not None and r.column.is_share and not r.column.is_change
        and own & r.column.terms
    ), None)
    return put_first(out, share) if share is not None else out


def _percent_bound_column_first(out: list[Reading], form: Form) -> list[Reading]:
    """"över 5 % inskrivna arbetslösa ungdomar" of a table with the count and the share: a bound
    in percent is a bound on the share – every count is over 5."""
    th = form.threshold
    if len(out) < 2 or th is None or not th.percent or form.quoted or out[0].column.is_share or out[0].column.is_change or form.change:
        return out  # (a change in percentage points is bounded on the change column)
    share = next((r for r in out if r.profile.id == out[0].profile.id and r.query is not None and r.column.is_share), None)
    return put_first(out, share) if share is not None else out


def _mean_column_first(out: list[Reading], form: Form) -> list[Reading]:
    """"vilken kommun har längst till mataffären i snitt?" of a table with "Andel med mer än 10
    min (%)" and "Medelrestid (min)": a mean is asked, and a column that is one answers – each
    row's own mean – not a share or a count beside it that shares more of the question's words."""
    if len(out) < 2 or not form.averaged or form.quoted or MEAN_WORD.search(fold(out[0].column.name)):
        return out
    mean = next((
        r for r in out
        if r.profile.id == out[0].profile.id and r.query is not None and MEAN_WORD.search(fold(r.column.name))
        and not r.column.is_change
    ), None)
    return put_first(out, mean) if mean is not None else out


def _bound_in_range_first(out: list[Reading], form: Form) -> list[Reading]:
    """"beslut som gäller personer under 30" of a register with age, monthly support (kr) and
    duration (months): a bound without a unit bounds the column whose figures lie on both sides
    of it. A column all of whose figures lie on one side answers every row or none – no reading
    of the question – and gives way to one of the same table whose figures the bound divides."""
    th = form.threshold
    if len(out) < 2 or th is None or th.percent or form.quoted or form.change or out[0].query is None:
        return out
    if out[0].query.threshold is None:
        return out
    table = out[0].profile.id
    one_sided = {id(r): _one_sided(r, th.value) for r in out if r.profile.id == table}
    if not one_sided[id(out[0])]:
        return out
    divided = [r for r in out[1:] if id(r) in one_sided and not one_sided[id(r)] and r.query is not None and r.query.threshold is not None]
    if not divided:
        return out
    best = divided[0]
    take_place(best, out[0])
    # (the one-sided columns of the table are no alternatives to it)
    return [best] + [r for r in out if r is not best and not one_sided.get(id(r), False)]


def _one_sided(r: Reading, bound: float) -> bool:
    """Do all of the column's figures (total rows left out) lie at or on one side of ``bound``?"""
    if r.column.name not in r.profile.table.frame.columns:
        return False
    vals = pd.to_numeric(r.profile.body_frame()[r.column.name], errors="coerce").dropna()
    return len(vals) >= 3 and (vals.min() >= bound or vals.max() <= bound)


def _whole_column_first(out: list[Reading], form: Form) -> list[Reading]:
    """Categories as columns beside their total ("Öppet arbetslösa; Sökande i program; Övriga
    inskrivna; Totalt"): a question that says none of the best column's own words ("nyinskrivna
    arbetssökande totalt" – found through a synonym) is answered from the total column."""
    if len(out) < 2 or out[0].query is None or form.quoted:
        return out
    best = out[0]
    totals = total_words()["all"]
    own = {stem(w) for w in words(fold(best.column.name)) if len(w) > 2} - {stem(t) for t in totals}
    if not own or own & {stem(t) for t in form.tokens} or _part_named_by_synonym(best.column.name, form):
        return out
    whole = next((
        r for r in out[1:] if r.profile.id == best.profile.id and r.query is not None
        and set(words(fold(r.column.name))) and set(words(fold(r.column.name))) <= totals
    ), None)
    if whole is None or not _sums_parts(best.profile, whole.column.name, best.column.name):
        return out
    take_place(whole, best)
    return [whole] + [r for r in out if r is not whole]


def _part_named_by_synonym(column: str, form: Form) -> bool:
    """Does the question name the column by a synonym the lexicon lists for one of its words, in
    a phrase of several words ("post-secondary education" – Eftergymnasial)?"""
    folded = fold(form.text)
    col = set(words(fold(column)))
    for group in synonym_groups():
        if not any(fold(m) in col for m in group):
            continue
        if any((" " in m or "-" in m) and re.search(rf"(?<![\w-]){re.escape(fold(m))}(?![\w-])", folded) for m in group):
            return True
    return False


def _sums_parts(p: Profile, total: str, part: str) -> bool:
    """Is column ``total`` the sum of the table's other count columns, ``part`` one of them, on
    (nearly) every row ("Totalt" = "Öppet arbetslösa" + "Sökande i program" + "Övriga inskrivna";
    not "Total" = "Sjuka" + "Arbetskraft" for the rate "Sjuka/arbetskraft")?"""
    frame = p.table.frame
    parts = [v.name for v in p.values if v.name != total and not v.is_share and not v.is_change and v.name in frame.columns]
    if part not in parts or len(parts) < 2 or total not in frame.columns:
        return False
    rows = frame[[total, *parts]].dropna()
    if len(rows) == 0:
        return False
    close = (rows[parts].sum(axis=1) - rows[total]).abs() <= 0.5 + 0.001 * rows[total].abs()
    return bool(close.mean() >= 0.9)


def same_columns(a: Profile, b: Profile) -> bool:
    """Do two tables have the same value columns (a sheet and the stack of its workbook's sheets)?"""
    return {v.name for v in a.values} == {v.name for v in b.values}


def wider_sheet_first(out: list[Reading], form: Form, narrowed) -> list[Reading]:
    """"arbetslösheten i Halmstad" of a workbook with a sheet for 16–64 år and one for 18–24 år,
    the same columns and rows on both: when the question's words tell the two sheets apart in
    nothing (only the search's rank does), the sheet of the wider population answers – the one
    whose counts hold the other's, row by row – and the part stays an alternative. A sheet of
    women beside one of men holds neither: the ranker's order stands, and its doubt. Nor when
    the question narrows the measure in a way the wider sheet lacks and the part does not
    ("ungdomsarbetslösheten", the part's notes saying "ungdomar"): ``narrowed(r)`` tells."""
    if len(out) < 2 or out[0].query is None or out[0].features.get("none", 0.0) > 0:
        return out
    best = out[0]
    for r in out[1:6]:
        if (
            r.query is None or r.profile.id == best.profile.id or r.column.name != best.column.name
            or r.profile.table.document != best.profile.table.document or not same_columns(r.profile, best.profile)
            or r.query.rows != best.query.rows
        ):
            continue
        keys = (set(r.features) | set(best.features)) - _WORDLESS_FEATURES
        if any(abs(r.features.get(k, 0.0) - best.features.get(k, 0.0)) > 1e-9 for k in keys):
            continue
        if _holds_counts_of(r.profile, best.profile) and (narrowed(r) is None or narrowed(best) is not None):
            return put_first(out, r)
    return out


# features that weigh a reading by the search's rank or the embedding, not by the question's words
_WORDLESS_FEATURES = frozenset({"search", "cos", "bias"})


def _holds_counts_of(wide: Profile, part: Profile) -> bool:
    """Does every count of ``part`` lie at or under ``wide``'s count of the same row and column
    (and some under it), over three rows or more – ``part`` a subgroup of ``wide``'s population?
    Columns with a negative figure (changes) say nothing of that and are left out."""
    a, b = wide.label, part.label
    fa, fb = wide.table.frame, part.table.frame
    if a is None or b is None or a.name not in fa.columns or b.name not in fb.columns:
        return False
    counts = [v.name for v in wide.values if v.is_count and not v.is_share and v.name in fa.columns and v.name in fb.columns]
    da, db = fa.drop_duplicates(a.name), fb.drop_duplicates(b.name)
    ia, ib = da.set_index(da[a.name].astype(str)), db.set_index(db[b.name].astype(str))
    shared = ia.index.intersection(ib.index)
    pairs, larger = 0, False
    for name in counts:
        x = pd.to_numeric(ia.loc[shared, name], errors="coerce")
        y = pd.to_numeric(ib.loc[shared, name], errors="coerce")
        if (x < 0).any() or (y < 0).any():
            continue
        both = x.notna() & y.notna()
        if (x[both] < y[both]).any():
            return False
        pairs += int(both.sum())
        larger = larger or bool((x[both] > y[both]).any())
    return larger and pairs >= 3


def _total_column_first(out: list[Reading], form: Form) -> list[Reading]:
    """Columns split by sex ("Kvinnor, Andel %", "Män, Andel %", "Totalt, Andel %"): when the
    question names no part, the total column answers, as a Kön column's Totalt would – not
    whichever part scored a hair higher – and the parts are no rival readings of the question
    (they go last, behind readings of other tables or measures)."""
    # (… and so do columns by age band – "16–24 år", "25–54 år", "Totalt 16–64 år" – when the
    # question names no age)
    # (a part the question names of the columns' own split – not of another one: "kvinnor resp.
    # män" of age bands as columns, split by sex in a column of their own, names no band)
    named_parts = {stem(t) for t in set(form.tokens) & breakdown_words()}
    if len(out) < 2 or form.quoted or (named_parts and any(named_parts & {stem(w) for w in words(fold(r.column.name))} for r in out[:6])):
        return out
    # (… or a part named in words of several: "post-secondary education", "upper secondary")
    folded = fold(form.text)
    if any((" " in w or "-" in w) and re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", folded) for w in breakdown_words()):
        return out
    if age_from(form.text) is not None or age_range(form.text) is not None:
        return out
    parts_ = breakdown_words()
    totals = total_words()["all"]

    def split(r: Reading) -> tuple[frozenset[str], bool, bool]:
        name = fold(r.column.name).replace(",", " ")
        banded = AGE_RANGE.search(name) is not None
        w = set(AGE_RANGE.sub(" ", name).split()) - ({"år"} if banded else set())
        return frozenset(w - parts_ - totals), bool(w & parts_) or banded, bool(w & totals)

    rest, is_part, is_total = split(out[0])
    if not (is_part or is_total):
        return out
    siblings = [r for r in out if r.profile.id == out[0].profile.id and split(r)[0] == rest]
    total = next((r for r in siblings if split(r)[2] and r.query is not None), None)
    if total is None:
        # (… or a twin's: the sheets of one workbook stacked into one table beside the sheet of
        # the year asked, whose total column survived the dedupe of readings)
        twins = [r for r in out if r.profile.id != out[0].profile.id and same_columns(r.profile, out[0].profile) and split(r)[0] == rest]
        total = next((r for r in twins if split(r)[2] and r.query is not None), None)
        siblings = siblings + twins
    if total is None:
        return out
    if total is not out[0]:
        take_place(total, out[0])
    others = [r for r in out if r not in siblings]
    return [total] + others + [r for r in siblings if r is not total]


def name_without_unit(name: str) -> str:
    """"Avvikelse %" / "Avvikelse (tkr)" → "avvikelse"; "Unga 18–24 år procent" → "unga 18–24 år"."""
    text = re.sub(r"\([^()]*\)|%|‰", " ", fold(name))
    return " ".join(w for w in text.split() if w not in _UNIT_WORDS)


_UNIT_WORDS = frozenset({"procent", "andel", "antal", "st", "tkr", "kr", "mnkr", "mdkr", "kronor", "personer", "percent", "share", "number"})


def _money_table_first(out: list[Reading], form: Form) -> list[Reading]:
    """"Vilken kommun lägger mest per invånare på äldreomsorg?": money asked is never answered by
    a table that holds no amount anywhere (a population forecast whose caption says "äldre"),
    however its words weighed – a reading of a table that holds kronor goes first."""
    if len(out) < 2 or form.quoted or not asks_money(form) or not missing_money(out[0].profile, form):
        return out
    money = next((r for r in out[1:] if r.query is not None and not missing_money(r.profile, form)), None)
    return put_first(out, money) if money is not None else out


def _summed_column_first(out: list[Reading], form: Form) -> list[Reading]:
    """"skillnaden i total skattesats mellan Luleå och Umeå" of "Kommunalskatt" beside "Summa
    kommunalskatt": a total said of named rows adds nothing up – it names the column headed as
    the sum of the other ("Summa …", "Total …") when that column is a reading of the same table."""
    if len(out) < 2 or form.quoted or form.op == Op.SUM or out[0].query is None:
        return out
    sums = {fold(w) for w in lexicon()["form"].get("sum", []) if " " not in w}
    if not sums & {fold(t) for t in form.tokens}:
        return out
    first = words(fold(out[0].column.name))
    if not first or first[0] in sums:
        return out
    summed = next((
        r for r in out[1:] if r.profile.id == out[0].profile.id and r.query is not None
        and (w := words(fold(r.column.name))) and w[0] in sums and w[1:] == first
    ), None)
    return put_first(out, summed) if summed is not None else out


def _age_span(text: str) -> tuple[int, int] | None:
    """The ages a text names: an open band ("65 år och äldre", "65+") or a closed one ("25–64 år")."""
    older = age_from(text)
    return (older, 10_000) if older is not None else age_range(text)


def _age_asked_first(out: list[Reading], form: Form) -> list[Reading]:
    """"… invånare som är 65+" read as a table "av befolkningen 25–64 år": the ages the best
    reading's column or caption names lie wholly outside those asked, so a reading among the next
    ones whose column names the very ages asked ("Andel 65 år och äldre") comes first."""
    asked = _age_span(form.text)
    if len(out) < 2 or form.quoted or asked is None:
        return out
    top = out[0]
    spans = [x for x in (_age_span(top.column.name), _age_span(top.profile.table.caption)) if x is not None]
    if not spans or any(lo <= asked[1] and asked[0] <= hi for lo, hi in spans):
        return out
    same = next((r for r in out[1:8] if r.query is not None and _age_span(r.column.name) == asked), None)
    return put_first(out, same) if same is not None else out


def _money_column_first(out: list[Reading], form: Form) -> list[Reading]:
    """"Hur mycket sjukpenning betalades ut …" of a table with "Antal mottagare" and "Utbetalt
    belopp (mnkr)": money asked is answered by the column of money, not the count whose header
    the question's other words name as well."""
    if len(out) < 2 or form.quoted or _is_money(out[0].column):
        return out
    if not (asks_money(form) or (asks_money(form, leaning=True) and not form.change and out[0].features.get("col", 0.0) == 0)):
        return out  # ("hur mycket" leans to money only when no column is named and nothing changes)
    money = next((r for r in out if r.profile.id == out[0].profile.id and r.query is not None and _is_money(r.column)), None)
    return put_first(out, money) if money is not None else out


def _is_money(c: ValueColumn) -> bool:
    # ("Andel av beviljat belopp, %" says "belopp" and holds a share of it, no kronor)
    return (c.unit in KRONOR_PER or says_money(c.name)) and not c.is_share


def _count_first(out: list[Reading], form: Form) -> list[Reading]:
    """"Hur många får socialbidrag i juni?" of a table with "Utbetalt ekonomiskt bistånd tkr"
    and "Antal hushåll", "hur många fler blev de" of "Antal" beside "Andel av inskrivna (%)":
    a number of something asked is a count, never kronor or a share."""
    first = out[0].column if out else None
    if len(out) < 2 or form.quoted or form.wants != "count" or form.sized or not (_is_money(first) or first.is_share):
        return out
    if form.change_percent and first.is_change:
        return out  # ("störst procentuell ökning av antalet": the change in per cent of the count)
    if asks_money(form, leaning=True) or out[0].profile.case_names:
        return out  # ("hur mycket", or cases counted: a register's kronor column is no count asked)
    # (instead of a share, only a count the question leaves no word of unsaid – "Antal" beside
    # "Andel av inskrivna (%)" –, not the base of a share: "Arbetskraft, antal" counts something else)
    # (… or of the twin sheet with the same columns: "Antal" beside "Andel (%)")
    # (… or of another table of the report, of the same rows, whose count names the question's
    # words as well as the share does: "hur många förskollärare finns i Team Södra?" of "Antal
    # förskollärare" per team, not "Total andel av förskollärarna" of a table of those without
    # a licence)
    col0 = out[0].features.get("col", 0.0)
    count = next((
        r for r in out if (r.profile.id == out[0].profile.id or (
            r.profile.table.document == out[0].profile.table.document and same_columns(r.profile, out[0].profile)
        ) or (
            r.profile.table.document == out[0].profile.table.document and 0 < col0 <= r.features.get("col", 0.0)
            and r.query is not None and out[0].query is not None and r.query.rows and tuple(r.query.rows) == tuple(out[0].query.rows)
        )) and r.query is not None and r.column.is_count
        and not r.column.is_share and not r.column.is_change and not _is_money(r.column)
        and (_is_money(first) or r.features.get("extra", 0.0) == 0.0)
    ), None)
    return put_first(out, count) if count is not None else out


# "mest trafik", "mest nyregistrerade": an amount of what the next word names – not "ökade mest"
# (a change), "som mest" (a bound) nor "mest av" (a part)
_MOST_OF = re.compile(r"(?<!som )\bmest\s+(?!av\b|i\b|på\b|under\b|mellan\b|sedan\b|jämfört\b)[a-zåäö]{3,}")


def _amount_not_share_first(out: list[Reading], form: Form) -> list[Reading]:
    """"Vilken mätpunkt hade mest trafik 2024?" of a table with "ÅDT 2024" beside "Andel tung
    trafik 2024, %": "mest" asks for an amount, and a share whose word the question never says
    (it asks for none) answers only when the table has no amount of that reading's kind."""
    first = out[0].column if out else None
    if len(out) < 2 or form.quoted or form.wants is not None or not first.is_share or out[0].query is None:
        return out
    # (… nor does such a share win a tie, whatever is asked of it: "lägst medellön för kvinnor" of
    # "Kvinnors lön i procent av mäns" beside "Samtliga sektorer, Kvinnor", both scored alike by the
    # question's words; "hur mycket har lönerna i privat sektor ökat" beside "Privat sektor, Totalt")
    tie = form.op == Op.TREND or not _MOST_OF.search(fold(form.text))
    amount = next((
        r for r in out[1:] if r.profile.id == out[0].profile.id and r.query is not None and r.query.op == out[0].query.op
        and not r.column.is_share and not r.column.is_change and (not tie or abs(r.score - out[0].score) < 1e-9)
    ), None)
    return put_first(out, amount) if amount is not None else out


def _share_of_count_first(out: list[Reading], form: Form) -> list[Reading]:
    """"Hur stor andel … var i arbete 90 dagar efter?" of "Antal i arbete 90 dagar efter avslut"
    beside "Andel i arbete (%)": a share asked, and the table's own share of that count (its
    words all among the count's) answers – not the count, whose header says more of the
    question's words, nor a share of it computed over some other whole."""
    first = out[0].column if out else None
    if len(out) < 2 or form.quoted or form.wants != "share" or first.is_share or not first.is_count or out[0].query is None:
        return out
    own = first.terms - GENERIC_TERMS
    share = next((
        r for r in out if r.profile.id == out[0].profile.id and r.query is not None and r.column.is_share
        and not r.column.is_change and (words := r.column.terms - GENERIC_TERMS) and words <= own
        # (… unless that share is of another whole than the question's: "andel av de inskrivna
        # arbetslösa" beside a share of the labour force)
        and not share_base_mismatch(r.profile, r.column, form)
    ), None)
    return put_first(out, share) if share is not None else out


def _coded_word(word: str) -> str | None:
    """The code of the breakdown value a word names ("männen" → "M", "women" → "K"), or None."""
    w = fold(word)
    for spec in lexicon()["coded_values"]["sets"]:
        for code, names in spec["codes"].items():
            if any(w == fold(n) or (len(w) > 3 and stem(w) == stem(fold(n))) for n in names):
                return code
    return None


def sibling_column_first(out: list[Reading], form: Form) -> list[Reading]:
    """"och för männen?" after "… % - Kvinnor": the column of the same measure for the value the
    follow-up names ("… % - Män") – Kolada's and SCB's exports write the split in the header."""
    if len(out) < 2 or out[0].query is None or not form.followup:
        return out
    asked = {c for t in form.tokens if (c := _coded_word(t))}
    if len(asked) != 1:
        return out
    (code,) = asked

    def split(name: str) -> tuple[tuple[str, ...], str | None]:
        toks = words(fold(name))
        coded = [(i, c) for i, t in enumerate(toks) if (c := _coded_word(t))]
        if len(coded) != 1:
            return tuple(toks), None
        i, c = coded[0]
        return tuple(toks[:i] + toks[i + 1:]), c

    rest, have = split(out[0].column.name)
    if have is None or have == code:
        return out
    sibling = next((
        r for r in out[1:] if r.query is not None and r.profile.id == out[0].profile.id and split(r.column.name) == (rest, code)
    ), None)
    return put_first(out, sibling) if sibling is not None else out


def count_sibling_first(out: list[Reading], form: Form) -> list[Reading]:
    """"hur många personer är det?" after "… totalt, Andel (%)" for Halmstad: the count column of
    the same measure in the same table ("… totalt, Antal") – not the share again."""
    if len(out) < 2 or out[0].query is None or form.wants != "count" or not out[0].column.is_share:
        return out

    def measure(name: str) -> str:
        return column_key(name_without_unit(name))

    own = measure(out[0].column.name)
    sibling = next((
        r for r in out[1:] if r.query is not None and r.profile.id == out[0].profile.id
        and r.column.is_count and not r.column.is_share and measure(r.column.name) == own
    ), None)
    return put_first(out, sibling) if sibling is not None else out


def _named_part_first(out: list[Reading], form: Form) -> list[Reading]:
    """"Hur stor andel av deltagarna … var kvinnor?" of a register with "varav_kvinnor" beside
    "antal_deltagare": the part column the question names every word of answers (its sum over
    the whole's) – not the share of the register's rows, nor the whole column."""
    if len(out) < 2 or form.quoted or form.wants != "share" or out[0].query is None or not out[0].profile.record_level:
        return out
    if _PART_MARK.search(out[0].column.name):
        return out
    asked = {stem(fold(t)) for t in form.tokens}
    part = next((
        r for r in out if r.profile.id == out[0].profile.id and r.query is not None and _PART_MARK.search(r.column.name)
        and (own := {stem(w) for w in words(fold(_PART_MARK.sub("", r.column.name))) if len(w) >= 3}) and own <= asked
    ), None)
    return put_first(out, part) if part is not None else out


def _asked_part_first(out: list[Reading], form: Form) -> list[Reading]:
    """"hur stor andel av dom som får ekonomiskt bistånd i Heby är barn?" of a table with
    "Biståndsmottagare, Antal personer", "Biståndsmottagare varav barn 0–17 år" and "…, Andel av
    befolkningen, %": the part the question names ("barn", every word after "varav") over its
    whole answers – computed – not a share of something else the table gives ready."""
    if len(out) < 2 or form.quoted or form.wants != "share" or out[0].query is None or out[0].profile.record_level:
        return out
    top = out[0]
    if _PART_MARK.search(top.column.name):
        return out
    asked = {stem(fold(t)) for t in form.tokens}

    def part_words(name: str) -> set[str]:
        tail = re.split(r"(?:varav|därav|of[\s_]which)", fold(name), maxsplit=1)[-1]
        return {stem(w) for w in words(tail) if len(w) >= 3 and w not in STOPWORDS and not any(ch.isdigit() for ch in w)}

    part = next((
        r for r in out[1:] if r.profile.id == top.profile.id and r.query is not None and _PART_MARK.search(r.column.name)
        and (own := part_words(r.column.name)) and own <= asked and not own & {stem(w) for w in words(fold(top.column.name))}
        and _whole_of_part(r.profile, r.column) is not None
    ), None)
    return put_first(out, part) if part is not None else out


_WITH_WITHOUT = re.compile(r"\b(med|utan|with|without)\s+(\w{3,})")


def _polarity(text: str, word: str) -> str | None:
    """"med" or "utan" before ``word`` (by stem) in ``text``, else None."""
    for m in _WITH_WITHOUT.finditer(fold(text)):
        if stem(m.group(2)) == word:
            return "utan" if m.group(1) in ("utan", "without") else "med"
    return None


def _with_without_first(out: list[Reading], form: Form) -> list[Reading]:
    """"ensamstående kvinnor med barn" of "… med barn" beside "… utan barn": the two headers differ
    in a word a stopword list drops, so the scores tie – the question's "med"/"utan" decides."""
    if len(out) < 2 or out[0].query is None or form.quoted:
        return out
    for m in _WITH_WITHOUT.finditer(fold(form.text)):
        word = stem(m.group(2))
        asked = "utan" if m.group(1) in ("utan", "without") else "med"
        have = _polarity(out[0].column.name, word)
        if have is None or have == asked:
            continue
        other = next((r for r in out if r.profile.id == out[0].profile.id and r.query is not None
                      and _polarity(r.column.name, word) == asked), None)
        if other is not None:
            return put_first(out, other)
    return out


# Which column of the best reading's table the question's words mean, when the fitted scores
# leave it to a hair: each rule says why in its docstring, and they apply in this order (money
# asked, a count asked, a count's own share asked, "med"/"utan" as said, the noun counted, a rate before its total column, the share of a
def whole_twin_first(out: list[Reading], form: Form) -> list[Reading]:
    """Two sheets of one workbook with the same columns, read the same way, that differ only by
    their captions' own words ("… – Samtliga", "… – Födda utanför Europa"): when the question says
    neither sheet's own words, the sheet of all ("samtliga", "totalt") answers – the other is a
    narrower group the question did not name, however the search weighed the two."""
    if len(out) < 2 or out[0].query is None:
        return out
    top = out[0]
    t0 = top.profile.table
    # (the question's words, not the one that introduces its year: "år" of "år 2040" names no
    # sheet "… 80 år och äldre")
    said = set(words(fold(form.text))) - period_phrase_words(fold(form.text))
    alls = {w for phrase in total_words()["all"] for w in phrase.split()}
    for r in out[1:]:
        t = r.profile.table
        if (t.id == t0.id or not same_shape(top.profile, r.profile) or r.column.name != top.column.name or r.query is None
                or dict(r.query.filters) != dict(top.query.filters) or list(r.query.rows) != list(top.query.rows)):
            continue
        w0, w = set(words(fold(t0.caption))) - STOPWORDS, set(words(fold(t.caption))) - STOPWORDS
        own0, own = w0 - w, w - w0
        if own0 & said or own & said or not own or not own0:
            continue
        # ("… – totalt antal invånare": the words of all, and a measure word any sheet could say)
        if own - GENERIC_TERMS <= alls and own & alls and not own0 <= alls:
            return put_first(out, r)
    return out


# part held against its whole, a bound in percent on
# the share, the total before a band, the total column when the best column's words are unsaid,
# the latest of one measure at several times).
COLUMN_RULES = (
    _age_asked_first, _money_table_first, _summed_column_first, _money_column_first, _count_first, _amount_not_share_first, _share_of_count_first, _named_part_first, _asked_part_first, _with_without_first, _counted_column_first, _rate_column_first, _per_base_column_first, _share_against_total_first, _percent_bound_column_first, _mean_column_first, _bound_in_range_first, _total_column_first,
    _whole_column_first, _band_column_first, _latest_column_first, later_version_first, _change_column_first, _percent_change_first,
)
