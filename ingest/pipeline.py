"""One file in, one FileResult out: document, chunks and statistics tables, or an IngestError."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from .chunk import chunk_blocks
from .clean import Block, join_hyphenated, normalise_heading, reflow, skeleton, strip_boilerplate
from .facts import DocumentFacts, docx_properties, merge, real_title, text_facts
from .limits import DEFAULT_LIMITS, MAX_FILE_BYTES, Limits, check_zip, read_text, text_cut_note
from .model import MESSAGE_HEADING, Chunk, Document, IngestError, Table
from .plain_tables import aligned_tables
from .swedish import fold

DOCUMENT_KINDS = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "md"}
STATS_KINDS = {".csv": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx"}
SUPPORTED = {**DOCUMENT_KINDS, **STATS_KINDS}
DEFAULT_MAX_BYTES = MAX_FILE_BYTES


@dataclass
class FileResult:
    document: Document
    chunks: list[Chunk]
    tables: list[Table]
    page_texts: list[str] | None = None  # raw text per page, to verify quotes against
    notes: tuple[str, ...] = ()  # what the reader left out, one Swedish line each ("texten kapades …")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def load_file(
    path: Path,
    root: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    sha: str | None = None,
    *,
    rel: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> FileResult:
    """Load one knowledge file. Raises IngestError (a one-line Swedish reason) for bad input,
    including a file that yields neither text nor a table. ``rel``: the name the document gets
    (default: its path under ``root``) – an upload is read before it is moved into place.

    Untrusted input: call this through ``ingest.worker.Reader``, which runs it in a separate
    process with memory and time limits."""
    rel = rel or path.relative_to(root).as_posix()
    suffix = Path(rel).suffix.lower()
    if suffix not in SUPPORTED:
        raise IngestError(f"filtypen {suffix or '(ingen)'} stöds inte")
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(f"filen är för stor ({size / 1e6:.1f} MB, gränsen är {max_bytes / 1e6:.0f} MB)")
    if size == 0:
        raise IngestError("tom fil")
    sha = sha or sha256_file(path)
    kind = SUPPORTED[suffix]
    if kind == "pdf":
        result = _load_pdf(path, rel, sha)
    elif kind in ("csv", "xlsx"):
        result = _load_stats(path, rel, sha, kind, limits)
    elif kind == "txt" and _looks_tabular(path):
        # a statistics export saved as .txt (tab- or semicolon-separated): read as the table it
        # is, or as text when no table with figures comes out of it
        try:
            result = _load_stats(path, rel, sha, "csv", limits)
        except IngestError:
            result = _load_text_document(path, rel, sha, kind, limits)
    else:
        result = _load_text_document(path, rel, sha, kind, limits)
    if not result.chunks and not result.tables:
        # Reported as indexed before, yet nothing of it could ever be found or quoted.
        raise IngestError("inget innehåll kunde läsas ut (ingen text och ingen tabell)")
    return result


def _looks_tabular(path: Path, sample_bytes: int = 65536) -> bool:
    """Is this text file a delimited table: at least five lines, and half of its non-empty
    lines, split by tabs (or semicolons) into the same number of fields, three or more?"""
    from collections import Counter

    from .swedish import decode_bytes

    with path.open("rb") as f:
        data = f.read(sample_bytes)
    try:
        text = decode_bytes(data)
    except IngestError:
        return False
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 5:
        return False
    for sep in ("\t", ";"):
        widths = Counter(ln.count(sep) + 1 for ln in lines if sep in ln)
        if widths:
            width, n = widths.most_common(1)[0]
            if width >= 3 and n >= 5 and n >= 0.5 * len(lines):
                return True
    return False


def _title_from_name(rel: str) -> str:
    return re.sub(r"[_-]+", " ", Path(rel).stem).strip().capitalize()


# ---------------------------------------------------------------- PDF


def _load_pdf(path: Path, rel: str, sha: str) -> FileResult:
    from .pdf import read_pdf
    from .tables import consolidate, make_table

    content = read_pdf(path)
    tables: list[Table] = []
    covered: set[tuple[int, int]] = set()
    inserted: dict[tuple[int, int], tuple[str, ...]] = {}
    # (a grid of words and dates takes no table number: the tables after it keep theirs)
    numbers = iter(range(1, len(content.tables) + 1))
    for pt in content.tables:
        i = 0 if pt.words_only else next(numbers)
        if pt.fields:
            # a form's labels and values: "Total budget: 11 752 000 kr", a line each, where the grid stood
            if pt.line_ids:
                inserted[min(pt.line_ids)] = pt.fields
                covered |= pt.line_ids
            continue
        table = None if pt.words_only else make_table(
            pt.header,
            pt.rows,
            table_id=f"{rel}#t{i}",
            document=rel,
            caption=pt.caption or f"Tabell på sidan {pt.page}",
            page=pt.page,
            section=_section_at(content, pt.page, pt.bbox[1]),
            notes=pt.notes,
        )
        if table is not None:
            if len(pt.pages) > 1:
                table = replace(table, pages=pt.pages)
            tables.append(table)
            covered |= pt.line_ids
        elif pt.line_ids and len(pt.header) >= 3 and sum(1 for h in pt.header if h.strip()) >= 2 and pt.rows:
            # a grid of words and dates ("Omgång 2 (höst) | 1 augusti 2025 | 30 september 2025 |
            # 30 november 2025"): a line per row with each cell after its column's name, where
            # the grid stood – run into one paragraph, its dates had lost their columns
            # (… each row on the page it stands on: a grid over a page break had cited every
            # row by its first page)
            paged = len(pt.row_pages) == len(pt.rows)
            for page in dict.fromkeys(pt.row_pages if paged else [pt.page]):
                rows = [r for r, rp in zip(pt.rows, pt.row_pages, strict=True) if rp == page] if paged else pt.rows
                lines = rows_as_lines([pt.header, *rows])
                on_page = [i for i in pt.line_ids if i[0] == page] or list(pt.line_ids)
                if lines:
                    inserted[min(on_page)] = (*inserted.get(min(on_page), ()), *lines)
                    covered |= pt.line_ids
    # Only lines of tables that became DataFrames leave the running text: a grid that was
    # rejected as a table keeps its words (and figures) in the text chunks. A table ends the
    # paragraph above it (its caption is not the first line of the text below it).
    pages = [_without(text.split("\n"), pno, covered, inserted) for pno, text in enumerate(content.pages, start=1)]
    pages = strip_boilerplate(pages, protected=frozenset(ln for lines in inserted.values() for ln in lines))
    blocks = reflow(pages, set(content.headings), content.headings)
    blocks = _merge_wrapped_headings(blocks)
    chunks = chunk_blocks(blocks, rel)
    tables += consolidate(tables)
    facts = content.facts
    doc = Document(
        path=rel,
        sha256=sha,
        kind="pdf",
        title=content.title,
        pages=len(content.pages),
        author=facts.author,
        organisation=facts.organisation,
        date=facts.date,
    )
    return FileResult(doc, chunks, tables, page_texts=content.pages)


def _without(
    lines: list[str], page: int, covered: set[tuple[int, int]], inserted: dict[tuple[int, int], tuple[str, ...]] | None = None
) -> list[str]:
    """The page's lines without those a table covers; each run of them leaves a blank line –
    or the lines ``inserted`` at its first line (a form's fields, one paragraph each)."""
    out: list[str] = []
    inserted = inserted or {}
    for k, ln in enumerate(lines):
        if (page, k) in inserted:
            for f in inserted[(page, k)]:
                out += ["", f]
            out.append("")
        elif (page, k) not in covered:
            out.append(ln)
        elif out and out[-1]:
            out.append("")
    return out


def _section_at(content, page: int, top: float) -> str:
    """Heading path in force at a position (page, top) of the PDF."""
    stack: list[tuple[int, str]] = []
    for hp, htop, text, level in content.heading_positions:
        if (hp, htop) >= (page, top):
            break
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, text))
    return " > ".join(t for _, t in stack)


