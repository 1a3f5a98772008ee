"""Turn extracted page text into clean structural blocks.

Extracted PDF text arrives as lines broken where the layout broke them, with running
headers/footers and words hyphenated at line ends. This module removes the boilerplate,
joins the hyphenated words, reflows lines into paragraphs and keeps bullets and headings,
so that chunks read like the document and quotes can be found again on their page.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .swedish import ENDS_IN_ABBREVIATION, SUSPENDED_NEXT

BULLET_RE = re.compile(r"^\s*(?:[•●▪■◦·\-–*]|\d{1,2}[.)]|[a-z][.)])\s+")
PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:sida|page|s\.)\s*)?\d{1,4}(?:\s*(?:\(\s*\d{1,4}\s*\)|/\s*\d{1,4}|av\s+\d{1,4}|of\s+\d{1,4}))?$",
    re.IGNORECASE,
)
_SENTENCE_END = tuple(".!?:;")
# Words that follow a "suspended" hyphen: "hälso- och sjukvård", "för- eller eftermiddag".


@dataclass(frozen=True)
class Block:
    kind: str  # "heading" | "paragraph" | "bullet"
    text: str
    page: int  # 1-based page where the block starts
    level: int = 0  # heading level (1 = top)
    page_end: int = 0  # last page the block touches (0 = same as page)


def skeleton(line: str) -> str:
    """A line with its numbers masked, so "37 (52)" and "38 (52)" look alike."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))


def _figure_skeleton(sk: str) -> bool:
    """A masked line that is a figure – grouped thousands, decimals, a sign or a per cent – not a
    page number ("#", "# (#)", "# / #")."""
    return not re.search(r"[^\W\d_]", sk.replace("#", "")) and bool(re.search(r"# #|[,%‰]|^[-−+]", sk))


def find_boilerplate(pages: list[list[str]], edge: int = 3) -> tuple[set[str], set[str]]:
    """Skeletons of lines that repeat across pages: (edge lines, lines anywhere).

    Running headers and footers vary only in their page number; a line whose skeleton
    appears within `edge` lines of a page's top or bottom on at least 40 % of the pages
    (and on 3 or more) is boilerplate – of a two-page document, a line that opens or closes both
    pages (of their first or last two). Some PDFs put the footer text in the middle of the
    extraction order ("Justerandes sign"): a line of two or more words found anywhere on
    70 % of the pages is boilerplate too.
    """
    if len(pages) == 2:
        # a two-page document: the first two or last two lines of both pages, alike but for a page
        # number ("Projektbeskrivning Kompetenslyft Industri – sida 1" / "– sida 2"; a PDF may
        # store its footer right after its header)
        first, second = ([ln for ln in p if ln.strip()] for p in pages)
        ends = lambda lines: {skeleton(ln) for ln in lines[:2] + lines[-2:]}  # noqa: E731
        both = {sk for sk in ends(first) & ends(second) if sk and len(sk.split()) >= 2}
        return both, set()
    if len(pages) < 3:
        return set(), set()
    counts: Counter[str] = Counter()
    anywhere: Counter[str] = Counter()
    numbers: dict[str, list[tuple[str, ...]]] = {}
    for lines in pages:
        nonempty = [ln for ln in lines if ln.strip()]
        edges = nonempty[:edge] + nonempty[-edge:]
        counts.update({skeleton(ln) for ln in edges})
        anywhere.update({skeleton(ln) for ln in nonempty})
        for ln in nonempty:
            numbers.setdefault(skeleton(ln), []).append(tuple(re.findall(r"\d+", ln)))
    need = max(3, int(0.4 * len(pages) + 0.5))
    need_any = max(3, int(0.7 * len(pages) + 0.5))
    # (a figure alone is no running line however alike it looks: "9 874" and "1 402", a slide's key
    # figure under its title on every page, are "# ###" as much as a page number is "#")
    # (… nor is a list's row: a running line's numbers stay as they are but for one, its page
    # number – "2024-01-17 Olofström Tillverkning 120" and "2024-07-03 Olofström Tillverkning 55",
    # rows of a register of notices on each page, differ in four and had been stripped as running)
    edge_set = {sk for sk, n in counts.items() if n >= need and sk and not _figure_skeleton(sk) and _one_number_varies(numbers[sk])}
    any_set = {
        sk for sk, n in anywhere.items()
        if n >= need_any and len(sk.split()) >= 2 and len(sk) < 100 and not _figure_skeleton(sk) and _one_number_varies(numbers[sk])
    }
    return edge_set, any_set


