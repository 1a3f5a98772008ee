"""What the resolver knows about each table, computed once per index: the words of its caption,
headers and units (stems and compound parts, as the search index cuts them), its categorical
columns with their distinct values, its period columns, and whether it lists records (one row
per case) rather than pre-computed figures.

``match_values`` finds the values of a categorical column that a question names, tolerating
inflection ("Vivallas"), typos ("Vivala") and export prefixes ("20 Dalarnas län", "Örebro_Vivalla").

Why one module of this size: a table's profile and the matching of question words to its values
share the value index (tokens, prefixes, idf) built once per index.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import product
from os.path import commonprefix

import pandas as pd
from rapidfuzz.distance import Levenshtein

from ingest.model import Table
from ingest.swedish import (
    COUNTY_BY_CODE,
    DAY_WITH_TIME,
    FINITE_VERB,
    MONTH_NAMES,
    PARTICLES,
    STOPWORDS,
    SUBJECT_GAP,
    fold,
    header_years_of,
    municipalities,
    municipality_counties,
    municipality_of,
    municipality_written,
    period_key,
    plain,
    says,
    stem,
    without_preliminary_mark,
    words,
    years_in,
)
from ingest.tables import is_county, is_geo_header, is_measure_header, is_period_like, is_total_label, uncoded
from ingest.tables.layouts import margin_columns

from .form import currency_codes, lexicon, name_words, rate_bases, single_words, synonym_groups, translations


def is_change_header(name: str) -> bool:
    """Does a header name a change ("Förändring 2023–2024", "Ökning, %")? Not a purpose that
    uses a word of change: "Lönebidrag för utveckling i anställning" is no change."""
    single = single_words("trend")
    toks = words(fold(name))
    return any(
        (t in single or t.startswith(("förändr", "change"))) and not (k and toks[k - 1] in ("för", "till", "for"))
        for k, t in enumerate(toks)
    )


PERIOD_HEADERS = ("år", "månad", "tid", "period", "kvartal", "vecka", "datum", "referenstid", "läsår", "year", "month", "quarter")
_ASCII_PERIOD_HEADERS = frozenset(plain(h) for h in PERIOD_HEADERS)


YES_WORDS = frozenset({"ja", "yes", "j", "y", "sant", "true"})
NO_WORDS = frozenset({"nej", "no", "n", "falskt", "false"})


# Units of a rate or share: summed over rows they make no sense, averaged they need weights
RATE_UNITS = frozenset({"%", "andel", "‰", "procent", "per 10 000", "per 100 000"})


@dataclass(frozen=True)
class ValueColumn:
    name: str
    unit: str | None
    terms: frozenset[str]  # stems and compound parts of the header (a ratio's numerator first)
    all_terms: frozenset[str]  # …of the whole header including a ratio's denominator
    description: str  # what the embedder reads: "Sjuka/arbetskraft (%) – Tabell 12 Sjukskrivna …"

    @property
    def is_share(self) -> bool:
        return self.unit in RATE_UNITS or ("/" in self.name and self.unit is None)

    @property
    def is_count(self) -> bool:
        return self.unit in ("antal", "st", "årsarbetare", "tusental", "hundratal") or (self.unit is None and not self.is_share)

    @property
    def is_change(self) -> bool:
        """A change since a previous period ("Förändring (%)", "Procentuell förändring", "Change"):
        its header says so in the lexicon's words of change."""
        return is_change_header(self.name)


@dataclass
class CatColumn:
    """A label or dimension column and its distinct values."""

    name: str
    role: str  # "label" | "dimension"
    values: list[str]
    tokens: list[tuple[str, ...]]  # content tokens of each value
    token_idf: dict[str, float]
    token_values: dict[str, list[int]]  # token → indices of values holding it
    by_prefix: dict[str, list[str]]  # first two letters → tokens (typo candidates without a scan)
    is_period: bool
    totals: tuple[str, ...]  # values that mean "all of them"
    geo_totals: tuple[str, ...]  # "Riket", "Sverige"
    county_totals: tuple[str, ...]  # the county above its areas
    terms: frozenset[str]  # header stems
    dated: bool = False  # most values are dates (2023-01-11): a date per case, not a reporting period
    county_rows: tuple[str, ...] = ()  # every county among the values, total row or not ("länet" is one of them)
    # last four letters → the long value tokens ending in them (compounds, found by their heads)
    by_suffix: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)
    # a column of places where every row label has one value (the county of each municipality):
    # a property of the rows, not a split of them – never read at its total by default
    of_rows: bool = False
    # its values name measures ("hushåll …, antal", a KPI's title): never added or ranked together
    measures: bool = False
    # short codes naming its values: a code column beside it ("C" of SNI 2007 → "Tillverkning"), or
    # a code its values start with ("F00-F99 Psykiska sjukdomar …" → "F"); folded code → value
    codes: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def is_flag(self) -> bool:
        """A yes/no column ("Avbrott": Ja/Nej): an outcome each case has or lacks."""
        folded = {fold(v).strip() for v in self.values}
        return len(folded) == 2 and bool(folded & YES_WORDS) and bool(folded & NO_WORDS)

    @cached_property
    def plain_spelt(self) -> bool:
        """Are the values written without å/ä/ö by a system that cannot ("OSTERSUND", "OPPET
        ARBETSLOSA" of an old mainframe report): no value has one, and some have words."""
        return not any(ch in "åäöÅÄÖ" for v in self.values for ch in v) and any(len(t) >= 3 and t.isalpha() for t in self.token_values)

    @cached_property
    def common_tokens(self) -> frozenset[str]:
        """Words every value holds ("år" of "0-19 år" … "80+ år"), of three values or more."""
        if len(self.values) <= 2:
            return frozenset()
        return frozenset(vt for vt, idx in self.token_values.items() if len(idx) == len(self.values))

    @property
    def every_total(self) -> frozenset[str]:
        """Every value that stands for more than one row: totals, the country, the county – and
        every value that is part of another row ("därav 0180 Stockholm" under "01 Stockholms län"),
        which is counted in that row: none of them is ranked or added up with the body."""
        return frozenset(self.totals) | frozenset(self.geo_totals) | frozenset(self.county_totals) | self.part_rows

    @cached_property
    def part_rows(self) -> frozenset[str]:
        """Values that say they are part of the row before them ("därav …", "varav …", "of which …")."""
        return frozenset(v for v in self.values if _PART_ROW.match(v))


_PART_ROW = re.compile(r"\s*(?:därav|varav|of which)\b", re.I)


@dataclass
class Profile:
    table: Table
    values: list[ValueColumn]
    cats: list[CatColumn]
    caption_terms: frozenset[str]
    terms: frozenset[str]  # everything the table's texts say: caption, section, headers, units, values
    parts: tuple[Table, ...] = ()  # printed tables a consolidated table was built from
    is_part: bool = False
    body_rows: int = 0
    record_level: bool = False
    case_names: bool = False  # a column names each case (the recipient of each decision): rows are cases
    value_terms: dict[str, frozenset[str]] = field(default_factory=dict)
    decimals: dict[str, int] = field(default_factory=dict)  # column → its usual number of decimals (compute.figure fills it)
    share_kpis: bool | None = None  # a dimension of measures some of which are shares (resolve fills it on first use)
    caption_years: frozenset[int] = frozenset()  # years a table without a period column is about
    margins: dict[str, str] = field(default_factory=dict)  # an estimate column → its margins of error ("±")
    revisions: dict[str, bool] = field(default_factory=dict)  # a period column → is it a date of publication (periods.revisions fills it)

    @cached_property
    def place_rows(self) -> bool:
        """Are the rows places: most of the label's values Swedish municipalities or counties
        ("Öckerö", "Kungälv" … under a header "Grupp")? Then "kommunerna" names the rows."""
        if self.label is None:
            return False
        body = [v for v in self.label.values if v not in self.label.every_total]
        known = municipalities()
        places = sum(1 for v in body if fold(uncoded(v)) in known or is_county(v))
        return len(body) >= 2 and places >= 0.5 * len(body)

    @cached_property
    def left_out(self) -> dict[str, str]:
        """Stem → the sentence of the table's notes (or of a note repeated on every row, as a
        reporting tool writes its footnote) that says a thing is not counted: "Korttidsplatser,
        växelvård och LSS-bostäder ingår inte." → korttidsplats, växelvård, lss-bostad."""
        texts = list(self.table.notes)
        frame = self.table.frame
        for c in self.table.columns:
            if c.name in frame.columns and c.role in ("dimension", "label", "text"):
                vals = frame[c.name].dropna().astype(str).unique()
                if len(vals) == 1 and len(frame) > 1 and len(vals[0]) >= 30:
                    texts.append(vals[0])
        # (only what the table says nowhere else: "Personer över 65 år ingår inte" leaves out no
        # "personer" of a table of persons – its caption and headers say them)
        said = {stem(w) for w in words(" ".join([self.table.caption, *(v.name for v in self.values), *(x for c in self.cats for x in c.values[:200])]))}
        out: dict[str, str] = {}
        for text in texts:
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                f = fold(sentence)
                m = _LEFT_OUT_AFTER.search(f)
                named = f[: m.start()] if m else ""
                if not m and (m := _LEFT_OUT_BEFORE.search(f)):
                    named = f[m.end():]
                if not named:
                    continue
                # (the things listed last before "ingår inte": after the sentence's last verb or colon)
                named = re.split(r"[:;]|\b(?:är|avser|gäller|omfattar)\b", named)[-1]
                for w in words(named):
                    if len(w) >= 4 and w not in STOPWORDS and stem(w) not in said:
                        out.setdefault(stem(w), sentence.strip())
        return out

    @cached_property
    def caption_text(self) -> str:
        """The table's caption, section and its parts' captions, folded: what names the table."""
        return fold(" ".join([self.table.caption, self.table.section] + [x.caption for x in self.parts]))

    @cached_property
    def caption_words(self) -> frozenset[str]:
        """The stems of the caption's whole words – not the compound parts among its terms ("arbet"
        of "arbetslösa")."""
        return frozenset(x for w in words(self.caption_text) for x in (w, stem(w)))

    @cached_property
    def ones(self) -> frozenset[str]:
        """Value columns that are 1 on every row (a register's count of its cases, a tick per
        case): any share of one is a share of the cases."""
        frame = self.table.frame
        return frozenset(v.name for v in self.values if v.name in frame.columns and len(frame) and bool((frame[v.name] == 1).all()))

    @property
    def id(self) -> str:
        return self.table.id

    def body_frame(self) -> pd.DataFrame:
        """The table's rows without its total rows."""
        return self.table.frame.drop(index=list(self.table.total_rows), errors="ignore")

    def value(self, name: str) -> ValueColumn | None:
        return next((v for v in self.values if v.name == name), None)

    def cat(self, name: str) -> CatColumn | None:
        return next((c for c in self.cats if c.name == name), None)

    @property
    def label(self) -> CatColumn | None:
        return self.cat(self.table.label_column)


