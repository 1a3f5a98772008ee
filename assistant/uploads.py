"""Files a user adds through the app: read first, then put into the knowledge folder and
indexed. A plain function (no Streamlit) so it can be tested directly.

Documents go to ``knowledge/documents/``, statistics files to ``knowledge/stats/``. Each upload
is written beside the folder's files (``knowledge/.uppladdning/``) and handed to
``update_index`` as incoming: it is read in the worker process, and only a file that could be
read takes its name in the folder – a broken new version never replaces a good one, on disk or
in the index. A rejected upload is moved to ``knowledge/.avvisade/`` (ignored by the index).

Names are reduced to a safe basename of at most ``MAX_NAME_BYTES`` bytes in UTF-8 (file systems
count bytes: 140 CJK characters are 420), keeping the extension. An existing file is never
overwritten unless asked (the upload is saved under a free name instead, and the result says
so). A file whose content is already in the folder is not saved again. One bad file never stops
the others.
"""
from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from index.build import README_NAMES, REJECTED_DIR, STAGING_DIR
from ingest.pipeline import DOCUMENT_KINDS, STATS_KINDS

Progress = Callable[[str, int, int, str], None]
# ext4, XFS, btrfs and APFS allow 255 bytes per name; leave room for " (999)" and a suffix.
MAX_NAME_BYTES = 200
_MAX_EXT_BYTES = 10


@dataclass
class UploadResult:
    saved: list[str] = field(default_factory=list)  # paths relative to the knowledge folder
    notes: list[str] = field(default_factory=list)  # renamed / replaced / unchanged / cut, in Swedish
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (uploaded name, reason)
    other_skipped: list[tuple[str, str]] = field(default_factory=list)  # older files the ingest skips
    report: object | None = None  # index.build.IngestReport


def _cut_utf8(text: str, max_bytes: int) -> str:
    """The longest prefix of ``text`` that is at most ``max_bytes`` in UTF-8 (whole characters)."""
    return text.encode("utf-8")[:max_bytes].decode("utf-8", errors="ignore")


def safe_name(name: str) -> str:
    """A basename that is safe on every file system: no folders, no control or shell
    characters, no leading dot; letters (å, ä, ö, 北 …), digits, space and ``-_.()`` kept;
    at most MAX_NAME_BYTES bytes in UTF-8 with the extension kept."""
    base = PurePosixPath(unicodedata.normalize("NFC", name).replace("\\", "/")).name
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = re.sub(r"[^\w\-. ()]+", "_", stem)
    stem = re.sub(r"\s+", " ", stem).strip(" ._") or "fil"
    ext = _cut_utf8(re.sub(r"[^\w]+", "", ext).lower(), _MAX_EXT_BYTES)
    room = MAX_NAME_BYTES - (len(ext.encode("utf-8")) + 1 if ext else 0)
    stem = _cut_utf8(stem, room).rstrip(" ._") or "fil"
    return stem + (f".{ext}" if ext else "")


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


def _free_name(folder: Path, name: str, taken: set[Path] = frozenset()) -> Path:
    stem, suffix = Path(name).stem, Path(name).suffix
    for i in range(2, 1000):
        p = folder / f"{stem} ({i}){suffix}"
        if not p.exists() and p not in taken:
            return p
    raise OSError(0, "för många filer med samma namn")


def _known_contents(knowledge_dir: Path, index_dir: Path) -> dict[str, str]:
    """sha256 → name of the files the index holds (to notice an upload that is already there)."""
    from index.store import read_manifest

    try:
        manifest = read_manifest(index_dir) or {}
    except (OSError, ValueError):
        return {}
    known = {}
    for rel, e in sorted(manifest.get("files", {}).items()):
        if e.get("status") == "ok" and e.get("sha256") and (knowledge_dir / rel).exists():
            known.setdefault(e["sha256"], rel)
    return known


@dataclass
class _Upload:
    original: str
    rel: str  # name it gets in the knowledge folder
    staged: Path
    replaces: bool  # an older file of that name is there (and is replaced only if this one reads)
    note: str | None  # said once the file is saved (the name it got)


def save_uploads_and_reindex(
    files: Iterable,
    knowledge_dir: Path,
    index_dir: Path,
    progress: Progress | None = None,
    replace: bool = False,
    embedder_spec: str | None = None,
) -> UploadResult:
    """Read the uploaded files, put those that could be read into the knowledge folder and
    bring the index up to date (only new files are read and embedded). Raises
    errors.StoreLocked when another re-index is running – then nothing is saved and the
    user tries again."""
    from index.build import update_index

    from .catalog import update_catalog

    knowledge_dir = Path(knowledge_dir)
    index_dir = Path(index_dir)
    staged = stage_uploads(files, knowledge_dir, index_dir, replace)
    try:
        report = update_index(
            knowledge_dir,
            index_dir,
            embedder_spec=embedder_spec,
            progress=progress,
            incoming=staged.incoming,
        )
        result = settle_uploads(staged, report)
    finally:
        staged.cleanup()
    # The start screen's catalogue and suggestions for the new generation.
    update_catalog(index_dir, knowledge_dir)
    return result


@dataclass
class StagedUploads:
    """Uploads written beside the folder, waiting to be read (``update_index(incoming=…)`` or
    ``python -m assistant ingest --incoming NAME=PATH``) before they take their names."""

    knowledge_dir: Path
    result: UploadResult
    uploads: list[_Upload]
    staging: Path

    @property
    def incoming(self) -> dict[str, Path]:
        return {u.rel: u.staged for u in self.uploads}

    def cleanup(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def stage_uploads(files: Iterable, knowledge_dir: Path, index_dir: Path, replace: bool = False) -> StagedUploads:
    """Check names, kinds and duplicates and write each acceptable upload to the staging folder."""
    knowledge_dir = Path(knowledge_dir)
    result = UploadResult()
    staging_root = knowledge_dir / STAGING_DIR
    staging_root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=staging_root))
    uploads = _stage(files, knowledge_dir, Path(index_dir), staging, replace, result)
    return StagedUploads(knowledge_dir, result, uploads, staging)


