"""The Streamlit app, driven headless with streamlit.testing.v1.AppTest on the sample index,
and single answers drawn with AppTest.from_function."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
TIMEOUT = 120

HIGHEST = "vilka områden har högst sjukskrivning?"


@pytest.fixture
def app(catalogued_index, monkeypatch, tmp_path) -> AppTest:
    """The app pointed at the shared sample index and its catalogue (it only reads them),
    with no LLM configured."""
    return _start_app(*catalogued_index, monkeypatch, tmp_path)


def _start_app(knowledge: Path, index: Path, monkeypatch, tmp_path) -> AppTest:
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
    assert "Förkortningar i dokumenten" in body and "Arbetsförmedlingen" in body
    # Suggested questions are buttons, in Swedish: the ones stored at ingest, in their order.
    suggestions = [b for b in app.button if (b.key or "").startswith("suggest-")]
    assert suggestions, "no suggested questions on the start screen"
    assert all(b.label.strip().endswith("?") for b in suggestions), [b.label for b in suggestions]
    from assistant.catalog import read_catalog

    stored = read_catalog(Path(os.environ["KB_INDEX"]))
    ordered = sorted(suggestions, key=lambda b: int(b.key.rsplit("-", 1)[1]))  # two columns on screen
    assert [b.label for b in ordered] == stored.suggestions
    metrics = {m.label: m.value for m in app.metric}
    assert set(metrics) >= {"Dokument", "Sidor", "Statistiktabeller"}
    assert int(metrics["Dokument"]) >= 3 and int(metrics["Sidor"]) > 0
    assert not app.chat_message  # nothing asked yet


def test_ranking_question_gets_figures_and_source(app):
    ask(app, HIGHEST)
    users = [m for m in app.chat_message if m.name == "user"]
    assert len(users) == 1 and HIGHEST in "\n".join(texts(users[0]))
    text = assistant_text(app)
    assert "Västhaga-Solhaga (Örebro)" in text  # display labels, not "Örebro_Västhaga-Solhaga"
    assert "Örebro_" not in text and "(%) (%)" not in text
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


def test_blank_question_leaves_no_bubble(app):
    ask(app, "   \n  ")
    assert not app.chat_message
    assert app.session_state["queue"] == [] and app.session_state["history"] == []
    assert "Prova att fråga" in "\n".join(m.value for m in app.markdown)  # still the start screen


def test_queued_questions_are_all_answered_in_order(app):
    """What a question sent while another is computing becomes: both wait in the queue and
    both are answered, in order, in one go."""
    app.session_state["queue"] = [HIGHEST, "Hur hög är arbetslösheten i Vivalla?"]
    app.run(timeout=TIMEOUT)
    assert_no_exception(app)
    assert [a.question for a in app.session_state["history"]] == [HIGHEST, "Hur hög är arbetslösheten i Vivalla?"]
    assert app.session_state["queue"] == []
    assistants = [m for m in app.chat_message if m.name == "assistant"]
    assert len(assistants) == 2
    assert "10,85" in "\n".join(texts(assistants[0])) and "24,9" in "\n".join(texts(assistants[1]))


def test_suggestion_button_asks_its_question(app):
    button = next(b for b in app.button if (b.key or "").startswith("suggest-"))
    button.click().run(timeout=TIMEOUT)
    assert_no_exception(app)
    history = app.session_state["history"]
    assert [a.question for a in history] == [button.label]
    assert history[0].answered


def test_damaged_index_gives_a_swedish_line_and_a_reachable_rebuild(fresh_copy, monkeypatch, tmp_path):
    knowledge, index = fresh_copy
    from index.store import current_generation

    live = current_generation(index)
    for f in (live / "hybrid").rglob("*"):
        if f.is_file():
            f.write_bytes(b"trasig")
    at = _start_app(knowledge, index, monkeypatch, tmp_path)
    at.chat_input[0].set_value(HIGHEST).run(timeout=TIMEOUT)
    assert_no_exception(at)
    shown = "\n".join(str(e.value) for e in at.error) + "\n" + "\n".join(texts(at.main))
    assert "Bygg om indexet under Underhåll" in shown, shown  # one Swedish line that says what to do
    assert "Traceback" not in shown and "File \"" not in shown
    rebuild = [b for b in at.sidebar.button if b.label == "Bygg om indexet"]
    assert rebuild and not rebuild[0].disabled


def test_index_without_catalogue_still_starts(fresh_copy, monkeypatch, tmp_path):
    """An index from before catalogues were stored: the page describes it from the index
    (no suggestions) and answers."""
    knowledge, index = fresh_copy
    shutil.rmtree(index / "catalogue", ignore_errors=True)
    at = _start_app(knowledge, index, monkeypatch, tmp_path)
    assert not [b for b in at.button if (b.key or "").startswith("suggest-")]
    assert int({m.label: m.value for m in at.metric}["Dokument"]) >= 3
    ask(at, HIGHEST)
    assert "10,85" in assistant_text(at)


# --------------------------------------------------------------------------- one answer, drawn alone


def _draw(answer_json: str):
    """The body of an AppTest.from_function script: draw one answer with render_answer."""
    import json

    import streamlit as st

    from assistant.answer import Answer, Citation, Figure, Route, Source
    from ui.answer_view import render_answer
    from ui.chat import ask

    d = json.loads(answer_json)
    src = Source(**d.pop("source"))
    figures = [Figure(**f, source=src) for f in d.pop("figures")]
    citations = [Citation(**c) for c in d.pop("citations")]
    answer = Answer(**d, route=Route.STATS, figures=figures, citations=citations)
    st.session_state.setdefault("queue", [])
    render_answer(answer, 0, None, ask)


def _answer_json(**over) -> str:
    import json

    d = {
        "question": "Vilka områden har högst sjukskrivning?",
        "answered": True,
        "answer": "1. **Örebro_Västhaga-Solhaga** – 10,85 % ![x](http://evil.example/p.png) <img src=x>",
        "source": {"document": "documents/r.pdf", "page": 38, "table": "Tabell 12 Sjukskrivna"},
        "figures": [
            {"label": "Örebro_Västhaga-Solhaga", "value": 10.85, "unit": "%", "metric": "Sjuka/arbetskraft (%)", "display": "10,85 %"},
            {"label": "Örebro_Vivalla", "value": 6.73, "unit": "%", "metric": "Sjuka/arbetskraft (%)", "display": "6,73 %"},
            {"label": "Örebro län", "value": 4.96, "unit": "%", "metric": "Sjuka/arbetskraft (%)", "display": "4,96 %", "is_total": True},
        ],
        "citations": [],
        "warnings": ["Källorna säger olika: tabellen anger 10,85 % för Örebro_Västhaga-Solhaga, texten 10,8 %."],
        "reading": "Jag läste frågan som: rangordna områdena efter Sjuka/arbetskraft.",
        "alternatives": ["Vilka områden har högst andel sjuka 2023?"],
        "notes": ["Tolkade ”sjukskrivnig” som ”sjukskrivning”."],
    }
    d.update(over)
    return json.dumps(d, ensure_ascii=False)


def _kinds_in_order(at: AppTest) -> list[tuple[str, str]]:
    out = []
    for node in at.main.children.values():
        for leaf in _leaves(node):
            out.append(leaf)
    return out


def _leaves(node) -> list[tuple[str, str]]:
    children = getattr(node, "children", None)
    if children:
        return [x for child in children.values() for x in _leaves(child)]
    kind = getattr(node, "type", "")
    value = getattr(node, "value", None) if kind not in ("button",) else getattr(node, "label", "")
    return [(kind, str(value))]


def test_answer_parts_in_order_with_clean_labels_and_inert_markdown():
    at = AppTest.from_function(_draw, args=(_answer_json(),), default_timeout=TIMEOUT)
    at.run()
    assert_no_exception(at)
    leaves = _kinds_in_order(at)
    flat = [v for _, v in leaves]

    def first(pred) -> int:
        return next(i for i, v in enumerate(flat) if pred(v))

    note = first(lambda v: "Tolkade" in v)
    reading = first(lambda v: "Jag läste frågan som" in v)
    text = first(lambda v: "10,85 %" in v and "Västhaga" in v)
    figures = first(lambda v: "kb-figures" in v)
    warning = first(lambda v: "Källorna säger olika" in v)
    assert note < reading < text < figures < warning, leaves
    assert leaves[note][0] == "caption" and leaves[reading][0] == "caption"
    body = "\n".join(flat)
    assert "Örebro_" not in body and "Västhaga-Solhaga (Örebro)" in body
    # The image is text with its address as code, the raw HTML escaped.
    assert "![" not in body and "<img" not in body and "`http://evil.example/p.png`" in body
    alternatives = [b for b in at.button if (b.key or "").startswith("alt-")]
    assert [b.label for b in alternatives] == ["Vilka områden har högst andel sjuka 2023?"]
    alternatives[0].click().run()
    assert at.session_state["queue"] == ["Vilka områden har högst andel sjuka 2023?"]


# --------------------------------------------------------------------------- uploads and export

LARK_FILE = "larktradet.md"
LARK_TEXT = (
    "# Projektet Lärkträdet\n\n"
    "Projektet Lärkträdet startade i Nora 2026. Det drivs av kommunen tillsammans med "
    "Arbetsförmedlingen och riktar sig till unga vuxna som står långt från arbetsmarknaden.\n"
)
BAD_FILE = "trasig-rapport.pdf"
LARK_QUESTION = "När startade projektet Lärkträdet?"


@pytest.fixture
def fresh_app(fresh_copy, monkeypatch, tmp_path) -> tuple[AppTest, Path, Path]:
    """The app pointed at a private copy of the sample knowledge folder and index (it may
    add files to them), with no LLM configured. Returns (app, knowledge_dir, index_dir)."""
    knowledge, index = fresh_copy
    return _start_app(knowledge, index, monkeypatch, tmp_path), knowledge, index


def sidebar_counts(at: AppTest) -> dict[str, int]:
    """The sidebar's "<b>3</b> dokument · <b>120</b> sidor · <b>9</b> tabeller" line as numbers."""
    stats = [m.value for m in at.sidebar.markdown if "kb-stats" in m.value]
    assert len(stats) == 1, [m.value for m in at.sidebar.markdown]
    counts = {word: int(n) for n, word in re.findall(r"<b>(\d+)</b>\s+(\w+)", stats[0])}
    assert {"dokument", "sidor", "tabeller"} <= set(counts), stats[0]
    return counts