def _one_number_varies(tuples: list[tuple[str, ...]]) -> bool:
    """Do the numbers of a line's occurrences vary in one place at most (a page number)? A place
    varies when no one number stands there in half the occurrences: a letterhead's "2018-01-30"
    stays running beside one "2018-02-01" elsewhere, a list's dates and counts vary in three."""
    if len(set(tuples)) <= 1:
        return True
    width = {len(t) for t in tuples}
    if len(width) != 1:
        return True  # ("Sida 9" and "Sida 10" mask alike; digits of another count say nothing here)
    n = len(tuples)
    # (places that always hold the same number vary as one: "Tabell 5 …, avsnitt 5" on every page)
    places = {tuple(t[k] for t in tuples) for k in range(width.pop()) if Counter(t[k] for t in tuples).most_common(1)[0][1] * 2 < n}
    return len(places) <= 1


_TOC_RE = re.compile(r"(\.\s?){4,}\s*\d{1,4}\s*$|…{2,}\s*\d{1,4}\s*$")


def strip_boilerplate(pages: list[list[str]], edge: int = 3, protected: frozenset[str] = frozenset()) -> list[list[str]]:
    """Remove running headers/footers, bare page numbers and table-of-contents lines.
    ``protected``: lines that are content whatever they look like – a table's rows written as
    lines, which end one page and start the next alike ("Nr: 4.32 | Handlingstyp: …" beside
    "Nr: 4.38 | …" had been taken for a running footer and lost)."""
    boiler, anywhere = find_boilerplate([[ln for ln in lines if ln not in protected] for lines in pages], edge)
    out = []
    said: set[str] = set()  # running lines kept once, where they first stand
    for lines in pages:
        idx = [i for i, ln in enumerate(lines) if ln.strip() and ln not in protected]
        edge_idx = set(idx[:edge] + idx[-edge:])
        kept = []
        for i, ln in enumerate(lines):
            if ln in protected:
                kept.append(ln)
                continue
            sk = skeleton(ln)
            # (a minutes' paragraph mark over its item, "§ 45 2026.131 BUN" at each page's top, is
            # no running line however alike its skeleton: the paragraph's number, lost with it)
            running = not PARAGRAPH_MARK.match(ln.strip()) and (
                (i in edge_idx and (sk in boiler or PAGE_NUMBER_RE.match(ln.strip()))) or sk in anywhere
            )
            if running or _TOC_RE.search(ln):
                # (a letterhead's "Datum 2025-05-12 Dnr RS 2025-00412" is said once, on the first
                # page – stripped from every page, no passage held the decision's date and number)
                if running and not out and sk not in said and _dated_field(ln):
                    said.add(sk)
                    kept.append(ln)
                continue
            kept.append(ln)
        out.append(kept)
    return out


def _dated_field(line: str) -> bool:
    """A running line that states a date or a case number ("Datum 2025-05-12 Dnr RS 2025-00412"),
    not a page number, an address or a title."""
    # (a footer that carries its page – "… | Datum: 2025-10-07 | 37 (52)" – is the footer, said by the facts)
    carries_page = re.search(r"\d+\s*\(\s*\d+\s*\)\s*$|\b(?:sida|page|s\.)\s*\d+|\d+\s*/\s*\d+\s*$", line, re.I)
    # (… a labelled field: a bare "2026-06-16" over every page of minutes is their running date)
    return bool(re.search(r"\b(?:datum|dnr|diarienummer|diarienr|ärendenummer|beslutsdatum)\b", line, re.I)) and not carries_page


