"""Kunskapsbanken – the chat app (Streamlit). Start with `./start.sh` or
`streamlit run app.py`; KB_KNOWLEDGE / KB_INDEX choose the knowledge and index folders.

One engine per server (st.cache_resource), behind a holder whose reference is swapped when a
re-index finishes: sessions keep asking the old engine while a re-index runs.
"""
from __future__ import annotations

import html
import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from assistant.answer import Answer, Citation, Figure
from assistant.brief import brief_docx, brief_markdown
from assistant.engine import Engine
from assistant.suggest import GlossaryEntry, glossary, proper_nouns, suggest_questions, topic_questions
from assistant.uploads import save_uploads_and_reindex
from errors import NoIndexError, StoreLocked
from index.build import Stage, update_index
from index.store import current_generation

KNOWLEDGE_DIR = Path(os.environ.get("KB_KNOWLEDGE", "knowledge"))
INDEX_DIR = Path(os.environ.get("KB_INDEX", ".index"))
KB_NAME = os.environ.get("KB_NAME", "Kunskapsbanken")
UPLOAD_TYPES = ["pdf", "docx", "txt", "md", "csv", "tsv", "xlsx"]
ACCENT = "#1f5f99"
TOTAL_COLOR = "#c0392b"

st.set_page_config(page_title="Kunskapsbanken", page_icon=":material/menu_book:", layout="wide", initial_sidebar_state="expanded")

LOGO = (
    '<svg class="kb-logo" viewBox="0 0 24 24" width="30" height="30" aria-hidden="true">'
    f'<rect x="2" y="2" width="20" height="20" rx="5" fill="{ACCENT}"/>'
    '<path d="M7 6.5h4.2c.9 0 1.3.4 1.3 1.2v9.8c-.3-.5-.8-.8-1.5-.8H7z M17 6.5h-2.6c-.9 0-1.3.4-1.3 1.2v9.8'
    'c.3-.5.8-.8 1.5-.8H17z" fill="#fff"/></svg>'
)
ASSISTANT_AVATAR = ":material/menu_book:"
USER_AVATAR = ":material/person:"

CSS = f"""
<style>
.block-container {{ padding-top: 2.2rem; padding-bottom: 6rem; max-width: 1250px; }}
.kb-header h1 {{ font-size: 1.85rem; margin: 0 0 0.1rem 0; padding: 0; color: #1d2b3a; display: flex;
  align-items: center; gap: 0.6rem; }}
.kb-header .kb-logo {{ flex: none; margin-right: 0.15rem; }}
.kb-header p {{ color: #5b6470; margin: 0 0 0.6rem 0; font-size: 0.98rem; }}
.kb-passage {{ font-size: 0.9rem; line-height: 1.5; color: #333; background: #fafbfc;
  border-left: 3px solid #d0d7de; padding: 0.55rem 0.8rem; border-radius: 4px; }}
.kb-passage mark {{ background: #fff0a8; padding: 0.05rem 0.1rem; border-radius: 2px; }}
.kb-meta {{ color: #5b6470; font-size: 0.85rem; }}
.kb-route {{ display: inline-block; font-size: 0.75rem; color: {ACCENT}; background: #e8f0f8;
  border-radius: 10px; padding: 0.05rem 0.55rem; margin-bottom: 0.3rem; }}
.kb-route.no {{ color: #7a5b00; background: #fbf1d3; }}
.st-key-suggestions button {{ justify-content: flex-start; text-align: left; min-height: 2.6rem; height: 100%; }}
.st-key-suggestions button p {{ white-space: normal; }}
.st-key-suggestions [data-testid="stColumn"] > div {{ height: 100%; }}
.kb-stats {{ font-size: 0.92rem; color: #333; }}
section[data-testid="stSidebar"] .kb-doc {{ font-size: 0.86rem; line-height: 1.35; margin-bottom: 0.45rem; }}
section[data-testid="stSidebar"] .kb-doc span {{ color: #6b7280; font-size: 0.78rem; }}
</style>
"""


