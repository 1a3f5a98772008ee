"""Kunskapsbanken – the chat app. Start it with `./start.sh` (or `streamlit run app.py`);
KB_KNOWLEDGE / KB_INDEX choose the knowledge and index folders, KB_NAME the brief's title.

The page, top to bottom: header, start screen (from the catalogue stored at ingest), the
conversation, the question being answered, and the sidebar. The parts live in ``ui/``.
"""
from __future__ import annotations

import logging
import os

import streamlit as st

from ui import style

style.page_config()  # Streamlit wants this before any other element

from errors import KBError  # noqa: E402
from ui.chat import answer_queue, chat_input, init_state, render_history  # noqa: E402
from ui.holder import EngineHolder, get_holder, index_dir, knowledge_dir  # noqa: E402
from ui.indexing import build_first_index  # noqa: E402
from ui.safe import safe_md  # noqa: E402
from ui.sidebar import sidebar  # noqa: E402
from ui.start import start_screen  # noqa: E402

KB_NAME = os.environ.get("KB_NAME", "Kunskapsbanken")
PAGE_FAILED = "Något gick fel när sidan ritades. Ladda om sidan; består felet, bygg om indexet under Underhåll i sidopanelen."

log = logging.getLogger("kunskapsbanken.app")


def main(holder: EngineHolder) -> None:
    style.header()
    if holder.live_generation() is None:
        kdir = holder.knowledge_dir
        if not (kdir.is_dir() and any(p.is_file() for p in kdir.rglob("*"))):
            st.error(safe_md(f"Det finns inget index i {holder.index_dir} och inga filer att bygga det av i {kdir}. Lägg till filer i sidopanelen."))
            sidebar(holder, None, KB_NAME)
            return
        build_first_index(holder)
    catalog = holder.catalog()
    if catalog is None and holder.error is None:
        # An index from before catalogues were stored: describe it from the loaded engine.
        with st.spinner("Laddar kunskapsbanken …"):
            try:
                holder.wait_engine()
            except KBError:
                pass
        catalog = holder.catalog()
    if holder.error:
        st.error(safe_md(holder.error), icon=":material/error:")

    init_state()
    chat_input()
    state = st.session_state
    if not state["history"] and not state["queue"]:
        start_screen(catalog)
    render_history(catalog)
    answer_queue(holder, catalog)  # waits for the engine if a question comes before it has loaded
    sidebar(holder, catalog, KB_NAME)  # last, so the meeting brief includes the answer just given
    # The engine loads in the background once the page is drawn: the start screen needs only
    # the catalogue, and the first question rarely comes within the second it takes.
    holder.start_loading()


holder = get_holder(knowledge_dir(), index_dir())
try:
    main(holder)
except Exception:  # noqa: BLE001 - a user sees one Swedish line and can still rebuild; the log gets the traceback
    log.exception("Sidan kunde inte ritas")
    st.error(PAGE_FAILED, icon=":material/error:")
    try:
        sidebar(holder, None, KB_NAME)
    except Exception:  # noqa: BLE001
        log.exception("Sidopanelen kunde inte ritas")
