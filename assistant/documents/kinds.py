"""What kind of content a question asks for, and what kind a candidate quote carries.

A question "Hur många …" wants a figure, "Vem …" a name, "När …" a date, "Vilka …" a list,
"Vad menas med …" a defining sentence, "Varför …" a reason. A quote that carries the asked-for
kind is a better answer than one that only shares the question's words; these are features of
the fitted sentence ranker (``features.py``), never rules on their own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.swedish import MONTHS, NUMBER_WORDS, fold, words

KINDS = ("number", "name", "date", "place", "list", "definition", "reason", "money", "decision")

_Q = {
    "number": re.compile(
        r"\b(hur (många|mycket|stor|stort|stora|hög|högt|höga|låg|lågt|långa|lång|länge|snabbt|ofta|vanligt)|"
        r"vad kostar|vad kostade|till vilken nivå|vilken nivå|vilket belopp|vilket resultat|vilken (andel|storlek|klasstorlek)|"
        r"andel|andelen|\w+[soae]andel(en)?|procent|antal|antalet|summa|belopp|kostnad|"  # "marknadsandel", never "handel"
        r"how (many|much|large|big|high|long|often)|what (share|percentage|proportion|number|amount|rate))\b"
    ),
    "name": re.compile(r"\b(vem|vems|vilka personer|vilken person|vad heter|vilka ledamöter|vilka revisorer|who|whom|whose)\b"),
    "date": re.compile(
        # ("när" with its subject right after is a clause, not the question word: "hur gör jag om
        # arbetsgivaren har skulder när jag handlägger ett lönebidrag?" asks how, not when)
        r"\b(när(?!\s+(?:jag|du|man|vi|ni|de|dom|han|hon|hen|den|det|dessa)\b)|vilket datum|vilken dag|vilket år|vilken tid|vilket läsår|från vilket|sedan när|hur länge|"
        # ("sista dag att lämna anbud", "sista ansökningsdag", "deadline för …": a day asked for)
        r"sista \w*dag(?:en)?|datum för|deadline|"
        r"when(?!\s+(?:i|you|we|they|he|she|it)\b)|what time|which year|since when|what date|how long|due date)\b"
    ),
    "place": re.compile(r"\b(var (ligger|finns|hölls|höll|har|jobbar|bor|pågår|kan)|vart|i vilken (kommun|stad|ort|region)|vilken ort|where)\b"),
    "list": re.compile(r"\b(vilka|vilket av|nämn|lista|which (are|of|\w+s)|what are|list)\b"),
    "definition": re.compile(
        r"\b(vad (är|var) (en |ett )?\S+( för något)?\s*\??$|vad menas|vad avses|vad innebär|vad betyder|vad står|"
        r"står för|definieras|räknas som|räknas till|avses med|menas med|"
        r"what (is|are|does) .*(mean|stand for)|what is (a|an|the)? ?\S+\??$|stand for)"
    ),
    "reason": re.compile(r"\b(varför|av vilken anledning|vad beror|beror det|vad är orsaken|hur kommer det sig|why)\b"),
    # An amount asked for outright – not every question that mentions a budget.
    "money": re.compile(
        r"\b(vad (kostar|kostade|kostnaden)|hur mycket (pengar|extra pengar|kostar|kostade)|hur (stor|höga?|stora) (är |var |blir )?"
        r"(budget\w*|kostnad\w*|anslag\w*)|vilken kostnad|vilket belopp|how much (money|does|did)|what (does|did) .* cost)\b"
    ),
    "decision": re.compile(
        r"\b(beslut\w*|besluta\w*|godkän\w*|antogs|antagit|fastställ\w*|röstade|omröstning\w*|avslog|bifölls|"
        r"decided|decision|approved|adopted|vote\w*)\b"
    ),
}


# a question opened by another question word than "när"
_OTHER_ASK_FIRST = re.compile(r"^(?:vem|vems|vad|vilk\w*|hur|var|vart|varför|who|whom|whose|what|which|how|where|why)\b")
# … and a second ask after it: "… och när?", "…, när …"
_ASKS_AGAIN = re.compile(r"(?:\boch|\bsamt|\band|,)\s*$")


@dataclass(frozen=True)
class Wanted:
    """The kinds of content a question asks for, and the years it names."""

    kinds: frozenset[str]
    years: frozenset[int]

    def wants(self, kind: str) -> bool:
        return kind in self.kinds


def asking_words(question: str, kind: str) -> frozenset[str]:
    """The (folded) words with which a question asks for a kind of content: "kostade" of "hur
    mycket kostade centret?" asks for an amount, it names no measure a quote must repeat."""
    rx = _Q.get(kind)
    if rx is None:
        return frozenset()
    return frozenset(w for m in rx.finditer(fold(question)) for w in words(m.group(0)))


