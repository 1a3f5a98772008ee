"""The on-disk store under `.index/`: per-file results, the statistics catalog, the hybrid index.

Layout::

    .index/
      LOCK                  flock()ed by the one ingest that may run
      CURRENT               name of the live generation (replaced atomically)
      objects/<key>.pkl     one file's Document, chunks and tables, keyed by content hash
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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.model import Chunk, Document, IngestError, Table
from ingest.pipeline import DEFAULT_MAX_BYTES, SUPPORTED, FileResult, load_file, sha256_file

# Bump when ingestion output changes, so stored objects are rebuilt.
PIPELINE_VERSION = "4"
STORE_VERSION = 1
Progress = Callable[[str, int, int, str], None]


class StoreLocked(Exception):
    pass


@dataclass
class IngestReport:
    files: int = 0
    pages: int = 0
    chunks: int = 0
    tables: int = 0
    processed: list[str] = field(default_factory=list)  # new or changed files loaded this run
    reused: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    kept_previous: list[str] = field(default_factory=list)  # broken now, older version kept
    embedded: int = 0
    embed_reused: int = 0
    seconds: float = 0.0
    changed: bool = True


@dataclass
class Snapshot:
    """Everything the assistant reads, loaded from one generation."""

    generation: Path
    manifest: dict
    documents: dict[str, Document]
    chunks: list[Chunk]
    tables: list[Table]
    index: object  # index.hybrid.HybridIndex
    page_texts: dict[str, list[str]] = field(default_factory=dict)  # document → text per page

    @property
    def indexed_at(self) -> str:
        return self.manifest.get("created", "")


def _lock(index_dir: Path):
    index_dir.mkdir(parents=True, exist_ok=True)
    f = (index_dir / "LOCK").open("a+")
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        f.close()
        raise StoreLocked(f"En annan indexering pågår redan i {index_dir} – försök igen när den är klar.") from None
    return f


def current_generation(index_dir: Path) -> Path | None:
    try:
        name = (index_dir / "CURRENT").read_text().strip()
    except FileNotFoundError:
        return None
    gen = index_dir / name
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


def _load_object(index_dir: Path, sha: str) -> FileResult | None:
    p = _object_path(index_dir, sha)
    if not p.exists():
        return None
    try:
        with p.open("rb") as f:
            return pickle.load(f)
    except Exception:  # noqa: BLE001 - a damaged cache object is rebuilt, never fatal
        return None


def scan_knowledge(knowledge_dir: Path) -> list[Path]:
    files = []
    for p in sorted(knowledge_dir.rglob("*")):
        rel = p.relative_to(knowledge_dir)
        if any(part.startswith((".", "~$")) for part in rel.parts) or not p.is_file():
            continue
        if p.name.lower() in ("readme.md", "readme.txt"):
            continue
        files.append(p)
    return files


def ingest(
    knowledge_dir: Path,
    index_dir: Path,
    embedder_spec: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    rebuild: bool = False,
) -> IngestReport:
    """Bring the store up to date with the knowledge folder. Raises StoreLocked."""
    from index.embed import make_embedder
    from index.hybrid import HybridIndex

    t0 = time.perf_counter()
    progress = progress or (lambda *a: None)
    knowledge_dir = Path(knowledge_dir)
    index_dir = Path(index_dir)
    lock = _lock(index_dir)
    try:
        prev_gen = current_generation(index_dir)
        prev = json.loads((prev_gen / "manifest.json").read_text()) if prev_gen else {"files": {}}
        prev_files: dict = {} if rebuild else prev.get("files", {})
        report = IngestReport()
        entries: dict[str, dict] = {}
        results: list[FileResult] = []
        files = scan_knowledge(knowledge_dir) if knowledge_dir.is_dir() else []
        for i, path in enumerate(files):
            rel = path.relative_to(knowledge_dir).as_posix()
            progress("läser", i, len(files), rel)
            st = path.stat()
            old = prev_files.get(rel)
            if path.suffix.lower() not in SUPPORTED:
                report.skipped.append((rel, f"filtypen {path.suffix or '(ingen)'} stöds inte"))
                continue
            if old and old.get("size") == st.st_size and old.get("mtime_ns") == st.st_mtime_ns:
                sha = old["sha256"]
            else:
                sha = sha256_file(path)
            entry = {"sha256": sha, "size": st.st_size, "mtime_ns": st.st_mtime_ns}
            res = None if rebuild else _load_object(index_dir, sha)
            if res is not None and res.document.path == rel:
                report.reused.append(rel)
            else:
                try:
                    res = load_file(path, knowledge_dir, max_bytes=max_bytes, sha=sha)
                except IngestError as exc:
                    reason = str(exc)
                    if old and old.get("status") == "ok" and (kept := _load_object(index_dir, old["sha256"])):
                        # The file was good before: keep serving that version, say why.
                        report.kept_previous.append(rel)
                        report.skipped.append((rel, f"{reason} (den tidigare indexerade versionen behålls)"))
                        entries[rel] = {**old, "warning": reason}
                        results.append(kept)
                    else:
                        report.skipped.append((rel, reason))
                        entries[rel] = {**entry, "status": "error", "error": reason}
                    continue
                except Exception as exc:  # noqa: BLE001 - one bad file must never stop the rest
                    report.skipped.append((rel, f"oväntat fel vid läsning ({type(exc).__name__}: {exc})"[:200]))
                    entries[rel] = {**entry, "status": "error", "error": type(exc).__name__}
                    continue
                _write_atomic(_object_path(index_dir, sha), pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL))
                report.processed.append(rel)
            entries[rel] = {
                **entry,
                "status": "ok",
                "kind": res.document.kind,
                "title": res.document.title,
                "pages": res.document.pages,
                "chunks": len(res.chunks),
                "tables": len(res.tables),
            }
            results.append(res)
        progress("läser", len(files), len(files), "")
        report.removed = sorted(set(prev_files) - set(entries))
        report.files = len(results)
        report.pages = sum(r.document.pages for r in results)
        report.chunks = sum(len(r.chunks) for r in results)
        report.tables = sum(len(r.tables) for r in results)

        embedder = make_embedder(embedder_spec)
        same_model = prev.get("embedder", {}).get("model_id") == embedder.model_id
        unchanged = (
            prev_gen is not None
            and same_model
            and not rebuild
            and not report.processed
            and not report.removed
            and {k: v.get("sha256") for k, v in entries.items()}
            == {k: v.get("sha256") for k, v in prev_files.items()}
        )
        if unchanged:
            report.changed = False
            report.seconds = time.perf_counter() - t0
            return report

        cache = {}
        if prev_gen is not None and same_model and not rebuild:
            try:
                cache = HybridIndex.load(prev_gen / "hybrid", embedder).vector_cache()
            except Exception:  # noqa: BLE001 - an unreadable old index only costs re-embedding
                cache = {}
        chunks = [c for r in results for c in r.chunks]

        def embed_progress(done: int, total: int) -> None:
            progress("bäddar in", done, total, "")

        hybrid = HybridIndex.build(chunks, embedder, vector_cache=cache, progress=embed_progress)
        if hybrid.build_stats is not None:
            report.embedded = hybrid.build_stats.embedded
            report.embed_reused = hybrid.build_stats.reused

        # Microseconds and pid: two ingests within one second must not collide with the live one.
        stamp = time.strftime("%Y%m%d-%H%M%S") + f"{time.time() % 1:.6f}"[1:].replace(".", "-")
        gen = index_dir / f"gen-{stamp}-{os.getpid()}"
        tmp_gen = gen.with_name(gen.name + ".building")
        shutil.rmtree(tmp_gen, ignore_errors=True)
        tmp_gen.mkdir(parents=True)
        hybrid.save(tmp_gen / "hybrid")
        manifest = {
            "store_version": STORE_VERSION,
            "pipeline_version": PIPELINE_VERSION,
            "created": time.strftime("%Y-%m-%d %H:%M:%S"),
            "knowledge_dir": str(knowledge_dir),
            "embedder": {"model_id": embedder.model_id, "dim": embedder.dim},
            "files": entries,
        }
        catalog = [_catalog_entry(t) for r in results for t in r.tables]
        _write_atomic(tmp_gen / "catalog.json", json.dumps(catalog, ensure_ascii=False, indent=1).encode())
        _write_atomic(tmp_gen / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1).encode())
        _fsync_dir(tmp_gen)
        os.replace(tmp_gen, gen)
        _write_atomic(index_dir / "CURRENT", gen.name.encode())
        _fsync_dir(index_dir)
        _collect_garbage(index_dir, gen, entries)
        report.seconds = time.perf_counter() - t0
        return report
    finally:
        lock.close()


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
    chunks: list[Chunk] = []
    tables: list[Table] = []
    page_texts: dict[str, list[str]] = {}
    for rel, e in manifest["files"].items():
        if e.get("status") != "ok":
            continue
        res = _load_object(index_dir, e["sha256"])
        if res is None:
            continue
        documents[rel] = res.document
        chunks.extend(res.chunks)
        tables.extend(res.tables)
        page_texts[rel] = res.page_texts or []
    embedder = make_embedder(embedder_spec)
    hybrid = HybridIndex.load(gen / "hybrid", embedder)
    return Snapshot(gen, manifest, documents, chunks, tables, hybrid, page_texts)
