"""Benchmark: ingest the sample knowledge base from scratch, then search latency.

    .venv/bin/python bench/bench_ingest_search.py [--knowledge knowledge] [--pdf]

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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--knowledge", default=str(ROOT / "knowledge"))
    ap.add_argument("--pdf", action="store_true", help="also compare PDF parsing, old reader vs new (bench_pdf.py)")
    args = ap.parse_args()
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
