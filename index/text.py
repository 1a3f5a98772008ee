"""Swedish text analysis for BM25: tokens, stopwords, Snowball stems and compound parts.

Swedish writes compounds as one word ("sjukskrivningstalen", "arbetsmarknadsutbildning"), so a
plain stemmer never lets the question "sjukskrivning" find "sjukskrivningstalen". The
:class:`Analyzer` learns a lexicon of stems from the indexed corpus and splits each long stem
into known parts (allowing the linking -s- and linking vowels), emitting the whole stem *and*
its parts. Learning the lexicon from the corpus keeps the splitter honest: it only splits into
words this corpus actually uses on their own, so "person" is not cut into "per" + "son" unless
both stand alone often enough to be believed.

Numbers, ranges and acronyms are kept whole ("10,85", "2021-2027", "rom2", "esf+"), since
users search for exactly those.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from ingest.swedish import STOPWORDS, TOKEN_RE, index_tokens, stem

MIN_PART = 3  # shortest compound part ("tal", "tid", "län", "råd")
MIN_COMPOUND = 7  # shortest stem worth trying to split
MIN_PART_COUNT = 2  # a part must occur on its own this often in the corpus
MIN_UNKNOWN_HEAD = 6  # "utbildnings|dimensionering": a long unseen head after a known word + s
MIN_KNOWN_BEFORE_UNSEEN = 5  # …and a long known word ("tjäns|teproducent" is no compound)
VOWEL_LINKS = "eaou"  # gymnasi-e-utbildning, barn-a-vård, kvinn-o-frid, gat-u-kök
DROPPED_VOWELS = "ea"  # deltagar|antal (deltagare), skol|år (skola)
MIN_DROPPED_VOWEL_LEFT = 5  # …only for a longer modifier: "tid(e)|…" is no such word
MIN_AFTER_VOWEL_LINK = 5  # …but "rapport-e-ring" is not a compound: demand a longer next part

# Never compound parts: derivational endings ("utveckl|ing", "möjlig|het") and particles whose
# compounds mean something else than the parts ("under|sök", "genom|gång", "åter|komm").
NOT_PARTS: frozenset[str] = frozenset(
    """
    ing ning het lig ligt liga skap else ande ende are ade era erar tion itet isk iska iskt ell
    ism ist ens ans ers ings nings end ent
    und under över genom fram åter bort före efter kring sam samm hem bak
    """.split()
)

class Analyzer:
    """Turns text into BM25 terms: stems plus compound parts known from the corpus lexicon.

    ``words`` maps each lowercase word that stands alone in the corpus to its count. Build it
    with :meth:`fit` over the texts being indexed and save it with the index (``to_json``), so
    questions are analysed exactly as the documents were.
    """

    def __init__(self, words: dict[str, int] | None = None, split_compounds: bool = True):
        self.words: dict[str, int] = dict(words or {})
        self.split_compounds = split_compounds
        stems: Counter[str] = Counter()
        for w, n in self.words.items():
            stems[stem(w)] += n
        self.stems: dict[str, int] = dict(stems)
        self._segment = lru_cache(maxsize=200_000)(self._segment_uncached)
        self._terms = lru_cache(maxsize=200_000)(self._terms_uncached)

    @classmethod
    def fit(cls, texts: Iterable[str], split_compounds: bool = True) -> Analyzer:
        """Learn the lexicon: the words that stand alone in ``texts``.

        Pieces of hyphenated words are left out: in extracted PDF text they are as often
        broken lines ("myndig-heter") as real compounds, and would teach the splitter nonsense.
        """
        counts: Counter[str] = Counter()
        for text in texts:
            for m in TOKEN_RE.finditer(text):
                word = m.group("word")
                if not word or "-" in word or "–" in word:
                    continue
                low = word.split(":", 1)[0].rstrip("+").lower()
                if low.isalpha() and len(low) >= MIN_PART and low not in STOPWORDS:
                    counts[low] += 1
        return cls(dict(counts), split_compounds=split_compounds)

    def to_json(self) -> dict:
        return {"words": self.words, "split_compounds": self.split_compounds}

    @classmethod
    def from_json(cls, data: dict) -> Analyzer:
        return cls(data.get("words", {}), split_compounds=data.get("split_compounds", True))

    def analyze(self, text: str) -> list[str]:
        """BM25 terms of ``text``: every token's stem, followed by its compound parts."""
        out: list[str] = []
        for tok in index_tokens(text):
            out.extend(self._terms(tok))
        return out

    def query_terms(self, text: str) -> tuple[list[str], list[str]]:
        """A question's terms split in two: the stems of its words, and the compound parts
        they add (not already among the stems). Search weighs the parts lower: a question's
        "arbetsmarknaden" should not turn into a search for every text about "arbete"."""
        whole: list[str] = []
        parts: list[str] = []
        for tok in index_tokens(text):
            terms = self._terms(tok)
            whole.append(terms[0])
            parts.extend(terms[1:])
        whole = list(dict.fromkeys(whole))
        seen = set(whole)
        return whole, [p for p in dict.fromkeys(parts) if p not in seen]

    def compound_parts(self, word: str) -> list[str]:
        """The index terms a compound adds besides its own stem; [] for a word we don't split.

        With a corpus that uses "sjukskrivning" and "tal" on their own,
        ``compound_parts("sjukskrivningstalen") == ["sjukskrivning", "tal"]``.
        """
        low = word.lower()
        return [t for t in self._terms(low) if t != stem(low)]

    # -- internals -------------------------------------------------------------------------

    def _terms_uncached(self, tok: str) -> tuple[str, ...]:
        whole = stem(tok)
        if not (self.split_compounds and tok.isalpha() and len(whole) >= MIN_COMPOUND):
            return (whole,)
        seg = self._segment(whole)
        if seg is None:
            return (whole,)
        terms: list[str] = [whole]
        # Each part, and each run of adjacent parts the corpus knows as a word
        # ("arbetsmarknad" inside arbets|marknads|utbildning).
        for i in range(len(seg)):
            for j in range(i + 1, len(seg) + 1):
                if j - i == len(seg):
                    continue
                piece = whole[seg[i][0] : seg[j - 1][1]]
                forms = self._forms(piece)
                if not forms and j - i == 1 and _may_be_part(stem(piece)):
                    forms = [stem(piece)]  # the accepted unseen head
                for form in forms:
                    if form not in terms:
                        terms.append(form)
        return tuple(terms)

    def _count(self, piece: str) -> int:
        """How often ``piece`` stands alone: as an index stem, or as a word seen in the corpus."""
        if piece in self.stems:
            return self.stems[piece]
        if piece in self.words:
            return self.stems.get(stem(piece), 0)
        return 0

    def _known(self, piece: str) -> bool:
        return (
            len(piece) >= MIN_PART
            and _may_be_part(piece)
            and _may_be_part(stem(piece))
            and self._count(piece) >= MIN_PART_COUNT
        )

    def _forms(self, piece: str) -> list[str]:
        """The index terms a compound part stands for: itself and/or its stem, when the corpus
        has them."""
        return [f for f in dict.fromkeys((piece, stem(piece))) if f in self.stems and _may_be_part(f)]

    def _segment_uncached(self, word: str) -> tuple[tuple[int, int], ...] | None:
        """Best split of ``word`` into ≥ 2 parts, as (start, end) spans without the links.

        Best = highest geometric mean of the parts' corpus counts (Koehn & Knight 2003), ties
        to a known head (Swedish compounds are right-headed), then to fewer parts. Every part
        must be a word the corpus uses on its own, with one exception: a long part may be unseen
        when a linking -s- joins it to a long known part ("utbildnings|dimensionering",
        "arbetsmarknads|utbildning") — an -s- between two long stems marks a compound.
        Two three-letter parts never stand side by side ("del|tag", "del|tog").
        """
        best: tuple[float, bool, int, tuple[tuple[int, int], ...]] | None = None
        n = len(word)
        for i in range(MIN_PART, n - MIN_PART + 1):
            left, rest = word[:i], word[i:]
            # (end of the left part, min length of the next part, left part is unseen)
            lefts: list[tuple[int, int, bool]] = []
            if self._known(left):
                lefts.append((i, MIN_PART, False))
            if left[-1] == "s" and self._known(left[:-1]):
                lefts.append((i - 1, MIN_PART, False))
            elif left[-1] in VOWEL_LINKS and self._known(left[:-1]):
                lefts.append((i - 1, MIN_AFTER_VOWEL_LINK, False))
            elif i >= MIN_DROPPED_VOWEL_LEFT and any(self._known(left + v) for v in DROPPED_VOWELS):
                # the modifier's final vowel falls away: deltagar(e)|antal, lärar(e)|tjänst, skol(a)|år
                lefts.append((i, MIN_AFTER_VOWEL_LINK, False))
            elif (
                left[-1] == "s"
                and i - 1 >= MIN_UNKNOWN_HEAD
                and len(rest) >= MIN_UNKNOWN_HEAD
                and self._known(rest)
                and _may_be_part(stem(left[:-1]))
            ):
                lefts.append((i - 1, len(rest), True))  # unseen modifier before a known head
            if len(left) > MIN_PART and left[-1] == left[-2] and left[-1] not in "aeiouyåäö" and self._known(left) and self._known(word[i - 1 :]):
                # "snitt|timlön" written "snittimlön": of three like consonants where the parts
                # meet one is dropped, so the head begins with the modifier's last letter
                parts = ((0, i), (i - 1, n))
                score = sum(math.log(max(self._count(word[a:b]), 1)) for a, b in parts) / len(parts)
                key = (score, True, -len(parts))
                if best is None or key > best[:3]:
                    best = (score, True, -len(parts), parts)
            if not lefts:
                continue
            tails: list[tuple[tuple[int, int], ...]] = []
            if self._known(rest):
                tails.append(((0, len(rest)),))
            sub = self._segment(rest)
            if sub is not None:
                tails.append(sub)
            for end, min_next, unseen_left in lefts:
                if end == MIN_PART:
                    min_next = max(min_next, MIN_PART + 1)
                options = [t for t in tails if t[0][1] - t[0][0] >= min_next]
                if unseen_left:
                    options = [((0, len(rest)),)]
                elif (
                    not options
                    and end == i - 1
                    and left[-1] == "s"
                    and end >= MIN_KNOWN_BEFORE_UNSEEN
                    and len(rest) >= MIN_UNKNOWN_HEAD
                ):
                    options = [((0, len(rest)),)]  # unseen head after a known word + s
                for tail in options:
                    parts = ((0, end), *((a + i, b + i) for a, b in tail))
                    score = sum(math.log(max(self._count(word[a:b]), 1)) for a, b in parts) / len(parts)
                    head_known = self._known(word[parts[-1][0] : parts[-1][1]])
                    key = (score, head_known, -len(parts))
                    if best is None or key > best[:3]:
                        best = (score, head_known, -len(parts), parts)
        return None if best is None else best[3]


def _may_be_part(piece: str) -> bool:
    return piece not in STOPWORDS and piece not in NOT_PARTS