# --------------------------------------------------------------------------- engine holder


@dataclass
class Catalog:
    """What the sidebar and the start screen show, computed once per index generation."""

    documents: list[tuple[str, str, int, str]]  # (path, title, pages, kind)
    tables: list[tuple[str, str, int | None]]  # (caption, document title, page)
    indexed_at: str
    pages: int
    suggestions: list[str] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    proper_nouns: set[str] = field(default_factory=set)
    failed: list[tuple[str, str]] = field(default_factory=list)  # files the index could not read


def build_catalog(engine: Engine, knowledge_dir: Path) -> Catalog:
    snap = engine.snapshot
    titles = {p: (d.title or p.rsplit("/", 1)[-1]) for p, d in snap.documents.items()}
    docs = sorted(
        ((p, titles[p], d.pages, d.kind) for p, d in snap.documents.items()),
        key=lambda x: (x[3] in ("csv", "xlsx"), x[1].lower()),
    )
    parts = {p for t in snap.tables for p in t.source_tables}
    tables = [(t.caption, titles.get(t.document, t.document), t.page) for t in snap.tables if t.id not in parts]
    failed = [
        (p, e.get("error", ""))
        for p, e in snap.manifest.get("files", {}).items()
        if e.get("status") != "ok" and (knowledge_dir / p).exists()  # rejected uploads are moved aside
    ]
    text_chunks = [c for c in snap.chunks if snap.documents.get(c.document) and snap.documents[c.document].kind not in ("csv", "xlsx")]

    def answerable(q: str) -> bool:
        # Only suggest what the assistant can answer: a dead end is a poor first impression.
        try:
            a = engine.ask(q, engine.new_conversation())
        except Exception:  # noqa: BLE001 - a suggestion must never break the start screen
            return False
        if a.answered and a.route == "stats" and q.startswith("Vilka"):
            return sum(not f.is_total for f in a.figures) >= 2  # a ranking of one is no ranking
        return a.answered

    suggestions = suggest_questions(snap.tables, snap.chunks, snap.documents, limit=6, answerable=answerable)
    return Catalog(
        documents=docs,
        tables=tables,
        indexed_at=snap.indexed_at,
        pages=sum(d.pages for d in snap.documents.values()),
        suggestions=suggestions,
        glossary=glossary(text_chunks),
        titles=titles,
        proper_nouns=proper_nouns(text_chunks),
        failed=failed,
    )


class EngineHolder:
    """The server's one engine and its catalog. ``current`` is replaced in one assignment, so
    a session reads either the old pair or the new one, never a mix."""

    def __init__(self, knowledge_dir: Path, index_dir: Path):
        self.knowledge_dir = knowledge_dir
        self.index_dir = index_dir
        self.current: tuple[Engine, Catalog] | None = None
        self.load_lock = threading.Lock()
        self.ask_lock = threading.Lock()
        self.loaded_at = 0.0

    def load(self) -> None:
        engine = Engine.from_index(self.index_dir)
        catalog = build_catalog(engine, self.knowledge_dir)
        self.current = (engine, catalog)
        self.loaded_at = time.time()

    def ask(self, engine: Engine, question: str, conv) -> Answer:
        with self.ask_lock:
            answer = engine.ask(question, conv, phrase=False)
        # The optional language model runs outside the lock: a slow endpoint delays only this question.
        return engine.phrase(answer, conv)


@st.cache_resource(show_spinner=False)
def get_holder(knowledge_dir: str, index_dir: str) -> EngineHolder:
    return EngineHolder(Path(knowledge_dir), Path(index_dir))


