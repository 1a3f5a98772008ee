"""Other markup languages read as the Markdown they mean: a DokuWiki page's source and a MyST
page (Jupyter Book, Sphinx).

A DokuWiki page's source (``data/pages/…/sida.txt``): DokuWiki writes headings between runs of "=" (six for the top level, two for the lowest), tables
with "^" before header cells and "|" before others, ":::" in a cell that the cell above spans,
``<del>`` for struck text, ``((…))`` for a footnote and ``[[ns:sida|namn]]`` for a link. Read as a
plain text, its tables were lines of pipes and carets, a row spanned from above lost its place and
its room, and a struck date stood beside the new one as if both held.
"""
from __future__ import annotations

import json
import re

from .plaintext import FRONT_MATTER

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


# MyST (Markedly Structured Text): "```{directive}" and ":::{directive}" blocks, "{role}`…`"
# inline, "(target)=" lines, "% comment" lines, and "{{ name }}" substitutions defined in the
# front matter
_MYST_DIRECTIVE = re.compile(r"^[ \t]*(`{3,}|:{3,})\{([\w-]+)\}[ \t]*(.*)$")
_MYST_ROLE = re.compile(r"\{[\w:-]+\}`([^`]*)`")
_MYST_MARKS = (
    re.compile(r"^[ \t]*(?:`{3,}|:{3,})\{[\w-]+\}", re.M),
    re.compile(r"\{(?:ref|abbr|doc|term|numref|eq|download|sub|sup)\}`"),
    re.compile(r"^\([\w-]+\)=[ \t]*$", re.M),
    re.compile(r"^[ \t]+substitutions:[ \t]*$|^substitutions:[ \t]*$", re.M),
)


def _substitutions(front: str) -> dict[str, str]:
    """The front matter's ``substitutions:`` (top level or under ``myst:``): name → text."""
    out: dict[str, str] = {}
    lines = front.splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^([ \t]*)substitutions:[ \t]*$", line)
        if not m:
            continue
        indent = len(m.group(1))
        for sub in lines[i + 1 :]:
            if sub.strip() and len(sub) - len(sub.lstrip()) <= indent:
                break
            kv = re.match(r"^[ \t]+([\w-]+):[ \t]*(.*?)[ \t]*$", sub)
            if kv and kv.group(2):
                out[kv.group(1)] = kv.group(2).strip().strip("\"'")
    return out


def _list_table(body: list[str]) -> list[str]:
    """A "{list-table}" directive's rows ("* - Lokal" / "  - Pris per timme") as a Markdown table's."""
    rows: list[list[str]] = []
    for line in body:
        m = re.match(r"^\*[ \t]+-[ \t]+(.*)$", line)
        if m:
            rows.append([m.group(1).strip()])
            continue
        m = re.match(r"^[ \t]+-[ \t]+(.*)$", line)
        if m and rows:
            rows[-1].append(m.group(1).strip())
        elif line.strip() and rows and not line.lstrip().startswith(":"):
            rows[-1][-1] += " " + line.strip()
    out = ["| " + " | ".join(r) + " |" for r in rows]
    if out:
        out.insert(1, "|" + " --- |" * len(rows[0]))
    return out


