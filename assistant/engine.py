"""The answer engine: route a Swedish question to statistics or documents and compose the answer.

Follow a question from here: ``Engine.ask`` → ``stats.read_form`` → ``Resolver.read`` (tables
found by search and by named rows; a probability per reading from fitted weights) → the best
``StatQuery`` → ``stats.compute`` (fixed pandas steps) → ``Answer`` with figures, the reading
line and alternatives; or, when no table reading is likely, ``DocumentAnswerer.answer`` (hybrid
search + quoted sentences).

Why one module of this size: the decision between a table answer, a question back and a quote
weighs both routes' confidence in one place; the statistics and documents logic stay in their
packages.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from errors import NoIndexError
from ingest.numbers import format_number, is_missing
from ingest.swedish import (
    COUNTY_BY_CODE,
    MONTHS,
    STOPWORDS,
    fold,
    municipalities,
    municipality_counties,
    municipality_of,
    plain,
    says,
    stem,
    stems,
    words,
    years_in,
)
from ingest.tables import county_root, is_county, is_geo_header, is_total_label, unit_from_text
from ingest.tables.corrections import CORRECTED_LEAD
from ingest.tables.shape import ARROWS_LEAD, DITTO_LEAD, UNCHANGED_LEAD

from .answer import Answer, Route
from .documents import (
    NO_SUPPORT,
    DocumentAnswerer,
    followup_query,
    names_document_object,
    names_written,
    nearest_part,
    split_asks,
)
from .documents.kinds import carries
from .kb_questions import Catalog
from .labels import display_label
from .question import NormalisedQuestion, normalise_question, vocabulary
from .stats import Context, Op, Reading, Resolver, StatQuery, build_profiles, compute, read_form
from .stats.aggregates import aggregate_notes
from .stats.build import JUDGEMENT_WORDS, is_rank_column
from .stats.compute import BOUND_WORDS, plain_amounts
from .stats.contradictions import check as check_contradictions
from .stats.contradictions import document_row_names
from .stats.coverage import counts_money, missing_money
from .stats.draft import is_amount
from .stats.form import (
    PERIOD_SUBJECTS,
    Form,
    county_words,
    english_words,
    every_form_word,
    names_a_band,
    place_aliases,
    question_words,
    translations,
)
from .stats.model import load_fit, query_facts
from .stats.operation import county_columns, rate_of_measure
from .stats.order import people_words
from .stats.periods import measure_years, without_years
from .stats.profile import DERIVED_COUNTY, head_words, header_years, names_column, phrase_words, total_words, value_tokens
from .stats.query import empty_cells
from .stats.resolve import COLUMN_RULES, UNIT_ONLY, follow_context, stated_measure

# a question about a set the previous answer gave ("hur många av dem …", "which of those …")
_SET_REFERENCE = re.compile(r"\b(?:av|bland|of|among)\s+(dem|dessa|those|them)\b")


@dataclass
class Conversation:
    """What a follow-up may reuse: the previous statistics reading and the rows it named."""

    stats: Context | None = None
    history: list[Answer] = field(default_factory=list)


# How an answer in doubt is worded (eval/calibration.py on the fit questions, eval/README.md):
# under this confidence the answers were right 30–62 % of the time, from it 72–96 % – so below it
# the answer says it is unsure, above it only that other readings exist.
UNSURE_BELOW = 0.6
# …and from this confidence up, 83 of 88 answers were right (0.8–0.9: 94 %, 0.9–1.0: 96 %): such
# an answer lists the other readings without a note of doubt, so that the note keeps meaning
# something (fresh users saw it on nearly every answer, right or wrong)
SURE_FROM = 0.8
# Below this confidence a table's answer was right at most a third of the time (0.2–0.4: 30–34 %),
# so no figure is shown: the engine asks back with the reading among the choices, and a question
# that need not be statistical goes to the documents ("Jag är osäker" beats a wrong number). The
# fitted doubt threshold (eval/fit_resolver.py) may lie lower: the fit counts a wrong figure shown
# with alternatives as acceptable, and does not see the document questions such figures take.
NO_FIGURE_BELOW = 0.4
# A table with at least this many measures as columns lists what it measures, as a column of
# indicators does: a question naming none of them asks for another measure.
_MEASURE_COLUMNS = 3
# When this much of a question's topic weight is explained by nothing in the best table and
# no word by its column, the table does not hold what is asked. On the fit questions
# (eval/stats_split.json) such first readings were never right: 6 asked back, 4 abstained,
# 1 wrong, 1 unanswerable answered, 1 unanswerable refused (from 0.75: also 1 right).
UNEXPLAINED_FROM = 0.8
# From this share of unexplained topic weight (and no word naming the column), a table's answer
# is weighed against a quote whose passage writes those words (round 73's F73-05: a budget row
# that shared one word with a decision's "4 200 000 kronor"); measured with bench/bench_resolve.py
UNHEARD_FROM = 0.5


@lru_cache(maxsize=1)
def decision_thresholds() -> dict[str, float]:
    """When to answer, offer alternatives, ask back or hand over to the documents; fitted with
    the weights (eval/fit_resolver.py) so that confidently wrong answers stay rare."""
    base = {"answer": 0.5, "doubt": 0.3, "ask": 0.1, "margin": 0.5}
    base.update(load_fit().get("thresholds", {}))
    return base


# a later ask that goes on from the first: it speaks of what the first asked ("och hur mycket
# ökade det sen 2023?", "and how much did it change?")
_GOES_ON = re.compile(r"^(?:och|samt|and)\b|\b(?:det|den|dem|dessa|detta|denna|it|they|them|that|this)\b")


def _answered_in_parts(whole: Answer, asks: list[str], parts: list[Answer]) -> Answer:
    """One answer of the answers to a question's asks, each under its ask, citations renumbered;
    an ask without an answer is said to have none."""
    blocks, citations = [], []
    for ask, part in zip(asks, parts):
        said = ask.strip().rstrip("?").strip()
        head = f"**{said[:1].upper()}{said[1:]}?**"
        if not part.answered:
            blocks.append(f"{head}\n\nPå den delen hittar jag inget säkert svar i dokumenten.")
            continue
        shift = len(citations)
        body = re.sub(r"\[(\d+)\]", lambda m, k=shift: f"[{int(m.group(1)) + k}]", part.answer)
        citations += [replace(c, n=c.n + shift) for c in part.citations]
        blocks.append(f"{head}\n\n{body}")
    note = "Frågan har flera delar – jag svarar på dem var för sig."
    return replace(whole, answered=True, answer="\n\n".join(blocks), citations=citations, notes=[*whole.notes, note], confidence=None)


def _table_places(tables) -> set[str]:
    """The municipalities the tables' label columns name (folded, as one word each)."""
    out: set[str] = set()
    for t in tables:
        label = t.label_column
        if not label or label not in t.frame.columns:
            continue
        for v in dict.fromkeys(t.frame[label].astype(str)):
            if (name := municipality_of(v)) and " " not in name:
                out.add(name)
    return out


def _length_of_time_unstated(r: Reading) -> bool:
    """Does the reading bound a length of time ("mer än 20 min", "över 180 dagar") that its column,
    table and notes never state? Its figures are then of something else (head counts, cases)."""
    bound = r.query.threshold if r.query is not None else None
    if bound is None or not bound.duration:
        return False
    t = r.profile.table
    stated = fold(" ".join([r.column.name, t.caption, r.column.unit or "", *t.notes]))
    return bound.duration not in stated and (
        # ("under 30 år" of a column of months: another unit of time; an age of a table that
        # says no unit of time at all is left to the readings)
        bound.duration != "år" or any(u in fold(r.column.name) for u in ("dag", "veck", "månad", "tim"))
        # ("barn under 18 år" of a count of recipients: an age bound is never a bound on a count)
        or (r.column.unit in ("antal", "st", "personer") and r.query.op == Op.THRESHOLD)
    )


