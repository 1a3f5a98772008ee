"""TXT and Markdown documents → blocks, title and tables.

A plain text is reflowed into paragraphs, its headings found where it underlines or frames them,
its title in its first lines (under a letterhead, between rules, or an e-mail's subject); the
tables it sets out with spaces or pipes (``plain_tables``, Markdown's ``| … |``) become Tables
when they hold figures and lines of named cells when not. Pages a printer separated with form
feeds lose the head each repeats. Shared with the DOCX reader: a table's rows as lines of text.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from .clean import Block, normalise_heading, reflow, skeleton
from .model import MESSAGE_HEADING, Table
from .plain_tables import SUM_LINE, aligned_tables
from .swedish import fold


def title_from_name(rel: str) -> str:
    return re.sub(r"[_-]+", " ", Path(rel).stem).strip().capitalize()


# ---------------------------------------------------------------- PDF



_MAIL_FROM = re.compile(r"(?i)^\s*(?:från|from)\s*:\s*(?P<name>[^<\n]+?)\s*(?:<[^>]*>)?\s*(?:(?:skickat|sent|datum|date)\s*:\s*(?P<date>.+?))?\s*(?=(?:till|to|kopia|cc|ämne|subject)\s*:|$)")


def email_messages(blocks: list[Block]) -> list[Block]:
    """An e-mail thread's messages, each under a heading of its own ("Meddelande från Mikael
    Sjöberg, den 5 december 2025 10:47"): a header block "Från: … Skickat: … Ämne: …" opens
    each, so a message's text is never cut into its neighbour's passage and is known by its
    sender. Text with fewer than two such headers is left as it is."""
    starts = [i for i, b in enumerate(blocks) if b.kind != "heading" and _MAIL_FROM.match(b.text)]
    if len(starts) < 2:
        return blocks
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if i in starts:
            m = _MAIL_FROM.match(b.text)
            name = m.group("name").strip(' ,;"')
            date = (m.group("date") or "").strip(" ,;")
            out.append(Block("heading", f"{MESSAGE_HEADING}{name}" + (f", {date}" if date else ""), b.page, 1))
        out.append(b)
    return out



def with_document_title(caption: str, doc_title: str) -> str:
    """A table's caption with its document's title after it ("4. Budget – Projektplan:
    Kompetenslyft Bergslagen": whose budget, as a report's table is read with its report's title),
    unless the caption says it already; the title alone when there is no caption."""
    if not caption:
        return doc_title
    return caption if not doc_title or fold(doc_title) in fold(caption) else f"{caption} – {doc_title}"


_GRID_RULE = re.compile(r"^\+(?:[-=:]+\+)+$")


def _grid_tables(lines: list[str]) -> dict[int, tuple[list[list[str]], int]]:
    """Pandoc grid tables: first line → (rows, the line after the table). A row's cells are the
    text between the columns' "|" over all its lines (a cell wraps within its column), joined."""
    out: dict[int, tuple[list[list[str]], int]] = {}
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if not _GRID_RULE.match(s):
            i += 1
            continue
        cuts = [k for k, ch in enumerate(s) if ch == "+"]
        start, rows, cur = i, [], None
        j = i + 1
        while j < len(lines):
            t = lines[j].strip()
            if _GRID_RULE.match(t):
                if cur is not None:
                    rows.append([" ".join(" ".join(part).split()) for part in cur])
                cur = None
                j += 1
                continue
            if not (t.startswith("|") and t.endswith("|")):
                break
            cells = [t[a + 1:b] for a, b in zip(cuts, cuts[1:])] if len(t) == len(s) else t.strip("|").split("|")
            if cur is None:
                cur = [[] for _ in cells]
            for part, cell in zip(cur, cells):
                part.append(cell.strip())
            j += 1
        if rows and j > start + 2:
            out[start] = (rows, j)
        i = max(j, i + 1)
    return out


def rows_as_lines(rows: list[list[str]]) -> list[str]:
    """A table without figures (its header row first) as lines of text: with three columns or more
    a line per row with each cell after its column's name ("Företag: Ljusdals Mekaniska AB | Ort:
    Ljusdal | …", the header no line of its own); narrower, a line per row as ``table_row_text``."""
    if len(rows) >= 2 and len(rows[0]) >= 3:
        from .stats_io import sheet_lines

        return sheet_lines(rows)[1]
    return [table_row_text(r) for r in rows]


def table_row_text(cells: list[str]) -> str:
    """A row of a table without figures, as text: a term and its explanation ("SMF | Små och
    medelstora företag …") as a glossary writes it, "SMF – Små och medelstora företag …", so it
    reads as the term's definition; a wider row with its cells between "|"."""
    if len(cells) == 2 and all(cells) and len(cells[0]) <= 60:
        return f"{cells[0]} – {cells[1]}"
    # (a row of one cell merged across the table: its text, no empty cells after it)
    if cells and cells[0] and not any(cells[1:]):
        return cells[0]
    return " | ".join(cells)


# a site generator's shortcode (Hugo "{{< alert title="…" >}}", "{{% notice %}}", "{{< /details >}}"):
# markup around the text – what its attributes say for a reader (a title, caption, alt text, a
# button's text) is text, the rest (names, links, styles, switches) is not
_SHORTCODE = re.compile(r"\{\{[<%]\s*(/?)\s*([\w\-./]+)((?:[^>%}]|>(?!\}\})|%(?!\}\}))*?)\s*[>%]\}\}")
# (a quoted value: named – "title=…" is text, "src=…" is not – or positional, which is text:
# {{< notice info "Uppdaterat 22 september 2026" >}}, {{< faq "Kan en enskild firma söka?" >}})
_SHORTCODE_QUOTED = re.compile(r"(?:\b([\w-]+)\s*=\s*)?(?:\"([^\"]*)\"|'([^']*)')")
_SHORTCODE_ID = re.compile(r"[a-z0-9_./#:-]+")
# a template's own call ("{{ i18n "apply_now" }}", "{{ .Title }}"): code, no text
_TEMPLATE_CALL = re.compile(r"\{\{-?\s*[^<%{}\s][^{}\n]*?-?\}\}")
_SHORTCODE_TEXT_KEYS = frozenset({"title", "caption", "alt", "text", "label", "summary", "heading", "question"})
# (a box's title leads its text: "Uppdaterat 28 april 2026: Servicepunkten …")
_SHORTCODE_BOXES = frozenset({"alert", "notice", "note", "callout", "admonition", "info", "warning", "tip", "details", "hint", "faq", "tab"})


def _shortcodes(text: str) -> str:
    """The text with its shortcodes replaced by what their reader-facing attributes say."""
    if "{{" not in text:
        return text

    def one(m: re.Match) -> str:
        if m.group(1):
            return ""
        said = [
            v for a in _SHORTCODE_QUOTED.finditer(m.group(3))
            if (v := a.group(2) if a.group(2) is not None else a.group(3))
            # (a positional identifier or path – "omgangar", "/kompetensvaxeln/villkor" – is none)
            and (a.group(1).lower() in _SHORTCODE_TEXT_KEYS if a.group(1) else not _SHORTCODE_ID.fullmatch(v.strip()))
        ]
        said = [x.strip() for x in said if x and x.strip()]
        return (" – ".join(said) + (":" if m.group(2).lower() in _SHORTCODE_BOXES else "")) if said else ""

    # (… and a link's parentheses left empty by a reference's shortcode: "villkoren ({{< ref "…" >}})")
    return re.sub(r"[ \t]*\([ \t]*\)", "", _TEMPLATE_CALL.sub("", _SHORTCODE.sub(one, text)))



_FOOTNOTE_DEFINITION = re.compile(r"(?m)^[ \t]{0,3}\[\^([^\]\s]+)\]:[ \t]*")
_FOOTNOTE_MARK = re.compile(r"\[\^([^\]\s]+)\](?!:)")


def _footnotes(text: str) -> str:
    """Pandoc's and GitHub's footnotes as text: a definition "[^sv]: RSP = regionalt
    serviceprogram." as "Fotnot sv: …" (its marker had stood in the quote), a mark in the text as
    "(fotnot sv)"."""
    text = _FOOTNOTE_DEFINITION.sub(lambda m: f"Fotnot {m.group(1)}: ", text)
    return _FOOTNOTE_MARK.sub(lambda m: f" (fotnot {m.group(1)})", text)


def markdown_blocks(text: str, rel: str = "") -> tuple[list[Block], str, list[Table]]:
    """(blocks, title, tables) of a Markdown text: a table with figures becomes a Table (captioned
    by the heading it stands under and the document's title), one without stays text."""
    blocks: list[Block] = []
    tables: list[Table] = []
    title = top_title = first_heading = ""
    para: list[str] = []
    grid: list[list[str]] = []

    def flush() -> None:
        if para:
            blocks.append(Block("paragraph", " ".join(para), 1))
            para.clear()

    def end_table() -> None:
        if grid:
            _add_table(list(grid), blocks, tables, rel, title)
            grid.clear()

    deck = bool(re.match(r"\ufeff?---[ \t]*\r?\n(?:[^\n]*\n){0,40}?marp:\s*true\b", text))
    page = _front_values(text)
    text, meta = _front_matter(text)
    text = _liquid(text, page)
    text = _footnotes(_shortcodes(_obsidian_syntax(_mkdocs_syntax(_rendered_html(text, deck)))))
    if meta.get("title"):
        title = meta["title"]
    # (the front matter's author and date as the text's labelled lines, where facts are read)
    blocks.extend(Block("paragraph", f"{label}: {meta[key]}", 1) for key, label in (("author", "Författare"), ("date", "Datum")) if meta.get(key))
    lines = text.splitlines()
    # a pandoc title block ("% Rutin för …" / "% Samordningsförbundet … – kansliet" / "% Fastställd
    # … 2026-09-25"): the title, then its author and date as lines of the text
    head = 0
    while head < min(3, len(lines)) and lines[head].startswith("%"):
        head += 1
    if head:
        title = lines[0].lstrip("% ").strip()
        blocks.extend(Block("paragraph", ln.lstrip("% ").strip(), 1) for ln in lines[1:head] if ln.lstrip("% ").strip())
        lines = [""] * head + lines[head:]
    lines, held = _without_code(lines)
    # (a pipe table's rows are aligned with spaces as well: they are read as the pipe table)
    aligned = {t.start: t for t in aligned_tables([ln if not ln.lstrip().startswith("|") else "" for ln in lines])}
    # (… and a raw HTML table – a notebook's pandas output – is a table as any other)
    html, html_noise = _html_tables(lines)
    grids = {**_grid_tables(lines), **html}
    setext = _setext_headings(lines)
    skip_to = 0
    for i, line in enumerate(lines):
        if i < skip_to or i in html_noise:
            continue
        if i in grids:
            # a pandoc grid table ("+----+----+" between rows whose cells wrap over lines)
            flush()
            end_table()
            rows, skip_to = grids[i]
            grid.extend(rows)
            end_table()
            continue
        if i in aligned:
            # a table set out with spaces ("Rum  Platser  Utrustning" over dashes)
            flush()
            end_table()
            grid.extend(aligned[i].rows)
            end_table()
            skip_to = aligned[i].end
            continue
        s = line.strip()
        if i in held:
            # a code block's text: a paragraph, never a heading or a table
            flush()
            end_table()
            blocks.append(Block("paragraph", held[i], 1))
            continue
        if i in setext:
            # a heading underlined with "===" or "---" (R Markdown's, Pandoc's title)
            flush()
            end_table()
            level = setext[i]
            blocks.append(Block("heading", s, 1, level=level))
            if level == 1 and not top_title:
                top_title = s
            first_heading = first_heading or s
            skip_to = i + 2
            continue
        if re.fullmatch(r"(?:\*\s*){3,}|(?:_\s*){3,}", s):
            flush()  # a thematic break ("***") parts the text; it says nothing
            continue
        if re.match(r"^:{3,}", s):
            # a pandoc fenced div's fence ("::: note" … ":::"): what it holds is text
            flush()
            end_table()
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", s)
        if s.startswith("|") and s.endswith("|") and s.count("|") >= 3:
            # a Markdown table: its rows gathered where it stood, the separator row dropped
            flush()
            cells = [c.strip() for c in s.strip("|").split("|")]
            if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                grid.append(cells)
            continue
        end_table()
        if m:
            flush()
            level = min(len(m.group(1)), 3)
            # (a heading's attributes – "{#sec-syfte}", "{.unnumbered}" – are no words of it)
            heading = re.sub(r"\s*\{[#.][^}]*\}\s*$", "", m.group(2)).strip()
            blocks.append(Block("heading", heading, 1, level=level))
            if level == 1 and not top_title:
                top_title = heading
            first_heading = first_heading or heading
        elif re.match(r"^([-*+•]|\d+[.)])\s+", s):
            flush()
            blocks.append(Block("bullet", re.sub(r"^([-*+•]|\d+[.)])\s+", "", s), 1))
        elif not s:
            flush()
        elif _HIDDEN_PROPERTY.match(s):
            continue  # (Logseq's block id and fold state: properties its pages never show)
        elif _INLINE_FIELD.match(s):
            # an Obsidian Dataview field ("burgsvik-planerad:: 2028") is a line of its own: run
            # into one paragraph with the fields under it, a field's date had been read as the
            # next field's ("fårösund-planerad:: 2027-10-04 burgsvik-planerad:: 2028")
            flush()
            blocks.append(Block("paragraph", _INLINE_FIELD.sub(r"\1: ", s, count=1), 1))
        elif blocks and blocks[-1].kind == "bullet" and not para and line[:1].isspace():
            last = blocks.pop()
            blocks.append(Block("bullet", f"{last.text} {s}", 1))
        else:
            para.append(s)
    end_table()
    flush()
    # the title: the pandoc or front-matter title, else the first top-level heading, else – when
    # the text has only lower headings ("## Inkorg", "## Att göra" of a Kanban board) – its
    # file's name rather than its first section's
    title = title or top_title or (title_from_name(rel) if rel and first_heading else first_heading)
    return blocks, title, tables


# a block property a note app keeps and never shows ("id:: 65b6f0a2-…", "collapsed:: true")
_HIDDEN_PROPERTY = re.compile(r"^(?:id::\s+[0-9a-f-]{8,}|collapsed::\s+(?:true|false))\s*$")
# "label:: value" on a line of its own (no space before the "::")
_INLINE_FIELD = re.compile(r"^([^\s:][^:\n]{0,60}?)::[ \t]+(?=\S)")
_FENCE = re.compile(r"^\s{0,3}(```+|~~~+)\s*(\{?\s*[A-Za-z][\w+#-]*)?")
# Languages of program code: a fence naming one holds no text to read (a diagram's – "mermaid" – or
# plain text's fence holds dates and words that are).
_CODE_LANGUAGES = frozenset(
    "r python py sql javascript js typescript ts bash sh shell zsh powershell ps1 java c cpp c++ csharp cs go rust ruby php "
    "perl scala julia matlab stata sas spss vba html css xml json yaml yml toml ini dockerfile makefile".split()
)


def _without_code(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with code blanked (so positions stay), and at each indented block's first line the
    text it holds, to be read as a paragraph. A knitted R Markdown report's code ("``` r" …) and
    console output ("    ## # A tibble: 5 × 4", indented after a blank line and continuing no list
    item) had been read as headings and as tables of their own. A fence naming a programming
    language ("``` r", "```{python}") holds code: none of it is read; a plain fence or a diagram's
    ("```mermaid" gantt) keeps its lines – an example, a chart made of text – only its fences go."""
    out = list(lines)
    held: dict[int, str] = {}
    fence: str | None = None
    code = False
    start = 0
    body: list[str] = []
    in_list = False

    def close(k: int) -> None:
        # (a notebook's printed warning or traceback, "/tmp/ipykernel_…py:3: FutureWarning: …",
        # is the program's talk, not the report's text)
        if body and not code and not _PROGRAM_TALK.match(body[0]):
            held[k] = " ".join(body)
        body.clear()

    for i, ln in enumerate(lines):
        m = _FENCE.match(ln)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not m.group(2):
                fence = None
                out[i] = ""
            elif code:
                out[i] = ""  # (a plain or a diagram's fence keeps its lines: an example, a chart of text)
            continue
        if m:
            lang = (m.group(2) or "").strip("{ ").lower()
            fence, code, start = m.group(1), lang in _CODE_LANGUAGES, i
            out[i] = ""
            in_list = False  # (a list ends where code begins)
            continue
        s = ln.strip()
        if re.match(r"^([-*+•]|\d+[.)])\s+", s):
            in_list = True
        elif s and not ln[:1].isspace():
            in_list = False
        indented = ln.startswith(("    ", "\t")) and s
        continuing = i > 0 and out[i - 1] == "" and lines[i - 1].startswith(("    ", "\t")) and bool(body)
        if indented and not in_list and (i == 0 or not lines[i - 1].strip() or continuing):
            if not continuing:
                close(start)
                code, start = False, i
            out[i] = ""
            body.append(s)
        elif body and fence is None:
            close(start)
    close(start)
    return out, held


_PROGRAM_TALK = re.compile(r"^(?:\S+\.py:\d+:\s*\w*(?:Warning|Error)\b|Traceback \(most recent call last\)|\w*(?:Warning|Error): )")


def _html_tables(lines: list[str]) -> tuple[dict[int, tuple[list[list[str]], int]], set[int]]:
    """Raw HTML tables in a Markdown text – a Jupyter notebook's pandas output, "<div><style
    scoped>…</style><table class="dataframe">…" – as (first line → (rows, line after)), and the
    lines of their wrappers and style blocks, which say nothing. A pandas frame's second header
    row, its index's name alone ("manad" under "kommun"), names the first column."""
    from .htmlparts import html_parts

    found: dict[int, tuple[list[list[str]], int]] = {}
    noise: set[int] = set()
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if s.startswith("<style"):
            j = i
            while j < len(lines) and "</style>" not in lines[j]:
                j += 1
            noise.update(range(i, min(j + 1, len(lines))))
            i = j + 1
            continue
        if re.fullmatch(r"(?:</?(?:div|span|section|article|center)\b[^>]*>\s*)+", s):
            noise.add(i)  # (a wrapper's tags alone on their lines: "<div class="columns">", "</div>")
        if s.startswith("<table"):
            j = i
            while j < len(lines) and "</table>" not in lines[j]:
                j += 1
            rows = next((p[1] for p in html_parts("\n".join(lines[i:j + 1])) if p[0] == "table"), None)
            if rows:
                rows = [list(r) for r in rows]
                if len(rows) >= 3 and rows[1][:1] and rows[1][0] and not any(c.strip() for c in rows[1][1:]) and len(rows[1]) == len(rows[0]):
                    rows[0][0] = rows[1][0]
                    del rows[1]
                found[i] = (rows, j + 1)
            i = j + 1
            continue
        i += 1
    return found, noise


def _setext_headings(lines: list[str]) -> dict[int, int]:
    """Line index → level of headings underlined with "===" (1) or "---" (2) under a line of text
    that is no list item or table row."""
    out = {}
    for i in range(len(lines) - 1):
        s, under = lines[i].strip(), lines[i + 1].strip()
        if not s or s.startswith(("|", "#", "-", "*", "+", ">")) or not re.fullmatch(r"=+|-{3,}", under):
            continue
        if i > 0 and lines[i - 1].strip() and not lines[i - 1].strip().startswith("#"):
            continue  # (a paragraph's last line over a rule is a paragraph and a break)
        out[i] = 1 if under.startswith("=") else 2
    return out


_FRONT_KEY = re.compile(r"^([A-Za-zÅÄÖåäö_-]{2,30})\s*:\s*(.*)$")
_FRONT_KEYS = {
    "title": "title", "titel": "title", "author": "author", "författare": "author", "date": "date", "datum": "date",
    "created": "date", "skapad": "date", "updated": "date", "uppdaterad": "date", "modified": "date",
    "lastmod": "date", "last_modified": "date", "ändrad": "date",
}
# (a note's date is the day it was last updated – "uppdaterad: 2027-06-21" beside "skapad:
# 2027-03-01" – then the day it names as its own, then the day it was made)
_FRONT_DATE_RANK = {"updated": 0, "uppdaterad": 0, "modified": 0, "lastmod": 0, "last_modified": 0, "ändrad": 0, "date": 1, "datum": 1}


# a Markdown file's YAML front matter: "---" / its lines / "---" (or "...")
FRONT_MATTER = re.compile(r"\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", re.S)


def _front_values(text: str) -> dict[str, str]:
    """Every plain "key: value" of a Markdown file's front matter, quotes taken off (Jekyll's
    ``page`` variables: "invigning: "lördag 17 april 2027 kl. 11.00""); {} without one."""
    m = FRONT_MATTER.match(text)
    if not m or m.group(1).count("\n") > 60:
        return {}
    out = {}
    for line in m.group(1).splitlines():
        k = _FRONT_KEY.match(line.strip())
        if k and k.group(2).strip() and not k.group(2).strip().startswith(("[", "{", "|", ">")):
            out[k.group(1)] = k.group(2).strip().strip("\"'")
    return out


# Jekyll's Liquid: a comment block (text never shown), a tag ("{% include … %}", "{% assign … %}")
# and an output of a page variable ("{{ page.plats }}") or another ("{{ site.baseurl }}")
# (not Hugo's "{{% notice %}}", read as a shortcode)
_LIQUID_COMMENT = re.compile(r"(?<!\{)\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}(?!\})", re.S)
_LIQUID_TAG = re.compile(r"(?<!\{)\{%-?\s*(\w+)([^%]*?)-?%\}(?!\})")
_LIQUID_OUTPUT = re.compile(r"\{\{-?\s*([\w.\[\]]+)\s*(?:\|[^}]*)?-?\}\}")
_LIQUID_ATTRIBUTE = re.compile(r"\b([\w-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|(page\.[\w-]+))")
# (an include's attributes a reader sees: a shortcode's, and Swedish names for them – not an image's alt text)
_INCLUDE_TEXT_KEYS = (_SHORTCODE_TEXT_KEYS - {"alt"}) | {"rubrik", "titel"}


def _liquid(text: str, page: dict[str, str]) -> str:
    """A Jekyll page's text as its site shows it: comment blocks left out, ``{{ page.x }}`` as the
    front matter's value (round 213's post said its date, place and hours only so), an include's
    text attributes ("rubrik", "text", "caption" – a page variable written in) as text, other tags
    and unknown outputs as nothing."""
    if "{%" not in text and "{{" not in text:
        return text
    text = _LIQUID_COMMENT.sub("", text)

    def value(name: str) -> str:
        return page.get(name[5:], "") if name.startswith("page.") else ""

    def tag(m: re.Match) -> str:
        if m.group(1) != "include":
            return ""
        said = [
            (a.group(2) if a.group(2) is not None else a.group(3) if a.group(3) is not None else value(a.group(4))).strip()
            for a in _LIQUID_ATTRIBUTE.finditer(m.group(2))
            if a.group(1).lower() in _INCLUDE_TEXT_KEYS
        ]
        said = [x for x in said if x]
        return ": ".join(said[:2]) if said else ""

    text = _LIQUID_TAG.sub(tag, text)
    return _LIQUID_OUTPUT.sub(lambda m: value(m.group(1)) if m.group(1).startswith("page.") else "", text)


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    """A Markdown file's YAML front matter ("---" / "title: …" / "kanban-plugin: board" / "---"):
    the text without it, and its title, author and date when it gives them."""
    m = FRONT_MATTER.match(text)
    if not m or m.group(1).count("\n") > 60:
        return text, {}
    meta: dict[str, str] = {}
    rank = 9
    for line in m.group(1).splitlines():
        k = _FRONT_KEY.match(line.strip())
        if k and (key := _FRONT_KEYS.get(k.group(1).lower())) and k.group(2).strip():
            if key == "date":
                own = _FRONT_DATE_RANK.get(k.group(1).lower(), 2)
                if own >= rank:
                    continue
                rank = own
            meta[key] = k.group(2).strip().strip("\"'")
    return text[m.end():], meta


_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
# a Marp slide's directive ("<!-- _class: lead -->", "<!-- paginate: false -->"): no note
_MARP_DIRECTIVE = re.compile(r"^\s*_?[a-z][A-Za-z]*\s*:[^\n]*$")
# a link reference's definition on its own line ("[ansokan]: https://…"), and links and images
_LINK_DEFINITION = re.compile(r"(?m)^[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]+\S+[^\n]*$")
# inline tags whose text is shown as it is ("<p class="stor">2 140</p>", "<a id="…"></a>")
_INLINE_TAG = re.compile(r"(?i)</?(?:a|p|span|b|i|strong|em|u|small|font|mark)\b[^>]*>")
_LINK = re.compile(r"!?\[([^\]\n]*)\](?:\([^)\s]*(?:\s+\"[^\"]*\")?\)|\[[^\]\n]*\])")


def _presenter_note(comment: str) -> bool:
    """A Marp deck's comment that is its presenter's note – not a directive ("_class: lead"),
    nor a slide commented out ("BORTTAGEN BILD" over "## Besöksnäringen 2023")."""
    return bool(comment.strip()) and not _MARP_DIRECTIVE.match(comment.strip()) and not re.search(r"(?m)^\s*#{1,6}\s", comment)


def _rendered_html(text: str, deck: bool = False) -> str:
    """A Markdown text's raw HTML and links as a reader sees them: comments are not shown (an
    editor's "<!-- preliminärt datum … 15 januari 2028 -->" had been read as the page's words) –
    but on a Marp slide deck a comment that is no directive is the presenter's note, and stays
    as text; a collapsible box's summary ("<details><summary>Vad är en LSP?</summary>") is a
    line of its own, its tags go; a link is its text, an image its alternative text ("Bild: …"),
    and a link reference's definition line ("[ansokan]: https://…") is no text."""
    text = _HTML_COMMENT.sub(lambda m: m.group(1) if deck and _presenter_note(m.group(1)) else "", text)
    text = re.sub(r"(?is)\s*<summary>\s*(.*?)\s*</summary>\s*", lambda m: "\n\n" + m.group(1) + "\n\n", text)
    text = re.sub(r"(?i)</?details\b[^>]*>", " ", text)
    text = _LINK_DEFINITION.sub("", text)
    text = _INLINE_TAG.sub("", text)
    # (a deck's image "alt" is its layout – "![bg right:35%](…)", "![w:420](…)" – no text)
    return _LINK.sub(lambda m: (f"Bild: {m.group(1)}" if m.group(1).strip() and not deck else "") if m.group(0)[0] == "!" else m.group(1), text)


# a site generator's boxes and tabs (Python-Markdown, MkDocs Material): '!!! warning "Rättelse"',
# '??? note "Varför …?"' (collapsible), '=== "Från 1 mars 2027"' (a content tab), each over its
# indented text
_BOX_MARK = re.compile(r'^(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+"([^"]*)")?\s*$|^===\+?\s+"([^"]+)"\s*$')
# an abbreviation's definition ("*[NVK]: Nodvärdskontrakt"), shown on the page only as a tooltip
_ABBREVIATION = re.compile(r"^\*\[([^\]\n]+)\]:\s*(\S.*)$")


def _mkdocs_syntax(text: str) -> str:
    """Boxes, tabs and abbreviations of a site generator read as the page shows them: a box's or a
    tab's title leads its text ("Från 1 mars 2027: 6 000 kronor per månad och nod." – of two tabs,
    which value is the newer is said only by the title), a box without a title is its text, and an
    abbreviation's definition a line of its own ("NVK: Nodvärdskontrakt – …")."""
    if not re.search(r'^(?:!!!|\?\?\?|===\+?\s+")|^\*\[', text, flags=re.M):
        return text
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _BOX_MARK.match(line)
        a = _ABBREVIATION.match(line)
        if a:
            out += ["", f"{a.group(1)}: {a.group(2).strip()}", ""]
        elif m:
            title = (m.group(1) or m.group(2) or "").strip()
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1  # (the blank line between a tab's title and its text)
            body: list[str] = []
            while j < len(lines) and (not lines[j].strip() or lines[j][:1] in (" ", "\t")):
                body.append(lines[j][4:] if lines[j].startswith("    ") else lines[j].lstrip())
                j += 1
            while body and not body[-1].strip():
                body.pop()
            # ("Varför är Gullspång inte med längre?" asks what its text answers: no colon after it)
            lead = title if title[-1:] in "?!." else f"{title.rstrip(':')}:"
            if title and body and re.match(r"\s*(?:[-*+•]|\d+[.)])\s", body[0]):
                body = [lead, ""] + body  # (a list under the title: the title a line of its own)
            elif title and body:
                body[0] = f"{lead} {body[0].strip()}"
            elif title:
                body = [lead if lead[-1] != ":" else lead[:-1] + "."]
            out += [""] + body + [""]
            i = j
            continue
        else:
            out.append(line)
        i += 1
    # (an attribute list – "Anmäl intresse{ .md-button }" – styles what it follows)
    return re.sub(r"\{\s*[.#][\w-]+(?:\s+[.#][\w-]+)*\s*\}", "", "\n".join(out))


def _obsidian_syntax(text: str) -> str:
    """A note-taking app's markup read as the text it shows: "[[Anna Ekström]]" (a link) is the
    name, "@{2027-01-20}" and "@@{13:00}" (a card's date and time) are "(2027-01-20)" and
    "kl. 13:00", "✅ 2026-11-05" is the day it was done, "%% … %%" comments go, "<br>" parts a
    card's lines and "~~…~~" (struck through) says so, around what it struck: "(struket: Anders
    Wikström) Karin Olofsson" – a value read from it leaves the struck part out."""
    text = re.sub(r"%%.*?%%", " ", text, flags=re.S)
    text = re.sub(r"\[\[([^\]|]+)\|([^\]]+)\]\]", r"\2", text)
    text = re.sub(r"\[\[([^\]]+)\]\]", r"\1", text)
    text = re.sub(r"@@\{(\d{1,2}[:.]\d{2})\}", r"kl. \1", text)
    text = re.sub(r"@\{(\d{4}-\d{2}-\d{2})\}", r"(\1)", text)
    text = re.sub(r"✅\s*(\d{4}-\d{2}-\d{2})", r"(klart \1)", text)
    text = re.sub(r"\s*<br\s*/?>\s*", " – ", text, flags=re.I)
    return re.sub(r"~~(.+?)~~", r"(struket: \1)", text)


# a line drawn with one character ("-----", "=====", "_____"): a rule between parts of a plain text
_RULE_LINE = re.compile(r"^\s*([-=_*~#])\1{4,}(?:\s+\1{3,})*\s*$")


def _add_table(
    rows: list[list[str]], blocks: list[Block], tables: list[Table], rel: str, title: str, notes: tuple[str, ...] = ()
) -> None:
    """A table of a text document: a Table when it holds figures (captioned by the heading it
    stands under and the document's title), else its rows as lines of text; its footnotes as text
    after it either way (what a note says is quoted as a sentence)."""
    table = None
    if len(rows) >= 2 and rel:
        from .tables import make_table

        heading = next((b.text for b in reversed(blocks) if b.kind == "heading"), "")
        caption = with_document_title(heading, title or title_from_name(rel))
        table = make_table(
            rows[0], rows[1:], table_id=f"{rel}#t{len(tables) + 1}", document=rel, caption=caption, section=heading, notes=notes
        )
    if table is not None:
        tables.append(_sums_named(table))
    else:
        blocks.extend(Block("paragraph", ln, 1) for ln in rows_as_lines(rows))
    blocks.extend(Block("paragraph", n, 1) for n in notes)


def _sums_named(t: Table) -> Table:
    """A report's sum lines ("SUMMA SUNDSVALL" under another column than the one that names the
    rows) are the table's totals, named in its label column: left unnamed there, they were rows
    like the others and a sum over the rows counted every course twice."""
    label = t.label_column
    texts = [c.name for c in t.columns if c.role in ("dimension", "code", "text") and c.name != label]
    found = {}
    for i in range(len(t.frame)):
        if str(t.frame.at[i, label]).strip() and str(t.frame.at[i, label]) != "nan":
            continue
        said = next((str(t.frame.at[i, c]) for c in texts if SUM_LINE.match(str(t.frame.at[i, c]).strip())), None)
        if said:
            found[i] = said.strip()
    if not found:
        return t
    frame, raw = t.frame.copy(), t.raw.copy()
    for i, said in found.items():
        frame.at[i, label] = said
        raw.at[i, label] = said
    # ("SUMMA SUNDSVALL" adds up its group; a "TOTALT" line the whole table)
    groups = tuple(sorted(set(t.group_rows) | {i for i, said in found.items() if said.lower().startswith(("summa", "delsumma"))}))
    return replace(t, frame=frame, raw=raw, total_rows=tuple(sorted(set(t.total_rows) | set(found))), group_rows=groups)


# a text browser's list of the page's links at its end ("References", then "Visible links:",
# "   1. https://…")
_LYNX_REFERENCES = re.compile(r"(?m)^References[ \t]*\n(?:[ \t]*\n)*(?:[ \t]*(?:Visible|Hidden) links:[ \t]*\n)?[ \t]*1\.[ \t]+\S")
_LYNX_MARK = re.compile(r"\[(\d{1,4})\](?=\S)")


def without_link_numbers(text: str) -> str | None:
    """A web page saved as text by a text browser (lynx -dump, w3m): its text without the link
    numbers glued to link texts ("[17]Anmäl dig senast den 17 september" → "Anmäl dig senast …"),
    its head's links ("#[1]Region Stockholm – nyheter", which had become its title) and its
    closing list of addresses. None for any other text: one with no such list, or whose
    bracketed numbers are not mostly those of the list."""
    m = _LYNX_REFERENCES.search(text)
    if m is None:
        return None
    body, listed = text[: m.start()], text[m.start():]
    known = set(re.findall(r"(?m)^[ \t]*(\d{1,4})\.[ \t]+\S", listed))
    marks = _LYNX_MARK.findall(body)
    if len(known) < 2 or len(marks) < 2 or sum(n in known for n in marks) < 0.8 * len(marks):
        return None
    body = re.sub(r"(?m)^[ \t]*#\[\d{1,4}\][^\n]*\n?", "", body)
    return _LYNX_MARK.sub(lambda k: "" if k.group(1) in known else k.group(0), body).rstrip() + "\n"


# a web page's breadcrumb: "Start > Handläggning > Insatser och tjänster > Förstärkt arbetsträning"
_BREADCRUMB = re.compile(r"^[^>|]{1,40}(?:\s+[>›»]\s+[^>|]{1,80}){2,}$")


def without_site_chrome(text: str) -> str:
    """A web page pasted as text without what stands above its breadcrumb among its first lines
    ("Hoppa till huvudinnehåll", "Sök på Vis … Meny Logga ut"): the site's, not the page's – its
    first line had become the document's title."""
    lines = text.splitlines()
    nonblank = [k for k, ln in enumerate(lines) if ln.strip()][:12]
    crumb = next((k for k in nonblank if _BREADCRUMB.match(lines[k].strip())), None)
    if crumb is None or crumb == nonblank[0]:
        return text
    return "\n".join(lines[crumb + 1:])


def plain_blocks(text: str, rel: str = "") -> tuple[list[Block], str, list[Table]]:
    """(blocks, title, tables) of a plain text; a table set out with spaces is read as rows."""
    text = without_site_chrome(text)
    text = _without_repeated_page_heads(text)
    framed = _framed_title(text)
    lines = text.splitlines()
    # (rules set apart what they frame: "1. ORIENTERING" between two rules is a heading of its own
    # line, not a bullet run into the rule and the paragraph under it)
    plain = _definition_entries(["" if _RULE_LINE.match(ln) else ln for ln in lines])
    underlined = _underlined_headings(lines)
    title = framed or plain_title("\n".join(plain))
    blocks: list[Block] = []
    tables: list[Table] = []
    at = 0
    for t in [*aligned_tables(lines), None]:
        part = plain[at : t.start if t else len(plain)]
        if any(ln.strip() for ln in part):
            reflowed = reflow([part], set(underlined), underlined, guess_titles=True)
            blocks += [Block(b.kind, b.text, 1, b.level) for b in reflowed]
        if t is not None:
            _add_table(t.rows, blocks, tables, rel, title, t.notes)
            at = t.end
    return blocks, title, tables


# A term of a definition list is a line of at most this many words.
_TERM_WORDS = 6


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _definition_entries(lines: list[str]) -> list[str]:
    """A definition list set out with indentation (a term on its line, its definition on the lines
    below, indented further – "  Villkorat anställningserbjudande" / "      Ett skriftligt
    erbjudande …"), as one line each: "Villkorat anställningserbjudande – Ett skriftligt …", the
    way a glossary writes it – run together, the terms had been read into one paragraph with their
    heading. Only a run of two entries or more is a list; line positions stay (the entry stands on
    its definition's first line, the term's line left blank)."""
    out = list(lines)
    candidates: list[tuple[int, int]] = []  # (term line, end of its indented block)
    for i in range(len(lines) - 1):
        s, ind = lines[i].strip(), _indent(lines[i])
        j = i + 1
        while j < len(lines) and lines[j].strip() and _indent(lines[j]) >= ind + 2:
            j += 1
        if (
            s and j > i + 1 and len(s.split()) <= _TERM_WORDS and not re.search(r"[.:;,!?]$", s)
            and not re.match(r"^([-*+•]|\d+[.)]|\[\d+\])\s*", s)
            # (a numbered or capitalised heading over its indented section is no term: "§ 1
            # Förhandlingens öppnande", "2.1 Syfte", "BEGREPP")
            and not re.match(r"^(?:§|\d|[IVX]+\.\s)", s) and not s.isupper()
        ):
            candidates.append((i, j))
    # (a line over a block that holds terms of its own – "BEGREPP" over the list – is its heading)
    entries = [(i, j) for i, j in candidates if not any(i < k < j for k, _ in candidates)]
    # (entries of one list follow each other, at most a blank line apart)
    runs: list[list[tuple[int, int]]] = []
    for e in entries:
        if runs and e[0] - runs[-1][-1][1] <= 1 and _indent(lines[e[0]]) == _indent(lines[runs[-1][-1][0]]):
            runs[-1].append(e)
        else:
            runs.append([e])
    for run in runs:
        if len(run) < 2:
            continue
        for start, end in run:
            definition = " ".join(ln.strip() for ln in lines[start + 1 : end])
            out[start] = ""
            out[start + 1 : end] = [f"{lines[start].strip()} – {definition}"] + [""] * (end - start - 2)
    return out


# "FORTS. NÄSTA SIDA", "Fortsättning följer", "(forts.)", "continued": a page's last line that says
# the text goes on
_CONTINUED = re.compile(r"(?i)\(?\s*(?:forts(?:\.|ättning)?(?:\s+(?:på\s+)?nästa\s+sida|\s+följer)?|continued(?:\s+on\s+next\s+page)?)\s*\)?\.?")


def _without_repeated_page_heads(text: str) -> str:
    """A plain text printed in pages (form feeds between them) without what every page repeats:
    the lines a later page opens with as the first page does (a report's title, run date, column
    headings; page numbers aside) and those the pages close with alike ("FORTS. NÄSTA SIDA") – the
    first page keeps its head, so the report's title and its table's header are said once."""
    pages = text.split("\f")
    if len(pages) < 2:
        pages = _pages_by_repeated_head(text)
        if len(pages) < 2:
            return text
    lines = [p.splitlines() for p in pages]
    head = [skeleton(ln) for ln in lines[0] if ln.strip()][:12]
    tails = [[skeleton(ln) for ln in p if ln.strip()][-2:] for p in lines[:-1]]
    common_tail = set(tails[0]).intersection(*tails[1:]) if len(tails) > 1 else set()
    out = []
    for k, page in enumerate(lines):
        kept = list(page)
        if k > 0:
            n = 0
            nonblank = [ln for ln in kept if ln.strip()]
            while n < len(nonblank) and n < len(head) and skeleton(nonblank[n]) == head[n]:
                n += 1
            if n >= 2:
                cut = [i for i, ln in enumerate(kept) if ln.strip()][n - 1] + 1
                kept = kept[cut:]
        if k < len(lines) - 1:
            while kept and (not kept[-1].strip() or skeleton(kept[-1]) in common_tail or _CONTINUED.fullmatch(kept[-1].strip())):
                kept.pop()
        out.append("\n".join(kept))
    return "\n".join(out)


def _pages_by_repeated_head(text: str) -> list[str]:
    """A text printed in pages without form feeds (minutes saved as text: "OCKELBO KOMMUN
    SAMMANTRÄDESPROTOKOLL" / "Kommunstyrelsen Sammanträdesdatum" / "2026-11-24" / "Sida 8 (15)"
    over each page): split where its first two lines come again, alike but for their figures; the
    whole text as one page when they do not."""
    lines = text.splitlines()
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    if len(nonblank) < 6:
        return [text]
    first, second = skeleton(lines[nonblank[0]]), skeleton(lines[nonblank[1]])
    if len(first) < 8 or len(second) < 4 or _MAIL_FROM.match(lines[nonblank[0]]):
        # (… nor does a thread's message header, "Från: Elin Sandgren" / "Datum: 2027-05-06",
        # head a page: each message keeps its sender and day)
        return [text]
    starts = [0] + [nonblank[k] for k in range(2, len(nonblank) - 1)
                    if skeleton(lines[nonblank[k]]) == first and skeleton(lines[nonblank[k + 1]]) == second]
    if len(starts) < 2:
        return [text]
    return ["\n".join(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)])]


