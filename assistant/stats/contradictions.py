"""Where a document's running text states another figure for the same row and measure than its
table, say so with both sources.

A number in a sentence counts against a table value only when (1) the row it belongs to is the
figure's row – the nearest row name in the sentence, or, for a total row like "Summa", the
population the caption names ("utsatta områden") – (2) the measure it belongs to is the
figure's column – the nearest word naming one of the table's value columns – and (3) it is of
the same kind (a percentage for a share, a whole number for a count). Numbers of other measures
in the same paragraph, or of other rows, are never counted.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from ingest.model import Chunk
from ingest.numbers import KRONOR_PER, parse_number
from ingest.swedish import fold

from ..answer import Figure
from ..labels import display_label
from .profile import Profile

GENERIC = {"antal", "andel", "procent", "total", "summa", "värde", "nivå", "tal"}
MAX_GAP = 80  # characters between a number and the row it belongs to
# A sentence names its measure once and lists figures after it ("andelen sjukskrivna … är högre
# i utsatta områden … – till exempel 12,4 % i Västhaga-Solhaga"): the nearest measure word in the
# sentence, however far, is the number's measure.
MAX_MEASURE_GAP = 10_000


def _row_names(p: Profile, analyze) -> dict[str, list[str]]:
    """Row label → the folded names a text may use for it."""
    t = p.table
    label = t.label_column
    labels = [str(x) for x in t.frame[label].astype(str)]
    totals = set(t.column(label).total_values) | {labels[i] for i in t.total_rows if i < len(labels)}
    owners: dict[str, set[str]] = {}
    names: dict[str, list[str]] = {}
    for lab in dict.fromkeys(labels):
        shown = display_label(lab)
        base = shown.split(" (")[0]
        forms = {fold(base)} | {fold(w) for w in re.split(r"[\s_]+", lab) if len(w) >= 4}
        names[lab] = sorted(forms, key=len, reverse=True)
        for f in forms:
            owners.setdefault(f, set()).add(lab)
    # a name shared by several rows ("Örebro" in "Örebro_Vivalla", "Örebro_Baronbackarna") names none
    for lab in names:
        names[lab] = [f for f in names[lab] if len(owners[f]) == 1]
    # the text's names for the total rows: "länet" for the county, "riket" for the country
    from .profile import total_words

    tw = total_words()
    label_cat = p.label
    if label_cat is not None:
        for lab in label_cat.county_totals:
            names.setdefault(lab, []).extend(sorted(tw["county"], key=len, reverse=True))
        for lab in label_cat.geo_totals:
            names.setdefault(lab, []).extend(sorted(tw["country"], key=len, reverse=True))
    population = _population(p, analyze)
    # the rows a sum row sums, as the text names them: "i de utsatta områdena" for a label column
    # headed "Område" (the header's plural with its article)
    head = fold(p.table.label_column).strip()
    plural = [f"{head}{end}" for end in ("na", "rna", "erna", "ena", "en")] if re.fullmatch(r"[a-zåäö]{3,}", head) else []
    for lab in totals:
        if lab in names and fold(lab) in ("summa", "totalt", "total", "samtliga", "alla"):
            names[lab] = ([population] if population else []) + plural
    return names


def _population(p: Profile, analyze) -> str:
    """What a total row sums over, as the caption says it: "Tabell 12 Sjukskrivna …, utsatta
    områden i Örebro län" → "utsatta områden"."""
    cap = fold(f"{p.table.caption} {p.table.section}")
    m = re.search(r"\b(utsatta områden|\w+ områden|\w+a kommuner|samtliga \w+)\b", cap)
    return m.group(1) if m else ""


def _measure_terms(p: Profile, synonyms, analyze) -> dict[str, frozenset[str]]:
    """Per value column, the stems that name its measure: its header's own words (a ratio's
    numerator) and their synonyms – whole words only; a compound part ("arbet" in "Arbetskraft")
    would let "arbetsmarknaden" name the labour force."""
    from ingest.swedish import words

    out = {}
    for c in p.values:
        head = c.name.split("/")[0]
        own = frozenset(t for w in words(re.sub(r"\([^)]*\)", " ", head)) for t in analyze(w)[:1] if len(t) >= 4 and t not in GENERIC)
        out[c.name] = frozenset(t for t in synonyms(own) if len(t) >= 4 and t not in GENERIC) if own else own
    return out