def join_hyphenated(first: str, second: str) -> str | None:
    """Join `first` (ending in a hyphen) with the next line, or None to keep them apart.

    "arbets-" + "marknaden" → "arbetsmarknaden"; but "ESF-" + "rådet" keeps the hyphen
    (an acronym compound), "hälso-" + "och sjukvård" is a suspended hyphen, and
    "20–" + "29 år" is a range.
    """
    m = re.search(r"(\S*?)([A-Za-zÅÄÖåäöÉéÜü]+)-$", first.rstrip())
    if not m:
        return None
    nxt = second.lstrip()
    if not nxt:
        return None
    word = nxt.split()[0]
    if word.lower().strip(",.") in SUSPENDED_NEXT:
        return first.rstrip() + " " + nxt
    stem = m.group(2)
    if stem.isupper() or any(ch.isdigit() for ch in m.group(1)):
        # ESF-rådet, ROM2-leverantör: the hyphen belongs to the word.
        return first.rstrip() + nxt
    if word[0].islower():
        return first.rstrip()[:-1] + nxt
    # Next word capitalised ("Västhaga-" + "Solhaga"): a real hyphenated name.
    return first.rstrip() + nxt


# a checklist's box ("[ ] 1.1  Kontrollera …", "[X] Ändrad budget", "☐ …"): an item of its own,
# its box kept in the text (whether it is ticked is what a form says)
_CHECKBOX_RE = re.compile(r"^\s*(?:\[[ xX✓✔]?\]|[☐☑☒])\s+")


def _is_bullet(line: str) -> bool:
    return bool(BULLET_RE.match(line) or _CHECKBOX_RE.match(line))


def _strip_bullet(line: str) -> str:
    if m := _CHECKBOX_RE.match(line):
        # (an empty box says nothing; a ticked one is kept)
        return line[m.end():].strip() if not m.group(0).strip("[]☐ \t") else line.strip()
    return BULLET_RE.sub("", line, count=1).strip()


