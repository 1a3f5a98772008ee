"""Swedish text, in one place: normalising, tokens, the one stemmer, stopwords, months and
periods, number words, and decoding bytes to text. Ingest, index and assistant all use these,
so a question is cut into words exactly as the documents and tables were.

    fold("Västhaga−Solhaga")        → "västhaga-solhaga"    (for matching, never for display)
    words("Hur stor är 10,85 % i 55–64 år?")  → ["hur", "stor", "är", "10,85", "i", "55-64", "år"]
    stem("sjukskrivningen")        → "sjukskrivning"
    index_tokens("5 111 665 ESF+") → ["5111665", "5", "111", "665", "esf+", "esf"]   (BM25)
    period_key("2024M07")          → (2024, 7)
    decode_bytes(b"L\\xe4n")         → "Län"

Why one module of this size: it is the one Swedish text module issue #11 asked for; its parts share
``fold`` and the word pattern.
"""
from __future__ import annotations

import itertools
import json
import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

from errors import IngestError

# ---------------------------------------------------------------- normalising

_SPACE_CHARS = "\u00a0\u2009\u202f\u2007\u200a\u2002\u2003\u2004\u2005\u2006"
_FOLD_TRANS = str.maketrans({**{c: " " for c in _SPACE_CHARS}, "−": "-", "–": "-", "—": "-", "\u2010": "-", "\u2011": "-"})


# typographic ligatures a PDF or a typesetter writes as one character ("Deﬁnitioner")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})


def composed(text: str) -> str:
    """Text as it is read everywhere after the reader: å, ä and ö as one character each (NFC –
    a file saved in decomposed Unicode, as macOS writes names and some exports write text, has
    "a" and a combining ring, and neither the search nor a heading's capitals found
    "ansökningar") and ligatures as their letters."""
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        text = text.translate(_LIGATURES)
    return text


@lru_cache(maxsize=262_144)
def fold(text: str) -> str:
    """Lower-case, NFC, every kind of space a space and every dash a hyphen – for matching.
    Cached: the resolver folds the same labels and headers for every reading it weighs."""
    return unicodedata.normalize("NFC", text).lower().translate(_FOLD_TRANS)


@lru_cache(maxsize=65_536)
def phrase_re(phrase: str, whole: bool = True) -> re.Pattern[str]:
    """``phrase`` standing as words of its own in a text: no letter before it, and (``whole``)
    none after ("län" in "i länet" is not whole, in "hela län" it is). Compiled once per phrase:
    the phrases come from lexicons and the data, far more than the re module's own cache holds."""
    return re.compile(rf"(?<!\w){re.escape(phrase)}" + (r"(?!\w)" if whole else ""))


def says(text: str, phrase: str, whole: bool = True) -> bool:
    """Does ``text`` hold ``phrase`` as words of its own (see ``phrase_re``)? Both as given:
    fold them first when case and dashes should not matter."""
    return phrase_re(phrase, whole).search(text) is not None


# A word naming a mean, at the word's start ("medelinkomst", "genomsnittlig", "snittlön",
# "årsmedeltal", "average"): "läkemedel" and "kvartalssnitt…" inside a word name none.
MEAN_WORD = re.compile(r"\b(?:års)?(?:medel\w*|genomsnitt\w*|snitt\w*)|\b(?:average|mean)\b")
MEDIAN_WORD = re.compile(r"\bmedian\w*")
# An index, folded ("Bristindex", "Konsumentprisindex", "Index 2015=100"): values on a scale,
# never added up
INDEX_WORD = re.compile(r"index\b")


# ---------------------------------------------------------------- tokens

# A number: digits with decimal comma/point, thousands groups ("5 111 665", normal, no-break or
# narrow no-break space) and ranges/dates joined by a hyphen or dash ("2021–2027", "55-64").
_NUM = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)*(?:[-–—]\d+(?:[.,]\d+)*)*"
# A word: letters/digits, possibly hyphen-joined ("ESF-rådet", "ROM2-leverantörerna"), an
# acronym's "+" ("ESF+") and a colon genitive/definite ending ("ROM2:s", "AF:n").
_WORD = r"[^\W_]+(?:[-–][^\W_]+)*\+?(?::[a-zåäö]{1,4}\b)?"
TOKEN_RE = re.compile(rf"(?P<num>{_NUM})%?|(?P<word>{_WORD})")
_SPACES = re.compile(r"[ \u00a0\u202f]")
_DASHES = re.compile(r"[–—−]")


_PLAIN = str.maketrans("åäöéüÅÄÖÉÜ", "aaoeuAAOEU")


@lru_cache(maxsize=65_536)
def plain(text: str) -> str:
    """``text`` without Swedish diacritics ("företag" → "foretag"), as file names and some
    exports write it."""
    return text.translate(_PLAIN)


def words(text: str) -> list[str]:
    """Lower-case words of a question, label or header, in order; hyphenated words split into
    their parts ("västhaga-solhaga" → "västhaga", "solhaga"), numbers kept whole ("10,85",
    "5111665", "55-64", "10%"), genitive colons dropped ("rom2:s" → "rom2"), "esf+" kept."""
    return list(_words(text))


