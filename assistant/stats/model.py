"""The statistics resolver's fitted model: the features it reads, the weights and confidence
weights fitted by ``eval/fit_resolver.py`` (``weights.json``) and the decision thresholds.

Kept apart from the resolver so that the fit script, the engine and the resolver read one
definition of each feature list, and so that a refit changes data, never code.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from .form import Op
from .query import StatQuery

WEIGHTS_PATH = Path(__file__).with_name("weights.json")
FEATURES = (
    "bias", "col", "cap", "ent", "other", "none", "extra", "cos", "search", "share", "count",
    "rankable", "nent", "ndim", "period_miss", "period_hit", "part", "consolidated", "ctx_table",
    "ctx_col", "no_topic", "lookup_norows", "generic_col", "followup_other", "ent_cov", "rate", "rows_rel",
)


@lru_cache(maxsize=1)
def load_fit() -> dict:
    """The fitted model (eval/fit_resolver.py): ranker weights, confidence weights, thresholds."""
    if WEIGHTS_PATH.exists():
        return json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    return {"weights": dict(DEFAULT_WEIGHTS), "confidence": dict(DEFAULT_CONFIDENCE), "thresholds": {}}


def load_weights() -> dict[str, float]:
    return load_fit()["weights"]


CONFIDENCE_FEATURES = (
    "top", "gap", "none", "col", "ent", "search", "cos", "extra", "statistical", "unknown", "no_topic",
    "op_lookup", "op_rank", "op_compare", "op_threshold", "op_aggregate", "op_trend", "rows", "scope", "grouped",
    "period_sum", "over", "figures_none", "figures_many", "derived", "followup",
)
DEFAULT_CONFIDENCE = {"bias": -1.0, "top": 0.5, "gap": 0.5, "none": -3.0, "statistical": 0.5, "unknown": -2.0}


def confidence_features(
    top: float, second: float, f: dict[str, float], statistical: bool, unknown: bool, facts: dict[str, float] | None = None
) -> list[float]:
    """What the confidence model reads: the best reading's score, its lead over the next one, a
    few of its features, and what its query does (``query_facts``): a lookup of one named row is
    safer than a sum over a scope."""
    facts = facts or {}
    return [top, min(top - second, 5.0), f["none"], f["col"], f["ent"], f["search"], f["cos"], f["extra"],
            float(statistical), float(unknown), f["no_topic"]] + [float(facts.get(k, 0.0)) for k in CONFIDENCE_FEATURES[11:]]


def query_facts(q: StatQuery | None, n_figures: int, followup: bool) -> dict[str, float]:
    """The shape of a built query, for the confidence model."""
    if q is None:
        return {"figures_none": 1.0}
    agg = q.op in (Op.SUM, Op.MEAN, Op.COUNT)
    return {
        "op_lookup": float(q.op == Op.LOOKUP), "op_rank": float(q.op == Op.RANK), "op_compare": float(q.op == Op.COMPARE),
        "op_threshold": float(q.op == Op.THRESHOLD), "op_aggregate": float(agg), "op_trend": float(q.op == Op.TREND),
        "rows": float(min(len(q.rows), 3)) / 3, "scope": float(bool(q.scope)), "grouped": float(bool(q.group_by)),
        "period_sum": float(bool(q.period_sum)), "over": float(bool(q.over)), "figures_none": float(n_figures == 0),
        "figures_many": float(n_figures > 5), "derived": float(bool(q.base or q.other_column)), "followup": float(followup),
    }


# Starting point before any fit (and the fit's initial guess); eval/fit_resolver.py replaces them.
DEFAULT_WEIGHTS = {
    "bias": -2.0, "col": 3.0, "cap": 1.0, "ent": 2.0, "other": -1.5, "none": -3.0, "extra": -1.0,
    "cos": 2.0, "search": 1.0, "share": 0.6, "count": 0.4, "rankable": 0.5, "nent": 0.8, "ndim": 0.3,
    "period_miss": -1.0, "period_hit": 0.5, "part": -0.3, "consolidated": 0.1, "ctx_table": 0.8,
    "ctx_col": 0.8, "no_topic": 0.0, "lookup_norows": -1.0, "generic_col": 0.0, "followup_other": 0.0,
    "ent_cov": 1.0, "rate": 0.5, "rows_rel": 0.5,
}


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))
