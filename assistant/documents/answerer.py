"""Answers from documents: hybrid search, then the quotes that answer, verbatim with their
page, or an honest "no support" when no quote is likely enough to answer.

    answerer = DocumentAnswerer(index, page_texts, documents)
    answer = answerer.answer("Hur många anställda har IAF?")

Candidate quotes (sentences, sentence pairs, lists with their lead; ``spans.py``) of the best
passages are scored with fitted weights over lexical, semantic, kind-of-content and year
features (``features.py``); the weights, the "no support" threshold and the bar for further
quotes come from ``assistant/weights/documents.json`` (``bench/fit_documents.py``).

Why one module of this size: search, ranking, the gate and composing a quote share the question's
analysis and the passages; features, spans, kinds and the gate are modules of their own.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from os.path import commonprefix
from pathlib import Path

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from index.hybrid import Hit
from index.passages import VALUE_LIST_RE
from ingest.clean import CODED_ITEM
from ingest.facts import date_in
from ingest.model import MESSAGE_HEADING, Chunk, Document
from ingest.swedish import (
    MONTH_NAMES,
    MONTHS,
    STOPWORDS,
    english_glosses,
    fold,
    municipalities,
    municipality_of,
    phrase_re,
    plain,
    says,
    stem,
    words,
)

from ..answer import Answer, Citation, Route
from ..question import detect_language
from ..suggest import proper_nouns
from .definitions import Definitions, answer_definition
from .features import (
    Question,
    Vocabulary,
    Weights,
    compounds_asked,
    content_stems,
    coverage,
    load_weights,
    span_cosines,
    span_features,
)
from .gate import Gate, KnownStems, gate_features, load_gate
from .kinds import TIMESTAMP, asking_part, carries, guessed, names_a_rate, split_guesses, years_in
from .phrases import (
    ACTING,
    AWAY,
    DATE_RE,
    asked_days,
    asked_direction,
    asked_periods,
    day_text,
    key_phrase,
    mentions_day,
    mentions_period,
    original_asked,
    period_text,
    points_in,
    precise_days,
    roles_asked,
    same_thing_dated,
    term_beside,
    unstruck,
    vague_time,
    years_spanned,
)
from .spans import Span, candidate_spans, chunk_units, field_pieces, norm_for_match, row_reading

NO_SUPPORT = "Jag hittar inget stöd för det i kunskapsbanken."
NEAREST_LEAD = "Det närmaste jag hittar"
TOPICS_LEAD = "Närmast det du frågar om finns i kunskapsbanken:"
UNSURE = "Jag är osäker på om kunskapsbanken svarar på det."
# A quote the gate stops with at least this probability of answering is shown as a doubt, not as
# "no support": of the tuning quotes the gate stops (eval/fit_answerability.py's data), 27 of 63
# at or above 0.3 were right (43 %), 11 of 58 below it (19 %). The gate's thresholds are 0.40,
# and 0.68 for figures.
UNSURE_FROM = 0.3
SEARCH_DEPTH = 10  # passages read for candidate quotes (bench: recall@10 is where the gold pages are)
MAX_QUOTES = 3

# Embeds quote texts for the "cosine_span" feature: texts → unit vectors (one row each).
SpanEmbedder = Callable[[Sequence[str]], np.ndarray]


# Two or more capitalised words in a row, small joining words allowed between them ("Gross
# Domestic Product", "Myndigheten för Ungdoms- och Civilsamhällesfrågor")
_CAPITALISED_RUN = re.compile(r"\b[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:(?:of|and|for|the|och|för|i|av)\s+)?[A-ZÅÄÖ][\wåäö-]+){1,5}")


def counties_named(text: str) -> frozenset[str]:
    """The counties a text names, by their official names: "i Norrbotten", "Sörmlands",
    "Västra Götalandsregionen", "Region Kalmar län"."""
    from ..stats.form import county_by_head, place_aliases  # (the statistics package imports this one)

    folded = fold(text)
    for k, v in place_aliases().items():
        folded = phrase_re(k).sub(v, folded)
    return frozenset(name for head, name in county_by_head().items() if len(head) >= 4 and says(folded, head, whole=False))


def _in_question(text: str, at: int) -> bool:
    """Does the sentence of ``text`` around position ``at`` ask something ("Gäller fortfarande 7
    oktober för kickoffen?"): does it end with a question mark?"""
    if at < 0:
        return False
    end = re.search(r"[.!?](?=\s|$)", text[at:])
    return end is not None and end.group(0) == "?"


def _municipalities_named(text: str) -> list[str]:
    """The municipalities a text names by a word that can be nothing else ("i Falun",
    "Sundsvalls"), folded; not the homographs ("Vara", "Mark")."""
    return list(dict.fromkeys(name for w in words(fold(text)) if (name := municipality_of(w)) is not None))


def _names_rest(c: Chunk, asked: dict[str, float]) -> float:
    """How much of the asked words (word → weight) a passage (its heading path and text)
    writes, each by its first letters (``_lead``) – "innovationschekarna" typed for "innovationscheckar"."""
    text = fold(f"{c.section} {c.text}")
    return sum(weight for w, weight in asked.items() if re.search(rf"\b{re.escape(_lead(w))}", text))


def _lead(word: str) -> str:
    """The first letters that name a word whatever its ending or a slip near its end: six, and
    more of a long compound – "arbetsgivarundersökningen" is "arbetsgivarunde…", which
    "Arbetsförmedlingen" (also "arbets…") is not."""
    return word[: max(6, min(len(word) - 3, round(0.6 * len(word))))]


# an e-mail address or a web address: its words are no prose
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)\S+")


def _context_text(span: Span) -> str:
    return f"{span.chunk.section}\n{span.text}"


@dataclass(frozen=True)
class Scored:
    span: Span
    score: float
    probability: float
    cosine: float | None = None  # the question's cosine with the quote (its sentences' mean vector)


_PLACE_AFTER_I = re.compile(r"\bi\s+([a-zåäö][a-zåäö\-]{3,})(?=\s*(?:[?.!]|$|\s+(?:kommun|län)\b|\s*,))")


# a question of how things stand now: "vem är kontaktperson nu?", "currently"
_NOW_ASKED = re.compile(r"\b(?:nu|just nu|idag|i dag|för närvarande|numera|currently|now|at the moment|right now)\b")
# the label of a table's column of people's names, beside a column of their roles
_NAME_LABELS = frozenset({"namn", "name", "person", "kontakt", "ansvarig", "innehavare", "företrädare"})


def _iso_day(doc) -> str:
    """A document's date when it is a whole ISO day ("2026-11-20"); ""."""
    date = getattr(doc, "date", "") or ""
    return date if re.fullmatch(r"(?:19|20)\d\d-[01]\d-[0-3]\d", date) else ""


# Words that follow "i" in general Swedish and name no place ("i fjol", "i snitt", "i dagsläget").
_NOT_PLACES = frozenset(
    "fjol dag dags morgon kväll natt höstas våras somras vintras höst vår sommar vinter år går förrgår övermorgon morse förmiddags eftermiddags "
    "snitt genomsnitt procent praktiken övrigt stort "
    "helhet kronor antal andel nuläget dagsläget framtiden början slutet mitten tid tiden ordning fråga frågan "
    "samband jämförelse relation förhållande".split()
)


# Endings of inflected Swedish nouns ("procentenheter", "registret", "kronor") that a place name
# typed in lower case seldom has.
# ("listan", "sidan", "kalendern": a definite noun – no municipality ends so; "Vindeln" does in -eln)
_NOUN_ENDING = re.compile(r"(?:er|et|en|ern|or|ar|na|an|ing|het|tal|are)$")


def _own_heading(section: str, title: str, quote: str) -> str:
    """The heading a quote stands under, when it says what the quote is about and the quote does
    not: not the document's title, not a heading the quote repeats, not a long one."""
    parts = [x.strip() for x in section.split(" > ") if x.strip() and fold(x.strip()) != fold(title)] if section else []
    # (the item a recurring sub-heading stands under: "§ 49 Bredbandsstöd … > Beslut")
    parts = parts[1:][-2:] if len(parts) >= 3 else parts[-2:]
    heading = " › ".join(parts)
    if not heading or len(heading) > 120 or fold(" ".join(parts)) in fold(quote):
        return ""
    return heading


