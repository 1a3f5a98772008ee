"""The app in a real browser: `streamlit run app.py` driven with Playwright and Debian's
Chromium (never `playwright install`).

- ``test_question_in_browser``: the first page shows its suggestions (how fast is
  bench/bench_app.py's number); two questions sent in quick succession are both answered; a blank message leaves no
  bubble; labels read as names; charts with 1, 2 and 19 bars grow with their bars (screenshots
  in tests/artifacts/); the page makes no request to any other host.
- ``test_sessions_answer_during_reindex_and_hung_model``: three sessions at once – one adds a
  file (re-index), one asks a document question of a language model that never answers, one
  asks statistics questions, which must come within 2 s of their normal time.

Run alone with `pytest -m browser -s` to see the timings. The helpers are reused by
bench/bench_app.py.
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
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
MESSAGES = '[data-testid="stChatMessage"]'
START_SCREEN_TEXT = "Prova att fråga"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# An export label ("Örebro_Västhaga-Solhaga") where a display label belongs.
EXPORT_LABEL = re.compile(r"[A-ZÅÄÖ][\wåäöÅÄÖ.-]*_[A-ZÅÄÖ]")

HIGHEST = "vilka områden har högst sjukskrivning?"
ONE_BAR = "Hur stor andel är sjukskrivna i Vivalla?"  # one area and the two totals
TWO_BARS = "Jämför sjukskrivningen i Vivalla och Brickebacken"
NINETEEN_BARS = "Vilka områden har sjukskrivning över 4 %?"  # every area of Tabell 12


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
    up_at: float = 0.0  # time.perf_counter() when it did
    log: Path | None = None


def start_app(knowledge: Path, index: Path, port: int | None = None, log_dir: Path | None = None, env: dict | None = None) -> AppServer:
    """The app as ./start.sh starts it (`python -m ui.serve`: engine loaded, then `streamlit run
    app.py` with the repository's .streamlit/config.toml – 127.0.0.1, no file watcher);
    returns once the health check answers."""
    port = port or free_port()
    environ = {**os.environ, "KB_KNOWLEDGE": str(knowledge), "KB_INDEX": str(index), "PYTHONUNBUFFERED": "1"}
    for var in ("KB_LLM_BASE_URL", "KB_LLM_MODEL", "KB_LLM_API_KEY", "KB_LLM_TIMEOUT"):
        environ.pop(var, None)
    environ["KB_CONFIG"] = str(index / "no-config.json")
    environ.update(env or {})
    log = (log_dir or ARTIFACTS) / f"streamlit-{port}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "ui.serve", "--server.port", str(port)]  # as ./start.sh starts it
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=environ, stdout=log.open("w"), stderr=subprocess.STDOUT)
    server = AppServer(proc, f"http://127.0.0.1:{port}", t0, log=log)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(server.url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    server.up_at = time.perf_counter()
                    server.served = server.up_at - t0
                    return server
        except OSError:
            time.sleep(0.05)
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
def running_app(knowledge: Path, index: Path, env: dict | None = None):
    server = start_app(knowledge, index, env=env)
    try:
        yield server
    finally:
        stop_app(server)


@contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def new_page(browser, requests: list[str] | None = None, width: int = 1400, height: int = 1000):
    """A page in its own browser context (its own Streamlit session); every URL it requests
    is appended to ``requests``."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="sv-SE")
    page = context.new_page()
    if requests is not None:
        page.on("request", lambda r: requests.append(r.url))
    return page


@contextmanager
def chromium_page(width: int = 1400, height: int = 1000):
    with chromium() as browser:
        yield new_page(browser, width=width, height=height)


def open_start_screen(page, server: AppServer, timeout_s: float = 180) -> float:
    """Load the app; seconds from process start until the start screen is usable."""
    page.goto(server.url, wait_until="domcontentloaded")
    page.get_by_text(START_SCREEN_TEXT, exact=False).first.wait_for(state="visible", timeout=timeout_s * 1000)
    page.locator(CHAT_INPUT).first.wait_for(state="visible", timeout=timeout_s * 1000)
    page.wait_for_function(
        "(sel) => { const b = document.querySelector(sel); return b && !b.disabled; }",
        arg=CHAT_INPUT.split(", ")[0],
        timeout=timeout_s * 1000,
        polling=20,
    )
    return time.perf_counter() - server.started


def send(page, question: str) -> None:
    """Type a question and press Enter (waits until the chat box takes input again)."""
    box = page.locator(CHAT_INPUT).first
    box.fill(question, timeout=180_000)
    box.press("Enter")


def wait_answers(page, expects: list[str], n_before: int, timeout_s: float = 180) -> None:
    """Until the last len(expects) answers after ``n_before`` messages each contain their
    expected text and nothing is computing any more."""
    page.wait_for_function(
        """([n, expects]) => {
            const msgs = [...document.querySelectorAll('[data-testid="stChatMessage"]')].slice(n);
            const answers = msgs.filter(m => m.querySelector('[class*="st-key-answer-"]'));
            if (answers.length < expects.length) return false;
            if (document.querySelector('[data-testid="stChatMessage"] [data-testid="stSpinner"]')) return false;
            return expects.every((e, i) => answers[answers.length - expects.length + i].innerText.includes(e));
        }""",
        arg=[n_before, expects],
        timeout=timeout_s * 1000,
        polling=50,
    )


def ask(page, question: str, expect: str, timeout_s: float = 180) -> float:
    """Type the question, press Enter; seconds until an answer containing ``expect`` is on
    screen and no spinner is left."""
    n_before = page.locator(MESSAGES).count()
    box = page.locator(CHAT_INPUT).first
    box.fill(question, timeout=timeout_s * 1000)
    t0 = time.perf_counter()
    box.press("Enter")
    wait_answers(page, [expect], n_before, timeout_s)
    return time.perf_counter() - t0


def wait_idle(page, timeout_s: float = 120) -> None:
    """Until Streamlit has finished the current run (no 'Running' status widget)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')",
        timeout=timeout_s * 1000,
    )


def foreign_requests(urls: list[str]) -> list[str]:
    out = []
    for u in urls:
        p = urllib.parse.urlparse(u)
        if p.scheme in ("data", "blob", "about", "chrome-extension"):
            continue
        if p.hostname not in LOCAL_HOSTS:
            out.append(u)
    return out


def without_icons(text: str) -> str:
    """A message's text without the names of its Material icons ("person", "menu_book"),
    which the icon font draws from ligatures."""
    return "\n".join(line for line in text.splitlines() if not re.fullmatch(r"[a-z_]+", line.strip())).strip()


def last_message(page):
    return page.locator(MESSAGES).last


def shoot(page, locator, path: Path) -> None:
    """A screenshot of one element, with the viewport made tall enough to hold all of it
    (Streamlit's main area scrolls inside the page; a tall element would come out blank)."""
    size = page.viewport_size
    box = locator.bounding_box()
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], int(box["height"]) + 400)})
    page.wait_for_timeout(500)
    locator.screenshot(path=str(path))
    page.set_viewport_size(size)


