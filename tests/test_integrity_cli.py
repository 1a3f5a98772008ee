"""The CLI on a damaged index or during the first ingest: one Swedish line, exit code 2, never a
traceback; `ingest` repairs and says so."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from index.store import current_generation, locked
from tests.test_integrity import DAMAGE

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def _cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KB_")}
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env
    )


@pytest.fixture(scope="module")
def small_index(tmp_path_factory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("cli")
    kb = base / "knowledge"
    kb.mkdir()
    (kb / "a.md").write_text(
        "# Arbetsmarknaden\n\nArbetslösheten i Sörmland var 9,1 procent i februari 2025, högst i landet.\n",
        encoding="utf-8",
    )
    (kb / "b.md").write_text("# Kompetens\n\nVälfärden behöver många nya medarbetare till år 2033.\n", encoding="utf-8")
    r = _cli("ingest", "--quiet", "--knowledge", str(kb), "--index", str(base / "index"))
    assert r.returncode == 0, r.stderr
    return kb, base / "index"


@pytest.fixture
def copy(small_index, tmp_path) -> tuple[Path, Path]:
    kb, idx = small_index
    shutil.copytree(idx, tmp_path / "index")
    return kb, tmp_path / "index"


SEARCH_TOO = {"vectors random bytes", "manifest garbage", "bm25 deleted"}


# Every kind of damage is caught at load with its Swedish line in test_integrity.py; the CLI turns
# any of them into that one line and exit 2 by one path, so a kind per loading stage suffices
# here (each call is a new process of a few seconds)
CLI_DAMAGE = ("CURRENT garbage", "manifest garbage", "object corrupted", "vectors truncated", "vectors random bytes", "bm25 deleted")


@pytest.mark.parametrize("damage", CLI_DAMAGE)
def test_ask_and_search_on_a_damaged_index_print_one_swedish_line(copy, damage):
    kb, idx = copy
    DAMAGE[damage](idx)
    # `search` takes the same loading path; a few variants suffice for it (each call is a new process).
    for cmd in ("ask", "search") if damage in SEARCH_TOO else ("ask",):
        r = _cli(cmd, "--knowledge", str(kb), "--index", str(idx), "Hur hög är arbetslösheten i Sörmland?")
        assert r.returncode == 2, (cmd, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "skadat" in lines[0] and "python -m assistant ingest" in lines[0], r.stderr


def test_ingest_repairs_a_damaged_index_and_says_so(copy):
    kb, idx = copy
    DAMAGE["vectors random bytes"](idx)
    r = _cli("ingest", "--quiet", "--knowledge", str(kb), "--index", str(idx))
    assert r.returncode == 0, r.stderr
    assert "Indexet kunde inte användas som det var (hybrid/vectors.npy har ändrats)" in r.stdout
    assert "Inget har ändrats" not in r.stdout
    assert "inbäddade texter: 0 nya" in r.stdout
    r = _cli("ask", "--json", "--knowledge", str(kb), "--index", str(idx), "Hur hög är arbetslösheten i Sörmland?")
    assert r.returncode == 0 and "9,1" in r.stdout, r.stderr


def test_ask_during_the_first_ingest_says_so(tmp_path, small_index):
    kb, _ = small_index
    idx = tmp_path / "index"
    with locked(idx):  # the first ingest, still running
        assert current_generation(idx) is None
        for cmd in ("ask", "search"):
            r = _cli(cmd, "--knowledge", str(kb), "--index", str(idx), "Vad är arbetslösheten?")
            assert r.returncode == 2 and "Traceback" not in r.stderr
            assert r.stderr.strip().splitlines()[-1] == (
                "Kunskapsbanken indexeras just nu för första gången – försök igen om en stund."
            )