def progress_reporter(bar, label_prefix: str = ""):
    """An ingest progress callback that drives an st.progress bar (throttled)."""
    state = {"t": 0.0}
    stage_names = {Stage.READ: "Läser filer", Stage.EMBED: "Indexerar texter"}

    def progress(stage: str, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        final = total and done >= total
        if not final and now - state["t"] < 0.15:
            return
        state["t"] = now
        frac = min(1.0, done / total) if total else 1.0
        # Reading is the first fifth of the work, embedding the rest.
        overall = 0.2 * frac if stage == Stage.READ else 0.2 + 0.8 * frac
        what = stage_names.get(stage, stage.capitalize())
        detail = f" – {name}" if name else ""
        bar.progress(overall, text=f"{label_prefix}{what} {done}/{total}{detail}")

    return progress


def ensure_engine(holder: EngineHolder) -> tuple[Engine, Catalog] | None:
    """The current engine; builds the index first when there is none (with progress), and
    picks up a newer index generation (a re-index from another session or the CLI)."""
    live = current_generation(holder.index_dir)
    if holder.current is not None:
        if live is not None and live.name != holder.current[0].snapshot.generation.name:
            # Newer index: one session loads it while the others keep using the old engine.
            if holder.load_lock.acquire(blocking=False):
                try:
                    with st.spinner("Laddar den uppdaterade kunskapsbanken …"):
                        holder.load()
                finally:
                    holder.load_lock.release()
        return holder.current
    if live is None:
        kdir = holder.knowledge_dir
        if not (kdir.is_dir() and any(p.is_file() for p in kdir.rglob("*"))):
            return None
        with st.status("Kunskapsbanken indexeras för första gången …", expanded=True) as status:
            st.write(f"Läser filerna i `{holder.knowledge_dir}` och bygger sökindexet. Det tar en stund, men bara första gången.")
            bar = st.progress(0.0, text="Startar …")
            try:
                report = update_index(holder.knowledge_dir, holder.index_dir, progress=progress_reporter(bar))
                status.update(label=f"Klart: {report.files} filer, {report.pages} sidor, {report.tables} tabeller.", state="complete")
            except StoreLocked:
                status.update(label="En annan session bygger indexet – väntar på den …", state="running")
                while current_generation(holder.index_dir) is None:
                    time.sleep(1.0)
    with holder.load_lock:
        if holder.current is None:
            with st.spinner("Laddar kunskapsbanken …"):
                try:
                    holder.load()
                except NoIndexError:
                    return None
    return holder.current


# --------------------------------------------------------------------------- rendering helpers


def pretty_label(label: str) -> str:
    """"Örebro_Vivalla" → "Örebro – Vivalla"; "Karlskoga_Karlskoga västra tätort" →
    "Karlskoga västra tätort" (the group is already in the name)."""
    parts = [p.strip() for p in label.split("_") if p.strip()]
    out: list[str] = []
    for i, p in enumerate(parts):
        if i + 1 < len(parts) and parts[i + 1].lower().startswith(p.lower()):
            continue
        out.append(p)
    return " – ".join(out) or label


def short_source(f: Figure) -> str:
    """"Tabell 12, s. 38" for the figures table; the full reference stands under it."""
    m = re.match(r"((?:Tabell|Tab\.|Figur|Diagram)\s+[\w.–-]+)", f.source.table or "")
    name = m.group(1) if m else (f.source.table or "")
    if not m and len(name) > 34:
        name = name[:32].rstrip() + "…"
    return name + (f", s. {f.source.page}" if f.source.page else "")


def md_safe(text: str) -> str:
    """Answer Markdown with "$" escaped, so amounts never turn into LaTeX."""
    return re.sub(r"(?<!\\)\$", r"\\$", text)


def highlight(passage: str, quote: str) -> str:
    """The passage as safe HTML with the quoted words inside <mark>. The quote is found
    word by word (spacing, hyphenation, bullets and line breaks may differ)."""
    passage = passage or quote
    words = re.findall(r"\w+", quote)
    span = None
    if words:
        pattern = r"\W*".join(re.escape(w) for w in words[:400])
        m = re.search(pattern, passage, flags=re.IGNORECASE)
        if m:
            span = (m.start(), m.end())
    if span is None:
        body = html.escape(passage) if quote in passage or not quote else (
            f"<mark>{html.escape(quote)}</mark><br><br>{html.escape(passage)}"
        )
        if quote and quote in passage:
            i = passage.index(quote)
            body = html.escape(passage[:i]) + "<mark>" + html.escape(quote) + "</mark>" + html.escape(passage[i + len(quote):])
    else:
        a, b = span
        body = html.escape(passage[:a]) + "<mark>" + html.escape(passage[a:b]) + "</mark>" + html.escape(passage[b:])
    body = body.replace("$", "&#36;").replace("\n", "<br>")
    body = body.replace("<mark><br>", "<br><mark>")
    return f'<div class="kb-passage">{body}</div>'


def doc_title(catalog: Catalog, path: str) -> str:
    return catalog.titles.get(path) or path.rsplit("/", 1)[-1]


def page_text(page: int | None) -> str:
    return f"s. {page}" if page else "utan sidnummer"


def figures_frame(figures: list[Figure], catalog: Catalog) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "": [pretty_label(f.label) + (" (jämförelse)" if f.is_total else "") for f in figures],
            "Värde": [f.display or str(f.value) for f in figures],
            "Mått": [f.metric for f in figures],
            "Källa": [short_source(f) for f in figures],
        }
    )


