"""Swedish question analysis: words, stems, concepts (synonyms), numbers, operations, periods."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.swedish import MONTH_NAMES, MONTHS, NUMBER_WORDS, fold, stem, words  # noqa: F401 - re-exported

# Words that carry the question's form, never its metric or entities.
FUNCTION_WORDS = set(
    """
    vilka vilken vilket vem vad var hur när varför är är har hade finns fanns ska skulle kan kunde
    som i på av för till med och eller om den det de dem denna detta dessa där här nu än
    en ett mest minst högst lägst störst minst flest färst högsta lägsta största minsta bäst sämst
    stor stort stora hög högt höga låg lågt låga många mycket lite få andel andelen antal antalet
    procent procenten % jämför jämfört jämföra skillnad skillnaden mellan över under mer mindre
    fler färre större mindre högre lägre än minst åtminstone topp de tre fem tio två fyra
    genomsnitt genomsnittet genomsnittlig genomsnittliga medel medelvärde medelvärdet snitt snittet
    totalt total totala summa summan sammanlagt tillsammans alla samtliga varje per inom bland
    område områden området områdena ort orter utsatta utsatt län länet kommun kommuner kommunen
    ligger låg blir blev var varit vara gäller enligt visa visar lista ge ange berätta säg tabell
    tabellen senaste sist senast året år månad månaden period ut då därmed också även och/eller
    största minsta sjätte """.split()
)

# Concept groups: question words and column texts that mean the same measure.
# Each entry: concept → word prefixes (lower-case) that express it.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "SJUK": ("sjukskriv", "sjuka", "sjuk", "sjukfall", "sjukfrånvar"),
    "ARBETSLOS": ("arbetslös", "arbetslöshet", "arbetssökande", "inskrivna arbetslösa"),
    "UTRIKES": ("utrikesfödd", "utrikes född", "utrikes födda", "utlandsfödd", "födda utomlands", "invandr"),
    "INRIKES": ("inrikesfödd", "inrikes född", "inrikes födda"),
    "FORGYMN": ("förgymnasial", "utan gymnasie", "grundskoleutbild", "kortutbild"),
    "AGE55": ("äldre", "55–64", "55-64", "55+", "55 år", "55–64 år"),
    "AGE20": ("20–29", "20-29", "yngre"),
    "ARBETSKRAFT": ("arbetskraft",),
    "DELTAGARE": ("deltagar",),
    "LEVERANTOR": ("leverantör", "anordnare", "utförare", "aktör"),
    "MARKNADSANDEL": ("marknadsandel",),
    "SJUKPENNING": ("sjukpenningtal", "sjukpenningtalet"),
    "OHALSA": ("ohälsotal",),
    "BEFOLKNING": ("befolkning", "folkmängd", "invånare"),
    "LON": ("lön", "medellön", "månadslön"),
    "KONKURS": ("konkurs",),
    "BISTAND": ("bistånd", "försörjningsstöd"),
    "NYSTART": ("nystartad", "nyföretag"),
    "EXPORT": ("export",),
    "UTBILDNING": ("utbildning", "utbildade", "utbildad"),
    "FUNKTION": ("funktionsnedsätt", "funktionsnedsatt", "funktionshind"),
    "KVINNOR": ("kvinnor", "kvinna", "kvinnliga"),
    "MAN": ("män", "manliga"),
    "FORANDRING": ("förändring", "ökning", "minskning", "ökat", "minskat", "förändr"),
}
# Concepts that are close but not the same measure (half credit).
RELATED = {("SJUK", "SJUKPENNING"), ("SJUK", "OHALSA"), ("SJUKPENNING", "OHALSA"), ("ARBETSLOS", "ARBETSKRAFT")}


def concepts_in(text: str) -> set[str]:
    """Concept ids expressed anywhere in `text` (words, compounds and phrases)."""
    t = fold(text)
    ws = words(t)
    found = set()
    for cid, prefixes in CONCEPTS.items():
        for p in prefixes:
            if " " in p or not p.isalpha():
                if p in t:
                    found.add(cid)
                    break
            elif any(w.startswith(p) or (len(p) >= 6 and p in w) for w in ws):
                found.add(cid)
                break
    # "sjukpenningtal" is not sick leave itself; only count SJUK when a word says sick leave.
    if "SJUKPENNING" in found and not any(
        w.startswith(("sjukskriv", "sjuka", "sjukfall")) or w == "sjuk" for w in ws
    ):
        found.discard("SJUK")
    if "ARBETSLOS" in found and "ARBETSKRAFT" in found and not any(w.startswith("arbetslös") for w in ws):
        found.discard("ARBETSLOS")
    return found


def concept_overlap(q: set[str], c: set[str]) -> float:
    score = float(len(q & c))
    for a in q - c:
        for b in c - q:
            if (a, b) in RELATED or (b, a) in RELATED:
                score += 0.4
    return score


@dataclass
class Threshold:
    op: str  # ">", ">=", "<", "<="
    value: float
    unit: str | None  # "%" or None

    def describe(self) -> str:
        words_ = {">": "över", ">=": "minst", "<": "under", "<=": "högst"}[self.op]
        from ingest.numbers import format_number

        return f"{words_} {format_number(self.value, unit=self.unit)}"


@dataclass
class Intent:
    op: str | None = None  # "rank" | "lookup" | "compare" | "threshold" | "aggregate"
    direction: str | None = None  # "desc" | "asc"
    n: int | None = None
    plural: bool = False
    threshold: Threshold | None = None
    agg: str | None = None  # "mean" | "sum" | "count"
    wants_count: bool = False
    wants_share: bool = False
    year: int | None = None
    month: int | None = None
    latest: bool = False
    followup: bool = False
    refers_back: bool = False  # "där", "dem", "det området"
    stat_signal: float = 0.0  # how strongly the form says "statistics"
    terms: list[str] = field(default_factory=list)


_DESC = r"(högst|högsta|störst|största|flest|mest|bäst|toppar|topp)"
_ASC = r"(lägst|lägsta|minst|minsta|färst|sämst|lägre\s+än\s+alla)"
_NUM = r"(\d[\d\s]*(?:,\d+)?)"


def parse_number_text(s: str) -> float:
    return float(re.sub(r"\s", "", s).replace(",", "."))


def analyse(question: str) -> Intent:
    q = fold(question).strip()
    it = Intent(terms=[w for w in words(q) if w not in FUNCTION_WORDS])

    # Thresholds first: "högst 5 %" is a bound, not a superlative.
    m = re.search(
        r"(över|mer än|fler än|större än|högre än|överstiger|minst|åtminstone|mer än eller lika med|"
        r"under|mindre än|färre än|lägre än|understiger|högst|max|som mest)\s+" + _NUM + r"\s*(%|procent|procentenheter)?",
        q,
    )
    if m:
        word = m.group(1)
        op = {"minst": ">=", "åtminstone": ">=", "högst": "<=", "max": "<=", "som mest": "<="}.get(word)
        if op is None:
            op = ">" if word in ("över", "mer än", "fler än", "större än", "högre än", "överstiger") else "<"
        unit = "%" if m.group(3) in ("%", "procent", "procentenheter") else None
        it.threshold = Threshold(op, parse_number_text(m.group(2)), unit)
        it.op = "threshold"
        it.stat_signal += 1.0
        q_wo = q[: m.start()] + q[m.end():]
    else:
        q_wo = q

    if it.op is None:
        if re.search(r"\b" + _DESC + r"\b", q_wo):
            it.op, it.direction = "rank", "desc"
        elif re.search(r"\b" + _ASC + r"\b", q_wo):
            it.op, it.direction = "rank", "asc"
        if it.op:
            it.stat_signal += 1.0
    if re.search(r"\b(flest|färst|antal|antalet|hur många)\b", q):
        it.wants_count = True
    if re.search(r"\b(störst|största|minsta)\b", q) and not re.search(r"\b(andel\w*|procent|%)", q):
        it.wants_count = True  # "de största leverantörerna": size, not a rate
    if re.search(r"\b(andel|andelen|procent|%|grad|nivå|takt|tal|talet)\b", q) or re.search(
        r"\b(högst|lägst|hög|högt|låg|lågt)\b", q
    ):
        it.wants_share = True
    m = re.search(r"\b(?:de|topp|top)\s+(\d+|" + "|".join(NUMBER_WORDS) + r")\b", q)
    if m:
        v = m.group(1)
        it.n = int(v) if v.isdigit() else NUMBER_WORDS[v]
        if it.op is None:
            it.op, it.direction = "rank", "desc"
    if re.search(r"\b(jämför|jämfört|skillnad|skillnaden|mellan .+ och)\b", q):
        if it.op in (None, "rank") or it.op == "lookup":
            it.op = "compare"
        it.stat_signal += 1.0
    if re.search(r"\b(genomsnitt\w*|medel\w*|snitt\w*)\b", q):
        it.agg, it.op = "mean", it.op if it.op == "threshold" else "aggregate"
        it.stat_signal += 1.0
    elif re.search(r"\b(totalt|summa|summan|sammanlagt|tillsammans|sammantaget)\b", q) and it.op is None:
        it.agg, it.op = "sum", "aggregate"
        it.stat_signal += 0.5
    if re.search(r"\bhur många (områden|kommuner|län|leverantörer|regioner|orter)\b", q):
        it.agg = "count"
        if it.op is None:
            it.op = "aggregate"
    it.plural = bool(re.search(r"\b(vilka|de \w+ste|områdena|dem)\b", q))
    if it.op is None and re.search(r"\b(hur (hög|högt|stor|stort|många|mycket|låg|lågt)|vad är|vilken|vilket|vad var)\b", q):
        it.op = "lookup"
        it.stat_signal += 0.5

    # Time.
    m = re.search(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\w*\s+(\d{4})\b", q)
    if m:
        it.month, it.year = MONTHS[m.group(1)], int(m.group(2))
    else:
        m = re.search(r"\b(19[5-9]\d|20[0-4]\d)\b", q)
        if m:
            it.year = int(m.group(1))
        m2 = re.search(r"\b(" + "|".join(k for k in MONTHS if len(k) > 3) + r")\b", q)
        if m2:
            it.month = MONTHS[m2.group(1)]
    if re.search(r"\b(senaste|senast|nuvarande|aktuell\w*|just nu|idag)\b", q):
        it.latest = True

    it.followup = bool(re.match(r"^(och|men|än|samt|hur är det|vad sägs om)\b", q)) or len(words(q)) <= 3
    it.refers_back = bool(re.search(r"\b(där|dit|dem|den|det området|de områdena|dessa|samma)\b\s*[?.!]?$", q)) or bool(
        re.search(r"\b(där|i dessa|i dem|i det området|i de områdena)\b", q)
    )
    return it
