"""Fit the statistics resolver's weights and decision thresholds on the fit split of the bank.

    .venv/bin/python eval/fit_resolver.py [--cache /work/cache]

For every fit-split question (earlier turns asked through the engine, so follow-ups have their
context), every candidate (table, value column) the resolver considers is turned into a
StatQuery and computed; its label is whether its figures contain the expected values. A
logistic regression over the candidates' features gives the weights – the probability that a
reading's answer is right. The thresholds (answer / ask back / offer alternatives) are then
chosen on the same questions to keep confidently wrong answers at or below TARGET_WRONG while
answering as many as possible. Writes assistant/stats/weights.json (with the data it was fitted
on), so the fit is reproducible: same bank, same split, same index → same weights.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.question import normalise_question  # noqa: E402
from assistant.stats import compute, read_form  # noqa: E402
from assistant.stats.build import build_query  # noqa: E402
from assistant.stats.model import (  # noqa: E402
    CONFIDENCE_FEATURES,
    DEFAULT_WEIGHTS,
    FEATURES,
    WEIGHTS_PATH,
    confidence_features,
    query_facts,
)
from assistant.stats.resolve import follow_context  # noqa: E402
from bench.bench_resolve import engine_for  # noqa: E402
from eval.stats_bank import judge, load_bank, split_of  # noqa: E402

TARGET_WRONG = 0.015  # confidently wrong answers on the fit questions (the goal is ≤ 2 % unseen)
ALT_RATIO = 0.5  # a runner-up is offered as an alternative when its share is at least this of the best's
MAX_CANDIDATES = 25


class _Fake:
    """Just enough of an Answer for eval.stats_bank.judge."""

    def __init__(self, figures):
        self.answered = True
        self.alternatives = []
        self.figures = figures


def collect(bank: list[dict], cache: Path, embedder: str | None) -> list[dict]:
    engines = {}
    out = []
    for q in bank:
        kb = q["kb"]
        if kb not in engines:
            engines[kb] = engine_for(kb, cache, embedder)
        engine = engines[kb]
        conv = engine.new_conversation()
        for turn in q["turns"][:-1]:
            engine.ask(turn, conv)
        form = read_form(normalise_question(q["turns"][-1], engine.vocabulary).text)  # as Engine.ask reads it
        scored = engine.resolver.scored(form, conv.stats)[:MAX_CANDIDATES]
        follow = follow_context(form, conv.stats)
        cands = []
        for r in scored:
            build_query(r, form, follow)
            ok = False
            n_figures = 0
            if r.query is not None and not r.missing_period and not r.missing_breakdown:
                try:
                    res = compute(r.profile, r.query)
                    n_figures = len(res.figures)
                    ok = q.get("answerable", True) and judge(q, _Fake(res.figures + res.totals)).outcome == "right" and bool(res.figures)
                except Exception:  # noqa: BLE001 - a failing candidate is simply not right
                    ok = False
            cands.append({"f": r.features, "right": ok, "table": r.profile.id, "column": r.column.name,
                          "missing_period": bool(r.missing_period or r.missing_breakdown),
                          "qf": query_facts(r.query, n_figures, follow is not None)})
        statistical = form.statistical
        unknown = bool(engine.documents.unknown_names(q["turns"][-1]))
        out.append({"id": q["id"], "answerable": q.get("answerable", True), "statistical": statistical, "unknown": unknown, "candidates": cands})
    return out


def vectorise(data: list[dict]) -> None:
    """Feature dicts → vectors in FEATURES order (features collected before a feature existed
    count as 0)."""
    for d in data:
        for c in d["candidates"]:
            c["features"] = [float(c["f"].get(k, 0.0)) for k in FEATURES]


def fit_ranker(data: list[dict], l2: float = 0.05) -> dict[str, float]:
    """Conditional logit over each question's candidates: maximise the probability mass on the
    right ones (questions with no right candidate teach the ranker nothing)."""
    from scipy.optimize import minimize

    groups = []
    for d in data:
        if not d["candidates"] or not any(c["right"] for c in d["candidates"]):
            continue
        X = np.asarray([c["features"] for c in d["candidates"]], dtype=float)
        y = np.asarray([c["right"] for c in d["candidates"]], dtype=bool)
        groups.append((X, y))
    k = len(FEATURES)

    def loss(w):
        total, grad = 0.0, np.zeros(k)
        for X, y in groups:
            s = X @ w
            s -= s.max()
            e = np.exp(s)
            p = e / e.sum()
            pr = p[y].sum()
            total -= np.log(pr + 1e-12)
            # d/dw of -log(sum_right p) = E_p[x] - E_{p|right}[x]
            grad += p @ X - (p[y] / (pr + 1e-12)) @ X[y]
        total += l2 * np.dot(w[1:], w[1:])
        grad[1:] += 2 * l2 * w[1:]
        return total / len(groups), grad / len(groups)

    w0 = np.array([DEFAULT_WEIGHTS.get(f, 0.0) for f in FEATURES])
    res = minimize(loss, w0, jac=True, method="L-BFGS-B")
    w = dict(zip(FEATURES, (float(x) for x in res.x)))
    w["bias"] = 0.0  # a shift of every candidate's score changes no ranking
    return w


def fit_confidence(data: list[dict], ranker: dict[str, float]) -> dict[str, float]:
    """P(the top reading's answer is right) from the top reading and the question."""
    from sklearn.linear_model import LogisticRegression

    X, y = [], []
    for d in data:
        feats, right = confidence_row(d, ranker)
        if feats is None:
            continue
        X.append(feats)
        y.append(int(right))
    model = LogisticRegression(C=1.0, max_iter=5000)
    model.fit(np.asarray(X), np.asarray(y))
    out = {"bias": float(model.intercept_[0])}
    out.update({k: float(v) for k, v in zip(CONFIDENCE_FEATURES, model.coef_[0])})
    return out


def confidence_row(d: dict, ranker: dict[str, float]):
    cands = d["candidates"]
    if not cands:
        return None, False
    wv = np.array([ranker.get(k, 0.0) for k in FEATURES])
    scores = np.asarray([float(np.dot(wv, c["features"])) for c in cands])
    order = np.argsort(-scores, kind="stable")
    top = cands[order[0]]
    fx = dict(zip(FEATURES, top["features"]))
    second = scores[order[1]] if len(order) > 1 else scores[order[0]] - 5
    feats = confidence_features(float(scores[order[0]]), float(second), fx, d["statistical"], d["unknown"], top.get("qf"))
    return feats, bool(top["right"]) and d["answerable"]


def simulate(data: list[dict], ranker: dict[str, float], conf: dict[str, float], th: dict[str, float]) -> dict[str, float]:
    """Outcomes of the engine's decision rule (engine._try_stats) on the collected candidates."""
    right = wrong = wrong_alt = asked = abstained = 0
    cw = np.array([conf.get("bias", 0.0)] + [conf.get(k, 0.0) for k in CONFIDENCE_FEATURES])
    wv = np.array([ranker.get(k, 0.0) for k in FEATURES])
    for d in data:
        feats, top_right = confidence_row(d, ranker)
        if feats is None:
            outcome = "no"
        else:
            p = 1 / (1 + np.exp(-float(np.dot(cw, [1.0] + list(feats)))))
            cands = d["candidates"]
            scores = np.asarray([float(np.dot(wv, c["features"])) for c in cands])
            b = int(np.argmax(scores))
            alternatives = len(cands) > 1
            if p < th["ask"] or (d["unknown"] and p >= th["ask"]) or cands[b]["missing_period"]:
                outcome = "no"
            elif p >= th["answer"]:
                outcome = "right" if top_right else "wrong"
            elif p >= th["doubt"] and d["statistical"]:
                # answered with a note of doubt, the other readings offered when there are any
                outcome = "right" if top_right else ("wrong_alt" if alternatives else "wrong")
            else:
                outcome = "ask" if d["statistical"] else "no"
        if not d["answerable"]:
            right += outcome in ("no", "ask")
            wrong += outcome in ("right", "wrong")
            wrong_alt += outcome == "wrong_alt"
            continue
        right += outcome == "right"
        wrong += outcome == "wrong"
        wrong_alt += outcome == "wrong_alt"
        asked += outcome == "ask"
        abstained += outcome == "no"
    n = len(data)
    n_ans = sum(d["answerable"] for d in data)
    return {"right_answerable": right / max(n_ans, 1), "wrong": wrong / max(n, 1), "wrong_alt": wrong_alt / max(n, 1),
            "asked": asked / max(n, 1), "abstained": abstained / max(n, 1)}


def out_of_fold(data: list[dict], files: dict[str, str], folds: int = 5) -> list[tuple[dict, dict, dict]]:
    """(question, ranker, confidence) with models fitted without the question's file: the
    thresholds are chosen on these, so they hold for tables the fit never saw."""
    groups = sorted({files[d["id"]] for d in data})
    rng = np.random.default_rng(0)
    order = list(rng.permutation(groups))
    parts = [set(order[i::folds]) for i in range(folds)]
    out = []
    for part in parts:
        train = [d for d in data if files[d["id"]] not in part]
        held = [d for d in data if files[d["id"]] in part]
        ranker = fit_ranker(train)
        conf = fit_confidence(train, ranker)
        out += [(d, ranker, conf) for d in held]
    return out


def simulate_oof(oof: list[tuple[dict, dict, dict]], th: dict[str, float]) -> dict[str, float]:
    totals = {"right": 0, "wrong": 0, "wrong_alt": 0, "asked": 0, "abstained": 0, "n": 0, "n_ans": 0}
    for d, ranker, conf in oof:
        s = simulate([d], ranker, conf, th)
        totals["n"] += 1
        totals["n_ans"] += d["answerable"]
        totals["right"] += s["right_answerable"] * (1 if d["answerable"] else 0)
        totals["wrong"] += s["wrong"]
        totals["wrong_alt"] += s["wrong_alt"]
        totals["asked"] += s["asked"]
        totals["abstained"] += s["abstained"]
    n, n_ans = max(totals["n"], 1), max(totals["n_ans"], 1)
    return {"right_answerable": totals["right"] / n_ans, "wrong": totals["wrong"] / n, "wrong_alt": totals["wrong_alt"] / n,
            "asked": totals["asked"] / n, "abstained": totals["abstained"] / n}


def choose_thresholds(oof) -> tuple[dict[str, float], dict[str, float]]:
    best = None
    # answer confidently above "answer"; answer showing the other readings above "doubt"; ask back
    # above "ask"; below it the documents may answer. A confident wrong answer costs three right
    # ones, a wrong one shown with its alternatives half of one.
    for answer in np.arange(0.3, 0.98, 0.04):
        for doubt in np.arange(0.06, answer + 0.001, 0.04):
            for ask in np.arange(0.02, doubt + 0.001, 0.04):
                th = {"answer": round(float(answer), 3), "doubt": round(float(doubt), 3), "ask": round(float(ask), 3), "margin": ALT_RATIO}
                s = simulate_oof(oof, th)
                key = (s["wrong"] <= TARGET_WRONG, s["right_answerable"] - 3 * s["wrong"] - 0.5 * s["wrong_alt"], -s["wrong"])
                if best is None or key > best[0]:
                    best = (key, th, s)
    return best[1], best[2]


def upper_bound(data: list[dict]) -> float:
    ans = [d for d in data if d["answerable"]]
    return sum(any(c["right"] for c in d["candidates"]) for d in ans) / max(len(ans), 1)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default="/work/cache" if Path("/work/cache").is_dir() else str(ROOT / "bench" / "out"))
    ap.add_argument("--embedder", default=None)
    ap.add_argument("--reuse", action="store_true", help="refit on the candidates collected last time")
    args = ap.parse_args()
    cache = Path(args.cache)
    t0 = time.time()
    bank = [q for q in load_bank() if split_of(q) == "fit"]
    data_path = cache / "resolver_fit_data.json"
    if args.reuse and data_path.exists():
        data = json.loads(data_path.read_text())
    else:
        data = collect(bank, cache, args.embedder)
        data_path.write_text(json.dumps(data, ensure_ascii=False))
    vectorise(data)
    print(f"{len(data)} frågor; någon kandidat rätt för {100 * upper_bound(data):.1f} % av de besvarbara")
    files = {q["id"]: f"{q['kb']}:{q['source']['file']}:{q['source'].get('sheet') or ''}" for q in bank}
    oof = out_of_fold(data, files)
    thresholds, stats = choose_thresholds(oof)  # on files each model never saw
    weights = fit_ranker(data)
    conf = fit_confidence(data, weights)
    stats["in_sample"] = simulate(data, weights, conf, thresholds)
    bank_hash = hashlib.sha256("".join(json.dumps(q, sort_keys=True) for q in bank).encode()).hexdigest()[:16]
    out = {
        "about": "Fitted by eval/fit_resolver.py on the fit split of eval/banks/stats_*.jsonl; do not edit by hand.",
        "questions": len(bank),
        "candidates": sum(len(d["candidates"]) for d in data),
        "bank_sha256": bank_hash,
        "weights": weights,
        "confidence": conf,
        "thresholds": thresholds,
        "fit_outcomes": stats,  # out of fold by file; "in_sample" with the final weights
    }
    WEIGHTS_PATH.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in out.items() if k != "weights"}, ensure_ascii=False, indent=1))
    print("vikter:", {k: round(v, 2) for k, v in weights.items()})
    print(f"{time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
