"""Row labels as a person reads them: export prefixes and codes dropped.

    display_label("Örebro_Västhaga-Solhaga") → "Västhaga-Solhaga (Örebro)"
    display_label("20 Dalarnas län")         → "Dalarnas län"
    display_label("0114 Upplands Väsby")     → "Upplands Väsby"
"""
from __future__ import annotations

import re


def display_label(label: str) -> str:
    s = str(label).strip()
    m = re.fullmatch(r"\d{1,6}\s+(\D.*)", s)
    if m:
        s = m.group(1).strip()
    if "_" in s:
        head, _, tail = s.partition("_")
        head, tail = head.strip(), tail.replace("_", " ").strip()
        if head and tail:
            return f"{tail} ({head})"
        return (head or tail).strip()
    return s