def _merge_wrapped_headings(blocks: list[Block]) -> list[Block]:
    """A heading wrapped over two lines arrives as two heading blocks: join them."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and b.kind == "heading"
            and prev.kind == "heading"
            and prev.level == b.level
            and prev.page == b.page
            and (b.text[:1].islower() or prev.text.endswith(("-", ",", "och")))
        ):
            joined = join_hyphenated(prev.text, b.text) if prev.text.endswith("-") else None
            out[-1] = Block("heading", joined or f"{prev.text} {b.text}", prev.page, prev.level, b.page)
        else:
            out.append(b)
    return out


# ---------------------------------------------------------------- DOCX / TXT / MD


def _load_text_document(path: Path, rel: str, sha: str, kind: str, limits: Limits = DEFAULT_LIMITS) -> FileResult:
    tables: list[Table] = []
    if kind == "docx":
        blocks, title, cut, tables = _docx_blocks(path, limits, rel)
    else:
        text, cut = read_text(path, limits)
        # an e-mail's quoted replies ("> Hej Karin, > > Den 27 januari …"): the text without its
        # quote marks, so that its sentences read as sentences
        text = re.sub(r"(?m)^[ \t]*(?:>[ \t]?)+", "", text)
        if kind == "md":
            blocks, title, tables = _markdown_blocks(text, rel)
        else:
            blocks, title, tables = _plain_blocks(text, rel)
        if kind == "txt":
            blocks = _email_messages(blocks)
        subject = re.search(r"(?im)^\s*(?:ämne|subject)\s*:\s*(.{3,120}?)\s*$", text[:3000])
        if subject and kind == "txt" and re.match(r"(?i)\s*(?:från|from|till|to|datum|date|skickat|sent|ämne|subject)\s*:", title):
            # (an e-mail is titled by its subject, not by its first header line "Från: …" – nor
            # by its subject line with the label and the replies' "SV: SV:")
            title = re.sub(r"^(?:(?:SV|VB|RE|FW|Fwd|AW)\s*:\s*)+", "", subject.group(1), flags=re.I)
    if not any(b.kind != "heading" for b in blocks) and not tables:
        raise IngestError("innehåller ingen text")
    chunks = chunk_blocks(blocks, rel, paged=False) if any(b.kind != "heading" for b in blocks) else []
    facts = _text_document_facts(path, kind, title, blocks)
    doc = Document(
        path=rel,
        sha256=sha,
        kind=kind,
        title=facts.title or _title_from_name(rel),
        pages=0,
        author=facts.author,
        organisation=facts.organisation,
        date=facts.date,
    )
    notes = (text_cut_note(limits),) if cut else ()
    return FileResult(doc, chunks, tables, page_texts=["\n".join(c.text for c in chunks)], notes=notes)


_MAIL_FROM = re.compile(r"(?i)^\s*(?:från|from)\s*:\s*(?P<name>[^<\n]+?)\s*(?:<[^>]*>)?\s*(?:(?:skickat|sent|datum|date)\s*:\s*(?P<date>.+?))?\s*(?=(?:till|to|kopia|cc|ämne|subject)\s*:|$)")


def _email_messages(blocks: list[Block]) -> list[Block]:
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
            name = m.group("name").strip(" ,;")
            date = (m.group("date") or "").strip(" ,;")
            out.append(Block("heading", f"{MESSAGE_HEADING}{name}" + (f", {date}" if date else ""), b.page, 1))
        out.append(b)
    return out


def _text_document_facts(path: Path, kind: str, title: str, blocks: list[Block]) -> DocumentFacts:
    """Title, author, organisation and date of a DOCX/TXT/MD file: labelled fields of its
    first lines ("Författare:", "Datum:") before the DOCX core properties, whose title wins
    over the first heading when it is a real one."""
    first_heading = next((b.text for b in blocks if b.kind == "heading"), "")
    facts = text_facts(real_title(title) or first_heading or title, [b.text for b in blocks])
    if kind != "docx":
        return facts
    props = docx_properties(path)
    if real_title(title) and props.title and fold(title) != fold(props.title):
        # (the body's own title – a Title paragraph, a bold first line – has replaced the property)
        return merge(DocumentFacts(title=title), merge(facts, props))
    return merge(DocumentFacts(title=props.title), merge(facts, props))


def _with_document_title(caption: str, doc_title: str) -> str:
    """A table's caption with its document's title after it ("4. Budget – Projektplan:
    Kompetenslyft Bergslagen": whose budget, as a report's table is read with its report's title),
    unless the caption says it already; the title alone when there is no caption."""
    if not caption:
        return doc_title
    return caption if not doc_title or fold(doc_title) in fold(caption) else f"{caption} – {doc_title}"


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
    return " | ".join(cells)


def _markdown_blocks(text: str, rel: str = "") -> tuple[list[Block], str, list[Table]]:
    """(blocks, title, tables) of a Markdown text: a table with figures becomes a Table (captioned
    by the heading it stands under and the document's title), one without stays text."""
    blocks: list[Block] = []
    tables: list[Table] = []
    title = ""
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

    lines = text.splitlines()
    aligned = {t.start: t for t in aligned_tables(lines)}
    skip_to = 0
    for i, line in enumerate(lines):
        if i < skip_to:
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
            blocks.append(Block("heading", m.group(2).strip(), 1, level=level))
            title = title or m.group(2).strip()
        elif re.match(r"^([-*+•]|\d+[.)])\s+", s):
            flush()
            blocks.append(Block("bullet", re.sub(r"^([-*+•]|\d+[.)])\s+", "", s), 1))
        elif not s:
            flush()
        elif blocks and blocks[-1].kind == "bullet" and not para and line[:1].isspace():
            last = blocks.pop()
            blocks.append(Block("bullet", f"{last.text} {s}", 1))
        else:
            para.append(s)
    end_table()
    flush()
    return blocks, title, tables


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
        caption = _with_document_title(heading, title or _title_from_name(rel))
        table = make_table(
            rows[0], rows[1:], table_id=f"{rel}#t{len(tables) + 1}", document=rel, caption=caption, section=heading, notes=notes
        )
    if table is not None:
        tables.append(_sums_named(table))
    else:
        blocks.extend(Block("paragraph", ln, 1) for ln in rows_as_lines(rows))
    blocks.extend(Block("paragraph", n, 1) for n in notes)


_SUM_CELL = re.compile(r"(?i)^(?:summa|delsumma|totalt?|total)\b")


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
        said = next((str(t.frame.at[i, c]) for c in texts if _SUM_CELL.match(str(t.frame.at[i, c]).strip())), None)
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


def _plain_blocks(text: str, rel: str = "") -> tuple[list[Block], str, list[Table]]:
    """(blocks, title, tables) of a plain text; a table set out with spaces is read as rows."""
    text = _without_repeated_page_heads(text)
    framed = _framed_title(text)
    lines = text.splitlines()
    # (rules set apart what they frame: "1. ORIENTERING" between two rules is a heading of its own
    # line, not a bullet run into the rule and the paragraph under it)
    plain = ["" if _RULE_LINE.match(ln) else ln for ln in lines]
    underlined = _underlined_headings(lines)
    title = framed or _plain_title("\n".join(plain))
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


def _plain_title(text: str) -> str:
    """A plain text's title: its first line – or, under a letterhead of the organisation in
    capitals ("REGION KALMAR LÄN"), the lines after it up to the first blank line ("Regionalt
    nätverk för kompetensförsörjning i Kalmar län – MINNESANTECKNINGAR – möte 3/2025")."""
    from .facts import is_organisation

    head: list[str] = []
    for ln in text.splitlines():
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
        return head[1][:120] if not head[1].isupper() else re.sub(r"\s+", " ", head[1]).strip().capitalize()[:120]
    first = head[0]
    if len(head) >= 2 and first.isupper() and len(first.split()) <= 5 and is_organisation(first.title()):
        return " – ".join(head[1:3])[:120]
    if first.isupper() and len(first.split()) == 1 and first.isalpha():
        # "PRESSMEDDELANDE" over the sender, the place and date, then the headline on a line of
        # its own: the kind of text says what it is, the headline what it is about
        headline = _headline_after(text, len(head))
        if headline:
            return f"{first.capitalize()}: {headline}"[:160]
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


def _docx_blocks(path: Path, limits: Limits = DEFAULT_LIMITS, rel: str = "") -> tuple[list[Block], str, bool, list[Table]]:
    """(blocks, title, cut, tables): paragraphs and tables of a DOCX in their order, at most
    ``max_text_chars`` characters of them. A table with figures ("Insats | Ansvarig | Budget
    (tkr)") becomes a Table, captioned by a "Tabell N." line right above it, else by the heading
    it stands under; one without stays text, a row per line where it stood. The zip is checked
    before python-docx, which expands every part in memory."""
    import zipfile

    from .pdf.page import TABLE_CAPTION_RE
    from .tables import make_table

    check_zip(path, "DOCX", limits)
    try:
        import docx  # python-docx

        d = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(f"trasig DOCX-fil ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - python-docx raises assorted types on bad files
        raise IngestError(f"kan inte läsa DOCX-filen ({type(exc).__name__})") from None
    blocks: list[Block] = []
    tables: list[Table] = []
    title = (d.core_properties.title or "").strip()
    bold_title = body_title = core_title_kept = False
    budget = limits.max_text_chars
    # Paragraph.style looks the style up by id with XPath on every call (3/4 of the reading
    # time of a long document): name each style id once.
    style_names: dict[str | None, str] = {}
    for item in d.iter_inner_content():
        if hasattr(item, "rows"):  # a table
            rows = [[c.text.strip() for c in row.cells] for row in item.rows]
            rows = [r for r in rows if any(r)]
            budget -= sum(len(" | ".join(r)) for r in rows)
            if budget < 0:
                return blocks, title, True, tables
            heading = next((b.text for b in reversed(blocks) if b.kind == "heading"), title)
            above = blocks[-1].text if blocks and blocks[-1].kind != "heading" else ""
            caption = above if TABLE_CAPTION_RE.match(above) else heading or _title_from_name(rel)
            caption = _with_document_title(caption, title or _title_from_name(rel))
            table = None
            if len(rows) >= 2:
                table = make_table(rows[0], rows[1:], table_id=f"{rel}#t{len(tables) + 1}", document=rel, caption=caption, section=heading)
            if table is not None:
                tables.append(table)
                if above and above == caption:
                    blocks.pop()  # the caption is the table's
            else:
                blocks += [Block("paragraph", ln, 1) for ln in rows_as_lines(rows)]
            continue
        text = item.text.strip()
        if not text:
            continue
        budget -= len(text)
        if budget < 0:
            return blocks, title, True, tables
        style_id = item._p.style  # the paragraph's w:pStyle value (None: the default style)
        if style_id not in style_names:
            style = item.style
            style_names[style_id] = (style.name or "").lower() if style is not None else ""
        style = style_names[style_id]
        m = re.match(r"(heading|rubrik)\s*(\d)", style)
        if m or style == "title":
            level = 1 if style == "title" else min(int(m.group(2)), 3)
            if len(blocks) == 1 and bold_title and level == 1:
                # "Arbetsmarknadsrådet i Jönköpings län" in bold over "Protokoll från sammanträde
                # 2025-03-18": one title, the council's name kept in every passage's heading path
                # (the next heading had replaced it, and it was in no passage)
                text = f"{blocks.pop().text} – {text}"
                title = text if not core_title_kept else title
            blocks.append(Block("heading", text, 1, level=level))
            if style == "title" and not body_title:
                # the document's own title paragraph, before the file's title property (a template's
                # or an earlier version's: "Resepolicy 2022 – utkast" over "Riktlinje för tjänsteresor")
                title, body_title = text, True
            title = title or text
        elif "list" in style:
            blocks.append(Block("bullet", text, 1))
        elif not blocks and _bold_line(item, text):
            # a title set in bold type in the body style ("Protokoll, regionala
            # utvecklingsnämnden" above the first "Närvarande ledamöter" heading): the title
            blocks.append(Block("heading", text, 1, level=1))
            core_title_kept = bool(title) and fold(title) in fold(text)
            title = text if title and not core_title_kept and len(text) > len(title) else (title or text)
            bold_title = True
        elif _bold_line(item, text) and len(text) <= 60 and len(text.split()) <= 6 and not text.endswith(":") and any(
            b.kind == "heading" for b in blocks
        ):
            # a short bold line in the body style under a heading ("Beslut", "Yrkanden" under
            # "§ 115 …"): a sub-heading, so that what stands under it is known by it
            level = next((b.level for b in reversed(blocks) if b.kind == "heading"), 1)
            blocks.append(Block("heading", text, 1, level=min(level + 1, 3)))
        else:
            blocks.append(Block("paragraph", text, 1))
    return blocks, title, False, tables


def _bold_line(paragraph, text: str) -> bool:
    """A short line of one DOCX paragraph whose every run with text is bold, ending in no full stop."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs) and len(text) <= 120 and "\n" not in text and not text.endswith(".")


# ---------------------------------------------------------------- CSV / XLSX


def _load_stats(path: Path, rel: str, sha: str, kind: str, limits: Limits = DEFAULT_LIMITS) -> FileResult:
    from .stats_io import NoFiguresError, read_stats_file
    from .tables.codes import decode_workbook
    from .tables.consolidate import stack_place_sheets, stack_year_sheets

    try:
        tables = read_stats_file(path, rel, limits)
    except NoFiguresError as none:
        if Path(rel).suffix.lower() == ".txt":
            raise  # (the caller reads it as the text it then is)
        # a calendar, a contact list: no figures to compute with, but text to find and quote
        return _load_sheets_as_text(rel, sha, kind, none.sheets)
    # (a register's codes written out by the workbook's own key: "Kön" 2 is "Kvinna (2)")
    tables, key = decode_workbook(tables, path, limits)
    places = stack_place_sheets(tables)
    tables += stack_year_sheets(tables) + places
    # (a workbook of a sheet per place is titled by what its sheets share: its first sheet's
    # caption, "Kommunfakta – Ragunda kommun", had titled every other sheet's quote "Ragunda")
    title = (places[0].caption.rsplit(", per ", 1)[0] if places else tables[0].caption) or _title_from_name(rel)
    doc = Document(path=rel, sha256=sha, kind=kind, title=title, pages=0)
    if key is None:
        return FileResult(doc, [], tables)
    # (the key sheet is text to quote, under its own title lines)
    key_text = _load_sheets_as_text(rel, sha, kind, [key])
    return FileResult(doc, key_text.chunks, tables, page_texts=key_text.page_texts)


def _load_sheets_as_text(rel: str, sha: str, kind: str, sheets: list[tuple[str | None, list[list[object]]]]) -> FileResult:
    """A workbook or CSV without figures (its sheets' grids, as read), each sheet's rows a
    paragraph of their own under the sheet's name (when there are several) and its title lines."""
    from .stats_io import NO_FIGURES, sheet_lines

    blocks: list[Block] = []
    title = ""
    for sheet, grid in sheets:
        titles, lines = sheet_lines(grid)
        if not lines:
            continue
        heading = " – ".join(titles) or (sheet if len(sheets) > 1 and sheet else "")
        if heading:
            blocks.append(Block("heading", heading, 1, level=1))
        title = title or heading
        blocks += [Block("paragraph", line, 1) for line in lines]
    if not blocks:
        raise IngestError(NO_FIGURES)
    chunks = chunk_blocks(blocks, rel, paged=False)
    doc = Document(path=rel, sha256=sha, kind=kind, title=title or _title_from_name(rel), pages=0)
    return FileResult(doc, chunks, [], page_texts=["\n".join(c.text for c in chunks)])
