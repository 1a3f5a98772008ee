"""Layouts that printed report tables use and an export never does.

- a count with its share in brackets, "16 (53%)", becomes two value columns (a count and a
  share), so neither number is lost and each has one unit;
- check-mark columns (a vote: "X" under Ja, Nej or Avstår) count the marks: 1 for a mark,
  0 for an empty cell, so the result row under them adds up;
- a wide table of periods whose rows are different measures ("Utförd tid … (antal
  årsarbetare)", "Totalt antal årsarbetare", "Andel timavlönade" with "5,2%") is turned
  round: one value column per measure, each with its own unit, one row per period – melting
  it would put full-time equivalents and percentages in one column;
- a last row that is the sum of the rows above it is a total even when it is not called
  "Summa" ("Resultat").
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..numbers import parse_number
from .cells import _PERIOD_COL_RE, blank, cell_text, clean_text, is_county
from .columns import _Col, copy_ids, unit_from_text

_COUNT_SHARE = re.compile(r"^\s*([-−–]?\d[\d\s\u00a0]*(?:[.,]\d+)?)\s*\(\s*([-−–]?\d[\d\s\u00a0]*(?:[.,]\d+)?\s*%)\s*\)\s*$")
_FIGURE_BRACKETED = re.compile(r"^\s*([-−–]?\d[\d\s\u00a0]*(?:[.,]\d+)?)\s*\(\s*([-−–]?\d[\d\s\u00a0]*(?:[.,]\d+)?)\s*\)\s*$")
_BRACKETED = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*(.*)$")
_TICKS = {"x", "✓", "✔", "✗", "•"}


# ---------------------------------------------------------------- "16 (53%)"


_ESTIMATE_INTERVAL = re.compile(
    r"^\s*([-−–]?\d[\d\s\u00a0]*(?:[.,]\d+)?)\s*[(\[]\s*[-−–]?\d[\d\s\u00a0]*(?:[.,]\d+)?\s*(?:[–—-]|till|to)\s*"
    r"[-−–]?\d[\d\s\u00a0]*(?:[.,]\d+)?\s*[)\]]\s*$"
)
INTERVAL_NOTE = "Cellerna anger en skattning med dess konfidensintervall inom parentes; siffrorna här är skattningarna."


def estimates_of_intervals(grid: list[list[object]]) -> tuple[list[list[object]], bool]:
    """Cells of an estimate with its interval in brackets ("24 (20–28)", a survey's share with
    its 95 % confidence interval) → the estimate, in every column where most filled cells are so
    (the rest figures or marks of missing). Whether any column was."""
    if not grid:
        return grid, False
    width = max(len(r) for r in grid)
    cols = []
    for j in range(width):
        cells = [cell_text(r[j]).strip() for r in grid if j < len(r) and not blank(r[j])]
        if not any("(" in v or "[" in v for v in cells):
            continue
        hits = sum(1 for v in cells if _ESTIMATE_INTERVAL.match(v))
        if hits >= max(2, 0.6 * len(cells)) and all(
            _ESTIMATE_INTERVAL.match(v) or parse_number(v) is not None or v in ("-", "–", "..", "…") for v in cells
        ):
            cols.append(j)
    if not cols:
        return grid, False
    out = []
    for r in grid:
        row = list(r)
        for j in cols:
            if j < len(row) and not blank(row[j]) and (m := _ESTIMATE_INTERVAL.match(cell_text(row[j]))):
                row[j] = m.group(1).strip()
        out.append(row)
    return out, True


def split_count_share(names: list[str], grid: list[list[object]]) -> tuple[list[str], list[list[object]]]:
    """Columns of "count (share%)" cells → a count column and a share column."""
    split: dict[int, tuple[str, str]] = {}
    for j, name in enumerate(names):
        if not any(isinstance(v, str) and "(" in v for v in {r[j] for r in grid}):
            continue  # the common case, decided in one pass over the distinct cells
        distinct = {cell_text(r[j]).strip() for r in grid if not blank(r[j])}
        pairs = {v: _COUNT_SHARE.match(v) for v in distinct}
        n_pairs = sum(1 for r in grid if not blank(r[j]) and pairs[cell_text(r[j]).strip()])
        n_filled = sum(1 for r in grid if not blank(r[j]))
        if n_pairs >= max(2, 0.6 * n_filled) and all(
            m or parse_number(v) is not None or v in ("-", "–", "..") for v, m in pairs.items()
        ):
            split[j] = _count_share_names(name)
            continue
        # "13 599 (1)" under "Per 100 000 inv. (rang)": a figure and, in brackets, what the
        # header's brackets name (its rank) – two columns, so the figure is a figure
        named = _BRACKETED.match(clean_text(name))
        plain = {v: _FIGURE_BRACKETED.match(v) for v in distinct}
        n_plain = sum(1 for r in grid if not blank(r[j]) and plain[cell_text(r[j]).strip()])
        if named and named.group(1) and len(named.group(2).split()) <= 2 and n_plain >= max(2, 0.6 * n_filled) and all(
            m or parse_number(v) is not None or v in ("-", "–", "..") for v, m in plain.items()
        ):
            split[j] = _count_share_names(name)
    if not split:
        return names, grid
    out_names: list[str] = []
    for j, name in enumerate(names):
        out_names += list(split[j]) if j in split else [name]
    rows = []
    for r in grid:
        row: list[object] = []
        for j, v in enumerate(r):
            if j not in split:
                row.append(v)
                continue
            m = (_COUNT_SHARE.match(cell_text(v)) or _FIGURE_BRACKETED.match(cell_text(v))) if not blank(v) else None
            row += [m.group(1).strip(), m.group(2).strip()] if m else [v, None]
        rows.append(row)
    return out_names, rows


# a header that says only "share" ("Andel %", "Andel (%)", "%", "Procent")
_BARE_SHARE = re.compile(r"^\s*(?:andel(?:en)?|procent|%|share|percent)?\s*(?:\(?\s*(?:%|procent|i procent)\s*\)?)?\s*$", re.I)


def name_repeated_shares(names: list[str]) -> list[str]:
    """A bare share header repeated after each count ("16–24 år | Andel % | 25–54 år | Andel %"
    of Arbetsförmedlingen's sheets) is the share of the column before it: "16–24 år, andel %" –
    not "Andel %", "Andel % (2)" … that name nothing and leave the counts looking like shares."""
    bare = [bool(n.strip()) and bool(_BARE_SHARE.fullmatch(clean_text(n))) for n in names]
    if sum(bare) < 2:
        return names
    out = list(names)
    for j, is_bare in enumerate(bare):
        if is_bare and j > 0 and not bare[j - 1] and clean_text(names[j - 1]) and not unit_from_text(names[j - 1]) == "%":
            out[j] = f"{clean_text(names[j - 1])}, {clean_text(names[j]).lower()}"
    return out


# a bare margin-of-error header after each estimate: "±", "+/-", "± KI", "Felmarginal", "MoE"
_BARE_MARGIN = re.compile(r"^\s*(?:±|\+/-|\+-|\+/−)\s*(?:ki|felmarginal)?\s*$|^\s*(?:felmarginal|konfidensintervall ±|moe|margin of error)\s*(?:\(?±\)?)?\s*$", re.I)
MARGIN_NAME = "Felmarginal (±)"


def name_margins(names: list[str]) -> list[str]:
    """A bare margin header repeated after each estimate ("2022 | ± | 2023 | ± | 2024 | ±" of a
    survey's sheet) is the margin of the column before it: "2023, Felmarginal (±)" – not "±",
    "± (2)" … that name nothing and stood among the years as figures of their own."""
    bare = [bool(n.strip()) and bool(_BARE_MARGIN.fullmatch(clean_text(n))) for n in names]
    if sum(bare) < 2:
        return names
    out = list(names)
    for j, is_bare in enumerate(bare):
        if is_bare and j > 0 and not bare[j - 1] and clean_text(names[j - 1]):
            out[j] = f"{clean_text(names[j - 1])}, {MARGIN_NAME}"
    return out


def margin_columns(names: list[str]) -> dict[str, str]:
    """Each estimate column → the column of its margins of error ("2023" → "2023, Felmarginal
    (±)"; of a survey table melted to long form, its one other value column → "Felmarginal (±)")."""
    suffix = f", {MARGIN_NAME}"
    out = {n.removesuffix(suffix): n for n in names if n.endswith(suffix) and n.removesuffix(suffix) in names}
    if MARGIN_NAME in names:
        others = [n for n in names if n != MARGIN_NAME and n not in out and n not in out.values()]
        if len(others) == 1:
            out[others[0]] = MARGIN_NAME
    return out


def _count_share_names(name: str) -> tuple[str, str]:
    """"Antal (andel) förskollärare" → ("Antal förskollärare", "Andel förskollärare");
    "Lärare i fritidshem" → ("Lärare i fritidshem, antal", "Lärare i fritidshem, andel")."""
    m = _BRACKETED.match(clean_text(name))
    if m and m.group(1) and len(m.group(2).split()) <= 2:
        rest = f" {m.group(3)}" if m.group(3) else ""
        second = m.group(2).strip()
        return f"{m.group(1)}{rest}", f"{second[:1].upper()}{second[1:]}{rest}"
    base = clean_text(name)
    return (f"{base}, antal", f"{base}, andel") if base else ("Antal", "Andel")


# ---------------------------------------------------------------- check marks


def count_ticks(cols: list[_Col]) -> None:
    """Value columns of check marks: a mark is 1, an empty cell 0 (the raw cell stays as
    printed). A column takes part when all its cells are marks or empty, bar a last row of
    figures (the votes counted); the table needs two marks at least."""
    candidates = []
    marks = 0
    for c in cols:
        if c.kind != "value" or not c.raw:
            continue
        last = c.raw[-1].strip()
        body = c.raw[:-1] if parse_number(last) is not None else c.raw
        if not body or any(r.strip() and r.strip().lower() not in _TICKS for r in set(body)):
            continue
        candidates.append((c, body))
        marks += sum(1 for r in body if r.strip())
    if marks < 2 or all(all(r.strip() for r in body) for _, body in candidates):
        return
    for c, body in candidates:
        for i, r in enumerate(body):
            c.values[i] = 1.0 if r.strip() else 0.0


# ---------------------------------------------------------------- measures as rows


def measure_rows(cols: list[_Col]) -> list[_Col] | None:
    """Wide period columns whose rows carry different units → one value column per row.

    The unit of a row is "%" when most of its cells say so, else what its label says
    ("antal årsarbetare", "tkr"). Two different units among the rows turn the table round.
    """
    values = [c for c in cols if c.kind == "value"]
    labels = [c for c in cols if c.kind != "value"]
    if len(values) < 2 or len(labels) != 1 or not all(_PERIOD_COL_RE.match(c.name) for c in values):
        return None
    if any((_PERIOD_COL_RE.match(c.name).group(2) or "").strip() for c in values):
        return None  # "2006 Kvinnor": a second dimension, for the melt
    period = _Col(name="Period", raw=[c.name for c in values], kind="period")
    period.text = [_PERIOD_COL_RE.match(c.name).group(1) for c in values]
    return _turned(labels[0], values, period)


def is_place_name(name: str) -> bool:
    """Is a header a place by its name alone: a county, the country or a municipality whole
    ("Karlshamn", "Blekinge län", "Riket")?"""
    from ..swedish import fold, municipality_of

    n = clean_text(name).strip()
    return is_county(n) or fold(n) in ("riket", "sverige", "hela riket") or municipality_of(n, homographs=True) == fold(n)


def measures_by_place(cols: list[_Col]) -> list[_Col] | None:
    """Key figures as rows and places as columns ("N15008 | Kostnad för grundskola F-9, kr/elev |
    Malmö | Lund | … | Riket", Kolada's comparison) whose rows carry different units → one row
    per place and one value column per key figure, named by its name (not its id). Every value
    column must be a municipality, a county or the country, by name."""
    values = [c for c in cols if c.kind == "value"]
    labels = [c for c in cols if c.kind != "value"]
    if len(values) < 2 or not 1 <= len(labels) <= 2:
        return None
    if not all(is_place_name(c.name) for c in values):
        return None
    where = _Col(name="Region", raw=[c.name for c in values], kind="text")
    where.text = [clean_text(c.name).strip() for c in values]
    # (of an id column and a name column, the names: the longer texts)
    return _turned(max(labels, key=lambda c: sum(len(t) for t in c.text)), values, where)


def measure_blocks_by_place(cols: list[_Col]) -> list[_Col] | None:
    """Blocks of places as columns under each measure ("Antal mottagare" merged over Karlshamn |
    Karlskrona | … | Blekinge län, then "Nettodagar" over the same places: columns "Antal
    mottagare, Karlshamn", …) → one row per row and place, a Region column and one value column
    per measure, so "i länet" or "i Olofström" is a row like in every other export. Every value
    column must be "measure, place" with a municipality, a county or the country as the place,
    and every measure must cover the same two places or more."""
    values = [c for c in cols if c.kind == "value"]
    ids = [c for c in cols if c.kind != "value"]
    if len(values) < 4 or not ids:
        return None
    blocks: dict[str, dict[str, _Col]] = {}
    for c in values:
        measure, sep, place = clean_text(c.name).strip().rpartition(", ")
        if not sep or not measure.strip() or not is_place_name(place):
            return None
        if place in blocks.setdefault(measure.strip(), {}):
            return None
        blocks[measure.strip()][place] = c
    places = list(next(iter(blocks.values())))
    if len(places) < 2 or any(list(b) != places for b in blocks.values()):
        return None
    out_ids = [_Col(name=c.name, raw=[], kind=c.kind) for c in ids]
    region = _Col(name="Region", raw=[], kind="text")
    measures = {m: _Col(name=m, raw=[], kind="value") for m in blocks}
    for m, b in blocks.items():
        for c in b.values():
            measures[m].cell_units.update(c.cell_units)
    for r in range(len(ids[0].raw)):
        for place in places:
            copy_ids(out_ids, ids, r)
            region.raw.append(blocks[next(iter(blocks))][place].name)
            region.text.append(place)
            for m, b in blocks.items():
                measures[m].raw.append(b[place].raw[r])
                measures[m].values.append(b[place].values[r])
    return out_ids + [region, *measures.values()]


def units_by_group(cols: list[_Col]) -> list[_Col] | None:
    """A measure's rows under each place's heading ("Eskilstuna" over "Antal" and "Procent"
    rows): one row per place, each value column once per unit ("Utrikes födda kvinnor, antal",
    "Utrikes födda kvinnor, procent"). None unless the one text column besides the groups names
    two units or more, each once per group."""
    values = [c for c in cols if c.kind == "value"]
    labels = [c for c in cols if c.kind != "value"]
    if not values or len(labels) != 2:
        return None
    group, measure = labels
    names = [t for t in measure.text if t]
    kinds = list(dict.fromkeys(names))
    units = {k: unit_from_text(k, [1.0]) for k in kinds}
    # (units alone – "Antal", "Procent" –, not measures that end in one: "hushåll med ekonomiskt
    # bistånd, antal" down PxWeb's "tabelluppgift" are measures of their own)
    if len(kinds) < 2 or len(kinds) > 4 or not all(units.values()) or len(set(units.values())) < 2 or any(len(k.split()) > 2 for k in kinds):
        return None
    n = len(measure.text)
    if len(names) != n or not all(group.text) or n % len(kinds):
        return None
    rows_of: dict[str, dict[str, int]] = {}
    for r in range(n):
        seen = rows_of.setdefault(group.text[r], {})
        if measure.text[r] in seen:
            return None  # a unit twice in one group: no such layout
        seen[measure.text[r]] = r
    if any(len(seen) != len(kinds) for seen in rows_of.values()):
        return None
    firsts = [seen[kinds[0]] for seen in rows_of.values()]
    # (a header naming both – "Region / mått" over the headings and their units – names the groups by its first part)
    name = measure.name.split("/")[0].strip() if "/" in measure.name and group.name == "Grupp" else group.name
    out_group = _Col(name=name or group.name, raw=[group.raw[r] for r in firsts], kind=group.kind)
    out_group.text = [group.text[r] for r in firsts]
    out = [out_group]
    for c in values:
        for k in kinds:
            rows = [rows_of[g][k] for g in rows_of]
            col = _Col(name=f"{c.name}, {k.lower()}", raw=[c.raw[r] for r in rows], kind="value")
            col.values = [c.values[r] for r in rows]
            col.cell_units = Counter(p.unit for r in rows if (p := parse_number(c.raw[r])) is not None and p.unit)
            col.unit = units[k]
            out.append(col)
    return out


def _turned(label: _Col, values: list[_Col], first: _Col) -> list[_Col] | None:
    """The table turned round: ``first`` (the old value columns' names, as a column), then one
    value column per row, named by ``label``. None unless the rows carry two units or more (a
    row's unit is "%" when most of its cells say so, else what its label says), or when the
    labels are not one each."""
    n = len(label.text)
    if n < 2 or len(set(label.text)) != n or not all(label.text):
        return None
    units = []
    for r in range(n):
        cells = Counter(p.unit for c in values if (p := parse_number(c.raw[r])) is not None)
        finite = [c.values[r] for c in values if c.values[r] == c.values[r]]
        units.append("%" if cells.get("%", 0) * 2 > sum(cells.values()) else unit_from_text(label.text[r], finite))
    if len({u for u in units if u}) < 2:
        return None
    out = [first]
    for r in range(n):
        col = _Col(name=label.text[r], raw=[c.raw[r] for c in values], kind="value")
        col.values = [c.values[r] for c in values]
        col.cell_units = Counter(p.unit for c in values if (p := parse_number(c.raw[r])) is not None and p.unit)
        col.unit = units[r]
        out.append(col)
    return out


# ---------------------------------------------------------------- sum rows


def is_sum_row(cols: list[_Col], row: int) -> bool:
    """Every value in the row equals the sum of the rows above it (at least two of them), in
    two columns at least – in one column a sum can be chance (1 + 2 = 3)."""
    return adds_up(cols, row, range(row))


def adds_up(cols: list[_Col], row: int, rows: Sequence[int], blanks_count: bool = False) -> bool:
    """Is every figure of ``row`` the sum of ``rows`` (two of them at least), in two value columns
    at least? Each column needs two figures among the rows – unless ``blanks_count``: a blank in
    a pivot table's count is a count of none, and two rows are enough."""
    if len(rows) < 2:
        return False
    checked = 0
    for c in cols:
        if c.role != "value":
            continue
        v = c.values[row]
        if v != v:
            continue
        part = [x for x in (c.values[k] for k in rows) if x == x]
        if (len(part) < 2 and not blanks_count) or abs(sum(part) - v) > 1e-6 * max(1.0, abs(v)):
            return False
        checked += 1
    return checked >= 2
