"""A form set out in two columns without rulings: labels down the left, values beside them.

The first page of Swedish minutes is one ("Plats och tid", "Beslutande", "Övriga deltagare",
"Utses att justera", "Sekreterare" … each with its values in a column to the right, a value
often running over several lines, a label sometimes wrapped: "Ej tjänstgörande" / "ersättare").
Read as text lines it became one run of labels and names ("… Karin Josefsson (L) Britt-Marie
Kuylenstierna (MP) … Ej tjänstgörande ersättare Dimitrios …"), where no quote tells who chaired
or where the meeting was held. Here each label and its values become one line "Label: value,
value", the way a ruled form's rows are read (``reader._label_value_rows``).

    fields, used = find_form(page.lines, skip)

A form is found where at least ``MIN_FIELDS`` lines hold a short label and, a column's width of
white space to its right, a value – the values of all of them starting at one x – and every
line starting at the labels' x in between is a short label too (a page of prose in two columns
has long lines there).
"""
from __future__ import annotations

import re
from collections import Counter

from ..numbers import parse_number
from .page import Line

MIN_FIELDS = 3
_X_TOLERANCE = 4.0  # points: pieces starting this close stand in one column
_MAX_LABEL_WORDS = 5
_MAX_LABEL_CHARS = 40
_MAX_GAP = 5.0  # line heights of white space a form's fields may stand apart
_MAX_LABEL_SHARE = 0.4  # of the text's width: a label column is narrow, a form's values take the rest


_LEADER_RUN = re.compile(r"(?:[.…_]\s?){4,}")


def _label_like(text: str) -> bool:
    # (a minutes' list of its items, "§ 41" beside "Information och överläggningar", is a list of
    # headings, no form)
    return (
        0 < len(text) <= _MAX_LABEL_CHARS
        and not text.startswith("§")
        and len(text.split()) <= _MAX_LABEL_WORDS
        and not text.endswith((".", "!", "?", ","))
        and parse_number(text) is None
    )


