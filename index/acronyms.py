"""Acronyms: learned where documents define them, plus a small curated list; query expansion.

A reader asks about "ROM2" where the text says "Rusta och matcha", or about
"arbetsmarknadsutbildning" where a table says "AUB". Neither BM25 nor a small embedding model
bridges that, so the query gets the other form added before search.

Definitions are found with the Schwartz & Hearst (2003) rule: the letters of the short form
appear in order in the long form, the first one starting a word. Both "Rusta och matcha (ROM2)"
and "ROM2 (Rusta och matcha)" are recognised.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ingest.model import Chunk
from ingest.swedish import STOPWORDS, index_tokens, stem


@dataclass(frozen=True)
class Acronym:
    short: str  # as written: "ROM2", "ESF+"
    long: str  # "Rusta och matcha"
    document: str | None = None  # where the corpus defines it; None for the curated list
    page: int | None = None


# Swedish labour-market and statistics acronyms users type without explaining them.
CURATED: dict[str, str] = {
    "AF": "Arbetsförmedlingen",
    "AUB": "arbetsmarknadsutbildning",
    "KVL": "karriärvägledning",
    "STA": "Steg till arbete",
    "IPSU": "Individuellt pedagogiskt stöd vid utbildning",
    "FUB": "förberedande utbildning",
    "HRU": "Hållbar regional utveckling",
    "ESF": "Europeiska socialfonden",
    "ESF+": "Europeiska socialfonden+",
    "UVAS": "unga som varken arbetar eller studerar",
    "ROM2": "Rusta och matcha",
    "SCB": "Statistiska centralbyrån",
    "FK": "Försäkringskassan",
    "SKR": "Sveriges Kommuner och Regioner",
    "IFAU": "Institutet för arbetsmarknads- och utbildningspolitisk utvärdering",
    "SFI": "svenska för invandrare",
    "KOMVUX": "kommunal vuxenutbildning",
    "SIP": "samordnad individuell plan",
    "IOP": "idéburet offentligt partnerskap",
    "AMI": "arbetsmarknadsinsatser",
    "ISF": "Inspektionen för socialförsäkringen",
    "IAF": "Inspektionen för arbetslöshetsförsäkringen",
    "ESV": "Ekonomistyrningsverket",
    "MUCF": "Myndigheten för ungdoms- och civilsamhällesfrågor",
    "DESO": "demografiska statistikområden",
    "RegSO": "regionala statistikområden",
    "BUN": "barn- och utbildningsnämnden",
    "KS": "kommunstyrelsen",
    "KF": "kommunfullmäktige",
    "LSS": "lagen om stöd och service till vissa funktionshindrade",
    "NPF": "neuropsykiatriska funktionsnedsättningar",
}

# A short form: starts with a capital, 2–10 characters of capitals/digits (a few lowercase allowed,
# "RegSO"), optional trailing "+"; at least two capitals.
_SHORT = r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö0-9&]{1,9}\+?"
_SHORT_RE = re.compile(rf"^{_SHORT}$")
# "long form (SHORT)" — the long form is searched backwards from the parenthesis.
_DEF_AFTER = re.compile(rf"\(\s*({_SHORT})\s*\)")
# "SHORT (long form)"
_DEF_BEFORE = re.compile(rf"(?<![\w+])({_SHORT})\s*\(\s*([^()]{{3,120}}?)\s*\)")
_WORD = re.compile(r"[^\W_]+(?:[-–][^\W_]+)*\+?", re.UNICODE)


def is_short_form(s: str) -> bool:
    return bool(_SHORT_RE.match(s)) and sum(c.isupper() for c in s) >= 2 and not s.isdigit()


def _letters(short: str) -> str:
    return "".join(c.lower() for c in short if c.isalpha())


def _match_end(short: str, long: str) -> int | None:
    """Schwartz & Hearst: every letter of ``short`` occurs in ``long`` in order (matched right
    to left), the first one starting the first word of ``long``. Returns the position just
    after the last matched letter, or None when ``short`` does not abbreviate ``long``."""
    letters = _letters(short)
    text = long.lower()
    if not letters or not text or text[0] != letters[0]:
        return None
    li = len(text) - 1
    last: int | None = None
    for si in range(len(letters) - 1, -1, -1):
        c = letters[si]
        while li >= 0 and (text[li] != c or (si == 0 and li > 0 and text[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        if last is None:
            last = li + 1
        li -= 1
    return last


def _trim(short: str, long: str, drop_trailing_names: bool = True) -> str | None:
    """``long`` if ``short`` abbreviates it, less trailing capitalised words that no letter of
    ``short`` comes from ("Arbetsförmedlingen Sörmland (AF)" defines AF as
    "Arbetsförmedlingen"); None when it does not abbreviate it or contains it."""
    end = _match_end(short, long)
    if end is None:
        return None
    if drop_trailing_names:
        tail = long[end:]
        m = re.match(r"\S*", tail)
        rest = tail[m.end() :] if m else tail
        if all(w[:1].isupper() for w in _WORD.findall(rest)):
            long = long[: end + (m.end() if m else 0)]
    long = long.strip().rstrip(" ,.;:–-")
    words = {w.lower().rstrip("+") for w in _WORD.findall(long)}
    if short.lower().rstrip("+") in words:
        return None  # "MONA. Tillgänglig via … (MONA)"
    return long


def _long_form_before(text: str, end: int, short: str) -> str | None:
    """The shortest run of words ending at ``end`` that ``short`` abbreviates, not reaching
    back over a sentence end or another parenthesis."""
    start = max((text.rfind(c, 0, end) for c in ".;:!?()[]"), default=-1) + 1
    words = list(_WORD.finditer(text, start, end))
    n_letters = len(_letters(short))
    max_words = min(n_letters + 5, n_letters * 2)
    for k in range(1, min(max_words, len(words)) + 1):
        first = words[-k]
        if first.group().lower() in STOPWORDS:
            continue
        candidate = re.sub(r"\s+", " ", text[first.start() : end]).strip()
        long = _trim(short, candidate)
        if long:
            return long
    return None


def _initials_spell(short: str, words: list[str]) -> bool:
    """"Kartläggning, Utveckling, Bekräftelse" spells KUB: one word per letter, in order."""
    letters = _letters(short)
    return len(words) == len(letters) and all(w[:1].lower() == c for w, c in zip(words, letters))


# "MARY: Meningsfullhet, där …; Arbetsgemenskap, …; Rehabilitering …; samt Yrkesstolthet"
_SPELLED = re.compile(rf"(?<![\w+])({_SHORT})(?::| står för:?| betyder:?)\s+")


def _spelled_out(text: str) -> Iterable[tuple[str, str]]:
    """An acronym followed by the capitalised words its letters stand for, one each."""
    for m in _SPELLED.finditer(text):
        short = m.group(1)
        if not is_short_form(short):
            continue
        letters = _letters(short)
        caps = re.findall(r"(?<![\w-])[A-ZÅÄÖ][a-zåäöéü]+", text[m.end() : m.end() + 150 * len(letters)])
        if len(caps) >= len(letters) and _initials_spell(short, caps[: len(letters)]):
            yield short, ", ".join(caps[: len(letters)])


# "S3", "G20", "H2": one capital and digits – no letters to match, so the long form is the noun
# phrase right before "(S3)" that opens with that capital's letter ("smart specialisering")
_NUMBERED_SHORT = re.compile(r"^[A-ZÅÄÖ][0-9]{1,3}$")


def _phrase_before(text: str, end: int, short: str) -> str | None:
    start = max((text.rfind(c, 0, end) for c in ".;:!?()[],"), default=-1) + 1
    run: list[re.Match] = []
    for w in reversed(list(_WORD.finditer(text, start, end))):
        if w.group().lower() in STOPWORDS or w.group()[:1].isdigit() or len(run) >= 3:
            break
        run.insert(0, w)
    while run and run[0].group()[:1].lower() != short[0].lower():
        run.pop(0)
    if len(run) < 2:
        return None  # one word is a name's use, not its expansion ("Vinnova (S3)")
    return re.sub(r"\s+", " ", text[run[0].start() : run[-1].end()]).strip()


# "LSG – lokal samverkansgrupp", "APT: arbetsplatsträff": a glossary's line, one short form each
_GLOSSARY_LINE = re.compile(rf"(?m)^[ \t]*(?:[•●▪·*][ \t]*)?({_SHORT})[ \t]*(?:[–—:]|-(?=[ \t]))[ \t]+([^\n]{{3,100}})$")


def _glossary_lines(text: str) -> Iterable[tuple[str, str]]:
    """Short forms set on their own line before their long form, as a list of abbreviations
    writes them – the long form's words spell the letters in order (Schwartz & Hearst), and it
    ends at the line's first sentence end."""
    for m in _GLOSSARY_LINE.finditer(text):
        short = m.group(1)
        long = re.split(r"(?<=[a-zåäö])[.;](?:\s|$)|\s[(]", m.group(2).strip())[0].strip(" ,.;:")
        if not is_short_form(short) or is_short_form(long) or not long or long[:1].isdigit():
            continue
        if len(_WORD.findall(long)) <= 8 and _match_end(short, long) is not None:
            yield short, long