def reflow(
    pages: list[list[str]],
    headings: set[str] | None = None,
    heading_levels: dict[str, int] | None = None,
    guess_titles: bool | None = None,
) -> list[Block]:
    """Reflow cleaned page lines into blocks (headings, paragraphs, bullets).

    `headings` holds normalised texts known to be headings (from font sizes); lines equal
    to one become heading blocks. Without it, headings are guessed conservatively.
    A paragraph may continue over a page break when the page ends mid-sentence.
    ``guess_titles``: whether a numbered line between blank lines may be a heading (by default
    only when no headings are known).
    """
    if guess_titles is None:
        guess_titles = not headings
    headings = headings or set()
    heading_levels = heading_levels or {}
    blocks: list[Block] = []
    cur: list[str] = []
    cur_kind = "paragraph"
    cur_page = 1
    cur_last_page = 1

    bullet_indent = 0  # where the current bullet's mark is set in (a plain text's spaces)
    dated = False  # the block is a bare date line waiting for its event ("14 april" / "Sista ansökningsdag")
    pending_mark: tuple[str, str | None] | None = None  # a paragraph mark waiting for its item's title

    def flush() -> None:
        nonlocal cur, cur_kind, dated
        dated = False
        if cur:
            text = re.sub(r"\s+", " ", " ".join(cur)).strip()
            if text:
                blocks.append(Block(cur_kind, text, cur_page, page_end=cur_last_page))
        cur = []
        cur_kind = "paragraph"

    pages = [_chart_values_under_labels(lines) for lines in pages]
    line_lengths = [len(ln.strip()) for lines in pages for ln in lines if ln.strip()]
    typical = sorted(line_lengths)[int(len(line_lengths) * 0.8)] if line_lengths else 80

    for pno, lines in enumerate(pages, start=1):
        for i, raw in enumerate(lines):
            line = raw.strip()
            if not line:
                # Blank lines end paragraphs, but a bullet whose text wraps keeps going.
                flush()
                continue
            norm = normalise_heading(line)
            if (
                (mark := _mark_only(line))
                and (nxt := next((x.strip() for x in lines[i + 1:] if x.strip()), ""))
                and (normalise_heading(nxt) in headings or (guess_titles and _title_like(nxt)))
            ):
                # "§ 45 2026.131 BUN" over "Lokalförsörjningsplan 2026-2031": the item's heading is
                # "§ 45 Lokalförsörjningsplan 2026-2031" (asked for as "vad beslutades i § 45?"),
                # its case number a line under it
                flush()
                pending_mark = (mark.group(1), mark.group(2))
                continue
            if norm in headings or pending_mark:
                flush()
                text = line
                if pending_mark:
                    text = f"{pending_mark[0]} {line}"
                level = heading_levels.get(norm, 1 if norm in headings else 2)
                blocks.append(Block("heading", text, pno, level=level, page_end=pno))
                if pending_mark and (dnr := pending_mark[1]) and re.search(r"\d", dnr):
                    dnr = dnr if dnr.lower().startswith("dnr") else f"Dnr {dnr}"
                    blocks.append(Block("paragraph", dnr, pno, page_end=pno))
                pending_mark = None
                continue
            if _PARAGRAPH_HEADING.match(line) and not line.endswith(_SENTENCE_END):
                # "§ 5 Ansökan om medfinansiering – Gruvkompetens Malmfälten" on a line of its own:
                # a minutes' item, a heading whatever its type (set in the body's size and bold, the
                # items of a protocol had run together into one paragraph)
                flush()
                blocks.append(Block("heading", re.sub(r"\s{2,}", " ", line), pno, level=heading_levels.get(norm, 2), page_end=pno))
                continue
            if guess_titles and not cur and (i == 0 or not lines[i - 1].strip()) and (
                _sub_heading(line, lines[i + 1].strip() if i + 1 < len(lines) else "")
                # (… or set apart by blank lines on both sides: "Ansökan och beslut" over "9 § En
                # ansökan …" of a statute copied as text)
                or (i + 1 < len(lines) and not lines[i + 1].strip() and (
                    _sub_heading(line, after := _next_text(lines, i + 1)) or _caps_heading(line, after)
                ))
            ):
                # minutes saved as text: "Ärendebeskrivning", "Kommunstyrelsens beslut",
                # "Reservation" on a line of their own over the text they head – the parts of an
                # item, asked for as "vad beslutade …", "reserverade sig någon?"
                blocks.append(Block("heading", line, pno, level=3, page_end=pno))
                continue
            if guess_titles and not cur and (i + 1 == len(lines) or not lines[i + 1].strip() or (
                (i == 0 or not lines[i - 1].strip()) and _indented_under(raw, lines[i + 1])
            )) and (
                level := _standalone_title(line)
            ):
                # a plain text's numbered title on a line of its own between blank lines ("2. 37
                # företag fick innovationscheckar 2025 – ny utlysning i januari"): a heading, not a
                # numbered item – a newsletter's items had run together into three chunks
                # (under a text's underlined headings, below the deepest of them: an agenda's
                # items sit under "MINNESANTECKNINGAR" beside "ÅTGÄRDSPUNKTER", not over it)
                blocks.append(Block("heading", line, pno, level=level + max(heading_levels.values(), default=0), page_end=pno))
                continue
            if _BARE_DATE.fullmatch(line) and not (cur and cur[-1].endswith(("-", "–", ","))):
                # a timeline's date on a line of its own over its event ("14 april" / "Sista
                # ansökningsdag"): the two are one line "14 april: Sista ansökningsdag", apart from
                # the next date and its event
                flush()
                cur, cur_kind, cur_page, cur_last_page, dated = [line + ":"], "paragraph", pno, pno, True
                continue
            if dated and cur:
                cur.append(line)
                cur_last_page = pno
                # (an event wrapped in its column goes on: "Q3 2025" / "Upphandling av" /
                # "bokningsplattform" – a line after a comma or a small word, or in lower case)
                while i + 1 < len(lines) and (nxt := lines[i + 1].strip()) and not _BARE_DATE.fullmatch(nxt) and not _DATED_LINE.match(nxt) and (
                    nxt[:1].islower() or nxt[:1].isdigit() or cur[-1].endswith(",") or cur[-1].rsplit(None, 1)[-1].lower() in _JOINING_WORDS
                ) and len(" ".join(cur)) < 120:
                    cur.append(nxt)
                    lines[i + 1] = ""  # (taken: the loop meets a blank there, after this block's flush)
                flush()
                continue
            if _is_bullet(line):
                flush()
                cur, cur_kind, cur_page, cur_last_page = [_strip_bullet(line)], "bullet", pno, pno
                bullet_indent = _indent(raw)
                continue
            if (lead := _LEADER.search(line)) and (
                re.search(r"[^\W\d_]", line[lead.end():]) or re.fullmatch(r"\s*(?:19|20)\d\d-\d\d-\d\d\s*", line[lead.end():])
            ):
                # ("Sista anbudsdag ……… 2025-04-30": a date is the field's value, never a page number)
                # (a table of contents' "Kapitel …… 7" leads to a page number, not a value: as before)
                # "Sekreterare ……… Maria Holm": a field and its value, a line of its own – run
                # into the next it would give "Maria Holm Ordförande" as one name
                flush()
                field = _LEADER.sub(": ", line).strip(" :")
                if field:
                    blocks.append(Block("paragraph", field, pno, page_end=pno))
                continue
            if cur and is_key_figure(line) and not cur[-1].endswith(_SENTENCE_END) and len(cur[-1]) < max(0.8 * typical, 60):
                # a fact sheet's key figure under its label ("Arbetslöshet 16–64 år" / "5,9 %"):
                # one line "label: figure" of its own, not a run of every label and figure
                label = cur.pop()
                flush()
                blocks.append(Block("paragraph", f"{label}: {line}", pno, page_end=pno))
                continue
            if cur:
                prev = cur[-1]
                joined = join_hyphenated(prev, line) if prev.endswith("-") else None
                if joined is not None:
                    cur[-1] = joined
                    cur_last_page = pno
                    continue
                # A short line that ends a sentence closes the paragraph.
                if prev.endswith(_SENTENCE_END) and len(prev) < 0.6 * typical and line[:1].isupper():
                    flush()
                # A bullet item that did not wrap (its line is short) is over when a capitalised
                # line follows: that is the paragraph after the list, not more of the item.
                elif cur_kind == "bullet" and len(prev) < 0.6 * typical and line[:1].isupper():
                    flush()
                # A line set in at the bullet's own mark, not at its text ("   – Olof berättade …" /
                # "     möjligheten …" / "   BESLUT: Lena Ek …"): the text after the list, not the item's wrap
                elif cur_kind == "bullet" and bullet_indent >= 2 and _indent(raw) == bullet_indent and prev.endswith(_SENTENCE_END):
                    flush()
                # A list of people, one per line ("Henrik Ståhl, Region Blekinge" under "Lena
                # Ekholm, Region Värmland (ordförande)"): each its own line, not one run of names
                # and organisations where "Blekinge Karin Lindqvist" reads as a name
                elif _PERSON_LINE.match(line) and _PERSON_LINE.match(prev) and len(prev) <= 80 and not prev.endswith(_SENTENCE_END):
                    flush()
                # Items that each open with the same label ("Åtgärd: … Ansvarig: … Klart: 2025-10-31"
                # line after line): each its own paragraph, so that one item's date never runs
                # into the next item's task
                elif (lab := LABEL_OPEN.match(line)) and (plab := LABEL_OPEN.match(prev)) and lab.group(1) == plab.group(1):
                    flush()
                # A timeline or a programme, a date or a time opening each line ("10 feb
                # Utlysningen öppnar" / "14 april Sista ansökningsdag" / "Vecka 25 Beslut
                # meddelas"; "09.30 Välkommen"): each its own line, so that a date stays with its event
                elif _DATED_LINE.match(line) and _DATED_LINE.match(prev) and len(prev) < typical:
                    flush()
                # Rows of a table set as text, each a label and its figures ("Kompetensförsörjning
                # 2,5 50 %" / "Digitalisering 1,5 50 %"): each row a line of its own
                # (… the first of them too, after its header: the next line is a row as well)
                elif (
                    _is_figure_row(line) and len(prev) <= max(typical, 60) and not prev.endswith(_SENTENCE_END)
                    and (_is_figure_row(prev) or (i + 1 < len(lines) and _is_figure_row(lines[i + 1].strip())))
                ):
                    flush()
                # Numbered items, a sentence each ("5.1 Anbudsgivaren ska …" / "5.2 Ansvarig …"):
                # each its own paragraph, not one run of every requirement
                elif re.match(r"^\d+\.\d+(?:\.\d+)*\s+[A-ZÅÄÖ]", line) and prev.endswith(_SENTENCE_END) and not headings:
                    flush()
                # Items coded by a letter and a number ("V1 Investeringen ska …" / "V2 …", the
                # conditions of a decision): each its own paragraph, whatever the fonts – one run
                # of them had quoted the lead-in with the first and a condition with the next
                elif CODED_ITEM.match(line) and (prev.endswith((*_SENTENCE_END, ":")) or cur_kind == "bullet"):
                    flush()
                elif not headings and _looks_like_heading(line, prev, lines[i + 1].strip() if i + 1 < len(lines) else ""):
                    flush()
                    blocks.append(Block("heading", line, pno, level=2, page_end=pno))
                    continue
            if not cur:
                cur_page = pno
            cur.append(line)
            cur_last_page = pno
        # Page break: a paragraph that ended its sentence does not continue.
        if cur and cur[-1].endswith((".", "!", "?")):
            flush()
    flush()
    return blocks


