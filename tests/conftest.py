"""Shared fixtures: the sample knowledge base indexed once per test session."""
from __future__ import annotations

import fcntl
import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
REALDATA = SHARED / "realdata"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory) -> tuple[Path, Path]:
    """(knowledge_dir, index_dir): a copy of knowledge/ and its index, built once.

    Tests must not modify these; copy them (see `fresh_copy`) when they need to.
    """
    from index.build import update_index as ingest

    shared = os.environ.get("KB_TEST_SHARED_SAMPLE")
    if shared:
        # ./test.sh runs pytest twice (the workers, then the browser tests): the index is built
        # once into this folder, under a lock, and read by every session after
        base = Path(shared)
        base.mkdir(parents=True, exist_ok=True)
        with open(base / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                if not (base / "built").exists():
                    _build_sample(base, ingest)
                    (base / "built").write_text("ok", encoding="utf-8")
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
        return base / "knowledge", base / "index"
    base = tmp_path_factory.mktemp("sample")
    _build_sample(base, ingest)
    return base / "knowledge", base / "index"


def _build_sample(base: Path, ingest) -> None:
    knowledge = base / "knowledge"
    shutil.rmtree(knowledge, ignore_errors=True)
    shutil.rmtree(base / "index", ignore_errors=True)
    shutil.copytree(ROOT / "knowledge", knowledge)
    report = ingest(knowledge, base / "index")
    assert not report.skipped, report.skipped


@pytest.fixture(autouse=True)
def _forget_failed_models():
    """A model endpoint that failed is left alone for a minute (assistant.llm): never carry that
    into another test, whose server may get the same port."""
    yield
    llm = sys.modules.get("assistant.llm")
    if llm is not None:
        with llm._FAILED_LOCK:
            llm._FAILED.clear()


@pytest.fixture(scope="session")
def engine(sample_index):
    from assistant.engine import Engine

    return Engine.from_index(sample_index[1])


@pytest.fixture
def fresh_copy(sample_index, tmp_path) -> tuple[Path, Path]:
    """A private, modifiable copy of the sample knowledge folder and its index."""
    knowledge, index = sample_index
    k2, i2 = tmp_path / "knowledge", tmp_path / "index"
    shutil.copytree(knowledge, k2)
    shutil.copytree(index, i2)
    return k2, i2


def pytest_collection_modifyitems(config, items):
    # The session index takes a while to build: run the tests that need it after the fast ones.
    items.sort(key=lambda it: 1 if {"sample_index", "engine", "fresh_copy", "catalogued_index"} & set(getattr(it, "fixturenames", ())) else 0)


@pytest.fixture(scope="session")
def catalogued_index(sample_index, tmp_path_factory) -> tuple[Path, Path]:
    """(knowledge_dir, index_dir): a copy of the sample index with the start screen's catalogue
    (suggested questions checked against the engine), as `ingest` leaves it. Read-only."""
    from assistant.catalog import update_catalog

    knowledge, index = sample_index
    base = tmp_path_factory.mktemp("catalogued")
    k2, i2 = base / "knowledge", base / "index"
    shutil.copytree(knowledge, k2)
    shutil.copytree(index, i2)
    update_catalog(i2, k2)
    return k2, i2


@pytest.fixture(scope="session")
def read_worker():
    """One reading worker for the session's many small updates (starting one costs ~1 s each)."""
    from ingest.worker import Reader

    with Reader() as r:
        yield r