class Engine:
    def __init__(self, snapshot, llm=None):
        self.snapshot = snapshot
        self.documents = DocumentAnswerer(snapshot.index, snapshot.page_texts, snapshot.documents)
        # Every word the knowledge base uses (texts, captions, row labels): typos are read against it.
        # … and the words of questions themselves ("snitt", "sammanlagt"), from the lexicon
        # … and the places the tables have rows for, however seldom a passage writes them: a place
        # a table answers for is a word a typo may stand for ("Elmhult" – "Älmhult", a row of one
        # table, had been no word to correct to and the county's figure was given)
        self.vocabulary = vocabulary((f"{c.section}\n{c.text}" for c in snapshot.chunks), [*question_words(), *_table_places(snapshot.tables)])
        self.catalog = Catalog(
            snapshot.documents,
            snapshot.chunks,
            snapshot.page_texts,
            snapshot.tables,
            search=lambda q, k: snapshot.index.search(q, k=k),
            page_of=self.documents.page_of,
        )
        self.llm = llm
        index = snapshot.index
        analyzer = index.analyzer
        self.analyze = lru_cache(maxsize=50_000)(lambda text: tuple(analyzer.analyze(text)))
        self.profiles = build_profiles(snapshot.tables, self.analyze)
        # the counties the tables hold by their municipalities' codes or names (derived columns)
        self._derived_counties = frozenset(
            county_root(v) for p in self.profiles for c in p.cats if c.name in DERIVED_COUNTY for v in c.values if v
        )
        # (… and the words of their names: "Västra" and "Götaland" are each an unknown name alone)
        self._derived_county_words = frozenset(w for root in self._derived_counties for w in root.split())
        self._rows_by_document: dict[str, set[str]] = {}
        self._table_words: dict[str, str] = {}  # table id → folded words of its caption, headers and values
        self._value_names: frozenset[str] | None = None
        self._table_passages: frozenset[str] | None = None  # the texts of the index's table passages, read once
        self._prose_lower: frozenset[str] = frozenset()
        self.resolver = Resolver(
            self.profiles,
            self.analyze,
            search=self._table_search,
            embed_query=self._query_vector,
            column_vectors=_column_vectors(snapshot, self.profiles),
        )

    @classmethod
    def from_index(cls, index_dir: Path, embedder_spec: str | None = None, llm=None) -> Engine:
        """The engine over the live index generation in ``index_dir``."""
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

    def ask(self, question: str, conv: Conversation | None = None, phrase: bool = True) -> Answer:
        """Answer one turn of a conversation (statistics first, else documents). ``phrase=False``
        leaves the optional language model out; a server that serialises questions calls
        :meth:`phrase` after releasing its lock, so a slow model never holds up other users."""
        conv = conv if conv is not None else Conversation()
        typed = question.strip()
        if not typed:
            return Answer(typed, False, Route.DOCUMENTS, "Skriv en fråga, till exempel ”Vilka områden har högst sjukskrivning?”.")
        # Typos, greetings and English are dealt with once, for every route.
        nq = normalise_question(typed, self.vocabulary)
        question = self._with_background_places(nq)
        # Questions about the knowledge base itself (its documents, their facts, summaries).
        answer = self.catalog.answer(question, nq.context)
        contested = False
        form = None
        if answer is None:
            form = read_form(question)
            last = conv.history[-1] if conv.history else None
            if last is not None and not last.answered and conv.stats is not None and (m := _SET_REFERENCE.search(fold(question))):
                # "hur många av dem är kvinnor?" after a question left unanswered ("hur många insatser
                # pågår fortfarande?"): no set was given to count in – the whole table's women
                # would answer another question (round 208 had counted every woman of a register)
                answer = Answer(
                    question, False, Route.STATS,
                    f"Jag är osäker på vilka du menar med ”{m.group(1)}”: den förra frågan kunde jag inte besvara, så det finns "
                    "ingen grupp att räkna vidare på. Ställ gärna frågan med hela villkoret i en och samma fråga.",
                )
                conv.history.append(answer)
                return answer
            answer, contested = self._try_stats(question, form, conv)
        asked_back = answer is not None and answer.route == Route.STATS and not answer.answered and answer.alternatives
        if answer is not None and answer.route == Route.STATS and not answer.answered and answer.lacking:
            # "… och året efter?" refused by a table that ends in 2025: a passage that speaks of
            # the year the table lacks (a forecast for 2026), and that the gate lets through, answers
            # (a narrower measure's refusal is not handed over: on the statistics bank's unseen
            # tables that let one more wrong figure through, in session 29 and again in session 33)
            quoted = self._answer_from_documents(nq, conv)
            said = quoted.citations[0].text if quoted.citations else ""
            if quoted.answered and said and (carries(said)["money"] if answer.lacking == MONEY_LACKING else speaks_of(said, answer.lacking)):
                table = re.search(r"Tabellen \*(.+?)\*", answer.answer)
                quoted.notes = [
                    f"Tabellen *{table.group(1) if table else ''}* har inga siffror för ”{answer.lacking}”; svaret kommer ur texten."
                ]
                answer = self.phrase(quoted) if phrase else quoted
                conv.stats = None
        if answer is None or asked_back or contested:
            # no table reading, one too unsure to answer with, or a doubtful one for a question
            # that need not be statistical: a quote that answers, and is likelier right, comes first
            quoted = self._answer_from_documents(nq, conv)
            quoted = self._rows_of_other_places(question, quoted)
            if answer is None:
                quoted = self._rows_without_the_measure(question, form, quoted)
            likelier = not contested or (quoted.confidence is None or quoted.confidence >= (answer.confidence or 0.0))
            # a row quoted from an export the tables just asked back about answers nothing – nor
            # does one beside a doubtful reading of the exports ("och samma månad året innan?": the
            # twin sheet's row quoted with this year's had won over the twin sheet's figure)
            table_quote = (asked_back or (contested and answer is not None and answer.answered)) and self._quotes_exports(quoted)
            if answer is None or (quoted.answered and likelier and not table_quote):
                # a question that asks for a figure, quoted from the text, keeps the table
                # readings the engine was unsure of as the other ways to read it
                offered = answer.alternatives if asked_back and form is not None and form.statistical else []
                answer = self.phrase(quoted) if phrase else quoted
                if answer.answered:
                    conv.stats = None
                    answer.alternatives = answer.alternatives or offered[:3]
            elif not answer.answered and (nearest := nearest_part(quoted.answer)):
                # unsure of the tables and of the nearest quote: offer both, answer neither
                answer.answer = f"{nearest}\n\n{answer.answer}"
                answer.citations = list(quoted.citations)
        answer.notes = list(nq.notes) + [n for n in answer.notes if n not in nq.notes]
        if nq.shortened:
            # the words kept of a long question come first, then how the tables read them
            said = f"Jag läste frågan som: ”{question}”"
            # (a table's reading says "Jag läste frågan som: …" itself: the kept words go before it once)
            lead = "Jag läste frågan som: "
            answer.reading = said if not answer.reading else (
                f"Jag läste ”{question}” som: {answer.reading[len(lead):]}" if answer.reading.startswith(lead) else f"{said}. {answer.reading}"
            )
        conv.history.append(answer)
        return answer

    def _quotes_exports(self, quoted: Answer) -> bool:
        """Does the answer quote rows of exports (csv, xlsx) and nothing else?"""
        return bool(quoted.citations) and all(self._kind(c.document) in ("csv", "xlsx") for c in quoted.citations)

    def _rows_without_the_measure(self, question: str, form: Form | None, quoted: Answer) -> Answer:
        """Rows of tables quoted for a question asking for a figure that no table could read, none
        of which says the measure asked ("ungdomsarbetslösheten i Krokom i december 2022" of the
        row "Krokom: Folkmängd 31 december 2022 …"), answer nothing: said, the rows shown as the
        nearest."""
        if form is None or not (form.statistical or form.rate_words) or not quoted.answered or not quoted.citations:
            return quoted
        if self._table_passages is None:
            self._table_passages = frozenset(c.text for c in self.snapshot.chunks if _is_table_chunk(c))
        if not all(c.passage in self._table_passages for c in quoted.citations):
            return quoted
        places = {fold(n) for n in self._place_names(question)}
        measure = [
            w for w in form.content
            if len(w) >= 5 and w.isalpha() and fold(w) not in places and fold(w) not in MONTHS
            and not municipality_of(w, homographs=True) and not is_county(w)
        ]
        said = fold(" ".join(c.passage for c in quoted.citations))
        if not measure or any(stem(fold(w))[:6] in said for w in measure):
            return quoted
        return replace(
            quoted, answered=False,
            answer=f"{NO_SUPPORT} Raderna jag hittar säger inget om ”{measure[0]}”.\n\n{quoted.answer}",
        )

    def _rows_of_other_places(self, question: str, quoted: Answer) -> Answer:
        """Rows quoted from exports, none of which is of the place the question names
        ("nettopendlingen för Hallsberg" → Dalarna's rows of a Dalarna file), answer nothing:
        the place's absence is the answer."""
        if not quoted.answered or not self._quotes_exports(quoted):
            return quoted
        names = list(dict.fromkeys(self._place_names(question)))
        if not names or any(says(fold(c.text), fold(n), whole=False) for c in quoted.citations for n in names):
            return quoted
        shown = ", ".join(n[:1].upper() + n[1:] for n in names)
        files = ", ".join(dict.fromkeys(c.document for c in quoted.citations))
        return self.documents.no_support(question, [], f"Tabellen som handlar om det ({files}) har inga rader för {shown}.")

    def _with_background_places(self, nq: NormalisedQuestion) -> str:
        """The question, with the places its left-out background names and it does not ("Vi ska
        skriva om arbetsmarknaden i Alvesta – hur har antalet … förändrats?"): the place is what
        the figures are for, not chatter."""
        if not nq.context:
            return nq.text
        asked = set(words(nq.text))
        places = [w for w in dict.fromkeys(self._place_names(nq.context)) if w not in asked]
        if not places:
            return nq.text
        # (with the kind of place the background gives it: "i Kalmar län" is the county, not the
        # municipality Kalmar)
        context = fold(nq.context)

        def named(w: str) -> str:
            kind = re.search(rf"(?<!\w){re.escape(w)}s?\s+(län|kommun)\b", context)
            return w[:1].upper() + w[1:] + (f" {kind.group(1)}" if kind else "")

        text = nq.text
        full = [named(w) for w in places]
        if len(full) == 1 and (kind := full[0].partition(" ")[2]):
            # "Vi ska prioritera … i Kalmar län. Vilka kommuner i länet …": "länet" is that county
            pointed = re.sub(rf"\b{kind}et\b", full[0], text, count=1, flags=re.I)
            if pointed != text:
                return pointed
        if self._place_names(text):
            # "… en lägesbild för Jämtland. Hur många arbetslösa fanns i Östersund …": the question
            # names its own place; the background's is where it lies, not a second row to read
            return text
        names = " och ".join(full)
        return f"{text.rstrip(' ?')} i {names}?"

    def document_question(self, nq: NormalisedQuestion, conv: Conversation) -> str:
        """What the documents route answers: a follow-up ("och 2010?") read with the question
        it follows."""
        prev = conv.history[-1].question if conv.history else ""
        if prev and read_form(nq.text).followup:
            return followup_query(prev, nq.text)
        return nq.text

    def _answer_from_documents(self, nq: NormalisedQuestion, conv: Conversation) -> Answer:
        text = self.document_question(nq, conv)
        answer = self.documents.answer(text, context=nq.context)
        answer.question = text
        prev = conv.history[-1] if conv.history else None
        if (
            not answer.answered and text == nq.text and prev is not None and prev.answered
            and prev.route == Route.DOCUMENTS and len(words(nq.text)) <= _SHORT_FOLLOWUP
        ):
            # "Till när måste man anmäla sig?" after "När är Kompetensforum …?": a short question
            # the documents cannot answer alone may go on from the one before it – read together,
            # and said so, when together they are answered
            together = followup_query(prev.question, nq.text)
            again = self.documents.answer(together, context=nq.context)
            if again.answered:
                again.question = together
                again.notes = [f"Läste frågan tillsammans med den förra: ”{prev.question.strip()}”", *again.notes]
                return again
        if text == nq.text and len(asks := split_asks(text)) >= 2:
            # "vad står SUS för? och inom hur lång tid ska en ny deltagare registreras": two asks
            # one passage seldom answers together – each answered on its own (the later read
            # with the earlier, which it may refer to), and said to be answered in parts, when
            # each has an answer, or when the question as a whole had none
            parts = [self.documents.answer(a, context=" ".join(x for x in (*asks[:k], nq.context) if x)) for k, a in enumerate(asks)]
            # (a later ask speaks of what the first named – "… Tranemo Verkstad … och vad är
            # projektets totala budget?": answered from a document that never names it, it is
            # another project's budget, and no answer)
            named = names_written(asks[0], shortest=4)
            parts = [
                p if k == 0 or not p.answered or not named
                or any(all(n in self.documents.whole_text(c.document) for n in named) for c in p.citations)
                else replace(p, answered=False)
                for k, p in enumerate(parts)
            ]
            # (… and one that goes on from the first – "och hur mycket ökade det sen 2023?" – has
            # no answer of its own when the first has none: read alone, "det" had been a broadband
            # report's figure)
            parts = [
                replace(p, answered=False) if k and p.answered and not parts[0].answered and _GOES_ON.search(fold(asks[k])) else p
                for k, p in enumerate(parts)
            ]
            if all(p.answered for p in parts) or (not answer.answered and any(p.answered for p in parts)):
                return _answered_in_parts(answer, asks, parts)
        return answer

    def phrase(self, answer: Answer, conv: Conversation | None = None) -> Answer:
        """A document answer rephrased by the language model, when one is configured and its
        reply passes the guard (``assistant/llm.py``); otherwise ``answer`` (with a warning when
        the model failed). Touches no engine state, so it may run outside any lock; with ``conv``
        the phrased answer replaces ``answer`` in the conversation's history."""
        if self.llm is None or not answer.answered or answer.route != Route.DOCUMENTS:
            return answer
        phrased = self.llm.rephrase(answer)
        if conv is not None:
            conv.history = [phrased if a is answer else a for a in conv.history]
        return phrased

    def _table_search(self, question: str) -> list[str]:
        hits = self.snapshot.index.search(question, k=40, filter=_is_table_chunk)
        return list(dict.fromkeys(h.chunk.table_id for h in hits if h.chunk.table_id))

    def _query_vector(self, question: str) -> np.ndarray:
        return self.snapshot.index._query_vector(question)

    # ------------------------------------------------------------------ statistics

    def _try_stats(self, question: str, form: Form, conv: Conversation) -> tuple[Answer | None, bool]:
        """(answer, contested). A statistics answer when a table reading is likely enough; a
        question back when the question is clearly statistical but its reading is not; None
        hands over to documents. ``contested``: a doubtful reading of a question that need not
        be statistical ("arbetskraft vivalla") – a quote likelier to be right wins over it."""
        if form.statistical and (last := _LAST_PERIODS.search(fold(question))) is not None:
            # "hur många … de senaste fyra veckorna": several latest periods added up is no reading
            # the tables make yet – the latest week alone had been answered for four (F216-02);
            # said, with how to ask it
            return Answer(
                question, False, Route.STATS,
                f"Jag räknar inte ut ”{last.group(0)}” själv ännu – säg vilka perioder du menar, till exempel "
                "”vecka 17–20 2025” eller ”januari–april 2025”, så summerar jag just dem.",
            ), False
        if not (form.content or form.subject or form.threshold or form.change) and follow_context(form, conv.stats) is None:
            # "och 2014?" with no table answer before it names nothing – no measure, no kind of
            # rows, no bound: any table's figures for 2014 would answer another question
            return None, False
        readings = self.resolver.read(form, conv.stats, limit=8)
        if not readings:
            return None, False
        th = decision_thresholds()
        statistical = form.statistical
        if not statistical and names_document_object(question):
            return None, False  # "vad står i fotnot 1?": a document's note, not row 1 of a table
        # ("Europe" of an English question is no unknown name when the base writes "Europa")
        # (… nor a county the tables hold only through its municipalities' names: "i Jämtland" of
        # a sheet per Jämtland municipality, which never writes the county)
        unknown = [
            u for u in self.documents.unknown_names(question)
            if not self.documents.knows(translations().get(fold(u), "-")) and county_root(u) not in self._derived_counties
            and fold(u) not in self._derived_county_words
        ]
        # "kommuner i Sörmland" read against a table with no Sörmland answers another place's
        # question: such readings go, and when none is left the documents may answer
        names = self._places_asked(question)
        kept = [r for r in readings if not self._names_outside(names, r)]
        if len(kept) < len(readings):
            # (other places' tables can crowd the readings: "vilken kommun i Jämtland …" beside
            # Halland's unemployment by year – read further for tables of the place asked, after
            # those already kept)
            more = [r for r in self.resolver.read(form, conv.stats, limit=24) if not self._names_outside(names, r)]
            kept += [r for r in more if not any(r.profile.id == k.profile.id and r.column.name == k.column.name for k in kept)]
            kept = kept[:8]
        if not kept:
            return None, False
        planned_aside = ""
        if _BUDGET_COLUMN.search(fold(kept[0].column.name)) and not _BUDGET_ASKED.search(fold(form.text)):
            # "hur mycket drog momsen in till staten 2024?" of "Statens budget" beside "Utfall":
            # a budget or forecast is what was planned – the table's other figure of the same rows
            # is what was, unless the question asks for the plan
            b = kept[0]
            others = [
                v for v in b.profile.values if v is not b.column and not _BUDGET_COLUMN.search(fold(v.name))
                and not v.is_change and v.is_share == b.column.is_share and v.unit == b.column.unit
            ]
            if len(others) == 1 and b.query is not None:
                had = replace(b, column=others[0], query=replace(b.query, column=others[0].name))
                kept = [had, *kept[1:]]
                readings = [had if r is b else r for r in readings]  # (the same reading: nothing passed over)
                planned_aside = b.column.name
        unlisted = self._unlisted_measure(kept[0], form)
        if unlisted is not None:
            # "arbetslösheten i Örebro län" of a table of indicators that has no unemployment:
            # the table lists what it measures, and no table names the word – another of its
            # measures (or another table's, by a passage) would answer another question
            if not form.statistical:
                return None, False  # ("vad skrev Mikael om lokalkostnaden": the documents may say)
            word, column, choices = unlisted
            t0 = kept[0].profile.table
            said = (
                f"Jag hittar inget i tabellerna om ”{word}”. Tabellen *{t0.caption}* har måtten "
                f"{', '.join(choices[:4])}{' …' if len(choices) > 4 else ''} – menar du något av dem?"
            )
            if not column:
                # the measures are the table's columns ("Nystartsjobb", "Introduktionsjobb" …): each
                # offered as the reading with that column
                best = kept[0]
                conv.stats = Context(best.query, (), 0.0)
                return Answer(
                    question, False, Route.STATS, said, reading=f"Närmast: {_reading_text(best)}, men frågan nämner inget av dess mått",
                    alternatives=[alternative_question(replace(best, query=replace(best.query, column=c)), form) for c in choices[:3]],
                    confidence=0.0,
                ), False
            return self._ask_which(question, kept[0], form, conv, 0.0, column, choices, said, "vilket mått i"), False
        passed_over = kept[0] is not readings[0]  # the likeliest table spoke of another place
        as_well = False
        if kept[0].missing_breakdown and not (kept[0].missing_kind or kept[0].missing_bar or kept[0].missing_period):
            # "andel … 80 år eller äldre" read against a table with no split by age: a table that
            # has the split – and a slice of it named – and knows something of the measure answers
            # instead, in doubt (a refusal would name the table that cannot answer)
            split = [
                r for r in kept[1:]
                if not (r.missing_period or r.missing_breakdown or r.missing_place or r.missing_kind)
                and any((x := r.profile.cat(m.column)) is not None and x is not r.profile.label and not x.is_period for m in r.matches)
                and (r.features.get("col", 0.0) > 0 or r.features.get("cap", 0.0) > 0)
            ]
            if split:
                kept = split[:1] + [r for r in kept if r is not split[0]]
                passed_over = as_well = True
        if kept[0].missing_period and not (kept[0].missing_kind or kept[0].missing_bar or kept[0].missing_breakdown):
            # "… över 8 procent i juni 2025" read against a report's table of 2024: a table that
            # has the period asked and knows the measure as well answers instead – in doubt
            f0 = kept[0].features
            dated = [
                r for r in kept[1:]
                if r.lacks_nothing
                and r.features.get("period_hit", 0.0) > 0 and r.features.get("none", 0.0) <= f0.get("none", 0.0)
                and (r.features.get("col", 0.0) > 0 or r.features.get("cap", 0.0) > 0)
            ]
            if dated:
                # (the readings of that table weighed among themselves, as the resolver weighs
                # its first table's: "över 8 procent" is its share column, not its count)
                for rule in COLUMN_RULES:
                    dated = rule(dated, form)
                kept = dated[:1] + [r for r in kept if r is not dated[0]]
                passed_over = as_well = True
        if kept[0].missing_kind or kept[0].missing_bar:
            # "vilken kommun …" read against a table of age groups, "jämfört med länet" against a
            # part table without the county's row: a table that has the rows asked for and
            # knows the measure answers instead – with doubt, never surely
            able = [r for r in kept if not (r.missing_period or r.missing_breakdown)]
            f0 = kept[0].features
            fa = able[0].features if able else {}
            # (… or knows it as well as the first: the municipalities' sheet of the same export)
            as_well = bool(able) and fa.get("none", 0.0) <= f0.get("none", 0.0) and (
                fa.get("col", 0.0) + fa.get("cap", 0.0) >= f0.get("col", 0.0) + f0.get("cap", 0.0) - 1e-9
            )
            # (… or is of the kind asked, as its column's name says – "vilket rovdjur …" of the
            # table "per rovdjursart" – and knows the measure by a column with no word less)
            of_kind = bool(able) and kept[0].missing_kind is not None and bool(form.subject) and (
                any(names_column(form.subject, c, by_values=False) for c in able[0].profile.cats)
                and fa.get("col", 0.0) > 0.0 and fa.get("none", 0.0) <= f0.get("none", 0.0) + 1e-9
            )
            # (knowing the measure by the caption is knowing it: "Inskrivna arbetslösa … efter
            # kommun, kön och år" with its column "Andel av befolkningen (%)")
            as_well = as_well or of_kind
            if able and (fa.get("none", 0.0) == 0.0 and (fa.get("col", 0.0) > 0.0 or fa.get("cap", 0.0) > 0.0) or as_well):
                kept = able + [r for r in kept if r not in able]
                passed_over = True
        f0 = kept[0].features
        if form.op == Op.LOOKUP and not form.plural and county_words(form.tokens) and f0.get("lookup_norows"):
            # "arbetslösheten i Örebro län" of a table of the county's areas (the county only in
            # its caption) would list every area: a table with the county's own row for the
            # measure, and no more words unexplained, answers instead – in doubt
            rowed = [
                r for r in kept[1:]
                if r.features.get("ent", 0.0) > 0 and r.features.get("col", 0.0) > 0 and not r.features.get("lookup_norows")
                and r.features.get("none", 0.0) <= f0.get("none", 0.0)
            ]
            if rowed:
                kept = rowed[:1] + [r for r in kept if r is not rowed[0]]
                passed_over = True
        narrower = self.resolver.missing_qualifier(kept[0], form)
        if narrower and all(plain(fold(w)) in self._source_words(kept[0].profile.table.document) for w in narrower.split()):
            narrower = None  # (the table's publisher – "bostadsförmedlingen" – is no narrower measure)
        if narrower:
            # "andel av alla förvärvsarbetande … vård och omsorg" read against a report's table of
            # the registered unemployed: another table whose own words hold the whole word (RAMS's
            # "Förvärvsarbetande …") and that lacks nothing asked answers instead, in doubt
            whole = stem(fold(narrower.split()[0]))
            holding = [
                r for r in kept[1:]
                if r.profile.table.id != kept[0].profile.table.id
                and r.lacks_nothing
                and whole in (r.profile.terms | r.column.all_terms)
                and self.resolver.missing_qualifier(r, form) is None
            ]
            if holding:
                kept = holding[:1] + [r for r in kept if r is not holding[0]]
                passed_over = as_well = True
                narrower = None
        if narrower:
            # "långtidsarbetslösa" of a table of all the unemployed: the wider measure's figure
            # would pass for the narrower one's. A question that need not be statistical
            # ("vilka fokusområden beslutades …") goes to the documents
            if not statistical:
                return None, False
            # (a measure kept by a filter – a KPI's title – says more than a column named "value")
            # (a qualifier of several words – "inom 3 år", "högskoleförberedande program" – names
            # another measure; a compound's narrowing part – "långtidsarbetslösa" – a narrower one)
            other = "ett annat" if " " in narrower else "ett bredare"
            return Answer(
                question, False, Route.STATS,
                f"{NO_SUPPORT} Tabellen *{kept[0].profile.table.caption}* har inga siffror för ”{narrower}”, bara för "
                f"”{stated_measure(kept[0], narrower)}”, och jag svarar inte med {other} måtts siffror.",
            ), False
        f0 = kept[0].features
        # the noun counted names the cases ("hur många beslut …") – unless the table never says it
        # ("hur många dog i Sala" of a register of decisions counts no deaths)
        # (… a noun no table says – "ansökningar" of a register of decisions – names its cases;
        # a verb of an event – "flyttade", "dog" – does not)
        counted = form.counted
        event = counted is not None and (fold(counted).endswith(("ade", "ades", "dde", "ddes", "des", "tes")) or fold(counted) in ("dog", "dött"))
        counting_cases = form.wants == "count" and kept[0].profile.record_level and (
            counted is None or self.resolver.explains(kept[0].profile, counted, form)
            or (not event and not any(self.resolver.explains(r.profile, counted, form) for r in kept[1:]))
        )
        # ("och hur många personer var det 2023?" after the share of a table of recipients: the
        # follow-up counts the people of the measure read before, in the same table – a noun of
        # people is no measure of its own that another table would know better)
        people_again = (
            form.followup and f0.get("ctx_table", 0.0) > 0 and bool(form.content)
            and all(fold(w) in people_words() for w in form.content)
        )
        if f0.get("none", 0.0) > 0 and not _knows_measure(kept[0], form) and not as_well and not counting_cases and not people_again:
            # the likeliest table has the places but none of the measure's words ("nyföretagande"
            # of a table of unemployment): a table that knows the measure and leaves no word
            # unexplained answers instead, in doubt. With none, the likeliest stays – the words
            # of a measure may differ from a table's and still mean it ("barnfattigdomen" of
            # "Barn i ekonomiskt utsatta hushåll"); its doubt is the model's
            knowing = [r for r in kept[1:] if r.features.get("none", 0.0) == 0 and _knows_measure(r, form)]
            if not knowing and form.wants == "count" and kept[0].profile.record_level:
                # a register's rows counted for a noun it never says ("hur många flyttade till
                # Malmö" of a register of decisions): a table that explains every word, in doubt
                knowing = [r for r in kept[1:] if r.features.get("none", 0.0) == 0] or [None]
            if knowing == [None]:
                return None, False
            if knowing:
                kept = knowing[:1] + [r for r in kept if r is not knowing[0]]
                passed_over = True
        if passed_over and kept[0].features.get("none", 0) > 0 and not as_well:
            # the table that has the place does not know what is asked of it ("arbetslösheten" of
            # a table of participants): no table answers this place's question
            return None, False
        if kept[0].profile.id != readings[0].profile.id:
            # (the table kept first has its readings weighed among themselves, as the resolver
            # weighs its first table's: "förändrats mellan 2023 och 2024" of "Antal 2024" beside
            # "Förändr. antal" is the change column – round 226's first table had been another place's)
            for rule in COLUMN_RULES:
                kept = rule(kept, form)
        considered, readings = readings, kept
        # (a runner-up that bounds a length of time its column never states – "mer än 20 min" of
        # "Befolkning totalt" – would be no answer; it does not make the best one doubtful)
        readings = readings[:1] + [r for r in readings[1:] if not _length_of_time_unstated(r)]
        # a measure the question names, lacking the period asked, is said missing – never answered
        # by a measure of the same table it does not name ("antal konkurser ljusdal 2022?" had been
        # answered with "Förvärvsarbetande 2022" beside "Konkurser 2023", F214-16)
        top = readings[0]
        if not top.missing_period and top.features.get("col", 0.0) == 0.0:
            named = next((
                r for r in readings[1:] if r.profile.id == top.profile.id and r.missing_period and r.features.get("col", 0.0) > 0
            ), None)
            if named is not None:
                readings = [named, *[r for r in readings if r is not named]]
        best = readings[0]
        if best.features.get("none", 0.0) >= UNEXPLAINED_FROM and best.features.get("col", 0.0) == 0.0 and not (people_again and best is kept[0]):
            # the table knows the place or period but none of the measure ("sjukpenning i kronor"
            # of a table of the unemployed): no table answers this
            return None, False
        # (the question's words the best table explains nowhere, read once for the checks below)
        unexplained = self.resolver.unexplained_words(best, form)
        missing = self._measures_not_held(best, form, unexplained)
        if missing:
            # "vad var ohälsotalet i Blekinge?" of a table of sjukpenningtal: the measure the
            # question names is written nowhere in the table – its figure would answer another question
            said = ", ".join(f"”{w}”" for w in missing)
            return self._lacking(question, best, form, (
                f"Tabellen *{best.profile.table.caption}* har inga siffror för {said}, bara ”{best.column.name}”, "
                "och jag svarar inte med ett annat måtts siffror."
            )), False
        share_noun = _share_measure(form)
        q = best.query
        if (
            share_noun and share_noun in unexplained and not best.column.is_share
            and (q is None or not (q.share_over or q.share_within or q.share_of or q.share_of_rows))
        ):
            # "andel behöriga till högskoleförberedande program i Sollefteå" of a table of programme
            # participants: the share names what it counts ("behöriga"), which the table writes
            # nowhere – its count of participants is no such share (F220-14 had answered 283)
            return self._lacking(question, best, form, (
                f"Tabellen *{best.profile.table.caption}* har ingen andel ”{share_noun}”, bara ”{best.column.name}”, "
                "och jag svarar inte med ett annat måtts siffror."
            )), False
        left_out = _said_left_out(best, form)
        if left_out is not None:
            # "hur många korttidsplatser har Alvesta?" of a table whose note says "Korttidsplatser
            # … ingår inte": the compound's head ("platser") names a column, the thing asked is
            # what the table leaves out – its figure would answer another question
            word, sentence = left_out
            return self._lacking(question, best, form, (
                f"Tabellen *{best.profile.table.caption}* räknar inte med {word}: ”{sentence}” "
                "Jag svarar inte med tabellens andra siffror."
            )), False
        if _REASON_ASKED.match(fold(form.text)):
            # "varför minskade budgeten med en miljon?": a reason, whatever column its words
            # name – the table's change is what is explained, not the explanation
            return None, False
        if not statistical and _WHAT_HAPPENS.search(fold(form.text)):
            # "om kostnaden drar iväg, vad händer då? vem bestämmer?": a rule or a course of events,
            # whatever column the words name – the documents say it, or say they cannot
            return None, False
        if (
            not statistical and not any(best.features.get(k, 0.0) for k in ("ent", "ndim")) and best.features.get("lookup_norows")
            # (a period asked, or a follow-up of a table, names its slice by that: "och i april?")
            and not (form.years or form.months or form.quarters or form.periods) and follow_context(form, conv.stats) is None
        ) and (
            not best.features.get("col", 0.0) or any(not self.resolver.tables_know(w) for w in self.resolver.unexplained_words(best, form))
        ):
            # "högsäter noden öppnade 16 nov va?", "vad räknas som en servicenod?", "vad kostade
            # paketskåpen?" of a plan's financing table: no row or slice of it named, no figure
            # asked, and no column named or a thing no table knows – every row of the table had
            # been listed as the answer; the documents may say, or say they cannot
            return None, False
        if not statistical and best.features.get("col", 0.0) == 0.0 and _asks_no_figure(form, best):
            # "vem fattade beslutet?", "vilket diarienummer har beslutet om …?": a person, a date
            # or a thing no column of the table names – a figure of the row the words touch
            # ("Region Norrbotten (detta beslut)") answers another question; the documents may
            return None, False
        if (
            not statistical and form.op == Op.LOOKUP and _WHO_OR_WHEN.match(fold(form.text))
            and not _ANOTHER_ASK.search(fold(form.text)) and not _WHEN_HEADER.search(fold(best.column.name))
        ):
            # "när startar elspåret grupp 2 i ludvika?" of a slide's table whose column "Grupp"
            # the words name: a person or a day is asked, and a figure of a column that holds no
            # time ("Grupp" = 2) answers another question – the documents may say, or say they cannot
            return None, False
        t = best.profile.table
        if _TARGET_COLUMN.match(fold(best.column.name)) and not _TARGET_ASKED.search(fold(form.text)):
            # "hur många ASF finns det nu?" of a key-figure table whose only figures are the goal
            # ("Mål 2027"): a target is not what there is – the documents may say, or say they cannot
            return None, False
        if length_of_time_unstated(form, best):
            # "hur länge får en anställning pågå?" of a table of unemployment shares: a length of
            # time the table never states – its figure would answer another question
            return None, False
        if missing_money(best.profile, form):
            # (… a passage that gives an amount may answer instead: "vad kostar en resa?" of a
            # table of trips, beside a newsletter's "En resa kostar 30 kronor")
            return Answer(
                question, False, Route.STATS,
                f"{NO_SUPPORT} Tabellen *{t.caption}* har inga belopp i kronor, bara ”{best.column.name}”, "
                "och jag svarar inte med antal som om de vore belopp.",
                lacking=MONEY_LACKING,
            ), False
        if counts_money(best, form):
            # "hur många företag och anställda ska vara med?" read as a funding table's "Belopp,
            # kronor" of a row the noun touches ("Företagens egen tid …"): an amount counts no
            # firms – the documents may say how many
            return None, False
        bound = best.query.threshold if best.query is not None else None
        if _length_of_time_unstated(best):
            # "långa sjukfall (över 180 dagar)" of a table of the number of sick cases: the bound is
            # a length of time the table never states – not a number of cases
            return Answer(
                question, False, Route.STATS,
                f"{NO_SUPPORT} Tabellen *{t.caption}* har inga uppgifter "
                + ("i år (som ålder)" if bound.duration == "år" else "om längd i tid")
                + f", bara ”{best.column.name}”, och jag läser inte gränsen i frågan som en gräns för ”{best.column.name}”.",
            ), False
        if bound is not None and bound.duration and names_a_band(best.column.name, bound.duration):
            # "mer än 20 min till närmaste apotek" of a table whose columns are travel-time bands
            # ("…, 20–30 min", "…, Över 30 min"): the bound picks bands, it is no bound on the head
            # counts in one of them ("11 av 12 har … Över 30 min över 20")
            own = best.column.name.rpartition(", ")[0]
            bands = [v.name for v in best.profile.values if names_a_band(v.name, bound.duration) and v.name.rpartition(", ")[0] == own]
            head = os.path.commonprefix(bands).rpartition(", ")[0] if len(bands) > 1 else ""
            shown = [b[len(head) + 2:] if head else b for b in bands]
            return Answer(
                question, False, Route.STATS,
                f"Jag svarar inte säkert på det. Tabellen *{t.caption}* har "
                + (f"”{head}” " if head else "tiden ")
                + "i intervall, ett per kolumn (" + ", ".join(f"”{b}”" for b in shown[:8]) + "): gränsen i frågan "
                "gäller intervallen, inte siffrorna i dem, och en summa av intervall anger tabellen inte själv.",
            ), False
        result = None
        if not (best.missing_period or best.missing_breakdown):
            result = self.resolver.result(best)
        follows = follow_context(form, conv.stats) is not None
        facts = query_facts(best.query, len(result.figures) if result else 0, follows)
        confidence = self.resolver.confidence(readings, statistical, bool(unknown), facts)
        if passed_over:
            confidence = min(confidence, th["answer"] - 1e-6)  # a runner-up is never answered without doubt
        if follows and best.query.table_id == conv.stats.query.table_id:
            confidence = min(confidence, conv.stats.confidence)
        if confidence < th["ask"]:
            return None, False
        if unknown:
            return Answer(
                question, False, Route.STATS,
                f"{NO_SUPPORT} Kunskapsbanken nämner inte {', '.join(unknown)}; tabellen *{t.caption}* har inga siffror för det, "
                "och jag svarar inte med andra platsers siffror.",
            ), False
        if self._acronym_of_another_source(best, question):
            # "What was GDP per capita in Uppsala County?" read as a table of aktivitetsersättning
            # "per 1 000 inv": the question names its measure by an acronym that this table never
            # writes and the knowledge base spells elsewhere – the figure would be another measure's
            return None, False
        strange = self._strange_words(best, form, unexplained) or self._foreign_words(best, form, unexplained)
        if strange and any(self.documents.writes_compound_of(w) for w in strange):
            # "hur mkt av budgeten … går till konsulter?" of a budget table, while a document
            # writes "konsulttjänster": the documents answer, or say they cannot
            return None, False
        if strange:
            # "kostnaden för äldreomsorg per invånare" read as a table of "Kostnad för ekonomiskt
            # bistånd, kr/inv": a word of the question that neither this table nor anything else in
            # the knowledge base writes (nor a typo, inflection or compound of what it writes)
            # names a measure the base lacks – the table's figure would answer another question
            said = ", ".join(f"”{w}”" for w in strange)
            measure = stated_measure(best, "")
            nearest = f"tabellen *{t.caption}*" if fold(measure) in fold(t.caption) else f"”{measure}” i tabellen *{t.caption}*"
            return self._lacking(
                question, best, form, f"Kunskapsbanken nämner inte {said}. Närmast är {nearest}, och jag svarar inte med ett annat måtts siffror."
            ), False
        lacked = self._lacked_value(best, form, unexplained)
        if lacked is not None:
            # "finans- och försäkringsverksamhet" of a table whose branches are "Byggverksamhet",
            # "Informations- och kommunikationsverksamhet" …: a branch the table lacks, not the
            # sum of every branch it has
            word, cat = lacked
            shown = [display_label(v) for v in cat.values[:12]]
            more = f" och {len(cat.values) - 12} till" if len(cat.values) > 12 else ""
            return self._lacking(question, best, form, (
                f"Tabellen *{t.caption}* har inget värde ”{word}” för {cat.name[:1].lower() + cat.name[1:]}; "
                f"den har {', '.join(shown)}{more}. Jag svarar inte med andra värdens siffror."
            )), False
        if best.missing_row:
            return Answer(
                question, False, Route.STATS,
                f"{NO_SUPPORT} Tabellen *{t.caption}* har ingen rad för ”{best.missing_row}”, "
                "och jag svarar inte med andra raders siffror.",
            ), False
        if best.missing_period:
            return Answer(
                question, False, Route.STATS,
                f"{NO_SUPPORT} Tabellen *{t.caption}* har inga siffror för {best.missing_period} "
                f"(den täcker {_period_span(best)}), och jag svarar inte med en annan periods siffror.",
                lacking=str(best.missing_period),
            ), False
        if best.missing_kind and not best.missing_place:
            # "vilka mål har planen?" of its table of indicators, "vilka ledamöter reserverade sig
            # mot målet på 66,6 procent?" of a table of professions: the table lists another
            # kind of thing; the documents may list what is asked, or say they do not
            return None, False
        if best.missing_place:
            return Answer(
                question, False, Route.STATS,
                f"{NO_SUPPORT} Tabellen *{t.caption}* har inga siffror för {best.missing_place}, "
                "och jag svarar inte med andra platsers siffror.",
            ), False
        if form.median and best.query.op == Op.LOOKUP and best.query.rows and not any(x.startswith("median") for x in best.profile.terms):
            # "medianlönen för kvinnor i Blekinge" of a table of mean wages: a named row's median is
            # a measure the table does not hold, not an operation on one figure
            return Answer(
                question, False, Route.STATS,
                f"{NO_SUPPORT} Tabellen *{t.caption}* har inga medianvärden, bara ”{best.column.name}”, "
                "och jag svarar inte med ett annat mått.",
                lacking="median",
            ), False
        if best.missing_per:
            # ("… per anställning" of a total the table gives for everything: the documents may say it)
            return Answer(
                question, False, Route.STATS,
                f"{NO_SUPPORT} Tabellen *{t.caption}* har inga siffror per {best.missing_per}, "
                "och jag svarar inte med hela summan som om den gällde en.",
                lacking=best.missing_per,
            ), False
        if best.missing_breakdown:
            return Answer(
                question, False, Route.STATS,
                f"{NO_SUPPORT} Tabellen *{t.caption}* har ingen uppdelning på {best.missing_breakdown}, "
                "och jag svarar inte med siffror för hela gruppen som om de gällde en del av den.",
            ), False
        best, result = self._prefer_report(readings, best, result)
        answerable = bool(result.figures) or best.query.op in (Op.THRESHOLD, Op.COUNT)
        # confident: answer; in doubt: answer and show the other readings; unsure: ask back.
        # A question that need not be statistical is answered from a table in doubt only when
        # no quote is likelier to be right (Engine.ask weighs them).
        f = best.features
        # most of the question's words unexplained by the table, none naming its column, and two
        # or more of them written in the documents ("hur mycket pengar beviljade
        # utvecklingsnämnden i medfinansiering till kompetensmäklarprojektet?" of a budget table
        # whose row shares one word): the table's figure is in doubt, and a quote that answers
        # is weighed against it, however statistical the question
        unheard = (
            f.get("none", 0.0) >= UNHEARD_FROM and f.get("col", 0.0) == 0.0 and not follows
            and sum(self.documents.knows(w) for w in unexplained) >= 2
        )
        if unheard:
            confidence = min(confidence, th["answer"] - 1e-6)
        doubt = th["doubt"] <= confidence < th["answer"]
        # a reading that accounts for every word of the question – the measure by its column,
        # the rest by named rows ("arbetslösheten i Vivalla") – is not contested by a quote
        # (the caption names the measure of a table with one value column: "personalomsättning
        # förskollärare 2025" of "Personalomsättning extern i procent" → "Värde", the row, the year)
        measure = f.get("col", 0) + (f.get("cap", 0) if len(best.profile.values) == 1 else 0)
        complete = bool(best.query.rows) and measure > 0 and f.get("none", 0) == 0 and measure + f.get("ent", 0) >= 0.95
        # "och i Varberga-Oxhagen?" after a table's answer goes on with that table: a quote that
        # happens to name the place does not take the conversation over
        continuing = follows and conv.stats is not None and best.query.table_id == conv.stats.query.table_id
        contested = doubt and (not statistical or unheard) and not complete and not (continuing and bool(best.query.rows))
        # one or two named rows that come back as many figures: a split the question did not
        # name is open ("andel dagligrökare i riket" against 30 survey questions) – ask which
        # – unless the parts add up to the row's whole (population by age and sex), which is given
        whole = any(x.derived for x in result.figures)
        sprawling = best.query.op == Op.LOOKUP and 0 < len(best.query.rows) <= 2 and len(result.figures) > 6 and not whole
        # a ranking or aggregate whose rows differ in a dimension the question did not name
        # ("högst andel" over every survey question, both birth regions) puts unlike figures
        # side by side: ask which one
        mixed = result.mixed[0] if result.mixed else None
        # below NO_FIGURE_BELOW an answer was right at most a third of the time: ask back, with the
        # reading among the choices, whatever the fitted doubt threshold would allow
        # "vilka verksamheter gick över budget?" read without any bound: the relation the question is
        # about is not computed, so the list it would show answers another question
        ignored = (
            form.beyond is not None and best.query.threshold is None and best.query.op not in (Op.THRESHOLD, Op.COUNT)
            and any({stem(form.beyond[1]), fold(form.beyond[1])} & v.terms for v in best.profile.values)
        ) or (
            # "högre … än riket" whose bar could not be read: rows with a bound that has no value
            best.query.op == Op.THRESHOLD and best.query.threshold is None and not best.query.versus
        )
        # "… i norra länsdelens orangea kluster än i länet": two rows compared, one of them outside
        # the slice – one figure would pass for the comparison
        # (a named total row – "jämfört med riket" – is one of the compared rows)
        shown_rows = {f.source.rows[0] for f in result.figures + result.totals if not f.derived and f.source.rows}
        lopsided = best.query.op == Op.COMPARE and len(best.query.rows) >= 2 and len(set(best.query.rows) & shown_rows) < 2
        # "hur många civilsamhällesorganisationer …" of a table that counts the sick: its count
        # is of something else – asked back, and a passage that says it answers first
        counted_unknown = self.resolver.unknown_counted(best, form) is not None
        # "hur många nyinskrivna hade Härnösand?" of a register of schools: no row of the place
        # under a value the question never named ("Huvudman = Samtliga") – a count of none that
        # rests on a default is no count of anything asked (F220-01 had answered "0 rader")
        counted_unknown = counted_unknown or _none_by_default(best, result)
        # "hur många deltagare flyttade från kommunen?" of a register that says nothing of moving:
        # a count of every case would answer another question
        counted_unknown = counted_unknown or self.resolver.unexplained_condition(best, form) is not None
        # "arbetslösheten i procent bland …" of a table of counts: the count is another measure,
        # and no share of it was computed – asked back, never given as the rate
        rate_of_count = _count_for_a_rate(best, form)
        counted_unknown = counted_unknown or rate_of_count is not None
        # a share the reading meant to compute ("andel av …") that the table's figures did not
        # give (parts that do not add up to one whole): its counts answer another question
        counted_unknown = counted_unknown or _share_not_computed(best, result)
        # "hur många sjukfall avslutades?" of "Medelantal nettodagar per avslutat sjukfall": the
        # noun counted is the base of a rate, of which the table gives no count
        counted_unknown = counted_unknown or _counted_is_a_base(best, form)
        # "the share of women admitted …" read as the register's one project named "Matchning
        # Kvinnor …" over all projects: a share of cases named one by one is no share of anything
        counted_unknown = counted_unknown or _share_of_named_cases(best)
        # "hur många besök hade vårdcentralen i Sunne?" read as the rows of that one health centre:
        # a count of the cases a question names one by one is no count of anything it asks
        counted_unknown = counted_unknown or _counts_named_cases(best)
        # "hur många ansökningar väntar på beslut?" of a register whose Beslut is Bifall, Avslag or
        # empty: a count of every case with the column the question names left open answers
        # another question – asked back
        unsliced = _condition_left_open(best, form)
        # "vilka kommuner låg över länet?" of a table of three counties' municipalities: which
        # county's row is the bar the question leaves open – asked back, never a plain list
        bar_open = _bar_left_open(best, form) if unsliced is None else None
        # "… lowest net emissions if land use (LULUCF) is included" read as land use alone: the
        # value is to be added to the rest, and its own figures answer another question
        included_alone = _included_alone(best, form)
        # a ranking whose rows all hold one figure (a total category chosen by default: 100 % in
        # every county) ranks nothing: ask which value of the defaulted column is meant
        flat_default = next((c for c, _ in best.query.defaults if c in t.frame.columns), None) if result.flat else None
        unsure = (
            not answerable or confidence < max(th["doubt"], NO_FIGURE_BELOW) or sprawling or mixed is not None or ignored or lopsided
            or counted_unknown or unsliced is not None or bar_open is not None or included_alone or result.flat
        )
        if flat_default is not None and mixed is None and unsliced is None:
            chosen = dict(best.query.defaults)[flat_default]
            shown = result.figures[0].display if result.figures else ""
            choices = [v for v in _mixed_choices(best, flat_default) if v != chosen and v.strip() and v != "nan"]
            return self._ask_which(
                question, best, form, conv, confidence, flat_default, choices,
                f"I tabellen *{t.caption}* har alla rader samma värde ({shown}) för ”{flat_default}” = {chosen}, "
                f"som jag valde eftersom frågan inte nämnde något annat – en rangordning av dem säger inget. "
                f"Vilken ”{flat_default}” menar du ({', '.join(choices[:3])}{' …' if len(choices) > 3 else ''})?",
                "vilken",
            ), False
        if not answerable and result.empty:
            # the row is there but its cell is empty ("..") – said as such when the reading is
            # as likely as one that found a figure would need to be
            sure = self.resolver.confidence(readings, statistical, bool(unknown), query_facts(best.query, 1, follows))
            written = _written_cells(best, result.empty)
            if written and sure >= max(th["doubt"], NO_FIGURE_BELOW):
                # "8 veckor" in a column of figures: the cell holds words, not an empty value –
                # quoted as written, never said to be missing; words without a number ("Högre
                # andel") are no figure, and the question that asks one is not answered by them
                conv.stats = Context(best.query, tuple(result.empty), sure)
                # (with the text columns the question names beside it: "vem ansvarar …" → "Ansvarig: …")
                beside = {
                    i: "".join(f" ({d}: {t.frame.at[i, d]})" for d in best.query.details if d in t.frame.columns and str(t.frame.at[i, d]).strip())
                    for i, _, _ in written
                }
                said = "; ".join(f"**{display_label(k)}**: ”{v}”{beside[i]}" for i, k, v in written)
                source = f"*Källa: {t.caption}" + (f", s. {t.page_span}" if t.page else "") + f" ({t.document.rsplit('/', 1)[-1]}).*"
                numbered = all(re.search(r"\d", v) for _, _, v in written)
                text = (
                    f"”{best.query.column}” för {said} (så står det i tabellen, inte som en siffra).\n\n{source}" if numbered else
                    f"Tabellen *{t.caption}* har ingen siffra för ”{best.query.column}” här, bara texten: {said}.\n\n{source}"
                )
                return Answer(question, numbered, Route.STATS, text, reading=result.reading, confidence=sure), False
            if sure >= max(th["doubt"], NO_FIGURE_BELOW) and (parts := _county_of_its_parts(best, result.empty)) is not None:
                # "hur många bor i Dalarna nu?" of a column whose county cell is empty ("######" of
                # a column too narrow when printed) while every municipality of the county has its
                # figure: their sum, said to be computed and why – not the older column's county figure
                conv.stats = Context(best.query, tuple(result.empty), sure)
                summed, n = parts
                county = display_label(result.empty[0])
                total = summed.figures[0]
                text = (
                    f"Tabellen *{t.caption}* har ingen siffra för ”{best.query.column}” för {county} (cellen är tom eller "
                    f"oläslig). Summan av länets {n} kommuner i tabellen är **{total.display}** (beräknad).\n\n"
                    f"*Källa: {t.caption}" + (f", s. {t.page_span}" if t.page else "") + f" ({t.document.rsplit('/', 1)[-1]}).*"
                )
                return Answer(
                    question, True, Route.STATS, text, figures=[replace(total, label=f"{county} (summan av {n} kommuner, beräknad)", derived=True)],
                    computation=summed.computation, reading=result.reading, confidence=sure,
                ), False
            if sure >= max(th["doubt"], NO_FIGURE_BELOW):
                conv.stats = Context(best.query, tuple(result.empty), sure)
                within = "; ".join(f"{k} = {', '.join(v)}" for k, v in best.query.filters)
                return Answer(
                    question, False, Route.STATS,
                    f"Tabellen *{t.caption}* har ingen siffra för ”{best.query.column}” för "
                    f"{', '.join(display_label(x) for x in result.empty)}" + (f" ({within})" if within else "")
                    + ": cellen är tom eller ”..”, det vill säga uppgiften saknas eller redovisas inte.",
                    reading=result.reading,
                ), False
        # a follow-up of a table reading ("och i Norrköping?") stays with the table: in doubt it asks
        # back with the table's readings, never hands over to a quote about another row
        if unsure and not statistical and not ignored and not continuing and bar_open is None:
            return None, False
        if unsliced is not None and mixed is None:
            choices = [v for v in _mixed_choices(best, unsliced) if v.strip() and v != "nan"]
            empty = int(empty_cells(t.frame[unsliced]).sum())
            said = f"; {empty} ärenden har inget värde där" if empty else ""
            return self._ask_which(
                question, best, form, conv, confidence, unsliced, choices,
                f"Frågan nämner ”{unsliced}”, men jag ser inte vilket värde av den som avses – tabellen *{t.caption}* "
                f"har {', '.join(choices[:4])}{' …' if len(choices) > 4 else ''}{said}. Att räkna alla ärenden svarar på en "
                f"annan fråga. Vilket menar du?",
                "vilket",
            ), False
        if bar_open is not None and mixed is None:
            column, counties = bar_open
            conv.stats = Context(best.query, (), confidence)
            said = ", ".join(display_label(c) for c in counties[:4]) + (" …" if len(counties) > 4 else "")
            return Answer(
                question, False, Route.STATS,
                f"Frågan jämför med länet, men tabellen *{t.caption}* har flera län ({said}). Vilket län menar du?",
                reading=f"Närmast: {_reading_text(best)}, men frågan säger inte vilket län",
                alternatives=[f"{(q := question.strip().rstrip('?').rstrip())[:1].upper()}{q[1:]} – i {display_label(c)}?" for c in counties[:3]],
                confidence=confidence,
            ), False
        if mixed is not None:
            choices = _mixed_choices(best, mixed)
            return self._ask_which(
                question, best, form, conv, confidence, mixed, choices,
                f"Tabellen *{t.caption}* har olika siffror för varje ”{mixed}” "
                f"({', '.join(choices[:3])}{' …' if len(choices) > 3 else ''}), och att rangordna eller räkna "
                f"ihop dem som en sak blir fel. Vilken ”{mixed}” menar du?",
                "vilken",
            ), False
        # each alternative is checked by reading it back (the costly part of a statistics answer)
        # the readings of tables about other places stay among the other ways to read it
        alternatives = self._alternatives([best] + [r for r in considered if r is not best], form, result)
        if unsure:
            # a follow-up ("och lägst?") continues from the nearest reading
            conv.stats = Context(best.query, tuple(result.labels), confidence)
            said = (
                f"Tabellen *{t.caption}* har antal (”{best.column.name}”), inte {rate_of_count} i procent, och "
                "jag räknar inte fram en andel som tabellen inte anger. " if rate_of_count else ""
            )
            return Answer(
                question, False, Route.STATS,
                said + "Jag är osäker på hur frågan ska läsas. Menar du något av detta?",
                reading=f"Närmast: {_reading_text(best)}"
                + (
                    (f" – men den jämför inte med ”{form.beyond[1]}”, som frågan gör" if form.beyond else " – men jag hittar inget värde att jämföra med")
                    if ignored else ""
                ),
                alternatives=[alternative_question(best, form)] + [a for _, a in alternatives][:2],
                confidence=confidence,
            ), False
        likely = [a for r, a in alternatives if r.probability >= th["margin"] * best.probability]
        if doubt:
            # in doubt the other readings are shown: those of the same table and the likely ones;
            # of the far-fetched readings of other tables only the nearest (round 18 found three
            # unrelated tables offered under most answers)
            near = [a for r, a in alternatives if r.profile.id == best.profile.id or a in likely]
            shown = near or [a for _, a in alternatives][:1]
        else:
            shown = likely
        answer = Answer(
            question,
            True,
            Route.STATS,
            result.text,
            figures=result.figures + result.totals,
            computation=result.computation,
            reading=result.reading,
            alternatives=shown[:3],
            confidence=confidence,
        )
        if best.other_dates:
            # "beviljade 2023" of cases with a start and a decision date, neither named: the year is
            # read on one of them and the others are offered, named, since they count other cases
            dated = next(c for c, _ in best.query.filters if best.profile.cat(c) is not None and best.profile.cat(c).dated)
            answer.notes.append(
                f"Året läste jag på ”{dated}”; tabellen har också "
                + " och ".join(f"”{c}”" for c in best.other_dates)
                + ", och räknat på dem tar året med andra rader – se de andra läsningarna nedan."
            )
            answer.alternatives = [f"{question.rstrip(' ?')} (räknat på ”{c}”)?" for c in best.other_dates] + shown
            answer.alternatives = answer.alternatives[:3]
        elif (judged := _judgement_read(best, form)) is not None:
            # "bäst", "sämst" of a measure that is no rank: which end is best is the measure's
            # business – said how it was read, and the other end offered
            word, end, other = judged
            answer.notes.append(f"”{word}” läste jag som {end} ”{best.query.column}”; är ett lägre värde bättre här gäller den andra läsningen nedan.")
            answer.alternatives = [f"Vilka har {other} ”{best.query.column}”?"] + [a for a in shown if a not in answer.alternatives][:2]
        elif doubt and confidence < UNSURE_BELOW:
            answer.notes.append(
                "Jag är inte säker på att jag läst frågan rätt – se hur jag läste den"
                + (" och de andra sätten att läsa den nedan." if shown else ".")
            )
        elif doubt and shown and confidence < SURE_FROM:
            answer.notes.append("Frågan kan läsas på fler sätt – se de andra läsningarna nedan.")
        answer.warnings += check_contradictions(
            best.profile, result.figures + result.totals, self.snapshot.chunks, self.analyze, self.documents.page_of,
            self.resolver.synonym_terms, self._document_rows(best.profile.table.document),
        )
        answer.notes += aggregate_notes(best.profile, result.figures, self.snapshot.chunks, self.documents.page_of)
        if (corrected := _table_notes_said(best, result)) is not None:
            # (a figure the workbook's own correction log changed: said, with what was published)
            answer.answer = _above_source(answer.answer, corrected)
        if (margins := _margins_said(best, result)) is not None:
            # (said with the figures, above the source, as the estimates' own uncertainty)
            answer.answer = _above_source(answer.answer, margins)
        if planned_aside and best.column.name != planned_aside:
            answer.notes.append(
                f"Tabellen har också ”{planned_aside}”; frågan nämner ingen budget eller prognos, så jag läste ”{best.column.name}”."
            )
        amounts = plain_amounts(result.figures)
        if amounts:
            # "402 999" of a column in tkr is 403 million kronor: said in so many words, above the source
            answer.answer = _above_source(answer.answer, " ".join(amounts))
        conv.stats = Context(best.query, tuple(result.labels), confidence, _seen(conv.stats, best.query, result.labels))
        return answer, contested

    @staticmethod
    def _ask_which(question: str, best: Reading, form: Form, conv: Conversation, confidence: float,
                   column: str, choices: list[str], text: str, which: str) -> Answer:
        """Ask back which value of ``column`` the question means: each of the first choices as a
        question the engine answers; a follow-up goes on from the reading."""
        conv.stats = Context(best.query, (), confidence)
        return Answer(
            question, False, Route.STATS, text,
            reading=f"Närmast: {_reading_text(best)}, men frågan säger inte {which} ”{column}”",
            alternatives=[alternative_question(best, form, value) for value in choices[:3]],
            confidence=confidence,
        )

    def _unlisted_measure(self, r: Reading, form: Form) -> tuple[str, str, list[str]] | None:
        """A table that lists its measures in a column (indicators, KPIs) of which the question
        names none, and a word of the question that no table writes: (the word, the column, its
        measures). None otherwise – a question that names a measure of the list, or whose words
        some table has, is read as usual."""
        lists = [
            c for c in r.profile.cats
            if c.measures and not c.is_period and len(c.values) >= 3 and not any(m.column == c.name for m in r.matches)
            and not (r.query is not None and any(k == c.name for k, _ in r.query.filters))
        ]
        # … or that has its measures as columns ("Nystartsjobb", "Introduktionsjobb", "Totalt"), of
        # which the question names none: its total answers for no measure the question names
        columns = [
            v.name for v in r.profile.values if not is_total_label(v.name) and not v.is_change and not v.is_share
        ] if not lists and r.features.get("cap", 0.0) == 0 else []
        if not (lists or len(columns) >= _MEASURE_COLUMNS) or r.features.get("col", 0.0) > 0:
            return None
        for w in self.resolver.unexplained_words(r, form):
            f = fold(w)
            if not _may_name_a_measure(f, 5) or self.resolver.tables_know(w) or is_geo_header(f):
                continue
            if not lists:
                return w, "", columns
            column = max(lists, key=lambda c: len(c.values))
            return w, column.name, [v for v in column.values if str(v).strip() and str(v) != "nan"]
        return None

    def _acronym_of_another_source(self, best: Reading, question: str) -> bool:
        """Does the question name something by an acronym ("GDP", "BRP") that the reading's table –
        caption, headers, values, notes, file – never writes, while the knowledge base knows it
        (written, or spelled out by a name's capitals elsewhere)?"""
        acronyms = [a for a in re.findall(r"(?<![\w-])([A-ZÅÄÖ]{2,6})(?![\w-])", question)
                    if not re.fullmatch(r"[QKH][1-4]|T[1-3]", a) and fold(a) not in MONTHS]
        if not acronyms:
            return False  # (most questions: the table's words are not gathered)
        t = best.profile.table
        own = set(words(fold(" ".join([t.caption, t.document.replace("_", " "), *t.notes, *(c.name for c in t.columns)]))))
        for cat in best.profile.cats:
            own |= {x for ts in cat.tokens for x in ts}
        return any(fold(a) not in own and (self.documents.knows(a) or self.documents.spelled_out(a)) for a in acronyms)

    def _strange_words(self, best: Reading, form: Form, unexplained: list[str]) -> list[str]:
        """Words of a Swedish question that the reading's table leaves unexplained and that the
        knowledge base never writes – neither a table nor a document, nor as an inflection, a
        compound of its words or a typing slip away from one. Short words, form words and
        function words say no measure."""
        if form.language != "sv":
            return []
        out = []
        folded = fold(form.text)
        measure = best.profile.caption_terms | best.column.all_terms
        for w in unexplained:
            f = fold(w)
            # … and only a word that says what a measure the table has is of ("kostnaden för
            # äldreomsorg" of "Kostnad för ekonomiskt bistånd"): a word elsewhere in the question
            # may be a paraphrase the table answers all the same ("hur många berördes …")
            said_of = [m.group(1) for m in re.finditer(rf"(\w+)\s+(?:för|inom)\s+{re.escape(f)}\b", folded)]
            # (the stemmer takes one suffix: "kostnaden" → "kostnad", the caption's "Kostnad" → "kostn")
            if not any(t in measure or stem(t) in measure for x in said_of for t in self.resolver.analyze(x)):
                continue
            if not _may_name_a_measure(f, 6) or self.resolver.tables_know(w) or self.documents.knows_roughly(w):
                continue
            out.append(w)
        return out

    def _foreign_words(self, best: Reading, form: Form, unexplained: list[str]) -> list[str]:
        """Words of an English question that the reading's table leaves unexplained, that the
        lexicon cannot translate and that the knowledge base never writes ("apartments",
        "completed"), when no word of the measure is the table's: the measure asked is unknown,
        and a table chosen by the places named would answer another question ("how many new
        apartments were completed in Stockholm, Huddinge …" had been given the sum of their
        population). Places, periods and short words say no measure."""
        if form.language != "en" or best.features.get("col", 0.0) > 0 or best.features.get("cap", 0.0) > 0:
            return []  # (a table that knows a word of the measure may be meant: "rate for 18-24 year olds")
        if any(
            (c := best.profile.cat(m.column)) is not None and not c.is_period and not is_geo_header(m.column) and m.column not in DERIVED_COUNTY
            and not any(is_county(v) or municipality_of(v, homographs=True) for v in m.values)
            for m in best.matches
        ):
            return []  # (… or a row that names it: "left for a private employer" – "Därav privat arbetsgivare")
        tr = translations()
        out = []
        english = english_words()
        for w in unexplained:
            f = fold(w)
            if f in english and len(f) >= 4 and not municipality_of(f, homographs=True):
                # (a word the lexicon's English groups translate is the measure those Swedish words
                # name: unknown when the knowledge base writes none of them – "apartments")
                said = (w, *english[f])
            elif len(f) < 4 or not f.isalpha() or f in tr or f in every_form_word() or municipality_of(f, homographs=True):
                continue
            else:
                said = (w,)
            if not any(self.resolver.tables_know(x) or self.documents.knows_roughly(x) for x in said):
                out.append(w)
        return out

    @staticmethod
    def _lacking(question: str, best: Reading, form: Form, says: str) -> Answer:
        """"No support": what is asked is not in the reading's table (``says`` what), with the
        table's nearest reading offered."""
        return Answer(question, False, Route.STATS, f"{NO_SUPPORT} {says}", alternatives=[alternative_question(best, form)])

    def _measures_not_held(self, best: Reading, form: Form, unexplained: list[str]) -> list[str]:
        """The measures a Swedish question names – a rate's or level's noun ("ohälsotalet"), the
        noun a mean is asked of ("genomsnittlig ålder") – that the reading's table writes nowhere:
        every rate noun when no word names its column, or a mean's noun whatever the column. A
        period's noun ("kvartalet") is no measure."""
        # (a Swedish rate noun in an English question – "sickness benefit days (sjukpenningtal, …)"
        # – names its measure as well: round 208's was answered by counting a register's rows)
        averaged = [
            m.group(1) for m in _AVERAGED.finditer(fold(form.text))
            if m.group(1) not in STOPWORDS and m.group(1) not in every_form_word() and m.group(1) not in form.rate_words
        ] if form.language == "sv" else []
        # (the table's publisher or source named in its document's title, organisation or file
        # name – "bostadsförmedlingen" of Bostadsförmedlingen i Stockholm AB's yearly statistics –
        # says whose figures are asked, no measure)
        source = self._source_words(best.profile.table.document)
        named = [w for w in form.rate_words if fold(w) not in PERIOD_SUBJECTS and plain(fold(w)) not in source] + averaged
        if not named:
            return []
        if (all(w in unexplained for w in named) and best.features.get("col", 0.0) == 0.0) or (
            averaged and all(w in unexplained for w in averaged)
        ):
            return [w for w in named if w in unexplained]
        return []

    def _source_words(self, document: str) -> frozenset[str]:
        """The words (folded, without å/ä/ö) naming a document's publisher: its organisation,
        author and file name, each word and its definite form."""
        d = self.documents.documents.get(document)
        text = " ".join(x for x in (d.organisation, d.author) if x) if d is not None else ""
        found = set(re.findall(r"[a-z]{3,}", plain(fold(f"{text} {document.replace('_', ' ')}"))))
        return frozenset(found | {w + "en" for w in found} | {w + "n" for w in found})

    def _lacked_value(self, best: Reading, form: Form, unexplained: list[str]):
        """(word, split) for a word of the question built like the values of one of the table's
        splits that no value of it matches – a compound with the same head as theirs
        ("försäkringsverksamhet" beside "Byggverksamhet" and "Informations- och
        kommunikationsverksamhet"): the split's value the table lacks. None otherwise."""
        if form.language != "sv":
            return None
        p = best.profile
        matched = {m.column for m in best.matches}
        for w in unexplained:
            f = fold(w)
            if len(f) < 10 or not f.isalpha():
                continue
            for cat in p.cats:
                if cat.is_period or cat.name in matched or len(cat.values) < 3:
                    continue
                for v in cat.values:
                    for t in value_tokens(v):
                        k = len(os.path.commonprefix([f[::-1], t[::-1]]))
                        # (a shared head of its own – "verksamhet" – not an ending: "-ningen")
                        if 6 <= k < min(len(f), len(t)) - 3:
                            return w, cat
        return None

    def _place_names(self, question: str) -> list[str]:
        """Names in the question: words the documents write as proper nouns (places,
        organisations), or one-word values of the tables that the prose never writes in lower case."""
        docs = self.documents
        if self._value_names is None:
            # words the prose writes in lower case are ordinary words ("kvinnor", "totalt");
            # file names ("…_kommun_dalarna_2020…") are no prose
            lower = {
                w for c in self.snapshot.chunks if c.kind == "text" and self._kind(c.document) not in ("csv", "xlsx")
                for w in re.findall(r"(?<![\w/.-])[a-zåäöéü]{3,}(?![\w/.-])", c.text)
            }
            # one-word values of the tables' columns that the prose never writes in lower case:
            # places ("Dalarna", "Borlänge"); the word of a sum ("Totalt", "Samtliga") names none
            totals = {w for x in total_words()["all"] for w in x.split()}  # "totalt", "samtliga": no place
            # … nor does a word that heads a column somewhere, or names a kind of place ("Kommun"
            # as a type of applicant is the kind of place every table of municipalities has)
            # (a county heading its column – "Uppsala län" in a table of counties as columns – is a place)
            headers = {w for p in self.profiles for c in p.table.columns if not is_county(str(c.name)) for w in words(str(c.name))}
            headers |= {w for p in self.profiles for c in p.cats for v in c.values for w in value_tokens(v) if is_geo_header(w)}
            self._value_names = frozenset(
                w for p in self.profiles for c in p.cats if not c.is_period for v in c.values
                if len(ws := value_tokens(v)) == 1 and len(w := ws[0]) >= 4 and w.isalpha() and w not in lower and w not in totals
                and w not in headers
            ) | frozenset(
                # … and the name of a county a table lists ("Uppsala" of "Uppsala län")
                name for p in self.profiles for c in p.cats if not c.is_period for v in c.values
                if is_county(v) and len(ws := value_tokens(v)) == 2 and ws[1] == "län" and len(ws[0]) >= 4 and ws[0].isalpha()
                for name in {ws[0], ws[0].removesuffix("s")}  # "Västerbottens län": "Västerbotten" too
            )
            self._prose_lower = frozenset(lower)
        return [
            w for w in words(question)
            if len(w) >= 4 and w not in self._prose_lower and w not in STOPWORDS
            and (w.capitalize() in docs.proper or w in self._value_names)
        ]

    def _places_asked(self, question: str) -> list[str]:
        """The names of the question that are places: a table's value, a Swedish municipality
        or county, or a name after "i"/"in"/"inom". A name after another word ("inskrivna på
        Arbetsförmedlingen", "enligt SCB") that is none of those is an organisation or a source,
        which no table needs to list."""
        # ("Sörmland" is Södermanland, the name a table writes)
        aliases = place_aliases()
        names = list(dict.fromkeys(aliases.get(w, w) for w in self._place_names(question)))
        if not names:
            return names
        toks = [aliases.get(t, t) for t in words(question)]
        known = municipalities()
        counties = _county_stems()

        def place(w: str) -> bool:
            if w in self._value_names or w in known or w.removesuffix("s") in known or w.removesuffix("s") in counties or w in counties:
                return True
            return any(t == w and i and toks[i - 1] in ("i", "in", "inom", "från", "till") for i, t in enumerate(toks))

        return [w for w in names if place(w)]

    def _names_outside(self, names: list[str], r: Reading) -> list[str]:
        """The ``names`` (``_place_names``) that the reading's table nowhere mentions: not in its
        caption, headers, values, file or report title."""
        if not names:
            return []
        key = r.profile.id
        if key not in self._table_words:
            t = r.profile.table
            doc = self.snapshot.documents.get(t.document)
            # a workbook's title is one sheet's title row, not every sheet's: only a report's
            # title speaks for its tables
            title = doc.title if doc is not None and self._kind(t.document) not in ("csv", "xlsx") else ""
            parts = [t.caption, t.document, title]
            parts += [str(c.name) for c in t.columns]
            parts += [str(v) for c in r.profile.cats for v in c.values]
            self._table_words[key] = fold(" ".join(parts))
        text = self._table_words[key]
        # a name's genitive ("Dalarnas") names it too; any other shared beginning does not:
        # "Västerås" is not in a table of Västervik
        # (… and a table that cannot write å/ä/ö – "OSTERSUND" of an old mainframe report – names
        # a place in its plain spelling)
        def says_name(w: str) -> bool:
            stem_ = w[:-1] if w.endswith("s") and len(w) > 4 else w
            return any(re.search(rf"(?<![^\W_]){re.escape(x)}", text) for x in dict.fromkeys((stem_, plain(stem_))))

        return [w for w in names if not says_name(w)]

    def _document_rows(self, document: str) -> set[str]:
        if document not in self._rows_by_document:
            self._rows_by_document[document] = document_row_names(self.profiles, document)
        return self._rows_by_document[document]

    def _prefer_report(self, readings: list[Reading], best: Reading, result):
        """When an export repeats a table the report prints, cite the report: the same figures
        from a document table win over the export's copy."""
        if self._kind(best.profile.table.document) == "pdf":
            return best, result
        key = _figure_key(result.figures)
        # a ranking or aggregate ran over all the export's rows: a printed part of them (the
        # report's "Örebro, röda kluster" of all areas) may show the same top row by chance
        over_rows = best.query is not None and not best.query.rows and best.query.op in (Op.RANK, Op.THRESHOLD, Op.SUM, Op.MEAN, Op.COUNT)
        for r in readings[1:]:
            if r.query is None or r.missing_period or r.missing_breakdown or self._kind(r.profile.table.document) != "pdf":
                continue
            if over_rows and r.profile.body_rows < best.profile.body_rows:
                continue
            try:
                other = self.resolver.result(r)
            except (KeyError, ValueError, TypeError):
                continue
            if other.figures and _figure_key(other.figures) == key:
                return r, other
        return best, result

    def _kind(self, document: str) -> str:
        d = self.snapshot.documents.get(document)
        return d.kind if d is not None else ""

    def _alternatives(self, readings: list[Reading], form: Form, best_result) -> list[tuple[Reading, str]]:
        """Runner-up readings that give other figures, phrased as questions the engine reads back
        exactly as they are. A runner-up over another copy of the same figures (an export of a
        table the report prints) is no alternative."""
        out = []
        shown = _figure_key(best_result.figures)
        for r in readings[1:]:
            if r.query is None or r.missing_period or r.missing_breakdown:
                continue
            key = self._figures_of(r)
            if key is None or key == shown:
                continue
            text = alternative_question(r, form)
            # the alternative names its column, slices and table, so words alone must read it back
            # – to the same reading, or to another copy of its figures (the export of a table the
            # report prints gives the same answer under another caption)
            back = self.resolver.read(read_form(text), None, limit=1, vectors=False)
            if back and (
                (back[0].profile.id == r.profile.id and back[0].column.name == r.column.name)
                or (key and self._figures_of(back[0]) == key)
            ):
                out.append((r, text))
        return out

    def _figures_of(self, r: Reading) -> tuple | None:
        """The reading's figures as a comparable key; None when they cannot be computed."""
        try:
            return _figure_key(self.resolver.result(r).figures)
        except (KeyError, ValueError, TypeError):
            return None