_MONTH_WORD = r"(?:jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?|sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
_DATED_LINE = re.compile(
    rf"^(?:\d{{1,2}}\s+{_MONTH_WORD}(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|[Vv]ecka\s+\d{{1,2}}|[Vv]\.\s*\d{{1,2}}"
    r"|(?:[Kk]l\.\s*)?\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?"
    # (a quarter of a year: a plan's "Q4 2025 Pilot i 6 servicepunkter", "Kv 1 2026 Utvärdering")
    r"|(?:Q|K|Kv\.?|[Kk]vartal)\s?[1-4]\s+(?:19|20)\d\d)\s+\S",
    re.I,
)
# (a date with its year alone on a line – "2026-06-16", "16 juni 2026" – is as often a page's
# running date or a signature's as a timeline's: only a timeline's day and month, or week)
# (… nor a time alone: "kl. 14:00-17:45" over "Beslutande …" is a protocol's field, not an event)
_BARE_DATE = re.compile(rf"(?:\d{{1,2}}\s+{_MONTH_WORD}|[Vv]ecka\s+\d{{1,2}}|(?:Q|Kv\.?|[Kk]vartal)\s?[1-4]\s+(?:19|20)\d\d)", re.I)
# small words a wrapped line ends on before its continuation ("Upphandling av" / "bokningsplattform")
_JOINING_WORDS = frozenset("av i till och för med på om från vid mot inom under efter som att eller samt".split())
# a line that ends in figures, not a year: "Grön omställning och energi 3,5 50 %"
_ROW_OF_FIGURES = re.compile(r"[^\W\d_]{3,}[^\n]*?\s(?!(?:19|20)\d\d\b)\d[\d\s\u00a0]*(?:[.,]\d+)?\s*(?:%|kr|mnkr|tkr|st)?(?:\s+\d[\d\u00a0]*(?:[.,]\d+)?\s*(?:%|kr|mnkr|tkr)?)*$")
def _is_figure_row(line: str) -> bool:
    """A row of a table set as text: a short label (five words at most) and its figures –
    not a line of prose that happens to end in a number ("… baseras på 2 509")."""
    m = _ROW_OF_FIGURES.search(line)
    if m is None:
        return False
    label = re.sub(r"[\d\s\u00a0.,%]+(?:kr|mnkr|tkr|st)?[\d\s\u00a0.,%]*$", "", line).strip()
    return 0 < len(label.split()) <= 5