def document_row_names(profiles: list[Profile], document: str) -> set[str]:
    """Folded names of every row of every table in a document: a sentence naming another table's
    row ("Hällefors centrum innehar en arbetslöshet på 12,3 %, vilket kan jämföras med länets …")
    gives its number to that row, not to the one the answer is about."""
    out: set[str] = set()
    for q in profiles:
        t = q.table
        if t.document != document or not t.label_column:
            continue
        for lab in dict.fromkeys(str(x) for x in t.frame[t.label_column]):
            base = fold(display_label(lab).split(" (")[0]).strip()
            if len(base) >= 4:
                out.add(base)
    return out


def check(
    p: Profile,
    figures: list[Figure],
    chunks: list[Chunk],
    analyze,
    page_of,
    synonyms=lambda terms: terms,
    other_rows: set[str] = frozenset(),
) -> list[str]:
    """Warnings (Swedish) for figures whose row and measure the text states differently.

    `other_rows`: folded row names of the document's other tables (:func:`document_row_names`)."""
    t = p.table
    text_chunks = [c for c in chunks if c.document == t.document and c.kind == "text"]
    if not text_chunks:
        return []
    names = _row_names(p, analyze)
    own = {n for ns in names.values() for n in ns}
    strangers = [n for n in other_rows if n not in own and not any(n in o for o in own)]
    measures = _measure_terms(p, synonyms, analyze)
    out: list[str] = []
    for f in figures[:5]:
        row = f.source.rows[0] if f.source.rows else None
        if f.derived or row is None or row not in names or not names[row] or f.metric not in measures or not measures[f.metric]:
            continue
        share = f.unit in ("%", "andel")
        # an amount is weighed against an amount, in kronor ("38,6 mnkr" against "38 600 tkr"); a
        # count in the sentence ("146 stöd") is none
        scale = money_scale(f.unit or "")
        value = _as_written(f.value, f.unit, scale)
        # (the table's other rows' figures of the measure: a sentence giving one of them speaks of
        # that row – "… 1 600 kr per natt; i Stockholm högst 1 900 kr" beside the row "Hotell i
        # Stockholm …" 1 900 – not against this one)
        column = t.frame[f.metric] if f.metric in t.frame.columns else None
        held = [] if column is None else [_as_written(v, f.unit, scale) for v in column.dropna().tolist() if isinstance(v, (int, float))]
        seen: list[tuple[str, int | None]] = []
        for c in text_chunks:
            low = fold(c.text)
            if not any(n in low for n in names[row]):
                continue
            for sent in re.split(r"(?<=[.!?])\s+", c.text):
                fs = fold(sent)
                if not any(n in fs for n in names[row]) or _contents_list(fs):
                    continue
                row_spans = [(m.start(), m.end(), r) for r, ns in names.items() for n in ns for m in re.finditer(re.escape(n), fs)]
                row_spans += [(m.start(), m.end(), OTHER_ROW) for n in strangers for m in re.finditer(re.escape(n), fs)]
                row_spans = _outermost(row_spans)
                measure_spans = _measure_spans(fs, measures, analyze)
                if not any(m == f.metric for _, _, m in measure_spans):
                    continue
                numbers = _numbers(fs, share, scale)
                if any((pn := parse_number(m.group(0) if share else m.group(1))) and _same_figure(_in_kronor(pn.value, m, scale), value, m.group(1)) for m in numbers):
                    # "… högre än riksgenomsnittet, 5,1 % jämfört med rikets 4,9 %": the sentence
                    # states the table's figure; its other figure is another row's, however near
                    continue
                for m in _paired(numbers, [s for s in row_spans if s[2] == row]):
                    pn = parse_number(m.group(0) if share else m.group(1))
                    if pn is None or _same_figure(_in_kronor(pn.value, m, scale), value, m.group(1)):
                        continue
                    if any(_same_figure(_in_kronor(pn.value, m, scale), v, m.group(1)) for v in held):
                        continue
                    if _nearest(row_spans, m, directed=True) != {row} or f.metric not in _nearest(measure_spans, m, MAX_MEASURE_GAP):
                        continue
                    page, _ = page_of(c.document, sent, c.page_start, c.page_end)
                    item = (m.group(0).strip(), page)
                    if item not in seen:
                        seen.append(item)
        if seen:
            where = "; ".join(f"{v} (s. {pg})" if pg else v for v, pg in seen)
            src = f.source.table + (f", s. {f.source.page}" if f.source.page else "")
            out.append(
                f"Källorna säger olika: tabellen anger {f.display} för {f.label} ({src}), "
                f"men texten i samma dokument anger {where}. Svaret bygger på tabellvärdet."
            )
    return out