@lru_cache(maxsize=1)
def _county_stems() -> frozenset[str]:
    """The counties' names without "län" or genitive s ("örebro", "dalarna", "västra")."""
    return frozenset(fold(c).split()[0].removesuffix("s") for c in COUNTY_BY_CODE.values())


# what a table lacks when it has no amounts for a question of money ("vad kostar …")
MONEY_LACKING = "belopp i kronor"


def speaks_of(text: str, lacking: str) -> bool:
    """Does ``text`` speak of what a table lacks: every year of it, and every word of it (by
    stem, either one beginning the other: "långtidsarbetslösa" in "Långtidsarbetslösheten")?"""
    years = years_in(lacking)
    if years:
        return set(years) <= set(years_in(text))
    wanted = [s for s in stems(lacking) if len(s) >= 3]
    if not wanted:
        return False
    have = set(stems(text))
    # (… or a compound ending in it: "kombinationsanställning" speaks of "anställning")
    return all(any(h.startswith(w) or (len(h) >= 5 and w.startswith(h)) or (len(w) >= 5 and h.endswith(w)) for h in have) for w in wanted)


def _seen(previous: Context | None, query: StatQuery, labels) -> tuple[str, ...]:
    """The rows the conversation's answers on this table have named, the newest last (at most
    eight): a follow-up's "vilket av dem" ranks them."""
    before = previous.seen if previous is not None and previous.query.table_id == query.table_id else ()
    out = [x for x in before if x not in labels] + [x for x in labels if x]
    return tuple(dict.fromkeys(out))[-8:]