NUMBER_LABEL = (
    "replace(replace(format(datum.value, ',.2~f'), regexp(',', 'g'), ' '), '.', ',')"
)


def figures_chart(figures: list[Figure]) -> tuple[alt.LayerChart, int] | None:
    """Bars for the ranked/compared rows of one measure, the total row as a reference line."""
    rows = [f for f in figures if not f.is_total]
    if not rows:
        return None
    metric, unit = rows[0].metric, rows[0].unit
    rows = [f for f in rows if f.metric == metric and f.unit == unit]
    totals = [f for f in figures if f.is_total and f.metric == metric and f.unit == unit]
    top = max(abs(f.value) for f in rows) or 1
    # A share's total (länet 8,1 %) is a reference level; a count's total is a sum, far off the scale.
    totals = [f for f in totals if unit in ("%", "andel") or abs(f.value) <= 1.5 * top]
    if len(rows) < 2 and not totals:
        return None
    axis_title = f"{metric} ({unit})" if unit else metric
    df = pd.DataFrame(
        {"label": [pretty_label(f.label) for f in rows], "value": [f.value for f in rows], "display": [f.display for f in rows]}
    )
    order = list(df["label"])
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=240, labelFontSize=12))
    x_max = max([f.value for f in rows + totals] + [0]) * 1.18 or 1
    x = alt.X(
        "value:Q",
        title=axis_title,
        scale=alt.Scale(domain=[min(0, min(f.value for f in rows)), x_max]),
        axis=alt.Axis(labelExpr=NUMBER_LABEL, titleFontSize=12, grid=True, gridOpacity=0.4),
    )
    base = alt.Chart(df).encode(y=y, x=x, tooltip=[alt.Tooltip("label:N", title="Rad"), alt.Tooltip("display:N", title=metric)])
    bars = base.mark_bar(color=ACCENT, cornerRadiusEnd=3, height={"band": 0.7})
    text = base.mark_text(align="left", dx=4, fontSize=12, color="#333").encode(text="display:N")
    layers = [bars, text]
    if totals:
        tdf = pd.DataFrame(
            {"value": [f.value for f in totals], "label": [f"{pretty_label(f.label)}: {f.display}" for f in totals]}
        )
        rule = alt.Chart(tdf).mark_rule(color=TOTAL_COLOR, strokeDash=[5, 3], size=2).encode(
            x="value:Q", tooltip=[alt.Tooltip("label:N", title="Jämförelse")]
        )
        note = alt.Chart(tdf).mark_text(align="left", dx=4, dy=-6, color=TOTAL_COLOR, fontSize=11, baseline="bottom").encode(
            x="value:Q", text="label:N", y=alt.value(0)
        )
        layers += [rule, note]
    height = max(110, 32 * len(rows) + 50)
    return alt.layer(*layers).properties(height=height, padding={"top": 14}).configure_view(stroke=None), height


def max_value(figures: list[Figure]) -> float:
    return max((abs(f.value) for f in figures if not f.is_total), default=0.0) or 1.0




