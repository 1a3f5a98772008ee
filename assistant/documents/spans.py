"""Candidate quotes: the sentences, bullet items, neighbouring sentence pairs and lists of the
passages search found, each verbatim from its chunk.

    units = chunk_units(chunk)            # sentences and bullet items, in order
    spans = candidate_spans(hits)         # what the ranker scores
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.clean import LABEL_OPEN, split_sentences
from ingest.model import MESSAGE_HEADING, Chunk
from ingest.swedish import fold

# A table of contents flattened into one line: "Förord 4 Sammanfattning 5 Bakgrund 6 …".
TOC_ENTRY_RE = re.compile(r"[A-Za-zÅÄÖåäö?]\s+\d{1,3}(?=\s+[A-ZÅÄÖ])")
BULLET_RE = re.compile(r"^\s*([•●▪·\-–*]|\d{1,2}[.)])\s+")
MAX_LIST_ITEMS = 12


def is_toc_line(line: str) -> bool:
    return len(TOC_ENTRY_RE.findall(line)) >= 4


def norm_for_match(text: str) -> str:
    """Text reduced for quote verification: no whitespace, hyphens or bullets, lower-case."""
    t = fold(text)
    return re.sub(r"[\s\-–•●▪·\u00ad]+", "", t)


@dataclass(frozen=True)
class Unit:
    """A sentence or a bullet item, verbatim from its chunk."""

    text: str
    chunk: Chunk
    position: int  # order inside the chunk
    bullet: bool
    line: int  # paragraph index inside the chunk: units of one line are contiguous text


_ROW_LABEL = re.compile(r"^([^:\n]{2,80}?):\s")
# a table's row as its passage writes it: "Underbiträde: Molnia Hosting AB | Uppgift: …"
_TABLE_ROW = re.compile(r"^[^:|\n]{1,60}:\s[^|\n]*\s\|\s")


@lru_cache(maxsize=2048)
def table_units(chunk: Chunk, page_text: str) -> tuple[Unit, ...]:
    """A table chunk's rows as they stand on the printed page ("Förskollärare 151 147 145"):
    verbatim lines of the page that hold one of the chunk's row labels and a figure, in page
    order. The chunk's own text ("Förskollärare, 2029: Värde 145") is generated and cannot be
    quoted; these lines can, and verify on their page."""
    labels = []
    for line in chunk.text.split("\n")[1:]:
        m = _ROW_LABEL.match(line.strip())
        if m:
            label = fold(m.group(1).split(",")[0]).strip()
            if len(label) >= 3 and label not in labels:
                labels.append(label)
    out: list[Unit] = []
    seen: set[str] = set()
    for li, raw in enumerate(page_text.split("\n")):
        line = re.sub(r"\s+", " ", raw).strip()
        folded = fold(line)
        if not line or line in seen or not re.search(r"\d", line) or len(line) > 300:
            continue
        if any(folded.startswith(lab) or f" {lab} " in f" {folded} " for lab in labels):
            seen.add(line)
            out.append(Unit(line, chunk, len(out), False, li))
    return tuple(out)


def row_reading(chunk: Chunk, quote: str) -> str:
    """A printed table row ("Brickebacken 1533 14,7 % 21 % …") read with its column headers, from
    the table chunk's own text: "Tabell 6 … – Brickebacken: Arbetskraft, antal 1 533; Arbetslöshet
    14,7 %; …". "" when the quote is no row of the chunk's table."""
    if chunk.kind != "table":
        return ""
    lines = chunk.text.split("\n")
    folded = fold(re.sub(r"\s+", " ", quote)).strip()
    best, length = "", 0
    for line in lines[1:]:
        m = _ROW_LABEL.match(line.strip())
        if not m:
            continue
        label = fold(m.group(1).split(",")[0]).strip()
        if len(label) >= 3 and len(label) > length and (folded.startswith(label) or f" {label} " in f" {folded} "):
            best, length = line.strip(), len(label)
    if not best:
        return ""
    caption = lines[0].strip()
    return f"{caption} – {best}" if caption and not _ROW_LABEL.match(caption) else best


@lru_cache(maxsize=8192)
def chunk_units(chunk: Chunk) -> tuple[Unit, ...]:
    out: list[Unit] = []
    pos = 0
    listing = False  # lines after a lead ending in ":" that open with an item's code ("AP1 …", "D2 …")
    for li, line in enumerate(chunk.text.split("\n")):
        line = line.strip()
        if not line or is_toc_line(line):
            continue
        coded = listing and _ITEM_CODE.match(line) is not None
        listing = line.endswith(":") or coded
        if (BULLET_RE.match(line) or coded) and len(line) < 400:
            out.append(Unit(line, chunk, pos, True, li))
            pos += 1
            continue
        if _is_record(line):
            # "Åtgärd: … Ansvarig: Karin Lindblom. Klart: 2025-11-20": one item's fields together –
            # cut at its full stops, the person and date would stand apart from their task
            out.append(Unit(line, chunk, pos, False, li))
            pos += 1
            continue
        for s in split_sentences(line):
            for part in split_rows(s):
                out.append(Unit(part, chunk, pos, False, li))
                pos += 1
    return tuple(out)


