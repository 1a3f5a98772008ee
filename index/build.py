"""Turn the knowledge folder into a live index: ``update_index`` is the one driver the CLI, the
app and uploads call.

    report = update_index(Path("knowledge"), Path(".index"), progress=print_progress)

For each file: reuse the stored result when its content is unchanged, else read it in the
worker process (``ingest.worker.Reader``: the parsers never run in this process, a file that
needs too much memory or time costs that file only); a file that has turned unreadable keeps
its previous version. Files with the same content are read once and credited to the first name.
Then the search chunks (text chunks plus each table's chunks, ``index/passages.py``) are indexed
— only passages never embedded before are embedded — and a new generation is swapped in.

Uploads come in as ``incoming`` files, read before they take their place in the folder: a file
that cannot be read never replaces the version on disk or in the index.

Only regular files inside the knowledge folder are read: symbolic links that lead out of it,
linked folders, hidden files and folders and README files are listed as skipped with the reason.
"""
from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from errors import IngestError
from ingest.limits import DEFAULT_LIMITS, Limits, mb
from ingest.pipeline import SUPPORTED, FileResult, sha256_file
from ingest.worker import Reader

from .embed import spec_key
from .passages import table_chunks
from .store import VectorLog, cached_vectors, inspect_live, load_object, locked, save_object, write_generation

# Hidden folders of the knowledge folder that this program writes itself (rejected uploads,
# uploads being read): left out of the index without a word.
REJECTED_DIR = ".avvisade"
STAGING_DIR = ".uppladdning"
OWN_DIRS = frozenset({REJECTED_DIR, STAGING_DIR})
README_NAMES = frozenset({"readme", "readme.md", "readme.txt"})


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
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, what was left out) – still indexed
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, first file with the same content)
    incoming_saved: list[str] = field(default_factory=list)  # incoming files read and moved into place
    incoming_rejected: list[tuple[str, str]] = field(default_factory=list)  # (file, reason): not moved
    embedded: int = 0
    embed_reused: int = 0
    repaired: str | None = None  # why the live index was damaged and had to be rebuilt
    seconds: float = 0.0
    changed: bool = True


@dataclass
class Scan:
    files: list[tuple[str, Path]] = field(default_factory=list)  # (name in the index, path to read)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)


def scan_knowledge(knowledge_dir: Path) -> Scan:
    """The regular files of the knowledge folder, in name order, and what is left out and why.
    Links are never followed out of the folder, linked folders not at all."""
    root = Path(knowledge_dir)
    top = os.path.realpath(root)
    scan = Scan()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        for d in sorted(dirnames):
            rel = (here / d).relative_to(root).as_posix()
            if d.startswith((".", "~$")):
                dirnames.remove(d)
                if rel not in OWN_DIRS:
                    scan.skipped.append((rel + "/", "dold mapp – läses inte"))
            elif (here / d).is_symlink():  # os.walk lists it but does not enter it
                dirnames.remove(d)
                scan.skipped.append((rel + "/", "länkad mapp – följs inte"))
        dirnames.sort()
        for name in sorted(filenames):
            path = here / name
            rel = path.relative_to(root).as_posix()
            if name.startswith("~$"):
                scan.skipped.append((rel, "tillfällig Office-fil – läses inte"))
                continue
            if name.startswith("."):
                scan.skipped.append((rel, "dold fil – läses inte"))
                continue
            if name.lower() in README_NAMES:
                scan.skipped.append((rel, "README-fil – läses inte (den beskriver mappen)"))
                continue
            if path.is_symlink():
                real = os.path.realpath(path)
                if os.path.commonpath([real, top]) != top:
                    scan.skipped.append((rel, "länken pekar utanför kunskapsmappen – följs inte"))
                    continue
                path = Path(real)
            try:
                mode = path.stat().st_mode
            except OSError:
                scan.skipped.append((rel, "länken pekar inte på någon fil"))
                continue
            if not stat.S_ISREG(mode):
                scan.skipped.append((rel, "inte en vanlig fil – läses inte"))
                continue
            scan.files.append((rel, path))
    return scan