class DocumentAnswerer:
    def __init__(
        self,
        index,
        page_texts: dict[str, list[str]],
        documents: dict[str, Document] | None = None,
        weights: Weights | None = None,
        span_embedder: SpanEmbedder | None = None,
        gate: Gate | None | bool = True,
    ):
        """``gate``: True loads the fitted answerability gate (``gate.py``), False or None lets
        every best quote through, or an object with ``passes(features) -> bool``."""
        self.index = index
        self.page_texts = page_texts
        self._folded: dict[str, str] = {}  # document → its title and pages folded (_folded_document)
        self._doc_counties: dict[str, frozenset[str]] = {}  # document → the counties it names (_about_counties)
        self._names_of: dict[str, str] = {}  # document → what it calls itself, folded (_own_names)
        self._whole_texts: dict[str, str] = {}  # document → its pages and passages, folded (whole_text)
        self._initials_cache: dict[str, frozenset[str]] = {}  # acronym → the compounds it abbreviates
        self._nesting: dict[str, bool] = {}  # document → whether its headings nest (_nested)
        self.documents = documents or {}
        self.titles = {k: d.title for k, d in self.documents.items()}
        chunks: list[Chunk] = list(index.chunks)
        self.vocab = Vocabulary(f"{c.section}\n{c.text}" for c in chunks)
        # passages with a meeting's place and time ("Plats och tid: …" on the minutes' first page)
        self._meeting_fields = [c for c in chunks if c.kind == "text" and _MEETING_FIELD.search(c.text)]
        self._by_document: dict[str, list] | None = None  # (built on first use)
        self._page_norm: dict[tuple[str, int], str] = {}
        # (… with the headings and the documents' titles: "SOU 2024:88" may stand only there)
        # (… and the files' names, which users quote: "OECD_regional_GDP_per_capita.csv")
        self.vocabulary = {w for c in chunks for w in words(f"{c.section}\n{c.text}")} | {
            w for t in self.titles.values() if t for w in words(t)
        } | {w for d in self.documents for w in words(Path(d).stem.replace("_", " "))}
        # the initials of the names the base writes out ("Gross Domestic Product" → "gdp"): an
        # acronym the question uses for one of them is known
        self._initialisms = frozenset(
            "".join(w[0] for w in m.group(0).split() if w[0].isupper()).lower()
            for text in [*(f"{c.section}\n{c.text}" for c in chunks), *(t for t in self.titles.values() if t)]
            for m in _CAPITALISED_RUN.finditer(text)
        )
        # Words the documents also write in lower case are ordinary words, not names.
        # (… not in an address: "petra.nystrom@regionsormland.se" writes no ordinary word "petra")
        self.lower_words = {w for c in chunks for w in re.findall(r"\b[a-zåäöéü]{3,}\b", _ADDRESS.sub(" ", c.text))}
        self.proper = proper_nouns([c for c in chunks if c.kind == "text"])
        # names of two words as the documents write them ("karin lindqvist", "jonas lindgren"):
        # a first name and a surname each written somewhere are no person unless written together
        self._name_pairs = frozenset(
            fold(m.group(1) + " " + m.group(2))
            for c in chunks for m in re.finditer(r"(?=\b([A-ZÅÄÖ][a-zåäöéü]+)\s+([A-ZÅÄÖ][a-zåäöéü]+)\b)", f"{c.section}\n{c.text}")
        )
        self._sorted_vocabulary = sorted(self.vocabulary)
        self._reversed_vocabulary = sorted(w[::-1] for w in self.vocabulary)
        self._plain_vocabulary = frozenset(plain(w) for w in self.vocabulary)  # "Skelleftea" typed without å
        self._weights = weights
        self.span_embedder = span_embedder
        self.gate = load_gate() if gate is True else (gate or None)
        self.known = KnownStems(self.vocab)
        self.document_words = self_names(chunks, self.documents, page_texts)
        # Table captions, also printed as lines of the page's text: a caption names what a
        # table gives and gives none of it, so it is never the quote that answers
        self.captions = frozenset(
            _caption_key(c.text.split("\n", 1)[0]) for c in chunks if c.kind == "table" and c.text.strip()
        )
        # what each document is about, as its first lines say ("Beslut om regionalt projektstöd …
        # Projekt: Vätgasklustret Norr"): a sentence of a decision speaks of the project it decides
        # on, named or not (folded)
        firsts: dict[str, str] = {}
        for c in chunks:
            if c.kind == "text" and c.document not in firsts:
                firsts[c.document] = fold(f"{self.titles.get(c.document, '')}\n{c.text[:400]}")
        self.subjects = firsts
        # the senders of e-mail messages, as ingest heads each message ("Meddelande från Mikael Sjöberg, …")
        self.senders = sorted(
            {c.section[len(MESSAGE_HEADING):].split(",")[0].strip() for c in chunks if c.section.startswith(MESSAGE_HEADING)},
            key=len, reverse=True,
        )
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

    def candidates(self, hits) -> list[Span]:
        """The candidate quotes of ``hits`` (table rows as printed on their page)."""
        spans = candidate_spans(hits, page_texts=self.page_texts)
        # (nor is the document's own title a quote: it names what the whole document is about)
        return [
            s for s in spans
            if len(s.units) > 1 or (_caption_key(s.text) not in self.captions and not self._is_title(s))
        ]

    def _is_title(self, s: Span) -> bool:
        title = self.titles.get(s.chunk.document, "")
        return bool(title) and fold(s.text).strip(" .:") == fold(title).strip(" .:")

    def rank(self, q: Question, hits, query_vector: np.ndarray | None = None) -> list[Scored]:
        """Every candidate quote of ``hits`` with its score, best first."""
        spans = self.candidates(hits)
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
        asked = {stem(w) for w in words(fold(q.text))}
        for s, sc in zip(spans, span_cos):
            if _front_matter_field(s, asked):
                continue
            x = span_features(q, s, cos[s.chunk.id], best_cos, sc, best_span_cos, self.titles.get(s.chunk.document, ""))
            score = self.weights.score(x)
            out.append(Scored(s, score, self.weights.probability(score), sc))
        out.sort(key=lambda r: -r.score)
        return out

    # ------------------------------------------------------------------ answering

    def answer(self, question: str, hits=None, context: str = "") -> Answer:
        """Quote the passages that answer ``question``; ``context`` (background of a chatty
        question) is searched with it – and when that finds no answer, the question alone is
        asked: the asker's background ("en dragning om tillsynsmyndigheterna …") may pull the
        search and the ranking towards passages about the background, away from the one that
        answers. ``hits``: search results to use instead of searching."""
        with_context = self._answer(question, hits, context)
        if context and hits is None and not with_context.answered:
            alone = self._answer(question)
            if alone.answered:
                return alone
        return with_context

    def _answer(self, question: str, hits=None, context: str = "") -> Answer:
        # A value the asker only guesses at – "när öppnar servicepunkten? 1 sept?", "vattendagen
        # e 15 mars eller?" – finds, weighs and picks nothing: what the documents say of the
        # thing is found by its own words, and the guess may be what an older document said
        # ("1 sept?" had kept only the quotes naming 1 September: the minutes' plan, not the
        # handbook's day it opened)
        question, said = split_guesses(question)
        defined = answer_definition(question, self.definitions, self.page_of, self.titles)
        if defined is not None:
            return defined
        language = detect_language(question)
        # An English question's capitalised words are mostly English ("Council"), not names.
        missing = self.unknown_names(question) if language == "sv" else []
        # (… but not the place of a case the question imagines: "ett företag i Trosa vill …")
        imagined = _imagined_places(question)
        missing = [m for m in missing if fold(m) not in imagined]
        # (… and its everyday words are searched and weighed by the Swedish words documents write
        # for them: "when is the next meeting" shares no word with "Nästa möte hålls …")
        glossed = english_glosses(question, lambda w: bool(self.vocab.df.get(stem(w)))) if language == "en" else ""
        # (… and two words of it by the compound the documents write: "tar projektet slut" finds "Projektslut")
        joined = " ".join(compounds_asked(question, self.vocab)) if language == "sv" else ""
        query = f"{question} {glossed} {joined} {context}".strip()
        if hits is None:
            hits = self.search(query)
        if missing:
            return self.no_support(question, hits, f"Kunskapsbanken nämner inte {', '.join(missing)}.")
        refs = numbered_refs(question)
        pointed = False  # the question points at a numbered heading the documents have
        if refs:
            # "Vad beslutades under § 61?", "vad står i avsnitt 5.2?": the passages under that
            # numbered heading, whatever else the search ranks higher; a number no heading has
            # is said to be missing
            # (a rule numbered as laws are, "7 § …", opens a line of the passage, not its heading)
            own = {
                c.id for c in self.index.chunks
                if any(ref.search(c.section) or (kind == "law" and ref.search(c.text)) for _, kind, ref in refs)
            }
            if own:
                deep = self.search(query, k=max(SEARCH_DEPTH, 200))
                hits = [h for h in deep if h.chunk.id in own] or hits
                pointed = any(h.chunk.id in own for h in hits)
            elif any(
                (kind == "§" and REF_KINDS[kind].search(c.section)) or (kind == "law" and REF_KINDS[kind].search(c.text))
                for c in self.index.chunks for _, kind, _ in refs
            ):
                # (only a paragraph sign: "kapitel 3" or "punkt 3" may name what no heading numbers)
                said = ", ".join(name for name, _, _ in refs)
                heading = "" if all(kind == "law" for _, kind, _ in refs) else "rubrik "
                return self.no_support(question, hits, f"Dokumenten har ingen {heading}{said}.")
        # "vilka reserverade sig mot medfinansieringen till … Bergslagen?": the passage under
        # the heading "Reservation" of the section about Bergslagen; "vad beslutades i § 45?": the
        # one under "Beslut" of § 45 (the numbered heading pointed at is the matter)
        # (the gate still weighs its quote: a heading named is no proof the quote answers)
        own = self._under_named_heading(question, hits, matter_named=pointed)
        if own:
            hits = own
        part_named = bool(own)
        ranked_question = question
        sender = None if pointed else self._sender_named(question)
        if sender is not None:
            # "vad skrev Mikael Sjöberg om lokalkostnaden?": the messages he sent, read for what
            # they say of the rest – his name is in their heading, not in the sentence that answers
            own = [h for h in self.search(query, k=max(SEARCH_DEPTH, 200)) if h.chunk.section.startswith(f"{MESSAGE_HEADING}{sender}")]
            if own:
                hits = own[:SEARCH_DEPTH]
                # (… and the verb of saying: "skrev", "svarade" frame the question, the quote need not repeat them)
                ranked_question = _SAYING.sub(" ", re.sub(re.escape(sender), " ", question, flags=re.I))
        # (a role's holder for now, where a passage names who holds it for the time being, is
        # read from the quotes – not from a table of roles that names the one now away)
        acting = _NOW_ASKED.search(fold(question)) is not None and any(_acting_role(h.chunk.text, question) for h in hits)
        # (… and the next time something happens is not the day a record's own field gives:
        # "Datum: den 19 mars 2026" of the notes is the meeting they record, not the next one)
        ahead_asked = asked_direction(question) == "future"
        q = ranked = None
        if not pointed and said:
            # (a guessed day checked first: a field of the older document – the plan's "senast den
            # 30 november" – had answered "…, 30 nov?" before any newer quote was weighed, F203-14)
            # (the question and its ranking are kept for the quotes below, when the check settles nothing)
            q = Question.of(f"{ranked_question} {glossed}".strip(), self.vocab, context, self.document_words, language)
            qv = self._query_vector(query)
            ranked = self.rank(q, hits, qv)
            checked = self._checked_guess(said, question, q, ranked, qv)
            if checked is not None:
                return checked
        field = self._numbered_object(question, hits) or self._numbered_item(question, hits) or (
            None if acting or ahead_asked else self._field(question, hits)
        )
        if field is not None:
            return self._with_other_asks(question, field)
        listed = self._numbered_headings(question, hits) or self._section_named(question, hits)
        if listed is not None:
            return listed
        if q is None:
            q = Question.of(f"{ranked_question} {glossed}".strip(), self.vocab, context, self.document_words, language)
        if q.wanted.wants("reason"):
            hits = self._with_reasons_beside(hits)
            ranked = None  # (other passages to rank)
        absent = self.absent_years(q, hits)
        if absent:
            return self.no_support(question, hits, f"Det jag hittar gäller inte {' eller '.join(map(str, absent))}.")
        month = _decision_month(question, q)
        if month is not None:
            # "vad beslutade styrgruppen i september?": the passages of that month – said then, or
            # naming it – not January's minutes (round 229); none, and the month is said missing
            of_month = [h for h in hits if self._of_month(h.chunk, month)]
            if not of_month:
                return self.no_support(question, hits, f"Det jag hittar gäller inte {MONTH_NAMES[month]}.")
            if len(of_month) < len(hits):
                hits, ranked = of_month, None
        if ranked is None:
            qv = self._query_vector(query)
            ranked = self.rank(q, hits, qv)
        if part_named and ranked:
            # "vad beslutade kommunstyrelsen om …?" of the items under "Kommunstyrelsens beslut":
            # the decision is the whole list, not its best-ranked item and two others
            lists = [r for r in ranked if r.span.kind == "list" and r.span.chunk.id == ranked[0].span.chunk.id]
            whole = max(lists, key=lambda r: len(r.span.units), default=None)
            if whole is not None and whole is not ranked[0] and all(u.bullet for u in whole.span.units):
                ranked = [whole, *(r for r in ranked if r is not whole and not r.span.overlaps(whole.span))]
        laws = [ref for _, kind, ref in refs if kind == "law"] if pointed else []
        if laws:
            # "vad säger 7 § …": the quotes of that rule, not the passage's other rules and headings
            own_rule = [r for r in ranked if any(ref.search(r.span.text) for ref in laws)]
            if own_rule:
                ranked = own_rule
        if ranked and any(VALUE_LIST_RE.match(r.span.text) for r in ranked):
            # "Månad (12 värden): januari, februari …": a table's list of its values tells what
            # the table holds, it answers no question; it stays the nearest thing to show
            kept = [r for r in ranked if not VALUE_LIST_RE.match(r.span.text)]
            if not kept:
                return self.no_support(question, hits, nearest=ranked[0], unsure=True)
            ranked = kept
        periods = asked_periods(question)
        if periods and ranked:
            # A question about 2023 (or March 2026) is answered from a passage about that period.
            ranked = [r for r in ranked if self._covers(r.span, periods)]
            if not ranked:
                said = " eller ".join(period_text(p) for p in periods)
                return self.no_support(question, hits, f"Det jag hittar gäller inte {said}.")
        days = asked_days(question)
        if days and ranked:
            # "Vad beslutade utskottet den 22 januari 2026?" is answered from a passage (or a
            # document dated) that names that day – not from another meeting's minutes, which
            # name that month only as the next meeting's
            ranked = [r for r in ranked if self._covers_day(r.span, days)]
            said = " eller ".join(day_text(d) for d in days)
            if not ranked:
                return self.no_support(question, hits, f"Det jag hittar gäller inte {said}.")
            naming = [r for r in ranked if any(mentions_day(r.span.text, d) for d in days)]
            if naming and asked_direction(question) is None and all(
                points_in(f"{r.span.chunk.section}\n{r.span.text}", "future") for r in naming
            ):
                # "… på sammanträdet den 22 januari?" when the documents name that day only as
                # the next meeting's: nothing was recorded from it
                return self.no_support(
                    question, hits, f"Dokumenten nämner {said} bara som ett kommande datum.", nearest=naming[0], unsure=True
                )
            if naming:
                # "sista dag för ärenden till sammanträdet den 22 september?": the calendar's row
                # that names that day, not its first row ("… | Nämndsammanträde: 2026-02-10")
                ranked = naming + [r for r in ranked if r not in naming]
        times = _clock_times(question)
        if times and ranked:
            # "vad sa Anna Ek kl 10.15?": the line of the notes at that time ("10:15 – Anna Ek
            # redogjorde för …"), not the one at 10:00 that names her too
            at = [r for r in ranked if _clock_times(r.span.text) & times]
            if at:
                ranked = at + [r for r in ranked if r not in at]
                pointed = True
        # "När är nästa möte?": the quotes about the next time, before any other choice
        direction = asked_direction(question)
        ahead = [r for r in ranked if points_in(r.span.text, direction)] if direction else []
        floor = 0.0 if pointed else self.weights.floor(language)
        if not ranked:
            return self.no_support(question, hits)
        if ranked[0].probability < floor:
            # below the fitted bar: not answered – but the likeliest quote is shown, in doubt
            # ("Frånvarande: Erik Dahlström, …" at 0.96 under a bar of 0.97 had been a flat "no
            # support" for "vilka var frånvarande på styrgruppsmötet?")
            return self.no_support(question, hits, nearest=ranked[0], unsure=True)
        asked_counties = counties_named(question)
        if asked_counties and not pointed:
            # "vem var föredragande i gotlandsbeslutet?": the quotes of a passage or document about
            # the county asked go first – a likelier quote about another county is no answer
            # (… when it says as much of the question: a passage that merely names the county
            # is no better answer than "not about that county")
            about = [r for r in ranked if self._about_counties(r.span.chunk, asked_counties)]
            if (
                about and about[0] is not ranked[0] and about[0].probability >= floor
                and coverage(q.terms, _context_text(about[0].span)) >= 0.8 * coverage(q.terms, _context_text(ranked[0].span))
            ):
                ranked = about + [r for r in ranked if r not in about]
        if asked_counties and not pointed:
            # "sista ansökningsdag för innovationscheckar i Norrbotten?" of a newsletter about
            # Sörmland's vouchers: the quote is about another county – shown as the nearest, in
            # doubt, never answered as Norrbotten's
            # (… with the document's own organisation: "Region Sörmland" heads a newsletter whose
            # items name no county of their own)
            named = self._counties_of(ranked[0].span.chunk)
            if named and not named & asked_counties:
                return self.no_support(
                    question, hits,
                    f"Det jag hittar gäller {' och '.join(sorted(named))}, inte {' och '.join(sorted(asked_counties))}.",
                    nearest=ranked[0], unsure=True,
                )
        asked_places = [m for m in _municipalities_named(question) if not any(m in c for c in counties_named(question))]
        # (a place that only says where a case someone imagines is – "ett företag i Trosa vill köpa
        # en maskin, går det?" – asks about no rule of that place: the rule that holds answers)
        imagined_places = set(_municipalities_named(" ".join(imagined)))
        asked_places = [m for m in asked_places if m not in imagined_places]
        if asked_places and not pointed:
            # "vad var sysselsättningsgraden i Falun 2024?" of a report on Västernorrland that
            # never names Falun: its table caption is no answer for Falun
            top = ranked[0].span.chunk
            whole = f"{fold(top.section)}\n{fold(top.text)}\n{self._folded_document(top.document)}"
            unnamed = [m for m in asked_places if not says(whole, m, whole=False)]
            if unnamed and len(unnamed) == len(asked_places):
                shown = " och ".join(m[:1].upper() + m[1:] for m in unnamed)
                return self.no_support(question, hits, f"Det jag hittar nämner inte {shown}.", nearest=ranked[0], unsure=True)
        if not pointed and _NATION_ASKED.search(fold(question)):
            # "försörjningskvoten för riket?" of a page that gives "Försörjningskvot länet: 0,78"
            # (its "Visa riket" unticked): the quote is the county's, not the nation's
            # (… or whose "☐ Visa riket" names the nation only as an option not chosen: F196-20)
            top = ranked[0].span.chunk
            quoted = f"{top.section}\n{ranked[0].span.text}"
            said = fold(unchosen_dropped(quoted))
            if not _NATION_ASKED.search(said):
                if re.search(r"\blän(?:et|ets)?\b", said) or counties_named(said):
                    return self.no_support(question, hits, "Det jag hittar gäller länet, inte riket.", nearest=ranked[0], unsure=True)
                if _NATION_ASKED.search(fold(quoted)):
                    return self.no_support(
                        question, hits, "Det jag hittar nämner riket bara som ett val som inte är markerat.", nearest=ranked[0], unsure=True
                    )
        if not pointed and _HOURS_ASKED.search(fold(question)) and not any(_HOUR_SPAN.search(r.span.text) for r in ranked[:3]):
            # "vilka öppettider har lagret?" of quotes about the store that give no hour: the
            # hours are not said – a quote of the store is no answer to when it is open
            return self.no_support(question, hits, "Det jag hittar anger inga tider.", nearest=ranked[0], unsure=True)
        numbered = _numbered_things(question)
        if numbered and not pointed:
            # "responstid prio 2 lessebo?" of the table row of "Prio 1 – Responstider": the same
            # thing under another number is another thing – shown as the nearest, in doubt
            top = ranked[0].span.chunk
            said = fold(f"{top.section}\n{ranked[0].span.text}\n{self.titles.get(top.document, '')}")
            other = [(w, n) for w, n in numbered if (got := _numbers_of(said, w)) and n not in got]
            if other:
                w, n = other[0]
                return self.no_support(question, hits, f"Det jag hittar gäller inte {w} {n}.", nearest=ranked[0], unsure=True)
        hard = HARD_KINDS & q.wanted.kinds
        if "date" in hard and _WHEN_ALLOWED.search(fold(question)):
            # "När får Arbetsförmedlingen häva avtalet?": when it may, i.e. on what condition ("har en
            # leverantör fått tre påpekanden …") – a day is one answer of several, not the only one
            # (the follow-up report's own "Datum: 2026-09-25" had been the answer)
            hard = hard - {"date"}
        if "money" in hard:
            hard = frozenset({"money"})  # "Vad kostar …?" is not answered by a head count
        if hard:
            # "Hur många anställda har Delmi?" is answered by a sentence that gives a figure
            # for Delmi – not by IAF's figure in the sentence next to it.
            entities = self._known_entities(question)
            contact = "name" in hard and bool(_CONTACT_ASKED.search(fold(question)))
            names = _written_together(question, entities)
            ranked = [r for r in ranked if self._gives(r.span, hard, entities, contact, names)]
            if not ranked or ranked[0].probability < floor:
                return self.no_support(question, hits, self._missing_kind_reason(hard, entities))
            if hard == {"name"}:
                saying = _saying_the_verb(q, ranked, entities)
                if saying is not None:
                    # "vem fattade beslutet om …?": the likeliest quote names the thing, another one
                    # says the deed and who did it – shown as the nearest, in doubt, not answered past
                    return self.no_support(question, hits, nearest=saying, unsure=True)
        confidence = None
        if self.gate is not None and not pointed:
            cosine = next((h.cosine for h in hits if h.chunk.id == ranked[0].span.chunk.id), 0.0)
            x = gate_features(q, ranked, self.vocab, self.known, cosine, language == "en", self.titles.get(ranked[0].span.chunk.document, ""))
            probability = getattr(self.gate, "probability", None)
            confidence = probability(x) if probability is not None else None
            if not self.gate.passes(x):
                near = confidence is not None and confidence >= UNSURE_FROM
                return self.no_support(question, hits, nearest=ranked[0], unsure=near)
        if q.wanted.years and q.wanted.wants("date") and not (q.wanted.wants("number") or q.wanted.wants("money")) and not ahead:
            # "När är nämndens första sammanträde 2027?": the day the quote gives is in another
            # year ("budget 2027 behandlas vid sammanträdet den 20 oktober 2026") – it says when
            # something else happens, shown as the nearest, in doubt, never as the day asked
            # (… unless the quote writes the year beside the thing the question dates with it:
            # "budget 2027 behandlas den 20 oktober 2026" answers "när behandlas budget 2027?")
            given = years_in(key_phrase(ranked[0].span.text, q, self.lower_words))
            if given and not given & q.wanted.years and not _year_of_same_thing(question, ranked[0].span.text, q.wanted.years):
                said = " eller ".join(map(str, sorted(q.wanted.years)))
                return self.no_support(question, hits, f"Det jag hittar anger inget datum under {said}.", nearest=ranked[0], unsure=True)
        if (
            q.wanted.years and (q.wanted.wants("number") or q.wanted.wants("money") or names_a_rate(question)) and not ahead
            and _year_only_compared(ranked[0].span.text, q.wanted.years)
        ):
            # "vad låg arbetslösheten i Trollhättan på i september 2023?" of "Där var 11,2 procent …
            # i september, en ökning med 0,9 procentenheter jämfört med samma månad 2023": the
            # figure is of another time, the year asked only what it is compared with
            said = " eller ".join(map(str, sorted(q.wanted.years)))
            return self.no_support(
                question, hits, f"Siffran jag hittar gäller inte {said} – {said} nämns bara som jämförelse.", nearest=ranked[0], unsure=True
            )
        if ahead:
            # "När är nästa möte?" is answered by the quote about the next one – not by the
            # date of the meeting the notes record; one that names less of the question than
            # the others did is shown as the nearest, in doubt
            named_ahead = _same_next_thing(question, ahead[0])
            if ahead[0].probability < floor and not named_ahead:
                return self.no_support(question, hits, nearest=ahead[0], unsure=True)
            ranked = ahead
        if q.wanted.wants("reason") and ranked and not _gives_reason(ranked[0]):
            # "varför fick X avslag?": the decision is found by the question's words; the reason
            # given for it (in words or under a heading that says so) in the same document leads,
            # the decision after it
            # (of the same matter: the same passage, or a heading beside or under the decision's)
            top = ranked[0].span.chunk
            matter = top.section.rsplit(" > ", 1)[0] if " > " in top.section else top.section
            why = next((
                r for r in ranked[1:6] if _gives_reason(r) and r.span.chunk.document == top.document
                and not r.span.overlaps(ranked[0].span)
                and (r.span.chunk.id == top.id or (matter and r.span.chunk.section.startswith(matter + " > ")))
            ), None)
            if why is not None:
                ranked = [why, ranked[0], *(r for r in ranked[1:] if r is not why)]
        if "name" in q.wanted.kinds and (acting := _acting_holder(question, ranked, floor)) is not None:
            # "vem är projektledare just nu?" of "Projektledaren Lina Fransson är föräldraledig …"
            # beside "Mikael Sundberg är tillförordnad projektledare …": who holds the role now
            ranked = [acting, *(r for r in ranked if r is not acting)]
        first = original_asked(question)
        if not first and (corrected := self._corrected_in_text(q, ranked, floor)) is not None:
            # "… i stället 2 november …" beside "Uppdaterat 8 oktober: … 9 november 2026, inte 2
            # november som vi först skrev": the text's own correction leads (F217-04)
            ranked = [corrected, *(r for r in ranked if r is not corrected)]
        other = self._dated_says_otherwise(q, ranked, floor, first) or self._newer_list(question, ranked, first)
        if other is not None and _DAY_ASKED.search(fold(question)) and not key_phrase(other.span.text, q, self.lower_words):
            # "vilket datum öppnar Burgsvik?" when the newest document puts the opening off to a
            # year and no day: the day asked is not given – the older day is no longer it
            year = _year_put_off(other.span.text, q, key_phrase(ranked[0].span.text, q, self.lower_words))
            return self.no_support(question, hits, f"Det nyaste jag hittar anger bara året {year}, ingen dag.", nearest=other, unsure=True)
        if other is not None:
            answer = self._dated_first(question, q, other, ranked[0], first)
        elif not first and (exact := self._day_within(q, ranked)) is not None:
            answer = self._vague_with_day(question, q, ranked[0], *exact)
        else:
            answer = self.compose(question, q, rows_of_the_asked_numbers(question, self.choose(ranked, floor)))
        answer.confidence = confidence
        return answer

    def _corrected_in_text(self, q: Question, ranked: list[Scored], floor: float) -> Scored | None:
        """A quote among those the ranker would show beside the best that gives another value and
        says the best quote's is not it ("9 november 2026, inte 2 november som vi först skrev",
        "… i stället för 2 november"): the documents correct themselves, and the correction holds."""
        if not ranked:
            return None
        value = key_phrase(ranked[0].span.text, q, self.lower_words)
        if not value:
            return None
        said = re.escape(fold(value))
        negated = re.compile(rf"\b(?:inte|ej|inte längre|i stället för|istället för|inte som tidigare)\s+(?:den\s+)?{said}")
        bar = max(floor, self.weights.meta.get("extra_ratio", 0.8) * ranked[0].probability)
        for r in ranked[1:SEARCH_DEPTH]:
            if r.probability < bar:
                break
            other = key_phrase(r.span.text, q, self.lower_words)
            if other and fold(other) != fold(value) and negated.search(fold(r.span.text)):
                return r
        return None

    def _dated_says_otherwise(self, q: Question, ranked: list[Scored], floor: float, first: bool) -> Scored | None:
        """A quote of a newer document that gives another date, name or figure for the same thing
        as the best quote ("slutrapport senast 2027-12-15" of an agreement, "Slutrapporten lämnas
        2028-09-30" of a later poster): the documents update each other, and what the newer one
        says is what holds – or, when the question asks what held first ("från början"), an
        older document's quote. The same thing: the question's term nearest the value is the
        same in both quotes. Only among the quotes the ranker would show beside the best
        (``choose``'s bar). ``first``: the question asks what held first."""
        if not ranked:
            return None
        top = ranked[0]
        value = key_phrase(top.span.text, q, self.lower_words)
        if not value and q.wanted.wants("name") and (asked := asking_part(q.text)) != q.text:
            # "vem är ordförande …, birgitta nyström fortfarande?": the name the asker believes
            # is the best quote's name, which a newer document may give otherwise ("välja Erik
            # Sandström … till ordförande")
            q = replace(q, text=asked)
            value = key_phrase(top.span.text, q, self.lower_words)
        day = _iso_day(self.documents.get(top.span.chunk.document))
        if not value or not day:
            return None
        about = term_beside(top.span.text, value, q)
        if about is None:
            return None
        # (a deadline is not overruled by the day a thing was done: "lämnas senast den 30 november"
        # by "lägesrapporten … skickades den 2 oktober", F203-14 – but by "Slutrapporten lämnas
        # 2028-09-30" it is)
        due = _deadline_at(top.span.text, top.span.text.find(value))
        bar = max(floor, self.weights.meta.get("extra_ratio", 0.8) * top.probability)
        best, best_day = None, day
        for r in ranked[1:SEARCH_DEPTH]:
            if r.probability < bar:
                break
            doc = r.span.chunk.document
            other_day = _iso_day(self.documents.get(doc))
            if doc == top.span.chunk.document or not other_day or (other_day >= best_day if first else other_day <= best_day):
                continue
            other = key_phrase(r.span.text, q, self.lower_words) or _year_put_off(r.span.text, q, value)
            if not other or fold(other) == fold(value) or term_beside(r.span.text, other, q) != about:
                continue
            if _in_question(r.span.text, r.span.text.find(other)):
                continue  # (a newer document's question states nothing)
            if due and _done_at(r.span.text, r.span.text.find(other)):
                continue
            best, best_day = r, other_day
        return best

    def _day_within(self, q: Question, ranked: list[Scored]) -> tuple[Scored, tuple[int, int, int]] | None:
        """For "när …?" whose best quote gives a time without a day ("Fårösund – Öppnar våren
        2028"), a quote of another document that gives a day within it for the same thing
        ("Ort: Fårösund | … | Planerad öppning: 17 april 2028", an older timetable): the day asked
        is there, and the newer text agrees with it (round 225 had answered "våren 2028" alone).
        The same thing: the quote names every name of the question the best quote names. Only a
        sentence or a row, likelier to answer than not, whose own date (the one nearest the
        question's words) is one day in that time: that quote and its day; None otherwise."""
        if not ranked or not q.wanted.wants("date"):
            return None
        top = ranked[0]
        vague = vague_time(top.span.text)
        if vague is None:
            return None
        year, lo, hi = vague[1]
        named = [e for e in q.entities if fold(e) in fold(top.span.text)]
        if not named:
            return None
        for r in ranked[1 : 3 * SEARCH_DEPTH]:
            if r.probability < 0.5 or r.span.kind == "list" or r.span.chunk.document == top.span.chunk.document:
                continue
            if not all(fold(e) in fold(r.span.text) for e in named):
                continue
            days = set(precise_days(key_phrase(r.span.text, q, self.lower_words)))
            if len(days) == 1 and (d := next(iter(days)))[0] == year and lo <= d[1] <= hi:
                return r, d
        return None

    def _vague_with_day(self, question: str, q: Question, best: Scored, exact: Scored, day: tuple[int, int, int]) -> Answer:
        """The day another document gives (``_day_within``) as the answer, with the newest quote's
        time it agrees with, both quoted – and a word that the newer one no longer gives the day."""
        answer = self.compose(question, q, [exact, best])

        def dated(s: Scored) -> str:
            doc = s.span.chunk.document
            when = _iso_day(self.documents.get(doc))
            return f"*{self.titles.get(doc) or doc}*" + (f" ({when})" if when else "")

        vague = vague_time(best.span.text)[0]
        head = (
            f"**{day_text(day)}** – enligt {dated(exact)} [1]. Det nyaste jag hittar, {dated(best)}, anger bara ”{vague}” [2], "
            f"vilket stämmer med den dagen – men där står ingen dag, så kontrollera att den inte har ändrats."
        )
        answer.answer = head + "\n\n" + answer.answer.split("\n\n", 1)[1]
        answer.confidence = min(best.probability, exact.probability)
        return answer

    def _newer_list(self, question: str, ranked: list[Scored], first: bool) -> Scored | None:
        """A newer document's list of the municipalities the best quote lists ("vilka kommuner är
        med?" of a plan's "Pilotkommuner … är de fem kommunerna Flen, Gnesta, …" and the later
        minutes' "Pilotkommuner därefter: Flen, Gnesta, …, Oxelösund, …"): the documents update
        each other, and the newest list is what holds – or the oldest, when the question asks
        what held first. The same list: it names half of the best quote's places at least (two or
        more), and not the same set. Only quotes the ranker finds more likely to answer than not,
        among those the search read – not only those clearing the floor a quote answering on its
        own must clear: the list is vouched for by the best quote's places (round 211's newsletter
        list stood at 0.91 under a floor of 0.97)."""
        if listed_noun(question) is None or not ranked:
            return None
        top = ranked[0]
        listed = set(_municipalities_named(top.span.text))
        day = self._said_on(top.span.chunk)
        if len(listed) < 2 or not day:
            return None
        found: list[tuple[str, Scored]] = []
        for r in ranked[1:SEARCH_DEPTH]:
            if r.probability < 0.5:
                continue
            other_day = self._said_on(r.span.chunk)
            if not other_day or (other_day >= day if first else other_day <= day):
                continue
            names = set(_municipalities_named(r.span.text))
            if len(names) >= 2 and len(names & listed) >= max(2, (len(listed) + 1) // 2) and names != listed:
                found.append((other_day, r))
        if not found:
            return None
        # (the newest list, or the oldest when what held first is asked; of one day, the likeliest)
        if first:
            return min(found, key=lambda f: (f[0], -f[1].probability))[1]
        return max(found, key=lambda f: (f[0], f[1].probability))[1]

    def _checked_guess(self, said: str, question: str, q: Question, ranked: list[Scored], qv) -> Answer | None:
        """A day or month the asker believes ("Projektet slutar 30 juni 2028 va?", "var det 15
        april?") that an older document gives for the thing while a newer one gives another day
        for the same thing (the question's term nearest each date is the same): the newer quote
        is the answer, said to differ from the guess, with the older quote beside it. None when no
        quote states the guess, or no newer one says otherwise – the question is answered as any.
        ``said``: the guessed values as the question writes them ("30 juni 2028")."""
        days = asked_days(said)
        periods = [p for p in asked_periods(said) if p[1]] if not days else []
        if not days and not periods:
            return None

        def states(text: str) -> bool:
            return any(mentions_day(text, d) for d in days) or any(mentions_period(text, p) for p in periods)

        def stating(r: Scored) -> str:
            # (the quote, or the heading it stands under: "Spara datumet: slutkonferens 19 oktober
            # 2028" over "Projektets slutkonferens hålls på Falkenbergs stadsbibliotek")
            if states(r.span.text):
                return r.span.text
            heading = r.span.chunk.section.split(" > ")[-1]
            return heading if not heading.startswith(MESSAGE_HEADING) and states(heading) else ""

        def oldest_stating(quotes: list[Scored]) -> Scored | None:
            # (of the quotes that state the guess, the oldest document's: a newer one may name the
            # guess only to correct it – "I nulägesrapporten … stod att Ekshärad invigs 7 september")
            said_so = [r for r in quotes if stating(r) and self._said_on(r.span.chunk)]
            return min(said_so, key=lambda r: self._said_on(r.span.chunk), default=None)

        pool = list(ranked[:SEARCH_DEPTH])
        old = oldest_stating(pool)
        if old is None:
            # (the guess is what an older document says: searched for with it)
            pool += self.rank(q, self.search(f"{question} {said}"), qv)[:SEARCH_DEPTH]
            old = oldest_stating(pool)
        old_day = self._said_on(old.span.chunk) if old is not None else None
        if old is None or not old_day:
            return None
        old_text = stating(old)
        found = next((m for m in DATE_RE.finditer(old_text) if states(m.group(0))), None)
        # (… the thing a compound names by its first part too: "Projektperioden" is the project's)
        about = (term_beside(old_text, found.group(0), q) or term_beside(old_text, found.group(0), q, parts=True)) if found else None
        if about is None:
            return None
        # (… nor is a deadline overruled by the day something was done: "senast den 30 november" by
        # the day a report "skickades den 2 oktober")
        deadline = _deadline_at(old_text, found.start())
        best, best_key, best_days = None, None, []
        for r in pool:
            day = self._said_on(r.span.chunk)
            if not day or day <= old_day:
                continue
            # (a day in a question – "Gäller fortfarande 7 oktober för kickoffen?" of a newer mail
            # – states nothing)
            # (… nor does a send log's stamp: "#6 Skickat 2027-05-04 10:00" is when a text went)
            stamps = list(TIMESTAMP.finditer(r.span.text))
            dates = [
                m for m in DATE_RE.finditer(r.span.text)
                if not _in_question(r.span.text, m.start()) and not any(s.start() < m.start() < s.end() for s in stamps)
            ]
            said_at = next((m.end() for m in dates if states(m.group(0))), None)
            others = [
                m.group(0) for m in dates
                if not states(m.group(0)) and not (deadline and _done_at(r.span.text, m.start()))
                # (… nor the day of the older message itself, which the newer one names to say
                # which it corrects: "RÄTTELSE till mitt mejl den 6 maj")
                and not any(mentions_day(m.group(0), d) for d in asked_days(old_day)) and (
                    same_thing_dated(old_text, found.group(0), r.span.text, m.group(0), q, r.span.chunk.text)
                    # (… or the day a correction of the guess gives after it: "… stod att Ekshärad
                    # invigs 7 september 2026. Rätt datum är måndag 14 september 2026")
                    or (said_at is not None and m.start() > said_at and _CORRECTED.search(fold(r.span.text[said_at:m.start()])))
                )
            ]
            if others:
                key = (day, r.probability)
                if best_key is None or key > best_key:
                    best, best_key, best_days = r, key, others
        if best is None:
            return None
        # (a day that differs is the answer's key, not any day its quote names: "Först en RÄTTELSE
        # till mitt mejl den 6 maj: sista ansökningsdag … är förlängd till 14 juni 2027" – the one
        # the question's words point to, among a list's rows)
        named = key_phrase(best.span.text, q, self.lower_words)
        answer = self.compose(question, q, [best, old], key=next((d for d in best_days if named and (d in named or named in d)), best_days[0]))

        def dated(s: Scored) -> str:
            doc, section = s.span.chunk.document, s.span.chunk.section.split(" > ")[0]
            if section.startswith(MESSAGE_HEADING) and best.span.chunk.document == old.span.chunk.document:
                # (two messages of one thread: which message, not which document)
                return f"meddelandet från {section[len(MESSAGE_HEADING):]} i *{self.titles.get(doc) or doc}*"
            return f"*{self.titles.get(doc) or doc}* ({self._said_on(s.span.chunk)})"

        under = f", under rubriken ”{old_text}”" if old_text != old.span.text else ""
        answer.answer = (
            f"{answer.answer}\n\nDet du skriver, {said}, står i det äldre {dated(old)}{under} [2]; det nyare, {dated(best)}, "
            "anger något annat [1] – det bör vara det som gäller nu."
        )
        return answer

    def _of_month(self, chunk: Chunk, month: int) -> bool:
        """Was a passage said in ``month``, or does its heading name the month, or its text a
        decision in it ("… besluten från styrgruppsmötet … den 17 september")? A deadline in
        the month ("senast den 31 december") is no decision taken then."""
        day = self._said_on(chunk)
        if day and len(day) >= 7 and int(day[5:7]) == month:
            return True

        def names(text: str) -> list[int]:
            return [m.start() for m in re.finditer(r"[a-zåäö]{3,}", text) if MONTHS.get(m.group(0)) == month] + [
                m.start() for m in re.finditer(r"\b(?:19|20)\d\d-(0[1-9]|1[0-2])-\d\d\b", text) if int(m.group(1)) == month
            ]

        if names(fold(chunk.section)):
            return True
        text = fold(chunk.text)
        return any(_DECIDED_NEAR.search(text[max(0, i - 80): i + 20]) for i in names(text))

    def _said_on(self, chunk: Chunk) -> str:
        """The day a passage was said: its message's, in a thread whose messages are dated
        ("Meddelande från Elin Sandgren, 2027-05-19 16:20" – a digest's correction is newer than
        the message it corrects), else its document's ISO day; ""."""
        if chunk.section.startswith(MESSAGE_HEADING) and (day := date_in([chunk.section.split(" > ")[0]], whole_day=True)):
            return day  # ("…, 2027-05-19 16:20", "…, den 6 november 2025 08:47")
        return _iso_day(self.documents.get(chunk.document))

    def _dated_first(self, question: str, q: Question, chosen: Scored, best: Scored, first: bool) -> Answer:
        """The quote of the document asked for – the newer, or the older when the question asks
        what held first – as the answer, the best-ranked quote after it, both dated."""
        answer = self.compose(question, q, [chosen, best])

        def dated(s: Scored) -> str:
            doc = s.span.chunk.document
            return f"*{self.titles.get(doc) or doc}* ({_iso_day(self.documents.get(doc))})"

        # (what the other quote says is not restated: its value may be another thing's)
        said = (
            f"det äldre, {dated(chosen)} – frågan gäller hur det var från början; det nyare, {dated(best)}"
            if first else f"det nyare, {dated(chosen)}; det äldre, {dated(best)}"
        )
        answer.answer = f"{answer.answer}\n\nDokumenten svarar olika. Svaret bygger på {said}, anger något annat [2]."
        return answer

    def _counties_of(self, chunk) -> frozenset[str]:
        """The counties a passage names, with its document's title and organisation."""
        doc = self.documents.get(chunk.document)
        return frozenset(counties_named(f"{self.titles.get(chunk.document, '')}\n{doc.organisation if doc else ''}\n{chunk.section}\n{chunk.text}"))

    def _about_counties(self, chunk, counties: set[str]) -> bool:
        """Does the passage – else its document, when the passage names no county – speak of one
        of ``counties``?"""
        named = self._counties_of(chunk)
        if named:
            return bool(named & counties)
        if chunk.document not in self._doc_counties:
            self._doc_counties[chunk.document] = frozenset(counties_named(self._folded_document(chunk.document)))
        return bool(self._doc_counties[chunk.document] & counties)

    def _folded_document(self, document: str) -> str:
        """A document's title and pages, folded – once per document, not once per question."""
        if document not in self._folded:
            self._folded[document] = fold(" ".join([self.titles.get(document, ""), *(self.page_texts.get(document) or [])]))
        return self._folded[document]

    def _under_named_heading(self, question: str, hits, matter_named: bool = False) -> list:
        """The passages among the best hits whose own heading is one word the question says in
        another form ("reserverade" – "Reservation", "villkoren" – "Villkor") and whose section
        path above it holds another of its words (the matter the heading stands under – or any,
        when ``matter_named``: the hits are already those of a numbered heading the question
        points at); [] when no heading is named so."""
        asked = [w for w in words(fold(question)) if len(w) >= 4 and w not in STOPWORDS]
        out = []
        for h in hits[:SEARCH_DEPTH]:
            c = h.chunk
            parts = c.section.split(" > ") if c.section else []
            leaf = fold(parts[-1]).strip() if parts else ""
            # (a body's part is the part: "Kommunstyrelsens beslut" is a "Beslut" – but "Sammandrag
            # utsatta grupper" is a topic, no part of a matter)
            ws = leaf.split()
            head = ws[-1] if len(ws) == 1 or (len(ws) == 2 and ws[0].endswith("s")) else ""
            if c.kind != "text" or len(head) < 6 or len(parts) < 2:
                continue
            # (in another form: a heading the question writes as it stands – "Arbetsförmedlingen" –
            # is a topic among others, not the part of a matter asked for)
            naming = [w for w in asked if w != head and same_word(w, head)]
            if not naming:
                continue
            around = fold(" ".join(parts[:-1]))
            if matter_named or any(w not in naming and re.search(rf"\b{re.escape(w[:max(4, len(w) - 3)])}", around) for w in asked):
                # (how much the heading adds to the word: "Beslut" 0 for "beslutades", the compound
                # "Beslutsgång" 5 – the heading that is the word itself wins)
                out.append((min(len(head) - len(commonprefix((w, head))) for w in naming), h))
        best = min((tail for tail, _ in out), default=0)
        return [h for tail, h in out if tail == best]

    def _sender_named(self, question: str) -> str | None:
        """The sender of an e-mail message of the base ("Meddelande från Mikael Sjöberg, …") that
        the question names whole, in any case; None when it names none."""
        folded = fold(question)
        for name in self.senders:
            if says(folded, fold(name)):
                return name
        return None

    def _with_other_asks(self, question: str, field: Answer) -> Answer:
        """"vem skrev under beslutet och vilket diarienummer har det?": a field answers one of the
        asks; each other ask ("vem skrev under beslutet") is answered on its own and added – or
        said to be unanswered, so that half an answer never passes for the whole."""
        parts = [x.strip(" ,?") for x in _SECOND_ASK.split(latest_question(question)) if x.strip(" ,?")]
        if len(parts) < 2:
            return field
        quoted = fold(field.citations[0].text) if field.citations else ""
        joined = quoted.replace(" ", "")  # ("totalbudgeten" of "Total budget: …")
        text, citations = field.answer, list(field.citations)
        for k, part in enumerate(parts):
            if _FIELD_ASK.search(fold(part)) and any(w in quoted or stem(w) in joined for w in words(fold(part)) if len(w) >= 6):
                continue  # the field's own ask
            if k and re.match(r"\s*(?:när|when)\b", fold(part)) and field.citations and " | " in field.citations[0].text and carries(quoted)["date"]:
                continue  # ("… och när ska den vara klar?" of the row "… | Ansvarig: Ali Hassan | Klart senast: 15 juni 2027")
            # (the other asks speak of what the first named: "… totalbudgeten för
            # kompetensprojektet i Norrbotten, och hur mycket söker de från regionen?")
            other = self._answer(part + "?", context=parts[0] if k else "")
            if other.answered and other.citations and field.citations and other.citations[0].text == field.citations[0].text:
                continue  # (the field itself again: "när stänger utlysningen …" was the field's own ask)
            if not other.answered:
                text += f"\n\nPå resten av frågan (”{part}”) hittar jag inget säkert svar i dokumenten."
                continue
            shift = len(citations)
            body = re.sub(r"\[(\d+)\]", lambda m, k=shift: f"[{int(m.group(1)) + k}]", other.answer)
            text += f"\n\n{body}"
            citations += [replace(c, n=c.n + shift) for c in other.citations]
        return replace(field, answer=text, citations=citations)

    def _numbered_object(self, question: str, hits) -> Answer | None:
        """"vad visar figur 3 i analysen?": the caption of that figure (table, appendix, map) as the
        documents print it ("Figur 3. Andel arbetsgivare som rekryterat utan att hitta rätt
        kompetens, per län 2025 (procent)"), in the document the search ranks first."""
        m = _OBJECT_ASK.search(fold(latest_question(question)))
        if m is None or _ASKS_WITHIN.match(fold(latest_question(question))):
            # ("which municipality had the highest unemployment in Diagram 1?" asks what the
            # figure shows of one row, which its caption does not say)
            return None
        word, number = {"figure": "figur", "appendix": "bilaga", "footnote": "fotnot"}.get(m.group(1), m.group(1)), m.group(2)
        if word == "fotnot":
            # "vad står i fotnot 2?": the note printed under its superscript ("² Bedömningen bygger på …")
            mark = "".join(_SUPERSCRIPTS[int(d)] for d in number)
            # (after a space or at a line's start: the mark right after a word or a full stop –
            # "vården.²" – is the reference to the note, not the note)
            rx = re.compile(rf"(?:^|(?<=\s)){mark}(?![{''.join(_SUPERSCRIPTS)}])[ \t]*([A-ZÅÄÖ][^\n]{{4,300}})", re.M)
        else:
            rx = re.compile(rf"(?<![\w-]){re.escape(word)}\s+{number}(?!\d)\.?:?\s+([A-ZÅÄÖ][^.]{{4,200}}?(?:\)|\.|$))", re.I | re.M)
        found: dict[str, tuple[Chunk, str]] = {}
        for c in self.index.chunks:
            if c.kind != "text":
                continue
            x = rx.search(c.text)
            if x is not None:
                found.setdefault(c.document, (c, x.group(0).strip()))
        if not found:
            return None
        c, caption = _first_searched(found, hits)
        return self._field_answer(question, c, caption, f"{word.capitalize()} {number}")

    def _numbered_item(self, question: str, hits) -> Answer | None:
        """"vad innebär rekommendation 2.1?", "vad säger åtgärd 3.2 i planen?": the line of the
        documents that opens with that kind's word and that number of two levels or more
        ("Rekommendation 2.1 Etablera ett branschråd …"), quoted with its page – the word as the
        documents write it or one typing slip from it ("rekomendation"). In the document the
        search ranks first when several number their items alike; None when no line is numbered so."""
        m = _ITEM_ASK.search(latest_question(question))
        if m is None:
            return None
        word, number = fold(m.group(1)), m.group(2)
        if word in STOPWORDS or word in MONTHS:
            return None
        line_re = re.compile(rf"(?:^|\n)\s*([A-ZÅÄÖa-zåäö]{{3,}})\s+{re.escape(number)}(?![\d.]\d)\.?\s+(\S[^\n]*)")
        found: dict[str, tuple[Chunk, str]] = {}
        for c in self.index.chunks:
            if c.kind != "text" or number not in c.text:
                continue
            for x in line_re.finditer(c.text):
                w = fold(x.group(1))
                if w == word or (len(word) >= 6 and (OSA.distance(w, word, score_cutoff=1) <= 1 or stem(w) == stem(word))):
                    found.setdefault(c.document, (c, x.group(0).strip()))
        if not found:
            return None
        c, line = _first_searched(found, hits)
        label = line.split(number, 1)[0] + number
        return self._field_answer(question, c, line, label.strip())

    def _numbered_headings(self, question: str, hits) -> Answer | None:
        """"vilka mål har verksamhetsplanen?" of a plan whose headings are "Mål 1 Fler i arbete",
        "Mål 2 …": the headings numbered by the noun the question lists, in the document the
        search ranks first among those that have two or more of them – each with its section's
        first sentence and its page. None when the question lists nothing or no document
        numbers its headings by that noun."""
        noun = listed_noun(latest_question(question))
        if noun is None:
            return None
        found: dict[str, dict[int, Chunk]] = {}
        for c in self.index.chunks:
            if c.kind != "text":
                continue
            parts = c.section.split(" > ")
            m = _NUMBERED_HEADING.match(parts[-1].strip())
            if m and stem(fold(m.group(1))) == noun:
                found.setdefault(c.document, {}).setdefault(int(m.group(2)), c)
        found = {d: n for d, n in found.items() if len(n) >= 2}
        if not found:
            return None
        order = [h.chunk.document for h in hits if h.chunk.document in found]
        if not order or order[0] not in {h.chunk.document for h in hits[:3]}:
            # "vilka steg … innan jag köper in under direktupphandlingsgränsen?": the only document
            # with "Steg 1" … headings (a wage-subsidy routine) is no answer when the search finds
            # the question's subject elsewhere (a purchasing checklist)
            return None
        document = order[0]
        # "vilka mål har planen för 2026?": the document or the headings' parents say the year
        said = f"{self.titles.get(document, '')} {document} " + " ".join(c.section for c in found[document].values())
        if any(y not in said for y in re.findall(r"\b(?:19|20)\d{2}\b", question)):
            return None
        citations: list[Citation] = []
        items: list[str] = []
        for number in sorted(found[document]):
            c = found[document][number]
            heading = c.section.split(" > ")[-1].strip()
            page, ok = self.page_of(document, heading, c.page_start, c.page_end)
            first = re.split(r"(?<=[.!?])\s+", c.text.strip(), maxsplit=1)[0].strip()
            n = len(citations) + 1
            citations.append(Citation(n, document, page, heading, c.section, c.text, ok))
            items.append(f"- **{heading}**" + (f" – {first}" if first and first != heading else "") + f" [{n}]")
        parent = " > ".join(citations[0].section.split(" > ")[:-1])
        title = self.titles.get(document) or document
        head = f"Enligt *{title}*" + (f" (under ”{parent}”)" if parent else "") + f" finns {len(items)}:"
        return Answer(question, True, Route.DOCUMENTS, head + "\n\n" + "\n".join(items), citations=citations)

    def _section_named(self, question: str, hits) -> Answer | None:
        """"Vad står under rubriken Kända problem i överlämningen?", "vilka krav ställs på …?" of a
        section headed "Krav" that is a list: the section the question names by its heading – each
        word of the heading (its numbering aside) among the question's – quoted whole as its
        items, from the passage the search ranks first among such. Only for a question that points
        at a heading ("under rubriken", "avsnittet") or lists the heading's own noun, and only a
        passage of bullets for the latter (a heading over prose is answered by its sentences)."""
        latest = latest_question(question)
        folded = fold(latest)
        pointed = bool(_POINTS_AT_SECTION.search(folded))
        noun = listed_noun(latest)
        if not pointed and noun is None:
            return None
        asked = {stem(w) for w in words(folded)} | {fold(w) for w in words(folded)}
        # (a heading's word closing a compound of the question's: "stödet" in "investeringsstödet")
        tails = [fold(w) for w in words(folded) if len(w) >= 8]
        # (the names the question gives – "Näringslivsdata Kronoberg" – are the document's: a
        # heading "Krav" of another document's passage is no answer)
        names = names_written(latest, shortest=3)
        for h in hits[:SEARCH_DEPTH]:
            c = h.chunk
            # (a section of its own – a board's lane "Klart" under no title heading – names one
            # too; the document's title heading does not)
            if c.kind != "text" or not c.section or (
                " > " not in c.section and (fold(c.section) == fold(self.titles.get(c.document, "")) or self._nested(c.document))
            ):
                continue
            about = fold(f"{self.titles.get(c.document, '')} {c.document} {c.section} {c.text}")
            # (… named anywhere in that document: a decision names its recipient on its first
            # page, the conditions on the next)
            if not all(n in about or n in self.whole_text(c.document) for n in names):
                continue
            heading = _HEADING_NUMBER.sub("", c.section.split(" > ")[-1]).strip()
            hw = [w for w in words(fold(heading)) if w not in STOPWORDS]
            # ("vilka uppgifter är redan klara?" of a board's lane "Klart": the heading is what
            # the question says of its noun – its words after the noun – not the noun itself)
            said_of = bool(hw) and noun is not None and not pointed and _said_of_noun(folded, noun, hw)
            if not hw or len(hw) > 4 or not (said_of or all(stem(w) in asked or w in asked or any(t.endswith(w) for t in tails if len(w) >= 4) for w in hw)):
                continue
            # (the section's passages in order: a list of nine conditions fills three)
            run = self._section_chunks(c)
            lines = [ln.strip() for x in run for ln in x.text.splitlines() if ln.strip()]
            bullets = [ln for ln in lines if _BULLET_LINE.match(ln) or CODED_ITEM.match(ln)]
            if not pointed and ((noun not in {stem(w) for w in hw} and not said_of) or len(bullets) < 2 or len(bullets) < 0.6 * len(lines)):
                continue
            items = [_item_text(_BULLET_LINE.sub("", ln)) for ln in lines][:MAX_SECTION_ITEMS]
            page, ok = self.page_of(c.document, _BULLET_LINE.sub("", lines[0]), c.page_start, c.page_end)
            title = self.titles.get(c.document) or c.document
            where = f"*{title}*" + (f", s. {page}" if page else "") + f", under ”{heading}”"
            whole = "\n".join(x.text for x in run)
            cite = Citation(1, c.document, page, whole, c.section, whole, ok)
            body = "\n".join(f"- {it}" for it in items) + " [1]"
            more = len(lines) - len(items)
            if more > 0:
                body += f"\n\n(… och {more} rader till i avsnittet.)"
            return Answer(question, True, Route.DOCUMENTS, f"Enligt {where}:\n\n{body}", citations=[cite])
        return None

    def whole_text(self, document: str) -> str:
        """A document's pages and passages, folded (kept once read)."""
        cache = self._whole_texts
        if document not in cache:
            cache[document] = fold("\n".join([*(self.page_texts.get(document) or []), *(c.text for c in self._chunks_by_document().get(document, ()))]))
        return cache[document]

    def _section_chunks(self, c: Chunk) -> list[Chunk]:
        """The run of passages of ``c``'s document under the same heading path as ``c``, in order."""
        same = self._chunks_by_document().get(c.document, [])
        k = next((i for i, x in enumerate(same) if x.id == c.id), None)
        if k is None:
            return [c]
        lo = k
        while lo > 0 and same[lo - 1].section == c.section and same[lo - 1].kind == c.kind:
            lo -= 1
        hi = k
        while hi + 1 < len(same) and same[hi + 1].section == c.section and same[hi + 1].kind == c.kind:
            hi += 1
        return same[lo:hi + 1]

    def _field(self, question: str, hits) -> Answer | None:
        """"vilket diarienummer har beslutet om Vätgasklustret Norr?", "när fattades beslutet?",
        "vem är sökande?": a labelled field of the passages found ("Diarienummer: RUN 2025-0417",
        "Beslutsdatum: 2025-06-18", "Sökande: …") whose label is the thing asked for – the noun
        after "vilket/vad är/vem är", or for "när" a date or period label whose first part the
        question names ("beslutet" → "Beslutsdatum"). Answered from the best-ranked passage that
        has one; None when no field's label is asked for."""
        folded = fold(latest_question(question))
        m = _FIELD_ASK.search(folded)
        subject = stem(m.group(1)) if m and m.group(1) not in STOPWORDS else None
        if subject is None and detect_language(question) == "en":
            # "Who is the project manager for …": the Swedish label the English name stands for
            e = _FIELD_ASK_EN.search(folded)
            label = english_field_labels().get(e.group(1).strip()) if e else None
            subject = stem(label) if label else None
            if label:
                # (searched with the Swedish label: the English words find no Swedish field)
                hits = self.search(f"{label} {latest_question(question)}")
        when = bool(re.match(r"\s*(?:och\s+)?(?:när|when|what\s+time|at\s+what\s+time)\b", folded))
        # "var hölls sammanträdet?", "where was the meeting held?": a place field ("Plats och tid")
        where = bool(_WHERE_ASK.match(folded))
        # ("när/var hölls sammanträdet?" of the minutes' "Plats och tid": a meeting's own field, asked
        # for by the meeting – any other "när" is not answered by the minutes' day)
        # (… a meeting named by a compound too: "uppstartsträffen", "styrgruppsmötet")
        meeting = any(stem(w) in _MEETING_STEMS or stem(w).endswith(_MEETING_HEADS) for w in words(folded))
        # "vem justerade protokollet?": the doer of the verb names the field – "Justerare",
        # "Justerande" (the verb's stem and an agent's ending)
        agents: set[str] = set()
        if subject is None and (v := _AGENT_ASK.search(folded)):
            # ("vem utsågs att justera protokollet?": the verb after "att" names the doer the same way)
            agents = {stem((v.group(1) or v.group(2) or v.group(3)) + "a" + end) for end in ("re", "nde", "are")}
        if subject is None and not when and not agents and not (where and meeting):
            return None
        if subject is None and meeting and (when or where):
            # (with the passages that hold a meeting's place and time: "när hölls sammanträdet?"
            # finds the paragraphs that speak of meetings, not the first page's "Plats och tid")
            seen = {h.chunk.id for h in hits[:SEARCH_DEPTH]}
            hits = list(hits[:SEARCH_DEPTH]) + [Hit(c, 0.0, None, None) for c in self._meeting_fields if c.id not in seen]
        asked_words = [w for w in words(folded) if len(w) >= 4 and w not in STOPWORDS]
        asked = {stem(w) for w in asked_words}
        question_stems = {stem(w) for w in words(folded)}
        # "när sammanträder nämnden i september 2026?": a date field answers only when it falls in
        # the month asked ("Sammanträdesdatum: 2026-03-18" is another meeting's)
        months = [p for p in asked_periods(latest_question(question)) if 0 < p[1] <= 12]

        # ("vilket datum har styrgruppen sitt möte i september?": a date field asked within a month)
        dated_field = subject in _DATE_SUBJECTS
        # (… a month without a year: "i september" of a year's calendar)
        bare_months = [] if months else [MONTHS[w] for w in words(fold(latest_question(question))) if len(w) >= 4 and w in MONTHS]

        def in_time(value: str, c: Chunk | None = None) -> bool:
            # ("när beslutar fullmäktige …?" is no question of the field "Beslut: RF § 178": a
            # time is asked, and a value without a date or hour gives none)
            if when and not (carries(value)["date"] or _CLOCK.search(value)):
                return False
            if c is not None and meeting and (days or months):
                if self._dated_as(c.document, days, months):
                    return True  # ("var/när hölls sammanträdet den 16 juni?": the minutes of that day, their "Plats och tid")
                if where and not when:
                    # (another day's minutes hold another meeting's place)
                    return any(mentions_day(value, d) for d in days) or any(mentions_period(value, p) for p in months)
            if (when or dated_field) and bare_months and not any(_names_month(value, m) for m in bare_months):
                return False
            return not ((when or dated_field) and months) or any(mentions_period(value, p) for p in months)

        # ("när och var är nästa styrgruppsmöte?": the next meeting's time, which a notice's own
        # "Tid"/"Plats" is not – the quotes that speak of the next one answer, as ranked; "när blir
        # kompetensdagen nästa år?" asks for the day's own time, of next year)
        direction = next((
            m.group(0) for m in re.finditer(r"\b(?:nästa|kommande|följande|next|upcoming)\s+(\w+)", folded)
            if stem(m.group(1)) in _MEETING_STEMS or stem(m.group(1)).endswith(_MEETING_HEADS)
        ), None)

        def wanted(label: str) -> bool:
            lab = fold(label).strip()
            if meeting and (when or where) and not direction and set(words(lab)) <= _PLACE_TIME_WORDS and (
                (where and set(words(lab)) & {"plats", "lokal"}) or (when and set(words(lab)) & {"tid", "datum", "tidpunkt"})
            ):
                return True  # "Plats och tid", "Plats", "Tid" of the minutes asked for by their meeting
            if " " in lab:
                # ("totalbudgeten" of the label "Total budget": its words written as one)
                if subject is not None and len(lab.split()) == 2 and stem(lab.replace(" ", "")) == subject:
                    return True
                # ("när är sista dag att lämna in ärenden …?" of the label "Sista dag för ärenden")
                own = [stem(w) for w in words(lab) if w not in STOPWORDS]
                if when and len(own) >= 2 and all(w in question_stems for w in own):
                    return True
                # ("när skedde justeringen?" of "Justeringens plats och tid": a label of a time
                # whose first word is the thing asked about, in the genitive)
                first = words(lab)[0]
                return when and bool({"tid", "datum", "dag", "tidpunkt"} & set(words(lab))) and (
                    stem(first) in question_stems or stem(first.rstrip("s")) in question_stems
                )
            if (subject is not None and stem(lab) == subject) or stem(lab) in agents:
                return True
            if when and len(lab) >= 4 and (lab in asked_words or stem(lab) in asked):
                return True  # "när stänger utlysningen …?" of a column "Stänger"
            part = re.match(r"(\w{4,}?)s?(datum|period|tid|dag)$", lab)
            return when and part is not None and stem(part.group(1)) in asked | {a[:len(part.group(1))] for a in asked}

        # (of the passages with such a field, first the one that names the rest of the question:
        # "kontaktperson för innovationscheckarna" is the voucher item's contact, not the
        # workshop's the search ranked first)
        rest = [w for w in asked_words if stem(w) != subject]
        weights = {w: self.vocab.idf(stem(w)) for w in rest}
        ordered = sorted(hits[:SEARCH_DEPTH] if not (subject is None and meeting and (when or where)) else hits, key=lambda h: -_names_rest(h.chunk, weights))
        # "sista dag för ärenden till sammanträdet den 22 september?": the row that names that day
        # ("… | Nämndsammanträde: 2026-09-22"), when one does – not the calendar's first row
        days = asked_days(latest_question(question))
        # (… unless the day is the document's own – the minutes of the meeting that day: then it
        # tells the minutes, not the row: "vem justerade protokollet … den 18 november?")
        naming_day = {
            h.chunk.id: [ln for ln in h.chunk.text.split("\n") if any(mentions_day(ln, d) for d in days)] for h in ordered
            if not any(mentions_day(own_date_text(self.documents.get(h.chunk.document), h.chunk.document), d) for d in days)
        } if days else {}
        if not any(naming_day.values()):
            naming_day = {}
        who = bool(re.match(r"\s*(?:och\s+)?vem\b", folded))
        # (the minutes of the day asked are read whole: their "Plats och tid" need not name the day)
        whole = {h.chunk.document for h in ordered if meeting and (days or months) and self._dated_as(h.chunk.document, days, months)}
        def role(value: str) -> bool:
            # "Kontaktperson Söderhamns kommun": the field asked, and every other word of it the question's
            own = [stem(w) for w in words(fold(value)) if w not in STOPWORDS]
            return subject is not None and bool(own) and own[0] == subject and all(w in question_stems for w in own[1:])

        # (a value struck through – "(struket: Anders Wikström) Karin Olofsson" – is no longer one)
        found = (
            (c, quote, kept) for c, quote, value in self._field_values(
                ordered, naming_day, weights, wanted, in_time, when, days, asked_words, who, whole, role if who else None
            )
            if (kept := unstruck(value))
        )
        first = next(found, None)
        if first is None:
            return None
        c, quote, value = first
        if subject is None and meeting and (when or where) and not self._holds_meeting(c.document, _meeting_kinds(folded)):
            # "när är infomötet på Djurö?" of the steering group's minutes' "Datum: 22 april 2026":
            # the meeting asked is another kind than the minutes' own – the ranked quotes answer
            return None
        # (a month named is the date's own, which a row writes in figures: "22 september" → "2026-09-22")
        topic = {w: x for w, x in weights.items() if w not in MONTHS}
        if dated_field and topic and _names_rest(c, topic) < 0.5 * sum(topic.values()):
            # "vilket datum måste arbetsgivarna ha anmält sig till matchningsdagen?" of a version
            # table's "Datum: 2026-11-11" in another document: a date field of a passage that
            # names little of the rest of the question is some other thing's date – the ranked
            # quotes answer, or nothing does
            return None
        if not days and not months and not asked_periods(latest_question(question)):
            # "vem var sekreterare vid mötet?" of two minutes, each with its "Sekreterare: …": the
            # question tells no meeting from the other – both are given, each with its document,
            # not the first one found as if it were the only one
            score = _names_rest(c, weights)
            for c2, quote2, value2 in found:
                if c2.document != c.document and fold(value2) != fold(value) and _names_rest(c2, weights) >= score:
                    return self._fields_apart(question, [(c, quote, value), (c2, quote2, value2)])
        if who and subject is not None and _NOW_ASKED.search(folded) and self._newer_names_role(c, value, subject, hits):
            # "vem är projektledare för bygdenav nu?" of the plan's "Projektledare: Annika Strömberg"
            # while a newer document speaks of the project manager without her ("Jonas Ekelund (…):
            # jag är projektledare sedan 1 maj"): the old field is no answer to who holds it now –
            # the ranked quotes answer, newer first (F199-01)
            return None
        if when and self._newer_dates_otherwise(c, quote, value, hits):
            # "när öppnade klintehamn?" of a log's task "Klintehamn: … öppning 30 augusti" while a
            # newer newsletter gives Klintehamn another day ("6 september 2027"): the old field is
            # no answer – the ranked quotes answer, newer first (F215-17)
            return None
        return self._field_answer(question, c, quote, value)

    def _newer_dates_otherwise(self, c: Chunk, quote: str, value: str, hits) -> bool:
        """Does a document dated after ``c``'s, among the passages found, name the field's label
        (the words before its colon: "Klintehamn") in a line with another day than the field's?"""
        label = fold(quote.split(":", 1)[0]).strip(" -*[]x") if ":" in quote else ""
        own = asked_days(value) + asked_days(quote)
        if not label or len(label) < 3 or not own:
            return False
        return any(
            label in said and any(not any(_same_day(d, o) for o in own) for d in asked_days(said))
            for said in self._newer_lines(c, hits)
        )

    def _newer_lines(self, c: Chunk, hits):
        """The lines (folded) of the passages found whose documents are dated after ``c``'s."""
        day = _iso_day(self.documents.get(c.document))
        if not day:
            return
        for h in hits[:SEARCH_DEPTH]:
            other = _iso_day(self.documents.get(h.chunk.document))
            if h.chunk.document == c.document or not other or other <= day:
                continue
            for line in h.chunk.text.split("\n"):
                yield fold(line)

    def _holds_meeting(self, document: str, kinds: list[str]) -> bool:
        """Are the document's minutes of a meeting of one of the kinds asked ("styrgrupp" of
        "styrgruppsmötet") – by its title or headings? True when no kind is asked."""
        if not kinds:
            return True
        names = " ".join([self.titles.get(document) or document, *{c.section for c in self._chunks_by_document().get(document, ())}])
        return any(w.startswith(k) for w in words(fold(names)) for k in kinds)

    def _nested(self, document: str) -> bool:
        """Do the document's headings nest (a title over its sections)? Then a top-level heading is
        its title or a part's, and names no list."""
        if document not in self._nesting:
            self._nesting[document] = any(" > " in c.section for c in self._chunks_by_document().get(document, ()))
        return self._nesting[document]

    def _dated_as(self, document: str, days, months) -> bool:
        """Is the document dated on one of the days (or in one of the months) asked – the minutes of
        that meeting?"""
        own = own_date_text(self.documents.get(document), document)
        return any(mentions_day(own, d) for d in days) or any(mentions_period(own, p) for p in months)

    def _field_values(
        self, ordered, naming_day, weights, wanted, in_time, when, days, asked_words, who=False, whole=frozenset(), role=None
    ) -> Iterator[tuple[Chunk, str, str]]:
        """(passage, quote, value) of each field that answers, best passage first (``_field``).
        ``role``: does a cell's value name the role asked ("Roll: Kontaktperson Söderhamns kommun
        | Namn: …" for "vem är kontaktperson för Söderhamns kommun?") – its row's name answers."""

        scores: dict[str, float | None] = {}  # line → how much of the rest its row's values name

        def row_score(line: str) -> float | None:
            if line not in scores:
                scores[line] = _row_values_naming(line, weights)
            return scores[line]

        def naming_row(h) -> float:
            return max((row_score(ln) or 0.0 for ln in h.chunk.text.split("\n")), default=0.0)

        # (the passage whose row's values name the most of the rest of the question comes first:
        # the row "2.1 | Genomföra Arbetsgivarundersökning Sörmland 2027 | Ansvarig: Ali Hassan" of
        # the table's first passage, not a row of the passage the search ranked higher that names
        # only "2027")
        ordered = sorted(ordered, key=lambda h: -naming_row(h)) if weights else ordered
        for h in ordered:
            c = h.chunk
            if c.kind != "text":
                continue
            lines = naming_day.get(c.id, []) if naming_day and c.document not in whole else c.text.split("\n")
            # (rows of a sheet set as text – "Utlysning: Innovationscheckar … | Stänger: 2025-01-31" –
            # first the row whose values name the rest of the question, and a row naming none of it
            # when another does is no answer: "när stänger utlysningen för innovationscheckar?")
            row_scores = [row_score(line) for line in lines]
            if any(sc is not None and sc > 0 for sc in row_scores):
                lines = [ln for ln, sc in sorted(zip(lines, row_scores, strict=True), key=lambda t: -(t[1] or 0)) if sc is None or sc > 0]
            for line in lines:
                labelled = labelled_cells(line)
                if labelled:
                    # "Öppnar: 2025-01-13 | Stänger: 2025-03-14 | …": each cell its own field
                    # (… and not the cell of the day the question names itself: "Nämndsammanträde: 2026-09-22")
                    asked_cells = [
                        (lab, v) for lab, v in labelled if wanted(lab) and in_time(v, c) and not any(mentions_day(v, d) for d in days)
                        and not (who and _is_code(v))  # (a RACI table's "R" is no one's name)
                    ]
                    if asked_cells:
                        yield c, line.strip(), " – ".join(v for _, v in asked_cells)
                    elif role is not None and any(role(v) for _, v in labelled):
                        # (a table of roles and names: the role is a value, the person its row's name)
                        named = [v for lab, v in labelled if fold(lab).strip() in _NAME_LABELS]
                        if named:
                            yield c, line.strip(), named[0]
                    continue
                # (a row of a table of text – "Uppdragsgivare | Karin Sjöberg | Region Halland" – is
                # a field too: its first cell the label)
                cells = [x.strip() for x in line.split(" | ")]
                if when and len(cells) >= 2 and _dated_row_named(cells, asked_words) and in_time(line, c):
                    # "när ska datainsamlingen vara klar?" of a time plan's row "Datainsamling och
                    # enkät | 2026-02-02 | 2026-04-30": the row, its dates
                    yield c, line.strip(), " – ".join(x for x in cells[1:] if x)
                    continue
                pieces = [f"{cells[0]}: {', '.join(x for x in cells[1:] if x)}"] if len(cells) >= 2 and cells[0] else field_pieces(line.strip())
                for piece in pieces:
                    f = _FIELD_LINE.match(piece)
                    if f is None or not wanted(f.group(1)) or not in_time(f.group(2), c):
                        continue
                    if who and _is_code(f.group(2)):
                        continue  # ("Handläggare: R" of a RACI table: a code, no one's name)
                    yield c, line.strip() if len(cells) >= 2 else piece, f.group(2).strip()
                    break

    def _newer_names_role(self, c: Chunk, value: str, subject: str, hits) -> bool:
        """Does a document dated after ``c``'s, among the passages found, speak of the role
        ``subject`` (a stem: "projektledar") in a line that does not name ``value``, its holder in
        ``c``?"""
        holder = fold(value)
        return any(holder not in said and any(stem(w) == subject for w in words(said)) for said in self._newer_lines(c, hits))

    def _fields_apart(self, question: str, found: list[tuple[Chunk, str, str]]) -> Answer:
        """The same field in two documents, with different values: both, each with its document –
        the newer first when both are dated, and said to be the one that holds now when the
        question asks how things stand ("vem är kontaktperson … nu?")."""
        days = [_iso_day(self.documents.get(c.document)) for c, _, _ in found]
        dated = all(days) and len(set(days)) == len(days)
        if dated:
            found = [f for _, f in sorted(zip(days, found, strict=True), key=lambda t: t[0], reverse=True)]
            days = sorted(days, reverse=True)
        parts, citations = [], []
        titles = [self.titles.get(c.document) or c.document for c, _, _ in found]
        for n, ((c, quote, value), title) in enumerate(zip(found, titles), start=1):
            page, ok = self.page_of(c.document, quote, c.page_start, c.page_end)
            # (two minutes are both titled "Protokoll": the file tells them apart)
            name = f"*{title}* ({c.document.rsplit('/', 1)[-1]})" if titles.count(title) > 1 else f"*{title}*"
            when = f" ({days[n - 1]})" if dated else ""
            parts.append(f"- **{value}** – enligt {name}{when}" + (f", s. {page}" if page else "") + f" [{n}]:\n\n  {quote} [{n}]")
            citations.append(Citation(n, c.document, page, quote, c.section, c.text, ok))
        if dated and _NOW_ASKED.search(fold(question)):
            lead = (
                f"Dokumenten svarar olika. Det nyaste, *{titles[0]}* ({days[0]}), anger **{found[0][2]}** – "
                "det bör vara det som gäller nu; det äldre anger något annat:"
            )
        elif dated:
            lead = "Frågan säger inte vilket dokument den gäller, och de svarar olika (det nyaste först):"
        else:
            lead = "Frågan säger inte vilket dokument den gäller, och de svarar olika:"
        text = lead + "\n\n" + "\n\n".join(parts)
        return Answer(question, True, Route.DOCUMENTS, text, citations=citations)

    def _field_answer(self, question: str, c: Chunk, quote: str, value: str) -> Answer:
        """A field's value in bold, the field (or table row) quoted with its page."""
        page, ok = self.page_of(c.document, quote, c.page_start, c.page_end)
        title = self.titles.get(c.document) or c.document
        where = f"*{title}*" + (f", s. {page}" if page else "")
        text = f"**{value}** – enligt {where} [1]:\n\n{quote} [1]"
        return Answer(question, True, Route.DOCUMENTS, text, citations=[Citation(1, c.document, page, quote, c.section, c.text, ok)])

    def _known_entities(self, question: str) -> list[str]:
        """The question's names and acronyms that the documents use (folded)."""
        first = re.match(r"\s*([A-ZÅÄÖ][\wåäöÅÄÖ\-]+)", question)
        out = []
        for m in _CAPITALISED.finditer(question):
            if first and m.start() == first.start(1):
                continue
            w = _entity_word(m)
            if w in self.lower_words or w in MONTHS or w in _ENGLISH_CAPITALISED or stem(w) in self.document_words:
                continue
            if w in self.vocabulary and w not in out:
                out.append(w)
        return out

    def _with_reasons_beside(self, hits) -> list:
        """"Varför fick Hultsfred avslag?": the decision is found by the question's words, its
        reasons stand under a heading of their own beside it ("Skäl för beslutet", "Motivering")
        in words the question does not use – those passages of the best hits' sections follow
        the hit they belong to, and are weighed with the rest."""
        seen = {h.chunk.id for h in hits}
        out = []
        for k, h in enumerate(hits):
            out.append(h)
            if k >= 3:
                continue
            parts = h.chunk.section.split(" > ") if h.chunk.section else []
            for parent in dict.fromkeys(p for p in (" > ".join(parts[:-1]), " > ".join(parts)) if p):
                for c in self._chunks_by_document().get(h.chunk.document, ()):
                    tail = c.section[len(parent) + 3:] if c.section.startswith(parent + " > ") else ""
                    if c.id not in seen and tail and " > " not in tail and carries(tail)["reason"]:
                        seen.add(c.id)
                        # (as near the question as the passage it gives the reasons of)
                        out.append(Hit(c, 0.0, None, None, 0.0, h.cosine))
        return out

    def _chunks_by_document(self) -> dict[str, list]:
        """Each document's passages, in the index's order (built on first use)."""
        if self._by_document is None:
            by: dict[str, list] = {}
            for c in self.index.chunks:
                by.setdefault(c.document, []).append(c)
            self._by_document = by
        return self._by_document

    def _gives(
        self, span: Span, kinds: frozenset[str], entities: list[str], contact: bool = False, names: list[list[str]] | None = None
    ) -> bool:
        """One sentence of the quote carries an asked-for kind (a figure, an amount, a date, a
        name) and names the question's entities – or the heading above it does. ``contact``:
        whom to reach is asked ("vem ska jag ringa …?"), which a phone number or address gives.
        ``names``: the entities as the question writes them together ("NAV Trøndelag" one name
        of two words, every word of which the quote must say)."""
        heading = fold(span.chunk.section)
        units = chunk_units(span.chunk) if span.chunk.kind == "text" else ()
        names = names or [[e] for e in entities]
        need = (len(names) + 1) // 2  # "i GR och i Alingsås": one of two names may be paraphrased
        for u in span.units:
            # (a transcript's "Deltagare 4 (00:01:16):" says when in the recording, no date or figure)
            has = carries(_SPEAKER_STAMP.sub("", u.text))
            # ("vem ska jag ringa …?" is answered by a desk and its number as well as by a person)
            if not any(has.get(k) or (k == "name" and (self._proper(u.text) or (contact and _CONTACT.search(u.text)))) for k in kinds):
                continue
            # The entity in the sentence, in the heading, or in the sentence before it when
            # this one names nobody else ("… hyr lokaler av Alingsåshem. Avtalen löper på tre
            # år." – but not "ISF … har 50 anställda" after a sentence naming Delmi).
            before = ""
            if 0 < u.position <= len(units) and units[u.position - 1].text != u.text and not self._names_other(u.text, entities):
                before = units[u.position - 1].text
            # (… or, for who did something, in what the document is about: a decision's "fattats av
            # … Anders Nyström" speaks of the project its first lines name)
            subject = self.subjects.get(span.chunk.document, "") if kinds == {"name"} else ""
            # (… and a name of the document itself – "RUS:en", the strategy the quote stands in,
            # or its county – is said by the document, whatever the sentence repeats)
            where = f"{fold(u.text)}\n{heading}\n{fold(before)}\n{subject}\n{self._own_names(span.chunk.document)}"
            # (… an acronym also by the compound it abbreviates: "AF" by "Arbetsförmedlingen")
            said = {e for e in entities if e in where or any(x in where for x in self._compound_initials(e))}
            if sum(1 for name in names if set(name) <= said) >= need:
                return True
        return False

    def _compound_initials(self, acronym: str) -> frozenset[str]:
        """The base's names whose compound parts open with the letters of a short acronym, each
        part but the last a word the base knows ("af" → "arbetsförmedlingen": "arbets" +
        "förmedlingen")."""
        if not (2 <= len(acronym) <= 3 and acronym.isalpha()):
            return frozenset()
        if acronym not in self._initials_cache:
            i = bisect.bisect_left(self._sorted_vocabulary, acronym[0])
            found = set()
            while i < len(self._sorted_vocabulary) and self._sorted_vocabulary[i].startswith(acronym[0]):
                w = self._sorted_vocabulary[i]
                # (a name – written with a capital in the documents –, whose last part need not
                # be a word of its own there: "förmedlingen")
                if len(w) >= 4 * len(acronym) and w not in self.lower_words and self._splits_into(w, acronym[1:]):
                    found.add(w)
                i += 1
            self._initials_cache[acronym] = frozenset(found)
        return self._initials_cache[acronym]

    def _splits_into(self, word: str, letters: str) -> bool:
        """Does ``word`` part into a known head and parts opening with ``letters``?"""
        for i in range(4, len(word) - 3):
            if word[i] != letters[0]:
                continue
            left, right = word[:i], word[i:]
            if not self._known_head(left):
                continue
            if (len(letters) == 1 and len(right) >= 5) or (len(letters) > 1 and self._splits_into(right, letters[1:])):
                return True
        return False

    def _own_names(self, document: str) -> str:
        """What a document calls itself, folded: its title, its organisation, and the short forms
        of acronyms the title spells out ("RUS" of "Regional utvecklingsstrategi för …")."""
        if document not in self._names_of:
            doc = self.documents.get(document)
            title = fold(self.titles.get(document, ""))
            title_words = words(title)

            def in_title(long: str) -> bool:
                # every word of the long form, its ending aside ("regionala utvecklingsstrategin"
                # of "Regional utvecklingsstrategi för …"), opens a word of the title
                return bool(long) and all(any(t.startswith(w[: max(4, len(w) - 2)]) for t in title_words) for w in words(long))

            shorts = [fold(a.short) for a in self.definitions.acronyms.values() if a.document == document and in_title(fold(a.long))]
            self._names_of[document] = " ".join([title, fold(doc.organisation if doc else ""), *shorts])
        return self._names_of[document]

    def _proper(self, text: str) -> bool:
        """A name in the sentence: a word the documents capitalise inside sentences more often
        than not and never write in lower case ("Azets", "Arcus")."""
        return any(
            w in self.proper and fold(w) not in self.lower_words
            for w in re.findall(r"(?<=[\w,)] )[A-ZÅÄÖ][\wåäöÅÄÖ\-]{2,}", text)
        )

    def _names_other(self, text: str, entities: list[str]) -> bool:
        """The sentence names something the question does not ask about (a name or acronym)."""
        for w in re.findall(r"(?<![\w-])([A-ZÅÄÖ][\wåäöÅÄÖ\-+]*)", text)[1:]:
            f = fold(w).split(":")[0]
            if f not in entities and (w.isupper() and len(w) >= 2 or (w in self.proper and f not in self.lower_words)):
                return True
        return False

    @staticmethod
    def _missing_kind_reason(kinds: frozenset[str], entities: list[str]) -> str:
        said = {"number": "någon siffra", "money": "något belopp", "date": "något datum", "name": "något namn"}
        what = " eller ".join(said[k] for k in ("money", "number", "date", "name") if k in kinds)
        about = f" för {', '.join(e.capitalize() if e.islower() else e for e in entities)}" if entities else ""
        return f"Jag hittar inte {what}{about} i dokumenten."

    def _covers(self, span: Span, periods: list[tuple[int, int]]) -> bool:
        """The quote's passage (its heading path and text) or its document's name and date
        speak of one of the asked periods: (year, month) with month 0 for a whole year."""
        # (a month or a quarter in the quote itself, its heading or its document's name: a
        # passage that says "kvartal 2 2025" in one sentence and "kvartal 4" in the next does
        # not give the fourth quarter's figure in the first)
        return any(mentions_period(self._dated_text(span, whole=not p[1]), p) for p in periods)

    def _covers_day(self, span: Span, days: list[tuple[int, int, int]]) -> bool:
        """The quote's passage, its heading path or its document's title and date name one of
        the asked days."""
        return any(mentions_day(self._dated_text(span), day) for day in days)

    def _dated_text(self, span: Span, whole: bool = True) -> str:
        """What may say the period of a quote: its heading path, its passage (``whole``) or the
        quote alone, its document's file name, title and date."""
        c = span.chunk
        d = self.documents.get(c.document)
        return f"{c.section}\n{c.text if whole else span.text}\n{c.document}\n{d.title if d else ''}\n{d.date if d else ''}"

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
            text = f"{c.section}\n{c.text}\n{c.document}\n{d.title if d else ''}\n{d.date if d else ''}"
            seen |= years_in(text) | years_spanned(text)  # ("åren 2019–2022" speaks of 2021)
        return [] if asked & seen else sorted(asked)

    def _query_vector(self, query: str) -> np.ndarray | None:
        # Quote vectors only when the weights were fitted with them (bench/fit_documents.py).
        if self.span_embedder is None or not self.weights.meta.get("span_vectors"):
            return None
        cands = self.index.candidates(query)
        return None if cands is None else cands.query_vector

    def choose(self, ranked: list[Scored], floor: float) -> list[Scored]:
        """The best quote and up to two more that clear the bar and say something else."""
        best = ranked[0]
        bar = max(floor, self.weights.meta.get("extra_ratio", 0.8) * best.probability)
        chosen = [best]
        for r in ranked[1:]:
            if len(chosen) >= MAX_QUOTES or r.probability < bar:
                break
            if any(r.span.overlaps(c.span) or _same_text(r.span.text, c.span.text) for c in chosen):
                continue
            chosen.append(r)
        return chosen

    def compose(self, question: str, q: Question, chosen: list[Scored], key: str | None = None) -> Answer:
        """The answer that quotes ``chosen``, the first one's key phrase (``key`` when given) in bold."""
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
                # (the bullets after a lead sentence, or the rows under a table's header row)
                items = [_item_text(u.text) for u in (s.units if s.lead.bullet else s.units[1:])]
                parts.append((f"{lead} [{n}]\n\n" if lead else "") + "\n".join(f"- {it}" for it in items) + ("" if lead else f" [{n}]"))
            else:
                parts.append(f"{_item_text(quote)} [{n}]" + _row_aid(c, quote))
        first = citations[0]
        title = self.titles.get(first.document) or first.document
        where = f"*{title}*" + (f", s. {first.page}" if first.page else "")
        key = key or key_phrase(chosen[0].span.text, q, self.lower_words)
        heading = _own_heading(chosen[0].span.chunk.section, title, chosen[0].span.text)
        if heading:
            # "beslutar att bordlägga ärendet till den 11 december" says which item only by the
            # heading it stands under ("§ 49 Bredbandsstöd – Byanät i Arjeplog")
            where += f", under ”{heading}”"
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
            # a table's row written as "Nr: 4.4 | Handlingstyp: …": the one page that holds
            # each of its values (a passage of rows over a page break)
            values = [norm_for_match(v) for cell in text.split(" | ") for v in [cell.split(": ", 1)[-1]] if len(v.strip()) >= 3]
            if " | " in text and values:
                holding = [p for p in range(lo, hi + 1) if all(v in self._page_norm.get((document, p), "") for v in values)]
                if len(holding) == 1:
                    return holding[0], True
        return start, False

    def _known(self, word: str) -> bool:
        """The word, or an inflection of it ("Gävleborg" ~ "Gävleborgs län"), is in the base."""
        if word in self.vocabulary or word.rstrip("s") in self.vocabulary or word + "s" in self.vocabulary:
            return True
        if word + "+" in self.vocabulary:
            return True  # "ESF-projekt" of a base that writes "ESF+"
        if len(word) >= 5 and word == plain(word) and word in self._plain_vocabulary:
            return True  # "Skelleftea": a name typed without å/ä/ö
        if len(word) < 4:
            return False
        # "Falu kommun" of Falun: a short name's genitive form lacks one letter at most
        i = bisect.bisect_left(self._sorted_vocabulary, word)
        return i < len(self._sorted_vocabulary) and self._sorted_vocabulary[i].startswith(word) and (
            len(self._sorted_vocabulary[i]) - len(word) <= (3 if len(word) >= 5 else 1)
        )

    def knows(self, word: str) -> bool:
        """Does the knowledge base use ``word`` (or an inflection of it)?"""
        return self._known(fold(word))

    def knows_roughly(self, word: str) -> bool:
        """Does the knowledge base use ``word``, an inflection of it, a compound of two words it
        uses, or a word one slip of typing away ("arbtslösheten" for "arbetslösheten")?"""
        w = fold(word)
        if self._known(w) or self._known(stem(w)) or self._known_compound(w):
            return True
        return len(w) >= 6 and process.extractOne(w, self._sorted_vocabulary, scorer=OSA.distance, score_cutoff=1) is not None

    def writes_compound_of(self, word: str) -> bool:
        """Does the base write a compound that opens with the word's stem ("konsulter" →
        "konsulttjänster")?"""
        s = stem(fold(word))
        if len(s) < 5:
            return False
        i = bisect.bisect_left(self._sorted_vocabulary, s)
        return i < len(self._sorted_vocabulary) and self._sorted_vocabulary[i].startswith(s) and len(self._sorted_vocabulary[i]) >= len(s) + 4

    def unknown_names(self, question: str) -> list[str]:
        """Proper nouns in the question that occur nowhere in the knowledge base."""
        out = []
        # (a capital that opens a sentence – the question's or a background sentence's, "… för
        # Lidingö. Hur stor …" – is no name; "ESF+" is a name of its own)
        toks = [m.group(0) for m in re.finditer(r"[A-ZÅÄÖ][\wåäöÅÄÖ\-]+\+?", question)
                if not re.search(r"(?:^\s*|[.!?:]\s+)$", question[: m.start()])]
        from ..stats.form import currency_codes, place_aliases  # (the statistics package imports this one)

        money = currency_codes()
        for t in toks:
            if fold(t) in MONTHS or fold(t) in _ENGLISH_CAPITALISED:
                continue  # "January", "May": a date in an English question, not a name
            if fold(t) in money or (fold(t)[:1] in "mtk" and fold(t)[1:] in money):
                continue  # "in SEK million", "MSEK": a currency, not a name
            if re.fullmatch(r"[QK][1-4]|T[1-3]|H[12]", t):
                continue  # "2024 Q2", "K3": a quarter (tertial, half-year), not a name
            parts = [p for p in words(t) if len(p) > 1]
            if parts and not any(self._known_as_written(p) or self._known_compound(p) for p in parts) and not self.spelled_out(t):
                out.append(t)
        # a person by first name and surname, each written in the documents but never together
        # ("Jonas Lindqvist" of a base with Jonas Lindgren and Karin Lindqvist): nobody the base knows
        for m in re.finditer(r"(?<![\w-])([A-ZÅÄÖ][a-zåäöéü]{2,})\s+([A-ZÅÄÖ][a-zåäöéü]{2,})(?![\w-])", question):
            if re.search(r"(?:^\s*|[.!?:]\s+)$", question[: m.start()]):
                continue
            first, last = m.group(1), m.group(2)
            pair = fold(f"{first} {last}")
            if pair in self._name_pairs or fold(first) in self.lower_words or fold(last) in self.lower_words:
                continue
            if self._known(fold(first)) and self._known(fold(last)) and last in self.proper and f"{first} {last}" not in out:
                out.append(f"{first} {last}")
        # a place typed in lower case ("… för 25-34 åringar i umeå"): a word after "i" that closes
        # the question, or stands before "kommun"/"län", and that the knowledge base never writes
        for m in _PLACE_AFTER_I.finditer(question):
            w = m.group(1)  # (lower case as typed: a capitalised name is read above)
            if w in STOPWORDS or w in _ENGLISH_CAPITALISED or w in MONTHS or w in _NOT_PLACES or any(fold(x) == w for x in out):
                continue
            if _NOUN_ENDING.search(w) or w in place_aliases():
                continue  # "i procentenheter", "i beslutsregistret": a noun's ending; "i jkpg": a known alias
            parts = [x for x in words(w) if len(x) > 1]
            if parts and not any(
                self._known_as_written(x) or self._known(stem(x)) or self._tail_of_known(x) or self._known_compound(x) for x in parts
            ) and not self.spelled_out(w):
                out.append(w[:1].upper() + w[1:])
        # a Swedish municipality typed in lower case anywhere ("sjukfall kvinnor gävle 2024"),
        # that the knowledge base never writes: its name is known to be a place, not a word
        folded = fold(question)
        for name in municipalities():
            if name in folded and re.search(rf"(?<![\wåäö-]){re.escape(name)}(?:s)?(?![\wåäö-])", folded):
                parts = [x for x in words(name) if len(x) > 1]
                if any(fold(x) == name for x in out) or any(self._known_as_written(x) for x in parts):
                    continue
                out.append(name.title() if " " in name or "-" in name else name[:1].upper() + name[1:])
        return out

    def _known_as_written(self, word: str) -> bool:
        """Does the base write the word – or, for a word with å/ä/ö, write it plain, as a file
        that cannot write them does ("ARE", "OSTERSUND" of an old mainframe report)?"""
        return self._known(word) or (not word.isascii() and self._known(plain(fold(word))))

    def _tail_of_known(self, word: str) -> bool:
        """A word the base writes only as a compound's last part, inflected ("kalendern" of
        "Evenemangskalender 2026", "listan" of "deltagarlista"): a noun, never a place."""
        for base in dict.fromkeys((word, word[:-1], word[:-2], stem(word))):
            if len(base) < 5:
                continue
            key = base[::-1]
            i = bisect.bisect_left(self._reversed_vocabulary, key)
            while i < len(self._reversed_vocabulary) and self._reversed_vocabulary[i].startswith(key):
                if len(self._reversed_vocabulary[i]) >= len(base) + 3:
                    return True
                i += 1
        return False

    def _known_compound(self, word: str) -> bool:
        """A compound of two words the base writes ("Gävleborgsrapporten": "Gävleborgs" and
        "rapporten"), its first part with or without the linking -s."""
        for i in range(4, len(word) - 3):
            left, right = word[:i], word[i:]
            if (self._known(right) or self._known(stem(right))) and self._known_head(left):
                return True
        return False

    def _known_head(self, left: str) -> bool:
        """A compound's first part the base writes, with or without the linking -s ("arbets")."""
        return self._known(left) or (left.endswith("s") and self._known(left[:-1]))

    def spelled_out(self, token: str) -> bool:
        """An acronym the documents only write out ("MUCF" → "Myndigheten för ungdoms- och
        civilsamhällesfrågor"): known when every long word of its expansion is – or when the
        documents write a name whose capitals spell it ("GDP" of "Gross Domestic Product")."""
        if token.isupper() and 2 <= len(token) <= 6 and token.lower() in self._initialisms:
            return True
        a = self.definitions.acronym(token)
        if a is None:
            return False
        long_words = [w for w in words(fold(a.long)) if len(w) > 3]
        return bool(long_words) and all(self._known(w) for w in long_words)

    def no_support(self, question: str, hits, reason: str = "", nearest: Scored | None = None, unsure: bool = False) -> Answer:
        """"No support", the reason, and the topics nearest to the question; with ``nearest``
        the closest quote too, shown as what it is – not an answer. ``unsure``: the gate found the
        quote nearly likely enough, so the answer says it is unsure instead of claiming that the
        knowledge base has nothing."""
        topics = []
        for h in hits[:5]:
            label = h.chunk.section.split(" > ")[-1] if h.chunk.section else ""
            title = self.titles.get(h.chunk.document, h.chunk.document)
            item = f"{label} ({title})" if label else title
            if item not in topics:
                topics.append(item)
        text = UNSURE if unsure and nearest is not None else NO_SUPPORT
        if reason:
            text += " " + reason
        citations = []
        if nearest is not None:
            c = nearest.span.chunk
            page, ok = self.page_of(c.document, nearest.span.text, c.page_start, c.page_end)
            citations.append(Citation(1, c.document, page, nearest.span.text, c.section, c.text, ok))
            title = self.titles.get(c.document) or c.document
            where = f"*{title}*" + (f", s. {page}" if page else "")
            text += (
                f"\n\n{NEAREST_LEAD} ({where}) svarar inte säkert på frågan:\n\n"
                f"> {_item_text(nearest.span.text)} [1]" + _row_aid(c, nearest.span.text)
            )
        if topics:
            text += f"\n\n{TOPICS_LEAD}\n" + "\n".join(f"- {t}" for t in topics[:3])
        return Answer(question, False, Route.DOCUMENTS, text, citations=citations, suggestions=topics[:3])


def document_name_stems(d: Document, pages: list[str]) -> list[str]:
    """Stems of the words that name a document: its title, file name and title page's first
    lines ("Förstudie", "Protokoll", "Kompetensförsörjningsplan")."""
    name = re.sub(r"[_.\-]+", " ", d.path.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    first = re.sub(r"-\s*\n\s*", "", pages[0] if pages else "")  # "Kompetens-\nförsörjningsplan"
    # Heading-like lines of the title page: short, no sentence in them.
    head = " ".join(ln for ln in first.splitlines()[:15] if 0 < len(ln.split()) <= 6 and not re.search(r"[.:;]\s", ln))
    return [stem(w) for w in words(f"{d.title} {name} {head}") if w.isalpha() and len(w) > 3 and w not in STOPWORDS]


# A name word counts as the document's own when this share of its uses is in that document.
SELF_NAME_SHARE = 0.6


def self_names(chunks: list[Chunk], documents: dict[str, Document], page_texts: dict[str, list[str]]) -> frozenset[str]:
    """Stems a question uses to name a document ("förstudien", "lokalförsörjningsplanen"): in
    the document's name and used mostly inside that document – not "arbetsmarknaden", which a
    title may hold but every document uses."""
    where: dict[str, Counter[str]] = {}
    for c in chunks:
        for st in set(content_stems(c.text)):
            where.setdefault(st, Counter())[c.document] += 1
    out = set()
    for p, d in documents.items():
        for st in document_name_stems(d, page_texts.get(p) or []):
            uses = where.get(st)
            if uses and uses[p] >= SELF_NAME_SHARE * sum(uses.values()):
                out.add(st)
        # the month a dated document is of ("mötet i november" of notes dated 2025-11-06)
        if (m := re.match(r"(?:19|20)\d\d-(0[1-9]|1[0-2])\b", d.date or "")) is not None:
            out.add(stem(MONTH_NAMES[int(m.group(1))]))
    return frozenset(out)


# Kinds a quote must carry, when asked for, to be an answer at all (not only to score higher).
HARD_KINDS = frozenset({"number", "money", "date", "name"})


# what a year compared with follows: "jämfört med samma månad 2023", "än 2022" (not "från 2023" or
# "sedan 2023", which also say from when a figure holds)
_COMPARED_BEFORE = re.compile(r"(?:jämfört\s+(?:med|mot)|jmf\s+med|i\s+jämförelse\s+med|än|compared\s+(?:with|to)|than)(?:\s+\w+){0,3}$")


# a day asked, not only a time: "vilket datum", "vilken dag", "what date"
_DAY_ASKED = re.compile(r"\b(?:vilket|vilken|what|which)\s+(?:datum|dag|date|day)\b|\bexakt(?:a)?\s+(?:datum|dag)")


def _year_put_off(text: str, q: Question, value: str) -> str:
    """The later year alone a quote gives the question's named thing in place of a day
    ("Burgsvik: ägarbytet bekräftat, öppning någon gång under 2028. Ingen dag satt." against an
    older plan's "Burgsvik – november 2027"): a date asked, a name of the question in the
    sentence, one year written after it and later than the day's own; "" otherwise."""
    if not q.wanted.wants("date") or not (was := years_in(value)):
        return ""
    names = [fold(e) for e in q.entities if not e[:1].isdigit() and len(e) >= 4]
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        folded = fold(sentence)
        at = [folded.find(n) for n in names if n in folded]
        if not at or DATE_RE.search(sentence):
            continue
        later = [int(y) for y in re.findall(r"(?<![\d,.:-])((?:19|20)\d\d)(?![\d,.:-])", sentence[min(at):])]
        if len(set(later)) == 1 and later[0] > max(was):
            return str(later[0])
    return ""


def _year_only_compared(text: str, years) -> bool:
    """Does a quote name each year asked only as what its figures are compared with ("… en ökning
    med 0,9 procentenheter jämfört med samma månad 2023"), and give a figure that is no year?"""
    folded = fold(text)
    found = [m for m in re.finditer(r"(?<!\d)((?:19|20)\d\d)(?!\d)", folded) if int(m.group(1)) in years]
    if not found:
        return False
    if not re.search(r"\d+(?:,\d+)?\s*(?:%|procent|kr|kronor|personer|st\b)", folded):
        return False
    return all(_COMPARED_BEFORE.search(folded[max(0, m.start() - 60):m.start()].rstrip()) for m in found)


# "ett företag i Trosa", "en arbetsgivare från Borås", "a company in Trosa": an indefinite case and its place
_CASE_PLACE = re.compile(r"\b(?:en|ett|a|an)\s+(?:[a-zåäö]+\s+){1,2}?(?:i|från|in|from)\s+([a-zåäö-]+)")
# … in a question whether something may be done ("går det?", "får man …", "är det stödberättigande?")
_ASKS_LEAVE = re.compile(
    r"\b(?:går det|får (?:man|vi|jag|de|hen|företaget|företag)|kan (?:man|vi|jag|de|hen|företaget)|"
    r"är det (?:ok|okej|tillåtet|möjligt|stödberättigande)|is it (?:ok|allowed|possible|eligible)|can (?:we|they|i|it)|may (?:we|they|i))\b"
)


def _imagined_places(question: str) -> set[str]:
    """The places of a case a question imagines when it asks whether something may be done ("Ett
    företag i Trosa vill köpa en maskin för checken, går det?"): the rule that holds answers, and
    the place need not be named by it. Not of other questions ("arbetslösheten för en ungdom i Trosa")."""
    folded = fold(question)
    return set(_CASE_PLACE.findall(folded)) if _ASKS_LEAVE.search(folded) else set()


def _acting_holder(question: str, ranked: list[Scored], floor: float) -> Scored | None:
    """Of a "who" question about a role, asked for now or answered by a quote that says its
    person is away ("… är föräldraledig från den 1 oktober"): a quote that names who holds the
    role for the time being ("… är tillförordnad projektledare"), when the best one does not."""
    if not ranked:
        return None
    asked = fold(question)
    top = fold(ranked[0].span.text)
    if ACTING.search(top) or not (_NOW_ASKED.search(asked) or AWAY.search(top)):
        return None
    return next((r for r in ranked[1:] if r.probability >= floor and _acting_role(r.span.text, question)), None)


def _acting_role(text: str, question: str) -> bool:
    """Does ``text`` name someone holding, for the time being, a role the question names
    ("tillförordnad projektledare" of "vem är projektledare …")?"""
    roles = roles_asked(question)
    return any(stem(m.group(1)) in roles for m in ACTING.finditer(fold(text)))


# "vem ska jag ringa / kontakta / vända mig till …": whom to reach, which a phone number or an
# e-mail address answers as well as a person's name
_CONTACT_ASKED = re.compile(r"\b(?:ringa|ringer|kontakta|kontaktar|mejla|maila|vända (?:mig|sig|oss) till|höra av (?:mig|sig|oss)|call|contact)\b")
_CONTACT = re.compile(r"(?<!\d)0\d{1,3}[-–\s]\d{2,3}(?:\s?\d{2}){2,3}(?!\d)|[\w.+-]+@[\w-]+\.[\w.]+")
# numbered headings a question points at: "§ 61", "paragraf 61", "avsnitt 5.2", "kapitel 3"
_REF_RE = re.compile(r"(§|paragraf|avsnitt|kapitel|punkt|section|chapter)\s*(\d+(?:\.\d+)*)", re.I)
REF_KINDS = {
    "§": re.compile(r"§\s*\d"),
    "heading": re.compile(r"(?:^|> )\d+(?:\.\d+)*\.?\s+[A-ZÅÄÖ]"),
    # rules numbered as laws are, the number first: "7 § Egen bil får användas …"
    "law": re.compile(r"(?m)(?:^|> )\s*\d{1,3}\s*§\s"),
}
# "vad säger 16 § om hyrbil?": a paragraph of rules numbered as laws are
_LAW_REF_RE = re.compile(r"(?<![\d.,§])(\d{1,3})\s*§")


# "Mål 1 Fler i arbete", "Insats 3. Validering", "Åtgärd 2: …": a heading numbered by its kind
# "under rubriken …", "i avsnittet …", "vad står under …": a question that points at a heading
_POINTS_AT_SECTION = re.compile(r"\b(?:under|i)\s+(?:rubriken|avsnittet|kapitlet|stycket)\b|\bunder the (?:heading|section)\b")
_HEADING_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVX]+\.)\s+")
_BULLET_LINE = re.compile(r"^\s*(?:[•●▪·\-–*]|\d{1,2}[.)]|[a-z][.)])\s+")
MAX_SECTION_ITEMS = 16
_NUMBERED_HEADING = re.compile(r"([A-ZÅÄÖa-zåäö][a-zåäö]{1,20})\s+(\d{1,2})(?:[.:)]|\s|$)")
_LIST_ASK = re.compile(r"\b(?:vilka|which|lista|list)\s+(?:(?:är|are|the|de|alla|all|olika)\s+)*(?:\d+\s+|två|tre|fyra|fem|sex|sju|åtta|nio|tio)?\s*([a-zåäö]{3,})")


