"""Turn the knowledge folder into a live index: ``update_index`` is the one driver the CLI, the
app and uploads call.

    report = update_index(Path("knowledge"), Path(".index"), progress=print_progress)

For each file: reuse the stored result when its content is unchanged, else read it
(``ingest.pipeline.load_file``); a file that has turned unreadable keeps its previous version.
Then the search chunks (text chunks plus each table's chunks, ``index/passages.py``) are indexed
— only passages never embedded before are embedded — and a new generation is swapped in.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from errors import IngestError
from ingest.pipeline import DEFAULT_MAX_BYTES, SUPPORTED, FileResult, load_file, sha256_file

from .passages import table_chunks
from .store import VectorLog, cached_vectors, inspect_live, load_object, locked, save_object, write_generation


class Stage(StrEnum):
    """What an ingest is doing, for progress displays (values are not shown to users)."""

    READ = "read"
    EMBED = "embed"


Progress = Callable[[Stage, int, int, str], None]


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
    repaired: str | None = None  # why the live index was damaged and had to be rebuilt
    seconds: float = 0.0
    changed: bool = True


def scan_knowledge(knowledge_dir: Path) -> list[Path]:
    """The files of the knowledge folder, hidden files and folders and README files left out."""
    files = []
    for p in sorted(knowledge_dir.rglob("*")):
        rel = p.relative_to(knowledge_dir)
        if any(part.startswith((".", "~$")) for part in rel.parts) or not p.is_file():
            continue
        if p.name.lower() in ("readme.md", "readme.txt"):
            continue
        files.append(p)
    return files


def update_index(
    knowledge_dir: Path,
    index_dir: Path,
    embedder_spec: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    rebuild: bool = False,
) -> IngestReport:
    """Bring the index up to date with the knowledge folder. Raises StoreLocked."""
    from .embed import make_embedder
    from .hybrid import HybridIndex

    t0 = time.perf_counter()
    progress = progress or (lambda *a: None)
    knowledge_dir = Path(knowledge_dir)
    index_dir = Path(index_dir)
    with locked(index_dir):
        # The live generation, checked: a damaged one is rebuilt even when no file changed.
        live = inspect_live(index_dir)
        prev_gen, prev = live.generation, live.manifest
        prev_files: dict = {} if rebuild else prev.get("files", {})
        report = IngestReport(repaired=live.problem)
        entries: dict[str, dict] = {}
        results: list[FileResult] = []
        files = scan_knowledge(knowledge_dir) if knowledge_dir.is_dir() else []
        for i, path in enumerate(files):
            rel = path.relative_to(knowledge_dir).as_posix()
            progress(Stage.READ, i, len(files), rel)
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
            res = None if rebuild else load_object(index_dir, sha)
            if res is not None and res.document.path == rel:
                report.reused.append(rel)
            else:
                try:
                    res = load_file(path, knowledge_dir, max_bytes=max_bytes, sha=sha)
                except IngestError as exc:
                    reason = str(exc)
                    if old and old.get("status") == "ok" and (kept := load_object(index_dir, old["sha256"])):
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
                save_object(index_dir, sha, res)
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
        progress(Stage.READ, len(files), len(files), "")
        report.removed = sorted(set(prev_files) - set(entries))
        report.files = len(results)
        report.pages = sum(r.document.pages for r in results)
        report.tables = sum(len(r.tables) for r in results)

        embedder = make_embedder(embedder_spec)
        same_model = prev.get("embedder", {}).get("model_id") == embedder.model_id
        chunks = [c for r in results for c in (r.chunks + table_chunks(r.tables, len(r.chunks)))]
        report.chunks = len(chunks)
        unchanged = (
            prev_gen is not None
            and live.problem is None
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

        # Vectors are reused from every readable source in the store (the vector log, kept
        # generations) and each new batch is logged at once, so a killed ingest resumes.
        vector_log = VectorLog(index_dir, embedder.model_id, embedder.dim)
        if rebuild:
            vector_log.clear()
        cache = {} if rebuild else cached_vectors(index_dir, embedder.model_id, embedder.dim)

        def embed_progress(done: int, total: int) -> None:
            progress(Stage.EMBED, done, total, "")

        hybrid = HybridIndex.build(chunks, vector_log.recording(embedder), vector_cache=cache, progress=embed_progress)
        if hybrid.build_stats is not None:
            report.embedded = hybrid.build_stats.embedded
            report.embed_reused = hybrid.build_stats.reused
        manifest = {
            "created": time.strftime("%Y-%m-%d %H:%M:%S"),
            "knowledge_dir": str(knowledge_dir),
            "embedder": {"model_id": embedder.model_id, "dim": embedder.dim},
            "files": entries,
        }
        write_generation(index_dir, hybrid, manifest, [t for r in results for t in r.tables])
        report.seconds = time.perf_counter() - t0
        return report