def wanted(question: str) -> Wanted:
    q = fold(question).strip()
    kinds = {k for k, rx in _Q.items() if rx.search(q)}
    if "date" in kinds and _OTHER_ASK_FIRST.match(q) and not any(
        m.group(0) not in ("när", "when") or _ASKS_AGAIN.search(q[: m.start()]) for m in _Q["date"].finditer(q)
    ):
        # "vem var projektledare när industrispåret beviljades?": a "när" inside a question that
        # asks who (how, what …) opens a clause of time, no second ask – unless "och när" asks again
        kinds.discard("date")
    if "definition" in kinds and not q.startswith(("vilka", "which")):
        kinds.discard("list")  # "Vilka grupper räknas som …" wants both: a defining list
    if not kinds and years_in(q) and len(words(q)) <= 6 and names_a_rate(question):
        # "förvärvsfrekvensen i lund 2023?": a rate or level and a year, nothing else asked – its
        # figure (a table's header line naming the measure had passed for the answer)
        kinds.add("number")
    return Wanted(frozenset(kinds), frozenset(years_in(q)))


@lru_cache(maxsize=1024)
def names_a_rate(question: str) -> bool:
    """Does the question name a rate or level as the statistics route reads one ("arbetslösheten",
    "förvärvsfrekvensen", "sjukpenningtalet")?"""
    from ..stats.form import read_form

    return bool(read_form(question).rate_words)


# (not the year of a case number: "RS 2024/1188", "Af-2024/0092311" date nothing)
_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?!\d|,\d|/\d{3})")
_SCHOOL_YEAR = re.compile(r"(?<![\d,.])(\d\d)/(\d\d)(?![\d,])")


@lru_cache(maxsize=65536)
def years_in(text: str) -> frozenset[int]:
    """Years named in a text: "2025", "2021–2027" (both ends), "läsåret 26/27" (2026)."""
    ys = {int(y) for y in _YEAR.findall(text)}
    for a, b in _SCHOOL_YEAR.findall(text):
        if int(b) == (int(a) + 1) % 100:
            ys.add(2000 + int(a))
    return frozenset(ys)


# ---------------------------------------------------------------------- what a quote carries