# one word in brackets that is no unit: what a count counts ("(arbetsställen)"); a longer note
# in brackets ("(omräknad till antal årsarbetare)") stays out, as units do
_UNITS_IN_BRACKETS = frozenset({"procent", "andel", "antal", "st", "kr", "tkr", "mnkr", "mdkr", "kronor", "dagar", "år", "timmar", "personer", "årsarbetare"})
_QUALIFIER = re.compile(r"[A-Za-zÅÄÖåäö][\wåäö-]{3,}")


def header_terms(analyze, name: str) -> frozenset[str]:
    """Stems and compound parts of a header; code-like names are split where a program joined
    words ("RegExp_inv20_64ar" → "Reg Exp inv 20 64 ar"), and file names written without
    å/ä/ö also match their Swedish spelling (see ``with_plain``)."""
    # a unit in brackets ("(%)", "(tkr)") is no word of the measure; a qualifier is ("Antal varsel
    # (arbetsställen)": workplaces, not people)
    text = re.sub(
        r"\(([^)]*)\)",
        lambda m: f" {m.group(1)} " if _QUALIFIER.fullmatch(m.group(1).strip()) and m.group(1).strip().lower() not in _UNITS_IN_BRACKETS else " ",
        name,
    )
    text = re.sub(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ])|_|(?<=[A-Za-zåäö])(?=\d)|(?<=\d)(?=[A-Za-zåäö])", " ", text)
    terms = frozenset(t for t in analyze(text) if not t.isdigit())
    # an age band of the young ("Arbetslöshet 18-24 år") is what "ungdomsarbetslösheten" and
    # "unga" name: the lexicon's words for the young join the header's terms
    if young_band(name):
        terms |= young_terms()
    return with_plain(terms)


def young_band(text: str) -> bool:
    """Does ``text`` name an age band of the young ("16-24 år", "20–29 år")?"""
    band = re.search(r"(?<!\d)(1[2-9]|2\d)\s*[-–]\s*(\d{2})\s*år", text)
    return bool(band) and int(band.group(2)) <= lexicon()["young"]["upper"]


@lru_cache(maxsize=1)
def young_terms() -> frozenset[str]:
    """The stems of the lexicon's single words for the young ("unga", "ungdomar", "youth")."""
    return frozenset(stem(w) for w in lexicon()["young"]["words"] if " " not in w)


def with_plain(terms: frozenset[str]) -> frozenset[str]:
    """``terms`` plus their forms without å/ä/ö ("företag" → "foretag"), so a caption made from
    a file name ("nystartade_foretag") and a question in Swedish spelling meet."""
    return terms | frozenset(plain(t) for t in terms)


# a header of a record's own time stamp: when it was changed, made or fetched
_RECORD_STAMP = re.compile(r"uppdater|ändrad|modifi|updated|changed|skapad|created|exporter|hämtad|fetched|tidsstämpel|timestamp|last.?edit")


_CONTACT = re.compile(
    # (a phone number opens with 0 or +: never a day, "2025-01-14", nor a code or an amount)
    r"^\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|(?:\+\d|0\d)[\d\s()-]{6,}|System\.\w+(?:\.\w+)*(?:\[\])?)\s*$"
)


def _contact_values(values: list[str]) -> bool:
    """Are most of a column's values addresses to reach a row by – e-mail or web addresses,
    phone numbers – or an export tool's object placeholder ("System.Object[]")?"""
    sample = [v for v in values[:200] if v and v.strip() and v.lower() not in ("nan", "none")]
    return len(sample) >= 2 and sum(bool(_CONTACT.match(v)) for v in sample) >= 0.6 * len(sample)


def is_period_column(name: str, values: list[str]) -> bool:
    n = fold(name).strip()
    sample = [v for v in values[:60] if v]
    if len(set(values)) == 1 and DAY_WITH_TIME.fullmatch(values[0].strip()):
        return False  # one moment of every row ("uppdaterad: 2025-01-14T06:00:00"): when the extract was made
    if _RECORD_STAMP.search(n) and sample and sum(bool(DAY_WITH_TIME.fullmatch(v.strip())) for v in sample) > len(sample) / 2:
        # … nor are the moments each record was changed or exported ("Uppdaterad: 2025-02-03
        # 08:00:00", one per row): the time of the record, not of its figures (a library's
        # "Utlan2024" had been said to have no 2024); an event's time ("publication_date") stays
        return False
    # (an export that keeps to ASCII writes "Manad" for Månad, "Ar" for År)
    n = plain(n)
    if any(n == p or n.startswith(p + " ") or n.startswith(p + "_") for p in _ASCII_PERIOD_HEADERS):
        # … unless none of its values is a period: "Tid utan arbete" holds durations ("<6 mån",
        # ">12 mån"), a split, not the time of the figures
        return n in _ASCII_PERIOD_HEADERS or not sample or any(
            is_period_like(v) or years_in(v) or any(w in _month_words() for w in re.findall(r"[a-zåäö]+", fold(v))) for v in sample
        )
    return bool(sample) and all(is_period_like(v) or fold(v) in _month_words() or len(period_key(v)) == 2 and period_key(v)[0] for v in sample)


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    from ingest.swedish import MONTHS

    return frozenset(MONTHS)


# Words of a header that name no measure of their own ("Värde", "Antal", "Andel (%)")
GENERIC_TERMS = frozenset({"antal", "andel", "procent", "total", "totalt", "summ", "summa", "värd", "värde", "nivå", "valu", "value", "values", "data", "uppgift", "varav", "därav"})  # ("varav kvinnor": "of which" names no measure)


AGE_FROM = re.compile(
    # (typed without å/ä/ö as well: "65 ar eller aldre")
    r"\b(\d{1,3})\s*(?:[åa]r\s+)?(?:och|eller)\s+(?:[äa]ldre|över|mer)\b|\b(\d{1,3})\s*\+|\b(?:över|minst|från|fyllda)\s+(\d{1,3})\s*[åa]r\b"
    r"|\b(\d{1,3})\s*(?:years?\s+)?(?:and|or)\s+(?:older|over)\b"
)
_AGE_GROUP = re.compile(r"^\s*(\d{1,3})\s*(?:[-–]\s*(\d{1,3})|\+|\s*år\s+och\s+äldre|\s*år\s+eller\s+äldre)?\s*(?:år)?\s*$")


def age_from(text: str) -> int | None:
    """The age an open band of the question starts at ("65 år eller äldre", "65+", "över 65 år")."""
    m = AGE_FROM.search(fold(text))
    return int(next(g for g in m.groups() if g)) if m else None


# "20–64 år", "20-64-åringar", "aged 20-64": a closed band of ages (not years: two figures of
# one to three digits) – or in words, with the age unit said: "mellan 20 och 24 år", "20 till 24
# år", "between 20 and 24 years"
AGE_RANGE = re.compile(
    r"(?<![\d-])(\d{1,2})\s*[-–]\s*(\d{2,3})(?!\d)(?!-\d)\s*(?:år|åringar|-åringar|years?)?"
    r"|\b(?:mellan|between)\s+(\d{1,3})\s+(?:och|and)\s+(\d{1,3})\s*(?:[åa]r|[åa]ringar|years?)\b"
    r"|\b(?:fr[åa]n\s+|aged\s+)?(\d{1,3})\s+(?:till|to)\s+(\d{1,3})\s*(?:[åa]r|years?)\b(?!\s+sedan)"
)


def age_range(text: str) -> tuple[int, int] | None:
    """The closed band of ages a question names ("20–64 år", "mellan 20 och 24 år"), or None."""
    m = AGE_RANGE.search(fold(text))
    if m is None:
        return None
    lo, hi = (int(g) for g in m.groups() if g is not None)
    return (lo, hi) if lo < hi <= 110 else None


def age_groups_of(c: CatColumn, text: str) -> tuple[str, ...]:
    """The age groups of ``c`` the question's band is made of: "65 år och äldre" (every group
    from 65 up, the last open) or "20–64 år" (the groups from 20-24 to 60-64) – two or more,
    without gaps, or the one group that is the band; () when the column cannot make it."""
    older = age_from(text)
    if older is not None:
        return age_groups_from(c, older)
    band = age_range(text)
    if band is None:
        return ()
    spans = _age_spans(c)
    if spans is None:
        return ()  # not a column of age groups
    same = [v for lo, hi, v in spans if (lo, hi) == band]
    if same:
        # the band is a value: the matcher names it when written as the table writes it ("20–24"),
        # and this when said in words ("mellan 20 och 24 år")
        return tuple(same[:1])
    inside = sorted(x for x in spans if band[0] <= x[0] and x[1] <= band[1])
    if len(inside) < 2 or inside[0][0] != band[0] or inside[-1][1] != band[1] or not _contiguous(inside):
        return ()
    if len(inside) == len(spans):
        return ()  # every group: the band is the whole split, no slice of it
    return tuple(v for _, _, v in inside)


def age_groups_from(c: CatColumn, age: int) -> tuple[str, ...]:
    """The age groups of ``c`` that make up "``age`` and older" exactly – the first starting at
    ``age`` and the last open ("80+ år"), two or more – else (). Of a population that ends at an
    age (its oldest group and its whole "20-64 år" end at 64), the groups up to that end: "55 år
    eller äldre" of "20-24", "25-54", "55-64 år" is "55-64 år"."""
    spans = _age_spans(c)
    if spans is None:
        return ()  # not a column of age groups
    up = sorted(x for x in spans if x[0] >= age)
    if not up or up[0][0] != age or not _contiguous(up):
        return ()  # (a gap or an overlap: not one band)
    if up[-1][1] == 10_000:
        return tuple(v for _, _, v in up) if len(up) >= 2 else ()
    # (the population's end: its whole's, written as a total or as the widest group)
    ends = [hi for lo, hi, _ in spans] + [band[1] for v in c.every_total if (band := _closed_band(v))]
    if up[-1][1] != max(ends) or not any(lo < age for lo, _, _ in spans):
        return ()
    return tuple(v for _, _, v in up)


def _age_spans(c: CatColumn) -> list[tuple[int, int, str]] | None:
    """(first age, last age, value) of each age group of ``c`` ("80+ år" ends at 10 000), its
    totals aside; None when a value is no age group."""
    spans = []
    for v in c.values:
        if v in c.every_total:
            continue
        m = _AGE_GROUP.match(fold(v))
        if m is None:
            return None
        lo = int(m.group(1))
        hi = int(m.group(2)) if m.group(2) else (10_000 if re.search(r"\+|äldre", fold(v)) else lo)
        spans.append((lo, hi, v))
    return spans


def widest_age_group(c: CatColumn) -> str | None:
    """The age group of a split without a total that holds every other ("16-64 år" beside
    "18-24 år"): the whole population the others are parts of, which a question that names no
    age is about; None when the column is no age split or no group holds all the others."""
    if c.totals or c.is_period or len(c.values) < 2:
        return None
    spans = _age_spans(c)
    if not spans or len(spans) != len(c.values):
        return None
    lo, hi = min(x[0] for x in spans), max(x[1] for x in spans)
    wide = [v for a, b, v in spans if (a, b) == (lo, hi)]
    return wide[0] if len(wide) == 1 else None


def _closed_band(value: str) -> tuple[int, int] | None:
    """(first age, last age) of a closed age group ("20-64 år"); None for an open one ("65+"), a
    single year or no age group."""
    m = _AGE_GROUP.match(fold(value))
    return (int(m.group(1)), int(m.group(2))) if m and m.group(2) else None