def _figure_key(figures) -> tuple:
    return tuple(sorted(round(f.value, 9) for f in figures if not f.derived))


def _none_by_default(r: Reading, result) -> bool:
    """A count of a register's rows that found none, with a value the question never named kept
    by default."""
    q = r.query
    counted = [f for f in result.figures if not f.derived and not f.is_total]
    return bool(
        r.profile.record_level and q.defaults and (q.op == Op.COUNT or q.agg == "count") and not q.group_by
        and len(counted) == 1 and counted[0].value == 0
    )


def _condition_left_open(r: Reading, form: Form) -> str | None:
    """A count of a register's cases where the question names one of its category columns by its
    header ("beslut", "decision") but the reading neither keeps a value of it nor groups by it:
    that column's name."""
    q, p = r.query, r.profile
    if not p.record_level or q.op not in (Op.COUNT, Op.LOOKUP) or q.agg not in (None, "count") or q.group_by or q.rows:
        return None  # (a case the question names – "ärendet SE-001" – needs no condition)
    sliced = {k for k, _ in q.filters} | {x for x in (q.over, q.group_by, q.share_within) if x}
    tr = translations()
    # (a column named as each case's own – "avbröt sin utbildning", "their course" – is the
    # thing the condition is about, not a value of it left open)
    owned = {fold(m.group(1)) for m in re.finditer(r"\b(?:sin|sitt|sina|deras|its|their)\s+([a-zåäö]+)", fold(form.text))}
    # (… and a word the register's title ends a word of – "stöd" of "Företagsstöd, ärenden" – says
    # what every case is, no column's value left open: "hur många … fick stöd beviljat", F218-12)
    titled = [w for w in words(plain(fold(p.table.caption))) if len(w) >= 4]
    # (the tail of a compound: a title word "Beslut" is a column's name as often as the subject)
    owned |= {fold(w) for w in form.content if len(w) >= 4 and any(t.endswith(plain(fold(w))) and len(t) > len(w) + 2 for t in titled)}
    rows = len(p.table.frame)
    for c in p.cats:
        if c.is_period or c.role == "label" or c.name in sliced or len(c.values) >= 0.9 * rows:
            continue  # (an id per case – "Ärende" – names the cases counted, no condition on them)
        if form.counted and any(names_column(x, c, by_values=False) for x in (form.counted, tr.get(fold(form.counted), "-"))):
            continue  # … and so does the noun counted ("hur många ärenden …", "how many cases …")
        if any(
            (names_column(w, c, by_values=False) or names_column(tr.get(fold(w), "-"), c, by_values=False)) and fold(w) not in owned
            for w in form.content
        ):
            return c.name
    return None


