"""The start screen's catalogue, built and stored at ingest (assistant/catalog.py)."""
from __future__ import annotations

import json
import re

import pytest

from assistant.answer import Answer, Citation, Figure, Route, Source
from assistant.catalog import Catalog, DocumentEntry, TableEntry, catalog_path, offerable, read_catalog, write_catalog
from assistant.suggest import GlossaryEntry

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow

SRC = Source("d.pdf", 3, "Tabell 1")


def test_offerable_needs_a_figure_or_a_verified_quote():
    fig = Figure("A", 1.0, "%", "M", SRC, "1 %")
    total = Figure("Summa", 2.0, "%", "M", SRC, "2 %", is_total=True)
    assert offerable(Answer("Hur hög är M i A?", True, Route.STATS, "…", figures=[fig, total]))
    assert not offerable(Answer("Vilka områden har högst M?", True, Route.STATS, "…", figures=[fig, total]))  # a ranking of one
    assert offerable(Answer("Vilka områden har högst M?", True, Route.STATS, "…", figures=[fig, fig, total]))
    quote = Citation(1, "d.pdf", 2, "Ett citat.", verified=True)
    assert offerable(Answer("Vad är X?", True, Route.DOCUMENTS, "…", citations=[quote]))
    unverified = Citation(1, "d.pdf", 2, "Ett citat.", verified=False)
    assert not offerable(Answer("Vad är X?", True, Route.DOCUMENTS, "…", citations=[unverified]))
    assert not offerable(Answer("Vad är X?", False, Route.DOCUMENTS, "Jag hittar inget stöd."))


def _catalog(gen: str) -> Catalog:
    return Catalog(
        generation=gen,
        documents=[DocumentEntry("documents/r.pdf", "Rapporten", 12, "pdf"), DocumentEntry("stats/t.csv", "Tabellen", 0, "csv")],
        tables=[TableEntry("Tabell 1 Sjuka", "Rapporten", 3)],
        indexed_at="2026-01-02 03:04:05",
        pages=12,
        suggestions=["Vilka områden har högst andel sjuka?"],
        glossary=[GlossaryEntry("AF", "Arbetsförmedlingen", "documents/r.pdf", 1, True)],
        titles={"documents/r.pdf": "Rapporten"},
        proper_nouns=["Örebro"],
        failed=[("documents/trasig.pdf", "kunde inte läsas")],
    )


def test_written_per_generation_read_back_and_old_ones_removed(tmp_path):
    index = tmp_path / "index"
    (index / "gen-1").mkdir(parents=True)
    (index / "CURRENT").write_text("gen-1")
    (index / "gen-1" / "manifest.json").write_text("{}")
    assert read_catalog(index) is None  # none stored yet
    write_catalog(index, _catalog("gen-1"))
    back = read_catalog(index)
    assert back == _catalog("gen-1")
    assert [d.title for d in back.reports] == ["Rapporten"] and [d.title for d in back.stats_files] == ["Tabellen"]
    assert back.title("documents/r.pdf") == "Rapporten" and back.title("x/y.pdf") == "y.pdf"

    # A new generation goes live: its catalogue is written, the old generation's file goes with it.
    import shutil

    shutil.rmtree(index / "gen-1")
    (index / "gen-2").mkdir()
    (index / "gen-2" / "manifest.json").write_text("{}")
    (index / "CURRENT").write_text("gen-2")
    assert read_catalog(index) is None
    write_catalog(index, _catalog("gen-2"))
    assert read_catalog(index).generation == "gen-2"
    assert sorted(p.name for p in (index / "catalogue").iterdir()) == ["gen-2.json"]


def test_unreadable_or_old_catalogue_is_ignored(tmp_path):
    index = tmp_path / "index"
    (index / "gen-1").mkdir(parents=True)
    (index / "gen-1" / "manifest.json").write_text("{}")
    (index / "CURRENT").write_text("gen-1")
    path = catalog_path(index, "gen-1")
    path.parent.mkdir()
    path.write_text("{ not json")
    assert read_catalog(index) is None
    path.write_text(json.dumps({"version": 1, "generation": "gen-1"}))
    assert read_catalog(index) is None


def test_sample_catalogue_suggests_only_what_the_engine_answers(catalogued_index, engine):
    _, index = catalogued_index
    catalog = read_catalog(index)
    assert catalog is not None and len(catalog.suggestions) >= 4
    assert any(q.startswith("Vilka") for q in catalog.suggestions)  # statistics …
    assert any(q.startswith("Vad") for q in catalog.suggestions)  # … and documents
    for q in catalog.suggestions:
        assert not re.search(r"\b(värde|rader)\b", q), q
        assert not re.search(r"\bom (allt|att)\b", q), q  # a sentence where a topic belongs
        assert offerable(engine.ask(q, engine.new_conversation())), q
    assert len(catalog.reports) == 3 and catalog.pages > 0 and catalog.glossary
