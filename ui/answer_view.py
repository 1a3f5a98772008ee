"""One answer on the page: notes, how the question was read, the answer, its figures (chart
and table), warnings about those figures, how they were computed, the quoted sources, and
other readings as buttons that ask them.

Every text that comes from documents, tables or a language model passes ``safe_md`` /
``safe_html`` (``ui/safe.py``) on its way to the page.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import streamlit as st

from assistant.answer import Answer, Citation, Figure
from assistant.catalog import Catalog
from assistant.labels import display_label, measure_label
from assistant.labels import relabel as relabel_labels

from .charts import chart_spec
from .safe import safe_html, safe_md

Ask = Callable[[str], None]


def relabel(text: str, figures: list[Figure]) -> str:
    """The engine's text with export labels replaced by display labels."""
    return relabel_labels(text, (f.label for f in figures))


def short_source(f: Figure) -> str:
    """"Tabell 12, s. 38" for the table; the full reference is its tooltip and stands under it."""
    m = re.match(r"((?:Tabell|Tab\.|Figur|Diagram)\s+[\w.–-]+)", f.source.table or "")
    name = m.group(1) if m else (f.source.table or "")
    if not m and len(name) > 40:
        name = name[:38].rstrip() + "…"
    return name + (f", s. {f.source.page}" if f.source.page else "")


def full_source(f: Figure, catalog: Catalog | None) -> str:
    title = catalog.title(f.source.document) if catalog else f.source.document
    return f"{f.source.table} – {title}" + (f", s. {f.source.page}" if f.source.page else "")


def figures_table_html(figures: list[Figure], catalog: Catalog | None) -> str:
    """The figures as a small HTML table that wraps instead of cutting text off. A measure or
    a source shared by every row moves into the header or under the table; a source column's
    cells carry the full reference as their tooltip."""
    measures = {measure_label(f.metric, None) for f in figures}
    sources = {full_source(f, catalog) for f in figures}
    one_measure = len(measures) == 1
    value_head = next(iter(measures)) if one_measure else "Värde"
    head = f"<th></th><th class='num'>{safe_html(value_head)}</th>"
    head += "" if one_measure else "<th>Mått</th>"
    head += "" if len(sources) == 1 else "<th>Källa</th>"
    body = []
    for f in figures:
        label = display_label(f.label) + (" (jämförelse)" if f.is_total else "")
        cells = f"<td>{safe_html(label)}</td><td class='num'>{safe_html(f.display or f.value)}</td>"
        if not one_measure:
            cells += f"<td>{safe_html(measure_label(f.metric, None))}</td>"
        if len(sources) > 1:
            cells += f"<td title='{safe_html(full_source(f, catalog))}'>{safe_html(short_source(f))}</td>"
        row_class = ' class="kb-total"' if f.is_total else ""
        body.append(f"<tr{row_class}>{cells}</tr>")
    return f"<table class='kb-figures'><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def highlight(passage: str, quote: str) -> str:
    """The passage as safe HTML with the quoted words inside <mark>. The quote is found word
    by word (spacing, hyphenation, bullets and line breaks may differ)."""
    passage = passage or quote
    span = None
    words = re.findall(r"\w+", quote)
    if words:
        m = re.search(r"\W*".join(re.escape(w) for w in words[:400]), passage, flags=re.IGNORECASE)
        if m:
            span = (m.start(), m.end())
    if span is None and quote and quote in passage:
        i = passage.index(quote)
        span = (i, i + len(quote))
    if span is None:
        body = (f"<mark>{safe_html(quote)}</mark><br><br>" if quote else "") + safe_html(passage)
    else:
        a, b = span
        body = safe_html(passage[:a]) + "<mark>" + safe_html(passage[a:b]) + "</mark>" + safe_html(passage[b:])
    body = body.replace("\n", "<br>").replace("<mark><br>", "<br><mark>")
    return f'<div class="kb-passage">{body}</div>'


def render_citations(citations: list[Citation], catalog: Catalog | None) -> None:
    st.markdown("**Källor**")
    for c in citations:
        title = catalog.title(c.document) if catalog else c.document
        where = f"s. {c.page}" if c.page else "utan sidnummer"
        label = f"[{c.n}] {title} · {where}" + (f" · {c.section.split(' > ')[-1]}" if c.section else "")
        with st.expander(safe_md(label)):
            st.markdown(highlight(c.passage, c.text), unsafe_allow_html=True)
            meta = f"Fil: {c.document}" + (f", sida {c.page}" if c.page else "")
            if c.section:
                meta += f" · Avsnitt: {c.section}"
            if not c.verified:
                meta += " · citatet kunde inte återfinnas ordagrant på sidan"
            st.markdown(f'<div class="kb-meta">{safe_html(meta)}</div>', unsafe_allow_html=True)


