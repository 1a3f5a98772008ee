"""The start screen: what the assistant does, what the knowledge base holds, suggested
questions (checked at ingest, ``assistant/catalog.py``) and the acronyms the documents use.
Drawn from the stored catalogue alone, so it shows before the engine has loaded."""
from __future__ import annotations

import streamlit as st

from assistant.catalog import Catalog

from .chat import ask
from .safe import safe_html, safe_md


def start_screen(catalog: Catalog | None) -> None:
    st.markdown(
        "Ställ frågor på vanlig svenska om rapporterna, mötesanteckningarna och statistiken i kunskapsbanken. "
        "Varje svar visar **var det står** – dokument, sida och citat – och siffror räknas fram direkt ur tabellerna. "
        "Finns inget stöd i materialet säger assistenten det i stället för att gissa."
    )
    if catalog is None:
        st.caption("Kunskapsbanken laddas …")
        return
    reports = catalog.reports
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Dokument", len(reports), border=True)
    c2.metric("Sidor", catalog.pages, border=True)
    c3.metric("Statistiktabeller", len(catalog.tables), border=True)
    c4.metric("Förkortningar", len(catalog.glossary), border=True)

    if catalog.suggestions:
        st.markdown("##### Prova att fråga")
        with st.container(key="suggestions"):
            cols = st.columns(2)
            for i, q in enumerate(catalog.suggestions):
                cols[i % 2].button(
                    safe_md(q), key=f"suggest-{i}", on_click=ask, args=(q,), width="stretch", icon=":material/chat_bubble:"
                )

    left, right = st.columns([2, 5], gap="large")
    with left:
        st.markdown("##### I kunskapsbanken")
        for d in reports[:8]:
            extent = f"{d.pages} s." if d.pages else d.kind.upper()
            st.markdown(f"- {safe_html(d.title)} <span class='kb-meta'>({extent})</span>", unsafe_allow_html=True)
        if len(reports) > 8:
            st.caption(f"… och {len(reports) - 8} till (se sidopanelen).")
        n_stats = len(catalog.stats_files)
        st.caption(
            f"{len(catalog.tables)} statistiktabeller"
            + (f" ur dokumenten och {n_stats} statistikfil{'er' if n_stats != 1 else ''}" if n_stats else "")
            + ". Alla dokument och tabeller finns i sidopanelen."
        )
    with right:
        if catalog.glossary:
            st.markdown("##### Förkortningar i dokumenten")
            # A plain HTML table: the data-grid component would cost the first page its script.
            rows = []
            for e in catalog.glossary:
                where = catalog.title(e.document) if e.document else ""
                if e.page:
                    where += f", s. {e.page}"
                mark = "" if e.defined else " ¹"
                rows.append(f"<tr><td><b>{safe_html(e.short)}</b></td><td>{safe_html(e.long)}</td><td>{safe_html(where)}{mark}</td></tr>")
            st.markdown(
                "<div class='kb-glossary'><table><thead><tr><th>Förkortning</th><th>Betydelse</th><th>Definieras i</th></tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table></div>",
                unsafe_allow_html=True,
            )
            if any(not e.defined for e in catalog.glossary):
                st.caption("¹ Förklaras inte i dokumenten; betydelsen är den vedertagna och sidan anger var förkortningen först används.")