_PERSON_LINE = re.compile(r"^[A-ZÅÄÖ][a-zåäöéü-]+(?:\s+[A-ZÅÄÖ][a-zåäöéü-]+){1,2},\s+\S")
_PARAGRAPH_HEADING = re.compile(r"^§\s*\d{1,4}[a-z]?\s+[A-ZÅÄÖ][^.]{2,90}$")
# a minutes' paragraph mark alone or with its case number ("§ 45 2026.131 BUN", "§48"), the item's
# title on the next line
PARAGRAPH_MARK = re.compile(r"^(§\s*\d{1,4}[a-z]?)(?:\s+((?:[Dd]nr\.?\s*)?[\dA-ZÅÄÖ][\w.:/-]*(?:\s+[\w.:/-]+){0,3}))?$")
# an item coded by a letter or two and a number: "V1 Investeringen …", "K12 Kommunen …"
CODED_ITEM = re.compile(r"^[A-ZÅÄÖ]{1,2}\d{1,2}\s+[A-ZÅÄÖ][a-zåäö]")
LABEL_OPEN = re.compile(r"^([A-ZÅÄÖ][a-zåäö]{2,20}):\s")  # a line that opens with a label: "Åtgärd: …"
_LEADER = re.compile(r"\s*(?:…{2,}|(?:\.\s?){4,}|_{4,})\s*")


