"""What a statistics question asks for, read from its form words (lexicon.json), not its topic:
the operation (rank, lookup, compare, threshold, sum, mean, count, trend, group-by), direction,
how many, thresholds, periods, and whether it leans on the previous turn.

    read_form("vilka 3 områden har högst andel sjuka 2023?")
    → Form(op=RANK, direction="desc", n=3, wants="share", years=(2023,), content=("områden", "sjuka"), …)

The topic words that remain (``content``) are matched against tables by the resolver.

Why one module of this size: every reader of a form word (operation, direction, n, threshold,
periods, follow-up cues) strips its words from the same token list, in an order that matters
("högst 5" is a bound before it is a direction); split, that order would live in two places.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from ingest.swedish import (
    COUNTY_BY_CODE,
    ENGLISH_MONTHS,
    ENGLISH_STOPWORDS,
    FINITE_VERB,
    MONTH_NAMES,
    MONTHS,
    NUMBER_WORDS,
    PARTICLES,
    STOPWORDS,
    SUBJECT_GAP,
    TERM_WORDS,
    fold,
    phrase_re,
    says,
    stem,
    term_half,
    words,
)

LEXICON_PATH = Path(__file__).with_name("lexicon.json")


class Op(StrEnum):
    LOOKUP = "lookup"
    RANK = "rank"
    COMPARE = "compare"
    THRESHOLD = "threshold"
    SUM = "sum"
    MEAN = "mean"
    COUNT = "count"  # how many rows satisfy something
    TREND = "trend"  # change between two periods


@dataclass(frozen=True)
class Threshold:
    op: str  # ">", ">=", "<", "<="
    value: float
    percent: bool  # the question wrote "%"/"procent"
    kronor: bool = False  # the value is in whole kronor/units ("5 miljoner kr", "500 tkr"): scaled to a column in tkr/mnkr
    duration: str = ""  # the bound is a length of time ("över 180 dagar"): the stem of its unit, "dag"


@dataclass(frozen=True)
class Form:
    text: str
    tokens: tuple[str, ...]  # words() of the question
    op: Op
    op_explicit: bool  # a form word said it (not the lookup default)
    direction: str | None  # "desc" | "asc"
    n: int | None
    threshold: Threshold | None
    wants: str | None  # "share" | "count" | None
    years: tuple[int, ...]
    months: tuple[int, ...]
    quarters: tuple[int, ...]  # "första kvartalet", "kvartal 2", "Q3"
    periods: tuple[str, ...]  # period-like tokens as written: "2020m01", "21/22", "2024k3"
    latest: bool
    span: bool  # the periods are the ends of a range: "2021–2025", "från 24/25 till 25/26"
    all_periods: bool  # "över de fem läsåren", "alla år": every period of the table
    followup: bool  # reads as a continuation ("och lägst?", "och i Vivalla?")
    refers_back: bool  # points at the previous answer's rows ("där", "dem")
    rest: bool  # "övriga"/"resten": the group compared with the rest
    rate_words: tuple[str, ...]  # nouns of rate or level naming the measure ("sjukskrivningen", "arbetslösheten")
    quantity: bool  # asks for an amount: "hur hög/stor/många/mycket", "how many/much/high"
    plural: bool  # "vilka områden", "which areas": more than one row wanted
    relative: str | None  # "högre … än länet" without a number: ">" or "<" against a named row
    group_by: tuple[str, ...]  # words after "per"/"för varje"
    subject: str | None  # the noun asked about: "vilken kommun …" → "kommun"
    content: tuple[str, ...]  # topic words: not form, filler, stop, period or threshold words
    language: str  # "sv" | "en"
    change: bool = False  # asks how something changed ("ökade", "tappade", "went up")
    change_down: bool = False  # …and names a fall ("minskade mest", "tappade"): the most negative first
    quoted: tuple[str, ...] = ()  # names in quotes, folded (”Total, antal”): a column named exactly
    year_shift: int = 0  # "och året innan?": the previous answer's year moved by this many years
    # "och kvartalet innan?": the previous answer's quarter or month moved by this many steps
    step_shift: int = 0
    step_unit: str = ""  # "quarter" or "month"
    beyond: tuple[str, str] | None = None  # "gick över budget": (">", "budget") – above something named, no number
    counted: str | None = None  # the noun counted: "hur många projekt …" → "projekt"
    sized: bool = False  # "count" was read from a size word ("störst", "minsta"), not from "antal"/"flest"
    reference: tuple[str, ...] = ()  # "underskott mot budget": the words a measure is taken against, not the measure
    # the dates the question writes as month and year, in its order: "december 2023 och mars 2024"
    # → ((2023, 12), (2024, 3)); a month without its year takes the next year written ("mars och
    # december 2024"). Empty unless some month is written with its year.
    dates: tuple[tuple[int, int], ...] = ()
    codes: tuple[str, ...] = ()  # single capitals standing alone ("inom C", "sjukfall F"): short codes of values, folded
    change_percent: bool = False  # "med hur många procent har … minskat": the per cent is the change's unit, no topic
    median: bool = False  # "medianen", "the median": the middle value, not the mean (when the table's measure is no median itself)
    # a threshold question's ranking word ("lägst andel över 80"): the direction, should the bound
    # turn out to name a band of the table ("80-") rather than bound its figures
    bound_direction: str | None = None
    # "hur har … utvecklats sedan 2021?": the way there asked, not only a change between two ends
    series: bool = False
    # "inte huvudbiblioteken", "utom Stockholm": words whose values the question sets aside
    negated: tuple[str, ...] = ()
    # … of them, those set aside by a word of exception ("utom", "utöver", "bortsett från") – not
    # by a plain "inte" ("hur många är inte i arbete i Malmö" sets no Malmö aside from a ranking)
    excepted: tuple[str, ...] = ()
    # a word of the mean ("genomsnittlig", "i snitt", "average") – also when a ranking word made
    # the operation a ranking ("längst genomsnittlig responstid": the groups' means ranked)
    averaged: bool = False
    # a ranking asked from both ends ("vilket län hade högst …? Och vilket låg lägst?")
    both_ends: bool = False
    # the named row's place among the others asked ("vilken plats?", "var hamnar Kalmar län bland
    # länen?", "what rank"): shown beside its figure, counted without the total rows
    position: bool = False
    # the cases still running asked ("pågående", "inte avslutade", "ongoing"): of a register dating
    # each case by a start and an end, those begun by and not ended before the asked day or period
    open_spell: bool = False
    # one day the question writes whole ("den 30 juni 2024", "2024-06-30", "30/6 2024"), ISO
    asked_day: str = ""

    @property
    def rate_word(self) -> bool:
        return bool(self.rate_words)

    @property
    def statistical(self) -> bool:
        """Clearly asks for a figure: an operation, a share or count, a threshold or an amount."""
        return self.op_explicit or self.wants is not None or self.threshold is not None or self.quantity


def _letter_codes(text: str) -> tuple[str, ...]:
    """Capitals standing alone in the question ("Hur många jobbade inom C", "sjukfall F län"):
    codes of values. Never "I" (the English pronoun, or Swedish "i" opening a sentence or a
    line: "– I Karlskoga?"), nor a sentence's first "Å"/"Ö"/"O"."""
    out = []
    for m in re.finditer(r"(?<![\w-])([A-ZÅÄÖ])(?![\w'’-])", text):
        before = text[: m.start()].rstrip()
        if m.group(1) == "I" or (m.group(1) in "ÅÖO" and (not before or before[-1] in ".?!:–-")):
            continue
        out.append(fold(m.group(1)))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return json.loads(LEXICON_PATH.read_text(encoding="utf-8"))


def _with_genitives(group: str) -> dict[str, str]:
    """A lexicon group of names → names, each in the genitive too ("sthlms" → "stockholms"),
    unless the group gives that form itself."""
    base = {k: v for k, v in lexicon().get(group, {}).items() if not k.startswith("_")}
    genitive = {f"{k}s": f"{v}s" for k, v in base.items() if not k.endswith("s") and not v.endswith("s") and f"{k}s" not in base}
    return {**base, **genitive}


@lru_cache(maxsize=1)
def place_aliases() -> dict[str, str]:
    """Everyday names of counties and municipalities → their official ones ("sörmland" →
    "södermanland"), each in the genitive too ("sthlms län" → "stockholms län")."""
    return _with_genitives("place_aliases")


@lru_cache(maxsize=1)
def municipality_seats() -> dict[str, str]:
    """A municipality's seat whose name is not the municipality's → the municipality
    ("hammarstrand" → "ragunda"), in the genitive too; from the lexicon. Only for a name the
    knowledge base does not write (a table of localities has Hammarstrand's own row)."""
    return _with_genitives("municipality_seats")


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """The lexicon's light verbs, folded ("gällde", "stod", "hamnade"): they relate a count to its
    condition without naming one, and are words of their own, never another word mistyped."""
    return frozenset(fold(w) for w in lexicon().get("light_verbs", {}).get("words", []))


@lru_cache(maxsize=1)
def county_adjectives() -> dict[str, str]:
    """A county's adjective → the county ("halländsk" → "Hallands län"), from the lexicon."""
    return {fold(k): v for k, v in lexicon().get("county_adjectives", {}).items() if not k.startswith("_")}


@lru_cache(maxsize=4096)
def _not_rate(word: str) -> bool:
    """Does a rate-like noun name an activity or a thing ("budgetuppföljningen", "verksamheten")?"""
    base = re.sub(r"(?:en|et)$", "", word)
    return any(base.endswith(w) or word.endswith(w) for w in lexicon()["not_rates"]["words"])