# "vilket diarienummer …", "vad är projektperioden …", "vem är sökande …": the noun asked for
# "vem justerade …", "vem undertecknade …": who did it, a verb in the past
_AGENT_ASK = re.compile(
    r"^\s*(?:och\s+)?vem\s+(?:([a-zåäö]{3,}?)ade|(?:utsågs|valdes|utsåg|skulle|ska|skall)\s+(?:\w+\s+)?(?:till\s+)?att\s+([a-zåäö]{3,}?)a"
    # ("vem ansvarar för arbetsgivarundersökningen?": the doer of what one answers for – "Ansvarig: …")
    r"|([a-zåäö]{4,}?)ar\s+för)\b"
)
_FIELD_ASK = re.compile(
    r"\b(?:vilket|vilken|vilka var|vilka är|vad är|vad var|vem är|vem var|hur stor är|hur stor var|hur stort är|hur stort var)"
    r"\s+(?:det\s+|den\s+|projektets\s+|beslutets\s+)?([a-zåäö]{4,})"
)
_SAYING = re.compile(r"\b(?:skrev|skriver|sa|sade|säger|svarade|svarar|meddelade|föreslog|tyckte|wrote|said|replied)\b", re.I)
# "… och vilket diarienummer har det", "… och när": a second ask joined to the first
# (… in English after a comma: "Who gave the presentation …, and when and where is the next meeting?")
# a yes/no question's verb, first in its clause ("…, och räcker platserna?", "Fick de det de sökte?")
_YES_NO_VERBS = r"(?:räcker|räckte|fick|får|blev|blir|gick|går|har|hade|är|var|kan|kunde|ska|skulle|finns|fanns|kommer|behöver|måste|stämmer|gäller)"
_SECOND_ASK = re.compile(
    r"\s+(?:och|samt)\s+(?=(?:vem|vilken|vilket|vilka|när|hur|var|vad)\b)|,\s+and\s+(?=(?:who|what|when|where|which|how|why)\b)"
    # (a yes/no question after a comma: "hur många har anmält sig hittills, och räcker platserna?")
    rf"|,\s+(?:och|samt)\s+(?={_YES_NO_VERBS}\s+\w)",
    re.I,
)
# "figur 3", "bilaga 2": a numbered figure, table, appendix or map a document prints a caption for
# a question that asks for something a figure or table shows: which row, how many, who
_ASKS_WITHIN = re.compile(r"\s*(?:vilken|vilket|vilka|hur många|hur mycket|hur stor|hur hög|vem|which|who|how many|how much|how high)\b")
_OBJECT_ASK = re.compile(r"\b(figur|diagram|karta|bilaga|fotnot|figure|appendix|footnote)\s+(\d{1,2})\b")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# "rekommendation 2.1", "åtgärd 3.2.1": an item numbered in two levels or more
_ITEM_ASK = re.compile(r"\b([A-ZÅÄÖa-zåäö]{3,})\s+(\d{1,2}(?:\.\d{1,2})+)(?![\d.]\d)")
_WHERE_ASK = re.compile(
    r"\s*(?:och\s+)?(?:var\s+(?:hölls|höll|äger|ägde|är|var|sker|skedde|ska|träffas|träffades|sammanträdde|sammanträder)\b|where\b)"
)
_MEETING_STEMS = frozenset(stem(w) for w in (
    "sammanträde sammanträdet sammanträdde sammanträder möte mötet protokoll protokollet nämndmöte styrelsemöte meeting session".split()
))
_MEETING_FIELD = re.compile(r"(?im)^(?:plats och tid|plats|tid och plats|sammanträdesplats|mötesplats|lokal)\s*:")
_MEETING_HEADS = ("träff", "möt", "sammanträd")