def myst_markdown(text: str) -> str | None:
    """A MyST page as plain Markdown, or None when the text is no such page: its substitutions
    written in ("{{ sista_anmalan }}" → "15 oktober 2027" – the page shows only the value, which
    stood only in the front matter), its comments ("% Gammal formulering: … 15 miljoner") left
    out as a reader never sees them, its roles as their text, and its directives as their
    title and text – a list-table as a table."""
    if sum(1 for m in _MYST_MARKS if m.search(text)) < 2:
        return None
    front_matter = FRONT_MATTER.match(text)
    end = front_matter.end() if front_matter else 0
    front, body = text[:end], text[end:]
    subs = _substitutions(front)
    body = re.sub(r"\{\{\s*([\w-]+)\s*\}\}", lambda m: subs.get(m.group(1), m.group(0)), body)
    out: list[str] = []
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _MYST_DIRECTIVE.match(line)
        if m:
            fence, name, argument = m.group(1), m.group(2).lower(), m.group(3).strip()
            inner: list[str] = []
            i += 1
            while i < len(lines) and not re.match(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", lines[i]):
                inner.append(lines[i])
                i += 1
            i += 1
            inner = [x for x in inner if not re.match(r"^[ \t]*:[\w-]+:", x)]  # (the directive's options)
            out.append("")
            if name == "list-table":
                if argument:
                    out.append(f"**{_roles_as_text(argument)}**")
                    out.append("")
                out.extend(_list_table(inner))
            else:
                title = {"versionchanged": "Ändrat", "versionadded": "Nytt", "deprecated": "Gäller inte längre"}.get(name)
                head = f"{title} {argument}".strip() if title else argument
                if head:
                    out.append(f"**{_roles_as_text(head)}**")
                    out.append("")
                out.extend(inner)
            out.append("")
            continue
        if re.match(r"^%(?:\s|$)", line) or re.match(r"^\([\w-]+\)=[ \t]*$", line):
            i += 1  # (a comment, a target's label)
            continue
        out.append(line)
        i += 1
    return front + _roles_as_text("\n".join(out))


def _roles_as_text(text: str) -> str:
    """MyST roles as the text they show: "{ref}`bokning <sec-bokning>`" → "bokning"."""
    text = re.sub(r"\{ref\}`([^`<]*?)\s*<[^`]*>`", r"\1", text)
    return _MYST_ROLE.sub(r"\1", text)


# Emacs Org mode: "#+TITLE:" keywords, "*" headings with a state ("** STRUKEN Leasing …"),
# ":PROPERTIES:" and ":LOGBOOK:" drawers, "SCHEDULED: <2027-09-13 mån>" planning lines,
# "* COMMENT" subtrees and "#+BEGIN_COMMENT" blocks, "|---+---|" table rules, "[[mål][text]]" links
_ORG_MARKS = (
    re.compile(r"^#\+(?:TITLE|AUTHOR|STARTUP|TODO|SEQ_TODO|OPTIONS|FILETAGS|DATE):", re.M | re.I),
    re.compile(r"^[ \t]*:(?:PROPERTIES|LOGBOOK):[ \t]*$", re.M),
    re.compile(r"^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*[<\[]\d{4}-\d\d-\d\d", re.M),
    re.compile(r"^#\+BEGIN_\w+", re.M | re.I),
    re.compile(r"^\*+[ \t]+COMMENT\b", re.M),
    re.compile(r"^[ \t]*\|-[-+|]*[ \t]*$", re.M),
)
_ORG_HEADING = re.compile(r"^(\*+)[ \t]+(.*?)[ \t]*$")
_ORG_STAMP = re.compile(r"[<\[](\d{4}-\d\d-\d\d)(?:[ \t]+[^\d\s>\]]+\.?)?(?:[ \t]+(\d{1,2}:\d\d(?:-\d{1,2}:\d\d)?))?[^>\]]*[>\]]")
_ORG_PLANNING = {"SCHEDULED": "Planerat", "DEADLINE": "Deadline", "CLOSED": "Avslutat"}


def _org_stamps(text: str) -> str:
    """Org's timestamps as a reader writes them: "<2027-09-13 mån 13:00-16:00>" → "2027-09-13 kl. 13:00-16:00"."""
    return _ORG_STAMP.sub(lambda m: m.group(1) + (f" kl. {m.group(2)}" if m.group(2) else ""), text)


def org_markdown(text: str) -> str | None:
    """An Org-mode file as Markdown, or None when the text is no such file: the title, each
    heading with its state said ("Leasing av kylbil för samlastning – status: STRUKEN"), the
    properties as lines, planning lines with their days; not what Org itself never exports – a
    "COMMENT" subtree, a comment block or line, an archived subtree's body – nor a logbook's
    state changes and clocked time (its notes are kept)."""
    if sum(1 for m in _ORG_MARKS if m.search(text)) < 2:
        return None
    states = {"TODO", "DONE"}
    for m in re.finditer(r"^#\+(?:SEQ_|TYP_)?TODO:(.*)$", text, re.M | re.I):
        states |= {w.split("(")[0] for w in m.group(1).split() if w != "|"}
    out: list[str] = []
    skip_below: int | None = None  # (a heading level whose subtree is not read)
    drawer: str | None = None
    block: str | None = None
    for line in text.splitlines():
        s = line.strip()
        h = _ORG_HEADING.match(line)
        if h:
            level = len(h.group(1))
            if skip_below is not None and level > skip_below:
                continue
            skip_below, drawer, block = None, None, None
            title = h.group(2)
            tags = re.search(r"[ \t]+(:[\w@#%:]+:)$", title)
            if tags:
                title = title[: tags.start()]
            words = title.split()
            state = words[0] if words and words[0] in states else ""
            title = " ".join(words[1:] if state else words)
            title = re.sub(r"^\[#[A-Z0-9]\][ \t]*", "", title)
            if title.startswith("COMMENT"):
                skip_below = level
                continue
            title = re.sub(r"[ \t]*\[\d*(?:/\d*|%)\]", "", title)  # (a progress cookie, "[2/5]")
            out += ["", "#" * min(level + 1, 6) + " " + title + (f" – status: {state}" if state else ""), ""]
            if tags and ":ARCHIVE:" in tags.group(1):
                out.append("(Arkiverat.)")
                skip_below = level
            continue
        if skip_below is not None:
            continue
        if block:
            if re.match(rf"^#\+END_{block}\b", s, re.I):
                block = None
            elif block != "COMMENT":
                out.append(line)
            continue
        m = re.match(r"^#\+BEGIN_(\w+)", s, re.I)
        if m:
            block = m.group(1).upper()
            continue
        if drawer:
            if s == ":END:":
                drawer = None
            elif drawer == "PROPERTIES":
                p = re.match(r"^:([^:]+):[ \t]*(.*)$", s)
                if p and p.group(2) and not p.group(1).upper().startswith("ARCHIVE"):
                    out.append(f"- {p.group(1).replace('_', ' ')}: {p.group(2)}")
            elif drawer == "LOGBOOK" and not re.match(r"^(?:-[ \t]+(?:State|Rescheduled|New deadline|Note taken|Refiled|Removed)\b|CLOCK:)", s):
                out.append(re.sub(r"[ \t]*\\\\$", "", line))
            continue
        m = re.match(r"^:([A-Z]+):$", s)
        if m:
            drawer = m.group(1)
            continue
        kw = re.match(r"^#\+(\w+):[ \t]*(.*)$", s)
        if kw:
            key = kw.group(1).upper()
            if key == "TITLE":
                out.append(f"# {kw.group(2)}")
            elif key in ("AUTHOR", "DATE") and kw.group(2):
                out.append(f"{'Författare' if key == 'AUTHOR' else 'Datum'}: {kw.group(2)}")
            elif key == "CAPTION":
                out.append(f"**{kw.group(2)}**")
            continue
        if re.match(r"^#(?:[ \t]|$)", s):
            continue  # (a comment line)
        if re.match(r"^(?:SCHEDULED|DEADLINE|CLOSED):", s):
            out.append(" ".join(f"{_ORG_PLANNING[k]}: {v.strip()}" for k, v in re.findall(r"(SCHEDULED|DEADLINE|CLOSED):[ \t]*([<\[][^>\]]*[>\]])", s)))
            continue
        if re.match(r"^\|-[-+|]*$", s):
            # a rule between a table's rows, one "---" per column (a Markdown table's separator –
            # a shorter one had ended the table there)
            out.append("|" + " --- |" * (s.strip("|").count("+") + 1))
            continue
        line = re.sub(r"^([ \t]*[-+*][ \t]+)\[[Xx]\][ \t]*(.*)$", r"\1\2 (klart)", line)
        line = re.sub(r"^([ \t]*[-+*][ \t]+)\[[ -]\][ \t]*(.*)$", r"\1\2 (ej klart)", line)
        line = re.sub(r"^\[fn:(\w+)\][ \t]*", r"Fotnot \1: ", line)
        out.append(line)
    body = "\n".join(out)
    body = re.sub(r"\[\[\*?([^\]]*)\]\[([^\]]*)\]\]", r"\2", body)
    body = re.sub(r"\[\[\*?([^\]]*)\]\]", r"\1", body)
    body = re.sub(r"\[fn:(\w+)\]", r" (fotnot \1)", body)
    body = re.sub(r"(?<![\w=~])[=~]([^=~\n]+?)[=~](?![\w=~])", r"\1", body)
    return _org_stamps(body)


# A Google Docs document downloaded as plain text: each comment's anchor is a letter in brackets
# in the text ("stänger sista maj[a]"), the comments themselves lines at the end that open with it
# ("[a]Harbo Lanthandel har bekräftat …")
_COMMENT_MARK = re.compile(r"\[([a-z]{1,2})\]")
_COMMENT_LINE = re.compile(r"^\[([a-z]{1,2})\](\S.*)$")


def comments_inline(text: str) -> str | None:
    """A plain-text export's comments written where they are anchored – "sista maj (kommentar:
    Harbo Lanthandel har bekräftat …)" – and not at the end, where a correction ("[d]Jag har
    beslutat att förlänga ansökningstiden … till 28 maj 2027") stood far from the date it
    corrects; None when the text has no such comments (two or more, each anchored once)."""
    lines = text.splitlines()
    comments: dict[str, list[str]] = {}
    below: list[str] = []  # lines under a comment's first line, read upwards: its own
    start = len(lines)
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k].strip()
        if not line:
            continue
        m = _COMMENT_LINE.match(line)
        if m and m.group(1) not in comments:
            comments[m.group(1)] = [m.group(2), *below]
            below, start = [], k
        elif not m and len(below) < 3:
            below.insert(0, line)
        else:
            break
    if len(comments) < 2:
        return None
    body = "\n".join(lines[:start])
    anchored = [m.group(1) for m in _COMMENT_MARK.finditer(body)]
    if sorted(anchored) != sorted(comments) or len(set(anchored)) != len(anchored):
        return None

    def said(m: re.Match) -> str:
        words = " ".join(" ".join(comments[m.group(1)]).split())
        return f" (kommentar: {words})"

    return _COMMENT_MARK.sub(said, body)


