"""From header + rows (CSV, XLSX or PDF) to a ``Table`` with parsed numbers and known roles.

``make_table`` is the one place where cells become a statistics table:

- header texts are cleaned ("Utrikes-\\nfödda" → "Utrikesfödda"), empty ones named, duplicates
  numbered;
- every column gets a role: "value" (most cells parse as numbers, using the decimal separator
  the whole column implies), "code" (ids kept as text: "0114", "00", "2021"), "dimension"
  (År, Månad, Kön, Ålder…), "label" (the column naming each row's entity) or "text";
- sparse labels (PxWeb: the region only on the first row of its group) are filled downwards,
  an unlabelled sum row at the bottom becomes "Summa";
- wide period columns ("1991".."2015", "2006 Kvinnor", "200701", "2020M01") are melted to
  long form with a "Period" dimension;
- units come from the header ("antal", "(%)", "tkr", "Sjukpenningtal" → "dagar") or the cells;
- total rows (Summa, Totalt, Riket, "Kvinnor och män", the county above its kommuner…) are marked.

``consolidate`` offers tables of one document with the same value columns as one table.

Modules: ``cells`` (cell/header text and the vocabulary of periods, places and totals),
``header`` (multi-row headers), ``columns`` (typing, units, names of one column), ``shape``
(``make_table``), ``consolidate``. The search texts of a table live in ``index/passages.py``.
"""
from .cells import (
    SMALL_TABLE_ROWS,
    blank,
    cell_text,
    clean_text,
    county_root,
    is_county,
    is_geo_header,
    is_measure_header,
    is_period_header,
    is_period_like,
    is_subtotal_label,
    is_total_label,
    numberish,
    uncoded,
)
from .columns import unit_from_text
from .consolidate import consolidate
from .header import combine_header_rows
from .shape import make_table

__all__ = [
    "SMALL_TABLE_ROWS",
    "blank",
    "cell_text",
    "clean_text",
    "combine_header_rows",
    "consolidate",
    "county_root",
    "is_county",
    "is_geo_header",
    "is_measure_header",
    "is_period_header",
    "is_period_like",
    "is_subtotal_label",
    "is_total_label",
    "make_table",
    "numberish",
    "uncoded",
    "unit_from_text",
]