def _meeting_kinds(folded: str) -> list[str]:
    """The kinds of meeting a question names by compounds ("infomötet" → "info",
    "styrgruppsmötet" → "styrgrupp", "uppstartsträffen" → "uppstart"); [] for a plain "mötet"."""
    kinds = []
    for w in words(folded):
        if stem(w) in _MEETING_STEMS:
            continue
        at = max(w.rfind(head) for head in _MEETING_HEADS)
        if at >= 3:
            kinds.append(w[:at].removesuffix("s") if at > 4 else w[:at])
    return kinds


_DATE_SUBJECTS = frozenset(stem(w) for w in ("datum", "dag", "tidpunkt", "date"))
_PLACE_TIME_WORDS = frozenset({"plats", "lokal", "och", "tid", "datum", "tidpunkt"})
_FIELD_ASK_EN = re.compile(r"\b(?:who|what|which)\s+(?:is|was|are|were)\s+(?:the\s+)?([a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:of|for|in|at|on|behind)\b")
# "Diarienummer: RUN 2025-0417": a label of one word and its value
_FIELD_LINE = re.compile(r"([A-ZÅÄÖ][a-zåäö]{2,30}(?: [a-zåäö]{2,30}){0,3}):\s+(\S.{0,120})$")


_PREDICATE_WORDS = frozenset("är var blev blir har hade blivit varit redan nu helt inte ännu".split())


