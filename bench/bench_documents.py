"""How well are document questions answered? eval/banks/docs.jsonl, per split and knowledge base.

    .venv/bin/python bench/bench_documents.py --index sample=/work/cache/docs-sample-index \\
        --index realdata=/work/cache/docs-realdata-index [--split tune] [--verbose] [--json out.json]

Each index must be built from that knowledge base (sample: ``knowledge/``; realdata: a folder
holding the real PDFs under ``pdf/``), e.g. ``python -m assistant ingest --knowledge DIR --index
DIR``. The bank is split by document (eval/banks/docs_split.json says which and why); every
number is printed per split and knowledge base:

- retrieval recall@k (k = 1, 3, 5, 10): a gold (document, page) is among the pages of the top-k
  chunks, for BM25 alone, vectors alone and the fused ranking the engine uses;
- sentence@3: a gold sentence is among the first three citations (token overlap ≥ 0.8 of the
  gold sentence's words, and the quote not more than three times as long); an answer from a
  statistics table counts when a figure's source page is a gold page;
- key: every key string of the case appears in the answer text (and "any": at least one);
- no support: precision and recall of "no support" on the unanswerable questions, and the
  share of answerable questions wrongly answered with "no support" – split into a flat "no
  support" and "Jag är osäker" with the nearest quote shown (and how often that quote holds the
  answer);
- latency of ``Engine.ask`` for the last turn, warm (models and index loaded, earlier questions
  asked), p50/p95, all routes and the documents route alone; with ``--query-cache`` the
  question's vector is read from disk, so the time excludes embedding the question.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.swedish import fold, words  # noqa: E402

BANK = ROOT / "eval" / "banks" / "docs.jsonl"
SPLIT = ROOT / "eval" / "banks" / "docs_split.json"
KS = (1, 3, 5, 10)
OVERLAP = 0.8


def load_bank(path: Path = BANK) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def split_of(case: dict, split: dict | None = None) -> str:
    """"tune" or "held_out" for a bank case, by its document."""
    split = split or json.loads(SPLIT.read_text(encoding="utf-8"))
    return "tune" if case["doc"] in split["tune"] else "held_out"


def gold_pages(case: dict) -> set[tuple[str, int]]:
    return {(g.get("doc") or case["doc"], int(g["page"])) for g in case.get("gold") or []}


def sentence_matches(gold: str, quote: str) -> bool:
    """The quote holds at least 80 % of the gold sentence's words and is not a whole page."""
    g, q = words(gold), words(quote)
    if not g or not q:
        return False
    qs = set(q)
    share = sum(1 for w in g if w in qs) / len(g)
    return share >= OVERLAP and len(q) <= 3 * len(g) + 10


