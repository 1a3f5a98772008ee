"""What the app shows before any question – documents, tables, suggested questions, the
acronym glossary – computed once when the index is built and stored beside it.

    catalog = update_catalog(Path(".index"), Path("knowledge"))   # after update_index
    catalog = read_catalog(Path(".index"))                        # the app: a file read, no engine

Suggestions are checked here, at ingest: one is offered only when the engine answers it with a
figure (a ranking with at least two rows) or with a quote verified on its page. The app never
runs the engine to fill its start screen.

On disk: ``<index>/catalogue/<generation name>.json``, one file per live generation (older
ones are removed when a new one is written). It sits beside the generation rather than inside
it, so the store's own files stay exactly what the store wrote.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .answer import Answer, Route
from .suggest import GlossaryEntry, glossary, proper_nouns, suggest_questions

CATALOG_DIR = "catalogue"
CATALOG_VERSION = 2
STATS_KINDS = ("csv", "xlsx")


@dataclass(frozen=True)
class DocumentEntry:
    path: str
    title: str
    pages: int
    kind: str


@dataclass(frozen=True)
class TableEntry:
    caption: str
    document: str  # title of the document it stands in
    page: int | None


@dataclass
class Catalog:
    generation: str
    documents: list[DocumentEntry] = field(default_factory=list)  # reports first, then statistics files
    tables: list[TableEntry] = field(default_factory=list)
    indexed_at: str = ""
    pages: int = 0
    suggestions: list[str] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # document path → title
    proper_nouns: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason) the index could not read
    seconds: float = 0.0  # time spent building it

    @property
    def reports(self) -> list[DocumentEntry]:
        return [d for d in self.documents if d.kind not in STATS_KINDS]

    @property
    def stats_files(self) -> list[DocumentEntry]:
        return [d for d in self.documents if d.kind in STATS_KINDS]

    def title(self, path: str) -> str:
        return self.titles.get(path) or path.rsplit("/", 1)[-1]

    def to_json(self) -> str:
        data = asdict(self)
        data["version"] = CATALOG_VERSION
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> Catalog | None:
        data = json.loads(text)
        if data.pop("version", None) != CATALOG_VERSION:
            return None
        return cls(
            generation=data["generation"],
            documents=[DocumentEntry(**d) for d in data["documents"]],
            tables=[TableEntry(**t) for t in data["tables"]],
            indexed_at=data["indexed_at"],
            pages=data["pages"],
            suggestions=list(data["suggestions"]),
            glossary=[GlossaryEntry(**g) for g in data["glossary"]],
            titles=dict(data["titles"]),
            proper_nouns=list(data["proper_nouns"]),
            failed=[tuple(f) for f in data["failed"]],
            seconds=data.get("seconds", 0.0),
        )


def offerable(answer: Answer) -> bool:
    """A question worth suggesting: answered with a figure or a quote verified on its page.
    A ranking of one row is no ranking."""
    if not answer.answered:
        return False
    if answer.route == Route.STATS:
        rows = sum(not f.is_total for f in answer.figures)
        return rows >= 2 if answer.question.lower().startswith("vilka") else rows >= 1
    return any(c.verified for c in answer.citations)


def snapshot_catalog(snapshot, knowledge_dir: Path | None = None) -> Catalog:
    """Everything but the suggestions, straight from a loaded index (cheap)."""
    docs = snapshot.documents
    titles = {p: (d.title or p.rsplit("/", 1)[-1]) for p, d in docs.items()}
    documents = sorted(
        (DocumentEntry(p, titles[p], d.pages, d.kind) for p, d in docs.items()),
        key=lambda d: (d.kind in STATS_KINDS, d.title.lower()),
    )
    parts = {p for t in snapshot.tables for p in t.source_tables}
    tables = [TableEntry(t.caption, titles.get(t.document, t.document), t.page) for t in snapshot.tables if t.id not in parts]
    failed = [
        (p, e.get("error", ""))
        for p, e in snapshot.manifest.get("files", {}).items()
        if e.get("status") != "ok" and (knowledge_dir is None or (Path(knowledge_dir) / p).exists())  # rejected uploads are moved aside
    ]
    text_chunks = [c for c in snapshot.chunks if c.document in docs and docs[c.document].kind not in STATS_KINDS]
    return Catalog(
        generation=snapshot.generation.name,
        documents=documents,
        tables=tables,
        indexed_at=snapshot.indexed_at,
        pages=sum(d.pages for d in docs.values()),
        glossary=glossary(text_chunks),
        titles=titles,
        proper_nouns=sorted(proper_nouns(text_chunks)),
        failed=failed,
    )


def build_catalog(snapshot, knowledge_dir: Path | None = None, limit: int = 6) -> Catalog:
    """The catalogue of one index generation, with suggestions the engine answers."""
    from .engine import Engine

    t0 = time.perf_counter()
    catalog = snapshot_catalog(snapshot, knowledge_dir)
    # Its own engine without a language model: a suggestion must stand on the index alone,
    # and a slow or absent model must never hold up an ingest.
    engine = Engine(snapshot, llm=None)

    def answerable(question: str) -> bool:
        try:
            return offerable(engine.ask(question, engine.new_conversation()))
        except Exception:  # noqa: BLE001 - one odd question must never stop an ingest
            return False

    catalog.suggestions = suggest_questions(snapshot.tables, snapshot.chunks, snapshot.documents, limit=limit, answerable=answerable)
    catalog.seconds = round(time.perf_counter() - t0, 2)
    return catalog


def catalog_path(index_dir: Path, generation: str) -> Path:
    return Path(index_dir) / CATALOG_DIR / f"{generation}.json"


def write_catalog(index_dir: Path, catalog: Catalog) -> Path:
    """Write atomically; drop the files of generations that are gone."""
    path = catalog_path(index_dir, catalog.generation)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(catalog.to_json(), encoding="utf-8")
    os.replace(tmp, path)
    for old in path.parent.glob("*.json"):
        if old != path and not (Path(index_dir) / old.stem).is_dir():
            old.unlink(missing_ok=True)
    return path


def read_catalog(index_dir: Path, generation: str | None = None) -> Catalog | None:
    """The stored catalogue of the live (or the given) generation; None when there is none
    (an index built before catalogues existed, or one whose catalogue is still being built)."""
    from index.store import current_generation

    if generation is None:
        live = current_generation(Path(index_dir))
        if live is None:
            return None
        generation = live.name
    try:
        return Catalog.from_json(catalog_path(index_dir, generation).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def update_catalog(index_dir: Path, knowledge_dir: Path | None = None, snapshot=None, force: bool = False) -> Catalog | None:
    """Build and store the catalogue of the live generation unless it is there already.
    ``snapshot``: the live generation already loaded (saves loading it again)."""
    from index.store import current_generation, load_snapshot

    index_dir = Path(index_dir)
    live = current_generation(index_dir)
    if live is None:
        return None
    if not force:
        existing = read_catalog(index_dir, live.name)
        if existing is not None:
            return existing
    if snapshot is None or snapshot.generation.name != live.name:
        snapshot = load_snapshot(index_dir)
        if snapshot is None:
            return None
    catalog = build_catalog(snapshot, knowledge_dir)
    write_catalog(index_dir, catalog)
    return catalog
