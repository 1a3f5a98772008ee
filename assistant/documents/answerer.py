"""Answers from documents: hybrid search, then the sentences that actually answer, quoted
verbatim with their page, or an honest "no support" when nothing clears the threshold."""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass

from ingest.clean import split_sentences
from ingest.model import Chunk

from .answer import Answer, Citation, Route
from .language import FUNCTION_WORDS, Intent, fold, stem, words

# Calibrated on the sample questions and hand-made unanswerable ones (see tests/test_documents.py):
# the best sentence must cover at least this share of the question's content (IDF-weighted).
MIN_COVERAGE = 0.5
EXTRA_COVERAGE = 0.8  # further sentences need this share of the best one's score
QUESTION_WORDS = {"vem", "vilka", "vilken", "vilket", "vad", "hur", "när", "var", "varför"}
# A table of contents flattened into one line: "Förord 4 Sammanfattning 5 Bakgrund 6 …".
TOC_ENTRY_RE = re.compile(r"[A-Za-zÅÄÖåäö?]\s+\d{1,3}(?=\s+[A-ZÅÄÖ])")
# "Which groups count as …": the verb of a definition question is answered by any of these.
DEFINITION_RE = re.compile(r"\b(räknas|räknar|avses|avser|menas|menar|definieras|definierar|ingår|omfattas|omfattar|utgörs|gäller)\b")
DEFINITION_TERM = "\x00def"


def is_toc_line(line: str) -> bool:
    return len(TOC_ENTRY_RE.findall(line)) >= 4
NO_SUPPORT = "Jag hittar inget stöd för det i kunskapsbanken."


def norm_for_match(text: str) -> str:
    """Text reduced for quote verification: no whitespace, hyphens or bullets, lower-case."""
    t = fold(text)
    return re.sub(r"[\s\-–•●▪·\u00ad]+", "", t)


@dataclass
class Unit:
    text: str  # verbatim from the chunk
    chunk: Chunk
    chunk_rank: int
    position: int
    bullet: bool
    line: int = 0  # paragraph index inside the chunk: units on one line are contiguous text