def _squash(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", "", fold(text)).replace("−", "-")


def key_found(key: str, text: str) -> bool:
    return _squash(key) in _squash(text)


def first_rank(chunks, pages: set[tuple[str, int]]) -> int | None:
    """1-based rank of the first chunk whose pages hold a gold page."""
    for r, c in enumerate(chunks, 1):
        lo = c.page_start or 1
        hi = c.page_end or lo
        if any(d == c.document and lo <= p <= hi for d, p in pages):
            return r
    return None


@dataclass
class Tally:
    n_answerable: int = 0
    retrieval: dict[str, list[int | None]] = field(default_factory=lambda: defaultdict(list))
    sentence_hits: int = 0
    key_all: int = 0
    key_any: int = 0
    n_keyed: int = 0
    unanswerable: int = 0
    said_no: int = 0  # "no support" answers
    said_no_right: int = 0  # … to unanswerable questions
    said_no_wrong: int = 0  # … to answerable questions
    unsure_wrong: int = 0  # … of which "Jag är osäker" with the nearest quote shown, not a flat "no support"
    unsure_right_quote: int = 0  # … and that quote holds the gold sentence
    by_style: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # hits, n
    times: list[float] = field(default_factory=list)
    doc_times: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def recall(self, method: str, k: int) -> float:
        ranks = self.retrieval[method]
        return sum(1 for r in ranks if r is not None and r <= k) / max(len(ranks), 1)

    def mrr(self, method: str) -> float:
        ranks = self.retrieval[method]
        return sum(1 / r for r in ranks if r) / max(len(ranks), 1)


def retrieval_ranks(engine, query: str, pages: set[tuple[str, int]], depth: int = 10) -> dict[str, int | None]:
    index = engine.snapshot.index
    cands = index.candidates(query)
    if cands is None:
        return {"bm25": None, "vector": None, "fused": None}
    chunks = index.chunks
    bm = [chunks[i] for i in sorted(cands.bm25, key=cands.bm25.get)[:depth]]
    vec = [chunks[i] for i in sorted(cands.vector, key=cands.vector.get)[:depth]]
    fused = [h.chunk for h in index.search(query, k=depth)]
    return {"bm25": first_rank(bm, pages), "vector": first_rank(vec, pages), "fused": first_rank(fused, pages)}


class QueryVectorCache:
    """The index's embedder with question vectors kept on disk, so repeated bench and fit runs
    embed each question once (passages are never embedded here)."""

    def __init__(self, embedder, path: Path):
        import pickle

        self.embedder, self.path = embedder, path
        self.model_id, self.dim = embedder.model_id, embedder.dim
        self.vectors: dict[str, object] = pickle.loads(path.read_bytes()) if path.exists() else {}
        self._n = len(self.vectors)

    def embed_queries(self, texts):
        import numpy as np

        todo = [t for t in texts if t not in self.vectors]
        if todo:
            for t, v in zip(todo, self.embedder.embed_queries(todo)):
                self.vectors[t] = np.asarray(v, dtype=np.float32)
        return np.stack([self.vectors[t] for t in texts])

    def embed_passages(self, texts):
        return self.embedder.embed_passages(texts)

    def save(self) -> None:
        import pickle

        if len(self.vectors) != self._n:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(pickle.dumps(self.vectors))
            self._n = len(self.vectors)


def load_engine(directory: str, query_cache: Path | None = None):
    """The engine for an index; question vectors cached in ``query_cache`` when given."""
    from assistant.engine import Engine

    engine = Engine.from_index(Path(directory))
    if query_cache is not None:
        index = engine.snapshot.index
        index.embedder = QueryVectorCache(index.embedder, query_cache)
    return engine


def read_last_turn(engine, turns: list[str]):
    """(normalised last turn, the question the documents route answers for it) – a follow-up
    read with the turn before it, as ``Engine.ask`` does."""
    from assistant.answer import Answer, Route
    from assistant.question import normalise_question

    conv = engine.new_conversation()
    for turn in turns[:-1]:
        prev = engine.document_question(normalise_question(turn, engine.vocabulary), conv)
        conv.history.append(Answer(prev, True, Route.DOCUMENTS, ""))
    nq = normalise_question(turns[-1], engine.vocabulary)
    return nq, engine.document_question(nq, conv)


def search_query(engine, turns: list[str]) -> str:
    """The text the documents route searches for the last turn."""
    nq, text = read_last_turn(engine, turns)
    return f"{text} {nq.context}".strip()


def run_case(engine, case: dict, tally: Tally, verbose: bool) -> None:
    from assistant.answer import Route
    from assistant.documents.answerer import UNSURE

    conv = engine.new_conversation()
    for turn in case["turns"][:-1]:
        engine.ask(turn, conv)
    # Warm: models and index loaded, earlier questions asked; the question's own vector comes
    # from --query-cache when given (then the time excludes embedding the question).
    t0 = time.perf_counter()
    ans = engine.ask(case["turns"][-1], conv)
    dt = (time.perf_counter() - t0) * 1000
    tally.times.append(dt)
    if ans.route == Route.DOCUMENTS:
        tally.doc_times.append(dt)
    said_no = not ans.answered
    tally.said_no += said_no
    if not case["answerable"]:
        tally.unanswerable += 1
        tally.said_no_right += said_no
        if not said_no:
            tally.misses.append(f"{case['id']} answered an unanswerable question: {case['turns'][-1]}")
        return
    tally.n_answerable += 1
    tally.said_no_wrong += said_no
    golds = [g["sentence"] for g in case.get("gold") or []]
    if said_no and ans.citations and ans.answer.startswith(UNSURE):
        tally.unsure_wrong += 1
        tally.unsure_right_quote += any(sentence_matches(g, c.text) for c in ans.citations[:1] for g in golds)
    pages = gold_pages(case)
    for method, rank in retrieval_ranks(engine, search_query(engine, case["turns"]), pages).items():
        tally.retrieval[method].append(rank)
    hit = any(sentence_matches(g, c.text) for c in ans.citations[:3] for g in golds)
    if not hit and ans.figures:
        hit = any((f.source.document, f.source.page) in pages for f in ans.figures)
    tally.sentence_hits += hit
    for st in case["style"]:
        tally.by_style[st][0] += hit
        tally.by_style[st][1] += 1
    keys = case.get("key") or []
    if keys:
        tally.n_keyed += 1
        found = [key_found(k, ans.answer) for k in keys]
        tally.key_all += all(found)
        tally.key_any += any(found)
    if not hit:
        tally.misses.append(
            f"{case['id']} {'NO SUPPORT' if said_no else 'wrong quote'}: {case['turns'][-1]}"
            + (f"\n      → {ans.answer[:300]!r}" if verbose else "")
        )


def pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def report(name: str, t: Tally) -> dict:
    def p(xs: list[float], q: float) -> float:
        return sorted(xs)[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")

    out = {
        "answerable": t.n_answerable,
        "unanswerable": t.unanswerable,
        "retrieval": {m: {f"@{k}": t.recall(m, k) for k in KS} | {"mrr": t.mrr(m)} for m in ("bm25", "vector", "fused")},
        "sentence@3": t.sentence_hits / max(t.n_answerable, 1),
        "key_all": t.key_all / max(t.n_keyed, 1),
        "key_any": t.key_any / max(t.n_keyed, 1),
        "no_support_precision": t.said_no_right / t.said_no if t.said_no else float("nan"),
        "no_support_recall": t.said_no_right / t.unanswerable if t.unanswerable else float("nan"),
        "no_support_wrong": t.said_no_wrong / max(t.n_answerable, 1),
        "no_support_wrong_flat": (t.said_no_wrong - t.unsure_wrong) / max(t.n_answerable, 1),
        "unsure_wrong": t.unsure_wrong / max(t.n_answerable, 1),
        "unsure_right_quote": t.unsure_right_quote / max(t.unsure_wrong, 1),
        "ms_p50": statistics.median(t.times) if t.times else float("nan"),
        "ms_p95": p(t.times, 0.95),
        "docs_ms_p50": statistics.median(t.doc_times) if t.doc_times else float("nan"),
        "docs_ms_p95": p(t.doc_times, 0.95),
    }
    print(f"\n== {name}: {t.n_answerable} answerable, {t.unanswerable} unanswerable")
    print("   retrieval recall   " + "".join(f"{'@' + str(k):>7}" for k in KS) + f"{'MRR':>7}")
    for m in ("bm25", "vector", "fused"):
        r = out["retrieval"][m]
        print(f"   {m:<18}" + "".join(f"{pct(r['@' + str(k)]):>7}" for k in KS) + f"{r['mrr']:7.3f}")
    print(
        f"   sentence@3 {pct(out['sentence@3'])} %   key all {pct(out['key_all'])} % / any {pct(out['key_any'])} %"
    )
    print(
        f"   no support: precision {pct(out['no_support_precision'])} %, recall {pct(out['no_support_recall'])} %, "
        f"wrongly said {pct(out['no_support_wrong'])} %"
    )
    print(
        f"      of which flat \"no support\" {pct(out['no_support_wrong_flat'])} %, \"osäker\" with the nearest quote "
        f"{pct(out['unsure_wrong'])} % (that quote holds the answer in {pct(out['unsure_right_quote'])} % of them)"
    )
    styles = sorted(t.by_style.items(), key=lambda kv: -kv[1][1])
    print("   sentence@3 by style: " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in styles))
    print(
        f"   warm ms: all p50 {out['ms_p50']:.1f} / p95 {out['ms_p95']:.1f};  documents route p50 "
        f"{out['docs_ms_p50']:.1f} / p95 {out['docs_ms_p95']:.1f}"
    )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", action="append", required=True, help="KB=DIR, e.g. sample=/work/cache/docs-sample-index")
    ap.add_argument("--split", choices=("tune", "held_out"), help="only this split")
    ap.add_argument("--ids", help="comma-separated case ids (debugging)")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--misses", action="store_true", help="list the questions that missed")
    ap.add_argument("--json", type=Path, help="write the numbers here")
    ap.add_argument("--query-cache", type=Path, help="directory for cached question vectors")
    args = ap.parse_args(argv)

    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    bank = load_bank()
    ids = set(args.ids.split(",")) if args.ids else None
    results = {}
    for spec in args.index:
        kb, _, directory = spec.partition("=")
        engine = load_engine(directory, args.query_cache / f"queries-{kb}.pkl" if args.query_cache else None)
        cases = [c for c in bank if c["kb"] == kb and (ids is None or c["id"] in ids)]
        tallies: dict[str, Tally] = defaultdict(Tally)
        for case in cases:
            s = split_of(case, split)
            if args.split and s != args.split:
                continue
            run_case(engine, case, tallies[s], args.verbose)
        if args.query_cache:
            engine.snapshot.index.embedder.save()
        for s in ("tune", "held_out"):
            if s in tallies:
                results[f"{kb}/{s}"] = report(f"{kb} / {s}", tallies[s])
                if args.misses:
                    print("   misses:\n     " + "\n     ".join(tallies[s].misses))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
