"""Files a user adds through the app: saved safely into the knowledge folder, then an
incremental re-index. A plain function (no Streamlit) so it can be tested directly.

Documents go to ``knowledge/documents/``, statistics files to ``knowledge/stats/``. Names are
reduced to a safe basename; an existing file is never overwritten unless asked (the upload is
saved under a free name instead, and the result says so). Uploaded files the ingest rejects
are moved to ``knowledge/.avvisade/`` (ignored by the index) so they do not come back as
errors at every later re-index.
"""
from __future__ import annotations

import hashlib
import re
import shutil
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ingest.pipeline import DOCUMENT_KINDS, STATS_KINDS

Progress = Callable[[str, int, int, str], None]
REJECTED_DIR = ".avvisade"
MAX_NAME = 120


@dataclass
class UploadResult:
    saved: list[str] = field(default_factory=list)  # paths relative to the knowledge folder
    notes: list[str] = field(default_factory=list)  # renamed / replaced / unchanged, in Swedish
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (uploaded name, reason)
    other_skipped: list[tuple[str, str]] = field(default_factory=list)  # older files the ingest skips
    report: object | None = None  # index.store.IngestReport


def safe_name(name: str) -> str:
    """A basename that is safe on every file system: no folders, no control or shell
    characters, no leading dot; letters (å, ä, ö …), digits, space and ``-_.()`` kept."""
    base = PurePosixPath(unicodedata.normalize("NFC", name).replace("\\", "/")).name
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = re.sub(r"[^\w\-. ()]+", "_", stem)
    stem = re.sub(r"\s+", " ", stem).strip(" ._") or "fil"
    ext = re.sub(r"[^\w]+", "", ext).lower()
    return stem[:MAX_NAME] + (f".{ext}" if ext else "")


def target_folder(name: str) -> str | None:
    suffix = Path(name).suffix.lower()
    if suffix in DOCUMENT_KINDS:
        return "documents"
    if suffix in STATS_KINDS:
        return "stats"
    return None


def _read(f) -> tuple[str, bytes]:
    """(name, bytes) from a Streamlit UploadedFile, a (name, bytes) pair or a path."""
    if isinstance(f, tuple):
        return f[0], bytes(f[1])
    if isinstance(f, Path):
        return f.name, f.read_bytes()
    return f.name, f.getvalue()


def _free_name(folder: Path, name: str) -> Path:
    stem, suffix = Path(name).stem, Path(name).suffix
    for i in range(2, 1000):
        p = folder / f"{stem} ({i}){suffix}"
        if not p.exists():
            return p
    raise RuntimeError("för många filer med samma namn")


def save_uploads(files: Iterable, knowledge_dir: Path, replace: bool = False) -> UploadResult:
    knowledge_dir = Path(knowledge_dir)
    result = UploadResult()
    for f in files:
        original, data = _read(f)
        name = safe_name(original)
        folder_name = target_folder(name)
        if folder_name is None:
            suffix = Path(name).suffix or "(ingen)"
            result.rejected.append((original, f"filtypen {suffix} stöds inte (PDF, DOCX, TXT, MD, CSV eller XLSX)"))
            continue
        if not data:
            result.rejected.append((original, "tom fil"))
            continue
        folder = (knowledge_dir / folder_name).resolve()
        folder.mkdir(parents=True, exist_ok=True)
        dest = (folder / name).resolve()
        if dest.parent != folder:  # cannot happen after safe_name; never write outside the folder
            result.rejected.append((original, "ogiltigt filnamn"))
            continue
        rel_of = lambda p: p.relative_to(knowledge_dir.resolve()).as_posix()  # noqa: E731
        if dest.exists():
            if hashlib.sha256(dest.read_bytes()).digest() == hashlib.sha256(data).digest():
                result.notes.append(f"{original}: finns redan med samma innehåll ({rel_of(dest)}).")
                continue
            if replace:
                result.notes.append(f"{original}: ersatte den tidigare versionen av {rel_of(dest)}.")
            else:
                dest = _free_name(folder, name)
                result.notes.append(
                    f"{original}: en annan fil med samma namn fanns redan – sparad som {rel_of(dest)}."
                )
        elif name != original:
            result.notes.append(f"{original}: sparad som {rel_of(dest)}.")
        tmp = dest.with_name(f".{dest.name}.uploading")
        tmp.write_bytes(data)
        tmp.replace(dest)
        result.saved.append(rel_of(dest))
    return result


def save_uploads_and_reindex(
    files: Iterable,
    knowledge_dir: Path,
    index_dir: Path,
    progress: Progress | None = None,
    replace: bool = False,
    embedder_spec: str | None = None,
) -> UploadResult:
    """Save the uploaded files and bring the index up to date (only new files are read and
    embedded). Raises errors.StoreLocked when another re-index is running — the files
    are saved all the same, and the next re-index picks them up."""
    from index.build import update_index

    from .catalog import update_catalog

    knowledge_dir = Path(knowledge_dir)
    result = save_uploads(files, knowledge_dir, replace=replace)
    report = update_index(knowledge_dir, Path(index_dir), embedder_spec=embedder_spec, progress=progress)
    result.report = report
    settle_skipped(result, knowledge_dir, report.skipped)
    # The start screen's catalogue and suggestions for the new generation (after rejected
    # files are moved aside, so they are not listed as unreadable).
    update_catalog(Path(index_dir), knowledge_dir)
    return result


def settle_skipped(result: UploadResult, knowledge_dir: Path, skipped: Iterable[tuple[str, str]]) -> None:
    """Sort the files an ingest skipped into this upload's rejected ones (moved to
    ``.avvisade/`` so they do not come back at every re-index) and older ones."""
    mine = set(result.saved)
    for rel, reason in skipped:
        if rel in mine:
            result.rejected.append((rel.rsplit("/", 1)[-1], reason))
            _move_rejected(Path(knowledge_dir), rel)
            result.saved.remove(rel)
        else:
            result.other_skipped.append((rel, reason))


def _move_rejected(knowledge_dir: Path, rel: str) -> None:
    src = knowledge_dir / rel
    if not src.exists():
        return
    dest_dir = knowledge_dir / REJECTED_DIR
    dest_dir.mkdir(exist_ok=True)
    dest = dest_dir / src.name
    if dest.exists():
        dest = _free_name(dest_dir, src.name)
    shutil.move(str(src), dest)