# an item of a list that its lead announces with a colon, opened by the item's code instead of a
# bullet: "Projektet är indelat i fyra arbetspaket (AP):" / "AP1 Kartläggning och matchning – …"
_ITEM_CODE = re.compile(r"[A-ZÅÄÖ]{1,4}\s?\d{1,2}[.:)]?\s+[A-ZÅÄÖ]")


# A "sentence" this long is usually no sentence: a flattened table or a title page's fields.
LONG_UNIT_WORDS = 15
_ROW_START = re.compile(r"(?<=[\d%)])\s+(?=[A-ZÅÄÖ][a-zåäö])")  # "… 3 (5%) Totalt 189 …"
_FIELD_START = re.compile(r"\s+(?=[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+){0,3}: )")  # "… BUN Giltighetstid: …"


# A code table run into one line ("Kod Avslutsorsak A1 Arbete utan stöd A2 Arbete med stöd (…) A3 …"):
# a row opens with its code – cut before each code, not after the digits that end it.
_CODE_START = re.compile(r"\s+(?=([A-ZÅÄÖ]{1,3})\d{1,3}\s+[A-ZÅÄÖ(])")
_CODE = re.compile(r"([A-ZÅÄÖ]{1,3})\d{1,3}\s")


_GLOSSARY_START = re.compile(r"\s+(?=[A-ZÅÄÖ][A-Za-zÅÄÖåäö0-9+]{1,9}\s+[–—]\s)")  # "… plus YH – Yrkeshögskolan"
_GLOSSARY_ENTRY = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö0-9+]{1,9}\s+[–—]\s+\S")


_FIELD_LABEL = re.compile(r"(?:^|(?<=[.;]\s)|(?<=\s))[A-ZÅÄÖ][a-zåäö]{2,20}:\s")


def _is_record(line: str) -> bool:
    """A line of three or more labelled fields that opens with one ("Åtgärd: … Ansvarig: …
    Klart: …"), short enough to be one item."""
    return bool(LABEL_OPEN.match(line)) and len(_FIELD_LABEL.findall(line)) >= 3 and len(line.split()) <= 45


def split_rows(text: str) -> list[str]:
    """A long run of table rows or labelled fields, cut into its rows ("Totalt 189 (58%) 121
    (37%)", "Diarienummer: 206.156 BUN"); ordinary sentences are returned whole."""
    if len(text.split()) < LONG_UNIT_WORDS or text.count(" | ") >= 2:
        return [text]  # (… or one row of a table without figures, its cells between "|": one case)
    cuts = [m.start() for m in _CODE_START.finditer(text)]
    if len(cuts) >= 3:
        bounds = [0, *cuts, len(text)]
        parts = [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]
        rows = [p for p in parts if _CODE.match(p)]
        # (the codes of one table share their letters: "A1", "A2" … – not a sentence's "EU 2030")
        if len(rows) >= 3 and len({_CODE.match(p).group(1) for p in rows}) == 1 and max(len(p.split()) for p in parts) < LONG_UNIT_WORDS:
            return parts
    for rx in (_FIELD_START, _ROW_START):
        parts = [p.strip() for p in rx.split(text) if p.strip()]
        if len(parts) >= 3 and max(len(p.split()) for p in parts) < LONG_UNIT_WORDS:
            return parts
    # a list of abbreviations run into one line ("ESF+ – Europeiska socialfonden plus YH –
    # Yrkeshögskolan SeQF – …"): an entry per term (the last may run on into a note)
    parts = [p.strip() for p in _GLOSSARY_START.split(text) if p.strip()]
    if len(parts) >= 3 and all(_GLOSSARY_ENTRY.match(p) for p in parts[1:]) and max(len(p.split()) for p in parts[:-1]) < LONG_UNIT_WORDS:
        return parts
    return [text]


def field_pieces(line: str) -> list[str]:
    """A line cut before each labelled field it holds ("Närvarande: … Frånvarande: …"), however
    few; the line whole when it holds none."""
    return [p.strip() for p in _FIELD_START.split(line) if p.strip()]