# "LSP står för **lokal servicepunkt**: en lanthandel …", "KUB är en förkortning för …": a
# sentence that says what the short form stands for
_STATED = re.compile(
    rf"(?<![\w+])({_SHORT})\s+(?:står för|betyder|är (?:en )?förkortning(?:en)? (?:för|av)|stands for|means)\s+"
    r"[*_\"”“']*([^*_\"”“'\n.:;,()]{3,80})"
)


def stated_definitions(text: str) -> Iterable[tuple[str, str]]:
    """Short forms a sentence says the long form of ("LSP står för lokal servicepunkt"), the long
    form's words spelling the letters in order (Schwartz & Hearst)."""
    for m in _STATED.finditer(text):
        short, long = m.group(1), m.group(2).strip()
        if is_short_form(short) and not is_short_form(long) and (trimmed := _trim(short, long, drop_trailing_names=False)):
            yield short, trimmed


# "KLIV – Kompetens och Lärande i Industrins Värdekedjor – är ett samverkansprojekt", "SMF – små
# och medelstora företag, dvs. …": the long form between dashes, or a dash and a comma, in a
# sentence (a glossary's line is ``_GLOSSARY_LINE``)
_DASHED = re.compile(rf"(?<![\w+])({_SHORT})\s+[–—]\s+([^–—\n.;:()]{{3,100}}?)\s*(?=[–—,.;:(]|$)", re.M)