@lru_cache(maxsize=65_536)
def _words(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in TOKEN_RE.finditer(fold(text)):
        if m.group("num") is not None:
            num = _SPACES.sub("", m.group(0)) if _SPACES.search(m.group("num")) else m.group(0)
            out.append(num)
            continue
        w = m.group("word").split(":", 1)[0]
        if "-" in w:
            out.extend(p for p in w.split("-") if p)
        else:
            out.append(w)
    return tuple(out)


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Snowball Swedish stem of a lower-case word; words holding digits are kept as they are."""
    if any(c.isdigit() for c in word):
        return word
    if len(word) >= 7 and word.endswith("ares"):
        # the genitive of an agent noun: Snowball cuts "förskollärares" to "förskollärar" but
        # "förskollärare" to "förskollär" – the word without its -s stems as the noun does
        return _stemmer().stemWord(word[:-1])
    if len(word) >= 6 and word.endswith("ats") and not word.endswith(("sats", "plats")):
        # a passive supine ("ändrats", "beslutats", "öppnats"): Snowball takes only its -s,
        # leaving "ändrat" where "ändras", "ändrade" and "ändrat" stem to "ändr" – "har
        # leveransdagarna ändrats?" had shared no verb with "leveransdagarna ändras" (the nouns
        # "insats", "plats" and their compounds are no such form)
        return stem(word[:-1])
    s = _stemmer().stemWord(word)
    if _SYNCOPATED_EL.search(s):
        # a noun in -el drops its e before an ending ("titel" → "titlar", "regel" → "regler",
        # "cykel" → "cyklar"), which Snowball leaves as "titl": the stem gets its e back, as the
        # noun's own form writes it ("inkomsttitlar" of a header "Inkomsttitel")
        return f"{s[:-1]}el"
    return s


# a stem ending vowel–consonant–l, the e of an -el noun dropped ("titl", "regl"); a cluster
# before the l ("utveckl", "handl") is a verb's stem, not a syncope
_SYNCOPATED_EL = re.compile(r"[aeiouyåäö][bcdfgjkmnpqrstvxz]l$")


_LOCAL = threading.local()


def _stemmer():
    """This thread's stemmer: a PyStemmer object keeps per-call state and must not be shared
    between threads (the app answers in one thread while another re-indexes)."""
    s = getattr(_LOCAL, "stemmer", None)
    if s is None:
        import Stemmer

        s = _LOCAL.stemmer = Stemmer.Stemmer("swedish")
    return s


def stems(text: str) -> list[str]:
    """Stems of the content words of ``text`` (stopwords left out)."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]


def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_SWEDISH

    # "över"/"under" 8 procent and "mellan" two regions carry meaning in our questions.
    keep = {"över", "under", "mellan"}
    more = "samt även också dock bara ska skall finns fanns får fick sitt hos denne detsamma många"
    # (… and their spoken spellings, as staff type them: "nåt", "nån", "dom som …", "mej")
    more += " nåt nån nåra nånting nåt dom mej dej sej"
    # (… and "sen" for "sedan": "minskat sen 2020")
    more += " sen"
    return frozenset((set(STOPWORDS_SWEDISH) - keep) | set(more.split()))


STOPWORDS: frozenset[str] = _stopwords()


def _english_stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN

    # (… and the words that ask, which Lucene's short list leaves: "how much … between 2021 and 2024")
    more = "much many between how did does do what which who has have had were been from its"
    return (frozenset(STOPWORDS_EN) | frozenset(more.split())) - {"not", "no"}  # ("did not complete": the negation carries meaning)


ENGLISH_STOPWORDS: frozenset[str] = _english_stopwords()


def index_tokens(text: str) -> list[str]:
    """Lower-case tokens for the search index, stopwords and one-letter words removed.

    A number expands to its normalised form plus its pieces ("5 111 665" → "5111665", "5",
    "111", "665"; "2021–2027" → "2021-2027", "2021", "2027"), a hyphenated word to the whole and
    its parts, an acronym with "+" to both spellings ("esf+", "esf").
    """
    out: list[str] = []
    for m in TOKEN_RE.finditer(text):
        if m.group("num") is not None:
            raw = m.group("num")
            if _SPACES.search(raw):
                groups = _SPACES.split(raw)
                out.append("".join(groups))
                out.extend(groups)
                continue
            raw = _DASHES.sub("-", raw)
            out.append(raw)
            if "-" in raw:
                out.extend(p for p in raw.split("-") if p)
            continue
        raw = m.group("word")
        if ":" in raw:
            raw = raw.split(":", 1)[0]
        plus = raw.endswith("+")
        if plus:
            raw = raw[:-1]
            plus = raw.isupper()  # "ESF+" is an acronym; "a+" is not
        low = _DASHES.sub("-", raw.lower())
        if "-" in low:
            out.append(low)
            out.extend(p for p in low.split("-") if p and _keep(p))
            continue
        if plus:
            out.append(low + "+")
        if _keep(low):
            out.append(low)
    return out


def _keep(tok: str) -> bool:
    return (len(tok) > 1 or tok.isdigit()) and tok not in STOPWORDS


# A noun for a source itself – a register, a table, a report, a file – as the regex of its stem and
# the endings it takes alone ("registret", "tabellen", "rapporten"). Its inflections and the
# compounds it closes ("företagsstödsregistret", "arbetsmarknadsrapporten") name where the figures
# stand, never a topic or a row: read so by the typo corrector, the value matcher and the places.
SOURCE_NOUN = (
    r"(?:regist(?:er|ret|rets|ren)|statistik|tabell|fil(?:en|erna)|list(?:an|orna)|export|"
    r"sammanställning|rapport|dokument|barometer|underlag|report|table)"
    r"(?:en|et|ens|ets|n|er|erna|ar|arna|s)?"
)

# A text ending in an abbreviation's dot ("t.ex.", "resp.", "inkl."): the dot ends no sentence.
# ("tf. projektledare", "kl. 10.00", "ordf. Birgitta Nyström" too; "ek. bistånd", "soc. bidrag",
# "kv. 3", "tot. antal", "ung. hur många" as staff type them)
ENDS_IN_ABBREVIATION = re.compile(
    r"\b(?:t\.ex|bl\.a|m\.m|t\.o\.m|fr\.o\.m|s\.k|d\.v\.s|dvs|ca|jfr|nr|kap|st|resp|inkl|exkl|tf|t\.f|kl|ordf|f\.d|o\.s\.v"
    r"|ek|ekon|soc|kv|tot|ung|genomsn|försörjn|arbetsl)\.$",
    re.I,
)


# A line ending in a hyphen before one of these words is a suspended compound ("kvinnor- och
# mansdominerade"), not a word broken over two lines.
SUSPENDED_NEXT = ("och", "eller", "samt", "som", "till", "resp", "respektive")

# ---------------------------------------------------------------- counties

# The counties by the two digits that open every municipality code (SCB's kommunkod: 0114
# Upplands Väsby lies in 01 Stockholms län, 2080 Falun in 20 Dalarnas län).
COUNTY_BY_CODE = {
    "01": "Stockholms län", "03": "Uppsala län", "04": "Södermanlands län", "05": "Östergötlands län",
    "06": "Jönköpings län", "07": "Kronobergs län", "08": "Kalmar län", "09": "Gotlands län", "10": "Blekinge län",
    "12": "Skåne län", "13": "Hallands län", "14": "Västra Götalands län", "17": "Värmlands län", "18": "Örebro län",
    "19": "Västmanlands län", "20": "Dalarnas län", "21": "Gävleborgs län", "22": "Västernorrlands län",
    "23": "Jämtlands län", "24": "Västerbottens län", "25": "Norrbottens län",
}

# ---------------------------------------------------------------- numbers written as words

@lru_cache(maxsize=1)
def municipalities() -> dict[str, str]:
    """Sweden's municipalities, folded name → the code of their county ("gävle" → "21"), from
    ``data/kommuner.json``; the names that are also everyday words ("mark", "vara", "boden") are
    left out, so that a lower-case word is read as a place only when it can be nothing else."""
    common = {fold(w) for w in _kommuner()["homographs"]}
    return {name: code for name, code in municipality_counties().items() if name not in common}


def municipality_of(word: str, homographs: bool = False) -> str | None:
    """The municipality one word names ("falun", "faluns", "2080 Falun" → "falun"), folded; None.
    Without ``homographs`` the names that are everyday words ("vara", "mark") name none."""
    w = re.sub(r"^\d{2,4}\s+", "", fold(str(word))).strip()
    known = municipality_counties() if homographs else municipalities()
    if w in known:
        return w
    if w.endswith("s") and w[:-1] in known:
        return w[:-1]
    return None


_UNACCENTED = str.maketrans("åäöéü", "aaoeu")


@lru_cache(maxsize=1)
def _municipalities_unaccented() -> dict[str, str]:
    """Folded name without its å, ä and ö ("nykoping") → the municipality's folded name, for the
    names that keep one reading so ("Vingaker" is Vingåker; two names alike so would be none)."""
    seen: dict[str, set[str]] = {}
    for name in municipality_counties():
        seen.setdefault(name.translate(_UNACCENTED), set()).add(name)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and k not in municipality_counties()}