def test_upload_adds_a_file_and_rejects_a_broken_one(fresh_app):
    at, knowledge, index = fresh_app
    before = sidebar_counts(at)
    metrics_before = {m.label: int(m.value) for m in at.metric}
    ask(at, LARK_QUESTION)
    assert "2026" not in assistant_text(at)  # not known before the upload

    # Through the sidebar's own uploader and button, as a user would.
    uploader = at.sidebar.file_uploader[0]
    uploader.set_value(
        [
            (LARK_FILE, LARK_TEXT.encode("utf-8"), "text/markdown"),
            (BAD_FILE, b"Detta ar ingen PDF, bara lite text.\n" * 20, "application/pdf"),
        ]
    )
    at.run(timeout=TIMEOUT)
    assert_no_exception(at)
    button = next(b for b in at.sidebar.button if b.label == "Lägg till och indexera")
    assert not button.disabled
    button.click().run(timeout=TIMEOUT)
    assert_no_exception(at)

    # The good file is saved and indexed, the broken one named with a Swedish reason and moved aside.
    assert (knowledge / "documents" / LARK_FILE).read_text(encoding="utf-8") == LARK_TEXT
    assert not (knowledge / "documents" / BAD_FILE).exists()
    assert (knowledge / ".avvisade" / BAD_FILE).exists()
    successes = "\n".join(str(s.value) for s in at.sidebar.success)
    assert LARK_FILE in successes and BAD_FILE not in successes, successes
    errors = "\n".join(str(e.value) for e in at.sidebar.error)
    assert "Kunde inte läsas in" in errors and BAD_FILE in errors, errors
    reason = errors.split(BAD_FILE, 1)[1]
    assert re.search(r"[a-zåäö]{3}", reason), errors
    assert not re.search(r"Traceback|Error\b|Exception|cannot|failed|invalid", reason, re.IGNORECASE), errors
    result = at.session_state["upload_result"]
    assert result["saved"] == [f"documents/{LARK_FILE}"], result
    assert [name for name, _ in result["rejected"]] == [BAD_FILE], result
    assert at.session_state["uploader_gen"] == 1  # the uploader is emptied for the next batch
    assert not at.sidebar.file_uploader[0].value
    assert not any("Filer som inte kunde läsas" in e.label for e in at.sidebar.expander)

    after = sidebar_counts(at)
    assert after["dokument"] == before["dokument"] + 1, (before, after)
    assert after["sidor"] >= before["sidor"], (before, after)
    assert after["tabeller"] == before["tabeller"], (before, after)
    docs = next(e for e in at.sidebar.expander if e.label.startswith("Dokument ("))
    assert docs.label == f"Dokument ({after['dokument']})"
    assert LARK_FILE in "\n".join(texts(docs)) and BAD_FILE not in "\n".join(texts(docs))

    # The new file answers; the earlier material still does.
    ask(at, LARK_QUESTION)
    text = assistant_text(at)
    assert "2026" in text and "Jag hittar inget stöd" not in text, text
    assert LARK_FILE in text or "Projektet Lärkträdet" in text, text
    ask(at, HIGHEST)
    text = assistant_text(at)
    assert "10,85" in text and "Västhaga" in text, text

    # A new session (fresh AppTest) picks up the new index too, with the new count on the start screen.
    at2 = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at2.run()
    assert_no_exception(at2)
    assert sidebar_counts(at2) == after
    metrics_after = {m.label: int(m.value) for m in at2.metric}
    assert metrics_after["Dokument"] == metrics_before["Dokument"] + 1, (metrics_before, metrics_after)