@dataclass(frozen=True)
class Span:
    """One candidate quote: one or more consecutive units of a chunk."""

    units: tuple[Unit, ...]
    rank: int  # rank of its chunk in the search hits (0 = best)
    kind: str  # "sentence" | "pair" | "list"

    @property
    def chunk(self) -> Chunk:
        return self.units[0].chunk

    @property
    def lead(self) -> Unit:
        return self.units[0]

    @property
    def text(self) -> str:
        if self.kind == "list":
            return "\n".join(u.text for u in self.units)
        return " ".join(u.text for u in self.units)

    @property
    def positions(self) -> range:
        return range(self.units[0].position, self.units[-1].position + 1)

    def overlaps(self, other: Span) -> bool:
        return self.chunk.id == other.chunk.id and bool(set(self.positions) & set(other.positions))


def list_after(units: tuple[Unit, ...], i: int) -> list[Unit]:
    """The bullet items that follow unit ``i`` (a lead sentence ending in ":" or standing right
    before the items), at most MAX_LIST_ITEMS."""
    items: list[Unit] = []
    for u in units[i + 1 :]:
        if not u.bullet:
            break
        items.append(u)
        if len(items) >= MAX_LIST_ITEMS:
            break
    return items


def _units(chunk: Chunk, page_texts: dict[str, list[str]] | None) -> tuple[Unit, ...]:
    if chunk.kind == "table" and page_texts and chunk.page_start:
        pages = page_texts.get(chunk.document) or []
        lo, hi = chunk.page_start, chunk.page_end or chunk.page_start
        text = "\n".join(pages[p - 1] for p in range(lo, hi + 1) if 0 < p <= len(pages))
        rows = table_units(chunk, text)
        if rows:
            return rows
    units = chunk_units(chunk)
    if chunk.section.startswith(MESSAGE_HEADING):
        # an e-mail's header lines ("Från: … Skickat: … Till: …") say who wrote to whom and when –
        # the message's heading says it too; what the message says is its text
        units = tuple(u for u in units if not _MAIL_HEADER.match(u.text) and not _GREETING.match(u.text))
    if chunk.kind == "table":
        # the index's own description of a table is no quote, nor is its caption (line 0): a
        # caption names what the rows give and gives none of it
        units = tuple(u for u in units if not _TABLE_META.match(u.text) and u.line != 0)
    return units


# Lines index/passages.py writes to describe a table for search ("Kolumner: …", "12 rader.").
_TABLE_META = re.compile(r"^(Avsnitt|Kolumner):|^\d+ rader\.?$|^[^.]{0,40} > ")


_QUESTION = re.compile(r"\?\s*$")
# (a greeting or a sign-off says nothing: "Hej!", "Hej båda,", "Mvh Mikael Sjöberg …")
_GREETING = re.compile(r"(?i)^\s*(?:hej|hejsan|hallå|tjena|god morgon|mvh|vänliga hälsningar|med vänlig hälsning|hälsningar|/\w+)\b[^.?]{0,80}$")
# (the header lines of an e-mail message under the heading ingest gives it)
_MAIL_HEADER = re.compile(r"(?i)^\s*(?:från|from|skickat|sent|till|to|kopia|cc|ämne|subject|datum|date)\s*:")


# A sentence that announces what follows without a colon: "Nämnden beslutar därför att utvidga
# uppdraget enligt följande." – what follows is what it says.
_ANNOUNCES = re.compile(r"(?i)\b(?:enligt|som|på)\s+följande(?:\s+\w+){0,2}\s*[.:]$|\bas follows\s*[.:]$")
# A sentence that points back ("… där utredningen också ska analysera dessa behov", "Detta innebär
# att …") says what it says of something its previous sentence names – quoted with that sentence.
# (… and a consequence drawn from it: "Pilotstarten kan därför inte ske den 1 september" says
# why only with the sentence before – "därför att", "because", points forward)
_POINTS_BACK = re.compile(r"(?i)\bdessa\b(?!\s*:)|^(?:detta|denna|det här|dessa)\b|\b(?:därför|därmed)\b(?!\s+att\b)")
# (… at most this many units of what follows: a lead-in, a few items, a paragraph after them)
MAX_ANNOUNCED = 5


def _introduces_list(units: tuple[Unit, ...], i: int) -> bool:
    text = units[i].text.rstrip()
    return i + 1 < len(units) and ((text.endswith(":") and units[i + 1].bullet) or bool(_ANNOUNCES.search(text)))


# a reply that says yes or no and nothing more ("Nej.", "Ja, absolut.", "No.")
_BARE_REPLY = re.compile(r"(?i)(?:nej|ja|jo|no|yes)(?:[,\s]+(?:tyvärr|absolut|det går|det gör det|inte|visst))?[.!]?")


