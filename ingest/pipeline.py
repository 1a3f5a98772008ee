"""One file in, one FileResult out: document, chunks and statistics tables, or an IngestError."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from .chunk import chunk_blocks
from .clean import Block, join_hyphenated, reflow, strip_boilerplate
from .facts import DocumentFacts, docx_properties, merge, metadata_date, real_title, text_facts
from .formats import calendar_events, json_document, mail_digest, mailbox_messages, mime_message, transcript_turns, xml_document
from .limits import DEFAULT_LIMITS, MAX_FILE_BYTES, Limits, read_text, text_cut_note
from .markup import (
    asciidoc_markdown,
    comments_inline,
    dokuwiki_markdown,
    mdx_markdown,
    mediawiki_markdown,
    myst_markdown,
    newsletter_markdown,
    org_markdown,
    rst_markdown,
    without_merge_conflicts,
)
from .model import MESSAGE_HEADING, Chunk, Document, IngestError, Table
from .plaintext import (
    email_messages,
    markdown_blocks,
    plain_blocks,
    rows_as_lines,
    title_from_name,
    without_link_numbers,
    without_site_chrome,
)
from .rtf import looks_like_rtf, rtf_text
from .swedish import decode_bytes, fold
from .word import docx_blocks, package_signatures

# (a meeting's subtitles – ".vtt" as Teams saves a transcript, ".srt" – are read as its text)
DOCUMENT_KINDS = {
    ".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "md", ".vtt": "txt", ".srt": "txt", ".ics": "txt", ".eml": "txt", ".json": "txt",
    ".rtf": "txt", ".xml": "txt",
}
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
    elif kind == "csv" and _fixed_width_report(path, limits):
        # a report printed to file and saved as .csv: columns set out with spaces, not separated
        # (its decimal commas had been read as the separator – "5,7" two cells)
        result = _load_text_document(path, rel, sha, "txt", limits)
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
    return _delimited_records(text)


def _delimited_records(text: str) -> bool:
    """Is ``text`` read as CSV, quotes kept, a delimited export: a header of three fields or more
    and at least five records, most of them as wide as the header? An export whose quoted cells
    hold the separator or run over several lines (an action list's "Kommentar" cells) has its
    fields counted by record, not by line."""
    import csv
    import io
    from collections import Counter

    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    for sep in ("\t", ";"):
        if first.count(sep) < 2:
            continue
        try:
            records = [r for r in csv.reader(io.StringIO(text), delimiter=sep) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        widths = Counter(len(r) for r in records)
        width, n = widths.most_common(1)[0]
        if width >= 3 and len(records[0]) == width and n >= 5 and n >= 0.7 * len(records):
            return True
    return False


# A cell of at least this many lines and words is a paragraph, not a table's cell.
_PARAGRAPH_LINES, _PARAGRAPH_WORDS = 3, 10


def _boxes_of_text(header: list[str], rows: list[list[str]]) -> bool:
    """A grid of at most two rows with a paragraph in a cell is boxes of text drawn as a frame –
    a slide of a printed handout beside its number ("22 870 / inskrivna arbetslösa … / −640
    personer …" | "2"), key figures boxed side by side – no table: its text is the passage
    that answers (a slide's number had been given as "2 procentenheter" under a header read
    from the slide's sentences)."""
    if len(rows) > 2:
        return False
    return any(
        cell.count("\n") + 1 >= _PARAGRAPH_LINES and len(cell.split()) >= _PARAGRAPH_WORDS
        for row in (header, *rows) for cell in row
    )


def _load_pdf(path: Path, rel: str, sha: str) -> FileResult:
    from .pdf import read_pdf
    from .tables import consolidate, make_table
    from .tables.codes import abbreviations, name_abbreviated_columns

    content = read_pdf(path)
    tables: list[Table] = []
    covered: set[tuple[int, int]] = set()
    inserted: dict[tuple[int, int], tuple[str, ...]] = {}
    skipped: list[str] = []
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
        table = None if pt.words_only or _boxes_of_text(pt.header, pt.rows) else make_table(
            pt.header,
            pt.rows,
            table_id=f"{rel}#t{i}",
            document=rel,
            caption=pt.caption or f"Tabell på sidan {pt.page}",
            page=pt.page,
            section=_section_at(content, pt.page, pt.bbox[1]),
            notes=pt.notes,
        )
        if table is not None and _columns_run_together(table):
            # figures set so close that the page's text runs them into one cell ("1 046 1 118"):
            # the row's other figures stand under the wrong years – its text is kept, no table
            skipped.append(f"tabellen på sidan {pt.page} lästes inte som statistik: siffror i kolumner som står för tätt skrivs ihop")
            continue  # (its lines stay the page's text, as printed)
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
    if pages:
        # a web page printed from a browser: the site's name and menu above its breadcrumb
        # ("Om oss  Stöd och finansiering  Kontakt  Sök" / "Start › … › Skaraborgsbidraget") are no text
        pages[0] = without_site_chrome("\n".join(pages[0])).split("\n")
    blocks = reflow(pages, set(content.headings), content.headings)
    blocks = _merge_wrapped_headings(blocks)
    attached, attached_text = _attached_files(content.attachments, rel, len(tables), len(content.pages))
    chunks = chunk_blocks(blocks + attached_text, rel)
    tables += attached
    # (columns under short names the document explains – "Hyl = Hylte" in a footnote – by their names)
    # (read once for the document, not once per table)
    explained = abbreviations("\n".join(content.pages))
    tables = [name_abbreviated_columns(t, explained) for t in tables] if explained else tables
    tables += consolidate(tables)
    facts = content.facts
    if not facts.date and (day := _day_in_name(rel)):
        facts = merge(facts, DocumentFacts(date=day))
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
    return FileResult(doc, chunks, tables, page_texts=content.pages, notes=tuple(skipped))


# a cell of two figures or more run together: "1 046 1 118", "4 812 4 655 2 390" (a figure's groups
# after the first are three digits; a shorter group starts the next figure)
_FIGURES_RUN_TOGETHER = re.compile(r"^\d{1,3}(?: \d{3})* \d{1,2}(?: \d{3})+$|^\d+(?: \d+){3,}$")


def _columns_run_together(t: Table) -> bool:
    """Does a category column of a PDF table hold figures, some of them two or more run together –
    the sign of right-aligned columns set so close that their figures read as one cell?"""
    for c in t.columns:
        if c.role not in ("dimension", "text", "label") or c.name == t.label_column:
            continue
        cells = [str(v).strip() for v in t.raw[c.name] if str(v).strip()] if c.name in t.raw.columns else []
        digits = [v for v in cells if re.fullmatch(r"[\d ]+", v)]
        if cells and 2 * len(digits) >= len(cells) and any(_FIGURES_RUN_TOGETHER.match(v) for v in digits):
            return True
    return False


def _attached_files(
    attachments: list[tuple[int | None, str, bytes]], rel: str, before: int, pages: int
) -> tuple[list[Table], list[Block]]:
    """The files attached to a PDF (minutes with their revised budget as an attached workbook, a
    revised timetable as an attached CSV – on the page, only a paperclip or "enligt bilaga 2"):
    a spreadsheet's tables, each on its page and named by its file; a spreadsheet without
    figures, or a text file, as text under the heading "Bifogad fil NAME" (on the attachment's
    page, else the last). A file that cannot be read costs that file only."""
    from .stats_io import NoFiguresError, read_stats_bytes, sheet_lines

    out: list[Table] = []
    text: list[Block] = []

    def as_text(name: str, page: int | None, lines: list[str]) -> None:
        on = page or max(pages, 1)
        if lines:
            text.extend([Block("heading", f"Bifogad fil {name}", on, level=1), *(Block("paragraph", ln, on) for ln in lines)])

    for page, name, data in attachments:
        suffix = Path(name).suffix.lower()
        if suffix in (".txt", ".md"):
            try:
                as_text(name, page, [ln.strip() for ln in decode_bytes(data).splitlines() if ln.strip()])
            except IngestError:
                pass
            continue
        if suffix not in (".xlsx", ".xlsm", ".csv"):
            continue
        try:
            found = read_stats_bytes(data, suffix, rel)
        except NoFiguresError as none:
            # (a timetable of places and dates: its rows as lines, each cell after its column's
            # name – "Ort: Fårösund | Planerad öppning: 17 april 2028 | …")
            as_text(name, page, [ln for _, grid in none.sheets for ln in sheet_lines(grid)[1]])
            continue
        except (IngestError, OSError):
            continue
        for t in found:
            caption = f"{t.caption} (bifogad fil {name})"
            out.append(replace(t, id=f"{rel}#t{before + len(out) + 1}", document=rel, caption=caption, page=page))
    return out, text


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
    turns = mail = digest = None
    if kind == "docx":
        blocks, title, cut, tables = docx_blocks(path, limits, rel)
    else:
        text, cut = read_text(path, limits)
        if kind == "txt" and looks_like_rtf(text):
            # an RTF document (WordPad's, a case system's export – also when saved as .txt): its text
            text = rtf_text(text)
        mail = mime_message(text) if kind == "txt" else None
        # (… or a mail folder saved as one file: its messages as a thread, in the order sent)
        digest = (mail_digest(text) or mailbox_messages(text)) if kind == "txt" and mail is None else None
        # (a mailing list's digest: its messages as a thread, titled as the list titles it)
        mail = mail or digest
        if mail is not None:
            # a raw e-mail (.eml, or saved as text with its transport headers): the message as a
            # reader sees it, its MIME parts decoded – not its routing headers and encoded copies
            text = mail[2]
        # (a file committed with unresolved merge conflicts: both versions said, not the base –
        # before quote marks go, which ">>>>>>>" would read as)
        text = without_merge_conflicts(text) or text
        if kind == "txt":
            # (a web page saved by a text browser: without its link numbers and list of addresses)
            text = without_link_numbers(text) or text
        # an e-mail's quoted replies ("> Hej Karin, > > Den 27 januari …"): the text without its
        # quote marks, so that its sentences read as sentences
        text = re.sub(r"(?m)^[ \t]*(?:>[ \t]?)+", "", text)
        if kind == "txt":
            # (a Google Docs text export's comments, "[a]…" at its end, where they are anchored)
            text = comments_inline(text) or text
        turns = transcript_turns(text) if kind == "txt" else None
        calendar = calendar_events(text) if kind == "txt" and not turns else None
        exported = (json_document(text) or xml_document(text)) if kind == "txt" and not (turns or calendar) else None
        if exported:
            # a JSON or XML export (saved as .json, .xml or .txt): its objects as sections of
            # "nyckel: värde" lines
            title, blocks = exported[0] or title_from_name(rel), exported[1]
        elif calendar:
            # a calendar export (iCalendar): an event a section, its time, place and status as lines
            title, blocks = calendar[0] or title_from_name(rel), calendar[1]
        elif turns:
            # a meeting transcript (WebVTT, SRT): a turn per speaker, titled by its file's name
            blocks, title = [Block("paragraph", t, 1) for t in turns], title_from_name(rel)
        elif kind == "txt" and (wiki := mediawiki_markdown(text) or dokuwiki_markdown(text) or org_markdown(text) or rst_markdown(text) or asciidoc_markdown(text) or newsletter_markdown(text)) is not None:
            # a DokuWiki page's source: its headings, tables (a cell spanned from above filled
            # in), struck text and footnotes read as the Markdown they mean; an Org-mode file's
            # headings with their states, properties and planning lines, not its comments; an
            # AsciiDoc source's attributes written in where used, only its blocks whose conditions hold
            blocks, title, tables = markdown_blocks(wiki, rel)
        elif kind == "md":
            # (a MyST page – Jupyter Book's, Sphinx's – as the Markdown it shows)
            # (… and an MDX page – Docusaurus' – with its exports written in and its components' values)
            blocks, title, tables = markdown_blocks(myst_markdown(text) or mdx_markdown(text) or text, rel)
        else:
            blocks, title, tables = plain_blocks(text, rel)
        if kind == "txt":
            blocks = email_messages(blocks)
        subject = re.search(r"(?im)^\s*(?:ämne|subject)\s*:\s*(.{3,120}?)\s*$", text[:3000])
        if subject and kind == "txt" and re.match(r"(?i)\s*(?:från|from|till|to|datum|date|skickat|sent|ämne|subject)\s*:", title):
            # (an e-mail is titled by its subject, not by its first header line "Från: …" – nor
            # by its subject line with the label and the replies' "SV: SV:")
            title = re.sub(r"^(?:(?:SV|VB|RE|FW|Fwd|AW)\s*:\s*)+", "", subject.group(1), flags=re.I)
        if digest is not None:
            title = digest[0]
    if not any(b.kind != "heading" for b in blocks) and not tables:
        raise IngestError("innehåller ingen text")
    chunks = chunk_blocks(blocks, rel, paged=False) if any(b.kind != "heading" for b in blocks) else []
    facts = _text_document_facts(path, kind, title, blocks)
    if mail is not None and mail[1]:
        facts = merge(DocumentFacts(date=mail[1]), facts)  # (the day the message was sent)
    if not facts.date and (day := _day_in_name(rel)):
        # (a transcript's day is its file's name's; so is an annex's, "Bilaga2_…_2026-03-02.docx",
        # that writes none in its first lines)
        facts = merge(facts, DocumentFacts(date=day))
    doc = Document(
        path=rel,
        sha256=sha,
        kind=kind,
        title=facts.title or title_from_name(rel),
        pages=0,
        author=facts.author,
        organisation=facts.organisation,
        date=facts.date,
    )
    notes = (text_cut_note(limits),) if cut else ()
    return FileResult(doc, chunks, tables, page_texts=["\n".join(c.text for c in chunks)], notes=notes)


def _day_in_name(rel: str) -> str:
    """An ISO day in a file's name ("protokoll_2026-03-02.docx" → "2026-03-02"); "" when none."""
    day = re.search(r"(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)", Path(rel).stem)
    return day.group(0) if day else ""


def _text_document_facts(path: Path, kind: str, title: str, blocks: list[Block]) -> DocumentFacts:
    """Title, author, organisation and date of a DOCX/TXT/MD file: labelled fields of its
    first lines ("Författare:", "Datum:") before the DOCX core properties, whose title wins
    over the first heading when it is a real one."""
    first_heading = next((b.text for b in blocks if b.kind == "heading"), "")
    facts = text_facts(real_title(title) or first_heading or title, [b.text for b in blocks])
    starts = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.text.startswith(MESSAGE_HEADING)]
    if len(starts) > 1:
        # (a thread's organisation is its first message's – not a forwarded or attached one's:
        # "PROTOKOLLSUTDRAG / Regionala utvecklingsnämnden" of the minutes an e-mail forwards)
        facts = replace(facts, organisation=text_facts(facts.title, [b.text for b in blocks[: starts[1]]]).organisation)
    if kind != "docx":
        return facts
    props = docx_properties(path)
    signed = [metadata_date(sig["when"]) for sig in package_signatures(path) if sig["when"]]
    if signed and signed[-1]:
        # a decision signed in Word is of the day it was signed – not of the earlier decision its
        # text refers to, nor of when its file was first made
        facts = replace(facts, date=signed[-1])
    if real_title(title) and props.title and fold(title) != fold(props.title):
        # (the body's own title – a Title paragraph, a bold first line – has replaced the property)
        return merge(DocumentFacts(title=title), merge(facts, props))
    return merge(DocumentFacts(title=props.title), merge(facts, props))


# ---------------------------------------------------------------- CSV / XLSX


def _fixed_width_report(path: Path, limits: Limits) -> bool:
    """Is a .csv file a report set out with spaces – a header over a full rule, then rows – rather
    than a list of separated fields: no semicolon, tab, pipe or quote on its rows, a comma only inside a
    figure ("5,7"), and a space-aligned table holding most of its lines?"""
    from .plain_tables import aligned_tables

    with path.open("rb") as f:
        head = decode_bytes(f.read(64_000))
    if not re.search(r"(?m)^[ \t]*([-=])\1{9,}[ \t]*\r?$", head[:16_000]):
        return False  # (no full rule under a header: no such report, and nothing more to read)
    lines = head.splitlines()
    tables = [t for t in aligned_tables(lines) if len(t.rows) >= 6]
    if not tables:
        return False
    body = [ln for t in tables for ln in lines[t.start:t.end]]
    if any(ch in ln for ln in body for ch in ';\t"|'):
        return False
    if any(re.search(r"(?<!\d),|,(?!\d)", ln) for ln in body):
        return False
    filled = sum(1 for ln in lines if ln.strip())
    return sum(t.end - t.start for t in tables) * 2 >= filled


def _load_stats(path: Path, rel: str, sha: str, kind: str, limits: Limits = DEFAULT_LIMITS) -> FileResult:
    from .stats_io import NoFiguresError, read_stats_file
    from .tables.codes import decode_inline, decode_workbook, name_coded_columns
    from .tables.consolidate import stack_group_sheets, stack_place_sheets, stack_year_sheets
    from .tables.corrections import apply_corrections
    from .tables.fiscal import months_with_years
    from .tables.places import merge_place_spellings
    from .tables.records import split_record_types
    from .tables.slots import unnest_slots

    try:
        tables = read_stats_file(path, rel, limits)
    except NoFiguresError as none:
        if Path(rel).suffix.lower() == ".txt" and not _delimited_records(decode_bytes(path.read_bytes())):
            raise  # (the caller reads it as the text it then is)
        # (… unless it is an export of records, figures or not: an action list saved as .txt)
        # a calendar, a contact list: no figures to compute with, but text to find and quote
        return _load_sheets_as_text(rel, sha, kind, none.sheets)
    # (a register of two kinds of records – a participant, then their activities – is two tables)
    tables = [x for t in tables for x in split_record_types(t)]
    # (… and a JSON answer flattened into columns, "values.0.value" …, its list items rows again)
    tables = [unnest_slots(t) for t in tables]
    # (… and months without their year, "jul" … "jun", given the years the title says: "2023/24")
    tables = [months_with_years(t) for t in tables]
    # (a register's codes written out by the workbook's own key: "Kön" 2 is "Kvinna (2)")
    tables, key = decode_workbook(tables, path, limits)
    # (… and its columns named by their codes, "V01" … "V06", by the sheet that explains them)
    tables, column_keys = name_coded_columns(tables, path, limits)
    # (… or by a key in its own title lines: "KON: 1=MAN 2=KVINNA")
    tables = [decode_inline(t) for t in tables]
    # (a register's "NYKÖPING", "Nykoping" and "Nyköpings kommun" are one place)
    tables = [merge_place_spellings(t) for t in tables]
    # (a sheet of corrections to published figures, "Ändringslogg": applied, and read as text)
    tables, logs = apply_corrections(tables)
    if logs:
        from .stats_io import read_sheets

        column_keys = [*column_keys, *((n, g) for n, g in read_sheets(path, limits) if n in logs)]
    # a workbook's template sheet ("Mall", "Kommunblad …: Exempelkommun (MALL – kopiera bladet)")
    # holds example figures, no place's: left out – round 206's had 12,5 % on social assistance
    templates = [t for t in tables if _is_template(t)]
    notes: tuple[str, ...] = ()
    if templates and len(templates) < len(tables):
        tables = [t for t in tables if t not in templates]
        sheets = sorted({t.sheet or t.caption for t in templates})
        notes = (f"bladet {', '.join(f'”{x}”' for x in sheets)} är en mall med exempelsiffror och lästes inte som statistik",)
    places = stack_place_sheets(tables)
    tables += stack_year_sheets(tables) + places
    # (a sheet per group of places – sub-regions –: their municipalities together as well)
    tables += stack_group_sheets(tables)
    # (a workbook of a sheet per place is titled by what its sheets share: its first sheet's
    # caption, "Kommunfakta – Ragunda kommun", had titled every other sheet's quote "Ragunda")
    title = (places[0].caption.rsplit(", per ", 1)[0] if places else tables[0].caption) or title_from_name(rel)
    doc = Document(path=rel, sha256=sha, kind=kind, title=title, pages=0)
    texts = ([key] if key is not None else []) + [k for k in column_keys if key is None or k[0] != key[0]]
    if not texts:
        return FileResult(doc, [], tables, notes=notes)
    # (the key sheets are text to quote, under their own title lines)
    key_text = _load_sheets_as_text(rel, sha, kind, texts)
    return FileResult(doc, key_text.chunks, tables, page_texts=key_text.page_texts, notes=notes)


# a sheet that is a template to copy: named so, or titled so ("… (MALL – kopiera bladet)")
_TEMPLATE_SHEET = re.compile(r"^(?:mall|mallblad|template|exempelblad)\b", re.I)
_TEMPLATE_TITLE = re.compile(r"\(\s*mall\b|\bmall\s*[–-]\s*kopiera\b|\bkopiera (?:detta |det här )?blad|\bcopy this sheet\b|\btemplate\b", re.I)


def _is_template(t: Table) -> bool:
    """Is a workbook table a template's example (its sheet named "Mall" or "Template", its title
    saying "(MALL – kopiera bladet)")?"""
    return bool(t.sheet and _TEMPLATE_SHEET.match(t.sheet.strip())) or bool(_TEMPLATE_TITLE.search(t.caption))


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
    # (dated by its file name, as a text document is: "atgardslista_export_2027-01-18.txt")
    doc = Document(path=rel, sha256=sha, kind=kind, title=title or title_from_name(rel), pages=0, date=_day_in_name(rel))
    return FileResult(doc, chunks, [], page_texts=["\n".join(c.text for c in chunks)])
