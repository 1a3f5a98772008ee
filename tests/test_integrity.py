"""Index integrity: every way of damaging a generation is caught at load with one Swedish line,
and the next ingest repairs it from what is still good (no re-reading, no re-embedding)."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from errors import IndexDamagedError, IndexFormatError
from index import store
from index.build import update_index
from index.hybrid import check_vectors
from index.store import check_index, current_generation, load_snapshot
from tests.fakes import FakeEmbedder, use_fake_embedder, write_kb

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow


@pytest.fixture
def fake(monkeypatch) -> FakeEmbedder:
    return use_fake_embedder(FakeEmbedder(), monkeypatch)


@pytest.fixture(scope="module")
def built_once(tmp_path_factory) -> tuple[Path, Path, list]:
    """The knowledge base and its index, built once per module (each test damages a copy)."""
    base = tmp_path_factory.mktemp("built")
    with pytest.MonkeyPatch.context() as mp:
        use_fake_embedder(FakeEmbedder(), mp)
        kb = write_kb(base / "kb")
        idx = base / "idx"
        report = update_index(kb, idx)
        assert report.embedded > 0 and not report.skipped
        top = [h.chunk.id for h in load_snapshot(idx).index.search("rekrytering kommun nummer 102", k=5)]
    return kb, idx, top


@pytest.fixture
def built(built_once, tmp_path, fake) -> tuple[Path, Path, list]:
    """A private copy of the built knowledge base and index."""
    kb, idx, top = built_once
    shutil.copytree(kb, tmp_path / "kb")
    shutil.copytree(idx, tmp_path / "idx")
    return tmp_path / "kb", tmp_path / "idx", top


def _gen(idx: Path) -> Path:
    return current_generation(idx)


def _flip_bytes(path: Path, at: int, n: int = 16) -> None:
    data = bytearray(path.read_bytes())
    for i in range(at, min(at + n, len(data))):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def _truncate_vectors(idx):
    p = _gen(idx) / "hybrid" / "vectors.npy"
    p.write_bytes(p.read_bytes()[:-100])


def _random_vectors_same_size(idx):
    p = _gen(idx) / "hybrid" / "vectors.npy"
    head = p.read_bytes()[:128]  # keep the .npy header: only the numbers are garbage
    p.write_bytes(head + os.urandom(p.stat().st_size - 128))


def _corrupt_chunks(idx):
    _flip_bytes(_gen(idx) / "hybrid" / "chunks.jsonl", 40)


def _delete_bm25(idx):
    shutil.rmtree(_gen(idx) / "hybrid" / "bm25")


def _garbage_manifest(idx):
    (_gen(idx) / "manifest.json").write_bytes(os.urandom(300))


def _manifest_without_files(idx):
    (_gen(idx) / "manifest.json").write_text('{"files": [1, 2]}')


def _garbage_current(idx):
    (idx / "CURRENT").write_bytes(b"\xff\xfe../../etc")


def _generation_deleted(idx):
    shutil.rmtree(_gen(idx))


def _object_deleted(idx):
    next((idx / "objects").glob("*.pkl")).unlink()


def _object_corrupted(idx):
    p = next((idx / "objects").glob("*.pkl"))
    _flip_bytes(p, p.stat().st_size // 2)


def _hashes_edited(idx):
    p = _gen(idx) / "hybrid" / "hashes.json"
    p.write_text(p.read_text().replace("a", "b", 1))


def _catalog_deleted(idx):
    (_gen(idx) / "catalog.json").unlink()


DAMAGE = {
    "vectors truncated": _truncate_vectors,
    "vectors random bytes": _random_vectors_same_size,
    "chunks.jsonl corrupt": _corrupt_chunks,
    "bm25 deleted": _delete_bm25,
    "manifest garbage": _garbage_manifest,
    "manifest without files": _manifest_without_files,
    "CURRENT garbage": _garbage_current,
    "generation deleted": _generation_deleted,
    "object deleted": _object_deleted,
    "object corrupted": _object_corrupted,
    "hashes edited": _hashes_edited,
    "catalog deleted": _catalog_deleted,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damage_is_reported_in_one_swedish_line_and_ingest_repairs_it(built, fake, damage):
    kb, idx, top = built
    DAMAGE[damage](idx)

    with pytest.raises(IndexDamagedError) as exc:
        load_snapshot(idx)
    message = str(exc.value)
    assert "\n" not in message and "python -m assistant ingest" in message and "skadat" in message
    assert check_index(idx) == message

    embedded_before = fake.passages_embedded
    report = update_index(kb, idx)
    assert report.changed and report.repaired, "a damaged index must never be 'Inget har ändrats'"
    assert "\n" not in report.repaired and "ingest" not in report.repaired  # just what was wrong
    # Everything is rebuilt from the store: only a lost object's file is read again, and
    # nothing is embedded again (the vector log has every vector).
    lost_object = damage in ("object deleted", "object corrupted")
    assert len(report.processed) == (1 if lost_object else 0)
    assert report.embedded == 0 and fake.passages_embedded == embedded_before
    assert check_index(idx) is None
    snap = load_snapshot(idx)
    assert [h.chunk.id for h in snap.index.search("rekrytering kommun nummer 102", k=5)] == top
    assert len(snap.documents) == 4
    again = update_index(kb, idx)
    assert not again.changed and again.repaired is None


@pytest.mark.parametrize("damage", ["manifest garbage", "vectors random bytes", "bm25 deleted", "generation deleted"])
def test_rebuild_always_works(built, damage):
    kb, idx, top = built
    DAMAGE[damage](idx)
    report = update_index(kb, idx, rebuild=True)
    assert report.changed and len(report.processed) == 4 and report.embedded > 0
    assert [h.chunk.id for h in load_snapshot(idx).index.search("rekrytering kommun nummer 102", k=5)] == top


def test_random_vector_bytes_in_a_large_index_are_caught_by_their_values(built, monkeypatch):
    # Above HASH_LIMIT only sizes are compared at load; the vectors' values must still be checked.
    kb, idx, _ = built
    monkeypatch.setattr(store, "HASH_LIMIT", 0)
    _random_vectors_same_size(idx)
    assert "skadat" in check_index(idx)
    with pytest.raises(IndexDamagedError):
        load_snapshot(idx)
    # An ingest hashes everything regardless of size.
    assert update_index(kb, idx).repaired


def test_a_size_change_in_a_large_file_is_caught_without_hashing(built, monkeypatch):
    _, idx, _ = built
    monkeypatch.setattr(store, "HASH_LIMIT", 0)
    with (_gen(idx) / "hybrid" / "chunks.jsonl").open("a") as f:
        f.write("\n")
    with pytest.raises(IndexDamagedError, match="chunks.jsonl har fel storlek"):
        load_snapshot(idx)


def test_the_manifest_lists_size_and_sha256_of_every_generation_file(built):
    _, idx, _ = built
    gen = _gen(idx)
    integrity = json.loads((gen / "manifest.json").read_text())["integrity"]
    on_disk = {p.relative_to(gen).as_posix() for p in gen.rglob("*") if p.is_file()} - {"manifest.json"}
    assert set(integrity) == on_disk
    assert {"catalog.json", "hybrid/vectors.npy", "hybrid/chunks.jsonl", "hybrid/manifest.json"} <= on_disk
    assert any(k.startswith("hybrid/bm25/") for k in integrity)
    assert integrity["hybrid/vectors.npy"]["size"] == (gen / "hybrid" / "vectors.npy").stat().st_size
    assert all(len(v["sha256"]) == 64 for v in integrity.values())


def test_a_generation_of_the_old_store_format_asks_for_an_ingest_which_upgrades_it(built, fake):
    kb, idx, top = built
    gen = _gen(idx)
    m = json.loads((gen / "manifest.json").read_text())
    m["store_version"] = 1
    del m["integrity"]
    (gen / "manifest.json").write_text(json.dumps(m))
    shutil.rmtree(idx / "vectors")  # an old store had no vector log: its vectors are in the generation
    with pytest.raises(IndexFormatError, match="äldre version"):
        load_snapshot(idx)
    before = fake.passages_embedded
    report = update_index(kb, idx)
    assert report.repaired and report.embedded == 0 and fake.passages_embedded == before
    assert [h.chunk.id for h in load_snapshot(idx).index.search("rekrytering kommun nummer 102", k=5)] == top


def test_vectors_lost_everywhere_are_embedded_again_and_only_those(built, fake):
    kb, idx, _ = built
    shutil.rmtree(idx / "vectors")
    _random_vectors_same_size(idx)  # the only other copy is garbage
    report = update_index(kb, idx)
    assert report.repaired and report.embedded == report.chunks and not report.processed


def test_check_index_is_none_for_an_intact_index_and_for_none_yet(built, tmp_path):
    _, idx, _ = built
    assert check_index(idx) is None
    assert check_index(tmp_path / "nothing") is None


def test_check_vectors():
    v = np.eye(3, 4, dtype=np.float32)
    assert check_vectors(v, 3, 4) is None
    assert check_vectors(np.zeros((2, 4), np.float32), 2, 4) is None  # an empty text's vector
    assert "shape" in check_vectors(v, 2, 4)
    assert "shape" in check_vectors(v, 3, 5)
    assert "float32" in check_vectors(v.astype(np.float64), 3, 4)
    bad = v.copy()
    bad[1, 1] = np.nan
    assert "finite" in check_vectors(bad, 3, 4)
    assert "unit" in check_vectors(v * 3, 3, 4)
