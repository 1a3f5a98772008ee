"""Benchmark: what index integrity costs, and whether readers survive re-indexing.

    .venv/bin/python bench/bench_index_integrity.py [--knowledge knowledge] [--index /tmp/kb-bench-index]

Prints: the load time of the live generation with and without the file checks (median of 15), the
time of check_index() (what the app may call at start) and of the thorough check an ingest
does (inspect_live), the size of what is hashed; then readers in 2 processes loading in a loop
while the knowledge folder is re-indexed 25 times (fake embedder, so the re-indexes are quick
and many): loads and failures.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _median_seconds(fn, n: int = 5) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def bench_checks(knowledge: Path, index: Path) -> None:
    from index import store
    from index.build import update_index
    from index.embed import make_embedder

    if store.current_generation(index) is None:
        print(f"building {index} from {knowledge} …")
        update_index(knowledge, index)
    make_embedder()  # the model's own load is not what is measured
    gen = store.current_generation(index)
    files = [p for p in gen.rglob("*") if p.is_file()]
    objects = list((index / "objects").glob("*.pkl"))
    mb = sum(p.stat().st_size for p in files) / 1e6
    omb = sum(p.stat().st_size for p in objects) / 1e6
    print(f"generation: {len(files)} files, {mb:.1f} MB; objects: {len(objects)}, {omb:.1f} MB")

    # Interleaved, so a busy machine slows both sides alike.
    real_verify = store.verify_generation
    without = lambda gen, deep=False: store._parse_manifest(gen)  # noqa: E731
    times: dict = {real_verify: [], without: []}
    try:
        for _ in range(15):
            for verify, seconds in times.items():
                store.verify_generation = verify
                seconds.append(_median_seconds(lambda: store.load_snapshot(index), n=1))
    finally:
        store.verify_generation = real_verify
    checked, unchecked = (statistics.median(t) for t in times.values())
    print(f"load_snapshot: {checked * 1000:.0f} ms checked, {unchecked * 1000:.0f} ms without the file checks "
          f"(+{(checked - unchecked) * 1000:.0f} ms)")
    print(f"check_index: {_median_seconds(lambda: store.check_index(index)) * 1000:.0f} ms")
    print(f"inspect_live (ingest, every hash): {_median_seconds(lambda: store.inspect_live(index)) * 1000:.0f} ms")


def bench_readers() -> None:
    from index.build import update_index
    from tests.fakes import use_fake_embedder, write_kb

    use_fake_embedder()
    base = Path(tempfile.mkdtemp())
    kb, idx = write_kb(base / "kb", docs=20, paragraphs=30), base / "idx"
    update_index(kb, idx)
    readers = [
        subprocess.Popen([sys.executable, "-m", "tests.fakes", "load-loop", str(idx), "10"], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        for _ in range(2)
    ]
    time.sleep(1.0)
    for n in range(25):
        (kb / "andrad.md").write_text(f"# Version {n}\n\nText version {n}.\n")
        update_index(kb, idx)
    loads = failures = 0
    for p in readers:
        a, b = map(int, p.communicate()[0].split())
        loads, failures = loads + a, failures + b
    print(f"readers during 25 re-indexes: {loads} loads, {failures} failed")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--knowledge", default=str(ROOT / "knowledge"))
    ap.add_argument("--index", default=str(Path(tempfile.gettempdir()) / "kb-bench-index"))
    args = ap.parse_args()
    bench_checks(Path(args.knowledge), Path(args.index))
    bench_readers()


if __name__ == "__main__":
    main()