# AsciiDoc: "= Titel" headings, ":namn: värde" attributes used as "{namn}" (and set again further
# down), ifdef/ifndef/ifeval … endif blocks, "////" comment blocks and "//" comment lines,
# "|===" tables, "include::" lines
_ADOC_MARKS = (
    re.compile(r"^=[ \t]+\S", re.M),
    re.compile(r"^:[\w-]+!?:(?:[ \t]|$)", re.M),
    re.compile(r"^(?:ifdef|ifndef|ifeval|endif)::", re.M),
    re.compile(r"^/{4,}[ \t]*$", re.M),
    re.compile(r"^\|===[ \t]*$", re.M),
    re.compile(r"^include::", re.M),
    re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]", re.M),
)
_ADOC_ATTRIBUTE = re.compile(r"^:([\w-]+)(!?):[ \t]*(.*)$")
_ADOC_CONDITION = re.compile(r"^(ifdef|ifndef|ifeval|endif)::([^\[]*)\[(.*)\][ \t]*$")


def _adoc_true(kind: str, names: str, expression: str, attrs: dict[str, str]) -> bool:
    """Does an AsciiDoc condition hold: "ifdef::intern[]" (set), "ifndef::…[]" (not set), "ifeval::[{utgava} >= 2]"?"""
    if kind == "ifdef":
        parts = re.split(r"([,+])", names)
        named = [p for p in parts if p not in ",+"]
        return all(n in attrs for n in named) if "+" in parts else any(n in attrs for n in named)
    if kind == "ifndef":
        return not any(n in attrs for n in re.split(r"[,+]", names) if n)
    m = re.fullmatch(r"\s*(.+?)\s*(==|!=|<=|>=|<|>)\s*(.+?)\s*", _adoc_values(expression, attrs))
    if not m:
        return True  # (a condition it cannot read: the text is kept)
    a, op, b = (x.strip().strip("\"'") for x in m.groups())
    try:
        a, b = float(a), float(b)  # type: ignore[assignment]
    except ValueError:
        pass
    return {"==": a == b, "!=": a != b, "<=": a <= b, ">=": a >= b, "<": a < b, ">": a > b}[op]  # type: ignore[operator]


def _adoc_values(text: str, attrs: dict[str, str]) -> str:
    return re.sub(r"\{([\w-]+)\}", lambda m: attrs.get(m.group(1), m.group(0)), text)