def test_export_brief_has_question_figures_and_sources(app, monkeypatch):
    """The meeting brief the sidebar's download buttons hand out, as Markdown and as Word."""
    import io

    import streamlit as st
    from docx import Document

    assert not app.sidebar.get("download_button")  # nothing to export before a question
    exported: dict[str, object] = {}
    real_download_button = st.download_button

    def spy(label, data=None, *args, **kwargs):
        exported[kwargs.get("file_name", label)] = data() if callable(data) else data  # built on click
        return real_download_button(label, data, *args, **kwargs)

    monkeypatch.setattr(st, "download_button", spy)
    ask(app, HIGHEST)
    assert "10,85" in assistant_text(app)
    labels = [b.label for b in app.sidebar.get("download_button")]
    assert labels == ["Mötesunderlag (Word)", "Mötesunderlag (Markdown)"], labels

    md_name = next(n for n in exported if n.endswith(".md"))
    docx_name = next(n for n in exported if n.endswith(".docx"))
    assert re.fullmatch(r"motesunderlag-\d{4}-\d{2}-\d{2}\.md", md_name), md_name
    markdown = exported[md_name]
    assert isinstance(markdown, str)
    assert f"## 1. {HIGHEST}" in markdown, markdown
    assert "10,85 %" in markdown, markdown
    assert "Västhaga-Solhaga (Örebro)" in markdown and "Örebro_" not in markdown, markdown
    assert "utsattas-etablering-orebro-lan-2025.pdf" in markdown and "s. 38" in markdown, markdown
    # The figure and its page stand on the same table row.
    rows = [line for line in markdown.splitlines() if line.startswith("|") and "10,85 %" in line]
    assert rows and "s. 38" in rows[0] and "utsattas-etablering" in rows[0], rows

    data = exported[docx_name]
    assert isinstance(data, bytes) and data[:2] == b"PK"
    doc = Document(io.BytesIO(data))
    paragraphs = "\n".join(p.text for p in doc.paragraphs)
    cells = ["\t".join(c.text for c in row.cells) for t in doc.tables for row in t.rows]
    assert HIGHEST in paragraphs, paragraphs
    assert "10,85 %" in paragraphs + "\n".join(cells)
    row = next((r for r in cells if "10,85 %" in r), "")
    assert "s. 38" in row and "utsattas-etablering-orebro-lan-2025.pdf" in row, cells
