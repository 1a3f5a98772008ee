"""Uploads: read before they replace anything, names limited in bytes, one bad file never
drops the batch, every skipped file named with its reason."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.uploads import MAX_NAME_BYTES, safe_name, save_uploads_and_reindex
from bench.bench_hostile import docx_bomb
from errors import StoreLocked
from index.store import load_snapshot, locked

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow

NOTE = "# Lärkträdet\n\nProjektet Lärkträdet startar i mars 2026 i Sörmland.\n"
CSV = "Arbetslöshet per område 2024\nOmråde;Arbetslöshet (%)\nVivalla;21,3\nBrickebacken;14,0\nVästhaga;10,85\n"
BROKEN_CSV = b"\x00\x81\x8d\x8f\x90\x9d" * 300


def kb_and_index(tmp_path: Path) -> tuple[Path, Path]:
    kb = tmp_path / "knowledge"
    (kb / "documents").mkdir(parents=True)
    (kb / "stats").mkdir()
    return kb, tmp_path / "index"


def value_of(index: Path, area: str) -> float:
    (table,) = [t for t in load_snapshot(index).tables if t.document == "stats/omraden.csv"]
    row = table.frame[table.frame[table.label_column] == area]
    return float(row.iloc[0][table.frame.columns[-1]])


def test_safe_name_limits_bytes_and_keeps_the_extension():
    name = safe_name("北" * 140 + ".md")
    assert name.endswith(".md") and len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name[:-3] == "北" * ((MAX_NAME_BYTES - 3) // 3)  # whole characters only
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name(".dold.md") == "dold.md"
    assert safe_name("Rapport: län 2025?.PDF") == "Rapport_ län 2025.pdf"
    assert safe_name("å" * 300 + ".xlsx").endswith(".xlsx")
    assert len(safe_name("x" * 300 + "." + "y" * 40).encode()) <= MAX_NAME_BYTES


def test_a_name_of_140_cjk_characters_is_saved_and_indexed(tmp_path):
    kb, idx = kb_and_index(tmp_path)
    long_name = "北京市报告" * 28 + ".md"  # 140 characters, 420 bytes: over every file system's limit
    result = save_uploads_and_reindex([(long_name, NOTE.encode())], kb, idx)
    assert not result.rejected, result.rejected
    (rel,) = result.saved
    assert rel.startswith("documents/北京市报告") and rel.endswith(".md")
    assert len(Path(rel).name.encode()) <= MAX_NAME_BYTES
    assert (kb / rel).read_text(encoding="utf-8") == NOTE
    assert rel in load_snapshot(idx).documents
    assert any(n.startswith(f"{long_name}: sparad som {rel}") for n in result.notes)


def test_replacing_a_file_with_a_broken_version_keeps_the_original_on_disk_and_in_the_index(tmp_path):
    kb, idx = kb_and_index(tmp_path)
    first = save_uploads_and_reindex([("omraden.csv", CSV.encode())], kb, idx)
    assert first.saved == ["stats/omraden.csv"]
    assert value_of(idx, "Västhaga") == 10.85

    result = save_uploads_and_reindex([("omraden.csv", BROKEN_CSV)], kb, idx, replace=True)
    assert result.saved == []
    ((name, reason),) = result.rejected
    assert name == "omraden.csv"
    assert "okänd teckenkodning" in reason and reason.endswith("den tidigare versionen av stats/omraden.csv behålls")
    assert (kb / "stats" / "omraden.csv").read_text(encoding="utf-8") == CSV  # on disk
    assert value_of(idx, "Västhaga") == 10.85  # and in the index
    assert (kb / ".avvisade" / "omraden.csv").read_bytes() == BROKEN_CSV
    assert not list((kb / ".uppladdning").iterdir())  # nothing left half-way

    # A good new version does replace it.
    better = CSV.replace("10,85", "11,02")
    result = save_uploads_and_reindex([("omraden.csv", better.encode())], kb, idx, replace=True)
    assert result.saved == ["stats/omraden.csv"] and not result.rejected
    assert result.notes == ["omraden.csv: ersatte den tidigare versionen av stats/omraden.csv."]
    assert value_of(idx, "Västhaga") == 11.02


@pytest.mark.slow
def test_an_uploaded_bomb_is_refused_and_never_enters_the_folder(tmp_path):
    kb, idx = kb_and_index(tmp_path)
    bomb = docx_bomb(tmp_path / "rapport.docx")  # 1 GB unpacked
    result = save_uploads_and_reindex([bomb, ("larktradet.md", NOTE.encode())], kb, idx)
    assert result.saved == ["documents/larktradet.md"]
    ((name, reason),) = result.rejected
    assert name == "rapport.docx" and "zip-bomb" in reason
    assert not (kb / "documents" / "rapport.docx").exists()
    assert (kb / ".avvisade" / "rapport.docx").exists()


def test_one_bad_file_never_drops_the_batch(tmp_path):
    kb, idx = kb_and_index(tmp_path)
    (kb / "README.md").write_text("# Om mappen\n", encoding="utf-8")  # an older file the ingest skips

    class Unreadable:
        name = "trasig-overforing.md"

        def getvalue(self):
            raise OSError(5, "Input/output error")

    batch = [
        ("larktradet.md", NOTE.encode()),
        ("ingen.pdf", b"Detta ar ingen PDF, bara lite text.\n" * 20),
        ("program.exe", b"MZ..."),
        ("README.md", b"# Om mina filer\n\nText.\n"),
        ("tom.txt", b""),
        Unreadable(),
        ("omraden.csv", CSV.encode()),
        ("kopia.md", NOTE.encode()),  # the same content as larktradet.md, in the same batch
    ]
    result = save_uploads_and_reindex(batch, kb, idx)
    assert result.saved == ["documents/larktradet.md", "stats/omraden.csv"]
    reasons = dict(result.rejected)
    assert set(reasons) == {"ingen.pdf", "program.exe", "README.md", "tom.txt", "trasig-overforing.md"}
    assert "inte en PDF-fil" in reasons["ingen.pdf"]
    assert reasons["program.exe"].startswith("filtypen .exe stöds inte")
    assert reasons["README.md"] == "README-filer läses inte (de beskriver mappen) – byt namn på filen"
    assert reasons["tom.txt"] == "tom fil"
    assert reasons["trasig-overforing.md"] == "kunde inte sparas (Input/output error)"
    assert "kopia.md: samma innehåll som larktradet.md i samma uppladdning – sparas en gång." in result.notes
    assert result.other_skipped == [("README.md", "README-fil – läses inte (den beskriver mappen)")]
    assert set(load_snapshot(idx).documents) == {"documents/larktradet.md", "stats/omraden.csv"}

    # Content already in the folder under another name is not saved again.
    again = save_uploads_and_reindex([("larkan.md", NOTE.encode())], kb, idx)
    assert again.saved == [] and again.notes == ["larkan.md: samma innehåll finns redan som documents/larktradet.md – sparades inte igen."]
    assert not (kb / "documents" / "larkan.md").exists()


def test_a_name_taken_by_another_file_gets_a_free_name(tmp_path):
    kb, idx = kb_and_index(tmp_path)
    save_uploads_and_reindex([("larktradet.md", NOTE.encode())], kb, idx)
    other = NOTE.replace("mars", "april")
    result = save_uploads_and_reindex([("larktradet.md", other.encode())], kb, idx)
    assert result.saved == ["documents/larktradet (2).md"]
    assert result.notes == ["larktradet.md: en annan fil med samma namn fanns redan – sparad som documents/larktradet (2).md."]
    assert (kb / "documents" / "larktradet.md").read_text(encoding="utf-8") == NOTE


def test_a_locked_index_saves_nothing(tmp_path):
    kb, idx = kb_and_index(tmp_path)
    with locked(idx), pytest.raises(StoreLocked):
        save_uploads_and_reindex([("larktradet.md", NOTE.encode())], kb, idx)
    assert not (kb / "documents" / "larktradet.md").exists()
    assert not list((kb / ".uppladdning").iterdir())


def test_uploads_of_the_sample_kind_still_work_through_paths(tmp_path):
    kb, idx = kb_and_index(tmp_path)
    src = Path(__file__).resolve().parents[1] / "knowledge" / "stats" / "sjukskrivna-utsatta-omraden-orebro-lan-2023.csv"
    copy = tmp_path / src.name
    shutil.copy(src, copy)
    result = save_uploads_and_reindex([copy], kb, idx)
    assert result.saved == [f"stats/{src.name}"] and not result.rejected
    assert load_snapshot(idx).tables