def _names_month(value: str, month: int) -> bool:
    """Does a field's value fall in the month ("2027-09-22", "22 september")?"""
    v = fold(value)
    return bool(re.search(rf"\b(?:19|20)\d\d-{month:02d}-\d\d\b", v)) or any(
        MONTHS.get(w) == month for w in re.findall(r"[a-zåäö]{3,}", v)
    )


def _said_of_noun(folded: str, noun: str, heading_words: list[str]) -> bool:
    """Does the question say the heading's words of its listed noun, after it ("vilka uppgifter
    är redan klara" of the heading "Klart")?"""
    ws = words(folded)
    at = next((i for i, w in enumerate(ws) if stem(w) == noun), None)
    if at is None:
        return False
    # (said of it by a verb right after it: "uppgifter är (redan) klara", "… har blivit klara" –
    # not any words later in the question: "yrkesroller finns i mottagningsgruppen för anpassad grundskola")
    rest = ws[at + 1:]
    k = 0
    while k < len(rest) and rest[k] in _PREDICATE_WORDS:
        k += 1
    if k == 0:
        return False
    after = [stem(w) for w in rest[k:k + len(heading_words) + 1]]

    def alike(a: str, b: str) -> bool:  # ("klara" ~ "Klart": one word, another ending)
        return a == b or (len(b) >= 4 and a.startswith(b) and len(a) - len(b) <= 2)

    return all(any(alike(stem(w), x) or alike(x, stem(w)) for x in after) for w in heading_words)


