"""What a newcomer sees before the first question: suggested questions drawn from the
knowledge base's own tables (caption, columns, units) and section topics, and a glossary of
the acronyms its documents use. ``assistant/catalog.py`` checks each suggestion against the
engine when the index is built; nothing here asks the engine.

Everything here is derived from the catalog (tables, chunks, documents), so it follows the
knowledge base when files are added or removed; nothing is written for one particular corpus.

Why one module of this size: table and heading suggestions are drawn and interleaved by
suggest_questions; the phrasing helpers are shared by both kinds.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ingest.model import Chunk, Document, Table

# Singular label-column names → the plural a question uses ("Vilka områden …").
PLURALS = {
    "område": "områden",
    "delområde": "delområden",
    "bostadsområde": "bostadsområden",
    "stadsdel": "stadsdelar",
    "kommundel": "kommundelar",
    "kommun": "kommuner",
    "län": "län",
    "region": "regioner",
    "ort": "orter",
    "tätort": "tätorter",
    "leverantör": "leverantörer",
    "anordnare": "anordnare",
    "utförare": "utförare",
    "aktör": "aktörer",
    "kontor": "kontor",
    "arbetsförmedlingskontor": "arbetsförmedlingskontor",
    "insats": "insatser",
    "tjänst": "tjänster",
    "program": "program",
    "yrke": "yrken",
    "bransch": "branscher",
    "näringsgren": "näringsgrenar",
    "utbildning": "utbildningar",
    "grupp": "grupper",
    "målgrupp": "målgrupper",
    "land": "länder",
    "projekt": "projekt",
    "arbetsmarknadsregion": "arbetsmarknadsregioner",
    "lokal arbetsmarknad": "lokala arbetsmarknader",
}

# Headings that say nothing about the content ("Vad säger X om innehåll?").
GENERIC_HEADINGS = {
    "innehåll", "innehållsförteckning", "sammanfattning", "inledning", "förord", "referenser",
    "källor", "källförteckning", "litteratur", "litteraturförteckning", "bilaga", "bilagor",
    "bakgrund", "syfte", "metod", "avslutning", "slutsatser", "diskussion", "tabeller", "figurer",
    "tabellförteckning", "figurförteckning", "noter", "om rapporten", "kontakt", "kontaktuppgifter",
    "dagordning", "närvarande", "övrigt", "övriga frågor", "mötets öppnande", "mötets avslutande",
    "nästa möte", "summary", "abstract", "appendix", "content", "contents",
}
_NUMBERING = re.compile(r"^\s*(?:(?:bilaga|kapitel|avsnitt)\s+)?[\dIVX]+(?:[.:]\d+)*[.:)]?\s+", re.IGNORECASE)
_TABLE_OR_FIGURE = re.compile(r"^(tabell|figur|diagram|karta|bild)\b", re.IGNORECASE)


def plural(label_column: str) -> str | None:
    """"Område" → "områden"; None when the word is not known (the caller says "rader")."""
    w = re.sub(r"\s+", " ", label_column.strip().lower())
    if w in PLURALS:
        return PLURALS[w]
    if w.endswith(("områden", "kommuner", "regioner", "leverantörer", "län")):
        return w  # already plural
    last = w.split(" ")[-1]
    for sing, plu in PLURALS.items():
        if " " not in sing and last.endswith(sing) and len(last) > len(sing):
            return w[: len(w) - len(sing)] + plu  # "bostadsområde" → "bostadsområden"
    return None


def measure_phrase(column: str, unit: str | None) -> str:
    """How a question names a measure column: "Sjuka/arbetskraft" (%) → "andel sjuka",
    "Arbetslöshet (%)" → "arbetslöshet", "Antal deltagare" → "antal deltagare"."""
    name = re.sub(r"\s*\((?:%|procent|andel|antal|st|kr|tkr|dagar)\)\s*$", "", column.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\s*(?:%|procent)\s*$", "", name).strip()
    name = re.sub(r"\s+", " ", name)
    if "/" in name and unit in ("%", "andel"):
        name = name.split("/")[0].strip()
    phrase = _lower_first(name)
    if unit in ("%", "andel") and not re.match(r"(andel|procent|antal)\b", phrase):
        # Words that already are rates read without "andel": arbetslöshet, sjukskrivning,
        # ohälsotal, marknadsandel, procentuell förändring.
        rate = ("het", "ning", "tal", "talet", "grad", "takt", "nivå", "kvot", "andel", "andelen")
        if not any(w.endswith(rate) or w.startswith(("procent", "förändr")) for w in phrase.lower().split(" ")):
            phrase = "andel " + phrase
    return phrase


def _lower_first(text: str) -> str:
    first = text.split(" ")[0] if text else ""
    # Keep acronyms and names with capitals inside (ROM2, AUB, RegSO) as they are.
    if len(first) > 1 and (first[1:].lower() != first[1:] or first.isupper()):
        return text
    return text[:1].lower() + text[1:]


def _is_change(name: str) -> bool:
    return bool(re.search(r"förändr|ökning|minskning|skillnad|diff", name, re.IGNORECASE))


def _best_measure(t: Table):
    values = [c for c in t.value_columns if c.name != t.label_column]
    if not values:
        return None
    # Levels before changes; shares before counts. A ratio is the table's point ("Sjuka/arbetskraft"
    # after the counts it is computed from); otherwise the first share that names a measure
    # ("Arbetslöshet (%)" before "Andel 55–64 år (%)").
    levels = [c for c in values if not _is_change(c.name)] or values
    share = [c for c in levels if c.unit in ("%", "andel")]
    ratio = [c for c in share if "/" in c.name]
    if ratio:
        return ratio[-1]
    named = [c for c in share if is_meaningful_measure(measure_phrase(c.name, c.unit))]
    return (named or share or levels)[0]


# Measure names that say nothing on their own ("Vilka grupper har högst andel värde?"): the
# question then takes its measure from the table's caption, or is not asked at all.
_GENERIC_MEASURE_WORDS = {
    "värde", "värden", "value", "values", "andel", "antal", "procent", "summa", "total", "totalt",
    "data", "siffra", "siffror", "mått", "kolumn", "belopp", "nivå", "tal", "index", "rad", "variabel",
    "observation", "obs", "n", "st", "senaste", "månaden", "månad", "året", "år", "perioden", "period",
    "kvartal", "kvartalet", "vecka", "veckan", "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december", "av", "i", "per", "för",
    "förändring", "förändringen", "föregående", "från", "jämfört", "med", "unnamed",
}


def is_meaningful_measure(phrase: str) -> bool:
    """False for "andel värde", "antal", "andel senaste månaden", "Kolumn 3" …: a measure
    phrase needs one word that names what is measured."""
    tokens = re.findall(r"[^\W\d_]+", phrase.lower())
    return any(t not in _GENERIC_MEASURE_WORDS for t in tokens)


def caption_topic(caption: str) -> str:
    """What a table's caption says is measured, as a phrase for a question:
    "Tabell 12 Sjukskrivna som inte står …, 2023" → "sjukskrivna som inte står …";
    "Andel med funktionsnedsättning per grupp, 2023" → "andel med funktionsnedsättning"."""
    if re.match(r"\s*sammanställning\b", caption, re.IGNORECASE):
        return ""  # a consolidated table's made-up caption names its parts, not a measure
    text = re.sub(r"^\s*(?:tabell|tab\.|figur|diagram)\s*[\w.–-]*[:.]?\s*", "", caption, flags=re.IGNORECASE)
    if ":" in text:  # "Marknadsöversikt – topp 10 AUB: antal deltagare …" → after the colon
        text = text.split(":", 1)[1]
    text = re.split(r",|\s+[–-]\s+|\s+\(", text)[0]
    text = re.sub(r"\s+(?:per|efter|fördelat|fördelad|uppdelat|i|bland)\s+\S+.*$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+\d{4}(?:[–-]\d{2,4})?\s*$", "", text).strip(" .:")
    return _lower_first(text) if 0 < len(text.split()) <= 6 else ""


def rows_plural(t: Table) -> str | None:
    """How a question names the table's rows: from the label column ("Område" → "områden",
    "Kommungrupp 2023" → "kommungrupper") or the caption's "per …" ("… per utbildningsinriktning")."""
    label = t.label_column or ""
    found = plural(label) or plural(label.split(" ")[0] if label else "")
    if found:
        return found
    m = re.search(r"\b(?:per|efter)\s+([a-zåäö]+)", t.caption, flags=re.IGNORECASE)
    return plural(m.group(1)) if m else None