def _age_whole(vals: list[str]) -> str | None:
    """The one age group that the others divide without gap or overlap ("20-64 år" of "20-24",
    "25-54", "55-64 år"), when every value is an age group; else None."""
    spans = [(*band, v) for v in vals if (band := _closed_band(v))]
    if len(spans) != len(vals):
        return None  # (an open "65+" or a single year: no split of one closed band here)
    if len(spans) < 3:
        return None
    lo, hi = min(x[0] for x in spans), max(x[1] for x in spans)
    wide = [x for x in spans if (x[0], x[1]) == (lo, hi)]
    parts = sorted(x for x in spans if x not in wide)
    if len(wide) != 1 or len(parts) < 2 or parts[0][0] != lo or parts[-1][1] != hi or not _contiguous(parts):
        return None
    return wide[0][2]


def _contiguous(spans: list[tuple[int, int, str]]) -> bool:
    """Does each (sorted) group start the year after the one before ends – no gap, no overlap?"""
    return all(b[0] == a[1] + 1 for a, b in zip(spans, spans[1:], strict=False))


def young_words(text: str) -> frozenset[str]:
    """The words of ``text`` that speak of young people ("unga arbetslösa", "youth"), as the
    lexicon lists them."""
    t = f" {fold(text)} "
    listed = lexicon()["young"]["words"]
    # (… or the first part of a compound: "ungdomsarbetslösheten" is the young's unemployment)
    heads = {w for x in words(t) for w in listed if " " not in w and len(w) >= 5 and x.startswith(w + "s") and len(x) > len(w) + 4}
    return frozenset(w for w in listed if f" {w} " in t) | heads


def youngest_group(c: CatColumn) -> str | None:
    """The youngest of ``c``'s age groups when it ends by the lexicon's age for the young
    ("16-24 år" of 16-24 / 25-54 / 55-64, "18-24 år" beside "16-64 år"): what "unga" names of a
    table split by age. None when ``c`` holds no age groups, or the group that ends first reaches
    older ages."""
    spans = _age_spans(c)
    if spans is None:
        return None
    # (closed groups only: a single age "65 år" and an open "80+ år" end nowhere young)
    spans = [(a, b, v) for a, b, v in spans if a < b < 10_000]
    if len(spans) < 2:
        return None
    # (the group that ends first: "18-24 år" beside the "16-64 år" that holds it)
    hi, lo, v = min((b, a, v) for a, b, v in spans)
    return v if hi <= lexicon()["young"]["upper"] and lo >= 12 else None


@lru_cache(maxsize=20_000)
def head_words(c: ValueColumn) -> frozenset[str]:
    """The header's own words and numbers of four characters and more ("unga" → "ung", "18-24",
    "2024"; not "tid"), without the generic ones ("antal", "procent"): none for "Värde"."""
    long_words = {stem(w) for w in words(fold(c.name)) if len(w) >= 4}
    # (a year's mark of preliminary figures – "2025 prel." – names no measure a question leaves unsaid)
    mark = {stem(w) for w in words(fold(c.name))} - {stem(w) for w in words(fold(without_preliminary_mark(c.name)))}
    return frozenset(t for t in c.terms if t not in GENERIC_TERMS and t not in mark and (len(t) >= 4 or t in long_words))


def names_no_measure(c: ValueColumn) -> bool:
    """Does the header name no measure of its own ("Värde", "value", "Antal")? Its spelling
    without å/ä/ö ("vard") is as generic. (The resolver's fitted features read head_words as
    they were fitted, where the folded "vard" still counts as a word.)"""
    return not {t for t in head_words(c) if plain(t) not in _GENERIC_PLAIN}


_GENERIC_PLAIN = frozenset(plain(t) for t in GENERIC_TERMS)


_UNIT_IN_NAME = re.compile(r"%|\bandel\b|\bantal\b|\bprocent\b|\bkr\b|\btkr\b|\bper\s|/inv\b|\bkr/", re.I)


def names_measures(values: list[str]) -> bool:
    """Are a dimension's values names of measures ("arbetslöshet, procent", "… med ekonomiskt
    bistånd, andel (%)") – a KPI or "mått" column – rather than the groups of a split ("inrikes
    född", "Kvinnor")? Most of them name a unit. Such values never add up and are never
    averaged together."""
    return len(values) >= 2 and sum(bool(_UNIT_IN_NAME.search(v)) for v in values) * 2 >= len(values)


def value_tokens(value: str) -> tuple[str, ...]:
    """Content tokens of a row label or dimension value; a leading code ("20 Dalarnas län",
    "0114 Upplands Väsby") and joining words are dropped."""
    toks = name_words(value)  # "ESF+" is named "ESF" too
    # (a code stands before a name, which starts with a capital: "0 anställda" is a size class)
    if len(toks) > 1 and re.fullmatch(r"\d{1,6}", toks[0]) and re.match(r"\s*\d{1,6}[.:]?\s+[A-ZÅÄÖ]", value):
        toks = toks[1:]
    return tuple(t for t in toks if t not in STOPWORDS or t in _named_stopwords())


@lru_cache(maxsize=1)
def _named_stopwords() -> frozenset[str]:
    """Stopwords that the lexicon lists as a word of a measure or category: as a dimension
    value they are names ("Man" in a Kön column beside "Kvinna"), not filler."""
    return frozenset(w for g in synonym_groups() for w in g if " " not in w) & STOPWORDS


def build_profiles(tables: list[Table], analyze) -> list[Profile]:
    """Profiles of every table (``analyze``: text → index terms, from the search index)."""
    by_id = {t.id: t for t in tables}
    part_ids = {sid for t in tables for sid in t.source_tables}
    return [_profile(t, analyze, by_id, part_ids) for t in tables]


def _names_of_words(values: list[str]) -> bool:
    """Are these names written in words ("Vårdcentralen Rud", "Capio Vårdcentral Tingvalla") –
    units a question may ask for by their kind ("vilka vårdcentraler …") – rather than ids
    ("SE2321000230-E00010000", "848326-9191")?"""
    # (numbered ones – "Annons 12", "Ärende 2024-114" – are ids however wordy)
    chars = sum(len(v.replace(" ", "")) for v in values)
    numbered = sum(1 for v in values if any(ch.isdigit() for ch in v))
    return bool(chars) and numbered <= 0.1 * len(values) and sum(ch.isalpha() for v in values for ch in v) >= 0.8 * chars


def _case_numbers(values: list[str]) -> bool:
    """Are these a case's numbers ("Ä-0012", "V2023-114"): at least eight, each its own, each a
    code of letters and digits (not a year or a bare count)?"""
    # ("RUN 2022/00016", "Dnr 2023-114": a diary number with its year)
    # (the blank of a total row under them is none: "Summa beviljat" has no diary number)
    values = [v for v in values if v.strip()]
    return len(values) >= 8 and all(re.fullmatch(r"[A-Za-zÅÄÖåäö]{1,4}[-/ ]?\d[\d/-]*", v.strip()) for v in values)