def municipality_written(value: str) -> str | None:
    """The municipality a cell is, however a register typed it ("Landskrona", "LANDSKRONA ",
    "Landskrona kommun", "Eslövs kommun", "Malmö stad", "Nykoping" without its ö), folded; None
    for any other value."""
    name = re.sub(r"\s+(?:kommun|stad)$", "", fold(str(value)).strip())
    if not name:
        return None
    found = municipality_of(name, homographs=True)
    if found is None and name.isascii():
        unaccented = _municipalities_unaccented()
        found = unaccented.get(name) or (unaccented.get(name[:-1]) if name.endswith("s") else None)
    return found


def is_age_header(header: str) -> bool:
    """Is a column's own header an age ("Ålder", "Sökandens ålder", "Medelålder", "alder") – a
    case's age in years, never a figure to add up? (A label "Ålder" beside "Folkmängd" says whose
    count it is; "Antal i ålder 16-24" is a count.)"""
    toks = set(words(re.sub(r"[_.]", " ", header.lower())))
    ages = {"ålder", "alder", "age", "medelålder", "snittålder", "medianålder"}
    return bool(toks & ages) and not toks & {"antal", "number", "count", "andel", "personer", "folkmängd"}


def municipality_name(folded: str) -> str:
    """A municipality's name as written ("nyköping" → "Nyköping")."""
    return _municipality_names().get(folded, folded)


