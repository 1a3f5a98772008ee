"""Definitions and acronyms: "vad står X för?", "vad betyder X?", "vad är X?", "vad menas med X?".

The documents' own words win. An acronym the documents spell out ("Hållbar Regional Utveckling
(HRU)") is answered from that sentence, with its page; one they only use is answered from the
curated glossary, and the answer says the documents do not define it. A term is answered from
a sentence that defines it ("Med X avses …", "X innebär …", "En X är …"). The acronyms are
learnt with ``index.acronyms.learn_acronyms`` from the same chunks as the start screen's
glossary, so the two always agree.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from index.acronyms import Acronym, is_short_form, learn_acronyms
from ingest.model import Chunk
from ingest.swedish import fold

from ..answer import Answer, Citation, Route
from .spans import Unit, chunk_units

_FILLER = r"(?:förkortningen|förkortningarna|begreppet|termen|uttrycket|ordet|bokstäverna i|en|ett)\s+"
# (the words a definition question puts before its term: no misspellings of the base's words)
FRAME_WORDS = frozenset({"förkortningen", "förkortningarna", "förkortning", "begreppet", "termen", "uttrycket", "ordet", "bokstäverna"})
# (an adverb the asker puts in: "vad menas egentligen med …")
_ADVERB = r"(?:\s+(?:egentligen|exakt|riktigt|då|här|nu))?"
_ASK = [
    # a term in quotes is the term, whatever follows it: "vad menas egentligen med ett ”spår” i
    # jobbspår – när räknas något som ett spår?"
    re.compile(rf"\bvad (?:betyder|innebär|menas|avses|står){_ADVERB}(?:\s+med)?\s+(?:{_FILLER})?[”\"'“](?P<t>[^”\"'“]{{1,60}})[”\"'“]"),
    re.compile(rf"\bvad står (?:{_FILLER})?(?P<t>.+?) för\b"),
    re.compile(rf"\bvad (?:betyder|innebär|menas{_ADVERB} med|avses{_ADVERB} med|är definitionen av) (?:{_FILLER})?(?P<t>.+?)\s*\??$"),
    # (… as typed in a chat too: "va e en LSG för nåt")
    _WHAT_IS := re.compile(rf"^(?:och\s+)?vad? (?:är|var|e) (?:{_FILLER})?(?P<t>.+?)(?: för (?:något|någonting|nåt|nånting))?\s*\??$"),
    re.compile(r"\bwhat (?:does|do) (?:the (?:acronym|abbreviation) )?(?P<t>.+?) (?:stand for|mean)\b"),
    _WHAT_IS_EN := re.compile(r"^what (?:is|are) (?:an? |the )?(?P<t>.+?)\s*\??$"),
]
# "… som nämns i rapporten", "… i planen", "… i riktlinjerna för medfinansiering": where the
# asker saw the term (a noun in its definite form, a document), not the term.
_WHERE_SEEN = re.compile(
    r"\s+(?:som (?:nämns|används|står|förekommer)\b.*|(?:i|enligt) (?:rapporten|dokumentet|planen|texten|protokollet|förstudien|anteckningarna|materialet)\b.*|"
    r"in the (?:report|document|plan|text)\b.*)$"
)
# (… also after a word or two: "i kompetensväxlings projektet", a compound typed apart)
# (… or an acronym inflected so: "i LÖK:en mellan Arbetsförmedlingen och Hofors")
# (… or a document named by its owner's genitive: "i Kungsbackas riktlinje", "enligt AF:s handbok")
_IN_DOCUMENT = re.compile(
    r"\s+(?:i|enligt) (?:(?:\w+\s+){0,2}(?:\w{3,}(?:en|et|na|an|in)|\w{2,}:(?:en|et|n|t|na|s))\b|\w{3,}(?<!s)s\s+\w{4,}\s*$|\w{2,}:s\s+\w{4,}\s*$).*$"
)
# A target that reads as a question of its own ("prognosen för gymnasieskolan") is not a term.
_NOT_A_TERM = re.compile(r"\b(för|i|på|om|av|till|med|från|hos|när|som|att|mellan|enligt|vid|in|of|for|at|on)\b")
MAX_TERM_WORDS = 3
MAX_LISTED = 10  # criteria quoted under a definition that leads into a list


# the term asked about first, then what it means: "RSP?? vad betyder det", "BRP – vad står det för?"
_TERM_FIRST = re.compile(r"^(?P<t>[^\s?!.,:–-][^?!.,:–]{0,38}?)\s*(?:[?!.,:–-]\s*)+vad (?:betyder|innebär|står|menas med) (?:det|den|de|dom)\b")


def asked_terms(question: str) -> list[str]:
    """The terms a definition question asks about, as written ("KUB", "FYR"); [] when the
    question is not one ("Vad är prognosen för förskolan?")."""
    q = question.strip()
    if (first := _TERM_FIRST.match(fold(q))) is not None and is_short_form(term := q[first.start("t"):first.end("t")].strip()):
        # "RSP?? vad betyder det i lots-sammanhang": a short form first, "det" pointing back at it
        # (not "Projektet försenades, vad betyder det för oss?")
        q = f"vad betyder {term}?"
    for rx in _ASK:
        m = rx.search(fold(q))
        if not m:
            continue
        raw = q[m.start("t") : m.end("t")].strip(" ?.,!”\"'")
        raw = _WHERE_SEEN.sub("", raw).strip(" ?.,!")
        if rx is not _WHAT_IS and rx is not _WHAT_IS_EN:
            # ("vad menas med projektägare i riktlinjerna för …": a definite noun after "i" is a
            # document; "vad är arbetslösheten i kommunen?" asks for a figure, no definition)
            raw = _IN_DOCUMENT.sub("", raw).strip(" ?.,!")
            # (… and so is one long word after "i" that closes a question of what a term stands
            # for: "vad betyder UVAS i utvecklingsstrategi?", a typo corrected to its base form)
            raw = re.sub(r"\s+(?:i|enligt)\s+\w{8,}$", "", raw).strip(" ?.,!")
        parts = [p.strip() for p in re.split(r"\s*(?:,|\boch\b|\band\b|/)\s*", raw) if p.strip()]
        if not parts or any(len(p.split()) > MAX_TERM_WORDS for p in parts):
            return []
        if len(parts) == 1 and _NOT_A_TERM.search(fold(parts[0])) and not is_short_form(parts[0]):
            return []
        return parts
    return []


@dataclass(frozen=True)
class Definition:
    term: str
    text: str  # the defining sentence, verbatim
    unit: Unit | None  # where it stands (None for the curated glossary)
    long: str = ""  # an acronym's long form


class Definitions:
    """Acronyms and defining sentences of a set of chunks."""

    def __init__(self, chunks: Iterable[Chunk]):
        # The same chunks the start screen's glossary reads (suggest.glossary), so both agree.
        self.chunks = list(chunks)
        self._folded = [fold(c.text) for c in self.chunks]
        self.acronyms: dict[str, Acronym] = learn_acronyms(self.chunks)
        self._by_lower = {k.lower(): a for k, a in self.acronyms.items()}

    def acronym(self, term: str) -> Acronym | None:
        return self.acronyms.get(term) or self._by_lower.get(term.lower().rstrip("+")) or self._by_lower.get(term.lower())

    def defining_unit(self, a: Acronym) -> Unit | None:
        """The sentence where the documents spell the acronym out. For an acronym of the curated
        glossary, a passage that uses the acronym and writes out the glossary's long form
        ("Deltagarantal KVL … lämnat Karriärvägledning") supports it in the documents' words."""
        short = re.compile(rf"(?<![\w+]){re.escape(a.short)}(?![\w+])")
        words_of_long = [w for w in re.findall(r"\w+", fold(a.long)) if len(w) > 2]
        glossary = a.document is None
        for c in self.chunks:
            if (not glossary and c.document != a.document) or not short.search(c.text):
                continue
            for u in chunk_units(c):
                fu = fold(u.text)
                if (glossary or short.search(u.text)) and all(w in fu for w in words_of_long):
                    return u
        return None

    def term_definition(self, term: str) -> Unit | None:
        """The sentence that defines ``term`` best: the term as the subject of a defining verb,
        or "Med X avses …"."""
        t = re.escape(fold(term))
        stem_t = re.escape(fold(term)[: max(4, len(term) - 2)]) if len(term) > 6 else t
        # (the term in an inflected form – "varslet", "långtidsinskrivna" – never a compound it
        # opens: "Med varselsamordnare avses …" defines no "varsel")
        infl = r"\w{0,5}" if len(term) > 6 else r"\w{0,4}"
        patterns = [
            (3, re.compile(rf"\bmed (?:en |ett )?{stem_t}{infl}\s+(?:\([^)]*\)\s*)?(?:avses|menas)\b")),
            (3, re.compile(rf"\b{stem_t}{infl}\s+(?:definieras|defineras)\s+som\b")),
            # a glossary entry: "Långtidsarbetslös – Person som har varit inskriven …"
            (3, re.compile(rf"^{t}\s*[–—:-]\s+\w")),
            (2, re.compile(rf"^(?:en |ett |begreppet |termen )?{stem_t}{infl}\s*(?:\([^)]*\)\s*)?(?:är|innebär|betyder|avser|står för|handlar om|syftar till|kallas|visar|beskriver|mäter)\b")),
            (1, re.compile(rf"\b{stem_t}{infl}\s*(?:\([^)]*\)\s*)?(?:är en|är ett|innebär|betyder|står för)\b")),
            (1, re.compile(rf"\b(?:kallas|kallar|benämns|så kallade?)\s+(?:för\s+)?{stem_t}")),
        ]
        best: tuple[int, int, Unit] | None = None
        for c, folded in zip(self.chunks, self._folded):
            if not re.search(stem_t, folded):
                continue
            for u in chunk_units(c):
                # (a list's entry is read without its bullet: "• Servicenod: en lanthandel …" is a
                # glossary line – round 215's plan listed its definitions so, and none was found)
                fu = _BULLET_MARK.sub("", fold(u.text))
                for strength, rx in patterns:
                    m = rx.search(fu)
                    if m and (best is None or (strength, -m.start()) > (best[0], best[1])):
                        best = (strength, -m.start(), u)
                        break
        return best[2] if best else None

    @staticmethod
    def source_sentence(unit: Unit) -> Unit | None:
        """The sentence right before a definition that says whose definition it is ("I rapporten
        används Tillväxtverkets definition.")."""
        units = chunk_units(unit.chunk)
        k = unit.position - 1
        if k < 0 or units[k].line != unit.line or units[k].bullet:
            return None
        return units[k] if re.search(r"\bdefinition(?:en)?\b|\bdefinieras\b", fold(units[k].text)) else None

    @staticmethod
    def listed_after(unit: Unit) -> list[Unit]:
        """The bullets a defining sentence leads into ("… är ett företag som" / "• driver …",
        "… avses:" / "• …"): the items right after it, when the sentence ends unfinished."""
        if not re.search(r"(?:\bsom|\batt|:|\bsåväl|\bbåde)\s*$", unit.text.strip()):
            return []
        units = chunk_units(unit.chunk)
        out = []
        for u in units[unit.position + 1:]:
            if not u.bullet:
                break
            out.append(u)
        return out[:MAX_LISTED]

    @staticmethod
    def continuation(unit: Unit) -> Unit | None:
        """The next sentence when it goes on about the defined thing ("Dessa kurvor visar …")."""
        units = chunk_units(unit.chunk)
        i = unit.position + 1
        # (… or the rest of a glossary's entry: "De minimis-stöd – Stöd av mindre betydelse. Ett
        # företag får högst …" is one entry on one line)
        glossary = _GLOSSARY_LINE.match(unit.text)
        if i < len(units) and not units[i].bullet and units[i].line == unit.line and (
            (glossary and not _GLOSSARY_LINE.match(units[i].text)) or _ANAPHOR.match(units[i].text)  # (the next entry is its own)
        ):
            return units[i]
        return None