def chart_box(page) -> dict:
    chart = last_message(page).locator('[data-testid="stVegaLiteChart"]').first
    chart.wait_for(state="visible", timeout=60_000)
    page.wait_for_timeout(300)  # let Vega finish its layout
    return chart.bounding_box()


# --------------------------------------------------------------------------- the tests

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's Chromium (/usr/bin/chromium) is not installed"),
]


@pytest.fixture
def app_copy(catalogued_index, tmp_path):
    knowledge, index = catalogued_index
    k2, i2 = tmp_path / "knowledge", tmp_path / "index"
    shutil.copytree(knowledge, k2)
    shutil.copytree(index, i2)
    return k2, i2


def test_question_in_browser(app_copy):
    pytest.importorskip("playwright")
    knowledge, index = app_copy
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    requests: list[str] = []
    # The browser is up before the server, so only the page itself is timed.
    with chromium() as browser:
        page = new_page(browser, requests)
        with running_app(knowledge, index) as server:
            t_open = time.perf_counter()
            open_start_screen(page, server)
            # the first page counts as there when its suggestions are (they may render a moment
            # after the input on a busy machine)
            page.locator('.st-key-suggestions button').first.wait_for(state="visible", timeout=15_000)
            interactive = time.perf_counter() - server.up_at
            first_page = time.perf_counter() - t_open
            wait_idle(page)
            # counted once the page is idle: the first button may show before the others render
            n_suggestions = page.locator('.st-key-suggestions button').count()
            shoot(page, page.locator('[data-testid="stAppViewContainer"]'), ARTIFACTS / "01-start.png")

            # Two questions in quick succession: the second is typed while the first is answered.
            n0 = page.locator(MESSAGES).count()
            t0 = time.perf_counter()
            send(page, HIGHEST)
            send(page, "Och lägst?")
            wait_answers(page, ["10,85", "Karlskoga östra tätort"], n0)
            both = time.perf_counter() - t0
            texts = [without_icons(t) for t in page.locator(MESSAGES).all_inner_texts()]
            questions = [t for t in texts if t in (HIGHEST, "Och lägst?")]
            assert questions == [HIGHEST, "Och lägst?"], texts
            wait_idle(page)
            page.screenshot(path=str(ARTIFACTS / "02-two-questions.png"))
            answer = texts[texts.index(HIGHEST) + 1]
            assert "Västhaga-Solhaga (Örebro)" in answer, answer
            assert "10,85 %" in answer or "10,85\u00a0%" in answer
            assert "utsattas" in answer.lower()  # the source document is named

            # A blank message leaves no bubble.
            n_before = page.locator(MESSAGES).count()
            box = page.locator(CHAT_INPUT).first
            box.fill("    ")
            box.press("Enter")
            page.wait_for_timeout(1500)
            wait_idle(page)
            assert page.locator(MESSAGES).count() == n_before

            # Charts grow with their bars; each bar keeps its thickness.
            heights = {}
            for n, question, expect in ((1, ONE_BAR, "6,73"), (2, TWO_BARS, "10,46"), (19, NINETEEN_BARS, "4,39")):
                seconds = ask(page, question, expect)
                wait_idle(page)
                heights[n] = chart_box(page)["height"]
                shoot(page, last_message(page), ARTIFACTS / f"chart-{n}-bar{'s' if n > 1 else ''}.png")
                print(f"{n:>2} bar(s): answered in {seconds:.2f} s, chart {heights[n]:.0f} px high")

            # Labels read as names, units once.
            body = "\n".join(page.locator(MESSAGES).all_inner_texts())
            assert not EXPORT_LABEL.search(body), EXPORT_LABEL.search(body).group(0)
            assert "(%) (%)" not in body
    print(f"\nServer up after {server.served:.1f} s; first page interactive {interactive:.2f} s after that "
          f"(page load {first_page:.2f} s), {n_suggestions} suggestions on it")
    print(f"Two questions in quick succession: both answered after {both:.2f} s")
    assert heights[1] < heights[2] < heights[19], heights
    per_bar = (heights[19] - heights[1]) / 18
    assert 20 <= per_bar <= 40, f"{per_bar:.1f} px per bar"
    assert heights[1] <= 200, heights  # one bar is a bar, not a slab
    foreign = foreign_requests(requests)
    assert not foreign, foreign  # nothing fetched from any other host
    assert n_suggestions >= 2
    # How fast the first page comes is bench/bench_app.py's number (target 3 s); timed here it
    # failed whenever other work shared the two cores.