def render_citations(citations: list[Citation], catalog: Catalog) -> None:
    st.markdown("**Källor**")
    for c in citations:
        title = doc_title(catalog, c.document)
        label = f"[{c.n}] {title} · {page_text(c.page)}"
        if c.section:
            label += f" · {c.section.split(' > ')[-1]}"
        with st.expander(label):
            st.markdown(highlight(c.passage, c.text), unsafe_allow_html=True)
            meta = f"Fil: {c.document}"
            if c.page:
                meta += f", sida {c.page}"
            if c.section:
                meta += f" · Avsnitt: {c.section}"
            if not c.verified:
                meta += " · citatet kunde inte återfinnas ordagrant på sidan"
            st.markdown(f'<div class="kb-meta">{html.escape(meta)}</div>', unsafe_allow_html=True)


def ask_later(question: str) -> None:
    st.session_state["pending"] = question


def render_unanswered(answer: Answer, idx: int, catalog: Catalog, compute=None) -> None:
    message = answer.answer.split("\n\nNärmast", 1)[0]
    st.markdown('<span class="kb-route no">Inget säkert svar</span>', unsafe_allow_html=True)
    st.info(md_safe(message), icon=":material/search:")
    cache = st.session_state.setdefault("followups", {})
    followups = cache.get(idx)
    if followups is None and answer.suggestions and compute is not None:
        # Shown after the message: checking which pointers the assistant can answer takes a moment.
        with st.spinner("Letar efter närliggande frågor …"):
            followups = cache[idx] = compute(answer.suggestions)
    if followups:
        st.markdown("Närmast det du frågar om finns i kunskapsbanken – fråga vidare:")
        for j, q in enumerate(followups):
            st.button(q, key=f"unans-{idx}-{j}", on_click=ask_later, args=(q,), icon=":material/arrow_forward:")
    elif answer.suggestions:
        st.markdown("Närmast det du frågar om finns i kunskapsbanken:\n" + "\n".join(f"- {md_safe(t)}" for t in answer.suggestions))


def followup_questions(holder: EngineHolder, engine: Engine, catalog: Catalog, topics: list[str]) -> list[str]:
    """Askable questions for the topics an unanswered answer points to (only ones the
    assistant can answer)."""
    out: list[str] = []
    for topic in topics:
        for q in topic_questions(topic, catalog.titles.values(), catalog.proper_nouns):
            try:
                ok = holder.ask(engine, q, engine.new_conversation()).answered
            except Exception:  # noqa: BLE001 - a pointer must never break the answer
                ok = False
            if ok:
                if q not in out:
                    out.append(q)
                break
    return out


def render_answer(answer: Answer, idx: int, catalog: Catalog, compute=None) -> None:
    for w in answer.warnings:
        st.warning(md_safe(w), icon=":material/warning:")
    if not answer.answered:
        render_unanswered(answer, idx, catalog, compute)
        return
    route = "Ur statistiktabell" if answer.route == "stats" else "Ur dokumenten"
    st.markdown(f'<span class="kb-route">{route}</span>', unsafe_allow_html=True)
    st.markdown(md_safe(answer.answer))
    if answer.figures:
        chart = figures_chart(answer.figures)
        if chart is not None:
            chart, chart_h = chart
            left, right = st.columns([11, 9], gap="medium")
        else:
            left, right = st.container(), None
        with left:
            st.dataframe(
                figures_frame(answer.figures, catalog),
                hide_index=True,
                width="stretch",
                column_config={"Källa": st.column_config.TextColumn(width="large")},
            )
        if right is not None:
            with right:
                st.altair_chart(chart, width="stretch", height=chart_h)
                notes = [
                    f"{pretty_label(f.label)}: {f.display}"
                    for f in answer.figures
                    if f.is_total and not (f.unit in ("%", "andel") or abs(f.value) <= 1.5 * max_value(answer.figures))
                ]
                if notes:
                    st.caption("Totalrader (ej i diagrammet): " + " · ".join(notes))
        sources = []
        for f in answer.figures:
            s = f"{f.source.table} – {doc_title(catalog, f.source.document)}" + (f", s. {f.source.page}" if f.source.page else "")
            if s not in sources:
                sources.append(s)
        if not all(f.source.table in answer.answer for f in answer.figures):  # the answer may name it already
            st.caption("Källa: " + "; ".join(sources))
    if answer.computation:
        with st.expander("Så räknade vi", icon=":material/calculate:"):
            st.markdown(md_safe(answer.computation.description))
            st.code(answer.computation.pandas, language="python")
    if answer.citations:
        render_citations(answer.citations, catalog)