def _profile(t: Table, analyze, by_id: dict[str, Table], part_ids: set[str]) -> Profile:
    cap_text = " ".join([t.caption, t.section] + [by_id[i].caption for i in t.source_tables if i in by_id])
    caption_terms = with_plain(frozenset(analyze(cap_text)) | (young_terms() if young_band(cap_text) else frozenset()))
    values = []
    # (a survey's margins of error are no measure of their own: shown beside their estimates)
    margins = margin_columns([c.name for c in t.value_columns])
    for c in t.value_columns:
        if c.name in margins.values():
            continue
        head = c.name.split("/")[0] if "/" in c.name else c.name
        desc = f"{c.name}" + (f" ({c.unit})" if c.unit and c.unit not in c.name else "") + f" – {t.caption}"
        values.append(ValueColumn(c.name, c.unit, header_terms(analyze, head), header_terms(analyze, c.name), desc))
    cats = []
    twins: dict[str, str] = {}  # a column → the column of its values' short codes
    frame = t.frame
    case_ids = False  # a column numbering the rows as cases ("V-001" …): records however few
    county = _county_from_codes(t)
    if county is not None:
        vals = [v for v in dict.fromkeys(frame[county].astype(str).tolist()) if v]
        cats.append(_cat_column(county, "dimension", vals, (), analyze))
    for c in t.columns:
        if c.role not in ("label", "dimension") or c.name not in frame:
            continue
        if c.role == "dimension" and t.label_column in frame and frame[c.name].astype(str).equals(frame[t.label_column].astype(str)):
            continue  # a copy of the label column (FK's "Kommun" = "Län"): not a slice
        twin = _code_twin(frame, c.name, [x.name for x in t.columns if x.role in ("label", "dimension") and x.name != c.name])
        vals = [v for v in dict.fromkeys(frame[c.name].astype(str).tolist()) if v]
        if c.role == "dimension" and twin:
            twins[twin] = c.name
            # (a diary number beside the project it numbers is codes of it, and numbers the
            # cases all the same: "RS 2024-0212" of each decision – round 226)
            case_ids = case_ids or (len(vals) >= len(frame) - len(t.total_rows) and _case_numbers(vals))
            continue  # "SNI 2007" (A, B, C …) beside "Näringsgren": the same split in codes, no slice of its own
        # (each case its own id; a total row – "Summa beviljat" – has none)
        own_ids = len(vals) == len(frame) or (
            len(vals) >= len(frame) - len(t.total_rows) and len(vals) == int((frame[c.name].astype(str) != "").sum())
        )
        if c.role == "dimension" and own_ids and not is_period_column(c.name, vals) and (
            (len(frame) >= 30 and not _names_of_words(vals)) or _case_numbers(vals)
        ):
            case_ids = case_ids or _case_numbers(vals)
            continue  # an identifier ("Ärendenummer"): one value per row, so no slice of rows
        if c.role == "dimension" and len(vals) == 1 and len(frame) > 1 and (
            re.search(r"[\w)][.!?]\s+[A-ZÅÄÖ]", vals[0]) or len(re.findall(r"\b[A-ZÅÄÖ][\wåäö]+:\s", vals[0])) >= 2
        ):
            # a report's title, parameters or footnote repeated on every row ("Avser permanenta
            # platser … Korttidsplatser … ingår inte." – a reporting tool's text box as a column):
            # no slice of rows, and its words never a filter ("korttidsplatser" had counted 1 row)
            continue
        if c.role == "dimension" and _contact_values(vals):
            # e-mail addresses, web addresses, phone numbers ("bibliotek@rattvik.se"): how to reach
            # each row, no slice of rows – "rättvik" of a question had matched an address
            continue
        totals = c.total_values
        if not totals and c.role == "dimension" and not is_period_column(c.name, vals):
            # a split ingest took for time ("Tid utan arbete": "<6 mån" … "Totalt") has its total too
            totals = tuple(v for v in vals if is_total_label(v))
        cats.append(_cat_column(c.name, c.role, vals, totals, analyze))
    for cat in cats:
        cat.codes = _value_codes(frame, cat, twins.get(cat.name))
    label = next((c for c in cats if c.role == "label"), None)
    if label is not None and label.name in frame.columns:
        for c in cats:
            if c.role == "dimension" and not c.is_period and c.name in frame.columns and len(c.values) > 1 and (
                is_geo_header(c.name) or any(is_county(v) for v in c.values)
            ):
                c.of_rows = bool(frame.groupby(frame[label.name].astype(str))[c.name].nunique().max() <= 1)
    n = len(frame)
    body = n - len(t.total_rows)
    # a table of records: one row per case (a decision, an ad), either under a label that repeats
    # (the municipality of each case) or with a column nearly every row has its own value of (the
    # recipient of each decision) beside categories that repeat (Kommun, Stödform)
    repeating = [c for c in cats if not c.is_period and 1 < len(c.values) < 0.5 * n]
    # (or a date nearly every row has its own of: the day each notice came in)
    # (… or a short list of cases dated each by its own day: 20 projects with their start and end
    # dates – "Start" and "Slut" had been read as periods and pinned to one project's dates)
    enough = n >= 30 or case_ids or (n >= 8 and any(c.dated and len(c.values) >= 0.5 * n for c in cats))
    # (a column numbering the cases – "RUM-001" … – tells the cases apart as well as their names do)
    case_names = case_ids or enough and len(repeating) >= 2 and any(
        (not c.is_period and len(c.values) >= 0.9 * n) or (c.dated and len(c.values) >= 0.5 * n) for c in cats
    )
    # (… or a list of named cases, each its own row, dated by its own start and end: a project
    # portfolio of 18 projects with one repeating category, "Status")
    label_ = next((c for c in cats if c.role == "label"), None)
    if not case_names and enough and repeating and label_ is not None and not label_.is_period and len(label_.values) >= 0.9 * n:
        case_names = sum(1 for c in cats if c.dated and len(c.values) >= 0.5 * n) >= 2
    record = bool(label) and enough and (len(label.values) < 0.5 * n or case_names)
    if record and not case_ids:
        # … but a long export where each label meets each value of its splits once ("Uppsala
        # län" × yrkesområde × månad) holds figures, not cases: its categories key every row
        # (… and nearly fills the grid of their values: a register's few dozen cases are a sparse
        # scatter over kommun × status × insatsområde, however unique)
        # (a column each row has one value of – the county of each municipality – adds no cell)
        # (a date shared by many rows – "2024-03-31" ending a quarter for every county – is a
        # reporting period that keys the figures, not the day of a case)
        keys = [c.name for c in cats if c.name in frame.columns and not c.of_rows and len(c.values) <= 0.5 * n
                and (not c.dated or len(c.values) <= 0.25 * n)]
        unique = bool(keys) and not frame.duplicated(subset=keys).any()
        if unique:
            # (a column that only tells of another – a status "Preliminär"/"Definitiv" beside each
            # publication – keys nothing of its own: left out, the rows stay keyed and the grid is
            # what they fill; round 228's monthly export had read as cases, its figures summed)
            for k in sorted(keys, key=lambda x: len(frame[x].astype(str).unique())):
                rest = [x for x in keys if x != k]
                if k != label.name and len(rest) >= 2 and not frame.duplicated(subset=rest).any():
                    keys = rest
        grid = math.prod(len(c.values) for c in cats if c.name in keys)
        if label.name in keys and len(keys) >= 2 and grid <= 2 * n and unique:
            record = case_names = False
        elif label.name in keys and len(keys) >= 3 and unique and _cases_per_row(values, frame):
            # (… or a register whose identical rows were merged, an "Antal" beside each – every
            # row a group of cases, told apart by its categories alone: its counts add up, its rows
            # are no cases to count – F224-10 had counted 17 rows for 21 participants)
            record = case_names = False
    if record and (case_names or case_ids):
        # one row per case (a project, a decision): a value that reads like a total may be a case's
        cats = [_cases_not_totals(c, t) for c in cats]
    terms = set(caption_terms)
    for v in values:
        terms |= v.all_terms
    for c in cats:
        terms |= c.terms
        for toks in c.tokens[:500]:
            terms |= {stem(x) for x in toks}
    parts = tuple(by_id[i] for i in t.source_tables if i in by_id)
    if len(parts) != len(t.source_tables):
        parts = ()
    years = set(years_in(t.caption + " " + (t.sheet or "")))
    # a range ("2022–2024") covers the years between its ends
    for a, b in re.findall(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)", t.caption + " " + (t.sheet or "")):
        if 0 < int(b) - int(a) <= 30:
            years |= set(range(int(a), int(b) + 1))
    years = frozenset(years)
    return Profile(
        caption_years=years,
        table=t,
        values=values,
        cats=cats,
        caption_terms=caption_terms,
        terms=frozenset(terms),
        parts=parts,
        is_part=t.id in part_ids,
        body_rows=body,
        record_level=record,
        case_names=case_names,
        margins=margins,
    )


def _cases_not_totals(cat: CatColumn, t: Table) -> CatColumn:
    """In a table of records a value that reads like a total ("Hela länet" as a project's
    Kommun) is a total only when its rows hold the sum of the other rows (a value column adds up);
    otherwise it is one more kind of case – a project for the whole county – never a default slice."""
    if cat.role == "label" or not cat.every_total or cat.name not in t.frame.columns:
        return cat
    frame = t.frame
    col = frame[cat.name].astype(str)
    nums = [frame[v.name] for v in t.value_columns if v.name in frame.columns]
    kept = []
    for total in cat.every_total:
        inside = col == total
        if any(
            abs(float(x[inside].sum()) - float(x[~inside].sum())) <= 0.01 * max(abs(float(x[~inside].sum())), 1.0)
            for x in nums if x[inside].notna().any()
        ):
            kept.append(total)
    if len(kept) == len(cat.every_total):
        return cat
    return replace(
        cat,
        totals=tuple(v for v in cat.totals if v in kept),
        geo_totals=tuple(v for v in cat.geo_totals if v in kept),
        county_totals=tuple(v for v in cat.county_totals if v in kept),
    )


COUNTY_FROM_CODE = "Län (enligt kommunkod)"
COUNTY_FROM_ORDER = "Län (enligt länsraden ovanför)"
COUNTY_FROM_NAME = "Län (enligt kommunnamnet)"
DERIVED_COUNTY = (COUNTY_FROM_CODE, COUNTY_FROM_ORDER, COUNTY_FROM_NAME)


def _county_from_codes(t: Table) -> str | None:
    """A table of municipalities with their codes but no county ("0114 Upplands Väsby"): the
    county each code opens with, as a column of the frame (added once), so that "i Dalarna"
    can slice it; None when the table has no such codes or already names counties."""
    frame = t.frame
    for name in DERIVED_COUNTY:
        if name in frame.columns:
            return name
    label = t.label_column
    if label in frame.columns:
        # PxWeb's "20 Dalarnas län", "2080 Falun", "21 Gävleborgs län", "2180 Gävle" in one column:
        # each municipality lies in the county its code opens with; a county's or the country's
        # own row ("20", "00") lies in none
        cells = frame[label].astype(str).str.strip()
        code = cells.str.extract(r"^(\d{2}|\d{4})\s+\S", expand=False)
        four = code[code.str.len() == 4]
        if code.notna().mean() > 0.95 and len(four) >= 2 and four.str[:2].isin(list(COUNTY_BY_CODE)).mean() > 0.95 and not four.str.endswith("00").any():
            frame[COUNTY_FROM_CODE] = code.where(code.str.len() == 4, "").fillna("").str[:2].map(COUNTY_BY_CODE).fillna("")
            return COUNTY_FROM_CODE
        by_order = None if _names_counties(t) else _counties_by_order(cells.tolist())
        if by_order is not None:
            # Arbetsförmedlingen's "Län/kommun": each county's row above its municipalities
            frame[COUNTY_FROM_ORDER] = by_order
            return COUNTY_FROM_ORDER
    for c in t.columns:
        if c.name not in frame or c.role not in ("code", "dimension", "label") or is_period_column(c.name, []):
            continue  # "År" 2006–2024 are years, though "20" opens Dalarna's codes
        distinct = _short_region_codes(pd.Series(frame[c.name].astype(str).str.strip().unique()))
        # municipalities' four digits, with the counties' and the country's own two ("06", "00")
        coded = distinct[distinct.str.fullmatch(r"\d{2}|\d{4}")]
        four = coded[coded.str.len() == 4]
        if not len(distinct) or len(coded) / len(distinct) <= 0.95 or len(four) <= len(coded) / 2 or four.str[:2].isin(list(COUNTY_BY_CODE)).mean() <= 0.95:
            continue
        # a municipality's code never ends in 00: "1000 Statens skatteinkomster", "2000 Inkomster
        # av statens verksamhet" are a budget's headings, not municipalities in Blekinge and Dalarna
        if len(four) < 2 or four.str.endswith("00").any():
            continue
        if _names_counties(t):
            return None  # the table names its counties itself in a column (a county row is no column)
        codes = _short_region_codes(frame[c.name].astype(str).str.strip())
        frame[COUNTY_FROM_CODE] = codes.where(codes.str.len() == 4, "").str[:2].map(COUNTY_BY_CODE).fillna("")
        return COUNTY_FROM_CODE
    if label in frame.columns:
        # (a group's subtotal row – a pivot's sub-region "Nordost" over its municipalities – is
        # no place to find among Sweden's municipalities)
        cells = frame[label].astype(str).str.strip().tolist()
        by_name = _counties_by_name(cells, {cells[i] for i in t.group_rows if i < len(cells)})
        if by_name is not None and not _names_counties(t):
            # Kolada's municipalities by name only ("Sundsvall", "Timrå", "Västernorrlands län"):
            # the county each lies in, by Sweden's list of municipalities
            frame[COUNTY_FROM_NAME] = by_name
            return COUNTY_FROM_NAME
    return None


def _names_counties(t: Table) -> bool:
    """Does a column of the table's own (not its label) hold counties ("Län": "Dalarnas län" …)?
    Then its county is never derived from codes, order or names."""
    frame = t.frame
    return any(c.role == "dimension" and c.name in frame and any(map(is_county, frame[c.name].astype(str).unique())) for c in t.columns)


def _short_region_codes(codes: pd.Series) -> pd.Series:
    """Kolada writes the country as "0000" and each region as "00" + its county's two digits
    ("0022" Region Västernorrland): as the two digits SCB writes, so that municipalities' codes
    ("2281") are told from them."""
    # (… and a spreadsheet drops a code's leading zero: "114" is Upplands Väsby's "0114")
    return codes.str.replace(r"^(\d{3})(?:\.0)?$", r"0\1", regex=True).str.replace(r"^00(\d{2})$", r"\1", regex=True)


def _counties_by_name(cells: list[str], groups: set[str] = frozenset()) -> list[str] | None:
    """For a column of municipalities named without codes (beside their counties' and the
    country's rows at most, and ``groups``, the names of subtotal rows): the county of each
    municipality's row, "" for the rest; None unless nine in ten of the other distinct names are
    Sweden's municipalities (three at least)."""
    known = municipality_counties()
    distinct = {v for v in cells if v and v not in groups}
    places = [v for v in distinct if not is_county(v) and not is_total_label(v, geographic=True) and not _TOTALISH.search(fold(v))]
    found = [v for v in places if fold(v) in known]
    if len(found) < 3 or len(found) < 0.9 * len(places):
        return None
    return [
        COUNTY_BY_CODE.get(known[fold(v)], "") if v in found and not is_county(v) else ""
        for v in cells
    ]