# "ett"/"one" are articles far more often than figures.
NUMBER_WORD_ALTERNATION = "|".join(sorted((w for w in NUMBER_WORDS if len(w) > 2 and w not in ("ett", "one")), key=len, reverse=True))
_FIGURE = re.compile(
    rf"(\d+[\d\s\u00a0]*(,\d+)?\s*(%|procent|kr|kronor|tkr|mnkr|miljoner|miljarder|st\b|personer|anställda)?|"
    rf"\b({NUMBER_WORD_ALTERNATION}|hälften|dubbelt|tredjedel|fjärdedel|majoritet)\b)",
    re.I,
)
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) >= 3), key=len, reverse=True))
_DATE = re.compile(
    rf"\b(\d{{4}}-\d\d-\d\d|\d{{1,2}}\s+({_MONTH_NAMES})\w*|({_MONTH_NAMES})\w*\s+\d{{4}}|"
    rf"(våren|hösten|sommaren|vintern|början av|slutet av|halvåret|årsskiftet|läsåret)\s+\d{{2,4}}|"
    rf"(kl\.?|klockan)\s*\d|\d\d[.:]\d\d|\d{{1,2}}/\d{{1,2}}|"
    # a day of every month: "senast den 5:e i varje månad"
    rf"den\s+\d{{1,2}}:[ae]\b|"
    # a day of the week ("Torsdag | Gräsö Handelsbod | 10–14" answers "vilken dag …")
    rf"(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar|en|arna)?\b|(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b)",
    re.I,
)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")
_PROPER = re.compile(r"(?<=[a-zåäö0-9,] )[A-ZÅÄÖ][\wåäö\-]+")
_PLACE = re.compile(r"\b(i|på|från|till|vid|utanför)\s+[A-ZÅÄÖ][\wåäö\-]+")
_DEFINING = re.compile(
    r"\b(definieras|definition|avses|menas|innebär|betyder|står för|kallas|benämns|räknas|syftar på|"
    r"handlar om|är en|är ett|är när|är de|är den|är det som|utgörs av|omfattar)\b"
)
_REASON = re.compile(
    r"\b(eftersom|därför|på grund av|beror på|bero på|till följd av|med anledning av|orsak|orsaken|orsaker|skäl|skälet|skälen|"
    r"motivering|motiveringen|motiveras|"
    r"förklaring|förklaras|förklarar|främst|bidrar|leder till|resulterar|medför)\b"
)
_MONEY = re.compile(r"\d\s*(kr|kronor|tkr|mnkr|mkr|sek|miljoner|miljarder|mdkr|€|euro)\b|\b(miljoner|miljarder) kronor\b", re.I)
_DECIDING = re.compile(
    r"\b(beslutar|beslutade|beslutades|beslutat|godkänner|godkände|godkändes|antar|antog|antogs|fastställer|"
    r"fastställde|avslår|avslog|bifaller|biföll|återremitter\w*|ja-röster|nej-röster|yrkar|yrkande|föreslår att)\b"
)
# A term glossed in parentheses: "UVAS (unga som varken arbetar eller studerar)" – words, no figures.
_GLOSS = re.compile(r"\((?=[^)]*[a-zåäö]{3}\s+[a-zåäö]{2,})[^)\d]{6,}\)")
_ENUMERATION = re.compile(r"(,[^,]+){2,}\s(och|samt|eller)\s|(\b\d\.\s+\S+.*){2,}|:\s*$")


# A message's time stamp in an exported chat or log: "[2026-01-22 11:30]", "[2026-01-22T11:30:05]"
# – or a send log's, after the word that says what happened then ("#6  Skickat 2027-05-04 10:00",
# "Schemalagt …", "Sent: …": when the message went, not the day it speaks of)
TIMESTAMP = re.compile(
    r"\[\s*\d{4}-\d\d-\d\d[ T]\d\d[:.]\d\d(?::\d\d)?\s*\]"
    r"|\b(?:[Ss]kickat|[Ss]kickad|[Ss]kapat|[Ss]chemalagt|[Aa]vbrutet|[Rr]aderat|[Mm]ottaget|[Ss]ent|[Cc]reated|[Ss]cheduled|[Rr]eceived)"
    r":?\s+\d{4}-\d\d-\d\d(?:[ T]\d\d[:.]\d\d(?::\d\d)?)?"
)


_SERIAL = re.compile(r"\b(?:19|20)\d\d(?:/\d\d)?:\d+\b")


