"""Answers from documents: hybrid search, then the quotes that answer, verbatim with their
page, or an honest "no support" when no quote is likely enough to answer.

    answerer = DocumentAnswerer(index, page_texts, documents)
    answer = answerer.answer("Hur många anställda har IAF?")

Candidate quotes (sentences, sentence pairs, lists with their lead; ``spans.py``) of the best
passages are scored with fitted weights over lexical, semantic, kind-of-content and year
features (``features.py``); the weights, the "no support" threshold and the bar for further
quotes come from ``assistant/weights/documents.json`` (``bench/fit_documents.py``).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ingest.model import Chunk, Document
from ingest.swedish import MONTHS, fold, words

from ..answer import Answer, Citation, Route
from .definitions import Definitions, answer_definition
from .features import Question, Vocabulary, Weights, load_weights, span_cosines, span_features
from .kinds import years_in
from .spans import Span, candidate_spans, norm_for_match

NO_SUPPORT = "Jag hittar inget stöd för det i kunskapsbanken."
SEARCH_DEPTH = 10  # passages read for candidate quotes (bench: recall@10 is where the gold pages are)
MAX_QUOTES = 3

# Embeds quote texts for the "cosine_span" feature: texts → unit vectors (one row each).
SpanEmbedder = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True)
class Scored:
    span: Span
    score: float
    probability: float


class DocumentAnswerer:
    def __init__(
        self,
        index,
        page_texts: dict[str, list[str]],
        documents: dict[str, Document] | None = None,
        weights: Weights | None = None,
        span_embedder: SpanEmbedder | None = None,
    ):
        self.index = index
        self.page_texts = page_texts
        self.documents = documents or {}
        self.titles = {k: d.title for k, d in self.documents.items()}
        chunks: list[Chunk] = list(index.chunks)
        self.vocab = Vocabulary(f"{c.section}\n{c.text}" for c in chunks)
        self._page_norm: dict[tuple[str, int], str] = {}
        self.vocabulary = {w for c in chunks for w in words(c.text)}
        self._sorted_vocabulary = sorted(self.vocabulary)
        self._weights = weights
        self.span_embedder = span_embedder
        self.definitions = Definitions(
            c for c in chunks if (d := self.documents.get(c.document)) is None or d.kind not in ("csv", "xlsx")
        )

    @property
    def weights(self) -> Weights:
        if self._weights is None:
            self._weights = load_weights()
        return self._weights

    # ------------------------------------------------------------------ search and ranking

    def search(self, query: str, k: int = SEARCH_DEPTH):
        return self.index.search(query, k=k)

    def rank(self, q: Question, hits, query_vector: np.ndarray | None = None) -> list[Scored]:
        """Every candidate quote of ``hits`` with its score, best first."""
        spans = candidate_spans(hits)
        if not spans:
            return []
        cos = {h.chunk.id: h.cosine for h in hits}
        best_cos = max(cos.values())
        span_cos: list[float | None] = [None] * len(spans)
        best_span_cos = None
        if self.span_embedder is not None and query_vector is not None:
            span_cos = span_cosines(spans, self.span_embedder, query_vector)
            best_span_cos = max(span_cos)
        out = []
        for s, sc in zip(spans, span_cos):
            x = span_features(q, s, cos[s.chunk.id], best_cos, sc, best_span_cos)
            score = self.weights.score(x)
            out.append(Scored(s, score, self.weights.probability(score)))
        out.sort(key=lambda r: -r.score)
        return out

    # ------------------------------------------------------------------ answering

    def answer(self, question: str, intent=None, hits=None, context: str = "") -> Answer:
        """Quote the passages that answer ``question``; ``context`` (background of a chatty
        question) is searched with it. ``hits``: search results to use instead of searching."""
        defined = answer_definition(question, self.definitions, self.page_of, self.titles)
        if defined is not None:
            return defined
        missing = self.unknown_names(question)
        query = f"{question} {context}".strip()
        if hits is None:
            hits = self.search(query)
        if missing:
            return self.no_support(question, hits, f"Kunskapsbanken nämner inte {', '.join(missing)}.")
        q = Question.of(question, self.vocab, context)
        absent = self.absent_years(q, hits)
        if absent:
            return self.no_support(question, hits, f"Det jag hittar gäller inte {' eller '.join(map(str, absent))}.")
        qv = self._query_vector(query)
        ranked = self.rank(q, hits, qv)
        if not ranked or ranked[0].probability < self.weights.no_support_below:
            return self.no_support(question, hits)
        chosen = self.choose(ranked)
        return self.compose(question, q, chosen)

    def absent_years(self, q: Question, hits) -> list[int]:
        """The years a question asks about when none of them occurs in what search found (its
        passages, headings, document titles and file names): an answer about another year
        would be a confident wrong answer."""
        asked = q.wanted.years
        if not asked:
            return []
        seen: set[int] = set()
        for h in hits:
            c = h.chunk
            d = self.documents.get(c.document)
            seen |= years_in(f"{c.section}\n{c.text}\n{c.document}\n{d.title if d else ''}\n{d.date if d else ''}")
        return [] if asked & seen else sorted(asked)

    def _query_vector(self, query: str) -> np.ndarray | None:
        # Quote vectors only when the weights were fitted with them (bench/fit_documents.py).
        if self.span_embedder is None or not self.weights.meta.get("span_vectors"):
            return None
        cands = self.index.candidates(query)
        return None if cands is None else cands.query_vector

    def choose(self, ranked: list[Scored]) -> list[Scored]:
        """The best quote and up to two more that clear the bar and say something else."""
        best = ranked[0]
        bar = max(self.weights.no_support_below, self.weights.meta.get("extra_ratio", 0.8) * best.probability)
        chosen = [best]
        for r in ranked[1:]:
            if len(chosen) >= MAX_QUOTES or r.probability < bar:
                break
            if any(r.span.overlaps(c.span) or _same_text(r.span.text, c.span.text) for c in chosen):
                continue
            chosen.append(r)
        return chosen

    def compose(self, question: str, q: Question, chosen: list[Scored]) -> Answer:
        citations: list[Citation] = []
        parts: list[str] = []
        for r in chosen:
            s = r.span
            quote = s.text
            c = s.chunk
            page, ok = self.page_of(c.document, quote, c.page_start, c.page_end)
            if not ok and s.kind == "list":  # a list over a page break: cite the lead's page
                page, ok = self.page_of(c.document, s.lead.text, c.page_start, c.page_end)
            n = len(citations) + 1
            citations.append(Citation(n, c.document, page, quote, c.section, c.text, ok))
            if s.kind == "list":
                lead = "" if s.lead.bullet else s.lead.text
                items = [_item_text(u.text) for u in s.units if u.bullet]
                parts.append((f"{lead} [{n}]\n\n" if lead else "") + "\n".join(f"- {it}" for it in items) + ("" if lead else f" [{n}]"))
            else:
                parts.append(f"{_item_text(quote)} [{n}]")
        first = citations[0]
        title = self.titles.get(first.document) or first.document
        where = f"*{title}*" + (f", s. {first.page}" if first.page else "")
        key = key_phrase(chosen[0].span.text, q)
        head = f"**{key}** – enligt {where} [1]:" if key else f"Enligt {where}:"
        text = head + "\n\n" + "\n\n".join(parts)
        return Answer(question, True, Route.DOCUMENTS, text, citations=citations)

    # ------------------------------------------------------------------ pages and names

    def page_of(self, document: str, text: str, start: int | None, end: int | None) -> tuple[int | None, bool]:
        """The page on which a quote stands, verified against the page text."""
        pages = self.page_texts.get(document) or []
        needle = norm_for_match(re.sub(r"(?m)^\s*[•●▪·]\s*", "", text))[:400]
        if start is None:
            hay = norm_for_match(pages[0]) if pages else ""
            return None, bool(needle) and needle in hay
        lo, hi = max(start, 1), max(end or start, start)
        for p in range(lo, hi + 1):
            if p - 1 < len(pages):
                key = (document, p)
                if key not in self._page_norm:
                    self._page_norm[key] = norm_for_match(pages[p - 1])
                if needle in self._page_norm[key]:
                    return p, True
        # A sentence that runs over a page break: verify its halves.
        if hi > lo and len(pages) >= hi:
            joined = norm_for_match(pages[lo - 1] + pages[hi - 1])
            if needle in joined:
                return lo, True
        return start, False

    def _known(self, word: str) -> bool:
        """The word, or an inflection of it ("Gävleborg" ~ "Gävleborgs län"), is in the base."""
        if word in self.vocabulary or word.rstrip("s") in self.vocabulary or word + "s" in self.vocabulary:
            return True
        if len(word) < 5:
            return False
        i = bisect.bisect_left(self._sorted_vocabulary, word)
        return i < len(self._sorted_vocabulary) and self._sorted_vocabulary[i].startswith(word) and (
            len(self._sorted_vocabulary[i]) - len(word) <= 3
        )

    def unknown_names(self, question: str) -> list[str]:
        """Proper nouns in the question that occur nowhere in the knowledge base."""
        out = []
        toks = re.findall(r"[A-ZÅÄÖ][\wåäöÅÄÖ\-]+", question)
        first = re.match(r"\s*([A-ZÅÄÖ][\wåäöÅÄÖ\-]+)", question)
        for t in toks:
            if first and t == first.group(1):
                continue
            parts = [p for p in words(t) if len(p) > 1]
            if parts and not any(self._known(p) for p in parts):
                out.append(t)
        return out

    def no_support(self, question: str, hits, reason: str = "") -> Answer:
        topics = []
        for h in hits[:5]:
            label = h.chunk.section.split(" > ")[-1] if h.chunk.section else ""
            title = self.titles.get(h.chunk.document, h.chunk.document)
            item = f"{label} ({title})" if label else title
            if item not in topics:
                topics.append(item)
        text = NO_SUPPORT
        if reason:
            text += " " + reason
        if topics:
            text += "\n\nNärmast det du frågar om finns i kunskapsbanken:\n" + "\n".join(f"- {t}" for t in topics[:3])
        return Answer(question, False, Route.DOCUMENTS, text, suggestions=topics[:3])


def _item_text(text: str) -> str:
    return re.sub(r"^\s*[•●▪·]\s*", "", text).strip()


def _same_text(a: str, b: str) -> bool:
    na, nb = norm_for_match(a), norm_for_match(b)
    return na in nb or nb in na


# ---------------------------------------------------------------------- the key phrase

_QUALIFIER = r"(?:(?:cirka|ca\.?|omkring|ungefär|drygt|knappt|nästan|över|under|minst|högst|runt|strax (?:över|under))\s+)?"
_NUMBER = r"[−-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|[−-]?\d+(?:,\d+)?"
_UNIT = r"(?:\s*(?:%|procent(?:enheter)?|miljoner|miljarder|tkr|mnkr|mkr|kr|kronor|st)\b(?:\s+kronor)?)?"
_FIGURE_RE = re.compile(rf"{_QUALIFIER}(?:{_NUMBER}){_UNIT}", re.I)
_MONTH = "|".join(sorted((m for m in MONTHS if len(m) >= 3), key=len, reverse=True))
_DATE_RE = re.compile(
    rf"\b(?:den\s+)?\d{{1,2}}\s+(?:{_MONTH})\w*(?:\s+\d{{4}})?|\b\d{{4}}-\d\d-\d\d\b|"
    rf"\b(?:våren|hösten|sommaren|vintern|början av|slutet av)\s+\d{{4}}|\b(?:{_MONTH})\w*\s+\d{{4}}",
    re.I,
)
_NAME_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)+")


def key_phrase(text: str, q: Question) -> str:
    """The figure, date or name the quote gives for a "hur många/när/vem" question: the one
    standing nearest the question's own words. "" when the question asks for none of these or
    the quote has none."""
    w = q.wanted
    if w.wants("number"):
        rx = _FIGURE_RE
    elif w.wants("date"):
        rx = _DATE_RE
    elif w.wants("name"):
        rx = _NAME_RE
    else:
        return ""
    question_words = {fold(x) for x in words(q.text)}
    found = []
    for m in rx.finditer(text):
        phrase = m.group().strip()
        if rx is _FIGURE_RE and re.fullmatch(r"(19|20)\d\d", phrase):
            continue  # a year is not the figure asked for
        if not re.search(r"\w", phrase) or set(words(phrase)) <= question_words:
            continue  # the question's own figure or name is not the answer
        found.append((m.start(), m.end(), phrase))
    if not found:
        return ""
    anchors = [m.start() for t, _ in q.terms for m in re.finditer(re.escape(t[:5]), fold(text)) if len(t) >= 4]
    if not anchors:
        return found[0][2]
    return min(found, key=lambda f: min(min(abs(a - f[0]), abs(a - f[1])) for a in anchors))[2]


# ---------------------------------------------------------------------- follow-ups

_NEXT_YEAR = re.compile(r"\b(året efter|året därpå|nästa år|efterföljande år|följande år|the year after|next year)\b", re.I)
_PREVIOUS_YEAR = re.compile(r"\b(året innan|året före|föregående år|förra året|the year before|previous year)\b", re.I)
_YEAR_RE = re.compile(r"\b(19|20)\d\d\b")
_PERIOD_RE = re.compile(
    rf"\b(?:(?:{_MONTH})\w*\s+)?(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?\b|\b\d\d/\d\d\b|\b(?:läsåret|i år)\b", re.I
)


def followup_query(previous: str, question: str) -> str:
    """A follow-up ("och 2010?", "och året efter?", "Och inför 2028?") read with the question
    it follows: the previous question with its year or period replaced by the new one, else the
    two together."""
    prev_years = [int(m.group()) for m in _YEAR_RE.finditer(previous)]
    if prev_years and (_NEXT_YEAR.search(question) or _PREVIOUS_YEAR.search(question)):
        shift = 1 if _NEXT_YEAR.search(question) else -1
        return _YEAR_RE.sub(lambda m: str(int(m.group()) + shift), previous)
    new_periods = [m.group() for m in _PERIOD_RE.finditer(question) if _YEAR_RE.search(m.group()) or "/" in m.group()]
    if new_periods and _PERIOD_RE.search(previous):
        replaced = _PERIOD_RE.sub("\x00", previous)
        replaced = re.sub(r"\x00(\s*\x00)*", " ".join(new_periods), replaced, count=1).replace("\x00", "")
        rest = _PERIOD_RE.sub("", re.sub(r"^\s*(och|men|samt|än|and)\b", "", question, flags=re.I)).strip(" ?,.")
        rest = re.sub(r"\b(för|i|inför|under|vid|till|på|for|in)\s*$", "", rest).strip()
        return f"{replaced} {rest}".strip() if rest and len(words(rest)) > 1 else replaced
    return f"{previous} {question}"