def labelled_cells(line: str) -> list[tuple[str, str]]:
    """A row of a sheet set as text, "Label: value | Label: value …" (two cells or more, each
    labelled by its column): its (label, value) pairs; [] for any other line."""
    cells = [x.strip() for x in line.split(" | ")]
    if len(cells) < 2:
        return []
    pairs = [re.match(r"^([^:|]{2,40}?):\s+(.+)$", x) for x in cells]
    return [(m.group(1).strip(), m.group(2).strip()) for m in pairs] if all(pairs) else []


def _row_values_naming(line: str, asked: dict[str, float]) -> float | None:
    """How much of the asked words (word → weight) the values of a labelled row write (by the
    first letters of each word, ``_lead``); None for a line that is no labelled row."""
    cells = labelled_cells(line)
    if not cells:
        return None
    text = fold(" ".join(v for _, v in cells))
    return sum(weight for w, weight in asked.items() if re.search(rf"\b{re.escape(_lead(w))}", text))


# "när får/kan/måste/bör …": a condition or a moment, not only a day
_WHEN_ALLOWED = re.compile(r"\bnär\s+(?:får|kan|måste|bör|behöver)\b")


def _year_of_same_thing(question: str, quote: str, years: frozenset[int]) -> bool:
    """Does the quote write an asked year beside the word the question writes it beside
    ("sammanträde 2027" – "budget 2027")? The content words of the few before the year, or the
    one after "års" ("2027 års budget"), compared by stem and as a compound's part."""
    def beside(text: str, before: int) -> list[set[str]]:
        toks = words(fold(text))
        out = []
        for i, t in enumerate(toks):
            if t.isdigit() and int(t) in years:
                near = toks[max(0, i - before): i] + (toks[i + 2: i + 3] if toks[i + 1: i + 2] == ["års"] else [])
                out.append({stem(w) for w in near if len(w) >= 3 and not w.isdigit() and w not in STOPWORDS and w not in ("år", "året")})
        return out

    asked = set().union(*beside(question, 3))
    for said in beside(quote, 5):
        if any(a == b or (len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a))) for a in asked for b in said):
            return True
    return False