@lru_cache(maxsize=65536)
def carries(text: str) -> dict[str, float]:
    """Which kinds of content ``text`` carries, each 0 or 1."""
    # (a chat's time stamp dates the message, not what it says)
    text = TIMESTAMP.sub(" ", text)
    # (a statute's or report's number – "Förordning (2025:77)", "SOU 2024:88", "prop. 2023/24:1" –
    # is no date and no figure)
    text = _SERIAL.sub(" ", text)
    plain = _YEAR.sub(" ", text)  # a year alone is no figure
    return {
        "number": float(bool(_FIGURE.search(plain))),
        "name": float(bool(_NAME.search(text))),
        "date": float(bool(_DATE.search(text)) or bool(_YEAR.search(text))),
        "place": float(bool(_PLACE.search(text))),
        "list": float(bool(_ENUMERATION.search(text)) or text.count("\n") >= 2),
        "definition": float(bool(_DEFINING.search(fold(text))) or bool(_GLOSS.search(text))),
        "reason": float(bool(_REASON.search(fold(text)))),
        "money": float(bool(_MONEY.search(text))),
        "decision": float(bool(_DECIDING.search(fold(text)))),
    }


def proper_nouns(text: str) -> list[str]:
    """Capitalised words inside sentences (names, places, organisations)."""
    return _PROPER.findall(text)


# A value the asker believes and asks to have checked: "när öppnar servicepunkten? 1 sept?",
# "projektet startade 1 sept 2027 right? när slutar det", "vattendagen e 15 mars eller?",
# "var det 4 juni?". Its day, month or year says what the asker thinks holds – the documents may
# say it changed – so it picks no passage the way "vad beslutades den 22 januari?" does.
_CLAIM_TAG = re.compile(
    r"(?:\b(?:eller hur|eller|el|right|va|väl|visst|ju|rätt|korrekt|stämmer (?:det|väl)|correct|isn'?t it|or not|or)\b|\bel\.)\W*$"
)
# a statement the asker assumes: "nästa möte e väl 19 april?", "det är ju 300 kubik?"
_ASSUMED = re.compile(r"\b(?:är|e|var|blir|ligger|gäller|hålls|startar|börjar|slutar)\s+(?:väl|ju|nog|fortfarande|fortf)\b")
# … or what the asker read, heard or noted: "My notes say 30 Nov 2028.", "jag trodde 15 maj"
_REPORTED = re.compile(
    r"\b(?:my notes (?:say|said)|i (?:thought|heard|read|was told)|according to my notes|i mina anteckningar (?:står|stod)"
    # (… or what an older document said: "i planen stod 31 dec 2027", "the plan said …")
    r"|i (?:\w+ )?\w+(?:en|et|na|erna)\s+(?:står|stod)|the \w+ (?:says|said)"
    r"|jag (?:trodde|har hört|hörde|har läst|läste|har antecknat|antecknade))\b"
    # (… the "jag" left out, as a chat writes it: "trodde det var 5 okt")
    r"|^\W*(?:trodde|hörde|läste|har hört|har läst)\b"
)
_CHECKING = re.compile(
    r"^(?:och\s+|men\s+)?(?:(?:var|är|e|blir|blev|gäller)\s+(?:det|den|de|han|hon)|stämmer det att|is it|was it|isn'?t it|is that|was that"
    # (… or a bare "still …?" after the question: "Fortfarande 7 oktober i Katrineholm?", "Still 7 October?")
    r"|fortfarande|fortf|still)\b"
)
# the claimed value stands as what something is, when it happens or starts ("vattendagen e 15
# mars", "startade 1 sept"): not a day that names a meeting ("beslutade de den 22 jan, eller?")
_CLAIMED_AFTER = re.compile(
    r"\b(?:är|e|var|blir|blev|hålls|höll?s|sker|skedde|startar|startade|börjar|började|öppnar|öppnade|slutar|slutade"
    r"|is|was|starts?|started|opens?|opened|ends?|ended)\s+(?:den\s+|på\s+|i\s+|on\s+|the\s+)?\d"
)
# a clause that only asks whether the one before holds ("stämmer det fortfarande?", "is that right?")
_CHECK_ALONE = re.compile(
    r"^(?:och\s+|men\s+)?(?:stämmer|gäller|är|e)\s+(?:det|detta)(?:\s+(?:fortfarande|fortf|än|nu|rätt|verkligen|så))*\W*$"
    r"|^(?:is|was)\s+(?:that|it|this)\s+(?:still\s+)?(?:right|correct|true|so)\W*$"
    r"|^(?:rätt|korrekt|right|correct)\W*$"  # ("Hemse öppnade 15 april, rätt?")
)
# ("var" asks where, but not as the verb after its subject: "Var det 7 juni som var sista dagen …?")
_ASKS = re.compile(
    r"\b(?:när|vem|vilk(?:en|et|a)|hur|vad|varför|(?<!\bsom )(?<!\bdet )(?<!\bden )(?<!\bjag )(?<!\bhan )(?<!\bhon )var(?!\s+det\b)(?!\s+(?:den\s+)?\d)"
    r"|when|where|who|which|how|what|why)\b"
)
_WHEN_ASKED = re.compile(r"\b(?:när|vilket datum|vilken dag|when|what date|which day)\b")
# the months' names and short forms, longest first (a regex alternation)
MONTH_ALTERNATION = "|".join(sorted((m for m in MONTHS if len(m) >= 3), key=len, reverse=True))
_GUESS_VALUE = re.compile(
    rf"(?:\bden\s+)?\b(?:\d{{1,2}}\s+(?:{MONTH_ALTERNATION})\w*\.?(?:\s+(?:19|20)\d\d)?|(?:{MONTH_ALTERNATION})\w*\.?\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-\d\d-\d\d|(?:19|20)\d\d)\b",
    re.IGNORECASE,  # (the values are taken from the question as written: "30 Nov 2028")
)
_CLAUSE_END = re.compile(r"(?<=\?)\s+|,\s+|\s+[–—-]\s+")
# … or an amount, when an amount is asked: "hur mkt har RUN beviljat? 2,4 mille va?"
_GUESS_AMOUNT = re.compile(
    r"\b\d[\d\s\u00a0]*(?:[,.]\d+)?\s*(?:mille|milj(?:oner|on)?|miljard(?:er)?|mnkr|mkr|msek|tkr|kr|kronor|sek)(?![\wåäö])"
)


