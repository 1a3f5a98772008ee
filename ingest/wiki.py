"""A DokuWiki page's source (``data/pages/…/sida.txt``) read as the Markdown it means.

DokuWiki writes headings between runs of "=" (six for the top level, two for the lowest), tables
with "^" before header cells and "|" before others, ":::" in a cell that the cell above spans,
``<del>`` for struck text, ``((…))`` for a footnote and ``[[ns:sida|namn]]`` for a link. Read as a
plain text, its tables were lines of pipes and carets, a row spanned from above lost its place and
its room, and a struck date stood beside the new one as if both held.
"""
from __future__ import annotations

import re

_HEADING = re.compile(r"^[ \t]*(={2,6})[ \t]*(\S.*?)[ \t]*\1[ \t]*$")
_TABLE_ROW = re.compile(r"^[ \t]*[|^].*[|^][ \t]*$")
# the marks of DokuWiki's syntax besides its headings – a page is read as one when it has at least two kinds
_MARKS = (
    re.compile(r"^[ \t]*\^.*\^[ \t]*$", re.M),  # a header row
    re.compile(r"^[ \t]*[|^][^\n]*[|^][ \t]*:::[ \t]*[|^]", re.M),  # a cell spanned from above
    re.compile(r"~~(?:NOTOC|NOCACHE)~~"),
    re.compile(r"</?WRAP\b", re.I),
    re.compile(r"\{\{tag>"),
    re.compile(r"\[\[[\w.-]+[:>][^\]|]*(?:\|[^\]]*)?\]\]"),  # a link into a namespace or to a user
    re.compile(r"\(\([^()\n]{3,}\)\)"),  # a footnote
    re.compile(r"<del>.+?</del>", re.S),
    re.compile(r"<todo\b[^>]*>", re.I),
    re.compile(r"(?<![:/])//[^/\n]+//"),  # italics
)
_TODO = re.compile(r"<todo\b([^>]*)>(.*?)</todo>", re.I | re.S)


def is_dokuwiki(text: str) -> bool:
    """Is a text a DokuWiki page's source: a heading between "=" runs and two other marks of its syntax?"""
    headings = sum(1 for ln in text.splitlines() if _HEADING.match(ln))
    return headings >= 1 and sum(1 for m in _MARKS if m.search(text)) >= 2


def _todo(m: re.Match) -> str:
    attrs, what = m.group(1), " ".join(m.group(2).split())
    who = re.findall(r"@(\S+)", attrs)
    due = re.search(r"#(\d{4}-\d{2}-\d{2})", attrs)
    done = re.search(r"(?:^|\s)x(?:\s|$)", attrs) is not None
    said = ["klart" if done else "att göra"] + [f"ansvarig {w}" for w in who] + ([f"senast {due.group(1)}"] if due else [])
    return f"\n* {what} ({', '.join(said)})\n"


def _inline(text: str) -> str:
    """Inline marks as Markdown's: struck text, links, footnotes beside what they note, italics."""
    text = re.sub(r"%%(.*?)%%", r"\1", text, flags=re.S)  # (shown as written)
    text = re.sub(r"<nowiki>(.*?)</nowiki>", r"\1", text, flags=re.S | re.I)
    text = re.sub(r"<del>(.*?)</del>", r"~~\1~~", text, flags=re.S | re.I)
    text = re.sub(r"\[\[[^\]|]*\|([^\]]+)\]\]", r"\1", text)
    text = re.sub(r"\[\[(?:[^\]]*[:>])?([^\]:>]+)\]\]", r"\1", text)
    text = re.sub(r"\{\{[^}|]*\|([^}]+)\}\}", r"\1", text)  # (a picture with its caption)
    text = re.sub(r"\{\{[^}]*\}\}", "", text)  # (a picture, the page's tags)
    text = re.sub(r"\(\((.+?)\)\)", r" (fotnot: \1)", text, flags=re.S)
    text = re.sub(r"(?<![:/])//([^/\n]+?)//", r"*\1*", text)
    text = re.sub(r"__([^_\n]+)__", r"\1", text)
    return re.sub(r"''([^'\n]+)''", r"\1", text)


def _table(rows: list[str]) -> list[str]:
    """A DokuWiki table's rows as a Markdown table's; a ":::" cell takes the cell above it."""
    out: list[str] = []
    above: list[str] = []
    for row in rows:
        cells = [c.strip() for c in re.split(r"[|^]", row.strip())[1:-1]]
        cells = [above[k] if c == ":::" and k < len(above) else c for k, c in enumerate(cells)]
        above = cells
        out.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
        if len(out) == 1:
            out.append("|" + " --- |" * len(cells))
    return out


def dokuwiki_markdown(text: str) -> str | None:
    """A DokuWiki page's source as Markdown, or None when the text is no such page."""
    if not is_dokuwiki(text):
        return None
    text = re.sub(r"~~(?:NOTOC|NOCACHE)~~", "", text)
    text = re.sub(r"</?(?:WRAP|wrap|note|box)\b[^>]*>", "", text)
    text = re.sub(r"<(code|file)\b[^>]*>(.*?)</\1>", lambda m: f"\n```\n{m.group(2).strip()}\n```\n", text, flags=re.S)
    text = _TODO.sub(_todo, text)
    text = re.sub(r"\\\\(?=\s|$)", " ", text)  # (a forced line break)
    text = _inline(text)
    out: list[str] = []
    table: list[str] = []
    for line in text.splitlines():
        if _TABLE_ROW.match(line):
            table.append(line)
            continue
        if table:
            out.extend(_table(table))
            table = []
        m = _HEADING.match(line)
        if m:
            out.append("#" * (7 - len(m.group(1))) + " " + m.group(2))
        else:
            out.append(line)
    if table:
        out.extend(_table(table))
    return "\n".join(out)