def asciidoc_markdown(text: str) -> str | None:
    """An AsciiDoc source (saved as .txt) as Markdown, or None when the text is no such source:
    each "{namn}" written as its attribute stands where it is used – an attribute set again
    further down ("{timersattning}" 350 kronor for 2027, 380 for 2028) means the new value from
    there on –, only the blocks whose conditions hold (the current edition's, not the old one's;
    no internal notes), no comments, tables as tables, footnotes beside what they note."""
    if sum(1 for m in _ADOC_MARKS if m.search(text)) < 3:
        return None
    attrs: dict[str, str] = {}
    out: list[str] = []
    skipping: list[bool] = []  # one entry per open condition: does it hide its lines
    in_comment = in_table = False
    table_rows: list[list[str]] = []
    for line in text.splitlines():
        s = line.rstrip()
        if re.fullmatch(r"/{4,}", s.strip()):
            in_comment = not in_comment
            continue
        if in_comment or s.startswith("//"):
            continue
        cond = _ADOC_CONDITION.match(s.strip())
        if cond:
            kind, names, body = cond.groups()
            if kind == "endif":
                if skipping:
                    skipping.pop()
                continue
            holds = _adoc_true(kind, names, body, attrs)
            if kind != "ifeval" and body:
                if holds and not any(skipping):
                    out.append(_adoc_values(body, attrs))  # (the one-line form: "ifdef::x[text]")
                continue
            skipping.append(not holds)
            continue
        if any(skipping):
            continue
        a = _ADOC_ATTRIBUTE.match(s)
        if a:
            name, unset, value = a.groups()
            if unset:
                attrs.pop(name, None)
            else:
                attrs[name] = _adoc_values(value, attrs)
            continue
        if s.startswith("include::") or re.fullmatch(r"\[[^\]]*\]", s.strip()):
            continue  # (a file not at hand; a block's attributes, "[cols=…]", "[abstract]")
        if s.strip() == "|===":
            if in_table and table_rows:
                width = max(len(r) for r in table_rows)
                out.append("| " + " | ".join(table_rows[0]) + " |")
                out.append("|" + " --- |" * width)
                out += ["| " + " | ".join(r) + " |" for r in table_rows[1:]]
            in_table, table_rows = not in_table, []
            continue
        s = _adoc_values(s, attrs)
        if in_table:
            if s.strip():
                table_rows.append([c.strip() for c in s.strip().split("|")[1:]])
            continue
        h = re.match(r"^(={1,6})[ \t]+(.*)$", s)
        if h:
            out.append("#" * len(h.group(1)) + " " + h.group(2))
            continue
        s = re.sub(r"^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+", lambda m: {"NOTE": "Obs: ", "TIP": "Tips: ", "IMPORTANT": "Viktigt: ", "WARNING": "Varning: ", "CAUTION": "Varning: "}[m.group(1)], s)
        s = re.sub(r"^([^:\n]{2,60})::[ \t]+", r"\1: ", s)  # a labelled item ("Digitalvärd:: Sara …")
        s = re.sub(r"^\.(?=\S)", "", s)  # a block's title (".Intern anteckning")
        out.append(s)
    body = "\n".join(out)
    return re.sub(r"footnote:\[([^\]]*)\]", lambda m: f" (fotnot: {' '.join(m.group(1).split())})", body, flags=re.S)


_CONFLICT_START = re.compile(r"^<{7}(?:[ \t]+(.*))?$")
_CONFLICT_BASE = re.compile(r"^\|{7}(?:[ \t]+.*)?$")
_CONFLICT_MIDDLE = re.compile(r"^={7}$")
_CONFLICT_END = re.compile(r"^>{7}(?:[ \t]+(.*))?$")


def without_merge_conflicts(text: str) -> str | None:
    """A file committed with unresolved git merge conflicts: each conflict's two versions said
    to be that ("Osammanfogad version (HEAD):" …), the common base they both changed left out
    (older than either), the marker lines gone – "=======" had read as a heading's underline.
    None when the text has no whole conflict."""
    lines = text.splitlines()
    if not any(_CONFLICT_START.match(ln) for ln in lines) or not any(_CONFLICT_END.match(ln) for ln in lines):
        return None
    out: list[str] = []
    state = None  # None, "ours", "base", "theirs"
    ours_name = ""
    held: list[str] = []
    ours: list[str] = []
    for line in lines:
        if state is None:
            m = _CONFLICT_START.match(line)
            if m:
                state, ours_name, held = "ours", (m.group(1) or "").strip(), []
            else:
                out.append(line)
            continue
        if _CONFLICT_BASE.match(line) and state == "ours":
            ours, state = held, "base"
            continue
        if _CONFLICT_MIDDLE.match(line) and state in ("ours", "base"):
            if state == "ours":
                ours = held
            state, held = "theirs", []
            continue
        m = _CONFLICT_END.match(line)
        if m and state == "theirs":
            theirs_name = (m.group(1) or "").strip()
            for name, part in ((ours_name, ours), (theirs_name, held)):
                out += ["", f"Osammanfogad version{f' ({name})' if name else ''}:", "", *part, ""]
            state = None
            continue
        if state != "base":
            held.append(line)
    if state is not None:
        return None  # (a conflict not closed: the text is read as written)
    return "\n".join(out)


# ---------------------------------------------------------------- e-mail newsletters (plain text)