@lru_cache(maxsize=1)
def _form_sets() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Per form: single words and multi-word phrases (folded)."""
    out = {}
    for key, items in lexicon()["form"].items():
        # written without å/ä/ö too ("ovriga", "hogst"): people type fast
        items = list(items) + [fold(x).translate(_PLAIN) for x in items]
        single = frozenset(fold(x) for x in items if " " not in x)
        phrases = tuple(sorted({fold(x) for x in items if " " in x}, key=len, reverse=True))
        out[key] = (single, phrases)
    return out


# Nouns for a unit of time: "vilket år", "per månad"
PERIOD_SUBJECTS = frozenset({"år", "året", "läsår", "läsåret", "månad", "månaden", "kvartal", "kvartalet", "period", "perioden",
                             "vecka", "veckan", "veckor", "veckorna", "year", "month", "quarter", "week", "weeks"})
# "respektive år" groups by year, but "Mora respektive Falun" names two places: after these
# words only a unit of time is a grouping
_PERIOD_UNITS = PERIOD_SUBJECTS | {"undersökningsår"}


@lru_cache(maxsize=1)
def _group_pattern() -> re.Pattern:
    single, phrases = _form_sets()["group"]
    words = sorted({*single, *phrases}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\s+(\w+)")


def _group_words(folded: str) -> tuple[str, ...]:
    """The words after "per", "för varje", "varje år", "for each" …: what each group is."""
    out = []
    for m in _group_pattern().finditer(folded):
        if m.group(1) in ("respektive", "varje", "each", "every") and m.group(2) not in _PERIOD_UNITS:
            continue
        if m.group(2)[:1].isdigit() or m.group(2) in NUMBER_WORDS or m.group(2) in _rate_bases():
            continue  # "per 1000 försäkrade", "per tusen invånare", "per invånare": a rate's base, no group
        out.append(m.group(2))
    return tuple(out)


_PLAIN = str.maketrans("åäöéü", "aaoeu")


_AMOUNT = r"(?:\d+(?:[.,]\d+)?|" + "|".join(sorted((w for w in NUMBER_WORDS if len(w) > 2), key=len, reverse=True)) + r")"
_UNIT = r"(?!procent\b|%)[a-zåäö]{2,}"
_BAND_UP = re.compile(
    rf"{_AMOUNT}\s*{_UNIT}\s+(?:eller|el\.?|or)\s+(?:mer|längre|fler|äldre|över|mera|more|longer|older|above)\b"
    rf"|\b(?:minst|över|mer än|fler än|längre än|at least|more than|over)\s+{_AMOUNT}\s*{_UNIT}"
    rf"|[>≥]\s*{_AMOUNT}|{_AMOUNT}\s*\+"
)
_BAND_DOWN = re.compile(
    rf"{_AMOUNT}\s*{_UNIT}\s+(?:eller|el\.?|or)\s+(?:mindre|kortare|färre|yngre|under|less|shorter|younger)\b"
    rf"|\b(?:kortare än|mindre än|färre än|under|upp till|less than|shorter than|under)\s+{_AMOUNT}\s*{_UNIT}"
    rf"|[<≤]\s*{_AMOUNT}"
)


# the number words of two or more, longest first ("tre", "fyra", "twelve")
_SEVERAL_WORDS = "|".join(sorted((w for w, n in NUMBER_WORDS.items() if n >= 2 and len(w) > 2), key=len, reverse=True))
# "vilken kommun", "vilka tre branscher", "which three industries": the noun after the question
# word (and after a number of rows: "one" is none)
_SUBJECT = re.compile(r"\b(?:vilken|vilket|vilka|which|what)\s+(?:\d+\s+|(?:" + _SEVERAL_WORDS + r")\s+)?(\w+)")


_SUPERLATIVE_ENDINGS = ("aste", "sta", "ste", "est")
# "vilka är de (tre) viktigaste målområdena", "which are the largest industries": the noun after
# the verb, its article and a superlative – not a superlative that ends the question ("vilka är
# de högsta")
_SUBJECT_AFTER_VERB = re.compile(
    r"\b(?:vilken|vilket|vilka|which|what)\s+(?:är|var|blir|blev|were|are|is|was)\s+(?:de|den|det|the)\s+"
    r"(?:(?:\d+|" + _SEVERAL_WORDS + r")\s+)?"
    r"(?:\w+(?:" + "|".join(_SUPERLATIVE_ENDINGS) + r")\s+)?(\w+)"
)


# "topp 3 kommuner", "top five regions": the noun after a list's length
_SUBJECT_TOP = re.compile(r"\b(?:topp|top|topplista)[\s-]*(?:\d+|" + _SEVERAL_WORDS + r")\s+(?:över\s+|of\s+(?:the\s+)?)?(\w+)")


# "i antal och procent", "både antal och procent", "in numbers and per cent": a change asked in
# both units
# "om man lägger ihop", "kan man se": the pronoun "man" after these words, or before a verb in
# the present tense, is nobody's sex (written without its ä, "man" may still mean "män")
# (… and a verb before it, in a question's order: "hur mycket fick man i snitt", "vad hade man" –
# "man" had been read as the men of a register's "kon" = M)
_BEFORE_PRONOUN = frozenset(
    "om kan ska skall vill när hur att som får måste bör brukar då så där vad var ju nog inte "
    "fick fått hade har kunde skulle borde blev blir gav ger tog tar går gick gör gjorde ser såg vet visste".split()
)
_NO_VERB = frozenset("eller över under efter per för hur har".split())


def _without_pronoun(toks: list[str]) -> list[str]:
    out = []
    for i, t in enumerate(toks):
        if t == "man":
            before = toks[i - 1] if i else ""
            after = toks[i + 1] if i + 1 < len(toks) else ""
            verb = len(after) >= 4 and after.endswith("r") and after not in _NO_VERB and not after.isdigit()
            if before in _BEFORE_PRONOUN or verb:
                continue
        out.append(t)
    return out


# "med hur många procent har … minskat", "by how many per cent": a change asked in per cent
_CHANGE_PERCENT = re.compile(
    r"\bmed\s+hur\s+många\s+procent\b|\bhur\s+många\s+procent\s+(?:har|hade|ökade|minskade|steg|sjönk|växte)\b"
    r"|\bby\s+how\s+many\s+(?:per\s*cent|percent)\b|\bby\s+what\s+percent(?:age)?\b"
    # "hur mycket växte befolkningen …, i procent?": the change, said in per cent
    r"|\bi\s+procent\b|\bin\s+(?:per\s*cent|percent)\b"
)
_COUNT_NOUN = re.compile(r"\b(?:antal|antalet|number\s+of|hur\s+många(?!\s+procent)|how\s+many(?!\s+per\s*cent|\s+percent))\b")
# "i dagar och procent", "in kronor and per cent": a change asked in the measure's own unit and
# in per cent (the per cent is the change's)
# "störst procentuell ökning av antalet …", "den procentuella förändringen": a change in per cent,
# whatever it is a change of (a count: no count asked, no share either)
_PERCENT_CHANGE = re.compile(
    r"\bprocentuell[at]?\s+(?:ökning\w*|minskning\w*|förändring\w*|tillväxt\w*|nedgång\w*)"
    r"|\b(?:percentage|relative)\s+(?:increase|decrease|change|growth|drop)\b"
    # "har vuxit mest procentuellt", "ökade procentuellt sett mest", "grew the most in percent"
    r"|\b(?:ök(?:a|ar|ade|at|t)|väx(?:a|er|te)|vuxit|minsk(?:a|ar|ade|at)|sjunk(?:a|er|it)|sjönk|steg|stigit|föll|fallit"
    r"|tapp(?:a|ar|ade|at)|förlor(?:a|ar|ade|at)"
    r"|grew|grow(?:n|s)?|increas(?:e|ed|es)|decreas(?:e|ed|es)|declin(?:e|ed|es)|fell|lost|gained)\s+(?:\w+\s+){0,2}"
    r"(?:procentuell?t|i\s+procent|in\s+per\s*cent|in\s+percent(?:age\s+terms)?)\b"
)
_UNIT_AND_PERCENT = re.compile(
    r"\b(?:i|in)\s+(?!procent|percent)[a-zåäö]+\s+(?:och|and)\s+(?:i\s+|in\s+)?(?:procent|%|percent|per\s*cent)\b"
    r"|\b(?:i|in)\s+(?:procent|%|percent|per\s*cent)\s+(?:och|and)\s+(?:i\s+|in\s+)?[a-zåäö]+\b"
)
# two years listed as the times of one figure: "2023 och 2024", "2023 resp 2024"
TWO_TIMES = re.compile(r"\b((?:19|20)\d\d)\s+(?:och|resp\.?|respektive|and|vs\.?|mot)\s+((?:19|20)\d\d)\b")
_BOTH_UNITS = re.compile(
    r"\b(?:antal|antalet|siffror|numbers?|absolute)\s+(?:och|and)\s+(?:i\s+|in\s+)?(?:procent|%|percent|per cent|relative)"
    r"|\b(?:procent|%|percent|per cent)\s+(?:och|and)\s+(?:i\s+|in\s+)?(?:antal|numbers?)\b"
)


_POINTS_BACK = re.compile(r"\b(?:är|var|blir|blev|motsvarar|gör|betyder|innebär)\s+(?:det|de|dem)(?:\s+i\s+\w+)?\s*\??\s*$")


_UNIT_MONTHS = {"år": 12.0, "års": 12.0, "years": 12.0, "year": 12.0, "månader": 1.0, "månaders": 1.0, "mån": 1.0, "months": 1.0, "month": 1.0}
# (a whole number or its word – "två", "en" – captured; band_of's _AMOUNT, above, takes decimals and captures none)
_WHOLE_AMOUNT = r"(\d+|" + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True)) + ")"
_LONGER_THAN = re.compile(
    rf"(?:\b{_WHOLE_AMOUNT}\s+(år|års|månader|månaders|mån|years?|months?)\s+(?:eller|el\.?|or)\s+(?:mer|mera|längre|more|longer)\b)"
    rf"|(?:\b(?:minst|at least)\s+{_WHOLE_AMOUNT}\s+(år|års|månader|månaders|mån|years?|months?)\b)"
)
_INTERVAL = re.compile(r"^\s*(\d+)\s*(?:([-–])\s*(\d+)?|\+)\s*(år|mån\w*|months?|years?)\b")


def duration_from(text: str) -> float | None:
    """The lower bound in months of a length of time the question asks from ("i två år eller mer",
    "minst 12 månader", "24 months or longer"); None without one."""
    m = _LONGER_THAN.search(fold(text))
    if not m:
        return None
    amount, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    n = float(amount) if amount.isdigit() else float(NUMBER_WORDS[amount])
    return n * _UNIT_MONTHS[unit]


def interval_of(value: str) -> tuple[float, float] | None:
    """A band of time as months ("12-23 månader" → (12, 23), "24- månader" and "24+ mån" → (24, inf),
    "2–3 år" → (24, 47)); None for anything else ("Totalt")."""
    m = _INTERVAL.match(fold(value))
    if not m:
        return None
    unit = 12.0 if m.group(4).startswith(("år", "year")) else 1.0
    lo = float(m.group(1)) * unit
    if m.group(2) and m.group(3):
        return lo, (float(m.group(3)) + 1) * unit - 1
    return lo, float("inf")


@lru_cache(maxsize=4096)
def band_of(text: str) -> str | None:
    """The open band a text names: ">" for "3 år eller längre", "minst tre års", "24 mån eller
    mer", "> 12 mån"; "<" for "kortare än 3 år", "under 6 mån"; None for neither or both
    (a bound in percent – "över 15 %" – is a threshold on figures, no band)."""
    t = fold(text)
    up, down = bool(_BAND_UP.search(t)), bool(_BAND_DOWN.search(t))
    return ">" if up and not down else ("<" if down and not up else None)


@lru_cache(maxsize=1)
def rate_bases() -> frozenset[str]:
    """The lexicon's words for the base of a rate ("invånare", "inv", "capita")."""
    return _rate_bases()


@lru_cache(maxsize=1)
def per_capita_words() -> frozenset[str]:
    """The bases of a rate that all mean one person ("per invånare", "per person", "kr/inv")."""
    return frozenset(fold(w) for w in lexicon()["rate_bases"]["per_capita"])


def _rate_bases() -> frozenset[str]:
    """Nouns that follow "per" as a rate's base ("kostnad per invånare"), never as a group."""
    return frozenset(fold(w) for w in lexicon()["rate_bases"]["words"])


def single_words(form: str) -> frozenset[str]:
    """The one-word entries of a form of the lexicon ("trend": "ökade", "förändring", …), folded."""
    return _form_sets()[form][0]


def asks(form_name: str, form: Form) -> bool:
    """Does the question use a word or phrase of the lexicon's ``form_name`` ("count", "share")?"""
    return _has(form_name, fold(form.text), set(form.tokens))


def _deviation(folded: str) -> bool:
    """Does the question ask for a deviation or shortfall ("underskott mot budget", "avvikelse mot
    plan")? Only then is the word after "mot" what it is measured against."""
    toks = set(words(folded))
    return bool(toks & deficit_words()) or any(t.startswith(("avvik", "deviat", "överskott", "surplus")) for t in toks)


@lru_cache(maxsize=16)
def lexicon_group(group: str) -> frozenset[str]:
    """The folded words of one of the lexicon's word groups ("deficit", "surplus", "pessimism" …)."""
    return frozenset(fold(w) for w in lexicon().get(group, {}).get("words", []))


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """The lexicon's codes of money, folded ("kr", "tkr", "mnkr", "sek", "eur" …: its ``held_codes``)."""
    return frozenset(fold(w) for w in lexicon().get("money", {}).get("held_codes", []))


def deficit_words() -> frozenset[str]:
    return lexicon_group("deficit")


def surplus_words() -> frozenset[str]:
    return lexicon_group("surplus")


# Words that ask for what was named to be taken together ("kvinnor och män ihop", "… sammanlagt"),
# as a regular-expression alternation for the patterns that add their own words to it
TOGETHER_WORDS = r"ihop|tillsammans|sammanlagt|totalt|sammantaget|sammanräknat|together|combined|in total"


# a word after "för"/"till" ("lönebidrag för utveckling i anställning"): a purpose when it is a word of change
_PURPOSE = re.compile(r"\b(?:för|till|for)\s+([a-zåäö]+)")


def _purpose_words(folded: str) -> frozenset[str]:
    """The words of change that name a purpose after "för"/"till" ("för utveckling"): topics,
    never a change asked."""
    single = _form_sets()["trend"][0]
    return frozenset(m.group(1) for m in _PURPOSE.finditer(folded) if m.group(1) in single)


def _asks_change(folded: str) -> bool:
    """A word of change asked ("ökade", "utvecklats", "förändring") – not one that names a
    purpose (``_purpose_words``)."""
    purpose = _purpose_words(folded)
    kept = _PURPOSE.sub(lambda m: " " if m.group(1) in purpose else m.group(0), folded) if purpose else folded
    return _has("trend", kept, set(words(kept)))