# --------------------------------------------------------------------------- sidebar


def sidebar(holder: EngineHolder, catalog: Catalog) -> None:
    with st.sidebar:
        st.markdown("#### Kunskapsbanken")
        n_docs = sum(1 for d in catalog.documents if d[3] not in ("csv", "xlsx"))
        n_files = len(catalog.documents) - n_docs
        st.markdown(
            f'<div class="kb-stats"><b>{n_docs}</b> dokument · <b>{catalog.pages}</b> sidor · '
            f"<b>{len(catalog.tables)}</b> tabeller"
            + (f" · <b>{n_files}</b> statistikfil{'er' if n_files != 1 else ''}" if n_files else "")
            + "</div>",
            unsafe_allow_html=True,
        )
        st.caption(f"Senast indexerad {catalog.indexed_at}" if catalog.indexed_at else "Inte indexerad ännu")

        docs = [d for d in catalog.documents if d[3] not in ("csv", "xlsx")]
        with st.expander(f"Dokument ({len(docs)})", expanded=False):
            if not docs:
                st.write("Inga dokument ännu – lägg till filer nedan.")
            for path, title, pages, kind in docs:
                extent = f"{pages} sidor" if pages else kind.upper()
                st.markdown(
                    f'<div class="kb-doc">{html.escape(title)}<br><span>{html.escape(path.rsplit("/", 1)[-1])} · {extent}</span></div>',
                    unsafe_allow_html=True,
                )
        with st.expander(f"Statistiktabeller ({len(catalog.tables)})", expanded=False):
            if not catalog.tables:
                st.write("Inga tabeller hittades.")
            for caption, title, page in catalog.tables:
                where = f"{title}, s. {page}" if page else title
                st.markdown(
                    f'<div class="kb-doc">{html.escape(caption)}<br><span>{html.escape(where)}</span></div>',
                    unsafe_allow_html=True,
                )
        if catalog.failed:
            with st.expander(f"Filer som inte kunde läsas ({len(catalog.failed)})"):
                for path, reason in catalog.failed:
                    st.markdown(f"**{path}** – {reason}")

        st.divider()
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

        st.divider()
        st.markdown("#### Samtalet")
        answers = st.session_state.get("history", [])
        stamp = time.strftime("%Y-%m-%d")
        if answers:
            st.download_button(
                "Mötesunderlag (Word)",
                data=brief_docx(answers, KB_NAME, catalog.titles),
                file_name=f"motesunderlag-{stamp}.docx",
                mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                icon=":material/description:",
                width="stretch",
            )
            st.download_button(
                "Mötesunderlag (Markdown)",
                data=brief_markdown(answers, KB_NAME, catalog.titles),
                file_name=f"motesunderlag-{stamp}.md",
                mime="text/markdown",
                icon=":material/download:",
                width="stretch",
            )
            st.button("Nytt samtal", on_click=new_conversation, icon=":material/refresh:", width="stretch")
        else:
            st.caption("När du har ställt frågor kan du ladda ned samtalet som mötesunderlag (Word eller Markdown) med alla källor.")

        st.divider()
        with st.expander("Underhåll"):
            st.caption("Läser om alla filer och bygger om sökindexet från början. Tar några minuter; frågor besvaras under tiden.")
            if st.button("Bygg om indexet", icon=":material/build:", width="stretch"):
                run_rebuild(holder)