def residents_of(word: str) -> str | None:
    """The municipality whose residents a word names, its name as written ("hyltebor",
    "lessebobor", "norrköpingsbor", "lundaborna", "göteborgare", "gotlänningar" → "Hylte", "Lessebo",
    "Norrköping", "Lund", "Göteborg", "Gotland"); None. Names that are everyday words count here ("bodenbor",
    "varabor": the compound can mean nothing else); the irregular ones ("umebor", "falubor") do not."""
    w = fold(word)
    names = _municipality_names()
    # "gotlänningar", "gotlänningarna": the residents of a "-land" by "-länning"
    for suffix in ("länningarna", "länningar", "länning"):
        if w.endswith(suffix) and len(w) > len(suffix) + 1 and (name := names.get(w[: -len(suffix)] + "land")):
            return name
    for suffix in ("borna", "boende", "bor", "bon", "bo", "arna", "are", "aren"):
        if not w.endswith(suffix) or len(w) - len(suffix) < 3:
            continue
        stem = w[: -len(suffix)]
        # (a linking "s" – "norrköpings|bor" – or "a" – "lunda|bor")
        for cand in (stem, stem[:-1] if stem[-1] in "sa" else ""):
            if cand in names and (suffix[0] == "b" or cand[-1] not in "aeiouyåäö"):
                return names[cand]
    return None


@lru_cache(maxsize=1)
def _municipality_names() -> dict[str, str]:
    """Every municipality, folded name → its name as written."""
    return {fold(name): name for code, names in _kommuner().items() if code.isdigit() for name in names}


@lru_cache(maxsize=1)
def municipality_counties() -> dict[str, str]:
    """Every municipality, folded name → its county's code, the everyday words among them too
    ("mark", "vara"): for a column already known to list municipalities."""
    return {fold(name): code for code, names in _kommuner().items() if code.isdigit() for name in names}