class DocumentAnswerer:
    def __init__(self, chunks: list[Chunk], page_texts: dict[str, list[str]], titles: dict[str, str]):
        self.page_texts = page_texts
        self.titles = titles
        self.df: Counter[str] = Counter()
        for c in chunks:
            self.df.update(set(self._stems(c.text)))
        self.n = max(len(chunks), 1)
        self._page_norm: dict[tuple[str, int], str] = {}
        self.vocabulary = {w for c in chunks for w in words(c.text)}
        self._sorted_vocabulary = sorted(self.vocabulary)

    @staticmethod
    def _stems(text: str) -> list[str]:
        return [stem(w) for w in words(text) if w not in FUNCTION_WORDS and w not in QUESTION_WORDS]

    def _idf(self, s: str) -> float:
        return math.log(1 + self.n / (1 + self.df.get(s, 0)))

    def query_terms(self, question: str) -> list[tuple[str, float]]:
        terms = []
        for w in words(question):
            if w in FUNCTION_WORDS or w in QUESTION_WORDS or len(w) < 2:
                continue
            s = stem(w)
            weight = self._idf(s) * (0.5 if w[0].isdigit() else 1.0)
            if DEFINITION_RE.fullmatch(w) and w not in ("menar", "gäller"):
                s, weight = DEFINITION_TERM, min(weight, 1.5)
            terms.append((s, weight))
        return list(dict(terms).items())

    def coverage(self, terms: list[tuple[str, float]], text: str) -> float:
        if not terms:
            return 0.0
        stems = set(self._stems(text))
        if DEFINITION_RE.search(fold(text)):
            stems.add(DEFINITION_TERM)
        total = sum(w for _, w in terms)
        got = 0.0
        for s, w in terms:
            if s in stems:
                got += w
            elif len(s) >= 5 and any((t.startswith(s) or s.startswith(t)) and len(t) >= 5 for t in stems):
                got += 0.7 * w  # compounds and inflections: "expertmyndighet" ~ "expertmyndigheten"
        return got / total

    def units(self, hits) -> list[Unit]:
        out = []
        for rank, h in enumerate(hits):
            c = h.chunk
            pos = 0
            for li, line in enumerate(c.text.split("\n")):
                line = line.strip()
                if not line or is_toc_line(line):
                    continue
                if line.startswith("•"):
                    out.append(Unit(line, c, rank, pos, True, li))
                    pos += 1
                    continue
                for s in split_sentences(line):
                    out.append(Unit(s, c, rank, pos, False, li))
                    pos += 1
        return out

    def page_of(self, document: str, text: str, start: int | None, end: int | None) -> tuple[int | None, bool]:
        """The page on which a quote stands, verified against the page text."""
        pages = self.page_texts.get(document) or []
        needle = norm_for_match(text.lstrip("• "))[:400]
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

    def answer(self, question: str, intent: Intent, hits) -> Answer:
        terms = self.query_terms(question)
        missing = self.unknown_names(question)
        if missing:
            return self.no_support(question, hits, f"Kunskapsbanken nämner inte {', '.join(missing)}.")
        units = self.units(hits)
        scored = []
        by_pos = {(u.chunk.id, u.position): u for u in units}
        for u in units:
            cov = self.coverage(terms, u.text)
            # A claim and its speaker often sit in neighbouring sentences ("X har tappat …
            # Det menar Kajsa Holmberg"): quote the pair when together they answer better.
            if not u.bullet:
                best_span = None
                for lo, hi in ((-1, 0), (-2, 0), (-3, 0), (0, 1), (-1, 1)):
                    span = [by_pos.get((u.chunk.id, u.position + d)) for d in range(lo, hi + 1)]
                    if any(x is None or x.bullet or x.line != u.line for x in span):
                        continue
                    text = " ".join(x.text for x in span)
                    pc = self.coverage(terms, text) - 0.05 * (len(span) - 1)
                    if pc > cov + 0.1 and (best_span is None or pc > best_span[0]):
                        best_span = (pc, text)
                if best_span:
                    cov = best_span[0]
                    u = Unit(best_span[1], u.chunk, u.chunk_rank, u.position, False, u.line)
            ctx = self.coverage(terms, u.chunk.section + " " + u.chunk.text)
            score = cov + 0.25 * ctx + 0.04 * max(0, 5 - u.chunk_rank)
            if re.search(r"\bhur (många|mycket|stor|stort)\b", fold(question)):
                # A count question wants a figure (not a year) in the quote.
                if re.search(r"\d", re.sub(r"\b(19|20)\d\d\b", "", u.text)):
                    score += 0.15
                else:
                    score -= 0.2
            if u.chunk.kind == "table":
                score -= 0.2  # table rows are answered by the statistics engine, not quoted
            scored.append((score, cov, ctx, u))
        if not scored:
            return self.no_support(question, hits)
        scored.sort(key=lambda x: -x[0])
        best_score, best_cov, best_ctx, best = scored[0]
        if max(best_cov, 0.8 * best_ctx) < MIN_COVERAGE:
            return self.no_support(question, hits)
        chosen = [best]
        extra_lists: dict[str, list[Unit]] = {}
        for score, cov, _ctx, u in scored[1:]:
            if len(chosen) >= 3:
                break
            if any(norm_for_match(u.text) in norm_for_match(c.text) or norm_for_match(c.text) in norm_for_match(u.text) for c in chosen):
                continue
            if score >= EXTRA_COVERAGE * best_score and cov >= MIN_COVERAGE:
                chosen.append(u)
        # A list introduced by the best sentence (or standing right after it) comes along.
        lst = self._list_after(best, units)
        # "Vilka grupper …?": a bullet list under a heading that itself answers the question
        # ("Vad menas med utsatta grupper … > Sammandrag utsatta grupper") is the enumeration.
        if intent.plural and not lst and not best.bullet:
            for u in units:
                if not u.bullet or any(c.chunk.id == u.chunk.id for c in chosen):
                    continue
                if self.coverage(terms, u.chunk.section) >= 0.6:
                    items = [x for x in units if x.chunk.id == u.chunk.id and x.bullet]
                    if len(items) >= 2:
                        chosen = chosen[:2] + [items[0]]  # the list outranks a third sentence
                        extra_lists[items[0].chunk.id] = items[1:12]
                    break
        citations: list[Citation] = []
        parts: list[str] = []
        used: set[tuple[str, int]] = set()
        for u in chosen:
            if (u.chunk.id, u.position) in used:
                continue
            used.add((u.chunk.id, u.position))
            tail = lst if u is best else extra_lists.get(u.chunk.id, []) if u.bullet else []
            block = [u] + [x for x in tail if (x.chunk.id, x.position) not in used]
            for x in block:
                used.add((x.chunk.id, x.position))
            quote = "\n".join(x.text for x in block)
            page, ok = self.page_of(u.chunk.document, quote, u.chunk.page_start, u.chunk.page_end)
            if not ok and len(block) > 1:  # list over a page break: cite the lead sentence's page
                page, ok = self.page_of(u.chunk.document, u.text, u.chunk.page_start, u.chunk.page_end)
            n = len(citations) + 1
            citations.append(Citation(n, u.chunk.document, page, quote, u.chunk.section, u.chunk.text, ok))
            if len(block) > 1:
                lead = u.text if not u.bullet else ""
                items = [x.text.lstrip("• ").strip() for x in block if x.bullet]
                parts.append((f"{lead} [{n}]\n\n" if lead else "") + "\n".join(f"- {it}" for it in items) + ("" if lead else f" [{n}]"))
            else:
                parts.append(f"{u.text.lstrip('• ')} [{n}]")
        first = citations[0]
        title = self.titles.get(first.document, first.document)
        where = f"*{title}*" + (f", s. {first.page}" if first.page else "")
        text = f"Enligt {where}:\n\n" + "\n\n".join(parts)
        return Answer(question, True, Route.DOCUMENTS, text, citations=citations)

    def _list_after(self, best: Unit, units: list[Unit]) -> list[Unit]:
        same = [u for u in units if u.chunk.id == best.chunk.id]
        after = [u for u in same if u.position > best.position]
        if best.bullet:
            # The best unit is an item: the whole list it belongs to answers a "vilka" question.
            before = [u for u in same if u.position < best.position]
            run_before = []
            for u in reversed(before):
                if not u.bullet:
                    break
                run_before.insert(0, u)
            run_after = []
            for u in after:
                if not u.bullet:
                    break
                run_after.append(u)
            return run_before + run_after if (run_before or run_after) else []
        if not best.text.rstrip().endswith(":") and not (after and after[0].bullet):
            return []
        items = []
        for u in after:
            if not u.bullet:
                break
            items.append(u)
            if len(items) >= 12:
                break
        return items

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
