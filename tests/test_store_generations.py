"""Generations under concurrency: readers never lose the generation they load, old ones are
cleaned up once no reader holds them, and a killed ingest resumes its embedding."""
from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path

import numpy as np
import pytest

from index import store
from index.build import update_index
from index.hybrid import text_hash
from index.passages import passage_text
from index.store import VectorLog, current_generation, load_snapshot
from tests.fakes import FakeEmbedder, use_fake_embedder, write_kb

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def fake(monkeypatch) -> FakeEmbedder:
    return use_fake_embedder(FakeEmbedder(), monkeypatch)


def _change(kb: Path, n: int) -> None:
    (kb / "andrad.md").write_text(f"# Version {n}\n\nDen här texten ändras vid varje indexering, nu version {n}.\n")


def _gens(idx: Path) -> list[Path]:
    return sorted(p for p in idx.iterdir() if p.name.startswith("gen-"))


def test_thread_readers_never_fail_during_repeated_reindexing(tmp_path, fake, read_worker):
    kb, idx = write_kb(tmp_path / "kb"), tmp_path / "idx"
    update_index(kb, idx)
    stop = threading.Event()
    loads, failures = [0], []

    def reader() -> None:
        while not stop.is_set():
            try:
                snap = load_snapshot(idx)
                assert snap is not None and len(snap.documents) >= 4
                loads[0] += 1
            except Exception as exc:  # noqa: BLE001 - counted, with its causes: a rare race must say where it is
                failures.append("".join(traceback.format_exception(exc)))

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        for n in range(12):
            _change(kb, n)
            assert update_index(kb, idx, reader=read_worker).changed
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert not failures, failures[:3]
    assert loads[0] > 12
    # With no reader left, only the live generation and the one before it remain.
    assert len(_gens(idx)) == store.KEEP_GENERATIONS
    assert current_generation(idx) in _gens(idx)


def test_process_readers_never_fail_during_repeated_reindexing(tmp_path, fake, read_worker):
    # ~300 chunks: a load takes long enough that, before readers held their generation, about
    # 1 load in 70 failed here (13 of 940 in a 25-re-index run).
    kb, idx = write_kb(tmp_path / "kb", docs=20, paragraphs=30), tmp_path / "idx"
    update_index(kb, idx)
    # The reader loads until told to stop, so the test counts re-indexings, not seconds: a busy
    # machine makes it slower, never flaky.
    stop, ready = tmp_path / "stop", tmp_path / "ready"
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes", "load-loop", str(idx), str(stop), str(ready)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # it has imported and loaded once (a fixed sleep raced a busy machine's slow imports)
        deadline = time.monotonic() + 120
        while not ready.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists(), "the reader never loaded the index"
        for n in range(10):
            _change(kb, n)
            update_index(kb, idx, reader=read_worker)
        stop.touch()
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    loads, failures = map(int, out.split())
    assert failures == 0, err[-2000:]
    assert loads >= 10  # the reader loaded while the re-indexings ran


def test_a_generation_a_reader_holds_is_kept_until_it_lets_go(tmp_path, fake):
    kb, idx = write_kb(tmp_path / "kb"), tmp_path / "idx"
    update_index(kb, idx)
    first = current_generation(idx)
    with store._reading(first):
        for n in range(4):
            _change(kb, n)
            update_index(kb, idx)
        assert first.is_dir(), "deleted while a reader held it"
        # ...and its objects stay with it.
        assert all(store.object_ok(idx, e["sha256"]) for e in store._parse_manifest(first)["files"].values())
    _change(kb, 99)
    update_index(kb, idx)
    assert not first.exists()
    assert len(_gens(idx)) == store.KEEP_GENERATIONS


def test_objects_of_the_previous_generation_are_kept_and_older_ones_dropped(tmp_path, fake):
    kb, idx = write_kb(tmp_path / "kb"), tmp_path / "idx"
    update_index(kb, idx)
    (kb / "dok3.md").unlink()
    update_index(kb, idx)
    assert len(list((idx / "objects").glob("*.pkl"))) == 4  # dok3 still belongs to the previous one
    _change(kb, 1)
    update_index(kb, idx)
    names = {p.name for p in (idx / "objects").glob("*.pkl")}
    live = store._parse_manifest(current_generation(idx))["files"]
    assert len(names) == 4 and all(store._object_path(idx, e["sha256"]).name in names for e in live.values())


