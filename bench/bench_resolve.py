"""How well does the statistics route read questions it was not fitted on? Prints numbers.

    .venv/bin/python bench/bench_resolve.py [--split test|fit|all] [--kb sample|realdata|all] [-v]

Asks every question of the statistics bank (eval/banks/stats_*.jsonl) as one conversation per
question against an index of its knowledge base (sample: knowledge/; realdata: the files of
../shared/realdata/{stats,pdf}, copied to a scratch folder outside the repo), judges the answer
by its figures (eval/stats_bank.py) and prints, per split: right reading, asked back, abstained,
wrong (and confidently wrong: no alternative offered), and for the questions the tables cannot
answer how often the engine answered anyway. Indexes are built once into --cache and reused.

Reproducible by construction: the default e5 runs in float32 here (``--precision``). In bfloat16 —
the product's choice on a CPU with AMX — a text's vector moves by up to 1e-3 with the batch it was
embedded in (padding changes the kernels' summation order), so an index updated after another
commit's re-ingest, or one chunk more in a batch, flipped near-ties between tables: identical code
measured 81 and 79 of 193 held-out right an hour apart (session 59). In float32 the batch moves a
vector by under 1e-7. Indexes and question vectors are kept per precision (``CACHE/PRECISION/``).
"""
from __future__ import annotations

import argparse
import collections
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.stats_bank import judge, load_bank, split_of  # noqa: E402


def knowledge_dir(kb: str, cache: Path) -> Path:
    if kb == "sample":
        return ROOT / "knowledge"
    src = ROOT.parent / "shared" / "realdata"
    dst = cache / "realdata_kb"
    for sub in ("stats", "pdf"):
        if not (dst / sub).exists() and (src / sub).exists():
            shutil.copytree(src / sub, dst / sub)
    return dst


def engine_for(kb: str, cache: Path, embedder: str | None):
    from assistant.engine import Engine
    from index.build import update_index

    idx = cache / f"idx-{kb}"
    update_index(knowledge_dir(kb, cache), idx, embedder_spec=embedder)
    engine = Engine.from_index(idx, embedder)
    _persist_query_vectors(engine, cache)
    return engine


def _persist_query_vectors(engine, cache: Path) -> None:
    """Keep question vectors between bench runs (the bank is fixed; embedding is the slow part)."""
    import atexit
    import pickle

    index = engine.snapshot.index
    path = cache / f"query-vectors-{index.model_id.replace('/', '_').replace(':', '_')}.pkl"
    try:
        store = pickle.loads(path.read_bytes()) if path.exists() else {}
    except (OSError, pickle.UnpicklingError, EOFError):
        store = {}
    original = index._query_vector

    def cached(query: str):
        v = store.get(query)
        if v is None:
            v = original(query)
            store[query] = v
        return v

    index._query_vector = cached

    def save() -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(store))
        tmp.replace(path)

    atexit.register(save)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test", choices=["test", "fit", "all"])
    ap.add_argument("--kb", default="all", choices=["sample", "realdata", "all"])
    ap.add_argument("--cache", default="/work/cache" if Path("/work/cache").is_dir() else str(ROOT / "bench" / "out"))
    ap.add_argument("--embedder", default=None)
    ap.add_argument("--precision", default="fp32", choices=["fp32", "bf16", "auto"],
                    help="arithmetic of the default e5 (fp32: vectors independent of their batch)")
    ap.add_argument("--ids", default="", help="comma-separated question ids")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    os.environ["KB_E5_PRECISION"] = args.precision  # read when the model loads, below
    cache = Path(args.cache) / args.precision
    cache.mkdir(parents=True, exist_ok=True)

    bank = load_bank()
    if args.ids:
        wanted = set(args.ids.split(","))
        bank = [q for q in bank if q["id"] in wanted]
    elif args.split != "all":
        bank = [q for q in bank if split_of(q) == args.split]
    if args.kb != "all":
        bank = [q for q in bank if q["kb"] == args.kb]
    engines = {}
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    times = []
    for q in bank:
        kb = q["kb"]
        if kb not in engines:
            engines[kb] = engine_for(kb, cache, args.embedder)
        engine = engines[kb]
        conv = engine.new_conversation()
        t0 = time.perf_counter()
        ans = None
        for turn in q["turns"]:
            ans = engine.ask(turn, conv)
        times.append(time.perf_counter() - t0)
        v = judge(q, ans)
        side = split_of(q)
        kind = "answerable" if q.get("answerable", True) else "unanswerable"
        for key in (f"{side}/{kind}", f"{side}/{kind}/{kb}", f"{side}/{kind}/route-{ans.route}"):
            counts[key][v.outcome] += 1
            if v.outcome == "wrong" and v.confident:
                counts[key]["confidently_wrong"] += 1
            if v.outcome == "answered_unanswerable" and v.confident:
                counts[key]["confidently_wrong"] += 1
        for style in q.get("style", []):
            counts[f"{side}/style/{style}"][v.outcome] += 1
        if args.verbose and v.outcome not in ("right",):
            print(f"[{v.outcome}{'' if not v.confident else ', säker'}] {q['id']} {q['turns']} – saknar {v.missing} – väg {ans.route}")
            print("    läsning:", ans.reading or "–")
            print("    " + ans.answer.replace("\n", " ")[:300])
            if ans.alternatives:
                print("    alternativ:", ans.alternatives)
    print(f"\n{len(bank)} frågor, p50 {1000 * statistics.median(times):.1f} ms per konversation" if times else "inga frågor")
    for key in sorted(counts):
        c = counts[key]
        n = sum(v for k, v in c.items() if k != "confidently_wrong")
        if "/style/" in key:
            continue
        line = ", ".join(f"{k} {v} ({100 * v / n:.0f} %)" for k, v in sorted(c.items()))
        print(f"{key:<32} n={n:<4} {line}")
    print("\nPer stil (rätt / n):")
    for key in sorted(k for k in counts if "/style/" in k):
        c = counts[key]
        n = sum(c.values())
        print(f"  {key:<40} {c['right']}/{n}")
    for side in ("fit", "test"):
        ans_c = counts.get(f"{side}/answerable")
        un_c = counts.get(f"{side}/unanswerable")
        if not ans_c:
            continue
        n_ans = sum(v for k, v in ans_c.items() if k != "confidently_wrong")
        n_all = n_ans + (sum(v for k, v in un_c.items() if k != "confidently_wrong") if un_c else 0)
        cw = ans_c["confidently_wrong"] + (un_c["confidently_wrong"] if un_c else 0)
        abst = ans_c["abstained"] + ans_c["asked_back"]
        print(
            f"\n[{side}] rätt läsning {100 * ans_c['right'] / n_ans:.1f} % av {n_ans} besvarbara; "
            f"avstod/frågade tillbaka {100 * abst / n_ans:.1f} %; "
            f"säkert fel {100 * cw / n_all:.1f} % av alla {n_all}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