def new_conversation() -> None:
    st.session_state["history"] = []
    st.session_state["followups"] = {}
    st.session_state.pop("conv", None)


def _swap_engine(holder: EngineHolder) -> None:
    with holder.load_lock:
        holder.load()


def run_upload(holder: EngineHolder, files, replace: bool) -> None:
    with st.status("Lägger till filer och indexerar …", expanded=True) as status:
        bar = st.progress(0.0, text="Sparar filerna …")
        try:
            result = save_uploads_and_reindex(files, holder.knowledge_dir, holder.index_dir, progress_reporter(bar), replace=replace)
        except StoreLocked as exc:
            status.update(label="Indexeringen kunde inte starta", state="error")
            st.session_state["upload_result"] = {"locked": str(exc)}
            return
        if result.report is not None and result.report.changed:
            bar.progress(1.0, text="Laddar det nya indexet …")
            _swap_engine(holder)
        state = "complete" if not result.rejected else "error"
        status.update(label=f"Klart: {len(result.saved)} fil(er) tillagda, {len(result.rejected)} avvisade.", state=state, expanded=False)
    st.session_state["upload_result"] = {
        "saved": result.saved,
        "notes": result.notes,
        "rejected": result.rejected,
        "other": result.other_skipped,
    }
    st.session_state["uploader_gen"] = st.session_state.get("uploader_gen", 0) + 1
    st.rerun()


def show_upload_result() -> None:
    res = st.session_state.get("upload_result")
    if not res:
        return
    if "locked" in res:
        st.warning(res["locked"], icon=":material/hourglass_top:")
        return
    if res["saved"]:
        st.success("Tillagt och indexerat: " + ", ".join(p.rsplit("/", 1)[-1] for p in res["saved"]), icon=":material/check_circle:")
    for note in res["notes"]:
        st.caption(note)
    if res["rejected"]:
        lines = "\n".join(f"- **{html.escape(name)}** – {html.escape(reason)}" for name, reason in res["rejected"])
        st.error("Kunde inte läsas in:\n" + lines, icon=":material/block:")
    if res["other"]:
        st.caption("Andra filer som hoppas över: " + "; ".join(f"{p} ({r})" for p, r in res["other"]))


def run_rebuild(holder: EngineHolder) -> None:
    with st.status("Bygger om indexet …", expanded=True) as status:
        bar = st.progress(0.0, text="Startar …")
        try:
            report = update_index(holder.knowledge_dir, holder.index_dir, progress=progress_reporter(bar), rebuild=True)
        except StoreLocked as exc:
            status.update(label="Indexeringen kunde inte starta", state="error")
            st.warning(str(exc), icon=":material/hourglass_top:")
            return
        bar.progress(1.0, text="Laddar det nya indexet …")
        _swap_engine(holder)
        status.update(
            label=f"Klart: {report.files} filer, {report.pages} sidor, {report.tables} tabeller ({report.seconds:.0f} s).",
            state="complete",
            expanded=False,
        )
    st.session_state["upload_result"] = {"saved": [], "notes": [], "rejected": report.skipped, "other": []}


# --------------------------------------------------------------------------- start screen


