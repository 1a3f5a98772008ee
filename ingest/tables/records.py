"""records: a register exported as records of two kinds in one list – a participant's row ("P")
followed by rows of their activities ("I") that leave the participant's columns blank – read as
the two tables it holds.

Read as one table, such a list counts a participant's activities under no municipality (their
rows have none) and a column that means one thing on one kind of row and another on the other
("Avslutsorsak/Insats") mixes reasons for leaving with activities: "vilken insats är vanligast i
Skövde" had no answer that was not wrong (round 222). Each kind of row becomes a table of its
own; a row of the second kind takes the columns it leaves blank from the row of the first kind
above it (the participant it belongs to), and a header that names one meaning per kind
("Avslutsorsak/Insats", "Inskriven/Start") is named by its own part in each."""
from __future__ import annotations

import re

import pandas as pd

from ..model import Table
from .cells import blank, or_none

# a record type as such exports write it: a letter or two, or a digit ("P", "I", "H", "D", "01")
_TYPE = re.compile(r"^[A-Za-zÅÄÖåäö]{1,2}\d?$|^\d{1,2}$")
# of a kind's rows, this share at least must fill a column for it to be the kind's
_FILLED = 0.5


def _type_column(raw: pd.DataFrame) -> str | None:
    """The column that says each row's kind: the first column, two or three short codes, every row
    one, the first row's kind followed by runs of another."""
    if raw.empty or len(raw) < 4:
        return None
    first = raw.columns[0]
    values = [str(v).strip() for v in raw[first]]
    kinds = list(dict.fromkeys(values))
    if not 2 <= len(kinds) <= 3 or not all(_TYPE.match(k) for k in kinds):
        return None
    return first


def split_record_types(t: Table) -> list[Table]:
    """``t`` as the tables of its kinds of records, or ``[t]`` when it is no such list."""
    from .shape import make_table

    raw = t.raw
    kind_col = _type_column(raw)
    if kind_col is None:
        return [t]
    kinds = [str(v).strip() for v in raw[kind_col]]
    order = list(dict.fromkeys(kinds))
    parent = order[0]
    columns = [c for c in raw.columns if c != kind_col]
    # (each column's share of filled cells per kind, every cell read once)
    shares = (~raw[columns].map(blank)).groupby(pd.Series(kinds, index=raw.index)).mean()
    filled = {k: {c: float(shares.at[k, c]) for c in columns} for k in order}
    # the parent's own columns: those every other kind leaves blank
    own = [c for c in columns if filled[parent][c] >= _FILLED and all(filled[k][c] == 0 for k in order[1:])]
    if len(own) < 2 or any(kinds.count(k) < 2 for k in order):
        return [t]
    out: list[Table] = []
    parts = {c: [p.strip() for p in str(c).split("/")] for c in columns}
    for n, k in enumerate(order):
        mine = [c for c in columns if filled[k][c] > 0 or (k != parent and c in own)]
        names = [parts[c][n] if len(parts[c]) == len(order) and all(parts[c]) else str(c) for c in mine]
        rows: list[list[object]] = []
        above: dict[str, object] = {}
        for kind, (_, cells) in zip(kinds, raw.iterrows(), strict=True):
            if kind == parent:
                above = {c: or_none(cells[c]) for c in own}
            if kind != k:
                continue
            rows.append([above.get(c) if (k != parent and c in own) else or_none(cells[c]) for c in mine])
        said = [names[j] for j, c in enumerate(mine) if len(parts[c]) == len(order)]
        # (the first kind keeps the register's title: it is the register's own list)
        caption = f"{t.caption} – {', '.join(said)}" if said and k != parent else t.caption
        note = (
            f"Registret har {len(order)} slags rader (”{kind_col}” = {', '.join(order)}); den här tabellen är raderna med "
            f"”{kind_col}” = {k}"
            + (f", var och en med {', '.join(own)} från raden med ”{kind_col}” = {parent} ovanför." if k != parent else ".")
        )
        table = make_table(names, rows, table_id=f"{t.id}~{k}", document=t.document, caption=caption,
                           page=t.page, sheet=t.sheet, section=t.section, notes=(*t.notes, note))
        if table is None:
            return [t]
        out.append(table)
    return out
