"""Read untrusted files in a separate process, one at a time, within memory and time limits.

    with Reader(limits) as reader:
        result = reader.read(path, rel, sha, root)   # a FileResult, or IngestError

The parsers (pypdf, pdfplumber, python-docx, openpyxl, the CSV reader) run in a worker started
as ``python -m ingest.worker``: a fresh interpreter that imports the ingest package only (never
torch or Streamlit), so a hostile file costs that process and that one file – never the server,
the CLI or what is already indexed. The worker is reused for the next file: its start (~1.5 s
of imports) is paid once per ingest, a file costs a few milliseconds of pickling on top.

Limits, each reported as one Swedish line:

- memory: the parent reads the worker's resident size (/proc) every 50 ms and kills it above
  ``worker_memory_bytes``; the worker also caps its own address space (RLIMIT_AS) at that much
  above its start, so one huge allocation fails at once with MemoryError;
- time: the parent kills the worker after ``worker_seconds``; the worker's CPU limit
  (RLIMIT_CPU, renewed per file) ends it as well should the parent be gone.

After a kill, a crash or a MemoryError the next file gets a fresh worker; so does the file after
one that left the worker large. Messages are length-prefixed pickles over the worker's stdin and
stdout (the worker moves its stdout aside first, so a library that prints cannot corrupt them);
they only ever flow between this program's own two processes.
"""
from __future__ import annotations

import ctypes
import gc
import os
import pickle
import resource
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from errors import IngestError

from .limits import DEFAULT_LIMITS, Limits, mb
from .numbers import format_number

ROOT = Path(__file__).resolve().parents[1]
_HEADER = struct.Struct(">Q")
_POLL_SECONDS = 0.05  # how often the parent looks at the worker's memory
_START_SECONDS = 120.0  # imports take ~1.5 s; a machine busy embedding can be much slower
_COLLECT_ABOVE = 64 * 1024 * 1024  # run the garbage collector after a file that left this much


def memory_message(limits: Limits) -> str:
    return f"läsningen avbröts: för stort minnesbehov (mer än {mb(limits.worker_memory_bytes)})"


def time_message(limits: Limits) -> str:
    return f"läsningen avbröts: tog för lång tid (mer än {format_number(limits.worker_seconds)} sekunder)"


@dataclass(frozen=True)
class ReadStats:
    """What reading one file cost (for the benchmark and the overhead measurement)."""

    seconds: float  # wall time seen by the caller, IPC and unpickling included
    worker_seconds: float  # time inside load_file
    peak_rss: int  # bytes: the worker's peak resident size while reading this file (0: unknown)