def update_index(
    knowledge_dir: Path,
    index_dir: Path,
    embedder_spec: str | None = None,
    max_bytes: int | None = None,
    progress: Progress | None = None,
    rebuild: bool = False,
    *,
    limits: Limits | None = None,
    incoming: Mapping[str, Path] | None = None,
    reader: Reader | None = None,
) -> IngestReport:
    """Bring the index up to date with the knowledge folder. Raises StoreLocked.

    ``max_bytes`` overrides ``limits.max_file_bytes``. ``incoming``: name in the folder → a
    file beside it (an upload) to read first and move there only when it could be read;
    the names moved are in ``report.incoming_saved``, the others with the reason in
    ``report.incoming_rejected`` (their files are left where they are). ``reader``: a worker
    the caller keeps alive between updates (starting one costs about a second); its limits
    are used, and it is left running. Without it, a worker is started and stopped here."""
    if reader is not None:
        limits = reader.limits
    limits = limits or DEFAULT_LIMITS
    if max_bytes is not None:
        limits = replace(limits, max_file_bytes=max_bytes)
    progress = progress or (lambda *a: None)
    knowledge_dir = Path(knowledge_dir)
    index_dir = Path(index_dir)
    if reader is not None and max_bytes is None:
        with locked(index_dir):
            return _update(knowledge_dir, index_dir, embedder_spec, limits, progress, rebuild, incoming or {}, reader, keep=True)
    with locked(index_dir), Reader(limits) as own:
        return _update(knowledge_dir, index_dir, embedder_spec, limits, progress, rebuild, incoming or {}, own)


def _update(
    knowledge_dir: Path,
    index_dir: Path,
    embedder_spec: str | None,
    limits: Limits,
    progress: Progress,
    rebuild: bool,
    incoming: Mapping[str, Path],
    reader: Reader,
    keep: bool = False,
) -> IngestReport:
    from .embed import make_embedder
    from .hybrid import HybridIndex

    t0 = time.perf_counter()
    root = knowledge_dir.resolve()
    # The live generation, checked: a damaged one is rebuilt even when no file changed.
    live = inspect_live(index_dir)
    prev_gen, prev = live.generation, live.manifest
    prev_files: dict = {} if rebuild else prev.get("files", {})
    report = IngestReport(repaired=live.problem)
    fresh = _read_incoming(incoming, root, reader, limits, report, progress)

    entries: dict[str, dict] = {}
    results: list[FileResult] = []
    first_of: dict[str, str] = {}  # sha256 → the first name it was seen under
    scan = scan_knowledge(knowledge_dir) if knowledge_dir.is_dir() else Scan()
    report.skipped.extend(scan.skipped)
    files = scan.files
    for i, (rel, path) in enumerate(files):
        progress(Stage.READ, i, len(files), rel)
        old = prev_files.get(rel)
        suffix = Path(rel).suffix.lower()
        if suffix not in SUPPORTED:
            report.skipped.append((rel, f"filtypen {suffix or '(ingen)'} stöds inte"))
            continue
        st = path.stat()
        entry = {"size": st.st_size, "mtime_ns": st.st_mtime_ns}
        if st.st_size > limits.max_file_bytes:
            # Refused on its size alone: not even hashed.
            reason = f"filen är för stor ({mb(st.st_size)}, gränsen är {mb(limits.max_file_bytes)})"
            _failed(rel, reason, old, entry, index_dir, report, entries, results)
            continue
        if old and old.get("size") == st.st_size and old.get("mtime_ns") == st.st_mtime_ns and old.get("sha256"):
            sha = old["sha256"]
        else:
            sha = sha256_file(path)
        entry = {"sha256": sha, **entry}
        if sha in first_of:
            first = first_of[sha]
            if entries.get(first, {}).get("status") == "ok":
                report.duplicates.append((rel, first))
                entries[first].setdefault("duplicates", []).append(rel)
            else:
                report.skipped.append((rel, f"samma innehåll som {first}, som inte kunde läsas"))
            continue
        first_of[sha] = rel
        res = None if rebuild else load_object(index_dir, sha)
        if res is not None and res.document.path == rel and (res.chunks or res.tables):
            report.reused.append(rel)
        else:
            try:
                if rel in fresh and fresh[rel][0] == sha:
                    res = fresh[rel][1]
                else:
                    res = reader.read(path, rel, sha, root)
            except IngestError as exc:
                _failed(rel, str(exc), old, entry, index_dir, report, entries, results)
                continue
            save_object(index_dir, sha, res)
            report.processed.append(rel)
        report.warnings.extend((rel, note) for note in res.notes)
        entries[rel] = {
            **entry,
            "status": "ok",
            "kind": res.document.kind,
            "title": res.document.title,
            "pages": res.document.pages,
            "chunks": len(res.chunks),
            "tables": len(res.tables),
        }
        if res.notes:
            entries[rel]["warning"] = "; ".join(res.notes)
        results.append(res)
    progress(Stage.READ, len(files), len(files), "")
    if not keep:
        reader.close()  # the worker's memory is not needed while embedding (a caller's worker is the caller's)
    # Out of the index, not merely read under another name: a copy is still in the folder.
    report.removed = sorted(set(prev_files) - set(entries) - {dup for dup, _ in report.duplicates})
    report.files = len(results)
    report.pages = sum(r.document.pages for r in results)
    report.tables = sum(len(r.tables) for r in results)

    chunks = [c for r in results for c in (r.chunks + table_chunks(r.tables, len(r.chunks)))]
    report.chunks = len(chunks)
    files_unchanged = (
        prev_gen is not None
        and live.problem is None
        and not rebuild
        and not report.processed
        and not report.removed
        and _identity(entries) == _identity(prev_files)
    )
    # Nothing to do when the files and the model are those of the live generation; when the
    # manifest records this model configuration, decided without loading the model (1–2 s of an
    # unchanged re-ingest).
    known = files_unchanged and _same_spec(prev.get("embedder", {}), embedder_spec)
    embedder = None if known else make_embedder(embedder_spec)
    if files_unchanged and (embedder is None or prev.get("embedder", {}).get("model_id") == embedder.model_id):
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
        "embedder": {"model_id": embedder.model_id, "dim": embedder.dim, "spec": spec_key(embedder_spec)},
        "files": entries,
    }
    write_generation(index_dir, hybrid, manifest, [t for r in results for t in r.tables])
    report.seconds = time.perf_counter() - t0
    return report