# Mailchimp's plain-text part: "** Rubrik" over a line of dashes, merge tags "*|FNAME|*" and
# tracking links "(https://….list-manage.com/track/click?…)"
_NEWS_HEADING = re.compile(r"^\*\* (\S.*)$")
_DASH_RULE = re.compile(r"^-{20,}\s*$")
_MERGE_TAG = re.compile(r"\*\|[A-Z0-9_:]+\|\*")
_TRACKED_LINK = re.compile(r"\s*\((?:https?://)?[\w.-]*(?:list-manage\.com|mailchi\.mp|track\.[\w.-]+)/[^)\s]*\)")


def newsletter_markdown(text: str) -> str | None:
    """A newsletter's plain-text version (Mailchimp's, as saved from the e-mail): its "** Rubrik"
    lines over dashes as headings, without its unreplaced merge tags ("Hej *|FNAME|*!"), lines of
    only tags ("*|MC_PREVIEW_TEXT|*") and tracking links. None for any other text."""
    lines = text.splitlines()
    headed = [i for i, ln in enumerate(lines[:-1]) if _NEWS_HEADING.match(ln.strip()) and _DASH_RULE.match(lines[i + 1].strip())]
    if len(headed) < 2 and not (headed and _MERGE_TAG.search(text)):
        return None
    out: list[str] = []
    skip = set(i + 1 for i in headed)
    for i, ln in enumerate(lines):
        if i in skip:
            continue
        if i in headed:
            out += ["", f"## {_NEWS_HEADING.match(ln.strip()).group(1).strip()}", ""]
            continue
        ln = _TRACKED_LINK.sub("", ln)
        stripped = _MERGE_TAG.sub("", ln)
        if ln.strip() and not stripped.strip(" ()!,.:;"):
            continue  # a line of tags only
        # ("Hej *|FNAME|*!" → "Hej!"; "webbläsare (*|ARCHIVE|*)" → "webbläsare")
        out.append(re.sub(r"\s*\(\s*\)", "", re.sub(r" +([!,.:;])", r"\1", stripped)))
    # (its first heading is its title)
    first = next((k for k, ln in enumerate(out) if ln.startswith("## ")), None)
    if first is not None:
        out[first] = "# " + out[first][3:]
    return "\n".join(out)


# A MediaWiki page's source (an intranet's wiki, saved from "Redigera"): headings between runs of
# "=" (two for a section), tables between "{|" and "|}" ("!" header cells, "|-" between rows, "||"
# between cells, "|+" a caption), templates "{{Namn | nyckel = värde}}" (an info box, a correction
# notice), "[[mål|text]]" links, '''fet''' and ''kursiv'' text, <s>/<del> for struck text and
# <ref>…</ref> for a source note. Read as a plain text, every row was one line of pipes and a
# struck date stood beside the new one as if both held.
_MW_MARKS = (
    re.compile(r"^\{\|", re.M),  # a table opens
    re.compile(r"^\|\}", re.M),  # … and closes
    re.compile(r"'''[^'\n]+'''"),  # bold
    re.compile(r"\{\{[^{}|\n]+\n?\s*\|"),  # a template with parameters
    re.compile(r"<ref[ >/]", re.I),  # a source note
    re.compile(r"\[\[(?:Kategori|Category|Fil|File|Användare|User):", re.I),
    re.compile(r"^\|-", re.M),  # a table's row break
)
_MW_HEADING = re.compile(r"^[ \t]*(={1,6})[ \t]*([^=\n].*?)[ \t]*\1[ \t]*$")
_MW_TEXT_KEYS = frozenset({"text", "innehåll", "content", "beskrivning", "1"})


def is_mediawiki(text: str) -> bool:
    """Is a text a MediaWiki page's source: a "== heading ==" or a table, and three marks of its syntax?"""
    headed = any(_MW_HEADING.match(ln) for ln in text.splitlines()) or bool(_MW_MARKS[0].search(text))
    return headed and sum(1 for m in _MW_MARKS if m.search(text)) >= 3


def _mw_split(body: str) -> list[str]:
    """A template's body split at its top-level "|" (not inside a nested "{{…}}" or "[[…]]")."""
    parts, depth, cur = [], 0, []
    i = 0
    while i < len(body):
        two = body[i:i + 2]
        if two in ("{{", "[["):
            depth += 1
            cur.append(two)
            i += 2
            continue
        if two in ("}}", "]]") and depth:
            depth -= 1
            cur.append(two)
            i += 2
            continue
        if body[i] == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(body[i])
        i += 1
    parts.append("".join(cur))
    return parts


def _mw_template(m: re.Match) -> str:
    """A template as what it says: its parameters as "Nyckel: värde" lines (an info box), its text
    parameter after its name ("Rättelse (datum 2026-08-20): I nulägesrapporten …")."""
    parts = [" ".join(p.split()) for p in _mw_split(m.group(1))]
    name, params = parts[0], parts[1:]
    if not params:
        return ""  # ("{{reflist}}", "{{TOC}}": no text)
    fields = []
    for p in params:
        key, eq, value = p.partition("=")
        # (a named parameter "nyckel = värde"; an unnamed one is its value – "=" inside a link or a
        # sentence after other words is no name)
        named = bool(eq) and re.fullmatch(r"[\w\- ]{1,40}", key.strip()) is not None
        fields.append((key.strip(), value.strip()) if named else ("", p.strip()))
    said = [v for k, v in fields if (not k or k.lower() in _MW_TEXT_KEYS) and v]
    labelled = [(k, v) for k, v in fields if k and k.lower() not in _MW_TEXT_KEYS and v]
    if said:
        when = " ".join(f"{k} {v}" for k, v in labelled)
        return f"\n\n{name}" + (f" ({when})" if when else "") + ": " + " ".join(said) + "\n\n"
    return "\n\n" + "\n\n".join(f"{k[:1].upper()}{k[1:]}: {v}" for k, v in labelled) + "\n\n"