def start_screen(catalog: Catalog) -> None:
    n_docs = sum(1 for d in catalog.documents if d[3] not in ("csv", "xlsx"))
    st.markdown(
        "Ställ frågor på vanlig svenska om rapporterna, mötesanteckningarna och statistiken i kunskapsbanken. "
        "Varje svar visar **var det står** – dokument, sida och citat – och siffror räknas fram direkt ur tabellerna. "
        "Finns inget stöd i materialet säger assistenten det i stället för att gissa."
    )
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Dokument", n_docs, border=True)
    c2.metric("Sidor", catalog.pages, border=True)
    c3.metric("Statistiktabeller", len(catalog.tables), border=True)
    c4.metric("Förkortningar", len(catalog.glossary), border=True)

    if catalog.suggestions:
        st.markdown("##### Prova att fråga")
        with st.container(key="suggestions"):
            cols = st.columns(2)
            for i, q in enumerate(catalog.suggestions):
                cols[i % 2].button(q, key=f"suggest-{i}", on_click=ask_later, args=(q,), width="stretch", icon=":material/chat_bubble:")

    left, right = st.columns([2, 5], gap="large")
    with left:
        st.markdown("##### I kunskapsbanken")
        docs = [d for d in catalog.documents if d[3] not in ("csv", "xlsx")]
        for _path, title, pages, kind in docs[:8]:
            extent = f"{pages} s." if pages else kind.upper()
            st.markdown(f"- {html.escape(title)} <span class='kb-meta'>({extent})</span>", unsafe_allow_html=True)
        if len(docs) > 8:
            st.caption(f"… och {len(docs) - 8} till (se sidopanelen).")
        stats_files = len(catalog.documents) - len(docs)
        st.caption(
            f"{len(catalog.tables)} statistiktabeller"
            + (f" ur dokumenten och {stats_files} statistikfil{'er' if stats_files != 1 else ''}" if stats_files else "")
            + ". Alla dokument och tabeller finns i sidopanelen."
        )
    with right:
        if catalog.glossary:
            st.markdown("##### Förkortningar i dokumenten")
            rows = []
            for e in catalog.glossary:
                where = doc_title(catalog, e.document) if e.document else ""
                if e.page:
                    where += f", s. {e.page}"
                rows.append({"Förkortning": e.short, "Betydelse": e.long, "Definieras i": where + ("" if e.defined else " ¹")})
            st.dataframe(
                pd.DataFrame(rows),
                hide_index=True,
                width="stretch",
                height=min(35 * len(rows) + 38, 320),
                column_config={
                    "Förkortning": st.column_config.TextColumn(width="small"),
                    "Betydelse": st.column_config.TextColumn(width="medium"),
                    "Definieras i": st.column_config.TextColumn(width="large"),
                },
            )
            if any(not e.defined for e in catalog.glossary):
                st.caption("¹ Förklaras inte i dokumenten; betydelsen är den vedertagna och sidan anger var förkortningen först används.")


# --------------------------------------------------------------------------- page


def main() -> None:
    st.markdown(CSS, unsafe_allow_html=True)
    st.markdown(
        f'<div class="kb-header"><h1>{LOGO}Kunskapsbanken</h1>'
        "<p>Svar med källa ur rapporter, mötesanteckningar och statistik – för regionala utvecklingsenheter och Arbetsförmedlingen.</p></div>",
        unsafe_allow_html=True,
    )
    holder = get_holder(str(KNOWLEDGE_DIR), str(INDEX_DIR))
    current = ensure_engine(holder)
    if current is None:
        st.error(f"Det finns inget index i {INDEX_DIR} och inga filer att bygga det av i {KNOWLEDGE_DIR}.")
        return
    engine, catalog = current

    state = st.session_state
    state.setdefault("history", [])
    if "conv" not in state:
        state["conv"] = engine.new_conversation()

    prompt = st.chat_input("Ställ en fråga, t.ex. ”Vilka områden har högst sjukskrivning?”")
    question = prompt or state.pop("pending", None)

    if not state["history"] and not question:
        start_screen(catalog)

    for i, ans in enumerate(state["history"]):
        with st.chat_message("user", avatar=USER_AVATAR):
            st.markdown(md_safe(ans.question))
        with st.chat_message("assistant", avatar=ASSISTANT_AVATAR):
            render_answer(ans, i, catalog)

    if question:
        with st.chat_message("user", avatar=USER_AVATAR):
            st.markdown(md_safe(question))
        with st.chat_message("assistant", avatar=ASSISTANT_AVATAR):
            with st.spinner("Letar i kunskapsbanken …"):
                answer = holder.ask(engine, question, state["conv"])
            state["history"].append(answer)
            render_answer(
                answer, len(state["history"]) - 1, catalog, lambda topics: followup_questions(holder, engine, catalog, topics)
            )

    # Last, so the export already includes the answer just given.
    sidebar(holder, catalog)


main()