_UNDERLINE = re.compile(r"^\s*([-=])\1{2,}\s*$")


def _underlined_headings(lines: list[str]) -> dict[str, int]:
    """Headings a plain text underlines ("DEL 2 – KRAV PER BELOPPSNIVÅ" over a line of "-" about
    as long), normalised, with their level ("=" 1, "-" 2): a short line after a blank one (two
    lines framed between rules are a title block, not a heading)."""
    out: dict[str, int] = {}
    for i in range(1, len(lines)):
        m = _UNDERLINE.match(lines[i])
        text = lines[i - 1].strip()
        if not m or not text or len(text) > 100 or _RULE_LINE.match(lines[i - 1]):
            continue
        if i >= 2 and lines[i - 2].strip() and not _RULE_LINE.match(lines[i - 2]):
            continue
        if not 0.6 * len(text) <= len(lines[i].strip()) <= 1.5 * len(text) + 2:
            continue
        out[normalise_heading(text)] = 1 if m.group(1) == "=" else 2
    return out


def _framed_title(text: str) -> str:
    """The lines a plain text frames between two rules of "=" near its top ("FÖRFRÅGNINGSUNDERLAG"
    / "Upphandling av extern utvärdering …"): its title, under whatever letterhead stands above."""
    lines = text.splitlines()[:25]
    rules = [i for i, ln in enumerate(lines) if (m := _RULE_LINE.match(ln)) and m.group(1) in "=#*~"]
    if len(rules) < 2 or not 1 <= rules[1] - rules[0] - 1 <= 4:
        return ""
    inner = [ln.strip() for ln in lines[rules[0] + 1:rules[1]] if ln.strip()]
    if not inner or any(len(ln) > 120 for ln in inner):
        return ""
    first = inner[0].capitalize() if inner[0].isupper() else inner[0]
    return " – ".join([first, *inner[1:2]])[:160]


