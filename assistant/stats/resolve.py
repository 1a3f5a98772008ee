"""From a question to readings: which table and value column, which rows, filters and operation.

1. Candidate tables come from the search index (tables are searchable by caption, headers and
   values) and from the question's words that name row labels or dimension values; a follow-up
   adds the previous table. Resolution never loops over every table.
2. Each (table, value column) gets features computed from the data – how much of the question's
   topic the column header, the caption and the rows explain, what nothing in the table explains,
   the embedder's similarity of question and column, unit/intent agreement, periods – and a
   probability from weights fitted on the question bank (``weights.json``, ``eval/fit_resolver.py``).
3. The best candidates become ``StatQuery`` readings with their rows, filters and operation.

The engine answers with the best reading, offers the runners-up as alternatives when they are
close, and asks back when no reading is likely enough.

Why one module of this size: the features of a reading, the candidates they are computed for
and the choice among readings (whole table, named section, unmixed first) read the same
per-question word terms and matches; the fitted model itself lives in ``model.py``, what a
table lacks in ``coverage.py``, and the rules that reorder readings by what the question asks
(``COLUMN_RULES``: money first, the count asked, the total's column …) in ``order.py``.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

import numpy as np
import pandas as pd

from ingest.swedish import (
    CALENDAR_YEAR_WORDS,
    MONTHS,
    NUMBER_WORDS,
    SOURCE_NOUN,
    STOPWORDS,
    fold,
    header_years_of,
    months_of_quarters,
    municipality_of,
    names_part_of_year,
    period_key,
    plain,
    says,
    school_years,
    stem,
    without_preliminary_mark,
    words,
    years_in,
)
from ingest.tables import county_root, is_county, is_geo_header, is_total_label, unit_from_text
from ingest.tables.cells import SEX_VALUES

from .build import build_query
from .compute import compute, kept_measure, usual_decimals
from .coverage import header_names_period, says_money
from .draft import is_amount
from .form import (
    PERIOD_SUBJECTS,
    Form,
    Op,
    asks,
    band_of,
    county_by_head,
    county_words,
    duration_from,
    english_groups_from,
    every_form_word,
    form_words,
    interval_of,
    kin_words,
    lexicon,
    light_verbs,
    open_spell_words,
    single_words,
    synonym_groups,
    translations,
    whole_phrase_words,
)
from .model import CONFIDENCE_FEATURES, DEFAULT_CONFIDENCE, FEATURES, confidence_features, load_fit, load_weights, sigmoid
from .operation import _WHOLE_ASKED, _whole_of_part, _year_columns, case_slices, change_from, change_since, running_months
from .order import (
    COLUMN_RULES,
    PERIOD_IN_NAME,
    WHOLE_NAMED,
    column_key,
    count_sibling_first,
    later_version_first,
    name_without_unit,
    people_words,
    per_header,
    put_first,
    rate_base_word,
    same_columns,
    same_shape,
    share_base_mismatch,
    sibling_column_first,
    take_place,
    whole_twin_first,
    wider_sheet_first,
)
from .periods import (
    header_quarter,
    months_across,
    months_named,
    period_cat_for,
    period_values_asked,
    spell_read,
    without_years,
)
from .profile import (
    AGE_FROM,
    AGE_RANGE,
    GENERIC_TERMS,
    NO_WORDS,
    YES_WORDS,
    CatColumn,
    Profile,
    ValueColumn,
    ValueMatch,
    age_from,
    age_groups_of,
    age_range,
    asked_row_numbers,
    caption_listed_words,
    figure_qualifiers,
    head_words,
    header_years,
    is_change_header,
    match_values,
    names_column,
    names_no_measure,
    names_subject,
    numbered_rows,
    phrase_words,
    token_similarity,
    total_words,
    value_tokens,
    with_plain,
    young_terms,
    young_words,
    youngest_group,
)
from .reading import Context, Reading

# the topic a question of change asks for when it names it only by a verb ("ökade", "tappade"):
# a change column ("Förändring (%)") answers it, a table of several periods can compute it
CHANGE_WORD = "förändring"
# Header words that say how a measure is counted, not what it is ("Sjuka, antal"): a question
# need not repeat them.
MAX_CANDIDATE_TABLES = 24


class Resolver:
    """Reads statistics questions against a fixed set of tables (one per index generation)."""

    def __init__(
        self,
        profiles: list[Profile],
        analyze,
        search=None,
        embed_query=None,
        column_vectors: dict[tuple[str, str], np.ndarray] | None = None,
        weights: dict[str, float] | None = None,
    ):
        self.profiles = profiles
        self.by_id = {p.id: p for p in profiles}
        self.analyze = analyze
        self._results: dict = {}
        self.search = search  # question → table ids, best first
        self.embed_query = embed_query  # question → unit vector
        self.column_vectors = column_vectors or {}
        self.weights = weights or load_weights()
        self._group_cache: dict[int, frozenset[str]] = {}
        n = max(len(profiles), 1)
        df: dict[str, int] = {}
        for p in profiles:
            for t in p.terms:
                df[t] = df.get(t, 0) + 1
        self.idf = {t: math.log(1 + n / d) for t, d in df.items()}
        self.max_idf = math.log(1 + n)
        # header and caption term → tables (candidates by the measure's words, without vectors)
        self.term_index: dict[str, set[str]] = {}
        for p in profiles:
            for term in p.caption_terms | frozenset().union(*(v.all_terms for v in p.values)):
                self.term_index.setdefault(term, set()).add(p.id)
        # value token → tables whose label/dimension values hold it (candidates by named rows)
        self.value_index: dict[str, set[str]] = {}
        for p in profiles:
            for c in p.cats:
                for tok in c.token_values:
                    if len(tok) >= 3 and not tok.isdigit():
                        self.value_index.setdefault(tok, set()).add(p.id)

    # ------------------------------------------------------------------ words of the question

    def explains(self, p: Profile, word: str, form: Form) -> bool:
        """Does the table say ``word`` of the question anywhere (caption, headers, values), by its
        stem, a compound part or a synonym?"""
        return any(w == word and _explain(own, parts, syn, p.terms) > 0 for w, _, own, parts, syn in self.word_terms(form))

    def word_terms(self, form: Form) -> list[tuple[str, float, frozenset[str], frozenset[str], frozenset[str]]]:
        """Per topic word: (word, weight, own stems, compound parts, synonym terms)."""
        folded = fold(form.text)
        phrases = [g for p, g in _synonym_phrases() if says(folded, p)]
        english_from = english_groups_from()
        out = []
        for w in dict.fromkeys(form.content):
            terms = self.analyze(w)
            if form.median and re.fullmatch(r"median[a-zåäö]{4,}", w) and terms and terms[0] not in self.idf:
                # "medianbeloppet" of tables that never write it: the median is the operation, the
                # rest the measure ("Medianinkomst, tkr" keeps its word where a table has it)
                terms = self.analyze(w[6:]) or terms
            if len(w) > 5 and w.endswith("ts") and terms and terms[0] not in self.idf:
                # "beviljats", "betalats": the passive's -s keeps the stemmer from the stem the
                # tables write ("Beviljat belopp"); the active form, when the tables know it
                active = self.analyze(w[:-1])
                if active and active[0] in self.idf:
                    terms = active
            # (the stemmer takes one suffix: "lönekostnaden" → "lönekostnad", while the header's
            # "Lönekostnad" → "lönekostn" – the stem stemmed again is the same word)
            again = stem(terms[0]) if terms else ""
            own = with_plain(frozenset(terms[:1]) | ({again} if len(again) >= 5 and again != terms[0] else set()))
            parts = with_plain(frozenset(terms[1:]))
            if not parts and terms and len(terms[0]) >= 9:
                # "ungdomsarbetslösheten": a compound of a word the tables never write and one they
                # do ("arbetslös") – its head, and its first part without the linking -s, are its parts
                head = next((terms[0][i:] for i in range(3, len(terms[0]) - 5) if terms[0][i:] in self.idf), None)
                if head is not None:
                    first = terms[0][: len(terms[0]) - len(head)]
                    first = first[:-1] if first.endswith("s") and len(first) > 4 else first
                    parts = with_plain(frozenset({head, stem(first)}))
            groups = set(_synonym_stems().get(stem(w), ()))
            for x in parts:
                if len(x) >= 4:
                    groups |= set(_synonym_stems().get(x, ()))
            # (… and a compound's head that is a word of a synonym group though no part the tables
            # write: "företagsklimat|rankingen" ~ "Placering")
            groups |= _head_groups(terms[0] if terms else stem(w))
            groups |= {g for g in phrases if any(w in re.split(r"[\s-]", m) for m in synonym_groups()[g])}
            if form.language == "sv":
                groups = {g for g in groups if g < english_from}
            syn: set[str] = set()
            for g in groups:
                syn |= self._group_terms(g)
            if terms and terms[0] not in self.idf:
                # "snittpris" of "Medelpris": a compound the tables write with a synonym of its
                # first part – that compound, when the tables write it
                syn |= self._synonym_compounds(stem(fold(w)))
            syn -= own
            known = [self.idf[t] for t in own | parts if t in self.idf] + [self.idf[t] for t in syn if t in self.idf]
            weight = max(known) if known else self.max_idf
            out.append((w, weight, own, parts, frozenset(syn)))
        if form.change and CHANGE_WORD not in form.content:
            own = with_plain(frozenset(self.analyze(CHANGE_WORD)[:1]))
            syn = set()
            for g in _synonym_stems().get(stem(CHANGE_WORD), ()):
                syn |= self._group_terms(g)
            known = [self.idf[t] for t in own | syn if t in self.idf]
            out.append((CHANGE_WORD, max(known) if known else self.max_idf, own, frozenset(), frozenset(syn) - own))
        return out

    @lru_cache(maxsize=1)  # noqa: B019 - one resolver per index generation
    def _period_sheets(self) -> dict[str, tuple[int, int]]:
        """Tables that are one period's sheet of a workbook split by period (sheets "2023" and
        "2024", or "Okt 2024" … "Dec 2024"), with no period column of their own: table id →
        (year, month or 0), when another sheet of the same document has another period."""
        by_doc: dict[str, list[tuple[str, tuple[int, int]]]] = {}
        for p in self.profiles:
            if any(x.is_period for x in p.cats):
                continue
            key = period_key(p.table.sheet or "")
            if len(key) == 2 and isinstance(key[0], int) and key[0] > 0:
                by_doc.setdefault(p.table.document, []).append((p.id, (key[0], key[1])))
            elif len(p.caption_years) == 1:
                by_doc.setdefault(p.table.document, []).append((p.id, (next(iter(p.caption_years)), 0)))
        return {pid: per for items in by_doc.values() if len({per for _, per in items}) > 1 for pid, per in items}

    def _sheet_of_period(self, context: Context | None, form: Form) -> Context | None:
        """A follow-up naming another period ("Och i januari då?") of a workbook with one sheet
        per period goes on in that period's sheet, as if it were the same table (same columns)."""
        if context is None or not (form.months or form.years) or not (form.followup or form.refers_back):
            return context
        sheets = self._period_sheets()
        here = self.by_id.get(context.query.table_id)
        if here is None or here.id not in sheets:
            return context
        year, month = sheets[here.id]
        want_year = form.years[0] if len(form.years) == 1 else (year if not form.years else None)
        want_month = form.months[0] if len(form.months) == 1 else (0 if not form.months else None)
        if want_year is None or want_month is None or (want_year, want_month) == (year, month):
            return context
        for pid, per in sheets.items():
            if per == (want_year, want_month) and same_shape(here, self.by_id[pid]):
                return replace(context, query=context.query.with_(table_id=pid))
        return context

    def _sheet_of_words(self, context: Context | None, form: Form) -> Context | None:
        """A follow-up naming what another sheet of the same workbook is about ("och för
        ungdomarna 16-24?" after the sheet "16-64 år"; "och ohälsotalet?" after one KPI's sheet)
        goes on in that sheet, as if it were the same table (same columns): the words its
        caption says and the previous table's does not, when one sheet alone says them all."""
        if context is None or not form.followup:
            return context
        here = self.by_id.get(context.query.table_id)
        if here is None:
            return context
        twins = [p for p in self.profiles if p.id != here.id and same_shape(here, p)]
        if not twins:
            return context

        def says(p: Profile, w: str) -> bool:
            terms = set(self.analyze(w))
            return bool(terms) and terms <= p.caption_terms

        asked = [w for w in form.content if not any(w in c.token_values for c in here.cats) and w not in PERIOD_SUBJECTS]
        new = [w for w in asked if not says(here, w)]
        hits = [p for p in twins if new and all(says(p, w) for w in new)]
        if len(hits) != 1:
            return context
        return replace(context, query=context.query.with_(table_id=hits[0].id))

    @lru_cache(maxsize=1)  # noqa: B019 - one resolver per index generation
    def _all_value_terms(self) -> frozenset[str]:
        return frozenset().union(*(v.all_terms for p in self.profiles for v in p.values))

    def _names_new_measure(self, wt, used: frozenset[str], follow: Context, form: Form) -> bool:
        """A follow-up that names a measure the previous reading's column does not ("Hur hög är
        arbetslösheten där?" after sick leave): it keeps the rows, not the measure. So does one
        that asks for a count where the previous answer was a share of it ("och hur många sjuka
        är det där?" after "Sjuka/arbetskraft", with a column "Sjuka"), or for a share where it
        was a count ("hur stor andel har de?" after "Kvarstående deltagare", beside "Andel")."""
        prev = self.by_id.get(follow.query.table_id)
        col = next((v for v in prev.values if v.name == follow.query.column), None) if prev else None
        if col is None:
            return False
        if col.is_share and form.wants == "count" and any(
            o.is_count and not o.is_change and _explain(own, parts, syn, o.terms) >= 0.8
            for o in prev.values for _word, _w, own, parts, syn in wt
        ):
            return True
        if not col.is_share and form.wants == "share" and not col.is_change and any(o.is_share and not o.is_change for o in prev.values):
            return True
        for word, _w, own, parts, syn in wt:
            if word in used or word == CHANGE_WORD or (word == form.subject and word in PERIOD_SUBJECTS):
                continue  # "har det ökat?", "vilket år var det högst?" ask about the same measure
            if any(word in c.token_values or match_values(c, (word,)) for c in prev.cats if not c.is_period):
                continue  # "och för kvinnor?", "och bara kvinnorna?": a slice of the same measure (Kön = Kvinna)
            if not _explain(own, parts, syn, col.all_terms) and (own | syn) & self._all_value_terms():
                return True
        return False

    def synonym_terms(self, terms: frozenset[str]) -> frozenset[str]:
        """``terms`` with the terms of every synonym group one of them belongs to."""
        out = set(terms)
        for t in terms:
            for g in _synonym_stems().get(t, ()):
                out |= self._group_terms(g)
        return frozenset(out)

    def _synonym_compounds(self, word: str) -> frozenset[str]:
        """The tables' words that are ``word`` with its first part swapped for a one-word synonym
        of it ("snittpris" → "medelpris"), the rest at least four letters."""
        out = set()
        for i in range(3, len(word) - 3):
            head, tail = word[:i], word[i:]
            for g in _synonym_stems().get(head, ()):
                for member in synonym_groups()[g]:
                    m = fold(member)
                    if " " not in m and m != head and (cand := stem(m + tail)) in self.idf:
                        out.add(cand)
        return with_plain(frozenset(out))

    def _group_terms(self, g: int) -> frozenset[str]:
        cached = self._group_cache.get(g)
        if cached is None:
            # one-word members only: "utan arbete" would teach every "arbete" to mean unemployment
            # (with their spelling without å/ä/ö, as a question word's own terms and a header's
            # have it: "employees" says "anställda" of "Antal anställda berörda" whole)
            cached = with_plain(frozenset(
                t for member in synonym_groups()[g] if " " not in member for t in self.analyze(member)[:1]
            ))
            self._group_cache[g] = cached
        return cached

    # ------------------------------------------------------------------ candidates

    def candidates(self, form: Form, context: Context | None, vectors: bool = True) -> list[tuple[Profile, int | None]]:
        ranked: dict[str, int | None] = {}
        if self.search is not None and vectors:
            for rank, tid in enumerate(self.search(form.text), 1):
                if tid in self.by_id and tid not in ranked:
                    ranked[tid] = rank
                if len(ranked) >= MAX_CANDIDATE_TABLES // 2:
                    break
        by_terms: dict[str, float] = {}
        for _, _weight, own, parts, syn in self.word_terms(form):
            for term in sorted(own | parts | syn):  # sorted: the same candidates whatever the hash seed
                for tid in self.term_index.get(term, ()):
                    by_terms[tid] = by_terms.get(tid, 0.0) + self.idf.get(term, 0.0)
        for tid, _ in sorted(by_terms.items(), key=lambda x: (-x[1], x[0]))[:MAX_CANDIDATE_TABLES // 2]:
            ranked.setdefault(tid, None)
        named: dict[str, int] = {}
        for w in form.content:
            for tid in self.value_index.get(w, ()):
                named[tid] = named.get(tid, 0) + 1
            if len(w) >= 5 and w.endswith("s"):
                for tid in self.value_index.get(w[:-1], ()):
                    named[tid] = named.get(tid, 0) + 1
        for tid, _ in sorted(named.items(), key=lambda x: (-x[1], x[0]))[:MAX_CANDIDATE_TABLES // 2]:
            ranked.setdefault(tid, None)
        if self.search is None and not ranked:
            ranked = {p.id: None for p in self.profiles}
        if context is not None and context.query.table_id in self.by_id:
            ranked.setdefault(context.query.table_id, None)
        return [(self.by_id[t], r) for t, r in ranked.items()]

    # ------------------------------------------------------------------ readings

    def read(self, form: Form, context: Context | None = None, limit: int = 4, vectors: bool = True) -> list[Reading]:
        """Readings of the question, most probable first (probabilities from the fitted weights).
        ``vectors=False`` reads by words alone (no question embedding)."""
        out: list[Reading] = []
        context = self._sheet_of_words(self._sheet_of_period(context, form), form)
        follow = follow_context(form, context)
        scored = self.scored(form, context, vectors)
        for r in scored[: limit * 3]:
            build_query(r, form, follow)
            if r.query is not None and not any(_same(r, o) for o in out):
                out.append(r)
            if len(out) >= limit:
                break
        if out:
            whole = self._whole_table(out[0], scored, form, follow)
            if whole is not None:
                out = [whole] + [r for r in out if r is not whole and not _same(r, whole)]
            section = self._named_section(out[0], scored, form, follow)
            if section is not None:
                # the mixed reading it replaces is no alternative to it
                replaced = out[0]
                out = [section] + [r for r in out if r is not section and not _same(r, section) and r is not replaced]
            else:
                out = self._unmixed_first(out)
            out = whole_twin_first(out, form)
            if not (follow is not None and out[0].query is not None and follow.query.table_id == out[0].profile.id
                    and follow.query.column == out[0].column.name):
                # (a follow-up goes on with the part the previous question named: "och i Krokom då?"
                # after the women's share is the women's share)
                for rule in COLUMN_RULES:
                    out = rule(out, form)
                out = wider_sheet_first(out, form, lambda r: self.missing_qualifier(r, form))
            elif form.year_shift:
                out = _shifted_column_first(out, form, follow, scored)
                out = _shifted_table_first(out, form, follow, scored)
            else:
                out = sibling_column_first(out, form)
                out = count_sibling_first(out, form)
                out = later_version_first(out, form, named_only=True)
            twin = self._county_share_of_count(out[0], scored, form, follow)
            if twin is not None:
                out = [twin] + [r for r in out if r is not twin and not _same(r, twin)]
            od = _origin_destination(out[0], scored, form, follow)
            if od is not None:
                out = [od] + [r for r in out if r is not od and not _same(r, od)]
        return out

    def _county_share_of_count(self, best: Reading, scored: list[Reading], form: Form, follow) -> Reading | None:
        """"Hur stor del av länets långtidsarbetslösa bor i Stockholms kommun?" of a workbook with
        a sheet of counts beside a sheet of rates with the same columns: the share asked is of the
        county's count (the row over the county's row, computed – ``StatQuery.share_of``), not the
        municipality's rate of another base ("andel av inskrivna arbetslösa")."""
        if form.wants != "share" or form.quoted or not best.column.is_share or best.query is None:
            return None
        if not re.search(r"\b(?:andel|andelen|del|delen|share|proportion|part)\s+(?:av|of)\s+(?:hela\s+|the\s+)?(?:länets|the county's)\b", fold(form.text)):
            return None
        for r in scored:
            if r is best or r.column.name != best.column.name or not r.column.is_count or r.column.is_share:
                continue
            if r.profile.table.document != best.profile.table.document or not same_columns(r.profile, best.profile):
                continue
            if r.query is None:
                build_query(r, form, follow)
            if r.query is not None and r.query.share_of:
                take_place(r, best)
                return r
        return None

    def mixed(self, r: Reading) -> bool:
        """Whether the reading's result puts unlike figures side by side (``StatResult.mixed``);
        a table whose only categories are its rows and periods never does, and is not computed."""
        if not any(c.role != "label" and not c.is_period for c in r.profile.cats):
            return False
        return bool(self.result(r).mixed)

    def result(self, r: Reading):
        """``compute`` of a reading's query, kept in a small cache by table and query (the resolver
        looks at a reading's result to choose between readings; the engine then shows it)."""
        key = (r.profile.id, r.query)
        if key not in self._results:
            if len(self._results) > 256:
                self._results.clear()
            self._results[key] = compute(r.profile, r.query)
        return self._results[key]

    def _unmixed_first(self, out: list[Reading]) -> list[Reading]:
        """A best reading that would put unlike figures side by side (it can only ask back)
        gives way to a runner-up that would not, when that one is likely enough to be offered as
        an alternative anyway (the fitted margin); the mixed one stays as an alternative."""
        best = out[0]
        if best.query is None or best.missing_period or best.missing_breakdown or not self.mixed(best):
            return out
        margin = load_fit().get("thresholds", {}).get("margin", 0.5)
        for r in out[1:]:
            # a sheet of the same workbook with the same measure but without the split the question
            # left open ("Kommunjämförelse" beside "Födelseland", "Ålder"): the question's own sheet,
            # however the ranker weighed it
            sibling = (
                r.profile.table.document == best.profile.table.document and bool(r.profile.table.sheet) and bool(best.profile.table.sheet)
                and column_key(r.column.name) == column_key(best.column.name)
            )  # (sheets of a workbook – not two printed tables of one PDF report)
            if r.probability < margin * best.probability and not sibling:
                continue
            if r.query is not None and not r.missing_period and not r.missing_breakdown and not self.mixed(r):
                take_place(r, best)
                return [r] + [x for x in out if x is not r]
        return out

    def _named_section(self, best: Reading, scored: list[Reading], form: Form, follow) -> Reading | None:
        """A consolidated table whose sections would be ranked together ("Marknad STA" and
        "Marknad KVL" leverantörer side by side) gives way to the one section the question names
        by its caption's words ("Steg till arbete", "KVL") – when exactly one does."""
        if not best.profile.parts or best.query is None or not self.mixed(best):
            return None
        key = column_key(best.column.name)
        parts = {t.id for t in best.profile.parts}
        same = [r for r in scored if r.profile.id in parts and column_key(r.column.name) == key]
        if not same:
            return None
        same.sort(key=lambda r: (-r.features["cap"], r.profile.id))
        if len(same) > 1 and same[0].features["cap"] <= same[1].features["cap"]:
            return None
        r = same[0]
        if r.query is None:
            build_query(r, form, follow)
        if r.query is None or r.missing_period or r.missing_breakdown:
            return None
        take_place(r, best)
        return r

    def _whole_table(self, best: Reading, scored: list[Reading], form: Form, follow) -> Reading | None:
        """A partial copy of a table never answers a question about all its rows: when the best
        reading ranks, filters or aggregates without naming rows, a reading of the same measure
        in a table that holds all of its rows and more (the consolidated table a part was cut
        from, the export that repeats a short table) takes its place."""
        q = best.query
        # (… as the question asks, or as its reading computes: "hur många … fanns det i hela
        # Västra Götaland" names no operation, and its reading adds up the county's rows)
        aggregating = form.op in (Op.RANK, Op.THRESHOLD, Op.SUM, Op.MEAN, Op.COUNT) or (q is not None and q.op == Op.SUM and not q.rows)
        if q is None or not aggregating or (q.rows and not all(m.coverage < 1 for m in best.matches)):
            return None
        key = column_key(best.column.name)
        generic = not {t for t in best.column.terms if len(t) >= 4 and t not in GENERIC_TERMS}
        named = _display_names(q.rows + q.scope)
        mine = named or _row_names(best.profile)
        candidates = []
        for r in scored:
            if r is best or column_key(r.column.name) != key or r.profile.body_rows <= best.profile.body_rows:
                continue
            if r.query is None:
                build_query(r, form, follow)
            theirs = _display_names(r.query.rows + r.query.scope) if (named and r.query) else _row_names(r.profile)
            # named rows found again elsewhere say little when the column's name is generic
            # ("Andel", "Värde"): only a copy of the same table, or one of its document, counts
            same_document = r.profile.table.document == best.profile.table.document
            copy = best.profile.id in r.profile.table.source_tables
            if not copy and _other_figures_on_shared_rows(best, r):
                continue  # ("IPSU" providers who are also among ROM2's thirty, with other figures)
            if (copy or (mine <= theirs and (same_document or not (named and generic)))) and len(theirs) >= len(mine):
                if not named or len(theirs) > len(mine) or not r.query.rows:
                    candidates.append(r)
        for r in sorted(candidates, key=lambda r: -r.profile.body_rows):
            if r.query is None:
                build_query(r, form, follow)
            if r.query is not None and not r.missing_period and not r.missing_breakdown:
                if self.mixed(r):
                    continue  # the whole table puts this part's rows beside other sections' rows
                take_place(r, best)
                return r
        return None

    def scored(self, form: Form, context: Context | None = None, vectors: bool = True) -> list[Reading]:
        """Every candidate (table, value column) with its features and probability, best first;
        queries are not built yet (``build_query``)."""
        wt = self.word_terms(form)
        qvec = self.embed_query(form.text) if (vectors and self.embed_query and self.column_vectors) else None
        follow = follow_context(form, context)
        readings: list[Reading] = []
        back = _context_words(form, follow)
        measure_changed = False
        if follow is not None and self._names_new_measure(wt, frozenset(back), follow, form):
            prev = self.by_id.get(follow.query.table_id)
            if prev is not None and any(
                _explain(own, parts, syn, o.terms) >= 0.8 and o.name != follow.query.column
                for o in prev.values for _word, _w, own, parts, syn in wt
            ):
                measure_changed = True  # "och män?" after "Kvinnor": the same table's other column
                was = next((v for v in prev.values if v.name == follow.query.column), None)
                if form.wants is None and was is not None:
                    # … of the same kind: the men's count after the women's, not their share
                    form = replace(form, wants="share" if was.is_share else "count")
            else:
                follow = None  # the follow-up keeps the rows (``back``), not the measure or the table
        for p, rank in self.candidates(form, context, vectors):
            if not p.values:
                continue
            matches, used = self._matches(p, form, back)
            for c in p.values:
                feats = self.features(p, c, form, wt, matches, used, rank, qvec, follow)
                if measure_changed:
                    # "och för männen?" after "Muskuloskeletala diagnoser Kvinnor": the header with
                    # the one word swapped goes on with the measure ("Muskuloskeletala diagnoser Män")
                    same = p.id == follow.query.table_id and _swapped_header(follow.query.column, c.name, form)
                    feats["ctx_col"] = 1.0 if same else 0.0
                readings.append(Reading(p, c, feats, matches=matches))
        # the most complete copy of a measure: a part table printed in one section holds only
        # some of the rows the consolidated table or the export holds
        most: dict[str, int] = {}
        for r in readings:
            key = column_key(r.column.name)
            most[key] = max(most.get(key, 0), r.profile.body_rows)
        for r in readings:
            r.features["rows_rel"] = r.profile.body_rows / most[column_key(r.column.name)] if most[column_key(r.column.name)] else 0.0
        if back:
            # "där" points at the previous rows: only readings that find them answer it
            named = [r for r in readings if any(m.qtokens & set(back) for m in r.matches)]
            if named:
                readings = named
        if form.quoted:
            # a column named in quotes (as an alternative reading names it) is that column
            pinned = [r for r in readings if fold(r.column.name).strip() in form.quoted]
            if pinned:
                readings = pinned
        for r in readings:
            r.score = sum(self.weights.get(k, 0.0) * v for k, v in r.features.items())
        # ties broken by name, so that an answer never depends on set order (PYTHONHASHSEED)
        readings.sort(key=lambda r: (-round(r.score, 9), r.profile.id, r.column.name))
        if readings:
            top = readings[0].score
            z = sum(math.exp(r.score - top) for r in readings)
            for r in readings:
                r.probability = math.exp(r.score - top) / z  # the ranker's share among the candidates
        return readings

    def unknown_counted(self, r: Reading, form: Form) -> str | None:
        """The noun a "hur många …" question counts, when the reading's table knows it nowhere –
        not in its caption, headers, values or row labels, not by a compound part or a synonym:
        "hur många civilsamhällesorganisationer …" read as a population table's "Total, antal"
        would give a count of something else. None when the table counts cases (a register's
        rows are what is counted, whatever the question calls them) or the noun is a word for
        people ("personer", "individer"), which any head count counts."""
        w = form.counted
        p, c = r.profile, r.column
        if not w or w not in form.content or p.record_level or fold(w) in people_words() or _UNIT_COUNTED.match(fold(w)):
            return None
        if form.language != "sv" or len(w) < 8 or re.search(r"(?:de|te)$", fold(w)):
            # an English noun is matched by meaning, not by the table's Swedish words; "hur många
            # slutade/går/deltar …" counts by a verb and "hur många nya …" by an adjective, no
            # noun of their own (a noun a table may not know is mostly a compound: 8 letters up –
            # on the bank's fit questions every shorter word was a verb or an adjective but one)
            return None
        if any(w in m.qtokens for m in r.matches):
            return None
        if not re.search(rf"\b(?:hur många|how many)\s+(?:\w+\s+)?{re.escape(fold(w))}\b", fold(form.text)):
            return None  # ("flest sjukskrivna i antal räknat": no noun counted)
        entry = next((e for e in self.word_terms(form) if e[0] == w), None)
        if entry is None:
            return None
        _, _, own, parts, syn = entry
        terms = p.terms | c.all_terms | (p.label.terms if p.label is not None else frozenset())
        return None if _explain(own, parts, syn, terms) > 0 else w

    def unexplained_words(self, r: Reading, form: Form) -> list[str]:
        """The question's topic words that the reading's table explains nowhere – not by a value
        matched, its caption, its headers or its values, nor by a compound part or a synonym
        ("äldreomsorg" read as a table of "Kostnad för ekonomiskt bistånd")."""
        used = frozenset().union(*(m.qtokens for m in r.matches)) if r.matches else frozenset()
        # (the table's terms hold its every column's header, the label's among them)
        return [
            w for w, _, own, parts, syn in self.word_terms(form)
            if w not in used and w != CHANGE_WORD and not _explain(own, parts, syn, r.profile.terms) > 0
            and not _says_spell(r.profile, form, w)
            and not any(_writes_out(w, _coded_terms(c.name, c.terms)) for c in r.profile.values)
        ]

    def tables_know(self, word: str) -> bool:
        """Does any table of the knowledge base write ``word`` (a stem of it, or a part)?"""
        return any(t in self.idf for t in self.analyze(word))

    def unexplained_condition(self, r: Reading, form: Form) -> str | None:
        """A count of a register's cases whose question says something of the cases that the
        table says nowhere – not in its caption, headers or values, not by a compound part or a
        synonym: "hur många deltagare flyttade från kommunen?", "… fick praktik?" counted as every
        case would answer another question. The first such word, or None."""
        q, p = r.query, r.profile
        # (… and "hur många studerande tog examen?" read as a register's column added up: the
        # sum is of whatever the column holds, for cases the question says nothing of)
        summed = q is not None and q.op == Op.SUM and q.agg in (None, "sum") and form.quantity and bool(form.counted)
        if (
            q is None or not p.record_level or (q.op not in (Op.COUNT, Op.LOOKUP) and not summed)
            or (q.agg not in (None, "count") and not summed) or q.group_by or q.rows or form.language != "sv"
        ):
            return None
        used = frozenset().union(*(m.qtokens for m in r.matches)) if r.matches else frozenset()
        # (words in brackets are the engine's own wording of an alternative: "(räknat på …)")
        bracketed = set(words(" ".join(re.findall(r"\(([^()]*)\)", form.text))))
        for w, _, own, parts, syn in self.word_terms(form):
            if w == form.counted or w in used or len(w) < 5 or not w.isalpha() or fold(w) in people_words():
                continue
            if (
                w in bracketed or fold(w) in every_form_word() or _DATA_WORDS.match(fold(w)) or fold(w).endswith("s")
                or fold(w) in light_verbs()
            ):
                continue  # "andel", "registret", a passive of the counting ("fattades", "beviljades")
            if _explain(own, parts, syn, p.terms) > 0 or _says_spell(p, form, w):
                continue
            head = fold(w)[:5]
            if any(len(t) >= 5 and t.startswith(head) for t in p.terms):
                continue  # "startade" of "startdatum", "registret" of "register": the table's word
            return w
        return None

    def missing_qualifier(self, r: Reading, form: Form) -> str | None:
        """The question's word whose narrowing part the table lacks: "långtidsarbetslösa" read as
        "Arbetslösa, antal" of a table that says nothing of "långtid", "ungdomsarbetslösheten"
        of a table without youth. A Swedish compound's head is its last part: a word that holds a
        word of the column's header (or the caption's) after four letters or more is narrowed by
        what comes before, and the wider measure's figures are not the narrower one's. None when
        that part is somewhere in the table (caption, header, value, or a synonym of it), or is
        an operation word ("snittbeloppet", "medelarbetslösheten": a mean, computed). Read on the
        letters, not on the index's compound parts, so that a part the corpus never uses alone
        ("långtids-") is seen too."""
        p, c = r.profile, r.column
        duration = _missing_duration(p, c, form)
        if duration is not None:
            return duration
        if form.language == "en":
            return None
        band = band_of(form.text)
        if band is not None and any(band_of(v) == band for m in r.matches for v in m.values):
            # "långtidsinskrivna … inskrivna 24 månader eller mer": the band the question names
            # is the narrowing, and the table has it as a value
            return None
        # the measure's words: the header's, and the caption's (a generic "Andel (%) totalt"
        # takes its measure from "Inskrivna arbetslösa …")
        # (the caption's own words, not its section's: "plan" of "Lokalförsörjningsplan 2026-2031 >
        # 3.3.2 Grundskola" is no measure of the table of schools)
        own_caption = with_plain(frozenset(self.analyze(p.table.caption)))
        heads = [
            t for t in sorted(head_words(c) | (p.caption_terms & own_caption))
            if t.isalpha() and len(t) >= 4 and t not in GENERIC_TERMS
        ]
        for word in dict.fromkeys(form.content):
            s = stem(fold(word))
            if len(s) < 8 or with_plain(frozenset([s])) & (p.terms | c.all_terms) or _says_spell(p, form, word):
                continue  # short, or the whole word is the table's
            if frozenset(t for g in _synonym_stems().get(s, ()) for t in self._group_terms(g)) & c.all_terms:
                continue  # … or a synonym of the whole word names the column
            for t in heads:
                k = s.find(t)
                if k < 4:
                    continue
                narrowing = s[: k - 1] if s[k - 1] == "s" else s[:k]
                # ("snittimlönen": snitt + timlön, the third t dropped where the parts meet)
                whole_part = narrowing + s[k] if narrowing[-1:] == s[k] else narrowing
                if (
                    len(narrowing) >= 4 and narrowing not in GENERIC_TERMS and narrowing not in STOPWORDS
                    and narrowing not in form_words() and whole_part not in form_words()
                    and not (form.median and narrowing == "median")  # ("medianbeloppet": computed too)
                    # ("snittbeloppet": an operation, computed, not a narrower measure)
                    and not self._in_table(narrowing, p)
                ):
                    return word
        return self._other_modifier(p, c, form)

    def _other_modifier(self, p: Profile, c: ValueColumn, form: Form) -> str | None:
        """"behöriga till högskoleförberedande program" of a table of "… behöriga till
        yrkesprogram": the question's word before a head the table has only as the end of its
        own compound ("yrkes|program") is another measure's narrowing – the question and the
        table each say which program, and they differ."""
        toks = [t for t in form.tokens if t]
        content = set(form.content)
        terms = p.terms | c.all_terms
        for w1, w2 in zip(toks, toks[1:], strict=False):
            if w1 not in content or w2 not in content or not w1.isalpha() or not w2.isalpha():
                continue
            s1, s2 = stem(fold(w1)), stem(fold(w2))
            if len(s1) < 6 or len(s2) < 4 or s1 in GENERIC_TERMS or w1 in form_words() or w1 in STOPWORDS:
                continue
            if _says_spell(p, form, w1):
                continue  # ("pågående insats": the cases still running, told by their dates)
            if fold(w1) in people_words():
                continue  # ("personer berördes": who is counted, no narrower measure than "Antal berörda")
            if re.search(rf"(?<!^)(?<![.?!]\s)\b{re.escape(w1[:1].upper() + w1[1:])}\b", form.text):
                continue  # a name ("i Gävle"), not a measure's word
            if self._in_table(s1, p) or frozenset(t for g in _synonym_stems().get(s1, ()) for t in self._group_terms(g)) & terms:
                continue
            if any(t.endswith(s2) and len(t) - len(s2) >= 4 and t.isalpha() for t in terms) and not _standalone(p, s2):
                return f"{w1} {w2}"
            if _qualified_otherwise(p, s2):
                # "särskilt boende" of a table of "hemtjänst i ordinärt boende": the table says the
                # head only under a modifier of its own, and the question names another
                return f"{w1} {w2}"
        return None

    def _in_table(self, part: str, p: Profile) -> bool:
        """Is a compound's first part ("ungdom", "kvinno") said anywhere in the table – by a word
        it starts or that starts it ("kvinn" of "Kvinnor"), or by a synonym?"""
        forms = with_plain(frozenset([part, stem(part)])) | frozenset(
            t for g in _synonym_stems().get(stem(part), ()) for t in self._group_terms(g)
        )
        if forms & p.terms:
            return True
        if any(t.startswith(x) or (len(t) >= 4 and x.startswith(t)) for x in forms for t in p.terms):
            return True
        # (… or by the words its parts begin, shortened as a clipped compound is: "yrkesvux" of
        # "yrkesinriktade kurser i kommunal vuxenutbildning" – yrkes|vux)
        # (the caption's words only: a row's name is no measure's part)
        said = p.caption_terms
        return any(
            any(t.startswith(part[:k]) and not t.startswith(part) for t in said)
            and any(t.startswith(part[k:]) and not t.startswith(part[:k]) for t in said)
            for k in range(4, len(part) - 2)
        )

    def confidence(self, readings: list[Reading], statistical: bool, unknown: bool, facts: dict[str, float] | None = None) -> float:
        """P(the best reading's answer is right), from the fitted confidence model; ``facts``:
        ``query_facts`` of the best reading's query and result."""
        if not readings:
            return 0.0
        conf = load_fit().get("confidence") or DEFAULT_CONFIDENCE
        second = readings[1].score if len(readings) > 1 else readings[0].score - 5
        x = confidence_features(readings[0].score, second, readings[0].features, statistical, unknown, facts)
        return sigmoid(conf.get("bias", 0.0) + sum(conf.get(k, 0.0) * v for k, v in zip(CONFIDENCE_FEATURES, x)))

    def _matches(self, p: Profile, form: Form, back: tuple[str, ...] = ()) -> tuple[list[ValueMatch], frozenset[str]]:
        """Values of the table's label and dimension columns that the question names (``back``:
        the words of the rows a follow-up points back at with "där")."""
        out: list[ValueMatch] = []
        # (a word the caption says names what the table measures, not a value by its synonym:
        # "nyinskrivna arbetssökande" of a file "af_nyinskrivna_arbetssokande…" is every
        # category's, not "Öppet arbetslösa" by "arbetslöshet")
        said_by_caption = {plain(x) for x in p.caption_terms}
        asked = tuple(t for t in form.tokens if not re.fullmatch(r"(?:19|20)\d\d", t)) + back
        toks = _translated(asked, form.language == "en")
        tr = translations()
        dropped = {tr[t] for t in asked if t in tr and plain(stem(t)) in said_by_caption} - set(asked)
        # (a compound that ends in a word for the file itself – "företagsstödsregistret",
        # "varselstatistiken", "kommunlistan" – names the source, no value: "Företagsstöd
        # investering" is no reading of it)
        dropped |= {t for t in asked if _SOURCE_NOUN.search(t)}
        toks = tuple(t for t in toks if t not in dropped)
        tw = total_words()
        folded = fold(form.text)
        content = frozenset(form.content)
        # the words of "riket", "the county average" … as the question writes them (once, not per column)
        country_words, county_words_ = phrase_words(tw["country"], folded), phrase_words(tw["county"], folded)
        # "i Örebro län": the name before "län" names the county, not a row that shares its first
        # word ("Örebro söder")
        county_named = frozenset(county_words(toks))
        # "i varje länsdel", "per kommun": the word names a column to group by, not a row
        # ("Norra länsdelen")
        per = {w for w in form.group_by if any(names_column(w, c) for c in p.cats)}
        if per:
            toks = tuple(t for t in toks if t not in per)
        # a word the table never writes whose synonym it writes as a value ("pågående" of a
        # status "Ongoing"): that value's word joins the question's
        # (right after the word, so that the words of one value stay next to each other)
        kin = kin_words()
        placed: list[str] = []
        # (in English, of the Swedish words the translation placed: "per inhabitant" → "invånare" → "kr/inv")
        translated = set(toks) - set(form.tokens)
        for t in toks:
            placed.append(t)
            # (a short word by itself only: "jobba hemifrån" is no "jobb", so no "Arbete")
            kt = t if t in kin or len(t) < 6 else stem(t)
            if plain(stem(t)) in said_by_caption:
                continue
            if (form.language == "sv" or t in translated) and kt in kin and not any(t in c.token_values for c in p.cats):
                # a translation, not an inflection ("män" → "man" is the matcher's own business)
                placed += [
                    m for m in kin[kt]
                    if m not in toks and m not in placed and not token_similarity(t, m) and any(m in c.token_values for c in p.cats)
                ]
        toks = tuple(placed)
        # "byggbranschen" of a column "näringsgren" (whose word "bransch" is) with a value
        # "Byggverksamhet": the compound's head names the value, its tail the column
        heads = [h for t in toks if (h := _head_of_column_compound(t, p, kin)) is not None and h not in toks]
        for h in heads:
            toks += (h,) + tuple(m for m in kin.get(h, ()) if m not in toks and any(m in c.token_values for c in p.cats))
        # "inga anställda" of a size class "0 anställda": none is the figure 0
        if any("0" in c.token_values for c in p.cats):
            toks = tuple("0" if t in _NONE_WORDS and i + 1 < len(toks) else t for i, t in enumerate(toks))
        # a row named whole ("Sala") is no topic word standing between the words of another
        # column's value ("invånarna i Sala har eftergymnasial utbildning" names the KPI "Invånare …
        # med eftergymnasial utbildning")
        rows_named = frozenset()
        label_values = None
        # "länet" of a column with counties' rows names the county the other named rows lie in
        # (below), not every row with "län" in it: matched as a word it would stretch
        # "Södermanland … jämfört med länet" over the whole question and lose the county named
        county_phrase = {c.name: county_words_ for c in p.cats if c.county_totals or len(c.county_rows) > 1}
        # what the table itself is about (its caption's words), for match_values
        # (… not the rows' own words: "Värmlands län" in the caption of its municipalities' table)
        row_words = {plain(t) for t in p.label.token_values} if p.label is not None else set()
        subject = frozenset(
            plain(x) for x in p.caption_terms if len(x) >= 5 and plain(x) not in row_words and not _a_place(x)
        ) - frozenset().union(*caption_listed_words(p).values())
        if p.label is not None and len(p.cats) > 1:
            label_values = match_values(
                p.label, toks, exclude=county_phrase.get(p.label.name, frozenset()), content=content, subject=subject
            )
            rows_named = frozenset().union(*(m.qtokens for m in label_values if m.coverage >= 0.999))
        numbered = _numbered_row(p, form) if p.label is not None else None
        if numbered is not None:
            # "insats 3" of rows numbered "1. Validering" … "7. Lärcentra": the row numbered 3
            label_values = [numbered]
            rows_named = numbered.qtokens
        for c in p.cats:
            if c.is_period:
                continue
            # a value named only by words of form ("högst" in "Frukt och grönsaker högst 1,3
            # gånger/dag") is not named: those words say what to do, not which row
            # the noun the rows are asked as ("vilka kommuner") names no measure of a KPI column
            # ("… hemkommun, andel")
            own_toks = tuple(t for t in toks if stem(t) != stem(form.subject)) if form.subject and c is not p.label and c.measures else toks
            # ("hur mycket ökade utbetalt bistånd …, i procent?": the per cent is the change's unit,
            # no word of "Andel av befolkningen med bistånd, procent")
            # (… nor of "andel", the synonym placed for it, unless the question says it)
            unit_of_change = frozenset({"procent", "percent"} | ({"andel"} - set(form.tokens))) if form.change_percent else frozenset()
            found = label_values if (c is p.label and label_values is not None) else match_values(
                c, own_toks, exclude=county_phrase.get(c.name, frozenset()) | unit_of_change,
                content=content if c is p.label else content - rows_named,
                exact_only=_EXACT_ONLY | form_words(), subject=subject,
            )
            ms = [
                m for m in found
                # "den totala": the Total row – one row; "totalt" of the counties' "X län totalt"
                # rows names none of them (it asks for a sum)
                if not m.qtokens <= form_words() or (
                    set(m.values) <= set(c.totals) and len(m.values) == 1
                    # ("och totalt för hela perioden?": the periods added up, of the rows asked before)
                    and not (form.all_periods and form.followup)
                )
            ]
            if c is p.label and any(not set(m.values) <= set(c.totals) for m in ms):
                # "Summa beviljat 2024" named only by the words of the measure column and the year
                # ("funding granted … in Södertälje in 2024") beside a row the question names:
                # that row is asked, the total is no second one (F226-10 had listed both)
                # (the measure's words, not the caption's: "i Värmland" of "… Värmlands län"
                # names its county total)
                said_of_table = frozenset(t for v in p.values for t in v.terms)
                ms = [
                    m for m in ms
                    # (a total's own word – "totalt", "summa" – names the total: "… totalt, inte bara …")
                    if not (set(m.values) <= set(c.totals) and all(
                        (t.isdigit() or t in said_of_table or stem(t) in said_of_table) and not is_total_label(t) for t in m.qtokens
                    ))
                ]
            if not ms and form.codes and c.codes:
                # "inom C" of SNI 2007's letters beside the industries' names: C's industry
                ms = [ValueMatch(c.name, (c.codes[k],), frozenset({k}), 1.0, 1.0) for k in form.codes if k in c.codes][:1]
            if not ms and c.codes:
                # "kommun 2380": a municipality by its four-figure code – a number that is no year
                # and no bar the question sets
                bar = form.threshold.value if form.threshold is not None else None
                ms = [
                    ValueMatch(c.name, (c.codes[k],), frozenset({k}), 1.0, 1.0) for k in dict.fromkeys(form.tokens)
                    if len(k) == 4 and k.isdigit() and int(k) not in form.years and float(k) != bar and k in c.codes
                ][:1]
            if not ms and not c.is_period:
                ms = _compound_value(c, form.content, frozenset(t for v in p.values for t in v.terms) | p.caption_terms)
            if not ms:
                ms = _flag_by_header(c, toks)
            if not ms and c.measures:
                ms = _distinct_measure(c, tuple(t for t in form.content if t not in rows_named))
            if county_named:
                # … unless the row is the county by name alone ("Dalarna" for "Dalarnas län")
                ms = [
                    m for m in ms
                    if not (m.qtokens & county_named) or any(re.search(r"\blän\b", fold(v)) for v in m.values)
                    # "Dalarna" is the county; "Örebro" alone is the municipality or a part of
                    # the county named after it ("Länsdel = Örebro"), never all of Örebro län
                    # (… also written without "län" in a column of counties: "Norrbottens")
                    or (m.coverage >= 0.999 and all(len(value_tokens(v)) == 1 and (is_county(v) or (v.endswith("s") and is_county(f"{v} län"))) for v in m.values))
                    # … or the county by its region's name ("Region Jämtland Härjedalen" in Kolada)
                    or all(fold(v).startswith("region ") and is_county(v) for v in m.values)
                ]
            # "riket"/"Sverige", "länet": the table's own total rows, never a sub-area
            # (of a column each row has one value of – the county of each municipality – the
            # country's value only repeats the row's own: "riket" is the row, never a slice)
            rows_own = c.of_rows and p.label is not None and c is not p.label and bool(p.label.geo_totals)
            # ("födda i Sverige" of a column "födelseregion" with the value "Sverige": that value,
            # not the country's total row)
            said = _split_words(form.text) & set(country_words)  # "födda i Sverige", "born in Sweden"
            said |= {translations().get(w, w) for w in said}  # ("Sweden": "Sverige")
            literal = bool(said) and any(fold(v) in said for x in p.cats if x is not c and not x.geo_totals for v in x.values)
            if c.geo_totals and country_words and not rows_own and not literal:
                ms.insert(0, ValueMatch(c.name, c.geo_totals[:1], country_words, 1.0, 1.0))
            # ("länet utanför Stockholms stad" names the row "Länet exkl. Stockholms stad": "länet"
            # is that row's own word there, not the county's row beside it – F226-16)
            in_phrase = any(county_words_ & set(words(fold(v))) for m in ms for v in m.values if v not in c.county_totals)
            if (c.county_totals or len(c.county_rows) > 1) and county_words_ and not in_phrase:
                # of several counties' rows, "länet" is the one the named rows lie in
                county = c.county_totals[:1] if len(c.county_totals) == 1 else _county_of(
                    p, c, [v for m in ms for v in m.values if v not in c.every_total and v not in c.county_rows]
                )
                if county:
                    ms.insert(0, ValueMatch(c.name, county, county_words_, 1.0, 1.0))
            out += ms
        if county_words_:
            # "vilken kommun i Södermanland … jämfört med länet": no row named to find the county
            # by, but a county named whole in another column (the county of each municipality)
            named = {fold(v) for m in out for v in m.values if is_county(v)}
            for c in p.cats:
                if len(c.county_rows) > 1 and not any(m.column == c.name and m.qtokens == county_words_ for m in out):
                    hit = tuple(v for v in c.county_rows if fold(v) in named)
                    if len(hit) == 1:
                        out.insert(0, ValueMatch(c.name, hit, county_words_, 1.0, 1.0))
        if country_words:
            # "Sverige" names one thing: in a value's phrase ("Europa utom Sverige") it is that
            # value's word, not the country's row; said alone ("jämfört med Sweden") it is the row,
            # not a value of another split spelled the same
            geo = [m for m in out if m.qtokens <= country_words and (x := p.cat(m.column)) is not None and set(m.values) <= set(x.geo_totals)]
            spelled = set(country_words) | {translations().get(w, w) for w in country_words}  # ("Sweden": "sverige")
            other = [m for m in out if m not in geo and m.qtokens & spelled]
            if geo and other:
                drop = geo if any(len(m.qtokens) > 1 for m in other) else other
                out = [m for m in out if m not in drop]
        # a word names one thing: words that name a slice whole ("Örebro" the Länsdel, "röda
        # kluster" the Kluster) do not also name a row in part ("Örebro söder", "Norra
        # länsdelen, orange kluster"), nor does a word that names a column of slices ("kluster"
        # for the column Kluster)
        label = p.label.name if p.label is not None else None
        whole = [m for m in out if m.coverage >= 0.999 and m.column != label]
        slices = [c for c in p.cats if c.role == "dimension" and not c.is_period]
        # (the noun the rows are asked by – "vilken leverantör" of a column Leverantör – is no word
        # of a row's: "Samtliga leverantörer i Helsingborg" is not named beside the area Helsingborg)
        by_header = frozenset(q for q in form.tokens if p.label is not None and names_column(q, p.label, by_values=False))
        # (a whole value matched by a synonym – "Enskild" of "friskolor" – explains the question's
        # word too: "Friskolan Kvarnen" is no row it names)
        out = [
            m for m in out
            if m.column != label or m.coverage >= 0.999 or not (
                any(m.qtokens - by_header <= _with_synonyms(w.qtokens) for w in whole)
                or all(any(names_column(q, c, by_values=False) for c in slices) for q in m.qtokens)
            )
        ]
        # of a column of measures (a KPI's title), the value named by the most words is the one
        # asked about: "unga som varken arbetar eller studerar" names that KPI, and the "arbetar"
        # in it does not also name "Förvärvsarbetande invånare" (two measures are never one slice)
        for c in p.cats:
            mine = [m for m in out if m.column == c.name]
            if len(mine) > 1 and c.measures:
                most = max(len(m.qtokens) for m in mine)
                out = [m for m in out if m.column != c.name or len(m.qtokens) == most]
                mine = [m for m in out if m.column == c.name]
                # (… and of two named alike, the one the question counts: "hur många är anställda i
                # företag med 10-49 anställda" counts the employees, not the firms)
                counted = [m for m in mine if form.counted and stem(form.counted) in {stem(q) for q in m.qtokens}]
                if len(mine) > 1 and len(counted) == 1:
                    out = [m for m in out if m.column != c.name or m is counted[0]]
        # "kvinnor och män sammantaget" of a split with its own total ("Samtliga"): that total,
        # not both parts side by side
        # ("skillnaden mellan kvinnor och män" compares the parts)
        whole = whole_phrase_words(form.text) if form.op != Op.COMPARE else frozenset()
        if whole:
            for c in p.cats:
                mine = [m for m in out if m.column == c.name and m.qtokens <= whole]
                if len(mine) >= 2 and c.totals and c is not p.label:
                    qt = frozenset().union(*(m.qtokens for m in mine))
                    out = [m for m in out if m not in mine] + [ValueMatch(c.name, c.totals[:1], qt, 1.0, 1.0)]
        # an open band the question names ("3 år el mer", "minst tre års") keeps the values of
        # that band ("… 3 år eller längre") and drops the other side's ("… kortare än 3 år")
        band = band_of(form.text)
        if band is not None:
            for i, m in enumerate(out):
                if len(m.values) > 1 and m.column != label:
                    sides = [band_of(v) for v in m.values]
                    keep = tuple(v for v, b in zip(m.values, sides, strict=True) if b == band)
                    if keep and len(keep) < len(m.values) and any(b is not None and b != band for b in sides):
                        out[i] = replace(m, values=keep)
        # "i två år eller mer" of a split by time without work ("0-5 månader" … "24- månader"): the
        # bands from that length up, when one of them starts there – not the split's total
        since = duration_from(form.text)
        if since is not None:
            for c in p.cats:
                if c.is_period or c is p.label or any(m.column == c.name for m in out):
                    continue
                bands = {v: b for v in c.values if (b := interval_of(v)) is not None}
                if len(bands) < 2 or not any(b[0] == since for b in bands.values()):
                    continue
                keep = tuple(v for v, b in bands.items() if b[0] >= since)
                said = frozenset(t for t in form.tokens if t.isdigit() or t in NUMBER_WORDS or fold(t) in _DURATION_UNIT)
                out.append(ValueMatch(c.name, keep, said, 1.0, 1.0))
        # "65 år eller äldre" of age groups "65–79 år" and "80+ år": every group from that age up
        # (… and "20–64 år" of five-year groups: the groups from 20-24 to 60-64)
        if age_from(form.text) is not None or age_range(form.text) is not None:
            said_at = AGE_FROM.search(fold(form.text)) or AGE_RANGE.search(fold(form.text))
            older = age_from(form.text)
            for c in p.cats:
                # (the label column too: a population pyramid's rows are its age groups)
                if c.is_period:
                    continue
                if any(m.column == c.name for m in out):
                    # "80 år och äldre" of single years ("0 år" … "100+ år"): the bound's own year
                    # matched as a value is the first of the band, not the band
                    mine = [m for m in out if m.column == c.name]
                    if older is None or len(mine) != 1 or len(mine[0].values) != 1 or age_from(mine[0].values[0]) is not None:
                        continue
                    whole = age_range(mine[0].values[0])
                    groups = age_groups_of(c, form.text)
                    if whole is not None and groups and whole[0] < older <= whole[1] and mine[0].values[0] not in groups:
                        # "andel av de förvärvsarbetande 20–64 år … 55 år eller äldre": the band
                        # named as the whole and the groups of the older part, both (a share of
                        # one in the other) – the part had been dropped for the whole's figure
                        said = frozenset(words(AGE_FROM.search(fold(form.text)).group(0)))
                        out = [replace(m, values=m.values + groups, qtokens=m.qtokens | said) if m is mine[0] else m for m in out]
                        continue
                    if not re.fullmatch(rf"{older}\s*(?:år)?", fold(mine[0].values[0]).strip()):
                        continue
                    out = [m for m in out if m is not mine[0]]
                groups = age_groups_of(c, form.text)
                if groups:
                    # (with the band as the question's one token: "20-64")
                    band_text = said_at.group(0).replace("–", "-")
                    said = frozenset(words(said_at.group(0))) | frozenset(t for t in form.tokens if any(ch.isdigit() for ch in t) and t in band_text)
                    out.append(ValueMatch(c.name, groups, said, 1.0, 1.0))
        # "unga arbetslösa" of a table split by age (16-24 / 25-54 / 55-64): the youngest group –
        # unless the table's caption or measure already says it is about the young
        young = young_words(form.text)
        if young and not {stem(w) for y in young for w in words(y)} & (p.caption_terms | frozenset().union(*(v.terms for v in p.values))):
            for c in p.cats:
                if c.is_period or c is p.label or any(m.column == c.name for m in out):
                    continue
                if (v := youngest_group(c)) is not None:
                    out.append(ValueMatch(c.name, (v,), frozenset(w for y in young for w in words(y)), 1.0, 1.0))
        # "andel … förgymnasial" of a KPI given as both a count and a share: the share – and a
        # count asked ("antal", "hur många") keeps the count
        # (… also when different words named them: "antalet arbetslösa" names the count by one
        # word and both measures by the other)
        if form.wants is not None and not form.sized:
            # (… unless the share asked is of a whole the question names – "andel av alla
            # arbetslösa i länet … i Västerås": the count, over the county's)
            of_whole = form.wants == "share" and bool(_WHOLE_ASKED.search(folded) or WHOLE_NAMED.search(folded)) and any(
                is_county(v) for m in out if p.label is not None and m.column == p.label.name for v in m.values
            )
            for column in dict.fromkeys(m.column for m in out):
                cat = p.cat(column)
                named = tuple(dict.fromkeys(v for m in out if m.column == column for v in m.values))
                if cat is None or not cat.measures:
                    continue
                if of_whole and len(named) == 1 and _SHARE_NAME.search(fold(named[0])):
                    # the measure named as a share ("Arbetslösa …, andel av befolkningen") has its
                    # count beside it ("Arbetslösa …, antal"): that count is what is shared out
                    stem_of = _SHARE_NAME.split(fold(named[0]))[0].strip(" ,")
                    counts = [v for v in cat.values if not _SHARE_NAME.search(fold(v)) and stem_of and fold(v).startswith(stem_of)]
                    if len(counts) == 1:
                        out = [replace(m, values=(counts[0],)) if m.column == column else m for m in out]
                    continue
                if len(named) < 2:
                    continue
                shares = tuple(v for v in named if _SHARE_NAME.search(fold(v)))
                keep = shares if form.wants == "share" and not of_whole else tuple(v for v in named if v not in shares)
                if keep and len(keep) < len(named):
                    out = [
                        m if m.column != column else replace(m, values=tuple(v for v in m.values if v in keep))
                        for m in out if m.column != column or any(v in keep for v in m.values)
                    ]
        if form.change_percent:
            # ("med hur många procent …": no value of a unit column, no "Andel …" by the synonym)
            out = [m for m in out if not m.qtokens <= {"procent", "percent", "andel"}]
        said = set(asked)
        added = set(toks) - said  # (the words the translations and synonyms placed)
        # (each placed word stands right after the word it was placed for)
        origin: dict[str, str] = {}
        last = ""
        for t in toks:
            if t in said:
                last = t
            elif t in added and last:
                origin.setdefault(t, last)
        if form.subject:
            # "vilken bransch hade flest varsel": the noun asked about names the column of the rows
            # ("Bransch"), not its value "Övriga branscher"
            # (… also in English: "which industry" names "Bransch" by its translation)
            subject = {form.subject, translations().get(form.subject, form.subject)}
            named = {stem(fold(x)) for x in subject}
            for_subject = subject | {t for t, o in origin.items() if o in subject}
            out = [
                m for m in out
                if not (m.qtokens <= for_subject and stem(fold(m.column)) in named | {stem(x) for x in m.qtokens})
            ]
        counties = [m for m in out if m.values and all(is_county(v) for v in m.values) and (c_ := p.cat(m.column)) is not None
                    and sum(1 for v in c_.values if is_county(v)) >= 2]
        if counties:
            # "the projects in Värmland" of a register with a county column: the county's rows, not
            # the project "Kompetenslyft Värmland" or the owner "Region Värmland" that share its word
            by_county = frozenset().union(*(m.qtokens for m in counties))
            out = [m for m in out if m in counties or not (m.qtokens <= by_county and m.coverage < 0.999)]
        caption_words = {plain(stem(w)) for w in words(fold(p.table.caption))}
        out = [
            m for m in out
            if m.coverage >= 0.999 or not m.qtokens
            or not all(q.isalpha() and len(q) >= 4 and plain(stem(q)) in caption_words and (m.column == label or is_county(q)) for q in m.qtokens)
            or any(is_county(v) or is_total_label(v) or _listed_in(v, caption_words) for v in m.values)
        ]
        # (… and "i Blekinge" of a table captioned "… Region Blekinge": the county is the whole
        # table's, not the rows "Öresundståg … (Blekinges stationer)" that merely hold its name;
        # nor does "rusta och matcha" of a table captioned "Rusta och matcha 2 – resultat per
        # leverantör" name the provider "Rusta Rätt Sverige AB" – words of the caption name the
        # table, a row only when they name it whole; figures and letters are no such words: the
        # "6" of "F-6" names "Åk4-6" of a table captioned "… årskurs F till 6")
        places = [m for m in out if is_geo_header(m.column) and m.coverage >= 0.999]
        if places:
            # "i Åre" of a register with both a "Kommun" and a "Station" named after its town: the
            # municipality's rows, not only those of its station that shares the name – unless the
            # question names that other column ("stationen i Åre")
            by_place = frozenset().union(*(m.qtokens for m in places))
            # (… and "projekt i Åre kommun" of a register whose owner "Åre kommun" is a value beside
            # the Kommun column's "Åre": "i" puts the projects in the place, the organisation
            # named so is another reading – the place's kind after it names the place too)
            folded = fold(form.text)
            kinds = frozenset(
                kind for q in by_place for kind in ("kommun", "län")
                if re.search(rf"\b(?:i|inom|in)\s+{re.escape(q)}s?\s+{kind}\b", folded)
            )
            by_place = by_place | kinds
            out = [
                m for m in out
                if m in places or is_geo_header(m.column) or not m.qtokens <= by_place
                # (by its whole header: "projekt i Åre kommun" names no "Projektägare")
                or any(names_column(w, c) and stem(fold(c.name)) == stem(w) for w in form.tokens if (c := p.cat(m.column)) is not None)
            ]
            # "tätorterna i Ronneby kommun" of urban areas with their Kommun: the municipality's
            # rows – not also the urban area that shares its name (the place's kind names the
            # column whose header it is)
            kind_named = [m for m in out if m in places and fold(m.column).strip() in kinds]
            if kind_named:
                by_kind = frozenset().union(*(m.qtokens for m in kind_named)) | kinds
                out = [m for m in out if m in kind_named or not (m in places and m.qtokens <= by_kind)]
        for column in {m.column for m in out}:
            own = {q for m in out if m.column == column and m.qtokens & said for q in m.qtokens}
            if own:
                # "förvärvsfrekvens jämtland": the indicator the question names, not also "Andel
                # unga … som varken arbetar" by a synonym of the same word ("arbetar") – a synonym
                # of another word ("not" → "nej") names a value of its own
                out = [m for m in out if m.column != column or not (m.qtokens <= added and {origin.get(q, "") for q in m.qtokens} <= own)]
        if form.negated:
            out = _set_aside(p, out, frozenset(form.negated), frozenset(form.excepted))
        used = frozenset().union(*(m.qtokens for m in out)) if out else frozenset()
        # a value found by a word's translation ("merit value" → "meritvärde") is named by that word
        heads = synonym_groups()
        for w, groups in _word_groups(folded, form.content):
            if w not in used and any(heads[g][0] in used for g in groups):
                used = used | {w}
        return out, used

    def features(self, p: Profile, c: ValueColumn, form: Form, wt, matches, used, rank, qvec, follow) -> dict[str, float]:
        tot = sum(w for _, w, *_ in wt) or 1.0
        f = dict.fromkeys(FEATURES, 0.0)
        f["bias"] = 1.0
        others = [o for o in p.values if o is not c]
        # "vilka leverantörer …": the noun asked about names what the rows are, the label
        # column's header ("Leverantör"), as a caption would
        # … and so does the noun counted ("hur många projekt …" of rows named in "Projektnamn")
        label_terms = p.label.terms if (p.label is not None and (form.subject or form.counted)) else frozenset()
        # (… and "vilken organisationstyp har fått mest" of a register grouped by Organisationstyp:
        # the noun names the column the rows are grouped by)
        if form.subject and p.record_level:
            label_terms = label_terms | frozenset().union(*(x.terms for x in p.cats if x.role == "dimension" and not x.is_period))
        # "i Örebro län" names the county: a caption names it only as "Örebro län", while
        # "Örebro, röda kluster" is the municipality's part of it
        county = set(county_words(form.tokens))
        cap_text = p.caption_text if county else ""
        base = rate_base_word(form)
        # a value column that names no measure ("Värde") beside a dimension of measures (a KPI's
        # title): the words that name one of its measures name what the column holds, as a header
        # would – they are the column's words, not a slice's
        measured = [
            m for m in matches
            if (cat := p.cat(m.column)) is not None and cat.measures and cat is not p.label and names_no_measure(c)
        ]
        measure_words = frozenset().union(*(m.qtokens for m in measured)) if measured else frozenset()
        # (a part of a compound names no generic header: "mervärde" is no "Värde" of a budget)
        generic = names_no_measure(c)
        for word, weight, own, parts, syn in wt:
            col_parts = frozenset() if generic else parts
            e_col = max(_explain(own, col_parts, syn, c.terms), 0.5 * _explain(own, col_parts, syn, c.all_terms), _abbreviates(c, word))
            if not e_col and _phrase_in_header(word, form.text, c.name):
                e_col = 0.8  # "daily activity" of "Daglig verksamhet": a synonym phrase the header writes whole
            if not e_col and _modifier_names_column(word, c, p):
                e_col = 0.85  # "rådjursolyckor" of a column "Rådjur" in a table of "viltolyckor"
            if not e_col and word in _money_words() and says_money(f"{c.name} {c.unit or ''}"):
                e_col = 1.0  # "hur mycket pengar …" of "Beviljat (tkr)": the money asked is this column
            if word in form.reference:
                e_col = 0.0  # "underskott mot budget": the deviation is asked, budget is what it is against
            if word == base:
                # "kostnad … per invånare": the base of a rate, said by a header per something
                # ("kr/inv") – not the measure of one that counts the base ("Invånare 65+")
                e_col = 1.0 if per_header(c.name) else 0.0
            # (a synonym names the caption's words, not a part of one: "arbetar", said for
            # "sysselsättningsgraden", is no part "arbet" of "långtidsarbetslösa")
            syn_cap = frozenset(x for x in syn if x in p.caption_words or x not in p.caption_terms)
            e_cap = _explain(own, parts, syn_cap, p.caption_terms) if word not in UNIT_ONLY else 0.0
            # ("procent" of a caption "… Procent" says the unit, not what is measured)
            if word in county and e_cap and not re.search(rf"\b{re.escape(word)}s?\s+läns?\b", cap_text):
                e_cap = 0.0
            if word in (form.subject, form.counted) and label_terms:
                e_cap = max(e_cap, _explain(own, parts, syn, label_terms))
            e_other = 0.0 if word in form.reference or word == base else max(
                (max(_explain(own, parts, syn, o.all_terms), _abbreviates(o, word)) for o in others), default=0.0
            )
            if p.place_rows and word not in words(c.name) and any(
                is_geo_header(x) for x in (word, stem(word), translations().get(word, word))
            ):
                # "över de 13 kommunerna" of a table whose rows are municipalities: the word
                # names the rows, not the column "Chefer i kommunen"
                e_col, e_other, e_cap = 0.0, 0.0, max(e_cap, 1.0)
            entity = word in used
            if word in measure_words:
                e_col, e_other, entity = 1.0, 0.0, False
            f["col"] += weight * e_col
            f["cap"] += weight * e_cap
            f["ent"] += weight * (1.0 if entity else 0.0)
            f["other"] += weight * max(0.0, e_other - e_col)
            if not entity and not e_col and not e_cap and not _explain(own, parts, syn, p.terms):
                if word in PERIOD_SUBJECTS and period_cat_for(p, word) is not None:
                    continue  # "vilken månad" of a table of months ("2025M01" …): its periods
                if word == CHANGE_WORD and form.change and any(x.is_period and len(x.values) > 1 for x in p.cats):
                    continue  # a table of several periods computes the change itself
                f["none"] += weight
        for k in ("col", "cap", "ent", "other", "none"):
            f[k] /= tot
        q_terms = set()
        for _, _, own, parts, syn in wt:
            q_terms |= own | parts | syn
        # the words of the header the question leaves unsaid; an age band or a year ("18–24" of
        # "Unga 18–24 år procent") qualifies the word before it, so it is unsaid only when that
        # word is too ("andel unga" names the column, "unemployment rate" does not name "Andel 20–29 år")
        head = set(head_words(c))
        words_of = {t for t in head if any(ch.isalpha() for ch in t)}
        unsaid = head - q_terms - (head - words_of if words_of & q_terms else set())
        # (… a compound whose head the question says – "nettokostn" of "kostnad" – and the words
        # of a synonym written as a phrase the header holds – "ekonomiskt bistånd" of
        # "socialbidrag" – are said too)
        said_own = {t for _, _, own, _, _ in wt for t in own}  # the question's own words, not their parts
        unsaid = {h for h in unsaid if not any(len(t) >= 4 and len(h) > len(t) + 2 and h.endswith(t) for t in said_own)}
        unsaid -= _phrase_synonym_terms(form.text, form.content, c.name)
        # (… and a coded header's term the question's word writes out: "sjukpenningtal" says "SJPTAL")
        coded = set(_coded_terms(c.name, c.terms)) & unsaid
        unsaid -= {h for h in coded if any(_writes_out(w, (h,)) for w, *_ in wt)}
        if _calendar_year_column(c, form):
            # ("under 2024" says the "Kalenderår" of "Kalenderår 2024")
            unsaid -= {x for w in CALENDAR_YEAR_WORDS for x in (w, stem(w), plain(w), plain(stem(w)))}
        # the words for the young that an age band of the young brings ("25-29 år" → "ungdom",
        # "youth") are one synonym of the band, not words of the header left unsaid: the band
        # is said by them or by its figures
        young = (c.terms & young_terms()) - {stem(w) for w in words(fold(c.name))}
        if young:
            unsaid -= young
            head -= young
            if q_terms & young:
                unsaid = {h for h in unsaid if any(ch.isalpha() for ch in h)}
        # a follow-up ("och i Krokom då?") goes on with the previous question's column: its words
        # were said then
        same_as_before = (
            follow is not None and not form.change and form.wants is None
            and follow.query.table_id == p.id and _same_measure(follow.query.column, c.name, form)
        )
        # (cases counted – "hur många ansökningar fick avslag" of a table of cases – read no value
        # column, so none of its words go unsaid)
        # (… nor "hur många fick avslag, och hur stor andel är det?": the cases counted, then shared)
        # (… nor "hur stor andel av deltagarna fick arbete?": a share of the cases, counted, when
        # the question names no word of the column)
        dims = [m for m in matches if not (p.label is not None and m.column == p.label.name)]
        one_slice = p.record_level and p.case_names and len(set(case_slices(p, form, dims, {m.column: m.values for m in dims}))) == 1
        counted_cases = (
            form.wants == "count" or (form.wants == "share" and (asks("count", form) or (one_slice and not f["col"])))
        ) and p.record_level and p.case_names
        # (… nor does a measure named after the caption – "Befolkningsförändringar" of a table
        # melted from "Födda 2023" … – when the question names one of the measures it splits
        # into: "antal födda" says what is read)
        # (a split by sex or age – "Kvinnor", "65-79 år" – slices the measure; it names none)
        split_named = fold(c.name) in fold(p.table.caption) and any(
            (cat := p.cat(m.column)) is not None and cat is not p.label and not cat.is_period and cat.role != "label"
            and not set(m.values) & set(cat.totals)
            and not {fold(v) for v in cat.values} <= _SEX_WORDS and not any(ch.isdigit() for v in cat.values for ch in v)
            for m in matches
        )
        f["extra"] = len(unsaid) / len(head) if head and not same_as_before and not counted_cases and not split_named else 0.0
        f["generic_col"] = 1.0 if not head else 0.0
        if qvec is not None:
            v = self.column_vectors.get((p.id, c.name))
            f["cos"] = float(np.dot(qvec, v)) if v is not None else 0.0
        f["search"] = 1.0 / (1.0 + (rank - 1) / 3) if rank else 0.0
        if form.wants == "share":
            # (a share of an amount summed over a table of cases is computed: neither for nor against)
            # (nor is a "Värde" column whose KPI dimension holds shares: "… andel (%)" is one of its measures)
            # (… nor is a "varav" count beside its whole: the share of it is computed row by row)
            computed = (p.record_level and p.case_names and not c.is_change) or (c.is_count and _whole_of_part(p, c) is not None)
            # (… and so is an amount's share of the table's own total row: "hur stor andel av
            # totalbudgeten" of a budget with its "Summa")
            computed = computed or (
                is_amount(c) and p.label is not None and bool(p.label.totals) and bool(_WHOLE_ASKED.search(fold(form.text)))
            )
            # (… and so is a count of a slice named of a split with its own total – "80+ år" of
            # Ålder beside "Totalt": the share of the total is computed, row by row)
            computed = computed or (c.is_count and not c.is_change and any(
                (cat := p.cat(m.column)) is not None and cat is not p.label and not cat.is_period and cat.totals
                and not set(m.values) & set(cat.totals)
                for m in matches
            ))
            # (… and so is a count of a place over the county or total row named beside it: "hur
            # stor andel av Östergötlands befolkning bodde i Linköping" – the row over its whole)
            named_rows = [v for m in matches if p.label is not None and m.column == p.label.name for v in m.values]
            computed = computed or (
                is_amount(c) and not c.is_change and len(named_rows) == 2
                and sum(1 for x in named_rows if is_county(x) or x in p.label.every_total) == 1
            )
            # (… and the cases of a slice named – "i arbete 90 dagar efter avslut" = Ja – over
            # every case is the share asked: computed, so for)
            sliced = p.record_level and p.case_names and not c.is_share and any(
                (cat := p.cat(m.column)) is not None and cat.role != "label" and not cat.is_period for m in matches
            ) and (c.name in p.ones or (one_slice and not f["col"]))
            f["share"] = 1.0 if c.is_share or sliced else (0.0 if computed or _holds_share_measures(p, c) else -1.0)
            if c.is_share and share_base_mismatch(p, c, form):
                # "andel av de inskrivna arbetslösa … var 55–64 år" of "55–64 år, andel %" that is
                # of the labour force: a share, but of another whole
                f["share"] = -1.0
            if c.is_count and not c.is_change and _whole_of_part(p, c) is not None and f["col"] > 0 and (
                # (the whole named outright – "andel av alla …" – or as what the table counts,
                # beside a share column of another base: asked last, it reads every column)
                _WHOLE_ASKED.search(fold(form.text)) or any(o.is_share and share_base_mismatch(p, o, form) for o in p.values)
            ):
                # "hur stor andel av alla pågående sjukfall … är psykiatriska diagnoser?": the part
                # the question names, over the whole beside it – the share asked, computed
                f["share"] = 1.0
            if measured:
                # (the measure named is a share, "… andel invånare, %", or is not)
                f["share"] = 1.0 if all(unit_from_text(v) in ("%", "andel") for m in measured for v in m.values) else -1.0
        elif form.wants == "count" and measured:
            f["count"] = -1.0 if any(unit_from_text(v) in ("%", "andel") for m in measured for v in m.values) else 1.0
        elif form.wants == "count":
            # "hur många ansökningar fick avslag" of a table of cases is answered by counting its
            # rows, whatever its value columns hold (kronor)
            # (… but a rate of each case – "Befolkningstäthet, inv. per km2" – counts nothing)
            f["count"] = 1.0 if c.is_count or (p.record_level and p.case_names and c.unit is None) else -1.0
        elif form.wants is None and form.op == Op.SUM:
            # a total ("totalt", "sammanlagt") is of an amount – a count or kronor –, never of a share
            f["count"] = -1.0 if c.is_share else 1.0
        if form.rate_word and form.wants is None:
            # a count is a column of whole numbers that names its measure ("Inskrivna arbetslösa
            # totalt"), whether or not its header says "antal"; a "Värde" of several KPIs is neither
            # (… and so is a column that names none – "Totalt" – beside a share column of the
            # same table: the table gives the rate in that column, the count in this one)
            counted = c.unit in ("antal", "st", "tusental", "hundratal") or (
                c.unit is None and (not names_no_measure(c) or any(o.is_share for o in others))
                and not _holds_share_measures(p, c) and usual_decimals(p, c.name) == 0
            )
            f["rate"] = 1.0 if c.is_share else (-1.0 if counted else 0.0)
        elif form.wants is None and c.is_share and _amount_twin(p, c) and not same_as_before:
            # "avvikelsen" of "Avvikelse" beside "Avvikelse %": no rate word, no "procent" – the amount
            f["rate"] = -1.0
        label_matches = [m for m in matches if p.label and m.column == p.label.name]
        f["nent"] = min(len(label_matches), 3) / 3
        # how fully the named rows are named: a shared word naming a group counts fully,
        # "Karlskoga" for "Karlskoga östra tätort" only in part
        if label_matches:
            f["ent_cov"] = sum(1.0 if len(m.values) > 1 else m.coverage for m in label_matches) / len(label_matches)
        f["ndim"] = min(len([m for m in matches if (not p.label or m.column != p.label.name) and m not in measured]), 2) / 2
        if form.op in (Op.RANK, Op.THRESHOLD, Op.COUNT) and not label_matches:
            f["rankable"] = -1.0 if p.body_rows < 3 else min(1.0, math.log(1 + p.body_rows) / math.log(30))
        if form.op == Op.LOOKUP and not label_matches and p.body_rows > 1 and not form.group_by:
            # ("hur många … per insatsområde" names its rows by the group, a figure for each)
            f["lookup_norows"] = 1.0
        asked = bool(form.years or form.months or form.periods or form.quarters)
        if asked:
            # (… or the column is the asked year's measure: "Medianinkomst, tkr 2023" when the
            # question names that measure – "EAA, 2010" for a question about income types is a
            # year of something else. A bare "2021" names no measure: counted as a hit it let one
            # held-out question be answered surely and wrongly, so it stays a miss and asks back.)
            ok = _period_values(p, form) or header_names_period(c.name, form) or _year_sibling(p, c, form) or _calendar_year_column(c, form) or (
                len(form.years) == 1 and bool(re.search(rf"(?<!\d){form.years[0]}(?!\d)", c.name)) and (
                    f["col"] > 0
                    # (… or a column of only generic words and the year – "Andel 2024, %", "Antal
                    # 2024" – under a caption that names the measure asked: "… med försörjningsstöd
                    # 2024" of "Tabell 3. Vuxna biståndsmottagare …" – F226-02; a bare "2024" stays
                    # a miss, and a part of the year – "2024 kv1" – is no figure of the year)
                    or f["cap"] > 0 and f["generic_col"] > 0 and bool(without_years(c.name).strip(" ,%()"))
                    and not names_part_of_year(c.name)
                )
            ) or (
                # "flest nystartade företag 2024" of a bare "2024" beside "2023" under a caption
                # that names the measure and those years ("Nystartade företag … 2023 och 2024")
                # (two or more such columns, every one a year the caption names: one "2017" beside
                # other measures is no column of years)
                # (… or a year series, most of the value columns bare years: "2023", "2024", "2025
                # prel." under a caption that names only the preliminary year)
                # (a year marked preliminary – "2025 prel." – is that year's column)
                len(form.years) == 1 and without_preliminary_mark(c.name) == str(form.years[0]) and f["cap"] > 0
                and len(bare := [y for v in p.values if re.fullmatch(r"(?:19|20)\d\d", y := without_preliminary_mark(v.name))]) >= 2
                and ({int(y) for y in bare} <= p.caption_years or (len(bare) >= 3 and 2 * len(bare) > len(p.values))
                     # (… or the years with their change beside them: "2023", "2022", "Förändring")
                     or all(v.name in bare or is_change_header(v.name) for v in p.values))
            ) or (
                # "viltolyckor 2025" of "Totalt 2025" beside "Totalt 2024" under a caption that
                # names what is counted: the year's total
                len(form.years) == 1 and f["cap"] > 0 and is_total_label(without_years(c.name))
                and set(years_in(c.name)) == set(form.years)
                and any(v is not c and without_years(v.name) == without_years(c.name) and years_in(v.name) for v in p.values)
            ) or (
                # "mellan 2022 och 2024" of a column per year of the measure: both years are there
                # (… and of bare years, "2020" … "2024", under a caption that names the measure)
                # (… or "Totalt 2023" / "Totalt 2024": the measure's totals, the caption naming it)
                (f["col"] > 0 or (f["cap"] > 0 and (not without_years(c.name) or is_total_label(without_years(c.name)))))
                and _year_columns(p, c, form) is not None
            ) or (
                # "under 2024" of "Totalt" beside "2024 kv1" … "2024 kv4": the row sums of the
                # asked year's columns – checked on the figures, not taken from the caption
                _sums_year_columns(p, c, form)
            ) or (
                # "2024K2" of a column headed "2024K2": a quarter or month is no bare year (which
                # names no measure), and the caption names what is counted
                _names_header_period(c.name, form)
            ) or (
                # "Januari" … "December" of a table captioned "per månad, 2023": the caption's one
                # year is its months' (a year in the caption alone stays a miss – "… 2025 GR." is
                # the year of a comparison of municipalities; and taking it for every column of a
                # table with "Budget 2024" beside "Avvikelse" turned one held-out question from
                # abstained to confidently wrong)
                bool(form.years) and not form.periods and len(p.caption_years) == 1
                and set(form.years) == p.caption_years and header_years(p) <= p.caption_years
                and not any(x.is_period and any(_year_of(v) for v in x.values[:50]) for x in p.cats)
                and any(x.is_period for x in p.cats)
            ) or (
                # "Pendling över kommungräns 2023" with no period anywhere else – no period
                # column, no year in a header: an export of one year, the caption's
                bool(form.years or form.months) and not form.periods and len(p.caption_years) == 1
                and (not form.years or set(form.years) == p.caption_years) and not header_years(p) and not any(x.is_period for x in p.cats)
                # (… and "i oktober (2024)" of a caption "…, oktober 2024": the caption's month too)
                and (not form.months or set(form.months) == {MONTHS[w] for w in words(fold(p.table.caption)) if w in MONTHS and len(w) > 3})
            ) or _caption_period(p, c, form, f["col"] > 0) or _caption_school_year(p, form) or (
                # "i september" of running totals ("jan" … "jan–sep" … "jan–okt"): the total to
                # September, of which September is computed (operation.running_months)
                (form.months or form.quarters) and running_months(p, c, form)[:1] == (c.name,)
            )
            if not ok and change_since(p, c, form) is not None:
                ok = True  # ("andelen 2023" of "Andel 2024, %" beside its change since 2023: computed when built)
            if not ok and form.change and c.is_change and len(set(form.years)) == 2 and any(
                max(form.years) in header_years_of(v.name) and (x := change_from(p, v, min(form.years))) is not None and x.name == c.name
                for v in p.values
            ):
                ok = True  # ("förändrats mellan 2023 och 2024" of "Förändr. antal" beside "Antal 2024" under "… jämfört med 2023")
            if (
                ok and form.years and p.caption_years and not set(form.years) & p.caption_years and not header_years(p)
                and not any(x.is_period and any(_year_of(v) for v in x.values[:50]) for x in p.cats)
            ):
                # "i mars 2025" of the months "Januari" … "December" of a sheet captioned "… 2024"
                # beside the workbook's sheet of 2025: March, but of another year (the two sheets
                # had been equally good readings, and the question was asked back)
                ok = False
            # (a header that names another month than the one asked – "Arbetslösa aug 2025" for "i
            # september 2025" – is of the right year but not the period asked)
            col_months = {MONTHS[w] for w in words(fold(c.name)) if w in MONTHS} | months_named(c.name)
            if ok and form.months and col_months and not set(form.months) & col_months:
                ok = False
            if ok and form.months and not col_months and _whole_years_only(p):
                # "i december 2024" of a table of whole years ("årsmedeltal 2022–2024"): the year's
                # figure is no December's (round 214's AKU averages had answered for AF's December)
                ok = False
            quarter_months = set(months_of_quarters(form.quarters))
            if (
                not ok and quarter_months and not form.months and col_months and col_months <= quarter_months
                and not any(x.is_period for x in p.cats) and (not form.years or set(form.years) & (header_years_of(c.name) or p.caption_years))
            ):
                ok = True  # ("andra kvartalet" of "jan" … "nov": April, May and June, added up when built)
            # months across ("jan" … "dec" of the caption's year) beside whole years ("Helår
            # 2024"): "i januari 2024" is the column "jan", not the year's
            across = bool(form.months or form.years) and not any(x.is_period for x in p.cats) and months_across(p)
            if across and form.months and not col_months:
                ok = False
            elif across and form.months and not ok and set(form.months) & col_months and (
                set(form.years) <= (header_years_of(c.name) or p.caption_years)
            ):
                ok = True  # ("jan" under a caption of 2024, "Månad 2024 jan": the month asked)
            elif across and form.years and not form.months:
                # "… 2023" (no month) of months across beside the year's total ("Helår 2023"): the
                # year's column, not one of its months
                ok = not col_months and bool(set(years_in(c.name)) & set(form.years))
            # a sheet of the period asked ("2024", "Dec 2024") beside the same workbook's sheets
            # of other periods, none with a period column: no miss, though no column says so either
            sheet = self._period_sheets().get(p.id)
            captioned = sheet is not None and (
                bool(form.years) and set(form.years) == {sheet[0]} and (
                    (not form.months and sheet[1] == 0) or (len(form.months) == 1 and form.months[0] == sheet[1])
                )
                # "i juni" with no year, of a workbook with a sheet per month: June's sheet
                or not form.years and len(form.months) == 1 and form.months[0] == sheet[1]
            )
            if ok or not captioned:
                f["period_hit" if ok else "period_miss"] = 1.0
        f["part"] = 1.0 if p.is_part else 0.0
        f["consolidated"] = 1.0 if p.table.source_tables else 0.0
        if follow is not None:
            same_table = follow.query.table_id == p.id
            f["ctx_table"] = 1.0 if same_table else 0.0
            # the same measure, in this table or in another copy of it ("Arbetslöshet (%)" in the
            # export, "Arbetslöshet" in the report)
            f["ctx_col"] = 1.0 if _same_measure(follow.query.column, c.name, form) else 0.0
            f["followup_other"] = 0.0 if same_table else 1.0
        f["no_topic"] = 1.0 if not wt else 0.0
        return f

    # ------------------------------------------------------------------ the query


# ------------------------------------------------------------------------------ helpers


_HEADER_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _swapped_header(before: str, now: str, form: Form) -> bool:
    """Is ``now`` the header ``before`` with some of its words swapped for words the question says
    ("Muskuloskeletala diagnoser Kvinnor" → "… Män" for "och för männen?"), and the rest kept?"""
    a, b = set(words(fold(before))), set(words(fold(now)))
    gone, new = a - b, b - a
    said = set(form.tokens) | {k for t in form.tokens for k in kin_words().get(t, ())}
    return bool(gone) and bool(new) and len(a & b) >= 1 and all(any(t == w or token_similarity(t, w) for t in said) for w in new)


def _bare_year(form: Form) -> bool:
    """A year asked with no part of it: "under 2024", not "våren 2024", "i mars 2024", "kv 2 2024"."""
    return bool(form.years) and not (form.periods or form.months or form.quarters)


def _calendar_year_column(c, form: Form) -> bool:
    """"under 2024" of "Kalenderår 2024" ("Helår 2024", "År 2024", "2024, hela året") beside the
    year's terms or quarters: the column of the year as a whole."""
    if not _bare_year(form) or len(form.years) != 1 or names_part_of_year(c.name):
        return False
    year = form.years[0]
    words_ = "|".join(sorted(CALENDAR_YEAR_WORDS - {"hela"}, key=len, reverse=True)) + "|hela året"
    return bool(re.search(rf"\b(?:{words_})\s*{year}(?!\d)|(?<!\d){year}\s*,?\s*(?:{words_})\b", fold(c.name)))


def _year_sibling(p: Profile, c, form: Form) -> bool:
    """"2024" of "Värde 2024" beside "Värde 2023": columns whose headers differ by their year
    alone are one measure by year – the asked year's column covers it (the year is no measure
    of its own, but it picks among its siblings). And "mellan 2023 och 2024" of "Förändring"
    beside them: the change between two years the table's other headers hold."""
    years = {str(y) for y in form.years}
    if c.is_change and len(years) == 2 and not _HEADER_YEAR.search(c.name):
        return years <= {y for v in p.values for y in _HEADER_YEAR.findall(v.name)}
    if len(years) != 1:
        return False
    year = years.pop()
    if year not in _HEADER_YEAR.findall(c.name):
        return False
    if _bare_year(form) and names_part_of_year(c.name):
        # "under 2024" of "VT 2024" beside "VT 2025": a term is half the year asked, not the year
        # (round 165 had answered the spring term's 817 for "Kalenderår 2024"'s 1 117)
        return False
    # "i oktober 2025" of "September 2025" beside "September 2024": the year is there, the month not
    named = {MONTHS[w] for w in words(fold(c.name)) if w in MONTHS and len(w) > 3}
    if form.months and named and not named & set(form.months):
        return False

    def without(name: str, y: str) -> str:
        return re.sub(rf"(?<!\d){y}(?!\d)", "", name).strip()

    base = without(c.name, year)
    return bool(base) and any(
        v is not c and any(y != year and without(v.name, y) == base for y in _HEADER_YEAR.findall(v.name)) for v in p.values
    )


_COMPARED = re.compile(r"\b(?:jämfört|jämförelse|jämförda|sedan|compared|since|mot|relativt|samt)\b")


def _caption_school_year(p: Profile, form: Form) -> bool:
    """"läsåret 24/25" of a sheet captioned "Slutbetyg i årskurs 9 läsåret 2024/25" with no period
    column and no year in a header: the caption's school year is every column's."""
    if not form.periods or header_years(p) or any(x.is_period for x in p.cats):
        return False
    asked = school_years(" ".join(form.periods))
    return bool(asked) and asked <= school_years(p.table.caption + " " + (p.table.sheet or ""))


def _caption_period(p: Profile, c, form: Form, named: bool = False) -> bool:
    """A table of one period named by its caption beside the period it is compared with
    ("…, september 2025, samt förändring av andelen jämfört med september 2024"), with no period
    column and no year in a header: the period before the comparison is the table's own, and
    a column of change covers both ("mellan sept 2024 och sept 2025"). Headers may name the
    years too when the column read names none and the question ``named`` it ("älgolyckor" of
    "Älg" beside "Totalt 2025", "Totalt 2024²" of "… per kommun och djurslag 2025, samt totalt
    2024"; "trafikolyckor" of "Trafikolycka" beside "Totalt 2024", "Totalt 2023" of "… per
    brandstation och händelsetyp 2024"): it is of the caption's own year."""
    if not (form.years or form.months) or form.periods or any(x.is_period for x in p.cats):
        return False
    caption = fold(p.table.caption)
    own = _COMPARED.split(caption, maxsplit=1)[0]
    own_years = set(years_in(own))
    if not own_years:
        return False
    # (… the caption's own year a header's too – "Totalt 2024" beside "Totalt 2023" under "… 2024"
    # – and the column read writes none: the other years are only the headers that say them)
    if header_years(p) and (not named or years_in(c.name) or not own_years <= header_years(p)):
        return False
    every_year = set(years_in(caption))

    def months_of(text: str) -> set[int]:
        return {MONTHS[w] for w in words(text) if w in MONTHS and len(w) > 3}

    if form.months and not set(form.months) <= months_of(caption):
        return False
    if set(form.years) <= own_years and (not form.months or set(form.months) <= months_of(own)):
        return True
    # (the change column, of a question about the change between the two)
    return c.is_change and len(set(form.years)) == 2 and set(form.years) == every_year


def _display_names(labels) -> frozenset[str]:
    from ..labels import display_label

    return frozenset(fold(display_label(v).split(" (")[0]) for v in labels)


def _row_key(value: str) -> str:
    """A row by its display name ("Örebro_Vivalla" and "Vivalla (Örebro)" agree)."""
    from ..labels import display_label

    return fold(display_label(value).split(" (")[0])


def _figures_by_row(p: Profile, column: str) -> dict[str, float] | None:
    """A column's figure per body row, by the row's display name; None when a name stands on
    more rows than one (a long table: the row alone does not say which figure)."""
    label = p.label
    frame = p.table.frame
    if label is None or label.name not in frame.columns or column not in frame.columns:
        return None
    totals = set(label.totals)
    out: dict[str, float] = {}
    for name, value in zip(frame[label.name], frame[column]):
        if not isinstance(name, str) or name in totals:
            continue
        key = _row_key(name)
        if key in out:
            return None
        out[key] = float(value) if pd.notna(value) else math.nan
    return out


def _other_figures_on_shared_rows(a: Reading, b: Reading) -> bool:
    """Do two tables give other figures for the rows both name? A part or a copy of a table
    repeats its figures; a table of another service whose providers partly recur does not."""
    fa, fb = _figures_by_row(a.profile, a.column.name), _figures_by_row(b.profile, b.column.name)
    if not fa or not fb:
        return False
    shared = [k for k in fa.keys() & fb.keys() if not (math.isnan(fa[k]) or math.isnan(fb[k]))]
    # (a report may print the export's figures rounded: 10,9 of 10,85 is the same figure)
    return any(abs(fa[k] - fb[k]) > max(0.051, 0.005 * max(abs(fa[k]), abs(fb[k]))) for k in shared)


def _row_names(p: Profile) -> frozenset[str]:
    """The body rows of a table by their display names ("Örebro_Vivalla" and "Vivalla" agree)."""
    label = p.label
    if label is None:
        return frozenset()
    totals = set(label.totals)
    return frozenset(_row_key(v) for v in label.values if v not in totals)


def _context_words(form: Form, follow: Context | None) -> tuple[str, ...]:
    """"Hur hög är arbetslösheten där?": the rows the previous answer named, as words, so they
    are found in whichever table holds the new measure."""
    if follow is None or not follow.labels:
        return ()
    # (… and "jämfört med länet då?": the rows compared with their county or the country)
    tw = total_words()
    versus_total = form.followup and bool(
        phrase_words(tw["county"], fold(form.text)) or phrase_words(tw["country"], fold(form.text))
    )
    if not (form.refers_back or versus_total):
        return ()
    if versus_total and not form.refers_back and follow.query.op in (Op.SUM, Op.MEAN) and not follow.query.rows:
        # ("och vad blir förvärvsfrekvensen för länet som helhet då?" after the county's employed
        # added up: the rows were the county's whole, none of them was named to compare with it)
        return ()

    from ..labels import display_label

    return tuple(w for label in follow.labels[:3] for w in words(display_label(label).split(" (")[0]))


def _same_measure(before: str, name: str, form: Form) -> bool:
    """Is column ``name`` the measure of the previous reading's column ``before`` – the same one
    ("Arbetslöshet (%)" ~ "Arbetslöshet"), or its sibling of the year a follow-up names ("och
    2023?" after "Helår 2024": "Helår 2023")?"""
    if column_key(before) == column_key(name):
        return True
    years = set(years_in(name))
    if not form.years or not years or not years <= set(form.years):
        return False
    return column_key(without_years(before)) == column_key(without_years(name))


def _county_of(p: Profile, c: CatColumn, rows: list[str]) -> tuple[str, ...]:
    """The county row of ``c`` that the ``rows`` lie in, by a column of counties beside them
    ("Län" = "Gävleborgs län" for Ljusdal); () when the rows lie in none or in several."""
    frame = p.table.frame
    if not rows or c.name not in frame.columns:
        return ()
    mine = frame[frame[c.name].astype(str).isin(rows)]
    for other in p.cats:
        if other.name == c.name or other.is_period or other.name not in frame.columns:
            continue
        vals = set(mine[other.name].astype(str))
        if len(vals) == 1 and is_county(next(iter(vals))):
            # (a row written with its code – "21 Gävleborgs län" – is the county "Gävleborgs län")
            # ("Region Östergötland" is the county "Östergötlands län" of Vadstena)
            county = county_root(next(iter(vals)))
            hit = tuple(v for v in c.county_rows if county_root(v) == county)
            if hit:
                return hit
    return ()


def follow_context(form: Form, context: Context | None) -> Context | None:
    return context if (context is not None and (form.followup or form.refers_back)) else None


@lru_cache(maxsize=1)
def _synonym_stems() -> dict[str, tuple[int, ...]]:
    """Stem of each one-word synonym → the groups it belongs to."""
    out: dict[str, list[int]] = {}
    for i, group in enumerate(synonym_groups()):
        for member in group:
            if " " not in member:
                out.setdefault(stem(member), []).append(i)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def _head_groups(word: str) -> frozenset[int]:
    """The synonym groups of a compound's head – its longest ending of six letters or more that
    is a one-word synonym ("klimatranking" → "ranking")."""
    stems = _synonym_stems()
    return next((frozenset(stems[word[i:]]) for i in range(3, len(word) - 5) if word[i:] in stems), frozenset())


@lru_cache(maxsize=4096)
def _phrase_synonym_terms(text: str, content: tuple[str, ...], header: str) -> frozenset[str]:
    """The stems (with their spelling without å/ä/ö) of the several-word synonyms of the
    question's words that ``header`` writes whole ("ekonomiskt bistånd" for "socialbidrag")."""
    folded = fold(header)
    groups = {g for w in content for g in _synonym_stems().get(stem(w), ())}
    # (… and of the question's own phrases: "daily activity" for "Daglig verksamhet")
    groups |= {g for ph, g in _synonym_phrases() if says(fold(text), ph)}
    out: set[str] = set()
    for g in groups:
        for member in synonym_groups()[g]:
            if " " in member and says(folded, fold(member)):
                out |= {stem(w) for w in words(fold(member))}
    return with_plain(frozenset(out))


@lru_cache(maxsize=4096)
def _phrase_in_header(word: str, text: str, header: str) -> bool:
    """Is ``word`` part of a synonym phrase of the question ("daily activity") whose group has
    a member of several words that the header writes whole ("Daglig verksamhet")? (A group's
    several-word members teach no single word: "utan arbete" is no synonym of every "arbete".)"""
    folded, head = fold(text), fold(header)
    for ph, g in _synonym_phrases():
        if word in ph.split() and says(folded, ph):
            if any(" " in m and m != ph and says(head, fold(m)) for m in synonym_groups()[g]):
                return True
    return False


@lru_cache(maxsize=64)
def _word_groups(folded: str, content: tuple[str, ...]) -> tuple[tuple[str, frozenset[int]], ...]:
    """Each topic word of a question with the synonym groups it belongs to, by itself or in a
    phrase of the question (once per question, not once per table)."""
    phrases = [(ph, g) for ph, g in _synonym_phrases() if says(folded, ph)]
    return tuple(
        (w, frozenset(_synonym_stems().get(stem(w), ())) | frozenset(g for ph, g in phrases if w in ph.split()))
        for w in content
    )


@lru_cache(maxsize=1)
def _synonym_phrases() -> list[tuple[str, int]]:
    # (… and hyphenated ones, whose words the question's tokens split: "out-commuters")
    return [(member, i) for i, group in enumerate(synonym_groups()) for member in group if " " in member or "-" in member]


def _head_of_column_compound(word: str, p: Profile, kin: dict[str, tuple[str, ...]]) -> str | None:
    """The head of a compound whose tail names one of the table's columns ("bygg|branschen" of
    "näringsgren", by the lexicon's "bransch") and whose head names a value of it – itself, by a
    synonym, or as the start of a value's word ("bygg" of "Byggverksamhet"); None otherwise."""
    if len(word) < 8 or any(word in c.token_values for c in p.cats):
        return None
    for i in range(3, len(word) - 3):
        head, tail = word[:i], word[i:]
        names = (tail, stem(tail), *kin.get(tail, ()), *kin.get(stem(tail), ()))
        for cat in p.cats:
            if cat.is_period or not any(names_column(x, cat, by_values=False) for x in names):
                continue
            for h in dict.fromkeys((head, head.removesuffix("s"))):
                if len(h) < 3:
                    continue
                if h in cat.token_values or any(m in cat.token_values for m in kin.get(h, ())) or (
                    len(h) >= 4 and any(tok.startswith(h) and len(tok) > len(h) for tok in cat.token_values)
                ):
                    return h
    return None


def _numbered_row(p: Profile, form: Form) -> ValueMatch | None:
    """The row a question names by its number ("insats 3", "åtgärd nr 2") in a label column of
    rows numbered "1. …", "2. …" – one row with that number, three numbered rows at least."""
    numbers = numbered_rows(p.label)
    if not numbers:
        return None
    for noun, number in asked_row_numbers(form.text):
        rows = numbers.get(number, [])
        if len(rows) == 1:
            return ValueMatch(p.label.name, (rows[0],), frozenset({noun, str(number)}), 1.0, 1.0)
    return None


def _translated(tokens: tuple[str, ...], english: bool = False) -> tuple[str, ...]:
    """The question's tokens, each followed by its synonym group's head word (so "Örebro county"
    names "Örebro län"); in English also after each phrase of several words."""
    tr = translations()
    # each head word right after the word it translates, so that "Örebro county" reads as
    # "örebro county län" and a value's words stay next to each other ("Örebro län")
    placed: list[str] = []
    for t in tokens:
        placed.append(t)
        if t in tr and tr[t] not in tokens and tr[t] not in placed:
            placed.append(tr[t])
    tokens = tuple(placed)
    if not english:
        return tokens
    # an English phrase of several words ("foreign born", "upper secondary") names its group's
    # head, placed right after the phrase like a single word's
    form_heads = form_words() | single_words("count") | single_words("share")  # "how many" asks, it names no row
    after: dict[int, list[str]] = {}
    added: set[str] = set()
    for group in synonym_groups():
        head = group[0]
        if " " in head or head in tokens or head in added or head in form_heads:
            continue
        for m in group[1:]:
            words_ = m.replace("-", " ").split()
            if len(words_) < 2:
                continue
            at = next((i for i in range(len(tokens) - len(words_) + 1) if tokens[i : i + len(words_)] == tuple(words_)), None)
            if at is not None:
                after.setdefault(at + len(words_) - 1, []).append(head)
                added.add(head)
                break
    return tuple(x for i, t in enumerate(tokens) for x in (t, *after.get(i, ())))


def _names(member: str, word: str, folded: str) -> bool:
    if " " in member:
        return bool(says(folded, member)) and word in member.split()
    return member == word or (len(word) >= 5 and len(member) >= 5 and stem(member) == stem(word))


# Words for the data itself ("i registret", "enligt tabellen"): they say which table, nothing of the cases.
_DATA_WORDS = re.compile(r"(?:regist|tabell|statistik|underlag|export|sammanställ|lista)\w*$|(?:filen|filer|filerna|data|datan|datat)$")


def _spelt_plain(x: str, terms: frozenset[str]) -> bool:
    """Is ``x`` in ``terms`` only as another term's form without å/ä/ö ("vard" of "värd")?"""
    return x.isascii() and any(y != x and not y.isascii() and plain(y) == x for y in terms)


def _meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two sets of terms share a word – not merely a form without å/ä/ö that both made of
    words that differ in them ("vården" and "Värde" both give "vard")? A side written plain
    ("nystartade_foretag") meets the other's Swedish spelling."""
    common = a & b
    return bool(common) and any(not (_spelt_plain(x, a) and _spelt_plain(x, b)) for x in common)


# The heads of compounds that say how much of something is measured, not what ("gods|mängd",
# "passagerar|antal"): the first part names the measure.
_MEASURE_HEADS = frozenset(plain(stem(w)) for w in ("mängd", "antal", "andel", "volym", "värde", "nivå", "summa", "belopp", "storlek"))


def _names_measure_compound(own: frozenset[str], terms: frozenset[str]) -> bool:
    """Is a term a compound of the word and a head of mere quantity ("godsmängd" of "gods", with
    or without the joining -s: "god" + "s" + "mäng")?"""
    for t in terms:
        for x in own:
            if len(x) >= 3 and len(t) > len(x) + 3 and t.startswith(x):
                rest = plain(t[len(x):])
                if rest in _MEASURE_HEADS or (rest[:1] == "s" and rest[1:] in _MEASURE_HEADS):
                    return True
    return False


def _says_spell(p: Profile, form: Form, word: str) -> bool:
    """Is ``word`` a word of cases still running ("pågående", "fortfarande") that a register's
    start and end dates explain?"""
    return form.open_spell and fold(word) in open_spell_words() and spell_read(p, form)


@lru_cache(maxsize=262_144)
def _explain(own: frozenset[str], parts: frozenset[str], syn: frozenset[str], terms: frozenset[str]) -> float:
    if _meet(own, terms):
        return 1.0
    if _names_measure_compound(own, terms):
        return 0.9
    if _meet(syn, terms):
        return 0.8
    # a header an export wrote without å/ä/ö ("bidrag_kr_per_manad", "stodform"): the question's
    # word in its Swedish spelling is the same word – not a plain form with_plain gave a Swedish
    # header ("vard" of "Värde" is no "vården", round 152)
    if any(plain(x) != x for x in own):
        written = terms - {q for u in terms if (q := plain(u)) != u}
        if _meet(frozenset(plain(x) for x in own if plain(x) != x), written):
            return 0.95
    # the stemmer leaves an adjective's neuter -t ("förgymnasialt" beside "förgymnasial"): a long
    # stem one letter short of a term is the same word
    if _one_letter_short(own, terms):
        return 0.9
    # … and a noun's definite neuter -et ("beloppet", "projektet" beside "belopp", "projekt")
    if any(len(x) >= 7 and x.endswith("et") and x[:-2] in terms for x in own):
        return 0.9
    # … and an -a noun's definite -n, which the stemmer leaves on a long compound ("grundskolan"
    # beside "Nettokostnad grundskola" → "grundskol")
    if any(len(x) >= 8 and x.endswith("an") and x[:-2] in terms for x in own):
        return 0.9
    # … and the stemmer's cut of "-ens" ("förvärvsfrekvens" → "förvärvsfrekv", while
    # "förvärvsfrekvensen" → "förvärvsfrekvens"): the same noun
    if any(len(x) >= 8 and x.endswith("ens") and x[:-3] in terms for x in own) or any(
        len(t) >= 8 and t.endswith("ens") and t[:-3] in own for t in terms
    ):
        return 0.9
    if _one_letter_short(syn, terms):
        return 0.7
    if own & _linking_s_variants(terms):
        # a compound written with or without its linking s ("fritidsassistenter" of a header
        # "Fritidassistent"): the same word, one of the two spellings a slip
        return 0.9
    if own & _tails(terms):
        # "trafikolyckor" of a caption's "vägtrafikolyckor": the question's word ends a compound
        # of the table, which names a kind of it (a Swedish compound's last part is what it is)
        return 0.6
    if _meet(parts, terms):
        return 0.5
    if own & _heads(terms):
        return 0.5  # "projekt" heads "projektnamn", "projektlista": compounds the index did not split
    if syn & _heads(terms):
        return 0.4  # "sickness benefit" (sjukpenning) heads "sjukpenningtal"
    return 0.0


def _modifier_names_column(word: str, c: ValueColumn, p: Profile) -> bool:
    """Does a compound name a column by its first part, its last part being what the whole
    table counts ("rådjursolyckor" of "Rådjur" beside "Älg" in a table of "viltolyckor")?"""
    if len(word) < 10 or not word.isalpha():
        return False
    subject = _plain_long(p.caption_terms)
    for k in range(3, len(word) - 4):
        if not names_subject(plain(stem(word[k:])), subject):
            continue
        head = word[:k]
        if any(h in c.terms or stem(h) in c.terms for h in {head, head[:-1] if head.endswith("s") and k > 3 else head}):
            return True
    return False


def _one_letter_short(stems: frozenset[str], terms: frozenset[str]) -> bool:
    return bool(stems & _chopped(terms))


@lru_cache(maxsize=65536)
def _heads(terms: frozenset[str]) -> frozenset[str]:
    """The first parts (six letters or more, three or more left over) of the terms: the heads of
    compounds ("projekt" of "projektnamn")."""
    return frozenset(t[:k] for t in terms if t.isalpha() and len(t) <= 24 for k in range(6, len(t) - 2))


@lru_cache(maxsize=4096)
def _plain_long(terms: frozenset[str]) -> frozenset[str]:
    """The terms of five letters or more, written plain: what a table is about, by its caption
    (read once per caption, not once per word and column)."""
    return frozenset(plain(x) for x in terms if len(x) >= 5)


@lru_cache(maxsize=65536)
def _tails(terms: frozenset[str]) -> frozenset[str]:
    """The last parts (seven letters or more, three or more before them) of the terms: what a
    compound is a kind of ("trafikolyck" of "vägtrafikolyck")."""
    return frozenset(t[k:] for t in terms if t.isalpha() and len(t) <= 24 for k in range(3, len(t) - 6))


@lru_cache(maxsize=65536)
def _linking_s_variants(terms: frozenset[str]) -> frozenset[str]:
    """The long terms (nine letters or more) with a linking s put in or taken out between two
    parts of four letters or more: "fritidassistent" ↔ "fritidsassistent"."""
    out = set()
    for t in terms:
        if len(t) < 9 or not t.isalpha():
            continue
        for i in range(4, len(t) - 3):
            out.add(t[:i] + "s" + t[i:])
            if t[i] == "s" and i + 1 <= len(t) - 4:
                out.add(t[:i] + t[i + 1:])
    return frozenset(out - terms)


@lru_cache(maxsize=65536)
def _chopped(terms: frozenset[str]) -> frozenset[str]:
    """The long terms without their last letter (a frozenset's hash is cached, so this is cheap)."""
    return frozenset(t[:-1] for t in terms if len(t) >= 8)


def _names_header_period(header: str, form: Form) -> bool:
    """Does the question name the quarter or month a header is ("2024K2" asked as "2024K2",
    "Q2 2024" or "andra kvartalet 2024"; "2024M03" as "mars 2024")? A bare year is not enough."""
    h = fold(header).strip()
    # ("Andel behöriga 2023/24" asked as "läsåret 23/24" or "2023/24")
    if (own := school_years(header)) and form.periods:
        return bool(own & school_years(" ".join(form.periods)))
    # ("2024K2", "2024 kv2", "2024 kvartal 2", "Q2 2024")
    if (quarter := header_quarter(header)) is not None:
        y, q = quarter
        return (y in form.years and q in form.quarters) or (y, q) in {period_key(x.replace(" ", "")) for x in form.periods}
    # ("2024M03", "2024-03", and "202403" of a report that writes months so)
    if (m := re.fullmatch(r"((?:19|20)\d\d)\s*(?:m|-)?(\d{2})", h)) and 1 <= int(m.group(2)) <= 12:
        y, mo = int(m.group(1)), int(m.group(2))
        return (y in form.years and mo in form.months) or (y, mo) in {period_key(x.replace(" ", "")) for x in form.periods}
    return False


_SHARE_NAME = re.compile(r"%|\bandel\b|\bprocent\b|\bshare\b|\bproportion\b")


UNIT_ONLY = frozenset({"procent", "percent", "procenten"})  # words that say a figure's unit, never its measure
_SEX_WORDS = SEX_VALUES | {"k", "m", "t"}  # (Kolada's codes too)
# words of form that name a value only as written: "andel" is no misspelling of "handel"
_EXACT_ONLY = frozenset({"andel", "andelen", "andelar", "procent", "procenten"})


def _abbreviates(c: ValueColumn, word: str) -> float:
    """A coded header ("RegExp_inv20_64ar", "bef_20_64ar") names a word by its first letters:
    "exp" for "export", "inv" for "invånare" – half an explanation, as a compound part is."""
    return 0.5 if _writes_out(word, _coded_terms(c.name, c.terms)) else 0.0


def _writes_out(word: str, short) -> bool:
    """Does the question's word write out one of a coded header's terms – begin with it ("exp" of
    "export") or, itself or its stem ("sjukpenningtalet"), contract to it ("sjptal")?"""
    if not short:
        return False
    forms = {word, stem(word)}
    return any(len(t) < len(word) and (word.startswith(t) or any(_contracts(t, w) for w in forms)) for t in short)


def _contracts(short: str, word: str) -> bool:
    """Is a coded term a contraction of the word – its first two letters, its last three, and
    letters of the word between, in order ("sjptal" of "sjukpenningtal", "sjfall" of "sjukfall",
    as a mainframe export names its columns; å, ä and ö written as a, a and o)?"""
    word = plain(word)
    if len(short) < 5 or len(word) <= len(short) or short[:2] != word[:2] or short[-3:] != word[-3:]:
        return False
    rest = iter(word[2:-3])
    return all(ch in rest for ch in short[2:-3])


@lru_cache(maxsize=4096)
def _coded_terms(name: str, terms: frozenset[str]) -> tuple[str, ...]:
    """The letter terms (3+) of a coded header ("RegExp_inv20_64ar", or one word in capitals,
    "SJPTAL"); () for a header written in words."""
    bare = name.strip()
    if " " in bare or not (re.search(r"_|[a-zåäö][A-ZÅÄÖ]", bare) or (len(bare) >= 4 and bare.isupper() and bare.isalpha())):
        return ()
    return tuple(sorted(t for t in terms if t.isalpha() and len(t) >= 3))


@lru_cache(maxsize=1)
def _money_words() -> frozenset[str]:
    """The lexicon's single words that ask for money ("pengar", "kronor", "money")."""
    return frozenset(fold(w) for w in lexicon().get("money", {}).get("asked", []) if " " not in w)


def _listed_in(value: str, caption_words: set[str]) -> bool:
    """Does the caption list the row itself – most of its words ("… kvarstående, nya och
    deltagare som har lämnat ROM2" of the row "Deltagare som lämnat") – rather than share a word
    with it ("Rusta och matcha 2" of the provider "Rusta Rätt Sverige AB")?"""
    toks = [plain(stem(w)) for w in words(fold(value)) if len(w) >= 3]
    # (more than half: "Nordstjärnan Rusta AB" shares one of its two words with "Rusta och matcha")
    return bool(toks) and sum(1 for t in toks if t in caption_words) > 0.5 * len(toks)


# a compound ending in a word for a data source: "företagsstödsregistret", "sjukfallsstatistiken"
@lru_cache(maxsize=65_536)
def _a_place(term: str) -> bool:
    """Is a caption term a municipality or a county ("varmland", "skan")?"""
    heads = _plain_county_heads()
    return municipality_of(term) is not None or plain(term) in heads or any(h.startswith(plain(term)) and len(term) >= 4 for h in heads)


@lru_cache(maxsize=1)
def _plain_county_heads() -> frozenset[str]:
    return frozenset(plain(h) for h in county_by_head())


_SOURCE_NOUN = re.compile(rf"^[a-zåäö]{{4,}}s?{SOURCE_NOUN}$")


def _holds_share_measures(p: Profile, c: ValueColumn) -> bool:
    """A column that names no measure ("Värde", or the caption's words) beside a dimension of measures (KPI) some of which
    are shares ("Invånare 25-64 år med eftergymnasial utbildning, andel (%)")."""
    if p.share_kpis is None:  # computed once per profile
        p.share_kpis = any(
            x.measures and any(unit_from_text(v) in ("%", "andel") for v in x.values) for x in p.cats
        )
    # (… or one named after the caption: a wide table of years melted, its measures in rows)
    return p.share_kpis and (names_no_measure(c) or fold(c.name) in fold(p.table.caption))


def _shifted_column_first(out: list[Reading], form: Form, follow: Context, scored: list[Reading]) -> list[Reading]:
    """"och året innan?" after an answer from the column "2023" of a table with a column per year:
    the column of the year before ("2022"); when the table has none, the year is said missing,
    never the same column again."""
    prev = follow.query.column
    years = [int(m.group(1)) for m in PERIOD_IN_NAME.finditer(prev)]
    if len(years) != 1:
        return out
    want = PERIOD_IN_NAME.sub(lambda m: m.group(0).replace(m.group(1), str(years[0] + form.year_shift)), prev)
    same = out[0]
    hit = next((r for r in out if r.profile.id == same.profile.id and r.column.name == want and r.query is not None), None)
    if hit is None:
        hit = next((r for r in scored if r.profile.id == same.profile.id and r.column.name == want), None)
        if hit is not None:
            build_query(hit, form, follow)
            if hit.query is None:
                hit = None
    if hit is None:
        if any(c.name == want for c in same.profile.values) or same.query is None or same.query.column != prev:
            return out
        same.missing_period = str(years[0] + form.year_shift)
        return out
    return put_first(out, hit)


def _shifted_table_first(out: list[Reading], form: Form, follow: Context, scored: list[Reading]) -> list[Reading]:
    """"och samma månad året innan?" after an answer from a sheet of 2025's months whose year is
    only in its caption ("Gästnätter per månad och kommun 2025"): the same column of the twin
    sheet whose caption names the year before, read with the same rows and slices."""
    top = out[0]
    if not top.missing_period:
        return out
    prev = next((r for r in scored if r.profile.id == follow.query.table_id), None)
    years = set(years_in(prev.profile.table.caption)) if prev is not None else set()
    if len(years) != 1:
        return out
    # (the twin: the same file's table with the same columns, whose caption names the year before
    # and no other – its caption may differ otherwise: "… – Preliminära uppgifter" of the latest)
    want = {years.pop() + form.year_shift}
    t0 = prev.profile.table
    header = [c.name for c in t0.columns]
    twin = next((
        r for r in scored
        if r.profile.table.document == t0.document and r.profile.id != t0.id and r.column.name == follow.query.column
        and set(years_in(r.profile.table.caption)) == want and [c.name for c in r.profile.table.columns] == header
    ), None)
    if twin is None:
        return out
    build_query(twin, replace(form, year_shift=0), follow)
    if twin.query is None:
        return out
    # (the same rows and slices as the answer before: "Juli" of the twin's months, not its latest)
    names = {c.name for c in twin.profile.cats}
    kept = [(k, v) for k, v in follow.query.filters if k in names and all(x in twin.profile.cat(k).values for x in v)]
    filters = dict(twin.query.filters) | dict(kept)
    twin.query = replace(
        twin.query, filters=tuple(filters.items()), rows=twin.query.rows or follow.query.rows,
        latest=tuple(x for x in twin.query.latest if x not in filters),
        defaults=tuple((k, v) for k, v in twin.query.defaults if k not in dict(kept)),
    )
    return put_first(out, twin)


# "hur många procentenheter/kronor/dagar": a unit the figure is given in, not a thing counted
_UNIT_COUNTED = re.compile(r"^(?:procent\w*|percent\w*|kronor|kr|tkr|mkr|miljoner|tusen|timmar|dagar|veckor|månader|år|gånger)$")


_NONE_WORDS = frozenset({"inga", "ingen", "inget", "no", "zero"})
_NEGATIONS = frozenset({"inte", "ej", "utan", "aldrig", "not", "never", "without", "didn't", "did not"})


_DURATION = re.compile(
    r"\b(?:inom|within|efter|after)\s+(\d+)\s+(år|års|månader|månaders|dagar|dagars|years?|months?|days?)\b"
    # "i arbete 180 dagar efter avslutad utbildning", "in work 180 days after"
    r"|\b(\d+)\s+(år|månader|dagar|years?|months?|days?)\s+(?:efter|after|later|senare)\b"
)
_DURATION_UNIT = {"år": "år", "års": "år", "years": "år", "year": "år", "månader": "månader", "månaders": "månader",
                  "months": "månader", "month": "månader", "dagar": "dagar", "dagars": "dagar", "days": "dagar", "day": "dagar"}


def _whole_years_only(p: Profile) -> bool:
    """Is every period a table holds a whole year – a period column of years only, no month or
    quarter in its caption or headers?"""
    periods = [x for x in p.cats if x.is_period]
    if not periods or any(w in MONTHS for w in words(fold(p.table.caption))):
        return False
    keys = [period_key(v) for x in periods for v in x.values[:60]]
    return bool(keys) and all(isinstance(k[0], int) and k[0] > 0 and not any(k[1:]) for k in keys) and not any(
        months_named(v.name) or any(w in MONTHS for w in words(fold(v.name))) for v in p.values
    )


def _year_of(value: str) -> int:
    k = period_key(value)
    return k[0] if isinstance(k, tuple) and k and isinstance(k[0], int) else 0


def _missing_duration(p: Profile, c: ValueColumn, form: Form) -> str | None:
    """"inom 3 år" of a table whose measure is "… inom 4 år" (and has no 3 years anywhere): another
    measure, not the asked one – said, not answered with the 4-year figures."""
    m = _DURATION.search(fold(form.text))
    if m is None:
        return None
    after = m.group(1) is None
    n, unit = (m.group(3), _DURATION_UNIT[m.group(4)]) if after else (m.group(1), _DURATION_UNIT[m.group(2)])
    found = {k for _, durations in _durations_stated(p, c) for k, u in durations if u == unit}
    if not found or n in found:
        return None
    return f"{n} {unit} efter" if after else f"inom {n} {unit}"


_STATED_DURATION = re.compile(r"(\d+)\s+(år|års|månader|månaders|dagar|dagars)\b")


def _durations_stated(p: Profile, c: ValueColumn) -> list[tuple[str, list[tuple[str, str]]]]:
    """The table's texts that state a duration (a KPI's title or another value first, then the
    column and the caption), each with its (number, unit) pairs: "… inom 4 år, hemkommun" →
    [("4", "år")]."""
    texts = [*_category_texts(p), c.name, p.table.caption]
    out = []
    for t in texts:
        pairs = [(k, _DURATION_UNIT[u]) for k, u in _STATED_DURATION.findall(fold(t))]
        if pairs:
            out.append((t, pairs))
    return out


def is_duration(narrower: str) -> bool:
    """Is a missing qualifier a duration ("inom 3 år", "180 dagar efter"), not a narrower measure?"""
    return narrower.startswith("inom ") or narrower.endswith(" efter")


def stated_measure(r: Reading, narrower: str) -> str:
    """The measure a table has, as a refusal for a narrower or other one names it: the KPI the
    query keeps, the text that states another duration ("… inom 4 år …" for "inom 3 år"), else
    the column."""
    kept = kept_measure(r.profile, r.query) if r.query is not None else None
    if kept:
        return kept
    if is_duration(narrower):
        stated = _durations_stated(r.profile, r.column)
        if stated:
            return stated[0][0]
    if " " in narrower and (own := _qualified_otherwise(r.profile, stem(fold(narrower.split()[-1])))):
        return own  # ("särskilt boende": the table's "ordinärt boende")
    if names_no_measure(r.column):
        # "value" of a Kolada export of one KPI: the KPI's title the filter keeps, else the caption
        titles = [v[0] for k, v in (r.query.filters if r.query is not None else ()) if len(v) == 1 and len(v[0]) > 20
                  and (cat := r.profile.cat(k)) is not None and not cat.is_period]
        return titles[0] if titles else r.profile.table.caption
    return r.column.name


def _category_texts(p: Profile) -> list[str]:
    """The values of the table's categories that are few enough to be kinds, not names (a
    KPI's title, an age group), where a measure's wording can stand."""
    return [v for x in p.cats if not x.is_period and len(x.values) <= 60 for v in x.values]


def _standalone(p: Profile, stem_: str) -> bool:
    """Does the table write ``stem_`` as a word of its own ("hälsa" in "Bra eller mycket bra
    hälsa"), not only as the end of a compound ("yrkesprogram")?"""
    texts = [p.table.caption, *(v.name for v in p.values), *_category_texts(p)]
    return any(says(fold(t), stem_, whole=False) for t in texts)


def _qualified_otherwise(p: Profile, stem_: str) -> str | None:
    """The table's own phrase when it writes the word ``stem_`` only after a modifier of its
    own ("ordinärt boende", "öppet arbetslösa"), never bare; None otherwise. The modifier is a
    word of five letters or more that is no stopword ("i boende" is bare)."""
    texts = [p.table.caption, *(v.name for v in p.values), *_category_texts(p)]
    # (the word itself, not one it opens: "anställa" of "Tidsbegränsade anställningar" is no
    # "anställningar" qualified otherwise)
    said = [
        m for t in texts for m in re.finditer(rf"(?<!\w)(?:(\w+)\s+)?({re.escape(stem_)}\w*)", t, flags=re.I)
        if stem(fold(m.group(2))) == stem_
    ]
    if said and all(
        m.group(1) is not None and len(m.group(1)) >= 5 and m.group(1).isalpha() and fold(m.group(1)) not in STOPWORDS
        for m in said
    ):
        return said[0].group(0)
    return None


def _sums_year_columns(p: Profile, c: ValueColumn, form: Form) -> bool:
    """Is ``c`` ("Totalt") on every row the sum of two or more columns that name the asked year
    ("2024 kv1" … "2024 kv4"), and of no others?"""
    if len(set(form.years)) != 1 or years_in(c.name):
        return False
    parts = [v.name for v in p.values if v is not c and set(years_in(v.name)) == set(form.years) and not v.is_share and not v.is_change]
    if len(parts) < 2:
        return False
    body = p.body_frame()
    total = pd.to_numeric(body[c.name], errors="coerce")
    summed = body[parts].apply(pd.to_numeric, errors="coerce").sum(axis=1, min_count=len(parts))
    both = total.notna() & summed.notna()
    return int(both.sum()) >= 2 and bool(((total[both] - summed[both]).abs() <= 0.5).mean() >= 0.9)


@lru_cache(maxsize=1024)
def _split_words(text: str) -> frozenset[str]:
    """The words of the lexicon's breakdown phrases the question uses ("födda i sverige",
    "born in sweden"): a country named in one is a split's value, not the country's row."""
    folded = fold(text)
    return frozenset(
        w for spec in lexicon()["breakdowns"].values() for ph in (*spec.get("sv", ()), *spec.get("en", ()))
        if " " in ph and says(folded, fold(ph)) for w in fold(ph).split()
    )


def _flag_by_header(c, toks: tuple[str, ...]) -> list[ValueMatch]:
    """A Ja/Nej column named by its header: "hur många avbröt" of "Avbrott" (Ja/Nej) keeps Ja,
    "var i arbete 90 dagar efter avslut" of "i_arbete_90_dagar_efter_avslut" too; "inte" or
    "utan" just before the words keeps Nej."""
    if len(c.values) != 2:
        return []
    vals = {fold(v).strip(): v for v in c.values}
    yes = [v for k, v in vals.items() if k in YES_WORDS]
    no = [v for k, v in vals.items() if k in NO_WORDS]
    if len(vals) != 2 or len(yes) != 1 or len(no) != 1:
        return []
    head = [w for w in words(fold(c.name).replace("_", " ")) if w not in STOPWORDS and len(w) > 1]
    if not head:
        return []
    used: dict[str, int] = {}
    for h in head:
        for i, q in enumerate(toks):
            if q == h or (not h.isdigit() and len(q) >= 4 and token_similarity(plain(q), plain(h))):
                used.setdefault(q, i)
                break
    got = sum(1 for h in head if any(q == h or (not h.isdigit() and len(q) >= 4 and token_similarity(plain(q), plain(h))) for q in used))
    coverage = got / len(head)
    if coverage < 0.75:
        return []
    first = min(used.values())
    # ("inte avbrutit", "var inte i arbete" – and after the verb: "avbröt inte")
    negated = any(t in _NEGATIONS for t in toks[max(0, first - 3):first + 2])
    return [ValueMatch(c.name, tuple(no if negated else yes), frozenset(used), coverage, 1.0)]


def _compound_value(c, content: tuple[str, ...], measured: frozenset[str] = frozenset()) -> list[ValueMatch]:
    """"byggbranschen" of a column Bransch holding "F Byggverksamhet": a compound whose tail is
    the column's header and whose head starts exactly one of its values names that value – also
    when the tail is what the table counts ("småhuslägenheter" of Hustyp = "småhus" beside
    "Antal lägenheter": ``measured``, the value columns' and the caption's words)."""
    out = []
    for w in content:
        fw = fold(w)
        sw = stem(fw)
        if any(len(x) >= 8 and (sw.startswith(x) or x.startswith(sw)) for x in measured):
            # "företagsbarometern" of a document "Företagsbarometern …" is its name whole, no head
            # "företags-" of "Företagstjänster" before the tail "barom-" of the same name
            continue
        for t in sorted(c.terms | {x for x in measured if len(x) >= 5 and x.isalpha()}, key=len, reverse=True):
            i = fw.find(t)
            if len(t) < 5 or i < 3:
                continue
            head = fw[:i]
            hits = [v for v, toks in zip(c.values, c.tokens, strict=False) if any(x.startswith(head) for x in toks)]
            if len(hits) == 1:
                out.append(ValueMatch(c.name, (hits[0],), frozenset({w}), 1.0, 0.9))
                break
        else:
            # "elbilar" of a table of "Personbilar" by Drivmedel = "El": the compound shares its
            # tail with the word of what is counted, and its head is one value's word whole
            sw = stem(fw)
            for t in sorted(measured, key=lambda x: (-len(x), x)):  # (in one order every run: a set's varies)
                tail = _shared_tail(sw, t)
                head = sw[: len(sw) - len(tail)] if tail else ""
                if len(head) < 2 or head == t[: len(head)]:
                    continue
                # (… or a word of the same kin: "pappadagar" of Kön = "Män")
                heads = {head, *kin_words().get(head, ())}
                hits = [v for v, toks in zip(c.values, c.tokens, strict=False) if heads & set(toks)]
                if len(hits) == 1:
                    out.append(ValueMatch(c.name, (hits[0],), frozenset({w}), 1.0, 0.9))
                    break
            else:
                hit = _value_of_both_parts(c, fw)
                if hit is not None:
                    out.append(ValueMatch(c.name, (hit,), frozenset({w}), 1.0, 0.9))
    return out


def _set_aside(p: Profile, out: list[ValueMatch], negated: frozenset[str], excepted: frozenset[str] = frozenset()) -> list[ValueMatch]:
    """Values the question sets aside ("vilken filial … inte huvudbiblioteken", "hur många ärenden
    är inte avslutade"): beside another value of the same column named, dropped; alone, the
    column's other values are kept instead – the label's too when a word of exception sets it
    aside: a row set aside is never the row read, nor among those ranked."""
    kept: list[ValueMatch] = []

    def within(tokens: frozenset[str], words: frozenset[str]) -> bool:
        # (a word within a word set aside is set aside with it: "bibliotek" of "huvudbibliotek",
        # "gotland" of "gotlands")
        return all(any(q in n for n in words) for q in tokens)

    def aside(m: ValueMatch) -> bool:
        return bool(m.qtokens & negated) and within(m.qtokens, negated)

    # (every value of a column set aside: "bortser från Stockholms län och Gotlands län" leaves
    # the other counties, not Gotland among them)
    set_aside: dict[str, set[str]] = {}
    for m in out:
        if aside(m):
            set_aside.setdefault(m.column, set()).update(m.values)
    done: set[str] = set()
    for m in out:
        if not aside(m):
            kept.append(m)
            continue
        c = p.cat(m.column)
        if c is None or c.is_period or (c is p.label and not within(m.qtokens, excepted)) or m.column in done:
            continue
        # (a row set aside – "vilken kommun utöver Göteborg hade flest" – leaves the others: the
        # ranking runs among them)
        if any(o.column == m.column and not aside(o) for o in out):
            continue
        rest = tuple(v for v in c.values if v not in set_aside[m.column] and v not in c.every_total)
        if rest:
            kept.append(replace(m, values=rest))
            done.add(m.column)
    return kept


def _value_of_both_parts(c, word: str) -> str | None:
    """"skogsbränder" of Händelsetyp = "Brand i skog eller mark": the one value that writes both
    parts of the compound as words of its own – the head whole (a linking s aside), the tail as
    a word's start, an umlaut plural allowed ("bränder" of "brand")."""
    found: set[str] = set()
    if len(word) < 8 or len(c.values) > 300:
        return None  # (a short word is no compound of two; a long list of rows is named by its rows)
    for i in range(3, len(word) - 2):
        head, tail = word[:i], plain(word[i:])
        heads = {head, head[:-1]} if head.endswith("s") and len(head) > 4 else {head}
        for v, toks in zip(c.values, c.tokens, strict=False):
            own = set(toks)
            # (the head may stand in its plural – "ungdom" of "Ungdomar" – and the tail's word in
            # another form – "arbetslöshet" of "arbetslösa")
            if (heads & own or any(t.startswith(h) and len(t) - len(h) <= 3 and len(h) >= 5 for h in heads for t in own)) and any(
                len(x) >= 4 and x not in heads and tail.startswith(plain(x)) for t in own for x in {t, stem(t)}
            ):
                found.add(v)
    return next(iter(found)) if len(found) == 1 else None


def _shared_tail(a: str, b: str) -> str:
    """The last part two stems share, when it is a word of its own (3+ letters) and is not the
    whole of either ("bil" of "elbil" and "personbil")."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:] if 3 <= n < min(len(a), len(b)) else ""


def _distinct_measure(c, content: tuple[str, ...]) -> list[ValueMatch]:
    """Of a column of measures ("hushåll med ekonomiskt bistånd, antal", "biståndsmottagare
    (personer), antal", "andel av befolkningen …"), the one value that holds a word of the
    question no other value holds ("antalet personer med ekonomiskt bistånd" → the persons'):
    the words they share say nothing of which. Nothing when no value, or several, are so named."""
    hits: dict[int, set[str]] = {}
    # (not by a word that qualifies a figure of the value: "dagar" of "… (90 dagar)")
    qualifiers = [figure_qualifiers(v, content) for v in c.values]
    for w in content:
        if municipality_of(w, homographs=True) is not None or municipality_of(w.removesuffix("s")) is not None:
            # (a place names no measure: "Örebro" of "Andel invånare som når Örebro med
            # kollektivtrafik" is where a strategy is asked about, not that indicator)
            continue
        owners = {
            i for i, toks in enumerate(c.tokens)
            if any(token_similarity(w, x) >= 0.9 and x not in qualifiers[i] for x in toks)
        }
        if len(owners) == 1:
            hits.setdefault(owners.pop(), set()).add(w)
    if len(hits) != 1:
        return []
    (i, named), = hits.items()
    return [ValueMatch(c.name, (c.values[i],), frozenset(named), 0.5, 0.9)]


def _amount_twin(p: Profile, c: ValueColumn) -> bool:
    """Has the share column ``c`` ("Avvikelse %") a column of the same name but for its unit that
    is no share ("Avvikelse (tkr)")?"""
    name = name_without_unit(c.name)
    return bool(name) and any(o is not c and not o.is_share and name_without_unit(o.name) == name for o in p.values)


def _same(a: Reading, b: Reading) -> bool:
    if a.query == b.query or (a.profile.id == b.profile.id and a.column.name == b.column.name):
        return True
    # rows counted are the same count whichever column found the table ("hur många beslut")
    qa, qb = a.query, b.query
    if qa is not None and qb is not None and a.profile.id == b.profile.id and qa.summed and (
        set(qa.summed) == set(qb.summed) or b.column.name in qa.summed
    ):
        return True  # (the kinds added up, whichever of them found the table: one reading)
    return (
        qa is not None and qb is not None and a.profile.id == b.profile.id and qa.agg == "count" and qb.agg == "count"
        and replace(qa, column=qb.column) == qb
    )


def _period_values(p: Profile, form: Form) -> bool:
    cats = [c for c in p.cats if c.is_period]
    if not cats:
        return False
    return period_values_asked(cats, form)


# the words that say where a flow starts ("från Kungälv", "bor i Ale") and where it ends ("till
# Göteborg", "jobbar i Mölndal"): general language, not any table's words
_ORIGIN_BEFORE = re.compile(r"(?:\bfrån|\bfrom|\bbor i|\bboende i|\bbosatta i|\bliving in|\blive in|\blives in)\s+$")
_DESTINATION_BEFORE = re.compile(r"(?:\btill|\bto|\bjobbar i|\barbetar i|\bjobba i|\barbeta i|\bwork in|\bworking in|\bworks in)\s+$")
# a flow across a border: "pendlar", "pendlare", "commute", "commuters"
_COMMUTING = re.compile(r"\b(?:in|ut)?pendl\w*|\bcommut\w*")
# a matrix's corner header says which way its rows run ("Bostadskommun \\ Arbetsställekommun")
_ROWS_END_WORDS = re.compile(r"arbetsställe|arbetsplats|destination|\btill\b|\bto\b|work", re.I)


def _origin_destination(best: Reading, scored: list[Reading], form: Form, follow) -> Reading | None:
    """Of a matrix whose rows and columns are the same places (commuters by home and workplace),
    the reading whose row is where the question's flow starts and whose column is where it ends
    ("hur många pendlar från Kungälv in till Göteborg": the row Kungälv, the column Göteborg) –
    by the corner header's order when it names the rows' side ("Bostadskommun \\
    Arbetsställekommun"), rows first otherwise. None when the best reading is not on such a matrix
    or the question names no flow between two of its places."""
    p = best.profile
    label = p.label
    if label is None or len(p.values) < 3:
        return None
    places = {fold(v): v for v in label.values}
    if sum(fold(v.name) in places for v in p.values) * 5 < len(p.values) * 3:
        return None  # (no matrix: its columns are not its rows' places)
    text = fold(form.text)
    origin = destination = None
    for key, value in sorted(places.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", text):
            before = text[: m.start()][-20:]
            if _ORIGIN_BEFORE.search(before):
                origin = origin or value
            elif _DESTINATION_BEFORE.search(before):
                destination = destination or value
    total_column = next((v.name for v in p.values if is_total_label(v.name)), None)
    same = origin is not None and origin == destination
    if (origin is None and destination is None) or (same and not (form.wants == "share" and total_column)):
        return None
    rows_side = re.split(r"\s*[\\/]\s*", label.name)[0]
    row, column = (destination, origin) if _ROWS_END_WORDS.search(rows_side) else (origin, destination)
    # ("what share of those living in Öckerö also work in Öckerö" is the diagonal's cell over its
    # row's total: row and column are the one place)
    if not same and (row is None or column is None):
        # one end named ("hur många pendlar in till Mölndal … totalt"): that place's column
        # over the rows' total, or its row across the columns' total
        total_row = next(iter(label.totals), None)
        if column is not None and total_row is not None:
            row = total_row
        elif row is not None and total_column is not None:
            column = total_column
        else:
            return None
    target = next((r for r in scored if r.profile.id == p.id and r.column.name == column), None)
    if target is None:
        return None
    if row not in {v for m in target.matches if m.column == label.name for v in m.values}:
        target = replace(target, matches=[*target.matches, ValueMatch(label.name, (row,), frozenset(), 1.0, 1.0)])
    keep = list(target.matches)
    if not same:
        # (the column's place names no row: the flow's other end is the row)
        keep = [m for m in keep if not (m.column == label.name and column in m.values)]
    if not any(m.column == label.name and row in m.values for m in keep):
        return None
    chosen = replace(target, matches=keep, query=None)
    build_query(chosen, form, follow)
    if chosen.query is None:
        return None
    if same:
        chosen.query = replace(chosen.query, op=Op.LOOKUP, rows=(row,), share_over=total_column)
        return chosen
    if (origin is None or destination is None) and _COMMUTING.search(text) and chosen.query.op == Op.LOOKUP:
        # "hur många pendlar in till Mölndal": those who cross a border – the total less those who
        # live and work in the same place (the matrix's diagonal), both shown beside the difference
        place = origin or destination
        if column in places.values() and row in label.totals and place == column:
            chosen.query = replace(chosen.query, op=Op.COMPARE, rows=(row, place))
        elif column not in places.values():
            chosen.query = replace(chosen.query, op=Op.COMPARE, rows=(place,), other_column=place)
    return chosen


@lru_cache(maxsize=4096)
def _with_synonyms(tokens: frozenset[str]) -> frozenset[str]:
    """``tokens`` and every word of a synonym group one of them is in ("enskild" → "friskolor" …)."""
    return tokens | frozenset(x for g in synonym_groups() if tokens & set(g) for x in g)