def _has(form: str, folded: str, toks: set[str]) -> bool:
    single, phrases = _form_sets()[form]
    return bool(toks & single) or any(says(folded, p) for p in phrases)


@lru_cache(maxsize=32)
def _form_pattern(form: str) -> re.Pattern:
    """Any word or phrase of a form, whole."""
    single, phrases = _form_sets()[form]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted((*single, *phrases), key=len, reverse=True)) + r")(?!\w)")


def _first_at(form: str, folded: str) -> int | None:
    """Where the first word or phrase of a form stands in the question (None when nowhere)."""
    m = _form_pattern(form).search(folded)
    return m.start() if m else None


@lru_cache(maxsize=1)
@lru_cache(maxsize=2)
def _words_of_forms(skip: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for key, (single, phrases) in _form_sets().items():
        if key in skip:
            continue
        out |= single
        for p in phrases:
            out |= set(p.split())
    return frozenset(out)


def every_form_word() -> frozenset[str]:
    """Every word of every form of the lexicon, "andel" and "antal" included."""
    return _words_of_forms(())


def form_words() -> frozenset[str]:
    """Every single word that carries form rather than topic."""
    # ("andel", "antal" also name measures: the resolver weighs them itself)
    return _words_of_forms(("share", "count"))


@lru_cache(maxsize=1)
def question_words() -> frozenset[str]:
    """Every word the lexicon knows (form words, measures, groups): words of questions, which
    a knowledge base's texts need not use and a typo check must not correct."""
    out: set[str] = set()
    for single, phrases in _form_sets().values():
        out |= single
        for p in phrases:
            out |= set(p.split())
    for group in synonym_groups():
        for member in group:
            out |= set(member.split())
    # (… and the lexicon's words for groups, bases and money: "ungdomar", "kvinnor", "invånare")
    lex = lexicon()
    spoken = list(lex["young"]["words"]) + list(lex["rate_bases"]["words"]) + list(lex["deficit"]["words"])
    spoken += [w for spec in lex["breakdowns"].values() for lang in ("sv", "en") for w in spec.get(lang, [])]
    spoken += [w for key in ("asked", "leaning", "held", "held_codes") for w in lex["money"].get(key, [])]
    for member in spoken:
        out |= set(fold(member).split())
    return frozenset(w for w in out if w.isalpha())


_NUM = r"(\d[\d\s ]*(?:[,.]\d+)?)"
# Fractions said in words are percentages: "mer än hälften" is over 50 %.
FRACTIONS = {"hälften": 50.0, "halva": 50.0, "half": 50.0, "en tredjedel": 100 / 3, "en fjärdedel": 25.0, "a third": 100 / 3, "a quarter": 25.0}
_WORD_FRACTIONS = frozenset(FRACTIONS)  # (their words are never a topic; those below only where said)
# "mer än var fjärde", "varannan", "en av fem", "one in four": one in n is 100/n %
_ORDINALS = {"andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "sjunde": 7, "åttonde": 8, "nionde": 9, "tionde": 10}
_CARDINALS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10}
_CARDINALS_EN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
FRACTIONS |= {"varannan": 50.0, "vartannat": 50.0} | {f"var {w}": 100 / n for w, n in _ORDINALS.items()}
FRACTIONS |= {f"{one} av {w}": 100 / n for w, n in _CARDINALS.items() for one in ("en", "ett")}
FRACTIONS |= {f"one in {w}": 100 / n for w, n in _CARDINALS_EN.items()}


def explicit_compare(folded: str) -> bool:
    return _has("compare", folded, set(words(folded)))
_ENGLISH = frozenset("the which what how many much is are was were in of highest lowest most least per and does did do".split())


_QUOTED = re.compile(r'[”“"]([^”“"\n]{1,120})[”“"]')


def name_words(text: str) -> list[str]:
    """words(), a name's trailing "+" left off ("ESF+" and "ESF-projekt" both name "esf"): the
    words of questions and of table values alike."""
    return [w.rstrip("+") or w for w in words(text)]


_COUNT_WORDS = "|".join(w for w in NUMBER_WORDS if len(w) > 2)


def _official_places(question: str) -> str:
    """The question with the everyday names of counties written as the official ones ("i Sörmland"
    → "i Södermanland"), from the lexicon's ``place_aliases``."""
    for alias, name in place_aliases().items():
        question = re.sub(rf"(?<!\w){re.escape(alias)}(?!\w)", name.capitalize(), question, flags=re.I)
    # "dalakommunerna", "skånekommuner", "vilken östgötakommun": the municipalities of that county
    prefixes = _county_prefixes()
    alts = "|".join(map(re.escape, prefixes))
    question = re.sub(
        rf"(?<!\w)({alts})s?(kommun(?:er(?:na)?|en)?)(?!\w)",
        lambda m: f"{m.group(2)} i {prefixes[m.group(1).lower()]}", question, flags=re.I,
    )
    # "Blekinges fem kommuner": the county's municipalities, as "Blekinges kommuner" says them (a
    # count word between is not kept: the municipalities are what the table lists)
    question = re.sub(
        rf"(?<!\w)({alts})s?\s+(?:{_COUNT_WORDS}|\d+)\s+(kommuner(?:na)?)(?!\w)",
        lambda m: f"{m.group(1)}s {m.group(2)}", question, flags=re.I,
    )
    # … and "kommunerna i Gävleborg": in the county, not the county's own row
    return re.sub(
        rf"(?<!\w)(kommuner(?:na)?\s+i\s+)({alts})(?!\w)(?!\s+län)",
        lambda m: f"{m.group(1)}{prefixes[m.group(2).lower()]}", question, flags=re.I,
    )


@lru_cache(maxsize=1)
def county_by_head() -> dict[str, str]:
    """A county's name without "län" and its genitive s ("gävleborg", "västra götaland") → the
    official name ("Gävleborgs län")."""
    return {fold(name).removesuffix(" län").removesuffix("s"): name for name in COUNTY_BY_CODE.values()}


@lru_cache(maxsize=1)
def _county_prefixes() -> dict[str, str]:
    """First part of a compound → the county it names: each county of one word by its name
    ("skåne", "norrbotten" of "Norrbottens län") and the lexicon's everyday ones ("dala")."""
    out = {head: name for head, name in county_by_head().items() if " " not in head}
    for k, v in lexicon().get("county_prefixes", {}).items():
        if not k.startswith("_") and v:
            out[k] = v
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


_ISO_MONTH = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![\d-])")

# a month with its year in two digits ("okt 23", "okt -24", "dec '24", "mars-25"): the month of
# that year – read as the year alone, the "23" had been a figure or nothing and the latest
# period was answered (round 208: "mellan okt 23 och okt 24", "lägst arbetslöshet okt -24")
_SHORT_YEAR_MONTH = re.compile(
    r"(?i)(?<![\w/])((?:jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)(?:\w{0,6})|maj)\.?\s?[-'’]?\s?([0-4]\d)"
    r"(?![\d,.:/]\d|\d|\s*[-–]\s*\d|\s*(?:%|procent|st\b|dagar|kr\b|år\b|:e|e\b))"
)


_MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")


def _month_names() -> dict[int, str]:
    """Month number → its Swedish name written out ("mars")."""
    return {MONTHS[name]: name for name in _MONTH_NAMES}


_POSITION = re.compile(
    r"\b(?:vilken|vilket|på)\s+(?:plats|placering)|\bplaceringen\b|\bplacerar\s+sig\b|\bvar\s+hamnar\b|\brankas\b|\brankad\b"
    r"|\bi\s+rankingen\b|\bjämfört\s+med\s+(?:de|dom)\s+andra\b|\bwhat\s+(?:rank|position|place)\b|\bwhere\s+does\s+\S+(?:\s+\S+)?\s+rank\b"
    r"|\branks?\s+among\b",
    re.I,
)
_MORE_PERCENT = re.compile(r"\b(?:fler|färre|more|fewer)\s+(?:än|than)\s+\d+(?:[.,]\d+)?\s*(?:%|procent|percent)")