def _dated_row_named(cells: list[str], asked: list[str]) -> bool:
    """A table row whose first cell's first word the question names in any form ("datainsamlingen"
    – "Datainsamling och enkät") and whose other cells hold a date."""
    first = words(fold(cells[0]))
    return bool(first) and len(first[0]) >= 6 and any(w == first[0] or same_word(w, first[0]) for w in asked) and any(
        re.search(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b", x) for x in cells[1:]
    )


def names_written(text: str, shortest: int = 3) -> list[str]:
    """The capitalised words of a question that are no sentence's first word (its names), folded,
    ``shortest`` letters at least: "Tranemo", "Verkstad" of "hur mycket söker Tranemo Verkstad …?"."""
    return [fold(w) for w in re.findall(rf"(?<!^)(?<![.?!]\s)\b[A-ZÅÄÖ][\wåäöÅÄÖ-]{{{shortest - 1},}}", text.strip())]


def own_date_text(d: Document | None, path: str) -> str:
    """What dates a document itself: its date, title and file name."""
    return f"{d.date if d else ''}\n{d.title if d else ''}\n{path}"


def _is_code(value: str) -> bool:
    """A field's value with no word in it – a RACI table's "R", a code – that names no one."""
    return not re.search(r"[^\W\d_]{3,}", value)


# a decision's words near a month it was taken in ("beslutade den 17 september", "besluten från
# styrgruppsmötet i går, torsdagen den 17 september") – a meeting named alone may be the next one
_DECIDED_NEAR = re.compile(r"\b(?:beslut\w*|beslöt|fastställ\w*|decided|decision)\b")


def _decision_month(question: str, q: Question) -> int | None:
    """The one month a question of a decision names as its time, without a day ("vad beslutade
    styrgruppen i september?"), or None – a question of when, or of a day, names none."""
    if not q.wanted.wants("decision") or q.wanted.wants("date") or asked_days(question):
        return None
    months = {
        MONTHS[m.group(2)] for m in re.finditer(r"\b(i|under|in|på)\s+([a-zåäö]{3,})\b", fold(question))
        if m.group(2) in (*MONTH_NAMES[1:], "sept", "okt")
    }
    return next(iter(months)) if len(months) == 1 else None


def split_asks(text: str) -> list[str]:
    """The asks of one question that asks two things or more ("vad står SUS för? och inom hur
    lång tid …", "vilka sitter i styrgruppen och hur ofta träffas den?"): each a question of its
    own, three words at least, opening with a question word; [] for a question of one ask."""
    pieces = [x for part in re.split(r"\?\s+(?=\S)", text.strip()) for x in _SECOND_ASK.split(part)]
    # (a clause that only checks a guess – "var det 12 april?" after "när öppnade …?" – asks
    # nothing of its own: the question's guess, weighed with the question)
    guess = guessed(text)
    pieces = [x for x in pieces if not (guess and _CHECKS_GUESS.match(fold(x.strip())) and any(g in x for g in guess.split(" ")))]
    asks = [re.sub(r"^\s*(?:och|samt)\s+", "", x).strip(" ,?") for x in pieces]
    # (… a yes/no question of two words too: "räcker platserna?")
    asks = [a for a in asks if len(a.split()) >= 3 or (len(a.split()) == 2 and re.match(rf"{_YES_NO_VERBS}\b", fold(a)))]
    if len(asks) < 2 or len(asks) > 3 or not all(_OPENS_ASK.match(fold(a)) for a in asks):
        return []
    return [a + "?" for a in asks]


# a clause that checks a guess: "var det 12 april?", "stämmer 30 juni?", "was it 16 May?"
_CHECKS_GUESS = re.compile(r"^(?:(?:och|eller)\s+)?(?:var det|är det|blir det|stämmer|gäller|was it|is it)\b")


_OPENS_ASK = re.compile(
    rf"^(?:(?:inom|för|till|från|med|i|på|av|om)\s+)?(?:vem|vilken|vilket|vilka|när|hur|var|vad|varför|{_YES_NO_VERBS}|"
    r"who|what|when|where|which|how|why)\b"
)


# opening hours asked ("vilka öppettider …", "när har de öppet", "opening hours"), and a span of
# hours a quote gives ("kl. 9–16", "10–14", "09.00–18.00")
_HOURS_ASKED = re.compile(r"\b(?:öppettid\w*|har (?:de |dom |ni |den |det )?öppet|öppet (?:på|om|mellan)|opening hours|open(?:ing)? times)\b")
_HOUR_SPAN = re.compile(
    r"(?<![\w#/-])(?:kl\.?\s*)?(?:[01]?\d|2[0-3])(?:[.:]\d\d)?\s*[-–]\s*(?:[01]?\d|2[0-3])(?:[.:]\d\d)?(?![\w-])(?!\s*(?:%|procent|kr|år|dagar))"
)
# an option not chosen: an empty box and what is printed beside it, up to the next control
# ("☐ Visa riket", "□ Nej", "[ ] Visa riket") – a printed filter or form names the option, it
# says nothing of the thing named
_UNCHOSEN = re.compile(r"(?:[☐□]|\[ \])[ \t]*[^☐□☑☒▼\[\n|]*")


def unchosen_dropped(text: str) -> str:
    """The text without its unticked options' words."""
    return _UNCHOSEN.sub(" ", text)


# a transcript line's speaker and the time in the recording ("Deltagare 4 (00:01:16): ")
_SPEAKER_STAMP = re.compile(r"^\s*[^\n:()\[\]]{1,60}[(\[]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[)\]]\s*:\s*")
# a day written as a deadline: "senast den 30 november", "före den 1 mars", "no later than"
_DEADLINE_BEFORE = re.compile(r"\b(?:senast|före|innan|till och med|t\.o\.m\.|by|no later than|before)\s+(?:den\s+|the\s+)?$", re.I)
# … and a day on which something was done: a past passive verb before it ("skickades den 2
# oktober", "lämnades in 2026-10-02", "genomfördes")
_DONE_BEFORE = re.compile(r"\b\w{3,}(?:ades|des|tes)\b(?:\s+\w+){0,3}\s+(?:den\s+|on\s+)?$", re.I)


def _deadline_at(text: str, at: int) -> bool:
    """Is the day written at ``at`` in ``text`` a deadline ("senast den …")?"""
    return at >= 0 and bool(_DEADLINE_BEFORE.search(text[max(0, at - 30):at]))


def _done_at(text: str, at: int) -> bool:
    """Is the day written at ``at`` in ``text`` the day something was done ("skickades den …")?"""
    return at >= 0 and bool(_DONE_BEFORE.search(text[max(0, at - 40):at]))


# words that correct a day said before: "Rätt datum är …", "ska vara", "ändrats till", "i stället"
_CORRECTED = re.compile(r"\b(?:rätt|korrekt|ska vara|skall vara|ska stå|ändra\w*|flytta\w*|i stället|istället|nytt datum|correct\w*|should be|moved to)\b")
# the nation as a whole, asked or said
_NATION_ASKED = re.compile(r"\b(?:riket|rikets|hela (?:landet|sverige)|nationell(?:t|a)?|sverige(?:s)?|in sweden|nationally|nationwide|the whole country)\b")
# a thing named with its number: "prio 2", "omgång 4", "kvartal 3", "etapp 2"
_NUMBERED_THING = re.compile(r"\b([a-zåäö]{3,12})\s+(\d{1,2})\b(?!\s*(?:%|procent|kr|kronor|år|st|dagar|timmar|minuter|min|personer|mnkr|tkr)\b)(?![.,:/-]\d)")
_NOT_THINGS = frozenset({"den", "före", "efter", "från", "till", "med", "och", "kl", "klockan", "sida", "vecka", "veckan", "under", "över", "mellan", "inom", "per", "alla", "cirka", "ungefär", "typ", "bara", "minst", "högst"})


def _numbered_things(question: str) -> list[tuple[str, str]]:
    """(word, number) of each thing the question names with its number ("prio 2" → ("prio",
    "2")), not an amount, a time or a day ("kl 14", "den 2", "minst 5")."""
    q = fold(question)
    return [(w, n) for w, n in _NUMBERED_THING.findall(q) if w not in _NOT_THINGS and w not in MONTHS and not years_in(n)]


def _numbers_of(text: str, word: str) -> set[str]:
    """The numbers a (folded) text writes right after ``word`` ("prio 1" → {"1"})."""
    return set(re.findall(rf"\b{re.escape(word)}\s+(\d{{1,2}})\b", text))


def latest_question(text: str) -> str:
    """The last question of a follow-up read with the one it follows: "vilket diarienummer …?
    och vem fattade beslutet?" asks who – what its own words ask, not the first question's."""
    return re.split(r"\?\s+(?=\S)", text)[-1]


def same_word(a: str, b: str, ending: int = 5) -> bool:
    """Two forms of one word: a long common beginning and endings of ``ending`` letters at most
    ("reserverade" – "reservation", "villkoren" – "villkor"), not two compounds of one first
    part ("arbetslöshet" – "arbetsförmedlingen")."""
    n = len(commonprefix((a, b)))
    return n >= 6 and len(a) - n <= ending and len(b) - n <= ending


def listed_noun(question: str) -> str | None:
    """The stem of the kind of thing a question lists ("vilka mål …", "vilka är de fyra målen",
    "which goals"), None when it lists nothing."""
    m = _LIST_ASK.search(fold(question))
    if not m or m.group(1) in STOPWORDS:
        return None
    return stem(m.group(1))


def numbered_refs(question: str) -> list[tuple[str, str, re.Pattern]]:
    """(how the question names it, its kind in REF_KINDS, a pattern finding it in a section
    path) per numbered heading the question points at."""
    out = []
    for m in _REF_RE.finditer(question):
        kind, n = m.group(1).lower(), re.escape(m.group(2))
        if kind in ("§", "paragraf"):
            out.append((f"§ {m.group(2)}", "§", re.compile(rf"§\s*{n}(?![\d.])")))
        else:
            out.append((f"{kind} {m.group(2)}", "heading", re.compile(rf"(?:^|> ){n}\.?\s+[A-ZÅÄÖ]")))
    for m in _LAW_REF_RE.finditer(question):
        out.append((f"{m.group(1)} §", "law", re.compile(rf"(?m)(?:^|> )\s*{m.group(1)}\s*§\s")))
    for m in _NAMED_NUMBER_RE.finditer(question):
        # "vilka nyheter kom i version 4.2?" of release notes headed "Version 4.2 – 2025-11-17"
        # (not one a pattern above has: "avsnitt 5.2")
        if not any(m.group(2) == said.split()[-1] for said, _, _ in out):
            word, n = re.escape(m.group(1)), re.escape(m.group(2))
            out.append((m.group(0), "named", re.compile(rf"(?i)(?:^|> ){word}\s+{n}(?![\d.])")))
    return out


# a heading named by a word and a dotted number: "version 4.2", "etapp 2.1", "release 3.0"
_NAMED_NUMBER_RE = re.compile(r"\b([A-Za-zÅÄÖåäö]{4,})\s+(\d+(?:\.\d+)+)(?![\d.])")


_ENGLISH_CAPITALISED = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday i swedish sweden english what who which when "
    "where why how".split()
)