OTHER_ROW = "\0other"  # a row of another table in the document: no row of this one
SHARE = re.compile(r"(\d+(?:,\d+)?)\s*%")
COUNT = re.compile(r"(?<![\d,])(\d{1,3}(?: \d{3})+|\d+)(?![\d,%]|\s*%)")
# "mellan 12,5 % och 24,9 %", "12–25 %", "från 10 till 20": the ends of a range are no one's figure
RANGE_BEFORE = re.compile(r"(?:\b(?:mellan|från|between|from)\s+|\d\s*%?\s*(?:[–-]|till|to)\s*|\bmellan\s+\S+\s*%?\s+och\s+)$")
RANGE_AFTER = re.compile(r"^\s*%?\s*(?:[–-]|till\b|to\b)\s*\d")


# the words for an amount's unit after a number, and how many kronor each is
_MONEY_UNIT = re.compile(r"^\s*(kr\b|kronor|tkr|tusen kronor|mnkr|mkr|miljoner kronor|miljoner|mdkr|miljarder kronor|miljarder|msek|sek\b)")
_SCALE = {**KRONOR_PER, "kronor": 1.0, "sek": 1.0, "tusen kronor": 1e3, "mkr": 1e6, "msek": 1e6,
          "miljoner kronor": 1e6, "miljoner": 1e6, "miljarder kronor": 1e9, "miljarder": 1e9}


def _as_written(value: float, unit: str | None, scale: float) -> float:
    """A table figure as a text writes it: a share in per cent, an amount in kronor (``scale``)."""
    value = value * 100 if unit == "andel" and abs(value) <= 1.5 else value
    return value * scale if scale else value


def money_scale(unit: str) -> float:
    """Kronor per unit of an amount's unit ("mnkr" → 1e6, "tkr" → 1e3, "kr" → 1); 0 for no amount."""
    u = fold(unit).strip()
    return _SCALE.get(u, 0.0)


def _in_kronor(value: float, m: re.Match, scale: float) -> float:
    """A number of the text in kronor when an amount is weighed ("38,6 miljoner" → 38 600 000)."""
    if not scale:
        return value
    unit = _MONEY_UNIT.match(m.string[m.end():])
    return value * _SCALE[unit.group(1)] if unit else value


AMOUNT = re.compile(r"(?<![\d,])(\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d%])")


_ABOUT_BEFORE = re.compile(
    r"\b(?:drygt|knappt|nästan|närmare|cirka|ca\.?|omkring|ungefär|runt|kring|över|under|mer än|fler än|mindre än|färre än|"
    r"about|around|almost|nearly|over|under|more than|less than)\s*$"
)