def _counties_by_order(cells: list[str]) -> list[str] | None:
    """For a column listing counties each followed by its municipalities ("Dalarnas län",
    "Avesta", "Borlänge" …, "Gävleborgs län", "Bollnäs" …) – or each after them, as its sum
    ("Uppvidinge" … "Ljungby", "Kronobergs län", "Högsby" …, "Kalmar län") –: the county of each
    row ("" for the county rows themselves and anything outside); None for any other column.
    A name repeated on consecutive rows (one row per industry of each municipality) is one
    place."""
    runs = [v for i, v in enumerate(cells) if i == 0 or cells[i - 1] != v]
    if len(runs) < len(cells):
        by_run = _counties_by_order(runs)
        if by_run is None:
            return None
        out, k = [], -1
        for i, v in enumerate(cells):
            k += i == 0 or cells[i - 1] != v
            out.append(by_run[k])
        return out
    counties = [i for i, v in enumerate(cells) if is_county(v) and re.search(r"\blän\b", fold(v))]
    below = _counties_below(cells, counties)
    if below is not None:
        return below
    if len(counties) < 2 or any(b - a < 3 for a, b in zip(counties, counties[1:], strict=False)) or len(cells) - counties[-1] < 3:
        return None
    if counties[0] > 2:
        return None  # a county listed first, else a country row ("Riket") at most above it
    out, current = [], ""
    for i, v in enumerate(cells):
        if i in counties:
            current = cells[i]
            out.append("")
        elif is_total_label(v, geographic=True) or _TOTALISH.search(fold(v)):
            out.append("")
        else:
            out.append(current)
    return out


def _counties_below(cells: list[str], counties: list[int]) -> list[str] | None:
    """Each county's row after its municipalities: the county that closes each block."""
    if len(counties) < 2 or counties[0] < 3 or any(b - a < 3 for a, b in zip(counties, counties[1:], strict=False)):
        return None
    tail = cells[counties[-1] + 1:]
    if any(not (is_total_label(v, geographic=True) or _TOTALISH.search(fold(v))) for v in tail):
        return None  # only the country's or a total row may follow the last county
    out, start = [""] * len(cells), 0
    for c in counties:
        for i in range(start, c):
            v = cells[i]
            if not (is_total_label(v, geographic=True) or _TOTALISH.search(fold(v)) or is_county(v)):
                out[i] = cells[c]
        start = c + 1
    return out


_TOTALISH = re.compile(r"\b(?:totalt|summa|riket|samtliga)\b")


def _coded(vals: list[str]) -> tuple[dict[str, tuple[str, ...]], str | None]:
    """The words of each value when the column holds one-letter codes of a set the lexicon
    knows (Kolada's kön: T, K, M), and the code of the whole; ({}, None) otherwise."""
    for s in lexicon().get("coded_values", {}).get("sets", []):
        codes = s["codes"]
        if len(vals) >= 2 and all(v.strip().upper() in codes for v in vals):
            words_of = {v: tuple(w for x in codes[v.strip().upper()] for w in words(x)) for v in vals}
            total = next((v for v in vals if v.strip().upper() == s.get("total")), None)
            return words_of, total
    return {}, None


def _cat_column(name: str, role: str, vals: list[str], totals: tuple[str, ...], analyze) -> CatColumn:
    coded, coded_total = _coded(vals)
    toks = [value_tokens(v) + coded.get(v, ()) for v in vals]
    if coded_total is not None and coded_total not in totals:
        totals = (*totals, coded_total)
    df = Counter(x for ts in toks for x in set(ts))
    nv = max(len(vals), 1)
    idf = {x: math.log(1 + nv / d) for x, d in df.items()}
    index: dict[str, list[int]] = {}
    for i, ts in enumerate(toks):
        for x in set(ts):
            index.setdefault(x, []).append(i)
    totals_present = tuple(v for v in totals if v in set(vals))
    if not totals_present and (whole := _age_whole(vals)) is not None:
        # ("20-64 år" beside "20-24", "25-54" and "55-64 år": the whole of its parts, never added
        # to them – a share of "55-64 år" had been taken of all four added up)
        totals_present = (whole,)
    geo = tuple(v for v in totals_present if re.fullmatch(r"(?:\d+\s+)?(?:hela\s+)?(?:riket|sverige|landet)(?:\s+totalt)?", fold(v)))
    county = tuple(v for v in totals_present if is_county(v))
    by_prefix: dict[str, list[str]] = {}
    by_suffix: dict[str, list[str]] = {}
    for tok in index:
        by_prefix.setdefault(tok[:2], []).append(tok)
        if len(tok) >= 8:
            by_suffix.setdefault(tok[-4:], []).append(tok)
    return CatColumn(
        name=name,
        role=role,
        values=vals,
        tokens=toks,
        token_idf=idf,
        token_values=index,
        by_prefix=by_prefix,
        by_suffix=by_suffix,
        is_period=is_period_column(name, vals),
        dated=sum(len(k := period_key(v)) == 3 and k[0] > 0 for v in vals) > len(vals) / 2,
        totals=totals_present,
        geo_totals=geo,
        county_totals=county,
        county_rows=tuple(v for v in vals if is_county(v)) if role == "label" or is_geo_header(name) else (),
        terms=header_terms(analyze, name),
        measures=names_measures(vals) or is_measure_header(name),
    )


# ------------------------------------------------------------------------------ value matching


@dataclass(frozen=True)
class ValueMatch:
    column: str
    values: tuple[str, ...]  # the values named (several when one shared word names them all)
    qtokens: frozenset[str]  # question tokens used
    coverage: float  # share of the value's (idf-weighted) tokens the question names
    quality: float  # 1 exact … lower for inflection or typos


def token_similarity(q: str, v: str) -> float:
    """How well a question word names a value word: 1 equal, 0.9 inflected, 0.75 a typo, else 0."""
    if q == v:
        return 1.0
    if q.isdigit() or v.isdigit() or (any(c.isdigit() for c in q) and any(c.isdigit() for c in v)):
        return 0.0  # (figures are never typos of each other: "16-64" is no "16-24")
    if len(v) >= 3 and q in (v + "s", v + "es", v + "n", v + "en", v + "ens", v + "et", v + "ets", v + "na", v + "nas", v + "arna", v + "a", v + "e"):
        return 0.9
    if len(q) >= 3 and v in (q + "s", q + "n", q + "en", q + "na"):
        return 0.9
    if len(q) >= 5 and v in (q + "t", q + "at", q + "ad", q + "ade"):
        return 0.9  # a verb's stem names its participle: "utbetal" (betalade … ut) → "Utbetalt"
    # adjectives: "ensam" → "ensamma"/"ensamme" (the consonant doubles), "gammal" → "gamla"
    # (the last vowel drops)
    for a, b in ((q, v), (v, q)):
        if len(b) >= 4 and b[-1] not in "aeiouyåäö" and a in (b + b[-1] + "a", b + b[-1] + "e"):
            return 0.9
        if len(b) >= 5 and b[-2] in "aeiouyåäö" and b[-1] in "lnr" and a in (b[:-2] + b[-1] + "a", b[:-2] + b[-1] + "e"):
            return 0.9
    if len(q) >= 5 and len(v) >= 5 and stem(q) == stem(v):
        st = stem(q)
        # a short stem joins derivations too ("staten", "statliga" → "stat"): there only
        # endings of inflection count ("pojkar" for "pojke")
        if len(st) >= 5 or (q.startswith(st) and v.startswith(st) and q[len(st):] in _INFLECTIONS and v[len(st):] in _INFLECTIONS):
            return 0.9
    # a compound's head named on its own: "sysselsättningen" for "Sysselsättningsgrad"
    sq, sv = stem(q), stem(v)
    if len(sq) >= 7 and v.startswith(sq) and len(v) - len(sq) >= 3:
        return 0.7
    if len(sv) >= 7 and q.startswith(sv) and len(q) - len(sv) >= 3:
        return 0.7
    if len(q) >= 5 and len(v) >= 5:
        d = Levenshtein.distance(q, v, score_cutoff=2)
        if d <= 1 or (d == 2 and min(len(q), len(v)) >= 9):
            return 0.75
        # a typo inflected: "konsultchekar" of "Konsultcheck" (its plural, a letter dropped)
        if len(v) >= 8 and any(
            q.endswith(e) and Levenshtein.distance(q[: -len(e)], v, score_cutoff=1) <= 1 for e in ("arna", "erna", "ar", "er", "or", "en", "na")
        ):
            return 0.7
    if _umlaut_plural(q, v):
        return 0.9
    return 0.0


_DE_UMLAUT = str.maketrans("äö", "ao")
_INFLECTIONS = frozenset(
    "a e s n en et er ar or na ns es ens ets ers ars ors arna erna orna ernas arnas ornas ans "
    "ade at ad ades ats ande ende de te t ts des tes r".split()  # nouns, adjectives, verbs
) | {""}


def _umlaut_plural(q: str, v: str) -> bool:
    """A plural that changes its vowel: "män" for "man", "länder"/"land", "städerna"/"stad"."""
    if len(q) < 3 or len(v) < 3 or not (set(q) | set(v)) & {"ä", "ö"}:
        return False
    a, b = sorted((q.translate(_DE_UMLAUT), v.translate(_DE_UMLAUT)), key=len)
    return b in (a, a + "er", a + "erna", a + "en", a + "nen", a + "na")


def _code_twin(frame: pd.DataFrame, name: str, others: list[str]) -> str | None:
    """The column whose values column ``name`` gives in short codes, one code per value and one
    value per code ("SNI 2007": A, B, C … beside "Näringsgren": Jordbruk …, Utvinning …); None."""
    codes = frame[name].astype(str)
    if codes.nunique() < 3:
        return None  # (two values – Ja/Nej – can go with another column's two by chance)
    if (codes.str.contains(r"[a-zåäö]{3}") & ~codes.str.fullmatch(r"\s*|nan")).mean() > 0.2:
        # words, not codes: "Alvesta", "Ljungby" – a municipality's name had been taken for the
        # code of its own "Median väntetid (dagar): 38" (one value each, by chance)
        return None
    if codes.nunique() == len(frame) and is_period_column(name, list(dict.fromkeys(codes))):
        return None  # a date of each case ("Beslutsdatum") is unique per row as a name is, and no code of it
    length = codes.str.len().mean()
    for other in others:
        if other not in frame.columns:
            continue
        full = frame[other].astype(str)
        if full.nunique() != codes.nunique() or full.str.len().mean() <= 2 * length:
            continue
        pairs = pd.DataFrame({"a": codes, "b": full}).drop_duplicates()
        if len(pairs) == codes.nunique():
            return other
    return None


