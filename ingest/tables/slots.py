"""slots: a JSON answer flattened into columns ("values.0.gender", "values.0.value",
"values.1.gender" …, as pandas' json_normalize or a Kolada API export writes a list of values)
read back as the rows it was – one per item of the list.

Read as columns, an item's place in the list says nothing (Kolada's women, men and total stand in
slots 0–2 in another order on every row), yet each slot was a column of its own: "values.0.value"
held women on one row and the total on the next, and no question found the women's figure
(round 222)."""
from __future__ import annotations

import re

from ..model import Table
from .cells import or_none

# a flattened list item's field: "values.0.gender", "data.12.value"
_SLOT = re.compile(r"^(?P<list>[^.]+(?:\.[^.\d][^.]*)*)\.(?P<n>\d+)\.(?P<field>[^.]+)$")


def unnest_slots(t: Table) -> Table:
    """``t`` with each flattened list ("values.N.field" for N = 0, 1 …, the same fields in every
    slot) made rows again: a row per filled slot, its fields as columns named by the field, the
    row's other columns repeated; ``t`` itself when it has no such list."""
    from .shape import make_table

    raw = t.raw
    slots: dict[str, dict[int, dict[str, str]]] = {}
    for c in raw.columns:
        m = _SLOT.match(str(c))
        if m:
            slots.setdefault(m.group("list"), {}).setdefault(int(m.group("n")), {})[m.group("field")] = c
    lists = {name: s for name, s in slots.items() if len(s) >= 2 and len({tuple(sorted(f)) for f in s.values()}) == 1}
    if len(lists) != 1:
        return t
    name, items = next(iter(lists.items()))
    fields = sorted(next(iter(items.values())), key=lambda f: list(raw.columns).index(items[min(items)][f]))
    in_slots = {c for item in items.values() for c in item.values()}
    others = [c for c in raw.columns if c not in in_slots]
    taken = {str(c) for c in others}
    names = [str(c) for c in others] + [f if f not in taken else f"{name}.{f}" for f in fields]
    rows: list[list[object]] = []
    for _, cells in raw.iterrows():
        for n in sorted(items):
            values = [or_none(cells[items[n][f]]) for f in fields]
            if all(v is None for v in values):
                continue
            rows.append([or_none(cells[c]) for c in others] + values)
    note = (
        f"Kolumnerna ”{name}.0.…” till ”{name}.{max(items)}.…” är en lista per rad (ett utplattat JSON-svar); "
        f"varje ifylld post är här en rad med {', '.join(f'”{f}”' for f in fields)}."
    )
    table = make_table(names, rows, table_id=t.id, document=t.document, caption=t.caption, page=t.page, sheet=t.sheet,
                       section=t.section, notes=(*t.notes, note))
    return table if table is not None else t