def _count_for_a_rate(r: Reading, form: Form) -> str | None:
    """The question's noun of rate when it asks for a rate in per cent ("arbetslösheten i
    procent", "sjuktalet i %") while the reading gives a count and computes no share of it."""
    q, c = r.query, r.column
    if form.wants != "share" or not c.is_count or c.is_share or c.is_change:
        return None
    if q.share_of or q.share_within or q.share_over or q.op == Op.COUNT:
        return None
    if not re.search(r"\bprocent\w*\b|%|\bper ?cent\b|\bandel(?:en)?\b|\bshare\b|\brate\b", fold(form.text)):
        return None
    # (a column of several measures kept to its shares – "…, andel av befolkningen, procent" of
    # SCB's tabellinnehåll – gives the rate asked, whatever the column's own name says)
    measures = [vals for k, vals in q.filters if (cat := r.profile.cat(k)) is not None and cat.measures]
    if measures and all(unit_from_text(v) in ("%", "andel") or re.search(r"\bandel\b|\bprocent\b", fold(v)) for vals in measures for v in vals):
        return None
    return rate_of_measure(r.profile, c, form)


def _share_of_named_cases(r: Reading) -> bool:
    """A share of rows kept by a column that names each case on its own (a project's name)."""
    q = r.query
    if q is None or not q.share_within:
        return False
    frame = r.profile.table.frame
    col = frame.get(q.share_within)
    return col is not None and len(frame) >= 5 and col.astype(str).nunique() >= 0.9 * len(frame)