# "F00-F99 Psykiska sjukdomar …", "M00–M99 Sjukdomar i muskuloskeletala systemet": a chapter's code range first
# (… or last, in brackets: "Psykiska sjukdomar och syndrom … (F00-F99)")
# a municipality's code before its name ("2380 Östersund", Kolada's and SCB's labels)
_REGION_CODE = re.compile(r"(\d{4})\s+[A-ZÅÄÖ]")
_CODE_RANGE = re.compile(r"(?:^|\()([A-ZÅÄÖ])\d{2}(?:\.\d)?\s*[-–]\s*[A-ZÅÄÖ]?\d{2}\b")


def _value_codes(frame: pd.DataFrame, cat: CatColumn, code_column: str | None) -> dict[str, str]:
    """Folded short code → value of ``cat``: from the code column beside it, else from the code
    range its values start with – each code naming one value only."""
    out: dict[str, list[str]] = {}
    if code_column is not None and code_column in frame.columns and cat.name in frame.columns:
        for code, value in frame[[code_column, cat.name]].astype(str).drop_duplicates().itertuples(index=False):
            if code.strip() and value.strip():
                out.setdefault(fold(code).strip(), []).append(value)
    else:
        for v in cat.values:
            m = _CODE_RANGE.search(v.strip()) or _REGION_CODE.match(v.strip())
            if m:
                out.setdefault(fold(m.group(1)), []).append(v)
    return {k: vs[0] for k, vs in out.items() if len(set(vs)) == 1}


def _cases_per_row(values, frame) -> bool:
    """Is the table's one value column a count of cases per row – headed "Antal" (or "Antal
    personer", "Count", "N"), whole numbers of one or more, some above one?"""
    if len(values) != 1 or values[0].name not in frame.columns:
        return False
    head = fold(values[0].name).strip()
    if not (head in ("antal", "count", "n", "frekvens", "frequency", "freq") or re.fullmatch(r"antal (?:personer|deltagare|fall|ärenden|individer)", head)):
        return False
    col = frame[values[0].name].dropna()
    return len(col) >= 10 and bool((col >= 1).all()) and bool((col == col.round()).all()) and float(col.max()) > 1


def names_column(word: str, cat: CatColumn, by_values: bool = True) -> bool:
    """Does ``word`` name the column ``cat`` as a whole: its header ("kommun" for Kommun), or a
    word most of its values share ("länsdel" for Norra/Västra/Södra länsdelen)?"""
    s = stem(word)
    if s in cat.terms or fold(word) == fold(cat.name):
        return True
    kind = _kind_of(fold(cat.name))
    if kind and (kind == fold(word) or stem(kind) == s):
        return True  # "vilket rovdjur …" of a column "Rovdjursart": its values are kinds of rovdjur
    if not by_values or len(s) < 4 or len(cat.values) < 2:
        return False
    holding: set[int] = set()
    for tok, idx in cat.token_values.items():
        if stem(tok) == s:
            holding |= set(idx)
    return len(holding) >= max(2, len(cat.values) / 2)


# Words closing a header that names kinds of what its first part names ("Rovdjursart",
# "Stödform", "Fordonstyp", "Yrkesgrupp"), or units of it ("Skolenhet": each row a school):
# general language, not any table's words
_KIND_HEADS = ("kategori", "grupp", "typ", "art", "slag", "sort", "form", "enhet")


@lru_cache(maxsize=4096)
def _kind_of(header: str) -> str:
    """What a header's values are kinds of ("rovdjursart" → "rovdjur", "stödform" → "stöd"),
    its first part without its linking s; "" for a header of one word or of several."""
    if " " in header:
        return ""
    for head in _KIND_HEADS:
        first = header[: -len(head)]
        if header.endswith(head) and len(first) >= 3:
            return first[:-1] if first.endswith("s") and len(first) >= 4 else first
    return ""


_COORDINATORS = frozenset({"och", "eller", "respektive", "resp", "samt", "kontra", "mot"})


def _window_of_values(qtokens: tuple[str, ...], used: frozenset[str], value_tokens_: list[str]) -> tuple[int, int]:
    """The narrowest span of ``qtokens`` that names each of ``value_tokens_`` once, by any of the
    ``used`` words similar to it; the span of ``used`` when a value word is named by none."""
    where = []
    for vt in value_tokens_:
        at = [i for i, q in enumerate(qtokens) if q in used and (q == vt or token_similarity(q, vt))]
        if at:
            where.append(at)
    named = {qtokens[i] for at in where for i in at}
    if not where or used - named:
        return _window(qtokens, used)
    return _narrowest(where, len(qtokens))


def _window(qtokens: tuple[str, ...], used: frozenset[str]) -> tuple[int, int]:
    """The narrowest span of ``qtokens`` that holds every word of ``used`` once."""
    where = [[i for i, q in enumerate(qtokens) if q == u] for u in used]
    where = [w for w in where if w]
    if not where:
        return 0, 0
    return _narrowest(where, len(qtokens))


def _narrowest(where: list[list[int]], n: int) -> tuple[int, int]:
    """The narrowest (first, last) position that takes one position of each list."""
    best = (0, n)
    for combo in product(*where[:6]):
        lo, hi = min(combo), max(combo)
        if hi - lo < best[1] - best[0]:
            best = (lo, hi)
    return best


def _coordinated(qtokens: tuple[str, ...], j: int, cat: CatColumn) -> bool:
    """Is ``qtokens[j]`` a value word joined to its neighbour by "och"/"eller" – or listed beside
    another value word ("Västernorrland, Jämtland, Västerbotten och Norrbotten")?"""
    beside = (qtokens[j - 1] if j > 0 else "", qtokens[j + 1] if j + 1 < len(qtokens) else "")

    def ids(w: str) -> frozenset:  # (a county's name beside its genitive "Jämtlands län")
        return frozenset(cat.token_values.get(w) or cat.token_values.get(w + "s") or ()) if w else frozenset()

    own = ids(qtokens[j])
    if not own:
        return False
    if set(beside) & _COORDINATORS:
        return True
    # (a list: each word the name of one value of its own, the next another's)
    return len(own) == 1 and any(len(ids(b)) == 1 and ids(b) != own for b in beside)


def _head_word(q: str) -> str:
    """The question's word as the head of a compound, its passive -s aside ("startades" → "startade")."""
    return q[:-1] if q.endswith("s") and len(q) > 6 else q


def _head_of(q: str, vt: str) -> bool:
    """Does the question's word name the head of a compound value token ("startade(s)" of
    "nystartade")?"""
    head = _head_word(q)
    return len(head) >= 6 and len(vt) >= len(head) + 2 and vt.endswith(head)


_ALL_WORDS = frozenset({"alla", "samtliga", "all", "every"})


# (a value's word, the question's opposite word): "utan" against "med", "without" against "with"
_WITH_WITHOUT = (("utan", "med"), ("med", "utan"), ("without", "with"), ("with", "without"))


# a header or value of a rate per something, folded: "Utbetalt … per invånare, kr", "kr/inv",
# "Antal per 10 000 inv"
RATE_HEADER = re.compile(r"[a-zåäö)]\s*/\s*[a-zåäö]|\bper\s")


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """The lexicon's words that are the unit of kronor at some scale ("kr", "tkr", "mnkr", "sek")."""
    return frozenset(w for w in [*currency_codes(), "kronor"] if not w.startswith("eur"))