def candidate_spans(hits, max_chunks: int = 10, page_texts: dict[str, list[str]] | None = None) -> list[Span]:
    """Every sentence and bullet of the first ``max_chunks`` hits, each sentence with its next
    neighbour in the same paragraph, and each list with the sentence that introduces it. A
    table chunk offers its rows as printed on its page (``page_texts``: document → page texts)."""
    out: list[Span] = []
    for rank, h in enumerate(hits[:max_chunks]):
        units = _units(h.chunk, page_texts)
        for i, u in enumerate(units):
            nxt = units[i + 1] if i + 1 < len(units) else None
            if not u.bullet and nxt is not None and nxt.bullet:
                items = list_after(units, i)
                if len(items) >= 2 or u.text.rstrip().endswith(":"):
                    out.append(Span((u, *items), rank, "list"))
                    if u.text.rstrip().endswith(":"):
                        continue  # "… fem fokusområden:" is never the answer without its list
            if not u.bullet and nxt is not None and not nxt.bullet and u.text.rstrip().endswith(":") and _TABLE_ROW.match(nxt.text):
                # "5.3 Följande underbiträden är godkända:" over a table's rows ("Underbiträde: Molnia
                # Hosting AB | Uppgift: …"): the rows are what it announces, quoted with it
                rows = [v for v in units[i + 1 : i + 1 + MAX_LIST_ITEMS]]
                rows = rows[: next((k for k, v in enumerate(rows) if not _TABLE_ROW.match(v.text) or v.line == u.line), len(rows))]
                if rows:
                    out.append(Span((u, *rows), rank, "list"))
                    continue
            if _ANNOUNCES.search(u.text.rstrip()) and nxt is not None and not u.text.rstrip().endswith(":"):
                # "… utvidga uppdraget enligt följande." is never the answer without what follows
                # ("Utredningen ska även a) analysera … b) bedöma …")
                out.append(Span((u, *units[i + 1 : i + 1 + MAX_ANNOUNCED]), rank, "list"))
                continue
            if _QUESTION.search(u.text) and nxt is not None and not nxt.bullet and not _QUESTION.search(nxt.text):
                # a question of a FAQ or a transcript ("F: Kan privata företag söka medel …?") is
                # quoted with the answer under it ("S: Nej, inte som huvudsökande."), never alone
                # (… and a bare "Nej." or "Ja." with the sentence saying why: "Nej. Maskiner och
                # annan utrustning är inte stödberättigande …" – the reply alone said nothing of it)
                after = units[i + 2] if i + 2 < len(units) else None
                bare = _BARE_REPLY.fullmatch(nxt.text.strip()) and after is not None and after.line == nxt.line and not after.bullet
                out.append(Span((u, nxt, after) if bare else (u, nxt), rank, "pair"))
                continue
            # ("Risk | Sannolikhet | Konsekvens | Åtgärd" over its rows: a table's header names what
            # the rows give and gives none of it – quoted with its rows, never alone)
            prev = units[i - 1] if i > 0 else None
            points_back = (
                prev is not None and not u.bullet and not prev.bullet and prev.line == u.line and bool(_POINTS_BACK.search(u.text))
            )
            # (a sentence that points back is offered as the pair of its previous sentence, never
            # alone nor as the first of a pair)
            if not points_back and not (_header_row(u, nxt) and (i == 0 or units[i - 1].text.count(" | ") != u.text.count(" | "))):
                out.append(Span((u,), rank, "sentence"))
            if (
                not points_back and not u.bullet and nxt is not None and not nxt.bullet and nxt.line == u.line
                and not _introduces_list(units, i + 1)
            ):
                out.append(Span((u, nxt), rank, "pair"))
            if u.bullet and (i == 0 or not units[i - 1].bullet):
                items = [u, *list_after(units, i)][:MAX_LIST_ITEMS]
                if len(items) >= 2:
                    out.append(Span(tuple(items), rank, "list"))
            if _ROW_LINE.match(u.text) and (i == 0 or not _ROW_LINE.match(units[i - 1].text) or units[i - 1].line == u.line):
                # a table of two columns read as lines ("Namn – Organisation" / "Lena Bergkvist –
                # Region Halland" …: the attendees): the rows together are a list, for "vilka …"
                rows = [u]
                for v in units[i + 1 :]:
                    if not _ROW_LINE.match(v.text) or v.line == rows[-1].line:
                        break
                    rows.append(v)
                if len(rows) >= 3:
                    out.append(Span(tuple(rows[:MAX_LIST_ITEMS]), rank, "list"))
    return out


def _header_row(u: Unit, nxt: Unit | None) -> bool:
    """A row of cell names over a row of as many cells ("Risk | Sannolikhet | …" over "Svårt att
    rekrytera deltagare | Hög | …"): no figure, and short cells."""
    n = u.text.count(" | ")
    return (
        n >= 1 and nxt is not None and nxt.text.count(" | ") == n and not re.search(r"\d", u.text)
        and all(len(c.split()) <= 4 for c in u.text.split(" | "))
    )


# a line of a two-column table as the text reads it: "Lena Bergkvist – Region Halland", "A | B"
_ROW_LINE = re.compile(r"^[^\s–|][^–|]{1,60}\s[–|]\s\S[^.!?]{0,120}$")