def table_questions(tables: Iterable[Table], min_rows: int = 4) -> list[str]:
    """One ranking question per statistics table that has entities to rank, phrased from the
    label column, the measure column and its unit (or the caption when the column is called
    "Värde" or the like), the most readable first (a share, many rows). A table whose rows or
    measure cannot be named in plain words gets no question."""
    tables = list(tables)
    parts = {p for t in tables for p in t.source_tables}
    scored: list[tuple[tuple, str]] = []
    for i, t in enumerate(tables):
        if t.id in parts or not t.label_column:
            continue
        n_rows = len(t.frame) - len(t.total_rows)
        if n_rows < min_rows:
            continue
        col = _best_measure(t)
        if col is None:
            continue
        rows = rows_plural(t)
        if rows is None:
            continue  # "Vilka rader har högst …?" reads like a database, not a question
        phrase = measure_phrase(col.name, col.unit)
        if not is_meaningful_measure(phrase):
            topic = caption_topic(t.caption)
            # Only a caption that says what is counted or shared ("Antal deltagare i …",
            # "Andel med …") can stand in for the column; "Marknad STA" cannot.
            if not re.match(r"(andel|andelen|antal|antalet|procent)\b", topic) or not is_meaningful_measure(topic):
                continue
            if col.unit in ("%", "andel") and not re.match(r"(andel|procent)\b", topic):
                topic = "andel " + re.sub(r"^antal(?:et)?\s+", "", topic)
            phrase = topic
        if len(phrase) > 50:
            continue
        q = f"Vilka {rows} har högst {phrase}?"
        key = (col.unit not in ("%", "andel"), _is_change(col.name), -min(n_rows, 20), i)
        scored.append((key, q))
    out: list[str] = []
    for _, q in sorted(scored):
        if q not in out:
            out.append(q)
    return out


