"""The Streamlit app, driven headless with streamlit.testing.v1.AppTest on the sample index."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
TIMEOUT = 120

HIGHEST = "vilka områden har högst sjukskrivning?"


@pytest.fixture
def app(sample_index, monkeypatch, tmp_path) -> AppTest:
    """The app pointed at the shared sample index (it only reads it), with no LLM configured."""
    knowledge, index = sample_index
    monkeypatch.setenv("KB_KNOWLEDGE", str(knowledge))
    monkeypatch.setenv("KB_INDEX", str(index))
    for var in ("KB_LLM_BASE_URL", "KB_LLM_MODEL", "KB_LLM_API_KEY", "KB_EMBEDDER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("KB_CONFIG", str(tmp_path / "no-config.json"))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert_no_exception(at)
    return at


def assert_no_exception(at: AppTest) -> None:
    assert not at.exception, "\n".join(e.value + "\n" + "\n".join(e.stack_trace) for e in at.exception)


def texts(node) -> list[str]:
    """Every visible text under an element-tree node: markdown, captions, alerts, metric
    labels, button and expander labels, and the cells of dataframes."""
    out: list[str] = []
    label = getattr(node, "label", None)
    if isinstance(label, str) and label:
        out.append(label)
    children = getattr(node, "children", None)
    if children is not None:
        for child in children.values():
            out += texts(child)
        return out
    kind = getattr(node, "type", "")
    if kind == "dataframe":
        out.append(node.value.to_string())
    elif kind in ("markdown", "caption", "alert", "info", "warning", "error", "success", "metric"):
        out.append(str(node.value))
    return out


def assistant_text(at: AppTest, idx: int = -1) -> str:
    messages = [m for m in at.chat_message if m.name == "assistant"]
    assert messages, "no assistant message rendered"
    return "\n".join(texts(messages[idx]))


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run(timeout=TIMEOUT)
    assert_no_exception(at)
    return at


def test_start_screen(app):
    assert app.chat_input, "no chat input"
    assert "högst sjukskrivning" in app.chat_input[0].placeholder
    body = "\n".join(m.value for m in app.markdown)
    assert "Ställ frågor på vanlig svenska" in body
    assert "Prova att fråga" in body
    assert "I kunskapsbanken" in body
    assert "Utsattas etablering" in body  # the sample report is listed by its title
    # Suggested questions are buttons, in Swedish, and each one is answerable.
    suggestions = [b for b in app.button if (b.key or "").startswith("suggest-")]
    assert suggestions, "no suggested questions on the start screen"
    assert all(b.label.strip().endswith("?") for b in suggestions), [b.label for b in suggestions]
    metrics = {m.label: m.value for m in app.metric}
    assert set(metrics) >= {"Dokument", "Sidor", "Statistiktabeller"}
    assert int(metrics["Dokument"]) >= 3 and int(metrics["Sidor"]) > 0
    assert not app.chat_message  # nothing asked yet


def test_ranking_question_gets_figures_and_source(app):
    ask(app, HIGHEST)
    users = [m for m in app.chat_message if m.name == "user"]
    assert len(users) == 1 and HIGHEST in "\n".join(texts(users[0]))
    text = assistant_text(app)
    assert "Västhaga" in text
    assert "10,85" in text
    assert "utsattas-etablering-orebro-lan-2025.pdf" in text or "Utsattas etablering" in text, text
    assert "Jag hittar inget stöd" not in text
    assert "Prova att fråga" not in "\n".join(m.value for m in app.markdown)  # start screen gone


def test_unanswerable_question_says_so(app):
    ask(app, "Vem vann fotbolls-VM 2022?")
    text = assistant_text(app)
    assert "Jag hittar inget stöd" in text, text
    assert "Västhaga" not in text and "10,85" not in text


def test_followup_keeps_the_conversation(app):
    ask(app, HIGHEST)
    first = assistant_text(app)
    assert "10,85" in first
    ask(app, "Och lägst?")
    assistants = [m for m in app.chat_message if m.name == "assistant"]
    assert len(assistants) == 2, "the first answer should stay in the history"
    assert "10,85" in "\n".join(texts(assistants[0]))
    second = "\n".join(texts(assistants[1]))
    assert "Jag hittar inget stöd" not in second, second
    assert "Sjuka/arbetskraft" in second or "sjuk" in second.lower(), second  # same measure as before
    assert second != first
    history = app.session_state["history"]
    assert [a.question for a in history] == [HIGHEST, "Och lägst?"]
    assert history[1].answered and history[1].route == "stats"
    ranked = [f.value for f in history[1].figures if not f.is_total]
    assert ranked and ranked == sorted(ranked), ranked  # lowest first
