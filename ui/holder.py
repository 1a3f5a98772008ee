"""The server's one engine and the catalogue the start screen shows.

One ``EngineHolder`` per server (``st.cache_resource``). The start screen only needs the
catalogue, a JSON file written at ingest (``assistant/catalog.py``), so the first page shows
at once while the engine loads in a background thread; a question waits for it only if asked
in those first seconds. After a re-index the new engine is loaded beside the old one and then
swapped in one assignment: a session that is answering keeps the engine it started with.

There is no ask lock. The engine is read-only while it answers and each session has its own
conversation, so questions from different users run side by side; a slow answer (a language
model that does not reply) holds up no one else.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.catalog import Catalog, read_catalog, snapshot_catalog
from errors import KBError, NoIndexError
from index.store import current_generation

log = logging.getLogger(__name__)

REBUILD_HINT = "Bygg om indexet under Underhåll i sidopanelen."
LOAD_FAILED = "Kunskapsbanken kunde inte laddas ({}). " + REBUILD_HINT


def knowledge_dir() -> Path:
    return Path(os.environ.get("KB_KNOWLEDGE", "knowledge"))


def index_dir() -> Path:
    return Path(os.environ.get("KB_INDEX", ".index"))


_holders: dict[tuple[str, str], EngineHolder] = {}
_holders_lock = threading.Lock()


def get_holder(knowledge: Path | None = None, index: Path | None = None) -> EngineHolder:
    """The process's holder for these folders (default: KB_KNOWLEDGE / KB_INDEX). A plain
    module-level registry rather than st.cache_resource, so the launcher (``ui/serve.py``) can
    load the engine before the server takes its first request."""
    key = (str(Path(knowledge or knowledge_dir()).resolve()), str(Path(index or index_dir()).resolve()))
    with _holders_lock:
        holder = _holders.get(key)
        if holder is None:
            holder = _holders[key] = EngineHolder(Path(knowledge or knowledge_dir()), Path(index or index_dir()))
        return holder


@dataclass(frozen=True)
class Loaded:
    engine: object  # assistant.engine.Engine
    generation: str


class EngineHolder:
    def __init__(self, knowledge_dir: Path, index_dir: Path):
        self.knowledge_dir = Path(knowledge_dir)
        self.index_dir = Path(index_dir)
        self.loaded: Loaded | None = None  # replaced in one assignment, never mutated
        self.error: str | None = None  # why the live generation cannot be loaded (Swedish, one line)
        self._error_generation: str | None = None
        self._loading: threading.Thread | None = None
        self._lock = threading.Lock()
        self._ready = threading.Condition(self._lock)
        self._catalogs: dict[str, Catalog] = {}
        self._checker = None
        self.followups: dict[tuple[str, str], bool] = {}  # (generation, question) → answerable

    # ------------------------------------------------------------------ generations

    def live_generation(self) -> str | None:
        gen = current_generation(self.index_dir)
        return gen.name if gen is not None else None

    @property
    def engine(self):
        loaded = self.loaded
        return loaded.engine if loaded is not None else None

    def start_loading(self) -> None:
        """Load the live generation in the background unless it is loaded, loading or known
        to be broken. Never blocks."""
        live = self.live_generation()
        with self._lock:
            if live is None or (self.loaded is not None and self.loaded.generation == live):
                return
            if self._error_generation == live or (self._loading is not None and self._loading.is_alive()):
                return
            self._loading = threading.Thread(target=self._load, args=(live,), name="kb-engine-loader", daemon=True)
            self._loading.start()

    def _load(self, generation: str) -> None:
        from assistant.engine import Engine  # the heavy imports (torch, FAISS) stay off the first page

        error = None
        loaded = None
        try:
            engine = Engine.from_index(self.index_dir)
            loaded = Loaded(engine, engine.snapshot.generation.name)
        except KBError as exc:
            error = f"{exc} {REBUILD_HINT}"
        except Exception as exc:  # noqa: BLE001 - a damaged index must give a message, not a traceback
            log.exception("Kunde inte ladda indexet i %s", self.index_dir)
            error = LOAD_FAILED.format(type(exc).__name__)
        with self._lock:
            if loaded is not None:
                self.loaded, self.error, self._error_generation = loaded, None, None
            else:  # an engine loaded earlier keeps answering; the page says what is wrong
                self.error, self._error_generation = error, generation
            self._ready.notify_all()

    def wait_engine(self, timeout: float = 300.0):
        """The engine for a question: the loaded one (even if a newer one is loading), else
        wait for the first load. Raises KBError with the load error."""
        self.start_loading()
        deadline = time.monotonic() + timeout
        with self._lock:
            while self.loaded is None:
                if self.error is not None:
                    raise KBError(self.error)
                if self._loading is None or not self._loading.is_alive():
                    if self.live_generation() is None:
                        raise NoIndexError(f"Det finns inget index i {self.index_dir} ännu.")
                    self._lock.release()
                    try:
                        self.start_loading()
                    finally:
                        self._lock.acquire()
                left = deadline - time.monotonic()
                if left <= 0:
                    raise KBError("Kunskapsbanken laddas fortfarande – försök igen om en stund.")
                self._ready.wait(min(left, 0.5))
            return self.loaded.engine

    def preload(self, timeout: float = 120.0) -> bool:
        """Load the live generation now (before the server serves); True when an engine is
        ready. A missing or broken index is left to the page to report."""
        if self.live_generation() is None:
            return False
        self.start_loading()
        thread = self._loading
        if thread is not None:
            thread.join(timeout)
        return self.loaded is not None

    def install(self, engine) -> None:
        """Swap in an engine loaded by the caller (after a re-index in this process)."""
        with self._lock:
            self.loaded = Loaded(engine, engine.snapshot.generation.name)
            self.error, self._error_generation = None, None
            self._ready.notify_all()

    def checker(self):
        """An engine over the loaded index without a language model, for checking whether a
        question is answerable (never waits on a model). None while nothing is loaded."""
        loaded = self.loaded
        if loaded is None:
            return None
        with self._lock:
            if self._checker is None or self._checker.snapshot is not loaded.engine.snapshot:
                from assistant.engine import Engine

                self._checker = Engine(loaded.engine.snapshot, llm=None)
            return self._checker

    def forget_error(self) -> None:
        with self._lock:
            self.error, self._error_generation = None, None

    # ------------------------------------------------------------------ catalogue

    def catalog(self) -> Catalog | None:
        """The catalogue of the live generation: the stored one, else what the loaded engine's
        index says (no suggestions); None while neither is at hand."""
        live = self.live_generation()
        if live is None:
            return None
        cached = self._catalogs.get(live)
        if cached is not None and cached.suggestions:
            return cached
        stored = read_catalog(self.index_dir, live)
        if stored is not None:
            self._catalogs = {live: stored}
            return stored
        if cached is not None:
            return cached
        loaded = self.loaded
        if loaded is not None and loaded.generation == live:
            fallback = snapshot_catalog(loaded.engine.snapshot, self.knowledge_dir)
            self._catalogs = {live: fallback}
            return fallback
        return None
