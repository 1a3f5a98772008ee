"""Test doubles for the store tests: a fast bag-of-words embedder, optionally slow, that can
stand in for the real model in this process (``use_fake_embedder``) or in a child process
(``python -m tests.fakes ingest|load-loop …``)."""
from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path

import numpy as np


class FakeEmbedder:
    """Deterministic unit vectors from hashed words; ``delay`` seconds per passage batch."""

    def __init__(self, model_id: str = "test:bow", dim: int = 32, delay: float = 0.0):
        self.model_id, self.dim, self.delay = model_id, dim, delay
        self.passages_embedded = 0

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, np.float32)
        for w in text.lower().split():
            v[int(hashlib.md5(w.encode()).hexdigest(), 16) % self.dim] += 1
        return v / max(float(np.linalg.norm(v)), 1e-9)

    def embed_queries(self, texts):
        return np.stack([self._vec(t) for t in texts]) if len(texts) else np.zeros((0, self.dim), np.float32)

    def embed_passages(self, texts):
        if self.delay:
            time.sleep(self.delay)
        self.passages_embedded += len(texts)
        return self.embed_queries(texts)


def use_fake_embedder(embedder: FakeEmbedder | None = None, monkeypatch=None) -> FakeEmbedder:
    """Make ``index.embed.make_embedder`` return ``embedder`` (a new FakeEmbedder by default);
    the store and the ingest driver look it up at call time."""
    import index.embed

    embedder = embedder or FakeEmbedder()
    if monkeypatch is not None:
        monkeypatch.setattr(index.embed, "make_embedder", lambda spec=None: embedder)
    else:
        index.embed.make_embedder = lambda spec=None: embedder
    return embedder


def write_kb(kb: Path, docs: int = 4, paragraphs: int = 6) -> Path:
    """A small knowledge folder of Markdown documents, each paragraph its own chunk-sized text."""
    kb.mkdir(parents=True, exist_ok=True)
    for d in range(docs):
        body = "\n\n".join(
            f"Stycke {p} i dokument {d} handlar om kompetensförsörjning, rekrytering och utbildning "
            f"i kommun nummer {d * 100 + p}. " * 3
            for p in range(paragraphs)
        )
        (kb / f"dok{d}.md").write_text(f"# Dokument {d}\n\n{body}\n", encoding="utf-8")
    return kb


def main(argv: list[str]) -> int:
    """`ingest KB INDEX DELAY` – ingest with a slow fake embedder, printing each logged batch;
    `load-loop INDEX STOPFILE [READYFILE]` – load the live snapshot in a loop until STOPFILE
    exists (at most ten minutes), touching READYFILE after the first load; print "loads failures"."""
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    cmd = argv[0]
    if cmd == "ingest":
        from index.build import update_index

        use_fake_embedder(FakeEmbedder(delay=float(argv[3])))
        update_index(Path(argv[1]), Path(argv[2]))
        return 0
    if cmd == "load-loop":
        from index.store import load_snapshot

        use_fake_embedder()
        stop, end = Path(argv[2]), time.monotonic() + 600
        loads = failures = 0
        while not stop.exists() and time.monotonic() < end:
            try:
                snap = load_snapshot(Path(argv[1]))
                assert snap is not None and snap.chunks
                loads += 1
                if loads == 1 and len(argv) > 3:
                    Path(argv[3]).touch()  # imported and loading: the test may start re-indexing
            except Exception as exc:  # noqa: BLE001 - counted and reported
                failures += 1
                print(f"failure: {exc!r}"[:200], file=sys.stderr)
        print(loads, failures)
        return 0
    raise SystemExit(f"unknown command {cmd}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