def clean_heading(section: str) -> str | None:
    """The last part of a heading path as a question can use it, or None for generic headings."""
    head = section.split(" > ")[-1].strip() if section else ""
    head = _NUMBERING.sub("", head).strip(" .:–-")
    head = re.sub(r"\s+", " ", head)
    if not (4 <= len(head) <= 70) or _TABLE_OR_FIGURE.match(head):
        return None
    if head.lower() in GENERIC_HEADINGS or head.lower().startswith(("bilaga", "tabell", "figur")):
        return None
    if sum(ch.isalpha() for ch in head) < 0.6 * len(head):
        return None
    if head.endswith("?") or len(head.split()) > 7:
        return None
    letters = [ch for ch in head if ch.isalpha()]
    if len(letters) > 3 and all(ch.isupper() for ch in letters):
        return None  # "MARKNAD IPSU": a chart's label, not a section
    return head


# Words that make a heading a sentence or a slogan ("Allt viktigare att reda ut gränssnitten",
# "Arbetsförmedlingen fortsatt i botten …"), not a topic a question can be "about".
_SENTENCE_WORDS = {
    "att", "är", "var", "har", "hade", "blir", "blev", "kan", "kunde", "ska", "skall", "måste",
    "bör", "vill", "får", "gör", "går", "ger", "finns", "fortsatt", "fortsätter", "allt", "inte",
    "också", "vi", "man", "jag", "du", "ni", "de", "det", "detta", "dessa", "den", "som", "sig",
    "aldrig", "alltid", "nu", "ännu", "redan", "mer", "mest", "så", "hur", "vad", "varför", "när",
}
# Leading words that announce a summary of the topic rather than name it.
_TOPIC_PREFIX = re.compile(r"^(?:sammanfattning|sammandrag|översikt|kort|mer|läs mer)\s+(?:av|om|över)\s+", re.IGNORECASE)


