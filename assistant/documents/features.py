"""Features of a candidate quote for a question, and the fitted weights that combine them.

Every feature is a number in a small range; the ranker's score is their weighted sum with
weights fitted by ``bench/fit_documents.py`` (logistic regression on the tuning split of
eval/banks/docs.jsonl) and stored in ``assistant/weights/documents.json``. Nothing here is set
by hand to make one question pass.

Why one module of this size: the features and the loader of their fitted weights must agree on one
list, ``FEATURES``.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from os.path import commonprefix
from pathlib import Path

from ingest.swedish import MONTH_NAMES, MONTHS, STOPWORDS, fold, says, stem, words

from .kinds import KINDS, Wanted, carries, wanted, years_in
from .spans import Span

WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "weights" / "documents.json"

# Words that carry a question's form, never its topic.
QUESTION_WORDS = frozenset(
    "vem vems vilka vilken vilket vad hur när var varför vart finns fanns står betyder menas avses innebär "
    "många mycket stor stort stora hög högt höga lång långa länge enligt ungefär cirka kan du berätta "
    "säg säger sade sa tycker anser nämns nämner dokumentet dokumenten rapporten handlar behöver behövs måste "
    "what who whom whose which when where why how many much does do did is are was were the of in on "
    "for to and or a an by with from that this there any according".split()
)
# A tag that asks for assent at a question's end: "… 16 nov va?", "… eller hur?", "…, right?"
_TAG_ASK = re.compile(r"[\s,]+(?:va|väl|eller hur|eller|right|eh|rätt|korrekt|stämmer det)\s*\?\s*$")
# Words of a document's structure a question points with ("under rubriken …", "i avsnittet om …").
_STRUCTURE_WORDS = frozenset("rubrik rubriken rubriker rubrikerna avsnittet stycket kapitlet heading section".split())
# "räknas upp", "räknar upp", "listas": a list is asked for, no definition
# "när det gäller …", "vad gäller …": a topic introduced, no word of it
_REGARDING = re.compile(r"\b(?:när det|vad det|vad)\s+gäller\b", re.I)
_LISTED = re.compile(r"\b(?:räknas|räknar|räknade|räknades)\s+upp\b|\blistas\b|\blistade\b", re.I)
# A question's verb of definition is answered by any of these in the text.
_DEFINITION_VERBS = re.compile(
    r"\b(räknas|räknar|avses|avser|menas|menar|definieras|definierar|definitioner|definitionen|definition|ingår|"
    r"omfattas|omfattar|utgörs|innebär|betyder|kallas|kallar|benämns)\b"
)
# A word naming a document after "i/enligt/från" ("i förstudien", "enligt planen") picks the
# document, not the sentence: it counts this share of its IDF weight.
DOCUMENT_REFERENCE_WEIGHT = 0.2
# ("på partnerskapsmötet", "vid sammanträdet": a meeting named by the notes that record it)
_REFERENCE = re.compile(r"\b(i|enligt|från|på|vid|in|according to|of|at)\s+(?:den\s+|det\s+|the\s+)?(\w+)", re.I)
_DEFINITION_TERM = "\x00def"

FEATURES = (
    "lex",  # share of the question's content (IDF-weighted) in the quote
    "lex_context",  # … in the quote's heading path and chunk
    "lex_heading",  # … in the heading path alone
    "entities",  # share of the question's names, acronyms and figures in the quote
    "entities_context",  # … in the quote's chunk and heading path
    "cosine_chunk",  # cosine of question and chunk, minus the best chunk's
    "cosine_span",  # cosine of question and quote, minus the best quote's (chunk's when none)
    "rank",  # 1 / (1 + rank of the quote's chunk in the search hits)
    *(f"kind_{k}" for k in KINDS),  # the question wants this kind and the quote carries it
    *(f"lacks_{k}" for k in KINDS),  # the question wants it and the quote does not carry it
    "lex_rare",  # the question's rarest term (highest IDF) is in the quote
    "density",  # share of the quote's content words that are the question's
    "bullet_for_list",  # a bullet item or list quote, for a question that asks for a list
    "list_of_asked",  # a list whose lead ends naming what is asked ("… kallas för utsatta grupper:")
    "year_match",  # a year the question names is in the quote (or its heading path)
    "year_other",  # the quote names other years but none the question asks about
    "pair",  # the quote is two sentences
    "list",  # the quote is a list with its lead sentence
    "bullet",  # the quote is one bullet item
    "table",  # the quote comes from a table passage
    "short",  # the quote has fewer than six words (headings, labels)
    "log_words",  # log of the quote's length in words
    "first",  # the quote opens its chunk
)


@dataclass(frozen=True)
class Weights:
    features: tuple[str, ...]
    coefficients: tuple[float, ...]
    bias: float
    # Below this probability for the best quote, the answer is "no support".
    no_support_below: float
    meta: dict = field(default_factory=dict)
    # The same for English questions, whose words seldom match the Swedish text.
    no_support_below_en: float | None = None

    def floor(self, language: str = "sv") -> float:
        if language == "en" and self.no_support_below_en is not None:
            return self.no_support_below_en
        return self.no_support_below

    def score(self, x: list[float]) -> float:
        return self.bias + sum(w * v for w, v in zip(self.coefficients, x))

    @staticmethod
    def probability(score: float) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@lru_cache(maxsize=4)
def load_weights(path: str | None = None) -> Weights:
    data = json.loads(Path(path or WEIGHTS_FILE).read_text(encoding="utf-8"))
    names = tuple(data["features"])
    if names != FEATURES:
        raise ValueError(f"{path or WEIGHTS_FILE} was fitted for other features – run bench/fit_documents.py")
    return Weights(
        names, tuple(data["coefficients"]), data["bias"], data["no_support_below"], data.get("meta", {}),
        data.get("no_support_below_en"),
    )


# ---------------------------------------------------------------------- question side


class Vocabulary:
    """Document frequencies of stems over the text chunks, for IDF weights."""

    def __init__(self, texts: Iterable[str]):
        self.df: Counter[str] = Counter()
        n = 0
        for t in texts:
            n += 1
            self.df.update(set(content_stems(t)))
        self.n = max(n, 1)

    def idf(self, s: str) -> float:
        return math.log(1 + self.n / (1 + self.df.get(s, 0)))


@lru_cache(maxsize=65536)
def content_stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(text) if w not in STOPWORDS and w not in QUESTION_WORDS)


_MONEY_ASKED = re.compile(r"\b(hur mycket (?:extra )?|how much )(?:pengar|money)\b", re.I)


# a follow-up's own question word ("och vem attesterar den?"), not an ellipsis ("och i Vivalla?")
_OWN_ASK = re.compile(r"\b(?:vem|vilka|vilken|vilket|vad|när|hur|var|varför|who|what|when|how|which|where|why)\b", re.I)


@dataclass(frozen=True)
class Question:
    """What the ranker needs from a question, computed once."""

    text: str
    terms: tuple[tuple[str, float], ...]  # (stem, IDF weight)
    entities: tuple[str, ...]  # folded names, acronyms and figures the question names
    wanted: Wanted

    @classmethod
    def of(
        cls,
        text: str,
        vocabulary: Vocabulary,
        context: str = "",
        document_words: frozenset[str] = frozenset(),
        language: str = "sv",
    ) -> Question:
        """``document_words``: stems of the documents' names (titles, file names, title pages).
        In an English question only the words the documents use count (names, acronyms,
        figures): the rest cannot match Swedish text and would only dilute the ones that do."""
        terms: dict[str, float] = {}
        referenced = {stem(fold(m.group(2))) for m in _REFERENCE.finditer(text)}
        # "vilka insatser räknas upp under rubriken …": words of where and how a document says
        # something, not of what it says
        text = _REGARDING.sub(" ", _LISTED.sub(" ", text))
        # "hur mycket pengar …": the money is what is asked (a figure in kronor), no word to find
        text = _MONEY_ASKED.sub(r"\1", text)
        # "högsäter noden öppnade 16 nov va?": a tag asking for assent is no word of the topic
        # ("VA" in a question's body – water and sewage – is)
        text = _TAG_ASK.sub("?", text)
        for w in words(text):
            if w in STOPWORDS or w in QUESTION_WORDS or w in _STRUCTURE_WORDS or len(w) < 2:
                continue
            if MONTHS.get(w) and len(w) <= 4 and w not in ("maj", "juni", "juli", "mars"):
                w = MONTH_NAMES[MONTHS[w]]  # "jan-sept" of a text that writes "januari–september"
            s = stem(w)
            if language == "en" and not vocabulary.df.get(s):
                continue
            weight = vocabulary.idf(s) * (0.5 if w[0].isdigit() else 1.0)
            if s in document_words and s in referenced:
                weight *= DOCUMENT_REFERENCE_WEIGHT
            if _DEFINITION_VERBS.fullmatch(w):
                s, weight = _DEFINITION_TERM, min(weight, 1.5)
            terms[s] = max(terms.get(s, 0.0), weight)
        # "när tar projektet slut?" of a timetable's "Projektslut": two words of the question next to
        # each other (a short word between them at most) are the compound the documents write,
        # when they write it – at its own weight (F215-13, F211-05)
        for joined in compounds_asked(text, vocabulary) if language == "sv" else ():
            terms.setdefault(stem(joined), vocabulary.idf(stem(joined)))
        # "vilka var med på mötet?", "who attended …": the words minutes head their attendees
        # with ("Närvarande", "Deltagare") are what is asked, at the weight of the rarest the base uses
        for w in _attendance_terms(text):
            if vocabulary.df.get(w):
                terms[w] = max(terms.get(w, 0.0), vocabulary.idf(w))
        # Background of a chatty question counts, at a third of the question's own words.
        for w in words(context):
            if w in STOPWORDS or w in QUESTION_WORDS or len(w) < 3:
                continue
            s = stem(w)
            terms.setdefault(s, vocabulary.idf(s) / 3)
        # (a follow-up read with the question before it – "När ska tidrapporten …? och vem
        # attesterar den?" – asks what its own last question asks: who, not when; the earlier
        # question's words say what it is about, at half their weight)
        parts = re.split(r"\?\s+(?=(?:och|men|and)\b)", text, flags=re.I)
        last = parts[-1]
        if len(parts) > 1 and not _OWN_ASK.search(last):
            # (an elliptical follow-up – "och i Västhaga-Solhaga?" – asks what the question
            # before it asked, of another row: read whole, as before)
            last = text
        if len(parts) > 1 and last is not text:
            own = {stem(w) for w in words(last)}
            terms = {s: (w if s in own else w / 2) for s, w in terms.items()}
        return cls(text, tuple(terms.items()), tuple(question_entities(text)), wanted(last))


# endings of a noun's definite or plural form, taken off before it opens a compound
# ("projektet" + "slut" → "projektslut")
_FORM_ENDINGS = ("arna", "erna", "orna", "et", "en", "na", "n", "t")


def compounds_asked(text: str, vocabulary: Vocabulary) -> list[str]:
    """The compounds the documents write of two words the question puts next to each other
    ("när tar projektet slut?" → "projektslut", "hur lång är ansökningstiden" stays as it is):
    a noun in any form, with or without a linking "s", before the next word – only those the
    documents use."""
    content = [w for w in words(fold(text)) if len(w) >= 3 and w not in QUESTION_WORDS and w not in STOPWORDS]
    out: list[str] = []
    for a, b in zip(content, content[1:]):
        heads = {a} | {a[: -len(e)] for e in _FORM_ENDINGS if a.endswith(e) and len(a) - len(e) >= 3}
        for head in sorted(heads):
            for joined in (head + b, head + "s" + b):
                if joined not in out and vocabulary.df.get(stem(joined)):
                    out.append(joined)
    return out


@lru_cache(maxsize=1)
def _attendance() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from ..stats.form import lexicon  # (the statistics lexicon holds the words of questions)

    spec = lexicon().get("attendance", {})
    return tuple(fold(x) for x in spec.get("asked", [])), tuple(stem(fold(x)) for x in spec.get("headings", []))


def _attendance_terms(text: str) -> tuple[str, ...]:
    """The stems of attendance headings, when the question asks who took part."""
    asked, headings = _attendance()
    folded = fold(text)
    if any(says(folded, a) for a in asked):
        return headings
    return ()


def question_entities(text: str) -> list[str]:
    """Names (capitalised inside the question), acronyms and figures other than years."""
    out: list[str] = []
    for m in re.finditer(r"[\wÅÄÖåäö][\w\-+/,.:åäöÅÄÖ]*", text):
        tok = m.group().rstrip(".,:")
        if not tok:
            continue
        caps = sum(c.isupper() for c in tok)
        is_acronym = caps >= 2 and len(tok) <= 10
        is_name = m.start() > 0 and tok[:1].isupper() and fold(tok) not in STOPWORDS
        is_figure = bool(re.fullmatch(r"\d+([.,]\d+)?", tok)) and not re.fullmatch(r"(19|20)\d\d", tok)
        if is_acronym or is_name or is_figure:
            for part in words(tok):
                if len(part) >= 2 and part not in STOPWORDS and part not in out:
                    out.append(part)
    return out


# ---------------------------------------------------------------------- quote side


@lru_cache(maxsize=65536)
def _stem_set(text: str) -> frozenset[str]:
    stems = set(content_stems(text))
    if _DEFINITION_VERBS.search(fold(text)):
        stems.add(_DEFINITION_TERM)
    return frozenset(stems)


@lru_cache(maxsize=65536)
def coverage(terms: tuple[tuple[str, float], ...], text: str) -> float:
    """IDF-weighted share of the question's terms found in ``text`` (a compound or inflection
    sharing a long prefix, or a compound ending in the term, counts 0.7). Cached: a passage's heading and text are scored once
    per question, not once per candidate quote in it."""
    if not terms:
        return 0.0
    stems = _stem_set(text)
    total = sum(w for _, w in terms)
    got = 0.0
    asked = {s for s, _ in terms}
    # (a compound of the text whose parts are both asked: "anbudsdag" of "sista dag att lämna anbud")
    joined = {part for t in stems if len(t) >= 7 for part in _two_parts(t, asked)}
    for s, w in terms:
        if s in stems or s in joined:
            got += w
        elif len(s) >= 7 and _two_parts(s, stems):
            # a compound the text writes apart: "höstomgången" of "Omgång 2 (höst)"
            got += w
        elif len(s) >= 5 and any(len(t) >= 5 and (t.startswith(s) or s.startswith(t) or t.endswith(s)) for t in stems):
            # (a Swedish compound's head is its last part: "huvudleverantörer" are "leverantörer")
            got += 0.7 * w
        elif len(s) >= 9 and any(_same_root(s, t) for t in stems):
            # the verb of a noun the text uses: "rekommenderar" of "Rekommendationer"
            got += 0.7 * w
        elif len(s) >= 8 and any(len(t) >= 5 and len(s) - len(t) >= 3 and s.endswith(t) for t in stems):
            # the question's compound by its head alone: "utvecklingsnämnden" of a text that,
            # having named it, says "Nämnden"; "kompetensmäklarprojektet" of "projektet"
            got += 0.5 * w
    return got / total if total else 0.0


def _two_parts(word: str, known: frozenset[str] | set[str]) -> tuple[str, ...]:
    """The first split of a compound into two parts that ``known`` both holds, with or without the
    linking -s- ("höst", "omgång" of "höstomgång"; "anbud", "dag" of "anbudsdag"); () when none."""
    for k in range(3, len(word) - 2):
        head, tail = word[:k], word[k:]
        if head in known:
            if tail in known:
                return head, tail
            if tail[:1] == "s" and len(tail) > 3 and tail[1:] in known:
                return head, tail[1:]
    return ()


def _same_root(a: str, b: str) -> bool:
    """Do two long stems share a root of eight letters or more, most of the shorter one
    ("rekommender", "rekommendation")?"""
    if min(len(a), len(b)) < 9:
        return False
    k = len(commonprefix((a, b)))
    return k >= 8 and k >= 0.8 * min(len(a), len(b))


def rare_hit(terms: tuple[tuple[str, float], ...], text: str) -> float:
    """1 when the question's rarest term occurs in ``text`` (inflected or compounded too)."""
    if not terms:
        return 0.0
    s, _ = max(terms, key=lambda t: t[1])
    stems = set(content_stems(text))
    return float(s in stems or (len(s) >= 5 and any(len(t) >= 5 and (t.startswith(s) or s.startswith(t) or t.endswith(s)) for t in stems)))


