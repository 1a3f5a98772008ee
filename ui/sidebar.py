"""The sidebar: what the knowledge base holds, adding files, the conversation as a meeting
brief, and a full rebuild. It works without an engine, so a damaged index can be rebuilt."""
from __future__ import annotations

import time

import streamlit as st

from assistant.brief import brief_docx, brief_markdown
from assistant.catalog import Catalog

from .chat import new_conversation
from .holder import EngineHolder
from .indexing import run_rebuild, run_upload
from .safe import safe_html, safe_md

UPLOAD_TYPES = ["pdf", "docx", "txt", "md", "vtt", "srt", "ics", "eml", "json", "csv", "tsv", "xlsx"]


def sidebar(holder: EngineHolder, catalog: Catalog | None, kb_name: str) -> None:
    with st.sidebar:
        st.markdown("#### Kunskapsbanken")
        if catalog is not None:
            contents(catalog, holder.knowledge_dir)
        else:
            st.caption("Innehållet visas när indexet har laddats.")
        st.divider()
        uploads(holder)
        st.divider()
        conversation(catalog, kb_name)
        st.divider()
        with st.expander("Underhåll", expanded=holder.error is not None):
            st.caption("Läser om alla filer och bygger om sökindexet från början. Tar några minuter; frågor besvaras under tiden.")
            if st.button("Bygg om indexet", icon=":material/build:", width="stretch", key="rebuild"):
                holder.forget_error()
                run_rebuild(holder)


def contents(catalog: Catalog, knowledge_dir) -> None:
    reports, stats_files = catalog.reports, catalog.stats_files
    st.markdown(
        f'<div class="kb-stats"><b>{len(reports)}</b> dokument · <b>{catalog.pages}</b> sidor · '
        f"<b>{len(catalog.tables)}</b> tabeller"
        + (f" · <b>{len(stats_files)}</b> statistikfil{'er' if len(stats_files) != 1 else ''}" if stats_files else "")
        + "</div>",
        unsafe_allow_html=True,
    )
    st.caption(f"Senast indexerad {catalog.indexed_at}" if catalog.indexed_at else "Inte indexerad ännu")
    with st.expander(f"Dokument ({len(reports)})", expanded=False):
        if not reports:
            st.write("Inga dokument ännu – lägg till filer nedan.")
        for d in reports:
            extent = f"{d.pages} sidor" if d.pages else d.kind.upper()
            st.markdown(
                f'<div class="kb-doc">{safe_html(d.title)}<br><span>{safe_html(d.path.rsplit("/", 1)[-1])} · {extent}</span></div>',
                unsafe_allow_html=True,
            )
    with st.expander(f"Statistiktabeller ({len(catalog.tables)})", expanded=False):
        if not catalog.tables:
            st.write("Inga tabeller hittades.")
        for t in catalog.tables:
            where = f"{t.document}, s. {t.page}" if t.page else t.document
            st.markdown(f'<div class="kb-doc">{safe_html(t.caption)}<br><span>{safe_html(where)}</span></div>', unsafe_allow_html=True)
    # Rejected uploads are moved aside after the catalogue is written: list only what is still there.
    failed = [(p, r) for p, r in catalog.failed if (knowledge_dir / p).exists()]
    if failed:
        with st.expander(f"Filer som inte kunde läsas ({len(failed)})"):
            for path, reason in failed:
                st.markdown(safe_md(f"**{path}** – {reason}"))


def uploads(holder: EngineHolder) -> None:
    st.markdown("#### Lägg till filer")
    key = f"uploader-{st.session_state.get('uploader_gen', 0)}"
    files = st.file_uploader(
        "PDF, Word, text eller statistik (CSV/XLSX)",
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        key=key,
        help="Dokument sparas i knowledge/documents/, tabeller i knowledge/stats/. Bara de nya filerna läses in.",
    )
    replace = st.checkbox("Ersätt filer med samma namn", value=False, help="Annars sparas filen under ett nytt namn.")
    if st.button("Lägg till och indexera", type="primary", disabled=not files, width="stretch"):
        run_upload(holder, files, replace)
    show_upload_result()


def show_upload_result() -> None:
    res = st.session_state.get("upload_result")
    if not res:
        return
    if "locked" in res:
        st.warning(safe_md(res["locked"]), icon=":material/hourglass_top:")
        return
    if res.get("error"):
        st.error(safe_md(res["error"]), icon=":material/error:")
    if res["saved"]:
        st.success(safe_md("Tillagt och indexerat: " + ", ".join(p.rsplit("/", 1)[-1] for p in res["saved"])), icon=":material/check_circle:")
    for note in res["notes"]:
        st.caption(safe_md(note))
    if res["rejected"]:
        lines = "\n".join(f"- **{safe_md(name)}** – {safe_md(reason)}" for name, reason in res["rejected"])
        st.error("Kunde inte läsas in:\n" + lines, icon=":material/block:")
    if res["other"]:
        st.caption(safe_md("Andra filer som hoppas över: " + "; ".join(f"{p} ({r})" for p, r in res["other"])))


def conversation(catalog: Catalog | None, kb_name: str) -> None:
    st.markdown("#### Samtalet")
    answers = list(st.session_state.get("history", []))
    stamp = time.strftime("%Y-%m-%d")
    titles = catalog.titles if catalog else {}
    if not answers:
        st.caption("När du har ställt frågor kan du ladda ned samtalet som mötesunderlag (Word eller Markdown) med alla källor.")
        return
    st.download_button(
        "Mötesunderlag (Word)",
        data=lambda: brief_docx(answers, kb_name, titles),  # built on click, not on every rerun
        file_name=f"motesunderlag-{stamp}.docx",
        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        icon=":material/description:",
        width="stretch",
        on_click="ignore",
    )
    st.download_button(
        "Mötesunderlag (Markdown)",
        data=lambda: brief_markdown(answers, kb_name, titles),
        file_name=f"motesunderlag-{stamp}.md",
        mime="text/markdown",
        icon=":material/download:",
        width="stretch",
        on_click="ignore",
    )
    st.button("Nytt samtal", on_click=new_conversation, icon=":material/refresh:", width="stretch")