def _dashed(text: str) -> Iterable[tuple[str, str]]:
    """Short forms a sentence spells out after a dash, the long form's words spelling the letters
    in order (Schwartz & Hearst) in a phrase not much longer than the letters: "KLIV –
    kompetenslyft för industrin" of a flyer spells no V and is no long form of KLIV."""
    for m in _DASHED.finditer(text):
        short, long = m.group(1), m.group(2).strip()
        if not is_short_form(short) or is_short_form(long) or long[:1].isdigit():
            continue
        if trimmed := _spelled_in_few_words(short, long):
            yield short, trimmed


def _spelled_in_few_words(short: str, long: str) -> str | None:
    """``long`` trimmed to what ``short`` abbreviates (``_trim``), when that is a phrase not much
    longer than the letters: at most five words more, and at most two per letter; else None."""
    trimmed = _trim(short, long, drop_trailing_names=False)
    n_letters = len(_letters(short))
    return trimmed if trimmed and len(_WORD.findall(trimmed)) <= min(n_letters + 5, n_letters * 2) else None


def _definitions(text: str) -> Iterable[tuple[str, str]]:
    yield from _spelled_out(text)
    yield from _glossary_lines(text)
    yield from _dashed(text)
    for m in _DEF_AFTER.finditer(text):
        short = m.group(1)
        if is_short_form(short):
            long = _long_form_before(text, m.start(), short)
            if long:
                yield short, long
        elif _NUMBERED_SHORT.match(short):
            long = _phrase_before(text, m.start(), short)
            if long:
                yield short, long
    for m in _DEF_BEFORE.finditer(text):
        short = m.group(1)
        # "BIP (Beskæftigelses Indikator Projektet – en progressionsmätningsstudie)"
        inner = re.split(r"\s[–—-]\s|[,;:]", re.sub(r"\s+", " ", m.group(2)))[0].strip()
        listed = [w.strip() for w in re.split(r",\s*|\s+(?:och|&)\s+", m.group(2).strip()) if w.strip()]
        if is_short_form(short) and _initials_spell(short, listed) and all(len(w.split()) == 1 for w in listed):
            yield short, ", ".join(listed)  # "KUB (Kartläggning, Utveckling, Bekräftelse)"
            continue
        if not is_short_form(short) or is_short_form(inner):
            continue
        if long := _spelled_in_few_words(short, inner):
            yield short, long