def read_form(question: str) -> Form:
    """The form of a question (see module docstring)."""
    # "2025-03" is March 2025 – a month of a year, not the year alone (whose latest month had been
    # read: September's figures for "sjukpenningtal blekinge 2025-03")
    names = _month_names()
    question = _ISO_MONTH.sub(lambda m: f"{names[int(m.group(2))]} {m.group(1)}", question)
    question = _SHORT_YEAR_MONTH.sub(
        lambda m: f"{m.group(1)} 20{m.group(2)}" if fold(m.group(1)) in MONTHS else m.group(0), question
    )
    question = _official_places(question)
    text = question
    # a name in quotes (”Total, antal”) is a name: its words are topic words, never form words
    named = {t for span in _QUOTED.findall(question) for t in words(span)}
    full_toks = _without_pronoun(name_words(question))
    question = _QUOTED.sub(" ", question) if named else question
    # "vilken plats har Borgholm …", "var hamnar Kalmar län …": a named row's place, its figure
    # read as a lookup (no "plats" asked for as a row, no ranking of places)
    position = bool(_POSITION.search(fold(question)))
    question = _POSITION.sub(" ", question) if position else question
    folded = fold(question).strip()
    toks = _without_pronoun(name_words(question))
    tset = set(toks)

    threshold, q_wo = _threshold(folded)
    op: Op | None = Op.THRESHOLD if threshold else None
    direction = None
    both_ends = False
    if op is None:
        # "minst tre års utbildning" names a band of a split, not the lowest row
        q_wo = _BAND_DOWN.sub(" ", _BAND_UP.sub(" ", q_wo))
        # "hur stor andel måste kommunen minst stå för", "minst måste": a rule's least amount
        # required, no ranking of rows
        q_wo = re.sub(r"\b(?:minst|högst|max|maximalt|minimalt)\s+(?=(?:måste|ska|skall|behöver|bör|får|kan)\b)", " ", q_wo)
        q_wo = re.sub(r"\b((?:måste|ska|skall|behöver|bör|får|kan)\s+(?:\w+\s+){0,2}?)(?:minst|högst|max|maximalt)\b", r"\1", q_wo)
        # "lägst andel …? topp 3": "topp 3" says how many, the direction is "lägst"'s
        # (… but "i topp 2022" is the top in a year: a year is no count of rows)
        q_wo = re.sub(r"\b(?:topp|top)[\s-]*\d{1,2}\b", " ", q_wo)
        direction = _rank_direction(q_wo)
        if direction is not None:
            op = Op.RANK
            both_ends = _both_ends(q_wo)
    n = _top_n(folded)
    if n is not None and op is None:
        op, direction = Op.RANK, "desc"
    if op == Op.RANK and tset & (deficit_words() | lexicon_group("pessimism")):
        # "störst underskott mot budget": the largest shortfall is the most negative deviation;
        # "mest pessimistisk om lönsamheten": the lowest net balance
        direction = "asc" if direction == "desc" else "desc"
    count_rows = _has("count_rows", folded, tset) or bool(
        re.search(r"\bhur många (?:av )?(?:de |dessa )?(?:\w+ )?(?:områden|kommuner|län|regioner|leverantörer|grupper|rader)\w*\b", folded)
    )
    # "mellan 2021 och 2024" spans a time: a ranking over it ("vilken kommun hade störst
    # minskning mellan 2021 och 2024") stays a ranking, while "mellan Falun och Mora" compares
    # (… and "mellan sept 2024 och sept 2025", a month before each year)
    month = r"(?:(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + "|" + TERM_WORDS + r")\.?\s+)?"
    # (… and "mellan 22/23 och 23/24", two school years)
    year = r"(?:(?:19|20)\d\d(?:\s?/\s?(?:\d{4}|\d\d))?|\d\d/\d\d)"
    between_periods = re.sub(
        rf"\b(?:mellan|between)\s+(?:(?:läs)?år(?:et)?\s+)?{month}{year}\s+(?:och|and)\s+(?:(?:läs)?år(?:et)?\s+)?{month}{year}\b", " ", folded
    )
    if (
        _has("compare", folded, tset) or re.search(r"\bmellan\b.+\boch\b", between_periods if op == Op.RANK else folded)
        or re.search(r"\b(än i|än för|than in|than for)\b", folded)
    ):
        # "vilken kommun hade högst …, och hur står den sig mot riket?": the top row, shown with the
        # country's (a ranking shows the totals beside it) – not the country's figure alone
        ranked_against_total = (
            op == Op.RANK and re.search(r"\b(?:vilken|vilket|vilka|which)\b", folded)
            and _without_place_totals(folded) != folded
        )
        if op in (None, Op.RANK) and not ranked_against_total:
            op = Op.COMPARE
    # "jämfört med länssnittet", "the county average": a total row named, not a mean asked for
    no_totals = _without_place_totals(folded)
    # "what does 1:1-medel mean?", "what do they mean by …": the verb, no average asked
    no_totals = re.sub(r"\b(do|does|did)\b(.{1,80}?)\bmean\b", r"\1\2", no_totals)
    if _has("mean", no_totals, set(words(no_totals))) and not (
        # "which municipality has the highest average income": the rows ranked by the measure,
        # whose name holds the mean – no mean over the rows
        op == Op.RANK and re.search(r"\b(?:vilken|vilket|vilka|which)\b", folded)
    ) and not (
        # "the gap in average monthly pay between men and women": the two compared by the
        # measure whose name holds the mean
        op == Op.COMPARE and explicit_compare(folded)
    ):
        op = Op.MEAN if op != Op.THRESHOLD else op
    elif (
        _has("sum", folded, tset) and op in (None, Op.COMPARE) and not count_rows
        # ("vilka kommuner låg över länets sjukpenningtal (kvinnor och män tillsammans)?": the rows
        # above a bar are listed; the sum word qualifies a group)
        and not (re.search(r"\b(?:vilka|vilken|vilket|which)\b", folded) and _beyond(folded) is not None)
        # ("hur stor andel av den totala nettoomsättningen …": the total is the share's whole)
        and not re.search(r"\b(?:andel|andelen|share|proportion)\s+(?:av|of)\s+(?:(?:den|det|de|the)\s+)?total", folded)
    ):
        op = Op.SUM if op is None else op
    elif _has("sum", folded, tset) and op == Op.RANK and n is not None and not re.search(r"\b(?:vilka|vilken|vilket|which)\b", folded):
        # "de tre största tillsammans": the sum of the top three – but "vilka tre program har
        # flest elever totalt?" asks for the three, "totalt" naming the total column
        op = Op.SUM
    if count_rows and op in (None, Op.THRESHOLD, Op.RANK):
        op = Op.COUNT
    asks_change = _asks_change(folded)
    if op is None and asks_change:
        op = Op.TREND
    elif op == Op.SUM and asks_change and (
        len(set(re.findall(r"\b(?:19|20)\d\d\b", folded))) == 2 or re.search(r"\b(?:sedan|since)\s+(?:år\s+)?(?:19|20)\d\d\b", folded)
    ):
        # "how much did the rate (total) change between 2020 and 2024", "hur mycket har de totala
        # utsläppen minskat sedan 1990": the total's change from one year to the other (the
        # latest), not the years added up
        op = Op.TREND
    elif op == Op.MEAN and asks_change and len(set(re.findall(r"\b(?:19|20)\d\d\b", folded))) == 2 and not re.search(
        r"\b(?:genomsnittlig\w*|average|mean)\s+(?:årlig\w*\s+|annual\s+|yearly\s+)?(?:ökning\w*|minskning\w*|förändring\w*|increase|decrease|change|growth|rise)\b", folded
    ):
        # "how did the average merit value in Hylte develop from 2020 to 2024?": the change of
        # the measure whose name holds the mean, from one year to the other – not the mean over
        # the years (round 228); "den genomsnittliga ökningen 2020–2024" is a mean of changes
        op = Op.TREND
    explicit = op is not None
    op = op or Op.LOOKUP

    wants = None
    if _has("share", folded, tset):
        wants = "share"
    elif _has("count", folded, tset):
        wants = "count"
    if wants is None and threshold and threshold.percent:
        wants = "share"
    elif wants == "count" and threshold and threshold.percent and _MORE_PERCENT.search(folded) and not _has(
        "count", rest := _MORE_PERCENT.sub(" ", folded), set(words(rest))
    ):
        # "fler än 15 % av invånarna": the bound is a share, "fler" no count
        wants = "share"
    if wants == "share" and _BOTH_UNITS.search(folded) and _has("trend", folded, tset):
        # "hur mycket förändrades antalet … i antal och procent?": the change of the count, in
        # both units – the per cent is the change's, no share
        wants = "count"
    elif (
        wants == "share" and _has("trend", folded, tset) and _COUNT_NOUN.search(folded)
        and not re.search(r"\b(?:andel\w*|shares?|proportion\w*|rate)\b", folded)
    ):
        # "med hur många procent förändrades antalet födda …", "hur många … och hur stor var
        # förändringen i procent?": the per cent is the change's, of the count asked – no share
        wants = "count"
    change_percent = (
        wants == "share" and bool(_CHANGE_PERCENT.search(folded) or _UNIT_AND_PERCENT.search(folded)) and _has("trend", folded, tset)
        and not re.search(r"\b(?:andel\w*|shares?|proportion\w*|rate)\b", folded)
    ) or bool(_PERCENT_CHANGE.search(folded))
    if change_percent:
        # "med hur många procent har Örebros växthusgasutsläpp minskat?": the per cent is the
        # change's, of whatever is measured – no share, and no word of the topic ("procent" of a
        # unit column would slice the rows to those in per cent)
        wants = None
    sized = wants is None and bool(re.search(r"\b(störst|största|minst|minsta|biggest|largest|smallest)\b", folded)) and not threshold
    if op == Op.COUNT and wants == "count":
        wants = None  # "hur många områden har …" counts rows; it says nothing of the measure
    rate_base = re.search(r"\bper\s+(?:\d[\d\s]*\w*|tusen\s+\w+|hundra\s+\w+|(\w+))", folded)
    if wants == "count" and rate_base and (rate_base.group(1) is None or rate_base.group(1) in _rate_bases()):
        wants = None  # "flest nystartade företag per 1000 invånare": a rate, not a count

    # ("BRP-indexet (2015=100)": an index's base year is no period asked)
    years = tuple(int(y) for y in re.findall(r"(?<![\d/])((?:19[5-9]|20[0-4])\d)(?![\d/])(?!\s*=\s*100\b)", folded))
    # a forecast's horizon ("prognosen för 2050", "forecast … in 2060"): a later year, said as one
    years += tuple(
        int(y) for y in re.findall(r"(?:\b(?:år|i|till|för|in|by|for|year)\s+)((?:20[5-9])\d)(?![\d/])(?!\s*(?:personer|invånare|kr|st)\b)", folded)
        if _FORECAST.search(folded)
    )
    if threshold is not None and not threshold.percent and threshold.value in years and years.count(int(threshold.value)) == 1 \
            and int(threshold.value) not in {int(y) for y in re.findall(r"(?:19|20)\d\d", q_wo)}:
        # ("över 2000 arbetslösa": the bound's figure is no year asked)
        years = tuple(y for y in years if y != threshold.value)
    # a short month name ("jan", "dec") is a month only before a year: "Jan" alone is a name
    months = tuple(dict.fromkeys(
        MONTHS[t] for i, t in enumerate(toks)
        if t in MONTHS and (len(t) > 3 or t in ("maj", "mars") or re.fullmatch(r"(?:19|20)\d\d", toks[i + 1] if i + 1 < len(toks) else ""))
    ))
    # a half-year is its six months ("första halvåret 2024", "H2")
    if re.search(r"\b(?:första|1:a|first)\s+(?:halvåret|halvår|half)\b|(?:\b|(?<=\d))h1\b|\bhalvår\s*1\b", folded):
        months = tuple(dict.fromkeys(months + (1, 2, 3, 4, 5, 6)))
    if re.search(r"\b(?:andra|2:a|second)\s+(?:halvåret|halvår|half)\b|(?:\b|(?<=\d))h2\b|\bhalvår\s*2\b", folded):
        months = tuple(dict.fromkeys(months + (7, 8, 9, 10, 11, 12)))
    # a tertial is its four months ("tredje tertialet 2024", "T2 2024", "tertial 1")
    for k, ordinal in enumerate(("(?:första|1:a|first)", "(?:andra|2:a|second)", "(?:tredje|3:e|third)")):
        if re.search(rf"\b{ordinal}\s+(?:tertialet|tertial)\b|\btertial\s*{k + 1}\b|(?:\b|(?<=\d))t{k + 1}\b(?=\s*(?:19|20)\d\d)|(?<=(?:19|20)\d\d\s)t{k + 1}\b", folded):
            months = tuple(dict.fromkeys(months + tuple(range(4 * k + 1, 4 * k + 5))))
    # "årets första nio månader", "de första 3 månaderna 2024", "first six months": January on
    if (first := re.search(r"\b(?:första|first)\s+(\d{1,2}|[a-zåäö]+)\s+(?:månaderna|månader|months)\b", folded)):
        k = int(first.group(1)) if first.group(1).isdigit() else NUMBER_WORDS.get(first.group(1), 0)
        if 1 <= k <= 12:
            months = tuple(dict.fromkeys(months + tuple(range(1, k + 1))))
    # "sista kvartalet 2024" is the year's fourth
    ordinals = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "sista": 4, "1:a": 1, "2:a": 2, "3:e": 3, "4:e": 4,
                "first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}
    _ord = r"(första|andra|tredje|fjärde|1:a|2:a|3:e|4:e|first|second|third|fourth)"
    quarters = tuple(dict.fromkeys(
        # ("mellan första och andra kvartalet": both ordinals name quarters)
        [ordinals[m.group(1)] for m in re.finditer(rf"\b{_ord}\s+(?:och|and|till|to|eller|or)\s+{_ord}\s+(?:kvartal|quarter)", folded)]
        + [ordinals[m.group(1)] for m in re.finditer(rf"\b{_ord}\s+(?:kvartal|quarter)", folded)]
        + [4 for _ in re.finditer(r"\b(?:sista|last)\s+(?:kvartal|quarter)\w*\s+(?:of\s+)?(?:19|20)\d\d", folded)]
        + [int(m.group(1)) for m in re.finditer(r"\b(?:kvartal|quarter|kv|q|k)\.?\s?([1-4])\b", folded)]
    ))
    # "kv1-kv3", "Q1–Q3", "kvartal 1-3": every quarter from the first to the last
    span_q = re.search(r"\b(?:kvartal|quarters?|kv|q)\.?\s?([1-4])\s*[-–]\s*(?:(?:kvartal|quarter|kv|q)\.?\s?)?([1-4])\b", folded)
    if span_q and int(span_q.group(1)) < int(span_q.group(2)):
        quarters = tuple(dict.fromkeys(quarters + tuple(range(int(span_q.group(1)), int(span_q.group(2)) + 1))))
        quarters = tuple(sorted(quarters))
    periods = tuple(
        m.group(0)
        for m in re.finditer(r"(?<!\d)(?:(?:19|20)\d\d\s?[mkqh]\d{1,2}|\d{2}/\d{2}|(?:19|20)\d\d/\d{2,4})(?!\d)", folded)
    )
    # a term ("HT 2023", "hösten 2023", "vårterminen 2025"): the half of its year, as "HT2023"
    periods += tuple(
        ("vt" if term_half(m.group(1)) == 1 else "ht") + (m.group(2) if len(m.group(2)) == 4 else "20" + m.group(2))
        for m in re.finditer(rf"\b({TERM_WORDS})\s*[-–]?\s*((?:19|20)\d\d|\d\d)(?![\d/])", folded)
    )
    # (the words that say the weeks – "v40", "36-44" – name no topic)
    weeks, week_span, week_words = _weeks_said(folded)
    periods += weeks
    latest = _has("latest", folded, tset)
    period = rf"(?:(?:{TERM_WORDS})\s?)?(?:(?:19|20)\d\d(?:\s?[mkq]\d{{1,2}})?|\d{{2}}/\d{{2}})"
    span = week_span or bool(
        re.search(rf"(?<![\d/]){period}\s*[-–—]\s*{period}(?![\d/])", folded)
        or re.search(rf"\b(?:från|mellan|from|between)\s+(?:år\s+|läsåret\s+)?{period}\s+(?:till|och|to|and)\s+{period}", folded)
    )
    all_periods = bool(
        re.search(r"\b(?:alla|samtliga|de \w+|över)\s+(?:\w+\s+)?(?:åren|läsåren|månaderna|kvartalen|perioderna|mätåren)\b", folded)
        or re.search(r"\b(?:hela perioden|all years|every year)\b", folded)
    )
    if op in (None, Op.LOOKUP) and not threshold and any(re.fullmatch(r"\w*genomsnitt\w*|medelvärd\w*|snitt\w{3,}|medel\w{5,}", t) for t in words(no_totals)):
        op = Op.MEAN  # "genomsnittligt", "årsgenomsnittet", "medelarbetslösheten": the lexicon's words inflected or compounded
        explicit = True
    if op == Op.LOOKUP and not explicit and TWO_TIMES.search(folded) and len(set(re.findall(r"\b(?:19|20)\d\d\b", folded))) == 2:
        # "hur många bodde i Torsby 2023 resp 2024?": one figure at two times, each shown and the
        # change between them – never the two years' stocks added up
        op, explicit = Op.TREND, True

    first = toks[0] if toks else ""
    followup = (
        any(folded.startswith(p + " ") or folded == p for p in _form_sets()["followup_start"][1])
        or first in _form_sets()["followup_start"][0]
        or len(full_toks) <= 3
        # "hur många personer är det?", "vad blir det i kronor?": "det" at the end points at the
        # answer before, as "och …?" does (a dummy "det" comes before its verb's complement:
        # "hur många bor det i Växjö?")
        or bool(_POINTS_BACK.search(folded))
    )
    # ("samma sak året innan?" asks the same question again, not about the rows it returned)
    refers_back = _has("refer_back", folded, tset) and not _has("repeat", folded, tset)
    rest = _has("rest", folded, tset)
    quantity = bool(re.search(r"\bhur (?:hög|högt|höga|stor|stort|stora|många|mycket|låg|lågt|låga|ligger)\b|\bhow (?:high|many|much|large|big|low)\b|\b(?:andelen|antalet|nivån|siffran)\b", folded))
    # Swedish names rates and levels with -het/-ning/-grad/-tal/-intensitet nouns ("arbetslösheten",
    # "sjukskrivningen", "sysselsättningsgraden", "ohälsotalet"); people are counted with
    # plural adjectives and nouns ("arbetslösa", "sjuka").
    rate_words = tuple(
        t for t in toks
        if (re.search(r"(?:het|ning|grad|tal|takt|frekvens|intensitet)(?:en|et)?$", t) and len(t) >= 7 and not _not_rate(t))
        or t in ("rate", "rates")  # "unemployment rate"
    )
    plural = bool(re.search(r"\b(vilka|which \w+s|de \w+(?:aste|sta)|vilka är)\b", folded))
    relative = None
    how_much = re.search(r"\bhur (?:mycket|många) (?:högre|lägre|större|mindre|fler|färre)\b|\bhow (?:much|many) (?:higher|lower|more|less|fewer|larger|smaller)\b", folded)
    if how_much and threshold is None:
        # "hur mycket högre är X än Y?" asks for the difference, not for the rows above Y
        op, explicit = Op.COMPARE, True
    elif threshold is None and op in (None, Op.LOOKUP, Op.SUM) and re.search(r"\b[a-zåäö]{3,}\s+(?:minus|minskat med|less|minus the)\s+[a-zåäö]{3,}", folded):
        # "flyttnettot, alltså inflyttade minus utflyttade": the difference of the two named, never their sum
        op, explicit = Op.COMPARE, True
    elif threshold is None and re.search(r"\bän\b|\bthan\b", folded):
        if re.search(r"\b(högre|större|mer|fler|över|higher|more|larger|greater|above)\b[^.?!]*\b(än|than)\b", folded):
            relative = ">"
        elif re.search(r"\b(lägre|mindre|färre|under|lower|less|fewer|smaller|below)\b[^.?!]*\b(än|than)\b", folded):
            relative = "<"
    than_period = bool(relative) and _THAN_PERIOD.search(folded) is not None
    if than_period:
        # "högre arbetslöshet i augusti 2025 än i augusti 2024": the rows that rose from one time to
        # the other – a change, not the rows above another row (the county's had been the bar)
        relative = None
        if op == Op.THRESHOLD and threshold is None:
            op = None
    # "vilka kommuner har fått högre sjukpenningtal sedan okt 2023": a rise since a time – a
    # change, as "högre … än i augusti 2024" is
    since_period = threshold is None and relative is None and re.search(
        r"\b(?:högre|lägre|större|mindre|fler|färre|higher|lower|more|fewer)\b[^.?!]*\b(?:sedan|since)\s+\S*\s*(?:19|20)\d\d\b", folded
    ) is not None
    if since_period and op in (None, Op.LOOKUP):
        op = Op.TREND
    than_period = than_period or since_period
    if relative and count_rows:
        op = Op.COUNT
    elif relative and plural and op in (Op.LOOKUP, Op.COMPARE) and not explicit_compare(folded):
        op = Op.THRESHOLD
    group_by = _group_words(folded)
    if any(re.fullmatch(r"års(?:genomsnitt|medel)\w*", t) for t in toks):
        group_by += ("år",)  # "årsgenomsnittet": the mean of each year
    # ("vilken hallands kommun", "which Swedish county": a place's genitive before the noun asked)
    m = _SUBJECT.search(re.sub(r"\b(vilken|vilket|vilka|which)\s+(\w+s)\s+(?=\w)", lambda x: (
        f"{x.group(1)} " if x.group(2).removesuffix("s") in county_by_head() else x.group(0)), folded))
    subject = m.group(1) if m and m.group(1) not in STOPWORDS else None
    if subject is None and (m := _SUBJECT_AFTER_VERB.search(folded)) and m.group(1) not in STOPWORDS and not m.group(1).endswith(_SUPERLATIVE_ENDINGS):
        subject = m.group(1)  # "vilka är de viktigaste målområdena" asks for målområden
    if subject is None and (m := _SUBJECT_TOP.search(folded)) and m.group(1) not in STOPWORDS and not m.group(1).endswith(_SUPERLATIVE_ENDINGS):
        subject = m.group(1)  # "topp 3 kommuner i Kronobergs län med flest …" asks for kommuner
    if subject is not None and (m := re.search(rf"\b{re.escape(subject)}\s+(\w+)", folded)):
        # "which study association …": the noun asked is the phrase, which the lexicon writes as
        # one Swedish word ("studieförbund")
        subject = _phrase_heads().get(f"{subject} {m.group(1)}", subject)
    m = re.search(r"\b(?:hur många|antalet|antal|how many|number of)\s+(?:(?:är|var|blir|blev|fanns|finns|were|are)\s+)?(?:\w+-)?(\w+)", folded)
    counted = m.group(1) if m and m.group(1) not in STOPWORDS else None

    # (a survey's mood – "mest optimistisk" – says the direction, not what is measured)
    skip = STOPWORDS | form_words() | set(_form_sets()["filler"][0]) | _total_words_in(folded) | lexicon_group("pessimism") | lexicon_group("optimism")
    if threshold:
        # the bound's own words ("över 5 miljoner kr") name no topic
        skip = skip | {t for t in toks if re.fullmatch(r"\d+(?:[,.]\d+)?%?", t)} | (set(words(folded)) - set(words(q_wo)))
    skip = skip | set(NUMBER_WORDS) | {w for f in FRACTIONS if f in _WORD_FRACTIONS or re.search(rf"(?<!\w){f}(?!\w)", folded) for w in f.split()}
    language = "en" if len(tset & _ENGLISH) >= 2 and not tset & {"och", "vilka", "vilken", "hur", "är", "har", "i"} else "sv"
    if language == "en":
        skip = skip | ENGLISH_STOPWORDS  # "their", "that" of an English question name nothing
        if subject is not None and (m := re.search(rf"\b{re.escape(subject)}\s+([a-zåäö]{{3,}})(?:\s+(\w+)|\s*[(,?.]|$)", folded)):
            # "which train station in …": an English noun phrase's last noun is the noun asked
            # (a verb after the noun – "which provider lost", "which county had" – is none, nor
            # is a verb before an object: "which three industries employ the most")
            head, after = m.group(1), m.group(2)
            if (
                head not in ENGLISH_STOPWORDS and head not in _ENGLISH_VERBS and not head.endswith("ed")
                and head not in form_words() and (after is None or after in _ENGLISH_PREPOSITIONS or after in _ENGLISH_VERBS)
            ):
                subject = head
    # "och året innan?": the words of the phrase that moves the period name no topic (only where
    # the phrase stands: "år" and "efter" keep their other uses)
    year_shift, shift_words = _year_shift(folded)
    if year_shift and _shift_named_year(folded, years):
        # "förra året (2025)": the year written after the phrase is the one it means
        year_shift = 0
    if year_shift and len(set(years)) == 1 and _compared_with_shift(folded):
        # "… 0–4 år i Örnsköldsvik 2024, och hur det ser ut jämfört med året innan": both years,
        # the one written and the one before it, compared – no follow-up that moves a year
        years = tuple(sorted({years[0], years[0] + year_shift}))
        year_shift = 0
        if op == Op.LOOKUP:
            op = Op.TREND
    # ("och kvartalet innan?" moves the previous answer's quarter; "ökade … jämfört med förra
    # månaden" is a change the table may hold in a column of its own, not a follow-up)
    step_unit, step_shift, step_words = _step_shift(folded) if re.match(r"(?:och|samma|and|what about|how about)\b", folded) or len(toks) <= 4 else ("", 0, frozenset())
    skip = skip | shift_words | step_words
    if year_shift or step_shift:
        # "samma månad året innan?": the unit of time moved is no topic either
        skip = skip | PERIOD_SUBJECTS
    if change_percent or (_BOTH_UNITS.search(folded) and _has("trend", folded, tset)):
        # (… and so is "förändrats …, både i antal och procent": the change in both units – the
        # per cent names no measure of "andel … procent" beside the count)
        skip = skip | {"procent", "percent"}
    # "första halvåret", "andra kvartalet": the words of a period read as months or quarters
    skip = skip | period_phrase_words(folded)
    # "lönebidrag för utveckling": a word of change after "för"/"till" names a purpose – a topic
    skip = skip - _purpose_words(folded)
    # "and men?": an English breakdown word past the first one is the men, not Swedish "men" (but)
    english_parts = breakdown_words(("en",))
    content = tuple(
        t
        for i, t in enumerate(full_toks)
        if (i > 0 and t in english_parts)
        or t in named and t not in STOPWORDS
        or t in tset
        and t not in skip
        and t not in MONTHS
        and not re.fullmatch(r"(?:19|20)\d\d(?:m\d\d|k\d)?|\d{1,2}|\d{2}/\d{2}", t)
        and t not in week_words
        and (len(t) > 1 or t.isdigit())
    )
    if op == Op.MEAN:
        # "snittimlönen", "medelarbetslösheten": the mean is the operation, the rest the measure
        content = tuple(dict.fromkeys(_mean_head(t) for t in content))
    if language == "sv":  # ("teachers in 2024" is no particle verb)
        content = content + tuple(w for w in particle_nouns(full_toks) if w not in content)

    if sized and content and op != Op.COUNT:
        # "de största leverantörerna": size, not a rate – a bare "och minst?" names no measure
        # and keeps the one before
        wants = "count"
    # a question with no topic word of its own ("har det ökat eller minskat?") continues the
    # conversation, whatever its length
    followup = followup or not content or (subject in PERIOD_SUBJECTS and set(content) <= PERIOD_SUBJECTS)
    # "vilket stadsdelsområde hade flest?": a ranking whose only topic word is the rows ranked
    # names no measure – it ranks what the conversation counted
    followup = followup or (op == Op.RANK and subject is not None and set(content) <= {subject})
    month_range = _month_range(folded)
    if month_range:
        # "mellan 1 mars och 30 juni 2024", "januari till juni": every month between, and
        # "mellan … och" spans a time, it compares nothing
        months, span = month_range, True
        if _has("trend", folded, tset) and op in (None, Op.LOOKUP, Op.COMPARE, Op.SUM):
            # "hur förändrades … mellan januari och mars": the change from the first month to the last
            op, explicit = Op.TREND, True
        elif op == Op.COMPARE and re.search(r"\b(?:mellan|between)\b", folded) and not explicit_compare(re.sub(r"\b(?:mellan|between)\b", " ", folded)):
            op, explicit = Op.LOOKUP, False
    # (a list set aside by a word of exception is read whole: "bortser från stockholmarna och gotlänningarna")
    excepted = _negated(folded, _EXCEPTION, read=8, kept=4)
    return Form(
        text=text,
        tokens=tuple(full_toks),
        op=op,
        op_explicit=explicit,
        direction=direction,
        n=n,
        threshold=threshold,
        wants=wants,
        years=years,
        months=months,
        quarters=quarters,
        periods=periods,
        latest=latest,
        span=span,
        all_periods=all_periods,
        followup=followup,
        refers_back=refers_back,
        rest=rest,
        rate_words=rate_words,
        quantity=quantity,
        plural=plural,
        relative=relative,
        group_by=group_by,
        subject=subject,
        content=content,
        change_percent=change_percent,
        quoted=tuple(fold(span).strip() for span in _QUOTED.findall(text)),
        codes=_letter_codes(text),
        dates=_asked_dates(folded),
        median=bool(re.search(r"\bmedian(?:en|värdet|värde|value)?\b|\bmedian[a-zåäö]{4,}", folded)),
        language=language,
        change=asks_change or than_period,
        change_down=_has("trend_down", folded, tset) or (than_period and _LOWER_THAN.search(folded) is not None) or (
            since_period and re.search(r"\b(?:lägre|mindre|färre|lower|fewer)\b", folded) is not None
        ),
        year_shift=year_shift,
        step_shift=step_shift,
        step_unit=step_unit,
        beyond=(_beyond(folded) if relative is None else _than(folded, relative)) if threshold is None else None,
        counted=counted,
        sized=sized and wants == "count",
        reference=tuple(m.group(1) for m in re.finditer(r"\b(?:mot|against|relative to|gentemot)\s+([a-zåäö]{4,})", folded) if _deviation(folded)),
        bound_direction=_rank_direction(q_wo) if threshold is not None else None,
        series=_has("series", folded, tset),
        negated=tuple(dict.fromkeys(_negated(folded) + excepted)),
        excepted=excepted,
        averaged=_has("mean", folded, tset),
        both_ends=both_ends,
        position=position,
        open_spell=asks_open_spell(folded),
        asked_day=asked_day(folded),
    )


