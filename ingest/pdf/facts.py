"""What a PDF says about itself: from its metadata, its title page and its running headers
and footers – read before cleaning strips those ("Region Örebro län | Utsattas etablering …
| Författare: Fredrik Jönsson | Datum: 2025-10-07 | 37 (52)"). The rules shared with the
other kinds of file live in ``ingest/facts.py``.
"""
from __future__ import annotations

import re
from collections import Counter

from ..clean import find_boilerplate, join_hyphenated, skeleton
from ..facts import (
    DocumentFacts,
    date_in,
    is_organisation,
    labelled,
    metadata_date,
    organisation_in,
    person_with_role,
    real_title,
    split_author,
)
from .page import Line, Page

_VERSION_WORDS = re.compile(r"\b(?:version|reviderad|fastställd|beslutad|daterad|utgåva)\b", re.I)


def document_facts(metadata: dict[str, str], pages: list[Page]) -> DocumentFacts:
    """Facts of a PDF from its metadata (pdfium's keys: Title, Author, CreationDate …) and pages."""
    boiler = _running_lines(pages)
    first = pages[0].lines if pages else []
    title_page = [ln.text for ln in first if ln.text.strip() not in boiler]
    fields = labelled({}, boiler + title_page)

    page_title, title_org = _title_from_page(first)
    title = real_title(metadata.get("Title", "")) or page_title
    if page_title and len(page_title) > len(title) and title.casefold() in page_title.casefold():
        # "Projektplan" in the metadata, "Projektplan – Kompetenslyft i batterivärdekedjan" on the
        # title page: the page says which one
        title = page_title
    meta_author, meta_org = split_author(metadata.get("Author", ""))
    author = fields.get("author") or person_with_role(title_page) or meta_author
    organisation = (
        fields.get("organisation") or title_org or meta_org or organisation_in(boiler) or organisation_in(title_page)
    )
    # A date standing on its own on the title page ("2026–03–24", "Minnesanteckningar från
    # mötet den 2 april 2025"), not one from its running text; then when the file was made.
    # (… and a line of running prose is none, however short: a narrow column's "perioden 1
    # januari 2026 – 30 juni 2028. Målet är att" had dated a plan by its project period)
    date_lines = [
        t for t in title_page
        if len(t.strip()) < 70 and not t.strip().endswith(".") and not (t.strip()[:1].islower() and len(t.split()) > 4)
    ]
    # … or the date of a version the title page states ("Version 1.3, 20 november 2023.",
    # "Reviderad 2024-05-02"): a file saved again later is no newer document
    # (with the next line: the date may wrap onto it)
    # (… from the version's word on: "Rapportperiod 1 april–30 september 2026 · … · Rapporten är
    # beslutad av" / "styrgruppen den 16 oktober 2026" is of the day it was decided)
    versioned = [
        f"{t[m.start():]} {title_page[i + 1] if i + 1 < len(title_page) else ''}"
        for i, t in enumerate(title_page) if (m := _VERSION_WORDS.search(t))
    ]
    # (… which the running header may state as well: "Närnod Värmland · Projektplan Version 1.0 · 2025-09-18")
    versioned += [t[m.start():] for t in boiler if len(t) < 120 and (m := _VERSION_WORDS.search(t))]
    # … or the day the running header or footer prints on every page ("Arbetsmarknadsutsikter ·
    # Johanna Lindqvist · 12 februari 2026"): the author's date, before the day the file was made
    # (a month alone is the period reported on: "Ekonomisk uppföljning mars 2026")
    running = [t for t in boiler if len(t) < 120]
    date = (
        # (a version's date before a date line: a table row "Torsby Sysslebäck RSN 15 april 2026" on
        # the title page is as short as a date line and no date of the document)
        # (… the latest the version statements give: "… ersätter version 1.1 från 2024-10-02" beside
        # "Version 1.2 · Fastställd 2025-04-08" is the version replaced)
        fields.get("date") or max((d for t in versioned if (d := date_in([t], whole_day=True))), default="")
        or date_in(date_lines) or date_in(versioned)
        or date_in(running, whole_day=True)
        or metadata_date(metadata.get("CreationDate", ""))
    )
    return DocumentFacts(title=title, author=author, organisation=organisation, date=date)


def _title_from_page(lines: list[Line]) -> tuple[str, str]:
    """(title, organisation) from the first page: the lines in its largest type, joined; a
    line among them that names an organisation ("Barn- och ungdomsnämnden") is that."""
    candidates = [ln for ln in lines if real_title(ln.text) or ln.text.strip().endswith("-")]
    if not candidates:
        return "", ""
    body = Counter()
    for ln in lines:
        body[ln.size] += len(ln.text)
    body_size = body.most_common(1)[0][0]
    sizes = sorted({ln.size for ln in candidates if ln.size > body_size}, reverse=True)
    for size in sizes[:2]:
        block = _joined([ln for ln in candidates if ln.size == size])
        title_parts = [t for t in block if not is_organisation(t) and not labelled({}, [t])]
        org_parts = [t for t in block if is_organisation(t)]
        if title_parts:
            return " – ".join(title_parts)[:200], org_parts[0] if org_parts else ""
    return "", ""


def _joined(lines: list[Line]) -> list[str]:
    """Consecutive lines of one type: a line ending in a hyphen or followed by a lower-case
    start continues; a capitalised line starts a new part."""
    parts: list[str] = []
    for ln in sorted(lines, key=lambda ln: ln.top):
        text = ln.text.strip()
        if parts and (parts[-1].endswith("-") or text[:1].islower()):
            joined = join_hyphenated(parts[-1], text) if parts[-1].endswith("-") else None
            parts[-1] = joined if joined is not None else f"{parts[-1]} {text}"
        else:
            parts.append(text)
    return parts


def _running_lines(pages: list[Page]) -> list[str]:
    """Running headers and footers, as written on the first page that has them."""
    texts = [[ln.text for ln in p.lines] for p in pages]
    edge, anywhere = find_boilerplate(texts)
    if not edge and not anywhere:
        return []
    seen: Counter[str] = Counter()
    out = []
    for lines in texts:
        for ln in lines[:3] + lines[-3:]:
            sk = skeleton(ln)
            if (sk in edge or sk in anywhere) and not seen[sk] and re.search(r"[A-Za-zÅÄÖåäö]{3}", ln):
                seen[sk] += 1
                out.append(ln.strip())
    return out