# an amount the asker only estimates ("med typ en miljon", "ca 1,18 mkr", "runt 300 kubik")
_HEDGED_AMOUNT = re.compile(
    r"\s*(?:\bmed\s+)?\b(?:typ|ca\.?|cirka|ungefär|ungefar|runt|omkring|kring|about|around|roughly)\s+"
    r"(?:en|ett|\d[\d\s]*(?:[,.]\d+)?)\s*(?:miljon(?:er)?|miljard(?:er)?|mkr|mnkr|tkr|kr|kronor|procent|million)\b"
)


_AMOUNT_OR_REASON_ASKED = re.compile(r"\b(?:hur (?:mycket|mkt|stor|stort|höga?|mycke)|vad kostar|varför|how much|why)\b")


def asking_part(question: str) -> str:
    """The clauses of a question that ask something ("vem är ordförande i styrgruppen," of "…,
    birgitta nyström fortfarande?"; "Who chairs the steering group these days?" of "… I thought
    it was Jonas Berg") – the question itself when every clause asks, or none does. A name in the
    other clauses is the asker's belief, which a quote may give as the answer."""
    cuts = [0, *(m.end() for m in _CLAUSE_END.finditer(question)), len(question)]
    clauses = [question[a:b] for a, b in zip(cuts, cuts[1:]) if question[a:b].strip()]
    asking = [c for c in clauses if _ASKS.search(fold(c))]
    if not asking or len(asking) == len(clauses):
        return question
    return " ".join(c.strip() for c in asking)