# a label of a document's front matter: "Utfärdad", "SFS nr", "Departement/myndighet", "Senast hämtad"
_FRONT_LABEL = r"[A-ZÅÄÖ][\wÅÄÖåäö./-]{1,30}(?: [\wÅÄÖåäö./-]{1,30}){0,2}"
_FRONT_FIELD = re.compile(rf"({_FRONT_LABEL}):\s+(\S.*)$")
_FRONT_FIELD_START = re.compile(rf"(?<=\S)\s+(?={_FRONT_LABEL}:\s)")


def _front_matter_field(s: Span, asked: set[str]) -> bool:
    """A quote of the fields under a document's title, before its first heading ("Utfärdad:
    2023-06-22", "Källa: … Senast hämtad: …"), none of whose words the question uses: they say
    when and by whom the document was made, and answer a question about that only – a statute's
    "Utfärdad" had been quoted for when an application must be in."""
    if s.chunk.section:
        return False
    pieces = [p.strip() for u in s.units for p in _FRONT_FIELD_START.split(u.text)]
    labels = [m.group(1) for p in pieces if (m := _FRONT_FIELD.match(p))]
    if not labels or len(labels) < len(pieces):
        return False
    # (… nor, in their values, anything it asks of: "Övriga deltagare: Helena Balte (Förvaltningschef)"
    # answers "vem är förvaltningschef?")
    named = {stem(w) for p in pieces for w in words(fold(p))}
    return not any(len(a) >= 4 and len(b) >= 4 and (a.startswith(b[:5]) or b.startswith(a[:5])) for a in asked for b in named)


def _gives_reason(r: Scored) -> bool:
    """Does the quote give a reason – in its words ("eftersom", "på grund av") or under a heading
    that says it does ("Skäl för beslutet")?"""
    return bool(carries(r.span.text)["reason"] or carries(r.span.chunk.section.split(" > ")[-1])["reason"])


def _caption_key(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip(" .:")


def nearest_part(text: str) -> str:
    """Of a "no support" answer that shows the nearest quote (:meth:`DocumentAnswerer.no_support`),
    the part about that quote, without the verdict before it or the topics after it."""
    parts = text.split("\n\n")
    start = next((i for i, p in enumerate(parts) if p.startswith(NEAREST_LEAD)), None)
    if start is None:
        return ""
    end = next((i for i, p in enumerate(parts) if p.startswith(TOPICS_LEAD) and i > start), len(parts))
    return "\n\n".join(parts[start:end])


def rows_of_the_asked_numbers(question: str, chosen: list) -> list:
    """"Vem är ansvarig chef vecka 29?": when the best quote is a table row whose cell says the
    number the question names by its column ("Vecka: 29"), a row quoted beside it whose cell says
    another is another row (week 26's chef had been shown under week 29's) – left out."""
    named = [(w, n) for w, n in re.findall(r"\b([a-zåäö]{3,})\s+(\d{1,4})(?![\d,.:])", fold(latest_question(question)))]
    if not named or len(chosen) < 2:
        return chosen

    def says(text: str) -> bool:
        t = fold(text)
        return " | " in t and all(re.search(rf"(?:^|\| ){re.escape(w)}\w*: {n}(?![\d,])", t) for w, n in named)

    if not says(chosen[0].span.text):
        return chosen
    return [chosen[0]] + [r for r in chosen[1:] if " | " not in r.span.text or says(r.span.text)]


def _row_aid(chunk: Chunk, quote: str) -> str:
    """Under a printed table row, the same row with its column headers (a bare "Brickebacken
    1533 14,7 % 21 %" is easily misread)."""
    if quote.count(" | ") >= 2 and re.match(r"^[^:|\n]{1,60}: ", quote):
        return ""  # ("Vecka: 29 | Datum: … | Ansvarig chef: …": the row says its headers itself)
    aid = row_reading(chunk, quote)
    return f"\n\n*Raden med tabellens rubriker: {aid}*" if aid else ""


def _item_text(text: str) -> str:
    return re.sub(r"^\s*[•●▪·]\s*", "", text).strip()


def _same_text(a: str, b: str) -> bool:
    na, nb = norm_for_match(a), norm_for_match(b)
    return na in nb or nb in na


@lru_cache(maxsize=1)
def english_field_labels() -> dict[str, str]:
    """English names of field labels → the Swedish label ("project manager" → "projektledare")."""
    from ..stats.form import lexicon  # (the statistics package imports this one)

    return {fold(en): fold(g[0]) for g in lexicon()["field_labels"]["groups"] for en in g[1:]}


# a capitalised word of a question – a name, an acronym ("ESF+") – and its folded form ("AF:s" → "af")
_CAPITALISED = re.compile(r"(?<![\w-])([A-ZÅÄÖ][\wåäöÅÄÖ\-+]*)")


def _entity_word(m: re.Match) -> str:
    return fold(m.group(1)).split(":")[0]


def _written_together(question: str, entities: list[str]) -> list[list[str]]:
    """The question's entities (``_known_entities``) grouped by the names it writes them in:
    words written next to each other are one name ("NAV Trøndelag" → ["nav", "trøndelag"]), the
    others one each."""
    out: list[list[str]] = []
    prev_end = -2
    for m in _CAPITALISED.finditer(question):
        w = _entity_word(m)
        if w not in entities:
            prev_end = -2
            continue
        if out and question[prev_end:m.start()] == " " and w not in out[-1]:
            out[-1].append(w)
        elif not any(w in name for name in out):
            out.append([w])
        prev_end = m.end()
    return out or [[e] for e in entities]


def _saying_the_verb(q: Question, ranked: list[Scored], entities: list[str]) -> Scored | None:
    """"vem fattade beslutet om …?": a quote that says the question's rarest word besides its
    names – the verb, as a rule ("… har fattats av regional utvecklingsdirektör Anders Nyström")
    – when the likeliest quote does not say it ("Region Norrbotten beviljar … Vätgasklustret
    Norr" names the thing, and someone else). None when the likeliest says it, or none does."""
    named = {stem(e) for e in entities} | set(q.entities)
    own = [(w, t) for t, w in q.terms if t not in named and not t[:1].isdigit() and len(t) >= 3]
    if not own:
        return None
    _, rare = max(own)

    def says(text: str) -> bool:
        # (inflected apart by the stemmer: "fattade" → "fatt", "fattats" → "fattat")
        # (a word that opens a compound of the question is no saying of it: "Gotland" of
        # "gotlandsbeslutet" names the place, not the decision)
        return any(x.startswith(rare) or (len(x) >= max(4, 0.7 * len(rare)) and rare.startswith(x)) for x in content_stems(text))

    # (… or the heading it stands under says it: "Reservation: Ann-Sofie Wikström (V) reserverar
    # sig …" under "§ 108 Avveckling av stödet till lokala utvecklingsgrupper")
    last_heading = ranked[0].span.chunk.section.split(" > ")[-1]
    if says(ranked[0].span.text) or says(last_heading):
        return None
    return next((r for r in ranked[1:] if says(r.span.text)), None)


_CLOCK = re.compile(r"(?<![\d,.:])([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d,.:]|\s*(?:%|procent|kr|tkr|mnkr))")


def _clock_times(text: str) -> frozenset[tuple[int, int]]:
    """The times of day a text writes ("kl 10.15", "10:15 –"), as (hour, minute)."""
    return frozenset((int(h), int(m)) for h, m in _CLOCK.findall(text))


_NEXT_THING = re.compile(r"\b(?:nästa|kommande|next|upcoming)\s+([a-zåäö]{3,})")


def _same_next_thing(question: str, r: Scored) -> bool:
    """"när är nästa möte?" of a quote that says "Nästa möte hålls torsdagen den 27 november …" (or
    stands under the heading "Nästa möte") and gives a date: the thing asked for, said as the
    next one – whatever the ranker made of the question's other words."""
    m = _NEXT_THING.search(fold(question))
    if m is None:
        return False
    thing = m.group(1)[:4]
    said = re.search(rf"\b(?:nästa|kommande|next|upcoming)\s+{re.escape(thing)}", fold(f"{r.span.chunk.section}\n{r.span.text}"))
    return said is not None and carries(r.span.text)["date"] > 0


def _first_searched(found: dict[str, tuple[Chunk, str]], hits) -> tuple[Chunk, str]:
    """Of what several documents hold (document → (chunk, quote)), the one of the document the
    search ranks first; the first found when the search met none of them."""
    ranked = next((h.chunk.document for h in hits if h.chunk.document in found), None)
    return found[ranked if ranked is not None else next(iter(found))]


def names_document_object(question: str) -> bool:
    """Does the question name a numbered figure, footnote, appendix or map ("fotnot 1", "figur 3")?"""
    return _OBJECT_ASK.search(fold(latest_question(question))) is not None


def _same_day(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """One day, a missing year (0) matching any ("30 augusti" and "2027-08-30")."""
    return a[1:] == b[1:] and (not a[0] or not b[0] or a[0] == b[0])