# A verb form: present, past, supine, passive ("lånar", "lånade", "lånat", "lånades", "skrevs")
_VERB_FORM = re.compile(r"\w{2,}(?:ar|er|ir|ade|de|te|at|it|ts|as|es|s)$")
# (not those that are prepositions as often: "över riket", "frågar om", "andel av", "på kontoret")
_NOUN_PARTICLES = PARTICLES - {"av", "till", "på", "om", "över", "med", "hem"}




# the prepositions after an English noun phrase ("which train station in Värmland")
_ENGLISH_PREPOSITIONS = frozenset("in of for with on at by from to between among during within across per".split())
# English verbs that follow the noun a question asks about ("which county had the most …")
_ENGLISH_VERBS = frozenset(
    "had has have got gets lost loses gained gains grew grows saw sees paid pays spent spends won wins fell falls "
    "rose rises made makes took takes gave gives came comes went goes did does received receives reported reports "
    "showed shows increased decreased brought brings".split()
)

# a question's determiners: the word after one is the noun asked about, no verb
_ASKING_DETERMINERS = frozenset({"vilka", "vilken", "vilket", "många"})


def particle_nouns(toks: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The nouns a verb with its particle is written as in a header: "lånar ut" → "utlån",
    "skrevs in" → "inskriv" (the particle before the verb's stem) – also with the subject
    between them, as a question puts it ("hur mycket betalade kommunen ut" → "utbetal")."""
    out = []
    for i, verb in enumerate(toks):
        if not _VERB_FORM.fullmatch(verb) or verb in STOPWORDS:
            continue
        if i and toks[i - 1] in _ASKING_DETERMINERS and not (i + 1 < len(toks) and toks[i + 1] in _NOUN_PARTICLES):
            # "vilka inkomsttitlar drog in …": the word a question determiner asks about is a noun
            # – unless its particle follows it right away ("hur många pendlar in": a verb)
            continue
        # (a subject between them only after a verb in the past or present – "betalade", "skriver" –
        # never a genitive's -s: "Norrköpings" is no verb)
        gap = SUBJECT_GAP if FINITE_VERB.fullmatch(verb) else 0
        particle = next((t for t in toks[i + 1 : i + 2 + gap] if t in _NOUN_PARTICLES), None)
        root = stem(verb)
        if particle is not None and len(root) >= 3:
            out.append(particle + root)
    return tuple(dict.fromkeys(out))


# "inte huvudbiblioteken", "utom Stockholm", "förutom riket", "som inte är ett huvudbibliotek",
# "except the county", "vilken kommun utöver Göteborg hade flest": the words a question sets
# aside – the first two that are no stopwords, within the clause
_EXCEPTION_WORDS = r"utom|förutom|utöver|bortsett från|bortser från|bortse från|frånsett|undantaget|exklusive|exkl|except|excluding|apart from|other than|besides"
# (an abbreviation's dot is no clause's end: "exkl. sånt som upphävts")
_NEGATION = re.compile(rf"\b(?:inte|ej|{_EXCEPTION_WORDS}|not)\b\.?([^,.;:?!]*)")
# (… of them, the words of exception alone: Form.excepted)
# (… up to a dash too, and every name of a list: "om man bortser från stockholmarna och
# gotlänningarna – vilket län …")
_EXCEPTION = re.compile(rf"\b(?:{_EXCEPTION_WORDS})\b\.?([^,.;:?!–—]*)")


def _negated(folded: str, rx: re.Pattern = _NEGATION, read: int = 4, kept: int = 2) -> tuple[str, ...]:
    """The words ``rx``'s clauses set aside: of the first ``read`` words after the word that sets
    aside, the first ``kept`` that are no stopwords."""
    out: list[str] = []
    for m in rx.finditer(folded):
        said = [w for w in re.findall(r"[a-zåäöéü][\w-]*", m.group(1))[:read] if w not in STOPWORDS and w not in ENGLISH_STOPWORDS]
        out += said[:kept]
    return tuple(dict.fromkeys(out))


def _rank_direction(q_wo: str) -> str | None:
    """The direction a ranking word says ("högst" desc, "lägst" asc), None without one. Both said
    ("lägst nettopendling, alltså störst nettoutpendling"): the first names the measure asked, the
    second restates it in another measure's words."""
    desc, asc = _first_at("rank_desc", q_wo), _first_at("rank_asc", q_wo)
    if desc is None and asc is None:
        return None
    return "desc" if asc is None or (desc is not None and desc < asc) else "asc"


def _both_ends(q_wo: str) -> bool:
    """Both ends of a ranking asked: a ranking word of each direction, the second in a question or
    clause of its own ("… högst arbetslöshet …? Och vilket låg lägst?", "… mest brott …? och
    vilken har minst") – not one restating the other ("lägst nettopendling, alltså störst
    nettoutpendling", which _rank_direction reads by its first)."""
    high, low = _form_pattern("rank_desc").search(q_wo), _form_pattern("rank_asc").search(q_wo)
    if high is None or low is None:
        return False
    between = q_wo[min(high.end(), low.end()):max(high.start(), low.start())]
    return bool(re.search(r"[?.!]|\boch\b|\band\b", between)) and not re.search(r"\b(?:alltså|dvs|det vill säga|i\.e\.|that is)\b", between)


@lru_cache(maxsize=2)
def breakdown_words(languages: tuple[str, ...] = ("sv", "en")) -> frozenset[str]:
    """The lexicon's words for parts of a breakdown ("kvinnor", "men", "boys"), folded."""
    return frozenset(fold(w) for spec in lexicon()["breakdowns"].values() for k in languages for w in spec.get(k, []))


# Words after "över"/"under" that say when or how much, not what is exceeded ("under året",
# "över tid", "under hälften" is a threshold read elsewhere)
_NOT_BEYOND = frozenset(
    "eller or tid tiden året åren år perioden perioderna kvartalet månaden månader veckan hela de det den samma första andra tredje "
    "fjärde sista senaste våren hösten sommaren vintern hälften halva pandemin dagen ett en time the last first".split()
) | frozenset(MONTHS)


# a compound of a span of time ("verksamhetsåret", "budgetåret", "läsåret", "höstterminen"):
# "under verksamhetsåret" is when, never a bar something is under
_TIME_NOUN = re.compile(r"(?:året|åren|perioden|kvartalet|tertialet|halvåret|månaden|veckan|terminen|säsongen)$")


_PERIOD_PHRASE = re.compile(
    r"\b(?:första|andra|tredje|fjärde|sista|1:a|2:a|3:e|4:e|first|second|third|fourth|last)\s+"
    r"(?:halvåret|halvår|half|kvartalet|kvartal|quarter|tertialet|tertial)\b"
    # (… and "år 2040", "året 2024", "in the year 2030": the word that introduces a year – not the
    # "år" of an age band "80 år och äldre")
    r"|\b(?:år|året|year)(?=\s+(?:19|20)\d\d\b)"
    # (… and the year of "senaste året", "i år", "innevarande år", "last year": a time, not the
    # "år" of a column "Skuldsatta 18-25 år")
    r"|\b(?:senaste|sista|innevarande|nuvarande|detta|i|this|last|latest|current)\s+(?:året|år|year)\b"
    # (… and the word before a quarter's number, "kvartal 2", "quarter 3", read as that quarter;
    # and "samma år", "same month": the time of the answer before, not a topic)
    r"|\b(?:kvartal|kvartalet|quarter)(?=\s?[1-4]\b)"
    r"|\b(?:samma|same)\s+(?:året|år|year|månad|månaden|month|kvartal|kvartalet|quarter|period|perioden|läsår|läsåret)\b"
    # (… and a term's word before its year, or written with it: "HT 2023", "hösten 2023", "VT25")
    rf"|\b(?:{TERM_WORDS})(?:(?:19|20)?\d\d\b|\s*[-–]?\s*(?=(?:19|20)?\d\d(?![\d/])))"
)


_WEEK_WORD = r"(?:vecka|veckan|veckorna|veckor|v\.?|week|weeks|wk)"
_WEEK_RANGE = re.compile(
    rf"\b(?:(?P<from>från|mellan|from|between)\s+)?{_WEEK_WORD}\s*(?P<a>\d{{1,2}})\s*(?P<sep>[-–]|till|to|och|and)\s*"
    rf"(?:{_WEEK_WORD}\s*)?(?P<b>\d{{1,2}})(?!\d)(?:\s*,?\s*(?P<year>(?:19|20)\d\d))?"
)
_ONE_WEEK = re.compile(rf"(?:(?P<before>(?:19|20)\d\d)\s*)?\b{_WEEK_WORD}\s*(?P<w>\d{{1,2}})(?!\d)(?:\s*,?\s*(?P<after>(?:19|20)\d\d))?")


def asked_weeks(folded: str) -> tuple[tuple[str, ...], bool]:
    """The weeks a question names, as periods ("v 40" → "v40", "vecka 40 2025" → "2025v40"), and
    whether two of them are the ends of a range ("veckorna 36 till 44", "v36–v44", "mellan vecka 36
    och 44"): a week is asked by its number after a word for week, never by a bare number."""
    weeks, span, _ = _weeks_said(folded)
    return weeks, span


def _weeks_said(folded: str) -> tuple[tuple[str, ...], bool, set[str]]:
    """:func:`asked_weeks` and the words that say them (none when no week is asked)."""
    out: list[str] = []
    span = False
    taken: list[tuple[int, int]] = []
    said: set[str] = set()
    for m in _WEEK_RANGE.finditer(folded):
        said.update(words(m.group(0)))
        a, b = int(m.group("a")), int(m.group("b"))
        if not (1 <= a < b <= 53):
            continue
        year = m.group("year") or ""
        out += [f"{year}v{a}", f"{year}v{b}"]
        # ("vecka 36 och 40": two weeks listed, no range)
        span = span or not (m.group("sep") in ("och", "and") and not m.group("from"))
        taken.append(m.span())
    for m in _ONE_WEEK.finditer(folded):
        said.update(words(m.group(0)))
        if any(lo <= m.start() < hi for lo, hi in taken) or not 1 <= int(m.group("w")) <= 53:
            continue
        out.append(f"{m.group('before') or m.group('after') or ''}v{int(m.group('w'))}")
    return tuple(dict.fromkeys(out)), span, said if out else set()


def period_phrase_words(folded: str) -> frozenset[str]:
    """The words of the half-years and quarters a question names by ordinal ("första halvåret"),
    and the word before a year ("år 2040")."""
    return frozenset(w for m in _PERIOD_PHRASE.finditer(folded) for w in m.group(0).split())


def _beyond(folded: str) -> tuple[str, str] | None:
    """"gick över budget", "under målet", "above target": the word something is above or below,
    when it is no number, no time and no "… än"."""
    m = re.search(r"\b(över|under|above|below|exceeded|överskred|överskridit|översteg|överstiger)\s+(?:sin |sitt |sina |its |their |the )?([a-zåäö][\w-]+)", folded)
    if m is None or m.group(2) in _NOT_BEYOND or _TIME_NOUN.search(m.group(2)):
        return None
    return ("<" if m.group(1) in ("under", "below") else ">", m.group(2))


# "än i augusti 2024", "än 2023", "än året innan", "than last year": a time after "än"
_THAN_PERIOD = re.compile(
    rf"\b(?:än|than)\s+(?:(?:i|in|under|för|during|for|at)\s+)?(?:(?:the\s+)?(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\w*\.?\s+)?"
    r"(?:(?:19|20)\d\d\b|(?:året|kvartalet|månaden|perioden)\s+(?:innan|före|dessförinnan)|(?:förra|föregående)\s+(?:år|året|kvartal|kvartalet|månad|månaden)|"
    r"(?:last|the previous|previous|the year before)\b)"
)
_LOWER_THAN = re.compile(r"\b(lägre|mindre|färre|lower|less|fewer|smaller)\b[^.?!]*\b(än|than)\b")


def _than(folded: str, relative: str) -> tuple[str, str] | None:
    """"högre utfall än budget": the word after "än" – a column each row is held against, when a
    value column has it (else the row named as the bar, "än länet", answers)."""
    m = re.search(r"\b(?:än|than)\s+(?:sin |sitt |sina |its |their |the )?([a-zåäö][\w-]+)", folded)
    if m is None or m.group(1) in _NOT_BEYOND:
        return None
    return (relative, m.group(1))


_MONTH_NAME = "(" + "|".join(MONTH_NAMES[1:] + list(ENGLISH_MONTHS)) + ")"  # written out, never "jan"
_MONTH_ANY = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"  # "jan" too


_DATE = re.compile(rf"\b{_MONTH_ANY}\b\.?(?:\s+((?:19|20)\d\d)\b)?")
_DAY_OF_MONTH = re.compile(rf"(?<![\d/.])(\d{{1,2}})(?::?[ae])?\s+{_MONTH_ANY}\b\.?\s+((?:19|20)\d\d)\b")
_ISO_DAY = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d-])")
_NUMERIC_DAY = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?:[/.]|\s*-?\s*)((?:19|20)\d\d)(?!\d)")