def topic_phrase(head: str) -> str | None:
    """A cleaned heading as a topic ("Sammanfattning av arbetslöshet …" → "arbetslöshet …"),
    or None when the heading reads as a sentence or a slogan."""
    if head[:1].islower():
        return None  # a heading that starts in lower case is a fragment of running text
    head = _TOPIC_PREFIX.sub("", head).strip()
    # "Arbetsmarknadsutbildningar – ett typexempel på problemet": the topic is before the dash.
    head = re.split(r"\s+[–—-]\s+|:\s+", head)[0].strip()
    tokens = re.findall(r"[^\W\d_]+", head.lower())
    if not tokens or len(tokens) > 6 or _SENTENCE_WORDS & set(tokens):
        return None
    return head


def heading_topics(chunks: Iterable[Chunk], documents: dict[str, Document], per_document: int = 2) -> list[tuple[str, str]]:
    """(document title, topic as it reads inside a sentence) for each document's most
    substantial section topics (most text under them first)."""
    chunks = list(chunks)
    proper = proper_nouns(chunks)
    lower_words = {w for c in chunks for w in re.findall(r"\b[a-zåäöéü]{4,}\b", c.text)}
    volume: dict[str, Counter[str]] = {}
    first_seen: dict[tuple[str, str], int] = {}
    parents: dict[tuple[str, str], set[str]] = {}
    for i, c in enumerate(chunks):
        if c.kind != "text":
            continue
        doc = documents.get(c.document)
        if doc is None or doc.kind in ("csv", "xlsx"):
            continue
        path = c.section.split(" > ") if c.section else []
        if any(re.match(r"(bilaga|appendix|förord)\b", p.strip(), re.IGNORECASE) for p in path):
            continue  # appendices and forewords rarely make a good first question
        head = clean_heading(c.section)
        if head is None or head.lower() == doc.title.strip().lower():
            continue
        head = topic_phrase(head)
        if head is None:
            continue
        # A name alone ("Holmgren", "Ostlänken") is no topic: some word must be an ordinary one.
        if not any(w.lower() in lower_words for w in re.findall(r"[^\W\d_]{4,}", head)):
            continue
        parents.setdefault((c.document, head), set()).add(" > ".join(path[:-1]))
        volume.setdefault(c.document, Counter())[head] += len(c.text)
        first_seen.setdefault((c.document, head), i)
    for (doc_path, head), under in parents.items():
        if len(under) > 1:  # "Werket kommenterar" under every article: a recurring label
            del volume[doc_path][head]
    per_doc: list[list[tuple[str, str]]] = []
    for path, heads in volume.items():
        title = documents[path].title.strip() or path.rsplit("/", 1)[-1]
        ranked = sorted(heads.items(), key=lambda kv: (-kv[1], first_seen[(path, kv[0])]))
        per_doc.append([(title, heading_in_sentence(head, proper)) for head, _ in ranked[:per_document]])
    return _interleave(*per_doc)  # every document's best heading before any second one


def heading_question(title: str, heading: str, with_title: bool = True) -> str:
    return f"Vad säger {title} om {heading}?" if with_title else f"Vad står det om {heading}?"


def heading_questions(chunks: Iterable[Chunk], documents: dict[str, Document], per_document: int = 1) -> list[str]:
    """"Vad säger {dokumentets titel} om {rubrik}?" for the documents' most substantial headings."""
    return [heading_question(t, h) for t, h in heading_topics(chunks, documents, per_document)]


