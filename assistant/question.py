"""What a typed question becomes before anything answers it: typos corrected against the words
of the knowledge base, greetings and background left out, English recognised.

    vocab = vocabulary(chunk.text for chunk in chunks)
    nq = normalise_question("Hej! Hur hög är sjukskrivnigen i Vivalla?", vocab)
    nq.text         → "Hur hög är sjukskrivningen i Vivalla?"
    nq.corrections  → (("sjukskrivnigen", "sjukskrivningen"),)
    nq.notes        → ("Tolkade ”sjukskrivnigen” som ”sjukskrivningen”.",)

``normalise_question`` is pure: the same text and vocabulary give the same result, nothing is
read or written, so every route (statistics and documents) can call it and trust its output.

Why one module of this size: normalisation is one pass whose steps read each other's output (place
aliases, then residents, then typos) against one vocabulary index.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ingest.swedish import (
    ENDS_IN_ABBREVIATION,
    SOURCE_NOUN,
    STOPWORDS,
    SWEDISH_NUMBER_WORDS,
    english_words,
    fold,
    municipality_of,
    plain,
    residents_of,
    stem,
    words,
)

from .stats.form import county_adjectives, county_by_head, lexicon, light_verbs, municipality_seats, place_aliases

# A word is corrected only when it is this long; shorter ones are too often a different word
# one letter away ("lån"/"län", "sista"/"sitta", "snitt"/"sitt").
MIN_CORRECT_LEN = 6
# Edits allowed (optimal string alignment: a swap of two letters is one edit).
SHORT_WORD_EDITS = 1  # 5–7 letters
LONG_WORD_EDITS = 2  # 8 letters or more
LONG_WORD = 8
# A correction must be a word the knowledge base uses at least this often (or a function word):
# a word seen once may itself be a typo or a name.
MIN_FREQUENCY = 2

# Words that make a sentence a question or a request, Swedish and English.
_ASKING = re.compile(
    r"^(vad|vem|vems|vilka|vilken|vilket|hur|när|var|varifrån|vart|varför|finns|fanns|har|hade|är|var|"
    r"blev|kan|kunde|skulle|ska|får|gäller|stämmer|sammanfatta|beskriv|berätta|förklara|lista|ge|visa|"
    r"nämn|jämför|what|who|whom|which|when|where|why|how|does|do|did|is|are|was|were|can|could|"
    r"summari[sz]e|list|describe|explain|tell|give|show|compare)\b",
    re.I,
)
_GREETING = re.compile(
    r"^\s*(hej+san|hej+|hallå|tjena|tjenare|tja|god\s+(morgon|dag|kväll|eftermiddag)|hi|hello|hey)\b[\s!,.:;–-]*",
    re.I,
)
_THANKS = re.compile(
    r"[\s,.;–-]*\b(tack( så mycket| på förhand| i förväg)?|mvh|med vänlig hälsning|vänliga hälsningar|"
    r"thanks|thank you)\b[^?]*$",
    re.I,
)
# Imperatives that ask for an answer as a question does ("Jämför …", "Sammanfatta …", "List …")
_REQUEST = re.compile(
    r"^(jämför|sammanfatta|summera|beskriv|förklara|lista|räkna ut|compare|summari[sz]e|list|describe|explain)\b", re.I
)
# Lead-ins that ask for an answer without being part of it ("Kan du kort berätta om …").
_LEAD_IN = re.compile(
    r"^(och\s+)?((kan|kunde|skulle|vill)\s+(du|ni)(\s+(snälla|vänligen))?(\s+(kort|kortfattat|snabbt|lite|gärna))*"
    r"(\s+(berätta|säga|förklara|beskriva|tala om|svara på|hjälpa mig( att| med)?|ta reda på|kolla))?"
    r"(\s+(för|åt) mig)?(\s+lite)?(\s+om(?=\s+(vad|vem|vilka|vilken|vilket|hur|när|var|varför)\b))?"
    r"|jag\s+(undrar|skulle vilja veta|vill veta|vill gärna veta|funderar på|behöver veta)(\s+lite)?"
    r"(\s+om(?=\s+(vad|vem|vilka|vilken|vilket|hur|när|var|varför)\b))?)\s*[,:]?\s*",
    re.I,
)
# Background about the asker ("Jag ska dra ekonomin på torsdag", "Vi undrar …").
_ABOUT_ASKER = re.compile(r"^(jag|vi|min|mitt|mina|vår|vårt|våra|i'm|i am|we|my|our)\b", re.I)

# English and Swedish words that only one of the two languages uses often.
_ENGLISH = frozenset(
    "the what which who whom whose when where why how many much does do did is are was were of in on at for "
    "to and or a an by with from that this these those have has had there any according will would be been "
    "can could it its their they he she his her our your you about into than then also than per each "
    "should shall may might".split()
)
_SWEDISH = frozenset(
    "och att det som en ett är på för med av till den de inte om vad hur vem när var vilka vilken vilket "
    "finns har hade ska skulle kan kunde många mycket eller men från under efter också detta dessa där "
    "sig sin sitt sina hos mellan enligt inom".split()
)


@dataclass(frozen=True)
class NormalisedQuestion:
    """A question ready to be answered.

    text:        what to answer – the question itself, typos corrected, greetings, background
                 and lead-ins ("kan du berätta …") left out
    original:    as typed
    corrections: (typed word, read as) for each corrected word
    language:    "sv" or "en"
    notes:       Swedish lines that say what was done (one per kind of change)
    context:     background sentences left out of ``text`` that still name what the question is
                 about ("Jag såg att Werket skrev om en ny utredning …"): worth searching for,
                 never the question's form
    """

    text: str
    original: str
    corrections: tuple[tuple[str, str], ...] = ()
    language: str = "sv"
    notes: tuple[str, ...] = ()
    context: str = ""

    @property
    def shortened(self) -> bool:
        """Filler or background was left out (beyond corrected spelling)."""
        return bool(self.context) or _fold_space(self.text) != _fold_space(_apply(self.original, self.corrections))

    @property
    def search_text(self) -> str:
        """What to search for: the question and, after it, its background."""
        return f"{self.text} {self.context}".strip()


# Everyday adverbs of a question that a knowledge base's texts may never write: no typo of one of
# its words ("varför sköts den fram igen?" had been read "… fram ingen")
EVERYDAY_WORDS = frozenset("igen ånyo fortfarande hittills redan ändå alltså typ förut nyss snart".split())


class Vocabulary(Counter):
    """Word → how often the knowledge base writes it; ``elided``: the compounds it writes with
    a first part standing for the whole ("jobb- och utvecklingsgarantin"), folded."""

    elided: frozenset[str] = frozenset()


def vocabulary(texts: Iterable[str], known: Iterable[str] = ()) -> Vocabulary:
    """How often each lower-case word occurs in ``texts`` (the knowledge base's vocabulary).
    ``known``: words of questions themselves ("snitt", "sammanlagt"), which no text need use
    and which are never corrected into a text's word ("snitt" → "sitt")."""
    counts = Vocabulary()
    elided: set[str] = set()
    for t in texts:
        counts.update(w for w in words(t) if w.isalpha())
        if "- " in t:
            elided.update(_fold_space(m.group(0)) for m in _ELIDED.finditer(t))
    counts.elided = frozenset(elided)
    for w in (*known, *EVERYDAY_WORDS):
        counts[w] = max(counts[w], MIN_FREQUENCY)
    return counts


def detect_language(text: str) -> str:
    """"en" when the text reads as English (more English than Swedish function words, at least
    two of them), else "sv"."""
    ws = [w for w in words(text) if w.isalpha()]
    en = sum(w in _ENGLISH for w in ws)
    sv = sum(w in _SWEDISH for w in ws)
    return "en" if en >= 2 and en > sv else "sv"


def normalise_question(text: str, vocabulary: Mapping[str, int]) -> NormalisedQuestion:
    """Read a typed question the way the knowledge base can answer it.

    ``vocabulary``: word → how often the knowledge base uses it (see :func:`vocabulary`). An
    unknown word (not in it, no inflection or compound of its words, not a function word) is
    replaced by the most frequent knowledge-base word within one or two edits that starts with
    the same letter; capitalised words inside the question (names) are never corrected. English
    questions are not corrected; the note says the answer is in Swedish.
    """
    original = text
    text = re.sub(r"\s+", " ", text).strip()
    language = detect_language(text)
    notes: list[str] = []
    question, context = _strip_filler(text)
    question = ages_in_figures(question)
    corrections: tuple[tuple[str, str], ...] = ()
    # "Övik", "Sörmland": a place by the everyday name people use (the lexicon's place aliases),
    # when the knowledge base does not write that name itself (in any language: "the CE course
    # in Övik") – read as the official name by both routes, and said
    # (… and a municipality's seat, "Hammarstrand", for the municipality, Ragunda)
    aliases = {**municipality_seats(), **place_aliases()}
    nicknamed = tuple(
        (m.group(0), aliases[w].capitalize()) for m in re.finditer(r"\b\w+\b", question)
        if (w := fold(m.group(0))) in aliases and w not in vocabulary
    )
    question = _apply(question, nicknamed)
    if language == "sv":
        # "i Norr- och Västerbotten", "för- och grundskolan": a compound's first part standing for
        # the whole, written out ("Norrbotten och Västerbotten")
        question = _elided_compounds(question, vocabulary)
        # "vilken halländsk kommun …", "värmländska kommuner": a county named by its adjective –
        # read as "kommun i Hallands län" (the typo fix had made "halländsk" "holländsk")
        adjectives = county_adjectives()
        if adjectives:
            rx = re.compile(rf"\b({'|'.join(map(re.escape, adjectives))})(?:a|t|e)?\s+([^\W\d_]{{3,}})", re.I)
            said = tuple((m.group(0), f"{m.group(2)} i {adjectives[fold(m.group(1))]}") for m in rx.finditer(question))
            question = _apply(question, said)
            nicknamed += said
        # "värmlandskommunerna", "skånekommuner": the municipalities of a county, written as one
        # word – read as "kommunerna i Värmlands län" (the compound named no row)
        heads = county_by_head()
        compounds = tuple(
            (m.group(0), f"{m.group(2)} i {heads[h]}")
            for m in re.finditer(r"\b(\w{4,}?)(kommuner(?:na)?|kommunernas)\b", question, flags=re.I)
            if fold(m.group(0)) not in vocabulary
            and (h := next((x for x in (fold(m.group(1)), fold(m.group(1)).removesuffix("s")) if x in heads), None))
        )
        question = _apply(question, compounds)
        nicknamed += compounds
        # "hyltebor", "norrköpingsborna", "göteborgare": a municipality's residents – read as
        # "invånare i Hylte", so that both routes see the place (the word itself names no row)
        residents = tuple(
            (m.group(0), f"{'invånarna' if fold(m.group(0)).endswith('na') else 'invånare'} i {place}")
            for m in re.finditer(r"\b\w{6,}\b", question)
            if fold(m.group(0)) not in vocabulary and (place := residents_of(m.group(0)))
        )
        question = _apply(question, residents)
        nicknamed += residents
        corrections = _corrections(question, vocabulary)
        question = _apply(question, corrections)
    else:
        notes.append("Frågan är på engelska – jag svarar på svenska, som källorna är skrivna.")
    corrections = nicknamed + corrections
    if corrections:
        said = " och ".join(f"”{a}” som ”{b}”" for a, b in corrections)
        notes.insert(0, f"Tolkade {said}.")
    return NormalisedQuestion(question, original, corrections, language, tuple(notes), context)


_TENS = tuple(w for w, n in SWEDISH_NUMBER_WORDS.items() if 20 <= n < 100)
_ONES = tuple(w for w, n in SWEDISH_NUMBER_WORDS.items() if 1 <= n < 20)
_AGE_WORD = re.compile(
    rf"\b({'|'.join(_TENS)})?({'|'.join(sorted(_ONES, key=len, reverse=True))})?(åring|årig|års)(\w*)", re.IGNORECASE
)


def ages_in_figures(text: str) -> str:
    """Ages written in words as tables write them in figures: "sexåringar" → "6-åringar",
    "tjugofemåriga" → "25-åriga" ("12-åringar", "6-åriga" are how a table's rows are named)."""

    def figure(m: re.Match) -> str:
        tens, ones, unit, rest = m.groups()
        if not tens and not ones:
            return m.group(0)
        if unit.lower() == "års" and not rest.lower().startswith(("ålder", "åldern")):
            return m.group(0)  # ("treårsplanen", "femårsperiod": no age)
        n = (SWEDISH_NUMBER_WORDS[tens.lower()] if tens else 0) + (SWEDISH_NUMBER_WORDS[ones.lower()] if ones else 0)
        return f"{n}-{unit}{rest}"

    return _AGE_WORD.sub(figure, text)


# ---------------------------------------------------------------------- filler


# Pronouns that point back at something the asker named before the question
_REFERS_BACK = re.compile(
    r"\b(dem|dessa|denna|detta|där|dit|hon|han|hen|henne|honom|hennes|hans|deras|them|those|these|she|he|her|him|their|there)\b",
    re.IGNORECASE,
)


# A yes/no question about "it" ("… raderade en fil i förrgår... går den att få tillbaka?"): what
# "den" is, the background says.
_PRONOUN_ASK = re.compile(
    r"^\s*(?:och\s+|men\s+)?(?:går|kan|finns|får|är|blir|gäller|stämmer|stämde|håller|funkar|fungerar|räknas|ska|måste|behöver|brukar)\s+(?:den|det|de|dom)\b"
)


_EMBEDDED_ASK = re.compile(
    r"\b(?:veta|undrar|undra|ta reda på|wonder|wondering|know|find out)\s+(hur|vad|vilka|vilken|vilket|när|how|what|which|when)\b"
    # (… or what is needed, named: "… och behöver veta skillnaden i kostnad … mellan Huddinge och Nacka")
    r"|\b(?:behöver|vill|ville|skulle vilja|need to|want to)\s+veta\s+((?!om\b|mer\b)[a-zåäö]\w+)",
    re.IGNORECASE,
)


def _ask_start(m: re.Match) -> int:
    """Where an embedded ask begins: its question word, or the thing needed ("veta skillnaden …")."""
    return m.start(1) if m.group(1) else m.start(2)


# "Tabell 2. Trafikarbete …", "Figur 3. …": a numbered caption's full stop ends no sentence
# (a question that names a table by its caption had been cut to the caption's last part)
_NUMBERED_CAPTION_END = re.compile(r"\b(?:tabell|table|figur|figure|diagram|bilaga|bild)\s+\d+[a-z]?\.$", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for s in (s.strip() for s in re.split(r"(?<=[.!?])\s+(?=\S)", text)):
        if not s:
            continue
        # (… nor does an abbreviation's: "hur många kvinnor resp. män …" is one question)
        if out and (_NUMBERED_CAPTION_END.search(out[-1]) or ENDS_IN_ABBREVIATION.search(out[-1])):
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return out


def _is_asking(sentence: str) -> bool:
    s = sentence.strip()
    return s.endswith("?") or bool(_ASKING.match(_LEAD_IN.sub("", s)))


# a sentence that asks by its first words ("och inom hur lång tid …", "samt vem …")
_OPENS_ASK = re.compile(r"^(?:och\s+|samt\s+)?(?:(?:inom|för|till|från|med|i|på|av|om)\s+)?(?:vem|vilken|vilket|vilka|när|hur|var|vad|varför)\s")


def _strip_filler(text: str) -> tuple[str, str]:
    """(the question, background worth searching) of a possibly chatty text."""
    body = _GREETING.sub("", text).strip()
    body = _THANKS.sub("", body).strip() or body
    sentences = _sentences(body)
    # (a request beside a question asks too: "Jämför antalet varslade i Dalarna och Gävleborg 2023.
    # Vilket län hade flest …?" – the second alone had lost what was counted, and when)
    asking = [s for s in sentences if s.endswith("?") or _REQUEST.match(_LEAD_IN.sub("", s))]
    asking = asking if any(s.endswith("?") for s in asking) else [s for s in sentences if _is_asking(s)]
    # (… and a second ask typed without its question mark: "vad står SUS för? och inom hur lång
    # tid ska en ny deltagare registreras" – no background to move before the first)
    if asking:
        first = sentences.index(asking[0])
        asking = [s for k, s in enumerate(sentences) if s in asking or (k > first and _OPENS_ASK.match(fold(s)))]
    # "… och behöver veta hur mycket bistånd Skellefteå betalade ut 2023, i tkr. Kan du summera
    # alla månaderna?": a sentence that asks indirectly is part of the question
    # (from its question word on: "… behöver veta hur mycket …" asks "hur mycket …")
    embedded = {s: s[_ask_start(m):] for s in sentences if s not in asking and (m := _EMBEDDED_ASK.search(s))}
    if embedded:
        sentences = [embedded.get(s, s) for s in sentences]
        asking = [s for s in sentences if s in asking or s in embedded.values()]
    if not asking:
        return (body or text), ""
    background = [s for s in sentences if s not in asking]
    kept: list[str] = []
    as_written: list[str] = []  # the same parts, not capitalised again (for "context question")
    for s in asking:
        typed = s
        # "Jag håller på med en lägesbild för Bergslagen och undrar hur stor andel …?": what the
        # asker does is background, the question starts at its question word
        if _ABOUT_ASKER.match(s) and (m := _EMBEDDED_ASK.search(s)) and m.start() > 0:
            background.append(s[: m.start()].strip())
            s = s[_ask_start(m):]
        # "Jag har inte hunnit läsa förstudien – vad säger …?": the clause about the asker
        # goes to the background, the question stays.
        parts = re.split(r"\s+[–—-]\s+|(?<=[a-zåäö]),\s+(?=(?:vad|vem|vilka|vilken|vilket|hur|när|var|varför)\b)", s)
        while len(parts) > 1 and _ABOUT_ASKER.match(parts[0]) and not parts[0].endswith("?"):
            background.append(parts.pop(0))
        cut = " – ".join(parts)
        cut = _LEAD_IN.sub("", cut).strip()
        # A question whose beginning was cut away starts with a capital again.
        kept.append(cut[:1].upper() + cut[1:] if cut != typed.strip() else cut)
        as_written.append(cut)
    question = " ".join(k for k in kept if k) or body
    # "… jämfört med riket? (helhetssyn)", "… 2023? tänker båda könen 20-64 år", "… 2023? bara
    # kommunerna, inte länet": a short note after the question narrows it
    last = max(sentences.index(a) for a in asking)

    def narrows(s: str) -> bool:
        return bool(re.fullmatch(r"\([^()]{1,80}\)\.?", s)) or (len(s.split()) <= 8 and not s.endswith("?") and not _REFERS_BACK.search(s))

    from .documents.definitions import asked_terms

    # (… but a question of what a term means is whole: "vad betyder LSP? dyker upp överallt i
    # lanthandelsgrejen" says where the asker met it – no narrower question, nothing it points to)
    defining = bool(asked_terms(question))
    added = []
    for s in sentences[last + 1:] if not defining else []:
        if narrows(s):
            added.append(s)
        elif len(clauses := re.split(r",\s+", s, maxsplit=1)) == 2 and narrows(clauses[0]) and not _ABOUT_ASKER.match(clauses[0]):
            # "… 2025? män och kvinnor ihop alltså, jag hittar bara dom var för sig": the note's
            # first clause narrows the question, the rest is about the asker
            added.append(clauses[0])
            background = [clauses[1] if b == s else b for b in background]
    # (a sentence that states a value the asker checks – "när slutar projektet? i planen stod 31
    # dec 2027 men jag tror det ändrats" – follows the question as written, where its value is
    # read as a guess to check, not moved before it as background the question points into)
    from .documents.kinds import guessed

    checked = guessed(body).split() if not defining else []
    added += [s for s in sentences[last + 1:] if s not in added and checked and all(g in s for g in checked)]
    if added:
        question = f"{question} {' '.join(added)}"
        background = [s for s in background if s not in added]
    context = " ".join(_LEAD_IN.sub("", b).strip() for b in background if not _GREETING.fullmatch(b))
    if context and not defining and (_REFERS_BACK.search(question) or len(question.split()) <= 4 or _PRONOUN_ASK.match(fold(question))):
        # "Jag ska besöka Örebros röda områden. Vilket av dem har lägst …?", "… intervjun med Kajsa
        # Holmberg – vad tycker hon …?", "… – vad säger siffrorna?": the question points into
        # the background, which names what it asks about, so the background stays in it
        # (as written: "… december 2024 – har det gått ner?" – a capital put back on "har" would
        # make it read as a name in mid-sentence)
        tail = " ".join(k for k in as_written if k) or question
        return f"{context} {tail}", ""
    return question, context.strip()


# ---------------------------------------------------------------------- typos


def _fold_space(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip()


_ELIDED = re.compile(r"(?<![\w-])([^\W\d_]{2,})-\s+(och|eller|samt|and|or)\s+([^\W\d_]{4,})")


def _elided_compounds(text: str, vocabulary: Mapping[str, int]) -> str:
    """"Norr- och Västerbotten" → "Norrbotten och Västerbotten": the first part takes the end of
    the compound after "och" that makes it a word the knowledge base (or the list of places)
    writes – the longest such end, three letters at least – unless the knowledge base writes the
    phrase itself, elided as typed."""

    def known(w: str) -> bool:
        f = fold(w)
        return bool(vocabulary.get(f) or vocabulary.get(f + "s") or municipality_of(f) or f in county_by_head())

    written = getattr(vocabulary, "elided", frozenset())

    def whole(m: re.Match) -> str:
        head, joint, tail = m.group(1), m.group(2), m.group(3)
        if _fold_space(m.group(0)) in written:
            # ("jobb- och utvecklingsgarantin" as the knowledge base writes it: one programme's
            # name, not "jobbgarantin" and "utvecklingsgarantin")
            return m.group(0)
        for k in range(1, len(tail) - 2):
            end = tail[k:]
            if end[:1].isupper():
                continue
            if known(head + end):
                return f"{head}{end} {joint} {tail}"
        return m.group(0)

    return _ELIDED.sub(whole, text)


def _apply(text: str, corrections: tuple[tuple[str, str], ...]) -> str:
    for typed, meant in corrections:
        text = re.sub(rf"(?<![\w]){re.escape(typed)}(?![\w])", meant, text)
    return text


_DEFINITE_ENDINGS = ("", "en", "et", "na", "n", "t")


def _a_known_place(word: str) -> bool:
    """Is the folded word a county ("halland", "hallands") or a municipality ("hylte", "hyltes")
    by the lexicon's names – a place, whatever the knowledge base writes?"""
    heads = county_by_head()
    return word in heads or (word.endswith("s") and word[:-1] in heads) or municipality_of(word) is not None


def _corrections(text: str, vocabulary: Mapping[str, int]) -> tuple[tuple[str, str], ...]:
    if not vocabulary:
        return ()
    index = _Lexicon.of(vocabulary)
    out: list[tuple[str, str]] = []
    # a word shortened with a dot inside it ("sjukp.tal", "arb.lösa"): the one knowledge-base
    # word that begins with its first part and ends with its second – or with the second without
    # its definite ending, put back ("komp.checken" of a base that writes "kompetenscheck")
    for m in re.finditer(r"(?<![\w.])([^\W\d_]{3,})\.([^\W\d_]{2,})(?![\w.])", text):
        head, tail = fold(m.group(1)), fold(m.group(2))
        if head + "." + tail in index.freq:
            continue
        for ending in _DEFINITE_ENDINGS:
            if ending and not (tail.endswith(ending) and len(tail) - len(ending) >= 3):
                continue
            end = tail[: len(tail) - len(ending)]
            whole = [w for w in index.freq if len(w) > len(head) + len(end) and w.startswith(head) and w.endswith(end)]
            if len(whole) == 1:
                out.append((m.group(0), whole[0] + ending))
            if whole:
                break  # (several words begin and end so: left as typed)
    # a compound typed apart at its linking s ("ledarskaps kursen", "kompetensväxlings projektet"):
    # written whole when the first part is no word of the base on its own and the whole is one
    # (as a word, or a compound of its words)
    for m in re.finditer(r"(?<![\w-])([a-zåäö]{4,}s) ([a-zåäö]{4,})(?![\w-])", text):
        head, tail = fold(m.group(1)), fold(m.group(2))
        if head in index.freq or head in STOPWORDS or tail in STOPWORDS or head.endswith(("des", "tes", "as", "es", "ts")):
            continue  # (a passive or a past form – "anmäldes totalt" – is no first part of a compound)
        if municipality_of(head):
            continue  # (a place's genitive – "nyköpings kommun" – is no compound typed apart)
        if head.endswith(("ens", "ets")) and index.known(head[:-3]):
            continue  # (nor a definite noun's genitive – "nämndens beslut": the committee's decision)
        whole = head + tail
        if whole in index.freq or (index.known(whole) and (tail in index.freq or stem(tail) in index.stems) and index.known(head[:-1])):
            out.append((m.group(0), whole))
    text = _apply(text, tuple(out))
    first = True
    for m in re.finditer(r"[^\W\d_]+", text):
        raw = m.group()
        at_start = first
        first = False
        if len(raw) < 3 and raw.islower() and (short := _abbreviations().get(raw)) and not at_start and (
            text[m.start() - 1 : m.start()] == " " and text[m.end() : m.end() + 1] == " "
        ):
            # "högst o vilken lägst", "bräcke o ragunda": a one-letter chat word between words
            out.append((raw, short))
            continue
        accented = index.with_diacritics(fold(raw)) if len(raw) >= 3 else None
        if accented and raw.islower() and fold(raw) not in STOPWORDS | light_verbs() and index.freq.get(fold(raw), 0) <= MIN_FREQUENCY < index.freq.get(accented, 0) // 5:
            # "orebro lan": a bare spelling only the lexicon knows (its words are also written
            # without å, ä, ö) of a word the knowledge base writes often – "län"
            out.append((raw, accented))
            continue
        if 3 <= len(raw) < MIN_CORRECT_LEN and raw.islower() and fold(raw) not in index.freq and fold(raw) not in STOPWORDS | light_verbs():
            # a short function word with a letter dropped ("hur mnga projekt", "vlka kommuner"): the
            # one such word it is, else left as typed
            # (… or a short word typed without å, ä, ö: "orebro lan", "hur manga")
            lost = _abbreviations().get(fold(raw)) or _with_letter_dropped(fold(raw)) or _function_word_with_diacritics(fold(raw)) or accented
            if lost is not None:
                out.append((raw, lost))
            continue
        if (
            5 <= len(raw) < MIN_CORRECT_LEN and raw[:1].isupper() and not at_start and raw[1:].islower()
            and fold(raw) not in index.freq and not _a_known_place(fold(raw))
            and (place := index.one_edit(fold(raw))) is not None and _a_known_place(place)
        ):
            # a short place name with a slip ("Lahom" for Laholm): the one place one letter away
            # that the lexicon knows and the knowledge base writes (F228-06)
            out.append((raw, place[:1].upper() + place[1:]))
            continue
        if len(raw) < MIN_CORRECT_LEN or sum(c.isupper() for c in raw) > 1:
            continue
        low = fold(raw)
        if low in index.freq or low + "s" in index.freq:
            continue  # (… or the base of a genitive the corpus writes: "Södermanland" of "Södermanlands län")
        if _a_known_place(low):
            continue  # a county or municipality the lexicon knows is no slip ("halland" had become "holland")
        if low in _frame_words() or _SOURCE_WORD.search(low):
            continue  # a word of how questions are put ("förkortningen") is no misspelling of the base's words
        if low in english_words():
            continue  # an English word a Swedish question borrows ("slutrapport deadline??") is no slip ("decline")
        if raw[:1].isupper() and not at_start and low.endswith("s") and low[:-1] in index.freq:
            continue  # a name's genitive ("Kungsbackas riktlinje") of a name the base writes
        if raw[:1].isupper() and not at_start:
            # a name: corrected only to the one name one letter away ("Ludvka" → "Ludvika"); a
            # place the knowledge base lacks must stay as asked, so that it can say so
            name = index.one_edit(low)
            if not name and low.endswith("s") and low[:-1] not in index.freq:
                base = index.one_edit(low[:-1])  # a genitive: "Karlskgoas" → "Karlskogas"
                name = base + "s" if base else None
            if not name:
                # a name the knowledge base writes only in the genitive ("Östergötlands län"):
                # "Östergötlnad" is one slip from "Östergötland" all the same
                gen = index.one_edit(low + "s")
                name = gen[:-1] if gen and gen.endswith("s") and gen[:-1] != low else None
            if name:
                out.append((raw, name[:1].upper() + name[1:]))
            continue
        # (typed without å, ä, ö – "friskvardsbidrag", "foretag" – the knowledge base's word with
        # them, even where the bare letters read as a compound of known words: "vards|bidrag")
        best = accented or (
            (index.dropped_letter(low) or index.doubled_letter(low) or index.without_linking_s(low)) if index.known(low) else index.closest(low)
        )
        if best and plain(best) == plain(low) and _diacritics(low) > _diacritics(best):
            continue  # "arbetslöshet" is no misspelling of a file name's "arbetsloshet"
        if best and best != low and accented is None and index.known(low) and stem(best) == stem(low):
            continue  # "justerade" is no slip for "justerande": another form of the same word
        if best and best != low:
            fixed = best[:1].upper() + best[1:] if raw[:1].isupper() else best
            if (raw, fixed) not in out:
                out.append((raw, fixed))
    return tuple(out)


# a word for the source itself, alone or closing a compound ("registret", "företagsregistret",
# "varselstatistiken"): a word of the question's frame, never a misspelling of the base's words
# ("registret" had become an English table's "registered")
_SOURCE_WORD = re.compile(SOURCE_NOUN + "$")


# a first letter typed as the vowel it is written with, or without its ring or dots: "Elmhult" for
# "Älmhult", "Angelholm" for "Ängelholm", "Asele" for "Åsele" (folded: "ä", "å", "ö")
_ALIKE_FIRST = frozenset({("e", "ä"), ("a", "ä"), ("a", "å"), ("o", "ö")})


def _first_alike(known: str, typed: str) -> bool:
    """Does a known word's first letter stand for the typed one (the same letter, or a Swedish
    vowel the typist wrote plain or as it sounds)?"""
    return known == typed or (typed, known) in _ALIKE_FIRST


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """Chat abbreviations of function words ("mkt" → "mycket"), from the lexicon."""
    return {k: v for k, v in lexicon().get("abbreviations", {}).items() if not k.startswith("_")}


def _with_letter_dropped(typed: str) -> str | None:
    """The one function word (``STOPWORDS``) that ``typed`` is with one letter inside it dropped
    ("mnga" – "många"), or None when none is, or several are. (Not its last letter: "når" is a
    word of its own, no "nåra" cut short.)"""
    found = [
        w for w in STOPWORDS
        if len(w) == len(typed) + 1 and w[0] == typed[0] and any(w[:i] + w[i + 1:] == typed for i in range(1, len(w) - 1))
    ]
    return found[0] if len(found) == 1 else None


def _function_word_with_diacritics(typed: str) -> str | None:
    """The one function word (``STOPWORDS``) that ``typed`` is with its å, ä or ö written as a,
    a or o ("manga" – "många", "nar" – "när"), or None."""
    found = [w for w in STOPWORDS if w != typed and plain(w) == typed]
    return found[0] if len(found) == 1 else None


def _diacritics(word: str) -> int:
    return sum(1 for a, b in zip(word, plain(word), strict=True) if a != b)


class _Lexicon:
    """The vocabulary prepared for lookups: words, their stems, and candidates for corrections."""

    def __init__(self, vocabulary: Mapping[str, int]):
        self.freq: dict[str, int] = {w: n for w, n in vocabulary.items() if w.isalpha()}
        for w in STOPWORDS:
            if w.isalpha():
                self.freq[w] = max(self.freq.get(w, 0), MIN_FREQUENCY)
        self.stems = {stem(w) for w in self.freq}
        self.candidates = [w for w, n in self.freq.items() if n >= MIN_FREQUENCY and len(w) >= MIN_CORRECT_LEN - 1]
        self._sorted: list[str] | None = None
        self._plain: dict[str, tuple[str, int]] | None = None

    @staticmethod
    def of(vocabulary: Mapping[str, int]) -> _Lexicon:
        # Engines keep one vocabulary object for their lifetime: cache on its identity.
        key = id(vocabulary)
        cached = _LEXICONS.get(key)
        if cached is None or cached[0] is not vocabulary:
            cached = (vocabulary, _Lexicon(vocabulary))
            if len(_LEXICONS) > 8:
                _LEXICONS.clear()
            _LEXICONS[key] = cached
        return cached[1]

    def with_diacritics(self, word: str) -> str | None:
        """The most frequent knowledge-base word that is ``word`` with å, ä or ö where it has
        a, a or o ("friskvardsbidrag" → "friskvårdsbidrag"), or None (``word`` written with any
        of them already, or no such word)."""
        if self._plain is None:
            self._plain = {}
            for w, n in self.freq.items():
                p = plain(w)
                if p != w and n > self._plain.get(p, ("", 0))[1]:
                    self._plain[p] = (w, n)
        if plain(word) != word:
            return None
        hit = self._plain.get(word)
        return hit[0] if hit is not None else None

    def known(self, word: str) -> bool:
        s = stem(word)
        if word in self.freq or s in self.stems:
            return True
        if len(s) >= 5 and s[-1] in "dt" and s[:-1] in self.stems:
            # a past or passive form of a verb the knowledge base uses otherwise ("bedömdes" of
            # "bedöma", "bedömning"): a word, not a misspelling ("bedömdes" had become "berördes")
            return True
        # A compound of known words ("sjukskrivnings|statistik"), with or without a linking s –
        # or of a known compound's first part and a known word ("netto|utpendling": "netto" opens
        # the known "nettopendling")
        for i in range(3, len(word) - 2):
            head, tail = word[:i], word[i:]
            if (head in self.freq or stem(head) in self.stems or self._compound_head(head)) and self._known_part(tail):
                return True
        return False

    def _compound_head(self, head: str) -> bool:
        """Does a known word of eight letters or more open with ``head`` (four or more) followed by
        a known word of its own?"""
        if len(head) < 4:
            return False
        if self._sorted is None:
            self._sorted = sorted(w for w in self.freq if len(w) >= 8)
        k = bisect.bisect_left(self._sorted, head)
        while k < len(self._sorted) and self._sorted[k].startswith(head):
            rest = self._sorted[k][len(head):]
            if len(rest) >= 4 and self._known_part(rest):
                return True
            k += 1
        return False

    def _known_part(self, part: str) -> bool:
        options = [part, part[1:]] if part.startswith("s") else [part]
        return any(len(p) >= 3 and (p in self.freq or stem(p) in self.stems) for p in options)

    def dropped_letter(self, word: str) -> str | None:
        """For an unseen word that stems like a known one: the knowledge base’s word it becomes
        with one dropped letter put back ("sjukskrivnig" → "sjukskrivning"), when the word is
        long and that word is not merely this one inflected ("arbetsgivarna" + "s")."""
        if len(word) < LONG_WORD:
            return None
        found = process.extract(word, self.candidates, scorer=OSA.distance, score_cutoff=1, limit=10)
        options = sorted(
            (-self.freq[w], w)
            for w, d, _ in found
            if d == 1 and len(w) == len(word) + 1 and not w.startswith(word)
            and _is_subsequence(word, w)
        )
        return options[0][1] if options else None

    def doubled_letter(self, word: str) -> str | None:
        """For an unseen word that reads as known (a compound of known parts): the knowledge
        base's word it is with a letter typed twice taken out ("ungdommar" → "ungdomar")."""
        if len(word) < MIN_CORRECT_LEN:
            return None
        options = sorted(
            (-self.freq[w], w)
            for i in range(1, len(word))
            if word[i] == word[i - 1] and (w := word[:i] + word[i + 1:]) in self.freq and self.freq[w] >= MIN_FREQUENCY
        )
        return options[0][1] if options else None

    def without_linking_s(self, word: str) -> str | None:
        """For an unseen word that reads as known (a compound of known parts): the knowledge
        base's word it is without the compound's linking s ("beslutsför" of a base that writes
        "beslutför") – the s between two parts of at least three letters; a word the base writes
        once is enough (the one footnote that says it is what is asked about)."""
        if len(word) < MIN_CORRECT_LEN:
            return None
        options = sorted(
            (-self.freq[w], w)
            for i in range(3, len(word) - 3)
            if word[i] == "s" and (w := word[:i] + word[i + 1:]) in self.freq
        )
        return options[0][1] if options else None

    def one_edit(self, word: str) -> str | None:
        """The only known word one edit from ``word`` whose first letter stands for its first
        (``_first_alike``), or None."""
        found = process.extract(word, self.candidates, scorer=OSA.distance, score_cutoff=1, limit=5)
        options = [w for w, d, _ in found if d == 1 and _first_alike(w[0], word[0])]
        return options[0] if len(options) == 1 else None

    def closest(self, word: str) -> str | None:
        limit = LONG_WORD_EDITS if len(word) >= LONG_WORD else SHORT_WORD_EDITS
        found = process.extract(
            word, self.candidates, scorer=OSA.distance, score_cutoff=limit, limit=20
        )
        options = [
            (d, -self.freq[w], w) for w, d, _ in found
            if _first_alike(w[0], word[0]) and not _other_inflection(word, w) and (w not in STOPWORDS or _slip_of(word, w))
            # (never into a word that carries nothing: "ställa" read as "snälla" lost the ask,
            # while a slip on "snälla" left as it is costs nothing)
            and w not in _filler_words()
        ]
        if not options:
            return None
        options.sort()
        best_d = options[0][0]
        same = [o for o in options if o[0] == best_d]
        if len(same) > 1 and -same[0][1] < 2 * -same[1][1]:
            return None  # two equally close, equally common words: do not guess
        return same[0][2]


# Swedish endings of inflected words: a word that is a known word's root with one of these
# endings is another form of that root ("personer" beside "personal"), not a misspelling
_INFLECTION = re.compile(r"(?:er|ar|or|en|et|na|n|erna|arna|orna|ade|ande|ende|are|ens|ets|as|es|a|e|s|ts|des|ades|ats|it|its)")  # … the passive "beviljats", the supine "avbrutit"


def _other_inflection(typed: str, known: str) -> bool:
    """Is ``typed`` the root it shares with ``known`` plus an inflection ending of its own
    ("person|er" and "person|al")? Then it is no misspelling of ``known``."""
    common = 0
    for a, b in zip(typed, known, strict=False):
        if a != b:
            break
        common += 1
    rest, other = typed[common:], known[common:]
    if common >= 4 and len(other) <= 4 and bool(_INFLECTION.fullmatch(rest)):
        return True
    # ("anmäla" of "anmälan", "kommunerna" of "kommuner": one word ending where the other goes on
    # by an ending, or both ending their shared root their own way – two forms of one word)
    return any(
        k >= 4 and all(not x or _INFLECTION.fullmatch(x) for x in (typed[k:], known[k:]))
        for k in range(common, max(common - 3, 3), -1)
    )


@lru_cache(maxsize=1)
def _frame_words() -> frozenset[str]:
    """Words that frame a question rather than name what it is about: the lexicon's words of
    questions and the words a definition question puts before its term ("förkortningen",
    "begreppet"). Never corrected into a word of the knowledge base ("förkortningen" had become
    "förordningen", and the definition question was lost)."""
    from .documents.definitions import FRAME_WORDS
    from .stats.form import question_words

    return frozenset(question_words()) | FRAME_WORDS


@lru_cache(maxsize=1)
def _filler_words() -> frozenset[str]:
    """The lexicon's words of politeness and chat ("snälla", "tack", "hej"): they say nothing asked."""
    from .stats.form import single_words  # (the statistics lexicon holds the words of questions)

    return single_words("filler")


def _slip_of(typed: str, function_word: str) -> bool:
    """Is ``typed`` a slip of the keys on a function word – a letter swapped or replaced, or one
    doubled ("vilkne", "ochh")? A longer word with a letter of its own inside ("finans" of
    "finns") is a word the knowledge base lacks, and must stay one: read as "finns" it vanished
    from the question and a branch the table lacks was answered with every branch's sum."""
    if len(typed) == len(function_word):
        return True
    return len(typed) == len(function_word) + 1 and any(
        typed[i] == typed[i - 1] and typed[:i] + typed[i + 1:] == function_word for i in range(1, len(typed))
    )


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


_LEXICONS: dict[int, tuple[Mapping[str, int], _Lexicon]] = {}
