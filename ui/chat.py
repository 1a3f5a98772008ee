"""The conversation of one browser session: questions queue up, answers are kept.

Every way of asking – the chat box, a suggested question, another reading of the question –
appends to ``st.session_state["queue"]`` in a widget callback, which Streamlit runs before the
script. The script answers the queue in order and stores each answer in the history *before*
it draws anything, so a question sent while another is being answered interrupts only the
drawing: both end up answered, in the order they were asked. Blank questions never enter the
queue.
"""
from __future__ import annotations

import logging
import time

import streamlit as st

from assistant.answer import Answer, Route
from assistant.catalog import Catalog, offerable
from assistant.suggest import topic_questions
from errors import KBError

from .answer_view import render_answer
from .holder import EngineHolder
from .safe import safe_md

log = logging.getLogger(__name__)

ASSISTANT_AVATAR = ":material/menu_book:"
USER_AVATAR = ":material/person:"
CHAT_KEY = "chat-input"
FOLLOWUP_BUDGET_S = 2.5  # time spent checking pointers under an unanswered question


def init_state() -> None:
    state = st.session_state
    state.setdefault("history", [])
    state.setdefault("queue", [])
    state.setdefault("followups", {})


def ask(question: str) -> None:
    """Queue a question (widget callback)."""
    q = " ".join(str(question or "").split())
    if q:
        st.session_state.setdefault("queue", []).append(q)


def on_chat_submit() -> None:
    ask(st.session_state.get(CHAT_KEY))


def new_conversation() -> None:
    st.session_state["history"] = []
    st.session_state["queue"] = []
    st.session_state["followups"] = {}
    st.session_state.pop("conv", None)


def chat_input() -> None:
    st.chat_input(
        "Ställ en fråga, t.ex. ”Vilka områden har högst sjukskrivning?”",
        key=CHAT_KEY,
        on_submit=on_chat_submit,
        # Greyed out while an answer is computed; anything that still gets through is queued.
        submit_mode="disable",
        max_chars=2000,
    )


def followup_finder(holder: EngineHolder, catalog: Catalog | None):
    """Askable questions for the topics an unanswered answer points to – only ones the engine
    answers, checked within a time budget and remembered for every session."""

    def find(topics: list[str]) -> list[str]:
        if catalog is None:
            return []
        checker = holder.checker()
        if checker is None:
            return []
        gen = checker.snapshot.generation.name
        t0 = time.monotonic()
        out: list[str] = []
        for topic in topics:
            for q in topic_questions(topic, catalog.titles.values(), set(catalog.proper_nouns)):
                ok = holder.followups.get((gen, q))
                if ok is None:
                    if time.monotonic() - t0 > FOLLOWUP_BUDGET_S:
                        break
                    try:
                        ok = offerable(checker.ask(q, checker.new_conversation()))
                    except Exception:  # noqa: BLE001 - a pointer must never break the answer
                        ok = False
                    holder.followups[(gen, q)] = ok
                if ok:
                    if q not in out:
                        out.append(q)
                    break
        return out

    return find


def render_history(catalog: Catalog | None) -> None:
    for i, answer in enumerate(st.session_state["history"]):
        with st.chat_message("user", avatar=USER_AVATAR):
            st.markdown(safe_md(answer.question))
        with st.chat_message("assistant", avatar=ASSISTANT_AVATAR), st.container(key=f"answer-{i}"):
            render_answer(answer, i, catalog, ask)


def answer_queue(holder: EngineHolder, catalog: Catalog | None) -> None:
    """Answer the queued questions in order, drawing each as it is done."""
    state = st.session_state
    find = followup_finder(holder, catalog)
    while state["queue"]:
        question = state["queue"][0]
        with st.chat_message("user", avatar=USER_AVATAR):
            st.markdown(safe_md(question))
        reply = st.chat_message("assistant", avatar=ASSISTANT_AVATAR)
        for waiting in state["queue"][1:]:
            with st.chat_message("user", avatar=USER_AVATAR):
                st.markdown(safe_md(waiting))
                st.caption("I kö – besvaras strax.")
        with reply, st.container(key=f"answer-{len(state['history'])}"):
            with st.spinner("Letar i kunskapsbanken …"):
                answer = _answer(holder, question)
                # Stored before anything is drawn: a rerun from here on cannot lose it.
                state["history"].append(answer)
                state["queue"].pop(0)
            render_answer(answer, len(state["history"]) - 1, catalog, ask, find)
        if state["queue"]:
            st.rerun()  # draw the next question below this answer, not below the waiting ones


def _answer(holder: EngineHolder, question: str) -> Answer:
    state = st.session_state
    try:
        engine = holder.wait_engine()
        if "conv" not in state:
            state["conv"] = engine.new_conversation()
        return engine.ask(question, state["conv"])
    except KBError as exc:
        return Answer(question, False, Route.DOCUMENTS, str(exc))
    except Exception as exc:  # noqa: BLE001 - the user gets one Swedish line, the log the traceback
        log.exception("Frågan %r kunde inte besvaras", question)
        return Answer(question, False, Route.DOCUMENTS, f"Frågan kunde inte besvaras på grund av ett internt fel ({type(exc).__name__}).")