def _chart_values_under_labels(lines: list[str]) -> list[str]:
    """A chart's values printed above its bars and its labels below them come out value, label,
    value, label … ("5 840" / "Kv 1 2024" / "7 310" / "Kv 2 2024"): a run of such lines that
    opens with a value and closes with a label pairs each value with the label after it, as
    lines "Kv 1 2024: 5 840" of their own (read the other way, every quarter had taken the next
    one's figure). A run that opens with a label (a fact sheet's label over its figure) is left
    to the reflow; one that opens and closes with values says nothing of its pairs."""
    def label(x: str) -> bool:
        x = x.strip()
        return bool(x) and not is_key_figure(x) and len(x) <= 40 and len(x.split()) <= 5 and not x.endswith(_SENTENCE_END)

    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and is_key_figure(lines[j]) and label(lines[j + 1]):
            j += 2
        opens = i == 0 or not label(lines[i - 1])  # (no label over the first value)
        closes = j >= len(lines) or not is_key_figure(lines[j])  # (no value under the last label)
        if j - i >= 4 and opens and closes:  # two pairs or more
            for k in range(i, j, 2):
                out += [f"{lines[k + 1].strip()}: {lines[k].strip()}", ""]
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


def is_key_figure(line: str) -> bool:
    """A line that is a figure and nothing else: "5,9 %", "12 400", "451 705", "14 av 26", "3 460
    st" – not a bare year ("2025" under a title), a page number, a date or a case number."""
    line = line.strip()
    return bool(_KEY_FIGURE.fullmatch(line)) and not re.fullmatch(r"\(?(?:19|20)\d\d\)?|\d{1,3}", line)


_KEY_FIGURE = re.compile(
    r"[−-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?\s*(?:%|procent|st|kr|tkr|mnkr|mkr|personer)?|\d+\s+(?:av|of)\s+\d+"
)


def _standalone_title(line: str) -> int:
    """The level of a numbered title ("2. Workshop om …", "4.2 Förslaget …": 1, 2) that ends in
    no sentence mark; 0 for any other line."""
    m = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+[A-ZÅÄÖ0-9]", line)
    if not m or len(line) > 100 or line.endswith((".", ":", ";", ",")):
        return 0
    return min(m.group(1).count(".") + 1, 3)


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" "))


def _indented_under(raw: str, nxt: str) -> bool:
    """A line at the margin over an indented one: an agenda item's title ("4. Rekryteringsträff
    logistik" over "   – Sex arbetsgivare …") heads what is set in under it."""
    own = len(raw) - len(raw.lstrip())
    below = len(nxt) - len(nxt.lstrip())
    # (not a numbered sentence that wraps: "1. Kommunstyrelsen godkänner … med" / "   Arbetsförmedlingen …")
    last = raw.split()[-1].lower() if raw.split() else ""
    return bool(nxt.strip()) and own == 0 and below >= 2 and not nxt.strip()[:1].islower() and last not in _JOINING_WORDS