def density(terms: tuple[tuple[str, float], ...], text: str) -> float:
    stems = content_stems(text)
    if not stems or not terms:
        return 0.0
    asked = {s for s, _ in terms}
    return sum(1 for t in stems if t in asked) / len(stems)


@lru_cache(maxsize=65536)
def entity_share(entities: tuple[str, ...], text: str) -> float:
    if not entities:
        return 1.0
    ws = set(words(text))
    folded = fold(text)
    got = sum(1 for e in entities if e in ws or (len(e) >= 4 and e in folded))
    return got / len(entities)


def span_cosines(spans: list[Span], embed, query_vector) -> list[float]:
    """Cosine of the question and each quote, a quote's vector being the mean of its sentences'
    vectors (each sentence embedded once, by ``embed``: texts → unit vectors)."""
    import numpy as np

    texts = list(dict.fromkeys(u.text for s in spans for u in s.units))
    vecs = embed(texts)
    row = {t: i for i, t in enumerate(texts)}
    out = []
    for s in spans:
        v = vecs[[row[u.text] for u in s.units]].mean(axis=0)
        out.append(float(v @ query_vector / max(float(np.linalg.norm(v)), 1e-9)))
    return out


@lru_cache(maxsize=8192)
def quote_context(chunk, title: str = "") -> str:
    """A quote's surroundings: its document's title (a question that names the project or report
    – "kompetenslyftet i batterivärdekedjan" – names where to look), heading path and passage."""
    return f"{title}\n{chunk.section}\n{chunk.text}" if title else f"{chunk.section}\n{chunk.text}"