def proper_nouns(chunks: list[Chunk]) -> set[str]:
    """Words the documents capitalise inside sentences more often than not (names: Örebro,
    Arbetsförmedlingen — but not "Statistiska", which is mostly an ordinary word)."""
    upper: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for c in chunks:
        upper.update(re.findall(r"(?<=[a-zåäö0-9,] )([A-ZÅÄÖ][a-zåäöéü]+)", c.text))
        lower.update(re.findall(r"\b([a-zåäö][a-zåäöéü]+)\b", c.text))
    return {w for w, n in upper.items() if n > lower.get(w.lower(), 0)}


def heading_in_sentence(head: str, proper: set[str]) -> str:
    """Lower-case the heading's first word unless it is a name or an acronym."""
    first = head.split(" ")[0]
    if first[:1].isupper() and first[1:].islower() and first not in proper:
        return first.lower() + head[len(first):]
    return head


def topic_questions(topic: str, titles: Iterable[str], proper: set[str] = frozenset()) -> list[str]:
    """Questions for one of the engine's "Rubrik (Dokumenttitel)" pointers (given with an
    unanswered question), most specific first."""
    for title in sorted(set(titles), key=len, reverse=True):
        suffix = f" ({title})"
        if topic.endswith(suffix):
            raw = topic[: -len(suffix)].strip()
            if raw.endswith("?") and len(raw.split()) >= 3:
                return [raw]  # the heading is a question itself: "Vad är civilsamhälle?"
            head = clean_heading(raw)
            if head is None:
                return []
            head = heading_in_sentence(head, proper)
            return [heading_question(title, head), heading_question(title, head, with_title=False)]
        if topic == title:
            return [f"Vad handlar {title} om?"]
    head = clean_heading(topic)
    return [heading_question("", heading_in_sentence(head, proper), with_title=False)] if head else []


def _interleave(*lists: list) -> list:
    out: list = []
    for i in range(max((len(x) for x in lists), default=0)):
        for x in lists:
            if i < len(x) and x[i] not in out:
                out.append(x[i])
    return out


def suggest_questions(
    tables: Iterable[Table],
    chunks: Iterable[Chunk],
    documents: dict[str, Document],
    limit: int = 6,
    answerable: Callable[[str], bool] | None = None,
) -> list[str]:
    """Suggested first questions, statistics and documents alternating.

    ``answerable``: when given, only questions it accepts are suggested; for a heading the
    shorter "Vad står det om {rubrik}?" is tried when the form naming the document fails.
    """
    stats = [(q,) for q in table_questions(tables)]
    docs = [(heading_question(t, h), heading_question(t, h, with_title=False)) for t, h in heading_topics(chunks, documents)]
    out: list[str] = []
    for forms in _interleave(stats, docs):
        if len(out) >= limit:
            break
        for q in forms:
            if q in out:
                break
            if answerable is None or answerable(q):
                out.append(q)
                break
    return out


# --------------------------------------------------------------------------- glossary


@dataclass(frozen=True)
class GlossaryEntry:
    short: str
    long: str
    document: str | None  # where the documents define it (path), None if they only use it
    page: int | None
    defined: bool  # True: the documents spell it out there; False: first place it is used


def glossary(chunks: Iterable[Chunk]) -> list[GlossaryEntry]:
    """The acronyms the documents use, with long form and where each is defined (or first used).

    Long forms come from the documents' own definitions ("Rusta och matcha (ROM2)"); for an
    acronym the documents use without defining it, the curated list supplies the long form.
    """
    from index.acronyms import learn_acronyms

    chunks = list(chunks)
    learned = learn_acronyms(chunks)
    out: list[GlossaryEntry] = []
    for short, a in learned.items():
        if a.document is not None:
            out.append(GlossaryEntry(short, a.long, a.document, a.page, True))
            continue
        pat = re.compile(r"(?<![\w+])" + re.escape(short) + r"(?![\w+])")
        for c in chunks:
            if pat.search(c.text):
                out.append(GlossaryEntry(short, a.long, c.document, c.page_start, False))
                break
    out.sort(key=lambda e: e.short.lower())
    return out