def asked_day(folded: str) -> str:
    """The one day a question writes whole, as an ISO date: "den 30 juni 2024", "30:e juni
    2024", "2024-06-30", "30/6 2024", "30.6.2024" → "2024-06-30". "" when it writes none or
    more than one (a range of days is no day)."""
    import datetime

    days = []
    for m in _DAY_OF_MONTH.finditer(folded):
        days.append((int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))))
    for m in _ISO_DAY.finditer(folded):
        days.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _NUMERIC_DAY.finditer(folded):
        days.append((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    out = set()
    for y, mo, d in days:
        try:
            out.add(datetime.date(y, mo, d).isoformat())
        except ValueError:
            continue  # "31 juni" is no day
    return out.pop() if len(out) == 1 else ""


@lru_cache(maxsize=1)
def _open_spell_words() -> tuple[frozenset[str], tuple[str, ...]]:
    spec = lexicon().get("open_spells", {})
    return frozenset(fold(w) for w in spec.get("words", [])), tuple(fold(p) for p in spec.get("phrases", []))


def open_spell_words() -> frozenset[str]:
    """The lexicon's single words asking for cases still running ("pågående", "ongoing")."""
    return _open_spell_words()[0]


def asks_open_spell(folded: str) -> bool:
    """Does the question ask for the cases still running ("pågående", "pågår fortfarande", "inte
    avslutade", "still open") – the lexicon's open_spells?"""
    single, phrases = _open_spell_words()
    return bool(single & set(words(folded))) or any(says(folded, p) for p in phrases)


def _asked_dates(folded: str) -> tuple[tuple[int, int], ...]:
    """(year, month) of each month the question writes with a year, in order; a month written
    without one ("mars och december 2024") takes the next year written. A short name ("jan")
    counts only before its year."""
    out: list[tuple[int, int]] = []
    pending: list[int] = []
    dated = False
    for m in _DATE.finditer(folded):
        name, year = m.group(1), m.group(2)
        if len(name) <= 3 and name not in ("maj",) and not year:
            continue
        pending.append(MONTHS[name])
        if year:
            dated = True
            out += [(int(year), month) for month in pending]
            pending = []
    return tuple(dict.fromkeys(out)) if dated else ()


def _month_range(folded: str) -> tuple[int, ...]:
    """The months from one named month to another ("från januari till juni", "mellan 1 mars och
    30 juni", "januari–juni", "juni till augusti", "jan-jun"), both included; () when the question
    names no such range."""
    m = re.search(
        rf"(?:\b(?:från|mellan|from|between)\s+(?:den\s+)?(?:\d{{1,2}}\s+)?{_MONTH_NAME}(?:\s+(?:19|20)\d\d)?\s+(?:till|och|to|and|t\.o\.m\.?)\s+"
        rf"|\b{_MONTH_NAME}\s*[–—-]\s*"
        # ("juni till augusti" without "från": a range too – "juni och augusti" is two months)
        rf"|\b{_MONTH_NAME}(?:\s+(?:19|20)\d\d)?\s+(?:till|to|t\.o\.m\.?)\s+)(?:den\s+)?(?:\d{{1,2}}\s+)?{_MONTH_NAME}\b",
        folded,
    )
    if m is None:
        # short names joined by a dash name a range too ("jan-jun 2024"): alone, "jan" may be a name
        m = re.search(rf"\b{_MONTH_ANY}\s*[–—-]\s*{_MONTH_ANY}\b", folded)
    if m is None:
        return ()
    names = [g for g in m.groups() if g]
    first, last = MONTHS.get(names[0]), MONTHS.get(names[-1])
    if not first or not last or last <= first:
        return ()
    return tuple(range(first, last + 1))


def _relative_phrase(folded: str, before: str, after: str) -> tuple[int, frozenset[str]]:
    """(-1, the phrase's words) when the question uses a phrase of the lexicon's ``before`` list
    of relative periods, (+1, …) for its ``after`` list, else (0, ∅)."""
    spec = lexicon().get("relative_periods", {})
    for key, shift in ((before, -1), (after, 1)):
        for phrase in spec.get(key, []):
            if says(folded, fold(phrase)):
                return shift, frozenset(fold(phrase).split())
    return 0, frozenset()


@lru_cache(maxsize=1)
def _relative_year_phrases() -> str:
    """The lexicon's phrases that move a year ("året innan", "förra året" …), longest first, as
    one alternation of a pattern ("" when it has none)."""
    spec = lexicon().get("relative_periods", {})
    return "|".join(re.escape(x) for x in sorted((fold(x) for key in ("before", "after") for x in spec.get(key, [])), key=len, reverse=True))


def _compared_with_shift(folded: str) -> bool:
    """Is the phrase that moves the year what something is compared with ("jämfört med året
    innan", "än förra året")? – not an "än" of a bound ("fler än 400 … förra året")."""
    phrases = _relative_year_phrases()
    return bool(phrases) and re.search(
        rf"\b(?:jämfört|jämföra|mot|än|compared|than|versus|vs)\b\.?\s+(?:\S+\s+){{0,3}}(?:{phrases})\b", folded
    ) is not None


def _shift_named_year(folded: str, years: tuple[int, ...]) -> bool:
    """Does a year written right after the phrase say which year it means ("förra året (2025)",
    "föregående år, 2024")?"""
    phrases = _relative_year_phrases()
    m = re.search(rf"\b(?:{phrases})\s*[(,–-]?\s*((?:19|20)\d\d)\b", folded) if phrases else None
    return m is not None and int(m.group(1)) in years


def _year_shift(folded: str) -> tuple[int, frozenset[str]]:
    """(-1, the phrase's words) for "och året innan?", (+1, …) for "och året efter?", else (0, ∅)."""
    return _relative_phrase(folded, "before", "after")


_MEAN_PREFIX = re.compile(r"^(?:års)?(genomsnitt|medel|snitt)(s?)(\w{4,})$")


def _mean_head(token: str) -> str:
    """The measure of a mean written as one compound ("snittimlönen" → "timlönen",
    "genomsnittsåldern" → "åldern", "medelarbetslösheten" → "arbetslösheten"); the token as it
    is otherwise. Of three like consonants where the parts meet one is written: snitt|timlön."""
    m = _MEAN_PREFIX.match(token)
    if m is None or m.group(3).startswith(("värd", "lig")):
        return token  # ("medelvärdet", "genomsnittliga": the mean itself)
    prefix, link, rest = m.groups()
    if not link and prefix.endswith("tt") and rest[0] in "aeiouyåäö":
        rest = "t" + rest
    return rest


def _step_shift(folded: str) -> tuple[str, int, frozenset[str]]:
    """("quarter", -1, the phrase's words) for "och kvartalet innan?", ("month", +1, …) for
    "månaden efter", else ("", 0, ∅)."""
    for unit in ("quarter", "month"):
        shift, said = _relative_phrase(folded, f"before_{unit}", f"after_{unit}")
        if shift:
            return unit, shift, said
    return "", 0, frozenset()


def county_words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words right before "län"/"läns": "i Örebro län" → ("örebro",) – a county's name, never a
    letter ("sjukfall F län blekinge": the diagnosis code F, then "län")."""
    return tuple(a for a, b in zip(tokens, tokens[1:], strict=False) if b in ("län", "läns", "county", "countys") and len(a) > 1)


@lru_cache(maxsize=1)
def total_phrase_words() -> frozenset[str]:
    """Words of the lexicon's total phrases ("hela riket", "länet"): they name total rows."""
    return frozenset(w for items in lexicon()["totals"].values() for x in items for w in fold(x).split())


def _without_place_totals(folded: str) -> str:
    """The question without the phrases that name the county's or the country's own row ("the
    county average", "länssnittet")."""
    spec = lexicon()["totals"]
    for x in sorted((*spec["county"], *spec["country"]), key=len, reverse=True):
        folded = phrase_re(fold(x)).sub(" ", folded)
    return folded


@lru_cache(maxsize=1024)
def whole_phrase_words(text: str) -> frozenset[str]:
    """The words of the "all" phrases of several words the question uses whole ("kvinnor och
    män", "båda könen"): they name a split's total ("Samtliga"), not each of its parts."""
    folded = fold(text)
    return frozenset(
        w for x in lexicon()["totals"]["all"] if " " in x.strip()
        and says(folded, fold(x)) for w in fold(x).split()
    )


def _total_words_in(folded: str) -> frozenset[str]:
    """The words of the total phrases the question uses: a one-word total ("totalt", "riket")
    wherever it stands, the words of a longer one ("kvinnor och män", "hela länet") only where
    the whole phrase stands – "kvinnor" alone names women, not everyone."""
    out: set[str] = set()
    for items in lexicon()["totals"].values():
        for x in items:
            ws = fold(x).split()
            if len(ws) == 1 or says(folded, fold(x)):
                out |= set(ws)
    return frozenset(out)


# "5 miljoner", "500 tkr": a number's magnitude word, and what it multiplies by
_MAGNITUDES = {
    "tusen": 1e3, "thousand": 1e3, "tkr": 1e3, "miljon": 1e6, "miljoner": 1e6, "million": 1e6, "millions": 1e6,
    "mnkr": 1e6, "mkr": 1e6, "miljard": 1e9, "miljarder": 1e9, "billion": 1e9, "mdkr": 1e9,
}
_MAGNITUDE_RE = "(?P<mag>" + "|".join(sorted(_MAGNITUDES, key=len, reverse=True)) + r")\b"


_FORECAST = re.compile(r"prognos|framskrivning|forecast|projection|projected|\bkommer\s+att\b|\bväntas\b|\bberäknas\b")


def _threshold(folded: str) -> tuple[Threshold | None, str]:
    """"över 8 procent", "minst 1 000", "more than 5 %" → Threshold, and the text without it."""
    above = sorted(lexicon()["form"]["above"], key=len, reverse=True)
    # "klarar inte ens 70 %", "not even 70 percent": short of the figure – a bound below it (the
    # negation kept out of the lexicon's words, where "inte"/"not" would stop counting as content)
    below = sorted(lexicon()["form"]["below"], key=len, reverse=True) + _SHORT_OF
    alts = "|".join(re.escape(fold(w)) for w in above + below)
    m = None
    for cand in re.finditer(rf"(?<!\w)({alts})\s+{_NUM}\s*(?:{_MAGNITUDE_RE}\s*)?(?P<pct>%|procent|procentenheter|percent|per cent)?", folded):
        yearlike = not cand.group("pct") and not cand.group("mag") and re.fullmatch(r"(?:19[5-9]|20[0-4])\d\s*", cand.group(2))
        after = folded[cand.end():]
        if (
            yearlike and cand.group(1) in ("under", "över", "over")
            # ("över 2000 arbetslösa": a round number before the noun it counts is a bound)
            and not (int(cand.group(2)) % 100 == 0 and re.match(r"\s*[a-zåäö]{4,}", after))
        ):
            continue  # "under 2021" is a time ("during 2021"), not a bound
        if yearlike and re.match(r"\s*(?:[,.;:?!]|$|och\b|eller\b|and\b|or\b)", after):
            continue  # "mer eller mindre än 2024, i procent?": the year compared with, not a bound of 2 024
        if not cand.group("pct") and re.match(r"\s*(?!kr\b|kronor\b|sek\b)[a-zåäö]+/[a-zåäö]+", folded[cand.end():]):
            continue  # "bredband på minst 1 gbit/s": a quantity with its own unit names the measure, no bound
        m = cand
        break
    if not m:
        # "minst en procentenhet", "över tio procent": a number word with its unit
        names = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
        w = re.search(rf"(?<!\w)({alts})\s+({names})\s+(procentenheter|procentenhet|procent|percentage points?|percent)(?!\w)", folded)
        if w:
            return Threshold(_bound_op(w.group(1), above), float(NUMBER_WORDS[w.group(2)]), True), folded[: w.start()] + folded[w.end():]
    if not m:
        f = re.search(rf"(?<!\w)({alts})\s+({'|'.join(FRACTIONS)})(?!\w)", folded)
        if not f:
            return _sign(folded), folded
        return Threshold(_bound_op(f.group(1), above), FRACTIONS[f.group(2)], True), folded[: f.start()] + folded[f.end():]
    value = float(re.sub(r"\s", "", m.group(2)).replace(",", "."))
    after = folded[m.end():]
    scale = _MAGNITUDES.get(m.group("mag") or "", 1.0)
    # in whole units: a magnitude word ("2,5 miljarder") or kronor after it; a column kept in tkr or
    # mnkr is compared in its own unit (see build)
    kr = re.match(r"\s*(?:kr|kronor|sek)\b", after)
    kronor = bool(m.group("mag")) or bool(kr)
    end = m.end() + (len(kr.group(0)) if kr else 0)
    # "över 180 dagar", "under 30 år": a length of time (or an age)
    unit = re.match(
        r"\s*(dagar|dygn|veckor|månader|timmar|minuter|min|år|days|weeks|months|hours|minutes|years)\b", after
    ) if not m.group("pct") and not kronor else None
    duration = _DURATION_STEMS[unit.group(1)] if unit else ""
    return Threshold(_bound_op(m.group(1), above), value * scale, bool(m.group("pct")), kronor, duration), folded[: m.start()] + folded[end:]


_SHORT_OF = ["inte ens", "inte ens upp till", "inte upp till", "not even"]

_DURATION_STEMS = {
    "dagar": "dag", "dygn": "dygn", "veckor": "veck", "månader": "månad", "timmar": "tim",
    "days": "dag", "weeks": "veck", "months": "månad", "hours": "tim", "år": "år", "years": "år",
    "minuter": "min", "min": "min", "minutes": "min",
}
# a column that is itself a band of a length of time ("…, 20–30 min", "Över 30 min", "15-29 dagar"),
# per unit stem of _DURATION_STEMS (ages, "år", are left to the age bands)
_BAND_UNITS = {
    "dag": r"dag(?:ar)?", "dygn": r"dygn", "veck": r"veck(?:a|or)", "månad": r"mån(?:ad|ader)?", "tim": r"tim(?:me|mar)?",
    "min": r"min(?:uter)?",
}


def names_a_band(name: str, duration: str) -> bool:
    """Is a column's name a band of ``duration``'s unit ("Antal invånare …, 20–30 min", "Över 30
    min" for "min")? A bound in that unit ("mer än 20 min") is then a bound on the bands, not on
    the figures in them."""
    unit = _BAND_UNITS.get(duration)
    if unit is None:
        return False
    return re.search(
        rf"(?:\d+\s*[-–]\s*\d+|(?:över|under|mer än|minst|mindre än|upp till|more than|over|under)\s+\d+|\d+\s*\+|\d+\s*[-–])\s*{unit}\b",
        fold(name),
    ) is not None


def band_interval(name: str, duration: str) -> tuple[float, float] | None:
    """The interval of time a band column covers, in ``duration``'s unit: "…, 20–30 min" →
    (20, 30), "Över 30 min"/"30+ min" → (30, inf), "Under 5 min"/"0–5 min" → (0, 5); None when
    the name is no band of that unit."""
    unit = _BAND_UNITS.get(duration)
    if unit is None:
        return None
    folded = fold(name)
    num = r"(\d+(?:,\d+)?)"
    m = re.search(rf"{num}\s*[-–]\s*{num}\s*{unit}\b", folded)
    if m:
        return float(m.group(1).replace(",", ".")), float(m.group(2).replace(",", "."))
    m = re.search(rf"(?:över|mer än|more than|over)\s+{num}\s*{unit}\b|{num}\s*(?:\+|[-–])\s*{unit}\b|{num}\s*{unit}\s*(?:\+|eller mer|och mer|or more)", folded)
    if m:
        return float(next(x for x in m.groups() if x).replace(",", ".")), math.inf
    m = re.search(rf"(?:under|mindre än|upp till|less than|up to)\s+{num}\s*{unit}\b", folded)
    if m:
        return 0.0, float(m.group(1).replace(",", "."))
    return None


def _sign(folded: str) -> Threshold | None:
    """"ett positivt flyttnetto", "negativt resultat": above or below zero (the words keep their
    place in the question: they also say what the rows are ranked by)."""
    for key, op in (("positive", ">"), ("negative", "<")):
        words_ = "|".join(re.escape(fold(w)) for w in lexicon()["form"].get(key, []))
        if words_ and re.search(rf"(?<!\w)(?:{words_})(?!\w)", folded):
            return Threshold(op, 0.0, False)
    return None


def _bound_op(word: str, above: list[str]) -> str:
    """">", ">=", "<" or "<=" for the word that opens a bound ("över", "minst", "under", "högst")."""
    inclusive = word in ("minst", "åtminstone", "at least", "högst", "max", "som mest", "at most")
    if word in {fold(w) for w in above}:
        return ">=" if inclusive else ">"
    return "<=" if inclusive else "<"


def _top_n(folded: str) -> int | None:
    names = "|".join(k for k in NUMBER_WORDS if NUMBER_WORDS[k] <= 20 and k not in ("en", "ett", "one", "noll"))
    m = re.search(rf"\b(?:de|topp|top|the|vilka|which)\s+(\d{{1,2}}|{names})\b(?!\s*(?:%|procent|år\b))", folded) or re.search(
        rf"\b(\d{{1,2}}|{names})\s+(?:högsta|lägsta|största|minsta|första|flesta|highest|lowest|largest|smallest|top)\b", folded
    )
    if not m:
        # "näst störst", "second largest": the top two, the second of them the answer; "tredje
        # lägst", "third highest": the top three, the third of them the answer
        if re.search(r"\bnäst\s+(?:störst|högst|lägst|minst|flest|färst|mest|största|högsta|lägsta|minsta)\w*|"
                     r"\bsecond\s+(?:largest|highest|lowest|smallest|biggest|most|fewest)\b", folded):
            return 2
        # "… högst? Och vilken kommer tvåa?", "and which is second?": the top two asked at once
        if re.search(r"\b(?:störst|högst|lägst|minst|flest|färst|mest|largest|highest|lowest|smallest|most|fewest)\b", folded) and re.search(
            r"\b(?:kommer|kom|blir|är|hamnar)\s+(?:på\s+)?(?:tvåa|andra\s+plats)\b|\b(?:which|who)\s+(?:is|was|comes?|came)\s+second\b", folded
        ):
            return 2
        place = re.search(
            r"\b(tredje|fjärde|femte|3:e|4:e|5:e|third|fourth|fifth)\s+(?:störst|högst|lägst|minst|flest|färst|mest|största|högsta|"
            r"lägsta|minsta|largest|highest|lowest|smallest|biggest|most|fewest)\w*", folded,
        )
        if place:
            return {"tredje": 3, "3:e": 3, "third": 3, "fjärde": 4, "4:e": 4, "fourth": 4}.get(place.group(1), 5)
        return None
    v = m.group(1)
    return int(v) if v.isdigit() else NUMBER_WORDS[v]


@lru_cache(maxsize=1)
def synonym_groups() -> list[tuple[str, ...]]:
    """The lexicon's synonym groups, then one group per Swedish word of its English groups: that
    word and the group's English words (so the Swedish words of one group do not become
    synonyms of each other – "behov" and "behövs" are kin only through "need")."""
    groups = list(lexicon()["synonyms"])
    for g in lexicon().get("english", {}).get("groups", []):
        groups += [[sv, *g["en"]] for sv in g["sv"]]
    return [tuple(fold(w) for w in g) for g in groups]


def english_groups_from() -> int:
    """The index of the first of ``synonym_groups()`` made of the lexicon's English groups: those
    serve an English question only (a Swedish one reads as it did without them)."""
    return len(lexicon()["synonyms"])


@lru_cache(maxsize=1)
def english_words() -> dict[str, tuple[str, ...]]:
    """Each English word of the lexicon's English groups → the Swedish words it stands for."""
    out: dict[str, list[str]] = {}
    for g in lexicon().get("english", {}).get("groups", []):
        for en in g["en"]:
            out.setdefault(fold(en), []).extend(fold(sv) for sv in g["sv"])
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def kin_words() -> dict[str, tuple[str, ...]]:
    """Single words of a synonym group → the group's other single words."""
    out: dict[str, tuple[str, ...]] = {}
    for group in synonym_groups():
        singles = [fold(w) for w in group if " " not in w]
        for w in singles:
            others = tuple(x for x in singles if x != w)
            # by the word and by its stem ("beviljades" is "beviljade" inflected)
            for key in dict.fromkeys((w, stem(w))):
                out[key] = tuple(dict.fromkeys(out.get(key, ()) + others))
    return out


@lru_cache(maxsize=1)
def _phrase_heads() -> dict[str, str]:
    """Phrases of two words in a synonym group → the group's first word, when that is one word
    ("study association" → "studieförbund")."""
    return {
        fold(member): group[0] for group in synonym_groups() if " " not in group[0]
        for member in group[1:] if len(member.split()) == 2
    }


@lru_cache(maxsize=1)
def translations() -> dict[str, str]:
    """Single words of a synonym group → the group's first word ("county" → "län")."""
    out = {}
    for group in synonym_groups():
        head = group[0]
        if " " in head:
            continue
        for member in group[1:]:
            if " " not in member and member != head:
                out.setdefault(member, head)
    return out
