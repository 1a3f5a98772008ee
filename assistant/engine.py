"""The answer engine: route a Swedish question to statistics or documents and compose the answer.

Follow a question from here: Engine.ask → language.analyse → stats.resolve/execute (pandas)
or documents.DocumentAnswerer.answer (hybrid search + extractive quotes) → Answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from errors import NoIndexError
from ingest.numbers import parse_number

from .answer import Answer, Citation, Figure, Route
from .documents import NO_SUPPORT, DocumentAnswerer, followup_query, norm_for_match
from .kb_questions import Catalog
from .language import Intent, analyse, concepts_in, fold, words
from .question import NormalisedQuestion, normalise_question, vocabulary
from .stats import Resolution, available_periods, build_profiles, execute, resolve


@dataclass
class Conversation:
    """What a follow-up may reuse: the previous table, measure, rows and question form."""

    table: str | None = None
    column: str | None = None
    labels: list[str] = field(default_factory=list)
    intent: Intent | None = None
    history: list[Answer] = field(default_factory=list)


class Engine:
    def __init__(self, snapshot, llm=None):
        self.snapshot = snapshot
        self.profiles = build_profiles(snapshot.tables)
        self.documents = DocumentAnswerer(snapshot.index, snapshot.page_texts, snapshot.documents)
        # Every word the knowledge base uses (texts, captions, row labels): typos are read against it.
        self.vocabulary = vocabulary(f"{c.section}\n{c.text}" for c in snapshot.chunks)
        self.catalog = Catalog(
            snapshot.documents,
            snapshot.chunks,
            snapshot.page_texts,
            snapshot.tables,
            search=lambda q, k: snapshot.index.search(q, k=k),
            page_of=self.documents.page_of,
        )
        self.llm = llm

    @classmethod
    def from_index(cls, index_dir: Path, embedder_spec: str | None = None, llm=None) -> Engine:
        from index.store import load_snapshot

        from .llm import llm_from_environment

        snap = load_snapshot(Path(index_dir), embedder_spec)
        if snap is None:
            raise NoIndexError(f"Inget index i {index_dir} – kör `python -m assistant ingest` först.")
        return cls(snap, llm=llm if llm is not None else llm_from_environment())

    @staticmethod
    def new_conversation() -> Conversation:
        return Conversation()

    # ------------------------------------------------------------------ routing

    def ask(self, question: str, conv: Conversation | None = None) -> Answer:
        conv = conv if conv is not None else Conversation()
        typed = question.strip()
        if not typed:
            return Answer(typed, False, Route.DOCUMENTS, "Skriv en fråga, till exempel ”Vilka områden har högst sjukskrivning?”.")
        # Typos, greetings and English are dealt with once, for every route.
        nq = normalise_question(typed, self.vocabulary)
        question = nq.text
        intent = analyse(question)
        # Questions about the knowledge base itself (its documents, their facts, summaries).
        answer = self.catalog.answer(question, nq.context)
        if answer is None:
            answer = self._try_stats(question, intent, conv)
        if answer is None:
            answer = self._answer_from_documents(nq, intent, conv)
        answer.notes = list(nq.notes) + [n for n in answer.notes if n not in nq.notes]
        if nq.shortened and not answer.reading:
            answer.reading = f"Jag läste frågan som: ”{question}”"
        conv.history.append(answer)
        return answer

    # ------------------------------------------------------------------ documents

    def document_question(self, nq: NormalisedQuestion, conv: Conversation) -> str:
        """What the documents route answers: a follow-up ("och 2010?") read with the question
        it follows."""
        prev = conv.history[-1].question if conv.history else ""
        if prev and analyse(nq.text).followup:
            return followup_query(prev, nq.text)
        return nq.text

    def _answer_from_documents(self, nq: NormalisedQuestion, intent: Intent, conv: Conversation) -> Answer:
        text = self.document_question(nq, conv)
        answer = self.documents.answer(text, intent, context=nq.context)
        answer.question = text
        if answer.answered and self.llm is not None:
            answer = self.llm.rephrase(answer)
        if answer.answered:
            conv.intent = intent
        return answer

    def _followup_question(self, question: str, intent: Intent, conv: Conversation) -> str:
        """Add the previous rows' names when the question points back at them ("där")."""
        if conv.labels and intent.refers_back:
            return question + " " + " ".join(conv.labels[:1] if len(conv.labels) else [])
        return question

    def _try_stats(self, question: str, intent: Intent, conv: Conversation) -> Answer | None:
        prev = conv.intent
        is_follow = conv.table is not None and (intent.followup or intent.refers_back)
        q = self._followup_question(question, intent, conv) if is_follow else question
        if is_follow and prev is not None:
            # "Och lägst?" keeps the previous form but flips what was asked.
            if intent.op is None:
                intent.op, intent.direction, intent.n, intent.plural = prev.op, prev.direction, prev.n, prev.plural
                intent.threshold = intent.threshold or prev.threshold
            if intent.op == "rank" and intent.n is None:
                intent.n, intent.plural = prev.n, prev.plural
        ctx = {"table": conv.table, "column": conv.column} if is_follow else {}
        res = resolve(self.profiles, q, intent, ctx)
        if res is None:
            return None
        if not self._plausible(res, intent, question):
            return None
        if res.missing_period:
            t = res.table
            return Answer(
                question,
                False,
                Route.STATS,
                f"{NO_SUPPORT} Tabellen *{t.caption}* har inga siffror för {res.missing_period} "
                f"(den täcker {available_periods(res)}), och jag svarar inte med en annan periods siffror.",
            )
        result = execute(res, intent)
        if not result.figures and intent.op not in ("threshold", "aggregate"):
            return None
        answer = Answer(
            question,
            True,
            Route.STATS,
            result.text,
            figures=result.figures + result.totals,
            computation=result.computation,
        )
        answer.warnings += self._discrepancies(res, result.figures)
        conv.table, conv.column, conv.intent = res.table.id, res.column, intent
        if result.labels:
            conv.labels = result.labels
        return answer

    def _plausible(self, res: Resolution, intent: Intent, question: str) -> bool:
        """Statistics only when the table really answers: a lookup must name rows, and a
        place the table does not hold must not be answered with other places' figures."""
        named = {w for e in res.entities for w in e.tokens}
        unknown = self.documents.unknown_names(question)
        if unknown:
            return False
        places = re.findall(r"\bi ([A-ZÅÄÖ][\wåäö\-]+(?: [A-ZÅÄÖ][\wåäö\-]+)?)", question)
        for place in places:
            pw = {w for w in words(place)}
            in_dims = any(
                any(fold(w) in fold(v) for v in vals for w in pw) for vals in res.profile.dims.values()
            )
            if not (pw & named) and not in_dims:
                return False
        if intent.op in (None, "lookup", "compare") and not res.entities:
            has_filter = any(v for k, v in res.filters.items() if k not in res.defaults)
            return bool(has_filter and intent.op is not None)
        return True

    # ------------------------------------------------------------------ discrepancies

    def _discrepancies(self, res: Resolution, figures: list[Figure]) -> list[str]:
        """Where the document's running text states another figure for the same row and
        measure than its table, say so with both sources."""
        t = res.table
        out: list[str] = []
        # The measure of a ratio column is its numerator ("Sjuka/arbetskraft" → sick leave).
        col_concepts = concepts_in(res.column.split("/")[0]) or concepts_in(t.caption)
        text_chunks = [c for c in self.snapshot.chunks if c.document == t.document and c.kind == "text"]
        if not text_chunks or not col_concepts:
            return out
        # Every word of a row label that names that row alone points at it ("Degerfors").
        owners: dict[str, set[str]] = {}
        for x in res.profile.labels:
            for w in {fold(w) for w in re.split(r"[_\s]+", x) if len(w) >= 4} | {_row_key(x)}:
                owners.setdefault(w, set()).add(_row_key(x))
        name_of = {w: next(iter(k)) for w, k in owners.items() if len(k) == 1}
        name_of.update({w: w for w in ("länet", "riket", "landet", "sverige")})
        for f in figures[:5]:
            if f.is_total or f.unit not in ("%", "andel"):
                continue
            distinct = _row_key(f.label)
            seen: list[tuple[str, int | None]] = []
            for c in text_chunks:
                if distinct not in fold(c.text):
                    continue
                for sent in re.split(r"(?<=[.!?])\s+", c.text):
                    fs = fold(sent)
                    if distinct not in fs or not (concepts_in(sent) & col_concepts):
                        continue
                    mentions = [(m.start(), m.end(), k) for n, k in name_of.items() for m in re.finditer(re.escape(n), fs)]
                    for m in re.finditer(r"(\d+(?:,\d+)?)\s*%", fs):
                        pn = parse_number(m.group(0))
                        if pn is None or abs(pn.value - f.value) < 1e-9:
                            continue
                        # A percentage belongs to the nearest place named next to it, before
                        # ("Västhaga-Solhaga 10,8 %") or after it ("12,4 % i Västhaga-Solhaga").
                        near = min(mentions, key=lambda x, m=m: _gap(x, m), default=None)
                        if near is None or near[2] != distinct or _gap(near, m) > 60:
                            continue
                        page, _ = self.documents.page_of(c.document, sent, c.page_start, c.page_end)
                        item = (m.group(0).replace(" ", " "), page)
                        if item not in seen:
                            seen.append(item)
            if seen:
                where = "; ".join(f"{v} (s. {p})" if p else v for v, p in seen)
                src = f.source.table + (f", s. {f.source.page}" if f.source.page else "")
                out.append(
                    f"Källorna säger olika: tabellen anger {f.display} för {f.label} ({src}), "
                    f"men texten i samma dokument anger {where}. Svaret bygger på tabellvärdet."
                )
        return out


def _row_key(label: str) -> str:
    """The distinctive part of a row label: "Örebro_Västhaga-Solhaga" → "västhaga-solhaga"."""
    names = [w for w in re.split(r"[_\s]+", label) if len(w) >= 4]
    return fold(names[-1] if names else label)


def _gap(mention: tuple[int, int, str], m: re.Match) -> int:
    """Characters between a place mention and a number, on either side of it."""
    a, b, _ = mention
    if b <= m.start():
        return m.start() - b
    return a - m.end() if a >= m.end() else 10**6


def verify_citations(answer: Answer, documents: DocumentAnswerer) -> list[Citation]:
    """Citations whose quote cannot be found on their page (should be none)."""
    bad = []
    for c in answer.citations:
        pages = documents.page_texts.get(c.document) or []
        if c.page is None:
            continue
        if c.page - 1 >= len(pages) or norm_for_match(c.text)[:200] not in norm_for_match(pages[c.page - 1]):
            bad.append(c)
    return bad
