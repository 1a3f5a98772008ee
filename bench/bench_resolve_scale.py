"""Does resolving a statistics question stay fast with many tables? Prints numbers.

    .venv/bin/python bench/bench_resolve_scale.py [--tables 2000]

Builds N synthetic tables (captions, headers and row labels drawn from a Swedish statistics
vocabulary; 20–300 rows each, some long tables with dimensions), indexes their search chunks in
a real HybridIndex (BM25 + FAISS; the vectors come from a fast random embedder, since search
cost does not depend on their values), and times ``Resolver.read`` plus ``compute`` warm over a
set of questions – the statistics route's cost per question, excluding the query embedding
(measured separately in bench_embed.py).
"""
from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.stats import Resolver, build_profiles, compute, read_form  # noqa: E402
from index.hybrid import HybridIndex  # noqa: E402
from index.passages import table_chunks  # noqa: E402
from ingest.tables import make_table  # noqa: E402

MEASURES = [
    ("Arbetslöshet", "%"), ("Sjukskrivna", "antal"), ("Befolkning", "antal"), ("Medellön", "kr"),
    ("Nystartade företag", "antal"), ("Konkurser", "antal"), ("Ekonomiskt bistånd", "tkr"), ("Export", "mnkr"),
    ("Utrikesfödda", "%"), ("Förvärvsfrekvens", "%"), ("Elever", "antal"), ("Examensgrad", "%"),
    ("Ohälsotal", "dagar"), ("Sjukpenningtal", "dagar"), ("Lediga jobb", "antal"), ("Deltagare", "antal"),
]
PLACES = [f"{name}" for name in (
    "Falun Borlänge Mora Ludvika Avesta Hedemora Leksand Rättvik Orsa Älvdalen Malung Vansbro Gagnef Säter Smedjebacken "
    "Örebro Karlskoga Degerfors Lindesberg Kumla Hallsberg Askersund Laxå Lekeberg Nora Hällefors Ljusnarsberg "
    "Uppsala Enköping Östhammar Tierp Gävle Sandviken Hudiksvall Bollnäs Söderhamn Ljusdal Karlstad Arvika Kristinehamn"
).split()]
GROUPS = ["Kvinnor", "Män", "Kvinnor och män"]


class RandomEmbedder:
    model_id = "bench:random"
    dim = 384

    def _vec(self, text: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
        v = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
        return v / np.linalg.norm(v)

    def embed_queries(self, texts):
        return np.stack([self._vec(t) for t in texts])

    def embed_passages(self, texts):
        return np.stack([self._vec(t) for t in texts])


def synthetic_tables(n: int, rng: random.Random) -> list:
    tables = []
    for i in range(n):
        measure, unit = rng.choice(MEASURES)
        year = rng.randint(2010, 2024)
        places = rng.sample(PLACES, rng.randint(8, len(PLACES)))
        long = rng.random() < 0.3
        if long:
            header = ["År", "Kommun", "Kön", f"{measure} ({unit})"]
            rows = [[str(y), p, g, round(rng.uniform(1, 100), 1)] for y in range(year - 3, year + 1) for p in places for g in GROUPS]
        else:
            header = ["Kommun", f"{measure} ({unit})", f"{rng.choice(MEASURES)[0]} ({unit})"]
            rows = [[p, round(rng.uniform(1, 100), 1), round(rng.uniform(1, 100), 1)] for p in places] + [["Riket", 50.0, 50.0]]
        t = make_table(header, rows, table_id=f"t{i}", document=f"stats/export-{i}.xlsx", caption=f"{measure} per kommun {year}")
        if t is not None:
            tables.append(t)
    return tables


QUESTIONS = [
    "Vilken kommun har högst arbetslöshet?", "hur många sjukskrivna finns det i Falun?", "medellön i borlänge 2020",
    "jämför konkurser i Mora och Ludvika", "vilka kommuner har över 50 procent utrikesfödda?",
    "Vad är ohälsotalet för kvinnor i Karlskoga?", "How many new businesses were started in Gävle?",
    "sjukpenningtal i riket", "totalt antal elever i Leksand och Rättvik", "genomsnittlig förvärvsfrekvens",
]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tables", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    rng = random.Random(7)
    t0 = time.perf_counter()
    tables = synthetic_tables(args.tables, rng)
    chunks = [c for t in tables for c in table_chunks([t])]
    index = HybridIndex.build(chunks, RandomEmbedder())
    analyze_cache: dict[str, tuple[str, ...]] = {}

    def analyze(text: str) -> tuple[str, ...]:
        r = analyze_cache.get(text)
        if r is None:
            r = analyze_cache[text] = tuple(index.analyzer.analyze(text))
        return r

    profiles = build_profiles(tables, analyze)

    def search(q: str) -> list[str]:
        hits = index.search(q, k=40)
        return list(dict.fromkeys(h.chunk.table_id for h in hits if h.chunk.table_id))

    resolver = Resolver(profiles, analyze, search=search)
    print(f"{len(tables)} tabeller, {len(chunks)} sökavsnitt, uppbyggt på {time.perf_counter() - t0:.1f} s")
    for q in QUESTIONS:  # warm the caches once
        r = resolver.read(read_form(q))
        if r:
            compute(r[0].profile, r[0].query)
    times = []
    for _ in range(args.rounds):
        for q in QUESTIONS:
            t1 = time.perf_counter()
            r = resolver.read(read_form(q))
            if r:
                compute(r[0].profile, r[0].query)
            times.append(1000 * (time.perf_counter() - t1))
    times.sort()
    print(f"läsning + beräkning, varm: p50 {statistics.median(times):.1f} ms, p95 {times[int(0.95 * len(times)) - 1]:.1f} ms, max {times[-1]:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