@lru_cache(maxsize=1)
def _english_glosses() -> dict[str, str]:
    data = json.loads((Path(__file__).with_name("data") / "english_glosses.json").read_text(encoding="utf-8"))
    return {k.lower(): v for k, v in data["glosses"].items()}


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The everyday English words the glosses know ("deadline", "meeting"): words, never slips of
    a Swedish word – a Swedish question uses them too ("slutrapport deadline??")."""
    return frozenset(w for w in _english_glosses() if " " not in w)


def english_glosses(text: str, known=None) -> str:
    """The Swedish words documents write for an English question's everyday words ("when is the
    next meeting" → "när nästa möte"), from ``data/english_glosses.json``: to search and weigh
    Swedish text with – the English words match none of it. ``known(word)``: of a word's
    glosses, the first the documents use (one per English word, so that alternatives do not
    dilute what the question asks)."""
    found: list[str] = []
    for w in re.findall(r"[a-z]+", text.lower()):
        glosses = _english_glosses().get(w, "").split()
        pick = next((g for g in glosses if known is None or known(g)), None)
        if pick is not None and pick not in found:
            found.append(pick)
    return " ".join(found)


def _kommuner() -> dict:
    return json.loads((Path(__file__).with_name("data") / "kommuner.json").read_text(encoding="utf-8"))


SWEDISH_NUMBER_WORDS = {
    "noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
    "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
    "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50,
    "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90, "hundra": 100, "tusen": 1000,
}
NUMBER_WORDS = {
    **SWEDISH_NUMBER_WORDS,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}

# A cell that says its figure did not change ("oförändrad" in a "Ny lydelse" column beside the
# "Nuvarande lydelse" it keeps): general Swedish (and English) wording, not one document's
UNCHANGED_CELL = re.compile(
    r"(?:oförändrad|oförändrat|oförändrade|oförändr\.?|ingen (?:ändring|förändring)|samma|"
    r"unchanged|no change|same)[.!]?",
    re.IGNORECASE,
)


# A cell that repeats the one above it ("d:o", "dito", "do.", a ditto mark 〃 or a lone quote
# mark): a list's way of not writing a name twice – general Swedish (and English) usage
DITTO_CELL = re.compile(r"(?:d:o|d\.o\.?|d:o\.|dito|ditto|do\.|〃|\"|”|''|״)", re.IGNORECASE)


# The words that tell versions of one thing apart in a table's headers ("Nuvarande lydelse" →
# "Ny lydelse", "Ursprunglig budget" → "Reviderad budget", "Före" → "Efter"): general Swedish
# and English, not one document's
VERSION_WORDS = frozenset(
    "nuvarande gällande tidigare ursprunglig ursprungligt ursprungliga gammal gammalt gamla föregående "
    "ny nytt nya ändrad ändrat ändrade reviderad reviderat reviderade föreslagen föreslaget föreslagna "
    "beslutad beslutat beslutade justerad justerat justerade uppdaterad uppdaterat uppdaterade "
    "före efter preliminär preliminärt preliminära slutlig slutligt slutliga "
    "current old new previous original revised proposed amended updated adopted before after".split()
)


# ---------------------------------------------------------------- months and periods

MONTH_NAMES = [
    "", "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december",
]
# English month names that Swedish spells otherwise (april, september … are the same)
ENGLISH_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
}
MONTHS: dict[str, int] = {name: i for i, name in enumerate(MONTH_NAMES) if name}
MONTHS.update({
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
})
MONTHS.update(ENGLISH_MONTHS)

# The particles of Swedish particle verbs ("pendla ut", "skriva in", "flytta hem"): written after
# the verb in a sentence and before the stem in the noun a header uses ("utpendlare", "inskrivna")
PARTICLES = frozenset({"ut", "in", "av", "upp", "till", "på", "om", "över", "bort", "fram", "ner", "ned", "hem", "med"})
# A quarter written without its year, folded ("kv 1", "kvartal 3", "q2", "k4", a preliminary "kv 3*").
YEARLESS_QUARTER = re.compile(r"(?:kv(?:artal)?|q|k)\.?\s*([1-4])\s*\**")
# The year's own figure among its quarters, folded ("helår", "hela året", "summa").
WHOLE_YEAR_WORDS = r"helår|hela året|år|summa|totalt"
WHOLE_YEAR = re.compile(rf"(?:{WHOLE_YEAR_WORDS})\s*\**")
# … or a sum of part of it ("jan–sep").
PART_OF_YEAR = re.compile(rf"(?:{WHOLE_YEAR_WORDS}|jan(?:uari)?\s*[–-]\s*\w+)\s*\**")
# A verb in the past or present ("betalade", "skriver"), whose subject may stand between it and
# its particle ("betalade Norrköpings kommun ut"); never a genitive's -s ("Norrköpings").
FINITE_VERB = re.compile(r"\w{3,}(?:ade|de|te|ar|er|ir|ades|des|tes)$")
# Words a verb's subject may take between the verb and its particle.
SUBJECT_GAP = 2


# A day's time of day as an API writes it after the date ("2025-03-14T09:12:00Z", "2025-03-14 09:12"):
# one pattern for the period detector (tables.cells), the period sort key and the profile's stamp test.
TIME_OF_DAY = r"[Tt ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:[Zz]|[+-]\d\d:?\d\d)?"
DAY_WITH_TIME = re.compile(rf"(?:19|20)\d\d-\d\d-\d\d{TIME_OF_DAY}")

YEAR_IN_TEXT = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])")
# a school or budget year: "2024/25", "24/25", "2024/2025"
_SCHOOL_YEAR = re.compile(r"(?<![\d/])((?:19|20)?\d\d)\s*/\s*((?:19|20)?\d\d)(?![\d/])")


def _school_years_written(text: str) -> list[tuple[int, int, bool]]:
    """(first year, last year's two digits, first year written in full) of each school or budget
    year of ``text``; a slash between years that do not follow each other is none."""
    out = []
    for a, b in _SCHOOL_YEAR.findall(text):
        start = int(a) if len(a) == 4 else 2000 + int(a)
        end = int(b[-2:])
        if (start + 1) % 100 == end and (len(b) == 2 or int(b) == start + 1):
            out.append((start, end, len(a) == 4))
    return out


def school_years(text: str) -> set[tuple[int, int]]:
    """School or budget years written with a slash ("2024/25", "24/25", "2024/2025") → (2024, 25);
    a slash between years that do not follow each other ("2020/2023", "3/4") is none."""
    return {(start, end) for start, end, _ in _school_years_written(text)}


def school_year_starts(text: str) -> list[int]:
    """The first years of the school years a header names with its first year in full
    ("Andel behöriga 2023/24" → 2023), as period_year reads them; "23/24" alone may be a date."""
    return sorted({start for start, _, full in _school_years_written(text) if full})


def years_in(text: str) -> list[int]:
    """The years a caption, sheet name or header names ("Gästnätter 2024", "2023–2024"), a
    school year by its first ("Andel behöriga 2023/24" → 2023, as period_year reads it); not
    those inside a longer number or a short school year ("21/22")."""
    return [int(y) for y in YEAR_IN_TEXT.findall(text)] + school_year_starts(text)


def period_year(value: object) -> int | None:
    """The year a period value carries ("2024K3", "juli 2024", "2021/22" → 2024, 2024, 2021);
    None for a period without its year ("Januari", "09") or no period at all."""
    k = period_key(value)
    return k[0] if isinstance(k[0], int) and k[0] > 0 else None


# a week: "2025v36", "2025 v. 36", "2025-W36", "2025 vecka 36", "v36 2025", "vecka 36"
_WEEK = re.compile(
    r"(?:((?:19|20)\d\d)\s*[-–]?\s*(?:v|w|vecka|vk|week)\.?\s*(\d{1,2})|(?:v|w|vecka|vk|week)\.?\s*(\d{1,2})(?:\s*[-–,]?\s*((?:19|20)\d\d))?)"
)


def month_header(header: str) -> tuple[int, int] | None:
    """(year, month) of a header that is one month written in figures ("202510", "2025M10"), as
    an old report or PxWeb writes its columns; else None."""
    m = re.fullmatch(r"\s*((?:19|20)\d\d)[Mm]?(0[1-9]|1[0-2])\s*", str(header))
    return (int(m.group(1)), int(m.group(2))) if m else None


def header_years_of(header: str) -> set[int]:
    """The years a header names ("Gästnätter 2024"), a month's in figures too ("202410")."""
    return set(years_in(header)) or ({mh[0]} if (mh := month_header(header)) else set())


def week_of(value: object) -> tuple | None:
    """The key of a week ("2025v36" → (2025, 0, 0, 36), "vecka 36" → (0, 0, 0, 36)): four places, so
    that a week is never read as a month or a date of the same numbers; None for anything else."""
    m = _WEEK.fullmatch(fold(str(value)).strip().rstrip("*").strip())
    if not m:
        return None
    week = int(m.group(2) or m.group(3))
    if not 1 <= week <= 53:
        return None
    return (int(m.group(1) or m.group(4) or 0), 0, 0, week)


# a half-year: "2024H1", "2024 H2", "H1 2024", "2024 halvår 1", "halvår 2 2024"
_HALF = re.compile(r"((?:19|20)\d\d)\s*[-–]?\s*(?:h|halvar|halvår)\s*([12])|(?:h|halvar|halvår)\s*([12])\s*[-–,]?\s*((?:19|20)\d\d)")


# a school or university term: "HT 2022", "VT23", "ht-22", "höstterminen 2022", "2023 VT" – the
# spring term the year's first half, the autumn term its second
# The words of a term or season, the half of its year it stands for: spring ("vt", "våren",
# "spring") the first, autumn ("ht", "hösten", "autumn") the second – one list for the table's
# periods ("Våren 2025") and the question's ("våren 2025")
TERM_WORDS = r"ht|vt|höstterminen|hösttermin|vårterminen|vårtermin|hösten|våren|autumn(?: term)?|spring(?: term)?"
_TERM = re.compile(
    rf"({TERM_WORDS})\s*[-–]?\s*((?:19|20)?\d\d)|((?:19|20)\d\d)\s*[-–]?\s*(ht|vt)"
)


def term_half(word: str) -> int:
    """The half of the year a term or season word stands for: 1 (spring), 2 (autumn)."""
    return 1 if fold(word).startswith(("v", "s")) else 2


# A header that names a calendar year as a whole, beside the year's figure: "Kalenderår 2024",
# "Helår 2024", "Hela året 2024", "År 2024" (folded words, the year left out).
CALENDAR_YEAR_WORDS = frozenset({"kalenderår", "kalenderåret", "helår", "helåret", "år", "året", "hela"})


# A header's mark of a preliminary or footnoted figure: "2025*", "dec 2025¹", "HT 2025 (prel.)",
# "Värde 2024 prel."
_PRELIMINARY_MARK = re.compile(r"\s*(?:\*+|[¹²³⁴⁵]+|\((?:prel|preliminär\w*)\.?\)|\bprel(?:iminär\w*)?\.?)(?=\s|$|,)", re.I)


def without_preliminary_mark(header: str) -> str:
    """A header without its mark of a preliminary figure ("Ohälsotal dec 2025*" → "Ohälsotal dec
    2025"): the same measure as its unmarked sibling of another year."""
    return _PRELIMINARY_MARK.sub("", header).strip()


def months_of_quarters(quarters) -> tuple[int, ...]:
    """The months of quarters, in order ((2,) → (4, 5, 6); (1, 2, 3) → January to September)."""
    return tuple(m for q in sorted(set(quarters)) for m in range(3 * q - 2, 3 * q + 1))


def names_part_of_year(header: str) -> bool:
    """Does a header name a part of its year – a term or season ("VT 2024", "Hösten 2023"), a
    half-year, a quarter ("2024K3", "Kv 2"), a tertial or a month ("mars 2025", "2024M07")?"""
    folded = fold(header)
    if re.search(rf"\b(?:{TERM_WORDS})(?![a-zåäö])", folded):
        return True
    if re.search(r"\b(?:kv(?:artal)?\.?\s*[1-4]|q[1-4]|tertial\s*[1-3]|halvår\s*[12]|h[12])\b|(?:19|20)\d\d\s*[-–]?\s*[kmqh]\d", folded):
        return True
    return any(w in MONTHS for w in words(folded))


def half_year_of(value: object) -> tuple | None:
    """The key of a half-year ("2024H1" → (2024, 0, 0, 0, 1)): five places, so that a half-year is
    never read as a month, a quarter, a date or a week of the same numbers; a term is its half
    ("VT 2023" → (2023, 0, 0, 0, 1), "HT 2022" → (2022, 0, 0, 0, 2)); None for anything else."""
    v = fold(str(value)).strip().rstrip("*").strip()
    m = _HALF.fullmatch(v)
    if m:
        return (int(m.group(1) or m.group(4)), 0, 0, 0, int(m.group(2) or m.group(3)))
    t = _TERM.fullmatch(v)
    if t:
        year = t.group(2) or t.group(3)
        return (int(year) if len(year) == 4 else 2000 + int(year), 0, 0, 0, term_half(t.group(1) or t.group(4)))
    return None


def period_key(value: object) -> tuple:
    """Sortable key of a period value: "2024" → (2024, 0), "2024 kv3" / "2024K3" → (2024, 3),
    "2024M07" / "2024-07" / "202407" /
    "2024 Juli" / "2024 - juli" / "juli 2024" → (2024, 7), "2024K3" → (2024, 3), "2023-01-11" →
    (2023, 1, 11), "21/22" /
    "2021/22" → (2021, 0), "2023-01-11T09:12:00" → (2023, 1, 11), "09" → (0, 9), "Januari" → (0, 1), "2025v36" → (2025, 0, 0, 36), "2024H2" →
    (2024, 0, 0, 0, 2);
    anything else sorts first, by its text: (0, 0, -1, text)."""
    v = fold(str(value)).strip().rstrip("*").strip()
    if (w := week_of(v)) is not None:
        return w
    if (h := half_year_of(v)) is not None:
        return h
    m = re.fullmatch(r"((?:19|20)\d\d)\s*-?\s*([a-zåäö]+)|([a-zåäö]+)\s+((?:19|20)\d\d)", v)
    if m:
        year, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if month in MONTHS:
            return (int(year), MONTHS[month])
    m = re.fullmatch(r"((?:19|20)\d\d)\s*(?:kv|kvartal|q)\.?\s*([1-4])|(?:kv|kvartal|q)\.?\s*([1-4])\s*((?:19|20)\d\d)", v)
    if m:  # "2024 kv1", "2024 kvartal 1", "Q1 2024": a quarter, as "2024K1"
        return (int(m.group(1) or m.group(4)), int(m.group(2) or m.group(3)))
    # (… with its time of day, as an API writes it: "2025-03-14T09:12:00", "2025-03-14 09:12")
    m = re.fullmatch(rf"((?:19|20)\d\d)-(\d\d)-(\d\d)(?:{TIME_OF_DAY})?", v)
    if m:  # a date: year, month, day
        return (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"((?:19|20)\d\d)\s*[mkqt:-]?\s*(\d{1,2})?", v)
    if m:
        return (int(m.group(1)), int(m.group(2) or 0))
    m = re.fullmatch(r"((?:19|20)\d\d)(\d\d)", v)
    if m:
        return (int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"((?:19|20)?\d\d)\s*/\s*(\d{2}|\d{4})", v)
    if m:
        start = int(m.group(1))
        return (start + 2000 if start < 100 else start, 0)
    if v.isdigit():
        return (0, int(v))
    if v in MONTHS:
        return (0, MONTHS[v])
    return (0, 0, -1, v)  # (-1: before a yearless week's (0, 0, 0, n), never compared with it as text)


# ---------------------------------------------------------------- bytes → text


def decode_bytes(data: bytes) -> str:
    """Bytes of a text or CSV file → text. UTF-8 (with or without BOM), UTF-16 with a BOM, else
    Windows-1252/Latin-1 – decided on the bytes; a file that mixes UTF-8 and Latin-1 lines (two
    exports pasted together) is decoded line by line. Raises IngestError for binary data. The
    text is ``composed``."""
    return composed(_decoded(data))


def _decoded(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError("okänd teckenkodning (trasig UTF-16)") from None
    if b"\x00" in data[:65536]:
        raise IngestError("okänd teckenkodning (binärfil, inte text)")
    try:
        return restore_lost_letters(repair_mojibake(data.decode("utf-8")))
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8_lines = sum(1 for ln in lines if _is_utf8_non_ascii(ln))
    if utf8_lines:
        text = "\n".join(_decode_line(ln) for ln in lines)
    else:
        text = _single_byte(data)
    sample = text[:200000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > max(2, len(sample) // 1000) or sample.count("\ufffd") > max(2, len(sample) // 200):
        raise IngestError("okänd teckenkodning (binärfil, inte text)")
    return text


# A letter an ASCII encoder could not write, left as "?" inside a word ("R?ttvik", "?lvdalen":
# PowerShell 5.1's Export-Csv and Out-File write ASCII unless told otherwise)
_LOST_LETTER = re.compile(r"[A-Za-z]\?[A-Za-z]|(?<![\w?])\?[a-z]")
_LOST_WORD = re.compile(r"(?<![\w?])[A-Za-z?]*\?[A-Za-z?]*[A-Za-z](?![\w?])")


@lru_cache(maxsize=1)
def _restorable_words() -> frozenset[str]:
    """Folded words with å, ä or ö a lost letter may be restored to: the municipalities' and
    counties' names, the stopwords, the months and the words of a county's own row."""
    names = [*municipality_counties(), *(fold(c) for c in COUNTY_BY_CODE.values())]
    out = {w for n in names for w in re.split(r"[\s-]+", n)}
    out |= {f"{w}s" for w in out if not w.endswith("s")}  # (the genitive: "Rättviks bibliotek")
    out |= set(STOPWORDS) | set(MONTHS)
    out |= {"län", "länet", "länets", "hela länet", "riket", "övriga", "övrigt", "år", "året"}
    return frozenset(w for w in out if re.search("[åäö]", w))


def restore_lost_letters(text: str) -> str:
    """A text written in ASCII with "?" for each å, ä and ö (no letter beyond ASCII anywhere, and
    "?" inside words more than once): a word whose one reading with å, ä or ö for its "?" is a
    known name or word (a municipality, a county, "länet") is written so – "R?ttvik" → "Rättvik",
    "Malung-S?len" → "Malung-Sälen"; any other is left as it is."""
    if len(_LOST_LETTER.findall(text[:200000])) < 2 or re.search(r"[^\x00-\x7f]", text[:200000]):
        return text
    known = _restorable_words()

    def one(m: re.Match) -> str:
        word = m.group(0)
        if word.count("?") > 3 or "?" not in word:
            return word
        parts = word.split("?")
        found = set()
        for letters in itertools.product("åäö", repeat=len(parts) - 1):
            cand = parts[0] + "".join(c + p for c, p in zip(letters, parts[1:], strict=True))
            if fold(cand) in known:
                found.add(cand)
        if len(found) != 1:
            return word
        (cand,) = found
        # (a capital where the word starts with its lost letter: "?lvdalen" → "Älvdalen")
        return cand[0].upper() + cand[1:] if word.startswith("?") and word[1:2].islower() and len(word) > 3 else cand

    return "\n".join(_LOST_WORD.sub(one, line) for line in text.split("\n"))


# UTF-8's two bytes of å, ä, ö, é … read once as Windows-1252 and saved again as UTF-8: "Ã¤" for
# "ä", "Ã¶" for "ö", "Ã…" for "Å" (a file opened as ANSI in Excel and saved)
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2122]")


def repair_mojibake(text: str) -> str:
    """Text whose UTF-8 was once read as Windows-1252 and written again ("GÃ¤vleborgs lÃ¤n") →
    the text it was ("Gävleborgs län"), line by line: a line is mended only when its bytes as
    Windows-1252 are UTF-8 and say fewer such pairs; any other line is left as it is."""
    if not _MOJIBAKE.search(text):
        return text
    out = []
    for line in text.split("\n"):
        if _MOJIBAKE.search(line):
            try:
                mended = line.encode("cp1252").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                mended = line
            if len(_MOJIBAKE.findall(mended)) < len(_MOJIBAKE.findall(line)):
                line = mended
        out.append(line)
    return "\n".join(out)


# Single-byte code pages a Swedish export may be written in besides Windows-1252: DOS code page 437
# (an SIE file's "#FORMAT PC8") and Mac OS Roman (Excel for Mac's "CSV (Macintosh)"). Read as
# Windows-1252 their å, ä, ö become "†", "„", "”" or "Œ", "Š", "š" between letters.
_OTHER_CODE_PAGES = ("cp437", "mac_roman")
_SWEDISH_IN_WORD = re.compile("(?<=[A-Za-z])[åäöÅÄÖé]|[åäöÅÄÖé](?=[a-z])")


def _swedish_letters(text: str) -> int:
    """How many of å, ä, ö, é stand beside a letter – the mark of the right code page."""
    return len(_SWEDISH_IN_WORD.findall(text))


def _single_byte(data: bytes) -> str:
    """Bytes that are no UTF-8 → text in Windows-1252, unless another code page Swedish exports
    are written in reads at least three more å, ä, ö inside words (and more than twice as many)."""
    text = data.decode("cp1252", errors="replace")
    sample = data[:200000]
    best, best_hits = text, _swedish_letters(text[:200000])
    for codec in _OTHER_CODE_PAGES:
        hits = _swedish_letters(sample.decode(codec, errors="replace"))
        if hits >= 3 and hits > 2 * best_hits:
            best, best_hits = data.decode(codec, errors="replace"), hits
    return best


def _is_utf8_non_ascii(line: bytes) -> bool:
    if line.isascii():
        return False
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")