def _same_spec(prev_embedder: dict, embedder_spec: str | None) -> bool:
    """The live generation was built from this model configuration, and the backend that built
    it can still run (e5-torch needs torch)."""
    import importlib.util

    if prev_embedder.get("spec") != spec_key(embedder_spec):
        return False
    return not str(prev_embedder.get("model_id", "")).startswith("e5-torch:") or importlib.util.find_spec("torch") is not None


def _identity(entries: dict) -> dict:
    """What of the manifest's file entries must match for the index to stand as it is."""
    return {k: (v.get("sha256"), v.get("status"), tuple(v.get("duplicates", ()))) for k, v in entries.items()}


def _failed(rel, reason, old, entry, index_dir, report, entries, results) -> None:
    """A file that cannot be read: keep serving its previous version when it had one."""
    kept = load_object(index_dir, old["sha256"]) if old and old.get("status") == "ok" else None
    if kept is not None and (kept.chunks or kept.tables):
        report.kept_previous.append(rel)
        report.skipped.append((rel, f"{reason} (den tidigare indexerade versionen behålls)"))
        entries[rel] = {**old, "warning": reason}
        results.append(kept)
    else:
        report.skipped.append((rel, reason))
        entries[rel] = {**entry, "status": "error", "error": reason}


def _read_incoming(
    incoming: Mapping[str, Path], root: Path, reader: Reader, limits: Limits, report: IngestReport, progress: Progress
) -> dict[str, tuple[str, FileResult]]:
    """Read each incoming file where it lies; move it to its name in the folder only when it
    could be read (os.replace: the previous version stays whole until then)."""
    fresh: dict[str, tuple[str, FileResult]] = {}
    for i, (rel, staged) in enumerate(sorted(incoming.items())):
        progress(Stage.READ, i, len(incoming), rel)
        staged = Path(staged)
        try:
            parts = Path(rel).parts
            if Path(rel).is_absolute() or ".." in parts or any(part.startswith(".") for part in parts):
                raise IngestError("ogiltigt filnamn")  # never written outside the folder or hidden
            size = staged.stat().st_size
            if size > limits.max_file_bytes:
                raise IngestError(f"filen är för stor ({mb(size)}, gränsen är {mb(limits.max_file_bytes)})")
            sha = sha256_file(staged)
            res = reader.read(staged, rel, sha, root)
            dest = root / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, dest)
        except IngestError as exc:
            report.incoming_rejected.append((rel, str(exc)))
            continue
        except OSError as exc:
            report.incoming_rejected.append((rel, f"kunde inte sparas ({exc.strerror or type(exc).__name__})"))
            continue
        fresh[rel] = (sha, res)
        report.incoming_saved.append(rel)
    return fresh