def match_values(
    cat: CatColumn, qtokens: tuple[str, ...], exclude: frozenset[str] = frozenset(), content: frozenset[str] = frozenset(),
    exact_only: frozenset[str] = frozenset(), subject: frozenset[str] = frozenset(),
) -> list[ValueMatch]:
    """The values of ``cat`` the question names, best first.

    Tokens are matched one by one; a value counts when the question names most of its
    distinctive tokens. When the words used for one value are a strict subset of the words
    used for another ("Örebro" ⊂ "Örebro län"), the narrower match is dropped, so the county
    row never loses to an area that merely shares its first word.

    ``subject``: plain stems of what the table itself is about (its caption's terms): such a
    word names no value by being a minority of it ("företag" of a register of new companies is
    no "Konsultverksamhet avseende företags organisation"), while a compound ending in it names
    the value its first part opens ("restaurangföretagen" → "Restaurangverksamhet").
    """
    cand = [q for q in dict.fromkeys(qtokens) if q not in exclude and (len(q) > 1 or q.isdigit())]
    # "vårdcentralerna i Kristinehamn" of a table of health centres: what the table is about, in
    # the definite plural, is every row of its kind – no word of one value ("Vårdcentralen
    # Kristinehamn", beside the municipality Kristinehamn)
    # (… of a column of things, not of measures: "trafikolyckorna" names the measure "Olyckor")
    if subject and not cat.measures:
        # (… a neuter's too, whose plural is its singular: "biblioteken", "företagen" – the
        # caption's own word with "-en"; "Rättviks bibliotek" had been read for "biblioteken i rättvik")
        cand = [
            q for q in cand
            if not (_DEFINITE_PLURAL.search(q) and names_subject(plain(stem(q)), subject))
            # (… never a word a value writes as asked: "länsdelen" of "Södra länsdelen" is the
            # singular, and names that value)
            and not (q.endswith("en") and len(q) >= 7 and plain(q[:-2]) in subject and q not in cat.token_values)
        ]
    if not cand or not cat.values:
        return []
    asked = set(qtokens)
    # question token → (value token, similarity)
    hits: dict[int, dict[str, float]] = {}
    for q in cand:
        for vt in _similar_tokens(q, cat):
            # (a word written plain by a table that has no å/ä/ö is the word itself)
            sim = 1.0 if cat.plain_spelt and vt == plain(q) else token_similarity(q, vt)
            if not sim or (q in exact_only and q != vt):
                continue  # ("andel" asks for a share; it is no misspelling of "handel")
            for i in cat.token_values[vt]:
                cur = hits.setdefault(i, {})
                cur[vt] = max(cur.get(vt, 0.0), sim)
    # a compound written as one word names a value written as two: "inrikesfödda" → "inrikes född"
    for q in cand:
        if len(q) < 8:
            continue
        for i, toks in enumerate(cat.tokens):
            for a, b in zip(toks, toks[1:], strict=False):
                if len(a) >= 3 and len(b) >= 3 and q.startswith(a) and token_similarity(q[len(a):], b):
                    cur = hits.setdefault(i, {})
                    cur[a] = max(cur.get(a, 0.0), 0.85)
                    cur[b] = max(cur.get(b, 0.0), 0.85)
    # … and a word names the head of a compound value token: "startades" → "nystartade" – when
    # that token is the only one it heads ("programmet" heads every "…programmet": none of them)
    head_pairs: set[tuple[str, str]] = set()
    for q in cand:
        if len(q) < 6 or q.isdigit():
            continue
        if subject and names_subject(plain(stem(q)), subject):
            # ("biblioteken" of a table of libraries – "Folkbibliotek … per biblioteksenhet" – is
            # what every row is, not the one kind "Huvudbibliotek" or "… stadsbibliotek" it heads)
            continue
        headed = [vt for vt in cat.by_suffix.get(_head_word(q)[-4:], ()) if _head_of(q, vt)]
        if len(headed) > 1:
            # ("teknik" heads "Teknikprogrammet" and "Teknikvetenskap", the second only ever
            # within the first's values – "Teknikprogrammet – Teknikvetenskap": the broader one)
            widest = max(headed, key=lambda vt: len(cat.token_values[vt]))
            if all(set(cat.token_values[vt]) <= set(cat.token_values[widest]) for vt in headed):
                headed = [widest]
        if len(headed) == 1:
            head_pairs.add((q, headed[0]))
            for i in cat.token_values[headed[0]]:
                cur = hits.setdefault(i, {})
                cur[headed[0]] = max(cur.get(headed[0], 0.0), 0.85)
    # … and a word names the compound it opens when the rest is the kind the column's values are
    # ("teknik" → "Teknikprogrammet", "natur" → "Naturvetenskapsprogrammet": "…programmet" ends
    # three or more of them) – the short name of a programme, a school, a unit
    for q in cand:
        if len(q) < 5 or q.isdigit() or q in cat.token_values or q in STOPWORDS:
            continue
        opened = [
            vt for vt in cat.by_prefix.get(q[:2], ())
            if vt.startswith(q) and len(vt) >= len(q) + 5 and len(tail := vt[len(q):].removeprefix("s")) >= 5
            and sum(1 for t in cat.token_values if t.endswith(tail) and t != vt) >= 2
        ]
        # (… the broadest of them: "Teknikvetenskap" stands only within "Teknikprogrammet – …")
        opened = [vt for vt in opened if not any(o != vt and set(cat.token_values[vt]) < set(cat.token_values[o]) for o in opened)]
        for vt in opened:
            head_pairs.add((q, vt))
            for i in cat.token_values[vt]:
                cur = hits.setdefault(i, {})
                cur[vt] = max(cur.get(vt, 0.0), 0.85)
    # … and a compound whose tail is what the table is about names the value its head opens:
    # "restaurangföretagen" of a register of companies → "56.100 Restaurangverksamhet"
    for q in cand:
        if len(q) < 10 or not subject or plain(stem(q)) in subject:
            # ("förvärvsarbetande" of a table of "Förvärvsarbetande …" is the subject whole, no
            # head "förv-" of "Offentlig förvaltning" before a tail of it)
            continue
        for k in range(4, len(q) - 4):
            tail = plain(stem(q[k:]))
            if not names_subject(tail, subject):
                continue
            head = q[:k]
            opened = [vt for vt in cat.by_prefix.get(head[:2], ()) if vt.startswith(head) and len(vt) >= len(head) + 4]
            for vt in opened:
                for i in cat.token_values[vt]:
                    cur = hits.setdefault(i, {})
                    cur[vt] = max(cur.get(vt, 0.0), 0.85)
            if opened:
                head_pairs.update((q, vt) for vt in opened)
                break
    # … and a compound whose first part is what the table is about names the value its last
    # part is: "trafikolyckorna" of a table of "vägtrafikolyckor" → "Olyckor" (beside "Skadade")
    for q in cand:
        if len(q) < 10 or not subject or q in cat.token_values or plain(stem(q)) in subject:
            continue  # ("personskada" of a caption "… med personskada" is what every row is of)
        for k in range(5, len(q) - 4):
            if not any(plain(q[:k]) in t for t in subject):
                continue
            tail = q[k:]
            named = [vt for vt in _similar_tokens(tail, cat) if len(vt) >= 5] or [
                vt for vt in cat.by_prefix.get(tail[:2], ()) if len(vt) >= 5 and stem(vt) == stem(tail)
            ]
            for vt in named[:1]:
                for i in cat.token_values[vt]:
                    cur = hits.setdefault(i, {})
                    cur[vt] = max(cur.get(vt, 0.0), 0.85)
                head_pairs.add((q, vt))
            if named:
                break
    # … and a word names its abbreviation after a slash: "per invånare" → "kr/inv" – a base of a
    # rate, said after "per" ("dagligrökare" is no "/dag" of "högst 1,3 gånger/dag")
    per_words = {qtokens[k + 1] for k in range(len(qtokens) - 1) if qtokens[k] in ("per", "i", "/")}
    for q in cand:
        if len(q) < 6 or (q not in per_words and q not in rate_bases()):
            continue
        for vt in cat.by_prefix.get(q[:2], ()):
            if 3 <= len(vt) <= len(q) - 3 and q.startswith(vt):
                for i in cat.token_values[vt]:
                    if re.search(rf"/\s*{re.escape(vt)}\b", fold(cat.values[i])):
                        cur = hits.setdefault(i, {})
                        cur[vt] = max(cur.get(vt, 0.0), 0.85)
    # … and a particle verb names the agent noun it makes: "pendlade ut" → "utpendlare", "flyttade
    # in" → "inflyttade" (Swedish writes the particle after the verb and before the noun)
    particle_words: dict[str, frozenset[str]] = {}  # value token → the particle and verb that named it
    for k, q in enumerate(qtokens):
        if q not in PARTICLES:
            continue
        # (… also with the subject between them: "betalade Norrköpings kommun ut" → "Utbetalt")
        before = [qtokens[j] for j in range(max(0, k - 1 - SUBJECT_GAP), k - 1) if FINITE_VERB.fullmatch(qtokens[j])]
        for verb in (qtokens[k - 1] if k else "", qtokens[k + 1] if k + 1 < len(qtokens) else "", *before):
            if len(verb) < 5 or verb in exclude:
                continue
            for vt in cat.by_prefix.get(q[:2], ()):
                rest = vt[len(q):]
                if vt.startswith(q) and len(rest) >= 5 and len(commonprefix((rest, verb))) >= 5:
                    particle_words[vt] = particle_words.get(vt, frozenset()) | {q, verb}
                    for i in cat.token_values[vt]:
                        cur = hits.setdefault(i, {})
                        cur[vt] = max(cur.get(vt, 0.0), 0.85)
    # … and a currency's unit names money at any scale: "miljoner kr" is as much "tkr" as "kr" (the
    # literal "kr" had read "… per invånare, kr" for an amount paid out in "tkr")
    currency = _currency_codes()
    for q in cand:
        if q in currency:
            for vt in currency & set(cat.token_values):
                for i in cat.token_values[vt]:
                    cur = hits.setdefault(i, {})
                    cur[vt] = max(cur.get(vt, 0.0), 1.0)
    if not hits:
        return []
    # a word every value holds ("år" of "0-19 år" … "80+ år") names none of them, and where it
    # stands in the question says nothing of which ("65–79-åringar … år 2030")
    common = cat.common_tokens
    per_value = []
    for i, matched in hits.items():
        if common and set(matched) <= common:
            continue
        toks = cat.tokens[i]
        total = sum(cat.token_idf.get(x, 1.0) for x in sorted(set(toks))) or 1.0
        got = sum(cat.token_idf.get(x, 1.0) for x in sorted(matched))
        coverage = got / total
        if len(cat.values[i].strip()) <= 2:
            coverage = 1.0  # a code ("M") is named whole by any of its words ("män", "men", "male")
        short = re.search(r"\(([A-ZÅÄÖ][A-ZÅÄÖ0-9+]{1,7})\)", cat.values[i])
        if short and fold(short.group(1)) in matched:
            coverage = 1.0  # "ERUF" names "Europeiska regionala utvecklingsfonden (ERUF)": its own short form
        # (a compound's first part of three letters or more: "kr" of "kr/inv" is no part of "kramfors")
        used = frozenset(q for q in cand for vt in matched if (token_similarity(q, vt) and (q not in exact_only or q == vt)) or (len(q) >= 8 and len(vt) >= 3 and q.startswith(vt))
                         or (q, vt) in head_pairs or (q in currency and vt in currency) or (cat.plain_spelt and plain(q) == vt)).union(
            *(particle_words[vt] for vt in matched if vt in particle_words)
        )
        quality = min(matched.values())
        # "Karlskoga södra tätort" does not name "Karlskoga norra tätort": a topic word standing
        # between the words used for a value, and unused by it, names something else.
        # The window is the narrowest one holding each used word once ("team norra och team
        # sydost": the second "team" belongs to "Team Sydost"), and a word coordinated with
        # "och"/"eller" that names another value of the column is a sibling, not a qualifier
        # ("Karlskoga norra och östra tätort" names both areas).
        distinct = frozenset(q for q in used if any(vt not in common and token_similarity(q, vt) for vt in matched)) or used
        # (one place per word of a value named whole: "Västra Götalands län … inte länet" uses "län" once)
        whole = set(toks) <= set(matched)
        lo, hi = _window_of_values(qtokens, distinct, [vt for vt in matched if vt not in common]) if whole else _window(qtokens, distinct)
        if hi - lo >= 1 and any(
            # a word whose translation, placed after it, names the value is used ("education")
            qtokens[j] in content and qtokens[j] not in used and translations().get(qtokens[j]) not in used
            and not _coordinated(qtokens, j, cat)
            # … of a column of measures (a KPI's title), a word the column knows (another
            # measure's); one it never writes ("gymnasieeleverna i Karlskoga tog examen", "hushåll
            # med ek bistånd") qualifies none of them. A place is qualified by any word ("Karlskoga
            # södra tätort" is no area of a table with only the north and the east)
            and (bool(_similar_tokens(qtokens[j], cat)) or (not cat.measures and _names_a_place(cat, toks)))
            for j in range(lo, hi)
        ):
            continue
        # a single short word, or a minority of a long label, does not name the value
        # (… unless it is the place the label opens with: "Sala" of "Sala (inklusive Möklinta,
        # Västerfärnebo och Ransta med omnejd)")
        # (… nor a place in a label of another kind: "Örebro" of "Andel invånare som når Örebro med
        # kollektivtrafik" is where the question's strategy is, not that indicator)
        if coverage < 0.5 and not any(
            len(x) >= 5 and cat.token_idf.get(x, 0) > 1.0 and not names_subject(plain(stem(x)), subject)
            and (municipality_of(x, homographs=True) is None or x == toks[0])
            for x in matched
        ) and not (
            toks and toks[0] in matched and municipality_of(toks[0], homographs=True) is not None
        ):
            continue
        # a word for what the whole table counts names no row of it in part: "jobbade"
        # (→ "förvärvsarbete") of a table of "Förvärvsarbetande … efter näringsgren" is not the
        # branch "Förvärvsarbete i hushåll"
        # (… of rows of things, not of a column of measures: "företagen" names "Antal företag"
        # beside "Antal anställda" of a caption that names both)
        if coverage < 0.999 and subject and not cat.measures and all(names_subject(plain(stem(x)), subject) for x in matched):
            continue
        # "hur många dagar …" does not name "Till arbete eller studier (90 dagar)": a word right
        # after a figure of the value is its qualifier ("within 90 days"), named only with the figure
        after_figure = figure_qualifiers(cat.values[i], asked)
        if after_figure and set(matched) <= after_figure:
            continue
        # "sammanboende med barn" does not name "sammanboende utan barn" (nor "utan" a value "med"):
        # the small words that say with or without are no stop words here
        said = set(words(fold(cat.values[i])))
        if any(w in said and w not in asked and other in asked for w, other in _WITH_WITHOUT):
            continue
        per_value.append((coverage, quality, i, used))
    if not asked & (rate_bases() | {"per"}):
        # a rate ("… per invånare, kr", "kr/inv") is not named by the words it shares with the
        # amount beside it ("Hur mycket betalade … ut"): the question says no base of a rate
        amounts = {used for _, _, i, used in per_value if not RATE_HEADER.search(fold(cat.values[i]))}
        per_value = [it for it in per_value if not (RATE_HEADER.search(fold(cat.values[it[2]])) and any(it[3] <= u for u in amounts))]
    groups: dict[frozenset, list] = {}
    for item in per_value:
        groups.setdefault(item[3], []).append(item)
    keys = [k for k in groups if not any(k < other for other in groups)]
    out = []
    totals = set(cat.totals)
    for k in keys:
        items = groups[k]
        best = max(c for c, *_ in items)
        if best >= 0.999 or len(items) == 1:
            chosen = [it for it in items if it[0] >= best - 1e-9]
            # (… with the same municipality written otherwise in a register: "Landskrona kommun",
            # "Landskrona stad" and "LANDSKRONA" beside "Landskrona" are one place)
            places = {place for it in chosen if (place := municipality_written(cat.values[it[2]]))}
            chosen += [it for it in items if it not in chosen and municipality_written(cat.values[it[2]]) in places]
        else:
            # one shared word ("Karlskoga", "Örebro") names every value holding it: a scope
            chosen = [it for it in items if cat.values[it[2]] not in totals] or items
        out.append(
            ValueMatch(
                column=cat.name,
                values=tuple(cat.values[it[2]] for it in sorted(chosen, key=lambda x: x[2])),
                qtokens=k,
                coverage=best,
                quality=max(it[1] for it in chosen),
            )
        )
    # "muskuloskeletala diagnoser" names "Sjukdomar i muskuloskeletala systemet …", not also
    # "Övriga diagnoser": a value named only in part, by the one word that names the column itself
    # (Diagnosgrupp), right after a word naming another of its values, is that value's noun
    # … and "alla diagnoser" names every value of the column, not the one holding its noun
    used_by = {m.values: m.qtokens for m in out}
    out = [
        m for m in out
        if not (m.coverage < 0.999 and len(m.qtokens) == 1 and any(
            j > 0 and qtokens[j] in m.qtokens
            and (names_column(qtokens[j], cat, by_values=False) or (len(stem(qtokens[j])) >= 5 and any(
                t.startswith(stem(qtokens[j])) for t in cat.terms)))  # "diagnoser" of "Diagnosgrupp"
            and (qtokens[j - 1] in _ALL_WORDS or any(qtokens[j - 1] in other for v, other in used_by.items() if v != m.values))
            for j in range(len(qtokens))
        ))
    ]
    out.sort(key=lambda m: (-m.coverage * m.quality, -len(m.qtokens)))
    return out


