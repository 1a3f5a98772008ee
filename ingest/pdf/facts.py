"""What a PDF says about itself: title, author, organisation and date.

Read from the document's metadata, its title page and its running headers and footers –
before cleaning strips those ("Region Örebro län | Utsattas etablering … | Författare:
Fredrik Jönsson | Datum: 2025-10-07 | 37 (52)"). Labelled fields ("Författare:", "Datum för
beslut:") win over unlabelled guesses; metadata that is a placeholder ("Tagged PDF"), a file
name ("Microsoft Word - x.docx") or a web address ("alingsas.se") is no title.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..clean import _skeleton, find_boilerplate, join_hyphenated
from ..swedish import MONTHS
from .page import Line, Page


@dataclass(frozen=True)
class DocumentFacts:
    title: str = ""
    author: str = ""
    organisation: str = ""
    date: str = ""


def document_facts(metadata: dict[str, str], pages: list[Page], heading_positions=()) -> DocumentFacts:
    """Facts of a PDF from its metadata (pdfium's keys: Title, Author, CreationDate …) and pages."""
    boiler = _running_lines(pages)
    first = pages[0].lines if pages else []
    title_page = [ln.text for ln in first if ln.text.strip() not in boiler]
    fields = _labelled({}, boiler + title_page)

    title = _real_title(metadata.get("Title", ""))
    title_org = _title_from_page(first)[1]
    if not title:
        title = _title_from_page(first)[0]

    meta_author, meta_org = _split_author(metadata.get("Author", ""))
    author = fields.get("author") or meta_author
    organisation = (
        fields.get("organisation")
        or title_org
        or meta_org
        or _organisation_in(boiler)
        or _organisation_in(title_page)
    )
    # A date standing on its own on the title page ("2026–03–24", "Minnesanteckningar från
    # mötet den 2 april 2025"), not one from its running text; then when the file was made.
    date_lines = [t for t in title_page if len(t.strip()) < 70 and not t.strip().endswith(".")]
    date = fields.get("date") or _date_in(date_lines) or _metadata_date(metadata.get("CreationDate", ""))
    return DocumentFacts(title=title, author=author, organisation=organisation, date=date)


# ---------------------------------------------------------------- title


_PLACEHOLDER_TITLES = re.compile(
    r"^(?:tagged pdf|untitled|namnlös|document\d*|dokument\d*|presentation\d*|powerpoint[- ]presentation|"
    r"microsoft word|rapportmall|mall|title|titel|pdf)$",
    re.IGNORECASE,
)
_FILE_NAME = re.compile(r"^microsoft\s+\w+\s*-|\.(?:docx?|xlsx?|pptx?|pdf|indd|odt|rtf|txt)\s*$", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?$", re.IGNORECASE)


def _real_title(title: str) -> str:
    t = re.sub(r"\s+", " ", title or "").strip()
    if len(t) < 3 or _PLACEHOLDER_TITLES.match(t) or _FILE_NAME.search(t) or _WEB_ADDRESS.match(t):
        return ""
    if not re.search(r"[A-Za-zÅÄÖåäö]{3}", t):
        return ""
    return t[:200]


def _title_from_page(lines: list[Line]) -> tuple[str, str]:
    """(title, organisation) from the first page: the lines in its largest type, joined; a
    line among them that names an organisation ("Barn- och ungdomsnämnden") is that."""
    candidates = [ln for ln in lines if _real_title(ln.text) or ln.text.strip().endswith("-")]
    if not candidates:
        return "", ""
    body = Counter()
    for ln in lines:
        body[ln.size] += len(ln.text)
    body_size = body.most_common(1)[0][0]
    sizes = sorted({ln.size for ln in candidates if ln.size > body_size}, reverse=True)
    for size in sizes[:2]:
        block = _joined([ln for ln in candidates if ln.size == size])
        title_parts = [t for t in block if not _is_organisation(t) and not _labelled({}, [t])]
        org_parts = [t for t in block if _is_organisation(t)]
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


# ---------------------------------------------------------------- author and organisation


# Words that make a name an organisation rather than a person.
_ORG_WORDS = re.compile(
    r"\b(?:region|kommun|kommunen|landsting|län|läns|nämnd|nämnden|styrelse|styrelsen|förvaltning|förvaltningen|"
    r"myndighet|myndigheten|verket|arbetsförmedlingen|försäkringskassan|universitet|högskola|institut|"
    r"departement|departementet|förbund|förbundet|kansli|kansliet|stiftelse|ab|aktiebolag|utveckling|enhet|"
    r"enheten|avdelning|avdelningen)\b|\w+(?:nämnden|förvaltningen|kommun|verket|myndigheten)\b",
    re.IGNORECASE,
)
_NOT_A_PERSON = re.compile(r"user|användare|admin|owner|ägare|microsoft|windows|office|author|författare", re.I)


def _is_organisation(text: str) -> bool:
    t = text.strip()
    return 2 < len(t) < 80 and bool(_ORG_WORDS.search(t)) and not re.search(r"[.!?]$", t) and len(t.split()) <= 8


def _is_person(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words if len(w) > 2)
        and not re.search(r"\d", text)
        and not _NOT_A_PERSON.search(text)
        and not _is_organisation(text)
    )


def _split_author(author: str) -> tuple[str, str]:
    """Metadata Author → (person, organisation): "Fredrik Jönsson, Region Örebro län",
    "Gard, Liz" (surname first), "Region Sörmland, Hållbar Regional Utveckling"."""
    a = re.sub(r"\s+", " ", author or "").strip()
    if not a:
        return "", ""
    if _is_organisation(a.split(",")[0]):
        return "", a
    parts = [p.strip() for p in re.split(r"[,;]", a) if p.strip()]
    if len(parts) == 2 and all(len(p.split()) == 1 for p in parts):
        parts = [f"{parts[1]} {parts[0]}"]  # "Gard, Liz" → "Liz Gard"
    person = next((p for p in parts if _is_person(p)), "")
    org = next((p for p in parts if _is_organisation(p)), "")
    return person, org


def _organisation_in(texts: list[str]) -> str:
    for text in texts:
        for part in re.split(r"\s*\|\s*", text):
            part = part.strip()
            if ":" not in part and _is_organisation(part):
                return part
    return ""


# ---------------------------------------------------------------- labelled fields and dates


_LABELS = {
    "author": r"författare|författad av|skriven av|upprättad av|upprättat av|rapportförfattare|handläggare",
    "organisation": r"organisation|utgivare|beslutande instans|myndighet|huvudman",
    "date": r"datum för beslut|beslutsdatum|sammanträdesdatum|publiceringsdatum|publicerad|fastställd|datum",
}
_LABEL_RE = {k: re.compile(rf"(?:^|\|)\s*(?:{v})\s*:\s*([^|]+)", re.IGNORECASE) for k, v in _LABELS.items()}
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
_ISO_DATE = re.compile(r"\b((?:19|20)\d{2})\s?[-–‑/.]\s?(0[1-9]|1[0-2])\s?[-–‑/.]\s?(0[1-9]|[12]\d|3[01])\b")
_TEXT_DATE = re.compile(rf"(?<![#\d])(\d{{1,2}})\s+({_MONTH_NAMES})\s+((?:19|20)\d{{2}})\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_NAMES})\s+((?:19|20)\d{{2}})\b", re.IGNORECASE)


def _labelled(fields: dict, texts: list[str]) -> dict[str, str]:
    """Fields written as "Label: value", alone or between "|" in a running header."""
    out: dict[str, str] = dict(fields)
    for text in texts:
        for key, rx in _LABEL_RE.items():
            if key in out:
                continue
            for m in rx.finditer(text):
                value = m.group(1).strip(" .;,")
                if key == "date":
                    value = _date_in([value])
                elif key == "author":
                    value = value if _is_person(value) else ""
                if value:
                    out[key] = value
                    break
    return out


def _date_in(texts: list[str]) -> str:
    """The first date written in the texts, as an ISO date ("2026–03–24", "2 april 2025"),
    or year and month ("2025-02") when only those are written."""
    for text in texts:
        m = _ISO_DATE.search(text)
        if m:
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        m = _TEXT_DATE.search(text)
        if m:
            return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    for text in texts:
        m = _MONTH_YEAR.search(text)
        if m and len(text.strip()) <= 40:
            return f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}"
    return ""


def _metadata_date(value: str) -> str:
    m = re.match(r"^(?:D:)?((?:19|20)\d{2})(\d{2})(\d{2})", value or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""


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
            sk = _skeleton(ln)
            if (sk in edge or sk in anywhere) and not seen[sk] and re.search(r"[A-Za-zÅÄÖåäö]{3}", ln):
                seen[sk] += 1
                out.append(ln.strip())
    return out
