"""Indexing from the app: the first build, uploads and a full rebuild, each with a progress
bar, then the catalogue for the new generation and the swap to a new engine.

The session that re-indexes waits for it; every other session keeps answering with the engine
it has until the new one is installed.
"""
from __future__ import annotations

import logging
import time

import streamlit as st

from assistant.catalog import update_catalog
from assistant.uploads import save_uploads_and_reindex
from errors import KBError, StoreLocked
from index.build import Stage, update_index
from index.store import current_generation

from .holder import EngineHolder
from .safe import safe_md

log = logging.getLogger(__name__)

STAGE_NAMES = {Stage.READ: "Läser filer", Stage.EMBED: "Indexerar texter"}


def progress_reporter(bar):
    """An ingest progress callback that drives an st.progress bar (throttled). Reading is the
    first fifth of the bar, embedding the rest."""
    state = {"t": 0.0}

    def progress(stage: str, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if not (total and done >= total) and now - state["t"] < 0.15:
            return
        state["t"] = now
        frac = min(1.0, done / total) if total else 1.0
        overall = 0.2 * frac if stage == Stage.READ else 0.2 + 0.75 * frac
        what = STAGE_NAMES.get(stage, "Arbetar")
        detail = f" – {name}" if name else ""
        bar.progress(overall, text=safe_md(f"{what} {done}/{total}{detail}"))

    return progress


def load_new_index(holder: EngineHolder, bar) -> str | None:
    """After an ingest: the catalogue (suggestions checked against the new index), then a new
    engine swapped in. Returns a Swedish error line, or None."""
    from assistant.engine import Engine

    bar.progress(0.95, text="Laddar det nya indexet …")
    try:
        engine = Engine.from_index(holder.index_dir)
        bar.progress(0.97, text="Förbereder förslag på frågor …")
        update_catalog(holder.index_dir, holder.knowledge_dir, snapshot=engine.snapshot)
    except KBError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - shown as one line; the traceback goes to the log
        log.exception("Det nya indexet kunde inte laddas")
        return f"Det nya indexet kunde inte laddas ({type(exc).__name__})."
    holder.install(engine)
    return None


def build_first_index(holder: EngineHolder) -> None:
    """No index yet: build it here, with progress; wait if another session already is."""
    with st.status("Kunskapsbanken indexeras för första gången …", expanded=True) as status:
        st.write(safe_md(f"Läser filerna i {holder.knowledge_dir} och bygger sökindexet. Det tar några minuter, men bara första gången."))
        bar = st.progress(0.0, text="Startar …")
        try:
            report = update_index(holder.knowledge_dir, holder.index_dir, progress=progress_reporter(bar))
        except StoreLocked:
            status.update(label="En annan session bygger indexet – väntar på den …", state="running")
            while current_generation(holder.index_dir) is None:
                time.sleep(1.0)
            holder.start_loading()
            status.update(label="Indexet är klart.", state="complete", expanded=False)
            return
        error = load_new_index(holder, bar)
        if error:
            status.update(label=safe_md(error), state="error")
            return
        status.update(label=f"Klart: {report.files} filer, {report.pages} sidor, {report.tables} tabeller.", state="complete", expanded=False)


def run_upload(holder: EngineHolder, files, replace: bool) -> None:
    with st.status("Lägger till filer och indexerar …", expanded=True) as status:
        bar = st.progress(0.0, text="Sparar filerna …")
        try:
            result = save_uploads_and_reindex(files, holder.knowledge_dir, holder.index_dir, progress_reporter(bar), replace=replace)
        except StoreLocked as exc:
            status.update(label="Indexeringen kunde inte starta", state="error")
            st.session_state["upload_result"] = {"locked": str(exc)}
            return
        error = None
        if result.report is not None and (result.report.changed or holder.engine is None):
            error = load_new_index(holder, bar)
        state = "complete" if not (result.rejected or error) else "error"
        status.update(label=f"Klart: {len(result.saved)} fil(er) tillagda, {len(result.rejected)} avvisade.", state=state, expanded=False)
    st.session_state["upload_result"] = {
        "saved": result.saved,
        "notes": result.notes,
        "rejected": result.rejected,
        "other": result.other_skipped,
        "error": error,
    }
    st.session_state["uploader_gen"] = st.session_state.get("uploader_gen", 0) + 1
    st.rerun()


def run_rebuild(holder: EngineHolder) -> None:
    with st.status("Bygger om indexet …", expanded=True) as status:
        bar = st.progress(0.0, text="Startar …")
        try:
            report = update_index(holder.knowledge_dir, holder.index_dir, progress=progress_reporter(bar), rebuild=True)
        except StoreLocked as exc:
            status.update(label="Indexeringen kunde inte starta", state="error")
            st.session_state["upload_result"] = {"locked": str(exc)}
            return
        except KBError as exc:
            status.update(label="Indexet kunde inte byggas om", state="error")
            st.session_state["upload_result"] = {"locked": str(exc)}
            return
        error = load_new_index(holder, bar)
        status.update(
            label=f"Klart: {report.files} filer, {report.pages} sidor, {report.tables} tabeller ({report.seconds:.0f} s).",
            state="complete" if not error else "error",
            expanded=False,
        )
    st.session_state["upload_result"] = {"saved": [], "notes": [], "rejected": report.skipped, "other": [], "error": error}
    st.rerun()