def find_form(lines: list[Line], skip: set[int] = frozenset()) -> tuple[list[str], set[int]]:
    """The fields of a two-column form among ``lines`` (not those in ``skip``) as lines "Label:
    value, value", in reading order, and the indices of the lines they replace; ([], set())
    when the lines hold no such form."""
    # the value column: where the second piece of label-and-value lines starts
    split = {k: ln.pieces() for k, ln in enumerate(lines) if k not in skip}
    pairs = [(lines[k], ps[1][0]) for k, ps in split.items() if len(ps) >= 2 and _label_like(ps[0][1])]
    if len(pairs) < MIN_FIELDS:
        return [], set()
    vx, n = Counter(round(x / _X_TOLERANCE) for _, x in pairs).most_common(1)[0]
    if n < MIN_FIELDS:
        return [], set()
    pairs = [(ln, x) for ln, x in pairs if abs(x / _X_TOLERANCE - vx) <= 1]
    lx, _ = Counter(round(ln.x0 / _X_TOLERANCE) for ln, _ in pairs).most_common(1)[0]
    pairs = [(ln, x) for ln, x in pairs if abs(ln.x0 / _X_TOLERANCE - lx) <= 1]
    if len(pairs) < MIN_FIELDS:
        return [], set()
    value_x = min(x for _, x in pairs)
    label_x = min(ln.x0 for ln, _ in pairs)
    height = sorted(ln.bottom - ln.top for ln, _ in pairs)[len(pairs) // 2] or 10.0
    size = sorted(ln.size for ln, _ in pairs)[len(pairs) // 2]
    right = max(ln.x1 for k, ln in enumerate(lines) if k not in skip)
    if value_x - label_x > _MAX_LABEL_SHARE * (right - label_x):
        return [], set()  # two columns of a page's width each (two parties' signatures), no labels beside values

    # (… and each line at the labels' x split where a word starts at the values' x: a label that
    # runs up to its value, "Justeringens plats och tid Kommunhuset, 2026-11-23 kl. 10.00")
    pieces = [
        (k, x, text, lines[k]) for k, ps in split.items()
        for x, text in (lines[k].pieces(value_x) if abs(lines[k].x0 - label_x) <= _X_TOLERANCE else ps)
    ]

    def column(x: float) -> str:
        if abs(x - label_x) <= _X_TOLERANCE:
            return "label"
        if abs(x - value_x) <= _X_TOLERANCE:
            return "value"
        return "other"

    # the form's extent: from its first label-and-value line down, while pieces stand in its
    # columns with no more than _MAX_GAP line heights between them and every label is short
    ordered = sorted(pieces, key=lambda p: (round(p[3].top), p[1]))
    start = min(ln.top for ln, _ in pairs) - 1.0
    chosen: list[tuple[int, float, str, Line]] = []
    last_bottom = None
    for p in ordered:
        k, x, text, ln = p
        if ln.top < start:
            continue
        if last_bottom is not None and ln.top - last_bottom > _MAX_GAP * height:
            break
        kind = column(x)
        if kind == "label" and (not _label_like(text) or ln.size > size + 0.5):
            break  # prose or a heading under the form
        if kind == "other" and (x < value_x or not any(abs(c[3].top - ln.top) < 0.5 * height for c in chosen)):
            break  # (a third column's piece stands level with a field: "Paragrafer §§41-49"; a page number does not)
        chosen.append(p)
        last_bottom = max(last_bottom or 0.0, ln.bottom)
    # every piece of a chosen line must be in the form; a line half in it ends the form there
    used = {k for k, *_ in chosen}
    if any(pk in used and not any(pk == c[0] and px == c[1] for c in chosen) for pk, px, _, _ in pieces):
        return [], set()
    labels = [c for c in chosen if column(c[1]) == "label"]
    if len(labels) < MIN_FIELDS:
        return [], set()

    fields: list[list] = []  # [label, [values], top, [pieces of their own beside it]]
    for _k, x, text, ln in sorted(chosen, key=lambda c: (c[3].top, c[1])):
        kind = column(x)
        if kind == "label":
            if fields and text[:1].islower() and ln.top - fields[-1][2] <= 1.5 * height:
                fields[-1][0] = f"{fields[-1][0]} {text}"  # a wrapped label ("Ej tjänstgörande" / "ersättare")
                fields[-1][2] = ln.top
            else:
                fields.append([text, [], ln.top, []])
        elif kind == "value" and fields:
            fields[-1][1].append((text, ln.x1 if text == ln.pieces()[-1][1] else x, x))
        elif fields:
            fields[-1][3].append(text)  # a third column's piece ("Paragrafer §§41-49"): a line of its own
    figures = sum(1 for _, values, _, _ in fields if values and all(parse_number(v) is not None for v in values))
    others = [x for *_, own in fields for x in own]
    if figures > len(fields) / 2 or len(others) > len(fields) / 2 or any(parse_number(x) is not None for x in others):
        return [], set()  # a table set without rulings (figures, or marks in columns of their own), not a form
    widest = max((x1 for _, values, _, _ in fields for _, x1, _ in values), default=right)
    out = []
    for label, values, _, own in fields:
        value, end, width = "", 0.0, 0.0
        # (items that hold commas themselves – "Karin Wester, förvaltningschef" – are parted by
        # semicolons)
        sep = "; " if any("," in v.rstrip(",") for v, _, _ in values) else ", "
        for v, x1, x0 in values:
            v = _LEADER_RUN.sub(" ", v).strip()
            if not v:
                continue  # a signature's dotted line
            # a value's lines are items ("Thomas Thim (M)" / "Camilla Stensson (S)"), unless its
            # text wrapped – this line's first word would not have fitted after the line before –
            # or goes on in lower case
            # (an item closed by a bracket, a figure or a full stop is one whole: "… Julin (S)")
            wrapped = bool(value) and end + width * (len(v.split()[0]) + 1) > widest and not re.search(r"[)\d.]$", value)
            joined = not value or wrapped or v[:1].islower() or value.endswith((",", "-", "–"))
            value = f"{value} {v}" if joined else f"{value}{sep}{v}"
            end, width = x1, (x1 - x0) / max(len(v), 1)
        value = value.strip()
        out.append(f"{label}: {value}" if value else label)
        out.extend(own)
    return out, used
