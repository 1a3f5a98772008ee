"""Fit how much BM25's vote counts in the fused ranking, per query, on the tuning split.

    .venv/bin/python bench/fit_fusion.py --index sample=/work/cache/docs-sample-index \\
        --index realdata=/work/cache/docs-realdata-index [--dry-run]

For each answerable tuning question of eval/banks/docs.jsonl the two sides' ranked candidates
are read once (``HybridIndex.candidates``). BM25's weight in reciprocal rank fusion is
``w · exp(θ · query_features)`` (index/hybrid.py: ``fusion_features``: rare exact terms, figures,
acronyms, words the index has never seen, each side's confidence). w, the RRF constant and θ are
chosen on the tuning parts (sample and realdata) to minimise first the fusion's total shortfall against
the better single method (recall@1/3/5/10 and MRR@10 of the first chunk holding a gold page),
then its mean MRR; the result goes to index/fusion.json. Held-out numbers are printed, never used.
"""
from __future__ import annotations

import argparse
import itertools
import json
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_documents import SPLIT, gold_pages, load_bank, load_engine, search_query, split_of  # noqa: E402

STEPS = (-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0)
BASE_GRID = (0.5, 0.7, 1.0)  # BM25's vote before the query's features adjust it
K_GRID = (20, 60)  # the RRF constant
PENALTY = 0.01  # per unit of |θ|: at 0.003 θ fitted the tuning parts and lost on held-out
DEPTH = 10


def relevant(chunks, pages) -> set[int]:
    out = set()
    for i, c in enumerate(chunks):
        lo = c.page_start or 1
        hi = c.page_end or lo
        if any(d == c.document and lo <= p <= hi for d, p in pages):
            out.add(i)
    return out


def fused_rank(item, theta: np.ndarray, base: float, rrf_k: int) -> int | None:
    """Rank (1-based, within DEPTH) of the first relevant chunk in the fused ranking."""
    bm, vec, feats, rel = item[:4]
    wb = base * float(np.exp(feats @ theta))
    scores: dict[int, float] = {}
    for i, r in bm.items():
        scores[i] = scores.get(i, 0.0) + wb / (rrf_k + r)
    for i, r in vec.items():
        scores[i] = scores.get(i, 0.0) + 1.0 / (rrf_k + r)
    order = sorted(scores, key=lambda i: (-scores[i], i))[:DEPTH]
    return next((r for r, i in enumerate(order, 1) if i in rel), None)


def single_rank(ranks: dict[int, int], rel: set[int]) -> int | None:
    return min((r for i, r in ranks.items() if i in rel and r <= DEPTH), default=None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", action="append", required=True, help="KB=DIR")
    ap.add_argument("--out", type=Path, default=ROOT / "index" / "fusion.json")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--cache", type=Path, help="keep the collected rankings here (re-fit without searching)")
    ap.add_argument("--query-cache", type=Path, help="directory for cached question vectors")
    args = ap.parse_args(argv)

    from index import hybrid

    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    items: dict[tuple[str, str], list] = {}
    if args.cache and args.cache.exists():
        items = pickle.loads(args.cache.read_bytes())
    for spec in ([] if items else args.index):
        kb, _, directory = spec.partition("=")
        engine = load_engine(directory, args.query_cache / f"queries-{kb}.pkl" if args.query_cache else None)
        index = engine.snapshot.index
        for case in load_bank():
            if case["kb"] != kb or not case["answerable"]:
                continue
            cands = index.candidates(search_query(engine, case["turns"]))
            if cands is None:
                continue
            feats = np.array(index.fusion_features(cands), dtype=float)
            rel = relevant(index.chunks, gold_pages(case))
            raw = {i: (float(cands.bm25_scores[i]), cands.cosines[i]) for i in set(cands.bm25) | set(cands.vector)}
            items.setdefault((kb, split_of(case, split)), []).append((cands.bm25, cands.vector, feats, rel, raw))
        if args.query_cache:
            index.embedder.save()
    if args.cache and not args.cache.exists():
        args.cache.write_bytes(pickle.dumps(items))
    names = hybrid.FUSION_FEATURES
    tune_keys = [key for key in items if key[1] == "tune"]

    def table(base: float, rrf_k: int, theta: np.ndarray, keys) -> dict:
        """Per part: recall@1,3,5,10 and MRR@10 for BM25, vectors and the fusion."""
        out = {}
        for key in keys:
            its = items[key]
            rows = {}
            for name, rank in (("bm25", lambda it: single_rank(it[0], it[3])), ("vector", lambda it: single_rank(it[1], it[3])),
                               ("fused", lambda it: fused_rank(it, theta, base, rrf_k))):
                ranks = [rank(it) for it in its]
                rows[name] = [np.mean([r is not None and r <= k for r in ranks]) for k in (1, 3, 5, 10)] + [
                    np.mean([1 / r if r else 0.0 for r in ranks])
                ]
            out[key] = rows
        return out

    def objective(base: float, rrf_k: int, theta: np.ndarray) -> tuple[float, float]:
        """(how far the fusion falls short of the better single method, summed over tuning
        parts and metrics, less a small penalty on θ so that no feature is used without a gain;
        mean MRR) – beat both everywhere first, then rank well."""
        t = table(base, rrf_k, theta, tune_keys)
        short = sum(min(0.0, r["fused"][j] - max(r["bm25"][j], r["vector"][j])) for r in t.values() for j in range(5))
        return short - PENALTY * float(np.abs(theta).sum()), float(np.mean([r["fused"][4] for r in t.values()]))

    best = None
    for base, rrf_k in itertools.product(BASE_GRID, K_GRID):
        theta = np.zeros(len(names))
        cur = objective(base, rrf_k, theta)
        for _ in range(2):  # coordinate search
            for j, step in itertools.product(range(len(names)), STEPS):
                t = theta.copy()
                t[j] = step
                v = objective(base, rrf_k, t)
                if v > cur:
                    cur, theta = v, t
        if best is None or cur > best[0]:
            best = (cur, base, rrf_k, theta)
    _, base, rrf_k, theta = best
    print(f"BM25 weight {base} · exp(θ·f), RRF k={rrf_k}; θ: " + ", ".join(f"{n} {t:+.2f}" for n, t in zip(names, theta)))
    for key, rows in sorted(table(base, rrf_k, theta, items).items()):
        print(f"{key[0]}/{key[1]} (n={len(items[key])})      @1     @3     @5    @10    MRR")
        for name, vals in rows.items():
            print(f"   {name:<10}" + "".join(f"{v:7.3f}" for v in vals))
    if not args.dry_run:
        data = {"features": list(names), "theta": [round(float(t), 4) for t in theta], "bm25_weight": base, "rrf_k": rrf_k,
                "fitted_by": "bench/fit_fusion.py", "tuning_documents": split["tune"]}
        args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