def _mark_only(line: str) -> re.Match | None:
    """A minutes' paragraph mark with no title: "§ 45", "§ 45 2026.131 BUN", "§ 143   Dnr KS 2026/000318"."""
    m = PARAGRAPH_MARK.match(line)
    return m if m and (not m.group(2) or re.match(r"(?i)dnr\b|\d", m.group(2))) else None


def _title_like(line: str) -> bool:
    """A line that may be an item's title: capitalised, short, no sentence."""
    return (
        bool(line[:1].isupper()) and 3 <= len(line) <= 120 and len(line.split()) <= 15
        and not line.endswith((*_SENTENCE_END, ":", ",", ";")) and not _is_bullet(line) and not PARAGRAPH_MARK.match(line)
    )


def _next_text(lines: list[str], i: int) -> str:
    """The first line with text from ``i`` on, stripped ("" when none)."""
    return next((ln.strip() for ln in lines[i:] if ln.strip()), "")


def _sub_heading(line: str, nxt: str) -> bool:
    """A plain text's sub-heading: a few capitalised words on a line of their own after a blank
    line, no sentence, label or list item, over a line of text (not over another short line: a
    name over a title, an address over its town)."""
    return (
        _title_like(line) and len(line) <= 40 and len(line.split()) <= 4 and not re.search(r"\d", line)
        and not LABEL_OPEN.match(line) and not nxt.startswith("|")
        and (len(nxt) >= 30 and len(nxt.split()) >= 5)
    )


def _caps_heading(line: str, nxt: str) -> bool:
    """A plain text's heading in capitals on a line of its own, over a line of text: a newsletter's
    "BESKED SENAST 12 JUNI" and "RÄTTELSE: SMAKA SÖRMLAND FLYTTAR TILL KATRINEHOLM" – longer than a
    sub-heading in mixed case may be, and with figures (what it heads was read as the heading
    before it)."""
    letters = sum(ch.isalpha() for ch in line)
    return (
        line.isupper() and letters >= 6 and len(line) <= 80 and 2 <= len(line.split()) <= 10
        and not line.endswith((*_SENTENCE_END, ",", ";")) and not _is_bullet(line) and not PARAGRAPH_MARK.match(line)
        and len(nxt) >= 30 and len(nxt.split()) >= 5 and not nxt.isupper()
    )


def _looks_like_heading(line: str, prev: str, nxt: str = "") -> bool:
    """Fallback when font information is missing: numbered section titles only – not a numbered
    item whose sentence runs on into the next line ("5.2 Ansvarig utvärderare ska ha minst fem
    års erfarenhet av" / "utvärdering samt …")."""
    return (
        bool(re.match(r"^\d+(\.\d+)*\.?\s+[A-ZÅÄÖ][^.]{2,70}$", line)) and prev.endswith(_SENTENCE_END)
        and not nxt[:1].islower()
    )


def normalise_heading(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def split_sentences(text: str) -> list[str]:
    """Split Swedish text into sentences, keeping abbreviations and numbers intact."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”«(•+])", text)
    out: list[str] = []
    for p in parts:
        # "t.ex. Arbetsförmedlingen" / "bl.a. Region" – glue abbreviations back.
        # (… and a time after "kl.": "den 27 november 2025 kl. 09.30–12.00 i Västervik")
        if out and (
            ENDS_IN_ABBREVIATION.search(out[-1])
            or (re.search(r"\bkl\.$", out[-1], re.I) and re.match(r"\d", p))
            # (… and what a number follows: "tel. 021-17 45 12", "tfn. +46 …", "s. 4", "p. 3")
            or (re.search(r"\b(?:tel|tfn|mob|mobil|fax|s|sid|p|avd|rum)\.$", out[-1], re.I) and re.match(r"[\d+]", p))
        ):
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return [s.strip() for s in out if s.strip()]
