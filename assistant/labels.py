"""Row labels and measure names as people read them.

Statistics exports name rows the way their database keys them ("Örebro_Västhaga-Solhaga",
"Samtliga_16-64_år") and often put the unit in the column name already ("Andel (%)"). The
app, the meeting brief and the statistics engine show them through these two functions, so
a label reads the same everywhere and a unit is never printed twice.

    display_label("Örebro_Västhaga-Solhaga")            → "Västhaga-Solhaga (Örebro)"
    display_label("Karlskoga_Karlskoga västra tätort")  → "Karlskoga västra tätort"
    display_label("Samtliga_16-64_år")                  → "Samtliga 16-64 år"
    display_label("20 Dalarnas län")                    → "Dalarnas län"  (a region code dropped)
    measure_label("Andel (%)", "%")                     → "Andel (%)"
    measure_label("Sjuka/arbetskraft", "%")             → "Sjuka/arbetskraft (%)"
"""
from __future__ import annotations

import re

from ingest.swedish import MONTHS, fold, municipality_name, municipality_written, says

# Words that say the unit already when a measure name contains them.
_UNIT_WORDS = {
    "%": ("%", "procent", "andel", "procentenheter"),
    "andel": ("andel", "%", "procent"),
    "antal": ("antal",),
    "dagar": ("dagar",),
    "kr": ("kr", "kronor"),
    "tkr": ("tkr", "tusentals kronor"),
    "mkr": ("mkr", "miljoner kronor"),
}
_PAREN = re.compile(r"\s*\(([^()]*)\)")


def display_label(label: str) -> str:
    """A row label without its export prefix: the name first, the group it belongs to after it."""
    text = re.sub(r"\s+", " ", str(label)).strip()
    m = re.fullmatch(r"\d{1,6}\s+(\D.*)", text)
    # "20 Dalarnas län", "0114 Upplands Väsby": the code is the export's key, not the name –
    # but in "2014 Januari" the number is the year, and in "0 anställda", "65 år" a quantity (a
    # name after a code starts with a capital)
    if m and fold(m.group(1)).split()[0] not in MONTHS and m.group(1)[:1].isupper():
        text = m.group(1)
    if re.fullmatch(r"[A-ZÅÄÖÉÜ][A-ZÅÄÖÉÜ \-]{2,}", text) and (found := municipality_written(text)):
        # "BORÅS", "UPPLANDS VÄSBY": a register's municipality in capitals, as a reader writes it
        return municipality_name(found)
    if "_" not in text:
        return text
    parts = [p.strip() for p in text.split("_") if p.strip()]
    if not parts:
        return text.replace("_", " ").strip()
    # "Samtliga_16-64_år", "Kvinnor_och_män": underscores standing for spaces.
    if len(parts) == 1 or any(not p[:1].isupper() for p in parts[1:]):
        return " ".join(parts)
    name, groups = parts[-1], parts[:-1]
    # "Karlskoga_Karlskoga västra tätort": the group is already in the name.
    groups = [g for g in groups if g.lower() not in name.lower()]
    unique: list[str] = []
    for g in groups:
        if g not in unique:
            unique.append(g)
    return f"{name} ({', '.join(unique)})" if unique else name


def measure_label(metric: str, unit: str | None) -> str:
    """The measure's name with its unit once: "Sjuka/arbetskraft (%)", "Andel (%)", "Antal"."""
    name = re.sub(r"\s+", " ", str(metric or "")).strip()
    # "Andel (%) (%)" from an earlier step: drop repeated parentheses.
    seen: set[str] = set()

    def dedupe(m: re.Match) -> str:
        key = m.group(1).strip().lower()
        if key in seen:
            return ""
        seen.add(key)
        return m.group(0)

    name = _PAREN.sub(dedupe, name).strip()
    if not unit:
        return name
    if not name:
        return unit
    lowered = name.lower()
    words = _UNIT_WORDS.get(unit.lower(), (unit.lower(),))
    if unit.lower() in ("%", "andel") and lowered.endswith(("%", "(%)")):
        return name
    if any(says(lowered, w) for w in words):
        return name
    return f"{name} ({unit})"


def relabel(text: str, labels) -> str:
    """``text`` with each of ``labels`` (export names the engine wrote into it) replaced by its
    display label, longest first so "Örebro_Vivalla" is not cut by a shorter name."""
    for label in sorted({str(x) for x in labels if "_" in str(x)}, key=len, reverse=True):
        text = text.replace(label, display_label(label))
    return text