def guess_free(question: str) -> str:
    """The question without the values it only guesses at – for choosing passages by the
    periods and days it names. A clause guesses when it asks nothing itself and checks a value:
    a bare day after a question of when ("… öppnar servicepunkten? 1 sept?"), a statement with
    a tag ("… startade 1 sept 2027 right?") beside another question or saying what the value
    is ("vattendagen e 15 mars på wisby strand eller?"), or a check ("var det 4 juni?")."""
    return split_guesses(question)[0]


def guessed(question: str) -> str:
    """The days and periods ``guess_free`` leaves out ("15 april", "sept 2028"), as written, one
    text – what the asker believes and asks to have checked."""
    return split_guesses(question)[1]


def split_guesses(question: str) -> tuple[str, str]:
    """(the question without its guessed values, the guessed values as one text)."""
    removed: list[str] = []
    cuts = [0, *(m.end() for m in _CLAUSE_END.finditer(question)), len(question)]
    clauses = [(a, b) for a, b in zip(cuts, cuts[1:]) if question[a:b].strip()]
    folded = [fold(question[a:b]) for a, b in clauses]
    asking = {k for k, f in enumerate(folded) if _ASKS.search(f)}
    amount_asked = any(_AMOUNT_OR_REASON_ASKED.search(folded[k]) for k in asking)
    out = question
    for k in reversed(range(len(clauses))):
        a, b = clauses[k]
        f = folded[k].rstrip(" ,–—-")
        value = _GUESS_AMOUNT if amount_asked and _GUESS_AMOUNT.search(f) and not _GUESS_VALUE.search(f) else _GUESS_VALUE
        if k in asking or not value.search(f):
            continue
        rest = _CLAIM_TAG.sub("", value.sub(" ", f)).strip(" ?!.")
        if len(rest.split()) <= 1 and f.endswith("?") and (value is _GUESS_AMOUNT or any(_WHEN_ASKED.search(folded[j]) for j in asking)):
            removed[:0] = [m.group(0) for m in value.finditer(out[a:b])]
            out = out[:a] + out[b:]  # "1 sept?" after "när öppnar …?": the whole clause is the guess
            continue
        last = k == len(clauses) - 1
        # (… or checked by the clause after it: "Ekshärad öppnar 7 sept har jag läst, stämmer det
        # fortfarande?")
        checked_after = k + 1 < len(clauses) and bool(_CHECK_ALONE.match(folded[k + 1].strip()))
        checks = bool(_CHECKING.match(f)) or bool(_ASSUMED.search(f)) or bool(_REPORTED.search(f)) or checked_after
        # (a tag ends the question, with its "?" or without: "när slutar projektet? dec 2027 väl")
        tagged = checks or (bool(_CLAIM_TAG.search(f)) and (f.endswith("?") or last))
        # (… and where nothing else asks, the tagged value is the question: "sista dag att söka
        # driftstöd, 31 aug va?")
        if tagged and (checks or bool(asking - {k}) or _CLAIMED_AFTER.search(f) or not asking):
            removed[:0] = [m.group(0) for m in value.finditer(out[a:b])]
            # (a clause that only reports the value – "My notes say 30 Nov 2028." – goes whole)
            reported = asking and len(_REPORTED.sub(" ", rest).split()) <= 1 and _REPORTED.search(f)
            out = out[:a] + ("" if reported else value.sub(" ", out[a:b])) + out[b:]
    if amount_asked:
        # (an estimate of what is asked, or of what is explained: "hur mkt fick de? dom sökte ju
        # typ 1,18 mkr", "varför minskade budgeten med typ en miljon?" – not "vilka fick runt 2
        # miljoner?", where the amount says who is asked about)
        out = _HEDGED_AMOUNT.sub(" ", out)
    return re.sub(r"[ \t]+", " ", out).strip(), " ".join(removed)