def _counted_is_a_base(r: Reading, form: Form) -> bool:
    """A "hur många <noun>" question whose noun is what the reading's column is per ("…
    nettodagar per avslutat sjukfall"): the column is a rate of each such case, not their count."""
    if form.wants != "count" or not form.counted or r.query is None or r.query.op == Op.COUNT:
        return False
    m = re.search(r"\bper\s+((?:[a-zåäö]+\s*){1,3})", fold(r.column.name))
    if m is None:
        return False
    counted = stem(fold(form.counted))
    return len(counted) >= 4 and any(stem(w) == counted or stem(w).startswith(counted) for w in m.group(1).split())


def _counts_named_cases(r: Reading) -> bool:
    """A count of rows sliced to values of a column that names each row once (a health centre's
    name, an id): it counts the names the question said, not anything it asks about."""
    q = r.query
    if q is None or q.op != Op.COUNT or q.agg != "count" or q.group_by:
        return False
    frame = r.profile.table.frame
    return any(
        k in frame.columns and (cat := r.profile.cat(k)) is not None and not cat.is_period and not cat.dated
        and frame[k].astype(str).nunique() >= max(3, len(frame) - len(r.profile.table.total_rows))
        for k, _ in q.filters
    )


def _share_not_computed(r: Reading, result) -> bool:
    """The reading divides a part by its whole (``share_of``/``share_within``/``share_over``) of
    a column that is no share, but the result holds no computed share: only the counts."""
    q, c = r.query, r.column
    if q is None or result is None or not (q.share_of or q.share_within or q.share_over) or c.is_share:
        return False
    return bool(result.figures) and not any(f.unit == "%" for f in result.figures)


