"""The on-disk store under `.index/`: per-file results, the statistics catalog, the hybrid index.
It only stores; ``index/build.py`` decides what to store.

Layout::

    .index/
      LOCK                  flock()ed by the one ingest that may run
      CURRENT               name of the live generation (replaced atomically)
      objects/<key>.pkl     one file's Document, text chunks and tables, keyed by content hash
      gen-<time>-<pid>/     a complete generation: manifest.json, catalog.json, hybrid/

An ingest builds a new generation beside the live one and swaps CURRENT with os.replace,
so a reader (or an ingest killed at any moment) always sees a complete generation. Per-file
objects are immutable and keyed by the file's sha256 and the pipeline version, so unchanged
files are never processed again; the pickles are only ever read from this store, which
only this program writes.
"""
from __future__ import annotations

import fcntl
import json
import os
import pickle
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from errors import StoreLocked
from ingest.model import Chunk, Document, Table
from ingest.pipeline import FileResult

# Bump when ingestion output changes, so stored objects are rebuilt.
PIPELINE_VERSION = "6"
STORE_VERSION = 1


@dataclass
class Snapshot:
    """Everything the assistant reads, loaded from one generation."""

    generation: Path
    manifest: dict
    documents: dict[str, Document]
    chunks: list[Chunk]  # text and table chunks, in the search index's order
    tables: list[Table]
    index: object  # index.hybrid.HybridIndex
    page_texts: dict[str, list[str]] = field(default_factory=dict)  # document → text per page

    @property
    def indexed_at(self) -> str:
        return self.manifest.get("created", "")


@contextmanager
def locked(index_dir: Path):
    """Hold the store's ingest lock, or raise StoreLocked at once."""
    index_dir.mkdir(parents=True, exist_ok=True)
    f = (index_dir / "LOCK").open("a+")
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        f.close()
        raise StoreLocked(f"En annan indexering pågår redan i {index_dir} – försök igen när den är klar.") from None
    try:
        yield
    finally:
        f.close()


def current_generation(index_dir: Path) -> Path | None:
    try:
        name = (Path(index_dir) / "CURRENT").read_text().strip()
    except FileNotFoundError:
        return None
    gen = Path(index_dir) / name
    return gen if (gen / "manifest.json").exists() else None


def read_manifest(index_dir: Path) -> dict | None:
    gen = current_generation(index_dir)
    if gen is None:
        return None
    return json.loads((gen / "manifest.json").read_text())


def _object_path(index_dir: Path, sha: str) -> Path:
    return index_dir / "objects" / f"p{PIPELINE_VERSION}-{sha}.pkl"


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def load_object(index_dir: Path, sha: str) -> FileResult | None:
    """The stored result for a file's content, or None (missing or damaged: read it again)."""
    p = _object_path(index_dir, sha)
    if not p.exists():
        return None
    try:
        with p.open("rb") as f:
            return pickle.load(f)
    except Exception:  # noqa: BLE001 - a damaged cache object is rebuilt, never fatal
        return None


def save_object(index_dir: Path, sha: str, result: FileResult) -> None:
    _write_atomic(_object_path(index_dir, sha), pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))


def write_generation(index_dir: Path, hybrid, manifest: dict, tables: list[Table]) -> Path:
    """Write a complete generation beside the live one, make it live, drop what it replaced."""
    # Microseconds and pid: two ingests within one second must not collide with the live one.
    stamp = time.strftime("%Y%m%d-%H%M%S") + f"{time.time() % 1:.6f}"[1:].replace(".", "-")
    gen = index_dir / f"gen-{stamp}-{os.getpid()}"
    tmp_gen = gen.with_name(gen.name + ".building")
    shutil.rmtree(tmp_gen, ignore_errors=True)
    tmp_gen.mkdir(parents=True)
    hybrid.save(tmp_gen / "hybrid")
    manifest = {"store_version": STORE_VERSION, "pipeline_version": PIPELINE_VERSION, **manifest}
    catalog = [_catalog_entry(t) for t in tables]
    _write_atomic(tmp_gen / "catalog.json", json.dumps(catalog, ensure_ascii=False, indent=1).encode())
    _write_atomic(tmp_gen / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1).encode())
    _fsync_dir(tmp_gen)
    os.replace(tmp_gen, gen)
    _write_atomic(index_dir / "CURRENT", gen.name.encode())
    _fsync_dir(index_dir)
    _collect_garbage(index_dir, gen, manifest["files"])
    return gen


def _catalog_entry(t: Table) -> dict:
    return {
        "id": t.id,
        "document": t.document,
        "page": t.page,
        "sheet": t.sheet,
        "caption": t.caption,
        "section": t.section,
        "rows": int(len(t.frame)),
        "label_column": t.label_column,
        "columns": [{"name": c.name, "role": c.role, "unit": c.unit, "total_values": list(c.total_values)} for c in t.columns],
        "total_rows": list(t.total_rows),
        "source_tables": list(t.source_tables),
    }


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _collect_garbage(index_dir: Path, live: Path, entries: dict) -> None:
    for p in index_dir.iterdir():
        if p.is_dir() and p.name.startswith("gen-") and p != live:
            shutil.rmtree(p, ignore_errors=True)
    keep = {_object_path(index_dir, e["sha256"]).name for e in entries.values() if e.get("status") == "ok"}
    for p in (index_dir / "objects").glob("*.pkl"):
        if p.name not in keep:
            p.unlink(missing_ok=True)


def load_snapshot(index_dir: Path, embedder_spec: str | None = None) -> Snapshot | None:
    """Load the live generation, or None when there is none."""
    from index.embed import make_embedder
    from index.hybrid import HybridIndex

    index_dir = Path(index_dir)
    gen = current_generation(index_dir)
    if gen is None:
        return None
    manifest = json.loads((gen / "manifest.json").read_text())
    documents: dict[str, Document] = {}
    tables: list[Table] = []
    page_texts: dict[str, list[str]] = {}
    for rel, e in manifest["files"].items():
        if e.get("status") != "ok":
            continue
        res = load_object(index_dir, e["sha256"])
        if res is None:
            continue
        documents[rel] = res.document
        tables.extend(res.tables)
        page_texts[rel] = res.page_texts or []
    embedder = make_embedder(embedder_spec)
    hybrid = HybridIndex.load(gen / "hybrid", embedder)
    return Snapshot(gen, manifest, documents, list(hybrid.chunks), tables, hybrid, page_texts)
