"""What the ingest reads from the knowledge folder, and what it says about the rest: nothing
outside the folder, README and hidden files listed as skipped, the same content read once,
a file with nothing in it reported as unreadable – and a bomb costs that file only."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.bench_hostile import docx_bomb, wide_csv
from index.build import scan_knowledge
from index.build import update_index as ingest
from index.store import current_generation, load_snapshot

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
NOTE = "# Lärkträdet\n\nProjektet Lärkträdet startar i mars 2026 i Sörmland.\n"
SECRET = "root:x:0:0:hemlig-rad-som-aldrig-får-indexeras:/root:/bin/bash\n"


def manifest(index: Path) -> dict:
    return json.loads((current_generation(index) / "manifest.json").read_text())


def test_links_out_of_the_folder_hidden_files_and_readme_are_skipped_with_a_reason(tmp_path):
    outside = tmp_path / "utanfor"
    outside.mkdir()
    (outside / "passwd.txt").write_text(SECRET, encoding="utf-8")
    kb = tmp_path / "knowledge"
    (kb / "documents").mkdir(parents=True)
    (kb / "documents" / "larktradet.md").write_text(NOTE, encoding="utf-8")
    (kb / "documents" / "passwd.txt").symlink_to(outside / "passwd.txt")
    (kb / "documents" / "etc-passwd").symlink_to("/etc/passwd")
    (kb / "documents" / "trasig-lank.md").symlink_to(kb / "finns-inte.md")
    (kb / "lankad-mapp").symlink_to(outside, target_is_directory=True)
    (kb / "documents" / "inne.md").symlink_to(kb / "documents" / "larktradet.md")  # inside: read, a copy
    (kb / "README.md").write_text("# Om mappen\n\nHär ligger regionens rapporter.\n", encoding="utf-8")
    (kb / "documents" / ".utkast.md").write_text(NOTE, encoding="utf-8")
    (kb / "documents" / "~$rapport.docx").write_bytes(b"lock")
    (kb / ".git").mkdir()
    (kb / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    (kb / ".avvisade").mkdir()  # our own folder of rejected uploads: not worth a line
    (kb / ".avvisade" / "trasig.pdf").write_bytes(b"x")
    os.mkfifo(kb / "documents" / "ror.txt")  # opening it would block the ingest forever

    report = ingest(kb, tmp_path / "index")
    reasons = dict(report.skipped)
    assert reasons == {
        "documents/passwd.txt": "länken pekar utanför kunskapsmappen – följs inte",
        "documents/etc-passwd": "länken pekar utanför kunskapsmappen – följs inte",
        "documents/trasig-lank.md": "länken pekar inte på någon fil",
        "lankad-mapp/": "länkad mapp – följs inte",
        "README.md": "README-fil – läses inte (den beskriver mappen)",
        "documents/.utkast.md": "dold fil – läses inte",
        "documents/~$rapport.docx": "tillfällig Office-fil – läses inte",
        ".git/": "dold mapp – läses inte",
        "documents/ror.txt": "inte en vanlig fil – läses inte",
    }
    assert report.processed == ["documents/inne.md"]  # first in name order; larktradet.md is its copy
    assert report.duplicates == [("documents/larktradet.md", "documents/inne.md")]
    snap = load_snapshot(tmp_path / "index")
    assert set(snap.documents) == {"documents/inne.md"}
    assert not any("hemlig-rad" in c.text or "root:x" in c.text for c in snap.chunks)
    assert "README" not in " ".join(snap.documents)
    assert scan_knowledge(kb).files == [("documents/inne.md", (kb / "documents" / "larktradet.md").resolve())] + [
        ("documents/larktradet.md", kb / "documents" / "larktradet.md")
    ]


def test_the_same_content_under_two_names_is_read_once_and_credited_to_the_first(tmp_path):
    kb = tmp_path / "knowledge"
    kb.mkdir()
    (kb / "b-kopia.md").write_text(NOTE, encoding="utf-8")
    (kb / "a-original.md").write_text(NOTE, encoding="utf-8")
    (kb / "annan.md").write_text("# Annat\n\nKompetensförsörjning i välfärden.\n", encoding="utf-8")
    idx = tmp_path / "index"

    r1 = ingest(kb, idx)
    assert r1.processed == ["a-original.md", "annan.md"]
    assert r1.duplicates == [("b-kopia.md", "a-original.md")] and not r1.skipped
    files = manifest(idx)["files"]
    assert files["a-original.md"]["duplicates"] == ["b-kopia.md"] and "b-kopia.md" not in files
    snap = load_snapshot(idx)
    hit = snap.index.search("Lärkträdet startar", k=1)[0]
    assert hit.chunk.document == "a-original.md"
    assert {c.document for c in snap.chunks} == {"a-original.md", "annan.md"}

    # Nothing changed: nothing is read again, and the first name keeps the credit.
    r2 = ingest(kb, idx)
    assert not r2.processed and not r2.changed and r2.duplicates == r1.duplicates and not r2.removed

    # The first copy goes: the other name takes over.
    (kb / "a-original.md").unlink()
    r3 = ingest(kb, idx)
    assert r3.processed == ["b-kopia.md"] and r3.removed == ["a-original.md"] and not r3.duplicates
    assert load_snapshot(idx).index.search("Lärkträdet startar", k=1)[0].chunk.document == "b-kopia.md"


def test_a_pdf_that_yields_no_text_is_reported_as_unreadable(tmp_path):
    from reportlab.pdfgen import canvas

    kb = tmp_path / "knowledge"
    kb.mkdir()
    (kb / "larktradet.md").write_text(NOTE, encoding="utf-8")
    # Three pages of nothing but the same running header: all of it is boilerplate.
    c = canvas.Canvas(str(kb / "bara-sidhuvud.pdf"))
    for _ in range(3):
        for i in range(6):
            c.drawString(60, 760 - 14 * i, f"Region Exempel – Arbetsmarknadsrapport – sidhuvud rad {i}")
        c.showPage()
    c.save()
    (kb / "kopia.pdf").write_bytes((kb / "bara-sidhuvud.pdf").read_bytes())
    report = ingest(kb, tmp_path / "index")
    assert report.skipped == [
        ("bara-sidhuvud.pdf", "inget innehåll kunde läsas ut (ingen text och ingen tabell)"),
        ("kopia.pdf", "samma innehåll som bara-sidhuvud.pdf, som inte kunde läsas"),
    ]
    assert report.processed == ["larktradet.md"] and report.files == 1 and not report.duplicates
    assert manifest(tmp_path / "index")["files"]["bara-sidhuvud.pdf"]["status"] == "error"


@pytest.mark.slow
def test_bombs_and_wide_tables_cost_their_own_file_only(tmp_path):
    kb = tmp_path / "knowledge"
    kb.mkdir()
    (kb / "larktradet.md").write_text(NOTE, encoding="utf-8")
    docx_bomb(kb / "bomb.docx")  # 1 GB unpacked
    wide_csv(kb / "bred.csv", 100_000)
    idx = tmp_path / "index"
    report = ingest(kb, idx)
    reasons = dict(report.skipped)
    assert set(reasons) == {"bomb.docx", "bred.csv"}
    assert reasons["bomb.docx"].startswith("DOCX-filen ser ut som en zip-bomb: word/document.xml packas upp")
    assert reasons["bred.csv"] == "en rad har fler än 1 000 fält och läses inte in (gränsen skyddar servern)"
    assert report.processed == ["larktradet.md"]

    # A good file replaced by a bomb in the folder: its indexed version stays in the index.
    (kb / "larktradet.md").unlink()
    import docx

    d = docx.Document()
    d.add_paragraph("Projektet Lärkträdet startar i mars 2026.")
    d.save(kb / "rapport.docx")
    ingest(kb, idx)
    docx_bomb(kb / "rapport.docx")
    r = ingest(kb, idx)
    assert r.kept_previous == ["rapport.docx"]
    assert dict(r.skipped)["rapport.docx"].endswith("(den tidigare indexerade versionen behålls)")
    assert load_snapshot(idx).index.search("Lärkträdet", k=1)[0].chunk.document == "rapport.docx"


def test_cli_lists_readme_and_duplicates(tmp_path):
    kb = tmp_path / "knowledge"
    kb.mkdir()
    (kb / "a.md").write_text(NOTE, encoding="utf-8")
    (kb / "b.md").write_text(NOTE, encoding="utf-8")
    (kb / "README.md").write_text("# Om mappen\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "assistant", "ingest", "--knowledge", str(kb), "--index", str(tmp_path / "idx")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert "Indexerat: 1 filer" in out.stdout
    assert "Hoppade över README.md: README-fil – läses inte (den beskriver mappen)" in out.stdout
    assert "Samma innehåll: b.md är en kopia av a.md – läses en gång och citeras som a.md" in out.stdout
    assert "Traceback" not in out.stderr
