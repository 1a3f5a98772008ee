"""What do hostile files cost the ingest? Generates each one, reads it the way ``update_index``
does (through ``ingest.worker.Reader``) and prints the peak resident memory of the ingesting
process tree (this process + the worker, sampled every 10 ms), the worker's own peak (VmHWM)
and the time per file. Then the per-file overhead of the worker on the sample knowledge base.

    .venv/bin/python bench/bench_hostile.py [--only NAME ...] [--keep DIR]

Target: the tree stays under 1 GB for every file, and the server process never parses.
The generators are also used by tests/test_hostile_*.py (with smaller sizes).
"""
from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MB = 1024 * 1024
_WORDS = (
    "arbetslösheten länet kommunerna sysselsättningen utbildning insatser regionen statistiken "
    "kvinnor män unga äldre utrikesfödda inrikes födda arbetsförmedlingen prognos ökade minskade "
    "jämfört föregående år andelen antalet procent kompetensförsörjning välfärden rekrytering"
).split()


# ---------------------------------------------------------------- generators


def _stream_member(z: zipfile.ZipFile, name: str, head: bytes, unit: bytes, tail: bytes, size: int) -> None:
    """Write member ``name`` as head + unit repeated to ~size bytes + tail, never all in memory."""
    block = unit * max(1, (1 * MB) // len(unit))
    with z.open(name, "w", force_zip64=True) as f:
        f.write(head)
        written = 0
        while written < size:
            f.write(block)
            written += len(block)
        f.write(tail)


def _rewrite_ooxml(template: bytes, path: Path, member: str, head: bytes, unit: bytes, tail: bytes, size: int) -> Path:
    src = zipfile.ZipFile(io.BytesIO(template))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for info in src.infolist():
            if info.filename == member:
                _stream_member(z, member, head, unit, tail, size)
            else:
                z.writestr(info, src.read(info.filename))
    return path


def docx_bomb(path: Path, expands_to: int = 1024 * MB) -> Path:
    """A valid DOCX whose word/document.xml is ~``expands_to`` bytes of one repeated paragraph
    (a few MB on disk)."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    )
    unit = "<w:p><w:r><w:t>Arbetslösheten i länet ökade under året.</w:t></w:r></w:p>".encode()
    return _rewrite_ooxml(buf.getvalue(), path, "word/document.xml", head, unit, b"</w:body></w:document>", expands_to)


def xlsx_bomb(path: Path, expands_to: int = 1024 * MB) -> Path:
    """A valid XLSX whose first sheet is ~``expands_to`` bytes of one repeated row."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Kommun", "Antal"])
    buf = io.BytesIO()
    wb.save(buf)
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    )
    unit = b'<row><c t="inlineStr"><is><t>Falun</t></is></c><c><v>12345</v></c></row>'
    return _rewrite_ooxml(buf.getvalue(), path, "xl/worksheets/sheet1.xml", head, unit, b"</sheetData></worksheet>", expands_to)


def wide_csv(path: Path, fields: int = 100_000) -> Path:
    """A one-line CSV of ``fields`` numbers, plus a header: an export gone wrong, or an attack."""
    with path.open("w", encoding="utf-8") as f:
        f.write(";".join(f"K{i}" for i in range(fields)) + "\n")
        f.write(";".join(str(i % 997) for i in range(fields)) + "\n")
    return path


def long_csv(path: Path, rows: int, cols: int = 5) -> Path:
    """A well-formed statistics table of ``rows`` × ``cols`` (label + numbers)."""
    rnd = random.Random(7)
    with path.open("w", encoding="utf-8") as f:
        f.write("Område;" + ";".join(str(2000 + j) for j in range(cols - 1)) + "\n")
        for _ in range(rows):
            label = "".join(rnd.choice("abcdefghijklmnopqrstuvxyzåäö") for _ in range(9)).capitalize()
            f.write(label + ";" + ";".join(f"{rnd.randint(0, 99999)},{rnd.randint(0, 9)}" for _ in range(cols - 1)) + "\n")
    return path


def huge_text(path: Path, size: int = 90 * MB) -> Path:
    """A plain-text file of varied Swedish-looking sentences (under the 100 MB file limit)."""
    rnd = random.Random(11)
    paragraph = []
    for _ in range(400):
        paragraph.append(" ".join(rnd.choice(_WORDS) for _ in range(12)).capitalize() + ".")
    block = ("\n\n".join(" ".join(paragraph[i : i + 5]) for i in range(0, 400, 5)) + "\n\n").encode()
    with path.open("wb") as f:
        written = 0
        while written < size:
            f.write(block)
            written += len(block)
    return path