def figure_qualifiers(value: str, asked) -> frozenset[str]:
    """The words of a value that stand right after a figure the question does not say: "dagar"
    of "Till arbete eller studier (90 dagar)" qualifies the measure ("within 90 days"), and names
    it only together with the figure."""
    w = words(fold(value))
    # (a figure the value opens with, alone or as a range, is what it names: "16-24 år", "2021 Vansbro")
    return frozenset(
        w[i + 1] for i in range(1, len(w) - 1) if w[i].isdigit() and not w[i - 1].isdigit() and w[i] not in asked
    )


def _names_a_place(cat: CatColumn, toks: tuple[str, ...]) -> bool:
    """Is a value a place or a part of one ("Karlskoga norra tätort", a column of counties or
    municipalities)? Any word between the words that name it qualifies a place ("Karlskoga södra
    tätort" names no area of the north); a word the column never writes does not qualify a
    value of another kind ("externa gäster på middag" still names "Extern representation, middag")."""
    return is_geo_header(cat.name) or bool(cat.county_rows) or bool(toks and municipality_of(toks[0], homographs=True) is not None)


# a note saying what is not counted: "X ingår inte", "exklusive X"
_LEFT_OUT_AFTER = re.compile(r"\bingår\s+(?:inte|ej)\b|\b(?:är|har)\s+(?:inte|ej)\s+(?:medräknade|medräknad|inräknade|inräknad)\b")
_LEFT_OUT_BEFORE = re.compile(r"\b(?:exklusive|exkl\.?|utom|utan att räkna|ej inräknat|not including|excluding)\s+")
# a noun in the definite plural: "vårdcentralerna", "stationerna", "skolorna", "kommunerna"
_DEFINITE_PLURAL = re.compile(r"[^aeiouyåäö](?:erna|arna|orna)$")


def names_subject(term: str, subject: frozenset[str]) -> bool:
    """Is a (plain, stemmed) word what the table is about: a caption term, or the tail of one
    ("foretag" of "nyforetag")?"""
    return len(term) >= 5 and any(t == term or (t.endswith(term) and len(t) >= len(term) + 2) for t in subject)


def _similar_tokens(q: str, cat: CatColumn) -> list[str]:
    """Value tokens the question word may name: itself, inflections and near spellings that
    share its first two letters (typos rarely hit the first letters)."""
    if cat.plain_spelt and not q.isascii() and plain(q) in cat.token_values:
        return [plain(q)]  # "Åre" of a report that can only write "ARE"
    near = cat.by_prefix.get(q[:2], ())
    if q[:2].translate(_DE_UMLAUT) != q[:2]:  # "män" names "Man"
        near = (*near, *cat.by_prefix.get(q[:2].translate(_DE_UMLAUT), ()))
    if q in cat.token_values:
        return [q] + [v for v in near if v != q and v.startswith(q[:4]) and token_similarity(q, v)][:5]
    if len(q) < 3:
        return []
    return [v for v in near if token_similarity(q, v)][:8]


def cases_repeat(p: Profile, df: pd.DataFrame) -> bool:
    """Rows of ``df`` that no category of the table tells apart (periods aside): one row per
    case (an application, a decision), not one figure per category combination."""
    cats = [c.name for c in p.cats if not c.is_period and c.name in df.columns]
    return bool(len(df)) and (p.case_names or bool(df.duplicated(subset=cats).any()))


@lru_cache(maxsize=1)
def total_words() -> dict[str, frozenset[str]]:
    """The lexicon's total phrases by kind, folded (read once; callers must not change it)."""
    return {k: frozenset(fold(x) for x in v) for k, v in lexicon()["totals"].items()}


@lru_cache(maxsize=512)
def phrase_words(phrases: frozenset[str], folded: str) -> frozenset[str]:
    """The words of those ``phrases`` that stand whole in the folded question ("the county
    average" → its three words); empty when none does."""
    return frozenset(w for p in phrases if says(folded, p) for w in p.split())


def latest(values: list[str]) -> str:
    return max(values, key=period_key)


def frame_values(frame: pd.DataFrame, col: str) -> pd.Series:
    return frame[col].astype(str)


def numbered_rows(cat: CatColumn) -> dict[int, list[str]]:
    """A label column of rows numbered "1. Validering", "2) Yrkesvux" …: number → its rows; {}
    unless three rows at least, and six in ten, are numbered."""
    numbers: dict[int, list[str]] = {}
    for v in cat.values:
        if (m := re.match(r"(\d{1,2})[.)]\s+\S", v.strip())):
            numbers.setdefault(int(m.group(1)), []).append(v)
    return numbers if len(numbers) >= 3 and len(numbers) >= 0.6 * len(cat.values) else {}


# Words a small number follows that name no numbered row ("topp 3", "kvartal 2", "vecka 12")
_NOT_ROW_NOUNS = frozenset("topp kvartal vecka tabell figur sida bilaga kapitel avsnitt paragraf årskurs klass steg nivå fas".split())
_ROW_NUMBER = re.compile(
    r"\b([a-zåäö]{4,})\s+(?:nr\.?\s*|nummer\s+)?(\d{1,2})(?![\d,.:%]|\s*(?:%|procent|år|st|kr|tkr|dagar|månader)\b)"
)


def asked_row_numbers(text: str) -> list[tuple[str, int]]:
    """The rows a question names by a number ("insats 3", "åtgärd nr 2", "action 9"): (noun,
    number) pairs, never a count or amount ("3 år", "5 %"), a ranking ("topp 3"), a period
    ("kvartal 2", "mars 3") or a pointer into a document ("tabell 4", "sida 2")."""
    out = []
    for m in _ROW_NUMBER.finditer(fold(text)):
        if m.group(1) in _NOT_ROW_NOUNS or m.group(1) in MONTH_NAMES:
            continue
        out.append((m.group(1), int(m.group(2))))
    return out


def is_breakdown(cat: CatColumn, caption: str = "") -> bool:
    """A column of one of the lexicon's breakdowns (kön, ålder …), by its header or its values,
    or one the caption lists as a split ("… efter region, hustyp och år"): parts of a whole,
    so a count over them adds up."""
    name = fold(cat.name)
    if cat.measures:
        return False  # "efter region, mått och år": measures are listed, they are no parts of one whole
    # ("… by region and sex", "… fördelat på kön": a split the caption lists too)
    m = re.search(r"\b(?:efter|by|fördelat på|uppdelat på)\s+(?!\d)(.+)$", fold(caption))
    if m and says(m.group(1), name):
        return True
    if re.search(r"\w{3,}(?:kategori|grupp|typ|slag|category|group|type)$", name):
        # "Sökandekategori", "Diagnosgrupp", "Boendetyp", "accommodation_type": a column that
        # sorts into groups or kinds says so
        return True
    vals = [fold(v) for v in cat.values]
    for key, spec in lexicon()["breakdowns"].items():
        if name.startswith(fold(key)):
            return True
        words_ = {fold(w) for w in spec.get("sv", [])}
        if words_ and all(v in words_ or any(stem(v) == stem(w) for w in words_) for v in vals):
            return True
        if spec.get("patterns") and all(any(re.search(pat, v) for pat in spec["patterns"]) for v in vals):
            return True
    return False


# the period a change is counted from ("Förändring sedan dec 2023", "jämfört med 2023"): the
# base of a column's change, not a period its figures are of
_CHANGE_BASE = re.compile(r"\b(?:sedan|since|jämfört med|compared (?:with|to))\s+(?:[a-zåäö]+\.?\s+)?(?:19|20)\d\d\b", re.I)


def header_years(p: Profile) -> frozenset[int]:
    """The years the value columns' headers name ("Gästnätter 2024", "Utfall 2023") – not the
    year a change is counted from ("Förändring sedan dec 2023")."""
    return frozenset(y for v in p.values for y in header_years_of(_CHANGE_BASE.sub("", v.name)))


def caption_listed_words(p: Profile) -> dict[str, frozenset[str]]:
    """Per split, the words of its values that the caption lists two or more of ("Arbetslösa 16–64
    år och 18–24 år efter stadsdelsområde" over Grupp = "Ålder: 16–64 år", "Ålder: 18–24 år"): a
    word of one value only, written in the caption beside another value's. Such words name those
    values, not what the whole table is about."""
    caption = {plain(x) for x in p.caption_terms}
    out: dict[str, frozenset[str]] = {}
    for c in p.cats:
        if c.is_period or c is p.label:
            continue
        own = {plain(t): vs for t, vs in c.token_values.items() if len(vs) == 1}
        listed = {t for t in own if t in caption}
        if len({v for t in listed for v in own[t]}) >= 2:
            out[c.name] = frozenset(listed)
    return out