def _mw_cells(line: str, sep: str) -> list[tuple[str, int, int]]:
    """A table line's cells ("| a || b", "! a !! b") as (text, rows spanned, columns spanned),
    each without its attributes ("rowspan="3" | b")."""
    cells = []
    for cell in line[1:].split(sep + sep):
        down = across = 1
        if "|" in cell and "=" in cell.split("|", 1)[0] and "[[" not in cell.split("|", 1)[0]:
            attrs, cell = cell.split("|", 1)
            if (m := re.search(r"rowspan\s*=\s*\"?(\d+)", attrs, re.I)) is not None:
                down = max(1, min(50, int(m.group(1))))
            if (m := re.search(r"colspan\s*=\s*\"?(\d+)", attrs, re.I)) is not None:
                across = max(1, min(50, int(m.group(1))))
        cells.append((" ".join(cell.split()).replace("|", "/"), down, across))
    return cells


def _mw_table(lines: list[str]) -> list[str]:
    """A "{| … |}" table as a Markdown pipe table, its caption a line above it."""
    from .htmlparts import spread_cells

    caption, rows, row = "", [], []
    header: list[tuple[str, int, int]] = []
    for ln in lines[1:]:
        s = ln.strip()
        if s.startswith("|}"):
            break
        if s.startswith("|+"):
            caption = s[2:].strip()
        elif s.startswith("|-"):
            if row:
                rows.append(row)
            row = []
        elif s.startswith("!"):
            cells = _mw_cells(s, "!")
            if rows or row:
                row += cells
            else:
                header += cells
        elif s.startswith("|"):
            row += _mw_cells(s, "|")
        elif row:
            text, down, across = row[-1]
            row[-1] = (f"{text} {s}".strip(), down, across)  # (a cell's text wrapped onto the next line)
    if row:
        rows.append(row)
    grid = spread_cells([header, *rows] if header else rows)
    header, rows = (grid[0], grid[1:]) if header else ([], grid)
    width = max([len(header)] + [len(r) for r in rows]) if (header or rows) else 0
    if not width:
        return []
    header = header or [f"Kolumn {i + 1}" for i in range(width)]
    out = [caption, ""] if caption else []
    out.append("| " + " | ".join(header + [""] * (width - len(header))) + " |")
    out.append("|" + "---|" * width)
    out += ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows]
    return [*out, ""]


_MW_CHANGED = re.compile(
    r"\b(?:senast\s+)?(?:ändrad|ändrat|uppdaterad|uppdaterat|redigerad|last\s+(?:modified|edited|changed)|updated)\b[^\n]*?\d{4}-\d\d-\d\d[^\n]*",
    re.I,
)


def _mw_changed(comment: str) -> str:
    m = _MW_CHANGED.search(comment)
    return f"\n{m.group(0).strip()[:1].upper()}{m.group(0).strip()[1:]}\n" if m else ""


def mediawiki_markdown(text: str) -> str | None:
    """A MediaWiki page's source as Markdown, or None when the text is no such page."""
    if not is_mediawiki(text):
        return None
    # (a comment is the page's editors' – except the line saying when it was last changed, which
    # dates the page: "<!-- … Senast ändrad 2026-09-01 av Jonas Ekberg (jek) -->")
    text = re.sub(r"<!--(.*?)-->", lambda m: _mw_changed(m.group(1)), text, flags=re.S)
    text = re.sub(r"__[A-Z]+__", "", text)
    text = re.sub(r"<references\s*/?>", "", text, flags=re.I)
    text = re.sub(r"<ref\b[^>/]*/>", "", text, flags=re.I)
    text = re.sub(r"<ref\b[^>]*>(.*?)</ref>", lambda m: f" (källa: {' '.join(m.group(1).split())})", text, flags=re.S | re.I)
    text = re.sub(r"\[\[(?:Kategori|Category):[^\]]*\]\]", "", text, flags=re.I)
    text = re.sub(r"\[\[(?:Fil|File|Bild|Image):[^\]]*\]\]", "", text, flags=re.I)
    text = re.sub(r"\[\[[^\]|]*\|([^\]]+)\]\]", r"\1", text)
    text = re.sub(r"\[\[([^\]]+)\]\]", r"\1", text)
    text = re.sub(r"\[(?:https?|mailto):[^\s\]]+\s+([^\]]+)\]", r"\1", text)
    text = re.sub(r"<(s|del|strike)>(.*?)</\1>", r"~~\2~~", text, flags=re.S | re.I)
    text = re.sub(r"'''''(.+?)'''''|'''(.+?)'''|''(.+?)''", lambda m: next(g for g in m.groups() if g is not None), text)
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
    # templates, innermost first
    for _ in range(3):
        text, n = re.subn(r"\{\{((?:[^{}]|\{(?!\{)|\}(?!\}))*)\}\}", _mw_template, text)
        if not n:
            break
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip().startswith("{|"):
            j = i
            while j < len(lines) and not lines[j].strip().startswith("|}"):
                j += 1
            out.extend(_mw_table(lines[i:j + 1]))
            i = j + 1
            continue
        m = _MW_HEADING.match(line)
        if m:
            out.append("#" * min(6, len(m.group(1))) + " " + m.group(2))
        elif re.match(r"^[ \t]*\*+[ \t]", line):
            out.append("- " + line.lstrip(" \t*"))
        elif re.match(r"^[ \t]*#+[ \t]", line):
            out.append("1. " + line.lstrip(" \t#"))
        else:
            out.append(line)
        i += 1
    return "\n".join(out)


