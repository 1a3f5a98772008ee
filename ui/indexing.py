"""Indexing from the app: the first build, uploads and a full rebuild, each with a progress
bar, then the swap to a new engine.

The ingest runs as its own process (`python -m assistant ingest`, which also writes the
catalogue with its checked suggestions) at a lower CPU priority. Reading, embedding and
checking suggestions are heavy Python work: in the server's process they would hold the GIL
and the cores that every other session's questions need. The server only loads the result,
and until then every session keeps answering with the engine it has.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from assistant.uploads import UploadResult, settle_uploads, stage_uploads
from errors import KBError
from index.store import current_generation, read_manifest

from .holder import EngineHolder
from .safe import safe_md

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
NICE = 10  # the ingest yields the CPU to the server's questions
STAGE_NAMES = {"read": "Läser filer", "embed": "Indexerar texter"}
# The CLI's progress line: "      read [████░░░░] 3/7 documents/rapport.pdf"
_PROGRESS = re.compile(r"(\w+)\s+\[[^\]]*\]\s+(\d+)/(\d+)\s*(.*)")


@dataclass
class IngestRun:
    ok: bool
    summary: str = ""  # the CLI's Swedish summary ("Indexerat: 7 filer, 85 sidor, …") or the error
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason) the index could not read
    changed: bool = False  # a new generation went live
    report: dict = field(default_factory=dict)  # the CLI's JSON report (uploads: what was read and moved)


def _command(knowledge: Path, index: Path, rebuild: bool, incoming: dict[str, Path], report: Path | None) -> list[str]:
    cmd = [sys.executable, "-m", "assistant", "ingest", "--knowledge", str(knowledge), "--index", str(index)]
    if rebuild:
        cmd.append("--rebuild")
    for name, path in incoming.items():
        cmd += ["--incoming", f"{name}={path}"]
    if report is not None:
        cmd += ["--report-json", str(report)]
    nice = shutil.which("nice")
    return [nice, "-n", str(NICE), *cmd] if nice else cmd


def _pump(stream, sink: list[str]) -> None:
    """Read a pipe to its end (a reader per pipe, so neither fills up and blocks the child)."""
    for chunk in iter(lambda: os.read(stream.fileno(), 4096), b""):
        sink.append(chunk.decode("utf-8", errors="replace"))


def run_ingest(holder: EngineHolder, bar, rebuild: bool = False, incoming: dict[str, Path] | None = None) -> IngestRun:
    """`python -m assistant ingest` in its own process, its progress on ``bar``; ``incoming``
    uploads are read there first and moved into the folder only when they could be read."""
    import json
    import tempfile

    before = holder.live_generation()
    report_path = Path(tempfile.mkstemp(prefix="kb-ingest-", suffix=".json")[1])
    proc = subprocess.Popen(
        _command(holder.knowledge_dir, holder.index_dir, rebuild, incoming or {}, report_path),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    out: list[str] = []
    err: list[str] = []
    readers = [threading.Thread(target=_pump, args=(proc.stdout, out), daemon=True), threading.Thread(target=_pump, args=(proc.stderr, err), daemon=True)]
    for r in readers:
        r.start()
    shown = ""
    while proc.poll() is None:
        time.sleep(0.25)
        line = re.split(r"[\r\n]+", "".join(err[-4:]).rstrip("\r\n"))[-1] if err else ""
        if line and line != shown:
            shown = line
            _show_progress(bar, line)
    for r in readers:
        r.join(timeout=5)
    stdout, stderr = "".join(out), "".join(err)
    if proc.returncode != 0:
        last = [x for x in re.split(r"[\r\n]+", stderr) if x.strip()]
        if proc.returncode == 2 and last:  # a KBError: one Swedish line from the CLI
            return IngestRun(False, last[-1].strip())
        log.error("Indexeringen avbröts (kod %s):\n%s", proc.returncode, stderr[-4000:])
        return IngestRun(False, f"Indexeringen avbröts oväntat (kod {proc.returncode}); se serverns logg.")
    manifest = read_manifest(holder.index_dir) or {}
    skipped = []
    for rel, e in manifest.get("files", {}).items():
        if e.get("status") != "ok":
            skipped.append((rel, e.get("error", "kunde inte läsas")))
        elif e.get("warning"):
            skipped.append((rel, f"{e['warning']} (den tidigare indexerade versionen behålls)"))
    summary = next((x for x in stdout.splitlines() if x.startswith("Indexerat")), "Indexeringen är klar.")
    try:
        report = json.loads(report_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        report = {}
    finally:
        report_path.unlink(missing_ok=True)
    return IngestRun(True, summary, skipped, holder.live_generation() != before, report)


def _show_progress(bar, line: str) -> None:
    m = _PROGRESS.search(line)
    if not m:
        return
    stage, done, total, name = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4).strip()
    frac = min(1.0, done / total) if total else 1.0
    # Reading is the first fifth of the bar, embedding most of the rest; the suggestions follow.
    overall = 0.2 * frac if stage == "read" else 0.2 + 0.65 * frac
    text = f"{STAGE_NAMES.get(stage, 'Indexerar')} {done}/{total}" + (f" – {name}" if name else "")
    bar.progress(overall, text=safe_md(text))


def load_new_index(holder: EngineHolder, bar) -> str | None:
    """After an ingest: load the new generation and swap it in. Returns a Swedish error line, or None."""
    from assistant.engine import Engine

    bar.progress(0.95, text="Laddar det nya indexet …")
    try:
        engine = Engine.from_index(holder.index_dir)
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
        run = run_ingest(holder, bar)
        if not run.ok and current_generation(holder.index_dir) is None:
            if "pågår redan" in run.summary:  # another session is building it: wait for that one
                status.update(label="En annan session bygger indexet – väntar på den …", state="running")
                while current_generation(holder.index_dir) is None:
                    time.sleep(1.0)
            else:
                status.update(label=safe_md(run.summary), state="error")
                return
        error = load_new_index(holder, bar)
        if error:
            status.update(label=safe_md(error), state="error")
        else:
            status.update(label=safe_md(run.summary if run.ok else "Indexet är klart."), state="complete", expanded=False)


def run_upload(holder: EngineHolder, files, replace: bool) -> None:
    with st.status("Lägger till filer och indexerar …", expanded=True) as status:
        bar = st.progress(0.0, text="Tar emot filerna …")
        staged = stage_uploads(files, holder.knowledge_dir, holder.index_dir, replace=replace)
        try:
            run = run_ingest(holder, bar, incoming=staged.incoming)
            if not run.ok:
                status.update(label="Indexeringen kunde inte göras", state="error")
                # Nothing was moved into the folder: the user tries again.
                st.session_state["upload_result"] = {"locked": run.summary}
                return
            result: UploadResult = settle_uploads(staged, run.report)
        finally:
            staged.cleanup()
        error = load_new_index(holder, bar) if (run.changed or holder.engine is None) else None
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
        run = run_ingest(holder, bar, rebuild=True)
        if not run.ok:
            status.update(label="Indexet kunde inte byggas om", state="error")
            st.session_state["upload_result"] = {"locked": run.summary}
            return
        error = load_new_index(holder, bar)
        status.update(label=safe_md(error or run.summary), state="error" if error else "complete", expanded=False)
    st.session_state["upload_result"] = {"saved": [], "notes": [], "rejected": run.skipped, "other": [], "error": error}
    st.rerun()
