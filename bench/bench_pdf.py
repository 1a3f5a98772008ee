"""Benchmark: PDF reading, the old reader against the current one.

    .venv/bin/python bench/bench_pdf.py [--old REV] [--pages 150] [--dir ../shared/realdata/pdf]

For every PDF in --dir: parse time of ``read_pdf`` (process CPU seconds – the machine is
shared, so wall time says more about the neighbours than about the code – and wall
seconds), and the statistics tables ``load_file`` makes of it. Then the peak RSS of reading
a generated PDF of --pages pages (text and a ruled table on every page, see
tests/pdf_samples.py).

The old reader is the code at --old (default: where this branch left main, i.e. pypdf text
plus pdfplumber on every page), unpacked with ``git archive`` into a temporary folder and run
in a subprocess, so both read the same files on the same machine in fresh interpreters.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORKER = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from ingest.pdf import read_pdf
mode, paths = sys.argv[2], [Path(p) for p in sys.argv[3:]]
out = []
for p in paths:
    cpu, wall = time.process_time(), time.perf_counter()
    content = read_pdf(p)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    row = {"name": p.name, "cpu": cpu, "wall": wall, "pages": len(content.pages)}
    if mode == "tables":
        from ingest.pipeline import load_file
        row["tables"] = sum(1 for t in load_file(p, p.parent).tables if not t.source_tables)
    out.append(row)
try:  # VmHWM: this process's peak alone (ru_maxrss may carry a forking parent's over exec)
    rss = int([ln for ln in open("/proc/self/status") if ln.startswith("VmHWM")][0].split()[1]) / 1024
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"files": out, "rss_mb": rss}))
"""


def _old_rev() -> str:
    """Where this branch left main (the code before the new reader), else the commit before
    the one that replaced ingest/pdf.py by the ingest/pdf/ package."""
    base = subprocess.run(["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True)
    if base.returncode == 0 and base.stdout.strip():
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        if base.stdout.strip() != head:
            return base.stdout.strip()
    deleting = subprocess.run(
        ["git", "log", "-1", "--format=%H", "--diff-filter=D", "--", "ingest/pdf.py"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.strip()
    return f"{deleting}^" if deleting else "HEAD"


def _checkout(rev: str, into: Path) -> None:
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)


def _run(root: Path, mode: str, paths: list[Path]) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", WORKER, str(root), mode, *map(str, paths)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(pdf_dir: Path, pages: int, old: str | None) -> None:
    from tests.pdf_samples import make_long_pdf

    rev = old or _old_rev()
    paths = sorted(pdf_dir.glob("*.pdf"))
    with tempfile.TemporaryDirectory() as tmp:
        old_root = Path(tmp) / "old"
        old_root.mkdir()
        _checkout(rev, old_root)
        long_pdf = make_long_pdf(Path(tmp) / "generated.pdf", pages)
        results = {}
        for label, root in (("old", old_root), ("new", ROOT)):
            timed = _run(root, "time", paths)  # parse time alone, one interpreter for all files
            counted = _run(root, "tables", paths)  # statistics tables made of them
            big = _run(root, "time", [long_pdf])
            results[label] = (timed, counted, big)

    print(f"PDF parse time, old = {rev} vs new = working tree (CPU s / wall s; tables = statistics tables)")
    print(f"{'file':52s} {'pages':>5s} {'old cpu':>8s} {'new cpu':>8s} {'ratio':>6s} {'old wall':>9s} {'new wall':>9s} {'tables old/new':>15s}")
    tot = {"old": [0.0, 0.0], "new": [0.0, 0.0]}
    for k, p in enumerate(paths):
        o, n = results["old"][0]["files"][k], results["new"][0]["files"][k]
        to, tn = results["old"][1]["files"][k]["tables"], results["new"][1]["files"][k]["tables"]
        for label, row in (("old", o), ("new", n)):
            tot[label][0] += row["cpu"]
            tot[label][1] += row["wall"]
        print(
            f"{p.name[:52]:52s} {n['pages']:5d} {o['cpu']:8.2f} {n['cpu']:8.2f} {o['cpu'] / max(n['cpu'], 1e-9):5.1f}x"
            f" {o['wall']:9.2f} {n['wall']:9.2f} {to:>7d}/{tn:<7d}"
        )
    print(
        f"{'total':52s} {'':5s} {tot['old'][0]:8.2f} {tot['new'][0]:8.2f} {tot['old'][0] / max(tot['new'][0], 1e-9):5.1f}x"
        f" {tot['old'][1]:9.2f} {tot['new'][1]:9.2f}"
    )
    for label in ("old", "new"):
        big = results[label][2]
        row = big["files"][0]
        print(
            f"generated {row['pages']}-page PDF, {label}: peak RSS {big['rss_mb']:.0f} MB,"
            f" {row['cpu']:.2f} s CPU, {row['wall']:.2f} s wall"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=str(ROOT.parent / "shared" / "realdata" / "pdf"))
    ap.add_argument("--pages", type=int, default=150)
    ap.add_argument("--old", default=None, help="git revision of the old reader")
    args = ap.parse_args()
    run(Path(args.dir), args.pages, args.old)


if __name__ == "__main__":
    main()
