"""Plain data that crosses module boundaries. Provenance travels with every piece."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from errors import IngestError  # noqa: F401 - re-exported: every reader raises it

# The heading each message of an e-mail thread is given, its sender after it ("Meddelande från
# Mikael Sjöberg, den 5 december 2025 10:47"): written by ingest, read by the answerer.
MESSAGE_HEADING = "Meddelande från "


@dataclass(frozen=True)
class Document:
    path: str  # relative to the knowledge folder, with forward slashes
    sha256: str
    kind: str  # "pdf" | "docx" | "txt" | "md" | "csv" | "xlsx"
    title: str
    pages: int  # 0 for files without pages (CSV/XLSX/TXT)
    author: str = ""  # from metadata, the title page or a running header ("Fredrik Jönsson")
    organisation: str = ""  # who published it ("Region Örebro län")
    date: str = ""  # ISO date when known ("2025-10-07"), else as written


@dataclass(frozen=True)
class Chunk:
    id: str
    document: str  # Document.path
    page_start: int | None  # 1-based; None for files without pages
    page_end: int | None
    section: str  # heading path, " > " separated ("Bilaga 1 > Örebro")
    text: str
    kind: str = "text"  # "text" | "table"
    table_id: str | None = None  # set when kind == "table"


@dataclass(frozen=True)
class Column:
    """One column of a statistics table.

    role: "label"     – the column naming each row's entity (area, provider, län…)
          "dimension" – another categorical column of a long table (kön, ålder, period…)
          "value"     – numeric, parsed to float
          "code"      – identifiers kept as text ("0114", "20"), never summed
          "text"      – free text that is neither of the above
    total_values: for label/dimension columns, the values that mean "all of them"
          ("Riket", "Sverige", "Kvinnor och män", "Samtliga 16-64 år", "Summa"…).
    """

    name: str
    role: str
    unit: str | None = None  # "%", "antal", "dagar", "tkr", "kr", "andel", … (value columns)
    total_values: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Table:
    """A statistics table with parsed numbers.

    frame: one row per observation. Value columns are float (NaN = missing); label,
           dimension, code and text columns are str. Index is a RangeIndex.
    raw:   same shape, index and columns as ``frame`` with the cell text as the source
           wrote it ("10,85%", "1 711") — used to keep the source's precision.
    total_rows: positional indices of rows that are totals of the label column
           (Summa, Totalt, Riket, the county itself…); rankings leave them out.
    """

    id: str
    document: str  # Document.path
    page: int | None  # 1-based page for PDF tables, None for CSV/XLSX
    sheet: str | None
    caption: str
    frame: pd.DataFrame
    raw: pd.DataFrame
    columns: tuple[Column, ...]
    label_column: str
    total_rows: tuple[int, ...] = ()
    # rows that add up the rows printed under them (a group's subtotal: "2 Yrken med krav …" over
    # its occupations); among total_rows, but no total of the whole table
    group_rows: tuple[int, ...] = ()
    section: str = ""  # heading path where the table stands in its document
    notes: tuple[str, ...] = ()  # "Källa: …", "Anm.: …" lines
    source_tables: tuple[str, ...] = ()  # for consolidated tables: ids of the parts
    pages: tuple[int, ...] = field(default=())  # all pages a consolidated table spans

    @property
    def page_span(self) -> str:
        """The page a table stands on, or the pages it runs over ("1–2"), as cited."""
        last = max(self.pages) if self.pages else self.page
        return f"{self.page}–{last}" if self.page and last and last > self.page else str(self.page or "")

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    @property
    def value_columns(self) -> list[Column]:
        return [c for c in self.columns if c.role == "value"]

