"""Bounded reading: zip bombs, wide and long tables, huge cells and texts are refused (or cut,
for text) with one Swedish line – before the parser holds them in memory."""
from __future__ import annotations

import csv
import io
import random
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

import ingest.limits as limits_module
from bench.bench_hostile import docx_bomb, long_csv, wide_csv, xlsx_bomb
from errors import IngestError
from ingest.limits import MB, Limits, check_zip, iter_text
from ingest.pipeline import load_file
from ingest.stats_io import read_stats_file
from ingest.swedish import decode_bytes


def one_line(message: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message and "Error" not in message


def small_docx(path: Path, paragraphs: int = 3) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Arbetsmarknaden i länet", 1)
    for i in range(paragraphs):
        d.add_paragraph(f"Stycke {i}: arbetslösheten i Sörmland var 9,{i % 10} procent i februari.")
    d.save(path)
    return path


def small_xlsx(path: Path, rows: int = 3, cols: int = 3, text: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Kommun"] + [str(2020 + j) for j in range(cols - 1)])
    for i in range(rows):
        ws.append([text or f"Kommun {chr(65 + i % 26)}{i}"] + [i * 10 + j for j in range(cols - 1)])
    wb.save(path)
    return path


# ---------------------------------------------------------------- OOXML


@pytest.mark.slow
def test_a_docx_bomb_of_one_gigabyte_is_refused_from_the_zip_directory(tmp_path):
    bomb = docx_bomb(tmp_path / "bomb.docx", expands_to=1024 * MB)
    assert bomb.stat().st_size < 16 * MB
    t0 = time.perf_counter()
    with pytest.raises(IngestError) as exc:
        load_file(bomb, tmp_path)
    assert time.perf_counter() - t0 < 2  # nothing was decompressed
    assert "zip-bomb" in str(exc.value) and "word/document.xml" in str(exc.value)
    one_line(str(exc.value))


@pytest.mark.slow
def test_an_xlsx_bomb_of_one_gigabyte_is_refused(tmp_path):
    bomb = xlsx_bomb(tmp_path / "bomb.xlsx", expands_to=1024 * MB)
    with pytest.raises(IngestError, match="zip-bomb.*sheet1.xml"):
        read_stats_file(bomb, "stats/bomb.xlsx")


def test_zip_limits_each_give_their_reason(tmp_path):
    doc = small_docx(tmp_path / "liten.docx")
    check_zip(doc, "DOCX")  # a normal document passes
    with pytest.raises(IngestError, match="består av .* delar") as exc:
        check_zip(doc, "DOCX", Limits(max_zip_members=3))
    one_line(str(exc.value))
    with pytest.raises(IngestError, match="uppackad \\(gränsen är"):
        check_zip(doc, "DOCX", Limits(max_unzipped_bytes=1000))
    with pytest.raises(IngestError, match="per XML-del"):
        check_zip(doc, "DOCX", Limits(max_xml_part_bytes=500))
    # A small bomb: refused for its ratio, not its size.
    bomb = docx_bomb(tmp_path / "liten-bomb.docx", expands_to=3 * MB)
    with pytest.raises(IngestError, match="ser ut som en zip-bomb"):
        check_zip(bomb, "DOCX")
    # Not a zip at all.
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"PK\x03\x04" + b"x" * 100)
    with pytest.raises(IngestError, match="trasig DOCX-fil"):
        load_file(fake, tmp_path)


def test_xlsx_sheets_are_streamed_but_not_exempt_from_the_total(tmp_path):
    book = small_xlsx(tmp_path / "bok.xlsx", rows=200)
    with zipfile.ZipFile(book) as z:
        sizes = {i.filename: i.file_size for i in z.infolist()}
    sheet = sizes.pop("xl/worksheets/sheet1.xml")
    largest_other = max(size for name, size in sizes.items() if name.endswith(".xml"))
    assert sheet > largest_other
    # The sheet is over the per-part XML limit, yet it is streamed: the file is read.
    (table,) = read_stats_file(book, "bok.xlsx", Limits(max_xml_part_bytes=largest_other))
    assert table.frame.shape == (200 * 2, 3)  # one row per municipality and year
    with pytest.raises(IngestError, match="XLSX-filen blir"):
        read_stats_file(book, "bok.xlsx", Limits(max_unzipped_bytes=3000))


# ---------------------------------------------------------------- tables


def test_a_csv_line_of_100_000_fields_is_refused_at_once(tmp_path):
    p = wide_csv(tmp_path / "bred.csv", 100_000)
    t0 = time.perf_counter()
    with pytest.raises(IngestError, match="fler än 1 000 fält") as exc:
        read_stats_file(p, "stats/bred.csv")
    assert time.perf_counter() - t0 < 3
    one_line(str(exc.value))


def test_row_column_cell_and_cell_length_limits_refuse_the_table(tmp_path):
    p = long_csv(tmp_path / "lang.csv", rows=150, cols=4)
    assert len(read_stats_file(p, "lang.csv")[0].frame) == 150 * 3  # one row per area and year
    with pytest.raises(IngestError, match="tabellen har fler än 100 rader"):
        read_stats_file(p, "lang.csv", Limits(max_rows=100))
    with pytest.raises(IngestError, match="fler än 300 celler"):
        read_stats_file(p, "lang.csv", Limits(max_cells=300))
    with pytest.raises(IngestError, match="fler än 3 fält"):
        read_stats_file(p, "lang.csv", Limits(max_columns=3))
    long_cell = tmp_path / "cell.csv"
    long_cell.write_text('Kommun;Antal;Not\nFalun;3;"' + "x" * 40_000 + '"\nMora;4;kort\n', encoding="utf-8")
    with pytest.raises(IngestError, match="en cell har fler än 32 767 tecken"):
        read_stats_file(long_cell, "cell.csv")

    book = small_xlsx(tmp_path / "bok.xlsx", rows=150, cols=4)
    with pytest.raises(IngestError, match="bladet Data har fler än 100 rader"):
        read_stats_file(book, "bok.xlsx", Limits(max_rows=100))
    with pytest.raises(IngestError, match="bladet Data har en rad med 4 kolumner"):
        read_stats_file(book, "bok.xlsx", Limits(max_columns=3))
    with pytest.raises(IngestError, match="fler än 300 celler"):
        read_stats_file(book, "bok.xlsx", Limits(max_cells=300))
    wordy = small_xlsx(tmp_path / "ord.xlsx", rows=5, text="Kommunen med det långa namnet")
    with pytest.raises(IngestError, match="en cell med fler än 20 tecken"):
        read_stats_file(wordy, "ord.xlsx", Limits(max_cell_chars=20))


def test_limits_are_checked_through_load_file_too(tmp_path):
    p = long_csv(tmp_path / "lang.csv", rows=150, cols=4)
    with pytest.raises(IngestError, match="fler än 100 rader"):
        load_file(p, tmp_path, limits=Limits(max_rows=100))


# ---------------------------------------------------------------- text


def test_text_over_the_character_limit_is_cut_and_says_so(tmp_path):
    p = tmp_path / "lang.md"
    p.write_text("# Rapport\n\n" + "Arbetslösheten ökade i länet under året. " * 200, encoding="utf-8")
    res = load_file(p, tmp_path, limits=Limits(max_text_chars=500))
    assert sum(len(c.text) for c in res.chunks) <= 500
    assert res.notes == ("texten är längre än 500 tecken – bara början indexerades",)
    assert load_file(p, tmp_path).notes == ()

    d = small_docx(tmp_path / "lang.docx", paragraphs=40)
    res = load_file(d, tmp_path, limits=Limits(max_text_chars=300))
    assert 0 < sum(len(c.text) for c in res.chunks) <= 300 and res.notes
    assert len(load_file(d, tmp_path).chunks[0].text) > 300 and not load_file(d, tmp_path).notes


MIXED = "Län;Antal\nÖrebro län;12\n".encode() + "Västerås;7\nGävle;3\n".encode("cp1252") + "Skåne län;5\n".encode()


def test_mixed_utf8_and_latin1_csv_is_read_line_by_line(tmp_path):
    p = tmp_path / "blandad.csv"
    p.write_bytes(MIXED)
    (table,) = read_stats_file(p, "blandad.csv")
    labels = list(table.frame[table.label_column])
    assert labels == ["Örebro län", "Västerås", "Gävle", "Skåne län"]
    assert not any("Ã" in s or "\ufffd" in s for s in labels)


def test_text_decoded_in_pieces_is_the_text_decoded_whole(tmp_path, monkeypatch):
    body = MIXED * 50 + "Sista raden utan radslut: å ä ö".encode()
    p = tmp_path / "bitar.csv"
    p.write_bytes(b"\xef\xbb\xbf" + body)
    monkeypatch.setattr(limits_module, "_PIECE_BYTES", 64)
    assert "".join(iter_text(p)) == decode_bytes(b"\xef\xbb\xbf" + body)
    # A long line without line ends is cut between characters, never inside one.
    q = tmp_path / "rad.txt"
    q.write_bytes(("ö" * 500).encode())
    assert "".join(iter_text(q)) == "ö" * 500
    r = tmp_path / "utf16.csv"
    r.write_bytes("Län;Antal\nÖrebro;1\n".encode("utf-16"))
    assert "".join(iter_text(r)) == "Län;Antal\nÖrebro;1\n"


def test_a_csv_read_in_small_pieces_gives_the_same_grid(tmp_path, monkeypatch):
    p = tmp_path / "citat.csv"
    rows = [["Kommun", "Antal", "Not"], ["Falun", "3", "rad ett\nrad två"], ["Mora", "4", "x;y"]] * 20
    buf = io.StringIO()
    csv.writer(buf, delimiter=";").writerows(rows)
    p.write_bytes(buf.getvalue().encode("cp1252"))
    whole = read_stats_file(p, "citat.csv")[0].raw
    monkeypatch.setattr(limits_module, "_PIECE_BYTES", 50)
    assert read_stats_file(p, "citat.csv")[0].raw.equals(whole)


def test_an_ooxml_file_names_the_part_it_refuses(tmp_path):
    p = tmp_path / "stor-del.docx"
    with zipfile.ZipFile(small_docx(tmp_path / "mall.docx")) as src, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info, src.read(info.filename))
        z.writestr("word/extra.xml", b"<x>" + random.Random(1).randbytes(2 * MB) + b"</x>")  # does not compress
    with pytest.raises(IngestError, match="word/extra.xml är 2,0 MB uppackad"):
        check_zip(p, "DOCX", Limits(max_xml_part_bytes=1 * MB))


def test_a_fault_inside_a_command_is_one_swedish_line_not_a_traceback(monkeypatch, capsys):
    from assistant import cli

    def broken(args):
        raise TypeError("'NoneType' object is not subscriptable")

    monkeypatch.setattr(cli, "cmd_search", broken)
    monkeypatch.delenv("KB_DEBUG", raising=False)
    assert cli.main(["search", "arbetslöshet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Ett internt fel") and "Traceback" not in err[0]