# reStructuredText (Sphinx's sources): a substitution's definition, a directive, a heading's underline
_RST_SUBSTITUTION = re.compile(r"^\.\.\s+\|([^|\n]+)\|\s+replace::\s*(.*)$", re.M)
_RST_DIRECTIVE = re.compile(r"^(\s*)\.\.\s+([\w-]+)::\s*(.*)$")
_RST_UNDERLINE = re.compile(r"^([=\-~^\"'`#*+:.])\1{2,}\s*$")
_RST_ROLE = re.compile(r":(?:doc|ref|term|abbr|file|download|numref|kbd):`([^`<]*?)(?:\s*<[^>]*>)?`")
_RST_LINK = re.compile(r"`([^`<]+?)\s*<[^>]+>`_{1,2}")
# directives whose body is said with a lead word; others' bodies are read as text, their own
# arguments and options not ("contents", "toctree", "image", "meta" hold no text of the page)
_RST_LEADS = {
    "note": "Obs", "warning": "Varning", "important": "Viktigt", "tip": "Tips", "attention": "Obs", "caution": "Varning",
    "danger": "Varning", "hint": "Tips", "versionchanged": "Ändrat i version", "versionadded": "Nytt i version",
    "deprecated": "Utgår i version", "admonition": "",
}
_RST_SILENT = frozenset({"contents", "toctree", "image", "figure", "meta", "raw", "include", "highlight", "sectnum", "index", "only", "code-block", "code"})


def rst_markdown(text: str) -> str | None:
    """A reStructuredText source (Sphinx's "index.rst", saved as text) as the Markdown it shows,
    or None when the text is no such source: each substitution written in where it is used
    ("|projektledare|" → the name its "replace::" at the end of the file gives – round 217's
    handbook stated its project manager, hours and limits only so), headings by their underlines,
    a note or "versionchanged" as its lead word and text, field lists as "Namn: värde" lines,
    comments and the table of contents left out."""
    subs = {m.group(1): m.group(2).strip() for m in _RST_SUBSTITUTION.finditer(text)}
    lines = text.splitlines()
    underlines = sum(
        1 for a, b in zip(lines, lines[1:]) if a.strip() and _RST_UNDERLINE.match(b) and len(b.strip()) >= len(a.strip())
    )
    directives = sum(1 for ln in lines if _RST_DIRECTIVE.match(ln))
    if not (subs or directives >= 2) or underlines < 1:
        return None
    levels: list[str] = []
    out: list[str] = []
    skip_indent: int | None = None  # the indent under a comment or silent directive, skipped
    lead = False  # a note's lead word waits for the first line of its text
    i = 0
    while i < len(lines):
        line = lines[i]
        indent = len(line) - len(line.lstrip())
        if lead:
            if not line.strip():
                i += 1
                continue
            lead = False
            if indent:
                out[-1] = f"{out[-1]} {line.strip()}".strip()
                i += 1
                continue
        if skip_indent is not None:
            if not line.strip() or indent > skip_indent:
                i += 1
                continue
            skip_indent = None
        if _RST_SUBSTITUTION.match(line):
            i += 1
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        over = ""
        if _RST_UNDERLINE.match(line) and i + 2 < len(lines) and _RST_UNDERLINE.match(lines[i + 2]) and lines[i + 1].strip():
            line, nxt, i, over = lines[i + 1], lines[i + 2], i + 1, "over"  # (a heading over- and underlined: a style of its own)
        if line.strip() and _RST_UNDERLINE.match(nxt) and len(nxt.strip()) >= len(line.strip()) and not _RST_UNDERLINE.match(line):
            mark = nxt.strip()[0] + over
            if mark not in levels:
                levels.append(mark)
            out.append("#" * min(levels.index(mark) + 1, 6) + " " + line.strip())
            i += 2
            continue
        d = _RST_DIRECTIVE.match(line)
        if d:
            name, args = d.group(2).lower(), d.group(3).strip()
            if name in _RST_LEADS:
                word = _RST_LEADS[name]
                out.append(f"{word} {args}:" if word and args and name.startswith(("version", "deprecated")) else (f"{word}:" if word else (f"{args}:" if args else "")))
                lead = True
            elif name not in _RST_SILENT:
                out.append(args)
            else:
                skip_indent = indent
            i += 1
            continue
        if line.lstrip().startswith(".. ") or line.strip() == "..":
            skip_indent = indent  # a comment, and the lines indented under it
            i += 1
            continue
        field = re.match(r"^\s*:([^:\n`]+):\s+(.*)$", line)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if not field and line.strip() and not indent and (not out or not out[-1]) and following.strip() and following[:1].isspace():
            # a definition list's term, its definition indented under it: "Paketutlämning: Paket hämtas …"
            out.append(f"{line.strip()}:")
            lead = True
            i += 1
            continue
        # (a field is a line of its own: "Datum: 2026-09-01" dates the page as a letterhead's line does)
        out.extend([f"{field.group(1)}: {field.group(2)}", ""] if field else [line.strip()])
        i += 1
    body = "\n".join(out)
    for name, value in subs.items():
        body = body.replace(f"|{name}|", value)
    body = _RST_LINK.sub(r"\1", _RST_ROLE.sub(r"\1", body))
    return re.sub(r"``([^`]+)``", r"\1", body)


# ---------------------------------------------------------------- MDX (Docusaurus, Nextra …)