def settle_uploads(staged: StagedUploads, report) -> UploadResult:
    """Sort the outcome of the ingest that read the staged uploads into saved, rejected (moved
    to ``.avvisade/``) and notes. ``report``: an ``IngestReport`` or the CLI's JSON report."""
    get = (lambda k: report.get(k, [])) if isinstance(report, dict) else (lambda k: getattr(report, k, []))
    result = staged.result
    if not isinstance(report, dict):
        result.report = report
    rejected = {rel: reason for rel, reason in get("incoming_rejected")}
    knowledge_dir = staged.knowledge_dir
    for u in staged.uploads:
        if u.rel in rejected:
            reason = rejected[u.rel]
            if u.replaces:
                reason += f" – den tidigare versionen av {u.rel} behålls"
            result.rejected.append((u.original, reason))
            _move_rejected(knowledge_dir, u.staged)
            continue
        result.saved.append(u.rel)
        if u.note:
            result.notes.append(u.note)
    mine = {u.rel: u.original for u in staged.uploads}
    for rel, reason in get("skipped"):
        if rel in mine and rel in result.saved:
            # Read as an upload, then refused by the ingest (e.g. the file changed meanwhile).
            result.saved.remove(rel)
            result.rejected.append((mine[rel], reason))
        elif rel not in mine:
            result.other_skipped.append((rel, reason))
    for rel, note in get("warnings"):
        if rel in mine:
            result.notes.append(f"{mine[rel]}: {note}.")
    for rel, first in get("duplicates"):
        if rel in mine:
            result.notes.append(f"{mine[rel]}: samma innehåll som {first} – citeras som {first}.")
    return result


def _stage(files: Iterable, knowledge_dir: Path, index_dir: Path, staging: Path, replace: bool, result: UploadResult) -> list[_Upload]:
    """Write each acceptable upload into ``staging`` under its final basename (the readers use
    the name for titles) and decide the name it gets in the folder."""
    known = _known_contents(knowledge_dir, index_dir)
    batch: dict[str, str] = {}  # sha256 → original name, for copies within this upload
    uploads: list[_Upload] = []
    taken: set[Path] = set()
    for i, f in enumerate(files):
        original = f[0] if isinstance(f, tuple) else str(getattr(f, "name", "") or f"fil {i + 1}")
        try:
            original, data = _read(f)
            upload = _stage_one(original, data, knowledge_dir, staging / str(i), replace, known, batch, taken, result)
        except OSError as exc:  # a full disk, a name the file system refuses …: this file only
            result.rejected.append((original, f"kunde inte sparas ({exc.strerror or type(exc).__name__})"))
            continue
        if upload is not None:
            uploads.append(upload)
            taken.add(knowledge_dir / upload.rel)
    return uploads


def _stage_one(
    original: str,
    data: bytes,
    knowledge_dir: Path,
    staging: Path,
    replace: bool,
    known: dict[str, str],
    batch: dict[str, str],
    taken: set[Path],
    result: UploadResult,
) -> _Upload | None:
    name = safe_name(original)
    folder_name = target_folder(name)
    if folder_name is None:
        suffix = Path(name).suffix or "(ingen)"
        result.rejected.append((original, f"filtypen {suffix} stöds inte (PDF, DOCX, TXT, MD, CSV eller XLSX)"))
        return None
    if name.lower() in README_NAMES:
        result.rejected.append((original, "README-filer läses inte (de beskriver mappen) – byt namn på filen"))
        return None
    if not data:
        result.rejected.append((original, "tom fil"))
        return None
    folder = knowledge_dir / folder_name
    dest = folder / name
    sha = hashlib.sha256(data).hexdigest()
    if dest.exists() and not dest.is_symlink() and dest.is_file() and _sha256(dest) == sha:
        result.notes.append(f"{original}: finns redan med samma innehåll ({dest.relative_to(knowledge_dir).as_posix()}).")
        return None
    if sha in known:
        result.notes.append(f"{original}: samma innehåll finns redan som {known[sha]} – sparades inte igen.")
        return None
    if sha in batch:
        result.notes.append(f"{original}: samma innehåll som {batch[sha]} i samma uppladdning – sparas en gång.")
        return None
    batch[sha] = original
    replaces = False
    if dest in taken or dest.exists() or dest.is_symlink():
        if replace and dest not in taken and dest.is_file() and not dest.is_symlink():
            replaces = True
        else:
            dest = _free_name(folder, name, taken)
    rel = dest.relative_to(knowledge_dir).as_posix()
    if replaces:
        note = f"{original}: ersatte den tidigare versionen av {rel}."
    elif dest.name != name:
        note = f"{original}: en annan fil med samma namn fanns redan – sparad som {rel}."
    elif name != original:
        note = f"{original}: sparad som {rel}."
    else:
        note = None
    staging.mkdir(parents=True)
    staged = staging / dest.name  # the final basename: readers take titles from it
    staged.write_bytes(data)
    return _Upload(original, rel, staged, replaces, note)


def _sha256(path: Path) -> str:
    from ingest.pipeline import sha256_file

    return sha256_file(path)


def _move_rejected(knowledge_dir: Path, src: Path) -> None:
    if not src.exists():
        return
    dest_dir = knowledge_dir / REJECTED_DIR
    dest_dir.mkdir(exist_ok=True)
    dest = dest_dir / src.name
    if dest.exists():
        dest = _free_name(dest_dir, src.name)
    shutil.move(str(src), dest)