# --------------------------------------------------------------------------- concurrency


class HungServer:
    """A TCP server that accepts connections and never answers: a language model endpoint
    that has hung."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self.accepted = 0
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        self.sock.settimeout(0.2)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted += 1
            self.conns.append(conn)

    def close(self):
        self._stop = True
        self.thread.join(timeout=2)
        for c in self.conns:
            c.close()
        self.sock.close()


UPLOAD_NAME = "fjallsippan.md"
UPLOAD_TEXT = "# Projektet Fjällsippan\n\nProjektet Fjällsippan startade i Hällefors i mars 2026.\n\n## Veckorna\n\n" + "\n\n".join(
    f"Projektet Fjällsippan i Hällefors hade {100 + i} deltagare under vecka {i + 1} och samarbetar med "
    f"Arbetsförmedlingen, kommunens vuxenutbildning och lokala arbetsgivare inom besöksnäringen."
    for i in range(24)
)
DOC_QUESTION = "Hur många anställda har ISF?"  # a quote the gate lets through, so the model is asked
STATS_QUESTIONS = [(HIGHEST, "10,85"), ("Hur hög är arbetslösheten i Vivalla?", "24,9")]
SLACK_S = 2.0


def test_sessions_answer_during_reindex_and_hung_model(app_copy):
    pytest.importorskip("playwright")
    knowledge, index = app_copy
    hung = HungServer()
    env = {
        "KB_LLM_BASE_URL": f"http://127.0.0.1:{hung.port}/v1",
        "KB_LLM_MODEL": "hangs",
        "KB_LLM_API_KEY": "test",
        "KB_LLM_TIMEOUT": "20",  # still waiting when the other sessions have asked (checked below; 10 s raced the upload)
    }
    requests: list[str] = []
    try:
        with running_app(knowledge, index, env=env) as server, chromium() as browser:
            a, b, c = (new_page(browser, requests) for _ in range(3))
            for page in (a, b, c):
                open_start_screen(page, server)
            normal = [ask(b, q, e) for q, e in STATS_QUESTIONS]

            # C asks a document question: the engine waits on the hung model.
            n_c = c.locator(MESSAGES).count()
            t_doc = time.perf_counter()
            send(c, DOC_QUESTION)
            # A adds a file: the upload re-indexes and builds the new catalogue.
            a.locator('section[data-testid="stSidebar"] input[type="file"]').set_input_files(
                files=[{"name": UPLOAD_NAME, "mimeType": "text/markdown", "buffer": UPLOAD_TEXT.encode()}]
            )
            add = a.get_by_role("button", name="Lägg till och indexera")
            add.wait_for(state="visible")
            a.wait_for_function(
                "() => [...document.querySelectorAll('button')].some(b => b.innerText.includes('Lägg till och indexera') && !b.disabled)",
                timeout=30_000,
            )
            add.click()
            a.get_by_text("Lägger till filer och indexerar").first.wait_for(state="visible", timeout=30_000)
            t_reindex = time.perf_counter()
            time.sleep(1.0)  # the model request is out and the re-index under way

            # B asks its statistics questions meanwhile.
            during = [ask(b, q, e) for q, e in STATS_QUESTIONS]
            reindexing = a.get_by_text("Lägger till filer och indexerar").count() > 0 and not a.get_by_text("Tillagt och indexerat").count()
            doc_pending = c.locator(f"{MESSAGES} [data-testid='stSpinner']").count() > 0

            a.get_by_text("Tillagt och indexerat").first.wait_for(state="visible", timeout=600_000)
            reindex_s = time.perf_counter() - t_reindex
            wait_answers(c, ["50 anställda"], n_c, timeout_s=300)
            doc_s = time.perf_counter() - t_doc
            after = ask(b, "När startade projektet Fjällsippan?", "mars 2026")
            # the model hung a moment ago: this answer did not wait for it again, and says so
            # (the warning is drawn after the answer's text it follows: read once it is there, or
            # after ten seconds without it – CI had read the message a moment too early)
            try:
                b.locator(MESSAGES).last.get_by_text("provas igen om").first.wait_for(state="visible", timeout=10_000)
            except Exception:  # noqa: BLE001 – the assertion below says what was shown instead
                pass
            after_text = b.locator(MESSAGES).last.inner_text()
            for name, page in (("a", a), ("b", b), ("c", c)):
                page.screenshot(path=str(ARTIFACTS / f"concurrent-{name}.png"), full_page=True)
        log = server.log.read_text() if server.log else ""
    finally:
        hung.close()

    print(f"\nStatistics questions, normal: {', '.join(f'{s:.2f}' for s in normal)} s; during the re-index and the hung "
          f"model: {', '.join(f'{s:.2f}' for s in during)} s")
    print(f"Re-index with catalogue: {reindex_s:.1f} s; document question with the hung model: {doc_s:.1f} s "
          f"({hung.accepted} connection(s) to it); question on the new file afterwards: {after:.2f} s")
    assert hung.accepted == 1, f"{hung.accepted} connections: the document question never reached the model, or a later one waited on it again"
    assert "provas igen om" in after_text, after_text
    assert reindexing, "the re-index had finished before the statistics questions were asked – nothing was tested"
    assert doc_pending, "the document answer was no longer waiting on the model – nothing was tested"
    for q, n, d in zip(STATS_QUESTIONS, normal, during):
        assert d <= n + SLACK_S, f"{q[0]!r}: {d:.2f} s during against {n:.2f} s normally"
    assert "Traceback" not in log, log[-3000:]
    assert not foreign_requests(requests), foreign_requests(requests)
