"""consolidate: tables of one document with the same value columns → one table with all rows.

Why one module of this size: one algorithm – match the value columns of a document's tables, then
merge their rows – with its guards.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import pandas as pd

from ..model import Column, Table
from ..swedish import MONTH_NAMES, MONTHS, YEAR_IN_TEXT, fold, municipality_name, period_key, period_year, words, years_in
from .cells import (
    _is_entity_header,
    is_county,
    is_geo_header,
)
from .columns import _Col
from .shape import _mark_totals

# ---------------------------------------------------------------- consolidate

_KLUSTER_RE = re.compile(r"\b(röda?|orangea?|gula?|gröna?|blåa?)\s+kluster", re.I)
_KLUSTER_NAMES = {"röd": "Röda", "röda": "Röda", "orange": "Orange", "orangea": "Orange", "gul": "Gula", "gula": "Gula",
                  "grön": "Gröna", "gröna": "Gröna", "blå": "Blå", "blåa": "Blå"}
_CAPTION_NO_RE = re.compile(r"^(Tabell|Tab\.|Table)\s*(\d+)\s*[.:–-]?\s*(.*)$", re.I)


def _norm_name(name: str) -> str:
    return re.sub(r"[^0-9a-zåäöéü%]+", "", name.lower())


def _kluster(text: str) -> str:
    m = _KLUSTER_RE.search(text or "")
    return _KLUSTER_NAMES.get(m.group(1).lower(), "") if m else ""


def _ranges(nums: list[int]) -> str:
    nums = sorted(set(nums))
    parts = []
    start = prev = nums[0]
    for n in nums[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(f"{start}–{prev}" if prev > start else f"{start}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)


def consolidate(tables: list[Table]) -> list[Table]:
    """Tables of one document with the same value columns (the report's Tabell 4 and 6–11, one
    per part of the county) → one extra table with all rows, an "Område" label, the section each
    row came from ("Avsnitt") and, when the parts say so, "Kluster" (Röda/Orange). Needs at
    least two tables, and two value columns or the same label header (a lone "Antal" column
    is too common to mean the same thing). The parts stay as they are."""
    groups: dict[tuple, list[Table]] = {}
    for t in tables:
        if t.source_tables:
            continue
        vals = tuple(_norm_name(c.name) for c in t.value_columns)
        dims = tuple(sorted(_norm_name(c.name) for c in t.columns if c.role in ("dimension",)))
        if not vals or all(re.fullmatch(r"(?:kolumn\d+|värde)(?:\d+)?", v) for v in vals):
            continue  # names we made up say nothing about the columns being the same
        groups.setdefault((t.document, vals, dims), []).append(t)
    out: list[Table] = []
    for (document, vals, _dims), parts in groups.items():
        label_headers = {_norm_name(p.label_column) for p in parts}
        # Different label headers only go together when all name places/providers
        # ("Område", "Röda kluster"); "Leverantör" rows never mix with "Utbildningsinriktning".
        if len(label_headers) > 1 and (
            len(vals) < 2 or not all(_is_entity_header(p.label_column) or _kluster(p.label_column) for p in parts)
        ):
            subgroups: dict[str, list[Table]] = {}
            for p in parts:
                subgroups.setdefault(_norm_name(p.label_column), []).append(p)
            candidates = list(subgroups.values())
        else:
            candidates = [parts]
        for group in candidates:
            if len(group) >= 2:
                table = _consolidate_group(document, group, len(out) + 1)
                if _rows_named_once(table):
                    out.append(table)
    return out


def _rows_named_once(t: Table) -> bool:
    """Does each row of a consolidated table stand once under its label and dimensions? Two
    tables of the same years as rows and the same places as columns – Tabell 1 of shares, Tabell
    2 of merit values, under one heading – would give each year twice with nothing to tell the
    measures apart (round 228's merit values had been read as shares). Total rows aside: the
    county's row may close every part."""
    keys = [c.name for c in t.columns if c.role in ("label", "dimension")]
    body = t.frame.drop(index=list(t.total_rows), errors="ignore")
    return not body[keys].astype(str).duplicated().any()


def stack_group_sheets(tables: list[Table]) -> list[Table]:
    """Sheets of one workbook that are the same table for different groups of places (a sheet per
    sub-region – "Fyrbodal", "Sjuhärad" –, each with its municipalities and its own "Summa" row):
    one extra table with all rows and the sheet each row came from ("Avsnitt"), so that "hela
    länet" adds up every sheet's municipalities, not the first sheet's. The same columns by name
    and role, a label column naming places or providers, two sheets at least; sheets already
    stacked by their place or year are left to those stacks. The sheets stay as they are."""
    stacked = {i for t in tables for i in t.source_tables}
    groups: dict[tuple, list[Table]] = {}
    for t in tables:
        if not t.sheet or t.source_tables or t.id in stacked or not t.value_columns:
            continue
        if not (_is_entity_header(t.label_column) or is_geo_header(t.label_column)):
            continue
        shape = tuple((_norm_name(c.name), c.role) for c in t.columns)
        groups.setdefault((t.document, shape), []).append(t)
    out: list[Table] = []
    for (document, _shape), parts in groups.items():
        # (… each sheet of other places: sheets of the same places – per sex, per measure, per
        # year – are another split of the same rows, not parts of a whole)
        names = [_body_names(p) for p in parts]
        disjoint = all(not (a & b) for i, a in enumerate(names) for b in names[i + 1:]) and all(len(n) >= 2 for n in names)
        if len(parts) >= 2 and len({p.sheet for p in parts}) == len(parts) and disjoint:
            table = _consolidate_group(document, parts, len(out) + 1, by_sheet=True)
            out.append(replace(table, id=f"{document}#bladen-{len(out) + 1}"))
    return out


def _body_names(t: Table) -> set[str]:
    """The folded names of a table's rows that are no total."""
    totals = set(t.total_rows)
    return {fold(str(v)).strip() for i, v in enumerate(t.frame[t.label_column]) if i not in totals}


def _consolidate_group(document: str, parts: list[Table], k: int, by_sheet: bool = False) -> Table:
    label_name = parts[0].label_column if len({p.label_column for p in parts}) == 1 else "Område"
    value_cols = parts[0].value_columns
    dim_names = [c.name for c in parts[0].columns if c.role == "dimension"]
    frames, raws = [], []
    avsnitt, kluster = [], []
    total_rows: list[int] = []
    group_rows: list[int] = []
    offset = 0
    common = [s.strip() for s in _common_section(parts).split(">") if s.strip()]
    caption_parts = _caption_avsnitt(parts)
    for p, cap_av in zip(parts, caption_parts):
        sec_parts = [s.strip() for s in (p.section or "").split(">") if s.strip()]
        part_kluster = _kluster(p.label_column) or _kluster(p.caption) or next(
            (_kluster(s) for s in reversed(sec_parts) if _kluster(s)), ""
        )
        # the part's own heading ("Norra länsdelen"), else what its caption names, else the shared heading
        own = [s for s in sec_parts[len(common) :] if not _kluster(s)]
        plain_common = [s for s in common if not _kluster(s)]
        part_avsnitt = p.sheet if by_sheet else own[-1] if own else (cap_av or (plain_common[-1] if plain_common else (p.sheet or "")))
        n = len(p.frame)
        f = pd.DataFrame({label_name: p.frame[p.label_column].astype(str).values})
        r = pd.DataFrame({label_name: p.raw[p.label_column].astype(str).values})
        for d in dim_names:
            f[d] = p.frame[d].values
            r[d] = p.raw[d].values
        for vc, pvc in zip(value_cols, p.value_columns):
            f[vc.name] = p.frame[pvc.name].values
            r[vc.name] = p.raw[pvc.name].values
        frames.append(f)
        raws.append(r)
        avsnitt += [part_avsnitt] * n
        for lab in p.frame[p.label_column].astype(str):
            kluster.append(_kluster(lab) or part_kluster)
        total_rows += [offset + i for i in p.total_rows]
        group_rows += [offset + i for i in p.group_rows]
        offset += n
    frame = pd.concat(frames, ignore_index=True)
    raw = pd.concat(raws, ignore_index=True)
    extra: list[tuple[str, list[str]]] = []
    if any(avsnitt):
        extra.append(("Avsnitt", avsnitt))
    if any(kluster):
        extra.append(("Kluster", kluster))
    for pos, (name, vals) in enumerate(extra, start=1):
        frame.insert(pos, name, pd.Series(vals, dtype=object))
        raw.insert(pos, name, pd.Series(vals, dtype=object))
    # totals over the whole set: the county row (Tabell 2 "Örebro län") above the areas
    lab_col = _Col(name=label_name, raw=list(raw[label_name]), kind="text", role="label")
    lab_col.text = list(frame[label_name].astype(str))
    _mark_totals([lab_col], label_name)
    tset = set(lab_col.total_values)
    for p in parts:
        tset |= set(p.column(p.label_column).total_values)
    total_rows = sorted(set(total_rows) | {i for i, t in enumerate(lab_col.text) if t in tset})
    columns: list[Column] = [Column(label_name, "label", None, tuple(v for v in dict.fromkeys(lab_col.text) if v in tset))]
    columns += [Column(name, "dimension") for name, _ in extra]
    for d in dim_names:
        tv = tuple(dict.fromkeys(v for p in parts for v in p.column(d).total_values))
        columns.append(Column(d, "dimension", None, tv))
    for vc in value_cols:
        units = {p.column(pc.name).unit for p in parts for pc in p.value_columns if _norm_name(pc.name) == _norm_name(vc.name)}
        unit = vc.unit if len(units) == 1 else next((u for u in units if u), None)
        columns.append(Column(vc.name, "value", unit))
    pages = tuple(sorted({pg for p in parts for pg in ((p.pages or ()) + ((p.page,) if p.page is not None else ()))}))
    return Table(
        id=f"{document}#sammanstallning-{k}",
        document=document,
        page=pages[0] if pages else None,
        sheet=parts[0].sheet if len({p.sheet for p in parts}) == 1 else None,
        caption=_consolidated_caption(parts),
        frame=frame,
        raw=raw,
        columns=tuple(columns),
        label_column=label_name,
        total_rows=tuple(total_rows),
        group_rows=tuple(group_rows),
        section=_common_section(parts),
        notes=tuple(dict.fromkeys(n for p in parts for n in p.notes)),
        source_tables=tuple(p.id for p in parts),
        pages=pages,
    )


def _caption_avsnitt(parts: list[Table]) -> list[str]:
    """What each caption says beyond the others: "Tabell 8 Arbetskraft … i utsatta områden,
    Västra länsdelen, röda" → "Västra länsdelen" (kluster words and years dropped)."""
    segs = []
    for p in parts:
        m = _CAPTION_NO_RE.match(p.caption or "")
        rest = m.group(3) if m else (p.caption or "")
        segs.append([x.strip(" .") for x in rest.split(",") if x.strip(" .")])
    counts = Counter(x for ss in segs for x in set(ss))
    out = []
    for ss in segs:
        keep = [
            x for x in ss
            if counts[x] * 2 < len(parts) and not re.fullmatch(r"(?:röda?|orangea?|gula?|gröna?)(?:\s+kluster)?", x, re.I)
            and not re.fullmatch(r"(?:19|20)\d{2}(?:[-–/]\d{2,4})?", x)
        ]
        out.append(keep[-1] if keep and len(keep[-1].split()) <= 4 else "")
    return out


def _common_section(parts: list[Table]) -> str:
    split = [[s.strip() for s in (p.section or "").split(">") if s.strip()] for p in parts]
    common = []
    for items in zip(*split):
        if len(set(items)) == 1:
            common.append(items[0])
        else:
            break
    return " > ".join(common)


def _consolidated_caption(parts: list[Table]) -> str:
    nums, rests = [], []
    for p in parts:
        m = _CAPTION_NO_RE.match(p.caption or "")
        if m:
            nums.append(int(m.group(2)))
            rests.append(m.group(3).strip())
        else:
            rests.append((p.caption or "").strip())
    common = ""
    if rests and all(r == rests[0] for r in rests) and rests[0]:
        common = rests[0]
    else:
        words = [r.split() for r in rests]
        prefix = []
        for ws in zip(*words):
            if len(set(ws)) == 1:
                prefix.append(ws[0])
            else:
                break
        if len(prefix) >= 2:
            common = " ".join(prefix) + " …"
    if len(nums) == len(parts):
        head = f"Sammanställning av Tabell {_ranges(nums)}"
        return f"{head}: {common}" if common else head
    if common:
        return f"Sammanställning: {common}"
    names = list(dict.fromkeys(p.caption for p in parts if p.caption))
    return "Sammanställning av " + "; ".join(names[:4]) + (" …" if len(names) > 4 else "")




# ---------------------------------------------------------------- year sheets

_PERIOD_HEADER_RE = re.compile(r"^(?:år|year|period|tid|månad|kvartal|datum|date)\b", re.I)
YEAR_COLUMN = "År"


def _one_year(t: Table) -> int | None:
    """The one year a sheet is for: its sheet name's, else its caption's – None when it names
    none or several."""
    for text in (t.sheet or "", t.caption):
        years = set(years_in(text))
        if len(years) == 1:
            return next(iter(years))
        if years:
            return None
    return None


def _has_periods(t: Table) -> bool:
    """Does the sheet carry periods with their years (so the sheet's year is not its only one)?
    Months or quarters without a year ("januari" … "december" of the sheet "2023") do not."""
    for c in t.columns:
        if c.role not in ("label", "dimension"):
            continue
        vals = [v for v in t.frame[c.name].astype(str).unique()[:30] if v]
        yearless = bool(vals) and all(isinstance(k := period_key(v), tuple) and len(k) >= 2 and k[0] == 0 and k[1] for v in vals)
        if _PERIOD_HEADER_RE.match(c.name.strip()) and not yearless:
            return True
        if vals and all(period_year(v) is not None for v in vals):
            return True
    return False


_MONTH_YEAR_RE = re.compile(r"\b([a-zåäö]+)\.?\s+((?:19|20)\d\d)\b")
MONTH_COLUMN = "Månad"


def _one_month(t: Table) -> tuple[int, int] | None:
    """The one month a sheet is for ("jan 2025", "Lediga jobb …, februari 2025"): its sheet
    name's, else its caption's – None when it names none or several."""
    for text in (t.sheet or "", t.caption):
        found = {(int(y), MONTHS[m]) for m, y in _MONTH_YEAR_RE.findall(fold(text)) if m in MONTHS}
        if len(found) == 1:
            return next(iter(found))
        if found:
            return None
    return None


def _caption_without_period(caption: str) -> str:
    """A caption with its years and month names left out ("Tabell 1. Inskrivna …, oktober 2025" →
    "tabell1inskrivna…"): what two sheets of one table for different periods share."""
    folded = YEAR_IN_TEXT.sub(" ", fold(caption))
    folded = re.sub(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?", " ", folded)
    return _norm_name(folded)


def stack_year_sheets(tables: list[Table]) -> list[Table]:
    """Sheets of one workbook that are the same table for different years (sheets "2023" and
    "2024" with the same header, no period column of their own) → one extra table with the
    year as a column ("År"), so that "förändringen mellan 2023 och 2024" is one table's change
    over time. Sheets of one year's months ("jan 2025", "feb 2025") likewise get a month column
    ("Månad", "2025-01"). The sheets stay as they are."""
    from .shape import make_table

    groups: dict[tuple, list[tuple[int, Table]]] = {}
    for t in tables:
        if t.source_tables or _has_periods(t):
            continue
        year = _one_year(t)
        if year is None:
            continue
        # (the same columns in another order are the same header: a new template put "Män" before
        # "Kvinnor" on the 2024 sheet – the rows are read by column name)
        header = tuple(sorted(_norm_name(c.name) for c in t.columns))
        # (… and the same caption but for its period: "Tabell 1 … antal, oktober 2025" and "Tabell 2
        # … andel (%), oktober 2025" side by side on each sheet share a header, not a table)
        groups.setdefault((t.document, header, _caption_without_period(t.caption)), []).append((year, t))
    # a sheet whose caption is another group's with a note added after it ("Folkmängd …, 31 december
    # 2024 – Uttag 2025-02-21. Observera: …") is a sheet of that group, of another year
    for key in sorted(groups, key=lambda k: -len(k[2])):
        if len(groups[key]) != 1:
            continue
        base = next((
            k for k in groups if k != key and k[:2] == key[:2] and k[2] and key[2].startswith(k[2])
            and groups[key][0][0] not in {y for y, _ in groups[k]}
        ), None)
        if base is not None:
            groups[base].extend(groups.pop(key))
    out: list[Table] = []
    for (document, _header, _caption), items in groups.items():
        if len(items) < 2:
            continue
        years = [y for y, _ in items]
        months = [_one_month(t) for _, t in items]
        if len(set(years)) == len(years):
            items.sort(key=lambda x: x[0])
            column = YEAR_COLUMN
            periods = [str(y) for y, _ in items]
            span = f"{items[0][0]}–{items[-1][0]}"
            first = items[0][1]
            caption = YEAR_IN_TEXT.sub(span, first.caption, count=1) if YEAR_IN_TEXT.search(first.caption) else f"{first.caption}, {span}"
        elif all(months) and len(set(months)) == len(months):
            order = sorted(range(len(items)), key=lambda k: months[k])
            items = [items[k] for k in order]
            months = [months[k] for k in order]
            column = MONTH_COLUMN
            periods = [f"{y}-{m:02d}" for y, m in months]
            (y0, m0), (y1, m1) = months[0], months[-1]
            span = f"{MONTH_NAMES[m0]} {y0}–{MONTH_NAMES[m1]} {y1}" if y0 != y1 else f"{MONTH_NAMES[m0]}–{MONTH_NAMES[m1]} {y1}"
            first = items[0][1]
            m = _MONTH_YEAR_RE.search(first.caption.lower())
            found = m is not None and m.group(1) in MONTHS
            caption = (first.caption[: m.start()] + span + first.caption[m.end():]) if found else f"{first.caption}, {span}"
        else:
            continue
        names = [c.name for c in first.columns]
        rows: list[list[object]] = []
        for period, (_year, t) in zip(periods, items):
            frame = t.frame
            for i in range(len(frame)):
                rows.append([period] + [None if pd.isna(v) else v for v in (frame.iloc[i][n] for n in names)])
        table_id = f"{document}#{column.lower()}-{span}"
        while any(t.id == table_id for t in out):  # (two tables of the same sheets: "…-2")
            table_id = f"{document}#{column.lower()}-{span}-{sum(t.id.startswith(f'{document}#{column.lower()}-{span}') for t in out) + 1}"
        table = make_table(
            [column, *names], rows, table_id=table_id, document=document, caption=caption,
            section=first.section, notes=first.notes,
        )
        # each row cites the sheet it came from by its place in the frame: every row must be kept
        if table is not None and len(table.frame) == sum(len(t.frame) for _, t in items):
            out.append(replace(table, source_tables=tuple(t.id for _, t in items)))
    return out


def _place_of_sheet(t: Table, homographs: bool = False) -> str | None:
    """The place one sheet is about: its name when that names a municipality or a county
    ("Ragunda", "Östersund", "Jämtlands län"), as the sheet writes it; None otherwise. With
    ``homographs`` also the names that are everyday words ("Åre", "Berg")."""
    from ..swedish import municipality_of
    from .cells import is_county

    name = (t.sheet or "").strip()
    if not name:
        return None
    if municipality_of(name, homographs) is not None or is_county(name):
        return name
    # (a sheet named by an abbreviation – "E-tuna", "K-holm", "Vgkr" – whose title names its one
    # municipality: "Kommunblad 2021–2023: Eskilstuna kommun")
    named = {m for w in words(t.caption) if len(w) > 2 and (m := municipality_of(w)) is not None}
    return municipality_name(next(iter(named))) if len(named) == 1 else None


def _common_caption(captions: list[str]) -> str:
    """The words every caption begins with ("Kommunfakta – Ragunda kommun …", "Kommunfakta – Bräcke
    kommun …" → "Kommunfakta"), without a dangling dash or comma."""
    split = [c.split() for c in captions]
    common: list[str] = []
    for parts in zip(*split):
        if len(set(parts)) != 1:
            break
        common.append(parts[0])
    return " ".join(common).rstrip(" –-,:;")


def stack_place_sheets(tables: list[Table]) -> list[Table]:
    """Sheets of one workbook that are the same table for different places (a sheet per
    municipality, "Ragunda", "Bräcke" …, each with the same header and no place column of its
    own) → one extra table with the place as a column ("Kommun"), so that "vilken kommun hade
    högst arbetslöshet" ranks the places and "summera alla kommuner" adds them up. The sheets
    stay as they are."""
    from .shape import make_table

    groups: dict[tuple, list[Table]] = {}
    for t in tables:
        if t.source_tables or t.sheet is None:
            continue
        groups.setdefault((t.document, tuple(_norm_name(c.name) for c in t.columns)), []).append(t)
    out: list[Table] = []
    for (document, _header), items in groups.items():
        # (every sheet a place – "Åre" and "Berg" too, everyday words, among sheets most of
        # which name places beyond doubt)
        places = [_place_of_sheet(t, homographs=True) for t in items]
        sure = sum(_place_of_sheet(t) is not None for t in items)
        if len(items) < 2 or None in places or 2 * sure <= len(items) or len(set(map(fold, places))) != len(places):
            continue
        first = items[0]
        if any(is_geo_header(c.name) for c in first.columns if c.role in ("label", "dimension")):
            continue  # (a sheet that lists places of its own is no sheet about one place)

        column = "Län" if all(is_county(p) for p in places) else "Kommun"
        names = [c.name for c in first.columns]
        rows: list[list[object]] = []
        for place, t in zip(places, items):
            frame = t.frame
            for i in range(len(frame)):
                rows.append([place] + [None if pd.isna(v) else v for v in (frame.iloc[i][n] for n in names)])
        prefix = _common_caption([t.caption for t in items]) or re.sub(r"[_-]+", " ", document.rsplit("/", 1)[-1].rsplit(".", 1)[0])
        caption = f"{prefix}, per {column.lower()} ({len(places)} blad)"
        notes = tuple(dict.fromkeys(n for t in items for n in t.notes))
        table = make_table([column, *names], rows, table_id=f"{document}#{column.lower()}-alla-blad", document=document,
                           caption=caption, section=first.section, notes=notes)
        # each row cites the sheet it came from by its place in the frame: every row must be kept
        if table is not None and len(table.frame) == sum(len(t.frame) for t in items):
            out.append(replace(table, source_tables=tuple(t.id for t in items)))
    return out