def long_pdf(path: Path, pages: int = 150) -> Path:
    """A text PDF of ``pages`` pages with headings and varied paragraphs (reportlab)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rnd = random.Random(5)
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in range(pages):
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, 790, f"{page + 1}. {' '.join(rnd.choice(_WORDS) for _ in range(3)).capitalize()}")
        c.setFont("Helvetica", 10)
        y = 760
        for _ in range(52):
            c.drawString(60, y, " ".join(rnd.choice(_WORDS) for _ in range(11)).capitalize() + f" {rnd.randint(1, 99)},{rnd.randint(0, 9)}.")
            y -= 13
        c.showPage()
    c.save()
    return path


CASES = {
    "docx-bomb": ("bomb.docx", lambda p: docx_bomb(p)),
    "xlsx-bomb": ("bomb.xlsx", lambda p: xlsx_bomb(p)),
    "csv-100k-fields": ("bred.csv", lambda p: wide_csv(p, 100_000)),
    "csv-3M-fields": ("mycket-bred.csv", lambda p: wide_csv(p, 3_000_000)),
    "pdf-150-pages": ("rapport-150-sidor.pdf", lambda p: long_pdf(p, 150)),
    "text-90MB": ("stor.txt", lambda p: huge_text(p)),
}


# ---------------------------------------------------------------- measuring


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return out


class TreeSampler:
    """Peak of (this process + its descendants) resident memory, sampled every 10 ms."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            pids, todo = [], [me]
            while todo:
                p = todo.pop()
                pids.append(p)
                todo += _children(p)
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(p) for p in pids))
            self._stop.wait(0.01)


def measure(reader, path: Path, root: Path) -> dict:
    from errors import IngestError
    from ingest.pipeline import sha256_file

    rel = path.relative_to(root).as_posix()
    sha = sha256_file(path)
    t0 = time.perf_counter()
    with TreeSampler() as sampler:
        try:
            res = reader.read(path, rel, sha, root)
            outcome = f"läst: {len(res.chunks)} avsnitt, {len(res.tables)} tabeller" + (f"; {'; '.join(res.notes)}" if res.notes else "")
        except IngestError as exc:
            outcome = f"avvisad: {exc}"
    return {
        "seconds": time.perf_counter() - t0,
        "tree_mb": sampler.peak_kb / 1024,
        "worker_mb": (reader.last.peak_rss / MB) if reader.last else 0.0,  # VmHWM, or the watch's last look
        "outcome": outcome,
    }


def overhead_on_sample_kb() -> None:
    """Wall time per file through the worker minus the time load_file took inside it."""
    from ingest.pipeline import sha256_file
    from ingest.worker import Reader

    kb = (ROOT / "knowledge").resolve()
    files = sorted(p for p in kb.rglob("*") if p.is_file())
    reader = Reader()
    t0 = time.perf_counter()
    reader.worker_info()
    start = time.perf_counter() - t0
    print(f"\nWorker start (imports, once per ingest): {start:.2f} s")
    print(f"{'fil':<58} {'läsning':>9} {'totalt':>9} {'overhead':>9}")
    extra = []
    for p in files:
        reader.read(p, p.relative_to(kb).as_posix(), sha256_file(p), kb)
        st = reader.last
        extra.append(st.seconds - st.worker_seconds)
        print(f"{p.relative_to(kb).as_posix():<58} {st.worker_seconds:>8.3f}s {st.seconds:>8.3f}s {1000 * extra[-1]:>7.1f}ms")
    reader.close()
    extra.sort()
    print(f"Overhead per file: median {1000 * extra[len(extra) // 2]:.1f} ms, max {1000 * extra[-1]:.1f} ms")


def main() -> None:
    from ingest.worker import Reader

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", choices=sorted(CASES), help="run only these cases")
    ap.add_argument("--keep", type=Path, help="write the files here and keep them")
    ap.add_argument("--no-overhead", action="store_true", help="skip the sample-KB overhead measurement")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = (args.keep or Path(tmp)).resolve()
        root.mkdir(parents=True, exist_ok=True)
        print(f"Driver process alone: {_rss_kb(os.getpid()) / 1024:.0f} MB")
        print(f"{'fall':<17} {'på disk':>9} {'tid':>8} {'träd max':>9} {'worker max':>11}  utfall")
        with Reader() as reader:
            for name in args.only or CASES:
                filename, make = CASES[name]
                t = time.perf_counter()
                path = make(root / filename)
                made = time.perf_counter() - t
                m = measure(reader, path, root)
                size = path.stat().st_size / MB
                print(
                    f"{name:<17} {size:>7.1f}MB {m['seconds']:>7.1f}s {m['tree_mb']:>7.0f}MB {m['worker_mb']:>9.0f}MB  "
                    f"{m['outcome'][:110]}   (skapad på {made:.0f} s)",
                    flush=True,
                )
                if not args.keep:
                    path.unlink()
        if not args.no_overhead:
            overhead_on_sample_kb()


if __name__ == "__main__":
    main()