def _bar_left_open(r: Reading, form: Form) -> tuple[str, list[str]] | None:
    """A comparison with "länet" that found no bar ("vilka kommuner låg över länet?") of a table
    whose rows lie in several counties: (the column placing rows in counties, its counties)."""
    q, p = r.query, r.profile
    bar = form.relative is not None or (form.beyond is not None and bool(phrase_words(total_words()["county"], fold(form.beyond[1]))))
    if not bar or q.threshold is not None or q.rows or q.op == Op.COMPARE:
        return None
    if not phrase_words(total_words()["county"], fold(form.text)):
        return None  # "högre än riket": the country's row is one
    for c, counties in county_columns(p):
        if c.name not in dict(q.filters) and len(counties) >= 2 and (c.name in DERIVED_COUNTY or len(counties) >= 0.5 * len(c.values)):
            return c.name, counties
    return None


# Endings of Swedish adverbs made from adjectives ("faktiskt", "egentligen", "ungefärligen").
# a question this short (in words) may go on from the one before it when it finds nothing alone
_SHORT_FOLLOWUP = 8
_ADVERB_ENDING = re.compile(r"(?:iskt|ligt|ligen|vis)$")


def _may_name_a_measure(word: str, shortest: int) -> bool:
    """Could this (folded) word of a question name a measure? Not a short word, a function word,
    a form word ("andel", "högst") or an adverb of how it is asked ("faktiskt", "egentligen")."""
    return (
        len(word) >= shortest and word.isalpha() and word not in STOPWORDS and word not in every_form_word()
        and not _ADVERB_ENDING.search(word)
    )


