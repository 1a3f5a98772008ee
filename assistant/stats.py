"""The statistics engine: resolve a Swedish question to (table, column, rows, filters) and
compute the answer with fixed pandas operations. Nothing is generated or executed: the only
operations are the methods below, chosen by the resolved intent.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from ingest.model import Column, Table
from ingest.numbers import format_number, parse_number
from ingest.swedish import period_key

from .answer import Computation, Figure, Source
from .language import (
    FUNCTION_WORDS,
    MONTH_NAMES,
    MONTHS,
    Intent,
    concept_overlap,
    concepts_in,
    fold,
    stem,
    words,
)

PERIOD_NAMES = ("år", "månad", "tid", "period", "kvartal", "vecka", "datum", "referenstid", "läsår")
MIN_METRIC_SCORE = 1.4
GENERIC_COLUMNS = {"antal", "värde", "andel", "procent", "summa", "totalt", "nivå"}
PERIOD_STEMS = {stem(m) for m in MONTHS} | {"år", "månad", "senast", "period"}


def _label_tokens(label: str) -> list[str]:
    return [w for w in words(label) if w not in ("och", "i", "av")]


def _tok_match(q: str, lab: str) -> bool:
    """A question word matches a label word: equal, genitive -s, or a near spelling."""
    if q == lab:
        return True
    if len(lab) >= 3 and (q == lab + "s" or q == lab + "es"):
        return True
    if len(lab) >= 5 and len(q) >= 5 and (
        q.startswith(lab) and len(q) - len(lab) <= 2 or lab.startswith(q) and len(lab) - len(q) <= 2
    ):
        return True
    if len(lab) >= 5 and len(q) >= 5 and stem(q) == stem(lab) and len(stem(q)) >= 4:
        return True  # inflections: "lämnade" ~ "lämnat"
    if len(lab) >= 6 and len(q) >= 6:
        from rapidfuzz.distance import Levenshtein

        return Levenshtein.distance(q, lab) <= 1
    return False


def is_period_column(col: Column, values: pd.Series | None = None) -> bool:
    name = fold(col.name)
    if any(name == p or name.startswith(p + " ") for p in PERIOD_NAMES):
        return True
    if values is not None and len(values):
        sample = values.dropna().astype(str).head(50)
        return bool(len(sample)) and all(re.fullmatch(r"(19|20)\d\d([mkq]\d{1,2}|-\d\d)?|\d{6}", s.lower()) for s in sample)
    return False


@dataclass
class Profile:
    """What the resolver needs to know about a table, computed once."""

    table: Table
    labels: list[str]
    label_tokens: list[list[str]]
    token_df: Counter
    col_concepts: dict[str, set[str]]
    col_stems: dict[str, set[str]]
    caption_concepts: set[str]
    caption_stems: set[str]
    dims: dict[str, list[str]]  # dimension column → distinct values
    period_dims: list[str]
    is_part: bool = False  # part of a consolidated table
    dim_stems: set[str] = field(default_factory=set)  # words of the dimension values
    parts: tuple[Table, ...] = ()  # the printed tables a consolidated table was built from


def _part_of(parts: tuple[Table, ...], row: int) -> Table | None:
    """The part table a row of a consolidated table came from (parts are stacked in order)."""
    offset = 0
    for part in parts:
        if row < offset + len(part.frame):
            return part
        offset += len(part.frame)
    return None


def build_profiles(tables: list[Table]) -> list[Profile]:
    by_id = {t.id: t for t in tables}
    parts = {sid for t in tables for sid in t.source_tables}
    out = []
    for t in tables:
        labels = t.frame[t.label_column].astype(str).tolist() if t.label_column in t.frame else []
        toks = [_label_tokens(x) for x in labels]
        df = Counter(tok for ts in {tuple(sorted(set(x))) for x in toks} for tok in ts)
        col_concepts, col_stems = {}, {}
        for c in t.value_columns:
            # A ratio column ("Sjuka/arbetskraft") measures its numerator; the denominator
            # must not count against it when the question names only the numerator.
            head = c.name.split("/")[0] if "/" in c.name else c.name
            col_concepts[c.name] = concepts_in(head)
            col_stems[c.name] = {stem(w) for w in words(head) if w not in FUNCTION_WORDS}
        cap = f"{t.caption} {t.section}"
        # A consolidated table speaks for the captions of its parts, and cites them.
        part_tables = tuple(by_id[i] for i in t.source_tables if i in by_id)
        cap += " " + " ".join(x.caption for x in part_tables)
        if len(part_tables) != len(t.source_tables):
            part_tables = ()  # a part is missing: row positions cannot be mapped
        dims = {}
        period_dims = []
        for c in t.columns:
            if c.role == "dimension":
                if t.label_column in t.frame and t.frame[c.name].astype(str).equals(t.frame[t.label_column].astype(str)):
                    continue  # a copy of the label column (FK's "Kommun" = "Län"): not a slice
                vals = list(dict.fromkeys(t.frame[c.name].astype(str).tolist()))
                dims[c.name] = vals
                if is_period_column(c, t.frame[c.name]):
                    period_dims.append(c.name)
        dim_stems = {stem(w) for vals in dims.values() for v in vals[:200] for w in words(str(v))}
        out.append(
            Profile(
                dim_stems=dim_stems,
                parts=part_tables,
                table=t,
                labels=labels,
                label_tokens=toks,
                token_df=df,
                col_concepts=col_concepts,
                col_stems=col_stems,
                caption_concepts=concepts_in(cap),
                caption_stems={stem(w) for w in words(cap) if w not in FUNCTION_WORDS},
                dims=dims,
                period_dims=period_dims,
                is_part=t.id in parts,
            )
        )
    return out


# ------------------------------------------------------------------------------ resolution


@dataclass
class EntityMatch:
    rows: list[int]  # positions in the frame
    labels: list[str]
    tokens: set[str]  # question tokens used
    scope: bool = False  # a shared word ("Karlskoga", "Örebro") that narrows a ranking


@dataclass
class Resolution:
    profile: Profile
    column: str
    score: float
    entities: list[EntityMatch] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)  # dimension → chosen values
    defaults: dict[str, str] = field(default_factory=dict)  # dimension → value chosen by default
    unknown_place: str | None = None
    missing_period: str | None = None

    @property
    def table(self) -> Table:
        return self.profile.table


def match_entities(profile: Profile, qwords: list[str], exclude: set[str]) -> list[EntityMatch]:
    """Row labels named in the question. Distinctive words pick rows; a word shared by
    several labels ("Karlskoga") picks all of them (and narrows a ranking)."""
    n = max(len(profile.labels), 1)
    cand = [w for w in qwords if w not in FUNCTION_WORDS and w not in exclude and not w.isdigit() and len(w) > 1]
    if not cand:
        return []
    per_row: list[tuple[float, int, set[str], set[str]]] = []
    for i, ltoks in enumerate(profile.label_tokens):
        if i in profile.table.total_rows and not ltoks:
            continue
        used_q, used_l = set(), set()
        for lt in set(ltoks):
            for qw in cand:
                if _tok_match(qw, lt):
                    used_q.add(qw)
                    used_l.add(lt)
        if not used_l:
            continue
        idf = sum(math.log(1 + n / profile.token_df.get(lt, 1)) for lt in used_l)
        total = sum(math.log(1 + n / profile.token_df.get(lt, 1)) for lt in set(ltoks)) or 1
        per_row.append((idf / total + 0.01 * len(used_l), i, used_q, used_l))
    if not per_row:
        return []
    # Group rows by the question words they matched; within a group keep the best-covered rows.
    groups: dict[frozenset, list[tuple[float, int, set[str], set[str]]]] = {}
    for item in per_row:
        groups.setdefault(frozenset(item[2]), []).append(item)
    # Drop groups whose words are a strict subset of another group's ("karlskoga" ⊂ "karlskoga östra").
    keys = list(groups)
    keys = [k for k in keys if not any(k < other for other in keys)]
    out = []
    for k in keys:
        items = groups[k]
        best = max(s for s, *_ in items)
        chosen = sorted([it for it in items if it[0] >= best - 1e-9], key=lambda x: x[1])
        rows = [it[1] for it in chosen]
        # A single-word match that is long enough or a clear majority of the label counts.
        if best < 0.25 and not any(len(w) >= 5 for w in k):
            continue
        out.append(
            EntityMatch(
                rows=rows,
                labels=[profile.labels[r] for r in rows],
                tokens=set(k),
                scope=len(rows) > 1,
            )
        )
    # Merge matches that point at the same rows.
    merged: dict[tuple, EntityMatch] = {}
    for e in out:
        key = tuple(e.rows)
        if key in merged:
            merged[key].tokens |= e.tokens
        else:
            merged[key] = e
    return list(merged.values())


def match_dimension_values(values: list[str], qwords: list[str], qtext: str) -> list[str]:
    """Dimension values the question names (best coverage wins: "kvinnor" → "Kvinnor", not
    "Kvinnor och män")."""
    best: list[tuple[float, str]] = []
    for v in values:
        vt = _label_tokens(v)
        if not vt:
            continue
        matched = [t for t in vt if any(_tok_match(q, t) for q in qwords)]
        if not matched:
            continue
        cov = len(matched) / len(vt)
        if cov >= 0.5 or (len(matched) >= 1 and any(len(t) >= 5 for t in matched) and cov >= 0.34):
            best.append((cov, v))
    if not best:
        return []
    top = max(c for c, _ in best)
    return [v for c, v in best if c >= top - 1e-9]


def metric_score(
    profile: Profile, col: str, qconcepts: set[str], qstems: set[str], intent: Intent, n_entities: int = 0
) -> float:
    cc = profile.col_concepts.get(col, set())
    cs = profile.col_stems.get(col, set())
    s = 2.0 * concept_overlap(qconcepts, cc)
    s += 0.6 * concept_overlap(qconcepts, profile.caption_concepts)
    s += 1.0 * len(qstems & cs) + 0.3 * len(qstems & profile.caption_stems)
    s -= 0.6 * len(cc - qconcepts)
    unit = profile.table.column(col).unit
    if "/" in col and unit is None:
        unit = "%"
    if s > 0:
        if intent.threshold is not None and intent.threshold.unit == "%":
            s += 1.0 if unit in ("%", "andel") else -1.0
        if intent.op in ("rank", "compare", "threshold") and not intent.wants_count and unit in ("%", "andel"):
            # Areas differ in size: compare them by rates, not by raw counts.
            s += 0.3
        if intent.op in ("rank", "threshold") and not n_entities:
            # Ranking needs something to rank: prefer the table with the most rows.
            body = len(profile.labels) - len(profile.table.total_rows)
            s += -1.0 if body < 3 else 0.1 * math.log(body)
        if not profile.table.document.startswith("stats/"):
            s += 0.05  # the published report is the primary source when an export repeats it
        if intent.wants_count and unit in ("antal", None, "st"):
            s += 0.5
        elif intent.wants_share and not intent.wants_count and unit in ("%", "andel"):
            s += 0.6
        if profile.is_part:
            s -= 0.3
    return s


def resolve(
    profiles: list[Profile],
    question: str,
    intent: Intent,
    context: dict | None = None,
) -> Resolution | None:
    """Pick the table, value column, rows and filters that answer the question, or None."""
    qw = words(question)
    context = context or {}
    best: Resolution | None = None
    for p in profiles:
        if not p.table.value_columns:
            continue
        ents = match_entities(p, qw, set())
        ent_words = set().union(*(e.tokens for e in ents)) if ents else set()
        rest = [w for w in qw if w not in ent_words]
        qconcepts = concepts_in(" ".join(rest))
        qstems = {stem(w) for w in rest if w not in FUNCTION_WORDS and not w[0].isdigit()}
        # Words of the question the table explains nowhere (rows, caption, dimensions):
        # "lämnade" is unexplained by a table of remaining participants.
        explained = p.caption_stems | p.dim_stems
        loose = {q for q in qstems - explained if q not in PERIOD_STEMS and len(q) >= 4}
        for c in p.table.value_columns:
            s = metric_score(p, c.name, qconcepts, qstems, intent, len(ents))
            s -= 0.5 * len(loose - p.col_stems.get(c.name, set()))
            # Column words the question does not use ("Kvarstående" when asked who left).
            asked = qstems | {stem(w) for w in ent_words}
            extra = {x for x in p.col_stems.get(c.name, set()) - asked if len(x) >= 5 and not x[0].isdigit()}
            s -= 0.4 * len(extra)
            if context.get("table") == p.table.id:
                s += 0.4 if s > 0 else 0
                if not qconcepts and not qstems and context.get("column") == c.name:
                    s = max(s, 0.0) + MIN_METRIC_SCORE + 0.5  # "Och lägst?" – same measure as before
            if ents and fold(c.name).split(" (")[0] in GENERIC_COLUMNS:
                # "Antal" says nothing itself: the matched row ("Deltagare som lämnat") names the measure.
                s += 2.0 * concept_overlap(concepts_in(" ".join(ent_words)), concepts_in(" ".join(ent_words)))
            s += 0.8 * len(ents) + 0.3 * sum(len(e.tokens) for e in ents) if s > 0 else 0
            if best is None or s > best.score:
                best = Resolution(p, c.name, s, ents)
    if best is None or best.score < MIN_METRIC_SCORE:
        return None
    _resolve_dimensions(best, question, intent)
    return best


def _resolve_dimensions(res: Resolution, question: str, intent: Intent) -> None:
    p = res.profile
    qw = words(question)
    t = p.table
    for dim, values in p.dims.items():
        col = t.column(dim)
        if dim in p.period_dims:
            continue
        chosen = match_dimension_values(values, qw, question)
        if chosen:
            res.filters[dim] = chosen
        elif col.total_values:
            present = [v for v in col.total_values if v in values]
            named_rows = [r for e in res.entities for r in e.rows]
            if present and named_rows and not any(str(t.frame.at[r, dim]) == present[0] for r in named_rows):
                present = []  # the named rows lie outside the total slice: do not filter them away
            if present:
                res.filters[dim] = [present[0]]
                if len(values) > 1:
                    res.defaults[dim] = present[0]
    # Periods: the asked one, else the latest.
    for dim in p.period_dims:
        values = p.dims[dim]
        name = fold(dim)
        wanted: list[str] = []
        if intent.year is not None and (name.startswith("år") or name in ("tid", "period", "kvartal", "referenstid")):
            wanted = [v for v in values if str(intent.year) in str(v)]
            if intent.month is not None and name in ("tid", "period"):
                wanted = [v for v in wanted if period_key(v)[:2] == (intent.year, intent.month)]
            if not wanted:
                res.missing_period = f"{_month_text(intent.month)}{intent.year}"
                return
        elif intent.month is not None and name.startswith("månad"):
            wanted = [v for v in values if period_key(v)[-1] == intent.month or fold(v) == MONTH_NAMES[intent.month]]
            if not wanted:
                res.missing_period = _month_text(intent.month).strip()
                return
        if wanted:
            res.filters[dim] = wanted
        elif len(values) > 1:
            res.filters[dim] = None  # latest, decided after the other filters
    if "_latest" not in res.defaults:
        pass


def _month_text(month: int | None) -> str:
    return f"{MONTH_NAMES[month]} " if month else ""


# ------------------------------------------------------------------------------ execution


@dataclass
class StatResult:
    figures: list[Figure]
    totals: list[Figure]
    computation: Computation
    text: str
    labels: list[str]  # result row labels (for follow-ups)
    defaults_note: str = ""


def _display(t: Table, row: int, col: str) -> tuple[str, float, str | None]:
    value = float(t.frame.at[row, col])
    unit = t.column(col).unit
    raw = t.raw.at[row, col] if col in t.raw.columns else None
    decimals = None
    if raw is not None and str(raw).strip():
        pn = parse_number(str(raw))
        if pn is not None:
            decimals = pn.decimals
    return fmt(value, unit, decimals), value, unit


def fmt(value: float, unit: str | None, decimals: int | None = None) -> str:
    if unit == "andel" and abs(value) <= 1.5:
        d = None if decimals is None else max(decimals - 2, 0)
        return format_number(value * 100, decimals=d, unit="%")
    if unit in ("%", "procent"):
        return format_number(value, decimals=decimals, unit="%")
    s = format_number(value, decimals=decimals)
    if unit and unit not in ("antal", "st", "andel"):
        s = f"{s} {unit}"
    return s


def _pp(unit: str | None) -> str:
    return " procentenheter" if unit in ("%", "andel") else (f" {unit}" if unit and unit not in ("antal", "st") else "")


def _frame_with_filters(res: Resolution) -> tuple[pd.DataFrame, list[str], dict[str, str]]:
    """Rows after dimension filters, the pandas expression pieces, and defaults used."""
    t = res.table
    df = t.frame
    expr = []
    defaults = dict(res.defaults)
    mask = pd.Series(True, index=df.index)
    for dim, vals in res.filters.items():
        if vals is None:
            continue
        mask &= df[dim].astype(str).isin(vals)
        expr.append(f"df[{dim!r}].isin({vals!r})")
    # Latest period among the remaining rows.
    for dim, vals in res.filters.items():
        if vals is not None:
            continue
        sub = df.loc[mask, dim].astype(str)
        if sub.empty:
            continue
        latest = max(sub.unique(), key=period_key)
        mask &= df[dim].astype(str) == latest
        expr.append(f"(df[{dim!r}] == {latest!r})")
        defaults[dim] = latest
    return df[mask], expr, defaults


def _row_label(t: Table, row: int, varying: list[str]) -> str:
    label = str(t.frame.at[row, t.label_column])
    extra = [str(t.frame.at[row, d]) for d in varying if d != t.label_column]
    return f"{label} ({', '.join(extra)})" if extra else label


def _source(t: Table, rows: list[str]) -> Source:
    return Source(document=t.document, page=t.page, table=t.caption, table_id=t.id, rows=tuple(rows))


def _figure(p: Profile, row: int, col: str, label: str, is_total: bool = False) -> Figure:
    t = p.table
    disp, value, unit = _display(t, row, col)
    page = t.page
    if t.source_tables and "Sida" in t.frame.columns:
        try:
            page = int(t.frame.at[row, "Sida"])
        except (TypeError, ValueError):
            pass
    caption, table_id = t.caption, t.id
    part = _part_of(p.parts, row)
    if part is not None:
        caption, table_id, page = part.caption, part.id, part.page
    src = Source(document=t.document, page=page, table=caption, table_id=table_id, rows=(str(t.frame.at[row, t.label_column]),))
    return Figure(label=label, value=value, unit=unit, metric=col, source=src, display=disp, is_total=is_total)


def execute(res: Resolution, intent: Intent, n_default: int | None = None) -> StatResult:
    t = res.table
    col = res.column
    unit = t.column(col).unit
    df, fexpr, defaults = _frame_with_filters(res)
    total_set = set(t.total_rows)
    label_col = t.label_column
    total_vals = set(t.column(label_col).total_values) if label_col in t.frame else set()
    is_total = df.index.isin(list(total_set)) | df[label_col].astype(str).isin(total_vals)
    body = df[~is_total & df[col].notna()]
    totals_df = df[is_total & df[col].notna()]
    varying = [d for d in res.profile.dims if d in df.columns and df.loc[body.index, d].nunique() > 1 and d != label_col]

    entity_rows: list[int] = []
    scope_rows: list[int] | None = None
    for e in res.entities:
        if e.scope and intent.op in ("rank", "threshold", "aggregate"):
            scope_rows = sorted(set(scope_rows or []) | set(e.rows))
        else:
            entity_rows += [r for r in e.rows if r not in entity_rows]
    # Entities are picked by label; in a long table the filters select the slice.
    if entity_rows:
        names = {str(t.frame.at[r, label_col]) for r in entity_rows}
        entity_rows = [r for r in df.index if str(df.at[r, label_col]) in names]
    if scope_rows is not None:
        names = {str(t.frame.at[r, label_col]) for r in scope_rows}
        body = body[body[label_col].astype(str).isin(names)]

    base = f"df = tabell[{t.id!r}]"
    filt = " & ".join(fexpr + ["~df.index.isin(totalrader)"]) if fexpr else "~df.index.isin(totalrader)"
    metric_name = col
    where = f"{t.caption}" + (f", s. {t.page}" if t.page else "")
    op = intent.op
    if op in (None, "lookup") and not entity_rows and intent.agg is None:
        op = "rank" if intent.direction else "lookup"
    if op == "compare" and len(entity_rows) < 2:
        op = "lookup"

    figures: list[Figure] = []
    text = ""
    if op == "rank" or (op == "lookup" and not entity_rows):
        asc = intent.direction == "asc"
        n = intent.n or (n_default if n_default else (5 if intent.plural else 1))
        ranked = body.sort_values(col, ascending=asc, kind="stable").head(n)
        method = "nsmallest" if asc else "nlargest"
        labels = [_row_label(t, r, varying) for r in ranked.index]
        figures = [_figure(res.profile, r, col, lab) for r, lab in zip(ranked.index, labels)]
        word = "lägst" if asc else "högst"
        if n == 1 and figures:
            text = f"**{figures[0].label}** har {word} {metric_name.lower()}: **{figures[0].display}**."
        else:
            lines = [f"{i}. **{f.label}** – {f.display}" for i, f in enumerate(figures, 1)]
            text = f"{'De ' + str(len(figures)) if len(figures) > 1 else 'Den'} med {word} {metric_name.lower()}:\n\n" + "\n".join(lines)
        comp = Computation(
            f"Sorterade {len(body)} rader (utan totalrader) i {t.caption} efter kolumnen ”{col}” "
            f"{'stigande' if asc else 'fallande'} och tog de {len(figures)} första.",
            f"{base}; df[{filt}].{method}({len(figures)}, {col!r})[[{label_col!r}, {col!r}]]",
        )
    elif op == "threshold" and intent.threshold is not None:
        th = intent.threshold
        v = th.value / 100 if unit == "andel" and th.unit == "%" else th.value
        cmp = {">": body[col] > v, ">=": body[col] >= v, "<": body[col] < v, "<=": body[col] <= v}[th.op]
        hit = body[cmp].sort_values(col, ascending=th.op in ("<", "<="), kind="stable")
        labels = [_row_label(t, r, varying) for r in hit.index]
        figures = [_figure(res.profile, r, col, lab) for r, lab in zip(hit.index, labels)]
        if figures:
            lines = [f"- **{f.label}** – {f.display}" for f in figures]
            text = f"{len(figures)} av {len(body)} har {metric_name.lower()} {th.describe()}:\n\n" + "\n".join(lines)
        else:
            text = f"Ingen av de {len(body)} raderna har {metric_name.lower()} {th.describe()}."
        comp = Computation(
            f"Filtrerade {len(body)} rader (utan totalrader) i {t.caption} på ”{col}” {th.op} {format_number(v)}.",
            f"{base}; df[({filt}) & (df[{col!r}] {th.op} {v!r})][[{label_col!r}, {col!r}]]",
        )
        if intent.agg == "count":
            text = f"**{len(figures)}** av {len(body)} har {metric_name.lower()} {th.describe()}.\n\n" + "\n".join(
                f"- {f.label} – {f.display}" for f in figures
            )
    elif op == "aggregate":
        vals = body[col]
        if intent.agg == "count":
            figures = []
            text = f"Tabellen har **{len(body)}** rader (utan totalrader)."
            comp = Computation(f"Räknade raderna i {t.caption} utan totalrader.", f"{base}; len(df[{filt}])")
        elif intent.agg == "sum" and unit not in ("%", "andel"):
            value = float(vals.sum())
            dec = _max_decimals(t, body.index, col)
            disp = fmt(value, unit, dec)
            figures = [Figure(f"Summa ({len(vals)} rader)", value, unit, col, _source(t, []), disp)]
            text = f"Summan av {metric_name.lower()} över {len(vals)} rader är **{disp}**."
            comp = Computation(
                f"Summerade ”{col}” över {len(vals)} rader (utan totalrader) i {t.caption}.",
                f"{base}; df[{filt}][{col!r}].sum()",
            )
        else:
            value = float(vals.mean())
            dec = min((_max_decimals(t, body.index, col) or 0) + 1, 2)
            disp = fmt(value, unit, dec)
            figures = [Figure(f"Medelvärde ({len(vals)} rader)", value, unit, col, _source(t, []), disp)]
            text = (
                f"Genomsnittet av {metric_name.lower()} över {len(vals)} rader är **{disp}** "
                f"(ett ovägt medelvärde av raderna)."
            )
            comp = Computation(
                f"Beräknade det ovägda medelvärdet av ”{col}” över {len(vals)} rader (utan totalrader) i {t.caption}.",
                f"{base}; df[{filt}][{col!r}].mean()",
            )
    else:  # lookup / compare on named rows
        rows = [r for r in entity_rows if pd.notna(df.at[r, col])] if entity_rows else []
        rows = [r for r in rows if r in df.index]
        var_all = [d for d in res.profile.dims if d in df.columns and df.loc[rows, d].nunique() > 1 and d != label_col] if rows else []
        labels = [_row_label(t, r, var_all) for r in rows]
        figures = [_figure(res.profile, r, col, lab, is_total=r in total_set) for r, lab in zip(rows, labels)]
        if not figures:
            text = f"Tabellen {t.caption} har inget värde för ”{col}” för det du frågar om."
        elif len(figures) == 1:
            text = f"{metric_name} för **{figures[0].label}** är **{figures[0].display}**."
        else:
            lines = [f"- **{f.label}** – {f.display}" for f in figures]
            text = f"{metric_name}:\n\n" + "\n".join(lines)
            if op == "compare" and len(figures) >= 2:
                a, b = figures[0], figures[1]
                diff = a.value - b.value
                dec = max(_max_decimals(t, rows[:2], col) or 0, 0)
                word = "högre" if diff > 0 else "lägre"
                text += (
                    f"\n\n{a.label} ligger **{fmt(abs(diff), None, dec)}{_pp(unit)}** {word} än {b.label}."
                    if diff
                    else f"\n\n{a.label} och {b.label} har samma värde."
                )
        names = [str(t.frame.at[r, label_col]) for r in rows]
        comp = Computation(
            f"Hämtade ”{col}” för {', '.join(names) or 'de efterfrågade raderna'} ur {t.caption}"
            + (" och räknade ut skillnaden." if op == "compare" and len(rows) >= 2 else "."),
            f"{base}; df.loc[df[{label_col!r}].isin({names!r}){' & ' + ' & '.join(fexpr) if fexpr else ''}, [{label_col!r}, {col!r}]]"
            + ("; diff = v[0] - v[1]" if op == "compare" and len(rows) >= 2 else ""),
        )

    total_figs = []
    shown = {f.source.rows[0] for f in figures if f.source.rows}
    for r in totals_df.index:
        if str(t.frame.at[r, label_col]) in shown:
            continue
        total_figs.append(_figure(res.profile, r, col, _row_label(t, r, []), is_total=True))
    if total_figs and figures and op in ("rank", "threshold", "lookup", "compare"):
        text += "\n\nSom jämförelse: " + ", ".join(f"{f.label} {f.display}" for f in total_figs) + " (totalrader, ej rangordnade)."
    note = ""
    if defaults:
        note = "Jag har utgått från " + ", ".join(f"{k} = {v}" for k, v in defaults.items()) + " eftersom frågan inte angav något annat."
        text += "\n\n" + note
    if t.source_tables and figures:
        # Cite the printed tables the figures come from, not the assembled one.
        cited = list(dict.fromkeys((f.source.table, f.source.page) for f in figures + total_figs))
        if len(cited) <= 4:
            where = "; ".join(f"{c}" + (f", s. {pg}" if pg else "") for c, pg in cited)
    text += f"\n\n*Källa: {where} ({t.document}).*"
    return StatResult(figures, total_figs, comp, text, [f.source.rows[0] for f in figures if f.source.rows], note)


def _max_decimals(t: Table, rows, col: str) -> int | None:
    best = None
    for r in rows:
        raw = t.raw.at[r, col] if col in t.raw.columns else None
        pn = parse_number(str(raw)) if raw is not None else None
        if pn is not None:
            best = max(best or 0, pn.decimals)
    return best


def available_periods(res: Resolution) -> str:
    p = res.profile
    parts = []
    for d in p.period_dims:
        vals = sorted(p.dims[d], key=period_key)
        if vals:
            parts.append(f"{d}: {vals[0]}–{vals[-1]}" if len(vals) > 1 else f"{d}: {vals[0]}")
    return "; ".join(parts)