# "import Faktaruta from '@site/…';" and "export const oppningsdatum = '13 oktober 2026';"
_MDX_IMPORT = re.compile(r"^import\s+[\w{}\s,*]+\s+from\s+['\"][^'\"]+['\"];?[ \t]*$", re.M)
_MDX_EXPORT = re.compile(r"^export\s+const\s+([A-Za-z_]\w*)\s*=\s*(?:'([^'\n]*)'|\"([^\"\n]*)\"|`([^`\n]*)`|(-?\d+(?:[.,]\d+)?))\s*;?[ \t]*$", re.M)
# … or a list or an object: "export const kurser = [ { ort: 'Karlskrona', start: '24 augusti 2026' }, … ];"
_MDX_EXPORT_LITERAL = re.compile(r"^export\s+const\s+([A-Za-z_]\w*)\s*=\s*([\[{].*?^[\]}])[ \t]*;?[ \t]*$", re.M | re.S)
# a component written whole: "<Faktaruta rubrik="…" oppet={oppettider} />" (over several lines)
_MDX_SELF_CLOSING = re.compile(r"<([A-Z]\w*)((?:\s+[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|\{[^{}]*\}))?)*)\s*/>", re.S)
# a component around text: "<Datum preliminart>7 oktober 2027</Datum>"
_MDX_WRAPPING = re.compile(r"<([A-Z]\w*)((?:\s+[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|\{[^{}]*\}))?)*)\s*>([^<]*)</\1>", re.S)
_MDX_ATTR = re.compile(r"([\w-]+)(?:=(?:\"([^\"]*)\"|'([^']*)'|\{([^{}]*)\}))?")
# a value written in: "{oppningsdatum}", "{kurser[1].start}", "{utbildning.langd}"
_MDX_EXPRESSION = re.compile(r"\{([A-Za-z_]\w*(?:\[\d+\]|\.[A-Za-z_]\w*)*)\}")
# the attributes that name a component's part for a reader ("<TabItem label="Olofström">")
_MDX_TITLES = ("label", "title", "rubrik", "heading")


def _js_literal(text: str):
    """A JavaScript list or object of plain values as Python's, or None when it is no such."""
    body = re.sub(r"'((?:[^'\\\n]|\\.)*)'", lambda m: json.dumps(m.group(1)), text)
    body = re.sub(r"([{,]\s*)([A-Za-z_]\w*)\s*:", r'\1"\2":', body)
    body = re.sub(r",\s*([\]}])", r"\1", body)
    try:
        return json.loads(body)
    except ValueError:
        return None


def _mdx_lookup(path: str, consts: dict[str, object]) -> str | None:
    """The value an expression names ("kurser[1].start") among the page's exports, as text."""
    parts = re.findall(r"[A-Za-z_]\w*|\[\d+\]", path)
    value: object = consts
    for part in parts:
        if part.startswith("[") and isinstance(value, list) and int(part[1:-1]) < len(value):
            value = value[int(part[1:-1])]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _mdx_attrs(text: str, consts: dict[str, object]) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for m in _MDX_ATTR.finditer(text):
        name, dq, sq, expr = m.groups()
        if expr is not None:
            value = _mdx_lookup(expr.strip(), consts)
        else:
            value = dq if dq is not None else sq
        if expr is not None and value is None:
            continue  # (a list, a function call: nothing a reader sees written)
        out.append((name, value))
    return out


def mdx_markdown(text: str) -> str | None:
    """An MDX page (a Docusaurus blog post or doc, a Nextra page) as the Markdown a reader sees,
    or None when the text is no such page: each ``export const`` written in where it is used
    ("Den {oppningsdatum} klipptes bandet" → "Den 13 oktober 2026 …" – the date stood only in the
    export; "{kurser[1].start}" of a list of objects), a component's attributes as a line of
    "namn: värde" (a fact box's opening hours, a correction's wrong and right values), a
    component around text as that text – under its label, or with its flags ("7 oktober 2027
    (preliminart)") – and imports and comments left out."""
    consts: dict[str, object] = {m.group(1): next(g for g in m.groups()[1:] if g is not None) for m in _MDX_EXPORT.finditer(text)}
    consts.update({m.group(1): v for m in _MDX_EXPORT_LITERAL.finditer(text) if (v := _js_literal(m.group(2))) is not None})
    components = _MDX_SELF_CLOSING.search(text) or _MDX_WRAPPING.search(text)
    if not (consts or (_MDX_IMPORT.search(text) and components)):
        return None
    body = _MDX_IMPORT.sub("", _MDX_EXPORT_LITERAL.sub("", _MDX_EXPORT.sub("", text)))
    body = re.sub(r"\{/\*.*?\*/\}", "", body, flags=re.S)  # "{/* TODO … */}": a comment

    def whole(m: re.Match) -> str:
        attrs = [(k, v) for k, v in _mdx_attrs(m.group(2), consts) if v]
        return "\n\n" + f"{m.group(1)}: " + "; ".join(f"{k}: {v}" for k, v in attrs) + "\n\n" if attrs else ""

    def wrapping(m: re.Match) -> str:
        attrs = _mdx_attrs(m.group(2), consts)
        inner = m.group(3).strip()
        title = next((v for k, v in attrs if k.lower() in _MDX_TITLES and v), None)
        if "\n" in inner or title:
            return (f"\n\n**{title}**\n\n" if title else "\n\n") + inner + "\n\n"
        flags = [k for k, v in attrs if v is None]
        return inner + (f" ({', '.join(flags)})" if flags else "")

    body = _MDX_SELF_CLOSING.sub(whole, body)
    for _ in range(3):  # (components inside components: the inner ones first)
        body, n = _MDX_WRAPPING.subn(wrapping, body)
        if not n:
            break
    body = _MDX_EXPRESSION.sub(lambda m: _mdx_lookup(m.group(1), consts) or m.group(0), body)
    return re.sub(r"\n{3,}", "\n\n", body)