def _numbers(fs: str, share: bool, scale: float = 0.0) -> list[re.Match]:
    out = []
    for m in (SHARE if share else AMOUNT if scale else COUNT).finditer(fs):
        if RANGE_BEFORE.search(fs[max(0, m.start() - 30): m.start()]) or RANGE_AFTER.match(fs[m.end(): m.end() + 12]):
            continue
        if _ABOUT_BEFORE.search(fs[max(0, m.start() - 20): m.start()]):
            continue  # "drygt 132 000", "cirka 45 %": a rounded or bounded figure contradicts no exact one
        if not share and bool(scale) != bool(_MONEY_UNIT.match(fs[m.end():])):
            continue  # an amount for an amount, a count for a count
        if scale:
            out.append(m)
            continue
        if not share:
            pn = parse_number(m.group(1))
            if pn is None or pn.value < 10 or re.fullmatch(r"(19|20)\d\d", m.group(1)):
                continue  # years and small counts are not the figure
        out.append(m)
    return out


def _contents_list(fs: str) -> bool:
    """A table of contents flattened into a sentence ("… Sjukskrivna 17 Generell slutsats 17 …"):
    four or more bare whole numbers, never decreasing – page numbers, not figures."""
    nums = [int(x) for x in re.findall(r"(?<![\d,.])(\d{1,3})(?![\d,.%]|\s*%)", fs)]
    return len(nums) >= 4 and all(a <= b for a, b in zip(nums, nums[1:], strict=False))


def _same_figure(text_value: float, table_value: float, text: str) -> bool:
    """The text states the table's figure: equal, or rounded half up to the text's decimals
    (10,9 for 10,85 – but 10,8 is another figure, and the reader is told)."""
    decimals = len(text.split(",")[1]) if "," in text else 0
    rounded = Decimal(repr(table_value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return abs(text_value - table_value) < 1e-9 or abs(float(rounded) - text_value) < 1e-9


def _outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a name found inside a longer one ("Örebro" inside "Örebro län")."""
    return [s for s in spans if not any(o is not s and o[0] <= s[0] and s[1] <= o[1] and (o[1] - o[0]) > (s[1] - s[0]) for o in spans)]


def _paired(numbers: list[re.Match], mentions: list[tuple[int, int, str]]) -> list[re.Match]:
    """For each mention of the row, the number nearest to it (a parenthesised number before the
    mention belongs to the words before it): a row named once owns one figure, so the other
    figures of a list ("9,3 % förgymnasialt utbildade, 21,4 % utrikes födda") are not its."""
    out: list[re.Match] = []
    for a, b, _ in mentions:
        best, gap = None, MAX_GAP + 1
        for m in numbers:
            g = _gap(a, b, m, directed=True)
            if g is not None and g < gap:
                best, gap = m, g
        if best is not None and best not in out:
            out.append(best)
    return out


def _gap(a: int, b: int, m: re.Match, directed: bool = False) -> int | None:
    if b <= m.start():
        return m.start() - b
    if a >= m.end():
        if directed and _parenthesised(m):
            return None
        return a - m.end()
    return 0


def _parenthesised(m: re.Match) -> bool:
    s = m.string
    return s[: m.start()].rstrip().endswith("(")


def _measure_spans(fs: str, measures: dict[str, frozenset[str]], analyze) -> list[tuple[int, int, str]]:
    spans = []
    for m in re.finditer(r"[^\W\d_]{4,}", fs):
        # "47 % av arbetslösa", "bland de sjukskrivna": the word names the population a share is
        # taken of, not the measure
        if re.search(r"\b(?:av|bland|of|among)(?: de| alla| samtliga)?\s+$", fs[max(0, m.start() - 14): m.start()]):
            continue
        terms = set(analyze(m.group(0))[:1])
        for col, mt in measures.items():
            if terms & mt:
                spans.append((m.start(), m.end(), col))
    return spans


def _nearest(spans: list[tuple[int, int, str]], m: re.Match, max_gap: int = MAX_GAP, directed: bool = False) -> set[str]:
    """The names at the smallest distance from the number (several when one word names
    several columns: "sjuka" names both "Sjuka" and "Sjuka/arbetskraft"; the unit decides).
    `directed`: a parenthesised number is not given to a name after it."""
    best: set[str] = set()
    gap = max_gap + 1
    for a, b, name in spans:
        g = _gap(a, b, m, directed)
        if g is None:
            continue
        if g < gap:
            best, gap = {name}, g
        elif g == gap:
            best.add(name)
    return best
