"""A register's municipalities written several ways ("Nyköping", "NYKÖPING", "Nykoping",
"Nyköpings kommun", "Nyköping ") are one place: each such cell is read as the municipality's name,
so that a count, a filter and a group-by see one Nyköping. The raw cells keep what was typed, and a
note says which spellings were read as one."""
from __future__ import annotations

from dataclasses import replace

import pandas as pd

from ..model import Table
from ..swedish import municipality_name, municipality_written
from .cells import county_written_plain, is_county, is_total_label

# of a column's distinct values, this share at least must be municipalities for it to be a
# column of places (a free-text column naming one place now and then is left as it is)
_PLACE_SHARE = 0.8
# Sweden's 290 municipalities, each typed a few ways, stay far below this many distinct values
_MOST_SPELLINGS = 2000


def merge_place_spellings(t: Table) -> Table:
    """``t`` with the cells of each column of municipalities written as the municipality's name,
    when some municipality is written in two ways or more and the table repeats its places (a
    register, a long table); ``t`` itself otherwise. A table of one row per place is left alone:
    "Malmö" beside "Malmö stad" there would be two rows of their own."""
    frame = t.frame
    changed: dict[str, dict[str, str]] = {}
    for c in t.columns:
        if c.role == "value" or c.name not in frame.columns:
            continue
        cells = frame[c.name]
        texts = cells.dropna().astype(str)
        distinct = [v for v in texts.unique() if v.strip()]
        if not 2 <= len(distinct) <= _MOST_SPELLINGS:
            continue  # (a column of ids or free text: no place column, and not read value by value)
        place = {v: municipality_written(v) for v in distinct}
        known = {v: p for v, p in place.items() if p is not None}
        # (the county and the country among the municipalities are places of the column too:
        # seven municipalities beside "VASTERNORRLANDS LAN" and "RIKET")
        wider = {v for v in distinct if v not in known and (is_county(v) or is_total_label(v, geographic=True))}
        if len(known) + len(wider) < _PLACE_SHARE * len(distinct) or not known:
            continue
        counties = {v: name for v in wider if (name := county_written_plain(v)) is not None}
        spellings: dict[str, set[str]] = {}
        for v, p in known.items():
            spellings.setdefault(p, set()).add(v)
        # (a name typed without its Swedish letters, "SODERHAMN " for Söderhamn, is no other place
        # either – in a table of one row per place too: its "å", "ä" and "ö" were only left out)
        unaccented = {
            v: municipality_name(p) for v, p in known.items() if v.isascii() and not municipality_name(p).isascii()
        }
        if unaccented:
            unaccented |= {v: name for v, name in counties.items() if not name.isascii()}
        if not unaccented and (not any(len(s) > 1 for s in spellings.values()) or not texts.duplicated().any()):
            continue
        mapping = {v: municipality_name(p) for v, p in known.items() if len(spellings[p]) > 1 and v != municipality_name(p)} | unaccented
        if mapping:
            changed[c.name] = mapping
    if not changed:
        return t
    frame = frame.copy()
    notes = list(t.notes)
    for name, mapping in changed.items():
        frame[name] = frame[name].map(lambda v, m=mapping: m.get(str(v), v) if not pd.isna(v) else v)
        by_place: dict[str, list[str]] = {}
        for v, p in mapping.items():
            by_place.setdefault(p, []).append(v)
        example = max(by_place, key=lambda p: (len(by_place[p]), p))
        written = ", ".join(f"”{v.strip() or v}”" for v in sorted(by_place[example]))
        how = "utan å, ä och ö" if all(v.isascii() and not p.isascii() for v, p in mapping.items()) else "på flera sätt"
        whose = "orters" if any(is_county(p) for p in by_place) else "kommuners"
        many = f"{len(by_place)} {whose} namn skrivna {how}; de räknas" if len(by_place) > 1 else f"en kommuns namn skrivet {how}; det räknas"
        notes.append(f"I kolumnen ”{name}” är {many} som {'ortens' if whose == 'orters' else 'kommunens'} namn (t.ex. {written} som {example}).")
    return replace(t, frame=frame, notes=tuple(notes))
