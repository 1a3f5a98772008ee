"""The app in a real browser: `streamlit run app.py` driven with Playwright and Debian's
Chromium (never `playwright install`). Measures start-up and Enter-to-answer time.

Run alone with `pytest -m browser -s` to see the timings; screenshots go to tests/artifacts/.
The helpers here are reused by bench/bench_app.py.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CHAT_INPUT = '[data-testid="stChatInputTextArea"], [data-testid="stChatInput"] textarea'
START_SCREEN_TEXT = "Prova att fråga"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class AppServer:
    proc: subprocess.Popen
    url: str
    started: float  # time.perf_counter() when the process was started
    served: float = 0.0  # seconds until the server answered its health check
    log: Path | None = None


def start_app(knowledge: Path, index: Path, port: int | None = None, log_dir: Path | None = None) -> AppServer:
    port = port or free_port()
    env = {**os.environ, "KB_KNOWLEDGE": str(knowledge), "KB_INDEX": str(index), "PYTHONUNBUFFERED": "1"}
    log = (log_dir or ARTIFACTS) / f"streamlit-{port}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    server = AppServer(proc, f"http://127.0.0.1:{port}", t0, log=log)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(server.url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    server.served = time.perf_counter() - t0
                    return server
        except OSError:
            time.sleep(0.2)
    stop_app(server)
    raise TimeoutError("streamlit did not start within 120 s")


def stop_app(server: AppServer) -> None:
    if server.proc.poll() is None:
        server.proc.terminate()
        try:
            server.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.proc.kill()
            server.proc.wait()


@contextmanager
def running_app(knowledge: Path, index: Path):
    server = start_app(knowledge, index)
    try:
        yield server
    finally:
        stop_app(server)


@contextmanager
def chromium_page(width: int = 1440, height: int = 1000):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height}, locale="sv-SE")
            yield page
        finally:
            browser.close()


def open_start_screen(page, server: AppServer, timeout_s: float = 180) -> float:
    """Load the app; seconds from process start until the start screen is visible."""
    page.goto(server.url, wait_until="domcontentloaded")
    page.get_by_text(START_SCREEN_TEXT, exact=False).first.wait_for(state="visible", timeout=timeout_s * 1000)
    page.locator(CHAT_INPUT).first.wait_for(state="visible", timeout=timeout_s * 1000)
    return time.perf_counter() - server.started


def ask(page, question: str, expect: str, timeout_s: float = 120) -> float:
    """Type the question, press Enter; seconds until an answer containing ``expect`` is on
    screen and the app is idle again."""
    box = page.locator(CHAT_INPUT).first
    box.click()
    box.fill(question)
    n_before = page.locator('[data-testid="stChatMessage"]').count()
    t0 = time.perf_counter()
    box.press("Enter")
    page.wait_for_function(
        """([n, expect]) => {
            const msgs = document.querySelectorAll('[data-testid="stChatMessage"]');
            if (msgs.length < n + 2) return false;
            const last = msgs[msgs.length - 1];
            return last.innerText.includes(expect) && !last.querySelector('[data-testid="stSpinner"]');
        }""",
        arg=[n_before, expect],
        timeout=timeout_s * 1000,
        polling=50,
    )
    return time.perf_counter() - t0


def wait_idle(page, timeout_s: float = 60) -> None:
    """Until Streamlit has finished the current run (no 'Running' status widget)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')",
        timeout=timeout_s * 1000,
    )


# --------------------------------------------------------------------------- the test

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's Chromium (/usr/bin/chromium) is not installed"),
]


@pytest.fixture
def app_copy(sample_index, tmp_path):
    knowledge, index = sample_index
    k2, i2 = tmp_path / "knowledge", tmp_path / "index"
    shutil.copytree(knowledge, k2)
    shutil.copytree(index, i2)
    return k2, i2


def test_question_in_browser(app_copy):
    pytest.importorskip("playwright")
    knowledge, index = app_copy
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with running_app(knowledge, index) as server, chromium_page() as page:
        startup = open_start_screen(page, server)
        wait_idle(page)
        page.screenshot(path=str(ARTIFACTS / "01-start.png"), full_page=True)

        seconds = ask(page, "vilka områden har högst sjukskrivning?", expect="10,85")
        wait_idle(page)
        page.screenshot(path=str(ARTIFACTS / "02-answer.png"), full_page=True)
        last = page.locator('[data-testid="stChatMessage"]').last
        text = last.inner_text()
        assert "Västhaga-Solhaga" in text
        assert "10,85 %" in text or "10,85\u00a0%" in text
        assert "utsattas-etablering" in text.lower() or "utsattas etablering" in text.lower()

        follow = ask(page, "Och lägst?", expect="Karlskoga")
        wait_idle(page)
        page.screenshot(path=str(ARTIFACTS / "03-followup.png"), full_page=True)

    print(f"\nStart-up: server answered after {server.served:.1f} s, start screen visible after {startup:.1f} s")
    print(f"Enter → answer on screen: {seconds:.2f} s (follow-up {follow:.2f} s)")
    assert seconds < 30