_MEANS = re.compile(r"\b(?:avses|menas|definieras|defineras)\b")
_BULLET_MARK = re.compile(r"^\s*(?:[•▪◦‣∙·*–-]|\d{1,2}[.)])\s+")
_GLOSSARY_LINE = re.compile(r"^[^–—.]{1,60}\s[–—]\s")
_ANAPHOR = re.compile(r"^(Dessa|Denna|Detta|Den|Det|De|Där|Metoden|Modellen|Begreppet|Kurvan|Kurvorna)\b")


def answer_definition(
    question: str,
    definitions: Definitions,
    page_of: Callable[[str, str, int | None, int | None], tuple[int | None, bool]],
    titles: dict[str, str],
) -> Answer | None:
    """An answer to "vad står X för / vad betyder X / vad är X" from the documents' own
    definition (or, for an acronym they only use, the curated glossary); None when the
    question asks for no definition or the documents define none of its terms."""
    terms = asked_terms(question)
    if not terms:
        return None
    lines: list[str] = []
    citations: list[Citation] = []
    notes: list[str] = []
    for term in terms:
        a = definitions.acronym(term)
        head = ""
        unit = definitions.defining_unit(a) if a is not None else None
        if unit is not None:
            # (a sentence that says what the acronym means – "Med KUB (kompletterande
            # utbildningsblock) avses korta yrkesinriktade utbildningar om 2–6 veckor …" – before
            # the first one that merely spells it out: "… för kompletterande utbildningsblock (KUB)")
            meant = definitions.term_definition(a.short)
            if meant is not None and meant.text != unit.text and _MEANS.search(fold(meant.text)):
                unit = meant
            head = f"**{a.short}** står för *{a.long}*"
        elif a is None or a.document is None:
            unit = definitions.term_definition(term)
        if unit is not None:
            c = unit.chunk
            # (an acronym's glossary entry goes on after its expansion: "TSA – tvåsäsongsavtal.
            # Skriftlig överenskommelse mellan …" – the entry is the answer, not its first words)
            more = definitions.continuation(unit) if not head or _GLOSSARY_LINE.match(unit.text) else None
            quote = f"{unit.text} {more.text}" if more else unit.text
            items = [] if head or more else definitions.listed_after(unit)
            before = definitions.source_sentence(unit) if not head else None
            if before is not None:
                # "I rapporten används Tillväxtverkets definition. Ett … är …": whose definition it is
                quote = f"{before.text} {quote}"
            shown = quote
            if items:
                # "Ett arbetsintegrerande socialt företag är ett företag som" / "• driver …": the
                # definition is its sentence and the criteria listed under it
                listed = [re.sub(r"^[•\-–*]\s*", "", u.text) for u in items]
                quote = " ".join([*([before.text] if before else []), unit.text, *listed])
                shown = " ".join([*([before.text] if before else []), unit.text]) + "".join(f"\n> - {x}" for x in listed)
            page, ok = page_of(c.document, unit.text if items else quote, c.page_start, c.page_end)
            n = len(citations) + 1
            citations.append(Citation(n, c.document, page, quote, c.section, c.text, ok))
            title = titles.get(c.document) or c.document
            where = f"*{title}*" + (f", s. {page}" if page else "")
            lines.append((f"{head} – enligt {where} [{n}]:" if head else f"Enligt {where} [{n}]:") + f"\n\n> {shown}")
        elif a is not None:
            lines.append(
                f"**{a.short}** står för *{a.long}*. Dokumenten i kunskapsbanken förklarar inte förkortningen; "
                "förklaringen kommer från den inbyggda ordlistan."
            )
            notes.append(f"{a.short}: förklaringen kommer från ordlistan, inte från dokumenten.")
        elif len(terms) == 1:
            return None
    if not lines:
        return None
    return Answer(question, True, Route.DOCUMENTS, "\n\n".join(lines), citations=citations, notes=notes)