def plain_title(text: str) -> str:
    """A plain text's title: its first line – or, under a letterhead of the organisation in
    capitals ("REGION KALMAR LÄN"), the lines after it up to the first blank line ("Regionalt
    nätverk för kompetensförsörjning i Kalmar län – MINNESANTECKNINGAR – möte 3/2025")."""
    from .facts import is_organisation

    head: list[str] = []
    for ln in text.splitlines():
        cells = [c for c in re.split(r"\s{3,}", ln.strip()) if c]
        if not head and len(cells) >= 3 and all(len(c.split()) <= 3 for c in cells):
            continue  # a row of a page's tools or menu ("Dela   Skriv ut   Spara som favorit") is no title
        if ln.strip():
            head.append(ln.strip())
        elif head:
            break
        if len(head) > 3:
            break
    if not head:
        return ""
    # (a printed report's letterhead: "ARBETSFÖRMEDLINGEN    RAPPORT AMU-PL-07    SIDA 1 AV 3" – its
    # organisation opens the line, the report's name is on the next)
    cells = [c for c in re.split(r"\s{2,}", head[0]) if c]
    if len(cells) >= 2 and len(head) >= 2 and cells[0].isupper() and is_organisation(cells[0].title()):
        # (a municipal letterhead set in two columns: "OCKELBO KOMMUN   SAMMANTRÄDESPROTOKOLL" over
        # "Kommunstyrelsen   Sammanträdesdatum" and the date – the kind of document, the body
        # and the date, not the two columns' words run together)
        second = [c for c in re.split(r"\s{2,}", head[1]) if c]
        if len(second) >= 2 and re.fullmatch(r"[A-ZÅÄÖ]{6,}", cells[1]):
            date = next((m.group(0) for ln in head[1:4] if (m := re.search(r"\b(?:19|20)\d\d-\d\d-\d\d\b", ln))), "")
            return f"{cells[1].capitalize()} – {second[0]}" + (f" {date}" if date else "")
        line = second[0] if len(second) >= 2 else head[1]
        return line[:120] if not line.isupper() else re.sub(r"\s+", " ", line).strip().capitalize()[:120]
    first = head[0]
    if len(head) >= 2 and first.isupper() and len(first.split()) <= 5 and is_organisation(first.title()):
        return " – ".join(head[1:3])[:120]
    if first.isupper() and len(first.split()) == 1 and first.isalpha():
        # "PRESSMEDDELANDE" over the sender, the place and date, then the headline on a line of
        # its own: the kind of text says what it is, the headline what it is about
        headline = _headline_after(text, len(head))
        if headline:
            return f"{first.capitalize()}: {headline}"[:160]
    if first.isupper() and len(first.split()) > 1:
        return first.capitalize()[:120]  # ("FÖRSTÄRKT ARBETSTRÄNING – HANDLÄGGARSTÖD" set in capitals)
    return first[:120]


def _headline_after(text: str, skip: int) -> str:
    """The first paragraph after the ``skip`` opening lines when it is one line of 20–160
    characters without a closing full stop (a headline), else ""."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    rest = blocks[1:] if blocks and len(blocks[0].splitlines()) <= skip else []
    if not rest or "\n" in rest[0]:
        return ""
    line = rest[0]
    return line if 20 <= len(line) <= 160 and not line.endswith((".", ":")) else ""