def test_reader_retries_when_its_generation_disappears(tmp_path, fake, monkeypatch):
    kb, idx = write_kb(tmp_path / "kb"), tmp_path / "idx"
    update_index(kb, idx)
    old = current_generation(idx)
    _change(kb, 1)
    update_index(kb, idx)
    new = current_generation(idx)
    # The reader read CURRENT just before the swap, then the old generation vanished.
    calls = iter([old, new, new, new])
    monkeypatch.setattr(store, "current_generation", lambda d: next(calls))
    import shutil

    shutil.rmtree(old)
    assert load_snapshot(idx).generation == new


# ------------------------------------------------------------------ resumable embedding


def test_killed_ingest_resumes_its_embedding(tmp_path, fake):
    kb, idx = write_kb(tmp_path / "kb", docs=12, paragraphs=30), tmp_path / "idx"  # 180 chunks
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes", "ingest", str(kb), str(idx), "0.4"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    log = VectorLog(idx, fake.model_id, fake.dim)
    deadline = time.time() + 120
    try:
        # Kill -9 once a few batches of 16 are logged, mid-way through the embedding.
        while time.time() < deadline and (not log.path.exists() or log.path.stat().st_size < 3 * 16 * log.record.itemsize):
            assert proc.poll() is None, proc.communicate()[1][-2000:]
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert current_generation(idx) is None  # it never got as far as a generation
    saved = len(log.read())
    assert saved >= 48

    report = update_index(kb, idx)
    assert report.embed_reused == saved
    assert report.embedded == report.chunks - saved > 0
    snap = load_snapshot(idx)
    expected = fake.embed_queries([text for text in (passage_text(c) for c in snap.chunks)])
    assert np.allclose(snap.index.vectors, expected)


def test_vector_log_survives_a_torn_record_and_a_corrupt_one(tmp_path):
    emb = FakeEmbedder()
    log = VectorLog(tmp_path, emb.model_id, emb.dim)
    texts = [f"text nummer {i}" for i in range(10)]
    hashes = [text_hash(emb.model_id, t) for t in texts]
    log.append(hashes[:6], emb.embed_passages(texts[:6]))
    # A kill in the middle of a write leaves half a record; a disk error flips a byte in another.
    with log.path.open("ab") as f:
        f.write(b"\x01" * (log.record.itemsize // 2))
    data = bytearray(log.path.read_bytes())
    data[2 * log.record.itemsize + 40] ^= 0xFF
    log.path.write_bytes(bytes(data))
    got = VectorLog(tmp_path, emb.model_id, emb.dim).read()
    assert set(got) == set(hashes[:6]) - {hashes[2]}
    # Appending after the torn record starts on a record boundary again.
    log2 = VectorLog(tmp_path, emb.model_id, emb.dim)
    log2.append(hashes[6:], emb.embed_passages(texts[6:]))
    got = log2.read()
    assert set(got) == set(hashes) - {hashes[2]}
    assert np.allclose(got[hashes[9]], emb._vec(texts[9]))


def test_vector_log_is_per_model_and_compacts(tmp_path):
    a, b = FakeEmbedder("test:a"), FakeEmbedder("test:b")
    la, lb = VectorLog(tmp_path, a.model_id, a.dim), VectorLog(tmp_path, b.model_id, b.dim)
    assert la.path != lb.path
    texts = [f"t{i}" for i in range(20)]
    hashes = [text_hash(a.model_id, t) for t in texts]
    la.append(hashes, a.embed_passages(texts))
    assert lb.read() == {}
    la.compact(set(hashes[:3]))  # small: below COMPACT_MIN, left alone
    assert len(la.read()) == 20
    store_min = store.COMPACT_MIN
    try:
        store.COMPACT_MIN = 0
        la.compact(set(hashes[:3]))
    finally:
        store.COMPACT_MIN = store_min
    assert set(la.read()) == set(hashes[:3])
    assert la.path.stat().st_size == 3 * la.record.itemsize


def test_rebuild_reembeds_and_an_ingest_after_it_reuses(tmp_path, fake):
    kb, idx = write_kb(tmp_path / "kb"), tmp_path / "idx"
    first = update_index(kb, idx)
    rebuilt = update_index(kb, idx, rebuild=True)
    assert rebuilt.embedded == first.embedded and rebuilt.embed_reused == 0
    _change(kb, 1)
    after = update_index(kb, idx)
    assert after.embedded == 1 and after.embed_reused == first.embedded
