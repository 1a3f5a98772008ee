"""The worker process: files are parsed there, never in the caller; a file that needs too much
memory or time, or crashes the worker, costs that file only and is reported in one line."""
from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from bench.bench_hostile import docx_bomb, long_csv
from errors import IngestError
from ingest.limits import MB, Limits
from ingest.pipeline import sha256_file
from ingest.worker import Reader, _rss

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "knowledge"


def read(reader: Reader, path: Path, root: Path):
    return reader.read(path, path.relative_to(root).as_posix(), sha256_file(path), root)


def good_md(root: Path, name: str = "bra.md") -> Path:
    p = root / name
    p.write_text("# Rubrik\n\nArbetslösheten i Sörmland var 9,1 procent i februari 2025.\n", encoding="utf-8")
    return p


def test_one_worker_reads_many_files_and_imports_no_model(tmp_path):
    csv_file = SAMPLE / "stats" / "sjukskrivna-utsatta-omraden-orebro-lan-2023.csv"
    with Reader() as reader:
        assert reader.pid is None  # started on first use only
        a = read(reader, good_md(tmp_path), tmp_path)
        b = read(reader, csv_file, SAMPLE)
        c = read(reader, good_md(tmp_path, "andra.md"), tmp_path)
        info = reader.worker_info()
        assert reader.starts == 1 and info["pid"] == reader.pid != os.getpid()
        assert "torch" not in info["modules"] and "streamlit" not in info["modules"]
        assert reader.last.peak_rss > 0 and reader.last.seconds >= reader.last.worker_seconds
    assert reader.pid is None  # closed
    assert a.document.path == "bra.md" and "9,1 procent" in a.chunks[0].text
    assert b.tables and b.document.path == "stats/sjukskrivna-utsatta-omraden-orebro-lan-2023.csv"
    assert c.document.path == "andra.md"


def test_a_file_is_read_under_the_name_it_is_given(tmp_path):
    staged = good_md(tmp_path, "tillfallig.md")
    with Reader() as reader:
        res = reader.read(staged, "documents/rapport.md", sha256_file(staged), tmp_path)
    assert res.document.path == "documents/rapport.md"
    assert all(c.document == "documents/rapport.md" for c in res.chunks)


def test_reading_errors_come_back_as_one_swedish_line(tmp_path):
    bad = tmp_path / "trasig.pdf"
    bad.write_bytes(b"Detta ar ingen PDF.\n" * 10)
    with Reader() as reader:
        with pytest.raises(IngestError, match="inte en PDF-fil"):
            read(reader, bad, tmp_path)
        bomb = docx_bomb(tmp_path / "bomb.docx", expands_to=8 * MB)
        with pytest.raises(IngestError, match="zip-bomb"):
            read(reader, bomb, tmp_path)
        assert read(reader, good_md(tmp_path), tmp_path).chunks  # the same worker goes on
        assert reader.starts == 1


def test_the_worker_refuses_a_path_outside_the_root(tmp_path):
    outside = good_md(tmp_path, "hemlig.md")
    root = tmp_path / "knowledge"
    root.mkdir()
    (root / "lank.md").symlink_to(outside)
    with Reader() as reader, pytest.raises(IngestError, match="utanför kunskapsmappen"):
        reader.read(root / "lank.md", "lank.md", sha256_file(outside), root)


def test_too_much_memory_stops_that_file_only(tmp_path):
    with Reader() as probe:
        probe.worker_info()
        start = _rss(probe.pid)
    # ~250 000 cells take the worker ~80 MB above its start.
    big = long_csv(tmp_path / "stor.csv", rows=50_000, cols=5)
    limit = (start // MB + 40) * MB
    with Reader(Limits(worker_memory_bytes=limit)) as reader:
        with pytest.raises(IngestError) as exc:
            read(reader, big, tmp_path)
        assert str(exc.value) == f"läsningen avbröts: för stort minnesbehov (mer än {limit // MB} MB)"
        assert read(reader, good_md(tmp_path), tmp_path).chunks  # a fresh worker reads the next file
        assert reader.starts == 2


def test_too_much_time_stops_that_file_only(tmp_path):
    slow = long_csv(tmp_path / "lang.csv", rows=30_000, cols=5)
    with Reader(Limits(worker_seconds=0.5)) as reader:
        reader.worker_info()  # started: the limit is for reading, not for starting
        t0 = time.perf_counter()
        with pytest.raises(IngestError, match="^läsningen avbröts: tog för lång tid \\(mer än 0,5 sekunder\\)$"):
            read(reader, slow, tmp_path)
        assert time.perf_counter() - t0 < 5
        assert read(reader, good_md(tmp_path), tmp_path).chunks
        assert reader.starts == 2


def test_a_crashing_worker_costs_one_file(tmp_path):
    slow = long_csv(tmp_path / "lang.csv", rows=30_000, cols=5)
    with Reader() as reader:
        pid = reader.worker_info()["pid"]
        threading.Timer(0.5, os.kill, (pid, signal.SIGSEGV)).start()
        with pytest.raises(IngestError, match="^läsningen avbröts: läsprocessen kraschade \\(SIGSEGV\\)$"):
            read(reader, slow, tmp_path)
        assert read(reader, good_md(tmp_path), tmp_path).chunks
        assert reader.pid != pid


def test_update_index_never_parses_in_its_own_process(tmp_path, monkeypatch):
    """Parsers that explode in this process do not matter: the reading happens elsewhere."""
    import ingest.pipeline
    import ingest.stats_io
    from index.build import update_index
    from index.store import load_snapshot

    def explode(*args, **kwargs):
        raise AssertionError("parsed in the caller's process")

    for module, name in [(ingest.pipeline, "load_file"), (ingest.pipeline, "_load_text_document"), (ingest.stats_io, "read_stats_file")]:
        monkeypatch.setattr(module, name, explode)
    kb = tmp_path / "knowledge"
    kb.mkdir()
    good_md(kb)
    (kb / "tal.csv").write_text("Kommun;Antal\nFalun;3\nMora;4\n", encoding="utf-8")
    report = update_index(kb, tmp_path / "index")
    assert sorted(report.processed) == ["bra.md", "tal.csv"] and not report.skipped
    assert set(load_snapshot(tmp_path / "index").documents) == {"bra.md", "tal.csv"}