def span_features(
    q: Question, span: Span, chunk_cosine: float, best_chunk_cosine: float, span_cosine: float | None, best_span_cosine: float | None,
    title: str = "",
) -> list[float]:
    text = span.text
    chunk = span.chunk
    context = quote_context(chunk, title)
    has = carries(text)
    years_q = q.wanted.years
    span_years = years_in(text) | years_in(chunk.section)
    n_words = max(len(words(text)), 1)
    # (the question's words for the document – its project's name, "Kompetensnav Skåne" – say where
    # to look, and every quote of it is there: they weigh in its context, not in one quote over another)
    own_terms, own_entities = q.terms, q.entities
    if title:
        titled = _stem_set(title)
        own_terms = tuple((s, w) for s, w in q.terms if s not in titled) or q.terms
        folded_title = fold(title)
        own_entities = tuple(e for e in q.entities if e not in folded_title)
    f: dict[str, float] = {
        "lex": coverage(own_terms, text),
        "lex_context": coverage(q.terms, context),
        "lex_heading": coverage(q.terms, chunk.section),
        "entities": entity_share(own_entities, text),
        "entities_context": entity_share(q.entities, context),
        "cosine_chunk": chunk_cosine - best_chunk_cosine,
        "cosine_span": (span_cosine - best_span_cosine)
        if span_cosine is not None and best_span_cosine is not None
        else chunk_cosine - best_chunk_cosine,
        "rank": 1.0 / (1 + span.rank),
        "lex_rare": rare_hit(q.terms, text),
        "density": density(q.terms, text),
        "bullet_for_list": float(q.wanted.wants("list") and (span.kind == "list" or span.lead.bullet)),
        "list_of_asked": coverage(q.terms, " ".join(span.lead.text.split()[-6:])) if span.kind == "list" and not span.lead.bullet else 0.0,
        "year_match": float(bool(years_q & span_years)),
        "year_other": float(bool(years_q) and bool(span_years) and not (years_q & span_years)),
        "pair": float(span.kind == "pair"),
        "list": float(span.kind == "list"),
        "bullet": float(span.kind == "sentence" and span.lead.bullet),
        "table": float(chunk.kind == "table"),
        "short": float(n_words < 6),
        "log_words": math.log(n_words),
        "first": float(span.lead.position == 0),
    }
    # (a reason stands under a heading that says so – "Skäl för beslutet", "Motivering" – in
    # sentences that need not say it again)
    if q.wanted.wants("reason") and not has["reason"] and carries(chunk.section)["reason"]:
        has = {**has, "reason": 1.0}
    for k in KINDS:
        w = q.wanted.wants(k)
        f[f"kind_{k}"] = float(w and has[k] > 0)
        f[f"lacks_{k}"] = float(w and has[k] == 0)
    return [f[name] for name in FEATURES]