def render_figures(answer: Answer, idx: int, catalog: Catalog | None) -> None:
    spec = chart_spec(answer.figures)
    table = figures_table_html(answer.figures, catalog)
    if spec is not None:
        # The chart takes the wider column unless the table needs room for measure and source columns.
        narrow_table = len({f.metric for f in answer.figures}) == 1 and len({f.source.table for f in answer.figures}) == 1
        left, right = st.columns([3, 2] if narrow_table else [1, 1], gap="medium")
        with left:
            st.altair_chart(spec.chart, width="stretch", key=f"chart-{idx}")
            notes = []
            if spec.off_scale_totals:
                notes.append("Totalrader utanför diagrammets skala: " + " · ".join(
                    f"{display_label(f.label)}: {f.display}" for f in spec.off_scale_totals))
            if spec.left_out:
                notes.append(f"Diagrammet visar de {spec.bars} första raderna; {spec.left_out} till finns i tabellen.")
            for note in notes:
                st.caption(safe_md(note))
        with right:
            st.markdown(table, unsafe_allow_html=True)
    else:
        st.markdown(table, unsafe_allow_html=True)
    if all(f.source.table and f.source.table in answer.answer for f in answer.figures):
        return  # the answer names its table already
    sources: list[str] = []
    for f in answer.figures:
        s = full_source(f, catalog)
        if s not in sources:
            sources.append(s)
    st.caption(safe_md(("Källa: " if len(sources) == 1 else "Källor: ") + "; ".join(sources)))


def render_answer(answer: Answer, idx: int, catalog: Catalog | None, ask: Ask, followups: Callable[[list[str]], list[str]] | None = None) -> None:
    for note in answer.notes:
        st.caption(safe_md(note))
    if not answer.answered:
        render_unanswered(answer, idx, ask, followups)
        return
    route = {"stats": "Ur statistiktabell", "catalog": "Om kunskapsbanken"}.get(str(answer.route), "Ur dokumenten")
    st.markdown(f'<span class="kb-route">{route}</span>', unsafe_allow_html=True)
    if answer.reading:
        st.caption(safe_md(relabel(answer.reading, answer.figures)))
    st.markdown(safe_md(relabel(answer.answer, answer.figures)))
    if answer.figures:
        render_figures(answer, idx, catalog)
    # Warnings stand after the figures they are about.
    for w in answer.warnings:
        st.warning(safe_md(relabel(w, answer.figures)), icon=":material/warning:")
    if answer.computation:
        with st.expander("Så räknade vi", icon=":material/calculate:"):
            st.markdown(safe_md(relabel(answer.computation.description, answer.figures)))
            st.code(answer.computation.pandas, language="python")
    if answer.citations:
        render_citations(answer.citations, catalog)
    render_alternatives(answer, idx, ask, "Andra sätt att läsa frågan:")


def render_alternatives(answer: Answer, idx: int, ask: Ask, intro: str) -> None:
    if not answer.alternatives:
        return
    st.markdown(intro)
    with st.container(key=f"alternatives-{idx}"):
        for j, q in enumerate(answer.alternatives):
            st.button(safe_md(q), key=f"alt-{idx}-{j}", on_click=ask, args=(q,), icon=":material/arrow_forward:")


def render_unanswered(answer: Answer, idx: int, ask: Ask, followups: Callable[[list[str]], list[str]] | None) -> None:
    message = answer.answer.split("\n\nNärmast", 1)[0]
    st.markdown('<span class="kb-route no">Inget säkert svar</span>', unsafe_allow_html=True)
    if answer.reading:
        st.caption(safe_md(answer.reading))
    st.info(safe_md(message), icon=":material/search:")
    for w in answer.warnings:
        st.warning(safe_md(w), icon=":material/warning:")
    if answer.alternatives:
        render_alternatives(answer, idx, ask, "Menar du något av detta?")
        return
    if not answer.suggestions:
        return
    cache = st.session_state.setdefault("followups", {})
    found = cache.get(idx)
    if found is None and followups is not None:
        with st.spinner("Letar efter närliggande frågor …"):
            found = cache[idx] = followups(answer.suggestions)
    if found:
        st.markdown("Närmast det du frågar om finns i kunskapsbanken – fråga vidare:")
        for j, q in enumerate(found):
            st.button(safe_md(q), key=f"unans-{idx}-{j}", on_click=ask, args=(q,), icon=":material/arrow_forward:")
    else:
        st.markdown("Närmast det du frågar om finns i kunskapsbanken:\n" + "\n".join(f"- {safe_md(t)}" for t in answer.suggestions))