class _WorkerLost(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class Reader:
    """A reusable worker process that reads knowledge files. Thread-safe (one file at a time)."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS):
        self.limits = limits
        self.starts = 0  # workers started so far
        self.last: ReadStats | None = None
        self._proc: subprocess.Popen | None = None
        self._buffer = bytearray()  # bytes of a reply received so far
        self._seen_rss = 0  # the largest size the watch saw during the last wait
        self._lock = threading.Lock()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ public

    def read(self, path: Path, rel: str, sha: str, root: Path):
        """The FileResult of one file, read in the worker. Raises IngestError with one Swedish
        line for a bad file or a limit; the worker is replaced when it had to be stopped."""
        request = {"path": str(path), "rel": rel, "sha": sha, "root": str(root), "limits": self.limits}
        with self._lock:
            t0 = time.perf_counter()
            try:
                self._ensure_started()
                self._send(("read", request))
                status, value, stats = self._receive(time.monotonic() + self.limits.worker_seconds)
            except _WorkerLost as lost:
                self._stop()
                self.last = ReadStats(time.perf_counter() - t0, 0.0, self._seen_rss)
                raise IngestError(lost.reason) from None
            self.last = ReadStats(time.perf_counter() - t0, stats["seconds"], stats["peak_rss"])
            if status == "memory":
                self._stop()
                raise IngestError(memory_message(self.limits))
            if _rss(self._proc.pid) > self.limits.worker_memory_bytes // 2:
                self._stop()  # give the memory a large file left behind back to the machine
            if status == "error":
                raise IngestError(value)
            return value

    def worker_info(self) -> dict:
        """pid and what the worker has imported (tests: torch never is)."""
        with self._lock:
            try:
                self._ensure_started()
                self._send(("info", None))
                return self._receive(time.monotonic() + 30)[1]
            except _WorkerLost as lost:
                self._stop()
                raise IngestError(lost.reason) from None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    def close(self) -> None:
        with self._lock:
            self._stop(graceful=True)

    # ------------------------------------------------------------ the worker process

    def _ensure_started(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        env = dict(os.environ)
        # One thread per numeric library: the worker parses, and fewer threads map less memory.
        env.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "ingest.worker", str(self.limits.worker_memory_bytes)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                cwd=ROOT,
                env=env,
                bufsize=0,
                start_new_session=True,  # Ctrl+C in a terminal stops the CLI, which then stops the worker
            )
        except OSError as exc:
            raise _WorkerLost(f"läsprocessen kunde inte starta ({exc.strerror or type(exc).__name__})") from None
        self.starts += 1
        self._buffer = bytearray()
        status, _, _ = self._receive(time.monotonic() + _START_SECONDS)
        if status != "ready":
            raise _WorkerLost("läsprocessen kunde inte starta")

    def _send(self, message) -> None:
        data = memoryview(_HEADER.pack(len(data := pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))) + data)
        try:
            while data:
                data = data[os.write(self._proc.stdin.fileno(), data) :]
        except OSError:
            raise _WorkerLost(self._exit_reason()) from None

    def _receive(self, deadline: float):
        """One reply; meanwhile the worker's memory and the clock are watched."""
        fd = self._proc.stdout.fileno()
        need = None
        self._seen_rss = 0
        while True:
            if need is None and len(self._buffer) >= _HEADER.size:
                need = _HEADER.size + _HEADER.unpack_from(self._buffer)[0]
            if need is not None and len(self._buffer) >= need:
                data = bytes(self._buffer[_HEADER.size : need])
                del self._buffer[:need]
                return pickle.loads(data)
            ready, _, _ = select.select([fd], [], [], _POLL_SECONDS)
            if ready:
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    raise _WorkerLost(self._exit_reason())
                self._buffer += chunk
                continue
            if self._proc.poll() is not None:
                raise _WorkerLost(self._exit_reason())
            self._seen_rss = max(self._seen_rss, _rss(self._proc.pid))
            if self._seen_rss > self.limits.worker_memory_bytes:
                raise _WorkerLost(memory_message(self.limits))
            if time.monotonic() > deadline:
                raise _WorkerLost(time_message(self.limits))

    def _exit_reason(self) -> str:
        try:
            code = self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            return "läsningen avbröts: läsprocessen slutade svara"
        if code == -signal.SIGXCPU:
            return time_message(self.limits)
        if code == -signal.SIGKILL:  # the kernel's out-of-memory killer, or an operator
            return memory_message(self.limits)
        if code < 0:
            return f"läsningen avbröts: läsprocessen kraschade ({signal.Signals(-code).name})"
        return f"läsningen avbröts: läsprocessen avslutades oväntat (kod {code})"

    def _stop(self, graceful: bool = False) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if graceful and proc.poll() is None:
            try:
                proc.stdin.close()  # end of input: the worker exits by itself
                proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for f in (proc.stdin, proc.stdout):
            try:
                f.close()
            except OSError:
                pass


def _rss(pid: int) -> int:
    """Resident bytes of a process (0 where /proc is missing: the RLIMIT_AS cap still holds)."""
    return _status_kb(f"/proc/{pid}/status", "VmRSS:") * 1024


def _status_kb(path: str, key: str) -> int:
    try:
        with open(path, "rb") as f:
            for line in f:
                if line.startswith(key.encode()):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


# ---------------------------------------------------------------- inside the worker


def _serve(memory_bytes: int) -> None:
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # stray prints go to stderr, never into the replies
    inp = os.fdopen(os.dup(0), "rb")

    # Import every parser now: the first file should not pay for it, and nothing is imported
    # after the address space is capped.
    import docx  # noqa: F401
    import openpyxl  # noqa: F401
    import pdfplumber  # noqa: F401
    import pypdf  # noqa: F401

    from . import pdf, stats_io  # noqa: F401
    from .pipeline import load_file

    gc.freeze()  # the libraries' objects: never scanned again by the collector
    baseline = _status_kb("/proc/self/status", "VmRSS:") * 1024
    vm = _status_kb("/proc/self/status", "VmSize:") * 1024
    if vm:
        _set_soft_limit(resource.RLIMIT_AS, vm + memory_bytes)
    try:
        _reply(out, ("ready", None, None))
        while True:
            header = inp.read(_HEADER.size)
            if len(header) < _HEADER.size:
                return  # the parent closed the pipe (or died): stop
            op, payload = pickle.loads(inp.read(_HEADER.unpack(header)[0]))
            if op == "info":
                info = {"pid": os.getpid(), "modules": sorted(m for m in sys.modules if "." not in m)}
                _reply(out, ("info", info, None))
            elif op == "read":
                data = _encode(_read_one(load_file, **payload))
                _release_memory(baseline)  # before replying: the parent judges the worker's size then
                _write(out, data)
    except BrokenPipeError:
        return  # the parent is gone


def _read_one(load_file, path: str, rel: str, sha: str, root: str, limits: Limits):
    _reset_peak()
    used = resource.getrusage(resource.RUSAGE_SELF)
    _set_soft_limit(resource.RLIMIT_CPU, int(used.ru_utime + used.ru_stime + limits.worker_seconds) + 5)
    t0 = time.perf_counter()
    try:
        real, top = os.path.realpath(path), os.path.realpath(root)
        if os.path.commonpath([real, top]) != top:
            raise IngestError("filen ligger utanför kunskapsmappen och läses inte")
        reply = ("ok", load_file(Path(real), Path(top), max_bytes=limits.max_file_bytes, sha=sha, rel=rel, limits=limits))
    except IngestError as exc:
        reply = ("error", str(exc))
    except MemoryError:
        reply = ("memory", None)
    except RecursionError:
        reply = ("error", "filen är för djupt nästlad för att läsas")
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the worker
        reply = ("error", f"oväntat fel vid läsning ({type(exc).__name__})")
    stats = {"seconds": time.perf_counter() - t0, "peak_rss": _status_kb("/proc/self/status", "VmHWM:") * 1024}
    return (*reply, stats)


def _set_soft_limit(which: int, value: int) -> None:
    """Lower (or renew) a soft limit; where the system refuses, the parent's watch still holds."""
    try:
        _, hard = resource.getrlimit(which)
        if hard == resource.RLIM_INFINITY or value < hard:
            resource.setrlimit(which, (value, hard))
    except (ValueError, OSError):
        pass


def _encode(message) -> bytes:
    try:
        return pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        return pickle.dumps(("memory", None, message[2]))


def _write(out, data: bytes) -> None:
    out.write(_HEADER.pack(len(data)) + data)
    out.flush()


def _reply(out, message) -> None:
    _write(out, _encode(message))


def _release_memory(baseline: int) -> None:
    """Hand what the last file freed back to the system, so the worker's size is its own.
    pdfminer's page objects are cycles only the collector frees: collect when the file left the
    worker clearly larger (0.04–0.8 s; a small file's objects go by reference counting)."""
    if _status_kb("/proc/self/status", "VmRSS:") * 1024 - baseline > _COLLECT_ABOVE:
        gc.collect()
    try:
        ctypes.CDLL(None).malloc_trim(0)  # glibc; elsewhere the worker is recycled when large
    except (OSError, AttributeError):
        pass


def _reset_peak() -> None:
    """Start VmHWM afresh for this file (Linux: writing 5 to clear_refs resets the peak)."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
