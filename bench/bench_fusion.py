"""Which fusion, and do compound splitting and acronym expansion help? Measured, not guessed.

Builds the hybrid index over the sample documents (../shared/seeds, through the real ingest
pipeline) and scores a small set of hand-written questions (bench/questions_seed.jsonl: each
question with text snippets that mark the chunks that answer it). Prints hit@1, hit@5 and
MRR@10 for BM25 alone, vectors alone, reciprocal rank fusion and min-max score fusion, with and
without compound splitting and acronym expansion.

    .venv/bin/python bench/bench_fusion.py [--docs DIR] [--model SPEC]

Vectors are cached in bench/out/ so a second run embeds nothing.
"""
from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index import hybrid  # noqa: E402
from index.embed import make_embedder  # noqa: E402
from index.hybrid import HybridIndex  # noqa: E402
from ingest.pipeline import load_file  # noqa: E402


def load_chunks(docs: Path):
    chunks = []
    for p in sorted(docs.iterdir()):
        if p.is_file() and p.suffix.lower() in (".txt", ".md", ".pdf", ".docx"):
            chunks += load_file(p, docs).chunks
    return chunks


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).lower()


def rankings(index: HybridIndex, query: str, depth: int = 10) -> dict[str, list[int]]:
    """Chunk positions, best first, for each way of ranking."""
    from index.acronyms import expand_query

    q = expand_query(query, index.acronyms)
    bm = index._bm25_scores(q)
    bm_order = [int(i) for i in np.argsort(-bm, kind="stable") if bm[i] > 0][: hybrid.CANDIDATES]
    qv = index.embedder.embed_queries([q])
    _, ids = index._faiss.search(qv, min(len(index.chunks), hybrid.CANDIDATES))
    vec_order = [int(i) for i in ids[0] if i >= 0]
    cos = dict(enumerate((index.vectors * qv[0]).sum(axis=1).tolist()))
    bm_rank = {i: r for r, i in enumerate(bm_order, 1)}
    vec_rank = {i: r for r, i in enumerate(vec_order, 1)}
    out = {"bm25": bm_order[:depth], "vector": vec_order[:depth]}
    for fusion in ("rrf", "score"):
        index.fusion = fusion
        fused = index._fuse(bm_rank, vec_rank, bm, cos)
        out[fusion] = sorted(fused, key=lambda i: (-fused[i], i))[:depth]
    index.fusion = "rrf"
    return out


def evaluate(index: HybridIndex, questions: list[dict]) -> dict[str, tuple[float, float, float]]:
    texts = [_norm(c.section + " " + c.text) for c in index.chunks]
    sums: dict[str, list[float]] = {}
    for qd in questions:
        relevant = {i for i, t in enumerate(texts) if any(_norm(n) in t for n in qd["needles"])}
        for name, order in rankings(index, qd["q"]).items():
            rank = next((r for r, i in enumerate(order, 1) if i in relevant), None)
            s = sums.setdefault(name, [0.0, 0.0, 0.0])
            s[0] += rank == 1
            s[1] += rank is not None and rank <= 5
            s[2] += 1 / rank if rank else 0.0
    n = len(questions)
    return {k: (v[0] / n, v[1] / n, v[2] / n) for k, v in sums.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--questions", type=Path, default=ROOT / "bench" / "questions_seed.jsonl")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()

    questions = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line]
    chunks = load_chunks(args.docs)
    embedder = make_embedder(args.model)
    out_dir = ROOT / "bench" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    cache_file = out_dir / f"vectors-{re.sub(r'[^A-Za-z0-9.-]+', '_', embedder.model_id)}.pkl"
    cache = pickle.loads(cache_file.read_bytes()) if cache_file.exists() else {}
    t = time.perf_counter()
    index = HybridIndex.build(chunks, embedder, vector_cache=cache)
    print(f"{len(chunks)} chunks, {len(questions)} questions, model {embedder.model_id}; "
          f"embedded {index.build_stats.embedded} in {time.perf_counter() - t:.1f} s")
    cache_file.write_bytes(pickle.dumps(index.vector_cache()))

    plain = HybridIndex.build(chunks, embedder, vector_cache=index.vector_cache(), split_compounds=False)
    variants = {"compounds+acronyms": index, "no compounds": plain}
    print(f"{'variant':<22}{'ranking':<8}{'hit@1':>7}{'hit@5':>7}{'MRR@10':>8}")
    for name, idx in variants.items():
        for ranking, (h1, h5, mrr) in evaluate(idx, questions).items():
            print(f"{name:<22}{ranking:<8}{h1:>7.2f}{h5:>7.2f}{mrr:>8.3f}")
    saved = index.acronyms
    index.acronyms = {}
    for ranking, (h1, h5, mrr) in evaluate(index, questions).items():
        print(f"{'no acronym expansion':<22}{ranking:<8}{h1:>7.2f}{h5:>7.2f}{mrr:>8.3f}")
    index.acronyms = saved


if __name__ == "__main__":
    main()
