"""An RTF document's text (WordPad, old Word, a case system's document export – sometimes saved
with a .txt name, when it reads as code: "\\'e5" for "å", "60\\~000" for "60 000").

The text a reader sees: paragraphs and line breaks as lines, cells and tabs as tabs, escaped and
Unicode characters as themselves, a field's shown result (not its instruction), no font, colour,
style or list tables, no document information, no header or footer, and no hidden text ("\\v" –
a draft paragraph left in, hidden).
"""
from __future__ import annotations

import re

# destinations whose text is no text of the document
_SKIPPED = frozenset(
    "fonttbl colortbl stylesheet listtable listoverridetable info header headerl headerr headerf footer footerl footerr "
    "footerf pict object fldinst themedata colorschememapping datastore latentstyles rsidtbl generator xmlnstbl "
    "pgdsctbl filetbl revtbl mmathPr bkmkstart bkmkend".split()
)
_SPECIAL = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": "\t", "tab": "\t", "emdash": "—",
            "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”", "emspace": " ", "enspace": " "}
_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|(\r?\n)|([^\\{}\r\n]+)")


def looks_like_rtf(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n").startswith("{\\rtf")


def rtf_text(text: str) -> str:
    """The text of an RTF document (see the module docstring)."""
    codepage = "cp1252"
    m = re.search(r"\\ansicpg(\d+)", text[:2000])
    if m:
        codepage = f"cp{m.group(1)}"
    out: list[str] = []
    stack: list[tuple[bool, bool, int]] = []
    skip = hidden = False
    uc = 1  # characters to skip after a \uN (its fallback)
    pending_skip = 0
    star = False
    for tok in _TOKEN.finditer(text):
        word, arg, hexcode, symbol, brace, newline, plain = tok.groups()
        if brace == "{":
            stack.append((skip, hidden, uc))
            star = False
            continue
        if brace == "}":
            skip, hidden, uc = stack.pop() if stack else (False, False, 1)
            continue
        if newline:
            continue
        if word is not None:
            if pending_skip and word != "u":
                pending_skip = 0
            if word in _SKIPPED or (star and word not in ("fldrslt",)):
                skip = True
            star = False
            if word == "v":
                hidden = arg != "0"
            elif word == "uc":
                uc = int(arg or 1)
            elif word == "u" and arg is not None and not (skip or hidden):
                out.append(chr(int(arg) % 65536))
                pending_skip = uc
            elif word in _SPECIAL and not (skip or hidden):
                out.append(_SPECIAL[word])
            continue
        if hexcode is not None:
            if pending_skip:
                pending_skip -= 1
            elif not (skip or hidden):
                try:
                    out.append(bytes([int(hexcode, 16)]).decode(codepage))
                except (UnicodeDecodeError, LookupError):
                    out.append(bytes([int(hexcode, 16)]).decode("cp1252", errors="replace"))
            continue
        if symbol is not None:
            if symbol == "*":
                star = True
            elif not (skip or hidden):
                out.append({"~": "\u00a0", "-": "", "_": "-", "\\": "\\", "{": "{", "}": "}", "\n": "\n", "\r": ""}.get(symbol, ""))
            continue
        if plain is not None:
            if pending_skip:
                plain = plain[pending_skip:]
                pending_skip = 0
            if not (skip or hidden):
                out.append(plain)
    lines = [ln.rstrip() for ln in "".join(out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
