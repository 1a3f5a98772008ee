"""The Streamlit app's parts; ``app.py`` puts them on one page.

    holder.py       one engine per server, loaded in the background, swapped after a re-index
    chat.py         the session's question queue, history and follow-up pointers
    answer_view.py  one answer: notes, reading, text, figures, warnings, sources, alternatives
    charts.py       bar charts for figures (1–30 bars, totals as reference lines)
    start.py        the start screen from the stored catalogue
    sidebar.py      contents, uploads, meeting brief, rebuild
    indexing.py     first build, uploads and rebuilds with progress, then the engine swap
    safe.py         text from documents and models made inert (no images, links or HTML)
    style.py        CSS, logo, header
"""
