"""Fusion adapts to the query: figures, acronyms and a clear BM25 winner lean lexical; the
fitted weights are read from index/fusion.json."""
from __future__ import annotations

import hashlib

import numpy as np

from index import hybrid
from index.hybrid import FUSION_FEATURES, HybridIndex
from ingest.model import Chunk


class _BagOfWords:
    model_id, dim = "test:bow", 64

    def _vec(self, text):
        v = np.zeros(self.dim, np.float32)
        for w in text.lower().split():
            v[int(hashlib.md5(w.encode()).hexdigest(), 16) % self.dim] += 1
        return v / max(np.linalg.norm(v), 1e-9)

    def embed_queries(self, texts):
        return np.stack([self._vec(t) for t in texts])

    embed_passages = embed_queries


def _index() -> HybridIndex:
    texts = {
        "a": "Rusta och matcha (ROM2) är en tjänst där leverantörer stöttar arbetssökande.",
        "b": "I januari lämnade 6 589 deltagare tjänsten, en ökning med 28,6 procent.",
        "c": "Sjukskrivningstalen är högst i Västhaga-Solhaga med 10,85 procent.",
        "d": "Kommunens klimatplan syftar till att minska utsläppen från transporter.",
    }
    chunks = [Chunk(k, f"{k}.pdf", 1, 1, "", t) for k, t in texts.items()]
    return HybridIndex.build(chunks, _BagOfWords())


def test_query_features_see_figures_acronyms_and_unseen_words():
    index = _index()
    f = dict(zip(FUSION_FEATURES, index.fusion_features(index.candidates("Hur många lämnade ROM2 2025?"))))
    assert f["figure"] == 1.0 and f["acronym"] == 1.0
    g = dict(zip(FUSION_FEATURES, index.fusion_features(index.candidates("what about the weather forecast"))))
    assert g["figure"] == 0.0 and g["acronym"] == 0.0 and g["unseen"] > 0.5
    assert all(np.isfinite(v) for v in f.values())


def test_the_fitted_fusion_leans_lexical_for_figures_and_acronyms():
    base, rrf_k, theta = hybrid._fusion_fit()
    w = dict(zip(FUSION_FEATURES, theta))
    assert 0 < base and rrf_k > 0
    assert w["figure"] >= 0 and w["acronym"] >= 0  # never leans away from BM25 for exact terms


def test_search_still_ranks_the_exact_match_first():
    index = _index()
    assert index.search("Hur många deltagare lämnade i januari?", k=1)[0].chunk.id == "b"
    assert index.search("ROM2", k=1)[0].chunk.id == "a"