def learn_acronyms(chunks: Iterable[Chunk], curated: bool = True) -> dict[str, Acronym]:
    """Acronyms defined in ``chunks`` (most frequent long form wins; first place it is
    defined is kept), falling back to the curated list for those the corpus never defines.

    Keys are the short forms as written ("ROM2", "ESF+").
    """
    seen: dict[str, Counter[str]] = {}
    first: dict[tuple[str, str], tuple[str, int | None]] = {}
    said: Counter[tuple[str, str]] = Counter()
    for c in chunks:
        # (a sentence that says what the short form stands for is the text's definition – "LSP
        # står för lokal servicepunkt" – where "… lanthandlar som lokala servicepunkter (LSP)",
        # however often, is an aside)
        stated = list(stated_definitions(c.text))
        said.update((short, long.rstrip(" ,.;:")) for short, long in stated)
        for short, long in [*_definitions(c.text), *stated]:
            norm_long = long.rstrip(" ,.;:")
            seen.setdefault(short, Counter())[norm_long] += 1
            first.setdefault((short, norm_long), (c.document, c.page_start))
    out: dict[str, Acronym] = {}
    if curated:
        for short, long in CURATED.items():
            out[short] = Acronym(short, long)
    for short, longs in seen.items():
        long = max(longs, key=lambda x: (said[(short, x)], longs[x]))
        doc, page = first[(short, long)]
        out[short] = Acronym(short, long, doc, page)
    return out


@lru_cache(maxsize=4096)
def _stems_cached(text: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in index_tokens(text) if "-" not in t)


def _stems(text: str) -> list[str]:
    return list(_stems_cached(text))


def _contains(seq: list[str], sub: list[str]) -> bool:
    n = len(sub)
    return n > 0 and any(seq[i : i + n] == sub for i in range(len(seq) - n + 1))


def find_acronyms(query: str, acronyms: dict[str, Acronym]) -> list[Acronym]:
    """Acronyms whose short or long form the query uses."""
    by_lower: dict[str, Acronym] = {}
    for a in acronyms.values():
        by_lower.setdefault(a.short.lower(), a)
    found: list[Acronym] = []
    for m in _WORD.finditer(query):
        raw = m.group()
        low = raw.lower()
        # "ROM2:s" and "AF:are" are caught as "ROM2"/"AF"; lowercase "af" too, since people
        # type acronyms in lowercase — but not where the lowercase is an ordinary word ("var").
        a = acronyms.get(raw) or (by_lower.get(low) if low not in STOPWORDS else None)
        if a is None and low.endswith("+"):
            a = by_lower.get(low[:-1])
        if a is not None and a not in found:
            found.append(a)
    q_stems = _stems(query)
    for a in acronyms.values():
        if a not in found and _contains(q_stems, _stems(a.long)):
            found.append(a)
    return found


def expand_query(query: str, acronyms: dict[str, Acronym]) -> str:
    """The query with the other form of each acronym it uses appended.

    "Hur många lämnade ROM2?" → "Hur många lämnade ROM2? (Rusta och matcha)";
    "Vilka leverantörer av arbetsmarknadsutbildning…" → "… (AUB)".
    """
    q_stems = _stems(query)
    q_words = {w.lower().rstrip("+") for w in _WORD.findall(query)}
    extra: list[str] = []
    for a in find_acronyms(query, acronyms):
        if a.short.lower().rstrip("+") not in q_words:
            extra.append(a.short)
        if not _contains(q_stems, _stems(a.long)):
            extra.append(a.long)
    extra = list(dict.fromkeys(extra))
    return f"{query} ({'; '.join(extra)})" if extra else query