def _written_cells(r: Reading, rows: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """(index, row, text) of the named rows whose cell in the reading's column holds words where a figure
    was expected ("8 veckor"), within the reading's slices; none when every such cell is empty or
    a missing-value mark."""
    t, q = r.profile.table, r.query
    if q is None or q.column not in t.raw.columns or not rows:
        return []
    keep = t.frame[t.label_column].astype(str).isin(rows)
    for k, values in q.filters:
        if k in t.frame.columns:
            keep &= t.frame[k].astype(str).isin(values)
    out = []
    for i in t.frame.index[keep]:
        text = str(t.raw.at[i, q.column]).strip()
        if not is_missing(t.raw.at[i, q.column]) and re.search(r"[a-zåäö0-9]", text, re.I):
            out.append((i, str(t.frame.at[i, t.label_column]), text))
    return out


def _knows_measure(r: Reading, form: Form) -> bool:
    """Does the reading know some word of the measure asked – by its column's header, the table's
    caption, or a value of a column of measures (a KPI's title)? Also when a word of the question
    holds a word of the header or caption that the index did not split off ("arbetslöshetssiffran"
    of a small knowledge base that never writes "siffran" alone)."""
    if r.features.get("col", 0.0) > 0 or r.features.get("cap", 0.0) > 0:
        return True
    if any((c := r.profile.cat(m.column)) is not None and c.measures for m in r.matches):
        return True
    # (whole words of the header and caption, not their compound parts: "arbetslösa" holds "arbet"
    # of "Arbetsmarknadsutbildningar", which names no measure of unemployment)
    whole = {t for w in words(fold(f"{r.column.name} {r.profile.table.caption}")) if len(w) >= 5 for t in (stem(w), stem(stem(w)))}
    known = [t for t in (head_words(r.column) | r.profile.caption_terms) & whole if t.isalpha() and len(t) >= 5]
    # ("procent" of a caption "… Procent" is its unit, no word of its measure)
    return any(t in stem(fold(w)) for w in form.content if fold(w) not in UNIT_ONLY for t in known)


# "de senaste fyra veckorna", "the last 3 months": several latest periods (twelve months is a
# rolling year, which tables name themselves)
_LAST_PERIODS = re.compile(
    r"\b(?:senaste|sista|last|past)\s+((?:[2-9]|1[01]|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|two|three|four|five|six|seven|eight|nine|ten))\s+"
    r"(veckorna|veckor|månaderna|månader|kvartalen|kvartal|weeks|months|quarters)\b"
)
# at most this many estimates get their margins of error written out
MAX_MARGINS = 6


def _table_notes_said(best: Reading, result) -> str | None:
    """The table's notes about how the figures shown came to be, so an answer that differs from
    what the sheet shows says why; None when no figure shown is named in such a note:

    - the corrections a workbook's log made (``ingest.tables.corrections``: "Rättat enligt bladet
      ”Ändringslogg” (2025-04-22): Ronneby, År 2024, Antal biståndshushåll 1 012 → 1 068 – …");
    - cells written "oförändrad" and read as the figure to their left (``ingest.tables.shape``:
      a decision's "Ny lydelse" of ERUF is 2 560 000 kr because the old one stands – round 225);
    - cells written "d:o" and read as the cell above, when the answer keeps, groups or names rows
      by that column (a list of grants names Södertälje once and "d:o" under it: its sum of four
      projects is that reading, and says so – round 226);
    - arrows read as the signs of a change column the answer reads, or takes from a level to give
      an earlier year ("▼ 0,4" is −0,4: Södertälje's 2023 share is 7,9 + 0,4 – round 226)."""
    q = best.query
    column = fold(q.column)
    own = fold(f"i kolumnen ”{q.column}”")  # (not the column it is read as the same as)
    labels = {fold(f.label) for f in [*result.figures, *result.totals] if f.label}
    # (the columns whose values chose or named the rows shown)
    by = {k for k, _ in q.filters} | {c for c in (q.group_by, q.over) if c}
    if q.rows or q.scope or result.labels:
        by.add(best.profile.table.label_column)
    said = [
        n for n in best.profile.table.notes
        if (n.startswith(CORRECTED_LEAD) and column in fold(n) or n.startswith(UNCHANGED_LEAD) and own in fold(n))
        and any(re.search(rf"(?<!\w){re.escape(x)}(?!\w)", fold(n)) for x in labels)
        or n.startswith(DITTO_LEAD) and any(fold(f"i kolumnen ”{c}”") in fold(n) for c in by if c)
        or n.startswith(ARROWS_LEAD) and any(fold(f"{ARROWS_LEAD} ”{c}”") in fold(n) for c in (q.column, q.less, *q.also) if c)
    ]
    return " ".join(said) if said else None


def _margins_said(best: Reading, result) -> str | None:
    """The margins of error of a survey's estimates shown ("Utrikes födda 2024: 28,2 % ± 6,6
    (21,6–34,8)"), when the table gives one beside each estimate – an estimate is said with its
    uncertainty, and a change smaller than it is no change shown to hold (round 214's AKU rates
    had been answered as if exact, their margins never seen). None for other tables."""
    margin = best.profile.margins.get(best.query.column)
    shown = [f for f in result.figures if not f.derived and not f.is_total]
    if margin is None or not shown or len(shown) > MAX_MARGINS:
        return None
    query = replace(best.query, column=margin)
    if best.query.op not in (Op.LOOKUP, Op.TREND):
        # (a ranking of margins ranks other rows: the margins of the rows shown are looked up)
        query = replace(query, op=Op.LOOKUP, rows=tuple(result.labels), direction=None, n=None, threshold=None)
    other = compute(best.profile, query)
    margins = [f for f in other.figures if not f.derived and not f.is_total]
    # (each estimate its own row's margin, or none is said)
    if [f.label for f in margins] != [f.label for f in shown]:
        return None
    parts, spans = [], []
    for est, m in zip(shown, margins):
        low, high = est.value - m.value, est.value + m.value
        spans.append((low, high))
        d = max(_decimals_shown(est.display), _decimals_shown(m.display))
        parts.append(
            f"{est.label}: {est.display} ± {format_number(m.value, d)} ({format_number(low, d)}–{format_number(high, d)})"
        )
    text = "Tabellen anger en felmarginal för varje skattning – " + "; ".join(parts) + "."
    if len(spans) == 2 and best.query.op in (Op.TREND, Op.COMPARE, Op.LOOKUP) and max(s[0] for s in spans) <= min(s[1] for s in spans):
        text += " Intervallen överlappar, så tabellen ger inget stöd för att skillnaden mellan dem är säkerställd."
    return text


def _above_source(text: str, said: str) -> str:
    """``said`` added to an answer's text as a paragraph of its own, above its "*Källa:" line."""
    head, sep, source = text.partition("\n\n*Källa:")
    return f"{head}\n\n{said}{sep}{source}"


def _decimals_shown(display: str) -> int:
    """The decimals of a figure as shown ("28,2 %" → 1, "1 250" → 0)."""
    m = re.search(r",(\d+)", display)
    return len(m.group(1)) if m else 0


def _mixed_choices(r: Reading, dimension: str) -> list[str]:
    """The values of ``dimension`` left open by the reading's filters, most rows first."""
    frame = r.profile.table.frame
    keep = frame
    for col, vals in r.query.filters:
        if col in keep.columns and col != dimension:
            keep = keep[keep[col].astype(str).isin(vals)]
    counts = keep[dimension].astype(str).value_counts(sort=False)
    return sorted(counts.index, key=lambda v: (-counts[v], v))


def alternative_question(r: Reading, form: Form, value: str | None = None) -> str:
    """A question that names the reading's column, rows (or ``value`` of a dimension) and table."""
    q: StatQuery = r.query
    cap = r.profile.table.caption
    named = [display_label(x) for x in q.rows[:4]] if value is None else [value]
    # the slices it keeps ("Nystartsjobb" of a register's Stödform) are named too: without them
    # the question would be read over every row
    period_cols = {c.name for c in r.profile.cats if c.is_period}
    kept = [display_label(v) for col, vals in q.filters if col not in period_cols and len(vals) == 1 for v in vals]
    rows = ", ".join(dict.fromkeys(x for x in [*named, *kept] if x))
    where = f" för {rows}" if rows else ""
    col = f"”{q.column}”"  # quoted: its words name the column, never the operation ("Total")
    if q.op == Op.RANK:
        head = f"Vilka har {'lägst' if q.direction == 'asc' else 'högst'} {col}"
    elif q.op == Op.COMPARE:
        head = f"Jämför {col}"
    elif q.op == Op.TREND and len(q.periods) == 2 and value is None:
        # a change keeps its two ends (it had been offered as a bare lookup of the column)
        head = f"Hur har {col} förändrats från {q.periods[0]} till {q.periods[1]}"
    elif q.op == Op.SUM:
        head = f"Hur stor är {col} totalt"
    elif q.op == Op.MEAN:
        head = f"Vad är {'medianen' if q.median else 'genomsnittet'} för {col}"
    elif q.op in (Op.THRESHOLD, Op.COUNT) and q.versus:
        head = f"{'Hur många' if q.op == Op.COUNT else 'Vilka'} har {col} {BOUND_WORDS[q.versus[0]]} ”{q.versus[1]}”"
    elif q.agg == "count" and not q.group_by and r.profile.record_level:
        # a count of a register's cases ("hur många ärenden … med Beslut = Bifall"): the cases, not
        # the column the reading happened to hold
        return f"Hur många har {rows} i {cap}?" if rows else f"Hur många rader finns i {cap}?"
    elif q.op == Op.THRESHOLD and q.threshold is not None:
        word = BOUND_WORDS[q.threshold.op]
        val = q.threshold.value * (100 if q.threshold.percent and r.column.unit == "andel" else 1)
        head = f"Vilka har {col} {word} {str(val).replace('.', ',').removesuffix(',0')}{' %' if q.threshold.percent else ''}"
    else:
        head = f"Vad är {col}"
    if q.group_by and q.op in (Op.MEAN, Op.SUM, Op.RANK, Op.LOOKUP) and value is None:
        # "… uppdelat på kön": the grouping is part of the reading the button asks for
        where += f", uppdelat på {q.group_by.lower()},"
    return f"{head}{where} i {cap}?"


_AVERAGED = re.compile(r"\b(?:genomsnittlig[ta]?|medel)\s+([a-zåäö]{4,})")
_WHAT_HAPPENS = re.compile(r"\bvad händer\b|\bvad gäller\b|\bvem (?:bestämmer|beslutar|avgör)\b|\bwhat happens\b|\bwho decides\b")
# a figure planned rather than had ("Statens budget", "Budget 2026", "Prognos helår"), and the
# words that ask for one
_BUDGET_COLUMN = re.compile(r"\b(?:budget\w*|budgeter\w*|prognos\w*|forecast\w*)\b")
_BUDGET_ASKED = re.compile(r"\b(?:budget\w*|budgeter\w*|prognos\w*|plan\w*|beräkna\w*|förvänta\w*|forecast\w*|expected)\b")
# a column of goals ("Mål 2027", "Målvärde", "Target") – asked for only by a question of goals
_TARGET_COLUMN = re.compile(r"(?:mål|målvärde\w*|målnivå\w*|målsättning\w*|target\w*|goal\w*)\b(?!grupp)")
_TARGET_ASKED = re.compile(r"\bmål|\btarget|\bgoal|\bska (?:nå|uppnå)|\bsiktar\b|\bambition")
# a length of time asked ("hur länge", "hur lång tid", "inom hur många dagar", "how long")
_DURATION_ASKED = re.compile(r"\bhur (?:länge|lång tid|långa tider)\b|\binom hur många (?:dagar|veckor|månader)\b|\bhow long\b")
# … and what a table of lengths of time writes: its unit, or a word of time in its measure's name
# a question for a person or a day ("vem …", "när …"), and a header that holds a time ("Startår",
# "Datum", "Vecka", "Year")
_WHO_OR_WHEN = re.compile(r"^\s*(?:och\s+|and\s+)?(?:vem|vilken person|who|when|när)\b")
# (… asked beside a figure: "vem ansvarar för målet och vilket målvärde har det?")
_ANOTHER_ASK = re.compile(r".\b(?:hur|vilken|vilket|vilka|what|how|which)\b")
_WHEN_HEADER = re.compile(r"(?:år|datum|dag|vecka|månad|tid|year|date|day|week|month)(?:en|et|er|ar|s)?\b")
_TIME_STATED = re.compile(
    r"\b(?:dag|dagar|dygn|vecka|veckor|månad|månader|mån|år|timme|timmar|tim|minut\w*|days?|weeks?|months?|years?|hours?)\b"
    r"|tid\b|tider\b|längd|duration"
)
_AGE = re.compile(r"\d+\s*(?:[-–]\s*\d+\s*)?(?:år|years?)\b(?:\s+(?:och|eller)\s+(?:äldre|yngre|över|mer))?|\b(?:år|years?)\s+\d+\s*[-–]\s*\d+")
_NO_FIGURE_WORDS = re.compile(
    r"^\s*(?:och\s+|and\s+)?(?:vem|vilka personer|vilken person|who|when|när)\b"
    # who may, must or is covered ("vilka kan anställas med …?", "vilka omfattas av …?"): the
    # people or things a rule names, not a figure – "vilka har flest …" ranks and is no lookup
    r"|^\s*(?:och\s+)?vilka\s+(?:kan|får|ska|skall|måste|bör|omfattas|gäller)\b"
    # how often something is done ("hur ofta ska lägesrapporten lämnas?"): a rule's interval
    r"|^\s*(?:och\s+)?(?:hur\s+ofta|how\s+often)\b"
    # a procedure asked ("hur ansöker man …?", "hur gör jag för att …?")
    r"|^\s*(?:och\s+)?hur\s+(?:gör|ansöker|söker|anmäler|registrerar|begär)\s+(?:man|jag|vi|ni|en|arbetsgivaren)\b"
    # a requirement asked ("vad krävs för att det ska räknas som anställning?", "vilka krav ställs …"):
    # a condition, not a figure of the row its words touch
    # (… or what is expected of someone: "vad förväntas av en arbetsgivare som …?")
    r"|^\s*(?:och\s+)?(?:vad\s+krävs|vilka\s+krav|vad\s+förväntas\s+av|what\s+is\s+(?:required|expected)|what\s+are\s+the\s+requirements)\b"
    # a definition asked ("vad menas med validering?", "vad betyder …", "what does … mean")
    r"|\b(?:vad\s+(?:menas|avses)\s+med|vad\s+(?:betyder|innebär)|what\s+is\s+meant\s+by|what\s+does\s+\S+\s+mean)\b"
    # a decision or a reason asked ("vad beslutades om Gruvkompetens Malmfälten?", "varför …"): the
    # text of it, not a figure of the row the name touches
    r"|^\s*(?:och\s+)?vad\s+(?:\w+\s+){0,3}?(?:beslut(?:a|ade|ades|at|ar)|bestäm(?:de|des|ts|t))\b|^\s*(?:och\s+)?(?:varför|why)\b|\bwhat\s+(?:was|were)\s+decided\b"
    # whether something is part of something ("är Markaryd och Älmhult med i projektet?", "ingår
    # Ljungby?"): a yes or no the text gives, not a figure of the rows the names touch
    r"|^\s*(?:och\s+)?(?:är|var|blir)\s+(?:[\w-]+\s+){1,6}?med\s+i\b|^\s*(?:och\s+)?(?:ingår|omfattas|deltar)\b"
    r"|^\s*(?:is|are)\s+(?:[\w-]+\s+){1,6}?(?:part\s+of|included\s+in)\b"
)


_REASON_ASKED = re.compile(r"^\s*(?:och\s+)?(?:varför|why|how come|av vilken anledning|vad beror det på)\b")


def _asks_no_figure(form: Form, r: Reading) -> bool:
    """A question that asks for no figure of the reading's table: who or when (not "vem har
    flest", which ranks), or which thing of a kind no column of it holds ("vilket diarienummer")."""
    if form.op != Op.LOOKUP:
        return False
    if _NO_FIGURE_WORDS.match(fold(form.text)):
        return True
    subject = form.subject
    # (an English noun is read by the lexicon's translations, too loosely to rule a table out)
    # ("vilka evenemang finns i Norrköping?" asks for things as much as "vilket evenemang": a
    # finance table's share for Norrköping's row had answered it)
    if not subject or form.language != "sv" or fold(subject) in PERIOD_SUBJECTS or is_geo_header(subject):
        return False
    p = r.profile
    said = {stem(subject), fold(subject), translations().get(fold(subject), "-")}
    # (a compound that starts with a column's name names it: "födelselandsgrupp" – Födelseland)
    prefixed = any(len(t) >= 4 and fold(subject).startswith(t) for c in p.cats for t in c.terms | {fold(c.name)})
    return not prefixed and not any(names_column(subject, c) for c in p.cats) and not any(said & (v.terms | v.all_terms) for v in p.values) and not (
        said & p.caption_terms
    )


def length_of_time_unstated(form: Form, r: Reading) -> bool:
    """Does the question ask for a length of time ("hur länge", "hur lång tid") the reading's
    table never states – no unit or word of time in its measure, caption or notes (an age is
    none: "16–64 år")?"""
    t = r.profile.table
    stated = fold(" ".join([r.column.name, r.column.unit or "", t.caption, *t.notes]))
    return bool(_DURATION_ASKED.search(fold(form.text))) and not _TIME_STATED.search(_AGE.sub(" ", stated))


_INCLUDING = re.compile(r"(?:inklusive|inkl|inräknat|inräknad|inräknade|medräknat|medräknad|medräknade|including|included|inclusive)")


def _included_alone(best: Reading, form: Form) -> bool:
    """Does the question say a value is included ("inklusive markanvändning", "if land use
    (LULUCF) is included") while the reading keeps that value alone (Huvudsektor = Markanvändning)?
    Then its figures are the part, not the whole with the part in it."""
    q = best.query
    toks = list(form.tokens)
    at = [i for i, t in enumerate(toks) if _INCLUDING.fullmatch(fold(t))]
    if q is None or not at:
        return False
    near = {toks[j] for i in at for j in range(max(0, i - 6), min(len(toks), i + 7))}
    kept = dict(q.filters)
    return any(m.column in kept and len(kept[m.column]) == 1 and m.qtokens & near for m in best.matches)


def _judgement_read(best: Reading, form: Form) -> tuple[str, str, str] | None:
    """(word, end read, other end) of a ranking by a word of judgement ("bäst", "sämst") of a
    measure whose best end the table does not say (no rank, where 1 is best); None otherwise."""
    q = best.query
    said = next((t for t in form.tokens if t in JUDGEMENT_WORDS), None)
    if said is None or q is None or q.op != Op.RANK or is_rank_column(best.profile, best.column):
        return None
    return (said, "högst", "lägst") if q.direction != "asc" else (said, "lägst", "högst")


def _reading_text(r: Reading) -> str:
    if r.query is not None and r.query.agg == "count":
        return f"antal rader i {r.profile.table.caption}"  # counted rows are no column's figures
    return f"”{r.column.name}” i {r.profile.table.caption}"


# "andel behöriga …", "andelen sysselsatta …": the share's own measure right after its noun (a
# word of five letters or more – "av", "som", "för" are none – but "bland", which names its whole)
_SHARE_OF_WHAT = re.compile(r"\bandel(?:en)?\s+(?!bland\b)([a-zåäöé]{5,})\b")


def _share_measure(form: Form) -> str | None:
    """The word a Swedish share names as what it counts ("andel behöriga till …" → "behöriga"),
    or None – "andel av deltagarna som …" names its whole, not its measure."""
    if form.language != "sv":
        return None
    m = _SHARE_OF_WHAT.search(fold(form.text))
    return m.group(1) if m and m.group(1) not in STOPWORDS else None


def _said_left_out(best: Reading, form: Form) -> tuple[str, str] | None:
    """(the question's word, the note's sentence) when a word of the question names what the
    table's notes say it does not count ("korttidsplatser" of "Korttidsplatser … ingår inte"); None."""
    left = best.profile.left_out
    if not left:
        return None
    for w in words(form.text):
        if len(w) >= 4 and w not in STOPWORDS and stem(w) in left:
            return w, left[stem(w)]
    return None


def _county_of_its_parts(best: Reading, empty: tuple[str, ...]):
    """(the sum, how many municipalities) for a county row whose cell of a count or an amount is
    empty, when every municipality of that county has a row of its own in the table; None
    otherwise (a share or a rate is no sum of its parts; a county with a municipality missing is
    no sum of those listed)."""
    if len(empty) != 1 or not is_county(empty[0]) or best.query.op != Op.LOOKUP:
        return None
    v = best.profile.value(best.query.column)
    t = best.profile.table
    label = t.label_column
    if v is None or not is_amount(v) or label not in t.frame.columns:
        return None
    code = next((c for c, name in COUNTY_BY_CODE.items() if county_root(name) == county_root(empty[0])), None)
    if code is None:
        return None
    places = municipality_counties()
    own = sorted(n for n, c in places.items() if c == code)
    rows = [x for x in dict.fromkeys(str(r) for r in t.frame[label].dropna()) if places.get(fold(x).strip()) == code]
    if not own or sorted(fold(x).strip() for x in rows) != own:
        return None
    summed = compute(best.profile, replace(best.query, op=Op.SUM, rows=tuple(rows)))
    if summed.empty or len(summed.figures) != 1:
        return None
    return summed, len(rows)


def _period_span(r: Reading) -> str:
    from ingest.swedish import period_key

    parts = []
    years = sorted(r.profile.caption_years)
    for c in r.profile.cats:
        if c.is_period and c.values:
            vals = sorted(c.values, key=period_key)
            if years and all(period_key(v)[0] == 0 for v in vals):
                # months of the year the caption names: "2023, januari–december"
                parts.append(f"{', '.join(map(str, years))}, {vals[0]}–{vals[-1]}")
                continue
            parts.append(f"{c.name}: {vals[0]}–{vals[-1]}" if len(vals) > 1 else f"{c.name}: {vals[0]}")
    if parts:
        return "; ".join(parts)
    # (a measure whose columns name their years – "Konkurser 2023" beside "Förvärvsarbetande 2022",
    # "… 2023": the years of the measure read, not of the whole table)
    own = sorted(measure_years(r.profile, r.column.name))
    if own and without_years(r.column.name):
        return f"”{without_years(r.column.name)}” för {', '.join(map(str, own))}"
    named = sorted(header_years(r.profile) | r.profile.caption_years)
    if named:
        return ", ".join(map(str, named))
    return "en enda period som tabellen inte namnger"


def _is_table_chunk(chunk) -> bool:
    return chunk.kind == "table"


def _column_vectors(snapshot, profiles) -> dict[tuple[str, str], np.ndarray]:
    """Vectors of every value column's description, embedded once per generation and kept beside
    it (a few hundred short texts)."""
    index = snapshot.index
    texts = {(p.id, c.name): c.description for p in profiles for c in p.values}
    if not texts or os.environ.get("KB_NO_COLUMN_VECTORS"):
        return {}
    path = Path(snapshot.generation) / "column_vectors.npz"
    cache: dict[str, np.ndarray] = {}
    if path.exists():
        try:
            with np.load(path, allow_pickle=False) as z:
                cache = {k: z[k] for k in z.files}
        except (OSError, ValueError):
            cache = {}
    import hashlib

    keys = {k: hashlib.sha256(f"{index.model_id}\x00{t}".encode()).hexdigest()[:24] for k, t in texts.items()}
    todo = sorted({keys[k]: texts[k] for k in texts if keys[k] not in cache}.items())
    if todo:
        vecs = index.embedder.embed_passages([t for _, t in todo])
        cache.update({h: v for (h, _), v in zip(todo, vecs)})
        try:
            tmp = path.with_name(f".column_vectors.{os.getpid()}.npz")
            np.savez(tmp, **cache)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only index still answers; the vectors are recomputed next time
    return {k: cache[h] for k, h in keys.items() if h in cache}
