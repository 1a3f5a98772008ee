"""Rows that the document says are aggregates of several areas ("Norra länsdelens aggregerade
orangea kluster"), so that an answer never presents such a row as one place.

A figure's row is an aggregate when a sentence of its own document names the row (all of its
distinctive words, inflected: "orange kluster" ~ "orangea kluster") together with a word of
aggregation from the lexicon (``aggregation`` in lexicon.json: "aggregerade", "sammanslagna",
"består av" …). The answer then says so, citing the page.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.clean import split_sentences
from ingest.model import Chunk
from ingest.swedish import STOPWORDS, fold, words

from ..answer import Figure
from ..labels import display_label
from .form import lexicon
from .profile import Profile


@lru_cache(maxsize=1)
def _aggregation() -> re.Pattern:
    items = sorted((fold(w) for w in lexicon().get("aggregation", [])), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in items) + r")", re.I) if items else re.compile(r"(?!)")


def _stems(label: str) -> list[str]:
    """The row name's distinctive words, cut to a prefix that survives inflection."""
    out = []
    for w in words(display_label(label)):
        if w in STOPWORDS or len(w) < 4 or w.isdigit():
            continue
        out.append(w[: max(4, len(w) - 2)])
    return list(dict.fromkeys(out))


def aggregate_notes(p: Profile, figures: list[Figure], chunks: list[Chunk], page_of) -> list[str]:
    """Swedish notes for figures whose row the document calls an aggregate of several areas."""
    t = p.table
    text_chunks = [c for c in chunks if c.document == t.document and c.kind == "text"]
    if not text_chunks:
        return []
    out: list[str] = []
    rows = dict.fromkeys(f.source.rows[0] for f in figures[:10] if f.source.rows and not f.derived)
    for row in rows:
        stems = _stems(row)
        if len(stems) < 2:
            continue  # one word ("Vivalla") names a place, not a group of them
        said = _saying(stems, text_chunks)
        if said is None:
            continue
        c, sent = said
        page, _ = page_of(c.document, sent, c.page_start, c.page_end)
        where = f", s. {page}" if page else ""
        out.append(
            f"**{display_label(row)}** är inget enskilt område utan en sammanslagning av flera "
            f"(rapporten{where}: ”{sent[:200]}”)."
        )
    return out


def _saying(stems: list[str], chunks: list[Chunk]) -> tuple[Chunk, str] | None:
    """The first sentence that names every stem together with a word of aggregation."""
    agg = _aggregation()
    for c in chunks:
        for line in c.text.split("\n"):
            for sent in split_sentences(line):
                fs = fold(sent)
                if agg.search(fs) and all(re.search(r"\b" + re.escape(s), fs) for s in stems):
                    return c, sent
    return None
